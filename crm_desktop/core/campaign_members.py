"""Who a campaign reaches, on which channel, relying on which consent; their replies and unsubscribes.

Building the members turns the segment into one member row per person and one send row per channel.
A send is "pending" only with a given consent for its channel and an address to use; the consent
entry relied on is copied onto the send as the proof. Ids are deterministic ("<campaign>:<person>"
and campaign_sends.send_id) so that two machines building the same campaign write the same rows,
and building again only adds newcomers and re-checks what was not sent yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from crm_desktop.core import campaign_sends, campaigns, consent_ledger, history, records
from crm_desktop.core.campaign_choices import NO_CONSENT, NO_EMAIL, NO_PHONE, NO_POSTAL, RESPONSE_KINDS
from crm_desktop.core.choices import CONSENT_CHANNELS
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, NotFound, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.support_settings import local_day
from crm_desktop.db.connection import write_transaction

TABLE = "campaign_members"
SENDS = "campaign_sends"
#: The history kind of a touch on each campaign channel.
HISTORY_KIND = {"email": "email", "letter": "letter", "phone": "call", "sms": "sms"}
#: Sends in these statuses are done: building again never changes them.
FINAL = frozenset({"sent", "failed", "bounced"})
_CHUNK = 500


@dataclass(frozen=True)
class BuildReport:
    """What a build left: members, and per channel how many sends are to do and how many were left out."""

    targeted: int
    excluded_by_channel: dict[str, int] = field(default_factory=dict)
    pending_by_channel: dict[str, int] = field(default_factory=dict)
    added: int = 0


def member_id(campaign_id: str, person_id: str) -> str:
    return f"{campaign_id}:{person_id}"


# -- building -------------------------------------------------------------------------------------


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def _people(db: sqlite_utils.Database, person_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The live people among ``person_ids`` with their company's address, in the given order."""
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(person_ids):
        marks = ",".join("?" * len(chunk))
        for row in db.execute_returning_dicts(
                "SELECT p.*, c.name AS company, c.street AS company_street, c.postcode AS company_postcode,"
                " c.city AS company_city, c.country AS company_country FROM people p"
                " LEFT JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL"
                f" WHERE p.id IN ({marks}) AND p.deleted_at IS NULL", list(chunk)):
            found[row["id"]] = records.from_db(row)
    return [found[pid] for pid in dict.fromkeys(person_ids) if pid in found]


def postal_address(person: Mapping[str, Any]) -> str | None:
    """The person's own postal address, else their company's, as lines; None without street and town."""
    for prefix in ("", "company_"):
        street = (person.get(f"{prefix}street") or "").strip()
        postcode = (person.get(f"{prefix}postcode") or "").strip()
        city = (person.get(f"{prefix}city") or "").strip()
        country = (person.get(f"{prefix}country") or "").strip()
        if street and (city or postcode):
            return "\n".join(line for line in (street, f"{postcode} {city}".strip(), country) if line)
    return None


def address_for(person: Mapping[str, Any], channel: str) -> str | None:
    """The address a send on ``channel`` would use (phones are stored in E.164 already)."""
    if channel == "email":
        return (person.get("email") or person.get("email2") or "").strip() or None
    if channel == "letter":
        return postal_address(person)
    if channel == "phone":
        return (person.get("phone") or person.get("mobile") or "").strip() or None
    if channel == "sms":
        return (person.get("mobile") or person.get("phone") or "").strip() or None
    raise ValueError(channel)


_MISSING = {"email": NO_EMAIL, "letter": NO_POSTAL, "phone": NO_PHONE, "sms": NO_PHONE}


def decide(person: Mapping[str, Any], channel: str) -> dict[str, Any]:
    """The send a person gets on one channel: pending with its consent and address, or excluded and why."""
    consent = campaign_sends.consent_of(person, channel)
    if consent is None:
        return {"status": "excluded", "consent": None, "address": None, "reason": NO_CONSENT}
    address = address_for(person, channel)
    if address is None:
        return {"status": "excluded", "consent": consent, "address": None, "reason": _MISSING[channel]}
    return {"status": "pending", "consent": consent, "address": address, "reason": None}


def _segment_people(ctx: Context, segment_id: str) -> list[str]:
    from crm_desktop.core import segments  # written alongside; imported late so that campaigns load without it

    return list(segments.person_ids(ctx.db, segments.get(ctx.db, segment_id)["filter"], ctx.clock.now()))


