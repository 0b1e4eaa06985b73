"""The campaign from end to end, as a user does it: a segment built by clicking criteria, an e-mail campaign
on it sent to a real local SMTP server, a reply that opens an opportunity, the deal won, and the campaign's
return seen to change on its Results tab."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from crm_desktop.core import campaign_sends, campaigns, history, opportunities, segments
from crm_desktop.core.context import Context
from crm_desktop.core.smtp_settings import save_smtp
from crm_desktop.ui.campaign_results_panel import percent_text
from crm_desktop.ui.campaign_setup import CostDialog, SegmentDialog
from crm_desktop.ui.response_dialog import ResponseDialog
from crm_desktop.ui.support_format import money_text
from tests.gui.test_campaigns_view import make_audience, save_shot, shown_window
from tests.smtp_server import LocalSmtp, running


@pytest.fixture
def smtp() -> Iterator[LocalSmtp]:
    yield from running()


def test_a_campaign_from_segment_to_return(qtbot: QtBot, ctx: Context, smtp: LocalSmtp) -> None:
    audience = make_audience(ctx)
    save_smtp(ctx, smtp.settings())
    window = shown_window(qtbot, ctx, None)

    # The campaign's texts, on the e-mail channel.
    qtbot.keyClicks(window.form.editor("name"), "Spring boiler check")
    qtbot.mouseClick(window.setup.channels.boxes["email"], Qt.MouseButton.LeftButton)
    subject = window.form.editor("email_subject")
    qtbot.mouseClick(subject, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(subject, "A boiler check for you, ")
    window.setup.pickers["email"].insert("first_name")
    body = window.form.editor("email_body")
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(body, "Dear ")
    window.setup.pickers["email"].insert("full_name")
    qtbot.keyClicks(body, ",")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "spring is the time to have your boiler checked.")

    # A new segment, built by clicking its criteria: customers who agreed to e-mails.
    dialog = window.setup.segment.new_segment()
    assert isinstance(dialog, SegmentDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Customers by e-mail")
    qtbot.mouseClick(dialog.editor.fields["stages"].boxes["customer"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.editor.fields["consent"].boxes["email"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.editor.pending() and dialog.editor.count_text() == "3 people")
    save_shot(dialog, "flow-segment")
    with qtbot.waitSignal(dialog.saved) as made:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    segment_id = made.args[0]
    assert segments.get(ctx.db, segment_id)["filter"] == {"stages": ["customer"], "consent": ["email"]}
    assert window.setup.segment.value() == segment_id
    assert window.setup.segment.count_label.text().startswith("3 people in this segment now")

    assert window.save()
    campaign_id = window.record_id
    assert campaign_id is not None
    saved = campaigns.get(ctx.db, campaign_id)
    assert saved["email_subject"] == "A boiler check for you, {first_name}"
    assert saved["email_body"] == "Dear {full_name},\nspring is the time to have your boiler checked."

    # A cost, so that the return is a number.
    cost = window.setup.costs.add_cost()
    assert isinstance(cost, CostDialog)
    qtbot.keyClicks(cost.form.editor("description"), "Newsletter design")
    cost.form.editor("amount_cents").line.setText("50.00")
    cost.save_button.click()
    assert window.setup.costs.table.rowCount() == 1

    # The members: Marie and Anne by e-mail; Luc agreed but has no address; Jean never agreed (not in the segment).
    window.show_tab("members")
    qtbot.mouseClick(window.members.build_button, Qt.MouseButton.LeftButton)
    assert "E-mail: 2 reached, 1 left out (No e-mail address: 1)" in window.members.summary.text()

    # Sent to the local SMTP server from the Send tab, in a worker thread.
    window.show_tab("send")
    send = window.send_panel
    assert send.send_button.isEnabled()
    with qtbot.waitSignal(send.email_finished, timeout=30_000) as finished:
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report.sent == 2 and report.failed == 0 and report.stopped_reason is None
    assert send.boxes["email"].outcome.text() == "2 e-mails sent."
    received = {r.rcpt_tos[0]: r.message for r in smtp.received}
    assert set(received) == {"marie.dupont@example.be", "anne.zimmer@example.be"}
    marie_mail = received["marie.dupont@example.be"]
    assert marie_mail["Subject"] == "A boiler check for you, Marie"
    text = marie_mail.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert text.startswith("Dear Marie Dupont,\nspring is the time to have your boiler checked.")
    assert "reply STOP" in text  # the unsubscribe line
    assert received["anne.zimmer@example.be"]["Subject"] == "A boiler check for you, Anne"
    assert campaign_sends.counts(ctx.db, campaign_id)["email"] == {"sent": 2, "excluded": 1}
    qtbot.waitUntil(lambda: send.boxes["email"].counts.text() == "Sent: 2 · Left out: 1")
    save_shot(window, "flow-send")

    # The results before any sale: a cost and no return yet.
    window.show_tab("results")
    results = window.results
    qtbot.waitUntil(lambda: results.figure_text("sent") == "2")
    assert results.figure_text("cost") == money_text(5000, "EUR")
    assert results.figure_text("roi") == percent_text(-1.0)

    # Marie replies; the reply opens an opportunity.
    window.show_tab("members")
    members = window.members
    marie_row = next(r for r in range(members.model.rowCount())
                     if members.model.index(r, 0).data() == "Marie Dupont")
    members.table.selectRow(marie_row)
    reply = members.record_response()
    assert isinstance(reply, ResponseDialog)
    qtbot.waitExposed(reply)
    qtbot.keyClicks(reply.text, "Yes please, and I am thinking of a new boiler.")
    choice = reply.create_choice.buttons["opportunity"]
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))  # on its circle
    assert choice.isChecked() and reply.amount.isVisibleTo(reply)
    qtbot.keyClicks(reply.title, "New boiler for Marie")
    reply.amount.line.setText("1500.00")
    with qtbot.waitSignal(reply.recorded) as recorded:
        qtbot.mouseClick(reply.record_button, Qt.MouseButton.LeftButton)
    opportunity_id = recorded.args[0]["opportunity_id"]
    deal = opportunities.get(ctx.db, opportunity_id)
    assert deal["campaign_id"] == campaign_id and deal["amount_cents"] == 150000 and deal["stage"] == "new"
    assert reply.open_button.text() == "Open the opportunity"
    with qtbot.waitSignal(window.open_record) as opened:
        qtbot.mouseClick(reply.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["opportunity", opportunity_id]
    entry = history.get(ctx, recorded.args[0]["history_id"])
    assert entry["person_id"] == audience.marie and entry["subject"] == "Reply to campaign Spring boiler check"

    # The deal is won: a sale linked to the campaign, and the return changes on the Results tab.
    window.show_tab("results")
    qtbot.waitUntil(lambda: results.figure_text("responded") == "1")
    assert results.figure_text("revenue") == money_text(0, "EUR")
    opportunities.win(ctx, opportunity_id)
    qtbot.waitUntil(lambda: results.figure_text("revenue") == money_text(150000, "EUR"))
    assert results.figure_text("converted") == "1"
    assert results.figure_text("margin") == money_text(150000, "EUR")
    assert results.figure_text("roi") == percent_text((150000 - 5000) / 5000)
    assert results.figure_text("cost_per_response") == money_text(5000, "EUR")
    save_shot(window, "flow-results")
