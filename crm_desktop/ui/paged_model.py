"""A table model over a core RecordList that holds ids and pages rows from SQL.

Why not ``canFetchMore``/``fetchMore`` (DESIGN.md §5)? Fetch-more grows the row
count as the user scrolls, so dragging the scroll bar to the end of 100,000 people
means fetching every page in between. Here ``rowCount`` is the full ``count()`` of
the filter from the start, and ``data()`` loads the ~200-row block that holds the
asked-for row on demand. ``RecordList.page`` reads a block near the end in reverse
order from the end (``total=count``), so jumping to the last row is ONE indexed
query, as cheap as the first page. Blocks are kept in a small LRU cache (50 blocks,
10,000 rows at most) so memory stays flat however far the user scrolls.

Sorting and filtering re-query in SQL; nothing is sorted or filtered in Python.
Any list with the RecordList interface (``columns``, ``default_sort``, ``count``,
``page``) and its own filter object works: people, companies, tickets (a subclass
adds colours and row-aware texts through ``display_text``/``role_data``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields, is_dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_desktop.core import access
from crm_desktop.core.choices import INDUSTRIES, STAGES
from crm_desktop.core.context import Context
from crm_desktop.core.listing import Column, ListFilter
from crm_desktop.core.settings import load_business
from crm_desktop.core.validation import display_phone
from crm_desktop.ui.i18n import core_tr

BLOCK_SIZE = 200
MAX_BLOCKS = 50
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
RAW_ROLE = int(Qt.ItemDataRole.UserRole) + 2

AnyIndex = QModelIndex | QPersistentModelIndex
Formatter = Callable[[Any], str]


class PagedList(Protocol):
    """What the model needs of a list (core's RecordList, TicketList...)."""

    @property
    def columns(self) -> tuple[Column, ...]: ...

    @property
    def default_sort(self) -> str: ...

    def count(self, db: Any, flt: Any) -> int: ...

    def page(self, db: Any, flt: Any, sort_key: str | None = None, descending: bool = False, offset: int = 0,
             limit: int = 100, total: int | None = None) -> list[tuple[Any, ...]]: ...


class _Block:
    """One page of rows and, lazily, their display strings."""

    __slots__ = ("rows", "shown")

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows
        self.shown: dict[tuple[int, int], str] = {}


class PagedRecordModel(QAbstractTableModel):
    """A list of records as a table; rows are read from SQL block by block."""

    #: Emitted after the filter, the sort or the data changed (the count may differ).
    count_changed = Signal(int)
    #: Roles beyond display/tooltip/id/raw that ``role_data`` answers (subclasses).
    STYLE_ROLES: frozenset[int] = frozenset()

    def __init__(
        self,
        ctx: Context,
        record_list: PagedList,
        parent: QObject | None = None,
        phone_region: str | None = None,
        block_size: int = BLOCK_SIZE,
        max_blocks: int = MAX_BLOCKS,
        list_filter: Any = None,
        formatters: Mapping[str, Formatter] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._list = record_list
        self._columns = record_list.columns
        self._keys = [column.key for column in self._columns]
        self._filter = replace(list_filter) if list_filter is not None else ListFilter()
        self._sort_key = record_list.default_sort
        self._descending = False
        self._block_size = block_size
        self._max_blocks = max_blocks
        self._blocks: OrderedDict[int, _Block] = OrderedDict()
        self._region = phone_region or load_business(ctx.db).phone_region
        extra = dict(formatters or {})
        self._formatters = [extra.get(column.key) or self._formatter_for(column.key) for column in self._columns]
        self._count = self._list.count(ctx.db, self._scoped(self._filter))
        self.queries = 0  # how many page queries ran (tests, benchmarks)

    # --- what the view asks ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return core_tr(self._columns[section].label)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or (role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                 ID_ROLE, RAW_ROLE) and role not in self.STYLE_ROLES):
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self._count or not 0 <= column < len(self._columns):
            return None
        block, offset = self._block_for(row)
        if offset >= len(block.rows):
            return None  # the table shrank since the count; a refresh is on its way
        values = block.rows[offset]
        if role == ID_ROLE:
            return values[0]
        if role == RAW_ROLE:
            return values[column + 1]
        if role in self.STYLE_ROLES:
            return self.role_data(role, self._keys[column], values)
        key = (offset, column)
        shown = block.shown.get(key)
        if shown is None:
            shown = self.display_text(column, values)
            block.shown[key] = shown
        return shown

    def display_text(self, column: int, values: Sequence[Any]) -> str:
        """The text of one cell; ``values`` is the whole row (id first), for row-aware texts."""
        return self._formatters[column](values[column + 1])

    def role_data(self, role: int, key: str, values: Sequence[Any]) -> Any:
        """Colours, fonts... of a cell of column ``key`` (subclasses; see STYLE_ROLES)."""
        return None

    def value(self, key: str, values: Sequence[Any]) -> Any:
        """The raw value of column ``key`` in a row as ``page`` returns it."""
        return values[self._keys.index(key) + 1]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL by the column's index (never sorts in Python)."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort_key and descending == self._descending:
            return
        self.beginResetModel()
        self._sort_key = key
        self._descending = descending
        self._blocks.clear()
        self.endResetModel()

    # --- what the list view asks -------------------------------------------------------

    def record_list(self) -> PagedList:
        return self._list

    def list_filter(self) -> Any:
        return replace(self._filter)

    def sort_key(self) -> str:
        return self._sort_key

    def descending(self) -> bool:
        return self._descending

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == self._sort_key)

    def set_filter(self, flt: Any) -> None:
        """Show only what matches ``flt`` (counted and paged in SQL)."""
        self.beginResetModel()
        self._filter = replace(flt)
        self._blocks.clear()
        self._count = self._list.count(self._ctx.db, self._scoped(self._filter))
        self.endResetModel()
        self.count_changed.emit(self._count)

    def refresh(self, flt: Any = None) -> None:
        """Re-read after a change elsewhere; keeps the view's place when the count is stable.

        ``flt`` replaces the filter without a reset (the same choices as of a later
        moment: a ticket queue's "now" moves on).
        """
        if flt is not None:
            self._filter = replace(flt)
        count = self._list.count(self._ctx.db, self._scoped(self._filter))
        self._region = load_business(self._ctx.db).phone_region
        if count == self._count:
            self._blocks.clear()
            if count:
                self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(self._columns) - 1))
            return
        self.beginResetModel()
        self._blocks.clear()
        self._count = count
        self.endResetModel()
        self.count_changed.emit(count)

    def id_at(self, row: int) -> str | None:
        """The record id shown on ``row`` (None outside the table)."""
        if not 0 <= row < self._count:
            return None
        block, offset = self._block_for(row)
        return block.rows[offset][0] if offset < len(block.rows) else None

    def cached_blocks(self) -> int:
        return len(self._blocks)

    # --- internals ---------------------------------------------------------------------

    def _block_for(self, row: int) -> tuple[_Block, int]:
        number, offset = divmod(row, self._block_size)
        block = self._blocks.get(number)
        if block is None:
            rows = self._list.page(
                self._ctx.db, self._scoped(self._filter), self._sort_key, self._descending,
                offset=number * self._block_size, limit=self._block_size, total=self._count,
            )
            self.queries += 1
            block = _Block(list(rows))
            self._blocks[number] = block
            while len(self._blocks) > self._max_blocks:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block, offset

    def _scoped(self, flt: Any) -> Any:
        """``flt`` limited to what the acting user may see, when its list knows a scope (``seen_by``).

        Stamped here, on every count and page, rather than by each view: no list the model shows can
        forget it. ``list_filter()`` keeps returning the user's own choices."""
        if is_dataclass(flt) and any(f.name == "seen_by" for f in fields(flt)):
            return replace(flt, seen_by=access.seen_by(self._ctx.user))
        return flt

    def _formatter_for(self, key: str) -> Formatter:
        if key == "stage":
            return _stage
        if key == "industry":
            return _industry
        if key in ("phone", "mobile"):
            return self._phone
        if key in ("updated", "created") or key.endswith("_at"):
            return _moment
        return _text

    def _phone(self, value: Any) -> str:
        return display_phone(value, self._region) if value else ""


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _stage(value: Any) -> str:
    return core_tr(STAGES.get(value, value)) if value else ""


def _industry(value: Any) -> str:
    """One of core's suggested industries in the user's language; any other text as typed."""
    if not value:
        return ""
    return core_tr(value) if value in INDUSTRIES else str(value)


def _moment(value: Any) -> str:
    """A stored UTC timestamp as a local date: in a list the day is what tells."""
    if not value:
        return ""
    moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return str(value)
    return QLocale().toString(moment.toLocalTime().date(), QLocale.FormatType.ShortFormat)
