"""One ticket, as a detail page of the main window (``open_record("ticket", id)``).

Left: the form (customer, problem, handling). Right: the customer at a glance and
the service-level clocks, then four tabs: solutions proposed from the knowledge
base while the problem is typed, the conversation, time & costs, and the
interventions on site. The actions (resolve, close, reopen, make an article, print)
sit under the header.

Everything is read and written through core (tickets, knowledge, support_costs,
customer_status, ticket_sla); the view arranges, shows core's messages next to the
fields they concern, and follows changes made elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from types import ModuleType
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import (
    access,
    customer_status,
    knowledge,
    people,
    permissions,
    records,
    search,
    ticket_sla,
    tickets,
    users,
)
from crm_desktop.core.changes import Change
from crm_desktop.core.clock import to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, NotFound, ValidationError
from crm_desktop.core.field_choices import KINDS as INTERVENTION_KINDS
from crm_desktop.core.field_choices import STATUSES as INTERVENTION_STATUSES
from crm_desktop.core.knowledge import Proposal
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.core.sla_clock import ClockState
from crm_desktop.core.support_choices import (
    ACTIVE_STATUSES,
    CATEGORIES,
    CHANNELS,
    DONE_STATUSES,
    PRIORITIES,
    STATUSES,
)
from crm_desktop.core.support_settings import load_support
from crm_desktop.ui.audit_view import RecordHistoryButton
from crm_desktop.ui.field_panels import FIELD_TABLES, TicketInterventionsPanel
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.intervention_format import planned_text, shop_zone
from crm_desktop.ui.person_detail import CompanyPicker, LinkField, picker_row
from crm_desktop.ui.record_form import (
    MUTED_COLOR,
    ChoiceField,
    LineField,
    RecordDetailView,
    RecordForm,
    TextField,
    choice_items,
    dialog_buttons,
    dialog_form,
    shown,
    write_or_explain,
)
from crm_desktop.ui.suggestions_panel import SUGGESTION_TABLES, SuggestionsPanel
from crm_desktop.ui.support_format import (
    LATE_COLOR,
    OK_COLOR,
    SOON_COLOR,
    badge_style,
    date_text,
    in_sentence,
    label_of,
    local_today,
    minutes_text,
    moment_text,
    money_text,
    status_label,
)
from crm_desktop.ui.ticket_conversation import ConversationPanel
from crm_desktop.ui.ticket_costs import CostsPanel
from crm_desktop.ui.widgets import open_kept

#: Proposals are asked for once typing pauses this long.
PROPOSE_DEBOUNCE_MS = 150
#: The glance and the service-level clocks are read again this often (they move with time).
SLA_TICK_MS = 60_000
#: Changes that may alter what the side panels show.
SIDE_TABLES = frozenset({"tickets", "ticket_events", "time_entries", "ticket_costs", "ticket_solutions",
                         "running_timers", "contracts", "support_levels", "history", "kb_articles", "users",
                         "people", "companies", "settings", "intervention_costs", *FIELD_TABLES})


def blank(value: Any) -> Any:
    """Empty text, an empty list and None are the same for "did this field change"."""
    return None if value in ("", [], ()) else value


class CoreRecords:
    """A core module (its ``TABLE``, ``update`` and ``delete``) seen through the create/update/get/delete
    interface RecordDetailView expects; subclasses name the ``MODULE`` and say how a record is created."""

    MODULE: ModuleType
    TABLE = ""

    @classmethod
    def get(cls, ctx: Context, record_id: str, include_deleted: bool = False) -> dict[str, Any]:
        return records.fetch(ctx.db, cls.TABLE, record_id, include_deleted)

    @classmethod
    def update(cls, ctx: Context, record_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        return cls.MODULE.update(ctx, record_id, values)

    @classmethod
    def delete(cls, ctx: Context, record_id: str) -> None:
        cls.MODULE.delete(ctx, record_id)


class TicketCore(CoreRecords):
    """tickets.py as RecordDetailView sees it."""

    MODULE = tickets
    TABLE = tickets.TABLE

    @staticmethod
    def create(ctx: Context, values: Mapping[str, Any], allow_duplicate: bool = False) -> str:
        return tickets.open_ticket(ctx, values)


# --------------------------------------------------------------------------- fields


class PersonPicker(LinkField):
    """Search-as-you-type person field (name, e-mail, phone...); its value is the person id.

    Core's search finds the few best matches per keystroke; choosing one also tells
    which company the person works for (``chosen(person_id, company_id)``).
    """

    chosen = Signal(str, str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._id: str | None = None
        self._found: dict[str, tuple[str, str]] = {}
        self.labels = QStringListModel(self)
        self.line, self.completer, self.open_button = picker_row(
            self, self.labels, self.tr("Type a name, e-mail or phone…"), self.tr("Open this person"), self._open
        )
        # Core's search already chose and ranked the matches: show them as they are.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.line.textEdited.connect(self._typed)
        self.completer.activated.connect(self._picked)

    def _lookup(self, text: str) -> None:
        seen = access.seen_by(self.ctx.user)  # a technician picks among the people of their jobs
        hits = [hit for hit in search.search(self.ctx.db, text, 12, seen_by=seen)
                if hit.kind == "person"] if text.strip() else []
        self._found = {}
        for hit in hits:
            label = f"{hit.title} — {hit.subtitle}" if hit.subtitle else hit.title
            self._found[label] = (hit.id, hit.company_id or "")
        self.labels.setStringList(list(self._found))

    def _typed(self, text: str) -> None:
        self._lookup(text)
        self._id = None
        self.open_button.setEnabled(False)
        self.edited.emit()

    def _picked(self, label: str) -> None:
        found = self._found.get(label)
        if found is None:
            return
        self._id = found[0]
        self.line.setText(label.split(" — ")[0])
        self.line.setCursorPosition(0)
        self.open_button.setEnabled(True)
        self.edited.emit()
        self.chosen.emit(found[0], found[1])

    def value(self) -> Any:
        if self._id:
            return self._id
        text = self.line.text().strip()
        if not text:
            return None
        self._lookup(text)
        if len(self._found) == 1:  # typed without picking, but only one person matches
            return next(iter(self._found.values()))[0]
        return text  # core says this person does not exist, under the field

    def set_value(self, value: Any) -> None:
        self._id = str(value) if value else None
        name = ""
        if self._id:
            try:
                name = people.display_name(people.get(self.ctx, self._id, include_deleted=True))
            except NotFound:
                name = ""
        self.line.set_value(name)
        self.open_button.setEnabled(self._id is not None)


class CategoryField(QComboBox):
    """Core's categories in the user's language, or any category typed by hand.

    A listed category is stored as core's key (so queues filter on it whatever the
    language); anything else is stored as typed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for key, label in CATEGORIES.items():
            self.addItem(core_tr(label), key)
        self.lineEdit().textEdited.connect(lambda _t: self.edited.emit())
        self.activated.connect(lambda _i: self.edited.emit())
        self.setMinimumWidth(170)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def value(self) -> Any:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index > 0 else text

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(0)
            self.setEditText(str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self


# --------------------------------------------------------------------------- side panels


class GlancePanel(QGroupBox):
    """The customer at a glance: contract, hours used, other open tickets, revenue, visits, interventions."""

    open_record = Signal(str, str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customer at a glance"), parent)
        self.ctx = ctx
        self.currency = load_business(ctx.db).currency or "EUR"
        self.status: customer_status.CustomerStatus | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.linkActivated.connect(self._link)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def _link(self, link: str) -> None:
        kind, _, record_id = link.partition(":")
        if kind and record_id:
            self.open_record.emit(kind, record_id)

    def show_customer(self, company_id: str | None, person_id: str | None, ticket_id: str | None) -> None:
        if not company_id and not person_id:
            self.status = None
            hint = self.tr("Choose the customer to see their contract and history.")
            self.label.setText(f'<span style="color:{MUTED_COLOR}">{escape(hint)}</span>')
            return
        today = local_today(self.ctx.clock.now()).toPython()
        status = customer_status.status(self.ctx.db, company_id, person_id, today, exclude_ticket=ticket_id)
        self.status = status
        lines: list[str] = []
        if status.contract_valid:
            until = (self.tr("valid until {day}").format(day=date_text(status.contract_ends_on))
                     if status.contract_ends_on else self.tr("valid, no end date"))
            lines.append(self.tr("<b>Support level:</b> {level}, {until}").format(
                level=escape(status.level_name or ""), until=escape(until)))
        elif status.expired_level_name:
            lines.append(f'<span style="color:{LATE_COLOR}">' + self.tr(
                "<b>Support level:</b> none valid today ({level} expired)").format(
                level=escape(status.expired_level_name)) + "</span>")
        else:
            lines.append(self.tr("<b>Support level:</b> no contract"))
        used = minutes_text(status.minutes_used) if status.minutes_used else self.tr("none")
        if status.minutes_included:
            text = self.tr("<b>Support this year:</b> {used} of {included} included").format(
                used=used, included=minutes_text(status.minutes_included))
            if status.over_included:
                text = f'<span style="color:{LATE_COLOR}">{text}</span>'
            lines.append(text)
        else:
            lines.append(self.tr("<b>Support this year:</b> {used}").format(used=used))
        if status.open_tickets:
            links = ", ".join(
                f'<a href="ticket:{escape(t["id"])}">{escape(t["number"])}</a> {escape(t["subject"] or "")}'
                for t in status.open_tickets[:4])
            more = len(status.open_tickets) - 4
            if more > 0:
                links += " " + self.tr("and {n} more").format(n=more)
            lines.append(self.tr("<b>Other open tickets:</b> {tickets}").format(tickets=links))
        else:
            lines.append(self.tr("<b>Other open tickets:</b> none"))
        revenue = "—" if status.revenue_cents is None else money_text(status.revenue_cents, self.currency)
        lines.append(self.tr("<b>Revenue to date:</b> {amount}").format(amount=escape(revenue)))
        if status.last_visits:
            visits = "; ".join(f"{escape(date_text(v['occurred_at']))} {escape(v.get('subject') or '')}"
                               for v in status.last_visits)
            lines.append(self.tr("<b>Last visits:</b> {visits}").format(visits=visits))
        else:
            lines.append(self.tr("<b>Last visits:</b> none"))
        lines.extend(self.intervention_lines(status))
        self.label.setText("<br/>".join(lines))

    def intervention_lines(self, status: customer_status.CustomerStatus) -> list[str]:
        """The next intervention and the latest ones, each a link that opens it."""
        zone = shop_zone(self.ctx)
        lines = []
        coming = status.next_intervention
        if coming:
            lines.append(self.tr("<b>Next intervention:</b> {intervention}").format(
                intervention=self._intervention_link(coming, planned_text(coming, zone))))
        if status.last_interventions:
            done = "; ".join(self._intervention_link(row, date_text(row.get("at"), zone))
                             for row in status.last_interventions)
            lines.append(self.tr("<b>Last interventions:</b> {interventions}").format(interventions=done))
        elif not coming:
            lines.append(self.tr("<b>Interventions:</b> none"))
        return lines

    def _intervention_link(self, row: Mapping[str, Any], when: str) -> str:
        link = f'<a href="intervention:{escape(str(row["id"]))}">{escape(str(row.get("number") or ""))}</a>'
        kind = escape(label_of(INTERVENTION_KINDS, row.get("kind")))
        state = escape(label_of(INTERVENTION_STATUSES, row.get("status")))
        if when:
            return self.tr("{number} {when} ({kind}, {status})").format(number=link, when=escape(when), kind=kind,
                                                                         status=state)
        return self.tr("{number} ({kind}, {status})").format(number=link, kind=kind, status=state)


class SlaPanel(QGroupBox):
    """Both service-level clocks: due, met, missed or paused, with the business time left."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Service level"), parent)
        self.ctx = ctx
        self.sla: ticket_sla.TicketSla | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        self.response = QLabel(self)
        self.resolution = QLabel(self)
        for label in (self.response, self.resolution):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)

    def show_ticket(self, ticket_id: str | None) -> None:
        if ticket_id is None:
            self.sla = None
            hint = self.tr("The clocks start when the ticket is saved.")
            self.response.setText(f'<span style="color:{MUTED_COLOR}">{escape(hint)}</span>')
            self.resolution.setText("")
            return
        now = self.ctx.clock.now()
        support = load_support(self.ctx.db)
        self.sla = ticket_sla.compute(self.ctx.db, ticket_id, now, support.business_hours())
        today = local_today(now)
        warn = support.warn_minutes
        self.response.setText(self.tr("<b>First response:</b> {state}").format(
            state=self.state_text(self.sla.response, today, warn)))
        self.resolution.setText(self.tr("<b>Resolution:</b> {state}").format(
            state=self.state_text(self.sla.resolution, today, warn)))

    def state_text(self, state: ClockState | None, today: Any, warn: int) -> str:
        """One clock in words (rich text, coloured when late or close)."""
        if state is None or state.target_minutes is None:
            text = self.tr("no target (no support level)")
            return f'<span style="color:{MUTED_COLOR}">{escape(text)}</span>'
        remaining = state.remaining_minutes or 0.0
        if state.stopped_at is not None:
            if state.met:
                met = self.tr("met")
                return f'<span style="color:{OK_COLOR}">{escape(met)}</span>'
            missed = self.tr("missed by {time}").format(time=minutes_text(-remaining))
            return f'<span style="color:{LATE_COLOR}">{escape(missed)}</span>'
        if state.paused:
            text = self.tr("paused, waiting on the customer ({time} left)").format(time=minutes_text(remaining)) \
                if remaining > 0 else self.tr("paused, waiting on the customer (late by {time})").format(
                    time=minutes_text(-remaining))
            return f'<span style="color:{MUTED_COLOR}">{escape(text)}</span>'
        due = moment_text(to_iso(state.due), today) if state.due else ""
        if remaining < 0:
            text = self.tr("late by {time} (was due {due})").format(time=minutes_text(-remaining), due=due)
            return f'<span style="color:{LATE_COLOR}"><b>{escape(text)}</b></span>'
        text = self.tr("due {due}, {time} left").format(due=due, time=minutes_text(remaining))
        color = SOON_COLOR if remaining <= warn else ""
        return f'<span style="color:{color}">{escape(text)}</span>' if color else escape(text)


class ProposalsPanel(QWidget):
    """Solutions that may fit: articles and past tickets, best first; Apply links one."""

    apply_requested = Signal(str, str)  # kind ("article" / "ticket"), id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposals: list[Proposal] = []
        self.applied: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setObjectName("proposals")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Solution"), self.tr("From"), self.tr("Solved")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.itemActivated.connect(lambda _item, _col: self.apply_current())
        self.solution = QTextBrowser(splitter)
        self.solution.setObjectName("proposalSolution")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.solution)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.apply_button = QPushButton(self.tr("Apply this solution"), self)
        self.apply_button.setToolTip(self.tr("Link it to the ticket; it shows in the conversation and counts as "
                                             "solved when the ticket is resolved"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_current)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.show_proposals([], typed=False)

    def show_proposals(self, proposals: list[Proposal], typed: bool = True) -> None:
        current = self.current()
        self.proposals = proposals
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for proposal in proposals:
            if proposal.kind == "article":
                source = self.tr("Article")
            else:
                source = self.tr("Ticket {number}").format(number=proposal.number or "")
            if proposal.id in self.applied:
                source = self.tr("{source} — applied").format(source=source)
            solved = self.tr("{n}×").format(n=proposal.solved) if proposal.solved else "—"
            item = QTreeWidgetItem([proposal.title, source, solved])
            item.setData(0, Qt.ItemDataRole.UserRole, proposal.id)
            item.setToolTip(0, proposal.title)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if proposal.id in self.applied:
                for column in range(3):
                    item.setFont(column, bold)
            self.tree.addTopLevelItem(item)
        if proposals:
            self.hint.setText(self.tr("Best first: how well each matches the problem, and how often it solved "
                                      "one before."))
            keep = next((n for n, p in enumerate(proposals) if current and p.id == current.id), 0)
            self.tree.setCurrentItem(self.tree.topLevelItem(keep))
        else:
            self.hint.setText(self.tr("No known solution matches yet.") if typed else
                              self.tr("Type the subject and the description: solutions from the knowledge base "
                                      "and from past tickets appear here."))
            self.solution.clear()
        self._selected()

    def current(self) -> Proposal | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((p for p in self.proposals if p.id == wanted), None)

    def select(self, proposal_id: str) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(0, Qt.ItemDataRole.UserRole) == proposal_id:
                self.tree.setCurrentItem(item)
                return
        raise KeyError(proposal_id)

    def _selected(self, *_args: object) -> None:
        proposal = self.current()
        self.apply_button.setEnabled(proposal is not None and proposal.id not in self.applied)
        if proposal is None:
            self.solution.clear()
            return
        product = f"<p style='color:{MUTED_COLOR}'>{escape(proposal.product)}</p>" if proposal.product else ""
        body = escape(proposal.solution or "").replace("\n", "<br/>")
        self.solution.setHtml(f"<h3>{escape(proposal.title)}</h3>{product}<p>{body}</p>")

    def apply_current(self) -> None:
        proposal = self.current()
        if proposal is not None and proposal.id not in self.applied:
            self.apply_requested.emit(proposal.kind, proposal.id)


class ResolveDialog(QDialog):
    """Asks what solved the problem, then resolves (or closes) the ticket through core."""

    status_set = Signal(str)  # the status reached

    def __init__(self, ctx: Context, ticket_id: str, status: str, resolution: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ticket_id = ticket_id
        self.status = status
        self.setWindowTitle(self.tr("Resolve the ticket") if status == "resolved" else self.tr("Close the ticket"))
        self.setMinimumSize(480, 300)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("What solved the problem? It is kept with the ticket, proposed for similar "
                               "problems later, and can become a knowledge base article."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form, section = dialog_form(self)
        self.text = self.form.add_wide_field(section, "resolution", TextField(140))
        self.text.set_value(resolution)
        layout.addWidget(self.form, 1)
        ok_text = self.tr("Resolve") if status == "resolved" else self.tr("Close ticket")
        self.message, self.ok_button = dialog_buttons(self, layout, ok_text, self.confirm)
        self.text.setFocus()

    def confirm(self) -> bool:
        self.message.hide()
        if not write_or_explain(self.form, shown(self.message),
                                lambda: tickets.set_status(self.ctx, self.ticket_id, self.status, self.text.value())):
            return False
        self.status_set.emit(self.status)
        self.accept()
        return True


# --------------------------------------------------------------------------- the ticket


class SharedRecordView(RecordDetailView):
    """A record others work on at the same time (a ticket, an intervention), with its customer in the form.

    Only what was changed in the form is saved; a change made elsewhere to fields not touched here is simply
    taken. Subclasses set ``EDITABLE`` (core's editable fields), keep ``_snapshot`` (the form's values as
    loaded) and have ``person_picker``, ``company_picker``, ``_after_action()`` and ``_update_actions()``.
    """

    EDITABLE: tuple[str, ...] = ()
    _snapshot: dict[str, Any]

    def _update_changed(self, values: Mapping[str, Any]) -> str:
        """Save only the fields changed since the form was loaded."""
        assert self.record_id is not None
        changed = {k: v for k, v in values.items() if blank(v) != blank(self._snapshot.get(k))}
        if changed:
            self.CORE.update(self.ctx, self.record_id, changed)
        return self.record_id

    def _save_first(self) -> bool:
        """Actions work on the saved record: save a new one or pending edits first."""
        if self.record_id is None or self.form.modified:
            return self.save()
        return True

    def _act(self, action: Callable[[], object]) -> bool:
        """Run one core action on the record (a status...): refused, say why; done, show the record as it is now."""
        try:
            action()
        except ValidationError as exc:
            self._show_validation(exc)
            return False
        except CrmError as exc:
            self.banner.show_message(error_text(exc))
            return False
        self._after_action()
        return True

    def customer_links(self, row: Mapping[str, Any]) -> list[str]:
        """Links to the person and the company of the header's subtitle."""
        parts: list[str] = []
        if row.get("person_id"):
            name = self.person_picker.line.text().strip()
            if name:
                parts.append(self.link("person", row["person_id"], name))
        if row.get("company_id"):
            name = self.company_picker.company_name()
            if name:
                parts.append(self.link("company", row["company_id"], name))
        return parts

    # ---- changes made elsewhere

    def _apply_changes(self) -> None:
        """Work on the record elsewhere (a button, another user, a sync) touches its row.

        While the form has unsaved edits, fields the user did not touch simply take
        the new values; only a field both changed here and there is a conflict.
        """
        if self.record_id and self.form.modified and not self._gone:
            mine = [c for c in self._pending if c.table == self.CORE.TABLE and c.id == self.record_id
                    and c.op == "update"]
            if mine and self._merge_quietly():
                self._pending = [c for c in self._pending if c not in mine]
                self.handle_changes(mine)
        super()._apply_changes()

    def _merge_quietly(self) -> bool:
        assert self.record_id is not None
        try:
            fresh = self.CORE.get(self.ctx, self.record_id)
        except NotFound:
            return False
        changed = [k for k in self.EDITABLE if blank(fresh.get(k)) != blank(self.row.get(k))]
        for key in changed:
            if blank(self.form.editor(key).value()) != blank(self._snapshot.get(key)):
                return False  # edited here too: let the user choose
        for key in changed:
            editor = self.form.editor(key)
            editor.set_value(fresh.get(key))
            self._snapshot[key] = editor.value()
        self.row = fresh
        self.update_header()
        return True

    def _record_gone(self, text: str) -> None:
        super()._record_gone(text)
        self._update_actions()


class TicketDetailView(SharedRecordView):
    """A ticket: form, customer at a glance, service level, solutions, conversation, time and costs."""

    KIND = "ticket"
    CORE = TicketCore  # type: ignore[assignment]
    EDITABLE = tickets.EDITABLE
    WRITE_PERM = Perm.TICKET_WRITE
    DELETE_PERM = Perm.TICKET_DELETE

    #: Proposals were read again for what is typed (their number).
    proposals_updated = Signal(int)
    #: A new intervention for this ticket: its initial values (ticket_id, company_id, person_id, subject, kind).
    new_intervention_requested = Signal(dict)

    def __init__(self, ctx: Context, ticket_id: str | None, parent: QWidget | None = None, *,
                 initial: Mapping[str, Any] | None = None) -> None:
        self._initial = dict(initial or {})
        self._snapshot: dict[str, Any] = {}
        self.resolve_dialog: ResolveDialog | None = None
        super().__init__(ctx, ticket_id, parent)
        self._build_actions()
        self._arrange_side()
        self._update_actions()
        if ticket_id is None:
            self.tabs.setCurrentWidget(self.proposals)
            self.form.editor("subject").setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tabs.setCurrentWidget(self.conversation)
        self.sla_timer = QTimer(self)
        self.sla_timer.setInterval(SLA_TICK_MS)
        self.sla_timer.timeout.connect(self.tick)
        self.sla_timer.start()

    # ---- form

    def build_form(self, form: RecordForm) -> None:
        customer = form.add_section(self.tr("Customer"))
        self.person_picker = PersonPicker(self.ctx)
        self.person_picker.open_requested.connect(lambda pid: self.open_record.emit("person", pid))
        self.person_picker.chosen.connect(self._person_chosen)
        form.add_field(customer, "person_id", self.tr("Person"), self.person_picker)
        self.company_picker = CompanyPicker(self.ctx)
        self.company_picker.open_requested.connect(lambda cid: self.open_record.emit("company", cid))
        form.add_field(customer, "company_id", self.tr("Company"), self.company_picker)

        problem = form.add_section(self.tr("Problem"))
        form.add_field(problem, "subject", self.tr("Subject"), LineField(200, self.tr("What is the problem?")))
        form.add_field(problem, "description", self.tr("Description"), TextField(120))
        form.add_field(problem, "category", self.tr("Category"), CategoryField())
        form.add_field(problem, "product", self.tr("Product"), LineField(120, self.tr("Make, model, version…")))
        form.add_field(problem, "channel", self.tr("Channel"), ChoiceField(choice_items(CHANNELS), allow_empty=False))

        handling = form.add_section(self.tr("Handling"))
        form.add_field(handling, "priority", self.tr("Priority"),
                       ChoiceField(choice_items(PRIORITIES), allow_empty=False))
        form.add_field(handling, "status", self.tr("Status"), ChoiceField(choice_items(STATUSES), allow_empty=False))
        assignees = [(u.id, u.name) for u in users.list_users(self.ctx.db)]
        assignee = ChoiceField(assignees)
        assignee.setItemText(0, self.tr("Unassigned"))
        form.add_field(handling, "assignee_id", self.tr("Assigned to"), assignee)
        form.add_field(handling, "resolution", self.tr("Resolution"), TextField(90))

        self._propose_timer = QTimer(self)
        self._propose_timer.setSingleShot(True)
        self._propose_timer.setInterval(PROPOSE_DEBOUNCE_MS)
        self._propose_timer.timeout.connect(self.update_proposals)
        form.editor("subject").edited.connect(self._propose_timer.start)
        form.editor("description").edited.connect(self._propose_timer.start)
        self._glance_timer = QTimer(self)
        self._glance_timer.setSingleShot(True)
        self._glance_timer.setInterval(PROPOSE_DEBOUNCE_MS)
        self._glance_timer.timeout.connect(self.update_glance)
        self.person_picker.edited.connect(self._glance_timer.start)
        self.company_picker.edited.connect(self._glance_timer.start)
        form.editor("status").edited.connect(self._status_edited)

    def default_values(self) -> dict[str, Any]:
        return {"channel": "phone", "priority": "normal", "status": "new", **self._initial}

    def _person_chosen(self, _person_id: str, company_id: str) -> None:
        """Picking a person fills in their company (the contract is usually the company's)."""
        if company_id and self.company_picker.value() != company_id:
            self.company_picker.set_value(company_id)
        self._glance_timer.start()

    def _status_edited(self) -> None:
        status = self.form.editor("status").value()
        self.form.set_field_visible("resolution", status in DONE_STATUSES or bool(self.row.get("resolution")))

    # ---- side panels

    def build_tabs(self, tabs: QTabWidget) -> None:
        self.glance = GlancePanel(self.ctx)
        self.glance.open_record.connect(self.open_record)
        self.sla_panel = SlaPanel(self.ctx)
        self.proposals = ProposalsPanel(tabs)
        self.proposals.apply_requested.connect(self.apply_solution)
        self.conversation = ConversationPanel(self.ctx, tabs)
        self.costs = CostsPanel(self.ctx, None, tabs)
        self.onsite = TicketInterventionsPanel(self.ctx, None, tabs)
        self.onsite.open_intervention.connect(lambda iid: self.open_record.emit("intervention", iid))
        self.onsite.new_intervention.connect(self.plan_intervention)
        tabs.addTab(self.proposals, self.tr("Solutions"))
        tabs.addTab(self.conversation, self.tr("Conversation"))
        tabs.addTab(self.costs, self.tr("Time && costs"))
        tabs.addTab(self.onsite, self.tr("On site"))
        self.suggestions = SuggestionsPanel(self.ctx, parent=tabs, compact=True)
        tabs.addTab(self.suggestions, self.suggestions.tab_title())

    def _arrange_side(self) -> None:
        """The glance and the clocks above the tabs, on the right."""
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.glance, 3)
        top.addWidget(self.sla_panel, 2)
        layout.addLayout(top)
        sizes = self.splitter.sizes()
        self.splitter.insertWidget(1, side)
        layout.addWidget(self.tabs, 1)  # moves the tabs out of the splitter, into the side column
        self.splitter.setSizes(sizes)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 7)

    def _build_actions(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.resolve_button = QPushButton(self.tr("Resolve…"), self)
        self.resolve_button.setToolTip(self.tr("Write what solved the problem and resolve the ticket"))
        self.resolve_button.clicked.connect(lambda: self.resolve("resolved"))
        self.close_ticket_button = QPushButton(self.tr("Close ticket"), self)
        self.close_ticket_button.setToolTip(self.tr("Nothing more to do for the customer"))
        self.close_ticket_button.clicked.connect(lambda: self.resolve("closed"))
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.clicked.connect(self.reopen)
        self.article_button = QPushButton(self.tr("Make knowledge article"), self)
        self.article_button.setToolTip(self.tr("Turn this solved problem into an article proposed for similar "
                                               "problems"))
        self.article_button.clicked.connect(self.make_article)
        self.print_button = QPushButton(self.tr("Print / PDF…"), self)
        self.print_button.clicked.connect(self.print_report)
        # The ticket's changes with its messages, time and costs (managers and admins).
        self.history_button = RecordHistoryButton(self.ctx, "tickets", lambda: self.record_id, self)
        self.action_buttons = (self.resolve_button, self.close_ticket_button, self.reopen_button,
                               self.article_button, self.print_button, self.history_button)
        for button in self.action_buttons:
            button.setAutoDefault(False)
            bar.addWidget(button)
        bar.addStretch(1)
        self.action_bar = QWidget(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.action_bar.setLayout(bar)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(1, self.action_bar)

    def _update_actions(self) -> None:
        if not hasattr(self, "resolve_button"):
            return  # still being built
        status = self.row.get("status")
        saved = self.record_id is not None and not self._gone
        write = self.can_write and saved
        role = self.ctx.user.role
        self.resolve_button.setVisible(self.can_write)
        self.close_ticket_button.setVisible(self.can_write)
        self.reopen_button.setVisible(self.can_write)
        self.article_button.setVisible(permissions.allowed(role, Perm.KB_WRITE))
        self.resolve_button.setEnabled(write and status in ACTIVE_STATUSES)
        self.close_ticket_button.setEnabled(write and status != "closed")
        self.reopen_button.setEnabled(write and status in DONE_STATUSES)
        self.article_button.setEnabled(saved and status in DONE_STATUSES
                                       and knowledge.article_of(self.ctx.db, self.record_id or "") is None)
        self.print_button.setEnabled(saved)
        self.history_button.refresh()
        self.action_bar.setVisible(self.record_id is not None)  # a new ticket has nothing to act on yet

    # ---- loading

    def row_to_form(self, row: Mapping[str, Any]) -> dict[str, Any]:
        return dict(row)

    def load(self) -> None:
        super().load()
        self._snapshot = self.form.values()
        is_new = self.record_id is None
        self.form.set_field_visible("status", not is_new)
        self._status_edited()
        self._update_actions()
        self.refresh_side()

    def record_id_set(self) -> None:
        for tab in (self.conversation, self.costs, self.onsite):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), True)

    def refresh_side(self) -> None:
        """Glance, clocks, proposals, conversation, time and costs as core has them now."""
        ticket = self.row if self.record_id else None
        if self.record_id is None:
            for tab in (self.conversation, self.costs, self.onsite):
                self.tabs.setTabEnabled(self.tabs.indexOf(tab), False)
        self.update_glance()
        self.sla_panel.show_ticket(self.record_id if not self._gone else None)
        self.conversation.set_ticket(ticket)
        closed = self.row.get("status") == "closed"
        if self.costs.ticket_id != self.record_id:
            self.costs.set_ticket(self.record_id, closed)
        elif closed != self.costs.closed:
            self.costs.set_closed(closed)
        else:
            self.costs.reload()
        self.onsite.set_ticket(ticket if not self._gone else None)
        n = self.onsite.count()
        self.tabs.setTabText(self.tabs.indexOf(self.onsite),
                             self.tr("On site ({n})").format(n=n) if n else self.tr("On site"))
        self.update_suggestions()
        self.update_proposals()

    def update_suggestions(self) -> None:
        """What the ticket's customer may need next (as saved), in the Suggestions tab and its title."""
        row = self.row if self.record_id and not self._gone else {}
        self.suggestions.set_customer(row.get("company_id"), row.get("person_id"))
        self.tabs.setTabText(self.tabs.indexOf(self.suggestions), self.suggestions.tab_title())

    def tick(self) -> None:
        """A minute passed: the clocks (and the hours used today) move on."""
        if self.isVisible():
            self.sla_panel.show_ticket(self.record_id if not self._gone else None)

    def update_glance(self) -> None:
        self._glance_timer.stop()
        company = self.company_picker.value()
        person = self.person_picker.value()
        # Only ids count: a half-typed name is not a customer yet.
        company_id = company if company and company == self.company_picker._id else None
        person_id = person if person and person == self.person_picker._id else None
        if person_id is None and company_id is None and self.record_id and not self.form.modified:
            company_id, person_id = self.row.get("company_id"), self.row.get("person_id")
        self.glance.show_customer(company_id, person_id, self.record_id)

    def update_proposals(self) -> None:
        """Ask core for solutions matching the subject and description typed so far."""
        self._propose_timer.stop()
        subject = str(self.form.editor("subject").value() or "")
        description = str(self.form.editor("description").value() or "")
        person = self.person_picker.value()
        language = knowledge.customer_language(self.ctx.db, person if person == self.person_picker._id else None)
        found = knowledge.propose(self.ctx.db, subject, description, exclude_ticket=self.record_id,
                                  language=language)
        applied = knowledge.applied(self.ctx.db, self.record_id) if self.record_id else []
        self.proposals.applied = {a["article_id"] or a["source_ticket_id"] for a in applied}
        self.proposals.show_proposals(found, typed=bool(subject.strip() or description.strip()))
        self.proposals_updated.emit(len(found))

    # ---- header

    def empty_title(self) -> str:
        return self.tr("New ticket")

    def update_header(self) -> None:
        row = self.row
        if not row:
            self.title_label.setText(self.tr("New ticket"))
            self.badge.hide()
            self.subtitle_label.setText(self.tr("Who calls, and what is the problem?"))
            self.subtitle_label.setVisible(True)
            return
        self.title_label.setText(f"{row.get('number', '')}  {row.get('subject') or ''}".strip())
        self.badge.setText(status_label(row.get("status")))
        self.badge.setStyleSheet(badge_style(row.get("status")))
        self.badge.show()
        parts = self.customer_links(row)
        today = local_today(self.ctx.clock.now())
        when = in_sentence(moment_text(row.get("opened_at"), today))
        parts.append(escape(self.tr("opened {when}").format(when=when)))
        priority = row.get("priority")
        if priority in ("high", "urgent"):
            parts.append(f'<b style="color:{LATE_COLOR}">{escape(core_tr(PRIORITIES[priority]))}</b>')
        self.subtitle_label.setText("  ·  ".join(parts))
        self.subtitle_label.setVisible(True)
        self._update_actions()

    # ---- saving

    def write(self, values: dict[str, Any]) -> str:
        """Open the ticket, or save what was changed in the form (only that: others may work on it too)."""
        if self.record_id is None:
            values = {k: v for k, v in values.items() if k not in ("status", "resolution")}
            return tickets.open_ticket(self.ctx, values)
        return self._update_changed(values)

    # ---- actions

    def apply_solution(self, kind: str, proposal_id: str) -> bool:
        """Link a proposed solution to the ticket (a new ticket is saved first)."""
        if not self._save_first() or self.record_id is None:
            return False
        try:
            if kind == "article":
                knowledge.apply(self.ctx, self.record_id, article_id=proposal_id)
            else:
                knowledge.apply(self.ctx, self.record_id, source_ticket_id=proposal_id)
        except CrmError as exc:
            self.banner.show_message(error_text(exc))
            return False
        self.refresh_side()
        return True

    def _proposed_resolution(self) -> str:
        """The resolution so far, else the solution last applied (the usual answer)."""
        if self.row.get("resolution"):
            return str(self.row["resolution"])
        applied = knowledge.applied(self.ctx.db, self.record_id) if self.record_id else []
        return str(applied[-1].get("solution") or "") if applied else ""

    def resolve(self, status: str = "resolved") -> ResolveDialog | None:
        """Resolve (or close) the ticket: asks for the resolution, prefilled from the applied solution."""
        if not self._save_first() or self.record_id is None:
            return None
        if status == "closed" and self.row.get("resolution"):
            self._set_status("closed")
            return None
        dialog = ResolveDialog(self.ctx, self.record_id, status, self._proposed_resolution(), self)
        dialog.status_set.connect(lambda _status: self._after_action())
        open_kept(self, dialog, "resolve_dialog")
        return dialog

    def reopen(self) -> bool:
        if not self._save_first():
            return False
        return self._set_status("reopened")

    def _set_status(self, status: str) -> bool:
        record_id = self.record_id
        assert record_id is not None
        return self._act(lambda: tickets.set_status(self.ctx, record_id, status))

    def _after_action(self) -> None:
        self.banner.hide()
        self.load()

    def make_article(self) -> str | None:
        """Turn the resolved ticket into a knowledge base article, and say so."""
        if self.record_id is None:
            return None
        try:
            article_id = knowledge.from_ticket(self.ctx, self.record_id)
        except CrmError as exc:
            self.banner.show_message(error_text(exc))
            return None
        title = knowledge.get(self.ctx.db, article_id)["title"]
        self._update_actions()
        self.banner.show_message(
            self.tr("The article “{title}” was added to the knowledge base.").format(title=title), error=False,
            action_text=self.tr("Open it"), action=lambda: self.open_record.emit("kb_article", article_id))
        return article_id

    def plan_intervention(self, _values: dict[str, Any] | None = None) -> bool:
        """Ask for a new intervention on this ticket (saved first), for its customer and with its subject."""
        if not self._save_first() or self.record_id is None:
            return False
        self.onsite.set_ticket(self.row)
        values = self.onsite.initial_values()
        if not values:
            return False
        self.new_intervention_requested.emit(values)
        return True

    def print_report(self) -> None:
        """The ticket report (preview, PDF, print)."""
        if self.record_id is None:
            return
        from crm_desktop.ui.report_dialog import show_ticket_report

        show_ticket_report(self.ctx, self.record_id, self)

    # ---- changes made elsewhere

    def handle_changes(self, changes: list[Change]) -> None:
        tables = {c.table for c in changes}
        if "users" in tables:
            self.conversation.reload()
        if self.record_id and tables & SIDE_TABLES:
            self.refresh_side()
        elif self.record_id and tables & SUGGESTION_TABLES:
            self.update_suggestions()


def new_ticket_initial(person_id: str | None, company_id: str | None) -> dict[str, Any]:
    """The values a ticket opened from a customer's page starts with."""
    return {key: value for key, value in (("person_id", person_id), ("company_id", company_id)) if value}

