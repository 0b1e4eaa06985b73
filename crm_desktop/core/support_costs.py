"""What support costs: time, parts, travel and expenses on tickets, in integer cents.

Each entry keeps the rates it was priced with (the user's cost per hour, the
contract's hourly rate), so a rate changed next year does not rewrite last year's
costs. Who pays is decided per entry: billable to the customer, covered by their
contract (while the hours it includes last), or free of charge.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlite_utils

from crm_desktop.core import contracts, fields, records, tickets
from crm_desktop.core.clock import from_iso, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message, NotFound, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.support_choices import BILLING, COST_KINDS
from crm_desktop.core.support_settings import load_support, local_day, period_bounds
from crm_desktop.core.validation import parse_amount, parse_choice, parse_decimal, parse_distance, parse_whole
from crm_desktop.db.connection import write_transaction

TIME = "time_entries"
COSTS = "ticket_costs"
MAX_MINUTES = 24 * 60
#: A hundred billion: no line of a small business's support costs comes near it, and
#: sums of many such lines stay far inside SQLite's 64-bit integers.
MAX_LINE_CENTS = 10**13


def _quantity(value: Any) -> Decimal | None:
    return parse_decimal(value, zero_allowed=False, high=1_000_000,
                         low_message=QT_TRANSLATE_NOOP("core", "A quantity must be more than zero."),
                         high_message=QT_TRANSLATE_NOOP("core", "This quantity is too large."))


def _minutes(value: Any) -> int | None:
    return parse_whole(value, 0, MAX_MINUTES, not_whole=QT_TRANSLATE_NOOP("core", "Not a whole number."),
                       too_low=QT_TRANSLATE_NOOP("core", "Minutes cannot be negative."),
                       too_high=QT_TRANSLATE_NOOP("core", "Must be between {low} and {high}."), low=0, high=MAX_MINUTES)


def _times(minutes: int, rate_cents: int) -> int:
    """Minutes at an hourly rate, rounded half up to the cent."""
    return (minutes * rate_cents + 30) // 60


def _money(quantity: Decimal, unit_cents: int) -> int:
    return int((quantity * unit_cents).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def customer_key(ticket: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(company_id, person_id) to count a ticket against: the company when there is one."""
    return (ticket.get("company_id"), None) if ticket.get("company_id") else (None, ticket.get("person_id"))


def minutes_used(db: sqlite_utils.Database, company_id: str | None, person_id: str | None, year: int) -> int:
    """Support minutes spent for a customer in a calendar year (all billing kinds)."""
    column, key = ("company_id", company_id) if company_id else ("person_id", person_id)
    if not key:
        return 0
    row = db.execute(
        f"SELECT coalesce(sum(e.minutes), 0) FROM time_entries e JOIN tickets t ON t.id = e.ticket_id "
        f"WHERE t.{column} = ? AND e.deleted_at IS NULL AND t.deleted_at IS NULL "
        f"AND e.started_at >= ? AND e.started_at < ?",
        [key, *period_bounds(db, date(year, 1, 1), date(year, 12, 31))]).fetchone()
    return int(row[0])


def covered_minutes_used(db: sqlite_utils.Database, company_id: str | None, person_id: str | None,
                         year: int) -> int:
    column, key = ("company_id", company_id) if company_id else ("person_id", person_id)
    if not key:
        return 0
    row = db.execute(
        f"SELECT coalesce(sum(e.minutes), 0) FROM time_entries e JOIN tickets t ON t.id = e.ticket_id "
        f"WHERE t.{column} = ? AND e.deleted_at IS NULL AND t.deleted_at IS NULL AND e.billing = 'covered' "
        f"AND e.started_at >= ? AND e.started_at < ?",
        [key, *period_bounds(db, date(year, 1, 1), date(year, 12, 31))]).fetchone()
    return int(row[0])


def default_billing(db: sqlite_utils.Database, ticket: Mapping[str, Any], minutes: int, on: date) -> str:
    """Covered while the contract's included hours last, billable beyond and without contract."""
    company_id, person_id = customer_key(ticket)
    cover = contracts.coverage(db, company_id, person_id, on)
    if cover is None or cover.level.included_minutes <= 0:
        return "billable"
    used = covered_minutes_used(db, company_id, person_id, on.year)
    return "covered" if used + minutes <= cover.level.included_minutes else "billable"


