"""The "Tasks" tab of a person's or a company's page: their follow-ups, open ones first.

A follow-up planned from the customer's page is linked to them, so it shows here, on
the Today page of whoever must do it, and on the customer's timeline once done.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from crm_desktop.core import permissions, tasks
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.permissions import Perm
from crm_desktop.ui.i18n import error_text
from crm_desktop.ui.intervention_format import shop_today
from crm_desktop.ui.record_form import message_line
from crm_desktop.ui.task_dialog import TaskDialog
from crm_desktop.ui.tasks_view import TaskModel

#: Changes that may alter the list.
TASK_TABLES = frozenset({"tasks", "users"})


class CustomerTasksPanel(QWidget):
    """A customer's tasks: tick done, double-click to edit, "New task…" linked to them."""

    counted = Signal(int)

    def __init__(self, ctx: Context, company_id: str | None = None, person_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = person_id
        self.company_id: str | None = None if person_id else company_id
        self.model = TaskModel(ctx, show_day=True, parent=self)
        self.model.tick_requested.connect(self.tick)
        self.table = QTableView(self)
        self.table.setObjectName("customerTasks")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TaskModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TaskModel.DONE, 52), (TaskModel.DUE, 130), (TaskModel.LINK, 200),
                              (TaskModel.ASSIGNEE, 130)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(self._edit)
        self.new_button = QPushButton(self.tr("New task…"), self)
        self.new_button.setEnabled(permissions.allowed(ctx.user.role, Perm.TASK_WRITE))
        self.new_button.clicked.connect(self.new_task)
        self.empty = QLabel(self.tr("No follow-up planned with this customer."), self)
        self.message = message_line(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.refresh()

    def set_owner(self, *, company_id: str | None = None, person_id: str | None = None) -> None:
        self.person_id = person_id
        self.company_id = None if person_id else company_id
        self.refresh()

    def today(self) -> date:
        return shop_today(self.ctx)

    def refresh(self) -> None:
        rows = tasks.for_customer(self.ctx.db, self.company_id, self.person_id)
        self.model.set_rows(rows, self.today())
        self.empty.setVisible(not rows)
        self.new_button.setVisible(bool(self.person_id or self.company_id))
        self.counted.emit(len(rows))

    def count(self) -> int:
        return self.model.rowCount()

    def open_count(self) -> int:
        return sum(1 for row in self.model.rows if not row.get("done_at"))

    def tab_title(self) -> str:
        n = self.open_count()
        return self.tr("Tasks ({n})").format(n=n) if n else self.tr("Tasks")

    def new_task(self) -> None:
        initial = {"person_id": self.person_id} if self.person_id else {"company_id": self.company_id}
        if TaskDialog(self.ctx, None, initial, self).exec():
            self.refresh()

    def _edit(self, index: QModelIndex) -> None:
        editing = index.isValid() and index.column() != TaskModel.DONE
        if editing and TaskDialog(self.ctx, self.model.row(index.row())["id"], None, self).exec():
            self.refresh()

    def tick(self, task_id: str, done: bool) -> None:
        self.message.hide()
        try:
            if done:
                tasks.complete(self.ctx, task_id)
            else:
                tasks.reopen(self.ctx, task_id)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
        self.refresh()
