"""The company detail view: its form, its people and their entries on its timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.core import companies, history, people, users
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.ui.company_detail import CompanyDetailView
from crm_desktop.ui.person_detail import PersonDetailView


def open_view(qtbot: QtBot, ctx: Context, company_id: str | None) -> CompanyDetailView:
    view = CompanyDetailView(ctx, company_id)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_shows_its_people_and_their_entries(qtbot: QtBot, ctx: Context) -> None:
    company = companies.create(ctx, {"name": "Boulangerie Dupuis", "city": "Namur", "stage": "customer"})
    marie = people.create(ctx, {"first_name": "Marie", "last_name": "Dupont", "company_id": company})
    luc = people.create(ctx, {"first_name": "Luc", "last_name": "Lambert", "company_id": company})
    people.create(ctx, {"first_name": "Anne", "last_name": "Zimmer"})  # elsewhere
    history.log(ctx, {"kind": "call", "subject": "Quote", "person_id": marie})
    history.log(ctx, {"kind": "email", "subject": "Invoice", "person_id": luc})
    history.log(ctx, {"kind": "visit", "subject": "Shop visit", "company_id": company})

    view = open_view(qtbot, ctx, company)
    assert view.title_label.text() == "Boulangerie Dupuis"
    assert view.badge.text() == "Customer"
    panel = view.people_panel
    assert panel.count() == 2
    names = {panel.tree.topLevelItem(i).text(0) for i in range(2)}
    assert names == {"Marie Dupont", "Luc Lambert"}
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "People (2)"
    assert view.timeline.model.rowCount() == 3
    assert {view.timeline.model.entry(r).title for r in range(3)} == {"Quote", "Invoice", "Shop visit"}

    item = next(panel.tree.topLevelItem(i) for i in range(2) if panel.tree.topLevelItem(i).text(0) == "Luc Lambert")
    with qtbot.waitSignal(view.open_record) as blocker:
        panel.tree.itemActivated.emit(item, 0)
    assert blocker.args == ["person", luc]

    # A person joining elsewhere appears without reopening the company.
    people.create(ctx, {"first_name": "Sofie", "last_name": "Peeters", "company_id": company})
    qtbot.waitUntil(lambda: panel.count() == 3)


def test_add_person_prefills_the_company(qtbot: QtBot, ctx: Context) -> None:
    company = companies.create(ctx, {"name": "Garage Lambert"})
    view = open_view(qtbot, ctx, company)
    with qtbot.waitSignal(view.new_person_requested) as blocker:
        qtbot.mouseClick(view.people_panel.add_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [company]

    person_view = PersonDetailView(ctx, None, initial={"company_id": blocker.args[0]})
    qtbot.addWidget(person_view)
    qtbot.keyClicks(person_view.form.editor("last_name"), "Lambert")
    with qtbot.waitSignal(person_view.saved) as saved:
        person_view.save()
    assert people.get(ctx, saved.args[0])["company_id"] == company
    qtbot.waitUntil(lambda: view.people_panel.count() == 1)


def test_create_company_and_validate_vat(qtbot: QtBot, ctx: Context) -> None:
    view = open_view(qtbot, ctx, None)
    assert view.people_panel.add_button.isEnabled() is False
    qtbot.keyClicks(view.form.editor("name"), "Atelier Verhoeven")
    qtbot.keyClicks(view.form.editor("vat"), "BE0123456789")
    qtbot.keyClicks(view.form.editor("website").line, "verhoeven.be")
    with qtbot.assertNotEmitted(view.saved):
        view.save()
    assert view.form.error_text("vat") == "This VAT number is not valid."
    view.form.editor("vat").clear()
    qtbot.keyClicks(view.form.editor("vat"), "BE 0123.456.749")
    with qtbot.waitSignal(view.saved) as blocker:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    row = companies.get(ctx, blocker.args[0])
    assert (row["name"], row["vat"], row["website"]) == ("Atelier Verhoeven", "BE0123456749", "https://verhoeven.be")
    assert view.form.editor("website").value() == "https://verhoeven.be"
    assert view.people_panel.add_button.isEnabled()
    assert view.timeline.quick_buttons["visit"].isEnabled()


def test_duplicate_company_opens_existing(qtbot: QtBot, ctx: Context) -> None:
    existing = companies.create(ctx, {"name": "Garage Lambert SPRL"})
    view = open_view(qtbot, ctx, None)
    qtbot.keyClicks(view.form.editor("name"), "Garage Lambert")
    assert not view.save()
    assert view.duplicate_dialog is not None
    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.mouseClick(view.duplicate_dialog.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["company", existing]


def test_log_a_visit_on_the_company(qtbot: QtBot, ctx: Context) -> None:
    company = companies.create(ctx, {"name": "Garage Lambert"})
    view = open_view(qtbot, ctx, company)
    dialog = view.timeline.open_log("visit")
    assert dialog is not None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert view.timeline.model.rowCount() == 1
    assert view.timeline.model.entry(0).company_id == company


def test_delete_hidden_for_a_technician(qtbot: QtBot, ctx: Context, db, clock) -> None:  # noqa: ANN001
    company = companies.create(ctx, {"name": "Garage Lambert"})
    technician = users.add_user(db, clock, "Tom", Role.TECHNICIAN)
    view = open_view(qtbot, Context(db=db, user=technician, clock=clock), company)
    assert view.delete_button.isHidden()
