"""The ticket page: the whole desk scenario from a customer's page to the resolution on
their timeline, field errors, the conversation, the timer and costs, the glance and
clocks, support contracts on customers (with who may change them), and the interventions on site."""

from __future__ import annotations

import sys
import types
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.core import (
    companies,
    contracts,
    customer_status,
    interventions,
    knowledge,
    people,
    support_costs,
    tickets,
)
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.support_panels import ContractDialog, ContractsPanel
from crm_desktop.ui.ticket_window import TicketDetailView
from crm_desktop.ui.timeline_view import TimelineModel


@pytest.fixture
def customer(ctx: Context) -> dict[str, str]:
    gold = contracts.create_level(ctx, {"name": "Gold", "rank": 3, "first_response_minutes": 60,
                                        "resolution_minutes": 480, "hourly_rate_cents": "85,00",
                                        "included_minutes": 600, "onsite_included": True})
    company = companies.create(ctx, {"name": "Boulangerie Lambert", "city": "Namur"})
    person = people.create(ctx, {"first_name": "Anne", "last_name": "Lambert", "company_id": company,
                                 "language": "fr"})
    contract = contracts.create_contract(ctx, {"company_id": company, "level_id": gold, "starts_on": "2026-01-01",
                                               "ends_on": "2026-12-31"})
    return {"company": company, "person": person, "level": gold, "contract": contract}


@pytest.fixture
def article(ctx: Context) -> str:
    return knowledge.create(ctx, {"title": "Chaudière en défaut F22 : pression trop basse",
                                  "problem": "La chaudière se met en sécurité, pression sous 0,8 bar.",
                                  "solution": "Remettre en pression à 1,4 bar, puis purger les radiateurs.",
                                  "product": "Vaillant ecoTEC plus", "tags": "pression, f22", "language": "fr"})


def open_view(qtbot: QtBot, ctx: Context, ticket_id: str | None, **initial: Any) -> TicketDetailView:
    view = TicketDetailView(ctx, ticket_id, initial=initial or None)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def new_ticket(ctx: Context, customer: dict[str, str], **values: Any) -> str:
    return tickets.open_ticket(ctx, {"person_id": customer["person"], "subject": "Chaudière en panne",
                                     "description": "Elle affiche F22.", **values})


