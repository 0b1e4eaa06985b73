"""The command line: the same core services as the window, headless.

For automation, scheduled backups and tests. Exit status 0 on success, 2 for a
problem the user can fix (bad option, wrong file), 1 for anything unexpected,
which is also logged with its traceback to a file in the data folder. Whatever
happens, the terminal gets one clear line on stderr, never a traceback.

Nothing here imports PySide6 (except ``screenshots``, which renders the views).

An encrypted database (SQLCipher), or a sync folder whose files are encrypted, that this
computer has no key for is opened with the business passphrase from CRM_PASSPHRASE or asked
on a terminal; the key is kept for the command only (the window's "remember on this
computer" is the way to keep it).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import getpass
import json
import os
import sqlite3
import sys
import traceback
import weakref
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

import sqlite_utils

from crm_desktop import __version__
from crm_desktop.core import access, settings
from crm_desktop.core import backup as backups
from crm_desktop.core.clock import SystemClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.permissions import Perm, require, require_report
from crm_desktop.core.users import User, ensure_admin

PROG = "crm-desktop"
COMMANDS = ("demo", "info", "search", "export", "import", "report", "backup", "restore", "check",
            "screenshots")
LOG_NAME = "crm-desktop.log"
USER_ERROR = 2
UNEXPECTED = 1


class UsageError(Exception):
    """A wrong command line: told in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports mistakes as one line instead of usage plus message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


# --------------------------------------------------------------------------- helpers


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else settings.default_database_path()


def _passphrase(what: str) -> str:
    """The business passphrase: CRM_PASSPHRASE, or asked on a terminal."""
    passphrase = os.environ.get("CRM_PASSPHRASE")
    if passphrase is None:
        if not sys.stdin.isatty():
            raise UsageError(f"{what} is encrypted: set CRM_PASSPHRASE to the business passphrase (the input is not "
                             "a terminal to ask it)")
        passphrase = getpass.getpass("business passphrase: ")
    return passphrase


def _open_file(path: Path, migrate: bool = True) -> sqlite_utils.Database:
    """open_database, asking the business passphrase when the file is encrypted with a key unknown here."""
    from crm_desktop.core.encryption_settings import unlock_database
    from crm_desktop.db.connection import DatabaseLocked, open_database

    try:
        return open_database(path, migrate=migrate)
    except DatabaseLocked:
        try:
            unlock_database(path, _passphrase(f"the database {path}"), remember=False)
        except ValidationError:
            raise UsageError(f"wrong passphrase: {path} was not encrypted with it; nothing was changed") from None
    return open_database(path, migrate=migrate)


def _unlock_folder(folder: Path) -> None:
    """A sync folder whose files are encrypted with a key unknown here: the passphrase unlocks it (this command)."""
    from crm_desktop.core.encryption_settings import load_keys, unlock
    from crm_desktop.sync.hub import folder_key_spec

    spec = folder_key_spec(folder)
    if spec is None or spec.key_id in load_keys():
        return
    try:
        unlock(spec, _passphrase(f"the sync folder {folder}"), remember=False)
    except ValidationError:
        raise UsageError(f"wrong passphrase: the files of {folder} were not encrypted with it; nothing was "
                         "changed") from None


@contextlib.contextmanager
def _open(args: argparse.Namespace, must_exist: bool = True) -> Iterator[sqlite_utils.Database]:
    """Open (and migrate) the database of --db; refuse a missing file unless creating makes sense."""
    from crm_desktop.sync.startup import prepare

    path = _db_path(args)
    if must_exist and not path.exists():
        raise UsageError(f"there is no database at {path} (give one with --db PATH)")
    if not must_exist:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = _open_file(path)
    try:
        if prepare(db, path):
            print(f"note: {path} was copied or restored; it now has its own site id", file=sys.stderr)
        _log_in(db, getattr(args, "user", None))
        yield db
    finally:
        _ACTING.pop(db, None)
        db.close()


#: The user each open database acts as, when --user was given or log-in is required (else the first admin).
_ACTING: weakref.WeakKeyDictionary[sqlite_utils.Database, User] = weakref.WeakKeyDictionary()


