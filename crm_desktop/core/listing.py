"""Lists of people and companies that page, sort and filter in SQL.

Views never hold a whole table: they ask for the count, then for pages of rows
as the user scrolls. Every sortable column has an index (db/schema.py), and a page
near the end is read in reverse order from the end, so jumping to the last page
of 100,000 people costs the same as the first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from crm_desktop.core import access
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.db.fts import match_query

#: Up to which row a technician's people list walks the sort's index (see ``RecordList.page``).
WALK_ROWS = 1000


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # translatable, context "core"
    sort: str  # SQL expression(s) to order by, without direction
    select: str  # SQL expression shown


@dataclass
class ListFilter:
    text: str = ""
    stage: str | None = None
    tag: str | None = None
    owner_id: str | None = None
    company_id: str | None = None
    #: Whose scope limits the rows (``access.seen_by``): a technician's id, or None for everything.
    seen_by: str | None = None


@dataclass(frozen=True)
class RecordList:
    """One list (people or companies): its columns, table and joins."""

    table: str
    alias: str
    joins: str
    columns: tuple[Column, ...]
    fts: str
    default_sort: str = field(default="name")

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def _where(self, db: sqlite_utils.Database, flt: ListFilter, walk: bool = False,
               scoped: bool = True) -> tuple[str, list[Any]]:
        """The filter as a WHERE condition; ``walk`` and ``scoped``: how the scope is added (see ``page``,
        ``count``)."""
        a = self.alias
        clauses = [f"{a}.deleted_at IS NULL"]
        params: list[Any] = []
        query = match_query(flt.text) if flt.text else None
        if flt.text and query is None:
            clauses.append("0")
        elif query:
            clauses.append(f"{a}.rid IN (SELECT rowid FROM {self.fts} WHERE {self.fts} MATCH ?)")
            params.append(query)
        if flt.stage:
            clauses.append(f"{a}.stage = ?")
            params.append(flt.stage)
        if flt.owner_id:
            clauses.append(f"{a}.owner_id = ?")
            params.append(flt.owner_id)
        if flt.tag:
            clauses.append(f"EXISTS (SELECT 1 FROM json_each({a}.tags) WHERE value = ?)")
            params.append(flt.tag)
        if flt.company_id and self.table == "people":
            clauses.append(f"{a}.company_id = ?")
            params.append(flt.company_id)
        seen = access.scope_lists(db, flt.seen_by)
        if seen is not None and scoped:
            if self.table == "people":
                condition, values = access.people_scope_sql(seen, a, walk=walk)
            else:
                condition, values = access.companies_scope_sql(seen, a)
            clauses.append(condition)
            params.extend(values)
        return " AND ".join(clauses), params

    def count(self, db: sqlite_utils.Database, flt: ListFilter) -> int:
        seen = access.scope_lists(db, flt.seen_by)
        if seen is not None and self.table == "people":
            # A technician's people in two parts that never overlap, each answered by an index; one OR of
            # the two reads every person of the scope (measured 5x slower on the large demo).
            where, params = self._where(db, flt, scoped=False)
            total = 0
            for part, values in access.people_scope_parts(seen, self.alias):
                total += db.execute(f"SELECT count(*) FROM {self.table} {self.alias} WHERE {where} AND {part}",
                                    [*params, *values]).fetchone()[0]
            return total
        where, params = self._where(db, flt)
        return db.execute(f"SELECT count(*) FROM {self.table} {self.alias} WHERE {where}", params).fetchone()[0]

    def page(
        self,
        db: sqlite_utils.Database,
        flt: ListFilter,
        sort_key: str | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
        total: int | None = None,
    ) -> list[tuple[Any, ...]]:
        """Rows as (id, column values...) in the list's column order."""
        column = self.column(sort_key or self.default_sort)
        reverse = total is not None and offset > total // 2
        if reverse:
            assert total is not None
            end = min(offset + limit, total)
            limit = end - offset
            offset = total - end
            descending = not descending
        if column.key == "company" and self.table == "people":
            rows = self._page_by_company(db, flt, descending, offset, limit)
            return rows[::-1] if reverse else rows
        # A technician's first pages walk the sort's index testing each row against the scope; deeper pages
        # gather the scope and sort it, which costs the same wherever the page lies.
        where, params = self._where(db, flt, walk=offset < WALK_ROWS)
        direction = "DESC" if descending else "ASC"
        order = ", ".join(f"{part} {direction}" for part in column.sort.split(",")) + f", {self.alias}.rid {direction}"
        selects = ", ".join(c.select for c in self.columns)
        sql = (
            f"SELECT {self.alias}.id, {selects} FROM {self.table} {self.alias} {self.joins} "
            f"WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
        )
        rows = db.execute(sql, [*params, max(limit, 0), max(offset, 0)]).fetchall()
        return rows[::-1] if reverse else rows


    def _page_by_company(
        self, db: sqlite_utils.Database, flt: ListFilter, descending: bool, offset: int, limit: int
    ) -> list[tuple[Any, ...]]:
        """Sort people by company name without sorting 100,000 rows.

        Walking the companies' name index and each company's people (two indexes)
        delivers rows already in order, so OFFSET/LIMIT stay cheap; people without a
        (live) company form their own segment, first in ascending order.
        """
        # The CROSS JOIN walks the indexes in order already: a technician's scope is tested on each row.
        where, params = self._where(db, flt, walk=True)
        selects = ", ".join(c.select for c in self.columns)
        direction = "DESC" if descending else "ASC"
        with_company = (
            f"FROM companies c CROSS JOIN people p ON p.company_id = c.id "
            f"LEFT JOIN users u ON u.id = p.owner_id WHERE c.deleted_at IS NULL AND {where}"
        )
        without_company = (
            f"FROM people p LEFT JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL "
            f"LEFT JOIN users u ON u.id = p.owner_id WHERE {where} AND c.id IS NULL"
        )
        segments = [
            (without_company, f"p.rid {direction}"),
            (with_company, f"c.name COLLATE NOCASE {direction}, c.rid {direction}, p.rid {direction}"),
        ]
        if descending:
            segments.reverse()
        sizes = [0, 0]
        if offset > 0:
            total = self.count(db, flt)
            in_companies = db.execute(f"SELECT count(*) {with_company}", params).fetchone()[0]
            sizes = [total - in_companies, in_companies]
            if descending:
                sizes.reverse()
        rows: list[tuple[Any, ...]] = []
        for (source, order), size in zip(segments, sizes, strict=True):
            if limit <= 0:
                break
            if offset > 0 and offset >= size:
                offset -= size
                continue
            batch = db.execute(
                f"SELECT p.id, {selects} {source} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ).fetchall()
            rows.extend(batch)
            limit -= len(batch)
            offset = 0
        return rows


PEOPLE = RecordList(
    table="people",
    alias="p",
    joins=(
        "LEFT JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL "
        "LEFT JOIN users u ON u.id = p.owner_id"
    ),
    fts="people_fts",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("core", "Name"),
               "p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE",
               "trim(coalesce(p.last_name, '') || ' ' || coalesce(p.first_name, ''))"),
        Column("company", QT_TRANSLATE_NOOP("core", "Company"), "c.name COLLATE NOCASE", "c.name"),
        Column("email", QT_TRANSLATE_NOOP("core", "E-mail"), "p.email", "p.email"),
        Column("phone", QT_TRANSLATE_NOOP("core", "Phone"), "p.phone", "p.phone"),
        Column("mobile", QT_TRANSLATE_NOOP("core", "Mobile"), "p.mobile", "p.mobile"),
        Column("city", QT_TRANSLATE_NOOP("core", "City"), "p.city COLLATE NOCASE", "p.city"),
        Column("stage", QT_TRANSLATE_NOOP("core", "Stage"), "p.stage", "p.stage"),
        Column("owner", QT_TRANSLATE_NOOP("core", "Owner"), "p.owner_id", "u.name"),
        Column("updated", QT_TRANSLATE_NOOP("core", "Updated"), "p.updated_at", "p.updated_at"),
    ),
)

