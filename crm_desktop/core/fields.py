"""Validating the fields people and companies share, gathering one message per field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import sqlite_utils

from crm_desktop.core.choices import CONSENT_CHANNELS, CONSENT_STATES, STAGES
from crm_desktop.core.clock import from_iso, to_iso
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.validation import (
    FieldProblem,
    clean_text,
    parse_choice,
    parse_date,
    parse_list,
)


class Collector:
    """Runs field parsers and keeps every problem, so the form shows all at once."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = values
        self.clean: dict[str, Any] = {}
        self.errors: dict[str, Message] = {}

    def take(self, name: str, parser: Callable[[Any], Any], column: str | None = None) -> None:
        try:
            self.clean[column or name] = parser(self.values.get(name))
        except FieldProblem as exc:
            self.errors[name] = exc.message

    def require(self, name: str) -> None:
        if name not in self.errors and not self.clean.get(name):
            self.errors[name] = Message(QT_TRANSLATE_NOOP("core", "This field is required."))

    def fail(self, name: str, message: Message) -> None:
        self.errors.setdefault(name, message)

    def done(self) -> dict[str, Any]:
        if self.errors:
            raise ValidationError(self.errors)
        return self.clean


def existing(ctx: Any, table: str) -> Callable[[Any], str | None]:
    """A reference to a live record of ``table`` (a chooser may offer one deleted meanwhile)."""

    def parse(value: Any) -> str | None:
        if not value:
            return None
        # Ids are text: a number (however large) is looked up as its text, never bound as an integer.
        if not ctx.db.execute(f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", [str(value)]).fetchone():
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "This record no longer exists."))
        return str(value)

    return parse


def moment(value: Any) -> str | None:
    """A date and time as typed or picked, stored as UTC ISO text."""
    if value is None or value == "":
        return None
    try:
        return to_iso(from_iso(str(value)))
    except (ValueError, OverflowError) as exc:  # OverflowError: year 1 or 9999 moved to UTC
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Not a date and time.")) from exc


def text(max_length: int = 200) -> Callable[[Any], str | None]:
    return lambda value: clean_text(value, max_length)


def stage(value: Any) -> str | None:
    return parse_choice(value, tuple(STAGES))


def tags(value: Any) -> list[str]:
    return parse_list(value)


def custom_fields(value: Any) -> dict[str, str]:
    """Free custom fields: a mapping of label to text."""
    if not value:
        return {}
    if not isinstance(value, Mapping):
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Custom fields must be pairs of name and value."))
    out: dict[str, str] = {}
    for key, item in value.items():
        name = clean_text(key, 60)
        if not name:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "A custom field needs a name."))
        val = clean_text(item, 1000)
        if val is not None:
            out[name] = val
    if len(out) > 50:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "At most {n} items."), n=50)
    return out


def consent(value: Any) -> dict[str, dict[str, str]]:
    """Consent per channel with its state, date and source (the proof)."""
    if not value:
        return {}
    if not isinstance(value, Mapping):
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Consent must be given per channel."))
    out: dict[str, dict[str, str]] = {}
    for channel, entry in value.items():
        if channel not in CONSENT_CHANNELS:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "Unknown channel: {channel}."), channel=channel)
        if not entry:
            continue
        state = (entry.get("status") or "").strip()
        if state not in CONSENT_STATES:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "Consent is either given or withdrawn."))
        day = parse_date(entry.get("date"))
        if not day:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "Consent needs the date it was given or withdrawn."))
        source = clean_text(entry.get("source"), 200)
        if not source:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "Consent needs its source (how it was obtained)."))
        out[channel] = {"status": state, "date": day, "source": source}
    return out


def existing_user(db: sqlite_utils.Database) -> Callable[[Any], str | None]:
    def parse(value: Any) -> str | None:
        if not value:
            return None
        row = db.execute(
            "SELECT id FROM users WHERE (id = ? OR name = ?) AND deleted_at IS NULL LIMIT 1",
            [str(value), str(value)],
        ).fetchone()
        if not row:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "No such user."))
        return row[0]

    return parse


def existing_company(db: sqlite_utils.Database) -> Callable[[Any], str | None]:
    def parse(value: Any) -> str | None:
        if not value:
            return None
        row = db.execute(
            "SELECT id FROM companies WHERE id = ? AND deleted_at IS NULL", [value]
        ).fetchone()
        if not row:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "This company does not exist (any more)."))
        return row[0]

    return parse
