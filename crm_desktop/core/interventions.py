"""On-site interventions: planned by the office, worked and reported by technicians offline.

The intervention row holds what people edit; its team (one row per technician, with a
deterministic id so two machines adding the same technician make one row), the parts to
bring, the parts used (stock movements) and its cost lines are rows of their own, so
the office re-planning and a technician reporting on site never write the same cells.

Cost lines carry deterministic ids too (time per technician, travel, each part): a
report saved again rewrites its lines instead of adding new ones, and the linked
ticket's and the customer's support costs (core/support_costs.py) count them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlite_utils

from crm_desktop.core import attachments, contracts, fields, history, numbers, planning, records, stock, technicians
from crm_desktop.core.access import check_intervention, check_links
from crm_desktop.core.clock import from_iso, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message, NotFound, ValidationError
from crm_desktop.core.field_choices import CHECKLISTS, FOLLOW_UPS, KINDS, OPEN_STATUSES, STATUSES, TRANSITIONS
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.opportunity_choices import DEFAULT_PROBABILITY
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_settings import load_support, local_day, period_bounds
from crm_desktop.core.validation import (
    FieldProblem,
    clean_text,
    normalize_phone,
    parse_choice,
    parse_date,
    parse_distance,
    parse_skills,
    parse_whole,
)
from crm_desktop.db.connection import write_transaction
from crm_desktop.db.ids import new_id

TABLE = "interventions"
TEAM = "intervention_technicians"
PARTS = "intervention_parts"
COSTS = "intervention_costs"
#: Fields the intervention form edits.
EDITABLE = ("company_id", "person_id", "ticket_id", "kind", "skills", "subject", "instructions", "street",
            "postcode", "city", "country", "site_contact", "site_phone", "due_on", "duration_minutes")
ADDRESS = ("street", "postcode", "city", "country")
MAX_DURATION = 14 * 24 * 60
MAX_SIGNATURE_BYTES = 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _duration(value: Any) -> int | None:
    return parse_whole(value, 5, MAX_DURATION, not_whole=QT_TRANSLATE_NOOP("core", "Give the duration in minutes."),
                       too_low=QT_TRANSLATE_NOOP("core", "An intervention lasts at least 5 minutes."),
                       too_high=QT_TRANSLATE_NOOP("core", "An intervention lasts at most 14 days."))


def _km(value: Any) -> float | None:
    number = parse_distance(value)
    return None if number is None else float(round(number, 1))


def validate(ctx: Context, values: Mapping[str, Any], current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Clean the given fields; on an update, rules are checked against the merged result."""
    c = fields.Collector(values)
    for name, parser in (
        ("company_id", fields.existing(ctx, "companies")),
        ("person_id", fields.existing(ctx, "people")),
        ("ticket_id", fields.existing(ctx, "tickets")),
        ("kind", lambda v: parse_choice(v, tuple(KINDS), "repair")),
        ("skills", parse_skills),
        ("subject", fields.text(200)),
        ("instructions", fields.text(20000)),
        ("street", fields.text(200)),
        ("postcode", fields.text(20)),
        ("city", fields.text(100)),
        ("country", fields.text(60)),
        ("site_contact", fields.text(120)),
        ("site_phone", lambda v: normalize_phone(v, load_business(ctx.db).phone_region)),
        ("due_on", parse_date),
        ("duration_minutes", _duration),
    ):
        if name in values:
            c.take(name, parser)
    if c.clean.get("ticket_id") and not any((current or {}).get(k) or c.clean.get(k)
                                             for k in ("company_id", "person_id")):
        # A job made for a ticket is for the ticket's customer.
        ticket = records.fetch(ctx.db, "tickets", c.clean["ticket_id"])
        c.clean["company_id"], c.clean["person_id"] = ticket.get("company_id"), ticket.get("person_id")
    merged = {**(current or {}), **c.clean}
    if not merged.get("subject") and "subject" not in c.errors:
        c.fail("subject", Message(QT_TRANSLATE_NOOP("core", "Write what the job is.")))
    if not merged.get("company_id") and not merged.get("person_id") and not (
            {"company_id", "person_id"} & c.errors.keys()):
        c.fail("person_id", Message(QT_TRANSLATE_NOOP("core", "Choose the person or company concerned.")))
    clean = c.done()
    if "duration_minutes" in clean and clean["duration_minutes"] is None:
        clean.pop("duration_minutes")
    if clean.get("person_id") and not merged.get("company_id"):
        row = ctx.db.execute("SELECT company_id FROM people WHERE id = ?", [clean["person_id"]]).fetchone()
        if row and row[0]:
            clean["company_id"] = row[0]
    return clean


def customer_address(db: sqlite_utils.Database, company_id: str | None, person_id: str | None) -> dict[str, Any]:
    """Where the customer is: the company's address, else the person's."""
    for table, key in (("companies", company_id), ("people", person_id)):
        if key:
            row = db.execute(f"SELECT street, postcode, city, country FROM {table} WHERE id = ?", [key]).fetchone()
            if row and any(row):
                return dict(zip(ADDRESS, row, strict=True))
    return {}


