"""RFM: how recently, how often and for how much each customer bought, scored 1 to 5, and their tier.

Over the customers with at least one sale in the last 3 years (``today`` included): recency is the days
since their last sale, frequency the number of their sales, monetary their revenue (sale lines as
``sales.line_amounts`` computes them) in those 3 years. Each is scored by quintile: a customer scores
1 + 5 x (customers strictly worse) // (customers), so equal values share a score and 10 customers with
distinct values score 1, 1, 2, 2, ... 5, 5. Recency is better when smaller.

Tiers, the first rule that holds:

* champions: r >= 4, f >= 4 and m >= 4;
* loyal: r >= 3 and f >= 3;
* new: r >= 4 and a single sale in the 3 years;
* promising: r >= 3;
* at_risk: r <= 2 and f >= 3 (bought often, not lately);
* lost: r = 1;
* occasional: the rest (r = 2, few purchases).

Read from the value kept per customer and day (``customer_value.buyer_days``: the days with a sale). The
scores are kept until a kept month changes (its version: ``customer_value.state``) or a customer goes to the
trash, so a card or a segment asking a customer's tier costs a look-up, and a write that moves no value (a
ticket, a note) keeps them.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import Counter, OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from crm_desktop.core import customer_value
from crm_desktop.core.customer_value import years_before
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

#: Tier keys (in the order charts show them) and their labels (the UI shows core_tr(label)).
TIERS: dict[str, str] = {
    "champions": QT_TRANSLATE_NOOP("core", "Champions"),
    "loyal": QT_TRANSLATE_NOOP("core", "Loyal"),
    "promising": QT_TRANSLATE_NOOP("core", "Promising"),
    "new": QT_TRANSLATE_NOOP("core", "New"),
    "at_risk": QT_TRANSLATE_NOOP("core", "At risk"),
    "lost": QT_TRANSLATE_NOOP("core", "Lost"),
    "occasional": QT_TRANSLATE_NOOP("core", "Occasional"),
}

#: How far back a sale makes someone a scored customer.
WINDOW_YEARS = 3


@dataclass(frozen=True)
class RfmScore:
    key: str
    recency_days: int
    frequency: int
    monetary_cents: int
    r: int
    f: int
    m: int
    tier: str


def classify(r: int, f: int, m: int, frequency: int) -> str:
    """The tier of a customer's scores (``frequency``: their number of sales in the window)."""
    if r >= 4 and f >= 4 and m >= 4:
        return "champions"
    if r >= 3 and f >= 3:
        return "loyal"
    if r >= 4 and frequency == 1:
        return "new"
    if r >= 3:
        return "promising"
    if f >= 3:
        return "at_risk"
    if r == 1:
        return "lost"
    return "occasional"


def quintiles(values: list[int]) -> list[int]:
    """Score 1..5 of each value: 1 + 5 x (values strictly below it) // (number of values)."""
    ordered = sorted(values)
    n = len(values)
    return [1 + bisect_left(ordered, v) * 5 // n for v in values]


def window(today: date) -> tuple[date, date]:
    """The local days whose sales are scored: the last 3 years up to ``today``."""
    return years_before(today, WINDOW_YEARS) + timedelta(days=1), today


def compute(rows: list[tuple[str, str, int, int]], today: date) -> dict[str, RfmScore]:
    """Scores of (key, last sale day, sales, revenue) rows."""
    if not rows:
        return {}
    recency = [(today - date.fromisoformat(last)).days for _, last, _, _ in rows]
    r = quintiles([-d for d in recency])
    f = quintiles([row[2] for row in rows])
    m = quintiles([row[3] for row in rows])
    return {row[0]: RfmScore(row[0], recency[i], row[2], row[3], r[i], f[i], m[i], classify(r[i], f[i], m[i], row[2]))
            for i, row in enumerate(rows)}


#: Per database (``customer_value.origin``: its file, else the connection object, never an id() that a new
#: connection may reuse), the scores of the last day asked with the state of the kept months they were made
#: from. The dashboard computes in a worker thread, a report in another: the lock keeps the dict whole.
_CACHE: OrderedDict[Any, dict[str, Any]] = OrderedDict()
_LOCK = threading.Lock()
_CONNECTIONS_KEPT = 4


def forget() -> None:
    """Drop what is kept in memory (a benchmark measuring from cold)."""
    with _LOCK:
        _CACHE.clear()


def fingerprint(db: sqlite_utils.Database, today: date | None) -> tuple[Any, ...]:
    """Moves whenever the data may have changed: a write of this connection, a commit of another.

    Inside a transaction it is new at every call (it equals nothing kept): a rollback takes writes back without
    moving either counter, so a figure computed before it must not be found after it."""
    if db.conn.in_transaction:
        return (object(),)
    path = db.execute("PRAGMA database_list").fetchone()[2]
    return (db.conn, path, db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0], today)


