"""Support settings and levels: new opening hours or targets move the due times of active tickets."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crm_desktop.core import contracts, people, ticket_sla, tickets
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.support_settings import load_support, save_support
from crm_desktop.core.users import add_user


@pytest.fixture
def gold(ctx: Context) -> str:
    return contracts.create_level(ctx, {"name": "Gold", "rank": 3, "first_response_minutes": 60,
                                        "resolution_minutes": 480, "hourly_rate_cents": "85,00"})


@pytest.fixture
def ticket(ctx: Context, gold: str) -> str:
    person = people.create(ctx, {"first_name": "Anne", "last_name": "Lambert"})
    contracts.create_contract(ctx, {"person_id": person, "level_id": gold, "starts_on": "2026-01-01"})
    # Monday 2026-03-02 09:30 UTC = 10:30 in Brussels.
    return tickets.open_ticket(ctx, {"person_id": person, "subject": "Chaudière en panne"})


def response_due(ctx: Context, ticket_id: str) -> str:
    return ctx.db.execute("SELECT response_due FROM ticket_sla WHERE ticket_id = ?", [ticket_id]).fetchone()[0]


def test_saved_opening_hours_move_the_due_times_of_active_tickets(ctx: Context, ticket: str) -> None:
    assert response_due(ctx, ticket) == "2026-03-02T10:30:00.000Z"  # 10:30 + 1 h, Brussels
    settings = load_support(ctx.db)
    hours = list(settings.hours)
    hours[0] = "13:00-17:30"  # Mondays open at 13:00 now: the clock starts then
    save_support(ctx, replace(settings, hours=hours))
    assert response_due(ctx, ticket) == "2026-03-02T13:00:00.000Z"  # 14:00 Brussels


def test_refused_hours_change_nothing(ctx: Context, ticket: str, clock: FixedClock) -> None:
    before = response_due(ctx, ticket)
    settings = load_support(ctx.db)
    with pytest.raises(ValidationError) as caught:
        save_support(ctx, replace(settings, hours=["17:00-09:00", *settings.hours[1:]]))
    assert set(caught.value.errors) == {"hours.0"}
    staff = Context(ctx.db, add_user(ctx.db, clock, "Sam", Role.STAFF), clock)
    with pytest.raises(PermissionDenied):
        save_support(staff, replace(settings, hours=["13:00-17:30", *settings.hours[1:]]))
    assert load_support(ctx.db) == settings
    assert response_due(ctx, ticket) == before


def test_new_level_targets_move_due_times(ctx: Context, ticket: str, gold: str) -> None:
    values = {"name": "Gold", "rank": 3, "first_response_minutes": 120, "resolution_minutes": 480,
              "hourly_rate_cents": "85,00"}
    contracts.update_level(ctx, gold, values)
    assert response_due(ctx, ticket) == "2026-03-02T11:30:00.000Z"  # 10:30 + 2 h, Brussels


def test_a_level_change_without_new_targets_derives_nothing(ctx: Context, ticket: str, gold: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(ticket_sla, "refresh_stale", lambda db, now: calls.append(now) or 0)
    contracts.update_level(ctx, gold, {"name": "Gold plus", "rank": 3, "first_response_minutes": 60,
                                       "resolution_minutes": 480, "hourly_rate_cents": "90"})
    assert calls == []
    contracts.update_level(ctx, gold, {"name": "Gold plus", "rank": 3, "first_response_minutes": 60,
                                       "resolution_minutes": 240, "hourly_rate_cents": "90"})
    assert len(calls) == 1


def test_only_managers_and_admins_change_levels(ctx: Context, gold: str, clock: FixedClock) -> None:
    manager = Context(ctx.db, add_user(ctx.db, clock, "Mia", Role.MANAGER), clock)
    contracts.update_level(manager, gold, {"name": "Gold", "first_response_minutes": 30})
    assert contracts.level(ctx.db, gold).first_response_minutes == 30
    technician = Context(ctx.db, add_user(ctx.db, clock, "Tom", Role.TECHNICIAN), clock)
    with pytest.raises(PermissionDenied):
        contracts.update_level(technician, gold, {"name": "Gold", "first_response_minutes": 10})
    assert contracts.level(ctx.db, gold).first_response_minutes == 30
