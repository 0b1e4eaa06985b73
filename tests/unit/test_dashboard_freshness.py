"""The dashboard's kept figures are never stale: after each kind of write (sales, time, people moving, trash,
merges, settings, SLA verdicts, contracts, technicians, campaigns, rollbacks, another connection, threads) the
dashboard read with warm caches equals one computed from nothing (``forget`` and every month recomputed), on the
window's connection and on a worker's own."""

from __future__ import annotations

import dataclasses
import random
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
import sqlite_utils

from crm_desktop.core import (
    campaigns,
    companies,
    contracts,
    customer_risk,
    customer_value,
    dashboard_data,
    interventions,
    leads,
    merging,
    people,
    rfm,
    sales,
    support_costs,
    tickets,
    trash,
)
from crm_desktop.core.context import Context
from crm_desktop.core.support_report import reader
from crm_desktop.core.support_settings import load_support, save_support
from tests.field_setup import FieldWorld

TODAY = date(2026, 3, 2)
PERIODS = [(date(2025, 1, 1), date(2025, 12, 31)), (date(2026, 3, 1), TODAY), (date(2025, 3, 3), TODAY),
           (date(2026, 1, 1), TODAY), (date(2026, 3, 1), date(2026, 3, 31))]


def _buy(ctx: Context, day: str, cents: int, company: str | None = None, person: str | None = None) -> str:
    return sales.create(ctx, {"company_id": company, "person_id": person, "sold_on": day},
                        [{"description": "Goods", "quantity": 1, "unit_price_cents": cents, "unit_cost_cents": 100}])


@pytest.fixture
def shop(ctx: Context, world: FieldWorld) -> dict[str, str]:
    other = companies.create(ctx, {"name": "Other Co"})
    loner = people.create(ctx, {"first_name": "Lone", "last_name": "Buyer"})
    for day in ("2024-06-10", "2025-02-10", "2025-06-10", "2025-12-30", "2026-02-27", "2026-03-01"):
        _buy(ctx, day, 10000, company=world.company)
        _buy(ctx, day, 3000, person=loner)
        _buy(ctx, day, 5000, company=other)
    ctx.db.execute("UPDATE users SET cost_per_hour_cents = 5000 WHERE id = ?", [ctx.user.id])
    ticket = tickets.open_ticket(ctx, {"person_id": loner, "subject": "Oven"})
    support_costs.log_time(ctx, ticket, {"minutes": 180, "started_at": "2025-06-11T08:00:00Z"})
    support_costs.log_time(ctx, ticket, {"minutes": 60, "started_at": "2026-03-01T23:30:00Z"})
    return {"other": other, "loner": loner, "ticket": ticket}


def _strip(board: dashboard_data.Dashboard) -> dashboard_data.Dashboard:
    return dataclasses.replace(board, timings={})


def _boards(db: sqlite_utils.Database) -> list[dashboard_data.Dashboard]:
    return [_strip(dashboard_data.dashboard(db, s, e, TODAY)) for s, e in PERIODS]


def check(ctx: Context, write: Callable[[], object], second: bool = False) -> None:
    """Warm the caches, ``write``, then compare warm and cold dashboards (also on a worker's connection)."""
    with reader(ctx.db) as other:
        dbs = [ctx.db, other] if second else [ctx.db]
        for db in dbs:
            _boards(db)  # warm
        write()
        for db in dbs:
            warm = _boards(db)
            dashboard_data.forget()
            db.execute("INSERT OR IGNORE INTO value_dirty(month) VALUES ('*')")
            cold = _boards(db)
            for a, b in zip(warm, cold, strict=True):
                assert a == b


