"""Parts, stock locations (warehouses and vans) and every movement between them.

A level is never summed from the movements when it is read: ``stock_levels`` is kept
equal to the sum of live movements by SQL triggers (db/schema.py), on every machine,
whoever writes the movements (the app, a merge of another laptop's changes, a bulk
load). Movements are append-only: a mistake is undone by a correction, so the story
of every part stays whole.

Stock never goes negative silently: a part used on site beyond what the van holds is
recorded anyway (the part is in the customer's machine) and flagged; a correction
(a count of the van) clears the flags of that part in that location.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from crm_desktop.core import fields, records
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, NotFound, ValidationError
from crm_desktop.core.field_choices import LOCATION_KINDS, MOVEMENT_KINDS, OPEN_STATUSES
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.support_settings import period_bounds
from crm_desktop.core.validation import FieldProblem, parse_amount, parse_choice, parse_whole
from crm_desktop.db.connection import write_transaction

PRODUCTS = "products"
LOCATIONS = "stock_locations"
MOVEMENTS = "stock_movements"
MINIMUMS = "stock_minimums"
MAX_QUANTITY = 1_000_000


def _quantity(value: Any) -> int | None:
    return parse_whole(value, 1, MAX_QUANTITY, not_whole=QT_TRANSLATE_NOOP("core", "Give a whole number of parts."),
                       too_low=QT_TRANSLATE_NOOP("core", "A quantity must be more than zero."),
                       too_high=QT_TRANSLATE_NOOP("core", "This quantity is too large."))


def _count(value: Any) -> int | None:
    """A counted or minimum quantity: zero allowed."""
    return parse_whole(value, 0, MAX_QUANTITY, not_whole=QT_TRANSLATE_NOOP("core", "Give a whole number of parts."),
                       too_low=QT_TRANSLATE_NOOP("core", "A count cannot be negative."),
                       too_high=QT_TRANSLATE_NOOP("core", "This quantity is too large."))


# -- products -------------------------------------------------------------------------------------


def _tier(value: Any) -> int | None:
    return parse_whole(value, 0, 9, not_whole=QT_TRANSLATE_NOOP("core", "A tier is a whole number from 0 to 9."),
                       too_low=QT_TRANSLATE_NOOP("core", "A tier is a whole number from 0 to 9."),
                       too_high=QT_TRANSLATE_NOOP("core", "A tier is a whole number from 0 to 9."))


def save_product(ctx: Context, values: Mapping[str, Any], product_id: str | None = None) -> str:
    """Create (no id) or change a product: ``sku``, ``name``, ``description``, ``unit``, ``is_part``, prices,
    ``category`` and ``tier`` (0-9, higher = the better offer to suggest)."""
    require(ctx.user, Perm.PRODUCT_WRITE)
    current = records.fetch(ctx.db, PRODUCTS, product_id) if product_id else None
    c = fields.Collector(values)
    for name, parser in (("sku", fields.text(60)), ("name", fields.text(200)), ("description", fields.text(2000)),
                         ("unit", fields.text(20)), ("cost_cents", parse_amount), ("price_cents", parse_amount),
                         ("category", fields.text(60)), ("tier", _tier)):
        if name in values:
            c.take(name, parser)
    for flag in ("is_part", "active"):
        if flag in values:
            c.clean[flag] = 1 if values[flag] else 0
    merged = {**(current or {}), **c.clean}
    if not merged.get("name") and "name" not in c.errors:
        c.fail("name", Message(QT_TRANSLATE_NOOP("core", "A name is required.")))
    clean = c.done()
    for amount in ("cost_cents", "price_cents"):
        if amount in clean and clean[amount] is None:
            clean[amount] = 0  # an amount left empty: nothing (the column holds a number)
    if current is None:
        return records.create_checked(ctx, PRODUCTS, Perm.PRODUCT_WRITE, clean)
    records.update_checked(ctx, PRODUCTS, current["id"], clean)
    return current["id"]


def get_product(db: sqlite_utils.Database, product_id: str) -> dict[str, Any]:
    return records.fetch(db, PRODUCTS, product_id)


def parts(db: sqlite_utils.Database, text: str = "", limit: int = 200) -> list[dict[str, Any]]:
    """Active parts whose name or reference contains ``text``, by name (pickers)."""
    like = f"%{(text or '').strip()}%"
    return db.execute_returning_dicts(
        "SELECT * FROM products WHERE is_part = 1 AND active = 1 AND deleted_at IS NULL "
        "AND (name LIKE ? OR coalesce(sku, '') LIKE ?) ORDER BY name COLLATE NOCASE LIMIT ?", [like, like, limit])


def products(db: sqlite_utils.Database, parts_only: bool = True) -> list[dict[str, Any]]:
    """Products to manage (the parts list): inactive ones too, so that they can be switched back on."""
    where = "deleted_at IS NULL" + (" AND is_part = 1" if parts_only else "")
    return db.execute_returning_dicts(
        f"SELECT * FROM products WHERE {where} ORDER BY active DESC, name COLLATE NOCASE, sku")


def catalogue(db: sqlite_utils.Database, text: str = "", category: str | None = None, parts_only: bool = False,
              include_inactive: bool = False) -> list[dict[str, Any]]:
    """The product catalogue filtered by name/reference/category text and category (sales, catalogue page)."""
    where = ["deleted_at IS NULL"]
    params: list[Any] = []
    if text and text.strip():
        like = f"%{text.strip()}%"
        where.append("(name LIKE ? OR coalesce(sku, '') LIKE ? OR coalesce(category, '') LIKE ?)")
        params += [like, like, like]
    if category:
        where.append("category = ? COLLATE NOCASE")
        params.append(category)
    if parts_only:
        where.append("is_part = 1")
    if not include_inactive:
        where.append("active = 1")
    return db.execute_returning_dicts(
        f"SELECT * FROM products WHERE {' AND '.join(where)} ORDER BY active DESC, name COLLATE NOCASE, sku", params)


def categories(db: sqlite_utils.Database) -> list[str]:
    """Categories in use, for the filter and the product form."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT category FROM products WHERE deleted_at IS NULL AND coalesce(category, '') != '' "
        "ORDER BY category COLLATE NOCASE").fetchall()]


