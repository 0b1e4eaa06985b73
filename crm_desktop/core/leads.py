"""Leads: someone who may buy, qualified, given to a seller, followed up fast.

A lead belongs to a person and/or a company. Without a chosen owner it is given
to a seller by the assignment rules (core.lead_assignment). Speed to lead is the
business time from the lead's arrival to the first outgoing history entry (any
kind) to its person or company; it is computed by a query, never stored, so two
machines logging calls offline cannot disagree about it. A lead still waiting for
that first contact longer than the target (core.lead_settings) is *flagged*.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlite_utils

from crm_desktop.core import fields, lead_assignment, records
from crm_desktop.core.business_time import BusinessHours
from crm_desktop.core.choices import SOURCES
from crm_desktop.core.clock import from_iso, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.lead_choices import NEEDS, OPEN_STATUSES, STATUSES, TIMINGS
from crm_desktop.core.lead_scoring import ENGAGEMENT_DAYS, score
from crm_desktop.core.lead_settings import load_lead_settings
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.support_settings import load_support, period_bounds
from crm_desktop.core.validation import FieldProblem, parse_amount, parse_choice
from crm_desktop.db.connection import write_transaction

TABLE = "leads"
#: Fields a lead form edits (status and reason go through set_status or the form's save).
EDITABLE = ("person_id", "company_id", "source", "interest_product_id", "interest", "budget_cents", "need",
            "timing", "decision_maker", "owner_id", "next_action", "next_action_at", "campaign_id", "notes",
            "arrived_at", "status", "disqualified_reason")
#: Stages a new lead moves its customer out of; prospects, leads and customers stay as they are.
RESTAGED = ("", "former")
_OPEN = ", ".join(f"'{status}'" for status in OPEN_STATUSES)

#: A lead with what lists show beside it. The first outgoing contact after arrival is looked up
#: through the person's and the company's history indexes (two subqueries, each using its index).
FIRST_OUT = (
    "(SELECT min(h.occurred_at) FROM history h WHERE h.{column} = l.{column} AND h.deleted_at IS NULL"
    " AND h.direction = 'out' AND h.occurred_at >= l.arrived_at)"
)
_ENGAGEMENT = (
    "(SELECT count(*) FROM history h WHERE h.deleted_at IS NULL AND h.occurred_at >= :since"
    " AND (h.direction = 'in' OR h.kind = 'web_form')"
    " AND ((l.person_id IS NOT NULL AND h.person_id = l.person_id)"
    "  OR (l.company_id IS NOT NULL AND h.company_id = l.company_id)))"
)
_SELECT = (
    "SELECT l.*, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) AS person_name,"
    " c.name AS company_name, u.name AS owner_name, pr.name AS product_name, pr.category AS product_category,"
    f" {FIRST_OUT.format(column='person_id')} AS first_out_person,"
    f" {FIRST_OUT.format(column='company_id')} AS first_out_company,"
    f" {_ENGAGEMENT} AS engagement"
    " FROM leads l LEFT JOIN people p ON p.id = l.person_id LEFT JOIN companies c ON c.id = l.company_id"
    " LEFT JOIN users u ON u.id = l.owner_id LEFT JOIN products pr ON pr.id = l.interest_product_id"
)


# -- validation -----------------------------------------------------------------------------------


def _decision_maker(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if value in (True, 1, "1", "yes"):
        return 1
    if value in (False, 0, "0", "no"):
        return 0
    raise FieldProblem(QT_TRANSLATE_NOOP("core", "Say whether this contact decides, or leave it empty."))


def _validate(ctx: Context, values: Mapping[str, Any], current: Mapping[str, Any] | None) -> dict[str, Any]:
    c = fields.Collector(values)
    for name, parser in (
        ("person_id", fields.existing(ctx, "people")),
        ("company_id", fields.existing(ctx, "companies")),
        ("source", lambda v: parse_choice(v, tuple(SOURCES))),
        ("interest_product_id", fields.existing(ctx, "products")),
        ("interest", fields.text(500)),
        ("budget_cents", parse_amount),
        ("need", lambda v: parse_choice(v, tuple(NEEDS))),
        ("timing", lambda v: parse_choice(v, tuple(TIMINGS))),
        ("decision_maker", _decision_maker),
        ("owner_id", fields.existing(ctx, "users")),
        ("next_action", fields.text(300)),
        ("next_action_at", fields.moment),
        ("campaign_id", fields.existing(ctx, "campaigns")),
        ("notes", fields.text(20000)),
        ("arrived_at", fields.moment),
        ("status", lambda v: parse_choice(v, tuple(STATUSES))),
        ("disqualified_reason", fields.text(500)),
    ):
        if name in values:
            c.take(name, parser)
    merged = {**(current or {}), **c.clean}
    if not merged.get("person_id") and not merged.get("company_id") and not (
            {"person_id", "company_id"} & c.errors.keys()):
        c.fail("person_id", Message(QT_TRANSLATE_NOOP("core", "Choose the person or company interested.")))
    if "status" in values and not c.clean.get("status") and "status" not in c.errors:
        c.fail("status", Message(QT_TRANSLATE_NOOP("core", "Choose the status.")))
    if merged.get("status") == "disqualified" and not merged.get("disqualified_reason") \
            and "disqualified_reason" not in c.errors:
        c.fail("disqualified_reason", Message(QT_TRANSLATE_NOOP("core", "Say why this lead is disqualified.")))
    if "arrived_at" in values and current is not None and not c.clean.get("arrived_at") \
            and "arrived_at" not in c.errors:
        c.fail("arrived_at", Message(QT_TRANSLATE_NOOP("core", "Give when the lead arrived.")))
    clean = c.done()
    if merged.get("status") and merged["status"] != "disqualified" and merged.get("disqualified_reason"):
        clean["disqualified_reason"] = None  # requalified: the old reason no longer holds
    if clean.get("person_id") and not merged.get("company_id"):
        row = ctx.db.execute("SELECT company_id FROM people WHERE id = ?", [clean["person_id"]]).fetchone()
        if row and row[0]:
            clean["company_id"] = row[0]
    return clean


def _restage(ctx: Context, clean: Mapping[str, Any]) -> list[tuple[str, str]]:
    """A customer who shows interest again becomes a lead; prospects and customers are never downgraded."""
    touched: list[tuple[str, str]] = []
    for table, column in (("people", "person_id"), ("companies", "company_id")):
        record_id = clean.get(column)
        if not record_id:
            continue
        row = ctx.db.execute(f"SELECT stage FROM {table} WHERE id = ?", [record_id]).fetchone()
        if row is not None and (row[0] or "") in RESTAGED:
            records.update(ctx, table, record_id, {"stage": "lead"})
            touched.append((table, record_id))
    return touched


# -- writing --------------------------------------------------------------------------------------


def create(ctx: Context, values: Mapping[str, Any]) -> str:
    """A new lead; without an owner the assignment rules choose one (or none: unassigned)."""
    require(ctx.user, Perm.LEAD_WRITE)
    wanted = {k: v for k, v in values.items() if k in EDITABLE}
    wanted.setdefault("status", "new")
    clean = _validate(ctx, wanted, None)
    now = ctx.now()
    clean["arrived_at"] = clean.get("arrived_at") or now
    with write_transaction(ctx.db):
        if clean.get("owner_id"):
            clean.update(assigned_at=now, assigned_rule_id=None)
        else:
            owner, rule = lead_assignment.choose(ctx.db, clean)
            clean.update(owner_id=owner, assigned_at=now if owner else None, assigned_rule_id=rule)
        lead_id = records.insert(ctx, TABLE, clean)
        touched = _restage(ctx, clean)
    ctx.announce(TABLE, lead_id, "insert")
    for table, record_id in touched:
        ctx.announce(table, record_id, "update")
    return lead_id


def update(ctx: Context, lead_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Save a lead form: changed fields only. A new owner counts as a new assignment."""
    require(ctx.user, Perm.LEAD_WRITE)
    current = get(ctx.db, lead_id)
    wanted = {k: v for k, v in values.items() if k in EDITABLE}
    clean = _validate(ctx, wanted, current)
    if "owner_id" in clean and clean["owner_id"] != current["owner_id"]:
        clean.update(assigned_at=ctx.now() if clean["owner_id"] else None, assigned_rule_id=None)
    return records.update_checked(ctx, TABLE, lead_id, clean)


