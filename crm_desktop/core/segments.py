"""Segments: saved filters over people, counted live, used by campaigns and lists.

A segment stores its criteria, never its members: who is in it is worked out when asked
(``count``, ``person_ids``), so that a campaign launched next month reaches the people who
match then. The criteria themselves and their SQL are in ``segment_filter``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlite_utils

from crm_desktop.core import fields, records
from crm_desktop.core.choices import CONSENT_CHANNELS, PERSON_LANGUAGES, STAGES
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.segment_filter import (
    CRITERIA,
    HAS,
    VALUE_TIERS,
    Moment,
    to_sql,
    validate_filter,
)

TABLE = "segments"
EDITABLE = ("name", "filter", "notes")
#: Sort order of members: the people list's order (and its index).
_BY_NAME = "p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.rid"


# -- who is in a segment ------------------------------------------------------------------------


def count(db: sqlite_utils.Database, filter: Any, now: Moment) -> int:  # noqa: A002 - the brief's name
    """How many live people match the filter at ``now`` (a datetime or stored UTC text)."""
    where, params = to_sql(db, filter, now)
    return int(db.execute(f"SELECT count(*) FROM people p WHERE {where}", params).fetchone()[0])


def person_ids(db: sqlite_utils.Database, filter: Any, now: Moment) -> list[str]:  # noqa: A002
    """The ids of the people who match, by name (what a campaign takes as its members)."""
    where, params = to_sql(db, filter, now)
    return [row[0] for row in db.execute(f"SELECT p.id FROM people p WHERE {where} ORDER BY {_BY_NAME}", params)]


def preview(db: sqlite_utils.Database, filter: Any, now: Moment,  # noqa: A002
            limit: int = 50) -> list[dict[str, Any]]:
    """The first members by name: id, name, company (name), city, e-mail, company_id."""
    where, params = to_sql(db, filter, now)
    return db.execute_returning_dicts(
        f"SELECT p.id, trim(coalesce(p.first_name, '') || ' ' || p.last_name) AS name, c.name AS company, "
        f"p.company_id, p.city, coalesce(p.email, p.email2) AS email FROM people p "
        f"LEFT JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL "
        f"WHERE {where} ORDER BY {_BY_NAME} LIMIT ?", [*params, max(int(limit), 0)])


# -- saved segments -----------------------------------------------------------------------------


def validate(values: Mapping[str, Any], partial: bool = False) -> dict[str, Any]:
    """Name (required), notes, and the filter; its problems are keyed by criterion."""
    c = fields.Collector(values)
    if not partial or "name" in values:
        c.take("name", fields.text(120))
        c.require("name")
    if not partial or "notes" in values:
        c.take("notes", fields.text(2000))
    errors = dict(c.errors)
    clean = dict(c.clean)
    if not partial or "filter" in values:
        try:
            clean["filter"] = validate_filter(values.get("filter"))
        except ValidationError as exc:
            errors.update({key: message for key, message in exc.errors.items() if key not in errors})
    if errors:
        raise ValidationError(errors)
    return clean


def create(ctx: Context, values: Mapping[str, Any]) -> str:
    """Save a new segment ({"name", "filter", "notes"}); returns its id."""
    require(ctx.user, Perm.CAMPAIGN_WRITE)
    return records.create_checked(ctx, TABLE, Perm.CAMPAIGN_WRITE, validate(values))


def update(ctx: Context, segment_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Save the given fields; returns the columns that changed."""
    require(ctx.user, Perm.CAMPAIGN_WRITE)
    wanted = {key: value for key, value in values.items() if key in EDITABLE}
    return records.update_checked(ctx, TABLE, segment_id, validate(wanted, partial=True))


def delete(ctx: Context, segment_id: str) -> None:
    """To the trash (campaigns that used it keep their members)."""
    records.trash(ctx, TABLE, Perm.CAMPAIGN_WRITE, segment_id)


def restore(ctx: Context, segment_id: str) -> None:
    """Back from the trash (whoever may prepare campaigns, and restore from the trash)."""
    require(ctx.user, Perm.CAMPAIGN_WRITE)
    records.untrash(ctx, TABLE, segment_id)


def get(db: sqlite_utils.Database, segment_id: str) -> dict[str, Any]:
    """The segment with its ``filter`` as a dict."""
    return records.fetch(db, TABLE, segment_id)


