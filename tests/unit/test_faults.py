"""Injected faults: a full disk, a read-only database, a database busy in another process, a damaged
file, a power cut in the middle of a write, a backup folder that vanished.

Each one must give a clear message (a CrmError, never a raw sqlite3/OS error), keep
everything saved before it, and leave nothing half-written.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from crm_desktop import app
from crm_desktop.core import backup, faults, people
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.settings import LocalSettings
from crm_desktop.db.connection import DatabaseError, connect, open_database
from crm_desktop.interchange import contacts_csv

ROOT = Path(__file__).resolve().parents[2]
BIG = "x" * 3000


def count(db: sqlite_utils.Database, table: str = "people") -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def add(ctx: Context, last: str, notes: str | None = None) -> str:
    return people.create(ctx, {"first_name": "Hélène", "last_name": last, "notes": notes}, allow_duplicate=True)


def healthy(db: sqlite_utils.Database) -> bool:
    return db.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and not backup.inspect(db).errors


# ---- explain: which errors are storage failures, and which are bugs


@pytest.mark.parametrize(("text", "cls"), [
    ("database or disk is full", faults.DiskFull),
    ("database is locked", faults.DatabaseBusy),
    ("attempt to write a readonly database", faults.ReadOnly),
    ("disk I/O error", faults.DiskIO),
    ("database disk image is malformed", faults.Damaged),
    ("file is not a database", faults.Damaged),
    ("unable to open database file", faults.CannotOpen),
])
def test_sqlite_failures_become_clear_errors_that_stay_sqlite_errors(text: str, cls: type) -> None:
    error = faults.explain(sqlite3.OperationalError(text))
    assert isinstance(error, cls) and isinstance(error, CrmError)
    assert isinstance(error, sqlite3.DatabaseError)  # code that retries on "locked" still catches it
    assert "sqlite" not in error.render().lower() and text not in error.render()


@pytest.mark.parametrize("exc", [
    ValueError("bad"), KeyError("x"), sqlite3.OperationalError("no such table: nope"),
    sqlite3.IntegrityError("UNIQUE constraint failed: people.id"), sqlite3.ProgrammingError("closed"),
])
def test_bugs_are_not_explained_away(exc: BaseException) -> None:
    assert faults.explain(exc) is None


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "full"), (errno.EACCES, "permission"), (errno.EROFS, "permission"),
    (errno.ENOENT, "does not exist"), (errno.EIO, "Input/output"),
])
def test_os_failures_name_the_file(code: int, words: str) -> None:
    error = faults.explain(OSError(code, os.strerror(code), "/media/usb/crm.db"))
    assert error is not None
    assert "/media/usb/crm.db" in error.render() and words.lower() in error.render().lower()


def test_storage_errors_block_translates_and_lets_bugs_through() -> None:
    with pytest.raises(faults.DiskFull), faults.storage_errors():
        raise sqlite3.OperationalError("database or disk is full")
    with pytest.raises(ZeroDivisionError), faults.storage_errors():
        raise ZeroDivisionError()


# ---- disk full


@pytest.fixture
def full_disk(ctx: Context) -> Iterator[None]:
    """The database may not grow by one page: SQLite answers SQLITE_FULL exactly as on a full disk."""
    pages = ctx.db.execute("PRAGMA page_count").fetchone()[0]
    ctx.db.execute(f"PRAGMA max_page_count = {pages}")
    yield
    ctx.db.execute("PRAGMA max_page_count = 1073741823")


def fill(ctx: Context) -> faults.DiskFull:
    """Write people until the disk is full; return the refusal."""
    for n in range(2000):
        before = count(ctx.db)
        try:
            add(ctx, f"Filler{n}", BIG)
        except faults.DiskFull as exc:
            assert count(ctx.db) == before  # the refused write left nothing behind
            return exc
    raise AssertionError("the disk never filled")


def test_disk_full_is_a_clear_message_and_nothing_is_lost(ctx: Context, clock: FixedClock) -> None:
    kept = add(ctx, "Kept")
    ctx.db.execute("PRAGMA max_page_count = " + str(ctx.db.execute("PRAGMA page_count").fetchone()[0]))
    error = fill(ctx)
    assert "disk is full" in error.render() and "not saved" in error.render()
    written = count(ctx.db)
    with pytest.raises(faults.DiskFull):  # an update of a saved record too
        people.update(ctx, kept, {"notes": BIG * 6})
    assert people.get(ctx, kept)["notes"] is None
    assert count(ctx.db) == written and healthy(ctx.db)

    ctx.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    people.update(ctx, kept, {"notes": "after"})
    add(ctx, "After")
    assert count(ctx.db) == written + 1 and people.get(ctx, kept)["notes"] == "after"


def test_disk_full_during_an_import_writes_none_of_it(ctx: Context, tmp_path: Path, full_disk: None) -> None:
    rows = "\n".join(f"Person{n},Family{n},p{n}@example.org,{BIG}" for n in range(200))
    source = tmp_path / "contacts.csv"
    source.write_text("first_name,last_name,email,notes\n" + rows + "\n", encoding="utf-8")
    with pytest.raises(sqlite3.OperationalError) as caught:
        contacts_csv.import_contacts(ctx, source)
    assert isinstance(faults.explain(caught.value), faults.DiskFull)  # what the window shows
    assert count(ctx.db) == 0 and count(ctx.db, "companies") == 0 and healthy(ctx.db)


# ---- read-only


def test_read_only_connection_refuses_writes_clearly(ctx: Context) -> None:
    """PRAGMA query_only: what a read-only file does to SQLite, even for root (who ignores chmod)."""
    kept = add(ctx, "Kept")
    ctx.db.execute("PRAGMA query_only = 1")
    with pytest.raises(faults.ReadOnly) as caught:
        add(ctx, "Refused")
    assert "read-only" in caught.value.render()
    with pytest.raises(faults.ReadOnly):
        people.update(ctx, kept, {"notes": "refused"})
    assert count(ctx.db) == 1 and people.get(ctx, kept)["notes"] is None
    ctx.db.execute("PRAGMA query_only = 0")
    add(ctx, "Later")
    assert count(ctx.db) == 2


def test_file_opened_read_only_refuses_writes_clearly(ctx: Context, db_path: Path, clock: FixedClock) -> None:
    """The file itself opened read-only by SQLite (mode=ro): the real read-only file path of SQLite."""
    kept = add(ctx, "Kept")
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    reader = sqlite_utils.Database(conn)
    try:
        other = Context(db=reader, user=ctx.user, clock=clock)
        assert people.get(other, kept)["last_name"] == "Kept"  # reading works
        with pytest.raises(faults.ReadOnly):
            add(other, "Refused")
        assert count(reader) == 1
    finally:
        reader.close()
    assert count(ctx.db) == 1


def chmod_protects(folder: Path) -> bool:
    """Whether a read-only folder stops this process (not for root with CAP_DAC_OVERRIDE)."""
    probe = folder / "probe"
    probe.mkdir()
    probe.chmod(0o555)
    try:
        (probe / "x").write_text("x")
    except PermissionError:
        return True
    finally:
        probe.chmod(0o755)
        shutil.rmtree(probe)
    return False


def test_read_only_folder_refuses_writes_clearly(ctx: Context, db_path: Path, clock: FixedClock,
                                                 tmp_path: Path) -> None:
    """A real read-only file and folder. Root ignores chmod: there the test is skipped (the two tests above
    cover read-only); run it as a normal user, or as root without CAP_DAC_OVERRIDE (setpriv)."""
    if not chmod_protects(tmp_path):
        pytest.skip("this process writes through chmod (root); PRAGMA query_only and mode=ro cover read-only")
    add(ctx, "Kept")
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.db.execute("PRAGMA journal_mode = DELETE")
    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)
    try:
        reader = connect(db_path, wal=False)
        try:
            with pytest.raises(faults.ReadOnly):
                add(Context(db=reader, user=ctx.user, clock=clock), "Refused")
            assert count(reader) == 1
        finally:
            reader.close()
        with pytest.raises(DatabaseError) as caught:  # what the application itself does when it opens it
            open_database(db_path)
        assert "Cannot open" in caught.value.render()
    finally:
        db_path.parent.chmod(0o755)
        db_path.chmod(0o644)


# ---- busy: another process holds the write lock


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE people SET notes = 'other process' WHERE 0")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
conn.close()
"""


