"""The audit trail on screen: every change, export and print, by whom, when and on which machine.

``AuditView`` is the "Audit trail" area (managers and admins): filters by user, period, kind
and record, a table read from SQL a block at a time (so a trail of a million changes opens
at once), double-click opens the record. ``show_record_audit`` is the "History of changes"
dialog of one record that detail pages open; each change lists its fields, old -> new.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
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
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import audit
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.support_settings import load_support, period_bounds
from crm_desktop.core.users import list_users
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.widgets import area_layout, bar_button, error_label, follow_changes, read_only_rows, search_debounce

AnyIndex = QModelIndex | QPersistentModelIndex
BLOCK = 100
MAX_BLOCKS = 40
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


def record_text(entry: audit.AuditEntry) -> str:
    kind = core_tr(audit.kind_label(entry.record_kind)) if entry.record_kind else ""
    return f"{kind}: {entry.record_label}" if kind and entry.record_label else kind or entry.record_label


class AuditModel(QAbstractTableModel):
    """The filtered trail, newest first; rows are read a block of 100 at a time from core."""

    COLUMNS = ("at", "user", "machine", "action", "record", "details")

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filter = audit.AuditFilter()
        self._count = 0
        self._blocks: dict[int, list[audit.AuditEntry]] = {}
        self._texts = _texts(ctx, self)
        self._headers = [self.tr("When"), self.tr("User"), self.tr("Machine"), self.tr("What"), self.tr("Record"),
                         self.tr("Details")]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
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
        if not 0 <= row < self._count:
            return None
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            if len(self._blocks) >= MAX_BLOCKS:
                self._blocks.pop(next(iter(self._blocks)))
            block = audit.page(self.ctx, self._filter, BLOCK, number * BLOCK)
            self._blocks[number] = block
        offset = row - number * BLOCK
        return block[offset] if offset < len(block) else None

    def set_filter(self, flt: audit.AuditFilter) -> None:
        self._filter = flt
        self.reload()

    def list_filter(self) -> audit.AuditFilter:
        return self._filter

    def reload(self) -> None:
        """Count again and forget the blocks read (a change or a new filter)."""
        self.beginResetModel()
        self._blocks.clear()
        self._texts.forget()
        self._count = audit.count(self.ctx, self._filter)
        self.endResetModel()


class AuditView(QWidget):
    """The "Audit trail" area: who did what, when and where, filtered and paged."""

    #: Open a record's page: (kind, id).
    open_record = Signal(str, str)

    PERIODS = ("7d", "30d", "12m", "all", "custom")

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout, top = area_layout(self, self.tr("Audit trail"))
        self.history_button = bar_button(self, top, self.tr("History of this record…"), self.show_history)
        self.history_button.setEnabled(False)
        top.addStretch(1)
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
        if not self.allowed:
            return
        self.model.set_filter(self.current_filter())
        self._counted()

    def reload(self) -> None:
        if self.allowed:
            self.model.reload()
            self._counted()

    def _counted(self) -> None:
        n = self.model.rowCount()
        text = self.tr("1 entry") if n == 1 else self.tr("{n} entries").format(n=QLocale().toString(n))
        self.count_label.setText(text)
        self._selection_changed()

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
        self.resize(820, 480)
        texts = _texts(ctx, self)
        self.entries = audit.history_of_record(ctx, table, record_id)
        name = next((e.record_label for e in self.entries if e.record_label), "")
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
            item = QTreeWidgetItem([moment_text(ctx, entry.at), entry.user_name, entry.machine,
                                    core_tr(audit.action_label(entry.action)), entry.detail])
            for change in entry.changes:
                field = texts.field(table, record_id, change.column)
                if not change.shown:
                    line = self.tr("{field}: {value}").format(field=field, value=hidden)
                elif entry.action == "created":
                    line = self.tr("{field}: {value}").format(field=field,
                                                              value=texts.value(table, change.column, change.new))
                else:
                    line = self.tr("{field}: {old} → {new}").format(
                        field=field, old=texts.value(table, change.column, change.old) or self.tr("(empty)"),
                        new=texts.value(table, change.column, change.new) or self.tr("(empty)"))
                child = QTreeWidgetItem(["", "", "", "", line])
                child.setToolTip(4, line)
                item.addChild(child)
            if entry.changes and not entry.detail:
                fields = [texts.field(table, record_id, c.column) for c in entry.changes]
                item.setText(4, ", ".join(dict.fromkeys(fields)))
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        for column, width in enumerate((130, 110, 70, 150)):
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

