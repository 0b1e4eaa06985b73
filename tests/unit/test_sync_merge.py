"""Merging through hub folders: per-cell merge, conflicts kept and resolved, causal
order, idempotence, relays over USB sticks, attachments, and schema upgrades."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crm_desktop.core import attachments, history, people
from crm_desktop.core.settings import BusinessSettings, load_business, save_business
from crm_desktop.db import capture, synced
from crm_desktop.sync import bundle as bundles
from crm_desktop.sync import conflicts, hub, merge
from tests.unit.sync_support import (
    Node,
    assert_converged,
    bundle_files,
    conflict_set,
    exchange,
    full_dump,
    join,
    origin,
    table_dump,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "hub"
    path.mkdir()
    return path


@pytest.fixture
def nodes(template_db: Path, tmp_path: Path, folder: Path):
    made: list[Node] = []

    def make(count: int) -> list[Node]:
        a = origin(template_db, tmp_path)
        made.append(a)
        a.sync(folder)
        for name in "BCDEF"[: count - 1]:
            made.append(join(folder, tmp_path, name))
        return list(made)

    yield make
    for node in made:
        node.close()


def city(node: Node, pid: str) -> str | None:
    return people.get(node.ctx, pid, include_deleted=True)["city"]


def person_on(nodes: list[Node], folder: Path, **values) -> str:
    pid = people.create(nodes[0].ctx, {"last_name": "Dupont", **values}, allow_duplicate=True)
    exchange(nodes, folder, rounds=1)
    return pid


def test_joined_machine_has_the_data_and_its_own_site(nodes, folder: Path) -> None:
    a, b = nodes(2)
    pid = person_on([a, b], folder, first_name="Jean")
    assert people.get(b.ctx, pid)["first_name"] == "Jean"
    assert a.site != b.site
    assert b.seq == 0  # a new site starts its own numbering (and joining writes nothing)
    assert_converged([a, b])


def test_concurrent_edits_of_different_fields_merge(nodes, folder: Path) -> None:
    a, b = nodes(2)
    pid = person_on([a, b], folder)
    people.update(a.ctx, pid, {"city": "Namur"})
    people.update(b.ctx, pid, {"title": "CEO", "phone": "+32 81 12 34 56"})
    exchange([a, b], folder)
    for node in (a, b):
        row = people.get(node.ctx, pid)
        assert (row["city"], row["title"]) == ("Namur", "CEO")
    assert conflict_set(a.db) == conflict_set(b.db) == set()
    assert_converged([a, b])


def test_same_field_is_a_conflict_keeping_both_values(nodes, folder: Path) -> None:
    a, b, c = nodes(3)
    pid = person_on([a, b, c], folder)
    people.update(a.ctx, pid, {"city": "Namur"})
    people.update(b.ctx, pid, {"city": "Liège"})
    exchange([a, b, c], folder)
    for node in (a, b, c):
        (conflict,) = conflicts.list_all(node.db)
        assert (conflict.table, conflict.row_id, conflict.column) == ("people", pid, "city")
        assert {v.value for v in conflict.values} == {"Namur", "Liège"}
        shown = [v for v in conflict.values if v.shown]
        assert len(shown) == 1 and shown[0].value == city(node, pid)
        assert {v.site_code for v in conflict.values} == {a.ctx.db.execute(
            "SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0], b.ctx.db.execute(
            "SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0]}
    # the value shown is the one with the highest (clock, site), the same everywhere
    entries = a.db.execute(
        "SELECT hlc, site, val FROM sync_log WHERE tbl = 'people' AND row_id = ? AND col = 'city'", [pid]
    ).fetchall()
    assert city(a, pid) == city(b, pid) == city(c, pid) == max(entries)[2]
    assert_converged([a, b, c])


@pytest.mark.parametrize("keep", ["shown", "other", "new"])
def test_resolving_on_one_side_clears_it_everywhere(nodes, folder: Path, keep: str) -> None:
    a, b, c = nodes(3)
    pid = person_on([a, b, c], folder)
    people.update(a.ctx, pid, {"city": "Namur"})
    people.update(b.ctx, pid, {"city": "Liège"})
    exchange([a, b, c], folder)
    shown = city(c, pid)
    other = ({"Namur", "Liège"} - {shown}).pop()
    value = {"shown": shown, "other": other, "new": "Mons"}[keep]
    conflicts.resolve(c.ctx, "people", pid, "city", value)
    assert conflicts.list_all(c.db) == []
    exchange([a, b, c], folder)
    for node in (a, b, c):
        assert conflicts.list_all(node.db) == []
        assert city(node, pid) == value
    assert_converged([a, b, c])


def test_edit_after_seeing_a_value_supersedes_it(nodes, folder: Path) -> None:
    a, b, c = nodes(3)
    pid = person_on([a, b, c], folder)
    people.update(a.ctx, pid, {"city": "Namur"})
    a.sync(folder)
    b.sync(folder)
    people.update(b.ctx, pid, {"city": "Liège"})  # B had seen Namur
    b.sync(folder)
    c.sync(folder)  # C receives both: no conflict, whatever the clocks say
    a.sync(folder)
    for node in (a, b, c):
        assert city(node, pid) == "Liège"
        assert conflicts.list_all(node.db) == []


def test_later_edit_wins_even_with_an_older_clock(nodes, folder: Path) -> None:
    """Causality, not the clock, decides: B saw A's value, so B's value wins even
    though A's clock says A wrote later."""
    a, b = nodes(2)
    pid = person_on([a, b], folder)
    future = a.db.execute("SELECT hlc FROM sync_clock").fetchone()[0] + (3_600_000 << 16)
    a.db.execute("UPDATE sync_clock SET hlc = ?", [future])
    people.update(a.ctx, pid, {"city": "Namur"})
    exchange([a, b], folder, rounds=1)
    b.db.execute("UPDATE sync_clock SET hlc = 0")  # B's clock far behind
    people.update(b.ctx, pid, {"city": "Liège"})
    exchange([a, b], folder)
    assert city(a, pid) == city(b, pid) == "Liège"
    assert conflicts.list_all(a.db) == conflicts.list_all(b.db) == []


