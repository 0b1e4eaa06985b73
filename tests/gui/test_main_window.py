"""The main window (menus, shortcuts, navigation, detail views), app.main and errors."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop import app
from crm_desktop.core import companies, people
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound
from crm_desktop.core.settings import default_database_path, load_local
from crm_desktop.ui import errors
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.workers import Progress, Task

from .conftest import Sample


def shortcut(window: MainWindow, name: str) -> str:
    return next(a for a in window.actions() if a.objectName() == name).shortcut().toString()


def test_menus_and_shortcuts(main_window: MainWindow) -> None:
    titles = [menu.title() for menu in main_window.menuBar().findChildren(type(main_window.menus["file"]))]
    assert {"&File", "&View", "&Go", "&Help"} <= set(titles)
    assert shortcut(main_window, "newPerson") == "Ctrl+N"
    assert shortcut(main_window, "newCompany") == "Ctrl+Shift+N"
    assert shortcut(main_window, "quit") == "Ctrl+Q"
    assert shortcut(main_window, "show_people") == "Ctrl+1"
    assert shortcut(main_window, "show_companies") == "Ctrl+2"
    assert shortcut(main_window, "search") == "Ctrl+K"
    assert main_window.back_action.shortcuts()[0] == QKeySequence(Qt.Key.Key_Escape)
    file_texts = [a.text() for a in main_window.menus["file"].actions() if not a.isSeparator()]
    assert file_texts == ["New &person", "New &company", "New &ticket", "New &intervention",
                          "&Export interventions to a calendar…", "S&ync now", "&Settings…", "&Restore a backup…",
                          "&Quit"]
    assert [a.text() for a in main_window.menus["view"].actions()] == [
        "Contacts", "Companies", "Support", "Today", "Interventions", "Planning", "My day", "Stock", "Technicians",
        "Leads", "Pipeline", "Campaigns", "Segments", "Dashboard", "Products", "Knowledge base", "Trash", "Conflicts",
        "Duplicates", "Data retention", "Audit trail"]
    assert shortcut(main_window, "syncNow") == "F5"
    assert shortcut(main_window, "show_tickets") == "Ctrl+3"
    assert shortcut(main_window, "show_today") == "Ctrl+4"
    assert shortcut(main_window, "show_planning") == "Ctrl+6"
    assert shortcut(main_window, "show_my_day") == "Ctrl+7"
    assert shortcut(main_window, "newTicket") == "Ctrl+Shift+T"
    assert [a.text() for a in main_window.menus["reports"].actions()] == ["&Management reports…", "Support &costs…",
                                                                                  "Technician &day sheet…"]


def test_navigation_by_shortcut_and_sidebar(qtbot: QtBot, main_window: MainWindow, sample: Sample) -> None:
    assert main_window.current_area() == "people"
    assert set(main_window.views) == {"people"}  # the other areas are built when first shown
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_area() == "companies"
    assert main_window.stack.currentWidget() is main_window.views["companies"]
    main_window.nav.setCurrentRow(16)
    assert main_window.current_area() == "trash"
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_area() == "people"
    assert main_window.nav.currentRow() == 0


def test_status_bar(qtbot: QtBot, main_window: MainWindow, ctx: Context, db_path: Path, sample: Sample) -> None:
    qtbot.waitUntil(lambda: main_window.counts_label.text() == "People: 5 · Companies: 3")
    assert main_window.database_label.text() == db_path.name
    assert ctx.user.name in main_window.user_label.text()
    companies.create(ctx, {"name": "Imprimerie Nouvelle"})
    qtbot.waitUntil(lambda: main_window.counts_label.text() == "People: 5 · Companies: 4")


def test_open_record_from_list_then_back(qtbot: QtBot, main_window: MainWindow, sample: Sample) -> None:
    people_view = main_window.view("people")
    with qtbot.waitSignal(main_window.record_opened) as opened:
        people_view.open_record.emit("person", sample.people["Martin"])
    assert opened.args == ["person", sample.people["Martin"]]
    first = main_window.detail
    assert main_window.stack.currentWidget() is first
    assert main_window.back_action.isEnabled()
    # one detail at a time: opening another replaces it
    main_window.open_record("company", sample.companies["Garage Lambert"])
    assert main_window.detail is not first
    assert main_window.stack.count() == 2  # the people list and one detail
    main_window.activateWindow()
    main_window.detail.setFocus()
    qtbot.keyClick(main_window.detail, Qt.Key.Key_Escape)
    assert main_window.detail is None
    assert main_window.current_area() == "people"
    assert not main_window.back_action.isEnabled()


def test_detail_signals_are_followed(qtbot: QtBot, main_window: MainWindow, sample: Sample) -> None:
    main_window.open_record("person", sample.people["Dupont"])
    detail = main_window.detail
    with qtbot.waitSignal(main_window.record_opened) as opened:
        detail.open_record.emit("company", sample.companies["Boulangerie Dupuis"])
    assert opened.args == ["company", sample.companies["Boulangerie Dupuis"]]
    main_window.detail.close_requested.emit()
    assert main_window.detail is None and main_window.current_area() == "people"
    # a history entry opens the person it concerns
    main_window.open_record("history", sample.history["quote"])
    assert opened.args[0] == "company"  # unchanged until the next signal
    assert main_window._detail_key == ("person", sample.people["Dupont"])


def test_new_person_and_company_shortcuts(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    with qtbot.waitSignal(main_window.record_opened) as opened:
        qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened.args == ["person", ""]
    main_window.go_back()
    with qtbot.waitSignal(main_window.record_opened) as opened:
        main_window.new_company_action.trigger()
    assert opened.args == ["company", ""]


def test_unknown_record_shows_a_message(main_window: MainWindow, ctx: Context) -> None:
    def refuse(*_args: object) -> None:
        raise NotFound("This record no longer exists.")

    main_window._detail_factory = refuse  # type: ignore[assignment]
    assert not main_window.open_record("person", "missing")
    assert main_window.statusBar().currentMessage() == "This record no longer exists."
    assert main_window.current_area() == "people"


def test_settings_and_about_open_without_blocking(qtbot: QtBot, main_window: MainWindow) -> None:
    dialog = main_window.open_settings()
    assert dialog.isVisible()
    dialog.close()
    box = main_window.show_about()
    assert box.isVisible() and "CRM Desktop" in box.text()
    box.close()


def test_error_reporter_logs_traceback_and_shows_a_short_message(qtbot: QtBot, tmp_path: Path) -> None:
    reporter = errors.install(tmp_path / "data")
    try:
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(reporter.open_boxes()))
        box = reporter.open_boxes()[0]
        assert "Traceback" not in box.text() and "boom" not in box.text()
        assert "crm-desktop.log" in box.text()
        log = (tmp_path / "data" / "crm-desktop.log").read_text()
        assert "Traceback" in log and "ValueError: boom in a slot" in log
        box.close()
        reporter.report(NotFound, NotFound("This record no longer exists."), None)
        qtbot.waitUntil(lambda: reporter.last_message == "This record no longer exists.")
        for other in reporter.open_boxes():
            other.close()
    finally:
        errors.uninstall()


def test_error_boundary_reports_instead_of_raising(qtbot: QtBot, tmp_path: Path) -> None:
    reporter = errors.install(tmp_path / "data")
    try:
        @errors.error_boundary
        def broken() -> int:
            return 1 // 0

        assert broken() is None
        qtbot.waitUntil(lambda: bool(reporter.open_boxes()))
        for box in reporter.open_boxes():
            box.close()
    finally:
        errors.uninstall()


def close_windows_soon(seen: list[str] | None = None) -> None:
    """Close the main window app.main shows (noting its status bar counts in ``seen``)."""

    def close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(10, close)
            return
        for window in windows:
            if seen is not None:
                seen.append(window.counts_label.text())
            window.close()

    QTimer.singleShot(0, close)


def test_app_main_opens_the_window_and_backs_up(ctx: Context, db_path: Path, tmp_path: Path,
                                               qapp: QApplication) -> None:
    people.create(ctx, {"first_name": "Marie", "last_name": "Dupont"})
    close_windows_soon()
    assert app.main(["--db", str(db_path), "--lang", "en"]) == 0
    backups = list((tmp_path / "data" / "backups" / db_path.stem).glob("crm-*.db"))
    pytest.importorskip("crm_desktop.core.backup")
    assert len(backups) == 1
    close_windows_soon()
    assert app.main(["--db", str(db_path), "--lang", "en"]) == 0
    assert len(list(backups[0].parent.glob("crm-*.db"))) == 1  # at most one a day


def test_app_main_refuses_a_foreign_file(tmp_path: Path, ctx: Context, monkeypatch: pytest.MonkeyPatch,
                                         qapp: QApplication) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "show_fatal", lambda title, text: shown.append((title, text)))
    bogus = tmp_path / "letter.db"
    bogus.write_text("Dear customer, ...")
    assert app.main(["--db", str(bogus)]) == app.EXIT_DATABASE_ERROR
    assert shown and "not a CRM Desktop database" in shown[0][1]
    assert "Traceback" not in shown[0][1]


def test_first_run_creates_the_database_and_asks(ctx: Context, monkeypatch: pytest.MonkeyPatch,
                                                qapp: QApplication) -> None:
    asked: list[str] = []

    def answer(name: str) -> str:
        asked.append(name)
        return "empty"

    monkeypatch.setattr(app, "ask_first_run", answer)
    assert not default_database_path().exists()
    close_windows_soon()
    assert app.main(["--lang", "en"]) == 0
    assert asked == ["crm.db"]
    assert default_database_path().exists()
    assert load_local().first_run_done
    close_windows_soon()
    assert app.main(["--lang", "en"]) == 0
    assert asked == ["crm.db"]  # not asked again


def test_message_boxes_are_not_left_open(qapp: QApplication) -> None:
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_demo_flag_opens_a_throwaway_database_with_sample_data(ctx: Context, qapp: QApplication) -> None:
    seen: list[str] = []
    close_windows_soon(seen)
    assert app.main(["--demo", "--lang", "en"]) == 0
    assert seen == ["People: 200 · Companies: 40"]
    assert not default_database_path().exists()  # the user's database was not touched


def test_first_run_with_sample_data(ctx: Context, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    monkeypatch.setattr(app, "ask_first_run", lambda name: "sample")
    seen: list[str] = []
    close_windows_soon(seen)
    assert app.main(["--lang", "en"]) == 0
    assert seen == ["People: 200 · Companies: 40"]


def counting_job(total: int, fail_at: int | None = None) -> Callable[[Progress], int]:
    def job(progress: Progress) -> int:
        for done in range(total + 1):
            if done == fail_at:
                raise OSError("disk full")
            if not progress(done, total):
                raise InterruptedError("stopped")
        return total

    return job


def test_task_delivers_result_progress_and_errors(qtbot: QtBot) -> None:
    steps: list[int] = []
    task = Task(counting_job(50), "Work", "Working…", show_dialog=False)
    task.progressed.connect(lambda done, total: steps.append(done))
    with qtbot.waitSignal(task.succeeded) as succeeded:
        task.start()
    assert succeeded.args == [50]
    qtbot.waitUntil(lambda: bool(steps) and steps[-1] == 50)  # throttled, but the end always arrives
    failing = Task(counting_job(50, fail_at=10), "Work", "Working…", show_dialog=False)
    with qtbot.waitSignal(failing.failed) as failed:
        failing.start()
    assert isinstance(failed.args[0], OSError)


def test_task_cancel_from_the_progress_dialog(qtbot: QtBot) -> None:
    task = Task(counting_job(10_000_000), "Work", "Working…", min_duration_ms=0)
    assert task.dialog is not None
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    task.progressed.connect(lambda done, total: cancel_button.click() if not task.is_cancelled() else None)
    with qtbot.waitSignals([task.cancelled, task.finished], order="strict"):
        task.start()
    assert task.is_done() and task.error is None and task.dialog is None


def test_areas_follow_the_role(qtbot: QtBot, ctx: Context, db_path: Path) -> None:
    """A technician is not offered the dashboard, the trash or campaigns; staff see no dashboard (margins)."""
    from crm_desktop.core.context import Context as Ctx
    from crm_desktop.core.permissions import Role
    from crm_desktop.core.users import add_user

    seen: dict[str, list[str]] = {}
    for role in (Role.TECHNICIAN, Role.STAFF, Role.MANAGER):
        user = add_user(ctx.db, ctx.clock, f"A {role}", role)
        window = MainWindow(Ctx(db=ctx.db, user=user, clock=ctx.clock, changes=ctx.changes), db_path)
        qtbot.addWidget(window)
        seen[role] = [entry.key for entry in window.entries]
        actions = {a.objectName(): a.isEnabled() and a.isVisible()
                   for a in window.findChildren(QAction) if a.objectName()}
        if role == Role.TECHNICIAN:
            assert not actions["exportCalendar"] and not actions["managementReports"]
        window.close()
    assert not {"dashboard", "trash", "segments", "campaigns"} & set(seen[Role.TECHNICIAN])
    # Areas listing every customer's jobs or prospects: a technician works from My day and the scoped lists.
    assert not {"planning", "leads", "pipeline", "conflicts", "duplicates"} & set(seen[Role.TECHNICIAN])
    assert {"my_day", "interventions", "people", "stock"} <= set(seen[Role.TECHNICIAN])
    assert {"planning", "leads", "pipeline"} <= set(seen[Role.STAFF])
    assert "dashboard" not in seen[Role.STAFF] and "campaigns" in seen[Role.STAFF]
    assert {"dashboard", "trash", "campaigns"} <= set(seen[Role.MANAGER])


def test_a_technician_opens_only_the_customers_of_their_jobs(qtbot: QtBot, ctx: Context, db_path: Path,
                                                             world) -> None:  # noqa: ANN001 - the field world
    from datetime import UTC, datetime

    from crm_desktop.core import interventions, users
    from crm_desktop.core.context import Context as Ctx

    job = interventions.create(ctx, {"company_id": world.company, "subject": "Oven does not heat"})
    interventions.plan(ctx, job, datetime(2026, 3, 3, 9, tzinfo=UTC), 60, [world.anna])
    other = companies.create(ctx, {"name": "Garage elsewhere"})
    anna = users.get_user(ctx.db, world.anna)
    window = MainWindow(Ctx(db=ctx.db, user=anna, clock=ctx.clock, changes=ctx.changes), db_path)
    qtbot.addWidget(window)
    assert window.open_record("intervention", job)
    assert window.open_record("company", world.company)
    assert not window.open_record("company", other)
    assert "may only open their own interventions" in window.statusBar().currentMessage()
    window.update_status()  # the counts are of the customers Anna may open: her job's company and its person
    assert window.counts_label.text() == "People: 1 · Companies: 1"
    window.close()


def test_a_technician_sees_their_own_day_and_jobs_only(qtbot: QtBot, ctx: Context,
                                                       world) -> None:  # noqa: ANN001 - the field world
    from datetime import UTC, datetime

    from crm_desktop.core import interventions, users
    from crm_desktop.core.context import Context as Ctx
    from crm_desktop.ui.field_panels import CustomerInterventionsPanel
    from crm_desktop.ui.my_day_view import MyDayView

    jobs = {}
    for tech in (world.anna, world.bert):
        jobs[tech] = interventions.create(ctx, {"company_id": world.company, "subject": "Oven"})
        interventions.plan(ctx, jobs[tech], datetime(2026, 3, 3, 9, tzinfo=UTC), 60, [tech])
    anna = Ctx(db=ctx.db, user=users.get_user(ctx.db, world.anna), clock=ctx.clock, changes=ctx.changes)
    day = MyDayView(anna)
    qtbot.addWidget(day)
    assert day.technician_box.count() == 1 and day.technician_id() == world.anna
    assert not day.technician_box.isEnabled()
    office = MyDayView(ctx)
    qtbot.addWidget(office)
    assert office.technician_box.count() == 2 and office.technician_box.isEnabled()
    for who, expected in ((anna, {jobs[world.anna]}), (ctx, set(jobs.values()))):
        panel = CustomerInterventionsPanel(who)
        qtbot.addWidget(panel)
        panel.set_owner(company_id=world.company)
        assert {panel.model.id_at(row) for row in range(panel.model.rowCount())} == expected
