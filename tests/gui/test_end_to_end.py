"""A user's first minutes, through the main window only: create a person with the
form, log a call, see it on the timeline, find the person again with Ctrl+K, and
find them in the sorted list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.core import people, timeline
from crm_desktop.core.context import Context
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.person_detail import PersonDetailView


def test_create_log_find(qtbot: QtBot, main_window: MainWindow, ctx: Context) -> None:
    window = main_window
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File > New person
    detail = window.detail
    assert isinstance(detail, PersonDetailView)
    detail.form.editor("first_name").insert("Hélène")  # QTest types ASCII only
    qtbot.keyClicks(detail.form.editor("last_name"), "Wauters")
    qtbot.keyClicks(detail.form.editor("phone"), "081 22 33 44")
    with qtbot.waitSignal(detail.saved) as saved:
        qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    person_id = saved.args[0]
    assert people.get(ctx, person_id)["phone"] == "+3281223344"

    # Log a call in two clicks; it is on the timeline at once and in core.
    qtbot.mouseClick(detail.timeline.quick_buttons["call"], Qt.MouseButton.LeftButton)
    dialog = detail.timeline.log_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert detail.timeline.model.rowCount() == 1
    assert [e.kind for e in timeline.query(ctx.db, person_id=person_id)] == ["call"]

    # Back to the list, then Ctrl+K with the name typed without its accent.
    window.go_back()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.search_palette()
    assert palette is not None and palette.isVisible()
    qtbot.keyClicks(palette.edit, "helene wau")
    palette.run_search()
    assert palette.current_hit() is not None and palette.current_hit().id == person_id
    with qtbot.waitSignal(window.record_opened) as opened:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert opened.args == ["person", person_id]
    assert isinstance(window.detail, PersonDetailView)
    assert window.detail.record_id == person_id

    # The people list, sorted by name descending, scrolled to the bottom, shows them.
    window.go_back()
    view = window.view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)  # the list re-reads once shown again
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.table.scrollToBottom()
    QApplication.processEvents()
    ids = [view.model.id_at(row) for row in range(view.model.rowCount())]
    assert person_id in ids
