"""Sync from the window: two databases exchange changes through a shared folder.

Each test has two replicas (two files, two Contexts, two main windows) and a
temporary folder as the hub; every sync runs through the window's worker thread,
and the tests wait on its ``finished`` signal.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import people, trash
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.info import collect
from crm_desktop.core.settings import LocalSettings, load_local, save_local
from crm_desktop.core.users import ensure_admin
from crm_desktop.db.connection import open_database
from crm_desktop.sync import conflicts
from crm_desktop.sync.hub import SyncCancelled, SyncReport
from crm_desktop.sync.site import current, new_site
from crm_desktop.ui.conflicts_view import ConflictsView
from crm_desktop.ui.main_window import DetailFactory, MainWindow
from crm_desktop.ui.settings_dialog import SettingsDialog
from crm_desktop.ui.sync_ui import default_job, wall_ms
from crm_desktop.ui.trash_view import TrashView
from crm_desktop.ui.workers import Progress

SYNC_TIMEOUT_MS = 30_000
DAY_MS = 24 * 60 * 60 * 1000


@pytest.fixture
def hub(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    save_local(LocalSettings(hub_folder=str(folder)))
    return folder


@pytest.fixture
def other_path(tmp_path: Path, template_db: Path) -> Path:
    target = tmp_path / "laptop.db"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def other(other_path: Path, clock: FixedClock) -> Iterator[Context]:
    """The second replica: a copy of the same template, given its own site id."""
    db = open_database(other_path)
    new_site(db)
    yield Context(db=db, user=ensure_admin(db, clock), clock=clock)
    db.close()


WindowMaker = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, detail_factory: DetailFactory | None) -> WindowMaker:
    def make(ctx: Context, path: Path, **kwargs: object) -> MainWindow:
        window = MainWindow(ctx, path, detail_factory=detail_factory, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def office(make_window: WindowMaker, ctx: Context, db_path: Path, hub: Path) -> MainWindow:
    return make_window(ctx, db_path)


@pytest.fixture
def laptop(make_window: WindowMaker, other: Context, other_path: Path, hub: Path) -> MainWindow:
    return make_window(other, other_path)


def sync(qtbot: QtBot, window: MainWindow) -> None:
    """Sync one window through its worker and wait until it is over."""
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT_MS):
        assert window.sync_now()
    assert not window.sync.running()


def list_ids(window: MainWindow, area: str = "people") -> set[str]:
    model = window.view(area).model  # type: ignore[attr-defined]
    return {model.id_at(row) for row in range(model.rowCount())}


def make_conflict(qtbot: QtBot, office: MainWindow, laptop: MainWindow) -> str:
    """Marie's city changed on both machines before they synced: a conflict on both."""
    marie = people.create(office.ctx, {"first_name": "Marie", "last_name": "Dupont", "city": "Namur"})
    sync(qtbot, office)
    sync(qtbot, laptop)
    people.update(office.ctx, marie, {"city": "Wavre"})
    people.update(laptop.ctx, marie, {"city": "Liège"})
    sync(qtbot, office)
    sync(qtbot, laptop)  # receives Wavre: conflict here
    sync(qtbot, office)  # receives Liège: conflict here too
    return marie


def test_a_person_created_on_one_computer_appears_on_the_other(
        qtbot: QtBot, office: MainWindow, laptop: MainWindow) -> None:
    marie = people.create(office.ctx, {"first_name": "Marie", "last_name": "Dupont"})
    assert marie not in list_ids(laptop)
    sync(qtbot, office)
    assert office.sync_status.last_label.text() == "Synced just now"
    assert office.statusBar().currentMessage().startswith("Sync finished — sent: 2, received: 0")  # admin, Marie
    sync(qtbot, laptop)
    assert "received: 2," in laptop.statusBar().currentMessage()
    qtbot.waitUntil(lambda: marie in list_ids(laptop))
    qtbot.waitUntil(lambda: laptop.counts_label.text().startswith("People: 1"))
    assert laptop.sync_action.isEnabled()


