"""Issue 8: every core operation, run as each of the four roles.

Each row names an operation, the roles that may do it (a = admin, m = manager, s = staff, t = technician,
written from the issue, not read back from permissions.py), what the admin prepares beforehand and the
operation itself, done with real, valid data. An allowed role succeeds (and really writes); a refused role
gets PermissionDenied and nothing at all is written: no row count of any table changes, no row is
touched (the connection's change counter stays still) and no file appears.
The technician is Anna of tests/field_setup.py, on the interventions prepared for her.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core import (
    access,
    attachments,
    call_lists,
    campaign_members,
    campaign_sends,
    campaigns,
    companies,
    contracts,
    history,
    interventions,
    knowledge,
    lead_assignment,
    leads,
    maintenance,
    merging,
    opportunities,
    people,
    sales,
    saved_reports,
    segments,
    stock,
    support_costs,
    tasks,
    technicians,
    tickets,
    trash,
    users,
)
from crm_desktop.core.context import Context
from crm_desktop.core.errors import PermissionDenied
from crm_desktop.core.lead_settings import LeadSettings, save_lead_settings
from crm_desktop.core.permissions import REPORT_PERMS, Role, require_report
from crm_desktop.core.settings import load_business, save_business
from crm_desktop.core.smtp_settings import load_smtp, save_smtp
from crm_desktop.core.support_settings import load_support, save_support
from crm_desktop.interchange import contacts_csv, sms_csv
from tests.field_setup import FieldWorld

GIVEN = {"status": "given", "date": "2026-01-10", "source": "Shop form"}
TUESDAY_9 = "2026-03-03T08:00:00Z"
LETTERS = {"a": Role.ADMIN, "m": Role.MANAGER, "s": Role.STAFF, "t": Role.TECHNICIAN}


def _png() -> bytes:
    """A real 1x1 PNG (signatures and photos are images)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


@dataclass
class Bed:
    """What the admin sets up before an operation; ``out`` is where exports go."""

    a: Context
    w: FieldWorld
    out: Path
    made: dict[str, Any] = field(default_factory=dict)

    def job(self, planned: bool = False, technician: str | None = None, **values: Any) -> str:
        """An intervention at the bakery with Anna (or ``technician``) on it."""
        return interventions.create(self.a, {
            "company_id": self.w.company, "subject": "Oven repair", "kind": "repair",
            "technician_ids": [technician or self.w.anna], **({"planned_start": TUESDAY_9} if planned else {}),
            **values})

    def ticket(self) -> str:
        return tickets.open_ticket(self.a, {"company_id": self.w.company, "subject": "Oven cold"})

    def other_customer(self) -> str:
        return companies.create(self.a, {"name": "Garage Leroy", "city": "Liège"})

    def level(self) -> str:
        return contracts.create_level(self.a, {"name": "Gold"})

    def contract(self) -> str:
        return contracts.create_contract(self.a, {"company_id": self.w.company, "level_id": self.level(),
                                                  "starts_on": "2026-01-01"})

    def campaign(self, build: bool = True) -> tuple[str, str]:
        """A campaign on all channels to one consenting person; built (sends pending) unless told."""
        person = people.create(self.a, {"first_name": "Anne", "last_name": "Aubry", "email": "anne@example.org",
                                        "mobile": "+32 470 12 34 56", "street": "Rue Basse 1", "postcode": "5000",
                                        "city": "Namur", "consent": {c: GIVEN for c in ("email", "post", "phone",
                                                                                         "sms")},
                                        "tags": ["promo"]})
        segment = segments.create(self.a, {"name": "Promo list", "filter": {"tags": ["promo"]}})
        campaign = campaigns.create(self.a, {
            "name": "Spring", "channels": ["email", "letter", "phone", "sms"], "segment_id": segment,
            "email_subject": "Hello {first_name}", "email_body": "Our offer", "letter_body": "Dear {last_name},",
            "sms_text": "Hi {first_name}", "call_script": "Ask {first_name}"})
        if build:
            campaign_members.build(self.a, campaign)
        return campaign, person

    def send(self, campaign: str, channel: str = "email") -> str:
        return self.a.db.execute("SELECT id FROM campaign_sends WHERE campaign_id = ? AND channel = ?",
                                 [campaign, channel]).fetchone()[0]

    def deleted(self, delete: Callable[[Context, str], None], record_id: str) -> str:
        delete(self.a, record_id)
        return record_id


