"""Start the window: settings, translators, the database, the main window.

Fast start matters (a shop opens the CRM when the phone rings): this module
imports nothing heavy at import time, the window builds only the people list
(one count and one page), and other areas are built when first shown.

This is the only UI-side module that opens a database (``open_session`` and the
demo, sync and backup jobs below); the views receive a Context. A database file encrypted
with a key this computer does not know asks for the business passphrase first (before the
log-in); the jobs' own connections then find the key the same way.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crm_desktop.core.clock import Clock
    from crm_desktop.core.context import Context
    from crm_desktop.core.settings import LocalSettings
    from crm_desktop.ui.workers import Progress

LOGGER = logging.getLogger("crm_desktop.app")
DEMO_SIZES = ("small", "medium", "large")
EXIT_DATABASE_ERROR = 2


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-desktop", description="CRM Desktop")
    parser.add_argument("--db", metavar="PATH", help="open this database file instead of the default one")
    parser.add_argument("--demo", nargs="?", const="small", choices=DEMO_SIZES,
                        help="open a throwaway database filled with demo data")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of the interface")
    return parser.parse_args(list(sys.argv[1:] if argv is None else argv))


def open_session(path: Path, clock: Clock | None = None) -> Context:
    """Open (create, migrate) a database and the acting user's Context.

    Raises core's DatabaseError (a CrmError) for a file that cannot be used.
    """
    from crm_desktop.core import customer_value, maintenance
    from crm_desktop.core.clock import SystemClock
    from crm_desktop.core.context import Context
    from crm_desktop.core.users import ensure_admin
    from crm_desktop.db.connection import open_database
    from crm_desktop.sync.startup import prepare

    the_clock = clock or SystemClock()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    # A copied or restored file gets its own site id; maintenance visits falling due are made.
    prepare(db, path, the_clock, maintenance_days=maintenance.DEFAULT_HORIZON_DAYS)
    if customer_value.full_refresh_pending(db):  # once after an upgrade: not later, on a customer's page
        customer_value.refresh(db)
    return Context(db=db, user=ensure_admin(db, the_clock), clock=the_clock)


def log_in(ctx: Context, parent: Any = None) -> Context | None:
    """When the business requires a log-in, ask it; the session then acts as that user.

    Returns None when the user cancels (the application quits); the Context unchanged (the first
    administrator, as before) when log-in is not required.
    """
    from PySide6.QtWidgets import QDialog

    from crm_desktop.core.login_settings import login_required
    from crm_desktop.ui.login_dialog import LoginDialog

    if not login_required(ctx.db):
        return ctx
    dialog = LoginDialog(ctx.db, ctx.clock, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
        return None
    ctx.user = dialog.user
    return ctx


def demo_job(path: Path, clock: Clock, size: str = "small", seed: int = 1) -> Callable[[Progress], Any]:
    """A worker job filling ``path`` with demo data through ITS OWN connection.

    The GUI's connection must not be used from two threads at once, so the worker
    opens another one to the same file (WAL lets both be open) and closes it.
    """

    def job(progress: Progress) -> Any:
        from crm_desktop.core import demo
        from crm_desktop.core.users import ensure_admin
        from crm_desktop.db.connection import open_database

        db = open_database(path)
        try:
            ensure_admin(db, clock)
            return demo.generate(db, clock, size=size, seed=seed, progress=progress)
        finally:
            db.close()

    return job


def sync_job(path: Path, hub_folder: Path, clock_ms: Callable[[], int] | None = None) -> Callable[[Progress], Any]:
    """A worker job syncing ``path`` with ``hub_folder`` through ITS OWN connection.

    Like the demo job: the GUI keeps its connection; the worker opens another one to
    the same file (WAL), runs the sync (each bundle is applied in its own
    transaction, so Cancel keeps what was applied) and closes it. Returns the
    SyncReport; the GUI then refreshes its views.
    """

    def job(progress: Progress) -> Any:
        from crm_desktop.db.connection import open_database
        from crm_desktop.sync import hub

        db = open_database(path)
        try:
            if clock_ms is None:
                return hub.sync(db, hub_folder, progress)
            return hub.sync(db, hub_folder, progress, clock_ms)
        finally:
            db.close()

    return job


def generate_demo(path: Path, clock: Clock, size: str = "small", parent: Any = None) -> bool:
    """Fill ``path`` with demo data in a worker, with a progress dialog and Cancel.

    Returns True when the data was made; False when cancelled or failed (reported).
    """
    from PySide6.QtCore import QCoreApplication

    from crm_desktop.ui.errors import report_exception
    from crm_desktop.ui.workers import Task, run_and_wait

    task = Task(demo_job(path, clock, size), QCoreApplication.translate("app", "Sample data"),
                QCoreApplication.translate("app", "Creating sample companies, people and history…"), parent)
    run_and_wait(task)
    if task.error is not None:
        report_exception(task.error)
        return False
    return not task.is_cancelled()


def ask_first_run(database_name: str) -> str:
    """Show the first-run dialog; returns first_run.SAMPLE or first_run.EMPTY."""
    from crm_desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(database_name)
    dialog.exec()
    return dialog.choice


def show_fatal(title: str, text: str) -> None:
    """A clear message for an error that stops the start (no traceback)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, text)


def backups_dir_for(path: Path) -> Path:
    """The default database's backups go to the standard folder, other files to a subfolder."""
    from crm_desktop.core.settings import data_dir, default_database_path

    base = data_dir() / "backups"
    try:
        is_default = path.resolve() == default_database_path().resolve()
    except OSError:
        is_default = False
    return base if is_default else base / path.stem


