"""Long work off the GUI thread, with a progress dialog and Cancel.

Core functions that take long (demo data, import, reports, sync) accept a
``progress(done, total) -> bool`` callback and stop when it returns False. A
``Task`` runs such a function in a QThread, shows a QProgressDialog, turns Cancel
into ``progress`` returning False, and delivers the outcome by signals on the GUI
thread: ``succeeded(result)``, ``failed(exception)`` or ``cancelled()``, then
``finished()`` in every case.

SQLite: the application's connection is opened with check_same_thread=False but
must never be used by two threads at once. A job that writes a lot (demo data)
opens its OWN connection to the same file inside the worker thread and closes it
when done; the views are refreshed afterwards.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], bool]
PROGRESS_INTERVAL_S = 0.03
Job = Callable[[Progress], Any]


class _Worker(QObject):
    """Lives in the worker thread; runs the job once."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._cancel = cancel
        self._last_emit = -PROGRESS_INTERVAL_S

    def _progress(self, done: int, total: int) -> bool:
        # At most ~30 updates a second reach the GUI thread, whatever the job's pace:
        # a job reporting every row must not flood the event queue.
        now = time.monotonic()
        if now - self._last_emit >= PROGRESS_INTERVAL_S or done >= total:
            self._last_emit = now
            self.progressed.emit(int(done), int(total))
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One job in one thread with its progress dialog; start() once."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        job: Job,
        title: str,
        label: str,
        parent: QWidget | None = None,
        show_dialog: bool = True,
        min_duration_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(job, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._done = False
        self._updating = False
        self._latest = (0, 0)
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(min_duration_ms)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog

    def start(self) -> None:
        if self.dialog is not None:
            self.dialog.setValue(0)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next progress call."""
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_done(self) -> bool:
        return self._done

    def _on_progress(self, done: int, total: int) -> None:
        # A modal QProgressDialog runs processEvents() inside setValue(): more
        # progress, and even the end of the job, can arrive re-entrantly here.
        self._latest = (done, total)
        if not self._updating:
            self._updating = True
            try:
                shown = None
                while self.dialog is not None and self._latest != shown and not self._cancel.is_set():
                    shown = self._latest
                    latest_done, latest_total = shown
                    self.dialog.setMaximum(max(latest_total, 0))
                    if latest_total > 0:
                        self.dialog.setValue(min(latest_done, latest_total))
            finally:
                self._updating = False
        self.progressed.emit(done, total)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._done = True
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_succeeded(self, result: object) -> None:
        if self._updating:  # inside the dialog's setValue(): end after it returns
            QTimer.singleShot(0, self, lambda: self._on_succeeded(result))
            return
        self._finish()
        self.result = result
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)
        self.finished.emit()

    def _on_failed(self, error: object) -> None:
        if self._updating:
            QTimer.singleShot(0, self, lambda: self._on_failed(error))
            return
        self._finish()
        if self._cancel.is_set():
            # the job stopped because we asked it to (e.g. demo.Cancelled)
            self.cancelled.emit()
        else:
            self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
            self.failed.emit(self.error)
        self.finished.emit()


def run_and_wait(task: Task) -> Task:
    """Start ``task`` and spin a local event loop until it ends (start-up work).

    Used before the main window exists (demo database, first run): the progress
    dialog stays responsive and Cancel works while the caller simply waits.
    """
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    task.start()
    if not task.is_done():
        loop.exec()
    return task


def wait_for(task: Task) -> None:
    """Spin a local event loop until ``task`` (started already) ends; return at once if it has."""
    if task.is_done():
        return
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    if not task.is_done():  # it may have ended in between
        loop.exec()


#: Tasks started by ``run_detached``, kept alive here rather than by their widget: closing a dialog or deleting a
#: view while its query runs must not destroy a running QThread (Qt aborts the process). Slots are bound methods
#: of the widget, which Qt disconnects when the widget goes.
_DETACHED: set[Task] = set()


def run_detached(task: Task) -> None:
    """Start ``task`` (made without a parent) and keep it alive until it has finished."""
    _DETACHED.add(task)
    task.finished.connect(lambda: _DETACHED.discard(task))
    task.start()
