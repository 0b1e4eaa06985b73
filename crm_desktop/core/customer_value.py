"""What each customer brings and what serving them costs, in integer cents, over a period of local days.

Revenue and cost of sales are the sale lines exactly as ``sales.line_amounts`` computes them (one half-up
rounding per line), summed in SQL with integer arithmetic (a line too large for 64-bit integers is priced
by ``line_amounts`` itself). Sales count on their day (``sold_on``, a local date).

Cost to serve follows ``support_costs.totals_where``, so the support costs report and this agree:

* support: time on tickets (minutes x the entry's cost rate / 60, half up per entry) and the tickets'
  costs that are neither a part nor travel (expenses);
* parts and travel: the tickets' and the interventions' part and travel costs;
* intervention: the technicians' time on site (interventions' ``time`` costs);
* campaign: each campaign's costs split evenly over its members (the cents left over go one each to the
  first members in person id order, so the shares add up to the cost exactly), in the period of the
  campaign's start (``starts_on``, else the day it was made).

Time and costs count when they happened (UTC times against the local days' bounds). Tickets,
interventions and members count for the customer as ``customer_keys.key_sql`` says (the company, else
the person's company, else the person).

The sums per customer and local day, and per calendar month, are kept in the local tables ``value_days`` and
``value_months``: triggers on every source only mark the months a write touches (``value_dirty``), and the
first reader recomputes those months (``refresh``), drawing each a new version (``value_versions``). A period's
figures are its whole months read from ``value_months`` plus the days of the months it cuts from ``value_days``.
Customers in the trash (deleted company or person) are left out of every figure. What is read is also kept in
memory while the versions of its months and the trash are unchanged (``state``): a sale today leaves last
year's figures kept. ``totals`` and ``ranked`` are summed by SQLite without listing every customer; ``values``
and ``costly`` list them. A card reads one customer's rows by index.
"""

from __future__ import annotations

import json
import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core import customer_keys, sales
from crm_desktop.core.clock import to_iso
from crm_desktop.core.support_costs import TIME_COST
from crm_desktop.core.support_settings import load_support, period_bounds
from crm_desktop.db.connection import write_transaction

if TYPE_CHECKING:
    from crm_desktop.core.customer_risk import RiskFlag

#: The components summed per customer, in this order.
PARTS = ("revenue", "cost_of_sales", "support", "parts", "travel", "intervention", "campaign")
_N = len(PARTS)


@dataclass(frozen=True)
class CustomerValue:
    key: str
    name: str
    revenue_cents: int
    cost_of_sales_cents: int
    margin_cents: int
    support_cost_cents: int
    parts_cost_cents: int
    travel_cost_cents: int
    intervention_cost_cents: int
    campaign_cost_cents: int
    cost_to_serve_cents: int
    contribution_cents: int
    profitability: float | None  # revenue / (cost of sales + cost to serve); None without any cost


@dataclass(frozen=True)
class PeriodTotals:
    """The sums over every customer of a period (equal to the sums of ``values``)."""

    start: date
    end: date
    customers: int  # with revenue or cost in the period
    revenue_cents: int
    cost_of_sales_cents: int
    margin_cents: int
    support_cost_cents: int
    parts_cost_cents: int
    travel_cost_cents: int
    intervention_cost_cents: int
    campaign_cost_cents: int
    cost_to_serve_cents: int
    contribution_cents: int
    profitability: float | None
    costly_customers: int  # contribution below zero


@dataclass(frozen=True)
class MonthFigures:
    month: str  # "YYYY-MM"
    revenue_cents: int
    margin_cents: int
    cost_to_serve_cents: int


@dataclass(frozen=True)
class ValueCard:
    """A customer's last 12 months at a glance; ``trend_percent`` is revenue against the 12 months before."""

    key: str
    name: str
    tier: str | None
    tier_label: str | None  # QT_TRANSLATE_NOOP label: the UI shows core_tr(tier_label)
    revenue_cents: int
    margin_cents: int
    cost_to_serve_cents: int
    contribution_cents: int
    trend_percent: float | None
    flags: list[RiskFlag] = field(default_factory=list)


# --------------------------------------------------------------------------- SQL pieces

#: Revenue and cost of a sale line ``l`` in integer arithmetic: quantity in thousandths, discount in
#: thousandths of a percent (what ``sales.as_decimal`` keeps), one half-up rounding (away from zero).
_QTY = "CAST(round(l.quantity * 1000) AS INTEGER)"
_DISC = "CAST(round(l.discount_percent * 1000) AS INTEGER)"
_REV_NUM = f"({_QTY} * l.unit_price_cents * (100000 - {_DISC}))"
_COST_NUM = f"({_QTY} * l.unit_cost_cents)"


def _half_up(numerator: str, divisor: int) -> str:
    half = divisor // 2
    return (f"(CASE WHEN {numerator} >= 0 THEN ({numerator} + {half}) / {divisor} "
            f"ELSE -((-{numerator} + {half}) / {divisor}) END)")


#: Integer arithmetic stays exact far beyond any real line; past these bounds ``line_amounts`` prices it.
LINE_REVENUE = (f"(CASE WHEN abs(l.quantity * l.unit_price_cents) < 9e10 THEN {_half_up(_REV_NUM, 10**8)} "
                f"ELSE crm_line_revenue(l.quantity, l.unit_price_cents, l.discount_percent) END)")
LINE_COST = (f"(CASE WHEN abs(l.quantity * l.unit_cost_cents) < 9e14 THEN {_half_up(_COST_NUM, 1000)} "
             f"ELSE crm_line_cost(l.quantity, l.unit_cost_cents) END)")


def register_functions(db: sqlite_utils.Database) -> None:
    """The exact fallbacks of LINE_REVENUE and LINE_COST on this connection."""
    db.conn.create_function("crm_line_revenue", 3, lambda q, p, d: sales.line_amounts(q, int(p), 0, d)[0],
                            deterministic=True)
    db.conn.create_function("crm_line_cost", 2, lambda q, c: sales.line_amounts(q, 0, int(c))[1],
                            deterministic=True)


#: lifecycle and operations call it by its first name.
_register = register_functions


def _has_someone(alias: str) -> str:
    """The row names a customer (else it has no key and counts nowhere, in totals neither)."""
    return f"(coalesce({alias}.company_id, '') <> '' OR coalesce({alias}.person_id, '') <> '')"


