"""The planning board: one row per technician, the days in columns, each job a block.

Painted by hand (a QAbstractScrollArea) rather than assembled from widgets: ten
technicians and a hundred jobs are a few hundred rectangles and texts, which QPainter
draws in milliseconds, where a widget per job would cost far more to build and lay out.

The board only shows and reports. A block dragged to another time or row, a right
edge dragged, a job dropped from the list of jobs to plan: each becomes a signal, and
the planning view asks core to plan it. The board never moves a block itself, so a
plan that core refuses needs no undo: the board simply repaints as it was.

Each day shows only its visible hours (07:00-19:00, widened to the technicians' hours
and to the jobs of the period), so that a whole week fits a screen. The day headers
and the technicians' column stay in place while the body scrolls.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QMimeData,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QToolTip, QWidget

from crm_desktop.core import planning
from crm_desktop.core.field_choices import KINDS, STATUSES, WARNINGS
from crm_desktop.core.planning import Board, BoardItem
from crm_desktop.core.technicians import Technician
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.support_format import minutes_text

#: What a job dragged from the list of jobs to plan carries: {"id": ..., "duration": minutes}.
MIME_TYPE = "application/x-crm-intervention"
#: Plans land on quarter hours: nobody books a technician at 10:07.
SNAP_MINUTES = 15
#: Hours each day shows at least (local time); widened when someone works or is booked outside them.
DAY_HOURS = (7, 19)
#: A week's day is never narrower than this (the board scrolls sideways instead).
MIN_WEEK_DAY_WIDTH = 96
#: A day nobody works and nothing is booked (a weekend) takes this share of a working day's width.
QUIET_DAY_WEIGHT = 0.45
MIN_DAY_WIDTH = 640
#: Dragging this close to an edge of the body scrolls it.
AUTOSCROLL_MARGIN = 24
#: Narrower than this, a block shows no text (its tooltip does).
MIN_LABEL_WIDTH = 34
#: Within this many pixels of a block's right edge, a drag changes the duration.
RESIZE_GRIP = 6

#: Fill, accent (border and strip) and text colour of the blocks, per kind of job.
KIND_COLORS: dict[str, tuple[str, str, str]] = {
    "repair": ("#dbeafe", "#2563eb", "#1e3a8a"),
    "installation": ("#dcfce7", "#16a34a", "#14532d"),
    "maintenance": ("#fef3c7", "#d97706", "#78350f"),
    "visit": ("#ede9fe", "#7c3aed", "#4c1d95"),
}
OTHER_KIND = ("#e5e7eb", "#6b7280", "#1f2937")
#: A dot on the block for work under way.
STATUS_DOTS = {"on_the_way": "#0284c7", "on_site": "#16a34a"}
WARNING_COLOR = "#dc2626"
SELECTED_COLOR = "#1d4ed8"
HEADER_BACKGROUND = "#f6f7f9"
GRID_STRONG = "#c5ccd5"
GRID_LIGHT = "#eceff3"
OFF_HOURS = "#eef1f5"
MUTED = "#6b7280"
TODAY_BACKGROUND = "#e8f0fe"
#: Colours of the technicians' dots when their profile has none.
TECH_DOTS = ("#2563eb", "#16a34a", "#d97706", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#dc2626")


def encode_job(intervention_id: str, duration_minutes: int) -> QMimeData:
    """The drag payload of a job to plan (its id, and its duration for the preview)."""
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps({"id": intervention_id, "duration": int(duration_minutes)}).encode())
    return mime


def decode_job(mime: QMimeData) -> tuple[str, int] | None:
    """(intervention id, duration) from a drag payload; None when it is not a job."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
        return str(data["id"]), max(SNAP_MINUTES, int(data.get("duration") or 60))
    except (ValueError, KeyError, TypeError):
        return None


def warning_text(kind: str, detail: str = "") -> str:
    """One warning in words: core's label, and with what ("Double booking with I-K7Q-0001")."""
    label = core_tr(WARNINGS.get(kind, kind))
    if not detail:
        return label
    if kind == "overlap":
        return QCoreApplication.translate("PlanningBoard", "{warning} with {numbers}").format(
            warning=label, numbers=detail)
    return QCoreApplication.translate("PlanningBoard", "{warning}: {detail}").format(warning=label, detail=detail)


def warning_lines(found: Iterable[planning.Warning], with_names: bool) -> list[str]:
    """One phrase per technician and kind of warning, the details of one kind together.

    With ``with_names`` (a team of several) each phrase says whom it is about.
    """
    grouped: dict[tuple[str, str], list[str]] = {}
    names: dict[str, str] = {}
    for warning in found:
        names[warning.technician_id] = warning.technician_name
        details = grouped.setdefault((warning.technician_id, warning.kind), [])
        if warning.detail and warning.detail not in details:
            details.append(warning.detail)
    out = []
    for (tech_id, kind), details in grouped.items():
        text = warning_text(kind, ", ".join(details))
        out.append(QCoreApplication.translate("PlanningBoard", "{name}: {warning}").format(
            name=names[tech_id], warning=text) if with_names else text)
    return out


def snap(moment: datetime, zone: ZoneInfo, minutes: int = SNAP_MINUTES) -> datetime:
    """The nearest quarter hour of the local day (a drop between two quarters goes to the closer one)."""
    local = moment.astimezone(zone)
    wall = local.hour * 60 + local.minute + local.second / 60
    quarters = round(wall / minutes) * minutes
    return datetime.combine(local.date(), time(0), zone) + timedelta(minutes=quarters)


