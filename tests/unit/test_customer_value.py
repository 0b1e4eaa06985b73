"""Customer value on a small world where every figure is worked out by hand, in cents.

March 2026 (the fixed clock is Monday 2 March 2026, 09:30 UTC). Boulangerie Dupont has two people, Marie and
Jean; Paul and Zoé are private persons. Admin costs 40.00 an hour, Anna (technician) 30.00; travel costs
0.35 a km (the default support settings).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.core import (
    campaign_members,
    campaigns,
    customer_keys,
    customer_value,
    interventions,
    people,
    sales,
    support_costs,
    support_report,
    tickets,
)
from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.support_settings import load_support
from tests.field_setup import TUESDAY_9
from tests.unit.test_campaigns import campaign, person, segment

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
TODAY = date(2026, 3, 2)


def _sale(ctx, who, day, *lines):
    return sales.create(ctx, {**who, "sold_on": day}, list(lines))


@pytest.fixture
def shop(ctx, world):
    """The hand-built world; returns what the tests need to name."""
    ctx.db.execute("UPDATE users SET cost_per_hour_cents = 4000 WHERE id = ?", [ctx.user.id])
    km = load_support(ctx.db).km_cost_cents
    assert km == 35
    jean = person(ctx, "Jean", "Dupont", company_id=world.company)
    paul = person(ctx, "Paul", "Privé")
    zoe = person(ctx, "Zoé", "Zeller")
    # Sales: 2 pumps at -10 % (Marie, for the company); 3 fuses at -12.5 % and 1.5 kg of flour at 3.33
    # (Jean); a pump for Paul; a deleted sale and an April sale that March does not count.
    _sale(ctx, {"person_id": world.person}, "2026-03-02",
          {"product_id": world.pump, "quantity": 2, "discount_percent": 10})  # 270.00 - 160.00
    _sale(ctx, {"person_id": jean}, "2026-03-10",
          {"product_id": world.fuse, "quantity": 3, "discount_percent": "12.5"},  # 15.75 - 7.50
          {"description": "Flour", "quantity": "1.5", "unit_price_cents": 333, "unit_cost_cents": 111})  # 5.00-1.67
    _sale(ctx, {"person_id": paul}, "2026-03-31", {"product_id": world.pump, "quantity": 1})  # 150.00 - 80.00
    sales.delete(ctx, _sale(ctx, {"person_id": paul}, "2026-03-15", {"product_id": world.pump, "quantity": 9}))
    _sale(ctx, {"company_id": world.company}, "2026-04-01", {"product_id": world.fuse, "quantity": 1})  # April
    # Support on a company ticket: 45 min and 7 min of admin time (30.00 and 4.67), a part, travel, parking.
    ticket = tickets.open_ticket(ctx, {"person_id": world.person, "subject": "Oven"})
    support_costs.log_time(ctx, ticket, {"minutes": 45})
    support_costs.log_time(ctx, ticket, {"minutes": 7})
    support_costs.delete_time(ctx, support_costs.log_time(ctx, ticket, {"minutes": 600}))
    support_costs.add_cost(ctx, ticket, {"kind": "part", "description": "Fuse", "quantity": 2,
                                         "unit_cost_cents": 250, "unit_price_cents": 600})
    support_costs.add_cost(ctx, ticket, {"kind": "travel", "km": 10, "travel_minutes": 20})  # 3.50 + 13.33
    support_costs.add_cost(ctx, ticket, {"kind": "expense", "description": "Parking", "unit_cost_cents": 350})
    paul_ticket = tickets.open_ticket(ctx, {"person_id": paul, "subject": "Pump noise"})
    support_costs.log_time(ctx, paul_ticket, {"minutes": 30})  # 20.00
    # An intervention for the company's ticket: Anna 60 min on site (30.00), 2 fuses, 12 km.
    job = interventions.create(ctx, {"company_id": world.company, "ticket_id": ticket, "subject": "Oven",
                                     "skills": ["electrical"], "parts": [(world.fuse, 2)]})
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    ctx.clock.advance(days=1, hours=2)
    interventions.save_report(ctx, job, {"work_done": "Fuses", "arrived_at": "2026-03-03T08:05:00Z",
                                         "departed_at": "2026-03-03T09:05:00Z", "km": "12",
                                         "parts_used": [(world.fuse, 2)]}, complete=True)
    # A campaign of 3 members costing 100.00: 33.34 to the first member by person id, 33.33 to the others.
    for who in (jean, paul, zoe):
        ctx.db.execute("UPDATE people SET tags = '[\"promo\"]' WHERE id = ?", [who])
    cid = campaign(ctx, segment(ctx), starts_on="2026-03-01")
    campaign_members.build(ctx, cid)
    campaigns.add_cost(ctx, cid, {"description": "Printing", "amount_cents": 10000})
    share = dict(zip(sorted([jean, paul, zoe]), (3334, 3333, 3333), strict=True))
    return {"company": "c:" + world.company, "paul": "p:" + paul, "zoe": "p:" + zoe, "share": share,
            "jean": jean, "paul_id": paul, "zoe_id": zoe, "ticket": ticket, "world": world}


def test_every_figure_of_march_by_hand(ctx, shop):
    company = customer_value.value_of(ctx.db, shop["company"], *MARCH)
    assert company.name == "Boulangerie Dupont"
    assert company.revenue_cents == 27000 + 1575 + 500  # 1.5 x 3.33 = 4.995 -> 5.00
    assert company.cost_of_sales_cents == 16000 + 750 + 167  # 1.5 x 1.11 = 1.665 -> 1.67
    assert company.margin_cents == 29075 - 16917
    assert company.support_cost_cents == 3000 + 467 + 350  # 7 x 40.00 / 60 = 4.666 -> 4.67; parking
    assert company.parts_cost_cents == 500 + 500  # the ticket's part and the intervention's 2 fuses
    assert company.travel_cost_cents == (350 + 1333) + 12 * 35  # 10 km + 20 min at 40.00; 12 km
    assert company.intervention_cost_cents == 3000  # Anna, 60 min at 30.00
    assert company.campaign_cost_cents == shop["share"][shop["jean"]]
    serve = 3817 + 1000 + 2103 + 3000 + shop["share"][shop["jean"]]
    assert company.cost_to_serve_cents == serve
    assert company.contribution_cents == 12158 - serve
    assert company.profitability == pytest.approx(29075 / (16917 + serve))

    paul = customer_value.value_of(ctx.db, shop["paul"], *MARCH)
    assert (paul.name, paul.revenue_cents, paul.cost_of_sales_cents, paul.support_cost_cents) == (
        "Paul Privé", 15000, 8000, 2000)
    assert paul.campaign_cost_cents == shop["share"][shop["paul_id"]]
    assert paul.contribution_cents == 7000 - 2000 - shop["share"][shop["paul_id"]]

    zoe = customer_value.value_of(ctx.db, shop["zoe"], *MARCH)
    assert (zoe.revenue_cents, zoe.cost_to_serve_cents) == (0, shop["share"][shop["zoe_id"]])
    assert zoe.contribution_cents == -shop["share"][shop["zoe_id"]]
    assert zoe.profitability == 0.0
    # The three shares add up to the campaign's 100.00 exactly.
    assert sum(v.campaign_cost_cents for v in (company, paul, zoe)) == 10000


def test_values_totals_and_costly_of_march(ctx, shop):
    found = customer_value.values(ctx.db, *MARCH)
    assert [v.key for v in found] == [shop["paul"], shop["company"], shop["zoe"]]  # best contribution first
    for value in found:  # one customer's figures (counted by rank) are those of the whole list
        assert value == customer_value.value_of(ctx.db, value.key, *MARCH)
    total = customer_value.totals(ctx.db, *MARCH)
    # Zoé never bought: her campaign share is acquisition cost, in the totals but not a costly customer.
    assert total.customers == 3 and total.costly_customers == 1
    assert total.revenue_cents == 29075 + 15000
    assert total.campaign_cost_cents == 10000
    assert total.contribution_cents == sum(v.contribution_cents for v in found)
    # The company brings 121.58 of margin and costs 132.5x to serve.
    assert [v.key for v in customer_value.costly(ctx.db, *MARCH)] == [shop["company"]]
    assert [v.key for v in customer_value.costly(ctx.db, *MARCH, limit=0)] == []
    # Once Zoé buys (even later, even nothing), she is a customer who cost more than she brought in March.
    _sale(ctx, {"person_id": shop["zoe_id"]}, "2026-05-02", {"product_id": shop["world"].fuse, "quantity": 1})
    assert [v.key for v in customer_value.costly(ctx.db, *MARCH)] == [shop["zoe"], shop["company"]]
    assert customer_value.totals(ctx.db, *MARCH).costly_customers == 2
    # The Marie of the company has no value of her own: her purchases are the company's.
    marie = customer_value.value_of(ctx.db, "p:" + shop["world"].person, *MARCH)
    assert marie.revenue_cents == 0 and marie.cost_to_serve_cents == 0


def test_by_month_cuts_at_the_period_and_keeps_empty_months(ctx, shop):
    months = customer_value.by_month(ctx.db, date(2026, 2, 15), date(2026, 4, 30))
    assert [m.month for m in months] == ["2026-02", "2026-03", "2026-04"]
    assert months[0] == customer_value.MonthFigures("2026-02", 0, 0, 0)
    march = customer_value.totals(ctx.db, *MARCH)
    assert (months[1].revenue_cents, months[1].margin_cents, months[1].cost_to_serve_cents) == (
        march.revenue_cents, march.margin_cents, march.cost_to_serve_cents)
    assert (months[2].revenue_cents, months[2].margin_cents) == (600, 600 - 250)


def test_agrees_with_the_support_costs_report(ctx, shop):
    world = shop["world"]
    mine = customer_value.value_of(ctx.db, shop["company"], *MARCH)
    theirs = support_costs.customer_totals(ctx.db, world.company, None, *MARCH).totals
    assert mine.support_cost_cents + mine.intervention_cost_cents == theirs.time_cost_cents + theirs.expense_cost_cents
    assert (mine.parts_cost_cents, mine.travel_cost_cents) == (theirs.parts_cost_cents, theirs.travel_cost_cents)
    report = support_report.support_report(ctx.db, *MARCH, ctx.clock.now())
    lines = {customer_keys.key_of(c.company_id, c.person_id): c.totals.cost_cents for c in report.customers}
    for value in customer_value.values(ctx.db, *MARCH):
        support = (value.support_cost_cents + value.parts_cost_cents + value.travel_cost_cents
                   + value.intervention_cost_cents)
        assert lines.get(value.key, 0) == support


def test_a_person_who_joins_a_company_brings_their_purchases(ctx, shop):
    paul_id = shop["paul_id"]
    people.update(ctx, paul_id, {"company_id": shop["world"].company})
    company = customer_value.value_of(ctx.db, shop["company"], *MARCH)
    # Sales and tickets made before name only Paul: they now count for his company.
    assert company.revenue_cents == 29075 + 15000
    assert customer_value.value_of(ctx.db, shop["paul"], *MARCH).revenue_cents == 0


def test_card_compares_the_last_12_months_with_the_12_before(ctx, shop):
    paul = shop["paul"]
    _sale(ctx, {"person_id": shop["paul_id"]}, "2025-02-15",
          {"description": "Old boiler", "quantity": 1, "unit_price_cents": 30000, "unit_cost_cents": 20000})
    _sale(ctx, {"person_id": shop["paul_id"]}, "2024-03-31",  # 2 years before the card's day: in neither year
          {"description": "Older", "quantity": 1, "unit_price_cents": 99999, "unit_cost_cents": 0})
    day = date(2026, 3, 31)
    card = customer_value.card(ctx.db, paul, day)
    assert (card.key, card.name) == (paul, "Paul Privé")
    assert (card.revenue_cents, card.margin_cents) == (15000, 7000)  # 1 April 2025 - 31 March 2026
    assert card.cost_to_serve_cents == 2000 + shop["share"][shop["paul_id"]]
    assert card.contribution_cents == 7000 - card.cost_to_serve_cents
    assert card.trend_percent == pytest.approx(-50.0)  # 150.00 against 300.00 (1 April 2024 - 31 March 2025)
    assert [f.kind for f in card.flags] == ["spend_falling"]
    # Scored: Paul (0 days, 3 sales, 1 449.99) and the company (21 days, 2 sales, 290.75): of two customers,
    # the better one scores 1 + 5 x 1 // 2 = 3 on each: r 3, f 3 -> loyal.
    assert card.tier == "loyal" and card.tier_label == "Loyal"
    year = customer_value.value_of(ctx.db, paul, date(2025, 4, 1), day)
    assert (card.revenue_cents, card.margin_cents, card.cost_to_serve_cents, card.contribution_cents) == (
        year.revenue_cents, year.margin_cents, year.cost_to_serve_cents, year.contribution_cents)


def test_unknown_or_malformed_customers_are_refused(ctx, shop):
    with pytest.raises(NotFound):
        customer_value.value_of(ctx.db, "c:nobody", *MARCH)
    with pytest.raises(ValidationError):
        customer_value.card(ctx.db, "x:1", TODAY)


# --------------------------------------------------------------------------- properties

_lines = st.tuples(
    st.integers(1, 1_000_000).map(lambda q: Decimal(q) / 1000),  # three decimals
    st.integers(0, 10_000_000),
    st.integers(0, 10_000_000),
    st.integers(0, 10_000).map(lambda d: Decimal(d) / 100),  # two decimals
)


@given(st.lists(_lines, min_size=1, max_size=20))
def test_sql_line_amounts_are_the_sales_rules(lines):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE l (quantity REAL, unit_price_cents INTEGER, unit_cost_cents INTEGER, "
                 "discount_percent REAL)")
    conn.executemany("INSERT INTO l VALUES (?, ?, ?, ?)", [(float(q), p, c, float(d)) for q, p, c, d in lines])
    conn.create_function("crm_line_revenue", 3, lambda q, p, d: sales.line_amounts(q, int(p), 0, d)[0])
    conn.create_function("crm_line_cost", 2, lambda q, c: sales.line_amounts(q, 0, int(c))[1])
    got = conn.execute(f"SELECT {customer_value.LINE_REVENUE}, {customer_value.LINE_COST} FROM l").fetchall()
    assert got == [sales.line_amounts(float(q), p, c, float(d)) for q, p, c, d in lines]


_sales = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 800), st.integers(1, 50_000),
                            st.integers(0, 20_000), st.sampled_from([0, 5, 12.5, 33.33])), min_size=1, max_size=6)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(made=_sales, offset=st.integers(0, 700))
def test_values_add_up_to_totals_and_the_card_is_its_12_months(ctx, shop, made, offset):
    who = [{"person_id": shop["world"].person}, {"person_id": shop["paul_id"]}, {"person_id": shop["zoe_id"]}]
    for index, days, price, cost, discount in made:
        _sale(ctx, who[index], (TODAY - timedelta(days=days)).isoformat(),
              {"description": "Goods", "quantity": 1, "unit_price_cents": price, "unit_cost_cents": cost,
               "discount_percent": discount})
    start = TODAY - timedelta(days=offset)
    found = customer_value.values(ctx.db, start, TODAY)
    assert found == [customer_value.value_of(ctx.db, v.key, start, TODAY) for v in found]
    buyers = customer_value.bought_ever(ctx.db, [v.key for v in found])
    assert customer_value.totals(ctx.db, start, TODAY) == customer_value.totals_of(start, TODAY, found, buyers)
    assert sum(v.revenue_cents for v in found) == customer_value.totals(ctx.db, start, TODAY).revenue_cents
    for key in (shop["company"], shop["paul"], shop["zoe"]):
        card = customer_value.card(ctx.db, key, TODAY)
        year = customer_value.value_of(ctx.db, key, date(2025, 3, 3), TODAY)
        assert (card.revenue_cents, card.margin_cents, card.cost_to_serve_cents, card.contribution_cents) == (
            year.revenue_cents, year.margin_cents, year.cost_to_serve_cents, year.contribution_cents)


def _months_are_exact(db) -> None:
    """The months and days kept through the triggers' marks are those of a recomputation of everything."""
    customer_value.refresh(db)
    assert not db.execute("SELECT 1 FROM value_dirty").fetchall()
    kept = [db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in ("value_months", "value_days")]
    db.execute("INSERT INTO value_dirty(month) VALUES ('*')")
    customer_value.refresh(db)
    assert [db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("value_months", "value_days")] == kept
    # Each month is the sum of its days.
    assert db.execute("SELECT month, customer, revenue, cost_of_sales, support, parts, travel, intervention, "
                      "campaign, sales, line_sales FROM value_months ORDER BY 1, 2").fetchall() == db.execute(
        "SELECT substr(day, 1, 7), customer, sum(revenue), sum(cost_of_sales), sum(support), sum(parts), "
        "sum(travel), sum(intervention), sum(campaign), sum(sales), sum(line_sales) FROM value_days "
        "GROUP BY 1, 2 ORDER BY 1, 2").fetchall()


