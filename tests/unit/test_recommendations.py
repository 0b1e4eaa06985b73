"""Recommendations: cross-sell lift checked by hand, next-tier up-sell, support level, deleted sales ignored;
properties: no pair with support < 2 is ever scored and nothing the customer owns is ever suggested."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.core import contracts, people, recommendations, sales, stock, support_costs, tickets
from crm_desktop.core.context import Context

TODAY = date(2026, 3, 2)


def _person(ctx: Context, name: str) -> str:
    return people.create(ctx, {"first_name": name, "last_name": "Client"}, allow_duplicate=True)


def _buy(ctx: Context, person: str, *products: str) -> str:
    return sales.create(ctx, {"person_id": person}, [{"product_id": p, "quantity": 1} for p in products])


def _product(ctx: Context, name: str, **values) -> str:
    return stock.save_product(ctx, {"name": name, "price_cents": 10000, **values})


@pytest.fixture()
def shop(ctx: Context) -> dict[str, str]:
    """Eight customers (people without a company) and five products:

    T: X, V    C1: X, V, Y    C2: X, V, Y    C3: X, Z    C4: Y    C5: Z, W    C6: W    C7: W
    """
    p = {n: _product(ctx, n) for n in ("Boiler X", "Valve V", "Pump Y", "Filter Z", "Tank W")}
    x, v, y, z, w = p.values()
    names = {"T": (x, v), "C1": (x, v, y), "C2": (x, v, y), "C3": (x, z), "C4": (y,), "C5": (z, w), "C6": (w,),
             "C7": (w,)}
    out = dict(p)
    for name, bought in names.items():
        out[name] = _person(ctx, name)
        out[f"sale {name}"] = _buy(ctx, out[name], *bought)
    return out


def test_cross_sell_lift_by_hand(ctx: Context, shop: dict[str, str]) -> None:
    # 8 customers. customers(X) = 4 (T, C1, C2, C3), customers(V) = 3 (T, C1, C2), customers(Y) = 3 (C1, C2, C4).
    # Y with X: support 2 (C1, C2), confidence 2/4 = 0.5, lift 0.5 / (3/8) = 1.333...
    # Y with V: support 2 (C1, C2), confidence 2/3, lift (2/3) / (3/8) = 16/9 = 1.777... -> V is kept for Y.
    # Z with X: support 1 (C3) -> noise, dropped. W: nobody who owns X or V bought it.
    found = recommendations.for_customer(ctx.db, None, shop["T"], today=TODAY)
    assert [(s.kind, s.name) for s in found] == [("cross_sell", "Pump Y")]
    y = found[0]
    assert (y.because_of, y.support, y.customers_with_because, y.customers_with_product, y.customers_total) == (
        "Valve V", 2, 3, 3, 8)
    assert y.confidence == pytest.approx(2 / 3) and y.lift == pytest.approx(16 / 9)
    assert y.reason_values()["lift"] == "1.8"
    assert y.reason.format(**y.reason_values()) == "Bought by 2 of the 3 customers who bought Valve V (lift 1.8)"


def test_deleted_sales_and_lines_are_ignored(ctx: Context, shop: dict[str, str]) -> None:
    sales.delete(ctx, shop["sale C1"])
    # Y now has support 1 with X and with V: no suggestion left.
    assert recommendations.for_customer(ctx.db, None, shop["T"]) == []
    sales.restore(ctx, shop["sale C1"])
    sales.update(ctx, shop["sale C2"], {}, [{"product_id": shop["Boiler X"], "quantity": 1}])
    assert recommendations.for_customer(ctx.db, None, shop["T"]) == []


def test_an_empty_customer_gets_nothing(ctx: Context, shop: dict[str, str]) -> None:
    assert recommendations.for_customer(ctx.db, None, _person(ctx, "New"), today=TODAY) == []
    assert recommendations.for_customer(ctx.db, None, None) == []


def test_up_sell_is_the_cheapest_active_product_of_the_next_tier(ctx: Context) -> None:
    small = _product(ctx, "Boiler 1", category="Boilers", tier=1)
    _product(ctx, "Boiler 2 premium", category="Boilers", tier=2, price_cents=50000)
    _product(ctx, "Boiler 2", category="Boilers", tier=2, price_cents=40000)
    _product(ctx, "Boiler 2 old", category="Boilers", tier=2, price_cents=100, active=False)
    _product(ctx, "Boiler 3", category="Boilers", tier=3, price_cents=90000)
    _product(ctx, "Tank 2", category="Tanks", tier=2)
    buyer = _person(ctx, "Buyer")
    _buy(ctx, buyer, small)
    found = recommendations.for_customer(ctx.db, None, buyer)
    assert [(s.kind, s.name, s.because_of, s.tier, s.next_tier, s.price_cents) for s in found] == [
        ("up_sell", "Boiler 2", "Boiler 1", 1, 2, 40000)]
    assert found[0].reason.format(**found[0].reason_values()) == "Next tier of Boiler 1 (tier 1 → 2)"
    # Once the next tier is owned, the tier after it is offered; the top tier has nothing above it.
    _buy(ctx, buyer, found[0].product_id)
    assert [s.name for s in recommendations.for_customer(ctx.db, None, buyer)] == ["Boiler 3"]


def test_support_level_up_sell_when_minutes_exceed_the_contract(ctx: Context) -> None:
    bronze = contracts.create_level(ctx, {"name": "Bronze", "rank": 1, "included_minutes": 60})
    contracts.create_level(ctx, {"name": "Silver", "rank": 2, "included_minutes": 600})
    contracts.create_level(ctx, {"name": "Gold", "rank": 3, "included_minutes": 1200})
    person = _person(ctx, "Busy")
    contracts.create_contract(ctx, {"person_id": person, "level_id": bronze, "starts_on": "2026-01-01"})
    ticket = tickets.open_ticket(ctx, {"person_id": person, "subject": "Heating"})
    support_costs.log_time(ctx, ticket, {"minutes": 60})
    assert recommendations.for_customer(ctx.db, None, person, today=TODAY) == []  # 60 of 60: not exceeded
    support_costs.log_time(ctx, ticket, {"minutes": 30})
    [level] = recommendations.for_customer(ctx.db, None, person, today=TODAY)
    assert (level.kind, level.name, level.because_of, level.minutes_used, level.minutes_included) == (
        "support_level", "Silver", "Bronze", 90, 60)
    assert level.reason.format(**level.reason_values()) == "90 support minutes this year, 60 included in Bronze"


@st.composite
def _purchases(draw: st.DrawFn) -> list[set[int]]:
    return draw(st.lists(st.sets(st.integers(0, 4), max_size=4), min_size=1, max_size=6))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(baskets=_purchases(), who=st.integers(0, 5))
def test_no_noise_and_nothing_owned_is_suggested(ctx: Context, baskets: list[set[int]], who: int) -> None:
    ctx.db.execute("DELETE FROM sale_lines")
    ctx.db.execute("DELETE FROM sales")
    products = [_product(ctx, f"P{i}") for i in range(5)]
    customers = [_person(ctx, f"C{i}") for i in range(6)]
    for person, basket in zip(customers, baskets, strict=False):
        if basket:
            _buy(ctx, person, *(products[i] for i in sorted(basket)))
    me = customers[who]
    mine = {products[i] for i in (baskets[who] if who < len(baskets) else set())}
    owners = [{products[i] for i in b} for b in baskets if b]
    for s in recommendations.for_customer(ctx.db, None, me, limit=10):
        assert s.product_id not in mine
        assert s.support >= recommendations.MIN_SUPPORT
        a = s.because_of_id
        assert a in mine
        both = sum(1 for b in owners if s.product_id in b and a in b)
        assert s.support == both
        with_a = sum(1 for b in owners if a in b)
        with_b = sum(1 for b in owners if s.product_id in b)
        assert s.lift == pytest.approx((both / with_a) / (with_b / len(owners)))


def test_a_pair_no_more_likely_than_chance_is_not_suggested(ctx: Context) -> None:
    # 3 customers: X and Y bought A and B, me bought A. customers(A) = 3, customers(B) = 2,
    # support(A, B) = 2, confidence 2/3, lift (2/3) / (2/3) = 1: B is not suggested.
    a, b = _product(ctx, "Product A"), _product(ctx, "Product B")
    for name in ("X", "Y"):
        _buy(ctx, _person(ctx, name), a, b)
    me = _person(ctx, "Me")
    _buy(ctx, me, a)
    assert recommendations.cross_sell(ctx.db, None, me) == []
