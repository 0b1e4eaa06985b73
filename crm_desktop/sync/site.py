"""Site identity: every database has its own site id and short code.

Two machines must never share a site id (their sequence numbers would collide).
The id this file had on this machine, and how far its sequence had gone, are kept
beside the user's settings; a file whose id differs (copied from another machine
or another folder) or whose sequence went back (restored from a backup) gets a new
site id and code. Its earlier changes keep the old id, which it still knows.
"""

from __future__ import annotations

import json
import platform
import secrets
import string
from pathlib import Path

import sqlite_utils

from crm_desktop.core.settings import LocalSettings, load_local, save_local
from crm_desktop.db.ids import new_id
from crm_desktop.sync.merge import put_epoch, write_transaction

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1IL")


def current(db: sqlite_utils.Database) -> tuple[str, str, int]:
    """(site id, site code, last sequence number)."""
    site, seq = db.execute("SELECT site, seq FROM sync_clock WHERE id = 1").fetchone()
    code = db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()
    return site, (code[0] if code else ""), seq


def new_code(db: sqlite_utils.Database) -> str:
    """A short code not used by any site this database knows."""
    taken = {r[0] for r in db.execute("SELECT code FROM sync_sites WHERE code IS NOT NULL").fetchall()}
    taken.add(current(db)[1])
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(3))
        if code not in taken:
            return code


def new_site(db: sqlite_utils.Database, keep_upto: int | None = None) -> str:
    """Give this database a new site id and code, keeping what the old one wrote.

    ``keep_upto``: the old id's changes after this number were written here after the
    file went back in time (a restored backup) and collide with numbers the old id
    already used elsewhere; they move to the new id, renumbered from 1, so that both
    the folder's changes and ours survive.
    """
    with write_transaction(db):
        old_site, old_code, old_seq = current(db)
        keep = old_seq if keep_upto is None else max(0, min(keep_upto, old_seq))
        moved = old_seq - keep
        site, code = new_id(), new_code(db)
        if keep:
            db.execute(
                "INSERT INTO sync_sites(site, code, max_seq) VALUES (?, ?, ?) ON CONFLICT(site) DO UPDATE "
                "SET max_seq = max(max_seq, excluded.max_seq), code = excluded.code",
                [old_site, old_code, keep],
            )
        if moved:
            _move_changes(db, old_site, site, keep)
        # The old id's epoch for its *next* change (what it had seen when it would write
        # again) is provisional: the file it was copied from may import more before
        # writing that change, and its bundles then carry a larger one. Keeping ours
        # would make us believe that change saw less than it did.
        db.execute("DELETE FROM sync_epochs WHERE site = ? AND from_seq > ?", [old_site, keep])
        # Nothing of the new id has been sent yet.
        db.execute("DELETE FROM sync_state WHERE key = 'exported_seq'")
        hlc = db.execute("SELECT hlc FROM sync_clock WHERE id = 1").fetchone()[0]
        db.execute("UPDATE sync_clock SET site = ?, seq = ?, hlc = ? WHERE id = 1", [site, moved, hlc])
        db.execute("UPDATE meta SET value = ? WHERE key = 'site_id'", [site])
        db.execute("UPDATE meta SET value = ? WHERE key = 'site_code'", [code])
        vv = dict(db.execute("SELECT site, max_seq FROM sync_sites WHERE max_seq > 0").fetchall())
        put_epoch(db, site, moved + 1, vv)
    return site


def _move_changes(db: sqlite_utils.Database, old: str, new: str, keep: int) -> None:
    """Renumber the old id's changes after ``keep`` as the new id's 1, 2, ..."""
    epochs = db.execute(
        "SELECT from_seq, vv FROM sync_epochs WHERE site = ? ORDER BY from_seq", [old]
    ).fetchall()
    # What change keep+1 and later had seen: the old id's epochs from there on, and
    # always the old id's own changes up to ``keep`` (same machine, same file).
    in_force = [e for e in epochs if e[0] <= keep + 1][-1:] + [e for e in epochs if e[0] > keep + 1]
    for from_seq, vv_text in in_force:
        vv = json.loads(vv_text)
        vv[old] = max(int(vv.get(old, 0)), keep)
        put_epoch(db, new, max(1, from_seq - keep), vv)
    if not in_force:
        put_epoch(db, new, 1, {old: keep})
    db.execute("UPDATE sync_log SET site = ?, seq = seq - ? WHERE site = ? AND seq > ?", [new, keep, old, keep])
    for tbl, row_id, col, live in db.execute("SELECT tbl, row_id, col, live FROM sync_conflicts").fetchall():
        entries = json.loads(live)
        fixed = [[new, e[1] - keep, e[2], e[3]] if e[0] == old and e[1] > keep else e for e in entries]
        if fixed != entries:
            db.execute(
                "UPDATE sync_conflicts SET live = ? WHERE tbl = ? AND row_id = ? AND col = ?",
                [json.dumps(fixed), tbl, row_id, col],
            )


def _key(db_path: Path) -> str:
    return str(Path(db_path).resolve())


def _home(key: str) -> str:
    """Where a file was last used: this machine and path. The path alone is not enough:
    a file copied to another computer often lands at the same path (the default data
    folder of a user of the same name)."""
    return f"{platform.node()}|{key}"


def ensure_identity(
    db: sqlite_utils.Database, db_path: Path | str, settings_path: Path | None = None
) -> bool:
    """Check the file against what this machine remembers; True if a new id was made."""
    if str(db_path) == ":memory:":
        return False
    local = load_local(settings_path)
    key = _key(Path(db_path))
    site, _code, seq = current(db)
    record = local.sites.get(key)
    elsewhere = any(k != key and v.get("site") == site for k, v in local.sites.items())
    copied = (
        (record is not None and record.get("site") != site)
        or (record is not None and int(str(record.get("seq", 0))) > seq)
        or (record is None and elsewhere)
        or (record is None and _minted_elsewhere(db, key))
    )
    if copied:
        new_site(db)
    remember(db, db_path, local, settings_path)
    return copied


def remember(
    db: sqlite_utils.Database, db_path: Path | str, local: LocalSettings | None = None,
    settings_path: Path | None = None,
) -> None:
    """Record the file's site id and sequence (after opening, syncing and closing)."""
    if str(db_path) == ":memory:":
        return
    local = local or load_local(settings_path)
    site, _code, seq = current(db)
    key = _key(Path(db_path))
    local.sites[key] = {"site": site, "seq": seq}
    db.execute("INSERT INTO meta(key, value) VALUES ('site_home', ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [_home(key)])
    save_local(local, settings_path)


def _minted_elsewhere(db: sqlite_utils.Database, key: str) -> bool:
    """A file with history that this machine has never seen, last used on another machine or path."""
    row = db.execute("SELECT value FROM meta WHERE key = 'site_home'").fetchone()
    return bool(row) and row[0] != _home(key)
