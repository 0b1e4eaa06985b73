"""The database file encrypted at rest with SQLCipher: nothing readable in it, opened again with the key
this computer knows or the business passphrase, refused clearly with a wrong one, decrypted back, and
still backed up, restored, checked and synced like a plain one."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.core import backup, crypto
from crm_desktop.core import database_encryption as dbenc
from crm_desktop.core import encryption_settings as enc
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.db import cipher
from crm_desktop.db.connection import DatabaseLocked, is_encrypted, open_database
from tests.field_setup import FieldWorld

pytestmark = pytest.mark.skipif(not cipher.available(), reason="the SQLCipher driver sqlcipher3 is not installed "
                                                                "(pip install .[encryption])")

PASSPHRASE = "blue harbour at noon"


@pytest.fixture(autouse=True)
def _no_session_keys() -> None:
    enc.forget_session_keys()
    yield
    enc.forget_session_keys()
    for staged in list(dbenc._WATCHERS):  # a test that stops half-way leaves no connection open
        dbenc._forget(Path(staged))


def encrypt(ctx: Context, db_path: Path) -> None:
    """Turn encryption on the way the settings page does: stage in a worker, then swap."""
    staged = dbenc.stage_encrypted(ctx, db_path)
    dbenc.put_in_place(ctx.db, db_path, staged)


def _names(db) -> set[str]:  # noqa: ANN001 - a sqlite_utils Database
    return {r[0] for r in db.execute("SELECT last_name FROM people WHERE deleted_at IS NULL")}


def _files_beside(db_path: Path) -> set[str]:
    return {p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name) or p.name.startswith(".")}


def test_encrypt_hides_everything_and_reopens_with_the_key(ctx: Context, world: FieldWorld, db_path: Path,
                                                           tmp_path: Path) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    before = _names(ctx.db)
    encrypt(ctx, db_path)
    assert is_encrypted(ctx.db)
    assert _names(ctx.db) == before  # the same Database object goes on working
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    assert b"Dupont" not in data and b"Boulangerie" not in data and not data.startswith(b"SQLite format 3")
    assert data[:16] == enc.load_encryption(ctx.db).spec().salt
    assert not [p for p in tmp_path.iterdir() if "converting" in p.name or "before-conversion" in p.name]
    other = open_database(db_path)  # a worker's own connection: the key is known here
    try:
        assert _names(other) == before
    finally:
        other.close()


def test_a_computer_without_the_key_is_asked_the_passphrase(ctx: Context, world: FieldWorld, db_path: Path,
                                                            tmp_path: Path) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    before = _names(ctx.db)
    encrypt(ctx, db_path)
    ctx.db.close()
    enc.keys_path().unlink()  # another computer: the file alone
    enc.forget_session_keys()
    with pytest.raises(DatabaseLocked) as locked:
        open_database(db_path)
    assert "enter the business passphrase" in locked.value.render()
    untouched = db_path.read_bytes()
    with pytest.raises(ValidationError) as wrong:
        enc.unlock_database(db_path, "not the passphrase at all")
    assert "not the passphrase this database" in wrong.value.errors["passphrase"].render()
    assert db_path.read_bytes() == untouched and not enc.load_keys()
    enc.unlock_database(db_path, PASSPHRASE, remember=False)
    assert not enc.keys_path().exists()  # this session only
    db = open_database(db_path)
    try:
        assert _names(db) == before
    finally:
        db.close()
    enc.forget_session_keys()
    with pytest.raises(DatabaseLocked):
        open_database(db_path)
    enc.unlock_database(db_path, PASSPHRASE)  # remembered on this computer
    open_database(db_path).close()


def test_decrypt_back_to_a_plain_file(ctx: Context, world: FieldWorld, db_path: Path) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    before = _names(ctx.db)
    encrypt(ctx, db_path)
    staged = dbenc.stage_plain(ctx, db_path)
    dbenc.put_in_place(ctx.db, db_path, staged)
    assert not is_encrypted(ctx.db) and _names(ctx.db) == before
    assert db_path.read_bytes().startswith(b"SQLite format 3")


def test_encrypting_needs_the_passphrase_and_the_right(ctx: Context, db_path: Path) -> None:
    with pytest.raises(CrmError, match="passphrase first"):
        dbenc.stage_encrypted(ctx, db_path)
    assert not is_encrypted(ctx.db)


def test_a_write_meanwhile_stops_the_swap(ctx: Context, world: FieldWorld, db_path: Path) -> None:
    from crm_desktop.core import people

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    staged = dbenc.stage_encrypted(ctx, db_path)
    people.create(ctx, {"first_name": "Late", "last_name": "Writer"})
    with pytest.raises(CrmError, match="changed while"):
        dbenc.put_in_place(ctx.db, db_path, staged)
    assert not staged.exists() and not is_encrypted(ctx.db) and "Writer" in _names(ctx.db)


def test_backup_of_an_encrypted_database_stays_encrypted_and_restores(
        ctx: Context, world: FieldWorld, db_path: Path, tmp_path: Path, clock: FixedClock) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    enc.set_enabled(ctx, False)  # bundles and backups off: the encrypted database's backup is sealed all the same
    encrypt(ctx, db_path)
    before = _names(ctx.db)
    out = backup.backup(ctx.db, tmp_path / "saved.db")
    data = out.read_bytes()
    assert crypto.is_encrypted(data) and b"Dupont" not in data
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".plain")]
    assert backup.check(ctx.db) == [] or all(line.startswith("warning:") for line in backup.check(ctx.db))
    preview = backup.preview(out, work_dir=tmp_path)
    assert preview.encrypted and dict(preview.counts)["People"] == len(before)
    from crm_desktop.core import people

    people.create(ctx, {"first_name": "After", "last_name": "Backup"})
    ctx.db.close()
    aside = backup.restore(out, db_path, clock)
    assert aside is not None and cipher.looks_encrypted(db_path)  # the restored database is encrypted too
    db = open_database(db_path)
    try:
        assert is_encrypted(db) and _names(db) == before
    finally:
        db.close()


def test_sync_between_an_encrypted_and_a_plain_replica(ctx: Context, world: FieldWorld, db_path: Path,
                                                       tmp_path: Path) -> None:
    from crm_desktop.core import people
    from crm_desktop.sync import hub, site

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    enc.set_enabled(ctx, False)
    encrypt(ctx, db_path)
    folder = tmp_path / "hub"
    folder.mkdir()
    hub.sync(ctx.db, folder)
    laptop_path = hub.join(folder, tmp_path / "laptop.db")
    assert laptop_path.read_bytes().startswith(b"SQLite format 3")  # the snapshot is a plain copy, as bundles are
    laptop = open_database(laptop_path)
    try:
        site.new_site(laptop)
        assert _names(laptop) == _names(ctx.db)
        people.create(Context(db=laptop, user=ctx.user, clock=ctx.clock), {"first_name": "Anne", "last_name": "Lap"})
        hub.sync(laptop, folder)
    finally:
        laptop.close()
    report = hub.sync(ctx.db, folder)
    assert report.received >= 1 and "Lap" in _names(ctx.db) and is_encrypted(ctx.db)


def test_workers_open_their_own_connection_to_an_encrypted_database(ctx: Context, world: FieldWorld, db_path: Path,
                                                                    tmp_path: Path) -> None:
    """The window's sync, demo and report workers each open the same file again: the key is found."""
    from crm_desktop import app
    from crm_desktop.core.support_report import reader

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    encrypt(ctx, db_path)
    folder = tmp_path / "hub"
    folder.mkdir()
    report = app.sync_job(db_path, folder)(lambda _done, _total: True)
    assert report.sent > 0 and list((folder / "snapshots").glob("*.db"))
    with reader(ctx.db) as own:
        assert own is not ctx.db and _names(own) == _names(ctx.db)
    assert app.backup_job(db_path, ctx.clock)(lambda _done, _total: True).is_file()


