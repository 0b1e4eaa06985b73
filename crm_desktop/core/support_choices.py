"""Vocabularies of the support desk, stored as keys and shown as translated labels."""

from __future__ import annotations

from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

CHANNELS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("core", "Phone"),
    "email": QT_TRANSLATE_NOOP("core", "E-mail"),
    "walk_in": QT_TRANSLATE_NOOP("core", "Walk-in"),
    "web": QT_TRANSLATE_NOOP("core", "Web"),
    "on_site": QT_TRANSLATE_NOOP("core", "On site"),
}

PRIORITIES: dict[str, str] = {
    "low": QT_TRANSLATE_NOOP("core", "Low"),
    "normal": QT_TRANSLATE_NOOP("core", "Normal"),
    "high": QT_TRANSLATE_NOOP("core", "High"),
    "urgent": QT_TRANSLATE_NOOP("core", "Urgent"),
}
#: Sorting rank of a priority (urgent first when sorted descending).
PRIORITY_RANK = {"low": 0, "normal": 1, "high": 2, "urgent": 3}
#: Share of the level's targets a priority gets (urgent halves them, low doubles them).
PRIORITY_FACTOR = {"low": 2.0, "normal": 1.0, "high": 0.75, "urgent": 0.5}

STATUSES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("core", "New"),
    "open": QT_TRANSLATE_NOOP("core", "Open"),
    "waiting": QT_TRANSLATE_NOOP("core", "Waiting on customer"),
    "resolved": QT_TRANSLATE_NOOP("core", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("core", "Closed"),
    "reopened": QT_TRANSLATE_NOOP("core", "Reopened"),
}
ACTIVE_STATUSES = ("new", "open", "waiting", "reopened")
DONE_STATUSES = ("resolved", "closed")

CATEGORIES: dict[str, str] = {
    "breakdown": QT_TRANSLATE_NOOP("core", "Breakdown"),
    "maintenance": QT_TRANSLATE_NOOP("core", "Maintenance"),
    "installation": QT_TRANSLATE_NOOP("core", "Installation"),
    "configuration": QT_TRANSLATE_NOOP("core", "Configuration"),
    "billing": QT_TRANSLATE_NOOP("core", "Billing"),
    "information": QT_TRANSLATE_NOOP("core", "Information"),
    "warranty": QT_TRANSLATE_NOOP("core", "Warranty"),
    "other": QT_TRANSLATE_NOOP("core", "Other"),
}

#: Who pays for time or material spent on a ticket.
BILLING: dict[str, str] = {
    "billable": QT_TRANSLATE_NOOP("core", "Billable"),
    "covered": QT_TRANSLATE_NOOP("core", "Covered by the contract"),
    "free": QT_TRANSLATE_NOOP("core", "Free of charge"),
}

COST_KINDS: dict[str, str] = {
    "part": QT_TRANSLATE_NOOP("core", "Part or material"),
    "travel": QT_TRANSLATE_NOOP("core", "Travel"),
    "expense": QT_TRANSLATE_NOOP("core", "Other expense"),
}

#: Kinds of ticket events; each also shows on the customer's timeline as ``ticket_<kind>``.
EVENT_KINDS: dict[str, str] = {
    "message": QT_TRANSLATE_NOOP("core", "Ticket message"),
    "note": QT_TRANSLATE_NOOP("core", "Ticket note"),
    "status": QT_TRANSLATE_NOOP("core", "Ticket status"),
    "assign": QT_TRANSLATE_NOOP("core", "Ticket reassigned"),
    "solution": QT_TRANSLATE_NOOP("core", "Solution proposed"),
    "time": QT_TRANSLATE_NOOP("core", "Time logged"),
    "cost": QT_TRANSLATE_NOOP("core", "Cost recorded"),
}

KB_LANGUAGES: dict[str, str] = {
    "fr": QT_TRANSLATE_NOOP("core", "French"),
    "en": QT_TRANSLATE_NOOP("core", "English"),
}
