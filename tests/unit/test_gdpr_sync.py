"""An erased person stays erased: an old laptop's offline edits never bring the data back after a sync."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.core import gdpr, history, people
from tests.unit.sync_support import Node, assert_converged, exchange, join, origin
from tests.unit.test_gdpr import everywhere


@pytest.fixture
def pair(template_db: Path, tmp_path: Path):
    folder = tmp_path / "hub"
    folder.mkdir()
    a = origin(template_db, tmp_path)
    a.sync(folder)
    b = join(folder, tmp_path, "B")
    yield a, b, folder
    a.close()
    b.close()


def _person_and_note(a: Node, b: Node, folder: Path) -> tuple[str, str]:
    pid = people.create(a.ctx, {"first_name": "Solange", "last_name": "Verhaegen", "phone": "+32 81 11 22 33",
                                "email": "solange@example.be"})
    note = history.log(a.ctx, {"kind": "call", "occurred_at": a.ctx.now(), "person_id": pid,
                               "subject": "Call with Solange", "body": "Wants a visit"})
    exchange([a, b], folder, rounds=1)
    assert people.get(b.ctx, pid)["phone"] == "+3281112233"
    return pid, note


def _check_erased(node: Node, pid: str, note: str) -> None:
    person = people.get(node.ctx, pid)
    assert (person["first_name"], person["last_name"], person["phone"], person["email"]) == (
        None, gdpr.ERASED_NAME, None, None), node.name
    assert history.get(node.ctx, note)["subject"] == gdpr.ERASED_TEXT
    texts = node.db.execute("SELECT subject, body FROM history WHERE person_id = ?", [pid]).fetchall()
    assert all(subject == gdpr.ERASED_TEXT for subject, _body in texts), texts
    for needle in ("Solange", "Verhaegen", "3281112233", "3281999999", "Offline call", "solange@example"):
        assert everywhere(node.ctx, needle) == [], (node.name, needle)


def test_offline_edits_of_an_erased_person_stay_anonymised_on_both_machines(pair) -> None:
    a, b, folder = pair
    pid, note = _person_and_note(a, b, folder)
    # B (a laptop, offline) changes the phone, rewrites the note and logs a new call with the name in it
    b.ctx.clock.advance(hours=3)  # B's edits are later than the erasure: a newest-wins merge would keep them
    people.update(b.ctx, pid, {"phone": "+32 81 99 99 99", "first_name": "Solange"})
    b.db.execute("UPDATE history SET body = 'Offline call: Solange wants it Friday' WHERE id = ?", [note])
    history.log(b.ctx, {"kind": "call", "occurred_at": b.ctx.now(), "person_id": pid,
                        "subject": "Offline call with Solange Verhaegen", "body": "at +32 81 99 99 99"})
    # meanwhile A erases the person
    a.ctx.clock.advance(hours=1)
    gdpr.erase_person(a.ctx, pid, "Asked by e-mail")

    exchange([a, b], folder, rounds=2)
    for node in (a, b):
        _check_erased(node, pid, note)
        assert gdpr.is_erased(node.db, pid)
    assert_converged([a, b])

    # later syncs write nothing more: the guard is quiet once everything is anonymised
    seqs = (a.seq, b.seq)
    exchange([a, b], folder, rounds=1)
    assert (a.seq, b.seq) == seqs


def test_erasure_reaching_a_machine_that_edited_first(pair) -> None:
    """B edits and syncs before A's erasure arrives; then the erasure syncs: B anonymises its own copy."""
    a, b, folder = pair
    pid, note = _person_and_note(a, b, folder)
    gdpr.erase_person(a.ctx, pid, "Asked")
    a.sync(folder)
    b.ctx.clock.advance(hours=5)
    people.update(b.ctx, pid, {"mobile": "+32 81 99 99 99"})
    b.sync(folder)  # B receives the erasure after its own edit
    _check_erased(b, pid, note)
    exchange([a, b], folder, rounds=2)
    _check_erased(a, pid, note)
    assert_converged([a, b])
