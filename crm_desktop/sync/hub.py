"""Exchanging changes through a shared folder (network share, NAS, USB stick, Syncthing).

Layout of the folder::

    sites/<site id>/<from>-<to>-<digest>.crmb   bundles, written by that site (or relayed)
    files/<ab>/<sha256>                          attachment contents, before the bundles naming them
    snapshots/<site id>-<seq>.db                 a full copy to join from (VACUUM INTO)

The live database is never opened over the network: only these files travel.
A sync imports what it can (in causal order, retrying until nothing more applies),
then writes this site's new changes, and relays other sites' changes the folder
lacks (so a USB stick carries office -> laptop -> office). Temporary files and
copies left by file-sync tools do not match bundle names and are ignored.
When the business encrypts its files, bundles are written encrypted and plain ones
(written here before encryption was turned on) are written again, encrypted.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from crm_desktop.core import crypto, maintenance, ticket_sla
from crm_desktop.core.attachments import BlobStore, store_dir
from crm_desktop.core.crypto import KdfSpec
from crm_desktop.core.encryption_settings import FileCipher, active_cipher, load_keys
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.db import cipher as sqlcipher
from crm_desktop.db.connection import is_encrypted
from crm_desktop.db.migrations import applied_names
from crm_desktop.sync import bundle as bundles
from crm_desktop.sync import conflicts, merge
from crm_desktop.sync.site import current, new_site

LOGGER = logging.getLogger(__name__)
Progress = Callable[[int, int], bool | None]
#: Changes per bundle file.
CHUNK = 5000
#: A new snapshot is written when this many changes happened since the newest one.
SNAPSHOT_EVERY = 50_000


class SyncCancelled(CrmError):
    """The user cancelled; what was applied so far is kept (each bundle is atomic)."""


@dataclass
class SyncReport:
    sent: int = 0
    relayed: int = 0
    received: int = 0
    conflicts: int = 0
    waiting_sites: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pending_cells: int = 0
    snapshot: str | None = None


def now_ms() -> int:
    return int(time.time() * 1000)


def _coverage(folder: Path) -> list[tuple[int, int, Path]]:
    out = []
    if folder.is_dir():
        for path in folder.iterdir():
            parsed = bundles.parse_name(path.name)
            if parsed:
                out.append((parsed[0], parsed[1], path))
    return sorted(out)


def _missing(covered: list[tuple[int, int, Path]], upto: int) -> list[tuple[int, int]]:
    """Ranges of 1..upto that no bundle covers."""
    gaps, nxt = [], 1
    for start, end, _path in covered:
        if start > nxt:
            gaps.append((nxt, min(start - 1, upto)))
        nxt = max(nxt, end + 1)
    if nxt <= upto:
        gaps.append((nxt, upto))
    return [(a, b) for a, b in gaps if a <= b]


def _changes(db: sqlite_utils.Database, site: str, start: int, end: int) -> list[bundles.Change]:
    changes: list[bundles.Change] = []
    current_key: tuple[int, str, str] | None = None
    for seq, hlc, tbl, row_id, col, val in db.execute(
        "SELECT seq, hlc, tbl, row_id, col, val FROM sync_log WHERE site = ? AND seq BETWEEN ? AND ? "
        "ORDER BY seq, lid",
        [site, start, end],
    ):
        key = (seq, tbl, row_id)
        if key != current_key:
            changes.append(bundles.Change(site, seq, hlc, tbl, row_id, []))
            current_key = key
        changes[-1].cells.append((col, val))
    return changes


def _epochs(db: sqlite_utils.Database, site: str, start: int, end: int) -> list[tuple[int, dict[str, int]]]:
    replica = merge.Replica(db)
    chosen = [(n, vv) for n, vv in replica.epochs(site) if n <= end]
    before = [e for e in chosen if e[0] <= start]
    return ([before[-1]] if before else []) + [e for e in chosen if e[0] > start]


#: A temporary file older than this was left by a writer that was killed.
STALE_TEMPORARY_S = 24 * 3600


def _remove_stale_temporaries(folder: Path) -> None:
    """Temporary files a killed sync left behind (never renamed to a bundle name)."""
    if not folder.is_dir():
        return
    limit = time.time() - STALE_TEMPORARY_S
    for path in folder.glob(".tmp-*"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass  # another machine got there first, or it is in use


def _holds(db: sqlite_utils.Database, site: str, start: int, end: int) -> bool:
    """True when our log has every change of ``site`` from ``start`` to ``end``."""
    found = db.execute(
        "SELECT count(DISTINCT seq) FROM sync_log WHERE site = ? AND seq BETWEEN ? AND ?", [site, start, end]
    ).fetchone()[0]
    return found == end - start + 1


def _drop_damaged(
    db: sqlite_utils.Database, folder: Path, covered: list[tuple[int, int, Path]], upto: int,
) -> list[tuple[int, int, Path]]:
    """Remove the bundles of ``folder`` that are damaged and that we can write again.

    A damaged file keeps a valid name: it would "cover" its range for ever while
    nobody can read it. The files we checked are remembered by size and time, so
    each is read once.
    """
    state = db.execute("SELECT value FROM sync_state WHERE key = 'verified_bundles'").fetchone()
    try:
        verified: dict[str, list[int]] = json.loads(state[0]) if state else {}
    except ValueError:
        verified = {}
    prefix = str(folder) + os.sep
    seen = {k: v for k, v in verified.items() if not k.startswith(prefix)}
    kept = []
    for start, end, path in covered:
        try:
            info = path.stat()
        except OSError:
            continue  # gone meanwhile
        stamp = [info.st_size, info.st_mtime_ns]
        if verified.get(str(path)) == stamp:
            seen[str(path)] = stamp
        elif end <= upto:
            if bundles.intact(path):
                seen[str(path)] = stamp
            elif _holds(db, folder.name, start, end):
                path.unlink(missing_ok=True)
                continue
            # damaged, and we cannot write it again: checked again next time
        kept.append((start, end, path))
    if seen != verified:
        set_state(db, "verified_bundles", json.dumps(seen, sort_keys=True))
    return kept


def _drop_plain(
    db: sqlite_utils.Database, covered: list[tuple[int, int, Path]], upto: int,
) -> list[tuple[int, int, Path]]:
    """Encryption is on: remove the plain bundles we can write again (encrypted, this time)."""
    kept = []
    for start, end, path in covered:
        if end <= upto and bundles.is_plain(path) and _holds(db, path.parent.name, start, end):
            path.unlink(missing_ok=True)
            continue
        kept.append((start, end, path))
    return kept


def export_site(
    db: sqlite_utils.Database, hub: Path, site: str, code: str | None, upto: int,
    cipher: FileCipher | None = None,
) -> int:
    """Write bundles for the changes of ``site`` (1..upto) the folder does not have
    (or has only damaged, or only plain while encryption is on)."""
    folder = hub / "sites" / site
    written = 0
    schema = applied_names(db)
    _remove_stale_temporaries(folder)
    covered = _drop_damaged(db, folder, _coverage(folder), upto)
    if cipher is not None and cipher.enabled:
        cipher.usable_key()  # refuse before writing anything when this computer lacks the key
        covered = _drop_plain(db, covered, upto)
    for start, end in _missing(covered, upto):
        for chunk_start in range(start, end + 1, CHUNK):
            chunk_end = min(end, chunk_start + CHUNK - 1)
            changes = _changes(db, site, chunk_start, chunk_end)
            seqs = {c.seq for c in changes}
            if len(seqs) != chunk_end - chunk_start + 1:
                # We do not hold all of these (joined later than them): leave them to others.
                continue
            _copy_files_out(db, hub, changes)
            bundles.write(folder, bundles.Bundle(
                origin=site, code=code, from_seq=chunk_start, to_seq=chunk_end, changes=changes,
                epochs=_epochs(db, site, chunk_start, chunk_end), schema=schema,
            ), cipher, now_ms())
            written += len(seqs)
    return written


def _copy_files_out(db: sqlite_utils.Database, hub: Path, changes: list[bundles.Change]) -> None:
    """Attachment contents go to the folder before the bundle that names them."""
    store = BlobStore(store_dir(db))
    target = BlobStore(hub / "files")
    for change in changes:
        if change.table != "attachments":
            continue
        for col, val in change.cells:
            if col == "sha256" and isinstance(val, str) and store.has(val) and not target.has(val):
                target.put(store.path(val))


def _copy_files_in(db: sqlite_utils.Database, hub: Path) -> None:
    store = BlobStore(store_dir(db))
    source = BlobStore(hub / "files")
    for (sha,) in db.execute("SELECT DISTINCT sha256 FROM attachments WHERE deleted_at IS NULL").fetchall():
        if sha and not store.has(sha) and source.has(sha):
            store.put(source.path(sha))


def import_all(
    db: sqlite_utils.Database, hub: Path, report: SyncReport, progress: Progress | None = None,
    clock_ms: Callable[[], int] = now_ms, cipher: FileCipher | None = None,
) -> None:
    """Apply every bundle that can be applied, repeating until nothing more moves."""
    sites_dir = hub / "sites"
    if not sites_dir.is_dir():
        return
    own = current(db)[0]
    damaged: set[Path] = set()
    while True:
        replica = merge.Replica(db)
        candidates = []
        for folder in sorted(p for p in sites_dir.iterdir() if p.is_dir() and p.name != own):
            have = replica.applied(folder.name)
            candidates += [(folder.name, s, e, path) for s, e, path in _coverage(folder) if e > have]
        moved = False
        waiting: set[str] = set()
        total = len(candidates)
        for done, (site, start, _end, path) in enumerate(candidates):
            if progress is not None and progress(done, total) is False:
                raise SyncCancelled(QT_TRANSLATE_NOOP("core", "Sync cancelled."))
            if path in damaged or start > merge.Replica(db).applied(site) + 1:
                waiting.add(site)
                continue
            try:
                bundle = bundles.read(path, cipher)
            except bundles.BundleError as exc:
                damaged.add(path)
                report.damaged.append(exc.render())
                waiting.add(site)  # its changes wait for a good copy (its writer replaces it)
                continue
            if bundle.origin != site:
                damaged.add(path)
                report.damaged.append(bundles.BundleError(
                    QT_TRANSLATE_NOOP("core", "{name} is damaged or incomplete; it was ignored."), name=path.name,
                ).render())
                waiting.add(site)
                continue
            result = merge.apply_bundle(db, bundle, clock_ms())
            report.received += result.applied
            report.pending_cells += result.pending_cells
            moved = moved or result.applied > 0
            if result.waiting:
                waiting.add(site)
        if not moved:
            report.waiting_sites = sorted(waiting)
            break


def sync(
    db: sqlite_utils.Database, hub: Path, progress: Progress | None = None,
    clock_ms: Callable[[], int] = now_ms,
) -> SyncReport:
    """Exchange changes with the folder: import, then export ours and relay others'."""
    hub = Path(hub)
    if not hub.is_dir():
        raise CrmError(QT_TRANSLATE_NOOP("core", "The sync folder {path} cannot be reached."), path=str(hub))
    report = SyncReport()
    try:
        _check_own_numbers(db, hub, active_cipher(db))
        # Cells kept from before an upgrade go first: changes arriving now may follow them.
        merge.replay_pending(db)
        import_all(db, hub, report, progress, clock_ms, active_cipher(db))
        cipher = active_cipher(db)  # the settings may have just arrived
        _copy_files_in(db, hub)
        _make_maintenance_visits(db, clock_ms)
        site, code, seq = current(db)
        report.sent = export_site(db, hub, site, code, seq, cipher)
        set_state(db, "exported_seq", str(seq))
        for other, other_code, max_seq in db.execute(
            "SELECT site, code, max_seq FROM sync_sites WHERE max_seq > 0 AND site != ?", [site]
        ).fetchall():
            report.relayed += export_site(db, hub, other, other_code, max_seq, cipher)
        report.snapshot = _maybe_snapshot(db, hub, cipher)
    except OSError as exc:
        raise CrmError(QT_TRANSLATE_NOOP("core", "Sync failed: {reason}"), reason=exc.strerror or str(exc)) from exc
    conflicts.prune(db)
    report.conflicts = conflicts.count(db)
    for other_code, ahead in db.execute(
        "SELECT coalesce(code, site), ahead_ms FROM sync_sites WHERE ahead_ms > 0"
    ).fetchall():
        report.warnings.append(f"clock-ahead:{other_code}:{ahead}")
    set_state(db, "last_sync_ms", str(clock_ms()))
    # Tickets changed elsewhere: their service-level state is derived here, never synced.
    ticket_sla.refresh_stale(db, datetime.fromtimestamp(clock_ms() / 1000, UTC))
    return report


