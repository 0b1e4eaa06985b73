"""Support on a customer's page: their tickets, and their support contract.

Both person and company detail views show these two tabs. The tickets list is the
queue table's lazy model over core's TICKETS, filtered on the customer; contracts
are read and written through core.contracts, which also says who may change them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import contracts, permissions
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, PermissionDenied, ValidationError
from crm_desktop.core.permissions import Perm
from crm_desktop.core.ticket_queues import TicketFilter
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.list_view import RecordTable
from crm_desktop.ui.maintenance_dialog import MaintenancePlansBox
from crm_desktop.ui.record_form import (
    MUTED_COLOR,
    ChoiceField,
    DateField,
    LineField,
    TextField,
    dialog_buttons,
    dialog_form,
    write_or_explain,
)
from crm_desktop.ui.support_format import LATE_COLOR, OK_COLOR, date_text, local_today, minutes_text
from crm_desktop.ui.tickets_view import TicketModel, keep_sort_indicator, size_ticket_columns
from crm_desktop.ui.widgets import ChosenRecords, error_label, open_kept, read_only_rows, tab_empty_pages

ID_ROLE = Qt.ItemDataRole.UserRole


class CustomerTicketsPanel(QWidget):
    """Every ticket of a person or a company, newest first; New ticket starts one for them."""

    open_ticket = Signal(str)
    new_ticket_requested = Signal()

    def __init__(self, ctx: Context, *, person_id: str | None = None, company_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        self.company_id: str | None = None
        self.model: TicketModel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New ticket"), self)
        self.new_button.setToolTip(self.tr("Log a problem for this customer"))
        self.new_button.clicked.connect(self.new_ticket_requested.emit)
        self.new_button.setVisible(permissions.allowed(ctx.user.role, Perm.TICKET_WRITE))
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = RecordTable(self)
        self.table.activated.connect(self._activated)
        self.empty, self.pages = tab_empty_pages(self, self.table)
        layout.addWidget(self.pages, 1)
        self.set_owner(person_id=person_id, company_id=company_id)

    def set_owner(self, *, person_id: str | None = None, company_id: str | None = None) -> None:
        """Show the tickets of this person (or else this company)."""
        self.person_id = person_id
        self.company_id = None if person_id else company_id
        if not self.person_id and not self.company_id:
            self.new_button.setEnabled(False)
            self.empty.setText(self.tr("Save the record first to log its tickets."))
            self.pages.setCurrentWidget(self.empty)
            return
        self.new_button.setEnabled(True)
        flt = TicketFilter(queue="all", user_id=self.ctx.user.id, person_id=self.person_id,
                           company_id=self.company_id)
        if self.model is None:
            self.model = TicketModel(self.ctx, flt, self)
            self.table.setModel(self.model)
            keys = [column.key for column in self.model.record_list().columns]
            self.table.setColumnHidden(keys.index("customer"), True)
            # What the customer's page has room for: the queue and the ticket page show the due times.
            for hidden in ("updated", "due"):
                self.table.setColumnHidden(keys.index(hidden), True)
            self.table.setSortingEnabled(True)
            self.table.sortByColumn(keys.index("opened"), Qt.SortOrder.DescendingOrder)
            keep_sort_indicator(self.table, self.model)
            size_ticket_columns(self.table, self.model.record_list().columns, {"subject": 22, "assignee": 11})
        else:
            self.model.set_filter(flt)
        self._show()

    def refresh(self) -> None:
        if self.model is not None and (self.person_id or self.company_id):
            self.model.refresh()
            self._show()

    def count(self) -> int:
        return self.model.rowCount() if self.model is not None and (self.person_id or self.company_id) else 0

    def _show(self) -> None:
        if self.count():
            self.pages.setCurrentWidget(self.table)
        else:
            self.empty.setText(self.tr("No tickets yet."))
            self.pages.setCurrentWidget(self.empty)

    def _activated(self, index: QModelIndex) -> None:
        ticket_id = self.model.id_at(index.row()) if self.model is not None and index.isValid() else None
        if ticket_id:
            self.open_ticket.emit(ticket_id)


class ContractDialog(QDialog):
    """Add or edit one support contract; core's messages appear under the fields."""

    saved = Signal(str)

    def __init__(self, ctx: Context, *, company_id: str | None, person_id: str | None,
                 contract: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id = company_id
        self.person_id = None if company_id else person_id
        self.contract = contract
        self.setWindowTitle(self.tr("Edit the contract") if contract else self.tr("New support contract"))
        self.setMinimumSize(440, 360)
        layout = QVBoxLayout(self)
        self.form, section = dialog_form(self)
        levels = contracts.levels(ctx.db)
        self.form.add_field(section, "level_id", self.tr("Support level"),
                            ChoiceField([(level.id, level.name) for level in levels]))
        self.form.add_field(section, "starts_on", self.tr("From"), DateField())
        self.form.add_field(section, "ends_on", self.tr("Until"), DateField())
        self.form.add_field(section, "reference", self.tr("Reference"), LineField(60, self.tr("Contract number")))
        self.form.add_field(section, "notes", self.tr("Notes"), TextField(70))
        self.form.finish()
        layout.addWidget(self.form, 1)
        self.message, self.save_button = dialog_buttons(self, layout, self.tr("Save"), self.save)
        today = local_today(ctx.clock.now()).toString(Qt.DateFormat.ISODate)
        values = dict(contract) if contract else {"starts_on": today}
        if not contract and levels:
            values["level_id"] = levels[0].id
        self.form.set_values(values)
        if not levels:
            self._say(self.tr("No support levels are defined yet: an administrator adds them in Settings."))
            self.save_button.setEnabled(False)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def values(self) -> dict[str, Any]:
        return {**self.form.values(), "company_id": self.company_id, "person_id": self.person_id}

    def save(self) -> bool:
        self.message.hide()
        contract_id = ""

        def write() -> None:
            nonlocal contract_id
            if self.contract:
                contracts.update_contract(self.ctx, self.contract["id"], self.values())
                contract_id = self.contract["id"]
            else:
                contract_id = contracts.create_contract(self.ctx, self.values())

        if not write_or_explain(self.form, self._say, write):
            return False
        self.saved.emit(contract_id)
        self.accept()
        return True


class ContractsPanel(ChosenRecords, QWidget):
    """The customer's support level today and every contract, with Add, Edit and End; below, the
    maintenance visits that come back under the contract (``plans``, a MaintenancePlansBox).

    On a person who works for a company the contracts shown are the company's: that
    is whose contract covers the person's tickets.
    """

    changed = Signal()

    COLUMNS = 5

    def __init__(self, ctx: Context, *, company_id: str | None = None, person_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id: str | None = None
        self.person_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.dialog: ContractDialog | None = None
        self.can_write = permissions.allowed(ctx.user.role, Perm.CONTRACT_WRITE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(f"color: {MUTED_COLOR};")
        self.caption.hide()
        layout.addWidget(self.caption)
        self.current = QLabel(self)
        self.current.setTextFormat(Qt.TextFormat.RichText)
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add contract…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.end_button = QPushButton(self.tr("End today"), self)
        self.end_button.setToolTip(self.tr("The contract stops covering the customer after today"))
        self.add_button.clicked.connect(self.add_contract)
        self.edit_button.clicked.connect(self.edit_contract)
        self.end_button.clicked.connect(self.end_contract)
        for button in (self.add_button, self.edit_button, self.end_button):
            button.setAutoDefault(False)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED_COLOR};")
        self.note.hide()
        layout.addWidget(self.note)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("Level"), self.tr("From"), self.tr("Until"),
                                              self.tr("Reference"), self.tr("State")])
        read_only_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_contract())
        layout.addWidget(self.table, 1)
        self.plans = MaintenancePlansBox(ctx, self)
        layout.addWidget(self.plans, 1)
        if not self.can_write:
            try:
                permissions.require(ctx.user, Perm.CONTRACT_WRITE)
            except PermissionDenied as exc:
                self.note.setText(error_text(exc))
                self.note.show()
        self.set_owner(company_id=company_id, person_id=person_id)

    def set_owner(self, *, company_id: str | None = None, person_id: str | None = None, caption: str = "") -> None:
        """Whose contracts; ``caption`` says so when it is not the record shown (a person's company)."""
        self.company_id = company_id
        self.person_id = None if company_id else person_id
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.reload()

    def _today(self) -> date:
        return local_today(self.ctx.clock.now()).toPython()

    def reload(self) -> None:
        has_owner = bool(self.company_id or self.person_id)
        self.rows = contracts.contracts_of(self.ctx.db, self.company_id, self.person_id) if has_owner else []
        today = self._today().isoformat()
        self.table.setRowCount(len(self.rows))
        for row, contract in enumerate(self.rows):
            if contract["starts_on"] > today:
                state, color = self.tr("starts later"), MUTED_COLOR
            elif contract.get("ends_on") and contract["ends_on"] < today:
                state, color = self.tr("ended"), LATE_COLOR
            else:
                state, color = self.tr("current"), OK_COLOR
            texts = [contract.get("level_name") or "?", date_text(contract["starts_on"]),
                     date_text(contract.get("ends_on")) or self.tr("no end"), contract.get("reference") or "", state]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, contract["id"])
                if column == self.COLUMNS - 1:
                    item.setForeground(_brush(color))
                self.table.setItem(row, column, item)
        self._show_current(has_owner)
        self.plans.set_owner(company_id=self.company_id, person_id=self.person_id)
        self._update_buttons()

    def _show_current(self, has_owner: bool) -> None:
        if not has_owner:
            self.current.setText(self.tr("Save the record first to give it a support contract."))
            return
        cover = contracts.coverage(self.ctx.db, self.company_id, self.person_id, self._today())
        if cover is None:
            ended = next((c for c in self.rows if c.get("ends_on") and c["ends_on"] < self._today().isoformat()),
                         None)
            text = (self.tr("No valid support contract today (the last one, {level}, ended {day}).").format(
                level=ended.get("level_name") or "?", day=date_text(ended["ends_on"])) if ended
                else self.tr("No support contract."))
            self.current.setText(f'<span style="color:{LATE_COLOR}">{text}</span>' if ended else text)
            return
        until = (self.tr("until {day}").format(day=date_text(cover.ends_on)) if cover.ends_on
                 else self.tr("with no end date"))
        included = (self.tr(", {hours} of support included a year").format(
            hours=minutes_text(cover.level.included_minutes)) if cover.level.included_minutes else "")
        self.current.setText(self.tr("<b>{level}</b> support, valid {until}{included}.").format(
            level=cover.level.name, until=until, included=included))

    def _update_buttons(self) -> None:
        has_owner = bool(self.company_id or self.person_id)
        selected = self.selected() is not None
        for button in (self.add_button, self.edit_button, self.end_button):
            button.setVisible(self.can_write)
        self.add_button.setEnabled(has_owner)
        self.edit_button.setEnabled(selected)
        self.end_button.setEnabled(selected)

    def add_contract(self) -> ContractDialog | None:
        if not (self.company_id or self.person_id):
            return None
        return self._open(None)

    def edit_contract(self) -> ContractDialog | None:
        contract = self.selected()
        return self._open(contract) if contract is not None and self.can_write else None

    def _open(self, contract: dict[str, Any] | None) -> ContractDialog:
        dialog = ContractDialog(self.ctx, company_id=self.company_id, person_id=self.person_id,
                                contract=contract, parent=self)
        dialog.saved.connect(self._saved)
        open_kept(self, dialog)
        return dialog

    def end_contract(self) -> bool:
        """End the selected contract today (Edit can move the end again)."""
        contract = self.selected()
        if contract is None:
            return False
        values = {key: contract.get(key) for key in ("company_id", "person_id", "level_id", "starts_on",
                                                     "reference", "notes")}
        values["ends_on"] = self._today().isoformat()
        self.message.hide()
        try:
            contracts.update_contract(self.ctx, contract["id"], values)
        except ValidationError as exc:
            self.message.setText("\n".join(render(m) for m in exc.errors.values()))
            self.message.show()
            return False
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.reload()
        self.changed.emit()
        return True


def _brush(color: str) -> QBrush:
    return QBrush(QColor(color))
