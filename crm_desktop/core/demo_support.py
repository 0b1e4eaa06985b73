"""Demo data for the support desk: levels, contracts, tickets with their story, time, costs, articles.

Why it exists: the ticket queues, SLA badges, cost totals and solution proposals
only show what they are worth on a desk that has been running for years: most old
tickets closed, a few hundred in the queues, some about to breach, articles that
solved many tickets. ``core/demo.py`` calls :func:`load` after the history, in the
same transaction, with the same seeded random (same seed, same tickets).

Why it looks the way it does: every ticket's story (replies, waiting on the
customer, visits, parts, resolution, closing) is drawn first as moments in business
time and then cut at "now": what happened before now is written, the ticket's state
is where the story stands. Business time uses the desk's real opening hours and
holidays (``support_settings``), precomputed once as millisecond windows, so that a
50,000-ticket load does its time arithmetic with bisects instead of datetimes. The
SLA rows of finished tickets are derived with the same arithmetic as
``sla_clock.clock_state`` (a test checks they are equal); active tickets go through
``ticket_sla.refresh`` itself. Amounts are integer cents made by the helpers of
``support_costs``. Texts come from ``demo_support_data``.
"""

from __future__ import annotations

import bisect
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlite_utils

from crm_desktop.core import demo_support_data as data
from crm_desktop.core import ticket_sla
from crm_desktop.core.business_time import BusinessHours
from crm_desktop.core.support_choices import CATEGORIES, DONE_STATUSES, PRIORITY_FACTOR
from crm_desktop.core.support_costs import _money, _times
from crm_desktop.core.support_settings import SupportSettings, load_support
from crm_desktop.db.ids import new_id

if TYPE_CHECKING:
    from crm_desktop.core.demo import _Company, _Loader, _Person

#: Progress units of one ticket (its events, time, costs and SLA row cost about as much
#: as this many history entries to make and insert); ``demo.DemoSize.rows`` counts them.
TICKET_UNITS = 10

MINUTE_MS = 60_000
HOUR_MS = 3_600_000
DAY_MS = 86_400_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: Tickets made and written per batch (one progress report each).
_BATCH = 1_000
_SLA_CHUNK = 500

#: (name, rank, first response and resolution targets in business minutes, hourly rate,
#: included minutes a year, on-site visits included).
LEVELS: tuple[tuple[str, int, int, int, int, int, bool], ...] = (
    ("Bronze", 1, 480, 2_700, 7_500, 120, False),
    ("Silver", 2, 240, 1_080, 7_000, 600, False),
    ("Gold", 3, 60, 540, 6_500, 1_800, True),
)
_CHANNELS = (("phone", 46), ("email", 28), ("web", 10), ("walk_in", 5), ("on_site", 11))
_PRIORITIES_BREAKDOWN = (("urgent", 14), ("high", 34), ("normal", 47), ("low", 5))
_PRIORITIES_OTHER = (("urgent", 2), ("high", 12), ("normal", 66), ("low", 20))
#: Categories whose tickets usually need a technician on site.
_FIELD_WORK = frozenset({"breakdown", "maintenance", "installation", "warranty"})
#: Without a contract the desk still aims at these (business minutes): they shape the story.
_DEFAULT_RESPONSE, _DEFAULT_RESOLUTION = 300, 1_620

#: Parts by product keyword: (keywords, French, English, unit cost, unit price, quantities).
_PARTS: tuple[tuple[tuple[str, ...], str, str, int, int, tuple[str, ...]], ...] = (
    (("ecotec", "vitodens", "logamax", "logano"), "Électrode d'allumage", "Ignition electrode",
     2_450, 4_900, ("1",)),
    (("ecotec", "vitodens", "logamax", "logano"), "Vase d'expansion 18 L", "Expansion vessel 18 L",
     4_800, 8_900, ("1",)),
    (("ecotec", "vitodens", "logamax", "logano"), "Soupape de sécurité 3 bar", "Safety valve 3 bar",
     1_150, 2_600, ("1",)),
    (("ecotec", "vitodens", "logamax", "logano", "evohome", "netatmo"), "Sonde de température",
     "Temperature sensor", 1_900, 3_900, ("1", "2")),
    (("ecotec", "vitodens", "logamax", "logano"), "Circulateur haute efficacité", "High-efficiency pump",
     16_500, 27_900, ("1",)),
    (("ecotec", "vitodens", "logamax", "logano"), "Carte électronique de commande", "Control board",
     21_000, 34_500, ("1",)),
    (("arotherm", "vitocal", "altherma", "ecodan"), "Fluide frigorigène R32 (kg)", "R32 refrigerant (kg)",
     3_200, 7_500, ("0.5", "1", "1.5")),
    (("arotherm", "vitocal", "altherma", "ecodan"), "Sonde extérieure", "Outdoor sensor", 2_300, 4_500, ("1",)),
    (("arotherm", "vitocal", "altherma", "ecodan", "henco", "radson"), "Filtre magnétique", "Magnetic filter",
     7_900, 13_900, ("1",)),
    (("arotherm", "vitocal", "altherma", "ecodan"), "Ventilateur d'unité extérieure", "Outdoor unit fan",
     18_900, 31_000, ("1",)),
    (("sunny boy", "fronius", "solaredge"), "Connecteurs MC4 (paire)", "MC4 connectors (pair)",
     450, 1_200, ("2", "4")),
    (("sunny boy", "fronius", "solaredge"), "Parafoudre DC", "DC surge protector", 6_400, 11_500, ("1",)),
    (("solaredge",), "Optimiseur de puissance", "Power optimizer", 5_500, 9_800, ("1", "2")),
    (("byd",), "Câble de communication batterie", "Battery communication cable", 2_900, 5_400, ("1",)),
    (("netatmo", "evohome"), "Tête thermostatique connectée", "Smart radiator valve", 5_200, 8_900, ("1", "2")),
    (("atlantic",), "Anode magnésium", "Magnesium anode", 2_100, 4_400, ("1",)),
    (("atlantic",), "Résistance stéatite 2400 W", "2400 W heating element", 6_800, 11_900, ("1",)),
    (("radson",), "Vanne thermostatique", "Thermostatic valve", 1_800, 3_600, ("1", "2", "3")),
    (("henco",), "Actionneur thermique", "Thermal actuator", 2_600, 4_800, ("1", "2")),
    (("zehnder", "renson"), "Jeu de filtres G4/F7", "G4/F7 filter set", 3_400, 5_900, ("1",)),
    (("renson", "zehnder"), "Capteur CO2", "CO2 sensor", 6_100, 10_900, ("1",)),
    (("wallbox",), "Disjoncteur différentiel type A", "Type A residual-current breaker", 5_800, 9_900, ("1",)),
    ((), "Petit matériel (raccords, joints)", "Sundries (fittings, seals)", 650, 1_500, ("1", "2")),
    ((), "Glycol (L)", "Glycol (L)", 480, 950, ("5", "10")),
)
_EXPENSES: tuple[tuple[str, str, int], ...] = (
    ("Parking", "Parking", 600),
    ("Location de nacelle", "Aerial platform rental", 18_500),
    ("Envoi express de la pièce", "Express shipping of the part", 2_400),
)
_NOTES = {
    "fr": (
        "Client rappelé, pas de réponse : message laissé.",
        "Vu avec le fabricant : pièce en stock chez le grossiste.",
        "Visite planifiée avec le technicien.",
        "Historique de l'installation vérifié avant l'intervention.",
        "Le client préfère être contacté par e-mail.",
    ),
    "en": (
        "Called the customer back, no answer: left a message.",
        "Checked with the manufacturer: the part is in stock at the wholesaler.",
        "Visit scheduled with the technician.",
        "Went through the installation's history before the visit.",
        "The customer prefers e-mail.",
    ),
}