def _technician_ids(ctx: Context, ids: Iterable[str] | None) -> list[str]:
    out: list[str] = []
    for tech_id in ids or ():
        if tech_id and tech_id not in out:
            try:
                technicians.get(ctx.db, tech_id)
            except NotFound as exc:
                raise ValidationError({"technician_ids": exc.message}) from exc
            out.append(tech_id)
    return out


def _parts(ctx: Context, items: Iterable[tuple[str, Any]] | None, field: str = "parts") -> dict[str, int]:
    """(product id, quantity) pairs, merged per product."""
    out: dict[str, int] = defaultdict(int)
    for product_id, quantity in items or ():
        try:
            product = fields.existing(ctx, "products")(product_id)
            count = stock._count(quantity)
        except FieldProblem as exc:
            raise ValidationError({field: exc.message}) from exc
        if product and count:
            out[product] += count
    return dict(out)


def _check_start(ctx: Context, start: datetime, allow_past: bool) -> None:
    if not allow_past and start < ctx.clock.now() - timedelta(minutes=5):
        raise ValidationError({"planned_start": Message(QT_TRANSLATE_NOOP(
            "core", "This time is in the past: choose a time to come, or record the work done instead."))})


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value
    try:
        parsed = fields.moment(value)
    except FieldProblem as exc:
        raise ValidationError({"planned_start": exc.message}) from exc
    if parsed is None:
        raise ValidationError({"planned_start": Message(QT_TRANSLATE_NOOP("core", "Choose a date and time."))})
    moment = from_iso(parsed)
    if not 1900 <= moment.year <= 2200:
        raise ValidationError({"planned_start": Message(QT_TRANSLATE_NOOP("core", "Not a date and time."))})
    return moment


def create(ctx: Context, values: Mapping[str, Any], *, allow_past: bool = False,
           record_id: str | None = None) -> str:
    """A job to do on site. With a start and technicians it is planned at once, else it waits "to plan".

    ``technician_ids`` and ``parts`` ((product id, quantity) pairs to bring) may come with it.
    ``record_id`` gives the row an id decided by the caller (a maintenance visit's id is derived from its
    plan and due date, so that two machines making the same visit offline make one row after sync).
    """
    require(ctx.user, Perm.INTERVENTION_WRITE)
    clean = validate(ctx, {"kind": "repair", **{k: v for k, v in values.items() if k in EDITABLE}})
    check_links(ctx, clean)  # a technician's new job is for a customer of theirs: its links would widen the scope
    if not any(clean.get(k) for k in ADDRESS):
        clean.update(customer_address(ctx.db, clean.get("company_id"), clean.get("person_id")))
    team = _technician_ids(ctx, values.get("technician_ids"))
    parts = _parts(ctx, values.get("parts"))
    duration = clean.get("duration_minutes") or 60
    start = _moment(values["planned_start"]) if values.get("planned_start") else None
    if start is not None:
        _check_start(ctx, start, allow_past)
        require(ctx.user, Perm.PLANNING)
    status = "planned" if start is not None and team else "to_plan"
    intervention_id = record_id or new_id()
    with write_transaction(ctx.db):
        number = numbers.next_number(ctx, "I")
        records.insert(ctx, TABLE, {
            **clean, "number": number, "status": status, "duration_minutes": duration,
            "planned_start": to_iso(start) if start else None,
            "planned_end": to_iso(start + timedelta(minutes=duration)) if start else None,
        }, record_id=intervention_id)
        _set_team(ctx, intervention_id, team)
        _set_parts(ctx, intervention_id, parts)
    ctx.announce(TABLE, intervention_id, "insert")
    return intervention_id


def get(db: sqlite_utils.Database, intervention_id: str) -> dict[str, Any]:
    return records.fetch(db, TABLE, intervention_id)


def find_by_number(db: sqlite_utils.Database, number: str) -> dict[str, Any]:
    rows = db.execute_returning_dicts(
        "SELECT id FROM interventions WHERE number = ? COLLATE NOCASE AND deleted_at IS NULL", [number.strip()])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("core", "No intervention has the number {number}."), number=number)
    return get(db, rows[0]["id"])


