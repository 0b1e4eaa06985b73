"""Opportunities: deals in the making, moved along the pipeline until won (a sale) or lost.

An opportunity's amount is the total of its lines when it has some, computed with the
sales' own arithmetic (sales.sum_lines), so the sale made on winning shows exactly the
amount the pipeline forecast. Winning is one transaction: the sale, its link back to
the opportunity and the campaign, the stage change and the note on the customer's
history all happen, or none does. An opportunity keeps the sale it made, so winning it
again (after moving it back by mistake) never makes a second sale.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlite_utils

from crm_desktop.core import campaigns, fields, history, numbers, records, sales
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.opportunity_choices import (
    CLOSED_STAGES,
    DEFAULT_PROBABILITY,
    DEFAULT_STAGE,
    LOST_REASONS,
    STAGES,
)
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.support_settings import local_day
from crm_desktop.core.validation import FieldProblem, parse_amount, parse_choice, parse_date, parse_int
from crm_desktop.db.connection import write_transaction
from crm_desktop.db.ids import new_id

TABLE = "opportunities"
#: Fields a form edits (the stage moves through move/win, never through a form save).
EDITABLE = ("title", "person_id", "company_id", "lead_id", "campaign_id", "owner_id", "amount_cents",
            "probability", "expected_close", "lines", "notes")
#: Won and lost deals stay on the board this many days after they closed, then only the list shows them.
CLOSED_ON_BOARD_DAYS = 90
#: Separates the lost reason's key from the words that explain it (one column, read back by lost_reason_parts).
_REASON_SEPARATOR = "\n"


# -- validation -----------------------------------------------------------------------------------


def _probability(value: Any) -> int | None:
    return parse_int(value, 0, 100)


def _validate(ctx: Context, values: Mapping[str, Any], current: Mapping[str, Any] | None) -> dict[str, Any]:
    c = fields.Collector(values)
    for name, parser in (
        ("title", fields.text(200)),
        ("person_id", fields.existing(ctx, "people")),
        ("company_id", fields.existing(ctx, "companies")),
        ("lead_id", fields.existing(ctx, "leads")),
        ("campaign_id", fields.existing(ctx, "campaigns")),
        ("owner_id", fields.existing(ctx, "users")),
        ("amount_cents", parse_amount),
        ("probability", _probability),
        ("expected_close", parse_date),
        ("notes", fields.text(5000)),
    ):
        if name in values:
            c.take(name, parser)
    merged = {**(current or {}), **c.clean}
    if (current is None or "title" in values) and not c.clean.get("title") and "title" not in c.errors:
        c.fail("title", Message(QT_TRANSLATE_NOOP("core", "Give the opportunity a title.")))
    if not merged.get("company_id") and not merged.get("person_id") and not (
            {"company_id", "person_id"} & c.errors.keys()):
        c.fail("person_id", Message(QT_TRANSLATE_NOOP("core", "Choose the person or company the deal is with.")))
    clean = c.done()
    if clean.get("person_id") and not merged.get("company_id"):
        row = ctx.db.execute("SELECT company_id FROM people WHERE id = ?", [clean["person_id"]]).fetchone()
        if row and row[0]:
            clean["company_id"] = row[0]
    if clean.get("amount_cents") is None and "amount_cents" in values:
        clean["amount_cents"] = 0
    return clean


def _validate_lines(ctx: Context, lines: Sequence[Mapping[str, Any]]) -> tuple[list[dict[str, Any]],
                                                                             dict[str, Message]]:
    """The sale's line rules, line by line (``lines.<row>.<field>``); no lines at all is fine here."""
    if not lines:
        return [], {}
    clean, errors = sales._validate_lines(ctx, lines)  # noqa: SLF001 - the very rules a sale's lines follow
    stored = [{"product_id": line.get("product_id"), "description": line.get("description"),
               "quantity": str(line["quantity"].normalize()), "unit_price_cents": int(line["unit_price_cents"]),
               "unit_cost_cents": int(line["unit_cost_cents"]),
               "discount_percent": str(Decimal(line["discount_percent"]).normalize())} for line in clean]
    return stored, errors


def _checked(work: Any) -> tuple[dict[str, Any], dict[str, Message]]:
    try:
        return work(), {}
    except ValidationError as exc:
        return {}, exc.errors


