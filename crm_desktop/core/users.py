"""Users and their roles. Logging in comes with the rights issue; for now the app
acts as the single admin user, made on first start."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from crm_desktop.core.clock import Clock, now_iso
from crm_desktop.core.errors import Message, NotFound, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Role
from crm_desktop.db.connection import write_transaction
from crm_desktop.db.ids import new_id


@dataclass(frozen=True)
class User:
    id: str
    name: str
    role: Role
    email: str | None = None
    active: bool = True


def _from_row(row: dict) -> User:
    return User(
        id=row["id"], name=row["name"], role=Role(row["role"]), email=row.get("email"),
        active=bool(row["active"]),
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
