"""Sync in the window: the job runner, the status-bar widget and the warning banner.

``SyncController`` runs one sync at a time in a worker thread (``app.sync_job``
opens its own connection to the database file) with progress and Cancel shown in
the status bar, so the window stays usable. The main window decides when to sync
(the Sync action, the automatic timer) and what to show afterwards.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QEventLoop, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from crm_desktop.ui.workers import Job, Task

# Builds the worker job: (database file, shared folder) -> job.
JobFactory = Callable[[Path, Path], Job]


def wall_ms() -> int:
    """The wall clock in milliseconds (what sync stamps its last run with)."""
    return int(time.time() * 1000)


def default_job(clock_ms: Callable[[], int] | None = None) -> JobFactory:
    def make(database: Path, folder: Path) -> Job:
        from crm_desktop.app import sync_job

        return sync_job(database, folder, clock_ms)

    return make


class SyncController(QObject):
    """Runs sync jobs off the GUI thread, never two at once."""

    started = Signal()
    progressed = Signal(int, int)
    # The SyncReport of a sync that ran to the end.
    succeeded = Signal(object)
    # The exception that stopped a sync.
    failed = Signal(object)
    cancelled = Signal()
    # After succeeded, failed or cancelled: always.
    finished = Signal()

    def __init__(self, database_path: Path, job_factory: JobFactory | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database_path = database_path
        self._job_factory = job_factory or default_job()
        self.task: Task | None = None
        # True while the sync in progress was started by the timer (no dialogs then).
        self.automatic = False

    def running(self) -> bool:
        return self.task is not None

    def start(self, folder: Path, automatic: bool = False) -> bool:
        """Start syncing with ``folder``; False when a sync is already running."""
        if self.task is not None:
            return False
        self.automatic = automatic
        task = Task(self._job_factory(self.database_path, folder), "", "", None, show_dialog=False)
        task.setParent(self)  # deleted by Qt after it finished, never from inside its own signal
        task.progressed.connect(self.progressed)
        task.succeeded.connect(self.succeeded)
        task.failed.connect(self.failed)
        task.cancelled.connect(lambda: self._cancelled(task))
        task.finished.connect(self._finished)
        self.task = task
        self.started.emit()
        task.start()
        return True

    def cancel(self) -> None:
        """Stop at the next bundle; what was applied is kept."""
        if self.task is not None:
            self.task.cancel()

    def wait(self) -> None:
        """Cancel and wait for the worker to stop (the window is closing)."""
        task = self.task
        if task is None:
            return
        loop = QEventLoop()
        task.finished.connect(loop.quit)
        task.cancel()
        if not task.is_done():
            loop.exec()

    def _cancelled(self, task: Task) -> None:
        if task.result is not None:  # it had run to the end before Cancel was seen
            self.succeeded.emit(task.result)
        else:
            self.cancelled.emit()

    def _finished(self) -> None:
        task, self.task = self.task, None
        self.finished.emit()
        if task is not None:
            task.deleteLater()


class SyncStatus(QWidget):
    """The status-bar part of sync: progress and Cancel while it runs, then when it
    last ran, how many changes wait to go out, and the open conflicts (a button)."""

    cancel_requested = Signal()
    conflicts_clicked = Signal()
    setup_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.progress = QProgressBar()
        self.progress.setFixedSize(120, 14)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self.tr("Syncing…"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the sync; what was already received is kept"))
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.last_label = QLabel()
        self.last_label.setObjectName("lastSync")
        self.last_label.linkActivated.connect(lambda _link: self.setup_clicked.emit())
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingOut")
        self.pending_label.setToolTip(self.tr(
            "Changes made on this computer that have not been written to the shared folder yet"))
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("conflictsButton")
        self.conflicts_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.conflicts_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setToolTip(self.tr("Show the conflicts to resolve"))
        self.conflicts_button.clicked.connect(self.conflicts_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(8)
        for widget in (self.progress_label, self.progress, self.cancel_button, self.last_label,
                       self.pending_label, self.conflicts_button):
            widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.set_running(False)
        self.conflicts_button.hide()
        self.pending_label.hide()

    def set_running(self, running: bool) -> None:
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.setVisible(running)
        self.last_label.setVisible(not running)
        if running:
            self.progress.setRange(0, 0)  # busy until the job says how much there is
            self.cancel_button.setEnabled(True)

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def cancelling(self) -> None:
        self.progress_label.setText(self.tr("Cancelling…"))
        self.cancel_button.setEnabled(False)

    def relative_text(self, last_sync: datetime | None, now_ms: int) -> str:
        if last_sync is None:
            return self.tr("Never synced")
        minutes = max(0, (now_ms - int(last_sync.timestamp() * 1000)) // 60_000)
        if minutes < 1:
            return self.tr("Synced just now")
        if minutes < 60:
            return self.tr("Synced {n} min ago").format(n=minutes)
        if minutes < 24 * 60:
            return self.tr("Synced {n} h ago").format(n=minutes // 60)
        moment = QDateTime.fromMSecsSinceEpoch(int(last_sync.timestamp() * 1000)).toLocalTime()
        return self.tr("Last synced on {date}").format(
            date=QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat))

    def show_state(self, *, configured: bool, folder: str, last_sync: datetime | None, pending: int,
                   conflicts: int, now_ms: int) -> None:
        """What the status bar says when no sync runs."""
        self.progress_label.setText(self.tr("Syncing…"))
        locale = QLocale()
        if configured or last_sync is not None:
            self.last_label.setText(self.relative_text(last_sync, now_ms))
            tips = []
            if last_sync is not None:
                moment = QDateTime.fromMSecsSinceEpoch(int(last_sync.timestamp() * 1000)).toLocalTime()
                tips.append(self.tr("Last sync: {when}").format(
                    when=locale.toString(moment, QLocale.FormatType.LongFormat)))
            tips.append(self.tr("Shared folder: {path}").format(path=folder) if folder
                        else self.tr("No shared folder is set"))
            self.last_label.setToolTip("\n".join(tips))
        else:
            self.last_label.setText(self.tr('<a href="setup">Set up sync…</a>'))
            self.last_label.setToolTip(self.tr("Choose a shared folder to sync with your other computers"))
        self.pending_label.setText(self.tr("To send: {n}").format(n=locale.toString(pending)))
        self.pending_label.setVisible(configured and pending > 0)
        self.conflicts_button.setText(self.tr("Conflicts: {n}").format(n=locale.toString(conflicts)))
        self.conflicts_button.setVisible(conflicts > 0)


class SyncBanner(QFrame):
    """Warnings after a sync (a clock far ahead, damaged files) above the areas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncBanner")
        self.setStyleSheet(
            "QFrame#syncBanner { background: #fff8e1; border: 1px solid #e0b400; border-radius: 4px; }"
            " QFrame#syncBanner QLabel { color: #5d4400; }"
        )
        self.icon = QLabel()
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_lines(self, lines: list[str]) -> None:
        self.label.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


def clock_ahead(warning: str) -> tuple[str, int] | None:
    """(machine code, milliseconds ahead) of a "clock-ahead:<code>:<ms>" warning, else None."""
    kind, _, rest = warning.partition(":")
    code, _, ms = rest.rpartition(":")
    if kind != "clock-ahead" or not code:
        return None
    try:
        return code, int(ms)
    except ValueError:
        return None
