"""My day: a technician's jobs of the day in order as cards, what to load, the big status buttons,
keyboard moves, and the day and technician choosers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.core import history, interventions, tickets, users
from crm_desktop.core.context import Context
from crm_desktop.ui.my_day_view import MyDayView
from tests.field_setup import FieldWorld, shown

# The fixed clock is Monday 2 March 2026 09:30 UTC (10:30 in Brussels).


@pytest.fixture
def day_jobs(ctx: Context, world: FieldWorld) -> list[str]:
    """Anna's three jobs of the day (made out of order), one of Bert's, and one of Anna's tomorrow."""
    def job(subject: str, start: str, techs: list[str], **values: object) -> str:
        return interventions.create(ctx, {"company_id": world.company, "person_id": world.person,
                                          "subject": subject, "planned_start": start, "duration_minutes": 60,
                                          "technician_ids": techs, **values})

    afternoon = job("Check the cold room", "2026-03-02T13:30:00Z", [world.anna], kind="maintenance")
    morning = job("Oven does not heat", "2026-03-02T10:00:00Z", [world.anna], parts=[(world.fuse, 2)],
                  site_contact="Marie Dupont", site_phone="+32 81 22 33 44", instructions="Back door")
    noon = job("Install the new pump", "2026-03-02T11:30:00Z", [world.anna, world.bert],
               parts=[(world.pump, 6)], kind="installation")
    job("Boiler service", "2026-03-02T12:00:00Z", [world.bert])
    job("Tomorrow's job", "2026-03-03T08:00:00Z", [world.anna])
    return [morning, noon, afternoon]


def open_view(qtbot: QtBot, ctx: Context) -> MyDayView:
    return shown(qtbot, MyDayView(ctx), (1280, 900))


def test_the_days_jobs_in_order_with_what_to_bring(
        qtbot: QtBot, ctx: Context, world: FieldWorld, day_jobs: list[str]) -> None:
    ticket = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Oven error E4"})
    history.log(ctx, {"kind": "visit", "subject": "Measured the kitchen", "company_id": world.company,
                      "occurred_at": "2026-02-20T10:00:00Z"})
    history.log(ctx, {"kind": "call", "direction": "in", "subject": "Asked for a visit", "company_id": world.company})
    history.log(ctx, {"kind": "email", "direction": "out", "subject": "Visit confirmed", "company_id": world.company})
    view = open_view(qtbot, ctx)
    assert view.technician_id() == world.anna  # the admin is no technician: the first one
    assert view.day().isoformat() == "2026-03-02"
    assert [card.intervention_id for card in view.cards] == day_jobs
    first, second, third = view.cards

    def hm(hour: int, minute: int) -> str:
        return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)

    assert first.time_label.text() == f"{hm(11, 0)}\u2013{hm(12, 0)}"  # Brussels time
    assert [c.time_label.text().split("\u2013")[0] for c in view.cards] == [hm(11, 0), hm(12, 30), hm(14, 30)]
    assert first.customer_label.text() == "Marie Dupont (Boulangerie Dupont)"
    assert first.address_label.text() == "Rue Haute 5, 5000 Namur"
    assert "Marie Dupont · 081 22 33 44" in first.contact_label.text()  # dialled as in Belgium
    assert "2 × Fuse 10 A" in first.bring_label.text() and "in the van (5)" in first.bring_label.text()
    assert "only 5 in the van" in second.bring_label.text()
    assert any("With:</b> Bert Tech" in label.text() for label in second.findChildren(QLabel))
    assert third.data.parts == [] and "nothing listed" in third.bring_label.text()
    assert tickets.get(ctx.db, ticket)["number"] in first.tickets_label.text()
    # The last three lines of what happened (the jobs planned ahead, this one included, are left out).
    lately = first.history_label.text()
    assert "Visit confirmed" in lately and "Asked for a visit" in lately and "Oven error E4" in lately
    assert "Measured the kitchen" not in lately and "Intervention" not in lately
    assert lately.count("<br/>") == 3
    # What to load: the pump is short by one.
    assert "6 × Circulation pump" in view.load_label.text() and "load 1 (the van has 5)" in view.load_label.text()
    # Touch sizes.
    for card in view.cards:
        for button in (card.way_button, card.site_button, card.report_button, card.copy_button):
            assert button.height() >= 40


