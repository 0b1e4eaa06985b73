"""Customer lifecycle over a period: who was won, who grew, who stayed and who was lost.

A customer is a company, or a person without a company (key "c:<id>" / "p:<id>"), grouped as
core.customer_keys says: a person's purchases count for their company. Definitions (days are the
shop's, both ends included):

- active at start: bought in the 12 months before the period;
- acquired: their first purchase ever falls in the period;
- retained: active at start and bought again in the period; lost: active at start, no purchase;
- grew: retained and spent more than in the period of the same length just before, or bought a
  product of a higher tier than any they bought of that category in the 12 months before (an upgrade);
- average lifetime value: revenue of every customer who had bought by the end of the period,
  over their number (what an average customer has brought so far).

Line amounts are core.customer_value's (the rounding of core.sales.line_amounts, summed in SQL),
so revenue here matches the value figures and the sales screens to the cent. One pass over the
sales up to the period's end (no lines) says who bought when; the sales since the 12 months before
the period, with their revenue, say how much; one sum gives the lifetime revenue. Only the upgrade
check reads lines again, for the few retained customers who did not spend more.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import sqlite_utils

from crm_desktop.core import customer_keys, customer_value

#: Who bought up to :hi, by the company and person the sales name (grouped by the plain columns, cheap;
#: turned into customer keys after): first day, bought in the 12 months before :lo, bought from :lo.
_PRESENCE = ("SELECT s.company_id, s.person_id, min(s.sold_on), max(s.sold_on >= :year_before AND s.sold_on < :lo),"
             " max(s.sold_on >= :lo) FROM sales s WHERE s.deleted_at IS NULL AND s.sold_on <= :hi"
             " GROUP BY s.company_id, s.person_id")
#: Each live sale of :since..:hi with its revenue (lines as core.customer_value sums them).
_RECENT = (f"SELECT s.id, s.company_id, s.person_id, s.sold_on,"
           f" (SELECT sum({customer_value.LINE_REVENUE}) FROM sale_lines l WHERE l.sale_id = s.id"
           f" AND l.deleted_at IS NULL) FROM sales s WHERE s.deleted_at IS NULL AND s.sold_on >= :since"
           f" AND s.sold_on <= :hi")
#: Revenue of every sale up to :hi (the lifetime value's numerator: no need to know whose).
_LIFETIME = (f"SELECT sum({customer_value.LINE_REVENUE}) FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
             f" WHERE s.deleted_at IS NULL AND l.deleted_at IS NULL AND s.sold_on <= :hi"
             f" AND (coalesce(s.company_id, '') <> '' OR coalesce(s.person_id, '') <> '')")


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
    """The period of the same length just before: whole months shift by months (a year compares
    with the year before, March with February), any other span by its number of days."""
    last_of_end = monthrange(end.year, end.month)[1]
    if start.day == 1 and end.day == last_of_end and end >= start:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return months_back(start, months), start - timedelta(days=1)
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


class _Keys:
    """Customer keys of (company, person) pairs as core.customer_keys.key_sql gives them: the company,
    else the person's company, else the person (people's companies read once, in batches)."""

    def __init__(self, db: sqlite_utils.Database, pairs: list[tuple[str | None, str | None]]) -> None:
        alone = sorted({person for company, person in pairs if not company and person})
        self.company_of: dict[str, str] = {}
        for first in range(0, len(alone), 500):
            chunk = alone[first:first + 500]
            marks = ", ".join("?" * len(chunk))
            self.company_of.update(db.execute(
                f"SELECT id, company_id FROM people WHERE id IN ({marks}) AND coalesce(company_id, '') <> ''",
                chunk).fetchall())

    def key(self, company: str | None, person: str | None) -> str | None:
        if company:
            return customer_keys.COMPANY + company
        if not person:
            return None
        found = self.company_of.get(person)
        return customer_keys.COMPANY + found if found else customer_keys.PERSON + person


def _buyers(db: sqlite_utils.Database, start: date, end: date) -> tuple[dict[str, _Buyer], int]:
    """(everyone who bought up to ``end``, the revenue of all their sales up to ``end``)."""
    customer_value._register(db)  # the exact fallback of LINE_REVENUE
    year_before = months_back(start, 12).isoformat()
    prev_lo, prev_hi = (d.isoformat() for d in previous_period(start, end))
    lo, hi = start.isoformat(), end.isoformat()
    since = min(prev_lo, year_before)
    presence = db.execute(_PRESENCE, {"year_before": year_before, "lo": lo, "hi": hi}).fetchall()
    recent = db.execute(_RECENT, {"since": since, "hi": hi}).fetchall()
    keys = _Keys(db, [(row[0], row[1]) for row in presence])
    buyers: dict[str, _Buyer] = {}
    for company, person, first, before, during in presence:
        key = keys.key(company, person)
        if key is None:
            continue
        buyer = buyers.get(key)
        if buyer is None:
            buyers[key] = _Buyer(first=first, before=bool(before), during=bool(during))
        else:  # a company's own sales and those naming only one of its people
            buyer.first = min(buyer.first, first)
            buyer.before = buyer.before or bool(before)
            buyer.during = buyer.during or bool(during)
    for sale_id, company, person, day, revenue in recent:
        buyer = buyers.get(keys.key(company, person) or "")
        if buyer is None:
            continue
        if day >= lo:
            buyer.revenue += revenue or 0
        if prev_lo <= day <= prev_hi:
            buyer.revenue_before += revenue or 0
        buyer.sales.append((sale_id, day))
    lifetime = db.execute(_LIFETIME, {"hi": hi}).fetchone()[0] or 0
    return buyers, int(lifetime)


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
    grew = sorted(spent_more | _upgraded(db, buyers, [k for k in retained if k not in spent_more], start))
    average = int((Decimal(lifetime) / len(buyers)).quantize(Decimal(1), ROUND_HALF_UP)) if buyers else 0
    return Lifecycle(
        start=start, end=end, active_at_start=len(active), acquired=len(acquired), grew=len(grew),
        retained=len(retained), lost=len(lost), retention_rate=len(retained) / len(active) if active else None,
        average_lifetime_value_cents=average, acquired_keys=acquired, grew_keys=grew, retained_keys=retained,
        lost_keys=lost)
