"""The Stock page: receiving, transfers refused beyond the stock, corrections, minimums,
loading a van for tomorrow in one go, locations and parts; every model under Qt's tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import interventions, stock, users
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.parts_view import PartDialog
from crm_desktop.ui.stock_view import LocationDialog, MinimumDialog, MovementDialog, StockView
from tests.field_setup import TUESDAY_9, FieldWorld, shown


@pytest.fixture
def view(qtbot: QtBot, ctx: Context, bridge: ChangeBridge, world: FieldWorld) -> StockView:
    return shown(qtbot, StockView(ctx, bridge=bridge), (1150, 700))


def texts(model, column: int) -> list[str]:  # noqa: ANN001 - any of the page's models
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose(view: StockView, location_id: str, part: str | None = None) -> None:
    view.select_location(location_id)
    assert view.location_id == location_id
    if part is not None:
        row = [r["product_id"] for r in view.levels_model.rows].index(part)
        view.levels_table.selectRow(row)


def click(qtbot: QtBot, button) -> None:  # noqa: ANN001 - a QPushButton
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def movement_dialog(view: StockView, action: str) -> MovementDialog:
    dialog = view.open_action(action)
    assert isinstance(dialog, MovementDialog) and view.dialog is dialog
    return dialog


def test_every_model_passes_qt_model_tester(ctx: Context, view: StockView, world: FieldWorld) -> None:
    stock.use(ctx, world.pump, world.van_bert, 7)  # something to correct
    stock.set_minimum(ctx, world.van_anna, world.fuse, 8, 10)  # something to restock
    job = interventions.create(ctx, {"company_id": world.company, "subject": "Pump", "parts": [(world.pump, 7)]})
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    models = [view.locations_model, view.levels_model, view.movements_model, view.restock_model,
              view.corrections_model, view.load_model, view.parts.model]
    testers = [QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning) for m in models]
    view.refresh()  # resets under the testers' eyes
    choose(view, world.van_anna)
    assert all(m.rowCount() for m in models)
    assert len(testers) == len(models)


def test_levels_show_negative_in_red_and_below_minimum_highlighted(ctx: Context, view: StockView,
                                                                   world: FieldWorld, qtbot: QtBot) -> None:
    job = interventions.create(ctx, {"company_id": world.company, "subject": "Pump"})
    stock.use(ctx, world.pump, world.van_anna, 7, intervention_id=job)
    stock.set_minimum(ctx, world.van_anna, world.fuse, 8)
    qtbot.waitUntil(lambda: not view.changes.pending())
    choose(view, world.van_anna)
    names = texts(view.levels_model, 0)
    pump, fuse = names.index("Circulation pump"), names.index("Fuse 10 A")
    assert view.levels_model.index(pump, 2).data() == "-2"
    assert view.levels_model.index(pump, 2).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert view.levels_model.index(fuse, 3).data() == "8"
    assert view.levels_model.index(fuse, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert view.levels_model.index(pump, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    view.detail_tabs.setCurrentIndex(1)
    assert texts(view.movements_model, 1)[0] == "Used on site"
    assert texts(view.movements_model, 3)[0] == "Van Anna → customer"
    assert texts(view.movements_model, 4)[0] == "−7"
    assert texts(view.movements_model, 6)[0] == interventions.get(ctx.db, job)["number"]
    assert view.movements_model.index(0, 7).data() == "⚑"
    with qtbot.waitSignal(view.open_record) as opened:
        view.movements_table.doubleClicked.emit(view.movements_model.index(0, 0))
    assert opened.args == ["intervention", job]


def test_receive_parts_into_the_location(qtbot: QtBot, ctx: Context, view: StockView, world: FieldWorld) -> None:
    choose(view, world.warehouse, world.fuse)
    dialog = movement_dialog(view, "receive")
    assert dialog.part.value() == world.fuse
    assert dialog.held.text() == "Main warehouse holds 90."
    dialog.quantity.set_value("0")
    click(qtbot, dialog.ok_button)
    assert dialog.form.error_text("quantity") == "A quantity must be more than zero."
    dialog.quantity.set_value("12")
    dialog.form.editor("note").set_value("Delivery 4411")
    click(qtbot, dialog.ok_button)
    assert view.dialog is None
    assert stock.level(ctx.db, world.warehouse, world.fuse) == 102
    row = texts(view.levels_model, 0).index("Fuse 10 A")
    assert view.levels_model.index(row, 2).data() == "102"
    assert texts(view.movements_model, 1)[0] == "Receipt"
    assert texts(view.movements_model, 3)[0] == "supplier → Main warehouse"
    assert texts(view.movements_model, 4)[0] == "+12"
    assert texts(view.movements_model, 5)[0] == "Admin"


def test_transfer_beyond_the_stock_shows_the_message_and_changes_nothing(
        qtbot: QtBot, ctx: Context, view: StockView, world: FieldWorld) -> None:
    choose(view, world.van_anna, world.pump)
    before = stock.movements(ctx.db)
    dialog = movement_dialog(view, "transfer")
    dialog.target.set_value(world.van_bert)
    dialog.quantity.set_value("6")
    click(qtbot, dialog.ok_button)
    assert dialog.form.error_text("quantity") == "Only 5 in Van Anna."
    assert view.dialog is dialog and dialog.isVisible()
    assert stock.movements(ctx.db) == before
    assert stock.level(ctx.db, world.van_anna, world.pump) == 5
    assert stock.level(ctx.db, world.van_bert, world.pump) == 5
    dialog.quantity.set_value("3")
    click(qtbot, dialog.ok_button)
    assert (stock.level(ctx.db, world.van_anna, world.pump), stock.level(ctx.db, world.van_bert, world.pump)) == (2, 8)
    assert texts(view.movements_model, 3)[0] == "Van Anna → Van Bert"
    assert texts(view.movements_model, 4)[0] == "−3"


def test_give_back_to_the_warehouse_from_a_van_only(qtbot: QtBot, ctx: Context, view: StockView,
                                                    world: FieldWorld) -> None:
    choose(view, world.warehouse)
    assert not view.action_buttons["give_back"].isVisible()
    choose(view, world.van_bert, world.fuse)
    assert view.action_buttons["give_back"].isEnabled()
    dialog = movement_dialog(view, "give_back")
    assert dialog.target.value() == world.warehouse  # only warehouses are offered
    assert dialog.target.count() == 1
    dialog.quantity.set_value("2")
    click(qtbot, dialog.ok_button)
    assert stock.level(ctx.db, world.van_bert, world.fuse) == 3
    assert stock.level(ctx.db, world.warehouse, world.fuse) == 92
    assert texts(view.movements_model, 1)[0] == "Return"


def test_correct_after_a_count_clears_the_flag(qtbot: QtBot, ctx: Context, view: StockView,
                                               world: FieldWorld) -> None:
    stock.use(ctx, world.pump, world.van_bert, 7)
    qtbot.waitUntil(lambda: view.corrections_model.rowCount() == 1)
    assert texts(view.corrections_model, 0) == ["Van Bert"]
    assert texts(view.corrections_model, 2) == ["-2"]
    assert texts(view.corrections_model, 3) == ["1"]
    view.pages.setCurrentIndex(2)
    assert len(view.correct_buttons) == 1 and view.correct_buttons[0].isVisible()
    click(qtbot, view.correct_buttons[0])
    dialog = view.dialog
    assert isinstance(dialog, MovementDialog) and dialog.action == "correct"
    assert view.location_id == world.van_bert and dialog.part.value() == world.pump
    dialog.quantity.set_value("-1")
    click(qtbot, dialog.ok_button)
    assert dialog.form.error_text("counted") == "A count cannot be negative."
    dialog.quantity.set_value("1")
    click(qtbot, dialog.ok_button)
    assert stock.level(ctx.db, world.van_bert, world.pump) == 1
    assert stock.needs_correction(ctx.db) == []
    assert view.corrections_model.rowCount() == 0 and view.corrections_pages.currentIndex() == 1
    assert "⚑" not in texts(view.movements_model, 7)
    assert texts(view.movements_model, 1)[0] == "Correction"


def test_minimum_edit_shows_up_in_to_restock(qtbot: QtBot, ctx: Context, view: StockView, world: FieldWorld) -> None:
    assert view.restock_model.rowCount() == 0 and view.restock_pages.currentIndex() == 1
    choose(view, world.van_anna, world.fuse)
    click(qtbot, view.minimum_button)
    dialog = view.dialog
    assert isinstance(dialog, MinimumDialog) and dialog.part.value() == world.fuse
    dialog.minimum.set_value("8")
    dialog.target.set_value("6")
    click(qtbot, dialog.ok_button)
    assert dialog.form.error_text("target_quantity") == "Fill up to at least the minimum."
    dialog.target.set_value("10")
    click(qtbot, dialog.ok_button)
    assert view.dialog is None
    assert [(ln.location_name, ln.product_name, ln.to_add) for ln in stock.restock(ctx.db)] == [
        ("Van Anna", "Fuse 10 A", 5)]
    assert texts(view.restock_model, 0) == ["Van Anna"]
    assert texts(view.restock_model, 5) == ["5"]
    assert view.restock_pages.currentIndex() == 0
    row = texts(view.levels_model, 0).index("Fuse 10 A")
    assert (view.levels_model.index(row, 3).data(), view.levels_model.index(row, 4).data()) == ("8", "10")
    # double-click opens the same dialog with what is set
    view.levels_table.doubleClicked.emit(view.levels_model.index(row, 0))
    again = view.dialog
    assert isinstance(again, MinimumDialog)
    assert (again.minimum.value(), again.target.value()) == ("8", "10")
    again.reject()


def test_load_for_tomorrow_transfers_what_is_missing(qtbot: QtBot, ctx: Context, view: StockView,
                                                     world: FieldWorld) -> None:
    job = interventions.create(ctx, {"company_id": world.company, "subject": "Pump and fuses",
                                     "parts": [(world.pump, 7), (world.fuse, 2)]})
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    qtbot.waitUntil(lambda: not view.changes.pending())
    view.pages.setCurrentIndex(3)
    assert view.load_day.date() == QDate(2026, 3, 3)  # tomorrow, from core's clock
    view.load_technician.setCurrentIndex(view.load_technician.findData(world.anna))
    assert texts(view.load_model, 0) == ["Circulation pump", "Fuse 10 A"]
    assert texts(view.load_model, 4) == ["2", "0"]
    assert texts(view.load_model, 5)[0].startswith("I-")
    assert view.load_van_label.text() == "Van: Van Anna"
    assert view.load_warehouse.currentData() == world.warehouse
    assert view.load_button.isEnabled()
    click(qtbot, view.load_button)
    assert stock.level(ctx.db, world.van_anna, world.pump) == 7
    assert stock.level(ctx.db, world.van_anna, world.fuse) == 5
    assert stock.level(ctx.db, world.warehouse, world.pump) == 88
    assert view.load_message.text() == "Transfers written: 1. The van now holds what the day needs."
    assert texts(view.load_model, 4) == ["0", "0"]
    assert not view.load_button.isEnabled()


def test_load_is_all_or_nothing_when_the_warehouse_lacks_a_part(qtbot: QtBot, ctx: Context, view: StockView,
                                                                world: FieldWorld) -> None:
    job = interventions.create(ctx, {"company_id": world.company, "subject": "Big job",
                                     "parts": [(world.pump, 9), (world.fuse, 8)]})
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    stock.correct(ctx, world.pump, world.warehouse, 1)  # the warehouse holds 1 pump, 90 fuses
    qtbot.waitUntil(lambda: not view.changes.pending())
    view.load_technician.setCurrentIndex(view.load_technician.findData(world.anna))
    click(qtbot, view.load_button)
    assert view.load_message.text() == (
        "Not enough in Main warehouse (there/needed), nothing was moved: Circulation pump 1/4.")
    assert (stock.level(ctx.db, world.van_anna, world.pump), stock.level(ctx.db, world.van_anna, world.fuse)) == (5, 5)
    assert texts(view.load_model, 4) == ["4", "3"]


def test_new_warehouse_new_van_and_rename(qtbot: QtBot, ctx: Context, view: StockView, world: FieldWorld) -> None:
    dialog = view.new_location("warehouse")
    assert isinstance(dialog, LocationDialog)
    click(qtbot, dialog.ok_button)
    assert dialog.form.error_text("name") == "A name is required."
    dialog.form.editor("name").set_value("Depot Liège")
    click(qtbot, dialog.ok_button)
    assert view.location()["name"] == "Depot Liège"
    assert texts(view.locations_model, 0) == ["Depot Liège", "Main warehouse", "Van Anna", "Van Bert"]
    van = view.new_location("van")
    van.form.editor("name").set_value("Van Chloé")
    van.form.editor("technician_id").set_value(world.bert)
    click(qtbot, van.ok_button)
    assert view.location()["technician_name"] == "Bert Tech"
    assert view.location_subtitle.text() == "Van of Bert Tech"
    rename = view.rename_location()
    assert rename is not None and rename.form.editor("name").value() == "Van Chloé"
    rename.form.editor("name").set_value("Van 3")
    click(qtbot, rename.ok_button)
    assert view.location_title.text() == "Van 3"
    assert stock.get_location(ctx.db, view.location_id)["kind"] == "van"


def test_parts_tab_adds_and_edits_parts(qtbot: QtBot, ctx: Context, view: StockView) -> None:
    parts = view.parts
    view.pages.setCurrentIndex(4)
    dialog = parts.new_part()
    assert isinstance(dialog, PartDialog)
    dialog.form.editor("cost_cents").set_value("abc")
    click(qtbot, dialog.ok_button)
    assert dialog.form.error_text("name") == "A name is required."
    assert dialog.form.error_text("cost_cents") == "Not an amount of money."
    dialog.form.editor("name").set_value("Thermostat")
    dialog.form.editor("sku").set_value("T-2")
    dialog.form.editor("unit").set_value("piece")
    dialog.form.editor("cost_cents").set_value("12.5")
    dialog.form.editor("price_cents").set_value("24.90")
    click(qtbot, dialog.ok_button)
    row = texts(parts.model, 1).index("Thermostat")
    assert (parts.model.index(row, 3).data(), parts.model.index(row, 4).data()) == ("12.50\u00a0EUR", "24.90\u00a0EUR")
    product = parts.current_id()
    assert stock.find_product(ctx.db, product)["cost_cents"] == 1250
    edit = parts.edit_part()
    assert edit is not None and edit.form.editor("cost_cents").value() == "12.50"
    edit.form.editor("active").set_value(False)
    click(qtbot, edit.ok_button)
    row = texts(parts.model, 1).index("Thermostat")
    assert parts.model.index(row, 5).data() == "Inactive"
    assert parts.model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert product not in [p["id"] for p in stock.parts(ctx.db)]  # no longer offered in the pickers


def test_a_technician_sees_stock_but_cannot_change_parts(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    tech = users.get_user(ctx.db, world.anna)
    as_tech = Context(db=ctx.db, user=tech, clock=ctx.clock)
    widget = StockView(as_tech)
    qtbot.addWidget(widget)
    assert not widget.parts.new_button.isEnabled()
    assert widget.action_buttons["receive"].isEnabled()  # technicians move stock
    manager = users.add_user(ctx.db, ctx.clock, "Max Manager", Role.MANAGER)
    assert StockView(Context(db=ctx.db, user=manager, clock=ctx.clock)).parts.new_button.isEnabled()


def test_tomorrow_moves_on_when_the_view_was_left_open_overnight(qtbot: QtBot, ctx: Context, view: StockView) -> None:
    assert view.load_date().isoformat() == "2026-03-03"
    view.hide()
    ctx.clock.advance(days=1)
    view.show()
    assert view.load_date().isoformat() == "2026-03-04"
    view.load_day.setDate(view.load_day.date().addDays(3))  # a day chosen by hand stays
    view.hide()
    ctx.clock.advance(days=1)
    view.show()
    assert view.load_date().isoformat() == "2026-03-07"
