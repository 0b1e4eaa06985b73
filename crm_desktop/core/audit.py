"""The audit trail: who created, changed, deleted, exported or printed what, when, on which machine.

Row changes are not written twice: every write of a synced row is already in the sync change
log (``sync_log``: one line per changed cell, grouped by the writing machine's site and
sequence number), which every machine receives whole. This module reads that log as the
trail of creations, changes, deletions and restorations, and adds what the log cannot see
(an export, a print, a log-in, a restored backup) as ``audit_events``: a synced, append-only
table, so a laptop's exports reach the office like its edits.

Choices and their limits (the log holds values, not authors):

- Who made a change: the ``updated_by`` written in the same row write; when that write left
  ``updated_by`` unchanged (the same user again), the last ``updated_by`` the same machine
  wrote on that row before, else the last one this database received. A write made outside
  the app that does not set ``updated_by`` is therefore shown under the previous author.
- When: the ``updated_at`` written with the change (the app's clock); a write that did not
  set it is dated by the hybrid clock of the change (the machine's wall time, which another
  machine's clock may have pulled up to an hour ahead).
- Old values: the value the cell had before, by the merge's rule (the newest by clock among
  the values this database had received before). Values of a person who was erased, and
  password hashes, are never shown.
- Rows written before change capture existed (or loaded with capture off) have no log; their
  history is the record's own created/updated/deleted stamps.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from crm_desktop.core.clock import Clock, from_iso, now_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, allowed, require
from crm_desktop.db.connection import write_transaction
from crm_desktop.db.fts import match_query
from crm_desktop.db.ids import new_id
from crm_desktop.db.schema_security import AUDIT_WALK_INDEXES

#: Actions of row changes, read from the change log.
ROW_ACTIONS = ("created", "changed", "deleted", "restored")
#: Kinds of events written by :func:`record` (an event's kind is its action in the trail).
EVENT_KINDS = ("exported", "printed", "login", "login_failed", "logout", "erase", "restore_backup", "settings")
#: Short names callers may use for events: record(ctx, "export") is stored as "exported".
KIND_ALIASES = {"export": "exported", "print": "printed"}

ACTION_LABELS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("core", "Created"),
    "changed": QT_TRANSLATE_NOOP("core", "Changed"),
    "deleted": QT_TRANSLATE_NOOP("core", "Deleted"),
    "restored": QT_TRANSLATE_NOOP("core", "Restored"),
    "exported": QT_TRANSLATE_NOOP("core", "Exported"),
    "printed": QT_TRANSLATE_NOOP("core", "Printed or saved as PDF"),
    "login": QT_TRANSLATE_NOOP("core", "Logged in"),
    "login_failed": QT_TRANSLATE_NOOP("core", "Log-in refused"),
    "logout": QT_TRANSLATE_NOOP("core", "Logged out"),
    "erase": QT_TRANSLATE_NOOP("core", "Personal data erased"),
    "restore_backup": QT_TRANSLATE_NOOP("core", "Backup restored"),
    "settings": QT_TRANSLATE_NOOP("core", "Settings changed"),
}

#: Table -> the record kind the windows open (main_window.open_record).
KIND_OF_TABLE: dict[str, str] = {
    "people": "person", "companies": "company", "tickets": "ticket", "interventions": "intervention",
    "sales": "sale", "tasks": "task", "campaigns": "campaign", "segments": "segment", "leads": "lead",
    "opportunities": "opportunity", "kb_articles": "kb_article", "history": "history", "users": "user",
    "products": "product", "contracts": "contract", "ticket_events": "ticket_event", "settings": "setting",
    "consent_events": "consent_event", "erasures": "erasure", "technicians": "technician",
    "time_entries": "time_entry", "ticket_costs": "ticket_cost", "intervention_parts": "intervention_part",
    "intervention_costs": "intervention_cost", "intervention_technicians": "intervention_technician",
    "sale_lines": "sale_line", "campaign_costs": "campaign_cost",
}
TABLE_OF_KIND = {kind: table for table, kind in KIND_OF_TABLE.items()}

KIND_LABELS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("core", "Person"),
    "company": QT_TRANSLATE_NOOP("core", "Company"),
    "ticket": QT_TRANSLATE_NOOP("core", "Ticket"),
    "intervention": QT_TRANSLATE_NOOP("core", "Intervention"),
    "sale": QT_TRANSLATE_NOOP("core", "Sale"),
    "task": QT_TRANSLATE_NOOP("core", "Task"),
    "campaign": QT_TRANSLATE_NOOP("core", "Campaign"),
    "segment": QT_TRANSLATE_NOOP("core", "Segment"),
    "lead": QT_TRANSLATE_NOOP("core", "Lead"),
    "opportunity": QT_TRANSLATE_NOOP("core", "Opportunity"),
    "kb_article": QT_TRANSLATE_NOOP("core", "Knowledge base article"),
    "history": QT_TRANSLATE_NOOP("core", "History entry"),
    "user": QT_TRANSLATE_NOOP("core", "User"),
    "product": QT_TRANSLATE_NOOP("core", "Product"),
    "contract": QT_TRANSLATE_NOOP("core", "Contract"),
    "ticket_event": QT_TRANSLATE_NOOP("core", "Ticket step"),
    "setting": QT_TRANSLATE_NOOP("core", "Setting"),
    "consent_event": QT_TRANSLATE_NOOP("core", "Consent"),
    "erasure": QT_TRANSLATE_NOOP("core", "Erasure"),
    "technician": QT_TRANSLATE_NOOP("core", "Technician"),
    "time_entry": QT_TRANSLATE_NOOP("core", "Time spent"),
    "ticket_cost": QT_TRANSLATE_NOOP("core", "Cost"),
    "intervention_part": QT_TRANSLATE_NOOP("core", "Part used"),
    "intervention_cost": QT_TRANSLATE_NOOP("core", "Cost"),
    "intervention_technician": QT_TRANSLATE_NOOP("core", "Technician on the job"),
    "sale_line": QT_TRANSLATE_NOOP("core", "Sale line"),
    "campaign_cost": QT_TRANSLATE_NOOP("core", "Campaign cost"),
}

#: A record's parts, whose changes belong to its history: (table, column naming the record). A ticket's
#: messages and steps, time and costs; a job's technicians, parts and costs; a sale's lines; a campaign's
#: costs. Not a person's or company's history entries, tickets or sales: those are records of their own,
#: on the person's timeline, each with its own history (what Act! and Odoo show too).
PART_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "tickets": (("ticket_events", "ticket_id"), ("time_entries", "ticket_id"), ("ticket_costs", "ticket_id")),
    "interventions": (("intervention_technicians", "intervention_id"), ("intervention_parts", "intervention_id"),
                      ("intervention_costs", "intervention_id")),
    "sales": (("sale_lines", "sale_id"),),
    "campaigns": (("campaign_costs", "campaign_id"),),
}

#: A readable name per table, as SQL over the table's columns (the record search matches it).
LABEL_SQL: dict[str, str] = {
    "people": "trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))",
    "companies": "name",
    "tickets": "number || ' ' || coalesce(subject, '')",
    "interventions": "number || ' ' || coalesce(subject, '')",
    "sales": "number",
    "tasks": "title",
    "campaigns": "name",
    "segments": "name",
    "leads": "coalesce(interest, need, '')",
    "opportunities": "number || ' ' || coalesce(title, '')",
    "kb_articles": "title",
    "history": "coalesce(subject, substr(body, 1, 60))",
    "users": "name",
    "products": "name",
    "contracts": "coalesce(reference, '')",
}

#: Book-keeping columns: part of every write, not "what changed".
STAMP_COLUMNS = frozenset({"created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by"})
#: Columns whose values are never shown (only that they changed).
SECRET_COLUMNS = frozenset({"password_hash"})
#: Stored forms of "nothing" (a new record's empty text, list or map).
EMPTY_VALUES = ("", "[]", "{}")
#: Tables not shown as row changes: the events themselves (shown as events).
HIDDEN_TABLES = ("audit_events",)


@dataclass(frozen=True)
class ColumnChange:
    """One cell of a change; ``shown`` is False when its values must not be displayed."""

    column: str
    old: Any
    new: Any
    shown: bool = True


@dataclass(frozen=True)
class AuditEntry:
    """One line of the trail: a row write from the change log, or an event."""

    at: str
    user_id: str | None
    user_name: str
    site: str
    machine: str
    action: str
    record_kind: str | None
    record_id: str | None
    record_label: str = ""
    detail: str = ""
    changes: tuple[ColumnChange, ...] = ()
    #: "change" (site, seq of the log) or "event" (the audit_events id).
    source: str = "change"
    key: str = ""

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(c.column for c in self.changes)


@dataclass(frozen=True)
class AuditFilter:
    """What the trail shows: each field narrows it; None means any.

    ``start``/``end`` are UTC ISO bounds [start, end); ``search`` matches the records' names
    (a person's name, a ticket's number...); ``table``/``record_id`` pin one record, ``records``
    several (table, id) pairs (a record and its parts).
    """

    user_id: str | None = None
    start: str | None = None
    end: str | None = None
    actions: tuple[str, ...] | None = None
    search: str = ""
    table: str | None = None
    record_id: str | None = None
    records: tuple[tuple[str, str], ...] | None = None

    def pinned(self) -> tuple[tuple[str, str], ...] | None:
        """The records the filter is pinned to, if any."""
        if self.table is not None and self.record_id is not None:
            return ((self.table, self.record_id), *(self.records or ()))
        return self.records


# --------------------------------------------------------------------------- writing


def write_event(db: sqlite_utils.Database, clock: Clock, kind: str, user_id: str | None,
                record_kind: str | None = None, record_id: str | None = None, detail: str | None = None) -> str:
    """Append one event (for code that has no session yet, such as a refused log-in); its id."""
    kind = KIND_ALIASES.get(kind, kind)
    if not kind or not kind.replace("_", "").isalnum():
        raise ValidationError({"kind": Message(QT_TRANSLATE_NOOP("core", "Unknown audit event: {kind}."),
                                               {"kind": kind})})
    now = now_iso(clock)
    event_id = new_id()
    with write_transaction(db):
        db.execute(
            "INSERT INTO audit_events(id, created_at, updated_at, created_by, updated_by, kind, at, user_id, site,"
            " record_kind, record_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [event_id, now, now, user_id, user_id, kind, now, user_id, this_site(db), record_kind, record_id,
             detail],
        )
    return event_id


def record(ctx: Context, kind: str, record_kind: str | None = None, record_id: str | None = None,
           detail: str | None = None) -> str:
    """Note what the change log cannot see: an export, a print, a log-in...; the event's id.

    Anyone's actions are recorded (no permission needed); the event syncs like any row.
    """
    event_id = write_event(ctx.db, ctx.clock, kind, ctx.user.id, record_kind, record_id, detail)
    ctx.announce("audit_events", event_id, "insert")
    return event_id


def this_site(db: sqlite_utils.Database) -> str:
    """This database's site id (the machine in the trail)."""
    row = db.execute("SELECT site FROM sync_clock WHERE id = 1").fetchone() if _has(db, "sync_clock") else None
    if row:
        return row[0]
    meta = db.execute("SELECT value FROM meta WHERE key = 'site_id'").fetchone()
    return meta[0] if meta else ""


