"""Global search (Ctrl+K) over people, companies and history.

Ranking happens inside each FTS query (ORDER BY rank LIMIT n) before joining to
the tables: DESIGN.md measured it 5x faster at p95 than joining first. History is
taken newest first rather than by rank: on a million entries a common word matches
hundreds of thousands of rows, and ranking them all costs more than it helps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
import sqlite_utils

from crm_desktop.db.fts import match_query

KINDS = ("person", "company", "history")
_PHONE_LIKE = re.compile(r"^\+?[\d\s./()\-]{6,}$")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # person, company, history
    id: str
    title: str
    subtitle: str
    person_id: str | None = None
    company_id: str | None = None


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
    db: sqlite_utils.Database, text: str, limit: int = 8, default_region: str = "BE"
) -> list[SearchHit]:
    """Hits grouped by kind (people, companies, history), best first within a kind."""
    query = fts_query(text, default_region)
    if query is None:
        return []
    return [
        *_people(db, query, limit),
        *_companies(db, query, limit),
        *_history(db, query, limit),
    ]


def _people(db: sqlite_utils.Database, query: str, limit: int) -> list[SearchHit]:
    rows = db.execute(
        "SELECT p.id, p.first_name, p.last_name, p.email, p.city, c.name, p.company_id FROM "
        "(SELECT rowid, rank FROM people_fts WHERE people_fts MATCH ? ORDER BY rank LIMIT ?) f "
        "JOIN people p ON p.rid = f.rowid LEFT JOIN companies c ON c.id = p.company_id "
        "WHERE p.deleted_at IS NULL ORDER BY f.rank LIMIT ?",
        [query, limit * 2, limit],
    ).fetchall()
    return [
        SearchHit("person", r[0], f"{r[1] or ''} {r[2] or ''}".strip(),
                  " · ".join(x for x in (r[5], r[3], r[4]) if x), r[0], r[6])
        for r in rows
    ]


def _companies(db: sqlite_utils.Database, query: str, limit: int) -> list[SearchHit]:
    rows = db.execute(
        "SELECT c.id, c.name, c.city, c.vat FROM "
        "(SELECT rowid, rank FROM companies_fts WHERE companies_fts MATCH ? ORDER BY rank LIMIT ?) f "
        "JOIN companies c ON c.rid = f.rowid WHERE c.deleted_at IS NULL ORDER BY f.rank LIMIT ?",
        [query, limit * 2, limit],
    ).fetchall()
    return [
        SearchHit("company", r[0], r[1], " · ".join(x for x in (r[2], r[3]) if x), None, r[0])
        for r in rows
    ]


def _history(db: sqlite_utils.Database, query: str, limit: int) -> list[SearchHit]:
    rows = db.execute(
        "SELECT h.id, h.kind, h.subject, h.occurred_at, p.first_name, p.last_name, c.name,"
        " h.person_id, h.company_id FROM "
        "(SELECT rowid FROM history_fts WHERE history_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
        "JOIN history h ON h.rid = f.rowid "
        "LEFT JOIN people p ON p.id = h.person_id LEFT JOIN companies c ON c.id = h.company_id "
        "WHERE h.deleted_at IS NULL ORDER BY f.rowid DESC LIMIT ?",
        [query, limit * 2, limit],
    ).fetchall()
    hits = []
    for r in rows:
        who = f"{r[4] or ''} {r[5] or ''}".strip() or (r[6] or "")
        hits.append(SearchHit("history", r[0], r[2] or "", " · ".join(x for x in (r[3][:10], who) if x),
                              r[7], r[8]))
    return hits
