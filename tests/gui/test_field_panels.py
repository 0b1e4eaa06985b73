"""Interventions on the customer's pages (person, company), in the trash, and their fields in the
conflicts view: lists from core, double-click opens, "New intervention" asks with the right values."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import interventions, people, trash
from crm_desktop.core.context import Context
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.company_detail import CompanyDetailView
from crm_desktop.ui.conflicts_view import ConflictTexts
from crm_desktop.ui.field_panels import CustomerInterventionsPanel, InterventionListModel
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.support_format import OK_COLOR
from crm_desktop.ui.trash_view import TrashView
from tests.field_setup import FieldWorld, shown

TUESDAY_9 = "2026-03-03T08:00:00Z"  # 09:00 in Brussels (the shop's zone), whatever this computer's zone


@pytest.fixture
def jobs(ctx: Context, world: FieldWorld) -> dict[str, str]:
    """At the bakery: a job for Marie planned with Anna, one done with Bert, one to plan for the company."""
    out = {
        "oven": interventions.create(ctx, {"person_id": world.person, "subject": "Four ne chauffe plus",
                                           "planned_start": TUESDAY_9, "technician_ids": [world.anna]}),
        "boiler": interventions.create(ctx, {"company_id": world.company, "subject": "Entretien chaudière",
                                             "kind": "maintenance", "planned_start": "2026-03-02T13:00:00Z",
                                             "technician_ids": [world.bert, world.anna]}),
        "fridge": interventions.create(ctx, {"company_id": world.company, "subject": "Vitrine frigo",
                                             "due_on": "2026-03-20"}),
    }
    ctx.clock.advance(hours=6)
    interventions.save_report(ctx, out["boiler"], {"work_done": "Brûleur nettoyé", "arrived_at": "2026-03-02T13:00:00Z",
                                                   "departed_at": "2026-03-02T14:00:00Z"}, complete=True)
    return out


def brussels(day: int, hour: int) -> str:
    return QLocale().toString(QDateTime(QDate(2026, 3, day), QTime(hour, 0)), QLocale.FormatType.ShortFormat)


def cells(model: InterventionListModel) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_company_panel_lists_every_job_with_local_times_team_and_status(qtbot: QtBot, ctx: Context,
                                                                         world: FieldWorld,
                                                                         jobs: dict[str, str]) -> None:
    panel = shown(qtbot, CustomerInterventionsPanel(ctx, company_id=world.company), (900, 400))
    tester = QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    number = {key: interventions.get(ctx.db, job)["number"] for key, job in jobs.items()}
    assert panel.model.headers() == ["Number", "Planned", "Kind", "Status", "Technicians", "Subject"]
    # The next and latest first: planned Tuesday, done Monday, then the one still to plan (asked Monday).
    assert cells(panel.model) == [
        [number["oven"], brussels(3, 9), "Repair", "Planned", "Anna Tech", "Four ne chauffe plus"],
        [number["boiler"], brussels(2, 14), "Maintenance", "Done", "Anna Tech, Bert Tech", "Entretien chaudière"],
        [number["fridge"], f"due {QLocale().toString(QDate(2026, 3, 20), QLocale.FormatType.ShortFormat)}",
         "Repair", "To plan", "", "Vitrine frigo"],
    ]
    done = panel.model.index(1, InterventionListModel.COLUMNS.index("status"))
    assert done.data(Qt.ItemDataRole.ForegroundRole) == QColor(OK_COLOR)
    assert "Brûleur nettoyé" in panel.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert panel.model.index(0, 0).data(InterventionListModel.IdRole) == jobs["oven"]
    assert panel.model.index(0, 0, panel.model.index(0, 0)).data() is None
    assert panel.model.rowCount(panel.model.index(0, 0)) == 0 and panel.pages.currentWidget() is panel.table
    # Double-click opens it; New asks for one for the company.
    rect = panel.table.visualRect(panel.model.index(1, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.open_intervention) as opened:
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [jobs["boiler"]] and panel.selected_id() == jobs["boiler"]
    with qtbot.waitSignal(panel.new_intervention) as asked:
        qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert asked.args == [{"company_id": world.company}]
    # The person sees only their own; a record not saved yet has nothing and cannot ask.
    panel.set_owner(person_id=world.person)
    assert [row[0] for row in cells(panel.model)] == [number["oven"]]
    with qtbot.waitSignal(panel.new_intervention) as asked:
        panel.new_button.click()
    assert asked.args == [{"person_id": world.person}]
    panel.set_owner()
    assert panel.count() == 0 and not panel.new_button.isEnabled()
    assert panel.pages.currentWidget() is panel.empty and "Save the record first" in panel.empty.text()
    lone = people.create(ctx, {"first_name": "Paul", "last_name": "Seul"})
    panel.set_owner(person_id=lone)
    assert panel.empty.text() == "No interventions yet." and panel.new_button.isEnabled()
    del tester


def test_person_page_has_an_interventions_tab_that_follows_changes(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                                    jobs: dict[str, str]) -> None:
    view = shown(qtbot, PersonDetailView(ctx, world.person))
    panel = view.interventions_panel
    tab = view.tabs.indexOf(panel)
    assert view.tabs.tabText(tab) == "Interventions (1)"
    assert view.tabs.tabText(tab - 1).startswith("Tickets")
    view.tabs.setCurrentWidget(panel)
    with qtbot.waitSignal(view.open_record) as opened:
        panel.table.activated.emit(panel.model.index(0, 2))
    assert opened.args == ["intervention", jobs["oven"]]
    with qtbot.waitSignal(view.new_intervention_requested) as asked:
        panel.new_button.click()
    assert asked.args == [{"person_id": world.person, "company_id": world.company}]
    # A job made elsewhere (the planning, another computer) shows up, and the count follows.
    interventions.create(ctx, {"person_id": world.person, "subject": "Hotte bruyante"})
    qtbot.waitUntil(lambda: panel.count() == 2)
    assert view.tabs.tabText(tab) == "Interventions (2)"
    interventions.delete(ctx, jobs["oven"])
    qtbot.waitUntil(lambda: panel.count() == 1)


def test_company_page_has_an_interventions_tab(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                               jobs: dict[str, str]) -> None:
    view = shown(qtbot, CompanyDetailView(ctx, world.company))
    panel = view.interventions_panel
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "Interventions (3)"
    with qtbot.waitSignal(view.new_intervention_requested) as asked:
        panel.new_button.click()
    assert asked.args == [{"company_id": world.company}]
    with qtbot.waitSignal(view.open_record) as opened:
        panel.open_intervention.emit(jobs["fridge"])
    assert opened.args == ["intervention", jobs["fridge"]]
    new_company = shown(qtbot, CompanyDetailView(ctx, None))
    assert not new_company.interventions_panel.new_button.isEnabled()
    assert new_company.tabs.tabText(new_company.tabs.indexOf(new_company.interventions_panel)) == "Interventions"


def test_a_deleted_intervention_is_in_the_trash_and_comes_back(qtbot: QtBot, ctx: Context, bridge: ChangeBridge,
                                                               jobs: dict[str, str]) -> None:
    view = shown(qtbot, TrashView(ctx, bridge), (900, 400))
    assert view.table.rowCount() == 0
    interventions.delete(ctx, jobs["fridge"])
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    number = interventions.get(ctx.db, jobs["oven"])["number"][:-1]
    assert view.table.item(0, 0).text() == "Intervention"
    assert view.table.item(0, 1).text().startswith(number) and view.table.item(0, 1).text().endswith("Vitrine frigo")
    assert view.table.item(0, 3).text() == "Admin"
    view.table.selectRow(0)
    view.restore_button.click()
    assert view.table.rowCount() == 0 and trash.items(ctx) == []
    assert interventions.get(ctx.db, jobs["fridge"])["subject"] == "Vitrine frigo"


def test_conflicts_name_field_service_records_and_values_in_words(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                                   jobs: dict[str, str]) -> None:
    texts = ConflictTexts(ctx)
    job = interventions.get(ctx.db, jobs["boiler"])
    assert texts.field("interventions", job["id"], "planned_start") == "Planned start"
    assert texts.field("interventions", job["id"], "kind") == "Type of job"
    assert texts.field("stock_movements", "x", "kind") == "Movement"
    assert texts.field("technicians", world.anna, "hours") == "Working hours"
    assert texts.record("interventions", job["id"]) == (f"{job['number']} Entretien chaudière", False)
    team_row = f"{job['id']}:{world.bert}"
    assert texts.record("intervention_technicians", team_row) == (f"{job['number']} Entretien chaudière — Bert Tech",
                                                                   False)
    assert texts.record("technicians", world.anna) == ("Anna Tech", False)
    assert texts.record("products", world.pump) == ("Circulation pump", False)
    assert texts.value("interventions", "status", "done") == "Done"
    assert texts.value("interventions", "kind", "maintenance") == "Maintenance"
    assert texts.value("interventions", "planned_start", TUESDAY_9) == brussels(3, 9)
    assert texts.value("interventions", "technician_id", world.anna) == "Anna Tech"
    assert texts.value("intervention_parts", "product_id", world.fuse) == "Fuse 10 A"
    assert texts.value("stock_movements", "to_location_id", world.van_anna) == "Van Anna"
    assert texts.value("interventions", "skills", '["electrical", "network"]') == "electrical, network"
    assert texts.value("interventions", "checklist", '{"Cause found": true, "Fault reproduced": false}') \
        == "✓ Cause found; ✗ Fault reproduced"
    assert texts.value("intervention_costs", "kind", "time") == "Time on site"
    assert texts.value("products", "is_part", 1) == "Yes"
    assert texts.value("interventions", "duration_minutes", 90) == "1 h 30"
    hours = texts.value("technicians", "hours", '["08:00-17:00", "", "", "", "", "", ""]')
    assert hours.startswith(f"{QLocale().dayName(1, QLocale.FormatType.ShortFormat)} 08:00-17:00; ")
    assert hours.endswith(" off")
    interventions.delete(ctx, job["id"])
    assert texts.record("interventions", job["id"])[1] is True
    texts.deleteLater()
