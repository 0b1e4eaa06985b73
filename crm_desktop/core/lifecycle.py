"""Customer lifecycle over a period: who was won, who grew, who stayed and who was lost.

A customer is a company, or a person without a company (key "c:<id>" / "p:<id>"), grouped as
core.customer_keys says: a person's purchases count for their company; customers in the trash are
left out. Definitions (days are the shop's, both ends included):

- active at start: bought in the 12 months before the period;
- acquired: their first purchase ever falls in the period;
- retained: active at start and bought again in the period; lost: active at start, no purchase;
- grew: retained and spent more than in the period of the same length just before, or bought a
  product of a higher tier than any they bought of that category in the 12 months before (an upgrade);
- average lifetime value: revenue of every customer who had bought by the end of the period,
  over their number (what an average customer has brought so far).

Line amounts are core.customer_value's (the rounding of core.sales.line_amounts, summed in SQL),
so revenue here matches the value figures and the sales screens to the cent. Who bought when and for
how much is read from the value kept per customer and day (customer_value.buyer_days); only the
upgrade check reads lines, for the few retained customers who did not spend more.
"""

from __future__ import annotations

import json
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import sqlite_utils

from crm_desktop.core import customer_keys, customer_value


@dataclass(frozen=True)
class Lifecycle:
    """How the customer base moved over ``start``..``end``."""

    start: date
    end: date
    active_at_start: int
    acquired: int
    grew: int
    retained: int
    lost: int
    retention_rate: float | None  # retained / active at start; None when nobody was active
    average_lifetime_value_cents: int
    acquired_keys: list[str] = field(default_factory=list)
    grew_keys: list[str] = field(default_factory=list)
    retained_keys: list[str] = field(default_factory=list)
    lost_keys: list[str] = field(default_factory=list)


