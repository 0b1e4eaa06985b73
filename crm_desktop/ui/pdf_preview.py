"""Showing a PDF report before it is saved or printed, and printing it.

The Qt we ship (PySide6-Essentials) has no QtPdf, so pages are rasterised with
pypdfium2 and shown as images. Only the pages in view (and the next screenful) are
rendered, at the screen's resolution and the current zoom, one page per turn of
the event loop: a 30-page report opens at once and scrolling or zooming never waits
for pages nobody looks at. Pages far from the view give their image back, so a long
report does not hold hundreds of megabytes of pixels.

``print_pdf`` prints a PDF on a QPrinter (one PDF page per sheet); it is separate
from the dialog so that it can be tested on a PDF-format QPrinter.
"""

from __future__ import annotations

import contextlib
import math
import os
import shutil
from os import PathLike
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

StrPath = str | PathLike[str]

#: Room around and between the pages on screen, in pixels.
PAGE_MARGIN = 16
PAGE_GAP = 12
#: The zoom factors (1.0 = true size) that + and - step through.
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MIN_ZOOM = ZOOM_STEPS[0]
MAX_ZOOM = ZOOM_STEPS[-1]
#: Printing rasterises each page; above this resolution the pixels cost memory
#: (an A4 page at 1200 dpi is over 500 MB) without a visible gain for reports.
MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72
#: The most pixels one page is rendered with on screen (64 MB as 32-bit pixels; an A4
#: page at 400 % on an ordinary screen is 14 million).
MAX_RENDER_PIXELS = 16_000_000

#: pypdfium2's pixel layouts (``PdfBitmap.mode``) as QImage formats.
_IMAGE_FORMATS = {
    "RGBX": QImage.Format.Format_RGBX8888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGB": QImage.Format.Format_RGB888,
    "L": QImage.Format.Format_Grayscale8,
}


class PrintError(Exception):
    """The printer refused the job (not started, or no new sheet); the message is translated."""


def _page_image(page: pdfium.PdfPage, scale: float, rotation: int = 0, for_printing: bool = False) -> QImage:
    """``page`` rasterised at ``scale`` pixels per point, as a QImage that owns its pixels.

    The QImage is built on the bitmap's buffer and then copied: the buffer belongs to
    the bitmap, which is closed here.
    """
    bitmap = page.render(scale=scale, rotation=rotation, prefer_bgrx=True, rev_byteorder=True,
                         optimize_mode="print" if for_printing else None)
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, _IMAGE_FORMATS[bitmap.mode])
        return image.copy()
    finally:
        bitmap.close()


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """0-based page indexes in printing order: the dialog's range, page order and copies."""
    numbers = list(range(1, count + 1))
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            numbers = [number for number in numbers if ranges.contains(number)]
        elif printer.fromPage() > 0:
            last = printer.toPage() or count
            numbers = [number for number in numbers if printer.fromPage() <= number <= last]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        numbers.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if not printer.collateCopies():
        return [number - 1 for number in numbers for _copy in range(copies)]
    return [number - 1 for number in numbers * copies]


def print_pdf(path: StrPath, printer: QPrinter) -> None:
    """Print the PDF at ``path`` on ``printer``, one PDF page per sheet.

    Each page is drawn at its true size, centred, and shrunk only if it does not fit
    the paper (turned a quarter if the paper is the other way round). The printer is
    switched to full-page mode: reports have their own margins, printing inside the
    printer's margins as well would shrink them. Pages are rendered at the printer's
    resolution up to MAX_PRINT_DPI. Honours the printer's page range, page order
    and (when the printer cannot make copies itself) copy count.

    Raises PrintError if the printer does not start, OSError or pypdfium2.PdfiumError
    if the file cannot be read.
    """
    document = pdfium.PdfDocument(str(path))
    try:
        order = _pages_to_print(printer, len(document))
        if not order:
            return
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate("PdfPreviewDialog", "The printer did not start."))
        try:
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            device_scale = printer.resolution() / POINTS_PER_INCH
            render_scale = min(printer.resolution(), MAX_PRINT_DPI) / POINTS_PER_INCH
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for position, index in enumerate(order):
                if position and not printer.newPage():
                    raise PrintError(QCoreApplication.translate("PdfPreviewDialog", "The printer refused a page."))
                width, height = document.get_page_size(index)
                rotation = 90 if (width > height) != (paper.width() > paper.height()) else 0
                if rotation:
                    width, height = height, width
                scale = min(device_scale, paper.width() / width, paper.height() / height)
                page = document.get_page(index)
                try:
                    image = _page_image(page, min(scale, render_scale), rotation, for_printing=True)
                finally:
                    page.close()
                target = QRectF(0, 0, width * scale, height * scale)
                target.moveCenter(QRectF(0, 0, paper.width(), paper.height()).center())
                painter.drawImage(target, image)
        except BaseException:
            printer.abort()
            raise
        finally:
            painter.end()
    finally:
        document.close()


