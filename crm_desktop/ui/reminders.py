"""Reminders of due tasks: a small popup in the main window's corner, and the tray's balloon.

Every minute the notifier asks core which of the acting user's open tasks fell due
and were not reminded yet, shows them without blocking anyone's typing, and marks
them reminded (in the database: a task reminded on one machine is not reminded
again on another after a sync).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import tasks
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.ui.i18n import error_text
from crm_desktop.ui.intervention_format import shop_zone
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.support_format import LATE_COLOR, stored_moment
from crm_desktop.ui.task_dialog import TaskDialog, link_target, link_text
from crm_desktop.ui.widgets import error_label, open_kept

#: Distance of the popup from the window's bottom-right corner.
MARGIN = 16
#: At most this many tasks are listed; the rest are counted.
MAX_ROWS = 6
#: Width of a task's text in the popup, in pixels (beside its two buttons).
TEXT_WIDTH = 280


class ReminderRow(QWidget):
    """One due task in the popup: when, what, about whom, with Open and Done."""

    def __init__(self, row: dict[str, Any], when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task_id = str(row["id"])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        text = QVBoxLayout()
        text.setSpacing(0)
        title = row.get("title") or ""
        about = link_text(row)
        detail = f"{when} · {about}" if about else when
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setStyleSheet(f"color: {MUTED_COLOR};")
        for label, text_ in ((self.title, title), (self.detail, detail)):
            # Long names are cut with "…" (the whole text in the tooltip) so the card keeps its width.
            label.setText(label.fontMetrics().elidedText(text_, Qt.TextElideMode.ElideRight, TEXT_WIDTH))
            label.setToolTip(text_)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout.addLayout(text, 1)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.done_button = QPushButton(self.tr("Done"), self)
        for button in (self.open_button, self.done_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never steal the typing
            layout.addWidget(button)


class ReminderPopup(QFrame):
    """A frameless card over the bottom-right corner of its parent window; nothing modal."""

    open_requested = Signal(str)
    done_requested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reminderPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reminderPopup { background: #fffbeb; border: 1px solid #f59e0b; border-radius: 8px; }")
        self.setAutoFillBackground(True)
        self.rows: dict[str, ReminderRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setStyleSheet(f"color: {LATE_COLOR}; font-weight: 600;")
        top.addWidget(self.heading, 1)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close the reminder"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(2)
        layout.addLayout(self.list_layout)
        self.more = QLabel(self)
        self.more.setStyleSheet(f"color: {MUTED_COLOR};")
        self.more.hide()
        layout.addWidget(self.more)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.hidden_count = 0
        self.hide()
        parent.installEventFilter(self)

    def add(self, row: dict[str, Any], when: str) -> None:
        task_id = str(row["id"])
        if task_id in self.rows:
            return
        if len(self.rows) >= MAX_ROWS:
            self.hidden_count += 1
        else:
            item = ReminderRow(row, when, self)
            item.open_button.clicked.connect(lambda: self.open_requested.emit(task_id))
            item.done_button.clicked.connect(lambda: self.done_requested.emit(task_id))
            self.rows[task_id] = item
            self.list_layout.addWidget(item)
            item.show()  # now, not when the event loop next runs: the size below must count it
        self._update()

    def remove(self, task_id: str) -> None:
        item = self.rows.pop(task_id, None)
        if item is not None:
            item.hide()
            item.deleteLater()
        if not self.rows:
            self.dismiss()
        else:
            self._update()

    def dismiss(self) -> None:
        for item in self.rows.values():
            item.deleteLater()
        self.rows.clear()
        self.hidden_count = 0
        self.message.hide()
        self.hide()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._update()

    def _update(self) -> None:
        count = len(self.rows) + self.hidden_count
        self.heading.setText(self.tr("Tasks due ({n})").format(n=count))
        self.more.setText(self.tr("and {n} more on the Today page").format(n=self.hidden_count))
        self.more.setVisible(self.hidden_count > 0)
        self.show()
        self.raise_()
        layout = self.layout()
        layout.invalidate()
        layout.activate()
        width = min(480, max(320, self.parentWidget().width() - 2 * MARGIN))
        self.setFixedSize(width, max(self.sizeHint().height(), layout.minimumSize().height()))
        self.place()

    def place(self) -> None:
        parent = self.parentWidget()
        self.move(QPoint(max(0, parent.width() - self.width() - MARGIN),
                         max(0, parent.height() - self.height() - MARGIN)))

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if watched is self.parentWidget() and event.type() == event.Type.Resize and self.isVisible():
            self.place()
        return super().eventFilter(watched, event)


class ReminderNotifier(QObject):
    """Checks every ``interval_ms`` for the acting user's due tasks and shows each one once.

    ``open_record(kind, id)`` asks the main window to open a task's customer or record;
    a task linked to nothing opens in its TaskDialog here.
    """

    open_record = Signal(str, str)
    #: Tasks shown by a check (their ids), for whoever wants to know (tests, a badge).
    reminded = Signal(list)

    def __init__(self, ctx: Context, parent: QWidget, interval_ms: int = 60_000) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.zone = shop_zone(ctx)
        self.shown: set[str] = set()
        self.dialog: TaskDialog | None = None
        self.popup = ReminderPopup(parent)
        self.popup.open_requested.connect(self.open_task)
        self.popup.done_requested.connect(self.complete)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = parent.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()

    def _when(self, row: dict[str, Any]) -> str:
        moment = stored_moment(row.get("due_at"))
        if moment is None:
            return ""
        local = moment.toTimeZone(self.zone)
        return self.tr("due {day} {time}").format(day=local.toString("ddd d MMM"), time=local.time().toString("HH:mm"))

    def check_now(self) -> list[str]:
        """Show the tasks that fell due since the last check; returns their ids."""
        try:
            rows = [row for row in tasks.due_reminders(self.ctx.db, self.ctx.user.id, self.ctx.clock.now())
                    if str(row["id"]) not in self.shown]
        except CrmError:
            return []
        if not rows:
            return []
        ids = [str(row["id"]) for row in rows]
        self.shown.update(ids)
        for row in rows:
            self.popup.add(row, self._when(row))
        if self.tray is not None:
            titles = "\n".join(row["title"] for row in rows[:MAX_ROWS])
            self.tray.showMessage(self.tr("Tasks due ({n})").format(n=len(rows)), titles,
                                  QSystemTrayIcon.MessageIcon.Information)
        try:
            tasks.mark_reminded(self.ctx, ids)
        except CrmError as exc:
            self.popup.show_error(error_text(exc))
        self.reminded.emit(ids)
        return ids

    def open_task(self, task_id: str) -> None:
        """Its customer or record, through the main window; a task about nothing opens itself."""
        try:
            row = tasks.describe(self.ctx.db, task_id)
        except CrmError as exc:
            self.popup.show_error(error_text(exc))
            return
        target = link_target(row)
        self.popup.remove(task_id)
        if target is not None:
            self.open_record.emit(*target)
        else:
            open_kept(self, TaskDialog(self.ctx, task_id, parent=self.window))

    def complete(self, task_id: str) -> None:
        try:
            tasks.complete(self.ctx, task_id)
        except CrmError as exc:
            self.popup.show_error(error_text(exc))
            return
        self.popup.remove(task_id)

    def stop(self) -> None:
        """No more checks (the session ends: the database is about to close)."""
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
