"""The settings dialog: business settings through core, logo, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from crm_desktop.core import users
from crm_desktop.core.attachments import BlobStore, store_dir
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.settings import BusinessSettings, load_business, load_local
from crm_desktop.ui.settings_dialog import SettingsDialog


def make_dialog(qtbot: QtBot, ctx: Context) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_invalid_vat_is_shown_next_to_the_field_and_nothing_is_saved(qtbot: QtBot, ctx: Context) -> None:
    dialog = make_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name, "Boulangerie Dupuis")
    qtbot.keyClicks(dialog.vat, "BE0123456789")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not accepted
    message = dialog.error_text_for("vat")
    assert message == "This VAT number is not valid."
    label = dialog.errors["vat"]
    assert label.isVisible()
    assert label.parentWidget() is dialog.vat.parentWidget()  # right under the VAT field
    assert dialog.error_text_for("name") == ""
    assert load_business(ctx.db) == BusinessSettings()  # nothing saved
    assert load_local().language == ""  # not even the language


def test_valid_settings_are_saved(qtbot: QtBot, ctx: Context) -> None:
    dialog = make_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name, "Boulangerie Dupuis")
    qtbot.keyClicks(dialog.street, "Rue de Fer 12")
    qtbot.keyClicks(dialog.postcode, "5000")
    qtbot.keyClicks(dialog.city, "Namur")
    qtbot.keyClicks(dialog.vat, "BE 0403.170.701")
    dialog.currency.setCurrentIndex(dialog.currency.findData("CHF"))
    dialog.phone_region.setCurrentIndex(dialog.phone_region.findData("FR"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    saved = load_business(ctx.db)
    assert (saved.name, saved.city, saved.vat, saved.currency, saved.phone_region) == (
        "Boulangerie Dupuis", "Namur", "BE0403170701", "CHF", "FR")
    assert load_local().language == "fr"
    again = make_dialog(qtbot, ctx)
    assert again.name.text() == "Boulangerie Dupuis"
    assert again.language.currentData() == "fr"


def test_errors_clear_once_fixed(qtbot: QtBot, ctx: Context) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.vat.setText("XX123")
    assert not dialog.save()
    assert dialog.error_text_for("vat")
    dialog.vat.setText("")
    assert dialog.save()
    assert dialog.error_text_for("vat") == ""


def test_logo_is_stored_by_hash_with_a_preview(qtbot: QtBot, ctx: Context, tmp_path: Path) -> None:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b6cb0"))
    logo = tmp_path / "logo.png"
    assert image.save(str(logo))
    dialog = make_dialog(qtbot, ctx)
    assert not dialog.remove_logo.isEnabled()
    assert dialog.set_logo_file(logo)
    assert not dialog.logo_preview.pixmap().isNull()
    assert load_business(ctx.db).logo_sha256 == ""  # stored only when saved
    assert dialog.save()
    sha = load_business(ctx.db).logo_sha256
    assert sha and BlobStore(store_dir(ctx.db)).has(sha)
    reopened = make_dialog(qtbot, ctx)
    assert not reopened.logo_preview.pixmap().isNull()
    reopened.clear_logo()
    assert reopened.save()
    assert load_business(ctx.db).logo_sha256 == ""


def test_not_an_image(qtbot: QtBot, ctx: Context, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    dialog = make_dialog(qtbot, ctx)
    assert not dialog.set_logo_file(text)
    assert dialog.error_text_for("logo")


def test_staff_cannot_change_the_business(qtbot: QtBot, ctx: Context) -> None:
    staff = users.add_user(ctx.db, ctx.clock, "Sam", Role.STAFF)
    staff_ctx = Context(db=ctx.db, user=staff, clock=ctx.clock, changes=ctx.changes)
    dialog = make_dialog(qtbot, staff_ctx)
    assert not dialog.name.isEnabled() and not dialog.vat.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.save()  # the language is this machine's own choice
    assert load_local().language == "en"
