"""One sale: who bought, when, how, who sold, and its lines with live totals.

Each line is a row of editors with its own red message under it, so that a refused
quantity is pointed out on the line that holds it (core keys line problems
``lines.<row>.<field>``). Amounts shown while typing come from core (sales.preview_line),
the same arithmetic that saving uses. Cost and margin are shown only to the roles with
``Perm.VIEW_MARGINS`` (issue 8: not a technician); the others see the revenue alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import campaigns, people, permissions, sales, stock, tickets
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message, ValidationError
from crm_desktop.core.permissions import Perm
from crm_desktop.core.sales_choices import CHANNELS
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_settings import local_day
from crm_desktop.ui.audit_view import RecordHistoryButton
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.record_form import (
    ChoiceField,
    DateField,
    FixedField,
    LineField,
    RecordForm,
    TextField,
    choice_items,
    dialog_form,
    error_label,
    format_cents,
    message_line,
    money_for_core,
    save_buttons,
    shown,
    trash_and_close,
)
from crm_desktop.ui.support_format import money_text

#: Line fields with an editor of their own (product_id is the chooser).
LINE_FIELDS = ("product_id", "description", "quantity", "unit_price_cents", "discount_percent")


def percent_text(value: Any) -> str:
    """A margin share (Decimal, one decimal) in the user's way of writing numbers; "—" without one."""
    if value is None:
        return "—"
    return QLocale().toString(float(value), "f", 1)


