"""The audit trail on screen: every change, export and print, by whom, when and on which machine.

``AuditView`` is the "Audit trail" area (managers and admins): filters by user, period, kind
and record, a table read from SQL a block at a time (so a trail of a million changes opens
at once), double-click opens the record. ``show_record_audit`` is the "History of changes"
dialog of one record that detail pages open; each change lists its fields, old -> new.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import audit, support_choices
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.support_settings import load_support, period_bounds
from crm_desktop.core.users import list_users
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.read_connection import ReadConnection
from crm_desktop.ui.support_format import MUTED_COLOR
from crm_desktop.ui.widgets import area_layout, bar_button, error_label, follow_changes, read_only_rows, search_debounce
from crm_desktop.ui.workers import Progress, Task, run_detached, wait_for

LOGGER = logging.getLogger(__name__)
AnyIndex = QModelIndex | QPersistentModelIndex
#: A stored UTC time (core/clock.py to_iso).
ISO_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")
#: Entries read at a time: the first page of a filter, then one more each time the list is scrolled to its end.
BLOCK = 100
#: Tables whose writes show in the trail: all of them (every synced write is a line).
WATCHED: tuple[str, ...] = ()


def _texts(ctx: Context, parent: QObject) -> Any:
    """Readable field names and values, shared with the conflicts view."""
    from crm_desktop.ui.conflicts_view import ConflictTexts

    return ConflictTexts(ctx, parent)


def moment_text(ctx: Context, iso: str) -> str:
    """A stored UTC time in the shop's time zone, in the user's short date-time format."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(ZoneInfo(load_support(ctx.db).timezone))
    except (ValueError, KeyError):
        return iso
    shown = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


#: Choices of the support tables, shown in words in a record's history.
SUPPORT_CHOICES: dict[tuple[str, str], dict[str, str]] = {
    ("tickets", "priority"): support_choices.PRIORITIES, ("tickets", "status"): support_choices.STATUSES,
    ("tickets", "channel"): support_choices.CHANNELS, ("tickets", "category"): support_choices.CATEGORIES,
    ("time_entries", "billing"): support_choices.BILLING, ("ticket_costs", "kind"): support_choices.COST_KINDS,
    ("ticket_events", "kind"): support_choices.EVENT_KINDS,
}


def value_text(ctx: Context, texts: Any, table: str, column: str, value: Any) -> str:
    """A logged value in words: the conflicts view's wording, plus the support choices, people and tickets
    named, and stored times in the shop's time zone."""
    choices = SUPPORT_CHOICES.get((table, column))
    if choices is not None and isinstance(value, str):
        return core_tr(choices.get(value, value))
    if column in ("person_id", "ticket_id") and isinstance(value, str) and value:
        kind = "people" if column == "person_id" else "tickets"
        label = audit.record_labels(ctx, [(kind, value)]).get((kind, value))
        if label:
            return label
    if isinstance(value, str) and ISO_MOMENT.fullmatch(value):
        return moment_text(ctx, value)
    return str(texts.value(table, column, value))


def record_text(entry: audit.AuditEntry) -> str:
    kind = core_tr(audit.kind_label(entry.record_kind)) if entry.record_kind else ""
    return f"{kind}: {entry.record_label}" if kind and entry.record_label else kind or entry.record_label


