"""Companies: the organisations a business sells to and supports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlite_utils

from crm_desktop.core import fields, records
from crm_desktop.core.context import Context
from crm_desktop.core.duplicates import company_duplicates
from crm_desktop.core.errors import NotFound
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.settings import load_business
from crm_desktop.core.validation import (
    normalize_email,
    normalize_phone,
    normalize_vat,
    normalize_website,
)

TABLE = "companies"

FIELDS = (
    "name", "vat", "street", "postcode", "city", "country", "phone", "email", "website",
    "industry", "owner_id", "stage", "tags", "notes", "custom",
)


def validate(ctx: Context, values: Mapping[str, Any]) -> dict[str, Any]:
    business = load_business(ctx.db)
    country = (str(values.get("country") or "") or business.country or "BE").upper()[:2]
    c = fields.Collector(values)
    c.take("name", fields.text(200))
    c.require("name")
    c.take("vat", lambda v: normalize_vat(v, country))
    c.take("street", fields.text(200))
    c.take("postcode", fields.text(20))
    c.take("city", fields.text(100))
    c.take("country", lambda v: (fields.text(2)(v) or "").upper() or None)
    c.take("phone", lambda v: normalize_phone(v, business.phone_region))
    c.take("email", normalize_email)
    c.take("website", normalize_website)
    c.take("industry", fields.text(100))
    c.take("owner_id", fields.existing_user(ctx.db))
    c.take("stage", lambda v: fields.stage(v) or "prospect")
    c.take("tags", fields.tags)
    c.take("notes", fields.text(20000))
    c.take("custom", fields.custom_fields)
    return c.done()


def create(ctx: Context, values: Mapping[str, Any], allow_duplicate: bool = False) -> str:
    """Create a company; raise DuplicateFound when one probably exists already."""
    require(ctx.user, Perm.COMPANY_WRITE)
    return records.create_checked(
        ctx, TABLE, Perm.COMPANY_WRITE, validate(ctx, values), company_duplicates, allow_duplicate
    )


def update(ctx: Context, company_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    require(ctx.user, Perm.COMPANY_WRITE)
    current = records.fetch(ctx.db, TABLE, company_id)
    merged = {**{k: current.get(k) for k in FIELDS}, **values}
    return records.update_checked(ctx, TABLE, company_id, validate(ctx, merged))


def get(ctx: Context, company_id: str, include_deleted: bool = False) -> dict[str, Any]:
    return records.fetch(ctx.db, TABLE, company_id, include_deleted)


def delete(ctx: Context, company_id: str) -> None:
    """Send to the trash. Its people keep their link and come back with it."""
    records.trash(ctx, TABLE, Perm.COMPANY_DELETE, company_id)


def restore(ctx: Context, company_id: str) -> None:
    records.untrash(ctx, TABLE, company_id)


def names(ctx: Context, prefix: str = "", limit: int = 50) -> list[tuple[str, str]]:
    """(id, name) pairs for pickers, by name (a technician's: their scope's)."""
    from crm_desktop.core import access

    scope, params = access.companies_scope_sql(access.scope_lists(ctx.db, access.seen_by(ctx.user)), "companies")
    return [
        (r[0], r[1])
        for r in ctx.db.execute(
            f"SELECT id, name FROM companies WHERE deleted_at IS NULL AND name LIKE ? AND {scope} "
            "ORDER BY name COLLATE NOCASE LIMIT ?",
            [f"{prefix}%", *params, limit],
        ).fetchall()
    ]


def find_customer(db: sqlite_utils.Database, text: str) -> str:
    """A customer's key ("c:<company>" or "p:<person>") from a company or person id or an exact name.

    The command line's ``report customer --id`` accepts all four. A person who works for a company
    stands for their company (a person's activity counts for it). Ambiguous or unknown: NotFound.
    """
    wanted = " ".join((text or "").split())
    if not wanted:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Give a customer's id or exact name."))
    row = db.execute("SELECT id FROM companies WHERE id = ? AND deleted_at IS NULL", [wanted]).fetchone()
    if row:
        return f"c:{row[0]}"
    row = db.execute("SELECT id, company_id FROM people WHERE id = ? AND deleted_at IS NULL", [wanted]).fetchone()
    if row:
        return f"c:{row[1]}" if row[1] else f"p:{row[0]}"
    found = [f"c:{r[0]}" for r in db.execute(
        "SELECT id FROM companies WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL", [wanted]).fetchall()]
    found += [f"c:{r[1]}" if r[1] else f"p:{r[0]}" for r in db.execute(
        "SELECT id, company_id FROM people WHERE deleted_at IS NULL "
        "AND trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) = ? COLLATE NOCASE", [wanted]
    ).fetchall()]
    found = sorted(set(found))
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFound(QT_TRANSLATE_NOOP("core", "{count} customers are named {name}: give the id."),
                       count=len(found), name=wanted)
    raise NotFound(QT_TRANSLATE_NOOP("core", "No company or person has the id or name {name}."), name=wanted)

