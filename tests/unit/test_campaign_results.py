"""Campaign results on a tiny campaign where every figure is worked out by hand, and the comparison."""

from __future__ import annotations

import pytest

from crm_desktop.core import campaign_members, campaign_results, campaign_sends, campaigns, sales
from crm_desktop.core.campaign_results import ChannelResults
from crm_desktop.interchange import sms_csv
from tests.unit.test_campaigns import ALL_CONSENT, GIVEN, campaign, person, segment


def _sale(ctx, person_id, lines, campaign_id=None):
    sale_id = sales.create(ctx, {"person_id": person_id}, lines)
    if campaign_id:  # what a won opportunity of the campaign writes
        ctx.db.execute("UPDATE sales SET campaign_id = ? WHERE id = ?", [campaign_id, sale_id])
    return sale_id


@pytest.fixture
def tiny(ctx, world, tmp_path):
    """Three members: Anne (every consent), Bob (e-mail only), Carl (none); e-mail and SMS."""
    seg = segment(ctx)
    anne = person(ctx, "Anne", "Aubry", ALL_CONSENT, email="anne@example.be", mobile="0470 12 34 56")
    bob = person(ctx, "Bob", "Baert", {"email": GIVEN}, email="bob@example.be", mobile="0470 65 43 21")
    carl = person(ctx, "Carl", "Claes", {}, email="carl@example.be")
    cid = campaign(ctx, seg, channels=("email", "sms"))
    campaign_members.build(ctx, cid)
    campaign_sends.mark_sent(ctx, campaign_sends.send_id(cid, anne, "email"))
    campaign_sends.mark_failed(ctx, campaign_sends.send_id(cid, bob, "email"), "Mailbox full", bounced=True)
    sms_csv.export(ctx, cid, tmp_path / "sms.csv")
    campaign_members.record_response(ctx, cid, anne, "email", "Interested")
    campaign_members.record_response(ctx, cid, bob, "phone", "Called us back")
    # Anne buys twice thanks to the campaign: one customer, two sales.
    _sale(ctx, anne, [{"product_id": world.pump, "quantity": 1}], cid)  # 150.00 - 80.00
    _sale(ctx, anne, [{"product_id": world.fuse, "quantity": 3, "discount_percent": 10}], cid)  # 16.20 - 7.50
    _sale(ctx, bob, [{"product_id": world.pump, "quantity": 2}])  # not from the campaign
    sales.delete(ctx, _sale(ctx, carl, [{"product_id": world.pump, "quantity": 5}], cid))  # deleted: not counted
    campaigns.add_cost(ctx, cid, {"description": "Design", "amount_cents": 5001})
    campaigns.add_cost(ctx, cid, {"description": "SMS credits", "amount_cents": 1000, "channel": "sms"})
    return cid


def test_every_figure_by_hand(ctx, tiny):
    r = campaign_results.results(ctx.db, tiny)
    assert (r.name, r.status, r.starts_on) == ("Spring boilers", "running", "2026-03-01")
    assert r.targeted == 3
    assert r.excluded == 1  # Carl: left out on both channels
    assert r.sent == 2  # Anne's e-mail and SMS
    assert r.failed == 1  # Bob's bounced e-mail
    assert r.responded == 2  # Anne by e-mail, Bob by phone
    assert (r.converted, r.sales) == (1, 2)  # Anne, twice
    assert r.revenue_cents == 15000 + 1620  # 3 x 6.00 at -10 % = 16.20
    assert r.margin_cents == (15000 - 8000) + (1620 - 750)  # 7 870
    assert r.cost_cents == 6001
    assert r.cost_per_response_cents == 3001  # 60.01 / 2 = 30.005, half up
    assert r.roi == pytest.approx((7870 - 6001) / 6001)
    assert r.response_rate == pytest.approx(2 / 2)  # Anne and Bob were reached on some channel
    assert r.by_channel == [
        ChannelResults("email", targeted=3, excluded=1, pending=0, sent=1, failed=1, responded=1),
        ChannelResults("sms", targeted=3, excluded=2, pending=0, sent=1, failed=0, responded=0),
        ChannelResults("phone", targeted=0, excluded=0, pending=0, sent=0, failed=0, responded=1),
    ]


def test_no_cost_means_no_roi_and_no_reply_no_cost_per_reply(ctx):
    cid = campaign(ctx, segment(ctx), channels=("email",))
    r = campaign_results.results(ctx.db, cid)
    assert (r.targeted, r.excluded, r.sent, r.responded, r.converted, r.revenue_cents) == (0, 0, 0, 0, 0, 0)
    assert (r.roi, r.cost_per_response_cents, r.response_rate) == (None, None, None)
    campaigns.add_cost(ctx, cid, {"description": "Design", "amount_cents": 2000})
    r = campaign_results.results(ctx.db, cid)
    assert r.roi == pytest.approx(-1.0) and r.cost_per_response_cents is None


def test_a_company_buying_through_two_people_converts_once(ctx, world):
    seg = segment(ctx)
    first = person(ctx, "Ann", "One", ALL_CONSENT, company_id=world.company, email="a@example.be")
    second = person(ctx, "Ben", "Two", ALL_CONSENT, company_id=world.company, email="b@example.be")
    cid = campaign(ctx, seg, channels=("email",))
    campaign_members.build(ctx, cid)
    for buyer in (first, second):
        _sale(ctx, buyer, [{"product_id": world.fuse, "quantity": 1}], cid)
    r = campaign_results.results(ctx.db, cid)
    assert (r.converted, r.sales, r.revenue_cents, r.margin_cents) == (1, 2, 1200, 700)


def test_compare_lists_the_campaigns_of_a_period(ctx, tiny):
    april = campaign(ctx, name="April", starts_on="2026-04-01", ends_on="2026-04-30", channels=("email",))
    march = campaign_results.compare(ctx.db, "2026-03-01", "2026-03-31")
    assert [r.campaign_id for r in march] == [tiny]
    assert march[0] == campaign_results.results(ctx.db, tiny)
    assert [r.name for r in campaign_results.compare(ctx.db)] == ["April", "Spring boilers"]
    assert campaign_results.compare(ctx.db, "2026-04-15", None)[0].campaign_id == april
