"""Sales: numbers, line amounts and totals, per-line errors, customer revenue, timeline, trash, rights."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.core import customer_status, sales, stock, timeline
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user


def _sale(ctx, world, lines=None, **values):
    lines = lines if lines is not None else [{"product_id": world.pump, "quantity": 1}]
    return sales.create(ctx, {"person_id": world.person, **values}, lines)


def test_numbers_count_up_with_the_site_code_and_company_comes_from_the_person(ctx, world):
    first = sales.get(ctx.db, _sale(ctx, world))
    second = sales.get(ctx.db, _sale(ctx, world))
    assert first["number"].startswith("S-") and first["number"].endswith("-0001")
    assert second["number"].endswith("-0002")
    assert first["company_id"] == world.company
    # The fixed clock's Monday 2 March 2026, in the shop's zone; the channel defaults to the shop.
    assert first["sold_on"] == "2026-03-02"
    assert first["channel"] == "shop"
    assert first["seller_id"] == ctx.user.id  # whoever recorded it, unless someone else is named


def test_prices_and_costs_default_from_the_product(ctx, world):
    sale_id = _sale(ctx, world, [{"product_id": world.fuse, "quantity": "3"},
                                 {"description": "Installation", "quantity": "1,5", "unit_price_cents": 4000}])
    first, second = sales.lines(ctx.db, sale_id)
    assert (first["unit_price_cents"], first["unit_cost_cents"], first["product_name"]) == (600, 250, "Fuse 10 A")
    assert (second["unit_price_cents"], second["unit_cost_cents"], second["quantity"]) == (4000, 0, Decimal("1.5"))


def test_totals_with_discounts_round_half_up_per_line(ctx, world):
    # 3 x 0.35 at 50 % = 0.525 -> 0.53 (half up); 1.5 x 19.99 at 15 % = 25.48725 -> 25.49;
    # cost 1.5 x 12.33 = 18.495 -> 18.50.
    sale_id = _sale(ctx, world, [
        {"description": "Washer", "quantity": 3, "unit_price_cents": 35, "discount_percent": 50},
        {"description": "Cable", "quantity": "1.5", "unit_price_cents": 1999, "unit_cost_cents": 1233,
         "discount_percent": "15"},
    ])
    assert [line["revenue_cents"] for line in sales.lines(ctx.db, sale_id)] == [53, 2549]
    totals = sales.totals(ctx.db, sale_id)
    assert (totals.revenue_cents, totals.cost_cents, totals.margin_cents, totals.lines) == (2602, 1850, 752, 2)
    assert totals.margin_percent == Decimal("28.9")  # 752 / 2602


line_values = st.fixed_dictionaries({
    "quantity": st.decimals(min_value=Decimal("0.001"), max_value=Decimal(1000), places=3),
    "unit_price_cents": st.integers(0, 10**7),
    "unit_cost_cents": st.integers(0, 10**7),
    "discount_percent": st.decimals(min_value=0, max_value=100, places=2),
})


@settings(max_examples=200, deadline=None)
@given(st.lists(line_values, min_size=0, max_size=8))
def test_totals_are_the_sum_of_rounded_lines(rows):
    total = sales.sum_lines(rows)
    expected = 0
    for row in rows:
        exact = row["quantity"] * row["unit_price_cents"] * (100 - row["discount_percent"]) / 100
        expected += int(exact.quantize(Decimal(1), ROUND_HALF_UP))
    assert total.revenue_cents == expected
    assert total.revenue_cents >= 0 and total.cost_cents >= 0
    if total.revenue_cents == 0:
        assert total.margin_percent is None
    else:
        assert total.margin_percent is not None and total.margin_percent <= 100


def test_stored_quantities_come_back_as_typed(ctx, world):
    sale_id = _sale(ctx, world, [{"description": "Flour", "quantity": "0.333", "unit_price_cents": 300,
                                  "discount_percent": "12.5"}])
    line = sales.lines(ctx.db, sale_id)[0]
    assert (line["quantity"], line["discount_percent"], line["revenue_cents"]) == (
        Decimal("0.333"), Decimal("12.5"), 87)  # 0.333 x 300 x 0.875 = 87.4125


def test_errors_are_given_per_line_and_field(ctx, world):
    with pytest.raises(ValidationError) as err:
        sales.create(ctx, {"person_id": world.person, "channel": "carrier pigeon"}, [
            {"product_id": world.fuse, "quantity": 1},
            {"description": "Oven", "quantity": "0"},
            {"quantity": 2, "discount_percent": "120"},
        ])
    assert set(err.value.errors) == {"channel", "lines.1.quantity", "lines.2.description", "lines.2.discount_percent"}
    with pytest.raises(ValidationError) as err:
        sales.create(ctx, {}, [])
    assert set(err.value.errors) == {"person_id", "lines"}
    assert ctx.db.execute("SELECT count(*) FROM sales").fetchone()[0] == 0


def test_update_replaces_lines_and_keeps_them_when_unchanged(ctx, world):
    sale_id = _sale(ctx, world)
    unchanged = [{"product_id": world.pump, "quantity": 1, "unit_price_cents": 15000, "unit_cost_cents": 8000}]
    assert sales.update(ctx, sale_id, {"note": "Delivered"}, unchanged) == {
        "note": "Delivered", "updated_at": ctx.now(), "updated_by": ctx.user.id}
    sales.update(ctx, sale_id, {}, [{"product_id": world.fuse, "quantity": 2}])
    assert [(line["product_id"], line["quantity"]) for line in sales.lines(ctx.db, sale_id)] == [
        (world.fuse, Decimal(2))]
    assert sales.totals(ctx.db, sale_id).revenue_cents == 1200


def test_customer_revenue_over_a_period(ctx, world):
    _sale(ctx, world, sold_on="2026-01-10")
    _sale(ctx, world, [{"product_id": world.fuse, "quantity": 2}], sold_on="2026-02-20")
    _sale(ctx, world, [{"product_id": world.fuse, "quantity": 1}], sold_on="2026-03-01")
    february = sales.customer_revenue(ctx.db, world.company, None, date(2026, 2, 1), date(2026, 2, 28))
    assert (february.revenue_cents, february.cost_cents, february.count, february.last_sold_on) == (
        1200, 500, 1, "2026-02-20")
    everything = sales.customer_revenue(ctx.db, None, world.person)
    assert (everything.revenue_cents, everything.margin_cents, everything.count) == (15000 + 1200 + 600, 8050, 3)
    assert everything.last_sold_on == "2026-03-01"
    assert [s["sold_on"] for s in sales.for_customer(ctx.db, world.company, None)] == [
        "2026-03-01", "2026-02-20", "2026-01-10"]


def test_timeline_shows_the_sale_on_person_and_company(ctx, world):
    sale_id = _sale(ctx, world, [{"product_id": world.fuse, "quantity": 1}, {"product_id": world.pump, "quantity": 1}])
    for owner in ({"person_id": world.person}, {"company_id": world.company}):
        entries = [e for e in timeline.query(ctx.db, **owner) if e.kind == "sale"]
        assert [(e.id, e.title, e.summary, e.at) for e in entries] == [
            (sale_id, sales.get(ctx.db, sale_id)["number"], 2, "2026-03-02T12:00:00.000Z")]
    assert timeline.count(ctx.db, person_id=world.person)["sale"] == 1


def test_customer_status_shows_revenue_once_something_was_sold(ctx, world):
    assert customer_status.status(ctx.db, world.company, None, date(2026, 3, 2)).revenue_cents is None
    _sale(ctx, world, [{"product_id": world.pump, "quantity": 2, "discount_percent": 10}])
    assert customer_status.status(ctx.db, None, world.person, date(2026, 3, 2)).revenue_cents == 27000


def test_trash_and_restore(ctx, world):
    sale_id = _sale(ctx, world)
    sales.delete(ctx, sale_id)
    assert sales.for_customer(ctx.db, world.company, None) == []
    assert not [e for e in timeline.query(ctx.db, person_id=world.person) if e.kind == "sale"]
    sales.restore(ctx, sale_id)
    assert [s["lines"] for s in sales.for_customer(ctx.db, world.company, None)] == [1]


def test_a_technician_records_sales_but_may_not_delete_them(ctx, world):
    tech = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, "Tom", Role.TECHNICIAN), clock=ctx.clock)
    sale_id = _sale(tech, world)
    with pytest.raises(PermissionDenied):
        sales.delete(tech, sale_id)
    with pytest.raises(PermissionDenied):
        stock.save_product(tech, {"name": "Oven"})


def test_catalogue_filters_and_category_and_tier(ctx, world):
    oven = stock.save_product(ctx, {"sku": "OV-2", "name": "Deck oven", "category": "Ovens", "tier": 3,
                                    "price_cents": 900000, "cost_cents": 600000})
    stock.save_product(ctx, {"sku": "OV-1", "name": "Small oven", "category": "Ovens", "tier": 1, "active": False})
    assert [p["name"] for p in stock.catalogue(ctx.db, category="ovens")] == ["Deck oven"]
    assert [p["name"] for p in stock.catalogue(ctx.db, "oven", include_inactive=True)] == ["Deck oven", "Small oven"]
    assert [p["name"] for p in stock.catalogue(ctx.db, parts_only=True)] == ["Circulation pump", "Fuse 10 A"]
    assert stock.categories(ctx.db) == ["Ovens"]
    assert stock.get_product(ctx.db, oven)["tier"] == 3
    with pytest.raises(ValidationError) as err:
        stock.save_product(ctx, {"name": "Bad", "tier": 12})
    assert set(err.value.errors) == {"tier"}


def test_a_deleted_sale_is_in_the_trash_and_comes_back(ctx, world):
    from crm_desktop.core import trash

    sale_id = sales.create(ctx, {"company_id": world.company}, [{"description": "Service", "quantity": 1,
                                                                  "unit_price_cents": 1000}])
    sales.delete(ctx, sale_id)
    found = [item for item in trash.items(ctx) if item.id == sale_id]
    assert [item.kind for item in found] == ["sale"]
    trash.restore(ctx, "sale", sale_id)
    assert sales.get(ctx.db, sale_id)["deleted_at"] is None
