"""The command line: results on stdout, one line on stderr for errors, exit statuses."""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop import cli
from crm_desktop.core import companies, history, people
from crm_desktop.core.context import Context
from crm_desktop.db.connection import open_database
from crm_desktop.db.migrations import known_names

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, logs and the default database stay in the test's folder."""
    monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CRM_DESKTOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def filled(ctx: Context, db_path: Path) -> Path:
    """A database with a company, a person and a call; returns its path."""
    company = companies.create(ctx, {"name": "Société Générale", "city": "Liège"})
    person = people.create(ctx, {"first_name": "Hélène", "last_name": "Dupont",
                                 "email": "helene@example.com", "company_id": company})
    history.log(ctx, {"kind": "call", "subject": "Devis chaudière", "person_id": person})
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_error_line(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    assert "Traceback" not in err


def _make_newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('crm_desktop', '9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


def test_info_json(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "info", "--db", str(filled), "--json")
    assert status == 0 and err == ""
    data = json.loads(out)
    assert data["counts"] == {"people": 1, "companies": 1, "history": 1, "attachments": 0, "users": 1,
                              "tickets": 0, "articles": 0}
    assert data["deleted"]["people"] == 0
    assert data["schema_version"] == known_names()[-1]
    assert len(data["site_id"]) == 32 and len(data["site_code"]) == 3
    assert data["file_size"] > 0


def test_info_counts_deleted_records(ctx: Context, filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person = ctx.db.execute("SELECT id FROM people").fetchone()[0]
    people.delete(ctx, person)
    status, out, _ = run(capsys, "--db", str(filled), "info")  # --db before the command works too
    assert status == 0
    assert "People          0 (1 deleted)" in out
    assert f"Schema          {known_names()[-1]}" in out


def test_search_plain_groups_by_kind(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "--db", str(filled), "helene")
    assert status == 0
    assert out.splitlines()[0] == "People"
    assert "Hélène Dupont" in out
    status, out, _ = run(capsys, "search", "--db", str(filled), "liege")
    assert out.splitlines()[0] == "Companies"
    status, out, _ = run(capsys, "search", "--db", str(filled), "chaudiere")
    assert out.splitlines()[0] == "History"


def test_search_json_and_no_hits(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "--db", str(filled), "--json", "Dupont")
    hits = json.loads(out)
    assert status == 0 and [h["kind"] for h in hits] == ["person"]
    assert hits[0]["title"] == "Hélène Dupont"
    status, out, _ = run(capsys, "search", "--db", str(filled), 'NEAR("x" *)', "--", "-y")
    assert status == 0 and out.strip() == "No results."


def test_export_then_import_into_a_new_database(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "contacts.csv"
    status, out, _ = run(capsys, "export", "contacts", "--db", str(filled), "--out", str(csv_file))
    assert status == 0 and "Exported 1 people" in out
    fresh = tmp_path / "fresh.db"
    status, out, _ = run(capsys, "import", "contacts", str(csv_file), "--db", str(fresh), "--dry-run")
    assert status == 0
    assert "Would create 1 person and 1 company (Société Générale)." in out
    assert "Dry run" in out
    status, out, _ = run(capsys, "import", "contacts", str(csv_file), "--db", str(fresh))
    assert status == 0 and "Created 1 person and 1 company" in out
    status, out, _ = run(capsys, "import", "contacts", str(csv_file), "--db", str(fresh))
    assert status == 0
    assert "Created 0 people and 0 companies; 1 skipped as duplicates." in out


def test_import_with_bad_rows_exits_2_and_writes_nothing(ctx: Context, db_path: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("first_name,last_name,email\nAnne,Martin,anne@example.com\nBob,Bad,not-mail\n",
                        encoding="utf-8")
    status, out, err = run(capsys, "import", "contacts", str(csv_file), "--db", str(db_path))
    assert status == 2
    assert "line 3: email: Not a valid e-mail address." in out
    assert_one_error_line(err)
    assert "nothing was imported" in err
    assert ctx.db.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_backup_restore_check(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.db"
    status, out, _ = run(capsys, "backup", "--db", str(filled), "--out", str(copy))
    assert status == 0 and copy.is_file()
    target = tmp_path / "restored.db"
    status, out, _ = run(capsys, "restore", str(copy), "--db", str(target))
    assert status == 0 and "kept as" not in out  # nothing to keep aside
    status, out, _ = run(capsys, "check", "--db", str(target))
    assert status == 0 and out.strip() == "No problems found."
    status, out, _ = run(capsys, "restore", str(copy), "--db", str(target))
    assert status == 0 and "restored.db.before-restore-" in out


def test_backup_over_the_live_database_is_refused(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "backup", "--db", str(filled), "--out", str(filled))
    assert status == 2
    assert_one_error_line(err)


def test_restore_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "restore", str(tmp_path / "nope.db"), "--db", str(tmp_path / "crm.db"))
    assert status == 2
    assert_one_error_line(err)
    assert "nope.db" in err


@pytest.mark.parametrize("kind", ["text", "plain_sqlite", "newer"])
@pytest.mark.parametrize("command", ["info", "restore"])
def test_foreign_or_newer_files_are_refused(kind: str, command: str, db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    if kind == "text":
        bad.write_text("Dear customer,\nthis is not a database.\n")
    elif kind == "plain_sqlite":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)")
        conn.commit()
        conn.close()
    else:
        bad.write_bytes(db_path.read_bytes())
        _make_newer(bad)
    argv = ["info", "--db", str(bad)] if command == "info" else ["restore", str(bad), "--db", str(db_path)]
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert_one_error_line(err)
    assert ("newer version" in err) if kind == "newer" else ("not a CRM Desktop database" in err)


def test_missing_database_is_not_created_by_reading_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.db"
    for argv in (["info"], ["search", "x"], ["check"], ["backup", "--out", str(tmp_path / "b.db")],
                 ["export", "contacts", "--out", str(tmp_path / "c.csv")]):
        status, _, err = run(capsys, *argv, "--db", str(missing))
        assert status == 2, argv
        assert_one_error_line(err)
    assert not missing.exists()


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in ([], ["frobnicate"], ["info", "--bogus"], ["demo", "--size", "huge"], ["export", "people"]):
        status, out, err = run(capsys, *argv)
        assert status == 2, argv
        assert_one_error_line(err)


def test_help_goes_to_stdout_with_status_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--help")
    assert status == 0 and "backup" in out and err == ""


def test_unexpected_errors_are_logged_not_shown(filled: Path, ctx: Context, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    def broken(args: object) -> int:
        raise RuntimeError("something deep went wrong")

    monkeypatch.setattr(cli, "cmd_info", broken)
    status, _, err = run(capsys, "info", "--db", str(filled))
    assert status == 1
    assert_one_error_line(err)
    log = cli.log_file()
    assert str(log) in err
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "something deep went wrong" in text


@pytest.mark.skipif(importlib.util.find_spec("crm_desktop.core.demo") is None,
                    reason="the demo generator is not there yet")
def test_demo_small(tmp_path: Path, ctx: Context, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo.db"
    status, out, err = run(capsys, "demo", "--db", str(target), "--size", "small", "--seed", "3")
    assert status == 0, err
    assert err == ""  # progress only on a terminal
    db = open_database(target)
    try:
        assert db.execute("SELECT count(*) FROM people").fetchone()[0] > 0
    finally:
        db.close()


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "CRM_DESKTOP_CONFIG_DIR": str(tmp_path / "config"),
            "CRM_DESKTOP_DATA_DIR": str(tmp_path / "data"), "PYTHONWARNINGS": "error"}


def test_main_py_runs_info_without_qt(filled: Path, tmp_path: Path) -> None:
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import main; "
        "status = main.main(['info', '--db', sys.argv[2]]); "
        "print('qt loaded' if 'PySide6' in sys.modules else 'no qt'); sys.exit(status)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(ROOT), str(filled)], capture_output=True,
                          text=True, env=_env(tmp_path), cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "People          1" in done.stdout
    assert done.stdout.strip().endswith("no qt")


def test_main_py_error_is_one_line(db_path: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    newer.write_bytes(db_path.read_bytes())
    _make_newer(newer)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "info", "--db", str(newer)],
                          capture_output=True, text=True, env=_env(tmp_path), cwd=ROOT, timeout=120)
    assert done.returncode == 2
    assert done.stdout == ""
    assert_one_error_line(done.stderr)
    assert "newer version of CRM Desktop" in done.stderr


def test_main_py_dispatch() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import main
    finally:
        sys.path.remove(str(ROOT))
    assert not main.wants_cli([])
    assert not main.wants_cli(["--db", "info", "--lang", "fr", "--demo"])
    assert not main.wants_cli(["--demo", "small"])
    assert main.wants_cli(["info"])
    assert main.wants_cli(["--db", "x.db", "search", "Dupont"])
    assert main.wants_cli(["--help"])
    assert main.wants_cli(["typo"])  # told it is not a command, rather than opening the window
