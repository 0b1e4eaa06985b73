"""The restore dialog: a preview read from the backup, the passphrase asked when needed,
a refusal that changes nothing, and a restore that keeps the database in use aside."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from crm_desktop.core import backup, people
from crm_desktop.core import encryption_settings as enc
from crm_desktop.core.context import Context
from crm_desktop.db.connection import open_database
from crm_desktop.ui.restore_dialog import RestoreDialog
from tests.field_setup import FieldWorld

PASSPHRASE = "blue harbour at noon"


def _dialog(qtbot: QtBot, ctx: Context, db_path: Path, keys_file: Path | None = None) -> RestoreDialog:
    dialog = RestoreDialog(ctx, db_path, keys_file=keys_file)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _load(qtbot: QtBot, dialog: RestoreDialog, path: Path) -> bool:
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as blocker:
        dialog.load(path)
    return bool(blocker.args[0])


def test_preview_then_restore_keeps_the_database_in_use_aside(
    qtbot: QtBot, ctx: Context, world: FieldWorld, db_path: Path, tmp_path: Path,
) -> None:
    saved = backup.backup(ctx.db, tmp_path / "crm-20260301-080000.db")
    people.create(ctx, {"last_name": "Typed after the backup"})
    dialog = _dialog(qtbot, ctx, db_path)
    assert not dialog.restore_button.isEnabled()
    assert _load(qtbot, dialog, saved)
    shown = dialog.preview_text()
    assert shown["previewCount.Companies"] == "1" and shown["previewCount.Tickets"] == "0"
    assert shown["previewEncrypted"] == dialog.tr("No") and shown["previewMade"]
    assert dialog.restore_button.isEnabled() and not dialog.message.isVisible()

    with qtbot.waitSignal(dialog.restored, timeout=20_000) as blocker:
        dialog.restore_button.click()
    aside = Path(blocker.args[0])
    assert aside.exists() and dialog.done_label.isVisible() and not dialog.restore_button.isVisible()
    restored = open_database(db_path)
    try:
        names = {r[0] for r in restored.execute("SELECT last_name FROM people")}
    finally:
        restored.close()
    assert "Dupont" in names and "Typed after the backup" not in names
    dialog.cancel_button.click()
    assert dialog.result() == RestoreDialog.DialogCode.Accepted


def test_an_encrypted_backup_asks_for_the_passphrase(
    qtbot: QtBot, ctx: Context, world: FieldWorld, db_path: Path, tmp_path: Path,
) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    saved = backup.backup(ctx.db, tmp_path / "saved.crm")
    new_computer = tmp_path / "elsewhere" / "keys.json"
    dialog = _dialog(qtbot, ctx, db_path, keys_file=new_computer)
    assert not _load(qtbot, dialog, saved)
    assert dialog.key_form.isVisible() and not dialog.preview_box.isVisible()
    assert not dialog.restore_button.isEnabled()
    assert not dialog.enter_passphrase("blue harbour at dusk")
    assert "not the passphrase" in dialog.key_form.error_text("passphrase")
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as blocker:
        dialog.passphrase.setText(PASSPHRASE)
        dialog.open_button.click()
    assert blocker.args == [True]
    assert dialog.preview_text()["previewEncrypted"] == dialog.tr("Yes")
    assert not dialog.key_form.isVisible() and enc.load_keys(new_computer)


def test_a_damaged_backup_is_refused_and_nothing_changes(
    qtbot: QtBot, ctx: Context, world: FieldWorld, db_path: Path, tmp_path: Path,
) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    saved = backup.backup(ctx.db, tmp_path / "saved.crm")
    data = bytearray(saved.read_bytes())
    data[-40] ^= 0x10
    saved.write_bytes(bytes(data))
    dialog = _dialog(qtbot, ctx, db_path)
    assert not _load(qtbot, dialog, saved)
    assert dialog.message.isVisible() and "could not be decrypted" in dialog.message.text()
    assert not dialog.restore_button.isEnabled() and not dialog.preview_box.isVisible()
    other = tmp_path / "notes.db"
    other.write_text("not a database at all")
    assert not _load(qtbot, dialog, other)
    assert "not a CRM Desktop database" in dialog.message.text()
    assert people.create(ctx, {"last_name": "Still writable"})  # the database in use was never closed


def test_a_backup_that_turns_bad_after_its_preview_is_refused_without_closing_the_database(
    qtbot: QtBot, ctx: Context, world: FieldWorld, db_path: Path, tmp_path: Path,
) -> None:
    saved = backup.backup(ctx.db, tmp_path / "saved.db")
    dialog = _dialog(qtbot, ctx, db_path)
    assert _load(qtbot, dialog, saved)
    saved.write_bytes(saved.read_bytes()[:4096])  # cut short after the preview
    with qtbot.waitSignal(dialog.refused, timeout=20_000) as blocker:
        dialog.restore_button.click()
    assert blocker.args[0] and dialog.message.isVisible() and dialog.restore_button.isEnabled()
    assert people.create(ctx, {"last_name": "Still writable"})
    assert sorted(p.name for p in db_path.parent.iterdir() if ".before-restore" in p.name) == []


# The Encryption page of the settings (it sets the passphrase the backups above need).


def test_encryption_page_sets_the_passphrase_once_and_turns_encryption_off_and_on(
    qtbot: QtBot, ctx: Context, tmp_path: Path,
) -> None:
    from crm_desktop.ui.encryption_page import EncryptionPage

    keys = tmp_path / "here" / "keys.json"
    page = EncryptionPage(ctx, keys_file=keys, hub_folder=tmp_path / "no-hub")
    qtbot.addWidget(page)
    page.resize(640, 620)
    page.show()
    assert page.setup_form.isVisible() and not page.unlock_form.isVisible() and not page.enabled.isVisible()
    assert not page.database_option.isEnabled()
    assert page.database_reason.isVisible()  # why the option is off: SQLCipher missing, or no passphrase yet
    assert ("SQLCipher" in page.database_reason.text()) == (not enc.database_encryption_ready())

    page.new_passphrase.setText("short")
    page.repeat.setText("short")
    assert not page.set_passphrase()
    assert page.setup_form.error_text("passphrase") and enc.load_encryption(ctx.db).spec() is None
    page.new_passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE + "?")
    assert not page.set_passphrase() and page.setup_form.error_text("repeat")
    page.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(page.changed):
        assert page.set_passphrase()
    assert enc.load_encryption(ctx.db).enabled and enc.load_keys(keys)
    assert not page.setup_form.isVisible() and page.enabled.isChecked() and page.enabled.isEnabled()
    assert not page.new_passphrase.text()
    with qtbot.waitSignal(page.changed):
        page.enabled.click()
    assert not enc.load_encryption(ctx.db).enabled


def test_encryption_page_asks_another_computer_for_the_passphrase(qtbot: QtBot, ctx: Context, tmp_path: Path) -> None:
    from crm_desktop.ui.encryption_page import EncryptionPage

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE, tmp_path / "office" / "keys.json")
    keys = tmp_path / "laptop" / "keys.json"
    page = EncryptionPage(ctx, keys_file=keys, hub_folder=tmp_path / "no-hub")
    qtbot.addWidget(page)
    page.resize(640, 520)
    page.show()
    assert page.unlock_form.isVisible() and not page.enabled.isEnabled()
    assert page.tr("does not know") in page.status.text()
    page.passphrase.setText("blue harbour at dusk")
    assert not page.enter_passphrase()
    assert "not the passphrase" in page.unlock_form.error_text("passphrase")
    page.passphrase.setText(PASSPHRASE)
    assert page.enter_passphrase()
    assert not page.unlock_form.isVisible() and page.enabled.isEnabled()
    assert enc.knows_key(enc.load_encryption(ctx.db), keys)