def test_on_the_way_changes_the_status_and_report_opens_the_report(
        qtbot: QtBot, ctx: Context, day_jobs: list[str]) -> None:
    view = open_view(qtbot, ctx)
    first = view.cards[0]
    qtbot.mouseClick(first.way_button, Qt.MouseButton.LeftButton)
    assert interventions.get(ctx.db, day_jobs[0])["status"] == "on_the_way"
    qtbot.waitUntil(lambda: view.cards[0].status_label.text() == "On the way")
    assert not view.cards[0].way_button.isEnabled() and view.cards[0].site_button.isEnabled()
    qtbot.mouseClick(view.cards[0].site_button, Qt.MouseButton.LeftButton)
    row = interventions.get(ctx.db, day_jobs[0])
    assert row["status"] == "on_site" and row["arrived_at"] == "2026-03-02T09:30:00.000Z"
    qtbot.waitUntil(lambda: view.cards[0].status_label.text() == "On site")
    with qtbot.waitSignal(view.open_intervention) as opened:
        qtbot.mouseClick(view.cards[0].report_button, Qt.MouseButton.LeftButton)
    assert opened.args == [day_jobs[0], "report"]


def test_a_refused_move_is_said_on_the_card(qtbot: QtBot, ctx: Context, day_jobs: list[str]) -> None:
    view = open_view(qtbot, ctx)
    # The office cancels the job just before the technician presses "On the way" (the card is not read again yet).
    interventions.set_status(ctx, day_jobs[1], "cancelled")
    assert not view.set_status(day_jobs[1], "on_the_way")
    message = view.cards[1].message
    assert message.isVisible() and message.text() == "An intervention that is Cancelled cannot become On the way."
    qtbot.waitUntil(lambda: len(view.cards) == 2)  # then the cancelled job leaves the day


def test_keyboard_moves_between_cards_and_enter_opens(qtbot: QtBot, ctx: Context, day_jobs: list[str]) -> None:
    view = open_view(qtbot, ctx)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.select(0)
    assert view.current == 0 and view.cards[0].hasFocus()
    qtbot.keyClick(view.cards[0], Qt.Key.Key_Down)
    assert view.current == 1 and view.cards[1].hasFocus()
    qtbot.keyClick(view.cards[1], Qt.Key.Key_Down)
    qtbot.keyClick(view.cards[2], Qt.Key.Key_Down)  # stays on the last
    assert view.current == 2
    qtbot.keyClick(view.cards[2], Qt.Key.Key_Up)
    assert view.current == 1
    # From a button of the card too (focusing it makes its card current); Enter presses a button.
    view.cards[2].report_button.setFocus()
    assert view.current == 2
    qtbot.keyClick(view.cards[2].report_button, Qt.Key.Key_Up)
    qtbot.keyClick(view.cards[1], Qt.Key.Key_Up)
    assert view.current == 0
    view.cards[1].report_button.setFocus()
    with qtbot.waitSignal(view.open_intervention) as opened:
        qtbot.keyClick(view.cards[1].report_button, Qt.Key.Key_Return)
    assert opened.args == [day_jobs[1], "report"]
    with qtbot.waitSignal(view.open_intervention) as opened:
        qtbot.keyClick(view.cards[0], Qt.Key.Key_Return)
    assert opened.args == [day_jobs[0], "job"]
    # The current card stays current when the day is read again.
    view.select(2)
    interventions.set_status(ctx, day_jobs[0], "on_the_way")
    qtbot.waitUntil(lambda: view.cards[0].status_label.text() == "On the way")
    assert view.current == 2 and view.cards[2].hasFocus()


def test_days_technicians_and_copy_address(
        qtbot: QtBot, ctx: Context, world: FieldWorld, day_jobs: list[str]) -> None:
    view = open_view(qtbot, ctx)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.day().isoformat() == "2026-03-03"
    assert [c.data.row["subject"] for c in view.cards] == ["Tomorrow's job"]
    assert "Nothing to bring" in view.load_label.text()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.cards == [] and view.empty.isVisible() and "No jobs planned for Anna Tech" in view.empty.text()
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert len(view.cards) == 3
    view.set_technician(world.bert)
    assert [c.data.row["subject"] for c in view.cards] == ["Install the new pump", "Boiler service"]
    assert any("Anna Tech" in label.text() for label in view.cards[0].findChildren(QLabel))
    qtbot.mouseClick(view.cards[0].copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Rue Haute 5, 5000 Namur, BE"
    assert view.cards[0].copy_button.text() == "Copied ✓"


def test_a_technician_sees_their_own_day(qtbot: QtBot, ctx: Context, world: FieldWorld, day_jobs: list[str]) -> None:
    bert = Context(db=ctx.db, user=users.get_user(ctx.db, world.bert), clock=ctx.clock, changes=ctx.changes)
    view = open_view(qtbot, bert)
    assert view.technician_id() == world.bert
    assert len(view.cards) == 2
    qtbot.mouseClick(view.cards[1].way_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.cards[1].status_label.text() == "On the way")


def test_no_technician_says_what_to_do(qtbot: QtBot, ctx: Context) -> None:
    view = open_view(qtbot, ctx)
    assert view.technician_id() is None
    assert view.empty.isVisible() and "technician role" in view.empty.text()
