"""Maintenance plans: visits that come back every N months for a customer under contract.

A plan says what to do (subject, kind, skills, duration, instructions), for whom (the
contract's customer) and how often (every N months from its first date, until its end).
``generate`` turns the dates falling due within a horizon into interventions "to plan",
so the office plans them like any other job.

The dates of a plan are a pure function of its first date and interval (never of when
a visit was really made), and each visit's id is derived from (plan, due date): however
often and on however many offline machines ``generate`` runs, one due date makes one row.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core import contracts, fields, interventions, records
from crm_desktop.core.clock import Clock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.field_choices import KINDS
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, Role, require
from crm_desktop.core.support_settings import load_support
from crm_desktop.core.users import User, get_user
from crm_desktop.core.validation import parse_choice, parse_date, parse_skills, parse_whole
from crm_desktop.db.connection import write_transaction

TABLE = "maintenance_plans"
#: Fixed for ever: visit ids are uuid5(NAMESPACE, "plan id/due date"). Changing it would make every visit twice.
NAMESPACE = uuid.UUID("b56981b9-3e9b-5c4a-8b80-5775ad1c3e30")
DEFAULT_HORIZON_DAYS = 60
MAX_HORIZON_DAYS = 3660
MAX_EVERY_MONTHS = 60
#: The fields a plan form edits.
EDITABLE = ("contract_id", "company_id", "person_id", "subject", "kind", "skills", "every_months",
            "duration_minutes", "starts_on", "ends_on", "instructions", "active")
_LAST_MONTH_INDEX = 9999 * 12 - 1  # December 9999: date() goes no further


# -- dates (pure) -------------------------------------------------------------------------------------------


def add_months(start: date, months: int) -> date:
    """``start`` moved by whole months: same day of the month, or the month's last day when it is shorter.

    Always counted from the first date, so a plan of the 31st comes back on 28/29 February
    and on 31 March again (never drifting to the 28th).
    """
    index = start.year * 12 + start.month - 1 + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _series(plan: Mapping[str, Any]) -> Iterator[date]:
    """Every due date of a plan in order, up to its end date (if any)."""
    start = _day(plan["starts_on"])
    every = int(plan["every_months"])
    end = _day(plan.get("ends_on"))
    if start is None or every < 1:
        return
    base = start.year * 12 + start.month - 1
    step = 0
    while base + step <= _LAST_MONTH_INDEX:
        due = add_months(start, step)
        if end is not None and due > end:
            return
        yield due
        step += every


def due_dates(plan: Mapping[str, Any], until: date) -> list[date]:
    """The due dates of ``plan`` (``starts_on``, ``every_months``, ``ends_on``) up to ``until`` included."""
    out: list[date] = []
    for due in _series(plan):
        if due > until:
            break
        out.append(due)
    return out


def next_due(plan: Mapping[str, Any], today: date) -> date | None:
    """The first due date on or after ``today``; None when the plan has ended."""
    return next((due for due in _series(plan) if due >= today), None)


def visit_id(plan_id: str, due: date) -> str:
    """The id of the visit of ``plan_id`` due on ``due``: the same on every machine."""
    return uuid.uuid5(NAMESPACE, f"{plan_id}/{due.isoformat()}").hex


def shop_today(db: sqlite_utils.Database, clock: Clock) -> date:
    """Today in the shop's time zone (a visit is due on the shop's days, not the laptop's)."""
    return clock.now().astimezone(ZoneInfo(load_support(db).timezone)).date()


# -- plans ----------------------------------------------------------------------------------------------------


def _every(value: Any) -> int | None:
    every = QT_TRANSLATE_NOOP("core", "A visit comes back every 1 to {n} months.")
    return parse_whole(value, 1, MAX_EVERY_MONTHS,
                       not_whole=QT_TRANSLATE_NOOP("core", "Give a whole number of months."),
                       too_low=every, too_high=every, n=MAX_EVERY_MONTHS)


def _flag(value: Any) -> int:
    return 1 if value in (True, 1, "1", "true", "yes", "on") else 0


