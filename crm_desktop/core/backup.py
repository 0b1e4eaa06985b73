"""Backups, restore and integrity checks of the database file.

Backups copy the DATABASE ONLY, through SQLite's online backup API (consistent
even while the application writes, WAL included). The attachment store beside
the database (``<database>.files``) is not included: its files are named by their
content hash and never change, so a plain folder copy (or sync) keeps them; a
restored database whose attachments are missing says so when one is opened.

Every file is written under a temporary name in its final folder and renamed
when complete, so a crash or a full disk never leaves a half-written backup that
looks like a good one.

When the business encrypts its files (core/encryption_settings), a backup is the same
copy sealed with core/crypto; so is every backup of a database encrypted at rest (SQLCipher),
whatever that setting says: a backup of an encrypted database is never a plain file. Its
plain copy is written beside the target, sealed, and removed at once. Restoring into an
encrypted database encrypts the restored copy with the same key before it is put in place.
Restoring or previewing an encrypted backup decrypts it next to the database first (the
keys are looked up by the id in the file's header, so no database needs to be open),
and a file that fails authentication anywhere is refused whole.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from crm_desktop.core import crypto, faults
from crm_desktop.core.clock import Clock
from crm_desktop.core.encryption_settings import FileCipher, active_cipher, database_keys, load_keys
from crm_desktop.core.errors import CrmError, Message
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.settings import LocalSettings, data_dir
from crm_desktop.db import cipher as sqlcipher
from crm_desktop.db.connection import APPLICATION_ID, DatabaseError, check_file, open_database

#: Automatic backups are named crm-YYYYmmdd-HHMMSS.db (local time of the machine).
AUTO_NAME = re.compile(r"^crm-(\d{8})-(\d{6})\.db$")
FTS_TABLES = ("people_fts", "companies_fts", "history_fts")
FOLDER_GONE = QT_TRANSLATE_NOOP("core", "The folder {path} does not exist.")


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


def _copy_database(source: sqlite3.Connection, target: Path, key: bytes | None = None,
                   salt: bytes | None = None) -> None:
    """Copy a whole database into ``target`` (a single file, no WAL), atomically.

    A SQLCipher connection (or a ``key``) copies through sqlcipher_export: plain unless ``key`` is given.
    """
    tmp = _temp_name(target)
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    try:
        if key is not None or sqlcipher.key_of(source) is not None:
            sqlcipher.export(source, tmp, key, salt)
        else:
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


def _encrypt_file(plain: Path, target: Path, cipher: FileCipher, made_at_ms: int) -> None:
    """Seal ``plain`` into ``target`` atomically; ``plain`` is removed either way."""
    tmp = _temp_name(target)
    try:
        key = cipher.usable_key()
        with plain.open("rb") as source, tmp.open("wb") as sealed:
            crypto.encrypt_stream(source, sealed, crypto.KIND_BACKUP, key, cipher.spec, made_at_ms)  # type: ignore[arg-type]
            sealed.flush()
            os.fsync(sealed.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        plain.unlink(missing_ok=True)


def backup(db: sqlite_utils.Database, out: Path, cipher: FileCipher | None = None, made_at_ms: int = 0) -> Path:
    """Write a consistent copy of the open database to ``out`` (database only).

    Refuses to write over the live database itself. An existing backup file at
    ``out`` is replaced only once the new copy is complete. The copy is encrypted when
    ``cipher`` (by default: the business's encryption settings) says so; ``made_at_ms``
    is the time written in an encrypted file's header (0: now).
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
        raise BackupError(FOLDER_GONE, path=str(out.parent))
    cipher = cipher if cipher is not None else active_cipher(db)
    if sqlcipher.key_of(db.conn) is not None and not cipher.enabled:
        cipher = FileCipher(enabled=True, key=cipher.key, spec=cipher.spec, keys=cipher.keys)
    if cipher.enabled:
        cipher.usable_key()  # refuse before copying anything
    try:
        if cipher.enabled:
            plain = out.with_name(f".{out.name}.{os.getpid()}.plain")
            key = sqlcipher.key_of(db.conn)  # an encrypted database is never written plain, even for a moment
            _copy_database(db.conn, plain, key, sqlcipher.salt_of(live) if key is not None and live else None)
            _encrypt_file(plain, out, cipher, made_at_ms or int(time.time() * 1000))
        else:
            _copy_database(db.conn, out)
    except (OSError, sqlite3.Error) as exc:
        if not out.parent.is_dir():  # the folder vanished meanwhile (drive removed, folder deleted)
            raise BackupError(FOLDER_GONE, path=str(out.parent)) from exc
        reason = faults.explain(exc, str(out))
        raise BackupError(QT_TRANSLATE_NOOP("core", "Cannot write {path}: {reason}"), path=str(out),
                          reason=reason.message if reason is not None else str(exc)) from exc
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


@contextmanager
def _decrypted(source: Path, beside: Path, keys: dict[bytes, bytes] | None) -> Iterator[Path]:
    """``source`` itself when it is plain; else its decrypted copy at ``beside`` (removed afterwards)."""
    try:
        encrypted = crypto.file_is_encrypted(source)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("core", "Cannot read {path}: {reason}"),
                          path=str(source), reason=exc.strerror or str(exc)) from exc
    if not encrypted:
        yield source
        return
    try:
        try:
            with source.open("rb") as sealed, beside.open("wb") as plain:
                crypto.decrypt_stream(sealed, plain, crypto.KIND_BACKUP, load_keys() if keys is None else keys)
        except crypto.CryptoError as exc:
            raise BackupError(QT_TRANSLATE_NOOP("core", "{path} was refused: {reason}"), path=str(source),
                              reason=exc.message) from exc
        except OSError as exc:
            raise BackupError(QT_TRANSLATE_NOOP("core", "Cannot read {path}: {reason}"),
                              path=str(source), reason=exc.strerror or str(exc)) from exc
        yield beside
    finally:
        beside.unlink(missing_ok=True)


