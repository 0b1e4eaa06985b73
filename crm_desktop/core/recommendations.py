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
* Counting is SQL GROUP BY: the pairs in one query that starts from the customers owning one of
  the customer's products; customers per product and in all in a second one, the same for every
  customer, kept until the database is next written to.

Up-sell: for each product the customer owns with a category and a tier, the cheapest active
product of the same category at the next higher tier (the smallest tier above it). And a better
support level when the minutes spent this year exceed what the customer's contract includes:
the level with the next rank (core.contracts.levels).

The customer never gets a product they already bought. The suggestion list: the support level
first, then the up-sells, then the cross-sells, cut at ``limit``.
"""

from __future__ import annotations

from dataclasses import dataclass
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


_CUSTOMER = "coalesce(s.company_id, s.person_id)"
_LIVE = "l.deleted_at IS NULL AND s.deleted_at IS NULL"


#: fingerprint -> (customers per product, all customers): counting them is a full pass over the sales
#: (~100 ms on 20,000), the same for every customer, so it is kept until the database is written to.
_COUNTS: dict[tuple[Any, ...], tuple[dict[str, int], int]] = {}


def _fingerprint(db: sqlite_utils.Database) -> tuple[Any, ...]:
    """Changes whenever anything is written: by this connection (total_changes) or another (data_version)."""
    path = db.execute("PRAGMA database_list").fetchone()[2]
    return (id(db.conn), path, db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0])


def product_customers(db: sqlite_utils.Database) -> tuple[dict[str, int], int]:
    """How many customers bought each product, and how many customers bought any (live sales and lines)."""
    key = _fingerprint(db)
    if key not in _COUNTS:
        per_product = {r[0]: int(r[1]) for r in db.execute(
            f"SELECT l.product_id, count(DISTINCT {_CUSTOMER}) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
            f"WHERE {_LIVE} AND l.product_id IS NOT NULL AND {_CUSTOMER} IS NOT NULL GROUP BY l.product_id")}
        total = int(db.execute(
            f"SELECT count(DISTINCT {_CUSTOMER}) FROM sales s WHERE s.deleted_at IS NULL AND EXISTS "
            f"(SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id AND l.deleted_at IS NULL "
            f"AND l.product_id IS NOT NULL)").fetchone()[0])
        _COUNTS.clear()
        _COUNTS[key] = (per_product, total)
    return _COUNTS[key]


def _where(company_id: str | None, person_id: str | None) -> tuple[str, list[Any]]:
    if company_id:
        return "s.company_id = ?", [company_id]
    if person_id:
        return "s.person_id = ?", [person_id]
    return "0", []


def owned(db: sqlite_utils.Database, company_id: str | None, person_id: str | None) -> set[str]:
    """Ids of the products the customer bought (live sales and lines)."""
    where, params = _where(company_id, person_id)
    rows = db.execute(
        f"SELECT DISTINCT l.product_id FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        f"WHERE {where} AND l.deleted_at IS NULL AND s.deleted_at IS NULL AND l.product_id IS NOT NULL",
        params).fetchall()
    return {r[0] for r in rows}


def cross_sell(db: sqlite_utils.Database, company_id: str | None, person_id: str | None,
               mine: set[str] | None = None) -> list[Suggestion]:
    """Every cross-sell for the customer, best first (see the module docstring for the numbers)."""
    mine = owned(db, company_id, person_id) if mine is None else mine
    if not mine:
        return []
    marks = ",".join("?" * len(mine))
    ids = sorted(mine)
    # Only customers who own one of the customer's products (A) can make a pair, so the count starts from
    # them (product index) and reads their lines (customer indexes); customers(X) are counted for the
    # products of the pairs kept only.
    rows = db.execute_returning_dicts(
        f"WITH owners AS MATERIALIZED (SELECT DISTINCT {_CUSTOMER} AS cust, s.company_id AS company, "
        f"l.product_id AS a FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        f"WHERE l.product_id IN ({marks}) AND {_LIVE}), "
        f"peer_sales AS (SELECT o.a, o.cust, s.id AS sale_id FROM owners o JOIN sales s ON s.company_id = o.company "
        f"WHERE o.company IS NOT NULL AND s.deleted_at IS NULL "
        f"UNION ALL SELECT o.a, o.cust, s.id FROM owners o JOIN sales s ON s.person_id = o.cust "
        f"WHERE o.company IS NULL AND s.company_id IS NULL AND s.deleted_at IS NULL), "
        f"pairs AS MATERIALIZED (SELECT p.a, l.product_id AS b, count(DISTINCT p.cust) AS support FROM peer_sales p "
        f"JOIN sale_lines l ON l.sale_id = p.sale_id AND l.deleted_at IS NULL "
        f"WHERE l.product_id IS NOT NULL AND l.product_id NOT IN ({marks}) "
        f"GROUP BY p.a, l.product_id HAVING count(DISTINCT p.cust) >= ?) "
        f"SELECT pairs.a, pairs.b, pairs.support, pa.name AS a_name, pb.name AS b_name, "
        f"pb.price_cents AS price_cents FROM pairs "
        f"JOIN products pa ON pa.id = pairs.a JOIN products pb ON pb.id = pairs.b "
        f"WHERE pb.deleted_at IS NULL AND pb.active = 1",
        [*ids, *ids, MIN_SUPPORT])
    if not rows:
        return []
    buyers, total = product_customers(db)
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
