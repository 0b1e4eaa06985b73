"""Demo data: realistic French and Belgian contacts and history, fast enough for a million rows.

Why it exists: trying the application, screenshots, and benchmarks need a database
that looks like a real small business (a heating and solar installer near Namur),
with the skew of real data (a few customers with a long history, many leads with
none). The same seed on a fresh database always gives the same rows, so that
benchmarks and bug reports are reproducible.

Why it looks the way it does (DESIGN.md section 3): everything is written in one
transaction with ``executemany`` on plain tuples; for a bulk load the search
triggers and secondary indexes are dropped and rebuilt afterwards. Values that
would be slow to make per row (valid phone and VAT numbers, ISO times) are built
arithmetically from pools prepared once. Word lists live in ``resources/demo``.
"""

from __future__ import annotations

import bisect
import json
import random
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

import sqlite_utils

from crm_desktop import RESOURCES
from crm_desktop.core import customer_value, demo_campaigns, demo_field, demo_sales, demo_support, demo_value
from crm_desktop.core.choices import HISTORY_KINDS, INDUSTRIES
from crm_desktop.core.clock import Clock
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.db import capture, fts, schema
from crm_desktop.db.ids import new_id

#: Where the word lists are (plain UTF-8 JSON, readable and editable by hand).
RESOURCE_DIR = RESOURCES / "demo"

#: ``progress(done, total)``; returning False cancels (None or True carry on).
Progress = Callable[[int, int], bool | None]

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
YEAR_DAYS = 365
WINDOW_DAYS = 3 * YEAR_DAYS
IMPORT_DAYS = 45  # the first weeks, when existing contacts were entered
BATCH = 5_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@dataclass(frozen=True)
class DemoSize:
    """How much to make; ``busiest`` is the history length of the first person."""

    people: int
    companies: int
    history: int
    busiest: int
    tickets: int = 0
    #: Field service: the technicians' team, the parts catalogue and the interventions.
    technicians: int = 0
    parts: int = 0
    interventions: int = 0

    @property
    def rows(self) -> int:
        """Progress units of the load: a ticket with its story counts as several rows, and so does a job."""
        return (self.people + self.companies + self.history + self.tickets * demo_support.TICKET_UNITS
                + self.interventions * demo_field.FIELD_UNITS)


SIZES: dict[str, DemoSize] = {
    "small": DemoSize(people=200, companies=40, history=2_000, busiest=100, tickets=300, technicians=3, parts=15,
                      interventions=150),
    "medium": DemoSize(people=5_000, companies=1_000, history=50_000, busiest=1_000, tickets=5_000, technicians=6,
                       parts=40, interventions=2_000),
    "large": DemoSize(people=100_000, companies=20_000, history=1_000_000, busiest=2_000, tickets=50_000,
                      technicians=10, parts=40, interventions=20_000),
}


@dataclass(frozen=True)
class DemoCounts:
    """What was added; ``busiest_person_id`` has the longest history (benchmarks use it)."""

    people: int = 0
    companies: int = 0
    history: int = 0
    users: int = 0
    busiest_person_id: str | None = None
    #: Support tickets added (with their events, time, costs; levels, contracts and articles
    #: come along). Not compared: what the support part adds is checked by its own tests.
    tickets: int = field(default=0, compare=False)
    #: Interventions added (with technicians, vans, parts and stock); checked by demo_field's tests.
    interventions: int = field(default=0, compare=False)
    #: History written by the leads and campaigns demo (replies, calls, first contacts), after the
    #: ``history`` rows above, which are the only ones in time order by rid.
    campaign_history: int = field(default=0, compare=False)
    #: Products, sales and lines of the sales demo (``demo_sales.SalesCounts``).
    sales: Any = field(default=None, compare=False)


