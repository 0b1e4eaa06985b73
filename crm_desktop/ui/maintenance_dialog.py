"""Maintenance visits on a customer's Contract tab: the plans, and the dialog that edits one.

A plan is read and written through core.maintenance (which checks the interval, the
dates and who may change it); the visits it makes appear "to plan" on their own, at
start and after each sync. The dialog previews the next due dates as the user types,
with core's own date rule, so what it shows is what will be made.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import maintenance, permissions
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, PermissionDenied
from crm_desktop.core.field_choices import COMMON_SKILLS, KINDS
from crm_desktop.core.permissions import Perm
from crm_desktop.ui.i18n import error_text
from crm_desktop.ui.record_form import (
    MUTED_COLOR,
    CheckField,
    ChoiceField,
    DateField,
    LineField,
    ListField,
    SuffixField,
    TextField,
    choice_items,
    dialog_buttons,
    dialog_form,
    save_and_accept,
)
from crm_desktop.ui.support_format import LATE_COLOR, OK_COLOR, date_text
from crm_desktop.ui.widgets import ChosenRecords, error_label, open_kept, read_only_rows

ID_ROLE = Qt.ItemDataRole.UserRole
#: How many coming due dates the dialog previews.
PREVIEW_DATES = 3


def can_change_plans(ctx: Context) -> bool:
    """What core.maintenance.save_plan asks: the planning right and the contracts right."""
    return all(permissions.allowed(ctx.user.role, perm) for perm in (Perm.PLANNING, Perm.CONTRACT_WRITE))


class MaintenancePlanDialog(QDialog):
    """Add or edit one maintenance plan; core's messages appear under the fields."""

    saved = Signal(str)

    def __init__(self, ctx: Context, *, company_id: str | None, person_id: str | None,
                 plan: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id = company_id
        self.person_id = None if company_id else person_id
        self.plan = plan
        self.today = maintenance.shop_today(ctx.db, ctx.clock)
        self.contract = (None if plan else maintenance.contract_for(ctx.db, self.company_id, self.person_id,
                                                                    self.today))
        self.setWindowTitle(self.tr("Edit the maintenance visits") if plan else self.tr("New maintenance visits"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.about)
        self.form, section = dialog_form(self)
        self.form.add_field(section, "subject", self.tr("Subject"),
                            LineField(200, self.tr("What the technician does, e.g. Yearly boiler service")))
        self.form.add_field(section, "kind", self.tr("Type"), ChoiceField(choice_items(KINDS), allow_empty=False))
        hint = self.tr("e.g. {skills}").format(skills=", ".join(COMMON_SKILLS[:2]))
        self.form.add_field(section, "skills", self.tr("Skills"), ListField(400, hint))
        self.form.add_field(section, "every_months", self.tr("Every"), SuffixField(self.tr("months"), 70))
        self.form.add_field(section, "duration_minutes", self.tr("Duration"), SuffixField(self.tr("minutes"), 70))
        self.form.add_field(section, "starts_on", self.tr("First visit"), DateField())
        self.form.add_field(section, "ends_on", self.tr("Last visit by"), DateField())
        self.form.add_field(section, "instructions", self.tr("Instructions"), TextField(80))
        self.form.add_field(section, "active", self.tr("Active"),
                            CheckField(self.tr("Make the visits as they fall due")))
        self.form.finish()
        layout.addWidget(self.form, 1)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.message, self.save_button = dialog_buttons(self, layout, self.tr("Save"), self.save)
        values: dict[str, Any] = dict(plan) if plan else {
            "kind": "maintenance", "every_months": 12, "duration_minutes": 60,
            "starts_on": self.today.isoformat(), "active": True}
        self.form.set_values(values)
        self._show_about()
        self._show_preview()
        for key in ("every_months", "starts_on", "ends_on", "active"):
            self.form.editor(key).edited.connect(self._show_preview)

    def _show_about(self) -> None:
        if self.plan and self.plan.get("contract_id"):
            text = self.tr("Visits under the customer's contract, while it covers them.")
        elif self.plan:
            text = self.tr("Visits of this customer (no contract).")
        elif self.contract:
            text = self.tr("Visits under the contract {level} {reference}, while it covers the customer.").format(
                level=self.contract.get("level_name") or "", reference=self.contract.get("reference") or "")
        else:
            text = self.tr("This customer has no contract: the visits are made for them as they fall due.")
        self.about.setText(" ".join(text.split()))

    def _show_preview(self) -> None:
        """The next due dates, as core will make them (nothing when the fields do not make a plan yet)."""
        values = self.form.values()
        try:
            plan = {"starts_on": date.fromisoformat(values["starts_on"].strip()),
                    "every_months": int(values["every_months"].strip()),
                    "ends_on": date.fromisoformat(values["ends_on"].strip()) if values["ends_on"].strip() else None}
        except ValueError:
            self.preview.setText("")
            return
        if not 1 <= plan["every_months"] <= maintenance.MAX_EVERY_MONTHS:
            self.preview.setText("")
            return
        coming: list[str] = []
        day = self.today
        while len(coming) < PREVIEW_DATES:
            due = maintenance.next_due(plan, day)
            if due is None:
                break
            coming.append(date_text(due.isoformat()))
            day = date.fromordinal(due.toordinal() + 1)
        if not coming:
            self.preview.setText(self.tr("No visit is due any more: the last date is past."))
        else:
            self.preview.setText(self.tr("Next visits: {dates}").format(dates=", ".join(coming)))

    def values(self) -> dict[str, Any]:
        values = self.form.values()
        if self.plan is None:
            values.update(company_id=self.company_id, person_id=self.person_id,
                          contract_id=self.contract["id"] if self.contract else None)
        return values

    def save(self) -> bool:
        return save_and_accept(self, self.form, self.message, lambda: maintenance.save_plan(
            self.ctx, self.values(), self.plan["id"] if self.plan else None), self.saved)


class MaintenancePlansBox(ChosenRecords, QWidget):
    """The "Maintenance visits" section of a Contract tab: the customer's plans with Add, Edit and Delete."""

    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id: str | None = None
        self.person_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.dialog: MaintenancePlanDialog | None = None
        self.confirm: QMessageBox | None = None
        self.can_write = can_change_plans(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        self.title = QLabel(self.tr("Maintenance visits"), self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        explain = QLabel(self.tr("Visits that come back every few months: each one appears among the "
                                 "interventions to plan as it falls due."), self)
        explain.setWordWrap(True)
        explain.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.title)
        layout.addWidget(explain)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add visits…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(self.add_plan)
        self.edit_button.clicked.connect(self.edit_plan)
        self.delete_button.clicked.connect(self.delete_plan)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            button.setVisible(self.can_write)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED_COLOR};")
        self.note.setText(self._refusal())
        self.note.setVisible(bool(self.note.text()))
        layout.addWidget(self.note)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("maintenancePlans")
        self.table.setHorizontalHeaderLabels([self.tr("Subject"), self.tr("Every"), self.tr("Next visit"),
                                              self.tr("Active")])
        read_only_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_plan())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self)
        self.empty.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.empty)

    def _refusal(self) -> str:
        """Why the buttons are missing. The Contract tab above already says when contracts may not be
        changed; the planning right is the one left to explain."""
        try:
            permissions.require(self.ctx.user, Perm.PLANNING)
        except PermissionDenied as exc:
            return error_text(exc)
        return ""

    def set_owner(self, *, company_id: str | None = None, person_id: str | None = None) -> None:
        self.company_id = company_id
        self.person_id = None if company_id else person_id
        self.reload()

    def reload(self) -> None:
        has_owner = bool(self.company_id or self.person_id)
        self.rows = maintenance.list_plans(self.ctx.db, company_id=self.company_id,
                                           person_id=self.person_id) if has_owner else []
        today = maintenance.shop_today(self.ctx.db, self.ctx.clock)
        self.table.setRowCount(len(self.rows))
        for row, plan in enumerate(self.rows):
            months = int(plan["every_months"])
            every = self.tr("every month") if months == 1 else self.tr("every {n} months").format(n=months)
            due = maintenance.next_due(plan, today)
            texts = [plan["subject"], every, date_text(due.isoformat()) if due else self.tr("ended"),
                     self.tr("yes") if plan["active"] else self.tr("no")]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, plan["id"])
                if column == 3:
                    item.setForeground(QBrush(QColor(OK_COLOR if plan["active"] else MUTED_COLOR)))
                elif column == 2 and due is None:
                    item.setForeground(QBrush(QColor(LATE_COLOR)))
                elif column == 2 and not plan["active"]:  # a paused plan makes no visit on that date
                    item.setForeground(QBrush(QColor(MUTED_COLOR)))
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.rows))
        self.empty.setText(self.tr("No maintenance visits.") if has_owner
                           else self.tr("Save the record first to plan its maintenance visits."))
        self.empty.setVisible(not self.rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        self.add_button.setEnabled(bool(self.company_id or self.person_id))
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def add_plan(self) -> MaintenancePlanDialog | None:
        if not (self.company_id or self.person_id) or not self.can_write:
            return None
        return self._open(None)

    def edit_plan(self) -> MaintenancePlanDialog | None:
        plan = self.selected()
        return self._open(plan) if plan is not None and self.can_write else None

    def _open(self, plan: dict[str, Any] | None) -> MaintenancePlanDialog:
        dialog = MaintenancePlanDialog(self.ctx, company_id=self.company_id, person_id=self.person_id, plan=plan,
                                       parent=self)
        dialog.saved.connect(self._saved)
        open_kept(self, dialog)
        return dialog

    def delete_plan(self) -> QMessageBox | None:
        """Ask first (window-modal, not blocking); Yes trashes the plan. Visits already made stay."""
        plan = self.selected()
        if plan is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the maintenance visits"),
                          self.tr("Stop the visits “{subject}”? Visits already made stay on the planning.").format(
                              subject=plan["subject"]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: self._delete(plan["id"]) if button is yes else None)
        return open_kept(self, box, "confirm")

    def _delete(self, plan_id: str) -> bool:
        self.message.hide()
        try:
            maintenance.delete_plan(self.ctx, plan_id)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.reload()
        self.changed.emit()
        return True
