"""Reports saved with their parameters, to be run again in one click (issue 7).

A saved report is one row of the synced ``settings`` table, key "reports.saved.<id>", value JSON
``{name, report, params}``, so every machine of the shop sees the same list. ``params`` holds the
command line's options (``from``, ``to``, ``lang``, ``id``) and may name a relative ``period``
instead of fixed days ("last_month"): run again next month, it gives next month's figures.
Deleting writes ``null`` over the definition (a settings row never disappears: the deletion syncs
like any other change) and the list leaves it out.
"""

from __future__ import annotations

import json
from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlite_utils

from crm_desktop.core.context import Context
from crm_desktop.core.customer_value import twelve_months
from crm_desktop.core.errors import Message, NotFound
from crm_desktop.core.fields import Collector
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.settings import LANGUAGES, write_settings
from crm_desktop.core.validation import FieldProblem, clean_text, parse_choice, parse_date
from crm_desktop.db.ids import new_id

PREFIX = "reports.saved."

#: The reports that can be saved (the command line's ``report NAME``), with their labels.
REPORTS: dict[str, str] = {
    "management": QT_TRANSLATE_NOOP("core", "Management dashboard"),
    "profitability": QT_TRANSLATE_NOOP("core", "Profitability"),
    "retention": QT_TRANSLATE_NOOP("core", "Retention"),
    "customer": QT_TRANSLATE_NOOP("core", "Customer sheet"),
    "campaign": QT_TRANSLATE_NOOP("core", "Campaign results"),
    "support_costs": QT_TRANSLATE_NOOP("core", "Support costs"),
}
#: Reports about one record: they need its ``id`` (a customer key or a campaign).
NEEDS_ID = ("customer", "campaign")

#: Periods that move with the day the report runs, with their labels.
PERIODS: dict[str, str] = {
    "this_month": QT_TRANSLATE_NOOP("core", "This month"),
    "last_month": QT_TRANSLATE_NOOP("core", "Last month"),
    "this_quarter": QT_TRANSLATE_NOOP("core", "This quarter"),
    "last_quarter": QT_TRANSLATE_NOOP("core", "Last quarter"),
    "this_year": QT_TRANSLATE_NOOP("core", "This year"),
    "last_year": QT_TRANSLATE_NOOP("core", "Last year"),
    "last_12_months": QT_TRANSLATE_NOOP("core", "Last 12 months"),
}


@dataclass(frozen=True)
class SavedReport:
    id: str
    name: str
    report: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The report's kind, a QT_TRANSLATE_NOOP label (the UI shows core_tr(label))."""
        return REPORTS[self.report]


def _clean_params(report: str | None, params: Mapping[str, Any], c: Collector) -> dict[str, str]:
    """The options kept: a relative period wins over fixed days; unknown options are dropped."""
    inner = Collector(params)
    inner.take("period", lambda v: parse_choice(v, tuple(PERIODS)))
    inner.take("from", parse_date)
    inner.take("to", parse_date)
    inner.take("lang", lambda v: parse_choice(v, LANGUAGES))
    inner.take("id", lambda v: clean_text(v, 100))
    clean = {k: v for k, v in inner.clean.items() if v}
    if clean.get("period"):
        clean.pop("from", None)
        clean.pop("to", None)
    if clean.get("from") and clean.get("to") and clean["to"] < clean["from"]:
        inner.fail("to", Message(QT_TRANSLATE_NOOP("core", "The end comes before the start.")))
    if report in NEEDS_ID and not clean.get("id") and "id" not in inner.errors:
        inner.fail("id", Message(QT_TRANSLATE_NOOP("core", "Choose whom or what the report is about.")))
    for name, message in inner.errors.items():
        c.fail(name, message)
    return clean


def _name(value: Any) -> str | None:
    text = clean_text(value, 80)
    if text is None:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Give the report a name."))
    return text


