"""Read scope (issue 8): a technician opens their own interventions and the customers, tickets and
history these concern; the other roles open everything."""

from __future__ import annotations

import pytest

from crm_desktop.core import access, companies, history, interventions, people, tickets, users
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied
from crm_desktop.core.permissions import Role
from tests.field_setup import FieldWorld


def _as(ctx: Context, user_id: str) -> Context:
    user = next(u for u in users.list_users(ctx.db) if u.id == user_id)
    return Context(db=ctx.db, user=user, clock=ctx.clock, changes=ctx.changes)


def _job(ctx: Context, technician: str, **values: object) -> str:
    return interventions.create(ctx, {"subject": "Oven repair", "kind": "repair", "technician_ids": [technician],
                                      **values})


@pytest.fixture
def shop(ctx: Context, world: FieldWorld) -> dict[str, str]:
    """Anna's job at the bakery, Bert's job at a garage, a lone customer of Anna's and one nobody visits."""
    garage = companies.create(ctx, {"name": "Garage Leroy", "city": "Liège"})
    mechanic = people.create(ctx, {"first_name": "Luc", "last_name": "Leroy", "company_id": garage})
    loner = people.create(ctx, {"first_name": "Paul", "last_name": "Simon"})
    stranger = people.create(ctx, {"first_name": "Eva", "last_name": "Nobody"})
    return {
        "garage": garage, "mechanic": mechanic, "loner": loner, "stranger": stranger,
        "anna_job": _job(ctx, world.anna, company_id=world.company),
        "bert_job": _job(ctx, world.bert, company_id=garage),
        "loner_job": _job(ctx, world.anna, person_id=loner),
    }


