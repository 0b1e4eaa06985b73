"""Conflicts: cells that two machines changed without seeing each other's value.

Each keeps all its concurrent values (nothing typed is lost) until someone writes
the cell again: keeping one value or typing a new one is an ordinary write, which
supersedes every value its author saw and so resolves the conflict everywhere at
the next sync.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from crm_desktop.core import ticket_sla
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.db import capture, synced
from crm_desktop.sync import hlc
from crm_desktop.sync.merge import write_transaction

WRITE_PERMS = {
    "people": Perm.PERSON_WRITE,
    "companies": Perm.COMPANY_WRITE,
    "history": Perm.HISTORY_WRITE,
    "attachments": Perm.ATTACHMENT_WRITE,
    "users": Perm.USERS,
    "tickets": Perm.TICKET_WRITE,
    "ticket_events": Perm.TICKET_WRITE,
    "ticket_solutions": Perm.TICKET_WRITE,
    "support_levels": Perm.CONTRACT_WRITE,
    "contracts": Perm.CONTRACT_WRITE,
    "kb_articles": Perm.KB_WRITE,
    "time_entries": Perm.COST_WRITE,
    "ticket_costs": Perm.COST_WRITE,
    "technicians": Perm.TECHNICIAN_WRITE,
    "absences": Perm.TECHNICIAN_WRITE,
    "products": Perm.PRODUCT_WRITE,
    "stock_locations": Perm.STOCK_WRITE,
    "stock_movements": Perm.STOCK_WRITE,
    "stock_minimums": Perm.STOCK_WRITE,
    "interventions": Perm.INTERVENTION_WRITE,
    "intervention_technicians": Perm.INTERVENTION_WRITE,
    "intervention_parts": Perm.INTERVENTION_WRITE,
    "intervention_costs": Perm.INTERVENTION_WRITE,
    "maintenance_plans": Perm.CONTRACT_WRITE,
    "sales": Perm.SALE_WRITE,
    "sale_lines": Perm.SALE_WRITE,
    "tasks": Perm.TASK_WRITE,
    "leads": Perm.LEAD_WRITE,
    "assignment_rules": Perm.LEAD_RULES,
    "opportunities": Perm.OPPORTUNITY_WRITE,
    "segments": Perm.CAMPAIGN_WRITE,
    "campaigns": Perm.CAMPAIGN_WRITE,
    "campaign_costs": Perm.CAMPAIGN_WRITE,
    "campaign_members": Perm.CAMPAIGN_WRITE,
    "campaign_sends": Perm.CAMPAIGN_WRITE,
    "consent_events": Perm.PERSON_WRITE,
    "erasures": Perm.PERSONAL_DATA,
    "audit_events": Perm.SETTINGS,
}


@dataclass(frozen=True)
class ConflictValue:
    value: Any
    site: str
    site_code: str
    when_ms: int
    author: str | None  # the user who wrote it, when known
    shown: bool


@dataclass(frozen=True)
class Conflict:
    table: str
    row_id: str
    column: str
    values: list[ConflictValue]


def _stale(db: sqlite_utils.Database, table: str, row_id: str, col: str, last_lid: int) -> bool:
    """Resolved since recorded: a later value was written here (ours supersede all we saw)."""
    newer = db.execute(
        "SELECT 1 FROM sync_log WHERE tbl = ? AND row_id = ? AND col = ? AND pending = 0 AND lid > ? LIMIT 1",
        [table, row_id, col, last_lid],
    ).fetchone()
    return newer is not None


def prune(db: sqlite_utils.Database) -> int:
    """Forget the concurrent values of cells written here since (stale: the merge no
    longer reads them), hidden ones included; returns how many were dropped."""
    cursor = db.execute(
        "DELETE FROM sync_conflicts WHERE EXISTS (SELECT 1 FROM sync_log l WHERE l.tbl = sync_conflicts.tbl "
        "AND l.row_id = sync_conflicts.row_id AND l.col = sync_conflicts.col AND l.pending = 0 "
        "AND l.lid > sync_conflicts.last_lid)"
    )
    return cursor.rowcount


def count(db: sqlite_utils.Database) -> int:
    return len(list_all(db))


def list_all(db: sqlite_utils.Database, limit: int = 1000) -> list[Conflict]:
    """Open conflicts, newest first; those resolved since are cleared on the way."""
    out: list[Conflict] = []
    codes = dict(db.execute("SELECT site, coalesce(code, '') FROM sync_sites").fetchall())
    own_site, own_code = db.execute(
        "SELECT c.site, m.value FROM sync_clock c LEFT JOIN meta m ON m.key = 'site_code' WHERE c.id = 1"
    ).fetchone()
    codes[own_site] = own_code or ""
    names = dict(db.execute("SELECT id, name FROM users").fetchall())
    # Cells of book-keeping columns and append-only tables keep their concurrent values
    # too (for the merge), but the newest is taken without asking: not conflicts.
    quiet_tables = [t.name for t in synced.TABLES if t.append_only]
    quiet_columns = sorted(synced.QUIET_COLUMNS)
    for table, row_id, col, last_lid, live in db.execute(
        "SELECT tbl, row_id, col, last_lid, live FROM sync_conflicts "
        f"WHERE tbl NOT IN ({', '.join('?' * len(quiet_tables))}) "
        f"AND col NOT IN ({', '.join('?' * len(quiet_columns))}) ORDER BY last_lid DESC LIMIT ?",
        [*quiet_tables, *quiet_columns, limit],
    ).fetchall():
        if _stale(db, table, row_id, col, last_lid):
            db.execute("DELETE FROM sync_conflicts WHERE tbl = ? AND row_id = ? AND col = ?", [table, row_id, col])
            continue
        entries = json.loads(live)
        winner = max(entries, key=lambda e: (e[2], e[0]))
        values = []
        for site, seq, clock, lid in entries:
            val = db.execute("SELECT val FROM sync_log WHERE lid = ?", [lid]).fetchone()
            # Who: the change's updated_by, or the one that site last wrote on this row.
            author = db.execute(
                "SELECT val FROM sync_log WHERE tbl = ? AND row_id = ? AND col = 'updated_by' AND site = ? "
                "AND seq <= ? ORDER BY seq DESC LIMIT 1",
                [table, row_id, site, seq],
            ).fetchone()
            values.append(ConflictValue(
                value=val[0] if val else None, site=site, site_code=codes.get(site, site[:6]),
                when_ms=hlc.wall_ms(clock), author=names.get(author[0]) if author else None,
                shown=[site, seq, clock, lid] == winner,
            ))
        if len({_same_key(v.value) for v in values}) < 2:
            # Two machines wrote the same value: nothing to choose. The cell keeps its
            # set of writes (a later write may supersede one of them only), unseen.
            continue
        out.append(Conflict(table, row_id, col, values))
    return out


def _same_key(value: Any) -> tuple[str, Any]:
    """Values that are the same to SQLite and to the user: 1, 1.0 and '1' differ."""
    return type(value).__name__, value


def resolve(ctx: Context, table: str, row_id: str, column: str, value: Any) -> None:
    """Keep ``value`` (one of the values, or a new one): a write that supersedes them all."""
    spec = synced.BY_NAME.get(table)
    if spec is None or column not in synced.columns(ctx.db, spec):
        raise NotFound(QT_TRANSLATE_NOOP("core", "This record no longer exists."))
    require(ctx.user, WRITE_PERMS.get(table, Perm.SETTINGS))
    with write_transaction(ctx.db):
        before = ctx.db.execute("SELECT coalesce(max(lid), 0) FROM sync_log").fetchone()[0]
        cursor = ctx.db.execute(
            f'UPDATE {table} SET "{column}" = ? WHERE "{spec.key}" = ?', [value, row_id]
        )
        if cursor.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("core", "This record no longer exists."))
        logged = ctx.db.execute(
            "SELECT 1 FROM sync_log WHERE lid > ? AND tbl = ? AND row_id = ? AND col = ?",
            [before, table, row_id, column],
        ).fetchone()
        if not logged:
            # Same value as shown: nothing changed in the table, but the choice must
            # still be logged so that other machines drop the other values too.
            ctx.db.execute(capture.TICK)
            ctx.db.execute(
                "INSERT INTO sync_log(site, seq, hlc, tbl, row_id, col, val) "
                "SELECT site, seq, hlc, ?, ?, ?, ? FROM sync_clock WHERE id = 1",
                [table, row_id, column, value],
            )
        ctx.db.execute("DELETE FROM sync_conflicts WHERE tbl = ? AND row_id = ? AND col = ?", [table, row_id, column])
        # A ticket's status or priority chosen here moves its service-level clocks.
        ticket_sla.refresh_stale(ctx.db, ctx.clock.now())
    ctx.announce(table, row_id, "update")