# -- locations ------------------------------------------------------------------------------------


def save_location(ctx: Context, values: Mapping[str, Any], location_id: str | None = None) -> str:
    """A warehouse or a technician's van (``name``, ``kind``, ``technician_id``)."""
    require(ctx.user, Perm.STOCK_WRITE)
    current = records.fetch(ctx.db, LOCATIONS, location_id) if location_id else None
    c = fields.Collector(values)
    if "name" in values:
        c.take("name", fields.text(120))
    if "kind" in values:
        c.take("kind", lambda v: parse_choice(v, tuple(LOCATION_KINDS), "warehouse"))
    if "technician_id" in values:
        c.take("technician_id", fields.existing(ctx, "users"))
    merged = {**(current or {}), **c.clean}
    if not merged.get("name") and "name" not in c.errors:
        c.fail("name", Message(QT_TRANSLATE_NOOP("core", "A name is required.")))
    clean = c.done()
    if current is None:
        return records.create_checked(ctx, LOCATIONS, Perm.STOCK_WRITE, {"kind": "warehouse", **clean})
    records.update_checked(ctx, LOCATIONS, current["id"], clean)
    return current["id"]


def locations(db: sqlite_utils.Database, kind: str | None = None) -> list[dict[str, Any]]:
    """Warehouses first, then vans, by name; each van with its technician's name."""
    where = "l.deleted_at IS NULL AND l.active = 1" + (" AND l.kind = ?" if kind else "")
    return db.execute_returning_dicts(
        f"SELECT l.*, u.name AS technician_name FROM stock_locations l LEFT JOIN users u ON u.id = l.technician_id "
        f"WHERE {where} ORDER BY l.kind = 'van', l.name COLLATE NOCASE", [kind] if kind else [])


def get_location(db: sqlite_utils.Database, location_id: str) -> dict[str, Any]:
    return records.fetch(db, LOCATIONS, location_id)


def van_of(db: sqlite_utils.Database, technician_id: str) -> str | None:
    """The technician's van: the one on their profile, else a van location assigned to them."""
    row = db.execute("SELECT van_location_id FROM technicians WHERE id = ? AND deleted_at IS NULL",
                     [technician_id]).fetchone()
    if row and row[0]:
        return str(row[0])
    row = db.execute("SELECT id FROM stock_locations WHERE technician_id = ? AND kind = 'van' AND deleted_at IS NULL "
                     "ORDER BY created_at LIMIT 1", [technician_id]).fetchone()
    return str(row[0]) if row else None


