"""Follow-up tasks: validation, the shop's day, reminders once, links and permission."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crm_desktop.core import tasks, tickets, timeline
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from tests.field_setup import FieldWorld


def ids(rows: list[dict]) -> list[str]:
    return [row["id"] for row in rows]


def test_title_is_required_and_capped(ctx: Context) -> None:
    with pytest.raises(ValidationError) as missing:
        tasks.create(ctx, {"title": "  "})
    assert set(missing.value.errors) == {"title"}
    with pytest.raises(ValidationError) as long:
        tasks.create(ctx, {"title": "x" * 201, "due_at": "not a time"})
    assert set(long.value.errors) == {"title", "due_at"}
    assert tasks.get(ctx.db, tasks.create(ctx, {"title": "x" * 200}))["title"] == "x" * 200


def test_defaults_to_acting_user_and_a_date_means_nine_in_the_shop(ctx: Context) -> None:
    task = tasks.get(ctx.db, tasks.create(ctx, {"title": "Call back", "due_at": "2026-03-05"}))
    assert task["assignee_id"] == ctx.user.id
    assert task["due_at"] == "2026-03-05T08:00:00.000Z"  # 09:00 in Brussels (UTC+1 in March)
    summer = tasks.get(ctx.db, tasks.create(ctx, {"title": "Summer", "due_at": "2026-07-01"}))
    assert summer["due_at"] == "2026-07-01T07:00:00.000Z"  # 09:00 CEST


def test_company_is_taken_from_the_person(ctx: Context, world: FieldWorld) -> None:
    task = tasks.get(ctx.db, tasks.create(ctx, {"title": "Quote", "person_id": world.person}))
    assert task["company_id"] == world.company


def test_record_links_must_exist(ctx: Context, world: FieldWorld) -> None:
    with pytest.raises(ValidationError) as gone:
        tasks.create(ctx, {"title": "Follow", "record_kind": "ticket", "record_id": "nope"})
    assert gone.value.errors["record_id"].render() == "The linked Ticket does not exist (any more)."
    with pytest.raises(ValidationError) as unknown:
        tasks.create(ctx, {"title": "Follow", "record_kind": "boat", "record_id": world.person})
    assert "record_kind" in unknown.value.errors
    with pytest.raises(ValidationError) as half:
        tasks.create(ctx, {"title": "Follow", "record_kind": "ticket"})
    assert "record_id" in half.value.errors
    ticket = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Printer"})
    task = tasks.get(ctx.db, tasks.create(ctx, {"title": "Follow", "record_kind": "ticket", "record_id": ticket}))
    assert task["company_id"] == world.company  # the customer comes with the record
    assert ids(tasks.for_record(ctx.db, "ticket", ticket)) == [task["id"]]
    person_task = tasks.create(ctx, {"title": "Hi", "record_kind": "person", "record_id": world.person})
    assert tasks.get(ctx.db, person_task)["person_id"] == world.person


def test_today_follows_the_shops_midnight(ctx: Context, clock: FixedClock) -> None:
    # The clock: Monday 2 March 2026 09:30 UTC = 10:30 in Brussels.
    overdue = tasks.create(ctx, {"title": "Late", "due_at": "2026-02-27T10:00:00Z"})
    later_today = tasks.create(ctx, {"title": "Today", "due_at": "2026-03-02T22:30:00Z"})  # 23:30 Brussels
    tomorrow = tasks.create(ctx, {"title": "Tomorrow", "due_at": "2026-03-02T23:30:00Z"})  # 00:30 Tuesday
    far = tasks.create(ctx, {"title": "Far", "due_at": "2026-03-20T10:00:00Z"})
    tasks.create(ctx, {"title": "No date"})
    rows = tasks.today(ctx.db, ctx.user.id, clock.now())
    assert ids(rows) == [overdue, later_today]
    assert [row["overdue"] for row in rows] == [True, False]
    assert ids(tasks.upcoming(ctx.db, ctx.user.id, clock.now())) == [tomorrow]
    clock.advance(hours=14)  # 23:30 UTC Monday = 00:30 Tuesday in Brussels
    rows = tasks.today(ctx.db, ctx.user.id, clock.now())
    assert ids(rows) == [overdue, later_today, tomorrow]
    assert [row["overdue"] for row in rows] == [True, True, False]
    assert far not in ids(tasks.upcoming(ctx.db, ctx.user.id, clock.now()))


def test_today_is_per_user_or_everyones(ctx: Context, clock: FixedClock) -> None:
    other = add_user(ctx.db, clock, "Sam Staff", Role.STAFF).id
    mine = tasks.create(ctx, {"title": "Mine", "due_at": "2026-03-02T12:00:00Z"})
    theirs = tasks.create(ctx, {"title": "Theirs", "due_at": "2026-03-02T11:00:00Z", "assignee_id": other})
    assert ids(tasks.today(ctx.db, ctx.user.id, clock.now())) == [mine]
    assert ids(tasks.today(ctx.db, None, clock.now())) == [theirs, mine]


def test_reminders_come_once_and_again_after_a_new_due_time(ctx: Context, clock: FixedClock) -> None:
    task = tasks.create(ctx, {"title": "Ring", "due_at": "2026-03-02T10:00:00Z"})
    assert tasks.due_reminders(ctx.db, ctx.user.id, clock.now()) == []
    clock.advance(minutes=30)
    assert ids(tasks.due_reminders(ctx.db, ctx.user.id, clock.now())) == [task]  # due at exactly now
    tasks.mark_reminded(ctx, [task])
    clock.advance(hours=2)
    assert tasks.due_reminders(ctx.db, ctx.user.id, clock.now()) == []
    tasks.update(ctx, task, {"due_at": "2026-03-02T11:45:00Z"})
    assert ids(tasks.due_reminders(ctx.db, ctx.user.id, clock.now())) == [task]
    tasks.complete(ctx, task)
    assert tasks.due_reminders(ctx.db, ctx.user.id, clock.now()) == []


def test_complete_reopen_and_the_timeline(ctx: Context, clock: FixedClock, world: FieldWorld) -> None:
    task = tasks.create(ctx, {"title": "Send the quote", "person_id": world.person,
                              "due_at": "2026-03-02T12:00:00Z"})
    tasks.complete(ctx, task)
    assert tasks.get(ctx.db, task)["done_at"] == ctx.now()
    assert tasks.today(ctx.db, ctx.user.id, clock.now()) == []
    entries = [e for e in timeline.query(ctx.db, company_id=world.company) if e.source == "task"]
    assert [(e.kind, e.title, e.at) for e in entries] == [("task_done", "Send the quote", ctx.now())]
    assert timeline.count(ctx.db, person_id=world.person)["task_done"] == 1
    tasks.reopen(ctx, task)
    assert tasks.get(ctx.db, task)["done_at"] is None
    assert [e for e in timeline.query(ctx.db, person_id=world.person) if e.source == "task"] == []
    assert ids(tasks.for_customer(ctx.db, world.company, None)) == [task]


def test_delete_and_restore(ctx: Context, clock: FixedClock) -> None:
    task = tasks.create(ctx, {"title": "Gone", "due_at": "2026-03-02T08:00:00Z"})
    tasks.delete(ctx, task)
    with pytest.raises(NotFound):
        tasks.get(ctx.db, task)
    assert tasks.today(ctx.db, None, clock.now()) == []
    tasks.restore(ctx, task)
    assert ids(tasks.today(ctx.db, None, clock.now())) == [task]


def test_permission_is_required(ctx: Context) -> None:
    task = tasks.create(ctx, {"title": "Mine"})
    outsider = Context(db=ctx.db, user=replace(ctx.user, role="guest"), clock=ctx.clock)
    for write in (lambda: tasks.create(outsider, {"title": "x"}), lambda: tasks.complete(outsider, task),
                  lambda: tasks.update(outsider, task, {"title": "y"}), lambda: tasks.delete(outsider, task)):
        with pytest.raises(PermissionDenied):
            write()