def run_auto_backup(ctx: Context, path: Path, local: LocalSettings) -> Path | None:
    """At most one automatic backup a day, on close; never stops the application from closing.

    A failure is kept in the local settings (with its reason and time) and shown at the next start
    (``show_backup_failure``); a backup that succeeds clears it.
    """
    from crm_desktop.core.backup import auto_backup, note_failure, note_success
    from crm_desktop.core.clock import to_iso
    from crm_desktop.core.settings import save_local

    try:
        made = auto_backup(ctx.db, path, backups_dir_for(path), ctx.clock, keep=14)
    except Exception as exc:
        LOGGER.exception("automatic backup failed")
        note_failure(local, exc, to_iso(ctx.clock.now()))
        made = None
    else:
        if made is not None:
            local.last_backup = ctx.clock.now().astimezone().date().isoformat()
            note_success(local)
    try:
        save_local(local)
    except OSError:
        LOGGER.exception("could not record the backup's outcome")
    return made


def backup_job(path: Path, clock: Clock) -> Callable[[Progress], Any]:
    """A worker job making a backup of ``path`` now (its own connection), beside the automatic ones."""

    def job(_progress: Progress) -> Any:
        from crm_desktop.core.backup import auto_backup
        from crm_desktop.db.connection import open_database

        db = open_database(path)
        try:
            return auto_backup(db, path, backups_dir_for(path), clock, keep=14, force=True)
        finally:
            db.close()

    return job


def show_backup_failure(window: Any, path: Path, clock: Clock, local: LocalSettings) -> Any:
    """The failed automatic backup, once, in the window's status bar (None when there is none to show)."""
    from dataclasses import asdict

    from crm_desktop.core.backup import note_success, pending_failure
    from crm_desktop.core.settings import save_local
    from crm_desktop.ui.backup_notice import BackupNotice

    failure = pending_failure(local)
    if failure is None:
        return None
    notice = BackupNotice(failure, backup_job(path, clock), window)
    window.statusBar().addWidget(notice, 1)
    failure.shown = True
    local.backup_failure = asdict(failure)

    def saved(_made: str) -> None:
        note_success(local)
        local.last_backup = clock.now().astimezone().date().isoformat()
        _save_quietly(local, save_local)

    notice.backed_up.connect(saved)
    _save_quietly(local, save_local)
    return notice


def _save_quietly(local: LocalSettings, save: Callable[[LocalSettings], None]) -> None:
    try:
        save(local)
    except OSError:
        LOGGER.exception("could not save the local settings")


def ask_passphrase(path: Path) -> bool:
    """The database is encrypted with a key unknown here: ask the business passphrase (False: cancelled)."""
    from PySide6.QtWidgets import QDialog

    from crm_desktop.ui.passphrase_dialog import PassphraseDialog

    return PassphraseDialog(path).exec() == QDialog.DialogCode.Accepted


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window; returns the process exit status."""
    args = parse_args(argv)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from crm_desktop.core.clock import SystemClock
    from crm_desktop.core.settings import data_dir, default_database_path, load_local, save_local
    from crm_desktop.ui import errors
    from crm_desktop.ui.bridge import repair_signal_emit
    from crm_desktop.ui.i18n import error_text, install_translators

    repair_signal_emit()  # before the first signal (see its docstring)

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] if sys.argv else "crm"])
    app.setApplicationName("CRM Desktop")
    app.setOrganizationName("CRMDesktop")
    local = load_local()
    language = args.lang or local.effective_language()
    translators = install_translators(app, language)
    errors.install(data_dir())
    clock = SystemClock()
    temp_dir: tempfile.TemporaryDirectory[str] | None = None
    first_run = False
    try:
        if args.demo:
            temp_dir = tempfile.TemporaryDirectory(prefix="crm-demo-")
            path = Path(temp_dir.name) / "demo.db"
            generate_demo(path, clock, args.demo)
        elif args.db:
            path = Path(args.db).expanduser()
        elif local.database:
            path = Path(local.database).expanduser()
        else:
            path = default_database_path()
            first_run = not path.exists()

        from crm_desktop.db.connection import DatabaseError, DatabaseLocked

        while True:
            try:
                ctx = open_session(path, clock)
                break
            except DatabaseLocked:
                if not ask_passphrase(path):  # Cancel quits, nothing changed
                    return 0
            except (DatabaseError, OSError) as exc:
                text = error_text(exc) if isinstance(exc, DatabaseError) else str(exc)
                show_fatal(QCoreApplication.translate("app", "Cannot open the database"), text)
                return EXIT_DATABASE_ERROR

        if first_run:
            from crm_desktop.ui.first_run import SAMPLE

            if ask_first_run(path.name) == SAMPLE:
                generate_demo(path, clock, "small")
            local.first_run_done = True
            try:
                save_local(local)
            except OSError:
                LOGGER.exception("could not save the local settings")

        session = log_in(ctx)
        if session is None:  # Cancel at the log-in quits
            ctx.db.close()
            return 0
        ctx = session

        from crm_desktop.ui.main_window import MainWindow

        window = MainWindow(ctx, path)
        window.show()
        if temp_dir is None:
            show_backup_failure(window, path, clock, local)
        status = app.exec()
        if temp_dir is None and not window.restored:
            run_auto_backup(ctx, path, local)
        ctx.db.close()
        del window
        return int(status)
    finally:
        errors.uninstall()
        for translator in translators:
            app.removeTranslator(translator)
        if temp_dir is not None:
            temp_dir.cleanup()