# --------------------------------------------------------------------------- reading


def can_view(user: object) -> bool:
    """Whether to offer the trail at all (core refuses anyway)."""
    role = getattr(user, "role", None)
    return role is not None and allowed(role, Perm.AUDIT_VIEW)


def history_of_record(ctx: Context, table: str, record_id: str, with_parts: bool = True) -> list[AuditEntry]:
    """Everything that happened to one record, oldest first, with old -> new values of each change; with
    ``with_parts`` also to its parts (PART_TABLES: a ticket's messages, a sale's lines...)."""
    require(ctx.user, Perm.AUDIT_VIEW)
    parts = parts_of(ctx.db, table, record_id) if with_parts else []
    flt = AuditFilter(records=((table, record_id), *parts))
    entries = _page(ctx.db, flt, limit=-1, offset=0, newest_first=False)
    if any(e.record_id == record_id for e in entries) or table not in _tables(ctx.db):
        return entries
    return sorted([*_from_stamps(ctx.db, table, record_id), *entries], key=lambda e: e.at)


def parts_of(db: sqlite_utils.Database, table: str, record_id: str) -> list[tuple[str, str]]:
    """The (table, id) of a record's parts, deleted ones included (their deletion is history too)."""
    present = _tables(db)
    out: list[tuple[str, str]] = []
    for part, column in PART_TABLES.get(table, ()):
        if part in present:
            out += [(part, r[0]) for r in db.execute(f"SELECT id FROM {part} WHERE {column} = ?", [record_id])]
    return out


