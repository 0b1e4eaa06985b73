"""The mail server that sends campaign e-mails, and how politely it is used.

Everything but the password is a business setting (it syncs: every machine sends as
the same sender with the same unsubscribe line). The password belongs to this
machine only and is kept in its local settings file, never in the shared database.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

import sqlite_utils

from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.settings import LocalSettings, load_local, save_local, write_settings
from crm_desktop.core.validation import FieldProblem, clean_text, normalize_email

PREFIX = "smtp."

SECURITY: dict[str, str] = {
    "starttls": QT_TRANSLATE_NOOP("core", "STARTTLS (usually port 587)"),
    "ssl": QT_TRANSLATE_NOOP("core", "SSL/TLS (usually port 465)"),
    "none": QT_TRANSLATE_NOOP("core", "None (a relay on the local network only)"),
}
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "ssl": 465, "none": 25}

#: The field of the unsubscribe line replaced by the address to write to.
SENDER_FIELD = "{sender}"
#: The unsubscribe line in each language a person may speak (people.language).
#: The recipient's language decides, not the user's: these are texts, not UI labels.
DEFAULT_UNSUBSCRIBE: dict[str, str] = {
    "en": "To stop receiving our e-mails, reply STOP or write to {sender}.",
    "fr": "Pour ne plus recevoir nos e-mails, répondez STOP ou écrivez à {sender}.",
    "nl": "Wilt u onze e-mails niet meer ontvangen? Antwoord STOP of schrijf naar {sender}.",
    "de": "Um keine E-Mails mehr von uns zu erhalten, antworten Sie STOP oder schreiben Sie an {sender}.",
}
#: The language whose line is used when a person's language has none.
FALLBACK_LANGUAGE = "en"
MAX_PER_MINUTE = 10_000
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9\-.]*[A-Za-z0-9])?$|^\[?[0-9a-fA-F:.]+\]?$")


@dataclass
class SmtpSettings:
    """How to reach the mail server and who the e-mails come from."""

    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    password: str = ""  # local to this machine: never written to the database
    sender_address: str = ""
    sender_name: str = ""
    reply_to: str = ""
    #: At most this many e-mails a minute (0: as fast as the server takes them).
    per_minute: int = 60
    unsubscribe: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_UNSUBSCRIBE))
    #: Seconds to wait for the server before calling it down.
    timeout_s: float = 30.0

    def configured(self) -> bool:
        return bool(self.host and self.sender_address)

    def unsubscribe_address(self) -> str:
        """Where a "STOP" goes: the reply-to address when there is one."""
        return self.reply_to or self.sender_address

    def unsubscribe_line(self, language: str | None) -> str:
        texts = self.unsubscribe or {}
        text = texts.get(language or "") or texts.get(FALLBACK_LANGUAGE) or DEFAULT_UNSUBSCRIBE[FALLBACK_LANGUAGE]
        return text.replace(SENDER_FIELD, self.unsubscribe_address())


#: Fields stored in the shared settings table (everything but the password).
SHARED_FIELDS = tuple(f.name for f in fields(SmtpSettings) if f.name != "password")


def load_smtp(db: sqlite_utils.Database, local: LocalSettings | None = None) -> SmtpSettings:
    """The shared settings with this machine's password."""
    rows = dict(db.execute("SELECT key, value FROM settings WHERE key LIKE 'smtp.%'").fetchall())
    values: dict[str, object] = {}
    for name in SHARED_FIELDS:
        raw = rows.get(PREFIX + name)
        if raw is None:
            continue
        try:
            values[name] = json.loads(raw)
        except ValueError:
            continue
    settings = SmtpSettings()
    for name, value in values.items():
        default = getattr(settings, name)
        if name == "unsubscribe":
            if isinstance(value, dict):
                settings.unsubscribe = {**DEFAULT_UNSUBSCRIBE, **{str(k): str(v) for k, v in value.items()}}
        elif isinstance(default, float) and isinstance(value, int | float) and not isinstance(value, bool):
            setattr(settings, name, float(value))
        elif isinstance(value, type(default)) and not isinstance(value, bool):
            setattr(settings, name, value)
        # anything else was written by hand or by a newer version: the default stays
    settings.password = (local if local is not None else load_local()).smtp_password or ""
    return settings


