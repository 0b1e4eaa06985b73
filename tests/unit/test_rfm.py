"""RFM scores and tiers on 10 hand-made customers whose quintiles are worked out by hand.

Today is 2 March 2026. Customer i last bought RECENCY[i] days ago, FREQUENCY[i] times, for MONETARY[i] in all
(one sale of the rest and sales of 1.00 before it). With 10 distinct values a score is 1 + i // 2 for the
i-th worst: recency 5, 10, 20 ... days -> r = 5, 5, 4, 4, 3, 3, 2, 2, 1, 1.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_desktop.core import customer_value, people, rfm, sales

TODAY = date(2026, 3, 2)
RECENCY = [5, 10, 20, 40, 80, 160, 320, 500, 700, 900]
FREQUENCY = [1, 9, 5, 2, 7, 8, 3, 6, 4, 10]
MONETARY = [50000, 80000, 2000, 3000, 60000, 70000, 4000, 1000, 5000, 90000]
# By hand: frequency 1..10 ranked -> f; monetary ranked (1000 P7, 2000 P2, 3000 P3, 4000 P6, 5000 P8,
# 50000 P0, 60000 P4, 70000 P5, 80000 P1, 90000 P9) -> m.
R = [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]
F = [1, 5, 3, 1, 4, 4, 2, 3, 2, 5]
M = [3, 5, 1, 2, 4, 4, 2, 1, 3, 5]
TIERS = ["new", "champions", "loyal", "promising", "loyal", "loyal", "occasional", "at_risk", "lost", "at_risk"]


def _buy(ctx, person_id, day, cents):
    sales.create(ctx, {"person_id": person_id, "sold_on": day.isoformat()},
                 [{"description": "Goods", "quantity": 1, "unit_price_cents": cents, "unit_cost_cents": 0}])


@pytest.fixture
def ten(ctx):
    keys = []
    for i in range(10):
        pid = people.create(ctx, {"first_name": f"P{i}", "last_name": "Test"}, allow_duplicate=True)
        last = TODAY - timedelta(days=RECENCY[i])
        _buy(ctx, pid, last, MONETARY[i] - 100 * (FREQUENCY[i] - 1))
        for extra in range(1, FREQUENCY[i]):
            _buy(ctx, pid, last - timedelta(days=extra), 100)
        keys.append("p:" + pid)
    old = people.create(ctx, {"first_name": "Gone", "last_name": "Test"}, allow_duplicate=True)
    _buy(ctx, old, TODAY - timedelta(days=4 * 365), 999999)  # 4 years ago: not scored
    return keys + ["p:" + old]


def test_quintiles_and_tiers_by_hand(ctx, ten):
    scores = rfm.scores(ctx.db, TODAY)
    assert set(scores) == set(ten[:10])
    for i, key in enumerate(ten[:10]):
        s = scores[key]
        assert (s.recency_days, s.frequency, s.monetary_cents) == (RECENCY[i], FREQUENCY[i], MONETARY[i]), i
        assert (s.r, s.f, s.m) == (R[i], F[i], M[i]), i
        assert s.tier == TIERS[i], i
        assert rfm.tier_of(ctx.db, key, TODAY) == TIERS[i]
    assert rfm.tier_of(ctx.db, ten[10], TODAY) is None


def test_tier_counts_and_customers_in_a_tier(ctx, ten):
    assert rfm.tier_counts(ctx.db, TODAY) == {"champions": 1, "loyal": 3, "promising": 1, "new": 1, "at_risk": 2,
                                              "lost": 1, "occasional": 1}
    assert list(rfm.tier_counts(ctx.db, TODAY)) == list(rfm.TIERS)
    assert rfm.customers_in_tier(ctx.db, "at_risk", TODAY) == [ten[9], ten[7]]  # 900.00 before 10.00
    assert rfm.customers_in_tier(ctx.db, tier="champions", today=TODAY) == [ten[1]]


def test_ties_share_a_score_and_a_new_sale_is_seen_at_once(ctx, ten):
    assert rfm.quintiles([7, 7, 7, 7]) == [1, 1, 1, 1]
    assert rfm.quintiles([1, 2, 2, 3, 3]) == [1, 2, 2, 4, 4]
    assert rfm.tier_of(ctx.db, ten[8], TODAY) == "lost"
    pid = ten[8][2:]
    for _ in range(5):  # P8 comes back: bought today, 9 sales
        _buy(ctx, pid, TODAY, 100)
    score = rfm.scores(ctx.db, TODAY)[ten[8]]
    assert (score.recency_days, score.frequency, score.monetary_cents) == (0, 9, 5500)
    assert score.tier != "lost"


def test_a_company_counts_its_peoples_sales(ctx, world):
    _buy(ctx, world.person, TODAY, 1234)
    assert set(rfm.scores(ctx.db, TODAY)) == {"c:" + world.company}
    assert rfm.scores(ctx.db, TODAY)["c:" + world.company].monetary_cents == 1234
    assert customer_value.years_before(date(2024, 2, 29), 1) == date(2023, 2, 28)


def test_scores_are_kept_per_connection_and_agree_across_threads(ctx, ten, db_path):
    """The dashboard computes in a worker thread: every thread and every connection sees the same scores,
    and a write by another connection shows on this one."""
    from concurrent.futures import ThreadPoolExecutor

    from crm_desktop.db.connection import connect

    mine = rfm.scores(ctx.db, TODAY)
    other = connect(db_path)
    try:
        assert rfm.scores(other, TODAY) == mine
        with ThreadPoolExecutor(4) as pool:
            found = list(pool.map(lambda _n: rfm.scores(ctx.db, TODAY), range(8)))
        assert all(scores == mine for scores in found)
        other.execute("UPDATE sales SET deleted_at = '2026-03-02T09:00:00.000Z' "
                      "WHERE person_id = ? AND deleted_at IS NULL", [ten[0][2:]])
        assert ten[0] not in rfm.scores(ctx.db, TODAY)  # another connection's commit
        assert ten[0] not in rfm.scores(other, TODAY)
    finally:
        other.close()