def assign(ctx: Context, lead_id: str, owner_id: str | None) -> dict[str, Any]:
    """Give the lead to a seller (None: back to unassigned)."""
    return update(ctx, lead_id, {"owner_id": owner_id})


def set_status(ctx: Context, lead_id: str, status: str, reason: str | None = None) -> dict[str, Any]:
    """Move the lead on; disqualifying needs the reason (kept for the campaign's and seller's figures)."""
    values: dict[str, Any] = {"status": status}
    if status == "disqualified":
        values["disqualified_reason"] = reason
    return update(ctx, lead_id, values)


def delete(ctx: Context, lead_id: str) -> None:
    require(ctx.user, Perm.LEAD_DELETE)
    records.trash(ctx, TABLE, Perm.LEAD_WRITE, lead_id)


def restore(ctx: Context, lead_id: str) -> None:
    records.untrash(ctx, TABLE, lead_id)


# -- speed to lead --------------------------------------------------------------------------------


def business_hours(db: sqlite_utils.Database) -> BusinessHours:
    return load_support(db).business_hours()


def first_contact_at(db: sqlite_utils.Database, lead: Mapping[str, Any]) -> str | None:
    """When the first outgoing history entry to the lead's person or company was, at or after its arrival."""
    found = [row[0] for column in ("person_id", "company_id") if lead.get(column)
             for row in db.execute(f"SELECT min(occurred_at) FROM history WHERE {column} = ? AND deleted_at IS NULL"
                                   " AND direction = 'out' AND occurred_at >= ?",
                                   [lead[column], lead["arrived_at"]]).fetchall() if row[0]]
    return min(found) if found else None


