"""The planning area: the board of the week or day per technician, and the jobs waiting for a slot.

What a planner does all day happens here without a dialog in the way: drag a job from
the list onto a technician's row, move a block to another time or technician, drag its
right edge to change the duration. Each gesture is one call to ``interventions.plan``;
what the plan breaks (a double booking, an absence, missing skills) comes back at once
in the message bar over the board, which never blocks the next drag. A refused plan (a
time in the past) says why in the same bar, and the board is re-read as it was.

The view re-reads itself when core announces a change to the planning's tables (another
window, a sync), after a short pause so that a burst of changes costs one reload, and
only while it is shown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import interventions, permissions, planning, stock, technicians
from crm_desktop.core.clock import from_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.field_choices import KINDS, TRANSITIONS
from crm_desktop.core.permissions import Perm
from crm_desktop.core.planning import BoardItem
from crm_desktop.core.support_settings import load_support
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.plan_dialog import PlanDialog
from crm_desktop.ui.planning_board import (
    GRID_STRONG,
    KIND_COLORS,
    MIME_TYPE,
    OFF_HOURS,
    OTHER_KIND,
    WARNING_COLOR,
    PlanningBoard,
    encode_job,
    warning_lines,
)
from crm_desktop.ui.support_format import LATE_COLOR, MUTED_COLOR, date_text, minutes_text
from crm_desktop.ui.widgets import heading

#: Tables whose changes move something on the board or in the list of jobs to plan.
PLANNING_TABLES = frozenset({"interventions", "intervention_technicians", "absences", "technicians", "users",
                             "settings", "companies", "people"})
#: A burst of announced changes (a sync, an import) is read once, after this pause.
RELOAD_DELAY_MS = 80
#: The red "now" line and the shading of the past move on with the clock.
NOW_TICK_MS = 60_000
#: The list of jobs to plan shows the most urgent this many (core sorts them by due date).
TO_PLAN_LIMIT = 500
JOB_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole)

#: Background, border and text of the message bar per level.
BAR_COLORS = {
    "success": ("#ecfdf5", "#16a34a", "#14532d"),
    "info": ("#eff6ff", "#3b82f6", "#1e3a8a"),
    "warning": ("#fff7ed", "#ea580c", "#7c2d12"),
    "error": ("#fef2f2", "#dc2626", "#7f1d1d"),
}


class MessageBar(QFrame):
    """One line over the board saying what the last action did; it never takes the focus or blocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planningMessage")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 4, 5)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._level = ""
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        background, border, ink = BAR_COLORS.get(level, BAR_COLORS["info"])
        if level != self._level:
            self.setStyleSheet(
                f"QFrame#planningMessage {{ background: {background}; border: 1px solid {border};"
                f" border-left: 4px solid {border}; border-radius: 4px; }}"
                f" QFrame#planningMessage QLabel {{ color: {ink}; }}")
            self._level = level
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def level(self) -> str:
        return self._level if not self.isHidden() else ""