def test_the_app_waits_its_busy_timeout_then_says_the_database_is_busy(ctx: Context, db_path: Path) -> None:
    assert connect(":memory:").execute("PRAGMA busy_timeout").fetchone()[0] == 5000  # the application's wait
    kept = add(ctx, "Kept")
    ctx.db.execute("PRAGMA busy_timeout = 400")  # the same wait, shorter, to keep the test quick
    with subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            started = time.monotonic()
            with pytest.raises(faults.DatabaseBusy) as caught:
                add(ctx, "Refused")
            assert time.monotonic() - started >= 0.35  # it waited its turn before giving up
            assert "busy" in caught.value.render() and "try again" in caught.value.render()
            assert isinstance(caught.value, sqlite3.OperationalError)
            assert count(ctx.db) == 1
        finally:
            holder.communicate("", timeout=10)
    assert holder.returncode == 0
    add(ctx, "After")  # the other program is done: writing works again
    assert count(ctx.db) == 2 and people.get(ctx, kept)["last_name"] == "Kept"


def test_a_database_in_a_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(tmp_path / "unplugged" / "crm.db")
    assert "Cannot open" in caught.value.render() and "folder exists" in caught.value.render()


# ---- a damaged file


def _damage(path: Path, offset: int, length: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xa5" * length)


@pytest.fixture
def saved_copy(ctx: Context, tmp_path: Path) -> Path:
    """A backup (one file, no WAL) of a database holding 300 people."""
    with ctx.db.atomic():
        for n in range(300):
            add(ctx, f"Family{n:03d}", f"notes {n} " * 20)
    return backup.backup(ctx.db, tmp_path / "copy.db")


def test_a_damaged_header_is_refused_clearly(saved_copy: Path) -> None:
    _damage(saved_copy, 0, 16)
    with pytest.raises(DatabaseError, match="is not a CRM Desktop database"):
        open_database(saved_copy)


def test_a_damaged_schema_is_refused_clearly(saved_copy: Path) -> None:
    _damage(saved_copy, 100, 4000)  # page 1 after the file header: the list of tables
    with pytest.raises(DatabaseError) as caught:
        open_database(saved_copy)
    assert "is damaged" in caught.value.render() and "backup" in caught.value.render()


def test_damaged_records_are_reported_by_check(ctx: Context, saved_copy: Path, clock: FixedClock) -> None:
    reader = sqlite3.connect(saved_copy)
    page_size = reader.execute("PRAGMA page_size").fetchone()[0]
    root = reader.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    reader.close()
    _damage(saved_copy, (root - 1) * page_size, page_size)
    damaged = open_database(saved_copy)  # the tables list is fine: the file opens...
    try:
        problems = backup.check(damaged)  # ...and check says what is wrong
        assert problems and not problems[0].startswith("warning:")
        with pytest.raises(CrmError) as caught, faults.storage_errors():
            damaged.execute("SELECT count(*), max(notes) FROM people").fetchone()
        assert isinstance(caught.value, faults.Damaged) and "restore" in caught.value.render()
    finally:
        damaged.close()
    with pytest.raises(DatabaseError, match="damaged"):  # and it cannot be restored over the good one
        backup.restore(saved_copy, Path(str(ctx.db.execute("PRAGMA database_list").fetchone()[2])), clock)
    assert count(ctx.db) == 300 and healthy(ctx.db)


# ---- power cut in the middle of a transaction


WRITER = """
import sys
from crm_desktop.core import people
from crm_desktop.core.clock import SystemClock
from crm_desktop.core.context import Context
from crm_desktop.core.users import ensure_admin
from crm_desktop.db.connection import open_database, write_transaction

path, mode, commit = sys.argv[1], sys.argv[2], sys.argv[3] == "commit"
db = open_database(path)
if mode == "delete":
    db.execute("PRAGMA journal_mode = DELETE")
db.execute("PRAGMA cache_size = 20")  # small: changed pages spill into the file before the commit
ctx = Context(db=db, user=ensure_admin(db, SystemClock()))
rows = 400 if commit else 1_000_000
with write_transaction(db):
    for n in range(rows):
        people.create(ctx, {"last_name": f"Batch{n}", "notes": "n" * 400}, allow_duplicate=True)
        if n == 300 and not commit:
            print("writing", flush=True)
print("committed", flush=True)
sys.stdin.read()
"""


@pytest.mark.parametrize("mode", ["wal", "delete"])
@pytest.mark.parametrize("moment", ["writing", "committed"])
def test_power_cut_leaves_all_or_nothing(ctx: Context, db_path: Path, mode: str, moment: str) -> None:
    kept = add(ctx, "Kept")
    ctx.db.close()
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), mode, "commit" if moment == "committed" else "kill"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    ) as writer:
        try:
            assert writer.stdout is not None and writer.stdout.readline().strip() == moment
            if moment == "writing":  # proof that the open transaction's pages already reached the disk
                side = Path(f"{db_path}-wal" if mode == "wal" else f"{db_path}-journal")
                assert side.stat().st_size > 20_000
        finally:
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=10)
    assert writer.returncode == -signal.SIGKILL

    reopened = open_database(db_path)
    try:
        assert healthy(reopened)
        batch = reopened.execute("SELECT count(*) FROM people WHERE last_name LIKE 'Batch%'").fetchone()[0]
        assert batch == (400 if moment == "committed" else 0)
        assert reopened.execute("SELECT last_name FROM people WHERE id = ?", [kept]).fetchone()[0] == "Kept"
        fts = reopened.execute("SELECT count(*) FROM people_fts").fetchone()[0]
        assert fts == batch + 1  # the search index matches the table
    finally:
        reopened.close()


