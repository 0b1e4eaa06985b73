"""Parts of a job, as a small editable table: those to bring (the job form) and those fitted (the report).

The part is chosen by typing (name or reference, core's ``stock.parts`` finds the
matches) with large buttons a finger can press. On the report each part shows what
the technician's van holds: using more is never refused (the part is in the customer's
machine), but the technician is told that the use is recorded and flagged for a count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import stock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound
from crm_desktop.ui.intervention_format import TOUCH_HEIGHT
from crm_desktop.ui.record_form import ERROR_COLOR, MUTED_COLOR, LineField, message_line

#: How many matches the chooser lists per keystroke.
CHOICES = 30
#: Where the notice about a use beyond the van is written.
WARN_COLOR = "#b45309"
ID_ROLE = Qt.ItemDataRole.UserRole
#: Rows shown before the table scrolls.
VISIBLE_ROWS = 5


def part_label(row: Mapping[str, Any]) -> str:
    """"Fuse 10 A (F-10)": the name people know, with the reference that tells twins apart."""
    sku = row.get("sku")
    return f"{row['name']} ({sku})" if sku else str(row["name"])


class PartsField(QWidget):
    """(product id, quantity) pairs; with a location set, each part shows what that location holds."""

    edited = Signal()

    #: Columns of the table.
    PART, QUANTITY, HELD, REMOVE = range(4)

    def __init__(self, ctx: Context, show_levels: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_levels = show_levels
        self.location_id: str | None = None
        self.location_name = ""
        #: What this job already took (saved), per part: it is no longer in the van but counts as available.
        self.taken: dict[str, int] = {}
        #: Parts whose use was already flagged for a stock correction.
        self.flagged: set[str] = set()
        self.read_only = False
        self._loading = False
        self._found: dict[str, dict[str, Any]] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Quantity"), self.tr("In the van"), ""])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.PART, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.QUANTITY, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(self.HELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.REMOVE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(self.QUANTITY, 96)
        header.resizeSection(self.REMOVE, TOUCH_HEIGHT + 4)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setColumnHidden(self.HELD, not show_levels)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout.addWidget(self.table)

        self.empty = QLabel(self.tr("No parts."), self)
        self.empty.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        row.setSpacing(6)
        self.names = QStringListModel(self)
        self.line = LineField(200, self.tr("Type a part's name or reference…"), self)
        self.line.setMinimumHeight(TOUCH_HEIGHT - 4)
        self.completer = QCompleter(self.names, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.line.setCompleter(self.completer)
        self.line.textEdited.connect(self._lookup)
        self.line.returnPressed.connect(self.add_typed)
        self.completer.activated.connect(self._picked)
        self.list_button = QToolButton(self)
        self.list_button.setText("▾")
        self.list_button.setToolTip(self.tr("Show the parts"))
        self.list_button.setMinimumSize(TOUCH_HEIGHT - 4, TOUCH_HEIGHT - 4)
        self.list_button.clicked.connect(self.show_all)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 999)
        self.quantity.setMinimumHeight(TOUCH_HEIGHT - 4)
        self.quantity.setMinimumWidth(72)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setMinimumHeight(TOUCH_HEIGHT - 4)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        row.addWidget(self.line, 1)
        row.addWidget(self.list_button)
        row.addWidget(self.quantity)
        row.addWidget(self.add_button)
        self.chooser = QWidget(self)
        self.chooser.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)

        self.message = message_line(self)
        layout.addWidget(self.message)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("stockNotice")
        self.notice.setStyleSheet(f"QLabel#stockNotice {{ color: {WARN_COLOR}; background: #fff8e1;"
                                  f" border: 1px solid #f1c40f; border-radius: 4px; padding: 6px; }}")
        self.notice.hide()
        layout.addWidget(self.notice)
        self._update_empty()

    # ---- choosing a part

    def _lookup(self, text: str) -> None:
        found = stock.parts(self.ctx.db, text, CHOICES) if text.strip() else []
        self._found = {part_label(p): p for p in found}
        self.names.setStringList(list(self._found))
        self.message.hide()

    def show_all(self) -> None:
        """The first parts by name, for a technician who does not remember what it is called."""
        found = stock.parts(self.ctx.db, self.line.text(), CHOICES)
        self._found = {part_label(p): p for p in found}
        self.names.setStringList(list(self._found))
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completer.complete()

    def _picked(self, label: str) -> None:
        if label in self._found:
            self.line.setText(label)
            self.add_typed()

    def add_typed(self) -> bool:
        """Add the part typed or picked, with the quantity beside it; say so when no single part matches."""
        text = self.line.text().strip()
        if not text or self.read_only:
            return False
        part = self._found.get(text)
        if part is None:
            found = stock.parts(self.ctx.db, text, CHOICES)
            exact = [p for p in found if text.casefold() in (part_label(p).casefold(), str(p["name"]).casefold(),
                                                             str(p.get("sku") or "").casefold())]
            matches = exact or found
            if len(matches) != 1:
                self._lookup(text)
                self.message.setText(self.tr("No part matches “{text}”.").format(text=text) if not matches else
                                     self.tr("Several parts match “{text}”: choose one from the list.").format(
                                         text=text))
                self.message.show()
                return False
            part = matches[0]
        self.add_part(part, self.quantity.value())
        self.line.clear()
        self.quantity.setValue(1)
        self.message.hide()
        self.edited.emit()
        return True

    def add_part(self, part: Mapping[str, Any], quantity: int) -> None:
        """One more row, or more of a part already listed."""
        for row in range(self.table.rowCount()):
            if self._product(row) == part["product_id" if "product_id" in part else "id"]:
                spin = self._spin(row)
                spin.setValue(spin.value() + quantity)
                return
        self._append(str(part.get("product_id") or part["id"]), part_label(part), quantity)

    # ---- rows

    def _append(self, product_id: str, label: str, quantity: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(label)
        item.setData(ID_ROLE, product_id)
        item.setToolTip(label)
        self.table.setItem(row, self.PART, item)
        spin = QSpinBox(self.table)
        spin.setRange(0 if self.show_levels else 1, 999)
        spin.setValue(quantity)
        spin.setReadOnly(self.read_only)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.valueChanged.connect(self._quantity_changed)
        self.table.setCellWidget(row, self.QUANTITY, spin)
        held = QTableWidgetItem("")
        held.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, self.HELD, held)
        remove = QToolButton(self.table)
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this part"))
        remove.setMinimumSize(TOUCH_HEIGHT - 6, TOUCH_HEIGHT - 6)
        remove.setVisible(not self.read_only)
        remove.clicked.connect(lambda _checked=False, pid=product_id: self.remove(pid))
        self.table.setCellWidget(row, self.REMOVE, remove)
        self._update_empty()
        self.refresh_levels()

    def _product(self, row: int) -> str:
        item = self.table.item(row, self.PART)
        return str(item.data(ID_ROLE)) if item else ""

    def _spin(self, row: int) -> QSpinBox:
        spin = self.table.cellWidget(row, self.QUANTITY)
        assert isinstance(spin, QSpinBox)
        return spin

    def row_of(self, product_id: str) -> int:
        for row in range(self.table.rowCount()):
            if self._product(row) == product_id:
                return row
        return -1

    def set_quantity(self, product_id: str, quantity: int) -> None:
        self._spin(self.row_of(product_id)).setValue(quantity)

    def remove(self, product_id: str) -> None:
        row = self.row_of(product_id)
        if row >= 0 and not self.read_only:
            self.table.removeRow(row)
            self._update_empty()
            self.refresh_levels()
            self.edited.emit()

    def _quantity_changed(self, _value: int) -> None:
        self.refresh_levels()
        if not self._loading:
            self.edited.emit()

    def _update_empty(self) -> None:
        """Rows take the height they need (up to five; more scroll): no empty band under a short list."""
        rows = self.table.rowCount()
        self.table.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)
        header = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header + frame + TOUCH_HEIGHT * min(max(rows, 1), VISIBLE_ROWS))

    # ---- the van

    def set_location(self, location_id: str | None, taken: Mapping[str, int] | None = None,
                     flagged: Iterable[str] = ()) -> None:
        """Where parts are taken from, what this job took already, and which uses were flagged."""
        self.location_id = location_id
        self.taken = dict(taken or {})
        self.flagged = set(flagged)
        self.location_name = ""
        if location_id:
            try:
                self.location_name = str(stock.get_location(self.ctx.db, location_id)["name"])
            except NotFound:
                self.location_id = None
        held = QTableWidgetItem(self.tr("In the van"))
        held.setToolTip(self.location_name)
        self.table.setHorizontalHeaderItem(self.HELD, held)
        self.refresh_levels()

    def available(self, product_id: str) -> int:
        """What this job may still take from the van without going short: the level plus what it already took."""
        if not self.location_id:
            return 0
        return max(0, stock.level(self.ctx.db, self.location_id, product_id) + self.taken.get(product_id, 0))

    def refresh_levels(self) -> None:
        """Show each part's level in the van and the notice for uses beyond it."""
        if not self.show_levels:
            return
        short: list[str] = []
        for row in range(self.table.rowCount()):
            product_id = self._product(row)
            held = self.table.item(row, self.HELD)
            wanted = self._spin(row).value()
            if not self.location_id:
                held.setText("—")
                continue
            level = stock.level(self.ctx.db, self.location_id, product_id)
            held.setText(str(level))
            name = self.table.item(row, self.PART).text()
            beyond = wanted > self.available(product_id)
            held.setData(Qt.ItemDataRole.ForegroundRole, QColor(ERROR_COLOR) if beyond or level < 0 else None)
            if beyond:
                short.append(self.tr("{part}: only {n} in your van: the use is recorded and flagged for a stock "
                                     "correction.").format(part=name, n=self.available(product_id)))
            elif product_id in self.flagged:
                short.append(self.tr("{part}: used beyond what the van held: flagged for a stock correction.")
                             .format(part=name))
        if self.table.rowCount() and not self.location_id:
            short.append(self.tr("No van is set for this technician: parts cannot be taken from stock."))
        self.notice.setText("\n".join(short))
        self.notice.setVisible(bool(short))

    # ---- field interface

    def value(self) -> list[tuple[str, int]]:
        out = []
        for row in range(self.table.rowCount()):
            quantity = self._spin(row).value()
            if quantity > 0:
                out.append((self._product(row), quantity))
        return out

    def set_value(self, value: Any) -> None:
        """Rows from core (``product_id``, ``name``, ``sku``, ``quantity``) or (product id, quantity) pairs."""
        self._loading = True
        try:
            self.table.setRowCount(0)
            for item in value or ():
                if isinstance(item, Mapping):
                    self._append(str(item["product_id"]), part_label(item), int(item["quantity"]))
                    continue
                product_id, quantity = item
                try:
                    label = part_label(stock.get_product(self.ctx.db, product_id))
                except NotFound:
                    label = str(product_id)
                self._append(str(product_id), label, int(quantity))
        finally:
            self._loading = False
        self.message.hide()
        self._update_empty()
        self.refresh_levels()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.chooser.setVisible(not read_only)
        for row in range(self.table.rowCount()):
            self._spin(row).setReadOnly(read_only)
            remove = self.table.cellWidget(row, self.REMOVE)
            if remove is not None:
                remove.setVisible(not read_only)
        self.table.setColumnHidden(self.REMOVE, read_only)

    def focus_widget(self) -> QWidget:
        return self.line