def restore(
    source: Path, db_path: Path, clock: Clock, keys: dict[bytes, bytes] | None = None,
    before_swap: Callable[[], None] | None = None,
) -> Path | None:
    """Replace the database at ``db_path`` by the backup ``source``.

    The source is copied next to the database and checked there first (a CRM
    database of a version this application knows, passing integrity_check), so a
    bad source changes nothing. The current database is then kept aside as
    ``<name>.before-restore-YYYYmmdd-HHMMSS`` (with its WAL, if any) and the copy
    takes its place. Returns where the previous database was kept (None if there
    was none). Close every connection to ``db_path`` before calling, or in
    ``before_swap``: it runs once the copy is checked, just before the swap (the
    application keeps working on its database when the backup is refused). An
    encrypted backup is decrypted with ``keys`` (by default: the keys this computer knows).
    """
    source, db_path = Path(source), Path(db_path)
    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("core", "There is no file {path}."), path=str(source))
    if db_path.exists() and _same_file(source, db_path):
        raise BackupError(
            QT_TRANSLATE_NOOP("core", "{path} is the database in use; choose a backup file."),
            path=str(source),
        )
    if not db_path.parent.is_dir():
        db_path.parent.mkdir(parents=True, exist_ok=True)
    with _decrypted(source, db_path.with_name(f".{db_path.name}.restore.plain"), keys) as plain:
        return _restore_plain(plain, source, db_path, clock, before_swap)


