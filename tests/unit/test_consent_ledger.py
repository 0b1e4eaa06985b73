"""The consent ledger: an entry for every consent given or withdrawn, from each way it can change."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.core import campaign_members, consent_ledger, people
from crm_desktop.core.context import Context
from crm_desktop.core.duplicates import DuplicateFound
from crm_desktop.db.connection import write_transaction
from crm_desktop.interchange.contacts_csv import import_contacts

GIVEN = {"status": "given", "date": "2026-01-10", "source": "Shop form, signed"}
TODAY = {"status": "given", "date": "2026-03-02", "source": "Counter"}


def test_the_person_form_logs_each_channel_that_changes(ctx: Context) -> None:
    pid = people.create(ctx, {"last_name": "Aubry", "consent": {"email": GIVEN, "sms": TODAY}})
    entries = consent_ledger.history(ctx.db, pid)
    assert [(e["channel"], e["status"], e["method"], e["proof"]) for e in entries] == [
        ("email", "given", "form", "Shop form, signed"), ("sms", "given", "form", "Counter")]
    # a consent of an earlier day is dated that (shop's) day, today's one now
    assert entries[0]["at"] == "2026-01-09T23:00:00.000Z"
    assert entries[1]["at"] == "2026-03-02T09:30:00.000Z"
    assert entries[0]["user_name"] == ctx.user.name

    ctx.clock.advance(days=1)
    people.update(ctx, pid, {"city": "Namur"})  # consent untouched: nothing logged
    assert len(consent_ledger.history(ctx.db, pid)) == 2
    people.update(ctx, pid, {"consent": {"email": {"status": "withdrawn", "date": "2026-03-03",
                                                   "source": "Phone call"}}})
    entries = consent_ledger.history(ctx.db, pid)
    assert [(e["channel"], e["status"], e["proof"]) for e in entries[2:]] == [
        ("email", "withdrawn", "Phone call"), ("sms", "withdrawn", None)]
    latest = consent_ledger.latest(ctx.db, pid)
    assert latest["email"]["status"] == latest["sms"]["status"] == "withdrawn"


def test_a_refused_person_leaves_no_ledger_entry(ctx: Context) -> None:
    people.create(ctx, {"last_name": "Aubry", "email": "a@example.be"})
    with pytest.raises(DuplicateFound):
        people.create(ctx, {"last_name": "Aubry", "email": "a@example.be", "consent": {"email": GIVEN}})
    assert ctx.db.execute("SELECT count(*) FROM consent_events").fetchone()[0] == 0


def test_an_unsubscribe_logs_the_withdrawal(ctx: Context) -> None:
    pid = people.create(ctx, {"last_name": "Baert", "email": "b@example.be", "consent": {"email": GIVEN}})
    ctx.clock.advance(hours=2)
    campaign_members.unsubscribe(ctx, pid, "email")
    last = consent_ledger.history(ctx.db, pid)[-1]
    assert (last["channel"], last["status"], last["method"], last["proof"]) == (
        "email", "withdrawn", "unsubscribe", "Unsubscribed")
    assert last["at"] == "2026-03-02T11:30:00.000Z"
    assert people.get(ctx, pid)["consent"]["email"]["status"] == "withdrawn"  # the summary follows


def test_imported_consents_are_reconciled_into_the_ledger(ctx: Context, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("first_name,last_name,email,consent.email,consent.post\n"
                      "Carl,Claes,carl@example.be,given; 2025-05-01; web form,\n"
                      "Dora,Dams,dora@example.be,,withdrawn; 2025-06-01; letter\n", encoding="utf-8")
    assert import_contacts(ctx, source).people_created == 2  # the import logs them itself
    with write_transaction(ctx.db):
        assert consent_ledger.reconcile(ctx) == 0  # nothing left to log
    rows = ctx.db.execute_returning_dicts(
        "SELECT p.last_name, e.channel, e.status, e.method, e.proof FROM consent_events e"
        " JOIN people p ON p.id = e.person_id ORDER BY p.last_name")
    assert [tuple(r.values()) for r in rows] == [("Claes", "email", "given", "import", "web form"),
                                                ("Dams", "post", "withdrawn", "import", "letter")]
