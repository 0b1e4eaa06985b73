"""Settings of lead follow-up: how fast a new lead must be contacted.

They live in the database (they sync) so that every machine flags the same leads
as waiting too long. The target counts business minutes of the shop's opening
hours (support settings): a lead arriving on Friday evening is not late on Saturday.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

import sqlite_utils

from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.settings import write_settings

PREFIX = "leads."
#: A week of business hours at most: a longer target would never flag anything useful.
MAX_TARGET_MINUTES = 5 * 24 * 60


@dataclass
class LeadSettings:
    #: Business minutes within which a new lead gets a first outgoing contact.
    target_minutes: int = 15


def load_lead_settings(db: sqlite_utils.Database) -> LeadSettings:
    rows = dict(db.execute("SELECT key, value FROM settings WHERE key LIKE 'leads.%'").fetchall())
    values = {}
    for f in fields(LeadSettings):
        raw = rows.get(PREFIX + f.name)
        if raw is not None:
            values[f.name] = json.loads(raw)
    try:
        return validate_lead_settings(LeadSettings(**values))
    except (ValidationError, TypeError):
        # Written by a newer version or by hand: the default keeps flagging sensible.
        return LeadSettings()


def validate_lead_settings(values: LeadSettings) -> LeadSettings:
    target = values.target_minutes
    if isinstance(target, str) and target.strip().isdigit():
        target = int(target.strip())
    if not isinstance(target, int) or isinstance(target, bool) or not 1 <= target <= MAX_TARGET_MINUTES:
        raise ValidationError({"target_minutes": Message(
            QT_TRANSLATE_NOOP("core", "The target is a whole number of minutes between {low} and {high}."),
            {"low": 1, "high": MAX_TARGET_MINUTES})})
    return LeadSettings(target_minutes=target)


def save_lead_settings(ctx: Context, values: LeadSettings) -> LeadSettings:
    """Store the target; managers set it with the assignment rules (the same permission)."""
    require(ctx.user, Perm.LEAD_RULES)
    clean = validate_lead_settings(values)
    write_settings(ctx, PREFIX, asdict(clean))
    ctx.announce("settings", None, "update")
    return clean
