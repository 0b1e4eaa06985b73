"""Opening a CRM database: pragmas, refusing foreign or newer files, migrating."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from crm_desktop.core import faults
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

#: PRAGMA application_id of every CRM Desktop database ("CRMD").
APPLICATION_ID = 0x43524D44
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseError(CrmError):
    """The file cannot be used as a CRM database; the message says why."""


def connect(path: str | Path, wal: bool = True) -> sqlite_utils.Database:
    """Open a SQLite connection with the house pragmas (no checks, no migration).

    ``wal=False`` leaves the journal mode alone, so that a file can be inspected
    and refused without being converted.
    """
    target = str(path)
    conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = OFF")
    if wal:
        use_wal(db)
    conn.execute("PRAGMA synchronous = FULL")
    return db


def use_wal(db: sqlite_utils.Database) -> None:
    row = db.execute("PRAGMA database_list").fetchone()
    if row and row[2]:  # a file, not an in-memory database
        db.execute("PRAGMA journal_mode = WAL")


def check_file(path: Path) -> None:
    """Refuse a file that is plainly not a SQLite database, before SQLite touches it."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(QT_TRANSLATE_NOOP("core", "{path} is a folder, not a database file."),
                            path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseError(QT_TRANSLATE_NOOP("core", "Cannot read {path}: {reason}"),
                            path=str(path), reason=exc.strerror or str(exc)) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(QT_TRANSLATE_NOOP("core", "{path} is not a CRM Desktop database."),
                            path=str(path))


def open_database(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate a CRM database.

    Raises DatabaseError with a clear message for a file that is not a CRM
    database or that was made by a newer version of the application.
    """
    from crm_desktop.db import migrations  # late: migrations imports this module

    target = Path(path) if str(path) != ":memory:" else None
    if target is not None:
        check_file(target)
    try:
        db = connect(path, wal=False)
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = db.table_names()
    except sqlite3.DatabaseError as exc:
        raise _refusal(exc, path) from exc
    if app_id != APPLICATION_ID and tables:
        db.close()
        raise DatabaseError(QT_TRANSLATE_NOOP("core", "{path} is not a CRM Desktop database."),
                            path=str(path))
    unknown = migrations.unknown_applied(db)
    if unknown:
        db.close()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} was made by a newer version of CRM Desktop; "
                "please update the application to open it.",
            ),
            path=str(path),
        )
    try:
        use_wal(db)
        if migrate:
            migrations.migrate(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _refusal(exc, path) from exc
    return db


def _refusal(exc: sqlite3.DatabaseError, path: str | Path) -> DatabaseError:
    """Why a file cannot be opened: damaged, busy, read-only... or simply not a database."""
    error = faults.explain(exc)
    if isinstance(error, faults.Damaged) and "malformed" in str(exc).lower():
        return DatabaseError(QT_TRANSLATE_NOOP(
            "core", "{path} is damaged and cannot be opened; restore a recent backup."), path=str(path))
    if isinstance(error, faults.StorageError) and not isinstance(error, faults.Damaged):
        return DatabaseError(QT_TRANSLATE_NOOP("core", "Cannot open {path}: {reason}"), path=str(path),
                             reason=error.message)
    return DatabaseError(QT_TRANSLATE_NOOP("core", "{path} is not a CRM Desktop database."), path=str(path))


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Like ``db.atomic()``, but taking the write lock at once (BEGIN IMMEDIATE).

    A deferred transaction that reads first cannot become a writer once another
    connection (the window, while a worker syncs) has committed meanwhile: SQLite
    says "database is locked" at once, without waiting. Taken at the start, the lock
    waits its turn (busy_timeout) instead.
    """
    with faults.storage_errors():  # a full disk, a busy or read-only file: a clear CrmError, nothing written
        if db.conn.in_transaction:
            with db.atomic():
                yield db
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
        try:
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
