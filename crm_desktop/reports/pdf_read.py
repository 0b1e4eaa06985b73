"""Reading a PDF back: how many pages it has, the text on each, the images. Never imports Qt.

Tests check the reports they make by reading them back (a title on page 1, "Page 2
of 3" in a footer, the photos and signature of a work order), and the application
needs the page count of a report it shows. This is the one place that knows
pypdfium2's document, text page and page object API for that,
and it closes every document, page and text page it opens: left to the garbage
collector they would close late, and the test suite turns every warning into an
error. (The preview dialog, ui/pdf_preview.py, renders pages with pypdfium2 itself.)

pypdfium2 raises ``FileNotFoundError`` for a missing file and ``pypdfium2.PdfiumError``
(a ``RuntimeError``) for a file that is not a PDF it can read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from os import PathLike

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

StrPath = str | PathLike[str]


@contextmanager
def _opened(path: StrPath) -> Iterator[pdfium.PdfDocument]:
    """The document at ``path``, closed on the way out even after an error."""
    document = pdfium.PdfDocument(str(path))
    try:
        yield document
    finally:
        document.close()


def page_count(path: StrPath) -> int:
    """The number of pages of the PDF at ``path``."""
    with _opened(path) as document:
        return len(document)


def page_texts(path: StrPath) -> list[str]:
    """The text of each page of the PDF at ``path``, in page order.

    Lines end with "\\n" (PDFium gives "\\r\\n"), so that tests can compare with
    ordinary Python strings.
    """
    texts: list[str] = []
    with _opened(path) as document:
        for index in range(len(document)):
            page = document.get_page(index)
            try:
                text_page = page.get_textpage()
                try:
                    text = text_page.get_text_range()
                finally:
                    text_page.close()
            finally:
                page.close()
            texts.append(text.replace("\r\n", "\n").replace("\r", "\n"))
    return texts


def image_count(path: StrPath) -> int:
    """How many images are drawn on the pages of the PDF at ``path`` (also inside form XObjects).

    An image drawn twice counts twice: this counts what a reader sees, not what the file stores.
    """
    count = 0
    with _opened(path) as document:
        for index in range(len(document)):
            page = document.get_page(index)
            try:
                count += sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
            finally:
                page.close()
    return count
