"""A person's data: everything exported (JSON and PDF), erased everywhere with figures kept, retention review."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.core import (
    attachments,
    campaign_members,
    campaigns,
    consent_ledger,
    gdpr,
    history,
    interventions,
    leads,
    opportunities,
    people,
    sales,
    segments,
    tasks,
    tickets,
)
from crm_desktop.core.attachments import BlobStore, store_dir
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from crm_desktop.interchange.gdpr_export import export_person
from crm_desktop.reports.pdf_read import page_texts
from tests.field_setup import FieldWorld

NAME = "Solange"
SURNAME = "Verhaegen"
EMAIL = "solange.verhaegen@example.be"
PHONE = "+32470556677"
GIVEN = {"status": "given", "date": "2026-01-10", "source": "Shop form signed by Solange"}


@dataclass
class Customer:
    person: str
    sale: str
    ticket: str
    job: str
    history: str
    campaign: str
    attachment: str


def customer(ctx: Context, world: FieldWorld) -> Customer:
    """A person with something in every place a person's data can be."""
    pid = people.create(ctx, {
        "first_name": NAME, "last_name": SURNAME, "company_id": world.company, "email": EMAIL,
        "mobile": "0470 55 66 77", "street": "Rue des Lilas 9", "postcode": "5000", "city": "Namur",
        "birthday": "1980-04-12", "notes": f"{NAME} prefers mornings", "custom": {"Dog": "Rex of Solange"},
        "consent": {"email": GIVEN, "phone": GIVEN}, "tags": ["promo"]}, allow_duplicate=True)
    entry = history.log(ctx, {"kind": "call", "occurred_at": ctx.now(), "person_id": pid,
                              "subject": f"Call with {NAME} {SURNAME}", "body": f"Reach her at {PHONE}"})
    ticket = tickets.open_ticket(ctx, {"person_id": pid, "subject": "Oven stopped",
                                       "description": f"{NAME} says the oven stopped"})
    tickets.add_message(ctx, ticket, f"Hello, this is {NAME} {SURNAME}, call {PHONE}", "in")
    tickets.add_message(ctx, ticket, f"Dear {NAME}, we come tomorrow.", "out")
    job = interventions.create(ctx, {"person_id": pid, "subject": "Oven repair",
                                     "site_contact": f"{NAME} {SURNAME}", "site_phone": PHONE})
    sale = sales.create(ctx, {"person_id": pid, "note": f"Delivered to {NAME}"},
                        [{"product_id": world.pump, "quantity": 2}, {"description": "Labour", "quantity": 1,
                                                                     "unit_price_cents": 4500}])
    tasks.create(ctx, {"title": f"Call {NAME} back", "notes": EMAIL, "person_id": pid})
    leads.create(ctx, {"person_id": pid, "notes": f"{NAME} wants a new oven", "need": "some"})
    opportunities.create(ctx, {"title": "New oven", "person_id": pid, "notes": f"Ask {SURNAME}"})
    seg = segments.create(ctx, {"name": "Promo", "filter": {"tags": ["promo"]}})
    cid = campaigns.create(ctx, {"name": "Spring", "objective": "growth", "channels": ["email", "phone"],
                                 "segment_id": seg, "starts_on": "2026-03-01", "ends_on": "2026-03-31",
                                 "email_subject": "Hello", "email_body": "Our offer"})
    campaign_members.build(ctx, cid)
    campaign_members.record_response(ctx, cid, pid, "email", f"Yes please, {NAME}")
    att = attachments.add_bytes(ctx, "person", pid, b"ID card of Solange Verhaegen", "solange-id.txt")
    return Customer(pid, sale, ticket, job, entry, cid, att)


