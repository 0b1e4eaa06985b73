"""Making the support reports from the window: choose, create in the background, preview.

``SupportCostsDialog`` asks for the period (with the usual quick choices) and the
language, builds the "Support costs" PDF in a worker thread (a year of a large
database takes seconds: the window stays responsive, a progress bar shows how far
it is and Cancel stops it), then opens the preview, where the user saves or prints
it. ``show_ticket_report`` does the same for one ticket, which is quick enough to
build directly. The PDF is written to a temporary file in the data folder and
removed when the preview closes ("Save as PDF…" keeps a copy).
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import audit, support_report, tickets
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.settings import data_dir, load_local
from crm_desktop.reports.support_costs import build_support_costs
from crm_desktop.reports.ticket_report import build_ticket_report
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.pdf_preview import PdfPreviewDialog
from crm_desktop.ui.widgets import error_label, heading
from crm_desktop.ui.workers import Progress, Task, wait_for

LOGGER = logging.getLogger("crm_desktop")
REPORT_LANGUAGES = ("fr", "en")


def report_folder() -> Path:
    """Where reports are written before the user saves them (the data folder)."""
    folder = data_dir() / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def report_language(preferred: str | None) -> str:
    """``preferred`` when reports are written in it, else the application's language."""
    return preferred if preferred in REPORT_LANGUAGES else load_local().effective_language()


def temporary_pdf(stem: str) -> Path:
    """A new file name for a report to preview, in the reports folder."""
    return report_folder() / f"{stem}-{secrets.token_hex(4)}.pdf"


def forget_file(path: Path) -> None:
    """Remove a temporary report (already gone is fine)."""
    with contextlib.suppress(OSError):
        path.unlink()


def show_preview(path: Path, parent: QWidget | None, title: str, suggested_name: str, *,
                 ctx: Context | None = None, record: tuple[str, str] | None = None) -> None:
    """Show the PDF (save, print) and remove the temporary file once the preview is closed.

    Saving and printing go to the audit trail as the session's user (``ctx``, else the one of
    the window the preview opens over), about ``record`` (kind, id) when given.
    """
    preview = PdfPreviewDialog(path, parent, title=title, suggested_name=suggested_name)
    session = ctx or _session_of(parent)
    if session is not None:
        kind, record_id = record or (None, None)
        preview.saved.connect(lambda target: _note_print(session, kind, record_id, f"{title}: saved as {target}"))
        preview.printed.connect(lambda: _note_print(session, kind, record_id, f"{title}: printed"))
    try:
        preview.exec()
    finally:
        preview.deleteLater()
        forget_file(path)


def _note_print(ctx: Context, kind: str | None, record_id: str | None, detail: str) -> None:
    """Audit a saved or printed report; the document is out already, so a failed note is logged, not shown."""
    try:
        audit.record(ctx, "print", kind, record_id, detail)
    except (CrmError, sqlite3.Error):
        LOGGER.exception("could not add to the audit trail: %s", detail)


def _session_of(widget: QWidget | None) -> Context | None:
    """The working session of the window a widget belongs to (views and windows keep theirs as ``ctx``)."""
    while widget is not None:
        found = getattr(widget, "ctx", None)
        if isinstance(found, Context):
            return found
        widget = widget.parentWidget()
    return None


def _today(ctx: Context) -> date:
    return ctx.clock.now().astimezone().date()


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


