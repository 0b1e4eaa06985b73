"""What a technician may not delete is not offered: the buttons are hidden (core refuses it anyway)."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from crm_desktop.core import opportunities, tasks, users
from crm_desktop.core.context import Context
from crm_desktop.ui.attachments_panel import AttachmentsPanel
from crm_desktop.ui.opportunity_dialog import OpportunityDialog
from crm_desktop.ui.task_dialog import TaskDialog
from tests.field_setup import FieldWorld


def test_a_technician_is_not_offered_deletes_staff_and_managers_are(qtbot: QtBot, ctx: Context,
                                                                     world: FieldWorld) -> None:
    task = tasks.create(ctx, {"title": "Call back", "person_id": world.person})
    deal = opportunities.create(ctx, {"title": "New oven", "person_id": world.person})
    anna = replace(ctx, user=users.get_user(ctx.db, world.anna))
    shown: dict[str, list[bool]] = {}
    for who in (anna, ctx):
        task_dialog = TaskDialog(who, task)
        deal_dialog = OpportunityDialog(who, deal)
        files = AttachmentsPanel(who, "person", world.person)
        for widget in (task_dialog, deal_dialog, files):
            qtbot.addWidget(widget)
        shown[who.user.role] = [not task_dialog.delete_button.isHidden(), not deal_dialog.delete_button.isHidden(),
                                not files.remove_button.isHidden()]
    assert shown["technician"] == [False, False, False]
    assert shown["admin"] == [True, True, True]