def save(ctx: Context, name: str, report: str, params: Mapping[str, Any], report_id: str | None = None) -> str:
    """Save a report with its options (``report_id``: replace that saved report); returns its id.

    Errors are keyed ``name``, ``report``, ``period``, ``from``, ``to``, ``lang`` and ``id``.
    """
    require(ctx.user, Perm.REPORTS)
    c = Collector({"name": name, "report": report})
    c.take("name", _name)
    c.take("report", lambda v: parse_choice(v, tuple(REPORTS)))
    c.require("report")
    clean_params = _clean_params(c.clean.get("report"), params, c)
    clean = c.done()
    if report_id is not None and report_id not in {r.id for r in all_saved(ctx.db)}:
        raise NotFound(QT_TRANSLATE_NOOP("core", "This saved report no longer exists."))
    saved_id = report_id or new_id()
    write_settings(ctx, PREFIX, {saved_id: {"name": clean["name"], "report": clean["report"],
                                            "params": clean_params}})
    return saved_id


def _from_row(key: str, value: str | None) -> SavedReport | None:
    """A saved report, or None for a deleted one or a definition this version cannot read."""
    try:
        data = json.loads(value) if value else None
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("report") not in REPORTS or not isinstance(data.get("name"), str):
        return None
    params = data.get("params")
    params = {str(k): str(v) for k, v in params.items() if v is not None} if isinstance(params, dict) else {}
    return SavedReport(key[len(PREFIX):], data["name"], data["report"], params)


def all_saved(db: sqlite_utils.Database) -> list[SavedReport]:
    """Every saved report, by name."""
    rows = db.execute("SELECT key, value FROM settings WHERE key LIKE ? ESCAPE '\\'",
                      [PREFIX.replace("_", "\\_") + "%"]).fetchall()
    found = [r for r in (_from_row(key, value) for key, value in rows) if r is not None]
    return sorted(found, key=lambda r: (r.name.casefold(), r.id))


def get(db: sqlite_utils.Database, report_id: str) -> SavedReport:
    row = db.execute("SELECT key, value FROM settings WHERE key = ?", [PREFIX + report_id]).fetchone()
    found = _from_row(row[0], row[1]) if row else None
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "This saved report no longer exists."))
    return found


def delete(ctx: Context, report_id: str) -> None:
    require(ctx.user, Perm.REPORTS)
    get(ctx.db, report_id)
    write_settings(ctx, PREFIX, {report_id: None})


def _quarter(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _month_end(day: date) -> date:
    return date(day.year, day.month, monthrange(day.year, day.month)[1])


def _months_before(day: date, months: int) -> date:
    """The first of the month ``months`` months before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def relative_period(period: str, today: date) -> tuple[date, date]:
    """The days of a relative period as seen on ``today`` (the shop's day)."""
    month = today.replace(day=1)
    quarter = _quarter(today)
    if period == "this_month":
        return month, _month_end(month)
    if period == "last_month":
        first = _months_before(month, 1)
        return first, _month_end(first)
    if period == "this_quarter":
        return quarter, _month_end(_months_before(quarter, -2))
    if period == "last_quarter":
        first = _months_before(quarter, 3)
        return first, _month_end(_months_before(first, -2))
    if period == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if period == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if period == "last_12_months":  # as the value card counts them
        return twelve_months(today)[0]
    raise ValueError(period)


def resolve_period(params: Mapping[str, Any], today: date) -> tuple[date | None, date | None]:
    """(from, to) of saved options: a relative period as of ``today``, else the fixed days (either None)."""
    period = params.get("period")
    if period in PERIODS:
        return relative_period(period, today)
    days = []
    for name in ("from", "to"):
        try:
            text = parse_date(params.get(name))
        except FieldProblem:
            text = None
        days.append(date.fromisoformat(text) if text else None)
    return days[0], days[1]


def run_params(saved: SavedReport, today: date) -> dict[str, str]:
    """The options to run a saved report with today: its period resolved to fixed days."""
    start, end = resolve_period(saved.params, today)
    out = {k: v for k, v in saved.params.items() if k in ("lang", "id")}
    if start:
        out["from"] = start.isoformat()
    if end:
        out["to"] = end.isoformat()
    return out