def activity_of_user(ctx: Context, user_id: str, start: str | None = None, end: str | None = None,
                     limit: int = 100, offset: int = 0) -> list[AuditEntry]:
    """What one user did in [start, end), newest first."""
    return page(ctx, AuditFilter(user_id=user_id, start=start, end=end), limit, offset)


def recent(ctx: Context, limit: int = 100, offset: int = 0, kinds: Iterable[str] | None = None) -> list[AuditEntry]:
    """The latest entries of everyone, newest first; ``kinds`` narrows to those actions."""
    actions = tuple(KIND_ALIASES.get(k, k) for k in kinds) if kinds is not None else None
    return page(ctx, AuditFilter(actions=actions), limit, offset)


def page(ctx: Context, flt: AuditFilter, limit: int = 100, offset: int = 0,
         after: tuple[str, str] | None = None) -> list[AuditEntry]:
    """One page of the trail under ``flt``, newest first; ``after`` = (at, key) of the last entry shown
    continues after it (cheaper than a growing offset).

    A record, several records or a name search read their few lines by index. Otherwise the trail is
    walked newest first from the log's ``updated_at`` cells (every write by the app has one) and
    stops once the page is full, instead of grouping the whole log; a rare user or a rare kind of
    change is gathered from their own lines. See the module's notes on the indexes this relies on.
    """
    require(ctx.user, Perm.AUDIT_VIEW)
    if flt.pinned() is not None or flt.search.strip() or not _walkable(ctx.db):
        return _page(ctx.db, flt, limit, offset, newest_first=True, after=after)
    rows = _walk(ctx.db, flt, offset + limit, after)[offset:]
    return _entries(ctx.db, rows)


def page_by_query(ctx: Context, flt: AuditFilter, limit: int = 100, offset: int = 0) -> list[AuditEntry]:
    """The same page from the plain merged query (slow on a long log: to check :func:`page` against)."""
    require(ctx.user, Perm.AUDIT_VIEW)
    return _page(ctx.db, flt, limit, offset, newest_first=True)


def count(ctx: Context, flt: AuditFilter) -> int:
    """How many entries ``flt`` gives (for the paged table)."""
    require(ctx.user, Perm.AUDIT_VIEW)
    sql, params = _query(ctx.db, flt)
    return ctx.db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]


def kinds_in_use(ctx: Context) -> list[str]:
    """The actions the filter offers: the row actions, the known events, and any other kind seen."""
    require(ctx.user, Perm.AUDIT_VIEW)
    seen = [r[0] for r in ctx.db.execute("SELECT DISTINCT kind FROM audit_events ORDER BY kind").fetchall()]
    known = [*ROW_ACTIONS, *EVENT_KINDS]
    return known + [k for k in seen if k not in known]


