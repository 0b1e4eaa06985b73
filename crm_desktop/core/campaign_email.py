"""The e-mail channel of a campaign: one personalised e-mail per pending send.

Each send is marked sent, bounced or failed in its own transaction as soon as the
server answered, so a crash, a Cancel or a server that goes down in the middle keeps
what was done, and the next run sends only the rest. The consent relied on was
recorded on the send row when the members were built; this module only sends.

``send`` runs in a worker thread with its own connection to the database file
(``run_with_own_connection``): the GUI keeps its connection, the bridge carries the
final notice to the views.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop.core import campaign_sends, mail_merge, records
from crm_desktop.core.changes import ChangeBus
from crm_desktop.core.clock import Clock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.mailer import Connect, Mailer, SendStopped, Sleep, build_message, connect_smtp
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.smtp_settings import SmtpSettings
from crm_desktop.core.users import User
from crm_desktop.core.validation import FieldProblem, normalize_email

CHANNEL = "email"
Progress = Callable[[int, int], bool | None]
Cancelled = Callable[[], bool]
#: Stored as the reason of a send bounced before reaching the server (the UI translates it).
BAD_ADDRESS = QT_TRANSLATE_NOOP("core", "Not a valid e-mail address.")


@dataclass
class EmailRunReport:
    """What one run did; ``stopped_reason`` says why it ended early (the rest stays to send)."""

    sent: int = 0
    bounced: int = 0
    failed: int = 0
    stopped_reason: Message | None = None
    cancelled: bool = False
    #: How many e-mails were to send when the run started.
    total: int = 0
    #: Sends that stopped being pending during the run (the person unsubscribed, another computer sent them).
    skipped: int = 0

    @property
    def done(self) -> int:
        return self.sent + self.bounced + self.failed

    @property
    def left(self) -> int:
        return self.total - self.done - self.skipped


def check_ready(campaign: dict[str, Any], smtp: SmtpSettings) -> None:
    """Refuse a run that would send nonsense: no server, no subject, unknown merge fields."""
    if not smtp.configured():
        raise CrmError(QT_TRANSLATE_NOOP("core", "Set up the mail server in the settings (E-mail page) first."))
    if campaign.get("status") == "cancelled":
        raise CrmError(QT_TRANSLATE_NOOP("core", "This campaign was cancelled: it sends nothing more."))
    if not (campaign.get("email_subject") or "").strip():
        raise CrmError(QT_TRANSLATE_NOOP("core", "The campaign's e-mail has no subject."))
    if not (campaign.get("email_body") or "").strip():
        raise CrmError(QT_TRANSLATE_NOOP("core", "The campaign's e-mail has no text."))
    unknown = mail_merge.unknown_fields(f"{campaign.get('email_subject')}\n{campaign.get('email_body')}")
    if unknown:
        raise CrmError(QT_TRANSLATE_NOOP("core", "The e-mail uses fields that do not exist: {fields}."),
                       fields=", ".join("{" + name + "}" for name in unknown))


def send(ctx: Context, campaign_id: str, smtp: SmtpSettings, progress: Progress | None = None,
         cancelled: Cancelled | None = None, sleep: Sleep = time.sleep,
         connect: Connect = connect_smtp) -> EmailRunReport:
    """Send the campaign's pending e-mails; ``progress`` returning False cancels like ``cancelled()``."""
    require(ctx.user, Perm.CAMPAIGN_SEND)
    campaign = records.fetch(ctx.db, "campaigns", campaign_id)
    check_ready(campaign, smtp)
    todo = campaign_sends.pending(ctx.db, campaign_id, CHANNEL)
    report = EmailRunReport(total=len(todo))
    if not todo:
        return report

    def stop_asked() -> bool:
        return bool(cancelled is not None and cancelled())

    def tell(done: int) -> bool:
        """Report progress; False when the caller asked to stop."""
        return not (progress is not None and progress(done, report.total) is False)

    if not tell(0) or stop_asked():
        report.cancelled = True
        return report
    subject, body = campaign["email_subject"], campaign["email_body"]
    mailer = Mailer(smtp, ctx.clock, sleep, connect)
    try:
        mailer.open()  # a server that is down stops the run before anything is touched
        for index, row in enumerate(todo):
            mailer.throttle()  # wait first: a Cancel pressed during a long pace stops before the next e-mail
            if index and (stop_asked() or not tell(index)):
                report.cancelled = True
                break
            _send_one(ctx, mailer, smtp, row, subject, body, report)
        else:
            tell(report.total)
    except SendStopped as exc:
        report.stopped_reason = exc.message
    finally:
        mailer.close()
        if report.done:
            ctx.announce("campaign_sends", None, "update")
    return report


def _send_one(ctx: Context, mailer: Mailer, smtp: SmtpSettings, row: dict[str, Any], subject: str, body: str,
              report: EmailRunReport) -> None:
    """Send one e-mail and record what became of it (its own transaction)."""
    if not _still_pending(ctx, row["id"]):
        report.skipped += 1
        return
    values = mail_merge.fields_for(row)
    raw_address = row.get("address") or row.get("email") or ""
    try:
        address = normalize_email(raw_address)
        if address is None:
            raise FieldProblem(BAD_ADDRESS)
        message = build_message(smtp, to_address=address, to_name=values["full_name"],
                                subject=mail_merge.render(subject, values), body=mail_merge.render(body, values),
                                language=row.get("language"), clock=ctx.clock)
    except (FieldProblem, ValueError, TypeError):
        campaign_sends.mark_failed(ctx, row["id"], BAD_ADDRESS, bounced=True, address=raw_address or None)
        report.bounced += 1
        return
    outcome = mailer.send(message, pace=False)  # SendStopped propagates: this send stays pending
    if outcome.status == "sent":
        campaign_sends.mark_sent(ctx, row["id"], address=address)
        report.sent += 1
    else:
        bounced = outcome.status == "bounced"
        campaign_sends.mark_failed(ctx, row["id"], outcome.reason or outcome.status, bounced=bounced, address=address)
        if bounced:
            report.bounced += 1
        else:
            report.failed += 1


def _still_pending(ctx: Context, send_id: str) -> bool:
    """A long paced run re-reads each send: a STOP recorded meanwhile must not get one more e-mail."""
    row = ctx.db.execute("SELECT status, deleted_at FROM campaign_sends WHERE id = ?", [send_id]).fetchone()
    return row is not None and row[0] == "pending" and row[1] is None


def run_with_own_connection(database: Path, user: User, clock: Clock, changes: ChangeBus, campaign_id: str,
                            smtp: SmtpSettings, progress: Progress | None = None,
                            cancelled: Cancelled | None = None, sleep: Sleep = time.sleep,
                            connect: Connect = connect_smtp) -> EmailRunReport:
    """``send`` in a worker thread: its own connection to the file, closed afterwards.

    ``changes`` is the GUI session's bus: the final notice reaches the views through
    the bridge, which queues it to the GUI thread.
    """
    from crm_desktop.db.connection import open_database

    db = open_database(database)
    try:
        ctx = Context(db=db, user=user, clock=clock, changes=changes)
        return send(ctx, campaign_id, smtp, progress=progress, cancelled=cancelled, sleep=sleep, connect=connect)
    finally:
        db.close()


def database_file(db: Any) -> Path | None:
    """The file behind ``db`` (None in memory): a worker opens its own connection to it."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None
