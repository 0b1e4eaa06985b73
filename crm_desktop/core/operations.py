"""Operational figures of a period: how fast leads are answered, how well SLAs are kept, how busy the
technicians are, how support time compares with what contracts include, what campaigns returned.

Each figure reuses the rule of the module that owns its data, so the dashboard never disagrees with
the screen a manager drills into: speed to lead from core.leads, SLA verdicts from the ticket_sla
table, support minutes as core.support_costs.totals_where counts them, campaign cost and margin as
core.campaign_results.compare sums them (the tests hold both equal). Days are the shop's (both ends
included); stored times are UTC.

What a period asks is kept in memory while none of the rows it reads has changed (``sources``: a version the
triggers draw again at each write), month by month where the figures add up: a sale leaves them kept.
"""

from __future__ import annotations

import math
import statistics
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core import customer_value, leads, technicians
from crm_desktop.core.clock import from_iso, to_iso
from crm_desktop.core.field_choices import BOOKED_STATUSES
from crm_desktop.core.lead_settings import load_lead_settings
from crm_desktop.core.support_settings import load_support, period_bounds

Span = tuple[datetime, datetime]


@dataclass(frozen=True)
class TechnicianUtilisation:
    """A technician's working minutes in the period (hours of the week minus absences), booked and done."""

    technician_id: str
    name: str
    available_minutes: int
    planned_minutes: int  # booked interventions, the part inside the period
    worked_minutes: int  # arrival to departure of done interventions, the part inside the period

    @property
    def planned_percent(self) -> float | None:
        return round(100 * self.planned_minutes / self.available_minutes, 1) if self.available_minutes else None

    @property
    def worked_percent(self) -> float | None:
        return round(100 * self.worked_minutes / self.available_minutes, 1) if self.available_minutes else None


@dataclass(frozen=True)
class Operations:
    speed_to_lead_median_minutes: float | None  # business minutes, over the leads contacted
    speed_to_lead_within_target_percent: float | None
    sla_response_percent: float | None  # of the tickets opened in the period with a verdict
    sla_resolution_percent: float | None
    utilisation: list[TechnicianUtilisation] = field(default_factory=list)
    support_minutes: int = 0  # support and on-site time logged in the period
    included_minutes: int = 0  # what active contracts include, pro rata of the period
    campaign_cost_cents: int = 0  # campaigns running in the period
    campaign_margin_cents: int = 0  # margin of the sales they brought
    campaign_roi: float | None = None  # (margin - cost) / cost


def _percent(met: int, judged: int) -> float | None:
    return round(100 * met / judged, 1) if judged else None


def sla_percents(db: sqlite_utils.Database, start: date, end: date) -> tuple[float | None, float | None]:
    """Share of the tickets opened in the period whose response, and resolution, met their target
    (over those with a verdict: a ticket still inside its time counts neither way)."""
    met, judged, resolved, resolutions = _sla_counts(db, start, end)
    return _percent(met, judged), _percent(resolved, resolutions)


def _overlap_seconds(a: Span, b: Span) -> float:
    return max(0.0, (min(a[1], b[1]) - max(a[0], b[0])).total_seconds())


def _merged(spans: list[Span]) -> list[Span]:
    """Overlapping spans joined, so that two absences over one afternoon are taken off once."""
    out: list[Span] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _minutes(seconds: float) -> int:
    return int(Decimal(seconds / 60).quantize(Decimal(1), ROUND_HALF_UP))


def _working_spans(tech: technicians.Technician, start: date, end: date, zone: ZoneInfo) -> list[Span]:
    spans = []
    day = start
    while day <= end:
        window = tech.window(day.weekday())
        if window:
            spans.append((datetime.combine(day, window[0], zone), datetime.combine(day, window[1], zone)))
        day += timedelta(days=1)
    return spans


#: Seconds of [begin, finish) inside [:lo, :hi), per technician (UTC ISO text compares and parses as time).
_CLIPPED = ("sum(max(0, julianday(min({finish}, :hi)) - julianday(max({begin}, :lo)))) * 86400")


