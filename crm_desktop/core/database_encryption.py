"""Encrypting the database file on this computer (SQLCipher), or decrypting it back.

Two steps, because the window keeps its connection open while the work runs:

1. ``stage_encrypted`` / ``stage_plain`` (in a worker, with its own connection) write the whole
   database to a new file beside it (sqlcipher_export: one statement, one consistent moment),
   then open that copy and check it (integrity check, same last change).
2. ``put_in_place`` (on the thread that owns the connection) checks that nothing was written
   meanwhile, closes the connection, moves the current file aside, moves the copy in, opens it
   and gives the SAME ``sqlite_utils.Database`` object the new connection: every view holding the
   Context goes on working. The file set aside is removed only once the new one is open (a
   plain copy must not stay behind); if the new one does not open, the old one is put back.

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
from crm_desktop.db.connection import DatabaseError, is_encrypted, open_database

Progress = Callable[[int, int], bool | None]
#: Steps reported to the progress callback: copy, check.
STEPS = 2
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP("core", "The database changed while it was being converted; nothing was "
                                              "changed. Try again.")


class ConversionCancelled(CrmError):
    """Cancelled before the copy was put in place: the database is as it was."""


def _staged_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.converting")


def _aside_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.before-conversion")


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def fingerprint(conn: Any) -> tuple[int, int, int]:
    """What changes with every write: the change log's size and newest row, and the schema's version."""
    count, newest = conn.execute("SELECT count(*), coalesce(max(lid), 0) FROM sync_log").fetchone()
    return int(count), int(newest), int(conn.execute("PRAGMA schema_version").fetchone()[0])


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None and progress(done, STEPS) is False:
        raise ConversionCancelled(QT_TRANSLATE_NOOP("core", "Cancelled: the database is as it was."))


def _stage(db_path: Path, key: bytes | None, salt: bytes | None, progress: Progress | None) -> Path:
    """Write the database at ``db_path`` to its staged copy (encrypted with ``key``, or plain) and check it."""
    staged = _staged_path(db_path)
    if cipher.looks_encrypted(db_path):
        source, _key = cipher.open_keyed(db_path, _known())
    else:
        source = cipher.raw_connect(str(db_path))
    cancelled = False

    def still_wanted() -> int:  # SQLite asks every few thousand steps of the copy: Cancel stops it there
        nonlocal cancelled
        cancelled = cancelled or (progress is not None and progress(0, STEPS) is False)
        return 1 if cancelled else 0

    try:
        source.execute("PRAGMA busy_timeout = 5000")
        _step(progress, 0)
        expected = fingerprint(source)
        source.set_progress_handler(still_wanted, 20_000)
        cipher.export(source, staged, key, salt)
    except BaseException as exc:
        _remove(staged)
        if cancelled and isinstance(exc, sqlite3.OperationalError):
            raise ConversionCancelled(QT_TRANSLATE_NOOP("core", "Cancelled: the database is as it was.")) from exc
        raise
    finally:
        source.close()
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
    return lambda progress: _stage(Path(db_path), key, salt, progress)


def decrypt_job(ctx: Context, db_path: Path) -> Callable[[Progress | None], Path]:
    """Turning encryption off: the job writing the plain copy of the encrypted ``db_path``, checked."""
    require(ctx.user, Perm.SETTINGS)
    if not is_encrypted(ctx.db):
        raise CrmError(QT_TRANSLATE_NOOP("core", "The database file is not encrypted."))
    return lambda progress: _stage(Path(db_path), None, None, progress)


def stage_encrypted(ctx: Context, db_path: Path, progress: Progress | None = None) -> Path:
    """``encrypt_job`` run at once (the command line, tests)."""
    return encrypt_job(ctx, db_path)(progress)


def stage_plain(ctx: Context, db_path: Path, progress: Progress | None = None) -> Path:
    """``decrypt_job`` run at once."""
    return decrypt_job(ctx, db_path)(progress)


def put_in_place(db: sqlite_utils.Database, db_path: Path, staged: Path) -> None:
    """Swap the checked copy in and reconnect ``db`` to it (see the module's docstring)."""
    db_path, staged = Path(db_path), Path(staged)
    try:
        probe = cipher.open_keyed(staged, _known())[0] if cipher.looks_encrypted(staged) \
            else sqlite3.connect(str(staged))
        try:
            copied = fingerprint(probe)
        finally:
            probe.close()
        if fingerprint(db.conn)[:2] != copied[:2]:
            raise CrmError(CHANGED_MEANWHILE)
    except BaseException:
        _remove(staged)
        raise
    aside = _aside_path(db_path)
    _remove(aside)
    db.conn.close()
    moved = False
    try:
        _move_with_journal(db_path, aside)
        moved = True
        os.replace(staged, db_path)
        fresh = open_database(db_path)
    except BaseException as exc:
        if moved:  # the file in use goes back where it was, untouched
            _remove(db_path)
            _move_with_journal(aside, db_path)
        _remove(staged)
        db.conn = open_database(db_path).conn
        error = faults.explain(exc, str(db_path)) if isinstance(exc, OSError | sqlite3.Error) else None
        if error is not None:
            raise error from exc
        raise
    db.conn = fresh.conn
    _remove(aside)


def _move_with_journal(source: Path, target: Path) -> None:
    os.replace(source, target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{source}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))


def discard(db_path: Path) -> None:
    """Remove a staged copy that will not be used (cancelled, refused)."""
    _remove(_staged_path(Path(db_path)))


def encrypted(db: sqlite_utils.Database) -> bool:
    """True when ``db`` is encrypted at rest."""
    return is_encrypted(db)
