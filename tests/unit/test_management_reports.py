"""The management reports read back: the management report prints the dashboard's figures, the
profitability report ranks as customer_value.values, the retention report gives the reasons of each
customer at risk, the customer sheet shows name, tier and what to offer; in French and English."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.core import (
    companies,
    customer_risk,
    customer_value,
    dashboard_data,
    people,
    recommendations,
    sales,
    stock,
    support_costs,
    tickets,
)
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.reports.customer_sheet import build_customer_sheet, reason
from crm_desktop.reports.management import build_management
from crm_desktop.reports.pdf_read import page_count, page_texts
from crm_desktop.reports.profitability import build_profitability
from crm_desktop.reports.retention import build_retention, flag_text
from crm_desktop.reports.texts import Texts
from tests.field_setup import FieldWorld, build

START, END = date(2026, 1, 1), date(2026, 3, 2)  # this year up to the fixed clock's Monday 2 March 2026
TODAY = date(2026, 3, 2)


@dataclass
class Shop:
    world: FieldWorld
    bakery: str  # "c:<id>": Boulangerie Dupont (buys fuses, regularly)
    garage: str  # "c:<id>": Garage Martin, the best customer
    cafe: str  # "c:<id>": Café Perte: a small sale, expensive support (costs more than it brings)
    florist: str  # "c:<id>": Fleurs Lenoir, bought monthly last year, silent since (at risk, lost)
    loner: str  # "p:<id>": Paul Seul, a person without a company


def _sale(ctx: Context, company: str | None, day: str, lines: list[dict], person: str | None = None) -> str:
    values = {"sold_on": day, **({"company_id": company} if company else {}), **({"person_id": person}
                                                                                if person else {})}
    return sales.create(ctx, values, lines)


def build_shop(ctx: Context) -> Shop:
    """Five customers with sales in 2025 and 2026, one costly through support, one silent since last spring."""
    world = build(ctx)
    fuse = [{"product_id": world.fuse, "quantity": 4}]  # 24.00 revenue, 10.00 cost
    pump = [{"product_id": world.pump, "quantity": 1}]  # 150.00 revenue, 80.00 cost
    garage = companies.create(ctx, {"name": "Garage Martin", "city": "Liège"})
    people.create(ctx, {"first_name": "Luc", "last_name": "Martin", "company_id": garage, "title": "Owner",
                        "email": "luc@garage-martin.be"})
    cafe = companies.create(ctx, {"name": "Café Perte", "city": "Namur"})
    florist = companies.create(ctx, {"name": "Fleurs Lenoir", "city": "Dinant"})
    loner = people.create(ctx, {"first_name": "Paul", "last_name": "Seul", "city": "Wavre"})
    for day in ("2025-01-10", "2025-04-10", "2025-07-10", "2025-10-10", "2026-01-12", "2026-02-16"):
        _sale(ctx, world.company, day, fuse)
    for day in ("2025-03-03", "2025-09-01", "2025-12-05", "2026-01-20", "2026-02-20"):
        _sale(ctx, garage, day, fuse + pump)
    for day in ("2025-02-03", "2025-03-03", "2025-04-01", "2025-05-02"):
        _sale(ctx, florist, day, fuse + pump)
    _sale(ctx, None, "2025-06-01", fuse + pump, person=loner)
    _sale(ctx, None, "2026-02-02", pump, person=loner)
    _sale(ctx, cafe, "2026-02-03", fuse)
    # A customer who buys neither fuses nor pumps: pumps are then likelier among fuse buyers (lift above 1).
    thermostat = stock.save_product(ctx, {"sku": "T-1", "name": "Room thermostat", "cost_cents": 4000,
                                          "price_cents": 9000})
    hotel = companies.create(ctx, {"name": "Hôtel du Parc", "city": "Spa"})
    _sale(ctx, hotel, "2025-11-14", [{"product_id": thermostat, "quantity": 2}])
    ticket = tickets.open_ticket(ctx, {"company_id": cafe, "subject": "Espresso machine keeps failing"})
    support_costs.add_cost(ctx, ticket, {"kind": "expense", "description": "Replacement boiler",
                                         "unit_cost_cents": 30000, "billing": "free"})
    return Shop(world, f"c:{world.company}", f"c:{garage}", f"c:{cafe}", f"c:{florist}", f"p:{loner}")


@pytest.fixture
def shop(ctx: Context) -> Shop:
    return build_shop(ctx)


def flat(path: Path) -> str:
    """The PDF's text with no-break spaces as spaces and lines joined by spaces (cells of a row)."""
    return " ".join(page_texts(path)).replace("\u00a0", " ").replace("\n", " ")


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_management_report_prints_the_dashboards_totals(ctx: Context, clock: FixedClock, shop: Shop,
                                                             tmp_path: Path, lang: str) -> None:
    out = build_management(ctx.db, tmp_path / "m.pdf", START, END, lang, clock)
    text = flat(out)
    t = Texts(lang)
    board = dashboard_data.dashboard(ctx.db, START, END, TODAY)
    now, before = board.totals, board.previous_totals
    assert board.totals == customer_value.totals(ctx.db, START, END)
    assert now.revenue_cents > 0 and before.revenue_cents > 0
    for key, a, b in (("mg_revenue", now.revenue_cents, before.revenue_cents),
                      ("mg_margin", now.margin_cents, before.margin_cents),
                      ("mg_cost_to_serve", now.cost_to_serve_cents, before.cost_to_serve_cents),
                      ("mg_contribution", now.contribution_cents, before.contribution_cents)):
        assert plain(f"{t(key)} {t.money(a)} {t.money(b)}") in text, key
    assert plain(f"{t('mg_customers')} {t.integer(now.customers)} {t.integer(before.customers)}") in text
    # The months add up to the same totals (the table under the chart has a total line).
    assert sum(m.revenue_cents for m in board.months) == now.revenue_cents
    assert plain(f"{t('total')} {t.money(now.revenue_cents)} {t.money(now.margin_cents)}") in text
    assert t("mg_title") in text and t("mg_tiers") in text and t("mg_operations") in text
    assert "Garage Martin" in text  # top customer
    assert page_count(out) >= 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_profitability_ranks_as_values_and_lists_the_costly_ones(ctx: Context, clock: FixedClock, shop: Shop,
                                                                 tmp_path: Path, lang: str) -> None:
    out = build_profitability(ctx.db, tmp_path / "p.pdf", START, END, lang, clock)
    text = flat(out)
    t = Texts(lang)
    ranked = customer_value.values(ctx.db, START, END)
    assert len(ranked) >= 4
    ranking = text[text.index(plain(t("pf_ranking", count=len(ranked)))):]
    positions = [ranking.index(f"{n} {v.name}") for n, v in enumerate(ranked, start=1)]
    assert positions == sorted(positions)
    costly = customer_value.costly(ctx.db, START, END)
    assert [v.name for v in costly] == ["Café Perte"]
    section = text[text.index(plain(t("pf_costly", count=1))):]
    assert "Café Perte" in section and plain(t.money(costly[0].contribution_cents, False)) in section
    assert t("pf_support") in section  # what costs: the support expense
    total = sum(v.contribution_cents for v in ranked)
    assert plain(t.money(total, False)) in ranking


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_retention_lists_the_customers_at_risk_with_their_reasons(ctx: Context, clock: FixedClock, shop: Shop,
                                                                   tmp_path: Path, lang: str) -> None:
    out = build_retention(ctx.db, tmp_path / "r.pdf", START, END, lang, clock)
    text = flat(out)
    t = Texts(lang)
    risky = customer_risk.at_risk(ctx.db, TODAY)
    assert risky, "the florist, silent since May 2025, is at risk"
    section = text[text.index(plain(t("rt_at_risk", count=len(risky)))):]
    for _key, name, flags in risky:
        assert name in section
        for flag in flags:
            words = plain(flag_text(t, flag))
            assert words[:40] in section
    assert "Fleurs Lenoir" in text[text.index(plain(t("rt_lost", count=1)).split("(")[0]):]
    assert t("mg_retention_rate") in text and t("tier_champions") in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_customer_sheet_has_name_tier_and_recommendations(ctx: Context, clock: FixedClock, shop: Shop,
                                                              tmp_path: Path, lang: str) -> None:
    out = build_customer_sheet(ctx, tmp_path / "c.pdf", shop.bakery, lang, clock)
    text = flat(out)
    t = Texts(lang)
    card = customer_value.card(ctx.db, shop.bakery, TODAY)
    assert "Boulangerie Dupont" in text and "Marie Dupont" in text and "Rue Haute 5" in text
    assert card.tier is not None and t(f"tier_{card.tier}") in text
    assert plain(t.money(card.revenue_cents)) in text
    offers = recommendations.for_customer(ctx.db, shop.world.company, None, limit=5, today=TODAY)
    assert offers, "bakers buy fuses; fuse buyers also buy pumps"
    for offer in offers:
        assert offer.name in text and plain(reason(t, offer))[:30] in text
    # Sales of the last 12 months (10 Apr 2025 is within, 10 Jan 2025 is not) in the history.
    history = text[text.index(plain(t("cs_history", count=4)).split("(")[0]):]
    assert history.count(t.label("Sale")) >= 4
    loner = flat(build_customer_sheet(ctx, tmp_path / "p.pdf", shop.loner, lang, clock))
    assert "Paul Seul" in loner and t("cs_no_open_tickets") in loner


