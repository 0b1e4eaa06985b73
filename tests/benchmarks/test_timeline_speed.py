"""Opening a person with 2,000 history entries must paint the timeline within 100 ms.

Measured from constructing PersonDetailView to the end of the first paint of the
timeline's viewport (an event filter sees the Paint event; the paint itself is
done when processEvents returns). Two figures: a person generated here with
2,000 entries (always available), and the busiest person of the large demo
database (the ``large_db_path`` fixture; built once, a few minutes).

Run: pytest tests/benchmarks/test_timeline_speed.py -s
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.core import history, people
from crm_desktop.core.clock import FixedClock, SystemClock, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.users import ensure_admin
from crm_desktop.ui.person_detail import PersonDetailView

pytestmark = pytest.mark.benchmark

LIMIT_MS = 100.0
RUNS = 9
KINDS = ("call", "email", "visit", "note", "meeting", "letter", "sms")


class PaintWatch(QObject):
    """Notes that a widget received a Paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def open_and_paint(ctx: Context, person_id: str) -> tuple[float, int]:
    """Milliseconds from construction to a painted timeline, and the rows loaded."""
    app = QApplication.instance()
    assert app is not None
    start = time.perf_counter()
    view = PersonDetailView(ctx, person_id)
    view.resize(1280, 800)
    watch = PaintWatch()
    view.timeline.list.viewport().installEventFilter(watch)
    view.show()
    deadline = start + 10
    while not watch.painted:
        app.processEvents()
        assert time.perf_counter() < deadline, "the timeline was never painted"
    elapsed = (time.perf_counter() - start) * 1000
    rows = view.timeline.model.rowCount()
    assert rows > 0
    view.timeline.list.viewport().removeEventFilter(watch)
    view.close()
    view.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return elapsed, rows


def measure(label: str, ctx: Context, person_id: str, entries: int) -> float:
    cold, rows = open_and_paint(ctx, person_id)
    warm = [open_and_paint(ctx, person_id)[0] for _ in range(RUNS)]
    median = statistics.median(warm)
    print(
        f"\n[timeline] {label}: {entries} entries, {rows} rows loaded; open to painted timeline: "
        f"first {cold:.1f} ms, then median {median:.1f} ms, best {min(warm):.1f} ms, worst {max(warm):.1f} ms"
        f" over {RUNS} runs (limit {LIMIT_MS:.0f} ms)"
    )
    return median


def test_generated_person_with_2000_entries(qtbot: QtBot, ctx: Context, clock: FixedClock) -> None:
    person = people.create(ctx, {"first_name": "Marie", "last_name": "Dupont", "email": "marie@example.be",
                                 "phone": "+3281223344", "stage": "customer"})
    start = clock.now()
    with ctx.db.atomic():
        for i in range(2000):
            history.log(ctx, {
                "occurred_at": to_iso(start - timedelta(hours=13 * i)),  # three years back
                "kind": KINDS[i % len(KINDS)], "direction": "out" if i % 2 else "in",
                "duration_s": 300 + i % 900, "subject": f"Follow-up {i} on the oven maintenance quote",
                "body": "Asked about delivery dates, the installation and the maintenance contract. " * 3,
                "person_id": person,
            })
    assert sum(history_counts(ctx, person).values()) == 2000
    median = measure("generated person", ctx, person, 2000)
    assert median < LIMIT_MS


def history_counts(ctx: Context, person_id: str) -> dict[str, int]:
    from crm_desktop.core import timeline

    return timeline.count(ctx.db, person_id=person_id)


def busiest_person(path: Path) -> tuple[str, int]:
    """The person with the most history (benchmarks may read the database directly)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        row = conn.execute(
            "SELECT person_id, count(*) AS n FROM history WHERE person_id IS NOT NULL AND deleted_at IS NULL "
            "GROUP BY person_id ORDER BY n DESC LIMIT 1"
        ).fetchone()
    assert row is not None, "the large demo database has no history"
    return row[0], row[1]


def test_busiest_person_of_the_large_demo_database(qtbot: QtBot, request: pytest.FixtureRequest,
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("crm_desktop.core.demo")
    from crm_desktop.db.connection import open_database

    path: Path = request.getfixturevalue("large_db_path")
    person, entries = busiest_person(path)
    monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CRM_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    db = open_database(path)
    try:
        clock = SystemClock()
        ctx = Context(db=db, user=ensure_admin(db, clock), clock=clock)
        median = measure("large demo database, busiest person", ctx, person, entries)
    finally:
        db.close()
    assert median < LIMIT_MS
