"""The lists and the search palette a technician sees hold their scope only, and say how many that is (issue 8);
an office user sees them all."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import interventions, people, tickets, users
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.companies_view import CompaniesView
from crm_desktop.ui.interventions_view import InterventionsView
from crm_desktop.ui.paged_model import PagedRecordModel
from crm_desktop.ui.people_view import PeopleView
from crm_desktop.ui.search_palette import HIT_ROLE, SearchPalette
from crm_desktop.ui.tickets_view import TicketsView
from tests.field_setup import FieldWorld, shown
from tests.unit.test_access_lists import WORD, _as, allowed, shop  # noqa: F401 - shop is a fixture

SHOTS = Path("/tmp/scoped_lists")


def ids(model: PagedRecordModel) -> set[str]:
    return {model.id_at(row) or "" for row in range(model.rowCount())}


def snap(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_a_technician_lists_their_people_and_companies(qtbot: QtBot, qtmodeltester: ModelTester, ctx: Context,
                                                       world: FieldWorld, shop: dict[str, str],  # noqa: F811
                                                       bridge: ChangeBridge) -> None:
    anna = _as(ctx, world.anna)
    expected = allowed(ctx, anna.user)
    people = shown(qtbot, PeopleView(anna, bridge), (1100, 420))
    qtmodeltester.check(people.model)
    assert ids(people.model) == expected["person"] and len(expected["person"]) == 5
    assert people.count_label.text() == "People: 5"
    snap(people, "people_technician")
    companies = shown(qtbot, CompaniesView(anna, bridge), (1100, 420))
    assert ids(companies.model) == expected["company"]
    assert companies.count_label.text() == "Companies: 2"
    # The office gives Anna a job at the garage: its mechanic and the garage join her lists.
    interventions.create(ctx, {"subject": "Lift check", "kind": "repair", "technician_ids": [world.anna],
                               "company_id": shop["garage"]})
    qtbot.waitUntil(lambda: people.count_label.text() == "People: 6")
    assert shop["mechanic"] in ids(people.model)
    qtbot.waitUntil(lambda: companies.count_label.text() == "Companies: 3")
    # Searching within her list never reaches beyond it.
    people.search.setText("Nobody")
    people.apply_filter()
    assert people.model.rowCount() == 0
    assert people.pages.currentWidget() is people.empty


def test_a_technician_without_customers_is_told_why_the_list_is_empty(qtbot: QtBot, ctx: Context,
                                                                      world: FieldWorld, shop: dict[str, str],  # noqa: F811
                                                                      bridge: ChangeBridge) -> None:
    newcomer = users.add_user(ctx.db, ctx.clock, "Nina New", Role.TECHNICIAN)
    view = shown(qtbot, PeopleView(Context(db=ctx.db, user=newcomer, clock=ctx.clock, changes=ctx.changes), bridge),
                 (900, 300))
    assert view.count_label.text() == "People: 0"
    assert view.pages.currentWidget() is view.empty
    assert "your interventions" in view.empty.text()
    snap(view, "people_empty_technician")


def test_office_roles_list_everyone(qtbot: QtBot, ctx: Context, world: FieldWorld, shop: dict[str, str],  # noqa: F811
                                    bridge: ChangeBridge) -> None:
    for role in (Role.STAFF, Role.MANAGER, Role.ADMIN):
        user = users.add_user(ctx.db, ctx.clock, f"{role} user", role)
        office = Context(db=ctx.db, user=user, clock=ctx.clock, changes=ctx.changes)
        people = shown(qtbot, PeopleView(office, bridge), (900, 300))
        live = {r[0] for r in ctx.db.execute("SELECT id FROM people WHERE deleted_at IS NULL")}
        assert ids(people.model) == live
        assert people.count_label.text() == f"People: {len(live)}"
        people.close()


def test_a_technician_sees_their_tickets_with_scoped_queue_counts(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                                  shop: dict[str, str],  # noqa: F811
                                                                  bridge: ChangeBridge) -> None:
    anna = _as(ctx, world.anna)
    view = shown(qtbot, TicketsView(anna, bridge), (1200, 420))
    qtbot.waitUntil(lambda: bool(view.counts))
    assert view.counts["open"] == 4
    assert view.queue_text("open").endswith("(4)")
    view.set_queue("all")
    assert ids(view.model) == allowed(ctx, anna.user)["ticket"]
    assert view.count_label.text() == "Tickets: 4"
    snap(view, "tickets_technician")
    staff = users.add_user(ctx.db, ctx.clock, "Sam Staff", Role.STAFF)
    office = shown(qtbot, TicketsView(Context(db=ctx.db, user=staff, clock=ctx.clock, changes=ctx.changes), bridge),
                   (1200, 420))
    qtbot.waitUntil(lambda: bool(office.counts))
    assert office.counts["open"] == 6


def test_a_technician_lists_their_own_interventions(qtbot: QtBot, qtmodeltester: ModelTester, ctx: Context,
                                                    world: FieldWorld, shop: dict[str, str],  # noqa: F811
                                                    bridge: ChangeBridge) -> None:
    anna = _as(ctx, world.anna)
    view = shown(qtbot, InterventionsView(anna, bridge=bridge), (1200, 420))
    qtmodeltester.check(view.model)
    qtbot.waitUntil(lambda: bool(view.counts))
    assert ids(view.model) == allowed(ctx, anna.user)["intervention"]
    assert view.counts["all"] == 4
    assert view.count_label.text() == "Interventions: 4"
    assert not view.technician.isVisible()  # choosing a colleague would only empty the list
    snap(view, "interventions_technician")
    office = shown(qtbot, InterventionsView(ctx, bridge=bridge), (1200, 420))
    qtbot.waitUntil(lambda: bool(office.counts))
    assert office.counts["all"] == 5
    assert office.technician.isVisible()


def test_the_palette_finds_only_the_scope(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                         shop: dict[str, str]) -> None:  # noqa: F811
    anna = _as(ctx, world.anna)
    expected = allowed(ctx, anna.user)
    palette = SearchPalette(anna)
    qtbot.addWidget(palette)
    palette.popup()
    palette.resize(640, palette.height())
    with qtbot.waitSignal(palette.searched):
        palette.edit.setText(WORD)
        palette.run_search()
    hits = [palette.results.item(row).data(HIT_ROLE) for row in range(palette.results.count())]
    hits = [hit for hit in hits if hit is not None]
    assert hits
    for hit in hits:
        assert hit.id in expected[hit.kind], hit
    assert shop["article"] in {hit.id for hit in hits}  # knowledge base articles are for everyone
    snap(palette, "palette_technician")
    with qtbot.waitSignal(palette.searched) as searched:
        palette.edit.setText("Leroy")
        palette.run_search()
    assert searched.args[1] == 0  # the garage's mechanic is Bert's customer


def test_the_ticket_field_of_a_job_finds_only_her_tickets(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    """Typing another customer's ticket number on her job shows nothing (not even its subject)."""
    from crm_desktop.ui.intervention_window import TicketField

    stranger = people.create(ctx, {"first_name": "Luc", "last_name": "Leroy"})
    theirs = tickets.get(ctx.db, tickets.open_ticket(ctx, {"person_id": stranger, "subject": "Brakes squeal"}))
    mine = tickets.get(ctx.db, tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Oven cold"}))
    interventions.create(ctx, {"subject": "Oven", "technician_ids": [world.anna], "company_id": world.company,
                               "ticket_id": mine["id"]})
    anna = TicketField(replace(ctx, user=users.get_user(ctx.db, world.anna)))
    office = TicketField(ctx)
    qtbot.addWidget(anna)
    qtbot.addWidget(office)
    assert anna._find(theirs["number"]) is None
    assert anna._find(mine["number"])["id"] == mine["id"]
    assert office._find(theirs["number"])["id"] == theirs["id"]