# ---- a backup folder that vanished


def test_manual_backup_into_a_deleted_folder(ctx: Context, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    add(ctx, "Kept")
    shutil.rmtree(folder)
    with pytest.raises(backup.BackupError) as caught:
        backup.backup(ctx.db, folder / "copy.db")
    assert str(folder) in caught.value.render() and "does not exist" in caught.value.render()
    add(ctx, "After")  # nothing else fails
    assert count(ctx.db) == 2 and healthy(ctx.db)


def test_folder_vanishing_during_the_backup(ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    add(ctx, "Kept")
    copy = backup._copy_database

    def pulled_out(source: sqlite3.Connection, target: Path) -> None:
        shutil.rmtree(target.parent)  # the drive is removed just as the copy starts
        copy(source, target)

    monkeypatch.setattr(backup, "_copy_database", pulled_out)
    with pytest.raises(backup.BackupError, match="does not exist"):
        backup.backup(ctx.db, folder / "copy.db")
    assert not folder.exists()  # nothing was made in its place
    add(ctx, "After")
    assert count(ctx.db) == 2 and healthy(ctx.db)


def test_auto_backup_makes_a_deleted_backup_folder_again(ctx: Context, db_path: Path, tmp_path: Path,
                                                          clock: FixedClock) -> None:
    folder = tmp_path / "data" / "backups"
    first = backup.auto_backup(ctx.db, db_path, folder, clock)
    assert first is not None and first.is_file()
    shutil.rmtree(folder)
    clock.advance(days=1)
    second = backup.auto_backup(ctx.db, db_path, folder, clock)
    assert second is not None and second.is_file()


def test_auto_backup_where_no_folder_can_be_made(ctx: Context, db_path: Path, tmp_path: Path,
                                                 clock: FixedClock, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "gone"
    blocker.write_text("a file where the folder was")
    with pytest.raises(backup.BackupError) as caught:
        backup.auto_backup(ctx.db, db_path, blocker / "backups", clock)
    assert "Cannot make the backup folder" in caught.value.render() and str(blocker) in caught.value.render()

    data = Path(os.environ["CRM_DESKTOP_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    (data / "backups").write_text("in the way")  # the standard backup folder cannot be made
    assert app.run_auto_backup(ctx, db_path, LocalSettings()) is None  # closing the window goes on
    assert "Cannot make the backup folder" in caplog.text
    add(ctx, "After")
    assert count(ctx.db) == 1
