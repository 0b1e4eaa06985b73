"""Phoning a campaign's members: who calls whom, the list each caller works through, and each call's outcome.

A call's outcome is kept on the member (the latest one), logged on the person's history and closes the
phone send when the person was really reached (or the number proved wrong); "no answer" and "call back"
leave the send pending so the member stays on the caller's list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from crm_desktop.core import campaign_members, campaign_sends, campaigns, mail_merge, records
from crm_desktop.core.campaign_choices import CALL_DONE, CALL_OUTCOMES
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, NotFound, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.validation import FieldProblem, parse_int
from crm_desktop.db.connection import write_transaction

WRONG_NUMBER = QT_TRANSLATE_NOOP("core", "Wrong number")


def split(ctx: Context, campaign_id: str, user_ids: Sequence[str]) -> dict[str, int]:
    """Share the members still to call evenly between ``user_ids``; members already called keep their caller.

    Returns {caller: members to call now assigned}. Members are dealt in name order, one each in turn.
    """
    require(ctx.user, Perm.CAMPAIGN_WRITE)
    campaigns.get(ctx.db, campaign_id)
    callers = list(dict.fromkeys(u for u in user_ids if u))
    if not callers:
        raise ValidationError({"user_ids": Message(QT_TRANSLATE_NOOP("core", "Choose who will call."))})
    known = {r[0] for r in ctx.db.execute(
        f"SELECT id FROM users WHERE deleted_at IS NULL AND id IN ({','.join('?' * len(callers))})", callers)}
    if len(known) != len(callers):
        raise ValidationError({"user_ids": Message(QT_TRANSLATE_NOOP("core", "This record no longer exists."))})
    to_call = [r[0] for r in ctx.db.execute(
        "SELECT m.id FROM campaign_members m JOIN campaign_sends s ON s.campaign_id = m.campaign_id"
        " AND s.person_id = m.person_id AND s.channel = 'phone' AND s.status = 'pending' AND s.deleted_at IS NULL"
        " JOIN people p ON p.id = m.person_id"
        " WHERE m.campaign_id = ? AND m.deleted_at IS NULL AND m.called_at IS NULL"
        " ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, m.id", [campaign_id])]
    shares = dict.fromkeys(callers, 0)
    with write_transaction(ctx.db):
        for index, member in enumerate(to_call):
            caller = callers[index % len(callers)]
            records.update(ctx, campaign_members.TABLE, member, {"caller_id": caller})
            shares[caller] += 1
    if to_call:
        ctx.announce(campaign_members.TABLE, None, "update")
    return shares


def call_list(db: sqlite_utils.Database, campaign_id: str, caller_id: str | None) -> list[dict[str, Any]]:
    """A caller's members (``None``: those nobody calls yet), still to call first, each with the script rendered.

    Rows: person_id, name, company, phone, script, outcome (key or None), called_at, send_status, response.
    """
    campaign = campaigns.get(db, campaign_id)
    caller_where = "m.caller_id = ?" if caller_id else "m.caller_id IS NULL"
    rows = db.execute_returning_dicts(
        "SELECT m.person_id, m.call_outcome AS outcome, m.called_at, m.response, s.status AS send_status,"
        " s.address, p.title, p.first_name, p.last_name, p.email, p.phone, p.mobile, p.street, p.postcode,"
        " p.city, p.country, c.name AS company FROM campaign_members m"
        " JOIN campaign_sends s ON s.campaign_id = m.campaign_id AND s.person_id = m.person_id"
        " AND s.channel = 'phone' AND s.deleted_at IS NULL AND s.status <> 'excluded'"
        " JOIN people p ON p.id = m.person_id LEFT JOIN companies c ON c.id = coalesce(m.company_id, p.company_id)"
        f" WHERE m.campaign_id = ? AND m.deleted_at IS NULL AND {caller_where}"
        " ORDER BY s.status <> 'pending', m.called_at IS NOT NULL, p.last_name COLLATE NOCASE,"
        " p.first_name COLLATE NOCASE, m.id", [campaign_id, *([caller_id] if caller_id else [])])
    out = []
    for row in rows:
        values = mail_merge.fields_for(row)
        out.append({"person_id": row["person_id"], "name": values["full_name"], "company": row["company"],
                    "phone": row["address"] or row["phone"] or row["mobile"],
                    "script": mail_merge.render(campaign.get("call_script"), values),
                    "outcome": row["outcome"], "called_at": row["called_at"], "send_status": row["send_status"],
                    "response": row["response"]})
    return out


def log_call(ctx: Context, campaign_id: str, person_id: str, outcome: str, note: str | None,
             duration_s: int | None = None, create: str | None = None,
             details: Mapping[str, Any] | None = None) -> dict[str, str]:
    """Record one call; "reached-interested" also records the reply (and ``create`` a lead, task or deal).

    All in one transaction. Returns the ids made (``history_id``, and those of record_response).
    """
    require(ctx.user, Perm.CAMPAIGN_SEND)
    errors: dict[str, Message] = {}
    key = (outcome or "").strip().lower().replace("_", "-").replace(" ", "-")
    if key not in CALL_OUTCOMES:
        errors["outcome"] = Message(QT_TRANSLATE_NOOP("core", "Choose how the call went."))
    try:
        seconds = parse_int(duration_s, 0, 24 * 3600)
    except FieldProblem as exc:
        errors["duration_s"] = exc.message
    text = (note or "").strip()
    if len(text) > 20000:
        errors["note"] = Message(QT_TRANSLATE_NOOP("core", "At most {n} characters."), {"n": 20000})
    if errors:
        raise ValidationError(errors)
    campaign = campaigns.get(ctx.db, campaign_id)
    try:
        member = campaign_members.get_member(ctx.db, campaign_id, person_id)
    except NotFound as exc:
        raise ValidationError({"person_id": Message(QT_TRANSLATE_NOOP(
            "core", "This person is not a member of the campaign."))}) from exc
    sid = campaign_sends.send_id(campaign_id, person_id, "phone")
    send = ctx.db.execute_returning_dicts("SELECT * FROM campaign_sends WHERE id = ? AND deleted_at IS NULL", [sid])
    label = CALL_OUTCOMES[key]
    made: dict[str, str] = {}
    with write_transaction(ctx.db):
        records.update(ctx, campaign_members.TABLE, member["id"], {
            "call_outcome": key, "called_at": ctx.now(), **({} if member.get("caller_id") else
                                                            {"caller_id": ctx.user.id})})
        made["history_id"] = campaign_members.log_entry(ctx, {
            "kind": "call", "direction": "out", "occurred_at": ctx.now(), "duration_s": seconds,
            "subject": f"Campaign {campaign['name']}: {label}"[:300], "body": text or None,
            "person_id": person_id, "company_id": member.get("company_id")})
        if send and send[0]["status"] in ("pending", "failed") and key in CALL_DONE:
            if key == "wrong-number":
                records.update(ctx, "campaign_sends", sid,
                               {"status": "failed", "reason": WRONG_NUMBER, "sent_at": ctx.now()})
            else:
                records.update(ctx, "campaign_sends", sid, {"status": "sent", "reason": None, "sent_at": ctx.now()})
        if key == "reached-interested":
            made.update({k: v for k, v in campaign_members.record_response(
                ctx, campaign_id, person_id, "phone", text or label, create, details).items() if k != "history_id"})
    ctx.announce(campaign_members.TABLE, member["id"], "update")
    ctx.announce("campaign_sends", sid, "update")
    ctx.announce("history", made["history_id"], "insert")
    return made
