"""Service-level clocks: business time that pauses while waiting on the customer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.core.business_time import BusinessHours
from crm_desktop.core.sla_clock import (
    PAUSED,
    RUNNING,
    STOPPED,
    ClockState,
    Interval,
    clock_state,
    running_intervals,
)

HOURS = BusinessHours()
BRUSSELS = HOURS.zone
MINUTE = timedelta(minutes=1)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BRUSSELS)


def state(opened: datetime, changes: list[tuple[datetime, str]], target: int | None, now: datetime,
          stop_at: datetime | None = None) -> ClockState:
    return clock_state(HOURS, opened, changes, target, now, stop_at)


def test_friday_afternoon_ticket_is_due_on_monday() -> None:
    clock = state(local(2026, 11, 27, 16, 0), [], 120, now=local(2026, 11, 27, 16, 30))
    assert clock.due == local(2026, 11, 30, 10, 0)
    assert clock.due.tzinfo is UTC
    assert (clock.elapsed_minutes, clock.remaining_minutes, clock.met) == (30, 90, None)
    assert not clock.paused and clock.stopped_at is None


def test_public_holidays_are_skipped() -> None:
    # Good Friday is a working day in Belgium, Easter Monday is not.
    clock = state(local(2026, 4, 3, 16, 0), [], 120, now=local(2026, 4, 3, 16, 0))
    assert clock.due == local(2026, 4, 7, 10, 0)
    # National Day, Tuesday 21 July.
    clock = state(local(2026, 7, 20, 16, 0), [], 120, now=local(2026, 7, 21, 12, 0))
    assert clock.due == local(2026, 7, 22, 10, 0)
    assert clock.elapsed_minutes == 60


def test_a_pause_over_the_weekend() -> None:
    opened = local(2026, 11, 27, 15, 0)  # Friday
    changes = [(local(2026, 11, 27, 16, 0), "waiting"), (local(2026, 11, 30, 11, 0), "open")]
    during = state(opened, changes, 120, now=local(2026, 11, 28, 12, 0))
    assert during.paused and during.due is None and during.met is None
    assert during.elapsed_minutes == 60
    after = state(opened, changes, 120, now=local(2026, 11, 30, 11, 30))
    assert not after.paused and after.elapsed_minutes == 90
    assert after.due == local(2026, 11, 30, 12, 0)


def test_a_pause_moves_the_due_time_by_the_paused_business_minutes() -> None:
    opened, now = local(2026, 11, 30, 9, 0), local(2026, 11, 30, 12, 0)
    assert state(opened, [], 240, now).due == local(2026, 11, 30, 13, 0)
    changes = [(local(2026, 11, 30, 10, 0), "waiting"), (local(2026, 11, 30, 11, 30), "open")]
    clock = state(opened, changes, 240, now)
    assert clock.due == local(2026, 11, 30, 14, 30)
    assert clock.elapsed_minutes == 90


def test_resolved_before_or_after_the_due_time() -> None:
    opened = local(2026, 11, 30, 9, 0)
    early = state(opened, [(local(2026, 11, 30, 10, 0), "resolved")], 120, now=local(2026, 12, 2, 9, 0))
    assert early.met is True and early.due is None
    assert early.stopped_at == local(2026, 11, 30, 10, 0)
    assert (early.elapsed_minutes, early.remaining_minutes) == (60, 60)
    changes = [(local(2026, 11, 30, 12, 0), "resolved"), (local(2026, 12, 1, 9, 0), "closed")]
    late = state(opened, changes, 120, now=local(2026, 12, 2, 9, 0))
    assert late.met is False and late.due == local(2026, 11, 30, 11, 0)
    assert late.stopped_at == local(2026, 11, 30, 12, 0)  # the resolution, not the closing
    assert late.remaining_minutes == -60
    on_time = state(opened, [(local(2026, 11, 30, 11, 0), "resolved")], 120, now=local(2026, 12, 2, 9, 0))
    assert on_time.met is True and on_time.due == local(2026, 11, 30, 11, 0) and on_time.remaining_minutes == 0
    # Not resolved yet but already late: breached while still running or waiting.
    waiting = state(opened, [(local(2026, 11, 30, 12, 0), "waiting")], 120, now=local(2026, 12, 2, 9, 0))
    assert waiting.met is False and waiting.paused and waiting.due == local(2026, 11, 30, 11, 0)


def test_a_reopened_ticket_runs_again() -> None:
    opened = local(2026, 11, 30, 9, 0)
    changes = [(local(2026, 11, 30, 10, 0), "resolved"), (local(2026, 12, 1, 9, 0), "reopened")]
    clock = state(opened, changes, 240, now=local(2026, 12, 1, 10, 0))
    assert clock.stopped_at is None and clock.met is None
    assert clock.elapsed_minutes == 120
    assert clock.due == local(2026, 12, 1, 12, 0)
    assert running_intervals(opened, changes) == [
        Interval(opened, local(2026, 11, 30, 10, 0)),
        Interval(local(2026, 12, 1, 9, 0), None),
    ]


def test_daylight_saving_weekends_do_not_shift_the_windows() -> None:
    spring = state(local(2026, 3, 27, 16, 0), [], 120, now=local(2026, 3, 30, 9, 30))  # clocks go forward 29 March
    assert spring.due == local(2026, 3, 30, 10, 0) == datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
    assert spring.elapsed_minutes == 90
    autumn = state(local(2026, 10, 23, 16, 0), [], 120, now=local(2026, 10, 26, 9, 30))  # back 25 October
    assert autumn.due == local(2026, 10, 26, 10, 0) == datetime(2026, 10, 26, 9, 0, tzinfo=UTC)
    assert autumn.elapsed_minutes == 90


def test_first_response_clock_stops_at_the_reply() -> None:
    opened = local(2026, 11, 30, 9, 0)
    changes = [(local(2026, 11, 30, 9, 10), "open")]
    replied = state(opened, changes, 60, now=local(2026, 11, 30, 15, 0), stop_at=local(2026, 11, 30, 9, 45))
    assert replied.stopped_at == local(2026, 11, 30, 9, 45)
    assert (replied.elapsed_minutes, replied.remaining_minutes, replied.met) == (45, 15, True)
    assert replied.due is None and not replied.paused
    waiting = [(local(2026, 11, 30, 9, 30), "waiting")]  # a reply stops the clock even while waiting
    assert state(opened, waiting, 60, local(2026, 11, 30, 15, 0), local(2026, 11, 30, 14, 0)).met is True
    late = state(opened, changes, 60, now=local(2026, 11, 30, 15, 0), stop_at=local(2026, 11, 30, 11, 0))
    assert late.met is False and late.due == local(2026, 11, 30, 10, 0)
    pending = state(opened, changes, 60, now=local(2026, 11, 30, 9, 20), stop_at=local(2026, 11, 30, 9, 45))
    assert pending.stopped_at is None and pending.elapsed_minutes == 20  # a reply after `now` is not known yet


def test_intervals_sorting_clamping_and_cutting() -> None:
    opened = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    changes = [
        (opened + timedelta(hours=3), "open"),
        (opened - timedelta(hours=1), "waiting"),  # before the opening: at the opening
        (opened + timedelta(hours=5), "waiting"),
        (opened + timedelta(hours=5), "open"),  # same moment, later in the list: wins, one run
        (opened + timedelta(hours=6), "closed"),
    ]
    assert running_intervals(opened, changes) == [Interval(opened + timedelta(hours=3), opened + timedelta(hours=6))]
    cut = running_intervals(opened, changes, until=opened + timedelta(hours=4))
    assert cut == [Interval(opened + timedelta(hours=3), opened + timedelta(hours=4))]
    assert running_intervals(opened, [], until=opened) == []
    assert running_intervals(opened, []) == [Interval(opened, None)]


def test_without_target_and_zero_target() -> None:
    opened = local(2026, 11, 30, 9, 0)
    free = state(opened, [], None, now=local(2026, 11, 30, 10, 0))
    assert (free.due, free.met, free.remaining_minutes, free.elapsed_minutes) == (None, None, None, 60)
    assert state(opened, [], 0, now=opened).due == opened


def test_bad_input_refused() -> None:
    opened = local(2026, 11, 30, 9, 0)
    with pytest.raises(ValueError):
        state(opened, [], -1, now=opened)
    with pytest.raises(ValueError):
        state(datetime(2026, 11, 30, 9, 0), [], 60, now=opened)
    with pytest.raises(ValueError):
        state(opened, [(datetime(2026, 11, 30, 10, 0), "open")], 60, now=opened)
    with pytest.raises(ValueError):
        state(opened, [], 60, now=opened, stop_at=datetime(2026, 11, 30, 10, 0))
    with pytest.raises(ValueError):
        running_intervals(opened, [(opened, "on hold")])


# --- Against a minute-by-minute reference -------------------------------------------------


@cache
def is_open_hour(hour: datetime) -> bool:
    return HOURS.is_open(hour)


def is_open(minute: datetime) -> bool:
    # Windows are whole local hours and Brussels is a whole number of hours from UTC, so a UTC
    # hour is open or closed throughout: asking once per hour only keeps the reference fast.
    return is_open_hour(minute.replace(minute=0))


def reference(opened: datetime, changes: list[tuple[datetime, str]], target: int, now: datetime,
              stop_at: datetime | None) -> tuple[int, datetime | None, bool, datetime | None, bool | None]:
    """Elapsed minutes, due, paused, stopped_at and met, counted one minute at a time."""
    events = [(max(moment, opened), status) for moment, status in changes]
    events = sorted((event for event in events if event[0] <= now), key=lambda event: event[0])
    stop = stop_at if stop_at is not None and stop_at <= now else None
    status, applied, count, due, minute = "new", 0, 0, None, opened
    while minute < now:
        while applied < len(events) and events[applied][0] <= minute:
            status, applied = events[applied][1], applied + 1
        if status in RUNNING and (stop is None or minute < stop) and is_open(minute):
            count += 1
            if count == target:
                due = minute + MINUTE
        minute += MINUTE
    elapsed = count
    status = events[-1][1] if events else "new"
    stopped_at = stop
    if stop is None:
        for moment, earlier in reversed(events):
            if earlier not in STOPPED:
                break
            stopped_at = moment
    while due is None and stopped_at is None and status in RUNNING:  # not reached yet: keeps running
        if is_open(minute):
            count += 1
            if count == target:
                due = minute + MINUTE
        minute += MINUTE
    met = (elapsed <= target) if stopped_at is not None else (False if elapsed > target else None)
    return elapsed, due, stopped_at is None and status in PAUSED, stopped_at, met


START = datetime(2026, 1, 1, tzinfo=UTC)
offsets = st.integers(min_value=-24 * 60, max_value=10 * 24 * 60)
statuses = st.sampled_from(sorted(RUNNING | PAUSED | STOPPED))


@settings(max_examples=150, deadline=None)
@given(
    opened=st.integers(min_value=0, max_value=365 * 24 * 60 - 1),
    changes=st.lists(st.tuples(offsets, statuses), max_size=8),
    target=st.integers(min_value=1, max_value=3000),
    now=st.integers(min_value=0, max_value=10 * 24 * 60),
    stop_at=st.none() | st.integers(min_value=0, max_value=10 * 24 * 60),
)
def test_matches_the_minute_by_minute_reference(
    opened: int, changes: list[tuple[int, str]], target: int, now: int, stop_at: int | None
) -> None:
    opened_at = START + opened * MINUTE
    moments = [(opened_at + offset * MINUTE, status) for offset, status in changes]
    now_at = opened_at + now * MINUTE
    stop = None if stop_at is None else opened_at + stop_at * MINUTE
    clock = clock_state(HOURS, opened_at, moments, target, now_at, stop)
    elapsed, due, paused, stopped_at, met = reference(opened_at, moments, target, now_at, stop)
    assert clock.elapsed_minutes == elapsed
    assert clock.due == due
    assert (clock.paused, clock.stopped_at, clock.met) == (paused, stopped_at, met)
    assert clock.remaining_minutes == target - elapsed
    # The intervals are in order, apart, and their business minutes add up to the elapsed time.
    known = [change for change in moments if max(change[0], opened_at) <= now_at]
    intervals = running_intervals(opened_at, known, until=now_at if stop is None else min(stop, now_at))
    assert all(i.start < i.end for i in intervals if i.end is not None)
    assert all(a.end < b.start for a, b in zip(intervals, intervals[1:], strict=False) if a.end is not None)
    assert sum(HOURS.minutes_between(i.start, i.end or now_at) for i in intervals) == elapsed
