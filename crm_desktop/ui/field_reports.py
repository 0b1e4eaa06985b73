"""The field service documents from the window: work orders, day sheets, the calendar export.

``show_work_order`` and ``show_day_sheet`` build the PDF in a worker thread (photos are
shrunk there: the window never freezes, and a progress dialog with Cancel appears if it
takes more than a moment), then open the preview where the user saves or prints it; the
temporary PDF is removed when the preview closes. ``DaySheetDialog`` asks for the
technician and the day first. ``CalendarExportDialog`` (``export_calendar``) writes the
booked interventions, of everyone or of one technician, to an .ics file that a phone or
mail program imports. It runs on a worker's connection, out of core's checks: the role's right to
export (``permissions.require_report(user, "icalendar")``) is checked before the dialog opens and
again before the file is written.

Reports read through a connection of their own (support_report.reader): the window's
connection never serves two threads at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import interventions, support_report, technicians, work_order_data
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.permissions import require_report
from crm_desktop.core.settings import load_local
from crm_desktop.interchange.icalendar_export import default_range, export_interventions
from crm_desktop.reports.day_sheet import build_day_sheet
from crm_desktop.reports.work_order import build_work_order
from crm_desktop.ui.errors import report_exception
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.intervention_format import shop_today
from crm_desktop.ui.report_dialog import report_language, temporary_pdf
from crm_desktop.ui.report_job import build_then_preview
from crm_desktop.ui.widgets import error_label, heading
from crm_desktop.ui.workers import Progress, Task, wait_for

LOGGER = logging.getLogger("crm_desktop")


def _build_then_preview(build: Callable[[Progress], Path], out: Path, parent: QWidget | None, title: str,
                        suggested_name: str) -> Path | None:
    return build_then_preview(build, out, parent, title,
                              QCoreApplication.translate("FieldReports", "Creating the document…"), suggested_name)


def show_work_order(ctx: Context, intervention_id: str, parent: QWidget | None = None,
                    lang: str | None = None) -> Path | None:
    """Build one intervention's work order (in the customer's language when known) and open its preview.

    Errors go to the caller (the window's error boundary shows them in one sentence);
    returns the temporary path (already removed), or None if the user cancelled.
    """
    language = report_language(lang or work_order_data.customer_language(ctx.db, intervention_id))
    number = interventions.get(ctx.db, intervention_id)["number"]
    out = temporary_pdf("work-order")

    def job(_progress: Progress) -> Path:
        with support_report.reader(ctx.db) as db:
            own = Context(db=db, user=ctx.user, clock=ctx.clock)
            return build_work_order(own, out, intervention_id, language, ctx.clock)

    title = QCoreApplication.translate("FieldReports", "Work order {number}").format(number=number)
    return _build_then_preview(job, out, parent, title, f"{number}.pdf")


def show_day_sheet(ctx: Context, technician_id: str, day: date, parent: QWidget | None = None,
                   lang: str | None = None) -> Path | None:
    """Build a technician's day sheet and open its preview (the application's language by default)."""
    language = report_language(lang)
    name = technicians.get(ctx.db, technician_id).name
    out = temporary_pdf("day-sheet")

    def job(_progress: Progress) -> Path:
        with support_report.reader(ctx.db) as db:
            return build_day_sheet(db, out, technician_id, day, language, ctx.clock)

    title = QCoreApplication.translate("FieldReports", "Day sheet of {name}").format(name=name)
    stem = QCoreApplication.translate("FieldReports", "day-sheet")
    return _build_then_preview(job, out, parent, title, f"{stem}-{name}-{day.isoformat()}.pdf")


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def _action_buttons(dialog: QDialog, text: str, act: Callable[[], object]) -> tuple[QDialogButtonBox, QPushButton,
                                                                                   QPushButton]:
    """The dialog's default button ``text`` (which calls ``act``) and Close; returns the box and both buttons."""
    buttons = QDialogButtonBox()
    action = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setDefault(True)
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    action.clicked.connect(act)
    close.clicked.connect(dialog.reject)
    return buttons, action, close