def test_other_roles_see_everything(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    for role in (Role.ADMIN, Role.MANAGER, Role.STAFF):
        user = users.add_user(ctx.db, ctx.clock, f"{role} user", role)
        assert access.scope(ctx.db, user) is None
        assert access.visible_intervention_ids(ctx.db, user) is None
        assert access.can_see_customer(ctx.db, user, shop["garage"], None)
        assert access.can_see_intervention(ctx.db, user, shop["bert_job"])
        assert access.customer_scope_sql(ctx.db, user) == ("1", [])


def test_a_technician_sees_the_customers_of_their_own_interventions(ctx: Context, world: FieldWorld,
                                                                    shop: dict[str, str]) -> None:
    anna = _as(ctx, world.anna).user
    assert access.visible_intervention_ids(ctx.db, anna) == {shop["anna_job"], shop["loner_job"]}
    seen = access.scope(ctx.db, anna)
    assert seen is not None
    assert seen.company_ids == {world.company}
    assert seen.person_ids == {world.person, shop["loner"]}  # the bakery's people, and the lone customer
    assert access.can_see_customer(ctx.db, anna, world.company, None)
    assert access.can_see_customer(ctx.db, anna, None, world.person)
    assert not access.can_see_customer(ctx.db, anna, shop["garage"], shop["mechanic"])
    assert not access.can_see_customer(ctx.db, anna, None, shop["stranger"])
    assert not access.can_see_customer(ctx.db, anna, None, None)
    where, params = access.customer_scope_sql(ctx.db, anna, "company_id", "id")
    names = {r[0] for r in ctx.db.execute(f"SELECT last_name FROM people WHERE {where}", params)}  # noqa: S608
    assert names == {"Dupont", "Simon"}


def test_past_jobs_count_and_a_job_taken_away_hides_its_customer(ctx: Context, world: FieldWorld,
                                                                 shop: dict[str, str]) -> None:
    anna = _as(ctx, world.anna).user
    interventions.plan(ctx, shop["anna_job"], "2026-03-03T08:00:00Z", 60, [world.anna])
    ctx.clock.advance(hours=48)
    interventions.save_report(ctx, shop["anna_job"], {"work_done": "Done", "arrived_at": "2026-03-03T08:00:00Z",
                                                      "departed_at": "2026-03-03T09:00:00Z"}, complete=True)
    assert access.can_see_intervention(ctx.db, anna, shop["anna_job"])  # finished work stays visible
    interventions.update(ctx, shop["anna_job"], {"technician_ids": [world.bert]})
    assert not access.can_see_intervention(ctx.db, anna, shop["anna_job"])
    assert not access.can_see_customer(ctx.db, anna, world.company, None)
    assert access.can_see_customer(ctx.db, _as(ctx, world.bert).user, world.company, None)


def test_tickets_and_history_follow_the_customer(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    anna = _as(ctx, world.anna)
    own = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Oven cold"})
    other = tickets.open_ticket(ctx, {"company_id": shop["garage"], "subject": "Brakes"})
    assigned = tickets.open_ticket(ctx, {"person_id": shop["stranger"], "subject": "Call me",
                                         "assignee_id": world.anna})
    assert access.can_see_ticket(ctx.db, anna.user, own)
    assert access.can_see_ticket(ctx.db, anna.user, assigned)  # assigned to her, whoever the customer
    assert not access.can_see_ticket(ctx.db, anna.user, other)
    assert not access.can_see_ticket(ctx.db, anna.user, "no-such-ticket")
    linked = tickets.open_ticket(ctx, {"company_id": shop["garage"], "subject": "Boiler noise"})
    _job(ctx, world.anna, person_id=shop["loner"], ticket_id=linked)
    assert access.can_see_ticket(ctx.db, anna.user, linked)  # her intervention comes from it
    assert not access.can_see_ticket(ctx.db, anna.user, other)
    bakery_note = history.log(ctx, {"kind": "call", "subject": "Quote", "company_id": world.company})
    garage_note = history.log(ctx, {"kind": "call", "subject": "Quote", "company_id": shop["garage"]})
    her_note = history.log(anna, {"kind": "note", "subject": "Parking", "person_id": shop["stranger"]})
    assert access.can_see_history(ctx.db, anna.user, bakery_note)
    assert access.can_see_history(ctx.db, anna.user, her_note)
    assert not access.can_see_history(ctx.db, anna.user, garage_note)
    access.check_history(anna, bakery_note)
    with pytest.raises(PermissionDenied):
        access.check_history(anna, garage_note)


def test_the_checks_name_the_user_and_the_rule(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    anna = _as(ctx, world.anna)
    access.check_intervention(anna, shop["anna_job"])
    access.check_company(anna, world.company)
    access.check_person(anna, world.person)
    access.check_costs(anna, shop["anna_job"])
    for check in (lambda: access.check_intervention(anna, shop["bert_job"]),
                  lambda: access.check_company(anna, shop["garage"]),
                  lambda: access.check_person(anna, shop["mechanic"]),
                  lambda: access.check_customer(anna, shop["garage"], None)):
        with pytest.raises(PermissionDenied) as caught:
            check()
        assert caught.value.render() == ("Anna Tech (Technician) may only open their own interventions and the "
                                         "customers, tickets and history these concern.")
    with pytest.raises(PermissionDenied) as caught:
        access.check_costs(anna, shop["bert_job"])
    assert caught.value.render() == "Anna Tech (Technician) is not allowed to see margins and costs."
    access.check_costs(ctx, shop["bert_job"])


def test_a_technician_cannot_work_on_someone_elses_intervention(ctx: Context, world: FieldWorld,
                                                                 shop: dict[str, str]) -> None:
    anna = _as(ctx, world.anna)
    before = interventions.get(ctx.db, shop["bert_job"])
    for attempt in (lambda: interventions.save_report(anna, shop["bert_job"], {"work_done": "Nothing"}),
                    lambda: interventions.update(anna, shop["bert_job"], {"subject": "Mine now"}),
                    lambda: interventions.set_status(anna, shop["bert_job"], "cancelled")):
        with pytest.raises(PermissionDenied):
            attempt()
    assert interventions.get(ctx.db, shop["bert_job"]) == before
    interventions.save_report(anna, shop["anna_job"], {"work_done": "Checked the oven"})
    assert interventions.get(ctx.db, shop["anna_job"])["work_done"] == "Checked the oven"
