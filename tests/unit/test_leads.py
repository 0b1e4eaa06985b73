"""Leads: creation and validation, stages, assignment rules, speed to lead in business time, rights."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.core import companies, history, lead_assignment, leads, people, stock, timeline, trash
from crm_desktop.core.business_time import BusinessHours
from crm_desktop.core.clock import from_iso, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.lead_settings import LeadSettings, load_lead_settings, save_lead_settings
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import User, add_user

# Brussels is UTC+1 in March; the shop opens 08:30-17:30 Monday to Friday (support defaults).
FRIDAY_1720 = datetime(2026, 3, 6, 16, 20, tzinfo=UTC)
MONDAY_0836 = datetime(2026, 3, 9, 7, 36, tzinfo=UTC)


def _count(ctx: Context, table: str = "leads") -> int:
    return ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _as(ctx: Context, user: User) -> Context:
    return Context(db=ctx.db, user=user, clock=ctx.clock, changes=ctx.changes)


@pytest.fixture
def sellers(ctx):
    """Three sellers whose names sort Ava, Ben, Cleo (ties go by name)."""
    return {name: add_user(ctx.db, ctx.clock, name, Role.STAFF).id for name in ("Cleo", "Ava", "Ben")}


def _lead(ctx, world, **values):
    return leads.create(ctx, {"person_id": world.person, "source": "web_form", **values})


# -- creating and validating ----------------------------------------------------------------------


def test_create_fills_the_company_arrival_and_status(ctx, world):
    lead = leads.get(ctx.db, _lead(ctx, world, interest="A new oven", budget_cents="1 500,00", need="clear"))
    assert lead["company_id"] == world.company
    assert lead["arrived_at"] == "2026-03-02T09:30:00.000Z"
    assert lead["status"] == "new"
    assert lead["budget_cents"] == 150000
    assert lead["owner_id"] is None and lead["assigned_at"] is None  # no rule: unassigned


def test_an_owner_given_is_kept_with_the_time_of_assignment(ctx, world, sellers):
    lead = leads.get(ctx.db, _lead(ctx, world, owner_id=sellers["Ben"]))
    assert (lead["owner_id"], lead["assigned_at"], lead["assigned_rule_id"]) == (
        sellers["Ben"], "2026-03-02T09:30:00.000Z", None)


@pytest.mark.parametrize(("values", "field"), [
    ({"person_id": None}, "person_id"),
    ({"person_id": "nobody"}, "person_id"),
    ({"source": "pigeon"}, "source"),
    ({"interest_product_id": "nothing"}, "interest_product_id"),
    ({"budget_cents": "-5"}, "budget_cents"),
    ({"budget_cents": "lots"}, "budget_cents"),
    ({"need": "urgent"}, "need"),
    ({"timing": "soon"}, "timing"),
    ({"decision_maker": "maybe"}, "decision_maker"),
    ({"owner_id": "ghost"}, "owner_id"),
    ({"next_action_at": "next week"}, "next_action_at"),
    ({"status": "disqualified"}, "disqualified_reason"),
])
def test_bad_input_is_refused_per_field_and_nothing_is_written(ctx, world, values, field):
    with pytest.raises(ValidationError) as caught:
        _lead(ctx, world, **values)
    assert field in caught.value.errors
    assert _count(ctx) == 0


def test_all_problems_come_at_once(ctx, world):
    with pytest.raises(ValidationError) as caught:
        leads.create(ctx, {"source": "pigeon", "need": "x", "timing": "y"})
    assert {"person_id", "source", "need", "timing"} <= caught.value.errors.keys()


def test_a_former_customer_becomes_a_lead_but_a_customer_stays_a_customer(ctx, world):
    former = people.create(ctx, {"last_name": "Ancien", "stage": "former"})
    customer = companies.create(ctx, {"name": "Fidèle SA", "stage": "customer"})
    prospect = people.create(ctx, {"last_name": "Peut-être", "stage": "prospect"})
    leads.create(ctx, {"person_id": former})
    leads.create(ctx, {"company_id": customer})
    leads.create(ctx, {"person_id": prospect})
    assert people.get(ctx, former)["stage"] == "lead"
    assert companies.get(ctx, customer)["stage"] == "customer"
    assert people.get(ctx, prospect)["stage"] == "prospect"


def test_status_disqualified_needs_a_reason_and_requalifying_drops_it(ctx, world):
    lead_id = _lead(ctx, world)
    with pytest.raises(ValidationError) as caught:
        leads.set_status(ctx, lead_id, "disqualified")
    assert "disqualified_reason" in caught.value.errors
    assert leads.get(ctx.db, lead_id)["status"] == "new"
    leads.set_status(ctx, lead_id, "disqualified", "No budget before 2028")
    assert leads.get(ctx.db, lead_id)["disqualified_reason"] == "No budget before 2028"
    leads.set_status(ctx, lead_id, "working")
    lead = leads.get(ctx.db, lead_id)
    assert (lead["status"], lead["disqualified_reason"]) == ("working", None)
    with pytest.raises(ValidationError):
        leads.set_status(ctx, lead_id, "lost")


def test_delete_and_restore(ctx, world, sellers):
    lead_id = _lead(ctx, world, owner_id=sellers["Ava"])
    leads.delete(ctx, lead_id)
    assert leads.my_leads(ctx.db, sellers["Ava"], ctx.clock.now()) == []
    binned = [item for item in trash.items(ctx) if item.kind == "lead"]
    assert [item.id for item in binned] == [lead_id] and binned[0].label
    trash.restore(ctx, "lead", lead_id)
    assert [row["id"] for row in leads.my_leads(ctx.db, sellers["Ava"], ctx.clock.now())] == [lead_id]


def test_rights(ctx, world, sellers):
    lead_id = _lead(ctx, world)
    stranger = _as(ctx, User(id="x", name="Visitor", role="visitor"))  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        leads.create(stranger, {"person_id": world.person})
    with pytest.raises(PermissionDenied):
        leads.assign(stranger, lead_id, sellers["Ava"])
    with pytest.raises(PermissionDenied):
        leads.delete(stranger, lead_id)
    assert _count(ctx) == 1 and leads.get(ctx.db, lead_id)["owner_id"] is None
    staff = _as(ctx, User(id=sellers["Ava"], name="Ava", role=Role.STAFF))
    technician = _as(ctx, User(id=world.anna, name="Anna Tech", role=Role.TECHNICIAN))
    leads.assign(staff, lead_id, sellers["Ava"])  # sellers work their leads
    for who in (staff, technician):
        with pytest.raises(PermissionDenied):
            lead_assignment.save_rules(who, [{"kind": "round_robin", "seller_ids": [sellers["Ava"]]}])
        with pytest.raises(PermissionDenied):
            save_lead_settings(who, LeadSettings(target_minutes=30))
    assert lead_assignment.rules(ctx.db) == [] and load_lead_settings(ctx.db).target_minutes == 15
    manager = _as(ctx, add_user(ctx.db, ctx.clock, "Mia Manager", Role.MANAGER))
    save_lead_settings(manager, LeadSettings(target_minutes=30))
    assert load_lead_settings(ctx.db).target_minutes == 30


def test_lead_settings_are_checked(ctx):
    for bad in (0, -1, 100000, "soon", True):
        with pytest.raises(ValidationError):
            save_lead_settings(ctx, LeadSettings(target_minutes=bad))  # type: ignore[arg-type]
    assert save_lead_settings(ctx, LeadSettings(target_minutes="20")).target_minutes == 20  # type: ignore[arg-type]
    assert load_lead_settings(ctx.db).target_minutes == 20


# -- assignment rules -----------------------------------------------------------------------------


def test_interest_rule_matches_the_product_or_its_category(ctx, world, sellers):
    oven = stock.save_product(ctx, {"name": "Deck oven", "category": "Ovens", "price_cents": 900000})
    mixer = stock.save_product(ctx, {"name": "Spiral mixer", "category": "Mixers"})
    lead_assignment.save_rules(ctx, [
        {"kind": "interest", "match": mixer, "seller_ids": [sellers["Cleo"]]},
        {"kind": "interest", "match": "ovens", "seller_ids": [sellers["Ben"]]},
    ])
    rule_mixer, rule_ovens = lead_assignment.rules(ctx.db)
    by_category = leads.get(ctx.db, _lead(ctx, world, interest_product_id=oven))
    by_product = leads.get(ctx.db, _lead(ctx, world, interest_product_id=mixer))
    nothing = leads.get(ctx.db, _lead(ctx, world))
    assert (by_category["owner_id"], by_category["assigned_rule_id"]) == (sellers["Ben"], rule_ovens["id"])
    assert (by_product["owner_id"], by_product["assigned_rule_id"]) == (sellers["Cleo"], rule_mixer["id"])
    assert nothing["owner_id"] is None and nothing["assigned_rule_id"] is None


def test_postcode_rule_uses_the_person_then_the_company(ctx, world, sellers):
    liege = people.create(ctx, {"last_name": "Liégeois", "postcode": "4000"})
    lead_assignment.save_rules(ctx, [
        {"kind": "postcode", "match": "40", "seller_ids": [sellers["Ava"]]},
        {"kind": "postcode", "match": "5", "seller_ids": [sellers["Ben"]]},
        {"kind": "round_robin", "seller_ids": [sellers["Cleo"]]},
    ])
    assert leads.get(ctx.db, leads.create(ctx, {"person_id": liege}))["owner_id"] == sellers["Ava"]
    # Marie Dupont has no postcode: her company's 5000 counts.
    assert leads.get(ctx.db, _lead(ctx, world))["owner_id"] == sellers["Ben"]
    elsewhere = companies.create(ctx, {"name": "Gent NV", "postcode": "9000"})
    assert leads.get(ctx.db, leads.create(ctx, {"company_id": elsewhere}))["owner_id"] == sellers["Cleo"]


def test_round_robin_order_fewest_open_then_least_recent_then_name(ctx, world, sellers):
    lead_assignment.save_rules(ctx, [{"kind": "round_robin", "seller_ids": list(sellers.values())}])
    owners = []
    for _ in range(5):
        owners.append(leads.get(ctx.db, _lead(ctx, world))["owner_id"])
        ctx.clock.advance(minutes=1)
    # Nobody has a lead: by name (Ava, Ben, Cleo); then all have one: the least recently assigned first.
    assert owners == [sellers[n] for n in ("Ava", "Ben", "Cleo", "Ava", "Ben")]
    # Cleo closes nothing, Ava disqualifies both of hers: she has the fewest open leads.
    for row in leads.my_leads(ctx.db, sellers["Ava"], ctx.clock.now()):
        leads.set_status(ctx, row["id"], "disqualified", "Duplicate")
    assert leads.get(ctx.db, _lead(ctx, world))["owner_id"] == sellers["Ava"]


def test_inactive_sellers_are_skipped_and_an_empty_rule_passes_the_lead_on(ctx, world, sellers):
    lead_assignment.save_rules(ctx, [
        {"kind": "postcode", "match": "5000", "seller_ids": [sellers["Ava"]]},
        {"kind": "round_robin", "seller_ids": [sellers["Ben"], sellers["Cleo"]]},
    ])
    ctx.db.execute("UPDATE users SET active = 0 WHERE id IN (?, ?)", [sellers["Ava"], sellers["Ben"]])
    assert leads.get(ctx.db, _lead(ctx, world))["owner_id"] == sellers["Cleo"]


def test_inactive_rules_are_not_used(ctx, world, sellers):
    lead_assignment.save_rules(ctx, [{"kind": "round_robin", "seller_ids": [sellers["Ava"]], "active": False}])
    assert leads.get(ctx.db, _lead(ctx, world))["owner_id"] is None


def test_save_rules_checks_each_rule_and_writes_nothing_when_one_is_wrong(ctx, world, sellers):
    with pytest.raises(ValidationError) as caught:
        lead_assignment.save_rules(ctx, [
            {"kind": "round_robin", "seller_ids": [sellers["Ava"]]},
            {"kind": "interest", "match": "Spaceships", "seller_ids": [sellers["Ava"]]},
            {"kind": "postcode", "match": " ", "seller_ids": []},
            {"kind": "weather", "seller_ids": ["ghost"]},
        ])
    assert set(caught.value.errors) == {"rules.1.match", "rules.2.match", "rules.2.seller_ids", "rules.3.kind",
                                        "rules.3.seller_ids"}
    assert _count(ctx, "assignment_rules") == 0


def test_save_rules_reorders_updates_and_trashes(ctx, world, sellers):
    first, second = lead_assignment.save_rules(ctx, [
        {"kind": "postcode", "match": "50 00", "seller_ids": [sellers["Ava"]]},
        {"kind": "round_robin", "match": "ignored", "seller_ids": [sellers["Ben"]]},
    ])
    rules = lead_assignment.rules(ctx.db)
    assert [(r["kind"], r["match"], r["position"]) for r in rules] == [("postcode", "5000", 0),
                                                                       ("round_robin", None, 1)]
    again = lead_assignment.save_rules(ctx, [{**rules[1], "seller_ids": [sellers["Cleo"]]}])
    assert again == [second]
    (kept,) = lead_assignment.rules(ctx.db)
    assert (kept["id"], kept["position"], kept["seller_ids"]) == (second, 0, [sellers["Cleo"]])
    assert ctx.db.execute("SELECT deleted_at IS NOT NULL FROM assignment_rules WHERE id = ?", [first]).fetchone()[0]


# -- speed to lead --------------------------------------------------------------------------------


def _call(ctx, world, at: datetime, direction: str = "out", **where) -> str:
    return history.log(ctx, {"kind": "call", "direction": direction, "subject": "Call", "occurred_at": at.isoformat(),
                             **(where or {"person_id": world.person})})


def test_speed_to_lead_counts_business_minutes_over_the_weekend(ctx, world, sellers):
    ctx.clock.advance(days=4, hours=6, minutes=50)  # Friday 17:20 in Brussels: ten minutes before closing
    assert ctx.clock.now() == FRIDAY_1720
    lead_id = _lead(ctx, world, owner_id=sellers["Ava"])
    lead = leads.get(ctx.db, lead_id)
    assert leads.speed_to_lead(ctx.db, lead) is None
    _call(ctx, world, datetime(2026, 3, 6, 12, 0, tzinfo=UTC))  # before the lead arrived: does not count
    _call(ctx, world, datetime(2026, 3, 7, 9, 0, tzinfo=UTC), direction="in")  # the customer called: not us
    # Saturday and Sunday are closed: waiting ten minutes, under the 15 minute target.
    sunday = datetime(2026, 3, 8, 20, 0, tzinfo=UTC)
    (row,) = leads.my_leads(ctx.db, sellers["Ava"], sunday)
    assert (row["waiting_minutes"], row["flagged"]) == (10, False)
    # Monday 08:36: six more minutes since the opening at 08:30 make sixteen: flagged, for the manager too.
    (row,) = leads.my_leads(ctx.db, sellers["Ava"], MONDAY_0836)
    assert (row["waiting_minutes"], row["flagged"]) == (16, True)
    assert [r["id"] for r in leads.overdue_leads(ctx.db, MONDAY_0836)] == [lead_id]
    # A call to the company (not the person) on Monday 08:45 is the first contact: 10 + 15 minutes.
    _call(ctx, world, datetime(2026, 3, 9, 7, 45, tzinfo=UTC), company_id=world.company)
    _call(ctx, world, datetime(2026, 3, 9, 9, 0, tzinfo=UTC))  # later calls change nothing
    assert leads.speed_to_lead(ctx.db, lead) == 25
    (row,) = leads.my_leads(ctx.db, sellers["Ava"], MONDAY_0836)
    assert (row["first_contact_at"], row["speed_minutes"], row["waiting_minutes"], row["flagged"]) == (
        "2026-03-09T07:45:00.000Z", 25, None, False)
    assert leads.overdue_leads(ctx.db, MONDAY_0836) == []


def test_a_deleted_call_is_not_a_contact(ctx, world):
    lead = leads.get(ctx.db, _lead(ctx, world))
    entry = _call(ctx, world, datetime(2026, 3, 2, 9, 40, tzinfo=UTC))
    assert leads.speed_to_lead(ctx.db, lead) == 10
    history.delete(ctx, entry)
    assert leads.speed_to_lead(ctx.db, lead) is None


def test_the_target_comes_from_the_settings(ctx, world, sellers):
    lead_id = _lead(ctx, world, owner_id=sellers["Ava"])
    later = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # 30 business minutes later
    assert leads.describe(ctx.db, lead_id, later)["flagged"] is True
    save_lead_settings(ctx, LeadSettings(target_minutes=45))
    assert leads.describe(ctx.db, lead_id, later)["flagged"] is False


def test_lists_for_the_seller_and_the_manager(ctx, world, sellers):
    mine = _lead(ctx, world, owner_id=sellers["Ava"])
    other = _lead(ctx, world, owner_id=sellers["Ben"])
    nobody = _lead(ctx, world)
    closed = _lead(ctx, world, owner_id=sellers["Ava"])
    leads.set_status(ctx, closed, "converted")
    now = ctx.clock.now()
    assert [r["id"] for r in leads.my_leads(ctx.db, sellers["Ava"], now)] == [mine]
    assert {r["id"] for r in leads.open_leads(ctx.db, now)} == {mine, other, nobody}
    assert [r["id"] for r in leads.open_leads(ctx.db, now, unassigned=True)] == [nobody]
    assert [r["id"] for r in leads.open_leads(ctx.db, now, owner_id=sellers["Ben"])] == [other]
    described = leads.describe(ctx.db, mine, now)
    assert (described["person_name"], described["company_name"], described["owner_name"]) == (
        "Marie Dupont", "Boulangerie Dupont", "Ava")
    assert {r["id"] for r in leads.for_customer(ctx.db, world.company, None, now)} == {mine, other, nobody, closed}
    assert leads.for_customer(ctx.db, world.company, None, now)[-1]["id"] == closed  # closed ones last


def test_score_in_lists_counts_recent_incoming_touches(ctx, world, sellers):
    lead_id = _lead(ctx, world, owner_id=sellers["Ava"], need="clear", decision_maker=True)
    _call(ctx, world, datetime(2026, 2, 20, 9, 0, tzinfo=UTC), direction="in")
    _call(ctx, world, datetime(2025, 10, 1, 9, 0, tzinfo=UTC), direction="in")  # more than 90 days ago
    history.log(ctx, {"kind": "web_form", "subject": "Quote request", "company_id": world.company,
                      "occurred_at": "2026-03-01T10:00:00Z"})
    row = leads.describe(ctx.db, lead_id, ctx.clock.now())
    assert row["engagement"] == 2
    assert row["score"] == 25 + 15 + 10
    assert leads.engagement(ctx.db, world.person, None, ctx.clock.now()) == 1


def test_speed_to_lead_stats(ctx, world):
    _lead(ctx, world)  # Monday 10:30 Brussels
    _call(ctx, world, datetime(2026, 3, 2, 9, 40, tzinfo=UTC))  # 10 min
    ctx.clock.advance(hours=2)
    other = people.create(ctx, {"last_name": "Lent"})
    leads.create(ctx, {"person_id": other})  # 12:30
    _call(ctx, world, datetime(2026, 3, 2, 12, 0, tzinfo=UTC), person_id=other)  # 30 min
    ctx.clock.advance(hours=1)
    third = people.create(ctx, {"last_name": "Silence"})
    leads.create(ctx, {"person_id": third})  # never contacted
    stats = leads.speed_to_lead_stats(ctx.db, date(2026, 3, 2), date(2026, 3, 2))
    assert (stats.leads, stats.contacted, stats.median_minutes, stats.average_minutes, stats.within_target) == (
        3, 2, 20, 20, 1)
    assert stats.within_target_percent == 50.0
    assert leads.speed_to_lead_stats(ctx.db, date(2026, 3, 3), date(2026, 3, 4)).contacted == 0


def test_the_timeline_shows_the_lead_on_person_and_company(ctx, world):
    lead_id = _lead(ctx, world, interest="A second oven", notes="Met at the bakery fair")
    for owner in ({"person_id": world.person}, {"company_id": world.company}):
        (entry,) = [e for e in timeline.query(ctx.db, **owner) if e.kind == "lead"]
        assert (entry.id, entry.at, entry.title, entry.summary) == (
            lead_id, "2026-03-02T09:30:00.000Z", "A second oven", "Met at the bakery fair")
    leads.delete(ctx, lead_id)
    assert not [e for e in timeline.query(ctx.db, person_id=world.person) if e.kind == "lead"]


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(offsets=st.lists(st.integers(0, 60 * 24 * 40), min_size=1, max_size=12), span=st.integers(0, 60 * 24 * 40))
def test_waiting_minutes_walked_once_equal_each_measured_alone(offsets, span):
    hours = BusinessHours(days=tuple([(time(8, 30), time(17, 30))] * 5 + [None, None]))
    start = datetime(2026, 3, 27, 15, 0, tzinfo=UTC)  # over the change to summer time and Easter Monday
    arrivals = [to_iso(start + timedelta(minutes=m)) for m in offsets]
    now = start + timedelta(minutes=span)
    walked = leads.waiting_minutes(hours, arrivals, now)
    for arrival in arrivals:
        assert walked[arrival] == pytest.approx(hours.minutes_between(from_iso(arrival), now), abs=1e-6)
