"""Campaigns: validation of fields and templates, status moves, costs, periods, trash and rights.

Also holds the small builders the other campaign tests share (people with consent, a tagged segment).
"""

from __future__ import annotations

from typing import Any

import pytest

from crm_desktop.core import campaigns, people, segments, trash
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user

TAG = "promo"
GIVEN = {"status": "given", "date": "2026-01-10", "source": "Shop form"}
WITHDRAWN = {"status": "withdrawn", "date": "2026-02-01", "source": "Phone call"}
ALL_CONSENT = {c: GIVEN for c in ("email", "post", "phone", "sms")}


def person(ctx: Context, first: str, last: str, consent: dict[str, Any] | None = None, tagged: bool = True,
           **values: Any) -> str:
    """A person in the test segment (tag "promo") with the given consent."""
    return people.create(ctx, {"first_name": first, "last_name": last, "consent": consent or {},
                               "tags": [TAG] if tagged else [], **values}, allow_duplicate=True)


def segment(ctx: Context) -> str:
    return segments.create(ctx, {"name": "Promo list", "filter": {"tags": [TAG]}})


def campaign(ctx: Context, segment_id: str | None = None, channels: tuple[str, ...] = ("email", "letter", "phone",
                                                                                         "sms"), **values: Any) -> str:
    return campaigns.create(ctx, {
        "name": "Spring boilers", "objective": "growth", "channels": list(channels), "segment_id": segment_id,
        "starts_on": "2026-03-01", "ends_on": "2026-03-31", "budget_cents": 50000,
        "email_subject": "Hello {first_name}", "email_body": "Dear {full_name}, our spring offer...",
        "letter_body": "Dear {title} {last_name},", "sms_text": "Hi {first_name}, -10% this week!",
        "call_script": "Ask {first_name} about the boiler of {company}.", **values})


def _count(ctx: Context, table: str) -> int:
    return ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_create_keeps_the_fields_and_starts_as_a_draft(ctx):
    seg = segment(ctx)
    row = campaigns.get(ctx.db, campaign(ctx, seg))
    assert row["status"] == "draft" and row["launched_at"] is None
    assert row["channels"] == ["email", "letter", "phone", "sms"]
    assert (row["objective"], row["budget_cents"], row["segment_id"]) == ("growth", 50000, seg)
    assert (row["starts_on"], row["ends_on"]) == ("2026-03-01", "2026-03-31")


def test_start_defaults_to_the_shops_today_and_channels_are_kept_in_order_once(ctx):
    cid = campaigns.create(ctx, {"name": "Calls", "channels": ["phone", "email", "phone"],
                                 "email_subject": "S", "email_body": "B"})
    row = campaigns.get(ctx.db, cid)
    assert row["starts_on"] == "2026-03-02" and row["channels"] == ["email", "phone"]
    assert row["objective"] == "acquisition" and row["budget_cents"] == 0


@pytest.mark.parametrize(("values", "fields"), [
    ({"name": ""}, {"name"}),
    ({"channels": []}, {"channels"}),
    ({"channels": ["fax"]}, {"channels"}),
    ({"objective": "world domination"}, {"objective"}),
    ({"starts_on": "2026-03-10", "ends_on": "2026-03-09"}, {"ends_on"}),
    ({"starts_on": "10/03/2026"}, {"starts_on"}),
    ({"budget_cents": "-5"}, {"budget_cents"}),
    ({"segment_id": "nope"}, {"segment_id"}),
    ({"email_subject": "", "email_body": ""}, {"email_subject", "email_body"}),
    ({"letter_body": None}, {"letter_body"}),
    ({"sms_text": "x" * 481}, {"sms_text"}),
    ({"email_body": "Dear {frist_name} of {compnay}"}, {"email_body"}),
    ({"call_script": "Hi {nick}"}, {"call_script"}),
    ({"status": "running"}, {"status"}),
])
def test_bad_input_is_refused_per_field_and_nothing_is_written(ctx, values, fields):
    before = _count(ctx, "campaigns")
    with pytest.raises(ValidationError) as caught:
        campaign(ctx, **values)
    assert set(caught.value.errors) == fields
    assert _count(ctx, "campaigns") == before


def test_unknown_merge_fields_are_named(ctx):
    with pytest.raises(ValidationError) as caught:
        campaign(ctx, email_body="Dear {frist_name}, {frist_name} and {compnay}")
    assert caught.value.errors["email_body"].render() == "Unknown merge fields: {frist_name}, {compnay}."


def test_sms_of_exactly_480_characters_is_accepted_and_unused_channels_need_no_text(ctx):
    cid = campaign(ctx, channels=("sms",), sms_text="x" * 480, email_subject=None, email_body=None,
                   letter_body=None)
    assert len(campaigns.get(ctx.db, cid)["sms_text"]) == 480


