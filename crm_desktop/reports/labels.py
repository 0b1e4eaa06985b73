"""Address labels of a campaign on A4 sheets of self-adhesive labels.

The two layouts are the common borderless A4 sheets (Herma / Avery-Zweckform style):
"3x7" = 21 labels of 70 x 42.3 mm (e.g. Herma 4453, Avery 3475) and "2x7" = 14 labels of
105 x 42.3 mm (e.g. Herma 4455, Avery 3653). Both fill the width of the sheet (no side
margin) and leave 0.45 mm at the top and bottom (7 x 42.3 = 296.1 of 297 mm). Text keeps
6 mm from the left and right edges of a label and 3 mm from the top and bottom, which also
keeps it out of the unprintable rim of most printers.

The people are those who get a letter (``core/letter_data``: pending sends of the channel,
with their own or their company's postal address), so the labels match the letters one to
one and in the same order. ``start_at`` skips labels already peeled off a used sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.core import campaigns, letter_data
from crm_desktop.core.errors import CrmError, Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.settings import load_business
from crm_desktop.reports.letters import FONT, address_lines, fit_lines
from crm_desktop.reports.texts import Texts

PAGE_WIDTH, PAGE_HEIGHT = A4
SIZE = 10
#: Long lines shrink the font to SMALLEST and then wrap; too many lines shrink it to FLOOR.
SMALLEST = 7.5
FLOOR = 6
LEADING = 1.22
PAD_X = 6 * mm
PAD_Y = 3 * mm

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class Layout:
    """One sheet of labels: the grid, a label's size and the sheet's margins (mm)."""

    key: str
    name: str
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


LAYOUTS: dict[str, Layout] = {
    "3x7": Layout("3x7", "3x7 (70 x 42.3 mm)", 3, 7, 70.0, 42.3, 0.0, 0.45),
    "2x7": Layout("2x7", "2x7 (105 x 42.3 mm)", 2, 7, 105.0, 42.3, 0.0, 0.45),
}
NO_LABEL = QT_TRANSLATE_NOOP("core", "No label to print: nobody is left to send to ({skipped} without an address).")


def layout_of(layout: str | Layout) -> Layout:
    """The layout of a key ("3x7", "2x7"); a wrong key is a ValidationError on ``layout``."""
    if isinstance(layout, Layout):
        return layout
    if layout not in LAYOUTS:
        raise ValidationError({"layout": Message(QT_TRANSLATE_NOOP("core", "Unknown label layout {layout}."),
                                                 {"layout": layout})})
    return LAYOUTS[layout]


def label_cells(layout: str | Layout) -> list[Rect]:
    """The labels of one sheet as (x, y, width, height) in points from the bottom-left corner,
    in the order they are filled: left to right, then top to bottom."""
    grid = layout_of(layout)
    cells: list[Rect] = []
    for row in range(grid.rows):
        for column in range(grid.columns):
            x = (grid.left + column * grid.width) * mm
            top = (grid.top + row * grid.height) * mm
            cells.append((x, PAGE_HEIGHT - top - grid.height * mm, grid.width * mm, grid.height * mm))
    return cells


def label_text(lines: list[str], cell: Rect) -> tuple[float, list[tuple[float, float, str]]]:
    """Where each line of an address goes in a label: the font size and (x, baseline, text).

    Lines that are too wide shrink the font (down to 7.5 pt, then they wrap at their spaces),
    too many lines for the height shrink it further (down to 6 pt, then the last ones are left
    out); the block is centred vertically.
    """
    x, y, width, height = cell
    room = height - 2 * PAD_Y
    size, fitted = fit_lines(lines, width - 2 * PAD_X, SIZE, SMALLEST)
    while len(fitted) * size * LEADING > room and size > FLOOR:
        size = max(FLOOR, size - 0.5)
        size, fitted = fit_lines(lines, width - 2 * PAD_X, size, size)
    fitted = fitted[:max(1, int(room // (size * LEADING)))]
    leading = size * LEADING
    block = leading * (len(fitted) - 1) + size
    first = y + height / 2 + block / 2 - size * 0.8
    return size, [(x + PAD_X, first - index * leading, line) for index, line in enumerate(fitted)]


def write_labels(db: sqlite_utils.Database, campaign_id: str, path: Path, layout: str = "3x7",
                 channel: str = "letter", start_at: int = 1, reprint: bool = False, lang: str = "en") -> int:
    """Write the address labels of the campaign's ``channel`` to ``path``; returns how many labels.

    ``start_at`` (1 = the top-left label) leaves the labels before it blank on the first sheet.
    """
    grid = layout_of(layout)
    if not 1 <= start_at <= grid.per_page:
        raise ValidationError({"start_at": Message(
            QT_TRANSLATE_NOOP("core", "The first label is between 1 and {count}."), {"count": grid.per_page})})
    campaign = campaigns.get(db, campaign_id)
    found = letter_data.recipients(db, campaign_id, channel, reprint=reprint)
    if not found.people:
        raise CrmError(NO_LABEL, skipped=len(found.skipped))
    business = load_business(db)
    t = Texts(lang)
    cells = label_cells(grid)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    canvas = Canvas(str(tmp), pagesize=A4, pageCompression=1)
    canvas.setTitle(t("lt_labels_title", name=campaign["name"]))
    canvas.setAuthor(business.name or "CRM Desktop")
    try:
        position = start_at - 1
        for recipient in found.people:
            if position == len(cells):
                canvas.showPage()
                position = 0
            size, placed = label_text(address_lines(recipient, business.country, t.language), cells[position])
            canvas.setFont(FONT, size)
            for x, y, line in placed:
                canvas.drawString(x, y, line)
            position += 1
        canvas.showPage()
        canvas.save()
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(found.people)