class Cancelled(CrmError):
    """The user cancelled; the database is exactly as it was before."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("core", "Demo data was cancelled; nothing was added."))


# --------------------------------------------------------------------------- public API


def generate(
    db: sqlite_utils.Database,
    clock: Clock,
    size: str = "small",
    seed: int = 1,
    progress: Progress | None = None,
    *,
    bulk: bool | None = None,
) -> DemoCounts:
    """Add demo users, companies, people, history and a support desk in one transaction.

    The support desk (``demo_support``): levels, contracts, tickets with their events,
    time and costs, the knowledge base and the tickets' SLA rows.

    ``progress(done, total)`` is called every few thousand rows and regularly while
    the indexes are rebuilt; when it returns False, :class:`Cancelled` is raised and
    nothing is left behind. ``bulk`` (default: when the new rows outnumber the rows
    already there) drops the search triggers and secondary indexes during the load
    and rebuilds them after, which is several times faster for a large load but
    re-indexes the whole database.
    """
    try:
        spec = SIZES[size]
    except KeyError:
        raise ValueError(f"unknown demo size {size!r}; choose one of {', '.join(SIZES)}") from None
    conn = db.conn
    existing = {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("people", "companies", "history", "tickets")
    }
    if bulk is None:
        bulk = spec.rows >= sum(existing.values())
    final = {
        "people": existing["people"] + spec.people,
        "companies": existing["companies"] + spec.companies,
        "history": existing["history"] + spec.history,
        "tickets": existing["tickets"] + spec.tickets,
    }
    plan = _finishing_plan(bulk, final)
    owns_transaction = not conn.in_transaction
    total = spec.rows + sum(units for _, units, _ in plan)
    tracker = _Tracker(progress, total, conn if owns_transaction else None)
    rng = random.Random(f"crm-demo/{seed}/{existing['people']}")
    loader = _Loader(conn, rng, clock.now(), spec, tracker, bulk, plan)
    try:
        with db.atomic():
            counts = loader.run()
    except sqlite3.OperationalError:
        if tracker.error is not None:
            raise tracker.error from None
        if tracker.cancelled:
            raise Cancelled() from None
        raise
    if owns_transaction and spec.rows >= 100_000:
        # A large transaction leaves a WAL file as big as the data; give the space back.
        with suppress(sqlite3.OperationalError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return counts


# --------------------------------------------------------------------------- progress


class _Tracker:
    """Reports progress, turns a False answer into Cancelled, and lets long SQL be cancelled."""

    def __init__(
        self, callback: Progress | None, total: int, conn: sqlite3.Connection | None
    ) -> None:
        self.callback = callback
        self.total = max(total, 1)
        self.done = 0
        self.conn = conn  # None when nested in the caller's transaction: no SQL interrupts
        self.cancelled = False
        self.error: BaseException | None = None
        self._step_done = 0.0
        self._step_allot = 0
        self._step_rate = 0.0

    def advance(self, rows: int) -> None:
        self.done += rows
        self.report()

    def report(self) -> None:
        if self.callback is None:
            return
        if self.callback(min(self.done, self.total), self.total) is False:
            self.cancelled = True
            raise Cancelled()

    @contextmanager
    def sql_step(self, allot: int, expected_ticks: int) -> Iterator[None]:
        """Run one long statement with a progress handler that can interrupt it."""
        if self.callback is None or self.conn is None:
            yield
            self.advance(allot)
            return
        self._step_done = 0.0
        self._step_allot = allot
        self._step_rate = allot / max(expected_ticks, 1)
        self.conn.set_progress_handler(self._tick, _TICK_OPS)
        try:
            yield
        finally:
            self.conn.set_progress_handler(None, 0)
        self.advance(allot)

    def _tick(self) -> int:
        # Called by SQLite: must not raise. A non-zero answer interrupts the statement.
        callback = self.callback
        assert callback is not None  # installed only with a callback
        self._step_done = min(self._step_done + self._step_rate, max(self._step_allot - 1, 0))
        try:
            answer = callback(min(self.done + int(self._step_done), self.total), self.total)
        except BaseException as exc:  # re-raised by generate() once SQLite has stopped
            self.error = exc
            return 1
        if answer is False:
            self.cancelled = True
            return 1
        return 0


#: SQLite virtual machine instructions between two progress-handler calls (~0.1 s here).
_TICK_OPS = 250_000

#: Measured cost of the finishing statements per row of their table, in progress units
#: (one unit = making and inserting one row), and VM instructions per row.
_FTS_COST, _FTS_OPS = 0.5, 20
_INDEX_COST, _INDEX_OPS = 0.05, 10
_ANALYZE_COST, _ANALYZE_OPS = 0.02, 12


def _finishing_plan(bulk: bool, sizes: dict[str, int]) -> list[tuple[str, int, int]]:
    """Statements run after the load: (sql, progress units, expected progress ticks).

    A bulk load rebuilds the search index and the secondary indexes it dropped (over
    the whole tables, old rows included); every load ends with ANALYZE.
    """
    plan: list[tuple[str, int, int]] = []

    def add(sql: str, rows: int, cost: float, ops: int) -> None:
        plan.append((sql, max(int(rows * cost), 1), max(rows * ops // _TICK_OPS, 1)))

    if bulk:
        for spec in fts.SPECS:
            add(f"INSERT INTO {spec.fts}({spec.fts}) VALUES ('rebuild')",
                sizes.get(spec.table, 0), _FTS_COST, _FTS_OPS)
        for statement in _index_statements():
            table = statement.split(" ON ", 1)[1].split("(", 1)[0].strip()
            add(statement, sizes.get(table, 0), _INDEX_COST, _INDEX_OPS)
    add("ANALYZE", sum(sizes.values()), _ANALYZE_COST, _ANALYZE_OPS)
    return plan


def _index_statements() -> list[str]:
    return [s.strip() for s in schema.INDEXES.split(";") if s.strip()]


# --------------------------------------------------------------------------- word lists


class _Weighted:
    """Items drawn by weight in O(log n) with one random number."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum: list[float] = []
        running = 0.0
        for _, weight in pairs:
            running += weight
            self.cum.append(running)
        self.total = running

    def pick(self, rnd: Callable[[], float]) -> Any:
        return self.items[bisect.bisect_right(self.cum, rnd() * self.total)]


@dataclass(frozen=True)
class _City:
    name: str
    postcode: str
    country: str
    street_style: str
    languages: _Weighted
    landline: tuple[str, ...]  # "+32" + national prefix, to complete with digits
    landline_digits: int


@dataclass(frozen=True)
class _Seeds:
    """Everything read from resources/demo, prepared once per process."""

    names: dict[str, Any]
    places: dict[str, Any]
    companies: dict[str, Any]
    history: dict[str, Any]
    misc: dict[str, Any]
    cities: _Weighted
    mobile: dict[str, tuple[tuple[str, ...], int]]