def _restore_plain(
    plain: Path, source: Path, db_path: Path, clock: Clock, before_swap: Callable[[], None] | None,
) -> Path | None:
    """Restore from the plain database file ``plain`` (``source`` is the name shown in messages)."""
    try:
        check_file(plain)
    except DatabaseError as exc:
        raise DatabaseError(exc.message.text, **{**exc.message.params, "path": str(source)}) from exc
    staged = db_path.with_name(f".{db_path.name}.restore.part")
    try:
        try:
            reader = _reader(plain, source)
            try:
                _copy_database(reader, staged)
            finally:
                reader.close()
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("core", "{path} is not a CRM Desktop database."), path=str(source)
            ) from exc
        _validate_copy(staged, source)
        if sqlcipher.looks_encrypted(db_path):
            _encrypt_like(staged, db_path)
        if before_swap is not None:
            before_swap()
        aside = _set_aside(db_path, clock)
        os.replace(staged, db_path)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(staged) + suffix).unlink(missing_ok=True)
    return aside


def _reader(plain: Path, source: Path) -> sqlite3.Connection:
    """A read-only connection to a plain backup, or a keyed one to a copy of an encrypted database."""
    if not sqlcipher.looks_encrypted(plain):
        return sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True)
    if not sqlcipher.available():
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "core", "{path} is encrypted, or is not a CRM Desktop database: this computer cannot open encrypted "
                    "databases (SQLCipher is not installed)."), path=str(source))
    try:
        return sqlcipher.open_keyed(plain, database_keys())[0]
    except sqlcipher.WrongKey:
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "core", "{path} is encrypted with a passphrase this computer does not know, or is not a CRM Desktop "
                    "database."), path=str(source)) from None