def _rates(db: sqlite_utils.Database, ticket: Mapping[str, Any], user_id: str, on: date) -> tuple[int, int]:
    """(cost per hour of the user, price per hour for the customer)."""
    support = load_support(db)
    row = db.execute("SELECT cost_per_hour_cents FROM users WHERE id = ?", [user_id]).fetchone()
    cost = row[0] if row and row[0] is not None else support.cost_per_hour_cents
    company_id, person_id = customer_key(ticket)
    cover = contracts.coverage(db, company_id, person_id, on)
    price = cover.level.hourly_rate_cents if cover and cover.level.hourly_rate_cents else support.hourly_rate_cents
    return cost, price


def log_time(ctx: Context, ticket_id: str, values: Mapping[str, Any], *, closed_ok: bool = False) -> str:
    """Record time spent: ``minutes``, optional ``started_at``, ``billing``, ``note``, ``user_id``.

    ``closed_ok``: a timer that ran while the ticket was open logs its time even if
    the ticket was closed meanwhile (on another machine, or by a colleague).
    """
    require(ctx.user, Perm.COST_WRITE)
    ticket = tickets.get(ctx.db, ticket_id) if closed_ok else tickets.require_open(ctx.db, ticket_id)
    c = fields.Collector(values)
    c.take("minutes", _minutes)
    c.take("started_at", fields.moment)
    c.take("billing", lambda v: parse_choice(v, tuple(BILLING)))
    c.take("note", fields.text(2000))
    c.take("user_id", fields.existing(ctx, "users"))
    if not c.clean.get("minutes") and "minutes" not in c.errors:
        c.fail("minutes", Message(QT_TRANSLATE_NOOP("core", "Give the time spent, in minutes.")))
    clean = c.done()
    user_id = clean.get("user_id") or ctx.user.id
    started_at = clean.get("started_at") or to_iso(ctx.clock.now() - timedelta(minutes=clean["minutes"]))
    day = local_day(ctx.db, started_at)
    cost_rate, price_rate = _rates(ctx.db, ticket, user_id, day)
    billing = clean.get("billing") or default_billing(ctx.db, ticket, clean["minutes"], day)
    with write_transaction(ctx.db):
        entry_id = records.insert(ctx, TIME, {
            "ticket_id": ticket_id, "user_id": user_id, "started_at": started_at, "minutes": clean["minutes"],
            "billing": billing, "cost_rate_cents": cost_rate, "price_rate_cents": price_rate,
            "note": clean.get("note")})
        tickets._event(ctx, ticket_id, "time", new=str(clean["minutes"]), old=billing, body=clean.get("note"))
    ctx.announce(TIME, entry_id, "insert")
    ctx.announce(tickets.TABLE, ticket_id, "update")
    return entry_id


def delete_time(ctx: Context, entry_id: str) -> None:
    require(ctx.user, Perm.COST_DELETE)
    records.trash(ctx, TIME, Perm.COST_WRITE, entry_id)


def time_entries(db: sqlite_utils.Database, ticket_id: str) -> list[dict[str, Any]]:
    return db.execute_returning_dicts(
        "SELECT e.*, u.name AS user_name FROM time_entries e LEFT JOIN users u ON u.id = e.user_id "
        "WHERE e.ticket_id = ? AND e.deleted_at IS NULL ORDER BY e.started_at", [ticket_id])


# -- the timer ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timer:
    ticket_id: str
    started_at: str


class TimerError(CrmError):
    """Stopping a timer that is not running."""


def running_timer(db: sqlite_utils.Database, user_id: str) -> Timer | None:
    row = db.execute("SELECT ticket_id, started_at FROM running_timers WHERE user_id = ?", [user_id]).fetchone()
    return Timer(row[0], row[1]) if row else None


