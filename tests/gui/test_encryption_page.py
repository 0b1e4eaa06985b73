"""Settings › Security: the database file encrypted and decrypted from the page (a worker, then the window's
connection swapped in place); the passphrase asked at start for an encrypted database; the failed automatic
backup shown once at the next start."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop import app
from crm_desktop.core import backup, people
from crm_desktop.core import encryption_settings as enc
from crm_desktop.core.context import Context
from crm_desktop.core.settings import LocalSettings, load_local, save_local
from crm_desktop.db import cipher
from crm_desktop.db.connection import DatabaseLocked, is_encrypted, open_database

PASSPHRASE = "blue harbour at noon"
#: Where the screens are drawn to be looked at (CRM_SHOTS=folder); else the test's own folder.
SHOTS_DIR = os.environ.get("CRM_SHOTS", "")
needs_sqlcipher = pytest.mark.skipif(not cipher.available(), reason="the SQLCipher driver sqlcipher3 is not "
                                                                    "installed (pip install .[encryption])")


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    return Path(SHOTS_DIR) if SHOTS_DIR else tmp_path


@pytest.fixture(autouse=True)
def _no_session_keys() -> None:
    enc.forget_session_keys()
    yield
    enc.forget_session_keys()


def _page(qtbot: QtBot, ctx: Context, tmp_path: Path, db_path: Path):  # noqa: ANN202 - EncryptionPage
    from crm_desktop.ui.encryption_page import EncryptionPage

    page = EncryptionPage(ctx, hub_folder=tmp_path / "no-hub", db_path=db_path)
    qtbot.addWidget(page)
    page.resize(680, 640)
    page.show()
    return page


@needs_sqlcipher
def test_the_database_option_encrypts_and_decrypts_the_file(qtbot: QtBot, ctx: Context, db_path: Path,
                                                           tmp_path: Path, shots: Path) -> None:
    people.create(ctx, {"first_name": "Hélène", "last_name": "Dupont"})
    page = _page(qtbot, ctx, tmp_path, db_path)
    assert not page.database_option.isEnabled() and "passphrase" in page.database_reason.text()
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    page.refresh()
    assert page.database_option.isEnabled() and not page.database_option.isChecked()
    QApplication.processEvents()  # the layout follows the texts refresh() changed
    page.grab().save(str(shots / "encryption-before.png"))

    with qtbot.waitSignal(page.database_converted, timeout=20000) as converted:
        page.database_option.click()
    assert converted.args == [True]
    qtbot.waitUntil(lambda: page.task is not None and page.task.is_done())
    assert is_encrypted(ctx.db) and page.database_option.isChecked() and page.database_option.isEnabled()
    assert "now encrypted" in page.database_message.text()
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Dupont" not in db_path.read_bytes()
    assert ctx.db.execute("SELECT count(*) FROM people WHERE last_name = 'Dupont'").fetchone()[0] == 1
    QApplication.processEvents()
    page.grab().save(str(shots / "encryption-after.png"))

    with qtbot.waitSignal(page.database_converted, timeout=20000) as converted:
        page.database_option.click()
    assert converted.args == [False]
    qtbot.waitUntil(lambda: page.task is not None and page.task.is_done())
    assert not is_encrypted(ctx.db) and not page.database_option.isChecked()
    assert db_path.read_bytes().startswith(b"SQLite format 3")


def test_the_option_is_off_and_says_why_without_sqlcipher(qtbot: QtBot, ctx: Context, db_path: Path,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cipher, "available", lambda: False)
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    page = _page(qtbot, ctx, tmp_path, db_path)
    assert not page.database_option.isEnabled() and "SQLCipher" in page.database_reason.text()


@needs_sqlcipher
def test_the_passphrase_is_asked_before_the_log_in(qtbot: QtBot, ctx: Context, db_path: Path,
                                                   tmp_path: Path, shots: Path) -> None:
    from crm_desktop.core import database_encryption as dbenc
    from crm_desktop.ui.passphrase_dialog import PassphraseDialog

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    dbenc.put_in_place(ctx.db, db_path, dbenc.stage_encrypted(ctx, db_path))
    ctx.db.close()
    enc.keys_path().unlink()
    enc.forget_session_keys()
    with pytest.raises(DatabaseLocked):
        app.open_session(db_path)
    dialog = PassphraseDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("a wrong passphrase")
    assert not dialog.try_open()
    assert "not the passphrase" in dialog.form.error_text("passphrase") and dialog.isVisible()
    dialog.grab().save(str(shots / "passphrase.png"))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.remember.setChecked(False)
    with qtbot.waitSignal(dialog.accepted):
        assert dialog.try_open()
    assert not enc.keys_path().exists()
    session = app.open_session(db_path)
    try:
        assert is_encrypted(session.db)
    finally:
        session.db.close()


def test_a_failed_automatic_backup_is_shown_once_at_the_next_start(
        qtbot: QtBot, ctx: Context, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shots: Path) -> None:
    from crm_desktop.ui.main_window import MainWindow

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backups folder should be")
    monkeypatch.setattr(app, "backups_dir_for", lambda _path: blocker / "backups")
    local = LocalSettings()
    assert app.run_auto_backup(ctx, db_path, local) is None
    stored = load_local()
    failure = backup.pending_failure(stored)
    assert failure is not None and failure.at.startswith("2026-03-02T09:30")
    assert "backup folder" in failure.error().render()

    window = MainWindow(ctx, db_path)  # the next start
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    notice = app.show_backup_failure(window, db_path, ctx.clock, stored)
    assert notice is not None and notice.isVisible()
    assert "failed" in notice.label.text() and "backup folder" in notice.label.text()
    window.grab().save(str(shots / "notice.png"))
    assert backup.pending_failure(load_local()) is None  # shown once: not again at the start after
    assert app.show_backup_failure(window, db_path, ctx.clock, load_local()) is None

    monkeypatch.setattr(app, "backups_dir_for", lambda _path: tmp_path / "backups")
    with qtbot.waitSignal(notice.backed_up, timeout=20000) as made:
        notice.back_up_now()
    assert Path(made.args[0]).is_file() and "Backed up to" in notice.label.text()
    assert load_local().backup_failure == {}


def test_a_successful_backup_clears_the_failure(ctx: Context, db_path: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    local = LocalSettings()
    backup.note_failure(local, OSError(28, "No space left on device"), "2026-03-01T18:00:00.000Z")
    save_local(local)
    monkeypatch.setattr(app, "backups_dir_for", lambda _path: tmp_path / "backups")
    assert app.run_auto_backup(ctx, db_path, local) is not None
    assert load_local().backup_failure == {} and load_local().last_backup


def test_the_backup_of_an_open_database_can_be_read_back(ctx: Context, db_path: Path, tmp_path: Path) -> None:
    job = app.backup_job(db_path, ctx.clock)
    first, second = Path(job(lambda _d, _t: True)), Path(job(lambda _d, _t: True))
    assert first != second and first.is_file() and second.is_file()  # "Back up now" twice: two files
    db = open_database(first)
    db.close()


@needs_sqlcipher
def test_a_view_s_kept_read_connection_follows_the_converted_file(ctx: Context, db_path: Path) -> None:
    """The dashboard keeps its own read connection: after the swap it must read the new file, not the one
    set aside (which no longer changes), and closing the old one must not touch the new file's WAL."""
    from crm_desktop.core import database_encryption as dbenc
    from crm_desktop.ui.read_connection import ReadConnection

    def count(db) -> int:  # noqa: ANN001 - a sqlite_utils Database
        return db.execute("SELECT count(*) FROM people WHERE last_name = 'Afterwards'").fetchone()[0]

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    kept = ReadConnection(ctx.db)
    try:
        assert kept.run(count) == 0
        first = kept.own
        dbenc.put_in_place(ctx.db, db_path, dbenc.stage_encrypted(ctx, db_path))
        ctx.db.execute("PRAGMA wal_autocheckpoint = 0")
        people.create(ctx, {"first_name": "New", "last_name": "Afterwards"})
        assert kept.run(count) == 1 and kept.own is not first
        second = kept.own
        assert kept.run(count) == 1 and kept.own is second  # reopened once, then kept again
        assert Path(f"{db_path}-wal").stat().st_size > 0  # the old connection's close left the new WAL alone
        dbenc.put_in_place(ctx.db, db_path, dbenc.stage_plain(ctx, db_path))
        people.create(ctx, {"first_name": "Second", "last_name": "Afterwards"})
        assert kept.run(count) == 2
    finally:
        kept.close()
    assert kept.own is None
