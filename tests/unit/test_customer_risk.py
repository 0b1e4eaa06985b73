"""Each risk flag on and off, with its reason, and the list of customers at risk. Today is 2 March 2026."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_desktop.core import customer_risk, history, people, sales, tickets
from crm_desktop.core.clock import to_iso

TODAY = date(2026, 3, 2)


def _person(ctx, name):
    pid = people.create(ctx, {"first_name": name, "last_name": "Risk"}, allow_duplicate=True)
    return pid, "p:" + pid


def _buy(ctx, pid, days_ago, cents=1000):
    sales.create(ctx, {"person_id": pid, "sold_on": (TODAY - timedelta(days=days_ago)).isoformat()},
                 [{"description": "Goods", "quantity": 1, "unit_price_cents": cents, "unit_cost_cents": 0}])


def _kinds(ctx, key):
    return [f.kind for f in customer_risk.flags(ctx.db, key, TODAY)]


def _at(days_ago):
    from datetime import UTC, datetime
    return to_iso(datetime(2026, 3, 2, 10, 0, tzinfo=UTC) - timedelta(days=days_ago))


def test_silent_after_1_5_times_the_usual_gap_and_at_least_60_days(ctx):
    pid, key = _person(ctx, "Quiet")
    for days in (300, 270, 240, 210):  # every 30 days, then nothing for 210 days
        _buy(ctx, pid, days)
    flags = customer_risk.flags(ctx.db, key, TODAY)
    assert [f.kind for f in flags] == ["silent"]
    assert flags[0].message.params == {"days": 210, "usual": 30}
    assert flags[0].message.render() == "No purchase or contact for 210 days; usually every 30 days."
    # A call 20 days ago: in contact again (a note would not have counted).
    history.log(ctx, {"kind": "note", "person_id": pid, "occurred_at": _at(20), "subject": "Memo"})
    assert _kinds(ctx, key) == ["silent"]
    history.log(ctx, {"kind": "call", "direction": "out", "person_id": pid, "occurred_at": _at(20),
                      "subject": "News"})
    assert _kinds(ctx, key) == []


def test_silent_follows_each_customers_rhythm(ctx):
    slow, slow_key = _person(ctx, "Slow")
    for days in (400, 300, 200, 100):  # every 100 days: 100 days of silence is usual
        _buy(ctx, slow, days)
    assert _kinds(ctx, slow_key) == []
    once, once_key = _person(ctx, "Once")
    _buy(ctx, once, 200)  # one active day: no rhythm yet
    assert _kinds(ctx, once_key) == []
    fast, fast_key = _person(ctx, "Fast")
    for days in (61, 62, 63, 64):  # every day, then 61 days: under 60 days is never silent
        _buy(ctx, fast, days)
    assert _kinds(ctx, fast_key) == ["silent"]
    _buy(ctx, fast, 59)
    assert _kinds(ctx, fast_key) == []


@pytest.mark.parametrize(("recent", "before", "flagged"), [(3, 1, True), (3, 2, False), (2, 0, False), (4, 2, True)])
def test_tickets_rising(ctx, recent, before, flagged):
    pid, key = _person(ctx, "Tickets")
    _buy(ctx, pid, 5)  # a customer in contact: not silent
    for days in [10 * (i + 1) for i in range(recent)] + [100 + 10 * i for i in range(before)]:
        tickets.open_ticket(ctx, {"person_id": pid, "subject": "Again", "opened_at": _at(days)})
    flags = customer_risk.flags(ctx.db, key, TODAY)
    assert [f.kind for f in flags] == (["tickets_rising"] if flagged else [])
    if flagged:
        assert flags[0].message.params == {"recent": recent, "before": before}


@pytest.mark.parametrize(("now", "flagged"), [(5999, True), (6000, False)])
def test_spend_falling_below_60_percent(ctx, now, flagged):
    pid, key = _person(ctx, "Spender")
    _buy(ctx, pid, 400, 10000)  # the 12 months before
    _buy(ctx, pid, 10, now)
    flags = customer_risk.flags(ctx.db, key, TODAY)
    assert [f.kind for f in flags] == (["spend_falling"] if flagged else [])
    if flagged:
        assert flags[0].message.params == {"percent": 40, "now_cents": 5999, "before_cents": 10000}


def test_at_risk_lists_flagged_customers_with_reasons(ctx):
    quiet, quiet_key = _person(ctx, "Quiet")
    for days in (300, 270, 240, 210):
        _buy(ctx, quiet, days, 500)
    both, both_key = _person(ctx, "Both")
    for days in (450, 420, 400, 380):  # before: 40.00 spent, then silent for 380 days
        _buy(ctx, both, days, 1000)
    fine, _ = _person(ctx, "Fine")
    for days in (30, 20, 10):
        _buy(ctx, fine, days)
    found = customer_risk.at_risk(ctx.db, TODAY)
    assert [(k, n, [f.kind for f in fl]) for k, n, fl in found] == [
        (both_key, "Both Risk", ["silent", "spend_falling"]), (quiet_key, "Quiet Risk", ["silent"])]
    assert [k for k, _, _ in customer_risk.at_risk(ctx.db, TODAY, limit=1)] == [both_key]
    for key, _, listed in found:
        assert listed == customer_risk.flags(ctx.db, key, TODAY)
    _buy(ctx, quiet, 0)  # a write is seen at once
    assert [k for k, _, _ in customer_risk.at_risk(ctx.db, TODAY)] == [both_key]


def _days(ctx):
    return sorted(ctx.db.execute("SELECT customer, day, n FROM customer_days").fetchall())


def _recomputed(ctx):
    from crm_desktop.db import schema

    ctx.db.execute("CREATE TEMP TABLE IF NOT EXISTS customer_days_check (customer TEXT, day TEXT, n INTEGER)")
    ctx.db.execute("DELETE FROM customer_days_check")
    ctx.db.execute(schema.CUSTOMER_DAYS_FILL.replace("INSERT INTO customer_days(", "INSERT INTO customer_days_check("))
    return sorted(ctx.db.execute("SELECT customer, day, n FROM customer_days_check").fetchall())


def test_customer_days_follow_every_write(ctx, world):
    pid, key = _person(ctx, "Mover")
    _buy(ctx, pid, 3)
    sale = sales.create(ctx, {"person_id": pid, "sold_on": "2026-02-01"},
                        [{"description": "X", "quantity": 1, "unit_price_cents": 1, "unit_cost_cents": 0}])
    entry = history.log(ctx, {"kind": "visit", "person_id": pid, "occurred_at": _at(40), "subject": "Visit"})
    ticket = tickets.open_ticket(ctx, {"person_id": pid, "subject": "Help", "opened_at": _at(7)})
    assert ("p:" + pid, "2026-02-01", 1) in _days(ctx)
    assert _days(ctx) == _recomputed(ctx)
    history.delete(ctx, entry)
    sales.update(ctx, sale, {"sold_on": "2026-02-02"})
    tickets.delete(ctx, ticket)
    assert _days(ctx) == _recomputed(ctx)
    people.update(ctx, pid, {"company_id": world.company})  # joins the bakery: their days go along
    assert not [row for row in _days(ctx) if row[0] == key]
    assert _days(ctx) == _recomputed(ctx)
    sales.delete(ctx, sale)
    people.update(ctx, pid, {"company_id": None})
    assert _days(ctx) == _recomputed(ctx)
    assert {row[0] for row in _days(ctx)} >= {key}
