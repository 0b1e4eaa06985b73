"""SMS export: the gateway file read back, sends marked sent, atomic writing, rights."""

from __future__ import annotations

import csv

import pytest

from crm_desktop.core import campaign_members, campaign_sends, people, records
from crm_desktop.core.campaign_choices import NO_PHONE
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, PermissionDenied
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from crm_desktop.interchange import sms_csv
from tests.unit.test_campaigns import ALL_CONSENT, campaign, person, segment


@pytest.fixture
def sms(ctx):
    seg = segment(ctx)
    ids = {
        "anne": person(ctx, "Anne", "Aubry", ALL_CONSENT, mobile="0470 12 34 56", phone="081 22 33 44"),
        "bob": person(ctx, "Bob", "Baert", ALL_CONSENT, phone="+32 81 99 88 77"),
        "zoe": person(ctx, "Zoé", "Zeller", ALL_CONSENT, mobile="+33 6 12 34 56 78"),
        "carl": person(ctx, "Carl", "Claes", {}, mobile="+32 475 11 22 33"),
    }
    cid = campaign(ctx, seg, channels=("sms",), sms_text="Bonjour {first_name}, -10% chez nous « {last_name} »!")
    campaign_members.build(ctx, cid)
    return cid, ids


def _read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_export_writes_one_row_per_pending_sms_and_marks_them_sent(ctx, sms, tmp_path):
    cid, ids = sms
    out = tmp_path / "out"
    out.mkdir()
    target = out / "sms.csv"
    assert sms_csv.export(ctx, cid, target) == 3
    rows = _read(target)
    assert rows[0] == ["phone", "message", "person_id"]
    assert rows[1:] == [
        ["+32470123456", "Bonjour Anne, -10% chez nous « Aubry »!", ids["anne"]],
        ["+3281998877", "Bonjour Bob, -10% chez nous « Baert »!", ids["bob"]],  # a landline: the gateway decides
        ["+33612345678", "Bonjour Zoé, -10% chez nous « Zeller »!", ids["zoe"]],
    ]
    assert target.read_bytes().startswith(b"phone,")  # no byte-order mark
    send = records.fetch(ctx.db, "campaign_sends", campaign_sends.send_id(cid, ids["anne"], "sms"))
    assert (send["status"], send["address"], send["sent_at"]) == ("sent", "+32470123456", "2026-03-02T09:30:00.000Z")
    assert campaign_sends.counts(ctx.db, cid)["sms"] == {"sent": 3, "excluded": 1}
    assert [p.name for p in out.iterdir()] == ["sms.csv"]  # no temporary file left
    # A second export has nothing left to send.
    assert sms_csv.export(ctx, cid, target) == 0
    assert _read(target) == [["phone", "message", "person_id"]]


def test_a_number_removed_since_the_build_fails_that_send(ctx, sms, tmp_path):
    cid, ids = sms
    people.update(ctx, ids["bob"], {"phone": ""})
    assert sms_csv.export(ctx, cid, tmp_path / "sms.csv") == 2
    send = records.fetch(ctx.db, "campaign_sends", campaign_sends.send_id(cid, ids["bob"], "sms"))
    assert (send["status"], send["reason"]) == ("failed", NO_PHONE)


def test_an_unwritable_target_marks_nothing(ctx, sms, tmp_path):
    cid, _ids = sms
    with pytest.raises(CrmError):
        sms_csv.export(ctx, cid, tmp_path / "missing-folder" / "sms.csv")
    assert campaign_sends.counts(ctx.db, cid)["sms"] == {"pending": 3, "excluded": 1}
    folder = tmp_path / "is-a-folder"
    folder.mkdir()
    (folder / "inside").write_text("x")
    with pytest.raises(CrmError):
        sms_csv.export(ctx, cid, folder)  # the rename onto a folder fails
    assert sorted(p.name for p in folder.iterdir()) == ["inside"]
    assert campaign_sends.counts(ctx.db, cid)["sms"]["pending"] == 3


def test_technicians_may_not_export(ctx, sms, tmp_path):
    cid, _ids = sms
    tech = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, "Tom Tech", Role.TECHNICIAN), clock=ctx.clock)
    with pytest.raises(PermissionDenied):
        sms_csv.export(tech, cid, tmp_path / "sms.csv")
    assert not (tmp_path / "sms.csv").exists()
