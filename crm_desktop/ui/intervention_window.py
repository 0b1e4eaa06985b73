"""One intervention, as a detail page of the main window (``open_record("intervention", id)``).

Three tabs: the job as the office prepares it (customer, linked ticket, what to do,
where, when, parts to bring, team and time via the planning dialog), the technician's
report on site (intervention_report.py) and what the job costs. The status moves with
large buttons under the header (on the way, on site, finish, cancel) sized for a
finger on a laptop's touch screen.

Everything is read and written through core (interventions, stock, tickets); the view
arranges, shows core's messages next to the fields they concern, and follows changes
made elsewhere (the planning board, a sync, the technician's own report).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import access, interventions, permissions, tickets
from crm_desktop.core.changes import Change
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound
from crm_desktop.core.field_choices import KINDS, TRANSITIONS, WARNINGS
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.ui.audit_view import RecordHistoryButton
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.intervention_costs import JobCostsPanel
from crm_desktop.ui.intervention_format import (
    TOUCH_HEIGHT,
    shop_today,
    shop_zone,
    span_text,
    status_badge_style,
    status_text,
)
from crm_desktop.ui.intervention_parts import PartsField
from crm_desktop.ui.intervention_report import ReportPanel
from crm_desktop.ui.person_detail import CompanyPicker, LinkField, link_row
from crm_desktop.ui.record_form import (
    MUTED_COLOR,
    ChoiceField,
    DateField,
    LineField,
    ListField,
    PhoneField,
    RecordForm,
    SuffixField,
    TextField,
    choice_items,
)
from crm_desktop.ui.suggestions_panel import SUGGESTION_TABLES, SuggestionsPanel
from crm_desktop.ui.support_format import LATE_COLOR, date_text
from crm_desktop.ui.ticket_window import CoreRecords, PersonPicker, SharedRecordView

#: Changes that may alter what the page shows besides the intervention's own row.
SIDE_TABLES = frozenset({"intervention_technicians", "intervention_parts", "intervention_costs", "stock_movements",
                         "stock_locations", "attachments", "technicians", "absences", "users", "products",
                         "tickets", "settings"})
#: The order of the status buttons, and which ones lead the job forward.
STATUS_ORDER = ("on_the_way", "on_site", "done", "planned", "to_plan", "cancelled")
FORWARD = frozenset({"on_the_way", "on_site", "done"})
TABS = ("job", "report", "costs")


class InterventionCore(CoreRecords):
    """interventions.py as RecordDetailView sees it."""

    MODULE = interventions
    TABLE = interventions.TABLE

    @staticmethod
    def create(ctx: Context, values: Mapping[str, Any], allow_duplicate: bool = False) -> str:
        return interventions.create(ctx, values)


class TicketField(LinkField):
    """The linked ticket, typed by its number (T-…); its value is the ticket id, and ↗ opens it."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._id: str | None = None
        layout, self.line, self.open_button = link_row(self, 40, self.tr("Ticket number"),
                                                       self.tr("Open this ticket"), self._open)
        self.line.textEdited.connect(self._typed)
        self.link = QLabel(self)
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.linkActivated.connect(lambda _link: self._open())
        layout.addWidget(self.link, 2)

    def _find(self, number: str) -> dict[str, Any] | None:
        try:
            found = tickets.find_by_number(self.ctx.db, number)
        except NotFound:
            return None
        # A technician is shown the tickets of their jobs only (another's number finds nothing).
        return found if access.can_see_ticket(self.ctx.db, self.ctx.user, found["id"]) else None

    def _typed(self, text: str) -> None:
        found = self._find(text) if text.strip() else None
        self._id = found["id"] if found else None
        self._show(found)
        self.edited.emit()

    def _show(self, ticket: Mapping[str, Any] | None) -> None:
        self.open_button.setEnabled(ticket is not None)
        self.link.setText(f'<a href="ticket">{escape(ticket.get("subject") or "")}</a>' if ticket else "")
        self.link.setVisible(ticket is not None)

    def ticket_number(self) -> str:
        return self.line.text().strip()

    def value(self) -> Any:
        if self._id:
            return self._id
        text = self.line.text().strip()
        return text or None  # an unknown number: core says it does not exist, under the field

    def set_value(self, value: Any) -> None:
        self._id = str(value) if value else None
        ticket = None
        if self._id:
            try:
                ticket = tickets.get(self.ctx.db, self._id)
            except NotFound:
                ticket = None
        self.line.set_value(ticket["number"] if ticket else "")
        self._show(ticket)