def _with_lines(ctx: Context, values: Mapping[str, Any], current: Mapping[str, Any] | None,
                defaults: Mapping[str, Any]) -> dict[str, Any]:
    """Header and lines checked together (every problem at once); the amount follows the lines."""
    header, header_errors = _checked(lambda: _validate(ctx, {**defaults, **values}, current))
    clean_lines, line_errors = _validate_lines(ctx, values.get("lines") or []) if "lines" in values else ([], {})
    if header_errors or line_errors:
        raise ValidationError({**header_errors, **line_errors})
    if "lines" in values:
        header["lines"] = json.dumps(clean_lines, ensure_ascii=False, sort_keys=True)
        if clean_lines:
            header["amount_cents"] = sales.sum_lines(clean_lines).revenue_cents
    return header


# -- writing --------------------------------------------------------------------------------------


def create(ctx: Context, values: Mapping[str, Any]) -> str:
    """Open a deal; its number carries this machine's code, its chance defaults to its stage's."""
    require(ctx.user, Perm.OPPORTUNITY_WRITE)
    stage_errors: dict[str, Message] = {}
    try:
        stage = parse_choice(values.get("stage"), tuple(STAGES), DEFAULT_STAGE) or DEFAULT_STAGE
    except FieldProblem as exc:
        stage, stage_errors = DEFAULT_STAGE, {"stage": exc.message}
    header, errors = _checked(lambda: _with_lines(ctx, values, None, {"owner_id": ctx.user.id}))
    if stage in CLOSED_STAGES:
        stage_errors["stage"] = Message(QT_TRANSLATE_NOOP("core", "A new opportunity starts open: win or lose it "
                                                                  "afterwards."))
    if errors or stage_errors:
        raise ValidationError({**errors, **stage_errors})
    if header.get("probability") is None:
        header["probability"] = DEFAULT_PROBABILITY[stage]
    header.setdefault("lines", "[]")
    header.setdefault("amount_cents", 0)
    opp_id = new_id()
    with write_transaction(ctx.db):
        number = numbers.next_number(ctx, "O")
        records.insert(ctx, TABLE, {**header, "number": number, "stage": stage, "stage_changed_at": ctx.now()},
                       record_id=opp_id)
    ctx.announce(TABLE, opp_id, "insert")
    return opp_id


