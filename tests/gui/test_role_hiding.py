"""Issue 8, the window side: what a role may not do or see is not offered (core refuses it anyway).

Per role (technician, staff, manager, admin): the time-and-cost deletes and amounts of a ticket, the
amounts of an intervention (a technician sees those of their own job only), sale margins in the sale
dialog, the customer's sales tab and the timeline, and the campaign documents and calendar export.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.core import campaigns, interventions, sales, support_costs, tickets, users
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.ui import errors
from crm_desktop.ui.campaign_window import SendPanel
from crm_desktop.ui.field_reports import CalendarExportDialog, export_calendar
from crm_desktop.ui.intervention_costs import JobCostsPanel
from crm_desktop.ui.record_form import format_cents
from crm_desktop.ui.sale_dialog import SaleDialog
from crm_desktop.ui.sales_panel import CustomerSalesPanel
from crm_desktop.ui.ticket_costs import CostsPanel
from crm_desktop.ui.timeline_view import TimelineModel
from tests.field_setup import FieldWorld, shown

ROLES = (Role.TECHNICIAN, Role.STAFF, Role.MANAGER, Role.ADMIN)
#: Where the pictures go when CRM_ROLE_PNG names a folder (looked at by hand, not compared).
PNG_DIR = os.environ.get("CRM_ROLE_PNG")


@dataclass
class Shop:
    ticket: str
    anna_job: str  # Anna's intervention, reported: time, travel
    bert_job: str  # Bert's, reported
    sale: str


def _as(ctx: Context, role: Role, world: FieldWorld) -> Context:
    """The acting user of ``role``: Anna for a technician (she is on ``anna_job``), a new user otherwise."""
    if role == Role.TECHNICIAN:
        return replace(ctx, user=users.get_user(ctx.db, world.anna))
    if role == Role.ADMIN:
        return ctx
    return replace(ctx, user=users.add_user(ctx.db, ctx.clock, f"{role.value} user", role))


def _planned_job(ctx: Context, world: FieldWorld, technician: str, ticket: str) -> str:
    job = interventions.create(ctx, {"subject": "Oven repair", "kind": "repair", "technician_ids": [technician],
                                     "company_id": world.company, "person_id": world.person, "ticket_id": ticket})
    interventions.plan(ctx, job, "2026-03-03T08:00:00Z", 60, [technician])
    return job


def _report(ctx: Context, job: str) -> None:
    interventions.save_report(ctx, job, {"work_done": "Replaced the fuse", "arrived_at": "2026-03-03T08:00:00Z",
                                         "departed_at": "2026-03-03T09:00:00Z", "km": "12"})


@pytest.fixture
def shop(ctx: Context, world: FieldWorld) -> Shop:
    ticket = tickets.open_ticket(ctx, {"person_id": world.person, "subject": "Oven cold"})
    support_costs.log_time(ctx, ticket, {"minutes": 30})
    support_costs.add_cost(ctx, ticket, {"kind": "part", "description": "Expansion vessel", "quantity": "1",
                                         "unit_cost_cents": 4000, "unit_price_cents": 7000})
    support_costs.add_cost(ctx, ticket, {"kind": "travel", "km": "20"})
    sale = sales.create(ctx, {"company_id": world.company, "person_id": world.person},
                        [{"product_id": world.pump, "quantity": "2"}])
    anna_job, bert_job = (_planned_job(ctx, world, tech, ticket) for tech in (world.anna, world.bert))
    ctx.clock.advance(hours=48)  # Wednesday: the jobs of Tuesday are done and reported
    for job in (anna_job, bert_job):
        _report(ctx, job)
    return Shop(ticket, anna_job, bert_job, sale)


@pytest.fixture
def png_dir() -> Iterator[Path | None]:
    yield Path(PNG_DIR) if PNG_DIR else None


def _save(widget: QWidget, png_dir: Path | None, name: str) -> None:
    if png_dir is not None:
        png_dir.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()  # the layout of what was just changed
        widget.grab().save(str(png_dir / f"{name}.png"))


# ---- time and costs of a ticket ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_ticket_costs_offer_deletes_and_amounts_to_the_roles_allowed(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                                     shop: Shop, role: Role,
                                                                     png_dir: Path | None) -> None:
    who = _as(ctx, role, world)
    panel = shown(qtbot, CostsPanel(who, shop.ticket), (640, 900))
    office = role != Role.TECHNICIAN
    assert panel.time_table.rowCount() == 1 and panel.costs_table.rowCount() == 2
    # Deletes: staff, managers and admins; never a technician (not even hidden-but-there for a click).
    assert panel.delete_time_button.isHidden() is not office
    assert panel.delete_cost_button.isHidden() is not office
    # Amounts: the money columns and totals are gone for a technician, the time stays.
    for column in (3, 4):
        assert panel.costs_table.isColumnHidden(column) is not office
        texts = {panel.costs_table.item(row, column).text() for row in range(2)}
        assert (texts == {""}) is not office
    for key in ("cost", "billable", "covered"):
        assert panel.total_labels[key].isHidden() is not office
        assert (panel.total_labels[key].text() == "") is not office
    assert panel.total_labels["minutes"].isVisible() and panel.total_labels["minutes"].text()
    assert not panel.add_buttons["time"].isHidden()  # a technician still records their time
    _save(panel, png_dir, f"ticket_costs_{role.value}")


def test_a_manager_deletes_a_cost_line_after_saying_yes(qtbot: QtBot, ctx: Context, world: FieldWorld, shop: Shop,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = shown(qtbot, CostsPanel(_as(ctx, Role.MANAGER, world), shop.ticket), (640, 900))
    assert not panel.delete_cost_button.isEnabled()  # nothing chosen yet
    panel.costs_table.selectRow(0)
    assert panel.delete_cost_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.delete_cost_button.click()
    assert panel.costs_table.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.changed):
        panel.delete_cost_button.click()
    assert panel.costs_table.rowCount() == 1 and len(support_costs.costs(ctx.db, shop.ticket)) == 1
    panel.time_table.selectRow(0)
    with qtbot.waitSignal(panel.changed):
        panel.delete_time_button.click()
    assert panel.time_table.rowCount() == 0 and support_costs.time_entries(ctx.db, shop.ticket) == []


def test_a_delete_reached_by_a_technician_is_refused_by_core_and_said(qtbot: QtBot, ctx: Context,
                                                                     world: FieldWorld, shop: Shop) -> None:
    panel = shown(qtbot, CostsPanel(_as(ctx, Role.TECHNICIAN, world), shop.ticket), (640, 900))
    entry = support_costs.time_entries(ctx.db, shop.ticket)[0]["id"]
    assert not panel.delete_line(panel.time_table, entry)
    assert panel.message.isVisible() and "not allowed to delete time and cost entries" in panel.message.text()
    assert len(support_costs.time_entries(ctx.db, shop.ticket)) == 1


# ---- costs of an intervention --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_intervention_costs_show_amounts_to_the_office_and_to_the_technician_on_the_job(
        qtbot: QtBot, ctx: Context, world: FieldWorld, shop: Shop, role: Role, png_dir: Path | None) -> None:
    who = _as(ctx, role, world)
    panel = shown(qtbot, JobCostsPanel(who), (640, 520))
    for job, name in ((shop.anna_job, "own"), (shop.bert_job, "other")):
        panel.set_intervention(job)
        money = role != Role.TECHNICIAN or name == "own"
        assert panel.line_count() == 2  # time and travel: what and how much, for everyone
        for column in (2, 3):
            assert panel.table.isColumnHidden(column) is not money
            assert all((panel.table.item(row, column).text() == "") is not money for row in range(2))
        for key in ("parts", "travel", "cost", "price", "billable"):
            assert panel.totals[key].isVisible() is money
            assert (panel.totals[key].text() == "") is not money
        assert ("EUR" in panel.totals["time"].text()) is money
        assert panel.totals["time"].text().startswith("1 h")
        _save(panel, png_dir, f"intervention_costs_{role.value}_{name}")


# ---- margins -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_sale_margins_are_shown_only_to_roles_that_may_see_them(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                                shop: Shop, role: Role,
                                                                png_dir: Path | None) -> None:
    who = _as(ctx, role, world)
    margins = role != Role.TECHNICIAN
    dialog = shown(qtbot, SaleDialog(who, shop.sale), (980, 480))
    total = dialog.totals.text()
    assert format_cents(30000) in total
    assert ("Margin" in total and format_cents(14000) in total and format_cents(16000) in total) is margins
    assert ("Cost" in total) is margins
    _save(dialog, png_dir, f"sale_dialog_{role.value}")

    panel = shown(qtbot, CustomerSalesPanel(who, person_id=world.person), (900, 300))
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    headers = [panel.model.headerData(c, panel.table.horizontalHeader().orientation())
               for c in range(panel.model.columnCount())]
    assert ("Margin" in headers) is margins
    cells = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert (format_cents(14000) in " ".join(cells)) is margins
    assert format_cents(30000) in panel.summary.text()
    assert ("margin" in panel.summary.text()) is margins
    _save(panel, png_dir, f"sales_panel_{role.value}")

    model = TimelineModel(who, company_id=world.company)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    summaries: dict[str, list[str]] = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        summaries.setdefault(index.data(model.KindRole), []).append(index.data(model.SummaryRole))
    [sale] = summaries["sale"]
    assert sale.startswith("Revenue ") and format_cents(30000) in sale
    assert ("margin" in sale) is margins
    # The part says what it was; the travel, logged without a note, says what it cost the business.
    part, travel = sorted(summaries["ticket_cost"], key=lambda text: text == "Expansion vessel", reverse=True)
    assert part == "Expansion vessel"
    assert (travel == "") is not margins and ("EUR" in travel) is margins


# ---- campaign documents and the calendar export --------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_campaign_documents_are_offered_to_who_may_make_them(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                             role: Role, png_dir: Path | None) -> None:
    campaign = campaigns.create(ctx, {"name": "Spring check", "channels": ["letter", "sms"],
                                      "letter_body": "Dear {full_name},", "sms_text": "Hi {first_name}!"})
    who = _as(ctx, role, world)
    panel = shown(qtbot, SendPanel(who), (760, 700))
    panel.set_campaign(campaign)
    office = role != Role.TECHNICIAN
    for button in (panel.letters_button, panel.labels_button, panel.sms_button):
        assert button.isVisible() is office
    assert panel.layout_choice.isVisible() is office and panel.language.isVisible() is office
    if not office:
        # Reached anyway (a shortcut, a stale button): core's check says no, in the channel's box.
        assert panel.show_letters() is None and panel.show_labels() is None and panel.export_sms() is None
        assert "not allowed to send campaigns" in panel.boxes["sms"].outcome.text()
        assert "not allowed to export contacts, calendars and labels" in panel.boxes["letter"].outcome.text()
    _save(panel, png_dir, f"campaign_send_{role.value}")


def test_the_calendar_export_refuses_a_technician_before_and_inside_the_dialog(
        qtbot: QtBot, ctx: Context, world: FieldWorld, tmp_path: Path, png_dir: Path | None) -> None:
    anna = _as(ctx, Role.TECHNICIAN, world)
    reporter = errors.install(tmp_path / "data")
    try:
        assert export_calendar(anna) is None  # no dialog: a short box says why
        qtbot.waitUntil(lambda: bool(reporter.open_boxes()))
        assert "not allowed to export contacts, calendars and labels" in reporter.last_message
        for box in reporter.open_boxes():
            box.close()
    finally:
        errors.uninstall()
    dialog = shown(qtbot, CalendarExportDialog(anna), (640, 320))
    dialog.path_edit.setText(str(tmp_path / "jobs.ics"))
    with qtbot.waitSignal(dialog.failed):
        dialog.export()
    assert dialog.task is None and not (tmp_path / "jobs.ics").exists()
    assert "not allowed to export" in dialog.error.text()
    _save(dialog, png_dir, "calendar_export_technician")
    staff = CalendarExportDialog(_as(ctx, Role.STAFF, world))
    qtbot.addWidget(staff)
    staff.path_edit.setText(str(tmp_path / "staff.ics"))
    with qtbot.waitSignal(staff.exported, timeout=10_000):
        staff.export()
    assert (tmp_path / "staff.ics").exists()


# ---- costs seen elsewhere: the ticket's conversation, the catalogue, the parts list ----------------------------


@pytest.mark.parametrize("role", ROLES)
def test_the_ticket_conversation_names_cost_lines_without_their_amount_for_a_technician(
        qtbot: QtBot, ctx: Context, world: FieldWorld, shop: Shop, role: Role) -> None:
    from crm_desktop.ui.ticket_conversation import ConversationPanel

    panel = shown(qtbot, ConversationPanel(_as(ctx, role, world)), (600, 700))
    panel.set_ticket(tickets.get(ctx.db, shop.ticket))
    text = panel.browser.toPlainText()
    assert "recorded part" in text  # the line is there for everyone
    assert (format_cents(4000) in text) is (role != Role.TECHNICIAN)  # 1 x 40.00 of the expansion vessel


@pytest.mark.parametrize("role", ROLES)
def test_costs_and_margins_of_products_and_parts_are_office_columns(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                                    role: Role) -> None:
    from crm_desktop.ui.parts_view import PartsPanel
    from crm_desktop.ui.products_view import ProductsView

    who = _as(ctx, role, world)
    for view, money in ((ProductsView(who), {"Cost", "Margin %"}), (PartsPanel(who), {"Cost"})):
        qtbot.addWidget(view)
        titles = {view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())}
        assert "Price" in titles
        assert (money <= titles) is (role != Role.TECHNICIAN), titles
        QAbstractItemModelTester(view.model)
