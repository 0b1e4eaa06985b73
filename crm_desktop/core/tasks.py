"""Follow-up tasks: something to do by a given time, for one user, often about a customer.

Due times are stored in UTC like every moment. A due *date* alone (``YYYY-MM-DD``)
means 09:00 in the shop's time zone that day: a follow-up "on Thursday" is then
reminded at the start of the working day, not at midnight. "Today" is the shop's
calendar day (support settings' time zone), so a task due at 00:30 in Brussels
belongs to that Brussels day although it is still the day before in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core import fields, records
from crm_desktop.core.clock import to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.support_settings import load_support
from crm_desktop.core.validation import FieldProblem
from crm_desktop.db.connection import write_transaction

TABLE = "tasks"
#: The hour, in the shop's time zone, of a task given a due date without a time.
DEFAULT_HOUR = time(9, 0)
#: Kinds of record a task may be linked to, and the table that holds each.
RECORD_TABLES = {"person": "people", "company": "companies", "ticket": "tickets",
                 "intervention": "interventions", "sale": "sales"}
RECORD_KINDS = {
    "person": QT_TRANSLATE_NOOP("core", "Person"),
    "company": QT_TRANSLATE_NOOP("core", "Company"),
    "ticket": QT_TRANSLATE_NOOP("core", "Ticket"),
    "intervention": QT_TRANSLATE_NOOP("core", "Intervention"),
    "sale": QT_TRANSLATE_NOOP("core", "Sale"),
}
#: Fields a task form edits.
EDITABLE = ("title", "notes", "due_at", "assignee_id", "person_id", "company_id", "record_kind", "record_id")

#: Tasks with what a list shows next to them: assignee, customer and linked record.
_SELECT = (
    "SELECT t.*, u.name AS assignee_name,"
    " trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) AS person_name,"
    " c.name AS company_name,"
    " CASE t.record_kind"
    "  WHEN 'ticket' THEN (SELECT k.number || ' ' || k.subject FROM tickets k WHERE k.id = t.record_id)"
    "  WHEN 'intervention' THEN (SELECT i.number || ' ' || i.subject FROM interventions i WHERE i.id = t.record_id)"
    "  WHEN 'sale' THEN (SELECT s.number FROM sales s WHERE s.id = t.record_id)"
    " END AS record_label"
    " FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id"
    " LEFT JOIN people p ON p.id = t.person_id LEFT JOIN companies c ON c.id = t.company_id"
)


def shop_zone(db: sqlite_utils.Database) -> ZoneInfo:
    return ZoneInfo(load_support(db).timezone)


def _due(db: sqlite_utils.Database) -> Any:
    """Parser of a due time: a moment, or a date alone meaning DEFAULT_HOUR in the shop's zone."""

    def parse(value: Any) -> str | None:
        if isinstance(value, datetime):
            return to_iso(value)
        if isinstance(value, date):
            value = value.isoformat()
        text = str(value).strip() if value is not None else ""
        if len(text) == 10:
            try:
                day = date.fromisoformat(text)
            except ValueError as exc:
                raise FieldProblem(QT_TRANSLATE_NOOP("core", "Not a date and time.")) from exc
            return to_iso(datetime.combine(day, DEFAULT_HOUR, shop_zone(db)))
        return fields.moment(text)

    return parse


