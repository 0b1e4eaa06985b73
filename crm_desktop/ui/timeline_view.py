"""The unified timeline of a person or a company: every touch, newest first.

The model pages through core.timeline.query (200 rows a fetch) and knows nothing
of particular kinds: tickets, interventions or sales registered later in core's
timeline registry show up with their label and a generic icon, no change here.
Money beyond what was sold (a sale's margin, a ticket's cost to the business) is shown
only to the roles with ``Perm.VIEW_MARGINS`` (issue 8: not to a technician).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import RESOURCES
from crm_desktop.core import permissions, sales, timeline, users
from crm_desktop.core.choices import HISTORY_KINDS
from crm_desktop.core.context import Context
from crm_desktop.core.field_choices import KINDS as INTERVENTION_KINDS
from crm_desktop.core.field_choices import STATUSES as INTERVENTION_STATUSES
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_choices import STATUSES
from crm_desktop.core.timeline import TimelineEntry, TimelineRegistry
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.log_dialog import HistoryEntryDialog, LogDialog, direction_text, format_duration
from crm_desktop.ui.record_form import MUTED_COLOR, format_cents
from crm_desktop.ui.widgets import open_kept

ModelIndex = QModelIndex | QPersistentModelIndex

#: Quick log buttons, then the kinds of the "More…" menu.
QUICK_KINDS = ("call", "email", "visit", "note")
MORE_KINDS = ("letter", "fax", "meeting", "trade_show", "web_form", "sms")

#: Colour and symbol of the kinds we know; any other kind gets a colour from its name.
KIND_STYLE: dict[str, tuple[str, str]] = {
    "call": ("#2563eb", "☎"),
    "email": ("#7c3aed", "✉"),
    "letter": ("#0f766e", "✍"),
    "fax": ("#475569", "⎙"),
    "visit": ("#ea580c", "⌂"),
    "meeting": ("#db2777", "☷"),
    "trade_show": ("#ca8a04", "★"),
    "web_form": ("#0891b2", "⌨"),
    "sms": ("#16a34a", "✆"),
    "note": ("#64748b", "✎"),
    "ticket": ("#b91c1c", "⚑"),
    "ticket_message": ("#1d4ed8", "✉"),
    "ticket_note": ("#a16207", "✎"),
    "ticket_status": ("#4b5563", "⇄"),
    "ticket_assign": ("#0f766e", "➜"),
    "ticket_solution": ("#15803d", "✓"),
    "ticket_time": ("#7c3aed", "◷"),
    "ticket_cost": ("#b45309", "¤"),
    "intervention": ("#0d9488", "⚒"),
    "sale": ("#15803d", "€"),
}
FALLBACK_COLORS = ("#0e7490", "#9333ea", "#b45309", "#be123c", "#15803d", "#1d4ed8", "#a16207")
ICON_SIZE = 28


@lru_cache(maxsize=256)
def kind_icon(kind: str, label: str = "") -> QIcon:
    """The icon of a kind: resources/icons/timeline/<kind>.svg|png if present, else a badge."""
    for suffix in ("svg", "png"):
        path = RESOURCES / "icons" / "timeline" / f"{kind}.{suffix}"
        if path.is_file():
            return QIcon(str(path))
    color, symbol = KIND_STYLE.get(kind, (FALLBACK_COLORS[zlib.crc32(kind.encode()) % len(FALLBACK_COLORS)], ""))
    return badge_icon(kind, color, symbol, label)


@lru_cache(maxsize=256)
def badge_icon(kind: str, color: str, symbol: str, label: str = "", size: int = ICON_SIZE) -> QIcon:
    """A round badge of ``color`` with ``symbol`` (else the label's first letter) in white."""
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(9, size * 15 // ICON_SIZE))
    metrics = QFontMetrics(font)
    if not symbol or not metrics.inFontUcs4(ord(symbol)):
        symbol = (label or kind or "?")[:1].upper()
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, symbol)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@dataclass
class _Shown:
    """What a row shows, computed once when first painted."""

    when: str
    meta: str
    title: str
    summary: str


class TimelineModel(QAbstractListModel):
    """Timeline entries of one person or company, fetched 200 at a time."""

    PAGE = 200
    EntryRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    WhenRole = Qt.ItemDataRole.UserRole + 3
    MetaRole = Qt.ItemDataRole.UserRole + 4
    SummaryRole = Qt.ItemDataRole.UserRole + 5

    loaded = Signal()

    def __init__(self, ctx: Context, *, person_id: str | None = None, company_id: str | None = None,
                 registry: TimelineRegistry = timeline.DEFAULT_REGISTRY, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.company_id = None if person_id else company_id
        self.registry = registry
        self.kinds: list[str] | None = None
        self._rows: list[TimelineEntry] = []
        self._shown: list[_Shown | None] = []
        self._more = False
        self._counts: dict[str, int] = {}
        self._user_names: dict[str, str] | None = None
        self._busy = False
        self._labels: dict[str, str] | None = None
        self._currency: str | None = None
        self.shows_margins = permissions.allowed(ctx.user.role, Perm.VIEW_MARGINS)
        self.reload()

    # ---- what is shown

    def set_owner(self, *, person_id: str | None = None, company_id: str | None = None) -> None:
        self.person_id = person_id
        self.company_id = None if person_id else company_id
        self.reload()

    def set_kinds(self, kinds: list[str] | None) -> None:
        """Only these kinds (None: all)."""
        self.kinds = list(kinds) if kinds is not None else None
        self.reload()

    def has_owner(self) -> bool:
        return bool(self.person_id or self.company_id)

    def _owner(self) -> dict[str, str]:
        return {"person_id": self.person_id} if self.person_id else {"company_id": self.company_id or ""}

    def reload(self, keep_loaded: bool = False) -> None:
        """Fetch again from the top (as many rows as were loaded when ``keep_loaded``)."""
        limit = max(self.PAGE, len(self._rows)) if keep_loaded else self.PAGE
        self.beginResetModel()
        if self.has_owner():
            self._rows = timeline.query(self.ctx.db, **self._owner(), kinds=self.kinds, limit=limit,
                                        registry=self.registry)
            self._counts = timeline.count(self.ctx.db, **self._owner(), registry=self.registry)
        else:
            self._rows, self._counts = [], {}
        self._shown = [None] * len(self._rows)
        self._labels = None
        self._more = len(self._rows) >= limit
        # Slots of modelReset must not fetch in the middle of the reset notification
        # (QAbstractItemModelTester does); views fetch later, when they lay out.
        self._busy = True
        try:
            self.endResetModel()
        finally:
            self._busy = False
        self.loaded.emit()

    def refresh_users(self) -> None:
        self._user_names = None
        self._shown = [None] * len(self._rows)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def counts(self) -> dict[str, int]:
        """Entries per kind (all kinds, whatever the filter), from the last reload."""
        return dict(self._counts)

    def kind_labels(self) -> dict[str, str]:
        """Translated label per kind: the registry's, plus any kind core returned."""
        if self._labels is None:
            labels = {kind: core_tr(label) for kind, label in self.registry.kinds().items()}
            for kind in self._counts:
                labels.setdefault(kind, kind.replace("_", " ").capitalize())
            self._labels = labels
        return self._labels

    def entry(self, row: int) -> TimelineEntry:
        return self._rows[row]

    # ---- paging

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        if parent.isValid() or not self._more or self._busy:
            return  # also refuses re-entrant calls from slots of our own signals
        self._busy = True
        try:
            rows = timeline.query(self.ctx.db, **self._owner(), kinds=self.kinds, limit=self.PAGE,
                                  offset=len(self._rows), registry=self.registry)
            known = {(r.source, r.id) for r in self._rows[-self.PAGE:]}
            fresh = [r for r in rows if (r.source, r.id) not in known]
            self._more = len(rows) >= self.PAGE
            if fresh:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
                self._rows.extend(fresh)
                self._shown.extend([None] * len(fresh))
                self.endInsertRows()
        finally:
            self._busy = False

    # ---- data

    def _names(self) -> dict[str, str]:
        if self._user_names is None:
            self._user_names = {u.id: u.name for u in users.list_users(self.ctx.db, include_inactive=True)}
        return self._user_names

    def _today(self) -> QDate:
        return QDateTime.fromSecsSinceEpoch(int(self.ctx.clock.now().timestamp())).date()

    def when_text(self, iso: str) -> str:
        """Local date and time; "Today 14:05" and "Yesterday 09:10" for the recent ones."""
        moment = QDateTime.fromString(iso or "", Qt.DateFormat.ISODateWithMs)
        if not moment.isValid():
            return iso or ""
        local = moment.toLocalTime()
        locale = QLocale()
        time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        today = self._today()
        day = local.date()
        if day == today:
            return self.tr("Today {time}").format(time=time)
        if day == today.addDays(-1):
            return self.tr("Yesterday {time}").format(time=time)
        return f"{locale.toString(day, QLocale.FormatType.ShortFormat)} {time}"

    def _shown_row(self, row: int) -> _Shown:
        shown = self._shown[row]
        if shown is None:
            entry = self._rows[row]
            label = self.kind_labels().get(entry.kind, entry.kind)
            parts = [label, direction_text(entry.direction), format_duration(entry.duration_s),
                     self._names().get(entry.user_id or "", "")]
            summary = self._summary_text(entry)
            shown = _Shown(
                when=self._day_text(entry.at) if entry.kind == "sale" else self.when_text(entry.at),
                meta="  ·  ".join(p for p in parts if p),
                title=self._title_text(entry) or label,
                summary=summary,
            )
            self._shown[row] = shown
        return shown

    def _day_text(self, iso: str) -> str:
        """A sale happened on a day, at no particular time."""
        day = QDate.fromString((iso or "")[:10], Qt.DateFormat.ISODate)
        if day == self._today():
            return self.tr("Today")
        return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else iso

    def _title_text(self, entry: TimelineEntry) -> str:
        title = (entry.title or "").strip()
        if entry.kind == "sale" and str(entry.summary or "").isdigit():
            n = int(str(entry.summary))
            lines = self.tr("1 line") if n == 1 else self.tr("{n} lines").format(n=n)
            return f"{title} · {lines}"
        return title

    def _currency_code(self) -> str:
        if self._currency is None:
            self._currency = load_business(self.ctx.db).currency or "EUR"
        return self._currency

    def _summary_text(self, entry: TimelineEntry) -> str:
        """The entry's text; ticket steps store keys (a status, a user id, minutes) shown in words."""
        if entry.kind == "sale":
            # The amounts as core counts them (discounts, rounding per line).
            sums = sales.totals(self.ctx.db, entry.id)
            if not self.shows_margins:
                return self.tr("Revenue {revenue}").format(
                    revenue=f"{format_cents(sums.revenue_cents)}\u00a0{self._currency_code()}")
            percent = "" if sums.margin_percent is None else self.tr(" ({percent} %)").format(
                percent=QLocale().toString(float(sums.margin_percent), "f", 1))
            return self.tr("Revenue {revenue}, margin {margin}{percent}").format(
                revenue=f"{format_cents(sums.revenue_cents)}\u00a0{self._currency_code()}",
                margin=f"{format_cents(sums.margin_cents)}\u00a0{self._currency_code()}", percent=percent)
        if entry.kind == "intervention":
            status, kind, text = timeline.intervention_summary(entry.summary)
            labels = " · ".join(core_tr(choices[key]) for choices, key in ((INTERVENTION_STATUSES, status),
                                                                             (INTERVENTION_KINDS, kind))
                                if key in choices)
            text = " ".join(text.split())
            return self.tr("{labels}: {text}").format(labels=labels, text=text) if labels and text else labels or text
        summary = " ".join((entry.summary or "").split())
        if entry.kind == "ticket_status" and summary in STATUSES:
            return self.tr("Status: {status}").format(status=core_tr(STATUSES[summary]))
        if entry.kind == "ticket_assign" and summary:
            name = self._names().get(summary)
            return self.tr("Assigned to {name}").format(name=name) if name else summary
        if entry.kind == "ticket_time" and summary.isdigit():
            return format_duration(int(summary) * 60)
        if entry.kind == "ticket_cost" and summary.isdigit():
            if not self.shows_margins:
                return ""  # the cost to the business, with no description to show instead
            if self._currency is None:
                self._currency = load_business(self.ctx.db).currency or "EUR"
            return f"{format_cents(int(summary))}\u00a0{self._currency}"
        return summary

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        row = index.row()
        entry = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown_row(row).title
        if role == self.EntryRole:
            return entry
        if role == self.KindRole:
            return entry.kind
        if role == self.WhenRole:
            return self._shown_row(row).when
        if role == self.MetaRole:
            return self._shown_row(row).meta
        if role == self.SummaryRole:
            return self._shown_row(row).summary
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(entry.kind, self.kind_labels().get(entry.kind, ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = self._shown_row(row)
            text = shown.summary if entry.kind.startswith(("ticket_", "intervention", "sale")) else entry.summary or ""
            return "\n".join(t for t in (shown.title, shown.when, shown.meta, text) if t)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = self._shown_row(row)
            return f"{shown.when}, {shown.meta}, {shown.title}"
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class TimelineDelegate(QStyledItemDelegate):
    """Three lines per entry: icon, title and time; kind, direction, duration, author; summary."""

    PADDING = 7

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.9))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802 - Qt API
        bold, small = self._fonts(option)
        height = (QFontMetrics(bold).height() + QFontMetrics(small).height()
                  + QFontMetrics(option.font).height() + 2 * self.PADDING + 4)
        return QSize(200, max(height, ICON_SIZE + 2 * self.PADDING))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        opt.text = ""
        opt.icon = QIcon()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        active = bool(opt.state & QStyle.StateFlag.State_Active)
        group = QPalette.ColorGroup.Normal if active else QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(group, role)
        muted = QColor(text_color)
        if not selected:
            muted = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)

        rect = opt.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING - 2, -self.PADDING)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.left(), rect.top() + 1, ICON_SIZE, ICON_SIZE))
        left = rect.left() + ICON_SIZE + 10
        width = rect.right() - left
        bold, small = self._fonts(opt)
        bold_m, small_m, normal_m = QFontMetrics(bold), QFontMetrics(small), QFontMetrics(opt.font)

        when = str(index.data(TimelineModel.WhenRole) or "")
        when_width = small_m.horizontalAdvance(when) + 4
        y = rect.top()
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRect(rect.right() - when_width, y, when_width, bold_m.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        painter.setFont(bold)
        painter.setPen(text_color)
        title = bold_m.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight,
                                  max(0, width - when_width - 8))
        painter.drawText(QRect(left, y, width - when_width - 8, bold_m.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        y += bold_m.height() + 2
        painter.setFont(small)
        painter.setPen(muted)
        meta = small_m.elidedText(str(index.data(TimelineModel.MetaRole) or ""), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, y, width, small_m.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, meta)
        y += small_m.height() + 2
        summary = str(index.data(TimelineModel.SummaryRole) or "")
        if summary:
            painter.setFont(opt.font)
            painter.setPen(text_color)
            summary = normal_m.elidedText(summary, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(left, y, width, normal_m.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, summary)
        if not selected:
            # An opaque blend: translucent lines are many times slower to draw.
            base = opt.palette.color(group, QPalette.ColorRole.Base)
            line = QColor((base.red() * 4 + muted.red()) // 5, (base.green() * 4 + muted.green()) // 5,
                          (base.blue() * 4 + muted.blue()) // 5)
            painter.fillRect(QRect(opt.rect.left() + self.PADDING, opt.rect.bottom(),
                                   opt.rect.width() - 2 * self.PADDING, 1), line)
        painter.restore()


class TimelineView(QWidget):
    """Quick log buttons, the kind filter and the entries of a person or company."""

    #: (source, id) of an entry that is not a history entry (tickets...), for the window to open.
    entry_activated = Signal(str, str)
    logged = Signal(str)

    def __init__(self, ctx: Context, *, person_id: str | None = None, company_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.log_dialog: LogDialog | None = None
        self.entry_dialog: HistoryEntryDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)

        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.quick_buttons: dict[str, QPushButton] = {}
        labels = {"call": self.tr("Call"), "email": self.tr("E-mail"), "visit": self.tr("Visit"),
                  "note": self.tr("Note")}
        tips = {"call": self.tr("Log a call"), "email": self.tr("Log an e-mail"), "visit": self.tr("Log a visit"),
                "note": self.tr("Write a note")}
        for kind in QUICK_KINDS:
            button = QPushButton(kind_icon(kind, core_tr(HISTORY_KINDS[kind])), labels[kind], self)
            button.setToolTip(tips[kind])
            button.clicked.connect(lambda _checked=False, k=kind: self.open_log(k))
            self.quick_buttons[kind] = button
            bar.addWidget(button)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More…"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The text says it opens a menu; the style's arrow would overlap it.
        self.more_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(self.more_button)
        for kind in MORE_KINDS:
            label = core_tr(HISTORY_KINDS[kind])
            action = menu.addAction(kind_icon(kind, label), label)
            action.triggered.connect(lambda _checked=False, k=kind: self.open_log(k))
        self.more_button.setMenu(menu)
        bar.addWidget(self.more_button)
        bar.addStretch(1)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.setToolTip(self.tr("Show only one kind"))
        self.filter_combo.activated.connect(self._filter_chosen)
        bar.addWidget(self.filter_combo)
        layout.addLayout(bar)

        self.model = TimelineModel(ctx, person_id=person_id, company_id=company_id, parent=self)
        self.list = QListView(self)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)  # double-click or Enter
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED_COLOR};")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.model.loaded.connect(self._loaded)
        self._loaded()

    # ---- owner, refresh

    def set_owner(self, *, person_id: str | None = None, company_id: str | None = None) -> None:
        self.model.set_owner(person_id=person_id, company_id=company_id)

    def refresh(self) -> None:
        """Show what core has now, keeping as many rows loaded as before."""
        self.model.reload(keep_loaded=True)

    def _loaded(self) -> None:
        can_log = self.model.has_owner() and permissions.allowed(self.ctx.user.role, Perm.HISTORY_WRITE)
        for button in (*self.quick_buttons.values(), self.more_button):
            button.setEnabled(can_log)
        self._fill_filter()
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.list)
        else:
            if not self.model.has_owner():
                self.empty.setText(self.tr("Save the record first to log calls, e-mails and visits."))
            elif self.model.kinds is not None:
                self.empty.setText(self.tr("Nothing of this kind yet."))
            else:
                self.empty.setText(self.tr("Nothing logged yet. Use Call, E-mail, Visit or Note above."))
            self.stack.setCurrentWidget(self.empty)

    def _fill_filter(self) -> None:
        counts = self.model.counts()
        locale = QLocale()
        current = self.model.kinds[0] if self.model.kinds else None
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        total = sum(counts.values())
        self.filter_combo.addItem(f"{core_tr(timeline.ALL_KINDS_LABEL)} ({locale.toString(total)})", None)
        for kind, label in self.model.kind_labels().items():
            n = counts.get(kind, 0)
            self.filter_combo.addItem(kind_icon(kind, label), f"{label} ({locale.toString(n)})", kind)
        index = self.filter_combo.findData(current) if current else 0
        self.filter_combo.setCurrentIndex(max(index, 0))
        self.filter_combo.blockSignals(False)

    def set_kind_filter(self, kind: str | None) -> None:
        """Show one kind only (None: all); the same as choosing it in the combo."""
        self.model.set_kinds([kind] if kind else None)

    def _filter_chosen(self, index: int) -> None:
        self.set_kind_filter(self.filter_combo.itemData(index))

    # ---- logging and opening

    def open_log(self, kind: str) -> LogDialog | None:
        """Open the quick log dialog for ``kind``; Save logs and shows the entry at once."""
        if not self.model.has_owner():
            return None
        dialog = LogDialog(self.ctx, kind, person_id=self.model.person_id, company_id=self.model.company_id,
                           parent=self)
        dialog.logged.connect(self._logged)
        open_kept(self, dialog, "log_dialog")
        dialog.subject.setFocus()
        return dialog

    def _logged(self, entry_id: str) -> None:
        self.refresh()
        self.logged.emit(entry_id)

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(TimelineModel.EntryRole)
        if not isinstance(entry, TimelineEntry):
            return
        if entry.source == "history":
            if self.entry_dialog is not None:
                self.entry_dialog.close()
            dialog = HistoryEntryDialog(self.ctx, entry.id, self)
            open_kept(self, dialog, "entry_dialog")
        else:
            self.entry_activated.emit(entry.source, entry.id)
