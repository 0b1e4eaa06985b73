"""Segments: each criterion on a small hand-made world with known answers, combinations, saving, rights,
and properties on random filters (validation never crashes; counts agree with the member lists)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.core import companies, contracts, people, sales, segments
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.segment_filter import CRITERIA, to_sql, validate_filter, value_tiers, year_before
from crm_desktop.core.users import add_user


@dataclass
class Town:
    """Who is who in the hand-made world (names -> ids)."""

    people: dict[str, str] = field(default_factory=dict)
    companies: dict[str, str] = field(default_factory=dict)
    levels: dict[str, str] = field(default_factory=dict)
    seller: str = ""
    names: dict[str, str] = field(default_factory=dict)

    def who(self, ids: list[str]) -> list[str]:
        return sorted(self.names[i] for i in ids)


def _consent(**channels: str) -> dict[str, dict[str, str]]:
    return {ch: {"status": status, "date": "2026-01-05", "source": "signed form"} for ch, status in channels.items()}


@pytest.fixture
def town(ctx: Context) -> Town:
    """Six people (one in the trash); the fixed clock says Monday 2 March 2026."""
    t = Town(seller=add_user(ctx.db, ctx.clock, "Sofie Seller", Role.STAFF).id)
    admin = ctx.user.id
    t.companies["acme"] = companies.create(ctx, {"name": "Acme", "industry": "Retail", "city": "Namur"})
    t.companies["bolt"] = companies.create(ctx, {"name": "Bolt", "industry": "Construction", "city": "Namur"})
    rows: dict[str, dict[str, Any]] = {
        "ann": {"stage": "lead", "tags": ["vip", "newsletter"], "interests": ["solar"], "language": "fr",
                "postcode": "5000", "city": "Namur", "owner_id": admin, "consent": _consent(email="given"),
                "email": "ann@acme.example", "company_id": t.companies["acme"]},
        "bob": {"stage": "prospect", "tags": ["newsletter"], "language": "nl", "postcode": "1000",
                "city": "Bruxelles", "owner_id": t.seller, "consent": _consent(email="withdrawn", sms="given"),
                "mobile": "+32 470 12 34 56", "street": "Rue Haute 1"},
        "cat": {"stage": "customer", "interests": ["heat pump", "solar"], "language": "en", "postcode": "5100",
                "city": "namur", "owner_id": t.seller, "consent": _consent(post="given"),
                "phone": "+32 81 22 33 44", "company_id": t.companies["bolt"]},
        "dan": {"stage": "customer", "language": "fr", "postcode": "4000", "city": "Liège", "owner_id": admin},
        "fay": {"stage": "lead", "language": "de", "postcode": "5030", "city": "Gembloux", "owner_id": admin},
        "eve": {"stage": "former", "tags": ["vip"], "language": "fr", "postcode": "5000", "city": "Namur",
                "owner_id": admin, "email": "eve@example.org"},
    }
    for name, values in rows.items():
        t.people[name] = people.create(ctx, {"last_name": name.title(), **values}, allow_duplicate=True)
        t.names[t.people[name]] = name
    people.delete(ctx, t.people["eve"])

    def sale(day: str, euros: int, **who: str) -> None:
        sales.create(ctx, {**who, "sold_on": day},
                     [{"description": "Work", "quantity": 1, "unit_price_cents": euros * 100}])

    sale("2026-02-20", 1000, company_id=t.companies["acme"])   # 10 days ago: Acme (ann) is the best customer
    sale("2026-01-15", 200, person_id=t.people["dan"])          # 46 days ago
    sale("2025-06-01", 50, person_id=t.people["bob"])           # within the year, smallest
    sale("2024-01-10", 5000, company_id=t.companies["bolt"])     # long ago: Bolt (cat) has no revenue this year
    t.levels["gold"] = contracts.create_level(ctx, {"name": "Gold", "rank": 3})
    t.levels["silver"] = contracts.create_level(ctx, {"name": "Silver", "rank": 2})
    contracts.create_contract(ctx, {"company_id": t.companies["acme"], "level_id": t.levels["gold"],
                                    "starts_on": "2026-01-01"})
    contracts.create_contract(ctx, {"person_id": t.people["bob"], "level_id": t.levels["silver"],
                                    "starts_on": "2025-01-01", "ends_on": "2025-12-31"})  # over
    contracts.create_contract(ctx, {"person_id": t.people["dan"], "level_id": t.levels["silver"],
                                    "starts_on": "2026-02-01"})
    return t


def members(ctx: Context, flt: dict[str, Any]) -> list[str]:
    return segments.person_ids(ctx.db, flt, ctx.clock.now())


@pytest.mark.parametrize(("flt", "expected"), [
    ({}, ["ann", "bob", "cat", "dan", "fay"]),
    ({"stages": ["lead"]}, ["ann", "fay"]),
    ({"stages": ["customer", "prospect"]}, ["bob", "cat", "dan"]),
    ({"tags": ["vip"]}, ["ann"]),  # eve is in the trash
    ({"tags": ["newsletter", "vip"]}, ["ann", "bob"]),
    ({"interests": ["solar"]}, ["ann", "cat"]),
    ({"interests": ["heat pump"]}, ["cat"]),
    ({"languages": ["fr"]}, ["ann", "dan"]),
    ({"languages": ["nl", "de"]}, ["bob", "fay"]),
    ({"postcodes": ["50"]}, ["ann", "fay"]),
    ({"postcodes": ["5"]}, ["ann", "cat", "fay"]),
    ({"postcodes": ["1000", "40"]}, ["bob", "dan"]),
    ({"cities": ["NAMUR"]}, ["ann", "cat"]),
    ({"cities": ["Liège", "Gembloux"]}, ["dan", "fay"]),
    ({"industries": ["retail"]}, ["ann"]),
    ({"industries": ["Construction", "Retail"]}, ["ann", "cat"]),
    ({"last_purchase": {"within_days": 30}}, ["ann"]),
    ({"last_purchase": {"within_days": 60}}, ["ann", "dan"]),
    ({"last_purchase": {"not_within_days": 30}}, ["bob", "cat", "dan", "fay"]),
    ({"last_purchase": {"not_within_days": 365}}, ["cat", "fay"]),  # fay never bought
    ({"value_tiers": ["high"]}, ["ann"]),
    ({"value_tiers": ["medium"]}, ["dan"]),
    ({"value_tiers": ["low"]}, ["bob"]),
    ({"value_tiers": ["none"]}, ["cat", "fay"]),
    ({"value_tiers": ["none", "high"]}, ["ann", "cat", "fay"]),
    ({"consent": ["email"]}, ["ann"]),  # bob withdrew his
    ({"consent": ["email", "sms"]}, ["ann", "bob"]),
    ({"consent": ["post"]}, ["cat"]),
    ({"has": ["email"]}, ["ann"]),
    ({"has": ["address"]}, ["bob"]),
    ({"has": ["phone"]}, ["cat"]),
    ({"has": ["mobile"]}, ["bob"]),
    ({"has": ["email", "phone"]}, ["ann", "cat"]),
    # combinations: AND between criteria
    ({"stages": ["lead", "prospect"], "consent": ["email", "sms"]}, ["ann", "bob"]),
    ({"postcodes": ["5"], "value_tiers": ["none"]}, ["cat", "fay"]),
    ({"stages": ["customer"], "last_purchase": {"not_within_days": 30}, "languages": ["fr"]}, ["dan"]),
    ({"tags": ["vip"], "has": ["phone"]}, []),
])
def test_each_criterion_and_combinations_find_the_right_people(ctx, town, flt, expected):
    assert town.who(members(ctx, flt)) == expected
    assert segments.count(ctx.db, flt, ctx.clock.now()) == len(expected)


def test_owners_and_support_levels_by_id(ctx, town):
    assert town.who(members(ctx, {"owners": [town.seller]})) == ["bob", "cat"]
    assert town.who(members(ctx, {"owners": [ctx.user.id, town.seller]})) == ["ann", "bob", "cat", "dan", "fay"]
    assert town.who(members(ctx, {"support_levels": [town.levels["gold"]]})) == ["ann"]  # the company's contract
    assert town.who(members(ctx, {"support_levels": [town.levels["silver"]]})) == ["dan"]  # bob's is over
    assert town.who(members(ctx, {"support_levels": list(town.levels.values())})) == ["ann", "dan"]


def test_the_day_moves_purchases_out_of_the_window(ctx, town):
    ctx.clock.advance(hours=24 * 20)  # 22 March: Acme's sale is 30 days old
    assert town.who(members(ctx, {"last_purchase": {"within_days": 30}})) == ["ann"]
    ctx.clock.advance(hours=24)
    assert town.who(members(ctx, {"last_purchase": {"within_days": 30}})) == []
    # now also given as stored text
    assert segments.count(ctx.db, {"last_purchase": {"within_days": 60}}, ctx.now()) == 1


def test_tiers_follow_new_sales(ctx, town):
    assert value_tiers(ctx.db, ctx.clock.now().date())["high"] == [f"c:{town.companies['acme']}"]
    sales.create(ctx, {"person_id": town.people["fay"]},
                 [{"description": "Big job", "quantity": 1, "unit_price_cents": 500_000}])
    assert town.who(members(ctx, {"value_tiers": ["high"]})) == ["fay"]
    assert town.who(members(ctx, {"value_tiers": ["none"]})) == ["cat"]


def test_year_before_handles_leap_days():
    from datetime import date

    assert year_before(date(2026, 3, 2)).isoformat() == "2025-03-03"
    assert year_before(date(2028, 2, 29)).isoformat() == "2027-03-01"


def test_preview_lists_members_by_name_with_company_and_email(ctx, town):
    rows = segments.preview(ctx.db, {"stages": ["lead", "prospect"]}, ctx.clock.now())
    assert [(r["name"], r["company"], r["city"], r["email"]) for r in rows] == [
        ("Ann", "Acme", "Namur", "ann@acme.example"), ("Bob", None, "Bruxelles", None), ("Fay", None, "Gembloux", None)]
    assert len(segments.preview(ctx.db, {}, ctx.clock.now(), limit=2)) == 2


@pytest.mark.parametrize(("value", "key"), [
    ({"postcodes": ["50A"]}, "postcodes"),
    ({"postcodes": "5000, B-12"}, "postcodes"),
    ({"stages": ["sleeping"]}, "stages"),
    ({"languages": ["french"]}, "languages"),
    ({"last_purchase": {"within_days": 0}}, "last_purchase"),
    ({"last_purchase": {"within_days": 5, "not_within_days": 5}}, "last_purchase"),
    ({"last_purchase": 30}, "last_purchase"),
    ({"tags": [{"a": 1}]}, "tags"),
    ({"has": ["fax"]}, "has"),
    ({"colour": ["red"]}, "colour"),
    ([1, 2], "filter"),
    ("{not json", "filter"),
])
def test_bad_filters_are_refused_by_criterion(value, key):
    with pytest.raises(ValidationError) as caught:
        validate_filter(value)
    assert key in caught.value.errors


def test_filters_are_cleaned():
    assert validate_filter({"stages": ["Lead", "lead", ""], "tags": [], "postcodes": " 50 ; 1000",
                            "last_purchase": {"within_days": "30"}, "has": ["email"]}) == {
        "stages": ["lead"], "postcodes": ["50", "1000"], "last_purchase": {"within_days": 30}, "has": ["email"]}
    assert validate_filter(json.dumps({"cities": ["  Namur  "]})) == {"cities": ["Namur"]}
    assert validate_filter(None) == {} == validate_filter("")


def test_saving_editing_trash_and_restore(ctx, town):
    flt = {"stages": ["lead"], "consent": ["email"]}
    seg_id = segments.create(ctx, {"name": "Leads by mail", "filter": flt, "notes": "spring"})
    saved = segments.get(ctx.db, seg_id)
    assert saved["filter"] == {"stages": ["lead"], "consent": ["email"]} and saved["notes"] == "spring"
    assert [s["name"] for s in segments.all_segments(ctx.db)] == ["Leads by mail"]
    assert segments.count(ctx.db, saved["filter"], ctx.clock.now()) == 1
    assert set(segments.update(ctx, seg_id, {"filter": {"stages": ["lead"]}})) >= {"filter"}
    assert segments.get(ctx.db, seg_id)["filter"] == {"stages": ["lead"]}
    assert segments.update(ctx, seg_id, {"name": "Leads by mail"}) == {}
    segments.delete(ctx, seg_id)
    assert segments.all_segments(ctx.db) == []
    segments.restore(ctx, seg_id)
    assert segments.get(ctx.db, seg_id)["name"] == "Leads by mail"


def test_saving_refuses_a_missing_name_and_a_bad_filter_together(ctx):
    with pytest.raises(ValidationError) as caught:
        segments.create(ctx, {"name": " ", "filter": {"postcodes": ["x1"]}})
    assert set(caught.value.errors) == {"name", "postcodes"}


def test_technicians_cannot_write_segments(ctx, town):
    tech = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, "Tom", Role.TECHNICIAN), clock=ctx.clock)
    with pytest.raises(PermissionDenied):
        segments.create(tech, {"name": "Mine", "filter": {}})
    seg_id = segments.create(ctx, {"name": "Shop's", "filter": {}})
    with pytest.raises(PermissionDenied):
        segments.update(tech, seg_id, {"name": "Mine"})
    with pytest.raises(PermissionDenied):
        segments.delete(tech, seg_id)
    segments.delete(ctx, seg_id)
    with pytest.raises(PermissionDenied):
        segments.restore(tech, seg_id)
    # reading and counting is for everyone
    assert segments.count(tech.db, {"stages": ["lead"]}, tech.clock.now()) == 2


def test_descriptions_read_like_sentences(ctx, town):
    lines = segments.describe_filter({"stages": ["lead", "prospect", "customer"], "consent": ["email"],
                                      "owners": [town.seller], "postcodes": ["50"],
                                      "last_purchase": {"not_within_days": 90}}, ctx.db)
    assert [m.render() for m in lines] == [
        "Stage: Lead, Prospect or Customer", "Postcode starts with: 50…", "Owner: Sofie Seller",
        "Last purchase: no purchase in the last 90 days", "Consent given: E-mail"]
    assert [m.render() for m in segments.describe_filter({})] == ["Everyone (no criteria)"]


def test_choices_offer_what_is_in_use(ctx, town):
    offered = segments.choices(ctx.db)
    assert [k for k, _ in offered["tags"]] == ["newsletter", "vip"]
    assert [k for k, _ in offered["interests"]] == ["heat pump", "solar"]
    assert offered["support_levels"] == [(town.levels["silver"], "Silver"), (town.levels["gold"], "Gold")]  # by rank
    assert town.seller in dict(offered["owners"])
    assert {"Namur", "Liège"} <= set(dict(offered["cities"]))
    assert set(offered) == set(CRITERIA) - {"last_purchase", "postcodes"}  # both typed, not picked


# -- properties ------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12)
random_filters = st.dictionaries(st.sampled_from([*CRITERIA, "other"]) | st.text(max_size=8), json_values,
                                 max_size=5)


@given(random_filters)
@settings(max_examples=300, deadline=None)
def test_validation_never_crashes_on_random_json(value):
    try:
        clean = validate_filter(value)
    except ValidationError as exc:
        assert exc.errors
    else:
        assert validate_filter(clean) == clean  # cleaning is stable


def _valid_filters(town: Town) -> st.SearchStrategy[dict[str, Any]]:
    some = lambda items: st.lists(st.sampled_from(items), min_size=1, max_size=3)  # noqa: E731
    return st.fixed_dictionaries({}, optional={
        "stages": some(["lead", "prospect", "customer", "former"]),
        "tags": some(["vip", "newsletter", "other"]),
        "interests": some(["solar", "heat pump", "wood"]),
        "languages": some(["fr", "nl", "en", "de"]),
        "postcodes": some(["5", "50", "1000", "4", "9"]),
        "cities": some(["Namur", "liège", "Gent"]),
        "owners": some([town.seller, "nobody"]),
        "industries": some(["Retail", "Construction", "IT"]),
        "last_purchase": st.sampled_from(["within_days", "not_within_days"]).flatmap(
            lambda mode: st.integers(1, 800).map(lambda days: {mode: days})),
        "value_tiers": some(["high", "medium", "low", "none"]),
        "support_levels": some(list(town.levels.values())),
        "consent": some(["email", "post", "phone", "sms"]),
        "has": some(["email", "address", "phone", "mobile"]),
    })


@given(data=st.data())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_counts_agree_with_members_and_criteria_intersect(ctx, town, data):
    now = ctx.clock.now()
    flt = data.draw(_valid_filters(town))
    ids = segments.person_ids(ctx.db, flt, now)
    assert segments.count(ctx.db, flt, now) == len(ids) == len(set(ids))
    assert set(ids) <= set(town.people.values()) - {town.people["eve"]}
    # AND between criteria: the members are those every single criterion takes
    expected = set(town.people.values()) - {town.people["eve"]}
    for key, value in flt.items():
        expected &= set(segments.person_ids(ctx.db, {key: value}, now))
    assert set(ids) == expected
    # OR inside a list: a criterion with several values takes whoever one of the values takes
    for key, value in flt.items():
        if isinstance(value, list) and len(value) > 1:
            union = set().union(*(segments.person_ids(ctx.db, {key: [item]}, now) for item in value))
            assert set(segments.person_ids(ctx.db, {key: value}, now)) == union
    assert [r["id"] for r in segments.preview(ctx.db, flt, now, limit=3)] == ids[:3]
    where, params = to_sql(ctx.db, flt, now)
    assert where.startswith("p.deleted_at IS NULL")
