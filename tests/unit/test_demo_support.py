"""Demo data of the support desk: levels, contracts, tickets and their stories, time, costs, articles, SLA.

Small size only (300 tickets, a fraction of a second), generated once for the read-only checks.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.core import contracts, info, ticket_sla, tickets
from crm_desktop.core.business_time import BusinessHours
from crm_desktop.core.choices import PERSON_LANGUAGES
from crm_desktop.core.clock import FixedClock, from_iso, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.demo import SIZES, Cancelled, generate
from crm_desktop.core.demo_support import TICKET_UNITS, BusinessCalendar
from crm_desktop.core.demo_support_data import ARTICLES, TICKET_TEMPLATES
from crm_desktop.core.support_choices import (
    BILLING,
    CATEGORIES,
    CHANNELS,
    COST_KINDS,
    DONE_STATUSES,
    PRIORITIES,
    STATUSES,
)
from crm_desktop.core.support_costs import _money, _times
from crm_desktop.core.support_settings import SupportSettings
from crm_desktop.core.ticket_queues import TICKETS, TicketFilter
from crm_desktop.core.users import add_user
from crm_desktop.db.connection import open_database

SMALL = SIZES["small"]
START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # a Monday, 10:30 in Brussels: the desk is open
SUPPORT_TABLES = ("support_levels", "contracts", "tickets", "ticket_events", "kb_articles", "ticket_solutions",
                  "time_entries", "ticket_costs", "ticket_sla", "number_counters", "users")
#: Status changes the core allows (tickets._ALLOWED), which every story must follow.
ALLOWED = tickets._ALLOWED


def rows(db: sqlite_utils.Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    return db.execute_returning_dicts(sql, params or [])


def dump(db: sqlite_utils.Database) -> dict[str, list[tuple[Any, ...]]]:
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in SUPPORT_TABLES}


@pytest.fixture(scope="module")
def small() -> Iterator[sqlite_utils.Database]:
    db = open_database(":memory:")
    counts = generate(db, FixedClock(START), "small", seed=1)
    assert counts.tickets == SMALL.tickets == 300
    yield db
    db.close()


# --------------------------------------------------------------------------- levels and contracts


def test_levels_and_contracts(small: sqlite_utils.Database) -> None:
    levels = rows(small, "SELECT * FROM support_levels ORDER BY rank")
    assert [lv["name"] for lv in levels] == ["Bronze", "Silver", "Gold"]
    for faster, slower in zip(levels[1:], levels[:-1], strict=True):
        assert faster["first_response_minutes"] < slower["first_response_minutes"]
        assert faster["resolution_minutes"] < slower["resolution_minutes"]
        assert faster["included_minutes"] > slower["included_minutes"]
    assert all(lv["hourly_rate_cents"] > 0 and lv["first_response_minutes"] > 0 for lv in levels)
    assert [lv["onsite_included"] for lv in levels] == [0, 0, 1]
    today = START.date().isoformat()
    people_company = dict(small.execute("SELECT id, company_id FROM people").fetchall())
    stages = dict(small.execute("SELECT id, stage FROM companies").fetchall())
    found = rows(small, "SELECT * FROM contracts")
    assert len(found) >= 5
    for contract in found:
        assert (contract["company_id"] is None) != (contract["person_id"] is None)
        if contract["person_id"]:
            assert people_company[contract["person_id"]] is None  # a private customer
        else:
            assert stages[contract["company_id"]] in ("customer", "former")
        assert contract["starts_on"] <= today
        assert contract["ends_on"] is None or contract["starts_on"] < contract["ends_on"]
        assert contract["created_at"] <= to_iso(START)
        assert re.fullmatch(r"CT-\d{4}-\d{3}", contract["reference"])
    assert any(c["ends_on"] and c["ends_on"] < today for c in found)  # some expired
    assert any(c["ends_on"] is None or c["ends_on"] >= today for c in found)  # some valid now
    assert len({c["reference"] for c in found}) == len(found)


# --------------------------------------------------------------------------- tickets and their stories


def test_ticket_numbers_continue_in_the_counter(small: sqlite_utils.Database) -> None:
    code = small.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0]
    numbers = [r[0] for r in small.execute("SELECT number FROM tickets ORDER BY rid")]
    assert numbers == [f"T-{code}-{n:04d}" for n in range(1, 301)]
    assert small.execute("SELECT prefix, code, last FROM number_counters WHERE prefix = 'T'").fetchall() == [
        ("T", code, 300)]
    opened = [r[0] for r in small.execute("SELECT opened_at FROM tickets ORDER BY rid")]
    assert opened == sorted(opened)  # numbered in the order they came in


def test_tickets_are_consistent_with_their_events(small: sqlite_utils.Database) -> None:
    now, earliest = to_iso(START), to_iso(START - timedelta(days=3 * 365))
    events: dict[str, list[dict[str, Any]]] = {}
    for event in rows(small, "SELECT * FROM ticket_events ORDER BY at, rid"):
        events.setdefault(event["ticket_id"], []).append(event)
    users = {r[0] for r in small.execute("SELECT id FROM users")}
    people = {r["id"]: r for r in rows(small, "SELECT id, company_id, language, created_at FROM people")}
    subjects = {lang: {t[f"subject_{lang}"] for t in TICKET_TEMPLATES} for lang in ("fr", "en")}
    statuses: Counter[str] = Counter()
    for ticket in rows(small, "SELECT * FROM tickets"):
        statuses[ticket["status"]] += 1
        assert ticket["channel"] in CHANNELS and ticket["priority"] in PRIORITIES
        assert ticket["category"] in CATEGORIES and ticket["status"] in STATUSES
        assert earliest <= ticket["opened_at"] == ticket["created_at"] <= ticket["updated_at"] <= now
        assert to_iso(from_iso(ticket["opened_at"])) == ticket["opened_at"]
        assert ticket["created_by"] in users and ticket["updated_by"] in users
        if ticket["person_id"]:
            person = people[ticket["person_id"]]
            assert ticket["company_id"] == person["company_id"]
            assert person["created_at"] < ticket["opened_at"]
            language = person["language"]
            assert language in PERSON_LANGUAGES
            expected = subjects[language] if language in ("fr", "en") else subjects["fr"] | subjects["en"]
            assert ticket["subject"] in expected
        else:
            assert ticket["company_id"]
        cover = contracts.coverage(small, ticket["company_id"], ticket["person_id"],
                                   from_iso(ticket["opened_at"]).date())
        assert ticket["level_id"] == (cover.level.id if cover else None)
        story = events.get(ticket["id"], [])
        state, owner, resolved_at, closed_at = "new", None, None, None
        for event in story:
            assert ticket["opened_at"] <= event["at"] <= now
            assert event["user_id"] in users and event["created_by"] == event["user_id"]
            assert event["created_at"] == event["at"]
            if event["kind"] == "status":
                assert event["old_value"] == state and event["new_value"] in ALLOWED[state], (ticket["number"], event)
                state = event["new_value"]
                if state == "resolved":
                    resolved_at, closed_at = event["at"], None
                    assert event["body"] == ticket["resolution"]
                elif state == "closed":
                    closed_at = event["at"]
                elif state == "reopened":
                    resolved_at = None
            elif event["kind"] == "assign":
                assert event["old_value"] is None or event["old_value"] == owner
                owner = event["new_value"]
            elif event["kind"] == "message":
                assert event["direction"] in ("in", "out") and event["body"]
            elif event["kind"] == "note":
                assert event["direction"] is None and event["body"]
        assert ticket["status"] == state
        assert ticket["assignee_id"] == owner
        assert ticket["updated_at"] == (story[-1]["at"] if story else ticket["opened_at"])
        if state in DONE_STATUSES:
            assert ticket["resolution"] and ticket["resolved_at"] == resolved_at
            assert ticket["closed_at"] == closed_at
            assert ticket["assignee_id"] is not None
        else:
            assert ticket["resolved_at"] is None and ticket["closed_at"] is None
        if state == "new":
            assert not any(e["kind"] == "message" and e["direction"] == "out" for e in story)
    # Most old tickets closed, and the queues have something of every kind.
    assert statuses["closed"] > 0.8 * SMALL.tickets
    assert {"new", "open", "waiting", "reopened", "resolved"} <= set(statuses)


def test_time_entries_and_costs_are_priced_like_core(small: sqlite_utils.Database) -> None:
    defaults = SupportSettings()
    user_cost = dict(small.execute("SELECT id, cost_per_hour_cents FROM users").fetchall())
    by_ticket = {t["id"]: t for t in rows(small, "SELECT * FROM tickets")}
    events = Counter((e["ticket_id"], e["kind"], e["new_value"]) for e in rows(small, "SELECT * FROM ticket_events"))
    entries = rows(small, "SELECT * FROM time_entries")
    assert len(entries) >= SMALL.tickets
    billing: Counter[str] = Counter()
    for entry in entries:
        ticket = by_ticket[entry["ticket_id"]]
        assert isinstance(entry["minutes"], int) and 0 < entry["minutes"] <= 24 * 60
        assert ticket["opened_at"] <= entry["started_at"] <= to_iso(START)
        assert entry["billing"] in BILLING
        billing[entry["billing"]] += 1
        assert entry["cost_rate_cents"] == (user_cost[entry["user_id"]] or defaults.cost_per_hour_cents)
        cover = contracts.coverage(small, ticket["company_id"], ticket["person_id"],
                                   from_iso(entry["started_at"]).date())
        assert entry["price_rate_cents"] == (cover.level.hourly_rate_cents if cover else defaults.hourly_rate_cents)
        if entry["billing"] == "covered":
            assert cover is not None and cover.level.included_minutes > 0
        if ticket["category"] == "warranty":
            assert entry["billing"] == "free"
        assert events[(entry["ticket_id"], "time", str(entry["minutes"]))] > 0
    assert billing["billable"] and billing["covered"]
    costs = rows(small, "SELECT * FROM ticket_costs")
    kinds = Counter(c["kind"] for c in costs)
    assert kinds["part"] and kinds["travel"]
    for cost in costs:
        ticket = by_ticket[cost["ticket_id"]]
        assert cost["kind"] in COST_KINDS and cost["billing"] in BILLING
        assert cost["km"] > 0 if cost["kind"] == "travel" else cost["description"]
        for column in ("unit_cost_cents", "unit_price_cents", "cost_cents", "price_cents"):
            assert isinstance(cost[column], int) and cost[column] >= 0
        assert ticket["opened_at"] <= cost["occurred_at"] <= to_iso(START)
        if cost["kind"] == "travel":
            km = Decimal(str(cost["km"]))
            day = from_iso(cost["occurred_at"]).date()
            cover = contracts.coverage(small, ticket["company_id"], ticket["person_id"], day)
            price_rate = cover.level.hourly_rate_cents if cover else defaults.hourly_rate_cents
            cost_rate = user_cost[cost["user_id"]] or defaults.cost_per_hour_cents
            assert cost["cost_cents"] == _money(km, defaults.km_cost_cents) + _times(cost["travel_minutes"], cost_rate)
            assert cost["price_cents"] == _money(km, defaults.km_price_cents) + _times(cost["travel_minutes"],
                                                                                      price_rate)
            if cost["billing"] == "covered":
                assert cover is not None and cover.level.onsite_included
        else:
            quantity = Decimal(str(cost["quantity"]))
            assert cost["cost_cents"] == _money(quantity, cost["unit_cost_cents"])
            assert cost["price_cents"] == _money(quantity, cost["unit_price_cents"])
            assert cost["unit_price_cents"] >= cost["unit_cost_cents"] > 0
        assert events[(cost["ticket_id"], "cost", str(cost["cost_cents"]))] > 0


# --------------------------------------------------------------------------- knowledge base


def test_every_article_in_both_languages(small: sqlite_utils.Database) -> None:
    articles = rows(small, "SELECT * FROM kb_articles")
    assert len(articles) == len(ARTICLES) >= 72
    languages = Counter(a["language"] for a in articles)
    assert languages["fr"] >= 36 and languages["en"] >= 36
    assert {(a["title"], a["language"]) for a in articles} == {(a["title"], a["language"]) for a in ARTICLES}
    for article in articles:
        tags = json.loads(article["tags"])
        assert isinstance(tags, list) and all(isinstance(t, str) and t == t.strip() and t for t in tags)
        assert article["tags"] == json.dumps(tags, ensure_ascii=False, sort_keys=True)
        assert article["solution"] and article["created_at"] <= article["updated_at"] <= to_iso(START)
    hits = small.execute("SELECT count(*) FROM kb_articles_fts WHERE kb_articles_fts MATCH 'pression'").fetchone()[0]
    assert hits > 0


def test_solutions_link_resolved_tickets_to_articles(small: sqlite_utils.Database) -> None:
    links = rows(small, "SELECT s.*, t.opened_at, t.status, t.resolved_at FROM ticket_solutions s "
                        "JOIN tickets t ON t.id = s.ticket_id")
    articles = {a["id"]: a for a in rows(small, "SELECT id, created_at, title FROM kb_articles")}
    numbers = dict(small.execute("SELECT id, number FROM tickets").fetchall())
    solution_events = {(e["ticket_id"], e["new_value"]): e for e in
                       rows(small, "SELECT * FROM ticket_events WHERE kind = 'solution'")}
    assert len(links) >= 50
    per_article: Counter[str] = Counter()
    for link in links:
        assert (link["article_id"] is None) != (link["source_ticket_id"] is None)
        assert link["opened_at"] <= link["applied_at"]
        if link["resolved_at"]:
            assert link["applied_at"] <= link["resolved_at"]
        event = solution_events[(link["ticket_id"], link["article_id"] or link["source_ticket_id"])]
        assert event["at"] == link["applied_at"]
        if link["article_id"]:
            article = articles[link["article_id"]]
            assert article["created_at"] <= link["applied_at"] and event["body"] == article["title"]
            per_article[link["article_id"]] += link["status"] in DONE_STATUSES
        else:
            assert event["body"].startswith(numbers[link["source_ticket_id"]] + " ")
    assert per_article.most_common(1)[0][1] >= 5  # some articles solved many tickets
    assert any(link["source_ticket_id"] for link in links)  # and past tickets were reused too


# --------------------------------------------------------------------------- service levels and queues


def test_every_ticket_has_the_sla_row_core_would_compute(small: sqlite_utils.Database) -> None:
    before = small.execute("SELECT * FROM ticket_sla ORDER BY ticket_id").fetchall()
    assert len(before) == SMALL.tickets
    small.conn.execute("SAVEPOINT recompute")
    ticket_sla.refresh_all(small, START)
    after = small.execute("SELECT * FROM ticket_sla ORDER BY ticket_id").fetchall()
    small.conn.execute("ROLLBACK TO recompute")
    small.conn.execute("RELEASE recompute")
    assert before == after
    met = small.execute("SELECT avg(s.response_met), avg(s.resolution_met) FROM ticket_sla s JOIN tickets t "
                        "ON t.id = s.ticket_id WHERE t.status IN ('resolved', 'closed')").fetchone()
    assert 0.6 < met[0] < 1 and 0.6 < met[1] < 1  # mostly on time, not always


def test_queues_are_worth_looking_at(small: sqlite_utils.Database) -> None:
    counts = TICKETS.counts(small, TicketFilter(now=START))
    assert counts["breaching"] >= 1 and counts["breached"] >= 1
    assert counts["waiting"] >= 1 and counts["unassigned"] >= 1
    assert 8 <= counts["open"] <= 60
    first_page = TICKETS.page(small, TicketFilter(queue="breaching", now=START))
    due = {r[0]: small.execute("SELECT next_due FROM ticket_sla WHERE ticket_id = ?", [r[0]]).fetchone()[0]
           for r in first_page}
    assert all(to_iso(START) <= d <= to_iso(START + timedelta(hours=1)) for d in due.values())


# --------------------------------------------------------------------------- core after the demo


def test_next_ticket_opened_in_the_app_continues_the_numbering(ctx: Context) -> None:
    first = tickets.open_ticket(ctx, {"person_id": None, "company_id": _any_company(ctx), "subject": "Avant"})
    code = ctx.db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0]
    assert tickets.get(ctx.db, first)["number"] == f"T-{code}-0001"
    counts = generate(ctx.db, ctx.clock, "small", seed=2)
    numbers = [r[0] for r in ctx.db.execute("SELECT number FROM tickets ORDER BY rid")]
    assert numbers[1] == f"T-{code}-0002" and numbers[-1] == f"T-{code}-{counts.tickets + 1:04d}"
    person = ctx.db.execute("SELECT id FROM people ORDER BY rid LIMIT 1").fetchone()[0]
    after = tickets.open_ticket(ctx, {"person_id": person, "subject": "Après la démo"})
    assert tickets.get(ctx.db, after)["number"] == f"T-{code}-{counts.tickets + 2:04d}"
    found = info.collect(ctx.db)
    assert found.counts["tickets"] == counts.tickets + 2 and found.counts["articles"] == len(ARTICLES)


def _any_company(ctx: Context) -> str:
    from crm_desktop.core import companies

    return companies.create(ctx, {"name": "Client d'avant la démo"})


def test_a_second_load_reuses_levels_and_articles(small: sqlite_utils.Database) -> None:
    db = open_database(":memory:")
    generate(db, FixedClock(START), "small", seed=1)
    generate(db, FixedClock(START), "small", seed=1)
    assert db.execute("SELECT count(*) FROM support_levels").fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM kb_articles").fetchone()[0] == len(ARTICLES)
    assert db.execute("SELECT count(*), count(DISTINCT number), count(DISTINCT id) FROM tickets").fetchone() == (
        600, 600, 600)
    assert db.execute("SELECT last FROM number_counters").fetchone()[0] == 600
    assert db.execute("SELECT count(*) FROM ticket_sla").fetchone()[0] == 600
    db.close()


def test_technicians_are_hired_when_nobody_works_the_desk(ctx: Context) -> None:
    add_user(ctx.db, ctx.clock, "Patron", "manager", actor_id=ctx.user.id)
    counts = generate(ctx.db, ctx.clock, "small", seed=1)
    assert counts.users == 2
    technicians = {r[0] for r in ctx.db.execute("SELECT id FROM users WHERE role = 'technician'")}
    assert len(technicians) == 2
    assignees = {r[0] for r in ctx.db.execute("SELECT DISTINCT assignee_id FROM tickets WHERE assignee_id IS NOT NULL")}
    assert assignees <= technicians | {r[0] for r in ctx.db.execute("SELECT id FROM users")}
    assert assignees & technicians


# --------------------------------------------------------------------------- reproducible, cancellable


def test_same_seed_same_tickets() -> None:
    first, second = open_database(":memory:"), open_database(":memory:")
    generate(first, FixedClock(START), "small", seed=4)
    generate(second, FixedClock(START), "small", seed=4)
    codes = [db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0] for db in (first, second)]

    def normalized(db: sqlite_utils.Database, code: str) -> dict[str, list[tuple[Any, ...]]]:
        out = dump(db)
        out["tickets"] = [tuple(str(v).replace(f"-{code}-", "-X-") if isinstance(v, str) else v for v in row)
                          for row in out["tickets"]]
        out["ticket_events"] = [tuple(str(v).replace(f"-{code}-", "-X-") if isinstance(v, str) else v for v in row)
                                for row in out["ticket_events"]]
        out["number_counters"] = [(p, "X", last) for p, _, last in out["number_counters"]]
        return out

    assert normalized(first, codes[0]) == normalized(second, codes[1])
    other = open_database(":memory:")
    generate(other, FixedClock(START), "small", seed=5)
    assert {r[0] for r in other.execute("SELECT id FROM tickets")}.isdisjoint(
        {r[0] for r in first.execute("SELECT id FROM tickets")})


@pytest.mark.parametrize("bulk", [True, False])
def test_cancel_during_the_support_part_leaves_nothing(db: sqlite_utils.Database, clock: FixedClock,
                                                       bulk: bool) -> None:
    before = dump(db)
    base = SMALL.people + SMALL.companies + SMALL.history
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done <= base  # stop once the support part has reported progress

    with pytest.raises(Cancelled):
        generate(db, clock, "small", progress=progress, bulk=bulk)
    assert base < seen[-1] <= base + SMALL.tickets * TICKET_UNITS
    assert not db.conn.in_transaction
    assert dump(db) == before
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_progress_counts_the_tickets(db: sqlite_utils.Database, clock: FixedClock) -> None:
    from crm_desktop.core.demo_field import FIELD_UNITS

    calls: list[tuple[int, int]] = []
    generate(db, clock, "small", progress=lambda done, total: calls.append((done, total)) is None)
    base = SMALL.people + SMALL.companies + SMALL.history
    assert SMALL.rows == base + SMALL.tickets * TICKET_UNITS + SMALL.interventions * FIELD_UNITS
    dones = [done for done, _ in calls]
    assert dones == sorted(dones) and dones[-1] == calls[0][1]
    assert base + SMALL.tickets * TICKET_UNITS in dones  # the support part reports exactly its share


# --------------------------------------------------------------------------- business time


HOURS = (
    SupportSettings().business_hours(),
    BusinessHours(days=SupportSettings(hours=["07:00-12:00"] * 6 + [""]).business_hours().days,
                  timezone="Europe/Paris", country="FR", closed=frozenset({date(2025, 8, 15), date(2025, 12, 26)})),
)
_FIRST = datetime(2025, 1, 1, tzinfo=UTC)
_CALENDARS = [BusinessCalendar(h, int(_FIRST.timestamp() * 1000), int(_FIRST.timestamp() * 1000) + 500 * 86_400_000)
              for h in HOURS]


def _dt(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


@settings(max_examples=300, deadline=None)
@given(which=st.sampled_from([0, 1]), start=st.integers(0, 365 * 86_400_000), length=st.integers(0, 40 * 86_400_000),
       minutes=st.integers(1, 6_000))
def test_business_calendar_equals_business_hours(which: int, start: int, length: int, minutes: int) -> None:
    hours, calendar = HOURS[which], _CALENDARS[which]
    base = int(_FIRST.timestamp() * 1000)
    a, b = base + start, base + start + length
    assert calendar.minutes_ms(a, b) / 60_000 == pytest.approx(hours.minutes_between(_dt(a), _dt(b)), abs=1e-9)
    assert _dt(calendar.add(a, minutes)) == hours.add(_dt(a), minutes)
    back = calendar.back(calendar.add(a, minutes), minutes)
    assert calendar.minutes_ms(back, calendar.add(a, minutes)) == minutes * 60_000