def _job_seconds(db: sqlite_utils.Database, begin: str, finish: str, status: str, lo: str, hi: str,
                 early: str) -> dict[str, float]:
    """Per technician, the seconds of their interventions' [begin, finish) inside the period."""
    return dict(db.execute(
        f"SELECT a.technician_id, {_CLIPPED.format(begin=begin, finish=finish)} FROM interventions i"
        f" JOIN intervention_technicians a ON a.intervention_id = i.id AND a.deleted_at IS NULL"
        f" WHERE i.deleted_at IS NULL AND {status} AND i.planned_start >= :early AND i.planned_start < :hi"
        f" AND {begin} IS NOT NULL AND {finish} IS NOT NULL GROUP BY a.technician_id",
        {"lo": lo, "hi": hi, "early": early}).fetchall())


def _available_seconds(spans: list[Span], absences: list[Span]) -> float:
    """Working time of sorted, disjoint ``spans`` less the (merged, sorted) absences: one sweep."""
    total = 0.0
    first = 0
    for span in spans:
        total += (span[1] - span[0]).total_seconds()
        while first < len(absences) and absences[first][1] <= span[0]:
            first += 1
        index = first
        while index < len(absences) and absences[index][0] < span[1]:
            total -= _overlap_seconds(span, absences[index])
            index += 1
    return total


def utilisation(db: sqlite_utils.Database, start: date, end: date) -> list[TechnicianUtilisation]:
    """Available, planned and worked minutes of each active technician, by name."""
    techs = technicians.list_technicians(db)
    if not techs:
        return []
    zone = ZoneInfo(load_support(db).timezone)
    lo, hi = period_bounds(db, start, end)
    away: dict[str, list[Span]] = defaultdict(list)
    for row in technicians.absences(db, [t.id for t in techs], lo, hi):
        away[row["technician_id"]].append((from_iso(row["starts_at"]), from_iso(row["ends_at"])))
    # Interventions last at most a few days: those starting up to two weeks before may reach in.
    early = to_iso(datetime.combine(start - timedelta(days=14), time(0), zone))
    statuses = ", ".join(f"'{s}'" for s in BOOKED_STATUSES)
    planned = _job_seconds(db, "i.planned_start", "i.planned_end", f"i.status IN ({statuses})", lo, hi, early)
    worked = _job_seconds(db, "i.arrived_at", "i.departed_at", "i.status = 'done'", lo, hi, early)
    return [TechnicianUtilisation(
        tech.id, tech.name, _minutes(_available_seconds(_working_spans(tech, start, end, zone),
                                                        _merged(away.get(tech.id, [])))),
        _minutes(planned.get(tech.id, 0)), _minutes(worked.get(tech.id, 0))) for tech in techs]


def _days_per_year(first: date, last: date) -> dict[int, int]:
    """How many days of each calendar year ``first``..``last`` spans."""
    out: dict[int, int] = {}
    day = first
    while day <= last:
        chunk_end = min(last, date(day.year, 12, 31))
        out[day.year] = out.get(day.year, 0) + (chunk_end - day).days + 1
        day = chunk_end + timedelta(days=1)
    return out


def included_minutes(db: sqlite_utils.Database, start: date, end: date) -> int:
    """Support minutes that live contracts include over the period: a level includes its minutes per
    calendar year (as core.support_costs bills them), so a contract counts for the days it runs (each day
    as its calendar year's share). Summed per year in integers, one exact division per year."""
    minute_days: dict[int, int] = defaultdict(int)
    for starts_on, ends_on, minutes in db.execute(
            "SELECT c.starts_on, c.ends_on, l.included_minutes FROM contracts c"
            " JOIN support_levels l ON l.id = c.level_id AND l.deleted_at IS NULL AND l.active = 1"
            " WHERE c.deleted_at IS NULL AND l.included_minutes > 0 AND c.starts_on <= ?"
            " AND (c.ends_on IS NULL OR c.ends_on >= ?)", [end.isoformat(), start.isoformat()]).fetchall():
        first = max(start, date.fromisoformat(starts_on))
        last = min(end, date.fromisoformat(ends_on)) if ends_on else end
        for year, days in _days_per_year(first, last).items():
            minute_days[year] += minutes * days
    total = sum((Fraction(amount, (date(year, 12, 31) - date(year, 1, 1)).days + 1)
                 for year, amount in minute_days.items()), Fraction(0))
    return math.floor(total + Fraction(1, 2))


