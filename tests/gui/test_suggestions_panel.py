"""The suggestions tab: a cross-sell shows with its numbers and updates when a sale changes it; the person
page mounts it as "Suggestions (n)"; tickets and interventions show the compact short list of their
customer; the model passes QAbstractItemModelTester."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import interventions, people, recommendations, sales, stock, tickets
from crm_desktop.core.context import Context
from crm_desktop.ui.intervention_window import InterventionDetailView
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.suggestions_panel import SuggestionsPanel
from crm_desktop.ui.ticket_window import TicketDetailView
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
    assert titles.index("Suggestions (1)") > titles.index("Sales (1)")  # after the sales (opportunities between)


def test_a_ticket_shows_what_its_customer_may_need_next(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                        tmp_path: Path) -> None:
    boiler, mine = _buyers(ctx, world)
    ticket = tickets.open_ticket(ctx, {"person_id": world.person, "company_id": world.company,
                                       "subject": "Plus d'eau chaude"})
    view = shown(qtbot, TicketDetailView(ctx, ticket), (1400, 800))
    panel = view.suggestions
    assert panel.compact and (panel.company_id, panel.person_id) == (world.company, None)
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "Suggestions (1)"
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    why = "Bought by 2 of the 3 customers who bought Circulation pump (lift 1.3)"
    assert row[:3] == ["Boiler X", "Cross-sell", why]
    view.tabs.setCurrentWidget(panel)
    view.grab().save(str(tmp_path / "ticket_suggestions.png"))
    # The customer buys the boiler: the ticket's tab follows the sale.
    sales.update(ctx, mine, {}, [{"product_id": world.pump, "quantity": 1}, {"product_id": boiler, "quantity": 1}])
    qtbot.waitUntil(lambda: panel.count() == 0)
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "Suggestions"
    assert panel.pages.currentWidget() is panel.empty


def test_an_intervention_shows_what_its_customer_may_need_next(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                               tmp_path: Path) -> None:
    _buyers(ctx, world)
    job = interventions.create(ctx, {"person_id": world.person, "subject": "Entretien annuel"})
    view = shown(qtbot, InterventionDetailView(ctx, job), (1280, 800))
    panel = view.suggestions
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert panel.count() == 1 and view.tabs.tabText(view.tabs.indexOf(panel)) == "Suggestions (1)"
    view.tabs.setCurrentWidget(panel)
    view.grab().save(str(tmp_path / "job_suggestions.png"))
    # A new job with no customer yet says what it needs.
    blank = shown(qtbot, InterventionDetailView(ctx, None), (1280, 800))
    assert blank.suggestions.count() == 0
    assert blank.suggestions.empty.text() == "Choose the customer to see what they may need next."


def test_the_short_list_keeps_the_level_three_up_sells_and_the_three_best_cross_sells(ctx: Context) -> None:
    cores = [stock.save_product(ctx, {"name": f"Core {i}", "price_cents": 1000, "category": f"C{i}", "tier": 1})
             for i in range(4)]
    for i in range(4):
        stock.save_product(ctx, {"name": f"Core {i} plus", "price_cents": 2000, "category": f"C{i}", "tier": 2})
    extras = [stock.save_product(ctx, {"name": f"Extra {i}", "price_cents": 500}) for i in range(5)]
    me = people.create(ctx, {"first_name": "Me", "last_name": "Buyer"})
    sales.create(ctx, {"person_id": me}, [{"product_id": p, "quantity": 1} for p in cores])
    for n in range(3):
        other = people.create(ctx, {"first_name": f"Other {n}", "last_name": "Buyer"}, allow_duplicate=True)
        sales.create(ctx, {"person_id": other}, [{"product_id": p, "quantity": 1} for p in (cores[0], *extras)])
    for n in range(6):
        other = people.create(ctx, {"first_name": f"Else {n}", "last_name": "Buyer"}, allow_duplicate=True)
        sales.create(ctx, {"person_id": other}, [{"product_id": extras[n % 5], "quantity": 1}])
    everything = recommendations.for_customer(ctx.db, None, me, limit=100)
    short = recommendations.short_list(ctx.db, None, me)
    assert [s.kind for s in everything].count("up_sell") == 4 and [s.kind for s in everything].count("cross_sell") == 5
    assert short == [s for s in everything if s.kind == "up_sell"][:3] + [
        s for s in everything if s.kind == "cross_sell"][:3]