def test_the_window_stays_usable_and_shows_progress_while_syncing(
        qtbot: QtBot, office: MainWindow) -> None:
    people.create(office.ctx, {"last_name": "Dupont"})
    with qtbot.waitSignal(office.sync.finished, timeout=SYNC_TIMEOUT_MS):
        assert office.sync_now()
        assert office.sync.running()
        assert not office.sync_action.isEnabled()
        assert office.sync_status.progress.isVisible()
        assert office.sync_status.cancel_button.isVisible()
        assert not office.sync_now()  # never two at once
        assert not office.auto_sync()
        assert office.show_area("companies")  # the window is not blocked by a dialog
    assert not office.sync_status.progress.isVisible()
    assert office.sync_action.isEnabled()


def gated_job(gate: threading.Event, then: Callable[[Progress], object]) -> Callable[[Path, Path], Callable]:
    """A sync job that reports progress, waits for ``gate``, then does ``then``."""

    def factory(_database: Path, _folder: Path) -> Callable[[Progress], object]:
        def job(progress: Progress) -> object:
            progress(1, 4)
            gate.wait(SYNC_TIMEOUT_MS / 1000)
            return then(progress)

        return job

    return factory


def test_cancel_stops_the_sync_at_the_next_step(
        qtbot: QtBot, make_window: WindowMaker, ctx: Context, db_path: Path, hub: Path) -> None:
    gate = threading.Event()

    def rest(progress: Progress) -> object:
        if not progress(2, 4):
            raise SyncCancelled("Sync cancelled.")
        return SyncReport()

    window = make_window(ctx, db_path, sync_job_factory=gated_job(gate, rest))
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT_MS):
        assert window.sync_now()
        qtbot.waitUntil(lambda: window.sync_status.progress.maximum() == 4)
        assert window.sync_status.progress.value() == 1
        qtbot.mouseClick(window.sync_status.cancel_button, Qt.MouseButton.LeftButton)
        assert window.sync_status.progress_label.text() == "Cancelling…"
        gate.set()
    assert window.statusBar().currentMessage() == "Sync cancelled. What was already received is kept."
    assert window.sync_action.isEnabled()
    assert not window.sync_status.progress.isVisible()
    assert window.sync_message is None  # no dialog for a cancel


def test_a_sync_that_ended_before_cancel_was_seen_counts_as_done(
        qtbot: QtBot, make_window: WindowMaker, ctx: Context, db_path: Path, hub: Path) -> None:
    gate = threading.Event()
    window = make_window(ctx, db_path, sync_job_factory=gated_job(gate, lambda _progress: SyncReport(sent=3)))
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT_MS):
        assert window.sync_now()
        window.cancel_sync()
        gate.set()
    assert window.statusBar().currentMessage().startswith("Sync finished — sent: 3")


def test_a_failed_sync_is_said_in_one_sentence(
        qtbot: QtBot, make_window: WindowMaker, ctx: Context, db_path: Path, hub: Path) -> None:
    gate = threading.Event()
    gate.set()

    def broken(_progress: Progress) -> object:
        raise CrmError("Sync failed: {reason}", reason="disk full")

    window = make_window(ctx, db_path, sync_job_factory=gated_job(gate, broken))
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT_MS):
        assert window.sync_now()
    box = window.sync_message
    assert box is not None and box.text() == "Sync failed: disk full"
    box.close()


