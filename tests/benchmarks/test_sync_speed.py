"""Sync speed on the large demo database.

- 10,000 changed cells exported by one replica and applied by another: < 3 s each way.
- A new machine joins the large database from the folder: < 90 s.
- The capture triggers slow a 100,000-row import by at most 3x against the same
  import with capture off, measured in the same run.

Run: pytest tests/benchmarks/test_sync_speed.py -s
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from crm_desktop.db import capture
from crm_desktop.db.connection import open_database
from crm_desktop.db.ids import new_id
from crm_desktop.sync import hub, site

pytestmark = pytest.mark.benchmark


def _copy_db(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    src = open_database(source)
    src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    src.close()
    shutil.copyfile(source, target)


def test_exchange_and_join(large_db_path: Path, tmp_path: Path) -> None:
    work = Path("/tmp/crm-bench/sync")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    a_path, b_path, folder = work / "a.db", work / "b.db", work / "hub"
    folder.mkdir()
    _copy_db(large_db_path, a_path)
    a = open_database(a_path)
    site.ensure_identity(a, a_path)

    start = time.perf_counter()
    first = hub.sync(a, folder)
    snapshot_s = time.perf_counter() - start

    start = time.perf_counter()
    hub.join(folder, b_path)
    b = open_database(b_path)
    site.new_site(b)
    site.remember(b, b_path)
    hub.sync(b, folder)
    join_s = time.perf_counter() - start

    # 10,000 changed cells on A: 2,500 people x 4 columns, written as the app would (captured).
    rng = random.Random(5)
    ids = [r[0] for r in a.execute("SELECT id FROM people WHERE deleted_at IS NULL LIMIT 2500")]
    with a.atomic():
        for pid in ids:
            a.execute(
                "UPDATE people SET city = ?, title = ?, notes = ?, updated_at = ? WHERE id = ?",
                [f"Ville {rng.randint(0, 999)}", f"Titre {rng.randint(0, 999)}",
                 f"Note {rng.random()}", f"2026-11-28T10:{rng.randint(0, 59):02d}:00.000Z", pid],
            )
    cells = a.execute(
        "SELECT count(*) FROM sync_log WHERE site = (SELECT site FROM sync_clock) AND tbl = 'people'"
    ).fetchone()[0]

    start = time.perf_counter()
    sent = hub.sync(a, folder)
    export_s = time.perf_counter() - start
    start = time.perf_counter()
    received = hub.sync(b, folder)
    apply_s = time.perf_counter() - start

    same = b.execute("SELECT city, title, notes FROM people WHERE id = ?", [ids[-1]]).fetchone() == \
        a.execute("SELECT city, title, notes FROM people WHERE id = ?", [ids[-1]]).fetchone()
    print(f"\nfirst sync of the large database (snapshot for joiners): {snapshot_s:.1f} s ({first.snapshot})")
    print(f"new machine joins the large database from the folder: {join_s:.1f} s (limit 90 s)")
    print(f"{cells} changed cells ({sent.sent} changes): export {export_s:.2f} s, "
          f"apply on the other replica {apply_s:.2f} s (limit 3 s each); received {received.received}")
    a.close()
    b.close()
    assert same
    assert received.received == sent.sent == len(ids)
    assert join_s < 90
    assert export_s < 3 and apply_s < 3


def _people_rows(n: int, seed: int) -> list[tuple]:
    rng = random.Random(seed)
    now = "2026-11-28T10:00:00.000Z"
    return [
        (new_id(rng), now, now, f"Prénom{rng.randint(0, 5000)}", f"Nom{rng.randint(0, 50000)}",
         f"p{i}.{seed}@example.be", f"+3247{rng.randint(1000000, 9999999)}", "Namur", "5000", "lead",
         '["vip"]', "{}", "[]", "{}")
        for i in range(n)
    ]


def _import(path: Path, rows: list[tuple], capture_on: bool) -> float:
    db = open_database(path)
    if not capture_on:
        capture.drop(db)
    start = time.perf_counter()
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO people(id, created_at, updated_at, first_name, last_name, email, mobile, city,"
            " postcode, stage, tags, custom, interests, consent) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def test_capture_overhead_on_a_large_import(tmp_path: Path) -> None:
    rows = _people_rows(100_000, 1)
    off = _import(tmp_path / "off.db", rows, capture_on=False)
    on = _import(tmp_path / "on.db", rows, capture_on=True)
    ratio = on / off
    print(f"\n100,000-row import: capture off {off:.2f} s, on {on:.2f} s: {ratio:.2f}x (limit 3x)")
    assert ratio <= 3
