"""A lead waiting past the speed-to-lead target is flagged in the status bar, and leads to the Leads area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.core import history, leads
from crm_desktop.core.context import Context
from crm_desktop.ui.lead_watch import LeadWatch
from crm_desktop.ui.main_window import MainWindow
from tests.field_setup import FieldWorld


def test_an_uncontacted_lead_is_flagged_until_someone_calls(qtbot: QtBot, ctx: Context, world: FieldWorld) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    watch = LeadWatch(ctx, parent, interval_ms=3_600_000)
    lead = leads.create(ctx, {"person_id": world.person, "source": "web_form", "owner_id": ctx.user.id})
    assert watch.check_now() == []
    assert watch.button.isHidden()
    ctx.clock.advance(minutes=40)  # Monday 11:10 in Brussels: 40 business minutes, over the 15 of the target
    with qtbot.waitSignal(watch.counted) as counted:
        assert watch.check_now() == [lead]
    assert counted.args == [1]
    assert not watch.button.isHidden() and watch.button.text().endswith(": 1")
    history.log(ctx, {"kind": "call", "direction": "out", "occurred_at": ctx.now(), "subject": "First call",
                      "person_id": world.person})
    assert watch.check_now() == []
    assert watch.button.isHidden()
    watch.stop()


def test_the_button_opens_the_overdue_leads_for_a_manager(qtbot: QtBot, main_window: MainWindow, ctx: Context,
                                                         world: FieldWorld) -> None:
    lead = leads.create(ctx, {"person_id": world.person, "source": "phone"})
    ctx.clock.advance(minutes=30)
    assert main_window.lead_watch.check_now() == [lead]
    qtbot.mouseClick(main_window.lead_watch.button, Qt.MouseButton.LeftButton)
    assert main_window.current_area() == "leads"
    view = main_window.views["leads"]
    assert view.mode() == "overdue"
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
