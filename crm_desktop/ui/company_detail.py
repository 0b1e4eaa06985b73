"""A company: its form, its people, its timeline (with its people's entries), its files."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import companies, people, permissions, users
from crm_desktop.core.changes import Change
from crm_desktop.core.choices import INDUSTRIES, STAGES
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.core.validation import display_phone
from crm_desktop.ui.attachments_panel import AttachmentsPanel
from crm_desktop.ui.audit_view import RecordHistoryButton
from crm_desktop.ui.customer_tabs import add_customer_tabs
from crm_desktop.ui.field_panels import FIELD_TABLES, CustomerInterventionsPanel
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.record_form import (
    MUTED_COLOR,
    ChoiceField,
    CustomFieldsField,
    FreeChoiceField,
    LineField,
    ListField,
    PhoneField,
    RecordDetailView,
    RecordForm,
    TextField,
    add_address,
    choice_items,
)
from crm_desktop.ui.support_panels import ContractsPanel, CustomerTicketsPanel
from crm_desktop.ui.timeline_view import TimelineView
from crm_desktop.ui.value_card import ValueCard, place_under_header

ID_ROLE = Qt.ItemDataRole.UserRole
#: Changes that never alter a company's timeline (its people's changes may: they can move).
NOT_TIMELINE = frozenset({"attachments", "users", "settings", "companies", "contracts", "support_levels",
                          "running_timers", "kb_articles", "technicians", "absences", "products", "stock_locations",
                          "stock_movements", "stock_minimums", "intervention_parts", "intervention_costs",
                          "maintenance_plans"})
#: Changes that may alter the company's tickets tab.
TICKET_TABLES = frozenset({"tickets", "ticket_events", "ticket_sla", "users", "people"})
#: Changes that may alter the company's support contract.
CONTRACT_TABLES = frozenset({"contracts", "support_levels"})


class WebsiteField(QWidget):
    """The web site, with a button that opens it in the browser."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.line = LineField(300, self.tr("www.example.com"), self)
        self.line.edited.connect(self.edited.emit)
        self.open_button = QToolButton(self)
        self.open_button.setText("↗")
        self.open_button.setToolTip(self.tr("Open in the browser"))
        self.open_button.clicked.connect(self._open)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.open_button)

    def _open(self) -> None:
        text = self.line.text().strip()
        if text:
            QDesktopServices.openUrl(QUrl.fromUserInput(text))

    def value(self) -> Any:
        return self.line.value()

    def set_value(self, value: Any) -> None:
        self.line.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self.line


