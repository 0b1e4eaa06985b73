"""The customer sheet: one customer on a page or two, to prepare a visit or a call.

Who they are and who to talk to, their support level and how much of it they used,
what they are worth (the value card of core.customer_value: tier, revenue, margin, cost
to serve, contribution, trend, and why they may be at risk), what to offer them
(core.recommendations), what is open (tickets, interventions) and what happened in the
last 12 months (core.timeline). Everything comes from core; this module lays it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from crm_desktop.core import (
    companies,
    customer_keys,
    customer_status,
    customer_value,
    interventions,
    people,
    recommendations,
    sales,
    timeline,
)
from crm_desktop.core.clock import Clock, from_iso
from crm_desktop.core.context import Context
from crm_desktop.core.customer_value import ValueCard
from crm_desktop.core.field_choices import OPEN_STATUSES
from crm_desktop.core.field_choices import STATUSES as JOB_STATUSES
from crm_desktop.core.lifecycle import months_back
from crm_desktop.core.recommendations import CROSS_SELL, SUPPORT_LEVEL, UP_SELL, Suggestion
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_choices import STATUSES as TICKET_STATUSES
from crm_desktop.core.support_settings import load_support
from crm_desktop.reports.report_charts import GAIN, LOSS, change, figure_box
from crm_desktop.reports.retention import flag_text
from crm_desktop.reports.support_costs import BOLD, FONT, FRAME_WIDTH, PADDING, cell_widths, chunked_tables, fit
from crm_desktop.reports.support_costs import letterhead as business_letterhead
from crm_desktop.reports.template import build_pdf, styles
from crm_desktop.reports.texts import Texts

#: History lines printed at most (newest first): a sheet, not an archive.
HISTORY_MAX = 60
SIZE = 7.5


@dataclass(frozen=True)
class SheetData:
    """Everything the sheet prints, gathered from core."""

    key: str
    company: dict[str, Any] | None
    person: dict[str, Any] | None
    contacts: list[dict[str, Any]]
    status: customer_status.CustomerStatus
    card: ValueCard
    suggestions: list[Suggestion]
    open_jobs: list[dict[str, Any]]
    history: list[timeline.TimelineEntry]
    history_start: date
    sale_revenue: dict[str, int]  # revenue of each sale in the history, by sale id


def gather(ctx: Context, key: str, today: date) -> SheetData:
    """The sheet's data for customer ``key`` on the shop's day ``today``."""
    db = ctx.db
    company_id, person_id = customer_keys.split_key(key)
    company = companies.get(ctx, company_id) if company_id else None
    person = people.get(ctx, person_id) if person_id else None
    contacts = people.of_company(ctx, company_id, limit=50) if company_id else []
    status = customer_status.status(db, company_id, person_id, today)
    card = customer_value.card(db, key, today)
    suggestions = recommendations.for_customer(db, company_id, person_id, limit=5, today=today)
    jobs = [j for j in interventions.for_customer(db, company_id, person_id, limit=200)
            if j.get("status") in OPEN_STATUSES]
    start = months_back(today, 12)
    # What happened with the customer, without each ticket's messages and status changes (the ticket is listed).
    kinds = [k for k in timeline.DEFAULT_REGISTRY.kinds() if not k.startswith("ticket_")]
    entries = timeline.query(db, company_id=company_id, kinds=kinds, limit=HISTORY_MAX + 1) if company_id else \
        timeline.query(db, person_id=person_id, kinds=kinds, limit=HISTORY_MAX + 1)
    zone = Texts("en", timezone=load_support(db).timezone).zone
    recent = [e for e in entries if e.at and from_iso(e.at).astimezone(zone).date() >= start]
    revenue = {e.id: sales.totals(db, e.id).revenue_cents for e in recent[:HISTORY_MAX] if e.source == "sale"}
    return SheetData(key, company, person, contacts, status, card, suggestions, jobs, recent, start, revenue)


class _Builder:
    def __init__(self, t: Texts) -> None:
        self.t = t
        self.style = styles()

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.style[style])

    def story(self, data: SheetData) -> list[Flowable]:
        story: list[Flowable] = [self.para(data.card.name, "title")]
        story += self.identity(data)
        story += self.value(data)
        story += self.offers(data)
        story += self.open_items(data)
        story += self.history(data)
        return story

    # -- identity, contacts, support

    def identity(self, data: SheetData) -> list[Flowable]:
        t = self.t
        row = data.company or data.person or {}
        address = ", ".join(p for p in (row.get("street"), " ".join(
            x for x in (row.get("postcode"), row.get("city")) if x), row.get("country")) if p)
        phone = " / ".join(p for p in (row.get("phone"), row.get("mobile")) if p)
        status = data.status
        if status.contract_valid:
            level = (t("cs_contract_until", level=status.level_name, date=t.day(date.fromisoformat(
                status.contract_ends_on[:10]))) if status.contract_ends_on else status.level_name or "")
        elif status.expired_level_name:
            level = t("cs_expired", level=status.expired_level_name)
        else:
            level = t("cs_no_contract")
        used = t.duration(status.minutes_used)
        if status.minutes_included:
            used = t("cs_used_of", used=used, included=t.duration(status.minutes_included))
        kind = t("cs_company") if data.company else t("cs_person")
        shares = (17, 58, 30, 69)
        width, right = (FRAME_WIDTH * shares[i] / sum(shares) - 12 for i in (1, 3))
        rows = [
            (kind, fit(data.card.name, width, BOLD, 9), t("cs_support"), fit(level, right, BOLD, 9)),
            (t("cs_address"), fit(address, width, BOLD, 9), t("cs_minutes_used"), used),
            (t("cs_phone"), fit(phone, width, BOLD, 9), t("cs_email"), fit(row.get("email") or "", right, BOLD, 9)),
        ]
        if data.company and row.get("vat"):
            rows.append((t("cs_vat"), row["vat"], "", ""))
        box = figure_box(rows, shares, bold_columns=(1, 3), right_columns=())
        if status.over_included:
            box.setStyle(TableStyle([("TEXTCOLOR", (3, 1), (3, 1), LOSS)]))
        out: list[Flowable] = [self.para(t("cs_identity"), "h2"), box]
        if data.company:
            out.append(self.para(t("cs_contacts", count=t.integer(len(data.contacts))), "h2"))
            if not data.contacts:
                out.append(self.para(t("cs_no_contacts")))
            else:
                widths = cell_widths(FRAME_WIDTH, (40, 34, 52, 48))
                header = [t("cs_col_name"), t("cs_col_title"), t("cs_email"), t("cs_phone")]
                rows2 = [[fit(people.display_name(p), widths[0] - 2 * PADDING, size=SIZE),
                          fit(p.get("title") or "", widths[1] - 2 * PADDING, size=SIZE),
                          fit(p.get("email") or "", widths[2] - 2 * PADDING, size=SIZE),
                          fit(" / ".join(x for x in (p.get("phone"), p.get("mobile")) if x), widths[3] - 2 * PADDING,
                              size=SIZE)] for p in data.contacts]
                out += _sized(chunked_tables(header, rows2, widths, 4))
        return out

    # -- the value card

    def value(self, data: SheetData) -> list[Flowable]:
        t = self.t
        card = data.card
        tier = t(f"tier_{card.tier}") if card.tier else t("tier_none")
        trend = "–" if card.trend_percent is None else change(t, 100 + card.trend_percent, 100)
        rows = [
            (t("cs_tier"), tier, t("mg_revenue"), t.money(card.revenue_cents)),
            (t("cs_trend"), trend, t("mg_margin"), t.money(card.margin_cents)),
            ("", "", t("mg_cost_to_serve"), t.money(card.cost_to_serve_cents)),
            ("", "", t("mg_contribution"), t.money(card.contribution_cents)),
        ]
        box = figure_box(rows, (66, 28, 46, 34), right_columns=(3,))
        box.setStyle(TableStyle([("TEXTCOLOR", (3, 3), (3, 3), GAIN if card.contribution_cents >= 0 else LOSS)]))
        out: list[Flowable] = [self.para(t("cs_value"), "h2"), box, Spacer(1, 1.5 * mm)]
        if card.flags:
            lines = "<br/>".join(f"<b>{escape(t(f'risk_{f.kind}'))}</b>: {escape(flag_text(t, f))}"
                                 for f in card.flags)
            out.append(Paragraph(f"<font color='#b00020'><b>{escape(t('cs_risks'))}</b></font><br/>{lines}",
                                 self.style["body"]))
        else:
            out.append(self.para(f"{t('cs_risks')}: {t('cs_no_risk')}", "small"))
        return out

    # -- what to offer

    def offers(self, data: SheetData) -> list[Flowable]:
        t = self.t
        head = self.para(t("cs_recommendations"), "h2")
        if not data.suggestions:
            return [head, self.para(t("cs_no_recommendation"))]
        widths = cell_widths(FRAME_WIDTH, (52, 98, 24))
        header = [t("cs_col_offer"), t("cs_col_why"), t("cs_col_price")]
        rows = [[fit(s.name, widths[0] - 2 * PADDING, size=SIZE), fit(reason(t, s), widths[1] - 2 * PADDING,
                                                                        size=SIZE),
                 t.money(s.price_cents) if s.price_cents else ""] for s in data.suggestions]
        return [KeepTogether([head, *_sized(chunked_tables(header, rows, widths, 2))])]

    # -- open tickets and interventions

    def open_items(self, data: SheetData) -> list[Flowable]:
        t = self.t
        tickets = data.status.open_tickets
        out: list[Flowable] = [CondPageBreak(30 * mm), self.para(t("cs_open_tickets",
                                                                    count=t.integer(len(tickets))), "h2")]
        widths = cell_widths(FRAME_WIDTH, (24, 96, 30, 24))
        if tickets:
            header = [t("cs_col_number"), t("cs_col_subject"), t("cs_col_status"), t("cs_col_date")]
            rows = [[k.get("number") or "", fit(k.get("subject") or "", widths[1] - 2 * PADDING, size=SIZE),
                     fit(t.choice(TICKET_STATUSES, k.get("status")), widths[2] - 2 * PADDING, size=SIZE),
                     self._day(k.get("opened_at"))] for k in tickets]
            out += _sized(chunked_tables(header, rows, widths, 4))
        else:
            out.append(self.para(t("cs_no_open_tickets")))
        jobs = data.open_jobs
        out.append(self.para(t("cs_interventions", count=t.integer(len(jobs))), "h2"))
        if jobs:
            header = [t("cs_col_number"), t("cs_col_subject"), t("cs_col_status"), t("cs_col_date")]
            rows = [[j.get("number") or "", fit(j.get("subject") or "", widths[1] - 2 * PADDING, size=SIZE),
                     fit(t.choice(JOB_STATUSES, j.get("status")), widths[2] - 2 * PADDING, size=SIZE),
                     self._day(j.get("planned_start")) or (t.day(date.fromisoformat(j["due_on"]))
                                                           if j.get("due_on") else "")] for j in jobs]
            out += _sized(chunked_tables(header, rows, widths, 4))
        else:
            out.append(self.para(t("cs_no_interventions")))
        return out

    def _day(self, value: str | None) -> str:
        if not value:
            return ""
        return self.t.day(self.t.local(value).date())

    # -- the last 12 months

    def history(self, data: SheetData) -> list[Flowable]:
        t = self.t
        entries = data.history[:HISTORY_MAX]
        out: list[Flowable] = [CondPageBreak(30 * mm),
                               self.para(t("cs_history", count=t.integer(len(entries))), "h2")]
        if not entries:
            return [*out, self.para(t("cs_no_history"))]
        labels = timeline.DEFAULT_REGISTRY.kinds()
        widths = cell_widths(FRAME_WIDTH, (22, 30, 122))
        header = [t("cs_col_date"), t("cs_col_kind"), t("cs_col_subject")]
        rows = []
        for entry in entries:
            text = entry.title or ""
            summary = entry.summary if isinstance(entry.summary, str) else ""
            if entry.source == "intervention":
                summary = timeline.intervention_summary(summary)[2]
            elif entry.source == "sale" and entry.id in data.sale_revenue:
                summary = t.money(data.sale_revenue[entry.id])
            if summary and summary != text:
                text = f"{text} – {summary}" if text else summary
            rows.append([self._day(entry.at), fit(t.label(labels.get(entry.kind, entry.kind)),
                                                  widths[1] - 2 * PADDING, size=SIZE),
                         fit(text, widths[2] - 2 * PADDING, size=SIZE)])
        out += _sized(chunked_tables(header, rows, widths, 3))
        if len(data.history) > HISTORY_MAX:
            out.append(self.para(t("cs_history_more", count=HISTORY_MAX), "small"))
        return out


def reason(t: Texts, suggestion: Suggestion) -> str:
    """Why a suggestion is made, in the reader's language (the core's reasons are English for Qt)."""
    values = suggestion.reason_values()
    if suggestion.kind == SUPPORT_LEVEL:
        return t("cs_level", used=t.duration(values["used"]), included=t.duration(values["included"]),
                 level=values["level"])
    if suggestion.kind == UP_SELL:
        return t("cs_up_sell", product=values["product"])
    if suggestion.kind == CROSS_SELL:
        return t("cs_cross_sell", product=values["product"])
    return suggestion.reason.format(**values)


def _sized(tables: Sequence[Flowable]) -> list[Flowable]:
    for table in tables:
        if isinstance(table, Table):
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, SIZE), ("FONT", (0, 0), (-1, 0), BOLD, SIZE),
                                       ("ALIGN", (0, 0), (-1, -1), "LEFT")]))
    return list(tables)


def shop_today(ctx: Context, clock: Clock) -> date:
    """Today in the shop's time zone."""
    zone = Texts("en", timezone=load_support(ctx.db).timezone).zone
    now: datetime = clock.now()
    return now.astimezone(zone).date()


def build_customer_sheet(ctx: Context, out: Path, key: str, lang: str, clock: Clock) -> Path:
    """Write customer ``key``'s sheet ("c:<company>" / "p:<person>") to ``out``; returns ``out``.

    An unknown customer raises NotFound before anything is written.
    """
    t = Texts(lang, load_business(ctx.db).currency, load_support(ctx.db).timezone)
    data = gather(ctx, key, shop_today(ctx, clock))
    story = _Builder(t).story(data)
    return build_pdf(Path(out), business_letterhead(ctx.db, t("cs_title"), t.language, clock), story)
