"""The knowledge base, and the solutions proposed while a problem is being typed.

Proposals come from two places: articles, and past resolved tickets with their
resolution. Both are ranked by FTS5 (bm25) first, on a small candidate set, then by
how many tickets each already solved: a solution that worked often is worth trying
first. Applying one links it to the ticket; the link counts as "solved" once the
ticket is resolved.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from crm_desktop.core import fields, records, tickets
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.support_choices import DONE_STATUSES, KB_LANGUAGES
from crm_desktop.core.validation import parse_choice, parse_list
from crm_desktop.db import fts
from crm_desktop.db.connection import write_transaction

TABLE = "kb_articles"
LINKS = "ticket_solutions"
#: Words a problem description is reduced to before searching (the most telling ones).
MAX_WORDS = 10
CANDIDATES = 30
#: Matches ranked before the open, deleted or unsolved ones are set aside: bm25 ranks
#: every match anyway, so a wider cut costs little, and FTS5 must not be handed a
#: rowid list (it would run the MATCH once per rowid).
WIDE = 400
#: How much each past success adds to a proposal's score (against bm25's scale of a few units).
SUCCESS_WEIGHT = 1.5
#: What speaking the customer's language adds to an article's score.
LANGUAGE_BONUS = 2.0
_STOP_WORDS = """
    the a an and or of to in on at for is are was were it its this that with my our your from by be not
    no le la les un une des et ou de du au aux en dans sur pour par est sont il elle ils nous vous mon
    ma mes notre votre nos vos ce cet cette ces que qui ne pas plus se sa son ses leur leurs avec
