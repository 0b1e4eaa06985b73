"""Demo data of field service: team and vans, parts and stock, two years of interventions, plans, signatures.

Small size (150 interventions) built once per module in a file database (its signatures go to the
content store beside it); a few checks build again (same seed, a second load, a team without technicians).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crm_desktop.core import info, interventions, maintenance, planning, stock, support_costs, technicians
from crm_desktop.core.clock import FixedClock, from_iso, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.demo import SIZES, generate
from crm_desktop.core.demo_field import FIELD_UNITS
from crm_desktop.core.demo_field_data import PARTS, TEMPLATES
from crm_desktop.core.field_choices import CHECKLISTS, COMMON_SKILLS, KINDS, MOVEMENT_KINDS, STATUSES
from crm_desktop.core.users import add_user, ensure_admin
from crm_desktop.db.connection import open_database

SMALL = SIZES["small"]
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # a Monday, 10:30 in Brussels
NOW_ISO = to_iso(NOW)


def rows(db: sqlite_utils.Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    return db.execute_returning_dicts(sql, params or [])


def build(path: Path | str, seed: int = 1) -> tuple[sqlite_utils.Database, Context]:
    db = open_database(path)
    clock = FixedClock(NOW)
    admin = ensure_admin(db, clock)
    generate(db, clock, "small", seed=seed)
    return db, Context(db=db, user=admin, clock=clock)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    db, ctx = build(tmp_path_factory.mktemp("field") / "demo.db")
    yield ctx
    db.close()


# --------------------------------------------------------------------------- team, vans, parts


def test_technicians_have_skills_hours_and_a_van(small: Context) -> None:
    techs = technicians.list_technicians(small.db)
    assert len(techs) == SMALL.technicians == 3
    vans = {r["id"]: r for r in rows(small.db, "SELECT * FROM stock_locations WHERE kind = 'van'")}
    assert len(vans) == 3
    assert len(rows(small.db, "SELECT id FROM stock_locations WHERE kind = 'warehouse'")) == 1
    skills = set()
    for tech in techs:
        assert 2 <= len(tech.skills) <= 4 and set(tech.skills) <= set(COMMON_SKILLS)
        skills.update(tech.skills)
        assert vans[tech.van_location_id]["technician_id"] == tech.id
        assert stock.van_of(small.db, tech.id) == tech.van_location_id
        assert tech.home_base and tech.color and tech.color.startswith("#")
        assert tech.window(0) is not None and tech.window(6) is None  # Monday worked, Sunday off
    assert {"heating", "electrical", "plumbing", "refrigeration"} <= skills
    colors = [t.color for t in techs]
    assert len(set(colors)) == len(colors)


def test_parts_catalogue_and_minimums(small: Context) -> None:
    parts = stock.parts(small.db)
    assert len(parts) == SMALL.parts == 15
    assert {p["sku"] for p in parts} == {p[0] for p in PARTS[:15]}
    assert all(p["is_part"] == 1 and 0 < p["cost_cents"] < p["price_cents"] and p["unit"] for p in parts)
    minimums = rows(small.db, "SELECT * FROM stock_minimums")
    assert all(m["id"] == f"{m['location_id']}:{m['product_id']}" for m in minimums)
    assert all(m["target_quantity"] >= m["min_quantity"] >= 1 for m in minimums)
    located = {m["location_id"] for m in minimums}
    assert len(located) == 4  # the warehouse and every van


def test_absences_on_the_board_this_week_and_next(small: Context) -> None:
    absences = rows(small.db, "SELECT * FROM absences")
    assert len(absences) >= 3 * 2 * 3  # a few a year each
    assert all(a["ends_at"] > a["starts_at"] and a["reason"] for a in absences)
    monday = NOW.date() - timedelta(days=NOW.weekday())
    board = planning.board(small.db, monday, 14)
    assert sum(len(v) for v in board.absences.values()) >= 2


# --------------------------------------------------------------------------- interventions


def test_counts_statuses_and_kinds(small: Context) -> None:
    jobs = rows(small.db, "SELECT * FROM interventions")
    assert len(jobs) == SMALL.interventions == 150
    assert {j["status"] for j in jobs} <= set(STATUSES) and {j["kind"] for j in jobs} <= set(KINDS)
    past = [j for j in jobs if j["planned_start"] and j["planned_end"] <= NOW_ISO]
    ahead = [j for j in jobs if not j["planned_start"] or j["planned_start"] > NOW_ISO]
    assert 0.7 <= len(past) / len(jobs) <= 0.85
    long_past = to_iso(NOW - timedelta(hours=3))  # (one that ran late may still be on site)
    assert "done" in {j["status"] for j in past}
    assert {j["status"] for j in past if j["planned_end"] <= long_past} <= {"done", "cancelled"}
    assert sum(j["status"] == "cancelled" for j in past) <= 0.12 * len(past)
    assert {j["status"] for j in ahead} <= {"planned", "to_plan", "on_the_way"}
    to_plan = [j for j in jobs if j["status"] == "to_plan"]
    assert to_plan and all(j["planned_start"] is None for j in to_plan)
    today = {j["status"] for j in jobs if (j["planned_start"] or "").startswith("2026-03-02")}
    assert today & {"on_site", "on_the_way"}  # work under way this Monday morning
    kinds = Counter(j["kind"] for j in jobs)
    for kind, share in (("repair", 0.45), ("maintenance", 0.30), ("installation", 0.15), ("visit", 0.10)):
        assert abs(kinds[kind] / len(jobs) - share) <= 0.06, kinds


def test_numbers_are_unique_and_the_counter_continues(small: Context) -> None:
    code = small.db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0]
    numbers = [r[0] for r in small.db.execute("SELECT number FROM interventions ORDER BY rid")]
    assert numbers == [f"I-{code}-{n:04d}" for n in range(1, 151)]
    created = [r[0] for r in small.db.execute("SELECT created_at FROM interventions ORDER BY rid")]
    assert created == sorted(created) and created[-1] <= NOW_ISO
    assert small.db.execute("SELECT last FROM number_counters WHERE prefix = 'I'").fetchone()[0] == 150
    company = small.db.execute("SELECT company_id FROM interventions WHERE company_id IS NOT NULL").fetchone()[0]
    small.db.conn.execute("SAVEPOINT probe")
    try:
        new = interventions.get(small.db, interventions.create(small, {"company_id": company, "subject": "Probe"}))
        assert new["number"] == f"I-{code}-0151"
    finally:
        small.db.conn.execute("ROLLBACK TO probe")
        small.db.conn.execute("RELEASE probe")


def test_jobs_carry_customer_site_texts_and_skills(small: Context) -> None:
    subjects = {t[f"subject_{lang}"] for t in TEMPLATES for lang in ("fr", "en")}
    for job in rows(small.db, "SELECT * FROM interventions"):
        assert job["company_id"] or job["person_id"]
        assert job["city"] and job["postcode"] and job["country"] in ("BE", "FR", "NL", "LU", "DE")
        assert job["subject"] and job["instructions"]
        skills = json.loads(job["skills"])
        assert skills and set(skills) <= set(COMMON_SKILLS) and skills == sorted(skills)
        if job["ticket_id"] is None and job["plan_id"] is None and "I-" not in job["instructions"]:
            assert job["subject"] in subjects
        if job["company_id"]:
            company = small.db.execute("SELECT street, city FROM companies WHERE id = ?",
                                       [job["company_id"]]).fetchone()
            assert (job["street"], job["city"]) == tuple(company)  # the site address copied
        assert 30 <= job["duration_minutes"] <= 240


def test_linked_tickets_are_the_customers_and_come_first(small: Context) -> None:
    linked = rows(small.db, "SELECT i.*, t.company_id AS t_company, t.person_id AS t_person, t.opened_at, "
                            "t.number AS t_number FROM interventions i JOIN tickets t ON t.id = i.ticket_id")
    repairs = small.db.execute("SELECT count(*) FROM interventions WHERE kind = 'repair'").fetchone()[0]
    assert 0.25 * repairs <= len(linked) <= 0.55 * repairs
    for job in linked:
        assert job["kind"] == "repair"
        assert (job["company_id"], job["person_id"]) == (job["t_company"], job["t_person"]) or \
            (job["person_id"] is None and job["company_id"] == job["t_company"])
        assert job["created_at"] >= job["opened_at"]
        assert job["t_number"] in job["instructions"] or job["instructions"].startswith("I-")


def test_done_jobs_have_a_full_report(small: Context) -> None:
    done = rows(small.db, "SELECT * FROM interventions WHERE status = 'done'")
    assert done
    for job in done:
        assert job["arrived_at"] < job["departed_at"] <= job["completed_at"] <= NOW_ISO
        assert from_iso(job["departed_at"]) - from_iso(job["arrived_at"]) <= timedelta(hours=6)
        assert job["work_done"] and job["km"] and job["km"] > 0
        checklist = json.loads(job["checklist"])
        assert set(checklist) == set(CHECKLISTS[job["kind"]])
        team = interventions.team(small.db, job["id"])
        assert 1 <= len(team) <= 2
        if job["signed_by"]:
            assert job["arrived_at"] < job["signed_at"] <= job["departed_at"]
    ticked = [v for job in done for v in json.loads(job["checklist"]).values()]
    assert sum(ticked) / len(ticked) > 0.8
    assert sum(bool(j["signed_by"]) for j in done) / len(done) > 0.8
    follow = [j for j in done if j["follow_up"]]
    assert all(j["follow_up_note"] for j in follow)
    for job in follow:
        if job["follow_up"] == "intervention":
            assert interventions.follow_ups(small.db, job)


def test_signatures_are_pngs_in_the_store(small: Context) -> None:
    signed = rows(small.db, "SELECT * FROM interventions WHERE signature_id IS NOT NULL")
    assert signed
    for job in signed[:10]:
        png = interventions.signature_png(small, job)
        assert png is not None and png.startswith(interventions.PNG_MAGIC) and len(png) < 20_000
        row = small.db.execute("SELECT owner_kind, owner_id, mime FROM attachments WHERE id = ?",
                               [job["signature_id"]]).fetchone()
        assert tuple(row) == ("signature", job["id"], "image/png")


def test_cost_lines_are_what_compute_costs_makes(small: Context) -> None:
    done = [r[0] for r in small.db.execute("SELECT id FROM interventions WHERE status = 'done' ORDER BY rid")]
    checked = 0
    for intervention_id in done[::3]:
        wanted = sorted((line.key, line.kind, line.description, float(line.quantity), line.minutes, line.km,
                         line.unit_cost_cents, line.unit_price_cents, line.billing, line.cost_cents, line.price_cents,
                         line.user_id, line.product_id)
                        for line in interventions.compute_costs(small.db, intervention_id))
        stored = sorted(tuple(r) for r in small.db.execute(
            "SELECT id, kind, description, quantity, minutes, km, unit_cost_cents, unit_price_cents, billing, "
            "cost_cents, price_cents, user_id, product_id FROM intervention_costs WHERE intervention_id = ?",
            [intervention_id]))
        assert stored == wanted, intervention_id
        checked += 1
    assert checked >= 30
    kinds = {r[0] for r in small.db.execute("SELECT DISTINCT kind FROM intervention_costs")}
    assert kinds == {"time", "part", "travel"}
    assert small.db.execute("SELECT count(*) FROM intervention_costs c JOIN interventions i "
                            "ON i.id = c.intervention_id WHERE i.status != 'done'").fetchone()[0] == 0


def test_ticket_totals_include_the_linked_interventions(small: Context) -> None:
    ticket_id = small.db.execute(
        "SELECT i.ticket_id FROM interventions i JOIN intervention_costs c ON c.intervention_id = i.id "
        "WHERE i.ticket_id IS NOT NULL ORDER BY i.rid LIMIT 1").fetchone()[0]
    desk = small.db.execute("SELECT coalesce(sum(minutes), 0) FROM time_entries WHERE ticket_id = ?",
                            [ticket_id]).fetchone()[0]
    field = small.db.execute(
        "SELECT sum(c.minutes), sum(CASE c.kind WHEN 'part' THEN c.cost_cents ELSE 0 END) FROM intervention_costs c "
        "JOIN interventions i ON i.id = c.intervention_id WHERE i.ticket_id = ?", [ticket_id]).fetchone()
    parts = small.db.execute("SELECT coalesce(sum(cost_cents), 0) FROM ticket_costs WHERE ticket_id = ? "
                             "AND kind = 'part'", [ticket_id]).fetchone()[0]
    totals = support_costs.ticket_totals(small.db, ticket_id)
    assert field[0] > 0
    assert totals.minutes == desk + field[0]
    assert totals.parts_cost_cents == parts + field[1]


def test_maintenance_plans_and_their_visits(small: Context) -> None:
    plans = rows(small.db, "SELECT p.*, c.starts_on AS c_starts FROM maintenance_plans p "
                           "JOIN contracts c ON c.id = p.contract_id")
    assert plans and len(plans) == small.db.execute("SELECT count(*) FROM maintenance_plans").fetchone()[0]
    visits = rows(small.db, "SELECT * FROM interventions WHERE plan_id IS NOT NULL")
    assert visits and all(v["kind"] == "maintenance" and v["due_on"] for v in visits)
    by_plan = Counter(v["plan_id"] for v in visits)
    assert set(by_plan) == {p["id"] for p in plans}
    for plan in plans:
        assert plan["every_months"] in (6, 12) and plan["starts_on"] == plan["c_starts"]
        assert (plan["company_id"], plan["person_id"]) != (None, None)
    assert any(v["status"] == "to_plan" for v in visits)  # the next visit waits for a slot
    assert any(v["status"] == "done" for v in visits)
    for visit in visits:  # the visits core/maintenance.py would have made: same due dates, same ids
        plan = next(p for p in plans if p["id"] == visit["plan_id"])
        due = datetime.fromisoformat(visit["due_on"]).date()
        assert due in maintenance.due_dates(plan, due)
        assert visit["id"] == maintenance.visit_id(plan["id"], due)
        assert (visit["subject"], visit["instructions"]) == (plan["subject"], plan["instructions"])


def test_opening_the_demo_makes_no_visit_twice(small: Context) -> None:
    """The window makes the visits falling due when it opens a database: the demo already made them."""
    small.db.conn.execute("SAVEPOINT probe")
    try:
        assert maintenance.generate(small, maintenance.DEFAULT_HORIZON_DAYS) == []
    finally:
        small.db.conn.execute("ROLLBACK TO probe")
        small.db.conn.execute("RELEASE probe")


def test_planned_jobs_sit_in_working_hours_mostly_without_warnings(small: Context) -> None:
    planned = rows(small.db, "SELECT * FROM interventions WHERE status IN ('planned', 'on_the_way')")
    assert len(planned) >= 15
    warned = [job for job in planned if interventions.warnings(small.db, job["id"])]
    assert len(warned) <= 0.15 * len(planned)
    for job in planned:
        assert interventions.team(small.db, job["id"])
        assert from_iso(job["planned_end"]) - from_iso(job["planned_start"]) == timedelta(
            minutes=job["duration_minutes"])


def test_technicians_are_mostly_not_double_booked(small: Context) -> None:
    booked = small.db.execute(
        "SELECT a.technician_id, i.planned_start, i.planned_end FROM interventions i "
        "JOIN intervention_technicians a ON a.intervention_id = i.id WHERE i.status IN "
        "('planned', 'on_the_way', 'on_site', 'done') ORDER BY 1, 2").fetchall()
    overlaps = sum(1 for a, b in zip(booked, booked[1:], strict=False) if a[0] == b[0] and b[1] < a[2])
    assert overlaps <= 4
    team_ids = {r[0] for r in small.db.execute("SELECT id FROM intervention_technicians")}
    assert all(re.fullmatch(r"[0-9a-f]{32}:[0-9a-f]{32}", i) for i in team_ids)


# --------------------------------------------------------------------------- stock


def test_levels_are_the_sum_of_the_movements(small: Context) -> None:
    kept = small.db.execute("SELECT location_id, product_id, quantity FROM stock_levels ORDER BY 1, 2").fetchall()
    small.db.conn.execute("SAVEPOINT probe")
    try:
        stock.rebuild_levels(small.db)
        rebuilt = small.db.execute("SELECT location_id, product_id, quantity FROM stock_levels ORDER BY 1, 2"
                                   ).fetchall()
    finally:
        small.db.conn.execute("ROLLBACK TO probe")
        small.db.conn.execute("RELEASE probe")
    assert kept == rebuilt
    quantities = [q for _, _, q in kept]
    assert sum(q >= 0 for q in quantities) / len(quantities) > 0.9 and sum(quantities) > 0


def test_movements_tell_the_story_of_the_parts(small: Context) -> None:
    kinds = Counter(r[0] for r in small.db.execute("SELECT kind FROM stock_movements"))
    assert set(kinds) == set(MOVEMENT_KINDS)
    assert kinds["use"] >= 30 and kinds["transfer"] >= 10
    uses = rows(small.db, "SELECT m.*, i.status FROM stock_movements m JOIN interventions i "
                          "ON i.id = m.intervention_id WHERE m.kind = 'use'")
    assert len(uses) == kinds["use"] and {u["status"] for u in uses} == {"done"}
    assert all(u["quantity"] > 0 and u["from_location_id"] and not u["to_location_id"] for u in uses)
    flagged = [u for u in uses if u["flagged"]]
    assert flagged
    for use in flagged:  # used beyond what the van held lately: no count since
        assert use["at"] >= "2025-09-01"
        assert not small.db.execute(
            "SELECT 1 FROM stock_movements WHERE kind = 'correction' AND product_id = ? AND at > ? AND "
            "? IN (from_location_id, to_location_id)", [use["product_id"], use["at"], use["from_location_id"]]
        ).fetchone()
    assert stock.needs_correction(small.db)
    assert stock.restock(small.db)


def test_info_counts_the_field_kinds(small: Context) -> None:
    counts = info.collect(small.db).counts
    assert (counts["interventions"], counts["technicians"], counts["parts"]) == (150, 3, 15)


# --------------------------------------------------------------------------- reproducible, repeatable


def summary(db: sqlite_utils.Database) -> list[tuple[Any, ...]]:
    """The jobs as numbered, the site code apart (each database has its own)."""
    return db.execute("SELECT substr(number, -4), status, kind, planned_start, subject FROM interventions "
                      "ORDER BY rid").fetchall()


def test_same_seed_same_jobs(small: Context) -> None:
    again, _ = build(":memory:")
    try:
        assert summary(again) == summary(small.db)
        for table in ("stock_movements", "intervention_costs", "absences", "maintenance_plans"):
            count = f"SELECT count(*) FROM {table}"
            assert again.execute(count).fetchone() == small.db.execute(count).fetchone()
    finally:
        again.close()


def test_a_second_load_keeps_the_team_and_continues_the_numbers(tmp_path: Path) -> None:
    db, ctx = build(tmp_path / "twice.db")
    generate(db, ctx.clock, "small", seed=2)
    code = db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0]
    numbers = [r[0] for r in db.execute("SELECT number FROM interventions ORDER BY rid")]
    assert numbers == [f"I-{code}-{n:04d}" for n in range(1, 301)]
    assert db.execute("SELECT count(*) FROM technicians").fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM products WHERE is_part = 1").fetchone()[0] == 15
    assert db.execute("SELECT count(*) FROM stock_locations").fetchone()[0] == 4
    for table in ("stock_minimums", "intervention_technicians", "intervention_costs", "interventions"):
        count, distinct = db.execute(f"SELECT count(*), count(DISTINCT id) FROM {table}").fetchone()
        assert count == distinct, table
    db.close()


def test_a_team_without_technicians_gets_no_field_jobs(ctx: Context) -> None:
    add_user(ctx.db, ctx.clock, "Second User", "staff", actor_id=ctx.user.id)
    calls: list[int] = []
    counts = generate(ctx.db, ctx.clock, "small", seed=1, progress=lambda done, total: calls.append(done) is None)
    assert counts.interventions == 0 and counts.users == 0
    assert ctx.db.execute("SELECT count(*) FROM interventions").fetchone()[0] == 0
    assert SMALL.rows in calls  # the field part still reports its share


def test_progress_counts_the_jobs() -> None:
    db = open_database(":memory:")
    calls: list[int] = []
    generate(db, FixedClock(NOW), "small", progress=lambda done, total: calls.append(done) is None)
    assert SMALL.interventions * FIELD_UNITS <= SMALL.rows
    assert SMALL.rows in calls and calls == sorted(calls)
    db.close()
