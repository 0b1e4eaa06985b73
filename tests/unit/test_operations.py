"""Operational figures on hand-built data: SLA shares, technicians' minutes over a week with an absence,
support time against what contracts include, speed to lead and campaign return."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.core import (
    campaign_results,
    campaigns,
    contracts,
    history,
    interventions,
    leads,
    operations,
    people,
    sales,
    support_costs,
    technicians,
    tickets,
)
from crm_desktop.core.clock import to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.support_settings import period_bounds
from tests.field_setup import FieldWorld

WEEK = (date(2026, 3, 9), date(2026, 3, 15))  # Monday to Sunday; Brussels is UTC+1 until 29 March


def _utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def _job(ctx: Context, world: FieldWorld, start: datetime, minutes: int, team: list[str]) -> str:
    job = interventions.create(ctx, {"company_id": world.company, "subject": "Oven", "skills": []})
    interventions.plan(ctx, job, start, minutes, team)
    return job


def _done(ctx: Context, job: str, arrived: datetime, departed: datetime) -> None:
    interventions.save_report(ctx, job, {"work_done": "Fixed", "arrived_at": arrived.isoformat(),
                                         "departed_at": departed.isoformat()}, complete=True)


def test_utilisation_over_a_week_with_an_absence(ctx: Context, world: FieldWorld) -> None:
    # Anna is away Tuesday 13:00-17:00 and (overlapping) 15:00-18:00 local: 240 working minutes, taken off once.
    technicians.add_absence(ctx, world.anna, _utc(10, 12), _utc(10, 16), "Dentist")
    technicians.add_absence(ctx, world.anna, _utc(10, 14), _utc(10, 17), "Training")
    technicians.delete_absence(ctx, technicians.add_absence(ctx, world.bert, _utc(11, 7), _utc(11, 16), "Flu"))
    one = _job(ctx, world, _utc(10, 8), 120, [world.anna])  # Tuesday 09:00-11:00
    two = _job(ctx, world, _utc(12, 12), 90, [world.anna, world.bert])  # Thursday 13:00-14:30, both
    _job(ctx, world, _utc(13, 15), 60, [world.bert])  # Friday, planned only
    _job(ctx, world, _utc(15, 22, 30), 60, [world.bert])  # Sunday 23:30 local: 30 minutes before the week ends
    _job(ctx, world, _utc(16, 8), 60, [world.anna])  # next week
    cancelled = _job(ctx, world, _utc(11, 9), 60, [world.anna])
    interventions.set_status(ctx, cancelled, "cancelled")
    ctx.clock.advance(days=14)
    _done(ctx, one, _utc(10, 8, 10), _utc(10, 9, 55))  # 105 minutes
    _done(ctx, two, _utc(12, 12), _utc(12, 13, 30))  # 90 minutes
    got = {u.name: (u.available_minutes, u.planned_minutes, u.worked_minutes)
           for u in operations.utilisation(ctx.db, *WEEK)}
    # 08:00-17:00 five days = 2700 minutes.
    assert got == {"Anna Tech": (2700 - 240, 120 + 90, 105 + 90), "Bert Tech": (2700, 90 + 60 + 30, 90)}
    anna = operations.utilisation(ctx.db, *WEEK)[0]
    assert (anna.planned_percent, anna.worked_percent) == (8.5, 7.9)  # 210 / 2460, 195 / 2460


def test_hours_of_the_profile_count(ctx: Context, world: FieldWorld) -> None:
    technicians.save_profile(ctx, world.bert, {"hours": ["07:30-12:00"] * 4 + ["", "09:00-10:00", ""]})
    got = {u.name: u.available_minutes for u in operations.utilisation(ctx.db, *WEEK)}
    assert got["Bert Tech"] == 4 * 270 + 60


def _ticket(ctx: Context, world: FieldWorld, opened: datetime, response: int | None,
            resolution: int | None) -> str:
    ticket = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Oven", "opened_at": opened.isoformat()})
    # The verdicts are derived per machine; set them as the SLA clock would have decided.
    ctx.db.execute("INSERT INTO ticket_sla(ticket_id, response_met, resolution_met) VALUES (?, ?, ?)"
                   " ON CONFLICT(ticket_id) DO UPDATE SET response_met = excluded.response_met,"
                   " resolution_met = excluded.resolution_met", [ticket, response, resolution])
    return ticket


def test_sla_shares_of_the_tickets_opened_in_the_period(ctx: Context, world: FieldWorld) -> None:
    _ticket(ctx, world, _utc(9, 9), 1, 1)
    _ticket(ctx, world, _utc(10, 9), 1, 0)
    _ticket(ctx, world, _utc(11, 9), 0, None)
    _ticket(ctx, world, _utc(15, 22, 59), None, None)  # Sunday 23:59 local: in, without verdict yet
    _ticket(ctx, world, _utc(15, 23), 0, 0)  # Monday 00:00 local: next week
    _ticket(ctx, world, _utc(8, 22, 59), 0, 0)  # Sunday before
    tickets.delete(ctx, _ticket(ctx, world, _utc(12, 9), 0, 0))
    assert operations.sla_percents(ctx.db, *WEEK) == (66.7, 50.0)  # 2 of 3 responses, 1 of 2 resolutions
    assert operations.sla_percents(ctx.db, date(2026, 4, 1), date(2026, 4, 30)) == (None, None)


def test_support_minutes_and_included_minutes_pro_rata(ctx: Context, world: FieldWorld) -> None:
    gold = contracts.create_level(ctx, {"name": "Gold", "included_minutes": 730})
    basic = contracts.create_level(ctx, {"name": "Basic", "included_minutes": 365})
    other = people.create(ctx, {"first_name": "Olga", "last_name": "Other"})
    # 2025: gold from 1 Jan to 30 Jun = 181 of 365 days x 730 = 362; basic for December = 31.
    contracts.create_contract(ctx, {"company_id": world.company, "level_id": gold, "starts_on": "2024-07-01",
                                    "ends_on": "2025-06-30"})
    contracts.create_contract(ctx, {"person_id": other, "level_id": basic, "starts_on": "2025-12-01"})
    contracts.delete_contract(ctx, contracts.create_contract(
        ctx, {"person_id": other, "level_id": gold, "starts_on": "2025-01-01"}))
    contracts.create_contract(ctx, {"person_id": other, "level_id": gold, "starts_on": "2026-01-01"})
    assert operations.included_minutes(ctx.db, date(2025, 1, 1), date(2025, 12, 31)) == 362 + 31
    # The leap year 2024 has 366 days: July to December (184 days) of gold = 730 x 184 / 366 = 367.0.
    assert operations.included_minutes(ctx.db, date(2024, 1, 1), date(2024, 12, 31)) == 367
    ticket = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Oven"})
    support_costs.log_time(ctx, ticket, {"minutes": 45, "started_at": "2026-03-02T08:00:00Z"})
    support_costs.log_time(ctx, ticket, {"minutes": 30, "started_at": "2026-02-28T23:30:00Z"})  # 1 March local
    support_costs.log_time(ctx, ticket, {"minutes": 20, "started_at": "2026-02-28T22:30:00Z"})  # 28 Feb local
    assert operations.support_minutes(ctx.db, date(2026, 3, 1), date(2026, 3, 31)) == 75


def test_support_minutes_count_as_the_support_cost_report(ctx: Context, world: FieldWorld) -> None:
    ticket = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Oven"})
    support_costs.log_time(ctx, ticket, {"minutes": 45, "started_at": "2026-03-02T08:00:00Z"})
    gone = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Gone"})
    support_costs.log_time(ctx, gone, {"minutes": 500, "started_at": "2026-03-02T08:00:00Z"})
    tickets.delete(ctx, gone)
    job = _job(ctx, world, _utc(3, 8), 60, [world.anna, world.bert])
    ctx.clock.advance(days=2)
    _done(ctx, job, _utc(3, 8), _utc(3, 8, 40))  # 40 minutes each, on site
    lo, hi = period_bounds(ctx.db, date(2026, 3, 1), date(2026, 3, 31))
    expected = support_costs.totals_where(ctx.db, "@at >= ? AND @at < ?", [lo, hi]).minutes
    assert operations.support_minutes(ctx.db, date(2026, 3, 1), date(2026, 3, 31)) == expected == 45 + 80


def test_operations_gathers_speed_sla_time_and_campaigns(ctx: Context, world: FieldWorld) -> None:
    # Two leads on Monday 2 March: answered in 10 and 40 business minutes (target 15).
    leads.create(ctx, {"person_id": world.person})  # 10:30 local
    history.log(ctx, {"kind": "call", "direction": "out", "subject": "Call", "person_id": world.person,
                      "occurred_at": "2026-03-02T09:40:00Z"})
    other = people.create(ctx, {"first_name": "Lea", "last_name": "Late"})
    leads.create(ctx, {"person_id": other})
    history.log(ctx, {"kind": "call", "direction": "out", "subject": "Call", "person_id": other,
                      "occurred_at": "2026-03-02T10:10:00Z"})
    _ticket(ctx, world, _utc(3, 9), 1, 0)
    mail = {"channels": ["email"], "email_subject": "Spring", "email_body": "Our offer", "starts_on": "2026-03-01"}
    campaign = campaigns.create(ctx, {"name": "Spring", "ends_on": "2026-03-31", **mail})
    campaigns.add_cost(ctx, campaign, {"description": "Design", "amount_cents": 4000})
    sale = sales.create(ctx, {"person_id": world.person}, [{"product_id": world.pump, "quantity": 1},
                                                           {"product_id": world.fuse, "quantity": 3,
                                                            "discount_percent": 10}])
    ctx.db.execute("UPDATE sales SET campaign_id = ? WHERE id = ?", [campaign, sale])  # as a won deal writes
    old = campaigns.create(ctx, {"name": "Old", **mail})
    campaigns.add_cost(ctx, old, {"description": "Print", "amount_cents": 999})
    campaigns.delete(ctx, old)
    ops = operations.operations(ctx.db, date(2026, 3, 1), date(2026, 3, 31))
    assert (ops.speed_to_lead_median_minutes, ops.speed_to_lead_within_target_percent) == (25, 50.0)
    assert (ops.sla_response_percent, ops.sla_resolution_percent) == (100.0, 0.0)
    # Pump 150.00 - 80.00; three fuses at 6.00 less 10 % = 16.20 - 7.50.
    assert (ops.campaign_cost_cents, ops.campaign_margin_cents) == (4000, 7000 + 870)
    assert ops.campaign_roi == pytest.approx((7870 - 4000) / 4000)
    runs = campaign_results.compare(ctx.db, "2026-03-01", "2026-03-31")  # the campaign screen's own sums
    assert (sum(r.cost_cents for r in runs), sum(r.margin_cents for r in runs)) == (4000, 7870)
    assert [u.name for u in ops.utilisation] == ["Anna Tech", "Bert Tech"]
    assert ops.utilisation[0].available_minutes == 22 * 540  # 22 weekdays in March 2026
    assert (ops.support_minutes, ops.included_minutes) == (0, 0)
    empty = operations.operations(ctx.db, date(2025, 1, 1), date(2025, 1, 31))
    assert (empty.speed_to_lead_median_minutes, empty.sla_response_percent, empty.campaign_roi) == (None, None, None)


def test_a_period_is_its_months_added_up(ctx: Context, world: FieldWorld) -> None:
    """Speed to lead, SLA verdicts and support time are counted month by month (kept for the next period asked):
    any period, cut inside months or not, gives the figures of the whole period counted at once."""
    for day, minutes in ((2, 10), (3, 70)):
        who = people.create(ctx, {"first_name": "Lead", "last_name": f"Number {day}"})
        ctx.clock.advance(days=1)
        leads.create(ctx, {"person_id": who})
        history.log(ctx, {"kind": "call", "direction": "out", "subject": "Call", "person_id": who,
                          "occurred_at": to_iso(ctx.clock.now() + timedelta(minutes=minutes))})
    _ticket(ctx, world, _utc(3, 9), 1, 0)
    late = _ticket(ctx, world, _utc(31, 21), 0, None)
    support_costs.log_time(ctx, late, {"minutes": 30, "started_at": "2026-03-31T21:50:00Z"})  # 23:50 in Brussels
    support_costs.log_time(ctx, late, {"minutes": 20, "started_at": "2026-03-31T22:10:00Z"})  # 1 April, 00:10
    for first, last in ((date(2026, 2, 15), date(2026, 4, 10)), (date(2026, 3, 1), date(2026, 3, 4)),
                        (date(2026, 3, 4), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 4, 1)),
                        (date(2026, 1, 1), date(2026, 12, 31))):
        ops = operations.operations(ctx.db, first, last)
        speed = leads.speed_to_lead_stats(ctx.db, first, last)
        assert (ops.speed_to_lead_median_minutes, ops.speed_to_lead_within_target_percent) == (
            speed.median_minutes, speed.within_target_percent)
        assert (ops.sla_response_percent, ops.sla_resolution_percent) == operations.sla_percents(ctx.db, first, last)
        assert ops.support_minutes == operations.support_minutes(ctx.db, first, last)
    assert [operations.operations(ctx.db, day, day).support_minutes
            for day in (date(2026, 3, 31), date(2026, 4, 1))] == [30, 20]


def test_kept_until_one_of_their_rows_changes(ctx: Context, world: FieldWorld) -> None:
    """The figures are kept while their rows' version holds: a sale leaves it (and the kept months), a contact
    logged, a ticket's verdict or a setting draws a new one; a rolled back write takes its draw back."""
    march = (date(2026, 3, 1), date(2026, 3, 31))
    leads.create(ctx, {"person_id": world.person})
    first = operations.sources(ctx.db)
    before = operations.operations(ctx.db, *march)
    sales.create(ctx, {"person_id": world.person}, [{"product_id": world.pump, "quantity": 1}])
    assert operations.sources(ctx.db) == first
    assert operations.operations(ctx.db, *march) == before
    history.log(ctx, {"kind": "call", "direction": "out", "subject": "Call", "person_id": world.person,
                      "occurred_at": "2026-03-02T09:40:00Z"})
    second = operations.sources(ctx.db)
    assert second != first
    answered = operations.operations(ctx.db, *march)
    assert (before.speed_to_lead_median_minutes, answered.speed_to_lead_median_minutes) == (None, 10)
    ctx.db.execute("BEGIN")
    _ticket(ctx, world, _utc(3, 9), 0, 0)
    assert operations.sources(ctx.db) not in (first, second)
    assert operations.operations(ctx.db, *march).sla_response_percent == 0.0
    ctx.db.execute("ROLLBACK")
    assert operations.sources(ctx.db) == second
    assert operations.operations(ctx.db, *march) == answered
