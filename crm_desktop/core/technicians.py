"""Technicians: users with the technician role, their skills, hours, base, van and absences.

A technician's profile row has the user's id as its id, so two offline machines that
both fill in the same technician's profile edit one row (their edits merge cell by
cell) instead of making two. Working hours are one "HH:MM-HH:MM" per weekday, Monday
first, "" for a day off, in the shop's time zone (as the support desk's hours).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core import fields, records, users
from crm_desktop.core.clock import from_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, NotFound, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, Role, require
from crm_desktop.core.support_settings import parse_window
from crm_desktop.core.validation import FieldProblem, parse_skills
from crm_desktop.db.connection import write_transaction

TABLE = "technicians"
ABSENCES = "absences"
DEFAULT_HOURS = ("08:00-17:00",) * 5 + ("", "")


@dataclass(frozen=True)
class Technician:
    id: str
    name: str
    skills: tuple[str, ...] = ()
    hours: tuple[str, ...] = DEFAULT_HOURS
    home_base: str | None = None
    van_location_id: str | None = None
    color: str | None = None
    active: bool = True
    cost_per_hour_cents: int | None = None
    email: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def window(self, weekday: int) -> tuple[time, time] | None:
        """Working hours on a weekday (0 = Monday), None on a day off."""
        try:
            return parse_window(self.hours[weekday]) if weekday < len(self.hours) else None
        except ValueError:
            return None


_SELECT = (
    "SELECT u.id, u.name, u.email, u.active AS user_active, u.cost_per_hour_cents, t.skills, t.hours, "
    "t.home_base, t.van_location_id, t.color, t.active AS tech_active, t.deleted_at AS tech_deleted "
    "FROM users u LEFT JOIN technicians t ON t.id = u.id "
)


def _from_row(row: Mapping[str, Any]) -> Technician:
    clean = records.from_db(dict(row))
    profile = row.get("tech_deleted") is None and row.get("skills") is not None
    hours = tuple(clean.get("hours") or ()) if profile else ()
    return Technician(
        id=row["id"], name=row["name"], email=row.get("email"),
        skills=tuple(clean.get("skills") or ()) if profile else (),
        hours=hours if len(hours) == 7 else DEFAULT_HOURS,
        home_base=row.get("home_base") if profile else None,
        van_location_id=row.get("van_location_id") if profile else None,
        color=row.get("color") if profile else None,
        active=bool(row.get("user_active")) and (not profile or bool(row.get("tech_active", 1))),
        cost_per_hour_cents=row.get("cost_per_hour_cents"),
    )


def list_technicians(db: sqlite_utils.Database, include_inactive: bool = False) -> list[Technician]:
    """Users with the technician role, by name."""
    rows = db.execute_returning_dicts(
        _SELECT + "WHERE u.role = ? AND u.deleted_at IS NULL ORDER BY u.name COLLATE NOCASE, u.id",
        [Role.TECHNICIAN.value])
    techs = [_from_row(r) for r in rows]
    return techs if include_inactive else [t for t in techs if t.active]


def get(db: sqlite_utils.Database, technician_id: str) -> Technician:
    rows = db.execute_returning_dicts(_SELECT + "WHERE u.id = ? AND u.deleted_at IS NULL", [technician_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("core", "This technician no longer exists."))
    return _from_row(rows[0])


def by_name(db: sqlite_utils.Database, name: str) -> Technician:
    """The technician called ``name`` (case and spaces ignored), for the command line."""
    wanted = " ".join((name or "").split()).casefold()
    for tech in list_technicians(db, include_inactive=True):
        if tech.name.casefold() == wanted or tech.id == name:
            return tech
    raise NotFound(QT_TRANSLATE_NOOP("core", "No technician is called {name}."), name=name)


def _hours(value: Any) -> list[str]:
    items = list(value or [])
    if len(items) != 7:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Give the hours of each day of the week."))
    out = []
    for text in items:
        text = (text or "").strip()
        try:
            parse_window(text)
        except ValueError as exc:
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "core", "Write hours as 08:00-17:00, the start before the end, or leave the day empty.")) from exc
        out.append(text)
    return out


def bad_days(hours: Sequence[str]) -> list[int]:
    """The weekdays (0 = Monday) whose hours cannot be read, so a form can point at them."""
    out = []
    for index, text in enumerate(hours):
        try:
            parse_window((text or "").strip())
        except ValueError:
            out.append(index)
    return out


def save_profile(ctx: Context, technician_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Create or change a technician's profile: ``skills``, ``hours``, ``home_base``, ``van_location_id``, ``color``."""
    require(ctx.user, Perm.TECHNICIAN_WRITE)
    tech = get(ctx.db, technician_id)
    c = fields.Collector(values)
    for name, parser in (("skills", parse_skills), ("hours", _hours), ("home_base", fields.text(300)),
                         ("van_location_id", fields.existing(ctx, "stock_locations")), ("color", fields.text(20))):
        if name in values:
            c.take(name, parser)
    if "active" in values:
        c.clean["active"] = 1 if values["active"] else 0
    clean = c.done()
    exists = ctx.db.execute("SELECT deleted_at FROM technicians WHERE id = ?", [tech.id]).fetchone()
    with write_transaction(ctx.db):
        if exists is None:
            records.insert(ctx, TABLE, {"skills": [], "hours": list(DEFAULT_HOURS), **clean}, record_id=tech.id)
            changed = clean
        else:
            if exists[0]:
                records.restore(ctx, TABLE, tech.id)
            changed = records.update(ctx, TABLE, tech.id, clean)
    ctx.announce(TABLE, tech.id, "update")
    return changed


