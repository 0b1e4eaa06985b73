"""Duplicates found after the fact (e.g. typed on two offline machines) and merged."""

from __future__ import annotations

import pytest

from crm_desktop.core import attachments, companies, history, merging, people, timeline
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, PermissionDenied
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user


def test_people_with_the_same_email_are_grouped_and_merged(ctx: Context, tmp_path) -> None:
    keep = people.create(ctx, {"first_name": "Jean", "last_name": "Dupont", "email": "j@d.be", "tags": "vip"})
    other = people.create(
        ctx, {"first_name": "Jean", "last_name": "Dupont", "email": "J@D.be", "city": "Namur", "tags": "b2b",
              "custom": {"Size": "XL"}},
        allow_duplicate=True,
    )
    history.log(ctx, {"kind": "note", "person_id": other, "subject": "Typed on the laptop"})
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"jpeg")
    attachments.add(ctx, "person", other, photo)

    groups = merging.find_groups(ctx.db)
    assert [(g.kind, set(g.ids), g.reason) for g in groups] == [("person", {keep, other}, "same e-mail address")]

    merging.merge_people(ctx, keep, other)
    kept = people.get(ctx, keep)
    assert kept["city"] == "Namur"  # filled from the other
    assert kept["tags"] == ["vip", "b2b"]
    assert kept["custom"] == {"Size": "XL"}
    assert [e.title for e in timeline.query(ctx.db, person_id=keep)] == ["Typed on the laptop"]
    assert [a["file_name"] for a in attachments.list_for(ctx, keep)] == ["photo.jpg"]
    with pytest.raises(CrmError):
        people.get(ctx, other)  # in the trash
    assert merging.find_groups(ctx.db) == []
    assert merging.dangling(ctx.db) == []


def test_companies_by_vat_and_name_and_their_people_follow(ctx: Context) -> None:
    keep = companies.create(ctx, {"name": "Boulangerie Dupont SPRL", "vat": "BE0403170701"})
    other = companies.create(ctx, {"name": "Boulangerie Dupont", "vat": "BE0403170701", "city": "Namur"},
                             allow_duplicate=True)
    person = people.create(ctx, {"last_name": "Martin", "company_id": other})
    twin_a = companies.create(ctx, {"name": "Électricité Lambert SA"})
    twin_b = companies.create(ctx, {"name": "electricite lambert"}, allow_duplicate=True)
    groups = {(g.reason, frozenset(g.ids)) for g in merging.find_groups(ctx.db)}
    assert groups == {("same VAT number", frozenset({keep, other})), ("same name", frozenset({twin_a, twin_b}))}
    merging.merge_companies(ctx, keep, other)
    assert people.get(ctx, person)["company_id"] == keep
    assert companies.get(ctx, keep)["city"] == "Namur"
    merging.merge_companies(ctx, twin_a, twin_b)
    assert merging.find_groups(ctx.db) == []


def test_references_to_deleted_records_are_listed(ctx: Context) -> None:
    company = companies.create(ctx, {"name": "Garage Lambert"})
    person = people.create(ctx, {"last_name": "Lambert", "company_id": company})
    companies.delete(ctx, company)
    found = merging.dangling(ctx.db)
    assert [(d.table, d.row_id, d.column, d.target_state, d.label) for d in found] == [
        ("people", person, "company_id", "deleted", "Lambert")
    ]


def test_merging_needs_the_right_to_delete_and_two_records(ctx: Context, clock) -> None:
    a = people.create(ctx, {"last_name": "A"})
    with pytest.raises(CrmError):
        merging.merge_people(ctx, a, a)
    technician = add_user(ctx.db, clock, "Kevin", Role.TECHNICIAN)
    b = people.create(ctx, {"last_name": "B"})
    with pytest.raises(PermissionDenied):
        merging.merge_people(Context(ctx.db, technician, clock), a, b)


def test_command_line_lists_and_merges(ctx: Context, db_path, capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop import cli

    keep = people.create(ctx, {"last_name": "Peeters", "mobile": "0475 12 34 56"})
    other = people.create(ctx, {"last_name": "Peters", "mobile": "+32475123456"}, allow_duplicate=True)
    ctx.db.close()
    assert cli.main(["duplicates", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "same phone number" in out and keep in out and other in out
    assert cli.main(["duplicates", "--db", str(db_path), "--merge", keep, other]) == 0
    assert cli.main(["duplicates", "--db", str(db_path)]) == 0
    assert "No duplicates" in capsys.readouterr().out
