"""Opportunities: numbers, amounts from lines, moves along the pipeline, winning into one sale, rights, board."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.core import history, opportunities, records, sales, timeline, trash
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import User, add_user

TODAY = "2026-03-02"


def _opp(ctx, world, **values):
    return opportunities.create(ctx, {"title": "New boiler", "person_id": world.person, **values})


def _count(ctx, table: str) -> int:
    return ctx.db.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def _campaign(ctx) -> str:
    return records.insert(ctx, "campaigns", {"name": "Spring", "objective": "acquisition", "status": "running"})


def test_create_numbers_defaults_and_company_from_the_person(ctx, world):
    first = opportunities.get(ctx.db, _opp(ctx, world))
    second = opportunities.get(ctx.db, _opp(ctx, world, stage="proposal", amount_cents="1 250,50"))
    assert first["number"].startswith("O-") and first["number"].endswith("-0001")
    assert second["number"].endswith("-0002")
    assert (first["stage"], first["probability"], first["amount_cents"]) == ("new", 10, 0)
    assert (second["stage"], second["probability"], second["amount_cents"]) == ("proposal", 50, 125050)
    assert first["company_id"] == world.company
    assert first["owner_id"] == ctx.user.id
    assert first["stage_changed_at"] == "2026-03-02T09:30:00.000Z" and first["closed_at"] is None
    assert first["lines"] == []


def test_amount_is_the_lines_total_with_the_sales_rounding(ctx, world):
    lines = [{"description": "Washer", "quantity": 3, "unit_price_cents": 35, "discount_percent": 50},
             {"description": "Cable", "quantity": "1,5", "unit_price_cents": 1999, "unit_cost_cents": 1233,
              "discount_percent": "15"},
             {"product_id": world.pump, "quantity": 2}]
    opp_id = _opp(ctx, world, lines=lines, amount_cents=1)
    row = opportunities.get(ctx.db, opp_id)
    # 0.525 -> 0.53, 25.48725 -> 25.49, 2 x 150.00: exactly what a sale with these lines totals.
    assert row["amount_cents"] == 53 + 2549 + 30000 == sales.sum_lines(row["lines"]).revenue_cents
    assert row["lines"][2]["unit_price_cents"] == 15000 and row["lines"][2]["unit_cost_cents"] == 8000
    assert row["lines"][1]["quantity"] == "1.5"
    described = opportunities.describe(ctx.db, opp_id)
    assert [line["revenue_cents"] for line in described["lines"]] == [53, 2549, 30000]
    assert described["lines"][2]["product_name"] == "Circulation pump"
    assert described["weighted_cents"] == 3260  # 32602 x 10 % = 3260.2
    opportunities.update(ctx, opp_id, {"lines": [{"description": "Service", "quantity": "0.333",
                                                  "unit_price_cents": 1001}]})
    assert opportunities.get(ctx.db, opp_id)["amount_cents"] == 333  # 333.333 -> 333


line_values = st.fixed_dictionaries({
    "description": st.just("Work"),
    "quantity": st.decimals(min_value=Decimal("0.001"), max_value=Decimal(1000), places=3),
    "unit_price_cents": st.integers(0, 10**7),
    "unit_cost_cents": st.integers(0, 10**6),
    "discount_percent": st.decimals(min_value=0, max_value=100, places=2),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(line_values, min_size=1, max_size=5))
def test_the_forecast_amount_is_the_sale_total_to_the_cent(ctx, world, rows):
    typed = [{**r, "quantity": str(r["quantity"]), "discount_percent": str(r["discount_percent"])} for r in rows]
    opp_id = _opp(ctx, world, lines=typed)
    amount = opportunities.get(ctx.db, opp_id)["amount_cents"]
    assert amount == sales.sum_lines(rows).revenue_cents
    assert sales.totals(ctx.db, opportunities.win(ctx, opp_id)).revenue_cents == amount


def test_bad_input_names_each_field_and_line_and_writes_nothing(ctx, world):
    with pytest.raises(ValidationError) as caught:
        opportunities.create(ctx, {"title": "", "probability": 140, "expected_close": "soon", "stage": "dreaming",
                                   "lines": [{"description": "ok", "quantity": 1},
                                             {"quantity": "-2", "unit_price_cents": "abc"}]})
    errors = caught.value.errors
    assert {"title", "person_id", "probability", "expected_close", "stage", "lines.1.quantity",
            "lines.1.unit_price_cents", "lines.1.description"} <= errors.keys()
    assert "lines.0.quantity" not in errors
    with pytest.raises(ValidationError) as caught:
        _opp(ctx, world, company_id="gone", person_id=None)
    assert "company_id" in caught.value.errors
    with pytest.raises(ValidationError):
        _opp(ctx, world, stage="won")
    assert _count(ctx, "opportunities") == 0
    assert ctx.db.execute("SELECT count(*) FROM number_counters WHERE prefix = 'O'").fetchone()[0] == 0
    opp_id = _opp(ctx, world)
    with pytest.raises(ValidationError) as caught:
        opportunities.update(ctx, opp_id, {"title": " ", "amount_cents": "-5"})
    assert caught.value.errors.keys() == {"title", "amount_cents"}
    assert opportunities.get(ctx.db, opp_id)["title"] == "New boiler"


def test_moves_set_stage_times_and_probability_and_lost_needs_a_reason(ctx, world):
    opp_id = _opp(ctx, world)
    ctx.clock.advance(hours=2)
    opportunities.move(ctx, opp_id, "proposal")
    row = opportunities.get(ctx.db, opp_id)
    assert (row["stage"], row["probability"], row["stage_changed_at"]) == ("proposal", 50,
                                                                          "2026-03-02T11:30:00.000Z")
    opportunities.update(ctx, opp_id, {"probability": 60})  # someone's own estimate is kept on the next move
    opportunities.move(ctx, opp_id, "negotiation")
    assert opportunities.get(ctx.db, opp_id)["probability"] == 60
    with pytest.raises(ValidationError) as caught:
        opportunities.move(ctx, opp_id, "lost")
    assert "lost_reason" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        opportunities.move(ctx, opp_id, "lost", "other")
    assert "lost_note" in caught.value.errors
    with pytest.raises(ValidationError):
        opportunities.move(ctx, opp_id, "lost", "bored")
    assert opportunities.get(ctx.db, opp_id)["stage"] == "negotiation"
    ctx.clock.advance(hours=1)
    opportunities.move(ctx, opp_id, "lost", "competitor", "Chose the cheaper brand")
    row = opportunities.describe(ctx.db, opp_id)
    assert (row["stage"], row["probability"], row["closed_at"]) == ("lost", 0, "2026-03-02T12:30:00.000Z")
    assert (row["lost_reason_key"], row["lost_note"]) == ("competitor", "Chose the cheaper brand")
    notes = timeline.query(ctx.db, person_id=world.person)
    assert [e.title for e in notes] == [f"{row['number']} lost: New boiler"]
    assert "Chose the cheaper brand" in (notes[0].summary or "")
    opportunities.move(ctx, opp_id, "qualified")  # reopened
    row = opportunities.get(ctx.db, opp_id)
    assert (row["stage"], row["closed_at"], row["lost_reason"], row["probability"]) == ("qualified", None, None, 25)


def test_win_makes_exactly_one_sale_with_the_lines_campaign_and_owner(ctx, world):
    seller = add_user(ctx.db, ctx.clock, "Sophie Sales", Role.STAFF).id
    campaign = _campaign(ctx)
    lines = [{"product_id": world.pump, "quantity": 1, "discount_percent": "10"},
             {"description": "Installation", "quantity": "2.5", "unit_price_cents": 6000, "unit_cost_cents": 3000}]
    opp_id = _opp(ctx, world, lines=lines, campaign_id=campaign, owner_id=seller, stage="negotiation")
    amount = opportunities.get(ctx.db, opp_id)["amount_cents"]
    sale_id = opportunities.win(ctx, opp_id)
    sale = sales.get(ctx.db, sale_id)
    assert (sale["campaign_id"], sale["opportunity_id"], sale["seller_id"]) == (campaign, opp_id, seller)
    assert (sale["person_id"], sale["company_id"], sale["sold_on"]) == (world.person, world.company, TODAY)
    sold = sales.lines(ctx.db, sale_id)
    assert [(line["product_id"], line["quantity"], line["revenue_cents"]) for line in sold] == [
        (world.pump, Decimal(1), 13500), (None, Decimal("2.5"), 15000)]
    assert sales.totals(ctx.db, sale_id).revenue_cents == amount == 28500
    row = opportunities.get(ctx.db, opp_id)
    assert (row["stage"], row["probability"], row["sale_id"], row["closed_at"]) == (
        "won", 100, sale_id, "2026-03-02T09:30:00.000Z")
    # Winning again, or reopening and winning again, gives back the same sale.
    assert opportunities.win(ctx, opp_id) == sale_id
    opportunities.move(ctx, opp_id, "negotiation")
    assert opportunities.get(ctx.db, opp_id)["closed_at"] is None
    assert opportunities.move(ctx, opp_id, "won") == {"stage": "won"}
    assert opportunities.get(ctx.db, opp_id)["sale_id"] == sale_id
    assert _count(ctx, "sales") == 1
    titles = [e.title for e in timeline.query(ctx.db, person_id=world.person, kinds=["note"])]
    assert titles.count(f"{row['number']} won: New boiler") == 2


def test_win_without_lines_sells_one_line_with_the_amount(ctx, world):
    opp_id = _opp(ctx, world, amount_cents="999.99", title="Maintenance contract")
    sale_id = opportunities.win(ctx, opp_id, sold_on="2026-03-05")
    (line,) = sales.lines(ctx.db, sale_id)
    assert (line["description"], line["revenue_cents"], line["quantity"]) == ("Maintenance contract", 99999,
                                                                             Decimal(1))
    assert sales.get(ctx.db, sale_id)["sold_on"] == "2026-03-05"
    assert sales.get(ctx.db, sale_id)["campaign_id"] is None


def test_a_refused_win_leaves_nothing(ctx, world, monkeypatch):
    opp_id = _opp(ctx, world, lines=[{"product_id": world.fuse, "quantity": 2}], stage="proposal")
    before = {t: _count(ctx, t) for t in ("sales", "sale_lines", "history")}
    # The product was deleted since the deal was made: the sale is refused.
    ctx.db.execute("UPDATE products SET deleted_at = ? WHERE id = ?", [ctx.now(), world.fuse])
    with pytest.raises(ValidationError) as caught:
        opportunities.win(ctx, opp_id)
    assert "lines.0.product_id" in caught.value.errors
    ctx.db.execute("UPDATE products SET deleted_at = NULL WHERE id = ?", [world.fuse])

    # A failure after the sale is written (the history note) undoes the sale too.
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(opportunities, "_note", broken)
    with pytest.raises(RuntimeError):
        opportunities.win(ctx, opp_id)
    assert {t: _count(ctx, t) for t in before} == before
    row = opportunities.get(ctx.db, opp_id)
    assert (row["stage"], row["sale_id"], row["closed_at"]) == ("proposal", None, None)
    assert ctx.db.execute("SELECT count(*) FROM number_counters WHERE prefix = 'S'").fetchone()[0] == 0
    monkeypatch.undo()
    assert sales.get(ctx.db, opportunities.win(ctx, opp_id))["number"].endswith("-0001")


def test_rights_trash_and_restore(ctx, world):
    opp_id = _opp(ctx, world)
    outsider = User(id="x", name="Visitor", role="guest")
    guest_ctx = type(ctx)(db=ctx.db, user=outsider, clock=ctx.clock)
    for attempt in (lambda: opportunities.create(guest_ctx, {"title": "x", "person_id": world.person}),
                    lambda: opportunities.update(guest_ctx, opp_id, {"title": "y"}),
                    lambda: opportunities.move(guest_ctx, opp_id, "proposal"),
                    lambda: opportunities.win(guest_ctx, opp_id),
                    lambda: opportunities.delete(guest_ctx, opp_id)):
        with pytest.raises(PermissionDenied):
            attempt()
    assert opportunities.get(ctx.db, opp_id)["stage"] == "new" and _count(ctx, "sales") == 0
    technician = type(ctx)(db=ctx.db, user=User(id=world.anna, name="Anna Tech", role=Role.TECHNICIAN.value),
                           clock=ctx.clock)
    opportunities.move(technician, opp_id, "qualified")  # technicians spot deals on site and may work them
    opportunities.delete(ctx, opp_id)
    assert opportunities.board(ctx.db, today=TODAY)["qualified"] == []
    opportunities.restore(ctx, opp_id)
    assert [c["id"] for c in opportunities.board(ctx.db, today=TODAY)["qualified"]] == [opp_id]


def test_board_cards_totals_and_owner_filter(ctx, world):
    other = add_user(ctx.db, ctx.clock, "Sophie Sales", Role.STAFF).id
    late = _opp(ctx, world, title="Late", amount_cents=1001, expected_close="2026-03-01", stage="proposal")
    soon = _opp(ctx, world, title="Soon", amount_cents=2000, expected_close="2026-03-10", stage="proposal",
                probability=33)
    hers = opportunities.create(ctx, {"title": "Hers", "company_id": world.company, "owner_id": other,
                                      "amount_cents": 500})
    lost = _opp(ctx, world, title="Gone", amount_cents=700, expected_close="2026-02-01")
    opportunities.move(ctx, lost, "lost", "price")
    cards = opportunities.board(ctx.db, today=TODAY)
    assert list(cards) == ["new", "qualified", "proposal", "negotiation", "won", "lost"]
    assert [c["id"] for c in cards["proposal"]] == [late, soon]
    first = cards["proposal"][0]
    assert first["overdue"] is True and cards["proposal"][1]["overdue"] is False
    assert first["customer_name"] == "Marie Dupont (Boulangerie Dupont)" and first["owner_name"] == ctx.user.name
    assert cards["new"][0]["customer_name"] == "Boulangerie Dupont" and cards["new"][0]["id"] == hers
    assert cards["lost"][0]["overdue"] is False  # a closed deal is never late
    totals = opportunities.pipeline_totals(ctx.db, today=TODAY)
    # 1001 x 50 % = 500.5 -> 501 (half up); 2000 x 33 % = 660.
    assert totals["proposal"] == opportunities.StageTotal(2, 3001, 501 + 660)
    assert totals["new"] == opportunities.StageTotal(1, 500, 50)
    assert totals["lost"] == opportunities.StageTotal(1, 700, 0)
    mine = opportunities.board(ctx.db, ctx.user.id, today=TODAY)
    assert mine["new"] == [] and len(mine["proposal"]) == 2
    # A deal closed long ago leaves the board but stays in the list and on the customer.
    assert opportunities.board(ctx.db, today="2026-07-01")["lost"] == []
    assert lost in [r["id"] for r in opportunities.listing(ctx.db, today="2026-07-01")]
    assert [r["id"] for r in opportunities.listing(ctx.db, today=TODAY, search="late")] == [late]
    customer = opportunities.for_customer(ctx.db, world.company, None, today=TODAY)
    assert [r["id"] for r in customer][-1] == lost and len(customer) == 4
    assert len(opportunities.for_customer(ctx.db, None, world.person, today=TODAY)) == 3


def test_history_note_uses_existing_kind(ctx, world):
    """The won/lost note is a plain history note (its kind is one the timeline already knows)."""
    opp_id = _opp(ctx, world)
    opportunities.move(ctx, opp_id, "lost", "timing")
    (entry,) = ctx.db.execute_returning_dicts("SELECT * FROM history")
    assert entry["kind"] == "note" and entry["user_id"] == ctx.user.id and entry["company_id"] == world.company
    assert history.get(ctx, entry["id"])["subject"].endswith("lost: New boiler")


def test_a_deleted_deal_is_in_the_trash_and_comes_back_from_it(ctx, world):
    opp_id = _opp(ctx, world)
    opportunities.delete(ctx, opp_id)
    (item,) = [i for i in trash.items(ctx) if i.kind == "opportunity"]
    assert item.id == opp_id and item.label.endswith("-0001 New boiler")
    trash.restore(ctx, "opportunity", opp_id)
    assert opportunities.get(ctx.db, opp_id)["deleted_at"] is None


def test_two_machines_winning_the_same_deal_make_one_sale_id(ctx, world):
    """The sale's id derives from the deal, so offline wins on two machines merge into one row."""
    opp = _opp(ctx, world, amount_cents=120_000)
    sale_id = opportunities.win(ctx, opp)
    assert sale_id == f"{opp}:sale"
    lines = ctx.db.execute("SELECT id FROM sale_lines WHERE sale_id = ?", [sale_id]).fetchall()
    assert [row[0] for row in lines] == [f"{sale_id}:0"]
