"""All interventions: queues with live counts, a search box, filters and the paged table.

The table is the lazy PagedRecordModel over core's INTERVENTIONS list: a count and one
block of rows per screen, sorted and filtered in SQL. Times are shown in the shop's time
zone (the one the planning uses), and "today" is the shop's day as of ``ctx.clock``: the
view re-reads itself when that day changes, and after core announces a change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QModelIndex, QObject, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from crm_desktop.core import access, permissions, technicians
from crm_desktop.core.context import Context
from crm_desktop.core.field_choices import KINDS, STATUSES
from crm_desktop.core.intervention_queues import INTERVENTIONS, QUEUE_SORT, QUEUES, SORTABLE, InterventionFilter
from crm_desktop.core.permissions import Perm
from crm_desktop.core.support_settings import load_support, local_day
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.list_view import QUEUE_ROLE, SEARCH_DEBOUNCE_MS, LazyComboBox, QueueList, RecordTable, size_columns
from crm_desktop.ui.paged_model import PagedRecordModel
from crm_desktop.ui.support_format import LATE_COLOR, MUTED_COLOR, date_text, label_of
from crm_desktop.ui.tickets_view import keep_sort_indicator
from crm_desktop.ui.widgets import empty_state_pages, heading, search_debounce, title_bar

#: Tables whose changes can move an intervention between queues or change what a row shows.
INTERVENTION_TABLES = ("interventions", "intervention_technicians", "users", "technicians", "people", "companies",
                       "settings")
#: Initial widths (in average characters) per column key.
COLUMN_CHARS = {"number": 12, "planned": 15, "customer": 20, "city": 11, "kind": 11, "status": 10,
                "technicians": 18, "subject": 28}
#: How often the view checks whether the shop's day changed ("Today" moves at midnight).
DAY_CHECK_MS = 60_000


def kind_label(key: Any) -> str:
    return label_of(KINDS, key)


def status_label(key: Any) -> str:
    return label_of(STATUSES, key)


_STYLES: dict[str, QBrush | QFont] = {}


def _style(name: str) -> QBrush | QFont:
    """Colours and the bold font of the list, made once (not per cell)."""
    if not _STYLES:
        bold = QFont()
        bold.setBold(True)
        _STYLES.update(bold=bold, late=QBrush(QColor(LATE_COLOR)), muted=QBrush(QColor(MUTED_COLOR)))
    return _STYLES[name]


class InterventionModel(PagedRecordModel):
    """Interventions of one queue and filter, as of the shop's day (the model stamps each filter with it)."""

    STYLE_ROLES = frozenset({int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole)})

    def __init__(self, ctx: Context, flt: InterventionFilter | None = None, parent: QObject | None = None,
                 block_size: int | None = None) -> None:
        self._set_zone(ctx)
        first = self._stamp_with(ctx, flt or InterventionFilter())
        extra = {} if block_size is None else {"block_size": block_size}
        super().__init__(ctx, INTERVENTIONS, parent, list_filter=first,
                         formatters={"kind": kind_label, "status": status_label}, **extra)
        self._set_today(first)

    def _set_zone(self, ctx: Context) -> None:
        zone = QTimeZone(load_support(ctx.db).timezone.encode())
        self._zone = zone if zone.isValid() else QTimeZone.systemTimeZone()

    @staticmethod
    def _stamp_with(ctx: Context, flt: InterventionFilter) -> InterventionFilter:
        return replace(flt, today=local_day(ctx.db, ctx.now()))

    def _stamp(self, flt: InterventionFilter) -> InterventionFilter:
        stamped = self._stamp_with(self._ctx, flt)
        self._set_today(stamped)
        return stamped

    def _set_today(self, flt: InterventionFilter) -> None:
        assert flt.today is not None
        self._today_iso = flt.today.isoformat()
        self._today = QDate(flt.today.year, flt.today.month, flt.today.day)

    def today(self) -> QDate:
        return self._today

    def set_filter(self, flt: Any) -> None:
        super().set_filter(self._stamp(flt))

    def refresh(self, flt: Any = None) -> None:
        """Re-read as of the shop's today (the day turned, or something changed)."""
        self._set_zone(self._ctx)
        super().refresh(self._stamp(flt if flt is not None else self.list_filter()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; the team column (a list of names) is not a sort key: the sort stays as it was."""
        if 0 <= column < len(self._columns) and self._columns[column].key not in SORTABLE:
            return
        super().sort(column, order)

    # --- what a row shows -------------------------------------------------------------

    def moment_text(self, iso: str) -> str:
        """A stored UTC time in the shop's time zone: "Today 14:00", "Tomorrow 08:30", else date and time."""
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
        if not moment.isValid():
            return iso
        local = moment.toTimeZone(self._zone)
        locale = QLocale()
        time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        day = local.date()
        if day == self._today:
            return self.tr("Today {time}").format(time=time)
        if day == self._today.addDays(1):
            return self.tr("Tomorrow {time}").format(time=time)
        if day == self._today.addDays(-1):
            return self.tr("Yesterday {time}").format(time=time)
        return f"{locale.toString(day, QLocale.FormatType.ShortFormat)} {time}"

    def due_text(self, day: str) -> str:
        """A job to plan shows the date it is due by."""
        return self.tr("due {day}").format(day=date_text(day))

    def overdue(self, values: Sequence[Any]) -> bool:
        """A job still to plan whose due date is past."""
        planned = self.value("planned", values)
        return (self.value("status", values) == "to_plan" and bool(planned) and len(planned) == 10
                and planned < self._today_iso)

    def display_text(self, column: int, values: Sequence[Any]) -> str:
        if self._keys[column] == "planned":
            planned = self.value("planned", values)
            if not planned:
                return ""
            if len(planned) == 10:  # no start yet: the date it is due by
                return self.due_text(planned)
            return self.moment_text(planned)
        return super().display_text(column, values)

    def role_data(self, role: int, key: str, values: Sequence[Any]) -> Any:
        if key == "planned" and self.overdue(values):
            if role == Qt.ItemDataRole.ForegroundRole:
                return _style("late")
            if role == Qt.ItemDataRole.FontRole:
                return _style("bold")
        if key == "status" and role == Qt.ItemDataRole.ForegroundRole and self.value("status", values) == "cancelled":
            return _style("muted")
        return None


class InterventionsView(QueueList, QWidget):
    """Queues on the left with their counts; the search box, the filters and the interventions on the right.

    It never opens anything itself: a double click (or Enter) emits ``open_intervention(id)``,
    and "New intervention" emits ``new_intervention(initial values)`` (the kind and the
    technician chosen in the filters, when any) for the main window to open a form.
    Without a ``bridge`` the view makes its own over ``ctx.changes``.
    """

    open_intervention = Signal(str)
    new_intervention = Signal(dict)
    #: The queue counts were read again (tests wait on it).
    counts_updated = Signal()
    kind = "intervention"
    queue_labels = QUEUES
    default_queue = "all"
    queue_sort = QUEUE_SORT
    default_sort = ("planned", False)

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts: dict[str, int] = {}
        self.bridge = bridge if bridge is not None else ChangeBridge(ctx.changes, self)
        self.model = InterventionModel(ctx, InterventionFilter(queue="all"), self)
        self._auto_sort = True  # until the user clicks a column header

        self.title = heading(self.tr("Interventions"))
        self.new_button = QPushButton(self.tr("New intervention"))
        self.new_button.setAutoDefault(False)
        self.new_button.setToolTip(self.tr("A job to do on site, to plan now or later"))
        self.new_button.clicked.connect(self._new_clicked)
        self.new_button.setVisible(permissions.allowed(ctx.user.role, Perm.INTERVENTION_WRITE))

        self._make_queues("interventionQueues", "all")
        self._sort_for("all")

        self.search = QLineEdit()
        hint = self.tr("Search: number, subject, instructions, work done, city…")
        self.search.setPlaceholderText(hint)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.installEventFilter(self)
        self.technician = LazyComboBox(self.tr("All technicians"), self._technician_items)
        self.technician.setToolTip(self.tr("Interventions of this technician"))
        self.technician.load()
        # A technician lists their own interventions only: choosing someone else's would show nothing.
        self.technician.setVisible(not access.limited(ctx.user))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All types"), None)
        for key in KINDS:
            self.kind_filter.addItem(kind_label(key), key)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = RecordTable()
        self.table.setObjectName("interventionTable")
        self.table.setModel(self.model)
        self._size_columns()
        order = Qt.SortOrder.DescendingOrder if self.model.descending() else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column(), order)
        self.table.setSortingEnabled(True)
        keep_sort_indicator(self.table, self.model)  # type: ignore[arg-type]
        self.table.horizontalHeader().sectionClicked.connect(self._sorted_by_user)
        self.table.activated.connect(self._open_index)  # a double click, or Enter
        self.empty, self.pages = empty_state_pages(self.table)

        self._lay_out(title_bar(self.title, self.new_button), self.technician, self.kind_filter)

        self._debounce = search_debounce(self, self.search, self.apply_filter, SEARCH_DEBOUNCE_MS)
        self.technician.currentIndexChanged.connect(self.apply_filter)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)
        self.model.count_changed.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)

        self.changes = ChangeCoalescer(self.bridge, self.refresh, INTERVENTION_TABLES, parent=self, widget=self)
        self.day_timer = QTimer(self)
        self.day_timer.setObjectName("interventionsDay")
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_day)
        self.day_timer.start()
        self._show_count()
        # The counts come right after the first paint: the first page shows sooner.
        QTimer.singleShot(0, self, self.update_counts)

    # --- queues and filters ------------------------------------------------------------

    def current_filter(self) -> InterventionFilter:
        return InterventionFilter(queue=self.queue(), text=self.search.text().strip(),
                                  technician_id=self.technician.currentData(), kind=self.kind_filter.currentData())

    @staticmethod
    def _choices(flt: InterventionFilter) -> InterventionFilter:
        """A filter without its day, to tell whether the user changed anything."""
        return replace(flt, today=None)

    def update_counts(self) -> None:
        """"To plan (4)": the count of each queue as of the shop's today."""
        today = local_day(self.ctx.db, self.ctx.now())
        self.counts = INTERVENTIONS.counts(self.ctx.db, InterventionFilter(today=today,
                                                                           seen_by=access.seen_by(self.ctx.user)))
        locale = QLocale()
        for row in range(self.queues.count()):
            item = self.queues.item(row)
            key = item.data(QUEUE_ROLE)
            label = core_tr(QUEUES[key])
            item.setText(self.tr("{queue} ({n})").format(queue=label, n=locale.toString(self.counts.get(key, 0))))
            font = item.font()
            font.setBold(key == "to_plan" and self.counts.get(key, 0) > 0)
            item.setFont(font)
        self.counts_updated.emit()

    # --- refreshing --------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read after a change announced by core, keeping the scroll position."""
        self._reread_keeping_place(self.technician.invalidate)
        self._show_count()
        self.update_counts()

    def check_day(self) -> None:
        """The shop's day turned (midnight): "Today" and "This week" are other days now."""
        if self.isVisible() and local_day(self.ctx.db, self.ctx.now()) != self.model.list_filter().today:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self, self.check_day)

    # --- opening -----------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row()) if index.isValid() else None
        if record_id:
            self.open_intervention.emit(record_id)

    def _new_clicked(self) -> None:
        initial: dict[str, Any] = {}
        if self.kind_filter.currentData():
            initial["kind"] = self.kind_filter.currentData()
        if self.technician.currentData():
            initial["technician_ids"] = [self.technician.currentData()]
        self.new_intervention.emit(initial)

    # --- texts -------------------------------------------------------------------------

    def _show_count(self, *_args: object) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("Interventions: {count}").format(count=QLocale().toString(count)))
        flt = self.model.list_filter()
        if flt.text or flt.technician_id or flt.kind:
            self.empty.setText(self.tr("No intervention matches these filters."))
        elif flt.queue == "all":
            self.empty.setText(self.tr("No interventions yet. Click “New intervention” to record a job to do "
                                       "on site."))
        else:
            self.empty.setText(self.tr("Nothing in this queue."))
        self.pages.setCurrentWidget(self.table if count else self.empty)

    def _size_columns(self) -> None:
        samples = {"status": [status_label(k) for k in STATUSES], "kind": [kind_label(k) for k in KINDS],
                   "planned": [self.model.moment_text("2026-12-28T21:58:00.000Z"),
                               self.model.due_text("2026-12-28"),
                               self.model.moment_text(self.model.today().toString(Qt.DateFormat.ISODate)
                                                      + "T21:58:00.000Z")]}
        size_columns(self.table, self.model.record_list().columns, COLUMN_CHARS, samples)

    def _technician_items(self) -> list[tuple[str, str]]:
        return [(tech.name, tech.id) for tech in technicians.list_technicians(self.ctx.db)]