def test_a_copy_of_an_encrypted_database_previews_and_restores(ctx: Context, world: FieldWorld, db_path: Path,
                                                               tmp_path: Path, clock: FixedClock) -> None:
    """Someone copied the encrypted file itself (not a backup): it is read with the key known here."""
    import shutil

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    encrypt(ctx, db_path)
    before = _names(ctx.db)
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy-of-crm.db"
    shutil.copyfile(db_path, copy)
    preview = backup.preview(copy, work_dir=tmp_path)
    assert preview.encrypted and dict(preview.counts)["People"] == len(before)
    ctx.db.close()
    plain_target = tmp_path / "elsewhere" / "crm.db"
    backup.restore(copy, plain_target, clock)
    assert plain_target.read_bytes().startswith(b"SQLite format 3")  # restored where the database is plain
    db = open_database(plain_target)
    try:
        assert _names(db) == before
    finally:
        db.close()


def test_an_encrypted_database_fails_like_a_plain_one(ctx: Context, db_path: Path) -> None:
    """Every layer catches sqlite3's errors: SQLCipher's are made the same classes."""
    import sqlite3

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    encrypt(ctx, db_path)
    with pytest.raises(sqlite3.OperationalError):
        ctx.db.execute("SELECT * FROM no_such_table")
    user = ctx.db.execute("SELECT id FROM users").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError):
        ctx.db.execute("INSERT INTO users(id) SELECT id FROM users WHERE id = ?", [user])


