"""Vocabulary of the sales pipeline: stages in board order, their default chances, why deals are lost."""

from __future__ import annotations

from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

#: Stages in the order of the board's columns (left to right).
STAGES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("core", "New"),
    "qualified": QT_TRANSLATE_NOOP("core", "Qualified"),
    "proposal": QT_TRANSLATE_NOOP("core", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("core", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("core", "Won"),
    "lost": QT_TRANSLATE_NOOP("core", "Lost"),
}
DEFAULT_STAGE = "new"
#: Stages where the deal is over (closed_at is set).
CLOSED_STAGES = frozenset({"won", "lost"})
#: Still in play: what the pipeline's forecast counts.
OPEN_STAGES = tuple(s for s in STAGES if s not in CLOSED_STAGES)

#: Chance of winning a deal at each stage, in percent: the default when nobody gave one.
DEFAULT_PROBABILITY: dict[str, int] = {
    "new": 10, "qualified": 25, "proposal": 50, "negotiation": 75, "won": 100, "lost": 0,
}

LOST_REASONS: dict[str, str] = {
    "price": QT_TRANSLATE_NOOP("core", "Price"),
    "competitor": QT_TRANSLATE_NOOP("core", "Went to a competitor"),
    "no_budget": QT_TRANSLATE_NOOP("core", "No budget"),
    "no_decision": QT_TRANSLATE_NOOP("core", "No decision"),
    "timing": QT_TRANSLATE_NOOP("core", "Timing"),
    "other": QT_TRANSLATE_NOOP("core", "Other"),
}
