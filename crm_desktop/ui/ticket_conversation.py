"""A ticket's conversation: what the customer wrote, what the desk answered, internal notes,
and the small steps in between (status, reassignment, time, costs, solutions).

Oldest first, like a chat: the story reads top to bottom. Messages are coloured
boxes (customer, desk, internal note each its own colour); the steps are one grey
line each. The composer under it sends through core (tickets.add_message).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import permissions, tickets, users
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.record_form import error_label
from crm_desktop.ui.support_format import (
    MUTED_COLOR,
    billing_label,
    channel_label,
    cost_kind_label,
    local_today,
    minutes_text,
    moment_text,
    money_text,
    status_label,
)

#: (background, border/heading colour) of each kind of message.
BUBBLES = {
    "in": ("#eff6ff", "#1d4ed8"),
    "out": ("#f0fdf4", "#15803d"),
    "note": ("#fffbeb", "#a16207"),
}
#: Composer choices: (key, direction given to core).
COMPOSE = (("out", "out"), ("in", "in"), ("note", None))


def _paragraphs(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br/>")


class ConversationPanel(QWidget):
    """The events of one ticket and a composer (reply, customer wrote, internal note)."""

    #: A message or note was added (its event id).
    sent = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ticket: dict[str, Any] | None = None
        self.events: list[dict[str, Any]] = []
        self.currency = load_business(ctx.db).currency or "EUR"
        self.shows_costs = permissions.allowed(ctx.user.role, Perm.VIEW_MARGINS)  # issue 8: not a technician
        self.can_write = permissions.allowed(ctx.user.role, Perm.TICKET_WRITE)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("conversation")
        self.browser.setOpenLinks(False)

        composer = QWidget(self)
        box = QVBoxLayout(composer)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        choices = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        texts = {"out": self.tr("Reply to customer"), "in": self.tr("Customer wrote"),
                 "note": self.tr("Internal note")}
        tips = {"out": self.tr("A message sent to the customer (stops the first-response clock)"),
                "in": self.tr("What the customer said or wrote (wakes a ticket waiting on them)"),
                "note": self.tr("Only for the team; the customer never sees it")}
        for key, _direction in COMPOSE:
            button = QRadioButton(texts[key], composer)
            button.setToolTip(tips[key])
            self.kind_group.addButton(button)
            self.kind_buttons[key] = button
            choices.addWidget(button)
        self.kind_buttons["out"].setChecked(True)
        choices.addStretch(1)
        box.addLayout(choices)
        self.text = QPlainTextEdit(composer)
        self.text.setPlaceholderText(self.tr("Write here…"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(60)
        box.addWidget(self.text, 1)
        self.error = error_label(composer)
        box.addWidget(self.error)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        self.send_button = QPushButton(self.tr("Send"), composer)
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        send_row.addWidget(self.send_button)
        box.addLayout(send_row)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.text)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.send)
        self.composer = composer
        composer.setVisible(self.can_write)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.browser)
        splitter.addWidget(composer)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)

    # --- showing -----------------------------------------------------------------------

    def set_ticket(self, ticket: Mapping[str, Any] | None) -> None:
        self.ticket = dict(ticket) if ticket else None
        self.reload()

    def reload(self) -> None:
        """Read the events again and show them, oldest first, scrolled to the newest."""
        self.events = tickets.events(self.ctx.db, self.ticket["id"]) if self.ticket else []
        self.composer.setEnabled(self.ticket is not None)
        self.browser.setHtml(self.html())
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())

    def html(self) -> str:
        if self.ticket is None:
            hint = self.tr("Save the ticket to start its conversation.")
            return f'<p style="color:{MUTED_COLOR}">{escape(hint)}</p>'
        today = local_today(self.ctx.clock.now())
        names = {u.id: u.name for u in users.list_users(self.ctx.db, include_inactive=True)}
        opener = names.get(self.ticket.get("created_by") or "", "")
        parts = [self._line(self.tr("Ticket opened by {name} · {channel}").format(
            name=opener or "?", channel=channel_label(self.ticket.get("channel"))),
            moment_text(self.ticket.get("opened_at"), today))]
        for event in self.events:
            parts.append(self._event_html(event, names, today))
        if not self.events:
            hint = self.tr("No messages yet. Reply to the customer or note what you did below.")
            parts.append(f'<p style="color:{MUTED_COLOR}">{escape(hint)}</p>')
        return "".join(parts)

    def _line(self, text: str, when: str, detail: str = "") -> str:
        extra = f"<br/><i>{_paragraphs(detail)}</i>" if detail else ""
        return (f'<p style="color:{MUTED_COLOR}; margin-top:2px; margin-bottom:2px; font-size:small">'
                f"{escape(when)} · {escape(text)}{extra}</p>")

    def _event_html(self, event: Mapping[str, Any], names: Mapping[str, str], today: Any) -> str:
        kind = event["kind"]
        when = moment_text(event["at"], today)
        who = event.get("user_name") or names.get(event.get("user_id") or "", "")
        if kind in ("message", "note"):
            style = "note" if kind == "note" else ("in" if event.get("direction") == "in" else "out")
            background, color = BUBBLES[style]
            heading = {"in": self.tr("Customer wrote"), "out": self.tr("Reply to customer"),
                       "note": self.tr("Internal note")}[style]
            author = self.tr("logged by {name}").format(name=who) if style == "in" and who else who
            meta = " · ".join(part for part in (heading, author, when) if part)
            return (f'<table width="100%" cellspacing="0" cellpadding="8" style="margin-top:6px; '
                    f'margin-bottom:6px;"><tr><td bgcolor="{background}" style="border: 1px solid {color};">'
                    f'<span style="color:{color}; font-weight:600; font-size:small">{escape(meta)}</span><br/>'
                    f"{_paragraphs(event.get('body'))}</td></tr></table>")
        if kind == "status":
            text = self.tr("{name}: status {old} → {new}").format(
                name=who or "?", old=status_label(event.get("old_value")) or "—",
                new=status_label(event.get("new_value")))
            return self._line(text, when, event.get("body") or "")
        if kind == "assign":
            target = names.get(event.get("new_value") or "", "")
            text = (self.tr("{name} assigned the ticket to {user}").format(name=who or "?", user=target) if target
                    else self.tr("{name} unassigned the ticket").format(name=who or "?"))
            return self._line(text, when)
        if kind == "solution":
            return self._line(self.tr("{name} proposed a solution: {title}").format(
                name=who or "?", title=event.get("body") or ""), when)
        if kind == "time":
            minutes = int(event.get("new_value") or 0)
            text = self.tr("{name} logged {time} ({billing})").format(
                name=who or "?", time=minutes_text(minutes), billing=billing_label(event.get("old_value")))
            return self._line(text, when, event.get("body") or "")
        if kind == "cost":
            kind_text = cost_kind_label(event.get("old_value")).lower()
            if not self.shows_costs:
                return self._line(self.tr("{name} recorded {kind}").format(name=who or "?", kind=kind_text), when,
                                  event.get("body") or "")
            cents = int(event.get("new_value") or 0)
            text = self.tr("{name} recorded {kind}: {amount}").format(
                name=who or "?", kind=kind_text, amount=money_text(cents, self.currency))
            return self._line(text, when, event.get("body") or "")
        return self._line(f"{who}: {kind}", when, event.get("body") or "")

    # --- writing -----------------------------------------------------------------------

    def set_kind(self, key: str) -> None:
        """Choose "out" (reply), "in" (customer wrote) or "note"."""
        self.kind_buttons[key].setChecked(True)

    def kind(self) -> str:
        return next((key for key, button in self.kind_buttons.items() if button.isChecked()), "out")

    def send(self) -> bool:
        """Add the message or note through core; the text clears and it appears above."""
        if self.ticket is None or not self.can_write:
            return False
        direction = dict(COMPOSE)[self.kind()]
        self.error.hide()
        try:
            event_id = tickets.add_message(self.ctx, self.ticket["id"], self.text.toPlainText(), direction)
        except ValidationError as exc:
            self.error.setText("\n".join(render(message) for message in exc.errors.values()))
            self.error.show()
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except CrmError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        self.text.clear()
        self.reload()
        self.sent.emit(event_id)
        return True
