"""The customer signs on the technician's screen: a white pad drawn on with a mouse, a pen or a finger.

Strokes are kept as points and drawn as smooth curves (quadratic segments through the
midpoints), so a signature made of a few coarse touch events still looks like ink. The
PNG handed to core is cut to what was drawn (plus a margin) and at most ``MAX_PNG_WIDTH``
pixels wide, in grey levels: a few kilobytes that sync quickly from a laptop in the field.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

INK = QColor("#111827")
GUIDE = QColor("#9ca3af")
PEN_WIDTH = 2.6
#: Blank space kept around the drawing in the PNG (in pad pixels).
MARGIN = 12
MAX_PNG_WIDTH = 800
#: Drawn at twice the pad's resolution (then capped), so the PNG stays sharp when printed.
PNG_SCALE = 2.0

Stroke = list[QPointF]


def stroke_path(points: Stroke) -> QPainterPath:
    """A smooth path through the points: straight to the first midpoint, then curves between midpoints."""
    path = QPainterPath(points[0])
    if len(points) == 1:
        return path
    if len(points) == 2:
        path.lineTo(points[1])
        return path
    path.lineTo((points[0] + points[1]) / 2)
    for n in range(1, len(points) - 1):
        path.quadTo(points[n], (points[n] + points[n + 1]) / 2)
    path.lineTo(points[-1])
    return path


def draw_strokes(painter: QPainter, strokes: list[Stroke], width: float) -> None:
    pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for points in strokes:
        if len(points) == 1:  # a dot (the i of a name)
            painter.setBrush(INK)
            painter.drawEllipse(points[0], width / 2, width / 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.drawPath(stroke_path(points))


class SignatureCanvas(QWidget):
    """The white drawing surface; input from mouse, tablet pen and touch screen end up as the same strokes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._drawing = False
        self.read_only = False
        self.hint = ""
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(500, 180)

    # ---- strokes

    def begin(self, point: QPointF) -> None:
        if self.read_only:
            return
        self._drawing = True
        self.strokes.append([QPointF(point)])
        self.update()

    def extend(self, point: QPointF) -> None:
        if not self._drawing or not self.strokes:
            return
        last = self.strokes[-1][-1]
        if (point - last).manhattanLength() < 1.0:
            return  # the same spot again: no new point, the curve stays smooth
        self.strokes[-1].append(QPointF(point))
        self.update()

    def end(self, point: QPointF | None = None) -> None:
        if not self._drawing:
            return
        if point is not None:
            self.extend(point)
        self._drawing = False
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        had = bool(self.strokes)
        self.strokes = []
        self._drawing = False
        self.update()
        if had:
            self.changed.emit()

    # ---- input

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drawing:
            self.extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self._drawing:
            self.end(event.position())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt override
        """A pen: accepted here so that Qt does not also send the same stroke as mouse events."""
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self.extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self.end(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        """A finger: the first touch point draws (a second finger, a palm, is ignored)."""
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel) and isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                where = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self.begin(where)
                elif kind == QEvent.Type.TouchUpdate:
                    self.extend(where)
                else:
                    self.end(where)
            event.accept()
            return True
        return super().event(event)

    # ---- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        line_y = self.height() - 34
        painter.setPen(QPen(GUIDE, 1, Qt.PenStyle.DashLine))
        painter.drawLine(20, line_y, self.width() - 20, line_y)
        if self.hint and not self.strokes:
            painter.setPen(GUIDE)
            painter.drawText(QRectF(20, line_y + 4, self.width() - 40, 26),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.hint)
        draw_strokes(painter, self.strokes, PEN_WIDTH)
        painter.setPen(QPen(QColor("#d1d5db"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def drawn_rect(self) -> QRectF:
        """Where the ink is, pen width included."""
        rect = QRectF()
        for points in self.strokes:
            path = stroke_path(points)
            bounds = path.boundingRect() if len(points) > 1 else QRectF(points[0], points[0])
            rect = rect.united(bounds) if not rect.isNull() else bounds
        half = PEN_WIDTH / 2
        return rect.adjusted(-half, -half, half, half)


class SignaturePad(QWidget):
    """The pad with its Clear button: ``is_empty()``, ``png_bytes()`` and ``changed`` for the report."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.canvas = SignatureCanvas(self)
        self.canvas.hint = self.tr("Sign here")
        self.canvas.setToolTip(self.tr("Sign with a finger, a pen or the mouse"))
        self.canvas.changed.connect(self._changed)
        layout.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Wipe the pad and sign again"))
        self.clear_button.setMinimumHeight(40)
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self._changed()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(500, 180 + 48)

    def _changed(self) -> None:
        self.clear_button.setEnabled(not self.is_empty() and not self.canvas.read_only)
        self.changed.emit()

    def clear(self) -> None:
        self.canvas.clear()

    def is_empty(self) -> bool:
        return not self.canvas.strokes

    def set_read_only(self, read_only: bool) -> None:
        self.canvas.read_only = read_only
        self.canvas.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self.clear_button.setEnabled(not read_only and not self.is_empty())

    def image(self) -> QImage:
        """What was drawn, on white, cut to the ink plus a margin, at most MAX_PNG_WIDTH wide (grey levels)."""
        if self.is_empty():
            return QImage()
        area = self.canvas.drawn_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        scale = min(PNG_SCALE, MAX_PNG_WIDTH / max(area.width(), 1.0))
        width = max(1, min(MAX_PNG_WIDTH, round(area.width() * scale)))
        height = max(1, round(area.height() * scale))
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(scale, scale)
        painter.translate(-area.topLeft())
        draw_strokes(painter, self.canvas.strokes, PEN_WIDTH)
        painter.end()
        return image.convertToFormat(QImage.Format.Format_Grayscale8)

    def png_bytes(self) -> bytes:
        """The signature as PNG bytes for core (empty when nothing was drawn)."""
        image = self.image()
        if image.isNull():
            return b""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(buffer.data().data())