def start_timer(ctx: Context, ticket_id: str) -> Timer:
    """Start counting time on a ticket; a timer running on another ticket is stopped and logged first.

    The timer lives in this machine's database (not synced): it survives closing the
    application, and what it measured syncs as a time entry when it stops.
    """
    require(ctx.user, Perm.COST_WRITE)
    tickets.require_open(ctx.db, ticket_id)
    current = running_timer(ctx.db, ctx.user.id)
    if current and current.ticket_id == ticket_id:
        return current
    if current:
        # When the old ticket was deleted its timer is dropped: start the new one anyway.
        with suppress(TimerError):
            stop_timer(ctx)
    now = ctx.now()
    with write_transaction(ctx.db):
        ctx.db.execute("INSERT INTO running_timers(user_id, ticket_id, started_at) VALUES (?, ?, ?)",
                       [ctx.user.id, ticket_id, now])
    ctx.announce("running_timers", ticket_id, "insert")
    return Timer(ticket_id, now)


def timer_minutes(timer: Timer, now: datetime) -> int:
    """Whole minutes, rounded up: a started minute counts (at least one)."""
    seconds = (now - from_iso(timer.started_at)).total_seconds()
    return max(1, math.ceil(seconds / 60))


def stop_timer(ctx: Context, note: str | None = None, billing: str | None = None) -> str:
    """Stop the acting user's timer and log what it measured (a day at most)."""
    timer = running_timer(ctx.db, ctx.user.id)
    if timer is None:
        raise TimerError(QT_TRANSLATE_NOOP("core", "No timer is running."))
    minutes = min(MAX_MINUTES, timer_minutes(timer, ctx.clock.now()))
    try:
        tickets.get(ctx.db, timer.ticket_id)
    except NotFound:
        # Deleted meanwhile: there is nothing to log the time on, and the timer must
        # not block timing the next ticket.
        cancel_timer(ctx)
        raise TimerError(QT_TRANSLATE_NOOP("core", "The ticket of the running timer was deleted: its time was not "
                                                   "logged.")) from None
    with write_transaction(ctx.db):
        ctx.db.execute("DELETE FROM running_timers WHERE user_id = ?", [ctx.user.id])
    try:
        return log_time(ctx, timer.ticket_id, {"minutes": minutes, "started_at": timer.started_at, "note": note,
                                                "billing": billing}, closed_ok=True)
    except CrmError:
        with write_transaction(ctx.db):
            ctx.db.execute("INSERT OR IGNORE INTO running_timers(user_id, ticket_id, started_at) VALUES (?, ?, ?)",
                           [ctx.user.id, timer.ticket_id, timer.started_at])
        raise


def cancel_timer(ctx: Context) -> None:
    with write_transaction(ctx.db):
        ctx.db.execute("DELETE FROM running_timers WHERE user_id = ?", [ctx.user.id])
    ctx.announce("running_timers", None, "delete")


# -- parts, travel, expenses ---------------------------------------------------------------------


