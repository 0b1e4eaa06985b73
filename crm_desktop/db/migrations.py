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

from crm_desktop.db import fts, schema
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
    fts.create_all(db.conn)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('site_id', ?), ('site_code', ?)",
        [new_id(), new_site_code()],
    )


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
    MIGRATIONS.apply(db, stop_before=stop_before)
    if "people" in db.table_names():
        with db.atomic():
            fts.install_triggers(db.conn)
