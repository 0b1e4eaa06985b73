"""Segments on screen: a segment built by clicking criteria counts live, a bad postcode is pointed out next to
its field, saving lists it with its count, the preview opens a person, delete has Undo, rights are respected."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.core import people, segments
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.segment_editor import SegmentEditor
from crm_desktop.ui.segments_view import SegmentsView
from tests.field_setup import shown
from tests.gui.conftest import Sample


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (a wide box does not react to clicks past its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def _tick(qtbot: QtBot, editor: SegmentEditor, key: str, value: str) -> None:
    """Click one check box of a criterion and wait for the count that follows."""
    with qtbot.waitSignal(editor.countChanged, timeout=2000):
        _click(qtbot, editor.fields[key].boxes[value])


def test_building_a_segment_by_clicking_counts_live(qtbot: QtBot, ctx: Context, sample: Sample) -> None:
    editor = shown(qtbot, SegmentEditor(ctx), (800, 900))
    assert editor.count_text() == "5 people"
    with qtbot.waitSignal(editor.filterChanged, timeout=2000) as changed:
        _click(qtbot, editor.fields["stages"].boxes["customer"])
    assert changed.args == [{"stages": ["customer"]}]
    assert editor.count_text() == "2 people"  # Dupont and Lambert
    _tick(qtbot, editor, "stages", "prospect")
    assert editor.count_text() == "3 people"
    # a tag among those in use: customers or prospects with the newsletter tag
    tags = editor.fields["tags"]
    assert [item.text() for item in tags.items()] == ["newsletter", "vip"]
    with qtbot.waitSignal(editor.countChanged, timeout=2000) as counted:
        tags.item_for("newsletter").setCheckState(Qt.CheckState.Checked)
    assert counted.args == [2] and editor.count_text() == "2 people"  # Martin and Lambert
    _tick(qtbot, editor, "has", "phone")
    assert editor.count_text() == "1 person"  # Lambert has no phone
    assert editor.filter() == {"stages": ["prospect", "customer"], "tags": ["newsletter"], "has": ["phone"]}
    # last purchase: nobody bought anything, so "no purchase in 30 days" keeps Martin
    with qtbot.waitSignal(editor.countChanged, timeout=2000):
        _click(qtbot, editor.fields["last_purchase"].radios["not_within_days"])
    assert editor.filter()["last_purchase"] == {"not_within_days": 90}
    assert editor.count_text() == "1 person"


def test_a_bad_postcode_is_shown_next_to_its_field(qtbot: QtBot, ctx: Context, sample: Sample) -> None:
    editor = shown(qtbot, SegmentEditor(ctx), (800, 900))
    postcodes = editor.fields["postcodes"]
    with qtbot.waitSignal(editor.invalid, timeout=2000):
        qtbot.keyClicks(postcodes, "5A")
    assert "digits" in editor.form.error_text("postcodes")
    assert editor.count_text() == "No count"
    postcodes.clear()
    with qtbot.waitSignal(editor.countChanged, timeout=2000):
        qtbot.keyClicks(postcodes, "99")
    assert editor.form.error_text("postcodes") == ""
    assert editor.count_text() == "0 people"


def test_set_filter_shows_a_saved_filter_and_keeps_values_no_longer_offered(qtbot: QtBot, ctx: Context,
                                                                             sample: Sample) -> None:
    editor = shown(qtbot, SegmentEditor(ctx), (800, 900))
    flt = {"stages": ["lead"], "tags": ["gone"], "postcodes": ["50", "1000"], "last_purchase": {"within_days": 30},
           "consent": ["email"]}
    editor.set_filter(flt)
    assert editor.filter() == flt
    assert editor.fields["tags"].item_for("gone").checkState() == Qt.CheckState.Checked
    assert editor.count_text() == "0 people"


def test_saving_a_segment_lists_it_with_its_count_and_the_preview_opens_people(
        qtbot: QtBot, ctx: Context, sample: Sample, bridge: ChangeBridge) -> None:
    view = shown(qtbot, SegmentsView(ctx, bridge=bridge), (1400, 900))
    QAbstractItemModelTester(view.preview_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert view.segment_names() == [] and view.list_empty.isVisible()
    assert view.preview_model.rowCount() == 5
    _tick(qtbot, view.editor, "stages", "customer")
    qtbot.waitUntil(lambda: view.preview_model.rowCount() == 2)
    assert view.description.text() == "Stage: Customer"
    # saving without a name says so under the name, and saves nothing
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.name_error.isVisible() and segments.all_segments(ctx.db) == []
    qtbot.keyClicks(view.name, "Customers")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert not view.name_error.isVisible()
    assert view.segment_names() == ["Customers"]
    qtbot.waitUntil(lambda: view.segment_counts() == ["2 people"])
    saved = segments.get(ctx.db, view.current_id)
    assert saved["filter"] == {"stages": ["customer"]}
    # double-clicking a member asks to open that person
    index = view.preview_model.index(0, 0)
    rect = view.preview.visualRect(index)
    with qtbot.waitSignal(view.openRecord, timeout=2000) as opened:
        qtbot.mouseClick(view.preview.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.preview.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["person", view.preview_model.id_at(0)]
    assert view.preview_model.id_at(0) in (sample.people["Dupont"], sample.people["Lambert"])
    # a new customer made elsewhere moves the counts
    people.create(ctx, {"first_name": "Nina", "last_name": "Novak", "stage": "customer"})
    qtbot.waitUntil(lambda: view.segment_counts() == ["3 people"] and view.editor.count_text() == "3 people")


def test_switching_segments_delete_and_undo(qtbot: QtBot, ctx: Context, sample: Sample) -> None:
    first = segments.create(ctx, {"name": "Leads", "filter": {"stages": ["lead"]}, "notes": "cold"})
    segments.create(ctx, {"name": "VIP", "filter": {"tags": ["vip"]}})
    view = shown(qtbot, SegmentsView(ctx), (1400, 900))
    qtbot.waitUntil(lambda: view.segment_counts() == ["1 person", "2 people"])
    view.list.setCurrentItem(view.list.topLevelItem(1))
    assert view.name.value() == "VIP" and view.editor.count_text() == "2 people"
    view.list.setCurrentItem(view.list.topLevelItem(0))
    assert (view.name.value(), view.notes.value()) == ("Leads", "cold")
    assert view.editor.filter() == {"stages": ["lead"]} and view.current_id == first
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.segment_names() == ["VIP"] and view.current_id is None
    assert view.banner.isVisible() and "Leads" in view.banner.label.text()
    qtbot.mouseClick(view.banner.button, Qt.MouseButton.LeftButton)
    assert view.segment_names() == ["Leads", "VIP"] and view.current_id == first
    # New starts again from everyone
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.name.value() == "" and view.editor.filter() == {} and view.editor.count_text() == "5 people"


def test_technicians_may_look_but_not_save(qtbot: QtBot, ctx: Context, sample: Sample) -> None:
    tech = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, "Tom", Role.TECHNICIAN), clock=ctx.clock)
    view = shown(qtbot, SegmentsView(tech), (1400, 900))
    assert not view.save_button.isEnabled() and not view.delete_button.isEnabled()
    _tick(qtbot, view.editor, "stages", "lead")
    assert view.editor.count_text() == "1 person"


def test_leaving_a_changed_segment_asks_first(qtbot: QtBot, ctx: Context, sample: Sample, monkeypatch) -> None:
    segments.create(ctx, {"name": "Leads", "filter": {"stages": ["lead"]}})
    segments.create(ctx, {"name": "VIP", "filter": {"tags": ["vip"]}})
    view = shown(qtbot, SegmentsView(ctx), (1400, 900))
    view.list.setCurrentItem(view.list.topLevelItem(0))
    assert not view.modified()
    _tick(qtbot, view.editor, "stages", "customer")
    assert view.modified()
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    view.list.setCurrentItem(view.list.topLevelItem(1))  # cancelled: still on Leads, edits kept
    qtbot.waitUntil(lambda: not answers)
    assert view.name.value() == "Leads" and view.list.currentItem().text(0) == "Leads"
    assert view.editor.filter() == {"stages": ["lead", "customer"]}
    answers.append(QMessageBox.StandardButton.Save)
    view.list.setCurrentItem(view.list.topLevelItem(1))  # saved, then VIP shown
    qtbot.waitUntil(lambda: view.name.value() == "VIP")
    assert view.list.currentItem().text(0) == "VIP"
    assert segments.all_segments(ctx.db)[0]["filter"] == {"stages": ["lead", "customer"]}
    view.name.set_value("VIP customers")
    answers.append(QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.current_id is None and [s["name"] for s in segments.all_segments(ctx.db)] == ["Leads", "VIP"]
    assert answers == []


def test_long_value_lists_can_be_searched(qtbot: QtBot, ctx: Context) -> None:
    for n in range(14):
        people.create(ctx, {"last_name": f"Person {n}", "city": f"Town {n:02d}"})
    editor = shown(qtbot, SegmentEditor(ctx), (800, 900))
    cities = editor.fields["cities"]
    assert cities.search.isVisible() and not editor.fields["tags"].search.isVisible()
    cities.item_for("Town 03").setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(cities.search, "1")
    shown_cities = [item.text() for item in cities.items() if not item.isHidden()]
    assert shown_cities == ["Town 01", "Town 03", "Town 10", "Town 11", "Town 12", "Town 13"]  # ticked stays
    qtbot.waitUntil(lambda: editor.count_text() == "1 person")
