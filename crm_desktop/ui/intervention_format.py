"""How field service shows its values: statuses, kinds, and times in the shop's time zone.

A technician's day is the shop's day (core's my_day and load lists cut days in the time
zone of the support settings), so times of jobs are shown in that zone too, whatever
the laptop's own clock setting says after a trip abroad.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from crm_desktop.core.context import Context
from crm_desktop.core.field_choices import FOLLOW_UPS, KINDS, STATUSES
from crm_desktop.core.support_settings import load_support, local_day
from crm_desktop.ui.support_format import date_text, label_of, stored_moment

#: Background and text colours of an intervention's status badge.
STATUS_COLORS: dict[str, tuple[str, str]] = {
    "to_plan": ("#fef3c7", "#92400e"),
    "planned": ("#dbeafe", "#1e40af"),
    "on_the_way": ("#e0e7ff", "#3730a3"),
    "on_site": ("#fce7f3", "#9d174d"),
    "done": ("#dcfce7", "#166534"),
    "cancelled": ("#e5e7eb", "#374151"),
}
#: The smallest height of a button a finger presses.
TOUCH_HEIGHT = 44


def status_text(key: Any) -> str:
    return label_of(STATUSES, key)


def kind_text(key: Any) -> str:
    return label_of(KINDS, key)


def follow_up_text(key: Any) -> str:
    return label_of(FOLLOW_UPS, key)


def status_badge_style(status: str | None) -> str:
    background, color = STATUS_COLORS.get(status or "", STATUS_COLORS["cancelled"])
    return (f"QLabel {{ background: {background}; color: {color}; border-radius: 9px;"
            f" padding: 2px 10px; font-weight: 600; }}")


def shop_zone(ctx: Context) -> QTimeZone:
    """The support settings' time zone (UTC if Qt does not know it)."""
    zone = QTimeZone(load_support(ctx.db).timezone.encode())
    return zone if zone.isValid() else QTimeZone.utc()


def shop_today(ctx: Context) -> date:
    """Today in the shop, from core's clock (never the wall clock: tests move it)."""
    return local_day(ctx.db, ctx.now())


def in_zone(iso: Any, zone: QTimeZone) -> QDateTime | None:
    """A stored UTC time in ``zone`` (None when empty or unreadable)."""
    moment = stored_moment(iso)
    return moment.toTimeZone(zone) if moment else None


def shop_time_text(iso: Any, zone: QTimeZone) -> str:
    """A stored UTC time as a short date and time in ``zone`` (one that cannot be read, as it is)."""
    if not iso:
        return ""
    moment = in_zone(iso, zone)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat) if moment else str(iso)


def planned_text(row: Mapping[str, Any], zone: QTimeZone) -> str:
    """When a job is: its planned start in ``zone``, else "due 3/3/26" while it waits to be planned."""
    if row.get("planned_start"):
        return shop_time_text(row["planned_start"], zone)
    if row.get("due_on"):
        return QCoreApplication.translate("InterventionFormat", "due {day}").format(
            day=date_text(row["due_on"], zone))
    return ""


def to_iso_text(moment: QDateTime) -> str:
    """A QDateTime (any zone) as core's stored UTC text."""
    return moment.toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzzZ")


def hour_text(iso: Any, zone: QTimeZone) -> str:
    moment = in_zone(iso, zone)
    return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat) if moment else ""


def day_text(day: QDate) -> str:
    """"Tue 3 Mar 2026" in the user's language."""
    return QLocale().toString(day, "ddd d MMM yyyy")


def span_text(start: Any, end: Any, zone: QTimeZone, today: date | None = None) -> str:
    """"Tue 3 Mar 2026 09:00–10:00" (the day left out when it is today)."""
    begin = in_zone(start, zone)
    if begin is None:
        return ""
    hours = hour_text(start, zone)
    if end:
        hours = f"{hours}\u2013{hour_text(end, zone)}"
    if today is not None and begin.date().toPython() == today:
        return QCoreApplication.translate("InterventionFormat", "Today {hours}").format(hours=hours)
    return f"{day_text(begin.date())} {hours}"