class _MillisClock:
    """The sync's clock (milliseconds) as core's Clock."""

    def __init__(self, clock_ms: Callable[[], int]) -> None:
        self._clock_ms = clock_ms

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._clock_ms() / 1000, UTC)


def _make_maintenance_visits(db: sqlite_utils.Database, clock_ms: Callable[[], int]) -> None:
    """Plans may have just arrived: their visits are made before exporting, so they travel in this sync.

    A plan's visit has the same id wherever it is made, so another machine doing the same meanwhile
    makes no second visit. A refusal (a plan's data broken elsewhere) never stops the exchange.
    """
    try:
        maintenance.generate_on_open(db, _MillisClock(clock_ms))
    except CrmError:
        LOGGER.exception("maintenance visits could not be made after the import")


def set_state(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def _check_own_numbers(db: sqlite_utils.Database, hub: Path, cipher: FileCipher | None = None) -> None:
    """A folder holding changes of our site id beyond our last sequence number means this
    file went back (a backup restored, or a copy, that the local settings did not catch):
    writing on with this id would reuse numbers others already have. Take a new id; the
    folder's changes of the old one are then imported like any other machine's."""
    own, _code, seq = current(db)
    covered = _coverage(hub / "sites" / own)
    if covered and max(end for _start, end, _path in covered) > seq:
        new_site(db, keep_upto=_same_prefix(db, own, covered, seq, cipher))


def _same_prefix(
    db: sqlite_utils.Database, own: str, covered: list[tuple[int, int, Path]], seq: int,
    cipher: FileCipher | None = None,
) -> int:
    """How many of our first changes are the very ones the folder holds under our id.

    After a restore, the file's changes up to the backup are in the folder too; what
    it wrote since carries numbers the folder already has for other changes.
    """
    theirs: dict[int, tuple[int, str, str]] = {}
    for start, _end, path in covered:
        if start > seq:
            continue
        try:
            for change in bundles.read(path, cipher).changes:
                theirs[change.seq] = (change.hlc, change.table, change.row_id)
        except bundles.BundleError:
            continue
    ours = {c.seq: (c.hlc, c.table, c.row_id) for c in _changes(db, own, 1, seq)}
    for number in range(1, seq + 1):
        if number in theirs and theirs[number] != ours.get(number):
            return number - 1
    return seq


def total_changes(db: sqlite_utils.Database) -> int:
    own = current(db)[2]
    return own + (db.execute("SELECT coalesce(sum(max_seq), 0) FROM sync_sites").fetchone()[0] or 0)


def _maybe_snapshot(db: sqlite_utils.Database, hub: Path, cipher: FileCipher | None = None) -> str | None:
    """Keep a recent full copy in the folder for new machines to join from (encrypted when
    the business encrypts its files: a plain copy is then replaced at once)."""
    folder = hub / "snapshots"
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime)
    total = total_changes(db)
    encrypt = cipher is not None and cipher.enabled
    plain = [p for p in existing if bundles.is_plain(p)] if encrypt else []
    if existing and not (encrypt and existing[-1] in plain):
        newest = existing[-1]
        try:
            made_at = int(newest.stem.rsplit("-", 1)[1])
        except (IndexError, ValueError):
            made_at = 0
        if total - made_at < SNAPSHOT_EVERY:
            return None
    site = current(db)[0]
    target = folder / f"{site}-{total}.db"
    tmp = folder / f".tmp-{os.getpid()}-{target.name}"
    tmp.unlink(missing_ok=True)
    if is_encrypted(db):  # an encrypted database's snapshot is plain, like its bundles (sealed below if on)
        sqlcipher.export(db.conn, tmp, None)
    else:
        db.execute("VACUUM INTO ?", [str(tmp)])
    if encrypt:
        sealed = folder / f".tmp-{os.getpid()}-sealed-{target.name}"
        try:
            with tmp.open("rb") as source, sealed.open("wb") as out:
                crypto.encrypt_stream(source, out, crypto.KIND_SNAPSHOT, cipher.usable_key(),  # type: ignore[union-attr]
                                      cipher.spec, now_ms())  # type: ignore[union-attr,arg-type]
            os.replace(sealed, tmp)
        finally:
            sealed.unlink(missing_ok=True)
    os.replace(tmp, target)
    for old in {*existing[:-1], *plain} - {target}:
        old.unlink(missing_ok=True)
    return target.name


