"""How promising a lead is, 0 to 100, with the reasons a seller can read.

Plain points rather than a trained model: a seller must see why one lead is
above another and what question to ask to raise it. Budget 20, need 25,
timing 20, decision maker 15, engagement 20 (5 per incoming touch of the last
90 days). Pure arithmetic: the engagement count is queried by core.leads.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm_desktop.core.errors import Message
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.validation import FieldProblem, parse_amount

BUDGET_POINTS = 20
NEED_POINTS: dict[str, int] = {"clear": 25, "some": 10, "none": 0}
TIMING_POINTS: dict[str, int] = {"now": 20, "quarter": 12, "year": 5, "later": 0}
DECISION_MAKER_POINTS = 15
ENGAGEMENT_EACH = 5
ENGAGEMENT_MAX = 20
#: How far back incoming touches count as engagement.
ENGAGEMENT_DAYS = 90
MAX_SCORE = BUDGET_POINTS + max(NEED_POINTS.values()) + max(TIMING_POINTS.values()) + DECISION_MAKER_POINTS \
    + ENGAGEMENT_MAX

_NEED_REASONS = {"clear": QT_TRANSLATE_NOOP("core", "Clear need: +{points}"),
                 "some": QT_TRANSLATE_NOOP("core", "Some need: +{points}")}
_TIMING_REASONS = {"now": QT_TRANSLATE_NOOP("core", "Buys now: +{points}"),
                   "quarter": QT_TRANSLATE_NOOP("core", "Buys this quarter: +{points}"),
                   "year": QT_TRANSLATE_NOOP("core", "Buys this year: +{points}")}


def _budget(value: Any) -> int:
    """Budget in cents, 0 when unknown or not a valid amount (a form being typed)."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    try:
        return parse_amount(value) or 0
    except FieldProblem:
        return 0


def score(lead: Mapping[str, Any], engagement: int) -> tuple[int, list[Message]]:
    """(points 0..100, one reason per criterion that gave points, in the order above)."""
    points = 0
    reasons: list[Message] = []

    def add(gain: int, text: str, **params: Any) -> None:
        nonlocal points
        if gain > 0:
            points += gain
            reasons.append(Message(text, {"points": gain, **params}))

    if _budget(lead.get("budget_cents")) > 0:
        add(BUDGET_POINTS, QT_TRANSLATE_NOOP("core", "Budget known: +{points}"))
    need = lead.get("need")
    if need in _NEED_REASONS:
        add(NEED_POINTS[need], _NEED_REASONS[need])
    timing = lead.get("timing")
    if timing in _TIMING_REASONS:
        add(TIMING_POINTS[timing], _TIMING_REASONS[timing])
    if lead.get("decision_maker") in (1, True, "yes"):
        add(DECISION_MAKER_POINTS, QT_TRANSLATE_NOOP("core", "Talks to the decision maker: +{points}"))
    touches = max(0, int(engagement or 0))
    add(min(ENGAGEMENT_MAX, ENGAGEMENT_EACH * touches),
        QT_TRANSLATE_NOOP("core", "{n} incoming contacts in {days} days: +{points}"), n=touches, days=ENGAGEMENT_DAYS)
    return min(points, MAX_SCORE), reasons