def test_an_open_detail_view_shows_what_a_sync_brought(
        qtbot: QtBot, office: MainWindow, laptop: MainWindow) -> None:
    marie = people.create(office.ctx, {"first_name": "Marie", "last_name": "Dupont", "city": "Namur"})
    sync(qtbot, office)
    sync(qtbot, laptop)
    assert office.open_record("person", marie)
    people.update(laptop.ctx, marie, {"city": "Wavre"})
    sync(qtbot, laptop)
    sync(qtbot, office)
    detail = office.detail
    assert detail is not None
    if hasattr(detail, "form"):  # the real detail view (not the stand-in of early tests)
        qtbot.waitUntil(lambda: detail.form.values().get("city") == "Wavre")
        # a person deleted elsewhere: the open view says so
        people.delete(laptop.ctx, marie)
        sync(qtbot, laptop)
        sync(qtbot, office)
        qtbot.waitUntil(lambda: detail.banner.isVisible())
        assert not detail.save_button.isEnabled()


def test_a_conflict_is_shown_with_both_values_and_keeping_one_resolves_it_everywhere(
        qtbot: QtBot, office: MainWindow, laptop: MainWindow) -> None:
    marie = make_conflict(qtbot, office, laptop)
    assert len(conflicts.list_all(office.ctx.db)) == 1
    # the status bar counts it and leads to it
    qtbot.waitUntil(lambda: office.sync_status.conflicts_button.isVisible())
    assert office.sync_status.conflicts_button.text() == "Conflicts: 1"
    qtbot.mouseClick(office.sync_status.conflicts_button, Qt.MouseButton.LeftButton)
    assert office.current_area() == "conflicts"
    view = office.view("conflicts")
    assert isinstance(view, ConflictsView)
    nav_texts = [office.nav.item(row).text() for row in range(office.nav.count())]
    assert "Conflicts (1)" in nav_texts
    tester = QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "Marie Dupont"
    assert view.model.index(0, 1).data() == "City"
    panel = view.panel
    assert panel.title.text() == "Marie Dupont — City"
    shown = {card.text_label.text(): card for card in panel.cards}
    assert set(shown) == {"Wavre", "Liège"}
    codes = {current(office.ctx.db)[1], current(laptop.ctx.db)[1]}
    origins = " ".join(card.origin_label.text() for card in panel.cards)
    assert all(code in origins for code in codes)
    assert office.ctx.user.name in origins and "this computer" in origins
    assert sum(card.shown_label.isVisibleTo(card) for card in panel.cards) == 1

    qtbot.mouseClick(shown["Liège"].keep_button, Qt.MouseButton.LeftButton)
    assert conflicts.list_all(office.ctx.db) == []
    assert people.get(office.ctx, marie)["city"] == "Liège"
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.empty)
    qtbot.waitUntil(lambda: not office.sync_status.conflicts_button.isVisible())
    del tester

    sync(qtbot, office)
    assert conflicts.list_all(laptop.ctx.db) != []
    sync(qtbot, laptop)
    assert conflicts.list_all(laptop.ctx.db) == []
    assert people.get(laptop.ctx, marie)["city"] == "Liège"
    qtbot.waitUntil(lambda: not laptop.sync_status.conflicts_button.isVisible())


def test_a_new_value_typed_for_a_conflict_is_validated_and_resolves_it(
        qtbot: QtBot, office: MainWindow, laptop: MainWindow) -> None:
    marie = make_conflict(qtbot, laptop, office)  # the laptop is the one resolving
    office.show_area("people")
    laptop.show_area("conflicts")
    view = laptop.view("conflicts")
    assert isinstance(view, ConflictsView)
    panel = view.panel
    assert panel.new_box.isVisible()
    panel.new_value.setText("x" * 150)  # longer than a city may be
    assert not panel.use_new_value()
    assert panel.error.isVisible()
    assert len(conflicts.list_all(laptop.ctx.db)) == 1
    panel.new_value.setText("Gembloux")
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    assert conflicts.list_all(laptop.ctx.db) == []
    assert people.get(laptop.ctx, marie)["city"] == "Gembloux"
    sync(qtbot, laptop)
    sync(qtbot, office)
    assert conflicts.list_all(office.ctx.db) == []
    assert people.get(office.ctx, marie)["city"] == "Gembloux"


