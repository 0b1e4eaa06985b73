"""The manager's dashboard on the large demo: a year under 1 s, changing the period under 500 ms.

``dashboard_data.dashboard`` gathers customer value (this period and the one before, by month), RFM tiers,
customers at risk, the lifecycle and the operational figures; the time of each part is printed. The first
call is cold (nothing kept); changing the period then asks for the year before (whose figures the comparison
has just computed), a quarter and a month (new periods). Run with
``pytest tests/benchmarks/test_dashboard_speed.py -s`` (CRM_BENCH_DB names another copy of the large demo).
"""

from __future__ import annotations

import time
from calendar import monthrange
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from crm_desktop.core import dashboard_data
from crm_desktop.db.connection import open_database

pytestmark = pytest.mark.benchmark

YEAR_BUDGET_S = 1.0
CHANGE_BUDGET_S = 0.5


def _run(db: sqlite_utils.Database, start: date, end: date, today: date) -> float:
    began = time.perf_counter()
    board = dashboard_data.dashboard(db, start, end, today)
    spent = time.perf_counter() - began
    parts = ", ".join(f"{name} {seconds * 1000:.0f}" for name, seconds in board.timings.items())
    print(f"\n{start}..{end}: {spent * 1000:.0f} ms ({parts}); revenue {board.totals.revenue_cents / 100:,.2f},"
          f" customers {board.totals.customers}, retained {board.lifecycle.retained}")
    return spent


def test_dashboard_for_a_year_and_changing_the_period(large_db_path: Path) -> None:
    db = open_database(large_db_path)
    try:
        today = date.fromisoformat(db.execute("SELECT max(sold_on) FROM sales WHERE deleted_at IS NULL").fetchone()[0])
        dashboard_data.forget()
        year = _run(db, date(today.year, 1, 1), date(today.year, 12, 31), today)
        previous = _run(db, date(today.year - 1, 1, 1), date(today.year - 1, 12, 31), today)
        quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        last = date(quarter.year, quarter.month + 2, monthrange(quarter.year, quarter.month + 2)[1])
        new_quarter = _run(db, quarter, last, today)
        month = _run(db, today.replace(day=1), today, today)
    finally:
        db.close()
    print(f"\nyear {year * 1000:.0f} ms; then previous year {previous * 1000:.0f} ms, quarter "
          f"{new_quarter * 1000:.0f} ms, month {month * 1000:.0f} ms")
    assert year < YEAR_BUDGET_S
    assert max(previous, new_quarter, month) < CHANGE_BUDGET_S
