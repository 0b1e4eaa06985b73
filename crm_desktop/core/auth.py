"""Log-in: passwords, their checking and the lock-out after repeated wrong guesses.

Passwords are stored only as argon2id hashes (argon2-cffi: memory-hard, so a stolen database file is
slow to attack); the hash syncs with the users table so that one password opens the CRM on every
machine. Wrong guesses are counted in the local ``login_attempts`` table: a laptop locks itself at once,
without waiting for a sync. An unknown user and a wrong password get the same answer, so the log-in
does not tell who has an account.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from crm_desktop.core.clock import Clock, from_iso, to_iso
from crm_desktop.core.errors import CrmError, Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, Role, allowed, require
from crm_desktop.core.users import User, _from_row, get_user
from crm_desktop.db.connection import write_transaction

if TYPE_CHECKING:
    from crm_desktop.core.context import Context

MIN_LENGTH = 8
MAX_FAILURES = 5
LOCK_MINUTES = 15
#: Letters and digits that cannot be mistaken for one another when read aloud or copied from a note.
TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
HASHER = PasswordHasher()
WRONG = QT_TRANSLATE_NOOP("core", "Wrong user or password.")


class LoginFailed(CrmError):
    """Unknown user or wrong password: deliberately the same message."""


class AccountLocked(CrmError):
    """Too many wrong passwords in a row: no password is checked until ``locked_until`` (UTC ISO text)."""

    def __init__(self, text: str, locked_until: str, **params: object) -> None:
        self.locked_until = locked_until
        super().__init__(text, **params)


@dataclass(frozen=True)
class Account:
    """A user as the Users page lists them: never the hash, only whether there is one."""

    user: User
    has_password: bool
    locked_until: str | None  # UTC ISO text while locked, else None


# --------------------------------------------------------------------------- passwords


def hash_password(password: str, hasher: PasswordHasher = HASHER) -> str:
    return hasher.hash(password)


def check_rules(user: User, password: str) -> None:
    """A password of at least MIN_LENGTH characters that is not the user's name (or e-mail)."""
    errors: dict[str, Message] = {}
    text = password or ""
    folded = "".join(text.split()).casefold()
    names = {"".join(user.name.split()).casefold()}
    if user.email:
        names |= {user.email.casefold(), user.email.split("@")[0].casefold()}
    if len(text) < MIN_LENGTH:
        errors["password"] = Message(QT_TRANSLATE_NOOP("core", "Use at least {n} characters."), {"n": MIN_LENGTH})
    elif folded in names:
        errors["password"] = Message(QT_TRANSLATE_NOOP("core", "The password must not be the user's name."))
    if errors:
        raise ValidationError(errors)


def set_password(ctx: Context, user_id: str, password: str, hasher: PasswordHasher = HASHER) -> None:
    """Set a password: users their own, administrators anyone's.

    A password an administrator sets for someone else is known to them: it must be changed at the next
    log-in. Setting a password also lifts a lock-out.
    """
    own = user_id == ctx.user.id
    if not own:
        require(ctx.user, Perm.USERS)
    user = get_user(ctx.db, user_id)
    check_rules(user, password)
    _store(ctx, user_id, hash_password(password, hasher), must_change=not own)


def reset_password(ctx: Context, user_id: str, hasher: PasswordHasher = HASHER) -> str:
    """Give a user a temporary password (returned once, never stored in clear) that the next log-in replaces."""
    require(ctx.user, Perm.USERS)
    get_user(ctx.db, user_id)
    temporary = "-".join("".join(secrets.choice(TEMPORARY_ALPHABET) for _ in range(4)) for _ in range(3))
    _store(ctx, user_id, hash_password(temporary, hasher), must_change=True)
    return temporary


def _store(ctx: Context, user_id: str, password_hash: str, must_change: bool) -> None:
    with write_transaction(ctx.db):
        ctx.db.execute(
            "UPDATE users SET password_hash = ?, must_change_password = ?, updated_at = ?, updated_by = ?"
            " WHERE id = ?",
            [password_hash, 1 if must_change else 0, ctx.now(), ctx.user.id, user_id],
        )
        ctx.db.execute("DELETE FROM login_attempts WHERE user_id = ?", [user_id])
    ctx.announce("users", user_id, "update")


# --------------------------------------------------------------------------- logging in


