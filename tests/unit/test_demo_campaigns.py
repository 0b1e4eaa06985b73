"""Demo leads, opportunities, tasks, segments and campaigns: the figures hang together."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from crm_desktop.core.campaign_choices import NO_CONSENT, NO_EMAIL, NO_PHONE, NO_POSTAL
from crm_desktop.core.campaign_sends import CHANNEL_CONSENT
from crm_desktop.core.clock import FixedClock, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.demo import generate
from crm_desktop.core.demo_campaigns import SEGMENTS, scale
from crm_desktop.core.users import ensure_admin
from crm_desktop.db.connection import open_database

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    db = open_database(tmp_path_factory.mktemp("campaigns") / "demo.db")
    clock = FixedClock(NOW)
    admin = ensure_admin(db, clock)
    generate(db, clock, "small", seed=3)
    yield Context(db=db, user=admin, clock=clock)
    db.close()


def rows(ctx: Context, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    return ctx.db.execute_returning_dicts(sql, params or [])


def test_sizes_grow_to_200_campaigns_on_the_large_demo() -> None:
    assert scale(200).campaigns == 10
    assert scale(5_000).campaigns == 60
    assert scale(100_000).campaigns == 200


def test_campaigns_segments_and_costs(small: Context) -> None:
    campaigns = rows(small, "SELECT * FROM campaigns")
    assert len(campaigns) == scale(200).campaigns
    assert {c["status"] for c in campaigns} >= {"done", "draft"}
    channels = {ch for c in campaigns for ch in json.loads(c["channels"])}
    assert channels <= {"email", "letter", "phone", "sms"} and len(channels) >= 3
    assert len(rows(small, "SELECT id FROM segments")) == len(SEGMENTS)
    launched = [c for c in campaigns if c["status"] != "draft"]
    costs = rows(small, "SELECT campaign_id, SUM(amount_cents) AS total FROM campaign_costs GROUP BY 1")
    assert {c["campaign_id"] for c in costs} == {c["id"] for c in launched if
                                                  rows(small, "SELECT 1 FROM campaign_members WHERE campaign_id = ?",
                                                       [c["id"]])}
    assert all(c["total"] > 0 for c in costs)


def test_every_send_relied_on_a_given_consent_and_exclusions_say_why(small: Context) -> None:
    sends = rows(small, "SELECT s.*, p.consent AS person_consent FROM campaign_sends s "
                        "JOIN people p ON p.id = s.person_id")
    assert sends
    for send in sends:
        person = json.loads(send["person_consent"] or "{}").get(CHANNEL_CONSENT[send["channel"]]) or {}
        if send["status"] == "excluded":
            assert send["reason"]
            assert person.get("status") != "given" or send["reason"] != NO_CONSENT
            assert send["reason"] in {NO_CONSENT, NO_EMAIL, NO_PHONE, NO_POSTAL}
        else:
            assert person.get("status") == "given"
            assert json.loads(send["consent"])["status"] == "given"
    assert {s["status"] for s in sends} >= {"sent", "excluded"}


def test_responses_are_on_the_history_and_conversions_are_sales_of_members(small: Context) -> None:
    responded = rows(small, "SELECT * FROM campaign_members WHERE responded_at IS NOT NULL")
    assert responded
    for member in responded:
        assert rows(small, "SELECT 1 FROM history WHERE person_id = ? AND direction = 'in' AND occurred_at = ?",
                    [member["person_id"], member["responded_at"]])
    converted = rows(small, "SELECT * FROM sales WHERE campaign_id IS NOT NULL")
    for sale in converted:
        assert rows(small, "SELECT 1 FROM campaign_members WHERE campaign_id = ? AND person_id = ?",
                    [sale["campaign_id"], sale["person_id"]])
        assert rows(small, "SELECT 1 FROM sale_lines WHERE sale_id = ?", [sale["id"]])


def test_leads_at_every_stage_some_waiting_for_a_first_contact(small: Context) -> None:
    leads = rows(small, "SELECT * FROM leads")
    assert len(leads) == scale(200).leads
    assert {lead["status"] for lead in leads} >= {"new", "working", "converted", "disqualified"}
    now = to_iso(NOW)
    waiting = [lead for lead in leads if lead["arrived_at"] > to_iso(NOW.replace(hour=0)) and not rows(
        small, "SELECT 1 FROM history WHERE person_id = ? AND direction = 'out' AND occurred_at >= ?",
        [lead["person_id"], lead["arrived_at"]])]
    assert waiting and all(lead["arrived_at"] < now for lead in waiting)
    assert all(lead["disqualified_reason"] for lead in leads if lead["status"] == "disqualified")


def test_opportunities_won_ones_have_their_sale(small: Context) -> None:
    opps = rows(small, "SELECT * FROM opportunities")
    assert len(opps) == scale(200).opportunities
    assert len({o["number"] for o in opps}) == len(opps)
    for opp in opps:
        if opp["stage"] == "won" and opp["sale_id"]:
            sale = rows(small, "SELECT * FROM sales WHERE id = ?", [opp["sale_id"]])[0]
            assert sale["opportunity_id"] == opp["id"]
        if opp["stage"] == "lost":
            assert opp["lost_reason"] and opp["closed_at"]
    counter = rows(small, "SELECT last FROM number_counters WHERE prefix = 'O'")[0]["last"]
    assert counter == len(opps)


def test_tasks_done_and_open(small: Context) -> None:
    tasks = rows(small, "SELECT * FROM tasks")
    assert len(tasks) == scale(200).tasks
    assert any(t["done_at"] for t in tasks) and any(t["done_at"] is None for t in tasks)