class SaleLineRow(QWidget):
    """One line: product (searchable), description, quantity, unit price, discount %, amount, remove."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, catalogue: list[dict[str, Any]], currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self._products = {p["id"]: p for p in catalogue}
        self.unit_cost_cents: int = 0
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        self.product = QComboBox(self)
        self.product.setEditable(True)
        self.product.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.product.addItem(self.tr("— no product —"), None)
        for p in catalogue:
            sku = f" ({p['sku']})" if p.get("sku") else ""
            self.product.addItem(f"{p['name']}{sku} · {format_cents(p.get('price_cents') or 0)}", p["id"])
        completer = self.product.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.product.setMinimumWidth(240)
        self.product.setToolTip(self.tr("Type to search the catalogue"))
        self.product.currentIndexChanged.connect(self._product_chosen)
        hint = self.tr("Description")
        self.description = LineField(500, hint, self)
        self.quantity = QLineEdit("1", self)
        self.quantity.setMaximumWidth(70)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.price = QLineEdit(self)
        self.price.setMaximumWidth(100)
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.discount = QLineEdit(self)
        self.discount.setMaximumWidth(60)
        self.discount.setAlignment(Qt.AlignmentFlag.AlignRight)
        hint = "0"
        self.discount.setPlaceholderText(hint)
        self.amount = QLabel(self)
        self.amount.setMinimumWidth(110)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this line"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        for column, widget in enumerate((self.product, self.description, self.quantity, self.price, self.discount,
                                         self.amount, self.remove)):
            grid.addWidget(widget, 0, column)
        grid.setColumnStretch(1, 1)
        self.error = error_label(self)
        grid.addWidget(self.error, 1, 0, 1, 7)
        for edit in (self.quantity, self.price, self.discount):
            edit.textEdited.connect(self._edited)
        self._edited()

    def _product_chosen(self, _index: int) -> None:
        product = self._products.get(self.product.currentData())
        if product is not None:
            self.price.setText(format_cents(product.get("price_cents") or 0))
            self.unit_cost_cents = int(product.get("cost_cents") or 0)
        self._edited()

    def _edited(self, _text: str = "") -> None:
        amounts = self.amounts()
        self.amount.setText("—" if amounts is None else money_text(amounts[0], self.currency))
        self.changed.emit()

    def amounts(self) -> tuple[int, int] | None:
        return sales.preview_line(self.quantity.text(), money_for_core(self.price.text()), self.unit_cost_cents,
                                  self.discount.text().replace(",", "."))

    def set_line(self, line: Mapping[str, Any]) -> None:
        index = self.product.findData(line.get("product_id"))
        if index < 0 and line.get("product_id"):
            # A product switched off since: still shown on the sales that have it.
            self.product.addItem(str(line.get("product_name") or line["product_id"]), line["product_id"])
            index = self.product.count() - 1
        self.product.blockSignals(True)
        self.product.setCurrentIndex(max(index, 0))
        self.product.blockSignals(False)
        self.description.set_value(line.get("description"))
        self.quantity.setText(_decimal_text(line.get("quantity")))
        self.price.setText(format_cents(int(line.get("unit_price_cents") or 0)))
        self.discount.setText(_decimal_text(line.get("discount_percent")) if line.get("discount_percent") else "")
        self.unit_cost_cents = int(line.get("unit_cost_cents") or 0)
        self._edited()

    def values(self) -> dict[str, Any]:
        price = self.price.text().strip()
        return {"product_id": self.product.currentData(), "description": self.description.text(),
                "quantity": self.quantity.text().strip().replace(",", "."),
                "unit_price_cents": money_for_core(price) if price else None,
                "unit_cost_cents": self.unit_cost_cents,
                "discount_percent": self.discount.text().strip().replace(",", ".") or "0"}

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def _decimal_text(value: Any) -> str:
    if value is None:
        return ""
    text = format(sales.as_decimal(value), "f")
    return text.replace(".", QLocale().decimalPoint())


class SaleLines:
    """The line rows of a sale or of a deal, built into the dialog's layout: the scrolled rows, the message for
    the lines as a whole, then "Add a line" and the total, whose text the dialog writes on ``on_change``."""

    def __init__(self, dialog: QWidget, layout: QVBoxLayout, ctx: Context, currency: str, add_text: str,
                 min_height: int, on_change: Callable[[], None]) -> None:
        self.currency = currency
        self.on_change = on_change
        self.catalogue = stock.catalogue(ctx.db)
        self.rows: list[SaleLineRow] = []
        self.box = QWidget(dialog)
        self.box_layout = QVBoxLayout(self.box)
        self.box_layout.setContentsMargins(0, 0, 0, 0)
        self.box_layout.addStretch(1)
        scroll = QScrollArea(dialog)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.box)
        scroll.setMinimumHeight(min_height)
        layout.addWidget(scroll, 1)
        self.error = error_label(dialog)
        layout.addWidget(self.error)
        bar = QHBoxLayout()
        self.add_button = QPushButton(add_text, dialog)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add())
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        self.total = QLabel(dialog)
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.total)
        layout.addLayout(bar)

    def add(self, line: Mapping[str, Any] | None = None) -> SaleLineRow:
        row = SaleLineRow(self.catalogue, self.currency, self.box)
        if line:
            row.set_line(line)
        row.changed.connect(self.on_change)
        row.remove_requested.connect(self.remove)
        self.box_layout.insertWidget(len(self.rows), row)
        row.show()  # added to a dialog already on screen
        self.rows.append(row)
        self.on_change()
        return row

    def remove(self, row: SaleLineRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.on_change()

    def values(self) -> list[dict[str, Any]]:
        return [row.values() for row in self.rows]

    def clear_errors(self) -> None:
        for row in self.rows:
            row.show_error("")
        self.error.hide()

    def show_errors(self, errors: Mapping[str, Message], form: RecordForm, message: QLabel) -> None:
        """Put each ``lines.<row>.<field>`` message under its row, ``lines`` over the rows, the others under their
        field of ``form``, and what has no place on the ``message`` line."""
        per_line: dict[int, list[str]] = {}
        rest: dict[str, Message] = {}
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "lines" and parts[1].isdigit() and int(parts[1]) < len(self.rows):
                per_line.setdefault(int(parts[1]), []).append(render(message))
            elif key == "lines":
                self.error.setText(render(message))
                self.error.show()
            else:
                rest[key] = message
        for index, texts in per_line.items():
            self.rows[index].show_error(" ".join(texts))
        left = form.show_errors(rest)
        if left:
            shown(message)("\n".join(render(m) for m in left.values()))


class SaleDialog(QDialog):
    """Record or change a sale; Delete (with confirmation) sends it to the trash."""

    saved = Signal(str)
    deleted = Signal(str)

    def __init__(self, ctx: Context, sale_id: str | None = None, initial: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sale_id = sale_id
        self.currency = load_business(ctx.db).currency or "EUR"
        self.shows_margins = permissions.allowed(ctx.user.role, Perm.VIEW_MARGINS)
        current = sales.get(ctx.db, sale_id) if sale_id else None
        values: dict[str, Any] = dict(current or {})
        if current is None:
            values = {"sold_on": local_day(ctx.db, ctx.now()).isoformat(), "channel": "shop",
                      "seller_id": ctx.user.id, **(initial or {})}
        self.customer = {"company_id": values.get("company_id"), "person_id": values.get("person_id")}
        self.setWindowTitle(self.tr("Sale {number}").format(number=current["number"]) if current
                            else self.tr("New sale"))
        layout = QVBoxLayout(self)
        self.form, section = dialog_form(self)
        if self.customer["person_id"] and not self.customer["company_id"]:
            # Core files the sale at the person's company too: say so before saving.
            self.customer["company_id"] = people.get(ctx, self.customer["person_id"]).get("company_id")
        name = tickets.customer_name(ctx.db, self.customer)
        self.customer_label = QLabel(name or self.tr("No customer chosen"), self)
        self.form.add_field(section, "person_id", self.tr("Customer"), FixedField(self.customer_label))
        self.sold_on = self.form.add_field(section, "sold_on", self.tr("Date"), DateField(self))
        self.channel = self.form.add_field(section, "channel", self.tr("Channel"),
                                           ChoiceField(choice_items(CHANNELS), allow_empty=False, parent=self))
        sellers = [(u["id"], u["name"]) for u in sales.sellers(ctx.db)]
        self.seller = self.form.add_field(section, "seller_id", self.tr("Seller"), ChoiceField(sellers, parent=self))
        # The campaign that brought the sale: the sale counts as its conversion.
        offered = [(c["id"], c["name"]) for c in campaigns.choices(ctx.db)]
        self.campaign = self.form.add_field(section, "campaign_id", self.tr("Campaign"),
                                            ChoiceField(offered, parent=self))
        self.note = self.form.add_field(section, "note", self.tr("Note"), TextField(48, self))
        self.note.setMaximumHeight(60)
        self.form.finish()
        layout.addWidget(self.form)
        self.form.set_values(values)
        layout.addWidget(self._lines_header())
        self.lines = SaleLines(self, layout, ctx, self.currency, self.tr("Add a line"), 160, self._update_totals)
        self.rows, self.lines_error, self.add_button = self.lines.rows, self.lines.error, self.lines.add_button
        self.totals = self.lines.total
        self.message = message_line(self)
        layout.addWidget(self.message)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        buttons, _cancel = save_buttons(self, self.save_button)
        self.delete_button = buttons.addButton(self.tr("Delete…"), buttons.ButtonRole.DestructiveRole)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.delete_button.setVisible(current is not None and permissions.allowed(ctx.user.role, Perm.SALE_DELETE))
        self.history_button = RecordHistoryButton(ctx, "sales", lambda: sale_id)
        buttons.addButton(self.history_button, buttons.ButtonRole.ResetRole)
        self.history_button.setVisible(self.history_button.allowed and current is not None)
        self.save_button.setEnabled(permissions.allowed(ctx.user.role, Perm.SALE_WRITE))
        layout.addWidget(buttons)
        for line in sales.lines(ctx.db, sale_id) if sale_id else []:
            self.add_line(line)
        if not self.rows:
            self.add_line()
        self._update_totals()
        self.resize(980, 560)

    def _lines_header(self) -> QWidget:
        header = QWidget(self)
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 8, 0, 0)
        title = QLabel(self.tr("<b>Lines</b> (product, description, quantity, unit price, discount %, amount)"),
                       header)
        row.addWidget(title)
        return header

    def add_line(self, line: Mapping[str, Any] | None = None) -> SaleLineRow:
        return self.lines.add(line)

    def _update_totals(self) -> None:
        revenue = cost = 0
        for row in self.rows:
            amounts = row.amounts()
            if amounts is not None:
                revenue, cost = revenue + amounts[0], cost + amounts[1]
        if not self.shows_margins:
            self.totals.setText(self.tr("Revenue {revenue}").format(revenue=money_text(revenue, self.currency)))
            return
        sums = sales.Totals(revenue, cost)
        self.totals.setText(self.tr("Revenue {revenue}   Cost {cost}   Margin {margin} ({percent} %)").format(
            revenue=money_text(revenue, self.currency), cost=money_text(cost, self.currency),
            margin=money_text(sums.margin_cents, self.currency), percent=percent_text(sums.margin_percent)))

    def header_values(self) -> dict[str, Any]:
        values = {key: value for key, value in self.form.values().items() if key != "person_id"}
        return {**values, **{k: v for k, v in self.customer.items() if v}}

    def save(self) -> bool:
        """Write the sale through core; refused, each message goes next to its field or line."""
        self.message.hide()
        self.form.clear_errors()
        self.lines.clear_errors()
        lines = self.lines.values()
        try:
            if self.sale_id:
                sales.update(self.ctx, self.sale_id, self.header_values(), lines)
            else:
                self.sale_id = sales.create(self.ctx, self.header_values(), lines)
        except ValidationError as exc:
            self.lines.show_errors(exc.errors, self.form, self.message)
            return False
        except CrmError as exc:
            shown(self.message)(error_text(exc))
            return False
        self.saved.emit(self.sale_id)
        self.accept()
        return True

    def confirm_delete(self) -> None:
        if not self.sale_id:
            return
        answer = QMessageBox.question(self, self.tr("Delete the sale"),
                                      self.tr("Move this sale to the trash? It can be restored from there."))
        if answer == QMessageBox.StandardButton.Yes:
            sale_id = self.sale_id
            trash_and_close(self, self.message, lambda: sales.delete(self.ctx, sale_id), self.deleted, sale_id)
