"""One opportunity: who it is with, what it is worth (its lines, as on a sale), and Win / Lose.

The lines reuse the sale dialog's line editor, so a deal is typed exactly as its sale
will be and the total shown is the one core will store (sales.preview_line). Winning
saves the form first, asks for confirmation, then core makes the sale in one go.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import opportunities, permissions
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.opportunity_choices import LOST_REASONS, STAGES
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.ui.audit_view import RecordHistoryButton
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.record_form import (
    ChoiceField,
    DateField,
    FixedField,
    LineField,
    MoneyField,
    TextField,
    choice_items,
    dialog_buttons,
    dialog_form,
    message_line,
    save_and_accept,
    save_buttons,
    shown,
    trash_and_close,
)
from crm_desktop.ui.sale_dialog import SaleLineRow, SaleLines
from crm_desktop.ui.support_format import money_text
from crm_desktop.ui.widgets import open_kept


class LostReasonDialog(QDialog):
    """Why the deal was lost: a reason from the list and a few words; OK moves it to Lost through core."""

    lost = Signal(str)

    def __init__(self, ctx: Context, opp_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opp_id = opp_id
        row = opportunities.get(ctx.db, opp_id)
        self.setWindowTitle(self.tr("Lost: {title}").format(title=row["title"]))
        layout = QVBoxLayout(self)
        self.form, section = dialog_form(self)
        self.reason = self.form.add_field(section, "lost_reason", self.tr("Reason"),
                                          ChoiceField(choice_items(LOST_REASONS), parent=self))
        hint = self.tr("What happened, in a few words")
        self.note = self.form.add_field(section, "lost_note", self.tr("Details"), LineField(1000, hint, self))
        self.form.finish()
        layout.addWidget(self.form)
        self.message, self.ok = dialog_buttons(self, layout, self.tr("Mark as lost"), self.confirm)
        self.resize(460, self.sizeHint().height())

    def confirm(self) -> bool:
        self.form.clear_errors()

        def write() -> str:
            opportunities.move(self.ctx, self.opp_id, "lost", self.reason.value(), self.note.value())
            return self.opp_id

        return save_and_accept(self, self.form, self.message, write, self.lost)


def win_question(parent: QWidget, row: Mapping[str, Any], currency: str) -> QMessageBox:
    """"Win this deal and record the sale?" — opened window-modal; the caller connects its answer."""
    text = QCoreApplication.translate("OpportunityDialog",
                                      "Mark {number} “{title}” as won and record the sale of {amount}?")
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("OpportunityDialog", "Win the deal"),
                      text.format(number=row.get("number") or "", title=row.get("title") or "",
                                  amount=money_text(int(row.get("amount_cents") or 0), currency)),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


class OpportunityDialog(QDialog):
    """Create or change a deal; Win and Lose move it out of the pipeline from here too."""

    saved = Signal(str)
    #: Won: (opportunity id, sale id).
    won = Signal(str, str)
    lost = Signal(str)
    deleted = Signal(str)

    def __init__(self, ctx: Context, opp_id: str | None = None, parent: QWidget | None = None,
                 initial: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opp_id = opp_id
        self.prompt: QDialog | None = None
        self.currency = load_business(ctx.db).currency or "EUR"
        self.can_write = permissions.allowed(ctx.user.role, Perm.OPPORTUNITY_WRITE)
        current = opportunities.describe(ctx.db, opp_id) if opp_id else None
        values: dict[str, Any] = dict(current or {"owner_id": ctx.user.id, **(initial or {})})
        self.setWindowTitle(self.tr("Opportunity {number}").format(number=current["number"]) if current
                            else self.tr("New opportunity"))
        layout = QVBoxLayout(self)
        self.form, section = dialog_form(self)
        self.title = self.form.add_field(section, "title", self.tr("Title"), LineField(200, "", self))
        # Imported here: the customer pages show an opportunities tab, and this dialog uses their pickers.
        from crm_desktop.ui.person_detail import CompanyPicker
        from crm_desktop.ui.ticket_window import PersonPicker

        self.person = self.form.add_field(section, "person_id", self.tr("Person"), PersonPicker(ctx, self))
        self.company = self.form.add_field(section, "company_id", self.tr("Company"), CompanyPicker(ctx, self))
        self.person.chosen.connect(self._person_chosen)
        for picker in (self.person, self.company):
            picker.open_button.hide()  # the customer opens from its own page, not from inside this dialog
        owners = [(u["id"], u["name"]) for u in opportunities.owners(ctx.db)]
        self.owner = self.form.add_field(section, "owner_id", self.tr("Owner"), ChoiceField(owners, parent=self))
        self.stage_label = QLabel(self)
        self.form.add_field(section, "stage", self.tr("Stage"), FixedField(self.stage_label, muted=True))
        self.probability = self.form.add_field(section, "probability", self.tr("Chance of winning (%)"),
                                               LineField(3, "", self))
        self.probability.setMaximumWidth(80)
        self.expected_close = self.form.add_field(section, "expected_close", self.tr("Expected to close"),
                                                  DateField(self))
        self.amount = self.form.add_field(section, "amount_cents", self.tr("Amount"), MoneyField(self.currency, self))
        campaigns = [(c["id"], c["name"]) for c in opportunities.campaign_choices(ctx.db)]
        self.campaign = self.form.add_field(section, "campaign_id", self.tr("Campaign"),
                                            ChoiceField(campaigns, parent=self))
        self.notes = self.form.add_field(section, "notes", self.tr("Notes"), TextField(48, self))
        self.notes.setMaximumHeight(60)
        self.form.finish()
        layout.addWidget(self.form)
        self.form.set_values(values)
        self._lines_block(layout)
        self.message = message_line(self)
        layout.addWidget(self.message)
        self._buttons(layout, current)
        for line in (current or {}).get("lines") or (initial or {}).get("lines") or []:
            self.add_line(line)
        self._set_stage(current)
        self._update_totals()
        self.form.set_read_only(not self.can_write)
        self.resize(980, 640)

    # ---- building

    def _lines_block(self, layout: QVBoxLayout) -> None:
        title = QLabel(self.tr("<b>Lines</b> (optional: with lines, the amount is their total)"), self)
        layout.addWidget(title)
        self.lines = SaleLines(self, layout, self.ctx, self.currency, self.tr("Add a line"), 120, self._update_totals)
        self.rows, self.lines_error, self.add_button = self.lines.rows, self.lines.error, self.lines.add_button
        self.total = self.lines.total
        self.add_button.setEnabled(self.can_write)

    def _buttons(self, layout: QVBoxLayout, current: Mapping[str, Any] | None) -> None:
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(self.can_write)
        buttons, _cancel = save_buttons(self, self.save_button)
        self.win_button = buttons.addButton(self.tr("Win…"), buttons.ButtonRole.ActionRole)
        self.win_button.setToolTip(self.tr("Mark as won and record the sale"))
        self.win_button.clicked.connect(self.ask_win)
        self.lose_button = buttons.addButton(self.tr("Lose…"), buttons.ButtonRole.ActionRole)
        self.lose_button.clicked.connect(self.ask_lost)
        self.delete_button = buttons.addButton(self.tr("Delete…"), buttons.ButtonRole.DestructiveRole)
        self.delete_button.clicked.connect(self.ask_delete)
        for button in (self.win_button, self.lose_button, self.delete_button):
            button.setAutoDefault(False)
            button.setEnabled(self.can_write)
        self.can_delete = permissions.allowed(self.ctx.user.role, Perm.OPPORTUNITY_DELETE)
        self.delete_button.setVisible(current is not None and self.can_delete)
        # The deal's changes, who, when, where (managers and admins).
        self.history_button = RecordHistoryButton(self.ctx, "opportunities", lambda: self.opp_id)
        buttons.addButton(self.history_button, buttons.ButtonRole.ResetRole)
        self.history_button.setVisible(self.history_button.allowed and current is not None)
        layout.addWidget(buttons)

    def _set_stage(self, current: Mapping[str, Any] | None) -> None:
        stage = (current or {}).get("stage") or "new"
        text = core_tr(STAGES.get(stage, stage))
        if current and stage == "won" and current.get("sale_number"):
            text = self.tr("{stage} — sale {number}").format(stage=text, number=current["sale_number"])
        elif current and stage == "lost" and current.get("lost_reason_key"):
            reason = core_tr(LOST_REASONS.get(current["lost_reason_key"], current["lost_reason_key"]))
            note = current.get("lost_note")
            text = self.tr("{stage} — {reason}").format(stage=text, reason=f"{reason}: {note}" if note else reason)
        self.stage_label.setText(text)
        self.win_button.setVisible(stage != "won")
        self.lose_button.setVisible(stage != "lost")

    def _person_chosen(self, _person_id: str, company_id: str) -> None:
        if company_id and not self.company.value():
            self.company.set_value(company_id)

    # ---- lines

    def add_line(self, line: Mapping[str, Any] | None = None) -> SaleLineRow:
        return self.lines.add(line)

    def _update_totals(self) -> None:
        rows = getattr(self, "rows", [])
        self.amount.set_read_only(bool(rows) or not self.can_write)
        if not rows:
            self.total.setText("")
            return
        revenue = sum((amounts[0] for amounts in (r.amounts() for r in rows) if amounts), 0)
        self.total.setText(self.tr("Total {amount}").format(amount=money_text(revenue, self.currency)))
        self.amount.set_value(revenue)

    # ---- writing

    def values(self) -> dict[str, Any]:
        values = {key: value for key, value in self.form.values().items() if key != "stage"}
        values["lines"] = self.lines.values()
        return values

    def save(self) -> bool:
        """Write through core; refused, each message goes next to its field or line."""
        if not self._write():
            return False
        assert self.opp_id is not None
        self.saved.emit(self.opp_id)
        self.accept()
        return True

    def _write(self) -> bool:
        self.message.hide()
        self.form.clear_errors()
        self.lines.clear_errors()
        try:
            if self.opp_id:
                opportunities.update(self.ctx, self.opp_id, self.values())
            else:
                self.opp_id = opportunities.create(self.ctx, self.values())
                # Saved before Win / Lose: from now on it is this deal (a Cancel of the question keeps it).
                self.setWindowTitle(self.tr("Opportunity {number}").format(
                    number=opportunities.get(self.ctx.db, self.opp_id)["number"]))
                self.delete_button.setVisible(self.can_delete)
        except ValidationError as exc:
            self.lines.show_errors(exc.errors, self.form, self.message)
            return False
        except CrmError as exc:
            shown(self.message)(error_text(exc))
            return False
        return True

    def ask_win(self) -> QMessageBox | None:
        """Save what was typed, then ask before making the sale."""
        if not self._write():
            return None
        assert self.opp_id is not None
        self.saved.emit(self.opp_id)
        box = win_question(self, opportunities.get(self.ctx.db, self.opp_id), self.currency)
        box.finished.connect(lambda answer: self._win_answered(answer))
        return open_kept(self, box, "prompt")

    def _win_answered(self, answer: int) -> None:
        if answer != QMessageBox.StandardButton.Yes or self.opp_id is None:
            return
        try:
            sale_id = opportunities.win(self.ctx, self.opp_id)
        except ValidationError as exc:
            self.lines.show_errors(exc.errors, self.form, self.message)
            return
        except CrmError as exc:
            shown(self.message)(error_text(exc))
            return
        self.won.emit(self.opp_id, sale_id)
        self.accept()

    def ask_lost(self) -> LostReasonDialog | None:
        if not self._write():
            return None
        assert self.opp_id is not None
        self.saved.emit(self.opp_id)
        dialog = LostReasonDialog(self.ctx, self.opp_id, self)
        dialog.lost.connect(self._lost)
        return open_kept(self, dialog, "prompt")

    def _lost(self, opp_id: str) -> None:
        self.lost.emit(opp_id)
        self.accept()

    def ask_delete(self) -> QMessageBox | None:
        if not self.opp_id:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the opportunity"),
                          self.tr("Move this opportunity to the trash? It can be restored from there."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.finished.connect(lambda answer: self._delete_answered(answer))
        return open_kept(self, box, "prompt")

    def _delete_answered(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Yes and self.opp_id:
            opp_id = self.opp_id
            trash_and_close(self, self.message, lambda: opportunities.delete(self.ctx, opp_id), self.deleted, opp_id)
