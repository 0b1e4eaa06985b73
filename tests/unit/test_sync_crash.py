"""A sync killed at any point (power cut, task manager) leaves a sound database and a
sound folder: the next sync picks up where it stopped and the machines converge."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_desktop.core import attachments, history, people
from crm_desktop.db import capture
from crm_desktop.sync import bundle as bundles
from tests.unit.sync_support import assert_converged, bundle_files, exchange, join, origin

ROOT = Path(__file__).resolve().parents[2]

#: Runs hub.sync in a child process that kills itself (SIGKILL: no clean-up of any
#: kind) at the Nth call of the named step.
CHILD = """
import os, signal, sys
from pathlib import Path
from crm_desktop.db.connection import open_database
from crm_desktop.sync import bundle, hub, merge
import crm_desktop.core.attachments as attachments

db_path, hub_path, step, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
owners = {"apply_change": merge, "write": bundle, "replace": os, "put": attachments.BlobStore,
          "_maybe_snapshot": hub, "record_own_epoch": merge.Replica}
owner = owners[step]
original = getattr(owner, step)
calls = [0]

def killer(*args, **kwargs):
    calls[0] += 1
    if calls[0] == nth:
        if step == "replace":  # the temporary file is complete, the rename never happens
            os.kill(os.getpid(), signal.SIGKILL)
        if step == "write":  # half a temporary file on disk
            Path(hub_path, ".tmp-1-half.crmb").write_bytes(b"\\x1f\\x8b half")
        os.kill(os.getpid(), signal.SIGKILL)
    return original(*args, **kwargs)

setattr(owner, step, killer)
Path(db_path + ".started").write_text("x")
db = open_database(db_path)
hub.sync(db, Path(hub_path))
print("finished")
"""


def run_child(db_path: Path, hub_path: Path, step: str, nth: int) -> int:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db_path), str(hub_path), step, str(nth)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode


def sound(db) -> None:
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert capture.installed(db)  # dropped only inside the transaction that was lost


@pytest.fixture
def scene(template_db: Path, tmp_path: Path):
    """A with a few bundles' worth of changes and an attachment; B joined before them."""
    folder = tmp_path / "hub"
    folder.mkdir()
    a = origin(template_db, tmp_path)
    pid = people.create(a.ctx, {"last_name": "Dupont"})
    a.sync(folder)
    b = join(folder, tmp_path, "B")
    for i in range(3):
        people.update(a.ctx, pid, {"city": f"city {i}", "title": f"title {i}"})
        people.create(a.ctx, {"last_name": f"Person {i}"}, allow_duplicate=True)
        history.log(a.ctx, {"kind": "note", "body": f"note {i}", "person_id": pid})
        a.sync(folder)
    source = tmp_path / "photo.jpg"
    source.write_bytes(os.urandom(2000))
    attachments.add(a.ctx, "person", pid, source)
    people.update(b.ctx, pid, {"city": "B's city", "email": "b@example.com"})
    yield a, b, folder, pid
    a.close()
    b.close()


@pytest.mark.parametrize("step, nth", [
    ("apply_change", 1), ("apply_change", "random"), ("record_own_epoch", 2), ("put", 1),
    ("write", 1), ("replace", 1), ("_maybe_snapshot", 1),
])
def test_killed_receiving_machine_recovers(scene, step: str, nth: int | str) -> None:
    a, b, folder, pid = scene
    a.sync(folder)
    if nth == "random":
        total = sum(len(bundles.read(p).changes) for p in bundle_files(folder) if p.parent.name == a.site)
        nth = random.Random(7).randint(2, total)
    status = run_child(b.path, folder, step, int(nth))
    assert status == -signal.SIGKILL
    sound(b.db)
    for path in bundle_files(folder):  # no half bundle under a real name
        bundles.read(path)
    exchange([a, b], folder)
    sound(b.db)
    assert_converged([a, b])
    assert attachments.file_path(b.ctx, attachments.list_for(b.ctx, pid)[0]["id"]).stat().st_size == 2000


@pytest.mark.parametrize("step, nth", [("write", 1), ("replace", 1), ("replace", 2), ("put", 1)])
def test_killed_sending_machine_recovers(scene, step: str, nth: int) -> None:
    """(The first rename is the attachment's content going to the folder, the second
    the bundle naming it.)"""
    a, b, folder, pid = scene
    status = run_child(a.path, folder, step, nth)
    assert status == -signal.SIGKILL
    sound(a.db)
    for path in bundle_files(folder):
        bundles.read(path)
    exchange([a, b], folder)
    assert_converged([a, b])
    assert attachments.file_path(b.ctx, attachments.list_for(b.ctx, pid)[0]["id"]).stat().st_size == 2000
    left = list((folder / "sites" / a.site).glob(".tmp-*"))
    if (step, nth) == ("replace", 2):  # the complete temporary bundle that was never renamed
        assert left
        a.sync(folder)
        assert all(p.exists() for p in left)  # could still be being written: kept a day
        for path in left:
            os.utime(path, (time.time() - 2 * 86400,) * 2)
        a.sync(folder)
        assert not any(p.exists() for p in left)


def test_killed_at_a_random_moment(scene) -> None:
    """Killed from outside after a random delay, wherever it is."""
    a, b, folder, _pid = scene
    a.sync(folder)
    rng = random.Random(11)
    for _ in range(2):
        marker = Path(str(b.path) + ".started")
        marker.unlink(missing_ok=True)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(b.path), str(folder), "apply_change", "0"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while not marker.exists() and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.15))
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        sound(b.db)
    exchange([a, b], folder)
    assert_converged([a, b])