def everywhere(ctx: Context, needle: str) -> list[str]:
    """Every table.column of the database file whose text or bytes contain ``needle`` (any case)."""
    found = []
    tables = [r[0] for r in ctx.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for column in [c[1] for c in ctx.db.execute(f"PRAGMA table_info('{table}')")]:
            hits = ctx.db.execute(
                f'SELECT count(*) FROM "{table}" WHERE instr(lower(CAST("{column}" AS TEXT)), ?) > 0'
                f' OR instr(CAST("{column}" AS BLOB), CAST(? AS BLOB)) > 0', [needle.lower(), needle.lower()]
            ).fetchone()[0]
            if hits:
                found.append(f"{table}.{column}")
    return found


def test_export_writes_everything_as_json_and_a_readable_pdf(ctx: Context, world: FieldWorld, tmp_path: Path) -> None:
    c = customer(ctx, world)
    json_path, pdf_path = export_person(ctx, c.person, tmp_path / "out")
    assert json_path.name == f"personal-data {NAME} {SURNAME} 2026-03-02.json"
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert document["format"] == "crm-desktop.person-data/1"
    data = document["data"]
    assert data["person"]["email"] == EMAIL and data["person"]["custom"] == {"Dog": "Rex of Solange"}
    assert data["company"]["name"] == "Boulangerie Dupont"
    assert [h["subject"] for h in data["history"] if h["id"] == c.history] == [f"Call with {NAME} {SURNAME}"]
    assert any("Reply to campaign" in (h["subject"] or "") for h in data["history"])
    [ticket] = data["tickets"]
    assert [m["direction"] for m in ticket["messages"]] == ["in", "out"]
    assert data["interventions"][0]["site_phone"] == PHONE
    [sale] = data["sales"]
    assert sale["total_cents"] == sales.totals(ctx.db, c.sale).revenue_cents == 2 * 15000 + 4500
    assert len(data["tasks"]) == len(data["leads"]) == len(data["opportunities"]) == 1
    [member] = data["campaigns"]
    assert member["response"] == f"Yes please, {NAME}"
    sends = {s["channel"]: s for s in member["sends"]}
    assert sends["email"]["address"] == EMAIL and sends["email"]["consent"]["source"] == GIVEN["source"]
    assert sends["phone"]["address"] == PHONE  # the mobile serves calls when there is no phone
    assert [(e["channel"], e["method"]) for e in data["consent"]["ledger"]] == [("email", "form"), ("phone", "form")]
    assert [a["file_name"] for a in data["attachments"]] == ["solange-id.txt"]
    assert data["erasure"] is None

    text = "\n".join(page_texts(pdf_path))
    for expected in ("Personal data", f"{NAME} {SURNAME}", EMAIL, "Consent history", "Shop form signed by",
                     "Oven stopped", PHONE, "Spring", "solange-id.txt", "Purchases"):
        assert expected in text, expected
    audit = ctx.db.execute_returning_dicts("SELECT kind, record_id, user_id, detail FROM audit_events")
    assert [(a["kind"], a["record_id"], a["user_id"]) for a in audit] == [("export", c.person, ctx.user.id)]
    assert json.loads(audit[0]["detail"])["files"] == [json_path.name, pdf_path.name]


def test_the_pdf_follows_the_persons_language(ctx: Context, world: FieldWorld, tmp_path: Path) -> None:
    pid = people.create(ctx, {"first_name": "Luc", "last_name": "Martin", "language": "fr"})
    _json, pdf = export_person(ctx, pid, tmp_path)
    text = "\n".join(page_texts(pdf))
    assert "Données personnelles" in text and "Historique des consentements" in text


def test_erase_leaves_no_personal_text_anywhere_and_keeps_the_figures(ctx: Context, world: FieldWorld) -> None:
    c = customer(ctx, world)
    blob = BlobStore(store_dir(ctx.db)).path(attachments.list_for(ctx, c.person)[0]["sha256"])
    assert blob.is_file()
    revenue = sales.totals(ctx.db, c.sale)
    counts = {t: ctx.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("sales", "sale_lines", "tickets", "ticket_events", "history", "interventions")}
    for needle in (NAME, SURNAME, EMAIL, PHONE):
        assert everywhere(ctx, needle), needle  # the search finds them before

    ctx.clock.advance(hours=1)
    report = gdpr.erase_person(ctx, c.person, "Asked by letter of 1 March")

    for needle in (NAME, SURNAME, EMAIL, PHONE, "Rex of", "Rue des Lilas", "1980-04-12"):
        assert everywhere(ctx, needle) == [], needle
    person = people.get(ctx, c.person)
    assert person["last_name"] == gdpr.ERASED_NAME and person["first_name"] is None
    assert person["consent"] == {} and person["custom"] == {} and person["company_id"] == world.company
    assert sales.totals(ctx.db, c.sale) == revenue
    assert counts == {t: ctx.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts}
    assert history.get(ctx, c.history)["subject"] == gdpr.ERASED_TEXT
    assert not blob.exists() and report.files_removed == 1
    assert attachments.list_for(ctx, c.person) == []
    assert report.rows["people"] == 1 and report.rows["ticket_events"] == 2
    # the consent ledger keeps when and how, not the proof
    assert [(e["status"], e["proof"]) for e in consent_ledger.history(ctx.db, c.person)] == [("given", None)] * 2
    erasure = gdpr.erasure_of(ctx.db, c.person)
    assert erasure["reason"] == "Asked by letter of 1 March" and erasure["erased_at"] == "2026-03-02T10:30:00.000Z"
    assert ctx.db.execute("SELECT kind FROM audit_events WHERE record_id = ?", [c.person]).fetchall() == [("erasure",)]
    with pytest.raises(ValidationError):
        gdpr.erase_person(ctx, c.person, "again")
    assert gdpr.anonymise(ctx.db, c.person, ctx.now(), ctx.user.id) == {}  # nothing left to write


def test_erase_needs_a_reason_and_the_permission(ctx: Context, world: FieldWorld) -> None:
    with pytest.raises(ValidationError) as err:
        gdpr.erase_person(ctx, world.person, "  ")
    assert set(err.value.errors) == {"reason"}
    for role in (Role.STAFF, Role.TECHNICIAN):
        other = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, f"U {role}", role), clock=ctx.clock)
        with pytest.raises(PermissionDenied):
            gdpr.erase_person(other, world.person, "asked")
        with pytest.raises(PermissionDenied):
            export_person(other, world.person, Path("unused"))
        with pytest.raises(PermissionDenied):
            gdpr.keep_person(other, world.person)
    manager = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, "Manon", Role.MANAGER), clock=ctx.clock)
    gdpr.erase_person(manager, world.person, "asked")
    assert people.get(ctx, world.person)["last_name"] == gdpr.ERASED_NAME
    assert ctx.db.execute("SELECT count(*) FROM audit_events WHERE kind = 'export'").fetchone()[0] == 0


