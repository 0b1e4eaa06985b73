"""Forward-only named schema migrations, each applied in its own transaction.

A migration is never edited once released: changes go into a new one appended at
the end. A database whose applied migrations include a name this version does not
know was made by a newer version and is refused (see connection.open_database).
"""

from __future__ import annotations

import re
import secrets
import string

import sqlite_utils

from crm_desktop.db import capture, fts, schema
from crm_desktop.db.connection import APPLICATION_ID
from crm_desktop.db.ids import new_id

MIGRATIONS = sqlite_utils.Migrations("crm_desktop")


def split_sql(script: str) -> list[str]:
    """Split plain DDL into statements (no triggers in these scripts)."""
    return [s.strip() for s in re.split(r";\s*\n", script) if s.strip()]


def run_script(db: sqlite_utils.Database, script: str) -> None:
    for statement in split_sql(script):
        db.execute(statement)


def new_site_code() -> str:
    """A short code for human numbers (T-<code>-0001); no look-alike letters."""
    alphabet = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1IL")
    return "".join(secrets.choice(alphabet) for _ in range(3))


@MIGRATIONS(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    run_script(db, schema.INITIAL)
    run_script(db, schema.INDEXES)
    fts.create_all(db.conn, fts.INITIAL_TABLES)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('site_id', ?), ('site_code', ?)",
        [new_id(), new_site_code()],
    )


SYNC_TABLES = """
CREATE TABLE sync_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    site TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL
);
CREATE TABLE sync_log (
    lid INTEGER PRIMARY KEY,
    site TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    val,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sync_log_change ON sync_log(site, seq);
CREATE INDEX sync_log_cell ON sync_log(tbl, row_id, col);
CREATE INDEX sync_log_pending ON sync_log(pending) WHERE pending = 1;
CREATE TABLE sync_epochs (
    site TEXT NOT NULL,
    from_seq INTEGER NOT NULL,
    vv TEXT NOT NULL,
    PRIMARY KEY (site, from_seq)
);
CREATE TABLE sync_sites (
    site TEXT PRIMARY KEY,
    code TEXT,
    max_seq INTEGER NOT NULL DEFAULT 0,
    last_hlc INTEGER NOT NULL DEFAULT 0,
    ahead_ms INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sync_conflicts (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    last_lid INTEGER NOT NULL,
    live TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id, col)
);
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT
)
"""


@MIGRATIONS(name="0002_sync")
def _sync(db: sqlite_utils.Database) -> None:
    """Change log, clock and merge state of offline sync (local tables, never synced)."""
    run_script(db, SYNC_TABLES)
    db.execute(
        "INSERT INTO sync_clock(id, site, seq, hlc) "
        "SELECT 1, value, 0, 0 FROM meta WHERE key = 'site_id'"
    )


@MIGRATIONS(name="0003_numbers")
def _numbers(db: sqlite_utils.Database) -> None:
    """Counters of human numbers (T-<site code>-0001) per prefix and site code: local,
    never synced — the site code in the number keeps two machines' numbers apart."""
    db.execute(
        "CREATE TABLE number_counters (prefix TEXT NOT NULL, code TEXT NOT NULL, "
        "last INTEGER NOT NULL, PRIMARY KEY (prefix, code))"
    )


@MIGRATIONS(name="0004_support")
def _support(db: sqlite_utils.Database) -> None:
    """Support desk: levels, contracts, tickets, events, knowledge base, time and costs."""
    run_script(db, schema.SUPPORT)
    fts.create_all(db.conn, ("tickets", "kb_articles"))


@MIGRATIONS(name="0005_field")
def _field(db: sqlite_utils.Database) -> None:
    """Field service: technicians, interventions, parts and stock (levels kept by triggers)."""
    run_script(db, schema.FIELD)
    for trigger in schema.STOCK_LEVEL_TRIGGERS:
        db.execute(trigger)
    fts.create_all(db.conn, ("interventions", "products"))


@MIGRATIONS(name="0006_sales")
def _sales(db: sqlite_utils.Database) -> None:
    """Sales with their lines, the catalogue's category and tier, follow-up tasks."""
    run_script(db, schema.SALES)


@MIGRATIONS(name="0007_campaigns")
def _campaigns(db: sqlite_utils.Database) -> None:
    """Leads, assignment rules, opportunities, segments, campaigns; who bought what (local)."""
    run_script(db, schema.CAMPAIGNS)
    fts.create_all(db.conn, ("opportunities", "campaigns"))
    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('product_buyers.version', 0)")
    for trigger in schema.PRODUCT_BUYER_TRIGGERS:
        db.execute(trigger)
    db.execute(schema.PRODUCT_BUYERS_FILL)


@MIGRATIONS(name="0008_value")
def _value(db: sqlite_utils.Database) -> None:
    """Customer value: the days each customer bought or was in contact, the value per customer and month
    (local, kept by triggers). The months are computed by their first reader (core.customer_value.refresh)."""
    run_script(db, schema.VALUE)
    for trigger in (*schema.CUSTOMER_DAY_TRIGGERS, *schema.VALUE_TRIGGERS):
        db.execute(trigger)
    db.execute(schema.CUSTOMER_DAYS_FILL)
    db.execute("INSERT OR IGNORE INTO value_dirty(month) VALUES ('*')")


@MIGRATIONS(name="0009_security")
def _security(db: sqlite_utils.Database) -> None:
    """Password hashes, lock-outs (local), the consent ledger, erasures and audit events."""
    from crm_desktop.db.schema_security import SECURITY

    run_script(db, SECURITY)


@MIGRATIONS(name="0010_value_speed")
def _value_speed(db: sqlite_utils.Database) -> None:
    """Customer value per local day, a version per kept month and per family of figures (local, the families'
    drawn by triggers): the dashboard reads a period cutting a month from the days kept, and keeps in memory what
    no write has touched since. Every month is computed again by the first reader (core.customer_value.refresh),
    the days with it."""
    run_script(db, schema.VALUE_DAYS)
    for trigger in schema.FIGURE_TRIGGERS:
        db.execute(trigger)
    db.execute("INSERT OR IGNORE INTO value_dirty(month) VALUES ('*')")



@MIGRATIONS(name="0011_audit_indexes")
def _audit_indexes(db: sqlite_utils.Database) -> None:
    """The audit trail pages the change log newest first by these instead of grouping the whole log."""
    from crm_desktop.db.schema_security import AUDIT_WALK_INDEXES

    for sql in AUDIT_WALK_INDEXES:
        db.execute(sql)

def known_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]


def applied_names(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]


def unknown_applied(db: sqlite_utils.Database) -> list[str]:
    known = set(known_names())
    return [name for name in applied_names(db) if name not in known]


def schema_version(db: sqlite_utils.Database) -> str | None:
    names = applied_names(db)
    return names[-1] if names else None


def migrate(db: sqlite_utils.Database, stop_before: str | None = None) -> None:
    """Apply pending migrations, then make sure the search triggers are in place."""
    pending = [m.name for m in MIGRATIONS.pending(db)]
    MIGRATIONS.apply(db, stop_before=stop_before)
    tables = db.table_names()
    if "people" in tables:
        with db.atomic():
            fts.install_triggers(db.conn)
    # Capture triggers are rebuilt after any migration (columns may have changed)
    # and whenever they do not match the tables as they are now.
    if "sync_clock" in tables and (pending or not capture.installed(db)):
        with db.atomic():
            capture.install(db)
