"""Personalising one text for many people: e-mails, letters and SMS share the same fields.

A template names fields between braces, ``Dear {first_name},``. Unknown names are refused
when the campaign is saved (``unknown_fields``) rather than sent literally to 5,000 people.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

FIELD = re.compile(r"\{([a-z_]+)\}")

#: The fields a template may use, with the label the editors show.
FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("core", "Title (Mr, Ms…)"),
    "first_name": QT_TRANSLATE_NOOP("core", "First name"),
    "last_name": QT_TRANSLATE_NOOP("core", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("core", "Full name"),
    "company": QT_TRANSLATE_NOOP("core", "Company"),
    "email": QT_TRANSLATE_NOOP("core", "E-mail"),
    "street": QT_TRANSLATE_NOOP("core", "Street"),
    "postcode": QT_TRANSLATE_NOOP("core", "Postcode"),
    "city": QT_TRANSLATE_NOOP("core", "City"),
    "country": QT_TRANSLATE_NOOP("core", "Country"),
}


def fields_for(person: Mapping[str, Any]) -> dict[str, str]:
    """The merge values of one person row (``company`` is the company's name when joined)."""
    first = (person.get("first_name") or "").strip()
    last = (person.get("last_name") or "").strip()
    out = {name: str(person.get(name) or "").strip() for name in FIELDS}
    out["full_name"] = f"{first} {last}".strip()
    out["company"] = str(person.get("company") or person.get("company_name") or "").strip()
    return out


def render(template: str | None, values: Mapping[str, str]) -> str:
    """Replace each ``{field}``; an empty value leaves nothing (never the brace text)."""
    if not template:
        return ""
    return FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def unknown_fields(template: str | None) -> list[str]:
    """Names between braces that are not merge fields, in order of appearance, once each."""
    seen: list[str] = []
    for name in FIELD.findall(template or ""):
        if name not in FIELDS and name not in seen:
            seen.append(name)
    return seen
