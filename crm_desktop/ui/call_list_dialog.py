"""A caller's list for a phone campaign: whom to call, the script with their name in it, and each outcome.

Made for working through the list with the keyboard: the list has the focus, the arrows move, the
script follows; Alt+1…5 picks the outcome, the note takes what was said and Ctrl+Enter logs the call
(``call_lists.log_call``), then the next person still to call is selected. "No answer" and "Call back"
keep the person on the list; a call is logged in the person's history either way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import call_lists, campaigns, users
from crm_desktop.core.campaign_choices import CALL_OUTCOMES
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, NotFound, ValidationError
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.core.validation import display_phone
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.record_form import MUTED_COLOR, message_line
from crm_desktop.ui.support_format import label_of, moment_text
from crm_desktop.ui.widgets import heading, read_only_rows

COLUMNS = ("name", "company", "phone", "outcome", "called")


class CallListDialog(QDialog):
    """The members ``caller_id`` is to call in one campaign, with the script and the call log."""

    #: A call was logged: the person's id and the outcome key.
    logged = Signal(str, str)

    def __init__(self, ctx: Context, campaign_id: str, caller_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.caller_id = caller_id
        self.rows: list[dict[str, Any]] = []
        campaign = campaigns.get(ctx.db, campaign_id)
        try:
            caller = users.get_user(ctx.db, caller_id).name
        except NotFound:
            caller = ""
        self.setWindowTitle(self.tr("Call list: {name}").format(name=campaign["name"]))
        self.setMinimumSize(860, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Calls of {caller}").format(caller=caller) if caller
                                 else self.tr("Call list"), 1.3))
        self.summary = QLabel(self)
        self.summary.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, len(COLUMNS), splitter)
        self.table.setObjectName("callList")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Company"), self.tr("Phone"),
                                              self.tr("Outcome"), self.tr("Called")])
        read_only_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        splitter.addWidget(self.table)

        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        self.person_label = heading("", 1.15, side)
        self.person_label.setWordWrap(True)
        self.phone_label = QLabel(side)
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.script = QPlainTextEdit(side)
        self.script.setObjectName("callScript")
        self.script.setReadOnly(True)
        self.script.setTabChangesFocus(True)
        side_layout.addWidget(self.person_label)
        side_layout.addWidget(self.phone_label)
        side_layout.addWidget(QLabel(self.tr("Script"), side))
        side_layout.addWidget(self.script, 1)
        form = QFormLayout()
        self.outcome = QComboBox(side)
        self.outcome.setObjectName("outcome")
        self.outcome.addItem(self.tr("— how did it go? —"), None)
        for key, label in CALL_OUTCOMES.items():
            self.outcome.addItem(core_tr(label), key)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.note = QLineEdit(side)
        self.note.setObjectName("callNote")
        hint = self.tr("What was said (goes to the history)")
        self.note.setPlaceholderText(hint)
        self.note.returnPressed.connect(self.log_call)
        self.lead_box = QCheckBox(self.tr("Open a lead for them"), side)
        self.lead_box.setToolTip(self.tr("An interested person becomes a lead for a seller to follow up"))
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow("", self.lead_box)
        side_layout.addLayout(form)
        self.message = message_line(side)
        side_layout.addWidget(self.message)
        self.log_button = QPushButton(self.tr("Log the call"), side)
        self.log_button.setToolTip(self.tr("Ctrl+Enter"))
        self.log_button.setDefault(True)
        self.log_button.clicked.connect(self.log_call)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.log_button)
        side_layout.addLayout(bar)
        splitter.addWidget(side)
        splitter.setSizes([480, 380])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.log_call)
        for number, key in enumerate(CALL_OUTCOMES, start=1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda k=key: self.choose_outcome(k))
        self.can_call = allowed(ctx.user.role, Perm.CAMPAIGN_SEND)
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- the list

    def reload(self, select: str | None = None) -> None:
        """Read the list again; keep ``select`` (a person id) selected, else the first still to call."""
        self.rows = call_lists.call_list(self.ctx.db, self.campaign_id, self.caller_id)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            outcome = label_of(CALL_OUTCOMES, row.get("outcome"))
            cells = (row.get("name") or "", row.get("company") or "", display_phone(row.get("phone")), outcome,
                     moment_text(row.get("called_at")) if row.get("called_at") else "")
            done = row.get("send_status") != "pending"
            for column, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if done:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        to_call = sum(1 for row in self.rows if row.get("send_status") == "pending")
        self.summary.setText(self.tr("{n} to call, {done} done").format(n=to_call, done=len(self.rows) - to_call))
        index = self._index_of(select) if select else None
        if index is None:
            index = next((i for i, row in enumerate(self.rows) if row.get("send_status") == "pending"),
                         0 if self.rows else None)
        if index is not None:
            self.table.selectRow(index)
        self._selected()

    def _index_of(self, person_id: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row["person_id"] == person_id), None)

    def current(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and self.table.selectedItems():
            return self.rows[row]
        return None

    def _selected(self) -> None:
        row = self.current()
        self.message.hide()
        self.person_label.setText(str(row.get("name") or "") if row else self.tr("Nobody to call"))
        phone = display_phone(row.get("phone")) if row else ""
        company = str(row.get("company") or "") if row else ""
        self.phone_label.setText(" · ".join(part for part in (phone, company) if part))
        self.script.setPlainText(str(row.get("script") or "") if row else "")
        self.outcome.setCurrentIndex(0)
        self.note.clear()
        self.lead_box.setChecked(False)
        self._outcome_changed()
        self.log_button.setEnabled(row is not None and self.can_call)

    def choose_outcome(self, key: str) -> None:
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(key)))
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _outcome_changed(self, _index: int = 0) -> None:
        self.lead_box.setVisible(self.outcome.currentData() == "reached-interested")

    # ---- logging

    def log_call(self) -> bool:
        row = self.current()
        if row is None or not self.can_call:
            return False
        outcome = self.outcome.currentData()
        self.message.hide()
        create = "lead" if outcome == "reached-interested" and self.lead_box.isChecked() else None
        try:
            call_lists.log_call(self.ctx, self.campaign_id, str(row["person_id"]), str(outcome or ""),
                                self.note.text(), create=create)
        except ValidationError as exc:
            self._say("\n".join(render(message) for message in exc.errors.values()))
            if "outcome" in exc.errors:
                self.outcome.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except CrmError as exc:
            self._say(error_text(exc))
            return False
        person = str(row["person_id"])
        self.logged.emit(person, str(outcome))
        following = self._next_after(person)
        self.reload(select=following)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _next_after(self, person_id: str) -> str | None:
        """The next person still to call after ``person_id`` in the list as shown (wrapping round)."""
        index = self._index_of(person_id)
        if index is None:
            return None
        order = self.rows[index + 1:] + self.rows[:index]
        return next((row["person_id"] for row in order if row.get("send_status") == "pending"), None)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