def validate_smtp(values: SmtpSettings) -> SmtpSettings:
    """The clean settings, or ValidationError naming each bad field."""
    errors: dict[str, Message] = {}
    clean = replace(values, unsubscribe=dict(values.unsubscribe or {}))

    host = (values.host or "").strip()
    if not host:
        errors["host"] = Message(QT_TRANSLATE_NOOP("core", "Write the name of the mail server, e.g. smtp.example.com."))
    elif len(host) > 253 or not _HOST.match(host):
        errors["host"] = Message(QT_TRANSLATE_NOOP("core", "Not a server name."))
    clean.host = host

    port = values.port
    if isinstance(port, str) and port.strip().isdigit():
        port = int(port.strip())
    if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
        errors["port"] = Message(QT_TRANSLATE_NOOP("core", "A port is a number between 1 and 65535."))
    else:
        clean.port = port

    if values.security not in SECURITY:
        errors["security"] = Message(QT_TRANSLATE_NOOP("core", "Choose how the connection is secured."))

    try:
        clean.username = clean_text(values.username, 254) or ""
    except FieldProblem as exc:
        errors["username"] = exc.message
    if len(values.password or "") > 1000:
        errors["password"] = Message(QT_TRANSLATE_NOOP("core", "At most {n} characters."), {"n": 1000})

    try:
        sender = normalize_email(values.sender_address)
    except FieldProblem as exc:
        errors["sender_address"] = exc.message
    else:
        if sender is None:
            errors["sender_address"] = Message(QT_TRANSLATE_NOOP("core", "The e-mails need a sender address."))
        else:
            clean.sender_address = sender
    try:
        clean.reply_to = normalize_email(values.reply_to) or ""
    except FieldProblem as exc:
        errors["reply_to"] = exc.message
    try:
        clean.sender_name = clean_text(values.sender_name, 120) or ""
    except FieldProblem as exc:
        errors["sender_name"] = exc.message
    if any(ch in clean.sender_name for ch in "\r\n"):
        errors["sender_name"] = Message(QT_TRANSLATE_NOOP("core", "One line only."))

    per_minute = values.per_minute
    if isinstance(per_minute, str) and per_minute.strip().isdigit():
        per_minute = int(per_minute.strip())
    if not isinstance(per_minute, int) or isinstance(per_minute, bool) or not 0 <= per_minute <= MAX_PER_MINUTE:
        errors["per_minute"] = Message(
            QT_TRANSLATE_NOOP("core", "Between {low} and {high} e-mails a minute (0: no limit)."),
            {"low": 0, "high": MAX_PER_MINUTE})
    else:
        clean.per_minute = per_minute

    unsubscribe: dict[str, str] = {}
    for language, text in (values.unsubscribe or {}).items():
        key = f"unsubscribe.{language}"
        try:
            line = clean_text(text, 300)
        except FieldProblem as exc:
            errors[key] = exc.message
            continue
        if not line:
            if language in DEFAULT_UNSUBSCRIBE:
                errors[key] = Message(QT_TRANSLATE_NOOP(
                    "core", "Every e-mail must tell how to stop receiving them: write this line."))
            continue
        unsubscribe[language] = " ".join(line.split())
    clean.unsubscribe = unsubscribe

    if not isinstance(values.timeout_s, int | float) or not 1 <= values.timeout_s <= 600:
        errors["timeout_s"] = Message(QT_TRANSLATE_NOOP("core", "Between {low} and {high} seconds."),
                                      {"low": 1, "high": 600})
    if errors:
        raise ValidationError(errors)
    return clean


def save_smtp(ctx: Context, values: SmtpSettings, local_path: Path | None = None) -> SmtpSettings:
    """Store the shared settings in the database and the password on this machine only."""
    require(ctx.user, Perm.SETTINGS)
    clean = validate_smtp(values)
    shared = asdict(clean)
    shared.pop("password")
    write_settings(ctx, PREFIX, shared)
    local = load_local(local_path)
    if local.smtp_password != clean.password:
        local.smtp_password = clean.password
        save_local(local, local_path)
    ctx.announce("settings", None, "update")
    return clean


def test_connection(settings: SmtpSettings) -> Message | None:
    """Connect, log in and quit: None when it worked, else what went wrong, for the user."""
    from crm_desktop.core.mailer import Mailer, SendStopped

    mailer = Mailer(settings)
    try:
        mailer.open()
    except SendStopped as exc:
        return exc.message
    finally:
        mailer.close()
    return None


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite its name
