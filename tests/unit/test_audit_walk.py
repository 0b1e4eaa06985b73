"""The trail's walk (pages read newest first from the log's indexes) gives exactly what the plain merged
query gives: every filter, offsets and continuing after the last entry, chunk borders, equal times, writes
made outside the app, the same user writing twice, and a user gathered from their records."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from crm_desktop.core import audit, people, tickets, trash
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from crm_desktop.db.connection import write_transaction


def _as(ctx: Context, name: str, role: Role) -> Context:
    with write_transaction(ctx.db):
        user = add_user(ctx.db, ctx.clock, name, role, actor_id=ctx.user.id)
    return replace(ctx, user=user)


@pytest.fixture
def busy_log(ctx: Context) -> dict[str, str]:
    """Three users creating, changing, deleting and restoring people and tickets over a day, some writes at
    the same moment, two made outside the app, prints and exports; the walk's indexes made."""
    rng = random.Random(3)
    who = [ctx, _as(ctx, "Anna", Role.MANAGER), _as(ctx, "Bert", Role.STAFF)]
    rare = _as(ctx, "Rita", Role.STAFF)
    persons: list[str] = []
    deleted: list[str] = []
    for n in range(90):
        if rng.random() < 0.7:
            ctx.clock.advance(minutes=rng.choice([0, 1, 7]))
        actor = rng.choice(who)
        roll = rng.random()
        if roll < 0.25 or not persons:
            persons.append(people.create(actor, {"last_name": f"Person {n:02d}", "city": "Namur"}))
        elif roll < 0.32:
            victim = rng.choice(persons)
            persons.remove(victim)
            people.delete(actor, victim)
            deleted.append(victim)
        elif roll < 0.36 and deleted:
            back = deleted.pop()
            trash.restore(actor, "person", back)
            persons.append(back)
        elif roll < 0.45:
            tickets.open_ticket(actor, {"person_id": rng.choice(persons), "subject": f"Boiler {n}"})
        elif roll < 0.5:
            audit.record(actor, rng.choice(["print", "export"]), "person", rng.choice(persons), "sheet")
        else:
            people.update(actor, rng.choice(persons), {"city": f"City {n}"})
    people.update(rare, persons[0], {"city": "Rita's town"})
    people.update(rare, persons[0], {"city": "Rita's town again"})  # updated_by unchanged: not logged
    with write_transaction(ctx.db):  # outside the app: no updated_at, no updated_by
        ctx.db.execute("UPDATE people SET city = 'Shell' WHERE id = ?", [persons[1]])
        ctx.db.execute("UPDATE people SET city = 'Shell 2' WHERE id = ?", [persons[2]])
    with write_transaction(ctx.db):
        for sql in audit.WALK_INDEX_SQL:
            ctx.db.execute(sql)
    return {"anna": who[1].user.id, "bert": who[2].user.id, "rita": rare.user.id, "admin": ctx.user.id}


def _filters(users: dict[str, str]) -> list[audit.AuditFilter]:
    start, end = "2026-03-02T10:00:00.000Z", "2026-03-02T13:00:00.000Z"
    out = [audit.AuditFilter(), audit.AuditFilter(start=start), audit.AuditFilter(end=end),
           audit.AuditFilter(start=start, end=end)]
    out += [audit.AuditFilter(user_id=u) for u in users.values()]
    out += [audit.AuditFilter(user_id=users["anna"], start=start, end=end)]
    out += [audit.AuditFilter(actions=(a,)) for a in (*audit.ROW_ACTIONS, "printed")]
    out += [audit.AuditFilter(actions=("deleted", "restored"), user_id=users["bert"]),
            audit.AuditFilter(actions=("created", "exported"), start=start),
            audit.AuditFilter(actions=())]
    return out


@pytest.mark.parametrize("chunk, few", [(400, 3000), (5, 2)])
def test_the_walk_gives_the_plain_querys_pages(ctx: Context, busy_log: dict[str, str], chunk: int, few: int,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "CHUNK", chunk)
    monkeypatch.setattr(audit, "FEW_ROWS", few)
    assert audit._walkable(ctx.db)
    for flt in _filters(busy_log):
        expected = [e.key for e in audit.page_by_query(ctx, flt, 1000, 0)]
        assert [e.key for e in audit.page(ctx, flt, 1000, 0)] == expected, flt
        assert [e.key for e in audit.page(ctx, flt, 9, 4)] == expected[4:13], flt
        walked: list[str] = []
        after = None
        while True:  # page by page, each continuing after the last entry shown
            entries = audit.page(ctx, flt, 7, after=after)
            walked += [e.key for e in entries]
            if len(entries) < 7:
                break
            after = (entries[-1].at, entries[-1].key)
        assert walked == expected, flt
        assert len(expected) == audit.count(ctx, flt), flt


def test_walked_entries_read_as_the_querys(ctx: Context, busy_log: dict[str, str]) -> None:
    """Same users (the second write of the same user included), machines, labels and cells."""
    fast = audit.page(ctx, audit.AuditFilter(), 1000)
    slow = audit.page_by_query(ctx, audit.AuditFilter(), 1000)
    assert fast == slow
    rita = [e for e in fast if e.user_id == busy_log["rita"]]
    assert [c.new for e in rita for c in e.changes] == ["Rita's town again", "Rita's town"]
    outside = [e for e in fast if any(c.new in ("Shell", "Shell 2") for c in e.changes)]
    assert len(outside) == 2 and outside[0].at > fast[-1].at


def test_without_the_indexes_pages_come_from_the_plain_query(ctx: Context) -> None:
    people.create(ctx, {"last_name": "Solo"})
    assert audit._walkable(ctx.db)  # migration 0011 made them
    for name in audit.WALK_INDEXES:  # a database whose indexes were dropped still pages
        ctx.db.execute(f"DROP INDEX {name}")
    assert not audit._walkable(ctx.db)
    assert audit.page(ctx, audit.AuditFilter())[0].record_label == "Solo"