class ToPlanList(QListWidget):
    """Jobs waiting for a slot; each row drags onto the board (a copy: the list is re-read after)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toPlanList")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(ToPlanDelegate(self))

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME_TYPE]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        item = items[0]
        job = item.data(JOB_ROLE) or {}
        return encode_job(str(item.data(ID_ROLE)), int(job.get("duration_minutes") or 60))

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.CopyAction

    def selected_id(self) -> str | None:
        item = self.currentItem()
        return str(item.data(ID_ROLE)) if item is not None and item.isSelected() and not item.isHidden() else None


class ToPlanDelegate(QStyledItemDelegate):
    """Three lines per job: number, kind and duration; customer and city; skills and due date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        base = QFont(parent.font() if parent is not None else QFont())
        self._bold = QFont(base)
        self._bold.setBold(True)
        self._small = QFont(base)
        self._small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        self._fm = QFontMetrics(base)
        self._fm_bold = QFontMetrics(self._bold)
        self._fm_small = QFontMetrics(self._small)
        self._base = base

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return QSize(200, self._fm_bold.height() + self._fm.height() + self._fm_small.height() + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,  # type: ignore[override]
              index: QModelIndex | QPersistentModelIndex) -> None:
        job: dict[str, Any] = index.data(JOB_ROLE) or {}
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        ink = palette.highlightedText().color() if selected else QColor("#111827")
        muted = ink if selected else QColor(MUTED_COLOR)
        _fill, accent, _text = KIND_COLORS.get(job.get("kind") or "", OTHER_KIND)
        painter.save()
        painter.fillRect(QRect(rect.left() + 2, rect.top() + 4, 4, rect.height() - 8), QColor(accent))
        painter.setPen(QPen(QColor("#e5e7eb"), 1))
        painter.drawLine(rect.left() + 6, rect.bottom(), rect.right() - 6, rect.bottom())
        left, right = rect.left() + 12, rect.right() - 8
        width = right - left
        y = rect.top() + 5
        right_text = job.get("facts", "")
        painter.setFont(self._small)
        painter.setPen(muted)
        number_w = self._fm_bold.horizontalAdvance(job.get("number", "")) + 10
        facts_w = max(0, min(self._fm_small.horizontalAdvance(right_text) + 2, width - number_w))
        painter.drawText(QRect(right - facts_w, y, facts_w, self._fm_bold.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self._fm_small.elidedText(right_text, Qt.TextElideMode.ElideRight, facts_w))
        painter.setFont(self._bold)
        painter.setPen(ink)
        painter.drawText(QRect(left, y, width - facts_w - 6, self._fm_bold.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._fm_bold.elidedText(job.get("number", ""), Qt.TextElideMode.ElideRight,
                                                  width - facts_w - 6))
        y += self._fm_bold.height() + 1
        painter.setFont(self._base)
        painter.drawText(QRect(left, y, width, self._fm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._fm.elidedText(job.get("where", ""), Qt.TextElideMode.ElideRight, width))
        y += self._fm.height() + 1
        painter.setFont(self._small)
        due = job.get("due", "")
        due_w = self._fm_small.horizontalAdvance(due) if due else 0
        if due:
            painter.setPen(ink if selected else QColor(LATE_COLOR) if job.get("late") else muted)
            painter.drawText(QRect(right - due_w, y, due_w, self._fm_small.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, due)
        painter.setPen(muted)
        painter.drawText(QRect(left, y, width - due_w - 8, self._fm_small.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._fm_small.elidedText(job.get("skills", ""), Qt.TextElideMode.ElideRight,
                                                   max(0, width - due_w - 8)))
        painter.restore()


class BoardLegend(QWidget):
    """What the colours and marks of the board mean, painted with the board's own swatches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, str]] = [(f"kind:{k}", core_tr(label)) for k, label in KINDS.items()]
        self._entries += [("warning", self.tr("Warning")), ("absence", self.tr("Absent")),
                          ("off", self.tr("Outside working hours")), ("now", self.tr("Now"))]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = self.fontMetrics()
        width = sum(metrics.horizontalAdvance(text) + 34 for _key, text in self._entries)
        return QSize(width, metrics.height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        metrics = self.fontMetrics()
        x = 2
        y = (self.height() - 12) // 2
        for key, text in self._entries:
            swatch = QRectF(x, y, 16, 12)
            if key.startswith("kind:"):
                fill, accent, _ink = KIND_COLORS.get(key[5:], OTHER_KIND)
                painter.fillRect(swatch, QColor(fill))
                painter.fillRect(QRectF(x, y, 3, 12), QColor(accent))
                painter.setPen(QColor(accent))
                painter.drawRect(swatch.adjusted(0, 0, -1, -1))
            elif key == "warning":
                painter.setPen(QPen(QColor(WARNING_COLOR), 2))
                painter.drawRect(swatch.adjusted(1, 1, -1, -1))
            elif key == "absence":
                painter.fillRect(swatch, QColor("#e3e6ea"))
                painter.fillRect(swatch, QBrush(QColor("#b6bdc7"), Qt.BrushStyle.BDiagPattern))
            elif key == "off":
                painter.fillRect(swatch, QColor(OFF_HOURS))
                painter.setPen(QColor(GRID_STRONG))
                painter.drawRect(swatch.adjusted(0, 0, -1, -1))
            else:
                painter.setPen(QPen(QColor(WARNING_COLOR), 2))
                painter.drawLine(int(x + 8), y - 1, int(x + 8), y + 13)
            painter.setPen(QColor(MUTED_COLOR))
            painter.drawText(QRect(x + 21, 0, metrics.horizontalAdvance(text) + 4, self.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 36
        painter.end()


class PlanningView(QWidget):
    """Toolbar, message bar, the board and the jobs to plan; every write goes through core.

    ``open_intervention(id)`` asks the main window to open an intervention (double click
    on a block, or "Open" in its menu).
    """

    open_intervention = Signal(str)
    #: The board (and the list) were read again: tests and benchmarks wait on it.
    reloaded = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = ZoneInfo(load_support(ctx.db).timezone)
        self.mode = "week"
        self.day = self.today()
        self.can_plan = permissions.allowed(ctx.user.role, Perm.PLANNING)
        self.can_write = permissions.allowed(ctx.user.role, Perm.INTERVENTION_WRITE)
        self.plan_dialog: PlanDialog | None = None
        self._own_write = False
        self._dirty = False
        self._skills_loaded: tuple[str, ...] = ()
        self._to_plan_key: tuple[object, ...] = ()

        self.title = heading(self.tr("Planning"))
        self.previous_button = self._tool_button("◀", self.tr("Previous period (Ctrl+Left)"), self.previous_period)
        self.today_button = self._tool_button(self.tr("Today"), self.tr("Back to today"), self.go_today)
        self.next_button = self._tool_button("▶", self.tr("Next period (Ctrl+Right)"), self.next_period)
        self.period_label = QLabel()
        self.period_label.setObjectName("planningPeriod")
        period_font = QFont(self.period_label.font())
        period_font.setPointSizeF(period_font.pointSizeF() * 1.15)
        period_font.setBold(True)
        self.period_label.setFont(period_font)
        self.week_button = self._tool_button(self.tr("Week"), self.tr("Monday to Sunday"),
                                             lambda: self.set_mode("week"))
        self.day_button = self._tool_button(self.tr("Day"), self.tr("One day, hour by hour"),
                                            lambda: self.set_mode("day"))
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        for button in (self.week_button, self.day_button):
            button.setCheckable(True)
            modes.addButton(button)
        self.week_button.setChecked(True)
        self.skill_filter = QComboBox()
        self.skill_filter.setObjectName("planningSkill")
        self.skill_filter.setToolTip(self.tr("Show only the technicians with this skill"))
        self.skill_filter.setMinimumContentsLength(12)
        self.skill_filter.currentIndexChanged.connect(self._skill_chosen)

        toolbar = QHBoxLayout()
        toolbar.setSpacing(6)
        toolbar.addWidget(self.previous_button)
        toolbar.addWidget(self.today_button)
        toolbar.addWidget(self.next_button)
        toolbar.addSpacing(10)
        toolbar.addWidget(self.period_label)
        toolbar.addStretch(1)
        toolbar.addWidget(QLabel(self.tr("Skill:")))
        toolbar.addWidget(self.skill_filter)
        toolbar.addSpacing(10)
        toolbar.addWidget(self.week_button)
        toolbar.addWidget(self.day_button)

        self.message_bar = MessageBar()
        self.board = PlanningBoard()
        self.board.set_editable(self.can_plan)
        self.board.move_requested.connect(self.move_job)
        self.board.drop_requested.connect(self.plan_dropped)
        self.board.item_activated.connect(self.open_intervention)
        self.board.slot_activated.connect(self._slot_activated)
        self.board.menu_requested.connect(self._show_item_menu)
        self.board.day_activated.connect(self.show_day)
        self.legend = BoardLegend()

        self.to_plan_title = QLabel()
        title_font = QFont(self.to_plan_title.font())
        title_font.setBold(True)
        self.to_plan_title.setFont(title_font)
        self.to_plan_filter = QLineEdit()
        hint = self.tr("Filter: number, customer, city, skill")
        self.to_plan_filter.setPlaceholderText(hint)
        self.to_plan_filter.setClearButtonEnabled(True)
        self.to_plan_filter.textChanged.connect(self._filter_to_plan)
        self.to_plan = ToPlanList()
        self.to_plan.setDragEnabled(self.can_plan)
        self.to_plan.itemDoubleClicked.connect(self._to_plan_activated)
        self.to_plan_hint = QLabel()
        self.to_plan_hint.setWordWrap(True)
        self.to_plan_hint.setStyleSheet(f"color: {MUTED_COLOR};")
        panel = QWidget()
        panel.setObjectName("toPlanPanel")
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(6, 0, 0, 0)
        panel_layout.addWidget(self.to_plan_title)
        panel_layout.addWidget(self.to_plan_filter)
        panel_layout.addWidget(self.to_plan, 1)
        panel_layout.addWidget(self.to_plan_hint)
        panel.setMinimumWidth(220)

        board_side = QWidget()
        board_layout = QVBoxLayout(board_side)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.setSpacing(4)
        board_layout.addWidget(self.message_bar)
        board_layout.addWidget(self.board, 1)
        board_layout.addWidget(self.legend)
        self.splitter = QSplitter()
        self.splitter.addWidget(board_side)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, 250])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)

        for keys, slot in (("Ctrl+Left", self.previous_period), ("Ctrl+Right", self.next_period)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._bridge = ChangeBridge(ctx.changes, self)
        self._bridge.changed.connect(self._on_change)
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_DELAY_MS)
        self.reload_timer.timeout.connect(self._reload_after_changes)
        self.now_timer = QTimer(self)
        self.now_timer.setInterval(NOW_TICK_MS)
        self.now_timer.timeout.connect(lambda: self.board.set_now(self.ctx.clock.now()))
        self.now_timer.start()
        self.reload()

    def _tool_button(self, text: str, tip: str, slot: Any) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(28)
        button.setMinimumWidth(32)
        button.clicked.connect(slot)
        return button

    # --- period -----------------------------------------------------------------------------

    def today(self) -> date:
        return self.ctx.clock.now().astimezone(self.zone).date()

    def first_day(self) -> date:
        return self.day - timedelta(days=self.day.weekday()) if self.mode == "week" else self.day

    def day_count(self) -> int:
        return 7 if self.mode == "week" else 1

    def set_mode(self, mode: str) -> None:
        """Week or day; the day shown stays the one the planner was looking at."""
        if mode not in ("week", "day"):
            raise ValueError(mode)
        if mode == "day" and self.mode == "week":
            monday = self.first_day()
            today = self.today()
            self.day = today if monday <= today < monday + timedelta(days=7) else monday
        self.mode = mode
        (self.week_button if mode == "week" else self.day_button).setChecked(True)
        self.reload_board()

    def show_day(self, day: date) -> None:
        """One day in the day view (a click on a day's header)."""
        self.mode = "day"
        self.day = day
        self.set_mode("day")

    def go_to(self, day: date) -> None:
        self.day = day
        self.reload_board()

    def go_today(self) -> None:
        self.go_to(self.today())

    def previous_period(self) -> None:
        self.go_to(self.day - timedelta(days=self.day_count()))

    def next_period(self) -> None:
        self.go_to(self.day + timedelta(days=self.day_count()))

    def period_text(self) -> str:
        """"Week 10 · 2 – 8 March 2026", or the day written out."""
        locale = QLocale()
        first = self.first_day()

        def written(day: date, pattern: str) -> str:
            return locale.toString(QDate(day.year, day.month, day.day), pattern)

        if self.mode == "day":
            return written(first, "dddd d MMMM yyyy")
        last = first + timedelta(days=6)
        if first.year != last.year:
            span = f"{written(first, 'd MMMM yyyy')} – {written(last, 'd MMMM yyyy')}"
        elif first.month != last.month:
            span = f"{written(first, 'd MMMM')} – {written(last, 'd MMMM yyyy')}"
        else:
            span = f"{first.day} – {written(last, 'd MMMM yyyy')}"
        return self.tr("Week {n} · {dates}").format(n=first.isocalendar()[1], dates=span)

    # --- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the board and the list of jobs to plan again."""
        self.reload_board(emit=False)
        self.reload_to_plan()
        self.reloaded.emit()

    def reload_board(self, emit: bool = True) -> None:
        """Read the shown period's board (one query for the jobs, one for the absences) and repaint."""
        self.reload_timer.stop()
        self.zone = ZoneInfo(load_support(self.ctx.db).timezone)
        techs = technicians.list_technicians(self.ctx.db)
        self._fill_skills(techs)
        skill = self.skill_filter.currentData()
        wanted = None if not skill else [t.id for t in techs if skill in t.skills]
        board = planning.board(self.ctx.db, self.first_day(), self.day_count(), wanted)
        vans = {row["id"]: row["name"] for row in stock.locations(self.ctx.db, "van")}
        self.board.set_board(board, self.first_day(), self.day_count(), self.zone, self.ctx.clock.now(), vans)
        self.period_label.setText(self.period_text())
        if emit:
            self.reloaded.emit()

    def _fill_skills(self, techs: list[technicians.Technician]) -> None:
        skills = tuple(sorted({s for t in techs for s in t.skills}))
        if skills == self._skills_loaded and self.skill_filter.count():
            return
        current = self.skill_filter.currentData()
        self.skill_filter.blockSignals(True)
        self.skill_filter.clear()
        self.skill_filter.addItem(self.tr("All technicians"), None)
        for skill in skills:
            self.skill_filter.addItem(skill, skill)
        index = self.skill_filter.findData(current) if current else 0
        self.skill_filter.setCurrentIndex(max(0, index))
        self.skill_filter.blockSignals(False)
        self._skills_loaded = skills

    def _skill_chosen(self, _index: int) -> None:
        self.reload_board()

    def set_skill(self, skill: str | None) -> None:
        """Show only the technicians with ``skill`` (None: everybody)."""
        self.skill_filter.setCurrentIndex(max(0, self.skill_filter.findData(skill)) if skill else 0)

    def reload_to_plan(self) -> None:
        """The jobs waiting for a slot, the most urgent first, keeping the selection."""
        today = self.today()
        rows = interventions.to_plan(self.ctx.db, TO_PLAN_LIMIT)
        key = (today, tuple((row["id"], row.get("updated_at"), row.get("company_name"), row.get("person_name"))
                            for row in rows))
        if key == self._to_plan_key:
            return  # nothing changed: the list keeps its items, scroll position and selection
        self._to_plan_key = key
        selected = self.to_plan.selected_id()
        self.to_plan.setUpdatesEnabled(False)
        self.to_plan.clear()
        for row in rows:
            item = QListWidgetItem()
            item.setData(ID_ROLE, row["id"])
            item.setData(JOB_ROLE, self._job_fields(row, today))
            item.setToolTip(self._job_tooltip(row))
            self.to_plan.addItem(item)
            if row["id"] == selected:
                item.setSelected(True)
                self.to_plan.setCurrentItem(item)
        self.to_plan.setUpdatesEnabled(True)
        self._filter_to_plan(self.to_plan_filter.text())

    def _job_fields(self, row: dict[str, Any], today: date) -> dict[str, Any]:
        minutes = int(row.get("duration_minutes") or 60)
        due = row.get("due_on") or ""
        customer = interventions.customer_name(row)
        where = " — ".join(p for p in (customer or row.get("subject") or "", row.get("city") or "") if p)
        skills = ", ".join(row.get("skills") or [])
        kind = core_tr(KINDS.get(row.get("kind") or "", ""))
        return {
            "number": row["number"], "kind": row.get("kind") or "", "duration_minutes": minutes,
            "facts": " · ".join(p for p in (kind, minutes_text(minutes)) if p),
            "where": where, "skills": skills,
            "due": self.tr("due {date}").format(date=date_text(due)) if due else "",
            "late": bool(due) and due < today.isoformat(),
            "search": " ".join((row["number"], customer, row.get("city") or "", row.get("subject") or "",
                                skills)).casefold(),
        }

    def _job_tooltip(self, row: dict[str, Any]) -> str:
        lines = [f"{row['number']} — {row.get('subject') or ''}", interventions.customer_name(row),
                 interventions.address_line(row)]
        if row.get("skills"):
            lines.append(self.tr("Skills needed: {skills}").format(skills=", ".join(row["skills"])))
        return "\n".join(line for line in lines if line)

    def _filter_to_plan(self, text: str) -> None:
        words = text.casefold().split()
        shown = 0
        for index in range(self.to_plan.count()):
            item = self.to_plan.item(index)
            haystack = (item.data(JOB_ROLE) or {}).get("search", "")
            hidden = any(word not in haystack for word in words)
            item.setHidden(hidden)
            shown += not hidden
        total = self.to_plan.count()
        locale = QLocale()
        if total >= TO_PLAN_LIMIT:  # core gives the most urgent ones; there are more
            self.to_plan_title.setText(self.tr("To plan ({n}+)").format(n=locale.toString(total)))
        else:
            self.to_plan_title.setText(self.tr("To plan ({n})").format(n=locale.toString(total)))
        if not total:
            self.to_plan_hint.setText(self.tr("Nothing waits for a slot."))
        elif not shown:
            self.to_plan_hint.setText(self.tr("No job to plan matches this filter."))
        elif self.can_plan:
            self.to_plan_hint.setText(self.tr("Drag a job onto a technician's row, or select it and double-click "
                                              "a free slot."))
        else:
            self.to_plan_hint.setText("")

    def to_plan_ids(self) -> list[str]:
        """The jobs the list shows (filter applied)."""
        return [str(self.to_plan.item(i).data(ID_ROLE)) for i in range(self.to_plan.count())
                if not self.to_plan.item(i).isHidden()]

    def select_to_plan(self, intervention_id: str) -> None:
        for index in range(self.to_plan.count()):
            item = self.to_plan.item(index)
            if item.data(ID_ROLE) == intervention_id:
                self.to_plan.setCurrentItem(item)
                item.setSelected(True)
                return
        raise KeyError(intervention_id)

    # --- changes announced by core ------------------------------------------------------------

    def _on_change(self, table: str, _record_id: str, _op: str) -> None:
        if self._own_write or table not in PLANNING_TABLES:
            return
        self.reload_timer.start()

    def reload_pending(self) -> bool:
        """True while announced changes wait to be read (the pause, or the view hidden)."""
        return self.reload_timer.isActive() or self._dirty

    def _reload_after_changes(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.board.set_now(self.ctx.clock.now())
        if self._dirty:
            self._dirty = False
            QTimer.singleShot(0, self, self.reload)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Our own write: its announcements need no reload timer, the view re-reads right after."""
        self._own_write = True
        try:
            yield
        finally:
            self._own_write = False

    # --- planning -------------------------------------------------------------------------------

    def move_job(self, intervention_id: str, from_tech: str, to_tech: str, start: datetime, minutes: int) -> bool:
        """A block dragged: to another time and/or row (the technician of that row replaces the one dragged
        from; the rest of the team stays), or its edge dragged (a new duration)."""
        team = [t.id for t in interventions.team(self.ctx.db, intervention_id)]
        if to_tech != from_tech:
            team = [to_tech if tech == from_tech else tech for tech in team]
            if to_tech not in team:
                team.insert(0, to_tech)
            team = list(dict.fromkeys(team))
        elif not team:
            team = [to_tech]
        return self._plan(intervention_id, start, minutes, team, from_list=False)

    def plan_dropped(self, intervention_id: str, technician_id: str, start: datetime) -> bool:
        """A job from the list dropped on a technician's row: planned there for its own duration."""
        return self._plan(intervention_id, start, None, [technician_id], from_list=True)

    def _plan(self, intervention_id: str, start: datetime, minutes: int | None, team: list[str],
              from_list: bool) -> bool:
        try:
            with self._writing():
                found = interventions.plan(self.ctx, intervention_id, start, minutes, team)
        except CrmError as exc:
            self.board.cancel_drag()
            self._refused(intervention_id, exc)
            return False
        self.reload_board()
        if from_list:
            # After the drop's event has returned: the list is not rebuilt under its own drag.
            QTimer.singleShot(0, self, self.reload_to_plan)
        self.board.select(intervention_id)
        self.show_planned(intervention_id, found)
        return True

    def _refused(self, intervention_id: str, exc: CrmError) -> None:
        if isinstance(exc, ValidationError):
            reason = " ".join(render(message) for message in exc.errors.values())
        else:
            reason = error_text(exc)
        number = self._number(intervention_id)
        self.message_bar.show_message(self.tr("{number} not planned: {reason}").format(number=number, reason=reason)
                                      if number else reason, "error")

    def _number(self, intervention_id: str) -> str:
        item = self.board.item(intervention_id)
        if item is not None:
            return item.number
        try:
            return str(interventions.get(self.ctx.db, intervention_id)["number"])
        except CrmError:
            return ""

    def show_planned(self, intervention_id: str, found: list[planning.Warning]) -> None:
        """"I-K7Q-0003 planned for Anna Tech, Wed 4 Mar 10:00 – 11:00 — Double booking with I-K7Q-0001"."""
        row = interventions.get(self.ctx.db, intervention_id)
        names = [t.name for t in interventions.team(self.ctx.db, intervention_id)]
        when = ""
        if row.get("planned_start") and row.get("planned_end"):
            when = self.board.slot_text(from_iso(row["planned_start"]), from_iso(row["planned_end"]))
        text = self.tr("{number} planned for {names}, {when}").format(
            number=row["number"], names=", ".join(names), when=when)
        lines = warning_lines(found, len(names) > 1)
        if lines:
            text = f"{text} — {'; '.join(lines)}"
        self.message_bar.show_message(text, "warning" if lines else "success")

    def unplan(self, intervention_id: str) -> bool:
        """Back to the jobs to plan."""
        number = self._number(intervention_id)
        try:
            with self._writing():
                interventions.unplan(self.ctx, intervention_id)
        except CrmError as exc:
            self.message_bar.show_message(error_text(exc), "error")
            return False
        self.reload()
        self.message_bar.show_message(self.tr("{number} is back in the jobs to plan.").format(number=number), "info")
        return True

    def cancel_intervention(self, intervention_id: str) -> bool:
        """Cancel the job (it leaves the board; it can be planned again from its page)."""
        number = self._number(intervention_id)
        try:
            with self._writing():
                interventions.set_status(self.ctx, intervention_id, "cancelled")
        except CrmError as exc:
            self.message_bar.show_message(error_text(exc), "error")
            return False
        self.reload()
        self.message_bar.show_message(self.tr("{number} was cancelled.").format(number=number), "info")
        return True

    def _ask_cancel(self, item: BoardItem) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel the intervention"),
                          self.tr("Cancel {number} for {customer}? It leaves the planning.").format(
                              number=item.number, customer=item.customer or item.subject),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.cancel_intervention(item.intervention_id))
        box.open()

    # --- the dialog -----------------------------------------------------------------------------

    def open_plan_dialog(self, intervention_id: str, start: datetime | None = None,
                         technician_ids: list[str] | None = None) -> PlanDialog:
        """The planning dialog (window-modal, not blocking the event loop); the board updates when it plans."""
        dialog = PlanDialog(self.ctx, intervention_id, self, start=start, technician_ids=technician_ids)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._dialog_planned(dialog))
        self.plan_dialog = dialog
        dialog.destroyed.connect(self._forget_dialog)
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.plan_dialog = None

    def _dialog_planned(self, dialog: PlanDialog) -> None:
        self.reload()
        self.board.select(dialog.intervention_id)
        self.show_planned(dialog.intervention_id, dialog.warnings)

    def _slot_activated(self, technician_id: str, start: datetime) -> None:
        if not self.can_plan:
            return
        chosen = self.to_plan.selected_id()
        if chosen is None:
            self.message_bar.show_message(self.tr("Select a job in the list of jobs to plan, then double-click a "
                                                  "free slot to plan it there."), "info")
            return
        self.open_plan_dialog(chosen, start=start, technician_ids=[technician_id])

    def _to_plan_activated(self, item: QListWidgetItem) -> None:
        if self.can_plan:
            self.open_plan_dialog(str(item.data(ID_ROLE)))

    # --- the block's menu ---------------------------------------------------------------------

    def item_menu(self, item: BoardItem) -> QMenu:
        """Open, Plan…, Back to jobs to plan, Cancel the intervention (what the user may do)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_action = menu.addAction(self.tr("Open"))
        open_action.triggered.connect(lambda: self.open_intervention.emit(item.intervention_id))
        menu.setDefaultAction(open_action)
        if self.can_plan:
            menu.addSeparator()
            plan_action = menu.addAction(self.tr("Plan…"))
            plan_action.setEnabled(item.status not in ("done", "cancelled"))
            plan_action.triggered.connect(lambda: self.open_plan_dialog(item.intervention_id))
            unplan_action = menu.addAction(self.tr("Back to jobs to plan"))
            unplan_action.setEnabled(item.status in ("planned", "on_the_way"))
            unplan_action.triggered.connect(lambda: self.unplan(item.intervention_id))
        if self.can_write:
            menu.addSeparator()
            cancel_action = menu.addAction(self.tr("Cancel the intervention"))
            cancel_action.setEnabled("cancelled" in TRANSITIONS.get(item.status, frozenset()))
            cancel_action.triggered.connect(lambda: self._ask_cancel(item))
        return menu

    def _show_item_menu(self, item: BoardItem, position: QPoint) -> None:
        self.item_menu(item).popup(position)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.message_bar.isVisible():
            self.message_bar.hide()
            return
        super().keyPressEvent(event)