def _encrypt_like(staged: Path, db_path: Path) -> None:
    """The database in use is encrypted at rest: so is the restored one, with the same key."""
    try:
        conn, key = sqlcipher.open_keyed(db_path, database_keys())
    except sqlcipher.WrongKey:
        raise BackupError(QT_TRANSLATE_NOOP("core", "The database in use is encrypted with a key this computer does "
                                                    "not know; nothing was restored.")) from None
    conn.close()
    plain = sqlcipher.raw_connect(str(staged))
    sealed = staged.with_name(staged.name + ".encrypted")
    try:
        _copy_database(plain, sealed, key, sqlcipher.salt_of(db_path))
    finally:
        plain.close()
    os.replace(sealed, staged)


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
    try:
        rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:  # so damaged that the check cannot even walk the file
        return [f"The database file is damaged ({exc}); restore a backup."]
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
        try:  # damaged pages: integrity_check said so already; the check itself must not fail on them
            n = db.execute(
                f"SELECT count(*) FROM {table} t WHERE t.deleted_at IS NULL AND t.{column} IS NOT NULL"
                f" AND NOT EXISTS (SELECT 1 FROM {target} x WHERE x.id = t.{column})"
            ).fetchone()[0]
        except sqlite3.DatabaseError as exc:
            report.errors.append(f"The table {table} cannot be read ({exc}); restore a backup.")
            continue
        if n:
            report.warnings.append(text.format(n=n))
    if "attachments" in tables:
        try:
            n = db.execute(
                "SELECT count(*) FROM attachments a WHERE a.deleted_at IS NULL AND NOT EXISTS ("
                " SELECT 1 FROM people WHERE id = a.owner_id UNION ALL"
                " SELECT 1 FROM companies WHERE id = a.owner_id UNION ALL"
                " SELECT 1 FROM history WHERE id = a.owner_id)"
            ).fetchone()[0]
        except sqlite3.DatabaseError as exc:
            report.errors.append(f"The attachments cannot be read ({exc}); restore a backup.")
            n = 0
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
    db: sqlite_utils.Database, db_path: Path, backups_dir: Path, clock: Clock, keep: int = 14, force: bool = False,
) -> Path | None:
    """Back up at most once per calendar day (``force``: now, whatever was done today); keep the newest ``keep``.

    Returns the new backup, or None when today's backup exists already. The day is
    the machine's local calendar day, read from ``clock`` (injected in tests).
    """
    now = clock.now().astimezone()
    today = now.strftime("%Y%m%d")
    existing = _auto_backups(backups_dir)
    if not force and existing and AUTO_NAME.match(existing[-1].name).group(1) >= today:  # type: ignore[union-attr]
        return None
    while (backups_dir / f"crm-{now.strftime('%Y%m%d-%H%M%S')}.db").exists():  # "Back up now" twice a second
        now = now + timedelta(seconds=1)
    try:  # the standard folder is made again if it was deleted; one that cannot be is said clearly
        backups_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("core", "Cannot make the backup folder {path}: {reason}"),
                          path=str(backups_dir), reason=exc.strerror or str(exc)) from exc
    target = backups_dir / f"crm-{now.strftime('%Y%m%d-%H%M%S')}.db"
    if _same_file(target, Path(db_path)):
        raise BackupError(
            QT_TRANSLATE_NOOP("core", "{path} is the database in use; choose another file."),
            path=str(target),
        )
    backup(db, target, made_at_ms=int(now.timestamp() * 1000))
    for old in _auto_backups(backups_dir)[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return target


@dataclass
class BackupFailure:
    """An automatic backup that failed: shown once at the next start, until a backup succeeds."""

    #: When it failed (UTC ISO text).
    at: str
    #: Why, as core's message (translated when shown) and its parameters.
    text: str
    params: dict[str, object] = field(default_factory=dict)
    shown: bool = False

    @classmethod
    def of(cls, exc: BaseException, at: str) -> BackupFailure:
        error = faults.explain(exc) if isinstance(exc, (CrmError, OSError, sqlite3.Error)) else None
        if error is None:
            error = CrmError(QT_TRANSLATE_NOOP("core", "Unexpected problem: {reason}"),
                             reason=str(exc) or type(exc).__name__)
        return cls(at, error.message.text, _flat(error.message.params))

    @classmethod
    def load(cls, raw: dict[str, object]) -> BackupFailure | None:
        try:
            params = raw.get("params") or {}
            if not isinstance(params, dict):
                return None
            return cls(str(raw["at"]), str(raw["text"]), params, bool(raw.get("shown", False)))
        except (KeyError, TypeError, ValueError):
            return None

    def error(self) -> CrmError:
        """Why, as the error the UI shows (translated there)."""
        return CrmError(self.text, **{k: _inflate(v) for k, v in self.params.items()})


def _flat(params: Mapping[str, object]) -> dict[str, object]:
    """Message parameters as JSON (a nested label keeps its text and parameters, to be translated when shown)."""
    return {k: {"text": v.text, "params": _flat(v.params)} if isinstance(v, Message) else
            (v if isinstance(v, int | float) else str(v)) for k, v in params.items()}


def _inflate(value: object) -> object:
    if isinstance(value, dict) and "text" in value:
        inner = value.get("params") or {}
        return Message(str(value["text"]), {k: _inflate(v) for k, v in dict(inner).items()})
    return value


def pending_failure(local: LocalSettings) -> BackupFailure | None:
    """The failed automatic backup still to be shown (None: none, or shown already)."""
    failure = BackupFailure.load(local.backup_failure) if local.backup_failure else None
    return failure if failure is not None and not failure.shown else None


def note_failure(local: LocalSettings, exc: BaseException, at: str) -> BackupFailure:
    """Remember in the local settings (not saved here) that a backup failed, and why."""
    failure = BackupFailure.of(exc, at)
    local.backup_failure = asdict(failure)
    return failure


def note_success(local: LocalSettings) -> None:
    """A backup succeeded: no failure is shown any more."""
    local.backup_failure = {}


#: What a preview counts: (label, table).
PREVIEW_COUNTS = (
    (QT_TRANSLATE_NOOP("core", "People"), "people"),
    (QT_TRANSLATE_NOOP("core", "Companies"), "companies"),
    (QT_TRANSLATE_NOOP("core", "History entries"), "history"),
    (QT_TRANSLATE_NOOP("core", "Tickets"), "tickets"),
    (QT_TRANSLATE_NOOP("core", "Sales"), "sales"),
    (QT_TRANSLATE_NOOP("core", "Opportunities"), "opportunities"),
    (QT_TRANSLATE_NOOP("core", "Interventions"), "interventions"),
    (QT_TRANSLATE_NOOP("core", "Users"), "users"),
)


@dataclass
class BackupPreview:
    """What a backup holds, read from the file itself before restoring it."""

    path: Path
    encrypted: bool
    #: When the backup was made: the encrypted header's time, an automatic backup's name, or the file's date (UTC).
    made_at: datetime
    #: The newest change recorded in it (UTC ISO text), None for an empty database.
    last_change: str | None
    counts: list[tuple[str, int]]


def needs_key(source: Path, keys: dict[bytes, bytes] | None = None) -> crypto.KdfSpec | None:
    """The key spec an encrypted backup needs when this computer does not know its key (else None)."""
    try:
        if not crypto.file_is_encrypted(source):
            return None
        header = crypto.read_header(source)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("core", "Cannot read {path}: {reason}"),
                          path=str(source), reason=exc.strerror or str(exc)) from exc
    except crypto.CryptoError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("core", "{path} was refused: {reason}"), path=str(source),
                          reason=exc.message) from exc
    return None if header.spec.key_id in (load_keys() if keys is None else keys) else header.spec


