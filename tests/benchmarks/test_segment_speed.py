"""Segment counts on the large demo database (100,000 people): p95 of count() under 200 ms.

The editor counts again after each pause in editing, on the GUI thread: this is the figure that keeps it
responsive. The large demo has no sales yet, so a copy of it (the shared file is never written) gets
40,000 synthetic sales over three years, bought by a quarter of the companies and a tenth of the private
people, the biggest buyers buying most. Run with ``pytest tests/benchmarks/test_segment_speed.py -s``.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crm_desktop.core import segments
from crm_desktop.core.segment_filter import shop_day, value_tiers
from crm_desktop.db.connection import open_database
from crm_desktop.db.ids import new_id

pytestmark = pytest.mark.benchmark

P95_BUDGET_S = 0.200
SALES = 40_000
ROUNDS = 8
STAMP = "2026-01-01T00:00:00.000Z"


def _copy(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup (the shared file is opened read-only)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()


def _add_sales(db: sqlite_utils.Database, today: date, seed: int = 6) -> None:
    """Sales written straight in bulk (test data, not a sync history), dated over the last three years."""
    rnd = random.Random(seed)
    companies = [r[0] for r in db.execute("SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY rid")]
    private = [r[0] for r in db.execute(
        "SELECT id FROM people WHERE company_id IS NULL AND deleted_at IS NULL ORDER BY rid")]
    products = [r[0] for r in db.execute("SELECT id FROM products ORDER BY rid")] or [None]
    buyers = ([("c", c) for c in rnd.sample(companies, len(companies) // 4)]
              + [("p", p) for p in rnd.sample(private, len(private) // 10)])
    rnd.shuffle(buyers)
    base = {"created_at": STAMP, "updated_at": STAMP}
    sales, lines = [], []
    for n in range(SALES):
        kind, who = buyers[int(len(buyers) * rnd.random() ** 2)]  # a few buy a lot
        sale = new_id()
        sales.append({"id": sale, "number": f"S-B-{n}", "company_id": who if kind == "c" else None,
                      "person_id": who if kind == "p" else None,
                      "sold_on": (today - timedelta(days=rnd.randrange(3 * 365))).isoformat(), **base})
        for position in range(rnd.randint(1, 4)):
            lines.append({"id": new_id(), "sale_id": sale, "product_id": rnd.choice(products),
                          "quantity": rnd.randint(1, 5), "unit_price_cents": rnd.randint(500, 200_000),
                          "unit_cost_cents": 100, "discount_percent": 0, "position": position, **base})
    with db.atomic():
        db["sales"].insert_all(sales, batch_size=1000)
        db["sale_lines"].insert_all(lines, batch_size=1000)
    db.execute("ANALYZE sales")
    db.execute("ANALYZE sale_lines")


def _typical_filters(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    owner = db.execute("SELECT owner_id FROM people WHERE owner_id IS NOT NULL GROUP BY owner_id "
                       "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    levels = [r[0] for r in db.execute("SELECT id FROM support_levels WHERE deleted_at IS NULL ORDER BY rank")]
    tags = [r[0] for r in db.execute("SELECT j.value FROM people t, json_each(t.tags) j WHERE t.rid < 5000 "
                                     "GROUP BY j.value ORDER BY count(*) DESC LIMIT 2")]
    interests = [r[0] for r in db.execute("SELECT j.value FROM people t, json_each(t.interests) j "
                                          "WHERE t.rid < 5000 GROUP BY j.value ORDER BY count(*) DESC LIMIT 2")]
    return [
        {},
        {"stages": ["lead", "prospect"]},
        {"tags": tags},
        {"interests": interests[:1]},
        {"languages": ["nl"]},
        {"postcodes": ["50", "1000"]},
        {"cities": ["Namur", "Liège"]},
        {"owners": [owner]},
        {"industries": ["Retail", "Construction"]},
        {"last_purchase": {"within_days": 90}},
        {"last_purchase": {"not_within_days": 365}},
        {"value_tiers": ["high"]},
        {"value_tiers": ["none"]},
        {"support_levels": levels[-1:]},
        {"consent": ["email"]},
        {"has": ["email", "mobile"]},
        {"stages": ["customer"], "consent": ["email"], "has": ["email"], "languages": ["fr"]},
        {"stages": ["customer"], "value_tiers": ["high", "medium"], "last_purchase": {"not_within_days": 180},
         "consent": ["post"], "has": ["address"]},
        {"stages": ["lead", "prospect"], "interests": interests, "postcodes": ["5", "4"],
         "consent": ["email", "phone"]},
        {"stages": ["customer", "former"], "last_purchase": {"not_within_days": 365}, "tags": tags[:1],
         "support_levels": levels},
    ]


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[max(int(len(ordered) * 0.95) - 1, 0)]


def test_segment_counts_stay_under_200_ms(large_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "segments.db"
    start = time.perf_counter()
    _copy(large_db_path, path)
    db = open_database(path)
    now = datetime.now(UTC)
    today = shop_day(db, now)
    if db.execute("SELECT count(*) FROM sales").fetchone()[0] < SALES // 2:
        _add_sales(db, today)
    print(f"\nprepared in {time.perf_counter() - start:.1f} s: "
          f"{db.execute('SELECT count(*) FROM people').fetchone()[0]} people, "
          f"{db.execute('SELECT count(*) FROM sales').fetchone()[0]} sales")
    start = time.perf_counter()
    tiers = value_tiers(db, today)
    cold_tiers = time.perf_counter() - start
    filters = _typical_filters(db)
    rnd = random.Random(3)
    times: list[float] = []
    by_filter: dict[int, list[float]] = {i: [] for i in range(len(filters))}
    counts: dict[int, int] = {}
    order = [i for _ in range(ROUNDS) for i in range(len(filters))]
    rnd.shuffle(order)
    for i in order:
        start = time.perf_counter()
        counts[i] = segments.count(db, filters[i], now)
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        by_filter[i].append(elapsed)
    slowest = sorted(by_filter, key=lambda i: -statistics.median(by_filter[i]))[:3]
    ids_times, preview_times = [], []
    for flt in filters:
        start = time.perf_counter()
        ids = segments.person_ids(db, flt, now)
        ids_times.append(time.perf_counter() - start)
        assert len(ids) == counts[filters.index(flt)]
        start = time.perf_counter()
        segments.preview(db, flt, now)
        preview_times.append(time.perf_counter() - start)
    p50, p95 = statistics.median(times), _p95(times)
    print(f"value tiers of {sum(len(c) for c in tiers.values())} customers (cold): {cold_tiers * 1000:.0f} ms")
    print(f"count() over {len(filters)} typical filters x {ROUNDS}: p50 {p50 * 1000:.1f} ms, "
          f"p95 {p95 * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    for i in slowest:
        print(f"  slowest: {statistics.median(by_filter[i]) * 1000:.1f} ms median, {counts[i]} people: {filters[i]}")
    print(f"person_ids(): p95 {_p95(ids_times) * 1000:.1f} ms; preview(50): p95 {_p95(preview_times) * 1000:.1f} ms")
    db.close()
    assert counts[0] == max(counts.values())  # no criteria takes everyone
    assert 0 < counts[filters.index({"value_tiers": ["high"]})] < counts[0]
    assert p95 < P95_BUDGET_S
