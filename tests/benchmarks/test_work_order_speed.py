"""A work order with four full-size phone photos (3000 x 2000 px) is made in < 1 s.

Photos are ~4 MB JPEGs with sensor-like grain (one portrait) and the signature; a second
run puts a PNG with transparency in place of one JPEG (PNG has no fast draft decoding: the
worst case).

The photos are shrunk with Pillow (JPEG draft decoding, then a 640 px thumbnail) before
they are embedded; nothing is cached between runs, so every run pays the whole cost.

Run: pytest tests/benchmarks/test_work_order_speed.py -s
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from crm_desktop.core.context import Context
from crm_desktop.reports.pdf_read import image_count
from crm_desktop.reports.work_order import build_work_order
from tests.unit.test_field_reports import make_done_job

pytestmark = pytest.mark.benchmark

LIMIT_S = 1.0
RUNS = 5


@pytest.mark.parametrize("all_jpeg", [True, False], ids=["4 JPEG", "3 JPEG + 1 PNG"])
def test_work_order_with_four_large_photos(ctx: Context, tmp_path: Path, all_jpeg: bool) -> None:
    folder = tmp_path / "camera"
    folder.mkdir()
    done = make_done_job(ctx, folder, photo_size=(3000, 2000), grain=True, all_jpeg=all_jpeg)
    times = []
    for run in range(RUNS):
        out = tmp_path / f"work-order-{run}.pdf"
        began = time.perf_counter()
        build_work_order(ctx, out, done.job, "fr", ctx.clock)
        times.append(time.perf_counter() - began)
    assert image_count(out) >= 5
    size_kb = out.stat().st_size / 1024
    photos_mb = sum(p.stat().st_size for p in folder.glob("photo-*")) / 1024 / 1024
    kinds = "4 JPEG" if all_jpeg else "3 JPEG + 1 PNG"
    print(f"\nwork order, {kinds} photos of 3000x2000 px ({photos_mb:.1f} MB in all) + signature: "
          f"median {statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms over {RUNS} runs; "
          f"PDF {size_kb:.0f} KB")
    assert max(times) < LIMIT_S