def update(ctx: Context, opp_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Save the form's fields (lines given replace the lines and their total becomes the amount)."""
    require(ctx.user, Perm.OPPORTUNITY_WRITE)
    current = get(ctx.db, opp_id)
    wanted = {k: v for k, v in values.items() if k in EDITABLE}
    header = _with_lines(ctx, wanted, current, {})
    if "probability" in wanted and header.get("probability") is None:
        header["probability"] = DEFAULT_PROBABILITY[current["stage"]]
    return records.update_checked(ctx, TABLE, opp_id, header)


def lost_reason_parts(value: str | None) -> tuple[str | None, str]:
    """(reason key, the words that explain it) of a stored lost reason."""
    if not value:
        return None, ""
    key, _sep, text = value.partition(_REASON_SEPARATOR)
    return key, text


def _lost_reason(reason: Any, note: Any) -> str:
    c = fields.Collector({"lost_reason": reason, "lost_note": note})
    c.take("lost_reason", lambda v: parse_choice(v, tuple(LOST_REASONS)))
    c.take("lost_note", fields.text(1000))
    if not c.clean.get("lost_reason") and "lost_reason" not in c.errors:
        c.fail("lost_reason", Message(QT_TRANSLATE_NOOP("core", "Say why the deal was lost.")))
    if c.clean.get("lost_reason") == "other" and not c.clean.get("lost_note") and "lost_note" not in c.errors:
        c.fail("lost_note", Message(QT_TRANSLATE_NOOP("core", "Explain in a few words.")))
    clean = c.done()
    return clean["lost_reason"] + (_REASON_SEPARATOR + clean["lost_note"] if clean.get("lost_note") else "")


def _note(ctx: Context, row: Mapping[str, Any], subject: str, body: str) -> None:
    """A note on the customer's history (the timeline shows when a deal was won or lost)."""
    history_id = records.insert(ctx, history.TABLE, {
        "kind": "note", "occurred_at": ctx.now(), "user_id": ctx.user.id, "subject": subject, "body": body,
        "person_id": row.get("person_id"), "company_id": row.get("company_id")})
    ctx.announce(history.TABLE, history_id, "insert")


def move(ctx: Context, opp_id: str, stage: str, lost_reason: str | None = None,
         lost_note: str | None = None) -> dict[str, Any]:
    """Put the deal at ``stage``. Lost needs a reason; moving to won is winning (the sale is made).

    Leaving won or lost reopens the deal (closed_at cleared); the chance follows the stage's
    default unless someone had set another one for the stage it leaves.
    """
    require(ctx.user, Perm.OPPORTUNITY_WRITE)
    try:
        key = parse_choice(stage, tuple(STAGES))
    except FieldProblem as exc:
        raise ValidationError({"stage": exc.message}) from exc
    if key is None:
        raise ValidationError({"stage": Message(QT_TRANSLATE_NOOP("core", "This field is required."))})
    if key == "won":
        win(ctx, opp_id)
        return {"stage": "won"}
    current = get(ctx.db, opp_id)
    if current["stage"] == key and key != "lost":
        return {}
    now = ctx.now()
    change: dict[str, Any] = {"stage": key}
    if current["stage"] != key:
        change["stage_changed_at"] = now
    if key == "lost" or current.get("probability") in (None, DEFAULT_PROBABILITY[current["stage"]]):
        change["probability"] = DEFAULT_PROBABILITY[key]
    if key == "lost":
        # Lost again: only the reason changes (it was lost when it was first lost).
        change.update(lost_reason=_lost_reason(lost_reason, lost_note),
                      closed_at=current["closed_at"] if current["stage"] == "lost" else now)
    else:
        change.update(closed_at=None, lost_reason=None)
    with write_transaction(ctx.db):
        changed = records.update(ctx, TABLE, opp_id, change)
        if key == "lost" and current["stage"] != "lost":
            reason, text = lost_reason_parts(change["lost_reason"])
            label = LOST_REASONS.get(reason or "", reason or "")  # the source text, as other notes are kept
            _note(ctx, current, f"{current['number']} lost: {current['title']}", f"{label}: {text}" if text else label)
    if changed:
        ctx.announce(TABLE, opp_id, "update")
    return changed


def win(ctx: Context, opp_id: str, sold_on: str | None = None) -> str:
    """Win the deal: the sale (its lines, or one line with the amount), linked to the deal and its campaign.

    One transaction: if the sale is refused (a product deleted meanwhile...) nothing at all is
    written and the deal stays where it was. Already won, or won before and reopened, the sale
    it made is returned and no other is made.
    """
    require(ctx.user, Perm.OPPORTUNITY_WRITE)
    require(ctx.user, Perm.SALE_WRITE)
    current = get(ctx.db, opp_id)
    existing = current.get("sale_id")
    if existing and not _live(ctx.db, "sales", existing):
        existing = None
    now = ctx.now()
    with write_transaction(ctx.db):
        sale_id = existing or _make_sale(ctx, current, sold_on)
        changed = records.update(ctx, TABLE, opp_id, {
            "stage": "won", "probability": DEFAULT_PROBABILITY["won"], "sale_id": sale_id, "lost_reason": None,
            "closed_at": current["closed_at"] if current["stage"] == "won" else now,
            "stage_changed_at": current["stage_changed_at"] if current["stage"] == "won" else now})
        if current["stage"] != "won":
            sale_number = ctx.db.execute("SELECT number FROM sales WHERE id = ?", [sale_id]).fetchone()[0]
            _note(ctx, current, f"{current['number']} won: {current['title']}",
                  f"{sale_number} {_amount_text(amount_of(current))}")
    if changed:
        ctx.announce(TABLE, opp_id, "update")
    return sale_id


def _amount_text(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _make_sale(ctx: Context, row: Mapping[str, Any], sold_on: str | None) -> str:
    lines = [dict(line) for line in row["lines"]] or [
        {"description": row["title"][:500], "quantity": 1, "unit_price_cents": int(row["amount_cents"] or 0),
         "unit_cost_cents": 0}]
    header = {"person_id": row.get("person_id"), "company_id": row.get("company_id"),
              "seller_id": row.get("owner_id") or ctx.user.id, "campaign_id": row.get("campaign_id"),
              "opportunity_id": row["id"]}
    if sold_on:
        header["sold_on"] = sold_on
    return sales.create(ctx, header, lines, record_id=f"{row['id']}:sale")


def _live(db: sqlite_utils.Database, table: str, record_id: str) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", [record_id]).fetchone() is not None


def delete(ctx: Context, opp_id: str) -> None:
    """To the trash (a sale it made stays: the customer did buy)."""
    require(ctx.user, Perm.OPPORTUNITY_DELETE)
    records.trash(ctx, TABLE, Perm.OPPORTUNITY_WRITE, opp_id)


def restore(ctx: Context, opp_id: str) -> None:
    records.untrash(ctx, TABLE, opp_id)


# -- reading --------------------------------------------------------------------------------------


def _parsed(row: dict[str, Any]) -> dict[str, Any]:
    try:
        lines = json.loads(row.get("lines") or "[]")
    except ValueError:
        lines = []
    row["lines"] = lines if isinstance(lines, list) else []
    return row


def get(db: sqlite_utils.Database, opp_id: str) -> dict[str, Any]:
    """The opportunity with its lines as a list."""
    return _parsed(records.fetch(db, TABLE, opp_id))


def amount_of(row: Mapping[str, Any]) -> int:
    return int(row.get("amount_cents") or 0)


def weighted(amount_cents: int, probability: int | None) -> int:
    """The amount times the chance of winning, rounded half up to the cent."""
    exact = Decimal(amount_cents) * Decimal(probability or 0) / Decimal(100)
    return int(exact.quantize(Decimal(1), ROUND_HALF_UP))


_CARD_SQL = (
    "SELECT o.id, o.number, o.title, o.stage, o.amount_cents, o.probability, o.expected_close, o.owner_id,"
    " o.person_id, o.company_id, o.closed_at, o.sale_id, o.lost_reason, o.campaign_id, o.updated_at,"
    " u.name AS owner_name,"
    " CASE WHEN p.id IS NOT NULL AND c.id IS NOT NULL"
    " THEN trim(coalesce(p.first_name, '') || ' ' || p.last_name) || ' (' || c.name || ')'"
    " ELSE coalesce(trim(coalesce(p.first_name, '') || ' ' || p.last_name), c.name, '') END AS customer_name"
    " FROM opportunities o LEFT JOIN users u ON u.id = o.owner_id"
    " LEFT JOIN people p ON p.id = o.person_id LEFT JOIN companies c ON c.id = o.company_id"
)


def _board_where(owner_id: str | None, today: date) -> tuple[str, list[Any]]:
    """Open deals, and won or lost ones closed in the last CLOSED_ON_BOARD_DAYS days."""
    since = (today - timedelta(days=CLOSED_ON_BOARD_DAYS)).isoformat()
    where = "o.deleted_at IS NULL AND (o.stage NOT IN ('won', 'lost') OR o.closed_at >= ?)"
    params: list[Any] = [since]
    if owner_id:
        where += " AND o.owner_id = ?"
        params.append(owner_id)
    return where, params


def _card(row: dict[str, Any], today: str) -> dict[str, Any]:
    row["weighted_cents"] = weighted(amount_of(row), row.get("probability"))
    row["overdue"] = bool(row.get("expected_close") and row["expected_close"] < today
                          and row["stage"] not in CLOSED_STAGES)
    return row


def _today(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def board(db: sqlite_utils.Database, owner_id: str | None = None, *, today: date | str) -> dict[str, list[dict]]:
    """Cards per stage in board order; in a column the deals closing soonest come first.

    ``today`` is the shop's day (``local_day``): a card is overdue when its expected close
    is before it and the deal is still open.
    """
    day = _today(today)
    where, params = _board_where(owner_id, day)
    rows = db.execute_returning_dicts(
        f"{_CARD_SQL} WHERE {where} ORDER BY coalesce(o.expected_close, '9999'), o.number", params)
    out: dict[str, list[dict[str, Any]]] = {stage: [] for stage in STAGES}
    for row in rows:
        out.setdefault(row["stage"], []).append(_card(row, day.isoformat()))
    return out


@dataclass(frozen=True)
class StageTotal:
    count: int = 0
    amount_cents: int = 0
    weighted_cents: int = 0


def totals_of(cards: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, StageTotal]:
    """Count, amount and weighted amount of each column of a board."""
    return {stage: StageTotal(len(rows), sum(amount_of(r) for r in rows),
                              sum(weighted(amount_of(r), r.get("probability")) for r in rows))
            for stage, rows in cards.items()}


def pipeline_totals(db: sqlite_utils.Database, owner_id: str | None = None, *,
                    today: date | str) -> dict[str, StageTotal]:
    """Per stage, what the board shows: count, amount and amount weighted by each deal's chance."""
    return totals_of(board(db, owner_id, today=today))


def listing(db: sqlite_utils.Database, owner_id: str | None = None, *, today: date | str,
            stage: str | None = None, search: str | None = None, include_closed: bool = True) -> list[dict]:
    """Every deal for the list mode (a few hundred at most), newest number first."""
    where = "o.deleted_at IS NULL"
    params: list[Any] = []
    if owner_id:
        where += " AND o.owner_id = ?"
        params.append(owner_id)
    if stage:
        where += " AND o.stage = ?"
        params.append(stage)
    if not include_closed:
        where += " AND o.stage NOT IN ('won', 'lost')"
    if search and search.strip():
        where += " AND (o.title LIKE ? OR o.number LIKE ? OR p.last_name LIKE ? OR c.name LIKE ?)"
        params.extend([f"%{search.strip()}%"] * 4)
    day = _today(today).isoformat()
    rows = db.execute_returning_dicts(f"{_CARD_SQL} WHERE {where} ORDER BY o.created_at DESC, o.number DESC", params)
    return [_card(row, day) for row in rows]


def for_customer(db: sqlite_utils.Database, company_id: str | None, person_id: str | None, *,
                 today: date | str) -> list[dict[str, Any]]:
    """A company's deals (its people's included: they carry its id), else the person's; open ones first."""
    if company_id:
        where, params = "o.company_id = ?", [company_id]
    elif person_id:
        where, params = "o.person_id = ?", [person_id]
    else:
        raise ValueError("give a company or a person")
    rows = db.execute_returning_dicts(
        f"{_CARD_SQL} WHERE {where} AND o.deleted_at IS NULL "
        "ORDER BY o.stage IN ('won', 'lost'), coalesce(o.expected_close, '9999'), o.number DESC", params)
    day = _today(today).isoformat()
    return [_card(row, day) for row in rows]


def describe(db: sqlite_utils.Database, opp_id: str) -> dict[str, Any]:
    """The opportunity for its dialog: customer, owner, sale numbers and its lines with their amounts."""
    row = get(db, opp_id)
    extra = db.execute_returning_dicts(f"{_CARD_SQL} WHERE o.id = ?", [opp_id])[0]
    row["customer_name"] = extra["customer_name"]
    row["owner_name"] = extra["owner_name"]
    sale = db.execute("SELECT number FROM sales WHERE id = ? AND deleted_at IS NULL",
                      [row.get("sale_id") or ""]).fetchone()
    row["sale_number"] = sale[0] if sale else None
    names = {r["id"]: r for r in db.execute_returning_dicts(
        "SELECT id, name, sku FROM products WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps([line.get("product_id") for line in row["lines"] if line.get("product_id")])])}
    for line in row["lines"]:
        product = names.get(line.get("product_id") or "")
        line["product_name"] = product["name"] if product else None
        line["revenue_cents"], line["cost_cents"] = sales.line_amounts(
            line.get("quantity"), int(line.get("unit_price_cents") or 0), int(line.get("unit_cost_cents") or 0),
            line.get("discount_percent"))
    row["lost_reason_key"], row["lost_note"] = lost_reason_parts(row.get("lost_reason"))
    row["weighted_cents"] = weighted(amount_of(row), row.get("probability"))
    return row


def owners(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Who can own a deal (active users, by name)."""
    return sales.sellers(db)


def today_of(ctx: Context) -> date:
    """The shop's day now: what the board's overdue flags are measured against."""
    return local_day(ctx.db, ctx.now())


def campaign_choices(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Campaigns a deal can be credited to."""
    return campaigns.choices(db)