class InterventionDetailView(SharedRecordView):
    """An intervention: the job, the report on site with the customer's signature, and its costs."""

    KIND = "intervention"
    CORE = InterventionCore  # type: ignore[assignment]
    EDITABLE = interventions.EDITABLE
    WRITE_PERM = Perm.INTERVENTION_WRITE
    DELETE_PERM = Perm.INTERVENTION_DELETE

    open_ticket = Signal(str)
    open_person = Signal(str)
    open_company = Signal(str)

    def __init__(self, ctx: Context, intervention_id: str | None, parent: QWidget | None = None,
                 initial: Mapping[str, Any] | None = None) -> None:
        self._initial = dict(initial or {})
        self._snapshot: dict[str, Any] = {}
        self.plan_dialog: QWidget | None = None
        self.zone = shop_zone(ctx)
        super().__init__(ctx, intervention_id, parent)
        for kind, signal in (("ticket", self.open_ticket), ("person", self.open_person),
                             ("company", self.open_company)):
            signal.connect(lambda record_id, k=kind: self.open_record.emit(k, record_id))
        # The form becomes the first tab: a technician's page is used full width, one subject at a time.
        self.tabs.insertTab(0, self.scroll, self.tr("Job"))
        self.tabs.setCurrentIndex(0)
        self.tabs.setDocumentMode(False)
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 34px; padding: 4px 22px; font-weight: 600; }")
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(2, self.action_bar)
        self.tabs.currentChanged.connect(lambda _index: self._update_actions())
        self._update_actions()
        if intervention_id is None:
            self.form.editor("subject").setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- form

    def build_form(self, form: RecordForm) -> None:
        customer = form.add_section(self.tr("Customer"))
        self.person_picker = PersonPicker(self.ctx)
        self.person_picker.open_requested.connect(self.open_person)
        self.person_picker.chosen.connect(self._person_chosen)
        form.add_field(customer, "person_id", self.tr("Person"), self.person_picker)
        self.company_picker = CompanyPicker(self.ctx)
        self.company_picker.open_requested.connect(self.open_company)
        form.add_field(customer, "company_id", self.tr("Company"), self.company_picker)
        self.ticket_field = TicketField(self.ctx)
        self.ticket_field.open_requested.connect(self.open_ticket)
        form.add_field(customer, "ticket_id", self.tr("Ticket"), self.ticket_field)

        job = form.add_section(self.tr("The job"))
        form.add_field(job, "kind", self.tr("Kind"), ChoiceField(choice_items(KINDS), allow_empty=False))
        form.add_field(job, "subject", self.tr("Subject"), LineField(200, self.tr("What is to be done?")))
        form.add_field(job, "skills", self.tr("Skills"), ListField(0, self.tr("electrical, network…")))
        form.add_field(job, "instructions", self.tr("Instructions"), TextField(120))

        site = form.add_section(self.tr("On site"))
        form.add_field(site, "street", self.tr("Street"), LineField(200, self.tr("The customer's address if empty")))
        form.add_field(site, "postcode", self.tr("Postcode"), LineField(20))
        form.add_field(site, "city", self.tr("City"), LineField(100))
        code = LineField(2, "BE")
        code.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), code))
        code.setMaximumWidth(60)
        form.add_field(site, "country", self.tr("Country"), code)
        form.add_field(site, "site_contact", self.tr("Contact on site"), LineField(120))
        form.add_field(site, "site_phone", self.tr("Phone on site"),
                       PhoneField(load_business(self.ctx.db).phone_region))

        when = form.add_section(self.tr("When and who"))
        form.add_field(when, "due_on", self.tr("Due by"), DateField())
        form.add_field(when, "duration_minutes", self.tr("Duration"), SuffixField(self.tr("minutes"), 90))
        self.planning_label = QLabel(self)
        self.planning_label.setTextFormat(Qt.TextFormat.RichText)
        self.planning_label.setWordWrap(True)
        self.plan_button = QPushButton(self.tr("Plan…"), self)
        self.plan_button.setToolTip(self.tr("Choose the technicians and the time, with their availability"))
        self.plan_button.setMinimumHeight(TOUCH_HEIGHT)
        self.plan_button.setAutoDefault(False)
        self.plan_button.clicked.connect(self.plan)
        planning = QWidget(self)
        row = QHBoxLayout(planning)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.planning_label, 1)
        row.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignTop)
        caption = QLabel(self.tr("Planned"), self)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        when.addRow(caption, planning)

        bring = form.add_section(self.tr("Parts to bring"))
        self.parts_field = form.add_wide_field(bring, "parts", PartsField(self.ctx))
        self._two_columns(form)

    def _two_columns(self, form: RecordForm) -> None:
        """Customer and job on the left, place, time and parts on the right (the page is used full width)."""
        outer = form.layout()
        assert isinstance(outer, QVBoxLayout)
        boxes = [outer.itemAt(n).widget() for n in range(outer.count()) if outer.itemAt(n).widget()]
        columns = QHBoxLayout()
        columns.setSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        for n, box in enumerate(boxes):
            outer.removeWidget(box)
            (left if n < 2 else right).addWidget(box)
        for column in (left, right):
            column.setSpacing(10)
            column.addStretch(1)
            columns.addLayout(column, 1)
        outer.insertLayout(0, columns)

    def default_values(self) -> dict[str, Any]:
        return {"kind": "repair", "duration_minutes": 60, **self._initial}

    def _person_chosen(self, _person_id: str, company_id: str) -> None:
        """Picking a person fills in their company (the site and the contract are usually the company's)."""
        if company_id and self.company_picker.value() != company_id:
            self.company_picker.set_value(company_id)

    # ---- tabs and actions

    def build_tabs(self, tabs: QTabWidget) -> None:
        self.report = ReportPanel(self.ctx, tabs)
        self.report.saved.connect(self._report_saved)
        self.report.signature.signed.connect(self._after_action)
        self.costs = JobCostsPanel(self.ctx, tabs)
        tabs.addTab(self.report, self.tr("Report"))
        tabs.addTab(self.costs, self.tr("Costs"))
        self.suggestions = SuggestionsPanel(self.ctx, parent=tabs, compact=True)
        tabs.addTab(self.suggestions, self.suggestions.tab_title())
        self._build_actions()

    def _build_actions(self) -> None:
        self.action_bar = QWidget(self)
        bar = QHBoxLayout(self.action_bar)
        bar.setContentsMargins(0, 2, 0, 2)
        bar.setSpacing(8)
        texts = {"on_the_way": self.tr("On the way"), "on_site": self.tr("On site"),
                 "done": self.tr("Finish the job"), "planned": self.tr("Back to planned"),
                 "to_plan": self.tr("Back to the jobs to plan"), "cancelled": self.tr("Cancel the job…")}
        tips = {"on_the_way": self.tr("Tell the office you are driving to the customer"),
                "on_site": self.tr("You arrived: the arrival time is noted"),
                "done": self.tr("Save the report and close the job"),
                "cancelled": self.tr("The job will not be done")}
        self.status_buttons: dict[str, QPushButton] = {}
        for status in STATUS_ORDER:
            button = QPushButton(texts[status], self.action_bar)
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.setAutoDefault(False)
            button.setToolTip(tips.get(status, ""))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            weight = "font-weight: 600;" if status in FORWARD else ""
            button.setStyleSheet(f"QPushButton {{ padding: 0 16px; {weight} }}")
            button.clicked.connect(lambda _checked=False, s=status: self.move_to(s))
            self.status_buttons[status] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.work_order_button = QPushButton(self.tr("Work order…"), self.action_bar)
        self.work_order_button.setToolTip(self.tr("The printable work order (preview, PDF, print)"))
        self.work_order_button.setMinimumHeight(TOUCH_HEIGHT)
        self.work_order_button.setAutoDefault(False)
        self.work_order_button.clicked.connect(self.work_order)
        bar.addWidget(self.work_order_button)
        # The job's changes with its technicians, parts and costs (managers and admins).
        self.history_button = RecordHistoryButton(self.ctx, "interventions", lambda: self.record_id, self.action_bar)
        self.history_button.setMinimumHeight(TOUCH_HEIGHT)
        bar.addWidget(self.history_button)

    def _update_actions(self) -> None:
        if not hasattr(self, "status_buttons"):
            return  # still being built
        status = self.row.get("status") or ""
        saved = self.record_id is not None and not self._gone
        allowed = TRANSITIONS.get(status, frozenset()) if saved and self.can_write else frozenset()
        on_report = self.tabs.currentWidget() is self.report
        for key, button in self.status_buttons.items():
            # On the report, its own "Finish the job" sits under what it saves.
            button.setVisible(key in allowed and not (key == "done" and on_report))
        self.status_buttons["on_site"].setText(self.tr("Reopen the job") if status == "done" else self.tr("On site"))
        self.work_order_button.setEnabled(saved)
        self.history_button.refresh()
        self.action_bar.setVisible(saved)
        may_plan = permissions.allowed(self.ctx.user.role, Perm.PLANNING) and self.can_write
        self.plan_button.setVisible(may_plan)
        self.plan_button.setEnabled(not self._gone and status not in ("done", "cancelled"))
        for tab in (self.report, self.costs):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), saved)

    def show_tab(self, name: str) -> None:
        """Open on "job", "report" or "costs" (My day's Report button opens the report)."""
        widgets = {"job": self.scroll, "report": self.report, "costs": self.costs}
        widget = widgets.get(name, self.scroll)
        if self.tabs.isTabEnabled(self.tabs.indexOf(widget)):
            self.tabs.setCurrentWidget(widget)

    # ---- loading

    def row_to_form(self, row: Mapping[str, Any]) -> dict[str, Any]:
        return {**row, "parts": interventions.parts_to_bring(self.ctx.db, row["id"])}

    def load(self) -> None:
        super().load()
        self._snapshot = self.form.values()
        self.refresh_side()

    def refresh_side(self) -> None:
        """Planning, report, costs and actions as core has them now."""
        if self.record_id and not self._gone:
            self.report.show_intervention(self.row)
            self.costs.set_intervention(self.record_id)
        else:
            self.costs.set_intervention(None)
        self.update_suggestions()
        self._show_planning()
        self._update_actions()

    def update_suggestions(self) -> None:
        """What the job's customer may need next (as saved), in the Suggestions tab and its title."""
        row = self.row if self.record_id and not self._gone else {}
        self.suggestions.set_customer(row.get("company_id"), row.get("person_id"))
        self.tabs.setTabText(self.tabs.indexOf(self.suggestions), self.suggestions.tab_title())

    def _show_planning(self) -> None:
        if not self.record_id or self._gone:
            hint = self.tr("Not planned yet.")
            self.planning_label.setText(f'<span style="color:{MUTED_COLOR}">{escape(hint)}</span>')
            return
        team = interventions.team(self.ctx.db, self.record_id)
        names = ", ".join(t.name for t in team) or self.tr("no technician yet")
        start = self.row.get("planned_start")
        when = span_text(start, self.row.get("planned_end"), self.zone, shop_today(self.ctx)) if start else \
            self.tr("not planned yet")
        lines = [f"<b>{escape(when)}</b>", escape(names)]
        for warning in interventions.warnings(self.ctx.db, self.record_id):
            detail = f" ({warning.detail})" if warning.detail else ""
            lines.append(f'<span style="color:{LATE_COLOR}">⚠ {escape(core_tr(WARNINGS.get(warning.kind, "")))}: '
                         f"{escape(warning.technician_name)}{escape(detail)}</span>")
        self.planning_label.setText("<br/>".join(lines))

    # ---- header

    def empty_title(self) -> str:
        return self.tr("New intervention")

    def update_header(self) -> None:
        row = self.row
        if not row:
            self.title_label.setText(self.tr("New intervention"))
            self.badge.hide()
            self.subtitle_label.setText(self.tr("For whom, and what is the job?"))
            return
        self.title_label.setText(f"{row.get('number', '')}  {row.get('subject') or ''}".strip())
        self.badge.setText(status_text(row.get("status")))
        self.badge.setStyleSheet(status_badge_style(row.get("status")))
        self.badge.show()
        parts = self.customer_links(row)
        if row.get("ticket_id") and self.ticket_field.ticket_number():
            parts.append(self.link("ticket", row["ticket_id"], self.ticket_field.ticket_number()))
        if row.get("planned_start"):
            parts.append(escape(span_text(row["planned_start"], row.get("planned_end"), self.zone,
                                          shop_today(self.ctx))))
        elif row.get("due_on"):
            parts.append(escape(self.tr("due by {day}").format(day=date_text(row["due_on"]))))
        self.subtitle_label.setText("  ·  ".join(parts))
        self._update_actions()

    def _link_activated(self, link: str) -> None:
        kind, _, record_id = link.partition(":")
        signal = {"ticket": self.open_ticket, "person": self.open_person, "company": self.open_company}.get(kind)
        if signal is not None and record_id:
            signal.emit(record_id)
        else:
            super()._link_activated(link)

    # ---- saving

    def write(self, values: dict[str, Any]) -> str:
        """Create the job, or save only what was changed in the form (the office and the technician share it)."""
        if self.record_id is None:
            return interventions.create(self.ctx, values)
        return self._update_changed(values)

    # ---- actions

    def move_to(self, status: str) -> bool:
        """A status button: finishing goes through the report; cancelling is confirmed."""
        if self.record_id is None:
            return False
        if status == "done":
            return self.finish_job()
        if status == "cancelled" and not self.confirm_cancel():
            return False
        record_id = self.record_id
        return self._act(lambda: interventions.set_status(self.ctx, record_id, status))

    def confirm_cancel(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Cancel the job"), self.tr(
            "Cancel {number}? It leaves the planning; it can be planned again later.").format(
            number=self.row.get("number", "")))
        return answer == QMessageBox.StandardButton.Yes

    def finish_job(self) -> bool:
        """Save the report and close the job (the Report tab shows what is missing)."""
        self.show_tab("report")
        return self.report.save(True)

    def _report_saved(self, _complete: bool) -> None:
        self._after_action()

    def _after_action(self) -> None:
        """Core changed the row (status, report, signature): show it, keeping what is typed in the job form."""
        self.banner.hide()
        if self.record_id is None:
            return
        if not self.form.modified:
            self.load()
            return
        try:
            self.row = InterventionCore.get(self.ctx, self.record_id)
        except NotFound as exc:
            self._record_gone(error_text(exc))
            return
        self.update_header()
        self.refresh_side()

    def plan(self) -> QWidget | None:
        """The planning dialog (technicians, time, availability); a new job is saved first."""
        if not self._save_first() or self.record_id is None:
            return None
        from crm_desktop.ui.plan_dialog import PlanDialog

        dialog = PlanDialog(self.ctx, self.record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._plan_closed)
        self.plan_dialog = dialog
        dialog.open()
        return dialog

    def _plan_closed(self, _result: int) -> None:
        self.plan_dialog = None
        self._after_action()

    def work_order(self) -> None:
        """The printable work order of this job (preview, save as PDF, print)."""
        if self.record_id is None or not self._save_first():
            return
        from crm_desktop.ui.field_reports import show_work_order

        show_work_order(self.ctx, self.record_id, self)

    # ---- changes made elsewhere

    def handle_changes(self, changes: list[Change]) -> None:
        tables = {c.table for c in changes}
        if self.record_id and not self._gone and tables & SUGGESTION_TABLES and not tables & SIDE_TABLES:
            self.update_suggestions()
        if not self.record_id or self._gone or not tables & (SIDE_TABLES | {interventions.TABLE}):
            return
        mine = any(c.table == interventions.TABLE and c.id == self.record_id for c in changes)
        if mine and not self.form.modified:
            return  # the base view loaded everything again already
        self.refresh_side()


def new_intervention_initial(ticket: Mapping[str, Any]) -> dict[str, Any]:
    """The values an intervention made from a ticket starts with: its customer, its subject, the link."""
    values = {"ticket_id": ticket.get("id"), "company_id": ticket.get("company_id"),
              "person_id": ticket.get("person_id"), "subject": ticket.get("subject")}
    return {key: value for key, value in values.items() if value}