@dataclass(frozen=True)
class Op:
    name: str
    roles: str
    act: Callable[[Context, Bed, Any], Any]
    prep: Callable[[Bed], Any] = lambda b: None
    writes: bool = True


def _plan(b: Bed) -> str:
    job = b.job()
    interventions.plan(b.a, job, TUESDAY_9, 60, [b.w.anna])
    return job


def _import_file(b: Bed) -> Path:
    source = b.out.parent / "import.csv"
    source.write_text("first_name,last_name,email\nJean,Martin,jean.martin@example.org\n", encoding="utf-8")
    return source


def _photo(b: Bed) -> tuple[str, Path]:
    path = b.out.parent / "photo.png"
    path.write_bytes(_png())
    return b.job(), path


def _failed(b: Bed) -> str:
    campaign, _ = b.campaign()
    campaign_sends.mark_failed(b.a, b.send(campaign), "Mailbox full")
    return campaign


def _split(b: Bed) -> tuple[str, str]:
    campaign, person = b.campaign()
    call_lists.split(b.a, campaign, [b.a.user.id])
    return campaign, person


OPS: list[Op] = [
    # People and companies
    Op("people.create", "amst", lambda c, b, p: people.create(c, {"first_name": "Jean", "last_name": "Martin"})),
    Op("people.update", "amst", lambda c, b, p: people.update(c, b.w.person, {"city": "Huy"})),
    Op("people.delete", "ams", lambda c, b, p: people.delete(c, b.w.person)),
    Op("people.restore", "ams", lambda c, b, p: people.restore(c, p),
       lambda b: b.deleted(people.delete, b.w.person)),
    Op("merging.merge_people", "ams", lambda c, b, p: merging.merge_people(c, b.w.person, p),
       lambda b: people.create(b.a, {"first_name": "Marie", "last_name": "Dupont"}, allow_duplicate=True)),
    Op("companies.create", "amst", lambda c, b, p: companies.create(c, {"name": "Garage Leroy"})),
    Op("companies.update", "amst", lambda c, b, p: companies.update(c, b.w.company, {"city": "Huy"})),
    Op("companies.delete", "ams", lambda c, b, p: companies.delete(c, b.w.company)),
    Op("companies.restore", "ams", lambda c, b, p: companies.restore(c, p),
       lambda b: b.deleted(companies.delete, b.w.company)),
    Op("merging.merge_companies", "ams", lambda c, b, p: merging.merge_companies(c, b.w.company, p),
       lambda b: companies.create(b.a, {"name": "Boulangerie Dupont SA"}, allow_duplicate=True)),
    # History
    Op("history.log", "amst", lambda c, b, p: history.log(c, {"kind": "call", "subject": "Quote",
                                                              "person_id": b.w.person})),
    Op("history.delete", "ams", lambda c, b, p: history.delete(c, p),
       lambda b: history.log(b.a, {"kind": "call", "subject": "Quote", "person_id": b.w.person})),
    Op("history.restore", "ams", lambda c, b, p: history.restore(c, p),
       lambda b: b.deleted(history.delete, history.log(b.a, {"kind": "call", "subject": "Quote",
                                                             "person_id": b.w.person}))),
    # Tickets, their time and costs
    Op("tickets.open_ticket", "amst", lambda c, b, p: tickets.open_ticket(c, {"company_id": b.w.company,
                                                                              "subject": "Oven cold"})),
    Op("tickets.update", "amst", lambda c, b, p: tickets.update(c, p, {"subject": "Oven very cold"}),
       lambda b: b.ticket()),
    Op("tickets.set_status", "amst", lambda c, b, p: tickets.set_status(c, p, "waiting"), lambda b: b.ticket()),
    Op("tickets.assign", "amst", lambda c, b, p: tickets.assign(c, p, b.w.anna), lambda b: b.ticket()),
    Op("tickets.add_message", "amst", lambda c, b, p: tickets.add_message(c, p, "We come tomorrow"),
       lambda b: b.ticket()),
    Op("tickets.delete", "am", lambda c, b, p: tickets.delete(c, p), lambda b: b.ticket()),
    Op("tickets.restore", "ams", lambda c, b, p: tickets.restore(c, p),
       lambda b: b.deleted(tickets.delete, b.ticket())),
    Op("support_costs.log_time", "amst", lambda c, b, p: support_costs.log_time(c, p, {"minutes": 15}),
       lambda b: b.ticket()),
    Op("support_costs.delete_time", "ams", lambda c, b, p: support_costs.delete_time(c, p),
       lambda b: support_costs.log_time(b.a, b.ticket(), {"minutes": 15})),
    Op("support_costs.add_cost", "amst",
       lambda c, b, p: support_costs.add_cost(c, p, {"kind": "expense", "description": "Parking",
                                                     "unit_cost_cents": 350}), lambda b: b.ticket()),
    Op("support_costs.delete_cost", "ams", lambda c, b, p: support_costs.delete_cost(c, p),
       lambda b: support_costs.add_cost(b.a, b.ticket(), {"kind": "expense", "description": "Parking",
                                                           "unit_cost_cents": 350})),
    Op("support_costs.start_timer", "amst", lambda c, b, p: support_costs.start_timer(c, p), lambda b: b.ticket()),
    # Support levels, contracts and maintenance plans
    Op("contracts.create_level", "am", lambda c, b, p: contracts.create_level(c, {"name": "Silver"})),
    Op("contracts.update_level", "am", lambda c, b, p: contracts.update_level(c, p, {"name": "Platinum"}),
       lambda b: b.level()),
    Op("contracts.delete_level", "am", lambda c, b, p: contracts.delete_level(c, p), lambda b: b.level()),
    Op("contracts.create_contract", "am",
       lambda c, b, p: contracts.create_contract(c, {"company_id": b.w.company, "level_id": p,
                                                     "starts_on": "2026-01-01"}), lambda b: b.level()),
    Op("contracts.update_contract", "am",
       lambda c, b, p: contracts.update_contract(c, p, {"company_id": b.w.company, "ends_on": "2026-12-31",
                                                        "starts_on": "2026-01-01",
                                                        "level_id": contracts.contracts_of(
                                                            c.db, b.w.company, None)[0]["level_id"]}),
       lambda b: b.contract()),
    Op("contracts.delete_contract", "am", lambda c, b, p: contracts.delete_contract(c, p), lambda b: b.contract()),
    Op("maintenance.save_plan", "am",
       lambda c, b, p: maintenance.save_plan(c, {"contract_id": p, "subject": "Oven service", "every_months": 1,
                                                 "starts_on": "2026-03-01"}), lambda b: b.contract()),
    Op("maintenance.delete_plan", "am", lambda c, b, p: maintenance.delete_plan(c, p),
       lambda b: maintenance.save_plan(b.a, {"contract_id": b.contract(), "subject": "Oven service",
                                             "every_months": 1, "starts_on": "2026-03-01"})),
    # Visits of every plan, for any customer: office work (a technician's jobs would widen their scope).
    Op("maintenance.generate", "ams", lambda c, b, p: maintenance.generate(c),
       lambda b: maintenance.save_plan(b.a, {"contract_id": b.contract(), "subject": "Oven service",
                                             "every_months": 1, "starts_on": "2026-03-01"})),
    # Knowledge base
    Op("knowledge.create", "amst", lambda c, b, p: knowledge.create(c, {"title": "Oven reset",
                                                                        "solution": "Power cycle it"})),
    Op("knowledge.update", "amst",
       lambda c, b, p: knowledge.update(c, p, {"title": "Oven reset", "solution": "Unplug for a minute"}),
       lambda b: knowledge.create(b.a, {"title": "Oven reset", "solution": "Power cycle it"})),
    Op("knowledge.delete", "ams", lambda c, b, p: knowledge.delete(c, p),
       lambda b: knowledge.create(b.a, {"title": "Oven reset", "solution": "Power cycle it"})),
    Op("knowledge.apply", "amst", lambda c, b, p: knowledge.apply(c, p[0], article_id=p[1]),
       lambda b: (b.ticket(), knowledge.create(b.a, {"title": "Oven reset", "solution": "Power cycle it"}))),
    # Interventions (Anna is on them)
    # A technician makes a job for a customer of theirs (Anna is already on one at the bakery: ``b.job``).
    Op("interventions.create", "amst",
       lambda c, b, p: interventions.create(c, {"company_id": b.w.company, "subject": "Check", "kind": "visit"}),
       lambda b: b.job()),
    Op("interventions.create planned", "amst",
       lambda c, b, p: interventions.create(c, {"company_id": b.w.company, "subject": "Check", "kind": "visit",
                                                "planned_start": TUESDAY_9, "technician_ids": [b.w.anna]}),
       lambda b: b.job()),
    Op("interventions.update", "amst", lambda c, b, p: interventions.update(c, p, {"subject": "Oven and fan"}),
       lambda b: b.job()),
    Op("interventions.update of another's job", "ams",
       lambda c, b, p: interventions.update(c, p, {"subject": "Boiler"}), lambda b: b.job(technician=b.w.bert)),
    Op("interventions.plan", "amst", lambda c, b, p: interventions.plan(c, p, TUESDAY_9, 60, [b.w.anna]),
       lambda b: b.job()),
    Op("interventions.unplan", "amst", lambda c, b, p: interventions.unplan(c, p), _plan),
    Op("interventions.set_status", "amst", lambda c, b, p: interventions.set_status(c, p, "on_the_way"), _plan),
    Op("interventions.save_report", "amst",
       lambda c, b, p: interventions.save_report(c, p, {"work_done": "Replaced the fuse",
                                                        "parts_used": [(b.w.fuse, 1)]}), _plan),
    Op("interventions.sign", "amst", lambda c, b, p: interventions.sign(c, p, _png(), "Marie Dupont"), _plan),
    Op("interventions.add_photo", "amst", lambda c, b, p: interventions.add_photo(c, p[0], p[1]), _photo),
    Op("interventions.delete", "am", lambda c, b, p: interventions.delete(c, p), lambda b: b.job()),
    Op("interventions.restore", "ams", lambda c, b, p: interventions.restore(c, p),
       lambda b: b.deleted(interventions.delete, b.job())),
    # Technicians
    Op("technicians.save_profile", "am", lambda c, b, p: technicians.save_profile(c, b.w.bert, {"home_base": "Huy"})),
    Op("technicians.add_technician", "a", lambda c, b, p: technicians.add_technician(c, "Zoé Tech")),
    Op("technicians.add_absence", "am",
       lambda c, b, p: technicians.add_absence(c, b.w.bert, "2026-03-10T08:00:00Z", "2026-03-10T17:00:00Z")),
    Op("technicians.delete_absence", "am", lambda c, b, p: technicians.delete_absence(c, p),
       lambda b: technicians.add_absence(b.a, b.w.bert, "2026-03-10T08:00:00Z", "2026-03-10T17:00:00Z")),
    # Stock
    Op("stock.save_product", "ams", lambda c, b, p: stock.save_product(c, {"sku": "V-1", "name": "Valve",
                                                                          "is_part": True, "cost_cents": 100,
                                                                          "price_cents": 200})),
    Op("stock.save_location", "amst", lambda c, b, p: stock.save_location(c, {"name": "Shelf B",
                                                                              "kind": "warehouse"})),
    Op("stock.receive", "amst", lambda c, b, p: stock.receive(c, b.w.fuse, b.w.warehouse, 3)),
    Op("stock.transfer", "amst", lambda c, b, p: stock.transfer(c, b.w.fuse, b.w.warehouse, b.w.van_anna, 1)),
    Op("stock.use", "amst", lambda c, b, p: stock.use(c, b.w.fuse, b.w.van_anna, 1, p), lambda b: b.job()),
    Op("stock.give_back", "amst",
       lambda c, b, p: stock.give_back(c, b.w.fuse, b.w.warehouse, 1, from_location_id=b.w.van_anna)),
    Op("stock.correct", "amst", lambda c, b, p: stock.correct(c, b.w.fuse, b.w.van_anna, 4, "Counted")),
    Op("stock.set_minimum", "amst", lambda c, b, p: stock.set_minimum(c, b.w.van_anna, b.w.fuse, 2, 5)),
    Op("stock.load_van", "amst", lambda c, b, p: stock.load_van(c, b.w.anna, date(2026, 3, 3), b.w.warehouse),
       lambda b: b.job(planned=True, parts=[(b.w.pump, 7)])),
    # Sales and opportunities
    Op("sales.create", "amst", lambda c, b, p: sales.create(c, {"company_id": b.w.company, "sold_on": "2026-03-01"},
                                                            [{"product_id": b.w.fuse, "quantity": 1}])),
    Op("sales.update", "amst", lambda c, b, p: sales.update(c, p, {"note": "Paid cash"}),
       lambda b: sales.create(b.a, {"company_id": b.w.company, "sold_on": "2026-03-01"},
                              [{"product_id": b.w.fuse, "quantity": 1}])),
    Op("sales.delete", "am", lambda c, b, p: sales.delete(c, p),
       lambda b: sales.create(b.a, {"company_id": b.w.company, "sold_on": "2026-03-01"},
                              [{"product_id": b.w.fuse, "quantity": 1}])),
    Op("sales.restore", "ams", lambda c, b, p: sales.restore(c, p),
       lambda b: b.deleted(sales.delete, sales.create(b.a, {"company_id": b.w.company, "sold_on": "2026-03-01"},
                                                      [{"product_id": b.w.fuse, "quantity": 1}]))),
    Op("opportunities.create", "amst", lambda c, b, p: opportunities.create(c, {"title": "New oven",
                                                                                "company_id": b.w.company,
                                                                                "amount_cents": 500000})),
    Op("opportunities.update", "amst", lambda c, b, p: opportunities.update(c, p, {"title": "Two ovens"}),
       lambda b: opportunities.create(b.a, {"title": "New oven", "company_id": b.w.company})),
    Op("opportunities.move", "amst", lambda c, b, p: opportunities.move(c, p, "qualified"),
       lambda b: opportunities.create(b.a, {"title": "New oven", "company_id": b.w.company})),
    Op("opportunities.win", "amst", lambda c, b, p: opportunities.win(c, p),
       lambda b: opportunities.create(b.a, {"title": "New oven", "company_id": b.w.company,
                                            "amount_cents": 500000})),
    Op("opportunities.delete", "ams", lambda c, b, p: opportunities.delete(c, p),
       lambda b: opportunities.create(b.a, {"title": "New oven", "company_id": b.w.company})),
    # Leads
    Op("leads.create", "amst", lambda c, b, p: leads.create(c, {"person_id": b.w.person, "source": "web_form"})),
    Op("leads.update", "amst", lambda c, b, p: leads.update(c, p, {"notes": "Wants a quote"}),
       lambda b: leads.create(b.a, {"person_id": b.w.person, "source": "web_form"})),
    Op("leads.assign", "amst", lambda c, b, p: leads.assign(c, p, b.a.user.id),
       lambda b: leads.create(b.a, {"person_id": b.w.person, "source": "web_form"})),
    Op("leads.delete", "ams", lambda c, b, p: leads.delete(c, p),
       lambda b: leads.create(b.a, {"person_id": b.w.person, "source": "web_form"})),
    Op("lead_assignment.save_rules", "am",
       lambda c, b, p: lead_assignment.save_rules(c, [{"kind": "round_robin", "seller_ids": [b.a.user.id]}])),
    Op("lead_settings.save", "am", lambda c, b, p: save_lead_settings(c, LeadSettings(target_minutes=30))),
    # Tasks
    Op("tasks.create", "amst", lambda c, b, p: tasks.create(c, {"title": "Call back",
                                                                "due_at": "2026-03-02T12:00:00Z"})),
    Op("tasks.update", "amst", lambda c, b, p: tasks.update(c, p, {"title": "Call again"}),
       lambda b: tasks.create(b.a, {"title": "Call back", "due_at": "2026-03-02T12:00:00Z"})),
    Op("tasks.complete", "amst", lambda c, b, p: tasks.complete(c, p),
       lambda b: tasks.create(b.a, {"title": "Call back", "due_at": "2026-03-02T12:00:00Z"})),
    Op("tasks.delete", "ams", lambda c, b, p: tasks.delete(c, p),
       lambda b: tasks.create(b.a, {"title": "Call back", "due_at": "2026-03-02T12:00:00Z"})),
    # Segments and campaigns
    Op("segments.create", "ams", lambda c, b, p: segments.create(c, {"name": "Namur", "filter": {"tags": ["x"]}})),
    Op("segments.update", "ams", lambda c, b, p: segments.update(c, p, {"name": "Liège"}),
       lambda b: segments.create(b.a, {"name": "Namur", "filter": {"tags": ["x"]}})),
    Op("segments.delete", "ams", lambda c, b, p: segments.delete(c, p),
       lambda b: segments.create(b.a, {"name": "Namur", "filter": {"tags": ["x"]}})),
    Op("campaigns.create", "ams", lambda c, b, p: campaigns.create(c, {"name": "Calls", "channels": ["email"],
                                                                       "email_subject": "S", "email_body": "B"})),
    Op("campaigns.update", "ams", lambda c, b, p: campaigns.update(c, p[0], {"name": "Summer"}),
       lambda b: b.campaign(build=False)),
    Op("campaigns.delete", "ams", lambda c, b, p: campaigns.delete(c, p[0]), lambda b: b.campaign(build=False)),
    Op("campaigns.add_cost", "ams",
       lambda c, b, p: campaigns.add_cost(c, p[0], {"description": "Stamps", "amount_cents": 1234}),
       lambda b: b.campaign(build=False)),
    Op("campaigns.remove_cost", "ams", lambda c, b, p: campaigns.remove_cost(c, p),
       lambda b: campaigns.add_cost(b.a, b.campaign(build=False)[0], {"description": "Stamps",
                                                                      "amount_cents": 1234})),
    Op("campaign_members.build", "ams", lambda c, b, p: campaign_members.build(c, p[0]),
       lambda b: b.campaign(build=False)),
    Op("campaign_members.record_response", "ams",
       lambda c, b, p: campaign_members.record_response(c, p[0], p[1], "email", "Interested!"),
       lambda b: b.campaign()),
    Op("campaign_members.unsubscribe", "ams", lambda c, b, p: campaign_members.unsubscribe(c, p[1], "email", p[0]),
       lambda b: b.campaign()),
    Op("call_lists.split", "ams", lambda c, b, p: call_lists.split(c, p[0], [b.a.user.id]), lambda b: b.campaign()),
    Op("call_lists.log_call", "ams", lambda c, b, p: call_lists.log_call(c, p[0], p[1], "no-answer", ""), _split),
    Op("campaign_sends.mark_sent", "ams", lambda c, b, p: campaign_sends.mark_sent(c, b.send(p[0])),
       lambda b: b.campaign()),
    Op("campaign_sends.mark_failed", "ams", lambda c, b, p: campaign_sends.mark_failed(c, b.send(p[0]), "Full"),
       lambda b: b.campaign()),
    Op("campaign_sends.retry_failed", "ams", lambda c, b, p: campaign_sends.retry_failed(c, p, "email"), _failed),
    Op("sms_csv.export", "ams", lambda c, b, p: sms_csv.export(c, p[0], b.out / "sms.csv"), lambda b: b.campaign()),
    # Files
    Op("attachments.add_bytes", "amst",
       lambda c, b, p: attachments.add_bytes(c, "person", b.w.person, b"Quote accepted", "quote.txt")),
    Op("attachments.remove", "ams", lambda c, b, p: attachments.remove(c, p),
       lambda b: attachments.add_bytes(b.a, "person", b.w.person, b"Quote accepted", "quote.txt")),
    # Contacts in and out
    Op("contacts_csv.export_contacts", "ams", lambda c, b, p: contacts_csv.export_contacts(c, b.out / "c.csv")),
    Op("contacts_csv.import_contacts", "ams", lambda c, b, p: contacts_csv.import_contacts(c, p), _import_file),
    # Settings and saved reports
    Op("settings.save_business", "a",
       lambda c, b, p: save_business(c, replace(load_business(c.db), name="Boulangerie Lambert"))),
    Op("smtp_settings.save_smtp", "a",
       lambda c, b, p: save_smtp(c, replace(load_smtp(c.db), host="smtp.example.org",
                                   sender_address="shop@example.org"), b.out.parent / "l.json")),
    Op("support_settings.save_support", "a",
       lambda c, b, p: save_support(c, replace(load_support(c.db), holiday_country="FR"))),
    Op("saved_reports.save", "ams",
       lambda c, b, p: saved_reports.save(c, "Monthly", "support_costs", {"period": "last_month"})),
    Op("saved_reports.delete", "ams", lambda c, b, p: saved_reports.delete(c, p),
       lambda b: saved_reports.save(b.a, "Monthly", "support_costs", {"period": "last_month"})),
    Op("trash.restore", "ams", lambda c, b, p: trash.restore(c, "person", p),
       lambda b: b.deleted(people.delete, b.w.person)),
    # What a technician may open (core/access.py): the detail pages call these before showing a record
    Op("access.check_intervention (own)", "amst", lambda c, b, p: access.check_intervention(c, p),
       lambda b: b.job(), writes=False),
    Op("access.check_intervention (other)", "ams", lambda c, b, p: access.check_intervention(c, p),
       lambda b: b.job(technician=b.w.bert), writes=False),
    Op("access.check_company (own customer)", "amst", lambda c, b, p: access.check_company(c, b.w.company),
       lambda b: b.job(), writes=False),
    Op("access.check_person (own customer)", "amst", lambda c, b, p: access.check_person(c, b.w.person),
       lambda b: b.job(), writes=False),
    Op("access.check_company (other customer)", "ams", lambda c, b, p: access.check_company(c, p),
       lambda b: (b.job(), b.other_customer())[1], writes=False),
    Op("access.check_ticket (own customer)", "amst", lambda c, b, p: access.check_ticket(c, p[1]),
       lambda b: (b.job(), b.ticket()), writes=False),
    Op("access.check_ticket (other customer)", "ams", lambda c, b, p: access.check_ticket(c, p),
       lambda b: tickets.open_ticket(b.a, {"company_id": b.other_customer(), "subject": "Brakes"}), writes=False),
    Op("access.check_costs (own job)", "amst", lambda c, b, p: access.check_costs(c, p), lambda b: b.job(),
       writes=False),
    Op("access.check_costs (other job)", "ams", lambda c, b, p: access.check_costs(c, p),
       lambda b: b.job(technician=b.w.bert), writes=False),
]

