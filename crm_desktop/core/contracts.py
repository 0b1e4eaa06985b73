"""Support levels (bronze, silver, gold...) and the contracts that give a customer one.

A level says how fast the desk answers and solves (targets in business minutes),
what an hour costs the customer, and how many hours a year the contract includes.
A company has a contract; a person without a company may have their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from crm_desktop.core import fields, records
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.validation import FieldProblem, parse_cents, parse_date, parse_int

LEVELS = "support_levels"
CONTRACTS = "contracts"
_MAX_MINUTES = 365 * 24 * 60


@dataclass(frozen=True)
class Level:
    id: str
    name: str
    rank: int
    first_response_minutes: int | None
    resolution_minutes: int | None
    hourly_rate_cents: int
    included_minutes: int
    onsite_included: bool


def _level(row: Mapping[str, Any]) -> Level:
    return Level(row["id"], row["name"], row["rank"], row["first_response_minutes"], row["resolution_minutes"],
                 row["hourly_rate_cents"], row["included_minutes"], bool(row["onsite_included"]))


def _positive_cents(value: Any) -> int | None:
    cents = parse_cents(value)
    if cents is not None and cents < 0:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "A rate cannot be negative."))
    return cents


def validate_level(values: Mapping[str, Any]) -> dict[str, Any]:
    c = fields.Collector(values)
    c.take("name", fields.text(80))
    c.require("name")
    c.take("rank", lambda v: parse_int(v, 0, 1000))
    c.take("first_response_minutes", lambda v: parse_int(v, 1, _MAX_MINUTES))
    c.take("resolution_minutes", lambda v: parse_int(v, 1, _MAX_MINUTES))
    c.take("hourly_rate_cents", _positive_cents)
    c.take("included_minutes", lambda v: parse_int(v, 0, _MAX_MINUTES))
    c.take("onsite_included", lambda v: 1 if v in (True, 1, "1", "true", "yes") else 0)
    clean = c.done()
    for name in ("rank", "hourly_rate_cents", "included_minutes"):
        clean[name] = clean.get(name) or 0
    return clean


def create_level(ctx: Context, values: Mapping[str, Any]) -> str:
    require(ctx.user, Perm.CONTRACT_WRITE)
    return records.create_checked(ctx, LEVELS, Perm.CONTRACT_WRITE, validate_level(values))


def update_level(ctx: Context, level_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    require(ctx.user, Perm.CONTRACT_WRITE)
    changed = records.update_checked(ctx, LEVELS, level_id, validate_level(values))
    if {"first_response_minutes", "resolution_minutes"} & changed.keys():
        # New targets move the due times of this level's active tickets (imported here, as support_settings does).
        from crm_desktop.core import ticket_sla

        ticket_sla.refresh_stale(ctx.db, ctx.clock.now())
    return changed


def delete_level(ctx: Context, level_id: str) -> None:
    records.trash(ctx, LEVELS, Perm.CONTRACT_WRITE, level_id)


def levels(db: sqlite_utils.Database) -> list[Level]:
    rows = db.execute_returning_dicts(
        "SELECT * FROM support_levels WHERE deleted_at IS NULL ORDER BY rank, name COLLATE NOCASE")
    return [_level(row) for row in rows]


def level(db: sqlite_utils.Database, level_id: str | None) -> Level | None:
    if not level_id:
        return None
    rows = db.execute_returning_dicts("SELECT * FROM support_levels WHERE id = ?", [level_id])
    return _level(rows[0]) if rows else None




def validate_contract(ctx: Context, values: Mapping[str, Any]) -> dict[str, Any]:
    c = fields.Collector(values)
    c.take("company_id", fields.existing(ctx, "companies"))
    c.take("person_id", fields.existing(ctx, "people"))
    c.take("level_id", fields.existing(ctx, LEVELS))
    c.require("level_id")
    c.take("starts_on", parse_date)
    c.require("starts_on")
    c.take("ends_on", parse_date)
    c.take("reference", fields.text(60))
    c.take("notes", fields.text(2000))
    clean = c.clean
    if not clean.get("company_id") and not clean.get("person_id") and not (
            {"company_id", "person_id"} & c.errors.keys()):
        c.fail("company_id", Message(QT_TRANSLATE_NOOP("core", "Choose the person or company concerned.")))
    if clean.get("starts_on") and clean.get("ends_on") and clean["ends_on"] < clean["starts_on"]:
        c.fail("ends_on", Message(QT_TRANSLATE_NOOP("core", "The end comes before the start.")))
    return c.done()


def create_contract(ctx: Context, values: Mapping[str, Any]) -> str:
    require(ctx.user, Perm.CONTRACT_WRITE)
    return records.create_checked(ctx, CONTRACTS, Perm.CONTRACT_WRITE, validate_contract(ctx, values))


def update_contract(ctx: Context, contract_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    require(ctx.user, Perm.CONTRACT_WRITE)
    return records.update_checked(ctx, CONTRACTS, contract_id, validate_contract(ctx, values))


def delete_contract(ctx: Context, contract_id: str) -> None:
    records.trash(ctx, CONTRACTS, Perm.CONTRACT_WRITE, contract_id)


@dataclass(frozen=True)
class Coverage:
    """The contract that applies to a customer on a day, if any."""

    contract_id: str
    level: Level
    starts_on: str
    ends_on: str | None
    reference: str | None


def contracts_of(db: sqlite_utils.Database, company_id: str | None = None,
                 person_id: str | None = None) -> list[dict[str, Any]]:
    """Every contract of a customer, newest first (shown on the customer's page)."""
    column, key = ("company_id", company_id) if company_id else ("person_id", person_id)
    if not key:
        return []
    return db.execute_returning_dicts(
        f"SELECT c.*, l.name AS level_name FROM contracts c LEFT JOIN support_levels l ON l.id = c.level_id "
        f"WHERE c.{column} = ? AND c.deleted_at IS NULL ORDER BY c.starts_on DESC", [key])


def coverage(db: sqlite_utils.Database, company_id: str | None, person_id: str | None,
             on: date) -> Coverage | None:
    """The valid contract of the company, else of the person; the best level wins if several overlap."""
    day = on.isoformat()
    for column, key in (("company_id", company_id), ("person_id", person_id)):
        if not key:
            continue
        rows = db.execute_returning_dicts(
            f"SELECT c.id AS contract_id, c.starts_on, c.ends_on, c.reference, l.* FROM contracts c "
            f"JOIN support_levels l ON l.id = c.level_id AND l.deleted_at IS NULL AND l.active = 1 "
            f"WHERE c.{column} = ? AND c.deleted_at IS NULL AND c.starts_on <= ? "
            f"AND (c.ends_on IS NULL OR c.ends_on >= ?) ORDER BY l.rank DESC, c.starts_on DESC LIMIT 1",
            [key, day, day])
        if rows:
            row = rows[0]
            return Coverage(row["contract_id"], _level(row), row["starts_on"], row["ends_on"], row["reference"])
    return None
