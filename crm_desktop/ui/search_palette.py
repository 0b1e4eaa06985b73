"""The global search (Ctrl+K): one box over people, companies, tickets, interventions, articles and history.

A frameless popup over the main window. It searches as you type (debounced ~80 ms;
core's FTS queries take a few milliseconds), shows hits grouped by kind under a
header per kind, moves with the arrow keys while the cursor stays in the box, opens
the chosen hit with Enter and closes with Esc. Tickets, interventions and knowledge
base articles open as themselves (kinds "ticket", "intervention" and "kb_article": the
main window shows them); kinds that later capabilities add show up under their own header.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import access
from crm_desktop.core.context import Context
from crm_desktop.core.search import SearchHit, search
from crm_desktop.core.settings import load_business
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.timeline_view import KIND_STYLE, badge_icon

SEARCH_DEBOUNCE_MS = 80
RESULTS_PER_KIND = 8
MAX_LIST_HEIGHT = 480
HIT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SUBTITLE_ROLE = int(Qt.ItemDataRole.UserRole) + 2
#: Kinds that open as themselves; a history entry opens its person or company.
OWN_KINDS = ("person", "company", "ticket", "intervention", "kb_article")
#: The badge of each kind of hit (the timeline's colours and symbols where it has them).
HIT_ICONS: dict[str, tuple[str, str]] = {
    "person": ("#9333ea", "☺"),
    "company": ("#475569", "⌂"),
    "ticket": KIND_STYLE["ticket"],
    "intervention": KIND_STYLE["intervention"],
    "kb_article": ("#15803d", "✓"),
    "history": KIND_STYLE["note"],
}


def target_of(hit: SearchHit) -> tuple[str, str] | None:
    """What opening a hit shows: the record itself, or a history entry's person (else company)."""
    if hit.kind in OWN_KINDS:
        return hit.kind, hit.id
    if hit.person_id:
        return "person", hit.person_id
    if hit.company_id:
        return "company", hit.company_id
    return None


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit as its title followed by a dimmer subtitle on one line."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        subtitle = index.data(SUBTITLE_ROLE)
        if not subtitle:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        metrics = opt.fontMetrics
        shown_title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown_title)
        used = metrics.horizontalAdvance(shown_title) + metrics.averageCharWidth() * 3
        rest = QRect(text_rect.left() + used, text_rect.top(), max(text_rect.width() - used, 0), text_rect.height())
        dim = opt.palette.color(role)
        dim.setAlphaF(0.6)
        painter.setPen(dim)
        painter.drawText(rest, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         metrics.elidedText(str(subtitle), Qt.TextElideMode.ElideRight, rest.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))


