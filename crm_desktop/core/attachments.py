"""Attachments (photos, plans, scans) on people, companies and history entries.

File contents are stored once, by SHA-256, in a folder beside the database
(``<database>.files/ab/abcdef...``): the same photo attached twice takes the room
of one and will sync once. The attachment rows (name, owner) sync like any record.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import sqlite_utils

from crm_desktop.core import records
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require

TABLE = "attachments"
OWNER_TABLES = {"person": "people", "company": "companies", "history": "history", "intervention": "interventions",
                "signature": "interventions"}
MAX_BYTES = 200 * 1024 * 1024


def store_dir(db: sqlite_utils.Database) -> Path:
    """The content store of this database (a temporary one for in-memory databases)."""
    row = db.execute("PRAGMA database_list").fetchone()
    path = row[2] if row else ""
    if path:
        return Path(path + ".files")
    return Path(tempfile.gettempdir()) / f"crm-desktop-mem-{id(db.conn)}.files"


class BlobStore:
    """Content-addressed files: put() returns the hash, path() finds it."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, source: Path) -> tuple[str, int]:
        digest = hashlib.sha256()
        size = 0
        with source.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
                size += len(chunk)
        sha = digest.hexdigest()
        target = self.path(sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".part")
            shutil.copyfile(source, tmp)
            with tmp.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        return sha, size


def add(ctx: Context, owner_kind: str, owner_id: str, file_path: str | Path, note: str | None = None) -> str:
    """Attach a file to a record; the file is copied into the store."""
    require(ctx.user, Perm.ATTACHMENT_WRITE)
    source = Path(file_path)
    errors: dict[str, Message] = {}
    table = OWNER_TABLES.get(owner_kind)
    if table is None:
        errors["owner_kind"] = Message(
            QT_TRANSLATE_NOOP("core", "Files can be attached to people, companies and history entries.")
        )
    elif not ctx.db.execute(
        f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", [owner_id]
    ).fetchone():
        errors["owner_id"] = Message(QT_TRANSLATE_NOOP("core", "This record no longer exists."))
    if not source.is_file():
        errors["file"] = Message(QT_TRANSLATE_NOOP("core", "{name} is not a readable file."), {"name": source.name})
    elif source.stat().st_size > MAX_BYTES:
        errors["file"] = Message(QT_TRANSLATE_NOOP("core", "{name} is larger than 200 MB."), {"name": source.name})
    if errors:
        raise ValidationError(errors)
    try:
        sha, size = BlobStore(store_dir(ctx.db)).put(source)
    except OSError as exc:
        raise CrmError(QT_TRANSLATE_NOOP("core", "Cannot store {name}: {reason}"),
                       name=source.name, reason=exc.strerror or str(exc)) from exc
    mime = mimetypes.guess_type(source.name)[0]
    attachment_id = records.create_checked(ctx, TABLE, Perm.ATTACHMENT_WRITE, {
        "owner_kind": owner_kind, "owner_id": owner_id, "file_name": source.name,
        "sha256": sha, "size": size, "mime": mime, "note": note,
    })
    return attachment_id


def add_bytes(ctx: Context, owner_kind: str, owner_id: str, data: bytes, file_name: str,
              note: str | None = None) -> str:
    """Attach content made in the app (a signature drawn on screen) through the same store."""
    with tempfile.TemporaryDirectory(prefix="crm-bytes-") as folder:
        path = Path(folder) / Path(file_name).name
        path.write_bytes(data)
        return add(ctx, owner_kind, owner_id, path, note)


def list_for(ctx: Context, owner_id: str) -> list[dict[str, Any]]:
    return ctx.db.execute_returning_dicts(
        "SELECT id, owner_kind, owner_id, file_name, sha256, size, mime, note, created_at "
        "FROM attachments WHERE owner_id = ? AND deleted_at IS NULL ORDER BY created_at DESC",
        [owner_id],
    )


def file_path(ctx: Context, attachment_id: str) -> Path:
    """Where the content is; raise a clear error if it has not arrived (yet)."""
    row = records.fetch(ctx.db, TABLE, attachment_id)
    path = BlobStore(store_dir(ctx.db)).path(row["sha256"])
    if not path.is_file():
        raise CrmError(QT_TRANSLATE_NOOP("core", "The file {name} is not on this computer yet."),
                       name=row["file_name"])
    return path


def export_copy(ctx: Context, attachment_id: str, folder: Path) -> Path:
    """A copy under its original name, for opening with the system's viewer."""
    row = records.fetch(ctx.db, TABLE, attachment_id)
    source = file_path(ctx, attachment_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(row["file_name"]).name
    shutil.copyfile(source, target)
    return target


def remove(ctx: Context, attachment_id: str) -> None:
    """To the trash; the content stays in the store (another record may use it)."""
    require(ctx.user, Perm.ATTACHMENT_DELETE)
    records.trash(ctx, TABLE, Perm.ATTACHMENT_WRITE, attachment_id)