def test_cancel_during_the_copy_changes_nothing(ctx: Context, world: FieldWorld, db_path: Path) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2  # the first call (before the copy) goes on; the copy's own asks stop it

    with pytest.raises(dbenc.ConversionCancelled):
        dbenc.stage_encrypted(ctx, db_path, progress)
    assert not is_encrypted(ctx.db) and not list(db_path.parent.glob("*converting*"))
    assert not list(db_path.parent.glob("*snapshot*"))  # no plain copy stays behind either


def test_converting_leaves_the_window_s_wal_alone(ctx: Context, world: FieldWorld, db_path: Path) -> None:
    """SQLCipher's own SQLite library never opens the live plain file: closing it there would fold the WAL
    in and delete it under the window's connection (its next writes then lost, others get I/O errors)."""
    from crm_desktop.core import people

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    ctx.db.execute("PRAGMA wal_autocheckpoint = 0")
    people.create(ctx, {"first_name": "Before", "last_name": "Copy"})
    dbenc.stage_encrypted(ctx, db_path)
    dbenc.discard(db_path)  # refused or cancelled: the window goes on with its file
    assert Path(f"{db_path}-wal").exists()
    people.create(ctx, {"first_name": "After", "last_name": "Refusal"})
    other = open_database(db_path)
    try:
        assert {"Copy", "Refusal"} <= _names(other)
    finally:
        other.close()


# --------------------------------------------------------------------------- writes while the worker converts


def test_a_write_to_a_table_outside_the_change_log_stops_the_swap(ctx: Context, world: FieldWorld,
                                                                   db_path: Path) -> None:
    """A timer started (running_timers has no capture trigger) after the copy was made is not dropped."""
    from crm_desktop.core import support_costs, tickets

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    ticket = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "boiler"})
    staged = dbenc.stage_encrypted(ctx, db_path)  # the worker is done ...
    support_costs.start_timer(ctx, ticket)  # ... the admin starts a timer before the swap runs
    with pytest.raises(CrmError, match="changed while"):
        dbenc.put_in_place(ctx.db, db_path, staged)
    assert not staged.exists() and not is_encrypted(ctx.db)
    assert support_costs.running_timer(ctx.db, ctx.user.id) is not None
    encrypt(ctx, db_path)  # tried again: the timer is in the encrypted file
    assert is_encrypted(ctx.db) and support_costs.running_timer(ctx.db, ctx.user.id) is not None


@pytest.mark.parametrize("sql", [
    "INSERT INTO login_attempts(user_id, failures) VALUES ('someone', 3)",
    "UPDATE stock_levels SET quantity = quantity + 1",
])
def test_a_commit_by_another_connection_stops_the_swap(ctx: Context, world: FieldWorld, db_path: Path,
                                                       sql: str) -> None:
    """Another program (the command line, a second window) commits while the worker copies."""
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    job = dbenc.encrypt_job(ctx, db_path)
    other = open_database(db_path)
    try:
        other.execute(sql)  # autocommit: committed at once, on a connection of its own
    finally:
        other.close()
    staged = job(None)  # copied after the commit: the copy holds it, but the check cannot know that safely
    with pytest.raises(CrmError, match="changed while"):
        dbenc.put_in_place(ctx.db, db_path, staged)
    assert not is_encrypted(ctx.db) and not staged.exists()


def test_a_write_by_the_window_on_an_unlogged_table_stops_the_swap(ctx: Context, world: FieldWorld,
                                                                   db_path: Path) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    staged = dbenc.stage_encrypted(ctx, db_path)
    ctx.db.execute("UPDATE number_counters SET last = last + 1")
    ctx.db.execute("INSERT INTO login_attempts(user_id, failures) VALUES ('someone', 1)")
    with pytest.raises(CrmError, match="changed while"):
        dbenc.put_in_place(ctx.db, db_path, staged)
    assert ctx.db.execute("SELECT failures FROM login_attempts WHERE user_id = 'someone'").fetchone()[0] == 1


def test_reads_meanwhile_do_not_stop_the_swap(ctx: Context, world: FieldWorld, db_path: Path) -> None:
    """Only writes count: the window, a report's own connection go on reading while the worker copies."""
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    staged = dbenc.stage_encrypted(ctx, db_path)
    before = _names(ctx.db)
    other = open_database(db_path)
    try:
        assert _names(other) == before
    finally:
        other.close()
    dbenc.put_in_place(ctx.db, db_path, staged)
    assert is_encrypted(ctx.db) and _names(ctx.db) == before


def test_a_copy_not_made_by_a_job_is_refused(ctx: Context, world: FieldWorld, db_path: Path) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    staged = dbenc.stage_encrypted(ctx, db_path)
    dbenc.discard(db_path)
    assert not staged.exists() and not dbenc._WATCHERS
    staged = dbenc.stage_encrypted(ctx, db_path)
    dbenc._forget(staged)  # as if the job had been made by another window
    with pytest.raises(CrmError, match="changed while"):
        dbenc.put_in_place(ctx.db, db_path, staged)
    assert not is_encrypted(ctx.db) and not staged.exists()


