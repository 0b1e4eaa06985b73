"""The Reports dialog: choose a management report, create it in the background, preview it; save the
settings under a name and run them again in one click (a relative period follows the day)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.core import saved_reports
from crm_desktop.core.context import Context
from crm_desktop.reports.pdf_read import page_texts
from crm_desktop.ui.management_reports import ManagementReportsDialog
from crm_desktop.ui.pdf_preview import PdfPreviewDialog
from crm_desktop.ui.report_dialog import report_folder
from tests.unit.test_management_reports import Shop, build_shop


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, str, str]]:
    """What the preview was opened on (path, text, window title), without blocking."""
    shown: list[tuple[Path, str, str]] = []

    def fake_exec(self: PdfPreviewDialog) -> int:
        text = " ".join(page_texts(self.path)).replace("\u00a0", " ").replace("\n", " ")
        shown.append((self.path, text, self.windowTitle()))
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    return shown


@pytest.fixture
def shop(ctx: Context) -> Shop:
    return build_shop(ctx)


def make_dialog(qtbot: QtBot, ctx: Context, customer_key: str | None = None) -> ManagementReportsDialog:
    dialog = ManagementReportsDialog(ctx, customer_key=customer_key)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def create_and_wait(qtbot: QtBot, dialog: ManagementReportsDialog, previews: list, count: int) -> str:
    with qtbot.waitSignal(dialog.created, timeout=60_000):
        dialog.create_button.click()
    qtbot.waitUntil(lambda: len(previews) == count)
    qtbot.waitUntil(lambda: not dialog.running())
    return previews[-1][1]


def test_the_dialog_previews_the_management_report(qtbot: QtBot, ctx: Context, shop: Shop, previews: list) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.customer.isVisibleTo(dialog) and dialog.period_row.isVisibleTo(dialog)
    dialog.set_period("custom", date(2026, 1, 1), date(2026, 3, 2))
    text = create_and_wait(qtbot, dialog, previews, 1)
    assert "Management report" in text and "Period: 01 Jan 2026 to 02 Mar 2026" in text
    assert "Garage Martin" in text
    path = previews[0][0]
    assert path.parent == report_folder() and not path.exists()  # removed once the preview is closed
    assert dialog.create_button.isEnabled() and not dialog.progress.isVisible()


def test_a_relative_period_shows_its_days(qtbot: QtBot, ctx: Context) -> None:
    dialog = make_dialog(qtbot, ctx)  # the clock says Monday 2 March 2026
    dialog.set_period("last_month")
    assert dialog.dates() == (date(2026, 2, 1), date(2026, 2, 28)) and not dialog.start_edit.isEnabled()
    dialog.set_period("this_year")
    assert dialog.dates() == (date(2026, 1, 1), date(2026, 12, 31))
    dialog.set_period("custom", date(2026, 3, 1), date(2026, 2, 1))
    assert dialog.start_edit.isEnabled()
    dialog.create_button.click()
    assert dialog.period_error.isVisible() and not dialog.running()


def test_the_customer_sheet_needs_a_known_customer(qtbot: QtBot, ctx: Context, shop: Shop, previews: list) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.report.setCurrentIndex(dialog.report.findData("customer"))
    assert dialog.customer.isVisibleTo(dialog) and not dialog.period_row.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.customer, "Nobody at all")
    dialog.create_button.click()
    assert dialog.customer_error.isVisible() and dialog.customer_error.text() and previews == []
    dialog.customer.clear()
    qtbot.keyClicks(dialog.customer, "Garage Martin")
    assert not dialog.customer_error.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    text = create_and_wait(qtbot, dialog, previews, 1)
    assert "Fiche client" in text and "Garage Martin" in text and "Luc Martin" in text


def test_opened_for_a_customer_the_sheet_is_chosen(qtbot: QtBot, ctx: Context, shop: Shop, previews: list) -> None:
    dialog = make_dialog(qtbot, ctx, customer_key=shop.cafe)
    assert dialog.chosen_report() == "customer" and dialog.customer.text() == "Café Perte"
    text = create_and_wait(qtbot, dialog, previews, 1)
    assert "Café Perte" in text and "Espresso machine keeps failing" in text


def test_saved_settings_run_again_in_one_click(qtbot: QtBot, ctx: Context, shop: Shop, previews: list) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.report.setCurrentIndex(dialog.report.findData("retention"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.set_period("last_month")
    dialog.save_button.click()  # no name: refused next to the name
    assert dialog.save_error.isVisible() and dialog.saved.count() == 0
    qtbot.keyClicks(dialog.save_name, "Monthly retention")
    with qtbot.waitSignal(dialog.saved_changed):
        dialog.save_button.click()
    assert not dialog.save_error.isVisible() and dialog.saved.count() == 1
    [saved] = saved_reports.all_saved(ctx.db)
    assert (saved.name, saved.report, saved.params) == ("Monthly retention", "retention",
                                                        {"period": "last_month", "lang": "en"})
    dialog.close()

    ctx.clock.advance(days=31)  # Thursday 2 April 2026: "last month" is now March
    again = make_dialog(qtbot, ctx)
    again.report.setCurrentIndex(again.report.findData("management"))
    again.language.setCurrentIndex(again.language.findData("fr"))
    assert again.saved.count() == 1 and again.saved.item(0).text() == "Monthly retention  (Retention, last month, EN)"
    again.saved.setCurrentRow(0)
    with qtbot.waitSignal(again.created, timeout=60_000):
        again.run_button.click()
    qtbot.waitUntil(lambda: len(previews) == 1)
    text = previews[0][1]
    assert "Customer retention" in text and "Period: 01 Mar 2026 to 31 Mar 2026" in text
    assert again.chosen_report() == "retention" and again.chosen_language() == "en"
    qtbot.waitUntil(lambda: not again.running())
    with qtbot.waitSignal(again.saved_changed):
        again.delete_button.click()
    assert again.saved.count() == 0 and saved_reports.all_saved(ctx.db) == []
    assert not again.run_button.isEnabled()


def test_a_saved_customer_sheet_keeps_its_customer(qtbot: QtBot, ctx: Context, shop: Shop, previews: list) -> None:
    dialog = make_dialog(qtbot, ctx, customer_key=shop.garage)
    qtbot.keyClicks(dialog.save_name, "Garage sheet")
    dialog.save_button.click()
    [saved] = saved_reports.all_saved(ctx.db)
    assert saved.report == "customer" and saved.params["id"] == shop.garage
    dialog.report.setCurrentIndex(dialog.report.findData("management"))
    dialog.saved.setCurrentRow(0)
    with qtbot.waitSignal(dialog.created, timeout=60_000):
        dialog.run_button.click()
    qtbot.waitUntil(lambda: len(previews) == 1)
    assert "Garage Martin" in previews[0][1] and dialog.chosen_report() == "customer"
    qtbot.waitUntil(lambda: not dialog.running())


def test_closing_while_a_report_is_made_cancels_it(qtbot: QtBot, ctx: Context, shop: Shop, previews: list) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.set_period("custom", date(2025, 1, 1), date(2026, 3, 2))
    dialog.create_button.click()
    assert dialog.running()
    dialog.reject()  # waits for the worker to stop
    assert not dialog.running() and not dialog.isVisible()
    assert previews == [] or all(not p.exists() for p, _t, _w in previews)
