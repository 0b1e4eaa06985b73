"""The page every report shares: the business's letterhead, page numbers, print date.

Reports build a list of platypus flowables and hand them to ``build_pdf``; the
letterhead (name, address, VAT number and logo from the business settings), the
title, "page N of M" and the date of printing are drawn in the reader's language.
Long tables should be split into chunks of a few hundred rows (DESIGN.md §6).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from crm_desktop.core.settings import BusinessSettings

#: The words the template itself prints, per language (reports bring their own texts).
WORDS = {
    "en": {"page": "Page {page} of {pages}", "printed": "Printed on {date}", "vat": "VAT"},
    "fr": {"page": "Page {page} sur {pages}", "printed": "Imprimé le {date}", "vat": "TVA"},
}
DATE_FORMATS = {"en": "%d %b %Y %H:%M", "fr": "%d/%m/%Y %H:%M"}
MARGIN = 18 * mm
HEADER = 24 * mm
FOOTER = 14 * mm


@dataclass(frozen=True)
class Letterhead:
    """What the top of every page shows."""

    business: BusinessSettings
    title: str
    language: str = "en"
    printed_at: datetime | None = None
    logo: Path | None = None


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles reports use, so that they all look alike."""
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("crmTitle", parent=base["Title"], fontSize=16, spaceAfter=6, alignment=0),
        "h2": ParagraphStyle("crmH2", parent=base["Heading2"], fontSize=12, spaceBefore=10, spaceAfter=4),
        "body": ParagraphStyle("crmBody", parent=base["BodyText"], fontSize=9.5, leading=12),
        "small": ParagraphStyle("crmSmall", parent=base["BodyText"], fontSize=8, leading=10,
                                textColor=colors.HexColor("#555555")),
    }


class _NumberedCanvas(Canvas):
    """Draws "page N of M" once the total is known (after the last page)."""

    def __init__(self, *args: object, footer: Callable[[Canvas, int, int], None], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, object]] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()


def _header(head: Letterhead) -> Callable[[Canvas, BaseDocTemplate], None]:
    words = WORDS.get(head.language, WORDS["en"])

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        top = height - MARGIN + 4 * mm
        canvas.saveState()
        x = MARGIN
        if head.logo is not None and head.logo.is_file():
            try:
                canvas.drawImage(str(head.logo), MARGIN, top - 14 * mm, width=14 * mm, height=14 * mm,
                                 preserveAspectRatio=True, mask="auto")
                x += 17 * mm
            except OSError:
                pass
        business = head.business
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(x, top - 4 * mm, business.name or "")
        canvas.setFont("Helvetica", 8)
        address = " · ".join(p for p in (business.street, f"{business.postcode} {business.city}".strip()) if p)
        canvas.drawString(x, top - 8.5 * mm, address)
        if business.vat:
            canvas.drawString(x, top - 12 * mm, f"{words['vat']} {business.vat}")
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawRightString(width - MARGIN, top - 4 * mm, head.title)
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - MARGIN - HEADER + 6 * mm, width - MARGIN, height - MARGIN - HEADER + 6 * mm)
        canvas.restoreState()

    return draw


def _footer(head: Letterhead) -> Callable[[Canvas, int, int], None]:
    words = WORDS.get(head.language, WORDS["en"])
    printed = (head.printed_at or datetime.now()).strftime(DATE_FORMATS.get(head.language, DATE_FORMATS["en"]))

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width, _height = canvas._pagesize
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, MARGIN - 6 * mm, words["printed"].format(date=printed))
        canvas.drawRightString(width - MARGIN, MARGIN - 6 * mm, words["page"].format(page=page, pages=pages))
        canvas.restoreState()

    return draw


def build_pdf(out: Path, head: Letterhead, story: Sequence[Flowable]) -> Path:
    """Lay the story out on the shared template and write ``out`` (atomically)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    doc = BaseDocTemplate(
        str(tmp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + HEADER,
        bottomMargin=MARGIN + FOOTER, title=head.title, author=head.business.name or "CRM Desktop",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_header(head))])
    footer = _footer(head)
    doc.build(list(story), canvasmaker=lambda *a, **k: _NumberedCanvas(*a, footer=footer, **k))
    tmp.replace(out)
    return out
