"""The planning board's rules: who is free, who is absent, who can do the job.

Warnings never refuse a plan: the office knows things the rules do not (an
overtime agreed by phone, a colleague who brings the missing skill). They are shown
on the board and in the planning dialog, and the free technicians are suggested.
The pure functions at the top are what the property tests check on their edges.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core import records, technicians
from crm_desktop.core.clock import from_iso, to_iso
from crm_desktop.core.errors import NotFound
from crm_desktop.core.field_choices import BOOKED_STATUSES
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.support_settings import load_support
from crm_desktop.core.technicians import Technician

#: Longest intervention the overlap queries look back for (a start this far before a
#: slot can still run into it).
MAX_SPAN = timedelta(days=14)


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open slots: one ending at 10:00 and one starting at 10:00 do not overlap; an empty slot overlaps nothing."""
    return a_start < a_end and b_start < b_end and a_start < b_end and b_start < a_end


#: No zone changes its UTC offset twice within this long (real zones: twice a year at most).
_OFFSET_PROBE = timedelta(hours=6)


def _next_offset_change(start: datetime, end: datetime, zone: ZoneInfo) -> datetime:
    """The first moment in (start, end] at which ``zone``'s UTC offset differs from the one at ``start``, else end."""
    offset = start.astimezone(zone).utcoffset()
    low = start
    while low < end:
        high = min(low + _OFFSET_PROBE, end)
        if high.astimezone(zone).utcoffset() != offset:
            while high - low > timedelta(microseconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            return high
        low = high
    return end


def _wall_pieces(start: datetime, end: datetime, zone: ZoneInfo) -> list[tuple[datetime, datetime]]:
    """[start, end) as naive local wall-clock intervals, cut where the clocks change.

    On the night the clocks go back, 02:00-03:00 happens twice: a slot across it is two
    pieces of wall time (02:30-03:00, then 02:00-02:15), never one reversed interval.
    """
    pieces = []
    piece = start
    while piece < end:
        stop = _next_offset_change(piece, end, zone)
        wall = piece.astimezone(zone).replace(tzinfo=None)
        pieces.append((wall, wall + (stop - piece)))
        piece = stop
    return pieces


def outside_hours(start: datetime, end: datetime, tech: Technician, zone: ZoneInfo) -> bool:
    """True when any part of [start, end) falls outside the technician's working window of its local day.

    Windows are wall-clock times of the shop's zone; each minute is judged by the local
    time the technician's watch shows then (both times of a repeated hour count).
    """
    if end <= start:
        return False
    for wall_start, wall_end in _wall_pieces(start, end, zone):
        day = wall_start.date()
        while True:
            day_start = datetime.combine(day, time(0))
            next_start = day_start + timedelta(days=1)
            part_start, part_end = max(wall_start, day_start), min(wall_end, next_start)
            if part_start < part_end:
                window = tech.window(day.weekday())
                if window is None:
                    return True
                if part_start < datetime.combine(day, window[0]) or part_end > datetime.combine(day, window[1]):
                    return True
            if next_start >= wall_end:
                break
            day += timedelta(days=1)
    return False


def missing_skills(needed: Iterable[str], has: Iterable[str]) -> list[str]:
    """The needed skills nobody has, compared without case; each named once (as first written)."""
    owned = {s.casefold() for s in has}
    missing: dict[str, str] = {}
    for skill in needed:
        if skill.casefold() not in owned:
            missing.setdefault(skill.casefold(), skill)
    return sorted(missing.values())


@dataclass(frozen=True)
class Warning:
    """A rule a plan breaks for one technician; ``detail`` says with what (a number, skills)."""

    kind: str  # overlap, absence, hours, skills (field_choices.WARNINGS)
    technician_id: str
    technician_name: str
    detail: str = ""


@dataclass(frozen=True)
class Booking:
    intervention_id: str
    number: str
    start: datetime
    end: datetime


def _booked_rows(db: sqlite_utils.Database, columns: str, technician_ids: list[str], start: datetime, end: datetime,
                 *, joins: str = "", exclude_id: str | None = None, order: str = "i.planned_start") -> list[Any]:
    """(technician id, ``columns``...) of each technician on each booked intervention overlapping [start, end).

    ``joins`` may join more tables to the interventions ``i``; ``exclude_id`` leaves one intervention out.
    """
    marks = ", ".join("?" for _ in technician_ids)
    statuses = ", ".join(f"'{s}'" for s in BOOKED_STATUSES)
    params: list[Any] = [to_iso(start - MAX_SPAN), to_iso(end), to_iso(start), *technician_ids]
    sql = (
        f"SELECT a.technician_id, {columns} FROM interventions i "
        f"JOIN intervention_technicians a ON a.intervention_id = i.id AND a.deleted_at IS NULL {joins}"
        f"WHERE i.deleted_at IS NULL AND i.planned_start >= ? AND i.planned_start < ? AND i.planned_end > ? "
        # "+": start from the start-time index, not from a technician's whole history (the
        # planner picks the latter on a database never analysed, 10x slower).
        f"AND i.status IN ({statuses}) AND +a.technician_id IN ({marks}) "
    )
    if exclude_id is not None:
        sql += "AND i.id IS NOT ? "
        params.append(exclude_id)
    return db.execute(sql + f"ORDER BY {order}", params).fetchall()


def bookings(db: sqlite_utils.Database, technician_ids: list[str], start: datetime, end: datetime,
             exclude_id: str | None = None) -> dict[str, list[Booking]]:
    """Booked interventions of these technicians overlapping [start, end), per technician."""
    out: dict[str, list[Booking]] = defaultdict(list)
    if not technician_ids:
        return out
    rows = _booked_rows(db, "i.id, i.number, i.planned_start, i.planned_end", technician_ids, start, end,
                        exclude_id=exclude_id)
    for tech_id, iid, number, s, e in rows:
        out[tech_id].append(Booking(iid, number, from_iso(s), from_iso(e)))
    return out


def check(db: sqlite_utils.Database, technician_ids: list[str], start: datetime, end: datetime,
          skills: Iterable[str] = (), exclude_id: str | None = None) -> list[Warning]:
    """What is wrong with giving [start, end) to these technicians (empty when nothing)."""
    if not technician_ids:
        return []
    zone = ZoneInfo(load_support(db).timezone)
    techs = {t.id: t for t in technicians.list_technicians(db, include_inactive=True) if t.id in technician_ids}
    booked = bookings(db, technician_ids, start, end, exclude_id)
    away = technicians.absences(db, technician_ids, to_iso(start), to_iso(end))
    needed = list(skills)
    warnings: list[Warning] = []
    for tech_id in technician_ids:
        tech = techs.get(tech_id)
        if tech is None:
            continue
        for booking in booked.get(tech_id, []):
            warnings.append(Warning("overlap", tech_id, tech.name, booking.number))
        for absence in away:
            if absence["technician_id"] == tech_id:
                warnings.append(Warning("absence", tech_id, tech.name, absence.get("reason") or ""))
        if outside_hours(start, end, tech, zone):
            warnings.append(Warning("hours", tech_id, tech.name))
        missing = missing_skills(needed, tech.skills)
        if missing and not _team_covers(needed, [techs[t] for t in technician_ids if t in techs]):
            warnings.append(Warning("skills", tech_id, tech.name, ", ".join(missing)))
    return warnings


def _team_covers(needed: list[str], team: list[Technician]) -> bool:
    """Two technicians sent together may bring the needed skills between them."""
    return not missing_skills(needed, [s for t in team for s in t.skills])


@dataclass(frozen=True)
class Suggestion:
    technician: Technician
    booked_minutes: int  # already booked that local day: the least loaded come first


def suggest(db: sqlite_utils.Database, start: datetime, end: datetime, skills: Iterable[str] = (),
            exclude_id: str | None = None) -> list[Suggestion]:
    """Technicians free for [start, end) who have the skills, the least loaded that day first."""
    zone = ZoneInfo(load_support(db).timezone)
    techs = technicians.list_technicians(db)
    day = start.astimezone(zone).date()
    day_start = datetime.combine(day, time(0), zone)
    day_booked = bookings(db, [t.id for t in techs], day_start, day_start + timedelta(days=1), exclude_id)
    needed = list(skills)
    out = []
    for tech in techs:
        if check(db, [tech.id], start, end, needed, exclude_id):
            continue
        minutes = sum(int((b.end - b.start).total_seconds() // 60) for b in day_booked.get(tech.id, []))
        out.append(Suggestion(tech, minutes))
    out.sort(key=lambda s: (s.booked_minutes, s.technician.name.casefold()))
    return out


# -- the board ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardItem:
    intervention_id: str
    technician_id: str
    number: str
    subject: str
    customer: str
    city: str
    kind: str
    status: str
    start: datetime
    end: datetime
    skills: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass
class Board:
    """What the board paints for [start, end): technicians in rows, their jobs and absences."""

    start: datetime
    end: datetime
    technicians: list[Technician]
    items: dict[str, list[BoardItem]] = field(default_factory=dict)
    absences: dict[str, list[tuple[datetime, datetime, str]]] = field(default_factory=dict)


def day_bounds(db: sqlite_utils.Database, first: date, days: int) -> tuple[datetime, datetime]:
    zone = ZoneInfo(load_support(db).timezone)
    return datetime.combine(first, time(0), zone), datetime.combine(first + timedelta(days=days), time(0), zone)


def board(db: sqlite_utils.Database, first: date, days: int, technician_ids: list[str] | None = None) -> Board:
    """The board of ``days`` local days from ``first``: one query for the jobs, one for the absences."""
    zone = ZoneInfo(load_support(db).timezone)
    start, end = day_bounds(db, first, days)
    techs = technicians.list_technicians(db)
    if technician_ids is not None:
        techs = [t for t in techs if t.id in technician_ids]
    ids = [t.id for t in techs]
    result = Board(start, end, techs, {t: [] for t in ids}, {t: [] for t in ids})
    if not ids:
        return result
    rows = _booked_rows(
        db, "i.id, i.number, i.subject, i.city, i.kind, i.status, i.planned_start, i.planned_end, i.skills, "
        "coalesce(c.name, trim(coalesce(p.first_name, '') || ' ' || p.last_name), '')", ids, start, end,
        joins="LEFT JOIN companies c ON c.id = i.company_id LEFT JOIN people p ON p.id = i.person_id ",
        order="i.planned_start, i.number")
    by_id = {t.id: t for t in techs}
    for absence in technicians.absences(db, ids, to_iso(start), to_iso(end)):
        result.absences[absence["technician_id"]].append(
            (from_iso(absence["starts_at"]), from_iso(absence["ends_at"]), absence.get("reason") or ""))
    raw: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        raw[row[0]].append(row)
    # Two technicians sent together may bring the skills between them (as check() says).
    team_skills: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        team_skills[row[1]].update(s.casefold() for s in by_id[row[0]].skills)
    for tech_id, tech_rows in raw.items():
        tech = by_id[tech_id]
        slots = [(from_iso(r[7]), from_iso(r[8])) for r in tech_rows]
        for index, r in enumerate(tech_rows):
            s, e = slots[index]
            kinds = []
            if any(overlaps(s, e, *other) for j, other in enumerate(slots) if j != index):
                kinds.append("overlap")
            if any(overlaps(s, e, a[0], a[1]) for a in result.absences[tech_id]):
                kinds.append("absence")
            if outside_hours(s, e, tech, zone):
                kinds.append("hours")
            skills = tuple(records.from_db({"skills": r[9]})["skills"])
            if missing_skills(skills, team_skills[r[1]]):
                kinds.append("skills")
            result.items[tech_id].append(BoardItem(
                r[1], tech_id, r[2], r[3], r[10] or "", r[4] or "", r[5], r[6], s, e, skills, tuple(kinds)))
    return result


def job(db: sqlite_utils.Database, intervention_id: str) -> dict[str, Any]:
    """One intervention with its customer's names joined (as core's lists give them), for the planning dialog."""
    rows = db.execute_returning_dicts(
        "SELECT i.*, c.name AS company_name, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) "
        "AS person_name FROM interventions i LEFT JOIN companies c ON c.id = i.company_id "
        "LEFT JOIN people p ON p.id = i.person_id WHERE i.id = ? AND i.deleted_at IS NULL", [intervention_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("core", "This record no longer exists."))
    return records.from_db(rows[0])
