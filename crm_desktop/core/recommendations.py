"""What to offer a customer next: cross-sell, up-sell and a better support level.

Cross-sell ("customers who bought A also bought B"), over customers and live data:

* A *customer* is the company of a sale, else its person. Only sales and sale lines that are
  not deleted, and lines that name a product, count. "All customers" are the customers with at
  least one such line.
* For a product B the customer does not own and a product A they own:
  ``support(A, B)`` = customers who bought both A and B;
  ``confidence`` = support(A, B) / customers(A);
  ``lift`` = confidence / (customers(B) / all customers) — how much more likely B is among
  buyers of A than among everyone (1 = no link).
* Pairs with support < 2 are dropped: one shared customer is chance, not a pattern; so are pairs
  with lift <= 1 (B is no more likely among A's buyers than among everyone). For each B
  the A with the best lift (then support) is kept; suggestions are ranked by lift, then support.
  Only active products are suggested. What the customer owns is read from their sales: a company's
  (its people's included), else the person's own.
* Counting reads ``product_buyers`` (one row per customer and product bought, kept by triggers on
  sales and their lines, see db.schema.PRODUCT_BUYER_TRIGGERS), never the sale lines: the pairs by a
  self-join on the customer, one owned product A at a time; customers per product and in all in a
  second query. Both are the same for every customer, so they are kept (the pairs of each A as it is
  asked for) until ``product_buyers`` next changes (its version in ``meta``, counted by the triggers).

Up-sell: for each product the customer owns with a category and a tier, the cheapest active
product of the same category at the next higher tier (the smallest tier above it). And a better
support level when the minutes spent this year exceed what the customer's contract includes:
the level with the next rank (core.contracts.levels).

The customer never gets a product they already bought. The suggestion list: the support level
first, then the up-sells, then the cross-sells, cut at ``limit``; ``short_list`` keeps the level,
three up-sells and the three best cross-sells (the box beside a ticket or an intervention).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlite_utils

from crm_desktop.core import contracts, support_costs
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

CROSS_SELL = "cross_sell"
UP_SELL = "up_sell"
SUPPORT_LEVEL = "support_level"
#: Below this many shared customers a pair is noise.
MIN_SUPPORT = 2

#: Reasons: the UI translates them (core_tr) and fills them with Suggestion.reason_values().
REASON_CROSS = QT_TRANSLATE_NOOP(
    "core", "Bought by {support} of the {count} customers who bought {product} (lift {lift})")
REASON_UP = QT_TRANSLATE_NOOP("core", "Next tier of {product} (tier {tier} → {next_tier})")
REASON_LEVEL = QT_TRANSLATE_NOOP(
    "core", "{used} support minutes this year, {included} included in {level}")


@dataclass(frozen=True)
class Suggestion:
    """One thing to offer, with the numbers that justify it (shown to the user)."""

    kind: str
    name: str
    reason: str
    product_id: str | None = None
    level_id: str | None = None
    price_cents: int = 0
    because_of: str | None = None
    because_of_id: str | None = None
    support: int = 0
    confidence: float = 0.0
    lift: float = 0.0
    customers_with_because: int = 0
    customers_with_product: int = 0
    customers_total: int = 0
    tier: int | None = None
    next_tier: int | None = None
    minutes_used: int = 0
    minutes_included: int = 0

    def reason_values(self) -> dict[str, Any]:
        """Fill-ins of ``reason`` (lift with one decimal)."""
        return {"support": self.support, "count": self.customers_with_because, "product": self.because_of or "",
                "lift": f"{self.lift:.1f}", "tier": self.tier, "next_tier": self.next_tier,
                "used": self.minutes_used, "included": self.minutes_included, "level": self.because_of or ""}


@dataclass
class _Counts:
    """What is the same for every customer until ``product_buyers`` next changes (``fingerprint``).

    Customers per product and in all: a pass over ``product_buyers`` (a few ms). And per product A, the
    products B bought by at least MIN_SUPPORT of A's buyers with that number, filled as customers owning
    A are asked for: a popular A (an installation kit bought by thousands) costs one join, once.
    """

    fingerprint: tuple[Any, ...]
    per_product: dict[str, int]
    total: int
    pairs: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


_CACHE: list[_Counts] = []


def _fingerprint(db: sqlite_utils.Database) -> tuple[Any, ...]:
    """Moves whenever ``product_buyers`` may have changed: its version (counted up by its triggers), and any
    commit of another connection (data_version). A database whose triggers predate the version (made during
    development of issue 6) falls back to any write of this connection (total_changes)."""
    path = db.execute("PRAGMA database_list").fetchone()[2]
    row = db.execute("SELECT value FROM meta WHERE key = 'product_buyers.version'").fetchone()
    version = row[0] if row is not None else ("changes", db.conn.total_changes)
    return (id(db.conn), path, version, db.execute("PRAGMA data_version").fetchone()[0])


def _counts(db: sqlite_utils.Database) -> _Counts:
    key = _fingerprint(db)
    if not _CACHE or _CACHE[0].fingerprint != key:
        per_product = {r[0]: int(r[1]) for r in db.execute(
            "SELECT product_id, count(*) FROM product_buyers GROUP BY product_id")}
        total = int(db.execute("SELECT count(DISTINCT customer) FROM product_buyers").fetchone()[0])
        _CACHE[:] = [_Counts(key, per_product, total)]
    return _CACHE[0]


def product_customers(db: sqlite_utils.Database) -> tuple[dict[str, int], int]:
    """How many customers bought each product, and how many customers bought any (live sales and lines)."""
    counts = _counts(db)
    return counts.per_product, counts.total


def buyer_key(company_id: str | None, person_id: str | None) -> str | None:
    """The customer as ``product_buyers`` names it: the company of a sale, else its person."""
    if company_id:
        return f"c:{company_id}"
    return f"p:{person_id}" if person_id else None


def owned(db: sqlite_utils.Database, company_id: str | None, person_id: str | None) -> set[str]:
    """Ids of the products the customer bought (live sales and lines).

    A company owns what was sold to it (its people's purchases included): its ``product_buyers`` rows.
    A person owns what they bought themselves, also when the sale went to their company, so that one
    reads their sales (by the person index, a handful of rows).
    """
    if company_id:
        rows = db.execute("SELECT product_id FROM product_buyers WHERE customer = ?",
                          [buyer_key(company_id, None)]).fetchall()
    elif person_id:
        rows = db.execute(
            "SELECT DISTINCT l.product_id FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
            "WHERE s.person_id = ? AND s.deleted_at IS NULL AND l.deleted_at IS NULL AND l.product_id IS NOT NULL",
            [person_id]).fetchall()
    else:
        return set()
    return {r[0] for r in rows}


def cross_sell(db: sqlite_utils.Database, company_id: str | None, person_id: str | None,
               mine: set[str] | None = None) -> list[Suggestion]:
    """Every cross-sell for the customer, best first (see the module docstring for the numbers)."""
    mine = owned(db, company_id, person_id) if mine is None else mine
    if not mine:
        return []
    counts = _counts(db)
    # Pairs (A owned, B not) with their shared customers: the buyers of A (primary key range), then each
    # buyer's other products (customer index), both covering: no sale line is read. Per A, kept until the
    # next write (the same for every customer who owns A); B owned by this customer is left out after.
    pairs = [(a, b, support) for a in sorted(mine) for b, support in _pairs_of(db, counts, a) if b not in mine]
    if not pairs:
        return []
    names = _products(db, {a for a, _, _ in pairs} | {b for _, b, _ in pairs})
    rows = [{"a": a, "b": b, "support": support, "a_name": names[a]["name"], "b_name": names[b]["name"],
             "price_cents": names[b]["price_cents"]}
            for a, b, support in pairs if a in names and names.get(b, {}).get("offered")]
    if not rows:
        return []
    buyers, total = counts.per_product, counts.total
    best: dict[str, Suggestion] = {}
    for row in rows:
        n_a, n_b = buyers[row["a"]], buyers[row["b"]]
        confidence = row["support"] / n_a
        lift = confidence / (n_b / total)
        if lift <= 1.0:
            continue  # no more likely among A's buyers than among everyone: no reason to suggest B
        found = Suggestion(CROSS_SELL, row["b_name"], REASON_CROSS, product_id=row["b"],
                           price_cents=int(row["price_cents"] or 0), because_of=row["a_name"], because_of_id=row["a"],
                           support=row["support"], confidence=confidence, lift=lift,
                           customers_with_because=n_a, customers_with_product=n_b,
                           customers_total=total)
        kept = best.get(row["b"])
        if kept is None or _rank(found) < _rank(kept):
            best[row["b"]] = found
    return sorted(best.values(), key=_rank)


def _pairs_of(db: sqlite_utils.Database, counts: _Counts, a: str) -> list[tuple[str, int]]:
    """Products bought by at least MIN_SUPPORT of the buyers of ``a``, with how many (cached per write)."""
    found = counts.pairs.get(a)
    if found is None:
        found = [(b, int(n)) for b, n in db.execute(
            "SELECT b.product_id, count(*) FROM product_buyers a JOIN product_buyers b ON b.customer = a.customer "
            "WHERE a.product_id = ? AND b.product_id != a.product_id GROUP BY b.product_id HAVING count(*) >= ?",
            [a, MIN_SUPPORT])]
        counts.pairs[a] = found
    return found


def _products(db: sqlite_utils.Database, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Name, price and whether it may be offered (active, not deleted) of each product."""
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in db.execute_returning_dicts(
        f"SELECT id, name, price_cents, deleted_at IS NULL AND active = 1 AS offered FROM products "
        f"WHERE id IN ({marks})", sorted(ids))}


