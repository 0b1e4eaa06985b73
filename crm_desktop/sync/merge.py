"""Applying other sites' changes: causal order, per-cell merge, conflicts kept.

Each cell keeps the set of its live values (most cells: one). A change supersedes
the values its author had seen: what the author had seen is its version vector at
the time, known from the author's *epochs* (the vector changes only when a site
imports, so a few epochs describe thousands of changes). Of the values left, the
highest (clock, site) is shown; more than one left is a conflict, kept in
``sync_conflicts`` until someone writes the cell again. Applying a change twice
does nothing; a change whose dependencies have not arrived waits.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from crm_desktop.core import gdpr
from crm_desktop.core.clock import to_iso
from crm_desktop.db import capture, synced
from crm_desktop.db.connection import write_transaction
from crm_desktop.sync import hlc as clock
from crm_desktop.sync.bundle import Bundle, Change


def put_epoch(db: sqlite_utils.Database, site: str, from_seq: int, vv: dict[str, int]) -> None:
    """Record what ``site`` had seen from change ``from_seq`` on (replacing a provisional one)."""
    db.execute(
        "INSERT INTO sync_epochs(site, from_seq, vv) VALUES (?, ?, ?) "
        "ON CONFLICT(site, from_seq) DO UPDATE SET vv = excluded.vv",
        [site, from_seq, json.dumps(vv, sort_keys=True)],
    )


@dataclass
class Entry:
    """One logged value of a cell: who wrote it (site, seq), when (hlc), where (lid)."""

    site: str
    seq: int
    hlc: int
    lid: int

    def key(self) -> tuple[int, str]:
        return self.hlc, self.site


@dataclass
class ApplyResult:
    applied: int = 0
    duplicates: int = 0
    waiting: bool = False
    pending_cells: int = 0
    conflicts: set[tuple[str, str, str]] = field(default_factory=set)
    max_hlc: int = 0


class Replica:
    """This database's sync state, cached for one exchange."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        row = db.execute("SELECT site, seq FROM sync_clock WHERE id = 1").fetchone()
        self.site: str = row[0]
        self.own_seq: int = row[1]
        self.vv: dict[str, int] = dict(db.execute("SELECT site, max_seq FROM sync_sites").fetchall())
        self._epochs: dict[str, list[tuple[int, dict[str, int]]]] = {}
        self._columns: dict[str, set[str]] = {}

    def applied(self, site: str) -> int:
        return self.own_seq if site == self.site else self.vv.get(site, 0)

    def version_vector(self) -> dict[str, int]:
        out = {s: n for s, n in self.vv.items() if n}
        out[self.site] = self.own_seq
        return out

    # ---- epochs: what a site had seen from a given change on

    def epochs(self, site: str) -> list[tuple[int, dict[str, int]]]:
        if site not in self._epochs:
            rows = self.db.execute(
                "SELECT from_seq, vv FROM sync_epochs WHERE site = ? ORDER BY from_seq", [site]
            ).fetchall()
            self._epochs[site] = [(n, json.loads(vv)) for n, vv in rows]
        return self._epochs[site]

    def add_epochs(self, site: str, epochs: Iterable[tuple[int, dict[str, int]]]) -> None:
        for from_seq, vv in epochs:
            self.db.execute(
                "INSERT OR IGNORE INTO sync_epochs(site, from_seq, vv) VALUES (?, ?, ?)",
                [site, from_seq, json.dumps(vv, sort_keys=True)],
            )
        self._epochs.pop(site, None)

    def seen_by(self, site: str, seq: int) -> dict[str, int]:
        """The version vector of change (site, seq)'s author when it wrote it."""
        found: dict[str, int] = {}
        for from_seq, vv in self.epochs(site):
            if from_seq > seq:
                break
            found = vv
        return found

    def record_own_epoch(self) -> None:
        """After importing, our next changes have seen everything imported so far."""
        vv = {s: n for s, n in self.vv.items() if s != self.site and n}
        put_epoch(self.db, self.site, self.own_seq + 1, vv)
        self._epochs.pop(self.site, None)

    # ---- schema knowledge

    def columns(self, table: str) -> set[str]:
        if table not in self._columns:
            spec = synced.BY_NAME.get(table)
            if spec is None or table not in self.db.table_names():
                self._columns[table] = set()
            else:
                self._columns[table] = set(synced.columns(self.db, spec))
        return self._columns[table]


def ready(replica: Replica, change: Change) -> bool:
    """True when everything ``change`` depends on has been applied here."""
    if change.seq != replica.applied(change.site) + 1:
        return False
    for site, seq in replica.seen_by(change.site, change.seq).items():
        if site != change.site and replica.applied(site) < seq:
            return False
    return True