@dataclass(frozen=True)
class Buckets:
    """Contiguous sub-periods (labels with first and last local day) to split the sums by."""

    labels: Sequence[str]
    firsts: Sequence[date]
    lasts: Sequence[date]

    def by_day(self, column: str) -> str:
        """Bucket of a local ISO date column."""
        whens = " ".join(f"WHEN {column} <= '{last.isoformat()}' THEN '{label}'"
                         for label, last in zip(self.labels, self.lasts, strict=True))
        return f"(CASE {whens} END)"

    def by_moment(self, db: sqlite_utils.Database, column: str) -> str:
        """Bucket of a UTC ISO time column (the local days' bounds in the shop's time zone)."""
        whens = []
        for label, first, last in zip(self.labels, self.firsts, self.lasts, strict=True):
            hi = period_bounds(db, first, last)[1]
            whens.append(f"WHEN {column} < '{hi}' THEN '{label}'")
        return f"(CASE {' '.join(whens)} END)"



@dataclass(frozen=True)
class DayBuckets(Buckets):
    """Every local day of a span as its own bucket, labelled by its ISO date (the value kept per day).

    A UTC time finds its day by a search among the days' first instants (a function of the connection):
    hundreds of days as CASE branches would be tried one by one for each row."""

    @classmethod
    def of(cls, first: date, last: date) -> DayBuckets:
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        return cls([day.isoformat() for day in days], days, days)

    def by_day(self, column: str) -> str:
        return column  # the rows read are those of the span: a row's day is its bucket

    def by_moment(self, db: sqlite_utils.Database, column: str) -> str:
        zone = ZoneInfo(load_support(db).timezone)
        # As period_bounds: the UTC ISO text of each local midnight, compared as text with the stored times.
        starts = [to_iso(datetime.combine(day, time(0), zone)) for day in self.firsts]
        labels = list(self.labels)

        def local_day(moment: str | None) -> str | None:
            index = bisect_right(starts, moment) - 1 if moment is not None else -1
            return labels[index] if index >= 0 else None

        db.conn.create_function(_LOCAL_DAY, 1, local_day)
        return f"{_LOCAL_DAY}({column})"


_LOCAL_DAY = "crm_value_local_day"

Sums = dict[tuple[str | None, str | None], list[int]]


def _add(out: Sums, key: str | None, bucket: str | None, index: int, amount: int) -> None:
    row = out.get((key, bucket))
    if row is None:
        row = out[(key, bucket)] = [0] * _N
    row[index] += int(amount or 0)


def _grouped(alias: str, bucket: str, kind: str, amounts: Sequence[str], per_customer: bool, body: str) -> str:
    """``SELECT key, bucket, kind, sums...``: summed first per row customer (company_id, person_id) as written,
    then per key, so the key (a look-up of the person's company) is worked out once per customer, not per row."""
    inner = ", ".join(f"sum({amount}) AS v{i}" for i, amount in enumerate(amounts))
    outer = ", ".join(f"sum(g.v{i})" for i in range(len(amounts)))
    who = f"{alias}.company_id AS company_id, {alias}.person_id AS person_id, " if per_customer else ""
    by = f"{alias}.company_id, {alias}.person_id, " if per_customer else ""
    key = customer_keys.key_sql("g") if per_customer else "NULL"
    return (f"SELECT {key} AS k, g.bucket_, g.kind_, {outer} FROM (SELECT {who}{bucket} AS bucket_, {kind} AS kind_, "
            f"{inner} {body} GROUP BY {by}bucket_, kind_) g GROUP BY k, g.bucket_, g.kind_")


def collect(db: sqlite_utils.Database, start: date, end: date, *, key: str | None = None,
            buckets: Buckets | None = None, per_customer: bool = True,
            parts: Sequence[str] = PARTS) -> Sums:
    """Sums per (customer key, bucket) of the components in ``parts`` (indexed as PARTS).

    ``key``: only that customer's rows (index probes, for a card). ``per_customer`` False sums over
    every customer (the key is then None), ``buckets`` None leaves the bucket None.
    """
    register_functions(db)
    lo, hi = period_bounds(db, start, end)
    out: Sums = {}

    def scope(alias: str) -> tuple[str, list[Any]]:
        if key is None:
            return _has_someone(alias), []
        return customer_keys.rows_where(key, alias)

    def group(alias: str, moment: str | None, day: str | None = None) -> str:
        """The bucket expression of a row (NULL without buckets)."""
        if buckets is None:
            return "NULL"
        return buckets.by_day(day) if day is not None else buckets.by_moment(db, moment or "")

    if "revenue" in parts or "cost_of_sales" in parts:
        where, params = scope("s")
        for row in db.execute(_grouped(
                "s", group("s", None, "s.sold_on"), "NULL", (LINE_REVENUE, LINE_COST), per_customer,
                f"FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                f"WHERE s.deleted_at IS NULL AND l.deleted_at IS NULL AND s.sold_on >= ? AND s.sold_on <= ? "
                f"AND {where}"), [start.isoformat(), end.isoformat(), *params]):
            _add(out, row[0], row[1], 0, row[3])
            _add(out, row[0], row[1], 1, row[4])
    if "support" in parts:
        where, params = scope("t")
        for row in db.execute(_grouped(
                "t", group("t", "e.started_at"), "NULL", (TIME_COST,), per_customer,
                f"FROM tickets t JOIN time_entries e ON e.ticket_id = t.id "
                f"WHERE e.deleted_at IS NULL AND t.deleted_at IS NULL AND e.started_at >= ? AND e.started_at < ? "
                f"AND {where}"), [lo, hi, *params]):
            _add(out, row[0], row[1], 2, row[3])
    if {"support", "parts", "travel"} & set(parts):
        where, params = scope("t")
        for row in db.execute(_grouped(
                "t", group("t", "c.occurred_at"), "c.kind", ("c.cost_cents",), per_customer,
                f"FROM tickets t JOIN ticket_costs c ON c.ticket_id = t.id "
                f"WHERE c.deleted_at IS NULL AND t.deleted_at IS NULL AND c.occurred_at >= ? AND c.occurred_at < ? "
                f"AND {where}"), [lo, hi, *params]):
            index = {"part": 3, "travel": 4}.get(row[2], 2)
            if PARTS[index] in parts:
                _add(out, row[0], row[1], index, row[3])
    if {"parts", "travel", "intervention"} & set(parts):
        where, params = scope("i")
        for row in db.execute(_grouped(
                "i", group("i", "c.occurred_at"), "c.kind", ("c.cost_cents",), per_customer,
                f"FROM interventions i JOIN intervention_costs c ON c.intervention_id = i.id "
                f"WHERE c.deleted_at IS NULL AND i.deleted_at IS NULL AND c.occurred_at >= ? AND c.occurred_at < ? "
                f"AND {where}"), [lo, hi, *params]):
            index = {"part": 3, "travel": 4, "time": 5}.get(row[2], 2)
            if PARTS[index] in parts:
                _add(out, row[0], row[1], index, row[3])
    if "campaign" in parts:
        _campaigns(db, start, end, key, buckets, per_customer, out)
    return out


