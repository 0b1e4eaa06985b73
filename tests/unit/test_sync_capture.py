"""Capture triggers: every changed cell is logged once, with site, sequence and clock;
nothing is logged for a cell that did not change; any tool's writes are seen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.core import people
from crm_desktop.core.context import Context
from crm_desktop.db import capture, migrations, synced
from crm_desktop.db.connection import open_database
from crm_desktop.sync import site


def logged(db, since: int = 0) -> list[tuple]:
    return db.execute(
        "SELECT tbl, col, val FROM sync_log WHERE lid > ? ORDER BY lid", [since]
    ).fetchall()


def last_lid(db) -> int:
    return db.execute("SELECT coalesce(max(lid), 0) FROM sync_log").fetchone()[0]


@pytest.fixture
def person(ctx: Context) -> str:
    return people.create(ctx, {"first_name": "Anne", "last_name": "Martin", "city": "Namur"})


def test_installed_at_start(db) -> None:
    assert capture.installed(db)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(capture.trigger_names(db)) <= names
    assert len(capture.trigger_names(db)) == 2 * len(synced.present(db))


def test_insert_logs_non_null_cells_with_one_sequence(ctx: Context) -> None:
    before = last_lid(ctx.db)
    seq_before = site.current(ctx.db)[2]
    pid = people.create(ctx, {"first_name": "Anne", "last_name": "Martin"})
    rows = ctx.db.execute(
        "SELECT site, seq, hlc, tbl, row_id, col, val FROM sync_log WHERE lid > ?", [before]
    ).fetchall()
    cols = {r[5]: r[6] for r in rows}
    assert cols["first_name"] == "Anne" and cols["last_name"] == "Martin"
    assert "title" not in cols  # NULL at insert: nothing to log
    assert "rid" not in cols and "id" not in cols  # local rowid and key are not cells
    assert {r[1] for r in rows} == {seq_before + 1}  # one row write, one sequence number
    assert {r[4] for r in rows} == {pid}
    assert {r[0] for r in rows} == {site.current(ctx.db)[0]}
    assert len({r[2] for r in rows}) == 1


def test_update_logs_only_changed_columns(ctx: Context, person: str) -> None:
    db = ctx.db
    cases = [
        ("title", "CEO", [("people", "title", "CEO")]),  # NULL -> value
        ("title", "CEO", []),  # same value: nothing
        ("title", None, [("people", "title", None)]),  # value -> NULL
        ("title", None, []),  # NULL -> NULL
        ("city", "Namur", []),
    ]
    for col, value, expected in cases:
        before = last_lid(db)
        seq = site.current(db)[2]
        db.execute(f"UPDATE people SET {col} = ? WHERE id = ?", [value, person])
        assert logged(db, before) == expected, (col, value)
        # a write that changed nothing takes no sequence number
        assert site.current(db)[2] == seq + (1 if expected else 0)


def test_types_compare_exactly(ctx: Context, person: str) -> None:
    db = ctx.db
    db.execute("ALTER TABLE people ADD COLUMN extra")  # no affinity: values keep their type
    capture.install(db)
    steps = [
        (1, [("people", "extra", 1)]),
        ("1", [("people", "extra", "1")]),  # int -> text: a change
        (1, [("people", "extra", 1)]),
        (1.0, [("people", "extra", 1.0)]),  # int -> real: a change (SQLite's IS says equal)
        (1.0, []),
        (b"1", [("people", "extra", b"1")]),
        (b"1", []),
        (None, [("people", "extra", None)]),
    ]
    for value, expected in steps:
        before = last_lid(db)
        db.execute("UPDATE people SET extra = ? WHERE id = ?", [value, person])
        got = logged(db, before)
        assert got == expected, (value, got)
        assert [type(v) for *_, v in got] == [type(v) for *_, v in expected]


def test_integer_column_converts_text(ctx: Context, person: str) -> None:
    """'1' written to an INTEGER column is stored as 1: the same value, nothing logged."""
    db = ctx.db
    db.execute("UPDATE people SET payment_terms_days = 1 WHERE id = ?", [person])
    before = last_lid(db)
    db.execute("UPDATE people SET payment_terms_days = '1' WHERE id = ?", [person])
    assert logged(db, before) == []


def test_sqlite_utils_and_raw_sqlite3_writes_are_captured(ctx: Context, db_path: Path, person: str) -> None:
    db = ctx.db
    rid = db.execute("SELECT rid FROM people WHERE id = ?", [person]).fetchone()[0]
    before = last_lid(db)
    db["people"].update(rid, {"city": "Liège", "title": None})
    assert logged(db, before) == [("people", "city", "Liège")]

    before = last_lid(db)
    db["companies"].insert({"id": "c-1", "created_at": "2026", "updated_at": "2026", "name": "ACME"})
    assert set(logged(db, before)) == {
        ("companies", "created_at", "2026"), ("companies", "updated_at", "2026"),
        ("companies", "name", "ACME"), ("companies", "stage", "prospect"),
        ("companies", "tags", "[]"), ("companies", "custom", "{}"),
    }

    before = last_lid(db)
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE people SET email = 'anne@example.com' WHERE id = ?", [person])
    raw.commit()
    raw.close()
    assert logged(db, before) == [("people", "email", "anne@example.com")]


def test_settings_table_keyed_by_name(ctx: Context) -> None:
    db = ctx.db
    before = last_lid(db)
    db.execute("INSERT INTO settings(key, value, updated_at) VALUES ('business.name', '\"X\"', 't')")
    rows = db.execute("SELECT row_id, col FROM sync_log WHERE lid > ?", [before]).fetchall()
    assert set(rows) == {("business.name", "value"), ("business.name", "updated_at")}


def test_reinstalled_by_migrate_and_at_open(db, db_path: Path) -> None:
    capture.drop(db)
    assert not capture.installed(db)
    migrations.migrate(db)
    assert capture.installed(db)
    capture.drop(db)
    db.close()
    again = open_database(db_path)
    try:
        assert capture.installed(again)
    finally:
        again.close()


def test_transform_drops_triggers_and_migrate_restores_them(db) -> None:
    db["companies"].transform(types={"notes": str})
    assert not capture.installed(db)
    migrations.migrate(db)
    assert capture.installed(db)


def test_new_column_is_captured_after_reinstall(ctx: Context, person: str) -> None:
    db = ctx.db
    db.execute("ALTER TABLE people ADD COLUMN nickname TEXT")
    assert not capture.installed(db)  # triggers built from the old columns
    migrations.migrate(db)  # no pending migration: still reinstalls since they do not match
    assert capture.installed(db)
    before = last_lid(db)
    db.execute("UPDATE people SET nickname = 'Annie' WHERE id = ?", [person])
    assert logged(db, before) == [("people", "nickname", "Annie")]


def test_insert_with_nothing_to_log_takes_no_sequence(db) -> None:
    """A row whose cells are all NULL logs nothing, and must not use up a sequence number
    (a number without cells would be a gap no bundle can ever cover)."""
    db.execute("CREATE TABLE gadgets (rid INTEGER PRIMARY KEY, id TEXT NOT NULL, label TEXT)")
    synced_tables = (*synced.TABLES, synced.SyncedTable("gadgets"))
    original = synced.TABLES, synced.BY_NAME
    try:
        synced.TABLES = synced_tables
        synced.BY_NAME = {t.name: t for t in synced_tables}
        capture.install(db)
        seq = site.current(db)[2]
        db.execute("INSERT INTO gadgets(id) VALUES ('g1')")
        assert site.current(db)[2] == seq
        db.execute("UPDATE gadgets SET label = 'x' WHERE id = 'g1'")
        assert site.current(db)[2] == seq + 1
        assert logged(db, 0)[-1] == ("gadgets", "label", "x")
    finally:
        synced.TABLES, synced.BY_NAME = original
        capture.install(db)


def test_clock_and_sequence_increase(ctx: Context, person: str) -> None:
    db = ctx.db
    for i in range(5):
        db.execute("UPDATE people SET notes = ? WHERE id = ?", [f"n{i}", person])
    rows = db.execute("SELECT seq, hlc FROM sync_log ORDER BY lid").fetchall()
    seqs = [r[0] for r in rows]
    hlcs = [r[1] for r in rows]
    assert seqs == sorted(seqs)
    # strictly increasing per sequence number, even within one millisecond
    by_seq = dict(rows)
    ordered = [by_seq[s] for s in sorted(by_seq)]
    assert all(a < b for a, b in zip(ordered, ordered[1:], strict=False))
    assert hlcs


def test_clock_going_back_still_increases(ctx: Context, person: str) -> None:
    db = ctx.db
    future = db.execute("SELECT hlc FROM sync_clock").fetchone()[0] + (10**9 << 16)
    db.execute("UPDATE sync_clock SET hlc = ?", [future])
    db.execute("UPDATE people SET notes = 'later' WHERE id = ?", [person])
    assert db.execute("SELECT max(hlc) FROM sync_log").fetchone()[0] == future + 1