# -- levels ---------------------------------------------------------------------------------------


def level(db: sqlite_utils.Database, location_id: str, product_id: str) -> int:
    """What a location holds of a part: one primary-key lookup in the kept levels."""
    row = db.execute("SELECT quantity FROM stock_levels WHERE location_id = ? AND product_id = ?",
                     [location_id, product_id]).fetchone()
    return int(row[0]) if row else 0


def levels(db: sqlite_utils.Database, location_id: str) -> list[dict[str, Any]]:
    """Every part a location holds, has held, or should hold (a minimum), by name."""
    return db.execute_returning_dicts(
        "SELECT p.id AS product_id, p.sku, p.name, p.unit, coalesce(s.quantity, 0) AS quantity, "
        "m.min_quantity, m.target_quantity FROM products p "
        "LEFT JOIN stock_levels s ON s.product_id = p.id AND s.location_id = :loc "
        "LEFT JOIN stock_minimums m ON m.product_id = p.id AND m.location_id = :loc AND m.deleted_at IS NULL "
        "WHERE p.deleted_at IS NULL AND (s.product_id IS NOT NULL OR m.product_id IS NOT NULL) "
        "ORDER BY p.name COLLATE NOCASE", {"loc": location_id})


def rebuild_levels(db: sqlite_utils.Database) -> None:
    """Recompute every level from the movements (after a bulk load without triggers, or a check)."""
    with write_transaction(db):
        db.execute("DELETE FROM stock_levels")
        db.execute(
            "INSERT INTO stock_levels(location_id, product_id, quantity) "
            "SELECT loc, product_id, sum(q) FROM ("
            " SELECT to_location_id AS loc, product_id, quantity AS q FROM stock_movements "
            "  WHERE deleted_at IS NULL AND to_location_id IS NOT NULL"
            " UNION ALL SELECT from_location_id, product_id, -quantity FROM stock_movements "
            "  WHERE deleted_at IS NULL AND from_location_id IS NOT NULL"
            ") WHERE true GROUP BY loc, product_id")


# -- movements ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Movement:
    kind: str
    product_id: str
    quantity: int
    from_location_id: str | None = None
    to_location_id: str | None = None
    intervention_id: str | None = None
    note: str | None = None
    at: str | None = None


def _check(ctx: Context, product_id: Any, quantity: Any, note: Any, at: Any) -> dict[str, Any]:
    c = fields.Collector({"product_id": product_id, "quantity": quantity, "note": note, "at": at})
    c.take("product_id", fields.existing(ctx, PRODUCTS))
    c.require("product_id")
    c.take("quantity", _quantity)
    c.require("quantity")
    c.take("note", fields.text(500))
    c.take("at", fields.moment)
    return c.clean | {"_errors": c.errors}


def _location(ctx: Context, c: dict[str, Any], name: str, value: Any) -> None:
    errors = c["_errors"]
    if not value:
        errors.setdefault(name, Message(QT_TRANSLATE_NOOP("core", "Choose a stock location.")))
        return
    try:
        c[name] = fields.existing(ctx, LOCATIONS)(value)
    except FieldProblem as exc:
        errors.setdefault(name, exc.message)


def _done(c: dict[str, Any]) -> dict[str, Any]:
    errors = c.pop("_errors")
    if errors:
        raise ValidationError(errors)
    return c


def _distinct(c: dict[str, Any]) -> None:
    """Parts move between two places, never from a place to itself."""
    if c.get("from_location_id") and c.get("from_location_id") == c.get("to_location_id"):
        c["_errors"].setdefault("to_location_id", Message(QT_TRANSLATE_NOOP("core", "Choose another location.")))


def _require_held(ctx: Context, clean: Mapping[str, Any]) -> None:
    """Moved from the office, a part must be there (inside the write transaction, so the level is current)."""
    held = level(ctx.db, clean["from_location_id"], clean["product_id"])
    if clean["quantity"] > held:
        raise ValidationError({"quantity": Message(
            QT_TRANSLATE_NOOP("core", "Only {held} in {location}."),
            {"held": held, "location": get_location(ctx.db, clean["from_location_id"])["name"]})})


