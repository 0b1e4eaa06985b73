"""Stock levels are a cache of the movements: whatever writes them, they must add up.

Random sequences of receipts, transfers (beyond the stock too: refused, nothing
written), uses (beyond the stock: recorded and flagged), returns, corrections, soft
deletes and restores, hard deletes, and rows written by SQL the way a merge of another
laptop's changes writes them (an INSERT of the row, then UPDATEs of some of its
columns, see sync/merge.py ``_merge_row``). After every step the kept ``stock_levels``
equal the sum of the live movements computed here from scratch, and
``stock.rebuild_levels`` gives the same levels.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
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

from crm_desktop.core import stock
from crm_desktop.core.clock import FixedClock, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import ValidationError
from crm_desktop.core.users import ensure_admin
from crm_desktop.db.connection import open_database
from tests.conftest import START

#: Throwaway databases live in memory where the system offers a RAM folder (no disk flushes).
MEMORY = Path("/dev/shm")
LOCATIONS = 3
PRODUCTS = 2
QUANTITIES = st.integers(1, 12)
#: A merged row's locations: any of ours, or none (a receipt has no source, a use no destination).
MAYBE_LOCATION = st.one_of(st.none(), st.integers(0, LOCATIONS - 1))
MERGE_COLUMNS = ("product_id", "from_location_id", "to_location_id", "quantity", "deleted_at")


def expected_levels(db: Any) -> dict[tuple[str, str], int]:
    """The sum of live movements per (location, part), from scratch; zero sums left out."""
    totals: dict[tuple[str, str], int] = {}
    for source, target, product, quantity in db.execute(
            "SELECT from_location_id, to_location_id, product_id, quantity FROM stock_movements "
            "WHERE deleted_at IS NULL").fetchall():
        if target is not None:
            totals[(target, product)] = totals.get((target, product), 0) + quantity
        if source is not None:
            totals[(source, product)] = totals.get((source, product), 0) - quantity
    return {key: value for key, value in totals.items() if value}


def kept_levels(db: Any) -> dict[tuple[str, str], int]:
    """The table the triggers keep. A row may stay at zero once its movements are deleted:
    the level is the same (nothing there), so zero rows are left out of the comparison."""
    return {(loc, product): quantity for loc, product, quantity in db.execute(
        "SELECT location_id, product_id, quantity FROM stock_levels").fetchall() if quantity}


class StockHistory(RuleBasedStateMachine):
    """One fresh database per run; each rule is one way movements get written."""

    def __init__(self, template: Path) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="crm-stock-", dir=MEMORY if MEMORY.is_dir() else None))
        shutil.copyfile(template, self.folder / "crm.db")
        self.db = open_database(self.folder / "crm.db")
        self.db.execute("PRAGMA synchronous = OFF")  # a throwaway file: no flush to disk at every commit
        self.clock = FixedClock(START)
        self.ctx = Context(db=self.db, user=ensure_admin(self.db, self.clock), clock=self.clock)
        self.locations = [stock.save_location(self.ctx, {"name": f"Place {n}", "kind": "van" if n else "warehouse"})
                          for n in range(LOCATIONS)]
        self.products = [stock.save_product(self.ctx, {"name": f"Part {n}", "is_part": True})
                         for n in range(PRODUCTS)]

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @initialize()
    def nothing_yet(self) -> None:
        assert kept_levels(self.db) == {}

    def _tick(self) -> None:
        self.clock.advance(minutes=7)

    def _ids(self, deleted: bool) -> list[str]:
        test = "IS NOT NULL" if deleted else "IS NULL"
        return [r[0] for r in self.db.execute(
            f"SELECT id FROM stock_movements WHERE deleted_at {test} ORDER BY rid").fetchall()]

    # -- through core -----------------------------------------------------------------------

    @rule(product=st.integers(0, PRODUCTS - 1), place=st.integers(0, LOCATIONS - 1), quantity=QUANTITIES)
    def receive(self, product: int, place: int, quantity: int) -> None:
        self._tick()
        stock.receive(self.ctx, self.products[product], self.locations[place], quantity)

    @rule(product=st.integers(0, PRODUCTS - 1), source=st.integers(0, LOCATIONS - 1),
          dest=st.integers(0, LOCATIONS - 1), quantity=QUANTITIES)
    def transfer(self, product: int, source: int, dest: int, quantity: int) -> None:
        self._tick()
        part, a, b = self.products[product], self.locations[source], self.locations[dest]
        held = stock.level(self.db, a, part)
        before = kept_levels(self.db), len(self._ids(False))
        if source == dest or quantity > held:
            with pytest.raises(ValidationError) as refused:
                stock.transfer(self.ctx, part, a, b, quantity)
            assert ("to_location_id" if source == dest else "quantity") in refused.value.errors
            assert (kept_levels(self.db), len(self._ids(False))) == before  # nothing written
            return
        stock.transfer(self.ctx, part, a, b, quantity)
        assert stock.level(self.db, a, part) == held - quantity

    @rule(product=st.integers(0, PRODUCTS - 1), place=st.integers(0, LOCATIONS - 1), quantity=QUANTITIES)
    def use(self, product: int, place: int, quantity: int) -> None:
        self._tick()
        part, where = self.products[product], self.locations[place]
        short = quantity > stock.level(self.db, where, part)
        movement = stock.use(self.ctx, part, where, quantity)
        flagged = self.db.execute("SELECT flagged FROM stock_movements WHERE id = ?", [movement]).fetchone()[0]
        assert flagged == (1 if short else 0)

    @rule(product=st.integers(0, PRODUCTS - 1), dest=st.integers(0, LOCATIONS - 1), source=MAYBE_LOCATION,
          quantity=QUANTITIES)
    def give_back(self, product: int, dest: int, source: int | None, quantity: int) -> None:
        self._tick()
        part, to = self.products[product], self.locations[dest]
        origin = None if source is None else self.locations[source]
        before = {place: stock.level(self.db, place, part) for place in self.locations}
        try:
            stock.give_back(self.ctx, part, to, quantity, from_location_id=origin)
        except ValidationError:
            # From the same place, or more than the van holds: refused, nothing moved.
            assert origin is not None and (origin == to or quantity > before[origin])
            assert {place: stock.level(self.db, place, part) for place in self.locations} == before

    @rule(product=st.integers(0, PRODUCTS - 1), place=st.integers(0, LOCATIONS - 1), counted=st.integers(0, 15))
    def correct(self, product: int, place: int, counted: int) -> None:
        self._tick()
        part, where = self.products[product], self.locations[place]
        stock.correct(self.ctx, part, where, counted)
        assert stock.level(self.db, where, part) == counted
        assert not self.db.execute(
            "SELECT 1 FROM stock_movements WHERE flagged = 1 AND product_id = ? AND from_location_id = ? "
            "AND deleted_at IS NULL", [part, where]).fetchone()

    # -- by SQL, as a merge or a purge writes ---------------------------------------------

    @precondition(lambda self: bool(self._ids(False)))
    @rule(pick=st.integers(0, 1000))
    def soft_delete(self, pick: int) -> None:
        live = self._ids(False)
        self._tick()
        self.db.execute("UPDATE stock_movements SET deleted_at = ? WHERE id = ?",
                        [to_iso(self.clock.now()), live[pick % len(live)]])

    @precondition(lambda self: bool(self._ids(True)))
    @rule(pick=st.integers(0, 1000))
    def restore(self, pick: int) -> None:
        gone = self._ids(True)
        self.db.execute("UPDATE stock_movements SET deleted_at = NULL WHERE id = ?", [gone[pick % len(gone)]])

    @precondition(lambda self: bool(self._ids(False) or self._ids(True)))
    @rule(pick=st.integers(0, 1000))
    def hard_delete(self, pick: int) -> None:
        rows = self._ids(False) + self._ids(True)
        self.db.execute("DELETE FROM stock_movements WHERE id = ?", [rows[pick % len(rows)]])

    @rule(product=st.integers(0, PRODUCTS - 1), source=MAYBE_LOCATION, dest=MAYBE_LOCATION,
          quantity=QUANTITIES, deleted=st.booleans())
    def merged_insert(self, product: int, source: int | None, dest: int | None, quantity: int,
                      deleted: bool) -> None:
        """A remote machine's movement arriving whole: one INSERT with every column of its creation."""
        self._tick()
        now = to_iso(self.clock.now())
        row = {"id": str(uuid.uuid4()), "created_at": now, "updated_at": now, "product_id": self.products[product],
               "kind": "transfer", "from_location_id": None if source is None else self.locations[source],
               "to_location_id": None if dest is None else self.locations[dest], "quantity": quantity,
               "at": now, "flagged": 0, "deleted_at": now if deleted else None}
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(f"INSERT INTO stock_movements ({names}) VALUES ({marks})", list(row.values()))

    @precondition(lambda self: bool(self._ids(False) or self._ids(True)))
    @rule(pick=st.integers(0, 1000), columns=st.sets(st.sampled_from(MERGE_COLUMNS), min_size=1),
          product=st.integers(0, PRODUCTS - 1), source=MAYBE_LOCATION, dest=MAYBE_LOCATION, quantity=QUANTITIES,
          deleted=st.booleans())
    def merged_update(self, pick: int, columns: set[str], product: int, source: int | None, dest: int | None,
                      quantity: int, deleted: bool) -> None:
        """Later changes of a remote row: one UPDATE of the cells that won, as _merge_row writes them."""
        rows = self._ids(False) + self._ids(True)
        values = {"product_id": self.products[product],
                  "from_location_id": None if source is None else self.locations[source],
                  "to_location_id": None if dest is None else self.locations[dest],
                  "quantity": quantity, "deleted_at": to_iso(self.clock.now()) if deleted else None}
        chosen = [c for c in MERGE_COLUMNS if c in columns]
        sets = ", ".join(f'"{c}" = ?' for c in chosen)
        self.db.execute(f"UPDATE stock_movements SET {sets} WHERE id = ?",
                        [*(values[c] for c in chosen), rows[pick % len(rows)]])

    # -- what must hold after every step ----------------------------------------------------

    @invariant()
    def levels_are_the_sum_of_live_movements(self) -> None:
        assert kept_levels(self.db) == expected_levels(self.db)

    @invariant()
    def a_rebuild_gives_the_same_levels(self) -> None:
        kept = kept_levels(self.db)
        self.db.execute("SAVEPOINT rebuild")
        try:
            stock.rebuild_levels(self.db)
            assert kept_levels(self.db) == kept
        finally:
            self.db.execute("ROLLBACK TO rebuild")
            self.db.execute("RELEASE rebuild")