def test_delete_against_concurrent_edit(nodes, folder: Path) -> None:
    a, b = nodes(2)
    pid = person_on([a, b], folder)
    people.delete(a.ctx, pid)
    people.update(b.ctx, pid, {"city": "Namur", "title": "CFO"})
    exchange([a, b], folder)
    for node in (a, b):
        row = people.get(node.ctx, pid, include_deleted=True)
        assert row["deleted_at"] is not None  # in the trash on both...
        assert (row["city"], row["title"]) == ("Namur", "CFO")  # ...with the edit applied
    assert conflict_set(a.db) == conflict_set(b.db) == set()
    people.restore(b.ctx, pid)
    exchange([a, b], folder)
    for node in (a, b):
        assert people.get(node.ctx, pid)["city"] == "Namur"
    assert_converged([a, b])


def test_concurrent_delete_and_restore_converge(nodes, folder: Path) -> None:
    a, b = nodes(2)
    pid = person_on([a, b], folder)
    people.delete(a.ctx, pid)
    exchange([a, b], folder)
    people.restore(a.ctx, pid)
    people.restore(b.ctx, pid)
    people.delete(b.ctx, pid)
    exchange([a, b], folder)
    assert_converged([a, b])


def test_history_entries_never_conflict(nodes, folder: Path) -> None:
    a, b = nodes(2)
    pid = person_on([a, b], folder)
    h1 = history.log(a.ctx, {"kind": "call", "subject": "from A", "person_id": pid})
    h2 = history.log(b.ctx, {"kind": "note", "body": "from B", "person_id": pid})
    exchange([a, b], folder)
    for node in (a, b):
        assert history.get(node.ctx, h1)["subject"] == "from A"
        assert history.get(node.ctx, h2)["body"] == "from B"
    # even a concurrent correction of one entry resolves without asking
    a.db.execute("UPDATE history SET subject = 'A fixed' WHERE id = ?", [h1])
    b.db.execute("UPDATE history SET subject = 'B fixed' WHERE id = ?", [h1])
    exchange([a, b], folder)
    assert conflict_set(a.db) == conflict_set(b.db) == set()
    assert_converged([a, b])


