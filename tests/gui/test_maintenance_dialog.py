"""Maintenance visits on the Contract tab: add, edit, delete a plan; errors under the fields; rights."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.core import contracts, maintenance
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from crm_desktop.ui.maintenance_dialog import MaintenancePlanDialog
from crm_desktop.ui.support_format import date_text
from crm_desktop.ui.support_panels import ContractsPanel
from tests.field_setup import FieldWorld, shown

# The fixed clock is Monday 2 March 2026 09:30 UTC.


@pytest.fixture
def van_stock() -> int:
    return 0


@pytest.fixture
def contract(ctx: Context, world: FieldWorld) -> str:
    gold = contracts.create_level(ctx, {"name": "Gold", "rank": 3})
    return contracts.create_contract(ctx, {"company_id": world.company, "level_id": gold, "starts_on": "2026-01-01",
                                           "reference": "C-2026"})


@pytest.fixture
def panel(qtbot: QtBot, ctx: Context, world: FieldWorld, contract: str) -> ContractsPanel:
    return shown(qtbot, ContractsPanel(ctx, company_id=world.company), (700, 600))


def test_add_a_plan_from_the_contract_tab(qtbot: QtBot, ctx: Context, world: FieldWorld, contract: str,
                                          panel: ContractsPanel) -> None:
    box = panel.plans
    assert box.count() == 0 and box.empty.text() == "No maintenance visits."
    dialog = box.add_plan()
    assert isinstance(dialog, MaintenancePlanDialog)
    assert "Gold C-2026" in dialog.about.text()
    form = dialog.form
    assert form.editor("kind").value() == "maintenance" and form.editor("every_months").value() == "12"
    form.editor("subject").setText("Boiler yearly service")
    form.editor("every_months").set_value("0")
    assert not dialog.save()
    assert form.error_text("every_months") == "A visit comes back every 1 to 60 months."
    assert form.error_text("subject") == ""
    assert maintenance.list_plans(ctx.db, company_id=world.company) == []
    form.editor("every_months").set_value("6")
    form.editor("starts_on").set_value("2026-03-31")
    form.editor("every_months").edited.emit()
    days = ", ".join(date_text(d) for d in ("2026-03-31", "2026-09-30", "2027-03-31"))  # the 31st, or the month's end
    assert dialog.preview.text() == f"Next visits: {days}"
    form.editor("skills").setText("Heating, plumbing")
    form.editor("duration_minutes").set_value("90")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    [plan] = maintenance.list_plans(ctx.db, company_id=world.company)
    assert (plan["contract_id"], plan["every_months"], plan["skills"], plan["duration_minutes"]) == (
        contract, 6, ["heating", "plumbing"], 90)
    assert box.count() == 1 and box.table.isVisible()
    texts = [box.table.item(0, column).text() for column in range(4)]
    assert texts == ["Boiler yearly service", "every 6 months", date_text("2026-03-31"), "yes"]


def test_edit_and_delete_a_plan(qtbot: QtBot, ctx: Context, world: FieldWorld, contract: str,
                                panel: ContractsPanel) -> None:
    plan_id = maintenance.save_plan(ctx, {"contract_id": contract, "subject": "Alarm test", "every_months": 1,
                                          "starts_on": "2026-01-31"})
    panel.reload()
    box = panel.plans
    assert [box.table.item(0, c).text() for c in range(3)] == ["Alarm test", "every month", date_text("2026-03-31")]
    assert not box.edit_button.isEnabled()
    box.table.selectRow(0)
    dialog = box.edit_plan()
    assert dialog is not None and dialog.windowTitle() == "Edit the maintenance visits"
    dialog.form.editor("ends_on").set_value("2026-01-01")
    assert not dialog.save()
    assert dialog.form.error_text("ends_on") == "The end comes before the start."
    dialog.form.editor("ends_on").set_value("")
    dialog.form.editor("active").setChecked(False)
    assert dialog.save()
    assert maintenance.get_plan(ctx.db, plan_id)["active"] == 0
    assert box.table.item(0, 3).text() == "no"
    box.table.selectRow(0)
    confirm = box.delete_plan()
    assert isinstance(confirm, QMessageBox) and "Alarm test" in confirm.text()
    confirm.button(QMessageBox.StandardButton.Cancel).click()
    assert box.count() == 1
    box.table.selectRow(0)
    confirm = box.delete_plan()
    assert confirm is not None
    confirm.button(QMessageBox.StandardButton.Yes).click()
    assert box.count() == 0 and maintenance.list_plans(ctx.db, company_id=world.company) == []


def test_a_person_of_a_company_sees_the_company_plans(qtbot: QtBot, ctx: Context, world: FieldWorld,
                                                      contract: str) -> None:
    maintenance.save_plan(ctx, {"contract_id": contract, "subject": "Alarm test", "every_months": 3,
                                "starts_on": "2026-02-01"})
    from crm_desktop.ui.person_detail import PersonDetailView

    page = PersonDetailView(ctx, world.person)
    qtbot.addWidget(page)
    assert page.contracts_panel.plans.company_id == world.company
    assert page.contracts_panel.plans.count() == 1


def test_without_contract_the_plan_is_the_customers(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    dialog = MaintenancePlanDialog(ctx, company_id=world.company, person_id=None)
    qtbot.addWidget(dialog)
    assert "no contract" in dialog.about.text()
    dialog.form.editor("subject").setText("Window cleaning")
    assert dialog.save()
    [plan] = maintenance.list_plans(ctx.db, company_id=world.company)
    assert plan["contract_id"] is None and plan["every_months"] == 12


def test_technicians_see_the_plans_but_cannot_change_them(qtbot: QtBot, ctx: Context, clock: FixedClock,
                                                           world: FieldWorld, contract: str) -> None:
    maintenance.save_plan(ctx, {"contract_id": contract, "subject": "Alarm test", "every_months": 3,
                                "starts_on": "2026-02-01"})
    tech = Context(ctx.db, add_user(ctx.db, clock, "Marc Tech", Role.TECHNICIAN), clock, ctx.changes)
    panel = ContractsPanel(tech, company_id=world.company)
    qtbot.addWidget(panel)
    panel.show()
    box = panel.plans
    assert box.count() == 1
    assert box.add_button.isHidden() and box.edit_button.isHidden() and box.delete_button.isHidden()
    assert box.add_plan() is None
    dialog = MaintenancePlanDialog(tech, company_id=world.company, person_id=None)
    qtbot.addWidget(dialog)
    dialog.form.editor("subject").setText("Sneaky")
    assert not dialog.save()
    assert "not allowed" in dialog.message.text()