def validate(ctx: Context, values: Mapping[str, Any], current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Clean the given fields; on an update the rules are checked against the merged plan.

    The customer of a plan made from a contract is the contract's: a contract is a
    company's (or a person's), and so are its visits.
    """
    c = fields.Collector(values)
    for name, parser in (
        ("contract_id", fields.existing(ctx, contracts.CONTRACTS)),
        ("company_id", fields.existing(ctx, "companies")),
        ("person_id", fields.existing(ctx, "people")),
        ("subject", fields.text(200)),
        ("kind", lambda v: parse_choice(v, tuple(KINDS), "maintenance")),
        ("skills", parse_skills),
        ("every_months", _every),
        ("duration_minutes", interventions._duration),
        ("starts_on", parse_date),
        ("ends_on", parse_date),
        ("instructions", fields.text(20000)),
        ("active", _flag),
    ):
        if name in values:
            c.take(name, parser)
    if c.clean.get("contract_id"):
        contract = records.fetch(ctx.db, contracts.CONTRACTS, c.clean["contract_id"])
        c.clean["company_id"] = contract.get("company_id")
        c.clean["person_id"] = None if contract.get("company_id") else contract.get("person_id")
    merged = {**(current or {}), **c.clean}
    for name in ("subject", "every_months", "starts_on"):
        if not merged.get(name) and name not in c.errors:
            text = (QT_TRANSLATE_NOOP("core", "Write what the visit is for.") if name == "subject"
                    else QT_TRANSLATE_NOOP("core", "This field is required."))
            c.fail(name, Message(text))
    if not (merged.get("contract_id") or merged.get("company_id") or merged.get("person_id")) and not (
            {"contract_id", "company_id", "person_id"} & c.errors.keys()):
        c.fail("company_id", Message(QT_TRANSLATE_NOOP("core", "Choose the contract or the customer.")))
    if merged.get("starts_on") and merged.get("ends_on") and merged["ends_on"] < merged["starts_on"]:
        c.fail("ends_on", Message(QT_TRANSLATE_NOOP("core", "The end comes before the start.")))
    clean = c.done()
    if "duration_minutes" in clean and clean["duration_minutes"] is None:
        clean["duration_minutes"] = 60
    return clean


def save_plan(ctx: Context, values: Mapping[str, Any], plan_id: str | None = None) -> str:
    """Create a plan, or change the given fields of ``plan_id``; returns its id.

    Plans are terms of a contract: changing them takes the right to plan interventions
    and the right to change contracts (which technicians and staff do not have).
    """
    require(ctx.user, Perm.PLANNING)
    require(ctx.user, Perm.CONTRACT_WRITE)
    given = {k: v for k, v in values.items() if k in EDITABLE}
    if plan_id is None:
        clean = validate(ctx, {"kind": "maintenance", **given})
        row = {"skills": [], "duration_minutes": 60, "active": 1, **clean}
        with write_transaction(ctx.db):
            plan_id = records.insert(ctx, TABLE, row)
        ctx.announce(TABLE, plan_id, "insert")
        return plan_id
    current = get_plan(ctx.db, plan_id)
    records.update_checked(ctx, TABLE, plan_id, validate(ctx, given, current))
    return plan_id


def get_plan(db: sqlite_utils.Database, plan_id: str) -> dict[str, Any]:
    return records.fetch(db, TABLE, plan_id)


def delete_plan(ctx: Context, plan_id: str) -> None:
    """Stop a plan for good (to the trash). Visits it already made stay: they are jobs on the planning."""
    require(ctx.user, Perm.PLANNING)
    records.trash(ctx, TABLE, Perm.CONTRACT_WRITE, plan_id)


def list_plans(db: sqlite_utils.Database, contract_id: str | None = None, company_id: str | None = None,
               person_id: str | None = None) -> list[dict[str, Any]]:
    """The live plans of a contract, else of a company, else of a person: active ones first."""
    column, key = next(((c, k) for c, k in (("contract_id", contract_id), ("company_id", company_id),
                                           ("person_id", person_id)) if k), ("", None))
    if not key:
        return []
    return [records.from_db(r) for r in db.execute_returning_dicts(
        f"SELECT * FROM maintenance_plans WHERE {column} = ? AND deleted_at IS NULL "
        "ORDER BY active DESC, subject COLLATE NOCASE, rid", [key])]


def contract_for(db: sqlite_utils.Database, company_id: str | None, person_id: str | None,
                 today: date) -> dict[str, Any] | None:
    """The contract a new plan of this customer follows: the one covering them today, else the latest."""
    cover = contracts.coverage(db, company_id, person_id, today)
    rows = contracts.contracts_of(db, company_id, person_id)
    if cover is not None:
        return next((row for row in rows if row["id"] == cover.contract_id), None)
    return rows[0] if rows else None


def last_visit_due(db: sqlite_utils.Database, plan_id: str) -> str | None:
    """The due date of the latest visit made from the plan (trashed or cancelled ones count: they were made)."""
    row = db.execute("SELECT max(due_on) FROM interventions WHERE plan_id = ?", [plan_id]).fetchone()
    return row[0] if row else None


# -- making the visits ---------------------------------------------------------------------------------------


def _to_make(plan: Mapping[str, Any], last: str | None, today: date, until: date) -> list[date]:
    """Due dates after the last visit made, up to ``until``.

    Of the dates already past (a plan entered late, a machine off for months) only the
    latest is kept: one visit overdue, not a backlog of visits nobody will make.
    """
    pending = [d for d in due_dates(plan, until) if last is None or d.isoformat() > last]
    past = [d for d in pending if d < today]
    return past[-1:] + [d for d in pending if d >= today]


def generate(ctx: Context, horizon_days: int = DEFAULT_HORIZON_DAYS) -> list[str]:
    """Make the visits of every active plan falling due by today + ``horizon_days``; returns their ids.

    Each visit is an intervention "to plan" with the plan's subject, kind, skills, duration
    and instructions, the customer's site address, ``due_on`` and ``plan_id``. A due date
    on which the plan's contract no longer covers the customer makes nothing.

    Idempotent: the next due date follows the last visit made, and a visit's id is derived
    from (plan, due date), so a row that exists (made here or by any machine) is skipped.
    Two machines generating offline make rows with the same id, which merge into one on
    sync; each gave it a number from its own counter, so the number may show as a
    conflict to resolve (a visit numbered twice, never a visit made twice).
    """
    require(ctx.user, Perm.PLANNING)
    if not 0 <= horizon_days <= MAX_HORIZON_DAYS:
        raise ValidationError({"days": Message(QT_TRANSLATE_NOOP("core", "Must be between {low} and {high}."),
                                               {"low": 0, "high": MAX_HORIZON_DAYS})})
    today = shop_today(ctx.db, ctx.clock)
    until = today + timedelta(days=horizon_days)
    last = dict(ctx.db.execute(
        "SELECT plan_id, max(due_on) FROM interventions WHERE plan_id IS NOT NULL GROUP BY plan_id").fetchall())
    plans = [records.from_db(r) for r in ctx.db.execute_returning_dicts(
        "SELECT * FROM maintenance_plans WHERE deleted_at IS NULL AND active = 1 ORDER BY starts_on, rid")]
    made: list[str] = []
    for plan in plans:
        try:
            dates = _to_make(plan, last.get(plan["id"]), today, until)
        except (TypeError, ValueError):
            continue  # a plan damaged outside the app (a merge of odd values): nothing to make from it
        for due in dates:
            if plan.get("contract_id") and contracts.coverage(
                    ctx.db, plan.get("company_id"), plan.get("person_id"), due) is None:
                continue
            new_id = visit_id(plan["id"], due)
            if ctx.db.execute("SELECT 1 FROM interventions WHERE id = ?", [new_id]).fetchone():
                continue
            try:
                _make_visit(ctx, plan, due, new_id)
            except ValidationError:
                break  # the customer is gone (deleted): the plan waits until someone fixes it
            made.append(new_id)
    return made


def _make_visit(ctx: Context, plan: Mapping[str, Any], due: date, new_id: str) -> None:
    with write_transaction(ctx.db):
        interventions.create(ctx, {
            "company_id": plan.get("company_id"), "person_id": plan.get("person_id"),
            "kind": plan.get("kind") or "maintenance", "skills": plan.get("skills") or [],
            "subject": plan["subject"], "instructions": plan.get("instructions"),
            "duration_minutes": plan.get("duration_minutes") or 60, "due_on": due.isoformat(),
        }, record_id=new_id)
        records.update(ctx, interventions.TABLE, new_id, {"plan_id": plan["id"]})


def acting_user(db: sqlite_utils.Database) -> User | None:
    """Who makes visits nobody asked for (at start, after a sync): the app's first active admin, else a manager."""
    row = db.execute(
        "SELECT id FROM users WHERE role IN (?, ?) AND active = 1 AND deleted_at IS NULL "
        "ORDER BY role = ? DESC, created_at, rid LIMIT 1", [Role.ADMIN.value, Role.MANAGER.value, Role.ADMIN.value]
    ).fetchone()
    return get_user(db, row[0]) if row else None


def generate_on_open(db: sqlite_utils.Database, clock: Clock,
                     horizon_days: int = DEFAULT_HORIZON_DAYS) -> list[str]:
    """``generate`` for a database just opened or synced; costs one query when there is no active plan."""
    if TABLE not in db.table_names() or not db.execute(
            "SELECT 1 FROM maintenance_plans WHERE deleted_at IS NULL AND active = 1 LIMIT 1").fetchone():
        return []
    user = acting_user(db)
    if user is None:
        return []
    return generate(Context(db=db, user=user, clock=clock), horizon_days)