def test_business_settings_saved_on_two_machines(nodes, folder: Path) -> None:
    """Settings rows are keyed by name: both machines create 'business.name'."""
    a, b = nodes(2)
    save_business(a.ctx, BusinessSettings(name="Garage Dupont"))
    save_business(b.ctx, BusinessSettings(name="Dupont & Fils", city="Namur"))
    exchange([a, b], folder)
    assert load_business(a.db) == load_business(b.db)
    assert load_business(a.db).city == "Namur"
    # the values both typed differ for the name and the city ("" against "Namur"); the
    # defaults both saved (country BE...) are the same value: nothing to choose
    assert {c[:3] for c in conflict_set(a.db)} == {
        ("settings", "business.name", "value"), ("settings", "business.city", "value")}
    assert_converged([a, b])


def test_sync_again_changes_nothing(nodes, folder: Path) -> None:
    a, b, c = nodes(3)
    pid = person_on([a, b, c], folder)
    people.update(a.ctx, pid, {"city": "Namur"})
    people.update(b.ctx, pid, {"city": "Liège"})
    history.log(c.ctx, {"kind": "call", "subject": "hello", "person_id": pid})
    exchange([a, b, c], folder)
    before = {n.name: full_dump(n.db) for n in (a, b, c)}
    files = sorted(p.name for p in bundle_files(folder))
    exchange([a, b, c], folder)
    assert {n.name: full_dump(n.db) for n in (a, b, c)} == before
    assert sorted(p.name for p in bundle_files(folder)) == files
    # and every bundle applied again by hand: nothing moves
    for node in (a, b, c):
        for path in bundle_files(folder):
            result = merge.apply_bundle(node.db, bundles.read(path), hub.now_ms())
            assert result.applied == 0
        assert full_dump(node.db) == before[node.name]


def _bundles_of(node: Node, folder: Path) -> list[Path]:
    return sorted(p for p in bundle_files(folder) if p.parent.name == node.site)


def test_out_of_order_twice_and_gaps(nodes, folder: Path) -> None:
    a, b, c = nodes(3)
    pid = person_on([a, b, c], folder)
    start = len(_bundles_of(a, folder))
    for value in ("one", "two", "three"):
        people.update(a.ctx, pid, {"city": value})
        a.sync(folder)
    b1, b2, b3 = (bundles.read(p) for p in _bundles_of(a, folder)[start:])
    now = hub.now_ms()
    result = merge.apply_bundle(b.db, b3, now)
    assert (result.applied, result.waiting) == (0, True)
    assert merge.apply_bundle(b.db, b1, now).applied == 1
    assert city(b, pid) == "one"
    result = merge.apply_bundle(b.db, b1, now)
    assert (result.applied, result.duplicates) == (0, 1)
    assert merge.apply_bundle(b.db, b3, now).waiting  # two is still missing
    assert city(b, pid) == "one"
    assert merge.apply_bundle(b.db, b2, now).applied == 1
    assert merge.apply_bundle(b.db, b3, now).applied == 1
    assert city(b, pid) == "three"
    c.sync(folder)
    assert_converged([a, b, c])


