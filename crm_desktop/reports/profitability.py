"""The "Customer profitability" report: who the business earns on, and who costs it money.

For the manager deciding where to spend the team's time. Customers are ranked by
contribution (margin less the cost to serve them) exactly as core.customer_value.values
ranks them, with the cost broken down (support, parts, travel, interventions,
campaigns); a chart shows the best and worst; the customers who cost more than they
bring (customer_value.costly) are listed with what costs most for each. This module only
lays the figures out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from crm_desktop.core import customer_value
from crm_desktop.core.clock import Clock
from crm_desktop.core.customer_value import CustomerValue
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_report import Progress, ReportCancelled
from crm_desktop.core.support_settings import load_support
from crm_desktop.reports.report_charts import StoryBuilder, figure_box, signed_bars
from crm_desktop.reports.support_costs import (
    BOLD,
    FONT,
    FRAME_WIDTH,
    PADDING,
    Tick,
    cell_widths,
    chunked_tables,
    fit,
    letterhead,
)
from crm_desktop.reports.template import build_pdf
from crm_desktop.reports.texts import Texts

#: Customers shown at each end of the chart.
CHART_EACH_END = 10
#: Customers listed at each end of the ranking when there are more (a large base would print hundreds of pages).
RANKING_EACH_END = 250
SIZE = 7


def _profitability(t: Texts, value: float | None) -> str:
    return t.decimal(value, 2) if value is not None else "–"


def what_costs(t: Texts, value: CustomerValue, limit: int = 3) -> str:
    """The largest costs of a customer, largest first: "support 1 200 €, parts 300 €"."""
    parts = [(t("pf_sales_cost"), value.cost_of_sales_cents), (t("pf_support"), value.support_cost_cents),
             (t("pf_parts"), value.parts_cost_cents), (t("pf_travel"), value.travel_cost_cents),
             (t("pf_interventions"), value.intervention_cost_cents), (t("pf_campaigns"), value.campaign_cost_cents)]
    parts = sorted((p for p in parts if p[1] > 0), key=lambda p: -p[1])[:limit]
    return ", ".join(f"{name} {t.money(cents, False)}" for name, cents in parts)


class _Builder(StoryBuilder):
    def story(self, start: date, end: date, values: Sequence[CustomerValue],
              costly: Sequence[CustomerValue]) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [self.para(t("pf_title"), "title"),
                                 self.para(t("period", start=t.day(start), end=t.day(end))),
                                 self.para(t("pf_intro"), "small"), Spacer(1, 3 * mm)]
        story += self.summary(values)
        if not values:
            story.append(self.para(t("mg_no_data")))
            return story
        story.append(self.tick())
        story.append(KeepTogether([self.para(t("pf_chart"), "h2"), self.chart(values)]))
        story += self.ranking(values)
        story += self.costly(costly, sum(1 for v in values if v.contribution_cents < 0))
        story.append(self.para(t("pf_note", currency=t.symbol), "small"))
        return story

    def summary(self, values: Sequence[CustomerValue]) -> list[Flowable]:
        t = self.t
        revenue = sum(v.revenue_cents for v in values)
        margin = sum(v.margin_cents for v in values)
        serve = sum(v.cost_to_serve_cents for v in values)
        contribution = sum(v.contribution_cents for v in values)
        losing = sum(1 for v in values if v.contribution_cents < 0)
        rows = [
            (t("mg_customers"), t.integer(len(values)), t("mg_revenue"), t.money(revenue)),
            (t("pf_costly", count="").replace(" ()", ""), t.integer(losing), t("mg_margin"), t.money(margin)),
            ("", "", t("mg_cost_to_serve"), t.money(serve)),
            ("", "", t("mg_contribution"), t.money(contribution)),
        ]
        return [self.para(t("summary"), "h2"), figure_box(rows, (62, 18, 52, 42))]

    def chart(self, values: Sequence[CustomerValue]) -> Flowable:
        if len(values) <= 2 * CHART_EACH_END:
            chosen = list(values)
        else:
            chosen = list(values[:CHART_EACH_END]) + list(values[-CHART_EACH_END:])
        return signed_bars(self.t, [(v.name, v.contribution_cents) for v in chosen])

    def ranking(self, values: Sequence[CustomerValue]) -> list[Flowable]:
        t = self.t
        widths = cell_widths(FRAME_WIDTH, (6, 36, 17, 15, 13, 12, 12, 12, 12, 15, 17, 11))
        header = ["#", t("col_customer"), t("pf_col_revenue"), t("mg_margin"), t("pf_col_support"), t("pf_col_parts"),
                  t("pf_col_travel"), t("pf_col_interventions"), t("pf_col_campaigns"), t("pf_col_cost_to_serve"),
                  t("mg_contribution"), t("pf_col_profitability")]
        header = [fit(h, w - 2 * PADDING, size=SIZE) for h, w in zip(header, widths, strict=True)]

        def money(cents: int) -> str:
            return t.money(cents, False)

        def row(n: int, v: CustomerValue) -> list[str]:
            return [str(n), fit(v.name, widths[1] - 2 * PADDING, size=SIZE), money(v.revenue_cents),
                    money(v.margin_cents), money(v.support_cost_cents), money(v.parts_cost_cents),
                    money(v.travel_cost_cents), money(v.intervention_cost_cents), money(v.campaign_cost_cents),
                    money(v.cost_to_serve_cents), money(v.contribution_cents), _profitability(t, v.profitability)]

        numbered = list(enumerate(values, start=1))
        if len(numbered) > 2 * RANKING_EACH_END:  # the best and the worst; the total line counts everyone
            skipped = len(numbered) - 2 * RANKING_EACH_END
            rows = [row(n, v) for n, v in numbered[:RANKING_EACH_END]]
            rows.append(["", t("pf_skipped", count=t.integer(skipped)), *[""] * 10])
            rows += [row(n, v) for n, v in numbered[-RANKING_EACH_END:]]
        else:
            rows = [row(n, v) for n, v in numbered]
        total = ["", t("total"), *(money(sum(getattr(v, name) for v in values)) for name in (
            "revenue_cents", "margin_cents", "support_cost_cents", "parts_cost_cents", "travel_cost_cents",
            "intervention_cost_cents", "campaign_cost_cents", "cost_to_serve_cents", "contribution_cents")), ""]
        tables = chunked_tables(header, rows, widths, 2, total, self.tick)
        _small(tables, total=True)
        return [CondPageBreak(40 * mm), self.para(t("pf_ranking", count=t.integer(len(values))), "h2"), *tables]

    def costly(self, costly: Sequence[CustomerValue], losing: int) -> list[Flowable]:
        t = self.t
        title = t("pf_costly", count=t.integer(len(costly))) if len(costly) >= losing else t(
            "pf_costly_top", count=t.integer(len(costly)), total=t.integer(losing))
        head = self.para(title, "h2")
        if not costly:
            return [head, self.para(t("pf_no_costly"))]
        widths = cell_widths(FRAME_WIDTH, (40, 18, 18, 18, 20, 60))
        header = [t("col_customer"), t("mg_revenue"), t("mg_margin"), t("pf_col_cost_to_serve"), t("mg_contribution"),
                  t("pf_what_costs")]
        rows = [[fit(v.name, widths[0] - 2 * PADDING, size=SIZE), t.money(v.revenue_cents, False),
                 t.money(v.margin_cents, False), t.money(v.cost_to_serve_cents, False),
                 t.money(v.contribution_cents, False), fit(what_costs(t, v, 2), widths[5] - 2 * PADDING, size=SIZE)]
                for v in costly]
        tables = chunked_tables(header, rows, widths, 1, tick=self.tick)
        _small(tables, total=False, left_last=True)
        return [CondPageBreak(40 * mm), head, *tables, Spacer(1, 3 * mm)]


def _small(tables: list[Flowable], total: bool, left_last: bool = False) -> None:
    """The wide tables in a smaller font (twelve columns on A4)."""
    only = [f for f in tables if isinstance(f, Table)]
    for table in only:
        commands = [("FONT", (0, 0), (-1, -1), FONT, SIZE), ("FONT", (0, 0), (-1, 0), BOLD, SIZE)]
        if left_last:
            commands.append(("ALIGN", (-1, 0), (-1, -1), "LEFT"))
        table.setStyle(TableStyle(commands))
    if total and only:
        only[-1].setStyle(TableStyle([("FONT", (0, -1), (-1, -1), BOLD, SIZE)]))


def ticker(progress: Progress | None, first: int = 40) -> tuple[Callable[[], Flowable], Callable[[], None]]:
    """Ticks placed between tables move the progress bar from ``first`` to 99 % while pages are laid out;
    returns (make a tick, call when the figures are ready). Returning False from progress cancels."""
    ticks = {"placed": 0, "count": 0}

    def placed() -> None:
        ticks["placed"] += 1
        if progress is not None:
            share = first + (99 - first) * ticks["placed"] // max(ticks["count"], 1)
            if progress(min(share, 99), 100) is False:
                raise ReportCancelled()

    def tick() -> Flowable:
        ticks["count"] += 1
        return Tick(placed)

    def ready() -> None:
        if progress is not None and progress(first, 100) is False:
            raise ReportCancelled()

    return tick, ready


def build_profitability(db: sqlite_utils.Database, out: Path, start: date, end: date, lang: str, clock: Clock,
                        progress: Progress | None = None) -> Path:
    """Write the profitability report of ``start``..``end`` (days included) to ``out``; returns ``out``."""
    t = Texts(lang, load_business(db).currency, load_support(db).timezone)
    tick, ready = ticker(progress)
    values = customer_value.values(db, start, end)
    costly = customer_value.costly(db, start, end)
    ready()
    story = _Builder(t, tick).story(start, end, values, costly)
    path = build_pdf(Path(out), letterhead(db, t("pf_title"), t.language, clock), story)
    if progress is not None:
        progress(100, 100)
    return path
