"""Helpers of the sync tests: replicas that share a hub folder, and comparisons.

A replica is a database file with its own site id, a context to write through the
core services, and a fixed clock. The first one is a copy of the session's
template database; the others join it from a snapshot in a hub folder, as a new
machine does (``hub.join`` then ``site.new_site``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.users import ensure_admin
from crm_desktop.db import synced
from crm_desktop.db.connection import open_database
from crm_desktop.sync import bundle as bundles
from crm_desktop.sync import conflicts, hub, site

SYNC_TABLES = ("sync_log", "sync_epochs", "sync_sites", "sync_conflicts")


@dataclass
class Node:
    """One machine: its database, a context to write with, its clock."""

    name: str
    path: Path
    db: sqlite_utils.Database
    ctx: Context
    clock_ms: Callable[[], int] | None = None
    log: list[Any] = field(default_factory=list)

    @property
    def site(self) -> str:
        return site.current(self.db)[0]

    @property
    def seq(self) -> int:
        return site.current(self.db)[2]

    def sync(self, folder: Path) -> hub.SyncReport:
        if self.clock_ms is None:
            return hub.sync(self.db, folder)
        return hub.sync(self.db, folder, clock_ms=self.clock_ms)

    def close(self) -> None:
        self.db.close()


def _context(db: sqlite_utils.Database, clock: FixedClock) -> Context:
    return Context(db=db, user=ensure_admin(db, clock), clock=clock)


def origin(template: Path, folder: Path, name: str = "A", clock: FixedClock | None = None) -> Node:
    """A first machine, made from the template database, with a site id of its own."""
    from tests.conftest import START

    path = folder / f"{name}.db"
    shutil.copyfile(template, path)
    db = open_database(path)
    site.new_site(db)
    site.remember(db, path)
    clock = clock or FixedClock(START)
    return Node(name, path, db, _context(db, clock))


def join(folder: Path, machine_dir: Path, name: str, clock: FixedClock | None = None) -> Node:
    """A new machine made from the hub's newest snapshot (what `sync --db NEW` does)."""
    from tests.conftest import START

    path = machine_dir / f"{name}.db"
    hub.join(folder, path)
    db = open_database(path)
    site.new_site(db)
    site.remember(db, path)
    clock = clock or FixedClock(START)
    return Node(name, path, db, _context(db, clock))


def reopen(path: Path, name: str, clock: FixedClock | None = None) -> Node:
    """An existing database file opened as a machine."""
    from tests.conftest import START

    db = open_database(path)
    clock = clock or FixedClock(START)
    return Node(name, path, db, _context(db, clock))


def table_dump(db: sqlite_utils.Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced column of every synced table, rows ordered by key, values typed."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in synced.present(db):
        cols = [table.key, *synced.columns(db, table)]
        names = ", ".join(f'"{c}"' for c in cols)
        rows = db.execute(f'SELECT {names} FROM {table.name} ORDER BY "{table.key}"').fetchall()
        out[table.name] = [tuple(typed(v) for v in row) for row in rows]
    return out


def typed(value: Any) -> Any:
    """A value with its type, so 1, 1.0 and '1' differ; -0.0 and 0.0 are one value
    (SQLite's comparisons cannot tell them apart, so neither can the triggers)."""
    if isinstance(value, float) and value == 0.0:
        value = 0.0
    return (type(value).__name__, value)


def conflict_set(db: sqlite_utils.Database) -> set[tuple[str, str, str, frozenset[Any]]]:
    """Open conflicts as (table, row, column, the values kept)."""
    return {
        (c.table, c.row_id, c.column, frozenset(typed(v.value) for v in c.values))
        for c in conflicts.list_all(db)
    }


def full_dump(db: sqlite_utils.Database) -> dict[str, Any]:
    """Tables and sync state (what must not change when nothing new arrives)."""
    out: dict[str, Any] = {"tables": table_dump(db)}
    for name in SYNC_TABLES:
        out[name] = db.execute(f"SELECT * FROM {name} ORDER BY 1, 2, 3").fetchall()
    out["clock"] = db.execute("SELECT site, seq FROM sync_clock").fetchall()
    return out


def assert_converged(nodes: list[Node]) -> None:
    first = nodes[0]
    want_tables = table_dump(first.db)
    want_conflicts = conflict_set(first.db)
    for node in nodes[1:]:
        got = table_dump(node.db)
        for name in want_tables:
            assert got[name] == want_tables[name], f"{node.name} differs from {first.name} in {name}"
        assert conflict_set(node.db) == want_conflicts, f"conflicts of {node.name} differ from {first.name}"


def exchange(nodes: list[Node], folder: Path, rounds: int = 2) -> None:
    """Everyone syncs in turn, ``rounds`` times: afterwards all have everything."""
    for _ in range(rounds):
        for node in nodes:
            node.sync(folder)


def bundle_files(folder: Path) -> list[Path]:
    """The bundles of a hub folder (not temporary files or file-sync copies)."""
    return sorted(p for p in (folder / "sites").glob("*/*.crmb") if bundles.parse_name(p.name))