def test_sale_today(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    check(ctx, lambda: _buy(ctx, "2026-03-02", 777, company=world.company), second=True)


def test_person_changes_company(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    check(ctx, lambda: ctx.db.execute("UPDATE people SET company_id = ? WHERE id = ?", [shop["other"], shop["loner"]]),
          second=True)


def test_company_trash_and_restore(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    check(ctx, lambda: companies.delete(ctx, shop["other"]), second=True)
    check(ctx, lambda: trash.restore(ctx, "company", shop["other"]), second=True)


def test_timezone(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    check(ctx, lambda: save_support(ctx, dataclasses.replace(load_support(ctx.db), timezone="America/New_York")),
          second=True)


def test_time_entry_rate(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    check(ctx, lambda: ctx.db.execute("UPDATE time_entries SET cost_rate_cents = cost_rate_cents + 999"), second=True)


def test_rollback(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    def write() -> None:
        ctx.db.conn.execute("BEGIN")
        _buy(ctx, "2026-03-02", 5555, company=world.company)
        _boards(ctx.db)
        ctx.db.conn.execute("ROLLBACK")
    check(ctx, write, second=True)


def test_person_trash_restore(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    check(ctx, lambda: people.delete(ctx, shop["loner"]), second=True)
    check(ctx, lambda: trash.restore(ctx, "person", shop["loner"]), second=True)


def test_merge_people(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    def write() -> None:
        merging.merge_people(ctx, world.person, shop["loner"])
    check(ctx, write, second=True)


def test_merge_companies(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    check(ctx, lambda: merging.merge_companies(ctx, world.company, shop["other"]), second=True)


def test_sla_verdict(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    ticket = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "x",
                                       "opened_at": "2026-03-01T09:00:00+00:00"})
    ctx.db.execute("INSERT INTO ticket_sla(ticket_id, response_met, resolution_met) VALUES (?, 1, 1)"
                   " ON CONFLICT(ticket_id) DO UPDATE SET response_met = 1, resolution_met = 1", [ticket])
    check(ctx, lambda: ctx.db.execute("UPDATE ticket_sla SET response_met = 0 WHERE ticket_id = ?", [ticket]),
          second=True)


def test_contract_and_level(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    gold = contracts.create_level(ctx, {"name": "Gold", "included_minutes": 730})
    contract = contracts.create_contract(ctx, {"company_id": world.company, "level_id": gold,
                                               "starts_on": "2025-01-01"})
    check(ctx, lambda: contracts.update_level(ctx, gold, {"name": "Gold", "included_minutes": 7300}), second=True)
    check(ctx, lambda: contracts.update_contract(ctx, contract, {"company_id": world.company, "level_id": gold,
                                                                 "starts_on": "2025-06-01"}), second=True)


def test_technician_hours(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    check(ctx, lambda: ctx.db.execute("UPDATE technicians SET hours = replace(hours, '08:', '06:') WHERE id = ?",
                                      [world.anna]), second=True)


def test_job_done(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    start = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    job = interventions.create(ctx, {"company_id": world.company, "subject": "Oven", "skills": []})
    interventions.plan(ctx, job, start, 60, [world.anna])
    check(ctx, lambda: ctx.db.execute("UPDATE interventions SET status = 'done', arrived_at = planned_start, "
                                      "departed_at = planned_end WHERE id = ?", [job]), second=True)


def _lead_called_back(ctx: Context, world: FieldWorld) -> None:
    """A lead on Sunday, called on Monday: its speed to lead counts business minutes (hours, holidays)."""
    leads.create(ctx, {"person_id": world.person, "source": "web_form", "arrived_at": "2026-03-01T10:00:00.000Z"})
    ctx.db.execute("INSERT INTO history(id, created_at, updated_at, person_id, kind, direction, occurred_at, subject)"
                   " SELECT 'h1', created_at, updated_at, id, 'call', 'out', '2026-03-02T09:00:00.000Z', 'x'"
                   " FROM people WHERE id = ?", [world.person])


def test_business_hours(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    _lead_called_back(ctx, world)
    support = load_support(ctx.db)
    check(ctx, lambda: save_support(ctx, dataclasses.replace(support, holiday_country="BE")
                                    if hasattr(support, "holiday_country") else support), second=True)


def test_business_hours_change(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    _lead_called_back(ctx, world)
    support = load_support(ctx.db)
    check(ctx, lambda: save_support(ctx, dataclasses.replace(support, hours=["06:00-17:30"] * 5 + ["", ""])),
          second=True)


def test_interleaved_transaction(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    with reader(ctx.db) as other:
        _boards(other)
        _boards(ctx.db)
        ctx.db.conn.execute("BEGIN IMMEDIATE")
        _buy(ctx, "2026-03-02", 4321, company=world.company)
        inside = _boards(ctx.db)
        ctx.db.conn.execute("COMMIT")
        after_main = _boards(ctx.db)
        after_other = _boards(other)
        dashboard_data.forget()
        fresh = _boards(other)
        assert after_other == fresh
        assert after_main == fresh
        assert inside == fresh


def test_campaign(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    camp = campaigns.create(ctx, {"name": "Spring", "starts_on": "2026-03-01", "channels": ["email"],
                                  "email_subject": "s", "email_body": "b"})
    campaigns.add_cost(ctx, camp, {"description": "Flyers", "amount_cents": 1001})
    now = "2026-03-02T09:30:00.000Z"
    for n, person in enumerate((world.person, shop["loner"])):
        ctx.db.execute("INSERT INTO campaign_members(id, created_at, updated_at, campaign_id, person_id) "
                       "VALUES (?, ?, ?, ?, ?)", [f"m{n}", now, now, camp, person])
    check(ctx, lambda: ctx.db.execute("UPDATE campaigns SET starts_on = '2025-06-01' WHERE id = ?", [camp]),
          second=True)
    check(ctx, lambda: ctx.db.execute("UPDATE people SET company_id = ? WHERE id = ?", [shop["other"], shop["loner"]]),
          second=True)
    check(ctx, lambda: ctx.db.execute("UPDATE campaign_members SET deleted_at = ? WHERE id = 'm0'", [now]),
          second=True)


def test_rollback_operations(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    ticket = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "x",
                                       "opened_at": "2026-03-01T09:00:00+00:00"})
    ctx.db.execute("INSERT INTO ticket_sla(ticket_id, response_met, resolution_met) VALUES (?, 1, 1)"
                   " ON CONFLICT(ticket_id) DO UPDATE SET response_met = 1, resolution_met = 1", [ticket])

    def write() -> None:
        ctx.db.conn.execute("BEGIN")
        ctx.db.execute("UPDATE ticket_sla SET response_met = 0 WHERE ticket_id = ?", [ticket])
        _boards(ctx.db)
        ctx.db.conn.execute("ROLLBACK")
    check(ctx, write, second=True)


def test_trash_sale_ticket(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    sale = _buy(ctx, "2026-03-01", 999, company=world.company)
    check(ctx, lambda: sales.delete(ctx, sale), second=True)
    check(ctx, lambda: trash.restore(ctx, "sale", sale), second=True)
    check(ctx, lambda: tickets.delete(ctx, shop["ticket"]), second=True)
    check(ctx, lambda: trash.restore(ctx, "ticket", shop["ticket"]), second=True)


def test_user_inactive_absence(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    check(ctx, lambda: ctx.db.execute("UPDATE users SET active = 0 WHERE id = ?", [world.bert]), second=True)


def test_random_writes(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    rnd = random.Random(7)
    ticket = shop["ticket"]
    entries: list[str] = []
    made_sales: list[str] = []
    for step in range(40):
        kind = rnd.choice(["sale", "time", "move", "del_sale", "del_time", "company"])
        day = f"202{rnd.choice([5, 6])}-0{rnd.choice([1, 2, 3])}-{rnd.choice(['01', '28', '29', '31'])}"
        if day.endswith("-29") or day.endswith("-31"):
            day = day[:-2] + "28"

        def write(kind: str = kind, day: str = day) -> None:
            if kind == "sale":
                made_sales.append(_buy(ctx, day, rnd.randint(1, 9999), company=rnd.choice([world.company, None]),
                                       person=shop["loner"]))
            elif kind == "time":
                entries.append(support_costs.log_time(ctx, ticket, {
                    "minutes": rnd.randint(1, 300), "started_at": f"{day}T23:{rnd.randint(0, 59):02d}:00Z"}))
            elif kind == "move" and entries:
                ctx.db.execute("UPDATE time_entries SET started_at = ? WHERE id = ?",
                               [f"{day}T22:30:00.000Z", rnd.choice(entries)])
            elif kind == "del_sale" and made_sales:
                ctx.db.execute("UPDATE sales SET deleted_at = '2026-03-02T00:00:00.000Z' WHERE id = ?",
                               [rnd.choice(made_sales)])
            elif kind == "del_time" and entries:
                ctx.db.execute("UPDATE time_entries SET deleted_at = '2026-03-02T00:00:00.000Z' WHERE id = ?",
                               [rnd.choice(entries)])
            elif kind == "company":
                ctx.db.execute("UPDATE people SET company_id = ? WHERE id = ?",
                               [rnd.choice([None, shop["other"], world.company]), shop["loner"]])
        check(ctx, write, second=step % 5 == 0)


def test_threads(ctx: Context, world: FieldWorld, shop: dict[str, str]) -> None:
    stop = threading.Event()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with reader(ctx.db) as other:
                while not stop.is_set():
                    _boards(other)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        for n in range(30):
            _buy(ctx, f"2026-0{1 + n % 3}-1{n % 10}", 100 + n, company=world.company)
            _boards(ctx.db)
    finally:
        stop.set()
        thread.join()
    assert not errors, errors
    with reader(ctx.db) as other:
        warm = _boards(other)
        warm_main = _boards(ctx.db)
        dashboard_data.forget()
        ctx.db.execute("INSERT OR IGNORE INTO value_dirty(month) VALUES ('*')")
        assert warm == _boards(other)
        assert warm_main == _boards(ctx.db)


def test_a_commit_while_the_worker_reads_the_risks_leaves_no_stale_flag(
        ctx: Context, world: FieldWorld, shop: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The window commits a new buyer (and refreshes the value) just before the worker's risk computation reads
    its fingerprint: what the worker keeps must not be older than the key it keeps it under."""
    raced: list[int] = []
    real = rfm.fingerprint

    def racing(db: sqlite_utils.Database, today: date) -> object:
        if not raced and db is not ctx.db:
            raced.append(1)
            newcomer = companies.create(ctx, {"name": "Newcomer"})  # on the window's connection, committed
            _buy(ctx, "2024-09-10", 100000, company=newcomer)
            _buy(ctx, "2025-09-10", 100, company=newcomer)
            customer_value.refresh(ctx.db)  # the window reads a value meanwhile (a card, a list)
        return real(db, today)

    with reader(ctx.db) as other:
        _boards(other)
        ctx.db.execute("UPDATE companies SET name = name WHERE id = ?", [world.company])  # any commit
        # Only the risk computation's own look-up races (its module's name for rfm).
        monkeypatch.setattr(customer_risk, "rfm", SimpleNamespace(**{**vars(rfm), "fingerprint": racing}))
        dashboard_data.dashboard(other, *PERIODS[0], TODAY)
        monkeypatch.undo()
        warm = _boards(other)
        dashboard_data.forget()
        assert raced
        assert [b.at_risk_count for b in warm] == [b.at_risk_count for b in _boards(other)]