def support_minutes(db: sqlite_utils.Database, start: date, end: date) -> int:
    """Support time logged in the period on tickets and on site: the minutes of
    core.support_costs.totals_where (time entries of live tickets, time costs of live interventions)."""
    lo, hi = period_bounds(db, start, end)
    row = db.execute(
        "SELECT (SELECT coalesce(sum(e.minutes), 0) FROM time_entries e JOIN tickets t ON t.id = e.ticket_id"
        "  WHERE e.deleted_at IS NULL AND t.deleted_at IS NULL AND e.started_at >= :lo AND e.started_at < :hi),"
        " (SELECT coalesce(sum(c.minutes), 0) FROM intervention_costs c JOIN interventions i"
        "  ON i.id = c.intervention_id WHERE c.deleted_at IS NULL AND i.deleted_at IS NULL AND c.kind = 'time'"
        "  AND c.occurred_at >= :lo AND c.occurred_at < :hi)", {"lo": lo, "hi": hi}).fetchone()
    return int(row[0]) + int(row[1])


#: The campaigns core.campaigns.all_campaigns lists for the days :lo..:hi.
_RUNNING = ("SELECT c.id FROM campaigns c WHERE c.deleted_at IS NULL AND (c.starts_on IS NULL OR c.starts_on <= :hi)"
            " AND (coalesce(c.ends_on, c.starts_on) IS NULL OR coalesce(c.ends_on, c.starts_on) >= :lo)")


def campaign_return(db: sqlite_utils.Database, start: date, end: date) -> tuple[int, int]:
    """(cost, margin of the sales they brought) of the campaigns running in the period: the sums of
    core.campaign_results.compare, in two queries instead of a dozen per campaign."""
    customer_value._register(db)  # the exact fallback of LINE_REVENUE / LINE_COST
    params = {"lo": start.isoformat(), "hi": end.isoformat()}
    cost = db.execute(f"SELECT coalesce(sum(k.amount_cents), 0) FROM campaign_costs k WHERE k.deleted_at IS NULL"
                      f" AND k.campaign_id IN ({_RUNNING})", params).fetchone()[0]
    margin = db.execute(
        f"SELECT coalesce(sum({customer_value.LINE_REVENUE} - {customer_value.LINE_COST}), 0) FROM sales s"
        f" JOIN sale_lines l ON l.sale_id = s.id WHERE s.deleted_at IS NULL AND l.deleted_at IS NULL"
        f" AND s.campaign_id IN ({_RUNNING})", params).fetchone()[0]
    return int(cost), int(margin)


@dataclass(frozen=True)
class _Piece:
    """What the days of one calendar month (cut by the period at its ends) add to a period's figures."""

    leads: int
    speeds: tuple[float, ...]  # business minutes to first contact of the leads contacted
    sla: tuple[int, int, int, int]  # response met, judged; resolution met, judged
    support: int


def _sla_counts(db: sqlite_utils.Database, start: date, end: date) -> tuple[int, int, int, int]:
    lo, hi = period_bounds(db, start, end)
    row = db.execute(
        "SELECT sum(s.response_met = 1), count(s.response_met), sum(s.resolution_met = 1), count(s.resolution_met)"
        " FROM tickets t JOIN ticket_sla s ON s.ticket_id = t.id"
        " WHERE t.deleted_at IS NULL AND t.opened_at >= ? AND t.opened_at < ?", [lo, hi]).fetchone()
    return row[0] or 0, row[1] or 0, row[2] or 0, row[3] or 0


