"""People: the contacts a business deals with, alone or within a company."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm_desktop.core import access, consent_ledger, fields, records
from crm_desktop.core.choices import PERSON_LANGUAGES, SOURCES
from crm_desktop.core.context import Context
from crm_desktop.core.duplicates import person_duplicates
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.settings import load_business
from crm_desktop.core.validation import (
    normalize_email,
    normalize_phone,
    parse_cents,
    parse_choice,
    parse_date,
    parse_int,
)
from crm_desktop.db.connection import write_transaction

TABLE = "people"

#: Input keys accepted by create/update (credit_limit is money text or cents).
FIELDS = (
    "first_name", "last_name", "title", "company_id", "email", "email2", "phone", "mobile",
    "street", "postcode", "city", "country", "language", "stage", "owner_id", "source",
    "interests", "consent", "credit_limit", "payment_terms_days", "birthday", "tags", "notes",
    "custom",
)


def validate(ctx: Context, values: Mapping[str, Any]) -> dict[str, Any]:
    """Clean every field or raise ValidationError listing each bad field."""
    region = load_business(ctx.db).phone_region
    c = fields.Collector(values)
    c.take("first_name", fields.text(100))
    c.take("last_name", fields.text(100))
    c.require("last_name")
    c.take("title", fields.text(100))
    c.take("company_id", fields.existing_company(ctx.db))
    c.take("email", normalize_email)
    c.take("email2", normalize_email)
    c.take("phone", lambda v: normalize_phone(v, region))
    c.take("mobile", lambda v: normalize_phone(v, region))
    c.take("street", fields.text(200))
    c.take("postcode", fields.text(20))
    c.take("city", fields.text(100))
    c.take("country", lambda v: (fields.text(2)(v) or "").upper() or None)
    c.take("language", lambda v: parse_choice(v, tuple(PERSON_LANGUAGES)))
    c.take("stage", lambda v: fields.stage(v) or "lead")
    c.take("owner_id", fields.existing_user(ctx.db))
    c.take("source", lambda v: parse_choice(v, tuple(SOURCES)))
    c.take("interests", fields.tags)
    c.take("consent", fields.consent)
    c.take("credit_limit", parse_cents, column="credit_limit_cents")
    c.take("payment_terms_days", lambda v: parse_int(v, 0, 365))
    c.take("birthday", parse_date)
    c.take("tags", fields.tags)
    c.take("notes", fields.text(20000))
    c.take("custom", fields.custom_fields)
    return c.done()


def _input_from_row(row: Mapping[str, Any]) -> dict[str, Any]:
    values = {key: row.get(key) for key in FIELDS if key in row}
    values["credit_limit"] = row.get("credit_limit_cents")
    return values


def create(ctx: Context, values: Mapping[str, Any], allow_duplicate: bool = False) -> str:
    """Create a person; raise DuplicateFound when one probably exists already."""
    require(ctx.user, Perm.PERSON_WRITE)
    clean = validate(ctx, values)
    if not clean.get("consent"):
        return records.create_checked(ctx, TABLE, Perm.PERSON_WRITE, clean, person_duplicates, allow_duplicate)
    with write_transaction(ctx.db):  # the consent ledger is written with the person, or not at all
        person_id = records.create_checked(ctx, TABLE, Perm.PERSON_WRITE, clean, person_duplicates, allow_duplicate)
        consent_ledger.record_changes(ctx, person_id, {}, clean["consent"], consent_ledger.FORM)
    return person_id


def update(ctx: Context, person_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Change the given fields; the others keep their value."""
    require(ctx.user, Perm.PERSON_WRITE)
    current = records.fetch(ctx.db, TABLE, person_id)
    merged = {**_input_from_row(current), **values}
    clean = validate(ctx, merged)
    access.check_links(ctx, {"company_id": clean.get("company_id")}, current)
    if clean.get("consent") == current.get("consent"):
        return records.update_checked(ctx, TABLE, person_id, clean)
    with write_transaction(ctx.db):  # the consent ledger is written with the change, or not at all
        changed = records.update_checked(ctx, TABLE, person_id, clean)
        consent_ledger.record_changes(ctx, person_id, current.get("consent"), clean.get("consent"),
                                      consent_ledger.FORM)
    return changed


def get(ctx: Context, person_id: str, include_deleted: bool = False) -> dict[str, Any]:
    return records.fetch(ctx.db, TABLE, person_id, include_deleted)


def delete(ctx: Context, person_id: str) -> None:
    """Send to the trash (restorable)."""
    records.trash(ctx, TABLE, Perm.PERSON_DELETE, person_id)


def restore(ctx: Context, person_id: str) -> None:
    records.untrash(ctx, TABLE, person_id)


def display_name(row: Mapping[str, Any]) -> str:
    return f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()


def of_company(ctx: Context, company_id: str, limit: int = 500) -> list[dict[str, Any]]:
    """The people of a company, by name."""
    return ctx.db.execute_returning_dicts(
        "SELECT id, first_name, last_name, title, email, phone, mobile, stage FROM people "
        "WHERE company_id = ? AND deleted_at IS NULL "
        "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE LIMIT ?",
        [company_id, limit],
    )