class AuditModel(QAbstractTableModel):
    """The filtered trail, newest first: the pages read so far (the view reads them in a worker thread and
    asks for the next one as the list is scrolled to its end). ``stale`` greys the rows while a newer
    filter's first page is being read."""

    COLUMNS = ("at", "user", "machine", "action", "record", "details")

    #: The list was scrolled to its end and there is more: the view reads the next page.
    more_wanted = Signal()

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filter = audit.AuditFilter()
        self._rows: list[audit.AuditEntry] = []
        self.more = False
        self.loading = False
        self.stale = False
        self._texts = _texts(ctx, self)
        self._headers = [self.tr("When"), self.tr("User"), self.tr("Machine"), self.tr("What"), self.tr("Record"),
                         self.tr("Details")]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(MUTED_COLOR) if self.stale else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        key = self.COLUMNS[index.column()]
        if key == "at":
            return moment_text(self.ctx, entry.at)
        if key == "user":
            return entry.user_name or (self.tr("(unknown)") if entry.user_id else self.tr("(nobody)"))
        if key == "machine":
            return entry.machine
        if key == "action":
            return core_tr(audit.action_label(entry.action))
        if key == "record":
            return record_text(entry)
        return self.details(entry)

    def details(self, entry: audit.AuditEntry) -> str:
        """The fields a change touched (by their names), or what an event says."""
        if entry.changes:
            table = audit.TABLE_OF_KIND.get(entry.record_kind or "", entry.record_kind or "")
            names = [self._texts.field(table, entry.record_id or "", c.column) for c in entry.changes]
            return ", ".join(dict.fromkeys(names))
        return entry.detail

    def entry(self, row: int) -> audit.AuditEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def last(self) -> audit.AuditEntry | None:
        return self._rows[-1] if self._rows else None

    def list_filter(self) -> audit.AuditFilter:
        return self._filter

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt's signature
        return not parent.isValid() and self.more and not self.loading and not self.stale

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802 - Qt's signature
        if self.canFetchMore(parent):
            self.more_wanted.emit()

    def set_stale(self, stale: bool) -> None:
        """Grey the rows shown (a newer filter is being read) or show them normally again."""
        if stale != self.stale:
            self.stale = stale
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1),
                                      [Qt.ItemDataRole.ForegroundRole])

    def show_page(self, flt: audit.AuditFilter, entries: list[audit.AuditEntry], more: bool) -> None:
        """The first page of ``flt``, in place of what was shown."""
        self.beginResetModel()
        self._filter = flt
        self._rows = list(entries)
        self.more = more
        self.loading = False  # a next page asked for under an older filter is dropped
        self.stale = False
        self._texts.forget()
        self.endResetModel()

    def add_page(self, entries: list[audit.AuditEntry], more: bool) -> None:
        """The next page, after the rows shown."""
        self.more = more
        if entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self._rows += entries
            self.endInsertRows()


class Superseded(Exception):
    """A query not run: a newer filter was chosen before its turn came."""


