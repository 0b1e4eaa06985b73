"""Demo data for field service: technicians, vans and stock, interventions with their reports and costs.

Why it exists: the planning board, a technician's day, the stock screens and the
intervention reports only show what they are worth on a business that has been sending
technicians out for years: two years of jobs done and signed, the weeks ahead planned,
absences on the board, vans restocked every Monday, a few parts used beyond what a van
held and waiting for a count. ``core/demo.py`` calls :func:`load` after the support desk,
in the same transaction, with the same seeded random (same seed, same jobs).

Why it looks the way it does: every job is first placed on a technician's week as
integer minutes of the shop's local days (working hours, holidays, absences, a travel
gap between jobs), then cut at now: what ended before now is done (a few cancelled),
what runs now is on site, the rest is planned. Stock is then played forward in time
(receipts, Monday van loads, parts used, quarterly counts) so the levels kept by the
``stock_levels`` triggers end up realistic. Cost lines are computed with the arithmetic
of ``interventions.compute_costs`` (a unit test compares them). Texts come from
``demo_field_data``.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import json
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from itertools import accumulate
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import sqlite_utils
from PIL import Image, ImageDraw

from crm_desktop.core import demo_field_data as data
from crm_desktop.core import maintenance
from crm_desktop.core.attachments import BlobStore, store_dir
from crm_desktop.core.business_time import public_holidays
from crm_desktop.core.clock import from_iso
from crm_desktop.core.demo_support_data import TICKET_TEMPLATES
from crm_desktop.core.field_choices import BOOKED_STATUSES, CHECKLISTS
from crm_desktop.core.support_settings import SupportSettings, load_support
from crm_desktop.db.ids import new_id

if TYPE_CHECKING:
    from crm_desktop.core.demo import _Company, _Loader, _Person

#: Progress units of one intervention (with its team, parts, costs and stock movements: measured
#: as long to make as this many history entries); ``demo.DemoSize.rows`` counts them.
FIELD_UNITS = 8

MINUTE_MS = 60_000
HOUR_MS = 3_600_000
DAY_MS = 86_400_000
_EPOCH_DATE = date(1970, 1, 1)
_EPOCH_ORDINAL = _EPOCH_DATE.toordinal()

#: Days of jobs before now, and how far ahead jobs are planned.
PAST_DAYS = 730
FUTURE_DAYS = 150
#: Shares of the kinds of job (field_choices.KINDS).
KIND_SHARES = (("repair", 0.45), ("maintenance", 0.30), ("installation", 0.15), ("visit", 0.10))
FUTURE_SHARE = 0.20
#: Share of the jobs ahead still waiting for a slot (no date, no technician).
TO_PLAN_SHARE = 0.10
#: Share of the maintenance jobs that are visits of a maintenance plan (the others are one-off).
PLAN_SHARE = 0.5
LINKED_REPAIRS = 0.40
CANCELLED = 0.05
#: Minutes kept free between two jobs of a technician (the drive).
GAP = 15
#: Days a job may slide after the day it was wanted (then, in busy summers, up to LONG_SLIDE_DAYS)
#: before it is squeezed in anyway.
SLIDE_DAYS = 12
LONG_SLIDE_DAYS = 45
#: Signatures drawn as images: the most recent ones (older reports have the name only).
SIGNATURE_IMAGES = 200
#: Parts used beyond what a van held in the last weeks and not counted yet (per size, roughly).
FLAG_DAYS = 21
#: Tickets an on-site job may come from.
_FIELD_CATEGORIES = ("breakdown", "warranty")
_OPEN_TICKETS = ("new", "open", "waiting", "reopened")

_INTERVENTION_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "number", "company_id", "person_id", "ticket_id",
    "plan_id", "kind", "skills", "status", "subject", "instructions", "street", "postcode", "city", "country",
    "site_contact", "site_phone", "planned_start", "planned_end", "duration_minutes", "due_on", "arrived_at",
    "departed_at", "work_done", "km", "checklist", "follow_up", "follow_up_note", "signed_by", "signed_at",
    "signature_id", "completed_at",
)
_TEAM_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "intervention_id", "technician_id")
_PART_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "intervention_id", "product_id",
                 "quantity")
_COST_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "intervention_id", "kind", "occurred_at", "user_id",
    "product_id", "description", "quantity", "minutes", "km", "unit_cost_cents", "unit_price_cents", "billing",
    "cost_cents", "price_cents",
)
_MOVEMENT_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "product_id", "kind", "from_location_id",
    "to_location_id", "quantity", "at", "user_id", "intervention_id", "flagged", "note",
)
_USER_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "name", "email", "role", "active",
                 "cost_per_hour_cents")
_TECH_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "skills", "hours", "home_base",
                 "van_location_id", "color", "active")
_LOCATION_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "name", "kind", "technician_id",
                     "active")
_PRODUCT_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "sku", "name", "description",
                    "unit", "is_part", "cost_cents", "price_cents", "active")
_MINIMUM_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "location_id", "product_id",
                    "min_quantity", "target_quantity")
_ABSENCE_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "technician_id", "starts_at",
                    "ends_at", "reason")
_PLAN_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "contract_id", "company_id",
                 "person_id", "subject", "kind", "skills", "every_months", "duration_minutes", "starts_on", "ends_on",
                 "instructions", "active")
_ATTACHMENT_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "owner_kind", "owner_id",
                       "file_name", "sha256", "size", "mime", "note")


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _json(value: Any) -> str:
    """JSON as records.to_db writes it (the same text whoever wrote the row)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _day_date(day: int) -> date:
    return date.fromordinal(_EPOCH_ORDINAL + day)


def _minutes(text: str) -> int:
    hours, _, minutes = text.partition(":")
    return int(hours) * 60 + int(minutes)


def _window(text: str) -> tuple[int, int] | None:
    if not text:
        return None
    opens, _, closes = text.partition("-")
    return _minutes(opens), _minutes(closes)


@dataclass(frozen=True)
class FieldCounts:
    """What the field part of a demo load added."""

    technicians: int = 0
    users: int = 0
    parts: int = 0
    interventions: int = 0
    movements: int = 0
    plans: int = 0
    absences: int = 0
    signatures: int = 0


@dataclass
class _Tech:
    id: str
    name: str
    cost: int  # cost per hour (cents), as compute_costs takes it
    skills: tuple[str, ...]
    windows: list[tuple[int, int] | None]  # local minutes per weekday, Monday first
    home: str
    van: str = ""
    warehouse: str = ""
    absent: set[int] = field(default_factory=set)  # local day numbers away all day
    busy: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # day -> sorted (start, end) minutes
    load: dict[int, int] = field(default_factory=dict)  # day -> booked minutes


@dataclass(slots=True)
class _Site:
    """A customer the technicians visit: who, where, who signs."""

    person_id: str | None
    company_id: str | None
    created: int
    language: str
    stage: str
    street: str | None
    postcode: str | None
    city: str | None
    country: str | None
    contact: str | None
    phone: str | None
    groups: list[tuple[str, str]] = field(default_factory=list)  # (family, installed product)
    lang: str = ""


@dataclass
class _Part:
    id: str
    sku: str
    name: str
    cost: int
    price: int
    families: tuple[str, ...]
    van_share: float


@dataclass
class _Job:
    """One intervention while it is made: wanted, placed, then cut at now."""

    kind: str
    site: _Site
    family: str
    product: str
    template: dict[str, Any]
    skills: tuple[str, ...]
    minutes: int
    pair: bool
    day: int  # local day wanted (then placed)
    subject: str = ""
    instructions: str = ""
    ticket_id: str | None = None
    ticket_opened: int = 0
    plan_id: str | None = None
    due_on: str | None = None
    team: list[_Tech] = field(default_factory=list)
    start: int | None = None  # UTC ms
    status: str = "to_plan"
    created: int = 0
    id: str = ""
    number: str = ""
    arrived: int | None = None
    departed: int | None = None
    completed: int | None = None
    used: list[tuple[_Part, int, int]] = field(default_factory=list)  # part, fitted, given back
    bring: list[tuple[_Part, int]] = field(default_factory=list)
    follow_up: tuple[str, str] | None = None
    signed_by: str | None = None
    signature_id: str | None = None
    km: float | None = None
    forced: str = ""  # "overlap" or "absence": deliberately left for the board's warnings
    want: int = -1  # a start wanted today (local minute): a job under way or about to start now