class CompanyPeoplePanel(QWidget):
    """The people of a company; double-click opens one, Add person starts a new one."""

    open_person = Signal(str)
    add_requested = Signal()

    COLUMNS = 5

    def __init__(self, ctx: Context, company_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id = company_id
        self._region = load_business(ctx.db).phone_region or "BE"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add person"), self)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.add_button.setVisible(permissions.allowed(ctx.user.role, Perm.PERSON_WRITE))
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Job title"), self.tr("E-mail"), self.tr("Phone"),
                                   self.tr("Stage")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(self)
        self.empty.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.empty)
        self.reload()

    def set_company(self, company_id: str | None) -> None:
        self.company_id = company_id
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        rows = people.of_company(self.ctx, self.company_id) if self.company_id else []
        region = self._region
        self.tree.setSortingEnabled(False)
        for row in rows:
            item = QTreeWidgetItem([
                people.display_name(row), row.get("title") or "", row.get("email") or "",
                display_phone(row.get("phone") or row.get("mobile"), region),
                core_tr(STAGES.get(row.get("stage") or "", "")) if row.get("stage") else "",
            ])
            item.setData(0, ID_ROLE, row["id"])
            self.tree.addTopLevelItem(item)
        self.tree.setSortingEnabled(True)
        self.add_button.setEnabled(self.company_id is not None)
        if self.company_id is None:
            self.empty.setText(self.tr("Save the company first to add its people."))
        elif not rows:
            self.empty.setText(self.tr("No people yet."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        person_id = item.data(0, ID_ROLE)
        if person_id:
            self.open_person.emit(person_id)


class CompanyDetailView(RecordDetailView):
    """One company: identity, contact, address, sales, notes, custom fields; people, timeline, files."""

    KIND = "company"
    CORE = companies
    WRITE_PERM = Perm.COMPANY_WRITE
    DELETE_PERM = Perm.COMPANY_DELETE

    #: The company's id, when the user asks to add a person to it.
    new_person_requested = Signal(str)
    #: A new ticket for this company: ("" for no person, company id).
    new_ticket_requested = Signal(str, str)
    #: A new intervention for this company: its initial values (company_id).
    new_intervention_requested = Signal(dict)

    def __init__(self, ctx: Context, company_id: str | None, parent: QWidget | None = None) -> None:
        self._region = load_business(ctx.db).phone_region or "BE"
        super().__init__(ctx, company_id, parent)
        place_under_header(self, self.value_card)  # the customer's value at a glance
        # Its changes, who, when, where (managers and admins), next to Save.
        header = self.save_button.parentWidget()
        self.history_button = RecordHistoryButton(ctx, "companies", lambda: self.record_id, header)
        header.layout().insertWidget(header.layout().indexOf(self.save_button), self.history_button, 0,
                                     Qt.AlignmentFlag.AlignTop)

    # ---- form

    def build_form(self, form: RecordForm) -> None:
        identity = form.add_section(self.tr("Identity"))
        form.add_field(identity, "name", self.tr("Name"), LineField(200))
        form.add_field(identity, "vat", self.tr("VAT number"), LineField(30, "BE0123456749"))
        form.add_field(identity, "industry", self.tr("Industry"), FreeChoiceField(INDUSTRIES, translate=core_tr))

        contact = form.add_section(self.tr("Contact"))
        form.add_field(contact, "phone", self.tr("Phone"), PhoneField(self._region))
        form.add_field(contact, "email", self.tr("E-mail"), LineField(254, self.tr("info@example.com")))
        form.add_field(contact, "website", self.tr("Web site"), WebsiteField())

        add_address(form, self.tr("Address"), self.tr("Street"), self.tr("Postcode"), self.tr("City"),
                    self.tr("Country"))

        sales = form.add_section(self.tr("Sales"))
        form.add_field(sales, "stage", self.tr("Stage"), ChoiceField(choice_items(STAGES), allow_empty=False))
        owners = [(u.id, u.name) for u in users.list_users(self.ctx.db)]
        form.add_field(sales, "owner_id", self.tr("Owner"), ChoiceField(owners))
        form.add_field(sales, "tags", self.tr("Tags"), ListField(hint=self.tr("key account, reseller, …")))

        notes = form.add_section(self.tr("Notes"))
        form.add_wide_field(notes, "notes", TextField(110))

        custom = form.add_section(self.tr("Custom fields"))
        form.add_wide_field(custom, "custom", CustomFieldsField())

    def default_values(self) -> dict[str, Any]:
        return {"stage": "prospect", "owner_id": self.ctx.user.id}

    # ---- side tabs

    def build_tabs(self, tabs: QTabWidget) -> None:
        self.value_card = ValueCard(self.ctx, self, listen=False)
        self.people_panel = CompanyPeoplePanel(self.ctx, self.record_id, tabs)
        self.people_panel.open_person.connect(lambda pid: self.open_record.emit("person", pid))
        self.people_panel.add_requested.connect(self._add_person)
        self.timeline = TimelineView(self.ctx, company_id=self.record_id, parent=tabs)
        self.timeline.entry_activated.connect(lambda source, eid: self.open_record.emit(source, eid))
        self.attachments = AttachmentsPanel(self.ctx, "company", self.record_id, parent=tabs)
        self.tickets_panel = CustomerTicketsPanel(self.ctx, company_id=self.record_id, parent=tabs)
        self.tickets_panel.open_ticket.connect(lambda tid: self.open_record.emit("ticket", tid))
        self.tickets_panel.new_ticket_requested.connect(self.request_ticket)
        self.interventions_panel = CustomerInterventionsPanel(self.ctx, company_id=self.record_id, parent=tabs)
        self.interventions_panel.open_intervention.connect(lambda iid: self.open_record.emit("intervention", iid))
        self.interventions_panel.new_intervention.connect(self.request_intervention)
        self.contracts_panel = ContractsPanel(self.ctx, company_id=self.record_id, parent=tabs)
        tabs.addTab(self.timeline, self.tr("Timeline"))
        tabs.addTab(self.people_panel, self.tr("People"))
        tabs.addTab(self.attachments, self.tr("Files"))
        tabs.addTab(self.tickets_panel, self.tr("Tickets"))
        tabs.addTab(self.interventions_panel, self.tr("Interventions"))
        self.customer_tabs = add_customer_tabs(self.ctx, tabs, company_id=self.record_id)
        self.sales_panel = self.customer_tabs.sales
        self.suggestions_panel = self.customer_tabs.suggestions
        self.tasks_panel = self.customer_tabs.tasks
        tabs.addTab(self.contracts_panel, self.tr("Contract"))
        self.attachments.changed.connect(self._update_tab_texts)
        self._update_tab_texts()

    def request_ticket(self) -> None:
        """Open a new ticket for this company (the main window shows it)."""
        if self.record_id:
            self.new_ticket_requested.emit("", self.record_id)

    def request_intervention(self, values: dict[str, Any]) -> None:
        """Open a new intervention for this company (the main window shows it)."""
        if self.record_id:
            self.new_intervention_requested.emit({**values, "company_id": self.record_id})

    def _update_tab_texts(self, *_args: object) -> None:
        interventions_n = self.interventions_panel.count()
        self.tabs.setTabText(self.tabs.indexOf(self.interventions_panel),
                             self.tr("Interventions ({n})").format(n=interventions_n) if interventions_n
                             else self.tr("Interventions"))
        tickets_n = self.tickets_panel.count()
        self.tabs.setTabText(self.tabs.indexOf(self.tickets_panel),
                             self.tr("Tickets ({n})").format(n=tickets_n) if tickets_n else self.tr("Tickets"))
        people_n = self.people_panel.count()
        files_n = self.attachments.count()
        self.tabs.setTabText(self.tabs.indexOf(self.people_panel),
                             self.tr("People ({n})").format(n=people_n) if people_n else self.tr("People"))
        self.tabs.setTabText(self.tabs.indexOf(self.attachments),
                             self.tr("Files ({n})").format(n=files_n) if files_n else self.tr("Files"))

    def _add_person(self) -> None:
        if self.record_id:
            self.new_person_requested.emit(self.record_id)

    def record_id_set(self) -> None:
        if self.timeline.model.company_id != self.record_id:
            self.timeline.set_owner(company_id=self.record_id)
        if self.attachments.owner_id != self.record_id:
            self.attachments.set_owner(self.record_id)
        if self.people_panel.company_id != self.record_id:
            self.people_panel.set_company(self.record_id)
            self._update_tab_texts()
        if self.tickets_panel.company_id != self.record_id:
            self.tickets_panel.set_owner(company_id=self.record_id)
            self._update_tab_texts()
        self.customer_tabs.set_owner(company_id=self.record_id)
        self.value_card.set_customer(self.record_id, None)
        if self.interventions_panel.company_id != self.record_id:
            self.interventions_panel.set_owner(company_id=self.record_id)
            self._update_tab_texts()
        if self.contracts_panel.company_id != self.record_id:
            self.contracts_panel.set_owner(company_id=self.record_id)

    # ---- header

    def empty_title(self) -> str:
        return self.tr("New company")

    def update_header(self) -> None:
        row = self.row
        self.title_label.setText(row.get("name") or self.tr("New company"))
        self.badge.set_stage(row.get("stage") if row else None)
        industry = row.get("industry") or ""
        shown = {"industry": core_tr(industry) if industry in INDUSTRIES else industry}
        parts = [escape(str(shown.get(key, row[key]))) for key in ("industry", "vat", "city") if row.get(key)]
        self.subtitle_label.setText("  ·  ".join(parts))
        self.subtitle_label.setVisible(bool(parts))
        if hasattr(self, "history_button"):
            self.history_button.refresh()

    # ---- changes made elsewhere

    def handle_changes(self, changes: list[Change]) -> None:
        tables = {c.table for c in changes}
        if "attachments" in tables:
            self.attachments.reload()
        if "people" in tables:
            self.people_panel.reload()
            self._update_tab_texts()
        if "users" in tables:
            self.timeline.model.refresh_users()
        if self.record_id and tables - NOT_TIMELINE:
            self.timeline.refresh()
        if self.record_id and tables & TICKET_TABLES:
            self.tickets_panel.refresh()
            self._update_tab_texts()
        if self.record_id:
            self.customer_tabs.changed(tables)
            self.value_card.notice(changes)
        if self.record_id and tables & FIELD_TABLES:
            self.interventions_panel.refresh()
            self._update_tab_texts()
        if self.record_id and tables & CONTRACT_TABLES:
            self.contracts_panel.reload()