def update(ctx: Context, intervention_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Save the form: changed fields, and the team and parts to bring when given."""
    require(ctx.user, Perm.INTERVENTION_WRITE)
    check_intervention(ctx, intervention_id)
    current = get(ctx.db, intervention_id)
    clean = validate(ctx, {k: v for k, v in values.items() if k in EDITABLE}, current)
    check_links(ctx, clean, current)
    team = _technician_ids(ctx, values["technician_ids"]) if "technician_ids" in values else None
    parts = _parts(ctx, values["parts"]) if "parts" in values else None
    if "duration_minutes" in clean and current.get("planned_start"):
        clean["planned_end"] = to_iso(from_iso(current["planned_start"]) + timedelta(minutes=clean["duration_minutes"]))
    with write_transaction(ctx.db):
        changed = records.update(ctx, TABLE, intervention_id, clean)
        if team is not None and _set_team(ctx, intervention_id, team):
            changed["technician_ids"] = team
            if not team and current["status"] == "planned":
                changed.update(records.update(ctx, TABLE, intervention_id, {
                    "status": "to_plan", "planned_start": None, "planned_end": None}))
        if parts is not None and _set_parts(ctx, intervention_id, parts):
            changed["parts"] = parts
    if changed:
        ctx.announce(TABLE, intervention_id, "update")
    return changed


def _set_team(ctx: Context, intervention_id: str, team: list[str]) -> bool:
    """Make the live team rows exactly ``team`` (rows keep one id per technician)."""
    rows = ctx.db.execute("SELECT id, technician_id, deleted_at FROM intervention_technicians "
                          "WHERE intervention_id = ?", [intervention_id]).fetchall()
    changed = False
    known = {tech: (row_id, deleted) for row_id, tech, deleted in rows}
    for tech_id in team:
        if tech_id not in known:
            records.insert(ctx, TEAM, {"intervention_id": intervention_id, "technician_id": tech_id},
                           record_id=f"{intervention_id}:{tech_id}")
            changed = True
        elif known[tech_id][1]:
            records.restore(ctx, TEAM, known[tech_id][0])
            changed = True
    for tech_id, (row_id, deleted) in known.items():
        if tech_id not in team and not deleted:
            records.soft_delete(ctx, TEAM, row_id)
            changed = True
    return changed


def _set_parts(ctx: Context, intervention_id: str, parts: Mapping[str, int]) -> bool:
    rows = ctx.db.execute("SELECT id, product_id, quantity, deleted_at FROM intervention_parts "
                          "WHERE intervention_id = ?", [intervention_id]).fetchall()
    known = {product: (row_id, quantity, deleted) for row_id, product, quantity, deleted in rows}
    changed = False
    for product_id, quantity in parts.items():
        if product_id not in known:
            records.insert(ctx, PARTS, {"intervention_id": intervention_id, "product_id": product_id,
                                        "quantity": quantity}, record_id=f"{intervention_id}:{product_id}")
            changed = True
            continue
        row_id, old, deleted = known[product_id]
        if deleted:
            records.restore(ctx, PARTS, row_id)
            changed = True
        changed |= bool(records.update(ctx, PARTS, row_id, {"quantity": quantity}))
    for product_id, (row_id, _old, deleted) in known.items():
        if product_id not in parts and not deleted:
            records.soft_delete(ctx, PARTS, row_id)
            changed = True
    return changed


def team(db: sqlite_utils.Database, intervention_id: str) -> list[technicians.Technician]:
    ids = [r[0] for r in db.execute(
        "SELECT technician_id FROM intervention_technicians WHERE intervention_id = ? AND deleted_at IS NULL",
        [intervention_id]).fetchall()]
    out = []
    for tech_id in ids:
        try:
            out.append(technicians.get(db, tech_id))
        except NotFound:
            continue
    return sorted(out, key=lambda t: t.name.casefold())


def parts_to_bring(db: sqlite_utils.Database, intervention_id: str) -> list[dict[str, Any]]:
    return db.execute_returning_dicts(
        "SELECT ip.product_id, ip.quantity, p.name, p.sku, p.unit FROM intervention_parts ip "
        "JOIN products p ON p.id = ip.product_id WHERE ip.intervention_id = ? AND ip.deleted_at IS NULL "
        "ORDER BY p.name COLLATE NOCASE", [intervention_id])


def parts_used(db: sqlite_utils.Database, intervention_id: str) -> list[dict[str, Any]]:
    """Net parts fitted on this job (uses less returns), with their prices."""
    return db.execute_returning_dicts(
        "SELECT m.product_id, p.name, p.sku, p.unit, p.cost_cents, p.price_cents, "
        "sum(CASE m.kind WHEN 'use' THEN m.quantity WHEN 'return' THEN -m.quantity ELSE 0 END) AS quantity, "
        "max(m.flagged) AS flagged FROM stock_movements m JOIN products p ON p.id = m.product_id "
        "WHERE m.intervention_id = ? AND m.deleted_at IS NULL GROUP BY m.product_id "
        "HAVING quantity > 0 ORDER BY p.name COLLATE NOCASE", [intervention_id])


# -- planning -------------------------------------------------------------------------------------


def plan(ctx: Context, intervention_id: str, start: Any, duration_minutes: Any = None,
         technician_ids: Iterable[str] | None = None, *, allow_past: bool = False) -> list[planning.Warning]:
    """Put a job on the planning (a drag and drop on the board): returns what it breaks, if anything."""
    require(ctx.user, Perm.PLANNING)
    check_intervention(ctx, intervention_id)
    current = get(ctx.db, intervention_id)
    if current["status"] in ("done", "cancelled"):
        raise ValidationError({"status": Message(QT_TRANSLATE_NOOP(
            "core", "Intervention {number} is {status}: it cannot be planned again."),
            {"number": current["number"], "status": Message(STATUSES[current["status"]])})})
    begin = _moment(start)
    unchanged = current.get("planned_start") and from_iso(current["planned_start"]) == begin
    if not (unchanged or current["status"] in ("on_the_way", "on_site")):
        # A job under way, or one only made longer or shorter, keeps its start even when it is past.
        _check_start(ctx, begin, allow_past)
    try:
        duration = _duration(duration_minutes) if duration_minutes not in (None, "") else current["duration_minutes"]
    except FieldProblem as exc:
        raise ValidationError({"duration_minutes": exc.message}) from exc
    team_ids = (_technician_ids(ctx, technician_ids) if technician_ids is not None
                else [t.id for t in team(ctx.db, intervention_id)])
    if not team_ids:
        raise ValidationError({"technician_ids": Message(QT_TRANSLATE_NOOP("core", "Choose a technician."))})
    end = begin + timedelta(minutes=duration)
    values: dict[str, Any] = {"planned_start": to_iso(begin), "planned_end": to_iso(end), "duration_minutes": duration}
    if current["status"] == "to_plan":
        values["status"] = "planned"
    with write_transaction(ctx.db):
        changed = records.update(ctx, TABLE, intervention_id, values)
        moved = _set_team(ctx, intervention_id, team_ids)
    if changed or moved:
        ctx.announce(TABLE, intervention_id, "update")
    skills = current.get("skills") or []
    return planning.check(ctx.db, team_ids, begin, end, skills, exclude_id=intervention_id)


def unplan(ctx: Context, intervention_id: str) -> None:
    """Back to the jobs to plan (the technicians stay proposed)."""
    require(ctx.user, Perm.PLANNING)
    current = get(ctx.db, intervention_id)
    if current["status"] not in ("planned", "on_the_way"):
        raise ValidationError({"status": Message(QT_TRANSLATE_NOOP(
            "core", "Only a planned intervention can go back to the jobs to plan."))})
    records.update_checked(ctx, TABLE, intervention_id, {"status": "to_plan", "planned_start": None,
                                                          "planned_end": None})


def warnings(db: sqlite_utils.Database, intervention_id: str) -> list[planning.Warning]:
    current = get(db, intervention_id)
    if not current.get("planned_start"):
        return []
    return planning.check(db, [t.id for t in team(db, intervention_id)], from_iso(current["planned_start"]),
                          from_iso(current["planned_end"]), current.get("skills") or [], exclude_id=intervention_id)


def set_status(ctx: Context, intervention_id: str, status: str) -> dict[str, Any]:
    """Move along: planned, on the way, on site (arrival time noted), done (needs a report), cancelled."""
    require(ctx.user, Perm.INTERVENTION_WRITE)
    check_intervention(ctx, intervention_id)
    current = get(ctx.db, intervention_id)
    try:
        status = parse_choice(status, tuple(STATUSES)) or ""
    except FieldProblem as exc:
        raise ValidationError({"status": exc.message}) from exc
    if status == current["status"]:
        return {}
    if status not in TRANSITIONS.get(current["status"], frozenset()):
        raise ValidationError({"status": Message(
            QT_TRANSLATE_NOOP("core", "An intervention that is {old} cannot become {new}."),
            {"old": Message(STATUSES[current["status"]]), "new": Message(STATUSES.get(status, status))})})
    values: dict[str, Any] = {"status": status}
    if status == "planned":
        # Planning goes through plan(): a team, a time to come, the planner's right.
        require(ctx.user, Perm.PLANNING)
        if not current.get("planned_start"):
            raise ValidationError({"planned_start": Message(QT_TRANSLATE_NOOP("core", "Choose a date and time."))})
        if not team(ctx.db, intervention_id):
            raise ValidationError({"technician_ids": Message(QT_TRANSLATE_NOOP("core", "Choose a technician."))})
        if current["status"] in ("to_plan", "cancelled"):
            _check_start(ctx, from_iso(current["planned_start"]), allow_past=False)
    if status == "to_plan":
        values.update(planned_start=None, planned_end=None)
    if status == "on_site" and not current.get("arrived_at"):
        values["arrived_at"] = ctx.now()
    if status == "done":
        _require_report(current)
        values["completed_at"] = ctx.now()
    if current["status"] == "done":
        values["completed_at"] = None
    return records.update_checked(ctx, TABLE, intervention_id, values)


def _require_report(row: Mapping[str, Any]) -> None:
    errors: dict[str, Message] = {}
    if not row.get("work_done"):
        errors["work_done"] = Message(QT_TRANSLATE_NOOP("core", "Write the work done before closing the job."))
    if not row.get("arrived_at"):
        errors["arrived_at"] = Message(QT_TRANSLATE_NOOP("core", "Give the arrival time."))
    if not row.get("departed_at"):
        errors["departed_at"] = Message(QT_TRANSLATE_NOOP("core", "Give the departure time."))
    if errors:
        raise ValidationError(errors)


# -- the report on site -----------------------------------------------------------------------------


def checklist_items(kind: str) -> tuple[str, ...]:
    """What to tick for this type of job (translatable labels, stored as keys)."""
    return CHECKLISTS.get(kind, ())


def save_report(ctx: Context, intervention_id: str, values: Mapping[str, Any], *, complete: bool = False) -> None:
    """The technician's report: ``work_done``, ``arrived_at``, ``departed_at``, ``km``, ``checklist``,
    ``follow_up`` (+ ``follow_up_note``) and ``parts_used`` ((product id, quantity) pairs: the total fitted,
    taken from ``location_id`` or the technician's van). Saved as often as wanted; ``complete`` closes the job.

    Parts are written as differences (more used, or some given back), so saving twice never takes a part twice.
    """
    require(ctx.user, Perm.INTERVENTION_WRITE)
    check_intervention(ctx, intervention_id)
    current = get(ctx.db, intervention_id)
    if current["status"] == "cancelled":
        raise ValidationError({"status": Message(QT_TRANSLATE_NOOP(
            "core", "This intervention was cancelled: plan it again before reporting on it."))})
    c = fields.Collector(values)
    for name, parser in (("work_done", fields.text(20000)), ("arrived_at", fields.moment),
                         ("departed_at", fields.moment), ("km", _km),
                         ("follow_up", lambda v: parse_choice(v, tuple(FOLLOW_UPS))),
                         ("follow_up_note", fields.text(2000))):
        if name in values:
            c.take(name, parser)
    if "checklist" in values:
        allowed = set(checklist_items(current["kind"]))
        c.clean["checklist"] = {k: bool(v) for k, v in dict(values["checklist"] or {}).items() if k in allowed}
    merged = {**current, **c.clean}
    if merged.get("arrived_at") and merged.get("departed_at"):
        if merged["departed_at"] <= merged["arrived_at"]:
            c.fail("departed_at", Message(QT_TRANSLATE_NOOP("core", "The departure must come after the arrival.")))
        elif from_iso(merged["departed_at"]) - from_iso(merged["arrived_at"]) > timedelta(hours=24):
            c.fail("departed_at", Message(QT_TRANSLATE_NOOP(
                "core", "A visit lasts at most 24 hours: check the dates.")))
    if merged.get("arrived_at") and from_iso(merged["arrived_at"]) > ctx.clock.now() + timedelta(minutes=5):
        c.fail("arrived_at", Message(QT_TRANSLATE_NOOP("core", "The arrival cannot be in the future.")))
    if merged.get("follow_up") and not merged.get("follow_up_note") and "follow_up_note" not in c.errors:
        c.fail("follow_up_note", Message(QT_TRANSLATE_NOOP("core", "Say what the follow-up is about.")))
    clean = c.done()
    wanted = _parts(ctx, values["parts_used"], "parts_used") if "parts_used" in values else None
    location_id = values.get("location_id") or _van_for(ctx, intervention_id)
    if wanted and not location_id:
        raise ValidationError({"parts_used": Message(QT_TRANSLATE_NOOP(
            "core", "No van is set for this technician: choose where the parts came from."))})
    if complete:
        _require_report(merged)
    with write_transaction(ctx.db):
        records.update(ctx, TABLE, intervention_id, clean)
        if wanted is not None:
            _write_parts(ctx, intervention_id, wanted, location_id)
        if complete:
            if current["status"] != "done":
                if "done" not in TRANSITIONS.get(current["status"], frozenset()):
                    raise ValidationError({"status": Message(QT_TRANSLATE_NOOP(
                        "core", "Plan the intervention before closing it."))})
                records.update(ctx, TABLE, intervention_id, {"status": "done", "completed_at": ctx.now()})
            if current["status"] != "done":
                # Made once per job (ids from the job), however often it is reopened and finished,
                # and on however many machines.
                if merged.get("follow_up"):
                    _follow_up(ctx, {**merged, "id": intervention_id})
                if current.get("ticket_id") and not _exists(ctx, "ticket_events", f"{intervention_id}:done"):
                    records.insert(ctx, "ticket_events", {
                        "ticket_id": current["ticket_id"], "kind": "note", "at": ctx.now(), "user_id": ctx.user.id,
                        "body": f"{current['number']}: {merged.get('work_done') or ''}"},
                        record_id=f"{intervention_id}:done")
        _write_costs(ctx, intervention_id)
    ctx.announce(TABLE, intervention_id, "update")
    if current.get("ticket_id"):
        ctx.announce("tickets", current["ticket_id"], "update")


def _van_for(ctx: Context, intervention_id: str) -> str | None:
    """The acting technician's van when they are on the job, else the first team member's with a van."""
    members = [t.id for t in team(ctx.db, intervention_id)]
    candidates = ([ctx.user.id] if ctx.user.id in members else []) + members
    for tech_id in candidates:
        van = stock.van_of(ctx.db, tech_id)
        if van:
            return van
    return None


def van_for(ctx: Context, intervention_id: str) -> str | None:
    """The van a report saved now takes its parts from: the report shows what it holds beside each part."""
    return _van_for(ctx, intervention_id)


def _write_parts(ctx: Context, intervention_id: str, wanted: Mapping[str, int], location_id: str) -> None:
    used = {r["product_id"]: r["quantity"] for r in parts_used(ctx.db, intervention_id)}
    for product_id in sorted(set(wanted) | set(used)):
        delta = wanted.get(product_id, 0) - used.get(product_id, 0)
        if delta > 0:
            stock.use(ctx, product_id, location_id, delta, intervention_id=intervention_id)
        elif delta < 0:
            stock.give_back(ctx, product_id, location_id, -delta, intervention_id=intervention_id,
                            note=QT_TRANSLATE_NOOP("core", "Not fitted after all"))


def _follow_up(ctx: Context, row: Mapping[str, Any]) -> None:
    """The follow-up asked on site: a new job to plan, or a note on the customer's timeline for the seller."""
    note = row.get("follow_up_note") or ""
    follow_id = f"{row['id']}:follow-up"
    if _exists(ctx, TABLE, follow_id) or _exists(ctx, history.TABLE, follow_id):
        return
    if row["follow_up"] == "intervention":
        number = numbers.next_number(ctx, "I")
        records.insert(ctx, TABLE, {
            "number": number, "status": "to_plan", "kind": row.get("kind") or "repair", "subject": note[:200],
            "company_id": row.get("company_id"), "person_id": row.get("person_id"), "ticket_id": row.get("ticket_id"),
            "skills": row.get("skills") or [], "duration_minutes": row.get("duration_minutes") or 60,
            **{k: row.get(k) for k in (*ADDRESS, "site_contact", "site_phone")},
            "instructions": f"{row['number']}: {note}",
        }, record_id=follow_id)
        return
    label = "Quote requested on site" if row["follow_up"] == "quote" else "Sales opportunity seen on site"
    records.insert(ctx, history.TABLE, {
        "kind": "note", "occurred_at": ctx.now(), "user_id": ctx.user.id,
        "subject": f"{row['number']}: {label}", "body": note,
        "person_id": row.get("person_id"), "company_id": row.get("company_id"),
    }, record_id=follow_id)
    _follow_up_opportunity(ctx, row, note, label)


def _follow_up_opportunity(ctx: Context, row: Mapping[str, Any], note: str, label: str) -> None:
    """A quote or a sale seen on site lands in the customer's seller's pipeline (its id derived from the
    job, so two machines saving the same report make one deal)."""
    opp_id = f"{row['id']}:opportunity"
    if _exists(ctx, "opportunities", opp_id):
        return
    owner = None
    for table, key in (("people", "person_id"), ("companies", "company_id")):
        if row.get(key) and owner is None:
            found = ctx.db.execute(f"SELECT owner_id FROM {table} WHERE id = ?", [row[key]]).fetchone()
            owner = found[0] if found else None
    stage = "qualified" if row["follow_up"] == "quote" else "new"
    records.insert(ctx, "opportunities", {
        "number": numbers.next_number(ctx, "O"), "title": (note or label)[:200],
        "person_id": row.get("person_id"), "company_id": row.get("company_id"), "owner_id": owner,
        "stage": stage, "probability": DEFAULT_PROBABILITY[stage], "amount_cents": 0, "lines": [],
        "stage_changed_at": ctx.now(), "notes": f"{row['number']}: {label}",
    }, record_id=opp_id)


def _exists(ctx: Context, table: str, record_id: str) -> bool:
    return ctx.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone() is not None


def follow_ups(db: sqlite_utils.Database, intervention: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Jobs made from this one's follow-up."""
    return db.execute_returning_dicts(
        "SELECT id, number, status, subject FROM interventions WHERE deleted_at IS NULL AND instructions LIKE ? "
        "ORDER BY created_at", [f"{intervention['number']}: %"])


# -- costs --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CostLine:
    key: str
    kind: str  # time, part, travel
    description: str
    quantity: float
    minutes: int
    km: float | None
    unit_cost_cents: int
    unit_price_cents: int
    billing: str
    cost_cents: int
    price_cents: int
    user_id: str | None = None
    product_id: str | None = None


def compute_costs(db: sqlite_utils.Database, intervention_id: str) -> list[CostLine]:
    """Time of each technician on site (their cost rate), parts fitted, travel: what the job costs and is billed."""
    row = get(db, intervention_id)
    support = load_support(db)
    day = local_day(db, row.get("arrived_at") or row.get("planned_start") or row["created_at"])
    cover = contracts.coverage(db, row.get("company_id"), row.get("person_id"), day)
    price_rate = cover.level.hourly_rate_cents if cover and cover.level.hourly_rate_cents else support.hourly_rate_cents
    onsite = "covered" if cover and cover.level.onsite_included else "billable"
    lines: list[CostLine] = []
    if row.get("arrived_at") and row.get("departed_at"):
        minutes = max(0, int((from_iso(row["departed_at"]) - from_iso(row["arrived_at"])).total_seconds() // 60))
        for tech in team(db, intervention_id):
            rate = tech.cost_per_hour_cents if tech.cost_per_hour_cents is not None else support.cost_per_hour_cents
            lines.append(CostLine(f"{intervention_id}:time:{tech.id}", "time", tech.name, 1, minutes, None, rate,
                                  price_rate, onsite, (minutes * rate + 30) // 60, (minutes * price_rate + 30) // 60,
                                  user_id=tech.id))
    for part in parts_used(db, intervention_id):
        qty = int(part["quantity"])
        lines.append(CostLine(f"{intervention_id}:part:{part['product_id']}", "part", part["name"], qty, 0, None,
                              part["cost_cents"], part["price_cents"], "billable", qty * part["cost_cents"],
                              qty * part["price_cents"], product_id=part["product_id"]))
    if row.get("km"):
        km = Decimal(str(row["km"]))
        lines.append(CostLine(f"{intervention_id}:travel", "travel", "", 1, 0, float(km), support.km_cost_cents,
                              support.km_price_cents, onsite, int(round(km * support.km_cost_cents)),
                              int(round(km * support.km_price_cents))))
    return lines


def _write_costs(ctx: Context, intervention_id: str) -> None:
    """Make the stored cost lines equal to the computed ones (same ids: rewritten, not added)."""
    row = get(ctx.db, intervention_id)
    at = row.get("departed_at") or row.get("arrived_at") or ctx.now()
    wanted = {line.key: line for line in compute_costs(ctx.db, intervention_id)}
    existing = {r[0]: r[1] for r in ctx.db.execute(
        "SELECT id, deleted_at FROM intervention_costs WHERE intervention_id = ?", [intervention_id]).fetchall()}
    for key, line in wanted.items():
        values = {"intervention_id": intervention_id, "kind": line.kind, "occurred_at": at, "user_id": line.user_id,
                  "product_id": line.product_id, "description": line.description, "quantity": line.quantity,
                  "minutes": line.minutes, "km": line.km, "unit_cost_cents": line.unit_cost_cents,
                  "unit_price_cents": line.unit_price_cents, "billing": line.billing, "cost_cents": line.cost_cents,
                  "price_cents": line.price_cents}
        if key not in existing:
            records.insert(ctx, COSTS, values, record_id=key)
            continue
        if existing[key]:
            records.restore(ctx, COSTS, key)
        records.update(ctx, COSTS, key, values)
    for key, deleted in existing.items():
        if key not in wanted and not deleted:
            records.soft_delete(ctx, COSTS, key)


def costs(db: sqlite_utils.Database, intervention_id: str) -> list[dict[str, Any]]:
    return db.execute_returning_dicts(
        "SELECT * FROM intervention_costs WHERE intervention_id = ? AND deleted_at IS NULL ORDER BY kind, description",
        [intervention_id])


# -- signature and photos -------------------------------------------------------------------------------


def sign(ctx: Context, intervention_id: str, png: bytes, signed_by: str) -> str:
    """The customer's signature drawn on screen (a PNG) and their name typed: stored like an attachment."""
    require(ctx.user, Perm.INTERVENTION_WRITE)
    check_intervention(ctx, intervention_id)
    current = get(ctx.db, intervention_id)
    errors: dict[str, Message] = {}
    try:
        name = clean_text(signed_by, 120)
    except FieldProblem as exc:
        errors["signed_by"] = exc.message
        name = None
    if not name and "signed_by" not in errors:
        errors["signed_by"] = Message(QT_TRANSLATE_NOOP("core", "Type the name of the person who signs."))
    if not png:
        errors["signature"] = Message(QT_TRANSLATE_NOOP("core", "The customer has not signed yet."))
    elif len(png) > MAX_SIGNATURE_BYTES:
        errors["signature"] = Message(QT_TRANSLATE_NOOP("core", "This signature is too large ({size} KB, at most "
                                                                "1024 KB): clear it and sign again."),
                                      {"size": len(png) // 1024})
    elif not png.startswith(PNG_MAGIC):
        errors["signature"] = Message(QT_TRANSLATE_NOOP("core", "This signature is not a PNG image."))
    if errors:
        raise ValidationError(errors)
    with write_transaction(ctx.db):
        if current.get("signature_id"):
            records.soft_delete(ctx, attachments.TABLE, current["signature_id"])
        signature_id = attachments.add_bytes(ctx, "signature", intervention_id, png,
                                             f"signature-{current['number']}.png")
        records.update(ctx, TABLE, intervention_id, {"signature_id": signature_id, "signed_by": name,
                                                     "signed_at": ctx.now()})
    ctx.announce(TABLE, intervention_id, "update")
    return signature_id


def signature_png(ctx: Context, intervention: Mapping[str, Any]) -> bytes | None:
    """The signature's image, or None when unsigned or its file has not arrived on this machine yet."""
    if not intervention.get("signature_id"):
        return None
    try:
        return attachments.file_path(ctx, intervention["signature_id"]).read_bytes()
    except (CrmError, OSError):
        return None


def add_photo(ctx: Context, intervention_id: str, path: str | Path, note: str | None = None) -> str:
    require(ctx.user, Perm.INTERVENTION_WRITE)
    check_intervention(ctx, intervention_id)
    get(ctx.db, intervention_id)
    return attachments.add(ctx, "intervention", intervention_id, path, note)


def photos(ctx: Context, intervention_id: str) -> list[dict[str, Any]]:
    """Files attached to the job (photos, documents), the signature excluded."""
    return [a for a in attachments.list_for(ctx, intervention_id) if a["owner_kind"] == "intervention"]


# -- lists -------------------------------------------------------------------------------------------------

_LIST_SELECT = (
    "SELECT i.*, c.name AS company_name, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) "
    "AS person_name, k.number AS ticket_number FROM interventions i LEFT JOIN companies c ON c.id = i.company_id "
    "LEFT JOIN people p ON p.id = i.person_id LEFT JOIN tickets k ON k.id = i.ticket_id "
)


def my_day(db: sqlite_utils.Database, technician_id: str, day: date) -> list[dict[str, Any]]:
    """A technician's jobs of a local day in order (cancelled ones left out)."""
    lo, hi = period_bounds(db, day, day)
    return [records.from_db(r) for r in db.execute_returning_dicts(
        _LIST_SELECT + "JOIN intervention_technicians a ON a.intervention_id = i.id AND a.deleted_at IS NULL "
        "WHERE a.technician_id = ? AND i.deleted_at IS NULL AND i.status != 'cancelled' "
        "AND i.planned_start >= ? AND i.planned_start < ? ORDER BY i.planned_start, i.number",
        [technician_id, lo, hi])]


def to_plan(db: sqlite_utils.Database, limit: int = 500) -> list[dict[str, Any]]:
    """Jobs waiting for a slot, the most urgent (earliest due) first."""
    return [records.from_db(r) for r in db.execute_returning_dicts(
        _LIST_SELECT + "WHERE i.deleted_at IS NULL AND i.status = 'to_plan' "
        "ORDER BY i.due_on IS NULL, i.due_on, i.created_at LIMIT ?", [limit])]


def for_customer(db: sqlite_utils.Database, company_id: str | None, person_id: str | None,
                 limit: int = 200) -> list[dict[str, Any]]:
    """A customer's interventions, the next and latest first."""
    column, key = ("company_id", company_id) if company_id else ("person_id", person_id)
    if not key:
        return []
    return [records.from_db(r) for r in db.execute_returning_dicts(
        _LIST_SELECT + f"WHERE i.{column} = ? AND i.deleted_at IS NULL "
        "ORDER BY coalesce(i.planned_start, i.created_at) DESC LIMIT ?", [key, limit])]


def for_ticket(db: sqlite_utils.Database, ticket_id: str) -> list[dict[str, Any]]:
    return [records.from_db(r) for r in db.execute_returning_dicts(
        _LIST_SELECT + "WHERE i.ticket_id = ? AND i.deleted_at IS NULL ORDER BY coalesce(i.planned_start, "
        "i.created_at)", [ticket_id])]


def open_count(db: sqlite_utils.Database) -> int:
    statuses = ", ".join(f"'{s}'" for s in OPEN_STATUSES)
    return int(db.execute(f"SELECT count(*) FROM interventions WHERE deleted_at IS NULL AND status IN ({statuses})"
                          ).fetchone()[0])


def customer_name(row: Mapping[str, Any]) -> str:
    person, company = (row.get("person_name") or "").strip(), row.get("company_name") or ""
    if person and company:
        return f"{person} ({company})"
    return person or company


def address_line(row: Mapping[str, Any]) -> str:
    place = " ".join(p for p in (row.get("postcode"), row.get("city")) if p)
    return ", ".join(p for p in (row.get("street"), place) if p)


def delete(ctx: Context, intervention_id: str) -> None:
    records.trash(ctx, TABLE, Perm.INTERVENTION_DELETE, intervention_id)


def restore(ctx: Context, intervention_id: str) -> None:
    records.untrash(ctx, TABLE, intervention_id)


def showcase(db: sqlite_utils.Database) -> str | None:
    """The latest signed job (else the latest done one): the fullest report to show (screenshots, docs)."""
    row = db.execute(
        "SELECT id FROM interventions WHERE deleted_at IS NULL AND status = 'done' "
        "ORDER BY signature_id IS NULL, completed_at DESC LIMIT 1").fetchone()
    return str(row[0]) if row else None


def busiest_technician(db: sqlite_utils.Database, day: date) -> str | None:
    """The technician with the most jobs on a local day (screenshots of "My day")."""
    lo, hi = period_bounds(db, day, day)
    row = db.execute(
        "SELECT a.technician_id FROM interventions i JOIN intervention_technicians a "
        "ON a.intervention_id = i.id AND a.deleted_at IS NULL WHERE i.deleted_at IS NULL "
        "AND i.status != 'cancelled' AND i.planned_start >= ? AND i.planned_start < ? "
        "GROUP BY a.technician_id ORDER BY count(*) DESC, a.technician_id LIMIT 1", [lo, hi]).fetchone()
    return str(row[0]) if row else None
