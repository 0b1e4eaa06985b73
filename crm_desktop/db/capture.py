"""Change capture: plain SQL triggers that log every changed cell.

Being SQL, they see writes made by any tool (the app, sqlite-utils, the sqlite3
shell). Each row write takes the next sequence number of this site and a new
hybrid-clock value from ``sync_clock`` and logs one ``sync_log`` row per column
that really changed (IS NOT: NULLs and types compare exactly). While remote
changes are applied the triggers are dropped inside the same transaction, so a
crash can never leave them off. They are rebuilt from the table's columns after
every migration and checked at start.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from crm_desktop.db import synced as registry

#: Bits of the hybrid logical clock's counter (see sync/hlc.py).
COUNTER_BITS = 16
#: "Now" in SQL, in milliseconds since 1970, for the triggers' clock.
SQL_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"

PREFIX = "sync_capture_"

TICK = (
    "UPDATE sync_clock SET seq = seq + 1, "
    f"hlc = max(hlc + 1, {SQL_NOW_MS} << {COUNTER_BITS}) WHERE id = 1;"
)


def _log_insert(table: str, key_expr: str, cells: str) -> str:
    return (
        "INSERT INTO sync_log(site, seq, hlc, tbl, row_id, col, val) "
        f"SELECT c.site, c.seq, c.hlc, '{table}', {key_expr}, x.col, x.val "
        f"FROM sync_clock c, ({cells}) x WHERE c.id = 1;"
    )


def _changed(col: str) -> str:
    """The cell changed: a different value, or the same number as another type (SQLite's
    IS says 1 IS 1.0; the row would keep 1.0 here while other machines kept 1)."""
    return f'(new."{col}" IS NOT old."{col}" OR typeof(new."{col}") != typeof(old."{col}"))'


def triggers_sql(db: sqlite_utils.Database, table: registry.SyncedTable) -> list[str]:
    cols = registry.columns(db, table)
    name, key = table.name, table.key
    if not cols:
        return []  # nothing but the key: no cell to log
    inserted = " UNION ALL ".join(
        f"SELECT '{c}' AS col, new.\"{c}\" AS val WHERE new.\"{c}\" IS NOT NULL" for c in cols
    )
    updated = " UNION ALL ".join(
        f"SELECT '{c}' AS col, new.\"{c}\" AS val WHERE {_changed(c)}" for c in cols
    )
    # A row write that logs no cell must not take a sequence number: a number without
    # cells would be a gap that no bundle can cover, and this site's later changes
    # would never leave. (A row inserted with only NULLs reaches others with its first
    # non-NULL cell.)
    any_value = " OR ".join(f'new."{c}" IS NOT NULL' for c in cols)
    any_change = " OR ".join(_changed(c) for c in cols)
    key_expr = f'new."{key}"'
    return [
        f"CREATE TRIGGER {PREFIX}{name}_ai AFTER INSERT ON {name} WHEN {any_value} BEGIN {TICK} "
        f"{_log_insert(name, key_expr, inserted)} END",
        f"CREATE TRIGGER {PREFIX}{name}_au AFTER UPDATE ON {name} WHEN {any_change} BEGIN {TICK} "
        f"{_log_insert(name, key_expr, updated)} END",
    ]


def trigger_names(db: sqlite_utils.Database) -> list[str]:
    return list(_wanted(db))


def _wanted(db: sqlite_utils.Database) -> dict[str, str]:
    """Trigger name -> its SQL, as built from the tables' columns now."""
    return {
        f"{PREFIX}{t.name}_{s}": sql
        for t in registry.present(db)
        for s, sql in zip(("ai", "au"), triggers_sql(db, t), strict=False)
    }


def install(db: sqlite_utils.Database) -> None:
    """(Re)create the capture triggers from the tables' current columns."""
    if "sync_clock" not in db.table_names():
        return
    drop(db)
    for table in registry.present(db):
        for statement in triggers_sql(db, table):
            db.execute(statement)


def drop(db: sqlite_utils.Database) -> None:
    for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", [PREFIX + "%"]
    ).fetchall():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")


def install_sql(conn: sqlite3.Connection) -> None:
    """install() for code that holds a plain sqlite3 connection (bulk loads)."""
    install(sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False))


def drop_sql(conn: sqlite3.Connection) -> None:
    drop(sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False))


def installed(db: sqlite_utils.Database) -> bool:
    """True when every declared table has its capture triggers, as built from its columns now."""
    if "sync_clock" not in db.table_names():
        return False
    existing = dict(
        db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
                   [PREFIX + "%"]).fetchall()
    )
    return existing == _wanted(db)