def verify(db: sqlite_utils.Database, name_or_email: str, password: str, clock: Clock,
           hasher: PasswordHasher = HASHER) -> User:
    """The user whose name or e-mail and password these are; raises LoginFailed or AccountLocked.

    A wrong password counts towards the lock-out; a right one resets the count, and re-hashes the
    password when the hashing parameters have been raised since it was stored.
    """
    key = (name_or_email or "").strip()
    rows = db.execute_returning_dicts(
        "SELECT * FROM users WHERE deleted_at IS NULL AND password_hash IS NOT NULL AND password_hash != ''"
        " AND (lower(name) = lower(?) OR lower(email) = lower(?)) ORDER BY active DESC, created_at, rid",
        [key, key],
    )
    if not key or not rows:
        _check(hasher, _dummy_hash(hasher), password or "")
        raise LoginFailed(WRONG)
    now = clock.now()
    for row in rows:
        _refuse_if_locked(db, row["id"], now)
    for row in rows:
        if _check(hasher, row["password_hash"], password or ""):
            user = _succeeded(db, row, password, now, hasher)
            _audit(db, clock, "login", user.id)
            return user
    for row in rows:
        _audit(db, clock, "login_failed", row["id"])
    locked = [until for until in (_failed(db, row["id"], now) for row in rows) if until]
    if locked:
        for row in rows:
            _refuse_if_locked(db, row["id"], now)
    raise LoginFailed(WRONG)


@cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    """Checked against when the user is unknown, so that the answer takes as long as for a known one."""
    return hasher.hash("not the password of anyone")


def _check(hasher: PasswordHasher, stored: str, password: str) -> bool:
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _succeeded(db: sqlite_utils.Database, row: dict, password: str, now: datetime, hasher: PasswordHasher) -> User:
    user = _from_row(row)
    with write_transaction(db):
        db.execute("DELETE FROM login_attempts WHERE user_id = ?", [user.id])
        if user.active and hasher.check_needs_rehash(row["password_hash"]):
            db.execute("UPDATE users SET password_hash = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                       [hasher.hash(password), to_iso(now), user.id, user.id])
    if not user.active:
        raise LoginFailed(QT_TRANSLATE_NOOP("core", "This account has been deactivated: ask an administrator."))
    return user


def _refuse_if_locked(db: sqlite_utils.Database, user_id: str, now: datetime) -> None:
    row = db.execute("SELECT locked_until FROM login_attempts WHERE user_id = ?", [user_id]).fetchone()
    if row is None or not row[0]:
        return
    until = from_iso(row[0])
    if until <= now:  # the lock is over: the count starts again
        with write_transaction(db):
            db.execute("DELETE FROM login_attempts WHERE user_id = ?", [user_id])
        return
    raise AccountLocked(
        QT_TRANSLATE_NOOP("core", "Too many wrong passwords: this account is locked until {until}."),
        locked_until=row[0], until=_shop_time(db, until),
    )


def _failed(db: sqlite_utils.Database, user_id: str, now: datetime) -> str | None:
    """Count a wrong password; the MAX_FAILURES-th locks the account for LOCK_MINUTES (returns until when)."""
    with write_transaction(db):
        row = db.execute("SELECT failures FROM login_attempts WHERE user_id = ?", [user_id]).fetchone()
        failures = (row[0] if row else 0) + 1
        locked = to_iso(now + timedelta(minutes=LOCK_MINUTES)) if failures >= MAX_FAILURES else None
        db.execute(
            "INSERT INTO login_attempts(user_id, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(user_id) DO UPDATE SET failures = excluded.failures,"
            " last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until",
            [user_id, failures, to_iso(now), locked],
        )
    return locked


def _shop_time(db: sqlite_utils.Database, moment: datetime) -> str:
    """A time as the shop reads it (the command line has no locale of its own)."""
    from crm_desktop.core.support_settings import load_support

    try:
        zone = ZoneInfo(load_support(db).timezone)
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


# --------------------------------------------------------------------------- the Users page


def list_accounts(db: sqlite_utils.Database, clock: Clock) -> list[Account]:
    """Every user (active or not) with whether they have a password and until when they are locked out."""
    now = to_iso(clock.now())
    rows = db.execute_returning_dicts(
        "SELECT u.*, a.locked_until AS lock_until FROM users u LEFT JOIN login_attempts a ON a.user_id = u.id"
        " WHERE u.deleted_at IS NULL ORDER BY u.active DESC, lower(u.name), u.rid"
    )
    return [
        Account(
            user=_from_row(row),
            has_password=bool(row["password_hash"]),
            locked_until=row["lock_until"] if row["lock_until"] and row["lock_until"] > now else None,
        )
        for row in rows
    ]


def can_manage(user: User) -> bool:
    """Administrators change users; managers may look."""
    return allowed(user.role, Perm.USERS)


def can_view(user: User) -> bool:
    return can_manage(user) or Role(user.role) == Role.MANAGER


def _audit(db: sqlite_utils.Database, clock: Clock, kind: str, user_id: str) -> None:
    """Log-ins and refused log-ins go to the audit trail (with this machine), in their own transaction."""
    from crm_desktop.core import audit
    from crm_desktop.db.connection import write_transaction

    with write_transaction(db):
        audit.write_event(db, clock, kind, user_id)
