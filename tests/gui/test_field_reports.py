"""The field documents from the window: work order and day sheet previews, the calendar export dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from crm_desktop.core import interventions
from crm_desktop.core.context import Context
from crm_desktop.reports.pdf_read import image_count, page_count, page_texts
from crm_desktop.ui.field_reports import CalendarExportDialog, DaySheetDialog, show_day_sheet, show_work_order
from crm_desktop.ui.pdf_preview import PdfPreviewDialog
from crm_desktop.ui.report_dialog import report_folder
from tests.field_setup import build
from tests.unit.test_field_reports import TUESDAY_9, DoneJob, make_done_job


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, int, str, str, int]]:
    """What the preview was opened on (path, pages, text, window title, images), without blocking."""
    shown: list[tuple[Path, int, str, str, int]] = []

    def fake_exec(self: PdfPreviewDialog) -> int:
        shown.append((self.path, page_count(self.path), "\n".join(page_texts(self.path)), self.windowTitle(),
                      image_count(self.path)))
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    return shown


@pytest.fixture
def done(ctx: Context, tmp_path: Path) -> DoneJob:
    folder = tmp_path / "camera"
    folder.mkdir()
    return make_done_job(ctx, folder)


def test_show_work_order_builds_in_the_background_and_opens_the_preview(
        qtbot: QtBot, ctx: Context, done: DoneJob, previews: list) -> None:
    path = show_work_order(ctx, done.job, None, "en")
    assert path is not None and len(previews) == 1
    shown, pages, text, title, images = previews[0]
    assert shown == path and pages >= 1 and images >= 5
    assert title == f"Work order {done.number}" and done.number in text and "Signed by Marie Dupont" in text
    assert not path.exists() and list(report_folder().iterdir()) == []  # the temporary file is gone


def test_show_day_sheet_opens_the_preview(qtbot: QtBot, ctx: Context, done: DoneJob, previews: list) -> None:
    show_day_sheet(ctx, done.world.anna, TUESDAY_9.date(), None, "fr")
    assert len(previews) == 1
    assert "Feuille de route de Anna Tech" in previews[0][2] and done.number in previews[0][2]


def test_day_sheet_dialog_defaults_to_today_and_shows_the_chosen_day(qtbot: QtBot, ctx: Context, done: DoneJob,
                                                                      previews: list, tmp_path: Path) -> None:
    dialog = DaySheetDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.chosen()[1] == date(2026, 3, 3)  # the clock was moved to Tuesday by the report
    dialog.grab().save(str(tmp_path / "day-sheet-dialog.png"))
    dialog.technician.setCurrentIndex(dialog.technician.findText("Bert Tech"))
    dialog.day.setDate(QDate(2026, 3, 3))
    with qtbot.waitSignal(dialog.shown_sheet) as signal:
        dialog.show_button.click()
    assert signal.args == [done.world.bert, "2026-03-03"]
    assert "Bert Tech" in previews[0][2]


def test_day_sheet_dialog_without_technicians_says_what_to_do(qtbot: QtBot, ctx: Context) -> None:
    dialog = DaySheetDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error.isVisible() and not dialog.show_button.isEnabled()


def test_calendar_export_writes_the_file_and_says_how_many(qtbot: QtBot, ctx: Context, tmp_path: Path) -> None:
    world = build(ctx)
    for tech in (world.anna, world.bert):
        job = interventions.create(ctx, {"company_id": world.company, "subject": "Oven"})
        interventions.plan(ctx, job, TUESDAY_9, 60, [tech])
    dialog = CalendarExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "calendar-dialog.png"))
    dialog.technician.setCurrentIndex(dialog.technician.findText("Anna Tech"))
    dialog.path_edit.setText(str(tmp_path / "anna"))  # ".ics" is added
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_button.click()
    assert signal.args == [str(tmp_path / "anna.ics"), 1]
    assert dialog.count == 1 and "1 intervention was written" in dialog.status.text()
    assert len(list(Calendar.from_ical((tmp_path / "anna.ics").read_bytes()).walk("VEVENT"))) == 1
    dialog.technician.setCurrentIndex(0)  # all technicians
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_button.click()
    assert signal.args[1] == 2 and "2 interventions were written" in dialog.status.text()


def test_calendar_export_refuses_a_missing_folder_and_reversed_days(qtbot: QtBot, ctx: Context,
                                                                    tmp_path: Path) -> None:
    dialog = CalendarExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "jobs.ics"))
    dialog.export_button.click()
    assert dialog.file_error.isVisible() and "does not exist" in dialog.file_error.text()
    assert not dialog.running()
    dialog.path_edit.setText(str(tmp_path / "jobs.ics"))
    dialog.start_edit.setDate(QDate(2026, 5, 1))
    dialog.end_edit.setDate(QDate(2026, 4, 1))
    dialog.export_button.click()
    assert dialog.dates_error.isVisible() and not dialog.running() and not (tmp_path / "jobs.ics").exists()
    dialog.every_date.setChecked(True)
    assert not dialog.start_edit.isEnabled() and not dialog.dates_error.isVisible()
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_button.click()
    assert signal.args[1] == 0 and "holds no event" in dialog.status.text()
