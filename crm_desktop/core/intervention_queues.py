"""The list of all interventions: queues (to plan, today, this week...), filters, sorting, paging in SQL.

Same interface as the ticket queues (``count``/``page``/``counts``), so the same paged
table model shows them. A page is sorted and cut on the interventions alone (with only
the joins its sort needs); customer and technician names are read for those rows only.
"Today" and "this week" are the shop's days (its time zone), as of the filter's ``today``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from crm_desktop.core import access
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.listing import Column
from crm_desktop.core.support_settings import period_bounds
from crm_desktop.db.fts import match_query

QUEUES: dict[str, str] = {
    "to_plan": QT_TRANSLATE_NOOP("core", "To plan"),
    "today": QT_TRANSLATE_NOOP("core", "Today"),
    "this_week": QT_TRANSLATE_NOOP("core", "This week"),
    "planned": QT_TRANSLATE_NOOP("core", "Planned"),
    "done": QT_TRANSLATE_NOOP("core", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("core", "Cancelled"),
    "all": QT_TRANSLATE_NOOP("core", "All interventions"),
}
#: Queues bounded by the shop's days.
DAY_QUEUES = ("today", "this_week")
#: Booked and not finished: the work ahead that has a slot.
_AHEAD = "i.status IN ('planned', 'on_the_way', 'on_site')"
_CUSTOMER = "coalesce(c.name, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')))"
#: Statuses in the order a job goes through them.
_STATUS_ORDER = ("CASE i.status WHEN 'to_plan' THEN 0 WHEN 'planned' THEN 1 WHEN 'on_the_way' THEN 2 "
                 "WHEN 'on_site' THEN 3 WHEN 'done' THEN 4 ELSE 5 END")
#: The team's names, read only for the rows of a page.
_TEAM = ("(SELECT group_concat(name, ', ') FROM (SELECT u.name AS name FROM intervention_technicians a "
         "JOIN users u ON u.id = a.technician_id WHERE a.intervention_id = i.id AND a.deleted_at IS NULL "
         "ORDER BY u.name COLLATE NOCASE))")
_NAME_JOINS = "LEFT JOIN companies c ON c.id = i.company_id LEFT JOIN people p ON p.id = i.person_id "
#: Queues of a few statuses spread over all dates: sorting their rows costs less than walking the start's
#: index past every other job (the work ahead lies after years of finished jobs), so "+" keeps SQLite off it.
_SORT_NOT_ON_INDEX = ("planned", "cancelled")
#: Columns the list can order by (the team is a list of names: not a sort key).
SORTABLE = frozenset({"number", "planned", "customer", "city", "kind", "status", "subject"})


@dataclass
class InterventionFilter:
    """Which queue as of which shop day, plus the filter bar's choices."""

    queue: str = "all"
    today: date | None = None
    text: str = ""
    technician_id: str | None = None
    kind: str | None = None
    company_id: str | None = None
    person_id: str | None = None
    #: Whose scope limits the rows (``access.seen_by``): a technician sees their own interventions.
    seen_by: str | None = None


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of ``day``'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _day_bounds(db: sqlite_utils.Database, flt: InterventionFilter, queue: str) -> tuple[str, str]:
    if flt.today is None:
        raise ValueError(f"the {queue!r} queue needs the filter's today")
    first, last = (flt.today, flt.today) if queue == "today" else week_of(flt.today)
    return period_bounds(db, first, last)


def _queue_where(db: sqlite_utils.Database, flt: InterventionFilter) -> tuple[list[str], list[Any]]:
    queue = flt.queue
    if queue == "to_plan":
        return ["i.status = 'to_plan'"], []
    if queue in DAY_QUEUES:
        lo, hi = _day_bounds(db, flt, queue)
        return ["i.planned_start >= ? AND i.planned_start < ?", "i.status != 'cancelled'"], [lo, hi]
    if queue == "planned":
        return [_AHEAD], []
    if queue == "done":
        return ["i.status = 'done'"], []
    if queue == "cancelled":
        return ["i.status = 'cancelled'"], []
    if queue == "all":
        return [], []
    raise ValueError(f"unknown queue {queue!r}")


#: Until the user sorts by a column: work ahead soonest first, the rest latest first.
QUEUE_SORT: dict[str, tuple[str, bool]] = {
    "to_plan": ("planned", False), "today": ("planned", False), "this_week": ("planned", False),
    "planned": ("planned", False), "done": ("planned", True), "cancelled": ("planned", True),
    "all": ("planned", True),
}