def validate(ctx: Context, values: Mapping[str, Any], current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Clean the given fields; on an update, links are checked against the merged result."""
    c = fields.Collector(values)
    for name, parser in (
        ("title", fields.text(200)),
        ("notes", fields.text(20000)),
        ("due_at", _due(ctx.db)),
        ("assignee_id", fields.existing(ctx, "users")),
        ("person_id", fields.existing(ctx, "people")),
        ("company_id", fields.existing(ctx, "companies")),
        ("record_kind", fields.text(20)),
        ("record_id", fields.text(64)),
    ):
        if name in values:
            c.take(name, parser)
    merged = {**(current or {}), **c.clean}
    if not merged.get("title") and "title" not in c.errors:
        c.fail("title", Message(QT_TRANSLATE_NOOP("core", "Write what there is to do.")))
    kind, record_id = merged.get("record_kind"), merged.get("record_id")
    linked: dict[str, Any] = {}
    if ({"record_kind", "record_id"} & c.clean.keys()) and not ({"record_kind", "record_id"} & c.errors.keys()):
        if kind and kind not in RECORD_TABLES:
            c.fail("record_kind", Message(QT_TRANSLATE_NOOP("core", "Unknown kind of record: {kind}."),
                                          {"kind": kind}))
        elif bool(kind) != bool(record_id):
            c.fail("record_id", Message(QT_TRANSLATE_NOOP("core", "A linked record needs both its kind and its id.")))
        elif kind:
            rows = ctx.db.execute_returning_dicts(
                f"SELECT * FROM {RECORD_TABLES[kind]} WHERE id = ? AND deleted_at IS NULL", [record_id])
            if not rows:
                c.fail("record_id", Message(QT_TRANSLATE_NOOP("core", "The linked {kind} does not exist (any more)."),
                                            {"kind": Message(RECORD_KINDS[kind])}))
            else:
                linked = rows[0]
    clean = c.done()
    # The customer follows from what the task is linked to, unless given.
    if kind == "person" and linked and not merged.get("person_id"):
        clean["person_id"] = record_id
    elif kind == "company" and linked and not merged.get("company_id"):
        clean["company_id"] = record_id
    elif linked:
        for column in ("person_id", "company_id"):
            if linked.get(column) and not merged.get(column):
                clean[column] = linked[column]
    final = {**merged, **clean}
    if final.get("person_id") and not final.get("company_id"):
        row = ctx.db.execute("SELECT company_id FROM people WHERE id = ?", [final["person_id"]]).fetchone()
        if row and row[0]:
            clean["company_id"] = row[0]
    return clean


def create(ctx: Context, values: Mapping[str, Any]) -> str:
    """A new open task; assigned to the acting user unless someone else is chosen."""
    require(ctx.user, Perm.TASK_WRITE)
    wanted = {k: v for k, v in values.items() if k in EDITABLE}
    clean = validate(ctx, wanted)
    clean.setdefault("assignee_id", None)
    if not clean["assignee_id"]:
        clean["assignee_id"] = ctx.user.id
    with write_transaction(ctx.db):
        task_id = records.insert(ctx, TABLE, clean)
    ctx.announce(TABLE, task_id, "insert")
    return task_id


def update(ctx: Context, task_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Save a task form: changed fields only. A new due time is reminded again."""
    require(ctx.user, Perm.TASK_WRITE)
    current = get(ctx.db, task_id)
    wanted = {k: v for k, v in values.items() if k in EDITABLE}
    clean = validate(ctx, wanted, current)
    if "assignee_id" in clean and not clean["assignee_id"]:
        clean["assignee_id"] = current["assignee_id"] or ctx.user.id
    if "due_at" in clean and clean["due_at"] != current["due_at"]:
        clean["reminded_at"] = None
    if "assignee_id" in clean and clean["assignee_id"] != current["assignee_id"]:
        clean["reminded_at"] = None  # the new assignee has not been told yet
    return records.update_checked(ctx, TABLE, task_id, clean)


def complete(ctx: Context, task_id: str) -> None:
    """Done now (nothing is written to the history: the timeline shows done tasks)."""
    require(ctx.user, Perm.TASK_WRITE)
    if get(ctx.db, task_id)["done_at"]:
        return
    records.update_checked(ctx, TABLE, task_id, {"done_at": ctx.now()})


def reopen(ctx: Context, task_id: str) -> None:
    """Undo a completion (a tick by mistake)."""
    require(ctx.user, Perm.TASK_WRITE)
    records.update_checked(ctx, TABLE, task_id, {"done_at": None})


def delete(ctx: Context, task_id: str) -> None:
    require(ctx.user, Perm.TASK_DELETE)
    records.trash(ctx, TABLE, Perm.TASK_WRITE, task_id)


def restore(ctx: Context, task_id: str) -> None:
    records.untrash(ctx, TABLE, task_id)


def get(db: sqlite_utils.Database, task_id: str) -> dict[str, Any]:
    return records.fetch(db, TABLE, task_id)


def describe(db: sqlite_utils.Database, task_id: str) -> dict[str, Any]:
    """One task with its assignee's, customer's and linked record's names (for a dialog or a popup)."""
    rows = db.execute_returning_dicts(f"{_SELECT} WHERE t.id = ? AND t.deleted_at IS NULL", [task_id])
    if not rows:
        get(db, task_id)  # raises NotFound
    return rows[0]


def _day_end(db: sqlite_utils.Database, now: datetime, days: int = 0) -> str:
    """UTC ISO start of the shop's local day ``days`` after the one after ``now``'s."""
    zone = shop_zone(db)
    today = now.astimezone(zone).date()
    return to_iso(datetime.combine(today + timedelta(days=days + 1), time(0), zone))


def _open(db: sqlite_utils.Database, user_id: str | None, where: str, params: list[Any]) -> list[dict[str, Any]]:
    sql = f"{_SELECT} WHERE t.done_at IS NULL AND t.deleted_at IS NULL AND {where}"
    if user_id is not None:
        sql += " AND t.assignee_id = ?"
        params = [*params, user_id]
    return db.execute_returning_dicts(sql + " ORDER BY t.due_at, t.title, t.id", params)


def today(db: sqlite_utils.Database, user_id: str | None, now: datetime) -> list[dict[str, Any]]:
    """Open tasks overdue or due during the shop's current day, by due time (so overdue first).

    ``user_id`` None means everyone's. Each row carries ``overdue`` (due before ``now``).
    """
    rows = _open(db, user_id, "t.due_at IS NOT NULL AND t.due_at < ?", [_day_end(db, now)])
    moment = to_iso(now)
    for row in rows:
        row["overdue"] = row["due_at"] < moment
    return rows


def upcoming(db: sqlite_utils.Database, user_id: str | None, now: datetime, days: int = 7) -> list[dict[str, Any]]:
    """Open tasks due on the ``days`` shop days after today, by due time."""
    return _open(db, user_id, "t.due_at >= ? AND t.due_at < ?", [_day_end(db, now), _day_end(db, now, days)])


def for_customer(db: sqlite_utils.Database, company_id: str | None = None,
                 person_id: str | None = None) -> list[dict[str, Any]]:
    """A customer's tasks: open ones first by due time, then done ones, newest first."""
    if not company_id and not person_id:
        return []
    return db.execute_returning_dicts(
        f"{_SELECT} WHERE t.deleted_at IS NULL AND (t.company_id = ? OR t.person_id = ?)"
        " ORDER BY t.done_at IS NOT NULL, CASE WHEN t.done_at IS NULL THEN t.due_at END,"
        " t.done_at DESC, t.id", [company_id, person_id])


def for_record(db: sqlite_utils.Database, kind: str, record_id: str) -> list[dict[str, Any]]:
    """The tasks linked to one record (a ticket, an intervention, a sale...), open first."""
    return db.execute_returning_dicts(
        f"{_SELECT} WHERE t.deleted_at IS NULL AND t.record_kind = ? AND t.record_id = ?"
        " ORDER BY t.done_at IS NOT NULL, t.due_at, t.id", [kind, record_id])


def due_reminders(db: sqlite_utils.Database, user_id: str, now: datetime) -> list[dict[str, Any]]:
    """The user's open tasks due at or before ``now`` that have not been reminded yet."""
    return _open(db, user_id, "t.due_at IS NOT NULL AND t.due_at <= ? AND t.reminded_at IS NULL", [to_iso(now)])


def mark_reminded(ctx: Context, ids: Iterable[str]) -> None:
    """Remember that these tasks were shown, so that no reminder comes twice (on any machine)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return
    now = ctx.now()
    with write_transaction(ctx.db):
        for task_id in wanted:
            records.update(ctx, TABLE, task_id, {"reminded_at": now})
    for task_id in wanted:
        ctx.announce(TABLE, task_id, "update")



def link_names(db: sqlite_utils.Database, values: Mapping[str, Any]) -> dict[str, Any]:
    """The names a new task's form shows for the customer and record it is linked to."""
    row = {"person_id": values.get("person_id"), "company_id": values.get("company_id"),
           "record_kind": values.get("record_kind"), "record_id": values.get("record_id")}
    if row["person_id"] and not row["company_id"]:
        found = db.execute("SELECT company_id FROM people WHERE id = ?", [row["person_id"]]).fetchone()
        row["company_id"] = found[0] if found else None
    names = db.execute_returning_dicts(
        "SELECT (SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) FROM people"
        " WHERE id = :person_id) AS person_name, (SELECT name FROM companies WHERE id = :company_id) AS company_name,"
        " CASE :record_kind"
        "  WHEN 'ticket' THEN (SELECT number || ' ' || subject FROM tickets WHERE id = :record_id)"
        "  WHEN 'intervention' THEN (SELECT number || ' ' || subject FROM interventions WHERE id = :record_id)"
        "  WHEN 'sale' THEN (SELECT number FROM sales WHERE id = :record_id)"
        " END AS record_label", row)[0]
    return {**row, **names}
