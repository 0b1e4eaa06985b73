"""History: one entry per touch with a customer, on any channel. Append-only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm_desktop.core import fields, records
from crm_desktop.core.choices import DIRECTIONS, HISTORY_KINDS
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.validation import parse_choice, parse_int

TABLE = "history"

#: Kinds that have a direction (in/out).
DIRECTED = frozenset({"call", "email", "letter", "fax", "sms"})




def validate(ctx: Context, values: Mapping[str, Any]) -> dict[str, Any]:
    c = fields.Collector(values)
    c.take("kind", lambda v: parse_choice(v, tuple(HISTORY_KINDS)))
    c.require("kind")
    c.take("direction", lambda v: parse_choice(v, tuple(DIRECTIONS)))
    c.take("occurred_at", fields.moment)
    c.take("duration_s", lambda v: parse_int(v, 0, 7 * 24 * 3600))
    c.take("subject", fields.text(300))
    c.take("body", fields.text(100000))
    c.take("person_id", fields.existing(ctx, "people"))
    c.take("company_id", fields.existing(ctx, "companies"))
    clean = c.clean
    if not clean.get("person_id") and not clean.get("company_id") and not (
        {"person_id", "company_id"} & c.errors.keys()
    ):
        c.fail("person_id", Message(QT_TRANSLATE_NOOP("core", "Choose the person or company concerned.")))
    if not clean.get("subject") and not clean.get("body") and "subject" not in c.errors:
        c.fail("subject", Message(QT_TRANSLATE_NOOP("core", "Write a subject or a text.")))
    if clean.get("direction") and clean.get("kind") not in DIRECTED:
        clean["direction"] = None
    clean = c.done()
    clean["occurred_at"] = clean.get("occurred_at") or ctx.now()
    if clean.get("person_id") and not clean.get("company_id"):
        row = ctx.db.execute("SELECT company_id FROM people WHERE id = ?", [clean["person_id"]]).fetchone()
        clean["company_id"] = row[0] if row else None
    return clean




def log(ctx: Context, values: Mapping[str, Any]) -> str:
    """Record a touch (call, e-mail, visit, note...). The author is the acting user."""
    require(ctx.user, Perm.HISTORY_WRITE)
    clean = validate(ctx, values)
    clean["user_id"] = ctx.user.id
    return records.create_checked(ctx, TABLE, Perm.HISTORY_WRITE, clean)


def get(ctx: Context, entry_id: str) -> dict[str, Any]:
    return records.fetch(ctx.db, TABLE, entry_id)


def delete(ctx: Context, entry_id: str) -> None:
    records.trash(ctx, TABLE, Perm.HISTORY_DELETE, entry_id)


def restore(ctx: Context, entry_id: str) -> None:
    records.untrash(ctx, TABLE, entry_id)
