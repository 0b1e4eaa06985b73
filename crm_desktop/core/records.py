"""Writing synced records the same way everywhere: ids, times, authors, soft delete.

Only columns whose value really changed are written, so that the sync layer's
triggers log real changes only and concurrent edits of other fields never clash.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import sqlite_utils

from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.db.connection import write_transaction
from crm_desktop.db.ids import new_id

JSON_COLUMNS = frozenset({"tags", "custom", "interests", "consent", "skills", "hours", "checklist", "seller_ids",
                          "lines", "filter", "channels"})
#: JSON columns that hold a list (the others hold a map).
LIST_COLUMNS = frozenset({"tags", "interests", "skills", "hours", "seller_ids", "lines", "channels"})


def to_db(column: str, value: Any) -> Any:
    if column in JSON_COLUMNS:
        return json.dumps(value if value is not None else ([] if column in LIST_COLUMNS else {}),
                          ensure_ascii=False, sort_keys=True)
    return value


def from_db(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for column in JSON_COLUMNS & out.keys():
        raw = out[column]
        if not isinstance(raw, str | None):
            continue  # a derived count that shares a JSON column's name (product_buyers.lines)
        try:
            out[column] = json.loads(raw) if raw else ([] if column in LIST_COLUMNS else {})
        except ValueError:
            out[column] = [] if column in LIST_COLUMNS else {}
    return out


def fetch(db: sqlite_utils.Database, table: str, record_id: str, include_deleted: bool = False) -> dict[str, Any]:
    rows = db.execute_returning_dicts(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    if not rows or (rows[0]["deleted_at"] and not include_deleted):
        raise NotFound(QT_TRANSLATE_NOOP("core", "This record no longer exists."))
    return from_db(rows[0])


def insert(ctx: Context, table: str, values: Mapping[str, Any], record_id: str | None = None) -> str:
    now = ctx.now()
    row = {column: to_db(column, value) for column, value in values.items()}
    row.update(id=record_id or new_id(), created_at=now, updated_at=now,
               created_by=ctx.user.id, updated_by=ctx.user.id)
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    ctx.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    return row["id"]


def update(ctx: Context, table: str, record_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Write the columns that differ; return them (empty when nothing changed)."""
    current = ctx.db.execute_returning_dicts(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    if not current or current[0]["deleted_at"]:
        raise NotFound(QT_TRANSLATE_NOOP("core", "This record no longer exists."))
    changed = {
        column: to_db(column, value)
        for column, value in values.items()
        if to_db(column, value) != current[0].get(column)
    }
    if not changed:
        return {}
    changed.update(updated_at=ctx.now(), updated_by=ctx.user.id)
    assignments = ", ".join(f"{column} = ?" for column in changed)
    ctx.db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*changed.values(), record_id])
    return changed


def soft_delete(ctx: Context, table: str, record_id: str) -> None:
    fetch(ctx.db, table, record_id)
    now = ctx.now()
    ctx.db.execute(
        f"UPDATE {table} SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ? WHERE id = ?",
        [now, ctx.user.id, now, ctx.user.id, record_id],
    )


def restore(ctx: Context, table: str, record_id: str) -> None:
    row = fetch(ctx.db, table, record_id, include_deleted=True)
    if not row["deleted_at"]:
        return
    ctx.db.execute(
        f"UPDATE {table} SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ? WHERE id = ?",
        [ctx.now(), ctx.user.id, record_id],
    )


def create_checked(
    ctx: Context,
    table: str,
    perm: Perm,
    clean: Mapping[str, Any],
    find_duplicates: Callable[[sqlite_utils.Database, dict[str, Any]], list[Any]] | None = None,
    allow_duplicate: bool = False,
) -> str:
    """The one way a record is created: permission, duplicates, one transaction, notice."""
    require(ctx.user, perm)
    if find_duplicates is not None and not allow_duplicate:
        matches = find_duplicates(ctx.db, dict(clean))
        if matches:
            from crm_desktop.core.duplicates import DuplicateFound

            raise DuplicateFound(matches)
    with write_transaction(ctx.db):
        record_id = insert(ctx, table, clean)
    ctx.announce(table, record_id, "insert")
    return record_id


def update_checked(ctx: Context, table: str, record_id: str, clean: Mapping[str, Any]) -> dict[str, Any]:
    """Write the validated values in one transaction and tell the views (permission checked by caller)."""
    with write_transaction(ctx.db):
        changed = update(ctx, table, record_id, clean)
    if changed:
        ctx.announce(table, record_id, "update")
    return changed


def trash(ctx: Context, table: str, perm: Perm, record_id: str) -> None:
    require(ctx.user, perm)
    with write_transaction(ctx.db):
        soft_delete(ctx, table, record_id)
    ctx.announce(table, record_id, "delete")


def untrash(ctx: Context, table: str, record_id: str) -> None:
    require(ctx.user, Perm.TRASH_RESTORE)
    with write_transaction(ctx.db):
        restore(ctx, table, record_id)
    ctx.announce(table, record_id, "restore")