def test_change_waits_for_what_its_author_had_seen(nodes, folder: Path, tmp_path: Path) -> None:
    """B edits after seeing A's edit; C gets B's bundle first: it waits for A's."""
    a, b, c = nodes(3)
    pid = person_on([a, b, c], folder)
    people.update(a.ctx, pid, {"city": "Namur"})
    a.sync(folder)
    b.sync(folder)
    people.update(b.ctx, pid, {"title": "after Namur"})
    b.sync(folder)
    aside = tmp_path / "aside"
    shutil.move(folder / "sites" / a.site, aside)  # A's bundles have not reached C's folder yet
    report = c.sync(folder)
    assert b.site in report.waiting_sites
    assert people.get(c.ctx, pid)["title"] is None
    shutil.rmtree(folder / "sites" / a.site, ignore_errors=True)  # (C relayed what it held)
    shutil.move(aside, folder / "sites" / a.site)
    report = c.sync(folder)
    assert report.waiting_sites == []
    row = people.get(c.ctx, pid)
    assert (row["city"], row["title"]) == ("Namur", "after Namur")
    exchange([a, b, c], folder)
    assert_converged([a, b, c])


def test_missing_bundle_is_written_again_and_readers_catch_up(nodes, folder: Path) -> None:
    a, b = nodes(2)
    pid = person_on([a, b], folder)
    for value in ("one", "two", "three"):
        people.update(a.ctx, pid, {"city": value})
        a.sync(folder)
    _bundles_of(a, folder)[-2].unlink()  # lost (a sync tool, a person tidying up)
    report = b.sync(folder)
    assert a.site in report.waiting_sites
    a.sync(folder)  # notices the hole and fills it
    assert b.sync(folder).waiting_sites == []
    assert city(b, pid) == "three"


def test_usb_relay_between_three_folders(template_db: Path, tmp_path: Path) -> None:
    """office <-> stick <-> laptop <-> stick2 <-> other laptop, and the office share."""
    share, stick, stick2 = (tmp_path / n for n in ("share", "stick", "stick2"))
    for f in (share, stick, stick2):
        f.mkdir()
    office = origin(template_db, tmp_path, "office")
    pid = people.create(office.ctx, {"last_name": "Dupont"})
    office.sync(share)
    office2 = join(share, tmp_path, "office2")
    office.sync(stick)
    laptop = join(stick, tmp_path, "laptop")
    laptop.sync(stick2)
    laptop2 = join(stick2, tmp_path, "laptop2")
    everyone = [office, office2, laptop, laptop2]
    try:
        people.update(laptop2.ctx, pid, {"city": "from laptop2"})
        people.update(office2.ctx, pid, {"title": "from office2"})
        h = history.log(laptop.ctx, {"kind": "visit", "subject": "on the road", "person_id": pid})
        for _ in range(2):  # the stick goes back and forth
            laptop2.sync(stick2)
            laptop.sync(stick2)
            laptop.sync(stick)
            office.sync(stick)
            office.sync(share)
            office2.sync(share)
            office.sync(share)
            office.sync(stick)
            laptop.sync(stick)
            laptop.sync(stick2)
            laptop2.sync(stick2)
        for node in everyone:
            row = people.get(node.ctx, pid)
            assert (row["city"], row["title"]) == ("from laptop2", "from office2"), node.name
            assert history.get(node.ctx, h)["subject"] == "on the road"
        assert_converged(everyone)
        # laptop2's changes reached the share written by others than laptop2
        assert (share / "sites" / laptop2.site).is_dir()
    finally:
        for node in everyone:
            node.close()


def test_attachment_content_travels(nodes, folder: Path, tmp_path: Path) -> None:
    a, b = nodes(2)
    pid = person_on([a, b], folder)
    source = tmp_path / "plan.pdf"
    source.write_bytes(b"%PDF-1.4 plan of the boiler room \x00\x01" * 100)
    att = attachments.add(a.ctx, "person", pid, source)
    a.sync(folder)
    sha = attachments.list_for(a.ctx, pid)[0]["sha256"]
    assert (folder / "files" / sha[:2] / sha).is_file()
    b.sync(folder)
    assert attachments.file_path(b.ctx, att).read_bytes() == source.read_bytes()
    # relayed: C joins another folder that only B syncs with
    other = tmp_path / "other"
    other.mkdir()
    b.sync(other)
    c = join(other, tmp_path, "C")
    try:
        c.sync(other)
        assert attachments.file_path(c.ctx, att).read_bytes() == source.read_bytes()
    finally:
        c.close()


