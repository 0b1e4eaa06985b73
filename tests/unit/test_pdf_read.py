"""Reading PDFs back: page count and the text of each page."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.reports.pdf_read import page_count, page_texts


@pytest.fixture
def two_pages(tmp_path: Path) -> Path:
    path = tmp_path / "two.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawString(72, 760, "Customer list")
    canvas.drawString(72, 740, "Boulangerie Dupuis, Namur")
    canvas.showPage()
    canvas.drawString(72, 760, "Garage Lambert — Liège")
    canvas.showPage()
    canvas.save()
    return path


def test_page_count(two_pages: Path) -> None:
    assert page_count(two_pages) == 2
    assert page_count(str(two_pages)) == 2


def test_page_texts_in_order_with_plain_newlines(two_pages: Path) -> None:
    first, second = page_texts(two_pages)
    assert first.splitlines() == ["Customer list", "Boulangerie Dupuis, Namur"]
    assert "\r" not in first
    assert second.strip() == "Garage Lambert — Liège"  # beyond ASCII


def test_a_page_without_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.rect(72, 72, 100, 100, fill=1)
    canvas.showPage()
    canvas.save()
    assert page_texts(path) == [""]


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        page_count(tmp_path / "nowhere.pdf")
    not_a_pdf = tmp_path / "notes.pdf"
    not_a_pdf.write_text("just text")
    with pytest.raises(RuntimeError):  # pypdfium2.PdfiumError
        page_texts(not_a_pdf)