def test_double_click_on_a_conflict_opens_the_record(
        qtbot: QtBot, office: MainWindow, laptop: MainWindow) -> None:
    marie = make_conflict(qtbot, office, laptop)
    office.show_area("conflicts")
    view = office.view("conflicts")
    assert isinstance(view, ConflictsView)
    with qtbot.waitSignal(office.record_opened) as opened:
        view.table.doubleClicked.emit(view.model.index(0, 0))
    assert opened.args == ["person", marie]


def test_conflicts_view_empty_state_and_model(qtbot: QtBot, qtmodeltester, office: MainWindow) -> None:  # noqa: ANN001
    office.show_area("conflicts")
    view = office.view("conflicts")
    assert isinstance(view, ConflictsView)
    assert view.pages.currentWidget() is view.empty
    assert "No conflicts" in view.empty.text()
    qtmodeltester.check(view.model)
    assert "Conflicts" in [office.nav.item(row).text() for row in range(office.nav.count())]


def test_restore_from_the_trash_after_a_sync(
        qtbot: QtBot, office: MainWindow, laptop: MainWindow) -> None:
    marie = people.create(office.ctx, {"first_name": "Marie", "last_name": "Dupont"})
    sync(qtbot, office)
    sync(qtbot, laptop)
    people.delete(laptop.ctx, marie)
    sync(qtbot, laptop)
    sync(qtbot, office)
    qtbot.waitUntil(lambda: marie not in list_ids(office))
    office.show_area("trash")
    view = office.view("trash")
    assert isinstance(view, TrashView)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    view.table.selectRow(0)
    view.restore_selected()
    assert not view.message.isVisible()
    assert people.get(office.ctx, marie)["deleted_at"] is None
    assert trash.items(office.ctx) == []
    sync(qtbot, office)
    sync(qtbot, laptop)
    assert people.get(laptop.ctx, marie)["deleted_at"] is None
    qtbot.waitUntil(lambda: marie in list_ids(laptop))


def test_no_folder_opens_the_settings_on_the_sync_section(
        qtbot: QtBot, make_window: WindowMaker, ctx: Context, db_path: Path) -> None:
    window = make_window(ctx, db_path)
    assert load_local().hub_folder == ""
    qtbot.waitUntil(lambda: window.sync_status.last_label.text() == '<a href="setup">Set up sync…</a>')
    assert not window.sync_now()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.hub_folder.hasFocus() or dialog.focusWidget() is dialog.hub_folder
    dialog.reject()


def test_an_unreachable_folder_is_said_clearly(
        qtbot: QtBot, make_window: WindowMaker, ctx: Context, db_path: Path, tmp_path: Path) -> None:
    missing = tmp_path / "usb-stick-not-plugged-in"
    save_local(LocalSettings(hub_folder=str(missing)))
    window = make_window(ctx, db_path)
    assert not window.sync_now()
    box = window.sync_message
    assert box is not None and box.isVisible()
    assert str(missing) in box.text() and "cannot be reached" in box.text()
    assert not window.sync.running()
    box.close()
    # the timer does not show a box: a line in the status bar
    assert not window.auto_sync()
    assert "cannot be reached" in window.statusBar().currentMessage()


def test_settings_save_the_folder_and_the_automatic_sync(
        qtbot: QtBot, office: MainWindow, hub: Path, tmp_path: Path) -> None:
    save_local(LocalSettings())
    assert not office.auto_sync_timer.isActive()
    dialog = office.open_settings("sync")
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.auto_sync.text() == "Off"
    dialog.hub_folder.setText(str(tmp_path / "nowhere"))
    assert "cannot be reached" in dialog.folder_state.text()
    dialog.hub_folder.setText(str(hub))
    assert dialog.folder_state.text() == "The folder can be reached."
    dialog.auto_sync.setValue(15)
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    local = load_local()
    assert (local.hub_folder, local.auto_sync_minutes) == (str(hub), 15)
    assert office.auto_sync_timer.isActive()
    assert office.auto_sync_timer.interval() == 15 * 60_000
    dialog.close()
    # a file is not a folder
    again = office.open_settings("sync")
    assert isinstance(again, SettingsDialog)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    again.hub_folder.setText(str(a_file))
    assert not again.save()
    assert again.error_text_for("hub_folder")
    again.hub_folder.setText("")
    again.auto_sync.setValue(0)
    assert again.save()
    assert not office.auto_sync_timer.isActive()
    again.close()


