"""Log-in: argon2 hashes, the lock-out, resets, the log-in switch, user management and the CLI's --user."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher

from crm_desktop import cli
from crm_desktop.core import auth, users
from crm_desktop.core.auth import AccountLocked, LoginFailed, reset_password, set_password, verify
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.login_settings import login_required, set_login_required
from crm_desktop.core.permissions import Role
from tests.field_setup import FieldWorld

#: Cheap parameters for the tests that only count attempts (the real ones take ~0.15 s a check).
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
GOOD = "correct horse battery"


def _as(ctx: Context, user: users.User) -> Context:
    return Context(db=ctx.db, user=user, clock=ctx.clock, changes=ctx.changes)


def _hash_of(ctx: Context, user_id: str) -> str:
    return ctx.db.execute("SELECT password_hash FROM users WHERE id = ?", [user_id]).fetchone()[0]


def _attempts(ctx: Context, user_id: str) -> tuple | None:
    return ctx.db.execute("SELECT failures, locked_until FROM login_attempts WHERE user_id = ?", [user_id]).fetchone()


def test_the_stored_hash_is_argon2_and_never_the_password(ctx: Context) -> None:
    set_password(ctx, ctx.user.id, GOOD)
    stored = _hash_of(ctx, ctx.user.id)
    assert stored.startswith("$argon2id$")
    assert GOOD not in stored
    assert verify(ctx.db, "admin", GOOD, ctx.clock).id == ctx.user.id  # names are not case-sensitive
    with pytest.raises(LoginFailed) as wrong:
        verify(ctx.db, "Admin", "correct horse battery!", ctx.clock)
    with pytest.raises(LoginFailed) as unknown:
        verify(ctx.db, "Nobody", GOOD, ctx.clock)
    assert str(wrong.value) == str(unknown.value) == "Wrong user or password."
    assert not ctx.user.must_change_password


def test_log_in_by_e_mail(ctx: Context) -> None:
    anna = users.create_user(ctx, "Anna", "Anna@Example.org", Role.STAFF)
    set_password(ctx, anna.id, GOOD, FAST)
    assert verify(ctx.db, "ANNA@example.org", GOOD, ctx.clock, FAST).id == anna.id


def test_password_rules_per_field(ctx: Context) -> None:
    anna = users.create_user(ctx, "Anna Peeters", "anna@example.org", Role.STAFF)
    for bad, text in (("short", "Use at least 8 characters."),
                      ("annapeeters", "The password must not be the user's name."),
                      ("Anna Peeters", "The password must not be the user's name."),
                      ("anna@example.org", "The password must not be the user's name.")):
        with pytest.raises(ValidationError) as refused:
            set_password(ctx, anna.id, bad, FAST)
        assert refused.value.errors["password"].render() == text
    assert _hash_of(ctx, anna.id) is None


def test_only_admins_set_other_peoples_passwords(ctx: Context) -> None:
    anna = users.create_user(ctx, "Anna", None, Role.MANAGER)
    bert = users.create_user(ctx, "Bert", None, Role.STAFF)
    as_anna = _as(ctx, users.get_user(ctx.db, anna.id))
    set_password(as_anna, anna.id, GOOD, FAST)  # her own: fine, and not to be changed again
    assert not users.get_user(ctx.db, anna.id).must_change_password
    with pytest.raises(PermissionDenied):
        set_password(as_anna, bert.id, GOOD, FAST)
    set_password(ctx, bert.id, GOOD, FAST)  # the admin knows it: Bert must choose his own
    assert users.get_user(ctx.db, bert.id).must_change_password


def test_lock_out_after_five_failures_for_fifteen_minutes(ctx: Context, clock: FixedClock) -> None:
    anna = users.create_user(ctx, "Anna", None, Role.STAFF)
    set_password(ctx, anna.id, GOOD, FAST)
    for _ in range(4):
        with pytest.raises(LoginFailed):
            verify(ctx.db, "Anna", "guess", clock, FAST)
    with pytest.raises(AccountLocked) as locked:  # the fifth says so at once
        verify(ctx.db, "Anna", "guess", clock, FAST)
    assert locked.value.locked_until == "2026-03-02T09:45:00.000Z"
    # Brussels time (the shop's time zone by default) in the message
    assert str(locked.value) == "Too many wrong passwords: this account is locked until 2026-03-02 10:45."
    clock.advance(minutes=14)
    with pytest.raises(AccountLocked):  # even the right password waits
        verify(ctx.db, "Anna", GOOD, clock, FAST)
    accounts = {a.user.id: a for a in auth.list_accounts(ctx.db, clock)}
    assert accounts[anna.id].locked_until == "2026-03-02T09:45:00.000Z"
    clock.advance(minutes=1)
    assert auth.list_accounts(ctx.db, clock)[-1].locked_until is None
    assert verify(ctx.db, "Anna", GOOD, clock, FAST).id == anna.id
    assert _attempts(ctx, anna.id) is None


def test_a_success_resets_the_count(ctx: Context, clock: FixedClock) -> None:
    anna = users.create_user(ctx, "Anna", None, Role.STAFF)
    set_password(ctx, anna.id, GOOD, FAST)
    for _ in range(4):
        with pytest.raises(LoginFailed):
            verify(ctx.db, "Anna", "guess", clock, FAST)
    assert _attempts(ctx, anna.id) == (4, None)
    verify(ctx.db, "Anna", GOOD, clock, FAST)
    assert _attempts(ctx, anna.id) is None
    with pytest.raises(LoginFailed):  # four more fail without a lock-out
        verify(ctx.db, "Anna", "guess", clock, FAST)
    assert _attempts(ctx, anna.id)[0] == 1


def test_rehash_when_the_parameters_change(ctx: Context) -> None:
    set_password(ctx, ctx.user.id, GOOD, FAST)
    weak = _hash_of(ctx, ctx.user.id)
    assert "m=8," in weak
    verify(ctx.db, "Admin", GOOD, ctx.clock)  # the default, stronger parameters
    strong = _hash_of(ctx, ctx.user.id)
    assert strong != weak and "m=65536," in strong
    verify(ctx.db, "Admin", GOOD, ctx.clock)
    assert _hash_of(ctx, ctx.user.id) == strong  # not rewritten again


def test_reset_gives_a_temporary_password_that_must_be_changed(ctx: Context, clock: FixedClock) -> None:
    anna = users.create_user(ctx, "Anna", None, Role.STAFF)
    set_password(_as(ctx, anna), anna.id, GOOD, FAST)
    for _ in range(5):
        with pytest.raises((LoginFailed, AccountLocked)):
            verify(ctx.db, "Anna", "guess", clock, FAST)
    assert _attempts(ctx, anna.id)[1] is not None
    temporary = reset_password(ctx, anna.id, FAST)
    assert len(temporary) == 14 and temporary.count("-") == 2
    assert temporary not in _hash_of(ctx, anna.id)
    user = verify(ctx.db, "Anna", temporary, clock, FAST)  # the reset lifted the lock-out
    assert user.must_change_password
    set_password(_as(ctx, user), user.id, "a new secret 42", FAST)
    again = verify(ctx.db, "Anna", "a new secret 42", clock, FAST)
    assert not again.must_change_password
    with pytest.raises(PermissionDenied):
        reset_password(_as(ctx, again), ctx.user.id, FAST)


def test_deactivated_users_cannot_log_in(ctx: Context) -> None:
    anna = users.create_user(ctx, "Anna", None, Role.STAFF)
    set_password(ctx, anna.id, GOOD, FAST)
    users.set_active(ctx, anna.id, False)
    with pytest.raises(LoginFailed, match="deactivated"):
        verify(ctx.db, "Anna", GOOD, ctx.clock, FAST)
    with pytest.raises(LoginFailed, match="Wrong user or password"):
        verify(ctx.db, "Anna", "guess", ctx.clock, FAST)


def test_log_in_required_needs_an_admin_with_a_password(ctx: Context) -> None:
    assert not login_required(ctx.db)  # existing databases open as before
    with pytest.raises(ValidationError) as refused:
        set_login_required(ctx, True)
    assert "administrator a password" in refused.value.errors["login_required"].render()
    assert not login_required(ctx.db)
    set_password(ctx, ctx.user.id, GOOD, FAST)
    set_login_required(ctx, True)
    assert login_required(ctx.db)
    manager = users.create_user(ctx, "Mia", None, Role.MANAGER)
    with pytest.raises(PermissionDenied):
        set_login_required(_as(ctx, manager), False)
    set_login_required(ctx, False)
    assert not login_required(ctx.db)


def test_users_are_managed_by_admins_and_an_admin_always_remains(ctx: Context) -> None:
    with pytest.raises(ValidationError) as refused:
        users.create_user(ctx, "", "not an address", "boss")
    assert set(refused.value.errors) == {"name", "email", "role"}
    anna = users.create_user(ctx, "Anna", "anna@example.org", Role.TECHNICIAN)
    with pytest.raises(ValidationError) as taken:
        users.create_user(ctx, "anna", None, Role.STAFF)
    assert "name" in taken.value.errors
    with pytest.raises(PermissionDenied):
        users.create_user(_as(ctx, anna), "Carl", None, Role.STAFF)
    assert users.set_role(ctx, anna.id, Role.ADMIN).role == Role.ADMIN
    with pytest.raises(ValidationError, match="yourself"):
        users.set_active(ctx, ctx.user.id, False)
    # Two admins: demoting one is fine; the other is then the last and stays.
    users.set_role(ctx, ctx.user.id, Role.MANAGER)
    with pytest.raises(ValidationError, match="At least one active administrator"):
        users.set_role(_as(ctx, users.get_user(ctx.db, anna.id)), anna.id, Role.STAFF)
    # With log-in required, the remaining admins must be able to log in.
    admin = users.set_role(_as(ctx, users.get_user(ctx.db, anna.id)), ctx.user.id, Role.ADMIN)
    set_password(ctx, ctx.user.id, GOOD, FAST)
    set_login_required(_as(ctx, admin), True)
    with pytest.raises(ValidationError, match="At least one active administrator"):
        users.set_role(ctx, ctx.user.id, Role.STAFF)  # Anna has no password: nobody could administer
    assert users.set_active(ctx, anna.id, False).active is False
    accounts = {a.user.name: a for a in auth.list_accounts(ctx.db, ctx.clock)}
    assert accounts["Admin"].has_password and not accounts["Anna"].has_password
    assert not accounts["Anna"].user.active


# --------------------------------------------------------------------------- the command line --user


@pytest.fixture
def guarded(ctx: Context, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database that requires log-in, with Admin's password GOOD; the CLI's own folders stay in the test."""
    set_password(ctx, ctx.user.id, GOOD, FAST)
    set_login_required(ctx, True)
    return db_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_user_with_the_right_password(guarded: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_PASSWORD", GOOD)
    status, out, err = _run(capsys, "--db", str(guarded), "--user", "Admin", "info", "--json")
    assert status == 0, err
    assert "users" in out or out.strip().startswith("{")
    # --user after the command name works too
    status, _out, err = _run(capsys, "info", "--db", str(guarded), "--user", "admin")
    assert status == 0, err


def test_cli_wrong_password_counts_toward_the_lock_out(guarded: Path, ctx: Context,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_PASSWORD", "guess")
    status, _out, err = _run(capsys, "--db", str(guarded), "--user", "Admin", "info")
    assert status == 2
    assert err.strip() == "error: Wrong user or password."
    assert _attempts(ctx, ctx.user.id)[0] == 1
    for _ in range(4):
        _run(capsys, "--db", str(guarded), "--user", "Admin", "info")
    monkeypatch.setenv("CRM_PASSWORD", GOOD)
    status, _out, err = _run(capsys, "--db", str(guarded), "--user", "Admin", "info")
    assert status == 2
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("error: Too many wrong passwords: this account is locked until ")


def test_cli_without_user_when_log_in_is_required(guarded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "--db", str(guarded), "info")
    assert status == 2 and out == ""
    assert err.strip() == ("error: this database requires a log-in: give --user NAME "
                           "(password in CRM_PASSWORD)")


def test_cli_no_password_and_no_terminal(guarded: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CRM_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    status, _out, err = _run(capsys, "--db", str(guarded), "--user", "Admin", "info")
    assert status == 2
    assert err.strip() == "error: no password: set CRM_PASSWORD (the input is not a terminal to ask it)"


def test_cli_asks_the_password_on_a_terminal(guarded: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CRM_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or GOOD)
    status, _out, err = _run(capsys, "--db", str(guarded), "--user", "Admin", "info")
    assert status == 0, err
    assert asked == ["password for Admin: "]


def test_cli_acts_as_the_logged_in_user(guarded: Path, ctx: Context, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    tech = users.create_user(ctx, "Tom", None, Role.TECHNICIAN)
    set_password(_as(ctx, tech), tech.id, "tom's own secret", FAST)
    monkeypatch.setenv("CRM_PASSWORD", "tom's own secret")
    status, _out, err = _run(capsys, "--db", str(guarded), "--user", "Tom", "export", "contacts",
                             "--out", str(tmp_path / "c.csv"))
    assert status == 2
    assert "Tom (Technician) is not allowed to export" in err


def test_cli_refuses_a_temporary_password(guarded: Path, ctx: Context, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    anna = users.create_user(ctx, "Anna", None, Role.STAFF)
    monkeypatch.setenv("CRM_PASSWORD", reset_password(ctx, anna.id, FAST))
    status, _out, err = _run(capsys, "--db", str(guarded), "--user", "Anna", "info")
    assert status == 2
    assert "temporary" in err


def test_cli_without_log_in_acts_as_the_admin_as_before(ctx: Context, db_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = _run(capsys, "--db", str(db_path), "info")
    assert status == 0, err


def test_cli_screenshots_need_the_log_in_too(guarded: Path, capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    status, _out, err = _run(capsys, "--db", str(guarded), "screenshots", "--out", str(tmp_path / "shots"))
    assert status == 2 and "requires a log-in" in err
    assert not (tmp_path / "shots").exists()


def test_cli_reports_follow_the_role_of_the_user(guarded: Path, ctx: Context, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A technician logged in on the command line may not print the management report; a manager may."""
    from crm_desktop.core.permissions import Role

    for name, role in (("Tom", Role.TECHNICIAN), ("Mia", Role.MANAGER)):
        user = users.create_user(ctx, name, f"{name.lower()}@example.be", role)
        set_password(ctx, user.id, GOOD, FAST)
        set_password(Context(db=ctx.db, user=user, clock=ctx.clock), user.id, GOOD, FAST)
    monkeypatch.setenv("CRM_PASSWORD", GOOD)
    out = tmp_path / "year.pdf"
    status, _out, err = _run(capsys, "--db", str(guarded), "--user", "Tom", "report", "management", "--out", str(out))
    assert status == 2 and "not allowed" in err and not out.exists()
    status, _out, err = _run(capsys, "--db", str(guarded), "--user", "Mia", "report", "management", "--out", str(out))
    assert status == 0, err
    assert out.exists()


def test_cli_search_of_a_technician_keeps_to_their_jobs(guarded: Path, ctx: Context, world: FieldWorld,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line searches with the acting user's scope, as the window does."""
    from crm_desktop.core import companies, interventions

    job = interventions.create(ctx, {"company_id": world.company, "subject": "Oven does not heat"})
    interventions.plan(ctx, job, "2026-03-03T08:00:00Z", 60, [world.anna])
    companies.create(ctx, {"name": "Boulangerie Lemaire"})  # a bakery Anna has no job at
    anna = users.get_user(ctx.db, world.anna)
    set_password(_as(ctx, anna), anna.id, GOOD, FAST)  # her own password, not a temporary one
    monkeypatch.setenv("CRM_PASSWORD", GOOD)
    status, out, err = _run(capsys, "--db", str(guarded), "--user", anna.name, "search", "Boulangerie")
    assert status == 0, err
    assert "Boulangerie Dupont" in out and "Lemaire" not in out
    status, out, err = _run(capsys, "--db", str(guarded), "--user", "Admin", "search", "Boulangerie")
    assert "Boulangerie Dupont" in out and "Lemaire" in out
