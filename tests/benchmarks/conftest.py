"""Benchmarks share one large demo database, made once and reused between runs.

Set CRM_BENCH_DB to reuse a database elsewhere; by default it is kept in
/tmp/crm-bench/large.db so that repeated benchmark runs skip the 2-3 minute build.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def large_db_path() -> Path:
    from crm_desktop.core.clock import SystemClock
    from crm_desktop.core.demo import generate
    from crm_desktop.core.users import ensure_admin
    from crm_desktop.db.connection import open_database

    path = Path(os.environ.get("CRM_BENCH_DB", "/tmp/crm-bench/large.db"))
    marker = path.with_suffix(".ready")
    if not marker.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        db = open_database(path)
        clock = SystemClock()
        ensure_admin(db, clock)
        generate(db, clock, size="large", seed=1)
        db.close()
        marker.write_text("ok")
    return path
