"""The list of all interventions: queues with counts, search, filters, the lazy model, opening and new."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import interventions
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.intervention_queues import InterventionFilter
from crm_desktop.ui.interventions_view import InterventionModel, InterventionsView
from crm_desktop.ui.paged_model import ID_ROLE
from crm_desktop.ui.support_format import LATE_COLOR
from tests.field_setup import TUESDAY_9, FieldWorld, shown


@pytest.fixture
def van_stock() -> int:
    return 0


@pytest.fixture
def jobs(ctx: Context, world: FieldWorld) -> dict[str, str]:
    out = {
        "late": interventions.create(ctx, {"company_id": world.company, "subject": "Boiler yearly service",
                                           "kind": "maintenance", "due_on": "2026-02-20"}),
        "today": interventions.create(ctx, {"company_id": world.company, "subject": "Oven does not heat",
                                            "planned_start": "2026-03-02T13:00:00Z",
                                            "technician_ids": [world.anna, world.bert]}),
        "tuesday": interventions.create(ctx, {"person_id": world.person, "subject": "Network socket",
                                              "planned_start": TUESDAY_9, "technician_ids": [world.anna]}),
    }
    return out


@pytest.fixture
def view(qtbot: QtBot, ctx: Context, bridge, jobs: dict[str, str]) -> InterventionsView:
    widget = shown(qtbot, InterventionsView(ctx, bridge=bridge), (1200, 600))
    qtbot.waitUntil(lambda: bool(widget.counts))
    return widget


def ids(model: InterventionModel) -> list[str]:
    return [model.id_at(row) or "" for row in range(model.rowCount())]


def cell(model: InterventionModel, row: int, key: str) -> str:
    keys = [c.key for c in model.record_list().columns]
    return model.index(row, keys.index(key)).data()


def test_model_passes_the_model_tester_and_pages(qtmodeltester: ModelTester, ctx: Context,
                                                 world: FieldWorld) -> None:
    with ctx.db.atomic():
        made = [interventions.create(ctx, {"company_id": world.company, "subject": f"Visit {n:02d}",
                                           "planned_start": TUESDAY_9 + timedelta(hours=n),
                                           "technician_ids": [world.anna]}) for n in range(23)]
    model = InterventionModel(ctx, InterventionFilter(queue="planned"), block_size=5)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)
    assert ids(model) == made
    assert model.index(7, 0).data(ID_ROLE) == made[7]
    assert cell(model, 0, "planned") == "Tomorrow 09:00"  # in the shop's time zone
    assert cell(model, 0, "technicians") == "Anna Tech"
    model.sort(6)  # the team is no sort key: nothing changes
    assert model.sort_key() == "planned"


def test_queues_show_counts_and_filter_the_table(qtbot: QtBot, view: InterventionsView,
                                                 jobs: dict[str, str]) -> None:
    assert view.queue_text("to_plan") == "To plan (1)"
    assert view.queue_text("today") == "Today (1)"
    assert view.queue_text("this_week") == "This week (2)"
    assert view.queue_text("all") == "All interventions (3)"
    assert view.model.rowCount() == 3
    view.set_queue("to_plan")
    assert ids(view.model) == [jobs["late"]]
    assert cell(view.model, 0, "planned").startswith("due ")
    keys = [c.key for c in view.model.record_list().columns]
    assert view.model.index(0, keys.index("planned")).data(Qt.ItemDataRole.ForegroundRole).color().name() == \
        LATE_COLOR.lower()
    view.set_queue("today")
    assert ids(view.model) == [jobs["today"]]
    assert cell(view.model, 0, "planned") == "Today 14:00"
    assert cell(view.model, 0, "technicians") == "Anna Tech, Bert Tech"
    assert cell(view.model, 0, "status") == "Planned" and cell(view.model, 0, "kind") == "Repair"
    view.set_queue("cancelled")
    assert view.pages.currentWidget() is view.empty and view.empty.text() == "Nothing in this queue."


def test_search_and_filters(qtbot: QtBot, view: InterventionsView, world: FieldWorld, jobs: dict[str, str]) -> None:
    view.search.setText("boiler")
    qtbot.waitUntil(lambda: not view.filter_pending())
    assert ids(view.model) == [jobs["late"]]
    assert view.count_label.text() == "Interventions: 1"
    view.search.setText("zzz nothing")
    view.apply_filter()
    assert view.model.rowCount() == 0 and view.empty.text() == "No intervention matches these filters."
    view.search.clear()
    view.apply_filter()
    view.technician.setCurrentIndex(view.technician.findData(world.bert))
    assert ids(view.model) == [jobs["today"]]
    view.technician.setCurrentIndex(0)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("maintenance"))
    assert ids(view.model) == [jobs["late"]]


def test_double_click_opens_and_new_sends_the_filters(qtbot: QtBot, view: InterventionsView, world: FieldWorld,
                                                      jobs: dict[str, str]) -> None:
    view.set_queue("today")
    rect = view.table.visualRect(view.model.index(0, 0))
    opened: list[str] = []
    view.open_intervention.connect(opened.append)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # one click selects
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [jobs["today"]]  # a double click opens, once
    with qtbot.waitSignal(view.new_intervention) as new:
        view.new_button.click()
    assert new.args == [{}]
    view.technician.setCurrentIndex(view.technician.findData(world.anna))
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("installation"))
    with qtbot.waitSignal(view.new_intervention) as new:
        view.new_button.click()
    assert new.args == [{"kind": "installation", "technician_ids": [world.anna]}]


def test_the_view_follows_changes_and_the_day(qtbot: QtBot, ctx: Context, clock: FixedClock,
                                              view: InterventionsView, world: FieldWorld,
                                              jobs: dict[str, str]) -> None:
    view.set_queue("to_plan")
    made = interventions.create(ctx, {"company_id": world.company, "subject": "Fridge noise"})
    with qtbot.waitSignal(view.counts_updated):
        pass
    assert made in ids(view.model) and view.queue_text("to_plan") == "To plan (2)"
    interventions.plan(ctx, made, TUESDAY_9 + timedelta(hours=3), 60, [world.bert])
    qtbot.waitUntil(lambda: view.queue_text("to_plan") == "To plan (1)")
    assert ids(view.model) == [jobs["late"]]
    # Tuesday: Monday's job is no longer today's.
    view.set_queue("today")
    clock.advance(days=1)
    view.check_day()
    assert view.model.list_filter().today.isoformat() == "2026-03-03"
    assert set(ids(view.model)) == {jobs["tuesday"], made}
    assert cell(view.model, 0, "planned") == "Today 09:00"


def test_user_sort_sticks_and_the_team_column_does_not_sort(view: InterventionsView) -> None:
    keys = [c.key for c in view.model.record_list().columns]
    header = view.table.horizontalHeader()
    header.sectionClicked.emit(keys.index("customer"))
    view.table.sortByColumn(keys.index("customer"), Qt.SortOrder.AscendingOrder)
    assert view.model.sort_key() == "customer"
    view.set_queue("this_week")
    assert view.model.sort_key() == "customer"
    view.table.sortByColumn(keys.index("technicians"), Qt.SortOrder.AscendingOrder)
    assert view.model.sort_key() == "customer"


def test_empty_database_shows_the_hint(qtbot: QtBot, ctx: Context) -> None:
    view = InterventionsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(view.counts))
    assert view.pages.currentWidget() is view.empty
    assert "New intervention" in view.empty.text()
    assert not view.model.index(0, 0).isValid()
    assert view.model.data(QModelIndex()) is None
