"""Retention review: the people nobody dealt with and who gave no consent for years, to erase or keep.

GDPR says not to keep personal data longer than needed; the period is a setting
("gdpr.retention_years", 3 years unless changed). A reviewer erases (typing the name, as
on the person's card) or keeps a person, who then leaves the list for another period.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QSpinBox, QTableView, QWidget

from crm_desktop.core import gdpr
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.gdpr_dialogs import EraseDialog
from crm_desktop.ui.i18n import error_text
from crm_desktop.ui.rows_model import Index, RowsModel
from crm_desktop.ui.support_format import date_text, local_today
from crm_desktop.ui.widgets import (
    area_layout,
    bar_button,
    empty_state_pages,
    error_label,
    follow_changes,
    read_only_rows,
)

#: Changes that may add or remove a candidate.
TABLES = ("people", "history", "sales", "tickets", "interventions", "consent_events", "erasures", "audit_events",
          "companies", "settings")


class RetentionModel(RowsModel):
    """Candidates: name, company, e-mail, last activity (or none), since when they are known."""

    NAME, COMPANY, EMAIL, LAST, CREATED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Name"), self.tr("Company"), self.tr("E-mail"), self.tr("Last activity"),
                        self.tr("Known since")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.NAME:
            return f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
        if column == self.COMPANY:
            return row.get("company_name") or ""
        if column == self.EMAIL:
            return row.get("email") or ""
        if column == self.LAST:
            return date_text(row["last_activity"]) if row.get("last_activity") else self.tr("None")
        return date_text(row.get("created_at"))


class RetentionView(QWidget):
    """The review list with its period, and Erase / Keep for the selected person."""

    #: Open a record: ("person", id).
    open_record = Signal(str, str)

    def __init__(self, ctx: Context, bridge: ChangeBridge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: EraseDialog | None = None
        layout, top = area_layout(self, self.tr("Retention review"))
        top.addWidget(QLabel(self.tr("No activity and no consent for"), self))
        self.years = QSpinBox(self)
        self.years.setRange(1, 50)
        self.years.setSuffix(self.tr(" years"))
        self.years.setValue(gdpr.retention_years(ctx.db))
        self.years.valueChanged.connect(lambda _v: self.reload())
        top.addWidget(self.years)
        top.addStretch(1)
        may = allowed(ctx.user.role, Perm.PERSONAL_DATA)
        self.keep_button = bar_button(self, top, self.tr("Keep"), self.keep_selected)
        self.keep_button.setToolTip(self.tr("Keep the person: not listed again for another period"))
        self.erase_button = bar_button(self, top, self.tr("Erase…"), self.erase_selected)
        for button in (self.keep_button, self.erase_button):
            button.setVisible(may)
        layout.addLayout(top)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.model = RetentionModel(self)
        self.table = QTableView(self)
        read_only_rows(self.table)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((RetentionModel.NAME, 200), (RetentionModel.COMPANY, 180), (RetentionModel.EMAIL, 220),
                              (RetentionModel.LAST, 110)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.empty, pages = empty_state_pages(self.table)
        self.pages = pages
        layout.addWidget(pages, 1)
        self.bridge, self.changes = follow_changes(self, ctx, bridge, self.reload, TABLES)
        self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        today = local_today(self.ctx.clock.now()).toPython()
        rows = gdpr.retention_candidates(self.ctx.db, self.years.value(), today)
        self.model.set_rows(rows)
        self.summary.setText(self.tr("{n} people to review").format(n=len(rows)))
        self.empty.setText(self.tr("Nobody to review: everyone had some activity or gave consent in this period."))
        self.pages.setCurrentIndex(0 if rows else 1)
        if selected:
            for number, row in enumerate(rows):
                if row["id"] == selected:
                    self.table.selectRow(number)
        self._selection_changed()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row())["id"] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        self.keep_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_record.emit("person", row["id"])

    def keep_selected(self) -> bool:
        pid = self.selected_id()
        if pid is None:
            return False
        self.error.hide()
        try:
            gdpr.keep_person(self.ctx, pid, self.tr("Kept at the retention review"))
        except CrmError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        self.reload()
        return True

    def erase_selected(self) -> EraseDialog | None:
        pid = self.selected_id()
        if pid is None:
            return None
        self.error.hide()
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = EraseDialog(self.ctx, pid, self)
        self.dialog.erased.connect(lambda _pid: self.reload())
        self.dialog.open()
        return self.dialog
