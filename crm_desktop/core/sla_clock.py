"""Service-level clocks for support tickets: how much business time a ticket has used.

A ticket's clock runs while the team owes the customer something (new, open, reopened),
pauses while the team waits on the customer, and stops when the ticket is resolved or
closed; a reopened ticket runs again. The first-response clock is the same clock,
stopped at the first reply. Only the arithmetic lives here: the running time is cut
into intervals and each is measured with BusinessHours, so a ticket costs a few
opening-window look-ups per day it spans, cheap enough for thousands of open tickets
after every sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from crm_desktop.core.business_time import BusinessHours

RUNNING = frozenset({"new", "open", "reopened"})
PAUSED = frozenset({"waiting"})
STOPPED = frozenset({"resolved", "closed"})
STATUSES = RUNNING | PAUSED | STOPPED


@dataclass(frozen=True)
class Interval:
    """A stretch of time during which the clock runs (``end`` None: it still runs)."""

    start: datetime
    end: datetime | None


@dataclass(frozen=True)
class ClockState:
    """Where a ticket's clock stands at ``now``, for lists, badges and reports."""

    target_minutes: int | None
    elapsed_minutes: float  # business minutes used, up to now or to the stop
    due: datetime | None  # when the target is (projected) or was reached; None if paused before it, or no target
    paused: bool  # waiting on the customer
    stopped_at: datetime | None  # resolved/closed (or replied) moment
    met: bool | None  # stopped: within target; otherwise False once breached, else None
    remaining_minutes: float | None  # negative once breached


def running_intervals(
    opened_at: datetime, changes: Sequence[tuple[datetime, str]], until: datetime | None = None
) -> list[Interval]:
    """The intervals while the clock runs, in order, cut at ``until`` (e.g. the first reply)."""
    opened_at = _utc(opened_at)
    intervals = _intervals(opened_at, _timeline(opened_at, changes))
    return intervals if until is None else _cut(intervals, _utc(until))


def clock_state(
    hours: BusinessHours,
    opened_at: datetime,
    changes: Sequence[tuple[datetime, str]],
    target_minutes: int | None,
    now: datetime,
    stop_at: datetime | None = None,
) -> ClockState:
    """The clock at ``now``; with ``stop_at`` it stops then whatever the statuses say (first response)."""
    if target_minutes is not None and target_minutes < 0:
        raise ValueError("a service-level target cannot be negative")
    opened_at, now = _utc(opened_at), _utc(now)
    stop = None if stop_at is None else _utc(stop_at)
    if stop is not None and stop > now:
        stop = None  # not replied yet: later changes and replies are unknown at `now`
    timeline = [change for change in _timeline(opened_at, changes) if change[0] <= now]
    intervals = _intervals(opened_at, timeline)
    if stop is not None:
        intervals = _cut(intervals, stop)

    target = None if target_minutes is None else timedelta(minutes=target_minutes)
    used, due = timedelta(), None
    for interval in intervals:
        before = used
        used += _business(hours, interval.start, now if interval.end is None else interval.end)
        if target is not None and due is None and before < target <= used:
            due = hours.add(interval.start, (target - before) / timedelta(minutes=1))
    running = bool(intervals) and intervals[-1].end is None
    if target is not None and due is None:
        if not target:
            due = opened_at  # nothing to wait for
        elif running:  # the projection; same as adding from the last start, without re-walking it
            due = hours.add(max(now, intervals[-1].start), (target - used) / timedelta(minutes=1))

    status = timeline[-1][1] if timeline else "new"
    stopped_at = stop if stop is not None else _stopped_at(timeline)
    if target is None:
        met = None
    elif stopped_at is not None:
        met = used <= target
    else:
        met = False if used > target else None
    return ClockState(
        target_minutes=target_minutes,
        elapsed_minutes=used / timedelta(minutes=1),
        due=due,
        paused=stopped_at is None and status in PAUSED,
        stopped_at=stopped_at,
        met=met,
        remaining_minutes=None if target is None else (target - used) / timedelta(minutes=1),
    )


def _timeline(opened_at: datetime, changes: Sequence[tuple[datetime, str]]) -> list[tuple[datetime, str]]:
    """Changes in UTC, sorted (stable: same-moment changes keep their order), none before the opening."""
    for _, status in changes:
        if status not in STATUSES:
            raise ValueError(f"unknown ticket status {status!r}")
    return sorted(((max(_utc(moment), opened_at), status) for moment, status in changes), key=lambda c: c[0])


def _intervals(opened_at: datetime, timeline: list[tuple[datetime, str]]) -> list[Interval]:
    """A new ticket's clock runs from the opening; each change may start or end a run."""
    intervals: list[Interval] = []
    start: datetime | None = opened_at
    for moment, status in timeline:
        if status in RUNNING and start is None:
            start = moment
            if intervals and intervals[-1].end == moment:  # paused and resumed at once: one run
                start = intervals.pop().start
        elif status not in RUNNING and start is not None:
            if moment > start:
                intervals.append(Interval(start, moment))
            start = None
    if start is not None:
        intervals.append(Interval(start, None))
    return intervals


def _cut(intervals: list[Interval], until: datetime) -> list[Interval]:
    return [
        Interval(interval.start, until if interval.end is None else min(interval.end, until))
        for interval in intervals
        if interval.start < until
    ]


def _stopped_at(timeline: list[tuple[datetime, str]]) -> datetime | None:
    """When the current resolved/closed stretch began (resolved then closed: the resolution)."""
    stopped_at = None
    for moment, status in reversed(timeline):
        if status not in STOPPED:
            break
        stopped_at = moment
    return stopped_at


def _business(hours: BusinessHours, start: datetime, end: datetime) -> timedelta:
    # Summed as timedeltas (microsecond-exact), so met/breached never flips on float rounding.
    return timedelta(minutes=hours.minutes_between(start, end))


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("service-level clocks need aware datetimes")
    return moment.astimezone(UTC)
