"""Support desk speed on the large demo database (50,000 tickets, 96 articles).

Four figures, each against the 100 ms a desk user must not notice:
1. ticket queues: count + first page (100 rows, default sort) of each queue, the
   sidebar's counts of all queues, and switching from one queue to the next;
2. solution proposals while a problem is typed: 200 partial subjects and
   descriptions (typed prefixes of real template subjects, a few words of their
   descriptions, random words), p50 and p95;
3. customer_status.status for the customer with the most tickets;
4. ticket_sla.refresh_stale after 500 tickets were touched (as a sync would), and
   with nothing touched (what runs after every sync).
Everything that writes runs in a transaction that is rolled back: the shared
database stays as built.

Run: pytest tests/benchmarks/test_support_speed.py -s --timeout=0 -p no:cacheprovider
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crm_desktop.core import customer_status, knowledge, ticket_queues, ticket_sla
from crm_desktop.core.demo_support_data import ARTICLES, TICKET_TEMPLATES
from crm_desktop.core.ticket_queues import QUEUES, TICKETS, TicketFilter
from crm_desktop.db.connection import open_database

pytestmark = pytest.mark.benchmark

LIMIT_MS = 100.0
RUNS = 7


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


@pytest.fixture(scope="module")
def db(large_db_path: Path) -> Iterator[sqlite_utils.Database]:
    database = open_database(large_db_path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def now() -> datetime:
    return datetime.now(UTC)


def busiest_assignee(db: sqlite_utils.Database) -> str:
    row = db.execute("SELECT assignee_id, count(*) AS n FROM tickets WHERE status IN "
                     "('new', 'open', 'waiting', 'reopened') AND assignee_id IS NOT NULL "
                     "GROUP BY assignee_id ORDER BY n DESC LIMIT 1").fetchone()
    assert row is not None, "the large demo database has no assigned active ticket"
    return row[0]


def test_ticket_queues(db: sqlite_utils.Database, now: datetime) -> None:
    total = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    assert total >= 50_000, "rebuild the benchmark database: rm /tmp/crm-bench/large.ready"
    user = busiest_assignee(db)

    def show(queue: str) -> tuple[int, int]:
        flt = TicketFilter(queue=queue, user_id=user, now=now)
        count = TICKETS.count(db, flt)
        rows = TICKETS.page(db, flt, limit=100)
        return count, len(rows)

    print(f"\n[queues] {total:,} tickets; count + first page of 100 (sorted by due), median of {RUNS}:")
    worst = 0.0
    for queue in QUEUES:
        show(queue)  # warm the page cache like a user who already looked once
        times = []
        for _ in range(RUNS):
            elapsed, (count, rows) = timed(lambda q=queue: show(q))
            times.append(elapsed)
        median = statistics.median(times)
        worst = max(worst, median)
        print(f"  {queue:<11} {count:>7,} tickets, {rows:>3} rows: median {median:6.1f} ms, max {max(times):6.1f} ms")
    sidebar = [timed(lambda: TICKETS.counts(db, TicketFilter(user_id=user, now=now)))[0] for _ in range(RUNS)]
    print(f"  sidebar counts of every queue: median {statistics.median(sidebar):.1f} ms")
    # Switching: the user clicks through the queues in the sidebar, in order, three times round.
    switches = []
    order = list(QUEUES)
    for queue in order * 3:
        switches.append((queue, timed(lambda q=queue: show(q))[0]))
    slowest = max(switches, key=lambda s: s[1])
    print(f"  switching queue ({len(switches)} switches): median {statistics.median(s[1] for s in switches):.1f} ms,"
          f" slowest {slowest[1]:.1f} ms ({slowest[0]}) (limit {LIMIT_MS:.0f} ms)")
    assert worst < LIMIT_MS
    assert slowest[1] < LIMIT_MS
    assert statistics.median(sidebar) < LIMIT_MS


def typed_texts(seed: int = 11) -> list[tuple[str, str, str | None]]:
    """(kind, subject, description): 200 texts as a user types them."""
    rng = random.Random(seed)
    templates = list(TICKET_TEMPLATES)
    rng.shuffle(templates)
    vocabulary = sorted({w.strip(".,;:!?()\"'«»") for a in ARTICLES for w in (a["title"] + " " + a["problem"]).split()
                         if len(w.strip(".,;:!?()\"'«»")) >= 4})
    out: list[tuple[str, str, str | None]] = []
    for index in range(80):  # a subject being typed: a prefix of a real one, cut anywhere
        t = templates[index % len(templates)]
        subject = t["subject_fr" if index % 3 else "subject_en"]
        out.append(("subject prefix", subject[:max(3, int(len(subject) * rng.uniform(0.3, 1.0)))], None))
    for index in range(60):  # subject typed, description under way
        t = templates[(index * 7) % len(templates)]
        lang = "en" if index % 2 else "fr"
        description = t[f"description_{lang}"]
        out.append(("with description", t[f"subject_{lang}"],
                    description[:max(10, int(len(description) * rng.uniform(0.2, 1.0)))]))
    for _ in range(40):  # words in no particular order
        out.append(("random words", " ".join(rng.sample(vocabulary, rng.randint(1, 4))), None))
    for _ in range(20):  # misspelt or unknown words, digits, one letter
        out.append(("noise", rng.choice(["xqzt", "a", "12345", "chaudiere F.22", "heatpmup noise", "???",
                                         "onduleur SMA 5.0 erreur 3501", "facture"]), None))
    return out


def test_proposals_while_typing(db: sqlite_utils.Database) -> None:
    texts = typed_texts()
    for _kind, subject, description in texts[:10]:
        knowledge.propose(db, subject, description)  # warm up
    by_kind: dict[str, list[float]] = {}
    all_times = []
    found = 0
    for kind, subject, description in texts:
        elapsed, proposals = timed(lambda s=subject, d=description: knowledge.propose(db, s, d))
        by_kind.setdefault(kind, []).append(elapsed)
        all_times.append(elapsed)
        found += bool(proposals)
    print(f"\n[proposals] {len(texts)} texts, {found} with proposals: p50 {pct(all_times, 0.5):.1f} ms, "
          f"p95 {pct(all_times, 0.95):.1f} ms, max {max(all_times):.1f} ms (p95 limit {LIMIT_MS:.0f} ms)")
    for kind, values in by_kind.items():
        print(f"  {kind:<17} {len(values):>3}: p50 {pct(values, 0.5):6.1f} ms, p95 {pct(values, 0.95):6.1f} ms")
    assert found > len(texts) // 2
    assert pct(all_times, 0.95) < LIMIT_MS


def test_customer_status_of_the_busiest_customer(db: sqlite_utils.Database, now: datetime) -> None:
    company_id, tickets = db.execute(
        "SELECT company_id, count(*) AS n FROM tickets WHERE company_id IS NOT NULL GROUP BY company_id "
        "ORDER BY n DESC LIMIT 1").fetchone()
    person_id, person_tickets = db.execute(
        "SELECT person_id, count(*) AS n FROM tickets WHERE person_id IS NOT NULL GROUP BY person_id "
        "ORDER BY n DESC LIMIT 1").fetchone()
    today = now.date()
    results = {}
    for label, company, person, count in (("company", company_id, None, tickets),
                                          ("person", None, person_id, person_tickets)):
        customer_status.status(db, company, person, today)
        times = []
        for _ in range(RUNS):
            elapsed, result = timed(lambda c=company, p=person: customer_status.status(db, c, p, today))
            times.append(elapsed)
        results[label] = statistics.median(times)
        print(f"\n[customer status] busiest {label}: {count} tickets, {result.minutes_used} minutes this year, "
              f"{len(result.open_tickets)} open, level {result.level_name or result.expired_level_name}: "
              f"median {results[label]:.1f} ms, max {max(times):.1f} ms (limit {LIMIT_MS:.0f} ms)")
    assert max(results.values()) < LIMIT_MS


def test_refresh_stale_after_touching_500_tickets(db: sqlite_utils.Database, now: datetime) -> None:
    rng = random.Random(5)
    ids = [r[0] for r in db.execute("SELECT id FROM tickets WHERE rid % 50 = 7").fetchall()]
    touched = rng.sample(ids, 500)
    db.conn.execute("BEGIN")
    try:
        first_ms, first = timed(lambda: ticket_sla.refresh_stale(db, now))  # sets the change-log mark
        idle_ms, idle = timed(lambda: ticket_sla.refresh_stale(db, now))
        stamp = now.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        with db.atomic():
            db.conn.executemany(
                "UPDATE tickets SET priority = CASE priority WHEN 'high' THEN 'normal' ELSE 'high' END, "
                "updated_at = ? WHERE id = ?", [(stamp, ticket_id) for ticket_id in touched])
        touched_ms, count = timed(lambda: ticket_sla.refresh_stale(db, now))
        stale_ms, stale = timed(lambda: ticket_sla.stale_ids(db, 0))
    finally:
        db.conn.execute("ROLLBACK")
    print(f"\n[sla] refresh_stale: first run {first} tickets in {first_ms:.0f} ms; nothing touched: {idle} tickets "
          f"(the active ones) in {idle_ms:.0f} ms; after touching 500: {count} tickets in {touched_ms:.0f} ms "
          f"(stale_ids alone {stale_ms:.0f} ms, {len(stale)} ids)")
    assert count >= 500
    assert touched_ms < 1_000  # a sync of 500 changed tickets: under a second, off the GUI thread


def test_the_demo_desk_looks_busy(db: sqlite_utils.Database, now: datetime) -> None:
    """Not a speed: what the figures above were measured on."""
    statuses = dict(db.execute("SELECT status, count(*) FROM tickets GROUP BY status").fetchall())
    counts = ticket_queues.TICKETS.counts(db, TicketFilter(now=now))
    met = db.execute("SELECT avg(response_met), avg(resolution_met) FROM ticket_sla s JOIN tickets t "
                     "ON t.id = s.ticket_id WHERE t.status IN ('resolved', 'closed')").fetchone()
    events = db.execute("SELECT count(*) FROM ticket_events").fetchone()[0]
    print(f"\n[desk] statuses {statuses}; queues now {counts}; events {events:,}; "
          f"done tickets met response {met[0]:.0%}, resolution {met[1]:.0%}; built {date.today()}")
    active = sum(statuses.get(s, 0) for s in ("new", "open", "waiting", "reopened"))
    assert 100 <= active <= 2_000
