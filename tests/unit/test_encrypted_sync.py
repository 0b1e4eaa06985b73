"""Two machines syncing through a folder with the business's files encrypted.

Each machine has its own configuration folder (its own key file): the laptop cannot
read the office's bundles until its user enters the passphrase there.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from crm_desktop.core import crypto, people
from crm_desktop.core import encryption_settings as enc
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.db.connection import open_database
from crm_desktop.sync import bundle as bundles
from crm_desktop.sync import hub
from tests.unit.sync_support import Node, assert_converged, bundle_files, join, origin

PASSPHRASE = "blue harbour at noon"


class Machines:
    """Runs each node's work with its own configuration folder (where its key file lives)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, base: Path) -> None:
        self.monkeypatch, self.base = monkeypatch, base

    @contextmanager
    def on(self, node: Node) -> Iterator[Node]:
        self.monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(self.base / f"config-{node.name}"))
        yield node

    def sync(self, node: Node, folder: Path) -> hub.SyncReport:
        with self.on(node):
            return node.sync(folder)

    @contextmanager
    def office_and_laptop(self, template_db: Path, encrypted: bool) -> Iterator[tuple[Path, Node, Node]]:
        """A folder, the office (with the business passphrase when ``encrypted``) synced to it, and a laptop
        joined from it; both closed at the end."""
        folder = self.base / "hub"
        folder.mkdir()
        office = origin(template_db, self.base, "office")
        if encrypted:
            with self.on(office):
                enc.set_passphrase(office.ctx, PASSPHRASE, PASSPHRASE)
        self.sync(office, folder)
        laptop = join(folder, self.base, "laptop")
        try:
            yield folder, office, laptop
        finally:
            office.close()
            laptop.close()


def _names(node: Node) -> set[str]:
    return {r[0] for r in node.db.execute("SELECT last_name FROM people WHERE deleted_at IS NULL")}


