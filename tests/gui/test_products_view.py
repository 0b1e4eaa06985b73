"""The product catalogue page: every product with category, tier, price, cost and margin; filters; the dialog."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import stock
from crm_desktop.core.context import Context
from crm_desktop.ui.products_view import ProductsView
from crm_desktop.ui.record_form import format_cents
from tests.field_setup import FieldWorld, shown


def _names(view: ProductsView) -> list[str]:
    return [view.model.index(r, 1).data() for r in range(view.model.rowCount())]


def test_catalogue_lists_filters_and_adds(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    stock.save_product(ctx, {"sku": "OV-2", "name": "Deck oven", "category": "Ovens", "tier": 3,
                             "price_cents": 900000, "cost_cents": 600000})
    view = shown(qtbot, ProductsView(ctx), (1100, 500))
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert _names(view) == ["Circulation pump", "Deck oven", "Fuse 10 A"]
    oven = [view.model.index(1, c).data() for c in range(view.model.columnCount())]
    # Margin (9 000 - 6 000) / 9 000 = 33.3 %.
    assert oven[2:4] == ["Ovens", "3"] and oven[4].startswith(format_cents(900000)) and oven[6].startswith("33")
    view.search.setText("fuse")
    qtbot.waitUntil(lambda: _names(view) == ["Fuse 10 A"])
    view.search.clear()
    view.category.setCurrentIndex(view.category.findData("Ovens"))
    view.category.activated.emit(view.category.currentIndex())
    qtbot.waitUntil(lambda: _names(view) == ["Deck oven"])

    dialog = view.new_product()
    dialog.form.editor("name").set_value("Proofing cabinet")
    dialog.form.editor("category").set_value("Ovens")
    dialog.form.editor("tier").set_value("x")
    dialog.form.editor("price_cents").set_value("2500")
    assert not dialog.confirm()
    assert dialog.form.error_text("tier") == "A tier is a whole number from 0 to 9."
    dialog.form.editor("tier").set_value("2")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.confirm()
    qtbot.waitUntil(lambda: _names(view) == ["Deck oven", "Proofing cabinet"])
    added = stock.catalogue(ctx.db, "Proofing")[0]
    assert (added["tier"], added["category"], added["is_part"], added["price_cents"]) == (2, "Ovens", 0, 250000)