"""
_STOP = frozenset(_STOP_WORDS.split())


def validate(values: Mapping[str, Any]) -> dict[str, Any]:
    c = fields.Collector(values)
    c.take("title", fields.text(200))
    c.require("title")
    c.take("problem", fields.text(20000))
    c.take("solution", fields.text(50000))
    c.require("solution")
    c.take("product", fields.text(120))
    c.take("category", fields.text(60))
    c.take("tags", parse_list)
    c.take("language", lambda v: parse_choice(v, tuple(KB_LANGUAGES), "fr"))
    return c.done()


def create(ctx: Context, values: Mapping[str, Any]) -> str:
    require(ctx.user, Perm.KB_WRITE)
    clean = validate(values)
    if values.get("source_ticket_id"):
        clean["source_ticket_id"] = values["source_ticket_id"]
    return records.create_checked(ctx, TABLE, Perm.KB_WRITE, clean)


def update(ctx: Context, article_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    require(ctx.user, Perm.KB_WRITE)
    return records.update_checked(ctx, TABLE, article_id, validate(values))


def delete(ctx: Context, article_id: str) -> None:
    require(ctx.user, Perm.KB_DELETE)
    records.trash(ctx, TABLE, Perm.KB_WRITE, article_id)


def get(db: sqlite_utils.Database, article_id: str) -> dict[str, Any]:
    return records.fetch(db, TABLE, article_id)


class NotResolved(CrmError):
    """Only a solved problem makes an article."""


class AlreadyArticle(CrmError):
    """A ticket makes one article; the second click would copy it."""


def from_ticket(ctx: Context, ticket_id: str, language: str | None = None) -> str:
    """Turn a resolved ticket into an article in one step (the ticket counts as solved by it)."""
    ticket = tickets.get(ctx.db, ticket_id)
    if ticket["status"] not in DONE_STATUSES or not ticket["resolution"]:
        raise NotResolved(QT_TRANSLATE_NOOP("core", "Resolve ticket {number} before making it an article."),
                          number=ticket["number"])
    if language not in KB_LANGUAGES:
        row = ctx.db.execute("SELECT language FROM people WHERE id = ?", [ticket["person_id"]]).fetchone()
        language = row[0] if row and row[0] in KB_LANGUAGES else "fr"
    existing = ctx.db.execute("SELECT id FROM kb_articles WHERE source_ticket_id = ? AND deleted_at IS NULL",
                              [ticket_id]).fetchone()
    if existing:
        raise AlreadyArticle(QT_TRANSLATE_NOOP("core", "Ticket {number} is already an article."),
                             number=ticket["number"])
    require(ctx.user, Perm.KB_WRITE)
    clean = validate({
        "title": ticket["subject"], "problem": ticket["description"], "solution": ticket["resolution"],
        "product": ticket["product"], "category": ticket["category"], "language": language,
    })
    with write_transaction(ctx.db):
        article_id = records.insert(ctx, TABLE, {**clean, "source_ticket_id": ticket_id})
        records.insert(ctx, LINKS, {"ticket_id": ticket_id, "article_id": article_id, "applied_at": ctx.now()})
    ctx.announce(TABLE, article_id, "insert")
    return article_id


def article_of(db: sqlite_utils.Database, ticket_id: str) -> str | None:
    """The article made from a ticket, if any (the ticket page offers it once)."""
    row = db.execute("SELECT id FROM kb_articles WHERE source_ticket_id = ? AND deleted_at IS NULL",
                     [ticket_id]).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class Proposal:
    """An article or a past ticket that may solve the problem being typed."""

    kind: str  # "article" or "ticket"
    id: str
    title: str
    solution: str
    product: str | None
    language: str | None
    number: str | None
    solved: int
    score: float


def query_text(*texts: str | None) -> str | None:
    """An OR query of the most telling words of what was typed (long words first, no stop words)."""
    words: dict[str, None] = {}
    for text in texts:
        for word in fts.tokens(text or ""):
            low = word.lower()
            if len(low) >= 3 and low not in _STOP and not low.isdigit():
                words.setdefault(low, None)
    chosen = sorted(words, key=len, reverse=True)[:MAX_WORDS]
    if not chosen:
        return None
    return " OR ".join(f'"{w}"*' for w in chosen)


def propose(db: sqlite_utils.Database, subject: str | None, description: str | None = None, *, limit: int = 8,
            exclude_ticket: str | None = None, language: str | None = None) -> list[Proposal]:
    """The best matching articles and resolved tickets, ranked, for what is being typed.

    Articles in ``language`` (the customer's) come a little ahead of the same
    article in the other language: it is the one the desk can read out or send.
    """
    match = query_text(subject, description)
    if match is None:
        return []
    articles = db.execute(
        "SELECT a.id, a.title, a.solution, a.product, a.language, f.score FROM "
        "(SELECT rowid, bm25(kb_articles_fts, 6.0, 3.0, 1.0, 2.0, 1.0, 3.0) AS score FROM kb_articles_fts "
        " WHERE kb_articles_fts MATCH ? ORDER BY score LIMIT ?) f "
        "JOIN kb_articles a ON a.rid = f.rowid WHERE a.deleted_at IS NULL ORDER BY f.score LIMIT ?",
        [match, WIDE, CANDIDATES]).fetchall()
    past = db.execute(
        "SELECT t.id, t.subject, t.resolution, t.product, t.number, f.score FROM "
        "(SELECT rowid, bm25(tickets_fts, 0.0, 6.0, 2.0, 1.0, 2.0, 1.0) AS score FROM tickets_fts "
        " WHERE tickets_fts MATCH ? ORDER BY score LIMIT ?) f "
        "JOIN tickets t ON t.rid = f.rowid WHERE t.deleted_at IS NULL AND t.resolution IS NOT NULL "
        "AND t.status IN ('resolved', 'closed') AND t.id IS NOT ? ORDER BY f.score LIMIT ?",
        [match, WIDE, exclude_ticket, CANDIDATES]).fetchall()
    solved_articles = _solved(db, "article_id", [r[0] for r in articles])
    solved_tickets = _solved(db, "source_ticket_id", [r[0] for r in past])
    out = [
        Proposal("article", r[0], r[1], r[2], r[3], r[4], None, solved_articles.get(r[0], 0),
                 -r[5] + SUCCESS_WEIGHT * math.log1p(solved_articles.get(r[0], 0))
                 + (LANGUAGE_BONUS if language and r[4] == language else 0.0))
        for r in articles
    ] + [
        # A past ticket is one customer's case: a little behind an article of equal match.
        Proposal("ticket", r[0], r[1], r[2], r[3], None, r[4], solved_tickets.get(r[0], 0),
                 -r[5] * 0.8 + SUCCESS_WEIGHT * math.log1p(solved_tickets.get(r[0], 0)))
        for r in past
    ]
    out.sort(key=lambda p: (-p.score, p.kind, p.id))
    return out[:limit]


def customer_language(db: sqlite_utils.Database, person_id: str | None) -> str | None:
    """The language a person reads, when the knowledge base has it."""
    if not person_id:
        return None
    row = db.execute("SELECT language FROM people WHERE id = ?", [person_id]).fetchone()
    return row[0] if row and row[0] in KB_LANGUAGES else None


def _solved(db: sqlite_utils.Database, column: str, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT s.{column}, count(DISTINCT s.ticket_id) FROM ticket_solutions s JOIN tickets t ON t.id = s.ticket_id "
        f"WHERE s.{column} IN ({marks}) AND s.deleted_at IS NULL AND t.status IN ('resolved', 'closed') "
        f"GROUP BY s.{column}", ids).fetchall()
    return dict(rows)


def apply(ctx: Context, ticket_id: str, *, article_id: str | None = None, source_ticket_id: str | None = None) -> str:
    """Propose a solution on a ticket: linked, shown as an event, counted when the ticket is resolved."""
    require(ctx.user, Perm.TICKET_WRITE)
    if (article_id is None) == (source_ticket_id is None):
        raise ValueError("give one article or one past ticket")
    ticket = tickets.get(ctx.db, ticket_id)
    if article_id:
        title = get(ctx.db, article_id)["title"]
    else:
        source = tickets.get(ctx.db, source_ticket_id or "")
        title = f"{source['number']} {source['subject']}"
    already = ctx.db.execute(
        "SELECT id FROM ticket_solutions WHERE ticket_id = ? AND deleted_at IS NULL AND "
        "(article_id IS ? AND source_ticket_id IS ?)", [ticket_id, article_id, source_ticket_id]).fetchone()
    if already:
        return already[0]
    with write_transaction(ctx.db):
        link_id = records.insert(ctx, LINKS, {"ticket_id": ticket_id, "article_id": article_id,
                                              "source_ticket_id": source_ticket_id, "applied_at": ctx.now()})
        tickets._event(ctx, ticket_id, "solution", body=title, new=article_id or source_ticket_id)
    ctx.announce(LINKS, link_id, "insert")
    ctx.announce(tickets.TABLE, ticket["id"], "update")
    return link_id


def applied(db: sqlite_utils.Database, ticket_id: str) -> list[dict[str, Any]]:
    """Solutions tried on a ticket, with their titles."""
    return db.execute_returning_dicts(
        "SELECT s.*, coalesce(a.title, t.number || ' ' || t.subject) AS title, "
        "coalesce(a.solution, t.resolution) AS solution FROM ticket_solutions s "
        "LEFT JOIN kb_articles a ON a.id = s.article_id LEFT JOIN tickets t ON t.id = s.source_ticket_id "
        "WHERE s.ticket_id = ? AND s.deleted_at IS NULL ORDER BY s.applied_at", [ticket_id])


def search(db: sqlite_utils.Database, text: str, *, language: str | None = None, limit: int = 200,
           offset: int = 0) -> list[dict[str, Any]]:
    """The knowledge base list: everything (by title) or what matches ``text`` (best first)."""
    where, params = "a.deleted_at IS NULL", []
    if language:
        where += " AND a.language = ?"
        params.append(language)
    match = fts.match_query(text)
    select = ("SELECT a.id, a.title, a.product, a.category, a.language, a.tags, a.updated_at, "
              "(SELECT count(DISTINCT s.ticket_id) FROM ticket_solutions s WHERE s.article_id = a.id "
              "AND s.deleted_at IS NULL) AS used FROM kb_articles a")
    if match is None:
        sql = f"{select} WHERE {where} ORDER BY a.title COLLATE NOCASE LIMIT ? OFFSET ?"
        return db.execute_returning_dicts(sql, [*params, limit, offset])
    # A knowledge base holds thousands of articles, not millions: ranking every match
    # before the language filter keeps pages full and costs little.
    sql = (f"{select} JOIN (SELECT rowid, rank FROM kb_articles_fts WHERE kb_articles_fts MATCH ?) f "
           f"ON f.rowid = a.rid WHERE {where} ORDER BY f.rank LIMIT ? OFFSET ?")
    return db.execute_returning_dicts(sql, [match, *params, limit, offset])