def apply_bundle(db: sqlite_utils.Database, bundle: Bundle, now_ms: int) -> ApplyResult:
    """Apply what can be applied of one bundle, in one transaction."""
    result = ApplyResult()
    with write_transaction(db):
        replica = Replica(db)
        if bundle.origin == replica.site:  # our own changes, back from a folder
            result.duplicates = len(bundle.changes)
            return result
        replica.add_epochs(bundle.origin, bundle.epochs)
        first_lid = int(db.execute("SELECT coalesce(max(lid), 0) + 1 FROM sync_log").fetchone()[0])
        if bundle.code:
            db.execute(
                "INSERT INTO sync_sites(site, code) VALUES (?, ?) "
                "ON CONFLICT(site) DO UPDATE SET code = excluded.code",
                [bundle.origin, bundle.code],
            )
        dropped = False
        for change in bundle.changes:
            if change.seq <= replica.applied(change.site):
                result.duplicates += 1
                continue
            if not ready(replica, change):
                result.waiting = True
                break
            if not dropped:
                # Remote writes are not ours to log again. Dropped only when something is
                # applied (rebuilding them costs more than reading a bundle of duplicates).
                capture.drop(db)
                dropped = True
            apply_change(replica, change, result)
        if result.applied:
            _advance_clock(db, bundle.origin, result.max_hlc, now_ms)
            replica.record_own_epoch()
        if dropped:
            capture.install(db)
        if result.applied:  # erased people stay erased: re-anonymise what the changes brought back
            gdpr.guard_merge(db, to_iso(datetime.fromtimestamp(now_ms / 1000, UTC)), first_lid)
    return result


def apply_change(replica: Replica, change: Change, result: ApplyResult) -> None:
    db = replica.db
    spec = synced.BY_NAME.get(change.table)
    known = replica.columns(change.table)
    lids: dict[str, int] = {}
    for col, val in change.cells:
        pending = 0 if (spec is not None and col in known) else 1
        cursor = db.execute(
            "INSERT INTO sync_log(site, seq, hlc, tbl, row_id, col, val, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [change.site, change.seq, change.hlc, change.table, change.row_id, col, val, pending],
        )
        if pending:
            result.pending_cells += 1
        else:
            lids[col] = int(cursor.lastrowid or 0)
    if spec is not None and lids:
        values = {col: val for col, val in change.cells if col in lids}
        _merge_row(replica, spec, change, values, lids, result)
    replica.vv[change.site] = change.seq
    db.execute(
        "INSERT INTO sync_sites(site, max_seq, last_hlc) VALUES (?, ?, ?) ON CONFLICT(site) DO UPDATE "
        "SET max_seq = excluded.max_seq, last_hlc = max(last_hlc, excluded.last_hlc)",
        [change.site, change.seq, change.hlc],
    )
    result.applied += 1
    result.max_hlc = max(result.max_hlc, change.hlc)


def _merge_row(
    replica: Replica, spec: synced.SyncedTable, change: Change, values: dict[str, Any],
    lids: dict[str, int], result: ApplyResult,
) -> None:
    db = replica.db
    exists = db.execute(f'SELECT 1 FROM {spec.name} WHERE "{spec.key}" = ?', [change.row_id]).fetchone()
    if not exists:
        cols = [spec.key, *values]
        marks = ", ".join("?" for _ in cols)
        names = ", ".join(f'"{c}"' for c in cols)
        try:
            db.execute(f"INSERT INTO {spec.name} ({names}) VALUES ({marks})", [change.row_id, *values.values()])
            return
        except sqlite3.IntegrityError:
            # The row's creation has not reached us (e.g. it was bulk-loaded elsewhere
            # without capture): keep the cells pending rather than losing them.
            db.execute(
                "UPDATE sync_log SET pending = 1 WHERE site = ? AND seq = ?", [change.site, change.seq]
            )
            result.pending_cells += len(values)
            return
    writes: dict[str, Any] = {}
    for col, val in values.items():
        new = Entry(change.site, change.seq, change.hlc, lids[col])
        live = _live_entries(db, spec.name, change.row_id, col, before=new.lid)
        keep = [e for e in live if not _seen(replica, new, e)]
        everyone = [*keep, new]
        winner = max(everyone, key=Entry.key)
        value = val if winner is new else _value_of(db, winner.lid)
        writes[col] = value
        cell = (spec.name, change.row_id, col)
        if len(everyone) > 1:
            # Kept for every cell, quiet ones too: a later write may supersede only some
            # of these values, and the others must stay in the running (list_all shows
            # the user only the cells that need a choice).
            db.execute(
                "INSERT INTO sync_conflicts(tbl, row_id, col, last_lid, live) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(tbl, row_id, col) DO UPDATE SET last_lid = excluded.last_lid, live = excluded.live",
                [*cell, new.lid, json.dumps([[e.site, e.seq, e.hlc, e.lid] for e in everyone])],
            )
            if not quiet(spec, col):
                result.conflicts.add(cell)
        else:
            db.execute("DELETE FROM sync_conflicts WHERE tbl = ? AND row_id = ? AND col = ?", list(cell))
    if writes:
        sets = ", ".join(f'"{c}" = ?' for c in writes)
        db.execute(f'UPDATE {spec.name} SET {sets} WHERE "{spec.key}" = ?', [*writes.values(), change.row_id])


