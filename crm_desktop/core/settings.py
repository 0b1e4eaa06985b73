"""All settings in one typed place.

BusinessSettings live in the database (they sync: every machine prints the same
letterhead). LocalSettings belong to this machine and user (language, which
database to open, when the last automatic backup ran) and live in a JSON file in
the user's configuration folder.
"""

from __future__ import annotations

import json
import locale
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs
import sqlite_utils

from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.validation import FieldProblem, clean_text, normalize_vat
from crm_desktop.db.connection import write_transaction

APP_NAME = "CRM Desktop"
APP_AUTHOR = "CRMDesktop"
LANGUAGES = ("en", "fr")
CURRENCIES = ("EUR", "CHF", "GBP", "USD")
PHONE_REGIONS = ("BE", "FR", "NL", "LU", "DE", "CH", "GB")


@dataclass
class BusinessSettings:
    """The business using the CRM: letterhead of reports, defaults for input."""

    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "BE"
    vat: str = ""
    logo_sha256: str = ""
    currency: str = "EUR"
    phone_region: str = "BE"


def load_business(db: sqlite_utils.Database) -> BusinessSettings:
    rows = dict(db.execute("SELECT key, value FROM settings WHERE key LIKE 'business.%'").fetchall())
    values = {}
    for f in fields(BusinessSettings):
        raw = rows.get(f"business.{f.name}")
        if raw is not None:
            values[f.name] = json.loads(raw)
    return BusinessSettings(**values)


def validate_business(values: BusinessSettings) -> BusinessSettings:
    errors: dict[str, Message] = {}
    clean = BusinessSettings(**asdict(values))
    for name in ("name", "street", "postcode", "city"):
        try:
            setattr(clean, name, clean_text(getattr(values, name), 200) or "")
        except FieldProblem as exc:
            errors[name] = exc.message
    try:
        clean.vat = normalize_vat(values.vat, values.country or "BE") or ""
    except FieldProblem as exc:
        errors["vat"] = exc.message
    if values.currency not in CURRENCIES:
        errors["currency"] = Message(QT_TRANSLATE_NOOP("core", "Unknown currency."))
    if values.phone_region not in PHONE_REGIONS:
        errors["phone_region"] = Message(QT_TRANSLATE_NOOP("core", "Unknown region."))
    if errors:
        raise ValidationError(errors)
    return clean


def save_business(ctx: Context, values: BusinessSettings) -> BusinessSettings:
    require(ctx.user, Perm.SETTINGS)
    clean = validate_business(values)
    write_settings(ctx, "business.", asdict(clean))
    return clean


def write_settings(ctx: Context, prefix: str, values: dict[str, object]) -> None:
    """Store typed settings as JSON under ``prefix``; unchanged values are not rewritten
    (the sync layer logs real changes only)."""
    now = ctx.now()
    with write_transaction(ctx.db):
        for key, value in values.items():
            ctx.db.execute(
                "INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at "
                "WHERE settings.value IS NOT excluded.value",
                [prefix + key, json.dumps(value), now],
            )


def system_language() -> str:
    """French when the system speaks French, English otherwise."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "fr" if code.startswith("fr") else "en"


@dataclass
class LocalSettings:
    """This machine's own preferences."""

    language: str = ""  # empty: the system's language
    database: str = ""  # empty: the default file in the data folder
    last_backup: str = ""  # ISO date of the last automatic backup
    first_run_done: bool = False
    #: Sync: the shared folder (or USB stick) and automatic sync every N minutes (0: off).
    hub_folder: str = ""
    auto_sync_minutes: int = 0
    #: Per database file: the site id it had here and its last sequence number. A file
    #: whose id or sequence does not match was copied or restored: it gets a new site id.
    sites: dict[str, dict[str, object]] = field(default_factory=dict)
    #: The campaign mail server's password stays on this machine (core/smtp_settings): it never syncs.
    smtp_password: str = ""
    #: The last automatic backup that failed (core/backup.BackupFailure as a dict; empty: none since the last
    #: good one). Shown once at the next start; a successful backup clears it.
    backup_failure: dict[str, object] = field(default_factory=dict)

    def effective_language(self) -> str:
        return self.language if self.language in LANGUAGES else system_language()


def config_dir() -> Path:
    override = os.environ.get("CRM_DESKTOP_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    override = os.environ.get("CRM_DESKTOP_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / "crm.db"


def local_settings_path() -> Path:
    return config_dir() / "settings.json"


def load_local(path: Path | None = None) -> LocalSettings:
    target = path or local_settings_path()
    try:
        raw = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return LocalSettings()
    known = {f.name for f in fields(LocalSettings)}
    return LocalSettings(**{k: v for k, v in raw.items() if k in known})


def save_local(settings: LocalSettings, path: Path | None = None) -> None:
    """Write atomically: a crash never leaves a half-written settings file."""
    target = path or local_settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(tmp, target)
