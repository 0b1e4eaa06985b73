"""The audit trail area and a record's "History of changes": filters, paging, opening, rights, report prints."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.core import audit, people, tickets, trash
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from crm_desktop.db.connection import write_transaction
from crm_desktop.ui.audit_view import AuditView, RecordAuditDialog, show_record_audit
from crm_desktop.ui.pdf_preview import PdfPreviewDialog
from crm_desktop.ui.report_dialog import show_ticket_report

SHOTS = Path("/tmp/audit_shots")


def _as(ctx: Context, name: str, role: Role) -> Context:
    with write_transaction(ctx.db):
        user = add_user(ctx.db, ctx.clock, name, role, actor_id=ctx.user.id)
    return replace(ctx, user=user)


@pytest.fixture
def story(ctx: Context) -> dict[str, str]:
    """A person created by Admin, changed by Anna, deleted and restored, printed; 30 more people."""
    anna = _as(ctx, "Anna", Role.MANAGER)
    person = people.create(ctx, {"first_name": "Luc", "last_name": "Janssens", "city": "Namur"})
    ctx.clock.advance(hours=1)
    people.update(anna, person, {"city": "Leuven"})
    ctx.clock.advance(hours=1)
    people.delete(ctx, person)
    ctx.clock.advance(hours=1)
    trash.restore(ctx, "person", person)
    ctx.clock.advance(hours=1)
    audit.record(anna, "print", "person", person, "customer sheet")
    for n in range(30):
        ctx.clock.advance(minutes=1)
        people.create(ctx, {"last_name": f"Filler {n:02d}"})
    return {"person": person, "anna": anna.user.id}


def make_view(qtbot: QtBot, ctx: Context) -> AuditView:
    view = AuditView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitExposed(view)
    if view.allowed:
        qtbot.waitUntil(lambda: not view.loading())
        assert view.message.isHidden(), view.message.text()
    return view


def _choose(qtbot: QtBot, view: AuditView, combo: object, data: object) -> None:
    """Pick ``data`` in ``combo`` and wait for the worker's page."""
    with qtbot.waitSignal(view.loaded):
        combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def _column(view: AuditView, column: int) -> list[str]:
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def test_filters_paging_and_opening_a_record(qtbot: QtBot, ctx: Context, story: dict[str, str]) -> None:
    view = make_view(qtbot, ctx)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    total = view.model.rowCount()
    assert total >= 35 and view.count_label.text() == f"{total} entries"
    assert view.model.index(total - 1, 4).data()  # the last row reads its own block
    assert view.model.index(0, 4).data() == "Person: Filler 29"
    view.grab().save(str(SHOTS / "audit_view.png")) if SHOTS.is_dir() else None

    _choose(qtbot, view, view.user_combo, story["anna"])
    assert _column(view, 3) == ["Printed or saved as PDF", "Changed"]
    assert _column(view, 1) == ["Anna", "Anna"]
    assert _column(view, 5) == ["customer sheet", "City"]
    _choose(qtbot, view, view.user_combo, None)
    _choose(qtbot, view, view.kind_combo, "deleted")
    assert _column(view, 4) == ["Person: Luc Janssens"]
    _choose(qtbot, view, view.kind_combo, None)
    with qtbot.waitSignal(view.loaded):
        view.search.setText("Janssens")
    assert view.model.rowCount() == 5
    assert _column(view, 3) == ["Printed or saved as PDF", "Restored", "Deleted", "Changed", "Created"]
    _choose(qtbot, view, view.period_combo, "custom")
    view.start_edit.setDate(view.start_edit.date().addDays(-40))
    with qtbot.waitSignal(view.loaded):
        view.end_edit.setDate(view.end_edit.date().addDays(-10))
    assert view.model.rowCount() == 0 and view.count_label.text() == "0 entries"
    _choose(qtbot, view, view.period_combo, "all")
    assert view.model.rowCount() == 5

    with qtbot.waitSignal(view.open_record) as opened:
        view.table.doubleClicked.emit(view.model.index(1, 0))
    assert opened.args == ["person", story["person"]]