def _compute_all(db: sqlite_utils.Database, today: date) -> dict[str, Any]:
    """Scores, and each customer's revenue of the last 12 months and the 12 before, in one pass over the
    buyers' days (``customer_value.buyer_days``: a row per customer and day with a sale, kept in memory)."""
    first, last = (day.isoformat() for day in window(today))
    (now_first, now_last), (before_first, before_last) = (
        (a.isoformat(), b.isoformat()) for a, b in customer_value.twelve_months(today))
    rows: list[tuple[str, str, int, int]] = []
    spent: dict[str, tuple[int, int]] = {}
    for key, days in customer_value.buyer_days(db).items():
        if days[-1][0] < first:
            continue  # oldest first: no sale in the window
        revenue = lines = now = before = 0
        last_lined = None
        for day, amount, _sold, lined in days:
            if first <= day <= last:
                revenue += amount
                if lined:
                    lines += lined
                    last_lined = day
            if now_first <= day <= now_last:
                now += amount
            elif before_first <= day <= before_last:
                before += amount
        if lines:
            rows.append((key, last_lined, lines, revenue))
            spent[key] = (now, before)
    rows.sort()
    return {"scores": compute(rows, today), "spend": spent}


def _kept(db: sqlite_utils.Database, today: date) -> dict[str, Any]:
    customer_value.refresh(db)  # before the state is read: a refresh draws new versions
    seen = (customer_value.state(db), today)
    where = seen[0][0]  # the database (customer_value.origin)
    with _LOCK:
        kept = _CACHE.get(where)
        if kept is not None and kept["state"] == seen:
            _CACHE.move_to_end(where)
            return kept
    kept = {"state": seen, **_compute_all(db, today)}
    with _LOCK:
        _CACHE[where] = kept
        _CACHE.move_to_end(where)
        while len(_CACHE) > _CONNECTIONS_KEPT:
            _CACHE.popitem(last=False)
    return kept


def scores(db: sqlite_utils.Database, today: date) -> dict[str, RfmScore]:
    """RFM scores of every customer with a sale in the last 3 years, by key (customers in the trash left out)."""
    return _kept(db, today)["scores"]


def spend(db: sqlite_utils.Database, today: date) -> dict[str, tuple[int, int]]:
    """(revenue of the last 12 months, of the 12 months before) of each scored customer."""
    return _kept(db, today)["spend"]


def tier_of(db: sqlite_utils.Database, key: str, today: date) -> str | None:
    """The customer's tier; None without a sale in the last 3 years."""
    score = scores(db, today).get(key)
    return score.tier if score else None


def tier_counts(db: sqlite_utils.Database, today: date) -> dict[str, int]:
    """How many customers in each tier (every tier present, in TIERS order)."""
    counted = Counter(s.tier for s in scores(db, today).values())
    return {name: counted.get(name, 0) for name in TIERS}


def customers_in_tier(db: sqlite_utils.Database, tier: str, today: date) -> list[str]:
    """Keys of the tier's customers, the best spenders first."""
    found = [s for s in scores(db, today).values() if s.tier == tier]
    found.sort(key=lambda s: (-s.monetary_cents, s.recency_days, s.key))
    return [s.key for s in found]
