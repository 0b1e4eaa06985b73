"""Business time for service levels: opening hours, weekends, Belgian public holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.core.business_time import BusinessHours

HOURS = BusinessHours()
BRUSSELS = HOURS.zone


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BRUSSELS)


def test_friday_afternoon_plus_a_day_is_monday() -> None:
    due = HOURS.add(local(2026, 11, 27, 15, 0), 8 * 60)  # Friday 15:00 + 8 business hours
    assert due.astimezone(BRUSSELS) == local(2026, 11, 30, 15, 0)


def test_public_holidays_are_closed() -> None:
    # Thursday 24 December 16:00 + 2 h: Christmas (Friday) and the weekend are skipped.
    due = HOURS.add(local(2026, 12, 24, 16, 0), 120)
    assert due.astimezone(BRUSSELS) == local(2026, 12, 28, 10, 0)
    assert not HOURS.is_working_day(date(2026, 4, 6))  # Easter Monday
    assert not HOURS.is_working_day(date(2026, 7, 21))  # National Day
    assert HOURS.is_working_day(date(2026, 7, 22))


def test_the_business_own_closing_days_and_daylight_saving() -> None:
    closed = BusinessHours(closed=frozenset({date(2026, 3, 30)}))
    assert closed.add(local(2026, 3, 27, 16, 0), 120).astimezone(BRUSSELS) == local(2026, 3, 31, 10, 0)
    # The clocks go forward in the night of 28-29 March: a working day is still 8 hours.
    assert HOURS.minutes_between(local(2026, 3, 27, 9, 0), local(2026, 3, 30, 17, 0)) == 16 * 60


def test_before_opening_and_after_closing() -> None:
    assert HOURS.add(local(2026, 11, 30, 6, 0), 30).astimezone(BRUSSELS) == local(2026, 11, 30, 9, 30)
    assert HOURS.add(local(2026, 11, 30, 18, 0), 30).astimezone(BRUSSELS) == local(2026, 12, 1, 9, 30)
    assert HOURS.is_open(local(2026, 11, 30, 9, 0)) and not HOURS.is_open(local(2026, 11, 30, 17, 0))
    assert HOURS.minutes_between(local(2026, 11, 30, 18, 0), local(2026, 11, 30, 8, 0)) == 0


def test_bad_hours_refused() -> None:
    with pytest.raises(ValueError):
        BusinessHours(days=((time(17), time(9)),) + (None,) * 6)
    never = BusinessHours(days=(None,) * 7)
    with pytest.raises(ValueError):
        never.add(datetime(2026, 1, 1, tzinfo=UTC), 1)


moments = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda d: d.replace(tzinfo=UTC, microsecond=0)
)


@settings(max_examples=150, deadline=None)
@given(start=moments, minutes=st.integers(min_value=0, max_value=60 * 24 * 20))
def test_adding_then_measuring_gives_the_same_minutes(start: datetime, minutes: int) -> None:
    due = HOURS.add(start, minutes)
    assert due >= start
    assert HOURS.minutes_between(start, due) == pytest.approx(minutes)
    if minutes:
        assert HOURS.is_open(due - timedelta(seconds=1))
