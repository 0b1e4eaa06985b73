"""What is in a database, at a glance: for `crm info`, support requests and the About box."""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from crm_desktop.core.backup import database_file, default_backups_dir, latest_backup
from crm_desktop.core.settings import load_local
from crm_desktop.db.migrations import schema_version

#: Kinds counted, by the table holding them.
KINDS = {
    "people": "people",
    "companies": "companies",
    "history": "history",
    "attachments": "attachments",
    "users": "users",
    "tickets": "tickets",
    "articles": "kb_articles",
    "interventions": "interventions",
    "technicians": "technicians",
    "parts": "products",
}
#: Kinds that are some of their table's rows.
WHERE = {"parts": "is_part = 1"}
#: Kinds of field service: listed once the business has any (most databases have none).
WHEN_USED = frozenset({"interventions", "technicians", "parts"})


@dataclass
class DatabaseInfo:
    """Counts of live and deleted records per kind, schema version, identity and file facts."""

    path: str | None
    schema_version: str | None
    site_id: str | None
    site_code: str | None
    file_size: int
    counts: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    last_backup: str | None = None
    last_sync: str | None = None
    pending_out: int = 0
    conflicts: int = 0
    sites_known: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _file_size(path: Path | None) -> int:
    """Bytes on disk, WAL included (what a copy or backup of the folder would weigh)."""
    if path is None:
        return 0
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += Path(f"{path}{suffix}").stat().st_size
    return total


def _last_backup(backups_dir: Path | None) -> str | None:
    """The newest of the automatic backup files and the date remembered in local settings."""
    candidates: list[str] = []
    newest = latest_backup(backups_dir or default_backups_dir())
    if newest is not None:
        candidates.append(newest.isoformat(sep=" "))
    remembered = load_local().last_backup
    if remembered:
        candidates.append(remembered)
    return max(candidates) if candidates else None


def collect(db: sqlite_utils.Database, backups_dir: Path | None = None, counts: bool = True) -> DatabaseInfo:
    """Gather the facts; cheap enough to run on a large database (indexed counts).

    ``counts=False`` skips the counts per kind (a million history entries take a
    tenth of a second): the status bar asks every 30 seconds for the sync facts only.
    """
    tables = set(db.table_names())
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
    path = database_file(db)
    info = DatabaseInfo(
        path=str(path) if path else None,
        schema_version=schema_version(db),
        site_id=meta.get("site_id"),
        site_code=meta.get("site_code"),
        file_size=_file_size(path),
        last_backup=_last_backup(backups_dir),
    )
    if "sync_clock" in tables:
        _sync_facts(db, info)
    for kind, table in KINDS.items() if counts else ():
        if table not in tables:
            continue
        # Two counts: each can use an index (the deleted one a small partial index).
        where = WHERE.get(kind)
        total = db.execute(f"SELECT count(*) FROM {table}" + (f" WHERE {where}" if where else "")).fetchone()[0]
        if not total and kind in WHEN_USED:
            continue
        deleted = db.execute(
            f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL" + (f" AND {where}" if where else "")
        ).fetchone()[0]
        info.counts[kind] = total - deleted
        info.deleted[kind] = deleted
    return info


def _sync_facts(db: sqlite_utils.Database, info: DatabaseInfo) -> None:
    """Last sync, our changes not yet sent, open conflicts, other machines known."""
    from datetime import UTC, datetime

    state = dict(db.execute("SELECT key, value FROM sync_state").fetchall())
    seq = db.execute("SELECT seq FROM sync_clock WHERE id = 1").fetchone()[0]
    info.site_id = db.execute("SELECT site FROM sync_clock WHERE id = 1").fetchone()[0]
    if state.get("last_sync_ms"):
        moment = datetime.fromtimestamp(int(state["last_sync_ms"]) / 1000, UTC)
        info.last_sync = moment.isoformat(timespec="seconds")
    info.pending_out = max(0, seq - int(state.get("exported_seq") or 0))
    # Cells whose concurrent values need a choice (book-keeping columns and
    # append-only tables keep theirs for the merge but resolve without asking).
    from crm_desktop.db import synced

    quiet_tables = [t.name for t in synced.TABLES if t.append_only]
    quiet_columns = sorted(synced.QUIET_COLUMNS)
    info.conflicts = db.execute(
        f"SELECT count(*) FROM sync_conflicts WHERE tbl NOT IN ({', '.join('?' * len(quiet_tables))}) "
        f"AND col NOT IN ({', '.join('?' * len(quiet_columns))})",
        [*quiet_tables, *quiet_columns],
    ).fetchone()[0]
    info.sites_known = db.execute("SELECT count(*) FROM sync_sites WHERE max_seq > 0").fetchone()[0]
