"""The trash: deleted records stay until restored (or purged by a later issue)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crm_desktop.core import (
    campaigns,
    companies,
    history,
    interventions,
    knowledge,
    leads,
    opportunities,
    people,
    records,
    sales,
    segments,
    tasks,
    tickets,
)
from crm_desktop.core.context import Context


@dataclass(frozen=True)
class TrashItem:
    kind: str  # person, company, history, ticket, intervention, sale, task, campaign, segment, opportunity, kb_article
    id: str
    label: str
    deleted_at: str
    deleted_by: str | None


_SQL = {
    "person": "SELECT id, trim(coalesce(first_name,'') || ' ' || last_name), deleted_at, "
    "(SELECT name FROM users WHERE users.id = people.deleted_by) FROM people "
    "WHERE deleted_at IS NOT NULL",
    "company": "SELECT id, name, deleted_at, (SELECT name FROM users WHERE users.id = companies.deleted_by) "
    "FROM companies WHERE deleted_at IS NOT NULL",
    "history": "SELECT id, coalesce(subject, substr(body, 1, 60)), deleted_at, "
    "(SELECT name FROM users WHERE users.id = history.deleted_by) FROM history "
    "WHERE deleted_at IS NOT NULL",
    "ticket": "SELECT id, number || ' ' || subject, deleted_at, "
    "(SELECT name FROM users WHERE users.id = tickets.deleted_by) FROM tickets WHERE deleted_at IS NOT NULL",
    "intervention": "SELECT id, number || ' ' || subject, deleted_at, "
    "(SELECT name FROM users WHERE users.id = interventions.deleted_by) FROM interventions "
    "WHERE deleted_at IS NOT NULL",
    "sale": "SELECT id, number, deleted_at, (SELECT name FROM users WHERE users.id = sales.deleted_by) FROM sales "
    "WHERE deleted_at IS NOT NULL",
    "task": "SELECT id, title, deleted_at, (SELECT name FROM users WHERE users.id = tasks.deleted_by) FROM tasks "
    "WHERE deleted_at IS NOT NULL",
    "campaign": "SELECT id, name, deleted_at, (SELECT name FROM users WHERE users.id = campaigns.deleted_by) "
    "FROM campaigns WHERE deleted_at IS NOT NULL",
    "lead": "SELECT l.id, coalesce(trim(coalesce(p.first_name, '') || ' ' || p.last_name), c.name, l.interest), "
    "l.deleted_at, (SELECT name FROM users WHERE users.id = l.deleted_by) FROM leads l "
    "LEFT JOIN people p ON p.id = l.person_id LEFT JOIN companies c ON c.id = l.company_id "
    "WHERE l.deleted_at IS NOT NULL",
    "segment": "SELECT id, name, deleted_at, (SELECT name FROM users WHERE users.id = segments.deleted_by) "
    "FROM segments WHERE deleted_at IS NOT NULL",
    "opportunity": "SELECT id, number || ' ' || title, deleted_at, "
    "(SELECT name FROM users WHERE users.id = opportunities.deleted_by) FROM opportunities "
    "WHERE deleted_at IS NOT NULL",
    "kb_article": "SELECT id, title, deleted_at, "
    "(SELECT name FROM users WHERE users.id = kb_articles.deleted_by) FROM kb_articles "
    "WHERE deleted_at IS NOT NULL",
}

_RESTORE: dict[str, Callable[[Context, str], None]] = {
    "person": people.restore,
    "company": companies.restore,
    "history": history.restore,
    "ticket": tickets.restore,
    "intervention": interventions.restore,
    "sale": sales.restore,
    "task": tasks.restore,
    "campaign": campaigns.restore,
    "lead": leads.restore,
    "segment": segments.restore,
    "opportunity": opportunities.restore,
    "kb_article": lambda ctx, article_id: records.untrash(ctx, knowledge.TABLE, article_id),
}


def items(ctx: Context, limit: int = 1000) -> list[TrashItem]:
    """Newest deletions first, all kinds together."""
    sql = " UNION ALL ".join(f"SELECT '{kind}', * FROM ({q})" for kind, q in _SQL.items())
    rows = ctx.db.execute(f"{sql} ORDER BY 4 DESC LIMIT ?", [limit]).fetchall()
    return [TrashItem(*r) for r in rows]


def restore(ctx: Context, kind: str, record_id: str) -> None:
    _RESTORE[kind](ctx, record_id)
