"""A person: the form on the left, their timeline and files on the right.

Everything is read and written through core.people; the view only arranges fields,
shows core's messages under them and follows changes made elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QTabWidget, QToolButton, QWidget

from crm_desktop.core import companies, people, users
from crm_desktop.core.changes import Change
from crm_desktop.core.choices import PERSON_LANGUAGES, SOURCES, STAGES
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.ui.attachments_panel import AttachmentsPanel
from crm_desktop.ui.audit_view import RecordHistoryButton
from crm_desktop.ui.consent_editor import ConsentEditor
from crm_desktop.ui.customer_tabs import add_customer_tabs
from crm_desktop.ui.field_panels import FIELD_TABLES, CustomerInterventionsPanel
from crm_desktop.ui.gdpr_dialogs import PersonalDataButton
from crm_desktop.ui.record_form import (
    ChoiceField,
    CustomFieldsField,
    DateField,
    LineField,
    ListField,
    MoneyField,
    PhoneField,
    RecordDetailView,
    RecordForm,
    SuffixField,
    TextField,
    add_address,
    choice_items,
)
from crm_desktop.ui.support_panels import ContractsPanel, CustomerTicketsPanel
from crm_desktop.ui.timeline_view import TimelineView
from crm_desktop.ui.value_card import ValueCard, place_under_header

#: Changes that never alter a person's timeline.
NOT_TIMELINE = frozenset({"attachments", "users", "settings", "people", "companies", "contracts", "support_levels",
                          "running_timers", "kb_articles", "technicians", "absences", "products", "stock_locations",
                          "stock_movements", "stock_minimums", "intervention_parts", "intervention_costs",
                          "maintenance_plans"})
#: Changes that may alter the person's tickets tab.
TICKET_TABLES = frozenset({"tickets", "ticket_events", "ticket_sla", "users"})
#: Changes that may alter the person's support contract.
CONTRACT_TABLES = frozenset({"contracts", "support_levels", "companies"})


def link_row(
    owner: QWidget, max_length: int, hint: str, open_tip: str, open_chosen: Callable[[], None]
) -> tuple[QHBoxLayout, LineField, QToolButton]:
    """A linked record's row: the line to type it in and a disabled "open it" button (texts come translated)."""
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    line = LineField(max_length, hint, owner)
    open_button = QToolButton(owner)
    open_button.setText("↗")
    open_button.setToolTip(open_tip)
    open_button.setEnabled(False)
    open_button.clicked.connect(open_chosen)
    layout.addWidget(line, 1)
    layout.addWidget(open_button)
    return layout, line, open_button


def picker_row(
    owner: QWidget, names: QStringListModel, hint: str, open_tip: str, open_chosen: Callable[[], None]
) -> tuple[LineField, QCompleter, QToolButton]:
    """A record picker's row: the line with its completer over ``names``, and a disabled "open it" button.

    The company and person pickers look and behave alike; texts come translated by the picker.
    """
    _layout, line, open_button = link_row(owner, 200, hint, open_tip, open_chosen)
    completer = QCompleter(names, owner)
    completer.setMaxVisibleItems(12)
    line.setCompleter(completer)
    return line, completer, open_button


class LinkField(QWidget):
    """A form field whose value is a linked record's id, typed in ``line``; its ↗ button emits ``open_requested``.

    Subclasses set ``line`` and ``_id`` (None while what is typed names no record).
    """

    edited = Signal()
    open_requested = Signal(str)

    line: LineField
    _id: str | None

    def _open(self) -> None:
        if self._id:
            self.open_requested.emit(self._id)

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self.line


