"""The reusable list of records (people, companies): search, filters, table, count.

Everything heavy happens in SQL through core's RecordList (via PagedRecordModel):
the search box filters as you type (debounced, so a fast typist causes one query,
not one per key), the header sorts in SQL, and the tag filter reads the tags in use
only when its menu is first opened, so showing the list costs a count and a page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.choices import INDUSTRIES, STAGES
from crm_desktop.core.context import Context
from crm_desktop.core.listing import Column, ListFilter, RecordList, tags_in_use
from crm_desktop.core.users import list_users
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.paged_model import PagedRecordModel
from crm_desktop.ui.widgets import empty_state_pages, heading, search_debounce, title_bar

SEARCH_DEBOUNCE_MS = 150
ROW_HEIGHT_EXTRA = 8

#: Initial widths (in average characters) per column key; the rest get the default.
COLUMN_CHARS = {
    "name": 20, "company": 18, "email": 22, "phone": 12, "mobile": 12, "city": 12,
    "stage": 10, "owner": 12, "updated": 14, "vat": 16, "industry": 15,
}
QUEUE_ROLE = int(Qt.ItemDataRole.UserRole)


def size_columns(table: QTableView, columns: Iterable[Column], chars: Mapping[str, int],
                 samples: Mapping[str, Sequence[str]], default_chars: int = 12) -> None:
    """Start widths: ``chars`` average characters per column key, or wider to show its ``samples`` whole."""
    metrics = table.fontMetrics()
    width = metrics.averageCharWidth()
    for number, column in enumerate(columns):
        base = chars.get(column.key, default_chars) * width + 12
        fitted = max((metrics.horizontalAdvance(text) + 24 for text in samples.get(column.key, [])), default=0)
        table.setColumnWidth(number, max(base, fitted))


class LazyComboBox(QComboBox):
    """A filter menu whose items are loaded when it is first opened (and after changes).

    The first item means "no filter" and has no data.
    """

    def __init__(
        self, all_text: str, loader: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._stale = True
        self.addItem(all_text, None)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def invalidate(self) -> None:
        self._stale = True

    def load(self) -> None:
        """Fill the menu now, keeping the current choice when it still exists."""
        current = self.currentData()
        self.blockSignals(True)
        try:
            while self.count() > 1:
                self.removeItem(1)
            for label, value in self._loader():
                self.addItem(label, value)
            found = self.findData(current) if current is not None else 0
            self.setCurrentIndex(max(found, 0))
        finally:
            self.blockSignals(False)
        self._stale = False
        if current is not None and self.currentData() != current:
            self.currentIndexChanged.emit(self.currentIndex())

    def showPopup(self) -> None:
        if self._stale:
            self.load()
        super().showPopup()


class RecordTable(QTableView):
    """The table: fixed row height (cheap with 100,000 rows), rows selected whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + ROW_HEIGHT_EXTRA)
        horizontal = self.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(True)
        horizontal.setSectionsMovable(True)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class SearchableList:
    """Keyboard habits shared by the searchable lists (people, companies, tickets).

    Down in the search box goes to the table; Enter opens the first match. The
    class using it has ``search``, ``table``, ``model``, ``_debounce``,
    ``apply_filter()``, ``open_record`` and ``kind`` (what an opened row is).
    """

    kind: str

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: Qt may deliver an event while the view is being built or taken down.
        if watched is getattr(self, "search", None) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                if self._debounce.isActive():
                    self.apply_filter()
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                self.table.setCurrentIndex(self.model.index(0, 0))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self.apply_filter()
                if self.model.rowCount():
                    self._open_index(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def filter_pending(self) -> bool:
        """True while typed text waits for the debounce (tests wait on this)."""
        return self._debounce.isActive()

    def _reread_keeping_place(self, *menus_reset: Callable[[], None]) -> None:
        """Re-read the rows (then reset the filter menus) without moving the scroll position or current row."""
        position = self.table.verticalScrollBar().value()
        current = self.table.currentIndex()
        self.model.refresh()
        for reset in menus_reset:
            reset()
        self.table.verticalScrollBar().setValue(position)
        if current.isValid() and current.row() < self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))

    def _open_index(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row()) if index.isValid() else None
        if record_id:
            self.open_record.emit(self.kind, record_id)