def shares(cost: int, members: int) -> list[int]:
    """``cost`` split over ``members``: equal shares, the cents left over one each to the first members."""
    base, extra = divmod(cost, members)
    return [base + 1 if rank < extra else base for rank in range(members)]


def _campaigns(db: sqlite_utils.Database, start: date, end: date, key: str | None, buckets: Buckets | None,
               per_customer: bool, out: Sums) -> None:
    """Each member's share of the costs of the campaigns starting in the period (members in person id order)."""
    if key is not None:
        _campaigns_of(db, start, end, key, buckets, out)
        return
    campaigns = _costly_campaigns(db, start, end, "")
    if not campaigns:
        return
    k = customer_keys.key_sql("m") if per_customer else "NULL"
    current: str | None = None
    members: list[str | None] = []

    def settle() -> None:
        if current is None or not members:
            return
        begun, cost = campaigns[current]
        bucket = None if buckets is None else _bucket_of(buckets, date.fromisoformat(begun))
        for member_key, share in zip(members, shares(cost, len(members)), strict=True):
            if member_key is not None and (key is None or member_key == key):
                _add(out, member_key if per_customer else None, bucket, 6, share)

    for campaign_id, member_key in db.execute(
            f"SELECT m.campaign_id, {k} FROM json_each(?) j CROSS JOIN campaign_members m "
            f"ON m.campaign_id = j.value WHERE m.deleted_at IS NULL AND {_has_someone('m')} "
            f"ORDER BY m.campaign_id, m.person_id, m.id", [json.dumps(sorted(campaigns))]):
        if campaign_id != current:
            settle()
            current, members = campaign_id, []
        members.append(member_key if per_customer else "")
    settle()


_BEGINS = "coalesce(c.starts_on, substr(c.created_at, 1, 10))"


def _costly_campaigns(db: sqlite_utils.Database, start: date, end: date, among: str,
                      params: Sequence[Any] = ()) -> dict[str, tuple[str, int]]:
    """{campaign id: (first day, cost)} of the live campaigns starting in the period with a cost."""
    found = {row[0]: (row[1], int(row[2])) for row in db.execute(
        f"SELECT c.id, {_BEGINS}, (SELECT coalesce(sum(x.amount_cents), 0) FROM campaign_costs x "
        f"WHERE x.campaign_id = c.id AND x.deleted_at IS NULL) FROM campaigns c "
        f"WHERE c.deleted_at IS NULL AND {_BEGINS} >= ? AND {_BEGINS} <= ? {among}",
        [start.isoformat(), end.isoformat(), *params]).fetchall()}
    return {cid: v for cid, v in found.items() if v[1] != 0}


def _campaigns_of(db: sqlite_utils.Database, start: date, end: date, key: str, buckets: Buckets | None,
                  out: Sums) -> None:
    """One customer's shares, by counting: each of their members' rank among the campaign's members (in the
    order ``_campaigns`` splits them), without reading the other members' rows one by one."""
    where, params = customer_keys.rows_where(key, "x")
    mine = db.execute(f"SELECT x.campaign_id, x.person_id, x.id FROM campaign_members x "
                      f"WHERE x.deleted_at IS NULL AND {_has_someone('x')} AND {where}", params).fetchall()
    if not mine:
        return
    ids = sorted({row[0] for row in mine})
    campaigns = _costly_campaigns(db, start, end, "AND c.id IN (SELECT value FROM json_each(?))",
                                  [json.dumps(ids)])
    counted = f"m.campaign_id = ? AND m.deleted_at IS NULL AND {_has_someone('m')}"
    for campaign_id, person_id, member_id in mine:
        if campaign_id not in campaigns:
            continue
        begun, cost = campaigns[campaign_id]
        n, rank = db.execute(
            f"SELECT count(*), coalesce(sum(m.person_id < ? OR (m.person_id = ? AND m.id < ?)), 0) "
            f"FROM campaign_members m WHERE {counted}", [person_id, person_id, member_id, campaign_id]).fetchone()
        base, extra = divmod(cost, n)
        bucket = None if buckets is None else _bucket_of(buckets, date.fromisoformat(begun))
        _add(out, key, bucket, 6, base + 1 if rank < extra else base)


def _bucket_of(buckets: Buckets, day: date) -> str | None:
    for label, first, last in zip(buckets.labels, buckets.firsts, buckets.lasts, strict=True):
        if first <= day <= last:
            return label
    return None


# --------------------------------------------------------------------------- figures


def _profitability(revenue: int, costs: int) -> float | None:
    return revenue / costs if costs > 0 else None


def make_value(key: str, name: str, sums: Sequence[int]) -> CustomerValue:
    """A CustomerValue from the components (in PARTS order)."""
    revenue, cost_of_sales, support, parts, travel, intervention, campaign = sums
    serve = support + parts + travel + intervention + campaign
    margin = revenue - cost_of_sales
    return CustomerValue(key, name, revenue, cost_of_sales, margin, support, parts, travel, intervention, campaign,
                         serve, margin - serve, _profitability(revenue, cost_of_sales + serve))


def _order(value: CustomerValue) -> tuple[int, str, str]:
    return (-value.contribution_cents, value.name.casefold(), value.key)


# --------------------------------------------------------------------------- value per month (kept)

#: A customer's sums over some days: the PARTS, then their sales (live ones: how many, first and last day;
#: those with a live line: how many, last day).
SALES, FIRST_SALE, LAST_SALE, LINE_SALES, LAST_LINE_SALE = range(_N, _N + 5)
_STATS = ("sales", "first_sale", "last_sale", "line_sales", "last_line_sale")
_MONTH = re.compile(r"\d{4}-\d{2}")


def _empty() -> list[Any]:
    return [0] * _N + [0, None, None, 0, None]