def build(ctx: Context, campaign_id: str) -> BuildReport:
    """Make or refresh the members and sends of a campaign from its segment now, and set it running."""
    require(ctx.user, Perm.CAMPAIGN_WRITE)
    campaign = campaigns.get(ctx.db, campaign_id)
    if not campaign.get("segment_id"):
        raise ValidationError({"segment_id": Message(QT_TRANSLATE_NOOP("core", "Choose who the campaign is for."))})
    if campaign["status"] == "cancelled":
        raise ValidationError({"status": Message(QT_TRANSLATE_NOOP(
            "core", "This campaign was cancelled: put it back to draft first."))})
    channels = list(campaign["channels"])
    added = 0
    # Read and write under the same lock: a sync landing in between cannot slip a send in twice.
    with write_transaction(ctx.db):
        people = _people(ctx.db, _segment_people(ctx, campaign["segment_id"]))
        members = {r[0] for r in ctx.db.execute("SELECT id FROM campaign_members WHERE campaign_id = ?",
                                                [campaign_id])}
        sends = {r["id"]: r for r in ctx.db.execute_returning_dicts(
            "SELECT id, status, deleted_at FROM campaign_sends WHERE campaign_id = ?", [campaign_id])}
        for person in people:
            mid = member_id(campaign_id, person["id"])
            if mid not in members:
                records.insert(ctx, TABLE, {"campaign_id": campaign_id, "person_id": person["id"],
                                            "company_id": person.get("company_id")}, record_id=mid)
                added += 1
            for channel in channels:
                sid = campaign_sends.send_id(campaign_id, person["id"], channel)
                current = sends.get(sid)
                if current is not None and (current["deleted_at"] or current["status"] in FINAL):
                    continue
                decision = decide(person, channel)
                if current is None:
                    records.insert(ctx, SENDS, {"campaign_id": campaign_id, "person_id": person["id"],
                                                "channel": channel, **decision}, record_id=sid)
                else:
                    records.update(ctx, SENDS, sid, decision)
        change: dict[str, Any] = {"status": "running"}
        if not campaign.get("launched_at"):
            change["launched_at"] = ctx.now()
        records.update(ctx, campaigns.TABLE, campaign_id, change)
    for table in (TABLE, SENDS):
        ctx.announce(table, None, "update")
    ctx.announce(campaigns.TABLE, campaign_id, "update")
    counts = campaign_sends.counts(ctx.db, campaign_id)
    targeted = ctx.db.execute("SELECT count(*) FROM campaign_members WHERE campaign_id = ? AND deleted_at IS NULL",
                              [campaign_id]).fetchone()[0]
    return BuildReport(
        targeted=targeted,
        excluded_by_channel={c: counts.get(c, {}).get("excluded", 0) for c in channels},
        pending_by_channel={c: counts.get(c, {}).get("pending", 0) for c in channels},
        added=added)


# -- reading --------------------------------------------------------------------------------------

#: Filters of the members list: a send status on any channel, or what happened with the member.
MEMBER_FILTERS: dict[str, str] = {
    **campaign_sends.STATUSES,
    "responded": QT_TRANSLATE_NOOP("core", "Replied"),
    "called": QT_TRANSLATE_NOOP("core", "Called"),
    "to_call": QT_TRANSLATE_NOOP("core", "To call"),
}


def _member_where(campaign_id: str, search: str | None, status: str | None) -> tuple[str, list[Any]]:
    where = "m.campaign_id = ? AND m.deleted_at IS NULL"
    params: list[Any] = [campaign_id]
    if search and search.strip():
        like = f"%{search.strip()}%"
        where += (" AND (p.first_name LIKE ? OR p.last_name LIKE ? OR c.name LIKE ? OR p.email LIKE ?"
                  " OR trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) LIKE ?)")
        params += [like] * 5
    if status == "responded":
        where += " AND m.responded_at IS NOT NULL"
    elif status == "called":
        where += " AND m.called_at IS NOT NULL"
    elif status == "to_call":
        where += (" AND EXISTS (SELECT 1 FROM campaign_sends s WHERE s.campaign_id = m.campaign_id"
                  " AND s.person_id = m.person_id AND s.channel = 'phone' AND s.status = 'pending'"
                  " AND s.deleted_at IS NULL)")
    elif status:
        where += (" AND EXISTS (SELECT 1 FROM campaign_sends s WHERE s.campaign_id = m.campaign_id"
                  " AND s.person_id = m.person_id AND s.status = ? AND s.deleted_at IS NULL)")
        params.append(status)
    return where, params