def months_back(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period to compare with: whole months shift by months (a year compares with the year before,
    March with February); a year to date with the same days one year before (so each month faces its
    own month); any other span with as many days just before."""
    last_of_end = monthrange(end.year, end.month)[1]
    if start.day == 1 and end.day == last_of_end and end >= start:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return months_back(start, months), start - timedelta(days=1)
    if (start.month, start.day) == (1, 1) and start <= end and end.year == start.year:
        return months_back(start, 12), months_back(end, 12)
    length = (end - start).days + 1
    return start - timedelta(days=length), start - timedelta(days=1)


@dataclass
class _Buyer:
    first: str
    before: bool = False  # bought in the 12 months before start
    during: bool = False
    revenue: int = 0  # in the period
    revenue_before: int = 0  # in the same length just before
    sales: list[tuple[str, str]] = field(default_factory=list)  # (id, day) since the previous period


def _buyers(db: sqlite_utils.Database, start: date, end: date) -> tuple[dict[str, _Buyer], int]:
    """(everyone who bought up to ``end``, the revenue of all their sales up to ``end``), in one pass over the
    buyers' days kept in memory (customer_value.buyer_days: a row per customer and day with a sale)."""
    year_before = months_back(start, 12).isoformat()
    prev_lo, prev_hi = (day.isoformat() for day in previous_period(start, end))
    lo, hi = start.isoformat(), end.isoformat()
    buyers: dict[str, _Buyer] = {}
    lifetime = 0
    for key, days in customer_value.buyer_days(db).items():
        first = days[0][0]
        if first > hi:
            continue  # oldest first: their first sale comes after the period
        buyer = buyers[key] = _Buyer(first=first)
        for day, amount, _sold, _lined in days:
            if day > hi:
                break
            lifetime += amount
            if day >= lo:
                buyer.during = True
                buyer.revenue += amount
            elif day >= year_before:
                buyer.before = True
            if prev_lo <= day <= prev_hi:
                buyer.revenue_before += amount
    return buyers, lifetime


def _sales_of(db: sqlite_utils.Database, buyers: dict[str, _Buyer], keys: list[str], since: date,
              end: date) -> None:
    """The sales from ``since`` to ``end`` of these customers (read by _upgraded)."""
    if not keys:
        return
    companies = json.dumps([k[2:] for k in keys if k.startswith(customer_keys.COMPANY)])
    people = json.dumps([k[2:] for k in keys if k.startswith(customer_keys.PERSON)])
    live = "s.deleted_at IS NULL AND s.sold_on >= :lo AND s.sold_on <= :hi"
    for sale_id, key, day in db.execute(
            f"SELECT s.id, 'c:' || s.company_id, s.sold_on FROM sales s WHERE {live}"
            f" AND s.company_id IN (SELECT value FROM json_each(:companies))"
            f" UNION ALL SELECT s.id, 'c:' || p.company_id, s.sold_on FROM people p JOIN sales s"
            f" ON s.person_id = p.id WHERE {live} AND coalesce(s.company_id, '') = ''"
            f" AND p.company_id IN (SELECT value FROM json_each(:companies))"
            f" UNION ALL SELECT s.id, 'p:' || s.person_id, s.sold_on FROM sales s WHERE {live}"
            f" AND coalesce(s.company_id, '') = '' AND s.person_id IN (SELECT value FROM json_each(:people))",
            {"lo": since.isoformat(), "hi": end.isoformat(), "companies": companies, "people": people}):
        buyers[key].sales.append((sale_id, day))


def _upgraded(db: sqlite_utils.Database, buyers: dict[str, _Buyer], keys: list[str], start: date) -> set[str]:
    """Of these customers, those who bought in the period a higher tier than they had in that category.

    "Had" looks back over the 12 months before the period (what made them active): enough to see a
    customer step up from what they bought last time, and it keeps the look-up to a few sales each.
    """
    owner = {sale_id: key for key in keys for sale_id, _day in buyers[key].sales}
    day_of = {sale_id: day for key in keys for sale_id, day in buyers[key].sales}
    ids = list(owner)
    lo = start.isoformat()
    before: dict[tuple[str, str], int] = {}
    during: dict[tuple[str, str], int] = {}
    for first in range(0, len(ids), 500):
        chunk = ids[first:first + 500]
        marks = ", ".join("?" * len(chunk))
        for sale_id, category, tier in db.execute(
                f"SELECT l.sale_id, p.category, p.tier FROM sale_lines l JOIN products p ON p.id = l.product_id"
                f" WHERE l.sale_id IN ({marks}) AND l.deleted_at IS NULL AND p.tier IS NOT NULL"
                f" AND p.category IS NOT NULL", chunk).fetchall():
            slot = (owner[sale_id], category)
            target = during if day_of[sale_id] >= lo else before
            target[slot] = max(tier, target.get(slot, tier))
    return {key for (key, category), tier in during.items() if tier > before.get((key, category), tier)}


def lifecycle(db: sqlite_utils.Database, start: date, end: date) -> Lifecycle:
    """Acquisition, growth, retention and loss of customers over ``start``..``end`` (days included)."""
    buyers, lifetime = _buyers(db, start, end)
    lo = start.isoformat()
    acquired = sorted(k for k, b in buyers.items() if b.first >= lo)
    active = [k for k, b in buyers.items() if b.before]
    retained = sorted(k for k in active if buyers[k].during)
    lost = sorted(k for k in active if not buyers[k].during)
    spent_more = {k for k in retained if buyers[k].revenue > buyers[k].revenue_before}
    others = [k for k in retained if k not in spent_more]
    _sales_of(db, buyers, others, min(previous_period(start, end)[0], months_back(start, 12)), end)
    grew = sorted(spent_more | _upgraded(db, buyers, others, start))
    average = int((Decimal(lifetime) / len(buyers)).quantize(Decimal(1), ROUND_HALF_UP)) if buyers else 0
    return Lifecycle(
        start=start, end=end, active_at_start=len(active), acquired=len(acquired), grew=len(grew),
        retained=len(retained), lost=len(lost), retention_rate=len(retained) / len(active) if active else None,
        average_lifetime_value_cents=average, acquired_keys=acquired, grew_keys=grew, retained_keys=retained,
        lost_keys=lost)
