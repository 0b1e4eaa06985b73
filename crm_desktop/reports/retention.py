"""The "Customer retention" report: who stays, who drifts away, who is gone.

For the manager deciding whom to call this week: the retention rate of the period
(core.lifecycle), the customers by RFM tier (core.rfm), the customers at risk each with
the reasons (core.customer_risk: silent for longer than usual, tickets rising, spending
falling) and the customers lost in the period. This module only lays the figures out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from crm_desktop.core import customer_keys, customer_risk, lifecycle, rfm
from crm_desktop.core.clock import Clock
from crm_desktop.core.customer_risk import SILENT_TEXT, SPEND_TEXT, TICKETS_TEXT, RiskFlag
from crm_desktop.core.lifecycle import Lifecycle
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_report import Progress
from crm_desktop.core.support_settings import load_support
from crm_desktop.reports.profitability import ticker
from crm_desktop.reports.report_charts import StoryBuilder, count_bars, figure_box
from crm_desktop.reports.support_costs import FRAME_WIDTH, PADDING, cell_widths, chunked_tables, fit, letterhead
from crm_desktop.reports.template import build_pdf
from crm_desktop.reports.texts import NBSP, Texts

#: French for the English risk messages of core.customer_risk (their parameters are kept).
FLAG_FRENCH: dict[str, str] = {
    SILENT_TEXT: f"Aucun achat ni contact depuis {{days}} jours{NBSP}; d'habitude tous les {{usual}} jours.",
    TICKETS_TEXT: "{recent} tickets ces 90 derniers jours, {before} les 90 jours précédents.",
    SPEND_TEXT: "Dépenses en baisse de {percent} % par rapport aux 12 mois précédents.",
}
#: Lost customers listed at most (the count is always the full one).
LOST_MAX = 500
#: Customers at risk listed at most, the most urgent first as core.customer_risk.at_risk orders them.
RISK_MAX = 300


def flag_text(t: Texts, flag: RiskFlag) -> str:
    """Why the customer is flagged, in the reader's language, with the figures of the message."""
    message = flag.message
    if t.language == "fr":
        french = FLAG_FRENCH.get(message.text)
        if french is None:
            return t(f"risk_{flag.kind}")
        return message.render(lambda _text: french)
    return message.render()


def tier_rows(t: Texts, counts: dict[str, int]) -> list[tuple[str, int]]:
    """(label, count) per tier in core.rfm.TIERS order."""
    return [(t(f"tier_{key}"), counts.get(key, 0)) for key in rfm.TIERS]