def newest_snapshot(hub: Path) -> Path | None:
    folder = Path(hub) / "snapshots"
    if not folder.is_dir():
        return None
    found = sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def join(hub: Path, db_path: Path, keys: dict[bytes, bytes] | None = None) -> Path:
    """Make a new database at ``db_path`` from the folder's newest snapshot.

    An encrypted snapshot is decrypted with ``keys`` (by default: the keys this computer
    knows); without its key, CryptoError says to enter the passphrase (``folder_key_spec``
    gives what ``encryption_settings.unlock`` needs), and nothing is written.
    """
    snapshot = newest_snapshot(hub)
    if snapshot is None:
        raise CrmError(
            QT_TRANSLATE_NOOP("core", "The sync folder {path} has no copy to join from yet: "
                                      "sync once from a machine that has the data."),
            path=str(hub),
        )
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".joining-{db_path.name}")
    try:
        if bundles.is_plain(snapshot):
            shutil.copyfile(snapshot, tmp)
        else:
            with snapshot.open("rb") as sealed, tmp.open("wb") as out:
                crypto.decrypt_stream(sealed, out, crypto.KIND_SNAPSHOT, load_keys() if keys is None else keys)
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
    return db_path


def folder_key_spec(hub: Path) -> KdfSpec | None:
    """How the key of the folder's encrypted files is derived (the newest one's header); None without any.

    A computer that has not yet received the business's encryption settings (they travel in
    encrypted bundles), or that joins from an encrypted snapshot, derives its key from the
    passphrase with this (``encryption_settings.unlock``).
    """
    hub = Path(hub)
    sites_dir = hub / "sites"
    files = [path for folder in sites_dir.iterdir() for _s, _e, path in _coverage(folder)] if sites_dir.is_dir() else []
    snapshot = newest_snapshot(hub)
    newest: tuple[float, KdfSpec] | None = None
    for path in [*files, *([snapshot] if snapshot else [])]:
        try:
            if bundles.is_plain(path):
                continue
            header, stamp = crypto.read_header(path), path.stat().st_mtime
        except (OSError, crypto.CryptoError):
            continue
        if newest is None or stamp > newest[0]:
            newest = (stamp, header.spec)
    return newest[1] if newest else None
