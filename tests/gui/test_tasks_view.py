"""The Today page, the task dialog and due-task reminders: what a user sees and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.core import tasks
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound
from crm_desktop.ui.reminders import ReminderNotifier
from crm_desktop.ui.support_format import LATE_COLOR
from crm_desktop.ui.task_dialog import TaskDialog
from crm_desktop.ui.tasks_view import TaskModel, TasksView
from tests.field_setup import FieldWorld, shown

# The clock: Monday 2 March 2026 09:30 UTC = 10:30 in Brussels (the shop's zone).


def titles(model: TaskModel) -> list[str]:
    return [model.index(row, TaskModel.TITLE).data() for row in range(model.rowCount())]


def model_testers(view: TasksView) -> list[QAbstractItemModelTester]:
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    return [QAbstractItemModelTester(view.today_model, mode), QAbstractItemModelTester(view.next_model, mode)]


def test_create_through_the_dialog_with_errors_next_to_fields(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    view = shown(qtbot, TasksView(ctx), (1000, 600))
    keep = model_testers(view)
    dialog = view.new_task({"person_id": world.person})
    assert "Boulangerie Dupont" in dialog.about.text()
    assert not dialog.save()
    assert dialog.form.error_text("title") == "Write what there is to do."
    dialog.form.editor("title").set_value("Call back about the oven")
    dialog.due.in_one_hour()  # 10:30 Brussels + 1 h
    with qtbot.waitSignal(view.refreshed):
        assert dialog.save()
    assert titles(view.today_model) == ["Call back about the oven"]
    saved = tasks.today(ctx.db, ctx.user.id, ctx.clock.now())[0]
    assert saved["due_at"] == "2026-03-02T10:30:00.000Z"
    assert saved["company_id"] == world.company
    assert view.today_model.index(0, TaskModel.DUE).data() == "11:30"
    assert len(keep) == 2


def test_quick_buttons_and_editing(qtbot: QtBot, ctx: Context) -> None:
    task = tasks.create(ctx, {"title": "Quote", "due_at": "2026-03-02T15:00:00Z"})
    dialog = TaskDialog(ctx, task)
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isHidden()
    assert dialog.form.editor("title").value() == "Quote"
    dialog.due.tomorrow_button.click()
    assert dialog.due.value() == "2026-03-03T08:00:00.000Z"
    dialog.due.monday_button.click()
    assert dialog.due.value() == "2026-03-09T08:00:00.000Z"
    assert dialog.save()
    assert tasks.get(ctx.db, task)["due_at"] == "2026-03-09T08:00:00.000Z"


def test_delete_from_the_dialog_asks_first(qtbot: QtBot, ctx: Context) -> None:
    task = tasks.create(ctx, {"title": "Obsolete"})
    dialog = TaskDialog(ctx, task)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.ask_delete()
    with qtbot.waitSignal(dialog.deleted):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert tasks.for_customer(ctx.db, None, None) == []
    with pytest.raises(NotFound):
        tasks.get(ctx.db, task)


def test_tick_done_undo_and_overdue_style(qtbot: QtBot, ctx: Context) -> None:
    late = tasks.create(ctx, {"title": "Late one", "due_at": "2026-02-27T09:00:00Z"})
    tasks.create(ctx, {"title": "This afternoon", "due_at": "2026-03-02T14:00:00Z"})
    tasks.create(ctx, {"title": "Thursday", "due_at": "2026-03-05T09:00:00Z"})
    view = shown(qtbot, TasksView(ctx), (1000, 600))
    keep = model_testers(view)
    model = view.today_model
    assert titles(model) == ["Late one", "This afternoon"]
    assert titles(view.next_model) == ["Thursday"]
    assert model.index(0, TaskModel.DUE).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(LATE_COLOR)
    assert model.index(1, TaskModel.DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.today_title.text() == "Overdue and today (2)"
    with qtbot.waitSignal(view.refreshed):
        assert model.setData(model.index(0, TaskModel.DONE), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)
    assert tasks.get(ctx.db, late)["done_at"] is not None
    assert titles(model) == ["This afternoon"]
    assert view.undo_bar.isVisible() and "Late one" in view.undo_label.text()
    with qtbot.waitSignal(view.refreshed):
        view.undo_button.click()
    assert tasks.get(ctx.db, late)["done_at"] is None
    assert titles(model) == ["Late one", "This afternoon"]
    assert len(keep) == 2


def test_link_click_opens_the_record(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    tasks.create(ctx, {"title": "Visit", "person_id": world.person, "due_at": "2026-03-02T12:00:00Z"})
    view = shown(qtbot, TasksView(ctx), (1000, 600))
    index = view.today_model.index(0, TaskModel.LINK)
    assert "Boulangerie Dupont" in index.data()
    with qtbot.waitSignal(view.open_record) as opened:
        view.today_table.clicked.emit(index)
    assert opened.args == ["person", world.person]


def test_everyone_switch_only_for_managers(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    tasks.create(ctx, {"title": "Anna's", "assignee_id": world.anna, "due_at": "2026-03-02T12:00:00Z"})
    view = shown(qtbot, TasksView(ctx), (1000, 600))
    assert view.everyone_box.isVisible()  # the test user is the admin
    assert titles(view.today_model) == []
    view.everyone_box.setChecked(True)
    assert titles(view.today_model) == ["Anna's"]
    assert view.today_model.index(0, TaskModel.ASSIGNEE).data() == "Anna Tech"


def test_notifier_shows_a_due_task_once_and_open_emits(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    window = shown(qtbot, QWidget(), (1000, 700))
    task = tasks.create(ctx, {"title": "Ring the baker", "person_id": world.person,
                              "due_at": "2026-03-02T10:00:00Z"})
    notifier = ReminderNotifier(ctx, window)
    assert notifier.check_now() == []
    assert not notifier.popup.isVisible()
    ctx.clock.advance(minutes=31)
    assert notifier.check_now() == [task]
    assert notifier.popup.isVisible()
    assert list(notifier.popup.rows) == [task]
    assert notifier.popup.heading.text() == "Tasks due (1)"
    assert tasks.get(ctx.db, task)["reminded_at"] == ctx.now()
    ctx.clock.advance(minutes=5)
    assert notifier.check_now() == []  # no second notification
    row = notifier.popup.rows[task]
    with qtbot.waitSignal(notifier.open_record) as opened:
        row.open_button.click()
    assert opened.args == ["person", world.person]
    assert not notifier.popup.isVisible()
    notifier.stop()


def test_notifier_done_completes(qtbot: QtBot, ctx: Context) -> None:
    window = shown(qtbot, QWidget(), (800, 600))
    task = tasks.create(ctx, {"title": "Send invoice", "due_at": "2026-03-02T09:00:00Z"})
    notifier = ReminderNotifier(ctx, window)
    assert notifier.check_now() == [task]
    notifier.popup.rows[task].done_button.click()
    assert tasks.get(ctx.db, task)["done_at"] == ctx.now()
    assert not notifier.popup.isVisible()
    notifier.stop()


def test_model_without_rows_is_sane(qtbot: QtBot, ctx: Context) -> None:
    model = TaskModel(ctx, show_day=True)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 0 and model.columnCount() == 5
    assert model.data(QModelIndex()) is None


def test_notifier_opens_a_task_about_nothing_in_its_dialog(qtbot: QtBot, ctx: Context) -> None:
    window = shown(qtbot, QWidget(), (800, 600))
    task = tasks.create(ctx, {"title": "Order paper", "due_at": "2026-03-02T09:00:00Z"})
    notifier = ReminderNotifier(ctx, window)
    assert notifier.check_now() == [task]
    notifier.popup.rows[task].open_button.click()
    assert isinstance(notifier.dialog, TaskDialog) and notifier.dialog.task_id == task
    notifier.dialog.form.editor("title").set_value("Order paper and toner")
    assert notifier.dialog.save()
    assert tasks.get(ctx.db, task)["title"] == "Order paper and toner"
    notifier.stop()
