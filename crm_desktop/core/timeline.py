"""The unified timeline: everything that happened with a person or a company.

It is ONE query: a UNION ALL of sources, each a SELECT giving the same columns.
A later capability (tickets, interventions, sales, campaign replies) plugs in by
registering a TimelineSource; views show whatever kinds come back, so they need
no change. Each source must be able to use an index on (person_id, time) and
(company_id, time) so that a person with thousands of entries opens at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from crm_desktop.core.choices import HISTORY_KINDS
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.support_choices import EVENT_KINDS

#: Columns every source returns, in this order.
COLUMNS = ("source", "id", "kind", "at", "direction", "duration_s", "user_id", "title",
           "summary", "person_id", "company_id")


@dataclass(frozen=True)
class TimelineSource:
    """One kind of timeline entry.

    ``select`` is a SELECT returning COLUMNS from table alias ``t`` without a WHERE
    clause; ``person_column``/``company_column``/``time_column`` name the columns on
    ``t`` that the timeline filters and orders on; ``kinds`` maps each kind this
    source returns to its translatable label.
    """

    name: str
    select: str
    kinds: dict[str, str]
    person_column: str = "t.person_id"
    company_column: str = "t.company_id"
    time_column: str = "t.occurred_at"
    extra_where: str = "t.deleted_at IS NULL"
    kind_column: str = "t.kind"


HISTORY_SOURCE = TimelineSource(
    name="history",
    select=(
        "SELECT 'history' AS source, t.id, t.kind, t.occurred_at AS at, t.direction, t.duration_s,"
        " t.user_id, t.subject AS title, substr(t.body, 1, 300) AS summary, t.person_id,"
        " t.company_id FROM history t"
    ),
    kinds=HISTORY_KINDS,
)


TICKET_SOURCE = TimelineSource(
    name="ticket",
    select=(
        "SELECT 'ticket' AS source, t.id, 'ticket' AS kind, t.opened_at AS at, NULL AS direction,"
        " NULL AS duration_s, t.created_by AS user_id, t.number || ' ' || t.subject AS title,"
        " substr(t.description, 1, 300) AS summary, t.person_id, t.company_id FROM tickets t"
    ),
    kinds={"ticket": QT_TRANSLATE_NOOP("core", "Ticket opened")},
    time_column="t.opened_at",
    kind_column="'ticket'",
)

#: Messages, status changes, reassignments... of tickets, on the ticket's customer.
TICKET_EVENT_SOURCE = TimelineSource(
    name="ticket_event",
    select=(
        "SELECT 'ticket_event' AS source, t.id, 'ticket_' || t.kind AS kind, t.at, t.direction,"
        " NULL AS duration_s, t.user_id, k.number || ' ' || k.subject AS title,"
        " substr(coalesce(t.body, t.new_value), 1, 300) AS summary, k.person_id, k.company_id"
        " FROM ticket_events t JOIN tickets k ON k.id = t.ticket_id"
    ),
    kinds={f"ticket_{kind}": label for kind, label in EVENT_KINDS.items()},
    person_column="k.person_id",
    company_column="k.company_id",
    time_column="t.at",
    extra_where="t.deleted_at IS NULL AND k.deleted_at IS NULL",
    kind_column="'ticket_' || t.kind",
)


#: Separates the parts of an intervention entry's summary: status key, kind key, then text.
SUMMARY_SEPARATOR = "\x1f"

_INTERVENTION_SELECT = (
    "SELECT 'intervention' AS source, t.id, 'intervention' AS kind, {at} AS at, NULL AS direction,"
    # Time on site once reported, else the planned length.
    " CASE WHEN t.arrived_at IS NOT NULL AND t.departed_at > t.arrived_at"
    " THEN CAST(round((julianday(t.departed_at) - julianday(t.arrived_at)) * 86400) AS INTEGER)"
    " ELSE t.duration_minutes * 60 END AS duration_s,"
    # Who does the job (one of the team), else who asked for it.
    " coalesce((SELECT min(a.technician_id) FROM intervention_technicians a WHERE a.intervention_id = t.id"
    " AND a.deleted_at IS NULL), t.created_by) AS user_id,"
    " t.number || ' ' || t.subject AS title,"
    " t.status || char(31) || t.kind || char(31) || substr(coalesce(nullif(t.work_done, ''), t.instructions, ''),"
    " 1, 300) AS summary, t.person_id, t.company_id FROM interventions t"
)
_INTERVENTION_KINDS = {"intervention": QT_TRANSLATE_NOOP("core", "Intervention")}

#: Interventions with a date, at their planned start (a done job stays where it was planned).
#: Ordered on planned_start, which interventions_by_person / interventions_by_company index
#: after the customer: the branch reads the newest entries straight from the index.
INTERVENTION_SOURCE = TimelineSource(
    name="intervention",
    select=_INTERVENTION_SELECT.format(at="t.planned_start"),
    kinds=_INTERVENTION_KINDS,
    time_column="t.planned_start",
    extra_where="t.deleted_at IS NULL AND t.planned_start IS NOT NULL",
    kind_column="'intervention'",
)

#: Jobs still to plan (no date yet), at the time they were asked for. A branch of their own
#: so that every branch orders on the time it shows: one ordered on planned_start would put
#: them after everything and cut them off a long timeline. The same indexes find them
#: (customer, planned_start IS NULL); the few a customer has are sorted by created_at.
INTERVENTION_TO_PLAN_SOURCE = TimelineSource(
    name="intervention_to_plan",
    select=_INTERVENTION_SELECT.format(at="t.created_at"),
    kinds=_INTERVENTION_KINDS,
    time_column="t.created_at",
    extra_where="t.deleted_at IS NULL AND t.planned_start IS NULL",
    kind_column="'intervention'",
)


#: Done follow-up tasks, at the time they were done (open ones are plans, not history).
#: Ordered on done_at so that the branch's own LIMIT keeps the newest done tasks; the
#: tasks_by_person/company indexes (on due_at) find the customer's tasks, which are few.
TASK_SOURCE = TimelineSource(
    name="task",
    select=(
        "SELECT 'task' AS source, t.id, 'task_done' AS kind, t.done_at AS at, NULL AS direction,"
        " NULL AS duration_s, coalesce(t.assignee_id, t.updated_by) AS user_id, t.title,"
        " substr(t.notes, 1, 300) AS summary, t.person_id, t.company_id FROM tasks t"
    ),
    kinds={"task_done": QT_TRANSLATE_NOOP("core", "Task done")},
    time_column="t.done_at",
    extra_where="t.deleted_at IS NULL AND t.done_at IS NOT NULL",
    kind_column="'task_done'",
)


#: Sales on the day they were made (noon UTC: the same calendar day wherever the shop is in Europe);
#: the summary is the number of lines, the view adds the amounts (core sales.totals).
SALE_SOURCE = TimelineSource(
    name="sale",
    select=(
        "SELECT 'sale' AS source, t.id, 'sale' AS kind, t.sold_on || 'T12:00:00.000Z' AS at, NULL AS direction,"
        " NULL AS duration_s, coalesce(t.seller_id, t.created_by) AS user_id, t.number AS title,"
        " (SELECT count(*) FROM sale_lines l WHERE l.sale_id = t.id AND l.deleted_at IS NULL) AS summary,"
        " t.person_id, t.company_id FROM sales t"
    ),
    kinds={"sale": QT_TRANSLATE_NOOP("core", "Sale")},
    time_column="t.sold_on",
    kind_column="'sale'",
)


#: Campaign messages sent to a person, one kind per channel, at the time they went out; the summary is the
#: address used (e-mail, number, postal address). Replies are history entries of their own.
CAMPAIGN_SOURCE = TimelineSource(
    name="campaign",
    select=(
        "SELECT 'campaign' AS source, t.id, 'campaign_' || t.channel AS kind, t.sent_at AS at, 'out' AS direction,"
        " NULL AS duration_s, t.updated_by AS user_id, k.name AS title, replace(t.address, char(10), ', ') AS summary,"
        " t.person_id, m.company_id FROM campaign_sends t JOIN campaigns k ON k.id = t.campaign_id"
        " JOIN campaign_members m ON m.id = t.campaign_id || ':' || t.person_id"
    ),
    kinds={
        "campaign_email": QT_TRANSLATE_NOOP("core", "Campaign e-mail"),
        "campaign_letter": QT_TRANSLATE_NOOP("core", "Campaign letter"),
        "campaign_phone": QT_TRANSLATE_NOOP("core", "Campaign call"),
        "campaign_sms": QT_TRANSLATE_NOOP("core", "Campaign SMS"),
    },
    company_column="m.company_id",
    time_column="t.sent_at",
    extra_where="t.deleted_at IS NULL AND t.status = 'sent' AND k.deleted_at IS NULL",
    kind_column="'campaign_' || t.channel",
)


#: Leads, when they arrived; the title is what the lead wants (product, else the interest typed), the
#: summary the lead's notes (shown as they are, like a history entry's text).
LEAD_SOURCE = TimelineSource(
    name="lead",
    select=(
        "SELECT 'lead' AS source, t.id, 'lead' AS kind, t.arrived_at AS at, 'in' AS direction,"
        " NULL AS duration_s, t.owner_id AS user_id,"
        " coalesce((SELECT p.name FROM products p WHERE p.id = t.interest_product_id), t.interest) AS title,"
        " substr(t.notes, 1, 300) AS summary, t.person_id, t.company_id FROM leads t"
    ),
    kinds={"lead": QT_TRANSLATE_NOOP("core", "Lead")},
    time_column="t.arrived_at",
    kind_column="'lead'",
)


def intervention_summary(summary: str | None) -> tuple[str, str, str]:
    """(status key, kind key, text) of an intervention entry's summary."""
    status, kind, text = ((summary or "").split(SUMMARY_SEPARATOR, 2) + ["", "", ""])[:3]
    return status, kind, text


