"""Everything the manager's dashboard and the management report show, computed by one function.

The screen and the printed report both call ``dashboard``, so the report prints the same totals as the
screen for the same period. The comparison period is ``lifecycle.previous_period`` (a year against the
year before, a month against the month before, a year to date against the same days a year before, any
other span against as many days just before).
Tiers and customers at risk are as of ``today`` (where customers stand now).

Each period's figures are kept until the data changes (``rfm.fingerprint``: a write on this connection
or a commit of another), so going back to a period seen a moment ago, or on to the previous one (whose
figures the comparison has just computed), only computes what is new. Under them, each module keeps what no
write has touched since: the value of months no write marked (customer_value.state), the operational figures
while none of their rows changed (operations.sources), the months of a period already counted.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

import sqlite_utils

from crm_desktop.core import customer_risk, customer_value, lifecycle, operations, rfm
from crm_desktop.core.customer_value import CustomerValue, MonthFigures, PeriodTotals
from crm_desktop.core.lifecycle import Lifecycle
from crm_desktop.core.operations import Operations

#: How many customers the best and worst lists show.
RANKED = 10
#: Periods' figures kept (a few periods of each kind).
_KEPT = 48
_CACHE: OrderedDict[Hashable, Any] = OrderedDict()
_LOCK = threading.Lock()  # the screen computes in a worker thread, a report in another

T = TypeVar("T")


@dataclass(frozen=True)
class Dashboard:
    period_start: date
    period_end: date
    previous_start: date
    previous_end: date
    totals: PeriodTotals
    previous_totals: PeriodTotals
    months: list[MonthFigures]
    previous_months: list[MonthFigures]
    tier_counts: dict[str, int]  # every rfm.TIERS key, in that order
    lifecycle: Lifecycle
    top: list[CustomerValue]  # best contribution first
    bottom: list[CustomerValue]  # worst contribution first
    at_risk_count: int
    operations: Operations
    #: Seconds each part took (benchmarks print them); not part of the figures.
    timings: dict[str, float] = field(default_factory=dict, compare=False, repr=False)


def ranked(values: list[CustomerValue], count: int = RANKED) -> tuple[list[CustomerValue], list[CustomerValue]]:
    """(best ``count``, worst ``count`` worst first) of values sorted best first; a short list is in both."""
    return values[:count], values[::-1][:count]


def forget() -> None:
    """Drop the kept figures, those of the modules it builds on too (a benchmark measuring from cold; the data
    changed in a way neither the fingerprint nor the kept months' versions can see)."""
    with _LOCK:
        _CACHE.clear()
    customer_value.forget()
    rfm.forget()
    customer_risk.forget()
    operations.forget()


_MISSING = object()


def _lookup(key: Hashable) -> Any:
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    return _MISSING


def _store(key: Hashable, result: Any) -> None:
    with _LOCK:
        _CACHE[key] = result
        while len(_CACHE) > _KEPT:
            _CACHE.popitem(last=False)


def _kept(db: sqlite_utils.Database, today: date, kind: str, start: date, end: date,
          work: Callable[[], T]) -> T:
    key = (rfm.fingerprint(db, today), kind, start, end)
    found = _lookup(key)
    if found is not _MISSING:
        return found
    result = work()  # outside the lock: another thread's dashboard need not wait for this one
    _store(key, result)
    return result


def dashboard(db: sqlite_utils.Database, start: date, end: date, today: date) -> Dashboard:
    """The dashboard of ``start``..``end`` (the shop's days, both included), compared with the period before.

    Customer value is read from the months and days kept per customer (customer_value.refresh brings them up to
    date first); the RFM tiers, customers at risk and the lifecycle build on the same kept days.

    Computed in the calling thread on ``db``: a worker thread with a connection of its own for half of the parts
    was measured slower on the two shared cores it runs on (a new connection reads the schema and pages again,
    and the parts' Python work takes turns with the interpreter lock).
    """
    timings: dict[str, float] = {}

    def part(name: str, kind: str, first: date, last: date, work: Callable[[], T]) -> T:
        began = time.perf_counter()
        result = _kept(db, today, kind, first, last, work)
        timings[name] = time.perf_counter() - began
        return result

    customer_value.refresh(db)  # first: the months a write marked, before the fingerprint is read
    before_start, before_end = lifecycle.previous_period(start, end)
    totals = part("totals", "totals", start, end, lambda: customer_value.totals(db, start, end))
    before = part("previous_totals", "totals", before_start, before_end,
                  lambda: customer_value.totals(db, before_start, before_end))
    months = part("months", "months", start, end, lambda: customer_value.by_month(db, start, end))
    before_months = part("previous_months", "months", before_start, before_end,
                         lambda: customer_value.by_month(db, before_start, before_end))
    top, bottom = part("ranked", "ranked", start, end, lambda: customer_value.ranked(db, start, end, RANKED))
    tiers = part("tiers", "tiers", today, today, lambda: rfm.tier_counts(db, today))
    at_risk = part("at_risk", "at_risk", today, today, lambda: customer_risk.at_risk_count(db, today))
    moved = part("lifecycle", "lifecycle", start, end, lambda: lifecycle.lifecycle(db, start, end))
    ops = part("operations", "operations", start, end, lambda: operations.operations(db, start, end))
    return Dashboard(
        period_start=start, period_end=end, previous_start=before_start, previous_end=before_end,
        totals=totals, previous_totals=before, months=months, previous_months=before_months, tier_counts=tiers,
        lifecycle=moved, top=top, bottom=bottom, at_risk_count=at_risk, operations=ops, timings=timings)
