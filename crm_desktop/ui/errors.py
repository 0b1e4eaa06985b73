"""The last line of defence: unexpected errors are logged, the user gets one sentence.

DESIGN.md: errors a user can fix are shown next to what caused them (the views do
that); everything else is a bug. A bug is written with its traceback to
``<data folder>/crm-desktop.log`` and the user sees a short message saying where
the details are — never the traceback itself.

``install()`` replaces ``sys.excepthook`` (PySide6 reports exceptions raised in
slots and virtual overrides through it) and ``threading.excepthook``. Errors from
other threads reach the GUI thread through a queued signal before a box is shown.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from functools import wraps
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.core import faults
from crm_desktop.core.errors import CrmError
from crm_desktop.ui.i18n import error_text

LOG_NAME = "crm-desktop.log"
LOGGER = logging.getLogger("crm_desktop")

P = ParamSpec("P")
R = TypeVar("R")


def log_path(data_folder: Path) -> Path:
    return data_folder / LOG_NAME


def configure_logging(data_folder: Path) -> Path:
    """Send the application's log to a rotating file in the data folder."""
    path = log_path(data_folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    for handler in LOGGER.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    return path


class ErrorReporter(QObject):
    """Logs an exception and shows a short, non-blocking message box."""

    _show = Signal(str, bool)

    def __init__(self, data_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = configure_logging(data_folder)
        self.last_message = ""
        self._boxes: list[QMessageBox] = []
        self._show.connect(self._show_box, Qt.ConnectionType.QueuedConnection)

    def report(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Log ``exc`` (with traceback for bugs) and tell the user in one sentence."""
        if isinstance(exc, CrmError):
            LOGGER.info("user-facing error: %s", exc)
            self._show.emit(error_text(exc), False)
            return
        storage = faults.explain(exc)
        if storage is not None:  # a full disk, a busy or damaged database: not a bug, but worth its traceback
            LOGGER.warning("storage failure: %s", exc, exc_info=(exc_type, exc, tb))
            self._show.emit(error_text(storage), False)
            return
        LOGGER.error("unexpected error", exc_info=(exc_type, exc, tb))
        text = QCoreApplication.translate(
            "ErrorReporter",
            "Something went wrong and the last action may not have completed.\n"
            "The details were written to {path}.",
        ).format(path=self.log_file)
        self._show.emit(text, True)

    def _show_box(self, text: str, is_bug: bool) -> None:
        self.last_message = text
        if QApplication.instance() is None:
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical if is_bug else QMessageBox.Icon.Warning,
            QCoreApplication.translate("ErrorReporter", "CRM Desktop"),
            text,
            QMessageBox.StandardButton.Ok,
            parent if isinstance(parent, QWidget) else None,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, b=box: self._forget(b))
        self._boxes.append(box)
        box.open()

    def _forget(self, box: QMessageBox) -> None:
        if box in self._boxes:
            self._boxes.remove(box)

    def open_boxes(self) -> list[QMessageBox]:
        return list(self._boxes)


_reporter: ErrorReporter | None = None
_previous: list[tuple[object, object]] = []


def install(data_folder: Path) -> ErrorReporter:
    """Route uncaught exceptions (GUI and worker threads) to an ErrorReporter."""
    global _reporter
    reporter = ErrorReporter(data_folder, QCoreApplication.instance())
    _reporter = reporter

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        reporter.report(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            reporter.report(args.exc_type, args.exc_value, args.exc_traceback)

    _previous.append((sys.excepthook, threading.excepthook))
    sys.excepthook = hook
    threading.excepthook = thread_hook
    return reporter


def uninstall() -> None:
    """Restore the hooks that were there before install() (tests, end of session)."""
    global _reporter
    if _previous:
        previous_hook, previous_thread_hook = _previous.pop()
        sys.excepthook = previous_hook  # type: ignore[assignment]
        threading.excepthook = previous_thread_hook  # type: ignore[assignment]
    if _reporter is not None:
        _reporter.deleteLater()
    _reporter = None


def error_boundary(func: Callable[P, R]) -> Callable[P, R | None]:
    """Decorate a slot so that an exception is reported instead of escaping into Qt."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return func(*args, **kwargs)
        except Exception:
            exc_type, exc, tb = sys.exc_info()
            assert exc_type is not None and exc is not None
            if _reporter is not None:
                _reporter.report(exc_type, exc, tb)
                return None
            raise

    return wrapper


def report_exception(exc: BaseException) -> None:
    """Report an exception caught by a caller (worker failures, for instance)."""
    if _reporter is not None:
        _reporter.report(type(exc), exc, exc.__traceback__)
    else:
        LOGGER.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))


def current_reporter() -> ErrorReporter | None:
    return _reporter

