"""The suggestions tab: a cross-sell shows with its numbers and updates when a sale changes it; the person
page mounts it as "Suggestions (n)"; the model passes QAbstractItemModelTester."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import people, sales, stock
from crm_desktop.core.context import Context
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.suggestions_panel import SuggestionsPanel
from tests.field_setup import FieldWorld, shown


def _buyers(ctx: Context, world: FieldWorld) -> tuple[str, str]:
    """Five other customers: two bought the pump with a boiler, one the boiler alone, two a fuse;
    Marie bought the pump.

    Customers: Marie's company, A, B, C, D, E = 6. customers(pump) = 3 (company, A, B),
    customers(boiler) = 3 (A, B, C). Boiler with pump: support 2 (A, B), confidence 2/3,
    lift (2/3) / (3/6) = 4/3 = 1.3.
    """
    boiler = stock.save_product(ctx, {"name": "Boiler X", "price_cents": 250000})
    for name, bought in (("A", (world.pump, boiler)), ("B", (world.pump, boiler)), ("C", (boiler,)),
                         ("D", (world.fuse,)), ("E", (world.fuse,))):
        person = people.create(ctx, {"first_name": name, "last_name": "Buyer"})
        sales.create(ctx, {"person_id": person}, [{"product_id": p, "quantity": 1} for p in bought])
    mine = sales.create(ctx, {"person_id": world.person}, [{"product_id": world.pump, "quantity": 1}])
    return boiler, mine


def test_panel_lists_a_cross_sell_with_its_numbers(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                   tmp_path: Path) -> None:
    boiler, mine = _buyers(ctx, world)
    panel = shown(qtbot, SuggestionsPanel(ctx, person_id=world.person), (900, 300))
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert panel.count() == 1 and panel.tab_title() == "Suggestions (1)"
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    why = "Bought by 2 of the 3 customers who bought Circulation pump (lift 1.3)"
    assert row[:3] == ["Boiler X", "Cross-sell", why]
    assert row[3].startswith("2")
    assert panel.model.suggestion_at(0).product_id == boiler
    panel.grab().save(str(tmp_path / "suggestions.png"))
    # Once the customer bought the boiler, it is no longer suggested.
    sales.update(ctx, mine, {}, [{"product_id": world.pump, "quantity": 1}, {"product_id": boiler, "quantity": 1}])
    with qtbot.waitSignal(panel.counted):
        panel.refresh()
    assert panel.count() == 0 and panel.pages.currentWidget() is panel.empty
    panel.set_owner()
    assert panel.empty.text() == "Save the record first to see suggestions for it."


def test_person_page_has_a_suggestions_tab(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    _buyers(ctx, world)
    view = shown(qtbot, PersonDetailView(ctx, world.person))
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles.index("Suggestions (1)") == titles.index("Sales (1)") + 1
