"""The work order: one intervention's report, ready to hand over to (or sign with) the customer.

What the customer sees: who came, when and for how long, what was asked and what was
done, the checklist, the parts fitted, the travel, the photos, what their contract
covers and what will be invoiced, and the signature — or, when the job is not signed
yet, an empty box with lines for a name, a date and a signature, so that it can be
signed on paper. Never the business's own costs (cost rates, purchase prices).

Photos are shrunk with Pillow before they are embedded (a 3000 x 2000 px phone photo
becomes about 600 px wide, JPEG): the PDF stays small and a work order with several
photos is made in well under a second. Nothing is cached on disk. A photo whose file
has not reached this computer yet (sync) is named with a note instead of failing.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image as PilImage
from PIL import ImageOps, UnidentifiedImageError
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from crm_desktop.core.clock import Clock
from crm_desktop.core.context import Context
from crm_desktop.core.field_choices import FOLLOW_UPS, KINDS, STATUSES
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_choices import BILLING
from crm_desktop.core.support_settings import load_support
from crm_desktop.core.validation import display_phone
from crm_desktop.core.work_order_data import JobFile, WorkOrder, work_order
from crm_desktop.reports.support_costs import (
    FONT,
    PADDING,
    RULE,
    TEXT_WIDTH,
    cell_widths,
    fit,
    letterhead,
    table_style,
)
from crm_desktop.reports.template import build_pdf, styles
from crm_desktop.reports.texts import Texts
from crm_desktop.reports.ticket_report import LABEL_BG, facts_halves, paragraphs, totals_box

#: Photos: three to a row, each at most this wide and high on paper, and this many pixels on its long side.
PHOTOS_PER_ROW = 3
PHOTO_WIDTH = 52 * mm
PHOTO_HEIGHT = 42 * mm
PHOTO_PIXELS = 640
JPEG_QUALITY = 82
#: The signature's room on paper.
SIGNATURE_WIDTH = 70 * mm
SIGNATURE_HEIGHT = 28 * mm
#: The side of a checklist box.
BOX_SIDE = 3.8 * mm
#: Cost lines in the order a customer reads them.
KIND_ORDER = {"time": 0, "part": 1, "travel": 2}


def _flatten(image: PilImage.Image) -> PilImage.Image:
    """RGB on white: transparent PNGs (and palette images) would otherwise turn black in a JPEG."""
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        flat = PilImage.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB") if image.mode != "RGB" else image


def thumbnail(path: Path, pixels: int = PHOTO_PIXELS) -> tuple[io.BytesIO, int, int] | None:
    """A photo shrunk to ``pixels`` on its long side, upright (EXIF), as JPEG bytes; None if unreadable."""
    try:
        with PilImage.open(path) as source:
            # JPEG: decode at 1/2..1/8 scale (much faster than full size), just above the thumbnail's own size.
            scale = pixels / max(source.size)
            source.draft("RGB", (max(1, int(source.width * scale)), max(1, int(source.height * scale))))
            image = ImageOps.exif_transpose(source)
            image.thumbnail((pixels, pixels), PilImage.Resampling.BILINEAR, reducing_gap=2.0)
            image = _flatten(image)
            data = io.BytesIO()
            image.save(data, "JPEG", quality=JPEG_QUALITY)
    except (OSError, UnidentifiedImageError, ValueError, PilImage.DecompressionBombError):
        return None
    data.seek(0)
    return data, image.width, image.height


def _fitted(width: int, height: int, max_width: float, max_height: float) -> tuple[float, float]:
    """Size on paper of a ``width`` x ``height`` picture in a box, aspect kept."""
    scale = min(max_width / width, max_height / height)
    return width * scale, height * scale


class CheckBox(Flowable):
    """A square, ticked or empty (drawn: the standard PDF fonts have no ballot box)."""

    def __init__(self, ticked: bool, side: float = BOX_SIDE) -> None:
        super().__init__()
        self.ticked = ticked
        self.side = side

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        canvas, side = self.canv, self.side
        canvas.setLineWidth(0.7)
        canvas.rect(0, 0, side, side)
        if self.ticked:
            canvas.setLineWidth(1.3)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            path = canvas.beginPath()
            path.moveTo(side * 0.2, side * 0.52)
            path.lineTo(side * 0.42, side * 0.25)
            path.lineTo(side * 0.82, side * 0.8)
            canvas.drawPath(path, stroke=1, fill=0)


class _Builder:
    def __init__(self, data: WorkOrder, t: Texts, phone_region: str) -> None:
        self.data = data
        self.t = t
        self.phone_region = phone_region
        self.style = styles()
        self.cell = self.style["body"].clone("woCell", fontSize=8.5, leading=10.5)
        self.caption = self.style["small"].clone("woCaption", fontSize=7, leading=8.5, alignment=1)

    def heading(self, text: str) -> Paragraph:
        return Paragraph(escape(text), self.style["h2"])

    def story(self) -> list[Flowable]:
        t, job = self.t, self.data.intervention
        story: list[Flowable] = [
            Paragraph(escape(t("wo_title", number=job["number"])), self.style["title"]),
            Paragraph(f"<b>{escape(job.get('subject') or '')}</b>", self.style["body"]),
            Spacer(1, 3 * mm),
            self.facts(),
        ]
        if job.get("instructions"):
            story += [self.heading(t("wo_instructions")), *paragraphs(job["instructions"], self.style["body"])]
        story += [CondPageBreak(20 * mm), self.heading(t("wo_work_done"))]
        story += paragraphs(job.get("work_done"), self.style["body"]) or [
            Paragraph(f"<i>{escape(t('wo_not_reported'))}</i>", self.style["body"])]
        story += self.checklist()
        story += self.follow_up()
        story += self.photos()
        story += self.charges()
        story += self.signature()
        return story

    # -- the facts

    def facts(self) -> Table:
        t, data, job = self.t, self.data, self.data.intervention
        customer = "<br/>".join(escape(x) for x in (data.customer, *data.customer_lines) if x)
        contact = [data.contact, display_phone(data.contact_phone, self.phone_region) if data.contact_phone else ""]
        left = [
            (t("customer"), customer or "–"),
            (t("wo_site"), escape(data.site_address) or "–"),
            (t("wo_site_contact"), "<br/>".join(escape(x) for x in contact if x) or "–"),
        ]
        if data.ticket_number:
            left.append((t("wo_ticket"), escape(data.ticket_number)))
        left.append((t("wo_technicians"), "<br/>".join(escape(n) for n in data.technicians) or "–"))
        right = [
            (t("status"), escape(t.choice(STATUSES, job.get("status")))),
            (t("wo_kind"), escape(t.choice(KINDS, job.get("kind")))),
        ]
        if job.get("planned_start"):
            right.append((t("wo_planned"), escape(self._span(job["planned_start"], job.get("planned_end")))))
        right += [
            (t("wo_arrived"), escape(t.moment(job.get("arrived_at"))) or "–"),
            (t("wo_departed"), escape(t.moment(job.get("departed_at"))) or "–"),
            (t("wo_on_site"), t.duration(data.minutes_on_site) if data.minutes_on_site is not None else "–"),
        ]
        if job.get("completed_at"):
            right.append((t("wo_completed"), escape(t.moment(job["completed_at"]))))
        return facts_halves(left, right, TEXT_WIDTH, self.cell)

    def _span(self, start: str, end: str | None) -> str:
        t = self.t
        day = t.day(t.local(start).date())
        if not end or t.local(end).date() != t.local(start).date():
            return t.moment(start) + (f" – {t.moment(end)}" if end else "")
        return t("wo_planned_span", day=day, start=t.time(start), end=t.time(end))

    # -- on site

    def checklist(self) -> list[Flowable]:
        t = self.t
        if not self.data.checklist:
            return []
        rows = [[CheckBox(ticked), Paragraph(escape(t.label(label)), self.cell)]
                for label, ticked in self.data.checklist]
        table = Table(rows, colWidths=[BOX_SIDE + 1 * mm, TEXT_WIDTH - BOX_SIDE - 1 * mm], hAlign="LEFT",
                      style=TableStyle([
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                          ("LEFTPADDING", (0, 0), (0, -1), 0),
                          ("RIGHTPADDING", (0, 0), (0, -1), 0),
                          ("LEFTPADDING", (1, 0), (1, -1), 2 * mm),
                          ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                      ]))
        return [CondPageBreak(25 * mm), self.heading(t("wo_checklist")), table]

    def follow_up(self) -> list[Flowable]:
        t, job = self.t, self.data.intervention
        if not job.get("follow_up"):
            return []
        head = Paragraph(f"<b>{escape(t.choice(FOLLOW_UPS, job['follow_up']))}</b>", self.style["body"])
        return [CondPageBreak(20 * mm), self.heading(t("wo_follow_up")), head,
                *paragraphs(job.get("follow_up_note"), self.style["body"])]

    def photos(self) -> list[Flowable]:
        t = self.t
        images, documents = self.data.images, list(self.data.documents)
        cells: list[list[Flowable]] = []
        for item in images:
            cell = self._photo(item)
            if cell is None:
                documents.append(item)  # an image Pillow cannot read is listed like a document
            else:
                cells.append(cell)
        out: list[Flowable] = []
        if cells:
            column = TEXT_WIDTH / PHOTOS_PER_ROW
            rows = [cells[i:i + PHOTOS_PER_ROW] for i in range(0, len(cells), PHOTOS_PER_ROW)]
            rows[-1] += [[]] * (PHOTOS_PER_ROW - len(rows[-1]))
            grid = Table(rows, colWidths=[column] * PHOTOS_PER_ROW, style=TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ]))
            out += [CondPageBreak(60 * mm), self.heading(t("wo_photos")), grid]
        if documents:
            lines = [Paragraph("• " + escape(self._file_name(item)), self.cell) for item in documents]
            out += [CondPageBreak(20 * mm), self.heading(t("wo_other_files")), *lines]
        return out

    def _file_name(self, item: JobFile) -> str:
        return item.name if item.path is not None else self.t("wo_file_missing", name=item.name)

    def _photo(self, item: JobFile) -> list[Flowable] | None:
        """A grid cell: the picture over its name, or the name with a note when the file is not here."""
        if item.path is None:
            note = Paragraph(escape(self._file_name(item)), self.caption)
            frame = Table([[note]], colWidths=[PHOTO_WIDTH], rowHeights=[PHOTO_HEIGHT * 0.6], style=TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), LABEL_BG),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            return [frame]
        made = thumbnail(item.path)
        if made is None:
            return None
        data, width, height = made
        shown_width, shown_height = _fitted(width, height, PHOTO_WIDTH, PHOTO_HEIGHT)
        name = fit(item.name, PHOTO_WIDTH, FONT, 7)
        return [Image(data, width=shown_width, height=shown_height), Spacer(1, 1 * mm),
                Paragraph(escape(name), self.caption)]

    # -- what is charged

    def charges(self) -> list[Flowable]:
        t, data = self.t, self.data
        head: list[Flowable] = [CondPageBreak(35 * mm), self.heading(t("wo_charges"))]
        skus = {p["product_id"]: p.get("sku") or "" for p in data.parts}
        rows: list[list[str]] = []
        for cost in sorted(data.costs, key=lambda c: (KIND_ORDER.get(c["kind"], 9), c.get("description") or "")):
            unit = t.money(int(cost["unit_price_cents"] or 0))
            billing = t.choice(BILLING, cost["billing"])
            amount = t.money(int(cost["price_cents"] or 0))
            if cost["kind"] == "time":
                rows.append(["", t("wo_time_line", name=cost.get("description") or ""), billing,
                             t.duration(cost["minutes"] or 0), t("wo_per_hour", price=unit), amount])
            elif cost["kind"] == "travel":
                rows.append(["", t("wo_travel_line"), billing, t("wo_km", km=t.decimal(cost.get("km") or 0)),
                             t("wo_per_km", price=unit), amount])
            else:
                rows.append([skus.get(cost.get("product_id"), ""), cost.get("description") or "", billing,
                             t.decimal(cost.get("quantity") or 0, 2), unit, amount])
        if not rows:  # parts fitted but no cost lines written yet
            for part in data.parts:
                rows.append([part.get("sku") or "", part["name"], t.choice(BILLING, "billable"),
                             t.integer(int(part["quantity"])), t.money(int(part["price_cents"])),
                             t.money(int(part["price_cents"]) * int(part["quantity"]))])
        if not rows:
            return [*head, Paragraph(escape(t("wo_nothing_charged")), self.style["body"])]
        header = [t("col_ref"), t("col_description"), t("col_billing"), t("col_quantity"), t("col_unit_price"),
                  t("col_amount")]
        widths = cell_widths(TEXT_WIDTH, (21, 52, 35, 14, 23, 23))
        fitted = [[fit(value, widths[i] - 2 * PADDING) if i < 3 else value for i, value in enumerate(row)]
                  for row in rows]
        table = Table([header, *fitted], colWidths=widths, repeatRows=1, style=table_style(len(rows) + 1, 3))
        return [*head, table, *self.totals()]

    def totals(self) -> list[Flowable]:
        t, data = self.t, self.data
        rows = []
        if data.minutes_on_site is not None:
            rows.append([t("wo_on_site"), t.duration(data.minutes_on_site)])
        if data.covered_cents:
            rows.append([t("total_covered"), t.money(data.covered_cents)])
        billable = data.billable_cents if data.costs else sum(
            int(p["price_cents"]) * int(p["quantity"]) for p in data.parts)
        rows.append([t("total_billable"), t.money(billable)])
        return totals_box(rows)

    # -- the signature

    def signature(self) -> list[Flowable]:
        t, data, job = self.t, self.data, self.data.intervention
        parts: list[Flowable] = [self.heading(t("wo_signature"))]
        if job.get("signed_at"):
            picture = self._signature_image(data.signature) if data.signature is not None else None
            if picture is not None:
                parts.append(Table([[picture]], colWidths=[SIGNATURE_WIDTH + 6 * mm], hAlign="LEFT",
                                   style=TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE),
                                                     ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])))
            else:
                parts.append(Paragraph(f"<i>{escape(t('wo_signature_missing'))}</i>", self.style["small"]))
            moment = t.local(job["signed_at"])
            signed = t("wo_signed_by", name=job.get("signed_by") or "", day=t.day(moment.date()),
                       time=f"{moment:%H:%M}")
            parts += [Spacer(1, 1.5 * mm), Paragraph(escape(signed), self.style["body"])]
            return [Spacer(1, 4 * mm), KeepTogether(parts)]
        parts.append(Paragraph(escape(t("wo_sign_note")), self.style["body"]))
        parts.append(Spacer(1, 2 * mm))
        label = self.cell.clone("woSignLabel", textColor=colors.HexColor("#555555"))
        rows = [[Paragraph(escape(t("wo_sign_name")), label), ""],
                [Paragraph(escape(t("wo_sign_date")), label), ""],
                [Paragraph(escape(t("wo_sign_signature")), label), ""]]
        box = Table(rows, colWidths=[28 * mm, 82 * mm], rowHeights=[10 * mm, 10 * mm, 30 * mm], hAlign="LEFT",
                    style=TableStyle([
                        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                        ("LINEBELOW", (1, 0), (1, 1), 0.5, colors.HexColor("#888888")),
                        ("LINEBELOW", (0, 0), (0, 1), 0.5, colors.HexColor("#888888")),
                        ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.HexColor("#888888")),
                        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
                        ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
                        ("VALIGN", (0, 2), (-1, 2), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]))
        return [Spacer(1, 4 * mm), KeepTogether([*parts, box])]

    def _signature_image(self, png: bytes) -> Image | None:
        try:
            with PilImage.open(io.BytesIO(png)) as source:
                image = _flatten(source)
        except (OSError, UnidentifiedImageError, ValueError):
            return None
        data = io.BytesIO()
        image.save(data, "PNG")  # a line drawing: PNG keeps its edges sharp
        data.seek(0)
        width, height = _fitted(image.width, image.height, SIGNATURE_WIDTH, SIGNATURE_HEIGHT)
        return Image(data, width=width, height=height)


def build_work_order(ctx: Context, out: Path, intervention_id: str, lang: str, clock: Clock) -> Path:
    """Write the work order of one intervention to ``out`` (printed as of ``clock``); returns ``out``.

    Takes the context (not only the database) because photos and the signature are attachments,
    found through the acting session.
    """
    data = work_order(ctx, intervention_id)
    business = load_business(ctx.db)
    t = Texts(lang, business.currency, load_support(ctx.db).timezone)
    title = t("wo_title", number=data.intervention["number"])
    story = _Builder(data, t, business.phone_region).story()
    return build_pdf(Path(out), letterhead(ctx.db, title, t.language, clock), story)
