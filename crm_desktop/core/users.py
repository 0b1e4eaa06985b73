"""Users and their roles, managed by administrators (core/auth.py holds passwords and log-in).

Until the business requires a log-in (core/login_settings.py), the app acts as the first admin user,
made on first start."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import sqlite_utils

from crm_desktop.core.clock import Clock, now_iso
from crm_desktop.core.errors import Message, NotFound, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, Role, require
from crm_desktop.core.validation import FieldProblem, normalize_email
from crm_desktop.db.connection import write_transaction
from crm_desktop.db.ids import new_id

if TYPE_CHECKING:
    from crm_desktop.core.context import Context


@dataclass(frozen=True)
class User:
    id: str
    name: str
    role: Role
    email: str | None = None
    active: bool = True
    #: Set by an administrator's reset: the next log-in asks for a password of the user's own.
    must_change_password: bool = False


def _from_row(row: dict) -> User:
    return User(
        id=row["id"], name=row["name"], role=Role(row["role"]), email=row.get("email"),
        active=bool(row["active"]), must_change_password=bool(row.get("must_change_password") or 0),
    )


def list_users(db: sqlite_utils.Database, include_inactive: bool = False) -> list[User]:
    where = "deleted_at IS NULL" + ("" if include_inactive else " AND active = 1")
    rows = db.execute_returning_dicts(f"SELECT * FROM users WHERE {where} ORDER BY name")
    return [_from_row(r) for r in rows]


def get_user(db: sqlite_utils.Database, user_id: str) -> User:
    rows = db.execute_returning_dicts("SELECT * FROM users WHERE id = ?", [user_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("core", "This user no longer exists."))
    return _from_row(rows[0])


def add_user(
    db: sqlite_utils.Database, clock: Clock, name: str, role: Role | str,
    email: str | None = None, actor_id: str | None = None,
) -> User:
    """Create a user (admin tooling and demo data; the rights issue adds the UI)."""
    name = (name or "").strip()
    errors: dict[str, Message] = {}
    if not name:
        errors["name"] = Message(QT_TRANSLATE_NOOP("core", "A name is required."))
    try:
        role = Role(role)
    except ValueError:
        errors["role"] = Message(QT_TRANSLATE_NOOP("core", "Unknown role: {role}."), {"role": role})
    if errors:
        raise ValidationError(errors)
    now = now_iso(clock)
    user = User(id=new_id(), name=name, role=Role(role), email=email)
    db.execute(
        "INSERT INTO users(id, created_at, updated_at, created_by, updated_by, name, email, role,"
        " active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
        [user.id, now, now, actor_id, actor_id, user.name, email, user.role.value],
    )
    return user


def ensure_admin(db: sqlite_utils.Database, clock: Clock) -> User:
    """The user the app acts as until logging in exists: the first active admin."""
    rows = db.execute_returning_dicts(
        "SELECT * FROM users WHERE role = 'admin' AND active = 1 AND deleted_at IS NULL"
        " ORDER BY created_at, rid LIMIT 1"
    )
    if rows:
        return _from_row(rows[0])
    with write_transaction(db):
        return add_user(db, clock, "Admin", Role.ADMIN)


# --------------------------------------------------------------------------- managed by an administrator


def create_user(ctx: Context, name: str, email: str | None, role: Role | str) -> User:
    """An administrator adds a colleague (Users page): checked e-mail, no password yet."""
    require(ctx.user, Perm.USERS)
    errors: dict[str, Message] = {}
    clean_email: str | None = None
    try:
        clean_email = normalize_email(email)
    except FieldProblem as exc:
        errors["email"] = exc.message
    if not (name or "").strip():
        errors["name"] = Message(QT_TRANSLATE_NOOP("core", "A name is required."))
    elif _name_taken(ctx.db, name):
        errors["name"] = Message(QT_TRANSLATE_NOOP("core", "Another user already has this name."))
    if role not in tuple(Role):
        errors["role"] = Message(QT_TRANSLATE_NOOP("core", "Unknown role: {role}."), {"role": role})
    if errors:
        raise ValidationError(errors)
    with write_transaction(ctx.db):
        user = add_user(ctx.db, ctx.clock, name, role, clean_email, actor_id=ctx.user.id)
    ctx.announce("users", user.id, "insert")
    return user


def set_role(ctx: Context, user_id: str, role: Role | str) -> User:
    """Change a user's role; the last administrator who can log in is never demoted."""
    require(ctx.user, Perm.USERS)
    try:
        new_role = Role(role)
    except ValueError:
        raise ValidationError({"role": Message(QT_TRANSLATE_NOOP("core", "Unknown role: {role}."),
                                               {"role": role})}) from None
    user = get_user(ctx.db, user_id)
    if user.role == new_role:
        return user
    changed = replace(user, role=new_role)
    with write_transaction(ctx.db):
        _keep_an_admin(ctx.db, changed, "role")
        _update(ctx, user_id, "role", new_role.value)
    ctx.announce("users", user_id, "update")
    return changed


def set_active(ctx: Context, user_id: str, active: bool) -> User:
    """Switch a user off (they can no longer log in; their history keeps their name) or on again."""
    require(ctx.user, Perm.USERS)
    user = get_user(ctx.db, user_id)
    if user.active == active:
        return user
    if not active and user_id == ctx.user.id:
        raise ValidationError({"active": Message(QT_TRANSLATE_NOOP(
            "core", "You cannot deactivate yourself: ask another administrator."))})
    changed = replace(user, active=active)
    with write_transaction(ctx.db):
        _keep_an_admin(ctx.db, changed, "active")
        _update(ctx, user_id, "active", 1 if active else 0)
    ctx.announce("users", user_id, "update")
    return changed


def _name_taken(db: sqlite_utils.Database, name: str) -> bool:
    """Names are what people type to log in: two active users must not share one."""
    text = (name or "").strip()
    if not text:
        return False
    rows = db.execute(
        "SELECT 1 FROM users WHERE deleted_at IS NULL AND active = 1 AND lower(name) = lower(?) LIMIT 1", [text]
    ).fetchall()
    return bool(rows)


def _keep_an_admin(db: sqlite_utils.Database, changed: User, field: str) -> None:
    """Refuse a change that would leave nobody able to administer (or, with log-in required, to log in as
    administrator)."""
    from crm_desktop.core.login_settings import login_required

    needs_password = login_required(db)
    rows = db.execute_returning_dicts(
        "SELECT id, password_hash FROM users WHERE deleted_at IS NULL AND active = 1 AND role = 'admin' AND id != ?",
        [changed.id],
    )
    others = [r for r in rows if r["password_hash"] or not needs_password]
    if others or (changed.active and changed.role == Role.ADMIN):
        return
    raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
        "core", "At least one active administrator must remain (with a password when log-in is required)."))})


def _update(ctx: Context, user_id: str, column: str, value: object) -> None:
    ctx.db.execute(
        f"UPDATE users SET {column} = ?, updated_at = ?, updated_by = ? WHERE id = ?",  # noqa: S608 - fixed names
        [value, ctx.now(), ctx.user.id, user_id],
    )
