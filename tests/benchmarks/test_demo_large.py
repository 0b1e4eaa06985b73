"""How long the large demo database takes to build (budget: 3 minutes on a 2-core machine).

Run with ``pytest tests/benchmarks/test_demo_large.py -s``: it builds a fresh database
of 100,000 people, 20,000 companies and 1,000,000 history entries in a temporary
folder (about 1 GB) and prints the time of each phase.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from crm_desktop.core.clock import SystemClock
from crm_desktop.core.demo import SIZES, generate
from crm_desktop.core.users import ensure_admin
from crm_desktop.db import fts
from crm_desktop.db.connection import open_database

pytestmark = pytest.mark.benchmark

BUDGET_S = 180.0


def test_large_demo_within_budget(tmp_path: Path) -> None:
    path = tmp_path / "large.db"
    db = open_database(path)
    clock = SystemClock()
    ensure_admin(db, clock)
    spec = SIZES["large"]
    marks: list[tuple[float, int]] = []
    start = time.perf_counter()

    def progress(done: int, total: int) -> bool:
        marks.append((time.perf_counter() - start, done))
        return True

    counts = generate(db, clock, size="large", seed=1, progress=progress)
    elapsed = time.perf_counter() - start
    loaded = next((t for t, done in marks if done >= spec.rows), elapsed)
    print(
        f"\nlarge demo: {elapsed:.1f} s in all (rows made and inserted in {loaded:.1f} s, "
        f"indexes, search and ANALYZE in {marks[-1][0] - loaded:.1f} s, "
        f"commit and WAL checkpoint in {elapsed - marks[-1][0]:.1f} s); "
        f"{counts.people:,} people, {counts.companies:,} companies, {counts.history:,} history "
        f"entries, {counts.users} users added; {len(marks)} progress calls; "
        f"file {path.stat().st_size / 1e6:.0f} MB"
    )
    assert (counts.people, counts.companies, counts.history) == (
        spec.people, spec.companies, spec.history
    )
    assert elapsed < BUDGET_S

    busiest = db.execute(
        "SELECT count(*) FROM history WHERE person_id = ?", [counts.busiest_person_id]
    ).fetchone()[0]
    assert busiest >= 2_000
    t = time.perf_counter()
    timeline = db.execute(
        "SELECT id FROM history WHERE person_id = ? ORDER BY occurred_at DESC LIMIT 50",
        [counts.busiest_person_id],
    ).fetchall()
    timeline_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    hits = db.execute(
        "SELECT rowid FROM people_fts WHERE people_fts MATCH ? ORDER BY rank LIMIT 20",
        [fts.match_query("Hélène Dupont")],
    ).fetchall()
    search_ms = (time.perf_counter() - t) * 1000
    print(f"busiest person: {busiest} entries, first timeline page in {timeline_ms:.1f} ms; "
          f"search 'Hélène Dupont': {len(hits)} hits in {search_ms:.1f} ms")
    assert len(timeline) == 50 and hits
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    db.close()
    for suffix in ("", "-wal", "-shm"):  # a gigabyte: do not leave it in pytest's temp folders
        Path(f"{path}{suffix}").unlink(missing_ok=True)
