"""Backups, restore and integrity checks of the database file.

Backups copy the DATABASE ONLY, through SQLite's online backup API (consistent
even while the application writes, WAL included). The attachment store beside
the database (``<database>.files``) is not included: its files are named by their
content hash and never change, so a plain folder copy (or sync) keeps them; a
restored database whose attachments are missing says so when one is opened.

Every file is written under a temporary name in its final folder and renamed
when complete, so a crash or a full disk never leaves a half-written backup that
looks like a good one.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlite_utils

from crm_desktop.core.clock import Clock
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.settings import data_dir
from crm_desktop.db.connection import APPLICATION_ID, DatabaseError, check_file, open_database

#: Automatic backups are named crm-YYYYmmdd-HHMMSS.db (local time of the machine).
AUTO_NAME = re.compile(r"^crm-(\d{8})-(\d{6})\.db$")
FTS_TABLES = ("people_fts", "companies_fts", "history_fts")


class BackupError(CrmError):
    """A backup or restore that cannot be done; the message says why."""


def default_backups_dir() -> Path:
    """Where automatic backups go unless the user chose another folder."""
    return data_dir() / "backups"


def database_file(db: sqlite_utils.Database) -> Path | None:
    """The file behind a connection (None for an in-memory database)."""
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.part")


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a whole database into ``target`` (a single file, no WAL), atomically."""
    tmp = _temp_name(target)
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            source.backup(dest)
            # A backup is one self-contained file: no WAL beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        raise


def backup(db: sqlite_utils.Database, out: Path) -> Path:
    """Write a consistent copy of the open database to ``out`` (database only).

    Refuses to write over the live database itself. An existing backup file at
    ``out`` is replaced only once the new copy is complete.
    """
    out = Path(out)
    live = database_file(db)
    if live is not None and _same_file(out, live):
        raise BackupError(
            QT_TRANSLATE_NOOP("core", "{path} is the database in use; choose another file."),
            path=str(out),
        )
    if out.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("core", "{path} is a folder; give a file name."),
                          path=str(out))
    if not out.parent.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("core", "The folder {path} does not exist."),
                          path=str(out.parent))
    try:
        _copy_database(db.conn, out)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("core", "Cannot write {path}: {reason}"),
                          path=str(out), reason=exc.strerror or str(exc)) from exc
    return out


def _validate_copy(path: Path, shown_as: Path) -> None:
    """Refuse a file that is not a complete, healthy CRM database of a known version."""
    try:
        db = open_database(path, migrate=False)
    except DatabaseError as exc:  # name the file the user gave, not our copy
        raise DatabaseError(exc.message.text, **{**exc.message.params, "path": str(shown_as)}) from exc
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID or "people" not in db.table_names():
            raise DatabaseError(
                QT_TRANSLATE_NOOP("core", "{path} is not a CRM Desktop database."),
                path=str(shown_as),
            )
        problems = _integrity(db)
        if problems:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("core", "{path} is damaged and cannot be restored: {problem}"),
                path=str(shown_as), problem=problems[0],
            )
        db.execute("PRAGMA journal_mode = DELETE")
    finally:
        db.close()


def restore(source: Path, db_path: Path, clock: Clock) -> Path | None:
    """Replace the database at ``db_path`` by the backup ``source``.

    The source is copied next to the database and checked there first (a CRM
    database of a version this application knows, passing integrity_check), so a
    bad source changes nothing. The current database is then kept aside as
    ``<name>.before-restore-YYYYmmdd-HHMMSS`` (with its WAL, if any) and the copy
    takes its place. Returns where the previous database was kept (None if there
    was none). Close every connection to ``db_path`` before calling.
    """
    source, db_path = Path(source), Path(db_path)
    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("core", "There is no file {path}."), path=str(source))
    if db_path.exists() and _same_file(source, db_path):
        raise BackupError(
            QT_TRANSLATE_NOOP("core", "{path} is the database in use; choose a backup file."),
            path=str(source),
        )
    check_file(source)
    if not db_path.parent.is_dir():
        db_path.parent.mkdir(parents=True, exist_ok=True)
    staged = db_path.with_name(f".{db_path.name}.restore.part")
    try:
        try:
            reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
            try:
                _copy_database(reader, staged)
            finally:
                reader.close()
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("core", "{path} is not a CRM Desktop database."), path=str(source)
            ) from exc
        _validate_copy(staged, source)
        aside = _set_aside(db_path, clock)
        os.replace(staged, db_path)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(staged) + suffix).unlink(missing_ok=True)
    return aside


