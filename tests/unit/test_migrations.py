"""Schema migrations: from every earlier version, and refusing files we must not touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.db import fts, migrations
from crm_desktop.db.connection import APPLICATION_ID, DatabaseError, connect, open_database


def schema_of(db) -> list[tuple[str, str, str]]:
    """Everything the schema holds (tables, indexes, triggers), comparable between files."""
    return sorted(
        (row[0], row[1], " ".join((row[2] or "").split()))
        for row in db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND name != '_sqlite_migrations'"
        ).fetchall()
    )


@pytest.fixture
def reference(tmp_path: Path) -> list[tuple[str, str, str]]:
    db = open_database(tmp_path / "reference.db")
    try:
        return schema_of(db)
    finally:
        db.close()


def test_there_are_migrations_and_names_are_unique() -> None:
    names = migrations.known_names()
    assert names and len(names) == len(set(names))
    assert names == sorted(names), "names sort in the order they apply"


@pytest.mark.parametrize("stop_before", migrations.known_names())
def test_from_every_earlier_version(stop_before: str, tmp_path: Path,
                                    reference: list[tuple[str, str, str]]) -> None:
    names = migrations.known_names()
    db = connect(tmp_path / "old.db")
    try:
        migrations.migrate(db, stop_before=stop_before)
        assert migrations.applied_names(db) == names[: names.index(stop_before)]
        migrations.migrate(db)
        assert migrations.applied_names(db) == names
        assert migrations.schema_version(db) == names[-1]
        assert schema_of(db) == reference
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert set(fts.trigger_names()) <= set(
            r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        )
    finally:
        db.close()


def test_opening_twice_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    db = open_database(path)
    first = (schema_of(db), dict(db.execute("SELECT key, value FROM meta").fetchall()))
    db.close()
    db = open_database(path)
    try:
        assert (schema_of(db), dict(db.execute("SELECT key, value FROM meta").fetchall())) == first
        assert len(first[1]["site_id"]) == 32 and len(first[1]["site_code"]) == 3
    finally:
        db.close()


def test_a_database_newer_than_the_app_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
                 "VALUES ('crm_desktop', '9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert info.value.render() == (
        f"{db_path} was made by a newer version of CRM Desktop; please update the application to open it."
    )
    conn = sqlite3.connect(db_path)
    try:
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")] == [
            *migrations.known_names(), "9999_from_the_future"]
    finally:
        conn.close()


@pytest.mark.parametrize("content", [
    b"name,email\nJean,jean@example.com\n",
    b"SQLite format 3\x00" + b"\x00garbage" * 100,
    bytes(range(256)) * 8,
])
def test_a_file_that_is_not_a_database_is_refused(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="is not a CRM Desktop database"):
        open_database(path)
    assert path.read_bytes() == content


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="is not a CRM Desktop database"):
        open_database(path)
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    finally:
        conn.close()
    assert tables == ["invoices"]


def test_refusing_a_database_of_another_program_leaves_its_journal_mode(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError):
        open_database(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        open_database(tmp_path)
