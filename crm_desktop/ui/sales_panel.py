"""A customer's sales: the "Sales" tab of the person and company pages.

The list, a line of totals (revenue to date, margin, count) and "New sale…"; a
double-click opens the sale. Rows and sums come from core.sales (for_customer,
customer_revenue); the panel opens the sale dialog itself and reads again when
it is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.core import permissions, sales
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.ui.cells_model import CellsModel
from crm_desktop.ui.list_view import RecordTable
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.sale_dialog import SaleDialog, percent_text
from crm_desktop.ui.support_format import date_text, money_text
from crm_desktop.ui.widgets import tab_empty_pages

ModelIndex = QModelIndex | QPersistentModelIndex
#: Tables whose changes may alter what the panel shows.
SALES_TABLES = frozenset({"sales", "sale_lines", "users"})


class SaleListModel(CellsModel[dict[str, Any]]):
    """A customer's sales: number, date, lines, revenue, margin, seller."""

    COLUMNS = ("number", "sold_on", "lines", "revenue", "margin", "seller")
    IdRole = Qt.ItemDataRole.UserRole + 1
    RIGHT = ("lines", "revenue", "margin")

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Date"), self.tr("Lines"), self.tr("Revenue"), self.tr("Margin"),
                self.tr("Seller")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        cells = []
        for row in rows:
            margin = money_text(row["margin_cents"], self.currency)
            if row.get("margin_percent") is not None:
                margin = f"{margin} ({percent_text(row['margin_percent'])} %)"
            cells.append((str(row["number"]), date_text(row["sold_on"]), str(row["lines"]),
                          money_text(row["revenue_cents"], self.currency), margin, str(row.get("seller_name") or "")))
        self._reset(list(rows), cells)

    def id_at(self, row: int) -> str | None:
        return str(self._rows[row]["id"]) if 0 <= row < len(self._rows) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[index.column()] in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return " ".join(str(self._rows[index.row()].get("note") or "").split())[:300] or None
        if role == self.IdRole:
            return self._rows[index.row()]["id"]
        return None


class CustomerSalesPanel(QWidget):
    """Every sale of a person or a company, newest first, with the customer's totals."""

    #: The list was read again (the page updates its tab title "Sales (n)").
    counted = Signal(int)

    def __init__(self, ctx: Context, company_id: str | None = None, person_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        self.company_id: str | None = None
        self.dialog: SaleDialog | None = None
        self.currency = load_business(ctx.db).currency or "EUR"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New sale…"), self)
        self.new_button.setToolTip(self.tr("Record what this customer bought"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_sale)
        self.new_button.setVisible(permissions.allowed(ctx.user.role, Perm.SALE_WRITE))
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(f"color: {MUTED_COLOR};")
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.model = SaleListModel(self.currency, self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.activated.connect(self._activated)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty, self.pages = tab_empty_pages(self, self.table)
        layout.addWidget(self.pages, 1)
        self.set_owner(company_id=company_id, person_id=person_id)

    def set_owner(self, *, company_id: str | None = None, person_id: str | None = None) -> None:
        """Show the sales of this person (or else this company)."""
        self.person_id = person_id
        self.company_id = None if person_id else company_id
        self.refresh()

    def count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        """Read the list and the totals again from core."""
        has_owner = bool(self.person_id or self.company_id)
        self.new_button.setEnabled(has_owner)
        rows = sales.for_customer(self.ctx.db, self.company_id, self.person_id) if has_owner else []
        self.model.set_rows(rows)
        if rows:
            sold = sales.customer_revenue(self.ctx.db, self.company_id, self.person_id)
            self.summary.setText(self.tr("Revenue to date {revenue} · margin {margin} ({percent} %) · {n} sales")
                                 .format(revenue=money_text(sold.revenue_cents, self.currency),
                                         margin=money_text(sold.margin_cents, self.currency),
                                         percent=percent_text(sold.margin_percent), n=sold.count))
            self.pages.setCurrentWidget(self.table)
        else:
            self.summary.setText("")
            self.empty.setText(self.tr("No sales yet.") if has_owner
                               else self.tr("Save the record first to record sales for it."))
            self.pages.setCurrentWidget(self.empty)
        self.counted.emit(len(rows))

    def tab_title(self) -> str:
        n = self.count()
        return self.tr("Sales ({n})").format(n=n) if n else self.tr("Sales")

    def _activated(self, index: QModelIndex) -> None:
        sale_id = self.model.id_at(index.row()) if index.isValid() else None
        if sale_id:
            self.open_sale(sale_id)

    def new_sale(self) -> SaleDialog | None:
        if not (self.person_id or self.company_id):
            return None
        initial = {"person_id": self.person_id} if self.person_id else {"company_id": self.company_id}
        return self._open(SaleDialog(self.ctx, initial=initial, parent=self))

    def open_sale(self, sale_id: str) -> SaleDialog:
        return self._open(SaleDialog(self.ctx, sale_id=sale_id, parent=self))

    def _open(self, dialog: SaleDialog) -> SaleDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.deleted.connect(lambda _id: self.refresh())
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: SaleDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
