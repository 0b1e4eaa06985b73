"""The settings dialog: business settings through core, logo, language, support hours and rates, levels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from crm_desktop.core import contracts, people, tickets, users
from crm_desktop.core.attachments import BlobStore, store_dir
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.settings import BusinessSettings, load_business, load_local
from crm_desktop.core.support_settings import SupportSettings, load_support
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


# --------------------------------------------------------------------------- support


@pytest.fixture
def gold(ctx: Context) -> str:
    return contracts.create_level(ctx, {"name": "Gold", "rank": 3, "first_response_minutes": 60,
                                        "resolution_minutes": 480, "hourly_rate_cents": "85,00",
                                        "included_minutes": 1200, "onsite_included": True})


def response_due(ctx: Context, ticket_id: str) -> str:
    return ctx.db.execute("SELECT response_due FROM ticket_sla WHERE ticket_id = ?", [ticket_id]).fetchone()[0]


def test_the_support_page_shows_the_saved_settings(qtbot: QtBot, ctx: Context) -> None:
    dialog = make_dialog(qtbot, ctx)
    opens, closes, closed = dialog.hour_rows[0]
    assert (opens.time().toString("HH:mm"), closes.time().toString("HH:mm"), closed.isChecked()) == (
        "08:30", "17:30", False)
    assert dialog.hour_rows[6][2].isChecked() and not dialog.hour_rows[6][0].isEnabled()
    assert dialog.holiday_country.currentData() == "BE"
    assert [dialog.holiday_country.itemData(i) for i in range(dialog.holiday_country.count())] == [
        "BE", "FR", "NL", "LU", "DE", "CH", "GB"]
    assert dialog.rates["km_cost_cents"].line.text() == "0.35"
    assert dialog.rates["hourly_rate_cents"].line.text() == "75.00"
    assert dialog.warn_minutes.value() == 60


def test_closing_before_opening_is_refused_next_to_the_day(qtbot: QtBot, ctx: Context) -> None:
    dialog = make_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name, "Chauffage Lambert")
    dialog.set_day(0, "17:00", "09:00")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text_for("hours.0") == "Opening hours look like 08:30-17:30, opening before closing."
    label = dialog.errors["hours.0"]
    assert label.isVisible()
    assert label.parentWidget() is dialog.hour_rows[0][0].parentWidget().parentWidget()  # under Monday's row
    assert dialog.error_text_for("hours.1") == ""
    assert dialog.tabs.currentIndex() == 1  # the Support page is brought forward
    assert load_support(ctx.db) == SupportSettings()  # nothing saved
    assert load_business(ctx.db) == BusinessSettings()  # not even the business name


def test_a_bad_amount_is_shown_under_its_rate(qtbot: QtBot, ctx: Context) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.rates["km_price_cents"].line.setText("0,5x")
    assert not dialog.save()
    assert dialog.error_text_for("km_price_cents") == "Not an amount of money."
    assert dialog.errors["km_price_cents"].parentWidget() is dialog.rates["km_price_cents"].parentWidget()
    assert load_support(ctx.db) == SupportSettings()


def test_saved_hours_move_a_tickets_due_time(qtbot: QtBot, ctx: Context, gold: str) -> None:
    person = people.create(ctx, {"first_name": "Anne", "last_name": "Lambert"})
    contracts.create_contract(ctx, {"person_id": person, "level_id": gold, "starts_on": "2026-01-01"})
    ticket = tickets.open_ticket(ctx, {"person_id": person, "subject": "Chaudière en panne"})
    assert response_due(ctx, ticket) == "2026-03-02T10:30:00.000Z"  # opened 10:30 Brussels, 1 h to answer
    dialog = make_dialog(qtbot, ctx)
    dialog.set_day(0, "13:00", "17:30")  # Mondays open at 13:00 now
    dialog.set_day(5, "09:00", "12:00")  # and Saturday mornings
    dialog.holiday_country.setCurrentIndex(dialog.holiday_country.findData("FR"))
    assert dialog.add_closing_day("2026-12-24")
    assert dialog.add_closing_day("2026-08-14")
    assert not dialog.add_closing_day("2026-08-14")  # once is enough
    assert dialog.closing_days() == ["2026-08-14", "2026-12-24"]  # in date order
    dialog.closed_days.setCurrentRow(1)
    dialog.remove_closing_day()
    dialog.rates["km_cost_cents"].line.setText("0,42")
    dialog.rates["hourly_rate_cents"].line.setText("82.50")
    dialog.warn_minutes.setValue(90)
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    saved = load_support(ctx.db)
    assert saved.hours[:6] == ["13:00-17:30", "08:30-17:30", "08:30-17:30", "08:30-17:30", "08:30-17:30",
                               "09:00-12:00"]
    assert (saved.holiday_country, saved.closed_days) == ("FR", ["2026-08-14"])
    assert (saved.km_cost_cents, saved.hourly_rate_cents, saved.warn_minutes) == (42, 8250, 90)
    assert response_due(ctx, ticket) == "2026-03-02T13:00:00.000Z"  # 14:00 Brussels
    again = make_dialog(qtbot, ctx)
    assert again.hour_rows[0][0].time().toString("HH:mm") == "13:00"
    assert not again.hour_rows[5][2].isChecked()
    assert again.closing_days() == ["2026-08-14"]


def test_levels_are_listed_added_edited_and_removed(qtbot: QtBot, ctx: Context, gold: str) -> None:
    dialog = make_dialog(qtbot, ctx)
    table = dialog.levels_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(7)] == ["Gold", "1:00", "8:00", "85.00 EUR", "20:00", "Yes", "3"]
    assert not dialog.levels_note.isVisible() and dialog.add_level_button.isEnabled()
    assert not dialog.edit_level_button.isEnabled()  # nothing chosen yet

    editor = dialog.add_level()
    qtbot.waitExposed(editor)
    editor.first_response.setText("4h")
    editor.resolution.setText("two days")
    assert not editor.save()
    assert editor.error_text("resolution_minutes") == "Write hours and minutes, e.g. 4:00 or 16:30."
    assert editor.error_text("name") == "This field is required."  # every problem at once
    assert contracts.levels(ctx.db)[0].name == "Gold" and len(contracts.levels(ctx.db)) == 1
    editor.name.setText("Silver")
    editor.resolution.setText("16:30")
    editor.hourly_rate.line.setText("-5")
    assert not editor.save()
    assert editor.error_text("hourly_rate_cents") == "A rate cannot be negative."
    editor.hourly_rate.line.setText("75")
    editor.rank.setText("2")
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    silver = next(level for level in contracts.levels(ctx.db) if level.name == "Silver")
    assert (silver.first_response_minutes, silver.resolution_minutes, silver.hourly_rate_cents) == (240, 990, 7500)
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["Silver", "Gold"]  # by rank

    table.selectRow(1)
    assert dialog.selected_level_id() == gold and dialog.edit_level_button.isEnabled()
    editor = dialog.edit_level()
    assert editor is not None and editor.first_response.text() == "1:00" and editor.onsite.isChecked()
    editor.first_response.setText("0:30")
    assert editor.save()
    assert contracts.level(ctx.db, gold).first_response_minutes == 30
    assert table.item(1, 1).text() == "0:30"

    assert dialog.remove_level(silver.id, confirm=False)
    assert [level.name for level in contracts.levels(ctx.db)] == ["Gold"]
    assert table.rowCount() == 1


def test_staff_see_levels_but_cannot_change_them(qtbot: QtBot, ctx: Context, gold: str) -> None:
    staff = users.add_user(ctx.db, ctx.clock, "Sam", Role.STAFF)
    staff_ctx = Context(db=ctx.db, user=staff, clock=ctx.clock, changes=ctx.changes)
    dialog = make_dialog(qtbot, staff_ctx)
    dialog.tabs.setCurrentIndex(2)
    assert dialog.levels_table.rowCount() == 1
    assert dialog.levels_note.isVisible()
    assert "Only managers and administrators" in dialog.levels_note.text()
    assert not dialog.add_level_button.isEnabled()
    assert not dialog.remove_level(gold, confirm=False)  # core refuses, and says so clearly
    assert dialog.levels_message.isVisible()
    assert dialog.levels_message.text() == "Sam (Staff) is not allowed to change support levels and contracts."
    assert contracts.levels(ctx.db)[0].id == gold
    assert not dialog.hour_rows[0][0].isEnabled() and not dialog.rates["km_cost_cents"].isEnabled()
    assert dialog.save()  # nothing of the support desk is written
    assert load_support(ctx.db) == SupportSettings()


def test_a_manager_changes_levels_but_not_the_opening_hours(qtbot: QtBot, ctx: Context, gold: str) -> None:
    manager = users.add_user(ctx.db, ctx.clock, "Mia", Role.MANAGER)
    manager_ctx = Context(db=ctx.db, user=manager, clock=ctx.clock, changes=ctx.changes)
    dialog = make_dialog(qtbot, manager_ctx)
    assert not dialog.levels_note.isVisible() and dialog.add_level_button.isEnabled()
    assert not dialog.hour_rows[0][2].isEnabled()
    editor = dialog.edit_level(gold)
    assert editor is not None
    editor.name.setText("Gold 24/7")
    assert editor.save()
    assert contracts.level(ctx.db, gold).name == "Gold 24/7"