# --------------------------------------------------------------------------- a crash in the middle of the swap


class PowerCut(BaseException):
    """The computer stops: nothing runs after it, not even the code putting things back."""


def _wal_kept(ctx: Context, db_path: Path):  # noqa: ANN202 - a sqlite_utils Database
    """Leave the last writes in the WAL (another connection open, no checkpoint): the crash must keep them."""
    ctx.db.execute("PRAGMA wal_autocheckpoint = 0")
    from crm_desktop.core import people

    keeper = open_database(db_path)  # another program: its connection keeps the WAL from being folded in
    keeper.execute("SELECT count(*) FROM people").fetchone()
    people.create(ctx, {"first_name": "In", "last_name": "Wal"})
    assert Path(f"{db_path}-wal").stat().st_size > 0
    return keeper


def test_a_crash_between_the_two_moves_loses_nothing(ctx: Context, world: FieldWorld, db_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The file in use was set aside, the copy not yet moved in: the next open puts the file back (with its
    WAL) instead of creating an empty database, and the next conversion works on the real data."""
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    keeper = _wal_kept(ctx, db_path)
    before = _names(ctx.db)
    staged = dbenc.stage_encrypted(ctx, db_path)
    moves: list[Path] = []
    real_move = dbenc._move_with_journal

    def move_then_stop(source: Path, target: Path) -> None:
        if moves:
            raise PowerCut
        moves.append(target)
        real_move(source, target)
        raise PowerCut  # right after the file in use was set aside

    monkeypatch.setattr(dbenc, "_move_with_journal", move_then_stop)
    with pytest.raises(PowerCut):
        dbenc.put_in_place(ctx.db, db_path, staged)
    monkeypatch.undo()
    aside = dbenc._aside_path(db_path)
    assert moves == [aside] and not db_path.exists() and aside.exists() and Path(f"{aside}-wal").exists()
    keeper.close()  # that program ends too (its file was moved: SQLite leaves the WAL alone)
    reopened = open_database(db_path)  # the next start
    try:
        assert _names(reopened) == before and "Wal" in before
        assert not aside.exists() and not is_encrypted(reopened)
        again = Context(db=reopened, user=ctx.user, clock=ctx.clock)
        staged = dbenc.stage_encrypted(again, db_path)
        dbenc.put_in_place(reopened, db_path, staged)
        assert is_encrypted(reopened) and _names(reopened) == before
    finally:
        reopened.close()


def test_a_crash_once_the_copy_is_in_keeps_the_copy_and_removes_the_old_file(
        ctx: Context, world: FieldWorld, db_path: Path) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    before = _names(ctx.db)
    staged = dbenc.stage_encrypted(ctx, db_path)
    dbenc._forget(staged)
    ctx.db.close()
    aside = dbenc._aside_path(db_path)
    dbenc._move_with_journal(db_path, aside)
    staged.replace(db_path)  # the computer stops here, before the old plain file was removed
    assert aside.read_bytes().startswith(b"SQLite format 3")
    reopened = open_database(db_path)
    try:
        assert is_encrypted(reopened) and _names(reopened) == before
    finally:
        reopened.close()
    assert not aside.exists()  # no plain copy stays behind the encrypted database


def test_a_failed_open_of_the_copy_puts_the_file_in_use_back(ctx: Context, world: FieldWorld, db_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.db.connection import DatabaseError

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    before = _names(ctx.db)
    staged = dbenc.stage_encrypted(ctx, db_path)
    real_open = dbenc.open_database
    calls: list[Path] = []

    def open_fails_once(path: Path):  # noqa: ANN202
        calls.append(path)
        if len(calls) == 1:
            raise DatabaseError("{path} is damaged", path=str(path))
        return real_open(path)

    monkeypatch.setattr(dbenc, "open_database", open_fails_once)
    with pytest.raises(DatabaseError):
        dbenc.put_in_place(ctx.db, db_path, staged)
    assert not is_encrypted(ctx.db) and _names(ctx.db) == before
    assert not dbenc._aside_path(db_path).exists() and not staged.exists()


def test_the_key_file_is_only_readable_by_its_user_even_over_an_old_temporary_file(tmp_path: Path) -> None:
    import os
    import stat

    target = tmp_path / "keys.json"
    left = target.with_suffix(".tmp")
    left.write_text("{}", encoding="utf-8")
    left.chmod(0o644)  # left by a crash, or made by someone else, readable by all
    enc.remember_key(os.urandom(32), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and not left.exists()
