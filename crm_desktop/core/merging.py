"""Duplicates after the fact, and merging them.

Two offline machines may both type in the same new customer; both records sync.
Here they are found (same e-mail, phone or VAT number, or the same name once
folded) and merged: the kept record takes the other's missing fields, tags and
interests, its history and files; the other goes to the trash. Every step is an
ordinary write, so the merge syncs like anything else. References to records that
are missing or in the trash are listed for fixing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from crm_desktop.core import companies, people, records
from crm_desktop.core.context import Context
from crm_desktop.core.duplicates import fold
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.db.connection import write_transaction


@dataclass(frozen=True)
class DuplicateGroup:
    kind: str  # person or company
    ids: tuple[str, ...]
    labels: tuple[str, ...]
    reason: str  # translatable, context "core"


@dataclass(frozen=True)
class DanglingReference:
    table: str  # where the reference is
    row_id: str
    column: str
    target_id: str
    target_state: str  # "missing" or "deleted"
    label: str = ""  # the referring record, as a person reads it


_PEOPLE_KEYS = (
    ("email", QT_TRANSLATE_NOOP("core", "same e-mail address")),
    ("phone", QT_TRANSLATE_NOOP("core", "same phone number")),
    ("mobile", QT_TRANSLATE_NOOP("core", "same phone number")),
)
_COMPANY_KEYS = (
    ("vat", QT_TRANSLATE_NOOP("core", "same VAT number")),
    ("email", QT_TRANSLATE_NOOP("core", "same e-mail address")),
)


def find_groups(db: sqlite_utils.Database, limit: int = 500) -> list[DuplicateGroup]:
    """Groups of live records that are probably the same (uses the indexes)."""
    groups: list[DuplicateGroup] = []
    seen: set[frozenset[str]] = set()

    def add(kind: str, rows: list[tuple[str, str]], reason: str) -> None:
        key = frozenset(r[0] for r in rows)
        if len(key) > 1 and key not in seen:
            seen.add(key)
            groups.append(DuplicateGroup(kind, tuple(r[0] for r in rows), tuple(r[1] for r in rows), reason))

    sources = (
        ("person", "people", "trim(coalesce(first_name, '') || ' ' || last_name)", _PEOPLE_KEYS),
        ("company", "companies", "name", _COMPANY_KEYS),
    )
    for kind, table, label, keys in sources:
        for column, reason in keys:
            for (value,) in db.execute(
                f"SELECT {column} FROM {table} WHERE deleted_at IS NULL AND {column} IS NOT NULL "
                f"GROUP BY {column} HAVING count(*) > 1 LIMIT ?", [limit]
            ).fetchall():
                rows = db.execute(
                    f"SELECT id, {label} FROM {table} WHERE {column} = ? AND deleted_at IS NULL "
                    "ORDER BY created_at, id", [value]
                ).fetchall()
                add(kind, rows, reason)
    by_name: dict[str, list[tuple[str, str]]] = {}
    for row_id, name in db.execute(
        "SELECT id, name FROM companies WHERE deleted_at IS NULL ORDER BY created_at, id"
    ).fetchall():
        by_name.setdefault(fold(name), []).append((row_id, name))
    for rows in by_name.values():
        if len(rows) > 1:
            add("company", rows, QT_TRANSLATE_NOOP("core", "same name"))
    return groups[:limit]


def dangling(db: sqlite_utils.Database, limit: int = 1000) -> list[DanglingReference]:
    """References from live records to records that are missing or in the trash."""
    checks = (
        ("people", "company_id", "companies", "trim(coalesce(t.first_name, '') || ' ' || t.last_name)"),
        ("history", "person_id", "people", "coalesce(t.subject, substr(t.body, 1, 60))"),
        ("history", "company_id", "companies", "coalesce(t.subject, substr(t.body, 1, 60))"),
    )
    out: list[DanglingReference] = []
    for table, column, target, label in checks:
        for row_id, target_id, deleted, text in db.execute(
            f"SELECT t.id, t.{column}, x.deleted_at IS NOT NULL, {label} FROM {table} t "
            f"LEFT JOIN {target} x ON x.id = t.{column} "
            f"WHERE t.deleted_at IS NULL AND t.{column} IS NOT NULL "
            f"AND (x.id IS NULL OR x.deleted_at IS NOT NULL) LIMIT ?", [limit]
        ).fetchall():
            out.append(DanglingReference(table, row_id, column, target_id, "deleted" if deleted else "missing",
                                         text or ""))
    return out


def _fill(keep: dict[str, Any], other: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The kept record's values, completed by the other's where it has none."""
    out: dict[str, Any] = {}
    for name in fields:
        mine, theirs = keep.get(name), other.get(name)
        if isinstance(mine, list) and isinstance(theirs, list):
            merged = list(dict.fromkeys([*mine, *theirs]))
            if merged != mine:
                out[name] = merged
        elif isinstance(mine, dict) and isinstance(theirs, dict):
            merged_map = {**theirs, **mine}
            if merged_map != mine:
                out[name] = merged_map
        elif mine in (None, "") and theirs not in (None, ""):
            out[name] = theirs
    return out


def merge_people(ctx: Context, keep_id: str, other_id: str) -> None:
    """Merge person ``other_id`` into ``keep_id`` (history and files follow)."""
    require(ctx.user, Perm.PERSON_DELETE)
    if keep_id == other_id:
        raise CrmError(QT_TRANSLATE_NOOP("core", "Choose two different records to merge."))
    keep, other = people.get(ctx, keep_id), people.get(ctx, other_id)
    other = {**other, "credit_limit": other.get("credit_limit_cents")}
    keep_input = {**keep, "credit_limit": keep.get("credit_limit_cents")}
    changes = _fill(keep_input, other, people.FIELDS)
    with write_transaction(ctx.db):
        if changes:
            people.update(ctx, keep_id, changes)
        _move(ctx, "history", "person_id", other_id, keep_id)
        _move_attachments(ctx, other_id, keep_id)
        records.trash(ctx, people.TABLE, Perm.PERSON_DELETE, other_id)
    ctx.announce(people.TABLE, keep_id, "update")


def merge_companies(ctx: Context, keep_id: str, other_id: str) -> None:
    """Merge company ``other_id`` into ``keep_id`` (people, history and files follow)."""
    require(ctx.user, Perm.COMPANY_DELETE)
    if keep_id == other_id:
        raise CrmError(QT_TRANSLATE_NOOP("core", "Choose two different records to merge."))
    keep, other = companies.get(ctx, keep_id), companies.get(ctx, other_id)
    changes = _fill(keep, other, companies.FIELDS)
    with write_transaction(ctx.db):
        if changes:
            companies.update(ctx, keep_id, changes)
        _move(ctx, "people", "company_id", other_id, keep_id)
        _move(ctx, "history", "company_id", other_id, keep_id)
        _move_attachments(ctx, other_id, keep_id)
        records.trash(ctx, companies.TABLE, Perm.COMPANY_DELETE, other_id)
    ctx.announce(companies.TABLE, keep_id, "update")


def _move(ctx: Context, table: str, column: str, old: str, new: str) -> None:
    now = ctx.now()
    ctx.db.execute(
        f"UPDATE {table} SET {column} = ?, updated_at = ?, updated_by = ? WHERE {column} = ?",
        [new, now, ctx.user.id, old],
    )


def _move_attachments(ctx: Context, old: str, new: str) -> None:
    now = ctx.now()
    ctx.db.execute(
        "UPDATE attachments SET owner_id = ?, updated_at = ?, updated_by = ? WHERE owner_id = ?",
        [new, now, ctx.user.id, old],
    )
