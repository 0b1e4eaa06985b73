"""Finding records that are probably the same person or company.

Exact keys (e-mail, phone, VAT number) use indexes; close names use full-text
search to find candidates and RapidFuzz to score them, so the check stays fast
on 100,000 people.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import sqlite_utils
from rapidfuzz import fuzz

from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.db.fts import match_query

NAME_THRESHOLD = 90
LEGAL_FORMS = re.compile(
    r"\b(sa|sas|sarl|sprl|srl|sc|scrl|asbl|nv|bv|bvba|vof|cv|gmbh|ag|kg|ltd|llc|inc|eurl|snc)\b\.?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duplicate:
    kind: str  # "person" or "company"
    id: str
    label: str
    reason: str  # translatable English


class DuplicateFound(CrmError):
    """Creating this record would probably duplicate existing ones."""

    def __init__(self, matches: list[Duplicate]) -> None:
        self.matches = matches
        super().__init__(
            QT_TRANSLATE_NOOP("core", "This looks like an existing record: {label}."),
            label=matches[0].label,
        )


def fold(text: str) -> str:
    """Lower-case without accents or legal forms, for comparing names."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(LEGAL_FORMS.sub(" ", text).split())


def person_duplicates(
    db: sqlite_utils.Database, values: dict[str, Any], exclude_id: str | None = None
) -> list[Duplicate]:
    found: dict[str, Duplicate] = {}
    emails = [v for v in (values.get("email"), values.get("email2")) if v]
    phones = [v for v in (values.get("phone"), values.get("mobile")) if v]
    if emails:
        marks = ",".join("?" * len(emails))
        for row in db.execute_returning_dicts(
            f"SELECT id, first_name, last_name FROM people WHERE deleted_at IS NULL AND "
            f"(email IN ({marks}) OR email2 IN ({marks})) LIMIT 10", emails * 2,
        ):
            found.setdefault(row["id"], Duplicate("person", row["id"], _person_label(row),
                                                  QT_TRANSLATE_NOOP("core", "same e-mail address")))
    if phones:
        marks = ",".join("?" * len(phones))
        for row in db.execute_returning_dicts(
            f"SELECT id, first_name, last_name FROM people WHERE deleted_at IS NULL AND "
            f"(phone IN ({marks}) OR mobile IN ({marks})) LIMIT 10", phones * 2,
        ):
            found.setdefault(row["id"], Duplicate("person", row["id"], _person_label(row),
                                                  QT_TRANSLATE_NOOP("core", "same phone number")))
    full = f"{values.get('first_name') or ''} {values.get('last_name') or ''}".strip()
    query = match_query(values.get("last_name") or "")
    if query and full:
        target = fold(full)
        rows = db.execute_returning_dicts(
            "SELECT p.id, p.first_name, p.last_name FROM "
            "(SELECT rowid FROM people_fts WHERE people_fts MATCH ? LIMIT 500) f "
            "JOIN people p ON p.rid = f.rowid WHERE p.deleted_at IS NULL",
            [f"last_name : ({query})"],
        )
        for row in rows:
            score = fuzz.token_sort_ratio(target, fold(_person_label(row)))
            if score >= NAME_THRESHOLD:
                found.setdefault(row["id"], Duplicate("person", row["id"], _person_label(row),
                                                      QT_TRANSLATE_NOOP("core", "very similar name")))
    found.pop(exclude_id or "", None)
    return list(found.values())


def company_duplicates(
    db: sqlite_utils.Database, values: dict[str, Any], exclude_id: str | None = None
) -> list[Duplicate]:
    found: dict[str, Duplicate] = {}
    for column, reason in (
        ("vat", QT_TRANSLATE_NOOP("core", "same VAT number")),
        ("email", QT_TRANSLATE_NOOP("core", "same e-mail address")),
        ("phone", QT_TRANSLATE_NOOP("core", "same phone number")),
    ):
        if values.get(column):
            for row in db.execute_returning_dicts(
                f"SELECT id, name FROM companies WHERE deleted_at IS NULL AND {column} = ? LIMIT 10",
                [values[column]],
            ):
                found.setdefault(row["id"], Duplicate("company", row["id"], row["name"], reason))
    name = values.get("name") or ""
    folded = fold(name)
    query = match_query(folded)
    if query:
        rows = db.execute_returning_dicts(
            "SELECT c.id, c.name FROM "
            "(SELECT rowid FROM companies_fts WHERE companies_fts MATCH ? LIMIT 500) f "
            "JOIN companies c ON c.rid = f.rowid WHERE c.deleted_at IS NULL",
            [f"name : ({query})"],
        )
        for row in rows:
            if fuzz.token_sort_ratio(folded, fold(row["name"])) >= NAME_THRESHOLD:
                found.setdefault(row["id"], Duplicate("company", row["id"], row["name"],
                                                      QT_TRANSLATE_NOOP("core", "very similar name")))
    found.pop(exclude_id or "", None)
    return list(found.values())


def _person_label(row: dict[str, Any]) -> str:
    return f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
