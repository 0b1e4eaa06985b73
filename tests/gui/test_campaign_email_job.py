"""Sending a campaign's e-mails from the window: worker, progress, Cancel, the summary."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.core import campaign_sends
from crm_desktop.core.campaign_email import EmailRunReport
from crm_desktop.core.changes import Change
from crm_desktop.core.context import Context
from crm_desktop.core.smtp_settings import save_smtp
from crm_desktop.ui.campaign_email_job import EmailJob, summary
from tests.smtp_server import LocalSmtp, free_port, running, settings_for
from tests.unit.test_campaign_email import PEOPLE, make_campaign


@pytest.fixture
def server() -> Iterator[LocalSmtp]:
    yield from running()


def test_the_job_sends_in_a_worker_and_tells_the_views(qtbot: QtBot, ctx: Context, server: LocalSmtp):
    campaign = make_campaign(ctx)
    save_smtp(ctx, server.settings())  # the job reads the saved settings, password included
    changes: list[Change] = []
    ctx.changes.subscribe(changes.append)
    job = EmailJob(ctx, campaign.id, show_dialog=False)
    progress: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=20_000), qtbot.waitSignal(job.done) as done:
        assert job.start()
    report = done.args[0]
    assert (report.sent, report.total, report.cancelled) == (3, 3, False)
    assert progress[-1] == (3, 3)
    assert len(server.received) == 3
    assert Change("campaign_sends", None, "update") in changes
    assert job.result_box is not None and job.result_box.text() == "3 e-mails sent."
    job.result_box.close()


def test_cancel_stops_between_two_e_mails_and_keeps_what_was_sent(qtbot: QtBot, ctx: Context, server: LocalSmtp):
    campaign = make_campaign(ctx)
    first_sent = threading.Event()
    release = threading.Event()

    original = server.handler.handle_DATA

    async def slow_after_first(srv, session, envelope):  # type: ignore[no-untyped-def]
        answer = await original(srv, session, envelope)
        first_sent.set()
        return answer

    server.handler.handle_DATA = slow_after_first  # type: ignore[method-assign]

    def paced(_seconds: float) -> None:  # the throttle's wait, held until the test pressed Cancel
        release.wait(10)

    job = EmailJob(ctx, campaign.id, show_dialog=True, show_result=False, smtp=server.settings(per_minute=60),
                   sleep=paced)
    with qtbot.waitSignal(job.done, timeout=20_000) as done:
        job.start()
        qtbot.waitUntil(first_sent.is_set, timeout=10_000)
        job.cancel()
        release.set()
    report: EmailRunReport = done.args[0]
    assert (report.sent, report.cancelled, report.left) == (1, True, 2)
    assert sorted(s["status"] for s in campaign_sends.rows(ctx.db, campaign.id, "email", status=None)) == [
        "pending", "pending", "sent"]
    assert summary(report) == "1 e-mails sent. 2 e-mails stay to send: send again to finish."


def test_a_server_down_is_told_and_nothing_is_marked(qtbot: QtBot, ctx: Context):
    campaign = make_campaign(ctx, PEOPLE[:2])
    smtp = settings_for(free_port())
    job = EmailJob(ctx, campaign.id, show_dialog=False, smtp=smtp)
    with qtbot.waitSignal(job.done, timeout=20_000) as done:
        job.start()
    assert done.args[0].stopped_reason is not None
    assert job.result_box is not None and "cannot be reached" in job.result_box.text()
    assert "2 e-mails stay to send" in job.result_box.text()
    job.result_box.close()


def test_a_campaign_that_cannot_send_is_explained(qtbot: QtBot, ctx: Context):
    campaign = make_campaign(ctx, PEOPLE[:1])
    job = EmailJob(ctx, campaign.id, show_dialog=False, show_result=False)  # no mail server saved
    with qtbot.waitSignal(job.failed, timeout=20_000) as failed:
        job.start()
    assert failed.args[0].startswith("Set up the mail server in the settings")
