"""The figures of the support reports: what support cost over a period, and one ticket's file.

Managers print the cost of support for a month or a year; on a large database that
is tens of thousands of tickets and more time entries, so everything is grouped in
SQL. The period's time entries and costs are copied once into a small temporary
table (``_rep_act``), every ticket touched in the period into another
(``_rep_ticket``), and each breakdown is one GROUP BY over those. Money follows
``support_costs.totals_where``: time and costs count when they happened, each entry
rounded to the cent as it shows on the ticket. The period is in the business's
time zone (support settings), so a call logged at 00:30 on 1 January belongs to the
new year.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core import contracts, knowledge, support_costs, ticket_sla, tickets
from crm_desktop.core.clock import from_iso, to_iso
from crm_desktop.core.errors import CrmError, Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.support_costs import TIME_COST, TIME_PRICE, Totals
from crm_desktop.core.support_settings import load_support, period_bounds

#: ``progress(done, total)``; returning False cancels (None or True carry on).
Progress = Callable[[int, int], bool | None]

#: The breaches listed one by one; beyond, the report says how many more there are.
BREACH_LIMIT = 500
TOP_COUNT = 10


class ReportCancelled(CrmError):
    """The user cancelled a report; nothing was written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("core", "The report was cancelled."))


def check_period(start: date, end: date) -> None:
    """Refuse a period that ends before it starts (the dialog and the CLI say so)."""
    if end < start:
        raise ValidationError({"end": Message(QT_TRANSLATE_NOOP("core", "The end comes before the start."))})


