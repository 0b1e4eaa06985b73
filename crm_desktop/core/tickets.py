"""Support tickets: opening, working and closing them, every step an event.

Every message, status change and reassignment is an append-only event: events from
two offline machines never conflict, they interleave, and the customer's timeline
shows them all. The ticket row holds the current state people edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlite_utils

from crm_desktop.core import contracts, fields, numbers, records, ticket_sla
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.support_choices import CHANNELS, DONE_STATUSES, PRIORITIES, STATUSES
from crm_desktop.core.support_settings import local_day
from crm_desktop.core.validation import FieldProblem, clean_text, parse_choice
from crm_desktop.db.connection import write_transaction
from crm_desktop.db.ids import new_id

TABLE = "tickets"
EVENTS = "ticket_events"
#: Fields a ticket form edits (status and assignee changes also become events).
EDITABLE = ("company_id", "person_id", "channel", "category", "product", "priority", "status", "assignee_id",
            "subject", "description", "resolution")






def validate(ctx: Context, values: Mapping[str, Any], current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Clean the given fields; on an update, rules are checked against the merged result."""
    c = fields.Collector(values)
    for name, parser in (
        ("company_id", fields.existing(ctx, "companies")),
        ("person_id", fields.existing(ctx, "people")),
        ("channel", lambda v: parse_choice(v, tuple(CHANNELS), "phone")),
        ("category", fields.text(60)),
        ("product", fields.text(120)),
        ("priority", lambda v: parse_choice(v, tuple(PRIORITIES), "normal")),
        ("status", lambda v: parse_choice(v, tuple(STATUSES), "new")),
        ("assignee_id", fields.existing(ctx, "users")),
        ("subject", fields.text(200)),
        ("description", fields.text(20000)),
        ("resolution", fields.text(20000)),
        ("opened_at", fields.moment),
    ):
        if name in values:
            c.take(name, parser)
    merged = {**(current or {}), **c.clean}
    if not merged.get("subject") and "subject" not in c.errors:
        c.fail("subject", Message(QT_TRANSLATE_NOOP("core", "Write what the problem is about.")))
    if not merged.get("company_id") and not merged.get("person_id") and not (
            {"company_id", "person_id"} & c.errors.keys()):
        c.fail("person_id", Message(QT_TRANSLATE_NOOP("core", "Choose the person or company concerned.")))
    if merged.get("status") in DONE_STATUSES and not merged.get("resolution") and "resolution" not in c.errors:
        c.fail("resolution", Message(QT_TRANSLATE_NOOP("core", "Write what solved the problem before resolving.")))
    clean = c.done()
    if clean.get("person_id") and not merged.get("company_id"):
        row = ctx.db.execute("SELECT company_id FROM people WHERE id = ?", [clean["person_id"]]).fetchone()
        if row and row[0]:
            clean["company_id"] = row[0]
    return clean


def _event(ctx: Context, ticket_id: str, kind: str, *, body: str | None = None, direction: str | None = None,
           old: str | None = None, new: str | None = None, at: str | None = None) -> str:
    return records.insert(ctx, EVENTS, {
        "ticket_id": ticket_id, "kind": kind, "at": at or ctx.now(), "user_id": ctx.user.id,
        "direction": direction, "body": body, "old_value": old, "new_value": new,
    })


def open_ticket(ctx: Context, values: Mapping[str, Any]) -> str:
    """Log a new problem; its number carries this machine's code, its level the customer's contract."""
    require(ctx.user, Perm.TICKET_WRITE)
    clean = validate(ctx, {"channel": "phone", "priority": "normal", **values, "status": "new"})
    opened_at = clean.pop("opened_at", None) or ctx.now()
    cover = contracts.coverage(ctx.db, clean.get("company_id"), clean.get("person_id"), local_day(ctx.db, opened_at))
    ticket_id = new_id()
    with write_transaction(ctx.db):
        # Inside the transaction: a failed insert gives its number back.
        number = numbers.next_number(ctx, "T")
        records.insert(ctx, TABLE, {**clean, "number": number, "opened_at": opened_at,
                                    "level_id": cover.level.id if cover else None}, record_id=ticket_id)
        if clean.get("assignee_id"):
            _event(ctx, ticket_id, "assign", new=clean["assignee_id"], at=opened_at)
        ticket_sla.refresh(ctx.db, [ticket_id], ctx.clock.now())
    ctx.announce(TABLE, ticket_id, "insert")
    return ticket_id


def get(db: sqlite_utils.Database, ticket_id: str) -> dict[str, Any]:
    return records.fetch(db, TABLE, ticket_id)


def find_by_number(db: sqlite_utils.Database, number: str) -> dict[str, Any]:
    rows = db.execute_returning_dicts(
        "SELECT id FROM tickets WHERE number = ? COLLATE NOCASE AND deleted_at IS NULL", [number.strip()])
    if not rows:
        from crm_desktop.core.errors import NotFound

        raise NotFound(QT_TRANSLATE_NOOP("core", "No ticket has the number {number}."), number=number)
    return get(db, rows[0]["id"])