def _count_pieces(db: sqlite_utils.Database, spans: list[tuple[date, date]]) -> list[_Piece]:
    """The leads arrived (and each one's speed, as core.leads measures it), the SLA verdicts and the support time
    (as ``support_minutes`` counts it) of each span (ascending, each its own bounds), in one pass per table."""
    bounds = [period_bounds(db, first, last) for first, last in spans]
    params = {"lo": bounds[0][0], "hi": bounds[-1][1]}
    for index, (lo, hi) in enumerate(bounds):
        params[f"lo{index}"], params[f"hi{index}"] = lo, hi

    def bucket(column: str) -> str:
        """The span of a row read from :lo to :hi (NULL between two spans that do not touch)."""
        whens = []
        for index, (lo, _hi) in enumerate(bounds):
            if index and lo != bounds[index - 1][1]:
                whens.append(f"WHEN {column} < :lo{index} THEN NULL")
            whens.append(f"WHEN {column} < :hi{index} THEN {index}")
        return f"(CASE {' '.join(whens)} END)"

    hours = leads.business_hours(db)
    arrived = [0] * len(spans)
    speeds: list[list[float]] = [[] for _ in spans]
    # As core.leads.speed_to_lead, the first contacts found by one query rather than two per lead.
    firsts = " ".join(f"CASE WHEN coalesce(l.{column}, '') <> '' THEN {leads.FIRST_OUT.format(column=column)} END,"
                      for column in ("person_id", "company_id"))
    for piece, arrival, *contacts in db.execute(
            f"SELECT {bucket('l.arrived_at')} AS piece, l.arrived_at, {firsts.rstrip(',')} FROM leads l "
            f"WHERE l.deleted_at IS NULL AND l.arrived_at >= :lo AND l.arrived_at < :hi", params):
        if piece is None:
            continue
        arrived[piece] += 1
        found = [moment for moment in contacts if moment]
        if found:
            speeds[piece].append(hours.minutes_between(from_iso(arrival), from_iso(min(found))))
    sla: list[tuple[int, int, int, int]] = [(0, 0, 0, 0)] * len(spans)
    for piece, met, judged, resolved, resolutions in db.execute(
            f"SELECT {bucket('t.opened_at')} AS piece, sum(s.response_met = 1), count(s.response_met), "
            f"sum(s.resolution_met = 1), count(s.resolution_met) FROM tickets t JOIN ticket_sla s ON s.ticket_id = t.id"
            f" WHERE t.deleted_at IS NULL AND t.opened_at >= :lo AND t.opened_at < :hi GROUP BY piece", params):
        if piece is not None:
            sla[piece] = (met or 0, judged or 0, resolved or 0, resolutions or 0)
    support = [0] * len(spans)
    for piece, minutes in db.execute(
            f"SELECT piece, sum(minutes) FROM (SELECT {bucket('e.started_at')} AS piece, e.minutes FROM time_entries e"
            f" JOIN tickets t ON t.id = e.ticket_id WHERE e.deleted_at IS NULL AND t.deleted_at IS NULL"
            f" AND e.started_at >= :lo AND e.started_at < :hi UNION ALL SELECT {bucket('c.occurred_at')}, c.minutes"
            f" FROM intervention_costs c JOIN interventions i ON i.id = c.intervention_id WHERE c.deleted_at IS NULL"
            f" AND i.deleted_at IS NULL AND c.kind = 'time' AND c.occurred_at >= :lo AND c.occurred_at < :hi)"
            f" GROUP BY piece", params):
        if piece is not None:
            support[piece] = int(minutes or 0)
    return [_Piece(arrived[index], tuple(speeds[index]), sla[index], support[index]) for index in range(len(spans))]


def sources(db: sqlite_utils.Database) -> tuple[Any, ...]:
    """What the figures kept here depend on: the database (customer_value.origin) and the version its triggers
    draw again at any write to the rows these figures read (db.schema.FIGURE_SOURCES). A sale, a note on a
    customer's page or a new campaign leave it; a rolled back write takes its draw back, never to come again."""
    row = db.execute("SELECT version FROM figure_versions WHERE family = 'operations'").fetchone()
    return (customer_value.origin(db), row[0] if row else None)


