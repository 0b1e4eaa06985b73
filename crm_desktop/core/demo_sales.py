"""Demo data for sales: a catalogue of ~150 products and two years of sales that follow buying habits.

Why it exists: the sales tabs, the margins and above all the recommendations (cross-sell by lift,
next tier, see core.recommendations) only show what they are worth on sales that look real: a boiler
sold with its installation kit and often a maintenance plan, a router with cabling, solar panels with
an inverter, and customers coming back for consumables, a plan or the next tier. ``core/demo.py``
calls :func:`load` after field service, in the same transaction; :func:`add_sales` adds them to a
database made earlier (benchmarks, a demo made before sales existed).

Why it looks the way it does: each sale is one bundle of ``demo_sales_data`` (a core product drawn by
tier, add-ons each with its chance) or a customer's return for what their earlier bundle needs; days
fall in the bundle's season; numbers follow the order of the days. Rows are written with
``executemany``; for a bulk load the ``product_buyers`` triggers are dropped and the table is
recounted once at the end (the same rows the triggers would have made). Seeded: the same demo gives
the same sales.
"""

from __future__ import annotations

import bisect
import random
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core import demo_sales_data as data
from crm_desktop.core.clock import Clock
from crm_desktop.core.support_settings import load_support
from crm_desktop.db import schema
from crm_desktop.db.connection import write_transaction
from crm_desktop.db.ids import new_id

if TYPE_CHECKING:
    from crm_desktop.core.demo import _Company, _Loader, _Person

#: Sales made per demo size.
SALES = {"small": 300, "medium": 3_000, "large": 20_000}
#: Days of sales before now.
PAST_DAYS = 730
#: Share of the sales that are a customer coming back for what an earlier purchase needs.
RETURN_SHARE = 0.3
#: Share of the returns that buy the next tier of what they own (the up-sell the app then suggests).
UPGRADE_SHARE = 0.2
#: Chance that a sale also holds one product unrelated to its bundle (real baskets are not pure).
NOISE = 0.08
BATCH = 5_000

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
MINUTE_MS = 60_000

_PRODUCT_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "sku", "name", "description",
                    "unit", "is_part", "cost_cents", "price_cents", "active", "category", "tier")
_SALE_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "number", "company_id", "person_id",
                 "sold_on", "channel", "seller_id")
_LINE_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "sale_id", "product_id", "quantity",
                 "unit_price_cents", "unit_cost_cents", "discount_percent", "position")


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _iso(ms: int) -> str:
    """The text core.clock.to_iso gives for this instant."""
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


@dataclass(frozen=True)
class SalesCounts:
    """What the sales part of a demo load added."""

    products: int = 0
    sales: int = 0
    lines: int = 0


@dataclass(slots=True)
class Buyer:
    """Someone who may buy: a company (with the people who order for it) or a person on their own."""

    company_id: str | None
    person_id: str | None
    created: int
    contacts: list[str] = field(default_factory=list)
    #: (bundle index, core sku, day ms) of what they bought, oldest first.
    bought: list[tuple[int, str, int]] = field(default_factory=list)


@dataclass(slots=True)
class _Item:
    id: str
    sku: str
    category: str
    tier: int | None
    cost: int
    price: int


@dataclass(slots=True)
class _Sale:
    ms: int
    buyer: Buyer
    installed: bool
    lines: list[tuple[_Item, int]]


class _Weighted:
    """Items drawn by weight with one random number."""

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum: list[float] = []
        running = 0.0
        for _, weight in pairs:
            running += weight
            self.cum.append(running)
        self.total = running

    def pick(self, rnd: Callable[[], float]) -> Any:
        return self.items[min(bisect.bisect_right(self.cum, rnd() * self.total), len(self.items) - 1)]


