"""Recommendations for one customer on ~20,000 sales: p95 under 50 ms.

The large demo has no sales yet, so this builds its own database in a temp file with a quick
synthetic generator: 5,000 companies, 300 products in 30 categories with tiers, 20,000 sales of
1-4 lines where customers lean to a "taste" (a few categories) so that pairs really co-occur.
Run with ``pytest tests/benchmarks/test_recommendations_speed.py -s``.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

import pytest
import sqlite_utils

from crm_desktop.core import recommendations
from crm_desktop.db.connection import open_database
from crm_desktop.db.ids import new_id

pytestmark = pytest.mark.benchmark

P95_BUDGET_S = 0.050
SALES = 20_000
COMPANIES = 5_000
PRODUCTS = 300
CATEGORIES = 30
STAMP = "2026-01-01T00:00:00.000Z"


def _generate(db: sqlite_utils.Database, seed: int = 6) -> list[str]:
    """Companies, products and sales written straight in bulk (this is test data, not a sync history)."""
    rnd = random.Random(seed)
    base = {"created_at": STAMP, "updated_at": STAMP}
    companies = [new_id() for _ in range(COMPANIES)]
    db["companies"].insert_all(({"id": c, "name": f"Company {i}", **base} for i, c in enumerate(companies)),
                               batch_size=1000)
    products = [new_id() for _ in range(PRODUCTS)]
    db["products"].insert_all(({"id": p, "name": f"Product {i}", "sku": f"P{i}", "category": f"Cat {i % CATEGORIES}",
                                "tier": (i // CATEGORIES) % 5, "price_cents": 1000 + 37 * i, "active": 1, **base}
                               for i, p in enumerate(products)), batch_size=1000)
    taste = {c: rnd.sample(range(CATEGORIES), 3) for c in companies}
    sales, lines = [], []
    for n in range(SALES):
        company = rnd.choice(companies)
        sale = new_id()
        sales.append({"id": sale, "number": f"S-{n}", "company_id": company, "sold_on": "2025-06-01", **base})
        for position in range(rnd.randint(1, 4)):
            category = rnd.choice(taste[company]) if rnd.random() < 0.8 else rnd.randrange(CATEGORIES)
            product = products[category + CATEGORIES * rnd.randrange(PRODUCTS // CATEGORIES)]
            lines.append({"id": new_id(), "sale_id": sale, "product_id": product, "quantity": 1,
                          "unit_price_cents": 1000, "position": position, **base})
    db["sales"].insert_all(sales, batch_size=1000)
    db["sale_lines"].insert_all(lines, batch_size=1000)
    db.conn.commit()
    db.execute("ANALYZE")
    return companies


def test_recommendations_for_a_customer_stay_under_50_ms(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sales.db")
    start = time.perf_counter()
    companies = _generate(db)
    built = time.perf_counter() - start
    rnd = random.Random(1)
    times, found = [], 0
    for company in rnd.sample(companies, 200):
        start = time.perf_counter()
        found += len(recommendations.for_customer(db, company, None))
        times.append(time.perf_counter() - start)
    times.sort()
    p50, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
    print(f"\nrecommendations on {SALES} sales ({built:.1f} s to build): p50 {p50 * 1000:.1f} ms, "
          f"p95 {p95 * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms, {found / len(times):.1f} suggestions each")
    db.close()
    assert found > 0
    assert p95 < P95_BUDGET_S
