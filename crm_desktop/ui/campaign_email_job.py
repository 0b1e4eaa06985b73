"""Sending a campaign's e-mails from the window: a worker, a progress dialog, Cancel.

Thousands of e-mails paced to the server's limit take minutes: the run goes to a
worker thread with its OWN connection to the database file (core's
``campaign_email.run_with_own_connection``), so the window stays usable. Each e-mail
is recorded as soon as the server answered; Cancel stops between two e-mails and a
later run sends only the rest. The final notice reaches the views through the
session's change bus (the bridge queues it to the GUI thread).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.core import campaign_email
from crm_desktop.core.campaign_email import EmailRunReport
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.mailer import Connect, Sleep, connect_smtp
from crm_desktop.core.smtp_settings import SmtpSettings, load_smtp
from crm_desktop.ui.errors import report_exception
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.workers import Job, Progress, Task

#: How often a paced wait looks whether Cancel was pressed.
CANCEL_POLL_S = 0.2


class EmailJob(QObject):
    """One run of a campaign's e-mail channel; ``start()`` once, then wait for ``done``."""

    progressed = Signal(int, int)
    #: The EmailRunReport of the run (also after Cancel, or when the server stopped it).
    done = Signal(object)
    #: The run could not start or broke: the text for the user.
    failed = Signal(str)
    #: After done or failed, always.
    finished = Signal()

    def __init__(self, ctx: Context, campaign_id: str, database_path: Path | None = None,
                 parent: QWidget | None = None, show_dialog: bool = True, show_result: bool = True,
                 smtp: SmtpSettings | None = None, sleep: Sleep | None = None,
                 connect: Connect = connect_smtp) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.database_path = database_path or campaign_email.database_file(ctx.db)
        self._parent = parent
        self._show_dialog = show_dialog
        self._show_result = show_result
        self._smtp = smtp
        self._sleep = sleep
        self._connect = connect
        self.task: Task | None = None
        self.report: EmailRunReport | None = None
        self.error = ""
        self.result_box: QMessageBox | None = None

    def running(self) -> bool:
        return self.task is not None and not self.task.is_done()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def start(self) -> bool:
        """Start sending; False (and ``failed``) when the run cannot even start."""
        if self.task is not None:
            return False
        if self.database_path is None:
            self._fail(self.tr("Campaign e-mails are sent from a database file, not from memory."))
            return False
        smtp = self._smtp or load_smtp(self.ctx.db)  # the password comes from this computer's settings
        task = Task(self._job(self.database_path, smtp), self.tr("Campaign e-mails"),
                    self.tr("Sending the campaign's e-mails…"), self._parent, show_dialog=self._show_dialog)
        task.setParent(self)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._ended)
        task.cancelled.connect(lambda: self._ended(task.result))
        task.failed.connect(self._broke)
        task.finished.connect(self.finished)
        self.task = task
        task.start()
        return True

    def _job(self, database: Path, smtp: SmtpSettings) -> Job:
        ctx, campaign_id, connect = self.ctx, self.campaign_id, self._connect
        user, clock, changes = ctx.user, ctx.clock, ctx.changes
        sleep = self._sleep or self._cancellable_sleep

        def job(progress: Progress) -> EmailRunReport:
            return campaign_email.run_with_own_connection(database, user, clock, changes, campaign_id, smtp,
                                                          progress=progress, sleep=sleep, connect=connect)

        return job

    def _cancellable_sleep(self, seconds: float) -> None:
        """The pace between two e-mails, cut short by Cancel (runs in the worker thread)."""
        deadline = time.monotonic() + seconds
        while self.task is not None and not self.task.is_cancelled():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(CANCEL_POLL_S, left))

    def _progressed(self, done: int, total: int) -> None:
        if self.task is not None and self.task.dialog is not None and total:
            self.task.dialog.setLabelText(self.tr("Sending the campaign's e-mails: {done} of {total}…").format(
                done=done, total=total))
        self.progressed.emit(done, total)

    def _ended(self, report: object) -> None:
        if not isinstance(report, EmailRunReport):  # cancelled before the job returned anything
            report = EmailRunReport(cancelled=True)
        self.report = report
        if self._show_result:
            self._show(summary(report), warning=report.stopped_reason is not None)
        self.done.emit(report)

    def _broke(self, error: BaseException) -> None:
        if isinstance(error, CrmError):
            self._fail(error_text(error))
        else:
            report_exception(error)
            self._fail(self.tr("Sending stopped because of an unexpected error; what was sent is recorded."))

    def _fail(self, text: str) -> None:
        self.error = text
        if self._show_result:
            self._show(text, warning=True)
        self.failed.emit(text)

    def _show(self, text: str, warning: bool) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                          self.tr("Campaign e-mails"), text, QMessageBox.StandardButton.Ok, self._parent)
        self.result_box = box
        box.open()


def summary(report: EmailRunReport) -> str:
    """What a run did, in one short paragraph for the user."""
    parts = [QCoreApplication.translate("EmailJob", "{sent} e-mails sent.").format(sent=report.sent)]
    if report.bounced:
        parts.append(QCoreApplication.translate(
            "EmailJob", "{n} addresses refused them for good.").format(n=report.bounced))
    if report.failed:
        parts.append(QCoreApplication.translate(
            "EmailJob", "{n} could not be delivered now; retry them later.").format(n=report.failed))
    if report.skipped:
        parts.append(QCoreApplication.translate(
            "EmailJob", "{n} were left out meanwhile (unsubscribed, or sent from another computer).").format(
            n=report.skipped))
    if report.stopped_reason is not None:
        parts.append(render(report.stopped_reason))
    if report.cancelled or report.stopped_reason is not None:
        if report.left > 0:
            parts.append(QCoreApplication.translate(
                "EmailJob", "{n} e-mails stay to send: send again to finish.").format(n=report.left))
    elif report.total == 0:
        parts = [QCoreApplication.translate("EmailJob", "There was no e-mail left to send.")]
    return " ".join(parts)