def _write(ctx: Context, kind: str, clean: Mapping[str, Any], flagged: bool = False) -> str:
    row = {
        "product_id": clean["product_id"], "kind": kind, "quantity": clean["quantity"],
        "from_location_id": clean.get("from_location_id"), "to_location_id": clean.get("to_location_id"),
        "at": clean.get("at") or ctx.now(), "user_id": ctx.user.id, "intervention_id": clean.get("intervention_id"),
        "flagged": 1 if flagged else 0, "note": clean.get("note"), "counted": clean.get("counted"),
    }
    return records.insert(ctx, MOVEMENTS, row)


def receive(ctx: Context, product_id: str, location_id: str, quantity: Any, note: str | None = None,
            at: Any = None) -> str:
    """Parts delivered by a supplier into a location."""
    require(ctx.user, Perm.STOCK_WRITE)
    c = _check(ctx, product_id, quantity, note, at)
    _location(ctx, c, "to_location_id", location_id)
    clean = _done(c)
    with write_transaction(ctx.db):
        movement_id = _write(ctx, "receipt", clean)
    ctx.announce(MOVEMENTS, movement_id, "insert")
    return movement_id


def transfer(ctx: Context, product_id: str, from_location_id: str, to_location_id: str, quantity: Any,
             note: str | None = None, at: Any = None) -> str:
    """Load a van from the warehouse (or move parts between any two places): never more than is there."""
    require(ctx.user, Perm.STOCK_WRITE)
    c = _check(ctx, product_id, quantity, note, at)
    _location(ctx, c, "from_location_id", from_location_id)
    _location(ctx, c, "to_location_id", to_location_id)
    _distinct(c)
    clean = _done(c)
    with write_transaction(ctx.db):
        _require_held(ctx, clean)
        movement_id = _write(ctx, "transfer", clean)
    ctx.announce(MOVEMENTS, movement_id, "insert")
    return movement_id


def use(ctx: Context, product_id: str, location_id: str, quantity: Any, intervention_id: str | None = None,
        note: str | None = None, at: Any = None) -> str:
    """Parts fitted on site, taken from a van. Never refused: beyond the level, it is flagged."""
    require(ctx.user, Perm.INTERVENTION_WRITE)
    c = _check(ctx, product_id, quantity, note, at)
    _location(ctx, c, "from_location_id", location_id)
    clean = _done(c)
    clean["intervention_id"] = intervention_id
    with write_transaction(ctx.db):
        short = clean["quantity"] > level(ctx.db, clean["from_location_id"], clean["product_id"])
        movement_id = _write(ctx, "use", clean, flagged=short)
    ctx.announce(MOVEMENTS, movement_id, "insert")
    return movement_id


def give_back(ctx: Context, product_id: str, to_location_id: str, quantity: Any, *,
              from_location_id: str | None = None, intervention_id: str | None = None,
              note: str | None = None, at: Any = None) -> str:
    """A return: a part not fitted goes back into the van, or a van's part back to the warehouse."""
    require(ctx.user, Perm.INTERVENTION_WRITE)
    c = _check(ctx, product_id, quantity, note, at)
    _location(ctx, c, "to_location_id", to_location_id)
    if from_location_id:
        _location(ctx, c, "from_location_id", from_location_id)
    _distinct(c)
    clean = _done(c)
    clean["intervention_id"] = intervention_id
    with write_transaction(ctx.db):
        if clean.get("from_location_id"):
            _require_held(ctx, clean)
        movement_id = _write(ctx, "return", clean)
    ctx.announce(MOVEMENTS, movement_id, "insert")
    return movement_id