class SalesLoader:
    """Adds the catalogue and the sales to a database inside the caller's transaction (module docstring)."""

    def __init__(self, conn: sqlite3.Connection, rng: random.Random, now_ms: int, count: int, *,
                 bulk: bool = False, report: Callable[[], None] | None = None) -> None:
        self.conn = conn
        self.rng = rng
        self.rnd = rng.random
        self.now_ms = now_ms
        self.end_ms = now_ms - HOUR_MS
        self.start_ms = now_ms - PAST_DAYS * DAY_MS
        self.count = count
        self.bulk = bulk
        self.report = report or (lambda: None)
        db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        self.zone = ZoneInfo(load_support(db).timezone)
        users = conn.execute("SELECT id, role FROM users WHERE deleted_at IS NULL AND active = 1 "
                             "ORDER BY created_at, rid").fetchall()
        staff = [u for u, role in users if role in ("staff", "manager")]
        office = staff or [u for u, role in users if role != "technician"] or [u for u, _ in users]
        self.sellers = office
        self.field_sellers = [u for u, role in users if role == "technician"] or office

    # ------------------------------------------------------------------ run

    def run(self, buyers: list[Buyer]) -> SalesCounts:
        added = self.load_products()
        if not buyers or not self.sellers or self.count <= 0:
            return SalesCounts(products=added)
        made = self.make_sales(buyers)
        lines = self.write(made)
        return SalesCounts(products=added, sales=len(made), lines=lines)

    def load_products(self) -> int:
        """The catalogue: kept when a previous load made it (same skus), else added before the sales begin."""
        existing = {sku: (pid, cost, price) for pid, sku, cost, price in self.conn.execute(
            "SELECT id, sku, cost_cents, price_cents FROM products WHERE deleted_at IS NULL AND sku IS NOT NULL "
            "ORDER BY created_at, rid").fetchall()}
        stamp_ms = self.start_ms - 60 * DAY_MS
        stamp = _iso(stamp_ms)
        author = self.sellers[0] if self.sellers else None
        rows: list[tuple[Any, ...]] = []
        self.items: dict[str, _Item] = {}
        for sku, name, description, category, tier, unit, cost, price in data.PRODUCTS:
            found = existing.get(sku)
            if found is not None:
                self.items[sku] = _Item(found[0], sku, category, tier, found[1], found[2])
                continue
            product_id = new_id(self.rng, stamp_ms)
            rows.append((product_id, stamp, stamp, author, author, sku, name, description, unit, 0, cost, price, 1,
                         category, tier))
            self.items[sku] = _Item(product_id, sku, category, tier, cost, price)
        self.conn.executemany(_insert_sql("products", _PRODUCT_COLUMNS), rows)
        #: category -> tier -> the ladder's step (the cheapest product of that tier)
        self.ladder: dict[str, dict[int, _Item]] = {}
        for item in sorted(self.items.values(), key=lambda i: i.price):
            if item.tier is not None:
                self.ladder.setdefault(item.category, {}).setdefault(item.tier, item)
        return len(rows)

    # ------------------------------------------------------------------ sales

    def make_sales(self, buyers: list[Buyer]) -> list[_Sale]:
        rnd = self.rnd
        bundles = _Weighted([(i, b[1]) for i, b in enumerate(data.BUNDLES)])
        # A few customers buy a lot, most once or twice (Pareto weights), companies and people apart.
        companies = [b for b in buyers if b.company_id]
        people = [b for b in buyers if not b.company_id]
        pools = {True: self.pool(companies), False: self.pool(people)}
        noise = [self.items[p[0]] for p in data.PRODUCTS if p[3] != "Consumables"]
        returning: list[Buyer] = []
        made: list[_Sale] = []
        for n in range(self.count):
            if n % 1000 == 999:
                self.report()
            if returning and rnd() < RETURN_SHARE:
                buyer = returning[int(rnd() * len(returning))]
                sale = self.come_back(buyer)
                if sale is not None:
                    made.append(sale)
                    returning.append(buyer)
                    continue
            index = bundles.pick(rnd)
            key, _, company_share, season, cores, addons, _ = data.BUNDLES[index]
            want_company = rnd() < company_share
            pool = pools[want_company] or pools[not want_company]
            if pool is None:
                continue
            buyer = pool.pick(rnd)
            core = self.items[_Weighted(cores).pick(rnd)]
            lines = [(core, 1)]
            for sku, chance, most in addons:
                if sku != core.sku and rnd() < chance:
                    lines.append((self.items[sku], 1 + int(rnd() * most)))
            if rnd() < NOISE:
                lines.append((noise[int(rnd() * len(noise))], 1))
            ms = self.moment(max(buyer.created, self.start_ms), season)
            buyer.bought.append((index, core.sku, ms))
            made.append(_Sale(ms, buyer, key in data.INSTALLED, lines))
            returning.append(buyer)
        return made

    def pool(self, buyers: list[Buyer]) -> _Weighted | None:
        if not buyers:
            return None
        return _Weighted([(b, min(self.rng.paretovariate(1.8), 12.0)) for b in buyers])

    def come_back(self, buyer: Buyer) -> _Sale | None:
        """What an earlier purchase leads to: the next tier of its core, else what it needs later."""
        rnd = self.rnd
        index, core_sku, after = buyer.bought[int(rnd() * len(buyer.bought))]
        key, _, _, season, _, _, follow_ups = data.BUNDLES[index]
        core = self.items[core_sku]
        owned = {sku for _, sku, _ in buyer.bought}
        lines: list[tuple[_Item, int]] = []
        if core.tier is not None and rnd() < UPGRADE_SHARE:
            step = self.ladder.get(core.category, {}).get(core.tier + 1)
            if step is not None and step.sku not in owned:
                lines.append((step, 1))
        if not lines:
            picks = {follow_ups[int(rnd() * len(follow_ups))] for _ in range(1 + int(rnd() * 2))}
            lines = [(self.items[sku], 1 + int(rnd() ** 3 * 3)) for sku in sorted(picks)]
        if after >= self.end_ms - DAY_MS:
            return None
        ms = self.moment(after + DAY_MS, season)
        if lines[0][0].tier is not None:
            buyer.bought.append((index, lines[0][0].sku, ms))
        return _Sale(ms, buyer, key in data.INSTALLED, lines)

    def moment(self, low: int, season: str) -> int:
        """A moment during office hours after ``low``, likelier in the bundle's season."""
        months = data.SEASONS[season]
        ms = low
        for _ in range(6):
            day = (low + int(self.rnd() * max(self.end_ms - low, 0))) // DAY_MS
            ms = day * DAY_MS + 7 * HOUR_MS + int(self.rnd() * 9.5 * HOUR_MS)
            moment = datetime.fromtimestamp(ms / 1000, UTC)
            if moment.weekday() < 6 and (moment.month in months or self.rnd() < 1 / 3):
                break
        return min(max(ms, low), self.end_ms)

    # ------------------------------------------------------------------ writing

    def write(self, made: list[_Sale]) -> int:
        """Numbers in the order of the days, then the rows; ``product_buyers`` kept (or recounted)."""
        rnd = self.rnd
        made.sort(key=lambda s: s.ms)
        code_row = self.conn.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()
        code = code_row[0] if code_row else "X"
        last_row = self.conn.execute(
            "SELECT last FROM number_counters WHERE prefix = 'S' AND code = ?", [code]).fetchone()
        number = last_row[0] if last_row else 0
        channels = {kind: _Weighted(pairs) for kind, pairs in data.CHANNEL_WEIGHTS.items()}
        if self.bulk:
            for trigger in schema.PRODUCT_BUYER_TRIGGERS:
                self.conn.execute(f"DROP TRIGGER IF EXISTS {trigger.split()[5]}")
        sales: list[tuple[Any, ...]] = []
        lines: list[tuple[Any, ...]] = []
        written = 0
        for sale in made:
            number += 1
            channel = channels["install" if sale.installed else "small"].pick(rnd)
            sellers = self.field_sellers if channel == "field" else self.sellers
            seller = sellers[int(rnd() * len(sellers))]
            buyer = sale.buyer
            person = buyer.person_id
            if buyer.company_id and buyer.contacts and rnd() < 0.7:
                person = buyer.contacts[int(rnd() * len(buyer.contacts))]
            stamp = _iso(sale.ms)
            sold_on = datetime.fromtimestamp(sale.ms / 1000, self.zone).date().isoformat()
            sale_id = new_id(self.rng, sale.ms)
            sales.append((sale_id, stamp, stamp, seller, seller, f"S-{code}-{number:04d}", buyer.company_id, person,
                          sold_on, channel, seller))
            discount = 0
            if buyer.company_id and rnd() < 0.3:
                discount = (5, 10, 15)[int(rnd() * 3)]
            for position, (item, quantity) in enumerate(sale.lines):
                lines.append((new_id(self.rng, sale.ms), stamp, stamp, seller, seller, sale_id, item.id, quantity,
                              item.price, item.cost, discount, position))
            if len(lines) >= BATCH:
                written += self.flush(sales, lines)
                sales, lines = [], []
        written += self.flush(sales, lines)
        self.conn.execute(
            "INSERT INTO number_counters(prefix, code, last) VALUES ('S', ?, ?) "
            "ON CONFLICT(prefix, code) DO UPDATE SET last = max(last, excluded.last)", [code, number])
        if self.bulk:
            self.conn.execute("DELETE FROM product_buyers")
            self.conn.execute(schema.PRODUCT_BUYERS_FILL)
            self.conn.execute("UPDATE meta SET value = value + 1 WHERE key = 'product_buyers.version'")
            for trigger in schema.PRODUCT_BUYER_TRIGGERS:
                self.conn.execute(trigger)
        return written

    def flush(self, sales: list[tuple[Any, ...]], lines: list[tuple[Any, ...]]) -> int:
        self.conn.executemany(_insert_sql("sales", _SALE_COLUMNS), sales)
        self.conn.executemany(_insert_sql("sale_lines", _LINE_COLUMNS), lines)
        self.report()
        return len(lines)


