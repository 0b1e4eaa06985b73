"""The small demo gives every case of the value screens a real customer, checked with core's own rules:
each RFM tier, each risk flag, and customers who cost more than they bring; the new customers are
prospects who just made their first purchase."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import sqlite_utils

from crm_desktop.core import customer_risk, customer_value, demo, demo_value, rfm
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.users import ensure_admin
from crm_desktop.db.connection import open_database

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
TODAY = date(2026, 3, 2)  # 10:30 in Brussels, the shop's zone
CASES = [*rfm.TIERS, *customer_risk.KINDS, "costly"]


@pytest.fixture(scope="module", params=[1, 4], ids=["seed1", "seed4"])
def small(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[sqlite_utils.Database]:
    # Seed 4's sales alone make no new customer: the first purchases demo_value adds are the only ones.
    db = open_database(tmp_path_factory.mktemp("value") / "demo.db")
    clock = FixedClock(NOW)
    ensure_admin(db, clock)
    demo.generate(db, clock, "small", seed=request.param)
    yield db
    db.close()


def test_every_case_has_a_real_example(small: sqlite_utils.Database) -> None:
    found = demo_value.examples(small, TODAY)
    assert sorted(found) == sorted(CASES)
    for tier in rfm.TIERS:
        assert rfm.tier_of(small, found[tier], TODAY) == tier
    for kind in customer_risk.KINDS:
        assert kind in [f.kind for f in customer_risk.flags(small, found[kind], TODAY)]
    (first, last), _before = customer_value.twelve_months(TODAY)
    costly = customer_value.value_of(small, found["costly"], first, last)
    assert costly.contribution_cents < 0 and costly.cost_to_serve_cents > costly.margin_cents


def test_every_tier_and_flag_is_more_than_a_one_off(small: sqlite_utils.Database) -> None:
    counts = rfm.tier_counts(small, TODAY)
    assert all(counts[tier] >= 1 for tier in rfm.TIERS), counts
    assert sum(counts.values()) >= 40
    kinds = [f.kind for _key, _name, flags in customer_risk.at_risk(small, TODAY) for f in flags]
    assert all(kinds.count(kind) >= 1 for kind in customer_risk.KINDS)
    (first, last), _before = customer_value.twelve_months(TODAY)
    costly = customer_value.costly(small, first, last, limit=None)
    # Costly customers: mostly support time and interventions, little or no revenue.
    assert len(costly) >= 5
    assert sum(1 for v in costly if v.support_cost_cents + v.intervention_cost_cents > v.revenue_cents) >= 3


def test_new_customers_are_prospects_who_just_made_their_first_purchase(small: sqlite_utils.Database) -> None:
    rows = small.execute(
        "SELECT s.company_id, s.person_id, s.sold_on, s.created_at, s.seller_id, s.number FROM sales s "
        "WHERE EXISTS (SELECT 1 FROM sale_lines l JOIN products p ON p.id = l.product_id "
        "              WHERE l.sale_id = s.id AND p.is_part = 1) "
        "AND (SELECT count(*) FROM sales o WHERE coalesce(o.company_id, o.person_id) = "
        "     coalesce(s.company_id, s.person_id)) = 1").fetchall()
    assert len(rows) == demo_value.new_customer_count(demo.SIZES["small"].people)
    roles = dict(small.execute("SELECT id, role FROM users").fetchall())
    counter = small.execute("SELECT last FROM number_counters WHERE prefix = 'S'").fetchone()[0]
    for company_id, person_id, sold_on, created_at, seller, number in rows:
        key = f"c:{company_id}" if company_id else f"p:{person_id}"
        assert rfm.tier_of(small, key, TODAY) == "new"
        assert 1 <= (TODAY - date.fromisoformat(sold_on)).days <= 13
        assert roles[seller] in ("staff", "manager") and int(number.rsplit("-", 1)[1]) <= counter
        if company_id:
            stage, entered = small.execute("SELECT stage, created_at FROM companies WHERE id = ?",
                                           [company_id]).fetchone()
        else:
            stage, entered, limit, terms = small.execute(
                "SELECT stage, created_at, credit_limit_cents, payment_terms_days FROM people WHERE id = ?",
                [person_id]).fetchone()
            assert limit > 0 and terms is not None
        assert stage == "customer" and entered < created_at
    numbers = [r[0] for r in small.execute("SELECT number FROM sales")]
    assert len(numbers) == len(set(numbers))