def add_cost(ctx: Context, ticket_id: str, values: Mapping[str, Any]) -> str:
    """A part (quantity x unit cost and price), travel (km and minutes) or another expense."""
    require(ctx.user, Perm.COST_WRITE)
    ticket = tickets.require_open(ctx.db, ticket_id)
    c = fields.Collector(values)
    c.take("kind", lambda v: parse_choice(v, tuple(COST_KINDS)))
    c.require("kind")
    c.take("description", fields.text(200))
    c.take("quantity", _quantity)
    c.take("unit_cost_cents", parse_amount)
    c.take("unit_price_cents", parse_amount)
    c.take("km", parse_distance)
    c.take("travel_minutes", _minutes)
    c.take("billing", lambda v: parse_choice(v, tuple(BILLING)))
    c.take("occurred_at", fields.moment)
    c.take("note", fields.text(2000))
    kind = c.clean.get("kind")
    if kind in ("part", "expense") and not c.clean.get("description") and "description" not in c.errors:
        c.fail("description", Message(QT_TRANSLATE_NOOP("core", "Say what was used or paid for.")))
    if kind == "travel" and not c.clean.get("km") and not c.clean.get("travel_minutes") and not (
            {"km", "travel_minutes"} & c.errors.keys()):
        c.fail("km", Message(QT_TRANSLATE_NOOP("core", "Give the distance or the travel time.")))
    clean = c.done()
    occurred_at = clean.get("occurred_at") or ctx.now()
    day = local_day(ctx.db, occurred_at)
    quantity = clean.get("quantity") or Decimal(1)
    unit_cost = clean.get("unit_cost_cents") or 0
    unit_price = clean.get("unit_price_cents") or 0
    row: dict[str, Any] = {
        "ticket_id": ticket_id, "kind": kind, "occurred_at": occurred_at, "user_id": ctx.user.id,
        "description": clean.get("description"), "note": clean.get("note"),
    }
    if kind == "travel":
        support = load_support(ctx.db)
        km = clean.get("km") or Decimal(0)
        minutes = clean.get("travel_minutes") or 0
        cost_rate, price_rate = _rates(ctx.db, ticket, ctx.user.id, day)
        row.update(quantity=1, km=float(km), travel_minutes=minutes,
                   unit_cost_cents=support.km_cost_cents, unit_price_cents=support.km_price_cents,
                   cost_cents=_money(km, support.km_cost_cents) + _times(minutes, cost_rate),
                   price_cents=_money(km, support.km_price_cents) + _times(minutes, price_rate))
        company_id, person_id = customer_key(ticket)
        cover = contracts.coverage(ctx.db, company_id, person_id, day)
        default = "covered" if cover and cover.level.onsite_included else "billable"
    else:
        row.update(quantity=float(quantity), unit_cost_cents=unit_cost, unit_price_cents=unit_price,
                   cost_cents=_money(quantity, unit_cost), price_cents=_money(quantity, unit_price))
        default = "billable"
    row["billing"] = clean.get("billing") or default
    if max(row["cost_cents"], row["price_cents"]) > MAX_LINE_CENTS:
        raise ValidationError({"quantity" if kind != "travel" else "km": Message(
            QT_TRANSLATE_NOOP("core", "This amount is too large."))})
    with write_transaction(ctx.db):
        cost_id = records.insert(ctx, COSTS, row)
        tickets._event(ctx, ticket_id, "cost", new=str(row["cost_cents"]), old=kind,
                       body=row["description"] or clean.get("note"))
    ctx.announce(COSTS, cost_id, "insert")
    ctx.announce(tickets.TABLE, ticket_id, "update")
    return cost_id


def delete_cost(ctx: Context, cost_id: str) -> None:
    require(ctx.user, Perm.COST_DELETE)
    records.trash(ctx, COSTS, Perm.COST_WRITE, cost_id)


def costs(db: sqlite_utils.Database, ticket_id: str) -> list[dict[str, Any]]:
    return db.execute_returning_dicts(
        "SELECT * FROM ticket_costs WHERE ticket_id = ? AND deleted_at IS NULL ORDER BY occurred_at", [ticket_id])


# -- totals -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    """Cost to the business, what the customer is billed and what their contract covered."""

    minutes: int = 0
    time_cost_cents: int = 0
    parts_cost_cents: int = 0
    travel_cost_cents: int = 0
    expense_cost_cents: int = 0
    billable_cents: int = 0
    covered_cents: int = 0

    @property
    def cost_cents(self) -> int:
        return self.time_cost_cents + self.parts_cost_cents + self.travel_cost_cents + self.expense_cost_cents


#: Per-entry rounding, the same as each entry shows.
TIME_COST = "(e.minutes * e.cost_rate_cents + 30) / 60"
TIME_PRICE = "(e.minutes * e.price_rate_cents + 30) / 60"