def _lay_out(dialog: QDialog, title: str, intro: str, form: QFormLayout, *below: QWidget) -> None:
    """The title, a sentence saying what the dialog makes, the form, then ``below`` (messages, buttons)."""
    label = QLabel(intro)
    label.setWordWrap(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(heading(title, 1.3))
    layout.addWidget(label)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)


class DaySheetDialog(QDialog):
    """Choose a technician and a day (today by default), then show that day's sheet."""

    #: The sheet was built and its preview closed (the technician's id and the ISO day).
    shown_sheet = Signal(str, str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Day sheet"))
        self.technician = QComboBox()
        for tech in technicians.list_technicians(ctx.db):
            self.technician.addItem(tech.name, tech.id)
        self.day = _date_edit(shop_today(ctx))
        self.language = QComboBox()
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(load_local().effective_language())))
        self.error = error_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Technician"), self.technician)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Language"), self.language)

        self.buttons, self.show_button, _close = _action_buttons(self, self.tr("Show"), self.show_sheet)
        _lay_out(self, self.tr("Day sheet"), self.tr("The technician's jobs of the day in order, with addresses, "
                                                     "contacts and the parts to load in the van."),
                 form, self.error, self.buttons)
        if self.technician.count() == 0:
            self.error.setText(self.tr("There is no technician yet: give a user the technician role first."))
            self.error.show()
            self.show_button.setEnabled(False)

    def chosen(self) -> tuple[str | None, date]:
        """The technician's id (None when there is none) and the day."""
        tech = self.technician.currentData()
        return (str(tech) if tech else None), self.day.date().toPython()

    def show_sheet(self) -> None:
        tech, day = self.chosen()
        if tech is None:
            return
        self.error.hide()
        try:
            made = show_day_sheet(self.ctx, tech, day, self, str(self.language.currentData()))
        except CrmError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        if made is not None:
            self.shown_sheet.emit(tech, day.isoformat())


