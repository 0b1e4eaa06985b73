"""One lead: who, what they want, how qualified, who follows up; live score and speed to lead.

The score beside the form is core's (lead_scoring.score) recomputed on every edit,
so a seller sees at once which question raises it. Speed to lead is core's too:
business minutes from arrival to the first outgoing contact.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import lead_assignment, leads
from crm_desktop.core.choices import SOURCES
from crm_desktop.core.context import Context
from crm_desktop.core.lead_choices import DECISION_MAKER, NEEDS, STATUSES, TIMINGS
from crm_desktop.core.lead_scoring import score
from crm_desktop.core.lead_settings import load_lead_settings
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.core.settings import load_business
from crm_desktop.ui.audit_view import RecordHistoryButton
from crm_desktop.ui.i18n import render
from crm_desktop.ui.intervention_format import shop_time_text, shop_zone
from crm_desktop.ui.person_detail import CompanyPicker
from crm_desktop.ui.record_form import (
    MUTED_COLOR,
    ChoiceField,
    LineField,
    MoneyField,
    RecordForm,
    TextField,
    choice_items,
    dialog_buttons,
    dialog_form,
    save_and_accept,
)
from crm_desktop.ui.support_format import LATE_COLOR, OK_COLOR, minutes_text, stored_moment
from crm_desktop.ui.ticket_window import PersonPicker
from crm_desktop.ui.widgets import heading

#: Score colours: promising, worth a call, cold.
HOT_COLOR, WARM_COLOR, COLD_COLOR = "#166534", "#b45309", "#6b7280"


def score_color(points: int) -> str:
    return HOT_COLOR if points >= 60 else WARM_COLOR if points >= 30 else COLD_COLOR


def customer_text(row: Mapping[str, Any]) -> str:
    """"Person (Company)", or whichever of the two the lead has."""
    person, company = row.get("person_name") or "", row.get("company_name") or ""
    return f"{person} ({company})" if person and company else person or company


def speed_text(row: Mapping[str, Any]) -> tuple[str, str]:
    """(sentence, colour) on speed to lead for a lead row from core (describe, my_leads...)."""
    target = minutes_text(row.get("target_minutes"))
    if row.get("speed_minutes") is not None:
        within = row["speed_minutes"] <= (row.get("target_minutes") or 0)
        text = QCoreApplication.translate("LeadSpeed", "First contact after {time} (business hours)")
        return text.format(time=minutes_text(row["speed_minutes"])), OK_COLOR if within else LATE_COLOR
    waiting = minutes_text(row.get("waiting_minutes") or 0)
    if row.get("flagged"):
        text = QCoreApplication.translate("LeadSpeed", "Waiting {time} — over the {target} target")
        return text.format(time=waiting, target=target), LATE_COLOR
    text = QCoreApplication.translate("LeadSpeed", "Waiting {time} — target {target}")
    return text.format(time=waiting, target=target), MUTED_COLOR


class DecisionField(ChoiceField):
    """Decision maker: yes, no or not known; stored 1/0/NULL, given to core as yes/no."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(choice_items(DECISION_MAKER), parent=parent)
        self.setItemText(0, self.tr("Not known"))

    def set_value(self, value: Any) -> None:
        if value in (0, 1):  # True and False too
            value = "yes" if value else "no"
        super().set_value(value)


class MomentField(QWidget):
    """An optional date and time in the shop's time zone (a box ticks it on); value() is stored UTC or None."""

    edited = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = shop_zone(ctx)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(self.tr("On"), self)
        self.editor = QDateTimeEdit(self)
        self.editor.setTimeZone(self.zone)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.editor.setMinimumWidth(210)
        self.editor.setEnabled(False)
        self.box.toggled.connect(self._toggled)
        self.editor.dateTimeChanged.connect(lambda _moment: self.edited.emit())
        layout.addWidget(self.box)
        layout.addWidget(self.editor)
        layout.addStretch(1)

    def _toggled(self, on: bool) -> None:
        self.editor.setEnabled(on)
        if on and self.editor.dateTime() <= self._now():  # a follow-up due now is already late: an hour ahead
            self.editor.setDateTime(self._now().addSecs(3600))
        self.edited.emit()

    def _now(self) -> QDateTime:
        return QDateTime.fromSecsSinceEpoch(int(self.ctx.clock.now().timestamp()), self.zone)

    def value(self) -> Any:
        if not self.box.isChecked():
            return None
        return self.editor.dateTime().toUTC().toString(Qt.DateFormat.ISODateWithMs)

    def set_value(self, value: Any) -> None:
        moment = stored_moment(value)
        self.box.blockSignals(True)
        self.editor.blockSignals(True)
        self.box.setChecked(moment is not None)
        self.editor.setEnabled(moment is not None)
        self.editor.setDateTime((moment or self._now()).toTimeZone(self.zone))
        self.editor.blockSignals(False)
        self.box.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.box.setEnabled(not read_only)
        self.editor.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self.box


