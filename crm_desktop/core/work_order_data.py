"""What the field documents show: one job's work order, a technician's day, the calendar of jobs.

Gathered here, without Qt or reportlab, so that the PDF modules (reports/work_order.py,
reports/day_sheet.py) and the iCalendar export only lay things out, and so that the
figures can be checked apart from the layout. Everything is read through the core
functions of interventions, stock and technicians where they exist; the few queries
here fetch, in one go, what those would fetch one job at a time (names, phones, teams
and parts of every job of a calendar).
"""

from __future__ import annotations

import mimetypes
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils

from crm_desktop.core import attachments, interventions, records, stock, technicians
from crm_desktop.core.clock import from_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, NotFound
from crm_desktop.core.field_choices import BOOKED_STATUSES
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_settings import period_bounds
from crm_desktop.core.validation import display_phone

#: Interventions with their customer's names and phone, as every field document lists them.
_SELECT = (
    "SELECT i.*, c.name AS company_name, c.phone AS company_phone, c.street AS company_street, "
    "c.postcode AS company_postcode, c.city AS company_city, "
    "trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) AS person_name, "
    "p.phone AS person_phone, p.mobile AS person_mobile, p.email AS person_email, p.language AS person_language, "
    "p.street AS person_street, p.postcode AS person_postcode, p.city AS person_city, "
    "k.number AS ticket_number FROM interventions i LEFT JOIN companies c ON c.id = i.company_id "
    "LEFT JOIN people p ON p.id = i.person_id LEFT JOIN tickets k ON k.id = i.ticket_id "
)


@dataclass(frozen=True)
class JobFile:
    """A file attached to a job; ``path`` is None while its content has not reached this computer."""

    name: str
    path: Path | None
    mime: str | None

    @property
    def is_image(self) -> bool:
        mime = self.mime or mimetypes.guess_type(self.name)[0] or ""
        return mime.startswith("image/")


@dataclass(frozen=True)
class WorkOrder:
    """One intervention as handed over to the customer."""

    intervention: dict[str, Any]
    customer: str
    customer_lines: tuple[str, ...]  # the customer's own address
    site_address: str
    contact: str
    contact_phone: str | None
    ticket_number: str | None
    technicians: tuple[str, ...]
    minutes_on_site: int | None
    checklist: tuple[tuple[str, bool], ...]  # (English label, ticked), in the order of the kind's list
    parts: tuple[dict[str, Any], ...]  # interventions.parts_used: net parts fitted, with sku and price
    costs: tuple[dict[str, Any], ...]  # interventions.costs: the stored time, part and travel lines
    files: tuple[JobFile, ...]  # photos and documents, oldest first
    signature: bytes | None  # the PNG, None when unsigned or its file has not arrived
    language: str | None  # the contact's language, when known

    @property
    def images(self) -> tuple[JobFile, ...]:
        return tuple(f for f in self.files if f.is_image)

    @property
    def documents(self) -> tuple[JobFile, ...]:
        return tuple(f for f in self.files if not f.is_image)

    @property
    def covered_cents(self) -> int:
        return sum(int(c["price_cents"] or 0) for c in self.costs if c["billing"] == "covered")

    @property
    def billable_cents(self) -> int:
        return sum(int(c["price_cents"] or 0) for c in self.costs if c["billing"] == "billable")


@dataclass(frozen=True)
class JobHeading:
    """A job as the field documents head it: the customer, where, and whom to ask for on site."""

    intervention: dict[str, Any]
    customer: str
    address: str
    contact: str
    phone: str | None


@dataclass(frozen=True)
class DayJob(JobHeading):
    """One job of a technician's day, with what to bring."""

    parts: tuple[dict[str, Any], ...]  # interventions.parts_to_bring


@dataclass(frozen=True)
class DaySheet:
    technician: technicians.Technician
    day: date
    van: str | None  # the van's name
    jobs: tuple[DayJob, ...]
    load: tuple[stock.LoadLine, ...]


