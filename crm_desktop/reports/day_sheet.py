"""The day sheet: a technician's jobs of one day, in order, and the parts to load in the van.

Printed in the morning (or read on a phone): when and where each job is, who to ask
for and their phone, what to do and what to bring; then what to take from the
warehouse, which is what the jobs need less what the van already holds
(core/stock.load_list). A day without jobs says so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import sqlite_utils
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from crm_desktop.core.clock import Clock
from crm_desktop.core.field_choices import KINDS, STATUSES
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_settings import load_support
from crm_desktop.core.validation import display_phone
from crm_desktop.core.work_order_data import DayJob, DaySheet, day_sheet
from crm_desktop.reports.support_costs import (
    HEADER_BG,
    PADDING,
    RULE,
    TEXT_WIDTH,
    ZEBRA,
    cell_widths,
    fit,
    letterhead,
    table_style,
)
from crm_desktop.reports.template import build_pdf, styles
from crm_desktop.reports.texts import Texts
from crm_desktop.reports.ticket_report import LABEL_BG

#: Instructions longer than this are cut on the day sheet (the work order has them whole):
#: a table row cannot run over two pages.
MAX_INSTRUCTIONS = 700
#: Parts to bring listed under a job; the rest are in "Parts to load".
MAX_PARTS = 10


def _shortened(text: str, limit: int = MAX_INSTRUCTIONS) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


class _Builder:
    def __init__(self, data: DaySheet, t: Texts, phone_region: str) -> None:
        self.data = data
        self.t = t
        self.phone_region = phone_region
        self.style = styles()
        self.cell = self.style["body"].clone("dsCell", fontSize=8.5, leading=10.5)
        self.head = self.cell.clone("dsHead", fontName="Helvetica-Bold")

    def heading(self, text: str) -> Paragraph:
        return Paragraph(escape(text), self.style["h2"])

    def story(self) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = [
            Paragraph(escape(t("ds_heading", name=data.technician.name)), self.style["title"]),
            self.facts(),
            Spacer(1, 2 * mm),
        ]
        if not data.jobs:
            return [*story, Spacer(1, 4 * mm), Paragraph(escape(t("ds_empty")), self.style["body"])]
        story += [self.heading(t("ds_jobs", count=len(data.jobs))), self.jobs()]
        story += self.load()
        return story

    def facts(self) -> Table:
        t, data = self.t, self.data
        pairs = [(t("ds_technician"), data.technician.name), (t("ds_date"), t.weekday(data.day)),
                 (t("ds_van"), data.van or t("ds_no_van"))]
        row: list[Paragraph] = []
        for label, value in pairs:
            row += [Paragraph(escape(label), self.cell), Paragraph(f"<b>{escape(value)}</b>", self.cell)]
        widths = cell_widths(TEXT_WIDTH, (15, 25, 10, 26, 16, 24))
        return Table([row], colWidths=widths, style=TableStyle([
            ("BACKGROUND", (0, 0), (0, 0), LABEL_BG),
            ("BACKGROUND", (2, 0), (2, 0), LABEL_BG),
            ("BACKGROUND", (4, 0), (4, 0), LABEL_BG),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))

    # -- the jobs

    def jobs(self) -> Table:
        t = self.t
        header = [Paragraph(escape(text), self.head) for text in (
            t("ds_col_time"), t("ds_col_job"), t("ds_col_where"), t("ds_col_work"))]
        rows = [header, *(self._job(job) for job in self.data.jobs)]
        widths = cell_widths(TEXT_WIDTH, (15, 25, 55, 79))
        return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))

    def _job(self, job: DayJob) -> list[Paragraph]:
        t, row = self.t, job.intervention
        when = f"<b>{escape(t.time(row.get('planned_start')))}</b>"
        if row.get("planned_end"):
            when += f"<br/>{escape(t.time(row['planned_end']))}"
        what = (f"<b>{escape(row['number'])}</b><br/>{escape(t.choice(KINDS, row.get('kind')))}"
                f"<br/><i>{escape(t.choice(STATUSES, row.get('status')))}</i>")
        where = [f"<b>{escape(job.customer)}</b>"]
        if job.address:
            where.append(escape(job.address))
        contact = " · ".join(p for p in (job.contact, display_phone(job.phone, self.phone_region)) if p)
        if contact:
            where.append(escape(contact))
        work = [f"<b>{escape(row.get('subject') or '')}</b>"]
        if row.get("instructions"):
            work.append(escape(_shortened(row["instructions"])).replace("\n", "<br/>"))
        if job.parts:
            work.append(f"<b>{escape(t('ds_bring'))}</b>")
            for part in job.parts[:MAX_PARTS]:
                line = f"{int(part['quantity'])} × {part['name']}" + (f" ({part['sku']})" if part.get("sku") else "")
                work.append("• " + escape(line))
            if len(job.parts) > MAX_PARTS:
                work.append(f"<i>{escape(t('ds_more_parts', count=len(job.parts) - MAX_PARTS))}</i>")
        return [Paragraph(when, self.cell), Paragraph(what, self.cell), Paragraph("<br/>".join(where), self.cell),
                Paragraph("<br/>".join(work), self.cell)]

    # -- what to load

    def load(self) -> list[Flowable]:
        t, lines = self.t, self.data.load
        out: list[Flowable] = [CondPageBreak(30 * mm), self.heading(t("ds_load"))]
        if not lines:
            return [*out, Paragraph(escape(t("ds_nothing_to_load")), self.style["body"])]
        header = [t("col_ref"), t("col_part"), t("ds_col_needed"), t("ds_col_in_van"), t("ds_col_to_load"),
                  t("ds_col_for")]
        widths = cell_widths(TEXT_WIDTH, (22, 44, 21, 29, 21, 33))
        rows = [[fit(line.sku or "", widths[0] - 2 * PADDING), fit(line.product_name, widths[1] - 2 * PADDING),
                 t.integer(line.needed), t.integer(line.in_van), t.integer(line.to_load),
                 fit(", ".join(line.interventions), widths[5] - PADDING - 4 * mm)] for line in lines]
        table = Table([header, *rows], colWidths=widths, repeatRows=1, style=table_style(len(rows) + 1, 2))
        table.setStyle(TableStyle([("ALIGN", (5, 0), (5, -1), "LEFT"), ("LEFTPADDING", (5, 0), (5, -1), 4 * mm)] + [
            ("FONT", (4, i), (4, i), "Helvetica-Bold", 8) for i, line in enumerate(lines, start=1) if line.to_load
        ] + [("TEXTCOLOR", (4, i), (4, i), colors.HexColor("#b00020"))
             for i, line in enumerate(lines, start=1) if line.to_load]))
        out.append(table)
        if not any(line.to_load for line in lines):
            out += [Spacer(1, 2 * mm), Paragraph(escape(t("ds_all_in_van")), self.style["body"])]
        return out


def build_day_sheet(db: sqlite_utils.Database, out: Path, technician_id: str, day: date, lang: str,
                    clock: Clock) -> Path:
    """Write the day sheet of ``technician_id`` for the local day ``day`` to ``out``; returns ``out``."""
    data = day_sheet(db, technician_id, day)
    business = load_business(db)
    t = Texts(lang, business.currency, load_support(db).timezone)
    story = _Builder(data, t, business.phone_region).story()
    title = f"{t('ds_title')} – {t.day(day)}"
    return build_pdf(Path(out), letterhead(db, title, t.language, clock), story)
