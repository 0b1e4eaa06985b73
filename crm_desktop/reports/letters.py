"""A campaign's letters: one personalised A4 letter per person, ready for a window envelope.

Which letters: one per *pending* "letter" send of the campaign (``reprint=True`` adds the
ones already sent, to print a lost batch again); excluded, failed and bounced sends are
never printed. A person with no postal address (neither theirs nor their company's) is
skipped and listed with the reason; the others are written.

Marking: writing the PDF does not mark anything sent, because a PDF is not yet a letter in
the post (the preview may be closed without printing). The caller marks the written sends
with ``mark_sent(ctx, report)`` once the user confirms they were printed (the command line
does it with ``--mark-sent``).

Layout: the business letterhead at the top, the recipient's address in the right window of a
DL envelope (window 90 x 45 mm, 20 mm from the right edge and 50 mm from the top; the letter
folds in three at 99 and 198 mm, marked in the left margin), the place and date, the campaign's
letter text merged for the person (paragraphs and line breaks kept), then the sender's name
under the space for the signature.

Why canvas drawing and not a platypus story: 5,000 letters must take under a minute, and a
letter is a few strings at known places; text is wrapped with ``simpleSplit`` and the
settings, fonts and logo are read once for the whole batch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlite_utils
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.core import campaign_sends, campaigns, letter_data, mail_merge
from crm_desktop.core.clock import Clock, SystemClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.settings import BusinessSettings, load_business
from crm_desktop.core.support_report import ReportCancelled
from crm_desktop.core.support_settings import load_support
from crm_desktop.reports.support_costs import letterhead
from crm_desktop.reports.texts import Texts

Progress = Callable[[int, int], bool | None]

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
FONT = "Helvetica"
BOLD = "Helvetica-Bold"
BODY_SIZE = 10.5
BODY_LEADING = 14.5
PARAGRAPH_GAP = 5
#: The DL envelope's right window, from the page's top-left corner (mm).
WINDOW_LEFT = 100 * mm
WINDOW_TOP = 50 * mm
WINDOW_WIDTH = 90 * mm
WINDOW_HEIGHT = 45 * mm
WINDOW_PADDING = 5 * mm
ADDRESS_SIZE = 11
ADDRESS_MIN_SIZE = 9
#: Where the folds of a letter in three go (from the top, mm).
FOLDS = (99 * mm, 198 * mm)
BODY_TOP = 118 * mm
BOTTOM = 22 * mm
CONTINUATION_TOP = 30 * mm
SIGNATURE_SPACE = 16 * mm
GREY = colors.HexColor("#555555")
NOTHING_TO_WRITE = QT_TRANSLATE_NOOP("core", "No letter to write: none is left to send ({skipped} without an address).")
#: How often the progress bar moves (letters).
STEP = 25

LONG_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}
COUNTRY_NAMES = {
    "en": {"BE": "BELGIUM", "FR": "FRANCE", "NL": "NETHERLANDS", "LU": "LUXEMBOURG", "DE": "GERMANY",
           "GB": "UNITED KINGDOM", "CH": "SWITZERLAND", "ES": "SPAIN", "IT": "ITALY", "US": "UNITED STATES"},
    "fr": {"BE": "BELGIQUE", "FR": "FRANCE", "NL": "PAYS-BAS", "LU": "LUXEMBOURG", "DE": "ALLEMAGNE",
           "GB": "ROYAUME-UNI", "CH": "SUISSE", "ES": "ESPAGNE", "IT": "ITALIE", "US": "ÉTATS-UNIS"},
}


@dataclass
class LettersReport:
    """What was written: how many letters, who was skipped and why, and the sends to mark sent."""

    path: Path
    written: int
    skipped: list[tuple[str, str]]
    sends: list[tuple[str, str]] = field(default_factory=list)


def long_date(day: date, language: str) -> str:
    """"2 March 2026" / "2 mars 2026" (a letter's date is written out)."""
    months = LONG_MONTHS.get(language, LONG_MONTHS["en"])
    first = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{first} {months[day.month - 1]} {day.year}"


def address_lines(recipient: letter_data.Recipient, home_country: str, language: str) -> list[str]:
    """The address block; the country is written (in capitals) only for mail abroad."""
    lines = list(recipient.lines)
    if recipient.country and recipient.country != (home_country or "").upper():
        lines.append(COUNTRY_NAMES.get(language, COUNTRY_NAMES["en"]).get(recipient.country, recipient.country))
    return lines


def cut(text: str, width: float, size: float, font: str = FONT) -> str:
    """``text`` shortened with "…" to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_lines(lines: list[str], width: float, size: float, smallest: float,
              font: str = FONT) -> tuple[float, list[str]]:
    """Address lines that fit ``width``: the font shrinks for the widest line (down to ``smallest``, the
    same size for all lines); a line still too wide then goes on two lines at its spaces, and only a
    single word wider than the room is cut with "…"."""
    widest = max((stringWidth(line, font, size) for line in lines), default=0)
    if widest > width:
        size = max(smallest, size * width / widest)
    out: list[str] = []
    for line in lines:
        if stringWidth(line, font, size) <= width:
            out.append(line)
        else:
            out.extend(cut(part, width, size, font) for part in simpleSplit(line, font, size, width))
    return size, out


def paragraphs(text: str) -> list[list[str]]:
    """The letter text as paragraphs (blank-line separated) of lines (single line breaks kept)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


class _LetterWriter:
    """Draws letters on one canvas; everything that is the same for every letter is prepared once."""

    def __init__(self, canvas: Canvas, business: BusinessSettings, logo: Path | None, language: str,
                 place_date: str, sender: str, template: str) -> None:
        self.canvas = canvas
        self.business = business
        self.logo = str(logo) if logo is not None and logo.is_file() else None
        self.language = language
        self.t = Texts(language, business.currency)
        self.place_date = place_date
        self.sender = sender
        self.template = template
        self.vat = f"{'TVA' if language == 'fr' else 'VAT'} {business.vat}" if business.vat else ""
        self.address = " · ".join(p for p in (business.street, f"{business.postcode} {business.city}".strip()) if p)

    # -- fixed parts

    def letterhead(self) -> None:
        c = self.canvas
        top = PAGE_HEIGHT - 15 * mm
        x = LEFT
        if self.logo is not None:
            try:
                c.drawImage(self.logo, LEFT, top - 16 * mm, width=16 * mm, height=16 * mm,
                            preserveAspectRatio=True, mask="auto")
                x += 20 * mm
            except OSError:
                self.logo = None
        c.setFillColor(colors.black)
        c.setFont(BOLD, 14)
        c.drawString(x, top - 5 * mm, self.business.name or "")
        c.setFont(FONT, 8.5)
        c.setFillColor(GREY)
        c.drawString(x, top - 10 * mm, self.address)
        if self.vat:
            c.drawString(x, top - 14 * mm, self.vat)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.5)
        c.line(LEFT, top - 19 * mm, PAGE_WIDTH - RIGHT, top - 19 * mm)
        for fold in FOLDS:  # fold marks in the margin
            c.line(5 * mm, PAGE_HEIGHT - fold, 9 * mm, PAGE_HEIGHT - fold)
        c.setFillColor(colors.black)

    def continuation(self, name: str, page: int) -> float:
        """The top of a second page of the same letter; returns where the text starts."""
        c = self.canvas
        c.setFont(FONT, 8.5)
        c.setFillColor(GREY)
        c.drawString(LEFT, PAGE_HEIGHT - 15 * mm, self.business.name or "")
        c.drawRightString(PAGE_WIDTH - RIGHT, PAGE_HEIGHT - 15 * mm,
                          self.t("lt_continued", name=name, page=page))
        c.setFillColor(colors.black)
        return PAGE_HEIGHT - CONTINUATION_TOP

    # -- one letter

    def letter(self, recipient: letter_data.Recipient) -> None:
        c = self.canvas
        self.letterhead()
        lines = address_lines(recipient, self.business.country, self.language)
        size, lines = fit_lines(lines, WINDOW_WIDTH - 2 * WINDOW_PADDING, ADDRESS_SIZE, ADDRESS_MIN_SIZE)
        leading = size * 1.25
        y = PAGE_HEIGHT - WINDOW_TOP - WINDOW_PADDING - size
        c.setFont(FONT, size)
        for line in lines:
            c.drawString(WINDOW_LEFT + WINDOW_PADDING, y, line)
            y -= leading
        c.setFont(FONT, BODY_SIZE)
        c.drawString(LEFT, PAGE_HEIGHT - 106 * mm, self.place_date)
        text = mail_merge.render(self.template, recipient.values)
        y = PAGE_HEIGHT - BODY_TOP
        page = 1
        for block in paragraphs(text):
            for source in block:
                for line in simpleSplit(source, FONT, BODY_SIZE, TEXT_WIDTH) or [""]:
                    if y < BOTTOM:
                        c.showPage()
                        page += 1
                        y = self.continuation(recipient.name, page)
                        c.setFont(FONT, BODY_SIZE)
                    c.drawString(LEFT, y, line)
                    y -= BODY_LEADING
            y -= PARAGRAPH_GAP
        if y - SIGNATURE_SPACE - 2 * BODY_LEADING < BOTTOM:
            c.showPage()
            page += 1
            y = self.continuation(recipient.name, page)
        y -= SIGNATURE_SPACE
        if self.sender:
            c.setFont(BOLD, BODY_SIZE)
            c.drawString(LEFT, y, self.sender)
            y -= BODY_LEADING
            c.setFont(FONT, BODY_SIZE)
            c.drawString(LEFT, y, self.business.name or "")
        else:
            c.setFont(BOLD, BODY_SIZE)
            c.drawString(LEFT, y, self.business.name or "")
        c.showPage()


