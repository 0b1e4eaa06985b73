"""Recommendations: cross-sell lift checked by hand, next-tier up-sell, support level, deleted sales ignored;
properties: no pair with support < 2 is ever scored and nothing the customer owns is ever suggested."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.core import companies, contracts, people, recommendations, sales, stock, support_costs, tickets
from crm_desktop.core.context import Context
from crm_desktop.db import migrations
from tests.unit.sync_support import assert_converged, exchange, join, origin

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


# -- product_buyers: what the triggers keep equals a recount from the sales ------------------------


def _buyers(db: sqlite_utils.Database) -> dict[tuple[str, str], int]:
    """``product_buyers`` as the triggers left it."""
    return {(p, c): n for p, c, n in db.execute("SELECT product_id, customer, lines FROM product_buyers")}


def _recount(db: sqlite_utils.Database) -> dict[tuple[str, str], int]:
    """The same rows counted from the live sale lines of live sales (what the triggers must keep)."""
    rows = db.execute(
        "SELECT l.product_id, CASE WHEN s.company_id IS NOT NULL THEN 'c:' || s.company_id "
        "ELSE 'p:' || s.person_id END AS who, count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        "WHERE l.deleted_at IS NULL AND s.deleted_at IS NULL AND l.product_id IS NOT NULL "
        "AND coalesce(s.company_id, s.person_id) IS NOT NULL GROUP BY l.product_id, who").fetchall()
    return {(p, c): n for p, c, n in rows}


def test_the_table_follows_inserts_updates_deletes_and_restores(ctx: Context, shop: dict[str, str]) -> None:
    db = ctx.db
    assert _buyers(db) == _recount(db) and len(_buyers(db)) == 15
    x, y, z = shop["Boiler X"], shop["Pump Y"], shop["Filter Z"]
    assert _buyers(db)[(x, f"p:{shop['T']}")] == 1
    # Two lines of the same product in one sale count twice; rewriting the lines trashes the old ones.
    sales.update(ctx, shop["sale T"], {}, [{"product_id": x, "quantity": 1}, {"product_id": x, "quantity": 2}])
    assert _buyers(db)[(x, f"p:{shop['T']}")] == 2 and (shop["Valve V"], f"p:{shop['T']}") not in _buyers(db)
    assert _buyers(db) == _recount(db)
    # The sale moves to a company: its lines now count for the company, no longer for the person.
    company = companies.create(ctx, {"name": "Chauffage Martin"})
    sales.update(ctx, shop["sale C4"], {"company_id": company})
    assert (y, f"c:{company}") in _buyers(db) and (y, f"p:{shop['C4']}") not in _buyers(db)
    assert _buyers(db) == _recount(db)
    # Deleted sales stop counting, restored ones count again.
    sales.delete(ctx, shop["sale C3"])
    assert not any(c == f"p:{shop['C3']}" for _, c in _buyers(db))
    assert _buyers(db) == _recount(db)
    sales.restore(ctx, shop["sale C3"])
    assert _buyers(db)[(z, f"p:{shop['C3']}")] == 1 and _buyers(db) == _recount(db)
    # Raw writes, as a merge makes them: a line changes product, then sale, then is removed for good.
    line = db.execute("SELECT id FROM sale_lines WHERE sale_id = ? AND deleted_at IS NULL",
                      [shop["sale C4"]]).fetchone()[0]
    db.execute("UPDATE sale_lines SET product_id = ? WHERE id = ?", [z, line])
    assert _buyers(db) == _recount(db)
    db.execute("UPDATE sale_lines SET sale_id = ? WHERE id = ?", [shop["sale C6"], line])
    assert _buyers(db) == _recount(db)
    db.execute("UPDATE sale_lines SET product_id = NULL WHERE id = ?", [line])
    assert _buyers(db) == _recount(db)
    db.execute("DELETE FROM sale_lines WHERE id = ?", [line])
    db.execute("UPDATE sales SET person_id = NULL, company_id = NULL WHERE id = ?", [shop["sale C5"]])
    assert _buyers(db) == _recount(db)
    db.execute("DELETE FROM sales WHERE id = ?", [shop["sale C1"]])
    assert _buyers(db) == _recount(db)
    assert all(n > 0 for n in _buyers(db).values())  # a count that falls to 0 is deleted


def test_a_line_that_arrives_before_its_sale_counts_when_the_sale_comes(ctx: Context) -> None:
    # A merge may apply a line before the sale it belongs to (another machine's bulk load, a partial bundle).
    db, product, person = ctx.db, _product(ctx, "Boiler"), _person(ctx, "Late")
    stamp = "2026-03-02T09:30:00.000Z"
    db.execute("INSERT INTO sale_lines(id, created_at, updated_at, sale_id, product_id) VALUES "
               "('line-1', ?, ?, 'sale-1', ?), ('line-2', ?, ?, 'sale-1', ?)",
               [stamp, stamp, product, stamp, stamp, product])
    assert _buyers(db) == {}
    db.execute("INSERT INTO sales(id, created_at, updated_at, number, person_id, sold_on) "
               "VALUES ('sale-1', ?, ?, 'S-X-1', ?, '2026-03-02')", [stamp, stamp, person])
    assert _buyers(db) == {(product, f"p:{person}"): 2} == _recount(db)
    db.execute("UPDATE sales SET deleted_at = ? WHERE id = 'sale-1'", [stamp])
    assert _buyers(db) == {} == _recount(db)


_OPS = st.lists(st.tuples(st.sampled_from(["buy", "rewrite", "move", "delete", "restore", "trash_line",
                                           "drop_line", "drop_sale"]),
                          st.integers(0, 9), st.integers(0, 9)), min_size=1, max_size=25)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=_OPS)
def test_the_table_always_equals_a_recount(ctx: Context, ops: list[tuple[str, int, int]]) -> None:
    db = ctx.db
    db.execute("DELETE FROM sale_lines")
    db.execute("DELETE FROM sales")
    assert _buyers(db) == {}
    products = [_product(ctx, f"P{i}") for i in range(4)]
    firm = companies.create(ctx, {"name": "Firm"}, allow_duplicate=True)
    buyers = [_person(ctx, f"C{i}") for i in range(3)]
    made: list[str] = []

    def trashed(sale: str) -> bool:
        return bool(db.execute("SELECT deleted_at FROM sales WHERE id = ?", [sale]).fetchone()[0])

    for op, i, j in ops:
        sale = made[i % len(made)] if made else None
        if op == "buy" or sale is None:
            who = {"company_id": firm} if j % 4 == 3 else {"person_id": buyers[j % 3]}
            made.append(sales.create(ctx, who, [{"product_id": products[(i + k) % 4], "quantity": 1}
                                                for k in range(1 + j % 3)]))
        elif op == "rewrite" and not trashed(sale):
            sales.update(ctx, sale, {}, [{"product_id": products[j % 4], "quantity": 1}])
        elif op == "move" and not trashed(sale):
            sales.update(ctx, sale, {"company_id": firm} if j % 2 else {"person_id": buyers[j % 3]})
        elif op == "delete" and not trashed(sale):
            sales.delete(ctx, sale)
        elif op == "restore" and trashed(sale):
            sales.restore(ctx, sale)
        elif op == "trash_line":
            db.execute("UPDATE sale_lines SET deleted_at = coalesce(deleted_at, 'x') WHERE rid = "
                       "(SELECT min(rid) FROM sale_lines WHERE sale_id = ?)", [sale])
        elif op == "drop_line":
            db.execute("DELETE FROM sale_lines WHERE rid = (SELECT max(rid) FROM sale_lines WHERE sale_id = ?)",
                       [sale])
        elif op == "drop_sale":
            db.execute("DELETE FROM sales WHERE id = ?", [sale])
            made.remove(sale)
        assert _buyers(db) == _recount(db), op


def test_the_migration_fills_the_table_from_the_sales_already_there(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "old.db")
    migrations.migrate(db, stop_before="0007_campaigns")
    stamp = "2026-03-02T09:30:00.000Z"
    db["sales"].insert_all([
        {"id": "s1", "created_at": stamp, "updated_at": stamp, "number": "S-1", "company_id": "co",
         "person_id": "pe", "sold_on": "2026-03-01"},
        {"id": "s2", "created_at": stamp, "updated_at": stamp, "number": "S-2", "person_id": "pe",
         "sold_on": "2026-03-01"},
        {"id": "s3", "created_at": stamp, "updated_at": stamp, "number": "S-3", "person_id": "pe",
         "sold_on": "2026-03-01", "deleted_at": stamp}])
    db["sale_lines"].insert_all([
        {"id": f"l{n}", "created_at": stamp, "updated_at": stamp, "sale_id": sale, "product_id": product,
         "deleted_at": deleted}
        for n, (sale, product, deleted) in enumerate([("s1", "a", None), ("s1", "a", None), ("s1", "b", stamp),
                                                      ("s2", "a", None), ("s2", None, None), ("s3", "b", None)])])
    migrations.migrate(db)
    assert _buyers(db) == {("a", "c:co"): 2, ("a", "p:pe"): 1} == _recount(db)
    db.close()


def _reference_cross_sell(db: sqlite_utils.Database, mine: set[str]) -> list[tuple[str, str, int, float]]:
    """Cross-sell as it was computed before ``product_buyers``: every count summed from the sale lines."""
    cust, live = "coalesce(s.company_id, s.person_id)", "l.deleted_at IS NULL AND s.deleted_at IS NULL"
    baskets: dict[str, set[str]] = {}
    for who, product in db.execute(
            f"SELECT {cust}, l.product_id FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
            f"WHERE {live} AND l.product_id IS NOT NULL AND {cust} IS NOT NULL"):
        baskets.setdefault(who, set()).add(product)
    total = len(baskets)
    count = {p: sum(p in b for b in baskets.values()) for b in baskets.values() for p in b}
    active = {r[0] for r in db.execute("SELECT id FROM products WHERE deleted_at IS NULL AND active = 1")}
    names = dict(db.execute("SELECT id, name FROM products").fetchall())
    best: dict[str, tuple[tuple[float, int, str, str], str, int, float]] = {}
    for a in mine:
        for b in active - mine:
            both = sum(a in k and b in k for k in baskets.values())
            if both < recommendations.MIN_SUPPORT:
                continue
            lift = (both / count[a]) / (count[b] / total)
            # Ties broken as the app does: lift, then shared customers, then names.
            rank = (-round(lift, 9), -both, names[b].casefold(), names[a])
            if lift > 1.0 and (b not in best or rank < best[b][0]):
                best[b] = (rank, a, both, lift)
    return [(b, a, n, lift) for b, (_, a, n, lift) in sorted(best.items(), key=lambda item: item[1][0])]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(baskets=st.lists(st.tuples(st.sets(st.integers(0, 5), min_size=1, max_size=4), st.integers(0, 5)),
                        min_size=2, max_size=12), who=st.integers(0, 5))
def test_results_equal_a_recount_from_the_sale_lines(ctx: Context, baskets: list[tuple[set[int], int]],
                                                     who: int) -> None:
    # Companies and people mixed: a sale to a person of a company counts for the company.
    db = ctx.db
    db.execute("DELETE FROM sale_lines")
    db.execute("DELETE FROM sales")
    products = [_product(ctx, f"P{i}", active=i != 5) for i in range(6)]
    firms = [companies.create(ctx, {"name": f"Firm {i}"}, allow_duplicate=True) for i in range(2)]
    folks = [_person(ctx, f"C{i}") for i in range(4)]
    for basket, buyer in baskets:
        who_values = {"company_id": firms[buyer - 4]} if buyer >= 4 else {"person_id": folks[buyer]}
        sales.create(ctx, who_values, [{"product_id": products[i], "quantity": 1} for i in sorted(basket)])
    company, person = (firms[who - 4], None) if who >= 4 else (None, folks[who])
    mine = recommendations.owned(db, company, person)
    got = [(s.product_id, s.because_of_id, s.support, s.lift)
           for s in recommendations.cross_sell(db, company, person)]
    want = _reference_cross_sell(db, mine)
    assert [(b, a, n) for b, a, n, _ in got] == [(b, a, n) for b, a, n, _ in want]
    assert [lift for *_, lift in got] == pytest.approx([lift for *_, lift in want])


def test_two_machines_merging_sales_end_with_the_same_table(template_db: Path, tmp_path: Path) -> None:
    # product_buyers does not sync: each machine derives it with its triggers while a merge applies the
    # other's sales and lines (in the order they come), so both must end equal to their own recount.
    folder = tmp_path / "hub"
    folder.mkdir()
    office = origin(template_db, folder, "office")
    boiler, kit, plan = (_product(office.ctx, n) for n in ("Boiler", "Kit", "Plan"))
    alice, bob = _person(office.ctx, "Alice"), _person(office.ctx, "Bob")
    first = _buy(office.ctx, alice, boiler, kit)
    second = _buy(office.ctx, bob, boiler)
    office.sync(folder)
    laptop = join(folder, tmp_path, "laptop")
    try:
        assert _buyers(laptop.db) == _buyers(office.db) == _recount(office.db)
        # Offline: the office trashes a sale and rewrites another; the laptop sells and moves a sale.
        sales.delete(office.ctx, first)
        sales.update(office.ctx, second, {}, [{"product_id": plan, "quantity": 1}, {"product_id": kit, "quantity": 1}])
        _buy(laptop.ctx, alice, boiler, plan, plan)
        firm = companies.create(laptop.ctx, {"name": "Bob SRL"})
        sales.update(laptop.ctx, second, {"company_id": firm})
        exchange([office, laptop], folder)
        assert_converged([office, laptop])
        for node in (office, laptop):
            assert _buyers(node.db) == _recount(node.db), node.name
        assert _buyers(office.db) == _buyers(laptop.db) == {
            (boiler, f"p:{alice}"): 1, (plan, f"p:{alice}"): 2, (plan, f"c:{firm}"): 1, (kit, f"c:{firm}"): 1}
        # Restored on the laptop: the trashed sale counts again on both machines.
        sales.restore(laptop.ctx, first)
        exchange([office, laptop], folder)
        assert _buyers(office.db) == _buyers(laptop.db) == _recount(office.db)
        assert _buyers(office.db)[(boiler, f"p:{alice}")] == 2
    finally:
        laptop.close()
        office.close()


def test_counts_are_kept_until_the_buyers_change(ctx: Context, shop: dict[str, str]) -> None:
    # Writing anything else (a customer's note) keeps the counts; a sale, a product turned off are seen at once.
    assert [s.name for s in recommendations.for_customer(ctx.db, None, shop["T"])] == ["Pump Y"]
    kept = recommendations._counts(ctx.db)
    people.update(ctx, shop["C7"], {"notes": "Calls in the morning"})
    assert recommendations._counts(ctx.db) is kept
    stock.save_product(ctx, {"name": "Pump Y", "active": False}, shop["Pump Y"])
    assert recommendations.for_customer(ctx.db, None, shop["T"]) == []
    stock.save_product(ctx, {"name": "Pump Y", "active": True}, shop["Pump Y"])
    _buy(ctx, shop["C4"], shop["Valve V"])
    assert recommendations._counts(ctx.db) is not kept
    [y] = recommendations.for_customer(ctx.db, None, shop["T"])
    assert (y.name, y.support, y.customers_with_because, y.customers_with_product) == ("Pump Y", 3, 4, 3)
