"""Settings of the support desk: opening hours, holidays and the rates costs are made of.

They live in the database (they sync): every machine must count the same service
level clocks and price a kilometre the same way.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core.business_time import BusinessHours
from crm_desktop.core.clock import from_iso, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.settings import write_settings

PREFIX = "support."
_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass
class SupportSettings:
    """Opening hours are one "HH:MM-HH:MM" per weekday (Monday first), "" when closed."""

    hours: list[str] = field(default_factory=lambda: ["08:30-17:30"] * 5 + ["", ""])
    timezone: str = "Europe/Brussels"
    holiday_country: str = "BE"
    closed_days: list[str] = field(default_factory=list)
    km_cost_cents: int = 35
    km_price_cents: int = 55
    cost_per_hour_cents: int = 4000
    hourly_rate_cents: int = 7500
    warn_minutes: int = 60

    def business_hours(self) -> BusinessHours:
        return BusinessHours(
            days=tuple(parse_window(text) for text in self.hours),
            timezone=self.timezone,
            country=self.holiday_country,
            closed=frozenset(date.fromisoformat(d) for d in self.closed_days),
        )


def parse_window(text: str) -> tuple[time, time] | None:
    if not text.strip():
        return None
    match = _WINDOW.match(text)
    if not match:
        raise ValueError(text)
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    opens, closes = time(h1, m1), time(h2, m2)
    if not opens < closes:
        raise ValueError(text)
    return opens, closes


def period_bounds(db: sqlite_utils.Database, start: date, end: date) -> tuple[str, str]:
    """UTC ISO bounds [lo, hi) of the local days ``start``..``end`` (the business's time zone).

    Stored times are UTC; "this year" and "March" are the shop's days: an hour logged at
    00:30 on 1 January in Brussels belongs to the new year.
    """
    zone = ZoneInfo(load_support(db).timezone)
    lo = datetime.combine(start, time(0), zone)
    hi = datetime.combine(end + timedelta(days=1), time(0), zone)
    return to_iso(lo), to_iso(hi)


def local_day(db: sqlite_utils.Database, iso: str) -> date:
    """The shop's calendar day of a stored UTC time."""
    return from_iso(iso).astimezone(ZoneInfo(load_support(db).timezone)).date()


def load_support(db: sqlite_utils.Database) -> SupportSettings:
    rows = dict(db.execute("SELECT key, value FROM settings WHERE key LIKE 'support.%'").fetchall())
    values = {}
    for f in fields(SupportSettings):
        raw = rows.get(PREFIX + f.name)
        if raw is not None:
            values[f.name] = json.loads(raw)
    try:
        return validate_support(SupportSettings(**values))
    except (ValidationError, TypeError):
        # A value written by a newer version or by hand: fall back rather than stop the desk.
        return SupportSettings()


@cache
def _holiday_countries() -> frozenset[str]:
    """The country codes (aliases included) the ``holidays`` package knows, read from its registry.

    Its ``list_supported_countries`` loads every country's module to list subdivisions (a fifth of a second),
    and every figure asking the shop's time zone validates the settings: the codes alone are enough here; a
    country's rules are loaded when its holidays are really asked (business_time.public_holidays)."""
    from holidays.registry import EntityLoader

    return frozenset(EntityLoader.get_country_codes(include_aliases=True))


def validate_support(values: SupportSettings) -> SupportSettings:
    errors: dict[str, Message] = {}
    hours = list(values.hours)
    if len(hours) != 7:
        errors["hours"] = Message(QT_TRANSLATE_NOOP("core", "Give the opening hours of each day of the week."))
    else:
        for index, text in enumerate(hours):
            try:
                window = parse_window(str(text or ""))
            except ValueError:
                errors[f"hours.{index}"] = Message(
                    QT_TRANSLATE_NOOP("core", "Opening hours look like 08:30-17:30, opening before closing."))
                continue
            hours[index] = "" if window is None else f"{window[0]:%H:%M}-{window[1]:%H:%M}"
        if not errors and not any(hours):
            errors["hours"] = Message(QT_TRANSLATE_NOOP("core", "The business must be open at least one day."))
    if values.holiday_country not in _holiday_countries():
        errors["holiday_country"] = Message(QT_TRANSLATE_NOOP("core", "Unknown country for public holidays."))
    closed: list[str] = []
    for text in values.closed_days:
        try:
            closed.append(date.fromisoformat(str(text).strip()).isoformat())
        except ValueError:
            errors["closed_days"] = Message(QT_TRANSLATE_NOOP("core", "Not a date (YYYY-MM-DD)."))
    for name in ("km_cost_cents", "km_price_cents", "cost_per_hour_cents", "hourly_rate_cents", "warn_minutes"):
        value = getattr(values, name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            errors[name] = Message(QT_TRANSLATE_NOOP("core", "A rate cannot be negative."))
    try:
        ZoneInfo(values.timezone)
    except (ValueError, KeyError, OSError):
        errors["timezone"] = Message(QT_TRANSLATE_NOOP("core", "Unknown time zone."))
    if errors:
        raise ValidationError(errors)
    clean = SupportSettings(**asdict(values))
    clean.hours = hours
    clean.closed_days = sorted(set(closed))
    return clean


def save_support(ctx: Context, values: SupportSettings) -> SupportSettings:
    require(ctx.user, Perm.SETTINGS)
    clean = validate_support(values)
    write_settings(ctx, PREFIX, asdict(clean))
    # New hours move the due times of every active ticket (ticket_sla imports this module: lazy import).
    from crm_desktop.core import ticket_sla

    ticket_sla.refresh_stale(ctx.db, ctx.clock.now())
    ctx.announce("settings", None, "update")
    return clean
