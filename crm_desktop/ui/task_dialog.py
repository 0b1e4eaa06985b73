"""Creating or editing one follow-up task; core's messages appear under the fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import tasks, users
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.intervention_format import shop_zone
from crm_desktop.ui.record_form import (
    MUTED_COLOR,
    ChoiceField,
    LineField,
    TextField,
    dialog_form,
    message_line,
    save_and_accept,
    save_buttons,
)
from crm_desktop.ui.support_format import stored_moment


def link_text(row: Mapping[str, Any]) -> str:
    """"Person (Company) · T-0003 Subject": who and what a task is about (empty when nothing)."""
    person, company = row.get("person_name") or "", row.get("company_name") or ""
    customer = f"{person} ({company})" if person and company else person or company
    record = row.get("record_label") or ""
    if record and row.get("record_kind") in tasks.RECORD_KINDS:
        record = f"{core_tr(tasks.RECORD_KINDS[row['record_kind']])} {record}"
    return " · ".join(part for part in (customer, record) if part)


def link_target(row: Mapping[str, Any]) -> tuple[str, str] | None:
    """The (kind, id) a click on a task's link opens: its record, else its person, else its company."""
    if row.get("record_kind") and row.get("record_id"):
        return str(row["record_kind"]), str(row["record_id"])
    if row.get("person_id"):
        return "person", str(row["person_id"])
    if row.get("company_id"):
        return "company", str(row["company_id"])
    return None