class QueueList(SearchableList):
    """Queues on the left of a SearchableList (tickets, interventions), the filter bar and the table on the right.

    The class using it sets ``queue_labels`` (core's QUEUES), ``default_queue``, the sort each queue starts
    with until the user sorts by a column (``queue_sort``, else ``default_sort``), and has ``queues``,
    ``count_label``, ``pages`` and ``_auto_sort`` besides what SearchableList needs.
    """

    queue_labels: Mapping[str, str]
    default_queue: str
    queue_sort: Mapping[str, tuple[str, bool]]
    default_sort: tuple[str, bool]

    def _make_queues(self, object_name: str, current: str) -> QListWidget:
        """The queue list, ``current`` chosen; choosing another applies the filter."""
        self.queues = QListWidget()
        self.queues.setObjectName(object_name)
        self.queues.setMinimumWidth(170)
        self.queues.setMaximumWidth(280)
        self.queues.setSpacing(1)
        row_height = self.queues.fontMetrics().height() + 12
        for key, label in self.queue_labels.items():
            item = QListWidgetItem(core_tr(label))
            item.setData(QUEUE_ROLE, key)
            item.setSizeHint(QSize(0, row_height))
            self.queues.addItem(item)
        self._select_queue_item(current)
        self.queues.currentItemChanged.connect(self._queue_chosen)
        return self.queues

    def _lay_out(self, top: QLayout, *filters: QWidget) -> None:
        """The title bar above; the queues on the left; the search box, ``filters``, the count and the table."""
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for widget in filters:
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.pages, 1)
        splitter = QSplitter()
        splitter.addWidget(self.queues)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 920])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)  # type: ignore[arg-type]  # the class using it is a QWidget
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def queue(self) -> str:
        item = self.queues.currentItem()
        return str(item.data(QUEUE_ROLE)) if item is not None else self.default_queue

    def set_queue(self, key: str) -> None:
        """Show one queue (the same as clicking it)."""
        if key not in self.queue_labels:
            raise ValueError(key)
        self._select_queue_item(key)

    def _select_queue_item(self, key: str) -> None:
        for row in range(self.queues.count()):
            if self.queues.item(row).data(QUEUE_ROLE) == key:
                self.queues.setCurrentRow(row)
                return

    def _queue_chosen(self, *_args: object) -> None:
        self.apply_filter()

    def queue_text(self, key: str) -> str:
        for row in range(self.queues.count()):
            item = self.queues.item(row)
            if item.data(QUEUE_ROLE) == key:
                return item.text()
        raise KeyError(key)

    @staticmethod
    def _choices(flt: Any) -> Any:
        """A filter without what the model stamps on it (its moment), to tell whether the user changed anything."""
        return flt

    def apply_filter(self) -> None:
        """Re-count and show the first rows of the queue matching the filter bar."""
        self._debounce.stop()
        flt = self.current_filter()
        if self._choices(flt) == self._choices(self.model.list_filter()):
            return
        if self._auto_sort:
            self._sort_for(flt.queue)
        self.model.set_filter(flt)
        self.table.scrollToTop()

    def _sort_for(self, queue: str) -> None:
        """Sort as ``queue`` starts (its arrow on the header too, once there is a table)."""
        key, descending = self.queue_sort.get(queue, self.default_sort)
        if (key, descending) == (self.model.sort_key(), self.model.descending()):
            return
        keys = [column.key for column in self.model.record_list().columns]
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        table = getattr(self, "table", None)
        if table is not None:
            header = table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(keys.index(key), order)
            header.blockSignals(False)
        self.model.sort(keys.index(key), order)

    def _sorted_by_user(self, _section: int) -> None:
        self._auto_sort = False


