"""The "Time & costs" tab of a ticket: the timer, what was spent, and what it comes to.

Every value goes to core as typed (support_costs validates and prices it); a
negative distance or a minute count that is not a number comes back as a message
under its field and nothing is written. Issue 8: the amounts (cost, price, totals in
money) are shown only to the roles that may see costs (``access.can_see_costs``: not a
technician, whose ticket mixes other people's work), and "Delete" only to the roles
that may delete entries; core refuses both anyway. The timer lives in core (it survives a
restart); this panel only shows it, ticking from ``ctx.clock`` once a second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import access, permissions, support_costs, users
from crm_desktop.core.clock import from_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_choices import BILLING
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.record_form import ChoiceField, LineField, MoneyField, RecordForm, SuffixField, choice_items
from crm_desktop.ui.support_format import (
    billing_label,
    clock_text,
    cost_kind_label,
    date_text,
    minutes_text,
    money_text,
)
from crm_desktop.ui.widgets import error_label, read_only_rows

TICK_MS = 1000
#: The inline forms, in the order of their buttons.
FORM_KINDS = ("time", "part", "travel", "expense")
#: The columns of the costs table that hold money (cost, price): left empty and hidden for who may not see them.
MONEY_COLUMNS = (3, 4)


class CostsPanel(QWidget):
    """Timer, "Add time / part / travel / expense", the entries and the totals of one ticket."""

    #: Something was recorded (time, a cost, the timer stopped).
    changed = Signal()

    def __init__(self, ctx: Context, ticket_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ticket_id = ticket_id
        self.currency = load_business(ctx.db).currency or "EUR"
        self.can_write = permissions.allowed(ctx.user.role, Perm.COST_WRITE)
        self.can_delete = permissions.allowed(ctx.user.role, Perm.COST_DELETE)
        #: Money figures: a ticket's totals count every technician's work, so no intervention of one's own.
        self.shows_money = access.can_see_costs(ctx.db, ctx.user)
        self.closed = False
        self._running_here = False

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(8)

        # the timer
        timer_box = QGroupBox(self.tr("Timer"), inner)
        timer_row = QHBoxLayout(timer_box)
        self.timer_label = QLabel(clock_text(0), timer_box)
        font = self.timer_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.timer_label.setMinimumWidth(self.timer_label.fontMetrics().horizontalAdvance("00:00:00") + 12)
        self.start_button = QPushButton(self.tr("Start"), timer_box)
        self.start_button.setToolTip(self.tr("Count the time spent on this ticket"))
        self.stop_button = QPushButton(self.tr("Stop"), timer_box)
        self.stop_button.setToolTip(self.tr("Stop the timer and log the time it measured"))
        self.start_button.clicked.connect(self.start_timer)
        self.stop_button.clicked.connect(self.stop_timer)
        self.timer_note = QLabel(timer_box)
        self.timer_note.setWordWrap(True)
        self.timer_note.setStyleSheet("color: #6b7280;")
        timer_row.addWidget(self.timer_label)
        timer_row.addWidget(self.start_button)
        timer_row.addWidget(self.stop_button)
        timer_row.addWidget(self.timer_note, 1)
        layout.addWidget(timer_box)
        self.timer_box = timer_box

        # adding
        # Two by two: "Ajouter un déplacement" and its neighbours do not fit one row of a side column.
        buttons = QGridLayout()
        texts = {"time": self.tr("Add time"), "part": self.tr("Add part"), "travel": self.tr("Add travel"),
                 "expense": self.tr("Add expense")}
        self.add_buttons: dict[str, QPushButton] = {}
        for number, kind in enumerate(FORM_KINDS):
            button = QPushButton(texts[kind], inner)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.show_form(k))
            self.add_buttons[kind] = button
            buttons.addWidget(button, number // 2, number % 2)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        self.forms: dict[str, RecordForm] = {}
        self.form_boxes: dict[str, QGroupBox] = {}
        self.save_buttons: dict[str, QPushButton] = {}
        self.form_stack = QStackedWidget(inner)
        titles = {"time": self.tr("Time spent"), "part": self.tr("Part or material"), "travel": self.tr("Travel"),
                  "expense": self.tr("Other expense")}
        for kind in FORM_KINDS:
            box = self._build_form(kind, titles[kind])
            self.form_stack.addWidget(box)
        self.form_stack.hide()
        layout.addWidget(self.form_stack)
        self.message = error_label(inner)
        layout.addWidget(self.message)

        # what was spent
        layout.addWidget(QLabel(self.tr("<b>Time</b>"), inner))
        self.time_table = QTableWidget(0, 5, inner)
        self.time_table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Who"), self.tr("Time"),
                                                   self.tr("Billing"), self.tr("Note")])
        self._table_style(self.time_table)
        layout.addWidget(self.time_table)
        self.delete_time_button = self._delete_button(inner, layout, self.time_table,
                                                      self.tr("Delete the time entry…"))
        layout.addWidget(QLabel(self.tr("<b>Parts, travel and expenses</b>"), inner))
        self.costs_table = QTableWidget(0, 6, inner)
        self.costs_table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Kind"), self.tr("What"),
                                                    self.tr("Cost"), self.tr("Price"), self.tr("Billing")])
        self._table_style(self.costs_table)
        for column in MONEY_COLUMNS:
            self.costs_table.setColumnHidden(column, not self.shows_money)
        layout.addWidget(self.costs_table)
        self.delete_cost_button = self._delete_button(inner, layout, self.costs_table,
                                                      self.tr("Delete the cost line…"))

        totals = QGroupBox(self.tr("Totals"), inner)
        grid = QGridLayout(totals)
        self.total_labels: dict[str, QLabel] = {}
        for row, (key, text) in enumerate((
            ("minutes", self.tr("Time spent")),
            ("cost", self.tr("Cost to the business")),
            ("billable", self.tr("Billable to the customer")),
            ("covered", self.tr("Covered by the contract")),
        )):
            name = QLabel(text, totals)
            grid.addWidget(name, row, 0)
            value = QLabel(totals)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(value, row, 1)
            self.total_labels[key] = value
            if key != "minutes" and not self.shows_money:
                name.hide()
                value.hide()
        grid.setColumnStretch(2, 1)
        layout.addWidget(totals)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Never sideways: a form opening must not scroll the labels out of sight.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.reload()

    # --- building ----------------------------------------------------------------------

    def _billing(self) -> ChoiceField:
        field = ChoiceField(choice_items(BILLING))
        field.setItemText(0, self.tr("Automatic"))
        field.setToolTip(self.tr("Automatic: covered while the contract's hours last, otherwise billable"))
        return field

    def _build_form(self, kind: str, title: str) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        form = RecordForm(box)
        form.layout().setContentsMargins(0, 0, 0, 0)
        section = form.add_section("")
        if kind == "time":
            form.add_field(section, "minutes", self.tr("Time"), SuffixField(self.tr("min"), 90))
            form.add_field(section, "billing", self.tr("Billing"), self._billing())
            form.add_field(section, "note", self.tr("Note"), LineField(2000, self.tr("What was done")))
        elif kind == "part":
            form.add_field(section, "description", self.tr("Part"), LineField(200, self.tr("Expansion vessel 8 l")))
            form.add_field(section, "quantity", self.tr("Quantity"), SuffixField("", 90))
            form.add_field(section, "unit_cost_cents", self.tr("Unit cost"), MoneyField(self.currency))
            form.add_field(section, "unit_price_cents", self.tr("Unit price"), MoneyField(self.currency))
            form.add_field(section, "billing", self.tr("Billing"), self._billing())
        elif kind == "travel":
            form.add_field(section, "km", self.tr("Distance"), SuffixField(self.tr("km"), 90))
            form.add_field(section, "travel_minutes", self.tr("Travel time"), SuffixField(self.tr("min"), 90))
            form.add_field(section, "billing", self.tr("Billing"), self._billing())
            form.add_field(section, "note", self.tr("Note"), LineField(2000))
        else:
            form.add_field(section, "description", self.tr("Expense"), LineField(200, self.tr("Parking")))
            form.add_field(section, "unit_cost_cents", self.tr("Cost"), MoneyField(self.currency))
            form.add_field(section, "unit_price_cents", self.tr("Price to the customer"), MoneyField(self.currency))
            form.add_field(section, "billing", self.tr("Billing"), self._billing())
            form.add_field(section, "note", self.tr("Note"), LineField(2000))
        form.finish()
        layout.addWidget(form)
        row = QHBoxLayout()
        save = QPushButton(self.tr("Add"), box)
        save.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), box)
        save.clicked.connect(lambda _checked=False, k=kind: self.save_form(k))
        cancel.clicked.connect(self.hide_form)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(save)
        layout.addLayout(row)
        self.forms[kind] = form
        self.form_boxes[kind] = box
        self.save_buttons[kind] = save
        return box

    def _delete_button(self, parent: QWidget, layout: QVBoxLayout, table: QTableWidget, text: str) -> QPushButton:
        """Under ``table``, for the roles that may delete: sends the chosen row to the trash (after asking)."""
        row = QHBoxLayout()
        button = QPushButton(text, parent)
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Move the chosen line to the trash; it can be restored from there"))
        button.setVisible(self.can_delete)
        button.setEnabled(False)
        button.clicked.connect(lambda _checked=False, t=table: self.confirm_delete(t))
        table.itemSelectionChanged.connect(self._selection_changed)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return button

    def _table_style(self, table: QTableWidget) -> None:
        read_only_rows(table)
        table.setMinimumHeight(90)
        table.setMaximumHeight(190)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    # --- the ticket --------------------------------------------------------------------

    def set_ticket(self, ticket_id: str | None, closed: bool = False) -> None:
        self.ticket_id = ticket_id
        self.closed = closed
        self.hide_form()
        self.reload()

    def set_closed(self, closed: bool) -> None:
        """A closed ticket takes no more time or costs (core refuses them): say so up front."""
        if closed != self.closed:
            self.closed = closed
            if closed:
                self.hide_form()
            self.reload()

    def reload(self) -> None:
        """Entries, totals and the timer as core has them now."""
        open_ticket = self.ticket_id is not None and not self.closed
        for button in (*self.add_buttons.values(), self.start_button, self.stop_button):
            button.setVisible(self.can_write)
            button.setEnabled(open_ticket)
        self.timer_box.setVisible(self.can_write)
        self._fill_tables()
        self._show_timer()
        self._selection_changed()

    def _names(self) -> dict[str, str]:
        return {u.id: u.name for u in users.list_users(self.ctx.db, include_inactive=True)}

    def _fill_tables(self) -> None:
        entries = support_costs.time_entries(self.ctx.db, self.ticket_id) if self.ticket_id else []
        costs = support_costs.costs(self.ctx.db, self.ticket_id) if self.ticket_id else []
        names = self._names() if entries else {}
        self.time_table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self._set_row(self.time_table, row, entry["id"], [
                date_text(entry["started_at"]), entry.get("user_name") or names.get(entry["user_id"], ""),
                minutes_text(entry["minutes"]), billing_label(entry["billing"]), entry.get("note") or "",
            ], right=(2,))
        self.costs_table.setRowCount(len(costs))
        for row, cost in enumerate(costs):
            if cost["kind"] == "travel":
                parts = []
                if cost.get("km"):
                    parts.append(self.tr("{km} km").format(km=_number(cost["km"])))
                if cost.get("travel_minutes"):
                    parts.append(minutes_text(cost["travel_minutes"]))
                what = " + ".join(parts)
            else:
                quantity = cost.get("quantity") or 1
                what = cost.get("description") or ""
                if quantity != 1:
                    what = f"{_number(quantity)} × {what}"
            self._set_row(self.costs_table, row, cost["id"], [
                date_text(cost["occurred_at"]), cost_kind_label(cost["kind"]), what,
                *((money_text(cost["cost_cents"], self.currency), money_text(cost["price_cents"], self.currency))
                  if self.shows_money else ("", "")),
                billing_label(cost["billing"]),
            ], right=(3, 4))
        totals = support_costs.ticket_totals(self.ctx.db, self.ticket_id) if self.ticket_id else \
            support_costs.Totals()
        self.totals = totals
        self.total_labels["minutes"].setText(minutes_text(totals.minutes) if totals.minutes else "—")
        if self.shows_money:
            self.total_labels["cost"].setText(money_text(totals.cost_cents, self.currency))
            self.total_labels["billable"].setText(money_text(totals.billable_cents, self.currency))
            self.total_labels["covered"].setText(money_text(totals.covered_cents, self.currency))

    @staticmethod
    def _set_row(table: QTableWidget, row: int, record_id: str, texts: list[str], right: tuple[int, ...]) -> None:
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            if column in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)

    # --- deleting ----------------------------------------------------------------------

    def _selection_changed(self) -> None:
        open_ticket = self.ticket_id is not None and not self.closed
        for button, table in ((self.delete_time_button, self.time_table),
                              (self.delete_cost_button, self.costs_table)):
            button.setEnabled(open_ticket and self._chosen(table) is not None)

    @staticmethod
    def _chosen(table: QTableWidget) -> str | None:
        """The id of the chosen row of ``table``, if any."""
        rows = table.selectionModel().selectedRows()
        item = table.item(rows[0].row(), 0) if rows else None
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def confirm_delete(self, table: QTableWidget) -> bool:
        """Ask, then send the chosen time entry or cost to the trash through core."""
        record_id = self._chosen(table)
        if record_id is None or not self.can_delete:
            return False
        answer = QMessageBox.question(self, self.tr("Delete the line"),
                                      self.tr("Move this line to the trash? It can be restored from there."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.delete_line(table, record_id)

    def delete_line(self, table: QTableWidget, record_id: str) -> bool:
        """Trash ``record_id`` of ``table`` (time or cost); a refusal is said under the buttons."""
        delete = support_costs.delete_time if table is self.time_table else support_costs.delete_cost
        return self._write(lambda: delete(self.ctx, record_id))

    def _write(self, write: Callable[[], object]) -> bool:
        """Run one write of core: the list read again after it, or its refusal said under the buttons."""
        self.message.hide()
        try:
            write()
        except CrmError as exc:
            self._say(error_text(exc))
            return False
        self.reload()
        self.changed.emit()
        return True

    # --- the timer ---------------------------------------------------------------------

    def _show_timer(self) -> None:
        timer = support_costs.running_timer(self.ctx.db, self.ctx.user.id)
        self._running_here = timer is not None and timer.ticket_id == self.ticket_id and self.ticket_id is not None
        self._timer = timer
        has_ticket = self.ticket_id is not None
        self.start_button.setEnabled(has_ticket and not self.closed and not self._running_here)
        self.stop_button.setEnabled(self._running_here)
        if self.closed and has_ticket:
            self.timer_note.setText(self.tr("The ticket is closed: reopen it to record time or costs."))
        elif timer is not None and not self._running_here:
            self.timer_note.setText(self.tr("Your timer is running on another ticket: Start logs that time "
                                            "and counts here instead."))
        elif not has_ticket:
            self.timer_note.setText(self.tr("Save the ticket first."))
        else:
            self.timer_note.setText("")
        if self._running_here and self.isVisible():
            self.tick_timer.start()
        else:
            self.tick_timer.stop()
        self.tick()

    def running(self) -> bool:
        """True while the user's timer counts on this ticket."""
        return self._running_here

    def tick(self) -> None:
        """Show the running time as of core's clock."""
        if self._running_here and self._timer is not None:
            seconds = (self.ctx.clock.now() - from_iso(self._timer.started_at)).total_seconds()
            self.timer_label.setText(clock_text(int(seconds)))
        else:
            self.timer_label.setText(clock_text(0))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._running_here:
            self.tick()
            self.tick_timer.start()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.tick_timer.stop()

    def start_timer(self) -> bool:
        if self.ticket_id is None:
            return False
        ticket_id = self.ticket_id
        return self._write(lambda: support_costs.start_timer(self.ctx, ticket_id))

    def stop_timer(self) -> bool:
        """Stop and log what the timer measured (a time entry appears)."""
        self.message.hide()
        try:
            support_costs.stop_timer(self.ctx)
        except CrmError as exc:
            self._say(error_text(exc))
            self.reload()
            return False
        self.reload()
        self.changed.emit()
        return True

    # --- the inline forms --------------------------------------------------------------

    def show_form(self, kind: str) -> RecordForm:
        """Open the inline form for ``kind`` (time, part, travel, expense)."""
        form = self.forms[kind]
        self.form_stack.setCurrentWidget(self.form_boxes[kind])
        self.form_stack.show()
        form.clear_errors()
        self.message.hide()
        first = form.editor(form.keys()[0])
        first.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        return form

    def hide_form(self) -> None:
        self.form_stack.hide()
        for form in self.forms.values():
            form.set_values(dict.fromkeys(form.keys()))

    def current_form(self) -> str | None:
        if self.form_stack.isHidden():
            return None
        widget = self.form_stack.currentWidget()
        return next((kind for kind, box in self.form_boxes.items() if box is widget), None)

    def save_form(self, kind: str) -> bool:
        """Record what the form holds through core; its messages go under the fields."""
        if self.ticket_id is None:
            return False
        form = self.forms[kind]
        values = {key: value for key, value in form.values().items() if value not in ("", None)}
        form.clear_errors()
        self.message.hide()
        try:
            if kind == "time":
                support_costs.log_time(self.ctx, self.ticket_id, values)
            else:
                support_costs.add_cost(self.ctx, self.ticket_id, {"kind": kind, **values})
        except ValidationError as exc:
            rest = form.show_errors(exc.errors)
            if rest:
                self._say("\n".join(render(message) for message in rest.values()))
            return False
        except CrmError as exc:
            self._say(error_text(exc))
            return False
        self.hide_form()
        self.reload()
        self.changed.emit()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _number(value: Any) -> str:
    """2.0 -> "2", 23.5 -> "23.5" in the user's locale."""
    number = float(value)
    if number.is_integer():
        return QLocale().toString(int(number))
    return QLocale().toString(number, "f", 2).rstrip("0").rstrip(QLocale().decimalPoint())

