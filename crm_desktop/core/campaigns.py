"""Campaigns: who to reach (a segment), on which channels, with which texts, and what it cost.

Templates are checked when the campaign is saved: a misspelt ``{frist_name}`` is refused then,
naming the field, rather than printed literally on thousands of letters. The status follows a
small set of moves (campaign_choices.MOVES) so that a cancelled campaign cannot quietly run again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlite_utils

from crm_desktop.core import fields, mail_merge, records
from crm_desktop.core.campaign_choices import MOVES, OBJECTIVES, STATUSES
from crm_desktop.core.campaign_sends import CHANNELS
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.support_settings import local_day
from crm_desktop.core.validation import FieldProblem, parse_amount, parse_choice, parse_date
from crm_desktop.db.connection import write_transaction

TABLE = "campaigns"
COSTS = "campaign_costs"
#: Fields a campaign form edits (status moves through set_status or update with a "status" value).
EDITABLE = ("name", "objective", "channels", "status", "starts_on", "ends_on", "budget_cents", "segment_id",
            "email_subject", "email_body", "letter_body", "sms_text", "call_script", "notes")
TEMPLATES = ("email_subject", "email_body", "letter_body", "sms_text", "call_script")
#: Three SMS segments: longer texts are split by gateways into too many paid messages.
SMS_MAX = 480
#: The template each channel needs before the campaign can be saved with that channel.
REQUIRED_TEMPLATES: dict[str, tuple[str, ...]] = {
    "email": ("email_subject", "email_body"),
    "letter": ("letter_body",),
    "sms": ("sms_text",),
}


def _channels(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        items = [value]
    elif isinstance(value, list | tuple | set | frozenset):
        items = list(value)
    else:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Choose the channels from the list."))
    out: list[str] = []
    for item in items:
        key = str(item).strip().lower()
        if key not in CHANNELS:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "Unknown channel: {channel}."), channel=key)
        if key not in out:
            out.append(key)
    return [c for c in CHANNELS if c in out]


def _sms(value: Any) -> str | None:
    text = fields.text(100000)(value)
    if text is not None and len(text) > SMS_MAX:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "An SMS has at most {n} characters (this one has {count})."),
                           n=SMS_MAX, count=len(text))
    return text


def _validate(ctx: Context, values: Mapping[str, Any], current: Mapping[str, Any] | None) -> dict[str, Any]:
    c = fields.Collector(values)
    for name, parser in (
        ("name", fields.text(200)),
        ("objective", lambda v: parse_choice(v, tuple(OBJECTIVES), "acquisition")),
        ("channels", _channels),
        ("status", lambda v: parse_choice(v, tuple(STATUSES))),
        ("starts_on", parse_date),
        ("ends_on", parse_date),
        ("budget_cents", parse_amount),
        ("segment_id", fields.existing(ctx, "segments")),
        ("email_subject", fields.text(300)),
        ("email_body", fields.text(100000)),
        ("letter_body", fields.text(100000)),
        ("sms_text", _sms),
        ("call_script", fields.text(20000)),
        ("notes", fields.text(20000)),
    ):
        if name in values:
            c.take(name, parser)
    if "budget_cents" in c.clean and c.clean["budget_cents"] is None:
        c.clean["budget_cents"] = 0
    merged = {**(current or {}), **c.clean}
    if not merged.get("name") and "name" not in c.errors:
        c.fail("name", Message(QT_TRANSLATE_NOOP("core", "Give the campaign a name.")))
    if not merged.get("channels") and "channels" not in c.errors:
        c.fail("channels", Message(QT_TRANSLATE_NOOP("core", "Choose at least one channel.")))
    if (merged.get("starts_on") and merged.get("ends_on") and merged["ends_on"] < merged["starts_on"]
            and not {"starts_on", "ends_on"} & c.errors.keys()):
        c.fail("ends_on", Message(QT_TRANSLATE_NOOP("core", "The campaign cannot end before it starts.")))
    for channel in merged.get("channels") or ():
        for name in REQUIRED_TEMPLATES.get(channel, ()):
            if not merged.get(name) and name not in c.errors:
                c.fail(name, Message(QT_TRANSLATE_NOOP("core", "Write the text of this channel.")))
    for name in TEMPLATES:
        unknown = mail_merge.unknown_fields(merged.get(name)) if name in c.clean else []
        if unknown:
            c.fail(name, Message(QT_TRANSLATE_NOOP("core", "Unknown merge fields: {names}."),
                                 {"names": ", ".join("{" + u + "}" for u in unknown)}))
    status = c.clean.get("status")
    if status and current is not None and status != current["status"] and status not in MOVES[current["status"]]:
        c.fail("status", Message(QT_TRANSLATE_NOOP("core", "A campaign cannot go from {old} to {new}."),
                                 {"old": Message(STATUSES[current["status"]]), "new": Message(STATUSES[status])}))
    if current is None and status and status != "draft":
        c.fail("status", Message(QT_TRANSLATE_NOOP("core", "A new campaign starts as a draft.")))
    return c.done()


def create(ctx: Context, values: Mapping[str, Any]) -> str:
    """A new draft campaign; it starts today unless a start day is given."""
    require(ctx.user, Perm.CAMPAIGN_WRITE)
    wanted = {k: v for k, v in values.items() if k in EDITABLE}
    clean = _validate(ctx, wanted, None)
    clean["status"] = "draft"
    if not clean.get("starts_on"):
        clean["starts_on"] = local_day(ctx.db, ctx.now()).isoformat()
        if clean.get("ends_on") and clean["ends_on"] < clean["starts_on"]:
            raise ValidationError({"ends_on": Message(
                QT_TRANSLATE_NOOP("core", "The campaign cannot end before it starts."))})
    clean.setdefault("objective", "acquisition")
    clean.setdefault("budget_cents", 0)
    with write_transaction(ctx.db):
        campaign_id = records.insert(ctx, TABLE, clean)
    ctx.announce(TABLE, campaign_id, "insert")
    return campaign_id


def update(ctx: Context, campaign_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Save a campaign form: changed fields only (a status change must be an allowed move)."""
    require(ctx.user, Perm.CAMPAIGN_WRITE)
    current = get(ctx.db, campaign_id)
    wanted = {k: v for k, v in values.items() if k in EDITABLE}
    clean = _validate(ctx, wanted, current)
    return records.update_checked(ctx, TABLE, campaign_id, clean)


