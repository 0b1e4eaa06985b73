"""Global search (Ctrl+K) over people, companies, tickets, interventions, knowledge articles and history.

Ranking happens inside each FTS query (ORDER BY rank LIMIT n) before joining to
the tables: DESIGN.md measured it 5x faster at p95 than joining first. History is
taken newest first rather than by rank: on a million entries a common word matches
hundreds of thousands of rows, and ranking them all costs more than it helps.
Tickets and interventions are taken newest first for the same reason. A ticket or
intervention number (T-K7Q-0042, I-K7Q-0007, or the start of one) is looked up on the
number's index first, so the one someone reads out on the phone comes first.

A technician (``seen_by``, see core/access.py) finds only their scope: their own interventions and the
people, companies, tickets and history of their customers; knowledge base articles are for everyone. Their
scope is read once per search (``access.scope_lists``), and their queries keep the same order without the
cap on candidates: the cap would cut in-scope hits that rank after other people's. The FTS table is joined
directly (``_source``) so that SQLite walks its matches in order and stops at the hits it needs, rather than
copying every match of a common word first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
import sqlite_utils

from crm_desktop.core import access, field_choices
from crm_desktop.core.support_choices import CATEGORIES, KB_LANGUAGES, STATUSES
from crm_desktop.db.fts import match_query

KINDS = ("person", "company", "ticket", "intervention", "kb_article", "history")
_PHONE_LIKE = re.compile(r"^\+?[\d\s./()\-]{6,}$")
#: What may be the start of a ticket number: "T-", "t-k7q", "T-K7Q-00", "T-K7Q-0042".
_NUMBER_LIKE = re.compile(r"^[A-Za-z]{1,4}-[A-Za-z0-9]{0,8}(-\d{0,9})?$")
#: Columns a ticket or an article is found by (the rest of their text is for the proposals).
_TICKET_COLUMNS = ("{number subject}", "description")
#: An intervention's number or subject first; then any of its words (instructions, work done,
#: city, site contact), which also finds a word of the subject with one of the city.
_INTERVENTION_COLUMNS = ("{number subject}", None)
_ARTICLE_COLUMNS = "{title product}"


@dataclass(frozen=True)
class SearchHit:
    kind: str  # person, company, ticket, intervention, kb_article, history
    id: str
    title: str
    subtitle: str
    person_id: str | None = None
    company_id: str | None = None
    #: Translatable labels (QT_TRANSLATE_NOOP "core") the UI shows after the subtitle: a ticket's status,
    #: an article's category and language. Core cannot translate; the palette does.
    labels: tuple[str, ...] = ()


def fts_query(text: str, default_region: str = "BE") -> str | None:
    """The safe FTS5 query for a user's text; phone numbers match however typed."""
    stripped = (text or "").strip()
    if _PHONE_LIKE.match(stripped):
        try:
            number = phonenumbers.parse(stripped, default_region)
            if phonenumbers.is_possible_number(number):
                e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                return f'"{e164.lstrip("+")}"*'
        except phonenumbers.NumberParseException:
            pass
    return match_query(stripped)


def search(
    db: sqlite_utils.Database, text: str, limit: int = 8, default_region: str = "BE", seen_by: str | None = None
) -> list[SearchHit]:
    """Hits grouped by kind (people, companies, tickets, interventions, articles, history), best first within a
    kind; only what ``seen_by`` (``access.seen_by(user)``) may open, when given."""
    query = fts_query(text, default_region)
    if query is None:
        return []
    seen = access.scope_lists(db, seen_by)
    return [
        *_people(db, query, limit, seen),
        *_companies(db, query, limit, seen),
        *_tickets(db, text, query, limit, seen),
        *_interventions(db, text, query, limit, seen),
        *_articles(db, query, limit),
        *_history(db, query, limit, seen),
    ]


def _source(table: str, order: str, match: str, limit: int, seen: access.ScopeLists | None,
            ) -> tuple[str, str, list[object]]:
    """The FTS rows ``f`` a kind's query reads: (FROM part, start of its WHERE, their parameters).

    For everyone: the best ``limit * 2`` (some may be deleted) ranked inside FTS before the join, as DESIGN.md
    measured fastest. For a technician: the FTS table joined directly, walked in ``order`` until enough rows in
    scope are found (a cap would cut the hits that rank after other people's)."""
    if seen is None:
        columns = "rowid, rank" if "rank" in order else "rowid"
        inner = order.replace("f.", "")
        source = f"(SELECT {columns} FROM {table} WHERE {table} MATCH ? ORDER BY {inner} LIMIT ?) f"
        return source, "", [match, limit * 2]
    return f"{table} f", f"f.{table} MATCH ? AND ", [match]


def number_range(text: str) -> tuple[str, str] | None:
    """The index range of ticket (or intervention) numbers that start with ``text`` (None if it cannot start one)."""
    stripped = (text or "").strip()
    if not _NUMBER_LIKE.match(stripped):
        return None
    low = stripped.upper()
    return low, low + "\uffff"