def correct(ctx: Context, product_id: str, location_id: str, counted: Any, note: str | None = None) -> str:
    """Set a location's level to what was counted; clears the flags of that part there.

    The count is kept with the correction (a count that matched too: it is a fact, with
    who and when). The correction moves the difference from what THIS machine knew; when
    another machine's movements or count arrive later, the level no longer equals the
    count at that point and ``needs_correction`` asks for a new count rather than trusting
    a sum that counted the same parts twice.
    """
    require(ctx.user, Perm.STOCK_WRITE)
    c = fields.Collector({"product_id": product_id, "counted": counted, "note": note})
    c.take("product_id", fields.existing(ctx, PRODUCTS))
    c.require("product_id")
    c.take("counted", _count)
    if c.clean.get("counted") is None and "counted" not in c.errors:
        c.fail("counted", Message(QT_TRANSLATE_NOOP("core", "Give the quantity counted.")))
    c.take("note", fields.text(500))
    errors = dict(c.errors)
    loc = {"_errors": errors}
    _location(ctx, loc, "location_id", location_id)
    if errors:
        raise ValidationError(errors)
    clean = c.clean
    with write_transaction(ctx.db):
        delta = clean["counted"] - level(ctx.db, loc["location_id"], clean["product_id"])
        side = "to_location_id" if delta >= 0 else "from_location_id"
        movement_id = _write(ctx, "correction", {"product_id": clean["product_id"], "quantity": abs(delta),
                                                 side: loc["location_id"], "note": clean.get("note"),
                                                 "counted": clean["counted"]})
        for (flag_id,) in ctx.db.execute(
                "SELECT id FROM stock_movements WHERE flagged = 1 AND product_id = ? AND from_location_id = ? "
                "AND deleted_at IS NULL", [clean["product_id"], loc["location_id"]]).fetchall():
            records.update(ctx, MOVEMENTS, flag_id, {"flagged": 0})
    ctx.announce(MOVEMENTS, movement_id, "insert")
    return movement_id


def movements(db: sqlite_utils.Database, *, product_id: str | None = None, location_id: str | None = None,
              intervention_id: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Newest first, with product, locations and author names."""
    where, params = ["m.deleted_at IS NULL"], []
    if product_id:
        where.append("m.product_id = ?")
        params.append(product_id)
    if location_id:
        where.append("(m.from_location_id = ? OR m.to_location_id = ?)")
        params += [location_id, location_id]
    if intervention_id:
        where.append("m.intervention_id = ?")
        params.append(intervention_id)
    return db.execute_returning_dicts(
        "SELECT m.*, p.name AS product_name, p.sku, lf.name AS from_name, lt.name AS to_name, u.name AS user_name, "
        "i.number AS intervention_number FROM stock_movements m JOIN products p ON p.id = m.product_id "
        "LEFT JOIN stock_locations lf ON lf.id = m.from_location_id "
        "LEFT JOIN stock_locations lt ON lt.id = m.to_location_id LEFT JOIN users u ON u.id = m.user_id "
        "LEFT JOIN interventions i ON i.id = m.intervention_id "
        f"WHERE {' AND '.join(where)} ORDER BY m.at DESC, m.rid DESC LIMIT ?", [*params, limit])


def movement_label(kind: str) -> str:
    return MOVEMENT_KINDS.get(kind, kind)


# -- minimums, restocking, loading ------------------------------------------------------------------


def set_minimum(ctx: Context, location_id: str, product_id: str, minimum: Any, target: Any = None) -> str:
    """A location's minimum of a part (and the level to fill up to). One row per pair, on every machine."""
    require(ctx.user, Perm.STOCK_WRITE)
    c = fields.Collector({"min_quantity": minimum, "target_quantity": target})
    c.take("min_quantity", _count)
    if c.clean.get("min_quantity") is None and "min_quantity" not in c.errors:
        c.fail("min_quantity", Message(QT_TRANSLATE_NOOP("core", "Give the minimum quantity.")))
    c.take("target_quantity", _count)
    clean = c.done()
    if clean.get("target_quantity") is not None and clean["target_quantity"] < clean["min_quantity"]:
        raise ValidationError({"target_quantity": Message(
            QT_TRANSLATE_NOOP("core", "Fill up to at least the minimum."))})
    get_location(ctx.db, location_id)
    get_product(ctx.db, product_id)
    row_id = f"{location_id}:{product_id}"
    exists = ctx.db.execute("SELECT deleted_at FROM stock_minimums WHERE id = ?", [row_id]).fetchone()
    with write_transaction(ctx.db):
        if exists is None:
            records.insert(ctx, MINIMUMS, {"location_id": location_id, "product_id": product_id, **clean},
                           record_id=row_id)
        else:
            if exists[0]:
                records.restore(ctx, MINIMUMS, row_id)
            records.update(ctx, MINIMUMS, row_id, clean)
    ctx.announce(MINIMUMS, row_id, "update")
    return row_id


@dataclass(frozen=True)
class RestockLine:
    location_id: str
    location_name: str
    product_id: str
    product_name: str
    sku: str | None
    quantity: int
    minimum: int
    to_add: int


def restock(db: sqlite_utils.Database, location_id: str | None = None) -> list[RestockLine]:
    """Parts below their minimum, with how many bring them back to the target (or the minimum)."""
    where = "m.deleted_at IS NULL AND coalesce(s.quantity, 0) < m.min_quantity"
    params: list[Any] = []
    if location_id:
        where += " AND m.location_id = ?"
        params.append(location_id)
    rows = db.execute(
        "SELECT m.location_id, l.name, m.product_id, p.name, p.sku, coalesce(s.quantity, 0), m.min_quantity, "
        "coalesce(m.target_quantity, m.min_quantity) FROM stock_minimums m "
        "JOIN stock_locations l ON l.id = m.location_id AND l.deleted_at IS NULL "
        "JOIN products p ON p.id = m.product_id AND p.deleted_at IS NULL "
        "LEFT JOIN stock_levels s ON s.location_id = m.location_id AND s.product_id = m.product_id "
        f"WHERE {where} ORDER BY l.kind = 'van', l.name COLLATE NOCASE, p.name COLLATE NOCASE", params).fetchall()
    return [RestockLine(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] - r[5]) for r in rows]


