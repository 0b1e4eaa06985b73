"""How the support desk shows its values: statuses, priorities, due times, minutes, money.

One place, so that the queue table, the ticket window and the customer pages say
"Waiting on customer", "1 h 05" and "12.30 EUR" the same way. Core stores keys,
UTC ISO text and integer cents; everything here is display only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTimeZone

from crm_desktop.core.support_choices import BILLING, CATEGORIES, CHANNELS, COST_KINDS, PRIORITIES, STATUSES
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.record_form import format_cents

LATE_COLOR = "#c62828"
SOON_COLOR = "#d97706"
HIGH_COLOR = "#b45309"
OK_COLOR = "#166534"
MUTED_COLOR = "#6b7280"

#: Background and text colours of the status badge.
STATUS_COLORS: dict[str, tuple[str, str]] = {
    "new": ("#dbeafe", "#1e40af"),
    "open": ("#e0e7ff", "#3730a3"),
    "waiting": ("#fef3c7", "#92400e"),
    "reopened": ("#fce7f3", "#9d174d"),
    "resolved": ("#dcfce7", "#166534"),
    "closed": ("#e5e7eb", "#374151"),
}


def label_of(choices: dict[str, str], key: Any) -> str:
    """A stored key in the user's language; an unknown value as it is."""
    if not key:
        return ""
    label = choices.get(str(key))
    return core_tr(label) if label else str(key)


def status_label(key: Any) -> str:
    return label_of(STATUSES, key)


def priority_label(key: Any) -> str:
    return label_of(PRIORITIES, key)


def category_label(value: Any) -> str:
    """One of core's categories translated; a category typed by hand as typed."""
    return label_of(CATEGORIES, value)


def channel_label(key: Any) -> str:
    return label_of(CHANNELS, key)


def billing_label(key: Any) -> str:
    return label_of(BILLING, key)


def cost_kind_label(key: Any) -> str:
    return label_of(COST_KINDS, key)


def stored_moment(iso: Any) -> QDateTime | None:
    """A stored UTC time (ISO text, with or without milliseconds); None when empty or unreadable."""
    if not iso:
        return None
    moment = QDateTime.fromString(str(iso), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(str(iso), Qt.DateFormat.ISODate)
    return moment if moment.isValid() else None


def local_moment(iso: Any) -> QDateTime | None:
    """A stored UTC time as local time (None when empty or unreadable)."""
    moment = stored_moment(iso)
    return moment.toLocalTime() if moment else None


def local_today(now: datetime) -> QDate:
    """Today's local date as of core's clock (never the wall clock: tests move it)."""
    return QDateTime.fromSecsSinceEpoch(int(now.timestamp())).toLocalTime().date()


def moment_text(iso: Any, today: QDate | None = None) -> str:
    """"Today 14:30", "Tomorrow 08:30", else the short date and time, in local time."""
    local = local_moment(iso)
    if local is None:
        return "" if not iso else str(iso)
    locale = QLocale()
    time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    day = local.date()
    if today is not None:
        if day == today:
            return QCoreApplication.translate("SupportFormat", "Today {time}").format(time=time)
        if day == today.addDays(1):
            return QCoreApplication.translate("SupportFormat", "Tomorrow {time}").format(time=time)
        if day == today.addDays(-1):
            return QCoreApplication.translate("SupportFormat", "Yesterday {time}").format(time=time)
    return f"{locale.toString(day, QLocale.FormatType.ShortFormat)} {time}"


def in_sentence(text: str) -> str:
    """"Yesterday 13:31" inside a sentence: "opened yesterday 13:31"."""
    return text[:1].lower() + text[1:] if text[:1].isalpha() else text


def date_text(iso: Any, zone: QTimeZone | None = None) -> str:
    """A stored time or ISO date as a short date: local, or in ``zone`` (the shop's) when given."""
    if not iso:
        return ""
    text = str(iso)
    if len(text) == 10:
        day = QDate.fromString(text, Qt.DateFormat.ISODate)
        return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else text
    moment = stored_moment(text)
    if moment is None:
        return text
    moment = moment.toLocalTime() if zone is None else moment.toTimeZone(zone)
    return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)


def minutes_text(minutes: float | None) -> str:
    """45 min, 1 h 05, 12 h — business or worked minutes, rounded to the minute."""
    if minutes is None:
        return ""
    total = round(abs(minutes))
    if total < 60:
        return QCoreApplication.translate("SupportFormat", "{n} min").format(n=total)
    hours, rest = divmod(total, 60)
    if not rest:
        return QCoreApplication.translate("SupportFormat", "{h} h").format(h=QLocale().toString(hours))
    return QCoreApplication.translate("SupportFormat", "{h} h {m:02d}").format(h=QLocale().toString(hours), m=rest)


def clock_text(seconds: int) -> str:
    """A running timer: 0:07:42."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def money_text(cents: int | None, currency: str) -> str:
    """Integer cents in the user's locale with the business currency (never through a float)."""
    if cents is None:
        return "—"
    return f"{format_cents(cents)}\u00a0{currency}"


def badge_style(status: str | None) -> str:
    background, color = STATUS_COLORS.get(status or "", STATUS_COLORS["closed"])
    return (f"QLabel {{ background: {background}; color: {color}; border-radius: 9px;"
            f" padding: 2px 10px; font-weight: 600; }}")
