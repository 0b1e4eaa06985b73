"""The Leads area, the lead dialog and the assignment rules dialog: what sellers and managers see and click."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import history, lead_assignment, leads
from crm_desktop.core.context import Context
from crm_desktop.core.lead_settings import load_lead_settings
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import User, add_user
from crm_desktop.ui.assignment_rules_dialog import AssignmentRulesDialog
from crm_desktop.ui.lead_dialog import LeadDialog
from crm_desktop.ui.leads_view import ALL, OVERDUE, LeadModel, LeadsView
from crm_desktop.ui.support_format import LATE_COLOR
from tests.field_setup import FieldWorld, shown

# The clock: Monday 2 March 2026 09:30 UTC = 10:30 in Brussels; the shop is open 08:30-17:30.


@pytest.fixture
def ava(ctx: Context) -> Context:
    """Seller Ava's session on the same database, clock and change notices as the admin's."""
    user = add_user(ctx.db, ctx.clock, "Ava Seller", Role.STAFF)
    return Context(db=ctx.db, user=User(id=user.id, name=user.name, role=Role.STAFF), clock=ctx.clock,
                   changes=ctx.changes)


def customers(view: LeadsView) -> list[str]:
    return [view.model.index(row, LeadModel.CUSTOMER).data() for row in range(view.model.rowCount())]


def model_tester(view: LeadsView) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_a_lead_made_in_the_dialog_appears_at_once_in_its_sellers_list(
        qtbot: QtBot, ctx: Context, world: FieldWorld, ava: Context) -> None:
    lead_assignment.save_rules(ctx, [{"kind": "round_robin", "seller_ids": [ava.user.id]}])
    mine = shown(qtbot, LeadsView(ava), (1200, 500))
    keep = model_tester(mine)
    assert mine.model.rowCount() == 0 and mine.pages.currentIndex() == 1
    assert mine.rules_button.isHidden() and mine.mode_buttons[ALL].isHidden()  # a seller has no manager tools
    office = shown(qtbot, LeadsView(ctx), (1200, 500))
    dialog = office.new_lead()
    assert not dialog.save()  # nobody chosen: said under the person field, nothing written
    assert dialog.form.error_text("person_id") == "Choose the person or company interested."
    assert leads.open_leads(ctx.db, ctx.clock.now()) == []
    dialog.form.editor("person_id").set_value(world.person)
    dialog.form.editor("source").set_value("phone")
    dialog.form.editor("interest").set_value("A second oven")
    dialog.form.editor("budget_cents").set_value("12000")
    dialog.form.editor("need").set_value("clear")
    dialog._refresh_score()
    assert dialog.score_label.text() == "45 / 100"
    assert "Budget known: +20" in dialog.reasons_label.text()
    with qtbot.waitSignal(mine.refreshed, timeout=2000):
        assert dialog.save()
    assert customers(mine) == ["Marie Dupont (Boulangerie Dupont)"]
    assert mine.model.index(0, LeadModel.OWNER).data() == "Ava Seller"
    assert mine.model.index(0, LeadModel.SCORE).data() == "45"
    assert mine.model.index(0, LeadModel.WAITING).data() == "0 min"
    assert keep is not None


def test_a_lead_waiting_too_long_is_red_and_listed_as_overdue(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    late = leads.create(ctx, {"person_id": world.person, "owner_id": ctx.user.id})
    ctx.clock.advance(minutes=40)
    view = shown(qtbot, LeadsView(ctx), (1200, 500))
    keep = model_tester(view)
    index = view.model.index(0, LeadModel.WAITING)
    assert index.data() == "40 min"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(LATE_COLOR)
    assert "over the 15 min target" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 waiting too long" in view.summary.text()
    view.set_mode(OVERDUE)
    assert [row["id"] for row in view.model.rows] == [late]
    # A call goes out: the lead is answered (40 business minutes) and no longer overdue.
    with qtbot.waitSignal(view.refreshed, timeout=2000):
        history.log(ctx, {"kind": "call", "direction": "out", "subject": "Called back", "person_id": world.person})
    assert view.model.rowCount() == 0
    view.set_mode(ALL)
    assert view.model.index(0, LeadModel.WAITING).data() == "answered in 40 min"
    assert view.model.index(0, LeadModel.WAITING).data(Qt.ItemDataRole.ForegroundRole).color() != QColor(LATE_COLOR)
    dialog = view.edit_lead(late)
    assert dialog.speed_label.text() == "First contact after 40 min (business hours)"
    assert keep is not None


def test_assign_disqualify_and_open_the_customer(qtbot: QtBot, ctx: Context, world: FieldWorld, ava: Context) -> None:
    lead_id = leads.create(ctx, {"person_id": world.person})
    view = shown(qtbot, LeadsView(ctx), (1200, 500))
    view.set_mode(ALL)
    assert view.model.index(0, LeadModel.OWNER).data() == "Unassigned"
    assert not view.assign_button.isEnabled()
    view.table.selectRow(0)
    assert view.assign_button.isEnabled()
    menu = view.show_assign_menu()
    action = next(a for a in menu.actions() if a.text() == "Ava Seller")
    menu.close()
    action.trigger()
    assert leads.get(ctx.db, lead_id)["owner_id"] == ava.user.id
    assert view.model.index(0, LeadModel.OWNER).data() == "Ava Seller"
    with qtbot.waitSignal(view.open_record) as opened:
        view._clicked(view.model.index(0, LeadModel.CUSTOMER))
    assert opened.args == ["person", world.person]
    view.table.selectRow(0)
    dialog = view.disqualify()
    assert dialog is not None
    assert not dialog.save()
    assert dialog.form.error_text("disqualified_reason") == "Say why this lead is disqualified."
    assert leads.get(ctx.db, lead_id)["status"] == "new"
    dialog.reason.set_value("Bought elsewhere")
    assert dialog.save()
    assert leads.get(ctx.db, lead_id)["status"] == "disqualified"
    assert view.model.rowCount() == 0


def test_editing_a_lead_keeps_errors_next_to_fields(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    lead_id = leads.create(ctx, {"person_id": world.person, "budget_cents": 50000, "decision_maker": True})
    dialog = LeadDialog(ctx, lead_id)
    qtbot.addWidget(dialog)
    assert dialog.form.editor("decision_maker").value() == "yes"
    assert dialog.form.editor("disqualified_reason").isHidden()
    dialog.form.editor("status").set_value("disqualified")
    dialog._status_changed()
    assert not dialog.form.editor("disqualified_reason").isHidden()
    dialog.form.editor("budget_cents").set_value("a lot")
    assert not dialog.save()
    assert dialog.form.error_text("budget_cents") == "Not an amount of money."
    assert dialog.form.error_text("disqualified_reason") == "Say why this lead is disqualified."
    assert leads.get(ctx.db, lead_id)["status"] == "new"
    dialog.form.editor("budget_cents").set_value("600")
    dialog.form.editor("disqualified_reason").set_value("Too small")
    dialog.form.editor("next_action_at").box.setChecked(True)
    assert dialog.save()
    saved = leads.get(ctx.db, lead_id)
    assert (saved["status"], saved["budget_cents"], saved["disqualified_reason"]) == ("disqualified", 60000,
                                                                                      "Too small")
    assert saved["next_action_at"] == "2026-03-02T10:30:00.000Z"  # ticking "On" proposes in an hour


def test_assignment_rules_dialog_saves_and_shows_problems(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                          ava: Context) -> None:
    dialog = AssignmentRulesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_rule()
    dialog.kind.setCurrentIndex(dialog.kind.findData("postcode"))
    dialog.match.setEditText("50")
    assert not dialog.save()  # no seller chosen
    assert dialog.sellers_error.text() == "Choose at least one seller." and not dialog.sellers_error.isHidden()
    assert lead_assignment.rules(ctx.db) == []
    for row in range(dialog.seller_list.count()):
        item = dialog.seller_list.item(row)
        if item.text() == "Ava Seller":
            item.setCheckState(Qt.CheckState.Checked)
    dialog.add_rule()  # everyone else, to the admin
    dialog.seller_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.move_rule(-1)
    assert dialog.list.item(0).text() == "1. Everyone else → Admin"
    dialog.target.setValue(30)
    assert dialog.save()
    rules = lead_assignment.rules(ctx.db)
    assert [(r["kind"], r["match"], r["seller_ids"]) for r in rules] == [
        ("round_robin", None, [ctx.user.id]), ("postcode", "50", [ava.user.id])]
    assert load_lead_settings(ctx.db).target_minutes == 30
    again = AssignmentRulesDialog(ctx)
    qtbot.addWidget(again)
    assert again.list.count() == 2 and again.target.value() == 30
    seller_view = AssignmentRulesDialog(ava)  # a seller may look, not change
    qtbot.addWidget(seller_view)
    assert not seller_view.save_button.isEnabled()


def test_interest_rule_offers_categories_and_products(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                      ava: Context) -> None:
    dialog = AssignmentRulesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_rule()
    dialog.kind.setCurrentIndex(dialog.kind.findData("interest"))
    labels = [dialog.match.itemText(i) for i in range(dialog.match.count())]
    assert "Circulation pump (P-1)" in labels
    dialog.match.setCurrentIndex(labels.index("Circulation pump (P-1)"))
    dialog.seller_list.item([dialog.seller_list.item(i).text() for i in range(dialog.seller_list.count())]
                            .index("Ava Seller")).setCheckState(Qt.CheckState.Checked)
    assert dialog.save()
    assert lead_assignment.rules(ctx.db)[0]["match"] == world.pump
    lead = leads.get(ctx.db, leads.create(ctx, {"person_id": world.person, "interest_product_id": world.pump}))
    assert lead["owner_id"] == ava.user.id


def test_waiting_counts_business_minutes_only(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    ctx.clock.advance(hours=7, minutes=50)  # Monday 18:20 in Brussels: closed since 17:30
    leads.create(ctx, {"person_id": world.person, "owner_id": ctx.user.id})
    ctx.clock.advance(hours=14)  # Tuesday 08:20: not open yet
    assert ctx.clock.now() == datetime(2026, 3, 3, 7, 20, tzinfo=UTC)
    view = shown(qtbot, LeadsView(ctx), (1200, 500))
    assert view.model.index(0, LeadModel.WAITING).data() == "0 min"
    assert view.model.rows[0]["flagged"] is False


def test_sorting_by_a_header_keeps_the_selected_lead(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    cold = leads.create(ctx, {"person_id": world.person, "owner_id": ctx.user.id})
    ctx.clock.advance(minutes=5)
    hot = leads.create(ctx, {"person_id": world.person, "owner_id": ctx.user.id, "need": "clear", "timing": "now"})
    view = shown(qtbot, LeadsView(ctx), (1200, 500))
    keep = model_tester(view)
    assert [row["id"] for row in view.model.rows] == [hot, cold]  # newest arrival first
    view.table.selectRow(1)
    assert view.selected_id() == cold
    view.table.sortByColumn(LeadModel.SCORE, Qt.SortOrder.DescendingOrder)
    assert [row["id"] for row in view.model.rows] == [hot, cold]
    assert view.selected_id() == cold
    with qtbot.waitSignal(view.refreshed, timeout=2000):
        leads.update(ctx, cold, {"need": "clear", "timing": "now", "budget_cents": 100})
    assert [row["id"] for row in view.model.rows] == [cold, hot]  # the order is kept on reload
    assert view.selected_id() == cold
    assert keep is not None