def test_history_of_a_record_shows_old_and_new_values(qtbot: QtBot, ctx: Context, story: dict[str, str]) -> None:
    view = make_view(qtbot, ctx)
    with qtbot.waitSignal(view.loaded):
        view.search.setText("Janssens")
    assert view.model.rowCount() == 5
    assert not view.history_button.isEnabled()
    view.table.selectRow(3)
    assert view.history_button.isEnabled()
    view.history_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecordAuditDialog) and w.isVisible())
    assert dialog.parent() is view  # closed with the view, deleted on close
    tree = dialog.tree
    lines = [(tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(3)) for i in range(tree.topLevelItemCount())]
    assert lines == [("Anna", "Printed or saved as PDF"), ("Admin", "Restored"), ("Admin", "Deleted"),
                     ("Anna", "Changed"), ("Admin", "Created")]
    changed = tree.topLevelItem(3)
    assert [changed.child(i).text(4) for i in range(changed.childCount())] == ["City: Namur → Leuven"]
    assert all(tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount()))  # the machine
    dialog.tree.expandAll()
    dialog.grab().save(str(SHOTS / "record_audit.png")) if SHOTS.is_dir() else None
    dialog.close()


def test_roles_without_the_audit_right_see_why_and_nothing(qtbot: QtBot, ctx: Context,
                                                           story: dict[str, str]) -> None:
    staff = _as(ctx, "Sam", Role.STAFF)
    view = make_view(qtbot, staff)
    assert view.model.rowCount() == 0 and not view.table.isEnabled()
    assert "Sam" in view.message.text() and "audit trail" in view.message.text()
    from crm_desktop.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        show_record_audit(staff, "people", story["person"])


def test_saving_a_report_from_the_preview_is_in_the_trail(qtbot: QtBot, ctx: Context, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    person = people.create(ctx, {"last_name": "Dubois"})
    ticket = tickets.open_ticket(ctx, {"person_id": person, "subject": "Boiler"})
    target = tmp_path / "copy.pdf"

    def save_then_close(self: PdfPreviewDialog) -> int:
        assert self.save_copy(target)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", save_then_close)
    show_ticket_report(ctx, ticket, None, "en")
    printed = audit.recent(ctx, kinds=["print"])
    assert [(e.record_kind, e.record_id, e.user_name) for e in printed] == [("ticket", ticket, "Admin")]
    assert str(target) in printed[0].detail
    history = audit.history_of_record(ctx, "tickets", ticket)
    assert history[-1].action == "printed"


def test_the_view_follows_new_changes(qtbot: QtBot, ctx: Context) -> None:
    view = make_view(qtbot, ctx)
    before = view.model.rowCount()
    people.create(ctx, {"last_name": "Nouveau"})
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1)
    assert view.model.index(0, 4).data(Qt.ItemDataRole.DisplayRole) == "Person: Nouveau"


def test_queries_run_in_a_worker_newest_filter_wins_and_pages_follow_the_scroll(
        qtbot: QtBot, ctx: Context, story: dict[str, str]) -> None:
    for n in range(120):
        ctx.clock.advance(seconds=5)
        people.create(ctx, {"last_name": f"More {n:03d}"})
    view = make_view(qtbot, ctx)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    _choose(qtbot, view, view.period_combo, "all")
    qtbot.waitUntil(lambda: not view.tasks)  # the count, and a page the tester may have asked for
    total = audit.count(ctx, audit.AuditFilter())
    assert total > 150

    # A filter chosen while another is read: the rows shown are greyed, then only the newest filter's come.
    view.user_combo.setCurrentIndex(view.user_combo.findData(story["anna"]))
    assert view.model.stale and view.busy.isVisible()
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    with qtbot.waitSignal(view.loaded):
        view.kind_combo.setCurrentIndex(view.kind_combo.findData("printed"))
    qtbot.waitUntil(lambda: not view.tasks)
    assert _column(view, 3) == ["Printed or saved as PDF"] and _column(view, 1) == ["Anna"]
    assert not view.model.stale and not view.busy.isVisible()
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    # Everything: a first page of 100, the count after it, the rest as the list is scrolled down.
    with qtbot.waitSignals([view.loaded, view.counted], order="strict"):
        view.user_combo.setCurrentIndex(0)
        view.kind_combo.setCurrentIndex(0)
    assert view.model.rowCount() == 100 and view.count_label.text() == f"{total} entries"
    with qtbot.waitSignal(view.loaded):
        view.table.scrollToBottom()
        view.model.fetchMore(QModelIndex())
    assert view.model.rowCount() == min(200, total)
    keys = [view.model.entry(r).key for r in range(view.model.rowCount())]
    assert keys == [e.key for e in audit.page(ctx, audit.AuditFilter(), 200)]