def update(ctx: Context, ticket_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Save a ticket form: changed fields only; status and assignee changes become events."""
    require(ctx.user, Perm.TICKET_WRITE)
    current = get(ctx.db, ticket_id)
    wanted = {k: v for k, v in values.items() if k in EDITABLE}
    clean = validate(ctx, wanted, current)
    status = clean.get("status", current["status"])
    if status != current["status"]:
        _check_transition(current["status"], status)
        now = ctx.now()
        if status == "resolved":
            clean["resolved_at"] = now
        elif status == "closed":
            clean["closed_at"] = now
            clean["resolved_at"] = current["resolved_at"] or now
        elif status == "reopened":
            clean["resolved_at"] = None
            clean["closed_at"] = None
    if {"company_id", "person_id"} & clean.keys():
        # Another customer: their contract (on the day the ticket was opened) sets the level.
        merged = {**current, **clean}
        cover = contracts.coverage(ctx.db, merged.get("company_id"), merged.get("person_id"),
                                   local_day(ctx.db, current["opened_at"]))
        clean["level_id"] = cover.level.id if cover else None
    with write_transaction(ctx.db):
        changed = records.update(ctx, TABLE, ticket_id, clean)
        if "status" in changed:
            _event(ctx, ticket_id, "status", old=current["status"], new=changed["status"],
                   body=clean.get("resolution") if changed["status"] in DONE_STATUSES else None)
        if "assignee_id" in changed:
            _event(ctx, ticket_id, "assign", old=current["assignee_id"], new=changed["assignee_id"])
        if {"status", "priority", "level_id"} & changed.keys():
            ticket_sla.refresh(ctx.db, [ticket_id], ctx.clock.now())
    if changed:
        ctx.announce(TABLE, ticket_id, "update")
    return changed


_ALLOWED = {
    "new": {"open", "waiting", "resolved", "closed"},
    "open": {"waiting", "resolved", "closed"},
    "waiting": {"open", "resolved", "closed"},
    "reopened": {"open", "waiting", "resolved", "closed"},
    "resolved": {"closed", "reopened"},
    "closed": {"reopened"},
}


def _check_transition(old: str, new: str) -> None:
    if new not in _ALLOWED.get(old, set()):
        raise ValidationError({"status": Message(
            QT_TRANSLATE_NOOP("core", "A ticket that is {old} cannot become {new}."),
            {"old": Message(STATUSES.get(old, old)), "new": Message(STATUSES.get(new, new))})})


def set_status(ctx: Context, ticket_id: str, status: str, resolution: str | None = None) -> dict[str, Any]:
    values: dict[str, Any] = {"status": status}
    if resolution is not None:
        values["resolution"] = resolution
    return update(ctx, ticket_id, values)


def assign(ctx: Context, ticket_id: str, user_id: str | None) -> dict[str, Any]:
    return update(ctx, ticket_id, {"assignee_id": user_id})


def add_message(ctx: Context, ticket_id: str, body: str, direction: str | None = "out") -> str:
    """A message to or from the customer (``direction`` in/out), or an internal note (None).

    The desk's first written reply stops the first-response clock. A reply from the
    customer to a ticket waiting on them starts its clock again; a first reply from
    the desk takes a new ticket into work.
    """
    require(ctx.user, Perm.TICKET_WRITE)
    try:
        text = clean_text(body, 20000)
    except FieldProblem as exc:
        raise ValidationError({"body": exc.message}) from exc
    if not text:
        raise ValidationError({"body": Message(QT_TRANSLATE_NOOP("core", "Write the message first."))})
    if direction not in ("in", "out", None):
        raise ValueError(direction)
    current = get(ctx.db, ticket_id)
    wakes = (direction, current["status"]) in (("in", "waiting"), ("out", "new"))
    follow = "open" if wakes else None
    with write_transaction(ctx.db):
        event_id = _event(ctx, ticket_id, "message" if direction else "note", body=text, direction=direction)
        if follow:
            records.update(ctx, TABLE, ticket_id, {"status": follow})
            _event(ctx, ticket_id, "status", old=current["status"], new=follow)
        else:
            # The ticket's updated_at tells the queues that something happened.
            ctx.db.execute("UPDATE tickets SET updated_at = ?, updated_by = ? WHERE id = ?",
                           [ctx.now(), ctx.user.id, ticket_id])
        ticket_sla.refresh(ctx.db, [ticket_id], ctx.clock.now())
    ctx.announce(EVENTS, event_id, "insert")
    ctx.announce(TABLE, ticket_id, "update")
    return event_id


def events(db: sqlite_utils.Database, ticket_id: str) -> list[dict[str, Any]]:
    """The ticket's story, oldest first, with authors' names."""
    return db.execute_returning_dicts(
        "SELECT e.*, u.name AS user_name FROM ticket_events e LEFT JOIN users u ON u.id = e.user_id "
        "WHERE e.ticket_id = ? AND e.deleted_at IS NULL ORDER BY e.at, e.rid", [ticket_id])


def delete(ctx: Context, ticket_id: str) -> None:
    records.trash(ctx, TABLE, Perm.TICKET_DELETE, ticket_id)


def restore(ctx: Context, ticket_id: str) -> None:
    records.untrash(ctx, TABLE, ticket_id)
    with write_transaction(ctx.db):
        ticket_sla.refresh(ctx.db, [ticket_id], ctx.clock.now())


def customer_name(db: sqlite_utils.Database, ticket: Mapping[str, Any]) -> str:
    """"Person (Company)", or whichever of the two the ticket has."""
    person = company = ""
    if ticket.get("person_id"):
        row = db.execute("SELECT trim(coalesce(first_name, '') || ' ' || last_name) FROM people WHERE id = ?",
                         [ticket["person_id"]]).fetchone()
        person = row[0] if row else ""
    if ticket.get("company_id"):
        row = db.execute("SELECT name FROM companies WHERE id = ?", [ticket["company_id"]]).fetchone()
        company = row[0] if row else ""
    if person and company:
        return f"{person} ({company})"
    return person or company


class TicketClosed(CrmError):
    """Work (time, costs) recorded on a closed ticket: reopen it first."""


def require_open(db: sqlite_utils.Database, ticket_id: str) -> dict[str, Any]:
    ticket = get(db, ticket_id)
    if ticket["status"] == "closed":
        raise TicketClosed(QT_TRANSLATE_NOOP("core", "Ticket {number} is closed: reopen it first."),
                           number=ticket["number"])
    return ticket
