"""Campaign e-mail speed: 5,000 e-mails to a real local SMTP server (aiosmtpd), no pace.

The server runs in a child process (as a real mail server would): in the test's own
process its thread would share the interpreter lock with the sender and the GUI and
the figures would measure the server as much as the sender.

(a) Core: ``campaign_email.send`` in the test's thread; the time for all 5,000
    (each one built, sent on the one open connection and recorded in its own
    transaction) is printed.
(b) GUI: the same run through ``EmailJob`` (a worker thread with its own database
    connection) while a QTimer ticks every 50 ms on the GUI thread: the largest gap
    between two ticks must stay under 200 ms, i.e. the window stays responsive.

Run: pytest tests/benchmarks/test_campaign_email_speed.py -s
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from crm_desktop.core import campaign_email, campaign_members, campaigns, records, segments
from crm_desktop.core.context import Context
from crm_desktop.core.smtp_settings import SmtpSettings
from crm_desktop.db.connection import write_transaction
from crm_desktop.ui.campaign_email_job import EmailJob
from tests.smtp_server import settings_for

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
COUNT = 5_000
TICK_MS = 50
MAX_GAP_MS = 200.0
CONSENT = {"email": {"status": "given", "date": "2026-01-10", "source": "shop form"}}


SERVER_CHILD = r"""
import sys
from tests.smtp_server import LocalSmtp
server = LocalSmtp(keep=False).start()
print("READY", server.port, flush=True)
sys.stdin.read()  # until the parent closes our input
server.stop()
print("RECEIVED", server.handler.count, flush=True)
"""


class ChildServer:
    """aiosmtpd in another process; ``received`` is known once it stopped."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", SERVER_CHILD], cwd=ROOT, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        ready = self.process.stdout.readline().split()  # blocks until the child listens
        assert ready[:1] == ["READY"], ready
        self.port = int(ready[1])
        self.received = -1

    def settings(self, **changes: object) -> SmtpSettings:
        return settings_for(self.port, **changes)  # type: ignore[arg-type]

    def stop(self) -> None:
        out, _err = self.process.communicate(timeout=60)
        self.received = int(out.split()[-1])


@pytest.fixture
def server() -> Iterator[ChildServer]:
    child = ChildServer()
    try:
        yield child
    finally:
        if child.process.poll() is None:
            child.process.kill()
            child.process.wait()


def _campaign(ctx: Context, count: int = COUNT) -> str:
    """``count`` people with e-mail consent (written directly: the benchmark is the sending)."""
    with write_transaction(ctx.db):
        for n in range(count):
            records.insert(ctx, "people", {"first_name": f"First{n}", "last_name": f"Last{n:05d}",
                                           "email": f"person{n}@example.org", "language": ("fr", "en")[n % 2],
                                           "consent": CONSENT, "tags": ["newsletter"], "stage": "customer"})
    segment = segments.create(ctx, {"name": "Newsletter", "filter": {"tags": ["newsletter"]}})
    campaign_id = campaigns.create(ctx, {
        "name": "Spring bread", "channels": ["email"], "segment_id": segment,
        "email_subject": "{first_name}, our spring breads",
        "email_body": "Dear {first_name} {last_name},\ntaste our new breads on Saturday.\n\nBoulangerie Dupont"})
    assert campaign_members.build(ctx, campaign_id).pending_by_channel == {"email": count}
    return campaign_id


def test_sending_5000_e_mails(ctx: Context, server: ChildServer):
    campaign_id = _campaign(ctx)
    started = time.perf_counter()
    report = campaign_email.send(ctx, campaign_id, server.settings(per_minute=0))
    elapsed = time.perf_counter() - started
    assert (report.sent, report.bounced, report.failed) == (COUNT, 0, 0)
    server.stop()
    assert server.received == COUNT
    print(f"\n{COUNT} e-mails sent and recorded in {elapsed:.2f} s ({COUNT / elapsed:.0f} per second)")


def test_the_window_stays_responsive_while_the_job_sends(qtbot: QtBot, ctx: Context, server: ChildServer):
    campaign_id = _campaign(ctx)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    job = EmailJob(ctx, campaign_id, show_dialog=True, show_result=False, smtp=server.settings(per_minute=0))
    started = time.perf_counter()
    timer.start()
    with qtbot.waitSignal(job.done, timeout=600_000) as done:
        job.start()
    elapsed = time.perf_counter() - started
    timer.stop()
    assert done.args[0].sent == COUNT
    server.stop()
    assert server.received == COUNT
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
    worst = max(gaps)
    print(f"\nEmailJob: {COUNT} e-mails in {elapsed:.2f} s; {len(ticks)} timer ticks of {TICK_MS} ms, "
          f"largest gap {worst:.0f} ms, median {sorted(gaps)[len(gaps) // 2]:.0f} ms")
    assert len(ticks) > elapsed * 1000 / TICK_MS * 0.8
    assert worst < MAX_GAP_MS
