"""The value card on the large demo: ``customer_value.card`` p95 under 30 ms, so a customer page opens at once.

Measured on the shared large demo (100,000 people, 20,000 companies, 50,000 tickets, 20,000 interventions,
its sales and campaigns) as of today: 200 customers drawn from every RFM tier, the costly and the flagged
ones, each asked twice (the first ask of a customer and a repeated one, as when a page refreshes after a
change). The figures around it (RFM scores from cold, customers at risk, the year's values, one example of
every case) are printed for the record. Run with ``pytest tests/benchmarks/test_value_card_speed.py -s``.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.core import customer_risk, customer_value, dashboard_data, demo_value, rfm
from crm_desktop.core.clock import SystemClock
from crm_desktop.core.support_settings import load_support
from crm_desktop.db.connection import open_database

pytestmark = pytest.mark.benchmark

CARD_P95_BUDGET_S = 0.030
SAMPLE = 200
T = TypeVar("T")


def _timed(call: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def test_value_card_speed(large_db_path: Path) -> None:
    db = open_database(large_db_path)
    dashboard_data.forget()  # cold: what another benchmark kept of this file is dropped
    today: date = SystemClock().now().astimezone(ZoneInfo(load_support(db).timezone)).date()
    cold, scores = _timed(lambda: rfm.scores(db, today))
    risky_s, risky = _timed(lambda: customer_risk.at_risk(db, today))
    (first, last), _before = customer_value.twelve_months(today)
    values_s, values = _timed(lambda: customer_value.values(db, first, last))
    examples_s, examples = _timed(lambda: demo_value.examples(db, today))
    rnd = random.Random(7)
    keys = sorted(scores)
    costly = [v.key for v in values if v.contribution_cents < 0]
    flagged = [key for key, _name, _flags in risky]
    sample = list(examples.values())
    for pool in (keys, costly, flagged):
        sample += rnd.sample(pool, min(len(pool), (SAMPLE - len(sample)) // 2 or 1))
    sample = sample[:SAMPLE]
    first_ask: list[float] = []
    again: list[float] = []
    slowest = ("", 0.0)
    for key in sample:
        seconds, _card = _timed(lambda key=key: customer_value.card(db, key, today))
        first_ask.append(seconds)
        seconds_again, _card = _timed(lambda key=key: customer_value.card(db, key, today))
        again.append(seconds_again)
        if max(seconds, seconds_again) > slowest[1]:
            slowest = (key, max(seconds, seconds_again))
    p95 = statistics.quantiles(first_ask + again, n=20)[-1]
    print(f"\nvalue card on the large demo ({len(scores)} scored customers, {len(values)} with value this year, "
          f"{len(costly)} costly, {len(flagged)} at risk; cases: {', '.join(sorted(examples))})\n"
          f"  rfm.scores cold {cold * 1000:.0f} ms, at_risk {risky_s * 1000:.0f} ms, values(12 months) "
          f"{values_s * 1000:.0f} ms, examples {examples_s * 1000:.0f} ms\n"
          f"  card: median {statistics.median(first_ask) * 1000:.1f} ms, repeated median "
          f"{statistics.median(again) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, slowest {slowest[1] * 1000:.1f} ms "
          f"({slowest[0]}) over {len(sample)} customers")
    db.close()
    assert sorted(examples) == sorted([*rfm.TIERS, *customer_risk.KINDS, "costly"])
    assert p95 < CARD_P95_BUDGET_S
