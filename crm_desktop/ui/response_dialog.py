"""Recording a campaign member's reply, and what it leads to: a lead, a follow-up task or an opportunity.

Core writes the reply on the member, in the person's history and creates what was asked in one
transaction (``campaign_members.record_response``); a refusal puts its reasons under the fields. Once
recorded the dialog says what was made and offers to open it, so the seller goes straight on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import campaign_members, campaigns, people, users
from crm_desktop.core.campaign_choices import RESPONSE_KINDS
from crm_desktop.core.campaign_sends import CHANNELS
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound
from crm_desktop.core.settings import load_business
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.record_form import (
    MUTED_COLOR,
    ChoiceField,
    LineField,
    MoneyField,
    TextField,
    choice_items,
    dialog_buttons,
    dialog_form,
    shown,
    write_or_explain,
)
from crm_desktop.ui.task_dialog import DueField
from crm_desktop.ui.widgets import heading

#: What was made, by the key record_response returns it under: (kind main_window opens, id key).
MADE_KINDS = (("opportunity", "opportunity_id"), ("task", "task_id"), ("lead", "lead_id"))


class CreateChoice(QWidget):
    """"Also create": one radio button per kind of follow-up; the value is the kind's key."""

    edited = Signal()
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, label in RESPONSE_KINDS.items():
            button = QRadioButton(core_tr(label), self)
            button.setObjectName(f"create_{key}")
            self.buttons[key] = button
            self.group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(lambda on, k=key: self._toggled(k, on))
        self.buttons["none"].setChecked(True)

    def _toggled(self, key: str, on: bool) -> None:
        if on:
            self.edited.emit()
            self.chosen.emit(key)

    def value(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return "none"

    def set_value(self, value: Any) -> None:
        self.buttons.get(str(value or "none"), self.buttons["none"]).setChecked(True)

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.buttons[self.value()]


class ResponseDialog(QDialog):
    """A member's reply (channel and text) and, if wanted, the lead, task or opportunity it calls for."""

    #: The reply was recorded: what core returned (history_id and lead_id / task_id / opportunity_id).
    recorded = Signal(dict)
    #: The user asked to open what was made (kind, id): "lead", "task" or "opportunity".
    open_record = Signal(str, str)

    def __init__(self, ctx: Context, campaign_id: str, person_id: str, parent: QWidget | None = None,
                 channel: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.person_id = person_id
        self.made: dict[str, str] = {}
        campaign = campaigns.get(ctx.db, campaign_id)
        try:
            name = people.display_name(people.get(ctx, person_id))
        except NotFound:
            name = ""
        self.setWindowTitle(self.tr("Record a reply"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reply from {name}").format(name=name) if name else self.tr("Reply"), 1.2))
        about = QLabel(self.tr("To the campaign {name}").format(name=campaign["name"]), self)
        about.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(about)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)

        entry = QWidget(self)
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        self.form, section = dialog_form(entry)
        channels = [str(c) for c in campaign.get("channels") or []]
        self.channel = self.form.add_field(section, "channel", self.tr("Came by"),
                                           ChoiceField(choice_items(CHANNELS), allow_empty=False))
        self.channel.set_value(channel or (channels[0] if channels else "email"))
        self.text = self.form.add_field(section, "text", self.tr("Reply"), TextField(90))
        self.create_choice = self.form.add_field(section, "create", self.tr("Also"), CreateChoice())
        hint = self.tr("What to do next, e.g. Send the quote")
        self.title = self.form.add_field(section, "title", self.tr("Title"), LineField(200, hint))
        self.due = self.form.add_field(section, "due_at", self.tr("Due"), DueField(ctx))
        self.due.at_nine(1)
        staff = [(user.id, user.name) for user in users.list_users(ctx.db)]
        self.assignee = self.form.add_field(section, "assignee_id", self.tr("For"),
                                            ChoiceField(staff, allow_empty=False))
        self.assignee.set_value(ctx.user.id)
        currency = load_business(ctx.db).currency or "EUR"
        self.amount = self.form.add_field(section, "amount_cents", self.tr("Amount"), MoneyField(currency))
        self.form.finish()
        entry_layout.addWidget(self.form)
        self.message, self.record_button = dialog_buttons(self, entry_layout, self.tr("Record the reply"), self.record)
        self.pages.addWidget(entry)

        done = QWidget(self)
        done_layout = QVBoxLayout(done)
        self.done_label = QLabel(done)
        self.done_label.setWordWrap(True)
        done_layout.addWidget(self.done_label)
        done_layout.addStretch(1)
        bar = QDialogButtonBox(done)
        self.open_button = QPushButton(done)
        self.open_button.clicked.connect(self.open_made)
        bar.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = bar.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        done_layout.addWidget(bar)
        self.pages.addWidget(done)

        self.create_choice.chosen.connect(self._show_details)
        self._show_details("none")
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_details(self, kind: str) -> None:
        """Only the fields of what will be created: a task's title and due time, an opportunity's amount."""
        self.form.set_field_visible("title", kind in ("task", "opportunity"))
        self.form.set_field_visible("due_at", kind == "task")
        self.form.set_field_visible("assignee_id", kind == "task")
        self.form.set_field_visible("amount_cents", kind == "opportunity")
        self.adjustSize()

    def details(self, kind: str) -> dict[str, Any]:
        if kind == "task":
            return {"title": self.title.value(), "due_at": self.due.value(), "assignee_id": self.assignee.value()}
        if kind == "opportunity":
            return {"title": self.title.value(), "amount_cents": self.amount.value()}
        return {}

    def record(self) -> bool:
        kind = self.create_choice.value()
        made: list[dict[str, str]] = []

        def write() -> None:
            made.append(campaign_members.record_response(
                self.ctx, self.campaign_id, self.person_id, str(self.channel.value()), self.text.value(),
                create=None if kind == "none" else kind, details=self.details(kind)))

        self.message.hide()
        if not write_or_explain(self.form, shown(self.message), write):
            return False
        self.made = made[0]
        self._show_done()
        self.recorded.emit(dict(self.made))
        return True

    def made_record(self) -> tuple[str, str] | None:
        """(kind, id) of the lead, task or opportunity the reply made, if any."""
        for kind, key in MADE_KINDS:
            if self.made.get(key):
                return kind, self.made[key]
        return None

    def _show_done(self) -> None:
        target = self.made_record()
        texts = {
            "opportunity": (self.tr("The reply is in the history and an opportunity was created."),
                            self.tr("Open the opportunity")),
            "task": (self.tr("The reply is in the history and a follow-up task was created."),
                     self.tr("Open the task")),
            "lead": (self.tr("The reply is in the history and a lead was created."), self.tr("Open the lead")),
        }
        if target is None:
            self.done_label.setText(self.tr("The reply is in the person's history."))
            self.open_button.hide()
        else:
            text, button = texts[target[0]]
            self.done_label.setText(text)
            self.open_button.setText(button)
            self.open_button.show()
            self.open_button.setDefault(True)
        self.pages.setCurrentIndex(1)
        (self.close_button if target is None else self.open_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def open_made(self) -> None:
        target = self.made_record()
        if target is not None:
            self.open_record.emit(*target)
        self.accept()