# --------------------------------------------------------------------------- entry points


def _buyers_from_demo(people: list[_Person], companies: list[_Company]) -> list[Buyer]:
    """Customers and former customers of the load being made (leads and prospects have bought nothing)."""
    buying = ("customer", "former")
    by_company = {c.id: Buyer(c.id, None, c.created) for c in companies if c.stage in buying}
    out: list[Buyer] = list(by_company.values())
    for person in people:
        if person.company is not None:
            found = by_company.get(person.company.id)
            if found is not None:
                found.contacts.append(person.row[0])
        elif person.stage in buying:
            out.append(Buyer(None, person.row[0], person.created))
    return out


def load(loader: _Loader, people: list[_Person], companies: list[_Company]) -> SalesCounts:
    """Add the catalogue and the size's sales to the demo load ``loader`` is making (inside its transaction).

    Its own random stream, seeded from the load's first records, so that the parts loaded before keep
    their values whether sales are made or not.
    """
    size = next((name for name, spec in _sizes().items() if spec == loader.spec), "small")
    first = people[0].row[0] if people else (companies[0].id if companies else "")
    rng = random.Random(f"crm-demo-sales/{first}/{len(people)}/{len(companies)}")
    return SalesLoader(loader.conn, rng, loader.now_ms, SALES[size], bulk=loader.bulk,
                       report=loader.tracker.report).run(_buyers_from_demo(people, companies))