def speed_to_lead(db: sqlite_utils.Database, lead: Mapping[str, Any],
                  hours: BusinessHours | None = None) -> float | None:
    """Business minutes from arrival to first contact; None while nobody has contacted the lead."""
    first = first_contact_at(db, lead)
    if first is None:
        return None
    return (hours or business_hours(db)).minutes_between(from_iso(lead["arrived_at"]), from_iso(first))


# -- reading --------------------------------------------------------------------------------------


def get(db: sqlite_utils.Database, lead_id: str) -> dict[str, Any]:
    return records.fetch(db, TABLE, lead_id)


def waiting_minutes(hours: BusinessHours, arrivals: list[str], now: datetime) -> dict[str, float]:
    """Business minutes from each arrival to ``now``, walking the calendar once for all of them.

    Measured one by one, a list of old open leads costs a walk over every day each has waited; from the
    latest arrival backwards each step only adds the stretch to the next arrival (summed as timedeltas,
    microsecond-exact, so a lead never flips over its target on float rounding).
    """
    out: dict[str, float] = {}
    later, total = now, timedelta()
    for arrival in sorted(set(arrivals), reverse=True):
        moment = from_iso(arrival)
        if moment < later:
            total += timedelta(minutes=hours.minutes_between(moment, later))
            later = moment
        out[arrival] = total / timedelta(minutes=1)
    return out


