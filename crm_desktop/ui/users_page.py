"""The Users page of the settings: who may use the CRM, in which role, and their passwords.

Administrators add users, change roles, switch accounts off and on, set or reset passwords, and decide
whether the CRM asks for a log-in; managers see the same page read-only. Every change is written at once
through core (which checks the rights and keeps at least one administrator), not by the dialog's Save.
A reset shows the temporary password here once: it is stored only as a hash.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import users
from crm_desktop.core.auth import MIN_LENGTH, Account, can_manage, list_accounts, reset_password, set_password
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message
from crm_desktop.core.login_settings import login_required, set_login_required
from crm_desktop.core.permissions import ROLE_LABELS, Role
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.login_dialog import password_field
from crm_desktop.ui.record_form import (
    MUTED_COLOR,
    CheckField,
    ChoiceField,
    LineField,
    RecordForm,
    message_line,
    shown,
    write_or_explain,
)
from crm_desktop.ui.support_format import local_today, moment_text
from crm_desktop.ui.widgets import read_only_rows

COLUMNS = ("name", "email", "role", "active", "password", "locked")


def role_choices() -> list[tuple[str, str]]:
    return [(role.value, core_tr(ROLE_LABELS[role])) for role in Role]


class UsersPage(QWidget):
    """List, add and change users; ``changed`` after every write."""

    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("usersPage")
        self.can_edit = can_manage(ctx.user)
        self.accounts: list[Account] = []
        self._shown_id: str | None = None

        self.login = RecordForm(self)
        section = self.login.add_section("")
        self.required = self.login.add_wide_field(section, "login_required", CheckField(
            self.tr("Ask for a user and password when CRM Desktop opens (and on the command line)")))
        self.required.setObjectName("loginRequired")
        self.required.clicked.connect(self._switch_login)
        self.login.finish()

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("E-mail"), self.tr("Role"), self.tr("Active"), self.tr("Password"),
            self.tr("Locked until"),
        ])
        read_only_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected_changed)

        self.message = message_line(self)
        self.message.setObjectName("usersMessage")
        self.temporary = QLabel(self)
        self.temporary.setObjectName("temporaryPassword")
        self.temporary.setWordWrap(True)
        self.temporary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.temporary.hide()

        layout = QVBoxLayout(self)
        if not self.can_edit:
            note = QLabel(self.tr("Only administrators can change users."), self)
            note.setStyleSheet(f"color: {MUTED_COLOR};")
            layout.addWidget(note)
        layout.addWidget(self.login)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.temporary)
        if self.can_edit:
            boxes = QHBoxLayout()
            boxes.addWidget(self._build_selected_box(), 1)
            boxes.addWidget(self._build_add_box(), 1)
            layout.addLayout(boxes)
        self.required.set_read_only(not self.can_edit)
        self.reload()

    # building

    def _build_selected_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected user"), self)
        self.selected_box = box
        self.edit = RecordForm(box)
        section = self.edit.add_section("")
        self.role = self.edit.add_field(section, "role", self.tr("Role"), ChoiceField(role_choices(), False))
        self.role.setObjectName("userRole")
        self.active = self.edit.add_field(section, "active", "", CheckField(self.tr("Active (may log in)")))
        self.active.setObjectName("userActive")
        hint = self.tr("at least {n} characters").format(n=MIN_LENGTH)
        self.new_password = self.edit.add_field(section, "password", self.tr("New password"), password_field(hint))
        self.new_password.setObjectName("userNewPassword")
        self.repeat = self.edit.add_field(section, "repeat", self.tr("Repeat it"), password_field())
        self.repeat.setObjectName("userRepeatPassword")
        self.edit.finish()
        self.apply = QPushButton(self.tr("Save role and status"), box)
        self.apply.setObjectName("applyUser")
        self.apply.clicked.connect(self._apply)
        self.set_button = QPushButton(self.tr("Set password"), box)
        self.set_button.setObjectName("setPassword")
        self.set_button.clicked.connect(self._set_password)
        self.reset = QPushButton(self.tr("Reset password…"), box)
        self.reset.setObjectName("resetPassword")
        self.reset.setToolTip(self.tr("Give a temporary password that must be changed at the next log-in"))
        self.reset.clicked.connect(self._reset)
        for button in (self.apply, self.set_button, self.reset):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.reset)
        buttons.addStretch(1)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.edit)
        box_layout.addLayout(buttons)
        return box

    def _build_add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a user"), self)
        self.add_form = RecordForm(box)
        section = self.add_form.add_section("")
        self.add_name = self.add_form.add_field(section, "name", self.tr("Name"), LineField(200))
        self.add_name.setObjectName("addUserName")
        self.add_email = self.add_form.add_field(section, "email", self.tr("E-mail"), LineField(254))
        self.add_email.setObjectName("addUserEmail")
        self.add_role = self.add_form.add_field(section, "role", self.tr("Role"), ChoiceField(role_choices(), False))
        self.add_role.setObjectName("addUserRole")
        self.add_role.set_value(Role.STAFF.value)
        self.add_form.finish()
        self.add_button = QPushButton(self.tr("Add user"), box)
        self.add_button.setObjectName("addUser")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.add_form)
        box_layout.addLayout(row)
        return box

    # reading

    def reload(self, select_id: str | None = None) -> None:
        """Read the users again, keeping (or moving to) a selection."""
        current = self.selected()
        keep = select_id or (current.user.id if current else None)
        self.accounts = list_accounts(self.ctx.db, self.ctx.clock)
        today = local_today(self.ctx.clock.now())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.accounts))
        yes, no = self.tr("Yes"), self.tr("No")
        for row, account in enumerate(self.accounts):
            user = account.user
            cells = (
                user.name, user.email or "", core_tr(ROLE_LABELS[Role(user.role)]), yes if user.active else no,
                (self.tr("Temporary") if user.must_change_password else self.tr("Set")) if account.has_password
                else self.tr("None"),
                moment_text(account.locked_until, today) if account.locked_until else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        index = next((n for n, a in enumerate(self.accounts) if a.user.id == keep), 0 if self.accounts else -1)
        if index >= 0:
            self.table.selectRow(index)
        self._selected_changed()
        self.required.blockSignals(True)
        self.required.set_value(login_required(self.ctx.db))
        self.required.blockSignals(False)

    def selected(self) -> Account | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.accounts) or not self.table.selectedItems():
            return None
        return self.accounts[row]

    def _selected_changed(self) -> None:
        if not self.can_edit:
            return
        account = self.selected()
        shown_id = account.user.id if account else None
        if shown_id != self._shown_id:  # another user: the former one's messages and typing go
            self._shown_id = shown_id
            self.edit.clear_errors()
            self.new_password.clear()
            self.repeat.clear()
        self.selected_box.setTitle(self.tr("Selected user: {name}").format(name=account.user.name) if account
                                   else self.tr("Selected user"))
        for widget in (self.role, self.active, self.new_password, self.repeat, self.apply, self.set_button,
                       self.reset):
            widget.setEnabled(account is not None)
        if account is not None:
            self.role.set_value(account.user.role.value)
            self.active.set_value(account.user.active)

    # writing

    def _written(self, user_id: str | None) -> None:
        self.reload(user_id)
        self.changed.emit()

    def _apply(self) -> None:
        account = self.selected()
        if account is None:
            return
        self._start()
        user_id = account.user.id

        def write() -> None:
            users.set_role(self.ctx, user_id, self.role.value())
            users.set_active(self.ctx, user_id, self.active.value())

        write_or_explain(self.edit, shown(self.message), write)
        self._written(user_id)  # refused, the page shows again what is stored (the messages stay)

    def _set_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        self._start()
        if self.new_password.value() != self.repeat.value():
            self.edit.show_errors({"repeat": Message(self.tr("The two passwords differ."))})
            return
        user_id = account.user.id
        if write_or_explain(self.edit, shown(self.message),
                            lambda: set_password(self.ctx, user_id, self.new_password.value())):
            self.new_password.clear()
            self.repeat.clear()
            self._written(user_id)
            self.temporary.setText(self.tr("The password of {name} is set.").format(name=account.user.name))
            self.temporary.show()

    def _reset(self) -> None:
        account = self.selected()
        if account is None:
            return
        self._start()
        answer = QMessageBox.question(
            self, self.tr("Reset password"),
            self.tr("Give {name} a temporary password? Their current password stops working.").format(
                name=account.user.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        user_id = account.user.id
        given: list[str] = []
        if write_or_explain(self.edit, shown(self.message), lambda: given.append(reset_password(self.ctx, user_id))):
            self._written(user_id)
            self.temporary.setText(self.tr(
                "Temporary password of {name}: {password}\nGive it to them now: it is not shown again. They "
                "choose their own at their next log-in.").format(name=account.user.name, password=given[0]))
            self.temporary.show()

    def _add(self) -> None:
        self._start()
        self.add_form.clear_errors()
        made: list[users.User] = []

        def write() -> None:
            made.append(users.create_user(self.ctx, self.add_name.value(), self.add_email.value(),
                                          self.add_role.value()))

        if write_or_explain(self.add_form, shown(self.message), write):
            self.add_name.clear()
            self.add_email.clear()
            self._written(made[0].id)

    def _switch_login(self, on: bool) -> None:
        self._start()
        self.login.clear_errors()
        if write_or_explain(self.login, shown(self.message), lambda: set_login_required(self.ctx, on)):
            self.changed.emit()
        self.required.set_value(login_required(self.ctx.db))

    def _start(self) -> None:
        """A new action: the last message and the last temporary password go away."""
        self.message.hide()
        self.temporary.hide()
        self.temporary.clear()
