"""Demo touches for customer value (issue 7): first-time buyers of the last weeks, and where to find each case.

Why it exists: the value card, the dashboard and the management reports show RFM tiers, risk flags and
costly customers; a demo that lacks one of them leaves that part of the screens empty. The sales,
support and field demos already make champions, loyal, promising, at-risk, lost and occasional
customers, customers whose spend halves, who fall silent or whose tickets pile up, and customers who
cost more than they bring (support time and interventions, little revenue). What they rarely make,
because their sales are spread over two years, is a *new* customer: a single first purchase in the last
weeks. :func:`load` turns a few prospects of the load into such customers (stage customer, a first sale
of a catalogue product with a part fitted). :func:`examples` names one real customer per case, for the
tests, the screenshots and whoever demonstrates the application.

Why it looks the way it does: ``core/demo.py`` calls :func:`load` last, inside the load's transaction,
with its own random stream (the parts loaded before keep their values). The sales carry a part of the
field catalogue, so the sales demo's own figures (its sales are catalogue products only) stay its own.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import sqlite_utils

from crm_desktop.core.support_settings import load_support
from crm_desktop.db.ids import new_id

if TYPE_CHECKING:
    from crm_desktop.core.demo import _Company, _Loader, _Person

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
#: First purchases made per demo, by the number of people of the load (small, medium, large).
NEW_CUSTOMERS = ((50_000, 40), (2_000, 10), (0, 3))
#: A first purchase falls this many days before now (within RFM's best recency for any demo size).
RECENT_DAYS = (1, 12)
#: A prospect entered at least this long ago (they were talked to before they bought).
KNOWN_DAYS = 60
#: What a new customer is granted, as the demo's other customers.
CREDIT_LIMITS = (200_000, 500_000, 1_000_000)
PAYMENT_TERMS = (15, 30, 30, 60)

_SALE_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "number", "company_id", "person_id",
                 "sold_on", "channel", "seller_id")
_LINE_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by", "sale_id", "product_id", "quantity",
                 "unit_price_cents", "unit_cost_cents", "discount_percent", "position")


@dataclass(frozen=True)
class ValueCounts:
    """What the value part of a demo load added."""

    new_customers: int = 0
    sales: int = 0
    lines: int = 0


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _iso(ms: int) -> str:
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def new_customer_count(people: int) -> int:
    return next(count for floor, count in NEW_CUSTOMERS if people >= floor)


class ValueLoader:
    """Adds the first purchases to the load ``loader`` is making (module docstring)."""

    def __init__(self, loader: _Loader, people: list[_Person], companies: list[_Company]) -> None:
        self.conn = loader.conn
        self.now_ms = loader.now_ms
        first = people[0].row[0] if people else (companies[0].id if companies else "")
        self.rng = random.Random(f"crm-demo-value/{first}/{len(people)}/{len(companies)}")
        self.people = people
        self.companies = companies
        db = sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)
        self.zone = ZoneInfo(load_support(db).timezone)
        self.sellers = [u for u, in self.conn.execute(
            "SELECT id FROM users WHERE deleted_at IS NULL AND active = 1 AND role IN ('staff', 'manager') "
            "ORDER BY created_at, rid")]

    def run(self) -> ValueCounts:
        products = self.conn.execute(
            "SELECT id, cost_cents, price_cents FROM products WHERE deleted_at IS NULL AND active = 1 AND is_part = 0 "
            "AND tier IS NOT NULL AND price_cents BETWEEN 20000 AND 400000 ORDER BY sku").fetchall()
        parts = self.conn.execute(
            "SELECT id, cost_cents, price_cents FROM products WHERE deleted_at IS NULL AND active = 1 AND is_part = 1 "
            "ORDER BY sku").fetchall()
        buyers = self.prospects()
        if not products or not parts or not buyers or not self.sellers:
            return ValueCounts()
        chosen = self.rng.sample(buyers, min(new_customer_count(len(self.people)), len(buyers)))
        chosen.sort(key=lambda b: b[2])
        code_row = self.conn.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()
        code = code_row[0] if code_row else "X"
        last_row = self.conn.execute(
            "SELECT last FROM number_counters WHERE prefix = 'S' AND code = ?", [code]).fetchone()
        number = last_row[0] if last_row else 0
        sales: list[tuple[Any, ...]] = []
        lines: list[tuple[Any, ...]] = []
        moments = sorted(self.moment() for _ in chosen)
        for (company_id, person_id, _created), ms in zip(chosen, moments, strict=True):
            number += 1
            seller = self.sellers[int(self.rng.random() * len(self.sellers))]
            stamp = _iso(ms)
            sale_id = new_id(self.rng, ms)
            sold_on = datetime.fromtimestamp(ms / 1000, self.zone).date().isoformat()
            sales.append((sale_id, stamp, stamp, seller, seller, f"S-{code}-{number:04d}", company_id, person_id,
                          sold_on, "shop", seller))
            product = products[int(self.rng.random() * len(products))]
            part = parts[int(self.rng.random() * len(parts))]
            for position, (product_id, cost, price) in enumerate((product, part)):
                lines.append((new_id(self.rng, ms), stamp, stamp, seller, seller, sale_id, product_id, 1, price, cost,
                              0, position))
            self.become_customer(company_id, person_id, seller, stamp)
        self.conn.executemany(_insert_sql("sales", _SALE_COLUMNS), sales)
        self.conn.executemany(_insert_sql("sale_lines", _LINE_COLUMNS), lines)
        self.conn.execute(
            "INSERT INTO number_counters(prefix, code, last) VALUES ('S', ?, ?) "
            "ON CONFLICT(prefix, code) DO UPDATE SET last = max(last, excluded.last)", [code, number])
        return ValueCounts(new_customers=len(chosen), sales=len(sales), lines=len(lines))

    def prospects(self) -> list[tuple[str | None, str | None, int]]:
        """Prospects of this load known for a while, who never bought: (company, person, created ms)."""
        known_before = self.now_ms - KNOWN_DAYS * DAY_MS
        bought = {row[0] for row in self.conn.execute(
            "SELECT DISTINCT coalesce(company_id, person_id) FROM sales WHERE deleted_at IS NULL")}
        found: list[tuple[str | None, str | None, int]] = [
            (c.id, None, c.created) for c in self.companies
            if c.stage == "prospect" and c.created < known_before and c.id not in bought]
        found += [(None, p.row[0], p.created) for p in self.people
                  if p.company is None and p.stage == "prospect" and p.created < known_before
                  and p.row[0] not in bought]
        return found

    def moment(self) -> int:
        """A moment during shop hours (08:00 to 17:00 UTC) on a weekday of the last weeks."""
        low, high = RECENT_DAYS
        for _ in range(10):
            day = (self.now_ms - int((low + self.rng.random() * (high - low)) * DAY_MS)) // DAY_MS
            if datetime.fromtimestamp(day * DAY_MS / 1000, UTC).weekday() < 5:
                break
        return day * DAY_MS + 8 * HOUR_MS + int(self.rng.random() * 9 * HOUR_MS)

    def become_customer(self, company_id: str | None, person_id: str | None, seller: str, stamp: str) -> None:
        """A first purchase makes the prospect a customer (with the credit terms customers have)."""
        if company_id:
            self.conn.execute("UPDATE companies SET stage = 'customer', updated_at = ?, updated_by = ? WHERE id = ?",
                              [stamp, seller, company_id])
            return
        self.conn.execute(
            "UPDATE people SET stage = 'customer', credit_limit_cents = ?, payment_terms_days = ?, updated_at = ?, "
            "updated_by = ? WHERE id = ?",
            [self.rng.choice(CREDIT_LIMITS), self.rng.choice(PAYMENT_TERMS), stamp, seller, person_id])


def load(loader: _Loader, people: list[_Person], companies: list[_Company]) -> ValueCounts:
    """Add the first purchases of a few prospects to the demo load ``loader`` is making (inside its transaction)."""
    return ValueLoader(loader, people, companies).run()


# --------------------------------------------------------------------------- examples


def examples(db: sqlite_utils.Database, today: date) -> dict[str, str]:
    """One customer key per case the value screens show: each RFM tier, each risk flag, and "costly".

    A case without any customer is left out (the caller sees what is missing). Customers are taken in
    the order core ranks them (best spenders of a tier, worst contribution first).
    """
    from crm_desktop.core import customer_risk, customer_value, rfm

    found: dict[str, str] = {}
    for tier in rfm.TIERS:
        keys = rfm.customers_in_tier(db, tier, today)
        if keys:
            found[tier] = keys[0]
    for key, _name, flags in customer_risk.at_risk(db, today):
        for flag in flags:
            found.setdefault(flag.kind, key)
    (first, last), _before = customer_value.twelve_months(today)
    costly = customer_value.costly(db, first, last, limit=1)
    if costly:
        found["costly"] = costly[0].key
    return found
