"""Demo sales: the catalogue's ladders, two years of seeded sales by staff over every channel, bundles bought
together (so a boiler buyer is offered its kit or plan), and ``product_buyers`` equal to a recount."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crm_desktop.core import demo, demo_sales, recommendations
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.demo_sales_data import BUNDLES, CATEGORIES, PRODUCTS
from crm_desktop.core.sales_choices import CHANNELS
from crm_desktop.core.users import ensure_admin
from crm_desktop.db.connection import open_database
from tests.unit.test_recommendations import _buyers, _recount

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
SKUS = {p[0] for p in PRODUCTS}


def _build(path: Path, seed: int = 1) -> tuple[Context, demo_sales.SalesCounts]:
    db = open_database(path)
    clock = FixedClock(NOW)
    admin = ensure_admin(db, clock)
    counts = demo.generate(db, clock, "small", seed=seed).sales
    return Context(db=db, user=admin, clock=clock), counts


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Context, demo_sales.SalesCounts]]:
    ctx, counts = _build(tmp_path_factory.mktemp("sales") / "demo.db")
    yield ctx, counts
    ctx.db.close()


def ours(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """The demo sales with their lines' skus (not the ones the campaign demo makes)."""
    skus = ",".join(f"'{s}'" for s in SKUS)
    rows = db.execute_returning_dicts(
        f"SELECT s.*, group_concat(p.sku, ' ') AS skus FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
        f"JOIN products p ON p.id = l.product_id WHERE s.campaign_id IS NULL AND s.opportunity_id IS NULL "
        f"GROUP BY s.id HAVING min(p.sku IN ({skus})) = 1 ORDER BY s.number")
    for row in rows:
        row["skus"] = row["skus"].split()
    return rows


def test_the_catalogue_has_ten_categories_with_a_ladder_of_tiers() -> None:
    assert len(PRODUCTS) == 150 and len(SKUS) == 150
    assert {p[3] for p in PRODUCTS} == set(CATEGORIES) and len(CATEGORIES) == 10
    for category in CATEGORIES:
        tiered = sorted((p[4], p[7]) for p in PRODUCTS if p[3] == category and p[4] is not None)
        if category == "Consumables":
            assert tiered == []
            continue
        # The ladder's step of each tier is the cheapest of its tier, so up-sell offers it.
        assert [t for t, _ in tiered] == [1, 2, 3], category
        assert [price for _, price in tiered] == sorted(price for _, price in tiered)
    assert all(0 < p[6] < p[7] for p in PRODUCTS)  # cost below price
    for _, _, _, _, cores, addons, follow in BUNDLES:
        assert {s for s, _ in cores} | {s for s, _, _ in addons} | set(follow) <= SKUS


def test_sales_fill_two_years_by_staff_over_every_channel(small: tuple[Context, demo_sales.SalesCounts]) -> None:
    ctx, counts = small
    db = ctx.db
    assert (counts.products, counts.sales) == (150, demo_sales.SALES["small"])
    made = ours(db)
    assert len(made) == counts.sales and counts.lines == sum(len(s["skus"]) for s in made) > counts.sales * 2
    days = [date.fromisoformat(s["sold_on"]) for s in made]
    assert NOW.date() - timedelta(days=demo_sales.PAST_DAYS + 1) <= min(days) and max(days) <= NOW.date()
    assert max(days) - min(days) > timedelta(days=600)
    roles = dict(db.execute("SELECT id, role FROM users").fetchall())
    for sale in made:
        assert sale["seller_id"] == sale["created_by"]
        assert roles[sale["seller_id"]] == "technician" if sale["channel"] == "field" else roles[
            sale["seller_id"]] in ("staff", "manager")
        assert sale["company_id"] or sale["person_id"]
    channels = {s["channel"] for s in made}
    assert channels <= set(CHANNELS) and len(channels) >= 5
    # A customer bought after they were entered.
    created = dict(db.execute("SELECT id, created_at FROM companies UNION ALL SELECT id, created_at FROM people"))
    assert all(s["created_at"] >= created[s["company_id"] or s["person_id"]] for s in made)
    # Numbers follow the days.
    by_number = sorted(made, key=lambda s: s["number"])
    assert [s["created_at"] for s in by_number] == sorted(s["created_at"] for s in made)
    assert _buyers(db) == _recount(db)


