"""SQLCipher: opening, recognising and converting encrypted database files.

Why these choices:

* The driver ``sqlcipher3`` is optional (extra ``encryption``). It raises its own exception
  classes, not the ``sqlite3`` ones every layer catches (and sqlite-utils too); ``driver``
  therefore makes each of them a subclass of its ``sqlite3`` namesake once, so an encrypted
  database fails exactly like a plain one (busy, full disk, damaged...).
* Keys are raw 256-bit keys (``x'...'``): no second key derivation on every open. A new
  encrypted file is given the business passphrase's scrypt salt as its SQLCipher salt (its
  first 16 bytes), so a computer that has only the file and the passphrase can derive the
  key (see core/encryption_settings.unlock_database).
* An encrypted file has no "SQLite format 3" header, and is a whole number of 4 KiB pages; a
  file that is neither a SQLite file nor sized in pages is simply not a database.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"
#: Header of the files core/crypto seals (backups, bundles): encrypted, but not a database.
SEALED_MAGIC = b"CRMCRYPT"
SALT_BYTES = 16
#: SQLCipher's page size (its default, never changed here): an encrypted file is a whole number of pages.
PAGE = 4096
KEY_BYTES = 32
_ERRORS = ("InterfaceError", "DatabaseError", "DataError", "OperationalError", "IntegrityError", "InternalError",
           "ProgrammingError", "NotSupportedError")
#: Bytes 21-23 of every plain SQLite header (payload fractions 64, 32, 32); random in an encrypted file.
_PLAIN_PAYLOAD_FRACTIONS = b"\x40\x20\x20"
_driver: ModuleType | None = None
_connection_class: type | None = None


class WrongKey(Exception):
    """None of the keys given opens the file."""


def available() -> bool:
    """True when the SQLCipher driver can be loaded on this computer."""
    try:
        driver()
    except ImportError:
        return False
    return True


def driver() -> ModuleType:
    """The sqlcipher3 DB-API module, its errors made subclasses of sqlite3's (ImportError when missing)."""
    global _driver
    if _driver is None:
        module = importlib.import_module("sqlcipher3.dbapi2")
        try:
            for name in _ERRORS:
                theirs, ours = getattr(module, name), getattr(sqlite3, name)
                if not issubclass(theirs, ours):
                    theirs.__bases__ = (*theirs.__bases__, ours)
        except (AttributeError, TypeError) as exc:  # a driver whose errors cannot be told apart: not used
            raise ImportError(f"sqlcipher3's errors cannot be made sqlite3's: {exc}") from exc
        _driver = module
    return _driver


def looks_encrypted(path: Path) -> bool:
    """True for an existing file that is no plain SQLite database but could be a SQLCipher one."""
    try:
        size = path.stat().st_size
        if not path.is_file() or size < PAGE or size % PAGE:
            return False
        with path.open("rb") as handle:
            head = handle.read(24)
    except OSError:
        return False
    if head[21:24] == _PLAIN_PAYLOAD_FRACTIONS:  # a plain database whose first bytes were damaged
        return False
    return head[:16] != SQLITE_HEADER and not head.startswith(SEALED_MAGIC)


def salt_of(path: Path) -> bytes:
    """The SQLCipher salt of an encrypted file (its first 16 bytes)."""
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def key_literal(key: bytes, salt: bytes | None = None) -> str:
    """The raw key as SQLCipher reads it (the salt only matters for a new file)."""
    if len(key) != KEY_BYTES or (salt is not None and len(salt) != SALT_BYTES):
        raise ValueError("a SQLCipher key is 32 bytes, its salt 16")
    return f"\"x'{key.hex()}{salt.hex() if salt else ''}'\""


def _quiet(conn: Any) -> None:
    """SQLCipher writes wrong-key attempts to stderr: the caller says it in its own words."""
    conn.execute("PRAGMA cipher_log_level = NONE")


def _connection_factory() -> type:
    """sqlcipher3's Connection with room for the key it was opened with (``crm_key``)."""
    global _connection_class
    if _connection_class is None:
        _connection_class = type("CipherConnection", (driver().Connection,), {"crm_key": None})
    return _connection_class


def raw_connect(path: str, **options: Any) -> Any:
    """A SQLCipher connection, not keyed yet (a plain file opens like with sqlite3)."""
    conn = driver().connect(path, factory=_connection_factory(), **options)
    _quiet(conn)
    return conn


def open_keyed(path: Path, keys: Sequence[bytes], **options: Any) -> tuple[Any, bytes]:
    """A connection to the encrypted ``path`` with the first of ``keys`` that opens it: (connection, key).

    WrongKey when none does (the file may also simply not be a database).
    """
    for key in keys:
        conn = raw_connect(str(path), **options)
        try:
            conn.execute(f"PRAGMA key = {key_literal(key)}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            conn.close()
            continue
        conn.crm_key = key
        return conn, key
    raise WrongKey(str(path))


def export(conn: Any, target: Path, key: bytes | None, salt: bytes | None = None) -> None:
    """Write the whole database of ``conn`` (a SQLCipher connection) to the new file ``target``.

    ``key`` None writes a plain SQLite file, else a file encrypted with ``key`` (and ``salt``).
    One statement copies everything, so the copy is one consistent moment of the database.
    The header fields sqlcipher_export leaves out (schema version, application id) are copied.
    """
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    literal = key_literal(key, salt) if key is not None else "''"
    conn.execute(f"ATTACH DATABASE ? AS crm_export KEY {literal}", [str(target)])
    try:
        conn.execute("SELECT sqlcipher_export('crm_export')")
        for pragma in ("user_version", "application_id"):
            value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA crm_export.{pragma} = {value}")
    finally:
        conn.execute("DETACH DATABASE crm_export")
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def key_of(conn: object) -> bytes | None:
    """The key of a connection to an encrypted database (None for a plain one)."""
    return getattr(conn, "crm_key", None)
