"""Maintenance plans: their due dates (month ends, leap years), the visits they make and who may change them."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.core import contracts, interventions, maintenance, records
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from crm_desktop.db.connection import open_database
from crm_desktop.sync.startup import prepare
from tests.field_setup import FieldWorld

# The fixed clock is Monday 2 March 2026 09:30 UTC (10:30 in Brussels).
TODAY = date(2026, 3, 2)


@pytest.fixture
def van_stock() -> int:
    return 0


@pytest.fixture
def contract(ctx: Context, world: FieldWorld) -> str:
    gold = contracts.create_level(ctx, {"name": "Gold", "rank": 3, "onsite_included": True})
    return contracts.create_contract(ctx, {"company_id": world.company, "level_id": gold,
                                           "starts_on": "2026-01-01", "ends_on": "2026-12-31"})


def _plan(ctx: Context, contract: str, **values: object) -> str:
    return maintenance.save_plan(ctx, {"contract_id": contract, "subject": "Boiler service", "every_months": 1,
                                       "starts_on": "2026-03-15", "skills": "Heating", "duration_minutes": 90,
                                       "instructions": "Key at the bakery counter", **values})


def _visits(ctx: Context, plan_id: str) -> list[dict]:
    return ctx.db.execute_returning_dicts(
        "SELECT id, due_on, status, kind, subject, company_id, city, plan_id, duration_minutes, skills "
        "FROM interventions WHERE plan_id = ? ORDER BY due_on", [plan_id])


# -- due dates ------------------------------------------------------------------------------------------------


def test_month_ends_come_back_to_the_31st() -> None:
    plan = {"starts_on": "2026-01-31", "every_months": 1, "ends_on": None}
    assert maintenance.due_dates(plan, date(2026, 5, 31)) == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]
    leap = {"starts_on": "2028-01-31", "every_months": 1}
    assert maintenance.due_dates(leap, date(2028, 3, 31))[1] == date(2028, 2, 29)


def test_29_february_yearly_falls_on_the_28th_except_in_leap_years() -> None:
    plan = {"starts_on": "2024-02-29", "every_months": 12}
    assert maintenance.due_dates(plan, date(2028, 12, 31)) == [
        date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29)]


def test_the_end_date_and_the_limit_cut_the_series() -> None:
    plan = {"starts_on": "2026-01-10", "every_months": 3, "ends_on": "2026-10-09"}
    assert maintenance.due_dates(plan, date(2030, 1, 1)) == [date(2026, 1, 10), date(2026, 4, 10), date(2026, 7, 10)]
    assert maintenance.due_dates(plan, date(2026, 1, 9)) == []
    assert maintenance.next_due(plan, date(2026, 4, 11)) == date(2026, 7, 10)
    assert maintenance.next_due(plan, date(2026, 7, 11)) is None


@given(start=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
       every=st.integers(min_value=1, max_value=60), span=st.integers(min_value=0, max_value=40 * 366))
def test_due_dates_properties(start: date, every: int, span: int) -> None:
    until = start + timedelta(days=span)
    dates = maintenance.due_dates({"starts_on": start.isoformat(), "every_months": every}, until)
    assert dates[0] == start
    assert all(a < b for a, b in zip(dates, dates[1:], strict=False))
    assert all(start <= d <= until for d in dates)
    for k, due in enumerate(dates):
        # k intervals after the start, on the start's day or the last day of a shorter month.
        assert (due.year * 12 + due.month) - (start.year * 12 + start.month) == k * every
        assert due.day == min(start.day, calendar.monthrange(due.year, due.month)[1])
    # Nothing is missing: the next date of the series is after the limit.
    assert maintenance.add_months(start, len(dates) * every) > until


@given(start=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
       every=st.integers(min_value=1, max_value=60), end_offset=st.integers(min_value=0, max_value=3000))
def test_end_date_and_next_due_agree_with_the_series(start: date, every: int, end_offset: int) -> None:
    end = start + timedelta(days=end_offset)
    plan = {"starts_on": start, "every_months": every, "ends_on": end}
    dates = maintenance.due_dates(plan, date(2200, 1, 1))
    assert dates and dates[-1] <= end < maintenance.add_months(start, len(dates) * every)
    middle = start + timedelta(days=end_offset // 2)
    assert maintenance.next_due(plan, middle) == next((d for d in dates if d >= middle), None)


# -- plans ----------------------------------------------------------------------------------------------------


def test_plan_takes_its_customer_from_the_contract(ctx: Context, world: FieldWorld, contract: str) -> None:
    plan = maintenance.get_plan(ctx.db, _plan(ctx, contract, person_id=world.person))
    assert (plan["company_id"], plan["person_id"], plan["kind"], plan["active"]) == (world.company, None,
                                                                                     "maintenance", 1)
    assert plan["skills"] == ["heating"]
    assert [p["id"] for p in maintenance.list_plans(ctx.db, company_id=world.company)] == [plan["id"]]
    assert [p["id"] for p in maintenance.list_plans(ctx.db, contract_id=contract)] == [plan["id"]]


@pytest.mark.parametrize(("values", "field"), [
    ({"every_months": 0}, "every_months"), ({"every_months": 61}, "every_months"),
    ({"every_months": "often"}, "every_months"), ({"starts_on": "soon"}, "starts_on"),
    ({"starts_on": ""}, "starts_on"), ({"subject": ""}, "subject"),
    ({"ends_on": "2026-01-01"}, "ends_on"), ({"contract_id": None}, "company_id"),
    ({"duration_minutes": 2}, "duration_minutes"),
])
def test_bad_plans_are_refused_per_field(ctx: Context, contract: str, values: dict, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        _plan(ctx, contract, **values)
    assert field in err.value.errors
    assert ctx.db.execute("SELECT count(*) FROM maintenance_plans").fetchone()[0] == 0


def test_edit_and_delete_a_plan(ctx: Context, contract: str) -> None:
    plan_id = _plan(ctx, contract)
    maintenance.save_plan(ctx, {"every_months": 6, "active": False}, plan_id)
    plan = maintenance.get_plan(ctx.db, plan_id)
    assert (plan["every_months"], plan["active"], plan["subject"]) == (6, 0, "Boiler service")
    with pytest.raises(ValidationError):
        maintenance.save_plan(ctx, {"every_months": 100}, plan_id)
    maintenance.delete_plan(ctx, plan_id)
    assert maintenance.list_plans(ctx.db, contract_id=contract) == []


def test_technicians_may_not_change_plans(ctx: Context, clock: FixedClock, world: FieldWorld,
                                          contract: str) -> None:
    plan_id = _plan(ctx, contract)
    tech = Context(ctx.db, add_user(ctx.db, clock, "Tom Tech", Role.TECHNICIAN), clock, ctx.changes)
    with pytest.raises(PermissionDenied, match="not allowed to change support levels and contracts"):
        _plan(tech, contract)
    with pytest.raises(PermissionDenied):
        maintenance.save_plan(tech, {"every_months": 2}, plan_id)
    with pytest.raises(PermissionDenied):
        maintenance.delete_plan(tech, plan_id)
    assert maintenance.get_plan(ctx.db, plan_id)["every_months"] == 1


# -- visits -----------------------------------------------------------------------------------------------------


def test_generate_makes_visits_to_plan_within_the_horizon(ctx: Context, world: FieldWorld, contract: str) -> None:
    plan_id = _plan(ctx, contract)
    made = maintenance.generate(ctx, 60)
    visits = _visits(ctx, plan_id)
    assert [v["due_on"] for v in visits] == ["2026-03-15", "2026-04-15"]
    assert made == [v["id"] for v in visits]
    first = visits[0]
    assert (first["status"], first["kind"], first["subject"], first["company_id"], first["city"]) == (
        "to_plan", "maintenance", "Boiler service", world.company, "Namur")
    assert (first["duration_minutes"], first["skills"]) == (90, '["heating"]')
    assert interventions.get(ctx.db, first["id"])["instructions"] == "Key at the bakery counter"


def test_generate_is_idempotent_and_follows_the_clock(ctx: Context, clock: FixedClock, contract: str) -> None:
    plan_id = _plan(ctx, contract)
    assert len(maintenance.generate(ctx)) == 2
    assert maintenance.generate(ctx) == []
    clock.advance(days=30)
    assert [interventions.get(ctx.db, i)["due_on"] for i in maintenance.generate(ctx)] == ["2026-05-15"]
    assert maintenance.generate(ctx) == []
    # A visit trashed by the office is not made again.
    interventions.delete(ctx, _visits(ctx, plan_id)[0]["id"])
    assert maintenance.generate(ctx) == []
    assert len(_visits(ctx, plan_id)) == 3


def test_visit_ids_derive_from_plan_and_due_date(ctx: Context, contract: str) -> None:
    plan_id = _plan(ctx, contract)
    made = maintenance.generate(ctx)
    assert made == [maintenance.visit_id(plan_id, date(2026, 3, 15)), maintenance.visit_id(plan_id, date(2026, 4, 15))]
    assert maintenance.visit_id(plan_id, date(2026, 3, 15)) == maintenance.visit_id(plan_id, date(2026, 3, 15))
    assert maintenance.visit_id(plan_id, date(2026, 3, 15)) != maintenance.visit_id("other", date(2026, 3, 15))
    assert len(made[0]) == 32 and int(made[0], 16) >= 0


def test_a_visit_made_on_another_machine_is_not_made_again(ctx: Context, contract: str) -> None:
    """Another machine made the March visit (same id, no due_on seen yet): this one skips it."""
    plan_id = _plan(ctx, contract)
    other = maintenance.visit_id(plan_id, date(2026, 3, 15))
    interventions.create(ctx, {"company_id": maintenance.get_plan(ctx.db, plan_id)["company_id"],
                               "subject": "Boiler service"}, record_id=other)
    made = maintenance.generate(ctx)
    assert other not in made and len(made) == 1
    assert ctx.db.execute("SELECT count(*) FROM interventions WHERE id = ?", [other]).fetchone()[0] == 1


def test_an_expired_contract_makes_nothing(ctx: Context, world: FieldWorld, contract: str) -> None:
    contracts.update_contract(ctx, contract, {"company_id": world.company,
                                              "level_id": records.fetch(ctx.db, "contracts", contract)["level_id"],
                                              "starts_on": "2026-01-01", "ends_on": "2026-03-31"})
    plan_id = _plan(ctx, contract)
    assert [interventions.get(ctx.db, i)["due_on"] for i in maintenance.generate(ctx)] == ["2026-03-15"]
    ended = _plan(ctx, contract, subject="Yearly check", starts_on="2025-06-01", every_months=12,
                  ends_on="2026-02-28")
    assert maintenance.generate(ctx, 365) == []
    assert len(_visits(ctx, plan_id)) == 1 and _visits(ctx, ended) == []


def test_a_late_plan_makes_one_overdue_visit_not_a_backlog(ctx: Context, contract: str) -> None:
    plan_id = _plan(ctx, contract, starts_on="2025-12-05")  # entered on 2 March: Dec, Jan and Feb are past
    maintenance.generate(ctx, 30)
    assert [v["due_on"] for v in _visits(ctx, plan_id)] == ["2026-02-05", "2026-03-05"]


def test_inactive_plans_and_a_zero_horizon(ctx: Context, contract: str) -> None:
    _plan(ctx, contract, active=False)
    assert maintenance.generate(ctx) == []
    _plan(ctx, contract, starts_on="2026-03-02")
    assert len(maintenance.generate(ctx, 0)) == 1
    with pytest.raises(ValidationError):
        maintenance.generate(ctx, -1)


def test_a_plan_without_contract_makes_visits_for_its_customer(ctx: Context, world: FieldWorld) -> None:
    plan_id = maintenance.save_plan(ctx, {"person_id": world.person, "subject": "Alarm test", "every_months": 6,
                                          "starts_on": "2026-03-20"})
    maintenance.generate(ctx)
    [visit] = _visits(ctx, plan_id)
    assert visit["company_id"] == world.company  # a person's visit happens at their company's address
    assert visit["city"] == "Namur"


def test_generate_needs_the_planning_right(ctx: Context, clock: FixedClock, contract: str) -> None:
    _plan(ctx, contract)
    staff = Context(ctx.db, add_user(ctx.db, clock, "Sam Staff", Role.STAFF), clock, ctx.changes)
    assert len(maintenance.generate(staff)) == 2  # staff plan interventions
    made = ctx.db.execute("SELECT created_by FROM interventions WHERE plan_id IS NOT NULL").fetchall()
    assert {r[0] for r in made} == {staff.user.id}


def test_startup_and_generate_on_open_make_the_visits(ctx: Context, db_path: Path, contract: str) -> None:
    plan_id = _plan(ctx, contract)
    ctx.db.close()
    db = open_database(db_path)
    try:
        clock = FixedClock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
        prepare(db, db_path, clock, maintenance_days=maintenance.DEFAULT_HORIZON_DAYS)
        assert [r[0] for r in db.execute("SELECT due_on FROM interventions WHERE plan_id = ? ORDER BY due_on",
                                         [plan_id]).fetchall()] == ["2026-03-15", "2026-04-15"]
        prepare(db, db_path, clock, maintenance_days=maintenance.DEFAULT_HORIZON_DAYS)
        assert db.execute("SELECT count(*) FROM interventions").fetchone()[0] == 2
        prepare(db, db_path, FixedClock(datetime(2026, 4, 1, 9, 0, tzinfo=UTC)), maintenance_days=None)
        assert db.execute("SELECT count(*) FROM interventions").fetchone()[0] == 2
        assert maintenance.acting_user(db) is not None
    finally:
        db.close()


def test_generate_on_open_without_plans_writes_nothing(db, clock: FixedClock) -> None:
    assert maintenance.generate_on_open(db, clock) == []
    assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 0


def test_two_offline_machines_make_one_visit_and_sync_makes_them(template_db: Path, tmp_path: Path) -> None:
    from crm_desktop.core import companies
    from tests.unit.sync_support import assert_converged, exchange, join, origin

    folder = tmp_path / "hub"
    folder.mkdir()
    office = origin(template_db, folder, "office")
    office.clock_ms = lambda: int(office.ctx.clock.now().timestamp() * 1000)
    laptop = None
    try:
        level = contracts.create_level(office.ctx, {"name": "Gold"})
        company = companies.create(office.ctx, {"name": "Boulangerie Dupont", "city": "Namur"})
        contract = contracts.create_contract(office.ctx, {"company_id": company, "level_id": level,
                                                          "starts_on": "2026-01-01"})
        plan_id = _plan(office.ctx, contract, starts_on="2026-06-01", every_months=12)
        office.sync(folder)  # 2 March: the first visit (1 June) is not due within 60 days yet
        laptop = join(folder, tmp_path, "laptop")
        node = laptop
        laptop.clock_ms = lambda: int(node.ctx.clock.now().timestamp() * 1000)
        assert laptop.db.execute("SELECT count(*) FROM interventions").fetchone()[0] == 0
        for machine in (office, laptop):
            machine.ctx.clock.advance(days=75)  # 16 May, both offline
        made_here, made_there = maintenance.generate(office.ctx), maintenance.generate(laptop.ctx)
        assert made_here == made_there == [maintenance.visit_id(plan_id, date(2026, 6, 1))]
        exchange([office, laptop], folder)
        assert_converged([office, laptop])
        # Each machine numbered it from its own counter: the number is the one cell left to choose.
        from crm_desktop.sync import conflicts

        kept = {(c.table, c.row_id, c.column) for c in conflicts.list_all(office.db)}
        assert kept <= {("interventions", made_here[0], "number")}
        for machine in (office, laptop):
            assert machine.db.execute("SELECT count(*) FROM interventions WHERE plan_id = ?",
                                      [plan_id]).fetchone()[0] == 1
        # A plan made on the office: its sync makes the visit, which reaches the laptop in the same exchange.
        other = _plan(office.ctx, contract, subject="Oven check", starts_on="2026-06-10", every_months=6)
        office.sync(folder)
        laptop.sync(folder)
        visit = maintenance.visit_id(other, date(2026, 6, 10))
        assert laptop.db.execute("SELECT plan_id FROM interventions WHERE id = ?", [visit]).fetchone() == (other,)
        assert_converged([office, laptop])
    finally:
        if laptop is not None:
            laptop.close()
        office.close()