def _rank(s: Suggestion) -> tuple[float, int, str, str]:
    return (-round(s.lift, 9), -s.support, s.name.casefold(), s.because_of or "")


def up_sell(db: sqlite_utils.Database, mine: set[str]) -> list[Suggestion]:
    """The next tier (cheapest of it) of each tiered product owned, by category; never one owned."""
    if not mine:
        return []
    marks = ",".join("?" * len(mine))
    owned_rows = db.execute_returning_dicts(
        f"SELECT id, name, category, tier FROM products WHERE id IN ({marks}) AND tier IS NOT NULL "
        f"AND coalesce(category, '') != '' ORDER BY category COLLATE NOCASE, tier, name", sorted(mine))
    found: dict[str, Suggestion] = {}
    for row in owned_rows:
        candidates = db.execute_returning_dicts(
            "SELECT id, name, tier, price_cents FROM products WHERE deleted_at IS NULL AND active = 1 "
            "AND category = ? COLLATE NOCASE AND tier = (SELECT min(tier) FROM products WHERE deleted_at IS NULL "
            "AND active = 1 AND category = ? COLLATE NOCASE AND tier > ?) "
            "ORDER BY price_cents, name COLLATE NOCASE LIMIT 1", [row["category"], row["category"], row["tier"]])
        if not candidates or candidates[0]["id"] in mine or candidates[0]["id"] in found:
            continue
        nxt = candidates[0]
        found[nxt["id"]] = Suggestion(UP_SELL, nxt["name"], REASON_UP, product_id=nxt["id"],
                                      price_cents=int(nxt["price_cents"] or 0), because_of=row["name"],
                                      because_of_id=row["id"], tier=row["tier"], next_tier=nxt["tier"])
    return list(found.values())


