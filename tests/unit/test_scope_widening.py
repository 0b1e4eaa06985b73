"""A technician cannot widen their own scope (issue 8, found by review): their scope is read from their jobs, so
the links of a job (customer, person, ticket), a person's company and the planning of a job are checked too.
Also: the company picker, the command line's calendar export and a rolled-back read keep to the scope."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.core import access, companies, interventions, people, tickets, users
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied
from tests.field_setup import FieldWorld


def _as(ctx: Context, user_id: str) -> Context:
    return Context(db=ctx.db, user=users.get_user(ctx.db, user_id), clock=ctx.clock, changes=ctx.changes)


@pytest.fixture
def garage(ctx: Context) -> tuple[str, str]:
    """A company nobody sent Anna to, with its mechanic."""
    company = companies.create(ctx, {"name": "Garage Leroy"})
    return company, people.create(ctx, {"first_name": "Luc", "last_name": "Leroy", "company_id": company})


def test_relinking_her_own_job_is_refused(ctx: Context, world: FieldWorld, garage: tuple[str, str]) -> None:
    secret = tickets.open_ticket(ctx, {"person_id": garage[1], "subject": "private"})
    job = interventions.create(ctx, {"subject": "Oven", "technician_ids": [world.anna], "company_id": world.company})
    anna = _as(ctx, world.anna)
    for change in ({"company_id": garage[0]}, {"person_id": garage[1]}, {"ticket_id": secret}):
        with pytest.raises(PermissionDenied):
            interventions.update(anna, job, change)
    assert not access.can_see_customer(ctx.db, anna.user, *garage)
    assert not access.can_see_ticket(ctx.db, anna.user, secret)
    interventions.update(anna, job, {"subject": "Oven and fridge"})  # the rest of her job stays hers to edit
    assert interventions.update(ctx, job, {"company_id": garage[0]})  # the office relinks as before


def test_a_new_job_or_a_moved_person_cannot_open_a_customer(ctx: Context, world: FieldWorld,
                                                             garage: tuple[str, str]) -> None:
    loner = people.create(ctx, {"first_name": "Paul", "last_name": "Simon"})
    interventions.create(ctx, {"subject": "Boiler", "technician_ids": [world.anna], "person_id": loner})
    anna = _as(ctx, world.anna)
    with pytest.raises(PermissionDenied):
        interventions.create(anna, {"subject": "New", "technician_ids": [world.anna], "company_id": garage[0]})
    with pytest.raises(PermissionDenied):
        people.update(anna, loner, {"company_id": garage[0]})
    assert not access.can_see_customer(ctx.db, anna.user, garage[0], None)
    follow_up = interventions.create(anna, {"subject": "Follow-up", "technician_ids": [world.anna],
                                            "person_id": loner})  # a job for her own customer is fine
    assert access.can_see_intervention(ctx.db, anna.user, follow_up)


def test_planning_herself_onto_a_colleagues_job_is_refused(ctx: Context, world: FieldWorld,
                                                             garage: tuple[str, str]) -> None:
    bert_job = interventions.create(ctx, {"subject": "Bert's", "technician_ids": [world.bert],
                                          "company_id": garage[0]})
    anna = _as(ctx, world.anna)
    with pytest.raises(PermissionDenied):
        interventions.plan(anna, bert_job, "2026-03-04T08:00:00.000Z", 60, technician_ids=[world.anna])
    assert not access.can_see_intervention(ctx.db, anna.user, bert_job)


def test_the_company_picker_keeps_to_her_scope(ctx: Context, world: FieldWorld, garage: tuple[str, str]) -> None:
    interventions.create(ctx, {"subject": "Oven", "technician_ids": [world.anna], "company_id": world.company})
    picked = {cid for cid, _name in companies.names(_as(ctx, world.anna), "", 50)}
    assert picked == {world.company}
    assert garage[0] in {cid for cid, _name in companies.names(ctx, "", 50)}


def test_a_scope_read_in_a_rolled_back_transaction_is_not_kept(ctx: Context, world: FieldWorld) -> None:
    other = people.create(ctx, {"first_name": "Eva", "last_name": "Nobody"})
    ctx.db.execute("BEGIN")
    interventions.create(ctx, {"subject": "z", "technician_ids": [world.anna], "person_id": other})
    assert other in access.scope_lists(ctx.db, world.anna).people
    ctx.db.execute("ROLLBACK")
    assert other not in access.scope_lists(ctx.db, world.anna).people


@pytest.mark.parametrize("command", ["calendar", "backup", "duplicates", "ticket", "work-order", "day-sheet"])
def test_the_command_line_keeps_a_technician_to_her_scope(
        ctx: Context, world: FieldWorld, garage: tuple[str, str], db_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    """Exports, the whole database, everyone's duplicates, a colleague's ticket, job or day: one line, exit 2."""
    from argon2 import PasswordHasher

    from crm_desktop import cli
    from crm_desktop.core.auth import set_password
    from crm_desktop.core.login_settings import set_login_required

    ticket = tickets.get(ctx.db, tickets.open_ticket(ctx, {"person_id": garage[1], "subject": "Brakes"}))
    job = interventions.get(ctx.db, interventions.create(ctx, {"subject": "Brakes", "technician_ids": [world.bert],
                                                               "company_id": garage[0]}))
    fast = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    set_password(ctx, ctx.user.id, "correct horse battery", fast)
    set_password(_as(ctx, world.anna), world.anna, "correct horse battery", fast)
    set_login_required(ctx, True)
    monkeypatch.setenv("CRM_PASSWORD", "correct horse battery")
    out = tmp_path / "out.file"
    argv = {
        "calendar": ["export", "interventions", "--all", "--out", str(out)],
        "backup": ["backup", "--out", str(out)],
        "duplicates": ["duplicates"],
        "ticket": ["report", "ticket", "--id", ticket["number"], "--out", str(out)],
        "work-order": ["report", "work-order", "--id", job["number"], "--out", str(out)],
        "day-sheet": ["report", "day-sheet", "--technician", users.get_user(ctx.db, world.bert).name,
                      "--date", "2026-03-03", "--out", str(out)],
    }[command]
    anna = users.get_user(ctx.db, world.anna).name
    status = cli.main(["--db", str(db_path), "--user", anna, *argv])
    captured = capsys.readouterr()
    assert status == 2 and len(captured.err.strip().splitlines()) == 1, captured
    assert not out.exists() and "Leroy" not in captured.out

