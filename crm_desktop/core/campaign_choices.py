"""The vocabularies of campaigns: objectives, statuses and their moves, call outcomes, response kinds.

Keys are stored; labels are translated by the UI (``core_tr``), so a campaign keeps its meaning
whatever language each machine runs in.
"""

from __future__ import annotations

from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

OBJECTIVES: dict[str, str] = {
    "acquisition": QT_TRANSLATE_NOOP("core", "Win new customers"),
    "growth": QT_TRANSLATE_NOOP("core", "Sell more to customers"),
    "retention": QT_TRANSLATE_NOOP("core", "Keep customers"),
}

STATUSES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("core", "Draft"),
    "running": QT_TRANSLATE_NOOP("core", "Running"),
    "done": QT_TRANSLATE_NOOP("core", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("core", "Cancelled"),
}

#: The statuses a campaign may go to from each one. A finished campaign can be reopened (late replies
#: or a second wave); a cancelled one goes back to draft before it can run again.
MOVES: dict[str, frozenset[str]] = {
    "draft": frozenset({"running", "cancelled"}),
    "running": frozenset({"done", "cancelled"}),
    "done": frozenset({"running"}),
    "cancelled": frozenset({"draft"}),
}

CALL_OUTCOMES: dict[str, str] = {
    "reached-interested": QT_TRANSLATE_NOOP("core", "Reached, interested"),
    "reached-not-interested": QT_TRANSLATE_NOOP("core", "Reached, not interested"),
    "call-back": QT_TRANSLATE_NOOP("core", "Call back"),
    "no-answer": QT_TRANSLATE_NOOP("core", "No answer"),
    "wrong-number": QT_TRANSLATE_NOOP("core", "Wrong number"),
}

#: Outcomes after which the person was really called (the phone send is done).
CALL_DONE = frozenset({"reached-interested", "reached-not-interested", "wrong-number"})

#: What a response can go on to create.
RESPONSE_KINDS: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("core", "Just record the reply"),
    "lead": QT_TRANSLATE_NOOP("core", "Create a lead"),
    "task": QT_TRANSLATE_NOOP("core", "Create a follow-up task"),
    "opportunity": QT_TRANSLATE_NOOP("core", "Create an opportunity"),
}

#: Why a send was left out (stored as the English text; the UI translates it with core_tr).
NO_CONSENT = QT_TRANSLATE_NOOP("core", "No consent for this channel")
NO_EMAIL = QT_TRANSLATE_NOOP("core", "No e-mail address")
NO_POSTAL = QT_TRANSLATE_NOOP("core", "No postal address")
NO_PHONE = QT_TRANSLATE_NOOP("core", "No phone number")
