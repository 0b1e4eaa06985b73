"""The Users page: add, change, reset, the log-in switch, and managers reading only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.core import users
from crm_desktop.core.auth import verify
from crm_desktop.core.context import Context
from crm_desktop.core.login_settings import login_required
from crm_desktop.core.permissions import Role
from crm_desktop.ui.settings_dialog import SettingsDialog
from crm_desktop.ui.users_page import UsersPage


@pytest.fixture
def page(ctx: Context, qtbot: QtBot) -> UsersPage:
    shown = UsersPage(ctx)
    qtbot.addWidget(shown)
    shown.resize(820, 600)
    shown.show()
    return shown


def _cell(page: UsersPage, name: str, column: int) -> str:
    for row in range(page.table.rowCount()):
        if page.table.item(row, 0).text() == name:
            return page.table.item(row, column).text()
    raise AssertionError(f"{name} is not listed")


def _select(page: UsersPage, name: str) -> None:
    for row in range(page.table.rowCount()):
        if page.table.item(row, 0).text() == name:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def test_add_a_user(page: UsersPage, ctx: Context, qtbot: QtBot) -> None:
    assert page.table.rowCount() == 1 and _cell(page, "Admin", 2) == "Administrator"
    page.add_name.set_value("Anna Peeters")
    page.add_email.set_value("not an address")
    page.add_role.set_value(Role.TECHNICIAN.value)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.add_form.error_text("email") == "Not a valid e-mail address."
    assert page.table.rowCount() == 1
    page.add_email.set_value("Anna@Example.org")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 2
    assert [_cell(page, "Anna Peeters", c) for c in range(6)] == [
        "Anna Peeters", "anna@example.org", "Technician", "Yes", "None", ""]
    assert page.selected() is not None and page.selected().user.name == "Anna Peeters"
    assert page.add_name.value() == ""
    page.add_name.set_value("anna peeters")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.add_form.error_text("name") == "Another user already has this name."


def test_reset_shows_the_temporary_password_once(page: UsersPage, ctx: Context, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    users.create_user(ctx, "Bert", None, Role.STAFF)
    page.reload()
    _select(page, "Bert")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.reset, Qt.MouseButton.LeftButton)
    assert page.temporary.isHidden() and _cell(page, "Bert", 4) == "None"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.reset, Qt.MouseButton.LeftButton)
    text = page.temporary.text()
    assert page.temporary.isVisible() and text.startswith("Temporary password of Bert: ")
    temporary = text.split(": ", 1)[1].split("\n")[0]
    assert verify(ctx.db, "Bert", temporary, ctx.clock).must_change_password
    assert _cell(page, "Bert", 4) == "Temporary"
    qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)  # the next action: it is gone
    assert page.temporary.isHidden() and temporary not in page.temporary.text()


def test_change_role_and_deactivate(page: UsersPage, ctx: Context, qtbot: QtBot) -> None:
    users.create_user(ctx, "Bert", None, Role.STAFF)
    page.reload()
    _select(page, "Bert")
    page.role.set_value(Role.MANAGER.value)
    page.active.set_value(False)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    assert _cell(page, "Bert", 2) == "Manager" and _cell(page, "Bert", 3) == "No"
    _select(page, "Admin")
    page.active.set_value(False)
    qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    assert page.edit.error_text("active") == "You cannot deactivate yourself: ask another administrator."
    assert page.active.value() is True and _cell(page, "Admin", 3) == "Yes"


def test_log_in_switch_needs_an_admin_password(page: UsersPage, ctx: Context, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.required, Qt.MouseButton.LeftButton)
    assert not page.required.isChecked() and not login_required(ctx.db)
    assert "administrator a password" in page.login.error_text("login_required")
    _select(page, "Admin")
    page.new_password.setText("admins secret")
    page.repeat.setText("admins secreT")
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    assert page.edit.error_text("repeat") == "The two passwords differ."
    page.repeat.setText("admins secret")
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    assert _cell(page, "Admin", 4) == "Set" and page.new_password.value() == ""
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.required, Qt.MouseButton.LeftButton)
    assert page.required.isChecked() and login_required(ctx.db)
    assert page.login.error_text("login_required") == ""
    assert verify(ctx.db, "Admin", "admins secret", ctx.clock).id == ctx.user.id


def test_managers_read_only_and_staff_see_no_users_tab(ctx: Context, qtbot: QtBot) -> None:
    mia = users.create_user(ctx, "Mia", None, Role.MANAGER)
    page = UsersPage(Context(db=ctx.db, user=mia, clock=ctx.clock))
    qtbot.addWidget(page)
    assert not page.can_edit and not hasattr(page, "add_button")
    assert not page.required.isEnabled() and page.table.rowCount() == 2
    dialog = SettingsDialog(Context(db=ctx.db, user=mia, clock=ctx.clock))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Users" in titles
    sam = users.create_user(ctx, "Sam", None, Role.STAFF)
    dialog = SettingsDialog(Context(db=ctx.db, user=sam, clock=ctx.clock))
    qtbot.addWidget(dialog)
    assert "Users" not in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
