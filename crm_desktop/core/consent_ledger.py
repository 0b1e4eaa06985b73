"""The consent ledger: every consent given or withdrawn, per channel and purpose, with when, how and proof.

``people.consent`` stays the summary (the latest state per channel, what campaigns read);
the ledger is the record GDPR asks for: it is append-only and synced, so that "when and how
did this person agree?" has an answer on every machine even after the summary changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core import records
from crm_desktop.core.choices import CONSENT_CHANNELS, CONSENT_STATES
from crm_desktop.core.clock import to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.support_settings import load_support, local_day

TABLE = "consent_events"
PURPOSE = "marketing"

FORM = "form"
UNSUBSCRIBE = "unsubscribe"
IMPORT = "import"
ERASURE = "erasure"
#: How a consent reached the ledger.
METHODS: dict[str, str] = {
    FORM: QT_TRANSLATE_NOOP("core", "Person form"),
    UNSUBSCRIBE: QT_TRANSLATE_NOOP("core", "Unsubscribe"),
    IMPORT: QT_TRANSLATE_NOOP("core", "Import"),
    ERASURE: QT_TRANSLATE_NOOP("core", "Erasure"),
}


def _moment(ctx: Context, day: str | None) -> str:
    """When a consent was given: now if it is today's, else the start of that (shop's) day."""
    now = ctx.now()
    if not day:
        return now
    try:
        given = date.fromisoformat(day)
    except ValueError:
        return now
    if given >= local_day(ctx.db, now):
        return now
    zone = ZoneInfo(load_support(ctx.db).timezone)
    return to_iso(datetime.combine(given, time(0), zone))


def record(ctx: Context, person_id: str, channel: str, status: str, method: str, proof: str | None = None,
           at: str | None = None, purpose: str = PURPOSE) -> str:
    """Append one entry inside the caller's transaction (the caller checked the permission)."""
    if channel not in CONSENT_CHANNELS or status not in CONSENT_STATES:
        raise ValueError(f"{channel}/{status}")
    return records.insert(ctx, TABLE, {
        "person_id": person_id, "channel": channel, "purpose": purpose, "status": status,
        "at": at or ctx.now(), "method": method, "proof": proof, "user_id": ctx.user.id})


def record_changes(ctx: Context, person_id: str, before: Mapping[str, Any] | None,
                   after: Mapping[str, Any] | None, method: str) -> int:
    """Log the channels whose consent summary changed from ``before`` to ``after``; returns how many.

    A channel dropped from the summary counts as withdrawn: without an entry nobody may rely on it.
    """
    before = before or {}
    after = after or {}
    written = 0
    for channel in CONSENT_CHANNELS:
        old, new = before.get(channel) or None, after.get(channel) or None
        if old == new:
            continue
        if new is None:
            record(ctx, person_id, channel, "withdrawn", method)
        else:
            record(ctx, person_id, channel, new["status"], method, new.get("source"), _moment(ctx, new.get("date")))
        written += 1
    return written


def history(db: sqlite_utils.Database, person_id: str) -> list[dict[str, Any]]:
    """Every entry of a person, oldest first, with the name of who recorded it."""
    return db.execute_returning_dicts(
        "SELECT e.id, e.channel, e.purpose, e.status, e.at, e.method, e.proof, e.user_id, u.name AS user_name"
        " FROM consent_events e LEFT JOIN users u ON u.id = e.user_id"
        " WHERE e.person_id = ? AND e.deleted_at IS NULL ORDER BY e.at, e.created_at, e.rid", [person_id])


def latest(db: sqlite_utils.Database, person_id: str) -> dict[str, dict[str, Any]]:
    """The newest entry per channel (what the summary should say)."""
    out: dict[str, dict[str, Any]] = {}
    for entry in history(db, person_id):
        out[entry["channel"]] = entry
    return out


def reconcile(ctx: Context, person_ids: Iterable[str] | None = None, method: str = IMPORT) -> int:
    """Log the summaries the ledger does not reflect yet (people written in bulk, e.g. by an import).

    Call inside the writer's transaction. A channel is logged when its summary state differs
    from the ledger's newest entry for it; returns how many entries were written. Without
    ``person_ids``, every person with a consent summary is checked.
    """
    if person_ids is None:
        person_ids = [r[0] for r in ctx.db.execute(
            "SELECT id FROM people WHERE consent NOT IN ('{}', '') AND deleted_at IS NULL")]
    written = 0
    for person_id in person_ids:
        row = ctx.db.execute("SELECT consent FROM people WHERE id = ?", [person_id]).fetchone()
        if row is None:
            continue
        summary = records.from_db({"consent": row[0]})["consent"]
        known = latest(ctx.db, person_id)
        for channel, entry in summary.items():
            last = known.get(channel)
            if last is not None and last["status"] == entry.get("status") and last["proof"] == entry.get("source"):
                continue
            record(ctx, person_id, channel, entry["status"], method, entry.get("source"),
                   _moment(ctx, entry.get("date")))
            written += 1
    return written
