"""The dashboard: its figures are exactly those of the modules it gathers (the report prints the same), the best
and worst customers are ranked by contribution, the period compares with the one before, and a write shows."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.core import (
    companies,
    customer_risk,
    customer_value,
    dashboard_data,
    lifecycle,
    operations,
    rfm,
    sales,
    support_costs,
    tickets,
)
from crm_desktop.core.context import Context

YEAR = (date(2025, 1, 1), date(2025, 12, 31))
TODAY = date(2026, 3, 2)


def _buy(ctx: Context, company: str, day: str, cents: int, cost: int = 0) -> None:
    sales.create(ctx, {"company_id": company, "sold_on": day},
                 [{"description": "Goods", "quantity": 1, "unit_price_cents": cents, "unit_cost_cents": cost}])


@pytest.fixture
def shop(ctx: Context) -> list[str]:
    """Twelve companies: number i buys i x 100.00 (cost i x 40.00) in June 2025 and half of that in June 2024;
    number 1 also costs 3 hours of support (at the admin's rate) in 2025."""
    keys = []
    for i in range(1, 13):
        company = companies.create(ctx, {"name": f"Customer {i:02d}"})
        _buy(ctx, company, "2025-06-10", i * 10000, i * 4000)
        _buy(ctx, company, "2024-06-10", i * 5000, i * 2000)
        keys.append("c:" + company)
    ctx.db.execute("UPDATE users SET cost_per_hour_cents = 5000 WHERE id = ?", [ctx.user.id])
    ticket = tickets.open_ticket(ctx, {"company_id": keys[0][2:], "subject": "Oven"})
    support_costs.log_time(ctx, ticket, {"minutes": 180, "started_at": "2025-06-11T08:00:00Z"})
    return keys


def test_figures_are_those_of_the_modules(ctx: Context, shop: list[str]) -> None:
    dashboard_data.forget()
    board = dashboard_data.dashboard(ctx.db, *YEAR, TODAY)
    assert (board.previous_start, board.previous_end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert board.totals == customer_value.totals(ctx.db, *YEAR)
    assert board.previous_totals == customer_value.totals(ctx.db, date(2024, 1, 1), date(2024, 12, 31))
    assert board.months == customer_value.by_month(ctx.db, *YEAR)
    assert board.previous_months == customer_value.by_month(ctx.db, date(2024, 1, 1), date(2024, 12, 31))
    assert board.tier_counts == rfm.tier_counts(ctx.db, TODAY)
    assert board.at_risk_count == len(customer_risk.at_risk(ctx.db, TODAY))
    assert board.lifecycle == lifecycle.lifecycle(ctx.db, *YEAR)
    assert board.operations == operations.operations(ctx.db, *YEAR)
    assert set(board.timings) >= {"totals", "ranked", "months", "lifecycle", "operations"}


def test_hand_checked_totals_and_ranking(ctx: Context, shop: list[str]) -> None:
    board = dashboard_data.dashboard(ctx.db, *YEAR, TODAY)
    # 2025: revenue 100.00 x (1 + ... + 12) = 7 800.00, cost of sales 40 % of it; support 3 h x 50.00.
    assert (board.totals.revenue_cents, board.totals.cost_of_sales_cents) == (780000, 312000)
    assert (board.totals.margin_cents, board.totals.support_cost_cents) == (468000, 15000)
    assert board.totals.contribution_cents == 468000 - 15000
    assert (board.totals.customers, board.totals.costly_customers) == (12, 1)  # number 1: 60.00 - 150.00
    assert board.previous_totals.revenue_cents == 390000
    assert [v.key for v in board.top] == shop[::-1][:10]  # number 12 first
    assert [v.key for v in board.bottom] == shop[:10]  # number 1 (negative) first
    assert board.bottom[0].contribution_cents == 6000 - 15000
    june = [m for m in board.months if m.month == "2025-06"][0]
    assert (june.revenue_cents, june.margin_cents, june.cost_to_serve_cents) == (780000, 468000, 15000)
    assert [m.month for m in board.months] == [f"2025-{n:02d}" for n in range(1, 13)]
    # Every customer bought in 2024 and again in 2025, for twice as much: all retained, all grew.
    assert (board.lifecycle.retained, board.lifecycle.grew, board.lifecycle.lost) == (12, 12, 0)
    assert board.lifecycle.retention_rate == 1.0


def test_a_month_compares_with_the_month_before_and_a_write_shows(ctx: Context, shop: list[str]) -> None:
    june = (date(2025, 6, 1), date(2025, 6, 30))
    first = dashboard_data.dashboard(ctx.db, *june, TODAY)
    assert (first.previous_start, first.previous_end) == (date(2025, 5, 1), date(2025, 5, 31))
    assert first.previous_totals.revenue_cents == 0 and first.totals.revenue_cents == 780000
    assert dashboard_data.dashboard(ctx.db, *june, TODAY) == first  # kept: the same figures
    _buy(ctx, shop[0][2:], "2025-06-20", 123)
    again = dashboard_data.dashboard(ctx.db, *june, TODAY)
    assert again.totals.revenue_cents == 780123
    assert again.totals == customer_value.totals(ctx.db, *june)


def test_an_empty_database(ctx: Context) -> None:
    board = dashboard_data.dashboard(ctx.db, *YEAR, TODAY)
    assert (board.totals.revenue_cents, board.top, board.bottom, board.at_risk_count) == (0, [], [], 0)
    assert set(board.tier_counts) == set(rfm.TIERS) and not any(board.tier_counts.values())
    assert board.lifecycle.retention_rate is None


def test_ranked_lists_short_and_long() -> None:
    values = [customer_value.make_value(f"c:{n}", str(n), [100 * (10 - n), 0, 0, 0, 0, 0, 0]) for n in range(3)]
    assert dashboard_data.ranked(values, 10) == (values, values[::-1])
    assert dashboard_data.ranked(values, 2) == (values[:2], [values[2], values[1]])


def test_a_write_rolled_back_is_forgotten(ctx: Context, shop: list[str]) -> None:
    """Inside a transaction the figures are those of its writes; once it is rolled back, those before it (nothing
    computed inside is found again, although the change counters do not go back)."""
    spans = [YEAR, (date(2025, 6, 10), date(2026, 3, 2)), (date(2025, 6, 1), date(2025, 6, 30))]
    dashboard_data.forget()
    threaded = [dashboard_data.dashboard(ctx.db, *span, TODAY) for span in spans]
    dashboard_data.forget()
    ctx.db.execute("BEGIN")
    try:
        assert [dashboard_data.dashboard(ctx.db, *span, TODAY) for span in spans] == threaded
        _buy(ctx, shop[3][2:], "2025-06-20", 555)
        inside = dashboard_data.dashboard(ctx.db, *YEAR, TODAY)
        assert inside.totals.revenue_cents == threaded[0].totals.revenue_cents + 555
    finally:
        ctx.db.execute("ROLLBACK")
    assert dashboard_data.dashboard(ctx.db, *YEAR, TODAY) == threaded[0]
