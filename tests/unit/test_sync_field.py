"""Field service on two offline machines: the office plans, the technician's laptop reports,
and the next sync gives both the same job, team, van stock, cost lines and ticket totals.

Stock levels do not sync: each machine derives them from the movements with its triggers,
also while a merge applies the other machine's movements; both must end with the same levels.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crm_desktop.core import interventions, search, stock, support_costs, technicians, tickets, timeline, users
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied
from crm_desktop.core.permissions import Perm, Role
from crm_desktop.core.support_settings import load_support
from crm_desktop.db import synced
from crm_desktop.sync import conflicts, site
from tests.field_setup import build
from tests.unit.sync_support import Node, assert_converged, exchange, join, origin

TUESDAY_9 = "2026-03-03T08:00:00Z"  # 09:00 in Brussels; the clocks start on Monday 2 March 09:30 UTC


def levels(db: sqlite_utils.Database) -> dict[tuple[str, str], int]:
    """Every non-zero stock level kept by the triggers."""
    rows = db.execute("SELECT location_id, product_id, quantity FROM stock_levels WHERE quantity != 0").fetchall()
    return {(loc, product): quantity for loc, product, quantity in rows}


def levels_from_movements(db: sqlite_utils.Database) -> dict[tuple[str, str], int]:
    """The same levels summed from the live movements (what the triggers must keep)."""
    rows = db.execute(
        "SELECT loc, product_id, sum(q) FROM (SELECT to_location_id AS loc, product_id, quantity AS q "
        "FROM stock_movements WHERE deleted_at IS NULL AND to_location_id IS NOT NULL UNION ALL "
        "SELECT from_location_id, product_id, -quantity FROM stock_movements WHERE deleted_at IS NULL "
        "AND from_location_id IS NOT NULL) GROUP BY loc, product_id HAVING sum(q) != 0").fetchall()
    return {(loc, product): quantity for loc, product, quantity in rows}


def cost_lines(db: sqlite_utils.Database, job: str) -> list[tuple[Any, ...]]:
    return [(c["id"], c["kind"], c["minutes"], c["quantity"], c["cost_cents"], c["price_cents"], c["billing"])
            for c in interventions.costs(db, job)]


def as_user(node: Node, user_id: str) -> Context:
    """Someone else working on the same machine (its database and clock)."""
    return Context(db=node.db, user=users.get_user(node.db, user_id), clock=node.ctx.clock)


@pytest.fixture
def machines(template_db: Path, tmp_path: Path):  # noqa: ANN201 - a generator fixture
    """The office with the field world and a ticket, and Anna's laptop joined from it."""
    folder = tmp_path / "hub"
    folder.mkdir()
    office = origin(template_db, folder, "office")
    world = build(office.ctx)
    office.sync(folder)
    laptop = join(folder, tmp_path, "laptop")
    yield folder, office, laptop, world
    laptop.close()
    office.close()


def test_office_plans_the_laptop_reports_offline_and_both_agree(machines) -> None:  # noqa: ANN001
    folder, office, laptop, world = machines
    ticket_id = tickets.open_ticket(office.ctx, {"person_id": world.person, "subject": "Four en panne"})
    job = interventions.create(office.ctx, {
        "ticket_id": ticket_id, "person_id": world.person, "subject": "Four en panne", "planned_start": TUESDAY_9,
        "duration_minutes": 90,
        "technician_ids": [world.anna], "parts": [(world.fuse, 2)]})
    office.sync(folder)
    laptop.sync(folder)
    assert interventions.get(laptop.db, job)["status"] == "planned"
    assert stock.level(laptop.db, world.van_anna, world.fuse) == 5  # derived on the laptop when it joined

    # Offline. Anna reports on site (parts from her van, no signature) and closes the job...
    anna = as_user(laptop, world.anna)
    laptop.ctx.clock.advance(days=1, hours=2)
    interventions.save_report(anna, job, {
        "work_done": "Résistance changée, deux fusibles remplacés", "arrived_at": "2026-03-03T08:05:00Z",
        "departed_at": "2026-03-03T09:05:00Z", "km": "18", "parts_used": [(world.fuse, 2), (world.pump, 1)],
        "checklist": {"Fault reproduced": True, "Cause found": True}}, complete=True)
    # ...while the office fills her van and notes who to ask for on site.
    office.ctx.clock.advance(days=1, hours=1)
    stock.transfer(office.ctx, world.fuse, world.warehouse, world.van_anna, 3)
    interventions.update(office.ctx, job, {"site_contact": "Jean, à l'arrière"})
    assert stock.level(laptop.db, world.van_anna, world.fuse) == 3
    assert stock.level(office.db, world.van_anna, world.fuse) == 8

    exchange([office, laptop], folder)
    assert_converged([office, laptop])
    km_cost = load_support(office.db).km_cost_cents
    for node in (office, laptop):
        assert conflicts.list_all(node.db) == [], node.name
        row = interventions.get(node.db, job)
        assert (row["status"], row["site_contact"]) == ("done", "Jean, à l'arrière")
        assert row["work_done"].startswith("Résistance") and row["completed_at"] and not row["signature_id"]
        assert row["checklist"] == {"Fault reproduced": True, "Cause found": True}
        assert [t.name for t in interventions.team(node.db, job)] == ["Anna Tech"]
        # The van: 5 + 3 brought by the office - 2 fitted by Anna; the pump taken from it too.
        assert stock.level(node.db, world.van_anna, world.fuse) == 6, node.name
        assert stock.level(node.db, world.van_anna, world.pump) == 4, node.name
        assert stock.level(node.db, world.warehouse, world.fuse) == 100 - 10 - 3, node.name
        assert levels(node.db) == levels_from_movements(node.db), node.name
        totals = support_costs.ticket_totals(node.db, ticket_id)
        assert totals.minutes == 60
        assert totals.time_cost_cents == 3000  # an hour of Anna at 30.00
        assert totals.parts_cost_cents == 2 * 250 + 8000
        assert totals.travel_cost_cents == 18 * km_cost
        notes = [e["body"] for e in tickets.events(node.db, ticket_id) if e["kind"] == "note"]
        assert any(row["number"] in (body or "") for body in notes)
        entry = next(e for e in timeline.query(node.db, person_id=world.person) if e.source == "intervention")
        assert entry.id == job and timeline.intervention_summary(entry.summary)[0] == "done"
    assert levels(office.db) == levels(laptop.db)
    assert cost_lines(office.db, job) == cost_lines(laptop.db, job)
    assert {line[1] for line in cost_lines(office.db, job)} == {"time", "part", "travel"}