class PdfPreviewDialog(QDialog):
    """A PDF report on screen, with zoom, "Save as PDF…" and "Print…".

    ``path`` is read while the dialog is open (it is closed by done()); the copy
    made by "Save as PDF…" is byte for byte that file. ``title`` replaces the window
    title, ``suggested_name`` is the file name the save dialog proposes.
    """

    #: A copy was saved, with its path.
    saved = Signal(str)
    #: The document was sent to the printer.
    printed = Signal()

    def __init__(self, path: StrPath, parent: QWidget | None = None, *, title: str = "",
                 suggested_name: str = "") -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._suggested_name = suggested_name or self.path.name
        self._document: pdfium.PdfDocument | None = None
        self._page_sizes: list[tuple[float, float]] = []  # points
        self._page_tops: list[int] = []  # pixels, in the column of pages
        self._rendered_scale: dict[int, float] = {}
        self._zoom = 1.0
        self._fit_width = True
        self.setWindowTitle(title or self.tr("Preview of {name}").format(name=self.path.name))
        self.setSizeGripEnabled(True)

        self.page_count_label = QLabel()
        self.zoom_out_button = self._tool_button(self.tr("−"), self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut)
        self.zoom_label = QLabel()
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000 %"))
        self.zoom_in_button = self._tool_button(self.tr("+"), self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        self.actual_size_button = self._tool_button(self.tr("100%"), self.tr("Show the pages at their true size"))
        self.fit_width_button = self._tool_button(self.tr("Fit width"), self.tr("Make the pages as wide as the window"))
        self.fit_width_button.setCheckable(True)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.actual_size_button.clicked.connect(lambda: self.set_zoom(1.0))
        self.fit_width_button.clicked.connect(self.fit_width)
        bar = QHBoxLayout()
        bar.addWidget(self.page_count_label)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.actual_size_button,
                       self.fit_width_button):
            bar.addWidget(widget)

        self.page_labels: list[QLabel] = []
        column_widget = QWidget()
        self._column = QVBoxLayout(column_widget)
        self._column.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self._column.setSpacing(PAGE_GAP)
        self.scroll_area = QScrollArea()
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(column_widget)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._schedule_render)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self._render_next)

        self._load_pages()
        available = self.screen().availableGeometry()
        self.resize(min(900, int(available.width() * 0.9)), int(available.height() * 0.9))

    def _tool_button(self, text: str, tip: str, key: QKeySequence.StandardKey | None = None) -> QToolButton:
        """A zoom button (texts already translated by the caller: self.tr needs literals)."""
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        if key is not None:
            button.setShortcut(QKeySequence(key))
        return button

    # --- the document ------------------------------------------------------------------

    def _open(self) -> pdfium.PdfDocument:
        """The document, opened again if done() closed it (a dialog can be shown twice)."""
        if self._document is None:
            self._document = pdfium.PdfDocument(str(self.path))
        return self._document

    def _close_document(self) -> None:
        self._render_timer.stop()
        if self._document is not None:
            self._document.close()
            self._document = None

    def _load_pages(self) -> None:
        """One empty label per page, sized later from the page sizes (nothing rendered yet)."""
        try:
            document = self._open()
            self._page_sizes = [document.get_page_size(index) for index in range(len(document))]
        except (OSError, pdfium.PdfiumError) as error:
            self._close_document()
            self.error_label.setText(self.tr("This PDF cannot be shown: {reason}").format(reason=str(error)))
            self.error_label.show()
            for widget in (self.print_button, self.zoom_in_button, self.zoom_out_button, self.actual_size_button,
                           self.fit_width_button):
                widget.setEnabled(False)
        for number in range(1, len(self._page_sizes) + 1):
            label = QLabel()
            label.setScaledContents(True)  # an older rendering stretches until the new one is ready
            label.setAutoFillBackground(True)
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(Qt.GlobalColor.white))
            label.setPalette(palette)
            label.setAccessibleName(self.tr("Page {number}").format(number=number))
            self._column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self._column.addStretch(1)
        self.page_count_label.setText(self.tr("Pages: {count}").format(count=len(self._page_sizes)))
        self._layout_pages()

    def page_count(self) -> int:
        """The number of pages (0 if the file could not be read)."""
        return len(self._page_sizes)

    # --- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        """The current zoom; 1.0 shows the pages at their printed size."""
        return self._zoom

    def is_fit_width(self) -> bool:
        """Whether the zoom follows the window's width (the default)."""
        return self._fit_width

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` (clamped to MIN_ZOOM..MAX_ZOOM); leaves "fit width"."""
        self._fit_width = False
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self._layout_pages()

    def fit_width(self) -> None:
        """Make the widest page as wide as the window, and keep it so when the window is resized."""
        self._fit_width = True
        self._layout_pages()

    def zoom_in(self) -> None:
        """The next larger of ZOOM_STEPS."""
        self.set_zoom(next((step for step in ZOOM_STEPS if step > self._zoom * 1.01), MAX_ZOOM))

    def zoom_out(self) -> None:
        """The next smaller of ZOOM_STEPS."""
        self.set_zoom(next((step for step in reversed(ZOOM_STEPS) if step < self._zoom / 1.01), MIN_ZOOM))

    def _pixels_per_point(self) -> float:
        return self.logicalDpiX() / POINTS_PER_INCH

    def _fit_width_zoom(self) -> float:
        # The vertical scroll bar is always budgeted: fitting with and without it would make
        # the pages jump between two widths when it comes and goes.
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.scroll_area)
        room = self.scroll_area.maximumViewportSize().width() - extent - 2 * PAGE_MARGIN
        widest = max(width for width, _height in self._page_sizes) * self._pixels_per_point()
        return min(MAX_ZOOM, max(MIN_ZOOM, room / widest))

    def _layout_pages(self) -> None:
        """Size every page's label for the zoom, keeping the page at the top of the view in view."""
        if not self._page_sizes:
            self.zoom_label.setText("")
            return
        scroll_bar = self.scroll_area.verticalScrollBar()
        anchor: tuple[int, float] | None = None  # a page and how far down it the view starts
        if self._page_tops and scroll_bar.value() > 0:
            index = self._page_at(scroll_bar.value())
            anchor = (index, (scroll_bar.value() - self._page_tops[index]) / max(1, self.page_labels[index].height()))
        if self._fit_width:
            self._zoom = self._fit_width_zoom()
        self.fit_width_button.setChecked(self._fit_width)
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(self._zoom * 100)))
        self.zoom_in_button.setEnabled(self._zoom < MAX_ZOOM)
        self.zoom_out_button.setEnabled(self._zoom > MIN_ZOOM)
        pixels = self._pixels_per_point() * self._zoom
        top = PAGE_MARGIN
        self._page_tops = []
        for label, (width, height) in zip(self.page_labels, self._page_sizes, strict=True):
            label.setFixedSize(max(1, round(width * pixels)), max(1, round(height * pixels)))
            self._page_tops.append(top)
            top += label.height() + PAGE_GAP
        if anchor is not None:
            # The scroll bar's new range now rather than at the next event (setWidgetResizable
            # makes the scroll area size its widget again), so that the value is not clamped.
            self.scroll_area.setWidgetResizable(True)
            index, offset = anchor
            scroll_bar.setValue(self._page_tops[index] + round(offset * self.page_labels[index].height()))
        self._schedule_render()

    def _page_at(self, y: int) -> int:
        """The page at height ``y`` of the column (the one before it if ``y`` is in a gap)."""
        index = 0
        for candidate, top in enumerate(self._page_tops):
            if top <= y:
                index = candidate
        return index

    # --- rendering -------------------------------------------------------------------------

    def _render_scale(self, index: int) -> float:
        """Pixels per point of page ``index``'s rendering: the zoom on this screen, in device pixels.

        Capped at MAX_RENDER_PIXELS a page; beyond that the image is stretched (only at the
        largest zooms on high-density screens).
        """
        width, height = self._page_sizes[index]
        wanted = self._pixels_per_point() * self._zoom * self.devicePixelRatioF()
        return min(wanted, math.sqrt(MAX_RENDER_PIXELS / (width * height)))

    def _pages_near_view(self, screens_around: float) -> list[int]:
        """Pages within ``screens_around`` viewport heights of the view, those in view first."""
        top = self.scroll_area.verticalScrollBar().value()
        view = max(1, self.scroll_area.viewport().height())
        low, high = top - screens_around * view, top + view + screens_around * view
        near = [index for index, page_top in enumerate(self._page_tops)
                if page_top < high and page_top + self.page_labels[index].height() > low]
        return sorted(near, key=lambda index: (self._page_tops[index] + self.page_labels[index].height() <= top
                                               or self._page_tops[index] >= top + view, index))

    def _schedule_render(self) -> None:
        if self._page_sizes:
            self._render_timer.start()

    def _render_next(self) -> None:
        """Render one page that is in (or just below) the view; come back while some are left."""
        keep = set(self._pages_near_view(2.0))
        for index in list(self._rendered_scale):
            if index not in keep:
                del self._rendered_scale[index]
                self.page_labels[index].setPixmap(QPixmap())
        wanted = [index for index in self._pages_near_view(1.0)
                  if self._rendered_scale.get(index) != self._render_scale(index)]
        if not wanted:
            return
        index = wanted[0]
        scale = self._render_scale(index)
        try:
            page = self._open().get_page(index)
            try:
                image = _page_image(page, scale)
            finally:
                page.close()
        except (OSError, pdfium.PdfiumError) as error:  # the file changed or vanished under us
            self.error_label.setText(self.tr("This PDF cannot be shown: {reason}").format(reason=str(error)))
            self.error_label.show()
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.page_labels[index].setPixmap(pixmap)
        self._rendered_scale[index] = scale
        if len(wanted) > 1:
            self._render_timer.start()

    def rendered_pages(self) -> list[int]:
        """Indexes of the pages that show a rendering at the current zoom (for tests)."""
        return sorted(index for index, scale in self._rendered_scale.items() if scale == self._render_scale(index))

    # --- events -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._layout_pages()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fit_width:
            self._layout_pages()
        else:
            self._schedule_render()

    def done(self, result: int) -> None:
        """Closing lets go of the file (the caller may delete it as soon as the dialog closes)."""
        super().done(result)
        self._close_document()

    # --- save and print ---------------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Ask where to save a copy of the PDF and copy it there; the copy's path, or None."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / self._suggested_name) if folder else self._suggested_name
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), start,
                                                      self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            target = target.with_name(target.name + ".pdf")
            # The file dialog asked about replacing the name typed, not this one.
            if target.exists() and QMessageBox.question(
                    self, self.tr("Save as PDF"),
                    self.tr("{name} already exists. Do you want to replace it?").format(name=target.name),
            ) != QMessageBox.StandardButton.Yes:
                return None
        return target if self.save_copy(target) else None

    def save_copy(self, target: Path) -> bool:
        """Copy the PDF to ``target``; a failure is told in a message box, never half-written."""
        try:
            if target.exists() and target.resolve() == self.path.resolve():
                self.saved.emit(str(target))
                return True  # already there
        except OSError:
            pass
        partial = target.with_name(target.name + ".part")
        try:
            shutil.copyfile(self.path, partial)
            os.replace(partial, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Save as PDF"), self.tr(
                "The PDF could not be saved as {path}.\n\n{reason}").format(
                    path=str(target), reason=error.strerror or str(error)))
            return False
        self.saved.emit(str(target))
        return True

    def print_document(self) -> bool:
        """Ask for a printer and print; False if cancelled or failed (the failure is shown)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        failure = ""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_pdf(self.path, printer)
        except (PrintError, OSError, pdfium.PdfiumError) as error:
            failure = str(error)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure:
            QMessageBox.warning(self, self.tr("Print"), self.tr(
                "The PDF could not be printed.\n\n{reason}").format(reason=failure))
            return False
        self.printed.emit()
        return True
