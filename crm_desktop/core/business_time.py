"""Business time: opening hours and public holidays, for service-level clocks.

A ticket due "within 8 business hours" on a Friday afternoon is due on Monday, and
not on Easter Monday. Public holidays come from the ``holidays`` package (Belgium by
default); the business's own closing days are added on top. Times are stored in UTC
and counted in the business's time zone (opening windows never contain a daylight
saving switch, which happens at night).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays as holiday_data

#: Monday to Friday, 9:00 to 17:00.
OFFICE_HOURS: tuple[tuple[time, time] | None, ...] = (
    *((time(9, 0), time(17, 0)) for _ in range(5)),
    None,
    None,
)
#: How far ahead a due time is searched before concluding the business never opens.
HORIZON_DAYS = 3700


@lru_cache(maxsize=64)
def public_holidays(country: str, year: int) -> frozenset[date]:
    return frozenset(holiday_data.country_holidays(country, years=year).keys())


@dataclass(frozen=True)
class BusinessHours:
    """When the business works: a window per weekday (Monday first), holidays closed."""

    days: tuple[tuple[time, time] | None, ...] = OFFICE_HOURS
    timezone: str = "Europe/Brussels"
    country: str = "BE"
    closed: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise ValueError("one entry per weekday, Monday first")
        for window in self.days:
            if window is not None and not window[0] < window[1]:
                raise ValueError("a day opens before it closes")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def is_working_day(self, day: date) -> bool:
        return (
            self.days[day.weekday()] is not None
            and day not in self.closed
            and day not in public_holidays(self.country, day.year)
        )

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        """The day's opening window in UTC, or None when closed."""
        if not self.is_working_day(day):
            return None
        opens, closes = self.days[day.weekday()]  # type: ignore[misc]
        zone = self.zone
        return (
            datetime.combine(day, opens, zone).astimezone(UTC),
            datetime.combine(day, closes, zone).astimezone(UTC),
        )

    def _days_from(self, moment: datetime) -> Iterable[date]:
        day = moment.astimezone(self.zone).date()
        for offset in range(HORIZON_DAYS):
            yield day + timedelta(days=offset)

    def add(self, start: datetime, minutes: float) -> datetime:
        """The moment ``minutes`` of business time after ``start`` (UTC)."""
        start = _utc(start)
        remaining = timedelta(minutes=minutes)
        for day in self._days_from(start):
            window = self.window(day)
            if window is None:
                continue
            begin = max(start, window[0])
            if begin >= window[1]:
                continue
            available = window[1] - begin
            if remaining <= available:
                return begin + remaining
            remaining -= available
        raise ValueError("the business is never open in the coming years")

    def minutes_between(self, start: datetime, end: datetime) -> float:
        """Business minutes from ``start`` to ``end`` (0 when end is not after start)."""
        start, end = _utc(start), _utc(end)
        if end <= start:
            return 0.0
        total = timedelta()
        for day in self._days_from(start):
            window = self.window(day)
            if window is not None:
                overlap = min(end, window[1]) - max(start, window[0])
                if overlap > timedelta():
                    total += overlap
            if datetime.combine(day, time(0), self.zone).astimezone(UTC) > end:
                break
        return total.total_seconds() / 60

    def is_open(self, moment: datetime) -> bool:
        moment = _utc(moment)
        window = self.window(moment.astimezone(self.zone).date())
        return window is not None and window[0] <= moment < window[1]


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