def test_the_same_technician_added_on_both_machines_is_one_team_row(machines) -> None:  # noqa: ANN001
    folder, office, laptop, world = machines
    job = interventions.create(office.ctx, {"company_id": world.company, "subject": "Vitrine",
                                            "technician_ids": [world.anna]})
    office.sync(folder)
    laptop.sync(folder)
    interventions.update(office.ctx, job, {"technician_ids": [world.anna, world.bert]})
    interventions.update(laptop.ctx, job, {"technician_ids": [world.bert, world.anna]})
    exchange([office, laptop], folder)
    assert_converged([office, laptop])
    for node in (office, laptop):
        rows = node.db.execute("SELECT id, deleted_at FROM intervention_technicians WHERE intervention_id = ? "
                               "ORDER BY id", [job]).fetchall()
        assert sorted(rows) == sorted([(f"{job}:{world.anna}", None), (f"{job}:{world.bert}", None)])
        assert [t.name for t in interventions.team(node.db, job)] == ["Anna Tech", "Bert Tech"]
        assert conflicts.list_all(node.db) == []


def test_numbers_made_on_two_offline_machines_never_collide(machines) -> None:  # noqa: ANN001
    folder, office, laptop, world = machines
    made = {node.name: [interventions.create(node.ctx, {"company_id": world.company, "subject": f"Job {n}"})
                        for n in range(3)] for node in (office, laptop)}
    exchange([office, laptop], folder)
    assert_converged([office, laptop])
    codes = {node.name: site.current(node.db)[1] for node in (office, laptop)}
    assert codes["office"] != codes["laptop"]
    numbers = {name: [interventions.get(office.db, job)["number"] for job in jobs] for name, jobs in made.items()}
    for name, found in numbers.items():
        assert [n.split("-")[1] for n in found] == [codes[name]] * 3
    # Each machine counted from 0001: only the site code keeps the numbers apart.
    assert [n.split("-")[2] for n in numbers["office"]] == [n.split("-")[2] for n in numbers["laptop"]]
    every = numbers["office"] + numbers["laptop"]
    assert len(set(every)) == 6
    for node in (office, laptop):
        for number in every:
            hits = [h for h in search.search(node.db, number) if h.kind == "intervention"]
            assert hits[0].title.startswith(number)


def test_conflicts_on_field_tables_need_their_write_permission(machines) -> None:  # noqa: ANN001
    folder, office, laptop, world = machines
    technicians.save_profile(office.ctx, world.bert, {"home_base": "Huy"})
    technicians.save_profile(laptop.ctx, world.bert, {"home_base": "Wavre"})
    exchange([office, laptop], folder)
    found = [c for c in conflicts.list_all(office.db) if c.table == "technicians"]
    assert [(c.row_id, c.column) for c in found] == [(world.bert, "home_base")]
    clerk = users.add_user(office.db, office.ctx.clock, "Clara Desk", Role.STAFF)
    clerk_ctx = Context(db=office.db, user=clerk, clock=office.ctx.clock)
    with pytest.raises(PermissionDenied):
        conflicts.resolve(clerk_ctx, "technicians", world.bert, "home_base", "Huy")
    conflicts.resolve(office.ctx, "technicians", world.bert, "home_base", "Huy")
    exchange([office, laptop], folder)
    for node in (office, laptop):
        assert technicians.get(node.db, world.bert).home_base == "Huy"
        assert conflicts.list_all(node.db) == []


def test_every_synced_table_says_who_may_resolve_its_conflicts() -> None:
    missing = {t.name for t in synced.TABLES} - set(conflicts.WRITE_PERMS) - {"settings"}
    assert missing == set()
    assert conflicts.WRITE_PERMS["interventions"] == Perm.INTERVENTION_WRITE
    assert conflicts.WRITE_PERMS["stock_movements"] == Perm.STOCK_WRITE
    assert conflicts.WRITE_PERMS["maintenance_plans"] == Perm.CONTRACT_WRITE