class CompanyPicker(LinkField):
    """Search-as-you-type company field; its value is the company id.

    Only a few names are asked from core per keystroke, so it stays instant with
    thousands of companies. A typed name that matches no company is passed on as
    is, and core's "does not exist" message appears under the field.
    """

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._id: str | None = None
        self._found: dict[str, str] = {}
        self.names = QStringListModel(self)
        self.line, self.completer, self.open_button = picker_row(
            self, self.names, self.tr("Type to find a company…"), self.tr("Open this company"), self._open
        )
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.line.textEdited.connect(self._typed)
        self.completer.activated.connect(self._chosen)

    def _lookup(self, text: str) -> None:
        found = companies.names(self.ctx, text.strip(), 20) if text.strip() else []
        self._found = {name: company_id for company_id, name in found}
        self.names.setStringList([name for _cid, name in found])

    def _typed(self, text: str) -> None:
        self._lookup(text)
        self._id = self._exact(text)
        self.open_button.setEnabled(self._id is not None)
        self.edited.emit()

    def _exact(self, text: str) -> str | None:
        wanted = text.strip().casefold()
        for name, company_id in self._found.items():
            if name.casefold() == wanted:
                return company_id
        return None

    def _chosen(self, name: str) -> None:
        self._id = self._found.get(name) or self._exact(name)
        self.open_button.setEnabled(self._id is not None)
        self.edited.emit()

    def company_name(self) -> str:
        return self.line.text().strip()

    def value(self) -> Any:
        if self._id:
            return self._id
        text = self.line.text().strip()
        if not text:
            return None
        self._lookup(text)
        return self._exact(text) or text

    def set_value(self, value: Any) -> None:
        self._id = str(value) if value else None
        name = ""
        if self._id:
            try:
                name = companies.get(self.ctx, self._id, include_deleted=True)["name"]
            except NotFound:
                name = ""
        self.line.set_value(name)
        self.open_button.setEnabled(self._id is not None)