def _check(progress: Progress | None, cancelled: Callable[[], bool] | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise ReportCancelled()
    if progress is not None and progress(done, total) is False:
        raise ReportCancelled()


def write_letters(db: sqlite_utils.Database, campaign_id: str, path: Path, lang: str,
                  progress: Progress | None = None, cancelled: Callable[[], bool] | None = None, *,
                  clock: Clock | None = None, sender: str = "", reprint: bool = False) -> LettersReport:
    """Write the campaign's letters to ``path`` (one file); returns who got one and who was skipped.

    ``progress(done, total)`` returning False, or ``cancelled()`` returning True, stops with
    ReportCancelled and leaves no file. A campaign without a letter text is refused
    (ValidationError on ``letter_body``). Nothing is marked sent here (see ``mark_sent``).
    """
    campaign = campaigns.get(db, campaign_id)
    template = campaign.get("letter_body") or ""
    if not template.strip():
        raise ValidationError({"letter_body": Message(QT_TRANSLATE_NOOP("core", "This campaign has no letter text."))})
    unknown = mail_merge.unknown_fields(template)
    if unknown:
        raise ValidationError({"letter_body": Message(
            QT_TRANSLATE_NOOP("core", "The letter uses unknown fields: {names}."), {"names": ", ".join(unknown)})})
    t = Texts(lang, timezone=load_support(db).timezone)
    found = letter_data.recipients(db, campaign_id, "letter", reprint=reprint)
    if not found.people:
        raise CrmError(NOTHING_TO_WRITE, skipped=len(found.skipped))
    business = load_business(db)
    clock = clock or SystemClock()
    head = letterhead(db, t("lt_title", name=campaign["name"]), t.language, clock)
    today = clock.now().astimezone(t.zone).date()
    place_date = t("lt_place_date", place=business.city or "", date=long_date(today, t.language)).lstrip(", ")
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    canvas = Canvas(str(tmp), pagesize=A4, pageCompression=1)
    canvas.setTitle(head.title)
    canvas.setAuthor(business.name or "CRM Desktop")
    writer = _LetterWriter(canvas, business, head.logo, t.language, place_date, sender.strip(), template)
    total = len(found.people)
    sends: list[tuple[str, str]] = []
    try:
        for done, recipient in enumerate(found.people):
            if done % STEP == 0:
                _check(progress, cancelled, done, total)
            writer.letter(recipient)
            sends.append((recipient.send_id, recipient.address))
        _check(progress, cancelled, total, total)
        canvas.save()
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    skipped = [(name, t(f"lt_{reason}")) for name, reason in found.skipped]
    return LettersReport(path, total, skipped, sends)


def mark_sent(ctx: Context, report: LettersReport) -> int:
    """Mark the letters of ``report`` sent (with the address used); one announce at the end."""
    require(ctx.user, Perm.CAMPAIGN_SEND)
    for send, address in report.sends:
        campaign_sends.mark_sent(ctx, send, address=address)
    if report.sends:
        ctx.announce("campaign_sends", None, "update")
    return len(report.sends)
