"""What a campaign achieved and what it cost: reach, replies, sales it brought and their margin, ROI.

A sale is attributed to a campaign when it carries the campaign's id (set when a campaign's lead or
deal turns into a sale, or by hand); each sale counts once, and a customer (company, else person)
buying twice is one conversion. Amounts come from core.sales line totals, so they match to the cent
what the sales screens show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import sqlite_utils

from crm_desktop.core import campaigns, sales


@dataclass(frozen=True)
class ChannelResults:
    channel: str
    targeted: int
    excluded: int
    pending: int
    sent: int
    failed: int
    responded: int


@dataclass(frozen=True)
class CampaignResults:
    campaign_id: str
    name: str
    status: str
    starts_on: str | None
    targeted: int
    excluded: int
    sent: int
    failed: int
    responded: int
    converted: int
    sales: int
    revenue_cents: int
    margin_cents: int
    cost_cents: int
    cost_per_response_cents: int | None
    roi: float | None
    by_channel: list[ChannelResults] = field(default_factory=list)

    @property
    def response_rate(self) -> float | None:
        """Replies over members reached (targeted minus those left out on every channel)."""
        reached = self.targeted - self.excluded
        return self.responded / reached if reached > 0 else None


def _one(db: sqlite_utils.Database, sql: str, params: list[object]) -> int:
    return int(db.execute(sql, params).fetchone()[0] or 0)


def results(db: sqlite_utils.Database, campaign_id: str) -> CampaignResults:
    """The figures of one campaign, computed now from its members, sends, replies, sales and costs."""
    campaign = campaigns.get(db, campaign_id)
    targeted = _one(db, "SELECT count(*) FROM campaign_members WHERE campaign_id = ? AND deleted_at IS NULL",
                    [campaign_id])
    # Members whose every send was left out; one pass over the campaign's sends (grouped by person), not a
    # lookup per member: a campaign of thousands stays a few milliseconds.
    excluded = _one(db, (
        "SELECT count(*) FROM (SELECT s.person_id FROM campaign_sends s WHERE s.campaign_id = ?"
        " AND s.deleted_at IS NULL GROUP BY s.person_id HAVING sum(s.status <> 'excluded') = 0) x"
        " WHERE x.person_id IN (SELECT person_id FROM campaign_members WHERE campaign_id = ? AND deleted_at IS NULL)"),
        [campaign_id, campaign_id])
    responded = _one(db, "SELECT count(*) FROM campaign_members WHERE campaign_id = ? AND deleted_at IS NULL"
                         " AND responded_at IS NOT NULL", [campaign_id])
    per_status: dict[str, dict[str, int]] = {}
    for channel, status, n in db.execute(
            "SELECT channel, status, count(*) FROM campaign_sends WHERE campaign_id = ? AND deleted_at IS NULL"
            " GROUP BY channel, status", [campaign_id]).fetchall():
        per_status.setdefault(channel, {})[status] = n
    replies = dict(db.execute(
        "SELECT response_channel, count(*) FROM campaign_members WHERE campaign_id = ? AND deleted_at IS NULL"
        " AND responded_at IS NOT NULL GROUP BY response_channel", [campaign_id]).fetchall())
    channels = list(campaign["channels"]) + sorted((set(per_status) | {c for c in replies if c})
                                                   - set(campaign["channels"]))
    by_channel = [ChannelResults(
        channel=c, targeted=sum(per_status.get(c, {}).values()), excluded=per_status.get(c, {}).get("excluded", 0),
        pending=per_status.get(c, {}).get("pending", 0), sent=per_status.get(c, {}).get("sent", 0),
        failed=per_status.get(c, {}).get("failed", 0) + per_status.get(c, {}).get("bounced", 0),
        responded=int(replies.get(c, 0))) for c in channels]
    sold = db.execute_returning_dicts(
        "SELECT id, coalesce('c:' || company_id, 'p:' || person_id) AS customer FROM sales"
        " WHERE campaign_id = ? AND deleted_at IS NULL", [campaign_id])
    lines = db.execute_returning_dicts(
        "SELECT l.quantity, l.unit_price_cents, l.unit_cost_cents, l.discount_percent FROM sale_lines l"
        " JOIN sales s ON s.id = l.sale_id WHERE s.campaign_id = ? AND s.deleted_at IS NULL AND l.deleted_at IS NULL",
        [campaign_id])
    totals = sales.sum_lines(lines)
    cost = campaigns.total_cost(db, campaign_id)
    per_response = (int((Decimal(cost) / responded).quantize(Decimal(1), ROUND_HALF_UP))
                    if responded else None)
    return CampaignResults(
        campaign_id=campaign_id, name=campaign["name"], status=campaign["status"], starts_on=campaign["starts_on"],
        targeted=targeted, excluded=excluded,
        sent=sum(r.sent for r in by_channel), failed=sum(r.failed for r in by_channel), responded=responded,
        converted=len({s["customer"] for s in sold if s["customer"]}), sales=len(sold),
        revenue_cents=totals.revenue_cents, margin_cents=totals.margin_cents, cost_cents=cost,
        cost_per_response_cents=per_response,
        roi=(totals.margin_cents - cost) / cost if cost > 0 else None, by_channel=by_channel)


def compare(db: sqlite_utils.Database, start: str | None = None, end: str | None = None) -> list[CampaignResults]:
    """The results of every campaign running between the days ``start`` and ``end``, newest first."""
    return [results(db, row["id"]) for row in campaigns.all_campaigns(db, start, end)]
