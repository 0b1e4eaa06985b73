"""Vocabulary of leads: stored as keys, shown as translated labels.

Need and timing are the qualification questions a seller asks on the first call
(BANT without jargon); their order, best first, is what the score counts on.
"""

from __future__ import annotations

from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

#: How clear the customer's need is, clearest first.
NEEDS: dict[str, str] = {
    "clear": QT_TRANSLATE_NOOP("core", "Clear need"),
    "some": QT_TRANSLATE_NOOP("core", "Some need"),
    "none": QT_TRANSLATE_NOOP("core", "No need yet"),
}

#: When the customer means to buy, soonest first.
TIMINGS: dict[str, str] = {
    "now": QT_TRANSLATE_NOOP("core", "Now"),
    "quarter": QT_TRANSLATE_NOOP("core", "This quarter"),
    "year": QT_TRANSLATE_NOOP("core", "This year"),
    "later": QT_TRANSLATE_NOOP("core", "Later"),
}

STATUSES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("core", "New"),
    "working": QT_TRANSLATE_NOOP("core", "Working"),
    "qualified": QT_TRANSLATE_NOOP("core", "Qualified"),
    "converted": QT_TRANSLATE_NOOP("core", "Converted"),
    "disqualified": QT_TRANSLATE_NOOP("core", "Disqualified"),
}
#: Statuses of a lead someone still has to work on (the schema's partial index uses the same list).
OPEN_STATUSES: tuple[str, ...] = ("new", "working", "qualified")

#: Whether the contact decides the purchase (stored 1/0, NULL when not known).
DECISION_MAKER: dict[str, str] = {
    "yes": QT_TRANSLATE_NOOP("core", "Decides"),
    "no": QT_TRANSLATE_NOOP("core", "Does not decide"),
}

#: Kinds of assignment rule, in the order a manager usually lists them.
RULE_KINDS: dict[str, str] = {
    "interest": QT_TRANSLATE_NOOP("core", "Interested in a product or category"),
    "postcode": QT_TRANSLATE_NOOP("core", "Postcode starts with"),
    "round_robin": QT_TRANSLATE_NOOP("core", "Everyone else, in turn"),
}
