""""History…" on the detail pages: managers see it and its dialog lists a change made here (old -> new, who,
machine); a ticket's history includes its messages and time; technicians and staff are not offered it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.core import companies, interventions, leads, opportunities, people, support_costs, tickets, users
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.ui.audit_view import RecordAuditDialog, RecordHistoryButton
from crm_desktop.ui.company_detail import CompanyDetailView
from crm_desktop.ui.intervention_window import InterventionDetailView
from crm_desktop.ui.lead_dialog import LeadDialog
from crm_desktop.ui.opportunity_dialog import OpportunityDialog
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.ticket_window import TicketDetailView
from tests.field_setup import FieldWorld, shown

SHOTS = Path("/tmp/audit_shots")


def _as(ctx: Context, name: str, role: Role) -> Context:
    return replace(ctx, user=users.add_user(ctx.db, ctx.clock, name, role))


def _lines(dialog: RecordAuditDialog) -> list[tuple[str, str, list[str]]]:
    """(user, what, [field lines]) per entry, newest first."""
    tree = dialog.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        item: QTreeWidgetItem = tree.topLevelItem(i)
        out.append((item.text(1), item.text(3), [item.child(c).text(4) for c in range(item.childCount())]))
    return out


def _open(qtbot: QtBot, button: RecordHistoryButton, shot: str) -> RecordAuditDialog:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    if SHOTS.is_dir():
        button.window().grab().save(str(SHOTS / f"{shot}_page.png"))
        dialog.tree.expandAll()
        dialog.grab().save(str(SHOTS / f"{shot}_history.png"))
    return dialog


@pytest.fixture
def manager(ctx: Context) -> Context:
    return _as(ctx, "Sophie", Role.MANAGER)


def test_a_manager_sees_a_persons_and_a_companys_changes(qtbot: QtBot, ctx: Context, manager: Context,
                                                         world: FieldWorld) -> None:
    ctx.clock.advance(hours=1)
    people.update(manager, world.person, {"city": "Leuven"})
    view = shown(qtbot, PersonDetailView(manager, world.person), (1400, 800))
    lines = _lines(_open(qtbot, view.history_button, "person"))
    assert lines[0] == ("Sophie", "Changed", ["City: (empty) → Leuven"])
    assert lines[-1][1] == "Created"
    assert view.history_button.dialog is not None and view.history_button.dialog.tree.topLevelItem(0).text(2)

    companies.update(manager, world.company, {"phone": "+32 81 22 33 44"})
    page = shown(qtbot, CompanyDetailView(manager, world.company), (1400, 800))
    lines = _lines(_open(qtbot, page.history_button, "company"))
    assert lines[0][:2] == ("Sophie", "Changed") and lines[0][2][0].startswith("Phone: ")


def test_a_tickets_history_includes_its_messages_and_time(qtbot: QtBot, ctx: Context, manager: Context,
                                                          world: FieldWorld) -> None:
    ticket = tickets.open_ticket(ctx, {"person_id": world.person, "subject": "Oven does not heat"})
    ctx.clock.advance(minutes=10)
    tickets.update(manager, ticket, {"priority": "high"})
    ctx.clock.advance(minutes=10)
    support_costs.log_time(manager, ticket, {"minutes": 25})
    view = shown(qtbot, TicketDetailView(manager, ticket), (1400, 800))
    lines = _lines(_open(qtbot, view.history_button, "ticket"))
    whats = [what for _who, what, _fields in lines]
    assert "Created · Time spent" in whats
    assert any(what == "Changed" and "Priority: Normal → High" in fields for _who, what, fields in lines)
    assert whats[-1] == "Created"


def test_an_interventions_lead_and_deal_history(qtbot: QtBot, ctx: Context, manager: Context,
                                                 world: FieldWorld) -> None:
    job = interventions.create(ctx, {"person_id": world.person, "subject": "Check the boiler",
                                     "parts": [(world.fuse, 1)], "duration_minutes": 60})
    ctx.clock.advance(minutes=5)
    interventions.update(manager, job, {"subject": "Check the boiler and the pump"})
    view = shown(qtbot, InterventionDetailView(manager, job), (1280, 820))
    lines = _lines(_open(qtbot, view.history_button, "intervention"))
    assert any(fields == ["Subject: Check the boiler → Check the boiler and the pump"] for _w, _a, fields in lines)
    assert any(what == "Created · Part used" for _w, what, _f in lines)

    lead = leads.create(ctx, {"person_id": world.person, "source": "phone", "interest": "A new oven"})
    ctx.clock.advance(minutes=5)
    leads.update(manager, lead, {"interest": "Two new ovens"})
    dialog = LeadDialog(manager, lead)
    shown(qtbot, dialog, (900, 680))
    lines = _lines(_open(qtbot, dialog.history_button, "lead"))
    assert lines[0] == ("Sophie", "Changed", ["Interest: A new oven → Two new ovens"])

    deal = opportunities.create(ctx, {"title": "New oven", "person_id": world.person})
    deal_dialog = OpportunityDialog(manager, deal)
    shown(qtbot, deal_dialog, (900, 680))
    lines = _lines(_open(qtbot, deal_dialog.history_button, "deal"))
    assert lines[-1][1] == "Created"


def test_technicians_and_staff_are_not_offered_the_history(qtbot: QtBot, ctx: Context,
                                                           world: FieldWorld) -> None:
    ticket = tickets.open_ticket(ctx, {"person_id": world.person, "subject": "Oven does not heat"})
    job = interventions.create(ctx, {"person_id": world.person, "ticket_id": ticket, "subject": "Oven",
                                     "technician_ids": [world.anna], "duration_minutes": 60})
    lead = leads.create(ctx, {"person_id": world.person, "source": "phone", "interest": "Oven"})
    deal = opportunities.create(ctx, {"title": "New oven", "person_id": world.person})
    anna = replace(ctx, user=users.get_user(ctx.db, world.anna))
    staff = _as(ctx, "Sam", Role.STAFF)
    for who in (anna, staff):
        pages: list[QWidget] = [PersonDetailView(who, world.person), CompanyDetailView(who, world.company),
                                TicketDetailView(who, ticket), InterventionDetailView(who, job)]
        if who is staff:  # a technician may not open leads and deals at all
            pages += [LeadDialog(who, lead), OpportunityDialog(who, deal)]
        for page in pages:
            shown(qtbot, page, (1280, 800))
            button = page.findChild(RecordHistoryButton)
            assert button is not None and not button.isVisible(), (who.user.name, type(page).__name__)


def test_a_sales_lines_and_a_campaigns_history(qtbot: QtBot, ctx: Context, manager: Context,
                                               world: FieldWorld) -> None:
    from crm_desktop.core import campaigns, sales
    from crm_desktop.ui.campaign_window import CampaignWindow
    from crm_desktop.ui.sale_dialog import SaleDialog

    sale = sales.create(ctx, {"company_id": world.company}, [{"product_id": world.fuse, "quantity": "2"}])
    dialog = SaleDialog(manager, sale)
    shown(qtbot, dialog, (900, 680))
    lines = _lines(_open(qtbot, dialog.history_button, "sale"))
    assert any(what == "Created" for _w, what, _f in lines)
    assert any(what.startswith("Created · ") for _w, what, _f in lines)  # its line, with the sale

    campaign = campaigns.create(ctx, {"name": "Spring boilers", "objective": "growth", "channels": ["letter"],
                                      "letter_body": "Dear {first_name},"})
    ctx.clock.advance(minutes=5)
    campaigns.update(manager, campaign, {"name": "Spring boilers 2026"})
    view = shown(qtbot, CampaignWindow(manager, campaign), (1280, 820))
    lines = _lines(_open(qtbot, view.history_button, "campaign"))
    assert lines[0] == ("Sophie", "Changed", ["Name: Spring boilers → Spring boilers 2026"])
    staff = _as(ctx, "Sam", Role.STAFF)
    for widget in (SaleDialog(staff, sale), CampaignWindow(staff, campaign)):
        shown(qtbot, widget, (900, 680))
        assert not widget.history_button.isVisible()
