"""The management reports on the large demo database: the management report of a year < 15 s, a customer
sheet < 1 s. Figures are printed (run with -s).

The database is copied first (the shared /tmp/crm-bench/large.db is left untouched). The year is the
12 months up to the newest sale; the customer is the one with the most sales (the longest sheet). The
sheet is timed cold (its first run builds the RFM scores the value card reads) and warm (median).

Run: pytest tests/benchmarks/test_management_report_speed.py -s
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.users import ensure_admin
from crm_desktop.db.connection import open_database
from crm_desktop.reports.customer_sheet import build_customer_sheet
from crm_desktop.reports.management import build_management
from crm_desktop.reports.pdf_read import page_count, page_texts

pytestmark = pytest.mark.benchmark

MANAGEMENT_LIMIT_S = 15.0
SHEET_LIMIT_S = 1.0
SHEET_RUNS = 5


@pytest.fixture(scope="module")
def bench_db(large_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite_utils.Database]:
    """A copy of the large database (with sales), opened like the application opens one."""
    probe = sqlite3.connect(f"file:{large_db_path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "sales" not in tables or not probe.execute("SELECT count(*) FROM sales").fetchone()[0]:
            pytest.skip(f"{large_db_path} has no sales: delete its .ready marker to rebuild it")
        copy = tmp_path_factory.mktemp("bench") / "large.db"
        target = sqlite3.connect(copy)
        probe.backup(target)
        target.close()
    finally:
        probe.close()
    db = open_database(copy)
    yield db
    db.close()


def _newest_sale(db: sqlite_utils.Database) -> date:
    return date.fromisoformat(db.execute("SELECT max(sold_on) FROM sales WHERE deleted_at IS NULL").fetchone()[0])


def test_the_management_report_of_a_year(bench_db: sqlite_utils.Database, tmp_path: Path) -> None:
    end = _newest_sale(bench_db)
    start = end.replace(year=end.year - 1) + timedelta(days=1)
    clock = FixedClock(datetime(end.year, end.month, end.day, 17, tzinfo=UTC))
    began = time.perf_counter()
    out = build_management(bench_db, tmp_path / "management.pdf", start, end, "fr", clock)
    seconds = time.perf_counter() - began
    print(f"\nmanagement report {start} to {end}: {seconds:.2f} s, {page_count(out)} pages")
    assert "Rapport de direction" in page_texts(out)[0]
    assert seconds < MANAGEMENT_LIMIT_S


def test_the_sheet_of_the_busiest_customer(bench_db: sqlite_utils.Database, tmp_path: Path) -> None:
    row = bench_db.execute("SELECT company_id, count(*) AS n FROM sales WHERE company_id IS NOT NULL AND "
                           "deleted_at IS NULL GROUP BY company_id ORDER BY n DESC LIMIT 1").fetchone()
    key = f"c:{row[0]}"
    end = _newest_sale(bench_db)
    clock = FixedClock(datetime(end.year, end.month, end.day, 17, tzinfo=UTC))
    ctx = Context(db=bench_db, user=ensure_admin(bench_db, clock), clock=clock)
    timings = []
    for run in range(SHEET_RUNS + 1):
        began = time.perf_counter()
        out = build_customer_sheet(ctx, tmp_path / f"sheet-{run}.pdf", key, "en", clock)
        timings.append(time.perf_counter() - began)
    warm = statistics.median(timings[1:])
    print(f"\ncustomer sheet ({row[1]} sales, {page_count(out)} pages): first {timings[0] * 1000:.0f} ms, "
          f"then median {warm * 1000:.0f} ms, max {max(timings[1:]) * 1000:.0f} ms")
    assert "Customer sheet" in page_texts(out)[0]
    assert warm < SHEET_LIMIT_S
