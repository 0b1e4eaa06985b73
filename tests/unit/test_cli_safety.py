"""The command line and data safety: an encrypted database or sync folder opened with the business
passphrase (CRM_PASSPHRASE or a prompt; a wrong one is one line, exit 2, nothing changed), and a restore
that only an administrator may do when the business requires a log-in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from crm_desktop import cli
from crm_desktop.core import encryption_settings as enc
from crm_desktop.core import people, users
from crm_desktop.core.auth import set_password
from crm_desktop.core.context import Context
from crm_desktop.core.login_settings import set_login_required
from crm_desktop.core.permissions import Role
from crm_desktop.db import cipher
from crm_desktop.sync import hub

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
GOOD = "correct horse battery"
PASSPHRASE = "blue harbour at noon"
needs_sqlcipher = pytest.mark.skipif(not cipher.available(), reason="the SQLCipher driver sqlcipher3 is not "
                                                                    "installed (pip install .[encryption])")


@pytest.fixture(autouse=True)
def _fresh_session(monkeypatch: pytest.MonkeyPatch) -> None:
    enc.forget_session_keys()
    monkeypatch.delenv("CRM_PASSPHRASE", raising=False)
    monkeypatch.delenv("CRM_PASSWORD", raising=False)
    yield
    enc.forget_session_keys()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in err, err
    return lines[0]


def _other_computer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The keys this computer remembered are gone: a new configuration folder."""
    monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(tmp_path / "other-config"))
    enc.forget_session_keys()


@pytest.fixture
def encrypted_db(ctx: Context, world: object, db_path: Path) -> Path:
    from crm_desktop.core import database_encryption as dbenc

    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    dbenc.put_in_place(ctx.db, db_path, dbenc.stage_encrypted(ctx, db_path))
    ctx.db.close()
    return db_path


@needs_sqlcipher
def test_an_encrypted_database_opens_with_the_passphrase(encrypted_db: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--db", str(encrypted_db), "search", "Dupont")
    assert status == 0 and "Dupont" in out, err  # this computer remembers the key
    _other_computer(monkeypatch, tmp_path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    status, _out, err = run(capsys, "--db", str(encrypted_db), "info")
    assert status == 2 and "set CRM_PASSPHRASE" in one_line(err)
    before = encrypted_db.read_bytes()
    monkeypatch.setenv("CRM_PASSPHRASE", "not the right one at all")
    status, _out, err = run(capsys, "--db", str(encrypted_db), "info")
    assert status == 2 and "wrong passphrase" in one_line(err)
    assert encrypted_db.read_bytes() == before
    monkeypatch.setenv("CRM_PASSPHRASE", PASSPHRASE)
    status, out, err = run(capsys, "--db", str(encrypted_db), "search", "Dupont")
    assert status == 0 and "Dupont" in out, err
    assert not enc.keys_path().exists()  # the command line keeps the key for the command only
    status, out, err = run(capsys, "--db", str(encrypted_db), "check")
    assert status == 0 and "error" not in err, err
    saved = tmp_path / "saved.db"
    status, out, err = run(capsys, "--db", str(encrypted_db), "backup", "--out", str(saved))
    assert status == 0 and b"Dupont" not in saved.read_bytes(), err
    status, out, err = run(capsys, "--db", str(encrypted_db), "restore", str(saved))
    assert status == 0, err
    assert cipher.looks_encrypted(encrypted_db)


@needs_sqlcipher
def test_the_passphrase_is_asked_on_a_terminal(encrypted_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _other_computer(monkeypatch, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    status, out, err = run(capsys, "--db", str(encrypted_db), "info")
    assert status == 0, err
    assert asked == ["business passphrase: "]


def test_joining_an_encrypted_sync_folder(ctx: Context, world: object, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)  # bundles and snapshots encrypted
    folder = tmp_path / "hub"
    folder.mkdir()
    hub.sync(ctx.db, folder)
    _other_computer(monkeypatch, tmp_path)
    laptop = tmp_path / "laptop" / "crm.db"
    monkeypatch.setenv("CRM_PASSPHRASE", "a wrong passphrase here")
    status, _out, err = run(capsys, "--db", str(laptop), "sync", "--hub", str(folder))
    assert status == 2 and "wrong passphrase" in one_line(err)
    assert not laptop.exists()
    monkeypatch.setenv("CRM_PASSPHRASE", PASSPHRASE)
    status, out, err = run(capsys, "--db", str(laptop), "sync", "--hub", str(folder))
    assert status == 0 and "joined" in out, err
    status, out, err = run(capsys, "--db", str(laptop), "search", "Dupont")
    assert status == 0 and "Dupont" in out, err


@pytest.fixture
def guarded(ctx: Context, db_path: Path) -> Path:
    """Log-in required; Admin's password is GOOD and Sam (staff) has his own."""
    set_password(ctx, ctx.user.id, GOOD, FAST)
    sam = users.create_user(ctx, "Sam", None, Role.STAFF)
    set_password(Context(db=ctx.db, user=sam, clock=ctx.clock), sam.id, "sam's own secret", FAST)
    set_login_required(ctx, True)
    return db_path


def test_restore_needs_an_administrator_when_log_in_is_required(
        guarded: Path, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved.db"
    monkeypatch.setenv("CRM_PASSWORD", GOOD)
    status, _out, err = run(capsys, "--db", str(guarded), "--user", "Admin", "backup", "--out", str(saved))
    assert status == 0, err
    people.create(ctx, {"first_name": "Kept", "last_name": "Safe"})
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = guarded.read_bytes()
    status, _out, err = run(capsys, "--db", str(guarded), "restore", str(saved))
    assert status == 2 and "requires a log-in" in one_line(err)
    monkeypatch.setenv("CRM_PASSWORD", "sam's own secret")
    status, _out, err = run(capsys, "--db", str(guarded), "--user", "Sam", "restore", str(saved))
    assert status == 2 and "only an administrator" in one_line(err)
    assert guarded.read_bytes() == before and not list(tmp_path.glob("*.before-restore-*"))
    monkeypatch.setenv("CRM_PASSWORD", GOOD)
    status, out, err = run(capsys, "--db", str(guarded), "--user", "Admin", "restore", str(saved))
    assert status == 0 and "Restored" in out, err


@needs_sqlcipher
def test_demo_data_go_into_an_encrypted_database(encrypted_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _other_computer(monkeypatch, tmp_path)
    monkeypatch.setenv("CRM_PASSPHRASE", PASSPHRASE)
    status, out, err = run(capsys, "--db", str(encrypted_db), "demo", "--size", "small")
    assert status == 0 and "people" in out, err
    status, out, err = run(capsys, "--db", str(encrypted_db), "info", "--json")
    assert status == 0 and json.loads(out)["counts"]["people"] > 100, err
    assert cipher.looks_encrypted(encrypted_db)