_TICKET_SELECT = (
    "SELECT t.id, t.number, t.subject, t.status, t.person_id, t.company_id, c.name, p.first_name, p.last_name "
    "FROM {source} JOIN tickets t ON {join} "
    "LEFT JOIN companies c ON c.id = t.company_id LEFT JOIN people p ON p.id = t.person_id "
    "WHERE {match}t.deleted_at IS NULL AND {scope} ORDER BY {order} LIMIT ?"
)
#: A scoped number look-up walks the number's index in order (the exact number is the lowest of its range,
#: so it still comes first) and stops at the hits it needs, rather than sorting every number of the range.
_SCOPED_NUMBERS = "(SELECT rid, number FROM {table} WHERE number >= ? AND number < ? ORDER BY number) n"


def _tickets(db: sqlite_utils.Database, text: str, query: str, limit: int,
             seen: access.ScopeLists | None) -> list[SearchHit]:
    rows = []
    scope, scope_params = access.tickets_scope_sql(seen, "t")
    span = number_range(text)
    if span is not None and seen is not None:
        rows = db.execute(
            _TICKET_SELECT.format(source=_SCOPED_NUMBERS.format(table="tickets"), join="t.rid = n.rid", match="",
                                  scope=scope, order="n.number"),
            [*span, *scope_params, limit],
        ).fetchall()
    elif span is not None:
        # The exact number first, then the numbers that start with what was typed.
        rows = db.execute(
            _TICKET_SELECT.format(
                source="(SELECT rid, number FROM tickets WHERE number >= ? AND number < ? ORDER BY number LIMIT ?) n",
                join="t.rid = n.rid", match="", scope=scope, order="n.number != ?, n.number"),
            [*span, limit * 2, *scope_params, span[0], limit],
        ).fetchall()
    # Then the words: in the subject (or number) first, then only in the description; newest
    # first within each, as history: a common word ("panne") matches thousands of tickets, and
    # ranking them all costs 20x more than taking the latest (measured on 60,000 tickets).
    for columns in _TICKET_COLUMNS:
        if len(rows) >= limit:
            break
        found = {r[0] for r in rows}
        source, match, head = _source("tickets_fts", "f.rowid DESC", f"{columns} : ({query})", limit, seen)
        more = db.execute(
            _TICKET_SELECT.format(source=source, join="t.rid = f.rowid", match=match, scope=scope,
                                  order="f.rowid DESC"),
            [*head, *scope_params, limit],
        ).fetchall()
        rows += [r for r in more if r[0] not in found][:limit - len(rows)]
    hits = []
    for r in rows:
        person, company = f"{r[7] or ''} {r[8] or ''}".strip(), r[6] or ""
        customer = f"{person} ({company})" if person and company else person or company  # as tickets.customer_name
        status = STATUSES.get(r[3])
        hits.append(SearchHit("ticket", r[0], f"{r[1]} {r[2] or ''}".strip(), customer, r[4], r[5],
                              (status,) if status else ()))
    return hits


_INTERVENTION_SELECT = (
    "SELECT i.id, i.number, i.subject, i.status, i.kind, i.city, i.person_id, i.company_id, c.name, p.first_name,"
    " p.last_name FROM {source} JOIN interventions i ON {join} "
    "LEFT JOIN companies c ON c.id = i.company_id LEFT JOIN people p ON p.id = i.person_id "
    "WHERE {match}i.deleted_at IS NULL AND {scope} ORDER BY {order} LIMIT ?"
)


def _interventions(db: sqlite_utils.Database, text: str, query: str, limit: int,
                   seen: access.ScopeLists | None) -> list[SearchHit]:
    """As tickets: the number typed first, then the words, newest first."""
    rows = []
    scope, scope_params = access.interventions_scope_sql(seen, "i")
    span = number_range(text)
    if span is not None and seen is not None:
        rows = db.execute(
            _INTERVENTION_SELECT.format(source=_SCOPED_NUMBERS.format(table="interventions"), join="i.rid = n.rid",
                                        match="", scope=scope, order="n.number"),
            [*span, *scope_params, limit],
        ).fetchall()
    elif span is not None:
        rows = db.execute(
            _INTERVENTION_SELECT.format(
                source="(SELECT rid, number FROM interventions WHERE number >= ? AND number < ? ORDER BY number "
                "LIMIT ?) n", join="i.rid = n.rid", match="", scope=scope, order="n.number != ?, n.number"),
            [*span, limit * 2, *scope_params, span[0], limit],
        ).fetchall()
    for columns in _INTERVENTION_COLUMNS:
        if len(rows) >= limit:
            break
        found = {r[0] for r in rows}
        source, match, head = _source("interventions_fts", "f.rowid DESC",
                                      f"{columns} : ({query})" if columns else query, limit, seen)
        more = db.execute(
            _INTERVENTION_SELECT.format(source=source, join="i.rid = f.rowid", match=match, scope=scope,
                                        order="f.rowid DESC"),
            [*head, *scope_params, limit],
        ).fetchall()
        rows += [r for r in more if r[0] not in found][:limit - len(rows)]
    hits = []
    for r in rows:
        person, company = f"{r[9] or ''} {r[10] or ''}".strip(), r[8] or ""
        customer = f"{person} ({company})" if person and company else person or company  # as customer_name
        labels = tuple(x for x in (field_choices.STATUSES.get(r[3]), field_choices.KINDS.get(r[4])) if x)
        hits.append(SearchHit("intervention", r[0], f"{r[1]} {r[2] or ''}".strip(),
                              " · ".join(x for x in (customer, r[5]) if x), r[6], r[7], labels))
    return hits


