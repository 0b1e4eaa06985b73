"""The list of all interventions on the large demo database (20,000 interventions).

Figures, each queue's against the 50 ms a dispatcher must not notice:
1. core: count + first page (200 rows, the block the table model reads, default sort) of each queue;
2. the table model: built for the queue (count), first block read and the first 30 rows formatted,
   the way the view shows a queue;
3. for information: the sidebar's counts (one pass), a search, a technician's filter, sorting by
   customer (a sort over joined names) and the last page.
The database is opened without the start-up steps (no maintenance visit made): it stays as built.

Run: pytest tests/benchmarks/test_intervention_list_speed.py -s --timeout=0 -p no:cacheprovider
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from PySide6.QtWidgets import QApplication

from crm_desktop.core.clock import SystemClock
from crm_desktop.core.context import Context
from crm_desktop.core.intervention_queues import INTERVENTIONS, QUEUE_SORT, QUEUES, InterventionFilter
from crm_desktop.core.support_settings import local_day
from crm_desktop.core.users import ensure_admin
from crm_desktop.db.connection import open_database

pytestmark = pytest.mark.benchmark

LIMIT_MS = 50.0
RUNS = 7
BLOCK = 200


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def median_ms(work: Callable[[], Any]) -> tuple[float, float, Any]:
    times, result = [], None
    for _ in range(RUNS):
        ms, result = timed(work)
        times.append(ms)
    return statistics.median(times), max(times), result


@pytest.fixture(scope="module")
def db(large_db_path: Path) -> Iterator[sqlite_utils.Database]:
    database = open_database(large_db_path)
    yield database
    database.close()


def test_each_queue_first_page(db: sqlite_utils.Database, qapp: QApplication, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CRM_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    from crm_desktop.ui.interventions_view import InterventionModel

    clock = SystemClock()
    ctx = Context(db=db, user=ensure_admin(db, clock), clock=clock)
    today = local_day(db, ctx.now())
    total = INTERVENTIONS.count(db, InterventionFilter(today=today))
    print(f"\n[intervention list] {total:,} live interventions, shop's today {today}")
    worst_core = worst_model = 0.0
    for queue in QUEUES:
        flt = InterventionFilter(queue=queue, today=today)
        key, descending = QUEUE_SORT[queue]

        def first_page(flt: InterventionFilter = flt, key: str = key, descending: bool = descending) -> int:
            count = INTERVENTIONS.count(db, flt)
            rows = INTERVENTIONS.page(db, flt, key, descending, 0, BLOCK, count)
            return count if rows or not count else -1

        core_ms, core_max, count = median_ms(first_page)
        assert count >= 0

        def shown(flt: InterventionFilter = flt, key: str = key, descending: bool = descending) -> int:
            model = InterventionModel(ctx, flt)
            keys = [c.key for c in model.record_list().columns]
            model.sort(keys.index(key), _order(descending))
            for row in range(min(30, model.rowCount())):
                for column in range(model.columnCount()):
                    model.index(row, column).data()
            rows = model.rowCount()
            model.deleteLater()
            return rows

        model_ms, model_max, _rows = median_ms(shown)
        qapp.processEvents()
        worst_core, worst_model = max(worst_core, core_ms), max(worst_model, model_ms)
        print(f"  {queue:10s} {count:7,d} rows: core count+page median {core_ms:5.1f} ms (max {core_max:5.1f}), "
              f"model+30 rows shown median {model_ms:5.1f} ms (max {model_max:5.1f})")
    print(f"  slowest first page: core {worst_core:.1f} ms, model {worst_model:.1f} ms (limit {LIMIT_MS:.0f} ms)")

    counts_ms, _m, counts = median_ms(lambda: INTERVENTIONS.counts(db, InterventionFilter(today=today)))
    print(f"  sidebar counts of all queues: median {counts_ms:.1f} ms ({counts})")
    tech = db.execute("SELECT technician_id FROM intervention_technicians WHERE deleted_at IS NULL "
                      "GROUP BY technician_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    word = db.execute("SELECT subject FROM interventions WHERE deleted_at IS NULL LIMIT 1").fetchone()
    extra: list[tuple[str, InterventionFilter, str, bool, int]] = [
        ("search a subject word", InterventionFilter(queue="all", today=today,
                                                     text=(word[0] or "x").split()[0] if word else "x"),
         "planned", True, 0),
        ("one technician, all", InterventionFilter(queue="all", today=today, technician_id=tech[0] if tech else None),
         "planned", True, 0),
        ("all by customer", InterventionFilter(queue="all", today=today), "customer", False, 0),
        ("all, last page", InterventionFilter(queue="all", today=today), "planned", True, max(total - BLOCK, 0)),
    ]
    for label, flt, key, descending, offset in extra:
        def work(flt: InterventionFilter = flt, key: str = key, descending: bool = descending,
                 offset: int = offset) -> int:
            count = INTERVENTIONS.count(db, flt)
            INTERVENTIONS.page(db, flt, key, descending, offset, BLOCK, count)
            return count

        ms, most, count = median_ms(work)
        print(f"  {label:22s} {count:7,d} rows: median {ms:5.1f} ms (max {most:5.1f})")
    assert worst_core < LIMIT_MS
    assert worst_model < LIMIT_MS


def _order(descending: bool) -> Any:
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
