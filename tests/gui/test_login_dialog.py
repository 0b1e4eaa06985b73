"""The log-in dialog: messages under the field, acceptance, lock-out time, the temporary-password page, app start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop import app
from crm_desktop.core import users
from crm_desktop.core.auth import AccountLocked, LoginFailed, reset_password, set_password, verify
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.login_settings import set_login_required
from crm_desktop.core.permissions import Role
from crm_desktop.ui.login_dialog import LoginDialog
from crm_desktop.ui.support_format import local_moment

GOOD = "correct horse battery"


@pytest.fixture
def dialog(ctx: Context, qtbot: QtBot) -> LoginDialog:
    set_password(ctx, ctx.user.id, GOOD)
    shown = LoginDialog(ctx.db, ctx.clock)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _try(dialog: LoginDialog, qtbot: QtBot, name: str, password: str) -> None:
    dialog.name.set_value(name)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_wrong_password_is_said_under_the_password(dialog: LoginDialog, qtbot: QtBot) -> None:
    _try(dialog, qtbot, "Admin", "not it")
    assert dialog.form.error_text("password") == "Wrong user or password."
    assert dialog.form.error_text("user") == ""
    assert dialog.isVisible() and dialog.user is None
    _try(dialog, qtbot, "Somebody", GOOD)  # an unknown user: the same words
    assert dialog.form.error_text("password") == "Wrong user or password."
    _try(dialog, qtbot, "  ", GOOD)
    assert dialog.form.error_text("user") == "Who are you? Type your name or e-mail."


def test_the_right_password_accepts(dialog: LoginDialog, ctx: Context, qtbot: QtBot) -> None:
    _try(dialog, qtbot, "Admin", "wrong")
    with qtbot.waitSignal(dialog.accepted):
        _try(dialog, qtbot, "admin", GOOD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.id == ctx.user.id


def test_a_locked_account_says_until_when(dialog: LoginDialog, ctx: Context, qtbot: QtBot) -> None:
    for _ in range(4):
        _try(dialog, qtbot, "Admin", "guess")
        assert dialog.form.error_text("password") == "Wrong user or password."
    _try(dialog, qtbot, "Admin", "guess")
    moment = local_moment("2026-03-02T09:45:00.000Z")
    assert moment is not None
    until = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    expected = f"Too many wrong passwords: this account is locked until {until}."
    assert dialog.form.error_text("password") == expected
    _try(dialog, qtbot, "Admin", GOOD)  # the right one too, while locked
    assert dialog.form.error_text("password") == expected and dialog.user is None
    assert isinstance(ctx.clock, FixedClock)
    ctx.clock.advance(minutes=15)
    with qtbot.waitSignal(dialog.accepted):
        _try(dialog, qtbot, "Admin", GOOD)


def test_a_temporary_password_asks_for_a_new_one(ctx: Context, qtbot: QtBot) -> None:
    anna = users.create_user(ctx, "Anna", None, Role.STAFF)
    temporary = reset_password(ctx, anna.id)
    dialog = LoginDialog(ctx.db, ctx.clock, user_name="Anna")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(temporary)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1 and dialog.isVisible()
    assert "temporary" in dialog.change_note.text()
    dialog.new_password.setText("annas own secret")
    dialog.repeat.setText("annas own secreT")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.new_form.error_text("repeat") == "The two passwords differ."
    dialog.new_password.setText("anna")
    dialog.repeat.setText("anna")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.new_form.error_text("password") == "Use at least 8 characters."
    dialog.new_password.setText("annas own secret")
    dialog.repeat.setText("annas own secret")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.user is not None and not dialog.user.must_change_password
    assert not verify(ctx.db, "Anna", "annas own secret", ctx.clock).must_change_password
    with pytest.raises((LoginFailed, AccountLocked)):
        verify(ctx.db, "Anna", temporary, ctx.clock)


def test_app_start_asks_only_when_required(ctx: Context, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[LoginDialog] = []

    def answer(self: LoginDialog) -> int:
        asked.append(self)
        self.name.set_value("Bea")
        self.password.setText("beas own secret")
        self.ok.click()
        return self.result()

    monkeypatch.setattr(LoginDialog, "exec", answer)
    assert app.log_in(ctx) is ctx and not asked  # not required: the first admin, as before
    bea = users.create_user(ctx, "Bea", None, Role.MANAGER)
    set_password(Context(db=ctx.db, user=bea, clock=ctx.clock), bea.id, "beas own secret")
    set_password(ctx, ctx.user.id, GOOD)
    set_login_required(ctx, True)
    session = app.log_in(ctx)
    assert session is not None and session.user.id == bea.id and len(asked) == 1
    monkeypatch.setattr(LoginDialog, "exec", lambda self: (asked.append(self), self.reject(), self.result())[-1])
    assert app.log_in(ctx) is None  # Cancel quits
    for shown in asked:
        shown.deleteLater()
