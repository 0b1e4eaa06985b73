"""My day: a technician's jobs of one day, in order, as large cards for a laptop in a van.

Each card holds what the technician needs at the customer's door without opening
anything: when, where (with a button to copy the address into a navigation app), who
to ask for, what to do, what to bring and whether the van has it, the customer's open
tickets and their latest history. Big buttons move the job along ("On the way", "On
site") or open its report. Above the cards: what to load in the van for the day.

Keyboard: Up and Down move between cards, Enter opens the job.
Everything comes from core (interventions, stock, customer_status, timeline).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import access, customer_status, interventions, stock, technicians, timeline
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.field_choices import TRANSITIONS
from crm_desktop.core.permissions import Perm, Role, allowed
from crm_desktop.core.settings import load_business
from crm_desktop.core.validation import display_phone
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.intervention_format import (
    TOUCH_HEIGHT,
    hour_text,
    kind_text,
    shop_today,
    shop_zone,
    status_badge_style,
    status_text,
)
from crm_desktop.ui.record_form import MUTED_COLOR, message_line
from crm_desktop.ui.support_format import LATE_COLOR, OK_COLOR, date_text
from crm_desktop.ui.widgets import heading

#: Changes that may alter what the day shows.
DAY_TABLES = ("interventions", "intervention_technicians", "intervention_parts", "stock_movements",
              "stock_locations", "technicians", "users", "tickets", "ticket_events", "history", "companies",
              "people", "settings", "absences")
#: Lines of the customer's history on a card.
HISTORY_LINES = 3
#: Entries read beyond those lines, for the jobs planned ahead that are left out.
HISTORY_LOOKAHEAD = 20
OPEN_TICKETS = 3
CARD_STYLE = ("QFrame#dayCard {{ background: white; border: {width}px solid {color}; border-radius: 8px; }}"
              " QFrame#dayCard QLabel {{ background: transparent; }}")


@dataclass
class CardData:
    """What one card shows, read from core once per refresh."""

    row: dict[str, Any]
    parts: list[dict[str, Any]] = field(default_factory=list)  # with "in_van"
    open_tickets: list[dict[str, Any]] = field(default_factory=list)
    history: list[timeline.TimelineEntry] = field(default_factory=list)
    colleagues: list[str] = field(default_factory=list)
    phone: str = ""  # the contact's phone as people dial it here


class DayCard(QFrame):
    """One job of the day; focusable, so that Up/Down/Enter work from it and from its buttons."""

    open_requested = Signal(str, str)  # intervention id, tab
    status_requested = Signal(str, str)  # intervention id, status
    ticket_requested = Signal(str)
    step = Signal(int)
    entered = Signal()

    def __init__(self, data: CardData, zone: Any, can_write: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        row = data.row
        self.intervention_id: str = row["id"]
        self.setObjectName("dayCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_current(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(10)
        when = hour_text(row.get("planned_start"), zone)
        if row.get("planned_end"):
            when = f"{when}\u2013{hour_text(row['planned_end'], zone)}"
        self.time_label = QLabel(when, self)
        font = self.time_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.time_label.setFont(font)
        self.number_label = QLabel(row.get("number") or "", self)
        self.number_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.status_label = QLabel(status_text(row.get("status")), self)
        self.status_label.setStyleSheet(status_badge_style(row.get("status")))
        kind = QLabel(kind_text(row.get("kind")), self)
        kind.setStyleSheet(f"color: {MUTED_COLOR};")
        top.addWidget(self.time_label)
        top.addWidget(self.number_label)
        top.addWidget(self.status_label)
        top.addWidget(kind)
        top.addStretch(1)
        grid.addLayout(top, 0, 0, 1, 2)

        left = QVBoxLayout()
        left.setSpacing(4)
        self.customer_label = QLabel(interventions.customer_name(row) or self.tr("No customer"), self)
        font = self.customer_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.customer_label.setFont(font)
        self.customer_label.setWordWrap(True)
        left.addWidget(self.customer_label)
        subject = QLabel(row.get("subject") or "", self)
        subject.setWordWrap(True)
        left.addWidget(subject)
        address_row = QHBoxLayout()
        self.address = interventions.address_line(row)
        self.address_label = QLabel(self.address or self.tr("No address"), self)
        self.address_label.setWordWrap(True)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy address"), self)
        self.copy_button.setMinimumHeight(TOUCH_HEIGHT - 4)
        self.copy_button.setEnabled(bool(self.address))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_address)
        address_row.addWidget(self.address_label, 1)
        address_row.addWidget(self.copy_button)
        left.addLayout(address_row)
        contact = " · ".join(p for p in (row.get("site_contact"), data.phone) if p)
        self.contact_label = self._rich(self.tr("<b>On site:</b> {contact}").format(
            contact=escape(contact or self.tr("nobody named"))))
        left.addWidget(self.contact_label)
        if data.colleagues:
            left.addWidget(self._rich(self.tr("<b>With:</b> {names}").format(names=escape(", ".join(
                data.colleagues)))))
        if row.get("instructions"):
            text = escape(row["instructions"]).replace("\n", "<br/>")
            left.addWidget(self._rich(self.tr("<b>Instructions:</b> {text}").format(text=text)))
        left.addStretch(1)
        grid.addLayout(left, 1, 0)

        right = QVBoxLayout()
        right.setSpacing(4)
        self.bring_label = self._rich(self._bring_text())
        right.addWidget(self.bring_label)
        self.tickets_label = self._rich(self._tickets_text())
        self.tickets_label.linkActivated.connect(self.ticket_requested)
        right.addWidget(self.tickets_label)
        self.history_label = self._rich(self._history_text())
        right.addWidget(self.history_label)
        right.addStretch(1)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.message = message_line(self)
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)  # the buttons on the right, under the thumb, whether a message shows or not
        status = row.get("status") or ""
        self.way_button = self._button(self.tr("On the way"), lambda: self.status_requested.emit(
            self.intervention_id, "on_the_way"))
        self.site_button = self._button(self.tr("On site"), lambda: self.status_requested.emit(
            self.intervention_id, "on_site"))
        self.report_button = self._button(self.tr("Report"), lambda: self.open_requested.emit(
            self.intervention_id, "report"))
        self.way_button.setEnabled(can_write and "on_the_way" in TRANSITIONS.get(status, frozenset()))
        self.site_button.setEnabled(can_write and "on_site" in TRANSITIONS.get(status, frozenset()))
        for button in (self.way_button, self.site_button, self.report_button):
            buttons.addWidget(button)
        for button in (self.copy_button, self.way_button, self.site_button, self.report_button):
            button.installEventFilter(self)
        grid.addLayout(buttons, 2, 0, 1, 2)

    def _rich(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumSize(140, TOUCH_HEIGHT)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.setAutoDefault(False)
        button.setStyleSheet("QPushButton { font-weight: 600; padding: 0 16px; }")
        button.clicked.connect(slot)
        return button

    def _bring_text(self) -> str:
        if not self.data.parts:
            return self.tr("<b>To bring:</b> nothing listed")
        lines = []
        for part in self.data.parts:
            name = escape(f"{part['quantity']} × {part['name']}")
            if part["in_van"] >= part["quantity"]:
                state = f'<span style="color:{OK_COLOR}">✓ ' + escape(self.tr("in the van ({n})").format(
                    n=part["in_van"])) + "</span>"
            else:
                state = f'<span style="color:{LATE_COLOR}">⚠ ' + escape(self.tr("only {n} in the van").format(
                    n=part["in_van"])) + "</span>"
            lines.append(f"{name} — {state}")
        return self.tr("<b>To bring:</b>") + "<br/>" + "<br/>".join(lines)

    def _tickets_text(self) -> str:
        tickets = self.data.open_tickets
        if not tickets:
            return self.tr("<b>Open tickets:</b> none")
        links = "<br/>".join(f'<a href="{escape(t["id"])}">{escape(t["number"])}</a> {escape(t["subject"] or "")}'
                             for t in tickets[:OPEN_TICKETS])
        more = len(tickets) - OPEN_TICKETS
        if more > 0:
            links += "<br/>" + escape(self.tr("and {n} more").format(n=more))
        return self.tr("<b>Open tickets:</b>") + "<br/>" + links

    def _history_text(self) -> str:
        if not self.data.history:
            return self.tr("<b>Lately:</b> nothing recorded")
        kinds = timeline.DEFAULT_REGISTRY.kinds()
        lines = []
        for entry in self.data.history:
            label = core_tr(kinds.get(entry.kind, "")) or entry.kind
            lines.append(f'<span style="color:{MUTED_COLOR}">{escape(date_text(entry.at))}</span> '
                         f"{escape(label)}: {escape(entry.title or entry.summary or '')}")
        return self.tr("<b>Lately:</b>") + "<br/>" + "<br/>".join(lines)

    def copy_address(self) -> None:
        """Into the clipboard, for the navigation app or a text to a colleague."""
        country = self.data.row.get("country")
        QGuiApplication.clipboard().setText(f"{self.address}, {country}" if country else self.address)
        self.copy_button.setText(self.tr("Copied ✓"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_current(self, current: bool) -> None:
        self.setStyleSheet(CARD_STYLE.format(width=2 if current else 1, color="#2563eb" if current else "#d1d5db"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On a card's button, Up and Down still move between cards (a button would move to its neighbour),
        Enter presses it, and focusing it makes its card the current one."""
        if isinstance(watched, QPushButton):
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                    self.step.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    watched.click()
                    return True
            elif event.type() == QEvent.Type.FocusIn:
                self.entered.emit()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(self.intervention_id, "job")
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.entered.emit()