def all_segments(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Live segments by name, each with its filter as a dict."""
    rows = db.execute_returning_dicts(
        "SELECT id, name, filter, notes, updated_at FROM segments WHERE deleted_at IS NULL "
        "ORDER BY name COLLATE NOCASE, rid")
    return [records.from_db(row) for row in rows]


# -- what the editor offers, and what a filter says -------------------------------------------


def choices(db: sqlite_utils.Database) -> dict[str, list[tuple[str, str]]]:
    """(key, label) pairs the editor offers per criterion; labels of fixed vocabularies are core's to translate.

    Tags, interests, cities and industries are those in use on live records (their label is the value).
    """
    def values(sql: str) -> list[tuple[str, str]]:
        return [(row[0], row[0]) for row in db.execute(sql) if row[0]]

    languages = dict(PERSON_LANGUAGES)
    for (code,) in db.execute("SELECT DISTINCT language FROM people WHERE deleted_at IS NULL "
                              "AND language IS NOT NULL ORDER BY language"):
        if code and code.lower() not in languages and len(code) <= 3 and code.isalpha():
            languages[code.lower()] = code.lower()
    return {
        "stages": list(STAGES.items()),
        "tags": values("SELECT DISTINCT j.value FROM people t, json_each(t.tags) j "
                       "WHERE t.deleted_at IS NULL AND t.tags <> '[]' ORDER BY j.value COLLATE NOCASE"),
        "interests": values("SELECT DISTINCT j.value FROM people t, json_each(t.interests) j "
                            "WHERE t.deleted_at IS NULL AND t.interests <> '[]' ORDER BY j.value COLLATE NOCASE"),
        "languages": list(languages.items()),
        "cities": values("SELECT city FROM people WHERE deleted_at IS NULL AND city IS NOT NULL "
                         "GROUP BY city COLLATE NOCASE ORDER BY city COLLATE NOCASE"),
        "owners": [(row[0], row[1]) for row in db.execute(
            "SELECT id, name FROM users WHERE deleted_at IS NULL AND coalesce(active, 1) = 1 "
            "ORDER BY name COLLATE NOCASE")],
        "industries": values("SELECT industry FROM companies WHERE deleted_at IS NULL AND industry IS NOT NULL "
                             "GROUP BY industry COLLATE NOCASE ORDER BY industry COLLATE NOCASE"),
        "value_tiers": list(VALUE_TIERS.items()),
        "support_levels": [(row[0], row[1]) for row in db.execute(
            "SELECT id, name FROM support_levels WHERE deleted_at IS NULL AND active = 1 "
            "ORDER BY rank, name COLLATE NOCASE")],
        "consent": list(CONSENT_CHANNELS.items()),
        "has": list(HAS.items()),
    }


def _or(items: list[Message | str]) -> Message | str:
    """"a, b or c" with each item translated (labels) or kept (user data)."""
    if len(items) == 1:
        return items[0]
    head: Message | str = items[0]
    for item in items[1:-1]:
        head = Message(QT_TRANSLATE_NOOP("core", "{head}, {item}"), {"head": head, "item": item})
    return Message(QT_TRANSLATE_NOOP("core", "{head} or {last}"), {"head": head, "last": items[-1]})


def _names(db: sqlite_utils.Database | None, table: str, ids: list[str]) -> dict[str, str]:
    if db is None or not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(db.execute(f"SELECT id, name FROM {table} WHERE id IN ({marks})", ids).fetchall())


def describe_filter(filter: Any, db: sqlite_utils.Database | None = None) -> list[Message]:  # noqa: A002
    """One readable line per criterion ("Stage: Lead or Prospect"); owners and levels named when ``db`` is given.

    An empty filter says that it takes everyone.
    """
    flt = validate_filter(filter)
    if not flt:
        return [Message(QT_TRANSLATE_NOOP("core", "Everyone (no criteria)"))]
    labels: dict[str, Mapping[str, str]] = {"stages": STAGES, "languages": PERSON_LANGUAGES,
                                            "value_tiers": VALUE_TIERS, "consent": CONSENT_CHANNELS, "has": HAS}
    names = {"owners": _names(db, "users", flt.get("owners", [])),
             "support_levels": _names(db, "support_levels", flt.get("support_levels", []))}
    out: list[Message] = []
    for key, value in flt.items():
        if key == "last_purchase":
            (mode, days), = value.items()
            text = (QT_TRANSLATE_NOOP("core", "bought in the last {days} days") if mode == "within_days"
                    else QT_TRANSLATE_NOOP("core", "no purchase in the last {days} days"))
            shown: Message | str = Message(text, {"days": days})
        elif key == "postcodes":
            shown = _or([f"{prefix}…" for prefix in value])
        else:
            vocabulary = labels.get(key)
            shown = _or([Message(vocabulary[item]) if vocabulary and item in vocabulary
                         else names.get(key, {}).get(item, item) for item in value])
        out.append(Message(QT_TRANSLATE_NOOP("core", "{criterion}: {values}"),
                           {"criterion": Message(CRITERIA[key]), "values": shown}))
    return out
