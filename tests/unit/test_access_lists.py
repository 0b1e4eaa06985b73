"""Lists and the global search show a technician only their scope (issue 8), exactly what the ``can_see_*``
checks let them open; every other role sees what it saw before.

Every record of the small world below carries the word "Zephyr", so one search over it must return, kind by
kind, exactly the records the checks allow: nothing outside the scope, and nothing inside it missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crm_desktop.core import access, companies, history, interventions, knowledge, listing, people, tickets, users
from crm_desktop.core.context import Context
from crm_desktop.core.intervention_queues import INTERVENTIONS, InterventionFilter
from crm_desktop.core.listing import COMPANIES, PEOPLE, ListFilter
from crm_desktop.core.permissions import Role
from crm_desktop.core.search import KINDS, SearchHit, search
from crm_desktop.core.ticket_queues import TICKETS, TicketFilter
from crm_desktop.db.connection import open_database
from tests.field_setup import FieldWorld

WORD = "Zephyr"


def _as(ctx: Context, user_id: str) -> Context:
    user = next(u for u in users.list_users(ctx.db) if u.id == user_id)
    return Context(db=ctx.db, user=user, clock=ctx.clock, changes=ctx.changes)


def _job(ctx: Context, technician: str, **values: object) -> str:
    return interventions.create(ctx, {"subject": f"{WORD} oven repair", "kind": "repair",
                                      "technician_ids": [technician], **values})


@pytest.fixture
def shop(ctx: Context, world: FieldWorld) -> dict[str, str]:
    """Anna works at the bakery, for a lone customer and for the hotel's clerk; Bert at the garage; nobody
    visits the stranger. Tickets and history of each, a ticket assigned to Anna, one behind her job."""
    companies.update(ctx, world.company, {"city": WORD})
    people.update(ctx, world.person, {"city": WORD})
    garage = companies.create(ctx, {"name": "Garage Leroy", "city": WORD})
    hotel = companies.create(ctx, {"name": "Hotel Ritz", "city": WORD})
    gone = companies.create(ctx, {"name": "Old Mill", "city": WORD})
    ids = {
        "garage": garage, "hotel": hotel, "gone": gone,
        "mechanic": people.create(ctx, {"first_name": "Luc", "last_name": "Leroy", "company_id": garage,
                                        "city": WORD}),
        "clerk": people.create(ctx, {"first_name": "Ida", "last_name": "Clerk", "company_id": hotel, "city": WORD}),
        # The porter joins the hotel after his ticket and his history (which so name no company).
        "porter": people.create(ctx, {"first_name": "Oscar", "last_name": "Porter", "city": WORD}),
        "baker": people.create(ctx, {"first_name": "Zoe", "last_name": "Baker", "company_id": world.company,
                                     "city": WORD}),
        "loner": people.create(ctx, {"first_name": "Paul", "last_name": "Simon", "city": WORD}),
        "stranger": people.create(ctx, {"first_name": "Eva", "last_name": "Nobody", "city": WORD}),
        "miller": people.create(ctx, {"first_name": "Max", "last_name": "Miller", "company_id": gone, "city": WORD}),
    }
    linked = tickets.open_ticket(ctx, {"company_id": garage, "subject": f"{WORD} boiler noise"})
    ids.update({
        "anna_job": _job(ctx, world.anna, company_id=world.company),
        "bert_job": _job(ctx, world.bert, company_id=garage),
        "loner_job": _job(ctx, world.anna, person_id=ids["loner"]),
        "clerk_job": _job(ctx, world.anna, person_id=ids["clerk"]),
        "linked_job": _job(ctx, world.anna, person_id=ids["loner"], ticket_id=linked),
        "deleted_job": _job(ctx, world.anna, company_id=gone),
        "linked": linked,
        "bakery_ticket": tickets.open_ticket(ctx, {"company_id": world.company, "subject": f"{WORD} oven cold"}),
        "garage_ticket": tickets.open_ticket(ctx, {"company_id": garage, "subject": f"{WORD} brakes"}),
        "assigned": tickets.open_ticket(ctx, {"person_id": ids["stranger"], "subject": f"{WORD} call me",
                                              "assignee_id": world.anna}),
        "porter_ticket": tickets.open_ticket(ctx, {"person_id": ids["porter"], "subject": f"{WORD} key lost"}),
        "mill_ticket": tickets.open_ticket(ctx, {"company_id": gone, "subject": f"{WORD} wheel"}),
        "bakery_note": history.log(ctx, {"kind": "call", "subject": f"{WORD} quote", "company_id": world.company}),
        "garage_note": history.log(ctx, {"kind": "call", "subject": f"{WORD} quote", "company_id": garage}),
        "porter_note": history.log(ctx, {"kind": "call", "subject": f"{WORD} visit", "person_id": ids["porter"]}),
        "article": knowledge.create(ctx, {"title": f"{WORD} boiler reset", "problem": "No heat",
                                          "solution": "Reset it"}),
    })
    ids["anna_note"] = history.log(_as(ctx, world.anna), {"kind": "note", "subject": f"{WORD} parking",
                                                          "person_id": ids["stranger"]})
    interventions.delete(ctx, ids["deleted_job"])
    people.update(ctx, ids["porter"], {"company_id": hotel})
    assert ctx.db.execute("SELECT company_id FROM tickets WHERE id = ?", [ids["porter_ticket"]]).fetchone()[0] is None
    return ids


# --- the oracle: what the record checks let a user open ------------------------------------------------------


def _live(ctx: Context, table: str) -> list[str]:
    return [r[0] for r in ctx.db.execute(f"SELECT id FROM {table} WHERE deleted_at IS NULL")]  # noqa: S608


def allowed_people(ctx: Context, user: object) -> set[str]:
    rows = ctx.db.execute("SELECT id, company_id FROM people WHERE deleted_at IS NULL").fetchall()
    return {pid for pid, company in rows if access.can_see_customer(ctx.db, user, company, pid)}


def allowed(ctx: Context, user: object) -> dict[str, set[str]]:
    """Per search kind, the ids ``user`` may open."""
    return {
        "person": allowed_people(ctx, user),
        "company": {c for c in _live(ctx, "companies") if access.can_see_customer(ctx.db, user, c, None)},
        "ticket": {t for t in _live(ctx, "tickets") if access.can_see_ticket(ctx.db, user, t)},
        "intervention": {i for i in _live(ctx, "interventions") if access.can_see_intervention(ctx.db, user, i)},
        "history": {h for h in _live(ctx, "history") if access.can_see_history(ctx.db, user, h)},
        "kb_article": set(_live(ctx, "kb_articles")),
    }


def may_open(ctx: Context, user: object, hit: SearchHit) -> bool:
    if hit.kind == "person":
        row = ctx.db.execute("SELECT company_id FROM people WHERE id = ?", [hit.id]).fetchone()
        return access.can_see_customer(ctx.db, user, row[0], hit.id)
    if hit.kind == "company":
        return access.can_see_customer(ctx.db, user, hit.id, None)
    if hit.kind == "ticket":
        return access.can_see_ticket(ctx.db, user, hit.id)
    if hit.kind == "intervention":
        return access.can_see_intervention(ctx.db, user, hit.id)
    if hit.kind == "history":
        return access.can_see_history(ctx.db, user, hit.id)
    return hit.kind == "kb_article"


def listed(record_list: object, ctx: Context, flt: object, sort_key: str | None = None,
           descending: bool = False) -> set[str]:
    """Every id of a list, by pages of 2 rows (so that deep and reversed pages are read too)."""
    total = record_list.count(ctx.db, flt)  # type: ignore[attr-defined]
    ids: list[str] = []
    for offset in range(0, total, 2):
        ids += [r[0] for r in record_list.page(ctx.db, flt, sort_key, descending,  # type: ignore[attr-defined]
                                               offset=offset, limit=2, total=total)]
    assert len(ids) == total == len(set(ids)), "the pages hold every row once"
    return set(ids)


def _users(ctx: Context, world: FieldWorld) -> Iterator[object]:
    yield _as(ctx, world.anna).user
    yield _as(ctx, world.bert).user
    for role in (Role.ADMIN, Role.MANAGER, Role.STAFF):
        yield users.add_user(ctx.db, ctx.clock, f"{role} user", role)


# --- lists ---------------------------------------------------------------------------------------------------


def test_a_technician_lists_exactly_their_customers(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    anna = _as(ctx, world.anna).user
    seen = access.seen_by(anna)
    assert seen == world.anna
    mine = listed(PEOPLE, ctx, ListFilter(seen_by=seen))
    assert mine == {world.person, shop["baker"], shop["loner"], shop["clerk"], shop["porter"]}
    assert mine == allowed_people(ctx, anna)
    assert PEOPLE.count(ctx.db, ListFilter(seen_by=seen)) == 5
    assert listed(COMPANIES, ctx, ListFilter(seen_by=seen)) == {world.company, shop["hotel"]}
    bert = listed(PEOPLE, ctx, ListFilter(seen_by=world.bert))
    assert bert == {shop["mechanic"]} == allowed_people(ctx, _as(ctx, world.bert).user)


def test_every_role_lists_what_it_may_open(ctx: Context, world: FieldWorld, shop: dict[str, str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Per role, each list (every sort, both ways, the walked and the gathered pages) equals the checks."""
    for user in _users(ctx, world):
        seen = access.seen_by(user)
        expected = allowed(ctx, user)
        for walk_rows in (listing.WALK_ROWS, 0):
            monkeypatch.setattr(listing, "WALK_ROWS", walk_rows)
            for column in PEOPLE.columns:
                for descending in (False, True):
                    assert listed(PEOPLE, ctx, ListFilter(seen_by=seen), column.key, descending) == expected["person"]
            for column in COMPANIES.columns:
                assert listed(COMPANIES, ctx, ListFilter(seen_by=seen), column.key) == expected["company"]
        assert listed(TICKETS, ctx, TicketFilter(queue="all", seen_by=seen)) == expected["ticket"]
        assert listed(INTERVENTIONS, ctx, InterventionFilter(queue="all", seen_by=seen)) == expected["intervention"]
        if seen is None:  # the roles that see everything: every live record
            assert expected["person"] == set(_live(ctx, "people"))
            assert expected["ticket"] == set(_live(ctx, "tickets"))


