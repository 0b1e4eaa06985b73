"""Lifecycle on six hand-built customers over 2025: each count, each key list, the rate and the lifetime value."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.core import companies, lifecycle, people, sales, stock
from crm_desktop.core.context import Context

YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def _buy(ctx: Context, day: str, cents: int, *, company: str | None = None, person: str | None = None,
         product: str | None = None, **line: object) -> str:
    values = {"sold_on": day, "company_id": company, "person_id": person}
    first = {"description": "Goods", "quantity": 1, "unit_price_cents": cents, "unit_cost_cents": 0, **line}
    if product:
        first["product_id"] = product
    return sales.create(ctx, {k: v for k, v in values.items() if v}, [first])


@pytest.fixture
def base(ctx: Context) -> dict[str, str]:
    """new: first bought in 2025; grew: spent more; flat: same spend; lost; upgraded: tier 1 -> 2 for less;
    back: bought in 2022 only before (not active at the start), came back in 2025."""
    def company(name: str) -> str:
        return companies.create(ctx, {"name": name})

    keys = {name: company(name.title()) for name in ("new", "grew", "lost", "upgraded", "back")}
    keys["flat"] = people.create(ctx, {"first_name": "Flo", "last_name": "Flat"})
    tier1 = stock.save_product(ctx, {"name": "Boiler S", "category": "boiler", "tier": 1, "price_cents": 100000})
    tier2 = stock.save_product(ctx, {"name": "Boiler M", "category": "boiler", "tier": 2, "price_cents": 80000})
    # new: 1.5 x 19.99 at 15 % = 25.48725 -> 25.49, plus 100.00; a later sale and a deleted one do not count.
    _buy(ctx, "2025-03-10", 1999, company=keys["new"], quantity="1.5", discount_percent="15")
    _buy(ctx, "2025-08-10", 10000, company=keys["new"])
    _buy(ctx, "2026-01-10", 99999, company=keys["new"])
    sales.delete(ctx, _buy(ctx, "2025-05-05", 55555, company=keys["new"]))
    _buy(ctx, "2024-05-01", 10000, company=keys["grew"])
    _buy(ctx, "2025-06-01", 25000, company=keys["grew"])
    _buy(ctx, "2024-04-01", 20000, person=keys["flat"])
    _buy(ctx, "2025-04-01", 20000, person=keys["flat"])
    _buy(ctx, "2024-09-01", 30000, company=keys["lost"])
    _buy(ctx, "2024-02-01", 100000, company=keys["upgraded"], product=tier1)
    _buy(ctx, "2025-02-01", 80000, company=keys["upgraded"], product=tier2)
    _buy(ctx, "2022-06-01", 5000, company=keys["back"])
    _buy(ctx, "2025-07-01", 5000, company=keys["back"])
    return {name: ("p:" if name == "flat" else "c:") + key for name, key in keys.items()}


def test_counts_and_keys_of_a_year(ctx: Context, base: dict[str, str]) -> None:
    result = lifecycle.lifecycle(ctx.db, *YEAR)
    assert result.acquired_keys == [base["new"]]
    assert sorted(result.retained_keys) == sorted([base["grew"], base["flat"], base["upgraded"]])
    assert result.lost_keys == [base["lost"]]
    assert sorted(result.grew_keys) == sorted([base["grew"], base["upgraded"]])
    assert (result.active_at_start, result.acquired, result.retained, result.lost, result.grew) == (4, 1, 3, 1, 2)
    assert result.retention_rate == 0.75
    # Lifetime revenue up to 31 Dec 2025: new 2549 + 10000; grew 35000; flat 40000; lost 30000;
    # upgraded 180000; back 10000 = 307549 over 6 customers = 51258.17 -> 51258.
    assert result.average_lifetime_value_cents == 51258
    assert (result.start, result.end) == YEAR


def test_a_person_buys_for_their_company(ctx: Context, base: dict[str, str]) -> None:
    worker = people.create(ctx, {"first_name": "Lou", "last_name": "Lost", "company_id": base["lost"][2:]})
    _buy(ctx, "2025-10-01", 100, person=worker)
    result = lifecycle.lifecycle(ctx.db, *YEAR)
    assert result.lost_keys == [] and base["lost"] in result.retained_keys
    assert base["lost"] not in result.grew_keys  # 1.00 this year < 300.00 the year before


def test_a_quarter_compares_with_the_quarter_before(ctx: Context, base: dict[str, str]) -> None:
    # Q2 2025: active at start = bought from 1 Apr 2024 to 31 Mar 2025: grew, flat, lost, upgraded, new.
    result = lifecycle.lifecycle(ctx.db, date(2025, 4, 1), date(2025, 6, 30))
    assert result.acquired_keys == []
    assert sorted(result.retained_keys) == sorted([base["grew"], base["flat"]])
    assert sorted(result.lost_keys) == sorted([base["lost"], base["upgraded"], base["new"]])
    # Both spent more than in Q1 2025 (nothing then); nobody upgraded in Q2.
    assert sorted(result.grew_keys) == sorted([base["grew"], base["flat"]])
    assert result.retention_rate == 2 / 5


def test_nobody_active_gives_no_rate(ctx: Context) -> None:
    result = lifecycle.lifecycle(ctx.db, *YEAR)
    assert (result.active_at_start, result.retention_rate, result.average_lifetime_value_cents) == (0, None, 0)


def test_sql_line_amounts_match_the_sales_rounding(ctx: Context) -> None:
    company = companies.create(ctx, {"name": "Rounding"})
    cases = [("3", 35, "50"), ("1.5", 1999, "15"), ("0.001", 1, "0"), ("2.345", 333, "33.33"), ("7", 10**9, "0"),
             ("1000", 10**11, "12.5")]  # the last is too large for SQL's integers: summed in Python
    expected = 0
    for quantity, price, discount in cases:
        _buy(ctx, "2025-05-05", price, company=company, quantity=quantity, discount_percent=discount)
        expected += sales.line_amounts(quantity, price, 0, discount)[0]
    assert lifecycle.lifecycle(ctx.db, *YEAR).average_lifetime_value_cents == expected


@pytest.mark.parametrize(("start", "end", "before"), [
    (date(2025, 1, 1), date(2025, 12, 31), (date(2024, 1, 1), date(2024, 12, 31))),
    (date(2025, 3, 1), date(2025, 3, 31), (date(2025, 2, 1), date(2025, 2, 28))),
    (date(2024, 3, 1), date(2024, 5, 31), (date(2023, 12, 1), date(2024, 2, 29))),
    (date(2025, 3, 10), date(2025, 3, 16), (date(2025, 3, 3), date(2025, 3, 9))),
    # A year to date compares with the same days a year before: each month faces its own month.
    (date(2026, 1, 1), date(2026, 3, 2), (date(2025, 1, 1), date(2025, 3, 2))),
    (date(2024, 1, 1), date(2024, 2, 28), (date(2023, 1, 1), date(2023, 2, 28))),
])
def test_previous_period(start: date, end: date, before: tuple[date, date]) -> None:
    assert lifecycle.previous_period(start, end) == before


def test_a_person_who_joined_a_company_brings_their_purchases(ctx: Context, base: dict[str, str]) -> None:
    """As core.customer_keys groups them: a person's sales count for the company they belong to now."""
    newcomer = people.create(ctx, {"first_name": "Nina", "last_name": "Newcomer"})
    _buy(ctx, "2024-10-01", 7000, person=newcomer)
    people.update(ctx, newcomer, {"company_id": base["lost"][2:]})
    result = lifecycle.lifecycle(ctx.db, *YEAR)
    assert "p:" + newcomer not in result.lost_keys and result.lost_keys == [base["lost"]]
    assert result.active_at_start == 4  # still grew, flat, lost and upgraded
