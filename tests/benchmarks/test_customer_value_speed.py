"""Customer value on the large demo: the card p95 under 30 ms; a year's values, RFM scores and customers at
risk printed (the dashboard needs them together in under a second).

Reads (never writes) a database made by ``python main.py demo --size large`` with its sales and campaigns:
CRM_VALUE_DB, else /tmp/value.db, else the shared /tmp/crm-bench/large.db when it is ready. Cold figures
are the first call on a fresh connection (nothing kept); warm ones a repeat on unchanged data (kept until
the data changes). A period's values, totals and months are read from the months kept in ``value_months``
(the days of a month the period cuts computed from the rows): the first of them pays the read.
Run with ``pytest tests/benchmarks/test_customer_value_speed.py -s``.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest

from crm_desktop.core import customer_risk, customer_value, dashboard_data, rfm
from crm_desktop.db.connection import connect

pytestmark = pytest.mark.benchmark

CARD_P95_BUDGET_S = 0.030
SAMPLE = 200
T = TypeVar("T")


def _path() -> Path:
    for candidate in (os.environ.get("CRM_VALUE_DB"), "/tmp/value.db"):
        if candidate and Path(candidate).exists():
            return Path(candidate)
    shared = Path("/tmp/crm-bench/large.db")
    if shared.with_suffix(".ready").exists():
        return shared
    pytest.skip("no large demo database: python main.py demo --db /tmp/value.db --size large")


def _timed(call: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def _today(db) -> date:
    """The demo's today: its last sale (the demo is made around the day it was built)."""
    return date.fromisoformat(db.execute("SELECT max(sold_on) FROM sales WHERE deleted_at IS NULL").fetchone()[0])


def test_year_figures_and_card_speed() -> None:
    path = _path()
    db = connect(path)
    try:
        dashboard_data.forget()  # cold: what another benchmark kept of this file is dropped
        today = _today(db)
        start = today - timedelta(days=364)
        cold: dict[str, float] = {}
        cold["scores"], scores = _timed(lambda: rfm.scores(db, today))
        cold["at_risk"], risky = _timed(lambda: customer_risk.at_risk(db, today))
        cold["values"], found = _timed(lambda: customer_value.values(db, start, today))
        cold["totals"], total = _timed(lambda: customer_value.totals(db, start, today))
        cold["by_month"], months = _timed(lambda: customer_value.by_month(db, start, today))  # same pass
        before = (start - timedelta(days=365), start - timedelta(days=1))
        cold["previous year by_month"], _ = _timed(lambda: customer_value.by_month(db, *before))
        cold["+ its totals"], _ = _timed(lambda: customer_value.totals(db, *before))
        warm = {name: _timed(call)[0] for name, call in (
            ("scores", lambda: rfm.scores(db, today)), ("at_risk", lambda: customer_risk.at_risk(db, today)),
            ("values", lambda: customer_value.values(db, start, today)))}
        keys = sorted({v.key for v in found} | set(scores))
        rnd = random.Random(7)
        sample = rnd.sample(keys, min(SAMPLE, len(keys)))
        times = [_timed(lambda key=key: customer_value.card(db, key, today))[0] for key in sample]
        p95 = statistics.quantiles(times, n=20)[18]
        print(f"\n{path}: {len(found)} customers with value in {start}..{today}, {len(scores)} scored, "
              f"{len(risky)} at risk, {sum(1 for v in found if v.contribution_cents < 0)} costly")
        print("cold ms: " + ", ".join(f"{k} {v * 1000:.0f}" for k, v in cold.items()))
        print("warm ms: " + ", ".join(f"{k} {v * 1000:.1f}" for k, v in warm.items()))
        print(f"card ms over {len(times)}: median {statistics.median(times) * 1000:.1f}, p95 {p95 * 1000:.1f}, "
              f"max {max(times) * 1000:.1f}")
        print(f"year: revenue {total.revenue_cents / 100:,.2f}, cost to serve {total.cost_to_serve_cents / 100:,.2f}, "
              f"contribution {total.contribution_cents / 100:,.2f}, months {len(months)}; tiers "
              f"{rfm.tier_counts(db, today)}")
        assert total == customer_value.totals_of(start, today, found,
                                                  customer_value.bought_ever(db, [v.key for v in found]))
        assert sum(m.revenue_cents for m in months) == total.revenue_cents
        assert p95 < CARD_P95_BUDGET_S
    finally:
        db.close()