COMPANIES = RecordList(
    table="companies",
    alias="c",
    joins="LEFT JOIN users u ON u.id = c.owner_id",
    fts="companies_fts",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("core", "Name"), "c.name COLLATE NOCASE", "c.name"),
        Column("vat", QT_TRANSLATE_NOOP("core", "VAT number"), "c.vat", "c.vat"),
        Column("city", QT_TRANSLATE_NOOP("core", "City"), "c.city COLLATE NOCASE", "c.city"),
        Column("industry", QT_TRANSLATE_NOOP("core", "Industry"), "c.industry COLLATE NOCASE", "c.industry"),
        Column("phone", QT_TRANSLATE_NOOP("core", "Phone"), "c.phone", "c.phone"),
        Column("stage", QT_TRANSLATE_NOOP("core", "Stage"), "c.stage", "c.stage"),
        Column("owner", QT_TRANSLATE_NOOP("core", "Owner"), "c.owner_id", "u.name"),
        Column("updated", QT_TRANSLATE_NOOP("core", "Updated"), "c.updated_at", "c.updated_at"),
    ),
)


def tags_in_use(db: sqlite_utils.Database, table: str) -> list[str]:
    """Every tag used on live records of a table, for the filter menus."""
    if table not in ("people", "companies"):
        raise ValueError(table)
    return [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT j.value FROM {table} t, json_each(t.tags) j "
            f"WHERE t.deleted_at IS NULL AND t.tags != '[]' ORDER BY j.value COLLATE NOCASE"
        ).fetchall()
    ]