def _enrich(db: sqlite_utils.Database, rows: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """Add first contact, speed, waiting, flagged and score with its reasons to each row."""
    hours = business_hours(db)
    target = load_lead_settings(db).target_minutes
    for row in rows:
        firsts = [m for m in (row.pop("first_out_person", None), row.pop("first_out_company", None)) if m]
        row["first_contact_at"] = min(firsts) if firsts else None
    waiting = waiting_minutes(hours, [row["arrived_at"] for row in rows if row["first_contact_at"] is None], now)
    for row in rows:
        if row["first_contact_at"] is None:
            row.update(speed_minutes=None, waiting_minutes=waiting[row["arrived_at"]])
            row["flagged"] = row["waiting_minutes"] > target
        else:
            row.update(speed_minutes=hours.minutes_between(from_iso(row["arrived_at"]),
                                                           from_iso(row["first_contact_at"])),
                       waiting_minutes=None, flagged=False)
        row["target_minutes"] = target
        row["score"], row["score_reasons"] = score(row, row.get("engagement") or 0)
    return rows


def _select(db: sqlite_utils.Database, where: str, params: Mapping[str, Any], now: datetime,
            order: str = "l.arrived_at, l.id") -> list[dict[str, Any]]:
    since = to_iso(now - timedelta(days=ENGAGEMENT_DAYS))
    rows = db.execute_returning_dicts(f"{_SELECT} WHERE l.deleted_at IS NULL AND {where} ORDER BY {order}",
                                      {**params, "since": since})
    return _enrich(db, rows, now)


def describe(db: sqlite_utils.Database, lead_id: str, now: datetime) -> dict[str, Any]:
    """One lead with its names, speed to lead and score (for the dialog)."""
    rows = _select(db, "l.id = :id", {"id": lead_id}, now)
    if not rows:
        get(db, lead_id)  # raises NotFound
    return rows[0]


def my_leads(db: sqlite_utils.Database, user_id: str, now: datetime) -> list[dict[str, Any]]:
    """The user's open leads, oldest arrival first; each with score, waiting minutes and ``flagged``."""
    return _select(db, f"l.owner_id = :owner AND l.status IN ({_OPEN})", {"owner": user_id}, now)


def open_leads(db: sqlite_utils.Database, now: datetime, owner_id: str | None = None,
               unassigned: bool = False) -> list[dict[str, Any]]:
    """Everyone's open leads for a manager (``owner_id`` narrows to one seller, ``unassigned`` to nobody's)."""
    where, params = f"l.status IN ({_OPEN})", {}
    if unassigned:
        where += " AND l.owner_id IS NULL"
    elif owner_id:
        where += " AND l.owner_id = :owner"
        params["owner"] = owner_id
    return _select(db, where, params, now)


def overdue_leads(db: sqlite_utils.Database, now: datetime) -> list[dict[str, Any]]:
    """Open leads nobody has contacted yet and waiting longer than the target, longest wait first."""
    rows = [row for row in open_leads(db, now) if row["flagged"]]
    return sorted(rows, key=lambda row: (-(row["waiting_minutes"] or 0), row["arrived_at"], row["id"]))


def for_customer(db: sqlite_utils.Database, company_id: str | None, person_id: str | None,
                 now: datetime) -> list[dict[str, Any]]:
    """A customer's leads (a company's include its people's), open first, newest arrival first."""
    if not company_id and not person_id:
        return []
    where = "l.company_id = :company" if company_id else "l.person_id = :person"
    return _select(db, where, {"company": company_id, "person": person_id}, now,
                   order=f"l.status NOT IN ({_OPEN}), l.arrived_at DESC, l.id")


def engagement(db: sqlite_utils.Database, person_id: str | None, company_id: str | None, now: datetime) -> int:
    """Incoming touches (replies, incoming calls, web forms) of the person or company in the last 90 days."""
    if not person_id and not company_id:
        return 0
    row = db.execute(
        "SELECT count(*) FROM history h WHERE h.deleted_at IS NULL AND h.occurred_at >= :since"
        " AND (h.direction = 'in' OR h.kind = 'web_form')"
        " AND ((:person IS NOT NULL AND h.person_id = :person) OR (:company IS NOT NULL AND h.company_id = :company))",
        {"since": to_iso(now - timedelta(days=ENGAGEMENT_DAYS)), "person": person_id, "company": company_id},
    ).fetchone()
    return int(row[0])


def campaigns(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Campaigns a lead may come from, newest first (for the lead form's chooser)."""
    return db.execute_returning_dicts(
        "SELECT id, name FROM campaigns WHERE deleted_at IS NULL ORDER BY coalesce(starts_on, '') DESC, name")


def interest_products(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Active products a lead may be interested in, by name."""
    return db.execute_returning_dicts(
        "SELECT id, name, sku, category FROM products WHERE deleted_at IS NULL AND active = 1"
        " ORDER BY name COLLATE NOCASE, sku")


# -- figures --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeedStats:
    """Speed to lead of the leads that arrived in a period (issue 7 shows them)."""

    leads: int  # arrived in the period
    contacted: int  # of them, contacted since
    median_minutes: float | None  # business minutes to first contact, over the contacted ones
    average_minutes: float | None
    within_target: int  # contacted within the target
    target_minutes: int

    @property
    def within_target_percent(self) -> float | None:
        """Share of the contacted leads reached within the target (None when none was contacted)."""
        return None if not self.contacted else round(100 * self.within_target / self.contacted, 1)


def speed_to_lead_stats(db: sqlite_utils.Database, start: date | datetime, end: date | datetime) -> SpeedStats:
    """Leads arrived from ``start`` to ``end``: shop days both included, or UTC moments [start, end)."""
    if isinstance(start, datetime) and isinstance(end, datetime):
        low, high = to_iso(start), to_iso(end)
    else:
        low, high = period_bounds(db, _day(start), _day(end))
    rows = db.execute_returning_dicts(
        "SELECT l.id, l.person_id, l.company_id, l.arrived_at FROM leads l WHERE l.deleted_at IS NULL"
        " AND l.arrived_at >= ? AND l.arrived_at < ?", [low, high])
    hours = business_hours(db)
    target = load_lead_settings(db).target_minutes
    speeds = [s for s in (speed_to_lead(db, row, hours) for row in rows) if s is not None]
    return SpeedStats(
        leads=len(rows), contacted=len(speeds),
        median_minutes=statistics.median(speeds) if speeds else None,
        average_minutes=statistics.fmean(speeds) if speeds else None,
        within_target=sum(1 for s in speeds if s <= target), target_minutes=target)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value