class CalendarExportDialog(QDialog):
    """Booked interventions of everyone or one technician to an .ics file, for a calendar to import."""

    #: The file was written: its path and how many interventions it holds.
    exported = Signal(str, int)
    #: Writing failed: the message shown.
    failed = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.count: int | None = None
        self.setWindowTitle(self.tr("Export to a calendar"))
        self.technician = QComboBox()
        self.technician.addItem(self.tr("All technicians"), "")
        for tech in technicians.list_technicians(ctx.db):
            self.technician.addItem(tech.name, tech.id)
        first, last = default_range(shop_today(ctx))
        self.start_edit = _date_edit(first)
        self.end_edit = _date_edit(last)
        self.every_date = QCheckBox(self.tr("Every date"))
        self.every_date.toggled.connect(self._every_date_toggled)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        dates.addWidget(self.every_date)
        dates.addStretch(1)
        self.dates_error = error_label()

        self.path_edit = QLineEdit(str(self._default_path()))
        self.path_edit.setMinimumWidth(self.path_edit.fontMetrics().horizontalAdvance("x" * 48))
        self.path_edit.textEdited.connect(lambda _text: self.file_error.hide())
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.file_error = error_label()

        # Each message on a row of its own under its field: the row takes no room while it is hidden.
        form = QFormLayout()
        form.addRow(self.tr("Technician"), self.technician)
        form.addRow(self.tr("Days"), dates)
        form.addRow("", self.dates_error)
        form.addRow(self.tr("File"), file_row)
        form.addRow("", self.file_error)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self.buttons, self.export_button, self.close_button = _action_buttons(self, self.tr("Export"), self.export)
        _lay_out(self, self.tr("Export to a calendar"),
                 self.tr("Planned and done interventions as calendar events (an .ics file) that a phone, "
                         "Outlook or Thunderbird can import. Importing the file again updates the events."),
                 form, self.status, self.error, self.buttons)

    @staticmethod
    def _default_path() -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / "interventions.ics"

    def _every_date_toggled(self, every: bool) -> None:
        self.start_edit.setEnabled(not every)
        self.end_edit.setEnabled(not every)
        self.dates_error.hide()

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to a calendar"), self.path_edit.text(),
                                                      self.tr("iCalendar files (*.ics)"))
        if chosen:
            self.path_edit.setText(chosen)
            self.file_error.hide()

    def target(self) -> Path | None:
        """The file to write (".ics" added when it has no extension); None, with the reason shown, if unusable."""
        text = self.path_edit.text().strip()
        if not text:
            self._file_problem(self.tr("Choose the file to write."))
            return None
        path = Path(text).expanduser()
        if not path.suffix:
            path = path.with_name(path.name + ".ics")
        if path.is_dir():
            self._file_problem(self.tr("This is a folder: add the name of the file to write."))
            return None
        if not path.parent.is_dir():
            self._file_problem(self.tr("The folder {folder} does not exist.").format(folder=str(path.parent)))
            return None
        return path

    def _file_problem(self, text: str) -> None:
        self.file_error.setText(text)
        self.file_error.show()

    def running(self) -> bool:
        return self.task is not None

    def export(self) -> None:
        """Check the choices, then write the file in a worker thread."""
        if self.task is not None:
            return
        self.error.hide()
        self.status.setText("")
        try:
            require_report(self.ctx.user, "icalendar")
        except CrmError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.failed.emit(self.error.text())
            return
        out = self.target()
        if out is None:
            return
        every = self.every_date.isChecked()
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        if not every and end < start:
            self.dates_error.setText(self.tr("The last day comes before the first: choose the days again."))
            self.dates_error.show()
            return
        tech = str(self.technician.currentData() or "") or None
        ctx, lang = self.ctx, load_local().effective_language()

        def job(_progress: Progress) -> int:
            with support_report.reader(ctx.db) as db:
                return export_interventions(db, out, tech, start, end, all_dates=every, lang=lang, clock=ctx.clock)

        task = Task(job, self.tr("Export to a calendar"), self.tr("Writing the calendar…"), self,
                    show_dialog=False)
        task.succeeded.connect(lambda count: self._succeeded(out, int(count)))
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self.task = task
        self._set_running(True)
        task.start()

    def _set_running(self, running: bool) -> None:
        for widget in (self.export_button, self.technician, self.path_edit, self.choose_button, self.every_date):
            widget.setEnabled(not running)
        every = self.every_date.isChecked()
        self.start_edit.setEnabled(not running and not every)
        self.end_edit.setEnabled(not running and not every)
        if running:
            self.status.setText(self.tr("Writing the calendar…"))

    def _succeeded(self, out: Path, count: int) -> None:
        self._set_running(False)
        self.count = count
        if count == 0:
            text = self.tr("No planned intervention in these days: {path} holds no event.")
        elif count == 1:
            text = self.tr("1 intervention was written to {path}.")
        else:
            text = self.tr("{count} interventions were written to {path}.")
        self.status.setText(text.format(count=count, path=str(out)))
        self.exported.emit(str(out), count)

    def _failed(self, error: object) -> None:
        self._set_running(False)
        self.status.setText("")
        if isinstance(error, ValidationError):
            text = render(next(iter(error.errors.values())))
        elif isinstance(error, CrmError):
            text = error_text(error)
        elif isinstance(error, OSError):
            text = self.tr("The file could not be written: {reason}").format(reason=error.strerror or str(error))
        else:
            if isinstance(error, BaseException):
                LOGGER.error("calendar export failed", exc_info=(type(error), error, error.__traceback__))
            text = self.tr("The calendar could not be written. The details were written to the log file.")
        self.error.setText(text)
        self.error.show()
        self.failed.emit(text)

    def _finished(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.deleteLater()

    def done(self, result: int) -> None:
        """Closing while the file is being written waits for the worker (a few moments at most)."""
        if self.task is not None:
            wait_for(self.task)
        super().done(result)


def export_calendar(ctx: Context, parent: QWidget | None = None) -> int | None:
    """Open the calendar export dialog; how many interventions the last file written holds, or None.

    A role that may not export is told why (errors.report_exception: a short box) and no dialog opens."""
    try:
        require_report(ctx.user, "icalendar")
    except CrmError as exc:
        report_exception(exc)
        return None
    dialog = CalendarExportDialog(ctx, parent)
    try:
        dialog.exec()
        return dialog.count
    finally:
        dialog.deleteLater()