def count(ctx: Context, table: str) -> int:
    return ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_desk_from_the_customer_page_to_the_resolution_on_the_timeline(
        qtbot: QtBot, main_window: MainWindow, ctx: Context, clock: FixedClock, customer: dict[str, str],
        article: str) -> None:
    window = main_window
    assert window.open_record("person", customer["person"])
    person_view = window.detail
    assert isinstance(person_view, PersonDetailView)
    person_view.tabs.setCurrentWidget(person_view.tickets_panel)

    # A ticket for the customer, from their page: who it is for is already filled in.
    with qtbot.waitSignal(window.record_opened) as opened:
        qtbot.mouseClick(person_view.tickets_panel.new_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["ticket", ""]
    view = window.detail
    assert isinstance(view, TicketDetailView)
    assert view.person_picker.value() == customer["person"]
    assert view.company_picker.value() == customer["company"]
    assert "Gold" in view.glance.label.text()

    # Typing the problem brings the article up.
    with qtbot.waitSignal(view.proposals_updated, check_params_cb=lambda n: n > 0):
        qtbot.keyClicks(view.form.editor("subject"), "Chaudiere pression basse F22")
    assert view.proposals.proposals[0].id == article
    assert view.proposals.current() is not None and view.proposals.current().id == article
    assert "1,4 bar" in view.proposals.solution.toPlainText()

    # Apply it: the new ticket is saved first, the solution shows in the conversation.
    with qtbot.waitSignal(view.saved) as saved:
        qtbot.mouseClick(view.proposals.apply_button, Qt.MouseButton.LeftButton)
    ticket_id = saved.args[0]
    assert [s["article_id"] for s in knowledge.applied(ctx.db, ticket_id)] == [article]
    assert view.title_label.text().endswith("Chaudiere pression basse F22")
    assert "applied" in view.proposals.tree.topLevelItem(0).text(1)
    assert not view.proposals.apply_button.isEnabled()
    assert "proposed a solution: Chaudière en défaut F22" in view.conversation.browser.toPlainText()

    # A reply to the customer takes the ticket into work (a status change).
    view.tabs.setCurrentWidget(view.conversation)
    view.conversation.text.setPlainText("Pouvez-vous vérifier la pression au manomètre ?")
    with qtbot.waitSignal(view.conversation.sent):
        qtbot.mouseClick(view.conversation.send_button, Qt.MouseButton.LeftButton)
    assert tickets.get(ctx.db, ticket_id)["status"] == "open"
    qtbot.waitUntil(lambda: view.badge.text() == "Open")

    # The timer counts on core's clock; stopping it logs the minutes.
    view.tabs.setCurrentWidget(view.costs)
    costs = view.costs
    qtbot.mouseClick(costs.start_button, Qt.MouseButton.LeftButton)
    assert costs.running() and costs.tick_timer.isActive()
    clock.advance(minutes=12)
    qtbot.waitUntil(lambda: costs.timer_label.text() == "0:12:00")
    qtbot.mouseClick(costs.stop_button, Qt.MouseButton.LeftButton)
    assert [e["minutes"] for e in support_costs.time_entries(ctx.db, ticket_id)] == [12]
    assert not costs.running() and costs.timer_label.text() == "0:00:00"
    assert costs.time_table.rowCount() == 1 and costs.time_table.item(0, 2).text() == "12 min"
    assert costs.total_labels["minutes"].text() == "12 min"
    assert costs.total_labels["covered"].text() == "17.00\u00a0EUR"  # 12 minutes at 85.00 an hour

    # Resolve: the text comes from the applied solution.
    qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    dialog = view.resolve_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.text.value().startswith("Remettre en pression")
    dialog.text.set_value("Remise en pression à 1,4 bar et purge des radiateurs.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    ticket = tickets.get(ctx.db, ticket_id)
    assert ticket["status"] == "resolved" and ticket["resolution"].startswith("Remise en pression")
    assert view.badge.text() == "Resolved"
    assert view.reopen_button.isEnabled() and not view.resolve_button.isEnabled()
    assert "met" in view.sla_panel.resolution.text()

    # The customer's timeline tells the story.
    assert window.open_record("person", customer["person"])
    person_view = window.detail
    assert isinstance(person_view, PersonDetailView)
    model = person_view.timeline.model
    shown = {}
    for row in range(model.rowCount()):
        entry = model.entry(row)
        shown.setdefault(entry.kind, []).append(model.index(row).data(TimelineModel.SummaryRole))
    assert {"ticket", "ticket_solution", "ticket_time", "ticket_status", "ticket_message"} <= set(shown)
    assert shown["ticket_solution"] == ["Chaudière en défaut F22 : pression trop basse"]
    assert shown["ticket_time"] == ["12 min"]
    assert "Status: Open" in shown["ticket_status"]
    assert any(text.startswith("Remise en pression") for text in shown["ticket_status"])
    assert person_view.tickets_panel.count() == 1


def test_negative_km_or_minutes_are_refused_next_to_the_field(qtbot: QtBot, ctx: Context,
                                                              customer: dict[str, str]) -> None:
    view = open_view(qtbot, ctx, new_ticket(ctx, customer))
    view.tabs.setCurrentWidget(view.costs)
    costs = view.costs
    form = costs.show_form("travel")
    form.editor("km").line.setText("-12")
    form.editor("travel_minutes").line.setText("-30")
    qtbot.mouseClick(costs.save_buttons["travel"], Qt.MouseButton.LeftButton)
    assert form.error_text("km") == "A distance cannot be negative."
    assert form.error_text("travel_minutes") == "Minutes cannot be negative."
    assert count(ctx, "ticket_costs") == 0 and costs.current_form() == "travel"

    form = costs.show_form("time")
    form.editor("minutes").line.setText("-5")
    qtbot.mouseClick(costs.save_buttons["time"], Qt.MouseButton.LeftButton)
    assert form.error_text("minutes") == "Minutes cannot be negative."
    assert count(ctx, "time_entries") == 0

    form.editor("minutes").line.setText("45")
    form.editor("note").setText("Diagnostic")
    qtbot.mouseClick(costs.save_buttons["time"], Qt.MouseButton.LeftButton)
    assert costs.current_form() is None and count(ctx, "time_entries") == 1
    assert costs.time_table.item(0, 4).text() == "Diagnostic"

    form = costs.show_form("part")
    form.editor("description").setText("Vase d'expansion")
    form.editor("quantity").line.setText("2")
    form.editor("unit_cost_cents").line.setText("42.10")
    form.editor("unit_price_cents").line.setText("-1")
    qtbot.mouseClick(costs.save_buttons["part"], Qt.MouseButton.LeftButton)
    assert form.error_text("unit_price_cents") == "An amount cannot be negative."
    form.editor("unit_price_cents").line.setText("69.90")
    qtbot.mouseClick(costs.save_buttons["part"], Qt.MouseButton.LeftButton)
    form = costs.show_form("travel")
    assert form.error_text("km") == ""  # a fresh form
    form.editor("km").line.setText("23.5")
    qtbot.mouseClick(costs.save_buttons["travel"], Qt.MouseButton.LeftButton)
    assert costs.costs_table.rowCount() == 2
    assert costs.costs_table.item(0, 2).text() == "2 × Vase d'expansion"
    assert costs.costs_table.item(0, 3).text() == "84.20\u00a0EUR"
    totals = support_costs.ticket_totals(ctx.db, view.record_id or "")
    assert costs.total_labels["cost"].text() == f"{totals.cost_cents // 100}.{totals.cost_cents % 100:02d}\u00a0EUR"


def test_ticket_form_errors_show_next_to_the_fields(qtbot: QtBot, ctx: Context, customer: dict[str, str]) -> None:
    view = open_view(qtbot, ctx, None)
    assert not view.save()
    assert view.form.error_text("subject") == "Write what the problem is about."
    assert view.form.error_text("person_id") == "Choose the person or company concerned."
    assert count(ctx, "tickets") == 0
    assert not view.form.isHidden() and view.form.editor("status").isHidden()
    # A name typed without picking anyone is not a person.
    view.person_picker.line.setText("Personne Inconnue")
    view.form.editor("subject").setText("Fuite")
    assert not view.save()
    assert view.form.error_text("person_id") == "This record no longer exists."
    view.person_picker.set_value(customer["person"])
    view.form.editor("priority").set_value("high")
    view.form.editor("category").setEditText("Billing")  # the label of a listed category: stored as its key
    with qtbot.waitSignal(view.saved) as saved:
        assert view.save()
    ticket = tickets.get(ctx.db, saved.args[0])
    assert ticket["priority"] == "high" and ticket["category"] == "billing"
    assert ticket["company_id"] == customer["company"]  # taken from the person
    assert view.title_label.text().startswith(ticket["number"])
    # An impossible status change is refused under the status field.
    view.form.editor("status").set_value("reopened")
    view.form.set_modified(True)
    assert not view.save()
    assert view.form.error_text("status") == "A ticket that is New cannot become Reopened."
    view.form.set_modified(False)


def test_conversation_keeps_customer_desk_and_notes_apart(qtbot: QtBot, ctx: Context, clock: FixedClock,
                                                          customer: dict[str, str]) -> None:
    ticket_id = new_ticket(ctx, customer)
    view = open_view(qtbot, ctx, ticket_id)
    talk = view.conversation
    assert not talk.send()  # nothing written
    assert talk.error.text() == "Write the message first."
    for kind, text in (("in", "La pression est à 0,5 bar."), ("note", "Client fidèle, passer vite."),
                       ("out", "Nous passons demain matin.")):
        clock.advance(minutes=1)
        talk.set_kind(kind)
        talk.text.setPlainText(text)
        assert talk.send()
    assert [(e["kind"], e["direction"]) for e in talk.events] == [
        ("message", "in"), ("note", None), ("message", "out"), ("status", None)]
    html = talk.browser.toHtml()
    assert html.count("#eff6ff") == 1 and html.count("#fffbeb") == 1 and html.count("#f0fdf4") == 1
    plain = talk.browser.toPlainText()
    assert plain.index("0,5 bar") < plain.index("Client fidèle") < plain.index("demain matin")
    assert "status New → Open" in plain
    assert "Internal note" in plain and "Customer wrote" in plain
    # The ticket's row changed (status, updated): the form follows without a conflict banner.
    qtbot.waitUntil(lambda: view.badge.text() == "Open")
    assert view.form.editor("status").value() == "open" and not view.banner.isVisible()


def test_unsaved_edits_survive_work_done_on_the_ticket(qtbot: QtBot, ctx: Context,
                                                       customer: dict[str, str]) -> None:
    ticket_id = new_ticket(ctx, customer)
    view = open_view(qtbot, ctx, ticket_id)
    qtbot.keyClicks(view.form.editor("product"), "ecoTEC")
    assert view.form.modified
    tickets.add_message(ctx, ticket_id, "Réponse envoyée.", "out")  # new -> open, elsewhere
    qtbot.waitUntil(lambda: view.badge.text() == "Open")
    assert view.form.editor("product").value() == "ecoTEC" and not view.banner.isVisible()
    assert view.save()
    ticket = tickets.get(ctx.db, ticket_id)
    assert ticket["product"] == "ecoTEC" and ticket["status"] == "open"  # not put back to "new"


def test_glance_and_clocks(qtbot: QtBot, ctx: Context, clock: FixedClock, customer: dict[str, str]) -> None:
    other = new_ticket(ctx, customer, subject="Thermostat")
    ticket_id = new_ticket(ctx, customer)
    support_costs.log_time(ctx, other, {"minutes": 620})
    view = open_view(qtbot, ctx, ticket_id)
    text = view.glance.label.text()
    assert "Gold" in text and "valid until" in text
    assert "10 h 20 of 10 h included" in text and "#c62828" in text  # over: red
    assert f"ticket:{other}" in text and "Revenue to date:</b> —" in text
    with qtbot.waitSignal(view.open_record) as opened:
        view.glance.label.linkActivated.emit(f"ticket:{other}")
    assert opened.args == ["ticket", other]
    # Monday 10:30 local: the first response is due in an hour of business time.
    assert "1 h left" in view.sla_panel.response.text()
    clock.advance(minutes=90)
    view.tick()
    assert "late by 30 min" in view.sla_panel.response.text()
    # Another customer, with no contract: the glance follows the form.
    lone = people.create(ctx, {"first_name": "Paul", "last_name": "Seul"})
    view.person_picker.set_value(lone)
    view.company_picker.set_value(None)
    view.person_picker.edited.emit()
    qtbot.waitUntil(lambda: "no contract" in view.glance.label.text())
    view.form.set_modified(False)


def test_make_article_and_print(qtbot: QtBot, ctx: Context, customer: dict[str, str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    ticket_id = new_ticket(ctx, customer)
    view = open_view(qtbot, ctx, ticket_id)
    assert not view.article_button.isEnabled()
    tickets.set_status(ctx, ticket_id, "resolved", "Purge et remise en pression.")
    qtbot.waitUntil(lambda: view.article_button.isEnabled())
    article_id = view.make_article()
    assert article_id and knowledge.get(ctx.db, article_id)["solution"] == "Purge et remise en pression."
    assert "was added to the knowledge base" in view.banner.label.text()
    with qtbot.waitSignal(view.open_record) as opened:
        view.banner.button.click()
    assert opened.args == ["kb_article", article_id]

    calls: list[tuple[Any, ...]] = []
    fake = types.ModuleType("crm_desktop.ui.report_dialog")
    fake.show_ticket_report = lambda *args: calls.append(args)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "crm_desktop.ui.report_dialog", fake)
    view.print_button.click()
    assert calls == [(ctx, ticket_id, view)]

    # Close (it has a resolution), then reopen.
    view.close_ticket_button.click()
    assert tickets.get(ctx.db, ticket_id)["status"] == "closed"
    assert not view.costs.start_button.isEnabled() and not view.costs.add_buttons["part"].isEnabled()
    assert "reopen it" in view.costs.timer_note.text()
    assert not view.costs.start_timer()  # and core says why
    assert "closed: reopen it first" in view.costs.message.text()
    view.reopen_button.click()
    assert tickets.get(ctx.db, ticket_id)["status"] == "reopened"


def test_contracts_on_a_company_page(qtbot: QtBot, ctx: Context, clock: FixedClock,
                                     customer: dict[str, str]) -> None:
    from crm_desktop.ui.company_detail import CompanyDetailView

    page = CompanyDetailView(ctx, customer["company"])
    qtbot.addWidget(page)
    panel = page.contracts_panel
    assert panel.count() == 1
    assert "Gold" in panel.current.text() and "until" in panel.current.text()
    dialog = panel.add_contract()
    assert isinstance(dialog, ContractDialog)
    dialog.form.editor("starts_on").set_value("2027-01-01")
    dialog.form.editor("ends_on").set_value("2026-06-30")
    assert not dialog.save()
    assert dialog.form.error_text("ends_on") == "The end comes before the start."
    assert count(ctx, "contracts") == 1
    dialog.form.editor("ends_on").set_value("")
    dialog.form.editor("reference").setText("C-2027")
    assert dialog.save()
    assert panel.count() == 2 and panel.table.item(0, 4).text() == "starts later"
    # End the current contract today.
    panel.table.selectRow(1)
    assert panel.end_contract()
    assert contracts.contracts_of(ctx.db, customer["company"])[1]["ends_on"] == "2026-03-02"
    clock.advance(days=1)
    panel.reload()
    assert "No valid support contract today" in panel.current.text()


def test_technicians_cannot_change_contracts(qtbot: QtBot, ctx: Context, clock: FixedClock,
                                             customer: dict[str, str]) -> None:
    tech = add_user(ctx.db, clock, "Marc Tech", Role.TECHNICIAN)
    as_tech = Context(ctx.db, tech, clock, ctx.changes)
    panel = ContractsPanel(as_tech, company_id=customer["company"])
    qtbot.addWidget(panel)
    panel.show()
    assert panel.add_button.isHidden() and panel.end_button.isHidden()
    assert panel.note.text() == "Marc Tech (Technician) is not allowed to change support levels and contracts."
    dialog = ContractDialog(as_tech, company_id=customer["company"], person_id=None)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "not allowed" in dialog.message.text()
    assert count(ctx, "contracts") == 1
    # A person of the company sees the company's contract.
    page = PersonDetailView(as_tech, customer["person"])
    qtbot.addWidget(page)
    assert page.contracts_panel.company_id == customer["company"]
    assert "Contracts of Boulangerie Lambert" in page.contracts_panel.caption.text()
    # But technicians work tickets: time and costs are theirs to record.
    view = open_view(qtbot, as_tech, new_ticket(as_tech, customer))
    assert not view.costs.add_buttons["time"].isHidden() and view.delete_button.isHidden()


# --------------------------------------------------------------------------- interventions on site


def test_on_site_tab_plans_an_intervention_for_the_ticket(qtbot: QtBot, ctx: Context,
                                                          customer: dict[str, str]) -> None:
    fresh = open_view(qtbot, ctx, None, person_id=customer["person"])
    assert not fresh.tabs.isTabEnabled(fresh.tabs.indexOf(fresh.onsite))  # saved first
    assert not fresh.onsite.new_button.isEnabled()
    ticket_id = new_ticket(ctx, customer)
    view = open_view(qtbot, ctx, ticket_id)
    tab = view.tabs.indexOf(view.onsite)
    assert view.tabs.isTabEnabled(tab) and view.tabs.tabText(tab) == "On site"
    assert view.onsite.empty.text().startswith("No intervention for this ticket yet")
    view.tabs.setCurrentWidget(view.onsite)
    with qtbot.waitSignal(view.new_intervention_requested) as asked:
        qtbot.mouseClick(view.onsite.new_button, Qt.MouseButton.LeftButton)
    assert asked.args == [{"ticket_id": ticket_id, "company_id": customer["company"], "person_id": customer["person"],
                           "subject": "Chaudière en panne", "kind": "repair"}]
    # Pending edits are saved first: the intervention starts with the subject as saved.
    view.form.editor("subject").set_value("Chaudière en défaut F22")
    view.form.editor("subject").edited.emit()
    with qtbot.waitSignal(view.new_intervention_requested) as asked:
        view.onsite.new_button.click()
    assert asked.args[0]["subject"] == "Chaudière en défaut F22"
    assert tickets.get(ctx.db, ticket_id)["subject"] == "Chaudière en défaut F22"
    # The job planned for it (from the main window's intervention page) shows up in the tab.
    job = interventions.create(ctx, {**asked.args[0], "planned_start": "2026-03-03T08:00:00Z"})
    qtbot.waitUntil(lambda: view.onsite.count() == 1)
    assert view.tabs.tabText(tab) == "On site (1)"
    model = view.onsite.model
    assert model.index(0, 0).data() == interventions.get(ctx.db, job)["number"]
    assert model.index(0, 3).data() == "To plan"  # nobody is on the team yet
    with qtbot.waitSignal(view.open_record) as opened:
        view.onsite.table.activated.emit(model.index(0, 5))
    assert opened.args == ["intervention", job]


def test_glance_shows_the_next_and_latest_interventions(qtbot: QtBot, ctx: Context, clock: FixedClock,
                                                        customer: dict[str, str]) -> None:
    anna = add_user(ctx.db, clock, "Anna Tech", Role.TECHNICIAN).id
    done = interventions.create(ctx, {"company_id": customer["company"], "subject": "Détartrage",
                                      "kind": "maintenance", "planned_start": "2026-03-02T13:00:00Z",
                                      "technician_ids": [anna]})
    clock.advance(hours=6)
    interventions.save_report(ctx, done, {"work_done": "Détartré", "arrived_at": "2026-03-02T13:00:00Z",
                                          "departed_at": "2026-03-02T14:00:00Z"}, complete=True)
    coming = interventions.create(ctx, {"person_id": customer["person"], "subject": "Pompe",
                                        "planned_start": "2026-03-04T08:00:00Z", "technician_ids": [anna]})
    ticket_id = new_ticket(ctx, customer)
    view = open_view(qtbot, ctx, ticket_id)
    text = view.glance.label.text()
    numbers = {job: interventions.get(ctx.db, job)["number"] for job in (done, coming)}
    assert f'<a href="intervention:{coming}">{numbers[coming]}</a>' in text
    assert "<b>Next intervention:</b>" in text and "(Repair, Planned)" in text
    assert f'<a href="intervention:{done}">{numbers[done]}</a>' in text
    assert "<b>Last interventions:</b>" in text and "(Maintenance, Done)" in text
    with qtbot.waitSignal(view.open_record) as opened:
        view.glance.label.linkActivated.emit(f"intervention:{coming}")
    assert opened.args == ["intervention", coming]
    # Done elsewhere (the technician's report): the glance follows.
    clock.advance(days=2)
    interventions.save_report(ctx, coming, {"work_done": "Pompe changée", "arrived_at": "2026-03-04T08:00:00Z",
                                            "departed_at": "2026-03-04T09:00:00Z"}, complete=True)
    qtbot.waitUntil(lambda: "Next intervention" not in view.glance.label.text())
    assert "(Repair, Done)" in view.glance.label.text()
    lone = people.create(ctx, {"first_name": "Paul", "last_name": "Seul"})
    view.glance.show_customer(None, lone, None)
    assert "<b>Interventions:</b> none" in view.glance.label.text()


def test_customer_status_picks_the_next_and_the_three_latest_interventions(ctx: Context, clock: FixedClock,
                                                                          customer: dict[str, str]) -> None:
    anna = add_user(ctx.db, clock, "Anna Tech", Role.TECHNICIAN).id
    company = customer["company"]

    def job(subject: str, **values: Any) -> str:
        return interventions.create(ctx, {"company_id": company, "subject": subject, **values})

    waiting = job("Attend un créneau", due_on="2026-03-10")
    glance = customer_status.status(ctx.db, company, None, date(2026, 3, 2))
    assert glance.next_intervention["id"] == waiting and glance.last_interventions == []  # nothing booked: to plan
    later = job("Plus tard", planned_start="2026-03-06T08:00:00Z", technician_ids=[anna])
    sooner = job("Bientôt", planned_start="2026-03-04T08:00:00Z", technician_ids=[anna])
    past = [job(f"Fait {n}", planned_start=f"2026-03-02T1{n}:00:00Z", technician_ids=[anna]) for n in range(4)]
    clock.advance(hours=8)
    for n, job_id in enumerate(past):
        interventions.save_report(ctx, job_id, {"work_done": "Fait", "arrived_at": f"2026-03-02T1{n}:00:00Z",
                                                "departed_at": f"2026-03-02T1{n}:30:00Z"}, complete=True)
    glance = customer_status.status(ctx.db, company, None, date(2026, 3, 2))
    assert glance.next_intervention["id"] == sooner and glance.next_intervention["status"] == "planned"
    # The latest done (the job waiting was asked for before them), never a later planned visit.
    assert [row["id"] for row in glance.last_interventions] == [past[3], past[2], past[1]]
    assert later not in {row["id"] for row in glance.last_interventions}
    assert glance.last_interventions[0]["at"] == interventions.get(ctx.db, past[3])["completed_at"]
    person_only = customer_status.status(ctx.db, None, customer["person"], date(2026, 3, 2))
    assert person_only.next_intervention["id"] == sooner  # the person's company is looked at