def _merge(into: list[Any], row: Sequence[Any]) -> None:
    """Add the sums of ``row`` (laid out as ``_empty``) to ``into``."""
    for index in range(_N):
        into[index] += int(row[index] or 0)
    into[SALES] += int(row[SALES] or 0)
    into[LINE_SALES] += int(row[LINE_SALES] or 0)
    for index, pick in ((FIRST_SALE, min), (LAST_SALE, max), (LAST_LINE_SALE, max)):
        if row[index] is not None:
            into[index] = row[index] if into[index] is None else pick(into[index], row[index])


def _sale_stats(db: sqlite_utils.Database, start: date, end: date) -> dict[tuple[str, str | None], list[Any]]:
    """Per (customer, day): how many live sales, first and last day; those with a live line."""
    out: dict[tuple[str, str | None], list[Any]] = {}
    for key, day, n, first, last, lined, last_lined in db.execute(
            f"SELECT {customer_keys.key_sql('g')} AS k, g.b, sum(g.n), min(g.f), max(g.l), sum(g.ln), max(g.ll) FROM ("
            f" SELECT x.company_id, x.person_id, x.sold_on AS b, count(*) AS n, min(x.sold_on) AS f,"
            f" max(x.sold_on) AS l, sum(x.lined) AS ln, max(CASE WHEN x.lined THEN x.sold_on END) AS ll FROM ("
            f"  SELECT s.company_id, s.person_id, s.sold_on, EXISTS (SELECT 1 FROM sale_lines l"
            f"  WHERE l.sale_id = s.id AND l.deleted_at IS NULL) AS lined FROM sales s WHERE s.deleted_at IS NULL"
            f"  AND s.sold_on >= ? AND s.sold_on <= ? AND {_has_someone('s')}) x"
            f" GROUP BY x.company_id, x.person_id, b) g GROUP BY k, g.b",
            [start.isoformat(), end.isoformat()]):
        if key is not None:
            row = out[(key, day)] = _empty()
            row[SALES:] = [n, first, last, lined, last_lined]
    return out


def _day_rows(db: sqlite_utils.Database, start: date, end: date) -> dict[tuple[str, str | None], list[Any]]:
    """Sums and sale figures per (customer, local day) computed from the rows themselves (what refresh keeps)."""
    out = _sale_stats(db, start, end)
    for (key, day), sums in collect(db, start, end, buckets=DayBuckets.of(start, end)).items():
        if key is not None:
            row = out.setdefault((key, day), _empty())
            for index in range(_N):
                row[index] += sums[index]
    return out


def _data_span(db: sqlite_utils.Database) -> tuple[date, date] | None:
    """The first and last local day any value row can fall on (UTC times widened by a day each side)."""
    lows, highs = [], []
    for low, high in db.execute(
            "SELECT min(sold_on), max(sold_on) FROM sales WHERE deleted_at IS NULL "
            "UNION ALL SELECT date(min(started_at), '-1 day'), date(max(started_at), '+1 day') FROM time_entries "
            "UNION ALL SELECT date(min(occurred_at), '-1 day'), date(max(occurred_at), '+1 day') FROM ticket_costs "
            "UNION ALL SELECT date(min(occurred_at), '-1 day'), date(max(occurred_at), '+1 day') "
            "FROM intervention_costs UNION ALL SELECT min(b), max(b) FROM (SELECT "
            "coalesce(starts_on, substr(created_at, 1, 10)) AS b FROM campaigns)"):
        if low and high:
            lows.append(low[:10])
            highs.append(high[:10])
    return (date.fromisoformat(min(lows)), date.fromisoformat(max(highs))) if lows else None


def _month_runs(months: list[str]) -> list[tuple[date, date]]:
    """Contiguous runs of months as (first day, last day)."""
    runs: list[tuple[date, date]] = []
    for label in sorted(months):
        first = date(int(label[:4]), int(label[5:7]), 1)
        last = _next_month(first) - timedelta(days=1)
        if runs and runs[-1][1] + timedelta(days=1) == first:
            runs[-1] = (runs[-1][0], last)
        else:
            runs.append((first, last))
    return runs


_SUMS = ", ".join(f"sum({name})" for name in PARTS)
#: A month's row of each customer from their days (a month with nothing but sums cancelling out has no row).
_MONTHS_FROM_DAYS = (
    f"INSERT INTO value_months(month, customer, {', '.join(PARTS + _STATS)}) "
    f"SELECT substr(day, 1, 7), customer, {_SUMS}, sum(sales), min(CASE WHEN sales > 0 THEN day END), "
    f"max(CASE WHEN sales > 0 THEN day END), sum(line_sales), max(CASE WHEN line_sales > 0 THEN day END) "
    f"FROM value_days WHERE day >= ? AND day <= ? GROUP BY substr(day, 1, 7), customer "
    f"HAVING {' OR '.join(f'sum({name}) <> 0' for name in PARTS)} OR sum(sales) > 0")


def full_refresh_pending(db: sqlite_utils.Database) -> bool:
    """True when every month is marked (an upgraded database, another time zone): the next reader would pay a
    whole recompute (seconds on a large database), better paid while the database opens than on a page."""
    return db.execute("SELECT 1 FROM value_dirty WHERE month = '*'").fetchone() is not None


def refresh(db: sqlite_utils.Database) -> None:
    """Recompute the months that writes have marked (``value_dirty``), so ``value_days`` and ``value_months``
    are exact, and draw each of them a new version (what readers kept of them is then out of date).

    The triggers only mark months (a write stays cheap); the first reader pays one pass over each
    marked month, about a twelfth of a year's pass. '*' (a new database, another time zone) recomputes all.
    """
    if db.execute("SELECT 1 FROM value_dirty LIMIT 1").fetchone() is None:
        return
    with write_transaction(db):  # BEGIN IMMEDIATE: one refresher at a time
        marked = [row[0] for row in db.execute("SELECT month FROM value_dirty")]
        if not marked:
            return
        if "*" in marked:
            for table in ("value_months", "value_days", "value_versions"):
                db.execute(f"DELETE FROM {table}")
            span = _data_span(db)
            runs = [] if span is None else _month_runs(list(month_buckets(*span).labels))
            months = [] if span is None else list(month_buckets(*span).labels)
        else:
            months = sorted({m for m in marked if _MONTH.fullmatch(m) and "0001" <= m[:4] <= "9998"
                             and "01" <= m[5:] <= "12"})
            db.execute("DELETE FROM value_months WHERE month IN (SELECT value FROM json_each(?))",
                       [json.dumps(months)])
            runs = _month_runs(months)
        for first, last in runs:
            bounds = [first.isoformat(), last.isoformat()]
            db.execute("DELETE FROM value_days WHERE day >= ? AND day <= ?", bounds)
            rows = [(day, key, *row[:_N], row[SALES], row[LINE_SALES])
                    for (key, day), row in _day_rows(db, first, last).items() if any(row[:_N]) or row[SALES]]
            db.conn.executemany(f"INSERT INTO value_days(day, customer, {', '.join(PARTS)}, sales, line_sales) "
                                f"VALUES ({', '.join('?' * (4 + _N))})", rows)
            db.execute(_MONTHS_FROM_DAYS, bounds)
        db.conn.executemany("INSERT INTO value_versions(month, version) VALUES (?, random()) "
                            "ON CONFLICT(month) DO UPDATE SET version = excluded.version",
                            [(month,) for month in months])
        db.execute("DELETE FROM value_dirty")