@dataclass
class TimelineRegistry:
    """The sources that make up the timeline; later issues register theirs."""

    sources: list[TimelineSource] = field(
        default_factory=lambda: [HISTORY_SOURCE, TICKET_SOURCE, TICKET_EVENT_SOURCE, INTERVENTION_SOURCE,
                                 INTERVENTION_TO_PLAN_SOURCE, TASK_SOURCE, SALE_SOURCE,
                                 CAMPAIGN_SOURCE, LEAD_SOURCE])

    def register(self, source: TimelineSource) -> None:
        self.sources = [s for s in self.sources if s.name != source.name] + [source]

    def kinds(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for source in self.sources:
            out.update(source.kinds)
        return out


DEFAULT_REGISTRY = TimelineRegistry()

ALL_KINDS_LABEL = QT_TRANSLATE_NOOP("core", "All kinds")


@dataclass(frozen=True)
class TimelineEntry:
    source: str
    id: str
    kind: str
    at: str
    direction: str | None
    duration_s: int | None
    user_id: str | None
    title: str | None
    summary: str | None
    person_id: str | None
    company_id: str | None


def query(
    db: sqlite_utils.Database,
    *,
    person_id: str | None = None,
    company_id: str | None = None,
    kinds: list[str] | None = None,
    limit: int = 200,
    offset: int = 0,
    registry: TimelineRegistry = DEFAULT_REGISTRY,
) -> list[TimelineEntry]:
    """Newest first. Give a person or a company (a company's includes its people's)."""
    if (person_id is None) == (company_id is None):
        raise ValueError("give exactly one of person_id or company_id")
    column = "person_column" if person_id else "company_column"
    key = person_id or company_id
    parts: list[str] = []
    params: list[Any] = []
    for source in registry.sources:
        wanted = [k for k in source.kinds if kinds is None or k in kinds]
        if not wanted:
            continue
        where = f"{getattr(source, column)} = ?"
        params.append(key)
        if source.extra_where:
            where += f" AND {source.extra_where}"
        if kinds is not None:
            where += f" AND {source.kind_column} IN ({','.join('?' * len(wanted))})"
            params.extend(wanted)
        # Each branch is ordered and limited on its own index before the merge.
        parts.append(
            f"SELECT * FROM ({source.select} WHERE {where} "
            f"ORDER BY {source.time_column} DESC LIMIT ?)"
        )
        params.append(limit + offset)
    if not parts:
        return []
    sql = " UNION ALL ".join(parts) + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"
    params.extend([limit, offset])
    return [TimelineEntry(*row) for row in db.execute(sql, params).fetchall()]


def count(
    db: sqlite_utils.Database,
    *,
    person_id: str | None = None,
    company_id: str | None = None,
    registry: TimelineRegistry = DEFAULT_REGISTRY,
) -> dict[str, int]:
    """Entries per kind, for the filter's counts."""
    column = "person_column" if person_id else "company_column"
    key = person_id or company_id
    out: dict[str, int] = {}
    for source in registry.sources:
        where = f"{getattr(source, column)} = ?"
        if source.extra_where:
            where += f" AND {source.extra_where}"
        sql = f"SELECT kind, count(*) FROM ({source.select} WHERE {where}) GROUP BY kind"
        for kind, n in db.execute(sql, [key]).fetchall():
            out[kind] = out.get(kind, 0) + n
    return out


def most_active_person(db: sqlite_utils.Database) -> str | None:
    """The live person with the most history (for screenshots and demos of the timeline)."""
    row = db.execute(
        "SELECT h.person_id FROM history h JOIN people p ON p.id = h.person_id "
        "WHERE h.person_id IS NOT NULL AND h.deleted_at IS NULL AND p.deleted_at IS NULL "
        "GROUP BY h.person_id ORDER BY count(*) DESC, h.person_id LIMIT 1"
    ).fetchone()
    return row[0] if row else None