class MyDayView(QWidget):
    """A technician's day: what to load, then one card per job in order."""

    #: Open an intervention on a tab ("job" or "report").
    open_intervention = Signal(str, str)
    #: Open another record (a customer's open ticket): (kind, id), like the other views.
    open_record = Signal(str, str)
    #: The cards were built again (how many).
    refreshed = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = shop_zone(ctx)
        self.can_write = allowed(ctx.user.role, Perm.INTERVENTION_WRITE)
        self.cards: list[DayCard] = []
        self.current = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(heading(self.tr("My day"), parent=self))
        top.addSpacing(16)
        self.previous_button = self._nav_button("◀", self.tr("The day before"), lambda: self.move_day(-1))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.date_edit.setMinimumHeight(TOUCH_HEIGHT)
        self.date_edit.setMinimumWidth(230)
        self.date_edit.setDate(QDate(shop_today(ctx)))
        self.date_edit.dateChanged.connect(lambda _d: self.reload())
        self.next_button = self._nav_button("▶", self.tr("The day after"), lambda: self.move_day(1))
        self.today_button = self._nav_button(self.tr("Today"), self.tr("Back to today"), self.go_today)
        for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
            top.addWidget(widget)
        top.addStretch(1)
        caption = QLabel(self.tr("Technician"), self)
        self.technician_box = QComboBox(self)
        self.technician_box.setMinimumHeight(TOUCH_HEIGHT)
        self.technician_box.setMinimumWidth(200)
        caption.setBuddy(self.technician_box)
        top.addWidget(caption)
        top.addWidget(self.technician_box)
        layout.addLayout(top)

        self.load_box = QGroupBox(self.tr("To load in the van"), self)
        load_layout = QVBoxLayout(self.load_box)
        self.load_label = QLabel(self.load_box)
        self.load_label.setTextFormat(Qt.TextFormat.RichText)
        self.load_label.setWordWrap(True)
        load_layout.addWidget(self.load_label)
        layout.addWidget(self.load_box)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyState")
        self.empty.setStyleSheet(f"color: {MUTED_COLOR}; font-size: 15px;")
        layout.addWidget(self.empty, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_widget = QWidget(self.scroll)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 4, 0)
        self.list_layout.setSpacing(10)
        self.list_layout.addStretch(1)
        self.scroll.setWidget(self.list_widget)
        layout.addWidget(self.scroll, 1)

        self._fill_technicians()
        self.technician_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.bridge = ChangeBridge(ctx.changes, self)
        self.changes = ChangeCoalescer(self.bridge, self.reload, DAY_TABLES, parent=self, widget=self)
        self.reload()

    def _nav_button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setMinimumSize(TOUCH_HEIGHT, TOUCH_HEIGHT)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _fill_technicians(self) -> None:
        """Everyone with the technician role; the user when they are one, else the first."""
        techs = technicians.list_technicians(self.ctx.db)
        limited = access.limited(self.ctx.user)
        if limited:  # a technician sees their own day, never a colleague's customers (issue 8)
            techs = [tech for tech in techs if tech.id == self.ctx.user.id]
        self.technician_box.setEnabled(not limited)
        self.technician_box.blockSignals(True)
        self.technician_box.clear()
        for tech in techs:
            self.technician_box.addItem(tech.name, tech.id)
        mine = self.technician_box.findData(self.ctx.user.id)
        if mine >= 0 and self.ctx.user.role == Role.TECHNICIAN.value:
            self.technician_box.setCurrentIndex(mine)
        self.technician_box.blockSignals(False)

    # ---- choosing

    def day(self) -> date:
        return self.date_edit.date().toPython()

    def technician_id(self) -> str | None:
        value = self.technician_box.currentData()
        return str(value) if value else None

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(QDate(day))

    def set_technician(self, technician_id: str) -> None:
        index = self.technician_box.findData(technician_id)
        if index >= 0:
            self.technician_box.setCurrentIndex(index)

    def move_day(self, days: int) -> None:
        self.date_edit.setDate(self.date_edit.date().addDays(days))

    def go_today(self) -> None:
        self.date_edit.setDate(QDate(shop_today(self.ctx)))

    # ---- showing

    def reload(self) -> None:
        """Read the day again from core; the current card stays current."""
        focus = QApplication.focusWidget()
        had_focus = focus is not None and any(card is focus or card.isAncestorOf(focus) for card in self.cards)
        keep = self.cards[self.current].intervention_id if 0 <= self.current < len(self.cards) else None
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        self.current = -1
        tech_id = self.technician_id()
        day = self.day()
        if tech_id is None:
            self.load_box.hide()
            self.scroll.hide()
            self.empty.setText(self.tr("No technicians yet: give a user the technician role in Settings."))
            self.empty.show()
            self.refreshed.emit(0)
            return
        rows = interventions.my_day(self.ctx.db, tech_id, day)
        self._show_load_list(tech_id, day)
        van = stock.van_of(self.ctx.db, tech_id)
        for row in rows:
            card = DayCard(self._card_data(row, tech_id, van, day), self.zone, self.can_write, self.list_widget)
            card.open_requested.connect(self.open_intervention)
            card.status_requested.connect(self.set_status)
            card.ticket_requested.connect(lambda ticket_id: self.open_record.emit("ticket", ticket_id))
            card.step.connect(self.step)
            card.entered.connect(lambda c=card: self._card_entered(c))
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            card.show()  # now, not when the layout gets to it: the current card may take the focus below
            self.cards.append(card)
        self.empty.setVisible(not rows)
        self.scroll.setVisible(bool(rows))
        self.empty.setText(self.tr("No jobs planned for {name} on {day}.").format(
            name=self.technician_box.currentText(), day=date_text(day.isoformat())))
        if self.cards:
            index = next((n for n, c in enumerate(self.cards) if c.intervention_id == keep), 0)
            self.select(index, focus=had_focus)
        self.refreshed.emit(len(self.cards))

    def _card_data(self, row: dict[str, Any], tech_id: str, van: str | None, day: date) -> CardData:
        parts = [{**p, "in_van": max(0, stock.level(self.ctx.db, van, p["product_id"])) if van else 0}
                 for p in interventions.parts_to_bring(self.ctx.db, row["id"])]
        company_id, person_id = row.get("company_id"), row.get("person_id")
        tickets = customer_status.status(self.ctx.db, company_id, person_id, day).open_tickets \
            if company_id or person_id else []
        history: list[timeline.TimelineEntry] = []
        if company_id or person_id:
            # What already happened (planned jobs to come are on the timeline too), this job left out.
            key = {"company_id": company_id} if company_id else {"person_id": person_id}
            now = self.ctx.now()
            entries = timeline.query(self.ctx.db, limit=HISTORY_LINES + HISTORY_LOOKAHEAD, **key)
            history = [e for e in entries if e.at <= now and e.id != row["id"]][:HISTORY_LINES]
        colleagues = [t.name for t in interventions.team(self.ctx.db, row["id"]) if t.id != tech_id]
        phone = display_phone(row.get("site_phone"), load_business(self.ctx.db).phone_region)
        return CardData(row, parts, tickets, history, colleagues, phone)

    def _show_load_list(self, tech_id: str, day: date) -> None:
        lines = stock.load_list(self.ctx.db, tech_id, day)
        if not lines:
            self.load_label.setText(f'<span style="color:{MUTED_COLOR}">' + escape(self.tr(
                "Nothing to bring for the day's jobs.")) + "</span>")
            return
        out = []
        for line in lines:
            name = escape(f"{line.needed} × {line.product_name}")
            jobs = escape(", ".join(line.interventions))
            if line.to_load:
                state = f'<b style="color:{LATE_COLOR}">' + escape(self.tr("load {n} (the van has {held})").format(
                    n=line.to_load, held=line.in_van)) + "</b>"
            else:
                state = f'<span style="color:{OK_COLOR}">✓ ' + escape(self.tr("in the van ({n})").format(
                    n=line.in_van)) + "</span>"
            out.append(f"{name} — {state} <span style='color:{MUTED_COLOR}'>({jobs})</span>")
        self.load_label.setText("<br/>".join(out))

    # ---- keyboard

    def select(self, index: int, focus: bool = True) -> None:
        if not self.cards:
            return
        index = max(0, min(index, len(self.cards) - 1))
        if 0 <= self.current < len(self.cards):
            self.cards[self.current].set_current(False)
        self.current = index
        card = self.cards[index]
        card.set_current(True)
        if focus:
            card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(card, 0, 20)

    def step(self, delta: int) -> None:
        self.select(self.current + delta)

    def _card_entered(self, card: DayCard) -> None:
        if card in self.cards and self.cards.index(card) != self.current:
            self.select(self.cards.index(card), focus=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.cards:
            self.step(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and 0 <= self.current < len(self.cards):
            self.open_intervention.emit(self.cards[self.current].intervention_id, "job")
        else:
            super().keyPressEvent(event)

    # ---- actions

    def set_status(self, intervention_id: str, status: str) -> bool:
        """A card's "On the way" / "On site": through core; its refusal is shown on the card."""
        card = next((c for c in self.cards if c.intervention_id == intervention_id), None)
        try:
            interventions.set_status(self.ctx, intervention_id, status)
        except ValidationError as exc:
            if card is not None:
                card.show_message("\n".join(render(m) for m in exc.errors.values()))
            return False
        except CrmError as exc:
            if card is not None:
                card.show_message(error_text(exc))
            return False
        return True