@pytest.fixture
def machines(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Machines:
    return Machines(monkeypatch, tmp_path)


def test_encrypted_bundles_flow_once_each_machine_knows_the_passphrase(
    template_db: Path, tmp_path: Path, machines: Machines,
) -> None:
    # The laptop joins from the snapshot: it has the settings, not the key.
    with machines.office_and_laptop(template_db, encrypted=True) as (folder, office, laptop):
        people.create(office.ctx, {"last_name": "Vandenberghe", "email": "vdb@example.be"})
        machines.sync(office, folder)
        for path in bundle_files(folder):
            data = path.read_bytes()
            assert crypto.is_encrypted(data) and b"Vandenberghe" not in data

        with pytest.raises(CrmError, match="does not know the business passphrase"):
            machines.sync(laptop, folder)
        assert "Vandenberghe" not in _names(laptop)
        with machines.on(laptop):
            with pytest.raises(ValidationError):
                enc.unlock_business(laptop.db, "blue harbour at dusk")
            enc.unlock_business(laptop.db, PASSPHRASE)
        report = machines.sync(laptop, folder)
        assert report.received > 0 and not report.damaged
        people.create(laptop.ctx, {"last_name": "Typed on the laptop"})
        for _ in range(2):
            for node in (office, laptop):
                assert not machines.sync(node, folder).damaged
        assert _names(office) == _names(laptop) >= {"Vandenberghe", "Typed on the laptop"}
        assert_converged([office, laptop])
        assert all(crypto.is_encrypted(p.read_bytes()) for p in bundle_files(folder))


def _forge(path: Path, data: bytes) -> Path:
    """Write ``data`` under a bundle name whose checksum matches (as someone altering it would)."""
    start, end, _digest = bundles.parse_name(path.name)  # type: ignore[misc]
    path.unlink()
    forged = path.with_name(bundles.file_name(start, end, hashlib.sha256(data).hexdigest()))
    forged.write_bytes(data)
    return forged


def test_a_tampered_bundle_is_refused_whole(template_db: Path, tmp_path: Path, machines: Machines) -> None:
    with machines.office_and_laptop(template_db, encrypted=True) as (folder, office, laptop):
        with machines.on(laptop):
            enc.unlock_business(laptop.db, PASSPHRASE)
        before = set(bundle_files(folder))
        for n in range(3):
            people.create(office.ctx, {"last_name": f"Customer {n}"})
        machines.sync(office, folder)
        (new,) = set(bundle_files(folder)) - before
        data = bytearray(new.read_bytes())
        data[len(data) // 2] ^= 0x20
        forged = _forge(new, bytes(data))
        seq_before = laptop.db.execute("SELECT count(*) FROM sync_log").fetchone()[0]

        report = machines.sync(laptop, folder)
        assert report.received == 0
        assert any(forged.name in line and "could not be decrypted" in line for line in report.damaged)
        assert not {"Customer 0", "Customer 1", "Customer 2"} & _names(laptop)
        # Nothing of it was applied: the laptop's log grew by its own writes only (none here).
        assert laptop.db.execute("SELECT count(*) FROM sync_log").fetchone()[0] == seq_before

        forged.unlink()  # the office writes a good copy again at its next sync
        machines.sync(office, folder)
        assert machines.sync(laptop, folder).received == 3
        assert {"Customer 0", "Customer 1", "Customer 2"} <= _names(laptop)


def test_plain_bundles_are_refused_while_encryption_is_on_until_rewritten(
    template_db: Path, tmp_path: Path, machines: Machines,
) -> None:
    with machines.office_and_laptop(template_db, encrypted=False) as (folder, office, laptop):
        machines.sync(laptop, folder)
        # The office turns encryption on; the laptop, not told yet, writes a plain bundle.
        with machines.on(office):
            enc.set_passphrase(office.ctx, PASSPHRASE, PASSPHRASE)
        people.create(laptop.ctx, {"last_name": "Plain from the laptop"})
        machines.sync(laptop, folder)
        report = machines.sync(office, folder)
        assert any("is not encrypted" in line for line in report.damaged)
        assert "Plain from the laptop" not in _names(office)

        # The laptop has not received the settings (they travel encrypted): it takes the
        # key's salt from the folder's bundles, then syncs and rewrites its bundle encrypted.
        assert any("does not know" in line for line in machines.sync(laptop, folder).damaged)
        spec = hub.folder_key_spec(folder)
        assert spec is not None and enc.load_encryption(laptop.db).spec() is None
        with machines.on(laptop):
            enc.unlock(spec, PASSPHRASE)
        assert not machines.sync(laptop, folder).damaged
        assert enc.load_encryption(laptop.db).enabled
        assert all(crypto.is_encrypted(p.read_bytes()) for p in bundle_files(folder))
        assert not machines.sync(office, folder).damaged
        assert "Plain from the laptop" in _names(office)
        machines.sync(laptop, folder)
        assert_converged([office, laptop])


def test_plain_bundles_still_read_when_encryption_is_off(template_db: Path, tmp_path: Path, machines: Machines) -> None:
    with machines.office_and_laptop(template_db, encrypted=False) as (folder, office, laptop):
        people.create(office.ctx, {"last_name": "Plain and fine"})
        machines.sync(office, folder)
        assert not any(crypto.is_encrypted(p.read_bytes()) for p in bundle_files(folder))
        assert machines.sync(laptop, folder).received == 1
        assert "Plain and fine" in _names(laptop)


def test_the_folder_snapshot_is_encrypted_and_a_new_machine_needs_the_passphrase(
    template_db: Path, tmp_path: Path, machines: Machines,
) -> None:
    folder = tmp_path / "hub"
    folder.mkdir()
    office = origin(template_db, tmp_path, "office")
    try:
        people.create(office.ctx, {"last_name": "Vandenberghe"})
        machines.sync(office, folder)
        plain = hub.newest_snapshot(folder)
        assert plain is not None and plain.read_bytes().startswith(b"SQLite format 3")
        with machines.on(office):
            enc.set_passphrase(office.ctx, PASSPHRASE, PASSPHRASE)
        machines.sync(office, folder)
        sealed = hub.newest_snapshot(folder)
        assert sealed is not None and crypto.is_encrypted(sealed.read_bytes())
        assert [p.name for p in (folder / "snapshots").iterdir()] == [sealed.name]  # the plain copy is gone

        new_db = tmp_path / "laptop.db"
        with machines.on(Node("laptop", new_db, None, None)):  # type: ignore[arg-type]
            with pytest.raises(crypto.CryptoError, match="does not know"):
                hub.join(folder, new_db)
            assert not new_db.exists() and not list(tmp_path.glob(".joining-*"))
            spec = hub.folder_key_spec(folder)
            assert spec is not None
            enc.unlock(spec, PASSPHRASE)
            hub.join(folder, new_db)
        joined = open_database(new_db)
        try:
            assert joined.execute("SELECT count(*) FROM people WHERE last_name = 'Vandenberghe'").fetchone()[0] == 1
        finally:
            joined.close()
    finally:
        office.close()
