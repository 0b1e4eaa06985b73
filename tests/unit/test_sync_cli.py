"""`crm-desktop sync`: joins a new database from the folder, exchanges changes; `info`
shows the last sync, what is left to send and the open conflicts; a folder that
cannot be used is one error line and exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop import cli
from crm_desktop.core import people
from crm_desktop.core.clock import SystemClock
from crm_desktop.core.context import Context
from crm_desktop.core.users import ensure_admin
from crm_desktop.db.connection import open_database

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and "Traceback" not in err
    return lines[0]


def info_rows(out: str) -> dict[str, str]:
    return {line[:13].strip(): line[13:].strip() for line in out.splitlines()}


def edit(path: Path, pid: str, **values: str) -> None:
    db = open_database(path)
    try:
        clock = SystemClock()
        people.update(Context(db, ensure_admin(db, clock), clock), pid, values)
    finally:
        db.close()


@pytest.fixture
def office(ctx: Context, db_path: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """A database with one person, synced once to a folder."""
    pid = people.create(ctx, {"first_name": "Hélène", "last_name": "Dupont"})
    ctx.db.close()
    folder = tmp_path / "share"
    folder.mkdir()
    assert cli.main(["sync", "--db", str(db_path), "--hub", str(folder)]) == 0
    return db_path, folder, pid


def test_first_sync_sends_and_leaves_a_snapshot(
    ctx: Context, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people.create(ctx, {"last_name": "Dupont"})
    folder = tmp_path / "share"
    folder.mkdir()
    status, out, err = run(capsys, "sync", "--db", str(db_path), "--hub", str(folder))
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("sent") and int(lines[0].split()[1]) > 0
    assert "snapshot" in out
    assert list((folder / "snapshots").glob("*.db"))


def test_sync_with_a_new_database_joins(office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path, folder, pid = office
    capsys.readouterr()
    laptop = tmp_path / "laptop" / "crm.db"
    status, out, err = run(capsys, "sync", "--db", str(laptop), "--hub", str(folder))
    assert status == 0, err
    assert out.startswith(f"joined from {folder} as a new machine (site code ")
    assert err == ""  # not taken for a copied file
    db = open_database(laptop)
    try:
        assert db.execute("SELECT first_name FROM people WHERE id = ?", [pid]).fetchone()[0] == "Hélène"
        laptop_site = db.execute("SELECT site FROM sync_clock").fetchone()[0]
    finally:
        db.close()
    office_db = open_database(db_path)
    try:
        assert office_db.execute("SELECT site FROM sync_clock").fetchone()[0] != laptop_site
    finally:
        office_db.close()
    # the second sync keeps the id
    status, out, err = run(capsys, "sync", "--db", str(laptop), "--hub", str(folder), "--json")
    assert status == 0 and err == ""
    data = json.loads(out)
    assert data["joined"] is False and data["received"] == 0 and data["conflicts"] == 0


def test_main_py_sync_joins(office, tmp_path: Path) -> None:
    _db_path, folder, _pid = office
    laptop = tmp_path / "laptop.db"
    done = subprocess.run(
        [sys.executable, "main.py", "sync", "--db", str(laptop), "--hub", str(folder)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "joined from" in done.stdout and laptop.is_file()


def test_info_shows_last_sync_to_send_and_conflicts(
    office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, folder, pid = office
    laptop = tmp_path / "laptop.db"
    assert cli.main(["sync", "--db", str(laptop), "--hub", str(folder)]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, "info", "--db", str(laptop))
    rows = info_rows(out)
    assert status == 0
    assert rows["Last sync"] != "never" and rows["Last sync"][:2] == "20"
    assert rows["To send"] == "0 changes"
    assert rows["Conflicts"] == "0"
    assert rows["Other sites"] == "1"

    edit(laptop, pid, city="Namur", title="CEO")
    edit(laptop, pid, city="Namur-Sud")
    status, out, _ = run(capsys, "info", "--db", str(laptop))
    assert info_rows(out)["To send"] == "2 changes"

    assert cli.main(["sync", "--db", str(laptop), "--hub", str(folder)]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, "info", "--db", str(laptop), "--json")
    data = json.loads(out)
    assert data["pending_out"] == 0 and data["last_sync"] and data["sites_known"] == 1


def test_info_counts_the_conflicts_the_user_sees(office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path, folder, pid = office
    laptop = tmp_path / "laptop.db"
    assert cli.main(["sync", "--db", str(laptop), "--hub", str(folder)]) == 0
    edit(laptop, pid, city="Namur")
    edit(db_path, pid, city="Liège")
    for path in (laptop, db_path, laptop):
        assert cli.main(["sync", "--db", str(path), "--hub", str(folder)]) == 0
    capsys.readouterr()
    for path in (laptop, db_path):
        status, out, _ = run(capsys, "sync", "--db", str(path), "--hub", str(folder), "--json")
        assert json.loads(out)["conflicts"] == 1
        status, out, _ = run(capsys, "info", "--db", str(path))
        assert info_rows(out)["Conflicts"] == "1"


def test_never_synced_database(db, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "info", "--db", str(db_path))
    rows = info_rows(out)
    assert status == 0 and rows["Last sync"] == "never" and rows["Conflicts"] == "0"


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_bad_folder_is_one_error_line(db, db_path: Path, tmp_path: Path, kind: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "nowhere"
    if kind == "file":
        folder.write_text("not a folder")
    status, out, err = run(capsys, "sync", "--db", str(db_path), "--hub", str(folder))
    assert status == 2 and out == ""
    assert "nowhere" in one_error_line(err)


def test_join_from_an_empty_folder_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    laptop = tmp_path / "laptop.db"
    status, out, err = run(capsys, "sync", "--db", str(laptop), "--hub", str(folder))
    assert status == 2 and out == ""
    assert "no copy to join from" in one_error_line(err)
    assert not laptop.exists()


def test_damaged_bundle_is_reported_not_fatal(office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path, folder, pid = office
    laptop = tmp_path / "laptop.db"
    assert cli.main(["sync", "--db", str(laptop), "--hub", str(folder)]) == 0
    edit(db_path, pid, city="Namur")
    assert cli.main(["sync", "--db", str(db_path), "--hub", str(folder)]) == 0
    newest = max((folder / "sites").glob("*/*.crmb"), key=lambda p: p.stat().st_mtime_ns)
    newest.write_bytes(newest.read_bytes()[:20])
    capsys.readouterr()
    status, out, err = run(capsys, "sync", "--db", str(laptop), "--hub", str(folder))
    assert status == 0 and err == ""
    assert "ignored" in out and "damaged or incomplete" in out
    assert "waiting" in out
