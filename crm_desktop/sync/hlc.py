"""Hybrid logical clock: wall time in milliseconds with a 16-bit counter, in one integer.

``hlc = wall_ms * 65536 + counter``. A new local change gets max(last + 1, now):
it follows wall time when the clock is right and still increases when the clock
goes back. Causality never depends on it (version vectors decide what an author
had seen); the clock only orders concurrent values, and a clock far ahead cannot
drag the others beyond a bound.
"""

from __future__ import annotations

from datetime import UTC, datetime

from crm_desktop.db.capture import COUNTER_BITS, SQL_NOW_MS

#: How far ahead of our own wall clock a received clock may pull ours: one hour.
MAX_DRIFT_MS = 60 * 60 * 1000

__all__ = ["COUNTER_BITS", "MAX_DRIFT_MS", "SQL_NOW_MS", "from_wall_ms", "receive", "to_datetime", "wall_ms"]


def from_wall_ms(ms: int) -> int:
    return ms << COUNTER_BITS


def wall_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def to_datetime(hlc: int) -> datetime:
    return datetime.fromtimestamp(wall_ms(hlc) / 1000, UTC)


def receive(local: int, remote: int, now_ms: int) -> tuple[int, bool]:
    """Our clock after seeing ``remote``; True when ``remote`` is too far ahead.

    A remote clock beyond now + MAX_DRIFT_MS moves ours only up to that bound.
    """
    bound = from_wall_ms(now_ms + MAX_DRIFT_MS)
    ahead = remote > bound
    return max(local, min(remote, bound)), ahead
