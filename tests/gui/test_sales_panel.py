"""A customer's sales tab: a sale with two lines made through the dialog shows in the list and the totals;
a bad quantity is pointed out on its line; the person page has the "Sales (n)" tab; the timeline shows it."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.core import sales
from crm_desktop.core.context import Context
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.record_form import format_cents
from crm_desktop.ui.sale_dialog import SaleDialog
from crm_desktop.ui.sales_panel import CustomerSalesPanel
from crm_desktop.ui.timeline_view import TimelineModel
from tests.field_setup import FieldWorld, shown


def _choose(row, product_id: str) -> None:
    row.product.setCurrentIndex(row.product.findData(product_id))


def test_a_sale_with_two_lines_made_in_the_dialog_shows_in_the_panel(qtbot: QtBot, ctx: Context,
                                                                     world: FieldWorld) -> None:
    panel = shown(qtbot, CustomerSalesPanel(ctx, person_id=world.person), (900, 400))
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert panel.count() == 0 and panel.tab_title() == "Sales"
    dialog = panel.new_sale()
    assert dialog is not None and dialog.customer_label.text() == "Marie Dupont (Boulangerie Dupont)"
    first = dialog.rows[0]
    _choose(first, world.pump)
    assert first.price.text() == format_cents(15000)
    first.discount.setText("10")
    first.discount.textEdited.emit("10")
    second = dialog.add_line()
    _choose(second, world.fuse)
    second.quantity.setText("3")
    second.quantity.textEdited.emit("3")
    # 150.00 less 10 % = 135.00, and 3 x 6.00 = 18.00; cost 80.00 + 7.50.
    assert first.amount.text().startswith(format_cents(13500))
    assert format_cents(15300) in dialog.totals.text() and format_cents(6550) in dialog.totals.text()
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    assert panel.count() == 1 and panel.tab_title() == "Sales (1)"
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row[0].startswith("S-") and row[2] == "2" and row[3].startswith(format_cents(15300))
    assert row[5] == "admin" or row[5] == ctx.user.name
    assert format_cents(15300) in panel.summary.text() and "1 sales" in panel.summary.text()


def test_a_bad_quantity_is_shown_on_its_line_and_nothing_is_saved(qtbot: QtBot, ctx: Context,
                                                                  world: FieldWorld) -> None:
    dialog = shown(qtbot, SaleDialog(ctx, initial={"person_id": world.person}), (980, 620))
    _choose(dialog.rows[0], world.fuse)
    bad = dialog.add_line()
    bad.description.setText("Delivery")
    bad.quantity.setText("-2")
    bad.quantity.textEdited.emit("-2")
    assert bad.amount.text() == "—"
    assert not dialog.save()
    assert bad.error.isVisible() and bad.error.text() == "A quantity must be more than zero."
    assert not dialog.rows[0].error.isVisible()
    assert ctx.db.execute("SELECT count(*) FROM sales").fetchone()[0] == 0


def test_editing_and_deleting_a_sale(qtbot: QtBot, ctx: Context, world: FieldWorld, monkeypatch) -> None:
    sale_id = sales.create(ctx, {"company_id": world.company}, [{"product_id": world.fuse, "quantity": 2}])
    panel = shown(qtbot, CustomerSalesPanel(ctx, company_id=world.company), (900, 400))
    dialog = panel.open_sale(sale_id)
    assert len(dialog.rows) == 1 and dialog.rows[0].quantity.text() == "2"
    dialog.rows[0].quantity.setText("4")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    assert sales.totals(ctx.db, sale_id).revenue_cents == 2400
    dialog = panel.open_sale(sale_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.deleted):
        dialog.confirm_delete()
    assert panel.count() == 0


def test_person_page_has_a_sales_tab_and_the_timeline_shows_the_sale(qtbot: QtBot, ctx: Context,
                                                                     world: FieldWorld) -> None:
    sales.create(ctx, {"person_id": world.person}, [{"product_id": world.pump, "quantity": 1},
                                                    {"product_id": world.fuse, "quantity": 1}])
    view = shown(qtbot, PersonDetailView(ctx, world.person))
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Sales (1)" in titles
    model = TimelineModel(ctx, person_id=world.person)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(TimelineModel.KindRole) == "sale"]
    assert len(rows) == 1
    index = model.index(rows[0], 0)
    assert index.data().endswith("· 2 lines")
    summary = index.data(TimelineModel.SummaryRole)
    assert summary == f"Revenue {format_cents(15600)}\u00a0EUR, margin {format_cents(7350)}\u00a0EUR (47.1 %)"
    assert index.data(TimelineModel.WhenRole) == "Today"


def test_a_sale_credited_to_a_campaign_counts_as_its_conversion(qtbot: QtBot, ctx: Context,
                                                                 world: FieldWorld) -> None:
    from crm_desktop.core import campaign_results, campaigns

    campaign = campaigns.create(ctx, {"name": "Spring boilers", "objective": "growth", "channels": ["letter"],
                                      "letter_body": "Dear {last_name}"})
    dialog = shown(qtbot, SaleDialog(ctx, initial={"person_id": world.person}), (980, 620))
    dialog.campaign.setCurrentIndex(dialog.campaign.findData(campaign))
    _choose(dialog.rows[0], world.pump)
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    assert sales.get(ctx.db, dialog.sale_id)["campaign_id"] == campaign
    assert campaign_results.results(ctx.db, campaign).revenue_cents == 15000