@dataclass(frozen=True)
class CalendarJob(JobHeading):
    """A booked job as a calendar event shows it."""

    technicians: tuple[tuple[str, str | None], ...]  # (name, e-mail)
    parts: tuple[tuple[str, int], ...]  # (name, quantity) to bring
    changed_at: str  # the last change of the job, its team or its parts (UTC ISO)


# --------------------------------------------------------------------------- shared pieces


def _row(db: sqlite_utils.Database, intervention_id: str) -> dict[str, Any]:
    rows = db.execute_returning_dicts(_SELECT + "WHERE i.id = ? AND i.deleted_at IS NULL", [intervention_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("core", "This record no longer exists."))
    return records.from_db(rows[0])


def _contact(row: Mapping[str, Any], region: str) -> tuple[str, str | None]:
    """Who to ask for on site and their phone (as people dial it here): the job's own contact, else the
    customer's person."""
    name = (row.get("site_contact") or "").strip() or (row.get("person_name") or "").strip()
    phone = row.get("site_phone") or row.get("person_mobile") or row.get("person_phone") or row.get("company_phone")
    return name, display_phone(phone, region) or None


def _heading(row: dict[str, Any], region: str) -> tuple[dict[str, Any], str, str, str, str | None]:
    """The fields of a JobHeading for ``row``, in their order."""
    contact, phone = _contact(row, region)
    return row, interventions.customer_name(row), interventions.address_line(row), contact, phone


def _customer_lines(row: Mapping[str, Any]) -> tuple[str, ...]:
    prefix = "company" if row.get("company_id") else "person"
    street = row.get(f"{prefix}_street")
    town = " ".join(p for p in (row.get(f"{prefix}_postcode"), row.get(f"{prefix}_city")) if p)
    return tuple(p for p in (street, town) if p)


def _grouped(db: sqlite_utils.Database, sql: str, params: Iterable[Any]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of (intervention id, values...) grouped by intervention."""
    out: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for key, *values in db.execute(sql, list(params)).fetchall():
        out[key].append(tuple(values))
    return out


# --------------------------------------------------------------------------- the work order


def work_order(ctx: Context, intervention_id: str) -> WorkOrder:
    """Everything the work order of ``intervention_id`` prints."""
    db = ctx.db
    row = _row(db, intervention_id)
    contact, phone = _contact(row, load_business(db).phone_region)
    minutes = None
    if row.get("arrived_at") and row.get("departed_at"):
        seconds = (from_iso(row["departed_at"]) - from_iso(row["arrived_at"])).total_seconds()
        minutes = max(0, int(seconds // 60))
    ticked = dict(row.get("checklist") or {})
    labels = list(interventions.checklist_items(row["kind"]))
    labels += [label for label in ticked if label not in labels]  # items of a list the settings replaced
    files = []
    for item in sorted(interventions.photos(ctx, intervention_id), key=lambda a: (a["created_at"], a["file_name"])):
        try:
            path: Path | None = attachments.file_path(ctx, item["id"])
        except CrmError:
            path = None
        files.append(JobFile(item["file_name"], path, item.get("mime")))
    return WorkOrder(
        intervention=row,
        customer=interventions.customer_name(row),
        customer_lines=_customer_lines(row),
        site_address=interventions.address_line(row),
        contact=contact,
        contact_phone=phone,
        ticket_number=row.get("ticket_number"),
        technicians=tuple(t.name for t in interventions.team(db, intervention_id)),
        minutes_on_site=minutes,
        checklist=tuple((label, bool(ticked.get(label))) for label in labels),
        parts=tuple(interventions.parts_used(db, intervention_id)),
        costs=tuple(interventions.costs(db, intervention_id)),
        files=tuple(files),
        signature=interventions.signature_png(ctx, row),
        language=row.get("person_language") or None,
    )


def customer_language(db: sqlite_utils.Database, intervention_id: str) -> str | None:
    """The language of the job's contact person ("fr", "en"...), for a work order to hand them."""
    row = db.execute("SELECT p.language FROM interventions i JOIN people p ON p.id = i.person_id WHERE i.id = ?",
                     [intervention_id]).fetchone()
    return row[0] if row and row[0] else None


# --------------------------------------------------------------------------- the day sheet


def day_sheet(db: sqlite_utils.Database, technician_id: str, day: date) -> DaySheet:
    """A technician's jobs of a local day in order, what to bring to each, and what to load in the van."""
    tech = technicians.get(db, technician_id)
    van_id = stock.van_of(db, technician_id)
    van = None
    if van_id:
        try:
            van = stock.get_location(db, van_id)["name"]
        except NotFound:
            van = None
    jobs = []
    region = load_business(db).phone_region
    for job in interventions.my_day(db, technician_id, day):
        jobs.append(DayJob(*_heading(_row(db, job["id"]), region),
                           tuple(interventions.parts_to_bring(db, job["id"]))))
    return DaySheet(tech, day, van, tuple(jobs), tuple(stock.load_list(db, technician_id, day)))


# --------------------------------------------------------------------------- the calendar


def calendar_jobs(db: sqlite_utils.Database, start: date | None, end: date | None,
                  technician_id: str | None = None) -> list[CalendarJob]:
    """Booked jobs (planned, on the way, on site, done; cancelled ones too, for calendars to drop them)
    that overlap the local days ``start``..``end``.

    ``None`` for both means every booked job; a technician keeps only the jobs they are on.
    """
    statuses = ", ".join(f"'{s}'" for s in (*BOOKED_STATUSES, "cancelled"))
    where = (f"WHERE i.deleted_at IS NULL AND i.status IN ({statuses}) AND i.planned_start IS NOT NULL "
             "AND i.planned_end IS NOT NULL")
    params: list[Any] = []
    if start is not None and end is not None:
        lo, hi = period_bounds(db, start, end)
        where += " AND i.planned_start < ? AND i.planned_end > ?"
        params += [hi, lo]
    if technician_id is not None:
        where += (" AND EXISTS (SELECT 1 FROM intervention_technicians a WHERE a.intervention_id = i.id "
                  "AND a.technician_id = ? AND a.deleted_at IS NULL)")
        params.append(technician_id)
    rows = [records.from_db(r) for r in db.execute_returning_dicts(
        _SELECT + where + " ORDER BY i.planned_start, i.number", params)]
    chosen = f"SELECT i.id FROM interventions i {where}"
    teams = _grouped(db, "SELECT a.intervention_id, u.name, u.email FROM intervention_technicians a "
                         "JOIN users u ON u.id = a.technician_id WHERE a.deleted_at IS NULL "
                         f"AND a.intervention_id IN ({chosen}) ORDER BY u.name COLLATE NOCASE", params)
    parts = _grouped(db, "SELECT ip.intervention_id, p.name, ip.quantity FROM intervention_parts ip "
                         "JOIN products p ON p.id = ip.product_id WHERE ip.deleted_at IS NULL "
                         f"AND ip.intervention_id IN ({chosen}) ORDER BY p.name COLLATE NOCASE", params)
    # A technician taken off or a part removed is a change of the job too (the rows are marked deleted).
    touched = _grouped(db, "SELECT intervention_id, max(updated_at) FROM (SELECT intervention_id, updated_at "
                           "FROM intervention_technicians UNION ALL SELECT intervention_id, updated_at "
                           f"FROM intervention_parts) WHERE intervention_id IN ({chosen}) GROUP BY intervention_id",
                       params)
    out = []
    region = load_business(db).phone_region
    for row in rows:
        changed = max([row["updated_at"], *(v for (v,) in touched.get(row["id"], ()) if v)])
        out.append(CalendarJob(*_heading(row, region), tuple((n, e) for n, e in teams.get(row["id"], ())),
                               tuple((n, int(q)) for n, q in parts.get(row["id"], ())), changed))
    return out
