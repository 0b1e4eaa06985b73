"""The planning board: technicians in rows, jobs as blocks, drag and drop, resize, drops from the
list of jobs to plan, warnings in the message bar, and the planning dialog with its live suggestions.

The fixed clock is Monday 2 March 2026 09:30 UTC (10:30 in Brussels, the shop's time zone);
the board shows that week. Gestures use the board's own geometry (item_rect, point_at), never
hard-coded pixels.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from crm_desktop.core import interventions, planning, technicians
from crm_desktop.core.clock import from_iso
from crm_desktop.core.context import Context
from crm_desktop.ui.plan_dialog import PlanDialog
from crm_desktop.ui.planning_board import PlanningBoard, decode_job, snap
from crm_desktop.ui.planning_view import PlanningView
from tests.field_setup import FieldWorld, shown

BRUSSELS = ZoneInfo("Europe/Brussels")
TUESDAY_9 = datetime(2026, 3, 3, 9, 0, tzinfo=BRUSSELS)
WEDNESDAY_10 = datetime(2026, 3, 4, 10, 0, tzinfo=BRUSSELS)
THURSDAY_14 = datetime(2026, 3, 5, 14, 0, tzinfo=BRUSSELS)
MONDAY_8 = datetime(2026, 3, 2, 8, 0, tzinfo=BRUSSELS)  # before the fixed clock: the past


def _job(ctx: Context, world: FieldWorld, **values: object) -> str:
    return interventions.create(ctx, {"company_id": world.company, "subject": "Oven does not heat",
                                      "skills": ["electrical"], **values})


def _planned(ctx: Context, world: FieldWorld, start: datetime = TUESDAY_9, minutes: int = 60,
             tech: str | None = None, **values: object) -> str:
    job = _job(ctx, world, **values)
    interventions.plan(ctx, job, start, minutes, [tech or world.anna])
    return job


@pytest.fixture
def view(qtbot: QtBot, ctx: Context, world: FieldWorld) -> PlanningView:
    return shown(qtbot, PlanningView(ctx), (1500, 700))


def _local_start(ctx: Context, job: str) -> datetime:
    return from_iso(interventions.get(ctx.db, job)["planned_start"]).astimezone(BRUSSELS)


def _team(ctx: Context, job: str) -> list[str]:
    return [t.id for t in interventions.team(ctx.db, job)]


def _drag(board: PlanningBoard, start: QPoint, end: QPoint, escape: bool = False) -> None:
    """Press, travel in two steps (past the drag distance), optionally Escape, release."""
    viewport = board.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2 + 1)
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, end)
    if escape:
        QTest.keyClick(board, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


# --------------------------------------------------------------------------- the board


def test_board_shows_technicians_and_planned_job(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    job = _planned(ctx, world)
    view = PlanningView(ctx)
    qtbot.addWidget(view)
    view.resize(1500, 700)
    view.show()
    board = view.board
    assert board.technician_ids() == [world.anna, world.bert]
    assert view.period_label.text() == "Week 10 · 2 – 8 March 2026"
    item = board.item(job, world.anna)
    assert item is not None and item.number.startswith("I-")
    assert board.items(world.bert) == []
    rect = board.item_rect(job, world.anna)
    assert not rect.isEmpty() and board.viewport().rect().contains(rect)
    # The block sits where the board says Tuesday 09:00 is, in Anna's row.
    start = board.point_at(world.anna, TUESDAY_9)
    assert abs(rect.left() - start.x()) <= 2 and rect.top() <= start.y() <= rect.bottom()
    assert board.item_at(rect.center()) == item
    assert board.slot_at(board.point_at(world.bert, WEDNESDAY_10)) == (world.bert, WEDNESDAY_10)
    html = board.tooltip_html(*next((r, p) for r in board._rows for p in r.placed))
    assert "Boulangerie Dupont" in html and "Namur" in html and item.number in html
    view.grab()  # paints without a Qt warning


def test_drag_block_to_bert_on_wednesday_at_ten(view: PlanningView, ctx: Context, world: FieldWorld) -> None:
    job = _planned(ctx, world, skills=["heating"])
    view.reload()
    board = view.board
    rect = board.item_rect(job, world.anna)
    grab = QPoint(rect.left() + 5, rect.center().y())
    dx = grab.x() - board.point_at(world.anna, TUESDAY_9).x()
    target = board.point_at(world.bert, WEDNESDAY_10) + QPoint(dx, 0)
    _drag(board, grab, target)
    assert _local_start(ctx, job) == WEDNESDAY_10
    assert _team(ctx, job) == [world.bert]
    assert interventions.get(ctx.db, job)["duration_minutes"] == 60
    assert board.item(job, world.bert) is not None and board.items(world.anna) == []
    assert "planned for Bert Tech" in view.message_bar.text()
    assert view.message_bar.level() == "success"
    assert not board.dragging()


def test_moving_within_the_row_keeps_the_team(view: PlanningView, ctx: Context, world: FieldWorld) -> None:
    job = _job(ctx, world)
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna, world.bert])
    view.reload()
    assert view.move_job(job, world.anna, world.anna, THURSDAY_14, 60)
    assert sorted(_team(ctx, job)) == sorted([world.anna, world.bert])
    assert _local_start(ctx, job) == THURSDAY_14
    assert "Anna Tech, Bert Tech" in view.message_bar.text()


def test_resize_changes_the_duration(view: PlanningView, ctx: Context, world: FieldWorld) -> None:
    job = _planned(ctx, world)
    view.reload()
    board = view.board
    rect = board.item_rect(job, world.anna)
    edge = QPoint(rect.right() - 1, rect.center().y())
    target = QPoint(board.point_at(world.anna, TUESDAY_9 + timedelta(hours=2)).x(), edge.y())
    _drag(board, edge, target)
    row = interventions.get(ctx.db, job)
    assert row["duration_minutes"] == 120
    assert _local_start(ctx, job) == TUESDAY_9
    assert board.item_rect(job, world.anna).width() > rect.width() * 1.8


def test_escape_cancels_a_drag(view: PlanningView, ctx: Context, world: FieldWorld) -> None:
    job = _planned(ctx, world)
    view.reload()
    board = view.board
    rect = board.item_rect(job, world.anna)
    grab = QPoint(rect.left() + 5, rect.center().y())
    viewport = board.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grab)
    QTest.mouseMove(viewport, board.point_at(world.bert, THURSDAY_14))
    assert board.dragging() and board.ghost() is not None and board.ghost().technician_id == world.bert
    QTest.keyClick(board, Qt.Key.Key_Escape)
    assert not board.dragging()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       board.point_at(world.bert, THURSDAY_14))
    assert _local_start(ctx, job) == TUESDAY_9 and _team(ctx, job) == [world.anna]


def test_drop_from_the_list_plans_the_job_there(qtbot: QtBot, view: PlanningView, ctx: Context,
                                                world: FieldWorld) -> None:
    job = _job(ctx, world, duration_minutes=90)
    qtbot.waitUntil(lambda: job in view.to_plan_ids())
    item = view.to_plan.item(view.to_plan_ids().index(job))
    mime = view.to_plan.mimeData([item])
    assert decode_job(mime) == (job, 90)
    assert view.board.drop_mime(mime, view.board.point_at(world.bert, THURSDAY_14))
    row = interventions.get(ctx.db, job)
    assert row["status"] == "planned" and row["duration_minutes"] == 90
    assert _local_start(ctx, job) == THURSDAY_14 and _team(ctx, job) == [world.bert]
    assert view.board.item(job, world.bert) is not None
    qtbot.waitUntil(lambda: job not in view.to_plan_ids())
    assert view.to_plan_title.text() == "To plan (0)"


def test_drop_into_the_past_shows_why_and_changes_nothing(qtbot: QtBot, view: PlanningView, ctx: Context,
                                                          world: FieldWorld) -> None:
    job = _job(ctx, world)
    view.reload()
    item = view.to_plan.item(0)
    assert view.board.drop_mime(view.to_plan.mimeData([item]), view.board.point_at(world.anna, MONDAY_8))
    assert view.message_bar.level() == "error"
    assert "in the past" in view.message_bar.text()
    assert interventions.get(ctx.db, job)["status"] == "to_plan"
    assert view.board.items(world.anna) == [] and job in view.to_plan_ids()


def test_dragging_a_block_into_the_past_reverts(view: PlanningView, ctx: Context, world: FieldWorld) -> None:
    job = _planned(ctx, world)
    view.reload()
    board = view.board
    rect = board.item_rect(job, world.anna)
    _drag(board, QPoint(rect.left() + 5, rect.center().y()), board.point_at(world.anna, MONDAY_8))
    assert view.message_bar.level() == "error"
    assert _local_start(ctx, job) == TUESDAY_9
    assert board.item_rect(job, world.anna) == rect


def test_double_booking_is_shown_on_the_block_and_in_the_bar(view: PlanningView, ctx: Context,
                                                            world: FieldWorld) -> None:
    first = _planned(ctx, world, minutes=120)
    second = _job(ctx, world, skills=["heating"])
    view.reload()
    assert view.plan_dropped(second, world.anna, TUESDAY_9 + timedelta(hours=1))
    number = interventions.get(ctx.db, first)["number"]
    text = view.message_bar.text()
    assert view.message_bar.level() == "warning"
    assert f"Double booking with {number}" in text and "Missing skills: heating" in text
    item = view.board.item(second, world.anna)
    assert item is not None and "overlap" in item.warnings and "skills" in item.warnings
    assert "overlap" in view.board.item(first, world.anna).warnings
    row = next(r for r in view.board._rows if r.tech.id == world.anna)
    placed = next(p for p in row.placed if p.item.intervention_id == second)
    details = view.board.warning_details(row, placed)
    assert f"Double booking with {number}" in details and "Missing skills: heating" in details
    assert "Double booking" in view.board.tooltip_html(row, placed)
    view.grab()


def test_absences_and_hours_are_on_the_board(view: PlanningView, ctx: Context, world: FieldWorld) -> None:
    technicians.add_absence(ctx, world.bert, TUESDAY_9.isoformat(), (TUESDAY_9 + timedelta(hours=8)).isoformat(),
                            "Training")
    view.reload()
    row = next(r for r in view.board._rows if r.tech.id == world.bert)
    assert [a[2] for a in row.absences] == ["Training"]
    # Saturday and Sunday are days off (default hours): shaded whole, and drawn narrower.
    assert view.board._day_ws[5] < view.board._day_ws[0]
    assert len(row.off_hours) >= 2 * 5 + 2
    view.board.set_now(ctx.clock.now())
    view.grab()


def test_double_click_on_a_block_opens_the_intervention(qtbot: QtBot, view: PlanningView, ctx: Context,
                                                        world: FieldWorld) -> None:
    job = _planned(ctx, world)
    view.reload()
    rect = view.board.item_rect(job, world.anna)
    with qtbot.waitSignal(view.open_intervention) as opened:
        QTest.mouseDClick(view.board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          rect.center())
    assert opened.args == [job]


def test_block_menu_unplans_and_cancels(qtbot: QtBot, view: PlanningView, ctx: Context,
                                        world: FieldWorld) -> None:
    job = _planned(ctx, world)
    other = _planned(ctx, world, start=THURSDAY_14)
    view.reload()
    menu = view.item_menu(view.board.item(job, world.anna))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Open", "Plan…", "Back to jobs to plan", "Cancel the intervention"]
    with qtbot.waitSignal(view.open_intervention):
        menu.actions()[0].trigger()
    next(a for a in menu.actions() if a.text() == "Back to jobs to plan").trigger()
    assert interventions.get(ctx.db, job)["status"] == "to_plan"
    assert job in view.to_plan_ids() and view.board.item(job) is None
    assert "back in the jobs to plan" in view.message_bar.text()
    assert view.cancel_intervention(other)
    assert interventions.get(ctx.db, other)["status"] == "cancelled"
    assert view.board.item(other) is None
    menu.deleteLater()


def test_reloads_when_core_announces_a_change(qtbot: QtBot, view: PlanningView, ctx: Context,
                                              world: FieldWorld) -> None:
    with qtbot.waitSignal(view.reloaded, timeout=2000):
        job = _planned(ctx, world)
    assert view.board.item(job, world.anna) is not None
    with qtbot.waitSignal(view.reloaded, timeout=2000):
        technicians.add_absence(ctx, world.anna, THURSDAY_14.isoformat(),
                                (THURSDAY_14 + timedelta(hours=2)).isoformat(), "Dentist")
    assert view.board.items(world.anna)[0].intervention_id == job


def test_period_navigation_week_and_day(qtbot: QtBot, view: PlanningView, ctx: Context, world: FieldWorld) -> None:
    job = _planned(ctx, world, start=datetime(2026, 3, 10, 9, 0, tzinfo=BRUSSELS))
    assert view.board.item(job) is None
    view.board.setFocus()
    QTest.keyClick(view.board, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.period_label.text() == "Week 11 · 9 – 15 March 2026"
    assert view.board.item(job, world.anna) is not None
    QTest.keyClick(view.board, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert view.first_day() == date(2026, 3, 2)
    view.day_button.click()
    assert view.mode == "day" and view.day == date(2026, 3, 2)
    assert view.period_label.text() == "Monday 2 March 2026"
    assert view.board.day_count() == 1
    view.next_button.click()
    assert view.period_label.text() == "Tuesday 3 March 2026"
    view.grab()
    view.week_button.click()
    view.next_period()
    assert view.first_day() == date(2026, 3, 9)
    view.today_button.click()
    assert view.first_day() == date(2026, 3, 2)
    view.previous_period()
    assert view.period_label.text() == "Week 9 · 23 February – 1 March 2026"


def test_a_day_header_opens_that_day(view: PlanningView) -> None:
    board = view.board
    point = board.point_at(board.technician_ids()[0], WEDNESDAY_10)
    QTest.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(point.x(), 5))
    assert view.mode == "day" and view.day == date(2026, 3, 4)


def test_skill_filter_shows_only_technicians_with_the_skill(view: PlanningView, world: FieldWorld) -> None:
    view.set_skill("heating")
    assert view.board.technician_ids() == [world.bert]
    view.set_skill(None)
    assert view.board.technician_ids() == [world.anna, world.bert]


def test_to_plan_list_and_its_filter(view: PlanningView, ctx: Context, world: FieldWorld) -> None:
    job = _job(ctx, world)
    other = interventions.create(ctx, {"person_id": world.person, "subject": "Router", "city": "Liège",
                                       "skills": ["network"]})
    view.reload()
    assert set(view.to_plan_ids()) == {job, other}
    view.to_plan_filter.setText("liège")
    assert view.to_plan_ids() == [other]
    view.to_plan_filter.setText("nothing like this")
    assert view.to_plan_ids() == [] and "matches" in view.to_plan_hint.text()
    view.to_plan_filter.clear()
    view.grab()


def test_snap_goes_to_the_nearest_quarter() -> None:
    assert snap(datetime(2026, 3, 3, 9, 7, tzinfo=BRUSSELS), BRUSSELS) == TUESDAY_9
    assert snap(datetime(2026, 3, 3, 9, 8, tzinfo=BRUSSELS), BRUSSELS).minute == 15
    assert snap(datetime(2026, 3, 3, 8, 8, tzinfo=UTC), BRUSSELS) == TUESDAY_9 + timedelta(minutes=15)


# --------------------------------------------------------------------------- the dialog


def test_dialog_suggests_the_free_technician_and_plans(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    _planned(ctx, world)  # Anna is busy on Tuesday at 9
    job = _job(ctx, world, skills=[])
    dialog = PlanDialog(ctx, job, None, start=TUESDAY_9)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start() == TUESDAY_9
    assert dialog.suggested() == [world.bert]
    assert dialog.chosen() == []
    assert "Choose at least one technician" in dialog.warnings_text()
    item = dialog.suggestions.item(0)
    QTest.mouseClick(dialog.suggestions.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     dialog.suggestions.visualItemRect(item).center())
    assert dialog.chosen() == [world.bert]
    assert "No conflict" in dialog.warnings_text()
    dialog.ok_button.click()
    assert dialog.result() == PlanDialog.DialogCode.Accepted
    assert dialog.warnings == []
    assert _local_start(ctx, job) == TUESDAY_9 and _team(ctx, job) == [world.bert]


def test_dialog_shows_live_warnings_for_the_choice(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    busy = _planned(ctx, world)
    job = _job(ctx, world, skills=["heating"])
    dialog = PlanDialog(ctx, job, None, start=TUESDAY_9, technician_ids=[world.anna])
    qtbot.addWidget(dialog)
    dialog.show()
    number = interventions.get(ctx.db, busy)["number"]
    text = dialog.warnings_text()
    assert f"Double booking with {number}" in text and "Missing skills: heating" in text
    assert dialog.suggested() == [world.bert]
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(3 * 3600))  # 12:00: Anna is free again
    assert "Double booking" not in dialog.warnings_text()
    assert set(dialog.suggested()) == {world.bert}
    dialog.choose(world.bert, add=True)
    assert dialog.chosen() == [world.anna, world.bert]
    assert "Missing skills" not in dialog.warnings_text()  # Bert brings the heating skill to the team
    dialog.ok_button.click()
    assert dialog.result() == PlanDialog.DialogCode.Accepted
    assert sorted(_team(ctx, job)) == sorted([world.anna, world.bert])


def test_dialog_shows_a_bad_time_next_to_the_field(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    job = _job(ctx, world)
    dialog = PlanDialog(ctx, job, None, technician_ids=[world.anna])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start() > ctx.clock.now()
    dialog.date_edit.setDate(QDate(2026, 3, 1))
    assert "already past" in dialog.warnings_text()
    dialog.ok_button.click()
    assert dialog.result() != PlanDialog.DialogCode.Accepted and dialog.isVisible()
    assert "in the past" in dialog.error_text("planned_start")
    assert interventions.get(ctx.db, job)["status"] == "to_plan"
    dialog.choose(world.anna)
    dialog.technicians.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.date_edit.setDate(QDate(2026, 3, 5))
    dialog.ok_button.click()
    assert dialog.error_text("planned_start") == ""
    assert dialog.error_text("technician_ids") == "Choose a technician."
    dialog.grab()


def test_double_click_on_a_free_slot_opens_the_dialog_for_the_selected_job(qtbot: QtBot, view: PlanningView,
                                                                           ctx: Context, world: FieldWorld) -> None:
    job = _job(ctx, world)
    view.reload()
    QTest.mouseDClick(view.board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      view.board.point_at(world.bert, WEDNESDAY_10 + timedelta(minutes=5)))
    assert view.plan_dialog is None and "Select a job" in view.message_bar.text()
    view.select_to_plan(job)
    QTest.mouseDClick(view.board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      view.board.point_at(world.bert, WEDNESDAY_10 + timedelta(minutes=5)))
    dialog = view.plan_dialog
    assert dialog is not None and dialog.intervention_id == job
    assert dialog.start() == WEDNESDAY_10 and dialog.chosen() == [world.bert]
    with qtbot.waitSignal(view.reloaded):
        dialog.ok_button.click()
    assert _local_start(ctx, job) == WEDNESDAY_10
    assert view.board.item(job, world.bert) is not None
    assert "planned for Bert Tech" in view.message_bar.text()


def test_board_matches_core_board(view: PlanningView, ctx: Context, world: FieldWorld) -> None:
    """What the board shows is exactly core's board of the week (no job lost in the layout)."""
    jobs = [_planned(ctx, world, start=TUESDAY_9 + timedelta(days=d, hours=h), tech=tech)
            for d in range(4) for h in (0, 3) for tech in (world.anna, world.bert)]
    view.reload()
    core = planning.board(ctx.db, date(2026, 3, 2), 7)
    for tech in (world.anna, world.bert):
        assert {i.intervention_id for i in view.board.items(tech)} == {i.intervention_id for i in core.items[tech]}
    assert all(not view.board.item_rect(job).isEmpty() for job in jobs)


def test_evening_and_night_jobs_stay_visible(view: PlanningView, ctx: Context, world: FieldWorld) -> None:
    evening = _planned(ctx, world, start=datetime(2026, 3, 4, 21, 0, tzinfo=BRUSSELS), minutes=180)
    night = _planned(ctx, world, start=datetime(2026, 3, 5, 22, 0, tzinfo=BRUSSELS), minutes=240, tech=world.bert)
    view.reload()
    assert view.board.visible_hours() == (7, 24)
    assert not view.board.item_rect(evening, world.anna).isEmpty()
    assert not view.board.item_rect(night, world.bert).isEmpty()
    assert "hours" in view.board.item(night, world.bert).warnings


def test_a_hidden_view_reads_changes_when_shown_again(qtbot: QtBot, view: PlanningView, ctx: Context,
                                                      world: FieldWorld) -> None:
    view.hide()
    job = _planned(ctx, world)
    assert view.reload_pending()
    qtbot.waitUntil(lambda: view._dirty, timeout=2000)  # the pause is over, the view waits to be shown
    assert view.board.item(job) is None
    with qtbot.waitSignal(view.reloaded, timeout=2000):
        view.show()
    assert view.board.item(job, world.anna) is not None
