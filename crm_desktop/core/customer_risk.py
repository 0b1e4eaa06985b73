"""Customers at risk, each flag with the reason a manager can read.

* silent: no purchase or contact (a history entry other than a note, a ticket opened) for longer than
  usual for this customer: more than 1.5 x the median gap between their last 25 active days (of the last
  3 years), and never less than 60 days. A customer with a single active day has no rhythm yet: not flagged.
  Days are read from ``customer_days`` (kept by triggers), by its primary key.
* tickets_rising: at least 3 tickets opened in the last 90 days, and at least twice as many as in the
  90 days before.
* spend_falling: the last 12 months' revenue is below 60 % of the 12 months before (which had some).

``at_risk`` looks at the customers the RFM scores (a sale in the last 3 years): someone who has not bought
for longer is lost, not at risk. ``flags`` answers for any customer.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median
from typing import Any

import sqlite_utils

from crm_desktop.core import customer_keys, customer_value, rfm
from crm_desktop.core.errors import Message
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.support_settings import period_bounds

KINDS: dict[str, str] = {
    "silent": QT_TRANSLATE_NOOP("core", "Silent"),
    "tickets_rising": QT_TRANSLATE_NOOP("core", "Tickets rising"),
    "spend_falling": QT_TRANSLATE_NOOP("core", "Spend falling"),
}

SILENT_MIN_DAYS = 60
SILENT_FACTOR = 1.5
#: The active days whose gaps make "usual" (the recent rhythm).
RHYTHM_DAYS = 25
TICKET_DAYS = 90
TICKETS_MIN = 3
#: Spend falls when the last 12 months are below this share (percent) of the 12 before.
SPEND_SHARE = 60

SILENT_TEXT = QT_TRANSLATE_NOOP("core", "No purchase or contact for {days} days; usually every {usual} days.")
TICKETS_TEXT = QT_TRANSLATE_NOOP("core", "{recent} tickets in the last 90 days, {before} in the 90 days before.")
SPEND_TEXT = QT_TRANSLATE_NOOP("core", "Spending down {percent} % on the 12 months before.")


@dataclass(frozen=True)
class RiskFlag:
    """``message`` says why; its params also hold the figures (spend: ``now_cents``, ``before_cents``)."""

    kind: str
    message: Message


def _silent(days: list[int], today: int) -> RiskFlag | None:
    """``days``: the active days as day numbers, newest first; ``today`` the same way."""
    if len(days) < 2:
        return None
    usual = median(days[i] - days[i + 1] for i in range(len(days) - 1))
    quiet = today - days[0]
    if quiet > max(SILENT_MIN_DAYS, SILENT_FACTOR * usual):
        return RiskFlag("silent", Message(SILENT_TEXT, {"days": quiet, "usual": round(usual)}))
    return None


def _tickets(recent: int, before: int) -> RiskFlag | None:
    if recent >= TICKETS_MIN and recent >= 2 * before:
        return RiskFlag("tickets_rising", Message(TICKETS_TEXT, {"recent": recent, "before": before}))
    return None


def _spend(now_cents: int, before_cents: int) -> RiskFlag | None:
    if before_cents > 0 and now_cents * 100 < before_cents * SPEND_SHARE:
        percent = round((before_cents - now_cents) * 100 / before_cents)
        return RiskFlag("spend_falling", Message(SPEND_TEXT, {"percent": percent, "now_cents": now_cents,
                                                              "before_cents": before_cents}))
    return None


def _ordinal_sql(column: str) -> str:
    """Day number of an ISO date column, as ``date.toordinal`` counts (julianday of 0001-01-01 is 1721425.5)."""
    return f"CAST(julianday({column}) - 1721424.5 AS INTEGER)"


def _day_lists(db: sqlite_utils.Database, keys: list[str], today: date) -> dict[str, list[int]]:
    """Each customer's last active days (newest first) within 3 years, by index range on ``customer_days``."""
    first = rfm.window(today)[0].isoformat()
    out: dict[str, list[int]] = {}
    for key, text in db.execute(
            f"SELECT j.value, (SELECT group_concat(o, ',') FROM (SELECT {_ordinal_sql('d.day')} AS o "
            f"FROM customer_days d WHERE d.customer = j.value AND d.day >= ? AND d.day <= ? "
            f"ORDER BY d.day DESC LIMIT {RHYTHM_DAYS})) FROM json_each(?) j",
            [first, today.isoformat(), json.dumps(keys)]):
        # group_concat over an ordered subquery keeps its order (SQLite documents no promise, so sort).
        out[key] = sorted((int(x) for x in text.split(",")), reverse=True) if text else []
    return out


def _quiet(db: sqlite_utils.Database, keys: list[str], today: date) -> list[str]:
    """Those of ``keys`` with no active day in the last SILENT_MIN_DAYS days (one index probe each): only
    they can be silent, so only their rhythm is read."""
    recent = (today - timedelta(days=SILENT_MIN_DAYS)).isoformat()
    return [row[0] for row in db.execute(
        "SELECT j.value FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM customer_days d "
        "WHERE d.customer = j.value AND d.day >= ? AND d.day <= ?)", [json.dumps(keys), recent, today.isoformat()])]


def _ticket_counts(db: sqlite_utils.Database, today: date, key: str | None) -> dict[str, tuple[int, int]]:
    """(tickets opened in the last 90 days, in the 90 before) per customer."""
    recent_lo, hi = period_bounds(db, today - timedelta(days=TICKET_DAYS - 1), today)
    before_lo = period_bounds(db, today - timedelta(days=2 * TICKET_DAYS - 1), today)[0]
    where, params = ("1", []) if key is None else customer_keys.rows_where(key, "t")
    k = customer_keys.key_sql("t")
    rows = db.execute(
        f"SELECT {k} AS k, sum(t.opened_at >= ?), sum(t.opened_at < ?) FROM tickets t "
        f"WHERE t.deleted_at IS NULL AND t.opened_at >= ? AND t.opened_at < ? AND {where} GROUP BY k",
        [recent_lo, recent_lo, before_lo, hi, *params]).fetchall()
    return {r[0]: (int(r[1]), int(r[2])) for r in rows if r[0] is not None}