def _articles(db: sqlite_utils.Database, query: str, limit: int) -> list[SearchHit]:
    rows = db.execute(
        "SELECT a.id, a.title, a.product, a.category, a.language FROM "
        "(SELECT rowid, rank FROM kb_articles_fts WHERE kb_articles_fts MATCH ? ORDER BY rank LIMIT ?) f "
        "JOIN kb_articles a ON a.rid = f.rowid WHERE a.deleted_at IS NULL ORDER BY f.rank LIMIT ?",
        [f"{_ARTICLE_COLUMNS} : ({query})", limit * 2, limit],
    ).fetchall()
    hits = []
    for r in rows:
        # A category outside core's list (typed by hand) is shown as typed; a known one is translated.
        typed = r[3] if r[3] and r[3] not in CATEGORIES else None
        labels = tuple(x for x in (CATEGORIES.get(r[3] or ""), KB_LANGUAGES.get(r[4] or "")) if x)
        hits.append(SearchHit("kb_article", r[0], r[1] or "", " · ".join(x for x in (r[2], typed) if x),
                              labels=labels))
    return hits


def _people(db: sqlite_utils.Database, query: str, limit: int, seen: access.ScopeLists | None) -> list[SearchHit]:
    scope, scope_params = access.people_scope_sql(seen, "p")
    source, match, head = _source("people_fts", "f.rank", query, limit, seen)
    rows = db.execute(
        f"SELECT p.id, p.first_name, p.last_name, p.email, p.city, c.name, p.company_id FROM {source} "
        "JOIN people p ON p.rid = f.rowid LEFT JOIN companies c ON c.id = p.company_id "
        f"WHERE {match}p.deleted_at IS NULL AND {scope} ORDER BY f.rank LIMIT ?",
        [*head, *scope_params, limit],
    ).fetchall()
    return [
        SearchHit("person", r[0], f"{r[1] or ''} {r[2] or ''}".strip(),
                  " · ".join(x for x in (r[5], r[3], r[4]) if x), r[0], r[6])
        for r in rows
    ]


def _companies(db: sqlite_utils.Database, query: str, limit: int,
               seen: access.ScopeLists | None) -> list[SearchHit]:
    scope, scope_params = access.companies_scope_sql(seen, "c")
    source, match, head = _source("companies_fts", "f.rank", query, limit, seen)
    rows = db.execute(
        f"SELECT c.id, c.name, c.city, c.vat FROM {source} JOIN companies c ON c.rid = f.rowid "
        f"WHERE {match}c.deleted_at IS NULL AND {scope} ORDER BY f.rank LIMIT ?",
        [*head, *scope_params, limit],
    ).fetchall()
    return [
        SearchHit("company", r[0], r[1], " · ".join(x for x in (r[2], r[3]) if x), None, r[0])
        for r in rows
    ]


def _history(db: sqlite_utils.Database, query: str, limit: int, seen: access.ScopeLists | None) -> list[SearchHit]:
    scope, scope_params = access.history_scope_sql(seen, "h")
    source, match, head = _source("history_fts", "f.rowid DESC", query, limit, seen)
    rows = db.execute(
        "SELECT h.id, h.kind, h.subject, h.occurred_at, p.first_name, p.last_name, c.name,"
        f" h.person_id, h.company_id FROM {source} JOIN history h ON h.rid = f.rowid "
        "LEFT JOIN people p ON p.id = h.person_id LEFT JOIN companies c ON c.id = h.company_id "
        f"WHERE {match}h.deleted_at IS NULL AND {scope} ORDER BY f.rowid DESC LIMIT ?",
        [*head, *scope_params, limit],
    ).fetchall()
    hits = []
    for r in rows:
        who = f"{r[4] or ''} {r[5] or ''}".strip() or (r[6] or "")
        hits.append(SearchHit("history", r[0], r[2] or "", " · ".join(x for x in (r[3][:10], who) if x),
                              r[7], r[8]))
    return hits
