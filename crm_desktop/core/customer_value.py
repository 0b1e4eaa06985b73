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

A period's sums per customer and month are kept until the data changes (``rfm.fingerprint``): ``values``,
``totals``, ``costly`` and ``by_month`` of one period cost one pass. A card reads one customer's rows by index.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import sqlite_utils

from crm_desktop.core import customer_keys, sales
from crm_desktop.core.support_costs import TIME_COST
from crm_desktop.core.support_settings import period_bounds

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


_CACHE: dict[tuple[Any, ...], tuple[dict[str, list[int]], dict[str, list[int]]]] = {}
#: The last listed period's values, with the sums they were made from (a repeat is a copy of the list).
_LISTS: dict[int, tuple[dict[str, list[int]], list[CustomerValue]]] = {}
#: Periods kept: a dashboard asks a period and the one before, values, totals and months of each.
_CACHE_SIZE = 4


def _period(db: sqlite_utils.Database, start: date, end: date) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """(components per customer, per month) of a period, from one pass split by customer and month, kept
    until the data changes (rfm.fingerprint): the dashboard's totals, months and top customers of a period
    cost one pass."""
    from crm_desktop.core.rfm import fingerprint  # late: rfm builds on this module

    seen = (fingerprint(db, None), start, end)
    if seen not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE or any(k[0] != seen[0] for k in _CACHE):
            _CACHE.clear()
        buckets = month_buckets(start, end)
        customers: dict[str, list[int]] = {}
        months = {label: [0] * _N for label in buckets.labels}
        for (key, month), row in collect(db, start, end, buckets=buckets).items():
            if key is None or month is None:
                continue
            mine = customers.setdefault(key, [0] * _N)
            total = months[month]
            for index in range(_N):
                mine[index] += row[index]
                total[index] += row[index]
        _CACHE[seen] = ({k: row for k, row in customers.items() if any(row)}, months)
    return _CACHE[seen]


def _period_sums(db: sqlite_utils.Database, start: date, end: date) -> dict[str, list[int]]:
    return _period(db, start, end)[0]


def values(db: sqlite_utils.Database, start: date, end: date) -> list[CustomerValue]:
    """Every customer with revenue or a cost from ``start`` to ``end`` (local days), best contribution first."""
    sums = _period_sums(db, start, end)
    listed = _LISTS.get(id(sums))
    if listed is None or listed[0] is not sums:
        found = customer_keys.names(db, sums)
        listed = (sums, sorted((make_value(k, found.get(k, ""), row) for k, row in sums.items()), key=_order))
        _LISTS.clear()
        _LISTS[id(sums)] = listed
    return list(listed[1])


def value_of(db: sqlite_utils.Database, key: str, start: date, end: date) -> CustomerValue:
    """One customer's figures (zero when nothing happened); NotFound for an unknown customer."""
    name = customer_keys.name(db, key)
    row = collect(db, start, end, key=key).get((key, None), [0] * _N)
    return make_value(key, name, row)


def costly(db: sqlite_utils.Database, start: date, end: date, limit: int | None = 50) -> list[CustomerValue]:
    """Customers who cost more than they bring (contribution below zero), the worst first."""
    found = [v for v in values(db, start, end) if v.contribution_cents < 0]
    found.sort(key=lambda v: (v.contribution_cents, v.name.casefold(), v.key))
    return found if limit is None else found[:limit]


def totals_of(start: date, end: date, items: Sequence[CustomerValue]) -> PeriodTotals:
    """The sums of ``items`` (what ``totals`` returns for the values of a period)."""
    sums = [0] * _N
    for v in items:
        for index, amount in enumerate((v.revenue_cents, v.cost_of_sales_cents, v.support_cost_cents,
                                        v.parts_cost_cents, v.travel_cost_cents, v.intervention_cost_cents,
                                        v.campaign_cost_cents)):
            sums[index] += amount
    total = make_value("", "", sums)
    return PeriodTotals(start, end, len(items), total.revenue_cents, total.cost_of_sales_cents, total.margin_cents,
                        total.support_cost_cents, total.parts_cost_cents, total.travel_cost_cents,
                        total.intervention_cost_cents, total.campaign_cost_cents, total.cost_to_serve_cents,
                        total.contribution_cents, total.profitability,
                        sum(1 for v in items if v.contribution_cents < 0))


def totals(db: sqlite_utils.Database, start: date, end: date) -> PeriodTotals:
    """The period's sums over every customer: exactly the sums of ``values`` over the same period."""
    sums = [0] * _N
    costly_count = 0
    rows = _period_sums(db, start, end)
    for row in rows.values():
        for index in range(_N):
            sums[index] += row[index]
        if row[0] - sum(row[1:]) < 0:  # contribution: revenue less cost of sales and cost to serve
            costly_count += 1
    total = make_value("", "", sums)
    return PeriodTotals(start, end, len(rows), total.revenue_cents, total.cost_of_sales_cents, total.margin_cents,
                        total.support_cost_cents, total.parts_cost_cents, total.travel_cost_cents,
                        total.intervention_cost_cents, total.campaign_cost_cents, total.cost_to_serve_cents,
                        total.contribution_cents, total.profitability, costly_count)


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


def by_month(db: sqlite_utils.Database, start: date, end: date) -> list[MonthFigures]:
    """Revenue, margin and cost to serve of every month of the period (all customers; empty months as zero)."""
    months = _period(db, start, end)[1]
    out = []
    for label, sums in months.items():
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
