"""A customer's sales: the "Sales" tab of the person and company pages.

The list, a line of totals (revenue to date, margin, count) and "New sale…"; a
double-click opens the sale. Rows and sums come from core.sales (for_customer,
customer_revenue); the panel opens the sale dialog itself and reads again when
it is saved. The margin (column and total) is left out for the roles without
``Perm.VIEW_MARGINS`` (issue 8: a technician sees what was sold, not what it earned).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from crm_desktop.core import permissions, sales
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Perm
from crm_desktop.ui.list_tab import CustomerTabPanel
from crm_desktop.ui.record_cells_model import RecordCellsModel
from crm_desktop.ui.sale_dialog import SaleDialog, percent_text
from crm_desktop.ui.support_format import date_text, money_text

ModelIndex = QModelIndex | QPersistentModelIndex
#: Tables whose changes may alter what the panel shows.
SALES_TABLES = frozenset({"sales", "sale_lines", "users"})


class SaleListModel(RecordCellsModel):
    """A customer's sales: number, date, lines, revenue, margin (for who may see it), seller."""

    COLUMNS = ("number", "sold_on", "lines", "revenue", "margin", "seller")
    RIGHT = ("lines", "revenue", "margin")

    def __init__(self, currency: str, parent: QObject | None = None, margins: bool = True) -> None:
        super().__init__(parent)
        self.currency = currency
        self.margins = margins
        if not margins:
            self.COLUMNS = tuple(key for key in SaleListModel.COLUMNS if key != "margin")

    def headers(self) -> list[str]:
        titles = {"number": self.tr("Number"), "sold_on": self.tr("Date"), "lines": self.tr("Lines"),
                  "revenue": self.tr("Revenue"), "margin": self.tr("Margin"), "seller": self.tr("Seller")}
        return [titles[key] for key in self.COLUMNS]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        cells = []
        for row in rows:
            cell = {"number": str(row["number"]), "sold_on": date_text(row["sold_on"]), "lines": str(row["lines"]),
                    "revenue": money_text(row["revenue_cents"], self.currency),
                    "seller": str(row.get("seller_name") or "")}
            if self.margins:
                margin = money_text(row["margin_cents"], self.currency)
                if row.get("margin_percent") is not None:
                    margin = f"{margin} ({percent_text(row['margin_percent'])} %)"
                cell["margin"] = margin
            cells.append(tuple(cell[key] for key in self.COLUMNS))
        self._reset(list(rows), cells)

    def decorate(self, number: int, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return " ".join(str(self._rows[number].get("note") or "").split())[:300] or None
        return None


class CustomerSalesPanel(CustomerTabPanel):
    """Every sale of a person or a company, newest first, with the customer's totals."""

    def __init__(self, ctx: Context, company_id: str | None = None, person_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        # Before the base builds the model (make_model).
        self.shows_margins = permissions.allowed(ctx.user.role, Perm.VIEW_MARGINS)
        super().__init__(ctx, parent, permissions.allowed(ctx.user.role, Perm.SALE_WRITE))
        self.new_button.setText(self.tr("New sale…"))
        self.new_button.setToolTip(self.tr("Record what this customer bought"))
        self.set_owner(company_id=company_id, person_id=person_id)

    def make_model(self) -> SaleListModel:
        return SaleListModel(self.currency, self, margins=self.shows_margins)

    def read_rows(self) -> list[dict[str, Any]]:
        return sales.for_customer(self.ctx.db, self.company_id, self.person_id)

    def summary_text(self, rows: list[dict[str, Any]]) -> str:
        sold = sales.customer_revenue(self.ctx.db, self.company_id, self.person_id)
        if not self.shows_margins:
            return self.tr("Revenue to date {revenue} · {n} sales").format(
                revenue=money_text(sold.revenue_cents, self.currency), n=sold.count)
        return self.tr("Revenue to date {revenue} · margin {margin} ({percent} %) · {n} sales").format(
            revenue=money_text(sold.revenue_cents, self.currency), margin=money_text(sold.margin_cents, self.currency),
            percent=percent_text(sold.margin_percent), n=sold.count)

    def empty_text(self, has_owner: bool) -> str:
        return self.tr("No sales yet.") if has_owner else self.tr("Save the record first to record sales for it.")

    def tab_title(self) -> str:
        n = self.count()
        return self.tr("Sales ({n})").format(n=n) if n else self.tr("Sales")

    def new_sale(self) -> SaleDialog | None:
        initial = self.initial()
        return None if initial is None else self._open(SaleDialog(self.ctx, initial=initial, parent=self))

    def open_sale(self, sale_id: str) -> SaleDialog:
        return self._open(SaleDialog(self.ctx, sale_id=sale_id, parent=self))

    new_record = new_sale
    open_record = open_sale

    def _open(self, dialog: SaleDialog) -> SaleDialog:
        return self.open_dialog(dialog, dialog.saved, dialog.deleted)
