"""What each channel of a campaign has to do and what it did, one row per person and channel.

Rows are made when the campaign's members are built (``campaign_members``); the senders
(e-mail, letters, SMS export, call lists) read the pending ones and mark each sent or failed
in its own small transaction, so a crash or a Cancel in the middle keeps what was done and a
relaunch sends only the rest. Ids are "<campaign>:<person>:<channel>" so two machines
building the same campaign write the same rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlite_utils

from crm_desktop.core import records
from crm_desktop.core.context import Context
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.db.connection import write_transaction

#: Campaign channels and the consent channel each relies on.
CHANNEL_CONSENT: dict[str, str] = {"email": "email", "letter": "post", "phone": "phone", "sms": "sms"}

CHANNELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("core", "E-mail"),
    "letter": QT_TRANSLATE_NOOP("core", "Letter"),
    "phone": QT_TRANSLATE_NOOP("core", "Phone"),
    "sms": QT_TRANSLATE_NOOP("core", "SMS"),
}

STATUSES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("core", "To send"),
    "sent": QT_TRANSLATE_NOOP("core", "Sent"),
    "failed": QT_TRANSLATE_NOOP("core", "Failed"),
    "bounced": QT_TRANSLATE_NOOP("core", "Bounced"),
    "excluded": QT_TRANSLATE_NOOP("core", "Left out"),
}


def send_id(campaign_id: str, person_id: str, channel: str) -> str:
    return f"{campaign_id}:{person_id}:{channel}"


_PERSON_COLUMNS = """s.id, s.campaign_id, s.person_id, s.channel, s.status, s.consent, s.address, s.reason,
    s.sent_at, p.title, p.first_name, p.last_name, p.email, p.email2, p.phone, p.mobile, p.street, p.postcode,
    p.city, p.country, p.language, p.company_id, c.name AS company, c.street AS company_street,
    c.postcode AS company_postcode, c.city AS company_city, c.country AS company_country"""


def rows(db: sqlite_utils.Database, campaign_id: str, channel: str, status: str | None = "pending",
         limit: int | None = None) -> list[dict[str, Any]]:
    """The sends of one channel (default: those still to do) with the person's fields, by name."""
    where = "s.campaign_id = ? AND s.channel = ? AND s.deleted_at IS NULL"
    params: list[Any] = [campaign_id, channel]
    if status is not None:
        where += " AND s.status = ?"
        params.append(status)
    sql = (f"SELECT {_PERSON_COLUMNS} FROM campaign_sends s JOIN people p ON p.id = s.person_id "
           f"LEFT JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL WHERE {where} "
           "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, s.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [records.from_db(r) for r in db.execute_returning_dicts(sql, params)]


def pending(db: sqlite_utils.Database, campaign_id: str, channel: str) -> list[dict[str, Any]]:
    return rows(db, campaign_id, channel, "pending")


def mark_sent(ctx: Context, send: str, address: str | None = None, at: str | None = None) -> None:
    """One send done: its own transaction, so an interrupted run keeps it."""
    require(ctx.user, Perm.CAMPAIGN_SEND)
    with write_transaction(ctx.db):
        records.update(ctx, "campaign_sends", send,
                       {"status": "sent", "sent_at": at or ctx.now(), "reason": None,
                        **({"address": address} if address else {})})


def mark_failed(ctx: Context, send: str, reason: str, bounced: bool = False, address: str | None = None) -> None:
    """A failure is recorded with its reason; the send stays out of the next run unless retried."""
    require(ctx.user, Perm.CAMPAIGN_SEND)
    with write_transaction(ctx.db):
        records.update(ctx, "campaign_sends", send,
                       {"status": "bounced" if bounced else "failed", "reason": reason[:500],
                        "sent_at": ctx.now(), **({"address": address} if address else {})})


def retry_failed(ctx: Context, campaign_id: str, channel: str) -> int:
    """Put failed (not bounced) sends of a channel back to pending; returns how many."""
    require(ctx.user, Perm.CAMPAIGN_SEND)
    failed = ctx.db.execute(
        "SELECT id FROM campaign_sends WHERE campaign_id = ? AND channel = ? AND status = 'failed' "
        "AND deleted_at IS NULL", [campaign_id, channel]).fetchall()
    with write_transaction(ctx.db):
        for (row_id,) in failed:
            records.update(ctx, "campaign_sends", row_id, {"status": "pending", "reason": None})
    if failed:
        ctx.announce("campaign_sends", None, "update")
    return len(failed)


def counts(db: sqlite_utils.Database, campaign_id: str) -> dict[str, dict[str, int]]:
    """{channel: {status: n}} of one campaign."""
    out: dict[str, dict[str, int]] = {}
    for channel, status, n in db.execute(
        "SELECT channel, status, COUNT(*) FROM campaign_sends WHERE campaign_id = ? AND deleted_at IS NULL "
        "GROUP BY channel, status", [campaign_id]
    ).fetchall():
        out.setdefault(channel, {})[status] = n
    return out


def consent_of(person: Mapping[str, Any], channel: str) -> dict[str, str] | None:
    """The consent entry a send may rely on, or None when it is missing or withdrawn."""
    consent = person.get("consent") or {}
    entry = consent.get(CHANNEL_CONSENT.get(channel, channel)) if isinstance(consent, Mapping) else None
    if isinstance(entry, Mapping) and entry.get("status") == "given":
        return dict(entry)
    return None


def excluded_reasons(db: sqlite_utils.Database, campaign_id: str) -> dict[str, dict[str, int]]:
    """{channel: {reason: n}} of the sends left out, so the list can say why people were not reached."""
    out: dict[str, dict[str, int]] = {}
    for channel, reason, n in db.execute(
        "SELECT channel, coalesce(reason, ''), COUNT(*) FROM campaign_sends WHERE campaign_id = ? "
        "AND status = 'excluded' AND deleted_at IS NULL GROUP BY channel, reason ORDER BY COUNT(*) DESC",
        [campaign_id],
    ).fetchall():
        out.setdefault(channel, {})[reason] = n
    return out
