"""Opening a CRM database: pragmas, refusing foreign or newer files, migrating.

A file encrypted with SQLCipher (db/cipher) is recognised by its header and opened with the
database keys this computer knows (core/encryption_settings.database_keys) or the ones given;
every caller (the window, its workers, the command line, backups, sync) gets the same
connection either way. Without a key that opens it: DatabaseLocked, and the caller asks for
the business passphrase.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from crm_desktop.core import faults
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.db import cipher

#: PRAGMA application_id of every CRM Desktop database ("CRMD").
APPLICATION_ID = 0x43524D44
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseError(CrmError):
    """The file cannot be used as a CRM database; the message says why."""


class DatabaseLocked(DatabaseError):
    """The file is encrypted and no key this computer knows opens it: ask for the business passphrase."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP("core", "{path} is encrypted: enter the business passphrase to open it."),
                         path=str(path))
        self.path = Path(path)


NO_SQLCIPHER = QT_TRANSLATE_NOOP(
    "core", "{path} is encrypted, or is not a CRM Desktop database: this computer cannot open encrypted "
            "databases (SQLCipher is not installed).")


#: Keys that opened a database in this process: a worker's or a report's own connection to the same file
#: finds the key its window's connection was opened with, wherever that key came from.
_OPENED_KEYS: list[bytes] = []


def forget_opened_keys() -> None:
    """Forget the keys met in this process (core/encryption_settings.forget_session_keys)."""
    _OPENED_KEYS.clear()


def known_keys() -> list[bytes]:
    """The database keys this computer knows (remembered, or entered in this session)."""
    from crm_desktop.core.encryption_settings import database_keys  # late: core.settings imports this module

    keys = database_keys()
    return keys + [k for k in _OPENED_KEYS if k not in keys]


def is_encrypted(db: sqlite_utils.Database) -> bool:
    """True when ``db`` is an encrypted (SQLCipher) database."""
    return cipher.key_of(db.conn) is not None


def _open_connection(target: str, keys: Sequence[bytes] | None) -> Any:
    options: dict[str, Any] = {"isolation_level": None, "check_same_thread": False}
    if target == ":memory:" or not cipher.looks_encrypted(Path(target)):
        return sqlite3.connect(target, **options)
    if not cipher.available():
        raise DatabaseError(NO_SQLCIPHER, path=target)
    try:
        conn, key = cipher.open_keyed(Path(target), list(known_keys() if keys is None else keys), **options)
    except cipher.WrongKey:
        raise DatabaseLocked(target) from None
    if key not in _OPENED_KEYS:
        _OPENED_KEYS.append(key)
    return conn


def connect(path: str | Path, wal: bool = True, keys: Sequence[bytes] | None = None) -> sqlite_utils.Database:
    """Open a SQLite connection with the house pragmas (no checks, no migration).

    ``wal=False`` leaves the journal mode alone, so that a file can be inspected
    and refused without being converted. An encrypted file is opened with ``keys``
    (by default: the database keys this computer knows); DatabaseLocked when none fits.
    """
    conn = _open_connection(str(path), keys)
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


def aside_path(db_path: Path) -> Path:
    """Where a conversion (core/database_encryption) sets the file in use aside while it moves its copy in."""
    return db_path.with_name(f".{db_path.name}.before-conversion")


def remove_files(path: Path) -> None:
    """Remove a database file and its journal, WAL and shared-memory companions."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def move_with_journal(source: Path, target: Path) -> None:
    """Move a database file and whichever companions (-wal, -shm, -journal) it has; the main file first."""
    os.replace(source, target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{source}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))


def recover_conversion(path: Path) -> None:
    """Undo a conversion cut short between its two moves, before SQLite creates anything at ``path``.

    The power went off after the file in use was set aside and before the copy was moved in: the
    file set aside IS the database, it goes back (with its WAL). Opening ``path`` must never create
    an empty database beside it, and the next conversion must never remove it.
    """
    aside = aside_path(path)
    if aside.exists() and not path.exists():
        # A companion still at ``path`` had not been moved yet: it is the one that belongs there.
        move_with_journal(aside, path)


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
    if header and header != SQLITE_HEADER and not cipher.looks_encrypted(path):
        raise DatabaseError(QT_TRANSLATE_NOOP("core", "{path} is not a CRM Desktop database."),
                            path=str(path))


def open_database(path: str | Path, *, migrate: bool = True,
                  keys: Sequence[bytes] | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate a CRM database.

    Raises DatabaseError with a clear message for a file that is not a CRM
    database or that was made by a newer version of the application; DatabaseLocked
    for an encrypted one that none of ``keys`` (default: the keys known here) opens.
    """
    from crm_desktop.db import migrations  # late: migrations imports this module

    target = Path(path) if str(path) != ":memory:" else None
    if target is not None:
        recover_conversion(target)
        check_file(target)
    try:
        db = connect(path, wal=False, keys=keys)
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
    if target is not None and aside_path(target).exists():
        # The copy was in place when the conversion stopped: the database opens, the old file goes
        # (a plain copy must not stay behind an encrypted database).
        remove_files(aside_path(target))
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
