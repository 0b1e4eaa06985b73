"""Lead scoring: a hand-checked table, then properties (bounded, monotonic in every criterion)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.core.lead_scoring import score

FAST = settings(max_examples=300, deadline=None, derandomize=True, database=None)
NEEDS = ["none", "some", "clear"]  # worst to best
TIMINGS = ["later", "year", "quarter", "now"]


@pytest.mark.parametrize(("lead", "engagement", "expected"), [
    ({}, 0, 0),
    ({"budget_cents": 0}, 0, 0),  # a zero budget says nothing
    ({"budget_cents": 150000}, 0, 20),
    ({"budget_cents": "1 500,00"}, 0, 20),  # as typed in the form
    ({"budget_cents": "abc"}, 0, 0),  # not (yet) an amount: no points, no error
    ({"need": "clear"}, 0, 25),
    ({"need": "some"}, 0, 10),
    ({"need": "none"}, 0, 0),
    ({"timing": "now"}, 0, 20),
    ({"timing": "quarter"}, 0, 12),
    ({"timing": "year"}, 0, 5),
    ({"timing": "later"}, 0, 0),
    ({"decision_maker": 1}, 0, 15),
    ({"decision_maker": 0}, 0, 0),
    ({"decision_maker": None}, 0, 0),
    ({}, 1, 5),
    ({}, 3, 15),
    ({}, 4, 20),
    ({}, 12, 20),  # engagement stops at 20
    ({"budget_cents": 1, "need": "some", "timing": "year", "decision_maker": 0}, 2, 20 + 10 + 5 + 10),
    ({"budget_cents": 5000, "need": "clear", "timing": "now", "decision_maker": 1}, 4, 100),
])
def test_hand_checked_scores(lead, engagement, expected):
    points, reasons = score(lead, engagement)
    assert points == expected
    # One reason per criterion that gave points, and their points add up to the score.
    assert sum(reason.params["points"] for reason in reasons) == expected


def test_reasons_read_as_sentences():
    _points, reasons = score({"budget_cents": 100, "need": "clear", "timing": "quarter", "decision_maker": 1}, 2)
    assert [reason.render() for reason in reasons] == [
        "Budget known: +20", "Clear need: +25", "Buys this quarter: +12", "Talks to the decision maker: +15",
        "2 incoming contacts in 90 days: +10"]


leads = st.fixed_dictionaries({
    "budget_cents": st.one_of(st.none(), st.integers(0, 10**12)),
    "need": st.one_of(st.none(), st.sampled_from(NEEDS)),
    "timing": st.one_of(st.none(), st.sampled_from(TIMINGS)),
    "decision_maker": st.sampled_from([None, 0, 1]),
})


@FAST
@given(lead=leads, engagement=st.integers(0, 1000))
def test_score_is_between_0_and_100(lead, engagement):
    points, _reasons = score(lead, engagement)
    assert 0 <= points <= 100


def _better(lead: dict, criterion: str) -> dict | None:
    """The same lead one step better on ``criterion`` (None when already at the best)."""
    value = lead[criterion]
    if criterion == "budget_cents":
        return {**lead, criterion: (value or 0) + 1}
    if criterion == "decision_maker":
        return None if value == 1 else {**lead, criterion: 1}
    order = NEEDS if criterion == "need" else TIMINGS
    rank = -1 if value is None else order.index(value)
    return None if rank + 1 >= len(order) else {**lead, criterion: order[rank + 1]}


@FAST
@given(lead=leads, engagement=st.integers(0, 50), criterion=st.sampled_from(
    ["budget_cents", "need", "timing", "decision_maker"]))
def test_score_never_drops_when_one_criterion_improves(lead, engagement, criterion):
    better = _better(lead, criterion)
    if better is not None:
        assert score(better, engagement)[0] >= score(lead, engagement)[0]


@FAST
@given(lead=leads, engagement=st.integers(0, 50))
def test_score_never_drops_with_more_engagement(lead, engagement):
    assert score(lead, engagement + 1)[0] >= score(lead, engagement)[0]