class _Builder(StoryBuilder):
    def story(self, life: Lifecycle, tiers: dict[str, int], tiers_on: date,
              risky: Sequence[tuple[str, str, list[RiskFlag]]], lost_names: dict[str, str]) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [self.para(t("rt_title"), "title"),
                                 self.para(t("period", start=t.day(life.start), end=t.day(life.end))),
                                 Spacer(1, 3 * mm)]
        story += self.summary(life, len(risky))
        story += self.tiers(tiers, tiers_on)
        story.append(self.tick())
        story += self.at_risk(risky)
        story += self.lost(life, lost_names)
        return story

    def summary(self, life: Lifecycle, at_risk: int) -> list[Flowable]:
        t = self.t
        rate = t.share(life.retention_rate)
        rows = [
            (t("mg_retention_rate"), rate, t("mg_active_at_start"), t.integer(life.active_at_start)),
            (t("mg_acquired"), t.integer(life.acquired), t("mg_retained"), t.integer(life.retained)),
            (t("mg_grew"), t.integer(life.grew), t("mg_lost"), t.integer(life.lost)),
            (t("mg_at_risk_count"), t.integer(at_risk), t("mg_lifetime_value"),
             t.money(life.average_lifetime_value_cents)),
        ]
        return [self.para(t("rt_summary"), "h2"), figure_box(rows, (50, 30, 58, 36))]

    def tiers(self, counts: dict[str, int], on: date) -> list[Flowable]:
        t = self.t
        rows = tier_rows(t, counts)
        total = sum(c for _label, c in rows)
        widths = cell_widths(FRAME_WIDTH, (60, 30, 30))
        table = chunked_tables([t("mg_col_tier"), t("mg_col_count"), t("mg_col_share")],
                               [[label, t.integer(c), t.share(c / total if total else None)] for label, c in rows],
                               widths, 1, [t("total"), t.integer(total), ""])
        return [KeepTogether([self.para(t("mg_tiers"), "h2"), count_bars(t, rows), Spacer(1, 2 * mm), *table,
                              self.para(t("rt_tiers_note", date=t.day(on)), "small")])]

    def at_risk(self, risky: Sequence[tuple[str, str, list[RiskFlag]]]) -> list[Flowable]:
        t = self.t
        head = self.para(t("rt_at_risk", count=t.integer(len(risky))), "h2")
        if not risky:
            return [head, self.para(t("rt_no_risk"))]
        widths = cell_widths(FRAME_WIDTH, (50, 124))
        room = widths[1] - 2 * PADDING
        rows = [[fit(name, widths[0] - 2 * PADDING), "\n".join(fit(flag_text(t, f), room) for f in flags)]
                for _key, name, flags in risky[:RISK_MAX]]
        tables = chunked_tables([t("col_customer"), t("rt_col_reasons")], rows, widths, 2, tick=self.tick)
        for table in tables:
            if isinstance(table, Table):
                table.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "LEFT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        more = [self.para(t("rt_more", count=t.integer(len(risky) - RISK_MAX)), "small")] if len(risky) > RISK_MAX \
            else []
        return [CondPageBreak(40 * mm), head, *tables, *more]

    def lost(self, life: Lifecycle, names: dict[str, str]) -> list[Flowable]:
        t = self.t
        head = self.para(t("rt_lost", count=t.integer(life.lost)), "h2")
        if not life.lost_keys:
            return [CondPageBreak(25 * mm), head, self.para(t("rt_no_lost"))]
        listed = sorted((names.get(k, k) for k in life.lost_keys), key=str.casefold)[:LOST_MAX]
        columns = 3
        widths = cell_widths(FRAME_WIDTH, (1,) * columns)
        rows = [[fit(name, widths[0] - 2 * PADDING) for name in listed[i:i + columns]] for i in
                range(0, len(listed), columns)]
        for row in rows:
            row += [""] * (columns - len(row))
        tables = chunked_tables([t("col_customer"), "", ""], rows, widths, columns, tick=self.tick)
        out: list[Flowable] = [CondPageBreak(30 * mm), head, self.para(t("rt_lost_note"), "small"), *tables]
        if life.lost > len(listed):
            out.append(self.para(t("rt_more", count=t.integer(life.lost - len(listed))), "small"))
        return out


def tiers_day(end: date, today: date) -> date:
    """The day the tiers are taken on: the period's end, or today when the period is not over."""
    return min(end, today)


def build_retention(db: sqlite_utils.Database, out: Path, start: date, end: date, lang: str, clock: Clock,
                    progress: Progress | None = None) -> Path:
    """Write the retention report of ``start``..``end`` (days included) to ``out``; returns ``out``."""
    t = Texts(lang, load_business(db).currency, load_support(db).timezone)
    tick, ready = ticker(progress)
    on = tiers_day(end, clock.now().astimezone(t.zone).date())
    life = lifecycle.lifecycle(db, start, end)
    tiers = rfm.tier_counts(db, on)
    risky = customer_risk.at_risk(db, on)
    names = customer_keys.names(db, life.lost_keys)
    ready()
    story = _Builder(t, tick).story(life, tiers, on, risky, names)
    path = build_pdf(Path(out), letterhead(db, t("rt_title"), t.language, clock), story)
    if progress is not None:
        progress(100, 100)
    return path
