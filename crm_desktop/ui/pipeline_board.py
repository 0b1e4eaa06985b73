"""The pipeline board: one column per stage, one card per deal, dragged from column to column.

Hand-painted (like the planning board) rather than a list widget per column: the card
follows the pointer as a ghost, the column it would land in lights up, Escape puts it
back, and the whole gesture is plain mouse events that a test can drive. The board only
asks (``move_requested``); the view decides (asking the lost reason, confirming a win).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QToolTip, QWidget

from crm_desktop.core.opportunities import StageTotal
from crm_desktop.core.opportunity_choices import STAGES
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.support_format import LATE_COLOR, MUTED_COLOR, date_text, money_text

MIN_COLUMN_W = 190
HEADER_H = 66
CARD_H = 82
GAP = 6
PAD = 8
#: A stripe on each card and the header's underline, per stage.
STAGE_COLORS: dict[str, str] = {
    "new": "#60a5fa", "qualified": "#818cf8", "proposal": "#f59e0b", "negotiation": "#f97316",
    "won": "#16a34a", "lost": "#9ca3af",
}


@dataclass
class Gesture:
    """A card being dragged: where the press was and how far into the card."""

    card: dict[str, Any]
    origin: QPoint
    offset: QPointF
    active: bool = False
    pos: QPoint | None = None


class PipelineBoard(QWidget):
    """Columns by stage with their totals; cards can be dragged to another column."""

    #: A card was dropped on another column: (opportunity id, stage key).
    move_requested = Signal(str, str)
    #: A card was double-clicked (or Enter pressed on the selected one); Ctrl+Left/Right asks to move it.
    card_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._cards: dict[str, list[dict[str, Any]]] = {stage: [] for stage in STAGES}
        self._totals: dict[str, StageTotal] = {}
        self._currency = "EUR"
        self._editable = True
        self._gesture: Gesture | None = None
        self._selected = ""
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))

    # ---- content

    def set_board(self, cards: Mapping[str, Sequence[dict[str, Any]]], totals: Mapping[str, StageTotal],
                  currency: str) -> None:
        """Show these cards (core's board) with their columns' totals."""
        self._cards = {stage: list(cards.get(stage, ())) for stage in STAGES}
        self._totals = dict(totals)
        self._currency = currency
        if self._gesture is not None and self.card(self._gesture.card["id"]) is None:
            self._gesture = None
        self.updateGeometry()
        self.setMinimumHeight(self._content_height())
        self.update()

    def set_editable(self, editable: bool) -> None:
        """Without the right to move deals, cards open but do not drag."""
        self._editable = editable

    def stages(self) -> list[str]:
        return list(STAGES)

    def cards(self, stage: str) -> list[dict[str, Any]]:
        return list(self._cards.get(stage, []))

    def card(self, opp_id: str) -> dict[str, Any] | None:
        for rows in self._cards.values():
            for row in rows:
                if row["id"] == opp_id:
                    return row
        return None

    def selected(self) -> str:
        return self._selected

    def select(self, opp_id: str) -> None:
        self._selected = opp_id
        self.update()

    def dragging(self) -> bool:
        return self._gesture is not None and self._gesture.active

    def header_text(self, stage: str) -> tuple[str, str, str]:
        """The three lines of a column's header: stage (count), amount, weighted amount."""
        total = self._totals.get(stage, StageTotal())
        return (self.tr("{stage} ({n})").format(stage=core_tr(STAGES[stage]), n=total.count),
                money_text(total.amount_cents, self._currency),
                self.tr("weighted {amount}").format(amount=money_text(total.weighted_cents, self._currency)))

    # ---- geometry

    def _content_height(self) -> int:
        most = max((len(rows) for rows in self._cards.values()), default=0)
        return HEADER_H + PAD + most * (CARD_H + GAP) + PAD + 40

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(MIN_COLUMN_W * len(STAGES), self._content_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(MIN_COLUMN_W * len(STAGES), HEADER_H + CARD_H)

    def _column_w(self) -> float:
        return max(float(MIN_COLUMN_W), self.width() / len(STAGES))

    def column_rect(self, stage: str) -> QRect:
        index = list(STAGES).index(stage)
        w = self._column_w()
        return QRect(int(index * w), 0, int(w), self.height())

    def column_at(self, pos: QPoint | QPointF) -> str | None:
        index = int(pos.x() // self._column_w())
        stages = list(STAGES)
        return stages[index] if 0 <= index < len(stages) and 0 <= pos.y() <= self.height() else None

    def card_rect(self, opp_id: str) -> QRect:
        for stage, rows in self._cards.items():
            for index, row in enumerate(rows):
                if row["id"] == opp_id:
                    column = self.column_rect(stage)
                    return QRect(column.x() + PAD // 2 + 2, HEADER_H + PAD + index * (CARD_H + GAP),
                                 column.width() - PAD - 4, CARD_H)
        return QRect()

    def card_at(self, pos: QPoint | QPointF) -> dict[str, Any] | None:
        stage = self.column_at(pos)
        if stage is None:
            return None
        index = int((pos.y() - HEADER_H - PAD) // (CARD_H + GAP))
        rows = self._cards.get(stage, [])
        if 0 <= index < len(rows) and self.card_rect(rows[index]["id"]).contains(QPoint(int(pos.x()),
                                                                                      int(pos.y()))):
            return rows[index]
        return None

    def drop_target(self) -> str | None:
        """The column the dragged card would land in (None when not dragging)."""
        if not self.dragging() or self._gesture is None or self._gesture.pos is None:
            return None
        return self.column_at(self._gesture.pos)

    # ---- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        target = self.drop_target()
        source = self._gesture.card["stage"] if self.dragging() and self._gesture else None
        for stage in STAGES:
            self._paint_column(painter, stage, target == stage and target != source)
        if self.dragging() and self._gesture is not None and self._gesture.pos is not None:
            rect = self.card_rect(self._gesture.card["id"])
            ghost = QRectF(QPointF(self._gesture.pos) - self._gesture.offset, QRectF(rect).size())
            painter.setOpacity(0.85)
            self._paint_card(painter, ghost, self._gesture.card, lifted=True)
            painter.setOpacity(1.0)
        painter.end()

    def _paint_column(self, painter: QPainter, stage: str, targeted: bool) -> None:
        rect = QRectF(self.column_rect(stage)).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor("#2563eb"), 2) if targeted else Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#dbeafe") if targeted else QColor("#f3f4f6"))
        painter.drawRoundedRect(rect, 6, 6)
        title, amount, weighted = self.header_text(stage)
        text_rect = rect.adjusted(PAD, 6, -PAD, 0)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.setFont(self._bold)
        metrics = QFontMetrics(self._bold)
        line = metrics.height()
        painter.drawText(QRectF(text_rect.x(), text_rect.y(), text_rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(text_rect.width())))
        painter.setFont(self._small)
        small = QFontMetrics(self._small).height()
        painter.drawText(QRectF(text_rect.x(), text_rect.y() + line + 2, text_rect.width(), small),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, amount)
        painter.setPen(QColor(MUTED_COLOR))
        painter.drawText(QRectF(text_rect.x(), text_rect.y() + line + small + 4, text_rect.width(), small),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, weighted)
        painter.setPen(QPen(QColor(STAGE_COLORS[stage]), 3))
        painter.drawLine(QPointF(rect.x() + PAD, HEADER_H - 2), QPointF(rect.right() - PAD, HEADER_H - 2))
        dragged = self._gesture.card["id"] if self.dragging() and self._gesture else None
        for row in self._cards.get(stage, []):
            card = QRectF(self.card_rect(row["id"]))
            if row["id"] == dragged:
                painter.setPen(QPen(QColor("#9ca3af"), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(card, 5, 5)
                continue
            self._paint_card(painter, card, row)

    def _paint_card(self, painter: QPainter, rect: QRectF, row: Mapping[str, Any], lifted: bool = False) -> None:
        selected = row["id"] == self._selected
        painter.setPen(QPen(QColor("#2563eb") if selected or lifted else QColor("#d1d5db"), 2 if selected else 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STAGE_COLORS.get(str(row.get("stage")), "#9ca3af")))
        painter.drawRoundedRect(QRectF(rect.x(), rect.y(), 4, rect.height()), 2, 2)
        inner = rect.adjusted(10, 5, -6, -5)
        width = int(inner.width())
        text_color = self.palette().color(QPalette.ColorRole.Text)
        bold = QFontMetrics(self._bold)
        small = QFontMetrics(self._small)
        y = inner.y()
        painter.setFont(self._bold)
        painter.setPen(text_color)
        painter.drawText(QRectF(inner.x(), y, inner.width(), bold.height()), Qt.AlignmentFlag.AlignLeft,
                         bold.elidedText(str(row.get("title") or ""), Qt.TextElideMode.ElideRight, width))
        y += bold.height() + 1
        painter.setFont(self._small)
        painter.setPen(QColor(MUTED_COLOR))
        painter.drawText(QRectF(inner.x(), y, inner.width(), small.height()), Qt.AlignmentFlag.AlignLeft,
                         small.elidedText(str(row.get("customer_name") or ""), Qt.TextElideMode.ElideRight, width))
        y += small.height() + 2
        painter.setPen(text_color)
        money = money_text(int(row.get("amount_cents") or 0), self._currency)
        chance = self.tr("{p} %").format(p=row.get("probability") if row.get("probability") is not None else "—")
        painter.drawText(QRectF(inner.x(), y, inner.width(), small.height()), Qt.AlignmentFlag.AlignLeft, money)
        painter.drawText(QRectF(inner.x(), y, inner.width(), small.height()), Qt.AlignmentFlag.AlignRight, chance)
        y += small.height() + 2
        close = date_text(row.get("expected_close")) if row.get("expected_close") else ""
        if row.get("overdue"):
            painter.setPen(QColor(LATE_COLOR))
            close = self.tr("late: {day}").format(day=close)
        else:
            painter.setPen(QColor(MUTED_COLOR))
        painter.drawText(QRectF(inner.x(), y, inner.width() / 2, small.height()), Qt.AlignmentFlag.AlignLeft, close)
        painter.setPen(QColor(MUTED_COLOR))
        owner = small.elidedText(str(row.get("owner_name") or ""), Qt.TextElideMode.ElideRight, width // 2)
        painter.drawText(QRectF(inner.x(), y, inner.width(), small.height()), Qt.AlignmentFlag.AlignRight, owner)

    # ---- mouse and keys

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        card = self.card_at(pos)
        self.select(card["id"] if card else "")
        if card is not None and self._editable:
            rect = self.card_rect(card["id"])
            self._gesture = Gesture(card, pos, QPointF(pos - rect.topLeft()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        gesture = self._gesture
        pos = event.position().toPoint()
        if gesture is None:
            self.setCursor(Qt.CursorShape.OpenHandCursor if self._editable and self.card_at(pos)
                           else Qt.CursorShape.ArrowCursor)
            return
        if not gesture.active:
            if (pos - gesture.origin).manhattanLength() < QApplication.startDragDistance():
                return
            gesture.active = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        gesture.pos = pos
        self._autoscroll(pos)
        self.update()

    def _autoscroll(self, pos: QPoint) -> None:
        """Dragging near the edge of the scroll area (a narrow window) brings the next columns into view."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.ensureVisible(pos.x(), pos.y(), 40, 40)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        gesture = self._gesture
        target = self.drop_target()
        self._gesture = None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()
        if gesture is None or not gesture.active or target is None or target == gesture.card["stage"]:
            return
        self.move_requested.emit(gesture.card["id"], target)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._gesture = None
        card = self.card_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else None
        if card is not None:
            self.card_activated.emit(card["id"])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self._gesture is not None:
            self.cancel_drag()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.card_activated.emit(self._selected)
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step and event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._selected and self._editable:
            # The keyboard's drag: Ctrl+arrow moves the selected card one column (asked like a drop).
            card = self.card(self._selected)
            stages = list(STAGES)
            index = stages.index(card["stage"]) + step if card else -1
            if card is not None and 0 <= index < len(stages):
                self.move_requested.emit(card["id"], stages[index])
            return
        super().keyPressEvent(event)

    def cancel_drag(self) -> None:
        """Escape: the card goes back where it was, nothing is asked."""
        self._gesture = None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            card = self.card_at(event.pos())  # type: ignore[attr-defined]
            if card is not None:
                QToolTip.showText(event.globalPos(), self._tooltip(card), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _tooltip(self, card: Mapping[str, Any]) -> str:
        parts = [f"{card.get('number')} · {card.get('title')}", str(card.get("customer_name") or "")]
        if card.get("expected_close"):
            parts.append(self.tr("Expected to close {day}").format(day=date_text(card["expected_close"])))
        parts.append(self.tr("Weighted {amount}").format(
            amount=money_text(int(card.get("weighted_cents") or 0), self._currency)))
        return "\n".join(p for p in parts if p)
