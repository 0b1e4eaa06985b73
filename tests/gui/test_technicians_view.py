"""The Technicians page: profile with skills, hours, van and colour; a bad day's hours said
under that day; absences added and deleted; a new technician (administrators only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import technicians, users
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.technicians_view import NewTechnicianDialog, TechniciansView
from tests.field_setup import FieldWorld, shown


def make_view(qtbot: QtBot, ctx: Context, bridge: ChangeBridge | None = None) -> TechniciansView:
    return shown(qtbot, TechniciansView(ctx, bridge=bridge), (1150, 720))


@pytest.fixture
def view(qtbot: QtBot, ctx: Context, bridge: ChangeBridge, world: FieldWorld) -> TechniciansView:
    return make_view(qtbot, ctx, bridge)


def click(qtbot: QtBot, button) -> None:  # noqa: ANN001 - a QPushButton
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def names(view: TechniciansView) -> list[str]:
    return [view.model.index(row, 0).data() for row in range(view.model.rowCount())]


def test_models_pass_qt_model_tester(ctx: Context, view: TechniciansView, world: FieldWorld) -> None:
    technicians.add_absence(ctx, world.anna, "2026-03-10T08:00:00Z", "2026-03-10T16:00:00Z", "Training")
    testers = [QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning)
               for m in (view.model, view.absences_model)]
    view.refresh()
    view.select(world.anna)
    assert view.model.rowCount() == 2 and view.absences_model.rowCount() == 1
    assert len(testers) == 2


def test_lists_technicians_and_shows_the_profile(view: TechniciansView, world: FieldWorld) -> None:
    assert names(view) == ["Anna Tech", "Bert Tech"]
    assert view.model.index(0, 1).data() == "electrical, network"
    view.select(world.bert)
    assert view.name_label.text() == "Bert Tech"
    assert view.form.editor("skills").value() == "heating"
    assert view.form.editor("home_base").value() == "Liège"
    assert view.van.value() == world.van_bert
    assert view.form.editor("hours_0").value() == "08:00-17:00" and view.form.editor("hours_6").value() == ""


def test_profile_edit_saves_skills_hours_van_and_colour(qtbot: QtBot, ctx: Context, view: TechniciansView,
                                                        world: FieldWorld) -> None:
    view.select(world.anna)
    view.form.editor("skills").set_value("Network, Printers, electrical")
    view.form.editor("hours_0").set_value("07:30-16:00")
    view.form.editor("hours_4").set_value("")
    view.form.editor("hours_5").set_value("09:00-12:00")
    view.form.editor("home_base").set_value("Wavre")
    view.van.set_value(world.van_bert)
    view.form.editor("color").set_value("#ff8800")
    with qtbot.waitSignal(view.saved) as saved:
        click(qtbot, view.save_button)
    assert saved.args == [world.anna]
    tech = technicians.get(ctx.db, world.anna)
    assert tech.skills == ("electrical", "network", "printers")
    assert tech.hours == ("07:30-16:00", "08:00-17:00", "08:00-17:00", "08:00-17:00", "", "09:00-12:00", "")
    assert (tech.home_base, tech.van_location_id, tech.color) == ("Wavre", world.van_bert, "#ff8800")
    assert view.saved_label.text() == "Saved."
    assert view.model.index(0, 1).data() == "electrical, network, printers"
    assert view.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).name() == "#ff8800"
    # Switched off: still listed, greyed, named inactive.
    view.form.editor("active").set_value(False)
    click(qtbot, view.save_button)
    assert not technicians.get(ctx.db, world.anna).active
    assert names(view)[0] == "Anna Tech (inactive)"
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_bad_hours_show_the_message_next_to_the_day(qtbot: QtBot, ctx: Context, view: TechniciansView,
                                                     world: FieldWorld) -> None:
    view.select(world.anna)
    view.form.editor("hours_2").set_value("17:00-08:00")
    view.form.editor("hours_5").set_value("9h-12h")
    view.form.editor("skills").set_value("gas")
    click(qtbot, view.save_button)
    message = "Write hours as 08:00-17:00, the start before the end, or leave the day empty."
    assert view.form.error_text("hours_2") == message
    assert view.form.error_text("hours_5") == message
    assert all(view.form.error_text(f"hours_{day}") == "" for day in (0, 1, 3, 4, 6))
    assert technicians.get(ctx.db, world.anna).skills == ("electrical", "network")  # nothing saved
    assert view.saved_label.text() == ""


def test_absence_add_and_delete(qtbot: QtBot, ctx: Context, view: TechniciansView, world: FieldWorld) -> None:
    view.select(world.bert)
    assert view.absences_model.rowCount() == 0
    # The form starts tomorrow 08:00-17:00, shop time.
    assert view.absence_start.value() == "2026-03-03T08:00:00+01:00"
    assert view.absence_end.value() == "2026-03-03T17:00:00+01:00"
    view.absence_end.set_value("2026-03-03T06:00:00Z")  # 07:00 in Brussels: before the start
    click(qtbot, view.add_button)
    assert view.absence_form.error_text("ends_at") == "The end must come after the start."
    assert technicians.absences_of(ctx.db, world.bert) == []
    view.absence_end.set_value("2026-03-04T16:00:00Z")
    view.absence_reason.set_value("Boiler training")
    click(qtbot, view.add_button)
    assert view.absence_form.error_text("ends_at") == ""
    [absence] = technicians.absences_of(ctx.db, world.bert)
    assert (absence["starts_at"], absence["ends_at"], absence["reason"]) == (
        "2026-03-03T07:00:00.000Z", "2026-03-04T16:00:00.000Z", "Boiler training")
    assert [view.absences_model.index(0, c).data() for c in (2,)] == ["Boiler training"]
    five_pm = QLocale().toString(QDateTime(QDate(2026, 3, 4), QTime(17, 0)), QLocale.FormatType.ShortFormat)
    assert view.absences_model.index(0, 1).data() == five_pm  # 16:00 UTC shown in Brussels time
    assert not view.delete_button.isEnabled()
    view.absences_table.selectRow(0)
    assert view.delete_button.isEnabled()
    click(qtbot, view.delete_button)
    assert technicians.absences_of(ctx.db, world.bert) == []
    assert view.absences_model.rowCount() == 0


def test_new_technician_by_the_administrator(qtbot: QtBot, ctx: Context, view: TechniciansView) -> None:
    click(qtbot, view.new_button)
    dialog = view.dialog
    assert isinstance(dialog, NewTechnicianDialog)
    click(qtbot, dialog.ok_button)
    assert dialog.form.error_text("name") == "A name is required."
    dialog.name.set_value("Chloé Tech")
    dialog.email.set_value("chloe@example.be")
    click(qtbot, dialog.ok_button)
    assert view.dialog is None
    assert names(view) == ["Anna Tech", "Bert Tech", "Chloé Tech"]
    assert view.name_label.text() == "Chloé Tech" and view.email_label.text() == "chloe@example.be"
    created = users.get_user(ctx.db, view.technician_id)
    assert created.role == Role.TECHNICIAN
    assert technicians.get(ctx.db, created.id).hours == technicians.DEFAULT_HOURS


def test_new_technician_refused_without_the_right_to_manage_users(qtbot: QtBot, ctx: Context,
                                                                  world: FieldWorld) -> None:
    manager = users.add_user(ctx.db, ctx.clock, "Max Manager", Role.MANAGER)
    view = make_view(qtbot, Context(db=ctx.db, user=manager, clock=ctx.clock))
    dialog = view.new_technician()
    dialog.name.set_value("Dan Tech")
    click(qtbot, dialog.ok_button)
    assert dialog.message.text() == "Max Manager (Manager) is not allowed to manage users."
    assert dialog.message.isVisible() and view.dialog is dialog
    assert [t.name for t in technicians.list_technicians(ctx.db, include_inactive=True)] == ["Anna Tech", "Bert Tech"]


def test_staff_see_profiles_read_only(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    staff = users.add_user(ctx.db, ctx.clock, "Sam Staff", Role.STAFF)
    view = make_view(qtbot, Context(db=ctx.db, user=staff, clock=ctx.clock))
    view.select(world.anna)
    assert not view.save_button.isEnabled() and not view.add_button.isEnabled()
    assert view.form.editor("skills").isReadOnly()


@pytest.mark.parametrize(("answer", "stays"), [("Cancel", True), ("Discard", False), ("Save", False)])
def test_choosing_another_technician_asks_about_unsaved_changes(
        qtbot: QtBot, ctx: Context, view: TechniciansView, world: FieldWorld, monkeypatch: pytest.MonkeyPatch,
        answer: str, stays: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def reply(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", reply)
    view.select(world.anna)
    view.form.editor("home_base").set_value("Wavre")
    view.form.set_modified(True)
    view.select(world.bert)
    qtbot.waitUntil(lambda: bool(asked))
    if stays:
        qtbot.waitUntil(lambda: view.table.currentIndex().row() == 0)
        assert view.technician_id == world.anna and view.form.editor("home_base").value() == "Wavre"
    else:
        assert view.technician_id == world.bert and view.name_label.text() == "Bert Tech"
    saved = technicians.get(ctx.db, world.anna).home_base
    assert saved == ("Wavre" if answer == "Save" else "Namur")