@dataclass(frozen=True)
class LoadLine:
    product_id: str
    product_name: str
    sku: str | None
    needed: int
    in_van: int
    to_load: int
    interventions: tuple[str, ...]


def load_list(db: sqlite_utils.Database, technician_id: str, day: date) -> list[LoadLine]:
    """What a technician should load for the day's planned jobs: parts to bring, less what the van holds."""
    lo, hi = period_bounds(db, day, day)
    statuses = ", ".join(f"'{s}'" for s in OPEN_STATUSES if s != "to_plan")
    rows = db.execute(
        "SELECT ip.product_id, p.name, p.sku, sum(ip.quantity), group_concat(DISTINCT i.number) "
        "FROM intervention_technicians a JOIN interventions i ON i.id = a.intervention_id "
        "JOIN intervention_parts ip ON ip.intervention_id = i.id AND ip.deleted_at IS NULL "
        "JOIN products p ON p.id = ip.product_id "
        f"WHERE a.technician_id = ? AND a.deleted_at IS NULL AND i.deleted_at IS NULL AND i.status IN ({statuses}) "
        "AND i.planned_start >= ? AND i.planned_start < ? GROUP BY ip.product_id ORDER BY p.name COLLATE NOCASE",
        [technician_id, lo, hi]).fetchall()
    van = van_of(db, technician_id)
    out = []
    for product_id, name, sku, needed, numbers in rows:
        held = max(0, level(db, van, product_id)) if van else 0
        out.append(LoadLine(product_id, name, sku, int(needed), held, max(0, int(needed) - held),
                            tuple(sorted((numbers or "").split(",")))))
    return out


def load_van(ctx: Context, technician_id: str, day: date, warehouse_id: str) -> list[str]:
    """Transfer from a warehouse what the technician's van lacks for the day's jobs (``load_list``).

    All or nothing, in one transaction: when the warehouse lacks some part, nothing moves
    and the message names every part short, so the van is never half loaded unknowingly.
    Returns the transfers written (empty when the van already holds everything).
    """
    require(ctx.user, Perm.STOCK_WRITE)
    errors: dict[str, Message] = {}
    van = van_of(ctx.db, technician_id)
    if van is None:
        errors["technician_id"] = Message(QT_TRANSLATE_NOOP("core", "This technician has no van."))
    try:
        warehouse = fields.existing(ctx, LOCATIONS)(warehouse_id) if warehouse_id else None
    except FieldProblem as exc:
        errors["warehouse_id"] = exc.message
        warehouse = None
    if warehouse is None and "warehouse_id" not in errors:
        errors["warehouse_id"] = Message(QT_TRANSLATE_NOOP("core", "Choose a stock location."))
    if warehouse is not None and warehouse == van:
        errors["warehouse_id"] = Message(QT_TRANSLATE_NOOP("core", "Choose another location."))
    if errors:
        raise ValidationError(errors)
    assert van is not None and warehouse is not None
    written: list[str] = []
    with write_transaction(ctx.db):
        lines = [line for line in load_list(ctx.db, technician_id, day) if line.to_load > 0]
        short = [(line, level(ctx.db, warehouse, line.product_id)) for line in lines]
        short = [(line, held) for line, held in short if held < line.to_load]
        if short:
            raise ValidationError({"warehouse_id": Message(
                QT_TRANSLATE_NOOP("core", "Not enough in {location} (there/needed), nothing was moved: {parts}."),
                {"location": get_location(ctx.db, warehouse)["name"],
                 "parts": ", ".join(f"{line.product_name} {held}/{line.to_load}" for line, held in short)})})
        for line in lines:
            written.append(_write(ctx, "transfer", {
                "product_id": line.product_id, "quantity": line.to_load, "from_location_id": warehouse,
                "to_location_id": van, "note": ", ".join(line.interventions) or None}))
    for movement_id in written:
        ctx.announce(MOVEMENTS, movement_id, "insert")
    return written


