"""The main window: it only assembles views (DESIGN.md §2).

Navigation on the left (one entry per area; later areas add a NavEntry), the
areas in a QStackedWidget, a status bar and the menus. Views never call each other:
they emit ``open_record(kind, id)`` / ``new_requested()`` and the window shows the
detail view in the stack, one at a time, with Back (Esc, Alt+Left) to return.
Areas other than the first are built the first time they are shown, so start-up
costs one count and one page of the people list.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.core import access, history, permissions, records
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.listing import COMPANIES, PEOPLE, ListFilter
from crm_desktop.core.permissions import Perm
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import error_text
from crm_desktop.ui.sync_ui import JobFactory, SyncBanner, SyncController, SyncStatus, clock_ahead, wall_ms

#: (kind, ctx, record id or None for a new record, parent, initial values of a new record)
DetailFactory = Callable[[str, Context, "str | None", QWidget, "Mapping[str, Any] | None"], QWidget]
DETAIL_KINDS = ("person", "company", "ticket", "intervention", "campaign")
SEARCH_GUARD = "crmSearchShortcutGuard"
# Tables a sync may have changed: the views reload after a sync that received changes.
SYNCED_TABLES = ("people", "companies", "history", "attachments", "users", "settings", "support_levels",
                 "contracts", "tickets", "ticket_events", "kb_articles", "ticket_solutions", "time_entries",
                 "ticket_costs", "technicians", "absences", "products", "stock_locations", "stock_movements",
                 "stock_minimums", "interventions", "intervention_technicians", "intervention_parts",
                 "intervention_costs", "maintenance_plans", "sales", "sale_lines", "tasks", "leads",
                 "assignment_rules", "opportunities", "segments", "campaigns", "campaign_costs",
                 "campaign_members", "campaign_sends", "consent_events", "erasures", "audit_events")
# A bundle file's name inside the sync layer's message about it.
BUNDLE_NAME = re.compile(r"\d{10}-\d{10}-[0-9a-f]{16}\.crmb")
# The status bar's "synced 5 min ago" is brought up to date this often.
STATUS_TICK_MS = 30_000


#: Areas shown only to roles with the permission (the dashboard's money, the trash's restores).
AREA_PERMS = {"dashboard": Perm.PROFITABILITY, "trash": Perm.TRASH_RESTORE, "segments": Perm.CAMPAIGN_WRITE,
              "campaigns": Perm.CAMPAIGN_WRITE, "retention": Perm.PERSONAL_DATA, "audit": Perm.AUDIT_VIEW}
#: Areas listing every customer's jobs, prospects, conflicts or duplicates: a user limited to their own
#: interventions' customers (a technician, ``access.limited``) works from My day and the scoped lists instead.
SCOPED_OUT_AREAS = frozenset({"planning", "leads", "pipeline", "conflicts", "duplicates"})


@dataclass(frozen=True)
class NavEntry:
    """One area of the navigation bar."""

    key: str
    label: str
    icon: QIcon
    factory: Callable[[], QWidget]


def default_detail(
    kind: str, ctx: Context, record_id: str | None, parent: QWidget, initial: Mapping[str, Any] | None = None
) -> QWidget:
    """Build the detail view of a person, a company or a ticket (imported only when first needed)."""
    if kind == "ticket":
        from crm_desktop.ui.ticket_window import TicketDetailView

        return TicketDetailView(ctx, record_id, parent, initial=initial)
    if kind == "intervention":
        from crm_desktop.ui.intervention_window import InterventionDetailView

        return InterventionDetailView(ctx, record_id, parent, initial=initial)
    if kind == "campaign":
        from crm_desktop.ui.campaign_window import CampaignWindow

        return CampaignWindow(ctx, record_id, parent, initial=initial)
    if kind == "person":
        from crm_desktop.ui.person_detail import PersonDetailView

        return PersonDetailView(ctx, record_id, parent, initial=initial)
    if kind == "company":
        from crm_desktop.ui.company_detail import CompanyDetailView

        return CompanyDetailView(ctx, record_id, parent)
    raise ValueError(kind)


class MainWindow(QMainWindow):
    """Navigation, the area stack, the detail page, menus and status bar."""

    #: A detail view was shown: (kind, id or "" for a new record).
    record_opened = Signal(str, str)
    #: The visible area changed (its key, or "detail").
    area_changed = Signal(str)

    def __init__(
        self,
        ctx: Context,
        database_path: Path | None = None,
        detail_factory: DetailFactory | None = None,
        parent: QWidget | None = None,
        sync_job_factory: JobFactory | None = None,
        wall_clock: Callable[[], int] = wall_ms,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.database_path = database_path
        self._detail_factory = detail_factory or default_detail
        self._wall_clock = wall_clock
        self.bridge = ChangeBridge(ctx.changes, self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())
        self.resize(1280, 800)

        # Areas a role may not use are not offered (core refuses their operations anyway).
        hidden = {key for key, perm in AREA_PERMS.items() if not permissions.allowed(ctx.user.role, perm)}
        if access.limited(ctx.user):
            hidden |= SCOPED_OUT_AREAS
        self.entries = [entry for entry in self.nav_entries() if entry.key not in hidden]
        self.views: dict[str, QWidget] = {}
        self.detail: QWidget | None = None
        self._detail_key: tuple[str, str] | None = None
        self._area = self.entries[0].key
        self._search_palette: QWidget | None = None
        self.conflicts = 0
        #: A backup was restored: the database this window used is closed; the app ends without a backup of it.
        self.restored = False
        self.sync_message: QMessageBox | None = None
        self.settings_dialog: QWidget | None = None
        self._warned: set[str] = set()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        for entry in self.entries:
            item = QListWidgetItem(entry.icon, entry.label)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
        self.nav.itemClicked.connect(lambda item: self.show_area(item.data(Qt.ItemDataRole.UserRole)))
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sync_button.setMinimumHeight(32)
        side = QWidget()
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 6)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.sync_button)
        side.setMinimumWidth(150)
        side.setMaximumWidth(240)
        self.stack = QStackedWidget()
        self.stack.setObjectName("areas")
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        splitter.setChildrenCollapsible(False)
        self.sync_banner = SyncBanner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(4)
        central_layout.addWidget(self.sync_banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.sync = SyncController(database_path or Path(), sync_job_factory, self)
        self.sync.started.connect(self._sync_started)
        self.sync.progressed.connect(self._sync_progressed)
        self.sync.succeeded.connect(self._sync_succeeded)
        self.sync.failed.connect(self._sync_failed)
        self.sync.cancelled.connect(self._sync_cancelled)
        self.sync.finished.connect(self._sync_finished)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.sync_button.setDefaultAction(self.sync_action)
        self.status_changes = ChangeCoalescer(self.bridge, self.update_status, (), parent=self, widget=self)
        self.auto_sync_timer = QTimer(self)
        self.auto_sync_timer.setObjectName("autoSyncTimer")
        self.auto_sync_timer.timeout.connect(self.auto_sync)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_TICK_MS)
        self.status_timer.timeout.connect(self.update_sync_status)
        self.status_timer.start()
        self.apply_sync_settings()
        from crm_desktop.ui.reminders import ReminderNotifier

        self.reminders = ReminderNotifier(ctx, self)
        self.reminders.open_record.connect(self.open_record)
        from crm_desktop.ui.lead_watch import LeadWatch

        self.lead_watch = LeadWatch(ctx, self)
        self.statusBar().insertPermanentWidget(0, self.lead_watch.button)
        self.lead_watch.open_requested.connect(self.show_leads)
        self.show_area(self._area)
        self._focus_app = QApplication.instance()
        if isinstance(self._focus_app, QApplication):
            self._focus_app.focusChanged.connect(self._guard_search_shortcut)

    # --- areas -------------------------------------------------------------------------

    def nav_entries(self) -> list[NavEntry]:
        """The areas in navigation order; later capabilities add theirs here."""
        style = self.style()
        return [
            NavEntry("people", self.tr("Contacts"),
                     style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView), self._make_people),
            NavEntry("companies", self.tr("Companies"),
                     style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), self._make_companies),
            NavEntry("tickets", self.tr("Support"),
                     style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion), self._make_tickets),
            NavEntry("today", self.tr("Today"),
                     style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), self._make_today),
            NavEntry("interventions", self.tr("Interventions"),
                     style.standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon), self._make_interventions),
            NavEntry("planning", self.tr("Planning"),
                     style.standardIcon(QStyle.StandardPixmap.SP_FileDialogListView), self._make_planning),
            NavEntry("my_day", self.tr("My day"),
                     style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight), self._make_my_day),
            NavEntry("stock", self.tr("Stock"),
                     style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon), self._make_stock),
            NavEntry("technicians", self.tr("Technicians"),
                     style.standardIcon(QStyle.StandardPixmap.SP_DirLinkIcon), self._make_technicians),
            NavEntry("leads", self.tr("Leads"),
                     style.standardIcon(QStyle.StandardPixmap.SP_DialogYesButton), self._make_leads),
            NavEntry("pipeline", self.tr("Pipeline"),
                     style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self._make_pipeline),
            NavEntry("campaigns", self.tr("Campaigns"),
                     style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume), self._make_campaigns),
            NavEntry("segments", self.tr("Segments"),
                     style.standardIcon(QStyle.StandardPixmap.SP_FileDialogListView), self._make_segments),
            NavEntry("dashboard", self.tr("Dashboard"),
                     style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon), self._make_dashboard),
            NavEntry("products", self.tr("Products"),
                     style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView), self._make_products),
            NavEntry("knowledge", self.tr("Knowledge base"),
                     style.standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView), self._make_knowledge),
            NavEntry("trash", self.tr("Trash"),
                     style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self._make_trash),
            NavEntry("conflicts", self.tr("Conflicts"),
                     style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), self._make_conflicts),
            NavEntry("duplicates", self.tr("Duplicates"),
                     style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView), self._make_duplicates),
            NavEntry("retention", self.tr("Data retention"),
                     style.standardIcon(QStyle.StandardPixmap.SP_FileDialogEnd), self._make_retention),
            NavEntry("audit", self.tr("Audit trail"),
                     style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView), self._make_audit),
        ]

    def _make_people(self) -> QWidget:
        from crm_desktop.ui.people_view import PeopleView

        view = PeopleView(self.ctx, self.bridge)
        view.open_record.connect(self.open_record)
        view.new_requested.connect(self.new_person)
        return view

    def _make_companies(self) -> QWidget:
        from crm_desktop.ui.companies_view import CompaniesView

        view = CompaniesView(self.ctx, self.bridge)
        view.open_record.connect(self.open_record)
        view.new_requested.connect(self.new_company)
        return view

    def _make_tickets(self) -> QWidget:
        from crm_desktop.ui.tickets_view import TicketsView

        view = TicketsView(self.ctx, self.bridge)
        view.open_record.connect(self.open_record)
        view.new_requested.connect(self.new_ticket)
        return view

    def _make_today(self) -> QWidget:
        from crm_desktop.ui.tasks_view import TasksView

        view = TasksView(self.ctx, bridge=self.bridge)
        view.open_record.connect(self.open_record)
        return view

    def _make_leads(self) -> QWidget:
        from crm_desktop.ui.leads_view import LeadsView

        view = LeadsView(self.ctx, bridge=self.bridge)
        view.open_record.connect(self.open_record)
        return view

    def _make_pipeline(self) -> QWidget:
        from crm_desktop.ui.opportunities_view import OpportunitiesView

        return OpportunitiesView(self.ctx, bridge=self.bridge)

    def _make_campaigns(self) -> QWidget:
        from crm_desktop.ui.campaigns_view import CampaignsView

        view = CampaignsView(self.ctx)
        view.openRecord.connect(lambda kind, record_id: self.open_record(kind, record_id or None))
        return view

    def _make_segments(self) -> QWidget:
        from crm_desktop.ui.segments_view import SegmentsView

        view = SegmentsView(self.ctx, bridge=self.bridge)
        view.openRecord.connect(self.open_record)
        return view

    def _make_dashboard(self) -> QWidget:
        from crm_desktop.ui.dashboard_view import DashboardView

        view = DashboardView(self.ctx, bridge=self.bridge)
        view.open_record.connect(self.open_record)
        return view

    def _make_audit(self) -> QWidget:
        from crm_desktop.ui.audit_view import AuditView

        view = AuditView(self.ctx, self, bridge=self.bridge)
        view.open_record.connect(self.open_record)
        return view

    def _make_retention(self) -> QWidget:
        from crm_desktop.ui.retention_view import RetentionView

        view = RetentionView(self.ctx, self.bridge)
        view.open_record.connect(self.open_record)
        return view

    def _make_interventions(self) -> QWidget:
        from crm_desktop.ui.interventions_view import InterventionsView

        view = InterventionsView(self.ctx, bridge=self.bridge)
        view.open_intervention.connect(self.open_intervention)
        view.new_intervention.connect(self.new_intervention_for)
        return view

    def _make_planning(self) -> QWidget:
        from crm_desktop.ui.planning_view import PlanningView

        view = PlanningView(self.ctx)
        view.open_intervention.connect(self.open_intervention)
        return view

    def _make_my_day(self) -> QWidget:
        from crm_desktop.ui.my_day_view import MyDayView

        view = MyDayView(self.ctx)
        view.open_intervention.connect(self.open_intervention)
        view.open_record.connect(self.open_record)
        return view

    def _make_stock(self) -> QWidget:
        from crm_desktop.ui.stock_view import StockView

        view = StockView(self.ctx, bridge=self.bridge)
        view.open_record.connect(self.open_record)
        return view

    def _make_technicians(self) -> QWidget:
        from crm_desktop.ui.technicians_view import TechniciansView

        return TechniciansView(self.ctx, bridge=self.bridge)

    def _make_products(self) -> QWidget:
        from crm_desktop.ui.products_view import ProductsView

        return ProductsView(self.ctx, bridge=self.bridge)

    def _make_knowledge(self) -> QWidget:
        from crm_desktop.ui.knowledge_view import KnowledgeView

        view = KnowledgeView(self.ctx, self, bridge=self.bridge)
        view.open_record.connect(self.open_record)
        return view

    def _make_trash(self) -> QWidget:
        from crm_desktop.ui.trash_view import TrashView

        return TrashView(self.ctx, self.bridge)

    def _make_conflicts(self) -> QWidget:
        from crm_desktop.ui.conflicts_view import ConflictsView

        view = ConflictsView(self.ctx, self.bridge)
        view.open_record.connect(self.open_record)
        view.count_changed.connect(self._show_conflict_count)
        return view

    def _make_duplicates(self) -> QWidget:
        from crm_desktop.ui.duplicates_view import DuplicatesView

        view = DuplicatesView(self.ctx, self.bridge)
        view.open_record.connect(self.open_record)
        return view

    def view(self, key: str) -> QWidget:
        """The view of an area, built on first use."""
        widget = self.views.get(key)
        if widget is None:
            entry = next(e for e in self.entries if e.key == key)
            widget = entry.factory()
            widget.setObjectName(f"area_{key}")
            self.views[key] = widget
            self.stack.addWidget(widget)
        return widget

    def show_area(self, key: str) -> bool:
        """Show an area; leaving a detail view first asks it whether it may close."""
        if self.detail is not None and not self._close_detail():
            return False
        self._area = key
        widget = self.view(key)
        self.stack.setCurrentWidget(widget)
        self._select_nav(key)
        self.back_action.setEnabled(False)
        self.area_changed.emit(key)
        return True

    def current_area(self) -> str:
        return "detail" if self.detail is not None and self.stack.currentWidget() is self.detail else self._area

    def _nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            key = current.data(Qt.ItemDataRole.UserRole)
            if (key != self._area or self.detail is not None) and not self.show_area(key):
                self._select_nav(self._area)

    def _select_nav(self, key: str) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                if self.nav.currentRow() != row:
                    self.nav.blockSignals(True)
                    self.nav.setCurrentRow(row)
                    self.nav.blockSignals(False)
                return

    # --- detail views ------------------------------------------------------------------

    def open_record(self, kind: str, record_id: str | None, initial: Mapping[str, Any] | None = None) -> bool:
        """Show the detail view of a record (a new one when ``record_id`` is None).

        Other kinds (a history entry activated in a timeline) open the person, or
        else the company, they concern when that is not the record already shown; a
        ticket's step opens the ticket; a knowledge base article opens in its area.
        """
        if kind == "kb_article":
            return self.show_article(record_id)
        if kind == "task":
            return self.edit_task(record_id)
        if kind == "opportunity":
            return self.open_opportunity(record_id, initial)
        if kind == "lead":
            return self.edit_lead(record_id, initial)
        if kind not in DETAIL_KINDS:
            target = self._owner_of(kind, record_id)
            if target is None:
                self.statusBar().showMessage(self.tr("This kind of record cannot be opened here yet."), 5000)
                return False
            if self._detail_key == target:
                return True
            kind, record_id = target
        if self.detail is not None:
            if record_id and self._detail_key == (kind, record_id):
                self.stack.setCurrentWidget(self.detail)
                return True
            if not self._close_detail():
                return False
        try:
            if record_id:
                # A technician opens only their own jobs and the customers and tickets these concern.
                check = {"person": access.check_person, "company": access.check_company,
                         "ticket": access.check_ticket, "intervention": access.check_intervention}.get(kind)
                if check is not None:
                    check(self.ctx, record_id)
            detail = self._detail_factory(kind, self.ctx, record_id, self.stack, initial)
        except CrmError as exc:
            self.statusBar().showMessage(error_text(exc), 8000)
            return False
        detail.setObjectName(f"detail_{kind}")
        connections: tuple[tuple[str, Callable[..., object]], ...] = (
            ("open_record", self.open_record),
            ("close_requested", self.go_back),
            ("saved", self._detail_saved),
            ("new_person_requested", self._new_person_in_company),
            ("new_ticket_requested", self.new_ticket_for),
            ("new_intervention_requested", self.new_intervention_for),
        )
        for name, slot in connections:
            signal = getattr(detail, name, None)
            if signal is not None:
                signal.connect(slot)
        self.detail = detail
        self._detail_key = (kind, record_id or "")
        self.stack.addWidget(detail)
        self.stack.setCurrentWidget(detail)
        self.back_action.setEnabled(True)
        detail.setFocus(Qt.FocusReason.OtherFocusReason)
        self.record_opened.emit(kind, record_id or "")
        self.area_changed.emit("detail")
        return True

    def _owner_of(self, kind: str, record_id: str | None) -> tuple[str, str] | None:
        if kind == "ticket_event" and record_id:
            try:
                return "ticket", records.fetch(self.ctx.db, "ticket_events", record_id)["ticket_id"]
            except CrmError:
                return None
        if kind != "history" or not record_id:
            return None
        try:
            entry = history.get(self.ctx, record_id)
        except CrmError:
            return None
        if entry.get("person_id"):
            return "person", entry["person_id"]
        if entry.get("company_id"):
            return "company", entry["company_id"]
        return None

    def _detail_saved(self, record_id: str) -> None:
        """A new record got its id: opening it again must find this view."""
        if self._detail_key is not None and record_id:
            self._detail_key = (self._detail_key[0], record_id)

    def _new_person_in_company(self, company_id: str) -> None:
        self.open_record("person", None, {"company_id": company_id})

    def new_person(self) -> None:
        self.open_record("person", None)

    def new_company(self) -> None:
        self.open_record("company", None)

    def new_ticket(self) -> None:
        self.open_record("ticket", None)

    def new_ticket_for(self, person_id: str, company_id: str) -> None:
        """A new ticket for the customer whose page asked for it."""
        initial = {key: value for key, value in (("person_id", person_id), ("company_id", company_id)) if value}
        self.open_record("ticket", None, initial)

    def edit_task(self, task_id: str | None, initial: Mapping[str, Any] | None = None) -> bool:
        """A follow-up task in its dialog (from a timeline, a reminder, or New task)."""
        from crm_desktop.ui.task_dialog import TaskDialog

        try:
            TaskDialog(self.ctx, task_id, dict(initial or {}), self).exec()
        except CrmError as exc:
            self.statusBar().showMessage(error_text(exc), 8000)
            return False
        return True

    def show_leads(self, mode: str = "mine") -> bool:
        """The Leads area on one of its lists (mine, all, overdue)."""
        if not self.show_area("leads"):
            return False
        self.views["leads"].set_mode(mode)
        return True

    def edit_lead(self, lead_id: str | None, initial: Mapping[str, Any] | None = None) -> bool:
        """A lead opens in its dialog over whatever is shown (a timeline, the leads list)."""
        from crm_desktop.ui.lead_dialog import LeadDialog

        try:
            dialog = LeadDialog(self.ctx, lead_id, self, initial=dict(initial) if initial else None)
        except CrmError as exc:
            self.statusBar().showMessage(error_text(exc), 8000)
            return False
        dialog.open_record.connect(self.open_record)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return True

    def open_opportunity(self, opportunity_id: str | None, initial: Mapping[str, Any] | None = None) -> bool:
        """Opportunities open over the pipeline (a dialog), which stays where it was."""
        if not self.show_area("pipeline"):
            return False
        view = self.views["pipeline"]
        if opportunity_id:
            return view.open_opportunity(opportunity_id) is not None
        return view.new_opportunity(dict(initial or {})) is not None

    def new_intervention(self) -> None:
        self.open_record("intervention", None)

    def new_intervention_for(self, initial: Mapping[str, Any]) -> None:
        """A new intervention for the customer or ticket whose page asked for it."""
        self.open_record("intervention", None, dict(initial or {}))

    def open_intervention(self, intervention_id: str, tab: str = "") -> bool:
        """An intervention's page, on one of its tabs ("job", "report", "costs") when asked."""
        if not self.open_record("intervention", intervention_id):
            return False
        show_tab = getattr(self.detail, "show_tab", None)
        if tab and callable(show_tab):
            show_tab(tab)
        return True

    def open_day_sheet(self) -> None:
        """Reports › Technician day sheet: choose the technician and the day, then preview."""
        from crm_desktop.ui.field_reports import DaySheetDialog

        DaySheetDialog(self.ctx, self).exec()

    def export_calendar(self) -> None:
        """File › Export interventions to a calendar (.ics)."""
        from crm_desktop.ui.field_reports import export_calendar

        export_calendar(self.ctx, self)

    def show_article(self, article_id: str | None) -> bool:
        """The knowledge base area, on one article."""
        if not self.show_area("knowledge"):
            return False
        view = self.views.get("knowledge")
        show = getattr(view, "show_article", None)
        if article_id and callable(show):
            show(article_id)
        return True

    def open_support_costs(self) -> None:
        """Reports › Support costs: choose the period, then preview, save or print."""
        from crm_desktop.ui.report_dialog import SupportCostsDialog

        SupportCostsDialog(self.ctx, self).exec()

    def restore_backup(self) -> QWidget | None:
        """File › Restore a backup…: preview, then restore with the current database set aside; the app then closes."""
        if self.database_path is None:
            return None
        from crm_desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx, self.database_path, self)

        def restored(_aside: str) -> None:
            self.restored = True

        dialog.restored.connect(restored)
        dialog.finished.connect(lambda _result: QApplication.quit() if self.restored else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_management_reports(self) -> None:
        """Reports › Management reports: choose, then preview, save or print; saved settings re-run in one click."""
        from crm_desktop.ui.management_reports import ManagementReportsDialog

        ManagementReportsDialog(self.ctx, self).exec()

    def go_back(self) -> None:
        """Leave the detail view for the area it was opened from."""
        if self.detail is not None:
            self.show_area(self._area)

    def _close_detail(self) -> bool:
        detail = self.detail
        if detail is None:
            return True
        may_close = getattr(detail, "can_close", None)
        if callable(may_close) and not may_close():
            return False
        self.detail = None
        self._detail_key = None
        self.stack.removeWidget(detail)
        detail.hide()
        detail.deleteLater()
        return True

    # --- actions and menus -------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(name)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _build_actions(self) -> None:
        self.new_person_action = self._action(self.tr("New &person"), self.new_person,
                                              QKeySequence("Ctrl+N"), "newPerson")
        self.new_company_action = self._action(self.tr("New &company"), self.new_company,
                                               QKeySequence("Ctrl+Shift+N"), "newCompany")
        self.new_ticket_action = self._action(self.tr("New &ticket"), self.new_ticket,
                                              QKeySequence("Ctrl+Shift+T"), "newTicket")
        self.new_ticket_action.setEnabled(permissions.allowed(self.ctx.user.role, Perm.TICKET_WRITE))
        self.new_intervention_action = self._action(self.tr("New &intervention"), self.new_intervention,
                                                    QKeySequence("Ctrl+Shift+I"), "newIntervention")
        self.new_intervention_action.setEnabled(permissions.allowed(self.ctx.user.role, Perm.INTERVENTION_WRITE))
        self.day_sheet_action = self._action(self.tr("Technician &day sheet…"), self.open_day_sheet, None,
                                             "daySheet")
        self.calendar_action = self._action(self.tr("&Export interventions to a calendar…"), self.export_calendar,
                                            None, "exportCalendar")
        self.support_costs_action = self._action(self.tr("Support &costs…"), self.open_support_costs, None,
                                                 "supportCosts")
        self.management_reports_action = self._action(self.tr("&Management reports…"), self.open_management_reports,
                                                      None, "managementReports")
        self.management_reports_action.setEnabled(permissions.allowed(self.ctx.user.role, Perm.PROFITABILITY))
        self.calendar_action.setVisible(permissions.allowed(self.ctx.user.role, Perm.EXPORT))
        self.support_costs_action.setEnabled(permissions.allowed(self.ctx.user.role, Perm.REPORTS))
        self.sync_action = self._action(self.tr("S&ync now"), self.sync_now, QKeySequence(Qt.Key.Key_F5), "syncNow")
        self.sync_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.sync_action.setToolTip(
            self.tr("Exchange changes with your other computers through the shared folder (F5)"))
        self.sync_action.setEnabled(self.database_path is not None)
        self.restore_action = self._action(self.tr("&Restore a backup…"), self.restore_backup, None, "restoreBackup")
        self.restore_action.setEnabled(self.database_path is not None
                                       and permissions.allowed(self.ctx.user.role, Perm.SETTINGS))
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings,
                                            QKeySequence(QKeySequence.StandardKey.Preferences), "settings")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"), "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.area_actions: dict[str, QAction] = {}
        for number, entry in enumerate(self.entries, start=1):
            shortcut = QKeySequence(f"Ctrl+{number}") if number <= 9 else None
            self.area_actions[entry.key] = self._action(
                entry.label, lambda key=entry.key: self.show_area(key), shortcut, f"show_{entry.key}")
        self.search_action = self._action(self.tr("&Search…"), self.open_search, QKeySequence("Ctrl+K"), "search")
        self.back_action = self._action(self.tr("&Back"), self.go_back, None, "back")
        self.back_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+Left")])
        self.back_action.setEnabled(False)
        self.about_action = self._action(self.tr("&About CRM Desktop"), self.show_about, None, "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_person_action)
        file_menu.addAction(self.new_company_action)
        file_menu.addAction(self.new_ticket_action)
        file_menu.addAction(self.new_intervention_action)
        file_menu.addSeparator()
        file_menu.addAction(self.calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for entry in self.entries:
            view_menu.addAction(self.area_actions[entry.key])
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addAction(self.search_action)
        go_menu.addAction(self.back_action)
        reports_menu = bar.addMenu(self.tr("&Reports"))
        reports_menu.addAction(self.management_reports_action)
        reports_menu.addAction(self.support_costs_action)
        reports_menu.addAction(self.day_sheet_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.menus = {"file": file_menu, "view": view_menu, "go": go_menu, "reports": reports_menu,
                      "help": help_menu}

    # --- search, settings, about -------------------------------------------------------

    def _guard_search_shortcut(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Ctrl+K must open the search even from a text field.

        With the X11 key bindings (Linux desktops) Ctrl+K means "delete to end of
        line" and a focused QLineEdit claims it before any shortcut. Text widgets of
        this window get a small filter, installed when they first take the focus.
        """
        if (new is None or new.property(SEARCH_GUARD)
                or not isinstance(new, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)
                or new.window() is not self):
            return
        new.setProperty(SEARCH_GUARD, True)
        new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                   for key in self.search_action.shortcuts()):
                event.ignore()  # not the editor's: let the shortcut fire
                return True
        return super().eventFilter(watched, event)


    def search_palette(self) -> QWidget:
        if self._search_palette is None:
            from crm_desktop.ui.search_palette import SearchPalette

            palette = SearchPalette(self.ctx, self)
            palette.open_record.connect(self.open_record)
            self._search_palette = palette
        return self._search_palette

    def open_search(self) -> None:
        """Ctrl+K: the global search over everything."""
        from crm_desktop.ui.search_palette import SearchPalette

        palette = self.search_palette()
        assert isinstance(palette, SearchPalette)
        palette.popup(self)

    def open_settings(self, section: str = "") -> QWidget:
        """The settings dialog; ``section="sync"`` puts the focus on the shared folder."""
        from crm_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_sync_settings)
        dialog.saved.connect(self.update_status)
        self.settings_dialog = dialog
        dialog.open()
        if section == "sync":
            dialog.show_sync_section()
        return dialog

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("About CRM Desktop"))
        box.setText(self.tr("<b>CRM Desktop</b> {version}").format(version=__version__))
        box.setInformativeText(self.tr(
            "Contacts, unified history, support, field service and campaigns for small businesses. "
            "Works offline; every computer keeps a full copy of the data."
        ))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- status bar --------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(self.database_path.name if self.database_path else self.tr("(in memory)"))
        if self.database_path is not None:
            self.database_label.setToolTip(str(self.database_path))
        self.counts_label = QLabel()
        self.user_label = QLabel()
        self.sync_status = SyncStatus()
        self.sync_status.cancel_requested.connect(self.cancel_sync)
        self.sync_status.conflicts_clicked.connect(lambda: self.show_area("conflicts"))
        self.sync_status.setup_clicked.connect(lambda: self.open_settings("sync"))
        bar.addPermanentWidget(self.sync_status)
        for label in (self.database_label, self.counts_label, self.user_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self.user_label.setText(self.tr("Signed in as {name}").format(name=self.ctx.user.name))
        # Counts and sync state come right after the first paint: the list shows sooner.
        QTimer.singleShot(0, self, self.update_status)

    def update_status(self) -> None:
        """Counts of people and companies, the acting user, and where sync stands."""
        seen = access.seen_by(self.ctx.user)  # a technician counts the customers they may open
        people = PEOPLE.count(self.ctx.db, ListFilter(seen_by=seen))
        companies = COMPANIES.count(self.ctx.db, ListFilter(seen_by=seen))
        locale = QLocale()
        self.counts_label.setText(self.tr("People: {people} · Companies: {companies}").format(
            people=locale.toString(people), companies=locale.toString(companies)))
        self.user_label.setText(self.tr("Signed in as {name}").format(name=self.ctx.user.name))
        self.update_sync_status()

    def update_sync_status(self) -> None:
        """Last sync, changes waiting to go out, open conflicts (status bar and navigation)."""
        from datetime import datetime

        from crm_desktop.core.info import collect
        from crm_desktop.core.settings import load_local
        from crm_desktop.ui.conflicts_view import conflict_count

        info = collect(self.ctx.db, counts=False)
        local = load_local()
        # While a sync runs its worker holds the write lock: keep the last count (the exact
        # one may clear resolved entries, a write) until it ends.
        if not self.sync.running():
            self.conflicts = conflict_count(self.ctx, info.conflicts)
        last = datetime.fromisoformat(info.last_sync) if info.last_sync else None
        self.sync_status.show_state(
            configured=bool(local.hub_folder), folder=local.hub_folder, last_sync=last,
            pending=info.pending_out, conflicts=self.conflicts, now_ms=self._wall_clock(),
        )
        self._show_conflict_count(self.conflicts)

    def _show_conflict_count(self, count: int) -> None:
        self.conflicts = count
        self.sync_status.conflicts_button.setText(self.tr("Conflicts: {n}").format(n=QLocale().toString(count)))
        self.sync_status.conflicts_button.setVisible(count > 0)
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == "conflicts":
                label = self.tr("Conflicts")
                item.setText(self.tr("{label} ({n})").format(label=label, n=QLocale().toString(count))
                             if count else label)

    # --- sync ------------------------------------------------------------------------

    def hub_folder(self) -> str:
        from crm_desktop.core.settings import load_local

        return load_local().hub_folder

    def sync_now(self) -> bool:
        """The Sync action: sync with the shared folder, or say why it cannot."""
        return self.start_sync(automatic=False)

    def auto_sync(self) -> bool:
        """The timer: sync quietly when the folder can be reached."""
        return self.start_sync(automatic=True)

    def start_sync(self, automatic: bool) -> bool:
        if self.database_path is None or self.sync.running():
            return False
        folder = self.hub_folder()
        if not folder:
            if not automatic:
                self.open_settings("sync")
            return False
        path = Path(folder).expanduser()
        if not path.is_dir():
            if automatic:
                self.statusBar().showMessage(
                    self.tr("Automatic sync skipped: the shared folder cannot be reached."), 10000)
            else:
                self._sync_problem(self.tr(
                    "The shared folder {path} cannot be reached.\n\n"
                    "Check that the USB stick is plugged in or that the network folder is available, "
                    "then try again.").format(path=folder), offer_settings=True)
            return False
        return self.sync.start(path, automatic)

    def cancel_sync(self) -> None:
        if self.sync.running():
            self.sync_status.cancelling()
            self.sync.cancel()

    def apply_sync_settings(self) -> None:
        """(Re)start the automatic sync timer from this computer's settings."""
        from crm_desktop.core.settings import load_local

        minutes = max(0, int(load_local().auto_sync_minutes or 0)) if self.database_path is not None else 0
        if minutes:
            self.auto_sync_timer.start(minutes * 60_000)
        else:
            self.auto_sync_timer.stop()

    def _sync_started(self) -> None:
        self.sync_action.setEnabled(False)
        self.sync_status.set_running(True)
        self.statusBar().clearMessage()

    def _sync_progressed(self, done: int, total: int) -> None:
        self.sync_status.set_progress(done, total)

    def _sync_succeeded(self, report: Any) -> None:
        from crm_desktop.sync.site import remember

        if self.database_path is not None:
            with contextlib.suppress(OSError):  # the settings file could not be written: nothing is lost
                remember(self.ctx.db, self.database_path)
        if report.received:
            self._announce_sync()
        from crm_desktop.ui.conflicts_view import conflict_count

        # The worker has stopped: counting exactly (as the Conflicts view does) is safe now.
        self.conflicts = conflict_count(self.ctx, report.conflicts)
        locale = QLocale()
        self.statusBar().showMessage(self.tr(
            "Sync finished — sent: {sent}, received: {received}, conflicts: {conflicts}").format(
            sent=locale.toString(report.sent), received=locale.toString(report.received),
            conflicts=locale.toString(self.conflicts)), 15000)
        self._show_sync_warnings(report)

    def _show_sync_warnings(self, report: Any) -> None:
        """A banner naming a computer whose clock is far ahead, and the damaged files."""
        lines = []
        for warning in report.warnings:
            ahead = clock_ahead(warning)
            if ahead is not None:
                code, ms = ahead
                lines.append(self.tr(
                    "The clock of computer {code} is {duration} ahead. Please correct its date and time: "
                    "until then its changes may win over newer ones.").format(
                    code=code, duration=self.duration_text(ms)))
        if report.damaged:
            lines.append(self.tr("These files in the shared folder are damaged and were ignored "
                                 "(the computer that wrote them will write them again):"))
            # The file names say which (the reasons come from the sync layer untranslated).
            lines.extend(f"  • {(BUNDLE_NAME.search(text) or [text])[0]}" for text in report.damaged)
        fresh = set(lines) - self._warned
        if fresh:
            self._warned |= fresh
            self.sync_banner.show_lines(lines)
        elif not lines:
            self.sync_banner.hide()

    def duration_text(self, ms: int) -> str:
        minutes = ms // 60_000
        if minutes < 120:
            return self.tr("{n} minutes").format(n=minutes)
        if minutes < 48 * 60:
            return self.tr("{n} hours").format(n=minutes // 60)
        return self.tr("{n} days").format(n=QLocale().toString(minutes // (24 * 60)))

    def _sync_failed(self, error: object) -> None:
        self._announce_sync()  # what was applied before the error is kept
        if not isinstance(error, CrmError):
            from crm_desktop.ui.errors import report_exception

            if isinstance(error, BaseException):
                report_exception(error)  # logged with its traceback; the reporter says so in one box
            self.statusBar().showMessage(self.tr(
                "The sync stopped because of an unexpected error. Nothing typed is lost."), 15000)
            return
        text = error_text(error)
        if self.sync.automatic:
            self.statusBar().showMessage(self.tr("Automatic sync failed: {reason}").format(reason=text), 15000)
        else:
            self._sync_problem(text, offer_settings=False)

    def _announce_sync(self) -> None:
        """Tell every view that many records may have changed (they reload)."""
        for table in SYNCED_TABLES:
            self.ctx.announce(table, None, "bulk")

    def _sync_cancelled(self) -> None:
        self._announce_sync()  # the bundles applied before Cancel are kept
        self.statusBar().showMessage(self.tr("Sync cancelled. What was already received is kept."), 10000)

    def _sync_finished(self) -> None:
        self.sync_action.setEnabled(self.database_path is not None)
        self.restore_action = self._action(self.tr("&Restore a backup…"), self.restore_backup, None, "restoreBackup")
        self.restore_action.setEnabled(self.database_path is not None
                                       and permissions.allowed(self.ctx.user.role, Perm.SETTINGS))
        self.sync_status.set_running(False)
        self.ctx.announce("sync", None, "bulk")
        self.update_sync_status()

    def _sync_problem(self, text: str, offer_settings: bool) -> QMessageBox:
        """A short, non-blocking message about a sync that could not run."""
        if self.sync_message is not None:
            self.sync_message.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sync"), text, QMessageBox.StandardButton.Close, self)
        if offer_settings:
            settings = box.addButton(self.tr("Choose another folder…"), QMessageBox.ButtonRole.ActionRole)
            settings.clicked.connect(lambda: self.open_settings("sync"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "sync_message", None))
        self.sync_message = box
        box.open()
        return box

    def _title(self) -> str:
        if self.database_path is None:
            return self.tr("CRM Desktop")
        return self.tr("CRM Desktop — {name}").format(name=self.database_path.name)

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.detail is not None:
            may_close = getattr(self.detail, "can_close", None)
            if callable(may_close) and not may_close():
                event.ignore()
                return
        self.auto_sync_timer.stop()
        self.status_timer.stop()
        self.reminders.stop()
        self.lead_watch.stop()
        for key in ("dashboard", "audit"):  # their workers read the database that is about to close
            stop = getattr(self.views.get(key), "stop", None)
            if callable(stop):
                stop()
        self.sync.wait()  # a sync in progress stops at its next bundle (each is atomic)
        self.bridge.close()
        if isinstance(self._focus_app, QApplication):
            self._focus_app.focusChanged.disconnect(self._guard_search_shortcut)
            self._focus_app = None
        if self._search_palette is not None:
            self._search_palette.close()
        event.accept()

