"""People, companies and history: validation, rights per role, duplicates, trash, timeline."""

from __future__ import annotations

import pytest

from crm_desktop.core import companies, history, people, records, timeline, trash
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.duplicates import DuplicateFound
from crm_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.core.permissions import Perm, Role, allowed
from crm_desktop.core.users import add_user


def as_role(ctx: Context, role: Role) -> Context:
    """The same session acted by a new user of ``role``."""
    user = add_user(ctx.db, ctx.clock, f"{role.value} user", role)
    return Context(db=ctx.db, user=user, clock=ctx.clock, changes=ctx.changes)


def errors_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {name: message.render() for name, message in excinfo.value.errors.items()}


# ------------------------------------------------------------------ people


def test_person_fields_are_cleaned(ctx: Context) -> None:
    person_id = people.create(ctx, {
        "first_name": "  Hélène ", "last_name": "Dupont", "email": "Helene@Example.COM",
        "phone": "02 477 12 34", "mobile": "0477/12.34.56", "country": "be", "language": "fr",
        "credit_limit": "1 500,50", "payment_terms_days": "30", "birthday": "1980-12-31",
        "tags": "vip, salon, vip", "interests": "chauffage; solaire", "source": "trade show",
    })
    row = people.get(ctx, person_id)
    assert row["first_name"] == "Hélène"
    assert row["email"] == "helene@example.com"
    assert (row["phone"], row["mobile"]) == ("+3224771234", "+32477123456")
    assert (row["country"], row["language"], row["stage"]) == ("BE", "fr", "lead")
    assert row["credit_limit_cents"] == 150050 and row["payment_terms_days"] == 30
    assert row["tags"] == ["vip", "salon"] and row["interests"] == ["chauffage", "solaire"]
    assert row["source"] == "trade_show"
    assert row["created_by"] == ctx.user.id and row["created_at"] == ctx.now()


def test_person_validation_reports_every_bad_field_at_once(ctx: Context) -> None:
    with pytest.raises(ValidationError) as info:
        people.create(ctx, {
            "last_name": " ", "email": "not-mail", "phone": "12", "stage": "vip", "language": "xx",
            "birthday": "31/12/1980", "credit_limit": "lots", "payment_terms_days": 400,
            "company_id": "no-such-company", "owner_id": "nobody",
        })
    assert errors_of(info) == {
        "last_name": "This field is required.",
        "email": "Not a valid e-mail address.",
        "phone": "This phone number has the wrong length.",
        "stage": "Must be one of: lead, prospect, customer, former.",
        "language": "Must be one of: fr, nl, en, de.",
        "birthday": "Not a date (YYYY-MM-DD).",
        "credit_limit": "Not an amount of money.",
        "payment_terms_days": "Must be between 0 and 365.",
        "company_id": "This company does not exist (any more).",
        "owner_id": "No such user.",
    }
    assert ctx.db.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_consent_needs_its_proof(ctx: Context) -> None:
    good = {"email": {"status": "given", "date": "2025-01-31", "source": "signed form"}}
    person_id = people.create(ctx, {"last_name": "Dupont", "consent": good})
    assert people.get(ctx, person_id)["consent"] == good
    for bad, message in (
        ({"email": {"status": "maybe", "date": "2025-01-31", "source": "x"}}, "Consent is either given or withdrawn."),
        ({"email": {"status": "given", "source": "x"}}, "Consent needs the date it was given or withdrawn."),
        ({"email": {"status": "given", "date": "2025-01-31"}}, "Consent needs its source (how it was obtained)."),
        ({"pigeon": {"status": "given", "date": "2025-01-31", "source": "x"}}, "Unknown channel: pigeon."),
    ):
        with pytest.raises(ValidationError) as info:
            people.create(ctx, {"last_name": "Other", "consent": bad})
        assert errors_of(info) == {"consent": message}


# ------------------------------------------------------------------ companies


