"""Ticket queues: mine, unassigned, breaching within the hour, breached, waiting...

A queue is a WHERE clause over tickets joined to their local SLA row; lists page,
sort and filter in SQL like the people list (same ``count``/``page`` interface), so
the same paged table model shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from crm_desktop.core import access
from crm_desktop.core.clock import to_iso
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.listing import Column
from crm_desktop.core.support_choices import ACTIVE_STATUSES, DONE_STATUSES
from crm_desktop.db.fts import match_query

QUEUES: dict[str, str] = {
    "mine": QT_TRANSLATE_NOOP("core", "My tickets"),
    "unassigned": QT_TRANSLATE_NOOP("core", "Unassigned"),
    "breaching": QT_TRANSLATE_NOOP("core", "Due within the hour"),
    "breached": QT_TRANSLATE_NOOP("core", "Breached"),
    "waiting": QT_TRANSLATE_NOOP("core", "Waiting on customer"),
    "open": QT_TRANSLATE_NOOP("core", "All open"),
    "done": QT_TRANSLATE_NOOP("core", "Resolved and closed"),
    "all": QT_TRANSLATE_NOOP("core", "All tickets"),
}

_ACTIVE = "t.status IN (" + ", ".join(f"'{s}'" for s in ACTIVE_STATUSES) + ")"
_RUNNING = "t.status IN ('new', 'open', 'reopened')"
_DONE = "t.status IN (" + ", ".join(f"'{s}'" for s in DONE_STATUSES) + ")"
_PRIORITY = "CASE t.priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END"
_CUSTOMER = ("coalesce(c.name, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')))")


#: The queues that hold most tickets (years of closed ones): a technician's scope is gathered, not tested.
_LONG_QUEUES = ("all", "done")

_NAME_JOINS = (
    ("c", "LEFT JOIN companies c ON c.id = t.company_id "),
    ("p", "LEFT JOIN people p ON p.id = t.person_id "),
    ("u", "LEFT JOIN users u ON u.id = t.assignee_id "),
)


@dataclass
class TicketFilter:
    """Which queue, for whom and as of when, plus the filter bar's choices."""

    queue: str = "open"
    user_id: str | None = None
    now: datetime | None = None
    warn_minutes: int = 60
    text: str = ""
    priority: str | None = None
    category: str | None = None
    assignee_id: str | None = None
    company_id: str | None = None
    person_id: str | None = None
    #: Whose scope limits the rows (``access.seen_by``): a technician's id, or None for everything.
    seen_by: str | None = None


def _queue_where(flt: TicketFilter) -> tuple[list[str], list[Any]]:
    now = to_iso(flt.now) if flt.now else None
    queue = flt.queue
    if queue == "mine":
        return [_ACTIVE, "t.assignee_id = ?"], [flt.user_id]
    if queue == "unassigned":
        return [_ACTIVE, "t.assignee_id IS NULL"], []
    if queue == "breaching":
        assert flt.now is not None
        soon = to_iso(flt.now + timedelta(minutes=flt.warn_minutes))
        return [_RUNNING, "s.next_due >= ? AND s.next_due <= ?"], [now, soon]
    if queue == "breached":
        return [_ACTIVE, "(s.next_due < ? OR s.response_met = 0 OR s.resolution_met = 0)"], [now]
    if queue == "waiting":
        return ["t.status = 'waiting'"], []
    if queue == "open":
        return [_ACTIVE], []
    if queue == "done":
        return [_DONE], []
    if queue == "all":
        return [], []
    raise ValueError(f"unknown queue {queue!r}")


