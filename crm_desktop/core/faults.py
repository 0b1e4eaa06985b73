"""Storage failures (full disk, busy or read-only database, damaged file, lost folder) told in one sentence.

SQLite and the operating system report these as sqlite3/OS errors whose text means
nothing to a user ("database or disk is full", "attempt to write a readonly
database"). They are not bugs: the user can act on them (free space, wait, restore
a backup). ``explain`` turns one into a CrmError the UI shows like any refusal; the
error classes also stay sqlite3 errors, so code that retries on "database is
locked" keeps working when the write path translates them (db.connection).
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP


class StorageError(CrmError):
    """The database or a file could not be read or written; the message says what to do."""


class DiskFull(StorageError, sqlite3.OperationalError):
    """No room left on the disk (or the database reached its size limit)."""


class DatabaseBusy(StorageError, sqlite3.OperationalError):
    """Another program held the database longer than the busy timeout."""


class ReadOnly(StorageError, sqlite3.OperationalError):
    """The file, its folder or the connection does not allow writing."""


class DiskIO(StorageError, sqlite3.OperationalError):
    """The drive failed to read or write (removed drive, bad sector, network share gone)."""


class CannotOpen(StorageError, sqlite3.OperationalError):
    """The database file or its folder cannot be opened (missing, no permission)."""


class Damaged(StorageError, sqlite3.DatabaseError):
    """The database file is corrupted."""


FULL = QT_TRANSLATE_NOOP(
    "core", "The disk is full: the last change was not saved. Free some disk space and try again.")
BUSY = QT_TRANSLATE_NOOP(
    "core", "The database is busy: another program or window is writing to it. "
            "The last change was not saved; try again in a moment.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "core", "The database cannot be written (the file or its folder is read-only): the last change was not "
            "saved. Check the permissions of the database folder.")
DISK_IO = QT_TRANSLATE_NOOP(
    "core", "The disk could not be read or written (input/output error): the last change may not be saved. "
            "Check the drive and try again.")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "core", "The database file cannot be opened: check that its folder exists and can be written.")
DAMAGED = QT_TRANSLATE_NOOP(
    "core", "The database file is damaged. Run a check (Maintenance) and restore a recent backup.")
FOLDER_GONE = QT_TRANSLATE_NOOP(
    "core", "The folder {path} does not exist (any more): was a drive removed? Choose another folder.")
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "core", "No permission to write {path}: choose another folder or check its permissions.")
NO_SPACE = QT_TRANSLATE_NOOP(
    "core", "The disk holding {path} is full: free some disk space and try again.")
OS_PROBLEM = QT_TRANSLATE_NOOP("core", "Cannot write {path}: {reason}")

# Primary SQLite result codes (the low byte of the extended code).
_SQLITE_KINDS: dict[int, tuple[type[StorageError], str]] = {
    3: (ReadOnly, READ_ONLY),  # SQLITE_PERM
    5: (DatabaseBusy, BUSY),  # SQLITE_BUSY
    6: (DatabaseBusy, BUSY),  # SQLITE_LOCKED
    8: (ReadOnly, READ_ONLY),  # SQLITE_READONLY
    10: (DiskIO, DISK_IO),  # SQLITE_IOERR
    11: (Damaged, DAMAGED),  # SQLITE_CORRUPT
    13: (DiskFull, FULL),  # SQLITE_FULL
    14: (CannotOpen, CANNOT_OPEN),  # SQLITE_CANTOPEN
    26: (Damaged, DAMAGED),  # SQLITE_NOTADB
}

# When the code is missing (errors raised by hand), the text SQLite uses for each kind.
_SQLITE_TEXTS: tuple[tuple[str, int], ...] = (
    ("database or disk is full", 13),
    ("database is locked", 5),
    ("database table is locked", 6),
    ("database schema is locked", 6),
    ("readonly database", 8),
    ("disk i/o error", 10),
    ("malformed", 11),
    ("file is not a database", 26),
    ("unable to open database file", 14),
)


def _sqlite_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_KINDS:
        return code & 0xFF
    text = str(exc).lower()
    for fragment, primary in _SQLITE_TEXTS:
        if fragment in text:
            return primary
    return None


def _os_error(exc: OSError, path: str) -> CrmError:
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return StorageError(NO_SPACE, path=path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(NO_PERMISSION, path=path)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return StorageError(FOLDER_GONE, path=path)
    return StorageError(OS_PROBLEM, path=path, reason=exc.strerror or str(exc))


def explain(exc: BaseException, path: str | None = None) -> CrmError | None:
    """The clear CrmError for a storage failure; None when ``exc`` is something else (a bug).

    A CrmError is returned as is. ``path`` names the file or folder an OS error is
    about when the error itself does not.
    """
    if isinstance(exc, CrmError):
        return exc
    if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        primary = _sqlite_code(exc)
        if primary is None:
            return None
        cls, text = _SQLITE_KINDS[primary]
        error = cls(text)
        error.sqlite_errorcode = getattr(exc, "sqlite_errorcode", primary)  # type: ignore[attr-defined]
        error.sqlite_errorname = getattr(exc, "sqlite_errorname", "")  # type: ignore[attr-defined]
        return error
    if isinstance(exc, OSError) and exc.errno is not None:
        return _os_error(exc, path or str(exc.filename or ""))
    return None


@contextmanager
def storage_errors(path: str | None = None) -> Iterator[None]:
    """Raise the clear CrmError instead of a sqlite3/OS storage failure inside the block (the rest unchanged)."""
    try:
        yield
    except CrmError:
        raise
    except (sqlite3.Error, OSError) as exc:
        error = explain(exc, path)
        if error is None:
            raise
        raise error from exc