_TRASHED = ("SELECT 'c:' || id FROM companies WHERE deleted_at IS NOT NULL "
            "UNION ALL SELECT 'p:' || id FROM people WHERE deleted_at IS NOT NULL")


def trashed(db: sqlite_utils.Database) -> set[str]:
    """Keys of the customers in the trash (left out of every figure)."""
    return {row[0] for row in db.execute(_TRASHED)}


def origin(db: sqlite_utils.Database) -> Any:
    """Whose figures a connection reads: the database file (every connection to it sees the same committed
    months, and a transaction's own months get versions of their own), or the connection itself when it has
    no file (each in-memory database is its own)."""
    row = db.execute("PRAGMA database_list").fetchone()
    return ("file", row[2]) if row and row[2] else db.conn


def state(db: sqlite_utils.Database, start: date | None = None, end: date | None = None) -> tuple[Any, ...]:
    """What the figures kept from ``value_months`` and ``value_days`` for ``start``..``end`` (None: from the first
    or to the last month) depend on: the database (``origin``), the versions of those months, the customers in
    the trash. Equal states, equal figures: a write elsewhere (a sale today, for last year's figures) leaves it
    unchanged, and a connection of a worker thread finds what another connection to the file kept. Versions
    are random draws, so a rolled back transaction's never come back. Call ``refresh`` first."""
    lo = "" if start is None else start.strftime("%Y-%m")
    hi = "9999" if end is None else end.strftime("%Y-%m")
    versions = tuple(db.execute("SELECT month, version FROM value_versions WHERE month >= ? AND month <= ? "
                                "ORDER BY month", [lo, hi]).fetchall())
    return (origin(db), versions, frozenset(trashed(db)))


def _full_months(start: date | None, end: date) -> tuple[tuple[str, str] | None, list[tuple[date, date]]]:
    """(first and last whole month of the period, or None; the days outside them, as (first, last) spans)."""
    after = end + timedelta(days=1)
    last_full = end if after.day == 1 else end.replace(day=1) - timedelta(days=1)
    if start is None:
        edges = [] if last_full == end else [(last_full + timedelta(days=1), end)]
        return ("", last_full.strftime("%Y-%m")), edges
    first_full = start if start.day == 1 else _next_month(start)
    if first_full > last_full:
        return None, [(start, end)] if start <= end else []
    edges = []
    if start < first_full:
        edges.append((start, first_full - timedelta(days=1)))
    if end > last_full:
        edges.append((last_full + timedelta(days=1), end))
    return (first_full.strftime("%Y-%m"), last_full.strftime("%Y-%m")), edges


def _edge_rows(db: sqlite_utils.Database, edges: list[tuple[date, date]]) -> list[tuple[Any, ...]]:
    """(customer, month, PARTS..., sales, first sale, last sale, line sales, last with a line) of the days of the
    months a period cuts, read from ``value_days``."""
    rows: list[tuple[Any, ...]] = []
    for first, last in edges:
        rows += db.execute(
            f"SELECT customer, substr(day, 1, 7), {_SUMS}, sum(sales), min(CASE WHEN sales > 0 THEN day END), "
            f"max(CASE WHEN sales > 0 THEN day END), sum(line_sales), max(CASE WHEN line_sales > 0 THEN day END) "
            f"FROM value_days WHERE day >= ? AND day <= ? GROUP BY customer, substr(day, 1, 7)",
            [first.isoformat(), last.isoformat()]).fetchall()
    return rows


def customer_sums(db: sqlite_utils.Database, start: date | None, end: date, *,
                  buyers: bool = False) -> dict[str, list[Any]]:
    """Each customer's sums from ``start`` (None: since ever) to ``end`` (laid out as ``_empty``).

    Whole months are read from ``value_months``, the days of a month cut by the period from ``value_days``.
    ``buyers``: only the customers with a sale and their revenue (the costs then read 0), from the buyers'
    days kept in memory (``buyer_days``). Customers in the trash are left out.
    """
    refresh(db)
    out: dict[str, list[Any]] = {}
    if buyers:
        lo, hi = "" if start is None else start.isoformat(), end.isoformat()
        for key, days in buyer_days(db).items():
            mine = None
            for day, revenue, sold, lined in days:
                if lo <= day <= hi:
                    if mine is None:
                        mine = out[key] = _empty()
                        mine[FIRST_SALE] = day
                    mine[0] += revenue
                    mine[SALES] += sold
                    mine[LAST_SALE] = day
                    if lined:
                        mine[LINE_SALES] += lined
                        mine[LAST_LINE_SALE] = day
        return out
    months, edges = _full_months(start, end)
    if months is not None:
        for row in db.execute(
                f"SELECT customer, {_SUMS}, sum(sales), min(first_sale), max(last_sale), sum(line_sales), "
                f"max(last_line_sale) FROM value_months WHERE month >= ? AND month <= ? "
                f"AND customer NOT IN ({_TRASHED}) GROUP BY customer", list(months)):
            out[row[0]] = list(row[1:])
    if edges:
        gone = trashed(db)
        for row in _edge_rows(db, edges):
            if row[0] in gone:
                continue
            mine = out.get(row[0])
            if mine is None:
                out[row[0]] = list(row[2:])
            else:
                _merge(mine, row[2:])
    return out


#: Per database (``origin``): (state, each buyer's days, who they are) — the RFM and the lifecycle sum ranges of
#: them.
_BUYERS: OrderedDict[Any, tuple[tuple[Any, ...], dict[str, list[tuple[str, int, int, int]]], frozenset[str]]] = (
    OrderedDict())