def test_the_customer_sheet_of_a_costly_customer_shows_the_open_ticket(ctx: Context, clock: FixedClock, shop: Shop,
                                                                      tmp_path: Path) -> None:
    text = flat(build_customer_sheet(ctx, tmp_path / "c.pdf", shop.cafe, "en", clock))
    assert "Café Perte" in text and "Espresso machine keeps failing" in text
    assert "Open tickets (1)" in text


def test_an_empty_period_still_makes_every_report(ctx: Context, clock: FixedClock, tmp_path: Path) -> None:
    for build_report in (build_management, build_profitability, build_retention):
        out = build_report(ctx.db, tmp_path / f"{build_report.__name__}.pdf", START, END, "en", clock)
        assert page_count(out) >= 1


def test_find_customer_by_id_or_exact_name(ctx: Context, shop: Shop) -> None:
    company = shop.world.company
    assert companies.find_customer(ctx.db, company) == f"c:{company}"
    assert companies.find_customer(ctx.db, "boulangerie dupont") == f"c:{company}"
    assert companies.find_customer(ctx.db, shop.world.person) == f"c:{company}"  # a person stands for their company
    assert companies.find_customer(ctx.db, "Paul Seul") == shop.loner
    from crm_desktop.core.errors import NotFound

    with pytest.raises(NotFound):
        companies.find_customer(ctx.db, "Nobody at all")