class FieldLoader:
    """Adds field service to a demo load (see the module's docstring)."""

    def __init__(self, loader: _Loader, hire: bool) -> None:
        self.loader = loader
        self.conn = loader.conn
        self.db = sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)
        self.rng = loader.rng
        self.rnd = loader.rng.random
        self.iso = loader.iso
        self.tracker = loader.tracker
        self.spec = loader.spec
        self.hire = hire
        self.now_ms = loader.now_ms
        self.settings: SupportSettings = load_support(self.db)
        self.zone = ZoneInfo(self.settings.timezone)
        self._offsets: dict[int, int] = {}
        self.now_day = self.local_day(self.now_ms)
        self.now_min = self.local_minute(self.now_ms)
        self.first_day = self.now_day - PAST_DAYS
        self.last_day = self.now_day + FUTURE_DAYS
        self.holidays = self.holiday_days()
        self.units_done = 0
        planners = self.conn.execute(
            "SELECT id FROM users WHERE deleted_at IS NULL AND active = 1 AND role IN ('admin', 'manager', 'staff') "
            "ORDER BY role = 'admin', created_at, rid").fetchall()
        self.planners = [p[0] for p in planners] or list(loader.office)
        self.clerk = self.planners[min(1, len(self.planners) - 1)]
        #: Follow-up jobs and the job they come from (their instructions name its number).
        self.follow_origin: dict[int, _Job] = {}
        self.signed: list[_Job] = []

    # ------------------------------------------------------------------ time

    def offset(self, day: int) -> int:
        """The shop's UTC offset in ms on a local day (at noon: clocks change at night)."""
        value = self._offsets.get(day)
        if value is None:
            moment = datetime.combine(_day_date(day), time(12), self.zone)
            delta = moment.utcoffset() or timedelta(0)
            value = int(delta.total_seconds() * 1000)
            self._offsets[day] = value
        return value

    def local_day(self, ms: int) -> int:
        return (ms + self.offset(ms // DAY_MS)) // DAY_MS

    def local_minute(self, ms: int) -> int:
        return (ms + self.offset(ms // DAY_MS)) % DAY_MS // MINUTE_MS

    def at(self, day: int, minute: int) -> int:
        """UTC ms of a local day and minute."""
        return day * DAY_MS + minute * MINUTE_MS - self.offset(day)

    def holiday_days(self) -> set[int]:
        days: set[int] = set()
        for year in range(_day_date(self.first_day - 30).year, _day_date(self.last_day + 30).year + 1):
            for holiday in public_holidays(self.settings.holiday_country, year):
                days.add(holiday.toordinal() - _EPOCH_ORDINAL)
        for text in self.settings.closed_days:
            days.add(date.fromisoformat(text).toordinal() - _EPOCH_ORDINAL)
        return days

    def office_moment(self, day: int) -> int:
        """A moment during office hours of a local day."""
        return self.at(day, 8 * 60 + int(self.rnd() * 540))

    # ------------------------------------------------------------------ run

    def run(self, people: list[_Person], companies: list[_Company]) -> FieldCounts:
        total_units = self.spec.interventions * FIELD_UNITS
        users = self.load_technicians()
        if not self.techs or (not people and not companies):
            self.advance(total_units)
            return FieldCounts(users=users)
        self.load_locations()
        parts_added = self.load_parts()
        absences = self.load_absences()
        self.load_bookings()
        self.tracker.report()
        sites = self.sites(people, companies)
        jobs, plans = self.make_jobs(sites)
        self.advance(3 * self.spec.interventions)
        self.cut_at_now(jobs)
        self.add_follow_ups(jobs, sites)
        self.write_plans(plans)
        self.number_and_write(jobs)
        self.advance(2 * self.spec.interventions)
        movements = self.play_stock(jobs)
        self.write_costs(jobs)
        self.advance(2 * self.spec.interventions)
        signatures = self.write_signatures()
        self.advance(max(total_units - self.units_done, 0))
        return FieldCounts(technicians=len(self.techs), users=users, parts=parts_added, interventions=len(jobs),
                           movements=movements, plans=len(plans), absences=absences, signatures=signatures)

    def advance(self, units: int) -> None:
        units = min(units, self.spec.interventions * FIELD_UNITS - self.units_done)
        if units > 0:
            self.units_done += units
            self.tracker.advance(units)

    def insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        for start in range(0, len(rows), 5_000):
            self.conn.executemany(_insert_sql(table, columns), rows[start:start + 5_000])

    # ------------------------------------------------------------------ technicians

    def load_technicians(self) -> int:
        """The demo's technicians (hired up to the size's team when the demo made the team) and their profiles."""
        rows = self.conn.execute(
            "SELECT u.id, u.name, u.cost_per_hour_cents, t.id, t.skills, t.hours, t.home_base, t.active, "
            "t.deleted_at FROM users u LEFT JOIN technicians t ON t.id = u.id "
            "WHERE u.role = 'technician' AND u.deleted_at IS NULL AND u.active = 1 ORDER BY u.created_at, u.rid"
        ).fetchall()
        added = 0
        wanted = self.spec.technicians
        if self.hire and len(rows) < wanted:
            added = self.hire_technicians(wanted - len(rows), {r[1] for r in rows})
            rows = self.conn.execute(
                "SELECT u.id, u.name, u.cost_per_hour_cents, t.id, t.skills, t.hours, t.home_base, t.active, "
                "t.deleted_at FROM users u LEFT JOIN technicians t ON t.id = u.id "
                "WHERE u.role = 'technician' AND u.deleted_at IS NULL AND u.active = 1 ORDER BY u.created_at, u.rid"
            ).fetchall()
        default_cost = self.settings.cost_per_hour_cents
        hours_pool = [h for h, _ in data.HOURS]
        hours_weights = [w for _, w in data.HOURS]
        self.techs: list[_Tech] = []
        self.new_profiles: list[_Tech] = []
        self.tech_hours: dict[str, tuple[str, ...]] = {}
        for index, (user_id, name, cost, profile, skills, hours, home, active, deleted) in enumerate(rows):
            if profile is not None and (deleted is not None or not active):
                continue  # a profile someone switched off: leave that technician alone
            if profile is not None:
                tech_skills = tuple(json.loads(skills or "[]"))
                tech_hours = tuple(json.loads(hours or "[]"))
                if len(tech_hours) != 7:
                    tech_hours = ("08:00-17:00",) * 5 + ("", "")
                home_base = home or data.HOME_BASES[0]
            else:
                base = data.SKILL_SETS[index % len(data.SKILL_SETS)]
                tech_skills = tuple(sorted(base[:4]))
                tech_hours = hours_pool[0] if index == 0 else self.rng.choices(hours_pool, hours_weights)[0]
                home_base = data.HOME_BASES[index % len(data.HOME_BASES)]
            tech = _Tech(user_id, name, cost if cost is not None else default_cost, tech_skills,
                         [_window(h) for h in tech_hours], home_base)
            self.tech_hours[user_id] = tech_hours
            self.techs.append(tech)
            if profile is None:
                self.new_profiles.append(tech)
        return added

    def hire_technicians(self, count: int, taken: set[str]) -> int:
        from crm_desktop.core.demo import ascii_slug

        domain = self.loader.seeds.misc["business_domain"]
        author = self.planners[0] if self.planners else None
        rows = []
        names = [n for n in data.TECHNICIAN_NAMES if n not in taken][:count]
        for name in names:
            # Hired over the years before the jobs shown: the team grew with the business.
            created = self.loader.office_hours(self.loader.start_ms + int(self.rnd() * 300 * DAY_MS),
                                               self.loader.start_ms)
            created = min(created, self.at(self.first_day - 7, 9 * 60))
            user_id = new_id(self.rng, created)
            first, _, last = name.partition(" ")
            stamp = self.iso(created)
            rows.append((user_id, stamp, stamp, author or user_id, author or user_id, name,
                         f"{ascii_slug(first, '-')}.{ascii_slug(last, '-')}@{domain}", "technician", 1,
                         4_100 + 100 * int(self.rnd() * 8)))
        rows.sort(key=lambda r: r[1])
        self.insert("users", _USER_COLUMNS, rows)
        return len(rows)

    # ------------------------------------------------------------------ stock locations and parts

    def load_locations(self) -> None:
        """Warehouses (kept when there are some), a van per technician, and the profiles that point to them."""
        stamp_ms = self.at(self.first_day - 40, 9 * 60)
        stamp = self.iso(stamp_ms)
        author = self.planners[0]
        warehouses = [r[0] for r in self.conn.execute(
            "SELECT id FROM stock_locations WHERE kind = 'warehouse' AND deleted_at IS NULL AND active = 1 "
            "ORDER BY created_at, rid").fetchall()]
        rows: list[tuple[Any, ...]] = []
        if not warehouses:
            for name in data.WAREHOUSES[:2 if self.spec.technicians >= 10 else 1]:
                location_id = new_id(self.rng, stamp_ms)
                rows.append((location_id, stamp, stamp, author, author, name, "warehouse", None, 1))
                warehouses.append(location_id)
        self.warehouses = warehouses
        vans = dict(self.conn.execute(
            "SELECT technician_id, id FROM stock_locations WHERE kind = 'van' AND deleted_at IS NULL "
            "AND technician_id IS NOT NULL ORDER BY created_at DESC, rid DESC").fetchall())
        profiles = dict(self.conn.execute(
            "SELECT id, van_location_id FROM technicians WHERE deleted_at IS NULL AND van_location_id IS NOT NULL"
        ).fetchall())
        letters = data.PLATE_LETTERS
        for index, tech in enumerate(self.techs):
            tech.warehouse = warehouses[index % len(warehouses)]
            tech.van = profiles.get(tech.id) or vans.get(tech.id) or ""
            if not tech.van:
                plate = (f"{1 + int(self.rnd() * 2)}-" + "".join(letters[int(self.rnd() * len(letters))]
                                                             for _ in range(3)) + f"-{int(self.rnd() * 1000):03d}")
                tech.van = new_id(self.rng, stamp_ms)
                rows.append((tech.van, stamp, stamp, author, author, f"Van {tech.name} ({plate})", "van", tech.id, 1))
        self.insert("stock_locations", _LOCATION_COLUMNS, rows)
        profile_rows = []
        taken_colors = {r[0] for r in self.conn.execute("SELECT color FROM technicians WHERE color IS NOT NULL")}
        colors = [c for c in data.COLORS if c not in taken_colors] or list(data.COLORS)
        for index, tech in enumerate(self.new_profiles):
            profile_rows.append((tech.id, stamp, stamp, author, author, _json(sorted(tech.skills)),
                                 _json(list(self.tech_hours[tech.id])), tech.home, tech.van,
                                 colors[index % len(colors)], 1))
        self.insert("technicians", _TECH_COLUMNS, profile_rows)

    def load_parts(self) -> int:
        """The parts catalogue: kept when a previous load made it, else the size's share of demo_field_data."""
        existing = {sku: (pid, name, cost, price) for pid, sku, name, cost, price in self.conn.execute(
            "SELECT id, sku, name, cost_cents, price_cents FROM products WHERE is_part = 1 AND deleted_at IS NULL "
            "AND active = 1 AND sku IS NOT NULL ORDER BY created_at DESC, rid DESC").fetchall()}
        stamp_ms = self.at(self.first_day - 45, 10 * 60)
        stamp = self.iso(stamp_ms)
        author = self.planners[0]
        rows = []
        self.parts: dict[str, _Part] = {}
        for sku, name, name_fr, unit, cost, price, families, share in data.PARTS[:self.spec.parts]:
            found = existing.get(sku)
            if found is not None:
                self.parts[sku] = _Part(found[0], sku, found[1], found[2], found[3], families, share)
                continue
            part_id = new_id(self.rng, stamp_ms)
            rows.append((part_id, stamp, stamp, author, author, sku, name, name_fr, unit, 1, cost, price, 1))
            self.parts[sku] = _Part(part_id, sku, name, cost, price, families, share)
        self.insert("products", _PRODUCT_COLUMNS, rows)
        return len(rows)

    # ------------------------------------------------------------------ absences

    def load_absences(self) -> int:
        """Holidays, training and sick days (a few a year each, some this week and next); earlier ones kept."""
        existing = self.conn.execute(
            "SELECT technician_id, starts_at, ends_at FROM absences WHERE deleted_at IS NULL").fetchall()
        has = {r[0] for r in existing}
        for tech_id, starts, ends in existing:
            tech = next((t for t in self.techs if t.id == tech_id), None)
            if tech is None:
                continue
            lo, hi = _ms(from_iso(starts)), _ms(from_iso(ends))
            for day in range(self.local_day(lo), self.local_day(hi - 1) + 1):
                tech.absent.add(day)
        rows: list[tuple[int, tuple[Any, ...]]] = []
        rnd = self.rnd
        for index, tech in enumerate(self.techs):
            if tech.id in has:
                continue
            spans: list[tuple[int, int, str, str]] = []  # first day, last day, reason, kind
            first_year = _day_date(self.first_day).year
            last_year = _day_date(self.last_day).year
            for year in range(first_year, last_year + 1):
                summer = date(year, 7, 1).toordinal() - _EPOCH_ORDINAL + int(rnd() * 50)
                spans.append((summer, summer + 11 + (7 if rnd() < 0.4 else 0), "holiday", "Summer holiday"))
                if rnd() < 0.5:
                    xmas = date(year, 12, 24).toordinal() - _EPOCH_ORDINAL
                    spans.append((xmas, xmas + 8, "holiday", "Christmas holiday"))
                if rnd() < 0.6:
                    spring = date(year, 4, 1).toordinal() - _EPOCH_ORDINAL + int(rnd() * 25)
                    spans.append((spring, spring + 4 + int(rnd() * 5), "holiday", self.pick_reason("holiday")))
                for _ in range(1 + int(rnd() * 2)):
                    day = date(year, 1, 15).toordinal() - _EPOCH_ORDINAL + int(rnd() * 320)
                    spans.append((day, day + int(rnd() * 2), "training", self.pick_reason("training")))
                for _ in range(int(rnd() * 3)):
                    day = date(year, 1, 5).toordinal() - _EPOCH_ORDINAL + int(rnd() * 350)
                    if day < self.now_day:  # nobody is sick in advance
                        spans.append((day, day + int(rnd() ** 2 * 4), "sick", self.pick_reason("sick")))
                for _ in range(1 + int(rnd() * 2)):
                    day = date(year, 1, 10).toordinal() - _EPOCH_ORDINAL + int(rnd() * 340)
                    spans.append((day, day, "short", self.pick_reason("short")))
            # Something on the board this week and next: a training for one, a week off for another.
            monday = self.now_day - (self.now_day + 3) % 7
            if index == 0:
                day = max(self.now_day + 1, monday + 3)
                spans.append((day, day, "training", self.pick_reason("training")))
            elif index == 1:
                spans.append((monday + 7, monday + 11, "holiday", "Holiday"))
            elif index == 2:
                day = max(self.now_day + 1, monday + 1)
                spans.append((day, day, "short", "Medical appointment"))
            taken: set[int] = set()
            for first, last, kind, reason in spans:
                if kind in ("training", "sick") and (first + 3) % 7 >= 5:  # trainings and sick days fall on weekdays
                    shift = 7 - (first + 3) % 7
                    first, last = first + shift, last + shift
                days = [d for d in range(first, last + 1)]
                if any(d in taken for d in days) or last < self.first_day - 7 or first > self.last_day:
                    continue
                if kind == "short":
                    window = tech.windows[(first + 3) % 7]
                    if window is None or first in self.holidays:
                        continue
                    start, end = self.at(first, window[0]), self.at(first, window[0] + 240)
                    self.book(tech, first, window[0], window[0] + 240)
                else:
                    start, end = self.at(first, 0), self.at(last + 1, 0)
                    tech.absent.update(days)
                taken.update(days)
                if kind == "sick":
                    created = min(start + 7 * HOUR_MS, self.now_ms - MINUTE_MS)
                else:
                    created = min(start - int((10 + rnd() * 80) * DAY_MS), self.now_ms - int(rnd() * 5 * DAY_MS)
                                  - MINUTE_MS)
                author = self.planners[int(rnd() * len(self.planners))]
                stamp = self.iso(created)
                rows.append((created, (new_id(self.rng, created), stamp, stamp, author, author, tech.id,
                                       self.iso(start), self.iso(end), reason)))
        rows.sort(key=lambda r: r[0])
        self.insert("absences", _ABSENCE_COLUMNS, [r[1] for r in rows])
        return len(rows)

    def load_bookings(self) -> None:
        """Jobs a previous demo load (or the office) already booked: the new ones go around them."""
        by_id = {t.id: t for t in self.techs}
        statuses = ", ".join("?" for _ in BOOKED_STATUSES)
        for tech_id, start, end in self.conn.execute(
                f"SELECT a.technician_id, i.planned_start, i.planned_end FROM interventions i "
                f"JOIN intervention_technicians a ON a.intervention_id = i.id AND a.deleted_at IS NULL "
                f"WHERE i.deleted_at IS NULL AND i.status IN ({statuses}) AND i.planned_end > ?",
                [*BOOKED_STATUSES, self.iso(self.at(self.first_day, 0))]):
            tech = by_id.get(tech_id)
            if tech is None or not start or not end:
                continue
            begin, finish = _ms(from_iso(start)), _ms(from_iso(end))
            day = self.local_day(begin)
            if self.local_day(finish - 1) == day:
                self.book(tech, day, self.local_minute(begin), self.local_minute(begin) + (finish - begin) // MINUTE_MS)

    def pick_reason(self, kind: str) -> str:
        reasons = data.ABSENCE_REASONS[kind]
        return reasons[int(self.rnd() * len(reasons))]

    # ------------------------------------------------------------------ placing jobs on the week

    def free(self, tech: _Tech, day: int) -> list[tuple[int, int]]:
        """Free stretches of a technician's working day (minutes), the drive between jobs kept free."""
        window = tech.windows[(day + 3) % 7]
        if window is None or day in tech.absent or day in self.holidays:
            return []
        opens, closes = window
        busy = tech.busy.get(day)
        if not busy:
            return [(opens, closes)]
        out = []
        cursor = opens
        for start, end in busy:
            if start - GAP > cursor:
                out.append((cursor, min(start - GAP, closes)))
            cursor = max(cursor, end + GAP)
        if cursor < closes:
            out.append((cursor, closes))
        return out

    def fit(self, stretches: list[tuple[int, int]], minutes: int) -> int | None:
        for low, high in stretches:
            start = -(-low // 15) * 15
            if start + minutes <= high:
                slack = (high - minutes - start) // 15
                if slack > 0 and self.rnd() < 0.3:
                    start += 15 * (1 + int(self.rnd() * min(slack, 8)))
                return start
        return None

    def book(self, tech: _Tech, day: int, start: int, end: int) -> None:
        bisect.insort(tech.busy.setdefault(day, []), (start, end))
        tech.load[day] = tech.load.get(day, 0) + end - start

    def capable(self, skills: Sequence[str]) -> list[_Tech]:
        needed = set(skills)
        found = [t for t in self.techs if needed <= set(t.skills)]
        if found:
            return found
        best = max(len(needed & set(t.skills)) for t in self.techs)
        return [t for t in self.techs if len(needed & set(t.skills)) == best]

    def place(self, job: _Job, first: int = 0, slide: int = SLIDE_DAYS) -> bool:
        """Give the job a slot near the day wanted: the least loaded capable technician(s) first."""
        candidates = self.capable(job.skills)
        rnd = self.rnd
        for day in range(job.day + first, job.day + slide):
            order = sorted(candidates, key=lambda t: t.load.get(day, 0) + rnd() * 40)
            for lead in order:
                stretches = self.free(lead, day)
                if not stretches:
                    continue
                team = [lead]
                if job.pair and len(self.techs) > 1:
                    partner = self.partner(lead, day, stretches, job.minutes, candidates)
                    if partner is None:
                        continue
                    team.append(partner[0])
                    stretches = partner[1]
                start = self.fit(stretches, job.minutes)
                if start is None:
                    continue
                for tech in team:
                    self.book(tech, day, start, start + job.minutes)
                job.day, job.team, job.start = day, team, self.at(day, start)
                return True
        return False

    def place_forced(self, job: _Job) -> bool:
        """Book the job on top of another one, or on a day the technician is away (the board warns)."""
        if job.forced == "absence":
            days = range(self.now_day + 1, self.last_day)
        else:
            days = range(job.day, job.day + SLIDE_DAYS)
        for day in days:
            for lead in self.capable(job.skills):
                window = lead.windows[(day + 3) % 7]
                if window is None or day in self.holidays:
                    continue
                if job.forced == "absence" and day in lead.absent:
                    start = window[0] + 60
                elif job.forced == "overlap" and day not in lead.absent and lead.busy.get(day):
                    start = lead.busy[day][0][0] + 30
                else:
                    continue
                if start + job.minutes > window[1]:
                    continue
                self.book(lead, day, start, start + job.minutes)
                job.day, job.team, job.start = day, [lead], self.at(day, start)
                return True
        return False

    def place_now(self, job: _Job, idle: bool) -> bool:
        """Today's job at the start wanted, for a technician free then (``idle``: and free now, on the way)."""
        for lead in self.capable(job.skills):
            if idle and any(s - GAP <= self.now_min < e + GAP for s, e in lead.busy.get(job.day, ())):
                continue
            if any(low <= job.want and job.want + job.minutes <= high for low, high in self.free(lead, job.day)):
                self.book(lead, job.day, job.want, job.want + job.minutes)
                job.team, job.start = [lead], self.at(job.day, job.want)
                return True
        return False

    def partner(self, lead: _Tech, day: int, stretches: list[tuple[int, int]], minutes: int,
                candidates: list[_Tech]) -> tuple[_Tech, list[tuple[int, int]]] | None:
        """A second technician free at the same time: one with the skills first, else any helper."""
        others = [t for t in candidates if t is not lead] or [t for t in self.techs if t is not lead]
        others.sort(key=lambda t: t.load.get(day, 0) + self.rnd() * 40)
        for other in others:
            shared = _intersect(stretches, self.free(other, day))
            if any(high - (-(-low // 15) * 15) >= minutes for low, high in shared):
                return other, shared
        return None

    def squeeze(self, job: _Job) -> None:
        """No slot within the days allowed: put it on the day wanted anyway (a double booking)."""
        candidates = self.capable(job.skills)
        for day in range(job.day, job.day + 30):
            lead = candidates[int(self.rnd() * len(candidates))]
            window = lead.windows[(day + 3) % 7]
            if window is None or day in lead.absent or day in self.holidays:
                continue
            start = window[0] + 15 * int(self.rnd() * max((window[1] - window[0] - job.minutes) // 15, 1))
            start = min(start, window[1] - job.minutes)
            self.book(lead, day, start, start + job.minutes)
            job.day, job.team, job.start = day, [lead], self.at(day, start)
            return
        job.start = None  # nobody works in the days ahead: the job waits for a slot

    # ------------------------------------------------------------------ customers

    def sites(self, people: list[_Person], companies: list[_Company]) -> list[_Site]:
        addresses = {
            row[0]: row[1:] for row in self.conn.execute(
                "SELECT id, street, postcode, city, country, phone FROM companies WHERE deleted_at IS NULL")
        }
        staff: dict[str, list[_Person]] = {}
        for person in people:
            if person.company is not None:
                staff.setdefault(person.company.id, []).append(person)
        out: list[_Site] = []
        for person in people:
            row = person.row
            phone = row[12] or row[11]
            name = f"{person.first} {person.last}"
            if person.company is not None:
                street, postcode, city, country, company_phone = addresses.get(person.company.id, (None,) * 5)
                out.append(_Site(row[0], person.company.id, person.created, person.language, person.stage, street,
                                 postcode, city, country, name, phone or company_phone))
            else:
                out.append(_Site(row[0], None, person.created, person.language, person.stage, row[13], row[14],
                                 row[15], row[16], name, phone))
        for company in companies:
            street, postcode, city, country, phone = addresses.get(company.id, (None,) * 5)
            contacts = staff.get(company.id) or []
            contact = contacts[int(self.rnd() * len(contacts))] if contacts else None
            out.append(_Site(None, company.id, company.created, company.language, company.stage, street, postcode,
                             city, country, f"{contact.first} {contact.last}" if contact else None, phone))
        for site in out:
            if site.language in ("fr", "en"):
                site.lang = site.language
            else:  # Dutch and German speakers get English or French, always the same
                site.lang = "en" if self.rnd() < 0.55 else "fr"
        return out

    def customer_weights(self, sites: list[_Site]) -> dict[str, list[float]]:
        """Cumulative weights per kind: customers call for repairs and services, prospects for surveys."""
        paretovariate = self.rng.paretovariate
        base = [min(paretovariate(1.3), 40.0) * (0.15 if s.person_id is None else 1.0) for s in sites]
        stages = [s.stage for s in sites]
        by_kind = {
            "repair": {"customer": 1.0, "former": 0.25, "prospect": 0.05, "lead": 0.01},
            "maintenance": {"customer": 1.0, "former": 0.2, "prospect": 0.02, "lead": 0.005},
            "installation": {"customer": 1.0, "prospect": 0.5, "former": 0.05, "lead": 0.05},
            "visit": {"prospect": 1.0, "lead": 0.4, "customer": 0.5, "former": 0.1},
        }
        return {kind: list(accumulate(w * stage_weight.get(stage, 0.1) for w, stage in zip(base, stages, strict=True)))
                for kind, stage_weight in by_kind.items()}

    def pick_site(self, sites: list[_Site], cumulative: list[float], day: int) -> _Site | None:
        """A customer known before the day (tries a few, then gives up)."""
        limit = self.at(day, 0) - DAY_MS
        for _ in range(8):
            index = min(bisect.bisect_right(cumulative, self.rnd() * cumulative[-1]), len(sites) - 1)
            if sites[index].created < limit:
                return sites[index]
        return None

    def family_for(self, site: _Site, kind: str) -> tuple[str, str]:
        """What the job is about: mostly what the customer already has, now and then something new."""
        fitting = [(f, p) for f, p in site.groups if any(t["group"] == f and t["kind"] == kind for t in _BY_KIND[kind])]
        if fitting and self.rnd() < 0.8:
            return fitting[int(self.rnd() * len(fitting))]
        families = _FAMILIES[kind]
        family = families[1][min(bisect.bisect_right(families[0], self.rnd() * families[0][-1]),
                                 len(families[1]) - 1)]
        known = next((p for f, p in site.groups if f == family), None)
        if known is None:
            products = data.GROUPS[family]["products"]
            assert isinstance(products, tuple)
            known = products[int(self.rnd() * len(products))]
            site.groups.append((family, known))
        return family, known

    def template_for(self, family: str, kind: str) -> dict[str, Any]:
        options = [t for t in _BY_KIND[kind] if t["group"] == family]
        return options[int(self.rnd() * len(options))]

    def job(self, site: _Site, kind: str, day: int, family: str | None = None, product: str | None = None) -> _Job:
        if family is None or product is None:
            family, product = self.family_for(site, kind)
        elif not any(f == family for f, _ in site.groups):
            site.groups.append((family, product))
        template = self.template_for(family, kind)
        low, high = template["minutes"]
        minutes = low + 15 * int(self.rnd() ** 1.3 * ((high - low) // 15 + 1))
        skills = data.GROUPS[family]["skills"]
        assert isinstance(skills, tuple)
        lang = site.lang
        values = {"product": product}
        subject = template[f"subject_{lang}"].format_map(values)
        instructions = template[f"instructions_{lang}"].format_map(values)
        if self.rnd() < 0.45:
            notes = data.ACCESS_NOTES[lang]
            instructions += " " + notes[int(self.rnd() * len(notes))]
        return _Job(kind, site, family, product, template, tuple(sorted(skills)), min(max(minutes, 30), 240),
                    self.rnd() < template["pair"], day, subject, instructions)

    # ------------------------------------------------------------------ the jobs

    def make_jobs(self, sites: list[_Site]) -> tuple[list[_Job], list[tuple[Any, ...]]]:
        count = self.spec.interventions
        rnd = self.rnd
        quotas = {kind: round(count * share) for kind, share in KIND_SHARES}
        quotas["repair"] += count - sum(quotas.values())
        weights = self.customer_weights(sites)
        self.weights = weights
        future_target = round(count * FUTURE_SHARE)
        self.to_plan_quota = round(future_target * TO_PLAN_SHARE)
        jobs: list[_Job] = []
        plans, visits = self.plan_visits(sites, int(quotas["maintenance"] * PLAN_SHARE))
        jobs += visits
        linked = self.linked_repairs(sites, round(quotas["repair"] * LINKED_REPAIRS))
        jobs += linked
        remaining = {"maintenance": quotas["maintenance"] - len(visits), "repair": quotas["repair"] - len(linked),
                     "installation": quotas["installation"], "visit": quotas["visit"]}
        # The jobs still to plan are repairs and surveys asked for lately.
        self.to_plan_kinds = ["repair" if rnd() < 0.7 else "visit" for _ in range(self.to_plan_quota)]
        for kind in self.to_plan_kinds:
            if remaining[kind] > 0:
                remaining[kind] -= 1
            else:
                remaining["repair"] -= 1
        one_offs = [kind for kind, n in remaining.items() for _ in range(max(n, 0))]
        self.rng.shuffle(one_offs)
        past_days = self.now_day - self.first_day
        # Plan visits and ticket repairs have their own days: the one-off jobs make up the share ahead.
        ahead = sum(1 for j in jobs if j.day < 0 or j.day >= self.now_day)
        future_share = max(future_target - self.to_plan_quota - ahead, 0) / max(len(one_offs), 1)
        for kind in one_offs:
            if rnd() < future_share:
                day = self.now_day + int(rnd() * FUTURE_DAYS)
            else:
                day = self.first_day + int(rnd() * past_days)
            site = self.pick_site(sites, weights[kind], day)
            if site is None:
                day = self.now_day + int(rnd() * FUTURE_DAYS)
                site = self.pick_site(sites, weights[kind], day)
            if site is None:
                continue
            jobs.append(self.job(site, kind, day))
        # Today: one job under way and one about to start, when the technicians work at this hour.
        pool = [j for j in jobs if j.kind == "repair" and not j.pair and j.day >= 0 and not j.ticket_id][:12]
        for want in (self.now_min - 30, self.now_min + 25):
            for job in pool:
                if job.start is not None:
                    continue
                day, minutes = job.day, job.minutes
                job.day, job.want, job.minutes = self.now_day, want // 15 * 15, max(minutes, 90)
                if self.place_now(job, idle=want > self.now_min):
                    break
                job.day, job.want, job.minutes = day, -1, minutes
        jobs.sort(key=lambda j: j.day)
        # A few jobs ahead left on a double booking or an absence, for the board's warnings.
        ahead_jobs = [j for j in jobs if j.day > self.now_day + 1 and not j.pair]
        forced = max(1, len(ahead_jobs) // 150) if ahead_jobs else 0
        for index in range(min(forced + 1, len(ahead_jobs))):
            ahead_jobs[int(rnd() * len(ahead_jobs))].forced = "absence" if index == 0 else "overlap"
        report = self.tracker.report
        for index, job in enumerate(jobs):
            if index % 2_000 == 0:
                report()
            if job.day < 0 or job.start is not None:
                continue  # waits for a slot, or already placed today
            if job.forced and self.place_forced(job):
                continue
            job.forced = ""
            if not self.place(job) and not self.place(job, SLIDE_DAYS, LONG_SLIDE_DAYS):
                self.squeeze(job)
        return jobs, plans

    def linked_repairs(self, sites: list[_Site], wanted: int) -> list[_Job]:
        """Repairs asked through the desk: the ticket's customer, product and subject, a visit days later."""
        if wanted <= 0:
            return []
        by_person = {s.person_id: s for s in sites if s.person_id}
        by_company = {s.company_id: s for s in sites if s.person_id is None and s.company_id}
        lo = self.iso(self.at(self.first_day, 0))
        marks = ", ".join("?" for _ in _FIELD_CATEGORIES)
        rows = self.conn.execute(
            f"SELECT id, number, company_id, person_id, opened_at, status, product, subject, resolved_at "
            f"FROM tickets WHERE deleted_at IS NULL AND opened_at >= ? AND (category IN ({marks}) "
            f"OR channel = 'on_site') ORDER BY rid", [lo, *_FIELD_CATEGORIES]).fetchall()
        candidates = []
        for row in rows:
            site = by_person.get(row[3]) if row[3] else by_company.get(row[2])
            if site is not None:
                candidates.append((row, site))
        self.rng.shuffle(candidates)
        jobs = []
        for (ticket_id, number, _, _, opened_at, status, product, subject, resolved_at), site in candidates:
            if len(jobs) >= wanted:
                break
            opened = _ms(from_iso(opened_at))
            opened_day = self.local_day(opened)
            day = opened_day + 1 + int(self.rnd() ** 2 * 4)
            if status in _OPEN_TICKETS:
                day = max(day, self.now_day + 1)
            elif resolved_at:
                solved_day = self.local_day(_ms(from_iso(resolved_at)))
                if solved_day <= opened_day:
                    continue  # solved the same day, by phone: nobody went
                day = min(day, solved_day)
            family = _PRODUCT_FAMILY.get(product or "")
            job = self.job(site, "repair", day, family, product if family else None)
            job.subject = subject if subject else job.subject
            job.site.lang = _TICKET_LANG.get(subject, site.lang)
            line = data.TICKET_LINE[job.site.lang].format(ticket=number)
            instructions = job.template[f"instructions_{job.site.lang}"].format_map({"product": job.product})
            job.instructions = f"{line} {instructions}"
            job.ticket_id, job.ticket_opened = ticket_id, opened
            jobs.append(job)
        return jobs

    def plan_visits(self, sites: list[_Site], budget: int) -> tuple[list[tuple[Any, ...]], list[_Job]]:
        """Maintenance plans on a share of the contracts: their visits so far and the next one to plan."""
        by_person = {s.person_id: s for s in sites if s.person_id}
        by_company = {s.company_id: s for s in sites if s.person_id is None and s.company_id}
        planned = {r[0] for r in self.conn.execute(
            "SELECT contract_id FROM maintenance_plans WHERE contract_id IS NOT NULL")}
        contracts = [r for r in self.conn.execute(
            "SELECT id, company_id, person_id, starts_on, ends_on, created_at FROM contracts WHERE deleted_at IS NULL "
            "ORDER BY rid").fetchall() if r[0] not in planned]
        self.rng.shuffle(contracts)
        plans: list[tuple[Any, ...]] = []
        jobs: list[_Job] = []
        today = _day_date(self.now_day)
        for contract_id, company_id, person_id, starts_on, ends_on, created_at in contracts:
            if len(jobs) >= budget:
                break
            site = by_company.get(company_id) if company_id else by_person.get(person_id)
            if site is None or self.rnd() < 0.35:
                continue
            families = [f for f, _ in site.groups if f in data.PLAN_SUBJECTS]
            if families:
                family = families[0]
                product = next(p for f, p in site.groups if f == family)
            else:
                family = self.rng.choices(list(data.PLAN_SUBJECTS), [int(data.GROUPS[f]["weight"])  # type: ignore
                                                                    for f in data.PLAN_SUBJECTS])[0]
                products = data.GROUPS[family]["products"]
                assert isinstance(products, tuple)
                product = products[int(self.rnd() * len(products))]
                site.groups.append((family, product))
            subject_fr, subject_en, months = data.PLAN_SUBJECTS[family]
            if months == 12 and self.rnd() < 0.15:
                months = 6
            # The due dates core/maintenance.py computes: from the first date, every N months, to the end.
            series = {"starts_on": starts_on, "every_months": months, "ends_on": ends_on}
            visits: list[_Job] = []
            for due in maintenance.due_dates(series, today + timedelta(days=31 * months)):
                day = due.toordinal() - _EPOCH_ORDINAL
                if day < self.first_day:
                    continue
                job = self.job(site, "maintenance", day + int(self.rnd() * 21) - 10, family, product)
                job.due_on = due.isoformat()
                visits.append(job)
                if due >= today:
                    job.day = -1  # the next visit: waits to be planned
                    break
            if not visits:
                continue
            plan_created = max(_ms(from_iso(created_at)), self.at(self.first_day - 60, 9 * 60))
            plan_created = min(plan_created, self.now_ms - HOUR_MS)
            plan_id = new_id(self.rng, plan_created)
            author = self.planners[int(self.rnd() * len(self.planners))]
            stamp = self.iso(plan_created)
            subject = (subject_en if site.lang == "en" else subject_fr) + f" – {product}"
            template = visits[0].template
            instructions = template[f"instructions_{site.lang}"].format_map({"product": product})
            active = 1 if ends_on is None or ends_on >= today.isoformat() else 0
            plans.append((plan_id, stamp, stamp, author, author, contract_id, company_id, person_id, subject,
                          "maintenance", _json(list(visits[0].skills)), months, visits[0].minutes, starts_on,
                          ends_on, instructions, active))
            for visit in visits:  # made as maintenance.generate makes them, with the same ids
                visit.plan_id = plan_id
                visit.subject, visit.instructions = subject, instructions
                visit.minutes = visits[0].minutes
            jobs += visits
        return plans, [j for j in jobs if j.day >= 0] + [j for j in jobs if j.day < 0]

    # ------------------------------------------------------------------ now

    def cut_at_now(self, jobs: list[_Job]) -> None:
        """Statuses as of now, with what happened on site for the jobs already done."""
        rnd = self.rnd
        now = self.now_ms
        with_parts: list[_Job] = []
        busy_now = {t.id for t in self.techs
                    if any(s <= self.now_min < e for s, e in t.busy.get(self.now_day, []))}
        for job in jobs:
            if job.start is None:
                job.status = "to_plan"
                job.team = []
                continue
            end = job.start + job.minutes * MINUTE_MS
            if end <= now - 10 * MINUTE_MS:
                if rnd() < CANCELLED:
                    job.status = "cancelled"
                    continue
                arrived = job.start + (int(rnd() * 30) - 10) * MINUTE_MS
                spent = max(int(job.minutes * (0.75 + rnd() * 0.5)), 15)
                departed = arrived + spent * MINUTE_MS
                if departed > now - MINUTE_MS:
                    job.status, job.arrived = "on_site", min(arrived, now - MINUTE_MS)
                    continue
                job.status, job.arrived, job.departed = "done", arrived, departed
                job.completed = min(departed + int(rnd() * 40) * MINUTE_MS, now - MINUTE_MS)
                if rnd() < 0.93:
                    job.signed_by = job.site.contact or self.passer_by(job.site)
                self.parts_used(job)
                if job.used:
                    with_parts.append(job)
            elif job.start <= now:
                job.status = "on_site"
                job.arrived = min(job.start + int(rnd() * 15) * MINUTE_MS, now - MINUTE_MS)
            elif job.start - now <= 40 * MINUTE_MS and not any(t.id in busy_now for t in job.team):
                job.status = "on_the_way"
            else:
                job.status = "planned"
            self.parts_to_bring(job)
        # Now and then a part taken out is not fitted after all and goes back into the van.
        backs = sum(1 for job in with_parts for _, _, back in job.used if back)
        for job in self.rng.sample(with_parts, min(len(with_parts), max(0, 2 - backs))):
            part, quantity, _ = job.used[0]
            job.used[0] = (part, quantity, 1)
            job.bring = [(p, q + b) for p, q, b in job.used] if job.bring else job.bring

    def parts_used(self, job: _Job) -> None:
        rnd = self.rnd
        for sku, chance, quantities in job.template["parts"]:
            part = self.parts.get(sku)
            if part is None or rnd() >= chance:
                continue
            quantity = quantities[int(rnd() * len(quantities))]
            back = 1 if rnd() < 0.04 else 0  # one more taken out of the van, not fitted after all
            job.used.append((part, quantity, back))

    def parts_to_bring(self, job: _Job) -> None:
        """Parts the office asks to load: installations always, repairs sometimes."""
        if job.kind == "visit" or (job.kind != "installation" and self.rnd() > 0.3):
            return
        if job.used:
            job.bring = [(part, quantity + back) for part, quantity, back in job.used]
            return
        for sku, chance, quantities in job.template["parts"]:
            part = self.parts.get(sku)
            if part is not None and chance >= 0.3:
                job.bring.append((part, quantities[0]))

    def add_follow_ups(self, jobs: list[_Job], sites: list[_Site]) -> None:
        """Follow-ups asked on site; the recent "come back" ones are jobs to plan. Then the other jobs to plan."""
        rnd = self.rnd
        done = [j for j in jobs if j.status == "done"]
        recent_limit = self.now_ms - 30 * DAY_MS
        made: list[_Job] = []
        for job in done:
            if rnd() >= 0.04:
                continue
            kind, note_fr, note_en = data.FOLLOW_UP_NOTES[int(rnd() * len(data.FOLLOW_UP_NOTES))]
            if kind == "intervention" and (job.departed or 0) < recent_limit:
                kind, note_fr, note_en = data.FOLLOW_UP_NOTES[2 + int(rnd() * 4)]
            if kind == "intervention" and len(made) >= self.to_plan_quota:
                continue
            note = note_en if job.site.lang == "en" else note_fr
            job.follow_up = (kind, note)
            if kind == "intervention":
                follow = _Job(job.kind, job.site, job.family, job.product, job.template, job.skills, job.minutes,
                              False, -1, note[:200], "", ticket_id=job.ticket_id)
                follow.created = job.completed or self.now_ms - HOUR_MS
                follow.follow_up = ("from", job.subject)
                made.append(follow)
                self.follow_origin[id(follow)] = job
        jobs += made
        weights = self.weights
        for kind in self.to_plan_kinds[len(made):]:
            site = self.pick_site(sites, weights[kind], self.now_day)
            if site is None:
                continue
            job = self.job(site, kind, -1)
            job.status = "to_plan"
            if rnd() < 0.5:
                job.due_on = _day_date(self.now_day + 3 + int(rnd() * 28)).isoformat()
            jobs.append(job)

    # ------------------------------------------------------------------ writing the jobs

    def number_and_write(self, jobs: list[_Job]) -> None:
        """Numbers in the order the jobs were entered, then every row of them."""
        rnd = self.rnd
        now = self.now_ms
        for job in jobs:
            if job.created:
                continue
            site_low = job.site.created + HOUR_MS
            if job.start is None:
                low = max(site_low, now - 12 * DAY_MS, job.ticket_opened + 5 * MINUTE_MS)
                created = low + int(rnd() * max(now - MINUTE_MS - low, 0))
            else:
                lead_days = 1 + int(rnd() ** 1.6 * 20) if job.ticket_id is None else int(rnd() * 2)
                if job.plan_id:
                    lead_days = 20 + int(rnd() * 40)
                created = self.office_moment(self.local_day(job.start) - lead_days)
                if created >= now - MINUTE_MS:  # far ahead: booked in the last weeks
                    created = self.office_moment(self.now_day - 1 - int(rnd() ** 1.5 * 40))
                low = max(site_low, job.ticket_opened + 5 * MINUTE_MS)
                high = min(job.start - 15 * MINUTE_MS, now - MINUTE_MS)
                created = min(max(created, low), high)
            job.created = min(created, now - MINUTE_MS)
        follow_origin = self.follow_origin
        jobs.sort(key=lambda j: (j.created, j.day))
        code_row = self.conn.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()
        code = code_row[0] if code_row else "X"
        last_row = self.conn.execute(
            "SELECT last FROM number_counters WHERE prefix = 'I' AND code = ?", [code]).fetchone()
        number = last_row[0] if last_row else 0
        for job in jobs:
            number += 1
            job.id = new_id(self.rng, job.created)
            if job.plan_id and job.due_on:
                job.id = maintenance.visit_id(job.plan_id, date.fromisoformat(job.due_on))
            job.number = f"I-{code}-{number:04d}"
        self.choose_signatures(jobs)
        for job in jobs:  # follow-ups name the job they come from
            origin = follow_origin.get(id(job))
            if origin is not None:
                job.instructions = f"{origin.number}: {job.subject}"
        self.conn.execute(
            "INSERT INTO number_counters(prefix, code, last) VALUES ('I', ?, ?) "
            "ON CONFLICT(prefix, code) DO UPDATE SET last = max(last, excluded.last)", [code, number])
        self.write_jobs(jobs)

    def write_jobs(self, jobs: list[_Job]) -> None:
        iso, rnd = self.iso, self.rnd
        rows, team_rows, part_rows = [], [], []
        planners = self.planners
        for job in jobs:
            created = iso(job.created)
            planner = planners[int(rnd() * len(planners))]
            updated, updater = created, planner
            site = job.site
            start = iso(job.start) if job.start is not None else None
            end = iso(job.start + job.minutes * MINUTE_MS) if job.start is not None else None
            arrived = departed = work = km = signed_by = signed_at = completed = None
            checklist: dict[str, bool] = {}
            follow_kind = follow_note = None
            lead = job.team[0] if job.team else None
            if job.status == "done":
                assert job.arrived is not None and job.departed is not None and job.completed is not None
                arrived, departed, completed = iso(job.arrived), iso(job.departed), iso(job.completed)
                works = job.template[f"work_{site.lang}"]
                work = works[int(rnd() * len(works))].format_map({"product": job.product})
                km = self.km(lead, site) if lead else None
                checklist = {label: rnd() < 0.93 for label in CHECKLISTS.get(job.kind, ())}
                if job.follow_up is not None and job.follow_up[0] != "from":
                    follow_kind, follow_note = job.follow_up
                if job.signed_by:
                    signed_by = job.signed_by
                    signed_at = iso(job.departed - (1 + int(rnd() * 4)) * MINUTE_MS)
                updated, updater = completed, lead.id if lead else planner
            elif job.status == "on_site":
                assert job.arrived is not None
                arrived = iso(job.arrived)
                updated, updater = arrived, lead.id if lead else planner
            elif job.status == "cancelled":
                moment = max(job.created, min(job.start or job.created, self.now_ms) - int(rnd() * 3 * DAY_MS))
                updated = iso(max(moment, job.created))
            job.km = km
            rows.append((
                job.id, created, updated, planner, updater, job.number, site.company_id, site.person_id, job.ticket_id,
                job.plan_id, job.kind, _json(list(job.skills)), job.status, job.subject[:200], job.instructions or None,
                site.street, site.postcode, site.city, site.country, site.contact, site.phone, start, end,
                job.minutes, job.due_on, arrived, departed, work, km, _json(checklist), follow_kind, follow_note,
                signed_by, signed_at, job.signature_id, completed,
            ))
            for tech in job.team:
                team_rows.append((f"{job.id}:{tech.id}", created, created, planner, planner, job.id, tech.id))
            for part, quantity in job.bring:
                part_rows.append((f"{job.id}:{part.id}", created, created, planner, planner, job.id, part.id,
                                  quantity))
        self.insert("interventions", _INTERVENTION_COLUMNS, rows)
        self.insert("intervention_technicians", _TEAM_COLUMNS, team_rows)
        self.insert("intervention_parts", _PART_COLUMNS, part_rows)

    def km(self, tech: _Tech, site: _Site) -> float:
        """The drive there and back from the technician's base (one decimal, as the report form keeps it)."""
        near = bool(site.city) and site.city == tech.home
        distance = 2 + self.rnd() * 10 if near else 8 + self.rnd() ** 1.5 * 70
        return float(round(Decimal(str(round(distance * 2, 1))), 1))

    def passer_by(self, site: _Site) -> str:
        first, last, _ = self.loader.name(site.language if site.language in ("fr", "nl", "en", "de") else "fr")
        return f"{first} {last}"

    def write_plans(self, plans: list[tuple[Any, ...]]) -> None:
        plans.sort(key=lambda r: r[1])
        self.insert("maintenance_plans", _PLAN_COLUMNS, plans)

    # ------------------------------------------------------------------ stock

    def play_stock(self, jobs: list[_Job]) -> int:
        """Receipts, van loads, parts used, counts and returns in time order; levels follow by triggers."""
        rnd = self.rnd
        parts = list(self.parts.values())
        if not parts:
            return 0
        vans = {t.van: t for t in self.techs}
        # How fast each location uses each part (per week), from the jobs done.
        weeks = max(PAST_DAYS / 7, 1)
        van_rate: dict[tuple[str, str], float] = {}
        for job in jobs:
            if job.status == "done" and job.team:
                for part, quantity, back in job.used:
                    key = (job.team[0].van, part.id)
                    van_rate[key] = van_rate.get(key, 0.0) + (quantity + back) / weeks
        minimums: dict[tuple[str, str], tuple[int, int]] = {}
        for tech in self.techs:
            for part in parts:
                rate = van_rate.get((tech.van, part.id), 0.0)
                relevant = not part.families or any(set(data.GROUPS[f]["skills"]) <= set(tech.skills)  # type: ignore
                                                    for f in part.families)
                if rate <= 0 and not relevant:
                    continue
                if rate < 0.2 and rnd() > part.van_share:
                    continue
                low = max(1, math.ceil(rate * 1.2))
                minimums[(tech.van, part.id)] = (low, low + max(1, math.ceil(rate * 1.5)))
        for warehouse in self.warehouses:
            # Enough for a week of jobs and for filling the vans it serves on Monday morning.
            served = [t for t in self.techs if t.warehouse == warehouse]
            for part in parts:
                rate = sum(van_rate.get((t.van, part.id), 0.0) for t in served)
                vans_hold = sum(minimums.get((t.van, part.id), (0, 0))[1] for t in served)
                low = max(2, math.ceil(rate * 1.5) + vans_hold // 2)
                minimums[(warehouse, part.id)] = (low, low + max(3, math.ceil(rate * 3)) + vans_hold // 2)

        level: dict[tuple[str, str], int] = {(loc, prod): qty for loc, prod, qty in self.conn.execute(
            "SELECT location_id, product_id, quantity FROM stock_levels")}
        rows: list[tuple[Any, ...]] = []
        flags: dict[tuple[str, str], list[int]] = {}  # pair -> indexes of flagged uses not counted yet
        flag_budget = max(2, self.spec.interventions // 2_500)

        def move(ms: int, part: _Part, kind: str, source: str | None, target: str | None, quantity: int,
                 user: str, job: _Job | None = None, flagged: bool = False, note: str | None = None) -> None:
            stamp = self.iso(ms)
            rows.append((new_id(self.rng, ms), stamp, stamp, user, user, part.id, kind, source, target, quantity,
                         stamp, user, job.id if job else None, 1 if flagged else 0, note))
            if source:
                level[(source, part.id)] = level.get((source, part.id), 0) - quantity
            if target:
                level[(target, part.id)] = level.get((target, part.id), 0) + quantity

        def fetch(ms: int, van: str, tech: _Tech, part: _Part, quantity: int, note: str | None) -> None:
            """Take parts from the warehouse into the van (ordered at once if the warehouse is short)."""
            warehouse = tech.warehouse
            held = level.get((warehouse, part.id), 0)
            if held < quantity:
                move(ms - 4 * HOUR_MS, part, "receipt", None, warehouse, quantity - held + 2, self.clerk,
                     note="Urgent order")
            move(ms, part, "transfer", warehouse, van, quantity, tech.id, note=note)

        first = self.first_day - 7
        by_pair = sorted(minimums.items(), key=lambda item: (item[0][0] not in self.warehouses, item[0]))
        part_by_id = {p.id: p for p in parts}
        start_ms = self.at(first, 8 * 60)
        # Opening stock: the warehouses' own target and what their vans take on the first day.
        loads = {(loc, prod): target - level.get((loc, prod), 0) for (loc, prod), (low, target) in by_pair
                 if loc in vans and level.get((loc, prod), 0) < target}
        for (location, product_id), (_low, target) in by_pair:
            if location not in self.warehouses:
                continue
            wanted = target - level.get((location, product_id), 0) + sum(
                quantity for (van, prod), quantity in loads.items()
                if prod == product_id and vans[van].warehouse == location)
            if wanted > 0:
                move(start_ms, part_by_id[product_id], "receipt", None, location, wanted, self.clerk,
                     note="Opening stock")
        for (van, product_id), quantity in loads.items():
            fetch(start_ms + HOUR_MS, van, vans[van], part_by_id[product_id], quantity, "First load")

        # Events in time order: (ms, order, kind, payload).
        events: list[tuple[int, int, str, Any]] = []
        for job in jobs:
            if job.status == "done" and job.team and job.used:
                assert job.arrived is not None and job.departed is not None
                fitted_at = job.arrived + (job.departed - job.arrived) * 2 // 3
                events.append((fitted_at, 2, "use", job))
        for day in range(first + 1, self.now_day + 1):
            weekday = (day + 3) % 7
            if weekday == 0:
                events.append((self.at(day, 7 * 60 + 15), 0, "load", day))
            elif weekday == 3:  # delivered on Thursday, before the Monday loads
                events.append((self.at(day, 10 * 60), 1, "order", day))
            elif weekday == 4:
                d = _day_date(day)
                if d.month in (3, 6, 9, 12) and (d + timedelta(days=7)).month != d.month:
                    events.append((self.at(day, 15 * 60), 3, "count", day))
        events.sort(key=lambda e: (e[0], e[1]))
        # The last weeks (at least a few jobs with parts): no count since, so flagged uses wait there.
        use_times = [e[0] for e in events if e[2] == "use" and e[0] < self.now_ms - MINUTE_MS]
        recent = self.now_ms - FLAG_DAYS * DAY_MS
        if len(use_times) >= 2 * flag_budget:
            recent = min(recent, use_times[-2 * flag_budget])
        # A few jobs of the last weeks fitted more than the van held (taken from a shelf, unrecorded).
        lately = [e[3] for e in events if e[2] == "use" and recent <= e[0] < self.now_ms]
        short = {id(j) for j in self.rng.sample(lately, min(flag_budget, len(lately)))}
        report = self.tracker.report
        van_minimums = [(pair, value) for pair, value in by_pair if pair[0] in vans]
        store_minimums = [(pair, value) for pair, value in by_pair if pair[0] not in vans]
        for count, (ms, _, kind, payload) in enumerate(events):
            if count % 5_000 == 0:
                report()
            if ms > self.now_ms - MINUTE_MS:
                continue
            if kind == "use":
                job = payload
                tech = job.team[0]
                van = tech.van
                for index, (part, quantity, back) in enumerate(job.used):
                    taken = quantity + back
                    held = level.get((van, part.id), 0)
                    flagged = False
                    if id(job) in short and index == 0 and 0 <= held < 4 and held >= taken:
                        quantity = taken = held + 1 - back
                        job.used[index] = (part, quantity, back)
                    if held < taken:
                        # Lately a part the van does not carry was taken from the shelf unrecorded: the
                        # use is flagged and waits for a count.
                        carried = (van, part.id) in minimums
                        if ms >= recent and flag_budget > 0 and (id(job) in short or not carried or rnd() < 0.5):
                            flagged = True
                            flag_budget -= 1
                        else:
                            morning = max(self.at(self.local_day(job.arrived), 7 * 60), job.arrived - HOUR_MS)
                            fetch(morning, van, tech, part, taken - max(held, 0), f"For {job.number}")
                    if flagged:
                        flags.setdefault((van, part.id), []).append(len(rows))
                    move(ms, part, "use", van, None, taken, tech.id, job, flagged)
                    if back:
                        move(job.departed - 2 * MINUTE_MS, part, "return", None, van, back, tech.id, job,
                             note="Not fitted after all")
            elif kind == "load":
                for (van, product_id), (low, target) in van_minimums:
                    held = level.get((van, product_id), 0)
                    if held < low:
                        tech = vans[van]
                        if tech.windows[0] is None:
                            continue
                        available = max(level.get((tech.warehouse, product_id), 0), 0)
                        quantity = min(target - held, available)
                        if quantity > 0:
                            move(ms, part_by_id[product_id], "transfer", tech.warehouse, van, quantity, tech.id,
                                 note="Weekly restock")
            elif kind == "order":
                late = ms >= self.now_ms - 7 * DAY_MS  # some parts of the last order are back-ordered
                for (warehouse, product_id), (low, target) in store_minimums:
                    held = level.get((warehouse, product_id), 0)
                    if held < low and not (late and rnd() < 0.3):
                        quantity = target - held
                        move(ms, part_by_id[product_id], "receipt", None, warehouse, quantity, self.clerk,
                             note="Supplier delivery")
            elif kind == "count" and ms < recent:
                self.count(ms, level, flags, rows, minimums, part_by_id, vans, move)
        # Flagged uses left to correct: only from the last weeks (older ones were counted).
        self.insert("stock_movements", _MOVEMENT_COLUMNS, sorted(rows, key=lambda r: (r[10], r[0])))
        # Minimums the office raised lately (the heating season): the restock list has lines.
        raised = sorted(pair for pair in minimums if level.get(pair, 0) >= 0)
        for pair in self.rng.sample(raised, min(len(raised), max(3, len(raised) // 25))):
            low, target = minimums[pair]
            low = max(low, level.get(pair, 0) + 1 + int(rnd() * 3))
            minimums[pair] = (low, max(target, low + 2))
        self.write_minimums(minimums)
        return len(rows)

    def count(self, ms: int, level: dict[tuple[str, str], int], flags: dict[tuple[str, str], list[int]],
              rows: list[tuple[Any, ...]], minimums: dict[tuple[str, str], tuple[int, int]],
              part_by_id: dict[str, _Part], vans: dict[str, _Tech], move: Callable[..., None]) -> None:
        """A quarterly count: a few differences corrected, flags cleared, surplus van stock sent back."""
        rnd = self.rnd
        pairs = sorted(k for k in level if k[1] in part_by_id)
        for location, product_id in pairs:
            held = level[(location, product_id)]
            flagged = flags.pop((location, product_id), None)
            if flagged:
                for index in flagged:
                    rows[index] = (*rows[index][:13], 0, rows[index][14])
            if flagged or held < 0:
                counted = max(held, 0) + (1 if rnd() < 0.3 else 0)
            elif held > 0 and rnd() < 0.06:
                counted = max(held + (-1, -1, 1, -2)[int(rnd() * 4)], 0)
            else:
                counted = held
            part = part_by_id[product_id]
            delta = counted - held
            if delta:
                side = (None, location) if delta > 0 else (location, None)
                move(ms, part, "correction", side[0], side[1], abs(delta), self.clerk, note="Quarterly count")
            tech = vans.get(location)
            if tech is not None:
                low, target = minimums.get((location, product_id), (0, 0))
                surplus = counted - target - 1
                if surplus > 0 and rnd() < 0.5:
                    move(ms + 30 * MINUTE_MS, part, "return", location, tech.warehouse, surplus, tech.id,
                         note="Back to the warehouse")

    def write_minimums(self, minimums: dict[tuple[str, str], tuple[int, int]]) -> None:
        existing = {r[0] for r in self.conn.execute("SELECT id FROM stock_minimums")}
        stamp_ms = self.at(self.first_day - 30, 11 * 60)
        stamp = self.iso(stamp_ms)
        author = self.clerk
        rows = [(f"{loc}:{prod}", stamp, stamp, author, author, loc, prod, low, target)
                for (loc, prod), (low, target) in sorted(minimums.items()) if f"{loc}:{prod}" not in existing]
        self.insert("stock_minimums", _MINIMUM_COLUMNS, rows)

    # ------------------------------------------------------------------ costs

    def write_costs(self, jobs: list[_Job]) -> None:
        """The lines interventions.compute_costs makes for a done job: time per technician, parts, travel."""
        settings = self.settings
        cover = _Coverage(self.conn)
        rows = []
        for job in jobs:
            if job.status != "done":
                continue
            assert job.arrived is not None and job.departed is not None
            day = _day_date(self.local_day(job.arrived)).isoformat()
            level = cover.level(job.site.company_id, job.site.person_id, day)
            price_rate = level[0] if level and level[0] else settings.hourly_rate_cents
            onsite = "covered" if level and level[1] else "billable"
            at = self.iso(job.departed)
            stamp = self.iso(job.completed or job.departed)
            lead = job.team[0].id
            minutes = max(0, (job.departed - job.arrived) // MINUTE_MS)
            for tech in job.team:
                rate = tech.cost
                rows.append((f"{job.id}:time:{tech.id}", stamp, stamp, lead, lead, job.id, "time", at, tech.id, None,
                             tech.name, 1, minutes, None, rate, price_rate, onsite, (minutes * rate + 30) // 60,
                             (minutes * price_rate + 30) // 60))
            net: dict[str, tuple[_Part, int]] = {}
            for part, quantity, _back in job.used:
                previous = net.get(part.id)
                net[part.id] = (part, quantity + (previous[1] if previous else 0))
            for part, quantity in net.values():
                rows.append((f"{job.id}:part:{part.id}", stamp, stamp, lead, lead, job.id, "part", at, None, part.id,
                             part.name, quantity, 0, None, part.cost, part.price, "billable", quantity * part.cost,
                             quantity * part.price))
            if job.km:
                km = Decimal(str(job.km))
                rows.append((f"{job.id}:travel", stamp, stamp, lead, lead, job.id, "travel", at, None, None, "", 1, 0,
                             float(km), settings.km_cost_cents, settings.km_price_cents, onsite,
                             int(round(km * settings.km_cost_cents)), int(round(km * settings.km_price_cents))))
        self.insert("intervention_costs", _COST_COLUMNS, rows)

    # ------------------------------------------------------------------ signatures

    def choose_signatures(self, jobs: list[_Job]) -> None:
        """The most recent signed reports get a drawn signature (its attachment id goes on the job's row)."""
        signed = sorted((j for j in jobs if j.status == "done" and j.signed_by), key=lambda j: j.departed or 0)
        self.signed = signed[-SIGNATURE_IMAGES:]
        for job in self.signed:
            assert job.departed is not None
            job.signature_id = new_id(self.rng, job.departed - MINUTE_MS)

    def write_signatures(self) -> int:
        """The signature images, stored like attachments (by content hash, beside the database)."""
        if not self.signed:
            return 0
        store = BlobStore(store_dir(self.db))
        rows = []
        for job in self.signed:
            png = scribble(self.rnd)
            sha = hashlib.sha256(png).hexdigest()
            target = store.path(sha)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                part = target.with_suffix(".part")
                part.write_bytes(png)
                os.replace(part, target)
            assert job.departed is not None
            stamp = self.iso(job.departed - MINUTE_MS)
            author = job.team[0].id
            rows.append((job.signature_id, stamp, stamp, author, author, "signature", job.id,
                         f"signature-{job.number}.png", sha, len(png), "image/png", None))
        self.insert("attachments", _ATTACHMENT_COLUMNS, rows)
        return len(rows)


class _Coverage:
    """contracts.coverage in memory: the company's contract first, the best rank, the latest start."""

    def __init__(self, conn: Any) -> None:
        self.by: dict[tuple[str, str], list[tuple[str, str | None, int, int, int]]] = {}
        for company_id, person_id, starts, ends, rank, rate, onsite in conn.execute(
                "SELECT c.company_id, c.person_id, c.starts_on, c.ends_on, l.rank, l.hourly_rate_cents, "
                "l.onsite_included FROM contracts c JOIN support_levels l ON l.id = c.level_id "
                "AND l.deleted_at IS NULL AND l.active = 1 WHERE c.deleted_at IS NULL"):
            for column, key in (("company", company_id), ("person", person_id)):
                if key:
                    self.by.setdefault((column, key), []).append((starts, ends, rank, rate, onsite))

    def level(self, company_id: str | None, person_id: str | None, day: str) -> tuple[int, bool] | None:
        """(hourly rate, on-site included) of the contract that applies on ``day``."""
        for column, key in (("company", company_id), ("person", person_id)):
            if not key:
                continue
            best: tuple[int, str, int, bool] | None = None
            for starts, ends, rank, rate, onsite in self.by.get((column, key), ()):
                if starts <= day and (ends is None or ends >= day):
                    candidate = (rank, starts, rate, bool(onsite))
                    if best is None or candidate[:2] > best[:2]:
                        best = candidate
            if best is not None:
                return best[2], best[3]
        return None


# --------------------------------------------------------------------------- helpers


def _ms(moment: datetime) -> int:
    return (moment - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(milliseconds=1)


def _intersect(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        low, high = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if low < high:
            out.append((low, high))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def scribble(rnd: Callable[[], float], width: int = 360, height: int = 120) -> bytes:
    """A signature-like scribble: one to three smooth looping strokes, as a small greyscale PNG."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    x = 18 + rnd() * 30
    for _ in range(1 + int(rnd() * 3)):
        length = 70 + rnd() * 130
        if x + length > width - 15:
            break
        base = height * (0.45 + (rnd() - 0.5) * 0.25)
        loops = 2 + int(rnd() * 5)
        radius = 8 + rnd() * 14
        tall = 10 + rnd() * 22
        slant = 0.2 + rnd() * 0.4
        phase = rnd() * math.tau
        points = []
        steps = 70 + loops * 12
        for i in range(steps + 1):
            t = i / steps
            angle = phase + t * loops * math.tau
            y = base - tall * math.sin(angle * 0.5 + phase) * math.sin(math.pi * t) - radius * 0.6 * math.sin(angle)
            px = x + t * length + radius * math.cos(angle) + slant * (base - y)
            points.append((px, y))
        draw.line(points, fill=20, width=2, joint="curve")
        x += length + 8 + rnd() * 18
    if rnd() < 0.7:  # the underline flourish
        y = height * 0.78 + rnd() * 8
        draw.line([(20 + rnd() * 20, y), (x - rnd() * 30, y - 4 - rnd() * 6)], fill=20, width=2)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


# Job texts indexed once: templates per kind, families (cumulative weights) per kind,
# the family of each product, and the language of each ticket subject.
_BY_KIND: dict[str, list[dict[str, Any]]] = {}
for _template in data.TEMPLATES:
    _BY_KIND.setdefault(str(_template["kind"]), []).append(dict(_template))
_FAMILIES: dict[str, tuple[list[float], list[str]]] = {}
for _kind, _templates in _BY_KIND.items():
    _names = sorted({str(t["group"]) for t in _templates}, key=list(data.GROUPS).index)
    _running, _cum = 0.0, []
    for _name in _names:
        _running += float(data.GROUPS[_name]["weight"])  # type: ignore[arg-type]
        _cum.append(_running)
    _FAMILIES[_kind] = (_cum, _names)
_PRODUCT_FAMILY: dict[str, str] = {
    str(product): family for family, info in data.GROUPS.items() for product in info["products"]  # type: ignore
}
_TICKET_LANG: dict[str, str] = {}
for _ticket in TICKET_TEMPLATES:
    for _lang in ("fr", "en"):
        _text = _ticket.get(f"subject_{_lang}") or ""
        if "{" in _text:
            try:
                _text = _text.format(product=_ticket.get("product") or "", number="")
            except (KeyError, IndexError, ValueError):
                continue
        _TICKET_LANG[_text] = _lang


def load(loader: _Loader, people: list[_Person], companies: list[_Company], *, hire: bool) -> FieldCounts:
    """Add field service to the demo load ``loader`` is making (inside its transaction).

    ``hire``: the demo made the team in this load, so technicians are hired up to the
    size's team; a team the business set up itself is used as it is.
    """
    return FieldLoader(loader, hire).run(people, companies)