def record_labels(ctx: Context, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Readable names of (table, id) records (a person's name, a ticket's number and subject), for values
    shown in a history; the trail's right is needed as for the history itself."""
    require(ctx.user, Perm.AUDIT_VIEW)
    return _labels(ctx.db, keys)


def action_label(action: str) -> str:
    """The core label of an action (translate with core_tr); an unknown kind is shown as is."""
    return ACTION_LABELS.get(action, action)


def kind_label(kind: str | None) -> str:
    return KIND_LABELS.get(kind or "", kind or "")


# --------------------------------------------------------------------------- SQL


def _has(db: sqlite_utils.Database, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone() is not None


def _tables(db: sqlite_utils.Database) -> set[str]:
    return set(db.table_names())


def _kind_case(column: str) -> str:
    whens = " ".join(f"WHEN '{t}' THEN '{k}'" for t, k in KIND_OF_TABLE.items())
    return f"CASE {column} {whens} ELSE {column} END"


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f"'{n}'" for n in names)


#: Who wrote a change (row g) that left updated_by unchanged: the same machine's previous writer
#: of that row, else the previous one received (INDEXED BY: the planner would walk the site's
#: whole sequence instead, which is quadratic over a page).
_AUTHOR_SQL = (
    "(SELECT x.val FROM sync_log x INDEXED BY sync_log_cell WHERE x.tbl = g.tbl AND x.row_id = g.row_id "
    "AND x.col = 'updated_by' AND x.site = g.site AND x.seq < g.seq ORDER BY x.seq DESC LIMIT 1), "
    "(SELECT x.val FROM sync_log x INDEXED BY sync_log_cell WHERE x.tbl = g.tbl AND x.row_id = g.row_id "
    "AND x.col = 'updated_by' AND x.lid < g.lid ORDER BY x.lid DESC LIMIT 1)"
)
#: How much earlier than a period's start a change's machine clock may be and still count.
PERIOD_MARGIN_MS = 2 * 24 * 3600 * 1000

_HLC_ISO = "strftime('%Y-%m-%dT%H:%M:%fZ', (g.hlc >> 16) / 1000.0, 'unixepoch')"


def _query(db: sqlite_utils.Database, flt: AuditFilter,
           after: tuple[str, str] | None = None) -> tuple[str, list[Any]]:
    """The merged trail as one SQL query of (src, key, at, user_id, site, action, record_kind, record_id, tbl,
    detail), unordered, with the filter applied."""
    params: list[Any] = []
    group_where = ["l.pending = 0", f"l.tbl NOT IN ({_quoted(HIDDEN_TABLES)})"]
    event_where = ["e.deleted_at IS NULL"]
    pinned = flt.pinned()
    if pinned is not None:
        # One OR term per record: each is a lookup in sync_log_cell.
        group_where.append("(" + (" OR ".join("(l.tbl = ? AND l.row_id = ?)" for _ in pinned) or "0") + ")")
        params += [v for pair in pinned for v in pair]
    text = flt.search.strip()
    like = f"%{_escape(text)}%"
    named: list[tuple[str, str]] = [(t, label) for t, label in LABEL_SQL.items() if t in _tables(db)] if text else []
    ids_sql = {table: _named_ids(db, table, label, text) for table, label in named}
    named = [(t, label) for t, label in named if ids_sql[t] is not None]
    if text:
        # The records named so, each read by index (sync_log_cell), not the whole log filtered.
        group_where.append("(" + (" OR ".join(
            f"(l.tbl = '{table}' AND l.row_id IN ({ids_sql[table][0]}))" for table, _label in named) or "0") + ")")
        params += [ids_sql[table][1] for table, _label in named]
    if flt.start is not None:
        # Only the log's clock is in every line: skip what is surely older (the app's time of a
        # change and the machine's clock differ by far less than this margin).
        group_where.append("l.hlc >= ?")
        params.append(max(0, _ms(flt.start) - PERIOD_MARGIN_MS) << 16)
    changes = (
        "SELECT l.site, l.seq, min(l.lid) AS lid, max(l.hlc) AS hlc, l.tbl, l.row_id, "
        "max(l.col = 'created_at') AS inserted, "
        "max(l.col = 'deleted_at' AND l.val IS NOT NULL) AS deleted, "
        "max(l.col = 'deleted_at' AND l.val IS NULL) AS restored, "
        "max(CASE WHEN l.col = 'updated_by' THEN l.val END) AS by_logged, "
        "max(CASE WHEN l.col = 'updated_at' THEN l.val END) AS at_logged "
        f"FROM sync_log l WHERE {' AND '.join(group_where)} GROUP BY l.site, l.seq"
    )
    # Who wrote a change that left updated_by as it was: costly, so computed in SQL only when
    # filtering by user; a page of entries fills it in afterwards (_authors).
    author = f"coalesce(g.by_logged, {_AUTHOR_SQL})" if flt.user_id is not None else "g.by_logged"
    rows = (
        f"SELECT 'change' AS src, g.site || ':' || g.seq AS key, coalesce(g.at_logged, {_HLC_ISO}) AS at, "
        f"{author} AS user_id, g.site AS site, "
        "CASE WHEN g.inserted THEN 'created' WHEN g.deleted THEN 'deleted' WHEN g.restored THEN 'restored' "
        "ELSE 'changed' END AS action, "
        f"{_kind_case('g.tbl')} AS record_kind, g.row_id AS record_id, g.tbl AS tbl, NULL AS detail "
        f"FROM ({changes}) g"
    )
    if pinned is not None:
        terms = " OR ".join("(e.record_id = ? AND coalesce(e.record_kind, '') IN (?, ?))" for _ in pinned)
        event_where.append(f"({terms or '0'})")
        params += [v for table, rid in pinned for v in (rid, KIND_OF_TABLE.get(table, table), table)]
    if text:
        matches = [f"(e.record_kind = '{KIND_OF_TABLE[table]}' AND e.record_id IN ({ids_sql[table][0]}))"
                   for table, _label in named]
        event_where.append("(" + " OR ".join([*matches, "e.detail LIKE ? ESCAPE '\\'"]) + ")")
        params += [*(ids_sql[table][1] for table, _label in named), like]
    events = (
        "SELECT 'event' AS src, e.id AS key, e.at AS at, e.user_id AS user_id, coalesce(e.site, '') AS site, "
        "e.kind AS action, e.record_kind AS record_kind, e.record_id AS record_id, NULL AS tbl, e.detail AS detail "
        f"FROM audit_events e WHERE {' AND '.join(event_where)}"
    )
    sql = f"SELECT * FROM ({rows} UNION ALL {events}) t"
    outer, when = _who_and_when(flt, "t.")
    params += when
    if flt.actions is not None:
        outer.append(f"t.action IN ({', '.join('?' * len(flt.actions))})" if flt.actions else "0")
        params += list(flt.actions)
    if after is not None:
        outer.append("(t.at < ? OR (t.at = ? AND t.key < ?))")
        params += [after[0], after[0], after[1]]
    if outer:
        sql += " WHERE " + " AND ".join(outer)
    return sql, params


#: Tables whose records are found by their words in the full-text index (the columns of their name), as the
#: global search finds them: a scan of a large table's names takes a large part of the page's budget.
FTS_LABELS: dict[str, tuple[str, str]] = {
    "people": ("people_fts", "first_name last_name"),
    "companies": ("companies_fts", "name"),
    "tickets": ("tickets_fts", "number subject"),
    "interventions": ("interventions_fts", "number subject"),
    "opportunities": ("opportunities_fts", "number title"),
    "campaigns": ("campaigns_fts", "name"),
    "kb_articles": ("kb_articles_fts", "title"),
    "products": ("products_fts", "name"),
    "history": ("history_fts", "subject body"),
}


def _named_ids(db: sqlite_utils.Database, table: str, label: str, text: str) -> tuple[str, str] | None:
    """SQL of the ids of ``table``'s records whose name holds ``text``, and its parameter; None when no
    record can match. Where a full-text index exists, by the name's words (word beginnings, accents
    ignored); elsewhere (small tables) the name contains the text."""
    fts = FTS_LABELS.get(table)
    if fts is not None and _has(db, fts[0]):
        query = match_query(text)
        if query is None:
            return None
        return (f"SELECT x.id FROM {table} x WHERE x.rid IN (SELECT rowid FROM {fts[0]} WHERE {fts[0]} MATCH ?)",
                f"{{{fts[1]}}} : ({query})")
    return f"SELECT id FROM {table} WHERE {label} LIKE ? ESCAPE '\\'", f"%{_escape(text)}%"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _page(db: sqlite_utils.Database, flt: AuditFilter, limit: int, offset: int, newest_first: bool,
          after: tuple[str, str] | None = None) -> list[AuditEntry]:
    sql, params = _query(db, flt, after)
    order = "DESC" if newest_first else "ASC"
    rows = db.execute(
        f"{sql} ORDER BY t.at {order}, t.key {order} LIMIT ? OFFSET ?", [*params, limit, max(0, offset)]
    ).fetchall()
    return _entries(db, rows)


def _entries(db: sqlite_utils.Database, rows: Sequence[Sequence[Any]]) -> list[AuditEntry]:
    """Entries of trail rows (src, key, at, user_id, site, action, record_kind, record_id, tbl, detail); the
    author of a change that left updated_by unchanged is found here, for the page's rows only."""
    rows = [r if r[3] is not None or r[0] != "change" else (*r[:3], _author(db, r[1]), *r[4:]) for r in rows]
    names = _user_names(db, {r[3] for r in rows})
    machines = _machines(db)
    labels = _labels(db, [(r[8] or TABLE_OF_KIND.get(r[6] or ""), r[7]) for r in rows])
    erased = _erased(db, [r[7] for r in rows if r[6] == "person"])
    out = []
    for src, key, at, user_id, site, action, record_kind, record_id, tbl, detail in rows:
        table = tbl or TABLE_OF_KIND.get(record_kind or "")
        changes: tuple[ColumnChange, ...] = ()
        if src == "change":
            hide = record_kind == "person" and record_id in erased
            changes = _cells(db, key, hide)
        out.append(AuditEntry(
            at=at, user_id=user_id, user_name=names.get(user_id, "") if user_id else "",
            site=site or "", machine=machines.get(site or "", (site or "")[:6]), action=action,
            record_kind=record_kind, record_id=record_id, record_label=labels.get((table, record_id), ""),
            detail=detail or "", changes=changes, source=src, key=key,
        ))
    return out


def _author(db: sqlite_utils.Database, key: str) -> str | None:
    """The writer of one change whose write left updated_by unchanged (see _AUTHOR_SQL)."""
    site, _, seq = key.rpartition(":")
    row = db.execute(
        f"SELECT coalesce({_AUTHOR_SQL}) FROM (SELECT site, seq, min(lid) AS lid, tbl, row_id FROM sync_log "
        "WHERE site = ? AND seq = ?) g",
        [site, int(seq)],
    ).fetchone()
    return row[0] if row else None


def _ms(iso: str) -> int:
    return int(from_iso(iso).timestamp() * 1000)


def _cells(db: sqlite_utils.Database, key: str, hide_values: bool) -> tuple[ColumnChange, ...]:
    """The cells of one row write, with each cell's value before it (by the merge's newest-wins rule)."""
    site, _, seq = key.rpartition(":")
    cells = db.execute(
        "SELECT lid, hlc, tbl, row_id, col, val FROM sync_log WHERE site = ? AND seq = ? ORDER BY lid",
        [site, int(seq)],
    ).fetchall()
    out = []
    for lid, hlc, tbl, row_id, col, val in cells:
        if col in STAMP_COLUMNS:
            continue
        before = db.execute(
            "SELECT val FROM sync_log WHERE tbl = ? AND row_id = ? AND col = ? AND lid < ? AND pending = 0 "
            "AND (hlc < ? OR (hlc = ? AND site < ?)) ORDER BY hlc DESC, site DESC LIMIT 1",
            [tbl, row_id, col, lid, hlc, hlc, site],
        ).fetchone()
        if before is None and val in EMPTY_VALUES:
            continue  # a new record's empty lists and maps: nothing was said
        shown = not hide_values and col not in SECRET_COLUMNS
        out.append(ColumnChange(col, before[0] if (before and shown) else None, val if shown else None, shown))
    return tuple(out)


def _user_names(db: sqlite_utils.Database, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    return dict(db.execute(f"SELECT id, name FROM users WHERE id IN ({marks})", wanted).fetchall())


def _machines(db: sqlite_utils.Database) -> dict[str, str]:
    """Site id -> its short code, for every site this database knows (this one included)."""
    codes: dict[str, str] = {}
    if _has(db, "sync_sites"):
        codes.update((s, c) for s, c in db.execute("SELECT site, code FROM sync_sites WHERE code IS NOT NULL"))
    own = db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()
    if own:
        codes[this_site(db)] = own[0]
    return codes


def _labels(db: sqlite_utils.Database, keys: Sequence[tuple[str | None, str | None]]) -> dict[tuple[str, str], str]:
    by_table: dict[str, set[str]] = {}
    for table, record_id in keys:
        if table in LABEL_SQL and record_id:
            by_table.setdefault(table, set()).add(record_id)
    present = _tables(db)
    out: dict[tuple[str, str], str] = {}
    for table, ids in by_table.items():
        if table not in present:
            continue
        marks = ", ".join("?" * len(ids))
        for record_id, label in db.execute(
            f"SELECT id, {LABEL_SQL[table]} FROM {table} WHERE id IN ({marks})", list(ids)
        ).fetchall():
            out[(table, record_id)] = label or ""
    return out


def _erased(db: sqlite_utils.Database, person_ids: Sequence[str | None]) -> set[str]:
    wanted = [p for p in person_ids if p]
    if not wanted or not _has(db, "erasures"):
        return set()
    marks = ", ".join("?" * len(wanted))
    return {r[0] for r in db.execute(
        f"SELECT person_id FROM erasures WHERE deleted_at IS NULL AND person_id IN ({marks})", wanted
    ).fetchall()}


def _from_stamps(db: sqlite_utils.Database, table: str, record_id: str) -> list[AuditEntry]:
    """A record without any logged change (loaded with capture off): what its own stamps tell."""
    rows = db.execute_returning_dicts(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    if not rows or "created_at" not in rows[0]:
        return []
    row = rows[0]
    names = _user_names(db, {row.get("created_by"), row.get("updated_by"), row.get("deleted_by")})
    kind = KIND_OF_TABLE.get(table, table)
    label = _labels(db, [(table, record_id)]).get((table, record_id), "")
    stamps = [("created", row.get("created_at"), row.get("created_by"))]
    if row.get("updated_at") and row["updated_at"] != row.get("created_at") and row["updated_at"] != row.get(
            "deleted_at"):
        stamps.append(("changed", row["updated_at"], row.get("updated_by")))
    if row.get("deleted_at"):
        stamps.append(("deleted", row["deleted_at"], row.get("deleted_by")))
    return [AuditEntry(at=at, user_id=who, user_name=names.get(who, "") if who else "", site="", machine="",
                       action=action, record_kind=kind, record_id=record_id, record_label=label, source="stamp",
                       key=f"{action}:{at}")
            for action, at, who in stamps if at]



# --------------------------------------------------------------------------- the walk (page without a record)

#: Indexes the walk reads the log by (migration 0011); without them, pages come from the plain query.
WALK_INDEX_SQL = AUDIT_WALK_INDEXES
WALK_INDEXES = ("sync_log_at", "sync_log_by", "sync_log_deleted", "sync_log_hlc")
#: Row writes examined at a time while walking.
CHUNK = 400
#: A user who wrote on at most this many records is gathered from those records, not walked to.
FEW_ROWS = 3000

Row = tuple[Any, ...]


def _walkable(db: sqlite_utils.Database) -> bool:
    """Whether the log has the indexes the walk needs (without them, the plain query is as fast)."""
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sync_log'")}
    return all(n in names for n in WALK_INDEXES)


def _older(row: Row, after: tuple[str, str] | None) -> bool:
    return after is None or (row[2], row[1]) < after


def _walk(db: sqlite_utils.Database, flt: AuditFilter, wanted: int, after: tuple[str, str] | None) -> list[Row]:
    """The first ``wanted`` trail rows under ``flt`` (no record pinned, no search), newest first."""
    row_actions = ROW_ACTIONS if flt.actions is None else tuple(a for a in flt.actions if a in ROW_ACTIONS)
    rows = _events(db, flt, wanted, after)
    if row_actions:
        if set(row_actions) <= {"deleted", "restored"}:
            changes = _gathered(db, _deletion_groups(db, row_actions), flt, row_actions, wanted, after)
        elif flt.user_id is not None and (few := _rows_of_user(db, flt.user_id)) is not None:
            changes = _gathered(db, _groups_on_rows(db, few), flt, row_actions, wanted, after)
        else:
            changes = _walk_changes(db, flt, row_actions, wanted, after)
        rows += changes[:wanted]
    rows.sort(key=lambda r: (r[2], r[1]), reverse=True)
    return rows[:wanted]


def _who_and_when(flt: AuditFilter, prefix: str = "") -> tuple[list[str], list[Any]]:
    """The user and period conditions of ``flt`` (on ``user_id`` and ``at``, of the table ``prefix`` names)."""
    where: list[str] = []
    params: list[Any] = []
    for value, condition in ((flt.user_id, "user_id = ?"), (flt.start, "at >= ?"), (flt.end, "at < ?")):
        if value is not None:
            where.append(prefix + condition)
            params.append(value)
    return where, params


def _events(db: sqlite_utils.Database, flt: AuditFilter, wanted: int, after: tuple[str, str] | None) -> list[Row]:
    """The newest events under ``flt`` (by the events' time index)."""
    where, params = _who_and_when(flt)
    where.insert(0, "deleted_at IS NULL")
    if flt.actions is not None:
        kinds = [a for a in flt.actions if a not in ROW_ACTIONS]
        if not kinds:
            return []
        where.append(f"kind IN ({', '.join('?' * len(kinds))})")
        params += kinds
    if after is not None:
        where.append("(at < ? OR (at = ? AND id < ?))")
        params += [after[0], after[0], after[1]]
    return [tuple(r) for r in db.execute(
        "SELECT 'event', id, at, user_id, coalesce(site, ''), kind, record_kind, record_id, NULL, detail "
        f"FROM audit_events WHERE {' AND '.join(where)} ORDER BY at DESC, id DESC LIMIT ?", [*params, wanted]
    ).fetchall()]


def _walk_changes(db: sqlite_utils.Database, flt: AuditFilter, actions: tuple[str, ...], wanted: int,
                  after: tuple[str, str] | None) -> list[Row]:
    """Row writes newest first, a chunk at a time, until ``wanted`` pass the filter.

    A chunk is the next CHUNK writes by their ``updated_at`` (with all of those sharing the chunk's last
    time, so none is skipped), plus the writes without one whose log clock falls in the same span.
    """
    out: list[Row] = []
    high = after[0] if after is not None else flt.end  # still to read: times below it (or equal, with after)
    inclusive = after is not None
    while len(out) < wanted:
        where, params = ["col = 'updated_at'"], []
        if flt.start is not None:
            where.append("val >= ?")
            params.append(flt.start)
        if high is not None:
            where.append("val <= ?" if inclusive else "val < ?")
            params.append(high)
        timed = db.execute(
            f"SELECT val, site, seq FROM sync_log WHERE {' AND '.join(where)} ORDER BY val DESC LIMIT ?",
            [*params, CHUNK],
        ).fetchall()
        done = len(timed) < CHUNK
        low = flt.start if done else timed[-1][0]  # this chunk covers the times [low, high)
        if not done:  # the other writes sharing the chunk's last time
            timed += db.execute("SELECT val, site, seq FROM sync_log WHERE col = 'updated_at' AND val = ?",
                                [low]).fetchall()
        groups = {(site, seq) for _val, site, seq in timed} | _untimed(db, low, high)
        rows = [r for r in _describe(db, groups, flt.user_id is not None)
                if (low is None or r[2] >= low)
                and (high is None or r[2] < high or (inclusive and r[2] == high and _older(r, after)))]
        out += sorted(_keep(rows, flt, actions), key=lambda r: (r[2], r[1]), reverse=True)
        if done:
            break
        high, inclusive = low, False
    return out


def _untimed(db: sqlite_utils.Database, low: str | None, high: str | None) -> set[tuple[str, int]]:
    """Writes with no updated_at cell (made outside the app) whose log clock is in [low, high]."""
    where, params = [], []
    if low is not None:
        where.append("hlc >= ?")
        params.append(_ms(low) << 16)
    if high is not None:
        where.append("hlc < ?")
        params.append((_ms(high) + 1) << 16)
    lines = db.execute(
        "SELECT DISTINCT site, seq FROM sync_log INDEXED BY sync_log_hlc"
        + (f" WHERE {' AND '.join(where)}" if where else ""), params
    ).fetchall()
    if not lines:
        return set()
    timed = _with_cell(db, lines, "updated_at")
    return {(site, seq) for site, seq in lines if (site, seq) not in timed}


def _with_cell(db: sqlite_utils.Database, groups: Iterable[tuple[str, int]], col: str) -> set[tuple[str, int]]:
    """Which of ``groups`` logged the column ``col``."""
    found: set[tuple[str, int]] = set()
    for site, seqs in _by_site(groups).items():
        for part in _chunks(seqs):
            found |= {(site, r[0]) for r in db.execute(
                f"SELECT seq FROM sync_log WHERE site = ? AND seq IN ({', '.join('?' * len(part))}) AND col = ?",
                [site, *part, col])}
    return found


def _by_site(groups: Iterable[tuple[str, int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for site, seq in groups:
        out.setdefault(site, []).append(seq)
    return out


def _chunks(values: Sequence[Any], size: int = 500) -> list[Sequence[Any]]:
    return [values[i:i + size] for i in range(0, len(values), size)]


def _describe(db: sqlite_utils.Database, groups: Iterable[tuple[str, int]], authors: bool) -> list[Row]:
    """Trail rows of row writes (site, seq), as _query gives them; ``authors`` fills in who wrote those that
    left updated_by unchanged (else the page does it for its rows only)."""
    rows: list[Row] = []
    for site, seqs in _by_site(groups).items():
        for part in _chunks(seqs):
            rows += db.execute(
                "SELECT site, seq, min(lid), max(hlc), tbl, row_id, max(col = 'created_at'), "
                "max(col = 'deleted_at' AND val IS NOT NULL), max(col = 'deleted_at' AND val IS NULL), "
                "max(CASE WHEN col = 'updated_by' THEN val END), max(CASE WHEN col = 'updated_at' THEN val END) "
                f"FROM sync_log WHERE site = ? AND seq IN ({', '.join('?' * len(part))}) AND pending = 0 "
                "GROUP BY site, seq", [site, *part]).fetchall()
    rows = [r for r in rows if r[4] not in HIDDEN_TABLES]
    inherited = _inherited_authors(db, [r for r in rows if r[9] is None]) if authors else {}
    out = []
    for site, seq, _lid, hlc, tbl, row_id, inserted, deleted, restored, by_logged, at_logged in rows:
        action = "created" if inserted else "deleted" if deleted else "restored" if restored else "changed"
        key = f"{site}:{seq}"
        at = at_logged or _hlc_iso(hlc)
        out.append(("change", key, at, by_logged or inherited.get(key), site, action,
                    KIND_OF_TABLE.get(tbl, tbl), row_id, tbl, None))
    return out


def _hlc_iso(hlc: int) -> str:
    """The hybrid clock's time as the log's ISO text (as _HLC_ISO does in SQL)."""
    from datetime import UTC, datetime

    moment = datetime.fromtimestamp((hlc >> 16) / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _inherited_authors(db: sqlite_utils.Database, rows: Sequence[Row]) -> dict[str, str | None]:
    """Who wrote each row write that left updated_by as it was: the same machine's previous writer of that
    record, else the previous one received (as _AUTHOR_SQL), read for all of them at once."""
    if not rows:
        return {}
    by_table: dict[str, set[str]] = {}
    for r in rows:
        by_table.setdefault(r[4], set()).add(r[5])
    writers: dict[tuple[str, str], list[tuple[int, str, int, str]]] = {}
    for tbl, ids in by_table.items():
        for part in _chunks(sorted(ids)):
            for row_id, lid, site, seq, val in db.execute(
                    f"SELECT row_id, lid, site, seq, val FROM sync_log WHERE tbl = ? AND row_id IN "
                    f"({', '.join('?' * len(part))}) AND col = 'updated_by'", [tbl, *part]):
                writers.setdefault((tbl, row_id), []).append((lid, site, seq, val))
    out: dict[str, str | None] = {}
    for site, seq, lid, _hlc, tbl, row_id, *_rest in rows:
        lines = writers.get((tbl, row_id), [])
        same = [w for w in lines if w[1] == site and w[2] < seq]
        if same:
            out[f"{site}:{seq}"] = max(same, key=lambda w: w[2])[3]
            continue
        before = [w for w in lines if w[0] < lid]
        out[f"{site}:{seq}"] = max(before)[3] if before else None
    return out


def _keep(rows: Iterable[Row], flt: AuditFilter, actions: tuple[str, ...]) -> list[Row]:
    """The rows passing the user, period and kind filters."""
    return [r for r in rows
            if (flt.user_id is None or r[3] == flt.user_id) and r[5] in actions
            and (flt.start is None or r[2] >= flt.start) and (flt.end is None or r[2] < flt.end)]


def _gathered(db: sqlite_utils.Database, candidates: Iterable[tuple[str, str, int, str | None, int]],
              flt: AuditFilter, actions: tuple[str, ...], wanted: int, after: tuple[str, str] | None) -> list[Row]:
    """The first ``wanted`` rows passing the filter among candidate writes (site, seq, updated_at, hlc), read
    newest first a chunk at a time (a rare user's records may hold thousands of writes: most are not read)."""
    timed = []
    for site, seq, at_logged, hlc in candidates:
        at, key = at_logged or _hlc_iso(hlc), f"{site}:{seq}"
        if (flt.start is None or at >= flt.start) and (flt.end is None or at < flt.end) \
                and (after is None or (at, key) < after):
            timed.append((at, key, site, seq))
    timed.sort(reverse=True)
    out: list[Row] = []
    for part in _chunks(timed, CHUNK):
        if len(out) >= wanted:
            break
        rows = _describe(db, [(site, seq) for _at, _key, site, seq in part], flt.user_id is not None)
        out += sorted(_keep(rows, flt, actions), key=lambda r: (r[2], r[1]), reverse=True)
    return out


def _deletion_groups(db: sqlite_utils.Database, actions: tuple[str, ...]) -> list[tuple[str, int, str | None, int]]:
    """Writes that deleted (deleted_at set) or restored (deleted_at emptied) a record: (site, seq, updated_at,
    hlc)."""
    wanted = []
    if "deleted" in actions:
        wanted.append("d.val IS NOT NULL")
    if "restored" in actions:
        wanted.append("d.val IS NULL")
    return db.execute(
        "SELECT d.site, d.seq, (SELECT x.val FROM sync_log x WHERE x.site = d.site AND x.seq = d.seq "
        "AND x.col = 'updated_at'), d.hlc FROM sync_log d INDEXED BY sync_log_deleted "
        f"WHERE d.col = 'deleted_at' AND ({' OR '.join(wanted)})").fetchall()


def _rows_of_user(db: sqlite_utils.Database, user_id: str) -> list[tuple[str, str]] | None:
    """The records a user ever wrote updated_by on (every write they are the author of is on one of them),
    or None when they are too many to gather (a busy user's page is quickly found by walking)."""
    found = db.execute(
        "SELECT DISTINCT tbl, row_id FROM sync_log INDEXED BY sync_log_by WHERE col = 'updated_by' AND val = ? "
        "LIMIT ?", [user_id, FEW_ROWS + 1]).fetchall()
    return None if len(found) > FEW_ROWS else [(t, r) for t, r in found]


def _groups_on_rows(db: sqlite_utils.Database,
                    keys: Sequence[tuple[str, str]]) -> list[tuple[str, int, str | None, int]]:
    """Every write on the records ``keys``: (site, seq, updated_at, hlc)."""
    by_table: dict[str, list[str]] = {}
    for tbl, row_id in keys:
        by_table.setdefault(tbl, []).append(row_id)
    out: list[tuple[str, int, str | None, int]] = []
    for tbl, ids in by_table.items():
        for part in _chunks(ids):
            out += db.execute(
                "SELECT site, seq, max(CASE WHEN col = 'updated_at' THEN val END), max(hlc) FROM sync_log "
                f"WHERE tbl = ? AND row_id IN ({', '.join('?' * len(part))}) GROUP BY site, seq", [tbl, *part]
            ).fetchall()
    return out