def test_company_fields_are_cleaned(ctx: Context) -> None:
    company_id = companies.create(ctx, {"name": "Acme", "vat": "0403.170.701", "website": "acme.be",
                                        "email": "Info@ACME.be", "phone": "+32 2 477 12 34"})
    row = companies.get(ctx, company_id)
    assert row["vat"] == "BE0403170701"
    assert row["website"] == "https://acme.be"
    assert row["email"] == "info@acme.be"
    assert row["stage"] == "prospect"


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"name": ""}, "name", "This field is required."),
    ({"name": "X", "vat": "BE0403170702"}, "vat", "This VAT number is not valid."),
    ({"name": "X", "vat": "XX123"}, "vat",
     "A VAT number starts with its country code (BE, FR, NL, LU, DE...)."),
    ({"name": "X", "website": "not a site"}, "website", "Not a web address."),
    ({"name": "X" * 201}, "name", "At most 200 characters."),
])
def test_company_validation(ctx: Context, values: dict, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        companies.create(ctx, values)
    assert errors_of(info)[field] == message


@pytest.mark.parametrize("vat", ["FR40303265045", "NL004495445B01", "DE136695976", "LU26375245"])
def test_vat_numbers_of_neighbouring_countries(ctx: Context, vat: str) -> None:
    company_id = companies.create(ctx, {"name": f"Company {vat}", "vat": vat})
    assert companies.get(ctx, company_id)["vat"] == vat


# ------------------------------------------------------------------ history


def test_history_validation(ctx: Context) -> None:
    with pytest.raises(ValidationError) as info:
        history.log(ctx, {})
    assert errors_of(info) == {
        "kind": "This field is required.",
        "person_id": "Choose the person or company concerned.",
        "subject": "Write a subject or a text.",
    }
    with pytest.raises(ValidationError) as info:
        history.log(ctx, {"kind": "pigeon", "subject": "x", "person_id": "missing",
                          "occurred_at": "yesterday", "duration_s": -1})
    assert set(errors_of(info)) == {"kind", "person_id", "occurred_at", "duration_s"}


def test_history_fills_company_from_person_and_drops_meaningless_direction(ctx: Context) -> None:
    company = companies.create(ctx, {"name": "Acme"})
    person = people.create(ctx, {"last_name": "Dupont", "company_id": company})
    entry = history.get(ctx, history.log(ctx, {"kind": "visit", "direction": "out", "subject": "On site",
                                               "person_id": person}))
    assert entry["company_id"] == company
    assert entry["direction"] is None  # a visit has no direction
    assert entry["occurred_at"] == ctx.now() and entry["user_id"] == ctx.user.id
    call = history.get(ctx, history.log(ctx, {"kind": "call", "direction": "in", "body": "Asked for a quote",
                                              "company_id": company}))
    assert call["direction"] == "in" and call["person_id"] is None


# ------------------------------------------------------------------ permissions


@pytest.mark.parametrize("role", list(Role))
def test_who_may_delete_people_and_companies(ctx: Context, role: Role) -> None:
    actor = as_role(ctx, role)
    company = companies.create(actor, {"name": f"Acme {role}"})
    person = people.create(actor, {"last_name": f"Dupont {role}"})
    people.update(actor, person, {"city": "Namur"})  # everyone may edit
    if role is Role.TECHNICIAN:
        with pytest.raises(PermissionDenied):
            people.delete(actor, person)
        with pytest.raises(PermissionDenied):
            companies.delete(actor, company)
        assert people.get(ctx, person)["deleted_at"] is None
        assert companies.get(ctx, company)["deleted_at"] is None
    else:
        people.delete(actor, person)
        companies.delete(actor, company)
        with pytest.raises(NotFound):
            people.get(ctx, person)


def test_permission_table() -> None:
    assert allowed(Role.ADMIN, Perm.USERS)
    assert not allowed(Role.MANAGER, Perm.SETTINGS)
    assert allowed(Role.STAFF, Perm.PERSON_DELETE)
    assert not allowed(Role.TECHNICIAN, Perm.EXPORT)
    assert allowed(Role.TECHNICIAN, Perm.HISTORY_WRITE)
    assert not allowed("intruder", Perm.PERSON_WRITE)


def test_permission_message_names_user_and_operation(ctx: Context) -> None:
    tech = as_role(ctx, Role.TECHNICIAN)
    person = people.create(ctx, {"last_name": "Dupont"})
    with pytest.raises(PermissionDenied) as info:
        people.delete(tech, person)
    assert info.value.render() == "technician user (Technician) is not allowed to delete people."


# ------------------------------------------------------------------ writes


def test_only_changed_columns_are_written(ctx: Context, clock: FixedClock) -> None:
    person = people.create(ctx, {"last_name": "Dupont", "tags": ["a", "b"], "email": "d@example.com"})
    created = people.get(ctx, person)
    clock.advance(hours=1)
    assert people.update(ctx, person, {"last_name": "Dupont", "tags": "a, b", "email": "D@example.com"}) == {}
    assert people.get(ctx, person)["updated_at"] == created["updated_at"]
    changed = people.update(ctx, person, {"city": "Namur"})
    assert set(changed) == {"city", "updated_at", "updated_by"}
    after = people.get(ctx, person)
    assert after["updated_at"] == ctx.now() != created["updated_at"]
    assert after["created_at"] == created["created_at"]
    assert after["email"] == "d@example.com"  # other fields kept their value


def test_records_update_rejects_deleted_rows(ctx: Context) -> None:
    person = people.create(ctx, {"last_name": "Dupont"})
    people.delete(ctx, person)
    with pytest.raises(NotFound):
        records.update(ctx, "people", person, {"city": "Namur"})
    with pytest.raises(NotFound):
        people.update(ctx, person, {"city": "Namur"})


def test_changes_are_announced(ctx: Context) -> None:
    seen = []
    unsubscribe = ctx.changes.subscribe(seen.append)
    person = people.create(ctx, {"last_name": "Dupont"})
    people.update(ctx, person, {"last_name": "Dupont"})  # nothing changed: nothing announced
    people.update(ctx, person, {"city": "Namur"})
    people.delete(ctx, person)
    unsubscribe()
    people.restore(ctx, person)
    assert [(c.table, c.op) for c in seen] == [("people", "insert"), ("people", "update"), ("people", "delete")]


# ------------------------------------------------------------------ duplicates


def test_duplicate_people(ctx: Context) -> None:
    first = people.create(ctx, {"first_name": "Hélène", "last_name": "Dupont", "email": "h@example.com",
                                "mobile": "0477 12 34 56"})
    for values, reason in (
        ({"last_name": "Other", "email": "H@example.com"}, "same e-mail address"),
        ({"last_name": "Other", "phone": "+32 477 12 34 56"}, "same phone number"),
        ({"first_name": "Helene", "last_name": "DUPONT"}, "very similar name"),
    ):
        with pytest.raises(DuplicateFound) as info:
            people.create(ctx, values)
        assert [(m.id, m.reason) for m in info.value.matches] == [(first, reason)]
    second = people.create(ctx, {"first_name": "Helene", "last_name": "Dupont"}, allow_duplicate=True)
    assert second != first
    people.create(ctx, {"first_name": "Jean", "last_name": "Dupont"})  # same family, not a duplicate


def test_duplicate_companies(ctx: Context) -> None:
    acme = companies.create(ctx, {"name": "Acme SA", "vat": "BE0403170701"})
    for values in ({"name": "ACME"}, {"name": "Other", "vat": "BE 0403.170.701"}):
        with pytest.raises(DuplicateFound) as info:
            companies.create(ctx, values)
        assert info.value.matches[0].id == acme
    companies.delete(ctx, acme)
    companies.create(ctx, {"name": "Acme"})  # a deleted company is no duplicate


# ------------------------------------------------------------------ trash


def test_trash_lists_and_restores(ctx: Context, clock: FixedClock) -> None:
    company = companies.create(ctx, {"name": "Acme"})
    person = people.create(ctx, {"first_name": "Hélène", "last_name": "Dupont", "company_id": company})
    entry = history.log(ctx, {"kind": "note", "body": "Likes coffee", "person_id": person})
    people.delete(ctx, person)
    clock.advance(minutes=1)
    companies.delete(ctx, company)
    clock.advance(minutes=1)
    history.delete(ctx, entry)
    items = trash.items(ctx)
    assert [(i.kind, i.id, i.label) for i in items] == [
        ("history", entry, "Likes coffee"), ("company", company, "Acme"), ("person", person, "Hélène Dupont")]
    assert {i.deleted_by for i in items} == {ctx.user.name}
    with pytest.raises(NotFound):
        people.get(ctx, person)
    assert people.get(ctx, person, include_deleted=True)["deleted_at"] is not None

    for item in items:
        trash.restore(ctx, item.kind, item.id)
    assert trash.items(ctx) == []
    assert people.get(ctx, person)["company_id"] == company
    assert history.get(ctx, entry)["body"] == "Likes coffee"
    assert [e.id for e in timeline.query(ctx.db, person_id=person)] == [entry]


# ------------------------------------------------------------------ timeline


def test_company_timeline_includes_its_people(ctx: Context, clock: FixedClock) -> None:
    company = companies.create(ctx, {"name": "Acme"})
    anne = people.create(ctx, {"last_name": "Anne", "company_id": company})
    bob = people.create(ctx, {"last_name": "Bob", "company_id": company})
    stranger = people.create(ctx, {"last_name": "Stranger"})
    logged = []
    for kind, person in (("call", anne), ("email", bob), ("visit", None), ("call", bob), ("note", stranger)):
        clock.advance(hours=1)
        values = {"kind": kind, "subject": f"{kind} {len(logged)}"}
        values.update({"person_id": person} if person else {"company_id": company})
        logged.append(history.log(ctx, values))

    entries = timeline.query(ctx.db, company_id=company)
    assert [e.id for e in entries] == logged[3::-1]  # newest first, the stranger's note left out
    assert [e.id for e in timeline.query(ctx.db, person_id=bob)] == [logged[3], logged[1]]
    calls = timeline.query(ctx.db, company_id=company, kinds=["call"])
    assert [e.id for e in calls] == [logged[3], logged[0]]
    assert timeline.query(ctx.db, company_id=company, kinds=["letter"]) == []
    assert timeline.count(ctx.db, company_id=company) == {"call": 2, "email": 1, "visit": 1}
    page = timeline.query(ctx.db, company_id=company, limit=2, offset=1)
    assert [e.id for e in page] == [logged[2], logged[1]]

    history.delete(ctx, logged[3])
    assert [e.id for e in timeline.query(ctx.db, company_id=company, kinds=["call"])] == [logged[0]]


def test_timeline_needs_exactly_one_owner(ctx: Context) -> None:
    with pytest.raises(ValueError):
        timeline.query(ctx.db)
    assert "call" in timeline.DEFAULT_REGISTRY.kinds()