_TICKET_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "number", "company_id", "person_id",
    "channel", "category", "product", "priority", "status", "assignee_id", "subject", "description",
    "resolution", "level_id", "opened_at", "resolved_at", "closed_at",
)
_EVENT_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "ticket_id", "kind", "at", "user_id",
    "direction", "body", "old_value", "new_value",
)
_TIME_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "ticket_id", "user_id", "started_at",
    "minutes", "billing", "cost_rate_cents", "price_rate_cents", "note",
)
_COST_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "ticket_id", "kind", "occurred_at", "user_id",
    "description", "quantity", "unit_cost_cents", "unit_price_cents", "km", "travel_minutes", "billing",
    "cost_cents", "price_cents", "note",
)
_SOLUTION_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "ticket_id", "article_id", "source_ticket_id",
    "applied_at",
)
_ARTICLE_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "title", "problem", "solution", "product",
    "category", "tags", "language",
)
_LEVEL_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "name", "rank", "first_response_minutes",
    "resolution_minutes", "hourly_rate_cents", "included_minutes", "onsite_included", "active",
)
_CONTRACT_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "company_id", "person_id", "level_id",
    "starts_on", "ends_on", "reference", "notes",
)
_SLA_SQL = (
    "INSERT INTO ticket_sla(ticket_id, response_due, responded_at, response_met, resolution_due, "
    "resolution_met, next_due, paused) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(ticket_id) DO UPDATE SET response_due = excluded.response_due, "
    "responded_at = excluded.responded_at, response_met = excluded.response_met, "
    "resolution_due = excluded.resolution_due, resolution_met = excluded.resolution_met, "
    "next_due = excluded.next_due, paused = excluded.paused"
)
#: What planted tickets show as of now (see SupportLoader.planted_opening).
_PLANS = ("due_response", "due_resolution", "breached", "waiting", "reopened")
#: Statuses during which the SLA clock runs (as in sla_clock).
_RUNNING = frozenset({"new", "open", "reopened"})


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _ms(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def _day_ms(day: date) -> int:
    return (day.toordinal() - date(1970, 1, 1).toordinal()) * DAY_MS


def _date(ms: int) -> date:
    return date.fromordinal(date(1970, 1, 1).toordinal() + ms // DAY_MS)


@dataclass(frozen=True)
class SupportCounts:
    """What the support part of a demo load added."""

    tickets: int = 0
    users: int = 0
    levels: int = 0
    contracts: int = 0
    articles: int = 0


# --------------------------------------------------------------------------- business time


class BusinessCalendar:
    """The desk's opening windows over a span of days, as integer milliseconds.

    ``pos(ms)`` is the business time elapsed before ``ms`` since the first window, so
    business minutes between two moments are a difference of two bisects, and
    ``at(p)`` is its inverse. Results equal ``BusinessHours.minutes_between`` and
    ``BusinessHours.add`` for moments inside the span (a unit test compares them).
    """

    def __init__(self, hours: BusinessHours, first_ms: int, last_ms: int) -> None:
        zone = hours.zone
        day = datetime.fromtimestamp(first_ms / 1000, UTC).astimezone(zone).date() - timedelta(days=1)
        last = datetime.fromtimestamp(last_ms / 1000, UTC).astimezone(zone).date() + timedelta(days=1)
        self.opens: list[int] = []
        self.closes: list[int] = []
        self.starts: list[int] = []  # business ms before each window
        self.ends: list[int] = []  # business ms at the end of each window
        total = 0
        while day <= last:
            window = hours.window(day)
            if window is not None:
                opens, closes = _ms(window[0]), _ms(window[1])
                self.opens.append(opens)
                self.closes.append(closes)
                self.starts.append(total)
                total += closes - opens
                self.ends.append(total)
            day += timedelta(days=1)
        if not self.opens:
            raise ValueError("the business is never open")
        self.total = total

    def pos(self, ms: int) -> int:
        index = bisect.bisect_right(self.opens, ms) - 1
        if index < 0:
            return 0
        return self.starts[index] + min(ms - self.opens[index], self.closes[index] - self.opens[index])

    def at(self, position: int) -> int:
        """The moment business time ``position`` is reached (the end of a window, not the next opening)."""
        if position > self.total:  # past the span: only for moments that are cut away anyway
            return self.closes[-1] + (position - self.total)
        index = bisect.bisect_left(self.ends, position)
        return self.opens[index] + max(position - self.starts[index], 0)

    def add(self, ms: int, minutes: float) -> int:
        """``minutes`` of business time after ``ms`` (at least one millisecond later)."""
        return max(self.at(self.pos(ms) + max(int(minutes * MINUTE_MS), 1)), ms + 1)

    def minutes_ms(self, start: int, end: int) -> int:
        """Business milliseconds from ``start`` to ``end``."""
        return max(self.pos(end) - self.pos(start), 0)

    def uniform(self, low: int, high: int, rnd: Callable[[], float]) -> int:
        """A moment between ``low`` and ``high``, uniform in business time (so during opening hours)."""
        a, b = self.pos(low), self.pos(high)
        if b - a < 2:
            return low + int(rnd() * max(high - low, 0))
        return min(self.at(a + 1 + int(rnd() * (b - a - 1))), high)

    def back(self, ms: int, minutes: float) -> int:
        """The moment from which ``minutes`` of business time lead to ``ms``."""
        return self.at(max(self.pos(ms) - int(minutes * MINUTE_MS), 1))


# --------------------------------------------------------------------------- the loader


@dataclass(frozen=True)
class _Level:
    id: str
    rank: int
    response: int | None
    resolution: int | None
    rate: int
    included: int
    onsite: bool


@dataclass
class _Customer:
    """Who a ticket is for: a person (with their company, if any) or a company alone."""

    person_id: str | None
    company_id: str | None
    created: int
    language: str
    stage: str


@dataclass
class _Story:
    """One ticket's events before they are cut at now: (ms, order, kind, user, direction, body, old, new, extra)."""

    events: list[tuple[Any, ...]] = field(default_factory=list)

    def add(self, ms: int, kind: str, user: str | None, direction: str | None = None, body: str | None = None,
            old: str | None = None, new: str | None = None, extra: tuple[Any, ...] | None = None) -> None:
        self.events.append((ms, len(self.events), kind, user, direction, body, old, new, extra))


class _Safe(dict[str, str]):
    """Placeholders a text may have: unknown ones are left as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(text: str, values: _Safe) -> str:
    if "{" not in text:
        return text
    try:
        return text.format_map(values)
    except (ValueError, IndexError):
        return text


class SupportLoader:
    """Adds the support desk to a demo load (see the module's docstring)."""

    def __init__(self, loader: _Loader) -> None:
        self.loader = loader
        self.conn = loader.conn
        self.db = sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)
        self.rng = loader.rng
        self.rnd = loader.rng.random
        self.iso = loader.iso
        self.tracker = loader.tracker
        self.now_ms = loader.now_ms
        self.end_ms = loader.end_ms
        self.start_ms = loader.start_ms
        self.settings: SupportSettings = load_support(self.db)
        self.hours = self.settings.business_hours()
        self.cal = BusinessCalendar(self.hours, self.start_ms - 60 * DAY_MS, self.now_ms + 400 * DAY_MS)
        self.today = _date(self.now_ms).isoformat()
        self.by_company: dict[str, list[tuple[str, str | None, _Level]]] = {}
        self.by_person: dict[str, list[tuple[str, str | None, _Level]]] = {}
        self.covered_used: dict[tuple[str, int], int] = {}
        #: Per language: what the desk writes, what customers write.
        self.messages = {
            lang: tuple([text for direction, text in messages if direction == way] or ["OK"] for way in ("out", "in"))
            for lang, messages in (("fr", data.MESSAGES_FR), ("en", data.MESSAGES_EN))
        }
        self.units_done = 0

    # ------------------------------------------------------------------ run

    def run(self, people: list[_Person], companies: list[_Company], tickets: int) -> SupportCounts:
        users_added = self.load_users()
        levels_added = self.load_levels()
        contracts = self.load_contracts(people, companies)
        articles = self.load_articles()
        self.tracker.report()
        made = self.load_tickets(people, companies, tickets) if tickets > 0 else 0
        # Whatever rounding left of this part's progress units.
        self.tracker.advance(max(tickets * TICKET_UNITS - self.units_done, 0))
        return SupportCounts(tickets=made, users=users_added, levels=levels_added, contracts=contracts,
                             articles=articles)

    def advance(self, units: int) -> None:
        self.units_done += units
        self.tracker.advance(units)

    # ------------------------------------------------------------------ users

    def load_users(self) -> int:
        """Who works the desk: technicians and staff; two technicians are hired when nobody can."""
        rows = self.conn.execute(
            "SELECT id, role, cost_per_hour_cents FROM users WHERE deleted_at IS NULL AND active = 1"
            " ORDER BY created_at, rid").fetchall()
        added = 0
        if not any(role in ("technician", "staff") for _, role, _ in rows):
            admin = next((user_id for user_id, role, _ in rows if role == "admin"), None)
            domain = self.loader.seeds.misc["business_domain"]
            created = self.start_ms - 20 * DAY_MS
            from crm_desktop.core.demo import ascii_slug

            for name, role, cost in [u for u in self.loader.seeds.misc["users"] if u[1] == "technician"][:2]:
                created = self.loader.office_hours(created + int(self.rnd() * 3 * DAY_MS), created)
                user_id = new_id(self.rng, created)
                first, _, last = name.partition(" ")
                stamp = self.iso(created)
                self.conn.execute(
                    _insert_sql("users", ("id", "created_at", "updated_at", "created_by", "updated_by", "name",
                                          "email", "role", "active", "cost_per_hour_cents")),
                    (user_id, stamp, stamp, admin or user_id, admin or user_id, name,
                     f"{ascii_slug(first, '-')}.{ascii_slug(last)}@{domain}", role, 1, cost))
                rows.append((user_id, role, cost))
                added += 1
        default_cost = self.settings.cost_per_hour_cents
        self.cost_rate = {user_id: cost if cost is not None else default_cost for user_id, _, cost in rows}
        self.technicians = [u for u, role, _ in rows if role == "technician"]
        self.desk = [u for u, role, _ in rows if role == "staff"] or [u for u, role, _ in rows if role != "technician"]
        self.technicians = self.technicians or self.desk
        self.desk = self.desk or self.technicians
        self.deciders = [u for u, role, _ in rows if role in ("admin", "manager")] or self.desk
        return added

    # ------------------------------------------------------------------ levels and contracts

    def load_levels(self) -> int:
        """Bronze, Silver and Gold; a second demo load uses the levels already there."""
        existing = self.conn.execute(
            "SELECT id, rank, first_response_minutes, resolution_minutes, hourly_rate_cents, included_minutes, "
            "onsite_included FROM support_levels WHERE deleted_at IS NULL AND active = 1 ORDER BY rank, name"
        ).fetchall()
        if existing:
            self.levels = [_Level(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6])) for r in existing]
            return 0
        author = self.deciders[0]
        created = self.loader.office_hours(self.start_ms - 10 * DAY_MS, self.start_ms - 20 * DAY_MS)
        stamp = self.iso(created)
        rows = []
        self.levels = []
        for name, rank, response, resolution, rate, included, onsite in LEVELS:
            level_id = new_id(self.rng, created)
            rows.append((level_id, stamp, stamp, author, author, name, rank, response, resolution, rate, included,
                         int(onsite), 1))
            self.levels.append(_Level(level_id, rank, response, resolution, rate, included, onsite))
        self.conn.executemany(_insert_sql("support_levels", _LEVEL_COLUMNS), rows)
        return len(rows)

    def level_pick(self, private: bool) -> _Level:
        weights = (70, 30, 0) if private else (50, 33, 17)
        levels = self.levels
        if len(levels) < 3:
            return levels[int(self.rnd() * len(levels))]
        r = self.rnd() * sum(weights)
        index = 0 if r < weights[0] else (1 if r < weights[0] + weights[1] else 2)
        return levels[index]

    def load_contracts(self, people: list[_Person], companies: list[_Company]) -> int:
        """Contracts for a share of the customer companies and a few private customers; some expired."""
        if not self.levels:
            return 0
        rnd = self.rnd
        holders: list[tuple[str | None, str | None, int, bool, bool, _Level | None]] = []
        for index, company in enumerate(companies):
            if company.stage == "customer" and (index == 0 or rnd() < 0.45):
                holders.append((company.id, None, company.created, True, False,
                                self.levels[-1] if index == 0 else None))
            elif company.stage == "former" and rnd() < 0.35:
                holders.append((company.id, None, company.created, False, False, None))
        for person in people:
            if person.company is None:
                if person.stage == "customer" and rnd() < 0.08:
                    holders.append((None, person.row[0], person.created, True, True, None))
                elif person.stage == "former" and rnd() < 0.15:
                    holders.append((None, person.row[0], person.created, False, True, None))
        rows: list[tuple[int, tuple[Any, ...]]] = []
        today = _date(self.now_ms)
        for company_id, person_id, created, current, private, forced in holders:
            level = forced or self.level_pick(private)
            low = max(created, self.start_ms)
            span = self.end_ms - 45 * DAY_MS - low
            if span <= 0:
                continue
            share = 1.0 if current else 0.65
            starts = _month_start(_date(low + int(rnd() * span * share)))
            if starts > today:
                starts = _month_start(today)
            contracts: list[tuple[date, date | None, _Level]] = []
            if current and rnd() < 0.25 and level.rank > min(lv.rank for lv in self.levels):
                # Upgraded: an earlier, lower contract ended the day before this one began.
                lower = [lv for lv in self.levels if lv.rank < level.rank]
                months = 6 + int(rnd() * 18)
                upgrade = _add_months(starts, months)
                if upgrade < today:
                    contracts.append((starts, upgrade - timedelta(days=1), lower[int(rnd() * len(lower))]))
                    starts = upgrade
            if current:
                if rnd() < 0.55:
                    ends: date | None = None  # renewed tacitly
                else:
                    years = 1
                    while _add_months(starts, 12 * years) - timedelta(days=1) < today:
                        years += 1
                    ends = _add_months(starts, 12 * years) - timedelta(days=1)
            else:
                ends = _add_months(starts, 12 * (1 + int(rnd() * 2))) - timedelta(days=1)
                if ends >= today:
                    ends = today - timedelta(days=1 + int(rnd() * 60))
                if ends <= starts:
                    continue
            contracts.append((starts, ends, level))
            for begin, end, lv in contracts:
                signed = max(_day_ms(begin) - int(rnd() * 14 * DAY_MS), created)
                signed = min(self.loader.office_hours(signed, created), self.end_ms)
                entry = (begin.isoformat(), end.isoformat() if end else None, lv)
                if company_id:
                    self.by_company.setdefault(company_id, []).append(entry)
                else:
                    assert person_id is not None
                    self.by_person.setdefault(person_id, []).append(entry)
                author = self.deciders[int(rnd() * len(self.deciders))]
                stamp = self.iso(signed)
                rows.append((signed, (new_id(self.rng, signed), stamp, stamp, author, author, company_id, person_id,
                                      lv.id, entry[0], entry[1], None, None)))
        rows.sort(key=lambda r: r[0])
        per_year: dict[int, int] = {}
        out = []
        for signed, row in rows:
            year = _date(signed).year
            per_year[year] = per_year.get(year, 0) + 1
            out.append((*row[:10], f"CT-{year}-{per_year[year]:03d}", None))
        self.conn.executemany(_insert_sql("contracts", _CONTRACT_COLUMNS), out)
        return len(out)

    def coverage(self, company_id: str | None, person_id: str | None, day: str) -> _Level | None:
        """The level ``contracts.coverage`` gives: the company's contract first, the best rank, the latest start."""
        for key, table in ((company_id, self.by_company), (person_id, self.by_person)):
            if not key:
                continue
            best: tuple[int, str, _Level] | None = None
            for starts, ends, level in table.get(key, ()):
                if starts <= day and (ends is None or ends >= day):
                    candidate = (level.rank, starts, level)
                    if best is None or candidate[:2] > best[:2]:
                        best = candidate
            if best is not None:
                return best[2]
        return None

    # ------------------------------------------------------------------ knowledge base

    def load_articles(self) -> int:
        """Every article of demo_support_data, written in the desk's first months (a few later)."""
        existing = {
            (title, language): (article_id, 0)
            for article_id, title, language in self.conn.execute(
                "SELECT id, title, language FROM kb_articles WHERE deleted_at IS NULL")
        }
        self.articles: dict[tuple[str, str], tuple[str, int, str]] = {}  # (key, language) -> id, created, title
        rows = []
        authors = self.technicians + self.desk
        for article in data.ARTICLES:
            key, language, title = article["key"], article.get("language") or "fr", article["title"]
            found = existing.get((title, language))
            if found:
                self.articles[(key, language)] = (found[0], self.start_ms, title)
                continue
            if self.rnd() < 0.8:
                created = self.start_ms + int(self.rnd() * 90 * DAY_MS)
            else:
                created = self.start_ms + int(self.rnd() * (self.end_ms - self.start_ms))
            created = min(self.loader.office_hours(created, self.start_ms), self.end_ms)
            author = authors[int(self.rnd() * len(authors))]
            updated = created
            if self.rnd() < 0.3:
                updated = self.loader.office_hours(self.loader.between(created, self.end_ms), created)
            article_id = new_id(self.rng, created)
            tags = [t.strip() for t in str(article.get("tags") or "").split(",") if t.strip()]
            rows.append((created, (article_id, self.iso(created), self.iso(updated), author, author, title,
                                   article.get("problem") or None, article["solution"],
                                   article.get("product") or None, article.get("category") or None,
                                   json.dumps(tags, ensure_ascii=False, sort_keys=True), language)))
            self.articles[(key, language)] = (article_id, created, title)
        rows.sort(key=lambda r: r[0])
        self.conn.executemany(_insert_sql("kb_articles", _ARTICLE_COLUMNS), [r[1] for r in rows])
        return len(rows)

    # ------------------------------------------------------------------ tickets: who, when, what

    def customers(self, people: list[_Person], companies: list[_Company]) -> tuple[list[_Customer], list[float]]:
        """Everyone who may call the desk, with a weight skewed like history (a few call a lot)."""
        stage_weight = {"customer": 1.0, "former": 0.35, "prospect": 0.06, "lead": 0.015}
        paretovariate = self.rng.paretovariate
        known_for = self.loader.known_for
        pool: list[_Customer] = []
        weights: list[float] = []
        for person in people:
            weight = min(paretovariate(1.3), 60.0) * stage_weight.get(person.stage, 0.1) * known_for(person.created)
            company = person.company
            if person.row[0] in self.by_person or (company is not None and company.id in self.by_company):
                weight *= 2.0  # a contract makes calling the desk the obvious thing to do
            pool.append(_Customer(person.row[0], company.id if company else None, person.created,
                                  person.language, person.stage))
            weights.append(weight)
        for company in companies:
            weight = 0.12 * min(paretovariate(1.3), 60.0) * stage_weight.get(company.stage, 0.1)
            weight *= known_for(company.created)
            pool.append(_Customer(None, company.id, company.created, company.language, company.stage))
            weights.append(weight)
        return pool, weights

    def load_tickets(self, people: list[_Person], companies: list[_Company], count: int) -> int:
        pool, weights = self.customers(people, companies)
        if not pool:
            return 0
        rng, rnd, cal = self.rng, self.rnd, self.cal
        templates = list(data.TICKET_TEMPLATES)
        template_cum = _cumulative([min(rng.paretovariate(1.4), 25.0) for _ in templates])
        # Planted tickets: due within the hour, breached, waiting, reopened as of now (queues worth a look).
        planted = max(5, round(count ** 0.4)) if count >= 50 else 0
        recent = max(15, count // 100) if count >= 50 else 0
        regular = count - planted - recent
        heads: list[tuple[int, int, int, str, str | None]] = []  # (opened, customer, template, channel, plan)
        channels_cum = _cumulative([w for _, w in _CHANNELS])
        picks = rng.choices(range(len(pool)), weights=weights, k=count)
        covered = [i for i, c in enumerate(pool) if self.coverage(c.company_id, c.person_id, self.today)]
        now_pos = cal.pos(self.end_ms)
        recent_low = cal.at(max(now_pos - 15 * 540 * MINUTE_MS, 1))
        for index, customer_index in enumerate(picks):
            plan = None
            if index >= regular + recent and covered:
                plan = _PLANS[(index - regular - recent) % len(_PLANS)]
                customer_index = covered[int(rnd() * len(covered))]
            customer = pool[customer_index]
            low = max(customer.created + HOUR_MS, self.start_ms + DAY_MS)
            if index >= regular:
                low = max(low, recent_low)
            if low >= self.end_ms - HOUR_MS:
                low = max(self.end_ms - 6 * HOUR_MS, customer.created)
            opened = cal.uniform(low, self.end_ms - 5 * MINUTE_MS, rnd)
            if plan is not None:
                planted_at = self.planted_opening(customer, plan)
                if planted_at is None:
                    plan = None
                else:
                    opened = planted_at
            channel = _CHANNELS[_pick(channels_cum, rnd)][0]
            if plan is None and channel == "email" and rnd() < 0.25:  # e-mails come in at any hour
                opened = max(self.loader.between(opened - 10 * HOUR_MS, opened), customer.created + MINUTE_MS)
            heads.append((opened, customer_index, _pick(template_cum, rnd), channel, plan))
        heads.sort(key=lambda head: head[:3])
        code_row = self.conn.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()
        code = code_row[0] if code_row else "X"
        last_row = self.conn.execute(
            "SELECT last FROM number_counters WHERE prefix = 'T' AND code = ?", [code]).fetchone()
        number = last_row[0] if last_row else 0
        self.batch = _Batch()
        self.done_sla: list[tuple[Any, ...]] = []
        self.active_ids: list[str] = []
        self.last_solved: dict[int, tuple[str, str, str, int]] = {}  # template -> id, number, subject, resolved
        self.languages: dict[int, str] = {}
        units_per_batch = (TICKET_UNITS - 1) * _BATCH
        for made, (opened, customer_index, template_index, channel, plan) in enumerate(heads, 1):
            number += 1
            customer = pool[customer_index]
            self.ticket(f"T-{code}-{number:04d}", customer, customer_index, opened, templates[template_index],
                        template_index, channel, plan)
            if made % _BATCH == 0:
                self.flush()
                self.advance(units_per_batch)
        self.flush()
        self.advance((TICKET_UNITS - 1) * (len(heads) % _BATCH))
        self.conn.execute(
            "INSERT INTO number_counters(prefix, code, last) VALUES ('T', ?, ?) "
            "ON CONFLICT(prefix, code) DO UPDATE SET last = max(last, excluded.last)", [code, number])
        self.write_sla()
        return len(heads)

    def planted_opening(self, customer: _Customer, plan: str) -> int | None:
        """An opening moment that makes the ticket due within the hour (or just breached) as of now."""
        cal = self.cal
        now = self.end_ms
        if plan in ("waiting", "reopened"):
            low = 1_500 if plan == "reopened" else 120
            opened = cal.back(now, low + self.rnd() * 3_000)
            return opened if opened > max(customer.created, self.start_ms) else None
        day = _date(now).isoformat()
        level = self.coverage(customer.company_id, customer.person_id, day)
        if level is None or not level.response or not level.resolution:
            return None
        minutes = 5 + self.rnd() * 45
        if plan in ("due_response", "due_resolution"):
            due = cal.add(now, minutes)
            if due - now > HOUR_MS - 5 * MINUTE_MS:
                return None  # closed within the hour: nothing can fall due now
            target = level.response if plan == "due_response" else level.resolution
            opened = cal.back(now, target - minutes)  # (normal priority: the target as the level says)
        else:
            opened = cal.back(now, level.response + minutes)
        if opened <= customer.created or opened <= self.start_ms:
            return None
        if self.coverage(customer.company_id, customer.person_id, _date(opened).isoformat()) is not level:
            return None
        return opened

    # ------------------------------------------------------------------ one ticket

    def language_of(self, customer: _Customer, customer_index: int) -> str:
        language = customer.language
        if language in ("fr", "en"):
            return language
        chosen = self.languages.get(customer_index)
        if chosen is None:  # Dutch and German speakers get English or French, always the same
            chosen = "en" if self.rnd() < 0.55 else "fr"
            self.languages[customer_index] = chosen
        return chosen

    def ticket(self, number: str, customer: _Customer, customer_index: int, opened: int,
               template: dict[str, str], template_index: int, channel: str, plan: str | None) -> None:
        rng, rnd, cal, iso = self.rng, self.rnd, self.cal, self.iso
        lang = self.language_of(customer, customer_index)
        values = _Safe(product=template.get("product") or "", number=number)
        subject = _format(template[f"subject_{lang}"], values)
        description = _format(template.get(f"description_{lang}") or "", values) or None
        resolution_text = _format(template.get(f"resolution_{lang}") or "", values) or None
        category = template.get("category") or "other"
        if category not in CATEGORIES:
            category = "other"
        product = template.get("product") or None
        priorities = _PRIORITIES_BREAKDOWN if category == "breakdown" else _PRIORITIES_OTHER
        priority = "normal" if plan else _weighted(priorities, rnd)
        level = self.coverage(customer.company_id, customer.person_id, _date(opened).isoformat())
        factor = PRIORITY_FACTOR.get(priority, 1.0)
        target_response = ticket_sla._target(level.response, priority) if level else None
        target_resolution = ticket_sla._target(level.resolution, priority) if level else None
        aim_response = target_response or round(_DEFAULT_RESPONSE * factor)
        aim_resolution = target_resolution or round(_DEFAULT_RESOLUTION * factor)
        field_work = channel == "on_site" or (category in _FIELD_WORK and rnd() < 0.55)
        technicians, desk = self.technicians, self.desk
        assignee = (technicians if field_work else desk)[int(rnd() * len(technicians if field_work else desk))]
        taker = desk[int(rnd() * len(desk))] if channel in ("phone", "walk_in") else assignee
        ticket_id = new_id(rng, opened)
        story = _Story()
        assigned = False
        if channel == "on_site" or rnd() < 0.6:
            story.add(opened + int(rnd() * 3 * MINUTE_MS) + 1, "assign", taker, new=assignee)
            assigned = True
        outgoing, incoming = self.messages[lang]
        state = "new"
        moment = opened
        changes: list[tuple[int, str]] = []

        def status(ms: int, new: str, user: str, body: str | None = None) -> None:
            nonlocal state
            if changes and ms <= changes[-1][0]:
                ms = changes[-1][0] + 1
            story.add(ms, "status", user, body=body, old=state, new=new)
            changes.append((ms, new))
            state = new

        quick = channel in ("phone", "walk_in") and category not in _FIELD_WORK and plan is None and rnd() < 0.45
        work: list[tuple[int, str, int]] = []  # (started, user, minutes) of time entries
        if quick:
            # Solved while the customer was still on the phone or at the counter.
            minutes = 5 + int(rnd() * 20)
            resolved = opened + minutes * MINUTE_MS + int(rnd() * MINUTE_MS)
            if not assigned:
                story.add(opened + 1, "assign", taker, new=taker)
                assignee = taker
            work.append((opened, assignee, 5 * math.ceil(minutes / 5)))
        else:
            if plan in ("due_response", "breached"):
                reply = cal.add(self.end_ms, 30 + rnd() * 600)  # not answered yet
            elif plan is not None:
                reply = cal.add(opened, 2 + rnd() * 20)
            else:
                reply = cal.add(opened, max(aim_response * rng.lognormvariate(-1.05, 0.85), 2))
            reply += int(rnd() * MINUTE_MS)
            if not assigned:
                story.add(max(reply - int((1 + rnd() * 3) * MINUTE_MS), opened + 1), "assign", assignee,
                          new=assignee)
            story.add(reply, "message", assignee, "out", outgoing[int(rnd() * len(outgoing))])
            status(reply, "open", assignee)
            moment = reply
            paused_ms = 0
            rounds = 0
            while (plan is None and rnd() < (0.33 if rounds == 0 else 0.12)) or (plan == "waiting" and not rounds):
                rounds += 1
                asked = moment + int((2 + rnd() * (30 if plan else 120)) * MINUTE_MS)
                if rounds > 1:
                    asked = cal.add(moment, 30 + rnd() * 400)
                    story.add(asked, "message", assignee, "out", outgoing[int(rnd() * len(outgoing))])
                status(asked, "waiting", assignee)
                if plan == "waiting":  # the customer has not answered yet
                    answered = cal.add(self.end_ms, 60 + rnd() * 3_000)
                else:
                    answered = cal.add(asked, min(60 * rng.lognormvariate(1.6, 1.1), 12_000))
                answered += int(rnd() * MINUTE_MS)
                story.add(answered, "message", assignee, "in", incoming[int(rnd() * len(incoming))])
                status(answered, "open", assignee)
                paused_ms += cal.minutes_ms(asked, answered)
                moment = answered
            if plan == "due_resolution":
                resolved = cal.add(self.end_ms, 60 + rnd() * 900)
            elif plan == "reopened":
                resolved = cal.add(moment, 30 + rnd() * 300)
            elif plan is not None:
                resolved = cal.add(self.end_ms, 600 + rnd() * 1200)
            else:
                spent = aim_resolution * rng.lognormvariate(-1.35, 1.0)
                resolved = cal.add(opened, spent + paused_ms / MINUTE_MS)
            resolved = max(resolved, cal.add(moment, 15 + rnd() * 90))
            # Work done between the reply and the resolution.
            if field_work and plan != "reopened":
                span = max(cal.minutes_ms(moment, resolved) / MINUTE_MS - 60, 30)
                visit = cal.add(moment, 30 + rnd() * min(1_500, span))
                minutes = 15 * (3 + int(rnd() ** 1.5 * 14))
                work.append((visit, assignee, minutes))
                resolved = max(resolved, visit + (minutes + 5 + int(rnd() * 40)) * MINUTE_MS)
                self.field_costs(story, ticket_id, visit, minutes, assignee, product, lang, category, level,
                                 customer)
            for _ in range(int(rnd() ** 2 * 3) + (0 if field_work else 1)):
                started = cal.uniform(moment, resolved, rnd)
                minutes = 5 * (2 + int(rnd() ** 2 * 10))
                if started + minutes * MINUTE_MS < resolved:
                    work.append((started, assignee, minutes))
            if rnd() < 0.2:
                notes = _NOTES["en" if lang == "en" else "fr"]
                story.add(cal.uniform(moment, resolved, rnd), "note", assignee, body=notes[int(rnd() * len(notes))])
            self.solution(story, ticket_id, template, template_index, lang, assignee, moment, resolved)
        for started, user, minutes in work:
            self.time_entry(story, ticket_id, started, user, minutes, category, customer)
        # Resolved, perhaps reopened and resolved again, then closed a few days later.
        status(resolved, "resolved", assignee, body=resolution_text)
        final = resolved
        if rnd() < 0.045 or plan == "reopened":
            if plan == "reopened":  # came back recently and is not solved again yet
                back = cal.uniform(resolved, self.end_ms, rnd)
                final = cal.add(self.end_ms, 60 + rnd() * 1_200)
            else:
                back = cal.add(resolved, 60 + rnd() * 2_400)
                final = cal.add(back, 30 + rnd() * 1_200)
            story.add(back, "message", assignee, "in", incoming[int(rnd() * len(incoming))])
            status(back, "reopened", assignee)
            status(final, "resolved", assignee, body=resolution_text)
        closed = cal.add(final, (2 + rnd() * 6) * 540)
        status(closed, "closed", assignee)

        # Cut the story at now: the ticket is where its story stands.
        end = self.end_ms
        kept = sorted(e for e in story.events if e[0] <= end)
        current = "new"
        owner: str | None = None
        resolved_at = closed_at = None
        solved_resolution = None
        last_ms, last_user = opened, taker
        batch = self.batch
        for ms, _, kind, user, direction, body, old, new, extra in kept:
            stamp = iso(ms)
            event_id = new_id(rng, ms)
            batch.events.append((event_id, stamp, stamp, user, user, ticket_id, kind, stamp, user, direction, body,
                                 old, new))
            if kind == "status":
                current = new
                if new == "resolved":
                    resolved_at, closed_at, solved_resolution = ms, None, resolution_text
                elif new == "closed":
                    closed_at = ms
                elif new == "reopened":
                    resolved_at = closed_at = None
            elif kind == "assign":
                owner = new
            if extra is not None:
                table, row = extra
                row_id = new_id(rng, ms)
                if table == "time":
                    batch.times.append((row_id, stamp, stamp, user, user, *row))
                elif table == "cost":
                    batch.costs.append((row_id, stamp, stamp, user, user, *row))
                else:
                    batch.solutions.append((row_id, stamp, stamp, user, user, *row))
            last_ms, last_user = ms, user
        done = current in DONE_STATUSES
        batch.tickets.append((
            ticket_id, iso(opened), iso(last_ms), taker, last_user, number, customer.company_id, customer.person_id,
            channel, category, product, priority, current, owner, subject, description,
            solved_resolution if current in DONE_STATUSES or current == "reopened" else None,
            level.id if level else None, iso(opened), iso(resolved_at) if resolved_at and done else None,
            iso(closed_at) if closed_at and current == "closed" else None,
        ))
        if done:
            kept_changes = [(ms, new) for ms, new in changes if ms <= end]
            replies = [e[0] for e in kept if e[2] == "message" and e[4] == "out"]
            replied = replies[0] if replies else next(ms for ms, new in kept_changes if new in DONE_STATUSES)
            self.done_sla.append(self.sla_row(ticket_id, opened, kept_changes, replied, target_response,
                                              target_resolution))
            if resolved_at is not None:
                self.last_solved[template_index] = (ticket_id, number, subject, resolved_at)
        else:
            self.active_ids.append(ticket_id)

    def time_entry(self, story: _Story, ticket_id: str, started: int, user: str, minutes: int, category: str,
                   customer: _Customer) -> None:
        """Time as support_costs.log_time records it: the user's cost, the contract's rate, who pays."""
        day = _date(started)
        level = self.coverage(customer.company_id, customer.person_id, day.isoformat())
        price_rate = level.rate if level and level.rate else self.settings.hourly_rate_cents
        if category == "warranty":
            billing = "free"
        elif level is not None and level.included > 0:
            key = (customer.company_id or customer.person_id or "", day.year)
            used = self.covered_used.get(key, 0)
            billing = "covered" if used + minutes <= level.included else "billable"
            if billing == "covered":
                self.covered_used[key] = used + minutes
        else:
            billing = "billable"
        logged = started + minutes * MINUTE_MS + int(self.rnd() * 20 * MINUTE_MS)
        row = (ticket_id, user, self.iso(started), minutes, billing, self.cost_rate.get(user, 0), price_rate, None)
        story.add(logged, "time", user, old=billing, new=str(minutes), extra=("time", row))

    def field_costs(self, story: _Story, ticket_id: str, visit: int, minutes: int, user: str, product: str | None,
                    lang: str, category: str, level: _Level | None, customer: _Customer) -> None:
        """Travel to the customer, the parts used, now and then an expense."""
        rnd = self.rnd
        settings = self.settings
        free = category == "warranty"
        km = Decimal(str(round(4 + rnd() ** 1.6 * 70, 1)))
        travel = max(5, int(float(km) * (1.1 + rnd() * 0.6)))
        cost_rate = self.cost_rate.get(user, settings.cost_per_hour_cents)
        price_rate = level.rate if level and level.rate else settings.hourly_rate_cents
        billing = "free" if free else ("covered" if level is not None and level.onsite else "billable")
        description = None
        row = ("travel", self.iso(visit), user, description, 1.0, settings.km_cost_cents, settings.km_price_cents,
               float(km), travel, billing,
               _money(km, settings.km_cost_cents) + _times(travel, cost_rate),
               _money(km, settings.km_price_cents) + _times(travel, price_rate), None)
        logged = visit + (minutes + 2) * MINUTE_MS
        story.add(logged, "cost", user, body=None, old="travel", new=str(row[10]),
                  extra=("cost", (ticket_id, *row)))
        if category in ("breakdown", "maintenance", "installation", "warranty") and rnd() < 0.6:
            name = (product or "").lower()
            fitting = [p for p in _PARTS if any(k in name for k in p[0])] or [p for p in _PARTS if not p[0]]
            for extra_index in range(1 + (rnd() < 0.25)):
                part = fitting[int(rnd() * len(fitting))]
                quantity = Decimal(part[5][int(rnd() * len(part[5]))])
                description = part[2] if lang == "en" else part[1]
                row = ("part", self.iso(visit + (minutes - 5) * MINUTE_MS), user, description, float(quantity),
                       part[3], part[4], None, None, "free" if free else "billable",
                       _money(quantity, part[3]), _money(quantity, part[4]), None)
                logged = visit + (minutes + 3 + extra_index) * MINUTE_MS
                story.add(logged, "cost", user, body=description, old="part", new=str(row[10]),
                          extra=("cost", (ticket_id, *row)))
        if rnd() < 0.04:
            fr, en, cents = _EXPENSES[int(rnd() * len(_EXPENSES))]
            description = en if lang == "en" else fr
            row = ("expense", self.iso(visit), user, description, 1.0, cents, cents, None, None,
                   "free" if free else "billable", cents, cents, None)
            logged = visit + (minutes + 6) * MINUTE_MS
            story.add(logged, "cost", user, body=description, old="expense", new=str(cents),
                      extra=("cost", (ticket_id, *row)))

    def solution(self, story: _Story, ticket_id: str, template: dict[str, str], template_index: int, lang: str,
                 user: str, start: int, resolved: int) -> None:
        """The article the template points to, applied before resolving; else now and then a past ticket."""
        rnd = self.rnd
        applied = start + int(rnd() * max(resolved - start, 1) * 0.8)
        key = template.get("article") or ""
        article = self.articles.get((key, lang)) or self.articles.get((key, "fr" if lang == "en" else "en"))
        if key and article is not None and article[1] < applied and rnd() < 0.75:
            row = (ticket_id, article[0], None, self.iso(applied))
            story.add(applied, "solution", user, body=article[2], new=article[0], extra=("solution", row))
            return
        past = self.last_solved.get(template_index)
        if past is not None and past[3] < applied and rnd() < 0.2:
            row = (ticket_id, None, past[0], self.iso(applied))
            story.add(applied, "solution", user, body=f"{past[1]} {past[2]}", new=past[0],
                      extra=("solution", row))

    # ------------------------------------------------------------------ writing

    def flush(self) -> None:
        batch, conn = self.batch, self.conn
        conn.executemany(_insert_sql("tickets", _TICKET_COLUMNS), batch.tickets)
        conn.executemany(_insert_sql("ticket_events", _EVENT_COLUMNS), batch.events)
        conn.executemany(_insert_sql("time_entries", _TIME_COLUMNS), batch.times)
        conn.executemany(_insert_sql("ticket_costs", _COST_COLUMNS), batch.costs)
        conn.executemany(_insert_sql("ticket_solutions", _SOLUTION_COLUMNS), batch.solutions)
        self.batch = _Batch()

    # ------------------------------------------------------------------ service levels

    def write_sla(self) -> None:
        """SLA rows: finished tickets from their story, active ones through ticket_sla.refresh."""
        now = _EPOCH + timedelta(milliseconds=self.now_ms)
        rows = self.done_sla
        for start in range(0, len(rows), 5_000):
            self.conn.executemany(_SLA_SQL, rows[start:start + 5_000])
            self.tracker.report()
        ids = self.active_ids
        for start in range(0, len(ids), _SLA_CHUNK):
            ticket_sla.refresh(self.db, ids[start:start + _SLA_CHUNK], now, self.hours)
            self.tracker.report()
        self.advance(len(rows) + len(ids))

    def sla_row(self, ticket_id: str, opened: int, changes: list[tuple[int, str]], replied: int,
                target_response: int | None, target_resolution: int | None) -> tuple[Any, ...]:
        """The row ticket_sla.refresh would write for a finished ticket (sla_clock.clock_state's arithmetic)."""
        intervals: list[tuple[int, int]] = []
        start: int | None = opened
        for moment, new in changes:
            if new in _RUNNING and start is None:
                start = moment
                if intervals and intervals[-1][1] == moment:
                    start = intervals.pop()[0]
            elif new not in _RUNNING and start is not None:
                if moment > start:
                    intervals.append((start, moment))
                start = None
        if start is not None:  # not finished after all: cannot happen for a resolved or closed ticket
            raise ValueError("a finished ticket's clock still runs")
        response = [(s, min(e, replied)) for s, e in intervals if s < replied]
        response_due, response_met = self.measure(response, target_response)
        resolution_due, resolution_met = self.measure(intervals, target_resolution)
        iso = self.iso
        return (ticket_id, iso(response_due) if response_due is not None else None, iso(replied), response_met,
                iso(resolution_due) if resolution_due is not None else None, resolution_met, None, 0)

    def measure(self, intervals: list[tuple[int, int]], target_minutes: int | None) -> tuple[int | None, int | None]:
        """(when the target was reached, met) of a stopped clock."""
        if target_minutes is None:
            return None, None
        target = target_minutes * MINUTE_MS
        pos = self.cal.pos
        used = 0
        due = None
        for s, e in intervals:
            before = used
            used += max(pos(e) - pos(s), 0)
            if due is None and before < target <= used:
                due = self.cal.at(pos(s) + target - before)
        return due, int(used <= target)


@dataclass
class _Batch:
    """Rows made for a thousand tickets, written together."""

    tickets: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    times: list[tuple[Any, ...]] = field(default_factory=list)
    costs: list[tuple[Any, ...]] = field(default_factory=list)
    solutions: list[tuple[Any, ...]] = field(default_factory=list)


# --------------------------------------------------------------------------- small helpers


def _cumulative(weights: Sequence[float]) -> list[float]:
    out: list[float] = []
    running = 0.0
    for weight in weights:
        running += weight
        out.append(running)
    return out


def _pick(cumulative: list[float], rnd: Callable[[], float]) -> int:
    return min(bisect.bisect_right(cumulative, rnd() * cumulative[-1]), len(cumulative) - 1)


def _weighted(pairs: Sequence[tuple[str, float]], rnd: Callable[[], float]) -> str:
    r = rnd() * sum(weight for _, weight in pairs)
    for value, weight in pairs:
        r -= weight
        if r < 0:
            return value
    return pairs[-1][0]


def _month_start(day: date) -> date:
    """Contracts start on the first of a month: the first after ``day``."""
    return _add_months(day.replace(day=1), 1)


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    return date(day.year + year, month + 1, 1) if day.day == 1 else date(day.year + year, month + 1, min(day.day, 28))


def load(loader: _Loader, people: list[_Person], companies: list[_Company], tickets: int) -> SupportCounts:
    """Add the support desk to the demo load ``loader`` is making (inside its transaction)."""
    return SupportLoader(loader).run(people, companies, tickets)