def _buyers_kept(db: sqlite_utils.Database) -> tuple[tuple[Any, ...], dict[str, list[tuple[str, int, int, int]]],
                                                     frozenset[str]]:
    refresh(db)
    seen = state(db)
    with _CACHE_LOCK:
        kept = _BUYERS.get(seen[0])
        if kept is not None and kept[0] == seen:
            return kept
    found: dict[str, list[tuple[str, int, int, int]]] = {}
    for key, day, revenue, sold, lined in db.execute(
            f"SELECT customer, day, revenue, sales, line_sales FROM value_days INDEXED BY value_days_buyers "
            f"WHERE sales > 0 AND customer NOT IN ({_TRASHED}) ORDER BY customer, day"):
        mine = found.get(key)
        if mine is None:
            mine = found[key] = []
        mine.append((day, revenue, sold, lined))
    kept = (seen, found, frozenset(found))
    with _CACHE_LOCK:
        _BUYERS[seen[0]] = kept
        _BUYERS.move_to_end(seen[0])
        while len(_BUYERS) > 4:
            _BUYERS.popitem(last=False)
    return kept


def buyer_days(db: sqlite_utils.Database) -> dict[str, list[tuple[str, int, int, int]]]:
    """Each buyer's days with a sale, oldest first, as (day, revenue, live sales, sales with a live line);
    customers in the trash left out. Kept until a month changes: some twenty thousand rows read by index once,
    which any span (the RFM window, the last 12 months, a period and the one before) then sums exactly."""
    return _buyers_kept(db)[1]


def buyers(db: sqlite_utils.Database) -> frozenset[str]:
    """The customers with a sale at any time (customers in the trash left out)."""
    return _buyers_kept(db)[2]


def bought_ever(db: sqlite_utils.Database, keys: Collection[str]) -> set[str]:
    """Those of ``keys`` with a sale at any time (the others only ever cost acquisition: campaign prospects);
    customers in the trash are left out."""
    found = buyers(db)
    return {key for key in keys if key in found}


def _contribution(row: Sequence[int]) -> int:
    """Revenue less cost of sales and cost to serve (a row in PARTS order)."""
    return row[0] - sum(row[1:_N])


# --------------------------------------------------------------------------- periods

#: Per (connection object, period): the period's (sums per customer, per month), kept while its months' versions
#: and the trash are unchanged (``state``). The object itself, not its id: an id is reused once it is gone.
_CACHE: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], tuple[dict[str, Sequence[int]],
                                                                  dict[str, list[int]]]]] = OrderedDict()
_CACHE_LOCK = threading.Lock()
#: Periods kept: each of every customer's sums (values, costly: the reports) or a summary and its months (the
#: dashboard asks a period and the one before, the picker offers five periods).
_CACHE_SIZE = 8
_SUMMARIES_KEPT = 24
#: Per connection object, the last listed period's values with the sums and the fingerprint (names) they were
#: made from (a repeat, as the profitability report after the screen, is a copy of the list).
_LISTS: OrderedDict[Any, tuple[dict[str, Sequence[int]], tuple[Any, ...], list[CustomerValue]]] = OrderedDict()


def forget() -> None:
    """Drop every figure kept in memory (a benchmark measuring from cold; they are right as long as kept)."""
    with _CACHE_LOCK:
        for kept in (_CACHE, _SUMMARIES, _MONTH_TOTALS, _BUYERS, _LISTS):
            kept.clear()


def _period(db: sqlite_utils.Database, start: date,
            end: date) -> tuple[dict[str, Sequence[int]], dict[str, list[int]]]:
    """(components per customer, per month) of a period: whole months from ``value_months``, the days of
    the months the period cuts from ``value_days``; kept while none of its months changes."""
    refresh(db)
    seen = state(db, start, end)
    with _CACHE_LOCK:
        kept = _CACHE.get((seen[0], start, end))
        if kept is not None and kept[0] == seen:
            _CACHE.move_to_end((seen[0], start, end))
            return kept[1]
    months_span, edges = _full_months(start, end)
    labels = month_buckets(start, end).labels
    months = {label: [0] * _N for label in labels}
    customers: dict[str, Sequence[int]] = {}
    gone = seen[2]  # a handful: left out here rather than by the grouping query
    if months_span is not None:
        customers.update((row[0], row[1:]) for row in db.execute(
            f"SELECT customer, {_SUMS} FROM value_months WHERE month >= ? AND month <= ? GROUP BY customer",
            list(months_span)) if row[0] not in gone)
        for row in db.execute(
                f"SELECT month, {_SUMS} FROM value_months WHERE month >= ? AND month <= ? "
                f"AND customer NOT IN ({_TRASHED}) GROUP BY month", list(months_span)):
            months[row[0]] = list(row[1:])
    for row in _edge_rows(db, edges):
        key, month = row[0], row[1]
        if key in gone:
            continue
        mine = customers[key] = list(customers.get(key, (0,) * _N))  # rows read are tuples
        total = months[month]
        for index in range(_N):
            mine[index] += row[2 + index]
            total[index] += row[2 + index]
    found = ({k: row for k, row in customers.items() if any(row)}, months)
    with _CACHE_LOCK:
        _CACHE[(seen[0], start, end)] = (seen, found)
        _CACHE.move_to_end((seen[0], start, end))
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return found


def _period_sums(db: sqlite_utils.Database, start: date, end: date) -> dict[str, Sequence[int]]:
    return _period(db, start, end)[0]


def values(db: sqlite_utils.Database, start: date, end: date) -> list[CustomerValue]:
    """Every customer with revenue or a cost from ``start`` to ``end`` (local days), best contribution first.

    Customers in the trash are left out."""
    from crm_desktop.core.rfm import fingerprint  # late: rfm builds on this module

    sums = _period_sums(db, start, end)
    seen = fingerprint(db, None)  # the names too: any write may rename a customer
    with _CACHE_LOCK:
        listed = _LISTS.get(db.conn)
    if listed is None or listed[0] is not sums or listed[1] != seen:
        found = customer_keys.names(db, sums)
        listed = (sums, seen, sorted((make_value(k, found.get(k, ""), row) for k, row in sums.items()), key=_order))
        with _CACHE_LOCK:
            _LISTS[db.conn] = listed
            _LISTS.move_to_end(db.conn)
            while len(_LISTS) > 4:
                _LISTS.popitem(last=False)
    return list(listed[2])


def value_of(db: sqlite_utils.Database, key: str, start: date, end: date) -> CustomerValue:
    """One customer's figures (zero when nothing happened); NotFound for an unknown customer."""
    name = customer_keys.name(db, key)
    row = collect(db, start, end, key=key).get((key, None), [0] * _N)
    return make_value(key, name, row)


