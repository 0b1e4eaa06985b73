"""The customers behind a dashboard figure: name, tier, revenue and contribution; double-click opens one.

A chart element stands for a set of customer keys ("c:<company>" / "p:<person>"); this dialog turns the keys into
rows through core (customer_value for the money of the period, rfm for the tier today) in a worker thread with a
connection of its own, so that a tier of thousands of customers never freezes the window.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import customer_value, rfm
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message
from crm_desktop.core.maintenance import shop_today
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_report import reader
from crm_desktop.ui.dashboard_charts import dates_text
from crm_desktop.ui.i18n import core_tr, render
from crm_desktop.ui.support_format import MUTED_COLOR, money_text
from crm_desktop.ui.widgets import error_label, heading, read_only_rows
from crm_desktop.ui.workers import Progress, Task, run_detached

LOGGER = logging.getLogger(__name__)
#: Up to this many keys each customer is valued alone; beyond, every customer of the period is valued at once.
FEW_KEYS = 20

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CustomerRow:
    """One customer as the list shows them."""

    key: str
    name: str
    tier: str | None
    revenue_cents: int
    contribution_cents: int


def customer_rows(db: sqlite_utils.Database, keys: Sequence[str], start: date, end: date,
                  today: date) -> list[CustomerRow]:
    """The rows of ``keys`` (in their order, each once): money of ``start``..``end``, tier as of ``today``."""
    unique = list(dict.fromkeys(keys))
    known: dict[str, Any] = {}
    if len(unique) > FEW_KEYS:
        known = {value.key: value for value in customer_value.values(db, start, end)}
    scores = rfm.scores(db, today)
    rows = []
    for key in unique:
        value = known.get(key) or customer_value.value_of(db, key, start, end)
        score = scores.get(key)
        rows.append(CustomerRow(key, value.name or key, score.tier if score else None, value.revenue_cents,
                                value.contribution_cents))
    return rows


def record_of(key: str) -> tuple[str, str]:
    """A customer key as the (kind, id) the main window opens: "c:…" is a company, "p:…" a person."""
    prefix, _, record_id = key.partition(":")
    return ("company" if prefix == "c" else "person"), record_id


class CustomerRowsModel(QAbstractTableModel):
    """The rows of the dialog; Qt.UserRole gives raw values for sorting, UserRole + 1 the key.

    With ``reasons`` (customers at risk) a fifth column says why, in the user's language.
    """

    KEY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, currency: str, parent: QWidget | None = None,
                 reasons: Mapping[str, Sequence[Message]] | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.rows: list[CustomerRow] = []
        self.reasons = {key: "; ".join(render(message) for message in messages)
                        for key, messages in (reasons or {}).items()}
        self.columns = 5 if reasons is not None else 4

    def set_rows(self, rows: list[CustomerRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.columns:
            return (self.tr("Customer"), self.tr("Tier"), self.tr("Revenue"), self.tr("Contribution"),
                    self.tr("Why"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 1:
                return core_tr(rfm.TIERS.get(row.tier, "")) if row.tier else "—"
            if column == 4:
                return self.reasons.get(row.key, "")
            return money_text(row.revenue_cents if column == 2 else row.contribution_cents, self.currency)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return self.reasons.get(row.key) or None
        if role == Qt.ItemDataRole.UserRole:
            return (row.name.casefold(), list(rfm.TIERS).index(row.tier) if row.tier in rfm.TIERS else 99,
                    row.revenue_cents, row.contribution_cents, self.reasons.get(row.key, ""))[column]
        if role == self.KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CustomerListDialog(QDialog):
    """Lists the customers of ``keys``; double-clicking one emits ``open_record(kind, id)`` and closes."""

    #: A customer was chosen: "company" or "person", and the record's id.
    open_record = Signal(str, str)
    #: The rows are shown (after the worker thread) — or the error line is.
    loaded = Signal()

    def __init__(self, ctx: Context, title: str, keys: Sequence[str], parent: QWidget | None = None, *,
                 start: date | None = None, end: date | None = None, today: date | None = None,
                 reasons: Mapping[str, Sequence[Message]] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keys = list(dict.fromkeys(keys))
        self.today = today or shop_today(ctx.db, ctx.clock)
        self.end = end or self.today
        self.start = start or date(self.end.year - 1, self.end.month, 1)
        self.task: Task | None = None
        self.setWindowTitle(title)
        self.resize(720 if reasons is None else 980, 520)

        self.model = CustomerRowsModel(load_business(ctx.db).currency or "EUR", self, reasons)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setObjectName("customer_list")
        read_only_rows(self.table)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if reasons is not None:  # the reasons take the room; names keep theirs
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)

        count = len(self.keys)
        period = dates_text(self.start, self.end)
        self.summary = QLabel(
            self.tr("1 customer; revenue and contribution for {period}.").format(period=period) if count == 1
            else self.tr("{n} customers; revenue and contribution for {period}.").format(n=count, period=period))
        self.summary.setWordWrap(True)
        self.status = QLabel(self.tr("Loading…"))
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 1.2))
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Double-click a customer to open their page."))
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        footer = QHBoxLayout()
        footer.addWidget(hint, 1)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self._load()

    def _load(self) -> None:
        keys, start, end, today, db = self.keys, self.start, self.end, self.today, self.ctx.db

        def job(_progress: Progress) -> list[CustomerRow]:
            with reader(db) as own:
                return customer_rows(own, keys, start, end, today)

        task = Task(job, self.windowTitle(), self.tr("Loading…"), None, show_dialog=False)
        task.succeeded.connect(self._show_rows)
        task.failed.connect(self._failed)
        self.task = task
        run_detached(task)

    def _show_rows(self, rows: object) -> None:
        self.task = None
        self.model.set_rows(list(rows))  # type: ignore[call-overload]
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.status.hide()
        self.loaded.emit()

    def _failed(self, error: object) -> None:
        self.task = None
        if isinstance(error, BaseException):
            LOGGER.error("customer list failed", exc_info=(type(error), error, error.__traceback__))
        self.status.hide()
        self.error.setText(self.tr("The customers could not be listed. The details were written to the log file."))
        self.error.show()
        self.loaded.emit()

    def shown_keys(self) -> list[str]:
        """The keys listed, in the order shown."""
        return [str(self.proxy.index(row, 0).data(CustomerRowsModel.KEY_ROLE)) for row in range(self.proxy.rowCount())]

    def _open(self, index: QModelIndex) -> None:
        key = index.data(CustomerRowsModel.KEY_ROLE)
        if key:
            self.open_record.emit(*record_of(str(key)))
            self.accept()