def test_retention_lists_people_without_activity_or_consent(ctx: Context, world: FieldWorld) -> None:
    old = {name: people.create(ctx, {"last_name": name}, allow_duplicate=True)
           for name in ("Quiet", "Bought", "Consented", "Kept", "Erased")}
    ctx.clock.advance(days=365 * 2)
    sales.create(ctx, {"person_id": old["Bought"]}, [{"product_id": world.fuse, "quantity": 1}])
    people.update(ctx, old["Consented"], {"consent": {"email": {"status": "given", "date": "2028-03-01",
                                                                "source": "Fair"}}})
    ctx.clock.advance(days=365 * 2)  # 2030-03-01: four years after the first contacts
    gdpr.erase_person(ctx, old["Erased"], "asked")
    gdpr.keep_person(ctx, old["Kept"], "still a regular")
    fresh = people.create(ctx, {"last_name": "Newcomer"})
    today = date(2030, 3, 1)
    names = [r["last_name"] for r in gdpr.retention_candidates(ctx.db, 3, today)]
    assert names == ["Dupont", "Quiet"]  # the world's customer, untouched since, and Quiet
    assert "Bought" in [r["last_name"] for r in gdpr.retention_candidates(ctx.db, 1, today)]
    assert fresh not in {r["id"] for r in gdpr.retention_candidates(ctx.db, 1, today)}
    assert gdpr.retention_years(ctx.db) == 3
    gdpr.save_retention_years(ctx, 5)
    assert gdpr.retention_years(ctx.db) == 5
    with pytest.raises(ValidationError):
        gdpr.save_retention_years(ctx, 0)