def set_status(ctx: Context, campaign_id: str, status: str) -> dict[str, Any]:
    """Move a campaign to another status (draft → running → done, or cancelled)."""
    return update(ctx, campaign_id, {"status": status})


def delete(ctx: Context, campaign_id: str) -> None:
    """To the trash; its members, sends and costs stay with it and come back on restore."""
    records.trash(ctx, TABLE, Perm.CAMPAIGN_WRITE, campaign_id)


def restore(ctx: Context, campaign_id: str) -> None:
    records.untrash(ctx, TABLE, campaign_id)


def get(db: sqlite_utils.Database, campaign_id: str) -> dict[str, Any]:
    return records.fetch(db, TABLE, campaign_id)


def all_campaigns(db: sqlite_utils.Database, start: str | None = None, end: str | None = None) -> list[dict[str, Any]]:
    """Live campaigns running at some point between the days ``start`` and ``end`` (either open), newest first.

    Each row carries the segment's name and the total cost, which every list of campaigns shows.
    """
    where = ["c.deleted_at IS NULL"]
    params: list[Any] = []
    if end:
        where.append("(c.starts_on IS NULL OR c.starts_on <= ?)")
        params.append(str(end))
    if start:
        where.append("(coalesce(c.ends_on, c.starts_on) IS NULL OR coalesce(c.ends_on, c.starts_on) >= ?)")
        params.append(str(start))
    rows = db.execute_returning_dicts(
        "SELECT c.*, s.name AS segment_name, (SELECT coalesce(sum(k.amount_cents), 0) FROM campaign_costs k"
        " WHERE k.campaign_id = c.id AND k.deleted_at IS NULL) AS cost_cents"
        " FROM campaigns c LEFT JOIN segments s ON s.id = c.segment_id"
        f" WHERE {' AND '.join(where)} ORDER BY c.starts_on DESC, c.name COLLATE NOCASE, c.id", params)
    return [records.from_db(r) for r in rows]


# -- costs ----------------------------------------------------------------------------------------


def _validate_cost(ctx: Context, values: Mapping[str, Any]) -> dict[str, Any]:
    c = fields.Collector(values)
    c.take("description", fields.text(300))
    c.take("amount_cents", parse_amount)
    c.take("spent_on", parse_date)
    c.take("channel", lambda v: parse_choice(v, tuple(CHANNELS)))
    if not c.clean.get("description") and "description" not in c.errors:
        c.fail("description", Message(QT_TRANSLATE_NOOP("core", "Say what was paid for.")))
    if c.clean.get("amount_cents") is None and "amount_cents" not in c.errors:
        c.fail("amount_cents", Message(QT_TRANSLATE_NOOP("core", "Give the amount.")))
    clean = c.done()
    clean["spent_on"] = clean.get("spent_on") or local_day(ctx.db, ctx.now()).isoformat()
    return clean


def add_cost(ctx: Context, campaign_id: str, values: Mapping[str, Any]) -> str:
    """A cost of the campaign (printing, stamps, SMS credits...), optionally of one channel."""
    require(ctx.user, Perm.CAMPAIGN_WRITE)
    get(ctx.db, campaign_id)
    clean = _validate_cost(ctx, values)
    with write_transaction(ctx.db):
        cost_id = records.insert(ctx, COSTS, {**clean, "campaign_id": campaign_id})
    ctx.announce(COSTS, cost_id, "insert")
    return cost_id


def remove_cost(ctx: Context, cost_id: str) -> None:
    records.trash(ctx, COSTS, Perm.CAMPAIGN_WRITE, cost_id)


def costs(db: sqlite_utils.Database, campaign_id: str) -> list[dict[str, Any]]:
    """The campaign's costs, oldest first."""
    return db.execute_returning_dicts(
        "SELECT * FROM campaign_costs WHERE campaign_id = ? AND deleted_at IS NULL ORDER BY spent_on, created_at, id",
        [campaign_id])


def total_cost(db: sqlite_utils.Database, campaign_id: str) -> int:
    row = db.execute("SELECT coalesce(sum(amount_cents), 0) FROM campaign_costs WHERE campaign_id = ? "
                     "AND deleted_at IS NULL", [campaign_id]).fetchone()
    return int(row[0])


def choices(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Campaigns a sale or a deal can be credited to (any not deleted; the newest first)."""
    return db.execute_returning_dicts(
        "SELECT id, name FROM campaigns WHERE deleted_at IS NULL ORDER BY coalesce(starts_on, created_at) DESC, name")


def showcase(db: sqlite_utils.Database) -> str | None:
    """The launched campaign with the most replies (screenshots and the demo tour open it)."""
    row = db.execute(
        "SELECT c.id FROM campaigns c LEFT JOIN campaign_members m ON m.campaign_id = c.id "
        "AND m.responded_at IS NOT NULL AND m.deleted_at IS NULL WHERE c.deleted_at IS NULL "
        "AND c.launched_at IS NOT NULL GROUP BY c.id ORDER BY count(m.id) DESC, c.starts_on DESC LIMIT 1").fetchone()
    return row[0] if row else None
