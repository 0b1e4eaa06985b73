"""The "Support costs" report: what support cost the business over a period, and who for.

For the manager: the summary figures, a chart of the cost per month by kind, the
cost per customer, category, support level and technician, how well the service
levels were kept (with the missed targets listed), and the costliest customers
beside the hours their contract includes. The figures come from
core/support_report.py; this module only lays them out.

Why it looks the way it does (DESIGN.md section 6): long tables are cut into tables
of a few hundred rows, cells hold plain strings (a Paragraph per cell would be
several times slower on a year of a large database) and names too long for their
column are shortened with "…"; the chart is drawn once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import sqlite_utils
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from crm_desktop.core.attachments import BlobStore, store_dir
from crm_desktop.core.clock import Clock
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_choices import CATEGORIES
from crm_desktop.core.support_costs import Totals
from crm_desktop.core.support_report import (
    Breakdown,
    CustomerLine,
    Progress,
    ReportCancelled,
    SupportReport,
    TechnicianLine,
    support_report,
)
from crm_desktop.core.support_settings import load_support
from crm_desktop.reports.template import Letterhead, build_pdf, styles
from crm_desktop.reports.texts import Texts

#: Rows per platypus table (DESIGN.md section 6: a few hundred lay out 5x faster than one long table).
CHUNK = 250
FONT = "Helvetica"
BOLD = "Helvetica-Bold"
SIZE = 8
PADDING = 3
#: The part of the progress bar the figures take; laying out the pages takes the rest.
DATA_SHARE = 40
TOTAL = 100
HEADER_BG = colors.HexColor("#e8ecf1")
RULE = colors.HexColor("#c8ccd2")
ZEBRA = colors.HexColor("#f6f7f9")
OVER = colors.HexColor("#b00020")
#: The chart's colours: time, parts, travel, other expenses.
SERIES_COLORS = (colors.HexColor("#2f6ea5"), colors.HexColor("#e08a2c"), colors.HexColor("#5aa55a"),
                 colors.HexColor("#9a6bb8"))


# --------------------------------------------------------------------------- shared with the ticket report


def letterhead(db: sqlite_utils.Database, title: str, language: str, clock: Clock) -> Letterhead:
    """The business's letterhead, its logo from the content store, the print time in local time."""
    business = load_business(db)
    logo = None
    if business.logo_sha256:
        store = BlobStore(store_dir(db))
        if store.has(business.logo_sha256):
            logo = store.path(business.logo_sha256)
    zone = Texts(language, timezone=load_support(db).timezone).zone
    return Letterhead(business, title, language, clock.now().astimezone(zone).replace(tzinfo=None), logo)


