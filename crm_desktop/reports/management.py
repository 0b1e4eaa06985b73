"""The management report: the manager's dashboard on paper, for a period beside the one before.

Key figures (revenue, margin, cost to serve, contribution, customers) with their change,
revenue and margin by month, customers by tier, acquisition / growth / retention, the top
and bottom customers by contribution and the operational figures (speed to lead, service
levels, technician utilisation, support time against contracts, campaign return).

Every figure comes from core.dashboard_data.dashboard, the very function the dashboard
screen calls: the paper and the screen cannot disagree. This module only lays it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from crm_desktop.core import dashboard_data
from crm_desktop.core.clock import Clock
from crm_desktop.core.customer_value import CustomerValue, PeriodTotals
from crm_desktop.core.dashboard_data import Dashboard
from crm_desktop.core.operations import Operations
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_report import Progress
from crm_desktop.core.support_settings import load_support
from crm_desktop.reports.profitability import ticker
from crm_desktop.reports.report_charts import GAIN, LOSS, StoryBuilder, change, count_bars, figure_box, month_chart
from crm_desktop.reports.retention import tier_rows
from crm_desktop.reports.support_costs import (
    BOLD,
    FONT,
    FRAME_WIDTH,
    HEADER_BG,
    PADDING,
    RULE,
    cell_widths,
    chunked_tables,
    fit,
    letterhead,
)
from crm_desktop.reports.template import build_pdf
from crm_desktop.reports.texts import Texts

SIZE = 8


class _Builder(StoryBuilder):
    def story(self, data: Dashboard) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [
            self.para(t("mg_title"), "title"),
            self.para(t("period", start=t.day(data.period_start), end=t.day(data.period_end))),
            self.para(t("mg_previous", start=t.day(data.previous_start), end=t.day(data.previous_end)), "small"),
            Spacer(1, 2 * mm),
        ]
        story += self.key_figures(data.totals, data.previous_totals)
        story.append(self.tick())
        story += self.months(data)
        story.append(self.tick())
        story += self.customers(data)
        story += self.ranking(t("mg_top"), data.top)
        story += self.ranking(t("mg_bottom"), data.bottom)
        story.append(self.tick())
        story += self.operations(data.operations)
        return story

    # -- key figures

    def key_figures(self, now: PeriodTotals, before: PeriodTotals) -> list[Flowable]:
        t = self.t
        lines = [
            (t("mg_revenue"), now.revenue_cents, before.revenue_cents, True),
            (t("mg_cost_of_sales"), now.cost_of_sales_cents, before.cost_of_sales_cents, True),
            (t("mg_margin"), now.margin_cents, before.margin_cents, True),
            (t("mg_cost_to_serve"), now.cost_to_serve_cents, before.cost_to_serve_cents, True),
            (t("mg_contribution"), now.contribution_cents, before.contribution_cents, True),
            (t("mg_customers"), now.customers, before.customers, False),
            (t("pf_costly", count="").replace(" ()", ""), now.costly_customers, before.costly_customers, False),
        ]
        rows = [[label, t.money(a) if money else t.integer(a), t.money(b) if money else t.integer(b), change(t, a, b)]
                for label, a, b, money in lines]
        rows.append([t("mg_profitability"), _ratio(t, now.profitability), _ratio(t, before.profitability),
                     change(t, now.profitability or 0, before.profitability or 0)])
        widths = cell_widths(FRAME_WIDTH, (64, 38, 38, 26))
        header = [t("mg_col_figure"), t("mg_col_period"), t("mg_col_previous"), t("mg_col_change")]
        table = Table([header, *rows], colWidths=widths, style=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("FONT", (0, 0), (-1, 0), BOLD, 9),
            ("FONT", (1, 1), (1, -1), BOLD, 9),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]))
        for index, (_label, a, b, _money) in enumerate(lines[:5], start=1):
            if b and a != b:
                table.setStyle(TableStyle([("TEXTCOLOR", (3, index), (3, index), GAIN if a > b else LOSS)]))
        return [self.para(t("mg_key_figures"), "h2"), table]

    # -- by month

    def months(self, data: Dashboard) -> list[Flowable]:
        t = self.t
        months = [(m.month, m.revenue_cents, m.margin_cents) for m in data.months]
        chart = month_chart(t, months, (t("mg_revenue"), t("mg_margin")))
        widths = cell_widths(FRAME_WIDTH, (30, 36, 36, 36, 36))
        header = [t("axis_month"), t("mg_revenue"), t("mg_margin"), t("mg_cost_to_serve"), t("mg_col_previous_revenue")]
        previous = {i: m for i, m in enumerate(data.previous_months)}
        several = len({m.month[:4] for m in data.months}) > 1
        rows = []
        for index, m in enumerate(data.months):
            before = previous.get(index)
            rows.append([t.month(date.fromisoformat(m.month + "-01"), several), t.money(m.revenue_cents),
                         t.money(m.margin_cents), t.money(m.cost_to_serve_cents),
                         t.money(before.revenue_cents) if before else "–"])
        total = [t("total"), t.money(sum(m.revenue_cents for m in data.months)),
                 t.money(sum(m.margin_cents for m in data.months)),
                 t.money(sum(m.cost_to_serve_cents for m in data.months)),
                 t.money(sum(m.revenue_cents for m in data.previous_months))]
        tables = chunked_tables(header, rows, widths, 1, total)
        note = self.para(t("mg_months_note", start=t.day(data.previous_start), end=t.day(data.previous_end)), "small")
        return [KeepTogether([self.para(t("mg_by_month"), "h2"), chart]), Spacer(1, 2 * mm),
                KeepTogether([*tables, note])]

    # -- customers: tiers and lifecycle

    def customers(self, data: Dashboard) -> list[Flowable]:
        t = self.t
        life = data.lifecycle
        rows = [
            (t("mg_active_at_start"), t.integer(life.active_at_start), t("mg_retention_rate"),
             t.share(life.retention_rate)),
            (t("mg_acquired"), t.integer(life.acquired), t("mg_retained"), t.integer(life.retained)),
            (t("mg_grew"), t.integer(life.grew), t("mg_lost"), t.integer(life.lost)),
            (t("mg_at_risk_count"), t.integer(data.at_risk_count), t("mg_lifetime_value"),
             t.money(life.average_lifetime_value_cents)),
        ]
        tiers = tier_rows(t, data.tier_counts)
        return [CondPageBreak(60 * mm),
                KeepTogether([self.para(t("mg_tiers"), "h2"), count_bars(t, tiers)]),
                KeepTogether([self.para(t("mg_lifecycle"), "h2"), figure_box(rows, (50, 30, 58, 36))])]

    def ranking(self, title: str, items: Sequence[CustomerValue]) -> list[Flowable]:
        t = self.t
        if not items:
            return []
        widths = cell_widths(FRAME_WIDTH, (60, 28, 28, 28, 30))
        header = [t("col_customer"), t("mg_revenue"), t("mg_margin"), t("mg_cost_to_serve"), t("mg_contribution")]
        rows = [[fit(v.name, widths[0] - 2 * PADDING), t.money(v.revenue_cents), t.money(v.margin_cents),
                 t.money(v.cost_to_serve_cents), t.money(v.contribution_cents)] for v in items]
        tables = chunked_tables(header, rows, widths, 1)
        for table in tables:
            if isinstance(table, Table):
                for row, v in enumerate(items, start=1):
                    if v.contribution_cents < 0:
                        table.setStyle(TableStyle([("TEXTCOLOR", (4, row), (4, row), LOSS)]))
        return [KeepTogether([self.para(title, "h2"), *tables])]

    # -- operations

    def operations(self, ops: Operations) -> list[Flowable]:
        t = self.t
        speed = "–" if ops.speed_to_lead_median_minutes is None else t(
            "mg_minutes", minutes=t.decimal(ops.speed_to_lead_median_minutes, 0))
        support = f"{t.duration(ops.support_minutes)} / {t.duration(ops.included_minutes)}"
        rows = [
            (t("mg_speed_to_lead"), speed),
            (t("mg_speed_within"), _percent(t, ops.speed_to_lead_within_target_percent)),
            (t("mg_sla_response"), _percent(t, ops.sla_response_percent)),
            (t("mg_sla_resolution"), _percent(t, ops.sla_resolution_percent)),
            (t("mg_support_hours"), support),
            (t("mg_campaign_cost"), t.money(ops.campaign_cost_cents)),
            (t("mg_campaign_margin"), t.money(ops.campaign_margin_cents)),
            (t("mg_campaign_roi"), t.percent(ops.campaign_roi) if ops.campaign_roi is not None else "–"),
        ]
        out: list[Flowable] = [CondPageBreak(60 * mm), self.para(t("mg_operations"), "h2"),
                               figure_box(rows, (120, 54), bold_columns=(1,), right_columns=(1,))]
        if ops.utilisation:
            widths = cell_widths(FRAME_WIDTH, (54, 26, 26, 26, 42))
            header = [t("col_technician"), t("mg_col_available"), t("mg_col_planned"), t("mg_col_worked"),
                      t("mg_col_use")]
            rows2 = [[fit(u.name, widths[0] - 2 * PADDING), t.duration(u.available_minutes),
                      t.duration(u.planned_minutes), t.duration(u.worked_minutes),
                      t.share(u.worked_minutes / u.available_minutes) if u.available_minutes else "–"]
                     for u in ops.utilisation]
            out += [KeepTogether([self.para(t("mg_utilisation"), "h2"),
                                  *chunked_tables(header, rows2, widths, 1, tick=self.tick)])]
        return out


def _ratio(t: Texts, value: float | None) -> str:
    return t.decimal(value, 2) if value is not None else "–"


def _percent(t: Texts, value: float | None) -> str:
    """A percentage given as 0–100 (core.operations), one decimal."""
    return t.share(value / 100) if value is not None else "–"


def build_management(db: sqlite_utils.Database, out: Path, start: date, end: date, lang: str, clock: Clock,
                     progress: Progress | None = None) -> Path:
    """Write the management report of ``start``..``end`` (days included) to ``out``; returns ``out``.

    The figures are ``dashboard_data.dashboard(db, start, end, today)``: those of the dashboard screen.
    """
    t = Texts(lang, load_business(db).currency, load_support(db).timezone)
    tick, ready = ticker(progress)
    today = clock.now().astimezone(t.zone).date()
    data = dashboard_data.dashboard(db, start, end, today)
    ready()
    story = _Builder(t, tick).story(data)
    path = build_pdf(Path(out), letterhead(db, t("mg_title"), t.language, clock), story)
    if progress is not None:
        progress(100, 100)
    return path
