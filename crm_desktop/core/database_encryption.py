"""Encrypting the database file on this computer (SQLCipher), or decrypting it back.

Two steps, because the window keeps its connection open while the work runs:

1. ``stage_encrypted`` / ``stage_plain`` (in a worker, with its own connection) write the whole
   database to a new file beside it (sqlcipher_export: one statement, one consistent moment),
   then open that copy and check it (integrity check, same last change).
2. ``put_in_place`` (on the thread that owns the connection) checks that nothing was committed
   since the job was made (a watcher connection opened with the job: any table, any connection,
   any program), closes the connection, moves the current file aside, moves the copy in, opens it
   and gives the SAME ``sqlite_utils.Database`` object the new connection: every view holding the
   Context goes on working. The file set aside is removed only once the new one is open (a
   plain copy must not stay behind); if the new one does not open, the old one is put back. A
   crash between the two moves is undone by the next open (db/connection.recover_conversion).

Whether the file is encrypted is this computer's own choice (nothing of it syncs).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils

from crm_desktop.core import faults
from crm_desktop.core.context import Context
from crm_desktop.core.encryption_settings import database_key_for
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.db import cipher
from crm_desktop.db.connection import (
    DatabaseError,
    aside_path,
    connect,
    is_encrypted,
    move_with_journal,
    open_database,
    remove_files,
)

Progress = Callable[[int, int], bool | None]
#: Steps reported to the progress callback: copy, check.
STEPS = 2
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP("core", "The database changed while it was being converted; nothing was "
                                              "changed. Try again.")


class ConversionCancelled(CrmError):
    """Cancelled before the copy was put in place: the database is as it was."""


def _staged_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.converting")


_aside_path = aside_path
_remove = remove_files
_move_with_journal = move_with_journal


class _Watcher:
    """Tells whether anything was committed to the database since a conversion's job was made.

    The copy is one moment of the database: whatever is written after that moment, to any table (a timer
    started, a failed log-in counted, a stock level...), would vanish with the swap. A connection of its
    own, opened when the job is made (before the copy begins), sees ``PRAGMA data_version`` move whenever
    ANY other connection commits: the window's, a worker's, another program's. The window's connection's
    ``total_changes`` (it only grows) also catches a write still uncommitted, or rolled back, meanwhile.
    """

    def __init__(self, db: sqlite_utils.Database, db_path: Path) -> None:
        self.main = db
        self.conn = connect(db_path, wal=False).conn
        self.version = self._version()
        self.main_conn = db.conn
        self.main_changes = db.conn.total_changes

    def _version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        main = self.main.conn
        return (main is not self.main_conn or main.in_transaction or main.total_changes != self.main_changes
                or self._version() != self.version)

    def close(self) -> None:
        self.conn.close()


#: The watcher of each conversion under way, by its staged copy's path.
_WATCHERS: dict[str, _Watcher] = {}


def _key(staged: Path) -> str:
    return os.path.abspath(staged)


def _watch(db: sqlite_utils.Database, db_path: Path) -> None:
    _forget(_staged_path(db_path))
    _WATCHERS[_key(_staged_path(db_path))] = _Watcher(db, db_path)


def _forget(staged: Path) -> _Watcher | None:
    watcher = _WATCHERS.pop(_key(staged), None)
    if watcher is not None:
        watcher.close()
    return watcher


def _job(db: sqlite_utils.Database, db_path: Path, key: bytes | None,
         salt: bytes | None) -> Callable[[Progress | None], Path]:
    """Start watching ``db_path`` now (the copy begins later, in a worker), and the job making the copy."""
    _watch(db, db_path)

    def job(progress: Progress | None) -> Path:
        try:
            return _stage(db_path, key, salt, progress)
        except BaseException:
            _forget(_staged_path(db_path))
            raise

    return job


def fingerprint(conn: Any) -> tuple[int, int, int]:
    """What changes with every write: the change log's size and newest row, and the schema's version."""
    count, newest = conn.execute("SELECT count(*), coalesce(max(lid), 0) FROM sync_log").fetchone()
    return int(count), int(newest), int(conn.execute("PRAGMA schema_version").fetchone()[0])


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None and progress(done, STEPS) is False:
        raise ConversionCancelled(QT_TRANSLATE_NOOP("core", "Cancelled: the database is as it was."))


def _snapshot_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.snapshot")


def _plain_snapshot(db_path: Path, snapshot: Path, still_wanted: Callable[[], int]) -> Any:
    """A SQLCipher connection to a copy of the plain database ``db_path`` made with Python's own SQLite.

    SQLCipher brings its own SQLite library, which does not know the locks Python's holds on the file
    in this process: a SQLCipher connection to the live file would think itself alone, rebuild the
    shared WAL index and, on closing, fold the WAL in and DELETE it under the window's connection.
    So the live file is only ever read by Python's library (``VACUUM INTO``: one consistent moment),
    and SQLCipher reads the copy, which nothing else has open.
    """
    _remove(snapshot)
    conn = sqlite3.connect(str(db_path))
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.set_progress_handler(still_wanted, 20_000)
        conn.execute("VACUUM INTO ?", [str(snapshot)])
    finally:
        conn.close()
    return cipher.raw_connect(str(snapshot))


def _stage(db_path: Path, key: bytes | None, salt: bytes | None, progress: Progress | None) -> Path:
    """Write the database at ``db_path`` to its staged copy (encrypted with ``key``, or plain) and check it."""
    staged, snapshot = _staged_path(db_path), _snapshot_path(db_path)
    cancelled = False

    def still_wanted() -> int:  # SQLite asks every few thousand steps of the copy: Cancel stops it there
        nonlocal cancelled
        cancelled = cancelled or (progress is not None and progress(0, STEPS) is False)
        return 1 if cancelled else 0

    source = None
    try:
        _step(progress, 0)
        if cipher.looks_encrypted(db_path):  # the window reads it with SQLCipher's library too
            source = cipher.open_keyed(db_path, _known())[0]
        else:
            source = _plain_snapshot(db_path, snapshot, still_wanted)
        source.execute("PRAGMA busy_timeout = 5000")
        expected = fingerprint(source)
        source.set_progress_handler(still_wanted, 20_000)
        cipher.export(source, staged, key, salt)
    except BaseException as exc:
        _remove(staged)
        if cancelled and isinstance(exc, sqlite3.OperationalError):
            raise ConversionCancelled(QT_TRANSLATE_NOOP("core", "Cancelled: the database is as it was.")) from exc
        raise
    finally:
        if source is not None:
            source.close()
        _remove(snapshot)  # a plain copy must not stay behind
    try:
        _step(progress, 1)
        _check(staged, key, expected)
        _step(progress, 2)
    except BaseException:
        _remove(staged)
        raise
    return staged


def _known() -> list[bytes]:
    from crm_desktop.db.connection import known_keys

    return known_keys()


def _check(staged: Path, key: bytes | None, expected: tuple[int, int, int]) -> None:
    conn = cipher.open_keyed(staged, [key])[0] if key is not None else sqlite3.connect(str(staged))
    try:
        if [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()] != ["ok"]:
            raise DatabaseError(QT_TRANSLATE_NOOP("core", "The converted copy of {path} failed its check; nothing "
                                                          "was changed."), path=str(staged))
        if fingerprint(conn)[:2] != expected[:2]:
            raise CrmError(CHANGED_MEANWHILE)
    finally:
        conn.close()


def encrypt_job(ctx: Context, db_path: Path, keys_file: Path | None = None) -> Callable[[Progress | None], Path]:
    """Turning encryption on: checks here (the right, SQLCipher, the key), then a job for a worker that
    returns the encrypted copy of ``db_path``, checked (give it to ``put_in_place``)."""
    require(ctx.user, Perm.SETTINGS)
    if not cipher.available():
        raise CrmError(QT_TRANSLATE_NOOP("core", "Encrypting the database file needs SQLCipher, which is not "
                                                 "installed on this computer."))
    if is_encrypted(ctx.db):
        raise CrmError(QT_TRANSLATE_NOOP("core", "The database file is encrypted already."))
    key, salt = database_key_for(ctx.db, keys_file)
    return _job(ctx.db, Path(db_path), key, salt)


def decrypt_job(ctx: Context, db_path: Path) -> Callable[[Progress | None], Path]:
    """Turning encryption off: the job writing the plain copy of the encrypted ``db_path``, checked."""
    require(ctx.user, Perm.SETTINGS)
    if not is_encrypted(ctx.db):
        raise CrmError(QT_TRANSLATE_NOOP("core", "The database file is not encrypted."))
    return _job(ctx.db, Path(db_path), None, None)


def stage_encrypted(ctx: Context, db_path: Path, progress: Progress | None = None) -> Path:
    """``encrypt_job`` run at once (the command line, tests)."""
    return encrypt_job(ctx, db_path)(progress)


def stage_plain(ctx: Context, db_path: Path, progress: Progress | None = None) -> Path:
    """``decrypt_job`` run at once."""
    return decrypt_job(ctx, db_path)(progress)


def put_in_place(db: sqlite_utils.Database, db_path: Path, staged: Path) -> None:
    """Swap the checked copy in and reconnect ``db`` to it (see the module's docstring).

    Refused (CHANGED_MEANWHILE, nothing changed) when anything was committed since the job was made.
    """
    db_path, staged = Path(db_path), Path(staged)
    aside = _aside_path(db_path)
    watcher = _WATCHERS.pop(_key(staged), None)
    try:
        if watcher is None or watcher.main is not db:  # not made by a job for this connection: nothing vouches
            raise CrmError(CHANGED_MEANWHILE)
        probe = cipher.open_keyed(staged, _known())[0] if cipher.looks_encrypted(staged) \
            else sqlite3.connect(str(staged))
        try:
            copied = fingerprint(probe)
        finally:
            probe.close()
        if watcher.changed() or fingerprint(db.conn)[:2] != copied[:2]:
            raise CrmError(CHANGED_MEANWHILE)
        if aside.exists() and not db_path.exists():  # never remove the only copy of the data
            raise DatabaseError(QT_TRANSLATE_NOOP("core", "{path} is missing; nothing was changed."),
                                path=str(db_path))
    except BaseException:
        _remove(staged)
        raise
    finally:
        if watcher is not None:
            watcher.close()  # before the moves: no connection of this process stays on the old file
    _remove(aside)
    db.conn.close()
    set_aside = placed = False
    try:
        set_aside = True  # marked first: a move cut short half-way is undone all the same
        _move_with_journal(db_path, aside)
        placed = True
        os.replace(staged, db_path)
        fresh = open_database(db_path)
    except BaseException as exc:
        if set_aside and aside.exists():  # the file in use goes back where it was, untouched
            if placed:
                _remove(db_path)  # the copy, and what opening it made
            _move_with_journal(aside, db_path)
        _remove(staged)
        db.conn = open_database(db_path).conn
        error = faults.explain(exc, str(db_path)) if isinstance(exc, OSError | sqlite3.Error) else None
        if error is not None:
            raise error from exc
        raise
    db.conn = fresh.conn
    _remove(aside)


def discard(db_path: Path) -> None:
    """Remove a staged copy that will not be used (cancelled, refused), and stop watching for it."""
    _forget(_staged_path(Path(db_path)))
    _remove(_staged_path(Path(db_path)))
    _remove(_snapshot_path(Path(db_path)))


def encrypted(db: sqlite_utils.Database) -> bool:
    """True when ``db`` is encrypted at rest."""
    return is_encrypted(db)