@dataclass(frozen=True)
class TicketList:
    columns: tuple[Column, ...]
    default_sort: str = "due"
    table: str = "tickets"

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def _where(self, db: sqlite_utils.Database, flt: TicketFilter) -> tuple[str, list[Any]]:
        clauses, params = _queue_where(flt)
        clauses.insert(0, "t.deleted_at IS NULL")
        if flt.text:
            query = match_query(flt.text)
            if query is None:
                clauses.append("0")
            else:
                clauses.append("t.rid IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?)")
                params.append(query)
        for column, value in (("priority", flt.priority), ("category", flt.category),
                              ("assignee_id", flt.assignee_id), ("company_id", flt.company_id),
                              ("person_id", flt.person_id)):
            if value:
                clauses.append(f"t.{column} = ?")
                params.append(value)
        if flt.seen_by is not None:
            condition, values = access.tickets_scope_sql(access.scope_lists(db, flt.seen_by), "t",
                                                         gather=flt.queue in _LONG_QUEUES)
            clauses.append(condition)
            params.extend(values)
        return " AND ".join(clauses), params

    def count(self, db: sqlite_utils.Database, flt: TicketFilter) -> int:
        where, params = self._where(db, flt)
        join = "LEFT JOIN ticket_sla s ON s.ticket_id = t.id " if "s." in where else ""
        return db.execute(f"SELECT count(*) FROM tickets t {join}WHERE {where}", params).fetchone()[0]

    def page(self, db: sqlite_utils.Database, flt: TicketFilter, sort_key: str | None = None,
             descending: bool = False, offset: int = 0, limit: int = 100,
             total: int | None = None) -> list[tuple[Any, ...]]:
        """Rows as (id, column values...) in column order."""
        column = self.column(sort_key or self.default_sort)
        where, params = self._where(db, flt)
        direction = "DESC" if descending else "ASC"
        # Tickets without a due time go last either way: they are not racing a clock.
        nulls = " NULLS LAST" if column.key == "due" else ""
        order = f"{column.sort} {direction}{nulls}, t.rid {direction}"
        selects = ", ".join(c.select for c in self.columns)
        # Sort and cut the page on the tickets (and only the names the sort needs),
        # then fetch the names shown for those rows alone.
        sort_joins = "".join(join for alias, join in _NAME_JOINS if f"{alias}." in column.sort)
        sql = (f"SELECT t.id, {selects} FROM (SELECT t.rid AS k FROM tickets t "
               f"LEFT JOIN ticket_sla s ON s.ticket_id = t.id {sort_joins}WHERE {where} "
               f"ORDER BY {order} LIMIT ? OFFSET ?) page JOIN tickets t ON t.rid = page.k "
               f"LEFT JOIN ticket_sla s ON s.ticket_id = t.id {''.join(j for _, j in _NAME_JOINS)}"
               f"ORDER BY {order}")
        return db.execute(sql, [*params, max(limit, 0), max(offset, 0)]).fetchall()

    def counts(self, db: sqlite_utils.Database, flt: TicketFilter) -> dict[str, int]:
        """How many tickets each queue holds now (the queue list shows them)."""
        out = {}
        for queue in QUEUES:
            if queue in ("all", "done"):
                continue
            out[queue] = self.count(db, TicketFilter(queue=queue, user_id=flt.user_id, now=flt.now,
                                                     warn_minutes=flt.warn_minutes, seen_by=flt.seen_by))
        return out


TICKETS = TicketList(columns=(
    Column("number", QT_TRANSLATE_NOOP("core", "Number"), "t.number", "t.number"),
    Column("subject", QT_TRANSLATE_NOOP("core", "Subject"), "t.subject COLLATE NOCASE", "t.subject"),
    Column("customer", QT_TRANSLATE_NOOP("core", "Customer"), f"{_CUSTOMER} COLLATE NOCASE", _CUSTOMER),
    Column("status", QT_TRANSLATE_NOOP("core", "Status"), "t.status", "t.status"),
    Column("priority", QT_TRANSLATE_NOOP("core", "Priority"), _PRIORITY, "t.priority"),
    Column("assignee", QT_TRANSLATE_NOOP("core", "Assignee"), "u.name COLLATE NOCASE", "u.name"),
    Column("due", QT_TRANSLATE_NOOP("core", "Due"), "s.next_due", "s.next_due"),
    Column("opened", QT_TRANSLATE_NOOP("core", "Opened"), "t.opened_at", "t.opened_at"),
    Column("updated", QT_TRANSLATE_NOOP("core", "Updated"), "t.updated_at", "t.updated_at"),
))
