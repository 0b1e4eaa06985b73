"""Full-text search: FTS5 tables kept current by triggers, and safe queries.

Each FTS table uses external content keyed by the table's local ``rid`` (stable
across VACUUM). Deleted rows stay indexed; searches join back and skip them, which
keeps the triggers simple and a ``rebuild`` identical to trigger maintenance.
Bulk loads drop the triggers and rebuild the index afterwards (about 7x faster).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

TOKENIZER = "unicode61 remove_diacritics 2"


@dataclass(frozen=True)
class FtsSpec:
    """One indexed table: which of its columns are searchable."""

    table: str
    columns: tuple[str, ...]

    @property
    def fts(self) -> str:
        return f"{self.table}_fts"


SPECS: tuple[FtsSpec, ...] = (
    FtsSpec(
        "people",
        ("first_name", "last_name", "title", "email", "email2", "phone", "mobile", "city",
         "tags", "notes"),
    ),
    FtsSpec(
        "companies",
        ("name", "vat", "email", "phone", "city", "industry", "website", "tags", "notes"),
    ),
    FtsSpec("history", ("subject", "body")),
    FtsSpec("tickets", ("number", "subject", "description", "resolution", "product", "category")),
    FtsSpec("kb_articles", ("title", "problem", "solution", "product", "category", "tags")),
    FtsSpec("interventions", ("number", "subject", "instructions", "work_done", "city", "site_contact")),
    FtsSpec("products", ("sku", "name", "description")),
    FtsSpec("opportunities", ("number", "title", "notes")),
    FtsSpec("campaigns", ("name", "notes")),
)

#: The tables indexed by the first schema version (migration 0001 creates only these).
INITIAL_TABLES = ("people", "companies", "history")


def create_tables_sql(spec: FtsSpec) -> str:
    cols = ", ".join(spec.columns)
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {spec.fts} USING fts5({cols}, "
        f"content='{spec.table}', content_rowid='rid', tokenize='{TOKENIZER}', prefix='2 3');"
    )


def triggers_sql(spec: FtsSpec) -> str:
    cols = ", ".join(spec.columns)
    new = ", ".join(f"new.{c}" for c in spec.columns)
    old = ", ".join(f"old.{c}" for c in spec.columns)
    t, f = spec.table, spec.fts
    return f"""
CREATE TRIGGER IF NOT EXISTS {f}_ai AFTER INSERT ON {t} BEGIN
  INSERT INTO {f}(rowid, {cols}) VALUES (new.rid, {new});
END;
CREATE TRIGGER IF NOT EXISTS {f}_ad AFTER DELETE ON {t} BEGIN
  INSERT INTO {f}({f}, rowid, {cols}) VALUES ('delete', old.rid, {old});
END;
CREATE TRIGGER IF NOT EXISTS {f}_au AFTER UPDATE OF {cols} ON {t} BEGIN
  INSERT INTO {f}({f}, rowid, {cols}) VALUES ('delete', old.rid, {old});
  INSERT INTO {f}(rowid, {cols}) VALUES (new.rid, {new});
END;
"""


def trigger_names() -> list[str]:
    return [f"{s.fts}_{suffix}" for s in SPECS for suffix in ("ai", "ad", "au")]


def create_all(conn: sqlite3.Connection, tables: tuple[str, ...] | None = None) -> None:
    """Create the FTS tables (of ``tables``, default all) and their triggers (idempotent)."""
    for spec in SPECS:
        if tables is None or spec.table in tables:
            conn.execute(create_tables_sql(spec))
    install_triggers(conn)


def _existing(conn: sqlite3.Connection) -> list[FtsSpec]:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [spec for spec in SPECS if spec.table in names and spec.fts in names]


def install_triggers(conn: sqlite3.Connection) -> None:
    """Triggers for every indexed table this schema version has (older versions lack some)."""
    for spec in _existing(conn):
        _run_script(conn, triggers_sql(spec))


def drop_triggers(conn: sqlite3.Connection) -> None:
    for name in trigger_names():
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def rebuild(conn: sqlite3.Connection) -> None:
    """Re-index every row from the content tables."""
    for spec in _existing(conn):
        conn.execute(f"INSERT INTO {spec.fts}({spec.fts}) VALUES ('rebuild')")


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the caller's transaction; split statements instead.
    for statement in _split_triggers(script):
        conn.execute(statement)


def _split_triggers(script: str) -> list[str]:
    parts = re.split(r"(?<=END;)\s*\n", script.strip())
    return [p for p in (part.strip() for part in parts) if p]


_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TOKENS = 12


def tokens(text: str) -> list[str]:
    """The words of a user's search text, as the FTS tokenizer will see them."""
    return [t for t in _TOKEN.findall(text or "") if t.strip("_")][:MAX_TOKENS]


def match_query(text: str) -> str | None:
    """Turn any text a user types into a safe FTS5 query, or None if it has no words.

    Every word becomes a quoted prefix term: FTS5 operators (AND, NEAR, ``*``, ``-``,
    parentheses, column filters) lose their meaning, so no input can raise an error.
    The tokenizer folds accents on both sides: "Hélène" finds "Helene".
    """
    words = tokens(text)
    if not words:
        return None
    # A single letter as a prefix matches a large part of the index ("d" in "d'Ursel"):
    # such words must match whole, which costs 1/20th and loses nothing useful.
    return " ".join(f'"{w}"' if len(w) == 1 else f'"{w}"*' for w in words)