def test_tickets_gathered_or_tested_are_the_same(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    """The long queues gather a technician's tickets from the indexes, the short ones test each row: same set."""
    for user in (_as(ctx, world.anna).user, _as(ctx, world.bert).user):
        seen = access.scope_lists(ctx.db, access.seen_by(user))
        found = []
        for gather in (False, True):
            where, params = access.tickets_scope_sql(seen, "t", gather=gather)
            found.append({r[0] for r in ctx.db.execute(
                f"SELECT t.id FROM tickets t WHERE t.deleted_at IS NULL AND {where}", params)})  # noqa: S608
        assert found[0] == found[1] == allowed(ctx, user)["ticket"]
        everything = {q: listed(TICKETS, ctx, TicketFilter(queue=q, user_id=user.id, now=ctx.clock.now()))  # type: ignore[attr-defined]
                      for q in ("open", "done", "all")}
        for queue, rows in everything.items():
            mine = listed(TICKETS, ctx, TicketFilter(queue=queue, user_id=user.id, now=ctx.clock.now(),  # type: ignore[attr-defined]
                                                      seen_by=access.seen_by(user)))
            assert mine == rows & found[0], queue


def test_filters_combine_with_the_scope(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    seen = world.anna
    assert listed(PEOPLE, ctx, ListFilter(text="Dupont", seen_by=seen)) == {world.person}
    assert listed(PEOPLE, ctx, ListFilter(text="Leroy", seen_by=seen)) == set()
    assert listed(PEOPLE, ctx, ListFilter(company_id=shop["hotel"], seen_by=seen)) == {shop["clerk"], shop["porter"]}
    assert listed(PEOPLE, ctx, ListFilter(company_id=shop["garage"], seen_by=seen)) == set()
    assert listed(TICKETS, ctx, TicketFilter(queue="all", text="boiler", seen_by=seen)) == {shop["linked"]}
    assert listed(TICKETS, ctx, TicketFilter(queue="all", text="brakes", seen_by=seen)) == set()
    jobs = InterventionFilter(queue="all", technician_id=world.bert, seen_by=seen)
    assert listed(INTERVENTIONS, ctx, jobs) == set()  # another technician's jobs stay hidden whatever the filter


def test_queue_counts_are_the_scoped_counts(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    now = ctx.clock.now()
    everyone = TICKETS.counts(ctx.db, TicketFilter(user_id=world.anna, now=now))
    anna = TICKETS.counts(ctx.db, TicketFilter(user_id=world.anna, now=now, seen_by=world.anna))
    assert everyone["open"] == 6 and anna["open"] == 4  # the bakery's, assigned, the porter's, behind her job
    assert anna["mine"] == everyone["mine"] == 1
    day = now.date()
    assert INTERVENTIONS.counts(ctx.db, InterventionFilter(today=day))["all"] == 5
    assert INTERVENTIONS.counts(ctx.db, InterventionFilter(today=day, seen_by=world.anna))["all"] == 4
    assert INTERVENTIONS.counts(ctx.db, InterventionFilter(today=day, seen_by=world.bert))["all"] == 1


def test_the_scope_follows_the_work(ctx: Context, world: FieldWorld, shop: dict[str, str], db_path: Path) -> None:
    """A job given or taken away shows or hides its customer at once, from this connection or another."""
    flt = ListFilter(seen_by=world.anna)
    assert shop["mechanic"] not in listed(PEOPLE, ctx, flt)
    job = _job(ctx, world.anna, company_id=shop["garage"])
    assert shop["mechanic"] in listed(PEOPLE, ctx, flt)
    assert shop["garage_ticket"] in listed(TICKETS, ctx, TicketFilter(queue="all", seen_by=world.anna))
    other = open_database(db_path)
    try:
        interventions.update(Context(db=other, user=ctx.user, clock=ctx.clock), job, {"technician_ids": [world.bert]})
    finally:
        other.close()
    assert shop["mechanic"] not in listed(PEOPLE, ctx, flt)
    assert job not in listed(INTERVENTIONS, ctx, InterventionFilter(queue="all", seen_by=world.anna))


def test_a_limited_user_without_an_id_sees_nothing(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    ghost = users.User(id="", name="Ghost", role=Role.TECHNICIAN)
    assert access.seen_by(ghost) == ""
    assert PEOPLE.count(ctx.db, ListFilter(seen_by="")) == 0
    assert search(ctx.db, WORD, limit=50, seen_by="") == [h for h in search(ctx.db, WORD, limit=50)
                                                          if h.kind == "kb_article"]


# --- search --------------------------------------------------------------------------------------------------


def test_search_finds_exactly_the_scope_kind_by_kind(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    for user in _users(ctx, world):
        expected = allowed(ctx, user)
        hits = search(ctx.db, WORD, limit=50, seen_by=access.seen_by(user))
        for kind in KINDS:
            assert {h.id for h in hits if h.kind == kind} == expected[kind], (user.name, kind)  # type: ignore[attr-defined]
    anna = {h.id for h in search(ctx.db, WORD, limit=50, seen_by=world.anna)}
    assert shop["article"] in anna  # the knowledge base is for everyone
    assert {shop["porter_ticket"], shop["porter_note"], shop["anna_note"], shop["assigned"]} <= anna
    assert not {shop["garage"], shop["mechanic"], shop["garage_ticket"], shop["garage_note"], shop["bert_job"],
                shop["stranger"], shop["deleted_job"], shop["mill_ticket"]} & anna


def test_search_keeps_its_order_and_finds_numbers(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    """For a technician, the same hits in the same order as everyone's, less what they may not open."""
    for text in (WORD, "Dupont", "quote", "T-", "I-", "oven"):
        everyone = search(ctx.db, text, limit=50)
        anna = search(ctx.db, text, limit=50, seen_by=world.anna)
        assert anna == [h for h in everyone if may_open(ctx, _as(ctx, world.anna).user, h)], text
    number = ctx.db.execute("SELECT number FROM tickets WHERE id = ?", [shop["linked"]]).fetchone()[0]
    assert [h.id for h in search(ctx.db, number, seen_by=world.anna) if h.kind == "ticket"][0] == shop["linked"]
    hidden = ctx.db.execute("SELECT number FROM tickets WHERE id = ?", [shop["garage_ticket"]]).fetchone()[0]
    assert shop["garage_ticket"] not in {h.id for h in search(ctx.db, hidden, seen_by=world.anna)}
    job = ctx.db.execute("SELECT number FROM interventions WHERE id = ?", [shop["bert_job"]]).fetchone()[0]
    assert not [h for h in search(ctx.db, job, seen_by=world.anna) if h.kind == "intervention" and h.id ==
                shop["bert_job"]]
    assert [h.id for h in search(ctx.db, job, seen_by=world.bert) if h.kind == "intervention"][0] == shop["bert_job"]


def test_a_small_limit_still_finds_the_scope_behind_other_peoples_hits(ctx: Context, world: FieldWorld,
                                                                      shop: dict[str, str]) -> None:
    """Newer history of other customers must not push a technician's own out of a short list."""
    for n in range(12):
        history.log(ctx, {"kind": "call", "subject": f"{WORD} follow-up {n}", "company_id": shop["garage"]})
    hits = [h for h in search(ctx.db, WORD, limit=2, seen_by=world.anna) if h.kind == "history"]
    assert len(hits) == 2
    assert all(access.can_see_history(ctx.db, _as(ctx, world.anna).user, h.id) for h in hits)


# --- fuzz: whatever is typed, nothing outside the scope appears -------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
TYPED = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40) | st.sampled_from([
    WORD, WORD.lower(), "zeph", "Dupont", "Leroy", "Garage", "Hotel", "quote", "oven", "boiler", "T-", "I-", "t-",
    "Eva", "Nobody", "Paul Simon", "+32 81 22 33 44", "*", '"', "NEAR(", "a OR", "Zephyr OR Leroy", "Leroy*",
    "'; DROP TABLE people; --", "\x00", "\u202e", "x" * 500,
]) | st.lists(st.sampled_from([WORD, "Leroy", "Garage", "brakes", "OR", "AND", "NOT", "*", "-", "(", ")"]),
              min_size=1, max_size=4).map(" ".join)


@FUZZ
@given(text=TYPED)
@example(text="Leroy OR Zephyr")
@example(text="T-")
def test_fuzzed_search_never_shows_outside_the_scope(ctx: Context, world: FieldWorld, shop: dict[str, str],
                                                     text: str) -> None:
    anna = _as(ctx, world.anna).user
    for hit in search(ctx.db, text, limit=20, seen_by=world.anna):
        assert may_open(ctx, anna, hit), (text, hit)
    people_ids = {r[0] for r in PEOPLE.page(ctx.db, ListFilter(text=text, seen_by=world.anna), limit=100)}
    assert people_ids <= allowed_people(ctx, anna)
    found = {r[0] for r in TICKETS.page(ctx.db, TicketFilter(queue="all", text=text, seen_by=world.anna), limit=100)}
    assert all(access.can_see_ticket(ctx.db, anna, t) for t in found)
    jobs = {r[0] for r in INTERVENTIONS.page(ctx.db, InterventionFilter(queue="all", text=text, seen_by=world.anna),
                                             limit=100)}
    assert all(access.can_see_intervention(ctx.db, anna, i) for i in jobs)
