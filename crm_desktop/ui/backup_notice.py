"""The notice that the last automatic backup failed, shown once at the next start (status bar).

The automatic backup runs when CRM Desktop closes, when nobody is there to read a message; its failure is
kept in this computer's settings (core/backup.note_failure) and shown here at the next start, with the
reason and a "Back up now" button. A backup that succeeds (this one or the next automatic one) clears it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from crm_desktop.core.backup import BackupFailure
from crm_desktop.core.errors import CrmError
from crm_desktop.ui.i18n import error_text
from crm_desktop.ui.record_form import ERROR_COLOR
from crm_desktop.ui.support_format import moment_text
from crm_desktop.ui.workers import Task

#: The job that backs up now (a worker, its own connection); it returns the backup's path.
BackupJob = Callable[[Callable[[int, int], bool]], Any]


class ElidedLabel(QLabel):
    """One line that ends in "…" when the status bar is too narrow (the whole text is its tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(self.width(), 40)))


class BackupNotice(QFrame):
    """"The automatic backup of <when> failed: <why>" with Back up now and a close button."""

    #: A backup was made from here: its path.
    backed_up = Signal(str)
    #: Back up now failed too: the reason shown.
    failed = Signal(str)

    def __init__(self, failure: BackupFailure, job: BackupJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.task: Task | None = None
        self.setObjectName("backupNotice")
        self.setStyleSheet(f"QFrame#backupNotice {{ background: #fdecea; border: 1px solid {ERROR_COLOR}; "
                           f"border-radius: 4px; }} QFrame#backupNotice QLabel {{ color: {ERROR_COLOR}; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        self.label = ElidedLabel(self)
        self.label.setObjectName("backupNoticeText")
        self.button = QPushButton(self.tr("Back up now"), self)
        self.button.setObjectName("backUpNow")
        self.button.clicked.connect(self.back_up_now)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Hide this notice"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self._say(self.tr("The automatic backup of {when} failed: {reason}").format(
            when=moment_text(failure.at), reason=error_text(failure.error())))

    def _say(self, text: str) -> None:
        self.label.set_full_text(text)

    def back_up_now(self) -> Task:
        """Run the backup in a worker; the notice then says where it went, or why it failed again."""
        self.button.setEnabled(False)
        task = Task(self.job, self.tr("Back up now"), self.tr("Backing up the database…"), self.window())
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        task.finished.connect(lambda: self.button.setEnabled(True))
        self.task = task
        task.start()
        return task

    def _done(self, path: object) -> None:
        self._say(self.tr("Backed up to {path}.").format(path=str(path)))
        self.setStyleSheet("QFrame#backupNotice { background: #ecfdf3; border: 1px solid #166534; "
                           "border-radius: 4px; } QFrame#backupNotice QLabel { color: #166534; }")
        self.button.hide()
        self.backed_up.emit(str(path))

    def _failed(self, exc: object) -> None:
        if not isinstance(exc, CrmError):
            raise exc  # a bug: the error reporter logs it
        text = self.tr("Back up now failed: {reason}").format(reason=error_text(exc))
        self._say(text)
        self.failed.emit(text)
