"""Site identity: a copied or restored database gets a new site id (two files must
never write under one id); the same file reopened keeps it; changes made under
the old id keep travelling."""

from __future__ import annotations

import platform
import shutil
from pathlib import Path

import pytest

from crm_desktop.core import people
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.users import ensure_admin
from crm_desktop.db.connection import open_database
from crm_desktop.sync import site
from crm_desktop.sync.startup import prepare
from tests.conftest import START
from tests.unit.sync_support import Node, assert_converged, exchange, join, origin


def code_of(db) -> str:
    return db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0]


def reopen(path: Path, name: str = "X") -> Node:
    db = open_database(path)
    clock = FixedClock(START)
    return Node(name, path, db, Context(db, ensure_admin(db, clock), clock))


def checkpoint(node: Node) -> None:
    node.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "hub"
    path.mkdir()
    return path


@pytest.fixture
def a(template_db: Path, tmp_path: Path):
    node = origin(template_db, tmp_path)
    people.create(node.ctx, {"last_name": "Dupont"})
    yield node
    node.close()


def test_same_file_reopened_keeps_its_id(a: Node) -> None:
    before = site.current(a.db)[:2]
    a.close()
    for _ in range(2):
        again = reopen(a.path)
        assert site.ensure_identity(again.db, a.path) is False
        assert site.current(again.db)[:2] == before
        people.create(again.ctx, {"last_name": "Martin"}, allow_duplicate=True)
        again.close()
    a.db = open_database(a.path)


def test_copied_file_gets_a_new_id_and_code(a: Node, tmp_path: Path) -> None:
    checkpoint(a)
    copy_path = tmp_path / "elsewhere" / "copy.db"
    copy_path.parent.mkdir()
    shutil.copy(a.path, copy_path)
    copy = reopen(copy_path)
    try:
        old_site, old_code, old_seq = site.current(a.db)
        assert site.ensure_identity(copy.db, copy_path) is True
        new_site, new_code, new_seq = site.current(copy.db)
        assert new_site != old_site and new_code != old_code and new_seq == 0
        assert code_of(copy.db) == new_code
        # the copy still knows the old id's changes as another machine's
        assert copy.db.execute("SELECT max_seq FROM sync_sites WHERE site = ?", [old_site]).fetchone()[0] == old_seq
        # the original keeps its id, and so does the copy from now on
        assert site.ensure_identity(a.db, a.path) is False
        assert site.current(a.db)[0] == old_site
        assert site.ensure_identity(copy.db, copy_path) is False
        assert site.current(copy.db)[0] == new_site
    finally:
        copy.close()


def test_copy_to_the_same_path_on_another_computer(
    a: Node, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default data folder has the same path on two computers of one user name:
    the other machine has its own settings file and host name."""
    checkpoint(a)
    old_site = site.current(a.db)[0]
    a.close()
    other_settings = tmp_path / "other-machine" / "settings.json"
    monkeypatch.setattr(platform, "node", lambda: "the-other-laptop")
    moved = reopen(a.path)
    try:
        assert site.ensure_identity(moved.db, a.path, other_settings) is True
        assert site.current(moved.db)[0] != old_site
    finally:
        moved.close()
    a.db = open_database(a.path)


def test_restored_backup_gets_a_new_id(a: Node, tmp_path: Path, folder: Path) -> None:
    backup = tmp_path / "backup.db"
    checkpoint(a)
    shutil.copy(a.path, backup)
    old_site = site.current(a.db)[0]
    later = people.create(a.ctx, {"last_name": "Made after the backup"})
    a.sync(folder)
    site.remember(a.db, a.path)
    a.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{a.path}{suffix}").unlink(missing_ok=True)
    shutil.copy(backup, a.path)
    restored = reopen(a.path)
    a.db = restored.db
    assert prepare(restored.db, a.path) is True
    assert site.current(restored.db)[0] != old_site
    # what the file had written after the backup comes back from the folder
    restored.sync(folder)
    assert people.get(restored.ctx, later)["last_name"] == "Made after the backup"


def test_restored_backup_found_by_the_folder(a: Node, tmp_path: Path, folder: Path) -> None:
    """The settings did not see the later numbers (the program was killed): the folder
    holds changes of our id beyond our last number, so the file went back."""
    a.sync(folder)
    b = join(folder, tmp_path, "B")
    try:
        site.remember(a.db, a.path)
        people.create(a.ctx, {"last_name": "Before the backup"})
        checkpoint(a)
        backup = tmp_path / "backup.db"
        shutil.copy(a.path, backup)
        lost = people.create(a.ctx, {"last_name": "After the backup"})
        a.sync(folder)  # no remember(): killed before closing
        old_site = site.current(a.db)[0]
        a.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{a.path}{suffix}").unlink(missing_ok=True)
        shutil.copy(backup, a.path)
        restored = reopen(a.path, "A")
        a.db, a.ctx = restored.db, restored.ctx
        assert prepare(a.db, a.path) is False  # the settings cannot tell
        a.sync(folder)  # (a sync right after restoring, before typing anything)
        assert site.current(a.db)[0] != old_site
        fresh = people.create(a.ctx, {"last_name": "Typed after the restore"})
        exchange([a, b], folder)
        for node in (a, b):
            assert people.get(node.ctx, lost)["last_name"] == "After the backup"
            assert people.get(node.ctx, fresh)["last_name"] == "Typed after the restore"
        assert_converged([a, b])
    finally:
        b.close()


def test_changes_of_the_old_id_keep_syncing(a: Node, tmp_path: Path, folder: Path) -> None:
    a.sync(folder)
    b = join(folder, tmp_path, "B")
    unsent = people.create(a.ctx, {"last_name": "Not synced before the copy"})
    checkpoint(a)
    copy_path = tmp_path / "copy.db"
    shutil.copy(a.path, copy_path)
    copy = reopen(copy_path, "A2")
    try:
        assert site.ensure_identity(copy.db, copy_path) is True
        mine = people.create(copy.ctx, {"last_name": "Made on the copy"})
        copy.sync(folder)  # sends its own and relays the old id's
        b.sync(folder)
        assert people.get(b.ctx, unsent)["last_name"] == "Not synced before the copy"
        assert people.get(b.ctx, mine)["last_name"] == "Made on the copy"
        # the original goes on writing under the old id: no clash
        more = people.create(a.ctx, {"last_name": "Original again"})
        exchange([a, copy, b], folder)
        for node in (a, copy, b):
            assert people.get(node.ctx, more)["last_name"] == "Original again"
            assert people.get(node.ctx, mine)["last_name"] == "Made on the copy"
        assert_converged([a, copy, b])
    finally:
        copy.close()
        b.close()


def test_joined_machine_starts_with_nothing_to_send(a: Node, tmp_path: Path, folder: Path) -> None:
    a.sync(folder)
    b = join(folder, tmp_path, "B")
    try:
        assert b.db.execute("SELECT value FROM sync_state WHERE key = 'exported_seq'").fetchone() is None
        people.create(b.ctx, {"last_name": "New"})
        from crm_desktop.core.info import collect

        assert collect(b.db).pending_out == b.seq > 0
    finally:
        b.close()
