"""What a user may see (read scope), beside what they may do (core/permissions.py).

Issue 8: a technician sees their own interventions (past and to come) and the customers, tickets and
history those concern; everyone else sees everything. The detail pages call the ``check_*`` functions
before showing a record, so a technician typing a number or following a link cannot open other work;
lists and the global search add the ``*_scope_sql`` conditions at the end of this module, which keep exactly
the rows these checks allow.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

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


def check_links(ctx: Context, values: Any, current: Any = None) -> None:
    """A limited user may link a record only to customers and tickets already in their scope: a job's links
    decide the scope, so linking anything would open it."""
    if not limited(ctx.user):
        return
    checks = (("company_id", check_company), ("person_id", check_person), ("ticket_id", check_ticket))
    for key, check in checks:
        value = values.get(key)
        if value and (current is None or value != current.get(key)):
            check(ctx, value)


def check_costs(ctx: Context, intervention_id: str | None = None) -> None:
    """Raise PermissionDenied unless the acting user may see margins and costs (of this intervention)."""
    if limited(ctx.user) and intervention_id is not None and can_see_intervention(ctx.db, ctx.user, intervention_id):
        return
    require(ctx.user, Perm.VIEW_MARGINS)


# --- Lists and search: the same scope as one SQL condition ------------------------------------------------------
#
# The checks above compute a user's scope in Python, which suits one record. A list or a search needs it as a
# condition of its own queries. The scope of a technician with two thousand jobs holds over ten thousand people
# (everyone at their customers' companies), too many to read for every page; so ``scope_lists`` reads only the
# short sets in one pass over their jobs (the jobs, the companies and people these are for, the tickets they come
# from) as JSON arrays, which SQLite turns into an index once per statement (``json_each``), and the conditions
# below test a row's company, person or own id against them, as the ``can_see_*`` checks do. The sets are kept
# until the database changes (any write, here or from another connection), so a list's count and its pages, or
# the five queries of a search, read them once. Other roles get "1": their lists and searches run as before.


@dataclass(frozen=True)
class ScopeLists:
    """A technician's scope as JSON arrays for ``json_each``."""

    user_id: str
    jobs: str
    companies: str  # the companies of their jobs, and the companies of the people their jobs are for
    people: str  # the people their jobs are for (everyone at the companies is found through the company)
    tickets: str  # the tickets their jobs come from


#: The tables a technician's scope is read from: a list limited to it re-reads when these change.
SCOPE_TABLES = ("interventions", "intervention_technicians", "people")

#: The last sets read per technician, with the connection and the database's state they were read at.
_READ: dict[str, tuple[object, tuple[int, int], ScopeLists]] = {}


def seen_by(user: object) -> str | None:
    """The id whose scope limits what ``user`` lists and finds; None when they see everything.

    A limited user without an id gets "" (a scope that holds nothing), never None."""
    if not limited(user):
        return None
    return str(getattr(user, "id", None) or "")


def scope_lists(db: sqlite_utils.Database, seen: str | None) -> ScopeLists | None:
    """The scope of technician ``seen`` (None stays None: everything), read again once the database changed.

    The state is the pair SQLite keeps for this: ``data_version`` moves when another connection commits,
    ``total_changes`` when this one writes."""
    if seen is None:
        return None
    state = (db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes)
    kept = _READ.get(seen)
    if kept is not None and kept[0] is db.conn and kept[1] == state:
        return kept[2]
    rows = db.execute(
        "SELECT sj.id, sj.company_id, sj.person_id, sj.ticket_id, sp.company_id FROM intervention_technicians sa "
        "JOIN interventions sj ON sj.id = sa.intervention_id LEFT JOIN people sp ON sp.id = sj.person_id "
        "WHERE sa.technician_id = ? AND sa.deleted_at IS NULL AND sj.deleted_at IS NULL", [seen]).fetchall()

    def listed(values: set[str]) -> str:
        return json.dumps(sorted(values))

    lists = ScopeLists(
        user_id=seen,
        jobs=listed({r[0] for r in rows}),
        companies=listed({c for r in rows for c in (r[1], r[4]) if c}),
        people=listed({r[2] for r in rows if r[2]}),
        tickets=listed({r[3] for r in rows if r[3]}),
    )
    if not db.conn.in_transaction:  # what a transaction read may be rolled back: total_changes would not say
        _READ[seen] = (db.conn, state, lists)
    return lists