_MEMBER_FROM = (" FROM campaign_members m JOIN people p ON p.id = m.person_id"
                " LEFT JOIN companies c ON c.id = coalesce(m.company_id, p.company_id)"
                " LEFT JOIN users u ON u.id = m.caller_id")


def members(db: sqlite_utils.Database, campaign_id: str, search: str | None = None, status: str | None = None,
            limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    """One page of members by name, each with ``sends`` {channel: {status, reason, address}}, response and caller."""
    where, params = _member_where(campaign_id, search, status)
    rows = db.execute_returning_dicts(
        "SELECT m.*, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) AS person_name,"
        " p.email, p.phone, p.mobile, c.name AS company_name, u.name AS caller_name"
        f"{_MEMBER_FROM} WHERE {where}"
        " ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, m.id LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)])
    if not rows:
        return []
    by_person = {r["person_id"]: r for r in rows}
    for row in rows:
        row["sends"] = {}
    marks = ",".join("?" * len(by_person))
    for send in db.execute_returning_dicts(
            f"SELECT person_id, channel, status, reason, address, sent_at FROM campaign_sends WHERE campaign_id = ?"
            f" AND person_id IN ({marks}) AND deleted_at IS NULL", [campaign_id, *by_person]):
        by_person[send["person_id"]]["sends"][send["channel"]] = {
            k: send[k] for k in ("status", "reason", "address", "sent_at")}
    return rows


def member_count(db: sqlite_utils.Database, campaign_id: str, search: str | None = None,
                 status: str | None = None) -> int:
    """How many members ``members`` would list without paging (for the pager)."""
    where, params = _member_where(campaign_id, search, status)
    return int(db.execute(f"SELECT count(*){_MEMBER_FROM} WHERE {where}", params).fetchone()[0])


def get_member(db: sqlite_utils.Database, campaign_id: str, person_id: str) -> dict[str, Any]:
    return records.fetch(db, TABLE, member_id(campaign_id, person_id))


def of_person(db: sqlite_utils.Database, person_id: str) -> list[dict[str, Any]]:
    """The campaigns a person was part of, newest first, with what was sent and the reply (customer tab)."""
    return db.execute_returning_dicts(
        "SELECT m.*, k.name AS campaign_name, k.starts_on, k.status AS campaign_status,"
        " (SELECT group_concat(s.channel || ':' || s.status, ',') FROM campaign_sends s"
        "  WHERE s.campaign_id = m.campaign_id AND s.person_id = m.person_id AND s.deleted_at IS NULL) AS sends"
        " FROM campaign_members m JOIN campaigns k ON k.id = m.campaign_id AND k.deleted_at IS NULL"
        " WHERE m.person_id = ? AND m.deleted_at IS NULL ORDER BY k.starts_on DESC, m.id", [person_id])


# -- replies --------------------------------------------------------------------------------------


def _text(value: Any, name: str, limit: int) -> str:
    text = str(value or "").strip()
    if len(text) > limit:
        raise ValidationError({name: Message(QT_TRANSLATE_NOOP("core", "At most {n} characters."), {"n": limit})})
    return text


def log_entry(ctx: Context, values: Mapping[str, Any]) -> str:
    """A history entry written inside the caller's transaction (announced by the caller)."""
    clean = history.validate(ctx, values)
    clean["user_id"] = ctx.user.id
    return records.insert(ctx, history.TABLE, clean)


def record_response(ctx: Context, campaign_id: str, person_id: str, channel: str, text: str,
                    create: str | None = None, details: Mapping[str, Any] | None = None) -> dict[str, str]:
    """A member replied: note it on the member and the person's history, and maybe open a lead, task or deal.

    Everything happens in one transaction, so a refused task (no title...) leaves no half-recorded reply.
    Returns the ids made: ``history_id`` and ``lead_id``/``task_id``/``opportunity_id``.
    """
    require(ctx.user, Perm.CAMPAIGN_WRITE)
    errors: dict[str, Message] = {}
    if channel not in campaign_sends.CHANNELS:
        errors["channel"] = Message(QT_TRANSLATE_NOOP("core", "Unknown channel: {channel}."), {"channel": channel})
    body = _text(text, "text", 20000)
    if not body:
        errors["text"] = Message(QT_TRANSLATE_NOOP("core", "Write what the person answered."))
    kind = create or "none"
    if kind not in RESPONSE_KINDS:
        errors["create"] = Message(QT_TRANSLATE_NOOP("core", "Must be one of: {choices}."),
                                   {"choices": ", ".join(RESPONSE_KINDS)})
    if errors:
        raise ValidationError(errors)
    campaign = campaigns.get(ctx.db, campaign_id)
    try:
        member = get_member(ctx.db, campaign_id, person_id)
    except NotFound as exc:
        raise ValidationError({"person_id": Message(QT_TRANSLATE_NOOP(
            "core", "This person is not a member of the campaign."))}) from exc
    extra = dict(details or {})
    company_id = member.get("company_id")
    made: dict[str, str] = {}
    with write_transaction(ctx.db):
        records.update(ctx, TABLE, member["id"], {"responded_at": ctx.now(), "response_channel": channel,
                                                  "response": body})
        made["history_id"] = log_entry(ctx, {
            "kind": HISTORY_KIND[channel], "direction": "in", "occurred_at": ctx.now(),
            "subject": f"Reply to campaign {campaign['name']}"[:300], "body": body,
            "person_id": person_id, "company_id": company_id})
        if kind == "lead":
            from crm_desktop.core import leads  # written alongside by the leads part of this issue

            made["lead_id"] = leads.create(ctx, {
                "person_id": person_id, "company_id": company_id, "source": "campaign", "campaign_id": campaign_id,
                "interest": extra.get("interest") or body[:200], "notes": extra.get("notes") or body})
        elif kind == "task":
            from crm_desktop.core import tasks

            made["task_id"] = tasks.create(ctx, {
                "title": extra.get("title") or f"Follow up the reply to {campaign['name']}"[:200],
                "due_at": extra.get("due_at"), "assignee_id": extra.get("assignee_id"),
                "person_id": person_id, "company_id": company_id, "notes": extra.get("notes") or body})
        elif kind == "opportunity":
            from crm_desktop.core import opportunities

            made["opportunity_id"] = opportunities.create(ctx, {
                "title": extra.get("title") or campaign["name"], "person_id": person_id, "company_id": company_id,
                "campaign_id": campaign_id, "amount_cents": extra.get("amount_cents") or 0, "stage": "new",
                "owner_id": extra.get("owner_id") or ctx.user.id, "notes": extra.get("notes") or body})
    ctx.announce(TABLE, member["id"], "update")
    ctx.announce(history.TABLE, made["history_id"], "insert")
    return made


def unsubscribe(ctx: Context, person_id: str, channel: str, campaign_id: str | None = None) -> int:
    """The person wants no more of ``channel``: consent withdrawn today, logged, pending sends left out.

    ``channel`` is a campaign channel (email, letter, phone, sms) or a consent channel (post).
    Pending sends of every campaign relying on that consent are excluded; returns how many.
    """
    require(ctx.user, Perm.CAMPAIGN_WRITE)
    consent_channel = campaign_sends.CHANNEL_CONSENT.get(channel, channel)
    if consent_channel not in CONSENT_CHANNELS:
        raise ValidationError({"channel": Message(QT_TRANSLATE_NOOP("core", "Unknown channel: {channel}."),
                                                  {"channel": channel})})
    person = records.fetch(ctx.db, "people", person_id)
    name = campaigns.get(ctx.db, campaign_id)["name"] if campaign_id else None
    source = f"Unsubscribed from campaign {name}" if name else "Unsubscribed"
    consent = dict(person.get("consent") or {})
    consent[consent_channel] = {"status": "withdrawn", "date": local_day(ctx.db, ctx.now()).isoformat(),
                                "source": source[:200]}
    send_channels = [c for c, k in campaign_sends.CHANNEL_CONSENT.items() if k == consent_channel]
    marks = ",".join("?" * len(send_channels))
    pending = [r[0] for r in ctx.db.execute(
        f"SELECT id FROM campaign_sends WHERE person_id = ? AND channel IN ({marks}) AND status = 'pending'"
        " AND deleted_at IS NULL", [person_id, *send_channels])]
    with write_transaction(ctx.db):
        records.update(ctx, "people", person_id, {"consent": consent})
        consent_ledger.record(ctx, person_id, consent_channel, "withdrawn", consent_ledger.UNSUBSCRIBE, source[:200])
        history_id = log_entry(ctx, {"kind": "note", "occurred_at": ctx.now(), "person_id": person_id,
                                "company_id": person.get("company_id"),
                                "subject": f"{source} ({consent_channel})"[:300]})
        for send in pending:
            records.update(ctx, SENDS, send, {"status": "excluded", "reason": NO_CONSENT, "consent": None})
    ctx.announce("people", person_id, "update")
    ctx.announce(history.TABLE, history_id, "insert")
    if pending:
        ctx.announce(SENDS, None, "update")
    return len(pending)