def test_status_moves_follow_the_allowed_paths(ctx):
    cid = campaign(ctx)
    with pytest.raises(ValidationError) as caught:
        campaigns.set_status(ctx, cid, "done")
    assert set(caught.value.errors) == {"status"}
    campaigns.set_status(ctx, cid, "running")
    campaigns.set_status(ctx, cid, "cancelled")
    with pytest.raises(ValidationError):
        campaigns.set_status(ctx, cid, "running")
    campaigns.set_status(ctx, cid, "draft")
    campaigns.set_status(ctx, cid, "running")
    campaigns.set_status(ctx, cid, "done")
    assert campaigns.get(ctx.db, cid)["status"] == "done"


def test_update_writes_changed_fields_and_checks_against_the_saved_ones(ctx):
    cid = campaign(ctx)
    assert campaigns.update(ctx, cid, {"name": "Spring boilers"}) == {}
    changed = campaigns.update(ctx, cid, {"name": "Spring boilers 2026", "budget_cents": "1 250,50"})
    assert changed["name"] == "Spring boilers 2026" and changed["budget_cents"] == 125050
    with pytest.raises(ValidationError) as caught:
        campaigns.update(ctx, cid, {"ends_on": "2026-02-01"})
    assert set(caught.value.errors) == {"ends_on"}
    with pytest.raises(ValidationError):
        campaigns.update(ctx, cid, {"email_body": ""})  # e-mail is still a channel
    campaigns.update(ctx, cid, {"channels": ["letter"], "email_body": ""})
    assert campaigns.get(ctx.db, cid)["channels"] == ["letter"]


def test_all_campaigns_of_a_period_overlap_it(ctx):
    march = campaign(ctx, name="March")
    april = campaign(ctx, name="April", starts_on="2026-04-01", ends_on="2026-04-30")
    open_ended = campaign(ctx, name="Always", starts_on="2026-01-01", ends_on=None)
    campaigns.add_cost(ctx, march, {"description": "Stamps", "amount_cents": 1234})
    assert [r["id"] for r in campaigns.all_campaigns(ctx.db, "2026-03-15", "2026-03-20")] == [march]
    assert {r["id"] for r in campaigns.all_campaigns(ctx.db, "2026-03-31", "2026-04-01")} == {march, april}
    rows = {r["id"]: r for r in campaigns.all_campaigns(ctx.db)}
    assert set(rows) == {march, april, open_ended}
    assert rows[march]["cost_cents"] == 1234 and rows[march]["segment_name"] is None
    assert rows[march]["channels"] == ["email", "letter", "phone", "sms"]


def test_costs_add_up_and_can_be_removed(ctx):
    cid = campaign(ctx)
    stamps = campaigns.add_cost(ctx, cid, {"description": "Stamps", "amount_cents": "120,40", "channel": "letter"})
    campaigns.add_cost(ctx, cid, {"description": "SMS credits", "amount_cents": 3000, "spent_on": "2026-03-05"})
    assert [c["description"] for c in campaigns.costs(ctx.db, cid)] == ["Stamps", "SMS credits"]
    assert campaigns.costs(ctx.db, cid)[0]["spent_on"] == "2026-03-02"
    assert campaigns.total_cost(ctx.db, cid) == 15040
    campaigns.remove_cost(ctx, stamps)
    assert campaigns.total_cost(ctx.db, cid) == 3000


def test_a_bad_cost_is_refused_whole(ctx):
    cid = campaign(ctx)
    with pytest.raises(ValidationError) as caught:
        campaigns.add_cost(ctx, cid, {"description": "", "amount_cents": "-3", "channel": "fax",
                                      "spent_on": "soon"})
    assert set(caught.value.errors) == {"description", "amount_cents", "channel", "spent_on"}
    assert campaigns.costs(ctx.db, cid) == []


def test_delete_goes_to_the_trash_and_comes_back(ctx):
    cid = campaign(ctx)
    campaigns.delete(ctx, cid)
    assert campaigns.all_campaigns(ctx.db) == []
    assert any(i.kind == "campaign" and i.id == cid and i.label == "Spring boilers" for i in trash.items(ctx))
    trash.restore(ctx, "campaign", cid)
    assert campaigns.get(ctx.db, cid)["name"] == "Spring boilers"


def test_technicians_may_not_prepare_campaigns(ctx):
    cid = campaign(ctx)
    tech = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, "Tom Tech", Role.TECHNICIAN), clock=ctx.clock)
    before = _count(ctx, "campaigns")
    for work in (lambda: campaign(tech), lambda: campaigns.update(tech, cid, {"name": "X"}),
                 lambda: campaigns.add_cost(tech, cid, {"description": "S", "amount_cents": 1}),
                 lambda: campaigns.delete(tech, cid)):
        with pytest.raises(PermissionDenied):
            work()
    assert _count(ctx, "campaigns") == before and campaigns.get(ctx.db, cid)["name"] == "Spring boilers"