def test_a_boiler_buyer_is_offered_its_kit_or_plan(small: tuple[Context, demo_sales.SalesCounts]) -> None:
    ctx, _ = small
    db = ctx.db
    sku = dict(db.execute("SELECT id, sku FROM products WHERE sku IS NOT NULL").fetchall())
    boiler_buyers = db.execute(
        "SELECT DISTINCT s.company_id, s.person_id FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
        "JOIN products p ON p.id = l.product_id WHERE p.sku IN ('BOI-24E', 'BOI-30C') AND s.deleted_at IS NULL"
    ).fetchall()
    offered = 0
    for company_id, person_id in boiler_buyers:
        owner = (company_id, None) if company_id else (None, person_id)
        owned = {sku[p] for p in recommendations.owned(db, *owner)}
        wanted = {"BOI-KIT", "BOI-FLUE", "SP-B1", "SP-B2", "SP-B3", "CON-INH", "BOI-FILT"} - owned
        if not wanted:
            continue
        found = {sku[s.product_id] for s in recommendations.for_customer(db, *owner, limit=10) if s.product_id}
        offered += bool(found & wanted)
    assert boiler_buyers and offered >= 1
    # The kit is bought with boilers: its best cross-sell reason is a boiler or the plan, with a real lift.
    lonely = [(c, p) for c, p in boiler_buyers
              if "BOI-KIT" not in {sku[x] for x in recommendations.owned(db, c, None if c else p)}]
    reasons = [s for c, p in lonely for s in recommendations.cross_sell(db, c, None if c else p)
               if sku[s.product_id] == "BOI-KIT"]
    assert all(s.lift > 1 and s.support >= 2 for s in reasons)


def test_the_same_seed_gives_the_same_sales(small: tuple[Context, demo_sales.SalesCounts],
                                            tmp_path: Path) -> None:
    ctx, _ = small
    again, _ = _build(tmp_path / "again.db")
    try:
        def summary(db: sqlite_utils.Database) -> list[tuple[Any, ...]]:
            # The number's middle part is the machine's own code (random per database).
            return [(s["id"], s["number"].rsplit("-", 1)[1], s["sold_on"], s["channel"], s["skus"]) for s in ours(db)]
        assert summary(again.db) == summary(ctx.db)
    finally:
        again.db.close()


def test_adding_to_a_database_line_by_line_keeps_the_table(small: tuple[Context, demo_sales.SalesCounts],
                                                           tmp_path: Path) -> None:
    # Without a bulk load the triggers keep product_buyers row by row; the catalogue is reused.
    ctx, counts = _build(tmp_path / "twice.db", seed=2)
    try:
        before = len(ours(ctx.db))
        second = demo_sales.add_sales(ctx.db, ctx.clock, "small", seed=2, bulk=False)
        assert second.products == 0 and second.sales == counts.sales
        assert len(ours(ctx.db)) == before + second.sales
        assert _buyers(ctx.db) == _recount(ctx.db)
        numbers = [r[0] for r in ctx.db.execute("SELECT number FROM sales")]
        assert len(numbers) == len(set(numbers))
    finally:
        ctx.db.close()


def test_the_demo_builder_makes_the_sales_before_the_campaigns(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # ``demo_sales.load`` runs inside the demo's own load (its bulk path drops and recounts product_buyers).
    if "demo_sales" not in inspect.getsource(demo._Loader.run):
        campaigns = demo.demo_campaigns.load

        def sales_then_campaigns(loader: Any, people: Any, companies: Any) -> Any:
            demo_sales.load(loader, people, companies)
            return campaigns(loader, people, companies)
        monkeypatch.setattr(demo.demo_campaigns, "load", sales_then_campaigns)
    db = open_database(tmp_path / "built.db")
    try:
        clock = FixedClock(NOW)
        ensure_admin(db, clock)
        demo.generate(db, clock, "small", seed=4)
        assert len(ours(db)) == demo_sales.SALES["small"]
        assert _buyers(db) == _recount(db)
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {t.split()[5] for t in demo_sales.schema.PRODUCT_BUYER_TRIGGERS} <= names
    finally:
        db.close()
