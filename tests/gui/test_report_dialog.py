"""The report dialog: a period, a language, the report made in the background, the preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.core import demo
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.settings import data_dir
from crm_desktop.reports.pdf_read import page_count, page_texts
from crm_desktop.ui.pdf_preview import PdfPreviewDialog
from crm_desktop.ui.report_dialog import SupportCostsDialog, report_folder, show_ticket_report


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, int, str, str]]:
    """What the preview was opened on (path, pages, text, window title), without blocking."""
    shown: list[tuple[Path, int, str, str]] = []

    def fake_exec(self: PdfPreviewDialog) -> int:
        shown.append((self.path, page_count(self.path), "\n".join(page_texts(self.path)), self.windowTitle()))
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    return shown


@pytest.fixture
def demo_ctx(ctx: Context, clock: FixedClock) -> Context:
    demo.generate(ctx.db, clock, "small")
    return ctx


def make_dialog(qtbot: QtBot, ctx: Context) -> SupportCostsDialog:
    dialog = SupportCostsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_quick_choices_set_the_period(qtbot: QtBot, ctx: Context) -> None:
    dialog = make_dialog(qtbot, ctx)  # the clock says Monday 2 March 2026
    assert dialog.period() == (date(2026, 1, 1), date(2026, 3, 2))
    dialog.quick_buttons["last_year"].click()
    assert dialog.period() == (date(2025, 1, 1), date(2025, 12, 31))
    dialog.quick_buttons["this_quarter"].click()
    assert dialog.period() == (date(2026, 1, 1), date(2026, 3, 2))
    dialog.quick_buttons["last_month"].click()
    assert dialog.period() == (date(2026, 2, 1), date(2026, 2, 28))
    dialog.quick_buttons["this_year"].click()
    assert dialog.period() == (date(2026, 1, 1), date(2026, 3, 2))


def test_a_period_that_ends_before_it_starts_is_refused_next_to_the_dates(qtbot: QtBot, ctx: Context,
                                                                          previews: list) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.set_period(date(2026, 3, 1), date(2026, 2, 1))
    dialog.create_button.click()
    assert dialog.period_error.isVisible() and dialog.period_error.text()
    assert not dialog.running() and previews == []
    dialog.quick_buttons["last_month"].click()
    assert not dialog.period_error.isVisible()


@pytest.mark.parametrize(("language", "title"), [("en", "Support costs"), ("fr", "Coûts du support")])
def test_create_builds_the_report_in_the_background_and_opens_the_preview(
        qtbot: QtBot, demo_ctx: Context, previews: list, language: str, title: str) -> None:
    dialog = make_dialog(qtbot, demo_ctx)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.quick_buttons["last_year"].click()
    with qtbot.waitSignal(dialog.created, timeout=60_000) as created:
        dialog.create_button.click()
        assert dialog.running() and dialog.progress.isVisible() and not dialog.create_button.isEnabled()
    qtbot.waitUntil(lambda: len(previews) == 1)
    path, pages, text, _window_title = previews[0]
    assert Path(created.args[0]) == path and path.parent == report_folder()
    assert report_folder().is_relative_to(data_dir())
    assert pages >= 2 and title in text
    assert ("Page 1 of" if language == "en" else "Page 1 sur") in text
    assert not path.exists()  # the temporary file goes once the preview is closed
    qtbot.waitUntil(lambda: not dialog.running())
    assert dialog.create_button.isEnabled() and not dialog.progress.isVisible()


def test_cancel_stops_the_report_and_leaves_no_file(qtbot: QtBot, demo_ctx: Context, previews: list) -> None:
    dialog = make_dialog(qtbot, demo_ctx)
    with qtbot.waitSignal(dialog.stopped, timeout=60_000) as stopped:
        dialog.create_button.click()
        dialog.cancel_button.click()
    assert stopped.args == [""]
    qtbot.waitUntil(lambda: not dialog.running())
    assert previews == [] and list(report_folder().iterdir()) == []
    assert dialog.create_button.isEnabled()


def test_the_ticket_report_opens_in_the_preview(qtbot: QtBot, demo_ctx: Context, previews: list) -> None:
    ticket_id, number = demo_ctx.db.execute(
        "SELECT id, number FROM tickets WHERE deleted_at IS NULL ORDER BY number LIMIT 1").fetchone()
    path = show_ticket_report(demo_ctx, ticket_id, None, "en")
    assert len(previews) == 1
    shown, pages, text, window_title = previews[0]
    assert shown == path and pages >= 1 and f"Ticket {number}" in text and number in window_title
    assert not path.exists()


def test_closing_while_the_report_is_made_cancels_it(qtbot: QtBot, demo_ctx: Context, previews: list) -> None:
    dialog = make_dialog(qtbot, demo_ctx)
    dialog.create_button.click()
    assert dialog.running()
    dialog.reject()  # waits for the worker to stop
    assert not dialog.running() and not dialog.isVisible()
    assert previews == [] and list(report_folder().iterdir()) == []
