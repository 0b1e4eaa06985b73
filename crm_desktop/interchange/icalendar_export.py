"""Booked interventions as an iCalendar file (.ics), for a phone's or a mail program's calendar.

One event per job that holds a slot on the planning (planned, on the way, on site, done),
never the jobs still to plan. A job cancelled after being planned stays in the file with
``STATUS:CANCELLED``, so a calendar that imported it before drops it from the day. With:

- ``UID`` = the intervention's id + "@crm-desktop": importing the file again updates
  the events instead of adding copies;
- ``DTSTART``/``DTEND`` in UTC (the calendar shows them in its own time zone);
- ``SUMMARY`` "I-K7Q-0001 Customer — subject", ``LOCATION`` the site's address,
  ``DESCRIPTION`` the type of job, instructions, contact and phone, technicians and parts
  to bring, ``CATEGORIES`` the type of job;
- the technicians as ``ATTENDEE`` (those with an e-mail address) and all of them, by name,
  in ``X-CRM-TECHNICIANS``;
- ``DTSTAMP``/``LAST-MODIFIED`` = when the job (or its team, or its parts) was last
  changed (RFC 5545: without a METHOD, DTSTAMP is the last modification), and
  ``SEQUENCE`` = seconds from its creation to that change, so that it grows with every
  update and calendars take the newer copy.

By default the file holds the jobs from 30 days ago to one year ahead (local days of the
shop); ``start``/``end`` choose other days and ``all_dates`` takes every booked job. The
file is written to a temporary name and renamed: a calendar that watches it never reads
half a file.
"""

from __future__ import annotations

import contextlib
import os
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils
from icalendar import Calendar, Event, vCalAddress, vText

from crm_desktop import __version__
from crm_desktop.core.clock import Clock, SystemClock, from_iso
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.field_choices import KINDS
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.support_settings import load_support
from crm_desktop.core.technicians import get as get_technician
from crm_desktop.core.work_order_data import CalendarJob, calendar_jobs
from crm_desktop.reports.texts import Texts

PRODID = f"-//CRM Desktop//Interventions {__version__}//EN"
UID_DOMAIN = "crm-desktop"
#: The default window: from this many days back to this many days ahead of today.
DAYS_BACK = 30
DAYS_AHEAD = 365


def default_range(today: date) -> tuple[date, date]:
    """The days exported when none are given: 30 days ago to one year ahead."""
    return today - timedelta(days=DAYS_BACK), today + timedelta(days=DAYS_AHEAD)


def _event(job: CalendarJob, t: Texts) -> Event:
    row = job.intervention
    kind = t.choice(KINDS, row.get("kind"))
    event = Event()
    event.add("uid", f"{row['id']}@{UID_DOMAIN}")
    changed = from_iso(job.changed_at)
    created = from_iso(row["created_at"])
    event.add("dtstamp", changed)
    event.add("created", created)
    event.add("last-modified", changed)
    event.add("sequence", max(0, int((changed - created).total_seconds())))
    event.add("dtstart", from_iso(row["planned_start"]))
    event.add("dtend", from_iso(row["planned_end"]))
    subject = (row.get("subject") or "").strip()
    summary = " — ".join(p for p in (job.customer, subject) if p)
    event.add("summary", f"{row['number']} {summary}".strip())
    if job.address:
        event.add("location", job.address)
    lines = [t("cal_kind", kind=kind)]
    if row.get("instructions"):
        lines += ["", row["instructions"].strip(), ""]
    contact = " · ".join(p for p in (job.contact, job.phone) if p)
    if contact:
        lines.append(t("cal_contact", contact=contact))
    if job.technicians:
        lines.append(t("cal_technicians", names=", ".join(name for name, _mail in job.technicians)))
    if job.parts:
        lines.append(t("cal_bring", parts=", ".join(f"{qty} × {name}" for name, qty in job.parts)))
    event.add("description", "\n".join(lines).strip())
    event.add("categories", [kind])
    event.add("status", "CANCELLED" if row["status"] == "cancelled" else "CONFIRMED")
    for name, mail in job.technicians:
        if mail:
            attendee = vCalAddress(f"mailto:{mail}")
            attendee.params["cn"] = vText(name)
            attendee.params["role"] = vText("REQ-PARTICIPANT")
            event.add("attendee", attendee, encode=False)
    if job.technicians:
        event.add("x-crm-technicians", ", ".join(name for name, _mail in job.technicians))
    event.add("x-crm-status", row["status"])
    return event


def export_interventions(db: sqlite_utils.Database, out: Path, technician_id: str | None = None,
                         start: date | None = None, end: date | None = None, *, all_dates: bool = False,
                         lang: str = "en", clock: Clock | None = None) -> int:
    """Write the booked interventions to the iCalendar file ``out``; returns how many events it holds.

    ``technician_id`` keeps one technician's jobs; ``start``/``end`` are the first and last
    local days (a missing one is that end of the default range), ``all_dates`` ignores them;
    ``lang`` is the language of the descriptions ("en" or "fr"); ``clock`` tells today's date
    for the default range. Jobs that overlap the days are exported.
    """
    t = Texts(lang, timezone=load_support(db).timezone)
    first: date | None = None
    last: date | None = None
    if not all_dates:
        low, high = default_range((clock or SystemClock()).now().astimezone(t.zone).date())
        first, last = start or low, end or high
        if last < first:
            raise ValidationError({"end": Message(QT_TRANSLATE_NOOP(
                "core", "The last day comes before the first: choose the days again."))})
    name = t("cal_name_of", name=get_technician(db, technician_id).name) if technician_id else t("cal_name")
    jobs = calendar_jobs(db, first, last, technician_id)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for job in jobs:
        calendar.add_component(_event(job, t))
    _write_atomically(Path(out), calendar.to_ical())
    return len(jobs)


def _write_atomically(out: Path, data: bytes) -> None:
    """Write to a temporary file beside ``out``, then rename: the old file stays whole until the new one is."""
    tmp = out.with_name(f".{out.name}.part")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