@contextmanager
def reader(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A connection of its own to the same file, for a report made in a worker thread.

    The window's connection must never serve two threads at once (ui/workers.py); a
    report only reads, so its own connection sees the committed data and never waits
    on the window. An in-memory database has no file to open again: it is shared.
    """
    from crm_desktop.db.connection import connect

    row = db.execute("PRAGMA database_list").fetchone()
    path = row[2] if row else ""
    if not path:
        yield db
        return
    own = connect(path)
    try:
        yield own
    finally:
        own.close()


# --------------------------------------------------------------------------- what the report holds


@dataclass(frozen=True)
class Breakdown:
    """One line of a breakdown (a category, a level...): tickets and what they cost."""

    key: str | None
    label: str | None  # None: the report says "no category" / "no contract" in its language
    opened: int
    resolved: int
    totals: Totals


@dataclass(frozen=True)
class CustomerLine:
    """A customer (the company, else the person) with their tickets and costs in the period."""

    company_id: str | None
    person_id: str | None
    name: str
    opened: int
    resolved: int
    totals: Totals


@dataclass(frozen=True)
class TechnicianLine:
    """What one user spent: their time (at their cost rate) and the costs they recorded."""

    user_id: str | None
    name: str | None
    tickets: int
    minutes: int
    time_cost_cents: int
    other_cost_cents: int
    billable_cents: int
    covered_cents: int

    @property
    def cost_cents(self) -> int:
        return self.time_cost_cents + self.other_cost_cents


@dataclass(frozen=True)
class Breach:
    """A target missed by a ticket resolved in the period."""

    ticket_id: str
    number: str
    customer: str
    level: str | None
    target: str  # "response" or "resolution"
    due: str | None  # UTC ISO: when the target was reached
    actual: str | None  # UTC ISO: the first reply, or the resolution
    late_minutes: float | None  # business minutes beyond the target


@dataclass(frozen=True)
class SlaSummary:
    """Service-level compliance of the tickets resolved in the period."""

    resolved: int = 0
    response_targets: int = 0
    response_met: int = 0
    resolution_targets: int = 0
    resolution_met: int = 0
    without_target: int = 0
    breach_count: int = 0
    breaches: list[Breach] = field(default_factory=list)

    @property
    def response_share(self) -> float | None:
        return self.response_met / self.response_targets if self.response_targets else None

    @property
    def resolution_share(self) -> float | None:
        return self.resolution_met / self.resolution_targets if self.resolution_targets else None


@dataclass(frozen=True)
class TopCustomer:
    """A costly customer beside the hours their contract includes (at the end of the period)."""

    line: CustomerLine
    level_name: str | None
    included_minutes: int


@dataclass(frozen=True)
class MonthCost:
    """Cost to the business in one month, by kind (the report's chart)."""

    month: date  # first day of the month
    time_cents: int = 0
    parts_cents: int = 0
    travel_cents: int = 0
    expense_cents: int = 0

    @property
    def total_cents(self) -> int:
        return self.time_cents + self.parts_cents + self.travel_cents + self.expense_cents


@dataclass(frozen=True)
class SupportReport:
    """Everything the "Support costs" report shows for ``start``..``end`` (inclusive)."""

    start: date
    end: date
    opened: int
    resolved: int
    totals: Totals
    customers: list[CustomerLine]
    categories: list[Breakdown]
    levels: list[Breakdown]
    technicians: list[TechnicianLine]
    sla: SlaSummary
    top: list[TopCustomer]
    months: list[MonthCost]


# --------------------------------------------------------------------------- helpers




def _months(start: date, end: date) -> list[date]:
    months, day = [], start.replace(day=1)
    while day <= end:
        months.append(day)
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return months


@contextmanager
def _snapshot(db: sqlite_utils.Database) -> Iterator[None]:
    """One read transaction, so that every figure comes from the same state of the data."""
    own = not db.conn.in_transaction
    if own:
        db.execute("BEGIN")
    try:
        yield
    finally:
        if own and db.conn.in_transaction:
            with suppress(sqlite3.Error):
                db.execute("COMMIT")


def _stepper(progress: Progress | None, total: int) -> Callable[[], None]:
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(min(done, total), total) is False:
            raise ReportCancelled()

    return step


_SUMS = ("coalesce(sum(minutes), 0), coalesce(sum(time_cost), 0), coalesce(sum(parts), 0), "
         "coalesce(sum(travel), 0), coalesce(sum(expense), 0), coalesce(sum(billable), 0), "
         "coalesce(sum(covered), 0)")


def _totals(values: tuple | list) -> Totals:
    minutes, time_cost, parts, travel, expense, billable, covered = values
    return Totals(minutes=minutes, time_cost_cents=time_cost, parts_cost_cents=parts, travel_cost_cents=travel,
                  expense_cost_cents=expense, billable_cents=billable, covered_cents=covered)


def sort_key(text: str) -> str:
    """Alphabetical order as people expect it: "Électricité" among the E, case ignored."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_TEMP = ("_rep_act", "_rep_ticket", "_rep_months")


def _drop_temp(db: sqlite_utils.Database) -> None:
    for name in _TEMP:
        db.execute(f"DROP TABLE IF EXISTS temp.{name}")


def _collect_activity(db: sqlite_utils.Database, lo: str, hi: str) -> None:
    """Time entries and costs of the period, one row each, priced as the tickets show them."""
    db.execute("CREATE TEMP TABLE _rep_act (ticket_id TEXT, user_id TEXT, kind TEXT, at TEXT, minutes INTEGER, "
               "cost INTEGER, billable INTEGER, covered INTEGER)")
    db.execute(
        f"INSERT INTO _rep_act SELECT e.ticket_id, e.user_id, 'time', e.started_at, e.minutes, {TIME_COST}, "
        f"CASE e.billing WHEN 'billable' THEN {TIME_PRICE} ELSE 0 END, "
        f"CASE e.billing WHEN 'covered' THEN {TIME_PRICE} ELSE 0 END "
        f"FROM time_entries e JOIN tickets t ON t.id = e.ticket_id "
        f"WHERE e.deleted_at IS NULL AND t.deleted_at IS NULL AND e.started_at >= ? AND e.started_at < ?",
        [lo, hi])
    db.execute(
        "INSERT INTO _rep_act SELECT c.ticket_id, c.user_id, c.kind, c.occurred_at, 0, c.cost_cents, "
        "CASE c.billing WHEN 'billable' THEN c.price_cents ELSE 0 END, "
        "CASE c.billing WHEN 'covered' THEN c.price_cents ELSE 0 END "
        "FROM ticket_costs c JOIN tickets t ON t.id = c.ticket_id "
        "WHERE c.deleted_at IS NULL AND t.deleted_at IS NULL AND c.occurred_at >= ? AND c.occurred_at < ?",
        [lo, hi])
    # Interventions on site count on the ticket they were made for.
    db.execute(
        "INSERT INTO _rep_act SELECT i.ticket_id, c.user_id, c.kind, c.occurred_at, c.minutes, c.cost_cents, "
        "CASE c.billing WHEN 'billable' THEN c.price_cents ELSE 0 END, "
        "CASE c.billing WHEN 'covered' THEN c.price_cents ELSE 0 END "
        "FROM intervention_costs c JOIN interventions i ON i.id = c.intervention_id "
        "JOIN tickets t ON t.id = i.ticket_id "
        "WHERE c.deleted_at IS NULL AND i.deleted_at IS NULL AND t.deleted_at IS NULL "
        "AND c.occurred_at >= ? AND c.occurred_at < ?", [lo, hi])
    db.execute("CREATE INDEX temp._rep_act_at ON _rep_act(at)")


def _collect_tickets(db: sqlite_utils.Database, lo: str, hi: str) -> None:
    """Every ticket opened, resolved or worked on in the period, with its sums."""
    db.execute(
        "CREATE TEMP TABLE _rep_ticket AS "
        "WITH ids AS ("
        "  SELECT id FROM tickets WHERE deleted_at IS NULL AND opened_at >= ? AND opened_at < ? "
        "  UNION SELECT id FROM tickets WHERE resolved_at >= ? AND resolved_at < ? AND deleted_at IS NULL "
        "  UNION SELECT ticket_id FROM _rep_act), "
        "act AS (SELECT ticket_id, sum(minutes) AS minutes, "
        "  sum(CASE kind WHEN 'time' THEN cost ELSE 0 END) AS time_cost, "
        "  sum(CASE kind WHEN 'part' THEN cost ELSE 0 END) AS parts, "
        "  sum(CASE kind WHEN 'travel' THEN cost ELSE 0 END) AS travel, "
        "  sum(CASE kind WHEN 'expense' THEN cost ELSE 0 END) AS expense, "
        "  sum(billable) AS billable, sum(covered) AS covered FROM _rep_act GROUP BY ticket_id) "
        "SELECT t.id, t.number, t.resolved_at, "
        "  CASE WHEN coalesce(t.company_id, '') <> '' THEN t.company_id END AS company_id, "
        "  CASE WHEN coalesce(t.company_id, '') <> '' THEN NULL ELSE t.person_id END AS person_id, "
        "  nullif(t.category, '') AS category, t.level_id, "
        "  (t.opened_at >= ? AND t.opened_at < ?) AS opened, "
        # Two machines may have changed the status at once: only a done ticket counts as resolved.
        "  coalesce(t.resolved_at >= ? AND t.resolved_at < ? AND t.status IN ('resolved', 'closed'), 0) AS resolved, "
        "  coalesce(a.minutes, 0) AS minutes, coalesce(a.time_cost, 0) AS time_cost, "
        "  coalesce(a.parts, 0) AS parts, coalesce(a.travel, 0) AS travel, coalesce(a.expense, 0) AS expense, "
        "  coalesce(a.billable, 0) AS billable, coalesce(a.covered, 0) AS covered "
        "FROM ids JOIN tickets t ON t.id = ids.id LEFT JOIN act a ON a.ticket_id = t.id",
        [lo, hi, lo, hi, lo, hi, lo, hi])


_CUSTOMER_NAME = ("coalesce(co.name, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), '')")


def _customers(db: sqlite_utils.Database) -> list[CustomerLine]:
    rows = db.execute(
        f"SELECT g.company_id, g.person_id, {_CUSTOMER_NAME} AS name, g.opened, g.resolved, g.minutes, "
        f"g.time_cost, g.parts, g.travel, g.expense, g.billable, g.covered FROM ("
        f"  SELECT company_id, person_id, sum(opened) AS opened, sum(resolved) AS resolved, "
        f"  sum(minutes) AS minutes, sum(time_cost) AS time_cost, sum(parts) AS parts, sum(travel) AS travel, "
        f"  sum(expense) AS expense, sum(billable) AS billable, sum(covered) AS covered "
        f"  FROM _rep_ticket GROUP BY company_id, person_id) g "
        f"LEFT JOIN companies co ON co.id = g.company_id LEFT JOIN people p ON p.id = g.person_id").fetchall()
    lines = [CustomerLine(r[0], r[1], r[2], r[3], r[4], _totals(r[5:12])) for r in rows]
    return sorted(lines, key=lambda c: (sort_key(c.name), c.company_id or "", c.person_id or ""))


def _grouped(db: sqlite_utils.Database, column: str) -> list[tuple]:
    return db.execute(
        f"SELECT {column}, sum(opened), sum(resolved), {_SUMS} FROM _rep_ticket GROUP BY {column}").fetchall()


def _categories(db: sqlite_utils.Database) -> list[Breakdown]:
    lines = [Breakdown(r[0], r[0], r[1], r[2], _totals(r[3:10])) for r in _grouped(db, "category")]
    return sorted(lines, key=lambda b: (-b.totals.cost_cents, b.key or "\uffff"))


def _levels(db: sqlite_utils.Database) -> list[Breakdown]:
    names = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, name, rank FROM support_levels").fetchall()}
    lines = []
    for row in _grouped(db, "level_id"):
        name, _rank = names.get(row[0], (None, -1))
        lines.append(Breakdown(row[0], name, row[1], row[2], _totals(row[3:10])))
    # Best level first, tickets without a contract last.
    return sorted(lines, key=lambda b: (b.key is None, -names.get(b.key, (None, -1))[1], b.label or ""))


def _technicians(db: sqlite_utils.Database) -> list[TechnicianLine]:
    rows = db.execute(
        "SELECT a.user_id, u.name, count(DISTINCT a.ticket_id), coalesce(sum(a.minutes), 0), "
        "coalesce(sum(CASE a.kind WHEN 'time' THEN a.cost ELSE 0 END), 0), "
        "coalesce(sum(CASE a.kind WHEN 'time' THEN 0 ELSE a.cost END), 0), "
        "coalesce(sum(a.billable), 0), coalesce(sum(a.covered), 0) "
        "FROM _rep_act a LEFT JOIN users u ON u.id = a.user_id GROUP BY a.user_id "
        "ORDER BY sum(a.minutes) DESC, u.name COLLATE NOCASE").fetchall()
    return [TechnicianLine(*row) for row in rows]


def _sla(db: sqlite_utils.Database, now: datetime) -> SlaSummary:
    row = db.execute(
        "SELECT count(*), coalesce(sum(s.response_met IS NOT NULL), 0), coalesce(sum(s.response_met = 1), 0), "
        "coalesce(sum(s.resolution_met IS NOT NULL), 0), coalesce(sum(s.resolution_met = 1), 0), "
        "coalesce(sum(s.response_met IS NULL AND s.resolution_met IS NULL), 0), "
        "coalesce(sum(s.response_met = 0), 0) + coalesce(sum(s.resolution_met = 0), 0) "
        "FROM _rep_ticket r LEFT JOIN ticket_sla s ON s.ticket_id = r.id WHERE r.resolved").fetchone()
    listed = db.execute(
        f"SELECT r.id, r.number, {_CUSTOMER_NAME}, l.name, b.target, b.due, b.actual FROM ("
        "  SELECT s.ticket_id, 'response' AS target, s.response_due AS due, s.responded_at AS actual "
        "  FROM ticket_sla s JOIN _rep_ticket r ON r.id = s.ticket_id WHERE r.resolved AND s.response_met = 0 "
        "  UNION ALL "
        "  SELECT s.ticket_id, 'resolution', s.resolution_due, r.resolved_at "
        "  FROM ticket_sla s JOIN _rep_ticket r ON r.id = s.ticket_id WHERE r.resolved AND s.resolution_met = 0"
        ") b JOIN _rep_ticket r ON r.id = b.ticket_id "
        "LEFT JOIN companies co ON co.id = r.company_id LEFT JOIN people p ON p.id = r.person_id "
        "LEFT JOIN support_levels l ON l.id = r.level_id "
        "ORDER BY b.due, r.number, b.target LIMIT ?", [BREACH_LIMIT]).fetchall()
    hours = load_support(db).business_hours()
    clocks: dict[str, ticket_sla.TicketSla] = {}
    breaches = []
    for ticket_id, number, customer, level, target, due, actual in listed:
        if ticket_id not in clocks:
            clocks[ticket_id] = ticket_sla.compute(db, ticket_id, now, hours)
        clock = clocks[ticket_id].response if target == "response" else clocks[ticket_id].resolution
        late = None
        if clock is not None and clock.target_minutes is not None and clock.met is False:
            late = max(0.0, clock.elapsed_minutes - clock.target_minutes)
        breaches.append(Breach(ticket_id, number, customer, level, target, due, actual, late))
    return SlaSummary(resolved=row[0], response_targets=row[1], response_met=row[2], resolution_targets=row[3],
                      resolution_met=row[4], without_target=row[5], breach_count=row[6], breaches=breaches)


def _top(db: sqlite_utils.Database, customers: list[CustomerLine], end: date) -> list[TopCustomer]:
    costly = sorted((c for c in customers if c.totals.cost_cents > 0),
                    key=lambda c: (-c.totals.cost_cents, c.name.lower()))[:TOP_COUNT]
    top = []
    for line in costly:
        cover = contracts.coverage(db, line.company_id, line.person_id, end)
        top.append(TopCustomer(line, cover.level.name if cover else None,
                               cover.level.included_minutes if cover else 0))
    return top


def _monthly(db: sqlite_utils.Database, start: date, end: date) -> list[MonthCost]:
    zone = ZoneInfo(load_support(db).timezone)
    months = _months(start, end)
    db.execute("CREATE TEMP TABLE _rep_months (month TEXT, lo TEXT, hi TEXT)")
    bounds = []
    for month in months:
        following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
        bounds.append((month.isoformat(), to_iso(datetime.combine(month, time(0), zone)),
                       to_iso(datetime.combine(following, time(0), zone))))
    db.conn.executemany("INSERT INTO _rep_months VALUES (?, ?, ?)", bounds)
    sums: dict[str, dict[str, int]] = {}
    for month, kind, cost in db.execute(
            "SELECT m.month, a.kind, sum(a.cost) FROM _rep_months m "
            "JOIN _rep_act a ON a.at >= m.lo AND a.at < m.hi GROUP BY m.month, a.kind").fetchall():
        sums.setdefault(month, {})[kind] = cost
    out = []
    for month in months:
        kinds = sums.get(month.isoformat(), {})
        out.append(MonthCost(month, kinds.get("time", 0), kinds.get("part", 0), kinds.get("travel", 0),
                             kinds.get("expense", 0)))
    return out


# --------------------------------------------------------------------------- the support costs report


#: Steps between which ``progress`` is called (and Cancel is seen).
STEPS = 11


def support_report(db: sqlite_utils.Database, start: date, end: date, now: datetime,
                   progress: Progress | None = None) -> SupportReport:
    """The support costs of ``start``..``end`` (local days, inclusive).

    ``now`` is the time the clocks of the breaches are read at (the caller's clock).
    ``progress(done, total)`` is called between steps; returning False raises
    :class:`ReportCancelled`. Reads only: the temporary tables are dropped again.
    """
    check_period(start, end)
    step = _stepper(progress, STEPS)
    lo, hi = period_bounds(db, start, end)
    with _snapshot(db):
        _drop_temp(db)
        try:
            _collect_activity(db, lo, hi)
            step()
            _collect_tickets(db, lo, hi)
            step()
            counts = db.execute(f"SELECT coalesce(sum(opened), 0), coalesce(sum(resolved), 0), {_SUMS} "
                                f"FROM _rep_ticket").fetchone()
            step()
            customers = _customers(db)
            step()
            categories = _categories(db)
            step()
            levels = _levels(db)
            step()
            technicians = _technicians(db)
            step()
            sla = _sla(db, now)
            step()
            top = _top(db, customers, end)
            step()
            months = _monthly(db, start, end)
            step()
        finally:
            _drop_temp(db)
    step()
    return SupportReport(start=start, end=end, opened=counts[0], resolved=counts[1], totals=_totals(counts[2:9]),
                         customers=customers, categories=categories, levels=levels, technicians=technicians,
                         sla=sla, top=top, months=months)


# --------------------------------------------------------------------------- one ticket


@dataclass(frozen=True)
class TicketReport:
    """One ticket's file, to hand to the customer."""

    ticket: dict[str, Any]
    customer: str  # the company, else the person
    company: dict[str, Any] | None  # name and address
    contact: dict[str, Any] | None  # the person: name, e-mail, phone
    assignee: str | None
    level: contracts.Level | None
    events: list[dict[str, Any]]  # oldest first, with user_name (every kind: the report picks)
    solutions: list[dict[str, Any]]
    time_entries: list[dict[str, Any]]  # with user_name and price_cents
    costs: list[dict[str, Any]]
    totals: Totals
    sla: ticket_sla.TicketSla


def _last_moment(ticket: Mapping[str, Any], events: list[dict[str, Any]]) -> datetime:
    moments = [ticket.get("closed_at"), ticket.get("resolved_at"), ticket.get("opened_at")]
    moments += [e["at"] for e in events[-1:]]
    return max(from_iso(m) for m in moments if m)


def ticket_report_data(db: sqlite_utils.Database, ticket_id: str, now: datetime | None = None) -> TicketReport:
    """Everything the ticket report shows; the SLA clocks as of ``now``.

    Without ``now`` the clocks are read at the ticket's last moment (its closing, its
    resolution or its last event), which is what a finished ticket shows anyway.
    """
    ticket = tickets.get(db, ticket_id)
    company = contact = None
    if ticket.get("company_id"):
        rows = db.execute_returning_dicts(
            "SELECT name, street, postcode, city, country, phone, email FROM companies WHERE id = ?",
            [ticket["company_id"]])
        company = rows[0] if rows else None
    if ticket.get("person_id"):
        rows = db.execute_returning_dicts(
            "SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) AS name, email, "
            "coalesce(phone, mobile) AS phone, street, postcode, city, country FROM people WHERE id = ?",
            [ticket["person_id"]])
        contact = rows[0] if rows else None
    assignee = None
    if ticket.get("assignee_id"):
        row = db.execute("SELECT name FROM users WHERE id = ?", [ticket["assignee_id"]]).fetchone()
        assignee = row[0] if row else None
    events = tickets.events(db, ticket_id)
    entries = support_costs.time_entries(db, ticket_id)
    for entry in entries:
        entry["price_cents"] = (entry["minutes"] * entry["price_rate_cents"] + 30) // 60
    moment = now or _last_moment(ticket, events)
    customer = (company or {}).get("name") or (contact or {}).get("name") or ""
    return TicketReport(
        ticket=ticket, customer=customer, company=company, contact=contact, assignee=assignee,
        level=contracts.level(db, ticket.get("level_id")), events=events,
        solutions=knowledge.applied(db, ticket_id), time_entries=entries,
        costs=support_costs.costs(db, ticket_id), totals=support_costs.ticket_totals(db, ticket_id),
        sla=ticket_sla.compute(db, ticket_id, moment))


def customer_language(db: sqlite_utils.Database, ticket_id: str) -> str | None:
    """The language of the ticket's contact ("fr", "en"...), for a report to hand them; None if unknown."""
    row = db.execute("SELECT p.language FROM tickets t JOIN people p ON p.id = t.person_id WHERE t.id = ?",
                     [ticket_id]).fetchone()
    return row[0] if row and row[0] else None