#: One set of ``ScopeLists`` inside a condition (its JSON is the parameter).
_IN = "IN (SELECT value FROM json_each(?))"


def _customers(seen: ScopeLists, company: str, person: str) -> tuple[str, list[Any]]:
    """Rows of the scope's customers, as ``can_see_customer``: by their company, or their person (one of the
    jobs', or anyone working at a company of the scope: looked up for the row, not listed)."""
    return (f"({company} {_IN} OR {person} {_IN} OR (SELECT sq.company_id FROM people sq "
            f"WHERE sq.id = {person} AND sq.deleted_at IS NULL) {_IN})", [seen.companies, seen.people, seen.companies])


def people_scope_sql(seen: ScopeLists | None, alias: str = "p", walk: bool = False) -> tuple[str, list[Any]]:
    """The people list's condition: a person of the scope (``check_person`` lets them open exactly these).

    ``walk``: keep SQLite on the sort's index, testing each row, rather than gathering the whole scope through
    the company and id indexes and sorting it. The first pages come 5x sooner that way; deep ones later."""
    if seen is None:
        return "1", []
    plus = "+" if walk else ""
    return (f"({plus}{alias}.company_id {_IN} OR {plus}{alias}.id {_IN})", [seen.companies, seen.people])


def people_scope_parts(seen: ScopeLists, alias: str = "p") -> list[tuple[str, list[Any]]]:
    """The people list's condition as two parts that never hold the same person, for counting: the people at
    the scope's companies (the company index answers alone), then the people of the jobs working elsewhere."""
    return [(f"{alias}.company_id {_IN}", [seen.companies]),
            (f"{alias}.id {_IN} AND ({alias}.company_id IS NULL OR {alias}.company_id NOT {_IN})",
             [seen.people, seen.companies])]


def companies_scope_sql(seen: ScopeLists | None, alias: str = "c") -> tuple[str, list[Any]]:
    """The companies list's condition: a company of the scope (as ``check_company``)."""
    if seen is None:
        return "1", []
    return f"{alias}.id {_IN}", [seen.companies]


def interventions_scope_sql(seen: ScopeLists | None, alias: str = "i") -> tuple[str, list[Any]]:
    """The interventions' condition: the technician's own (as ``check_intervention``)."""
    if seen is None:
        return "1", []
    return f"{alias}.id {_IN}", [seen.jobs]


def tickets_scope_sql(seen: ScopeLists | None, alias: str = "t", gather: bool = False) -> tuple[str, list[Any]]:
    """The tickets' condition: assigned to them, behind one of their jobs, or of their customers (as
    ``check_ticket``).

    ``gather``: for the queues that hold most tickets ("all", "done"), the scope's tickets are gathered from the
    ticket indexes (by company, person, assignee, id) rather than tested row by row: testing reads every ticket
    and looks up each one's person (measured 3x slower on 50,000 tickets). A short queue (open tickets) is
    cheaper tested row by row."""
    if seen is None:
        return "1", []
    if gather:
        return (f"{alias}.rid IN (SELECT rid FROM tickets WHERE company_id {_IN} "
                f"UNION SELECT rid FROM tickets WHERE person_id {_IN} "
                "UNION SELECT st.rid FROM people sq JOIN tickets st ON st.person_id = sq.id "
                f"WHERE sq.deleted_at IS NULL AND sq.company_id {_IN} "
                "UNION SELECT rid FROM tickets WHERE assignee_id = ? AND deleted_at IS NULL "
                f"UNION SELECT rid FROM tickets WHERE id {_IN})",
                [seen.companies, seen.people, seen.companies, seen.user_id, seen.tickets])
    customers, params = _customers(seen, f"{alias}.company_id", f"{alias}.person_id")
    return (f"({alias}.assignee_id = ? OR {alias}.id {_IN} OR {customers})",
            [seen.user_id, seen.tickets, *params])


def history_scope_sql(seen: ScopeLists | None, alias: str = "h") -> tuple[str, list[Any]]:
    """The history's condition: their own entries and those of their customers (as ``check_history``)."""
    if seen is None:
        return "1", []
    customers, params = _customers(seen, f"{alias}.company_id", f"{alias}.person_id")
    return f"({alias}.user_id = ? OR {customers})", [seen.user_id, *params]