class PersonDetailView(RecordDetailView):
    """One person: identity, contact, address, sales, consent, notes, custom fields."""

    KIND = "person"
    CORE = people
    WRITE_PERM = Perm.PERSON_WRITE
    DELETE_PERM = Perm.PERSON_DELETE

    #: A new ticket for this person: (person id, company id or "").
    new_ticket_requested = Signal(str, str)
    #: A new intervention for this person: its initial values (person_id, company_id).
    new_intervention_requested = Signal(dict)

    def __init__(self, ctx: Context, person_id: str | None, parent: QWidget | None = None, *,
                 initial: Mapping[str, Any] | None = None) -> None:
        business = load_business(ctx.db)
        self._region = business.phone_region or "BE"
        self._currency = business.currency or "EUR"
        self._initial = dict(initial or {})
        super().__init__(ctx, person_id, parent)
        place_under_header(self, self.value_card)  # the customer's value at a glance
        # Consent history, export and erase (GDPR), next to Save.
        self.personal_data = PersonalDataButton(ctx, lambda: self.record_id, self.save_button.parentWidget())
        header = self.save_button.parentWidget().layout()
        header.insertWidget(header.indexOf(self.save_button), self.personal_data, 0, Qt.AlignmentFlag.AlignTop)
        # Its changes, who, when, where (managers and admins).
        self.history_button = RecordHistoryButton(ctx, "people", lambda: self.record_id,
                                                  self.save_button.parentWidget())
        header.insertWidget(header.indexOf(self.personal_data), self.history_button, 0, Qt.AlignmentFlag.AlignTop)

    # ---- form

    def build_form(self, form: RecordForm) -> None:
        identity = form.add_section(self.tr("Identity"))
        form.add_field(identity, "first_name", self.tr("First name"), LineField(100))
        form.add_field(identity, "last_name", self.tr("Last name"), LineField(100))
        form.add_field(identity, "title", self.tr("Job title"), LineField(100))
        self.company_picker = CompanyPicker(self.ctx)
        self.company_picker.open_requested.connect(lambda cid: self.open_record.emit("company", cid))
        form.add_field(identity, "company_id", self.tr("Company"), self.company_picker)
        form.add_field(identity, "language", self.tr("Language"), ChoiceField(choice_items(PERSON_LANGUAGES)))
        form.add_field(identity, "birthday", self.tr("Birthday"), DateField())

        contact = form.add_section(self.tr("Contact"))
        form.add_field(contact, "email", self.tr("E-mail"), LineField(254, self.tr("name@example.com")))
        form.add_field(contact, "email2", self.tr("Other e-mail"), LineField(254))
        form.add_field(contact, "phone", self.tr("Phone"), PhoneField(self._region))
        form.add_field(contact, "mobile", self.tr("Mobile"), PhoneField(self._region))

        add_address(form, self.tr("Address"), self.tr("Street"), self.tr("Postcode"), self.tr("City"),
                    self.tr("Country"))

        sales = form.add_section(self.tr("Sales"))
        form.add_field(sales, "stage", self.tr("Stage"), ChoiceField(choice_items(STAGES), allow_empty=False))
        owners = [(u.id, u.name) for u in users.list_users(self.ctx.db)]
        form.add_field(sales, "owner_id", self.tr("Owner"), ChoiceField(owners))
        form.add_field(sales, "source", self.tr("Source"), ChoiceField(choice_items(SOURCES)))
        form.add_field(sales, "interests", self.tr("Interests"), ListField(hint=self.tr("heat pumps, solar, …")))
        form.add_field(sales, "tags", self.tr("Tags"), ListField(hint=self.tr("vip, newsletter, …")))
        form.add_field(sales, "credit_limit", self.tr("Credit limit"), MoneyField(self._currency))
        form.add_field(sales, "payment_terms_days", self.tr("Payment terms"), SuffixField(self.tr("days"), 80))

        consent = form.add_section(self.tr("Consent"))
        form.add_wide_field(consent, "consent", ConsentEditor(self._today))

        notes = form.add_section(self.tr("Notes"))
        form.add_wide_field(notes, "notes", TextField(110))

        custom = form.add_section(self.tr("Custom fields"))
        form.add_wide_field(custom, "custom", CustomFieldsField())

    def _today(self) -> str:
        return self.ctx.clock.now().astimezone().date().isoformat()

    def default_values(self) -> dict[str, Any]:
        return {"stage": "lead", "owner_id": self.ctx.user.id, **self._initial}

    def row_to_form(self, row: Mapping[str, Any]) -> dict[str, Any]:
        return {**row, "credit_limit": row.get("credit_limit_cents")}

    def set_company(self, company_id: str) -> None:
        """Pre-fill the company (a new person added from a company)."""
        self.company_picker.set_value(company_id)

    # ---- side tabs

    def build_tabs(self, tabs: QTabWidget) -> None:
        self.value_card = ValueCard(self.ctx, self, listen=False)
        self.timeline = TimelineView(self.ctx, person_id=self.record_id, parent=tabs)
        self.timeline.entry_activated.connect(self._entry_activated)
        self.attachments = AttachmentsPanel(self.ctx, "person", self.record_id, parent=tabs)
        self.tickets_panel = CustomerTicketsPanel(self.ctx, person_id=self.record_id, parent=tabs)
        self.tickets_panel.open_ticket.connect(lambda tid: self.open_record.emit("ticket", tid))
        self.tickets_panel.new_ticket_requested.connect(self.request_ticket)
        self.interventions_panel = CustomerInterventionsPanel(self.ctx, person_id=self.record_id, parent=tabs)
        self.interventions_panel.open_intervention.connect(lambda iid: self.open_record.emit("intervention", iid))
        self.interventions_panel.new_intervention.connect(self.request_intervention)
        self.contracts_panel = ContractsPanel(self.ctx, person_id=self.record_id, parent=tabs)
        tabs.addTab(self.timeline, self.tr("Timeline"))
        tabs.addTab(self.attachments, self.tr("Files"))
        tabs.addTab(self.tickets_panel, self.tr("Tickets"))
        tabs.addTab(self.interventions_panel, self.tr("Interventions"))
        self.customer_tabs = add_customer_tabs(self.ctx, tabs, person_id=self.record_id)
        self.sales_panel = self.customer_tabs.sales
        self.suggestions_panel = self.customer_tabs.suggestions
        self.tasks_panel = self.customer_tabs.tasks
        tabs.addTab(self.contracts_panel, self.tr("Contract"))
        self.attachments.changed.connect(self._files_counted)
        self._files_counted(self.attachments.count())
        self._tickets_counted()
        self._interventions_counted()

    def _files_counted(self, n: int) -> None:
        index = self.tabs.indexOf(self.attachments)
        self.tabs.setTabText(index, self.tr("Files ({n})").format(n=n) if n else self.tr("Files"))

    def _tickets_counted(self) -> None:
        n = self.tickets_panel.count()
        index = self.tabs.indexOf(self.tickets_panel)
        self.tabs.setTabText(index, self.tr("Tickets ({n})").format(n=n) if n else self.tr("Tickets"))

    def _interventions_counted(self) -> None:
        n = self.interventions_panel.count()
        index = self.tabs.indexOf(self.interventions_panel)
        self.tabs.setTabText(index, self.tr("Interventions ({n})").format(n=n) if n else self.tr("Interventions"))

    def request_intervention(self, values: dict[str, Any]) -> None:
        """Open a new intervention for this person, at their company when they have one."""
        if self.record_id:
            company_id = self.row.get("company_id")
            self.new_intervention_requested.emit(
                {**values, "person_id": self.record_id, **({"company_id": company_id} if company_id else {})})

    def request_ticket(self) -> None:
        """Open a new ticket for this person (the main window shows it)."""
        if self.record_id:
            self.new_ticket_requested.emit(self.record_id, self.row.get("company_id") or "")

    def _contract_owner(self) -> None:
        """A person who works for a company is covered by the company's contract."""
        company_id = self.row.get("company_id") if self.record_id else None
        if company_id:
            caption = self.tr("Contracts of {company}, which cover this person.").format(
                company=self.company_picker.company_name())
            self.contracts_panel.set_owner(company_id=company_id, caption=caption)
        else:
            self.contracts_panel.set_owner(person_id=self.record_id)

    def _entry_activated(self, source: str, entry_id: str) -> None:
        self.open_record.emit(source, entry_id)

    def record_id_set(self) -> None:
        if self.timeline.model.person_id != self.record_id:
            self.timeline.set_owner(person_id=self.record_id)
        if self.attachments.owner_id != self.record_id:
            self.attachments.set_owner(self.record_id)
        if self.tickets_panel.person_id != self.record_id:
            self.tickets_panel.set_owner(person_id=self.record_id)
            self._tickets_counted()
        self.customer_tabs.set_owner(person_id=self.record_id)
        self.value_card.set_customer(self.row.get("company_id"), self.record_id)
        if self.interventions_panel.person_id != self.record_id:
            self.interventions_panel.set_owner(person_id=self.record_id)
            self._interventions_counted()
        self._contract_owner()

    # ---- header

    def empty_title(self) -> str:
        return self.tr("New person")

    def update_header(self) -> None:
        row = self.row
        name = people.display_name(row) if row else ""
        self.title_label.setText(name or self.tr("New person"))
        self.badge.set_stage(row.get("stage") if row else None)
        parts: list[str] = []
        if row.get("title"):
            parts.append(escape(row["title"]))
        if row.get("company_id"):
            company = self.company_picker.company_name()
            if company:
                parts.append(self.link("company", row["company_id"], company))
        if row.get("city"):
            parts.append(escape(row["city"]))
        self.subtitle_label.setText("  ·  ".join(parts))
        self.subtitle_label.setVisible(bool(parts))
        if hasattr(self, "history_button"):
            self.history_button.refresh()

    # ---- changes made elsewhere

    def handle_changes(self, changes: list[Change]) -> None:
        tables = {c.table for c in changes}
        if "attachments" in tables:
            self.attachments.reload()
        if "users" in tables:
            self.timeline.model.refresh_users()
        ids = {c.id for c in changes if c.table == "companies"}
        if "companies" in tables and (self.row.get("company_id") in ids or None in ids or "" in ids):
            if not self.form.modified:
                self.company_picker.set_value(self.row.get("company_id"))
            self.update_header()
        if self.record_id and tables - NOT_TIMELINE:
            self.timeline.refresh()
        if self.record_id and tables & TICKET_TABLES:
            self.tickets_panel.refresh()
            self._tickets_counted()
        if self.record_id:
            self.customer_tabs.changed(tables)
            self.value_card.notice(changes)
        if self.record_id and tables & FIELD_TABLES:
            self.interventions_panel.refresh()
            self._interventions_counted()
        if self.record_id and tables & CONTRACT_TABLES:
            self.contracts_panel.reload()
