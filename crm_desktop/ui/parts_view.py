"""The parts list: products the technicians carry, with their reference, unit, cost and price.

Also the small read-only table model the stock and technicians screens share: these
lists are short (a few hundred parts, a handful of vans), so each is read whole from
core and shown as it is; sorting and paging in SQL is for the long lists.
Money is typed as the user writes it and parsed by core (``parse_cents``); it is
shown from integer cents with ``support_format.money_text``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import permissions, stock
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.ui.record_form import (
    CheckField,
    FreeChoiceField,
    LineField,
    MoneyField,
    dialog_buttons,
    dialog_form,
    save_and_accept,
)
from crm_desktop.ui.support_format import MUTED_COLOR, money_text
from crm_desktop.ui.widgets import error_label, open_kept, read_only_rows

AnyIndex = QModelIndex | QPersistentModelIndex


# --------------------------------------------------------------------------- a table of rows


@dataclass(frozen=True)
class Column:
    """One column of a RowsModel: its title, its text, and optionally its colour."""

    title: str
    text: Callable[[Any], str]
    right: bool = False
    color: Callable[[Any], str | None] | None = None
    tip: Callable[[Any], str] | None = None
    swatch: Callable[[Any], str | None] | None = None


class RowsModel(QAbstractTableModel):
    """A short list read whole from core; each row is core's object (dict or dataclass)."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None,
                 background: Callable[[Any], str | None] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._background = background

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(self.columns):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(row)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            color = self._background(row)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.DecorationRole and column.swatch is not None:
            color = column.swatch(row)
            return QColor(color) if color and QColor.isValidColorName(color) else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None


def rows_table(model: RowsModel, parent: QWidget | None = None, stretch: int = 0) -> QTableView:
    """A read-only, whole-row table over ``model``; column ``stretch`` takes the spare width."""
    table = QTableView(parent)
    read_only_rows(table)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def count_text(value: Any) -> str:
    return "" if value is None else str(value)


# --------------------------------------------------------------------------- a part