class DueField(QWidget):
    """The due date and time in the shop's time zone, with quick choices; value() is stored UTC."""

    edited = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = shop_zone(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.editor = QDateTimeEdit(self)
        self.editor.setTimeZone(self.zone)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.editor.setMinimumWidth(220)
        self.editor.dateTimeChanged.connect(lambda _moment: self.edited.emit())
        layout.addWidget(self.editor, 0, Qt.AlignmentFlag.AlignLeft)
        quick = QHBoxLayout()
        quick.setSpacing(6)
        self.in_hour_button = self._quick(self.tr("In 1 hour"), self.in_one_hour)
        self.tomorrow_button = self._quick(self.tr("Tomorrow 9:00"), lambda: self.at_nine(1))
        self.monday_button = self._quick(self.tr("Next Monday"), self.next_monday)
        for button in (self.in_hour_button, self.tomorrow_button, self.monday_button):
            quick.addWidget(button)
        quick.addStretch(1)
        layout.addLayout(quick)

    def _quick(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _now(self) -> QDateTime:
        return QDateTime.fromSecsSinceEpoch(int(self.ctx.clock.now().timestamp()), self.zone)

    def _set(self, moment: QDateTime) -> None:
        self.editor.setDateTime(moment.toTimeZone(self.zone))
        self.edited.emit()

    def in_one_hour(self) -> None:
        """An hour from now, on the next quarter hour (a task "in an hour" need not say 10:37)."""
        moment = self._now().addSecs(3600)
        minutes = (moment.time().minute() + 14) // 15 * 15
        whole = QDateTime(moment.date(), QTime(moment.time().hour(), 0), self.zone)
        self._set(whole.addSecs(minutes * 60))

    def at_nine(self, days: int) -> None:
        day = self._now().date().addDays(days)
        self._set(QDateTime(day, QTime(9, 0), self.zone))

    def next_monday(self) -> None:
        today = self._now().date()
        self.at_nine(8 - today.dayOfWeek())  # dayOfWeek: Monday 1 ... Sunday 7

    def value(self) -> Any:
        return self.editor.dateTime().toUTC().toString(Qt.DateFormat.ISODateWithMs)

    def set_value(self, value: Any) -> None:
        moment = stored_moment(value)
        self.editor.blockSignals(True)
        if moment is not None:
            self.editor.setDateTime(moment.toTimeZone(self.zone))
        self.editor.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        for button in (self.in_hour_button, self.tomorrow_button, self.monday_button):
            button.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.editor


class TaskDialog(QDialog):
    """A new task (``task_id`` None; ``initial`` may give person_id, company_id, record_kind,
    record_id, title, due_at, assignee_id) or an existing one, with Delete."""

    saved = Signal(str)
    deleted = Signal(str)

    def __init__(self, ctx: Context, task_id: str | None = None, initial: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task_id = task_id
        self.confirm: QMessageBox | None = None
        current = tasks.describe(ctx.db, task_id) if task_id else None
        self.links = {key: (current or initial or {}).get(key)
                      for key in ("person_id", "company_id", "record_kind", "record_id")}
        self.setWindowTitle(self.tr("Edit the task") if task_id else self.tr("New task"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.about)
        self.form, section = dialog_form(self)
        hint = self.tr("What to do, e.g. Call back about the quote")
        self.form.add_field(section, "title", self.tr("Task"), LineField(200, hint))
        self.due = self.form.add_field(section, "due_at", self.tr("Due"), DueField(ctx))
        people = [(user.id, user.name) for user in users.list_users(ctx.db)]
        self.form.add_field(section, "assignee_id", self.tr("For"), ChoiceField(people, allow_empty=False))
        self.form.add_field(section, "notes", self.tr("Notes"), TextField(90))
        self.form.finish()
        layout.addWidget(self.form, 1)
        self.message = message_line(self)
        layout.addWidget(self.message)
        self.save_button = QPushButton(self.tr("Save"), self)
        buttons, _cancel = save_buttons(self, self.save_button)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.ask_delete)
        self.delete_button.setVisible(task_id is not None)
        bar = QHBoxLayout()
        bar.addWidget(self.delete_button)
        bar.addWidget(buttons, 1)
        layout.addLayout(bar)

        can_write = allowed(ctx.user.role, Perm.TASK_WRITE)
        self.form.set_read_only(not can_write)
        self.save_button.setEnabled(can_write)
        self.delete_button.setEnabled(can_write)
        # Deleting is a right of its own (technicians may plan tasks, not delete them).
        self.delete_button.setVisible(self.delete_button.isVisibleTo(self) and allowed(ctx.user.role, Perm.TASK_DELETE))
        if current is not None:
            self.form.set_values(current)
            about = link_text(current)
        else:
            self.due.at_nine(1)
            self.form.set_values({"assignee_id": ctx.user.id, **{k: v for k, v in (initial or {}).items()
                                                                    if k in ("title", "due_at", "assignee_id",
                                                                             "notes")}})
            about = link_text(tasks.link_names(ctx.db, self.links))
        self.about.setText(self.tr("About: {what}").format(what=about) if about else "")
        self.about.setVisible(bool(about))

    def values(self) -> dict[str, Any]:
        values = self.form.values()
        if self.task_id is None:
            values.update({key: value for key, value in self.links.items() if value})
        return values

    def save(self) -> bool:
        def write() -> str:
            if self.task_id is None:
                return tasks.create(self.ctx, self.values())
            tasks.update(self.ctx, self.task_id, self.values())
            return self.task_id

        return save_and_accept(self, self.form, self.message, write, self.saved)

    def ask_delete(self) -> QMessageBox:
        """Ask first (window-modal, not blocking); Yes moves the task to the trash."""
        if self.confirm is None:
            self.confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the task"),
                                       self.tr("Move this task to the trash?"),
                                       QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
            self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
            self.confirm.buttonClicked.connect(self._answered)
        self.confirm.open()
        return self.confirm

    def _answered(self, button: QAbstractButton) -> None:
        if self.confirm is not None and button is self.confirm.button(QMessageBox.StandardButton.Yes):
            self.delete()

    def delete(self) -> bool:
        """Move the task to the trash (it can be restored from there)."""
        if self.task_id is None:
            return False
        try:
            tasks.delete(self.ctx, self.task_id)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.deleted.emit(self.task_id)
        self.accept()
        return True