@pytest.mark.timeout(120)
def test_levels_always_add_up(template_db: Path) -> None:
    run_state_machine_as_test(
        lambda: StockHistory(template_db),
        settings=settings(max_examples=50, stateful_step_count=30, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]),
    )


def test_a_zero_row_left_by_a_deleted_movement_is_no_stock(template_db: Path) -> None:
    """The triggers keep a (location, part) row at 0 once its only movement is deleted; a
    rebuild drops it. Both read as 0, and ``levels`` lists the part at 0 until a rebuild."""
    machine = StockHistory(template_db)
    try:
        movement = stock.receive(machine.ctx, machine.products[0], machine.locations[0], 4)
        machine.db.execute("UPDATE stock_movements SET deleted_at = ? WHERE id = ?", [START.isoformat(), movement])
        assert stock.level(machine.db, machine.locations[0], machine.products[0]) == 0
        assert kept_levels(machine.db) == expected_levels(machine.db) == {}
    finally:
        machine.teardown()


# -- loading a van for the day (stock.load_van) ---------------------------------------------------


def test_load_van_moves_what_is_missing_in_one_transaction(ctx: Context) -> None:
    from datetime import UTC, datetime

    from crm_desktop.core import interventions
    from tests.field_setup import build

    world = build(ctx)
    tuesday = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    for parts in ([(world.pump, 4), (world.fuse, 2)], [(world.pump, 3)]):
        job = interventions.create(ctx, {"company_id": world.company, "subject": "Job", "parts": parts})
        interventions.plan(ctx, job, tuesday, 60, [world.anna])
    heard: list[str] = []
    ctx.changes.subscribe(lambda change: heard.append(change.table))
    written = stock.load_van(ctx, world.anna, tuesday.date(), world.warehouse)
    assert len(written) == 1 and heard == ["stock_movements"]
    assert stock.level(ctx.db, world.van_anna, world.pump) == 7
    assert stock.level(ctx.db, world.warehouse, world.pump) == 88
    assert stock.level(ctx.db, world.van_anna, world.fuse) == 5  # held enough already
    assert [line.to_load for line in stock.load_list(ctx.db, world.anna, tuesday.date())] == [0, 0]
    assert stock.load_van(ctx, world.anna, tuesday.date(), world.warehouse) == []  # nothing more to move

    # All or nothing: the warehouse lacks pumps, so the fuses do not move either.
    job = interventions.create(ctx, {"company_id": world.company, "subject": "More",
                                     "parts": [(world.pump, 100), (world.fuse, 10)]})
    interventions.plan(ctx, job, tuesday, 60, [world.anna])
    before = stock.movements(ctx.db)
    with pytest.raises(ValidationError) as refused:
        stock.load_van(ctx, world.anna, tuesday.date(), world.warehouse)
    assert refused.value.errors["warehouse_id"].render() == (
        "Not enough in Main warehouse (there/needed), nothing was moved: Circulation pump 88/100.")
    assert stock.movements(ctx.db) == before
    # Wrong choices are said per field.
    with pytest.raises(ValidationError) as refused:
        stock.load_van(ctx, world.anna, tuesday.date(), world.van_anna)
    assert "warehouse_id" in refused.value.errors
    with pytest.raises(ValidationError) as refused:
        stock.load_van(ctx, ctx.user.id, tuesday.date(), "")
    assert set(refused.value.errors) == {"technician_id", "warehouse_id"}
