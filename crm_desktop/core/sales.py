"""Sales: what a customer bought, line by line, and what it earned.

Money is integer cents; a line's amount is quantity x unit price x (1 - discount),
computed in Decimal and rounded half up to the cent once per line, so that a sale's
total is always the sum of the amounts printed on its lines. Lines are rewritten as
a whole when a sale is saved (old ones go to the trash): two machines editing the
same sale offline then keep one coherent set of lines rather than a mix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlite_utils

from crm_desktop.core import fields, numbers, records
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.sales_choices import CHANNELS, DEFAULT_CHANNEL
from crm_desktop.core.support_settings import local_day
from crm_desktop.core.validation import FieldProblem, parse_amount, parse_choice, parse_date, parse_decimal
from crm_desktop.db.connection import write_transaction
from crm_desktop.db.ids import new_id

TABLE = "sales"
LINES = "sale_lines"
#: Fields of the sale itself that a form edits.
EDITABLE = ("company_id", "person_id", "sold_on", "channel", "seller_id", "campaign_id", "note")
MAX_QUANTITY = 1_000_000
_CENT = Decimal(1)
_HUNDRED = Decimal(100)


def _quantity(value: Any) -> Decimal | None:
    number = parse_decimal(value, zero_allowed=False, high=MAX_QUANTITY,
                           low_message=QT_TRANSLATE_NOOP("core", "A quantity must be more than zero."),
                           high_message=QT_TRANSLATE_NOOP("core", "This quantity is too large."))
    if number is not None and number != number.quantize(Decimal("0.001")):
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "At most three decimals."))
    return number


def _discount(value: Any) -> Decimal:
    number = parse_decimal(value, zero_allowed=True, high=100,
                           low_message=QT_TRANSLATE_NOOP("core", "A discount is between 0 and 100 %."),
                           high_message=QT_TRANSLATE_NOOP("core", "A discount is between 0 and 100 %."))
    if number is not None and number != number.quantize(Decimal("0.01")):
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "At most two decimals."))
    return number or Decimal(0)


def as_decimal(value: Any) -> Decimal:
    """A stored REAL quantity or discount back as the decimal that was typed (3 decimals at most)."""
    return Decimal(str(value or 0)).quantize(Decimal("0.001"), ROUND_HALF_UP).normalize()


def line_amounts(quantity: Any, unit_price_cents: int, unit_cost_cents: int,
                 discount_percent: Any = 0) -> tuple[int, int]:
    """(revenue, cost) of one line in cents, each rounded half up once."""
    qty = as_decimal(quantity)
    revenue = qty * Decimal(unit_price_cents) * (_HUNDRED - as_decimal(discount_percent)) / _HUNDRED
    cost = qty * Decimal(unit_cost_cents)
    return int(revenue.quantize(_CENT, ROUND_HALF_UP)), int(cost.quantize(_CENT, ROUND_HALF_UP))


@dataclass(frozen=True)
class Totals:
    revenue_cents: int
    cost_cents: int
    lines: int = 0

    @property
    def margin_cents(self) -> int:
        return self.revenue_cents - self.cost_cents

    @property
    def margin_percent(self) -> Decimal | None:
        """Margin over revenue, one decimal; None without revenue (no meaningful share)."""
        if self.revenue_cents <= 0:
            return None
        share = Decimal(self.margin_cents) * _HUNDRED / Decimal(self.revenue_cents)
        return share.quantize(Decimal("0.1"), ROUND_HALF_UP)


def sum_lines(rows: Iterable[Mapping[str, Any]]) -> Totals:
    revenue = cost = count = 0
    for row in rows:
        r, c = line_amounts(row.get("quantity"), int(row.get("unit_price_cents") or 0),
                            int(row.get("unit_cost_cents") or 0), row.get("discount_percent"))
        revenue, cost, count = revenue + r, cost + c, count + 1
    return Totals(revenue, cost, count)


# -- validation -----------------------------------------------------------------------------------


def _validate(ctx: Context, values: Mapping[str, Any], current: Mapping[str, Any] | None) -> dict[str, Any]:
    c = fields.Collector(values)
    for name, parser in (
        ("company_id", fields.existing(ctx, "companies")),
        ("person_id", fields.existing(ctx, "people")),
        ("sold_on", parse_date),
        ("channel", lambda v: parse_choice(v, tuple(CHANNELS), DEFAULT_CHANNEL)),
        ("seller_id", fields.existing(ctx, "users")),
        # The campaign that brought the sale: it counts as that campaign's conversion.
        ("campaign_id", fields.existing(ctx, "campaigns")),
        ("opportunity_id", fields.existing(ctx, "opportunities")),
        ("note", fields.text(5000)),
    ):
        if name in values:
            c.take(name, parser)
    merged = {**(current or {}), **c.clean}
    if not merged.get("company_id") and not merged.get("person_id") and not (
            {"company_id", "person_id"} & c.errors.keys()):
        c.fail("person_id", Message(QT_TRANSLATE_NOOP("core", "Choose the person or company who bought.")))
    if current is None and not c.clean.get("sold_on") and "sold_on" not in c.errors:
        c.clean["sold_on"] = local_day(ctx.db, ctx.now()).isoformat()
    if "sold_on" in values and not c.clean.get("sold_on") and "sold_on" not in c.errors:
        c.fail("sold_on", Message(QT_TRANSLATE_NOOP("core", "Give the day of the sale.")))
    clean = c.done()
    if clean.get("person_id") and not merged.get("company_id"):
        row = ctx.db.execute("SELECT company_id FROM people WHERE id = ?", [clean["person_id"]]).fetchone()
        if row and row[0]:
            clean["company_id"] = row[0]
    return clean


def _validate_lines(ctx: Context, lines: Sequence[Mapping[str, Any]]) -> tuple[list[dict[str, Any]],
                                                                             dict[str, Message]]:
    """Clean lines and their problems keyed ``lines.<row>.<field>`` (row from 0, as shown)."""
    out: list[dict[str, Any]] = []
    errors: dict[str, Message] = {}
    if not isinstance(lines, Sequence) or isinstance(lines, str | bytes):
        # Lines come as a list of rows; anything else (a number, a text) is refused, not guessed.
        return [], {"lines": Message(QT_TRANSLATE_NOOP("core", "The lines must be a list of rows."))}
    if not lines:
        errors["lines"] = Message(QT_TRANSLATE_NOOP("core", "Add at least one line."))
    for row, values in enumerate(lines):
        if not isinstance(values, Mapping):
            errors[f"lines.{row}.description"] = Message(QT_TRANSLATE_NOOP("core", "This line cannot be read."))
            continue
        c = fields.Collector(values)
        c.take("product_id", fields.existing(ctx, "products"))
        c.take("description", fields.text(500))
        c.take("quantity", _quantity)
        c.take("unit_price_cents", parse_amount)
        c.take("unit_cost_cents", parse_amount)
        c.take("discount_percent", _discount)
        if "quantity" not in c.errors and c.clean.get("quantity") is None:
            c.fail("quantity", Message(QT_TRANSLATE_NOOP("core", "A quantity must be more than zero.")))
        product = None
        if c.clean.get("product_id"):
            product = records.fetch(ctx.db, "products", c.clean["product_id"])
        elif not c.clean.get("description") and not {"product_id", "description"} & c.errors.keys():
            c.fail("description", Message(QT_TRANSLATE_NOOP("core", "Choose a product or describe what was sold.")))
        for column in ("unit_price_cents", "unit_cost_cents"):
            if c.clean.get(column) is None and column not in c.errors:
                source = column.replace("unit_", "")
                c.clean[column] = int((product or {}).get(source) or 0)
        for name, message in c.errors.items():
            errors[f"lines.{row}.{name}"] = message
        if not c.errors:
            out.append({**c.clean, "position": row})
    return out, errors


def _write_lines(ctx: Context, sale_id: str, lines: list[dict[str, Any]], derived_ids: bool = False) -> None:
    for index, line in enumerate(lines):
        # REAL columns: a three-decimal quantity and a two-decimal discount survive the float exactly enough
        # that as_decimal() gives back what was typed.
        records.insert(ctx, LINES, {**line, "sale_id": sale_id, "quantity": float(line["quantity"]),
                                    "discount_percent": float(line["discount_percent"])},
                       record_id=f"{sale_id}:{index}" if derived_ids else None)


# -- writing --------------------------------------------------------------------------------------


def create(ctx: Context, values: Mapping[str, Any], lines: Sequence[Mapping[str, Any]],
           record_id: str | None = None) -> str:
    """Record a sale with its lines in one transaction; its number carries this machine's code.

    ``record_id`` derives the sale's and its lines' ids from what made it (a won opportunity),
    so two machines winning the same deal offline make one sale after sync, not two.
    """
    require(ctx.user, Perm.SALE_WRITE)
    # Whoever records the sale sold it, unless someone else is named.
    defaults = {"channel": DEFAULT_CHANNEL, "seller_id": ctx.user.id}
    header, header_errors = _checked(lambda: _validate(ctx, {**defaults, **values}, None))
    clean_lines, line_errors = _validate_lines(ctx, lines)
    if header_errors or line_errors:
        raise ValidationError({**header_errors, **line_errors})
    taken = record_id is not None and ctx.db.execute("SELECT 1 FROM sales WHERE id = ?", [record_id]).fetchone()
    sale_id = new_id() if record_id is None or taken else record_id
    with write_transaction(ctx.db):
        number = numbers.next_number(ctx, "S")
        records.insert(ctx, TABLE, {**header, "number": number}, record_id=sale_id)
        _write_lines(ctx, sale_id, clean_lines, derived_ids=sale_id == record_id)
    ctx.announce(TABLE, sale_id, "insert")
    return sale_id


def _checked(work: Any) -> tuple[dict[str, Any], dict[str, Message]]:
    """Run a validation, returning its problems instead of raising them (to join them with the lines')."""
    try:
        return work(), {}
    except ValidationError as exc:
        return {}, exc.errors


def update(ctx: Context, sale_id: str, values: Mapping[str, Any],
           lines: Sequence[Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """Save a sale form: changed fields; ``lines`` given replace the sale's lines."""
    require(ctx.user, Perm.SALE_WRITE)
    current = get(ctx.db, sale_id)
    wanted = {k: v for k, v in values.items() if k in EDITABLE}
    header, header_errors = _checked(lambda: _validate(ctx, wanted, current))
    clean_lines, line_errors = _validate_lines(ctx, lines) if lines is not None else ([], {})
    if header_errors or line_errors:
        raise ValidationError({**header_errors, **line_errors})
    with write_transaction(ctx.db):
        changed = records.update(ctx, TABLE, sale_id, header)
        if lines is not None:
            old = [dict(r) for r in _line_rows(ctx.db, sale_id)]
            keep = [{k: r[k] for k in ("product_id", "description", "unit_price_cents", "unit_cost_cents")}
                    | {"quantity": as_decimal(r["quantity"]), "discount_percent": as_decimal(r["discount_percent"]),
                       "position": r["position"]} for r in old]
            if keep != clean_lines:
                for row in old:
                    records.soft_delete(ctx, LINES, row["id"])
                _write_lines(ctx, sale_id, clean_lines)
                changed["lines"] = len(clean_lines)
                if "updated_at" not in changed:
                    ctx.db.execute("UPDATE sales SET updated_at = ?, updated_by = ? WHERE id = ?",
                                   [ctx.now(), ctx.user.id, sale_id])
    if changed:
        ctx.announce(TABLE, sale_id, "update")
    return changed


def delete(ctx: Context, sale_id: str) -> None:
    """To the trash (its lines stay with it and come back on restore)."""
    records.trash(ctx, TABLE, Perm.SALE_DELETE, sale_id)


def restore(ctx: Context, sale_id: str) -> None:
    records.untrash(ctx, TABLE, sale_id)


# -- reading --------------------------------------------------------------------------------------


def get(db: sqlite_utils.Database, sale_id: str) -> dict[str, Any]:
    return records.fetch(db, TABLE, sale_id)


def _line_rows(db: sqlite_utils.Database, sale_id: str) -> list[dict[str, Any]]:
    return db.execute_returning_dicts(
        "SELECT * FROM sale_lines WHERE sale_id = ? AND deleted_at IS NULL ORDER BY position, rid", [sale_id])


def lines(db: sqlite_utils.Database, sale_id: str) -> list[dict[str, Any]]:
    """The sale's lines in order, with the product's name and reference and each line's amounts."""
    rows = db.execute_returning_dicts(
        "SELECT l.*, p.name AS product_name, p.sku AS product_sku FROM sale_lines l "
        "LEFT JOIN products p ON p.id = l.product_id WHERE l.sale_id = ? AND l.deleted_at IS NULL "
        "ORDER BY l.position, l.rid", [sale_id])
    for row in rows:
        row["quantity"] = as_decimal(row["quantity"])
        row["discount_percent"] = as_decimal(row["discount_percent"])
        row["revenue_cents"], row["cost_cents"] = line_amounts(
            row["quantity"], row["unit_price_cents"], row["unit_cost_cents"], row["discount_percent"])
    return rows


def totals(db: sqlite_utils.Database, sale_id: str) -> Totals:
    return sum_lines(_line_rows(db, sale_id))


def _customer_where(company_id: str | None, person_id: str | None) -> tuple[str, list[Any]]:
    """A company's sales (its people's included: they carry its id), else the person's."""
    if company_id:
        return "s.company_id = ?", [company_id]
    if person_id:
        return "s.person_id = ?", [person_id]
    raise ValueError("give a company or a person")


def _sales_with_lines(db: sqlite_utils.Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    sales = db.execute_returning_dicts(
        f"SELECT s.*, u.name AS seller_name FROM sales s LEFT JOIN users u ON u.id = s.seller_id "
        f"WHERE {where} AND s.deleted_at IS NULL ORDER BY s.sold_on DESC, s.number DESC", params)
    if not sales:
        return []
    by_sale: dict[str, list[dict[str, Any]]] = {s["id"]: [] for s in sales}
    marks = ",".join("?" * len(by_sale))
    for line in db.execute_returning_dicts(
            f"SELECT sale_id, quantity, unit_price_cents, unit_cost_cents, discount_percent FROM sale_lines "
            f"WHERE sale_id IN ({marks}) AND deleted_at IS NULL", list(by_sale)):
        by_sale[line["sale_id"]].append(line)
    for sale in sales:
        sums = sum_lines(by_sale[sale["id"]])
        sale.update(lines=sums.lines, revenue_cents=sums.revenue_cents, cost_cents=sums.cost_cents,
                    margin_cents=sums.margin_cents, margin_percent=sums.margin_percent)
    return sales


def for_customer(db: sqlite_utils.Database, company_id: str | None, person_id: str | None) -> list[dict[str, Any]]:
    """The customer's sales, newest first, each with its line count, revenue, cost, margin and seller."""
    where, params = _customer_where(company_id, person_id)
    return _sales_with_lines(db, where, params)


@dataclass(frozen=True)
class CustomerRevenue:
    revenue_cents: int
    cost_cents: int
    count: int
    last_sold_on: str | None

    @property
    def margin_cents(self) -> int:
        return self.revenue_cents - self.cost_cents

    @property
    def margin_percent(self) -> Decimal | None:
        return Totals(self.revenue_cents, self.cost_cents).margin_percent


def customer_revenue(db: sqlite_utils.Database, company_id: str | None, person_id: str | None,
                     start: date | str | None = None, end: date | str | None = None) -> CustomerRevenue:
    """What a customer bought between the days ``start`` and ``end`` (both included, either open)."""
    where, params = _customer_where(company_id, person_id)
    if start:
        where += " AND s.sold_on >= ?"
        params.append(str(start))
    if end:
        where += " AND s.sold_on <= ?"
        params.append(str(end))
    sales = _sales_with_lines(db, where, params)
    return CustomerRevenue(revenue_cents=sum(s["revenue_cents"] for s in sales),
                           cost_cents=sum(s["cost_cents"] for s in sales), count=len(sales),
                           last_sold_on=sales[0]["sold_on"] if sales else None)


def sellers(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Active users who can be named as seller, by name."""
    return db.execute_returning_dicts(
        "SELECT id, name FROM users WHERE deleted_at IS NULL AND coalesce(active, 1) = 1 ORDER BY name COLLATE NOCASE")


def preview_line(quantity: Any, unit_price: Any, unit_cost: Any, discount_percent: Any) -> tuple[int, int] | None:
    """(revenue, cost) of a line being typed, as saving would count it; None while a value is not valid."""
    try:
        qty = _quantity(quantity)
        price = parse_amount(unit_price) or 0
        cost = parse_amount(unit_cost) or 0
        discount = _discount(discount_percent)
    except FieldProblem:
        return None
    return line_amounts(qty, price, cost, discount) if qty is not None else None