def _add_nickname(node: Node) -> None:
    node.db.execute("ALTER TABLE people ADD COLUMN nickname TEXT")
    capture.install(node.db)


def test_newer_column_is_kept_relayed_and_applied_after_upgrade(nodes, folder: Path, tmp_path: Path) -> None:
    a, b = nodes(2)
    pid = person_on([a, b], folder)
    stick = tmp_path / "stick"
    stick.mkdir()
    b.sync(stick)
    c = join(stick, tmp_path, "C")  # C only ever sees B's stick
    try:
        _add_nickname(a)  # A runs a newer version
        a.db.execute("UPDATE people SET nickname = 'Jeannot', city = 'Namur' WHERE id = ?", [pid])
        a.sync(folder)
        report = b.sync(folder)
        assert report.pending_cells == 1
        assert city(b, pid) == "Namur"  # what B understands is applied
        pending = b.db.execute("SELECT col, val FROM sync_log WHERE pending = 1").fetchall()
        assert pending == [("nickname", "Jeannot")]
        b.sync(stick)
        report = c.sync(stick)
        assert report.pending_cells == 1 and city(c, pid) == "Namur"
        # B upgrades: the kept cells are applied
        _add_nickname(b)
        assert merge.replay_pending(b.db) == 1
        assert b.db.execute("SELECT nickname FROM people WHERE id = ?", [pid]).fetchone()[0] == "Jeannot"
        assert b.db.execute("SELECT count(*) FROM sync_log WHERE pending = 1").fetchone()[0] == 0
        # C upgrades too, but syncs before the replay at start: the sync applies them
        _add_nickname(c)
        c.sync(stick)
        assert c.db.execute("SELECT nickname FROM people WHERE id = ?", [pid]).fetchone()[0] == "Jeannot"
        # later edits on the upgraded machines merge as usual
        b.db.execute("UPDATE people SET nickname = 'Jean-Jean' WHERE id = ?", [pid])
        exchange([a, b], folder)
        b.sync(stick)
        c.sync(stick)
        for node in (a, b, c):
            assert node.db.execute("SELECT nickname FROM people WHERE id = ?", [pid]).fetchone()[0] == "Jean-Jean"
        assert_converged([a, b, c])
    finally:
        c.close()


