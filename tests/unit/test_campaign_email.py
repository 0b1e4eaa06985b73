"""A campaign's e-mails through a real local SMTP server: personalised, recorded, resumable."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from crm_desktop.core import campaign_email, campaign_members, campaign_sends, campaigns, people, segments
from crm_desktop.core.changes import Change
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, PermissionDenied
from crm_desktop.core.mailer import LOGIN_REFUSED, SERVER_DOWN
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from tests.smtp_server import LocalSmtp, free_port, running

CONSENT = {"email": {"status": "given", "date": "2026-01-10", "source": "shop form"}}
PEOPLE = [("Alice", "Martin", "alice@example.org", "fr"), ("Bruno", "Lefèvre", "bruno@example.org", "fr"),
          ("Chloe", "Peeters", "chloe@example.org", "en")]


@pytest.fixture
def server() -> Iterator[LocalSmtp]:
    yield from running()


@pytest.fixture
def login_server() -> Iterator[LocalSmtp]:
    yield from running(require_login=True)


@dataclass
class Campaign:
    id: str
    people: dict[str, str]  # e-mail -> person id


def make_campaign(ctx: Context, who: list[tuple[str, str, str, str]] = PEOPLE) -> Campaign:
    """People with e-mail consent, a segment of them and a campaign built from it (the real functions)."""
    ids = {email: people.create(ctx, {"first_name": first, "last_name": last, "email": email, "language": language,
                                      "consent": CONSENT, "tags": ["newsletter"]})
           for first, last, email, language in who}
    segment = segments.create(ctx, {"name": "Newsletter", "filter": {"tags": ["newsletter"]}})
    campaign_id = campaigns.create(ctx, {
        "name": "Spring bread", "channels": ["email"], "segment_id": segment,
        "email_subject": "{first_name}, our spring breads", "email_body": "Dear {first_name} {last_name},\n"
                                                                          "taste our new breads on Saturday."})
    report = campaign_members.build(ctx, campaign_id)
    assert report.pending_by_channel == {"email": len(who)}
    return Campaign(campaign_id, ids)


def statuses(ctx: Context, campaign: Campaign) -> dict[str, str]:
    rows = campaign_sends.rows(ctx.db, campaign.id, "email", status=None)
    return {row["email"]: row["status"] for row in rows}


def test_three_people_get_their_own_e_mail_and_each_send_is_recorded(ctx, server):
    campaign = make_campaign(ctx)
    changes: list[Change] = []
    ctx.changes.subscribe(changes.append)
    seen: list[tuple[int, int]] = []
    report = campaign_email.send(ctx, campaign.id, server.settings(), progress=lambda d, t: seen.append((d, t)))
    assert (report.sent, report.bounced, report.failed, report.stopped_reason, report.cancelled) == (3, 0, 0, None,
                                                                                                     False)
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    by_to = {r.rcpt_tos[0]: r.message for r in server.received}
    assert set(by_to) == {"alice@example.org", "bruno@example.org", "chloe@example.org"}
    alice = by_to["alice@example.org"]
    assert alice["To"].addresses[0].display_name == "Alice Martin"
    assert alice["Subject"] == "Alice, our spring breads"
    assert alice["Reply-To"] == "contact@boulangerie.example"
    assert alice["List-Unsubscribe"] == "<mailto:contact@boulangerie.example?subject=STOP>"
    assert alice["Date"] == "Mon, 02 Mar 2026 09:30:00 +0000"
    body = alice.get_content().replace("\r\n", "\n")  # the wire's line ends
    assert body.startswith("Dear Alice Martin,\ntaste our new breads on Saturday.")
    assert "répondez STOP ou écrivez à contact@boulangerie.example" in body
    assert by_to["bruno@example.org"]["Subject"] == "Bruno, our spring breads"
    assert "Dear Bruno Lefèvre," in by_to["bruno@example.org"].get_content()
    assert "To stop receiving our e-mails, reply STOP" in by_to["chloe@example.org"].get_content()
    assert set(statuses(ctx, campaign).values()) == {"sent"}
    row = campaign_sends.rows(ctx.db, campaign.id, "email", status="sent")[0]
    assert row["sent_at"] == "2026-03-02T09:30:00.000Z" and row["consent"]["source"] == "shop form"
    assert [c for c in changes if c.table == "campaign_sends"] == [Change("campaign_sends", None, "update")]
    # Nothing is left: a second run sends nothing again.
    again = campaign_email.send(ctx, campaign.id, server.settings())
    assert (again.total, again.sent) == (0, 0)
    assert len(server.received) == 3


def test_a_bounced_address_is_recorded_and_the_others_still_go(ctx, server):
    campaign = make_campaign(ctx)
    server.handler.refused.add("bruno@example.org")
    report = campaign_email.send(ctx, campaign.id, server.settings())
    assert (report.sent, report.bounced, report.failed) == (2, 1, 0)
    assert statuses(ctx, campaign) == {"alice@example.org": "sent", "bruno@example.org": "bounced",
                                       "chloe@example.org": "sent"}
    bounced = campaign_sends.rows(ctx.db, campaign.id, "email", status="bounced")[0]
    assert bounced["reason"].startswith("550") and "No such user" in bounced["reason"]
    assert sorted(r.rcpt_tos[0] for r in server.received) == ["alice@example.org", "chloe@example.org"]
    # A bounce is final: retrying failed sends does not bring it back.
    assert campaign_sends.retry_failed(ctx, campaign.id, "email") == 0


def test_server_down_stops_with_a_clear_message_and_everything_stays_to_send(ctx, server):
    campaign = make_campaign(ctx)
    report = campaign_email.send(ctx, campaign.id, server.settings(port=free_port()))
    assert (report.sent, report.bounced, report.failed, report.cancelled) == (0, 0, 0, False)
    assert report.stopped_reason is not None and report.stopped_reason.text == SERVER_DOWN
    assert "cannot be reached" in report.stopped_reason.render()
    assert set(statuses(ctx, campaign).values()) == {"pending"}
    updated = ctx.db.execute("SELECT count(*) FROM campaign_sends WHERE updated_at != created_at").fetchone()[0]
    assert updated == 0  # nothing was touched


def test_a_refused_login_stops_with_a_clear_message(ctx, login_server):
    campaign = make_campaign(ctx)
    report = campaign_email.send(ctx, campaign.id, login_server.settings(password="wrong"))
    assert report.stopped_reason is not None and report.stopped_reason.text == LOGIN_REFUSED
    assert report.done == 0 and set(statuses(ctx, campaign).values()) == {"pending"}
    fine = campaign_email.send(ctx, campaign.id, login_server.settings())
    assert fine.sent == 3 and len(login_server.received) == 3


def test_cancel_after_two_keeps_them_and_a_relaunch_sends_only_the_rest(ctx, server):
    campaign = make_campaign(ctx)
    report = campaign_email.send(ctx, campaign.id, server.settings(), cancelled=lambda: len(server.received) >= 2)
    assert (report.sent, report.cancelled, report.left) == (2, True, 1)
    first_two = [r.rcpt_tos[0] for r in server.received]
    assert first_two == ["bruno@example.org", "alice@example.org"]  # by last name: Lefèvre, Martin
    assert statuses(ctx, campaign) == {"alice@example.org": "sent", "bruno@example.org": "sent",
                                       "chloe@example.org": "pending"}
    rest = campaign_email.send(ctx, campaign.id, server.settings())
    assert (rest.total, rest.sent) == (1, 1)
    assert [r.rcpt_tos[0] for r in server.received] == [*first_two, "chloe@example.org"]


def test_progress_returning_false_cancels_like_the_worker_dialog(ctx, server):
    campaign = make_campaign(ctx)
    report = campaign_email.send(ctx, campaign.id, server.settings(), progress=lambda done, _total: done < 1)
    assert (report.sent, report.cancelled) == (1, True)


def test_the_throttle_waits_with_the_injected_sleep_between_messages(ctx, server):
    campaign = make_campaign(ctx)
    waits: list[float] = []

    def fake_sleep(seconds: float) -> None:
        waits.append(round(seconds, 6))
        ctx.clock.advance(seconds=seconds)

    report = campaign_email.send(ctx, campaign.id, server.settings(per_minute=20), sleep=fake_sleep)
    assert report.sent == 3
    assert waits == [3.0, 3.0]  # 20 a minute: one every 3 seconds, none before the first
    sent_at = [r["sent_at"] for r in campaign_sends.rows(ctx.db, campaign.id, "email", status="sent")]
    assert sorted(sent_at) == ["2026-03-02T09:30:00.000Z", "2026-03-02T09:30:03.000Z", "2026-03-02T09:30:06.000Z"]


def test_a_bad_address_bounces_without_reaching_the_server(ctx, server):
    campaign = make_campaign(ctx, PEOPLE[:2])
    send = campaign_sends.send_id(campaign.id, campaign.people["alice@example.org"], "email")
    with ctx.db.conn:
        ctx.db.execute("UPDATE campaign_sends SET address = 'alice at example' WHERE id = ?", [send])
    report = campaign_email.send(ctx, campaign.id, server.settings())
    assert (report.sent, report.bounced) == (1, 1)
    row = campaign_sends.rows(ctx.db, campaign.id, "email", status="bounced")[0]
    assert row["reason"] == campaign_email.BAD_ADDRESS


def test_a_temporary_refusal_fails_and_retry_sends_it_again(ctx, server):
    campaign = make_campaign(ctx, PEOPLE[:1])

    original = server.handler.handle_RCPT

    async def greylist(srv, session, envelope, address, options):  # type: ignore[no-untyped-def]
        return "451 4.7.1 Greylisted, try again later"

    server.handler.handle_RCPT = greylist  # type: ignore[method-assign]
    report = campaign_email.send(ctx, campaign.id, server.settings())
    assert (report.sent, report.failed) == (0, 1)
    assert statuses(ctx, campaign) == {"alice@example.org": "failed"}
    server.handler.handle_RCPT = original  # type: ignore[method-assign]
    assert campaign_sends.retry_failed(ctx, campaign.id, "email") == 1
    assert campaign_email.send(ctx, campaign.id, server.settings()).sent == 1


def test_nothing_goes_without_the_right_or_a_configured_server(ctx, server):
    campaign = make_campaign(ctx, PEOPLE[:1])
    technician = add_user(ctx.db, ctx.clock, "Theo", Role.TECHNICIAN)
    with pytest.raises(PermissionDenied):
        campaign_email.send(Context(db=ctx.db, user=technician, clock=ctx.clock), campaign.id, server.settings())
    with pytest.raises(CrmError) as unset:
        campaign_email.send(ctx, campaign.id, server.settings(host=""))
    assert "Set up the mail server" in unset.value.render()
    assert server.received == []


def test_a_worker_runs_it_on_its_own_connection(ctx, server, db_path):
    campaign = make_campaign(ctx, PEOPLE[:2])
    changes: list[Change] = []
    ctx.changes.subscribe(changes.append)
    assert campaign_email.database_file(ctx.db) == db_path
    report = campaign_email.run_with_own_connection(db_path, ctx.user, ctx.clock, ctx.changes, campaign.id,
                                                    server.settings())
    assert report.sent == 2
    assert set(statuses(ctx, campaign).values()) == {"sent"}  # written through the other connection
    assert Change("campaign_sends", None, "update") in changes


def test_someone_who_unsubscribes_during_a_run_gets_no_e_mail(ctx, server):
    campaign = make_campaign(ctx)

    def stop_chloe_after_first(seconds: float) -> None:  # the pace's wait, during which a STOP arrives
        if len(server.received) == 1:
            campaign_members.unsubscribe(ctx, campaign.people["chloe@example.org"], "email", campaign.id)

    report = campaign_email.send(ctx, campaign.id, server.settings(per_minute=600), sleep=stop_chloe_after_first)
    assert (report.sent, report.skipped, report.left) == (2, 1, 0)
    assert "chloe@example.org" not in [r.rcpt_tos[0] for r in server.received]
    assert statuses(ctx, campaign)["chloe@example.org"] == "excluded"