def fit(text: str, width: float, font: str = FONT, size: float = SIZE) -> str:
    """``text`` shortened with "…" so that it fits ``width`` points (a cell never overflows)."""
    text = " ".join((text or "").split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def table_style(rows: int, numeric_from: int, total_row: bool = False, size: float = SIZE) -> TableStyle:
    """Header band, light rules, right-aligned figures, an optional bold total line."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("FONT", (0, 0), (-1, 0), BOLD, size),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    if rows > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1 if not total_row else -2), [None, ZEBRA]))
    if total_row:
        commands += [("FONT", (0, -1), (-1, -1), BOLD, size), ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE)]
    return TableStyle(commands)


def chunked_tables(header: list[str], rows: Sequence[list[str]], widths: Sequence[float], numeric_from: int,
                   total: list[str] | None = None, tick: Callable[[], Flowable] | None = None) -> list[Flowable]:
    """Long tables as several tables of ``CHUNK`` rows, each with the header (and a tick between)."""
    out: list[Flowable] = []
    if not rows and total is None:
        return out
    starts = list(range(0, len(rows), CHUNK)) or [0]
    for number, first in enumerate(starts):
        body = [list(r) for r in rows[first:first + CHUNK]]
        last = number == len(starts) - 1
        data = [header, *body] + ([total] if last and total is not None else [])
        out.append(Table(data, colWidths=list(widths), repeatRows=1,
                         style=table_style(len(data), numeric_from, last and total is not None)))
        if tick is not None:
            out.append(tick())
    return out


def cell_widths(total: float, shares: Sequence[float]) -> list[float]:
    """Column widths in points from shares of ``total`` (the frame's width)."""
    whole = sum(shares)
    return [total * s / whole for s in shares]


class Tick(Flowable):
    """Takes no room; tells the progress bar how far the layout is when it is placed."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback = callback

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._callback()


# --------------------------------------------------------------------------- the report


FRAME_WIDTH = 210 * mm - 2 * 18 * mm
#: The width text takes: the page less its margins and the frame's own padding (6 pt a side), so that
#: tables line up with the paragraphs instead of standing out on both sides.
TEXT_WIDTH = FRAME_WIDTH - 12


class _Builder:
    """Turns a SupportReport into flowables in one language."""

    def __init__(self, data: SupportReport, t: Texts, tick: Callable[[], Flowable]) -> None:
        self.data = data
        self.t = t
        self.tick = tick
        self.style = styles()

    def heading(self, text: str) -> Paragraph:
        return Paragraph(escape(text), self.style["h2"])

    def note(self, text: str) -> Paragraph:
        return Paragraph(escape(text), self.style["small"])

    def story(self) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = [
            Paragraph(escape(t("support_title")), self.style["title"]),
            Paragraph(escape(t("period", start=t.day(data.start), end=t.day(data.end))), self.style["body"]),
            Spacer(1, 3 * mm),
        ]
        story += self.summary()
        if not data.customers:
            story.append(Paragraph(escape(t("nothing")), self.style["body"]))
            return story
        story.append(KeepTogether([self.heading(t("chart_title")), self.chart()]))
        story.append(self.tick())
        story += self.top()
        story += self.sla()
        story += self.breakdown(t("by_category"), t("col_category"), [
            (t.choice(CATEGORIES, b.key) if b.key else t("no_category"), b) for b in data.categories])
        story += self.breakdown(t("by_level"), t("col_level"), [
            (b.label or t("no_contract"), b) for b in data.levels])
        story += self.technicians()
        story += self.customers()
        return story

    # -- summary

    def summary(self) -> list[Flowable]:
        t, data = self.t, self.data
        totals = data.totals
        pairs = [
            (t("tickets_opened"), t.integer(data.opened), t("cost_total"), t.money(totals.cost_cents)),
            (t("tickets_resolved"), t.integer(data.resolved), t("cost_time"), t.money(totals.time_cost_cents)),
            (t("time_spent"), t.duration(totals.minutes), t("cost_parts"), t.money(totals.parts_cost_cents)),
            (t("billable_total"), t.money(totals.billable_cents), t("cost_travel"),
             t.money(totals.travel_cost_cents)),
            (t("covered_total"), t.money(totals.covered_cents), t("cost_expenses"),
             t.money(totals.expense_cost_cents)),
        ]
        widths = cell_widths(FRAME_WIDTH, (52, 33, 52, 37))
        table = Table([list(p) for p in pairs], colWidths=widths, style=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("FONT", (1, 0), (1, -1), BOLD, 9),
            ("FONT", (3, 0), (3, -1), BOLD, 9),
            ("FONT", (2, 0), (3, 0), BOLD, 10),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("ALIGN", (3, 0), (3, -1), "RIGHT"),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEAFTER", (1, 0), (1, -1), 0.6, RULE),
            ("LINEBELOW", (2, 0), (3, 0), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fafbfc")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]))
        return [self.heading(t("summary")), table]

    # -- chart

    def chart(self) -> Drawing:
        t, months = self.t, self.data.months
        width, height = FRAME_WIDTH, 70 * mm
        drawing = Drawing(width, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 20 * mm, 18 * mm
        chart.width, chart.height = width - chart.x - 4 * mm, height - chart.y - 10 * mm
        series = [[m.time_cents / 100 for m in months], [m.parts_cents / 100 for m in months],
                  [m.travel_cents / 100 for m in months], [m.expense_cents / 100 for m in months]]
        chart.data = series
        chart.categoryAxis.style = "stacked"
        several_years = len({m.month.year for m in months}) > 1
        chart.categoryAxis.categoryNames = [t.month(m.month, several_years) for m in months]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 7
        if len(months) > 14:
            chart.categoryAxis.labels.angle = 45
            chart.categoryAxis.labels.boxAnchor = "ne"
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labelTextFormat = lambda value: t.integer(round(value))
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e6ea")
        chart.valueAxis.gridStrokeWidth = 0.4
        top = max((m.total_cents for m in months), default=0)
        if top < 500:  # a few euros at most: whole steps, not 0.2 shown as "0"
            chart.valueAxis.valueMax = 5 if top else 100
        chart.barSpacing = 0
        chart.groupSpacing = 4 if len(months) <= 14 else 2
        for index, color in enumerate(SERIES_COLORS):
            chart.bars[index].fillColor = color
            chart.bars[index].strokeColor = None
        drawing.add(chart)
        names = [t("cost_time"), t("cost_parts"), t("cost_travel"), t("cost_expenses")]
        legend = Legend()
        legend.x, legend.y = chart.x, height - 3 * mm
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 28 * mm
        legend.fontName, legend.fontSize = FONT, 7.5
        legend.boxAnchor = "nw"
        legend.colorNamePairs = list(zip(SERIES_COLORS, names, strict=True))
        drawing.add(legend)
        drawing.add(_rotated_label(t("axis_cost", currency=t.symbol), 4 * mm, chart.y + chart.height / 2))
        drawing.add(String(chart.x + chart.width / 2, 2 * mm, t("axis_month"), fontName=FONT, fontSize=7.5,
                           textAnchor="middle"))
        return drawing

    # -- tables

    def _money_columns(self, totals: Totals) -> list[str]:
        t = self.t
        return [t.duration(totals.minutes), t.money(totals.cost_cents), t.money(totals.billable_cents),
                t.money(totals.covered_cents)]

    def breakdown(self, title: str, first: str, lines: list[tuple[str, Breakdown]]) -> list[Flowable]:
        t = self.t
        if not lines:
            return []
        widths = cell_widths(FRAME_WIDTH, (54, 14, 16, 18, 24, 24, 24))
        header = [first, t("col_tickets"), t("col_resolved"), t("col_time"), t("col_cost"), t("col_billable"),
                  t("col_covered")]
        rows = [[fit(label, widths[0] - 2 * PADDING), t.integer(b.opened), t.integer(b.resolved),
                 *self._money_columns(b.totals)] for label, b in lines]
        return [CondPageBreak(30 * mm), self.heading(title),
                *chunked_tables(header, rows, widths, 1, tick=self.tick)]

    def customers(self) -> list[Flowable]:
        t, data = self.t, self.data
        widths = cell_widths(FRAME_WIDTH, (54, 14, 16, 18, 24, 24, 24))
        header = [t("col_customer"), t("col_tickets"), t("col_resolved"), t("col_time"), t("col_cost"),
                  t("col_billable"), t("col_covered")]
        name_width = widths[0] - 2 * PADDING
        rows = [[fit(c.name, name_width), t.integer(c.opened), t.integer(c.resolved),
                 *self._money_columns(c.totals)] for c in data.customers]
        total = [t("total"), t.integer(data.opened), t.integer(data.resolved), *self._money_columns(data.totals)]
        return [CondPageBreak(30 * mm), self.heading(f"{t('by_customer')} ({t.integer(len(rows))})"),
                *chunked_tables(header, rows, widths, 1, total, self.tick)]

    def technicians(self) -> list[Flowable]:
        t = self.t
        lines: list[TechnicianLine] = self.data.technicians
        if not lines:
            return []
        widths = cell_widths(FRAME_WIDTH, (46, 14, 17, 23, 23, 24, 24))
        header = [t("col_technician"), t("col_tickets"), t("col_time"), t("col_time_cost"), t("col_other_costs"),
                  t("col_billable"), t("col_covered")]
        rows = [[fit(line.name or t("unknown_user"), widths[0] - 2 * PADDING), t.integer(line.tickets),
                 t.duration(line.minutes), t.money(line.time_cost_cents), t.money(line.other_cost_cents),
                 t.money(line.billable_cents), t.money(line.covered_cents)] for line in lines]
        return [CondPageBreak(30 * mm), self.heading(t("by_technician")),
                *chunked_tables(header, rows, widths, 1, tick=self.tick)]

    def sla(self) -> list[Flowable]:
        t, sla = self.t, self.data.sla

        def share(met: int, total: int, fraction: float | None) -> str:
            if not total:
                return t("sla_none")
            return t("sla_share", met=t.integer(met), total=t.integer(total), share=t.share(fraction))

        rows = [
            [t("sla_resolved"), t.integer(sla.resolved)],
            [t("sla_response"), share(sla.response_met, sla.response_targets, sla.response_share)],
            [t("sla_resolution"), share(sla.resolution_met, sla.resolution_targets, sla.resolution_share)],
            [t("sla_without"), t.integer(sla.without_target)],
        ]
        summary = Table(rows, colWidths=cell_widths(FRAME_WIDTH, (70, 104)), hAlign="LEFT", style=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("FONT", (1, 0), (1, -1), BOLD, 9),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ]))
        out: list[Flowable] = [CondPageBreak(40 * mm), self.heading(t("sla_title")), summary, Spacer(1, 3 * mm)]
        out.append(CondPageBreak(25 * mm))
        out.append(Paragraph(f"<b>{escape(t('breaches', count=t.integer(sla.breach_count)))}</b>",
                             self.style["body"]))
        if not sla.breaches:
            out.append(Paragraph(escape(t("no_breach")), self.style["body"]))
            return out
        widths = cell_widths(FRAME_WIDTH, (22, 40, 20, 24, 24, 24, 14))
        header = [t("col_ticket"), t("col_customer"), t("col_level"), t("col_target"), t("col_due"),
                  t("col_actual"), t("col_late")]
        size = 7.5
        rows = [[fit(b.number, widths[0] - 2 * PADDING, size=size), fit(b.customer, widths[1] - 2 * PADDING, size=size),
                 fit(b.level or t("no_contract"), widths[2] - 2 * PADDING, size=size),
                 t("target_response") if b.target == "response" else t("target_resolution"),
                 t.moment(b.due), t.moment(b.actual),
                 t.duration(b.late_minutes) if b.late_minutes is not None else ""] for b in sla.breaches]
        for table in chunked_tables(header, rows, widths, 6, tick=self.tick):
            if isinstance(table, Table):
                table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, size),
                                           ("FONT", (0, 0), (-1, 0), BOLD, size)]))
            out.append(table)
        if sla.breach_count > len(sla.breaches):
            out.append(Paragraph(escape(t("more_breaches", count=t.integer(sla.breach_count - len(sla.breaches)))),
                                 self.style["body"]))
        out.append(self.note(t("late_note")))
        return out

    def top(self) -> list[Flowable]:
        t, top = self.t, self.data.top
        if not top:
            return []
        widths = cell_widths(FRAME_WIDTH, (40, 19, 24, 24, 18, 30, 19))
        header = [t("col_customer"), t("col_level"), t("col_cost"), t("col_billable"), t("col_time"),
                  t("col_included"), t("col_used")]
        rows = []
        over: list[int] = []
        for index, item in enumerate(top, start=1):
            line: CustomerLine = item.line
            used = "–"
            if item.included_minutes:
                used = t.percent(line.totals.minutes / item.included_minutes)
                if line.totals.minutes > item.included_minutes:
                    over.append(index)
            rows.append([fit(line.name, widths[0] - 2 * PADDING), fit(item.level_name or t("no_contract"),
                                                                       widths[1] - 2 * PADDING),
                         t.money(line.totals.cost_cents), t.money(line.totals.billable_cents),
                         t.duration(line.totals.minutes),
                         t.duration(item.included_minutes) if item.included_minutes else "–", used])
        tables = chunked_tables(header, rows, widths, 2)
        for row in over:  # more time than the contract includes: in red
            tables[0].setStyle(TableStyle([("TEXTCOLOR", (-1, row), (-1, row), OVER),
                                           ("FONT", (-1, row), (-1, row), BOLD, SIZE)]))
        return [CondPageBreak(45 * mm), self.heading(t("top_title", count=len(top))), *tables,
                self.note(t("top_note", date=t.day(self.data.end)))]


def _rotated_label(text: str, x: float, y: float) -> Group:
    """A vertical axis title: a String in a group turned by 90 degrees around (x, y)."""
    group = Group(String(0, 0, text, fontName=FONT, fontSize=7.5, textAnchor="middle"))
    group.transform = (0, 1, -1, 0, x, y)
    return group


def _scaled(progress: Progress | None, first: int, last: int) -> Progress | None:
    """``progress`` for a part of the bar: ``first``..``last`` of ``TOTAL``."""
    if progress is None:
        return None

    def report(done: int, total: int) -> bool | None:
        share = first + (last - first) * done // max(total, 1)
        return progress(share, TOTAL)

    return report


def build_support_costs(db: sqlite_utils.Database, out: Path, start: date, end: date, lang: str, clock: Clock,
                        progress: Progress | None = None) -> Path:
    """Write the "Support costs" report of ``start``..``end`` (inclusive) to ``out``; returns ``out``.

    ``progress(done, total)`` is called while the figures are gathered and while the
    pages are laid out; returning False raises ReportCancelled and no file is written.
    """
    data = support_report(db, start, end, clock.now(), _scaled(progress, 0, DATA_SHARE))
    business = load_business(db)
    t = Texts(lang, business.currency, load_support(db).timezone)
    ticks = {"placed": 0, "count": 0}

    def placed() -> None:
        ticks["placed"] += 1
        if progress is not None:
            share = DATA_SHARE + (TOTAL - DATA_SHARE - 1) * ticks["placed"] // max(ticks["count"], 1)
            if progress(min(share, TOTAL - 1), TOTAL) is False:
                raise ReportCancelled()

    def tick() -> Flowable:
        ticks["count"] += 1
        return Tick(placed)

    story = _Builder(data, t, tick).story()
    path = build_pdf(Path(out), letterhead(db, t("support_title"), t.language, clock), story)
    if progress is not None:
        progress(TOTAL, TOTAL)  # written: too late to cancel
    return path