def test_newer_table_is_kept_until_it_exists(nodes, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tables = (*synced.TABLES, synced.SyncedTable("gadgets"))
    monkeypatch.setattr(synced, "TABLES", tables)
    monkeypatch.setattr(synced, "BY_NAME", {t.name: t for t in tables})
    a, b = nodes(2)
    create = "CREATE TABLE gadgets (rid INTEGER PRIMARY KEY, id TEXT NOT NULL, label TEXT NOT NULL, size INTEGER)"
    a.db.execute(create)
    capture.install(a.db)
    a.db.execute("INSERT INTO gadgets(id, label, size) VALUES ('g1', 'lamp', 3)")
    a.db.execute("UPDATE gadgets SET size = 4 WHERE id = 'g1'")
    a.sync(folder)
    assert b.sync(folder).pending_cells == 3
    b.db.execute(create)
    capture.install(b.db)
    assert merge.replay_pending(b.db) == 3
    assert b.db.execute("SELECT id, label, size FROM gadgets").fetchall() == [("g1", "lamp", 4)]
    assert_converged([a, b])


def test_join_from_a_snapshot_taken_after_an_import(nodes, folder: Path, tmp_path: Path) -> None:
    """A snapshot holds the origin's provisional epoch for its next change; the origin
    imports more before writing it. A machine joining from that snapshot must not
    believe the change saw less than it did (it would see a conflict nobody else has)."""
    a, b = nodes(2)
    pid = person_on([a, b], folder)
    people.update(b.ctx, pid, {"city": "B1"})
    b.sync(folder)
    a.sync(folder)  # imports B1: A's next change will have seen B1
    kept = tmp_path / "kept.db"
    a.db.execute("VACUUM INTO ?", [str(kept)])  # a snapshot now (as _maybe_snapshot writes them)
    people.update(b.ctx, pid, {"city": "B2"})
    b.sync(folder)
    a.sync(folder)  # imports B2...
    people.update(a.ctx, pid, {"city": "A after B2"})  # ...then supersedes it
    a.sync(folder)
    for old in (folder / "snapshots").glob("*.db"):
        old.unlink()
    shutil.copyfile(kept, folder / "snapshots" / f"{a.site}-1.db")
    c = join(folder, tmp_path, "C")
    try:
        c.sync(folder)  # A's folder sorts first: A's change is applied before B2
        exchange([a, b, c], folder)
        assert city(c, pid) == "A after B2"
        assert conflict_set(c.db) == set()
        assert_converged([a, b, c])
    finally:
        c.close()


def test_joined_machine_keeps_no_provisional_epoch(nodes, folder: Path) -> None:
    """new_site() keeps no provisional epoch of the site it was copied from."""
    a, b = nodes(2)
    person_on([a, b], folder)
    old = a.site
    rows = b.db.execute("SELECT from_seq, vv FROM sync_epochs WHERE site = ?", [old]).fetchall()
    top = b.db.execute("SELECT max_seq FROM sync_sites WHERE site = ?", [old]).fetchone()[0]
    assert all(n <= top for n, _vv in rows)
    assert all(isinstance(json.loads(vv), dict) for _n, vv in rows)


def test_tables_identical_after_many_mixed_edits(nodes, folder: Path) -> None:
    a, b, c = nodes(3)
    ids = [people.create(a.ctx, {"last_name": f"P{i}"}, allow_duplicate=True) for i in range(4)]
    exchange([a, b, c], folder, rounds=1)
    for i, pid in enumerate(ids):
        people.update(a.ctx, pid, {"city": f"A{i}"})
        people.update(b.ctx, pid, {"city": f"B{i}", "notes": "b"})
        if i % 2:
            people.delete(c.ctx, pid)
        b.sync(folder)
    exchange([a, b, c], folder)
    assert_converged([a, b, c])
    assert table_dump(a.db)["people"] == table_dump(c.db)["people"]


def test_window_writing_during_a_sync(nodes, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window (its own connection) saves a record while the worker applies a bundle:
    neither fails with "database is locked"; the one that comes second waits its turn.
    (The sync's transactions used to read first and fail at their first write when the
    window had committed meanwhile.)"""
    import threading

    from crm_desktop.db.connection import open_database

    a, b = nodes(2)
    pid = person_on([a, b], folder)
    people.update(a.ctx, pid, {"city": "Namur"})
    a.sync(folder)
    window = open_database(b.path)
    errors: list[BaseException] = []
    savers: list[threading.Thread] = []
    original = merge.Replica.__init__

    def save_from_window() -> None:
        # (A deferred BEGIN that reads first would fail here whatever the sync does: the
        # window's own transactions must take the write lock at once as well.)
        try:
            with merge.write_transaction(window):
                window.execute("SELECT title FROM people WHERE id = ?", [pid]).fetchone()
                window.execute("UPDATE people SET title = 'typed meanwhile' WHERE id = ?", [pid])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    def replica_then_window_saves(self, db) -> None:
        original(self, db)
        if db is b.db and db.conn.in_transaction:
            saver = threading.Thread(target=save_from_window)
            savers.append(saver)
            saver.start()
            saver.join(0.2)  # (while the transaction is open)

    monkeypatch.setattr(merge.Replica, "__init__", replica_then_window_saves)
    try:
        report = b.sync(folder)
        monkeypatch.undo()
        for saver in savers:
            saver.join(10)
        assert errors == []
        assert report.received == 1
        row = people.get(b.ctx, pid)
        assert (row["city"], row["title"]) == ("Namur", "typed meanwhile")
    finally:
        window.close()