def test_kept_months_follow_every_write(ctx, shop):
    db = ctx.db
    _months_are_exact(db)
    march = customer_value.totals(db, *MARCH)
    assert march == customer_value.totals_of(*MARCH, customer_value.values(db, *MARCH),
                                             customer_value.bought_ever(db, [shop["company"], shop["paul"]]))
    paul_sale = db.execute("SELECT id FROM sales WHERE person_id = ? AND deleted_at IS NULL",
                           [shop["paul_id"]]).fetchone()[0]
    for sql, params in (
            ("UPDATE sales SET sold_on = '2026-02-27' WHERE id = ?", [paul_sale]),  # to another month
            ("UPDATE sale_lines SET quantity = 5 WHERE sale_id = ?", [paul_sale]),
            ("UPDATE tickets SET company_id = NULL, person_id = ? WHERE id = ?", [shop["zoe_id"], shop["ticket"]]),
            ("UPDATE people SET company_id = ? WHERE id = ?", [shop["world"].company, shop["zoe_id"]]),
            ("UPDATE people SET company_id = NULL WHERE id = ?", [shop["jean"]]),
            ("UPDATE campaigns SET starts_on = '2026-04-02'", []),
            ("UPDATE time_entries SET started_at = '2026-02-28T23:30:00.000Z' WHERE minutes = 45", []),  # 1 March
            ("DELETE FROM ticket_costs WHERE kind = 'travel'", []),
            ("UPDATE intervention_costs SET cost_cents = cost_cents + 1", []),
            ("DELETE FROM campaign_members WHERE person_id = ?", [shop["paul_id"]]),
            ("INSERT INTO settings(key, value, updated_at) VALUES "
             "('support.timezone', '\"Pacific/Kiritimati\"', '2026-03-02T09:30:00.000Z') "
             "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at", []),
    ):
        db.execute(sql, params)
        _months_are_exact(db)
    assert customer_value.totals(db, *MARCH) != march  # the figures followed


