"""The pipeline: cards dragged with the mouse between stages, Lost asks why (Cancel leaves the card),
Won confirms and records the sale (then offers it), list mode shows the same deals, the dialog and the
customer tab."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.core import opportunities, sales
from crm_desktop.core.context import Context
from crm_desktop.core.users import User
from crm_desktop.ui.opportunities_panel import OpportunitiesPanel
from crm_desktop.ui.opportunities_view import OpportunitiesView
from crm_desktop.ui.opportunity_dialog import LostReasonDialog, OpportunityDialog
from crm_desktop.ui.pipeline_board import PipelineBoard
from crm_desktop.ui.record_form import format_cents
from crm_desktop.ui.sale_dialog import SaleDialog
from tests.field_setup import FieldWorld, shown


def _deal(ctx: Context, world: FieldWorld, title: str = "New boiler", **values) -> str:
    return opportunities.create(ctx, {"title": title, "person_id": world.person, **values})


def _view(qtbot: QtBot, ctx: Context) -> OpportunitiesView:
    view = shown(qtbot, OpportunitiesView(ctx), (1300, 700))
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return view


def _drag(board: PipelineBoard, opp_id: str, stage: str, *, escape: bool = False) -> None:
    """Press on the card, move in steps over to the column, release (or press Escape first)."""
    start = board.card_rect(opp_id).center()
    column = board.column_rect(stage)
    end = QPoint(column.center().x(), start.y() + 40)
    QTest.mousePress(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(board, start + QPoint(12, 4))
    QTest.mouseMove(board, QPoint((start.x() + end.x()) // 2, end.y()))
    QTest.mouseMove(board, end)
    assert board.dragging() and board.drop_target() == stage
    if escape:
        QTest.keyClick(board, Qt.Key.Key_Escape)
        assert not board.dragging()
    QTest.mouseRelease(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _stage(ctx: Context, opp_id: str) -> str:
    return opportunities.get(ctx.db, opp_id)["stage"]


def test_dragging_a_card_from_new_to_proposal_moves_the_deal(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    opp_id = _deal(ctx, world, amount_cents=100000)
    view = _view(qtbot, ctx)
    board = view.board
    assert [c["id"] for c in board.cards("new")] == [opp_id]
    assert board.header_text("new")[0] == "New (1)" and format_cents(10000) in board.header_text("new")[2]
    with qtbot.waitSignal(board.move_requested) as moved:
        _drag(board, opp_id, "proposal")
    assert moved.args == [opp_id, "proposal"]
    assert _stage(ctx, opp_id) == "proposal"
    qtbot.waitUntil(lambda: [c["id"] for c in board.cards("proposal")] == [opp_id])
    assert board.cards("new") == [] and board.header_text("proposal")[0] == "Proposal (1)"
    # 1000.00 at the proposal's 50 %.
    assert format_cents(50000) in board.header_text("proposal")[2]
    with qtbot.assertNotEmitted(board.move_requested):
        _drag(board, opp_id, "negotiation", escape=True)
    assert _stage(ctx, opp_id) == "proposal" and view.prompt is None


def test_dropping_on_lost_asks_the_reason_and_cancel_leaves_the_card(qtbot: QtBot, ctx: Context,
                                                                     world: FieldWorld) -> None:
    opp_id = _deal(ctx, world, stage="negotiation")
    view = _view(qtbot, ctx)
    _drag(view.board, opp_id, "lost")
    dialog = view.prompt
    assert isinstance(dialog, LostReasonDialog) and dialog.isVisible()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.prompt is None)
    assert _stage(ctx, opp_id) == "negotiation"
    assert [c["id"] for c in view.board.cards("negotiation")] == [opp_id]

    _drag(view.board, opp_id, "lost")
    dialog = view.prompt
    assert isinstance(dialog, LostReasonDialog)
    assert not dialog.confirm()  # no reason chosen: said under the field, nothing written
    assert dialog.form.error_text("lost_reason") and _stage(ctx, opp_id) == "negotiation"
    dialog.reason.set_value("competitor")
    dialog.note.setText("Cheaper offer from the shop next door")
    with qtbot.waitSignal(dialog.lost):
        dialog.ok.click()
    assert _stage(ctx, opp_id) == "lost"
    qtbot.waitUntil(lambda: [c["id"] for c in view.board.cards("lost")] == [opp_id])
    described = opportunities.describe(ctx.db, opp_id)
    assert (described["lost_reason_key"], described["lost_note"]) == ("competitor",
                                                                      "Cheaper offer from the shop next door")


def test_dropping_on_won_confirms_makes_the_sale_and_offers_to_open_it(qtbot: QtBot, ctx: Context,
                                                                       world: FieldWorld) -> None:
    opp_id = _deal(ctx, world, lines=[{"product_id": world.pump, "quantity": 2}], stage="proposal")
    view = _view(qtbot, ctx)
    _drag(view.board, opp_id, "won")
    box = view.prompt
    assert isinstance(box, QMessageBox) and format_cents(30000) in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: view.prompt is None)
    assert _stage(ctx, opp_id) == "proposal" and ctx.db.execute("SELECT count(*) FROM sales").fetchone()[0] == 0

    _drag(view.board, opp_id, "won")
    box = view.prompt
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: isinstance(view.prompt, QMessageBox) and view.prompt is not box)
    sale_id = opportunities.get(ctx.db, opp_id)["sale_id"]
    assert _stage(ctx, opp_id) == "won" and sale_id
    assert sales.totals(ctx.db, sale_id).revenue_cents == 30000
    offer = view.prompt
    assert sales.get(ctx.db, sale_id)["number"] in offer.text()
    offer.button(QMessageBox.StandardButton.Open).click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, SaleDialog))
    assert view.dialog.sale_id == sale_id
    assert [c["id"] for c in view.board.cards("won")] == [opp_id]


def test_list_mode_shows_the_same_deals_and_the_owner_filter(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    mine = [_deal(ctx, world, "A", stage="qualified"), _deal(ctx, world, "B", expected_close="2026-02-01")]
    theirs = opportunities.create(ctx, {"title": "C", "company_id": world.company, "owner_id": world.anna})
    view = _view(qtbot, ctx)
    view.set_owner_filter(mine=False)
    on_board = {c["id"] for stage in view.board.stages() for c in view.board.cards(stage)}
    view.set_mode(view.LIST)
    assert view.pages.currentWidget() is view.table and view.list_button.isChecked()
    listed = {view.model.id_at(row) for row in range(view.model.rowCount())}
    assert on_board == listed == {*mine, theirs}
    late = next(r for r in range(view.model.rowCount()) if view.model.id_at(r) == mine[1])
    assert view.model.index(late, view.model.COLUMNS.index("expected_close")).data(
        Qt.ItemDataRole.ForegroundRole) is not None  # overdue in red
    view.set_owner_filter(mine=True)
    assert {view.model.id_at(row) for row in range(view.model.rowCount())} == set(mine)
    # Live: a deal made elsewhere shows up without touching the view.
    fresh = _deal(ctx, world, "D")
    qtbot.waitUntil(lambda: fresh in {view.model.id_at(r) for r in range(view.model.rowCount())})
    view.table.doubleClicked.emit(view.model.index(0, 0))
    assert isinstance(view.dialog, OpportunityDialog)


def test_the_dialog_creates_with_lines_shows_errors_in_place_and_wins(qtbot: QtBot, ctx: Context,
                                                                     world: FieldWorld) -> None:
    view = _view(qtbot, ctx)
    dialog = view.new_opportunity({"person_id": world.person})
    assert not dialog.save()  # no title
    assert dialog.form.error_text("title")
    dialog.title.setText("Two pumps")
    row = dialog.rows[0] if dialog.rows else dialog.add_line()
    row.product.setCurrentIndex(row.product.findData(world.pump))
    row.quantity.setText("-1")
    assert not dialog.save()
    assert row.error.isVisible() and opportunities.listing(ctx.db, today="2026-03-02") == []
    row.quantity.setText("2")
    row.quantity.textEdited.emit("2")
    assert format_cents(30000) in dialog.total.text()
    box = dialog.ask_win()
    assert isinstance(box, QMessageBox) and dialog.opp_id
    with qtbot.waitSignal(dialog.won) as won:
        box.button(QMessageBox.StandardButton.Yes).click()
    opp_id, sale_id = won.args
    row_saved = opportunities.get(ctx.db, opp_id)
    assert (row_saved["stage"], row_saved["amount_cents"], row_saved["company_id"]) == ("won", 30000, world.company)
    assert sales.get(ctx.db, sale_id)["opportunity_id"] == opp_id


def test_customer_tab_lists_the_deals_and_makes_new_ones(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    open_id = _deal(ctx, world, amount_cents=40000, stage="negotiation")
    lost_id = _deal(ctx, world, "Old quote", amount_cents=1000)
    opportunities.move(ctx, lost_id, "lost", "timing")
    panel = shown(qtbot, OpportunitiesPanel(ctx), (900, 300))
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert panel.tab_title() == "Opportunities" and panel.pages.currentWidget() is panel.empty
    panel.set_customer(world.company, None)
    assert [panel.model.id_at(r) for r in range(panel.model.rowCount())] == [open_id, lost_id]
    assert panel.tab_title() == "Opportunities (2)"
    assert format_cents(40000) in panel.summary.text() and format_cents(30000) in panel.summary.text()
    dialog = panel.new_opportunity()
    assert dialog is not None
    dialog.title.setText("Service contract")
    dialog.amount.line.setText("500")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    assert panel.count() == 3


def test_double_click_opens_the_deal_and_ctrl_arrows_move_the_selected_card(qtbot: QtBot, ctx: Context,
                                                                          world: FieldWorld) -> None:
    opp_id = _deal(ctx, world, stage="qualified")
    view = _view(qtbot, ctx)
    board = view.board
    QTest.mouseClick(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     board.card_rect(opp_id).center())
    assert board.selected() == opp_id
    QTest.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _stage(ctx, opp_id) == "proposal"
    qtbot.waitUntil(lambda: [c["id"] for c in board.cards("proposal")] == [opp_id])
    QTest.keyClick(board, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert _stage(ctx, opp_id) == "qualified"
    qtbot.waitUntil(lambda: [c["id"] for c in board.cards("qualified")] == [opp_id])
    with qtbot.waitSignal(board.card_activated):
        QTest.mouseDClick(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          board.card_rect(opp_id).center())
    dialog = view.dialog
    assert isinstance(dialog, OpportunityDialog) and dialog.opp_id == opp_id
    assert dialog.stage_label.text() == "Qualified" and dialog.title.text() == "New boiler"
    dialog.probability.setText("40")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    assert opportunities.get(ctx.db, opp_id)["probability"] == 40
    qtbot.waitUntil(lambda: board.cards("qualified")[0]["probability"] == 40)


def test_a_user_without_the_right_cannot_drag(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    opp_id = _deal(ctx, world)
    visitor = Context(db=ctx.db, user=User(id="v", name="Visitor", role="guest"), clock=ctx.clock)  # type: ignore
    view = shown(qtbot, OpportunitiesView(visitor), (1300, 700))
    assert not view.new_button.isEnabled()
    start = view.board.card_rect(opp_id).center()
    QTest.mousePress(view.board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view.board, start + QPoint(300, 0))
    assert not view.board.dragging()
    QTest.mouseRelease(view.board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(300, 0))
    assert _stage(ctx, opp_id) == "new"