def _set_aside(db_path: Path, clock: Clock) -> Path | None:
    """Move the current database (and its WAL) out of the way; remove a stale -shm."""
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}-{n}")
    kept: Path | None = None
    if db_path.exists():
        os.replace(db_path, aside)
        kept = aside
    wal = Path(f"{db_path}-wal")
    if wal.exists():
        if kept is not None:
            os.replace(wal, Path(f"{aside}-wal"))
        else:
            wal.unlink()
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    Path(f"{db_path}-journal").unlink(missing_ok=True)
    return kept


@dataclass
class CheckReport:
    """What ``check`` found: errors mean damage, warnings dangling references."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [*self.errors, *(f"warning: {w}" for w in self.warnings)]


def _integrity(db: sqlite_utils.Database) -> list[str]:
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


#: Links that may dangle after a merge of two offline machines (no FOREIGN KEYs).
_ORPHANS = (
    ("people", "company_id", "companies",
     "{n} people belong to a company that does not exist."),
    ("people", "owner_id", "users", "{n} people have an owner who does not exist."),
    ("companies", "owner_id", "users", "{n} companies have an owner who does not exist."),
    ("history", "person_id", "people",
     "{n} history entries refer to a person who does not exist."),
    ("history", "company_id", "companies",
     "{n} history entries refer to a company that does not exist."),
)


def inspect(db: sqlite_utils.Database) -> CheckReport:
    """Check the file, the search index and the links between records."""
    report = CheckReport(errors=_integrity(db))
    tables = set(db.table_names())
    for fts in FTS_TABLES:
        if fts not in tables:
            report.errors.append(f"The search index {fts} is missing.")
            continue
        try:  # rank 1: also compare the index with its external content table
            with db.atomic():
                db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            report.errors.append(f"The search index {fts} is damaged ({exc}); rebuild it.")
    for table, column, target, text in _ORPHANS:
        if table not in tables or target not in tables:
            continue
        n = db.execute(
            f"SELECT count(*) FROM {table} t WHERE t.deleted_at IS NULL AND t.{column} IS NOT NULL"
            f" AND NOT EXISTS (SELECT 1 FROM {target} x WHERE x.id = t.{column})"
        ).fetchone()[0]
        if n:
            report.warnings.append(text.format(n=n))
    if "attachments" in tables:
        n = db.execute(
            "SELECT count(*) FROM attachments a WHERE a.deleted_at IS NULL AND NOT EXISTS ("
            " SELECT 1 FROM people WHERE id = a.owner_id UNION ALL"
            " SELECT 1 FROM companies WHERE id = a.owner_id UNION ALL"
            " SELECT 1 FROM history WHERE id = a.owner_id)"
        ).fetchone()[0]
        if n:
            report.warnings.append(f"{n} attachments belong to a record that does not exist.")
    return report


def check(db: sqlite_utils.Database) -> list[str]:
    """Problems found, one line each (empty: all is well); warnings start with "warning:"."""
    return inspect(db).lines()


def _auto_backups(backups_dir: Path) -> list[Path]:
    """Automatic backups, oldest first (their names sort by time)."""
    if not backups_dir.is_dir():
        return []
    return sorted(p for p in backups_dir.iterdir() if p.is_file() and AUTO_NAME.match(p.name))


def latest_backup(backups_dir: Path | None = None) -> datetime | None:
    """When the newest automatic backup in ``backups_dir`` was made (local time)."""
    found = _auto_backups(backups_dir or default_backups_dir())
    if not found:
        return None
    day, time = AUTO_NAME.match(found[-1].name).groups()  # type: ignore[union-attr]
    return datetime.strptime(day + time, "%Y%m%d%H%M%S")


def auto_backup(
    db: sqlite_utils.Database, db_path: Path, backups_dir: Path, clock: Clock, keep: int = 14
) -> Path | None:
    """Back up at most once per calendar day; keep the newest ``keep`` backups.

    Returns the new backup, or None when today's backup exists already. The day is
    the machine's local calendar day, read from ``clock`` (injected in tests).
    """
    now = clock.now().astimezone()
    today = now.strftime("%Y%m%d")
    existing = _auto_backups(backups_dir)
    if existing and AUTO_NAME.match(existing[-1].name).group(1) >= today:  # type: ignore[union-attr]
        return None
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = backups_dir / f"crm-{now.strftime('%Y%m%d-%H%M%S')}.db"
    if _same_file(target, Path(db_path)):
        raise BackupError(
            QT_TRANSLATE_NOOP("core", "{path} is the database in use; choose another file."),
            path=str(target),
        )
    backup(db, target)
    for old in _auto_backups(backups_dir)[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return target