class _Reader(ReadConnection):
    """The view's own read connection: a newer query interrupts the one under way (its result would be dropped)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx.db)
        self.ctx = ctx
        #: The view's latest filter (set on the GUI thread, read by the workers).
        self.generation = 0

    def run_for(self, work: Callable[[Context], Any], generation: int) -> Any:
        """``work(context on the own connection)`` in the calling (worker) thread, unless a newer filter was
        chosen meanwhile (then Superseded: its result would be dropped)."""

        def step(db: sqlite_utils.Database) -> Any:
            if generation != self.generation:
                raise Superseded()
            return work(replace(self.ctx, db=db))

        return self.run(step)

    def supersede(self, generation: int) -> None:
        """A newer filter was chosen: queries waiting are skipped, the one under way is interrupted."""
        self.generation = generation
        self.interrupt()

    def close(self) -> None:
        self.interrupt()
        super().close()


class _Load(QObject):
    """One query of the view under way: which filter and generation it reads for, so that the result of one
    superseded by a newer filter is dropped. A child of the view: gone with it, and its slots with it."""

    def __init__(self, view: AuditView, generation: int, flt: audit.AuditFilter, kind: str) -> None:
        super().__init__(view)
        self.view = view
        self.generation = generation
        self.flt = flt
        self.kind = kind  # "first", "more" or "count"

    def succeeded(self, result: object) -> None:
        self.view._loaded(self, result)

    def failed(self, error: object) -> None:
        self.view._failed(self, error)


class AuditView(QWidget):
    """The "Audit trail" area: who did what, when and where, filtered and paged."""

    #: Open a record's page: (kind, id).
    open_record = Signal(str, str)
    #: A page of the trail is on screen (the first of a filter, or the next one).
    loaded = Signal()
    #: The entries under the filter were counted (after its first page is shown).
    counted = Signal(int)

    PERIODS = ("7d", "30d", "12m", "all", "custom")

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout, top = area_layout(self, self.tr("Audit trail"))
        self.history_button = bar_button(self, top, self.tr("History of this record…"), self.show_history)
        self.history_button.setEnabled(False)
        top.addStretch(1)
        self.busy = QProgressBar()
        self.busy.setObjectName("auditBusy")
        self.busy.setRange(0, 0)  # moving: reading, no percentage to tell
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(110)
        self.busy.setToolTip(self.tr("Reading the trail…"))
        self.busy.hide()
        top.addWidget(self.busy)
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.message = error_label(self)
        layout.addWidget(self.message)

        bar = QHBoxLayout()
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("auditUser")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("auditPeriod")
        for key, text in zip(self.PERIODS, (self.tr("Last 7 days"), self.tr("Last 30 days"), self.tr("Last 12 months"),
                                            self.tr("Any date"), self.tr("From … to …")), strict=True):
            self.period_combo.addItem(text, key)
        today = self._today()
        self.start_edit = self._date_edit(today - timedelta(days=30))
        self.end_edit = self._date_edit(today)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("auditKind")
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        hint = self.tr("Record: a name, a number…")
        self.search.setPlaceholderText(hint)
        self.search.setClearButtonEnabled(True)
        for label, widget in ((self.tr("User"), self.user_combo), (self.tr("Period"), self.period_combo),
                              (None, self.start_edit), (self.tr("to"), self.end_edit),
                              (self.tr("What"), self.kind_combo)):
            if label:
                bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)

        self.model = AuditModel(ctx, self)
        self.model.more_wanted.connect(self._load_more)
        # Pages and counts each on their own connection: a long count never delays the next page.
        self.reader = _Reader(ctx)
        self.counter = _Reader(ctx)
        self.destroyed.connect(self.reader.close)
        self.destroyed.connect(self.counter.close)
        self.tasks: dict[Task, str] = {}  # running queries and their kind
        self.generation = 0
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        read_only_rows(self.table)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 110, 70, 150, 240)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        self.allowed = audit.can_view(ctx.user)
        if not self.allowed:
            self._refuse()
            return
        self._fill_choices()
        self.period_combo.setCurrentIndex(self.PERIODS.index("30d"))
        self._enable_dates()
        for combo in (self.user_combo, self.period_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.period_combo.currentIndexChanged.connect(self._enable_dates)
        self.start_edit.dateChanged.connect(self.apply_filter)
        self.end_edit.dateChanged.connect(self.apply_filter)
        self._debounce = search_debounce(self, self.search, self.apply_filter, 250)
        self.bridge, self.changes = follow_changes(self, ctx, bridge, self.reload, WATCHED)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)
        self.apply_filter()

    # --- building -------------------------------------------------------------------

    def _today(self) -> date:
        zone = ZoneInfo(load_support(self.ctx.db).timezone)
        return self.ctx.clock.now().astimezone(zone).date()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        return edit

    def _fill_choices(self) -> None:
        self.user_combo.addItem(self.tr("Everyone"), None)
        for user in list_users(self.ctx.db, include_inactive=True):
            self.user_combo.addItem(user.name, user.id)
        self.kind_combo.addItem(self.tr("Everything"), None)
        for action in audit.kinds_in_use(self.ctx):
            self.kind_combo.addItem(core_tr(audit.action_label(action)), action)

    def _refuse(self) -> None:
        """A role without the right sees why, and no data."""
        try:
            audit.page(self.ctx, audit.AuditFilter(), 1, 0)
        except CrmError as error:
            self.message.setText(error_text(error))
            self.message.show()
        for widget in (self.user_combo, self.period_combo, self.start_edit, self.end_edit, self.kind_combo,
                       self.search, self.table):
            widget.setEnabled(False)

    def _enable_dates(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)

    # --- filtering --------------------------------------------------------------------

    def period(self) -> tuple[date | None, date | None]:
        """The chosen days (the shop's calendar), None for no bound."""
        key = self.period_combo.currentData()
        today = self._today()
        if key == "all":
            return None, None
        if key == "custom":
            start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
            return (start, end) if start <= end else (end, start)
        days = {"7d": 6, "30d": 29, "12m": 364}[key]
        return today - timedelta(days=days), today

    def current_filter(self) -> audit.AuditFilter:
        start, end = self.period()
        lo = hi = None
        if start is not None and end is not None:
            lo, hi = period_bounds(self.ctx.db, start, end)
        kind = self.kind_combo.currentData()
        return audit.AuditFilter(user_id=self.user_combo.currentData(), start=lo, end=hi,
                                 actions=(kind,) if kind else None, search=self.search.text().strip())

    def apply_filter(self) -> None:
        """Read the first page of the chosen filter in a worker; the rows shown stay, greyed, until it comes
        (a newer filter supersedes it: only the latest is ever shown)."""
        if not self.allowed:
            return
        flt = self.current_filter()
        self.generation += 1
        self.model.set_stale(True)
        self.count_label.setText("…")
        for source in (self.reader, self.counter):  # an older query's result would be dropped anyway
            source.supersede(self.generation)
        self._start(_Load(self, self.generation, flt, "first"),
                    lambda own: audit.page(own, flt, BLOCK))

    def reload(self) -> None:
        self.apply_filter()

    def loading(self) -> bool:
        """Whether a page is being read (counting goes on quietly)."""
        return any(kind != "count" and not task.is_done() for task, kind in self.tasks.items())

    def stop(self) -> None:
        """Stop the queries under way and close the view's connections (before the database closes)."""
        self.generation += 1  # whatever ends now is dropped
        for source in (self.reader, self.counter):
            source.close()
        for task in list(self.tasks):
            wait_for(task)

    def _start(self, load: _Load, work: Callable[[Context], Any]) -> None:
        source, generation = (self.counter if load.kind == "count" else self.reader), load.generation

        def job(_progress: Progress) -> Any:
            return source.run_for(work, generation)

        task = Task(job, self.tr("Audit trail"), self.tr("Reading the trail…"), None, show_dialog=False)
        task.succeeded.connect(load.succeeded)
        task.failed.connect(load.failed)
        task.finished.connect(load.deleteLater)
        self.tasks[task] = load.kind
        task.finished.connect(self._task_ended)
        self._set_busy(True)
        run_detached(task)

    def _task_ended(self) -> None:
        self.tasks = {t: kind for t, kind in self.tasks.items() if not t.is_done()}
        self._set_busy(self.loading())

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _load_more(self) -> None:
        """The next page after the last row shown (the list was scrolled to its end)."""
        last = self.model.last()
        if last is None or self.model.loading:
            return
        flt, after = self.model.list_filter(), (last.at, last.key)
        self.model.loading = True
        self._start(_Load(self, self.generation, flt, "more"), lambda own: audit.page(own, flt, BLOCK, after=after))

    def _loaded(self, load: _Load, result: Any) -> None:
        if load.generation != self.generation:
            return  # superseded by a newer filter
        if load.kind == "count":
            self._show_count(int(result))
            return
        entries = list(result)
        more = len(entries) == BLOCK
        if load.kind == "first":
            self.message.hide()
            self.model.show_page(load.flt, entries, more)
            if more:
                self.count_label.setText(self.tr("{n}+ entries").format(n=QLocale().toString(len(entries))))
                self._start(_Load(self, self.generation, load.flt, "count"), lambda own: audit.count(own, load.flt))
            else:
                self._show_count(len(entries))
        else:
            self.model.loading = False
            self.model.add_page(entries, more)
        self._selection_changed()
        self.loaded.emit()

    def _failed(self, load: _Load, error: object) -> None:
        if load.generation != self.generation:
            return  # interrupted or superseded: a newer query is under way
        if isinstance(error, CrmError):
            self.message.setText(error_text(error))
        else:
            if isinstance(error, BaseException):
                LOGGER.error("audit trail failed", exc_info=(type(error), error, error.__traceback__))
            self.message.setText(self.tr("The trail could not be read. The details were written to the log file."))
        self.message.show()
        self.model.loading = False
        self.model.set_stale(False)
        if load.kind != "count":
            self.loaded.emit()

    def _show_count(self, n: int) -> None:
        text = self.tr("1 entry") if n == 1 else self.tr("{n} entries").format(n=QLocale().toString(n))
        self.count_label.setText(text)
        self.counted.emit(n)

    # --- actions ----------------------------------------------------------------------

    def selected_entry(self) -> audit.AuditEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        self.history_button.setEnabled(bool(entry and entry.record_id and entry.record_kind in audit.TABLE_OF_KIND))

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None and entry.record_id and entry.record_kind:
            self.open_record.emit(entry.record_kind, entry.record_id)

    def show_history(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.record_id and entry.record_kind in audit.TABLE_OF_KIND:
            show_record_audit(self.ctx, audit.TABLE_OF_KIND[entry.record_kind], entry.record_id, self)


class RecordAuditDialog(QDialog):
    """One record's history: each line a change or an event; a change unfolds into its fields, old -> new."""

    def __init__(self, ctx: Context, table: str, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("History of changes"))
        self.resize(940, 520)
        texts = _texts(ctx, self)
        self.entries = audit.history_of_record(ctx, table, record_id)
        name = next((e.record_label for e in self.entries if e.record_label and e.record_id == record_id), "")
        title = QLabel(self.tr("History of changes of {name}").format(name=name) if name
                       else self.tr("History of changes"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setObjectName("recordAudit")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("User"), self.tr("Machine"), self.tr("What"),
                                   self.tr("Details")])
        self.tree.setAlternatingRowColors(True)
        hidden = self.tr("(hidden)")
        for entry in reversed(self.entries):  # newest first
            # A part (a ticket's message, a sale's line...) says which: "Created · Time spent".
            own = entry.record_id == record_id
            part_table = table if own else audit.TABLE_OF_KIND.get(entry.record_kind or "", table)
            part_id = entry.record_id or record_id
            what = core_tr(audit.action_label(entry.action))
            if not own:
                what = self.tr("{action} · {part}").format(action=what,
                                                           part=core_tr(audit.kind_label(entry.record_kind)))
            item = QTreeWidgetItem([moment_text(ctx, entry.at), entry.user_name, entry.machine, what, entry.detail])
            item.setToolTip(3, what)
            for change in entry.changes:
                if not own and change.new == record_id:
                    continue  # a part's link to the record: said by "· Time spent", "· Sale line"...
                field = texts.field(part_table, part_id, change.column)
                if not change.shown:
                    line = self.tr("{field}: {value}").format(field=field, value=hidden)
                elif entry.action == "created":
                    line = self.tr("{field}: {value}").format(
                        field=field, value=value_text(ctx, texts, part_table, change.column, change.new))
                else:
                    empty = self.tr("(empty)")
                    line = self.tr("{field}: {old} → {new}").format(
                        field=field, old=value_text(ctx, texts, part_table, change.column, change.old) or empty,
                        new=value_text(ctx, texts, part_table, change.column, change.new) or empty)
                child = QTreeWidgetItem(["", "", "", "", line])
                child.setToolTip(4, line)
                item.addChild(child)
            if entry.changes and not entry.detail:
                fields = [texts.field(part_table, part_id, c.column) for c in entry.changes
                          if own or c.new != record_id]
                item.setText(4, ", ".join(dict.fromkeys(fields)))
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        for column, width in enumerate((150, 110, 60, 200)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        if self.tree.topLevelItemCount():
            self.tree.topLevelItem(0).setExpanded(True)
        self.empty = QLabel(self.tr("Nothing was recorded about this record."))
        self.empty.setVisible(not self.entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)


def show_record_audit(ctx: Context, table: str, record_id: str, parent: QWidget | None = None) -> RecordAuditDialog:
    """Open one record's "History of changes" (non-modal; refused in core without the audit right)."""
    dialog = RecordAuditDialog(ctx, table, record_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog



class RecordHistoryButton(QPushButton):
    """"History…" on a record's page or dialog: its "History of changes" (changes old -> new, who, when, on
    which machine). Hidden from roles without the audit right; disabled while the record is not saved."""

    def __init__(self, ctx: Context, table: str, record_id: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self._record_id = record_id
        self.dialog: RecordAuditDialog | None = None
        self.setObjectName("historyButton")
        self.setText(self.tr("Change history…"))
        self.setToolTip(self.tr("History of changes: who created, changed or deleted what, when and on which "
                                "machine"))
        self.setAutoDefault(False)
        self.allowed = audit.can_view(ctx.user)
        if not self.allowed:
            self.setHidden(True)
        self.clicked.connect(self.show_history)
        self.refresh()

    def refresh(self) -> None:
        """Enabled once the record exists."""
        self.setEnabled(self.allowed and bool(self._record_id()))

    def show_history(self) -> RecordAuditDialog | None:
        record_id = self._record_id()
        if not (self.allowed and record_id):
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = show_record_audit(self.ctx, self.table, record_id, self.window())
        self.dialog.destroyed.connect(self._forget)
        return self.dialog

    def _forget(self) -> None:
        self.dialog = None
