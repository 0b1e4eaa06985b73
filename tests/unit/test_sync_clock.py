"""Clock skew: machines whose dates are off by minutes to years still converge; a
correction by someone who had seen a future-stamped value wins; a clock more than
an hour ahead is warned about and cannot drag the others' clocks forward."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.core import people
from crm_desktop.sync import conflicts, hlc, hub
from tests.unit.sync_support import Node, assert_converged, conflict_set, exchange, join, origin

MINUTE = 60_000
HOUR = 60 * MINUTE
DAY = 24 * HOUR
YEAR = 365 * DAY


def skew(node: Node, offset_ms: int) -> None:
    """Give a machine a wrong date: its syncs see now + offset, and so do its writes
    (the triggers take max(last + 1, now): a clock set ahead is kept ahead)."""
    node.clock_ms = lambda: hub.now_ms() + offset_ms
    if offset_ms > 0:
        node.db.execute(
            "UPDATE sync_clock SET hlc = max(hlc, ?)", [hlc.from_wall_ms(hub.now_ms() + offset_ms)]
        )


def write(node: Node, pid: str, **values: str) -> None:
    if node.clock_ms is not None:
        skew(node, node.clock_ms() - hub.now_ms())
    people.update(node.ctx, pid, values)


def clock_of(node: Node) -> int:
    return node.db.execute("SELECT hlc FROM sync_clock").fetchone()[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "hub"
    path.mkdir()
    return path


@pytest.fixture
def four(template_db: Path, tmp_path: Path, folder: Path):
    a = origin(template_db, tmp_path)
    pid = people.create(a.ctx, {"last_name": "Dupont"})
    a.sync(folder)
    others = [join(folder, tmp_path, name) for name in "BCD"]
    nodes = [a, *others]
    yield nodes, pid
    for node in nodes:
        node.close()


@pytest.mark.parametrize("offsets", [
    (0, 5 * MINUTE, -3 * MINUTE, 50 * MINUTE),
    (0, 2 * HOUR, -DAY, 3 * YEAR),
    (-2 * YEAR, 10 * YEAR, 0, 59 * MINUTE),
])
def test_skewed_machines_converge(four, folder: Path, offsets: tuple[int, ...]) -> None:
    nodes, pid = four
    for node, offset in zip(nodes, offsets, strict=True):
        skew(node, offset)
    for node in nodes:  # everyone changes the city concurrently, and a field of their own
        write(node, pid, city=f"city of {node.name}")
    write(nodes[0], pid, title="A's title")
    write(nodes[1], pid, phone="+32 81 11 11 11")
    exchange(nodes, folder)
    assert_converged(nodes)
    (conflict,) = conflicts.list_all(nodes[0].db)
    assert len(conflict.values) == 4
    # the value shown is that of the highest clock, the machine furthest ahead
    ahead = nodes[max(range(4), key=lambda i: offsets[i])]
    assert people.get(nodes[2].ctx, pid)["city"] == f"city of {ahead.name}"


def test_correction_after_seeing_a_future_value_wins(four, folder: Path) -> None:
    nodes, pid = four
    a, b, c, d = nodes
    skew(d, 2 * YEAR)
    write(d, pid, city="typo from the future")
    exchange([d, a], folder, rounds=1)
    assert people.get(a.ctx, pid)["city"] == "typo from the future"
    write(a, pid, city="Namur")  # A's clock is right: its stamp is far lower
    assert clock_of(a) < clock_of(d)
    exchange(nodes, folder)
    for node in nodes:
        assert people.get(node.ctx, pid)["city"] == "Namur"
    assert all(conflict_set(n.db) == set() for n in nodes)
    assert_converged(nodes)


def test_warning_when_a_clock_is_more_than_an_hour_ahead(four, folder: Path) -> None:
    nodes, pid = four
    a, b, c, d = nodes
    skew(b, 59 * MINUTE)
    skew(d, 3 * HOUR)
    write(b, pid, title="from B")
    write(d, pid, city="from D")
    b.sync(folder)
    d.sync(folder)
    report = a.sync(folder)
    code_d = d.db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0]
    code_b = b.db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()[0]
    tags = [w.split(":") for w in report.warnings]
    assert [t[1] for t in tags] == [code_d]
    assert tags[0][0] == "clock-ahead"
    assert 3 * HOUR - 10 * MINUTE < int(tags[0][2]) <= 3 * HOUR + MINUTE
    assert code_b not in report.warnings[0]
    # relayed by C: still D's clock that is ahead
    report = c.sync(folder)
    assert [w.split(":")[1] for w in report.warnings] == [code_d]


def test_our_clock_is_not_dragged_beyond_an_hour(four, folder: Path) -> None:
    nodes, pid = four
    a, b, c, d = nodes
    skew(d, 5 * YEAR)
    write(d, pid, city="from the future")
    d.sync(folder)
    for node in (a, b):
        before = hub.now_ms()
        node.sync(folder)
        limit = hlc.from_wall_ms(hub.now_ms() + hlc.MAX_DRIFT_MS)
        assert hlc.from_wall_ms(before) <= clock_of(node) <= limit
        # the next local write follows our bounded clock, not D's
        people.update(node.ctx, pid, {"title": f"by {node.name}"})
        logged = node.db.execute("SELECT max(hlc) FROM sync_log WHERE site = ?", [node.site]).fetchone()[0]
        assert logged <= limit + 1
        node.sync(folder)
    # C gets D's changes relayed through A and B's writes: still bounded
    c.sync(folder)
    assert clock_of(c) <= hlc.from_wall_ms(hub.now_ms() + hlc.MAX_DRIFT_MS)


def test_clock_behind_still_orders_own_writes(four, folder: Path) -> None:
    """A machine whose date is years behind: its later writes still follow its earlier
    ones (sequence numbers decide for one machine, whatever the clock)."""
    nodes, pid = four
    a, b = nodes[:2]
    skew(b, -3 * YEAR)
    for value in ("first", "second", "third"):
        write(b, pid, city=value)
    exchange([a, b], folder)
    assert people.get(a.ctx, pid)["city"] == "third"
    assert conflicts.list_all(a.db) == []


def test_receive_bounds() -> None:
    now = 1_800_000_000_000
    local = hlc.from_wall_ms(now)
    assert hlc.receive(local, local + 5, now) == (local + 5, False)
    assert hlc.receive(local, hlc.from_wall_ms(now + HOUR), now) == (hlc.from_wall_ms(now + HOUR), False)
    far = hlc.from_wall_ms(now + YEAR)
    assert hlc.receive(local, far, now) == (hlc.from_wall_ms(now + HOUR), True)
    assert hlc.receive(far, local, now) == (far, False)  # never goes back
    assert hlc.to_datetime(local).year == 2027
