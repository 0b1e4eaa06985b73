"""The value card on the person and company pages: the figures of core's card, the reason of a risk
flag, a red contribution when the customer costs more than they bring, and a fresh card once a sale
is recorded elsewhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from crm_desktop.core import customer_value, people, sales, support_costs, tickets, users
from crm_desktop.core.context import Context
from crm_desktop.core.support_settings import load_support
from crm_desktop.ui.company_detail import CompanyDetailView
from crm_desktop.ui.i18n import core_tr, render
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.support_format import LATE_COLOR, OK_COLOR, money_text
from crm_desktop.ui.value_card import ValueCard
from tests.field_setup import FieldWorld, shown


def _today(ctx: Context) -> date:
    return ctx.clock.now().astimezone(ZoneInfo(load_support(ctx.db).timezone)).date()


def _troubled(ctx: Context, world: FieldWorld) -> None:
    """Three tickets this week and ten hours of support, nothing bought: costly, and its tickets pile up."""
    for n in range(3):
        ticket = tickets.open_ticket(ctx, {"subject": f"Oven trips the fuse ({n + 1})", "company_id": world.company,
                                           "person_id": world.person})
        support_costs.log_time(ctx, ticket, {"minutes": 200})


def _shows(card: ValueCard, expected: customer_value.ValueCard) -> None:
    assert card.isVisible()
    assert card.revenue.value.text() == money_text(expected.revenue_cents, "EUR")
    assert card.margin.value.text() == money_text(expected.margin_cents, "EUR")
    assert card.cost_to_serve.value.text() == money_text(expected.cost_to_serve_cents, "EUR")
    assert card.contribution.value.text() == money_text(expected.contribution_cents, "EUR")
    for flag in expected.flags:
        assert render(flag.message) in card.risk_label.text()
    assert card.risk_label.isVisible() == bool(expected.flags)
    assert card.tier_chip.isVisible() == bool(expected.tier)
    if expected.tier:
        assert card.tier_chip.text() == core_tr(expected.tier_label)


def test_a_person_page_shows_the_card_of_their_company_with_its_risk(qtbot: QtBot, ctx: Context,
                                                                     world: FieldWorld) -> None:
    _troubled(ctx, world)
    view = shown(qtbot, PersonDetailView(ctx, world.person))
    card = view.value_card
    expected = customer_value.card(ctx.db, f"c:{world.company}", _today(ctx))
    assert expected.revenue_cents == 0 and expected.cost_to_serve_cents > 0 and expected.contribution_cents < 0
    assert [f.kind for f in expected.flags] == ["tickets_rising"]
    _shows(card, expected)
    assert LATE_COLOR in card.contribution.value.styleSheet()
    assert not card.trend_label.isVisible()  # nothing bought either year: no trend to show
    # A person with a company: the company is the customer, and the card says so.
    assert "Boulangerie Dupont" in card.toolTip() and "Boulangerie Dupont" in card.period_label.text()
    # The card sits right under the page's header.
    assert view.layout().indexOf(card) == 1
    assert card.geometry().bottom() < view.splitter.geometry().top()
    # On the smallest page the figures wrap instead of widening the page.
    assert card.minimumSizeHint().width() < 400
    view.resize(800, 600)
    qtbot.waitUntil(lambda: card.contribution.geometry().top() > card.revenue.geometry().top())
    assert card.contribution.geometry().right() <= card.contentsRect().right()


def test_a_company_page_refreshes_its_card_after_a_sale(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    _troubled(ctx, world)
    view = shown(qtbot, CompanyDetailView(ctx, world.company))
    card = view.value_card
    key = f"c:{world.company}"
    before = customer_value.card(ctx.db, key, _today(ctx))
    _shows(card, before)
    assert LATE_COLOR in card.contribution.value.styleSheet() and card.toolTip() == ""
    sales.create(ctx, {"company_id": world.company, "person_id": world.person},
                 [{"product_id": world.pump, "quantity": "20"}])
    after = customer_value.card(ctx.db, key, _today(ctx))
    assert after.revenue_cents == 20 * 15000 and after.contribution_cents > 0
    qtbot.waitUntil(lambda: card.revenue.value.text() == money_text(after.revenue_cents, "EUR"))
    _shows(card, after)
    assert OK_COLOR in card.contribution.value.styleSheet()
    assert card.trend_label.isVisible() and card.trend_label.text() == "no sales in the 12 months before"


def test_a_private_customer_has_their_own_card_and_a_trend(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    person = people.create(ctx, {"first_name": "Luc", "last_name": "Martin", "stage": "customer"})
    today = _today(ctx)
    sales.create(ctx, {"person_id": person, "sold_on": (today - timedelta(days=500)).isoformat()},
                 [{"product_id": world.pump, "quantity": "4"}])
    sales.create(ctx, {"person_id": person, "sold_on": (today - timedelta(days=30)).isoformat()},
                 [{"product_id": world.pump, "quantity": "1"}])
    view = shown(qtbot, PersonDetailView(ctx, person))
    card = view.value_card
    expected = customer_value.card(ctx.db, f"p:{person}", today)
    assert expected.trend_percent == -75.0 and expected.tier
    _shows(card, expected)
    assert card.trend_label.text().startswith("▼ −75 %") and LATE_COLOR in card.trend_label.styleSheet()
    assert card.toolTip() == ""
    assert any(f.kind == "spend_falling" for f in expected.flags)


def test_a_new_person_has_no_card_until_saved(qtbot: QtBot, ctx: Context) -> None:
    view = shown(qtbot, PersonDetailView(ctx, None))
    assert not view.value_card.isVisible()


def test_a_card_on_its_own_follows_core_changes(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    card = shown(qtbot, ValueCard(ctx), (1000, 80))
    card.set_customer(world.company, None)
    assert card.revenue.value.text() == money_text(0, "EUR") and not card.tier_chip.isVisible()
    sales.create(ctx, {"company_id": world.company}, [{"product_id": world.fuse, "quantity": "2"}])
    qtbot.waitUntil(lambda: card.revenue.value.text() == money_text(1200, "EUR"))
    assert card.tier_chip.isVisible()


def test_a_technician_sees_no_value_card(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    """Issue 8: a technician opens the customer of their job, not what that customer earns the business."""
    technician = replace(ctx, user=users.get_user(ctx.db, world.anna))
    sales.create(ctx, {"company_id": world.company}, [{"product_id": world.fuse, "quantity": "2"}])
    card = ValueCard(technician)
    qtbot.addWidget(card)
    card.set_customer(world.company, None)
    assert card.isHidden() and card.shown is None
    manager = ValueCard(ctx)
    qtbot.addWidget(manager)
    manager.set_customer(world.company, None)
    assert not manager.isHidden() and manager.shown is not None
