"""Forms whose save fails on a storage fault: they stay open with what was typed, say why in one
sentence, and save once the fault is gone.

The full disk is a SQLite page limit (PRAGMA max_page_count): SQLite answers SQLITE_FULL,
exactly what it answers when the disk itself is full.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.core import companies, faults, people
from crm_desktop.core.context import Context
from crm_desktop.ui import errors
from crm_desktop.ui.company_detail import CompanyDetailView
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.task_dialog import TaskDialog
from tests.field_setup import shown

SCREENS = Path("/tmp/fault_forms")


def count(ctx: Context, table: str) -> int:
    return ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def full_disk(ctx: Context) -> Iterator[None]:
    """Fill the database up to a page limit, so that the next record does not fit; lift it after."""
    ctx.db.execute(f"PRAGMA max_page_count = {ctx.db.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(faults.DiskFull):  # noqa: PT012 - fill until SQLite refuses
        for n in range(5000):
            people.create(ctx, {"last_name": f"Filler{n}", "notes": "f" * 120}, allow_duplicate=True)
    yield
    lift(ctx)


def lift(ctx: Context) -> None:
    ctx.db.execute("PRAGMA max_page_count = 1073741823")


def save_fails_then_works(qtbot: QtBot, ctx: Context, view: PersonDetailView | CompanyDetailView,
                          table: str, typed: dict[str, str], shot: str) -> str:
    """Click Save on a full disk, check nothing moved, free the space, click Save again."""
    before = count(ctx, table)
    with qtbot.assertNotEmitted(view.saved):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.record_id is None and view.isVisible()
    assert view.banner.isVisible() and "disk is full" in view.banner.label.text()
    assert "Traceback" not in view.banner.label.text() and "sqlite" not in view.banner.label.text().lower()
    assert {key: view.form.editor(key).text() for key in typed} == typed  # what was typed is still there
    assert view.form.modified and count(ctx, table) == before
    SCREENS.mkdir(exist_ok=True)
    view.grab().save(str(SCREENS / shot))

    lift(ctx)
    with qtbot.waitSignal(view.saved) as blocker:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert not view.banner.isVisible() and count(ctx, table) == before + 1
    return blocker.args[0]


def test_person_form_survives_a_full_disk(qtbot: QtBot, ctx: Context, full_disk: None) -> None:
    view = shown(qtbot, PersonDetailView(ctx, None), (1280, 800))
    typed = {"first_name": "Marie", "last_name": "Dupont", "email": "marie.dupont@example.be"}
    for key, text in typed.items():
        qtbot.keyClicks(view.form.editor(key), text)
    person_id = save_fails_then_works(qtbot, ctx, view, "people", typed, "person_disk_full.png")
    row = people.get(ctx, person_id)
    assert (row["first_name"], row["last_name"], row["email"]) == ("Marie", "Dupont", "marie.dupont@example.be")


def test_company_form_survives_a_full_disk(qtbot: QtBot, ctx: Context, full_disk: None) -> None:
    view = shown(qtbot, CompanyDetailView(ctx, None), (1280, 800))
    typed = {"name": "Boulangerie Dupuis", "city": "Namur"}
    for key, text in typed.items():
        qtbot.keyClicks(view.form.editor(key), text)
    company_id = save_fails_then_works(qtbot, ctx, view, "companies", typed, "company_disk_full.png")
    assert companies.get(ctx, company_id)["name"] == "Boulangerie Dupuis"


def test_editing_a_saved_person_on_a_full_disk_keeps_both_versions_apart(qtbot: QtBot, ctx: Context) -> None:
    person_id = people.create(ctx, {"first_name": "Marie", "last_name": "Dupont"})
    view = shown(qtbot, PersonDetailView(ctx, person_id), (1280, 800))
    ctx.db.execute(f"PRAGMA max_page_count = {ctx.db.execute('PRAGMA page_count').fetchone()[0]}")
    notes = view.form.editor("notes")
    notes.set_value("n" * 19000)  # a long note: more pages than the disk has left
    with qtbot.assertNotEmitted(view.saved):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "disk is full" in view.banner.label.text()
    assert view.form.values()["notes"] == "n" * 19000  # the long note is still in the form
    assert people.get(ctx, person_id)["notes"] is None  # the saved version is untouched
    lift(ctx)
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert people.get(ctx, person_id)["notes"] == "n" * 19000


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def test_task_dialog_says_the_database_is_busy_and_stays_open(qtbot: QtBot, ctx: Context, db_path: Path) -> None:
    dialog = shown(qtbot, TaskDialog(ctx), (600, 400))
    dialog.form.editor("title").set_value("Call back about the oven")
    ctx.db.execute("PRAGMA busy_timeout = 300")  # the application waits 5 s; the same wait, shorter
    with subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            with qtbot.assertNotEmitted(dialog.saved):
                assert not dialog.save()
        finally:
            holder.communicate("", timeout=10)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "database is busy" in dialog.message.text()
    assert dialog.form.editor("title").value() == "Call back about the oven"
    SCREENS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENS / "task_busy.png"))
    with qtbot.waitSignal(dialog.saved):  # the other program is done
        assert dialog.save()
    assert ctx.db.execute("SELECT title FROM tasks").fetchall() == [("Call back about the oven",)]


def test_a_storage_failure_escaping_a_slot_is_a_clear_message(qtbot: QtBot, tmp_path: Path) -> None:
    reporter = errors.install(tmp_path / "data")
    try:
        @errors.error_boundary
        def import_on_a_full_disk() -> None:
            raise sqlite3.OperationalError("database or disk is full")

        assert import_on_a_full_disk() is None
        qtbot.waitUntil(lambda: bool(reporter.open_boxes()))
        box = reporter.open_boxes()[0]
        assert "disk is full" in box.text() and "crm-desktop.log" not in box.text()
        assert "Traceback" in (tmp_path / "data" / "crm-desktop.log").read_text()  # kept for support
        for other in reporter.open_boxes():
            other.close()
    finally:
        errors.uninstall()