def preview(source: Path, keys: dict[bytes, bytes] | None = None, work_dir: Path | None = None) -> BackupPreview:
    """Read a backup's date and counts (a bad file raises; nothing is changed).

    An encrypted backup is decrypted into a temporary folder in ``work_dir`` (give the
    database's folder: the plain copy then never lands in the shared temporary folder).
    """
    source = Path(source)
    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("core", "There is no file {path}."), path=str(source))
    with tempfile.TemporaryDirectory(prefix=".crm-preview-", dir=work_dir) as folder, \
            _decrypted(source, Path(folder) / "backup.db", keys) as plain:
        encrypted = plain != source or sqlcipher.looks_encrypted(plain)
        try:
            check_file(plain)
            reader = _reader(plain, source)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(QT_TRANSLATE_NOOP("core", "{path} is not a CRM Desktop database."),
                                path=str(source)) from exc
        except DatabaseError as exc:  # name the file the user gave
            raise DatabaseError(exc.message.text, **{**exc.message.params, "path": str(source)}) from exc
        try:
            last_change, counts = _read_counts(reader, source)
        finally:
            reader.close()
        return BackupPreview(source, encrypted, _made_at(source, plain != source), last_change, counts)


def _made_at(source: Path, encrypted: bool) -> datetime:
    if encrypted:
        made_ms = crypto.read_header(source).made_at_ms
        if made_ms:
            return datetime.fromtimestamp(made_ms / 1000, UTC)
    match = AUTO_NAME.match(source.name)
    if match:
        return datetime.strptime("".join(match.groups()), "%Y%m%d%H%M%S").astimezone().astimezone(UTC)
    return datetime.fromtimestamp(source.stat().st_mtime, UTC)


def _read_counts(reader: sqlite3.Connection, source: Path) -> tuple[str | None, list[tuple[str, int]]]:
    try:
        app_id = reader.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in reader.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id != APPLICATION_ID or "people" not in tables:
            raise DatabaseError(QT_TRANSLATE_NOOP("core", "{path} is not a CRM Desktop database."), path=str(source))
        counts, newest = [], []
        for label, table in PREVIEW_COUNTS:
            if table not in tables:
                continue
            columns = {r[1] for r in reader.execute(f"PRAGMA table_info({table})")}
            where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
            counts.append((label, reader.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]))
            if "updated_at" in columns:
                newest.append(reader.execute(f"SELECT max(updated_at) FROM {table}").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(QT_TRANSLATE_NOOP("core", "{path} is damaged and cannot be restored: {problem}"),
                            path=str(source), problem=str(exc)) from exc
    found = [n for n in newest if n]
    return (max(found) if found else None), counts