def test_the_timer_syncs_when_the_folder_is_reachable(qtbot: QtBot, office: MainWindow, hub: Path) -> None:
    people.create(office.ctx, {"last_name": "Dupont"})
    with qtbot.waitSignal(office.sync.finished, timeout=SYNC_TIMEOUT_MS):
        office.auto_sync_timer.timeout.emit()
    assert any((hub / "sites").iterdir())
    assert office.sync_message is None  # quiet


def test_status_bar_counts_changes_waiting_to_go_out(qtbot: QtBot, office: MainWindow) -> None:
    pending = office.sync_status.pending_label
    before = collect(office.ctx.db).pending_out
    people.create(office.ctx, {"first_name": "Marie", "last_name": "Dupont"})
    waiting = collect(office.ctx.db).pending_out
    assert waiting > before
    qtbot.waitUntil(lambda: pending.text() == f"To send: {waiting}")
    assert pending.isVisible()
    assert office.sync_status.last_label.text() == "Never synced"
    sync(qtbot, office)
    assert not pending.isVisible()
    assert collect(office.ctx.db).pending_out == 0


def test_a_clock_far_ahead_and_damaged_files_are_shown(
        qtbot: QtBot, make_window: WindowMaker, ctx: Context, db_path: Path, laptop: MainWindow,
        hub: Path) -> None:
    # The office's wall clock is three days behind the laptop's: the laptop looks far ahead.
    office = make_window(ctx, db_path, sync_job_factory=default_job(lambda: wall_ms() - 3 * DAY_MS))
    people.create(laptop.ctx, {"last_name": "Dupont"})
    sync(qtbot, laptop)
    people.create(laptop.ctx, {"last_name": "Martin"})
    sync(qtbot, laptop)
    laptop_site, laptop_code, _seq = current(laptop.ctx.db)
    newest = sorted((hub / "sites" / laptop_site).glob("*.crmb"))[-1]
    newest.write_bytes(newest.read_bytes()[:20])  # truncated by a pulled USB stick
    sync(qtbot, office)
    banner = office.sync_banner
    assert banner.isVisible()
    text = banner.text()
    assert f"computer {laptop_code}" in text and "ahead" in text
    assert newest.name in text
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_screenshots_show_the_conflicts(
        qtbot: QtBot, office: MainWindow, laptop: MainWindow, db_path: Path, tmp_path: Path) -> None:
    from crm_desktop.ui.screenshots import render_all

    make_conflict(qtbot, office, laptop)
    written = render_all(db_path, tmp_path / "pictures")
    names = [path.name for path in written]
    assert any(name.endswith("-conflicts.png") for name in names)


def test_an_unexpected_error_in_a_sync_is_logged_not_shown_as_a_traceback(
        qtbot: QtBot, make_window: WindowMaker, ctx: Context, db_path: Path, hub: Path) -> None:
    gate = threading.Event()
    gate.set()

    def bug(_progress: Progress) -> object:
        raise RuntimeError("a bug")

    window = make_window(ctx, db_path, sync_job_factory=gated_job(gate, bug))
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT_MS):
        assert window.sync_now()
    assert window.statusBar().currentMessage().startswith("The sync stopped because of an unexpected error")
    assert window.sync_message is None
    assert window.sync_action.isEnabled()
