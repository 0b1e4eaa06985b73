"""The log-in asked before the main window when the business requires it.

Core checks the password and counts wrong ones; the dialog only says what went wrong under the field it
concerns: a wrong user or password under the password (the same words for both, so the dialog does not
tell who has an account), a lock-out with the local time it ends. A temporary password (an administrator's
reset) leads to a second page that asks for the user's own. Cancel quits the application.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import sqlite_utils
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from crm_desktop.core.auth import MIN_LENGTH, AccountLocked, set_password, verify
from crm_desktop.core.clock import Clock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message
from crm_desktop.core.users import User
from crm_desktop.ui.record_form import LineField, RecordForm, message_line, save_buttons, shown, write_or_explain
from crm_desktop.ui.support_format import local_moment, local_today
from crm_desktop.ui.widgets import heading


def password_field(hint: str = "") -> LineField:
    """A line that shows dots, never the password."""
    field = LineField(hint=hint)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(QDialog):
    """Ask a user and a password; ``user`` is who logged in once the dialog is accepted."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock, parent: QWidget | None = None,
                 user_name: str = "", hasher: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.user: User | None = None
        self._hasher = {"hasher": hasher} if hasher is not None else {}
        self.setWindowTitle(self.tr("Log in — CRM Desktop"))
        self.setObjectName("loginDialog")
        self.setMinimumWidth(480)

        self.form = RecordForm(self)
        section = self.form.add_section("")
        self.name = self.form.add_field(section, "user", self.tr("User"), LineField(200, self.tr("name or e-mail")))
        self.name.setObjectName("loginUser")
        self.password = self.form.add_field(section, "password", self.tr("Password"), password_field())
        self.password.setObjectName("loginPassword")
        self.form.finish()

        self.new_form = RecordForm(self)
        section = self.new_form.add_section("")
        hint = self.tr("at least {n} characters").format(n=MIN_LENGTH)
        self.new_password = self.new_form.add_field(section, "password", self.tr("New password"), password_field(hint))
        self.new_password.setObjectName("newPassword")
        self.repeat = self.new_form.add_field(section, "repeat", self.tr("Repeat it"), password_field())
        self.repeat.setObjectName("repeatPassword")
        self.new_form.finish()

        first = QWidget(self)
        first_box = QVBoxLayout(first)
        first_box.setContentsMargins(0, 0, 0, 0)
        first_box.addWidget(self.form)
        second = QWidget(self)
        second_box = QVBoxLayout(second)
        second_box.setContentsMargins(0, 0, 0, 0)
        self.change_note = QLabel(second)
        self.change_note.setWordWrap(True)
        second_box.addWidget(self.change_note)
        second_box.addWidget(self.new_form)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(first)
        self.pages.addWidget(second)

        self.message = message_line(self)
        self.ok = QPushButton(self.tr("Log in"), self)
        self.ok.setObjectName("loginButton")
        self.ok.clicked.connect(self._go)
        buttons, self.cancel = save_buttons(self, self.ok)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("CRM Desktop"), 1.4, self))
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if user_name:
            self.name.set_value(user_name)
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go(self) -> None:
        self.message.hide()
        if self.pages.currentIndex() == 0:
            self._log_in()
        else:
            self._choose_password()

    def _log_in(self) -> None:
        self.form.clear_errors()
        if not self.name.value().strip():
            self.form.show_errors({"user": Message(self.tr("Who are you? Type your name or e-mail."))})
            return
        try:
            user = verify(self.db, self.name.value(), self.password.value(), self.clock, **self._hasher)
        except AccountLocked as exc:
            self.form.show_errors({"password": Message(exc.message.text, {"until": self._until(exc.locked_until)})})
            self.password.clear()
            self.adjustSize()
            return
        except CrmError as exc:
            self.form.show_errors({"password": exc.message})
            self.password.selectAll()
            return
        self.user = user
        if not user.must_change_password:
            self.accept()
            return
        self.change_note.setText(self.tr("Welcome, {name}. Your password is a temporary one: choose your own "
                                         "to continue.").format(name=user.name))
        self.ok.setText(self.tr("Save and continue"))
        self.pages.setCurrentIndex(1)
        self.new_password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _until(self, iso: str) -> str:
        """The end of a lock-out in local time: the hour alone today, with the date otherwise."""
        moment = local_moment(iso)
        if moment is None:
            return iso
        locale = QLocale()
        if moment.date() == local_today(self.clock.now()):
            return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
        return locale.toString(moment, QLocale.FormatType.ShortFormat)

    def _choose_password(self) -> None:
        user = self.user
        if user is None:
            return
        self.new_form.clear_errors()
        if self.new_password.value() != self.repeat.value():
            self.new_form.show_errors({"repeat": Message(self.tr("The two passwords differ."))})
            return
        session = Context(db=self.db, user=user, clock=self.clock)

        def write() -> None:
            set_password(session, user.id, self.new_password.value(), **self._hasher)

        if write_or_explain(self.new_form, shown(self.message), write):
            self.user = replace(user, must_change_password=False)
            self.accept()

    def reject(self) -> None:
        self.user = None
        super().reject()

