"""The audit trail: row changes read from the sync change log, merged with export/print events."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from crm_desktop.core import audit, people, trash
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user, get_user
from crm_desktop.db.connection import write_transaction
from crm_desktop.interchange.contacts_csv import export_contacts
from crm_desktop.sync import site
from tests.conftest import START
from tests.unit.sync_support import exchange, join, origin


def _as(ctx: Context, name: str, role: Role) -> Context:
    with write_transaction(ctx.db):
        user = add_user(ctx.db, ctx.clock, name, role, actor_id=ctx.user.id)
    return replace(ctx, user=user)


def test_a_person_s_life_on_two_machines_is_told_with_who_where_and_what(template_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "hub"
    folder.mkdir()
    office = origin(template_db, tmp_path, "office", FixedClock(START))
    laptop = None
    try:
        bert_id = _as(office.ctx, "Bert", Role.MANAGER).user.id
        person = people.create(office.ctx, {"first_name": "Luc", "last_name": "Janssens", "city": "Namur"})
        office.sync(folder)
        laptop = join(folder, tmp_path, "laptop", FixedClock(START))
        bert = Context(db=laptop.db, user=get_user(laptop.db, bert_id), clock=laptop.ctx.clock)
        bert.clock.advance(hours=1)
        people.update(bert, person, {"city": "Leuven", "email": "luc@example.be"})
        exchange([office, laptop], folder)
        office.ctx.clock.advance(hours=2)
        people.delete(office.ctx, person)
        office.ctx.clock.advance(hours=1)
        trash.restore(office.ctx, "person", person)
        office.ctx.clock.advance(hours=1)
        export_contacts(office.ctx, tmp_path / "out.csv")
        audit.record(office.ctx, "export", "person", person, "contacts CSV")
        office.ctx.clock.advance(hours=1)
        audit.record(office.ctx, "print", "person", person, "customer sheet")

        entries = audit.history_of_record(office.ctx, "people", person)
        assert [e.action for e in entries] == ["created", "changed", "deleted", "restored", "exported", "printed"]
        office_code, laptop_code = site.current(office.db)[1], site.current(laptop.db)[1]
        assert [(e.user_name, e.machine) for e in entries] == [
            ("Admin", office_code), ("Bert", laptop_code), ("Admin", office_code), ("Admin", office_code),
            ("Admin", office_code), ("Admin", office_code)]
        assert [e.at for e in entries] == sorted(e.at for e in entries)
        assert entries[0].at == "2026-03-02T09:30:00.000Z" and entries[1].at == "2026-03-02T10:30:00.000Z"
        changed = {c.column: (c.old, c.new) for c in entries[1].changes}
        assert changed == {"city": ("Namur", "Leuven"), "email": (None, "luc@example.be")}
        created = {c.column: c.new for c in entries[0].changes}
        assert created["last_name"] == "Janssens" and "created_at" not in created
        assert entries[4].detail == "contacts CSV" and entries[4].record_label == "Luc Janssens"
        # The laptop tells the same story once it has synced.
        exchange([office, laptop], folder)
        there = audit.history_of_record(laptop.ctx, "people", person)
        assert [(e.action, e.user_name, e.machine) for e in there] == [
            (e.action, e.user_name, e.machine) for e in entries]
        # Per user: Bert did one thing, on the laptop.
        mine = audit.activity_of_user(office.ctx, bert_id)
        assert [(e.action, e.record_kind, e.record_id, e.machine) for e in mine] == [
            ("changed", "person", person, laptop_code)]
    finally:
        office.close()
        if laptop is not None:
            laptop.close()


def test_same_user_writing_twice_is_still_the_author(ctx: Context) -> None:
    """The second write leaves updated_by unchanged (not logged): the author comes from the earlier write."""
    anna = _as(ctx, "Anna", Role.STAFF)
    person = people.create(ctx, {"last_name": "Peeters"})
    ctx.clock.advance(hours=1)
    people.update(anna, person, {"city": "Gent"})
    ctx.clock.advance(hours=1)
    people.update(anna, person, {"city": "Brugge"})
    entries = audit.history_of_record(ctx, "people", person)
    assert [(e.action, e.user_name) for e in entries] == [("created", "Admin"), ("changed", "Anna"),
                                                        ("changed", "Anna")]
    assert entries[2].changes == (audit.ColumnChange("city", "Gent", "Brugge"),)


def test_recent_pages_newest_first_and_filters(ctx: Context) -> None:
    ids = []
    for n in range(25):
        ctx.clock.advance(minutes=1)
        ids.append(people.create(ctx, {"last_name": f"Person {n:02d}"}))
    ctx.clock.advance(minutes=1)
    audit.record(ctx, "print", detail="Management report")
    everything = audit.count(ctx, audit.AuditFilter())
    pages = [audit.recent(ctx, limit=10, offset=o) for o in (0, 10, 20)]
    seen = [e.key for p in pages for e in p]
    assert len(seen) == len(set(seen)) == min(30, everything)
    assert pages[0][0].action == "printed" and pages[0][0].detail == "Management report"
    assert pages[0][1].record_id == ids[-1]
    flat = [e.at for p in pages for e in p]
    assert flat == sorted(flat, reverse=True)
    assert [e.action for e in audit.recent(ctx, kinds=["print"])] == ["printed"]
    # Records are found by their names' words, as the global search finds them (word beginnings).
    assert audit.count(ctx, audit.AuditFilter(actions=("created",), search="Person 1")) == 0
    assert audit.count(ctx, audit.AuditFilter(actions=("created",), search="Person 01")) == 1
    assert audit.count(ctx, audit.AuditFilter(actions=("created",), search="pers")) == 25
    start = "2026-03-02T09:40:00.000Z"
    window = audit.page(ctx, audit.AuditFilter(start=start, end="2026-03-02T09:45:00.000Z"))
    assert [e.record_label for e in window] == [f"Person {n:02d}" for n in (13, 12, 11, 10, 9)]
    assert audit.activity_of_user(ctx, ctx.user.id, limit=5, offset=25)[0].record_label == "Person 00"


def test_reading_needs_the_audit_permission_writing_does_not(ctx: Context) -> None:
    staff = _as(ctx, "Sam", Role.STAFF)
    tech = _as(ctx, "Tom", Role.TECHNICIAN)
    manager = _as(ctx, "Mia", Role.MANAGER)
    person = people.create(ctx, {"last_name": "Claes"})
    for who in (staff, tech):
        assert not audit.can_view(who.user)
        for read in (lambda c: audit.recent(c), lambda c: audit.history_of_record(c, "people", person),
                     lambda c: audit.activity_of_user(c, ctx.user.id), lambda c: audit.count(c, audit.AuditFilter())):
            with pytest.raises(PermissionDenied):
                read(who)
        audit.record(who, "print", "person", person)  # everyone's prints are recorded
        ctx.clock.advance(minutes=1)  # one after the other: the trail is in time order
    assert audit.can_view(manager.user) and audit.can_view(ctx.user)
    printed = audit.history_of_record(manager, "people", person)[1:]
    assert [(e.action, e.user_name) for e in printed] == [("printed", "Sam"), ("printed", "Tom")]


def test_events_are_synced_append_only_rows_with_this_machine(ctx: Context) -> None:
    event = audit.record(ctx, "login")
    row = ctx.db.execute("SELECT kind, user_id, site, at FROM audit_events WHERE id = ?", [event]).fetchone()
    assert row == ("login", ctx.user.id, site.current(ctx.db)[0], "2026-03-02T09:30:00.000Z")
    assert ctx.db.execute("SELECT count(*) FROM sync_log WHERE tbl = 'audit_events' AND row_id = ?",
                          [event]).fetchone()[0] > 0
    # A refused log-in has no session: written directly, with no user.
    audit.write_event(ctx.db, ctx.clock, "login_failed", None, detail="unknown user 'bob'")
    assert [(e.action, e.user_name, e.detail) for e in audit.recent(ctx, kinds=["login_failed"])] == [
        ("login_failed", "", "unknown user 'bob'")]
    with pytest.raises(ValidationError):
        audit.record(ctx, "drop table;")


def test_secret_and_erased_values_are_not_shown(ctx: Context) -> None:
    person = people.create(ctx, {"first_name": "Eva", "last_name": "Maes"})
    ctx.db.execute("UPDATE users SET password_hash = 'argon2$secret', updated_at = ? WHERE id = ?",
                   ["2026-03-02T10:00:00.000Z", ctx.user.id])
    user_change = audit.history_of_record(ctx, "users", ctx.user.id)[-1]
    assert user_change.changes == (audit.ColumnChange("password_hash", None, None, shown=False),)
    ctx.db.execute("INSERT INTO erasures(id, created_at, updated_at, person_id, erased_at) VALUES "
                   "('e1', ?, ?, ?, ?)", [ctx.now(), ctx.now(), person, ctx.now()])
    created = audit.history_of_record(ctx, "people", person)[0]
    assert created.changes and all(not c.shown and c.new is None for c in created.changes)


def test_a_record_without_logged_changes_falls_back_to_its_stamps(ctx: Context) -> None:
    ctx.db.execute("INSERT INTO companies(id, created_at, updated_at, created_by, updated_by, name) "
                   "VALUES ('c-old', '2020-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z', ?, ?, 'Old Ltd')",
                   [ctx.user.id, ctx.user.id])
    ctx.db.execute("DELETE FROM sync_log WHERE row_id = 'c-old'")
    entries = audit.history_of_record(ctx, "companies", "c-old")
    assert [(e.action, e.at, e.user_name) for e in entries] == [
        ("created", "2020-01-01T00:00:00.000Z", "Admin"), ("changed", "2021-01-01T00:00:00.000Z", "Admin")]