class PartDialog(QDialog):
    """A new part, or changes to one: core checks the name and reads the amounts."""

    saved = Signal(str)

    def __init__(self, ctx: Context, product_id: str | None = None, parent: QWidget | None = None, *,
                 catalogue: bool = False) -> None:
        """``catalogue``: any product of the sales catalogue, with its category and tier (not only a part)."""
        super().__init__(parent)
        self.ctx = ctx
        self.product_id = product_id
        currency = load_business(ctx.db).currency or "EUR"
        if catalogue:
            self.setWindowTitle(self.tr("Change the product") if product_id else self.tr("New product"))
        else:
            self.setWindowTitle(self.tr("Change the part") if product_id else self.tr("New part"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.form, section = dialog_form(self)
        self.form.add_field(section, "sku", self.tr("Reference"), LineField(60, self.tr("F-10")))
        self.form.add_field(section, "name", self.tr("Name"), LineField(200, self.tr("Fuse 10 A")))
        self.form.add_field(section, "unit", self.tr("Unit"), LineField(20, self.tr("piece")))
        self.form.add_field(section, "cost_cents", self.tr("Cost"), MoneyField(currency))
        self.form.add_field(section, "price_cents", self.tr("Price"), MoneyField(currency))
        if catalogue:
            self.form.add_field(section, "category", self.tr("Category"),
                                FreeChoiceField(stock.categories(ctx.db), self))
            tier = self.form.add_field(section, "tier", self.tr("Tier"), LineField(1, self.tr("0 to 9")))
            tier.setMaximumWidth(80)
            tier.setToolTip(self.tr("Higher is the better offer, suggested to customers who have a lower one"))
        self.form.add_field(section, "is_part", "", CheckField(self.tr("Carried by technicians (a part)")))
        self.form.add_field(section, "active", "", CheckField(self.tr("Active (offered in the lists)")))
        self.form.finish()
        layout.addWidget(self.form)
        self.message, self.ok_button = dialog_buttons(self, layout, self.tr("Save"), self.confirm)
        if product_id:
            row = stock.find_product(ctx.db, product_id)
            self.form.set_values(row)
        else:
            self.form.set_values({"is_part": not catalogue, "active": True})

    def confirm(self) -> bool:
        values = self.form.values()
        return save_and_accept(self, self.form, self.message,
                               lambda: stock.save_product(self.ctx, values, self.product_id), self.saved)


# --------------------------------------------------------------------------- the list


class ProductTable:
    """What the parts list and the product catalogue share: the chosen row, and the dialog
    that adds or edits a product (``catalogue``: with category and tier)."""

    ctx: Context
    table: QTableView
    model: RowsModel
    new_button: QPushButton
    edit_button: QPushButton
    can_write: bool
    catalogue = False
    refresh: Callable[[], None]  # each list reads its own rows

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row["id"] if row else None

    def select(self, product_id: str) -> None:
        for number, row in enumerate(self.model.rows):
            if row["id"] == product_id:
                self.table.selectRow(number)
                return

    def _enable(self) -> None:
        self.new_button.setEnabled(self.can_write)
        self.edit_button.setEnabled(self.can_write and self.current_id() is not None)

    def _edit_current(self) -> PartDialog | None:
        product_id = self.current_id()
        return self._open(product_id) if product_id and self.can_write else None

    def _open(self, product_id: str | None) -> PartDialog:
        assert isinstance(self, QWidget)
        dialog = PartDialog(self.ctx, product_id, self, catalogue=self.catalogue)
        dialog.saved.connect(self._saved)
        open_kept(self, dialog)
        return dialog

    def _saved(self, product_id: str) -> None:
        self.refresh()
        self.select(product_id)


class PartsPanel(ProductTable, QWidget):
    """Every part (inactive ones greyed), with New and Edit; double-click edits."""

    #: A part was created or changed (its id).
    changed = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: PartDialog | None = None
        self.currency = load_business(ctx.db).currency or "EUR"
        self.can_write = permissions.allowed(ctx.user.role, Perm.PRODUCT_WRITE)

        def muted(row: dict[str, Any]) -> str | None:
            return MUTED_COLOR if not row.get("active") or not row.get("is_part") else None

        # The cost is an office figure: hidden from the roles without it (issue 8: technicians).
        self.shows_costs = permissions.allowed(ctx.user.role, Perm.VIEW_MARGINS)
        self.model = RowsModel([column for column in [
            Column(self.tr("Reference"), lambda r: r.get("sku") or "", color=muted),
            Column(self.tr("Name"), lambda r: r["name"], color=muted),
            Column(self.tr("Unit"), lambda r: r.get("unit") or "", color=muted),
            Column(self.tr("Cost"), lambda r: money_text(r.get("cost_cents"), self.currency), True, muted),
            Column(self.tr("Price"), lambda r: money_text(r.get("price_cents"), self.currency), True, muted),
            Column(self.tr("State"), self._state, color=muted),
        ] if self.shows_costs or column.title != self.tr("Cost")], self)
        self.table = rows_table(self.model, self, stretch=1)
        self.table.setObjectName("partsTable")
        self.table.doubleClicked.connect(lambda _index: self.edit_part())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.all_products = QCheckBox(self.tr("Show products that are not parts"), self)
        self.all_products.toggled.connect(lambda _on: self.refresh())
        self.new_button = QPushButton(self.tr("New part…"), self)
        self.new_button.clicked.connect(lambda: self.new_part())
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_part())
        for button in (self.new_button, self.edit_button):
            button.setAutoDefault(False)
        self.message = error_label(self)
        top = QHBoxLayout()
        top.addWidget(self.all_products)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        hint = QLabel(self.tr("Parts are what technicians carry in their vans and fit on site; "
                              "inactive parts stay in the history but are no longer offered."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.refresh()

    def _state(self, row: dict[str, Any]) -> str:
        if not row.get("is_part"):
            return self.tr("Not a part")
        return self.tr("Active") if row.get("active") else self.tr("Inactive")

    def refresh(self) -> None:
        current = self.current_id()
        self.model.set_rows(stock.products(self.ctx.db, parts_only=not self.all_products.isChecked()))
        if current:
            self.select(current)
        self._enable()

    def new_part(self) -> PartDialog:
        return self._open(None)

    def edit_part(self) -> PartDialog | None:
        return self._edit_current()

    def _saved(self, product_id: str) -> None:
        super()._saved(product_id)
        self.changed.emit(product_id)
