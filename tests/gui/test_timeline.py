"""The timeline: quick log in two clicks, paging, the kind filter, any kind shown
generically, the entry dialog, interventions that open their page, and the model checked
by QAbstractItemModelTester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.core import attachments, history, interventions, people, timeline
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.timeline import HISTORY_SOURCE, TimelineRegistry, TimelineSource
from crm_desktop.ui.log_dialog import HistoryEntryDialog, format_duration
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.timeline_view import TimelineModel, TimelineView, kind_icon
from tests.field_setup import build


def log_many(ctx: Context, clock: FixedClock, person_id: str, n: int, kinds: tuple[str, ...] = ("call",)) -> None:
    for i in range(n):
        clock.advance(minutes=1)
        history.log(ctx, {"kind": kinds[i % len(kinds)], "subject": f"Entry {i}", "person_id": person_id})


@pytest.fixture
def person(ctx: Context) -> str:
    return people.create(ctx, {"first_name": "Marie", "last_name": "Dupont"})


def open_timeline(qtbot: QtBot, ctx: Context, person_id: str) -> TimelineView:
    view = TimelineView(ctx, person_id=person_id)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_log_a_call_in_two_clicks(qtbot: QtBot, ctx: Context, person: str) -> None:
    view = PersonDetailView(ctx, person)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    timeline = view.timeline
    assert timeline.model.rowCount() == 0

    qtbot.mouseClick(timeline.quick_buttons["call"], Qt.MouseButton.LeftButton)  # click 1
    dialog = timeline.log_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.kind.value() == "call"
    assert dialog.direction.value() == "out"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.subject)
    assert dialog.subject.selectedText() == "Call"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # click 2

    assert timeline.model.rowCount() == 1  # at once, not after a refresh
    entry = timeline.model.entry(0)
    assert (entry.kind, entry.direction, entry.title, entry.user_id) == ("call", "out", "Call", ctx.user.id)
    assert entry.at == ctx.now()
    index = timeline.model.index(0)
    assert "Call" in index.data(TimelineModel.MetaRole)
    assert "Admin" in index.data(TimelineModel.MetaRole)
    assert index.data(TimelineModel.WhenRole).startswith("Today")
    assert timeline.filter_combo.itemText(0).endswith("(1)")


def test_log_dialog_fields_and_shortcut(qtbot: QtBot, ctx: Context, person: str) -> None:
    view = open_timeline(qtbot, ctx, person)
    dialog = view.open_log("email")
    assert dialog is not None
    assert not dialog.form._rows["direction"].container.isHidden()
    assert dialog.form._rows["duration_s"].container.isHidden()  # e-mails have no duration
    dialog.kind.set_value("call")
    dialog.kind.edited.emit()
    assert not dialog.form._rows["duration_s"].container.isHidden()
    assert dialog.subject.text() == "Call"
    dialog.direction.buttons["in"].click()
    dialog.duration.setValue(12)
    dialog.subject.clear()
    qtbot.keyClicks(dialog.subject, "Asked for a quote")
    qtbot.keyClicks(dialog.body, "Two ovens, delivery in May.")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.logged) as blocker:
        qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    row = history.get(ctx, blocker.args[0])
    assert (row["kind"], row["direction"], row["duration_s"]) == ("call", "in", 720)
    assert (row["subject"], row["body"]) == ("Asked for a quote", "Two ovens, delivery in May.")
    assert view.model.rowCount() == 1
    assert "12 min" in view.model.index(0).data(TimelineModel.MetaRole)
    assert "← Incoming" in view.model.index(0).data(TimelineModel.MetaRole)


def test_log_dialog_shows_core_messages(qtbot: QtBot, ctx: Context, person: str) -> None:
    view = open_timeline(qtbot, ctx, person)
    dialog = view.open_log("note")
    assert dialog is not None
    assert dialog.form._rows["direction"].container.isHidden()
    dialog.subject.clear()
    with qtbot.assertNotEmitted(dialog.logged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("subject") == "Write a subject or a text."
    assert dialog.isVisible()
    assert view.model.rowCount() == 0
    qtbot.keyClicks(dialog.body, "Likes the blue model.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    assert view.model.entry(0).title is None
    assert view.model.index(0).data() == "Note"  # no subject: the kind's name


def test_filter_by_kind(qtbot: QtBot, ctx: Context, clock: FixedClock, person: str) -> None:
    log_many(ctx, clock, person, 5, kinds=("call", "call", "note", "call", "note"))
    view = open_timeline(qtbot, ctx, person)
    combo = view.filter_combo
    assert combo.itemText(0) == "All kinds (5)"
    note = combo.findData("note")
    assert combo.itemText(note) == "Note (2)"
    assert combo.itemText(combo.findData("visit")) == "Visit (0)"
    combo.setCurrentIndex(note)
    combo.activated.emit(note)
    assert view.model.rowCount() == 2
    assert {view.model.entry(r).kind for r in range(2)} == {"note"}
    # Logging while filtered keeps the filter and updates the counts.
    view.open_log("note").save()
    assert view.model.rowCount() == 3
    assert combo.currentData() == "note"
    assert combo.itemText(combo.currentIndex()) == "Note (3)"
    combo.activated.emit(0)
    assert view.model.rowCount() == 6


def test_model_pages_200_at_a_time(qtbot: QtBot, ctx: Context, clock: FixedClock, person: str) -> None:
    log_many(ctx, clock, person, 450, kinds=("call", "email", "note"))
    model = TimelineModel(ctx, person_id=person)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    # The tester fetches once itself; start again from the top.
    model.reload()
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    ats = [model.entry(r).at for r in range(450)]
    assert ats == sorted(ats, reverse=True)  # newest first
    assert len({model.entry(r).id for r in range(450)}) == 450
    model.set_kinds(["note"])
    assert model.rowCount() == 150
    model.reload(keep_loaded=True)
    model.refresh_users()
    for row in range(0, model.rowCount(), 37):
        index = model.index(row)
        assert index.data(Qt.ItemDataRole.DisplayRole)
        assert index.data(Qt.ItemDataRole.ToolTipRole)
    del tester


def test_model_tester_on_the_view(qtbot: QtBot, qtmodeltester, ctx: Context, clock: FixedClock,  # noqa: ANN001
                                  person: str) -> None:
    log_many(ctx, clock, person, 30, kinds=("call", "visit"))
    view = open_timeline(qtbot, ctx, person)
    tester = QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    view.open_log("visit").save()
    view.set_kind_filter("visit")
    view.set_kind_filter(None)
    view.refresh()
    qtmodeltester.check(view.model)
    del tester


def test_any_registered_kind_is_shown(qtbot: QtBot, ctx: Context, person: str) -> None:
    """A later capability (here fake "tickets") needs no change in the view."""
    history.log(ctx, {"kind": "note", "subject": "Oven broken", "person_id": person})
    history.log(ctx, {"kind": "call", "subject": "Called", "person_id": person})
    tickets = TimelineSource(
        name="tickets",
        select=("SELECT 'ticket' AS source, t.id, 'ticket' AS kind, t.occurred_at AS at, NULL, NULL,"
                " t.user_id, 'Ticket: ' || t.subject, NULL, t.person_id, t.company_id FROM history t"),
        kinds={"ticket": "Ticket"},
        extra_where="t.deleted_at IS NULL AND t.kind = 'note'",
    )
    registry = TimelineRegistry([HISTORY_SOURCE, tickets])
    model = TimelineModel(ctx, person_id=person, registry=registry)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    kinds = {model.entry(r).kind for r in range(model.rowCount())}
    assert kinds == {"note", "call", "ticket"}
    row = next(r for r in range(model.rowCount()) if model.entry(r).kind == "ticket")
    index = model.index(row)
    assert index.data() == "Ticket: Oven broken"
    assert index.data(TimelineModel.MetaRole).startswith("Ticket")
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.counts()["ticket"] == 1
    assert model.kind_labels()["ticket"] == "Ticket"
    assert not kind_icon("never_seen_kind", "Never seen").isNull()


def test_double_click_shows_the_entry_with_its_files(qtbot: QtBot, ctx: Context, person: str,
                                                     tmp_path: Path) -> None:
    entry = history.log(ctx, {"kind": "visit", "subject": "Site visit", "body": "Measured the kitchen.",
                              "person_id": person, "duration_s": 3600})
    photo = tmp_path / "kitchen.jpg"
    photo.write_bytes(b"\xff\xd8 kitchen")
    attachments.add(ctx, "history", entry, photo)
    view = open_timeline(qtbot, ctx, person)
    rect = view.list.visualRect(view.model.index(0))
    assert rect.height() >= 3 * view.list.fontMetrics().height()  # three lines per entry
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = view.entry_dialog
    assert isinstance(dialog, HistoryEntryDialog)
    assert dialog.windowTitle() == "Site visit"
    assert dialog.attachments.count() == 1
    assert dialog.attachments.add_button.isHidden()  # read-only
    dialog.reject()


def test_refreshes_when_history_changes_elsewhere(qtbot: QtBot, ctx: Context, person: str) -> None:
    view = PersonDetailView(ctx, person)
    qtbot.addWidget(view)
    history.log(ctx, {"kind": "sms", "direction": "in", "subject": "On my way", "person_id": person})
    qtbot.waitUntil(lambda: view.timeline.model.rowCount() == 1)
    entry = view.timeline.model.entry(0)
    history.delete(ctx, entry.id)
    qtbot.waitUntil(lambda: view.timeline.model.rowCount() == 0)
    assert not view.timeline.empty.isHidden() or view.timeline.stack.currentWidget() is view.timeline.empty


def test_durations() -> None:
    assert format_duration(None) == ""
    assert format_duration(45) == "45 s"
    assert format_duration(720) == "12 min"
    assert format_duration(3900) == "1 h 05"


def test_interventions_are_on_the_timeline_and_open_their_page(qtbot: QtBot, ctx: Context, clock: FixedClock) -> None:
    world = build(ctx)
    history.log(ctx, {"kind": "call", "subject": "Four en panne", "person_id": world.person})
    to_plan = interventions.create(ctx, {"person_id": world.person, "subject": "Hotte bruyante"})
    done = interventions.create(ctx, {"person_id": world.person, "subject": "Four ne chauffe plus",
                                      "planned_start": "2026-03-02T13:00:00Z", "duration_minutes": 90,
                                      "technician_ids": [world.anna]})
    clock.advance(hours=6)
    interventions.save_report(ctx, done, {"work_done": "Résistance\nchangée", "arrived_at": "2026-03-02T13:00:00Z",
                                          "departed_at": "2026-03-02T14:15:00Z"}, complete=True)
    view = PersonDetailView(ctx, world.person)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    model = view.timeline.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert [model.entry(r).id for r in range(model.rowCount())][:2] == [done, to_plan]  # newest first
    number = interventions.get(ctx.db, done)["number"]
    index = model.index(0)
    assert index.data() == f"{number} Four ne chauffe plus"
    assert index.data(TimelineModel.MetaRole) == "Intervention  ·  1 h 15  ·  Anna Tech"  # time on site
    assert index.data(TimelineModel.SummaryRole) == "Done · Repair: Résistance changée"
    assert "Done · Repair" in index.data(Qt.ItemDataRole.ToolTipRole)
    waiting = model.index(1)
    assert waiting.data(TimelineModel.SummaryRole) == "To plan · Repair"
    assert waiting.data(TimelineModel.MetaRole) == "Intervention  ·  1 h 00  ·  Admin"  # planned length, who asked
    combo = view.timeline.filter_combo
    assert combo.itemText(combo.findData("intervention")) == "Intervention (2)"
    view.timeline.set_kind_filter("intervention")
    assert {model.entry(r).source for r in range(model.rowCount())} == {"intervention"}
    with qtbot.waitSignal(view.open_record) as opened:
        view.timeline.list.activated.emit(model.index(0))
    assert opened.args == ["intervention", done]
    # The company's timeline has it too; deleted, it leaves both.
    interventions.delete(ctx, to_plan)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    company = TimelineModel(ctx, company_id=world.company)
    assert [company.entry(r).id for r in range(company.rowCount()) if company.entry(r).kind == "intervention"] == [done]


def test_a_job_to_plan_is_not_cut_off_a_long_timeline(ctx: Context, clock: FixedClock) -> None:
    """Each timeline branch orders on the time it shows: a job asked for today comes first even
    when the customer has more planned jobs than a page holds."""
    world = build(ctx)
    for n in range(5):
        interventions.create(ctx, {"person_id": world.person, "subject": f"Visite {n}",
                                   "planned_start": f"2026-03-0{3 + n}T08:00:00Z", "technician_ids": [world.bert]})
    clock.advance(days=10)
    asked = interventions.create(ctx, {"person_id": world.person, "subject": "Nouvelle panne"})
    entries = timeline.query(ctx.db, person_id=world.person, limit=3)
    assert entries[0].id == asked
    assert [e.title.split(" ", 1)[1] for e in entries[1:]] == ["Visite 4", "Visite 3"]
    assert timeline.count(ctx.db, person_id=world.person) == {"intervention": 6}
