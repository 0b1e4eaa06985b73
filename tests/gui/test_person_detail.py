"""The person detail view: typing into the form, core's messages under the fields,
duplicates, permissions, attachments and following changes made elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.core import attachments, companies, people, users
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound
from crm_desktop.core.listing import PEOPLE, ListFilter
from crm_desktop.core.permissions import Role
from crm_desktop.ui.duplicate_dialog import DuplicateDialog
from crm_desktop.ui.person_detail import PersonDetailView
from crm_desktop.ui.record_form import format_cents, money_for_core


def open_view(qtbot: QtBot, ctx: Context, person_id: str | None, **kwargs: object) -> PersonDetailView:
    view = PersonDetailView(ctx, person_id, **kwargs)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def people_count(ctx: Context) -> int:
    return PEOPLE.count(ctx.db, ListFilter())


def test_create_person_through_the_form(qtbot: QtBot, ctx: Context) -> None:
    view = open_view(qtbot, ctx, None)
    assert not view.timeline.quick_buttons["call"].isEnabled()
    assert not view.attachments.isEnabled()
    qtbot.keyClicks(view.form.editor("first_name"), "Marie")
    qtbot.keyClicks(view.form.editor("last_name"), "Dupont")
    qtbot.keyClicks(view.form.editor("email"), "Marie.Dupont@Example.BE")
    qtbot.keyClicks(view.form.editor("mobile"), "0477 12 34 56")
    qtbot.keyClicks(view.form.editor("tags").focus_widget(), "vip, newsletter")
    assert view.form.modified
    assert view.windowTitle().endswith("*")

    with qtbot.waitSignal(view.saved) as blocker:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    person_id = blocker.args[0]
    row = people.get(ctx, person_id)
    assert (row["first_name"], row["last_name"]) == ("Marie", "Dupont")
    assert row["email"] == "marie.dupont@example.be"
    assert row["mobile"] == "+32477123456"
    assert row["tags"] == ["vip", "newsletter"]
    assert row["owner_id"] == ctx.user.id
    assert row["stage"] == "lead"
    assert view.record_id == person_id
    assert view.title_label.text() == "Marie Dupont"
    assert not view.form.modified
    # The number is shown the way people read it; logging and files work now.
    assert view.form.editor("mobile").text() == "0477 12 34 56"
    assert view.timeline.quick_buttons["call"].isEnabled()
    assert view.attachments.isEnabled()


def test_validation_messages_appear_under_the_field_and_nothing_is_saved(qtbot: QtBot, ctx: Context) -> None:
    view = open_view(qtbot, ctx, None)
    view.activateWindow()
    qtbot.keyClicks(view.form.editor("last_name"), "Dupont")
    qtbot.keyClicks(view.form.editor("email"), "not an address")
    qtbot.keyClicks(view.form.editor("phone"), "12")

    with qtbot.assertNotEmitted(view.saved):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    assert view.form.error_text("email") == "Not a valid e-mail address."
    assert view.form.error_text("phone")
    assert view.form.error_text("last_name") == ""
    assert view.form._rows["email"].error.isVisibleTo(view)
    assert people_count(ctx) == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.form.editor("email"))

    # Fixing the field clears its message on the next save.
    email = view.form.editor("email")
    email.clear()
    qtbot.keyClicks(email, "marie@example.be")
    view.form.editor("phone").clear()
    with qtbot.waitSignal(view.saved):
        qtbot.keyClick(email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert view.form.error_text("email") == ""
    assert people_count(ctx) == 1


def test_required_last_name(qtbot: QtBot, ctx: Context) -> None:
    view = open_view(qtbot, ctx, None)
    assert not view.save()
    assert view.form.error_text("last_name") == "This field is required."


def test_duplicate_warning_open_existing(qtbot: QtBot, ctx: Context) -> None:
    existing = people.create(ctx, {"first_name": "Marie", "last_name": "Dupont", "email": "marie@example.be"})
    view = open_view(qtbot, ctx, None)
    qtbot.keyClicks(view.form.editor("last_name"), "Dupond")
    qtbot.keyClicks(view.form.editor("email"), "marie@example.be")
    assert not view.save()
    dialog = view.duplicate_dialog
    assert isinstance(dialog, DuplicateDialog)
    assert dialog.list.count() == 1
    assert "same e-mail address" in dialog.list.item(0).text()

    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["person", existing]
    assert people_count(ctx) == 1
    assert view.record_id is None


def test_duplicate_warning_create_anyway_and_cancel(qtbot: QtBot, ctx: Context) -> None:
    people.create(ctx, {"first_name": "Marie", "last_name": "Dupont", "email": "marie@example.be"})
    view = open_view(qtbot, ctx, None)
    qtbot.keyClicks(view.form.editor("last_name"), "Dupont")
    qtbot.keyClicks(view.form.editor("email"), "marie@example.be")
    view.save()
    qtbot.mouseClick(view.duplicate_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert people_count(ctx) == 1
    assert view.duplicate_dialog is None

    view.save()
    with qtbot.waitSignal(view.saved) as blocker:
        qtbot.mouseClick(view.duplicate_dialog.create_button, Qt.MouseButton.LeftButton)
    assert people_count(ctx) == 2
    assert people.get(ctx, blocker.args[0])["email"] == "marie@example.be"


def test_all_fields_round_trip(qtbot: QtBot, ctx: Context) -> None:
    company = companies.create(ctx, {"name": "Boulangerie Dupuis"})
    person = people.create(ctx, {
        "first_name": "Marie", "last_name": "Dupont", "company_id": company, "stage": "customer",
        "language": "fr", "source": "referral", "credit_limit": 150050, "payment_terms_days": 30,
        "birthday": "1980-05-17", "interests": ["ovens"], "custom": {"Loyalty card": "123"},
        "consent": {"email": {"status": "given", "date": "2025-05-01", "source": "signed form"}},
        "notes": "Mornings only.",
    })
    view = open_view(qtbot, ctx, person)
    form = view.form
    assert form.editor("company_id").company_name() == "Boulangerie Dupuis"
    assert form.editor("credit_limit").line.text() == format_cents(150050)
    assert form.editor("stage").value() == "customer"
    assert form.editor("consent").value()["email"]["source"] == "signed form"
    assert view.badge.text() == "Customer"
    assert "Boulangerie Dupuis" in view.subtitle_label.text()

    # Saving without edits changes nothing at all.
    assert view.save()
    assert people.get(ctx, person)["updated_at"] == people.get(ctx, person)["created_at"]

    status, date, source = form.editor("consent").channel_widgets("sms")
    status.setCurrentIndex(status.findData("given"))
    status.activated.emit(status.currentIndex())
    assert date.text() == ctx.clock.now().astimezone().date().isoformat()
    assert not view.save()  # consent needs its source
    assert form.error_text("consent") == "Consent needs its source (how it was obtained)."
    qtbot.keyClicks(source, "phone call")
    custom = form.editor("custom")
    custom.add_row("Size", "XL")
    form.editor("credit_limit").line.setText(format_cents(200000))
    assert view.save()
    row = people.get(ctx, person)
    assert row["consent"]["sms"] == {"status": "given", "date": date.text(), "source": "phone call"}
    assert row["custom"] == {"Loyalty card": "123", "Size": "XL"}
    assert row["credit_limit_cents"] == 200000


def test_money_typed_in_the_locale() -> None:
    from PySide6.QtCore import QLocale

    english, french = QLocale(QLocale.Language.English), QLocale(QLocale.Language.French)
    assert money_for_core("1,500", english) == "1500"
    assert money_for_core("1,500.5", english) == "1500.5"
    assert money_for_core("1 500,50", french) == "1500.50"
    assert money_for_core("12,5", french) == "12.5"
    assert format_cents(150050, english) == "1,500.50"
    assert format_cents(-5, english) == "-0.05"


def test_company_link_and_picker(qtbot: QtBot, ctx: Context) -> None:
    company = companies.create(ctx, {"name": "Garage Lambert"})
    companies.create(ctx, {"name": "Garage Lemaire"})
    view = open_view(qtbot, ctx, None, initial={"company_id": company})
    picker = view.form.editor("company_id")
    assert picker.value() == company

    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.mouseClick(picker.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["company", company]

    picker.line.clear()
    qtbot.keyClicks(picker.line, "garage l")
    assert picker.names.stringList() == ["Garage Lambert", "Garage Lemaire"]
    picker.completer.activated.emit("Garage Lemaire")
    lemaire = picker.value()
    assert companies.get(ctx, lemaire)["name"] == "Garage Lemaire"

    picker.line.clear()
    qtbot.keyClicks(picker.line, "No such company")
    qtbot.keyClicks(view.form.editor("last_name"), "Martin")
    assert not view.save()
    assert view.form.error_text("company_id")

    picker.line.clear()
    qtbot.keyClicks(picker.line, "garage lambert")  # an exact name is enough
    with qtbot.waitSignal(view.saved) as saved:
        view.save()
    assert people.get(ctx, saved.args[0])["company_id"] == company
    with qtbot.waitSignal(view.open_record) as blocker:
        view.subtitle_label.linkActivated.emit(f"company:{company}")
    assert blocker.args == ["company", company]


def test_delete_hidden_for_a_technician(qtbot: QtBot, ctx: Context, db, clock) -> None:  # noqa: ANN001
    person = people.create(ctx, {"last_name": "Dupont"})
    technician = users.add_user(db, clock, "Tom", Role.TECHNICIAN)
    tech_ctx = Context(db=db, user=technician, clock=clock, changes=ctx.changes)
    view = open_view(qtbot, tech_ctx, person)
    assert view.delete_button.isHidden()
    assert not view.save_button.isHidden()  # technicians may still edit people
    admin_view = open_view(qtbot, ctx, person)
    assert not admin_view.delete_button.isHidden()
    assert admin_view.delete_button.isEnabled()


def test_delete_sends_to_the_trash_after_confirmation(qtbot: QtBot, ctx: Context,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    person = people.create(ctx, {"last_name": "Dupont"})
    view = open_view(qtbot, ctx, person)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.delete()
    assert people.get(ctx, person)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.close_requested):
        qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    with pytest.raises(NotFound):
        people.get(ctx, person)


def test_follows_changes_made_elsewhere(qtbot: QtBot, ctx: Context) -> None:
    person = people.create(ctx, {"last_name": "Dupont", "city": "Namur"})
    view = open_view(qtbot, ctx, person)
    people.update(ctx, person, {"city": "Liège", "stage": "customer"})
    qtbot.waitUntil(lambda: view.form.editor("city").text() == "Liège")
    assert view.badge.text() == "Customer"

    # Someone's edits in progress are never overwritten: a banner offers their version.
    qtbot.keyClick(view.form.editor("city"), Qt.Key.Key_End)
    qtbot.keyClicks(view.form.editor("city"), " centre")
    people.update(ctx, person, {"city": "Mons"})
    qtbot.waitUntil(lambda: not view.banner.isHidden())
    assert view.form.editor("city").text() == "Liège centre"
    qtbot.mouseClick(view.banner.button, Qt.MouseButton.LeftButton)
    assert view.form.editor("city").text() == "Mons"

    people.delete(ctx, person)
    qtbot.waitUntil(lambda: not view.banner.isHidden())
    assert not view.save()
    people.restore(ctx, person)
    qtbot.waitUntil(lambda: view.banner.isHidden())
    assert view.save_button.isEnabled()


def test_unsubscribes_when_destroyed(qtbot: QtBot, ctx: Context) -> None:
    before = len(ctx.changes._listeners)
    view = PersonDetailView(ctx, None)
    assert len(ctx.changes._listeners) == before + 1
    with qtbot.waitSignal(view.destroyed):
        view.deleteLater()
    assert len(ctx.changes._listeners) == before


def test_unsaved_changes_are_offered_on_close(qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    person = people.create(ctx, {"last_name": "Dupont"})
    view = open_view(qtbot, ctx, person)
    assert view.can_close()
    qtbot.keyClicks(view.form.editor("city"), "Namur")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not view.can_close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert view.can_close()
    assert people.get(ctx, person)["city"] == "Namur"


def test_attachments_add_open_remove(qtbot: QtBot, ctx: Context, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    person = people.create(ctx, {"last_name": "Dupont"})
    plan = tmp_path / "plan.pdf"
    plan.write_bytes(b"%PDF-1.4 plan")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    view = open_view(qtbot, ctx, person)
    panel = view.attachments
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(plan)], ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.count() == 1
    assert [a["file_name"] for a in attachments.list_for(ctx, person)] == ["plan.pdf"]
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "Files (1)"

    # Dropping files on the panel attaches them too.
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    assert panel.count() == 2

    # A missing file gives a short message, nothing else.
    panel.add_files([str(tmp_path / "gone.txt")])
    assert "gone.txt" in panel.message.text()
    assert panel.count() == 2

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.tree.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert Path(opened[0].toLocalFile()).read_bytes() in (plan.read_bytes(), photo.read_bytes())

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.count() == 1
    assert len(attachments.list_for(ctx, person)) == 1


def test_rendering_at_1280x800(qtbot: QtBot, ctx: Context) -> None:
    person = people.create(ctx, {"first_name": "Marie", "last_name": "Dupont", "stage": "customer"})
    view = open_view(qtbot, ctx, person)
    image = view.grab().toImage()
    assert (image.width(), image.height()) == (1280, 800)
    assert view.splitter.sizes()[0] >= 420


def test_changes_announced_from_another_thread_arrive_on_the_gui_thread(qtbot: QtBot, ctx: Context) -> None:
    import threading

    from crm_desktop.core.changes import Change, ChangeBus

    person = people.create(ctx, {"last_name": "Dupont", "city": "Namur"})
    view = open_view(qtbot, ctx, person)
    quiet = Context(db=ctx.db, user=ctx.user, clock=ctx.clock, changes=ChangeBus())
    people.update(quiet, person, {"city": "Arlon"})  # written, not yet announced on ctx
    seen: list[bool] = []
    view._relay.changed.connect(lambda _change: seen.append(threading.current_thread() is threading.main_thread()))
    worker = threading.Thread(target=ctx.changes.publish, args=(Change("people", person, "update"),))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: view.form.editor("city").text() == "Arlon")
    assert seen == [True]
