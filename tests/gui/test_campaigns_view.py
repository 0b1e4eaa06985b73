"""The Campaigns area: the list of campaigns, a campaign's page (setup with its field messages, members
built with the people left out and why, the Send tab's documents and files) and the reply and call dialogs."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.core import campaign_members, campaigns, people, segments, tasks, users
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.smtp_settings import SmtpSettings, save_smtp
from crm_desktop.reports.pdf_read import page_count, page_texts
from crm_desktop.ui.call_list_dialog import CallListDialog
from crm_desktop.ui.campaign_members_panel import UnsubscribeDialog
from crm_desktop.ui.campaign_setup import CostDialog
from crm_desktop.ui.campaign_window import CampaignWindow
from crm_desktop.ui.campaigns_view import CampaignsView
from crm_desktop.ui.i18n import render
from crm_desktop.ui.pdf_preview import PdfPreviewDialog
from crm_desktop.ui.response_dialog import ResponseDialog
from crm_desktop.ui.settings_dialog import SettingsDialog
from tests.smtp_server import HOST, free_port

GIVEN = {"status": "given", "date": "2026-01-15", "source": "shop form"}
#: Where the tests save what each screen looks like, when asked (CRM_TEST_SHOTS=folder).
SHOTS = os.environ.get("CRM_TEST_SHOTS", "")


@dataclass
class Audience:
    """People made for the campaign tests and the segment of the customers among them."""

    marie: str  # customer, consent on every channel, full addresses
    jean: str  # customer, no consent at all
    luc: str  # customer, consent by e-mail and post, but no e-mail address
    anne: str  # customer, e-mail only
    sofie: str  # a prospect: not in the segment
    segment: str


def make_audience(ctx: Context) -> Audience:
    every = {channel: GIVEN for channel in ("email", "post", "phone", "sms")}

    def person(first: str, last: str, stage: str, consent: dict, **more: str) -> str:
        return people.create(ctx, {"first_name": first, "last_name": last, "stage": stage, "consent": consent,
                                   **more})

    marie = person("Marie", "Dupont", "customer", every, email="marie.dupont@example.be", street="Rue Haute 5",
                   postcode="5000", city="Namur", country="BE", phone="+32 81 22 33 44", mobile="+32 470 12 34 56")
    jean = person("Jean", "Martin", "customer", {}, email="jean.martin@example.be", street="Rue Basse 1",
                  postcode="4000", city="Liège", country="BE")
    luc = person("Luc", "Lambert", "customer", {"email": GIVEN, "post": GIVEN}, street="Place 3", postcode="5000",
                 city="Namur", country="BE")
    anne = person("Anne", "Zimmer", "customer", {"email": GIVEN}, email="anne.zimmer@example.be")
    sofie = person("Sofie", "Peeters", "prospect", every, email="sofie@example.be")
    segment = segments.create(ctx, {"name": "Our customers", "filter": {"stages": ["customer"]}})
    return Audience(marie, jean, luc, anne, sofie, segment)


def make_campaign(ctx: Context, audience: Audience, channels: list[str], **more: str) -> str:
    values = {"name": "Spring boiler check", "channels": channels, "segment_id": audience.segment,
              "email_subject": "Hello {first_name}", "email_body": "Dear {first_name},\nTime for the boiler check.",
              "letter_body": "Dear {full_name},\nTime for the boiler check.", "sms_text": "Hi {first_name}!",
              "call_script": "Ask {first_name} about the boiler.", **more}
    return campaigns.create(ctx, values)


@pytest.fixture
def audience(ctx: Context) -> Audience:
    return make_audience(ctx)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, str]]:
    """The PDF previews opened (window title, pages, text), without blocking."""
    shown: list[tuple[str, int, str]] = []

    def fake_exec(self: PdfPreviewDialog) -> int:
        shown.append((self.windowTitle(), page_count(self.path), "\n".join(page_texts(self.path))))
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    return shown


def shown_window(qtbot: QtBot, ctx: Context, campaign_id: str | None) -> CampaignWindow:
    window = CampaignWindow(ctx, campaign_id)
    qtbot.addWidget(window)
    window.resize(1200, 820)
    window.show()
    qtbot.waitExposed(window)
    return window


def save_shot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def test_a_new_campaign_shows_its_field_errors_then_saves(qtbot: QtBot, ctx: Context, audience: Audience) -> None:
    window = shown_window(qtbot, ctx, None)
    assert window.windowTitle() == "New campaign" and not window.tabs.isTabEnabled(1)
    assert not window.setup.sections["email"].parentWidget().isVisibleTo(window)
    assert not window.save()
    assert window.form.error_text("name") == "Give the campaign a name."
    assert window.form.error_text("channels") == "Choose at least one channel."

    qtbot.keyClicks(window.form.editor("name"), "Spring boiler check")
    window.setup.channels.boxes["email"].click()
    window.setup.channels.boxes["sms"].click()
    assert window.setup.sections["email"].parentWidget().isVisibleTo(window)
    assert not window.setup.sections["letter"].parentWidget().isVisibleTo(window)
    subject = window.form.editor("email_subject")
    qtbot.mouseClick(subject, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(subject, "Hello ")
    window.setup.pickers["email"].insert("first_name")
    body = window.form.editor("email_body")
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(body, "Dear {frist_name}")
    sms = window.form.editor("sms_text")
    qtbot.keyClicks(sms, "x" * 170)
    assert sms.counter.text() == "170 / 480 characters · 2 SMS"
    assert not window.save()
    assert window.form.error_text("email_body") == "Unknown merge fields: {frist_name}."
    assert window.form.error_text("name") == "" and window.record_id is None

    body.clear()
    qtbot.keyClicks(body, "Dear ")
    window.setup.pickers["email"].insert("first_name")
    assert window.form.editor("email_subject").text() == "Hello {first_name}"
    segment = window.setup.segment
    segment.combo.setCurrentIndex(segment.combo.findData(audience.segment))
    segment.combo.activated.emit(segment.combo.currentIndex())
    assert segment.count_label.text().startswith("4 people in this segment now")
    window.form.editor("budget_cents").line.setText("250.00")
    assert window.save()
    saved = campaigns.get(ctx.db, window.record_id)
    assert saved["name"] == "Spring boiler check" and saved["channels"] == ["email", "sms"]
    assert saved["email_subject"] == "Hello {first_name}" and saved["email_body"] == "Dear {first_name}"
    assert saved["budget_cents"] == 25000 and saved["segment_id"] == audience.segment and saved["status"] == "draft"
    assert window.tabs.isTabEnabled(1) and window.windowTitle() == "Spring boiler check"
    assert window.status_buttons["running"].isVisibleTo(window)

    cost = window.setup.costs.add_cost()
    assert isinstance(cost, CostDialog)
    assert not cost.save() and cost.form.error_text("description") == "Say what was paid for."
    qtbot.keyClicks(cost.form.editor("description"), "SMS credits")
    cost.form.editor("amount_cents").line.setText("40.00")
    assert cost.save()
    assert window.setup.costs.table.rowCount() == 1
    assert window.setup.costs.total_label.text() == "Spent 40.00\u00a0EUR of a budget of 250.00\u00a0EUR"
    save_shot(window, "setup")


def test_building_the_members_shows_who_is_left_out_and_why(qtbot: QtBot, ctx: Context, audience: Audience) -> None:
    campaign = make_campaign(ctx, audience, ["email", "letter"])
    window = shown_window(qtbot, ctx, campaign)
    window.show_tab("members")
    panel = window.members
    tester = QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert panel.summary.text() == "Nobody is on the list yet." and panel.pages.currentIndex() == 1
    qtbot.mouseClick(panel.build_button, Qt.MouseButton.LeftButton)
    summary = panel.summary.text()
    assert "<b>4 people targeted</b>" in summary
    assert ("E-mail: 2 reached, 2 left out (No consent for this channel: 1, No e-mail address: 1)" in summary)
    assert "Letter: 2 reached, 2 left out (No consent for this channel: 2)" in summary
    assert panel.model.rowCount() == 4 and panel.count_label.text() == "4 members"
    assert panel.model.headers() == ["Name", "Company", "E-mail", "Letter", "Reply", "Caller", "Last call"]
    texts = {panel.model.index(r, 0).data(): panel.model.index(r, 2).data() for r in range(4)}
    assert texts == {"Marie Dupont": "To send", "Jean Martin": "Left out: No consent for this channel",
                     "Luc Lambert": "Left out: No e-mail address", "Anne Zimmer": "To send"}
    assert campaigns.get(ctx.db, campaign)["status"] == "running"
    assert window.badge.text() == "Running" and window.status_buttons["done"].isVisibleTo(window)

    panel.status.setCurrentIndex(panel.status.findData("excluded"))
    assert panel.model.rowCount() == 3  # Jean on both channels, Luc by e-mail, Anne by letter
    panel.search.setText("lambert")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 0).data() == "Luc Lambert"
    panel.search.clear()
    panel.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    save_shot(window, "members")

    panel.table.selectRow(0)  # Marie (by last name: Dupont, Lambert, Martin, Zimmer)
    dialog = panel.unsubscribe()
    assert isinstance(dialog, UnsubscribeDialog)
    dialog.channel.set_value("email")
    assert dialog.unsubscribe() and dialog.left_out == 1
    assert people.get(ctx, audience.marie)["consent"]["email"]["status"] == "withdrawn"
    qtbot.waitUntil(lambda: "E-mail: 1 reached, 3 left out" in panel.summary.text())
    del tester


def test_a_reply_can_create_a_task_and_offers_to_open_it(qtbot: QtBot, ctx: Context, audience: Audience) -> None:
    campaign = make_campaign(ctx, audience, ["email"])
    campaign_members.build(ctx, campaign)
    dialog = ResponseDialog(ctx, campaign, audience.marie)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.title.isVisibleTo(dialog) and not dialog.amount.isVisibleTo(dialog)
    dialog.create_choice.buttons["task"].click()
    assert dialog.title.isVisibleTo(dialog) and dialog.due.isVisibleTo(dialog)
    assert not dialog.amount.isVisibleTo(dialog)
    assert not dialog.record()
    assert dialog.form.error_text("text") == "Write what the person answered."
    qtbot.keyClicks(dialog.text, "Please call me about a new boiler.")
    qtbot.keyClicks(dialog.title, "Call Marie about the boiler")
    save_shot(dialog, "response")
    with qtbot.waitSignal(dialog.recorded) as recorded:
        dialog.record_button.click()
    task_id = recorded.args[0]["task_id"]
    task = tasks.get(ctx.db, task_id)
    assert task["title"] == "Call Marie about the boiler" and task["person_id"] == audience.marie
    assert task["due_at"] == "2026-03-03T08:00:00.000Z"  # tomorrow 9:00 in Brussels
    assert dialog.pages.currentIndex() == 1 and dialog.open_button.text() == "Open the task"
    with qtbot.waitSignal(dialog.open_record) as opened:
        dialog.open_button.click()
    assert opened.args == ["task", task_id] and dialog.result() == QDialog.DialogCode.Accepted
    member = campaign_members.get_member(ctx.db, campaign, audience.marie)
    assert member["response"] == "Please call me about a new boiler." and member["response_channel"] == "email"


def test_the_campaigns_list_shows_the_figures_and_opens_a_campaign(
        qtbot: QtBot, ctx: Context, audience: Audience, previews: list) -> None:
    first = make_campaign(ctx, audience, ["email"], starts_on="2026-02-01", ends_on="2026-03-31")
    campaign_members.build(ctx, first)
    campaigns.add_cost(ctx, first, {"description": "Design", "amount_cents": "100.00"})
    make_campaign(ctx, audience, ["letter"], name="Old autumn mailing", starts_on="2025-09-01",
                  ends_on="2025-09-30")
    view = CampaignsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    tester = QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert view.period.currentData() == "year" and view.model.rowCount() == 1
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert row[0] == "Spring boiler check" and row[1] == "Win new customers" and row[2] == "E-mail"
    assert row[3] == "Running" and row[5] == "4" and row[9] == "100.00\u00a0EUR" and row[10] == "-100.0\u00a0%"
    view.period.setCurrentIndex(view.period.findData("all"))
    assert view.model.rowCount() == 2 and view.count_label.text() == "2 campaigns"
    save_shot(view, "campaigns")
    with qtbot.waitSignal(view.openRecord) as opened:
        view.open_row(0)
    assert opened.args == ["campaign", first]
    with qtbot.waitSignal(view.openRecord) as new:
        view.new_button.click()
    assert new.args == ["campaign", ""]
    view.compare()
    assert len(previews) == 1 and previews[0][0] == "Campaigns compared"
    assert "Spring boiler check" in previews[0][2] and "Old autumn mailing" in previews[0][2]
    campaigns.add_cost(ctx, first, {"description": "Printing", "amount_cents": "50.00"})
    view.period.setCurrentIndex(view.period.findData("year"))
    qtbot.waitUntil(lambda: view.model.index(0, 9).data() == "150.00\u00a0EUR")
    del tester


def test_letters_labels_and_sms_from_the_send_tab(qtbot: QtBot, ctx: Context, audience: Audience,
                                                  previews: list, tmp_path: Path) -> None:
    campaign = make_campaign(ctx, audience, ["letter", "sms"])
    campaign_members.build(ctx, campaign)
    window = shown_window(qtbot, ctx, campaign)
    window.show_tab("send")
    send = window.send_panel
    assert send.boxes["letter"].isVisibleTo(window) and not send.boxes["email"].isVisibleTo(window)
    assert send.boxes["letter"].counts.text() == "To send: 2 · Left out: 2"
    send.language.setCurrentIndex(send.language.findData("en"))
    report = send.show_letters()
    assert report is not None and report.written == 2
    assert previews[-1][0] == "Letters: Spring boiler check" and previews[-1][1] == 2
    assert "Dear Marie Dupont" in previews[-1][2] and "Dear Luc Lambert" in previews[-1][2]
    assert send.mark_letters_button.isVisibleTo(window)
    assert send.mark_letters_sent() == 2
    qtbot.waitUntil(lambda: send.boxes["letter"].counts.text() == "Sent: 2 · Left out: 2")

    send.layout_choice.setCurrentIndex(send.layout_choice.findData("2x7"))
    assert send.start_at.maximum() == 14
    assert not send.labels_button.isEnabled()  # every letter is posted: no label left to print
    send.start_at.setValue(3)

    target = tmp_path / "sms.csv"
    send.choose_sms_file = lambda: str(target)  # type: ignore[method-assign]
    assert send.export_sms() == 1
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:2] == ["+32470123456", "Hi Marie!"]
    assert send.boxes["sms"].outcome.text() == f"1 message written to {target}."
    save_shot(window, "send")


def test_calls_are_shared_and_logged_from_the_call_list(qtbot: QtBot, ctx: Context, audience: Audience) -> None:
    seller = users.add_user(ctx.db, ctx.clock, "Sam Seller", Role.STAFF).id
    users.add_user(ctx.db, ctx.clock, "Tom Tech", Role.TECHNICIAN)
    more = people.create(ctx, {"first_name": "Paul", "last_name": "Adam", "stage": "customer",
                               "consent": {"phone": GIVEN}, "phone": "+32 81 00 00 01"})
    campaign = make_campaign(ctx, audience, ["phone"])
    campaign_members.build(ctx, campaign)
    window = shown_window(qtbot, ctx, campaign)
    window.show_tab("send")
    send = window.send_panel
    names = [send.callers.item(i).text() for i in range(send.callers.count())]
    assert "Sam Seller" in names and "Tom Tech" not in names
    for i in range(send.callers.count()):
        if send.callers.item(i).data(Qt.ItemDataRole.UserRole) in (ctx.user.id, seller):
            send.callers.item(i).setCheckState(Qt.CheckState.Checked)
    shares = send.split_calls()
    assert shares == {ctx.user.id: 1, seller: 1}
    dialog = send.open_my_calls()
    assert isinstance(dialog, CallListDialog)
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert dialog.table.rowCount() == 1
    person = dialog.current()
    assert person is not None and person["person_id"] in (audience.marie, more)
    assert dialog.script.toPlainText() == f"Ask {person['name'].split()[0]} about the boiler."
    assert not dialog.log_call()
    assert dialog.message.text() == "Choose how the call went."
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert dialog.outcome.currentData() == "reached-not-interested"
    qtbot.keyClicks(dialog.note, "Has a new boiler already")
    with qtbot.waitSignal(dialog.logged) as logged:
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert logged.args == [person["person_id"], "reached-not-interested"]
    member = campaign_members.get_member(ctx.db, campaign, person["person_id"])
    assert member["call_outcome"] == "reached-not-interested"
    assert dialog.summary.text() == "0 to call, 1 done"
    save_shot(dialog, "call-list")
    dialog.reject()


def test_smtp_down_stops_the_e_mails_clearly_and_leads_to_the_settings(qtbot: QtBot, ctx: Context,
                                                                         audience: Audience) -> None:
    campaign = make_campaign(ctx, audience, ["email"])
    campaign_members.build(ctx, campaign)
    window = shown_window(qtbot, ctx, campaign)
    window.show_tab("send")
    send = window.send_panel
    assert send.smtp_button.isVisibleTo(window)  # no mail server set up yet
    send.send_emails()
    assert send.boxes["email"].outcome.text() == "Set up the mail server in the settings (E-mail page) first."
    save_smtp(ctx, SmtpSettings(host=HOST, port=free_port(), security="none", timeout_s=2.0,
                                sender_address="news@boulangerie.example"))  # nothing listens on that port
    with qtbot.waitSignal(send.email_finished, timeout=30_000) as finished:
        send.send_button.click()
    report = finished.args[0]
    assert report.sent == 0 and report.stopped_reason is not None and report.left == 2
    outcome = send.boxes["email"].outcome.text()
    assert "2 e-mails stay to send" in outcome and render(report.stopped_reason) in outcome
    assert send.smtp_button.isVisibleTo(window) and send.send_button.isEnabled()
    assert send.boxes["email"].counts.text() == "To send: 2 · Left out: 2"
    save_shot(window, "smtp-down")
    send.smtp_button.click()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.tabs.currentWidget() is dialog.smtp_page
    dialog.reject()


def test_the_segment_is_edited_from_the_campaign_and_its_count_follows(qtbot: QtBot, ctx: Context,
                                                                      audience: Audience, previews: list) -> None:
    campaign = make_campaign(ctx, audience, ["email"])
    window = shown_window(qtbot, ctx, campaign)
    field = window.setup.segment
    assert field.count_label.text() == "4 people in this segment now\nStage: Customer"
    dialog = field.edit_segment()
    assert dialog is not None and dialog.name.text() == "Our customers"
    assert dialog.editor.fields["stages"].value() == ["customer"]
    dialog.editor.fields["stages"].boxes["prospect"].click()
    qtbot.waitUntil(lambda: dialog.editor.count_text() == "5 people")
    dialog.name.clear()
    assert not dialog.save() and dialog.form.error_text("name") != ""
    qtbot.keyClicks(dialog.name, "Customers and prospects")
    assert dialog.save()
    assert field.combo.currentText() == "Customers and prospects"
    assert field.count_label.text() == "5 people in this segment now\nStage: Prospect or Customer"
    assert not window.form.modified  # the campaign still uses the same segment: nothing of it changed

    campaign_members.build(ctx, campaign)
    window.show_tab("results")
    qtbot.waitUntil(lambda: window.results.figure_text("targeted") == "5")
    assert window.results.print_report() is not None
    assert previews[-1][0] == "Campaign results" and "Spring boiler check" in previews[-1][2]
    save_shot(window, "results")


def test_a_technician_sees_a_campaign_but_cannot_change_or_send_it(qtbot: QtBot, ctx: Context,
                                                                    audience: Audience) -> None:
    campaign = make_campaign(ctx, audience, ["email", "phone"])
    campaign_members.build(ctx, campaign)
    tech = users.add_user(ctx.db, ctx.clock, "Tom Tech", Role.TECHNICIAN)
    window = shown_window(qtbot, Context(db=ctx.db, user=tech, clock=ctx.clock, changes=ctx.changes), campaign)
    assert not window.save_button.isVisibleTo(window) and window.form.editor("name").isReadOnly()
    assert not window.setup.segment.edit_button.isEnabled() and not window.setup.costs.add_button.isEnabled()
    assert not any(button.isVisibleTo(window) for button in window.status_buttons.values())
    assert not window.members.build_button.isEnabled()
    assert not window.send_panel.send_button.isEnabled() and not window.send_panel.split_button.isEnabled()
    view = CampaignsView(window.ctx)
    qtbot.addWidget(view)
    assert not view.new_button.isVisibleTo(view) and view.model.rowCount() == 1
