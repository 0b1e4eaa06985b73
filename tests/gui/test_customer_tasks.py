"""The Tasks tab of a customer's page: a follow-up planned there is linked to them; ticked done there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.core import companies, people, tasks
from crm_desktop.core.context import Context
from crm_desktop.ui.customer_tasks import CustomerTasksPanel
from crm_desktop.ui.task_dialog import TaskDialog


def test_new_task_from_the_customer_is_linked_and_ticked_done(qtbot: QtBot, ctx: Context, monkeypatch) -> None:
    company = companies.create(ctx, {"name": "Boulangerie Dupont"})
    person = people.create(ctx, {"first_name": "Marie", "last_name": "Dupont", "company_id": company})
    panel = CustomerTasksPanel(ctx, person_id=person)
    qtbot.addWidget(panel)
    tester = QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert panel.count() == 0 and panel.tab_title() == "Tasks" and panel.empty.isVisibleTo(panel)
    opened: list[dict] = []

    def fake_exec(dialog: TaskDialog) -> int:
        links = {k: v for k, v in dialog.links.items() if v}
        opened.append(links)
        tasks.create(ctx, {**links, "title": "Call back about the quote", "due_at": "2026-03-03T09:00:00Z"})
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TaskDialog, "exec", fake_exec)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0]["person_id"] == person
    assert panel.count() == 1 and panel.tab_title() == "Tasks (1)"
    row = panel.model.row(0)
    assert row["title"] == "Call back about the quote" and row["company_id"] == company
    assert panel.model.setData(panel.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert tasks.get(ctx.db, row["id"])["done_at"]
    assert panel.tab_title() == "Tasks"
    company_panel = CustomerTasksPanel(ctx, company_id=company)
    qtbot.addWidget(company_panel)
    assert company_panel.count() == 1
    assert tester is not None
