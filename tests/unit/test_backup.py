"""Backups, restore, integrity checks and the daily automatic backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.core import backup, companies, history, people
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.db.connection import DatabaseError, open_database


def _person(ctx: Context, last: str = "Dupont", **values: object) -> str:
    return people.create(ctx, {"first_name": "Hélène", "last_name": last, **values})


def _make_newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('crm_desktop', '9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


def test_backup_restore_round_trip(ctx: Context, db_path: Path, tmp_path: Path, clock: FixedClock) -> None:
    kept = _person(ctx, "Kept")
    out = backup.backup(ctx.db, tmp_path / "copy.db")
    assert out.is_file()
    assert not Path(f"{out}-wal").exists()  # a backup is one self-contained file
    _person(ctx, "Later")
    ctx.db.close()

    aside = backup.restore(out, db_path, clock)

    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
    assert aside is not None and aside.name == f"crm.db.before-restore-{stamp}"
    restored = open_database(db_path)
    try:
        names = [r[0] for r in restored.execute("SELECT last_name FROM people").fetchall()]
        assert names == ["Kept"]
        assert restored.execute("SELECT id FROM people").fetchone()[0] == kept
    finally:
        restored.close()
    previous = open_database(aside)
    try:
        assert previous.execute("SELECT count(*) FROM people").fetchone()[0] == 2
    finally:
        previous.close()


def test_restore_removes_stale_wal_and_shm(ctx: Context, db_path: Path, tmp_path: Path, clock: FixedClock) -> None:
    out = backup.backup(ctx.db, tmp_path / "copy.db")
    ctx.db.close()
    Path(f"{db_path}-shm").write_bytes(b"stale")
    backup.restore(out, db_path, clock)
    assert not Path(f"{db_path}-shm").exists()
    assert not Path(f"{db_path}-wal").exists()


def test_backup_refuses_to_overwrite_the_live_database(db, db_path: Path) -> None:
    with pytest.raises(backup.BackupError, match="in use"):
        backup.backup(db, db_path)
    with pytest.raises(backup.BackupError, match="in use"):
        backup.backup(db, db_path.parent / "." / db_path.name)


def test_backup_into_a_missing_folder_is_a_clear_error(db, tmp_path: Path) -> None:
    with pytest.raises(backup.BackupError, match="does not exist"):
        backup.backup(db, tmp_path / "nowhere" / "copy.db")


def test_restore_refuses_a_missing_file(tmp_path: Path, clock: FixedClock) -> None:
    with pytest.raises(backup.BackupError, match="no file"):
        backup.restore(tmp_path / "missing.db", tmp_path / "crm.db", clock)


@pytest.mark.parametrize("kind", ["text", "plain_sqlite", "empty_sqlite", "newer"])
def test_restore_refuses_what_is_not_a_crm_database_and_changes_nothing(
    kind: str, ctx: Context, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    _person(ctx)
    ctx.db.close()
    before = db_path.read_bytes()
    source = tmp_path / "source.db"
    if kind == "text":
        source.write_text("name,email\nJean,jean@example.com\n")
    elif kind in ("plain_sqlite", "empty_sqlite"):
        conn = sqlite3.connect(source)
        if kind == "plain_sqlite":
            conn.execute("CREATE TABLE notes(x)")
        conn.commit()
        conn.close()
    else:
        backup_db = open_database(db_path)
        backup.backup(backup_db, source)
        backup_db.close()
        _make_newer(source)
    with pytest.raises(DatabaseError) as info:
        backup.restore(source, db_path, clock)
    message = info.value.render()
    assert str(source) in message
    assert ("newer version" in message) if kind == "newer" else ("not a CRM Desktop database" in message)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "restore" in p.name) == []


def test_check_finds_nothing_on_a_fresh_database(db) -> None:
    assert backup.check(db) == []


def test_check_finds_nothing_after_ordinary_work(ctx: Context) -> None:
    company = companies.create(ctx, {"name": "Acme"})
    person = _person(ctx, company_id=company)
    history.log(ctx, {"kind": "call", "subject": "Quote", "person_id": person})
    people.delete(ctx, person)
    assert backup.check(ctx.db) == []


def test_check_warns_about_dangling_references(ctx: Context) -> None:
    company = companies.create(ctx, {"name": "Acme"})
    _person(ctx, company_id=company)
    ctx.db.execute("DELETE FROM companies WHERE id = ?", [company])  # as a bad merge might
    problems = backup.check(ctx.db)
    assert problems == ["warning: 1 people belong to a company that does not exist."]
    assert backup.inspect(ctx.db).errors == []


def test_check_reports_a_damaged_search_index(ctx: Context) -> None:
    _person(ctx)
    # Write behind the index's back: the content changes, the index does not.
    ctx.db.execute("DROP TRIGGER people_fts_au")
    ctx.db.execute("UPDATE people SET last_name = 'Zzyzx'")
    report = backup.inspect(ctx.db)
    assert any("people_fts" in e for e in report.errors)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_auto_backup_runs_once_per_day_and_keeps_fourteen(ctx: Context, db_path: Path, tmp_path: Path) -> None:
    clock = FixedClock(ctx.clock.now())
    folder = tmp_path / "backups"
    first = backup.auto_backup(ctx.db, db_path, folder, clock)
    assert first is not None and first.is_file()
    assert first.name == clock.now().astimezone().strftime("crm-%Y%m%d-%H%M%S.db")
    clock.advance(minutes=1)
    assert backup.auto_backup(ctx.db, db_path, folder, clock) is None
    for _ in range(20):
        clock.advance(days=1)
        assert backup.auto_backup(ctx.db, db_path, folder, clock) is not None
    kept = _names(folder)
    assert len(kept) == 14
    assert kept[-1] == clock.now().astimezone().strftime("crm-%Y%m%d-%H%M%S.db")
    assert first.name not in kept
    assert backup.latest_backup(folder) == clock.now().astimezone().replace(tzinfo=None, microsecond=0)


def test_auto_backup_leaves_other_files_alone(ctx: Context, db_path: Path, tmp_path: Path) -> None:
    clock = FixedClock(ctx.clock.now())
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "my-own-copy.db").write_text("mine")
    for _ in range(3):
        backup.auto_backup(ctx.db, db_path, folder, clock, keep=2)
        clock.advance(days=1)
    assert "my-own-copy.db" in _names(folder)
    assert len([n for n in _names(folder) if n.startswith("crm-")]) == 2


def test_a_backup_is_a_working_database(ctx: Context, tmp_path: Path) -> None:
    _person(ctx, email="helene@example.com")
    out = backup.backup(ctx.db, tmp_path / "copy.db")
    copy = open_database(out)
    try:
        assert backup.check(copy) == []
        assert copy.execute("SELECT email FROM people").fetchone()[0] == "helene@example.com"
    finally:
        copy.close()
