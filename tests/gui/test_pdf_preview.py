"""The PDF preview: pages rendered lazily, zoom, save a copy, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.reports.pdf_read import page_count
from crm_desktop.ui.pdf_preview import MIN_ZOOM, PdfPreviewDialog, print_pdf

#: The colour of the block in the top-left quarter of each page of the sample.
PAGE_COLORS = ("#c0392b", "#27ae60", "#2b6cb0")
WIDTH, HEIGHT = A4


def make_pdf(path: Path, pages: int) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFillColor(PAGE_COLORS[(number - 1) % len(PAGE_COLORS)])
        canvas.rect(0, HEIGHT / 2, WIDTH / 2, HEIGHT / 2, stroke=0, fill=1)
        canvas.setFillColor("#000000")
        canvas.drawString(72, 200, f"Page {number} of {pages}")
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def three_pages(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "report.pdf", 3)


def make_dialog(qtbot: QtBot, path: Path, **kwargs: str) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def quarter_color(dialog: PdfPreviewDialog, index: int) -> str:
    """The colour a quarter of the way across and down page ``index`` as shown."""
    image = dialog.page_labels[index].pixmap().toImage()
    return image.pixelColor(image.width() // 4, image.height() // 4).name()


def close_to(color: str, expected: str) -> bool:
    a, b = QColor(color), QColor(expected)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 8


def test_every_page_is_shown(qtbot: QtBot, three_pages: Path) -> None:
    dialog = make_dialog(qtbot, three_pages, title="Customer list")
    assert dialog.windowTitle() == "Customer list"
    assert dialog.page_count() == 3
    assert "3" in dialog.page_count_label.text()
    assert len(dialog.page_labels) == 3
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages())  # the first page, at once
    dialog.set_zoom(MIN_ZOOM)  # all three in view
    qtbot.waitUntil(lambda: dialog.rendered_pages() == [0, 1, 2])
    for index, label in enumerate(dialog.page_labels):
        assert not label.pixmap().isNull()
        assert close_to(quarter_color(dialog, index), PAGE_COLORS[index])
    tops = [label.geometry().top() for label in dialog.page_labels]
    bottoms = [label.geometry().bottom() for label in dialog.page_labels]
    assert tops == sorted(tops)  # a column, top to bottom...
    assert all(top > bottom for top, bottom in zip(tops[1:], bottoms, strict=False))  # ...with a gap


def test_zoom(qtbot: QtBot, three_pages: Path) -> None:
    dialog = make_dialog(qtbot, three_pages)
    page = dialog.page_labels[0]
    assert dialog.is_fit_width()
    fitted = page.width()
    assert fitted <= dialog.scroll_area.viewport().width()
    qtbot.mouseClick(dialog.actual_size_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_fit_width() and dialog.zoom() == 1.0
    assert page.width() == round(WIDTH * dialog.logicalDpiX() / 72)
    assert dialog.zoom_label.text() == "100 %"
    true_size = page.size()
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.zoom() > 1.0
    assert page.width() > true_size.width() and page.height() > true_size.height()
    dialog.zoom_out()
    dialog.zoom_out()
    assert dialog.zoom() < 1.0 and page.width() < true_size.width()
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages())  # rendered again at the new zoom
    assert page.pixmap().width() == pytest.approx(page.width() * page.devicePixelRatioF(), abs=2)
    for _step in range(30):
        dialog.zoom_out()
    assert dialog.zoom() == MIN_ZOOM and not dialog.zoom_out_button.isEnabled()
    qtbot.mouseClick(dialog.fit_width_button, Qt.MouseButton.LeftButton)
    assert dialog.is_fit_width() and page.width() == fitted
    dialog.resize(dialog.width() - 200, dialog.height())  # fit width follows the window
    assert page.width() < fitted


def test_long_documents_are_rendered_lazily(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, make_pdf(tmp_path / "long.pdf", 30))
    assert len(dialog.page_labels) == 30
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages())
    assert len(dialog.rendered_pages()) < 5
    bar = dialog.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: 29 in dialog.rendered_pages())
    assert 0 not in dialog.rendered_pages()  # far from the view: its image was let go
    assert dialog.page_labels[0].pixmap().isNull()


def printer_to(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_pdf_prints_every_page(qtbot: QtBot, three_pages: Path, tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    print_pdf(three_pages, printer_to(printed))
    assert page_count(printed) == 3
    dialog = make_dialog(qtbot, printed)  # pages in order, drawn where they belong
    dialog.set_zoom(MIN_ZOOM)
    qtbot.waitUntil(lambda: dialog.rendered_pages() == [0, 1, 2])
    assert [close_to(quarter_color(dialog, index), PAGE_COLORS[index]) for index in range(3)] == [True] * 3


def test_print_pdf_honours_the_page_range(qtbot: QtBot, three_pages: Path, tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    printer = printer_to(printed)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    print_pdf(three_pages, printer)
    assert page_count(printed) == 2
    dialog = make_dialog(qtbot, printed)
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages())
    assert close_to(quarter_color(dialog, 0), PAGE_COLORS[1])


def patch_save_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    asked: list[str] = []

    def ask(parent: QWidget, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(folder)
        return (str(answer) if answer else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return asked


def patch_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    return shown


def test_save_as_copies_the_file(qtbot: QtBot, three_pages: Path, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "saved" / "Customers.pdf"
    target.parent.mkdir()
    asked = patch_save_dialog(monkeypatch, target)
    shown = patch_warnings(monkeypatch)
    dialog = make_dialog(qtbot, three_pages, suggested_name="Customers 2026-03-02.pdf")
    with qtbot.waitSignal(dialog.saved) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(target)]
    assert asked and asked[0].endswith("Customers 2026-03-02.pdf")
    assert target.read_bytes() == three_pages.read_bytes()
    assert not shown
    assert sorted(p.name for p in target.parent.iterdir()) == ["Customers.pdf"]  # no leftover


def test_save_as_adds_the_extension_and_asks_before_replacing(qtbot: QtBot, three_pages: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    patch_save_dialog(monkeypatch, tmp_path / "copy")
    dialog = make_dialog(qtbot, three_pages)
    assert dialog.save_as() == tmp_path / "copy.pdf"
    assert (tmp_path / "copy.pdf").read_bytes() == three_pages.read_bytes()
    (tmp_path / "copy.pdf").write_bytes(b"keep me")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    assert dialog.save_as() is None
    assert (tmp_path / "copy.pdf").read_bytes() == b"keep me"


def test_save_as_cancelled(qtbot: QtBot, three_pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    patch_save_dialog(monkeypatch, None)
    dialog = make_dialog(qtbot, three_pages)
    with qtbot.assertNotEmitted(dialog.saved):
        assert dialog.save_as() is None


def test_a_failed_save_is_a_message(qtbot: QtBot, three_pages: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    patch_save_dialog(monkeypatch, tmp_path / "no such folder" / "report.pdf")
    shown = patch_warnings(monkeypatch)
    dialog = make_dialog(qtbot, three_pages)
    with qtbot.assertNotEmitted(dialog.saved):
        assert dialog.save_as() is None
    assert len(shown) == 1 and "no such folder" in shown[0] and "Traceback" not in shown[0]


def test_a_file_that_is_not_a_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_text("not a PDF")
    dialog = make_dialog(qtbot, path)
    assert dialog.page_count() == 0 and dialog.page_labels == []
    assert dialog.error_label.isVisible() and dialog.error_label.text()
    assert not dialog.print_button.isEnabled()


def test_closing_lets_go_of_the_file_and_showing_again_reopens_it(qtbot: QtBot, three_pages: Path) -> None:
    dialog = make_dialog(qtbot, three_pages)
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages())
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_zoom(2.0)  # a new rendering needs the document again
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages())


def test_print_button(qtbot: QtBot, three_pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The print dialog offers the document's pages; what it accepts is printed."""
    printed = tmp_path / "printed.pdf"
    offered: list[tuple[int, int]] = []

    def accept(print_dialog: QPrintDialog) -> int:
        offered.append((print_dialog.minPage(), print_dialog.maxPage()))
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = make_dialog(qtbot, three_pages)
    with qtbot.waitSignal(dialog.printed):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert offered == [(1, 3)]
    assert page_count(printed) == 3


def test_a_failed_print_is_a_message(qtbot: QtBot, three_pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda print_dialog: QDialog.DialogCode.Accepted.value)
    shown = patch_warnings(monkeypatch)
    dialog = make_dialog(qtbot, three_pages)
    three_pages.unlink()  # gone before printing: print_pdf cannot open it
    with qtbot.assertNotEmitted(dialog.printed):
        assert not dialog.print_document()
    assert len(shown) == 1 and "Traceback" not in shown[0]


def test_cancelling_the_print_dialog_prints_nothing(qtbot: QtBot, three_pages: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda print_dialog: QDialog.DialogCode.Rejected.value)
    dialog = make_dialog(qtbot, three_pages)
    with qtbot.assertNotEmitted(dialog.printed):
        assert not dialog.print_document()