def stale_counts(db: sqlite_utils.Database) -> dict[tuple[str, str], int]:
    """(location, part) -> the count of its latest stocktake, when the movements up to that count
    no longer add up to it: movements or a count from another machine arrived after the sync."""
    latest: dict[tuple[str, str], tuple[str, str, int]] = {}
    for at, row_id, product_id, loc, counted in db.execute(
            "SELECT at, id, product_id, coalesce(to_location_id, from_location_id), counted FROM stock_movements "
            "WHERE kind = 'correction' AND counted IS NOT NULL AND deleted_at IS NULL ORDER BY at, id").fetchall():
        latest[(loc, product_id)] = (at, row_id, counted)
    stale = {}
    for (loc, product_id), (at, row_id, counted) in latest.items():
        total = db.execute(
            "SELECT coalesce(sum(CASE WHEN to_location_id = :loc THEN quantity ELSE 0 END), 0) "
            "- coalesce(sum(CASE WHEN from_location_id = :loc THEN quantity ELSE 0 END), 0) FROM stock_movements "
            "WHERE product_id = :product AND (to_location_id = :loc OR from_location_id = :loc) "
            "AND deleted_at IS NULL AND (at < :at OR (at = :at AND id <= :id))",
            {"loc": loc, "product": product_id, "at": at, "id": row_id}).fetchone()[0]
        if total != counted:
            stale[(loc, product_id)] = counted
    return stale


def needs_correction(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Levels below zero, parts used beyond what was there, and counts overtaken by a sync: count again."""
    rows = _uncounted(db)
    stale = stale_counts(db)
    seen = {(r["location_id"], r["product_id"]) for r in rows}
    for row in rows:
        row["counted"] = stale.get((row["location_id"], row["product_id"]))
    for (loc, product_id), counted in stale.items():
        if (loc, product_id) not in seen:
            found = db.execute_returning_dicts(
                "SELECT l.id AS location_id, l.name AS location_name, p.id AS product_id, p.name AS product_name, "
                "coalesce(s.quantity, 0) AS quantity, 0 AS flagged FROM stock_locations l, products p "
                "LEFT JOIN stock_levels s ON s.location_id = l.id AND s.product_id = p.id "
                "WHERE l.id = ? AND p.id = ?", [loc, product_id])
            rows.extend({**r, "counted": counted} for r in found)
    return sorted(rows, key=lambda r: (r["location_name"].casefold(), r["product_name"].casefold()))


def _uncounted(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return db.execute_returning_dicts(
        "SELECT s.location_id, l.name AS location_name, s.product_id, p.name AS product_name, s.quantity, "
        "(SELECT count(*) FROM stock_movements f WHERE f.flagged = 1 AND f.product_id = s.product_id "
        " AND f.from_location_id = s.location_id AND f.deleted_at IS NULL) AS flagged "
        "FROM stock_levels s JOIN stock_locations l ON l.id = s.location_id JOIN products p ON p.id = s.product_id "
        "WHERE s.quantity < 0 OR EXISTS (SELECT 1 FROM stock_movements f WHERE f.flagged = 1 "
        " AND f.product_id = s.product_id AND f.from_location_id = s.location_id AND f.deleted_at IS NULL) "
        "ORDER BY l.name COLLATE NOCASE, p.name COLLATE NOCASE")


def find_product(db: sqlite_utils.Database, product_id: str) -> dict[str, Any]:
    rows = db.execute_returning_dicts("SELECT * FROM products WHERE id = ?", [product_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("core", "This record no longer exists."))
    return rows[0]
