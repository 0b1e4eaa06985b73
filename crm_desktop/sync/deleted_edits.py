"""Edits made elsewhere to a record that was deleted here (or there).

A delete and an edit made offline on two machines both survive the merge: the
record is in the trash with the edit applied. The trash shows such edits, so that
whoever restores (or leaves) the record knows what changed meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from crm_desktop.db import synced
from crm_desktop.sync import hlc
from crm_desktop.sync.merge import Replica


@dataclass(frozen=True)
class EditAfterDelete:
    column: str
    value: Any
    site_code: str
    when_ms: int


def edits_after_delete(db: sqlite_utils.Database, table: str, row_id: str) -> list[EditAfterDelete]:
    """Cells written by another machine that had not seen the record's deletion."""
    if "sync_log" not in db.table_names():
        return []
    deleted = db.execute(
        "SELECT site, seq FROM sync_log WHERE tbl = ? AND row_id = ? AND col = 'deleted_at' AND val IS NOT NULL "
        "AND pending = 0 ORDER BY lid DESC LIMIT 1",
        [table, row_id],
    ).fetchone()
    if deleted is None:
        return []
    del_site, del_seq = deleted
    replica = Replica(db)
    codes = dict(db.execute("SELECT site, coalesce(code, '') FROM sync_sites").fetchall())
    codes[replica.site] = db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0]
    out: list[EditAfterDelete] = []
    for site, seq, clock, col, val in db.execute(
        "SELECT site, seq, hlc, col, val FROM sync_log WHERE tbl = ? AND row_id = ? AND site != ? AND pending = 0 "
        "ORDER BY lid",
        [table, row_id, del_site],
    ).fetchall():
        if col in synced.QUIET_COLUMNS:
            continue
        seen_by_deleter = seq <= replica.seen_by(del_site, del_seq).get(site, 0)
        if not seen_by_deleter:
            out.append(EditAfterDelete(col, val, codes.get(site, site[:6]), hlc.wall_ms(clock)))
    return out
