"""What a user may see (read scope), beside what they may do (core/permissions.py).

Issue 8: a technician sees their own interventions (past and to come) and the customers, tickets and
history those concern; everyone else sees everything. The detail pages call the ``check_*`` functions
before showing a record, so a technician typing a number or following a link cannot open other work;
lists may filter with ``customer_scope_sql``.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, PermissionDenied
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import ROLE_LABELS, Perm, Role, allowed, require


@dataclass(frozen=True)
class Scope:
    """The records a technician may open; ``None`` everywhere for the roles that see everything."""

    intervention_ids: frozenset[str]
    company_ids: frozenset[str]
    person_ids: frozenset[str]


def limited(user: object) -> bool:
    """True for the roles whose reading is limited to their own work (technicians)."""
    return getattr(user, "role", None) == Role.TECHNICIAN


def visible_intervention_ids(db: sqlite_utils.Database, user: object) -> frozenset[str] | None:
    """The interventions ``user`` is on (any time, any status); ``None``: all of them."""
    if not limited(user):
        return None
    rows = db.execute(
        "SELECT DISTINCT t.intervention_id FROM intervention_technicians t "
        "JOIN interventions i ON i.id = t.intervention_id "
        "WHERE t.technician_id = ? AND t.deleted_at IS NULL AND i.deleted_at IS NULL",
        [getattr(user, "id", None)]).fetchall()
    return frozenset(r[0] for r in rows)


def scope(db: sqlite_utils.Database, user: object) -> Scope | None:
    """The customers of the user's interventions: their companies (with the people working there) and
    their people (with those people's companies); ``None`` when the user sees everything."""
    jobs = visible_intervention_ids(db, user)
    if jobs is None:
        return None
    marks = ", ".join("?" for _ in jobs)
    pairs = db.execute(f"SELECT company_id, person_id FROM interventions WHERE id IN ({marks})",
                       list(jobs)).fetchall() if jobs else []
    companies = {c for c, _ in pairs if c}
    people = {p for _, p in pairs if p}
    if people:
        marks = ", ".join("?" for _ in people)
        companies |= {r[0] for r in db.execute(
            f"SELECT company_id FROM people WHERE id IN ({marks}) AND company_id IS NOT NULL", list(people))}
    if companies:
        marks = ", ".join("?" for _ in companies)
        people |= {r[0] for r in db.execute(
            f"SELECT id FROM people WHERE company_id IN ({marks}) AND deleted_at IS NULL", list(companies))}
    return Scope(jobs, frozenset(companies), frozenset(people))


def can_see_customer(db: sqlite_utils.Database, user: object, company_id: str | None,
                     person_id: str | None) -> bool:
    """May ``user`` open this customer (a company, a person or a person at a company)?"""
    seen = scope(db, user)
    if seen is None:
        return True
    return bool((company_id and company_id in seen.company_ids) or (person_id and person_id in seen.person_ids))


def can_see_intervention(db: sqlite_utils.Database, user: object, intervention_id: str) -> bool:
    jobs = visible_intervention_ids(db, user)
    return jobs is None or intervention_id in jobs


def can_see_ticket(db: sqlite_utils.Database, user: object, ticket_id: str) -> bool:
    """A technician sees the tickets assigned to them, those their interventions come from, and the
    tickets of their customers."""
    if not limited(user):
        return True
    row = db.execute("SELECT company_id, person_id, assignee_id FROM tickets WHERE id = ?", [ticket_id]).fetchone()
    if row is None:
        return False
    if row[2] == getattr(user, "id", None):
        return True
    jobs = visible_intervention_ids(db, user) or frozenset()
    if jobs:
        marks = ", ".join("?" for _ in jobs)
        linked = db.execute(f"SELECT 1 FROM interventions WHERE ticket_id = ? AND id IN ({marks}) LIMIT 1",
                            [ticket_id, *jobs]).fetchone()
        if linked:
            return True
    return can_see_customer(db, user, row[0], row[1])


def can_see_history(db: sqlite_utils.Database, user: object, entry_id: str) -> bool:
    """History entries are seen with their customer (and one's own entries always)."""
    if not limited(user):
        return True
    row = db.execute("SELECT company_id, person_id, user_id FROM history WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        return False
    return row[2] == getattr(user, "id", None) or can_see_customer(db, user, row[0], row[1])


def can_see_costs(db: sqlite_utils.Database, user: object, intervention_id: str | None = None) -> bool:
    """Margins and costs: the roles with VIEW_MARGINS, and a technician for their own interventions."""
    role = getattr(user, "role", None)
    if role is not None and allowed(role, Perm.VIEW_MARGINS):
        return True
    return intervention_id is not None and limited(user) and can_see_intervention(db, user, intervention_id)


def customer_scope_sql(db: sqlite_utils.Database, user: object, company_column: str = "company_id",
                       person_column: str = "person_id") -> tuple[str, list[str]]:
    """A WHERE condition (and its parameters) keeping the rows of customers ``user`` may see, for lists."""
    seen = scope(db, user)
    if seen is None:
        return "1", []
    companies, people = sorted(seen.company_ids), sorted(seen.person_ids)
    parts: list[str] = []
    if companies:
        parts.append(f"{company_column} IN ({', '.join('?' for _ in companies)})")
    if people:
        parts.append(f"{person_column} IN ({', '.join('?' for _ in people)})")
    return ("(" + " OR ".join(parts) + ")") if parts else "0", [*companies, *people]


def _refuse(user: object) -> PermissionDenied:
    role = getattr(user, "role", None)
    try:
        role_label: object = Message(ROLE_LABELS[Role(role)])
    except ValueError:
        role_label = str(role)
    return PermissionDenied(
        QT_TRANSLATE_NOOP("core", "{user} ({role}) may only open their own interventions and the customers, "
                                  "tickets and history these concern."),
        user=getattr(user, "name", "?"), role=role_label)


def check_customer(ctx: Context, company_id: str | None, person_id: str | None) -> None:
    """Raise PermissionDenied unless the acting user may open this customer."""
    if not can_see_customer(ctx.db, ctx.user, company_id, person_id):
        raise _refuse(ctx.user)


def check_person(ctx: Context, person_id: str) -> None:
    """The person page: the person is visible, directly or through their company."""
    if not limited(ctx.user):
        return
    row = ctx.db.execute("SELECT company_id FROM people WHERE id = ?", [person_id]).fetchone()
    check_customer(ctx, row[0] if row else None, person_id)


def check_company(ctx: Context, company_id: str) -> None:
    check_customer(ctx, company_id, None)


def check_intervention(ctx: Context, intervention_id: str) -> None:
    """Raise PermissionDenied unless the acting user may open (and so work on) this intervention."""
    if not can_see_intervention(ctx.db, ctx.user, intervention_id):
        raise _refuse(ctx.user)


def check_ticket(ctx: Context, ticket_id: str) -> None:
    if not can_see_ticket(ctx.db, ctx.user, ticket_id):
        raise _refuse(ctx.user)


def check_history(ctx: Context, entry_id: str) -> None:
    if not can_see_history(ctx.db, ctx.user, entry_id):
        raise _refuse(ctx.user)


def check_costs(ctx: Context, intervention_id: str | None = None) -> None:
    """Raise PermissionDenied unless the acting user may see margins and costs (of this intervention)."""
    if limited(ctx.user) and intervention_id is not None and can_see_intervention(ctx.db, ctx.user, intervention_id):
        return
    require(ctx.user, Perm.VIEW_MARGINS)