def quiet(spec: synced.SyncedTable, col: str) -> bool:
    """Concurrent values of this cell resolve to the newest without asking anyone."""
    return spec.append_only or col in synced.QUIET_COLUMNS


def _live_entries(db: sqlite_utils.Database, table: str, row_id: str, col: str, before: int) -> list[Entry]:
    """The cell's live values before entry ``before``: the conflict set if one is current,
    else the last applied value, else nothing (a value that was never logged)."""
    last = db.execute(
        "SELECT site, seq, hlc, lid FROM sync_log WHERE tbl = ? AND row_id = ? AND col = ? AND pending = 0 "
        "AND lid < ? ORDER BY lid DESC LIMIT 1",
        [table, row_id, col, before],
    ).fetchone()
    if last is None:
        return []
    conflict = db.execute(
        "SELECT last_lid, live FROM sync_conflicts WHERE tbl = ? AND row_id = ? AND col = ?", [table, row_id, col]
    ).fetchone()
    if conflict and conflict[0] == last[3]:
        return [Entry(s, q, h, lid) for s, q, h, lid in json.loads(conflict[1])]
    return [Entry(*last)]


def _seen(replica: Replica, new: Entry, old: Entry) -> bool:
    """Had the author of ``new`` seen ``old`` when writing?"""
    if old.site == new.site:
        return old.seq < new.seq
    return old.seq <= replica.seen_by(new.site, new.seq).get(old.site, 0)


def _value_of(db: sqlite_utils.Database, lid: int) -> Any:
    return db.execute("SELECT val FROM sync_log WHERE lid = ?", [lid]).fetchone()[0]


def _advance_clock(db: sqlite_utils.Database, origin: str, remote_hlc: int, now_ms: int) -> None:
    local = db.execute("SELECT hlc FROM sync_clock WHERE id = 1").fetchone()[0]
    new, ahead = clock.receive(local, remote_hlc, now_ms)
    db.execute("UPDATE sync_clock SET hlc = ? WHERE id = 1", [new])
    ahead_ms = max(0, clock.wall_ms(remote_hlc) - now_ms) if ahead else 0
    db.execute("UPDATE sync_sites SET ahead_ms = ? WHERE site = ?", [ahead_ms, origin])


def replay_pending(db: sqlite_utils.Database) -> int:
    """Apply cells that arrived before this version knew their table or column.

    A replica on an older version keeps (and relays) what it cannot apply yet; after
    the upgrade that added the table or column, those cells are merged like any
    other, in the order they arrived. Returns the number of cells applied.
    """
    rows = db.execute(
        "SELECT lid, site, seq, hlc, tbl, row_id, col, val FROM sync_log WHERE pending = 1 ORDER BY lid"
    ).fetchall()
    if not rows:
        return 0
    replica = Replica(db)
    groups: dict[tuple[str, int, str, str], list[tuple[int, int, str, Any]]] = {}
    for lid, site, seq, clock_value, tbl, row_id, col, val in rows:
        if col in replica.columns(tbl):
            groups.setdefault((site, seq, tbl, row_id), []).append((lid, clock_value, col, val))
    applied = 0
    with write_transaction(db):
        capture.drop(db)
        for (site, seq, tbl, row_id), cells in groups.items():
            spec = synced.BY_NAME[tbl]
            db.execute(f"DELETE FROM sync_log WHERE lid IN ({','.join('?' * len(cells))})", [c[0] for c in cells])
            lids: dict[str, int] = {}
            for _lid, clock_value, col, val in cells:
                cursor = db.execute(
                    "INSERT INTO sync_log(site, seq, hlc, tbl, row_id, col, val) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [site, seq, clock_value, tbl, row_id, col, val],
                )
                lids[col] = int(cursor.lastrowid or 0)
            change = Change(site, seq, cells[0][1], tbl, row_id, [(c[2], c[3]) for c in cells])
            _merge_row(replica, spec, change, {c[2]: c[3] for c in cells}, lids, ApplyResult())
            applied += len(cells)
        capture.install(db)
        if applied:
            gdpr.guard_merge(db, to_iso(datetime.now(UTC)))
    return applied
