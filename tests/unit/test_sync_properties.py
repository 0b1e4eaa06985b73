"""Random histories of 2 to 6 replicas and two folders (a share and a USB stick).

Replicas write random values (NULLs, large integers, floats, unicode, blobs) through
the core services and with raw SQL, delete and restore, resolve conflicts, sync
with either folder (sometimes cancelled half-way), get bundles applied by hand in
any order and more than once, and find bundle files truncated or lost. Then
everyone exchanges until nothing moves, and:

- all replicas have the same synced tables and the same conflicts;
- each cell shows or keeps exactly the values written that no later write had
  seen (the model tracks, for every write, which values its author had), the one
  shown being the highest (clock, site);
- applying every bundle again changes nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from crm_desktop.core import people
from crm_desktop.core.errors import NotFound
from crm_desktop.db import capture
from crm_desktop.sync import bundle as bundles
from crm_desktop.sync import conflicts, hub, merge, site
from crm_desktop.sync.hub import SyncCancelled
from tests.unit.sync_support import (
    Node,
    bundle_files,
    conflict_set,
    full_dump,
    join,
    origin,
    reopen,
    table_dump,
    typed,
)

#: The cells the model follows: a raw column of any type, a text field written
#: through the core, and the deletion mark (a quiet column: newest wins, no conflict).
TRACKED = ("extra", "city", "deleted_at")
QUIET = {"deleted_at"}

RAW_VALUES = st.one_of(
    st.sampled_from([None, 1, 1.0, "1", b"1", 0, -0.0, "", b""]),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=8),
    st.binary(max_size=8),
)
#: Which row, among those a replica has: few, so that replicas often meet in one cell.
ROWS = st.integers(0, 3)
CITIES = st.sampled_from([None, "Namur", "Liège", "Gent", "Zürich", "Łódź 😀", "A\u2028B"])


@dataclass
class Write:
    """One logged value of a tracked cell and the writes its author had seen there."""

    site: str
    seq: int
    hlc: int
    row: str
    col: str
    value: Any
    saw: set[tuple[str, int]] = field(default_factory=set)

    @property
    def ident(self) -> tuple[str, int]:
        return self.site, self.seq


class Replicas(RuleBasedStateMachine):
    def __init__(self, template: Path, base: Path) -> None:
        super().__init__()
        self.template = template
        self.base = base
        self.nodes: list[Node] = []
        self.writes: dict[tuple[str, str], list[Write]] = {}
        self.folder: Path
        self.hubs: list[Path] = []
        #: Replicas of an older version (no ``extra`` column yet).
        self.older: set[str] = set()

    # ------------------------------------------------------------------ set-up

    @initialize(count=st.integers(min_value=2, max_value=6), first=st.lists(CITIES, min_size=1, max_size=3),
                older=st.booleans())
    def start(self, count: int, first: list[Any], older: bool) -> None:
        n = len(list(self.base.iterdir()))
        self.folder = self.base / f"run{n}"
        self.folder.mkdir()
        self.hubs = [self.folder / "share", self.folder / "stick"]
        for h in self.hubs:
            h.mkdir()
        a = origin(self.template, self.folder, "R0")
        a.db.execute("ALTER TABLE people ADD COLUMN extra")  # no type: values keep theirs
        capture.install(a.db)
        self.nodes.append(a)
        for value in first:
            self._create(0, value)
        a.sync(self.hubs[0])
        for i in range(1, count):
            self.nodes.append(join(self.hubs[0], self.folder, f"R{i}"))
        if older:
            # The last one runs an older version, without the column: it keeps (and
            # relays) the cells it cannot apply until it is upgraded.
            old = self.nodes[-1]
            capture.drop(old.db)
            old.db.execute("ALTER TABLE people DROP COLUMN extra")
            capture.install(old.db)
            self.older.add(old.name)

    def teardown(self) -> None:
        try:
            if self.nodes:
                self._final_checks()
        finally:
            for node in self.nodes:
                node.close()
            self.nodes = []

    # ------------------------------------------------------------------ model

    def _had(self, node: Node, key: tuple[str, str]) -> set[tuple[str, int]]:
        replica = merge.Replica(node.db)
        return {w.ident for w in self.writes.get(key, []) if replica.applied(w.site) >= w.seq}

    def _write(self, i: int, row: str, action) -> None:
        """Run ``action`` on replica i and record the tracked cells it logged."""
        node = self.nodes[i]
        had = {col: self._had(node, (row, col)) for col in TRACKED}
        before = node.seq
        action()
        for seq in range(before + 1, node.seq + 1):
            for tbl, row_id, col, val, clock in node.db.execute(
                "SELECT tbl, row_id, col, val, hlc FROM sync_log WHERE site = ? AND seq = ?", [node.site, seq]
            ).fetchall():
                if tbl == "people" and col in TRACKED:
                    assert row_id == row
                    self.writes.setdefault((row, col), []).append(
                        Write(node.site, seq, clock, row, col, val, had[col])
                    )

    def _create(self, i: int, city: Any) -> None:
        node = self.nodes[i]
        made: list[str] = []

        def action() -> None:
            made.append(people.create(node.ctx, {"last_name": "Person", "city": city}, allow_duplicate=True))

        # a new row: nothing was in its cells before
        before = node.seq
        action()
        for (col, val, clock, seq) in node.db.execute(
            "SELECT col, val, hlc, seq FROM sync_log WHERE site = ? AND seq > ? AND tbl = 'people'",
            [node.site, before],
        ).fetchall():
            if col in TRACKED:
                self.writes.setdefault((made[0], col), []).append(Write(node.site, seq, clock, made[0], col, val))

    def _row(self, i: int, pick: int) -> str | None:
        ids = [r[0] for r in self.nodes[i].db.execute("SELECT id FROM people ORDER BY id")]
        return ids[pick % len(ids)] if ids else None

    def _node(self, pick: int) -> int:
        return pick % len(self.nodes)

    # ------------------------------------------------------------------ rules

    @rule(who=st.integers(0, 5), city=CITIES)
    def insert(self, who: int, city: Any) -> None:
        self._create(self._node(who), city)

    @rule(who=st.integers(0, 5), pick=ROWS, value=RAW_VALUES)
    def write_raw(self, who: int, pick: int, value: Any) -> None:
        i = self._node(who)
        row = self._row(i, pick)
        if row is None or self.nodes[i].name in self.older:
            return
        db = self.nodes[i].db
        self._write(i, row, lambda: db.execute("UPDATE people SET extra = ? WHERE id = ?", [value, row]))

    @rule(who=st.integers(0, 5))
    def upgrade(self, who: int) -> None:
        """The older replica gets the new version: the column, then the kept cells applied
        (what opening the database does, startup.prepare)."""
        node = self.nodes[self._node(who)]
        if node.name not in self.older:
            return
        node.db.execute("ALTER TABLE people ADD COLUMN extra")
        capture.install(node.db)
        merge.replay_pending(node.db)
        self.older.discard(node.name)
        assert node.db.execute("SELECT count(*) FROM sync_log WHERE pending = 1").fetchone()[0] == 0

    @rule(who=st.integers(0, 5), pick=ROWS, city=CITIES, title=st.sampled_from([None, "CEO", "Dr"]))
    def write_core(self, who: int, pick: int, city: Any, title: Any) -> None:
        i = self._node(who)
        row = self._row(i, pick)
        if row is None:
            return
        ctx = self.nodes[i].ctx

        def action() -> None:
            with contextlib.suppress(NotFound):  # in the trash here
                people.update(ctx, row, {"city": city, "title": title})

        self._write(i, row, action)

    @rule(first=st.integers(0, 5), second=st.integers(1, 5), pick=ROWS, values=st.tuples(RAW_VALUES, RAW_VALUES),
          which=st.integers(0, 1))
    def concurrent_edits(self, first: int, second: int, pick: int, values: tuple[Any, Any], which: int) -> None:
        """Two replicas change one cell without seeing each other, then meet in a folder."""
        i, j = self._node(first), self._node(first + second)
        if i == j or {self.nodes[i].name, self.nodes[j].name} & self.older:
            return
        row = self._row(i, pick)
        if row is None or not self.nodes[j].db.execute("SELECT 1 FROM people WHERE id = ?", [row]).fetchone():
            return
        for k, value in zip((i, j), values, strict=True):
            db = self.nodes[k].db
            self._write(k, row, lambda db=db, value=value: db.execute(
                "UPDATE people SET extra = ? WHERE id = ?", [value, row]))
        for k in (i, j, i):
            self.nodes[k].sync(self.hubs[which])

    @precondition(lambda self: 0 < len(self.nodes) < 7)
    @rule(who=st.integers(0, 5))
    def copy_database(self, who: int) -> None:
        """Someone copies a replica's file to another machine: the copy takes a new site id
        and both go on writing."""
        source = self.nodes[self._node(who)]
        source.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        path = self.folder / f"R{len(self.nodes)}.db"
        shutil.copyfile(source.path, path)
        copy = reopen(path, f"R{len(self.nodes)}")
        assert site.ensure_identity(copy.db, path) is True
        assert copy.site != source.site
        if source.name in self.older:
            self.older.add(copy.name)
        self.nodes.append(copy)

    @rule(who=st.integers(0, 5), pick=ROWS)
    def delete_or_restore(self, who: int, pick: int) -> None:
        i = self._node(who)
        row = self._row(i, pick)
        if row is None:
            return
        ctx = self.nodes[i].ctx
        deleted = ctx.db.execute("SELECT deleted_at FROM people WHERE id = ?", [row]).fetchone()[0]
        ctx.clock.advance(seconds=1)  # deletion times differ
        self._write(i, row, lambda: (people.restore if deleted else people.delete)(ctx, row))

    @rule(who=st.integers(0, 5), pick=ROWS, choice=st.integers(0, 5), new=RAW_VALUES)
    def resolve(self, who: int, pick: int, choice: int, new: Any) -> None:
        self._resolve(who, pick, choice, new)

    def _resolve(self, who: int, pick: int, choice: int, new: Any) -> None:
        """Someone picks one of a conflict's values, or types a new one."""
        found: list[conflicts.Conflict] = []
        for step in range(len(self.nodes)):  # the first replica from ``who`` on that has some
            i = self._node(who + step)
            found = [c for c in conflicts.list_all(self.nodes[i].db) if c.column in TRACKED]
            if found:
                break
        if not found:
            return
        conflict = found[pick % len(found)]
        options = [v.value for v in conflict.values]
        value = options[choice] if choice < len(options) else new
        if conflict.column == "city" and not (value is None or isinstance(value, str)):
            value = "Resolved"
        self._write(i, conflict.row_id, lambda: conflicts.resolve(
            self.nodes[i].ctx, conflict.table, conflict.row_id, conflict.column, value))

    @rule(who=st.integers(0, 5), which=st.integers(0, 1), then_resolve=st.booleans(), choice=st.integers(0, 3))
    def sync(self, who: int, which: int, then_resolve: bool, choice: int) -> None:
        self.nodes[self._node(who)].sync(self.hubs[which])
        if then_resolve:  # the conflict dialog right after a sync
            self._resolve(who, choice, choice, f"typed {choice}")

    @rule(who=st.integers(0, 5), which=st.integers(0, 1), stop=st.integers(0, 4))
    def sync_cancelled(self, who: int, which: int, stop: int) -> None:
        node = self.nodes[self._node(who)]
        with contextlib.suppress(SyncCancelled):
            hub.sync(node.db, self.hubs[which], progress=lambda done, total: done < stop)

    @rule(who=st.integers(0, 5), which=st.integers(0, 1), order=st.randoms(use_true_random=False),
          repeat=st.integers(1, 2))
    def apply_by_hand(self, who: int, which: int, order, repeat: int) -> None:
        """Bundles applied in a random order, some twice, one at a time."""
        node = self.nodes[self._node(who)]
        paths = bundle_files(self.hubs[which]) * repeat
        order.shuffle(paths)
        for path in paths:
            with contextlib.suppress(bundles.BundleError):
                merge.apply_bundle(node.db, bundles.read(path), hub.now_ms())

    @precondition(lambda self: self.nodes)
    @rule(which=st.integers(0, 1), pick=st.integers(0, 50), keep=st.floats(0, 0.99), lose=st.booleans())
    def damage(self, which: int, pick: int, keep: float, lose: bool) -> None:
        """A bundle file truncated (a copy cut short) or lost."""
        files = bundle_files(self.hubs[which])
        if not files:
            return
        path = files[pick % len(files)]
        if lose:
            path.unlink()
        else:
            data = path.read_bytes()
            path.write_bytes(data[: int(len(data) * keep)])

    @invariant()
    def conflicts_are_between_different_values(self) -> None:
        for node in self.nodes:
            for c in conflicts.list_all(node.db):
                assert len({typed(v.value) for v in c.values}) > 1
                assert sum(v.shown for v in c.values) == 1

    # ------------------------------------------------------------------ the end

    def _final_checks(self) -> None:
        for i in range(len(self.nodes)):
            self.upgrade(i)
        for _ in range(2):  # a change reaches those after its holder in the first round, the others next
            for node in self.nodes:
                for h in self.hubs:
                    node.sync(h)
        for node in self.nodes:
            for h in self.hubs:
                report = node.sync(h)
                assert report.waiting_sites == [] and report.damaged == [], (node.name, report)
                assert report.received == 0 and report.pending_cells == 0
        first = self.nodes[0]
        tables = table_dump(first.db)
        found = conflict_set(first.db)
        for node in self.nodes[1:]:
            assert table_dump(node.db) == tables, f"{node.name} differs from {first.name}"
            assert conflict_set(node.db) == found, f"conflicts of {node.name} differ from {first.name}"
        self._check_model(first, tables, found)
        # every bundle applied again: nothing moves
        paths = [p for h in self.hubs for p in bundle_files(h)]
        for node in self.nodes:
            before = full_dump(node.db)
            for path in paths:
                result = merge.apply_bundle(node.db, bundles.read(path), hub.now_ms())
                assert result.applied == 0
            assert full_dump(node.db) == before

    def _check_model(self, node: Node, tables: dict, found: set) -> None:
        names = ["id", *[r[1] for r in node.db.execute("PRAGMA table_info(people)") if r[1] not in ("rid", "id")]]
        rows = {r[0][1]: dict(zip(names, r, strict=True)) for r in tables["people"]}
        kept = {(row, col): values for _t, row, col, values in found}
        for (row, col), writes in self.writes.items():
            superseded = set().union(*(w.saw for w in writes))
            live = [w for w in writes if w.ident not in superseded]
            assert live, (row, col)
            winner = max(live, key=lambda w: (w.hlc, w.site))
            assert rows[row][col] == typed(winner.value), (row, col, writes)
            values = {typed(w.value) for w in live}
            if col in QUIET or len(values) == 1:
                assert (row, col) not in kept, (row, col, writes)
            else:
                assert kept.get((row, col)) == frozenset(values), (row, col, writes)
        # conflicts on tracked cells only where the model has concurrent values
        for row, col in kept:
            assert col not in TRACKED or (row, col) in self.writes


#: CRM_SYNC_SOAK=600 runs a longer, randomised soak (not in CI: the default run is fixed).
SOAK = int(os.environ.get("CRM_SYNC_SOAK", "0"))


@pytest.mark.timeout(0 if SOAK else 120)
def test_replicas_converge(template_db: Path, tmp_path: Path) -> None:
    soak = SOAK
    run_state_machine_as_test(
        lambda: Replicas(template_db, tmp_path),
        settings=settings(
            max_examples=soak or 30, stateful_step_count=25, deadline=None, derandomize=not soak, database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )

