"""Whether the CRM asks who is there before it opens (a business setting: it syncs to every machine).

Off by default, so that existing databases and a one-person business open as they always did, acting
as the first administrator. Turning it on is refused while no active administrator has a password:
otherwise nobody could open the CRM any more.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import sqlite_utils

from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require

if TYPE_CHECKING:
    from crm_desktop.core.context import Context

KEY = "login.required"


def login_required(db: sqlite_utils.Database) -> bool:
    """True when the window and the command line must be told a user and a password."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [KEY]).fetchone()
    if row is None or row[0] is None:
        return False
    try:
        return bool(json.loads(row[0]))
    except ValueError:
        return False


def admins_with_password(db: sqlite_utils.Database) -> int:
    """How many active administrators could log in (the condition for requiring log-in)."""
    row = db.execute(
        "SELECT count(*) FROM users WHERE deleted_at IS NULL AND active = 1 AND role = 'admin'"
        " AND password_hash IS NOT NULL AND password_hash != ''"
    ).fetchone()
    return int(row[0])


def set_login_required(ctx: Context, required: bool) -> None:
    """Switch log-in on or off (administrators only)."""
    from crm_desktop.core.settings import write_settings

    require(ctx.user, Perm.SETTINGS)
    if required and admins_with_password(ctx.db) == 0:
        raise ValidationError({"login_required": Message(QT_TRANSLATE_NOOP(
            "core", "Give at least one active administrator a password first: otherwise nobody could "
            "open the CRM."))})
    write_settings(ctx, "login.", {"required": bool(required)})
    ctx.announce("settings", KEY, "update")
