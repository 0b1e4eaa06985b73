"""The "Today" page: follow-up tasks overdue and due today, then the next days.

A tick completes a task at once (an Undo link puts it back); a click on the
customer or record opens it; a double-click edits the task.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import tasks
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.permissions import Perm, Role, allowed
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.i18n import error_text
from crm_desktop.ui.intervention_format import shop_today, shop_zone
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.rows_model import Index, RowsModel
from crm_desktop.ui.support_format import LATE_COLOR, stored_moment
from crm_desktop.ui.task_dialog import TaskDialog, link_target, link_text
from crm_desktop.ui.widgets import (
    LINK_COLOR,
    area_layout,
    error_label,
    follow_changes,
    heading,
    open_kept,
    read_only_rows,
)

#: Roles that may look at everyone's tasks.
OVERSEERS = (Role.ADMIN.value, Role.MANAGER.value)


class TaskModel(RowsModel):
    """Tasks as rows: done box, due, title, customer or record, assignee.

    Ticking the box does not change the row: it asks (``tick_requested``) and the
    view lets core decide, then reloads.
    """

    DONE, DUE, TITLE, LINK, ASSIGNEE = range(5)
    tick_requested = Signal(str, bool)

    def __init__(self, ctx: Context, show_day: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = shop_zone(ctx)
        self.show_day = show_day
        self.today: date | None = None
        self.headers = [self.tr("Done"), self.tr("Due"), self.tr("Task"), self.tr("About"), self.tr("For")]

    def set_rows(self, rows: list[dict[str, Any]], today: date) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = today
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DONE:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def due_text(self, row: dict[str, Any]) -> str:
        moment = stored_moment(row.get("due_at"))
        if moment is None:
            return ""
        local = moment.toTimeZone(self.zone)
        clock = local.time().toString("HH:mm")
        day = local.date()
        if not self.show_day and self.today is not None and day.toPython() == self.today:
            return clock
        return f"{local.toString('ddd d MMM')} {clock}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self.row_at(index), index.column()
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {self.DUE: self.due_text(row), self.TITLE: row.get("title") or "",
                    self.LINK: link_text(row), self.ASSIGNEE: row.get("assignee_name") or ""}.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if row.get("done_at") else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.get("overdue") and column in (self.DUE, self.TITLE):
                return QBrush(QColor(LATE_COLOR))
            if column == self.LINK and link_target(row):
                return QBrush(QColor(LINK_COLOR))
        if role == Qt.ItemDataRole.FontRole and row.get("overdue") and column == self.DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LINK and link_target(row):
                return self.tr("Open {what}").format(what=link_text(row))
            if column == self.DUE and row.get("overdue"):
                return self.tr("Overdue")
            if column == self.TITLE and row.get("notes"):
                return row["notes"]
        if role == Qt.ItemDataRole.UserRole:
            return row.get("id")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.DONE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.tick_requested.emit(self.rows[index.row()]["id"], checked)
        return True


class TasksView(QWidget):
    """Overdue and today's tasks of the acting user (or everyone's), then the next 7 days."""

    #: Open a record of the application: (kind, id), kind person/company/ticket/intervention/sale.
    open_record = Signal(str, str)
    #: The lists were filled again (how many tasks today, how many in the next days).
    refreshed = Signal(int, int)

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: TaskDialog | None = None
        self.last_done: str | None = None
        self.can_write = allowed(ctx.user.role, Perm.TASK_WRITE)
        layout, top = area_layout(self, self.tr("Today"))
        self.date_label = QLabel(self)
        self.date_label.setStyleSheet(f"color: {MUTED_COLOR};")
        top.addWidget(self.date_label)
        top.addStretch(1)
        self.everyone_box = QCheckBox(self.tr("Everyone's tasks"), self)
        self.everyone_box.setVisible(ctx.user.role in OVERSEERS)
        self.everyone_box.toggled.connect(lambda _on: self.reload())
        top.addWidget(self.everyone_box)
        self.new_button = QPushButton(self.tr("New task…"), self)
        self.new_button.setEnabled(self.can_write)
        self.new_button.clicked.connect(lambda: self.new_task())
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.message = error_label(self)
        layout.addWidget(self.message)
        self.undo_bar = QWidget(self)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(self.tr("Undo"), self.undo_bar)
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo)
        undo_layout.addWidget(self.undo_label)
        undo_layout.addWidget(self.undo_button)
        undo_layout.addStretch(1)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        self.today_title = self._section_title(layout)
        self.today_model = TaskModel(ctx, show_day=False, parent=self)
        self.today_table, self.today_empty = self._table(layout, self.today_model, 3)
        self.next_title = self._section_title(layout)
        self.next_model = TaskModel(ctx, show_day=True, parent=self)
        self.next_table, self.next_empty = self._table(layout, self.next_model, 2)

        self.bridge, self.changes = follow_changes(self, ctx, bridge, self.reload,
                                                   ("tasks", "people", "companies", "users"))
        self.reload()

    def _section_title(self, layout: QVBoxLayout) -> QLabel:
        label = heading("", 1.1, self)
        layout.addWidget(label)
        return label

    def _table(self, layout: QVBoxLayout, model: TaskModel, stretch: int) -> tuple[QTableView, QLabel]:
        table = QTableView(self)
        table.setModel(model)
        read_only_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TaskModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TaskModel.DONE, 52), (TaskModel.DUE, 130), (TaskModel.LINK, 340),
                              (TaskModel.ASSIGNEE, 140)):
            table.setColumnWidth(column, width)
        table.clicked.connect(lambda index: self._clicked(model, index))
        table.doubleClicked.connect(lambda index: self._double_clicked(model, index))
        model.tick_requested.connect(self.tick)
        empty = QLabel(self)
        empty.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(empty)
        layout.addWidget(table, stretch)
        return table, empty

    # ---- data

    def everyone(self) -> bool:
        return self.ctx.user.role in OVERSEERS and self.everyone_box.isChecked()

    def reload(self) -> None:
        now = self.ctx.clock.now()
        user_id = None if self.everyone() else self.ctx.user.id
        today = shop_today(self.ctx)
        due = tasks.today(self.ctx.db, user_id, now)
        coming = tasks.upcoming(self.ctx.db, user_id, now, days=7)
        self.today_model.set_rows(due, today)
        self.next_model.set_rows(coming, today)
        late = sum(1 for row in due if row["overdue"])
        self.date_label.setText(QLocale().toString(QDate(today), QLocale.FormatType.LongFormat))
        self.today_title.setText(self.tr("Overdue and today ({n})").format(n=len(due)) if late
                                 else self.tr("Today ({n})").format(n=len(due)))
        self.next_title.setText(self.tr("Next 7 days ({n})").format(n=len(coming)))
        self.today_empty.setText(self.tr("Nothing due today."))
        self.today_empty.setVisible(not due)
        self.next_empty.setText(self.tr("Nothing planned for the next 7 days."))
        self.next_empty.setVisible(not coming)
        self.refreshed.emit(len(due), len(coming))

    # ---- actions

    def tick(self, task_id: str, done: bool) -> None:
        """Complete (or reopen) at once; a completion can be undone from the bar above the list."""
        self.message.hide()
        try:
            if done:
                title = tasks.get(self.ctx.db, task_id)["title"]
                tasks.complete(self.ctx, task_id)
                self.last_done = task_id
                self.undo_label.setText(self.tr("Done: {title}").format(title=title))
                self.undo_bar.show()
            else:
                tasks.reopen(self.ctx, task_id)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
        self.reload()

    def undo(self) -> None:
        """Reopen the task just ticked (a tick by mistake)."""
        if self.last_done is None:
            return
        task_id, self.last_done = self.last_done, None
        self.undo_bar.hide()
        try:
            tasks.reopen(self.ctx, task_id)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
        self.reload()

    def _clicked(self, model: TaskModel, index: QModelIndex) -> None:
        if index.column() != TaskModel.LINK:
            return
        target = link_target(model.row(index.row()))
        if target is not None:
            self.open_record.emit(*target)

    def _double_clicked(self, model: TaskModel, index: QModelIndex) -> None:
        if index.column() not in (TaskModel.DONE, TaskModel.LINK):
            self.edit_task(model.row(index.row())["id"])

    def new_task(self, initial: dict[str, Any] | None = None) -> TaskDialog:
        dialog = TaskDialog(self.ctx, initial=initial, parent=self)
        return open_kept(self, dialog)

    def edit_task(self, task_id: str) -> TaskDialog:
        dialog = TaskDialog(self.ctx, task_id, parent=self)
        return open_kept(self, dialog)