def _prospects(db: sqlite_utils.Database, sums: dict[str, Sequence[int]], keys: Sequence[str]) -> set[str]:
    """Of ``keys``, the prospects: only campaign costs in the period and no sale ever."""
    only_campaign = [k for k in keys if not any(sums[k][:_N - 1])]
    return set(only_campaign) - bought_ever(db, only_campaign) if only_campaign else set()


def costly(db: sqlite_utils.Database, start: date, end: date, limit: int | None = 50) -> list[CustomerValue]:
    """Customers who cost more than they bring (contribution below zero), the worst first.

    Prospects are left out: someone who never bought and only cost campaign shares is acquisition cost,
    not a customer costing too much to serve (their campaign cost stays in the totals). Someone served
    (support, parts, travel, interventions) counts even without a sale."""
    sums = _period_sums(db, start, end)
    losing = [k for k, row in sums.items() if _contribution(row) < 0]
    prospects = _prospects(db, sums, losing)
    kept = [k for k in losing if k not in prospects]
    found_names = customer_keys.names(db, kept)
    found = [make_value(k, found_names.get(k, ""), sums[k]) for k in kept]
    found.sort(key=lambda v: (v.contribution_cents, v.name.casefold(), v.key))
    return found if limit is None else found[:limit]


def totals_of(start: date, end: date, items: Sequence[CustomerValue], buyers: Collection[str]) -> PeriodTotals:
    """The sums of ``items`` (what ``totals`` returns for the values of a period); ``buyers``: the keys that
    bought at some time (a prospect, with only campaign costs and no sale ever, is not a costly customer)."""
    sums = [0] * _N
    for v in items:
        for index, amount in enumerate((v.revenue_cents, v.cost_of_sales_cents, v.support_cost_cents,
                                        v.parts_cost_cents, v.travel_cost_cents, v.intervention_cost_cents,
                                        v.campaign_cost_cents)):
            sums[index] += amount
    served = [v for v in items if v.contribution_cents < 0 and (
        v.key in buyers or any((v.revenue_cents, v.cost_of_sales_cents, v.support_cost_cents, v.parts_cost_cents,
                                v.travel_cost_cents, v.intervention_cost_cents)))]
    return _totals(start, end, len(items), sums, len(served))


def _totals(start: date, end: date, customers: int, sums: Sequence[int], costly_count: int) -> PeriodTotals:
    total = make_value("", "", sums)
    return PeriodTotals(start, end, customers, total.revenue_cents, total.cost_of_sales_cents, total.margin_cents,
                        total.support_cost_cents, total.parts_cost_cents, total.travel_cost_cents,
                        total.intervention_cost_cents, total.campaign_cost_cents, total.cost_to_serve_cents,
                        total.contribution_cents, total.profitability, costly_count)


def _rows_sql(start: date, end: date) -> tuple[str, list[str]]:
    """A query of every kept row (customer, PARTS...) of the period: its whole months' rows, the days of the
    months it cuts; empty ("") for a period ending before it starts."""
    months, edges = _full_months(start, end)
    columns = ", ".join(PARTS)
    selects, params = [], []
    if months is not None:
        selects.append(f"SELECT customer, {columns} FROM value_months WHERE month >= ? AND month <= ?")
        params += list(months)
    for first, last in edges:
        selects.append(f"SELECT customer, {columns} FROM value_days WHERE day >= ? AND day <= ?")
        params += [first.isoformat(), last.isoformat()]
    return " UNION ALL ".join(selects), params


_GAIN = " - ".join(f"sum({name})" for name in PARTS)  # revenue less every cost: the contribution
_SOMETHING = " OR ".join(f"sum({name}) <> 0" for name in PARTS)
_SERVED = " OR ".join(f"{name} <> 0" for name in PARTS[:-1])  # anything but a campaign share
#: Per (connection object, period, ranked count): (state, what ``_summary`` found).
_SUMMARIES: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], tuple[int, int, list[int], list[tuple[Any, ...]]]]] = (
    OrderedDict())


def _summary(db: sqlite_utils.Database, start: date, end: date,
             count: int) -> tuple[int, int, list[int], list[tuple[Any, ...]]]:
    """(customers with a figure, costly ones, sums in PARTS order, rows (key, PARTS...) of the ``count`` best and
    worst contributions, ties at the edges included) of a period, summed by SQLite without listing every customer
    (what ``values`` would list, ``totals`` and ``ranked`` compute from it). Costly: a contribution below zero,
    prospects (only campaign shares, no sale ever) left out. Kept while the period's months and who ever bought
    stay the same (a sale today leaves last year's summary kept, unless it is someone's first)."""
    refresh(db)
    seen = (state(db, start, end), buyers(db))
    slot = (seen[0][0], start, end, count)
    with _CACHE_LOCK:
        kept = _SUMMARIES.get(slot)
        if kept is not None and kept[0] == seen:
            _SUMMARIES.move_to_end(slot)
            return kept[1]
    rows, params = _rows_sql(start, end)
    found: tuple[int, int, list[int], list[tuple[Any, ...]]] = (0, 0, [0] * _N, [])
    if rows:
        sums = ", ".join(f"sum({name}) AS {name}" for name in PARTS)
        columns = ", ".join(PARTS)
        edge = max(count, 1) - 1
        listed = db.execute(
            f"WITH v AS MATERIALIZED (SELECT customer, {sums}, {_GAIN} AS gain FROM ({rows}) "
            f"WHERE customer NOT IN ({_TRASHED}) GROUP BY customer HAVING {_SOMETHING}) "
            f"SELECT NULL, count(*), coalesce(sum(gain < 0 AND ({_SERVED} OR customer IN (SELECT customer "
            f"FROM value_days WHERE sales > 0))), 0), {', '.join(f'coalesce(sum({n}), 0)' for n in PARTS)} FROM v "
            f"UNION ALL SELECT customer, NULL, NULL, {columns} FROM v "
            f"WHERE gain >= coalesce((SELECT gain FROM v ORDER BY gain DESC LIMIT 1 OFFSET {edge}), "
            f"(SELECT min(gain) FROM v)) OR gain <= coalesce((SELECT gain FROM v ORDER BY gain LIMIT 1 "
            f"OFFSET {edge}), (SELECT max(gain) FROM v))", params).fetchall()
        head = next(row for row in listed if row[0] is None)
        found = (int(head[1]), int(head[2]), [int(x) for x in head[3:]],
                 [(row[0], *row[3:]) for row in listed if row[0] is not None])
    with _CACHE_LOCK:
        _SUMMARIES[slot] = (seen, found)
        _SUMMARIES.move_to_end(slot)
        while len(_SUMMARIES) > _SUMMARIES_KEPT:
            _SUMMARIES.popitem(last=False)
    return found