def _read(name: str) -> dict[str, Any]:
    return json.loads((RESOURCE_DIR / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _seeds() -> _Seeds:
    places = _read("places.json")
    phone = places["phone"]
    cities = []
    for name, postcode, region_key, weight, prefixes in places["cities"]:
        region = places["regions"][region_key]
        country = region["country"]
        code = "+" + phone[country]["country_code"]
        cities.append(
            (
                _City(
                    name=name, postcode=postcode, country=country, street_style=region["streets"],
                    languages=_Weighted(list(region["languages"].items())),
                    landline=tuple(code + p for p in prefixes),
                    landline_digits=phone[country]["landline_digits"],
                ),
                weight,
            )
        )
    mobile = {
        country: (
            tuple("+" + info["country_code"] + p for p in info["mobile_prefixes"]),
            info["mobile_digits"],
        )
        for country, info in phone.items()
    }
    return _Seeds(
        names=_read("names.json"), places=places, companies=_read("companies.json"),
        history=_read("history.json"), misc=_read("misc.json"), cities=_Weighted(cities),
        mobile=mobile,
    )


_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O"})
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def ascii_slug(text: str, sep: str = "") -> str:
    """Lower-case ASCII without accents, other characters replaced by ``sep`` (e-mails, URLs)."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    plain = folded.encode("ascii", "ignore").decode("ascii").lower()
    return _NOT_ALNUM.sub(sep, plain).strip(sep)


# --------------------------------------------------------------------------- numbers


def belgian_vat(base: int) -> str:
    """BE + 10 digits whose last two are 97 - (first eight mod 97)."""
    return f"BE{base:08d}{97 - base % 97:02d}"


def luhn_digit(digits: str) -> int:
    """The Luhn check digit to append to ``digits`` (French SIREN)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return (10 - total % 10) % 10


def french_vat(siren8: str) -> str:
    """FR + two-digit key + SIREN (eight digits and their Luhn digit)."""
    siren = siren8 + str(luhn_digit(siren8))
    return f"FR{int(siren + '12') % 97:02d}{siren}"


def _millis(moment: datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH) // timedelta(milliseconds=1)


# --------------------------------------------------------------------------- the loader

_PERSON_STAGES = _Weighted([("lead", 30), ("prospect", 25), ("customer", 35), ("former", 10)])
_COMPANY_STAGES = _Weighted([("lead", 12), ("prospect", 30), ("customer", 45), ("former", 13)])
_SOURCES = _Weighted(
    [("referral", 20), ("walk_in", 8), ("phone", 15), ("email", 8), ("web_form", 20),
     ("trade_show", 9), ("campaign", 9), ("partner", 6), ("other", 5)]
)
#: History kinds in a realistic mix: (kind, weight, share of incoming or None, business hours).
_KINDS: tuple[tuple[str, float, float | None, bool], ...] = (
    ("call", 30, 0.5, True),
    ("email", 27, 0.5, True),
    ("note", 13, None, True),
    ("visit", 9, 0.0, True),
    ("meeting", 6, None, True),
    ("letter", 4, 0.25, True),
    ("sms", 4, 0.4, True),
    ("web_form", 4, 1.0, False),
    ("trade_show", 2, None, True),
    ("fax", 1, 0.6, True),
)
#: Per stage: (power of the creation-time skew, share of contacts there from the start).
_CREATION_SKEW = {
    "customer": (1.3, 0.55), "former": (1.0, 0.6), "prospect": (1.0, 0.25), "lead": (0.7, 0.1)
}
_STAGE_HISTORY_WEIGHT = {"lead": 0.5, "prospect": 1.2, "customer": 2.5, "former": 1.5}
_CREDIT_CENTS = (50_000, 100_000, 150_000, 250_000, 500_000, 1_000_000, 2_500_000)
_PAYMENT_DAYS = (0, 15, 30, 30, 30, 30, 45, 60)
_COMPANY_ONLY_SHARE = 0.06

_USER_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "name", "email", "role",
    "active", "cost_per_hour_cents",
)
_COMPANY_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "name", "vat", "street",
    "postcode", "city", "country", "phone", "email", "website", "industry", "owner_id", "stage",
    "tags", "notes", "custom",
)
_PERSON_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "first_name", "last_name",
    "title", "company_id", "email", "email2", "phone", "mobile", "street", "postcode", "city",
    "country", "language", "stage", "owner_id", "source", "interests", "consent",
    "credit_limit_cents", "payment_terms_days", "birthday", "tags", "notes", "custom",
)
_HISTORY_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "updated_by", "kind", "direction",
    "occurred_at", "duration_s", "user_id", "subject", "body", "person_id", "company_id",
)


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass
class _Company:
    id: str
    created: int
    name: str
    city: _City
    language: str
    domain: str | None
    owner_id: str
    stage: str


@dataclass
class _Person:
    created: int
    first: str
    last: str
    language: str
    city: _City
    company: _Company | None
    stage: str
    row: list[Any]