#: The reports and exports given a database: the UI and the command line call require_report first.
REPORT_ROLES = {"management": "am", "profitability": "am", "retention": "am", "support_costs": "ams",
                "campaign_report": "ams", "labels": "ams", "letters": "ams", "icalendar": "ams",
                "contacts_csv": "ams", "sms_csv": "ams"}
OPS += [Op(f"report {name}", REPORT_ROLES[name], lambda c, b, p, name=name: require_report(c.user, name),
           writes=False) for name in REPORT_PERMS]

CASES = [(op, letter) for op in OPS for letter in "amst"]


def _snapshot(ctx: Context) -> dict[str, int]:
    tables = [r[0] for r in ctx.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'")]
    return {t: ctx.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _as(ctx: Context, world: FieldWorld, letter: str) -> Context:
    if letter == "a":
        return ctx
    if letter == "t":
        user = next(u for u in users.list_users(ctx.db) if u.id == world.anna)
    else:
        user = users.add_user(ctx.db, ctx.clock, f"{LETTERS[letter].value} user", LETTERS[letter])
    return Context(db=ctx.db, user=user, clock=ctx.clock, changes=ctx.changes)


def test_the_matrix_covers_every_operation_for_every_role(capsys: pytest.CaptureFixture[str]) -> None:
    names = [op.name for op in OPS]
    assert len(names) == len(set(names)) and len(OPS) >= 60
    assert set(REPORT_ROLES) == set(REPORT_PERMS)
    with capsys.disabled():
        print(f"\npermission matrix: {len(OPS)} operations x 4 roles = {len(CASES)} cases")


@pytest.mark.parametrize(("op", "letter"), CASES, ids=[f"{op.name}-{letter}" for op, letter in CASES])
def test_operation_as_role(ctx: Context, world: FieldWorld, tmp_path: Path, op: Op, letter: str) -> None:
    bed = Bed(ctx, world, tmp_path / "out")
    bed.out.mkdir()
    actor = _as(ctx, world, letter)
    prepared = op.prep(bed)
    before, changes = _snapshot(ctx), ctx.db.conn.total_changes
    if letter in op.roles:
        op.act(actor, bed, prepared)
        if op.writes:
            assert ctx.db.conn.total_changes > changes or any(bed.out.iterdir()), f"{op.name} wrote nothing"
    else:
        with pytest.raises(PermissionDenied):
            op.act(actor, bed, prepared)
        assert _snapshot(ctx) == before
        assert ctx.db.conn.total_changes == changes
        assert not any(bed.out.iterdir())
