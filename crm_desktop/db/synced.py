"""Which tables sync. A new table joins sync by being declared here, not by new code.

The capture triggers, bundles and merge all work from these declarations and the
table's columns as SQLite reports them, so a migration that adds a column or a
table (and declares it) is synced without touching the sync code.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

#: Columns that never leave the machine.
LOCAL_COLUMNS = frozenset({"rid"})
#: Book-keeping columns: concurrent values resolve to the newest without a conflict.
QUIET_COLUMNS = frozenset({"created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by"})


@dataclass(frozen=True)
class SyncedTable:
    """A table whose rows sync.

    ``key`` names the column that identifies a row on every machine. Rows of an
    ``append_only`` table (history, attachments) never conflict: concurrent values of
    one cell resolve to the newest by (clock, site) without asking anyone.
    """

    name: str
    key: str = "id"
    append_only: bool = False


TABLES: tuple[SyncedTable, ...] = (
    SyncedTable("users"),
    SyncedTable("companies"),
    SyncedTable("people"),
    SyncedTable("history", append_only=True),
    SyncedTable("attachments", append_only=True),
    SyncedTable("settings", key="key"),
    SyncedTable("support_levels"),
    SyncedTable("contracts"),
    SyncedTable("tickets"),
    SyncedTable("ticket_events", append_only=True),
    SyncedTable("kb_articles"),
    SyncedTable("ticket_solutions", append_only=True),
    SyncedTable("time_entries"),
    SyncedTable("ticket_costs"),
    SyncedTable("technicians"),
    SyncedTable("absences"),
    SyncedTable("products"),
    SyncedTable("stock_locations"),
    SyncedTable("stock_movements", append_only=True),
    SyncedTable("stock_minimums"),
    SyncedTable("interventions"),
    SyncedTable("intervention_technicians"),
    SyncedTable("intervention_parts"),
    SyncedTable("intervention_costs"),
    SyncedTable("maintenance_plans"),
    SyncedTable("sales"),
    SyncedTable("sale_lines"),
    SyncedTable("tasks"),
    SyncedTable("leads"),
    SyncedTable("assignment_rules"),
    SyncedTable("opportunities"),
    SyncedTable("segments"),
    SyncedTable("campaigns"),
    SyncedTable("campaign_costs"),
    SyncedTable("campaign_members"),
    SyncedTable("campaign_sends"),
    SyncedTable("consent_events", append_only=True),
    SyncedTable("erasures", append_only=True),
    SyncedTable("audit_events", append_only=True),
)

BY_NAME = {table.name: table for table in TABLES}


def present(db: sqlite_utils.Database) -> list[SyncedTable]:
    """The declared tables that exist in this database (older schemas may lack some)."""
    names = set(db.table_names())
    return [table for table in TABLES if table.name in names]


def columns(db: sqlite_utils.Database, table: SyncedTable) -> list[str]:
    """The synced columns of a table, key excluded, in table order."""
    rows = db.execute(f"PRAGMA table_info({table.name})").fetchall()
    return [r[1] for r in rows if r[1] not in LOCAL_COLUMNS and r[1] != table.key]