def test_customers_in_the_trash_are_left_out(ctx, shop):
    from crm_desktop.core import companies

    before = customer_value.totals(ctx.db, *MARCH)
    company = customer_value.value_of(ctx.db, shop["company"], *MARCH)
    companies.delete(ctx, shop["world"].company)
    assert shop["company"] not in [v.key for v in customer_value.values(ctx.db, *MARCH)]
    after = customer_value.totals(ctx.db, *MARCH)
    assert after.customers == before.customers - 1
    assert after.revenue_cents == before.revenue_cents - company.revenue_cents
    assert shop["company"] not in [v.key for v in customer_value.costly(ctx.db, *MARCH)]
    companies.restore(ctx, shop["world"].company)
    assert customer_value.totals(ctx.db, *MARCH) == before


def test_a_period_cut_inside_months_adds_up(ctx, shop):
    """Whole months come from the kept months, cut months from the kept days: they agree with the rows day by
    day, and the totals, the months and the best and worst are those of the values."""
    days = [date(2026, 3, 1) + timedelta(days=n) for n in range(0, 40, 3)]
    whole = customer_value.values(ctx.db, date(2026, 2, 1), date(2026, 4, 30))
    for first in days:
        for last in days:
            if first <= last:
                direct = {w.key: customer_value.value_of(ctx.db, w.key, first, last) for w in whole}
                found = customer_value.values(ctx.db, first, last)
                assert {v.key: v for v in found} == {
                    k: v for k, v in direct.items() if any((v.revenue_cents, v.cost_of_sales_cents,
                                                            v.cost_to_serve_cents))}
                total = customer_value.totals(ctx.db, first, last)
                assert total == customer_value.totals_of(first, last, found, customer_value.bought_ever(
                    ctx.db, [v.key for v in found]))
                months = customer_value.by_month(ctx.db, first, last)
                assert sum(m.revenue_cents for m in months) == total.revenue_cents
                assert sum(m.cost_to_serve_cents for m in months) == total.cost_to_serve_cents
                assert customer_value.ranked(ctx.db, first, last, 2) == (found[:2], found[::-1][:2])


