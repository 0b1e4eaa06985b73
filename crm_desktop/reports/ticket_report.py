"""The ticket report: one ticket's file, to hand to the customer.

What the customer may see: who asked what and when, the service level and whether
it was kept, the messages exchanged and the status changes, what solved the
problem, the time spent, the parts and travel with what is billed and what the
contract covered. Never internal notes (events of kind "note"), never the business's
own costs (cost rates, purchase prices): only what the customer is charged.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import sqlite_utils
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from crm_desktop.core.clock import Clock
from crm_desktop.core.settings import load_business
from crm_desktop.core.sla_clock import ClockState
from crm_desktop.core.support_choices import BILLING, CATEGORIES, CHANNELS, COST_KINDS, PRIORITIES, STATUSES
from crm_desktop.core.support_report import TicketReport, ticket_report_data
from crm_desktop.core.support_settings import load_support
from crm_desktop.core.validation import display_phone
from crm_desktop.reports.support_costs import (
    BOLD,
    FONT,
    FRAME_WIDTH,
    PADDING,
    RULE,
    cell_widths,
    fit,
    letterhead,
    table_style,
)
from crm_desktop.reports.template import build_pdf, styles
from crm_desktop.reports.texts import Texts

#: Events the customer sees (internal notes, time and cost bookkeeping, reassignments are not).
SHOWN_EVENTS = ("message", "status")
LABEL_BG = colors.HexColor("#f1f3f6")


def paragraphs(text: str | None, style: object) -> list[Flowable]:
    """Free text as paragraphs: escaped, line breaks kept."""
    if not text:
        return []
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return [Paragraph(escape(block).replace("\n", "<br/>"), style) for block in blocks]


def facts_table(pairs: list[tuple[str, str]], width: float, cell: ParagraphStyle) -> Table:
    """Label and value lines in a box; each half of the facts has its own row heights."""
    rows = [[Paragraph(escape(label), cell), Paragraph(value, cell)] for label, value in pairs]
    return Table(rows, colWidths=[width * 0.37, width * 0.63], style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))


def facts_halves(left: list[tuple[str, str]], right: list[tuple[str, str]], width: float,
                 cell: ParagraphStyle) -> Table:
    """Two boxes of facts side by side, ``width`` wide in all."""
    gap = 4 * mm
    half = (width - gap) / 2
    sides = [facts_table(side, half, cell) for side in (left, right)]
    return Table([[sides[0], "", sides[1]]], colWidths=[half, gap, half], style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))


def totals_box(rows: list[list[str]]) -> list[Flowable]:
    """The totals under the charges, right aligned, the last line (what is billed) in bold."""
    table = Table(rows, colWidths=[60 * mm, 35 * mm], hAlign="RIGHT", style=TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, -1), (-1, -1), BOLD, 10),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [Spacer(1, 3 * mm), KeepTogether([table])]


class _Builder:
    def __init__(self, data: TicketReport, t: Texts, phone_region: str = "BE") -> None:
        self.data = data
        self.t = t
        self.phone_region = phone_region
        self.style = styles()
        self.cell = self.style["body"].clone("crmCell", fontSize=8.5, leading=10.5)

    def heading(self, text: str) -> Paragraph:
        return Paragraph(escape(text), self.style["h2"])

    def story(self) -> list[Flowable]:
        t, ticket = self.t, self.data.ticket
        story: list[Flowable] = [
            Paragraph(escape(t("ticket_title", number=ticket["number"])), self.style["title"]),
            Paragraph(f"<b>{escape(ticket.get('subject') or '')}</b>", self.style["body"]),
            Spacer(1, 3 * mm),
            self.facts(),
        ]
        if ticket.get("description"):
            story += [self.heading(t("description")), *paragraphs(ticket["description"], self.style["body"])]
        story += self.history()
        story += self.solution()
        if self.data.time_entries or self.data.costs:
            story += self.time()
            story += self.costs()
            story += self.totals()
        else:
            story += [self.heading(t("time_title")), Paragraph(escape(t("nothing_spent")), self.style["body"])]
        return story

    # -- the facts

    def _sla(self, state: ClockState | None, at: str | None) -> str:
        t = self.t
        if state is None or state.target_minutes is None:
            return t("sla_none")
        if state.met is True:
            return t("sla_done_at", state=t("sla_met"), at=t.moment(at or state.stopped_at))
        if state.met is False:
            if state.stopped_at is not None:
                return t("sla_done_at", state=t("sla_missed"), at=t.moment(at or state.stopped_at))
            return t("sla_missed")
        if state.paused:
            return t("sla_paused")
        return t("sla_due", state=t("sla_running"), due=t.moment(state.due)) if state.due else t("sla_running")

    def facts(self) -> Table:
        t, data, ticket = self.t, self.data, self.data.ticket
        customer_lines = [data.customer]
        address = data.company or data.contact or {}
        street = address.get("street")
        town = " ".join(p for p in (address.get("postcode"), address.get("city")) if p)
        customer_lines += [p for p in (street, town) if p]
        contact_lines = []
        if data.contact:
            phone = display_phone(data.contact.get("phone"), self.phone_region)
            contact_lines = [p for p in (data.contact.get("name"), data.contact.get("email"), phone) if p]
        level = data.level.name if data.level else t("no_contract")
        left = [
            (t("customer"), "<br/>".join(escape(x) for x in customer_lines)),
            (t("contact"), "<br/>".join(escape(x) for x in contact_lines) or "–"),
        ]
        if data.assignee:
            left.append((t("assignee"), escape(data.assignee)))
        left += [
            (t("level"), escape(level)),
            (t("sla_first_response"), escape(self._sla(data.sla.response, data.sla.responded_at))),
            (t("sla_resolution_clock"), escape(self._sla(data.sla.resolution, ticket.get("resolved_at")))),
        ]
        right = [
            (t("status"), escape(t.choice(STATUSES, ticket.get("status")))),
            (t("priority"), escape(t.choice(PRIORITIES, ticket.get("priority")))),
            (t("channel"), escape(t.choice(CHANNELS, ticket.get("channel")))),
            (t("category"), escape(t.choice(CATEGORIES, ticket.get("category")) or "–")),
            (t("product"), escape(ticket.get("product") or "–")),
            (t("opened"), escape(t.moment(ticket.get("opened_at")))),
        ]
        if ticket.get("resolved_at"):
            right.append((t("resolved"), escape(t.moment(ticket["resolved_at"]))))
        if ticket.get("closed_at"):
            right.append((t("closed"), escape(t.moment(ticket["closed_at"]))))
        return facts_halves(left, right, FRAME_WIDTH, self.cell)

    # -- the story of the ticket

    def history(self) -> list[Flowable]:
        t = self.t
        out: list[Flowable] = [CondPageBreak(25 * mm), self.heading(t("history"))]
        shown = [e for e in self.data.events if e["kind"] in SHOWN_EVENTS]
        if not shown:
            return [*out, Paragraph(escape(t("no_history")), self.style["body"])]
        for event in shown:
            when = t.moment(event["at"])
            if event["kind"] == "message":
                if event.get("direction") == "in":
                    who = t("from_customer")
                elif event.get("user_name"):
                    who = t("from_support", name=event["user_name"])
                else:
                    who = t("from_support_unnamed")
                head = Paragraph(f"<b>{escape(when)}</b> · {escape(who)}", self.style["small"])
                out.append(KeepTogether([head, *paragraphs(event.get("body"), self.cell), Spacer(1, 2 * mm)]))
            else:
                new = t.choice(STATUSES, event.get("new_value"))
                text = (t("status_change", old=t.choice(STATUSES, event["old_value"]), new=new)
                        if event.get("old_value") else t("status_set", new=new))
                out.append(Paragraph(f"<b>{escape(when)}</b> · <i>{escape(text)}</i>", self.style["small"]))
                out.append(Spacer(1, 2 * mm))
        return out

    def solution(self) -> list[Flowable]:
        t, data = self.t, self.data
        out: list[Flowable] = []
        if data.solutions:
            out += [CondPageBreak(20 * mm), self.heading(t("solutions"))]
            for item in data.solutions:
                out.append(Paragraph(f"<b>{escape(item.get('title') or '')}</b>", self.cell))
                out += paragraphs(item.get("solution"), self.cell)
                out.append(Spacer(1, 1.5 * mm))
        if data.ticket.get("resolution"):
            out += [CondPageBreak(20 * mm), self.heading(t("resolution")),
                    *paragraphs(data.ticket["resolution"], self.style["body"])]
        return out

    # -- what was spent

    def _table(self, header: Sequence[str], rows: list[list[str]], shares: Sequence[float],
               numeric: Sequence[int]) -> Table:
        widths = cell_widths(FRAME_WIDTH, shares)
        fitted = [[fit(value, widths[i] - 2 * PADDING) if i not in numeric else value
                   for i, value in enumerate(row)] for row in rows]
        table = Table([list(header), *fitted], colWidths=widths, repeatRows=1,
                      style=table_style(len(rows) + 1, len(header)))
        table.setStyle(TableStyle([("ALIGN", (i, 0), (i, -1), "RIGHT") for i in numeric]))
        return table

    def time(self) -> list[Flowable]:
        t = self.t
        out: list[Flowable] = [CondPageBreak(25 * mm), self.heading(t("time_title"))]
        entries = self.data.time_entries
        if not entries:
            return []
        header = [t("col_date"), t("col_by"), t("col_description"), t("col_duration"), t("col_billing"),
                  t("col_amount")]
        rows = [[t.moment(e["started_at"]), e.get("user_name") or "", e.get("note") or "",
                 t.duration(e["minutes"]), t.choice(BILLING, e["billing"]), t.money(e["price_cents"])]
                for e in entries]
        return [*out, self._table(header, rows, (26, 22, 58, 14, 34, 20), (3, 5))]

    def costs(self) -> list[Flowable]:
        t = self.t
        out: list[Flowable] = [CondPageBreak(25 * mm), self.heading(t("costs_title"))]
        costs = self.data.costs
        if not costs:
            return []
        header = [t("col_date"), t("col_kind"), t("col_description"), t("col_quantity"), t("col_billing"),
                  t("col_amount")]
        rows = []
        for cost in costs:
            if cost["kind"] == "travel":
                detail = t("travel_detail", km=t.decimal(cost.get("km") or 0),
                           time=t.duration(cost.get("travel_minutes") or 0))
                description = " – ".join(p for p in (cost.get("description"), detail) if p)
                quantity = ""
            else:
                description = cost.get("description") or ""
                quantity = t.decimal(cost.get("quantity") or 0, 2)
            rows.append([t.moment(cost["occurred_at"]), t.choice(COST_KINDS, cost["kind"]), description, quantity,
                         t.choice(BILLING, cost["billing"]), t.money(cost["price_cents"])])
        return [*out, self._table(header, rows, (26, 25, 55, 12, 34, 20), (3, 5))]

    def totals(self) -> list[Flowable]:
        t, data = self.t, self.data
        free = sum(e["price_cents"] for e in data.time_entries if e["billing"] == "free")
        free += sum(c["price_cents"] for c in data.costs if c["billing"] == "free")
        rows = [[t("total_time"), t.duration(data.totals.minutes)]]
        if data.level is not None or data.totals.covered_cents:
            rows.append([t("total_covered"), t.money(data.totals.covered_cents)])
        if free:
            rows.append([t("total_free"), t.money(free)])
        rows.append([t("total_billable"), t.money(data.totals.billable_cents)])
        return totals_box(rows)


def build_ticket_report(db: sqlite_utils.Database, out: Path, ticket_id: str, lang: str, clock: Clock) -> Path:
    """Write the report of one ticket to ``out`` (SLA clocks as of ``clock``); returns ``out``."""
    data = ticket_report_data(db, ticket_id, clock.now())
    business = load_business(db)
    t = Texts(lang, business.currency, load_support(db).timezone)
    title = t("ticket_title", number=data.ticket["number"])
    story = _Builder(data, t, business.phone_region).story()
    return build_pdf(Path(out), letterhead(db, title, t.language, clock), story)
