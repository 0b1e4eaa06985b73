"""Interventions from creation to the signed report: planning, warnings, parts, costs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.core import interventions, planning, stock, support_costs, technicians, tickets
from crm_desktop.core.errors import ValidationError
from tests.field_setup import TUESDAY_9

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _job(ctx, world, **values):
    return interventions.create(ctx, {"company_id": world.company, "subject": "Oven does not heat",
                                      "skills": ["electrical"], **values})


def test_new_intervention_has_site_number_and_customer_address(ctx, world):
    job = interventions.get(ctx.db, _job(ctx, world))
    assert job["number"].startswith("I-") and job["number"].endswith("-0001")
    assert job["status"] == "to_plan"
    assert (job["street"], job["city"]) == ("Rue Haute 5", "Namur")
    assert job["skills"] == ["electrical"]


def test_planning_with_technician_sets_planned_and_end(ctx, world):
    job_id = _job(ctx, world, planned_start=TUESDAY_9.isoformat(), duration_minutes=90, technician_ids=[world.anna])
    job = interventions.get(ctx.db, job_id)
    assert job["status"] == "planned"
    assert job["planned_end"] == "2026-03-03T09:30:00.000Z"
    assert [t.name for t in interventions.team(ctx.db, job_id)] == ["Anna Tech"]


def test_plan_in_the_past_is_refused_with_a_message(ctx, world):
    job_id = _job(ctx, world)
    with pytest.raises(ValidationError) as err:
        interventions.plan(ctx, job_id, (ctx.clock.now() - timedelta(hours=2)).isoformat(), 60, [world.anna])
    assert "planned_start" in err.value.errors
    assert interventions.get(ctx.db, job_id)["status"] == "to_plan"


def test_double_booking_skills_and_absence_warn(ctx, world):
    first = _job(ctx, world)
    second = _job(ctx, world, skills=["heating"])
    assert interventions.plan(ctx, first, TUESDAY_9, 120, [world.anna]) == []
    found = interventions.plan(ctx, second, TUESDAY_9 + timedelta(hours=1), 60, [world.anna])
    assert {w.kind for w in found} == {"overlap", "skills"}
    technicians.add_absence(ctx, world.bert, TUESDAY_9.isoformat(), (TUESDAY_9 + timedelta(hours=8)).isoformat(),
                            "Training")
    found = interventions.plan(ctx, second, TUESDAY_9 + timedelta(hours=1), 60, [world.bert])
    assert [w.kind for w in found] == ["absence"]


def test_outside_working_hours_warns(ctx, world):
    job = _job(ctx, world)
    evening = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)  # 18:00 Brussels, after 17:00
    assert [w.kind for w in interventions.plan(ctx, job, evening, 60, [world.anna])] == ["hours"]


def test_suggest_lists_free_technicians_with_skills(ctx, world):
    busy = _job(ctx, world)
    interventions.plan(ctx, busy, TUESDAY_9, 60, [world.anna])
    names = [s.technician.name for s in planning.suggest(ctx.db, TUESDAY_9, TUESDAY_9 + timedelta(hours=1), [])]
    assert names == ["Bert Tech"]
    later = TUESDAY_9 + timedelta(hours=3)
    names = [s.technician.name for s in planning.suggest(ctx.db, later, later + timedelta(hours=1), ["electrical"])]
    assert names == ["Anna Tech"]


def test_board_shows_items_with_warnings(ctx, world):
    a = _job(ctx, world)
    b = _job(ctx, world)
    interventions.plan(ctx, a, TUESDAY_9, 120, [world.anna])
    interventions.plan(ctx, b, TUESDAY_9 + timedelta(hours=1), 60, [world.anna])
    board = planning.board(ctx.db, TUESDAY_9.date(), 7)
    items = board.items[world.anna]
    assert [i.intervention_id for i in items] == [a, b]
    assert all("overlap" in i.warnings for i in items)
    assert board.items[world.bert] == []


def test_report_with_parts_uses_van_stock_and_costs_reach_ticket(ctx, world):
    ticket_id = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Oven"})
    job = _job(ctx, world, ticket_id=ticket_id, parts=[(world.fuse, 2)])
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    ctx.clock.advance(days=1, hours=2)
    report = {"work_done": "Replaced two fuses", "arrived_at": "2026-03-03T08:05:00Z",
              "departed_at": "2026-03-03T09:05:00Z", "km": "12,5", "parts_used": [(world.fuse, 2)]}
    interventions.save_report(ctx, job, report, complete=True)
    assert stock.level(ctx.db, world.van_anna, world.fuse) == 3
    # Saving again does not take the parts twice; giving one back returns it to the van.
    interventions.save_report(ctx, job, {**report, "parts_used": [(world.fuse, 1)]})
    assert stock.level(ctx.db, world.van_anna, world.fuse) == 4
    job_row = interventions.get(ctx.db, job)
    assert job_row["status"] == "done" and job_row["completed_at"]
    totals = support_costs.ticket_totals(ctx.db, ticket_id)
    assert totals.minutes == 60
    assert totals.time_cost_cents == 3000
    assert totals.parts_cost_cents == 250
    assert totals.travel_cost_cents == round(12.5 * 35)
    assert any(e["kind"] == "note" and "Replaced" in (e["body"] or "") for e in tickets.events(ctx.db, ticket_id))


def test_use_beyond_van_is_recorded_and_flagged_then_corrected(ctx, world):
    job = _job(ctx, world)
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    interventions.save_report(ctx, job, {"parts_used": [(world.pump, 7)]})
    assert stock.level(ctx.db, world.van_anna, world.pump) == -2
    flagged = stock.needs_correction(ctx.db)
    assert [(r["location_name"], r["quantity"], r["flagged"]) for r in flagged] == [("Van Anna", -2, 1)]
    stock.correct(ctx, world.pump, world.van_anna, 0, "Counted")
    assert stock.level(ctx.db, world.van_anna, world.pump) == 0
    assert stock.needs_correction(ctx.db) == []


def test_transfer_beyond_warehouse_is_refused(ctx, world):
    with pytest.raises(ValidationError) as err:
        stock.transfer(ctx, world.pump, world.warehouse, world.van_anna, 1000)
    assert "quantity" in err.value.errors
    assert stock.level(ctx.db, world.warehouse, world.pump) == 90


def test_complete_needs_work_done_and_times(ctx, world):
    job = _job(ctx, world)
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    with pytest.raises(ValidationError) as err:
        interventions.save_report(ctx, job, {"work_done": ""}, complete=True)
    assert {"work_done", "arrived_at", "departed_at"} <= err.value.errors.keys()
    assert interventions.get(ctx.db, job)["status"] == "planned"


def test_signature_checks(ctx, world):
    job = _job(ctx, world)
    with pytest.raises(ValidationError) as err:
        interventions.sign(ctx, job, b"", "")
    assert {"signature", "signed_by"} <= err.value.errors.keys()
    with pytest.raises(ValidationError) as err:
        interventions.sign(ctx, job, PNG + b"\x00" * (2 * 1024 * 1024), "Marie")
    assert "signature" in err.value.errors
    interventions.sign(ctx, job, PNG, "Marie Dupont")
    row = interventions.get(ctx.db, job)
    assert row["signed_by"] == "Marie Dupont" and row["signed_at"]
    assert interventions.signature_png(ctx, row) == PNG
    assert interventions.photos(ctx, job) == []


def test_follow_up_intervention_is_created_once(ctx, world):
    job = _job(ctx, world)
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    ctx.clock.advance(days=1, hours=2)
    report = {"work_done": "Checked", "arrived_at": "2026-03-03T08:00:00Z", "departed_at": "2026-03-03T08:30:00Z",
              "follow_up": "intervention", "follow_up_note": "Replace the thermostat"}
    interventions.save_report(ctx, job, report, complete=True)
    interventions.save_report(ctx, job, report, complete=True)
    made = interventions.follow_ups(ctx.db, interventions.get(ctx.db, job))
    assert len(made) == 1 and made[0]["status"] == "to_plan"


def test_customer_totals_count_interventions_without_ticket(ctx, world):
    job = _job(ctx, world)
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    ctx.clock.advance(days=1, hours=2)
    interventions.save_report(ctx, job, {"work_done": "Done", "arrived_at": "2026-03-03T08:00:00Z",
                                         "departed_at": "2026-03-03T08:30:00Z"}, complete=True)
    totals = support_costs.customer_totals(ctx.db, world.company, None, TUESDAY_9.date().replace(day=1),
                                           TUESDAY_9.date().replace(day=31)).totals
    assert totals.minutes == 30 and totals.time_cost_cents == 1500


def test_my_day_and_load_list(ctx, world):
    job = _job(ctx, world, parts=[(world.pump, 6)])
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    assert [r["id"] for r in interventions.my_day(ctx.db, world.anna, TUESDAY_9.date())] == [job]
    lines = stock.load_list(ctx.db, world.anna, TUESDAY_9.date())
    assert [(ln.product_name, ln.needed, ln.in_van, ln.to_load) for ln in lines] == [("Circulation pump", 6, 5, 1)]


def test_restock_below_minimum(ctx, world):
    stock.set_minimum(ctx, world.van_anna, world.fuse, 8, 10)
    lines = stock.restock(ctx.db)
    assert [(ln.location_name, ln.quantity, ln.to_add) for ln in lines] == [("Van Anna", 5, 5)]


def test_a_job_for_a_ticket_takes_the_ticket_customer(ctx, world):
    ticket_id = tickets.open_ticket(ctx, {"person_id": world.person, "subject": "Oven"})
    job = interventions.get(ctx.db, interventions.create(ctx, {"ticket_id": ticket_id, "subject": "Visit"}))
    assert (job["company_id"], job["person_id"]) == (world.company, world.person)
    assert job["city"] == "Namur"


def test_unknown_status_is_a_clear_error(ctx, world):
    with pytest.raises(ValidationError) as err:
        interventions.set_status(ctx, _job(ctx, world), "flying")
    assert "status" in err.value.errors


def test_phone_on_site_is_checked_and_stored_internationally(ctx, world):
    job = interventions.get(ctx.db, _job(ctx, world, site_phone="081 22 33 44"))
    assert job["site_phone"] == "+3281223344"
    with pytest.raises(ValidationError) as err:
        _job(ctx, world, site_phone="12")
    assert "site_phone" in err.value.errors


def _done(ctx, world, **report):
    job = _job(ctx, world)
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    ctx.clock.advance(days=1, hours=2)
    interventions.save_report(ctx, job, {"work_done": "Checked", "arrived_at": "2026-03-03T08:00:00Z",
                                         "departed_at": "2026-03-03T08:30:00Z", **report}, complete=True)
    return job


def test_reopened_and_finished_again_makes_no_second_follow_up_or_ticket_note(ctx, world):
    ticket_id = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Oven"})
    job = _job(ctx, world, ticket_id=ticket_id)
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    ctx.clock.advance(days=1, hours=2)
    report = {"work_done": "Checked", "arrived_at": "2026-03-03T08:00:00Z", "departed_at": "2026-03-03T08:30:00Z",
              "follow_up": "intervention", "follow_up_note": "Replace the thermostat"}
    interventions.save_report(ctx, job, report, complete=True)
    interventions.set_status(ctx, job, "on_site")
    interventions.save_report(ctx, job, report, complete=True)
    assert len(interventions.follow_ups(ctx.db, interventions.get(ctx.db, job))) == 1
    notes = [e for e in tickets.events(ctx.db, ticket_id) if e["kind"] == "note"]
    assert len(notes) == 1


def test_quote_follow_up_is_one_note_on_the_timeline_and_one_deal_in_the_pipeline(ctx, world):
    job = _done(ctx, world, follow_up="quote", follow_up_note="New boiler")
    interventions.set_status(ctx, job, "on_site")
    interventions.save_report(ctx, job, {}, complete=True)
    count = ctx.db.execute("SELECT count(*) FROM history WHERE subject LIKE '%Quote%'").fetchone()[0]
    assert count == 1
    deals = ctx.db.execute_returning_dicts("SELECT * FROM opportunities")
    assert len(deals) == 1 and deals[0]["id"] == f"{job}:opportunity"
    assert (deals[0]["title"], deals[0]["stage"], deals[0]["probability"]) == ("New boiler", "qualified", 25)
    assert deals[0]["number"].startswith("O-") and deals[0]["company_id"] == world.company
    interventions.save_report(ctx, job, {"work_done": "Again"}, complete=True)
    assert ctx.db.execute("SELECT count(*) FROM opportunities").fetchone()[0] == 1


def test_back_to_plan_forgets_the_time_and_planned_needs_a_team(ctx, world):
    job = _job(ctx, world)
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    interventions.set_status(ctx, job, "to_plan")
    row = interventions.get(ctx.db, job)
    assert (row["status"], row["planned_start"], row["planned_end"]) == ("to_plan", None, None)
    assert interventions.my_day(ctx.db, world.anna, TUESDAY_9.date()) == []
    lonely = _job(ctx, world, planned_start=TUESDAY_9.isoformat())
    with pytest.raises(ValidationError) as err:
        interventions.set_status(ctx, lonely, "planned")
    assert "technician_ids" in err.value.errors


def test_a_job_under_way_can_be_made_longer(ctx, world):
    job = _job(ctx, world)
    start = ctx.clock.now() + timedelta(minutes=30)
    interventions.plan(ctx, job, start, 60, [world.anna])
    ctx.clock.advance(hours=1)
    interventions.set_status(ctx, job, "on_site")
    interventions.plan(ctx, job, start, 120)
    assert interventions.get(ctx.db, job)["duration_minutes"] == 120


def test_dates_out_of_range_are_clear_errors(ctx, world):
    with pytest.raises(ValidationError):
        _job(ctx, world, planned_start="9999-12-31T23:59:00-05:00", technician_ids=[world.anna])
    with pytest.raises(ValidationError):
        technicians.add_absence(ctx, world.anna, "0001-01-01T00:00:00+01:00", "2026-03-04T00:00:00Z")


def test_giving_back_more_than_the_van_holds_is_refused(ctx, world):
    with pytest.raises(ValidationError) as err:
        stock.give_back(ctx, world.fuse, world.warehouse, 50, from_location_id=world.van_anna)
    assert "quantity" in err.value.errors
    assert stock.level(ctx.db, world.van_anna, world.fuse) == 5


def test_counts_overtaken_by_another_machine_ask_for_a_recount(ctx, world):
    stock.correct(ctx, world.fuse, world.van_anna, 3)
    assert stock.level(ctx.db, world.van_anna, world.fuse) == 3
    assert stock.needs_correction(ctx.db) == []
    # The same count made on a laptop offline arrives: it moved -2 from the level IT knew (5).
    ctx.db.execute(
        "INSERT INTO stock_movements(id, created_at, updated_at, product_id, kind, from_location_id, quantity, at,"
        " counted) VALUES ('laptop-count', ?, ?, ?, 'correction', ?, 2, ?, 3)",
        [ctx.now(), ctx.now(), world.fuse, world.van_anna, "2026-03-02T09:31:00.000Z"])
    assert stock.level(ctx.db, world.van_anna, world.fuse) == 1
    lines = stock.needs_correction(ctx.db)
    assert [(r["location_name"], r["quantity"], r["counted"]) for r in lines] == [("Van Anna", 1, 3)]
    ctx.clock.advance(minutes=5)
    stock.correct(ctx, world.fuse, world.van_anna, 3, "Counted again")
    assert stock.level(ctx.db, world.van_anna, world.fuse) == 3
    assert stock.needs_correction(ctx.db) == []