def test_a_write_keeps_what_other_months_kept(ctx, shop):
    """Each refreshed month draws a new version: a sale in March leaves February's state (and what was kept of
    it) as it was; a transaction rolled back takes its versions with it, never to be drawn again."""
    db = ctx.db
    february, march = (date(2026, 2, 1), date(2026, 2, 28)), MARCH
    customer_value.refresh(db)
    before = customer_value.state(db, *february), customer_value.state(db, *march)
    kept = customer_value.totals(db, *february)
    _sale(ctx, {"person_id": shop["paul_id"]}, "2026-03-20", {"product_id": shop["world"].pump, "quantity": 1})
    customer_value.refresh(db)
    assert customer_value.state(db, *february) == before[0]
    assert customer_value.state(db, *march) != before[1]
    assert customer_value.totals(db, *february) == kept
    assert customer_value.totals(db, *march).revenue_cents == shop_march_revenue(db) + 15000
    now = customer_value.state(db, *march)
    db.execute("BEGIN")
    _sale(ctx, {"person_id": shop["paul_id"]}, "2026-03-21", {"product_id": shop["world"].pump, "quantity": 1})
    inside = customer_value.totals(db, *march)
    assert customer_value.state(db, *march) not in (now, before[1])
    db.execute("ROLLBACK")
    assert customer_value.state(db, *march) == now
    assert customer_value.totals(db, *march).revenue_cents == inside.revenue_cents - 15000


def shop_march_revenue(db) -> int:
    """March's revenue as the shop fixture made it: 270.00 + 15.75 + 5.00 + 150.00."""
    return 27000 + 1575 + 500 + 15000


def test_an_upgraded_database_is_valued_while_it_opens(tmp_path: Path) -> None:
    """Every month marked ('*': an upgrade, another time zone) is recomputed by open_session, not by the first
    customer page opened afterwards on the window's thread."""
    from crm_desktop.app import open_session
    from crm_desktop.db.connection import open_database

    path = tmp_path / "crm.db"
    db = open_database(path)
    db.execute("INSERT OR IGNORE INTO value_dirty(month) VALUES ('*')")
    assert customer_value.full_refresh_pending(db)
    db.close()
    ctx = open_session(path)
    try:
        assert not customer_value.full_refresh_pending(ctx.db)
        assert ctx.db.execute("SELECT count(*) FROM value_dirty").fetchone()[0] == 0
    finally:
        ctx.db.close()