#: The quick choices: (key, computes (start, end) from today).
QUICK: dict[str, Callable[[date], tuple[date, date]]] = {
    "this_year": lambda today: (date(today.year, 1, 1), today),
    "last_year": lambda today: (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
    "this_quarter": lambda today: (_quarter_start(today), today),
    "last_month": lambda today: ((today.replace(day=1) - timedelta(days=1)).replace(day=1),
                                 today.replace(day=1) - timedelta(days=1)),
}


class ReportTaskDialog(QDialog):
    """A report dialog that builds its PDF in a worker: the progress bar, forgetting the finished task, and
    closing while it runs (which cancels it and waits). The texts stay in each dialog (their own context)."""

    task: Task | None

    def make_progress(self) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _finished(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.deleteLater()

    def done(self, result: int) -> None:
        """Closing while a report is being made cancels it and waits for the worker to stop."""
        task = self.task
        if task is not None:
            task.cancel()
            wait_for(task)
        super().done(result)


class SupportCostsDialog(ReportTaskDialog):
    """Choose a period and a language, create the "Support costs" report, preview it."""

    #: The report was made (its temporary path); the preview opens right after.
    created = Signal(str)
    #: Making the report failed (the message shown) or was cancelled (an empty string).
    stopped = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self._suggested = ""
        self.setWindowTitle(self.tr("Support costs"))
        today = _today(ctx)

        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        self.quick_buttons: dict[str, QPushButton] = {}
        quick_row = QHBoxLayout()
        quick_row.setContentsMargins(0, 0, 0, 0)
        names = {"this_year": self.tr("This year"), "last_year": self.tr("Last year"),
                 "this_quarter": self.tr("This quarter"), "last_month": self.tr("Last month")}
        for key, text in names.items():
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=key: self.choose(k))
            quick_row.addWidget(button)
            self.quick_buttons[key] = button
        quick_row.addStretch(1)

        self.language = QComboBox()
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        preferred = load_local().effective_language()
        self.language.setCurrentIndex(max(0, self.language.findData(preferred)))

        self.period_error = error_label()
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        period = QVBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addLayout(dates)
        period.addLayout(quick_row)
        period.addWidget(self.period_error)
        period_widget = QWidget()
        period_widget.setLayout(period)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Period"), period_widget)
        form.addRow(self.tr("Language"), self.language)

        self.make_progress()

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.create_button.clicked.connect(self.create)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Support costs"), 1.3))
        intro = QLabel(self.tr("Time, parts and travel spent on tickets, per customer, category, "
                               "support level and technician, with the service levels kept."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.set_period(*QUICK["this_year"](today))

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        edit.dateChanged.connect(lambda _day: self.period_error.hide())
        return edit

    # -- the choices

    def set_period(self, start: date, end: date) -> None:
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))

    def period(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def choose(self, key: str) -> None:
        """Apply a quick choice ("this_year", "last_year", "this_quarter", "last_month")."""
        self.set_period(*QUICK[key](_today(self.ctx)))

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    # -- making the report

    def running(self) -> bool:
        return self.task is not None

    def create(self) -> None:
        """Check the period, then build the report in a worker thread."""
        if self.task is not None:
            return
        start, end = self.period()
        self.error.hide()
        try:
            support_report.check_period(start, end)
        except ValidationError as exc:
            self.period_error.setText(render(next(iter(exc.errors.values()))))
            self.period_error.show()
            return
        out = temporary_pdf("support-costs")
        lang, ctx = self.chosen_language(), self.ctx

        def job(progress: Progress) -> Path:
            with support_report.reader(ctx.db) as db:
                return build_support_costs(db, out, start, end, lang, ctx.clock, progress)

        stem = self.tr("support-costs")
        self._suggested = f"{stem}-{start.isoformat()}-{end.isoformat()}.pdf"
        task = Task(job, self.tr("Support costs"), self.tr("Creating the report…"), self, show_dialog=False)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self._cancelled(out))
        task.finished.connect(self._finished)
        self.task = task
        self._set_running(True)
        task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        for widget in (self.create_button, self.start_edit, self.end_edit, self.language,
                       *self.quick_buttons.values()):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.status.setText(self.tr("Creating the report…") if running else "")

    def _succeeded(self, path: object) -> None:
        self._set_running(False)
        self.created.emit(str(path))
        show_preview(Path(str(path)), self, self.tr("Support costs"), self._suggested)

    def _failed(self, error: object) -> None:
        self._set_running(False)
        if isinstance(error, CrmError):
            text = error_text(error)
        else:
            if isinstance(error, BaseException):
                LOGGER.error("support costs report failed", exc_info=(type(error), error, error.__traceback__))
            text = self.tr("The report could not be created. The details were written to the log file.")
        self.error.setText(text)
        self.error.show()
        self.stopped.emit(text)

    def _cancelled(self, out: Path) -> None:
        self._set_running(False)
        if self.task is not None and isinstance(self.task.result, Path):
            forget_file(out)  # it had finished before Cancel was seen
        self.status.setText(self.tr("Cancelled: no report was created."))
        self.stopped.emit("")



def show_ticket_report(ctx: Context, ticket_id: str, parent: QWidget | None = None,
                       lang: str | None = None) -> Path:
    """Build one ticket's report and open its preview (in the customer's language when known).

    A ticket's report is small (well under a second): it is built directly. Errors go
    to the caller (the window's error boundary shows them in one sentence).
    """
    language = report_language(lang or support_report.customer_language(ctx.db, ticket_id))
    out = temporary_pdf("ticket")
    build_ticket_report(ctx.db, out, ticket_id, language, ctx.clock)
    number = tickets.get(ctx.db, ticket_id)["number"]
    title = QCoreApplication.translate("SupportReports", "Ticket {number}").format(number=number)
    show_preview(out, parent, title, f"{number}.pdf", ctx=ctx, record=("ticket", ticket_id))
    return out
