"""Personal data from the UI: erasing asks to type the name, export writes both files, history, retention review."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import gdpr, people
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from crm_desktop.reports.pdf_read import page_texts
from crm_desktop.ui.gdpr_dialogs import ConsentHistoryDialog, EraseDialog, ExportDialog, PersonalDataButton
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.retention_view import RetentionView

GIVEN = {"status": "given", "date": "2026-01-10", "source": "Shop form"}
SHOTS = Path("/tmp/gd")


def _person(ctx: Context) -> str:
    return people.create(ctx, {"first_name": "Solange", "last_name": "Verhaegen", "email": "sv@example.be",
                               "phone": "+32 81 11 22 33", "consent": {"email": GIVEN}})


def _shot(widget, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"{name}.png"))


def test_erase_asks_to_type_the_name_and_a_reason(qtbot: QtBot, ctx: Context) -> None:
    pid = _person(ctx)
    dialog = EraseDialog(ctx, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    _shot(dialog, "erase_dialog")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.setText("Solange")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.setText("  solange   verhaegen ")
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()  # no reason yet: refused, said under the field
    assert dialog.reason_error.isVisible() and people.get(ctx, pid)["last_name"] == "Verhaegen"
    dialog.reason.setText("Asked by e-mail")
    with qtbot.waitSignal(dialog.erased) as signal:
        dialog.erase_button.click()
    assert signal.args == [pid]
    assert people.get(ctx, pid)["last_name"] == gdpr.ERASED_NAME and people.get(ctx, pid)["email"] is None


def test_export_writes_both_files(qtbot: QtBot, ctx: Context, tmp_path: Path) -> None:
    pid = _person(ctx)
    dialog = ExportDialog(ctx, pid)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.show()
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_button.click()
    json_path, pdf_path = (Path(p) for p in signal.args)
    assert json.loads(json_path.read_text(encoding="utf-8"))["data"]["person"]["email"] == "sv@example.be"
    assert "Solange Verhaegen" in "\n".join(page_texts(pdf_path))
    assert dialog.result.isVisible() and str(pdf_path) in dialog.result.text()
    _shot(dialog, "export_dialog")
    assert ctx.db.execute("SELECT kind FROM audit_events WHERE record_id = ?", [pid]).fetchall() == [("export",)]


def test_export_refused_without_the_permission(qtbot: QtBot, ctx: Context, tmp_path: Path) -> None:
    pid = _person(ctx)
    staff = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, "Sam", Role.STAFF), clock=ctx.clock)
    dialog = ExportDialog(staff, pid)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    assert not dialog.export()
    assert dialog.message.text() and not (tmp_path / "out").exists()
    button = PersonalDataButton(staff, lambda: pid)
    qtbot.addWidget(button)
    assert button.history_action.isEnabled() and not button.export_action.isEnabled()
    assert not button.erase_action.isEnabled()


def test_consent_history_lists_the_ledger(qtbot: QtBot, ctx: Context) -> None:
    pid = _person(ctx)
    people.update(ctx, pid, {"consent": {"email": {"status": "withdrawn", "date": "2026-03-02",
                                                   "source": "Phone call"}}})
    dialog = ConsentHistoryDialog(ctx, pid)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    dialog.show()
    _shot(dialog, "consent_history")
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.index(r, model.PROOF).data() for r in range(2)] == ["Shop form", "Phone call"]
    assert model.index(1, model.STATUS).data() == "Withdrawn" and model.index(0, model.METHOD).data() == "Person form"


def test_person_card_has_the_personal_data_menu(qtbot: QtBot, ctx: Context) -> None:
    pid = _person(ctx)
    view = PersonDetailView(ctx, pid)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    button = view.personal_data
    assert button.isVisible() and button.export_action.isEnabled() and button.erase_action.isEnabled()
    dialog = button.show_erase()
    assert isinstance(dialog, EraseDialog)
    dialog.confirm.setText("Solange Verhaegen")
    dialog.reason.setText("asked")
    with qtbot.waitSignal(button.erased):
        dialog.erase_button.click()
    qtbot.waitUntil(lambda: view.title_label.text() == gdpr.ERASED_NAME)
    button.refresh()
    assert not button.erase_action.isEnabled()
    _shot(view, "person_erased")


def test_retention_view_erases_or_keeps(qtbot: QtBot, ctx: Context) -> None:
    quiet = people.create(ctx, {"first_name": "Quentin", "last_name": "Quiet"})
    other = people.create(ctx, {"first_name": "Olga", "last_name": "Old", "email": "olga@example.be"})
    ctx.clock.advance(days=4 * 365)
    view = RetentionView(ctx)
    qtbot.addWidget(view)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    view.resize(900, 400)
    view.show()
    _shot(view, "retention")
    assert {r["id"] for r in view.model.rows} == {quiet, other}
    assert not view.keep_button.isEnabled()
    view.table.selectRow([r["id"] for r in view.model.rows].index(quiet))
    assert view.keep_selected()
    qtbot.waitUntil(lambda: [r["id"] for r in view.model.rows] == [other])
    view.table.selectRow(0)
    dialog = view.erase_selected()
    dialog.confirm.setText("Olga Old")
    dialog.reason.setText("retention review")
    with qtbot.waitSignal(dialog.erased):
        dialog.erase_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.pages.currentIndex() == 1
    assert people.get(ctx, other)["email"] is None
    view.years.setValue(5)  # a longer period: nobody yet (known for four years only)
    assert view.model.rowCount() == 0
