"""Encrypted backups: nothing readable in the file, a preview of what it holds, a restore
that keeps the current database aside, and a refusal of anything altered or unknown."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_desktop.core import backup, crypto, people
from crm_desktop.core import encryption_settings as enc
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.db.connection import DatabaseError, open_database
from tests.field_setup import FieldWorld

PASSPHRASE = "blue harbour at noon"
MADE_AT = int(datetime(2026, 3, 2, 9, 30, tzinfo=UTC).timestamp() * 1000)


def _counts(preview: backup.BackupPreview) -> dict[str, int]:
    return dict(preview.counts)


def _names(path: Path) -> set[str]:
    db = open_database(path)
    try:
        return {r[0] for r in db.execute("SELECT last_name FROM people WHERE deleted_at IS NULL")}
    finally:
        db.close()


def test_encrypted_backup_previews_and_restores(ctx: Context, world: FieldWorld, db_path: Path, tmp_path: Path,
                                                clock: FixedClock) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    out = backup.backup(ctx.db, tmp_path / "saved.crm", made_at_ms=MADE_AT)
    data = out.read_bytes()
    assert crypto.is_encrypted(data) and b"Dupont" not in data and b"SQLite format 3" not in data
    assert not list(tmp_path.glob(".*.plain")) and not list(tmp_path.glob(".*.part"))

    shown = backup.preview(out)
    assert shown.encrypted and shown.made_at == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    counts = _counts(shown)
    assert counts["People"] >= 1 and counts["Companies"] == 1 and counts["Tickets"] == 0
    assert shown.last_change is not None and shown.last_change.startswith("2026-03-02")

    people.create(ctx, {"last_name": "Written after the backup"})
    ctx.db.close()
    aside = backup.restore(out, db_path, clock)
    assert aside is not None and aside.exists() and "Written after the backup" in _names(aside)
    restored = _names(db_path)
    assert "Dupont" in restored and "Written after the backup" not in restored
    assert not list(db_path.parent.glob(f".{db_path.name}.restore*"))


def test_one_changed_byte_refuses_the_backup_and_changes_nothing(ctx: Context, world: FieldWorld, db_path: Path,
                                                                 tmp_path: Path, clock: FixedClock) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    out = backup.backup(ctx.db, tmp_path / "saved.crm")
    data = bytearray(out.read_bytes())
    data[len(data) - 100] ^= 0x04
    out.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match="could not be decrypted"):
        backup.preview(out)
    ctx.db.close()
    before = db_path.read_bytes()
    with pytest.raises(backup.BackupError, match="could not be decrypted"):
        backup.restore(out, db_path, clock)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)) == [db_path.name]
    assert not list(db_path.parent.glob(f".{db_path.name}.*"))


def test_a_computer_without_the_key_asks_for_the_passphrase(ctx: Context, world: FieldWorld, tmp_path: Path,
                                                            clock: FixedClock) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    out = backup.backup(ctx.db, tmp_path / "saved.crm")
    new_computer = tmp_path / "new" / "keys.json"
    spec = backup.needs_key(out, enc.load_keys(new_computer))
    assert spec is not None and backup.needs_key(out) is None
    with pytest.raises(backup.BackupError, match="does not know"):
        backup.preview(out, enc.load_keys(new_computer))
    with pytest.raises(backup.BackupError, match="does not know"):
        backup.restore(out, tmp_path / "new" / "crm.db", clock, enc.load_keys(new_computer))
    with pytest.raises(Exception, match="not the passphrase"):
        enc.unlock(spec, "blue harbour at dusk", new_computer)
    enc.unlock(spec, PASSPHRASE, new_computer)  # the database that held the settings is not needed
    assert backup.restore(out, tmp_path / "new" / "crm.db", clock, enc.load_keys(new_computer)) is None
    assert "Dupont" in _names(tmp_path / "new" / "crm.db")


def test_automatic_backups_are_encrypted_too(ctx: Context, world: FieldWorld, db_path: Path, tmp_path: Path,
                                             clock: FixedClock) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    made = backup.auto_backup(ctx.db, db_path, tmp_path / "backups", clock)
    assert made is not None and crypto.file_is_encrypted(made)
    assert _counts(backup.preview(made))["Companies"] == 1


def test_plain_backups_stay_plain_and_preview_from_their_name(ctx: Context, world: FieldWorld, tmp_path: Path,
                                                              clock: FixedClock) -> None:
    out = backup.backup(ctx.db, tmp_path / "crm-20260301-080000.db")
    shown = backup.preview(out)
    assert not shown.encrypted and shown.made_at == datetime(2026, 3, 1, 8, 0).astimezone().astimezone(UTC)
    assert _counts(shown)["Companies"] == 1


def test_a_file_that_is_no_backup_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    other.write_text("shopping list")
    with pytest.raises(DatabaseError, match="not a CRM Desktop database"):
        backup.preview(other)
    with pytest.raises(backup.BackupError, match="no file"):
        backup.preview(tmp_path / "missing.db")


def test_encryption_on_without_the_key_here_refuses_to_back_up(ctx: Context, tmp_path: Path, monkeypatch) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(tmp_path / "another-computer"))
    with pytest.raises(crypto.CryptoError, match="does not know the business passphrase"):
        backup.backup(ctx.db, tmp_path / "saved.crm")
    assert not (tmp_path / "saved.crm").exists()


def test_the_database_in_use_is_closed_only_once_the_backup_is_checked(
    ctx: Context, world: FieldWorld, db_path: Path, tmp_path: Path, clock: FixedClock,
) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    good = backup.backup(ctx.db, tmp_path / "good.crm")
    bad = tmp_path / "bad.crm"
    bad.write_bytes(good.read_bytes()[:-1])
    closed: list[str] = []
    with pytest.raises(backup.BackupError):
        backup.restore(bad, db_path, clock, before_swap=lambda: closed.append("bad"))
    assert closed == [] and people.create(ctx, {"last_name": "Still open"})

    def close() -> None:
        closed.append("good")
        ctx.db.close()

    assert backup.restore(good, db_path, clock, before_swap=close) is not None
    assert closed == ["good"] and "Still open" not in _names(db_path)
