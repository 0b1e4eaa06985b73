"""Campaign members: consent and addresses at build, idempotent rebuilds, replies, unsubscribes, call lists."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.core import (
    call_lists,
    campaign_members,
    campaign_sends,
    campaigns,
    companies,
    people,
    records,
    tasks,
    timeline,
)
from crm_desktop.core.campaign_choices import NO_CONSENT, NO_EMAIL, NO_PHONE, NO_POSTAL
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from tests.unit.test_campaigns import ALL_CONSENT, GIVEN, WITHDRAWN, campaign, person, segment


def _send(ctx, cid, pid, channel):
    return records.fetch(ctx.db, "campaign_sends", campaign_sends.send_id(cid, pid, channel))


@pytest.fixture
def shop(ctx):
    """A company with an address, and four people of the segment with different consents and addresses."""
    company = companies.create(ctx, {"name": "Boulangerie Dupont", "street": "Rue Haute 5", "postcode": "5000",
                                     "city": "Namur", "country": "BE"})
    full = person(ctx, "Anne", "Aubry", ALL_CONSENT, email="anne@example.be", phone="081 22 33 44",
                  mobile="0470 12 34 56", street="Rue Basse 1", postcode="1000", city="Bruxelles", country="BE")
    works = person(ctx, "Bob", "Baert", ALL_CONSENT, company_id=company, phone="+32 81 99 88 77")
    partial = person(ctx, "Carl", "Claes", {"email": GIVEN, "sms": WITHDRAWN}, email="carl@example.be",
                     mobile="+32 475 11 22 33")
    nothing = person(ctx, "Dora", "Dams", {}, email="dora@example.be")
    person(ctx, "Eve", "Outside", ALL_CONSENT, tagged=False, email="eve@example.be")
    seg = segment(ctx)
    return {"company": company, "full": full, "works": works, "partial": partial, "nothing": nothing,
            "segment": seg, "campaign": campaign(ctx, seg)}


def test_build_relies_on_consent_and_chooses_addresses(ctx, shop):
    cid = shop["campaign"]
    report = campaign_members.build(ctx, cid)
    assert report.targeted == 4 and report.added == 4
    assert report.pending_by_channel == {"email": 2, "letter": 2, "phone": 2, "sms": 2}
    assert report.excluded_by_channel == {"email": 2, "letter": 2, "phone": 2, "sms": 2}
    full = {c: _send(ctx, cid, shop["full"], c) for c in campaign_sends.CHANNELS}
    assert full["email"]["address"] == "anne@example.be" and full["email"]["consent"] == GIVEN
    assert full["letter"]["address"] == "Rue Basse 1\n1000 Bruxelles\nBE"
    assert full["phone"]["address"] == "+3281223344" and full["sms"]["address"] == "+32470123456"
    works = {c: _send(ctx, cid, shop["works"], c) for c in campaign_sends.CHANNELS}
    assert (works["email"]["status"], works["email"]["reason"]) == ("excluded", NO_EMAIL)
    assert works["letter"]["address"] == "Rue Haute 5\n5000 Namur\nBE"  # the company's address
    assert works["sms"]["address"] == "+3281998877"  # no mobile: the phone, the gateway decides
    partial = {c: _send(ctx, cid, shop["partial"], c) for c in campaign_sends.CHANNELS}
    assert partial["email"]["status"] == "pending"
    assert (partial["sms"]["status"], partial["sms"]["reason"], partial["sms"]["consent"]) == (
        "excluded", NO_CONSENT, {})
    assert {_send(ctx, cid, shop["nothing"], c)["reason"] for c in campaign_sends.CHANNELS} == {NO_CONSENT}
    row = campaigns.get(ctx.db, cid)
    assert row["status"] == "running" and row["launched_at"] == "2026-03-02T09:30:00.000Z"
    member = campaign_members.get_member(ctx.db, cid, shop["works"])
    assert member["id"] == f"{cid}:{shop['works']}" and member["company_id"] == shop["company"]


def test_missing_addresses_are_reasons(ctx):
    seg = segment(ctx)
    pid = person(ctx, "No", "Address", ALL_CONSENT)
    cid = campaign(ctx, seg)
    campaign_members.build(ctx, cid)
    assert {c: _send(ctx, cid, pid, c)["reason"] for c in campaign_sends.CHANNELS} == {
        "email": NO_EMAIL, "letter": NO_POSTAL, "phone": NO_PHONE, "sms": NO_PHONE}


def test_rebuild_adds_newcomers_keeps_done_sends_and_rechecks_pending(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    campaign_sends.mark_sent(ctx, campaign_sends.send_id(cid, shop["full"], "email"))
    people.update(ctx, shop["full"], {"consent": {**ALL_CONSENT, "email": WITHDRAWN, "post": WITHDRAWN}})
    people.update(ctx, shop["nothing"], {"consent": {"email": GIVEN}})
    late = person(ctx, "Fred", "Late", ALL_CONSENT, email="fred@example.be")
    launched = campaigns.get(ctx.db, cid)["launched_at"]
    ctx.clock.advance(hours=2)
    before = ctx.db.execute("SELECT count(*) FROM campaign_sends").fetchone()[0]
    report = campaign_members.build(ctx, cid)
    assert report.targeted == 5 and report.added == 1
    assert ctx.db.execute("SELECT count(*) FROM campaign_sends").fetchone()[0] == before + 4
    assert _send(ctx, cid, shop["full"], "email")["status"] == "sent"  # done: never touched
    assert (_send(ctx, cid, shop["full"], "letter")["status"], _send(ctx, cid, shop["full"], "letter")["reason"]) == (
        "excluded", NO_CONSENT)
    assert _send(ctx, cid, shop["nothing"], "email")["status"] == "pending"
    assert _send(ctx, cid, late, "email")["address"] == "fred@example.be"
    assert campaigns.get(ctx.db, cid)["launched_at"] == launched
    # A third build with nothing new writes nothing.
    stamp = ctx.db.execute("SELECT max(updated_at) FROM campaign_sends").fetchone()[0]
    ctx.clock.advance(hours=1)
    campaign_members.build(ctx, cid)
    assert ctx.db.execute("SELECT max(updated_at) FROM campaign_sends").fetchone()[0] == stamp


def test_build_announces_once_per_table(ctx, shop):
    seen = []
    ctx.changes.subscribe(seen.append)
    campaign_members.build(ctx, shop["campaign"])
    tables = [c.table for c in seen]
    assert tables.count("campaign_sends") == 1 and tables.count("campaign_members") == 1


def test_build_needs_a_segment_and_a_live_campaign(ctx):
    cid = campaign(ctx, None)
    with pytest.raises(ValidationError) as caught:
        campaign_members.build(ctx, cid)
    assert set(caught.value.errors) == {"segment_id"}
    seg_cid = campaign(ctx, segment(ctx))
    campaigns.set_status(ctx, seg_cid, "cancelled")
    with pytest.raises(ValidationError):
        campaign_members.build(ctx, seg_cid)
    assert ctx.db.execute("SELECT count(*) FROM campaign_members").fetchone()[0] == 0


consents = st.fixed_dictionaries({}, optional={c: st.sampled_from([GIVEN, WITHDRAWN])
                                               for c in ("email", "post", "phone", "sms")})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(consents, st.booleans()), min_size=1, max_size=6))
def test_every_member_is_pending_or_excluded_on_every_channel(ctx, plan):
    seg = segment(ctx)
    for n, (consent, with_email) in enumerate(plan):
        person(ctx, f"P{n}", "Random", consent, email=f"p{n}@example.be" if with_email else None,
               mobile="+32 470 00 00 01")
    cid = campaign(ctx, seg)
    report = campaign_members.build(ctx, cid)
    members = ctx.db.execute("SELECT count(*) FROM campaign_members WHERE campaign_id = ?", [cid]).fetchone()[0]
    assert report.targeted == members
    for channel in campaign_sends.CHANNELS:
        assert report.pending_by_channel[channel] + report.excluded_by_channel[channel] == members
    wanted_email = sum(1 for consent, with_email in plan if consent.get("email") == GIVEN and with_email)
    assert report.pending_by_channel["email"] == wanted_email
    assert report.pending_by_channel["sms"] == sum(1 for consent, _ in plan if consent.get("sms") == GIVEN)
    campaigns.delete(ctx, cid)
    ctx.db.execute("UPDATE people SET deleted_at = '2026-01-01T00:00:00.000Z'")


def test_members_page_with_filters_and_sends(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    page = campaign_members.members(ctx.db, cid, limit=2)
    assert [m["person_name"] for m in page] == ["Anne Aubry", "Bob Baert"]
    assert page[1]["company_name"] == "Boulangerie Dupont"
    assert page[0]["sends"]["email"]["status"] == "pending"
    assert [m["person_name"] for m in campaign_members.members(ctx.db, cid, limit=2, offset=2)] == [
        "Carl Claes", "Dora Dams"]
    assert [m["person_name"] for m in campaign_members.members(ctx.db, cid, search="boulang")] == ["Bob Baert"]
    assert campaign_members.member_count(ctx.db, cid, status="pending") == 3
    assert campaign_members.member_count(ctx.db, cid) == 4
    campaign_members.record_response(ctx, cid, shop["partial"], "email", "Interested!")
    assert [m["person_name"] for m in campaign_members.members(ctx.db, cid, status="responded")] == ["Carl Claes"]


def test_a_reply_is_noted_on_the_member_and_the_history(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    made = campaign_members.record_response(ctx, cid, shop["full"], "email", "Please call me")
    member = campaign_members.get_member(ctx.db, cid, shop["full"])
    assert (member["responded_at"], member["response_channel"], member["response"]) == (
        "2026-03-02T09:30:00.000Z", "email", "Please call me")
    entry = records.fetch(ctx.db, "history", made["history_id"])
    assert (entry["kind"], entry["direction"], entry["subject"], entry["body"]) == (
        "email", "in", "Reply to campaign Spring boilers", "Please call me")
    assert set(made) == {"history_id"}


def test_a_reply_can_open_a_task(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    made = campaign_members.record_response(ctx, cid, shop["works"], "letter", "Send a quote", create="task",
                                            details={"title": "Quote for Bob", "due_at": "2026-03-05"})
    task = tasks.get(ctx.db, made["task_id"])
    assert (task["title"], task["person_id"], task["company_id"], task["assignee_id"]) == (
        "Quote for Bob", shop["works"], shop["company"], ctx.user.id)


def test_a_reply_can_open_a_lead(ctx, shop):
    leads = pytest.importorskip("crm_desktop.core.leads")
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    made = campaign_members.record_response(ctx, cid, shop["works"], "phone", "Wants a new oven", create="lead",
                                            details={"interest": "Oven"})
    lead = leads.get(ctx.db, made["lead_id"])
    assert (lead["source"], lead["campaign_id"], lead["person_id"], lead["company_id"], lead["interest"]) == (
        "campaign", cid, shop["works"], shop["company"], "Oven")


def test_a_reply_can_open_an_opportunity(ctx, shop):
    opportunities = pytest.importorskip("crm_desktop.core.opportunities")
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    made = campaign_members.record_response(ctx, cid, shop["full"], "sms", "Yes!", create="opportunity",
                                            details={"title": "Boiler for Anne", "amount_cents": 250000})
    deal = opportunities.get(ctx.db, made["opportunity_id"])
    assert (deal["title"], deal["campaign_id"], deal["stage"], deal["amount_cents"], deal["owner_id"]) == (
        "Boiler for Anne", cid, "new", 250000, ctx.user.id)


def test_a_refused_follow_up_leaves_no_half_recorded_reply(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    before = ctx.db.execute("SELECT count(*) FROM history").fetchone()[0]
    with pytest.raises(ValidationError):
        campaign_members.record_response(ctx, cid, shop["full"], "email", "Hi", create="task",
                                         details={"title": "Later", "due_at": "someday"})
    assert campaign_members.get_member(ctx.db, cid, shop["full"])["responded_at"] is None
    assert ctx.db.execute("SELECT count(*) FROM history").fetchone()[0] == before
    with pytest.raises(ValidationError) as caught:
        campaign_members.record_response(ctx, cid, shop["full"], "pigeon", "", create="party")
    assert set(caught.value.errors) == {"channel", "text", "create"}
    outsider = person(ctx, "Not", "Member", tagged=False)
    with pytest.raises(ValidationError) as caught:
        campaign_members.record_response(ctx, cid, outsider, "email", "Hello")
    assert set(caught.value.errors) == {"person_id"}


def test_unsubscribe_withdraws_consent_logs_it_and_leaves_out_pending_sends(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    other = campaign(ctx, shop["segment"], name="Autumn", channels=("letter",))
    campaign_members.build(ctx, other)
    assert campaign_members.unsubscribe(ctx, shop["full"], "letter", campaign_id=cid) == 2
    consent = people.get(ctx, shop["full"])["consent"]
    assert consent["post"] == {"status": "withdrawn", "date": "2026-03-02",
                               "source": "Unsubscribed from campaign Spring boilers"}
    assert consent["email"] == GIVEN
    for campaign_id in (cid, other):
        send = _send(ctx, campaign_id, shop["full"], "letter")
        assert (send["status"], send["reason"]) == ("excluded", NO_CONSENT)
    assert _send(ctx, cid, shop["full"], "email")["status"] == "pending"
    notes = ctx.db.execute("SELECT subject FROM history WHERE person_id = ? AND kind = 'note'",
                           [shop["full"]]).fetchall()
    assert notes == [("Unsubscribed from campaign Spring boilers (post)",)]
    campaign_members.build(ctx, cid)  # a rebuild does not bring them back
    assert _send(ctx, cid, shop["full"], "letter")["status"] == "excluded"
    with pytest.raises(ValidationError):
        campaign_members.unsubscribe(ctx, shop["full"], "pigeon")


def test_replies_and_sends_are_on_the_timeline(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    campaign_sends.mark_sent(ctx, campaign_sends.send_id(cid, shop["full"], "email"))
    campaign_members.record_response(ctx, cid, shop["full"], "email", "Thanks")
    entries = timeline.query(ctx.db, person_id=shop["full"])
    kinds = {(e.source, e.kind) for e in entries}
    assert ("campaign", "campaign_email") in kinds and ("history", "email") in kinds
    sent = next(e for e in entries if e.kind == "campaign_email")
    assert (sent.title, sent.summary, sent.direction) == ("Spring boilers", "anne@example.be", "out")
    by_company = timeline.query(ctx.db, company_id=shop["company"], kinds=["campaign_letter"])
    assert by_company == []  # nothing sent to Bob yet
    campaign_sends.mark_sent(ctx, campaign_sends.send_id(cid, shop["works"], "letter"))
    letter = timeline.query(ctx.db, company_id=shop["company"], kinds=["campaign_letter"])
    assert [e.summary for e in letter] == ["Rue Haute 5, 5000 Namur, BE"]
    assert timeline.count(ctx.db, person_id=shop["full"])["campaign_email"] == 1


def test_two_callers_get_half_each_and_called_members_keep_theirs(ctx):
    seg = segment(ctx)
    ids = [person(ctx, f"P{n:02d}", "Caller", ALL_CONSENT, phone=f"+32 81 00 00 {n:02d}") for n in range(10)]
    cid = campaign(ctx, seg, channels=("phone",))
    campaign_members.build(ctx, cid)
    staff = add_user(ctx.db, ctx.clock, "Sam Staff", Role.STAFF).id
    first = call_lists.split(ctx, cid, [ctx.user.id, staff])
    assert first == {ctx.user.id: 5, staff: 5}
    mine = call_lists.call_list(ctx.db, cid, ctx.user.id)
    assert len(mine) == 5 and len(call_lists.call_list(ctx.db, cid, staff)) == 5
    assert mine[0]["script"] == "Ask P00 about the boiler of ." and mine[0]["phone"] == "+3281000000"
    call_lists.log_call(ctx, cid, mine[0]["person_id"], "no-answer", "")
    third = add_user(ctx.db, ctx.clock, "Tia Staff", Role.STAFF).id
    again = call_lists.split(ctx, cid, [staff, third])
    assert sum(again.values()) == 9 and sorted(again.values()) == [4, 5]
    assert campaign_members.get_member(ctx.db, cid, mine[0]["person_id"])["caller_id"] == ctx.user.id
    assert all(campaign_members.get_member(ctx.db, cid, p)["caller_id"] in (staff, third)
               for p in ids if p != mine[0]["person_id"])
    with pytest.raises(ValidationError):
        call_lists.split(ctx, cid, [])


def test_log_call_outcomes(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    call_lists.split(ctx, cid, [ctx.user.id])
    made = call_lists.log_call(ctx, cid, shop["full"], "reached-interested", "Wants a visit", duration_s=95,
                               create="task", details={"title": "Visit Anne"})
    member = campaign_members.get_member(ctx.db, cid, shop["full"])
    assert (member["call_outcome"], member["called_at"], member["response"], member["response_channel"]) == (
        "reached-interested", "2026-03-02T09:30:00.000Z", "Wants a visit", "phone")
    entry = records.fetch(ctx.db, "history", made["history_id"])
    assert (entry["kind"], entry["direction"], entry["duration_s"], entry["subject"]) == (
        "call", "out", 95, "Campaign Spring boilers: Reached, interested")
    assert tasks.get(ctx.db, made["task_id"])["title"] == "Visit Anne"
    assert _send(ctx, cid, shop["full"], "phone")["status"] == "sent"
    call_lists.log_call(ctx, cid, shop["works"], "wrong-number", None)
    send = _send(ctx, cid, shop["works"], "phone")
    assert (send["status"], send["reason"]) == ("failed", "Wrong number")
    listed = call_lists.call_list(ctx.db, cid, ctx.user.id)
    assert [r["outcome"] for r in listed] == ["reached-interested", "wrong-number"]
    with pytest.raises(ValidationError) as caught:
        call_lists.log_call(ctx, cid, shop["full"], "maybe", "x", duration_s=-1)
    assert set(caught.value.errors) == {"outcome", "duration_s"}


def test_no_answer_keeps_the_member_on_the_list(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    call_lists.split(ctx, cid, [ctx.user.id])
    call_lists.log_call(ctx, cid, shop["works"], "call back", "Tomorrow morning")
    assert _send(ctx, cid, shop["works"], "phone")["status"] == "pending"
    assert campaign_members.get_member(ctx.db, cid, shop["works"])["responded_at"] is None
    rows = call_lists.call_list(ctx.db, cid, ctx.user.id)
    assert [r["person_id"] for r in rows] == [shop["full"], shop["works"]]


def test_technicians_may_not_build_reply_unsubscribe_or_call(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    tech = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, "Tom Tech", Role.TECHNICIAN), clock=ctx.clock)
    for work in (lambda: campaign_members.build(tech, cid),
                 lambda: campaign_members.record_response(tech, cid, shop["full"], "email", "Hi"),
                 lambda: campaign_members.unsubscribe(tech, shop["full"], "email"),
                 lambda: call_lists.split(tech, cid, [tech.user.id]),
                 lambda: call_lists.log_call(tech, cid, shop["full"], "no-answer", "")):
        with pytest.raises(PermissionDenied):
            work()
    assert campaign_members.get_member(ctx.db, cid, shop["full"])["responded_at"] is None
    assert people.get(ctx, shop["full"])["consent"]["email"] == GIVEN


def test_call_filters_and_a_persons_campaigns(ctx, shop):
    cid = shop["campaign"]
    campaign_members.build(ctx, cid)
    assert campaign_members.member_count(ctx.db, cid, status="to_call") == 2
    call_lists.log_call(ctx, cid, shop["works"], "reached-not-interested", "")
    assert [m["person_name"] for m in campaign_members.members(ctx.db, cid, status="called")] == ["Bob Baert"]
    assert [m["person_name"] for m in campaign_members.members(ctx.db, cid, status="to_call")] == ["Anne Aubry"]
    (row,) = campaign_members.of_person(ctx.db, shop["works"])
    assert (row["campaign_name"], row["call_outcome"]) == ("Spring boilers", "reached-not-interested")
    assert set(row["sends"].split(",")) == {"email:excluded", "letter:pending", "phone:sent", "sms:pending"}