def support_level(db: sqlite_utils.Database, company_id: str | None, person_id: str | None,
                  today: date) -> Suggestion | None:
    """The next level up when this year's support minutes exceed what the contract includes."""
    cover = contracts.coverage(db, company_id, person_id, today)
    if cover is None:
        return None
    used = support_costs.minutes_used(db, company_id, person_id, today.year)
    if used <= cover.level.included_minutes:
        return None
    higher = [lv for lv in contracts.levels(db) if lv.rank > cover.level.rank]
    if not higher:
        return None
    nxt = higher[0]
    return Suggestion(SUPPORT_LEVEL, nxt.name, REASON_LEVEL, level_id=nxt.id, because_of=cover.level.name,
                      minutes_used=used, minutes_included=cover.level.included_minutes)


def for_customer(db: sqlite_utils.Database, company_id: str | None, person_id: str | None, limit: int = 5,
                 *, today: date | None = None) -> list[Suggestion]:
    """What to offer the company (else the person): support level, up-sells, cross-sells, at most ``limit``.

    ``today`` (the shop's local day) picks the contract and the year of support minutes; without it the
    support level is not looked at (core has no clock of its own).
    """
    if not company_id and not person_id:
        return []
    mine = owned(db, company_id, person_id)
    out: list[Suggestion] = []
    if today is not None:
        level = support_level(db, company_id, person_id, today)
        if level is not None:
            out.append(level)
    out.extend(up_sell(db, mine))
    taken = {s.product_id for s in out}
    out.extend(s for s in cross_sell(db, company_id, person_id, mine) if s.product_id not in taken)
    return out[:max(limit, 0)]


def short_list(db: sqlite_utils.Database, company_id: str | None, person_id: str | None, *,
               today: date | None = None, cross: int = 3, up: int = 3) -> list[Suggestion]:
    """The few worth a glance beside a ticket or a job: the support level, ``up`` up-sells, the ``cross`` best
    cross-sells (in that order, as for_customer ranks them)."""
    found = for_customer(db, company_id, person_id, limit=sys.maxsize, today=today)
    ups = [s for s in found if s.kind == UP_SELL][:max(up, 0)]
    crosses = [s for s in found if s.kind == CROSS_SELL][:max(cross, 0)]
    return [s for s in found if s.kind == SUPPORT_LEVEL] + ups + crosses
