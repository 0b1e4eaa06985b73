"""The manager's dashboard on the large demo: a year under 1 s, changing the period under 500 ms.

``dashboard_data.dashboard`` gathers customer value (this period and the one before, by month), RFM tiers,
customers at risk, the lifecycle and the operational figures; the time of each part is printed, and the
process's CPU time beside the wall time (the benchmark machine is often shared: CPU time says what the work
costs, wall time what the user waits). The first call is cold (nothing kept in memory: ``forget``; the value
per customer and month, and per day, is kept in ``value_months`` and ``value_days``); changing the period then
asks for every choice of the period picker (last year, this quarter, this month, this year, the last 12 months:
the last four to date) and a whole quarter. Then one sale is recorded today and the year's dashboard read again
(the triggers mark the month, the read recomputes it; last year's figures stay kept): inside a transaction
rolled back, so the shared database is never changed. Run with ``pytest tests/benchmarks/test_dashboard_speed.py
-s`` (CRM_BENCH_DB names another copy of the large demo).
"""

from __future__ import annotations

import time
from calendar import monthrange
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from crm_desktop.core import customer_value, dashboard_data
from crm_desktop.db.connection import open_database
from crm_desktop.db.ids import new_id

pytestmark = pytest.mark.benchmark

YEAR_BUDGET_S = 1.0  # issue 7: the year's dashboard painted under 1 s
CHANGE_BUDGET_S = 0.5  # issue 7: changing the period under 500 ms
#: A sale recorded, then the dashboard read again: one month recomputed, the parts that depend on it redone.
WRITE_BUDGET_S = 1.0


def _run(db: sqlite_utils.Database, start: date, end: date, today: date) -> float:
    began, cpu = time.perf_counter(), time.process_time()
    board = dashboard_data.dashboard(db, start, end, today)
    spent, cpu = time.perf_counter() - began, time.process_time() - cpu
    parts = ", ".join(f"{name} {seconds * 1000:.0f}" for name, seconds in board.timings.items())
    print(f"\n{start}..{end}: {spent * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms; {parts}); revenue "
          f"{board.totals.revenue_cents / 100:,.2f}, customers {board.totals.customers}, "
          f"retained {board.lifecycle.retained}")
    return spent


def _record_a_sale(db: sqlite_utils.Database, today: date) -> None:
    """A copy of the last sale and its lines, sold today (the triggers see an ordinary insert)."""
    sale = next(db.query("SELECT * FROM sales WHERE deleted_at IS NULL ORDER BY sold_on DESC LIMIT 1"))
    lines = list(db.query("SELECT * FROM sale_lines WHERE sale_id = ? AND deleted_at IS NULL", [sale["id"]]))
    sale.update(id=new_id(), sold_on=today.isoformat(), number=sale["number"] + "-B")
    sale.pop("rid", None)
    db["sales"].insert(sale)
    for line in lines:
        line.update(id=new_id(), sale_id=sale["id"])
        line.pop("rid", None)
        db["sale_lines"].insert(line)


def test_dashboard_for_a_year_and_changing_the_period(large_db_path: Path) -> None:
    db = open_database(large_db_path)
    try:
        today = date.fromisoformat(db.execute("SELECT max(sold_on) FROM sales WHERE deleted_at IS NULL").fetchone()[0])
        dashboard_data.forget()
        year_span = (date(today.year, 1, 1), date(today.year, 12, 31))
        year = _run(db, *year_span, today)
        quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        last = date(quarter.year, quarter.month + 2, monthrange(quarter.year, quarter.month + 2)[1])
        a_year_ago = customer_value.twelve_months(today)[0][0]  # as the picker: the day after a year ago
        changes = {  # the period picker's choices (core of ui.period_picker.QUICK), a whole quarter
            "last year": (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
            "this quarter": (quarter, today),
            "whole quarter": (quarter, last),
            "this month": (today.replace(day=1), today),
            "this year": (date(today.year, 1, 1), today),
            "last 12 months": (a_year_ago, today),
        }
        changed = {name: _run(db, *span, today) for name, span in changes.items()}
        db.execute("BEGIN IMMEDIATE")
        try:
            began = time.perf_counter()
            _record_a_sale(db, today)
            recorded = time.perf_counter() - began
            written = _run(db, *year_span, today) + recorded
        finally:
            db.execute("ROLLBACK")
    finally:
        db.close()
    print(f"\nyear {year * 1000:.0f} ms; then " + ", ".join(f"{name} {seconds * 1000:.0f} ms"
                                                         for name, seconds in changed.items())
          + f"; a sale recorded ({recorded * 1000:.1f} ms) and the year read again {written * 1000:.0f} ms")
    assert year < YEAR_BUDGET_S
    assert max(changed.values()) < CHANGE_BUDGET_S
    assert written < WRITE_BUDGET_S
