"""The intervention page: the report on site typed through the widgets (times, work, parts from the
van, checklist, a signature drawn on the pad, Finish), and what it leaves in core: the job done and
signed, the van's stock down, the customer's timeline, the linked ticket's costs. Also the messages
next to the fields (signature, departure), the notice for a use beyond the van, photos, the job form."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from crm_desktop.core import attachments, interventions, stock, support_costs, tickets, timeline
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.ui.intervention_window import InterventionDetailView, new_intervention_initial
from crm_desktop.ui.signature_pad import MAX_PNG_WIDTH, SignaturePad
from tests.field_setup import FieldWorld, shown

# The fixed clock is Monday 2 March 2026 09:30 UTC (10:30 in Brussels); the job is planned at 14:00.
AFTERNOON = "2026-03-02T13:00:00Z"


@pytest.fixture
def ticket(ctx: Context, world: FieldWorld) -> str:
    return tickets.open_ticket(ctx, {"company_id": world.company, "person_id": world.person,
                                     "subject": "Oven does not heat"})


@pytest.fixture
def job(ctx: Context, world: FieldWorld, ticket: str) -> str:
    return interventions.create(ctx, {
        "company_id": world.company, "person_id": world.person, "ticket_id": ticket, "subject": "Oven does not heat",
        "skills": ["electrical"], "parts": [(world.fuse, 2)], "planned_start": AFTERNOON, "duration_minutes": 90,
        "technician_ids": [world.anna]})


def open_view(qtbot: QtBot, ctx: Context, intervention_id: str | None, **initial: object) -> InterventionDetailView:
    return shown(qtbot, InterventionDetailView(ctx, intervention_id, initial=initial or None), (1280, 820))


def click(qtbot: QtBot, widget) -> None:  # noqa: ANN001 - any button
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def draw_signature(qtbot: QtBot, pad: SignaturePad) -> None:
    """A wavy stroke and a dot, with real mouse events on the canvas."""
    canvas = pad.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(30, 90))
    for n in range(1, 40):
        qtbot.mouseMove(canvas, QPoint(30 + n * 9, 90 + (n % 7) * 6 - 18))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(390, 80))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(420, 60))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(420, 60))


def add_part(qtbot: QtBot, field, text: str, quantity: int) -> None:  # noqa: ANN001 - a PartsField
    qtbot.keyClicks(field.line, text)
    field.quantity.setValue(quantity)
    click(qtbot, field.add_button)


def count(ctx: Context, table: str) -> int:
    return ctx.db.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def test_the_report_on_site_from_arrival_to_the_signed_finished_job(
        qtbot: QtBot, ctx: Context, clock: FixedClock, world: FieldWorld, ticket: str, job: str) -> None:
    view = open_view(qtbot, ctx, job)
    assert view.title_label.text().endswith("Oven does not heat")
    assert view.ticket_field.ticket_number() == tickets.get(ctx.db, ticket)["number"]
    assert view.parts_field.value() == [(world.fuse, 2)]
    assert all(b.minimumHeight() >= 40 for b in view.status_buttons.values())

    # Arriving: the status button notes the arrival time.
    click(qtbot, view.status_buttons["on_site"])
    assert interventions.get(ctx.db, job)["status"] == "on_site"
    qtbot.waitUntil(lambda: view.badge.text() == "On site")
    report = view.report
    view.show_tab("report")
    assert view.tabs.currentWidget() is report
    assert report.arrived.value() == "2026-03-02T09:30:00.000Z"

    # An hour and a quarter later: the report, typed.
    clock.advance(minutes=75)
    click(qtbot, report.departed.now_button)
    assert report.departed.value() == "2026-03-02T10:45:00.000Z"
    qtbot.keyClicks(report.work_done, "Replaced two blown fuses, oven heats again")
    qtbot.keyClicks(report.km.line, "12,5")
    first_check = next(iter(report.checklist.boxes.values()))
    click(qtbot, first_check)
    assert first_check.isChecked()
    add_part(qtbot, report.parts, "F-10", 2)
    assert report.parts.value() == [(world.fuse, 2)]
    held = report.parts.table.item(0, report.parts.HELD)
    assert held.text() == "5" and report.parts.notice.isHidden()

    # The customer signs on the pad.
    signature = report.signature
    draw_signature(qtbot, signature.pad)
    assert not signature.pad.is_empty()
    signature.name.clear()
    qtbot.keyClicks(signature.name, "Marie Dupont")
    with qtbot.waitSignal(signature.signed):
        click(qtbot, signature.sign_button)
    row = interventions.get(ctx.db, job)
    assert row["signed_by"] == "Marie Dupont" and row["signed_at"] == "2026-03-02T10:45:00.000Z"
    png = interventions.signature_png(ctx, row)
    image = QImage.fromData(png)
    assert png.startswith(b"\x89PNG") and len(png) < 64 * 1024
    assert 0 < image.width() <= MAX_PNG_WIDTH and image.height() < image.width()
    assert signature.pages.currentIndex() == signature.SIGNED
    assert "Marie Dupont" in signature.signed_label.text()
    assert not signature.image.pixmap().isNull()
    # Signing kept what was typed in the report (not saved yet).
    assert report.work_done.value().startswith("Replaced")

    with qtbot.waitSignal(report.saved, check_params_cb=lambda complete: complete):
        click(qtbot, report.finish_button)

    row = interventions.get(ctx.db, job)
    assert row["status"] == "done" and row["completed_at"]
    assert row["arrived_at"] == "2026-03-02T09:30:00.000Z" and row["departed_at"] == "2026-03-02T10:45:00.000Z"
    assert row["work_done"] == "Replaced two blown fuses, oven heats again" and row["km"] == 12.5
    assert row["checklist"] == {"Fault reproduced": True, "Cause found": False,
                                "Repair tested with the customer": False, "Work area left clean": False}
    assert stock.level(ctx.db, world.van_anna, world.fuse) == 3
    assert stock.needs_correction(ctx.db) == []
    qtbot.waitUntil(lambda: view.badge.text() == "Done")
    assert not report.finish_button.isEnabled()
    assert "Job finished" in report.state.text()

    # The customer's timeline shows the intervention (core/timeline.py's intervention source).
    entries = timeline.query(ctx.db, company_id=world.company)
    assert any(e.source == "intervention" and e.id == job for e in entries)

    # The linked ticket counts the job's time and parts.
    totals = support_costs.ticket_totals(ctx.db, ticket)
    assert totals.minutes == 75
    assert totals.time_cost_cents == 3750  # 75 min at 30.00 an hour
    assert totals.parts_cost_cents == 500
    assert totals.travel_cost_cents == round(12.5 * 35)
    view.show_tab("costs")
    assert view.costs.line_count() == 3
    assert view.costs.totals["parts"].text().startswith("5.00")


def test_an_empty_signature_or_no_name_is_said_next_to_the_pad_and_nothing_is_written(
        qtbot: QtBot, ctx: Context, job: str) -> None:
    view = open_view(qtbot, ctx, job)
    view.show_tab("report")
    signature = view.report.signature
    before = count(ctx, "attachments")
    signature.name.clear()
    click(qtbot, signature.sign_button)
    assert signature.pad_error.isVisible() and signature.pad_error.text() == "The customer has not signed yet."
    assert signature.name_error.isVisible()
    assert signature.name_error.text() == "Type the name of the person who signs."

    draw_signature(qtbot, signature.pad)
    assert not signature.pad_error.isVisible()  # drawing takes the message away
    click(qtbot, signature.sign_button)
    assert not signature.pad_error.isVisible()
    assert signature.name_error.text() == "Type the name of the person who signs."
    row = interventions.get(ctx.db, job)
    assert row["signature_id"] is None and row["signed_by"] is None
    assert count(ctx, "attachments") == before

    # Clear wipes the pad.
    click(qtbot, signature.pad.clear_button)
    assert signature.pad.is_empty() and signature.pad.png_bytes() == b""


def test_a_departure_before_the_arrival_is_said_next_to_the_field(
        qtbot: QtBot, ctx: Context, clock: FixedClock, job: str) -> None:
    view = open_view(qtbot, ctx, job)
    view.show_tab("report")
    report = view.report
    click(qtbot, report.arrived.now_button)
    earlier = report.arrived.edit.dateTime().addSecs(-3600)
    report.departed.set_moment(earlier)
    qtbot.keyClicks(report.work_done, "Checked")
    click(qtbot, report.save_button)
    assert report.error_text("departed_at") == "The departure must come after the arrival."
    assert report.modified
    row = interventions.get(ctx.db, job)
    assert row["arrived_at"] is None and row["departed_at"] is None and row["work_done"] is None

    # Put right, it saves; the job stays open until it is finished.
    report.departed.set_moment(earlier.addSecs(2 * 3600 - 60))
    click(qtbot, report.arrived.clear_button)
    report.arrived.set_moment(earlier.addSecs(3600 - 30 * 60))
    with qtbot.waitSignal(report.saved, check_params_cb=lambda complete: not complete):
        click(qtbot, report.save_button)
    assert report.error_text("departed_at") == ""
    row = interventions.get(ctx.db, job)
    assert row["status"] == "planned" and row["work_done"] == "Checked"
    assert row["arrived_at"] == "2026-03-02T09:00:00.000Z" and row["departed_at"] == "2026-03-02T10:29:00.000Z"
    assert not report.modified


def test_finishing_without_the_report_says_what_is_missing(qtbot: QtBot, ctx: Context, job: str) -> None:
    view = open_view(qtbot, ctx, job)
    click(qtbot, view.status_buttons["done"])  # from the action bar: goes to the report
    report = view.report
    assert view.tabs.currentWidget() is report
    assert report.error_text("work_done") == "Write the work done before closing the job."
    assert report.error_text("arrived_at") == "Give the arrival time."
    assert report.error_text("departed_at") == "Give the departure time."
    assert interventions.get(ctx.db, job)["status"] == "planned"
    assert not view.status_buttons["done"].isVisible()  # the report has its own Finish button


def test_a_use_beyond_the_van_shows_the_notice_and_is_flagged(
        qtbot: QtBot, ctx: Context, world: FieldWorld, job: str) -> None:
    view = open_view(qtbot, ctx, job)
    view.show_tab("report")
    parts = view.report.parts
    add_part(qtbot, parts, "pump", 7)
    assert parts.value() == [(world.pump, 7)]
    assert parts.notice.isVisible()
    assert "only 5 in your van: the use is recorded and flagged for a stock correction" in parts.notice.text()
    parts.set_quantity(world.pump, 5)
    assert parts.notice.isHidden()
    parts.set_quantity(world.pump, 7)
    assert parts.notice.isVisible()

    with qtbot.waitSignal(view.report.saved):
        click(qtbot, view.report.save_button)
    assert stock.level(ctx.db, world.van_anna, world.pump) == -2
    flagged = stock.needs_correction(ctx.db)
    assert [(r["location_name"], r["product_name"], r["quantity"], r["flagged"]) for r in flagged] == [
        ("Van Anna", "Circulation pump", -2, 1)]
    # After saving, the page still says so (and the level shown is the van's, below zero).
    assert parts.notice.isVisible() and "flagged for a stock correction" in parts.notice.text()
    assert parts.table.item(parts.row_of(world.pump), parts.HELD).text() == "-2"
    # Saving again takes nothing more.
    click(qtbot, view.report.save_button)
    assert stock.level(ctx.db, world.van_anna, world.pump) == -2


def test_a_part_name_that_matches_nothing_is_said_under_the_chooser(
        qtbot: QtBot, ctx: Context, job: str) -> None:
    view = open_view(qtbot, ctx, job)
    view.show_tab("report")
    parts = view.report.parts
    add_part(qtbot, parts, "valve", 1)
    assert parts.message.isVisible() and "No part matches" in parts.message.text()
    assert parts.value() == []


def test_photos_and_documents_show_as_thumbnails_and_names(
        qtbot: QtBot, ctx: Context, job: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    photo = tmp_path / "meter.png"
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(photo))
    note = tmp_path / "readings.txt"
    note.write_text("220 V\n", encoding="utf-8")
    view = open_view(qtbot, ctx, job)
    view.show_tab("report")
    photos = view.report.photos
    assert photos.empty.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kwargs: ([str(photo), str(note), str(tmp_path / "missing.jpg")], ""))
    click(qtbot, photos.add_button)
    assert photos.count() == 2
    assert [photos.grid.item(n).text() for n in range(2)] == ["meter.png", "readings.txt"]
    assert photos.grid.item(0).icon().availableSizes()  # a thumbnail of the photo
    assert photos.message.isVisible() and photos.message.text() == "missing.jpg is not a readable file."
    assert sorted(p["file_name"] for p in interventions.photos(ctx, job)) == ["meter.png", "readings.txt"]
    assert all(p["owner_kind"] == "intervention" for p in attachments.list_for(ctx, job))


def test_the_job_form_creates_an_intervention_with_parts_and_the_customers_address(
        qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    view = open_view(qtbot, ctx, None)
    assert view.title_label.text() == "New intervention"
    assert not view.tabs.isTabEnabled(view.tabs.indexOf(view.report))
    click(qtbot, view.save_button)
    assert view.form.error_text("subject") == "Write what the job is."
    assert view.form.error_text("person_id") == "Choose the person or company concerned."

    qtbot.keyClicks(view.company_picker.line, "Boulangerie Dupont")
    qtbot.keyClicks(view.form.editor("subject"), "Replace the boiler pump")
    view.form.editor("kind").set_value("installation")
    qtbot.keyClicks(view.form.editor("skills"), "heating, plumbing")
    add_part(qtbot, view.parts_field, "Circulation", 1)
    with qtbot.waitSignal(view.saved) as saved:
        click(qtbot, view.save_button)
    job = interventions.get(ctx.db, saved.args[0])
    assert job["status"] == "to_plan" and job["kind"] == "installation"
    assert job["skills"] == ["heating", "plumbing"]
    assert (job["street"], job["city"]) == ("Rue Haute 5", "Namur")  # core fills the customer's address
    assert [(p["product_id"], p["quantity"]) for p in interventions.parts_to_bring(ctx.db, job["id"])] == [
        (world.pump, 1)]
    assert view.title_label.text() == f"{job['number']}  Replace the boiler pump"
    assert view.tabs.isTabEnabled(view.tabs.indexOf(view.report))
    assert not view.form.modified

    # Only what changed is written; removing the part empties the list.
    view.parts_field.remove(world.pump)
    qtbot.keyClicks(view.form.editor("site_contact"), "Jean at the counter")
    click(qtbot, view.save_button)
    assert interventions.parts_to_bring(ctx.db, job["id"]) == []
    assert interventions.get(ctx.db, job["id"])["site_contact"] == "Jean at the counter"


def test_an_intervention_made_from_a_ticket_starts_with_its_customer_and_link(
        qtbot: QtBot, ctx: Context, world: FieldWorld, ticket: str) -> None:
    view = open_view(qtbot, ctx, None, **new_intervention_initial(tickets.get(ctx.db, ticket)))
    assert view.ticket_field.ticket_number() == tickets.get(ctx.db, ticket)["number"]
    assert view.person_picker.value() == world.person and view.company_picker.value() == world.company
    assert view.form.editor("subject").value() == "Oven does not heat"
    with qtbot.waitSignal(view.saved) as saved:
        click(qtbot, view.save_button)
    assert [i["id"] for i in interventions.for_ticket(ctx.db, ticket)] == [saved.args[0]]


def test_an_unknown_ticket_number_is_refused_under_the_field(
        qtbot: QtBot, ctx: Context, world: FieldWorld, ticket: str, job: str) -> None:
    view = open_view(qtbot, ctx, job)
    line = view.ticket_field.line
    line.clear()
    qtbot.keyClicks(line, "T-NOPE-9")
    assert not view.ticket_field.open_button.isEnabled()
    click(qtbot, view.save_button)
    assert view.form.error_text("ticket_id")
    assert interventions.get(ctx.db, job)["ticket_id"] == ticket


def test_status_buttons_links_plan_and_work_order(
        qtbot: QtBot, ctx: Context, world: FieldWorld, ticket: str, job: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_view(qtbot, ctx, job)
    visible = {key for key, button in view.status_buttons.items() if button.isVisible()}
    assert visible == {"on_the_way", "on_site", "done", "to_plan", "cancelled"}
    click(qtbot, view.status_buttons["on_the_way"])
    assert interventions.get(ctx.db, job)["status"] == "on_the_way"
    visible = {key for key, button in view.status_buttons.items() if button.isVisible()}
    assert visible == {"on_site", "done", "planned", "cancelled"}

    # Cancelling asks first.
    monkeypatch.setattr(view, "confirm_cancel", lambda: False)
    click(qtbot, view.status_buttons["cancelled"])
    assert interventions.get(ctx.db, job)["status"] == "on_the_way"
    monkeypatch.setattr(view, "confirm_cancel", lambda: True)
    click(qtbot, view.status_buttons["cancelled"])
    assert interventions.get(ctx.db, job)["status"] == "cancelled"
    qtbot.waitUntil(lambda: view.badge.text() == "Cancelled")
    assert not view.report.save_button.isEnabled()

    # The ticket and the customer open through signals.
    with qtbot.waitSignal(view.open_ticket) as opened:
        click(qtbot, view.ticket_field.open_button)
    assert opened.args == [ticket]
    with qtbot.waitSignal(view.open_record) as opened:
        click(qtbot, view.company_picker.open_button)
    assert opened.args == ["company", world.company]

    # The work order and the planning dialog (other modules) are opened from here.
    calls: list[tuple] = []
    import crm_desktop.ui.field_reports as field_reports

    monkeypatch.setattr(field_reports, "show_work_order", lambda *args: calls.append(args))
    click(qtbot, view.work_order_button)
    assert calls == [(ctx, job, view)]
    click(qtbot, view.status_buttons["planned"])
    dialog = view.plan()
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    dialog.reject()
    assert view.plan_dialog is None


def test_a_change_made_elsewhere_reaches_the_page_without_losing_what_is_typed(
        qtbot: QtBot, ctx: Context, clock: FixedClock, job: str) -> None:
    view = open_view(qtbot, ctx, job)
    qtbot.keyClicks(view.form.editor("instructions"), "Ring twice")
    view.show_tab("report")
    qtbot.keyClicks(view.report.work_done, "Started")
    # The office moves the job one hour later while the technician types.
    interventions.plan(ctx, job, "2026-03-02T14:00:00Z")
    qtbot.waitUntil(lambda: "15:00" in view.planning_label.text())
    assert view.form.editor("instructions").value() == "Ring twice"
    assert view.report.work_done.value() == "Started"
    assert not view.banner.isVisible()
    # A report saved on this page while the job form has edits: no "changed by someone else".
    clock.advance(minutes=10)
    click(qtbot, view.report.arrived.now_button)
    click(qtbot, view.report.save_button)
    qtbot.waitUntil(lambda: interventions.get(ctx.db, job)["work_done"] == "Started")
    assert not view.banner.isVisible()
    assert view.form.modified and view.form.editor("instructions").value() == "Ring twice"


def test_the_signature_png_is_trimmed_and_small(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(pad.sizeHint())
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.sizeHint().width() >= 500 and pad.canvas.sizeHint().height() >= 180
    changes: list[int] = []
    pad.changed.connect(lambda: changes.append(1))
    draw_signature(qtbot, pad)
    assert len(changes) == 2  # one per stroke
    image = QImage.fromData(pad.png_bytes())
    drawn = pad.canvas.drawn_rect()
    assert image.width() <= MAX_PNG_WIDTH
    assert image.width() / image.height() == pytest.approx((drawn.width() + 24) / (drawn.height() + 24), rel=0.05)
    assert image.pixelColor(2, 2) == QColor("white")  # the margin


def test_the_day_of_the_job_is_in_the_shops_time_zone(qtbot: QtBot, ctx: Context, job: str) -> None:
    view = open_view(qtbot, ctx, job)
    assert "Today 14:00\u201315:30" in view.planning_label.text()
    ctx.clock.advance(days=1)  # type: ignore[attr-defined]
    view.load()
    assert "Mon 2 Mar 2026 14:00" in view.planning_label.text()
    assert timedelta(minutes=90) == timedelta(minutes=interventions.get(ctx.db, job)["duration_minutes"])
