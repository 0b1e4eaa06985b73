"""The E-mail page of the settings: saving, messages under the fields, testing the connection."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.settings import load_local
from crm_desktop.core.smtp_settings import load_smtp, save_smtp
from crm_desktop.core.users import add_user
from crm_desktop.ui import workers
from crm_desktop.ui.settings_dialog import SettingsDialog
from crm_desktop.ui.smtp_settings_page import SmtpSettingsPage
from tests.smtp_server import LocalSmtp, free_port, running, settings_for


@pytest.fixture
def server() -> Iterator[LocalSmtp]:
    yield from running(require_login=True)


def _page(qtbot: QtBot, ctx: Context) -> SmtpSettingsPage:
    page = SmtpSettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(700, 900)
    page.show()
    return page


def _type(qtbot: QtBot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    line = field.focus_widget()
    line.selectAll()
    qtbot.keyClicks(line, text) if text else line.clear()
    if not text:
        field.edited.emit()


def _fill(qtbot: QtBot, page: SmtpSettingsPage, server: LocalSmtp, password: str = "s3cret") -> None:
    _type(qtbot, page.host, "127.0.0.1")
    page.security.setCurrentIndex(page.security.findData("none"))
    page.security.edited.emit()
    _type(qtbot, page.port, str(server.port))
    _type(qtbot, page.username, "shop")
    _type(qtbot, page.password, password)
    _type(qtbot, page.sender_address, "news@boulangerie.example")
    _type(qtbot, page.sender_name, "Boulangerie Dupont")


def test_the_page_saves_and_keeps_the_password_on_this_computer(qtbot: QtBot, ctx: Context, server: LocalSmtp):
    page = _page(qtbot, ctx)
    assert page.security.value() == "starttls" and page.port.value() == "587"
    page.security.setCurrentIndex(page.security.findData("ssl"))
    assert page.port.value() == "465"  # the usual port follows the security until one is typed
    _fill(qtbot, page, server)
    _type(qtbot, page.per_minute, "30")
    with qtbot.waitSignal(page.saved, timeout=2000):
        assert page.save()
    stored = load_smtp(ctx.db)
    assert (stored.host, stored.port, stored.security, stored.username, stored.per_minute) == (
        "127.0.0.1", server.port, "none", "shop", 30)
    assert load_local().smtp_password == "s3cret"
    shared = " ".join(v for (v,) in ctx.db.execute("SELECT value FROM settings WHERE key LIKE 'smtp.%'"))
    assert "s3cret" not in shared
    again = _page(qtbot, ctx)
    assert again.password.value() == "s3cret" and again.host.value() == "127.0.0.1"


def test_bad_values_are_explained_under_their_fields_and_nothing_is_saved(qtbot: QtBot, ctx: Context):
    page = _page(qtbot, ctx)
    _type(qtbot, page.host, "smtp example")
    _type(qtbot, page.port, "seventy")
    _type(qtbot, page.sender_address, "nobody")
    _type(qtbot, page.unsubscribe["fr"], "")
    assert not page.save()
    assert page.error_text("host") == "Not a server name."
    assert page.error_text("port") == "A port is a number between 1 and 65535."
    assert page.error_text("sender_address") == "Not a valid e-mail address."
    assert "how to stop receiving" in page.error_text("unsubscribe.fr")
    assert page.error_text("reply_to") == ""
    assert ctx.db.execute("SELECT count(*) FROM settings WHERE key LIKE 'smtp.%'").fetchone()[0] == 0
    # "Test connection" checks the same way before it tries anything.
    assert not page.test()
    assert page.result_text() == ""


def test_test_connection_reports_success_and_a_closed_port(qtbot: QtBot, ctx: Context, server: LocalSmtp):
    page = _page(qtbot, ctx)
    _fill(qtbot, page, server)
    with qtbot.waitSignal(page.tested, timeout=10_000) as ok:
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert ok.args == [True]
    assert page.result_text() == f"Connected and logged in to 127.0.0.1:{server.port}."
    qtbot.waitUntil(lambda: page.test_button.isEnabled())

    _type(qtbot, page.password, "wrong")
    with qtbot.waitSignal(page.tested, timeout=10_000) as refused:
        page.test()
    assert refused.args == [False]
    assert page.result_text() == "The mail server refused the login of shop. Check the user name and the password."
    qtbot.waitUntil(lambda: page.test_button.isEnabled())

    closed = free_port()
    _type(qtbot, page.port, str(closed))
    with qtbot.waitSignal(page.tested, timeout=10_000) as down:
        page.test()
    assert down.args == [False]
    assert page.result_text().startswith(f"The mail server 127.0.0.1:{closed} cannot be reached")
    qtbot.waitUntil(lambda: page.test_button.isEnabled())
    # Testing saves nothing.
    assert ctx.db.execute("SELECT count(*) FROM settings WHERE key LIKE 'smtp.%'").fetchone()[0] == 0


def test_the_settings_dialog_has_the_page_and_saves_it_with_the_rest(qtbot: QtBot, ctx: Context, server: LocalSmtp):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "E-mail" in titles
    page = dialog.smtp_page
    _type(qtbot, page.host, "smtp example")
    assert not dialog.save()
    assert dialog.tabs.currentWidget() is page and page.error_text("host")
    _fill(qtbot, page, server)
    assert dialog.save()
    assert load_smtp(ctx.db).host == "127.0.0.1"
    assert load_local().smtp_password == "s3cret"


def test_only_administrators_edit_it(qtbot: QtBot, ctx: Context):
    manager = add_user(ctx.db, ctx.clock, "Marie", Role.MANAGER)
    page = _page(qtbot, Context(db=ctx.db, user=manager, clock=ctx.clock))
    assert page.host.isReadOnly() and not page.security.isEnabled()
    assert page.save()  # nothing to write, nothing refused


def test_closing_the_page_during_a_slow_test_leaves_nothing_running(qtbot: QtBot, ctx: Context):
    """A server that accepts the connection and never answers: the test ends at the timeout, page or not."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        save_smtp(ctx, settings_for(silent.getsockname()[1], timeout_s=1.0))
        page = _page(qtbot, ctx)
        assert page.test()
        assert page.testing() and not page.test_button.isEnabled()
        page.close()
        page.deleteLater()
        qtbot.waitUntil(lambda: not workers._DETACHED, timeout=10_000)
