"""The "Leads" area: a seller's open leads, or for managers everyone's and the overdue ones.

Waiting time is business time (the shop's opening hours) and turns red once a lead
has waited longer than the speed-to-lead target without an outgoing contact. The list
follows changes at once (a lead assigned on another machine, a call just logged) and
refreshes every minute, since waiting time grows by itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from crm_desktop.core import lead_assignment, leads
from crm_desktop.core.choices import SOURCES
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.lead_choices import STATUSES
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.ui.assignment_rules_dialog import AssignmentRulesDialog
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.intervention_format import shop_time_text, shop_zone
from crm_desktop.ui.lead_dialog import DisqualifyDialog, LeadDialog, customer_text, score_color
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.rows_model import Index, RowsModel
from crm_desktop.ui.support_format import LATE_COLOR, label_of, minutes_text
from crm_desktop.ui.widgets import (
    LINK_COLOR,
    area_layout,
    bar_button,
    empty_state_pages,
    error_label,
    follow_changes,
    open_kept,
    read_only_rows,
)

#: Waiting time goes on even when nothing changes: the list is refreshed this often.
REFRESH_MS = 60_000
MINE, ALL, OVERDUE = "mine", "all", "overdue"


class LeadModel(RowsModel):
    """Leads from core as rows (ids and the few shown values, refilled on every reload)."""

    ARRIVED, WAITING, CUSTOMER, SOURCE, INTEREST, SCORE, OWNER, NEXT, STATUS = range(9)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = shop_zone(ctx)
        self.order: tuple[int, Qt.SortOrder] | None = None
        self.headers = [self.tr("Arrived"), self.tr("Waiting"), self.tr("Customer"), self.tr("Source"),
                        self.tr("Interest"), self.tr("Score"), self.tr("Seller"), self.tr("Next action"),
                        self.tr("Status")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        if self.order is not None:
            self._sort_rows(*self.order)
        self.endResetModel()

    def sort_key(self, column: int) -> Any:
        """What a column sorts on: times, minutes and score as numbers, the rest as shown."""
        if column == self.ARRIVED:
            return lambda row: row.get("arrived_at") or ""
        if column == self.WAITING:  # still waiting by how long, then the answered ones
            return lambda row: row["waiting_minutes"] if row.get("waiting_minutes") is not None else -1.0
        if column == self.SCORE:
            return lambda row: int(row.get("score") or 0)
        return lambda row: self.text(row, column).casefold()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.rows.sort(key=self.sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in memory (a list of open leads is short) and keep the selection on its leads."""
        if not 0 <= column < len(self.headers):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self.rows[index.row()]["id"] for index in old]
        self.order = (column, order)
        self._sort_rows(column, order)
        position = {row["id"]: number for number, row in enumerate(self.rows)}
        self.changePersistentIndexList(old, [self.index(position[lead_id], index.column())
                                             for lead_id, index in zip(ids, old, strict=True)])
        self.layoutChanged.emit()

    def waiting_text(self, row: dict[str, Any]) -> str:
        if row.get("speed_minutes") is not None:
            return self.tr("answered in {time}").format(time=minutes_text(row["speed_minutes"]))
        return minutes_text(row.get("waiting_minutes") or 0)

    def next_text(self, row: dict[str, Any]) -> str:
        when = shop_time_text(row.get("next_action_at"), self.zone)
        return " · ".join(part for part in (row.get("next_action") or "", when) if part)

    def text(self, row: dict[str, Any], column: int) -> str:
        if column == self.ARRIVED:
            return shop_time_text(row.get("arrived_at"), self.zone)
        if column == self.WAITING:
            return self.waiting_text(row)
        if column == self.CUSTOMER:
            return customer_text(row)
        if column == self.SOURCE:
            return label_of(SOURCES, row.get("source")) if row.get("source") else ""
        if column == self.INTEREST:
            return row.get("product_name") or row.get("interest") or ""
        if column == self.SCORE:
            return str(row.get("score", 0))
        if column == self.OWNER:
            return row.get("owner_name") or self.tr("Unassigned")
        if column == self.NEXT:
            return self.next_text(row)
        if column == self.STATUS:
            return label_of(STATUSES, row.get("status"))
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self.row_at(index), index.column()
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.WAITING:
                if row.get("flagged"):
                    return QBrush(QColor(LATE_COLOR))
                if row.get("speed_minutes") is not None:
                    return QBrush(QColor(MUTED_COLOR))
            if column == self.CUSTOMER:
                return QBrush(QColor(LINK_COLOR))
            if column == self.SCORE:
                return QBrush(QColor(score_color(int(row.get("score") or 0))))
            if column == self.OWNER and not row.get("owner_id"):
                return QBrush(QColor(MUTED_COLOR))
        if role == Qt.ItemDataRole.FontRole and (
                (column == self.WAITING and row.get("flagged")) or column == self.SCORE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WAITING and row.get("flagged"):
                return self.tr("No outgoing contact yet, over the {target} target").format(
                    target=minutes_text(row.get("target_minutes")))
            if column == self.SCORE:
                return "\n".join(render(reason) for reason in row.get("score_reasons") or [])
            if column == self.CUSTOMER:
                return self.tr("Open {what}").format(what=customer_text(row))
            if column in (self.INTEREST, self.NEXT):
                return self.text(row, column) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.get("id")
        return None


class LeadsView(QWidget):
    """Open leads to follow up, with New, Assign, Disqualify and (managers) the assignment rules."""

    #: Open a record of the application: (kind, id), kind person or company.
    open_record = Signal(str, str)
    #: The list was filled again: (rows shown, of them waiting too long).
    refreshed = Signal(int, int)

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: Any = None
        self.can_write = allowed(ctx.user.role, Perm.LEAD_WRITE)
        self.manager = allowed(ctx.user.role, Perm.LEAD_RULES)
        layout, top = area_layout(self, self.tr("Leads"))
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        for key, text in ((MINE, self.tr("My leads")), (ALL, self.tr("All open leads")),
                          (OVERDUE, self.tr("Overdue"))):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setVisible(key == MINE or self.manager)
            self.modes.addButton(button)
            self.mode_buttons[key] = button
            top.addWidget(button)
        self.mode_buttons[MINE].setChecked(True)
        self.mode_buttons[MINE].setVisible(self.manager)  # a seller has one list: no toggle to show
        self.modes.buttonToggled.connect(lambda _button, on: on and self.reload())
        top.addStretch(1)
        self.new_button = bar_button(self, top, self.tr("New lead…"), lambda: self.new_lead())
        self.assign_button = bar_button(self, top, self.tr("Assign to…"), self.show_assign_menu)
        self.disqualify_button = bar_button(self, top, self.tr("Disqualify…"), lambda: self.disqualify())
        self.rules_button = bar_button(self, top, self.tr("Assignment rules…"), lambda: self.edit_rules())
        self.rules_button.setVisible(self.manager)
        self.new_button.setEnabled(self.can_write)
        layout.addLayout(top)

        self.summary = QLabel(self)
        self.summary.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.summary)
        self.message = error_label(self)
        layout.addWidget(self.message)

        self.model = LeadModel(ctx, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LeadModel.INTEREST, QHeaderView.ResizeMode.Stretch)
        for column, width in ((LeadModel.ARRIVED, 120), (LeadModel.WAITING, 150), (LeadModel.CUSTOMER, 240),
                              (LeadModel.SOURCE, 100), (LeadModel.SCORE, 60), (LeadModel.OWNER, 120),
                              (LeadModel.NEXT, 200), (LeadModel.STATUS, 90)):
            self.table.setColumnWidth(column, width)
        # Newest first: the leads that just came in (and may be waiting) are on top.
        header.setSortIndicator(LeadModel.ARRIVED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        self.empty, pages = empty_state_pages(self.table)
        self.pages = pages
        layout.addWidget(pages, 1)

        self.assign_menu = QMenu(self)
        self.assign_menu.triggered.connect(lambda action: self.assign_selected(action.data()))

        self.bridge, self.changes = follow_changes(self, ctx, bridge, self.reload,
                                                   ("leads", "history", "people", "companies", "users", "settings",
                                                    "products"))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.isVisible() and self.reload())
        self.timer.start()
        self.reload()

    # ---- data

    def mode(self) -> str:
        for key, button in self.mode_buttons.items():
            if button.isChecked():
                return key
        return MINE

    def set_mode(self, key: str) -> None:
        if key == MINE or self.manager:
            self.mode_buttons[key].setChecked(True)

    def reload(self) -> None:
        selected = self.selected_id()
        now = self.ctx.clock.now()
        mode = self.mode()
        if mode == ALL:
            rows = leads.open_leads(self.ctx.db, now)
        elif mode == OVERDUE:
            rows = leads.overdue_leads(self.ctx.db, now)
        else:
            rows = leads.my_leads(self.ctx.db, self.ctx.user.id, now)
        self.model.set_rows(rows)
        late = sum(1 for row in rows if row["flagged"])
        unassigned = sum(1 for row in rows if not row.get("owner_id"))
        parts = [self.tr("{n} open leads").format(n=len(rows))]
        if late:
            parts.append(self.tr("{n} waiting too long").format(n=late))
        if unassigned and mode != MINE:
            parts.append(self.tr("{n} unassigned").format(n=unassigned))
        self.summary.setText(" · ".join(parts))
        self.empty.setText({MINE: self.tr("No open leads for you. New ones appear here as soon as they are "
                                          "assigned to you."),
                            ALL: self.tr("No open leads."),
                            OVERDUE: self.tr("No lead is waiting too long.")}[mode])
        self.pages.setCurrentIndex(0 if rows else 1)
        if selected is not None:
            self.select(selected)
        self._selection_changed()
        self.refreshed.emit(len(rows), late)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row())["id"] if rows else None

    def select(self, lead_id: str) -> bool:
        for number, row in enumerate(self.model.rows):
            if row["id"] == lead_id:
                self.table.selectRow(number)
                return True
        return False

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None and self.can_write
        self.assign_button.setEnabled(chosen)
        self.disqualify_button.setEnabled(chosen)

    # ---- actions

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() != LeadModel.CUSTOMER:
            return
        row = self.model.row(index.row())
        if row.get("person_id"):
            self.open_record.emit("person", row["person_id"])
        elif row.get("company_id"):
            self.open_record.emit("company", row["company_id"])

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != LeadModel.CUSTOMER:
            self.edit_lead(self.model.row(index.row())["id"])

    def _kept(self, dialog: Any) -> Any:
        if hasattr(dialog, "open_record"):
            dialog.open_record.connect(self.open_record)
        dialog.saved.connect(lambda _id: self.reload())
        return open_kept(self, dialog)

    def new_lead(self, initial: dict[str, Any] | None = None) -> LeadDialog:
        return self._kept(LeadDialog(self.ctx, None, self, initial))

    def edit_lead(self, lead_id: str) -> LeadDialog:
        return self._kept(LeadDialog(self.ctx, lead_id, self))

    def disqualify(self) -> DisqualifyDialog | None:
        lead_id = self.selected_id()
        return None if lead_id is None else self._kept(DisqualifyDialog(self.ctx, lead_id, self))

    def edit_rules(self) -> AssignmentRulesDialog:
        return self._kept(AssignmentRulesDialog(self.ctx, self))

    def show_assign_menu(self) -> QMenu:
        """The sellers to give the selected lead to (current owner ticked)."""
        self.assign_menu.clear()
        lead_id = self.selected_id()
        owner = next((row.get("owner_id") for row in self.model.rows if row["id"] == lead_id), None)
        for seller in lead_assignment.sellers(self.ctx.db):
            action = self.assign_menu.addAction(seller["name"])
            action.setData(seller["id"])
            action.setCheckable(True)
            action.setChecked(seller["id"] == owner)
        self.assign_menu.popup(self.assign_button.mapToGlobal(self.assign_button.rect().bottomLeft()))
        return self.assign_menu

    def assign_selected(self, owner_id: str) -> bool:
        lead_id = self.selected_id()
        if lead_id is None:
            return False
        self.message.hide()
        try:
            leads.assign(self.ctx, lead_id, owner_id)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.reload()
        return True