def totals_where(db: sqlite_utils.Database, where: str, params: list[Any]) -> Totals:
    """Totals over tickets ``t`` matching ``where`` (time and costs counted when they happened)."""
    time_row = db.execute(
        f"SELECT coalesce(sum(e.minutes), 0), coalesce(sum({TIME_COST}), 0), "
        f"coalesce(sum(CASE e.billing WHEN 'billable' THEN {TIME_PRICE} ELSE 0 END), 0), "
        f"coalesce(sum(CASE e.billing WHEN 'covered' THEN {TIME_PRICE} ELSE 0 END), 0) "
        f"FROM time_entries e JOIN tickets t ON t.id = e.ticket_id "
        f"WHERE e.deleted_at IS NULL AND t.deleted_at IS NULL AND {where.replace('@at', 'e.started_at')}",
        params).fetchone()
    by_kind = {kind: (cost, billable, covered) for kind, cost, billable, covered in db.execute(
        f"SELECT c.kind, coalesce(sum(c.cost_cents), 0), "
        f"coalesce(sum(CASE c.billing WHEN 'billable' THEN c.price_cents ELSE 0 END), 0), "
        f"coalesce(sum(CASE c.billing WHEN 'covered' THEN c.price_cents ELSE 0 END), 0) "
        f"FROM ticket_costs c JOIN tickets t ON t.id = c.ticket_id "
        f"WHERE c.deleted_at IS NULL AND t.deleted_at IS NULL AND {where.replace('@at', 'c.occurred_at')} "
        f"GROUP BY c.kind", params).fetchall()}
    # Interventions on site: seen through ``t`` as their ticket (t.id is the linked ticket) and
    # their customer, so one filter serves both a ticket's and a customer's totals.
    field = {kind: (minutes, cost, billable, covered) for kind, minutes, cost, billable, covered in db.execute(
        f"SELECT c.kind, coalesce(sum(c.minutes), 0), coalesce(sum(c.cost_cents), 0), "
        f"coalesce(sum(CASE c.billing WHEN 'billable' THEN c.price_cents ELSE 0 END), 0), "
        f"coalesce(sum(CASE c.billing WHEN 'covered' THEN c.price_cents ELSE 0 END), 0) "
        f"FROM intervention_costs c JOIN (SELECT id AS iid, ticket_id AS id, company_id, person_id, deleted_at "
        f"FROM interventions) t ON t.iid = c.intervention_id "
        f"WHERE c.deleted_at IS NULL AND t.deleted_at IS NULL AND {where.replace('@at', 'c.occurred_at')} "
        f"GROUP BY c.kind", params).fetchall()} if _has_field(db) else {}
    zero, zero4 = (0, 0, 0), (0, 0, 0, 0)
    return Totals(
        minutes=time_row[0] + field.get("time", zero4)[0],
        time_cost_cents=time_row[1] + field.get("time", zero4)[1],
        parts_cost_cents=by_kind.get("part", zero)[0] + field.get("part", zero4)[1],
        travel_cost_cents=by_kind.get("travel", zero)[0] + field.get("travel", zero4)[1],
        expense_cost_cents=by_kind.get("expense", zero)[0],
        billable_cents=time_row[2] + sum(v[1] for v in by_kind.values()) + sum(v[2] for v in field.values()),
        covered_cents=time_row[3] + sum(v[2] for v in by_kind.values()) + sum(v[3] for v in field.values()),
    )


def _has_field(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'intervention_costs'").fetchone() is not None


def ticket_totals(db: sqlite_utils.Database, ticket_id: str) -> Totals:
    return totals_where(db, "t.id = ?", [ticket_id])


@dataclass(frozen=True)
class CustomerTotals:
    totals: Totals
    included_minutes: int
    level_name: str | None


def customer_totals(db: sqlite_utils.Database, company_id: str | None, person_id: str | None,
                    start: date, end: date) -> CustomerTotals:
    """A customer's support costs from ``start`` to ``end`` (inclusive), and the hours their contract includes."""
    column, key = ("company_id", company_id) if company_id else ("person_id", person_id)
    if not key:
        raise ValidationError(
            {"customer": Message(QT_TRANSLATE_NOOP("core", "Choose the person or company concerned."))})
    totals = totals_where(db, f"t.{column} = ? AND @at >= ? AND @at < ?", [key, *period_bounds(db, start, end)])
    cover = contracts.coverage(db, company_id, person_id, end)
    return CustomerTotals(totals, cover.level.included_minutes if cover else 0, cover.level.name if cover else None)