#: Per (``sources``, a month's first and last day, cut by the period at its ends): its ``_Piece``. Going from the
#: year to the year to date, this quarter or this month reuses the months already counted.
_PIECES: OrderedDict[tuple[Any, ...], _Piece] = OrderedDict()
#: Per (``sources``, period): the figures but the campaigns' return (technicians' time and contracts' minutes
#: are counted over the whole period: their roundings are the period's).
_KEPT: OrderedDict[tuple[Any, ...], tuple[list[TechnicianUtilisation], int]] = OrderedDict()
_LOCK = threading.Lock()
_PIECES_KEPT = 120
_KEPT_PERIODS = 16


def _kept(store: OrderedDict[tuple[Any, ...], Any], key: tuple[Any, ...], size: int, work: Callable[[], Any]) -> Any:
    with _LOCK:
        if key in store:
            store.move_to_end(key)
            return store[key]
    found = work()  # outside the lock: another thread need not wait
    with _LOCK:
        store[key] = found
        while len(store) > size:
            store.popitem(last=False)
    return found


def _pieces(db: sqlite_utils.Database, seen: tuple[Any, ...], start: date, end: date) -> list[_Piece]:
    """The period's months (cut at its ends): those kept, the others counted together."""
    spans = customer_value.month_buckets(start, end)
    wanted = list(zip(spans.firsts, spans.lasts, strict=True)) if start <= end else []
    with _LOCK:
        found = {span: _PIECES[(seen, *span)] for span in wanted if (seen, *span) in _PIECES}
    missing = [span for span in wanted if span not in found]
    if missing:
        found.update(zip(missing, _count_pieces(db, missing), strict=True))
        with _LOCK:
            for span in missing:
                _PIECES[(seen, *span)] = found[span]
            while len(_PIECES) > _PIECES_KEPT:
                _PIECES.popitem(last=False)
    return [found[span] for span in wanted]


def forget() -> None:
    """Drop what is kept in memory (a benchmark measuring from cold)."""
    with _LOCK:
        _PIECES.clear()
        _KEPT.clear()


def operations(db: sqlite_utils.Database, start: date, end: date) -> Operations:
    """Every operational figure of ``start``..``end``.

    Speed to lead, SLA verdicts and support time add up month by month: each month's part is kept until one of
    the rows they read changes (``sources``), and the period's figures are made of them exactly as of the whole
    period (the median over the same speeds, the percents of the summed counts)."""
    seen = sources(db)
    pieces = _pieces(db, seen, start, end)
    technicians_time, included = _kept(_KEPT, (seen, start, end), _KEPT_PERIODS, lambda: (
        utilisation(db, start, end), included_minutes(db, start, end)))
    speeds = [s for piece in pieces for s in piece.speeds]
    target = load_lead_settings(db).target_minutes
    speed = leads.SpeedStats(
        leads=sum(piece.leads for piece in pieces), contacted=len(speeds),
        median_minutes=statistics.median(speeds) if speeds else None,
        average_minutes=statistics.fmean(speeds) if speeds else None,
        within_target=sum(1 for s in speeds if s <= target), target_minutes=target)
    sla = [sum(piece.sla[index] for piece in pieces) for index in range(4)]
    cost, margin = campaign_return(db, start, end)
    return Operations(
        speed_to_lead_median_minutes=speed.median_minutes,
        speed_to_lead_within_target_percent=speed.within_target_percent,
        sla_response_percent=_percent(sla[0], sla[1]), sla_resolution_percent=_percent(sla[2], sla[3]),
        utilisation=list(technicians_time), support_minutes=sum(piece.support for piece in pieces),
        included_minutes=included, campaign_cost_cents=cost, campaign_margin_cents=margin,
        campaign_roi=(margin - cost) / cost if cost > 0 else None)