def elapsed_minutes(start: datetime, end: datetime) -> int:
    """Real minutes between two moments (compared in UTC, so a summer-time change counts right)."""
    return int((end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() // 60)


@dataclass
class Placed:
    """A job laid out in one technician's row: its lane and its pieces (one per day it spans)."""

    item: BoardItem
    lane: int
    segments: list[QRectF]
    label_right: float = 0.0


@dataclass
class Row:
    """One technician's row in board coordinates (x from the first day, y from the first row)."""

    tech: Technician
    index: int
    top: float
    height: float
    placed: list[Placed] = field(default_factory=list)
    off_hours: list[tuple[float, float]] = field(default_factory=list)
    absences: list[tuple[float, float, str, datetime, datetime]] = field(default_factory=list)
    booked_minutes: int = 0

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass
class Gesture:
    """A mouse press on a block, which becomes a move or a resize once the mouse travels."""

    placed: Placed
    mode: str  # move, resize
    origin: QPoint
    offset: timedelta
    active: bool = False


@dataclass(frozen=True)
class Ghost:
    """Where the job would land: drawn dashed while dragging."""

    technician_id: str
    start: datetime
    end: datetime


class PlanningBoard(QAbstractScrollArea):
    """The painted board; signals carry what the user asked, the planning view does it."""

    #: A block was dragged: (intervention id, its row's technician, the target row's technician, start, minutes).
    move_requested = Signal(str, str, str, object, int)
    #: A job to plan was dropped: (intervention id, technician, start).
    drop_requested = Signal(str, str, object)
    #: A block was double-clicked.
    item_activated = Signal(str)
    #: An empty slot was double-clicked: (technician, start).
    slot_activated = Signal(str, object)
    #: Right click on a block: (BoardItem, global position).
    menu_requested = Signal(object, QPoint)
    #: A day's header was clicked (week view): the date.
    day_activated = Signal(object)
    #: The selected block changed (intervention id or "").
    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planningBoard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self._board: Board | None = None
        self._zone = ZoneInfo("UTC")
        self._first = date(2026, 1, 5)
        self._days = 7
        self._now: datetime | None = None
        self._vans: dict[str, str] = {}
        self._editable = True
        self._hours = DAY_HOURS
        self._day_x: list[float] = [0.0]
        self._day_ws: list[float] = [float(MIN_WEEK_DAY_WIDTH)]
        self._width = float(MIN_WEEK_DAY_WIDTH)
        self._rows: list[Row] = []
        self._rows_height = 0.0
        self._day_starts: list[tuple[datetime, datetime]] = []
        self._bounds: list[tuple[float, float]] = []
        self._midnights: list[float] = []
        self._windows: dict[str, list[tuple[time, time] | None]] = {}
        self._selected = ""
        self._gesture: Gesture | None = None
        self._ghost: Ghost | None = None
        self._drop_job: tuple[str, int] | None = None
        self._styles: dict[tuple[str, bool, bool], tuple[QColor, QColor, QColor, QPen]] = {}
        self._selected_pen = QPen(QColor(SELECTED_COLOR), 2)
        self._warning_color = QColor(WARNING_COLOR)
        self._white = QColor("#ffffff")
        self._build_fonts()

    # --- fonts and metrics -------------------------------------------------------------

    def _build_fonts(self) -> None:
        base = QFont(self.font())
        self._font = base
        self._bold = QFont(base)
        self._bold.setBold(True)
        self._small = QFont(base)
        self._small.setPointSizeF(max(7.0, base.pointSizeF() * 0.86))
        self._small_bold = QFont(self._small)
        self._small_bold.setBold(True)
        self._fm = QFontMetrics(self._font)
        self._fm_bold = QFontMetrics(self._bold)
        self._fm_small = QFontMetrics(self._small)
        self._fm_small_bold = QFontMetrics(self._small_bold)
        self._line = self._fm_small.height()
        self._lane_h = float(2 * self._line + 8)
        self._row_pad = 4.0
        self._row_min = float(max(3 * self._line + 14, self._fm_bold.height() + 2 * self._line + 12))
        self._top_h = self._fm_bold.height() + self._line + 14
        self._header_w = max(160, self._fm_bold.horizontalAdvance("M") * 14)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._build_fonts()
            self._relayout()

    # --- data ---------------------------------------------------------------------------

    def set_board(self, board: Board, first: date, days: int, zone: ZoneInfo, now: datetime | None = None,
                  vans: dict[str, str] | None = None) -> None:
        """Show ``board`` for ``days`` local days from ``first``; the drag in progress, if any, is dropped."""
        self._board = board
        self._first = first
        self._days = max(1, days)
        self._zone = zone
        self._now = now
        self._vans = dict(vans or {})
        self._gesture = None
        self._ghost = None
        self._hours = self._visible_hours(board)
        self._relayout()

    def set_now(self, now: datetime) -> None:
        """The clock moved: the past shading and the red line follow."""
        self._now = now
        self.viewport().update()

    def set_editable(self, editable: bool) -> None:
        """Without the planning right the board only shows (no drag, no drop)."""
        self._editable = editable
        self.cancel_drag()

    def board(self) -> Board | None:
        return self._board

    def first_day(self) -> date:
        return self._first

    def day_count(self) -> int:
        return self._days

    def visible_hours(self) -> tuple[int, int]:
        return self._hours

    def technician_ids(self) -> list[str]:
        return [row.tech.id for row in self._rows]

    def items(self, technician_id: str) -> list[BoardItem]:
        """The jobs shown in a technician's row."""
        row = self._row_of(technician_id)
        return [p.item for p in row.placed] if row else []

    def item(self, intervention_id: str, technician_id: str | None = None) -> BoardItem | None:
        placed = self._find(intervention_id, technician_id)
        return placed.item if placed else None

    def selected(self) -> str:
        return self._selected

    def select(self, intervention_id: str) -> None:
        if intervention_id != self._selected:
            self._selected = intervention_id
            self.selection_changed.emit(intervention_id)
            self.viewport().update()

    def _visible_hours(self, board: Board) -> tuple[int, int]:
        """07:00-19:00, widened to the working hours and the jobs of the period (never hide a job)."""
        low, high = DAY_HOURS
        for tech in board.technicians:
            for weekday in range(7):
                window = tech.window(weekday)
                if window:
                    low = min(low, window[0].hour)
                    high = max(high, window[1].hour + (1 if window[1].minute else 0))
        for items in board.items.values():
            for item in items:
                start, end = item.start.astimezone(self._zone), item.end.astimezone(self._zone)
                last = (end - timedelta(microseconds=1)).date()
                if start.date() == last:
                    low = min(low, start.hour)
                    high = max(high, end.hour + (1 if end.minute or end.second else 0) if end.date() == last
                               else 24)
                elif start.hour >= high and (end - start) < timedelta(days=2):
                    high = 24  # a night job: shown from its start to midnight
        return max(0, min(low, 23)), min(24, max(high, low + 1))

    # --- geometry -------------------------------------------------------------------------

    def _relayout(self) -> None:
        """Place every job, absence and off-hours zone in board coordinates (after data or size changed).

        Positions are computed on POSIX timestamps (floats): a hundred jobs are laid out in
        about a millisecond, where datetime arithmetic in a time zone costs ten times more.
        """
        low, high = self._hours
        self._day_starts = []
        self._bounds = []
        self._midnights = []
        for d in range(self._days + 1):
            midnight = datetime.combine(self._first + timedelta(days=d), time(0), self._zone)
            self._midnights.append(midnight.timestamp())
            if d < self._days:
                opens, closes = midnight + timedelta(hours=low), midnight + timedelta(hours=high)
                self._day_starts.append((opens, closes))
                self._bounds.append((opens.timestamp(), closes.timestamp()))
        board = self._board
        self._windows = {tech.id: [tech.window(weekday) for weekday in range(7)]
                         for tech in (board.technicians if board is not None else [])}
        body_w = max(1, self.viewport().width() - self._header_w)
        minimum = MIN_WEEK_DAY_WIDTH if self._days > 1 else MIN_DAY_WIDTH
        weights = self._day_weights()
        unit = max(float(minimum), body_w / sum(weights))
        self._day_ws = [unit * weight for weight in weights]
        self._day_x = [sum(self._day_ws[:d]) for d in range(self._days)]
        self._width = sum(self._day_ws)
        self._rows = []
        top = 0.0
        if board is not None:
            for index, tech in enumerate(board.technicians):
                row = self._layout_row(tech, index, top, board.items.get(tech.id, []),
                                       board.absences.get(tech.id, []))
                self._rows.append(row)
                top += row.height
        self._rows_height = top
        self._update_scrollbars()
        self.viewport().update()

    def _layout_row(self, tech: Technician, index: int, top: float, items: list[BoardItem],
                    absences: list[tuple[datetime, datetime, str]]) -> Row:
        lanes: list[datetime] = []
        assigned: list[tuple[BoardItem, int]] = []
        for item in sorted(items, key=lambda i: (i.start, i.number)):
            for lane, busy_until in enumerate(lanes):
                if busy_until <= item.start:
                    lanes[lane] = item.end
                    break
            else:
                lanes.append(item.end)
                lane = len(lanes) - 1
            assigned.append((item, lane))
        height = max(self._row_min, max(1, len(lanes)) * self._lane_h + 2 * self._row_pad)
        row = Row(tech, index, top, height)
        period_start, period_end = self._midnights[0], self._midnights[-1]
        booked = 0.0
        for item, lane in assigned:
            y = top + self._row_pad + lane * self._lane_h
            start, end = item.start.timestamp(), item.end.timestamp()
            segments = [QRectF(x0 + 1, y + 1, max(4.0, x1 - x0 - 2), self._lane_h - 3)
                        for x0, x1 in self._spans_ts(start, end)]
            if segments:
                row.placed.append(Placed(item, lane, segments))
            booked += max(0.0, min(end, period_end) - max(start, period_start))
        row.booked_minutes = int(booked // 60)
        by_lane: dict[int, list[Placed]] = {}
        for placed in row.placed:
            by_lane.setdefault(placed.lane, []).append(placed)
        for lane_items in by_lane.values():
            lane_items.sort(key=lambda p: p.segments[0].left())
            for number, placed in enumerate(lane_items):
                first = placed.segments[0]
                day = self._day_index(first.left() + 0.5)
                limit = self._day_x[day] + self._day_ws[day]
                if number + 1 < len(lane_items):
                    limit = min(limit, lane_items[number + 1].segments[0].left())
                placed.label_right = max(first.right(), limit - 3)
        windows = self._windows.get(tech.id) or [tech.window(weekday) for weekday in range(7)]
        for d, (opens, closes) in enumerate(self._bounds):
            day = self._first + timedelta(days=d)
            window = windows[day.weekday()]
            x0, x1 = self._day_x[d], self._day_x[d] + self._day_ws[d]
            if window is None:
                row.off_hours.append((x0, x1))
                continue
            starts = datetime.combine(day, window[0], self._zone).timestamp()
            ends = datetime.combine(day, window[1], self._zone).timestamp()
            if starts > opens:
                row.off_hours.append((x0, self._x_in_day(d, min(starts, closes))))
            if ends < closes:
                row.off_hours.append((self._x_in_day(d, max(ends, opens)), x1))
        for start_at, end_at, reason in absences:
            for x0, x1 in self._spans_ts(start_at.timestamp(), end_at.timestamp()):
                row.absences.append((x0, x1, reason, start_at, end_at))
        return row

    def _x_in_day(self, day: int, stamp: float) -> float:
        opens, closes = self._bounds[day]
        fraction = min(max((stamp - opens) / (closes - opens), 0.0), 1.0)
        return self._day_x[day] + fraction * self._day_ws[day]

    def _spans_ts(self, start: float, end: float) -> list[tuple[float, float]]:
        """The x ranges of [start, end) (timestamps) in each day's visible hours."""
        out = []
        for day, (opens, closes) in enumerate(self._bounds):
            lo, hi = max(start, opens), min(end, closes)
            if lo < hi:
                out.append((self._x_in_day(day, lo), self._x_in_day(day, hi)))
        return out

    def _spans(self, start: datetime, end: datetime) -> list[tuple[float, float]]:
        return self._spans_ts(start.timestamp(), end.timestamp())

    def x_of(self, moment: datetime) -> float:
        """Board x of a moment (0 = the first day's first visible hour); hidden night hours sit on a day's edge."""
        stamp = moment.timestamp()
        if not self._bounds or stamp <= self._bounds[0][0]:
            return 0.0
        day = min(bisect_right(self._bounds, (stamp, float("inf"))) - 1, self._days - 1)
        return self._x_in_day(day, stamp)

    def time_at(self, x: float) -> datetime:
        """The moment under board x (not snapped)."""
        day = self._day_index(x)
        opens, closes = self._bounds[day]
        fraction = min(max((x - self._day_x[day]) / self._day_ws[day], 0.0), 1.0)
        return datetime.fromtimestamp(opens + fraction * (closes - opens), self._zone)

    def _day_index(self, x: float) -> int:
        """The day column under board x (clamped to the period)."""
        return max(0, min(bisect_right(self._day_x, x) - 1, self._days - 1))

    def _day_weights(self) -> list[float]:
        """Relative widths: a day nobody works and nothing is booked (a weekend) is drawn narrow."""
        if self._days == 1 or self._board is None:
            return [1.0] * self._days
        spans = [(i.start.timestamp(), i.end.timestamp()) for items in self._board.items.values() for i in items]
        working = {weekday for windows in self._windows.values() for weekday, w in enumerate(windows) if w}
        out = []
        for d in range(self._days):
            day_start, day_end = self._midnights[d], self._midnights[d + 1]
            busy = (self._first + timedelta(days=d)).weekday() in working or any(
                s < day_end and day_start < e for s, e in spans)
            out.append(1.0 if busy else QUIET_DAY_WEIGHT)
        return out

    def _scroll(self) -> tuple[int, int]:
        return self.horizontalScrollBar().value(), self.verticalScrollBar().value()

    def _update_scrollbars(self) -> None:
        view = self.viewport().size()
        content_w = self._width
        body_w = view.width() - self._header_w
        body_h = view.height() - self._top_h
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        hbar.setRange(0, max(0, int(content_w - body_w + 0.5)))
        hbar.setPageStep(max(1, body_w))
        hbar.setSingleStep(max(8, int(max(self._day_ws) / 12)))
        vbar.setRange(0, max(0, int(self._rows_height - body_h + 0.5)))
        vbar.setPageStep(max(1, body_h))
        vbar.setSingleStep(max(8, int(self._row_min / 2)))

    def _to_view(self, x: float, y: float) -> QPointF:
        h, v = self._scroll()
        return QPointF(self._header_w + x - h, self._top_h + y - v)

    def _to_board(self, pos: QPoint | QPointF) -> tuple[float, float]:
        h, v = self._scroll()
        return pos.x() - self._header_w + h, pos.y() - self._top_h + v

    def _in_body(self, pos: QPoint | QPointF) -> bool:
        return pos.x() >= self._header_w and pos.y() >= self._top_h

    def _row_of(self, technician_id: str) -> Row | None:
        return next((row for row in self._rows if row.tech.id == technician_id), None)

    def _row_at(self, y: float) -> Row | None:
        return next((row for row in self._rows if row.top <= y < row.bottom), None)

    def _find(self, intervention_id: str, technician_id: str | None = None) -> Placed | None:
        for row in self._rows:
            if technician_id is not None and row.tech.id != technician_id:
                continue
            for placed in row.placed:
                if placed.item.intervention_id == intervention_id:
                    return placed
        return None

    # --- what tests and the view ask about positions --------------------------------------

    def item_rect(self, intervention_id: str, technician_id: str | None = None) -> QRect:
        """The block's first piece in viewport pixels (empty when not on the board)."""
        placed = self._find(intervention_id, technician_id)
        if placed is None:
            return QRect()
        rect = placed.segments[0]
        top_left = self._to_view(rect.left(), rect.top())
        return QRectF(top_left, rect.size()).toRect()

    def point_at(self, technician_id: str, when: datetime) -> QPoint:
        """The viewport point of ``when`` in a technician's row (vertically in its first lane)."""
        row = self._row_of(technician_id)
        if row is None:
            raise KeyError(technician_id)
        y = row.top + self._row_pad + self._lane_h / 2
        return self._to_view(self.x_of(when), y).toPoint()

    def slot_at(self, pos: QPoint | QPointF) -> tuple[str, datetime] | None:
        """(technician, quarter hour) under a viewport point; None over the headers or below the rows."""
        if not self._in_body(pos):
            return None
        x, y = self._to_board(pos)
        row = self._row_at(y)
        if row is None or x >= self._width:
            return None
        return row.tech.id, snap(self.time_at(x), self._zone)

    def placed_at(self, pos: QPoint | QPointF) -> tuple[Row, Placed, QRectF] | None:
        """The block under a viewport point (the one painted on top)."""
        if not self._in_body(pos):
            return None
        x, y = self._to_board(pos)
        row = self._row_at(y)
        if row is None:
            return None
        for placed in reversed(row.placed):
            for rect in placed.segments:
                if rect.contains(QPointF(x, y)):
                    return row, placed, rect
        return None

    def item_at(self, pos: QPoint | QPointF) -> BoardItem | None:
        found = self.placed_at(pos)
        return found[1].item if found else None

    def ghost(self) -> Ghost | None:
        """Where the job being dragged would land (None when nothing is dragged)."""
        return self._ghost

    def dragging(self) -> bool:
        return self._ghost is not None

    # --- painting -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self.viewport())
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        view = self.viewport().rect()
        painter.fillRect(view, QColor("#ffffff"))
        h, v = self._scroll()
        body = QRect(self._header_w, self._top_h, view.width() - self._header_w, view.height() - self._top_h)
        visible_rows = [row for row in self._rows if row.bottom > v and row.top < v + body.height()]
        x_lo, x_hi = float(h), float(h + body.width())

        painter.save()
        painter.setClipRect(body)
        painter.translate(self._header_w - h, self._top_h - v)
        self._paint_body(painter, visible_rows, x_lo, x_hi)
        painter.restore()

        painter.save()
        painter.setClipRect(QRect(self._header_w, 0, body.width(), self._top_h))
        painter.translate(self._header_w - h, 0)
        self._paint_day_headers(painter, x_lo, x_hi)
        painter.restore()

        painter.save()
        painter.setClipRect(QRect(0, self._top_h, self._header_w, body.height()))
        painter.translate(0, self._top_h - v)
        self._paint_row_headers(painter, visible_rows)
        painter.restore()

        corner = QRect(0, 0, self._header_w, self._top_h)
        painter.fillRect(corner, QColor(HEADER_BACKGROUND))
        painter.setPen(QColor(MUTED))
        painter.setFont(self._small)
        count = len(self._rows)
        painter.drawText(corner.adjusted(10, 0, -6, -4), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         self.tr("Technicians ({n})").format(n=count))
        painter.setPen(QPen(QColor(GRID_STRONG), 1))
        painter.drawLine(0, self._top_h - 1, view.width(), self._top_h - 1)
        painter.drawLine(self._header_w - 1, 0, self._header_w - 1, view.height())
        if not self._rows:
            painter.setPen(QColor(MUTED))
            painter.setFont(self._font)
            painter.drawText(body, Qt.AlignmentFlag.AlignCenter,
                             self.tr("No technician to show: users with the technician role appear here."))

    def _paint_body(self, painter: QPainter, rows: list[Row], x_lo: float, x_hi: float) -> None:
        width = self._width
        low, high = self._hours
        light = QPen(QColor(GRID_LIGHT), 1)
        half = QPen(QColor("#f3f4f6"), 1, Qt.PenStyle.DotLine)
        strong = QPen(QColor(GRID_STRONG), 1)
        now_x = self.x_of(self._now) if self._now is not None and self._in_period(self._now) else None
        past = None
        if self._now is not None and self._now >= self._day_starts[0][0]:
            past = width if now_x is None else now_x
        hatch = QBrush(QColor("#b6bdc7"), Qt.BrushStyle.BDiagPattern)
        for row in rows:
            painter.fillRect(QRectF(0, row.top, width, row.height),
                             QColor("#ffffff") if row.index % 2 == 0 else QColor("#fbfbfc"))
            for x0, x1 in row.off_hours:
                if x1 > x_lo and x0 < x_hi:
                    painter.fillRect(QRectF(x0, row.top, x1 - x0, row.height), QColor(OFF_HOURS))
            if past:
                painter.fillRect(QRectF(0, row.top, past, row.height), QColor(0, 0, 0, 9))
            for x0, x1, _reason, _start, _end in row.absences:
                band = QRectF(x0, row.top + 1, x1 - x0, row.height - 2)
                painter.fillRect(band, QColor("#e3e6ea"))
                painter.fillRect(band, hatch)
        top = rows[0].top if rows else 0.0
        bottom = rows[-1].bottom if rows else 0.0
        for d in range(self._days):
            x0, day_w = self._day_x[d], self._day_ws[d]
            if x0 + day_w < x_lo or x0 > x_hi:
                continue
            per_hour = day_w / (high - low)
            step = 1 if per_hour >= 10 else 2 if per_hour >= 6 else 3
            for hour in range(low + 1, high):
                x = x0 + (hour - low) * per_hour
                if per_hour >= 40:
                    painter.setPen(half)
                    painter.drawLine(QPointF(x - per_hour / 2, top), QPointF(x - per_hour / 2, bottom))
                if (hour - low) % step == 0 or per_hour >= 40:
                    painter.setPen(light)
                    painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            if per_hour >= 40:
                painter.setPen(half)
                x = x0 + (high - low - 0.5) * per_hour
                painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(strong)
        for x in self._day_x[1:]:
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(QPen(QColor("#e2e6ea"), 1))
        for row in rows:
            painter.drawLine(QPointF(0, row.bottom - 0.5), QPointF(width, row.bottom - 0.5))
        for row in rows:
            self._paint_absence_labels(painter, row, x_lo, x_hi)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for row in rows:
            for placed in row.placed:
                if placed.segments[-1].right() < x_lo or placed.segments[0].left() > x_hi:
                    continue
                self._paint_block(painter, row, placed)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self._ghost is not None:
            self._paint_ghost(painter, self._ghost)
        if now_x is not None:
            painter.setPen(QPen(QColor(WARNING_COLOR), 2))
            painter.drawLine(QPointF(now_x, top), QPointF(now_x, bottom))

    def _paint_absence_labels(self, painter: QPainter, row: Row, x_lo: float, x_hi: float) -> None:
        painter.setFont(self._small_bold)
        for x0, x1, reason, _start, _end in row.absences:
            if x1 < x_lo or x0 > x_hi:
                continue
            text = reason or core_tr(WARNINGS["absence"])
            text = self._fm_small_bold.elidedText(text, Qt.TextElideMode.ElideRight, int(x1 - x0 - 12))
            if not text:
                continue
            pill_w = self._fm_small_bold.horizontalAdvance(text) + 10
            pill = QRectF(x0 + 4, row.bottom - self._line - 8, pill_w, self._line + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawRoundedRect(pill, 3, 3)
            painter.setPen(QColor("#4b5563"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _style(self, kind: str, done: bool, warned: bool) -> tuple[QColor, QColor, QColor, QPen]:
        """Fill, accent, ink and border of a block (made once per combination, not per block and paint)."""
        key = (kind, done, warned)
        style = self._styles.get(key)
        if style is None:
            fill, accent, ink = KIND_COLORS.get(kind, OTHER_KIND)
            if done:
                fill, ink = "#f3f4f6", "#6b7280"
            border = QPen(QColor(WARNING_COLOR), 2) if warned else QPen(QColor(accent), 1)
            style = (QColor(fill), QColor(accent), QColor(ink), border)
            self._styles[key] = style
        return style

    def _paint_block(self, painter: QPainter, row: Row, placed: Placed) -> None:
        """One job: a rounded block per day it spans, its number and customer, its marks (antialiased painter)."""
        item = placed.item
        done = item.status == "done"
        warned = bool(item.warnings)
        fill, accent, ink, border = self._style(item.kind, done, warned)
        selected = item.intervention_id == self._selected
        for rect in placed.segments:
            painter.setPen(border)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.fillRect(QRectF(rect.left() + 1, rect.top() + 1, min(3.0, rect.width() - 1), rect.height() - 2),
                             accent)
            if selected:
                painter.setPen(self._selected_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)
        first, last = placed.segments[0], placed.segments[-1]
        dot = STATUS_DOTS.get(item.status) if first.width() > 12 else None
        if dot:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(dot))
            painter.drawEllipse(QPointF(first.left() + 10, first.top() + 7), 3, 3)
        badged = warned and last.width() >= 36
        if badged:
            badge = QRectF(last.right() - 14, last.top() + 2, 12, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._warning_color)
            painter.drawEllipse(badge)
            painter.setPen(self._white)
            painter.setFont(self._small_bold)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
        left = first.left() + (16 if dot else 7)
        right = placed.label_right - (16 if badged and len(placed.segments) == 1 else 4)
        if right - left < MIN_LABEL_WIDTH:
            return  # a sliver of text says nothing: the tooltip tells the whole job
        width = int(right - left)
        painter.setPen(ink)
        number = ("✓ " if done else "") + item.number
        painter.setFont(self._small_bold)
        painter.drawText(QRectF(left, first.top() + 3, width, self._line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._fm_small_bold.elidedText(number, Qt.TextElideMode.ElideRight, width))
        where = " · ".join(p for p in (item.customer or item.subject, item.city) if p)
        painter.setFont(self._small)
        painter.drawText(QRectF(left, first.top() + 3 + self._line, width, self._line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._fm_small.elidedText(where, Qt.TextElideMode.ElideRight, width))

    def _paint_ghost(self, painter: QPainter, ghost: Ghost) -> None:
        row = self._row_of(ghost.technician_id)
        if row is None:
            return
        spans = self._spans(ghost.start, ghost.end)
        if not spans:
            return
        y = row.top + self._row_pad
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(SELECTED_COLOR), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(29, 78, 216, 40))
        for x0, x1 in spans:
            painter.drawRoundedRect(QRectF(x0 + 1, y + 1, max(4.0, x1 - x0 - 2), self._lane_h - 3), 3, 3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.slot_text(ghost.start, ghost.end)
        painter.setFont(self._small_bold)
        width = self._fm_small_bold.horizontalAdvance(text) + 12
        x = min(spans[0][0], self._width - width)
        label_y = y + self._lane_h if row.top < self._lane_h else row.top - self._line - 4
        pill = QRectF(max(0.0, x), label_y, width, self._line + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SELECTED_COLOR))
        painter.drawRoundedRect(pill, 3, 3)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_day_headers(self, painter: QPainter, x_lo: float, x_hi: float) -> None:
        painter.fillRect(QRectF(0, 0, self._width, self._top_h), QColor(HEADER_BACKGROUND))
        today = self._now.astimezone(self._zone).date() if self._now is not None else None
        low, high = self._hours
        wide = self._days == 1
        label_h = self._fm_bold.height() + 6
        sample = self._fm_small.horizontalAdvance("00:00") + 8
        for d in range(self._days):
            x0, day_w = self._day_x[d], self._day_ws[d]
            if x0 + day_w < x_lo or x0 > x_hi:
                continue
            per_hour = day_w / (high - low)
            step = next((s for s in (1, 2, 3, 4, 6, 12) if s * per_hour >= sample), 12)
            day = self._first + timedelta(days=d)
            if day == today:
                painter.fillRect(QRectF(x0, 0, day_w, self._top_h), QColor(TODAY_BACKGROUND))
            painter.setFont(self._bold)
            painter.setPen(QColor(SELECTED_COLOR) if day == today else
                           QColor(MUTED) if day.weekday() >= 5 else QColor("#111827"))
            text = self.day_text(day, wide)
            if self._fm_bold.horizontalAdvance(text) > day_w - 12:
                text = self.day_text(day, wide, short=True)
            if self._fm_bold.horizontalAdvance(text) > day_w - 12:
                text = str(day.day)
            painter.drawText(QRectF(x0 + 6, 3, day_w - 12, label_h), Qt.AlignmentFlag.AlignCenter,
                             self._fm_bold.elidedText(text, Qt.TextElideMode.ElideRight, int(day_w - 12)))
            painter.setFont(self._small)
            painter.setPen(QColor(MUTED))
            for hour in range(low, high, step):
                x = x0 + (hour - low) * per_hour
                if hour != low:
                    painter.drawLine(QPointF(x, self._top_h - 5), QPointF(x, self._top_h - 1))
                if x + sample > x0 + day_w + 2:
                    continue
                painter.drawText(QRectF(x + 3, label_h, sample, self._line + 2),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
        painter.setPen(QPen(QColor(GRID_STRONG), 1))
        for x in self._day_x[1:]:
            painter.drawLine(QPointF(x, 0), QPointF(x, self._top_h))

    def _paint_row_headers(self, painter: QPainter, rows: list[Row]) -> None:
        for row in rows:
            painter.fillRect(QRectF(0, row.top, self._header_w, row.height),
                             QColor(HEADER_BACKGROUND) if row.index % 2 == 0 else QColor("#f1f3f6"))
            tech = row.tech
            x, y = 12.0, row.top + 6
            width = self._header_w - x - 8
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(tech.color or TECH_DOTS[row.index % len(TECH_DOTS)]))
            painter.drawEllipse(QPointF(x + 4, y + self._fm_bold.height() / 2), 4, 4)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setFont(self._bold)
            painter.setPen(QColor("#111827"))
            painter.drawText(QRectF(x + 14, y, width - 14, self._fm_bold.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self._fm_bold.elidedText(tech.name, Qt.TextElideMode.ElideRight, int(width - 14)))
            painter.setFont(self._small)
            painter.setPen(QColor(MUTED))
            y += self._fm_bold.height() + 1
            skills = ", ".join(tech.skills) or self.tr("no skills listed")
            painter.drawText(QRectF(x + 14, y, width - 14, self._line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self._fm_small.elidedText(skills, Qt.TextElideMode.ElideRight, int(width - 14)))
            y += self._line
            # The week's load on the last line, right: at a glance, who has room left.
            load = minutes_text(row.booked_minutes) if row.booked_minutes else ""
            load_w = self._fm_small_bold.horizontalAdvance(load) + 8 if load else 0
            place = self._vans.get(tech.van_location_id or "", "") or tech.home_base or ""
            if place:
                painter.drawText(QRectF(x + 14, y, width - 14 - load_w, self._line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 self._fm_small.elidedText(place, Qt.TextElideMode.ElideRight,
                                                           int(width - 14 - load_w)))
            if load:
                painter.setFont(self._small_bold)
                painter.drawText(QRectF(x, y, width, self._line),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, load)
            painter.setPen(QPen(QColor("#e2e6ea"), 1))
            painter.drawLine(QPointF(0, row.bottom - 0.5), QPointF(self._header_w, row.bottom - 0.5))

    # --- texts ------------------------------------------------------------------------------

    def _in_period(self, moment: datetime) -> bool:
        return self._day_starts[0][0] <= moment < self._day_starts[-1][1] if self._day_starts else False

    @staticmethod
    def day_text(day: date, wide: bool = False, short: bool = False) -> str:
        """"Mon 2 Mar" (week), "Monday 2 March 2026" (day view), "Sat 7" (a narrow weekend)."""
        pattern = "ddd d" if short else "dddd d MMMM yyyy" if wide else "ddd d MMM"
        return QLocale().toString(QDate(day.year, day.month, day.day), pattern)

    def slot_text(self, start: datetime, end: datetime) -> str:
        """"Wed 4 Mar 10:00 – 11:30" in the shop's time (the end's day too when it differs)."""
        locale = QLocale()
        lo, hi = start.astimezone(self._zone), end.astimezone(self._zone)

        def clock(moment: datetime) -> str:
            return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

        if hi.date() == lo.date():
            return f"{self.day_text(lo.date())} {clock(lo)} – {clock(hi)}"
        return f"{self.day_text(lo.date())} {clock(lo)} – {self.day_text(hi.date())} {clock(hi)}"

    def warning_details(self, row: Row, placed: Placed) -> list[str]:
        """The block's warnings in words, with what each is about (the other job, the absence, the skills)."""
        item = placed.item
        out = []
        for kind in item.warnings:
            detail = ""
            if kind == "overlap":
                detail = ", ".join(other.item.number for other in row.placed if other is not placed
                                   and planning.overlaps(item.start, item.end, other.item.start, other.item.end))
            elif kind == "absence":
                detail = ", ".join(reason for _x0, _x1, reason, start, end in row.absences
                                   if reason and planning.overlaps(item.start, item.end, start, end))
            elif kind == "skills":
                detail = ", ".join(planning.missing_skills(item.skills, row.tech.skills))
            text = warning_text(kind, detail)
            if text not in out:
                out.append(text)
        return out

    def tooltip_html(self, row: Row, placed: Placed) -> str:
        item = placed.item
        lines = [f"<b>{escape(item.number)}</b> — {escape(item.subject)}"]
        where = ", ".join(p for p in (item.customer, item.city) if p)
        if where:
            lines.append(escape(where))
        lines.append(escape(f"{core_tr(KINDS.get(item.kind, item.kind))} · "
                            f"{core_tr(STATUSES.get(item.status, item.status))}"))
        lines.append(escape(f"{self.slot_text(item.start, item.end)} "
                            f"({minutes_text(elapsed_minutes(item.start, item.end))})"))
        team = [r.tech.name for r in self._rows if any(p.item.intervention_id == item.intervention_id
                                                       for p in r.placed)]
        if len(team) > 1:
            lines.append(escape(self.tr("Team: {names}").format(names=", ".join(team))))
        if item.skills:
            lines.append(escape(self.tr("Skills needed: {skills}").format(skills=", ".join(item.skills))))
        for text in self.warning_details(row, placed):
            lines.append(f"<span style='color:{WARNING_COLOR}'>⚠ {escape(text)}</span>")
        return "<br>".join(lines)

    def _row_tooltip(self, row: Row) -> str:
        tech = row.tech
        lines = [f"<b>{escape(tech.name)}</b>"]
        if tech.skills:
            lines.append(escape(self.tr("Skills: {skills}").format(skills=", ".join(tech.skills))))
        van = self._vans.get(tech.van_location_id or "")
        if van:
            lines.append(escape(self.tr("Van: {van}").format(van=van)))
        if tech.home_base:
            lines.append(escape(self.tr("Base: {place}").format(place=tech.home_base)))
        if row.booked_minutes:
            lines.append(escape(self.tr("Booked in the period shown: {time}").format(
                time=minutes_text(row.booked_minutes))))
        return "<br>".join(lines)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            QToolTip.showText(event.globalPos(), self._tooltip_at(event.pos()), self.viewport())
            return True
        return super().viewportEvent(event)

    def _tooltip_at(self, pos: QPoint) -> str:
        if self._ghost is not None:
            return ""
        found = self.placed_at(pos)
        if found is not None:
            return self.tooltip_html(found[0], found[1])
        h, v = self._scroll()
        if pos.x() < self._header_w and pos.y() >= self._top_h:
            row = self._row_at(pos.y() - self._top_h + v)
            return self._row_tooltip(row) if row else ""
        if self._in_body(pos):
            x, y = self._to_board(pos)
            row = self._row_at(y)
            if row is not None:
                for x0, x1, reason, start, end in row.absences:
                    if x0 <= x < x1:
                        label = warning_text("absence", reason)
                        return escape(f"{label} — {self.slot_text(start, end)}")
        return ""

    # --- mouse and keyboard ---------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if pos.y() < self._top_h and pos.x() >= self._header_w and self._days > 1:
            x, _y = self._to_board(pos)
            if 0 <= x < self._width:
                self.day_activated.emit(self._first + timedelta(days=self._day_index(x)))
            return
        found = self.placed_at(pos)
        if found is None:
            self.select("")
            return
        _row, placed, rect = found
        self.select(placed.item.intervention_id)
        if not self._editable or placed.item.status in ("done", "cancelled"):
            return
        x, _y = self._to_board(pos)
        resize = rect is placed.segments[-1] and rect.right() - x <= RESIZE_GRIP
        grabbed = self.time_at(x)
        self._gesture = Gesture(placed, "resize" if resize else "move", pos,
                                grabbed.astimezone(UTC) - placed.item.start.astimezone(UTC))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position().toPoint()
        gesture = self._gesture
        if gesture is None:
            self._hover_cursor(pos)
            return
        if not gesture.active:
            if (pos - gesture.origin).manhattanLength() < QApplication.startDragDistance():
                return
            gesture.active = True
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor if gesture.mode == "resize"
                                      else Qt.CursorShape.ClosedHandCursor)
        item = gesture.placed.item
        self._autoscroll(pos)
        x, y = self._to_board(pos)
        if gesture.mode == "resize":
            end = snap(self.time_at(x), self._zone)
            end = max(end, item.start + timedelta(minutes=SNAP_MINUTES))
            self._ghost = Ghost(item.technician_id, item.start, end)
        else:
            row = self._row_at(min(max(y, 0.0), max(0.0, self._rows_height - 1)))
            tech_id = row.tech.id if row else item.technician_id
            start = snap(self.time_at(x) - gesture.offset, self._zone)
            # Real minutes, not wall-clock ones: a job moved over a change of clocks keeps its length.
            length = item.end.astimezone(UTC) - item.start.astimezone(UTC)
            self._ghost = Ghost(tech_id, start, (start.astimezone(UTC) + length).astimezone(start.tzinfo))
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        gesture, ghost = self._gesture, self._ghost
        self._gesture = None
        self._ghost = None
        self._hover_cursor(event.position().toPoint())
        if gesture is None or not gesture.active or ghost is None:
            return
        self.viewport().update()
        item = gesture.placed.item
        if ghost.technician_id == item.technician_id and ghost.start == item.start and ghost.end == item.end:
            return
        self.move_requested.emit(item.intervention_id, item.technician_id, ghost.technician_id, ghost.start,
                                 elapsed_minutes(ghost.start, ghost.end))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._gesture = None
        pos = event.position().toPoint()
        item = self.item_at(pos)
        if item is not None:
            self.item_activated.emit(item.intervention_id)
            return
        slot = self.slot_at(pos)
        if slot is not None:
            x, _y = self._to_board(pos)
            start = self.time_at(x)
            start = snap(start - timedelta(minutes=SNAP_MINUTES / 2 - 0.01), self._zone)
            self.slot_activated.emit(slot[0], start)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        item = self.item_at(event.pos())
        if item is not None:
            self.select(item.intervention_id)
            self.menu_requested.emit(item, event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and (self._gesture is not None or self._ghost is not None):
            self.cancel_drag()
            event.accept()
            return
        super().keyPressEvent(event)

    def _autoscroll(self, pos: QPoint | QPointF) -> None:
        """Dragging near an edge of the body scrolls it, to reach a row or a day out of sight."""
        view = self.viewport().rect()
        for bar, low, high, at in ((self.horizontalScrollBar(), self._header_w, view.width(), pos.x()),
                                   (self.verticalScrollBar(), self._top_h, view.height(), pos.y())):
            if at < low + AUTOSCROLL_MARGIN:
                bar.setValue(bar.value() - bar.singleStep())
            elif at > high - AUTOSCROLL_MARGIN:
                bar.setValue(bar.value() + bar.singleStep())

    def cancel_drag(self) -> None:
        """Escape: forget the drag in progress; the block stays where it was."""
        self._gesture = None
        self._ghost = None
        self._drop_job = None
        self.viewport().unsetCursor()
        self.viewport().update()

    def _hover_cursor(self, pos: QPoint) -> None:
        found = self.placed_at(pos) if self._editable else None
        if found is None or found[1].item.status in ("done", "cancelled"):
            self.viewport().unsetCursor()
            return
        _row, placed, rect = found
        x, _y = self._to_board(pos)
        if rect is placed.segments[-1] and rect.right() - x <= RESIZE_GRIP:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    # --- drops from the list of jobs to plan -------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        job = decode_job(event.mimeData()) if self._editable else None
        if job is None:
            event.ignore()
            return
        self._drop_job = job
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        job = self._drop_job or decode_job(event.mimeData())
        if job is not None:
            self._autoscroll(event.position())
        slot = self.slot_at(event.position()) if job and self._editable else None
        if job is None or slot is None:
            self._ghost = None
            self.viewport().update()
            event.ignore()
            return
        self._ghost = Ghost(slot[0], slot[1], slot[1] + timedelta(minutes=job[1]))
        self.viewport().update()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self._ghost = None
        self._drop_job = None
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if self.drop_mime(event.mimeData(), event.position()):
            # A copy, never a move: the list must not delete the row it dragged (it is re-read instead).
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def drop_mime(self, mime: QMimeData, pos: QPoint | QPointF) -> bool:
        """A job to plan dropped at a viewport point: asks for it to be planned there; False if not a slot."""
        self._ghost = None
        self._drop_job = None
        self.viewport().update()
        job = decode_job(mime)
        slot = self.slot_at(pos) if self._editable else None
        if job is None or slot is None:
            return False
        self.drop_requested.emit(job[0], slot[0], slot[1])
        return True
