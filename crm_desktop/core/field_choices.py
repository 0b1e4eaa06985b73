"""Vocabularies of field service, stored as keys and shown as translated labels."""

from __future__ import annotations

from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

KINDS: dict[str, str] = {
    "repair": QT_TRANSLATE_NOOP("core", "Repair"),
    "installation": QT_TRANSLATE_NOOP("core", "Installation"),
    "maintenance": QT_TRANSLATE_NOOP("core", "Maintenance"),
    "visit": QT_TRANSLATE_NOOP("core", "Visit"),
}

STATUSES: dict[str, str] = {
    "to_plan": QT_TRANSLATE_NOOP("core", "To plan"),
    "planned": QT_TRANSLATE_NOOP("core", "Planned"),
    "on_the_way": QT_TRANSLATE_NOOP("core", "On the way"),
    "on_site": QT_TRANSLATE_NOOP("core", "On site"),
    "done": QT_TRANSLATE_NOOP("core", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("core", "Cancelled"),
}
#: Statuses of work still ahead (shown on the board and in "my day").
OPEN_STATUSES = ("to_plan", "planned", "on_the_way", "on_site")
#: Statuses whose time slot is taken on a technician's planning.
BOOKED_STATUSES = ("planned", "on_the_way", "on_site", "done")

#: Where an intervention may go from each status. A technician offline may skip "on the way".
TRANSITIONS: dict[str, frozenset[str]] = {
    "to_plan": frozenset({"planned", "cancelled"}),
    "planned": frozenset({"to_plan", "on_the_way", "on_site", "done", "cancelled"}),
    "on_the_way": frozenset({"planned", "on_site", "done", "cancelled"}),
    "on_site": frozenset({"on_the_way", "done", "cancelled"}),
    "done": frozenset({"on_site"}),
    "cancelled": frozenset({"to_plan", "planned"}),
}

FOLLOW_UPS: dict[str, str] = {
    "intervention": QT_TRANSLATE_NOOP("core", "Another intervention"),
    "quote": QT_TRANSLATE_NOOP("core", "A quote"),
    "opportunity": QT_TRANSLATE_NOOP("core", "A sales opportunity"),
}

LOCATION_KINDS: dict[str, str] = {
    "warehouse": QT_TRANSLATE_NOOP("core", "Warehouse"),
    "van": QT_TRANSLATE_NOOP("core", "Van"),
}

MOVEMENT_KINDS: dict[str, str] = {
    "receipt": QT_TRANSLATE_NOOP("core", "Receipt"),
    "transfer": QT_TRANSLATE_NOOP("core", "Transfer"),
    "use": QT_TRANSLATE_NOOP("core", "Used on site"),
    "return": QT_TRANSLATE_NOOP("core", "Return"),
    "correction": QT_TRANSLATE_NOOP("core", "Correction"),
}

WARNINGS: dict[str, str] = {
    "overlap": QT_TRANSLATE_NOOP("core", "Double booking"),
    "absence": QT_TRANSLATE_NOOP("core", "Absent"),
    "hours": QT_TRANSLATE_NOOP("core", "Outside working hours"),
    "skills": QT_TRANSLATE_NOOP("core", "Missing skills"),
}

#: What a technician ticks on site, per type of intervention (settings may replace them).
CHECKLISTS: dict[str, tuple[str, ...]] = {
    "repair": (
        QT_TRANSLATE_NOOP("core", "Fault reproduced"),
        QT_TRANSLATE_NOOP("core", "Cause found"),
        QT_TRANSLATE_NOOP("core", "Repair tested with the customer"),
        QT_TRANSLATE_NOOP("core", "Work area left clean"),
    ),
    "installation": (
        QT_TRANSLATE_NOOP("core", "Equipment installed and powered"),
        QT_TRANSLATE_NOOP("core", "Settings configured"),
        QT_TRANSLATE_NOOP("core", "Customer shown how to use it"),
        QT_TRANSLATE_NOOP("core", "Packaging taken away"),
    ),
    "maintenance": (
        QT_TRANSLATE_NOOP("core", "Filters and wear parts checked"),
        QT_TRANSLATE_NOOP("core", "Safety checks passed"),
        QT_TRANSLATE_NOOP("core", "Firmware or software up to date"),
        QT_TRANSLATE_NOOP("core", "Next visit agreed"),
    ),
    "visit": (
        QT_TRANSLATE_NOOP("core", "Needs noted"),
        QT_TRANSLATE_NOOP("core", "Measurements taken"),
        QT_TRANSLATE_NOOP("core", "Photos taken"),
    ),
}

#: Skills the demo and the pickers propose; technicians may have any tag.
COMMON_SKILLS = ("electrical", "network", "heating", "printers", "refrigeration", "security", "plumbing",
                 "software")