def add_technician(ctx: Context, name: str, email: str | None = None) -> str:
    """A new user with the technician role and a default profile (managing users needs Perm.USERS)."""
    require(ctx.user, Perm.USERS)
    with write_transaction(ctx.db):
        user = users.add_user(ctx.db, ctx.clock, name, Role.TECHNICIAN, (email or "").strip() or None,
                              actor_id=ctx.user.id)
        records.insert(ctx, TABLE, {"skills": [], "hours": list(DEFAULT_HOURS)}, record_id=user.id)
    ctx.announce("users", user.id, "insert")
    ctx.announce(TABLE, user.id, "insert")
    return user.id


# -- absences -----------------------------------------------------------------------------------


def add_absence(ctx: Context, technician_id: str, starts_at: Any, ends_at: Any, reason: str | None = None) -> str:
    """Leave, training, sick day: the planning warns when work is put on it."""
    require(ctx.user, Perm.TECHNICIAN_WRITE)
    get(ctx.db, technician_id)
    c = fields.Collector({"starts_at": starts_at, "ends_at": ends_at, "reason": reason})
    c.take("starts_at", fields.moment)
    c.take("ends_at", fields.moment)
    c.take("reason", fields.text(200))
    c.require("starts_at")
    c.require("ends_at")
    clean = c.done()
    if clean["ends_at"] <= clean["starts_at"]:
        raise ValidationError({"ends_at": Message(QT_TRANSLATE_NOOP("core", "The end must come after the start."))})
    with write_transaction(ctx.db):
        absence_id = records.insert(ctx, ABSENCES, {"technician_id": technician_id, **clean})
    ctx.announce(ABSENCES, absence_id, "insert")
    return absence_id


def delete_absence(ctx: Context, absence_id: str) -> None:
    records.trash(ctx, ABSENCES, Perm.TECHNICIAN_WRITE, absence_id)


def absences(db: sqlite_utils.Database, technician_ids: list[str], start: str, end: str) -> list[dict[str, Any]]:
    """Absences of these technicians that overlap [start, end) (UTC ISO)."""
    if not technician_ids:
        return []
    marks = ", ".join("?" for _ in technician_ids)
    return db.execute_returning_dicts(
        f"SELECT * FROM absences WHERE technician_id IN ({marks}) AND deleted_at IS NULL "
        f"AND starts_at < ? AND ends_at > ? ORDER BY starts_at", [*technician_ids, end, start])


def absences_of(db: sqlite_utils.Database, technician_id: str) -> list[dict[str, Any]]:
    """Every live absence of one technician, the latest first (the profile's list)."""
    return db.execute_returning_dicts(
        "SELECT * FROM absences WHERE technician_id = ? AND deleted_at IS NULL ORDER BY starts_at DESC, rid DESC",
        [technician_id])


def local(db: sqlite_utils.Database, iso: str) -> datetime:
    """A stored UTC time in the shop's time zone (working hours are local)."""
    from crm_desktop.core.support_settings import load_support

    return from_iso(iso).astimezone(ZoneInfo(load_support(db).timezone))
