"""A customer at a glance, for whoever opens a ticket for them.

Before answering, the desk wants to know: is their contract valid, how much of the
hours it includes they used this year, what else is open, what they are worth, and
when someone was last on site (visits logged, and the interventions done and coming).
One small query each, on indexed columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlite_utils

from crm_desktop.core import contracts, sales, support_costs
from crm_desktop.core.field_choices import BOOKED_STATUSES, OPEN_STATUSES
from crm_desktop.core.support_choices import ACTIVE_STATUSES

#: Interventions still ahead that hold a slot (planned, on the way, on site).
_COMING = tuple(s for s in OPEN_STATUSES if s in BOOKED_STATUSES)
#: Columns of an intervention in the glance; ``at`` is the time to show (done: when it was
#: finished; planned: its start; to plan: when it was asked for).
_INTERVENTION_COLUMNS = ("id, number, subject, kind, status, planned_start, due_on, "
                         "coalesce(completed_at, arrived_at, planned_start, created_at) AS at")


@dataclass(frozen=True)
class CustomerStatus:
    level_name: str | None
    contract_valid: bool
    contract_ends_on: str | None
    expired_level_name: str | None  # the last contract's level when none is valid today
    minutes_used: int
    minutes_included: int
    open_tickets: list[dict[str, Any]]
    revenue_cents: int | None  # None until the customer bought something
    last_visits: list[dict[str, Any]]
    #: The three latest interventions done, cancelled or to plan, newest first (the next one excluded).
    last_interventions: list[dict[str, Any]] = field(default_factory=list)
    #: The next one planned (the earliest planned, on the way or on site), else the first to plan.
    next_intervention: dict[str, Any] | None = None

    @property
    def over_included(self) -> bool:
        return self.minutes_included > 0 and self.minutes_used > self.minutes_included


def status(db: sqlite_utils.Database, company_id: str | None, person_id: str | None, today: date,
           exclude_ticket: str | None = None) -> CustomerStatus:
    if person_id and not company_id:
        row = db.execute("SELECT company_id FROM people WHERE id = ?", [person_id]).fetchone()
        company_id = row[0] if row and row[0] else None
    cover = contracts.coverage(db, company_id, person_id, today)
    expired = None
    if cover is None:
        past = contracts.contracts_of(db, company_id, None) if company_id else []
        past = past or contracts.contracts_of(db, None, person_id)
        expired = past[0]["level_name"] if past else None
    key_company, key_person = (company_id, None) if company_id else (None, person_id)
    used = support_costs.minutes_used(db, key_company, key_person, today.year)
    column, key = ("company_id", company_id) if company_id else ("person_id", person_id)
    marks = ",".join("?" * len(ACTIVE_STATUSES))
    open_tickets = db.execute_returning_dicts(
        f"SELECT id, number, subject, status, priority, opened_at FROM tickets WHERE {column} = ? "
        f"AND deleted_at IS NULL AND status IN ({marks}) AND id IS NOT ? ORDER BY opened_at DESC LIMIT 20",
        [key, *ACTIVE_STATUSES, exclude_ticket]) if key else []
    visits = db.execute_returning_dicts(
        f"SELECT id, occurred_at, subject FROM history WHERE {column} = ? AND kind = 'visit' "
        f"AND deleted_at IS NULL ORDER BY occurred_at DESC LIMIT 3", [key]) if key else []
    return CustomerStatus(
        level_name=cover.level.name if cover else None,
        contract_valid=cover is not None,
        contract_ends_on=cover.ends_on if cover else None,
        expired_level_name=expired,
        minutes_used=used,
        minutes_included=cover.level.included_minutes if cover else 0,
        open_tickets=open_tickets,
        revenue_cents=_revenue(db, company_id, person_id),
        last_visits=visits,
        **_interventions(db, column, key),
    )


def _interventions(db: sqlite_utils.Database, column: str, key: str | None) -> dict[str, Any]:
    """The next intervention and the three latest others, on the customer's index."""
    if not key:
        return {}
    marks = ",".join("?" * len(_COMING))
    coming = db.execute_returning_dicts(
        f"SELECT {_INTERVENTION_COLUMNS} FROM interventions WHERE {column} = ? AND deleted_at IS NULL "
        f"AND status IN ({marks}) AND planned_start IS NOT NULL ORDER BY planned_start LIMIT 1", [key, *_COMING])
    if not coming:
        coming = db.execute_returning_dicts(
            f"SELECT {_INTERVENTION_COLUMNS} FROM interventions WHERE {column} = ? AND deleted_at IS NULL "
            "AND status = 'to_plan' ORDER BY due_on IS NULL, due_on, created_at LIMIT 1", [key])
    next_one = coming[0] if coming else None
    # Done, cancelled or waiting to be planned: what happened (later planned visits are not "latest").
    latest = db.execute_returning_dicts(
        f"SELECT {_INTERVENTION_COLUMNS} FROM interventions WHERE {column} = ? AND deleted_at IS NULL "
        f"AND status NOT IN ({marks}) AND id IS NOT ? ORDER BY at DESC, number DESC LIMIT 3",
        [key, *_COMING, next_one["id"] if next_one else None])
    return {"last_interventions": latest, "next_intervention": next_one}


def _revenue(db: sqlite_utils.Database, company_id: str | None, person_id: str | None) -> int | None:
    """Revenue to date (after discounts); None while the customer has bought nothing."""
    if not company_id and not person_id:
        return None
    sold = sales.customer_revenue(db, company_id, person_id)
    return sold.revenue_cents if sold.count else None