def totals(db: sqlite_utils.Database, start: date, end: date) -> PeriodTotals:
    """The period's sums over every customer: exactly the sums of ``values`` over the same period.

    ``costly_customers`` counts the customers with a contribution below zero, prospects left out (as ``costly``)."""
    customers, costly_count, sums, _rows = _summary(db, start, end, RANKED_KEPT)
    return _totals(start, end, customers, sums, costly_count)


#: How many of the best and worst ``totals`` asks with the sums (what the dashboard ranks: one pass for both).
RANKED_KEPT = 10


def ranked(db: sqlite_utils.Database, start: date, end: date,
           count: int) -> tuple[list[CustomerValue], list[CustomerValue]]:
    """(the ``count`` best contributions, the ``count`` worst, worst first): what ``values`` starts and ends
    with, naming only the customers that can be shown (a short list is in both)."""
    rows = _summary(db, start, end, count)[3]
    if not rows or count < 1:
        return [], []
    gains = sorted(row[1] - sum(row[2:]) for row in rows)
    best, worst = gains[-min(count, len(gains))], gains[min(count, len(gains)) - 1]
    found = customer_keys.names(db, [row[0] for row in rows])
    listed = sorted((make_value(row[0], found.get(row[0], ""), row[1:]) for row in rows), key=_order)
    top = [v for v in listed if v.contribution_cents >= best][:count]
    bottom = [v for v in listed if v.contribution_cents <= worst][::-1][:count]
    return top, bottom


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def month_buckets(start: date, end: date) -> Buckets:
    """The calendar months of a period, cut to the period at both ends."""
    labels, firsts, lasts = [], [], []
    month = start.replace(day=1)
    while month <= end:
        following = _next_month(month)
        labels.append(month.strftime("%Y-%m"))
        firsts.append(max(month, start))
        lasts.append(min(following - timedelta(days=1), end))
        month = following
    return Buckets(labels, firsts, lasts)


#: Per (database, whole month): (its version, the customers in the trash, its sums over every other customer).
_MONTH_TOTALS: OrderedDict[tuple[Any, str], tuple[Any, frozenset[str], list[int]]] = OrderedDict()
_MONTHS_KEPT = 240


def _month_sums(db: sqlite_utils.Database, start: date, end: date) -> dict[str, list[int]]:
    """Each month's sums over every customer (customers in the trash left out): a whole month as kept while its
    version holds (the year, then the year to date, read it once), the days of a cut month from ``value_days``."""
    refresh(db)
    where, versions, gone = state(db, start, end)
    version_of = dict(versions)
    months = {label: [0] * _N for label in month_buckets(start, end).labels}
    full, edges = _full_months(start, end)
    if full is not None:
        wanted = [label for label in months if full[0] <= label <= full[1]]
        found: dict[str, list[int]] = {}
        with _CACHE_LOCK:
            for label in wanted:
                kept = _MONTH_TOTALS.get((where, label))
                if kept is not None and kept[0] == version_of.get(label) and kept[1] == gone:
                    found[label] = kept[2]
        missing = [label for label in wanted if label not in found]
        if missing:
            made = {label: [0] * _N for label in missing}
            for row in db.execute(
                    f"SELECT month, {_SUMS} FROM value_months WHERE month IN (SELECT value FROM json_each(?)) "
                    f"AND customer NOT IN ({_TRASHED}) GROUP BY month", [json.dumps(missing)]):
                made[row[0]] = list(row[1:])
            with _CACHE_LOCK:
                for label, sums in made.items():
                    _MONTH_TOTALS[(where, label)] = (version_of.get(label), gone, sums)
                while len(_MONTH_TOTALS) > _MONTHS_KEPT:
                    _MONTH_TOTALS.popitem(last=False)
            found.update(made)
        for label in wanted:
            months[label] = list(found[label])
    for first, last in edges:
        for row in db.execute(
                f"SELECT substr(day, 1, 7), {_SUMS} FROM value_days WHERE day >= ? AND day <= ? "
                f"AND customer NOT IN ({_TRASHED}) GROUP BY substr(day, 1, 7)", [first.isoformat(), last.isoformat()]):
            total = months[row[0]]
            for index in range(_N):
                total[index] += row[1 + index]
    return months


def by_month(db: sqlite_utils.Database, start: date, end: date) -> list[MonthFigures]:
    """Revenue, margin and cost to serve of every month of the period (all customers; empty months as zero)."""
    out = []
    for label, sums in _month_sums(db, start, end).items():
        value = make_value("", "", sums)
        out.append(MonthFigures(label, value.revenue_cents, value.margin_cents, value.cost_to_serve_cents))
    return out


# --------------------------------------------------------------------------- the value card


def years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def twelve_months(today: date) -> tuple[tuple[date, date], tuple[date, date]]:
    """(the last 12 months up to ``today``, the 12 months before them), local days inclusive."""
    year_ago = years_before(today, 1)
    return (year_ago + timedelta(days=1), today), (years_before(today, 2) + timedelta(days=1), year_ago)


def trend(now_cents: int, before_cents: int) -> float | None:
    """Percent change of revenue; None when there was none before (no base to compare with)."""
    return (now_cents - before_cents) * 100 / before_cents if before_cents > 0 else None


def card(db: sqlite_utils.Database, key: str, today: date) -> ValueCard:
    """The value card of a customer: tier, the last 12 months' figures, revenue trend, risk flags."""
    from crm_desktop.core import customer_risk, rfm  # late: both build on this module

    name = customer_keys.name(db, key)
    (now_first, now_last), (before_first, before_last) = twelve_months(today)
    buckets = Buckets(("before", "now"), (before_first, now_first), (before_last, now_last))
    sums = collect(db, before_first, now_last, key=key, buckets=buckets)
    now = make_value(key, name, sums.get((key, "now"), [0] * _N))
    before_revenue = sums.get((key, "before"), [0] * _N)[0]
    tier = rfm.tier_of(db, key, today)
    flags = customer_risk.flags(db, key, today, revenue=(now.revenue_cents, before_revenue))
    return ValueCard(key, name, tier, rfm.TIERS.get(tier) if tier else None, now.revenue_cents, now.margin_cents,
                     now.cost_to_serve_cents, now.contribution_cents, trend(now.revenue_cents, before_revenue), flags)