class LeadDialog(QDialog):
    """A new lead (``lead_id`` None; ``initial`` may give person_id, company_id, source, campaign_id,
    interest_product_id, interest, owner_id) or an existing one."""

    saved = Signal(str)
    #: Open a record of the application: (kind, id), kind person or company.
    open_record = Signal(str, str)

    def __init__(self, ctx: Context, lead_id: str | None = None, parent: QWidget | None = None,
                 initial: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lead_id = lead_id
        self.current = leads.describe(ctx.db, lead_id, ctx.clock.now()) if lead_id else None
        self.engagement = 0
        self.setWindowTitle(self.tr("Lead") if lead_id else self.tr("New lead"))
        self.resize(900, 680)
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form = RecordForm(scroll)
        scroll.setWidget(self.form)
        body.addWidget(scroll, 3)
        self._build_form()
        body.addWidget(self._side_panel(), 2)

        self.message, self.save_button = dialog_buttons(self, layout, self.tr("Save"), self.save)
        # The lead's changes, who, when, where (managers and admins), left in the button row.
        self.history_button = RecordHistoryButton(ctx, "leads", lambda: self.lead_id)
        box = self.save_button.parentWidget()
        assert isinstance(box, QDialogButtonBox)
        box.addButton(self.history_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.history_button.setVisible(self.history_button.allowed and lead_id is not None)

        can_write = allowed(ctx.user.role, Perm.LEAD_WRITE)
        self.form.set_read_only(not can_write)
        self.save_button.setEnabled(can_write)
        if self.current is not None:
            self.form.set_values(self.current)
        else:
            wanted = {k: v for k, v in (initial or {}).items() if k in leads.EDITABLE}
            self.form.set_values({"status": "new", **wanted})
        self._status_changed()
        self._customer_changed()
        self._show_speed()

    # ---- building

    def _build_form(self) -> None:
        form, ctx = self.form, self.ctx
        who = form.add_section(self.tr("Customer"))
        self.person = form.add_field(who, "person_id", self.tr("Person"), PersonPicker(ctx))
        self.company = form.add_field(who, "company_id", self.tr("Company"), CompanyPicker(ctx))
        self.person.chosen.connect(self._person_chosen)
        self.person.open_requested.connect(lambda record_id: self.open_record.emit("person", record_id))
        self.company.open_requested.connect(lambda record_id: self.open_record.emit("company", record_id))

        what = form.add_section(self.tr("Interest"))
        form.add_field(what, "source", self.tr("Source"), ChoiceField(choice_items(SOURCES)))
        products = [(p["id"], p["name"] + (f" ({p['sku']})" if p.get("sku") else ""))
                    for p in leads.interest_products(ctx.db)]
        form.add_field(what, "interest_product_id", self.tr("Product"), ChoiceField(products))
        hint = self.tr("What they are looking for")
        form.add_field(what, "interest", self.tr("Interest"), LineField(500, hint))
        campaigns = [(c["id"], c["name"]) for c in leads.campaigns(ctx.db)]
        form.add_field(what, "campaign_id", self.tr("Campaign"), ChoiceField(campaigns))
        form.set_field_visible("campaign_id", bool(campaigns) or bool((self.current or {}).get("campaign_id")))

        qualify = form.add_section(self.tr("Qualification"))
        form.add_field(qualify, "budget_cents", self.tr("Budget"), MoneyField(load_business(ctx.db).currency))
        form.add_field(qualify, "need", self.tr("Need"), ChoiceField(choice_items(NEEDS)))
        form.add_field(qualify, "timing", self.tr("Timing"), ChoiceField(choice_items(TIMINGS)))
        form.add_field(qualify, "decision_maker", self.tr("Decision maker"), DecisionField())

        follow = form.add_section(self.tr("Follow-up"))
        owner = ChoiceField([(s["id"], s["name"]) for s in lead_assignment.sellers(ctx.db)])
        owner.setItemText(0, self.tr("By the assignment rules") if self.lead_id is None else self.tr("Unassigned"))
        current_owner = (self.current or {}).get("owner_id")
        if current_owner and owner.findData(current_owner) < 0:  # a seller who left keeps the name shown
            owner.addItem(self.current.get("owner_name") or "?", current_owner)  # type: ignore[union-attr]
        form.add_field(follow, "owner_id", self.tr("Seller"), owner)
        self.status = form.add_field(follow, "status", self.tr("Status"),
                                     ChoiceField(choice_items(STATUSES), allow_empty=False))
        self.status.edited.connect(self._status_changed)
        hint = self.tr("Why it will not lead to a sale")
        form.add_field(follow, "disqualified_reason", self.tr("Reason"), LineField(500, hint))
        hint = self.tr("e.g. Send the quote")
        form.add_field(follow, "next_action", self.tr("Next action"), LineField(300, hint))
        form.add_field(follow, "next_action_at", self.tr("When"), MomentField(ctx))
        form.add_field(follow, "notes", self.tr("Notes"), TextField(80))
        form.finish()
        keys = form.keys()
        for key in keys:
            form.editor(key).edited.connect(self._refresh_score)
        self.person.edited.connect(self._customer_changed)
        self.company.edited.connect(self._customer_changed)

    def _side_panel(self) -> QWidget:
        panel = QFrame(self)
        panel.setObjectName("leadSide")
        panel.setStyleSheet("QFrame#leadSide { background: #f8fafc; border: 1px solid #e5e7eb; border-radius: 6px; }")
        side = QVBoxLayout(panel)
        side.setContentsMargins(14, 12, 14, 12)
        side.addWidget(heading(self.tr("Score"), 1.1, panel))
        self.score_label = heading("0", 2.4, panel)
        side.addWidget(self.score_label)
        self.reasons_label = QLabel(panel)
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.PlainText)
        side.addWidget(self.reasons_label)
        side.addSpacing(12)
        side.addWidget(heading(self.tr("Speed to lead"), 1.1, panel))
        self.arrived_label = QLabel(panel)
        self.arrived_label.setWordWrap(True)
        self.arrived_label.setStyleSheet(f"color: {MUTED_COLOR};")
        side.addWidget(self.arrived_label)
        self.speed_label = QLabel(panel)
        self.speed_label.setWordWrap(True)
        side.addWidget(self.speed_label)
        side.addStretch(1)
        return panel

    # ---- live parts

    def _person_chosen(self, _person_id: str, company_id: str) -> None:
        if company_id and not self.company.value():
            self.company.set_value(company_id)

    def _status_changed(self) -> None:
        self.form.set_field_visible("disqualified_reason", self.status.value() == "disqualified")

    def _customer_changed(self) -> None:
        """Engagement depends on the customer only: counted again when it changes, not on every key."""
        # Text typed without choosing names no record: it simply counts nothing.
        self.engagement = leads.engagement(self.ctx.db, self.person.value(), self.company.value(),
                                           self.ctx.clock.now())
        self._refresh_score()

    def _refresh_score(self) -> None:
        points, reasons = score(self.form.values(), self.engagement)
        self.score_label.setText(self.tr("{points} / 100").format(points=points))
        self.score_label.setStyleSheet(f"color: {score_color(points)};")
        lines = [f"• {render(reason)}" for reason in reasons]
        self.reasons_label.setText("\n".join(lines) if lines else self.tr("Nothing known yet: ask about budget, "
                                                                         "need, timing and who decides."))

    def _show_speed(self) -> None:
        target = load_lead_settings(self.ctx.db).target_minutes
        if self.current is None:
            self.arrived_label.setText(self.tr("Target: first contact within {target} of business hours.").format(
                target=minutes_text(target)))
            self.speed_label.hide()
            return
        self.arrived_label.setText(self.tr("Arrived {when}").format(
            when=shop_time_text(self.current["arrived_at"], shop_zone(self.ctx))))
        text, color = speed_text(self.current)
        self.speed_label.setText(text)
        self.speed_label.setStyleSheet(f"color: {color}; font-weight: 600;")

    # ---- saving

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def save(self) -> bool:
        def write() -> str:
            if self.lead_id is None:
                return leads.create(self.ctx, self.values())
            leads.update(self.ctx, self.lead_id, self.values())
            return self.lead_id

        return save_and_accept(self, self.form, self.message, write, self.saved)


class DisqualifyDialog(QDialog):
    """Ask why a lead is dropped (core requires the reason) and disqualify it."""

    saved = Signal(str)

    def __init__(self, ctx: Context, lead_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lead_id = lead_id
        self.setWindowTitle(self.tr("Disqualify the lead"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        row = leads.describe(ctx.db, lead_id, ctx.clock.now())
        about = QLabel(customer_text(row), self)
        about.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(about)
        self.form, section = dialog_form(self)
        hint = self.tr("e.g. No budget, bought elsewhere, not reachable")
        self.reason = self.form.add_field(section, "disqualified_reason", self.tr("Reason"), LineField(500, hint))
        self.form.finish()
        layout.addWidget(self.form)
        self.message, self.ok = dialog_buttons(self, layout, self.tr("Disqualify"), self.save)

    def save(self) -> bool:
        def write() -> str:
            leads.set_status(self.ctx, self.lead_id, "disqualified", self.reason.value())
            return self.lead_id

        return save_and_accept(self, self.form, self.message, write, self.saved)
