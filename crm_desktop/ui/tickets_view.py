"""The support desk: ticket queues with live counts, a filter bar and the paged ticket table.

The table is the same lazy PagedRecordModel as the people list, over core's TICKETS
list: a count and one block of rows per screen, sorted and filtered in SQL. Due
times move with the clock (a ticket turns orange, then red, without anyone writing),
so the counts and the visible rows are read again every minute, as of ``ctx.clock``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from crm_desktop.core import access, permissions
from crm_desktop.core.clock import to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.listing import Column
from crm_desktop.core.permissions import Perm
from crm_desktop.core.support_choices import CATEGORIES, PRIORITIES, STATUSES
from crm_desktop.core.support_settings import load_support
from crm_desktop.core.ticket_queues import QUEUES, TICKETS, TicketFilter
from crm_desktop.core.users import list_users
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.list_view import QUEUE_ROLE, SEARCH_DEBOUNCE_MS, LazyComboBox, QueueList, RecordTable, size_columns
from crm_desktop.ui.paged_model import PagedRecordModel
from crm_desktop.ui.support_format import (
    HIGH_COLOR,
    LATE_COLOR,
    SOON_COLOR,
    category_label,
    date_text,
    local_today,
    moment_text,
    priority_label,
    status_label,
)
from crm_desktop.ui.widgets import empty_state_pages, heading, search_debounce, title_bar

#: Queues and counts are read again this often: due states change with time alone.
TICK_MS = 60_000
#: Tables whose changes can move a ticket between queues or change what a row shows.
TICKET_TABLES = ("tickets", "ticket_events", "time_entries", "ticket_costs", "ticket_solutions", "ticket_sla",
                 "users", "settings", "people", "companies", "support_levels", "contracts")
#: Initial widths (in average characters) per column key.
COLUMN_CHARS = {"number": 12, "subject": 26, "customer": 15, "status": 12, "priority": 8, "assignee": 12,
                "due": 12, "opened": 9, "updated": 9}
#: Queues whose count is not shown (the biggest ones: counting them costs most and says least).
UNCOUNTED = ("done", "all")
#: Until the user sorts by a column: active queues by due time, the others newest first
#: (finished tickets race no clock, and the opening date is indexed).
QUEUE_SORT = {"done": ("opened", True), "all": ("opened", True)}
DEFAULT_SORT = ("due", False)


def size_ticket_columns(table: QTableView, columns: Sequence[Column], chars: Mapping[str, int] | None = None) -> None:
    """Start widths: the typical content of each column (statuses and priorities shown whole)."""
    samples = {"status": [status_label(k) for k in STATUSES], "priority": [priority_label(k) for k in PRIORITIES],
               "opened": [date_text("2026-12-28T10:00:00Z")], "updated": [date_text("2026-12-28T10:00:00Z")],
               "due": [moment_text("2026-12-28T22:58:00Z"), moment_text("2026-12-28T22:58:00Z", QDate(2026, 12, 29))]}
    size_columns(table, columns, {**COLUMN_CHARS, **(chars or {})}, samples)


_STYLES: dict[str, QBrush | QFont] = {}


def _style(name: str) -> QBrush | QFont:
    """The colours and the bold font of the ticket tables, made once (not per model or per cell)."""
    if not _STYLES:
        bold = QFont()
        bold.setBold(True)
        _STYLES.update(bold=bold, late=QBrush(QColor(LATE_COLOR)), soon=QBrush(QColor(SOON_COLOR)),
                       high=QBrush(QColor(HIGH_COLOR)))
    return _STYLES[name]


def sortable(column: Column) -> bool:
    """Whether core's ``page`` can order by this column.

    ``TicketList.page`` splits a column's sort expression on commas to add the
    direction to each part, which breaks an expression with a comma inside a call
    (the customer's coalesce(...)): such a column is not offered until core orders it.
    """
    return all(part.count("(") == part.count(")") for part in column.sort.split(","))


class TicketModel(PagedRecordModel):
    """Tickets of one queue and filter; due times coloured as of the model's "now".

    The model stamps every filter it is given with ``ctx.clock.now()`` and the warn
    window of the support settings, so a queue and its colours always agree.
    """

    STYLE_ROLES = frozenset({int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole)})

    def __init__(self, ctx: Context, flt: TicketFilter | None = None, parent: QObject | None = None,
                 block_size: int | None = None) -> None:
        warn = load_support(ctx.db).warn_minutes
        first = self._stamp_with(ctx, flt or TicketFilter(user_id=ctx.user.id), warn)
        extra = {} if block_size is None else {"block_size": block_size}
        super().__init__(ctx, TICKETS, parent, list_filter=first, formatters={
            "status": status_label, "priority": priority_label, "category": category_label,
            "opened": date_text, "updated": date_text,
        }, **extra)
        self._warn = warn
        self._set_now(first)

    @staticmethod
    def _stamp_with(ctx: Context, flt: TicketFilter, warn: int) -> TicketFilter:
        return replace(flt, now=ctx.clock.now(), warn_minutes=warn, user_id=flt.user_id or ctx.user.id)

    def _stamp(self, flt: TicketFilter) -> TicketFilter:
        stamped = self._stamp_with(self._ctx, flt, self._warn)
        self._set_now(stamped)
        return stamped

    def _set_now(self, flt: TicketFilter) -> None:
        assert flt.now is not None
        self._now_iso = to_iso(flt.now)
        self._soon_iso = to_iso(flt.now + timedelta(minutes=flt.warn_minutes))
        self._today = local_today(flt.now)

    def set_filter(self, flt: Any) -> None:
        super().set_filter(self._stamp(flt))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL, except on a column core cannot order by yet (the sort stays as it was)."""
        if 0 <= column < len(self._columns) and not sortable(self._columns[column]):
            return
        super().sort(column, order)

    def refresh(self, flt: Any = None) -> None:
        """Re-read as of now (the clock moved, or something changed)."""
        self._warn = load_support(self._ctx.db).warn_minutes
        super().refresh(self._stamp(flt if flt is not None else self.list_filter()))

    def now_iso(self) -> str:
        return self._now_iso

    # --- what a row shows -------------------------------------------------------------

    def due_state(self, values: Sequence[Any]) -> str:
        """"late", "soon", "paused", "" — for colours and tests."""
        due = self.value("due", values)
        if not due:
            return "paused" if self.value("status", values) == "waiting" else ""
        if due < self._now_iso:
            return "late"
        if due <= self._soon_iso:
            return "soon"
        return ""

    def display_text(self, column: int, values: Sequence[Any]) -> str:
        if self._keys[column] == "due":
            due = self.value("due", values)
            if not due:
                return self.tr("paused") if self.value("status", values) == "waiting" else ""
            return moment_text(due, self._today)
        return super().display_text(column, values)

    def role_data(self, role: int, key: str, values: Sequence[Any]) -> Any:
        if key == "due":
            state = self.due_state(values)
            if role == Qt.ItemDataRole.ForegroundRole:
                return _style("late") if state == "late" else _style("soon") if state == "soon" else None
            if role == Qt.ItemDataRole.FontRole and state == "late":
                return _style("bold")
        elif key == "priority":
            priority = self.value("priority", values)
            if role == Qt.ItemDataRole.ForegroundRole:
                return _style("late") if priority == "urgent" else _style("high") if priority == "high" else None
            if role == Qt.ItemDataRole.FontRole and priority in ("urgent", "high"):
                return _style("bold")
        return None


def keep_sort_indicator(table: QTableView, model: TicketModel) -> None:
    """Put the header's arrow back when a click asked for a sort the model refused."""
    header = table.horizontalHeader()

    def check(column: int, _order: Qt.SortOrder) -> None:
        if column != model.sort_column():
            order = Qt.SortOrder.DescendingOrder if model.descending() else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(model.sort_column(), order)
            header.blockSignals(False)

    header.sortIndicatorChanged.connect(check, Qt.ConnectionType.QueuedConnection)


class TicketsView(QueueList, QWidget):
    """Queues on the left, the filter bar and the tickets of the chosen queue on the right.

    Like the other lists it never opens anything itself: ``open_record("ticket", id)``
    and ``new_requested()`` go to the main window.
    """

    open_record = Signal(str, str)
    new_requested = Signal()
    #: The queue counts were read again (tests wait on it).
    counts_updated = Signal()
    kind = "ticket"
    queue_labels = QUEUES
    default_queue = "open"
    queue_sort = QUEUE_SORT
    default_sort = DEFAULT_SORT

    def __init__(self, ctx: Context, bridge: ChangeBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts: dict[str, int] = {}
        self.model = TicketModel(ctx, TicketFilter(queue="open", user_id=ctx.user.id), self)
        self._auto_sort = True  # until the user clicks a column header

        self.title = heading(self.tr("Support"))
        self.new_button = QPushButton(self.tr("New ticket"))
        self.new_button.setAutoDefault(False)
        self.new_button.setToolTip(self.tr("Log a new problem (Ctrl+Shift+T)"))
        self.new_button.clicked.connect(self.new_requested)
        self.new_button.setVisible(permissions.allowed(ctx.user.role, Perm.TICKET_WRITE))

        self._make_queues("ticketQueues", "open")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search tickets: number, subject, description, product…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.installEventFilter(self)
        self.priority = QComboBox()
        self.priority.addItem(self.tr("All priorities"), None)
        for key in reversed(list(PRIORITIES)):
            self.priority.addItem(priority_label(key), key)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for key in CATEGORIES:
            self.category.addItem(category_label(key), key)
        self.assignee = LazyComboBox(self.tr("Anyone"), self._assignee_items)
        self.assignee.setToolTip(self.tr("Assigned to"))
        self.assignee.load()
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = RecordTable()
        self.table.setObjectName("ticketTable")
        self.table.setModel(self.model)
        self._size_columns()
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        keep_sort_indicator(self.table, self.model)
        self.table.horizontalHeader().sectionClicked.connect(self._sorted_by_user)
        self.table.activated.connect(self._open_index)
        self.empty, self.pages = empty_state_pages(self.table)

        self._lay_out(title_bar(self.title, self.new_button), self.priority, self.category, self.assignee)

        self._debounce = search_debounce(self, self.search, self.apply_filter, SEARCH_DEBOUNCE_MS)
        self.priority.currentIndexChanged.connect(self.apply_filter)
        self.category.currentIndexChanged.connect(self.apply_filter)
        self.assignee.currentIndexChanged.connect(self.apply_filter)
        self.model.count_changed.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)

        # A technician's tickets follow their jobs (the scope) as well.
        tables = (*TICKET_TABLES, *access.SCOPE_TABLES) if access.limited(ctx.user) else TICKET_TABLES
        self.changes = ChangeCoalescer(bridge, self.refresh, tables, parent=self, widget=self)
        self.tick_timer = QTimer(self)
        self.tick_timer.setObjectName("ticketsTick")
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        self._show_count()
        # The counts come right after the first paint: the first page shows sooner.
        QTimer.singleShot(0, self, self.update_counts)

    # --- queues and filters ------------------------------------------------------------

    def current_filter(self) -> TicketFilter:
        return TicketFilter(
            queue=self.queue(), user_id=self.ctx.user.id, text=self.search.text().strip(),
            priority=self.priority.currentData(), category=self.category.currentData(),
            assignee_id=self.assignee.currentData(),
        )

    @staticmethod
    def _choices(flt: TicketFilter) -> TicketFilter:
        """A filter without its moment, to tell whether the user changed anything."""
        return replace(flt, now=None, warn_minutes=0)

    def update_counts(self) -> None:
        """"My tickets (4)": the count of each queue as of now."""
        flt = TicketFilter(user_id=self.ctx.user.id, now=self.ctx.clock.now(),
                           warn_minutes=load_support(self.ctx.db).warn_minutes, seen_by=access.seen_by(self.ctx.user))
        self.counts = TICKETS.counts(self.ctx.db, flt)
        locale = QLocale()
        for row in range(self.queues.count()):
            item = self.queues.item(row)
            key = item.data(QUEUE_ROLE)
            label = core_tr(QUEUES[key])
            if key in self.counts:
                item.setText(self.tr("{queue} ({n})").format(queue=label, n=locale.toString(self.counts[key])))
                font = item.font()
                font.setBold(key in ("breached", "breaching") and self.counts[key] > 0)
                item.setFont(font)
                item.setForeground(QBrush(QColor(LATE_COLOR)) if key == "breached" and self.counts[key]
                                   else QBrush())
            else:
                item.setText(label)
        self.counts_updated.emit()

    # --- refreshing --------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read after a change announced by core, keeping the scroll position."""
        self._reread_keeping_place(self.assignee.invalidate)
        self._show_count()
        self.update_counts()

    def tick(self) -> None:
        """A minute passed: due states and the time-based queues move on their own."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Back from another area: what was due soon may be late by now."""
        super().showEvent(event)
        shown_as_of = self.model.list_filter().now
        if shown_as_of is not None and self.ctx.clock.now() - shown_as_of >= timedelta(milliseconds=TICK_MS):
            QTimer.singleShot(0, self, self.refresh)

    # --- opening -----------------------------------------------------------------------


    # --- texts -------------------------------------------------------------------------

    def _show_count(self, *_args: object) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("Tickets: {count}").format(count=QLocale().toString(count)))
        flt = self.model.list_filter()
        filtered = bool(flt.text or flt.priority or flt.category or flt.assignee_id)
        if filtered:
            self.empty.setText(self.tr("No ticket matches these filters."))
        elif flt.queue in ("open", "all"):
            self.empty.setText(self.tr("No tickets yet. Click “New ticket” to log the first problem."))
        else:
            self.empty.setText(self.tr("Nothing in this queue."))
        self.pages.setCurrentWidget(self.table if count else self.empty)

    def _size_columns(self) -> None:
        size_ticket_columns(self.table, TICKETS.columns)

    def _assignee_items(self) -> list[tuple[str, str]]:
        return [(user.name, user.id) for user in list_users(self.ctx.db)]