def _sizes() -> dict[str, Any]:
    from crm_desktop.core.demo import SIZES  # demo imports this module: read its sizes when called

    return SIZES


def add_sales(db: sqlite_utils.Database, clock: Clock, size: str = "small", seed: int = 1, *,
              bulk: bool | None = None) -> SalesCounts:
    """Add the catalogue and a size's sales to a database that already has customers, in one transaction.

    For a demo made before sales existed, and benchmarks. Buyers are the live companies and people at
    stage customer or former. ``bulk`` (default: more new sales than sales there) recounts
    ``product_buyers`` once instead of keeping it line by line.
    """
    if size not in SALES:
        raise ValueError(f"unknown demo size {size!r}; choose one of {', '.join(SALES)}")
    conn = db.conn
    existing = conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    if bulk is None:
        bulk = SALES[size] >= existing
    now_ms = int(clock.now().timestamp() * 1000)
    buyers: dict[str, Buyer] = {}
    out: list[Buyer] = []
    for company_id, created in conn.execute(
            "SELECT id, created_at FROM companies WHERE deleted_at IS NULL AND stage IN ('customer', 'former') "
            "ORDER BY created_at, rid"):
        buyers[company_id] = Buyer(company_id, None, _ms(created))
        out.append(buyers[company_id])
    for person_id, company_id, stage, created in conn.execute(
            "SELECT id, company_id, stage, created_at FROM people WHERE deleted_at IS NULL ORDER BY created_at, rid"):
        if company_id is not None:
            if company_id in buyers:
                buyers[company_id].contacts.append(person_id)
        elif stage in ("customer", "former"):
            out.append(Buyer(None, person_id, _ms(created)))
    rng = random.Random(f"crm-demo-sales/{seed}/{existing}")
    with write_transaction(db):
        return SalesLoader(conn, rng, now_ms, SALES[size], bulk=bulk).run(out)


def _ms(iso: str) -> int:
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return int(moment.timestamp() * 1000)