class SearchPalette(QDialog):
    """Ctrl+K: type, move with the arrows, Enter opens, Esc closes."""

    open_record = Signal(str, str)
    #: Emitted after each search with the text searched and the number of hits.
    searched = Signal(str, int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.ctx = ctx
        self.setObjectName("searchPalette")
        self.setWindowTitle(self.tr("Search"))
        frame = QFrame(self)
        frame.setObjectName("paletteFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Search people, companies, tickets, interventions, articles and "
                                             "history…"))
        self.edit.setClearButtonEnabled(True)
        font = QFont(self.edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(self.edit.fontMetrics().height() + 16)
        self.edit.installEventFilter(self)
        self.results = QListWidget()
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setUniformItemSizes(False)
        self.results.setFrameShape(QFrame.Shape.NoFrame)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.hint = QLabel()
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(8, 8, 8, 8)
        inner.addWidget(self.edit)
        inner.addWidget(self.hint)
        inner.addWidget(self.results)
        inner.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._debounce.start)
        self._show_hint(self.idle_hint())

    # --- showing -----------------------------------------------------------------------

    def popup(self, over: QWidget | None = None) -> None:
        """Show near the top of ``over`` (the main window), text selected for retyping."""
        anchor = over or self.parentWidget()
        width = 640
        if anchor is not None:
            width = max(min(640, anchor.width() - 80), 360)
            top_left = anchor.mapToGlobal(QPoint((anchor.width() - width) // 2, 60))
            self.move(top_left)
        self.setFixedWidth(width)
        self._fit_height()
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edit.selectAll()

    def idle_hint(self) -> str:
        return self.tr("Type a name, an e-mail, a phone number, a city, a ticket or intervention number or a word "
                       "from the history.")

    def kind_header(self, kind: str) -> str:
        headers = {
            "person": self.tr("People"),
            "company": self.tr("Companies"),
            "ticket": self.tr("Tickets"),
            "intervention": self.tr("Interventions"),
            "kb_article": self.tr("Knowledge base"),
            "history": self.tr("History"),
        }
        return headers.get(kind, kind.replace("_", " ").capitalize())

    def kind_icon(self, kind: str) -> QIcon:
        """The small badge in front of each hit of ``kind``."""
        color, symbol = HIT_ICONS.get(kind, ("#64748b", ""))
        return badge_icon(kind, color, symbol, self.kind_header(kind), size=18)

    # --- searching ---------------------------------------------------------------------

    def run_search(self) -> None:
        """Search now (the debounce timer calls this)."""
        self._debounce.stop()
        text = self.edit.text().strip()
        self.results.clear()
        if not text:
            self._show_hint(self.idle_hint())
            self._fit_height()
            self.searched.emit(text, 0)
            return
        region = load_business(self.ctx.db).phone_region
        # A technician finds their own work and customers only (core leaves the rest out).
        hits = search(self.ctx.db, text, limit=RESULTS_PER_KIND, default_region=region,
                      seen_by=access.seen_by(self.ctx.user))
        kind = None
        for hit in hits:
            if hit.kind != kind:
                kind = hit.kind
                self._add_header(self.kind_header(kind))
            item = QListWidgetItem(hit.title or self.tr("(no title)"))
            item.setIcon(self.kind_icon(hit.kind))
            item.setData(HIT_ROLE, hit)
            item.setData(SUBTITLE_ROLE, self.subtitle_of(hit))
            self.results.addItem(item)
        if hits:
            self.hint.hide()
            self._select(self._selectable_rows()[0])
        else:
            self._show_hint(self.tr("Nothing found for “{text}”.").format(text=text))
        self._fit_height()
        self.searched.emit(text, len(hits))

    def subtitle_of(self, hit: SearchHit) -> str:
        """The hit's subtitle and its labels (a ticket's status...) in the user's language."""
        return " · ".join(part for part in (hit.subtitle, *(core_tr(label) for label in hit.labels)) if part)

    def search_pending(self) -> bool:
        return self._debounce.isActive()

    def current_hit(self) -> SearchHit | None:
        item = self.results.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, SearchHit) else None

    def open_current(self) -> None:
        if self._debounce.isActive():
            self.run_search()
        item = self.results.currentItem()
        if item is not None:
            self._open_item(item)

    # --- keys ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                if self._debounce.isActive():
                    self.run_search()
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[key]
                self._move(step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.reject()
                return True
        return super().eventFilter(watched, event)

    def _selectable_rows(self) -> list[int]:
        return [row for row in range(self.results.count()) if self.results.item(row).data(HIT_ROLE) is not None]

    def _move(self, step: int) -> None:
        rows = self._selectable_rows()
        if not rows:
            return
        current = self.results.currentRow()
        position = rows.index(current) if current in rows else -1
        self._select(rows[max(0, min(len(rows) - 1, position + step))])

    def _select(self, row: int) -> None:
        self.results.setCurrentRow(row)
        item = self.results.item(row)
        self.results.scrollToItem(item)
        if row > 0 and self.results.item(row - 1).data(HIT_ROLE) is None:
            self.results.scrollToItem(self.results.item(row - 1))

    def _add_header(self, text: str) -> None:
        item = QListWidgetItem(text.upper())
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.results.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        item.setFont(font)
        self.results.addItem(item)

    def _fit_height(self) -> None:
        """As tall as the results (up to a limit), so an empty palette is just the box."""
        rows = sum(self.results.sizeHintForRow(row) for row in range(self.results.count()))
        self.results.setVisible(rows > 0)
        if rows:
            self.results.setFixedHeight(min(rows + 2 * self.results.frameWidth() + 4, MAX_LIST_HEIGHT))
        for layout in (self.layout(), self.findChild(QFrame).layout()):
            layout.invalidate()
            layout.activate()
        self.setFixedHeight(self.sizeHint().height())

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()

    def _open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return
        target = target_of(hit)
        if target is None:
            return
        self.accept()
        self.open_record.emit(*target)
