"""The campaign report: one campaign's results, or every campaign of a period compared.

For the manager deciding what to run again. One campaign: what it was (objective, dates,
channels, budget), the figures (reached, replies, sales, revenue, margin, cost, cost per
response, return on investment), a funnel from the people targeted to the customers who
bought, and the channels side by side. A period: the campaigns ranked by return on
investment in a table with a total line, and a chart of each one's return.

The figures come from core/campaign_results.py (so they match the campaign screens to the
cent); this module only lays them out on the shared page template, in French or English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import sqlite_utils
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from crm_desktop.core import campaign_results, campaigns
from crm_desktop.core.campaign_choices import OBJECTIVES, STATUSES
from crm_desktop.core.campaign_results import CampaignResults
from crm_desktop.core.campaign_sends import CHANNELS
from crm_desktop.core.clock import Clock, SystemClock
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_settings import load_support
from crm_desktop.reports.support_costs import (
    BOLD,
    FONT,
    FRAME_WIDTH,
    PADDING,
    RULE,
    cell_widths,
    chunked_tables,
    fit,
    letterhead,
)
from crm_desktop.reports.template import build_pdf, styles
from crm_desktop.reports.texts import Texts

FUNNEL_COLORS = (colors.HexColor("#9fb8d3"), colors.HexColor("#5f8fbf"), colors.HexColor("#2f6ea5"),
                 colors.HexColor("#1d4a73"))
SERIES_COLORS = (colors.HexColor("#9fb8d3"), colors.HexColor("#2f6ea5"), colors.HexColor("#e08a2c"))
GAIN = colors.HexColor("#3f8f4f")
LOSS = colors.HexColor("#b00020")
#: Campaigns shown in the comparison chart (the table lists them all).
CHART_MAX = 30
#: The tallest the ranking chart may be (the page's frame is about 218 mm high).
CHART_HEIGHT_MAX = 190 * mm


def _day(t: Texts, value: str | date | None) -> str:
    if not value:
        return ""
    return t.day(value if isinstance(value, date) else date.fromisoformat(str(value)[:10]))


def _dates(t: Texts, start: str | date | None, end: str | date | None) -> str:
    if start and end:
        return t("cr_dates", start=_day(t, start), end=_day(t, end))
    if start:
        return t("cr_from", start=_day(t, start))
    return t("cr_undated")


def _roi(t: Texts, roi: float | None) -> str:
    return t.percent(roi) if roi is not None else "–"


def _money(t: Texts, cents: int | None) -> str:
    return t.money(cents) if cents is not None else "–"


class _Builder:
    """Turns campaign results into flowables in one language."""

    def __init__(self, t: Texts) -> None:
        self.t = t
        self.style = styles()

    def heading(self, text: str) -> Paragraph:
        return Paragraph(escape(text), self.style["h2"])

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.style[style])

    # -- one campaign

    def campaign(self, campaign: Mapping[str, Any], data: CampaignResults) -> list[Flowable]:
        t = self.t
        channels = ", ".join(t.label(CHANNELS.get(c, c)) for c in campaign.get("channels") or [])
        about = [
            [t("cr_objective"), t.choice(OBJECTIVES, campaign.get("objective")), t("cr_status"),
             t.choice(STATUSES, campaign.get("status"))],
            [t("cr_col_dates"), _dates(t, campaign.get("starts_on"), campaign.get("ends_on")), t("cr_channels"),
             channels],
            [t("cr_budget"), t.money(campaign.get("budget_cents") or 0), "", ""],
        ]
        widths = cell_widths(FRAME_WIDTH, (24, 63, 22, 65))
        about_table = Table(about, colWidths=widths, hAlign="LEFT", style=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("FONT", (0, 0), (0, -1), BOLD, 9),
            ("FONT", (2, 0), (2, -1), BOLD, 9),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ]))
        story: list[Flowable] = [self.para(campaign["name"], "title"), about_table, Spacer(1, 2 * mm)]
        story += self.figures(data)
        if data.targeted:
            story.append(KeepTogether([self.heading(t("cr_funnel")), self.funnel(data)]))
        else:
            story.append(self.para(t("cr_no_sends")))
        if data.by_channel:
            chart = [self.channel_chart(data)] if data.targeted else []  # an empty chart says nothing
            story.append(KeepTogether([self.heading(t("cr_by_channel")), *chart, *self.channel_table(data)]))
        story.append(Spacer(1, 3 * mm))
        story.append(self.para(t("cr_roi_note"), "small"))
        return story

    def figures(self, data: CampaignResults) -> list[Flowable]:
        t = self.t
        responded = t.integer(data.responded)
        rate = data.response_rate
        if rate is not None:
            responded += f" ({t('cr_response_rate', share=t.share(rate))})"
        pairs = [
            (t("cr_targeted"), t.integer(data.targeted), t("cr_revenue"), t.money(data.revenue_cents)),
            (t("cr_excluded"), t.integer(data.excluded), t("cr_margin"), t.money(data.margin_cents)),
            (t("cr_sent"), t.integer(data.sent), t("cr_cost"), t.money(data.cost_cents)),
            (t("cr_failed"), t.integer(data.failed), t("cr_cost_per_response"),
             _money(t, data.cost_per_response_cents)),
            (t("cr_responded"), responded, t("cr_roi"), _roi(t, data.roi)),
            (t("cr_converted"), t.integer(data.converted), "", ""),
        ]
        widths = cell_widths(FRAME_WIDTH, (38, 49, 50, 37))
        commands: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("FONT", (1, 0), (1, -1), BOLD, 9),
            ("FONT", (3, 0), (3, -1), BOLD, 9),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("ALIGN", (3, 0), (3, -1), "RIGHT"),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEAFTER", (1, 0), (1, -1), 0.6, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fafbfc")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]
        if data.roi is not None:
            commands.append(("TEXTCOLOR", (3, 4), (3, 4), GAIN if data.roi >= 0 else LOSS))
        table = Table([list(p) for p in pairs], colWidths=widths, style=TableStyle(commands))
        return [self.heading(t("cr_figures")), table]

    def funnel(self, data: CampaignResults) -> Drawing:
        """Targeted, sent, responded, converted as bars from the top down, each with its number."""
        t = self.t
        steps = [(t("cr_targeted"), data.targeted), (t("cr_sent"), data.sent), (t("cr_responded"), data.responded),
                 (t("cr_converted"), data.converted)]
        width, height = FRAME_WIDTH, 42 * mm
        drawing = Drawing(width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 38 * mm, 2 * mm
        chart.width, chart.height = width - chart.x - 22 * mm, height - 4 * mm
        chart.data = [[value for _label, value in reversed(steps)]]
        chart.categoryAxis.categoryNames = [label for label, _value in reversed(steps)]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 8.5
        chart.categoryAxis.visibleTicks = False
        chart.valueAxis.visible = False
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(1, max(value for _label, value in steps))
        chart.barWidth = 7 * mm
        chart.groupSpacing = 3 * mm
        chart.bars.strokeColor = None
        for index, color in enumerate(reversed(FUNNEL_COLORS)):
            chart.bars[(0, index)].fillColor = color
        chart.barLabelFormat = lambda value: t.integer(int(value))
        chart.barLabels.fontName = BOLD
        chart.barLabels.fontSize = 8.5
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        drawing.add(chart)
        return drawing

    def channel_chart(self, data: CampaignResults) -> Drawing:
        """Per channel: targeted, sent and replies side by side."""
        t = self.t
        width, height = FRAME_WIDTH, 50 * mm
        drawing = Drawing(width, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 16 * mm, 8 * mm
        chart.width, chart.height = width - chart.x - 4 * mm, height - chart.y - 12 * mm
        rows = data.by_channel
        chart.data = [[r.targeted for r in rows], [r.sent for r in rows], [r.responded for r in rows]]
        chart.categoryAxis.categoryNames = [t.label(CHANNELS.get(r.channel, r.channel)) for r in rows]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 8
        chart.valueAxis.valueMin = 0
        top = max((r.targeted for r in rows), default=0)
        if top < 5:
            chart.valueAxis.valueMax = 5
            chart.valueAxis.valueStep = 1
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labelTextFormat = lambda value: t.integer(round(value))
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e6ea")
        chart.valueAxis.gridStrokeWidth = 0.4
        chart.barSpacing = 1
        chart.groupSpacing = 10
        for index, color in enumerate(SERIES_COLORS):
            chart.bars[index].fillColor = color
            chart.bars[index].strokeColor = None
        drawing.add(chart)
        legend = Legend()
        legend.x, legend.y = chart.x, height - 2 * mm
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 30 * mm
        legend.fontName, legend.fontSize = FONT, 7.5
        legend.boxAnchor = "nw"
        legend.colorNamePairs = list(zip(SERIES_COLORS, [t("cr_targeted"), t("cr_sent"), t("cr_responded")],
                                         strict=True))
        drawing.add(legend)
        return drawing

    def channel_table(self, data: CampaignResults) -> list[Flowable]:
        t = self.t
        widths = cell_widths(FRAME_WIDTH, (34, 20, 20, 20, 20, 20, 20))
        header = [t("cr_col_channel"), t("cr_targeted"), t("cr_excluded"), t("cr_pending"), t("cr_sent"),
                  t("cr_failed"), t("cr_responded")]
        rows = [[t.label(CHANNELS.get(r.channel, r.channel)), t.integer(r.targeted), t.integer(r.excluded),
                 t.integer(r.pending), t.integer(r.sent), t.integer(r.failed), t.integer(r.responded)]
                for r in data.by_channel]
        return [Spacer(1, 2 * mm), *chunked_tables(header, rows, widths, 1)]

    # -- a period

    def compare(self, items: Sequence[CampaignResults], start: date | None, end: date | None) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [self.para(t("cr_compare_title"), "title"), self.para(_dates(t, start, end)),
                                 Spacer(1, 3 * mm)]
        if not items:
            story.append(self.para(t("cr_nothing")))
            return story
        ranked = sorted(items, key=lambda r: (r.roi is None, -(r.roi or 0.0), r.name.lower()))
        widths = cell_widths(FRAME_WIDTH, (5, 36, 16, 12, 15, 15, 17, 17, 17, 12))
        header = ["#", t("cr_col_campaign"), t("cr_col_dates"), t("cr_sent"), t("cr_responded"),
                  t("cr_converted").split(" (")[0], t("cr_revenue"), t("cr_cost"), t("cr_margin"),
                  t("cr_roi_short")]
        size = 7.5
        rows = [[str(n), fit(r.name, widths[1] - 2 * PADDING, size=size), _day(t, r.starts_on), t.integer(r.sent),
                 t.integer(r.responded), t.integer(r.converted), t.money(r.revenue_cents, False),
                 t.money(r.cost_cents, False), t.money(r.margin_cents, False), _roi(t, r.roi)]
                for n, r in enumerate(ranked, start=1)]
        cost = sum(r.cost_cents for r in items)
        margin = sum(r.margin_cents for r in items)
        total = ["", t("cr_totals"), "", t.integer(sum(r.sent for r in items)),
                 t.integer(sum(r.responded for r in items)), t.integer(sum(r.converted for r in items)),
                 t.money(sum(r.revenue_cents for r in items), False), t.money(cost, False), t.money(margin, False),
                 _roi(t, (margin - cost) / cost if cost > 0 else None)]
        tables = chunked_tables(header, rows, widths, 3, total)
        for table in tables:
            if isinstance(table, Table):
                table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, size),
                                           ("FONT", (0, 0), (-1, 0), BOLD, size),
                                           ("ALIGN", (2, 0), (2, -1), "LEFT")]))
        if tables and isinstance(tables[-1], Table):
            tables[-1].setStyle(TableStyle([("FONT", (0, -1), (-1, -1), BOLD, size)]))
        story += [self.heading(t("cr_ranking")), *tables]
        with_roi = [r for r in ranked if r.roi is not None][:CHART_MAX]
        if with_roi:
            story.append(KeepTogether([self.heading(t("cr_return_chart")), self.return_chart(with_roi)]))
        without = [r.name for r in ranked if r.roi is None]
        if without:
            story.append(Spacer(1, 2 * mm))
            story.append(self.para(t("cr_no_roi", names=", ".join(without)), "small"))
        story.append(self.para(t("cr_roi_note"), "small"))
        return story

    def return_chart(self, items: Sequence[CampaignResults]) -> Drawing:
        """Each campaign's return on investment in %, best at the top, losses in red."""
        t = self.t
        # Bars thin out as campaigns add up, so the chart always fits on one page (30 bars at most).
        bar = min(6 * mm, (CHART_HEIGHT_MAX - 14 * mm) / (1.5 * max(len(items), 1)))
        width = FRAME_WIDTH
        height = len(items) * bar * 1.5 + 14 * mm
        drawing = Drawing(width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 52 * mm, 9 * mm
        chart.width, chart.height = width - chart.x - 16 * mm, height - chart.y - 3 * mm
        values = [round((r.roi or 0.0) * 100, 1) for r in reversed(items)]
        chart.data = [values]
        chart.categoryAxis.categoryNames = [fit(r.name, 50 * mm, size=7.5) for r in reversed(items)]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 7.5
        chart.categoryAxis.visibleTicks = False
        chart.categoryAxis.labelAxisMode = "low"  # names left of the chart, clear of the bars below 0
        low, high = min(0.0, *values), max(0.0, *values)
        if high - low < 10:
            high = low + 10
        # Room beyond the ends of the bars for their figures ("-100%" left of a loss, "250%" right of a gain).
        span = high - low
        low = low - span * 0.18 if low < 0 else low
        high = high + span * 0.12
        chart.valueAxis.valueMin = low
        chart.valueAxis.valueMax = high
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labelTextFormat = lambda value: t.integer(round(value))
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e6ea")
        chart.valueAxis.gridStrokeWidth = 0.4
        chart.barWidth = bar
        chart.bars.strokeColor = None
        for index, value in enumerate(values):
            chart.bars[(0, index)].fillColor = GAIN if value >= 0 else LOSS
        drawing.add(chart)
        step = chart.height / len(values)
        for index, value in enumerate(values):
            x = chart.x + (value - low) / (high - low) * chart.width
            y = chart.y + (index + 0.5) * step - 2.5
            drawing.add(String(x + 3 if value >= 0 else x - 3, y, t.percent(value / 100), fontName=FONT, fontSize=7,
                               textAnchor="start" if value >= 0 else "end"))
        drawing.add(String(chart.x + chart.width / 2, 1 * mm, t("cr_roi_short") + " (%)", fontName=FONT,
                           fontSize=7.5, textAnchor="middle"))
        return drawing


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def write_campaign_report(db: sqlite_utils.Database, path: Path, lang: str, campaign_id: str | None = None,
                          start: str | date | None = None, end: str | date | None = None, *,
                          clock: Clock | None = None) -> Path:
    """Write one campaign's results (``campaign_id``) or the campaigns of ``start``..``end`` compared.

    Returns ``path``. An unknown campaign raises NotFound before anything is written.
    """
    t = Texts(lang, load_business(db).currency, load_support(db).timezone)
    clock = clock or SystemClock()
    builder = _Builder(t)
    if campaign_id is not None:
        campaign = campaigns.get(db, campaign_id)
        data = campaign_results.results(db, campaign_id)
        story = builder.campaign(campaign, data)
        title = t("cr_title")
    else:
        first, last = _as_date(start), _as_date(end)
        items = campaign_results.compare(db, first.isoformat() if first else None,
                                         last.isoformat() if last else None)
        story = builder.compare(items, first, last)
        title = t("cr_compare_title")
    return build_pdf(Path(path), letterhead(db, title, t.language, clock), story)
