"""A campaign's SMS as a CSV file for an SMS gateway: one row per pending send.

Header ``phone,message,person_id`` in UTF-8 (no byte-order mark: gateways are not spreadsheets).
The file is written next to its target and renamed into place, so a gateway watching the folder never
reads half a file; the sends are marked sent only once the file is complete. Numbers are E.164 as
stored; whether a number can receive an SMS is the gateway's call.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from crm_desktop.core import campaign_sends, campaigns, mail_merge, records
from crm_desktop.core.campaign_choices import NO_PHONE
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.db.connection import write_transaction

HEADER = ("phone", "message", "person_id")


def export(ctx: Context, campaign_id: str, path: str | Path) -> int:
    """Write the pending SMS of a campaign to ``path`` and mark them sent; returns how many rows."""
    require(ctx.user, Perm.CAMPAIGN_SEND)
    campaign = campaigns.get(ctx.db, campaign_id)
    target = Path(path)
    rows: list[tuple[str, str, str, str]] = []
    missing: list[str] = []
    for send in campaign_sends.pending(ctx.db, campaign_id, "sms"):
        number = (send.get("mobile") or send.get("phone") or "").strip()
        if not number:  # the number was removed after the members were built
            missing.append(send["id"])
            continue
        text = mail_merge.render(campaign.get("sms_text"), mail_merge.fields_for(send))
        rows.append((send["id"], number, text, send["person_id"]))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(HEADER)
                for _send, number, text, person_id in rows:
                    writer.writerow((number, text, person_id))
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise CrmError(QT_TRANSLATE_NOOP("core", "Could not write {path}: {reason}"), path=str(target),
                       reason=exc.strerror or str(exc)) from exc
    now = ctx.now()
    with write_transaction(ctx.db):
        for send_id, number, _text, _person in rows:
            records.update(ctx, "campaign_sends", send_id,
                           {"status": "sent", "sent_at": now, "address": number, "reason": None})
        for send_id in missing:
            records.update(ctx, "campaign_sends", send_id, {"status": "failed", "reason": NO_PHONE, "sent_at": now})
    if rows or missing:
        ctx.announce("campaign_sends", None, "update")
    return len(rows)