class RecordListView(SearchableList, QWidget):
    """A searchable, filterable, sortable list of one kind of record.

    Subclasses give the list (core's PEOPLE, COMPANIES) and their texts. The view
    never opens a record itself: it emits ``open_record(kind, id)`` and
    ``new_requested()`` and the main window decides what to show.
    """

    open_record = Signal(str, str)
    new_requested = Signal()

    def __init__(
        self,
        ctx: Context,
        bridge: ChangeBridge,
        record_list: RecordList,
        kind: str,
        tag_table: str,
        refresh_on: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self._tag_table = tag_table
        self.model = PagedRecordModel(ctx, record_list, self)

        self.title = heading(self.title_text())
        self.new_button = QPushButton(self.new_text())
        self.new_button.setDefault(False)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_requested)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.search_hint())
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.installEventFilter(self)
        self.stage = QComboBox()
        self.stage.addItem(QCoreApplication.translate("RecordListView", "All stages"), None)
        for key, label in STAGES.items():
            self.stage.addItem(core_tr(label), key)
        self.tag = LazyComboBox(QCoreApplication.translate("RecordListView", "All tags"), self._tag_items)
        self.owner = LazyComboBox(QCoreApplication.translate("RecordListView", "All owners"), self._owner_items)
        self.owner.load()
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = RecordTable()
        self.table.setModel(self.model)
        self._size_columns()
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._open_index)

        self.empty, self.pages = empty_state_pages(self.table)

        top = title_bar(self.title, self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.stage)
        filters.addWidget(self.tag)
        filters.addWidget(self.owner)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.pages, 1)

        self._debounce = search_debounce(self, self.search, self.apply_filter, SEARCH_DEBOUNCE_MS)
        self.stage.currentIndexChanged.connect(self.apply_filter)
        self.tag.currentIndexChanged.connect(self.apply_filter)
        self.owner.currentIndexChanged.connect(self.apply_filter)
        self.model.count_changed.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)

        tables = (record_list.table, "users", "settings", *refresh_on)
        self.changes = ChangeCoalescer(bridge, self.refresh, tables, parent=self, widget=self)
        self._show_count()

    # --- texts subclasses give ---------------------------------------------------------

    def title_text(self) -> str:
        return QCoreApplication.translate("RecordListView", "Records")

    def new_text(self) -> str:
        return QCoreApplication.translate("RecordListView", "New")

    def search_hint(self) -> str:
        return QCoreApplication.translate("RecordListView", "Search…")

    def count_text(self, count: int) -> str:
        """The count label; worded without plurals (English has no numerus catalogue)."""
        return QCoreApplication.translate("RecordListView", "Records: {count}").format(count=QLocale().toString(count))

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return QCoreApplication.translate("RecordListView", "Nothing matches these filters.")
        return QCoreApplication.translate("RecordListView", "Nothing here yet. Click “New” to add the first one.")

    # --- behaviour ---------------------------------------------------------------------

    def current_filter(self) -> ListFilter:
        return ListFilter(
            text=self.search.text().strip(),
            stage=self.stage.currentData(),
            tag=self.tag.currentData(),
            owner_id=self.owner.currentData(),
        )

    def apply_filter(self) -> None:
        """Re-count and show the first rows matching the search box and filters."""
        self._debounce.stop()
        flt = self.current_filter()
        if flt == self.model.list_filter():
            return
        self.model.set_filter(flt)
        self.table.scrollToTop()

    def refresh(self) -> None:
        """Re-read after a change announced by core, keeping the scroll position."""
        self._reread_keeping_place(self.tag.invalidate, self.owner.load)
        self._show_count()


    def _show_count(self, *_args: object) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.count_text(count))
        flt = self.model.list_filter()
        filtered = flt != ListFilter()
        self.empty.setText(self.empty_text(filtered))
        self.pages.setCurrentWidget(self.table if count else self.empty)

    def _size_columns(self) -> None:
        """Start widths: the typical content of each column (stages, industries and phones shown whole)."""
        samples = {
            "stage": [core_tr(label) for label in STAGES.values()],
            "industry": [core_tr(name) for name in INDUSTRIES],
            "phone": ["+33 6 12 34 56 78"],
            "mobile": ["+33 6 12 34 56 78"],
        }
        size_columns(self.table, self.model.record_list().columns, COLUMN_CHARS, samples, default_chars=14)

    def _tag_items(self) -> list[tuple[str, str]]:
        return [(tag, tag) for tag in tags_in_use(self.ctx.db, self._tag_table)]

    def _owner_items(self) -> list[tuple[str, str]]:
        return [(user.name, user.id) for user in list_users(self.ctx.db)]
