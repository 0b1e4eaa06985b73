"""The product catalogue: everything the shop sells (parts included), with price, cost and margin.

A short list (hundreds of products) read whole from core.stock.catalogue with the
typed text and the chosen category; adding and changing go through the product
dialog (parts_view.PartDialog in catalogue mode: category and tier).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from crm_desktop.core import permissions, stock
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.parts_view import Column, PartDialog, ProductTable, RowsModel, rows_table
from crm_desktop.ui.sale_dialog import percent_text
from crm_desktop.ui.support_format import MUTED_COLOR, money_text
from crm_desktop.ui.widgets import heading, search_debounce

#: Tables whose changes may alter the catalogue.
PRODUCT_TABLES = frozenset({"products"})


def margin_percent(row: dict[str, Any]) -> Decimal | None:
    """(price - cost) / price, one decimal; None for a product given away (no price)."""
    price, cost = int(row.get("price_cents") or 0), int(row.get("cost_cents") or 0)
    if price <= 0:
        return None
    return (Decimal(price - cost) * 100 / Decimal(price)).quantize(Decimal("0.1"), ROUND_HALF_UP)


class ProductsView(ProductTable, QWidget):
    """All products with a text filter and a category filter; New and Edit (double-click) open the dialog."""

    catalogue = True

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: PartDialog | None = None
        self.currency = load_business(ctx.db).currency or "EUR"
        self.can_write = permissions.allowed(ctx.user.role, Perm.PRODUCT_WRITE)
        if bridge is None:
            bridge = ChangeBridge(ctx.changes, self)
        self._bridge = bridge

        def muted(row: dict[str, Any]) -> str | None:
            return None if row.get("active") else MUTED_COLOR

        # Cost and margin are office figures: hidden from the roles without them (issue 8: technicians).
        self.shows_costs = permissions.allowed(ctx.user.role, Perm.VIEW_MARGINS)
        self.model = RowsModel([column for column in [
            Column(self.tr("Reference"), lambda r: r.get("sku") or "", color=muted),
            Column(self.tr("Name"), lambda r: r["name"], color=muted, tip=lambda r: r.get("description") or ""),
            Column(self.tr("Category"), lambda r: r.get("category") or "", color=muted),
            Column(self.tr("Tier"), lambda r: "" if r.get("tier") is None else str(r["tier"]), True, muted),
            Column(self.tr("Price"), lambda r: money_text(r.get("price_cents"), self.currency), True, muted),
            Column(self.tr("Cost"), lambda r: money_text(r.get("cost_cents"), self.currency), True, muted),
            Column(self.tr("Margin %"), self._margin_text, True, muted),
            Column(self.tr("Part"), lambda r: self.tr("Yes") if r.get("is_part") else "", color=muted),
            Column(self.tr("Active"), lambda r: self.tr("Yes") if r.get("active") else self.tr("No"), color=muted),
        ] if self.shows_costs or column.title not in (self.tr("Cost"), self.tr("Margin %"))], self)
        self.table = rows_table(self.model, self, stretch=1)
        self.table.setObjectName("productsTable")
        self.table.doubleClicked.connect(lambda _index: self.edit_product())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())

        self.search = QLineEdit(self)
        hint = self.tr("Search name, reference or category")
        self.search.setPlaceholderText(hint)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self._debounce = search_debounce(self, self.search, self.refresh, 200)
        self.category = QComboBox(self)
        self.category.setMinimumWidth(180)
        self.category.activated.connect(lambda _i: self.refresh())
        self.inactive = QCheckBox(self.tr("Show inactive products"), self)
        self.inactive.toggled.connect(lambda _on: self.refresh())
        self.new_button = QPushButton(self.tr("New product…"), self)
        self.new_button.clicked.connect(lambda: self.new_product())
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_product())
        for button in (self.new_button, self.edit_button):
            button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.search)
        bar.addWidget(self.category)
        bar.addWidget(self.inactive)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Products")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.changes = ChangeCoalescer(bridge, self.refresh, PRODUCT_TABLES, parent=self, widget=self)
        self.refresh()

    def _margin_text(self, row: dict[str, Any]) -> str:
        share = margin_percent(row)
        return "—" if share is None else f"{percent_text(share)} %"

    def _fill_categories(self) -> None:
        chosen = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for name in stock.categories(self.ctx.db):
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0))

    def refresh(self) -> None:
        """Read the catalogue again with the current filters."""
        current = self.current_id()
        self._fill_categories()
        self.model.set_rows(stock.catalogue(self.ctx.db, self.search.text(), self.category.currentData(),
                                            include_inactive=self.inactive.isChecked()))
        if current:
            self.select(current)
        self._enable()

    def new_product(self) -> PartDialog:
        return self._open(None)

    def edit_product(self) -> PartDialog | None:
        return self._edit_current()