@dataclass(frozen=True)
class InterventionList:
    columns: tuple[Column, ...]
    default_sort: str = "planned"
    table: str = "interventions"

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def _where(self, db: sqlite_utils.Database, flt: InterventionFilter) -> tuple[str, list[Any]]:
        clauses, params = _queue_where(db, flt)
        clauses.insert(0, "i.deleted_at IS NULL")
        if flt.text:
            query = match_query(flt.text)
            if query is None:
                clauses.append("0")
            else:
                clauses.append("i.rid IN (SELECT rowid FROM interventions_fts WHERE interventions_fts MATCH ?)")
                params.append(query)
        if flt.technician_id:
            clauses.append("i.id IN (SELECT intervention_id FROM intervention_technicians "
                           "WHERE technician_id = ? AND deleted_at IS NULL)")
            params.append(flt.technician_id)
        for column, value in (("kind", flt.kind), ("company_id", flt.company_id), ("person_id", flt.person_id)):
            if value:
                clauses.append(f"i.{column} = ?")
                params.append(value)
        if flt.seen_by is not None:
            condition, values = access.interventions_scope_sql(access.scope_lists(db, flt.seen_by), "i")
            clauses.append(condition)
            params.extend(values)
        return " AND ".join(clauses), params

    def count(self, db: sqlite_utils.Database, flt: InterventionFilter) -> int:
        where, params = self._where(db, flt)
        return db.execute(f"SELECT count(*) FROM interventions i WHERE {where}", params).fetchone()[0]

    def _order(self, key: str, flt: InterventionFilter, descending: bool) -> str:
        """ORDER BY of a column. Jobs to plan have no start: there the planned column means the due date."""
        direction = "DESC" if descending else "ASC"
        if key not in SORTABLE:
            raise ValueError(f"the list cannot be sorted by {key!r}")
        if key == "planned":
            sort = "i.due_on" if flt.queue == "to_plan" else "i.planned_start"
            if flt.queue in _SORT_NOT_ON_INDEX:
                sort = f"+{sort}"
            # Jobs without a date go last either way. Descending puts NULLs last already, and the booked
            # queues have a start on every row: saying nothing there keeps the order of the start's index.
            nulls = " NULLS LAST" if not descending and flt.queue in ("to_plan", "all") else ""
            return f"{sort} {direction}{nulls}, i.rid {direction}"
        return f"{self.column(key).sort} {direction}, i.rid {direction}"

    def page(self, db: sqlite_utils.Database, flt: InterventionFilter, sort_key: str | None = None,
             descending: bool = False, offset: int = 0, limit: int = 100,
             total: int | None = None) -> list[tuple[Any, ...]]:
        """Rows as (id, column values...) in column order."""
        key = sort_key or self.default_sort
        order = self._order(key, flt, descending)
        where, params = self._where(db, flt)
        selects = ", ".join(c.select for c in self.columns)
        sort_joins = _NAME_JOINS if key == "customer" else ""
        sql = (f"SELECT i.id, {selects} FROM (SELECT i.rid AS k FROM interventions i {sort_joins}WHERE {where} "
               f"ORDER BY {order} LIMIT ? OFFSET ?) page JOIN interventions i ON i.rid = page.k "
               f"{_NAME_JOINS}ORDER BY {order}")
        return db.execute(sql, [*params, max(limit, 0), max(offset, 0)]).fetchall()

    def counts(self, db: sqlite_utils.Database, flt: InterventionFilter) -> dict[str, int]:
        """How many interventions each queue holds, as of ``flt.today``.

        The status queues in one pass over the table; the day queues by a range of the start's index.
        """
        scope, params = access.interventions_scope_sql(access.scope_lists(db, flt.seen_by), "i")
        row = db.execute(
            f"SELECT count(*), sum(i.status = 'to_plan'), sum({_AHEAD}), sum(i.status = 'done'), "
            f"sum(i.status = 'cancelled') FROM interventions i WHERE i.deleted_at IS NULL AND {scope}",
            params).fetchone()
        every, to_plan, ahead, done, cancelled = (int(n or 0) for n in row)
        out = {"to_plan": to_plan, "planned": ahead, "done": done, "cancelled": cancelled, "all": every}
        for queue in DAY_QUEUES:
            out[queue] = self.count(db, InterventionFilter(queue=queue, today=flt.today, seen_by=flt.seen_by))
        return {key: out[key] for key in QUEUES}


INTERVENTIONS = InterventionList(columns=(
    Column("number", QT_TRANSLATE_NOOP("core", "Number"), "i.number", "i.number"),
    # The start; for a job still to plan its due date (an ISO date, shorter than a time).
    Column("planned", QT_TRANSLATE_NOOP("core", "Planned"), "i.planned_start", "coalesce(i.planned_start, i.due_on)"),
    Column("customer", QT_TRANSLATE_NOOP("core", "Customer"), f"{_CUSTOMER} COLLATE NOCASE", _CUSTOMER),
    Column("city", QT_TRANSLATE_NOOP("core", "City"), "i.city COLLATE NOCASE", "i.city"),
    Column("kind", QT_TRANSLATE_NOOP("core", "Type"), "i.kind", "i.kind"),
    Column("status", QT_TRANSLATE_NOOP("core", "Status"), _STATUS_ORDER, "i.status"),
    Column("technicians", QT_TRANSLATE_NOOP("core", "Technicians"), _TEAM, _TEAM),
    Column("subject", QT_TRANSLATE_NOOP("core", "Subject"), "i.subject COLLATE NOCASE", "i.subject"),
))