def _revenues(db: sqlite_utils.Database, today: date, key: str | None) -> dict[str, tuple[int, int]]:
    """(revenue of the last 12 months, of the 12 before) per customer."""
    (now_first, now_last), (before_first, before_last) = customer_value.twelve_months(today)
    buckets = customer_value.Buckets(("before", "now"), (before_first, now_first), (before_last, now_last))
    sums = customer_value.collect(db, before_first, now_last, key=key, buckets=buckets, parts=("revenue",))
    out: dict[str, list[int]] = {}
    for (k, bucket), row in sums.items():
        if k is not None:
            out.setdefault(k, [0, 0])[1 if bucket == "before" else 0] += row[0]
    return {k: (v[0], v[1]) for k, v in out.items()}


def _combine(days: list[int], today: date, tickets: tuple[int, int], revenue: tuple[int, int]) -> list[RiskFlag]:
    found = [_silent(days, today.toordinal()), _tickets(*tickets), _spend(*revenue)]
    return [flag for flag in found if flag is not None]


def flags(db: sqlite_utils.Database, key: str, today: date,
          revenue: tuple[int, int] | None = None) -> list[RiskFlag]:
    """The customer's risk flags (silent, tickets_rising, spend_falling order); empty when none.

    ``revenue``: (last 12 months, 12 before) when the caller has them already (the value card).
    """
    customer_keys.split_key(key)
    days = _day_lists(db, [key], today).get(key, [])
    tickets = _ticket_counts(db, today, key).get(key, (0, 0))
    if revenue is None:
        revenue = _revenues(db, today, key).get(key, (0, 0))
    return _combine(days, today, tickets, revenue)


def _bought_between(days: Sequence[tuple[str, int, int, int]], first: str, last: str) -> bool:
    """Whether a buyer's days (oldest first, as customer_value.buyer_days) hold one from ``first`` to ``last``."""
    for day, *_figures in reversed(days):
        if day < first:
            return False
        if day <= last:
            return True
    return False


#: Per connection object: (fingerprint, the flagged customers, their ordered list with names once asked).
_CACHE: OrderedDict[Any, list[Any]] = OrderedDict()
_LOCK = threading.Lock()
_CONNECTIONS_KEPT = 4


def forget() -> None:
    """Drop what is kept in memory (a benchmark measuring from cold)."""
    with _LOCK:
        _CACHE.clear()


def _flagged(db: sqlite_utils.Database, today: date) -> list[Any]:
    """[fingerprint, [(key, flags)] of the scored customers with a flag, the named list or None]; kept until
    the data changes (as the RFM scores)."""
    customer_value.refresh(db)  # a refresh writes: before the fingerprint, which is read before any figure
    fingerprint = rfm.fingerprint(db, today)  # (a commit after it only keeps newer figures under an older key)
    with _LOCK:
        kept = _CACHE.get(db.conn)
    if kept is not None and kept[0] == fingerprint:
        return kept
    scored = rfm.scores(db, today)
    keys = sorted(scored)
    # Who bought in the last SILENT_MIN_DAYS days was active then (the kept buyers' days say so without a look-up).
    recent, now = (today - timedelta(days=SILENT_MIN_DAYS)).isoformat(), today.isoformat()
    bought = customer_value.buyer_days(db)
    maybe = [key for key in keys if not _bought_between(bought.get(key, ()), recent, now)]
    days = _day_lists(db, _quiet(db, maybe, today), today)  # the others cannot be silent
    tickets = _ticket_counts(db, today, None)
    revenues = rfm.spend(db, today)
    number = today.toordinal()
    found = []
    for key in keys:  # as _combine, skipping what cannot flag: no quiet days, no tickets, nothing spent before
        silent = _silent(days[key], number) if key in days else None
        rising = _tickets(*tickets[key]) if key in tickets else None
        spent = revenues.get(key)
        falling = _spend(*spent) if spent is not None and spent[1] > 0 else None
        if silent or rising or falling:
            found.append((key, [flag for flag in (silent, rising, falling) if flag is not None]))
    kept = [fingerprint, found, None]
    with _LOCK:
        _CACHE[db.conn] = kept
        _CACHE.move_to_end(db.conn)
        while len(_CACHE) > _CONNECTIONS_KEPT:
            _CACHE.popitem(last=False)
    return kept


def at_risk_count(db: sqlite_utils.Database, today: date) -> int:
    """How many scored customers have a flag (the dashboard's figure: ``len(at_risk(...))`` without naming them)."""
    return len(_flagged(db, today)[1])


def at_risk(db: sqlite_utils.Database, today: date,
            limit: int | None = None) -> list[tuple[str, str, list[RiskFlag]]]:
    """(key, name, flags) of the scored customers with a flag: most flags first, then the biggest spenders.

    Kept until the data changes (as the RFM scores).
    """
    kept = _flagged(db, today)
    listed = kept[2]
    if listed is None:
        scored = rfm.scores(db, today)
        names = customer_keys.names(db, [k for k, _ in kept[1]])
        listed = [(k, names.get(k, ""), got) for k, got in kept[1]]
        listed.sort(key=lambda item: (-len(item[2]), -scored[item[0]].monetary_cents, item[1].casefold(), item[0]))
        kept[2] = listed
    return list(listed) if limit is None else listed[:limit]