class _Loader:
    """One demo load: users, companies, people, then history, then the indexes."""

    def __init__(
        self, conn: sqlite3.Connection, rng: random.Random, now: datetime, spec: DemoSize,
        tracker: _Tracker, bulk: bool, plan: list[tuple[str, int, int]],
    ) -> None:
        self.conn = conn
        self.rng = rng
        self.rnd = rng.random
        self.spec = spec
        self.tracker = tracker
        self.bulk = bulk
        self.plan = plan
        self.seeds = _seeds()
        self.now_ms = _millis(now)
        self.end_ms = self.now_ms - 60_000
        self.start_ms = self.now_ms - WINDOW_DAYS * DAY_MS
        start_day = self.start_ms // DAY_MS
        end_day = self.end_ms // DAY_MS
        self.business_days = [d for d in range(start_day, end_day + 1) if (d + 3) % 7 < 5]
        self._days: dict[int, tuple[str, int, str, str]] = {}
        self.used_emails: set[str] = set()
        self.used_phones: set[str] = set()
        self.used_vats: set[str] = set()
        self.used_names: set[str] = set()

    # ------------------------------------------------------------------ time

    def day_info(self, day: int) -> tuple[str, int, str, str]:
        """ISO prefix, year, French and English date of a day number (cached)."""
        info = self._days.get(day)
        if info is None:
            d = date.fromordinal(_EPOCH_ORDINAL + day)
            info = (f"{d.isoformat()}T", d.year, f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat())
            self._days[day] = info
        return info

    def iso(self, ms: int) -> str:
        """The text core.clock.to_iso gives for this instant, without datetime objects."""
        day, rest = divmod(ms, DAY_MS)
        hours, rest = divmod(rest, HOUR_MS)
        minutes, rest = divmod(rest, 60_000)
        seconds, millis = divmod(rest, 1000)
        return f"{self.day_info(day)[0]}{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}Z"

    def between(self, low: int, high: int) -> int:
        return low + int(self.rnd() * max(high - low, 0))

    def work_moment(self, first_index: int, low: int) -> int:
        """A moment on a weekday during office hours (07:00-16:30 UTC), after ``low``."""
        days = self.business_days
        count = len(days) - first_index
        if count <= 0:
            return self.between(low, self.end_ms)
        ms = days[first_index + int(self.rnd() * count)] * DAY_MS + 7 * HOUR_MS
        ms += int(self.rnd() * 9.5 * HOUR_MS)
        if ms < low or ms > self.end_ms:
            ms = self.between(low, self.end_ms)
        return ms

    def first_business_index(self, ms: int) -> int:
        return bisect.bisect_left(self.business_days, ms // DAY_MS)

    def office_hours(self, ms: int, low: int) -> int:
        """Move a moment into office hours of the same or previous weekday (if still after low)."""
        days = self.business_days
        index = bisect.bisect_right(days, ms // DAY_MS) - 1
        if index < 0:
            return ms
        moment = days[index] * DAY_MS + 7 * HOUR_MS + int(self.rnd() * 9.5 * HOUR_MS)
        return moment if low <= moment <= self.end_ms else ms

    def skewed_created(self, low: int, power: float, imported: float) -> int:
        """A creation time after ``low``; power > 1 favours early, < 1 recent.

        A share ``imported`` comes from the first weeks, when the business typed in or
        imported the contacts it already had: activity does not start from nothing.
        """
        if low < self.start_ms + IMPORT_DAYS * DAY_MS and self.rnd() < imported:
            high = self.start_ms + IMPORT_DAYS * DAY_MS
        else:
            high = self.end_ms
        return self.office_hours(low + int((high - low) * self.rnd() ** power), low)

    # ------------------------------------------------------------------ run

    def run(self) -> DemoCounts:
        if self.bulk:
            # A bulk load is not logged for sync (millions of cells): other machines get
            # it by joining from a snapshot. Small additions stay captured as usual.
            capture.drop_sql(self.conn)
            fts.drop_triggers(self.conn)
            for name in schema.INDEX_NAMES:
                self.conn.execute(f"DROP INDEX IF EXISTS {name}")
        self.remember_existing()
        users_added = self.load_users()
        self.load_business()
        companies = self.load_companies()
        people = self.load_people(companies)
        history = self.load_history(people, companies)
        support = demo_support.load(self, people, companies, self.spec.tickets)
        # Technicians are hired up to the size's team only when this load made the team.
        field_service = demo_field.load(self, people, companies, hire=users_added > 0)
        # Leads, opportunities, tasks and campaigns come after the sales they convert into.
        sales = demo_sales.load(self, people, companies)
        campaigns = demo_campaigns.load(self, people, companies)
        # A few first purchases of the last days: the "new" customers of the value tiers.
        demo_value.load(self, people, companies)
        self.finish()
        return DemoCounts(
            people=len(people), companies=len(companies), history=history,
            users=users_added + support.users + field_service.users,
            busiest_person_id=people[0].row[0] if people else None,
            tickets=support.tickets, interventions=field_service.interventions,
            campaign_history=campaigns.history, sales=sales,
        )

    def finish(self) -> None:
        """Rebuild what the bulk load switched off, then refresh the planner statistics."""
        for sql, units, ticks in self.plan:
            with self.tracker.sql_step(units, ticks):
                self.conn.execute(sql)
        if self.bulk:
            fts.install_triggers(self.conn)
            capture.install_sql(self.conn)
        # The value per customer and month of the months just loaded (their triggers marked them).
        customer_value.refresh(sqlite_utils.Database(self.conn))

    def insert(
        self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]], counted: bool = False
    ) -> None:
        """Insert a batch; ``counted`` when progress was reported while the rows were made."""
        self.conn.executemany(_insert_sql(table, columns), rows)
        if not counted:
            self.tracker.advance(len(rows))

    def remember_existing(self) -> None:
        """Avoid the addresses, numbers and names already there: a second demo load must
        not look like a pile of duplicates to the duplicate finder."""
        for table, column, used in (
            ("people", "email", self.used_emails), ("people", "email2", self.used_emails),
            ("companies", "email", self.used_emails), ("people", "phone", self.used_phones),
            ("people", "mobile", self.used_phones), ("companies", "phone", self.used_phones),
            ("companies", "vat", self.used_vats), ("companies", "name", self.used_names),
        ):
            used.update(
                value for (value,) in self.conn.execute(
                    f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"
                )
            )

    # ------------------------------------------------------------------ users

    def load_business(self) -> None:
        """The demo shop's letterhead, unless the business already entered its own."""
        if self.conn.execute("SELECT 1 FROM settings WHERE key = 'business.name' AND value != '\"\"'").fetchone():
            return
        now = self.iso(self.now_ms)
        values = {"name": "Chauffage & Solaire Lambert SRL", "street": "Chaussée de Louvain 412",
                  "postcode": "5020", "city": "Namur", "country": "BE", "vat": belgian_vat(4_031_707)}
        self.conn.executemany(
            "INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            [(f"business.{key}", json.dumps(value), now) for key, value in values.items()])

    def load_users(self) -> int:
        existing = self.conn.execute("SELECT count(*) FROM users").fetchone()[0]
        added = 0
        if existing < 2:
            admin = self.conn.execute(
                "SELECT id FROM users WHERE role = 'admin' AND deleted_at IS NULL"
                " ORDER BY created_at, rid LIMIT 1"
            ).fetchone()
            domain = self.seeds.misc["business_domain"]
            created = self.start_ms - 30 * DAY_MS
            rows: list[tuple[Any, ...]] = []
            for name, role, cost in self.seeds.misc["users"]:
                created = self.office_hours(created + int(self.rnd() * 5 * DAY_MS), created)
                user_id = new_id(self.rng, created)
                author = admin[0] if admin else (rows[0][0] if rows else user_id)
                first, _, last = name.partition(" ")
                email = f"{ascii_slug(first, '-')}.{ascii_slug(last)}@{domain}"
                stamp = self.iso(created)
                rows.append((user_id, stamp, stamp, author, author, name, email, role, 1, cost))
            self.conn.executemany(_insert_sql("users", _USER_COLUMNS), rows)
            added = len(rows)
        users = self.conn.execute(
            "SELECT id, role, name FROM users WHERE deleted_at IS NULL AND active = 1"
            " ORDER BY created_at, rid"
        ).fetchall()
        if not users:
            users = self.conn.execute("SELECT id, role, name FROM users ORDER BY created_at, rid").fetchall()
        self.all_users = [u[0] for u in users] or [None]
        self.office = [u[0] for u in users if u[1] != "technician"] or self.all_users
        self.technicians = [u[0] for u in users if u[1] == "technician"] or self.all_users
        tech_names = [u[2].split(" ")[0] for u in users if u[1] == "technician"]
        self.tech_names = tech_names or [u[2].split(" ")[0] for u in users] or ["Kevin"]
        return added

    # ------------------------------------------------------------------ shared helpers

    def name(self, language: str) -> tuple[str, str, int]:
        """First name, last name and gender (0 man, 1 woman) of someone speaking ``language``."""
        names = self.seeds.names
        lang = language
        if language == "en" and self.rnd() < 0.4:
            lang = ("fr", "nl")[int(self.rnd() * 2)]
        elif language in ("fr", "nl") and self.rnd() < 0.08:
            lang = "nl" if language == "fr" else "fr"
        gender = int(self.rnd() * 2)
        first = self.pick(names["first"][lang]["mf"[gender]])
        return first, self.pick(names["last"][lang]), gender

    def pick(self, items: Sequence[Any]) -> Any:
        return items[int(self.rnd() * len(items))]

    def street(self, city: _City) -> str:
        streets = self.seeds.places["streets"][city.street_style]
        name = self.pick(streets)
        number = 1 + int(self.rnd() ** 2 * 180)
        if city.street_style == "fr_fr":
            return f"{number} {name}"
        box = ""
        if self.rnd() < 0.06:
            box = (" bus " if city.street_style == "nl_be" else " bte ") + str(1 + int(self.rnd() * 12))
        return f"{name} {number}{box}"

    def unique_phone(self, make: Callable[[], str]) -> str:
        for _ in range(20):
            number = make()
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number
        return number

    def landline(self, city: _City) -> str:
        prefix = self.pick(city.landline)
        digits = city.landline_digits - (len(prefix) - 3)

        def make() -> str:
            return f"{prefix}{int(self.rnd() * 10**digits):0{digits}d}"

        return self.unique_phone(make)

    def mobile(self, country: str) -> str:
        prefixes, total = self.seeds.mobile[country]
        prefix = self.pick(prefixes)
        digits = total - (len(prefix) - 3)

        def make() -> str:
            return f"{prefix}{int(self.rnd() * 10**digits):0{digits}d}"

        return self.unique_phone(make)

    def unique_email(self, local: str, domain: str) -> str:
        candidate = f"{local}@{domain}"
        tries = 0
        while candidate in self.used_emails:
            tries += 1
            candidate = f"{local}{int(self.rnd() * 10 ** min(1 + tries, 6))}@{domain}"
        self.used_emails.add(candidate)
        return candidate

    def email_local(self, first: str, last: str, work: bool) -> str:
        f = ascii_slug(first, "-") or "contact"
        lastname = ascii_slug(last) or "contact"
        r = self.rnd()
        if work:
            if r < 0.55:
                return f"{f}.{lastname}"
            if r < 0.8:
                return f"{f[0]}.{lastname}"
            if r < 0.92:
                return f"{f[0]}{lastname}"
            return f
        if r < 0.4:
            return f"{f}.{lastname}"
        if r < 0.55:
            return f"{f}{lastname}"
        if r < 0.7:
            return f"{f[0]}{lastname}"
        if r < 0.8:
            return f"{lastname}.{f}"
        if r < 0.88:
            return f"{f}_{lastname}"
        return f"{f}.{lastname}{int(50 + self.rnd() * 55) % 100:02d}"

    def personal_domain(self, country: str) -> str:
        return self.pick(self.seeds.misc["personal_domains"][country])

    def tags(self, weights: dict[str, float]) -> list[str]:
        return [tag for tag, weight in weights.items() if self.rnd() * 100 < weight]

    def stamps(self, created: int) -> tuple[str, str, str, str]:
        """created_at, updated_at, created_by, updated_by."""
        author = self.pick(self.office)
        created_at = self.iso(created)
        if self.rnd() < 0.45:
            return created_at, created_at, author, author
        updated = self.office_hours(self.between(created, self.end_ms), created)
        return created_at, self.iso(updated), author, self.pick(self.office)

    # ------------------------------------------------------------------ companies

    def company_name(self, city: _City, language: str, industry: str) -> tuple[str, str]:
        """The name without and with its legal form (public bodies have none)."""
        data = self.seeds.companies
        info = data["industries"][industry]
        lang = language if language in info else "fr"
        activity = self.pick(info[lang])
        if info.get("public"):
            name = activity.format(city=city.name)
            return name, name
        by_language = {"nl": "nl_be", "de": "de_be"}
        style = "fr_fr" if city.country == "FR" else by_language.get(language, "fr_be")
        legal = self.pick(data["legal_forms"][style])
        families = self.seeds.names["last"][lang if lang in self.seeds.names["last"] else "fr"]
        patterns = data["pattern_weights"]
        total = sum(patterns.values())
        if industry not in data["family_firms"]:
            total -= patterns["family_sons"]
        r = self.rnd() * total
        family = self.pick(families)
        if r < patterns["family_activity"]:
            core = f"{family} {activity}"
        elif r < patterns["family_activity"] + patterns["activity_family"]:
            core = f"{activity} {family}"
        elif r < patterns["family_activity"] + patterns["activity_family"] + patterns["brand_activity"]:
            core = f"{self.pick(data['brands'])} {activity}"
        else:
            core = f"{family} {data['sons'][lang]}"
        return core, f"{core} {legal}"

    def load_companies(self) -> list[_Company]:
        n = self.spec.companies
        seeds = self.seeds
        industries = _Weighted(
            [(name, seeds.companies["industries"][name]["weight"]) for name in INDUSTRIES]
        )
        created = sorted(
            [self.start_ms]
            + [self.skewed_created(self.start_ms + DAY_MS, 1.2, 0.5) for _ in range(n - 1)]
        )[:n]
        companies: list[_Company] = []
        rows: list[tuple[Any, ...]] = []
        notes = seeds.companies["notes"]
        mailboxes = seeds.companies["mailboxes"]
        for index, created_ms in enumerate(created):
            city: _City = seeds.cities.pick(self.rnd)
            language = city.languages.pick(self.rnd)
            if language == "en" and self.rnd() < 0.7:
                language = "fr" if city.country == "FR" or self.rnd() < 0.6 else "nl"
            industry = industries.pick(self.rnd)
            public = bool(seeds.companies["industries"][industry].get("public"))
            core, name = self.company_name(city, language, industry)
            tries = 0
            while name in self.used_names:
                tries += 1
                if tries < 6:
                    core, name = self.company_name(city, language, industry)
                else:  # the same name elsewhere: real firms add their town, then a number
                    qualifier = city.name if tries == 6 else f"{city.name} {tries - 5}"
                    core, name = f"{core} {qualifier}", name.replace(core, f"{core} {qualifier}", 1)
            self.used_names.add(name)
            vat = None if public or self.rnd() < 0.08 else self.vat(city.country)
            slug = ascii_slug(core.replace("&", " "), "-")
            tld = "fr" if city.country == "FR" else ("be" if self.rnd() < 0.85 else "com")
            domain = f"{slug}.{tld}" if self.rnd() < 0.72 else None
            website = f"https://www.{domain}" if domain else None
            mail_lang = language if language in mailboxes else "fr"
            if domain:
                email: str | None = self.unique_email(self.pick(mailboxes[mail_lang]), domain)
            elif self.rnd() < 0.75:
                email = self.unique_email(slug.replace("-", "."), self.personal_domain(city.country))
            else:
                email = None
            stage = "customer" if index == 0 else _COMPANY_STAGES.pick(self.rnd)
            owner = self.pick(self.office)
            tags = self.tags(seeds.misc["company_tags"])
            if index == 0 and "key account" not in tags:
                tags.append("key account")
            note = None
            if self.rnd() < 0.15:
                note_lang = "en" if language == "en" else "fr"
                note = self.pick(notes[note_lang])
            company_id = new_id(self.rng, created_ms)
            created_at, updated_at, created_by, updated_by = self.stamps(created_ms)
            rows.append((
                company_id, created_at, updated_at, created_by, updated_by, name, vat,
                self.street(city), city.postcode, city.name, city.country, self.landline(city),
                email, website, industry, owner, stage, _dumps(tags), note, "{}",
            ))
            companies.append(_Company(company_id, created_ms, name, city, language, domain, owner, stage))
            if len(rows) >= BATCH:
                self.insert("companies", _COMPANY_COLUMNS, rows)
                rows = []
        if rows:
            self.insert("companies", _COMPANY_COLUMNS, rows)
        return companies

    def vat(self, country: str) -> str:
        for _ in range(20):
            if country == "FR":
                number = french_vat(str(30_000_000 + int(self.rnd() * 69_999_999)))
            else:
                number = belgian_vat(4_000_000 + int(self.rnd() * 6_100_000))
            if number not in self.used_vats:
                break
        self.used_vats.add(number)
        return number

    # ------------------------------------------------------------------ people

    def load_people(self, companies: list[_Company]) -> list[_Person]:
        n = self.spec.people
        seeds = self.seeds
        misc = seeds.misc
        company_pool = _Weighted(
            [(c, min(self.rng.paretovariate(1.2), 40.0)) for c in companies[1:]] or
            [(c, 1.0) for c in companies]
        )
        people: list[_Person] = []
        for index in range(n):
            company: _Company | None = None
            if companies and (index == 0 or self.rnd() < 0.7):
                company = companies[0] if index == 0 else company_pool.pick(self.rnd)
            people.append(self.make_person(index, company, misc))
            if (index + 1) % BATCH == 0:
                self.tracker.advance(BATCH)
        self.tracker.advance(n % BATCH)
        # Inserted in the order they were created, as they would have been typed in.
        people.sort(key=lambda p: p.created)
        rows: list[tuple[Any, ...]] = []
        for person in people:
            person.row[0] = new_id(self.rng, person.created)
            rows.append(tuple(person.row))
            if len(rows) >= BATCH:
                self.insert("people", _PERSON_COLUMNS, rows, counted=True)
                rows = []
        if rows:
            self.insert("people", _PERSON_COLUMNS, rows, counted=True)
        return people

    def make_person(self, index: int, company: _Company | None, misc: dict[str, Any]) -> _Person:
        rnd = self.rnd
        own_city = company is None or rnd() < 0.45
        if company is not None:
            city = self.seeds.cities.pick(rnd) if own_city else company.city
            language = company.language if rnd() < 0.85 else city.languages.pick(rnd)
        else:
            city = self.seeds.cities.pick(rnd)
            language = city.languages.pick(rnd)
        first, last, gender = self.name(language)
        if index == 0:
            stage = "customer"
        elif company is not None and rnd() < 0.75:
            stage = company.stage
        else:
            stage = _PERSON_STAGES.pick(rnd)
        power, imported = _CREATION_SKEW[stage]
        if index == 0:
            created = self.start_ms + HOUR_MS
        else:
            low = max(self.start_ms + DAY_MS, company.created if company else 0)
            created = self.skewed_created(low, power, imported)
        title = None
        if company is not None and rnd() < 0.85:
            titles = misc["titles"]
            title = self.pick(titles[language if language in titles else "fr"])[gender]
        # e-mail addresses: work address at the company's domain, else a personal one
        email = email2 = None
        work_domain = company.domain if company is not None else None
        if work_domain and rnd() < 0.85:
            email = self.unique_email(self.email_local(first, last, True), work_domain)
            if rnd() < 0.12:
                email2 = self.unique_email(
                    self.email_local(first, last, False), self.personal_domain(city.country)
                )
        elif rnd() < (0.8 if company is None else 0.6):
            email = self.unique_email(
                self.email_local(first, last, False), self.personal_domain(city.country)
            )
        phone_city = company.city if company is not None else city
        phone = self.landline(phone_city) if rnd() < (0.6 if company else 0.35) else None
        mobile = self.mobile(city.country) if rnd() < (0.6 if company else 0.82) else None
        owner = company.owner_id if company is not None and rnd() < 0.8 else self.pick(self.office)
        interests: list[str] = []
        if rnd() < 0.5:
            interests = sorted(
                {self.pick(misc["interests"]) for _ in range(1 + int(rnd() * 3))}
            )
        consent, newsletter = self.consent(created, email is not None, mobile is not None, misc)
        tags = self.tags(misc["tags"])
        if "newsletter" in tags and not newsletter:
            tags.remove("newsletter")
        if index == 0 and "vip" not in tags:
            tags.insert(0, "vip")
        credit = terms = None
        if stage == "customer" or (stage == "former" and rnd() < 0.5):
            credit = self.pick(_CREDIT_CENTS[2:] if company else _CREDIT_CENTS[:5])
            terms = self.pick(_PAYMENT_DAYS)
        birthday = None
        if company is None and rnd() < 0.25:
            birthday = date.fromordinal(
                date(1940, 1, 1).toordinal() + int(rnd() * 23_000)
            ).isoformat()
        note = None
        if rnd() < 0.08:
            notes = misc["person_notes"]
            note = self.pick(notes["en" if language == "en" else "fr"])
        custom: dict[str, str] = {}
        if stage == "customer" and rnd() < 0.3:
            for label, values in misc["custom"]["fr"]:
                custom[label] = self.pick(values)
        # A private person has a home address; a contact at a company is reached at work
        # (town only) or, for some, at home.
        street: str | None = None
        if company is None or (own_city and rnd() < 0.5):
            street = self.street(city)
        created_at, updated_at, created_by, updated_by = self.stamps(created)
        row = [
            None, created_at, updated_at, created_by, updated_by, first, last, title,
            company.id if company else None, email, email2, phone, mobile, street, city.postcode,
            city.name, city.country, language, stage, owner, _SOURCES.pick(rnd), _dumps(interests),
            _dumps(consent), credit, terms, birthday, _dumps(tags), note, _dumps(custom),
        ]
        return _Person(created, first, last, language, city, company, stage, row)

    def consent(
        self, created: int, has_email: bool, has_mobile: bool, misc: dict[str, Any]
    ) -> tuple[dict[str, dict[str, str]], bool]:
        """Consent per channel with its proof; True when e-mail consent is given."""
        rnd = self.rnd
        if rnd() >= 0.45:
            return {}, False
        out: dict[str, dict[str, str]] = {}
        chances = {"email": 0.85 if has_email else 0.0, "post": 0.3, "phone": 0.25,
                   "sms": 0.3 if has_mobile else 0.0}
        for channel, chance in chances.items():
            if rnd() < chance:
                day = self.between(created, self.end_ms) // DAY_MS
                out[channel] = {
                    "status": "given" if rnd() < 0.88 else "withdrawn",
                    "date": self.day_info(day)[3],
                    "source": self.pick(misc["consent_sources"][channel]),
                }
        return out, out.get("email", {}).get("status") == "given"

    # ------------------------------------------------------------------ history

    def known_for(self, created: int) -> float:
        """Share of the window since a record was created: a contact of three years has
        had more touches than one of last week, so history does not pile up near now."""
        return max(self.end_ms - created, DAY_MS) / (WINDOW_DAYS * DAY_MS)

    def load_history(self, people: list[_Person], companies: list[_Company]) -> int:
        total = self.spec.history
        n_people = len(people)
        if total <= 0 or (not people and not companies):
            return 0
        rnd = self.rnd
        kinds = _Weighted([(i, k[1]) for i, k in enumerate(_KINDS)])
        company_only = int(total * _COMPANY_ONLY_SHARE) if companies else 0
        busiest = min(self.spec.busiest, total - company_only) if people else 0
        rest = total - company_only - busiest
        picks: list[int] = [0] * busiest
        if people:
            pool = range(1, n_people) if n_people > 1 else range(n_people)
            weights = [
                min(self.rng.paretovariate(1.3), 80.0) * _STAGE_HISTORY_WEIGHT[people[i].stage]
                * self.known_for(people[i].created)
                for i in pool
            ]
            # Nobody may come near the busiest person, whom benchmarks rely on.
            for _ in range(4):
                cap = 0.5 * busiest * sum(weights) / max(rest, 1)
                weights = [min(w, cap) for w in weights]
            picks += self.rng.choices(pool, weights=weights, k=rest)
        elif companies:
            company_only += rest
        if company_only:
            company_weights = [
                min(self.rng.paretovariate(1.3), 80.0) * _STAGE_HISTORY_WEIGHT[c.stage]
                * self.known_for(c.created)
                for c in companies
            ]
            picks += [n_people + i for i in self.rng.choices(range(len(companies)), company_weights,
                                                             k=company_only)]
        shift = max(20, (n_people + len(companies)).bit_length())
        mask = (1 << shift) - 1
        # When each entry happened: keys sort by time, then kind, then whose it is.
        lows = [p.created for p in people] + [c.created for c in companies]
        firsts = [self.first_business_index(low) for low in lows]
        keys: list[int] = []
        append = keys.append
        business_hours = [k[3] for k in _KINDS]
        between, work_moment = self.between, self.work_moment
        end = self.end_ms
        report = self.tracker.report
        for count, owner in enumerate(picks, 1):
            if count % 100_000 == 0:
                report()  # nothing written yet, but the user may cancel
            kind = kinds.pick(rnd)
            # Web forms come in at any hour; everything else happens during office hours.
            low = lows[owner]
            ms = work_moment(firsts[owner], low) if business_hours[kind] else between(low, end)
            append((((ms << 4) | kind) << shift) | owner)
        del picks
        keys.sort()
        return self.write_history(keys, shift, mask, people, companies)

    def write_history(
        self, keys: list[int], shift: int, mask: int, people: list[_Person],
        companies: list[_Company],
    ) -> int:
        rng, rnd = self.rng, self.rnd
        n_people = len(people)
        texts = _Texts(self)
        person_ids = [p.row[0] for p in people]
        person_companies = [p.company.id if p.company else None for p in people]
        sql = _insert_sql("history", _HISTORY_COLUMNS)
        rows: list[tuple[Any, ...]] = []
        iso, end = self.iso, self.now_ms
        technicians, office, everyone = self.technicians, self.office, self.all_users
        n_tech, n_office, n_all = len(technicians), len(office), len(everyone)
        directions = [k[2] for k in _KINDS]
        names = [k[0] for k in _KINDS]
        written = 0
        for key in keys:
            owner = key & mask
            kind_index = (key >> shift) & 15
            ms = key >> (shift + 4)
            kind = names[kind_index]
            incoming = directions[kind_index]
            direction = None if incoming is None else ("in" if rnd() < incoming else "out")
            if owner < n_people:
                person = people[owner]
                person_id, company_id = person_ids[owner], person_companies[owner]
                language, first, last, city = person.language, person.first, person.last, person.city
            else:
                company = companies[owner - n_people]
                person_id, company_id = None, company.id
                language, first, last, city = company.language, None, None, company.city
            if kind == "visit":
                user = technicians[int(rnd() * n_tech)]
                duration: int | None = 1800 + int(rnd() ** 2 * 9000)
            elif kind == "note":
                user = everyone[int(rnd() * n_all)]
                duration = None
            else:
                user = office[int(rnd() * n_office)]
                if kind == "call":
                    duration = 30 + int(rnd() ** 2 * 1500)
                elif kind == "meeting":
                    duration = 1800 + int(rnd() * 6) * 900
                else:
                    duration = None
            subject, body = texts.make(language, kind, direction, ms, first, last, city.name)
            created = min(ms + (duration or 0) * 1000 + int(rnd() * 900_000), end)
            stamp = iso(created)
            rows.append((
                new_id(rng, created), stamp, stamp, user, user, kind, direction, iso(ms), duration,
                user, subject, body, person_id, company_id,
            ))
            if len(rows) >= BATCH:
                self.conn.executemany(sql, rows)
                written += len(rows)
                self.tracker.advance(len(rows))
                rows = []
        if rows:
            self.conn.executemany(sql, rows)
            written += len(rows)
            self.tracker.advance(len(rows))
        return written


#: Which form of a product (noun, with "a", with "the", with "of") each template field wants.
_PRODUCT_FORMS = {"product": 0, "a_product": 1, "the_product": 2, "of_product": 3}

#: Every field the history templates may use.
PLACEHOLDERS = frozenset(
    {"first_name", "last_name", "city", "date", "time", "amount", "quote", "invoice", "tech",
     "show", "year", "a_product2", *_PRODUCT_FORMS}
)


class _Values(dict[str, str]):
    """Placeholder values made only when a template asks for them."""

    __slots__ = ("texts",)

    def __init__(self, texts: _Texts) -> None:
        super().__init__()
        self.texts = texts

    def __missing__(self, key: str) -> str:
        value = self.texts.value(key)
        self[key] = value
        return value


class _Texts:
    """Subjects and bodies of history entries from the topics in history.json."""

    def __init__(self, loader: _Loader) -> None:
        self.loader = loader
        self.rnd = loader.rnd
        data = loader.seeds.history
        self.shows = data["shows"]
        self.products = loader.seeds.misc["products"]
        first = loader.seeds.names["first"]["fr"]
        self.first_names = first["f"] + first["m"]
        #: (language, kind, direction) -> topics, each (subjects, sentences in reading order)
        self.topics: dict[tuple[str, str, str | None], list[tuple[list[str], list[str]]]] = {}
        self.closings = {lang: data[lang]["closings"] for lang in ("fr", "en")}
        for lang in ("fr", "en"):
            for kind in HISTORY_KINDS:
                entry = data[lang][kind]
                for direction in (None, "in", "out"):
                    topics = entry.get(direction or "any") or next(iter(entry.values()))
                    self.topics[(lang, kind, direction)] = [(t[0], t[1]) for t in topics]
        self.values = _Values(self)
        self.lang = "fr"
        self.ms = 0
        self.first: str | None = None
        self.last: str | None = None
        self.city = ""
        self.product: list[str] | None = None

    def make(
        self, language: str, kind: str, direction: str | None, ms: int, first: str | None,
        last: str | None, city: str,
    ) -> tuple[str, str]:
        rnd = self.rnd
        if language == "fr":
            lang = "en" if rnd() < 0.02 else "fr"
        elif language == "en":
            lang = "en" if rnd() < 0.9 else "fr"
        else:
            lang = "en" if rnd() < 0.45 else "fr"
        self.lang, self.ms, self.first, self.last, self.city = lang, ms, first, last, city
        self.product = None
        values = self.values
        values.clear()
        topics = self.topics[(lang, kind, direction)]
        subjects, sentences = topics[int(rnd() * len(topics))]
        subject = subjects[int(rnd() * len(subjects))].format_map(values)
        # One to three different sentences of the topic, kept in their reading order.
        r = rnd()
        size = len(sentences)
        one = int(rnd() * size)
        chosen = [one]
        if r >= 0.45 and size > 1:
            two = (one + 1 + int(rnd() * (size - 1))) % size
            chosen.append(two)
            if r >= 0.85 and size > 2:
                low, high = sorted(chosen)
                three = int(rnd() * (size - 2))
                three += three >= low
                three += three >= high
                chosen.append(three)
        parts = [sentences[i] for i in sorted(chosen)]
        if rnd() < 0.25:
            closings = self.closings[lang]
            parts.append(closings[int(rnd() * len(closings))])
        return subject, " ".join(parts).format_map(values)

    def value(self, key: str) -> str:
        rnd = self.rnd
        loader = self.loader
        if key == "first_name":
            return self.first or self.first_names[int(rnd() * len(self.first_names))]
        if key == "last_name":
            return self.last or ""
        if key == "city":
            return self.city
        if key in _PRODUCT_FORMS:
            if self.product is None:
                products = self.products[self.lang]
                self.product = products[int(rnd() * len(products))]
            return self.product[_PRODUCT_FORMS[key]]
        if key == "a_product2":
            products = self.products[self.lang]
            other = products[int(rnd() * len(products))]
            if other is self.product:
                other = products[(products.index(other) + 1) % len(products)]
            return other[1]
        day = self.ms // DAY_MS
        if key == "date":
            info = loader.day_info(day + int(rnd() * 24) - 10)
            return info[2] if self.lang == "fr" else info[3]
        if key == "time":
            hour, minute = 8 + int(rnd() * 9), (0, 15, 30, 45)[int(rnd() * 4)]
            return f"{hour}h{minute:02d}" if self.lang == "fr" else f"{hour}:{minute:02d}"
        year = loader.day_info(day)[1]
        if key == "year":
            return str(year + int(rnd() * 2))
        if key == "amount":
            euros = int(80 + rnd() ** 3 * 15_000)
            text = f"{euros:,}"
            return text.replace(",", "\u202f") if self.lang == "fr" else text
        if key == "quote":
            return f"{'D' if self.lang == 'fr' else 'Q'}-{year}-{1 + int(rnd() * 2400):04d}"
        if key == "invoice":
            return f"{'F' if self.lang == 'fr' else 'INV'}-{year}-{1 + int(rnd() * 3600):04d}"
        if key == "tech":
            names = loader.tech_names
            return names[int(rnd() * len(names))]
        if key == "show":
            return self.shows[int(rnd() * len(self.shows))]
        raise KeyError(f"unknown template field {{{key}}} in resources/demo/history.json")