def _log_in(db: sqlite_utils.Database, name: str | None) -> None:
    """Check --user and its password (CRM_PASSWORD, or asked on a terminal); required when the business says so."""
    from crm_desktop.core.auth import verify
    from crm_desktop.core.login_settings import login_required

    if not name:
        if login_required(db):
            raise UsageError("this database requires a log-in: give --user NAME (password in CRM_PASSWORD)")
        return
    password = os.environ.get("CRM_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError("no password: set CRM_PASSWORD (the input is not a terminal to ask it)")
        password = getpass.getpass(f"password for {name}: ")
    user = verify(db, name, password, SystemClock())
    if user.must_change_password:
        raise UsageError("this password is temporary: open CRM Desktop and choose your own first")
    _ACTING[db] = user


def _context(db: sqlite_utils.Database) -> Context:
    """The session of the logged-in user (see _log_in); the first administrator when log-in is not required."""
    from crm_desktop.core.login_settings import login_required

    clock = SystemClock()
    user = _ACTING.get(db)
    if user is None and login_required(db):
        raise UsageError("this database requires a log-in: give --user NAME (password in CRM_PASSWORD)")
    return Context(db=db, user=user or ensure_admin(db, clock), clock=clock)


def _audited(db: sqlite_utils.Database, kind: str, detail: str, record_kind: str | None = None,
             record_id: str | None = None) -> None:
    """Note an export or a printed report in the audit trail, as the acting user."""
    from crm_desktop.core import audit

    audit.record(_context(db), kind, record_kind, record_id, detail)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _size(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{n} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} bytes"


@contextlib.contextmanager
def _progress(label: str) -> Iterator[Callable[[int, int], bool]]:
    """A progress callback that draws on stderr when it is a terminal (never into pipes or logs)."""
    tty = sys.stderr.isatty()
    drawn = False

    def report(done: int, total: int) -> bool:
        nonlocal drawn
        if tty:
            percent = 100 * done // total if total else 100
            sys.stderr.write(f"\r{label}: {percent}% ({done}/{total})")
            sys.stderr.flush()
            drawn = True
        return True

    try:
        yield report
    finally:
        if drawn:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _counts_dict(counts: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(counts) and not isinstance(counts, type):
        return dataclasses.asdict(counts)
    if isinstance(counts, dict):
        return dict(counts)
    return dict(vars(counts))


# --------------------------------------------------------------------------- commands


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill the database with realistic sample data."""
    from crm_desktop.core import demo
    from crm_desktop.core.permissions import Perm, require

    with _open(args, must_exist=False) as db, _progress("demo data") as progress:
        clock = SystemClock()
        require(_context(db).user, Perm.DEMO)
        counts = demo.generate(db, clock, size=args.size, seed=args.seed, progress=progress)
    shown = {k.replace("_", " "): v for k, v in _counts_dict(counts).items() if v is not None}
    width = max((len(k) for k in shown), default=0) + 2
    for label, value in shown.items():
        print(f"{label:<{width}}{value}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    """Counts per kind, schema version, site, size, last backup."""
    from crm_desktop.core.info import collect
    from crm_desktop.sync import conflicts

    with _open(args) as db:
        info = collect(db)
        if "sync_conflicts" in db.table_names():
            info.conflicts = conflicts.count(db)  # exactly what the Conflicts view lists
    if args.json:
        _print_json(info.to_dict())
        return 0
    rows = [
        ("Database", f"{info.path} ({_size(info.file_size)})"),
        ("Schema", info.schema_version or "none"),
        ("Site", f"{info.site_id} (code {info.site_code})"),
        ("Last backup", info.last_backup or "never"),
        ("Last sync", info.last_sync or "never"),
        ("To send", f"{info.pending_out} changes"),
        ("Conflicts", str(info.conflicts)),
        ("Other sites", str(info.sites_known)),
    ]
    for kind, n in info.counts.items():
        deleted = info.deleted.get(kind, 0)
        rows.append((kind.capitalize(), f"{n}" + (f" ({deleted} deleted)" if deleted else "")))
    for label, value in rows:
        print(f"{label:<16}{value}")
    return 0


_KIND_TITLES = {"person": "People", "company": "Companies", "ticket": "Tickets", "kb_article": "Knowledge base",
                "history": "History"}


def cmd_search(args: argparse.Namespace) -> int:
    """What the global search finds, grouped by kind."""
    from crm_desktop.core.access import seen_by
    from crm_desktop.core.search import search

    text = " ".join(args.text)
    with _open(args) as db:  # a technician finds the customers, tickets and jobs of their scope only
        hits = search(db, text, limit=args.limit, seen_by=seen_by(_context(db).user))
    if args.json:
        _print_json([dataclasses.asdict(h) for h in hits])
        return 0
    if not hits:
        print("No results.")
        return 0
    kind = None
    for hit in hits:
        if hit.kind != kind:
            kind = hit.kind
            print(_KIND_TITLES.get(kind, kind.capitalize()))
        line = f"  {hit.title}"
        if hit.subtitle:
            line += f"  —  {hit.subtitle}"
        if hit.labels:
            line += f"  [{', '.join(hit.labels)}]"
        print(line)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write people to a CSV file, or booked interventions to an iCalendar file."""
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"the folder {out.parent} does not exist")
    if args.what == "interventions":
        return _export_interventions(args, out)
    for option, given in (("--technician", args.technician), ("--from", args.start), ("--to", args.end),
                          ("--all", args.all_dates), ("--lang", args.lang)):
        if given:
            raise UsageError(f"{option} is for `export interventions`; contacts take only --out")
    from crm_desktop.interchange.contacts_csv import export_contacts

    with _open(args) as db:
        n = export_contacts(_context(db), out)
        _audited(db, "export", f"contacts CSV ({n} people) to {out}")
    print(f"Exported {n} people to {out}")
    return 0


def _export_interventions(args: argparse.Namespace, out: Path) -> int:
    """Booked interventions (30 days back to a year ahead unless --from/--to/--all) to an .ics file."""
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give the calendar file to write with --out FILE.ics")
    if args.all_dates and (args.start or args.end):
        raise UsageError("--all takes every booked intervention; leave out --from and --to")
    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    if start and end and end < start:
        raise UsageError(f"--from {start.isoformat()} comes after --to {end.isoformat()}")
    from crm_desktop.core import technicians
    from crm_desktop.interchange.icalendar_export import export_interventions

    lang = args.lang or settings.load_local().effective_language()
    with _open(args) as db:
        require_report(_context(db).user, "icalendar")
        tech_id = technicians.by_name(db, args.technician).id if args.technician else None
        n = export_interventions(db, out, tech_id, start, end, all_dates=args.all_dates, lang=lang)
        _audited(db, "export", f"interventions calendar ({n}) to {out}")
    print(f"Exported {n} intervention{'' if n == 1 else 's'} to {out}")
    return 0


def _problem_lines(title: str, problems: Sequence[object], limit: int = 50) -> None:
    if not problems:
        return
    print(title)
    for problem in problems[:limit]:
        print(f"  {problem}")
    if len(problems) > limit:
        print(f"  ... and {len(problems) - limit} more")


def cmd_import(args: argparse.Namespace) -> int:
    """Read people from a CSV file: everything or nothing."""
    from crm_desktop.interchange.contacts_csv import import_contacts

    source = Path(args.file)
    if not source.is_file():
        raise UsageError(f"there is no file {source}")
    with _open(args, must_exist=False) as db, _progress(f"reading {source.name}") as progress:
        result = import_contacts(_context(db), source, dry_run=args.dry_run, progress=progress)
    print(f"Read {result.rows} rows ({result.encoding}, separated by {result.delimiter!r}).")
    if result.ignored_columns:
        print("Ignored columns: " + ", ".join(result.ignored_columns))
    _problem_lines(f"Errors ({len(result.errors)}):", result.errors)
    _problem_lines(f"Skipped as duplicates ({len(result.skipped)}):", result.skipped)
    _problem_lines(f"Warnings ({len(result.warnings)}):", result.warnings)
    if result.errors:
        raise UsageError(
            f"{len(result.errors)} problems in {source}; nothing was imported. "
            "Correct the lines above and import again."
        )
    verb = "Would create" if args.dry_run else "Created"
    companies = ("1 company" if result.companies_created == 1
                 else f"{result.companies_created} companies")
    if result.new_companies:
        shown = ", ".join(result.new_companies[:10])
        more = ", ..." if len(result.new_companies) > 10 else ""
        companies += f" ({shown}{more})"
    skipped = f"; {len(result.skipped)} skipped as duplicates" if result.skipped else ""
    who = "1 person" if result.people_created == 1 else f"{result.people_created} people"
    print(f"{verb} {who} and {companies}{skipped}.")
    if args.dry_run:
        print("Dry run: nothing was written.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Copy the database to a file (database only, not the attachment files)."""
    with _open(args) as db:
        require(_context(db).user, Perm.EXPORT)  # the whole database: never a technician's export
        out = backups.backup(db, Path(args.out))
    print(f"Backed up {_db_path(args)} to {out} ({_size(out.stat().st_size)}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database by a backup; the current one is kept aside.

    When the database in use requires a log-in, only an administrator may replace it (--user, CRM_PASSWORD).
    """
    from crm_desktop.core.login_settings import login_required
    from crm_desktop.core.permissions import Role

    target = _db_path(args)
    if target.exists():
        with _open(args) as db:
            user = _ACTING.get(db)
            if login_required(db) and (user is None or user.role != Role.ADMIN):
                raise UsageError("only an administrator may restore a backup over this database; nothing was "
                                 "changed")
    source = Path(args.file)
    spec = backups.needs_key(source) if source.is_file() else None
    if spec is not None:
        from crm_desktop.core.encryption_settings import unlock

        try:
            unlock(spec, _passphrase(f"the backup {source}"), remember=False)
        except ValidationError:
            raise UsageError(f"wrong passphrase: {source} was not encrypted with it; nothing was changed") from None
    aside = backups.restore(source, target, SystemClock())
    print(f"Restored {args.file} into {target}.")
    if aside is not None:
        print(f"The previous database is kept as {aside}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Integrity of the file and the search index; dangling references as warnings."""
    with _open(args) as db:
        report = backups.inspect(db)
    for line in report.lines():
        print(line)
    if report.errors:
        print(f"error: the database has {len(report.errors)} problems; restore a backup or "
              "ask for help.", file=sys.stderr)
        return UNEXPECTED
    if not report.warnings:
        print("No problems found.")
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    """Render each main view to PNG (needs Qt; offscreen when there is no display)."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = _db_path(args)
    if not path.exists():
        raise UsageError(f"there is no database at {path} (give one with --db PATH)")
    with _open(args):  # a database that requires a log-in is shown only to a user who logs in
        pass
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import qInstallMessageHandler

    from crm_desktop.ui.screenshots import render_all

    qt_messages: list[str] = []
    # Qt's chatter ("This plugin does not support raise()") goes to the log, not the terminal.
    previous = qInstallMessageHandler(lambda _kind, _where, text: qt_messages.append(text))
    try:
        written = render_all(path, out, args.lang)
    finally:
        qInstallMessageHandler(previous)
        if qt_messages:
            _append_log(f"{PROG} screenshots: Qt said", "\n".join(qt_messages) + "\n")
    for item in written or ():
        print(item)
    return 0


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a date; write it as YYYY-MM-DD") from None


def _report_out(args: argparse.Namespace) -> Path:
    out = Path(args.out)
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give the PDF file to write with --out FILE.pdf")
    if not out.parent.is_dir():
        raise UsageError(f"the folder {out.parent} does not exist")
    return out


#: The options each report takes (besides --out and --lang), to refuse the others in one clear line.
_REPORT_OPTIONS = {
    "support-costs": ("--from", "--to"),
    "ticket": ("--id",),
    "work-order": ("--id",),
    "day-sheet": ("--technician", "--date"),
    "campaign": ("--id", "--from", "--to"),
    "labels": ("--id", "--layout", "--start-at"),
    "letters": ("--id", "--sender", "--mark-sent"),
    "management": ("--from", "--to"),
    "profitability": ("--from", "--to"),
    "retention": ("--from", "--to"),
    "customer": ("--id",),
}


def _check_report_options(args: argparse.Namespace) -> None:
    given = {"--from": args.start, "--to": args.end, "--id": args.id, "--technician": args.technician,
             "--date": args.day, "--layout": args.layout, "--start-at": args.start_at, "--sender": args.sender,
             "--mark-sent": args.mark_sent or None}
    allowed = _REPORT_OPTIONS[args.name]
    for option, value in given.items():
        if value is not None and option not in allowed:
            if args.name == "support-costs" and option == "--id":
                raise UsageError("--id is for the ticket report; support-costs takes --from and --to")
            if args.name == "ticket" and option in ("--from", "--to"):
                raise UsageError("--from and --to are for support-costs; the ticket report takes --id")
            raise UsageError(f"{option} is not an option of the {args.name} report; it takes "
                             + " and ".join(allowed))


#: Reports that need a right beyond reading (core.permissions.REPORT_PERMS); the others (ticket, work order,
#: day sheet) are papers of one's own work.
GUARDED_REPORTS = {"support-costs": "support_costs", "campaign": "campaign_report", "labels": "labels",
                   "letters": "letters", "management": "management", "profitability": "profitability",
                   "retention": "retention", "customer": "support_costs"}


def cmd_report(args: argparse.Namespace) -> int:
    """Write a PDF report: support costs over a period, a ticket's file, a work order or a day sheet."""
    out = _report_out(args)
    _check_report_options(args)
    if args.name in GUARDED_REPORTS:
        with _open(args) as db:
            require_report(_context(db).user, GUARDED_REPORTS[args.name])
    lang = args.lang or settings.load_local().effective_language()
    clock = SystemClock()
    if args.name == "support-costs":
        today = clock.now().astimezone().date()
        start = _date(args.start, "--from") or date(today.year, 1, 1)
        end = _date(args.end, "--to") or today
        if end < start:
            raise UsageError(f"--from {start.isoformat()} comes after --to {end.isoformat()}")
        from crm_desktop.reports.support_costs import build_support_costs

        with _open(args) as db, _progress("support costs") as progress:
            build_support_costs(db, out, start, end, lang, clock, progress)
            _audited(db, "print", f"support-costs report to {out}")
    elif args.name == "ticket":
        if not args.id:
            raise UsageError("the ticket report needs the ticket's number: --id T-XXX-0042")
        from crm_desktop.core import tickets
        from crm_desktop.reports.ticket_report import build_ticket_report

        with _open(args) as db:
            ticket = tickets.find_by_number(db, args.id)
            access.check_ticket(_context(db), ticket["id"])  # a technician: the tickets of their jobs
            build_ticket_report(db, out, ticket["id"], lang, clock)
            _audited(db, "print", f"ticket report to {out}", "ticket", ticket["id"])
    elif args.name in ("campaign", "labels", "letters"):
        return _campaign_paper(args, out, lang, clock)
    elif args.name in ("management", "profitability", "retention", "customer"):
        return _management_paper(args, out, lang, clock)
    elif args.name == "work-order":
        if not args.id:
            raise UsageError("the work order needs the intervention's number: --id I-XXX-0001")
        from crm_desktop.core import interventions
        from crm_desktop.reports.work_order import build_work_order

        with _open(args) as db:
            job = interventions.find_by_number(db, args.id)
            access.check_intervention(_context(db), job["id"])  # a technician: their own jobs
            build_work_order(_context(db), out, job["id"], lang, clock)
            _audited(db, "print", f"work order to {out}", "intervention", job["id"])
    else:
        day = _date(args.day, "--date")
        if not args.technician or day is None:
            raise UsageError("the day sheet needs a technician and a day: --technician NAME --date YYYY-MM-DD")
        from crm_desktop.core import technicians
        from crm_desktop.reports.day_sheet import build_day_sheet

        with _open(args) as db:
            tech = technicians.by_name(db, args.technician)
            user = _context(db).user
            if access.limited(user) and tech.id != user.id:
                raise UsageError("a technician prints their own day sheet only")
            build_day_sheet(db, out, tech.id, day, lang, clock)
            _audited(db, "print", f"day sheet to {out}")
    print(f"Wrote {out}")
    return 0


def _campaign_paper(args: argparse.Namespace, out: Path, lang: str, clock: SystemClock) -> int:
    """The campaign report (one campaign, or a period compared), its address labels or its letters."""
    from crm_desktop.core.letter_data import find_campaign

    if args.name == "campaign" and args.id and (args.start or args.end):
        raise UsageError("give either --id (one campaign) or --from and --to (the campaigns of a period)")
    if args.name != "campaign" and not args.id:
        raise UsageError(f"the {args.name} need the campaign: --id ID (its id or its exact name)")
    if args.name == "campaign" and not args.id:
        today = clock.now().astimezone().date()
        start = _date(args.start, "--from") or date(today.year, 1, 1)
        end = _date(args.end, "--to") or today
        if end < start:
            raise UsageError(f"--from {start.isoformat()} comes after --to {end.isoformat()}")
        from crm_desktop.reports.campaign_report import write_campaign_report

        with _open(args) as db:
            write_campaign_report(db, out, lang, start=start, end=end, clock=clock)
            _audited(db, "print", f"campaign report to {out}")
        print(f"Wrote {out}")
        return 0
    with _open(args) as db:
        campaign_id = find_campaign(db, args.id)
        if args.name == "campaign":
            from crm_desktop.reports.campaign_report import write_campaign_report

            write_campaign_report(db, out, lang, campaign_id, clock=clock)
            print(f"Wrote {out}")
        elif args.name == "labels":
            from crm_desktop.reports.labels import write_labels

            count = write_labels(db, campaign_id, out, args.layout or "3x7", start_at=args.start_at or 1, lang=lang)
            print(f"Wrote {out}: {count} label{'s' if count != 1 else ''}")
        else:
            from crm_desktop.reports import letters

            with _progress("letters") as progress:
                report = letters.write_letters(db, campaign_id, out, lang, progress, clock=clock,
                                               sender=args.sender or "")
            for name, reason in report.skipped:
                print(f"Skipped {name}: {reason}")
            print(f"Wrote {out}: {report.written} letter{'s' if report.written != 1 else ''}")
            if args.mark_sent:
                marked = letters.mark_sent(_context(db), report)
                print(f"Marked {marked} letter{'s' if marked != 1 else ''} sent")
        _audited(db, "print", f"campaign {args.name} to {out}", "campaign", campaign_id)
    return 0


def _management_paper(args: argparse.Namespace, out: Path, lang: str, clock: SystemClock) -> int:
    """The management, profitability and retention reports of a period, or one customer's sheet."""
    if args.name == "customer":
        if not args.id:
            raise UsageError("the customer sheet needs the customer: --id ID (a company's or person's id or "
                             "exact name)")
        from crm_desktop.core import companies
        from crm_desktop.reports.customer_sheet import build_customer_sheet

        with _open(args) as db:
            key = companies.find_customer(db, args.id)
            build_customer_sheet(_context(db), out, key, lang, clock)
            _audited(db, "print", f"customer sheet to {out}")
        print(f"Wrote {out}")
        return 0
    today = clock.now().astimezone().date()
    start = _date(args.start, "--from") or date(today.year, 1, 1)
    end = _date(args.end, "--to") or today
    if end < start:
        raise UsageError(f"--from {start.isoformat()} comes after --to {end.isoformat()}")
    if args.name == "management":
        from crm_desktop.reports.management import build_management as build
    elif args.name == "profitability":
        from crm_desktop.reports.profitability import build_profitability as build
    else:
        from crm_desktop.reports.retention import build_retention as build
    with _open(args) as db, _progress(f"{args.name} report") as progress:
        build(db, out, start, end, lang, clock, progress)
        _audited(db, "print", f"{args.name} report to {out}")
    print(f"Wrote {out}")
    return 0


# --------------------------------------------------------------------------- parser


def cmd_sync(args: argparse.Namespace) -> int:
    """Exchange changes with a shared folder; a database that does not exist joins from it."""
    from crm_desktop.sync import hub, site

    path, folder = _db_path(args), Path(args.hub)
    if not folder.is_dir():
        raise UsageError(f"the sync folder {folder} does not exist or cannot be reached")
    _unlock_folder(folder)
    joined = False
    if not path.exists():
        hub.join(folder, path)
        db = _open_file(path)
        try:
            site.new_site(db)
            site.remember(db, path)
        finally:
            db.close()
        joined = True
    with _open(args) as db, _progress("sync") as progress:
        report = hub.sync(db, folder, progress)
        site.remember(db, path)
        code = site.current(db)[1]
    if args.json:
        _print_json({"joined": joined, **dataclasses.asdict(report)})
        return 0
    if joined:
        print(f"joined from {folder} as a new machine (site code {code})")
    print(f"sent        {report.sent} changes" + (f" (+{report.relayed} relayed)" if report.relayed else ""))
    print(f"received    {report.received} changes")
    print(f"conflicts   {report.conflicts}")
    if report.waiting_sites:
        print(f"waiting     for earlier changes of {len(report.waiting_sites)} machine(s)")
    for line in report.damaged:
        print(f"ignored     {line}")
    for warning in report.warnings:
        _tag, other, ahead = warning.split(":")
        print(f"warning     the clock of machine {other} is {int(ahead) // 60000} minutes ahead; "
              "its changes cannot push ours further than one hour")
    if report.snapshot:
        print(f"snapshot    {report.snapshot} written for new machines")
    from crm_desktop.core import merging

    with _open(args) as db:
        groups = merging.find_groups(db)
    if groups:
        print(f"duplicates  {len(groups)} groups of records that look the same: see `duplicates`")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    """Records that are probably the same (e.g. typed on two offline machines), and merging them."""
    from crm_desktop.core import merging

    with _open(args) as db:
        # Everyone's names side by side, to merge (a delete): not for the roles that may not delete people.
        require(_context(db).user, Perm.PERSON_DELETE)
        if args.merge:
            ctx = _context(db)
            keep, other = args.merge
            kind = db.execute("SELECT 'person' FROM people WHERE id = ? UNION ALL "
                              "SELECT 'company' FROM companies WHERE id = ?", [keep, keep]).fetchone()
            if kind is None:
                raise UsageError(f"no person or company has the id {keep}")
            (merging.merge_people if kind[0] == "person" else merging.merge_companies)(ctx, keep, other)
            print(f"merged {other} into {keep}")
            return 0
        groups, refs = merging.find_groups(db), merging.dangling(db)
    if args.json:
        _print_json({"groups": [dataclasses.asdict(g) for g in groups],
                     "dangling": [dataclasses.asdict(r) for r in refs]})
        return 0
    for group in groups:
        print(f"{group.kind:<8} {group.reason}: " + " | ".join(
            f"{label} [{row_id}]" for row_id, label in zip(group.ids, group.labels, strict=True)))
    for ref in refs:
        print(f"dangling {ref.table}.{ref.column} of {ref.row_id} -> {ref.target_id} ({ref.target_state})")
    if not groups and not refs:
        print("No duplicates and no dangling references.")
    return 0


def cmd_maintenance(args: argparse.Namespace) -> int:
    """Make the maintenance visits falling due within --days (the window also does it at start and after a sync)."""
    from crm_desktop.core import maintenance
    from crm_desktop.sync.startup import prepare

    if not 0 <= args.days <= maintenance.MAX_HORIZON_DAYS:
        raise UsageError(f"--days {args.days} is out of range: give 0 to {maintenance.MAX_HORIZON_DAYS} days")
    path = _db_path(args)
    if not path.exists():
        raise UsageError(f"there is no database at {path} (give one with --db PATH)")
    db = _open_file(path)
    try:
        if prepare(db, path):  # --days decides the horizon
            print(f"note: {path} was copied or restored; it now has its own site id", file=sys.stderr)
        _log_in(db, getattr(args, "user", None))
        made = maintenance.generate(_context(db), args.days)
    finally:
        db.close()
    print(f"Created {len(made)} maintenance visit{'' if len(made) == 1 else 's'} due within {args.days} days.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argparse tree; every subcommand takes --db (before or after its name)."""
    parser = _Parser(
        prog=PROG,
        description="CRM Desktop from the command line. Without a command, "
        "`python main.py` opens the window (options --db, --demo, --lang).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help="database file (default: the one in the data folder)")
    parser.add_argument("--user", metavar="NAME", help="act as this user (name or e-mail); the password comes from "
                        "CRM_PASSWORD or is asked on a terminal")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> Any:
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH",
                         help="database file (default: the one in the data folder)")
        sub.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME", help="act as this user")
        sub.set_defaults(handler=handler)
        return sub

    demo = command("demo", cmd_demo, "fill a database with realistic sample data")
    demo.add_argument("--size", choices=("small", "medium", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)

    info = command("info", cmd_info, "counts per kind, schema version, site, last backup")
    info.add_argument("--json", action="store_true", help="machine-readable output")

    search = command("search", cmd_search, "what the global search finds")
    search.add_argument("text", nargs="+", metavar="TEXT")
    search.add_argument("--json", action="store_true", help="machine-readable output")
    search.add_argument("--limit", type=int, default=8, help="hits per kind (default 8)")

    export = command("export", cmd_export, "write contacts to a CSV file, or booked interventions to an "
                     "iCalendar file (.ics)")
    export.add_argument("what", choices=("contacts", "interventions"), metavar="WHAT",
                        help="contacts (CSV) or interventions (iCalendar)")
    export.add_argument("--out", required=True, metavar="FILE", help="FILE.csv for contacts, FILE.ics for "
                        "interventions")
    export.add_argument("--technician", metavar="NAME", help="interventions: only this technician's jobs")
    export.add_argument("--from", dest="start", metavar="DATE",
                        help="interventions: first day, YYYY-MM-DD (default: 30 days ago)")
    export.add_argument("--to", dest="end", metavar="DATE",
                        help="interventions: last day, YYYY-MM-DD (default: one year ahead)")
    export.add_argument("--all", dest="all_dates", action="store_true",
                        help="interventions: every booked job, whatever its date")
    export.add_argument("--lang", choices=settings.LANGUAGES, default=None,
                        help="interventions: language of the event descriptions (default: the application's)")

    imp = command("import", cmd_import, "read contacts from a CSV file (all or nothing)")
    imp.add_argument("what", choices=("contacts",))
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")

    rep = command("report", cmd_report, "write a PDF report: support-costs (a period), ticket (--id), "
                  "work-order (--id), day-sheet (--technician, --date), campaign (--id, or --from and --to), "
                  "labels (--id), letters (--id), management, profitability, retention (--from, --to) or "
                  "customer (--id)")
    rep.add_argument("name", choices=tuple(_REPORT_OPTIONS), metavar="NAME",
                     help="support-costs, ticket, work-order, day-sheet, campaign, labels, letters, management, "
                     "profitability, retention or customer")
    rep.add_argument("--out", required=True, metavar="FILE.pdf")
    rep.add_argument("--from", dest="start", metavar="DATE",
                     help="support-costs, campaign, management, profitability, retention: first day, YYYY-MM-DD "
                     "(default: 1 January of this year)")
    rep.add_argument("--to", dest="end", metavar="DATE",
                     help="support-costs, campaign, management, profitability, retention: last day, YYYY-MM-DD "
                     "(default: today)")
    rep.add_argument("--id", metavar="NUMBER",
                     help="ticket: the ticket's number, e.g. T-K7Q-0042; work-order: the intervention's, e.g. "
                     "I-K7Q-0001; campaign, labels, letters: the campaign's id or exact name; customer: a company's or "
                     "person's id or exact name")
    rep.add_argument("--layout", choices=("3x7", "2x7"), default=None,
                     help="labels: 3x7 (21 labels of 70 x 42.3 mm, the default) or 2x7 (14 of 105 x 42.3 mm)")
    rep.add_argument("--start-at", dest="start_at", type=int, metavar="N", default=None,
                     help="labels: the first free label of the sheet, 1 = top left (default 1)")
    rep.add_argument("--sender", metavar="NAME", help="letters: who signs them (default: the business's name)")
    rep.add_argument("--mark-sent", dest="mark_sent", action="store_true",
                     help="letters: mark the letters written as sent")
    rep.add_argument("--technician", metavar="NAME", help="day-sheet: the technician's name")
    rep.add_argument("--date", dest="day", metavar="DATE", help="day-sheet: the day, YYYY-MM-DD")
    rep.add_argument("--lang", choices=settings.LANGUAGES, default=None,
                     help="language of the report (default: the application's)")

    back = command("backup", cmd_backup, "copy the database to a file (database only)")
    back.add_argument("--out", required=True, metavar="FILE")

    rest = command("restore", cmd_restore, "replace the database by a backup (the current one is kept aside)")
    rest.add_argument("file", metavar="FILE")

    command("check", cmd_check, "check the database file and its search index")

    dup = command("duplicates", cmd_duplicates, "records that are probably the same, and merging them")
    dup.add_argument("--merge", nargs=2, metavar=("KEEP_ID", "OTHER_ID"), help="merge OTHER into KEEP")
    dup.add_argument("--json", action="store_true", help="machine-readable output")

    syn = command("sync", cmd_sync, "exchange changes with a shared folder (joins from it if --db is new)")
    syn.add_argument("--hub", required=True, metavar="FOLDER")
    syn.add_argument("--json", action="store_true", help="machine-readable output")

    maint = command("maintenance", cmd_maintenance,
                    "make the maintenance visits of the plans falling due soon (to plan)")
    maint.add_argument("--days", type=int, default=60, metavar="N",
                       help="make the visits due within N days from today (default 60)")

    shots = command("screenshots", cmd_screenshots, "render each main view to PNG")
    shots.add_argument("--out", required=True, metavar="FOLDER")
    shots.add_argument("--lang", choices=settings.LANGUAGES, default="en")
    return parser


# --------------------------------------------------------------------------- entry


def log_file() -> Path:
    return settings.data_dir() / LOG_NAME


def _append_log(title: str, text: str) -> Path | None:
    """Append an entry to the log file; a log that cannot be written is no reason to fail."""
    target = log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')} {title}\n{text}")
        return target
    except OSError:
        return None


def _log_unexpected(argv: Sequence[str]) -> Path | None:
    """Append the traceback of the exception being handled to the log file."""
    return _append_log(f"{PROG} {' '.join(argv)}", traceback.format_exc())


def _error(text: str, stream: TextIO | None = None) -> None:
    """One line on stderr, whatever the message contains."""
    line = " ".join(text.split())
    print(f"error: {line}", file=stream or sys.stderr)


def _render(error: CrmError) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(f"{name}: {message.render()}" for name, message in error.errors.items())
    return error.render()


def _tolerant_output() -> None:
    """Never die on a character the terminal cannot show (an emoji on a cp1252 console)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status (never raises, never prints a traceback)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    try:
        args = build_parser().parse_args(argv)
        return int(args.handler(args))
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else USER_ERROR)
    except UsageError as exc:
        _error(str(exc))
        return USER_ERROR
    except CrmError as exc:
        _error(_render(exc))
        return USER_ERROR
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:  # output piped into `head`: not an error
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0
    except (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError) as exc:
        _error(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
        return USER_ERROR
    except sqlite3.OperationalError as exc:
        where = _log_unexpected(argv)
        hint = f" (details in {where})" if where else ""
        if "locked" in str(exc) or "busy" in str(exc):
            _error(f"the database is busy: another program is writing to it; try again{hint}")
        else:
            _error(f"database problem: {exc}{hint}")
        return UNEXPECTED
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        where = _log_unexpected(argv)
        hint = f"; details in {where}" if where else ""
        _error(f"unexpected problem ({type(exc).__name__}: {exc}){hint}")
        return UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
