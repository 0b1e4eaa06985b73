"""The Reports menu's dialog: the management reports, made in the background and previewed.

Choose a report (management, profitability, retention, or one customer's sheet), a
period (a relative one such as "This year", which a saved report recomputes each time it
is run, or two dates), the language and, for the sheet, the customer. "Create" builds the
PDF in a worker thread (a year of a large database takes seconds: progress and Cancel),
then opens the preview, which saves it as PDF or prints it. "Save these settings" keeps
the choices under a name (core.saved_reports); a saved report runs again in one click.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import companies, customer_keys, saved_reports, support_report
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.settings import load_local
from crm_desktop.reports.customer_sheet import build_customer_sheet
from crm_desktop.reports.management import build_management
from crm_desktop.reports.profitability import build_profitability
from crm_desktop.reports.retention import build_retention
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.intervention_format import shop_today
from crm_desktop.ui.report_dialog import ReportTaskDialog, forget_file, show_preview, temporary_pdf
from crm_desktop.ui.widgets import error_label, heading
from crm_desktop.ui.workers import Progress, Task

LOGGER = logging.getLogger("crm_desktop")

#: The reports of a period, by key: what builds them.
PERIOD_REPORTS: dict[str, Callable[..., Path]] = {
    "management": build_management,
    "profitability": build_profitability,
    "retention": build_retention,
}
CUSTOMER = "customer"
#: The relative periods (keys of core.saved_reports.resolve_period), then two dates ("custom").
PERIODS = ("this_year", "last_year", "this_quarter", "last_quarter", "this_month", "last_month",
           "last_12_months", "custom")


class ManagementReportsDialog(ReportTaskDialog):
    """Choose a management report and its settings, create it, preview it; save and re-run settings."""

    #: The report was made (its temporary path); the preview opens right after.
    created = Signal(str)
    #: Making the report failed (the message shown) or was cancelled (an empty string).
    stopped = Signal(str)
    #: The list of saved reports changed (one saved or deleted).
    saved_changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None, customer_key: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self._suggested = ""
        self._title = ""
        self._customer_key: str | None = None
        self.setWindowTitle(self.tr("Reports"))
        self.setMinimumWidth(560)

        self.report = QComboBox()
        for key, text in ((("management", self.tr("Management report")),
                           ("profitability", self.tr("Customer profitability")),
                           ("retention", self.tr("Customer retention")),
                           (CUSTOMER, self.tr("Customer sheet")))):
            self.report.addItem(text, key)
        self.report.currentIndexChanged.connect(self._report_changed)

        self.period = QComboBox()
        names = {"this_year": self.tr("This year"), "last_year": self.tr("Last year"),
                 "this_quarter": self.tr("This quarter"), "last_quarter": self.tr("Last quarter"),
                 "this_month": self.tr("This month"), "last_month": self.tr("Last month"),
                 "last_12_months": self.tr("Last 12 months"), "custom": self.tr("Dates…")}
        for key in PERIODS:
            self.period.addItem(names[key], key)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.period)
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        self.period_row = QWidget()
        self.period_row.setLayout(dates)
        self.period_error = error_label()

        self.language = QComboBox()
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(load_local().effective_language())))

        self.customer = QLineEdit()
        hint = self.tr("Exact name or id of a company or person")
        self.customer.setPlaceholderText(hint)
        self.customer.setMinimumWidth(self.customer.fontMetrics().horizontalAdvance("x" * 40))
        self.customer.textEdited.connect(self._customer_edited)
        self.customer_error = error_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Report"), self.report)
        self.period_label = QLabel(self.tr("Period"))
        form.addRow(self.period_label, self.period_row)
        form.addRow("", self.period_error)
        self.customer_label = QLabel(self.tr("Customer"))
        form.addRow(self.customer_label, self.customer)
        form.addRow("", self.customer_error)
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

        # Saved settings: a name and "Save these settings", then the list to run again or delete.
        self.save_name = QLineEdit()
        name_hint = self.tr("Name of these settings")
        self.save_name.setPlaceholderText(name_hint)
        self.save_button = QPushButton(self.tr("Save these settings"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_settings)
        save_row = QHBoxLayout()
        save_row.setContentsMargins(0, 0, 0, 0)
        save_row.addWidget(self.save_name, 1)
        save_row.addWidget(self.save_button)
        self.save_error = error_label()
        self.saved = QListWidget()
        self.saved.setMinimumHeight(70)
        self.saved.setMaximumHeight(150)
        self.saved.itemActivated.connect(lambda _item: self.run_saved())
        self.saved.currentRowChanged.connect(lambda _row: self._saved_selection(self.running()))
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setAutoDefault(False)
        self.run_button.clicked.connect(self.run_saved)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_saved)
        saved_buttons = QHBoxLayout()
        saved_buttons.setContentsMargins(0, 0, 0, 0)
        saved_buttons.addWidget(self.run_button)
        saved_buttons.addWidget(self.delete_button)
        saved_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reports"), 1.3))
        intro = QLabel(self.tr("The dashboard on paper, customers ranked by what they bring, who stays and who "
                               "drifts away, or everything about one customer. Preview, save as PDF or print."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addWidget(self.save_error)
        layout.addWidget(heading(self.tr("Saved reports"), 1.05))
        layout.addWidget(self.saved)
        layout.addLayout(saved_buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.set_period("this_year")
        if customer_key:
            self.choose_customer(customer_key)
            self.report.setCurrentIndex(self.report.findData(CUSTOMER))
        self._report_changed()
        self.refresh_saved()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        edit.dateChanged.connect(lambda _day: self.period_error.hide())
        return edit

    # -- the choices

    def chosen_report(self) -> str:
        return str(self.report.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_period(self) -> str:
        return str(self.period.currentData())

    def set_period(self, key: str, start: date | None = None, end: date | None = None) -> None:
        """A relative period ("this_year"…) shows its dates; "custom" takes ``start`` and ``end``."""
        self.period.setCurrentIndex(max(0, self.period.findData(key)))
        if key == "custom" and start is not None and end is not None:
            self._show_dates(start, end)
        self._period_changed()

    def dates(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def _show_dates(self, start: date, end: date) -> None:
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))

    def _period_changed(self) -> None:
        key = self.chosen_period()
        custom = key == "custom"
        if not custom:
            self._show_dates(*saved_reports.relative_period(key, shop_today(self.ctx)))
        self.start_edit.setEnabled(custom and not self.running())
        self.end_edit.setEnabled(custom and not self.running())
        self.period_error.hide()

    def _report_changed(self) -> None:
        sheet = self.chosen_report() == CUSTOMER
        for widget in (self.period_label, self.period_row):
            widget.setVisible(not sheet)
        for widget in (self.customer_label, self.customer):
            widget.setVisible(sheet)
        if not sheet:
            self.customer_error.hide()
        else:
            self.period_error.hide()

    def choose_customer(self, key: str) -> None:
        """Preset the sheet's customer (from a customer's page): their name in the field."""
        name = customer_keys.name(self.ctx.db, key)
        self.customer.setText(name)
        self._customer_key = key

    def _customer_edited(self, _text: str) -> None:
        self._customer_key = None
        self.customer_error.hide()

    def params(self) -> dict[str, Any]:
        """The current choices as saved with a report (core.saved_reports)."""
        out: dict[str, Any] = {"lang": self.chosen_language()}
        if self.chosen_report() == CUSTOMER:
            key = self._resolve_customer(show=False)
            if key:
                out["id"] = key
        elif self.chosen_period() == "custom":
            start, end = self.dates()
            out.update({"from": start.isoformat(), "to": end.isoformat()})
        else:
            out["period"] = self.chosen_period()
        return out

    def apply(self, report: str, params: dict[str, Any]) -> None:
        """Show saved choices in the form."""
        self.report.setCurrentIndex(max(0, self.report.findData(report)))
        self.language.setCurrentIndex(max(0, self.language.findData(params.get("lang") or "fr")))
        period = params.get("period")
        if period in saved_reports.PERIODS:
            self.set_period(str(period))
        elif report != CUSTOMER:
            start, end = saved_reports.resolve_period(params, shop_today(self.ctx))
            today = shop_today(self.ctx)
            self.set_period("custom", start or date(today.year, 1, 1), end or today)
        if params.get("id"):
            try:
                self.choose_customer(str(params["id"]))
            except CrmError:
                self.customer.setText("")
                self._customer_key = None

    # -- checks

    def _resolve_customer(self, show: bool = True) -> str | None:
        if self._customer_key:
            return self._customer_key
        try:
            key = companies.find_customer(self.ctx.db, self.customer.text())
        except CrmError as exc:
            if show:
                self.customer_error.setText(error_text(exc))
                self.customer_error.show()
            return None
        self._customer_key = key
        return key

    def _checked_period(self) -> tuple[date, date] | None:
        start, end = self.dates()
        try:
            support_report.check_period(start, end)
        except ValidationError as exc:
            self.period_error.setText(render(next(iter(exc.errors.values()))))
            self.period_error.show()
            return None
        return start, end

    # -- making the report

    def running(self) -> bool:
        return self.task is not None

    def create(self) -> None:
        """Check the choices, then build the report in a worker thread (the preview opens when done)."""
        if self.task is not None:
            return
        self.error.hide()
        self.status.setText("")
        report, lang, ctx = self.chosen_report(), self.chosen_language(), self.ctx
        if report == CUSTOMER:
            key = self._resolve_customer()
            if key is None:
                return
            name = customer_keys.name(ctx.db, key)
            out = temporary_pdf("customer")
            self._title = self.tr("Customer sheet")
            self._suggested = self.tr("customer-sheet-{name}.pdf").format(name=name)

            def job(_progress: Progress) -> Path:
                with support_report.reader(ctx.db) as db:
                    own = Context(db=db, user=ctx.user, clock=ctx.clock)
                    return build_customer_sheet(own, out, key, lang, ctx.clock)
        else:
            period = self._checked_period()
            if period is None:
                return
            start, end = period
            build = PERIOD_REPORTS[report]
            out = temporary_pdf(report)
            self._title = self.report.currentText()
            self._suggested = f"{self._title}-{start.isoformat()}-{end.isoformat()}.pdf"

            def job(progress: Progress) -> Path:
                with support_report.reader(ctx.db) as db:
                    return build(db, out, start, end, lang, ctx.clock, progress)

        task = Task(job, self._title, self.tr("Creating the report…"), self, show_dialog=False)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(lambda error: self._failed(error, out))
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
        for widget in (self.create_button, self.report, self.period, self.language, self.customer, self.run_button,
                       self.save_button, self.delete_button, self.saved):
            widget.setEnabled(not running)
        custom = self.chosen_period() == "custom"
        self.start_edit.setEnabled(not running and custom)
        self.end_edit.setEnabled(not running and custom)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.status.setText(self.tr("Creating the report…") if running else "")
        self._saved_selection(running)

    def _succeeded(self, path: object) -> None:
        self._set_running(False)
        self.created.emit(str(path))
        show_preview(Path(str(path)), self, self._title, self._suggested)

    def _failed(self, error: object, out: Path) -> None:
        self._set_running(False)
        forget_file(out)
        if isinstance(error, CrmError):
            text = error_text(error)
        else:
            if isinstance(error, BaseException):
                LOGGER.error("management report failed", exc_info=(type(error), error, error.__traceback__))
            text = self.tr("The report could not be created. The details were written to the log file.")
        self.error.setText(text)
        self.error.show()
        self.stopped.emit(text)

    def _cancelled(self, out: Path) -> None:
        self._set_running(False)
        forget_file(out)
        self.status.setText(self.tr("Cancelled: no report was created."))
        self.stopped.emit("")


    # -- saved reports

    def refresh_saved(self) -> None:
        self.saved.clear()
        for item in saved_reports.all_saved(self.ctx.db):
            row = QListWidgetItem(self.tr("{name}  ({report}, {details})").format(
                name=item.name, report=core_tr(item.label), details=self._details(item.params)))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setData(Qt.ItemDataRole.UserRole + 1, (item.report, dict(item.params)))
            self.saved.addItem(row)
        if self.saved.count():
            self.saved.setCurrentRow(0)
        self._saved_selection()

    def _details(self, params: dict[str, str]) -> str:
        """What a saved report is run on: its period (relative, or days) or its customer, and its language."""
        if params.get("id"):
            try:
                what = customer_keys.name(self.ctx.db, params["id"])
            except CrmError:
                what = self.tr("a customer that no longer exists")
        elif params.get("period") in saved_reports.PERIODS:
            what = core_tr(saved_reports.PERIODS[params["period"]]).lower()
        else:
            start, end = saved_reports.resolve_period(params, shop_today(self.ctx))
            what = self.tr("{start} to {end}").format(start=start.strftime("%d/%m/%Y") if start else "…",
                                                      end=end.strftime("%d/%m/%Y") if end else "…")
        return f"{what}, {(params.get('lang') or '').upper()}" if params.get("lang") else what

    def _saved_selection(self, running: bool = False) -> None:
        chosen = self.saved.currentItem() is not None and not running
        self.run_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def save_settings(self) -> None:
        """Keep the current choices under the name typed (refused next to the name when empty)."""
        self.save_error.hide()
        report = self.chosen_report()
        if report == CUSTOMER and self._resolve_customer() is None:
            return
        if report != CUSTOMER and self.chosen_period() == "custom" and self._checked_period() is None:
            return
        try:
            saved_reports.save(self.ctx, self.save_name.text(), report, self.params())
        except ValidationError as exc:
            self.save_error.setText(render(next(iter(exc.errors.values()))))
            self.save_error.show()
            return
        except CrmError as exc:
            self.save_error.setText(error_text(exc))
            self.save_error.show()
            return
        self.save_name.clear()
        self.refresh_saved()
        self.status.setText(self.tr("Saved: run it again from the list below."))
        self.saved_changed.emit()

    def run_saved(self) -> None:
        """Apply the chosen saved report's settings (its relative period recomputed today) and create it."""
        item = self.saved.currentItem()
        if item is None or self.running():
            return
        report, params = item.data(Qt.ItemDataRole.UserRole + 1)
        self.apply(str(report), dict(params))
        self.create()

    def delete_saved(self) -> None:
        item = self.saved.currentItem()
        if item is None:
            return
        try:
            saved_reports.delete(self.ctx, str(item.data(Qt.ItemDataRole.UserRole)))
        except CrmError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.refresh_saved()
        self.saved_changed.emit()


def show_reports(ctx: Context, parent: QWidget | None = None, customer_key: str | None = None) -> None:
    """Open the Reports dialog (modal); the main window's Reports menu calls this."""
    dialog = ManagementReportsDialog(ctx, parent, customer_key)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
