"""The mailer against a real local SMTP server: messages, errors sorted by what they mean, pacing."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from crm_desktop.core import smtp_settings
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.errors import PermissionDenied, ValidationError
from crm_desktop.core.mailer import Mailer, SendStopped, build_message, connect_smtp
from crm_desktop.core.permissions import Role
from crm_desktop.core.settings import load_local
from crm_desktop.core.smtp_settings import SmtpSettings, load_smtp, save_smtp, test_connection, validate_smtp
from crm_desktop.core.users import add_user
from tests.smtp_server import HOST, LocalSmtp, free_port, running

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[LocalSmtp]:
    yield from running()


@pytest.fixture
def login_server() -> Iterator[LocalSmtp]:
    yield from running(require_login=True)


def _message(settings: SmtpSettings, to: str = "alice@example.org", language: str | None = "fr",
             clock: FixedClock | None = None) -> Any:
    return build_message(settings, to_address=to, to_name="Alice Martin", subject="Hello Alice",
                         body="Dear Alice,\nfresh bread on Saturday.", language=language,
                         clock=clock or FixedClock(START))


def test_a_message_has_sender_reply_to_date_id_and_the_unsubscribe_line_of_the_recipients_language():
    settings = SmtpSettings(host="smtp.example.com", sender_address="news@shop.example", sender_name="Dupont & Fils",
                            reply_to="contact@shop.example")
    message = _message(settings)
    sender = message["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == ("Dupont & Fils", "news@shop.example")
    assert "From: Dupont & Fils <news@shop.example>" in message.as_string()
    assert str(message["To"]) == "Alice Martin <alice@example.org>"
    assert str(message["Reply-To"]) == "contact@shop.example"
    assert message["Date"] == "Mon, 02 Mar 2026 09:30:00 +0000"
    assert message["Message-ID"].endswith("@shop.example>")
    assert message["List-Unsubscribe"] == "<mailto:contact@shop.example?subject=STOP>"
    body = message.get_content()
    assert body.startswith("Dear Alice,\nfresh bread on Saturday.\n\n-- \n")
    assert "Pour ne plus recevoir nos e-mails, répondez STOP ou écrivez à contact@shop.example." in body
    english = _message(settings, language="xx").get_content()
    assert "To stop receiving our e-mails, reply STOP or write to contact@shop.example." in english
    with pytest.raises(ValueError):
        _message(settings, to="not an address")


def test_sending_reaches_the_server_on_one_connection(server: LocalSmtp):
    with Mailer(server.settings()) as mailer:
        outcomes = [mailer.send(_message(server.settings(), to=f"p{i}@example.org")) for i in range(3)]
    assert [o.status for o in outcomes] == ["sent"] * 3
    assert [r.rcpt_tos for r in server.received] == [[f"p{i}@example.org"] for i in range(3)]
    assert server.received[0].mail_from == "news@boulangerie.example"
    assert server.received[0].message["Subject"] == "Hello Alice"


def test_a_refused_recipient_bounces_and_the_connection_goes_on(server: LocalSmtp):
    server.handler.refused.add("gone@example.org")
    with Mailer(server.settings()) as mailer:
        bounced = mailer.send(_message(server.settings(), to="gone@example.org"))
        after = mailer.send(_message(server.settings(), to="alice@example.org"))
    assert bounced.status == "bounced"
    assert bounced.reason.startswith("550") and "No such user" in bounced.reason
    assert after.status == "sent"
    assert [r.rcpt_tos for r in server.received] == [["alice@example.org"]]


def test_a_temporary_refusal_fails_for_a_later_retry(server: LocalSmtp):
    class Busy:
        def send_message(self, _message: Any) -> dict[str, tuple[int, bytes]]:
            raise smtplib.SMTPRecipientsRefused({"alice@example.org": (451, b"4.7.1 Try again later")})

        def quit(self) -> None:
            return None

    with Mailer(server.settings(), connect=lambda _s: Busy()) as mailer:  # type: ignore[arg-type,return-value]
        outcome = mailer.send(_message(server.settings()))
    assert (outcome.status, outcome.reason) == ("failed", "451 4.7.1 Try again later")


def test_a_dropped_connection_is_opened_again_once_and_the_message_goes(server: LocalSmtp):
    server.handler.drop_next = 1
    with Mailer(server.settings()) as mailer:
        outcome = mailer.send(_message(server.settings()))
        assert mailer.reconnects == 1
    assert outcome.status == "sent"
    assert len(server.received) == 1


def test_a_server_that_keeps_dropping_stops_the_run(server: LocalSmtp):
    server.handler.drop_next = 2
    with Mailer(server.settings()) as mailer, pytest.raises(SendStopped) as stopped:
        mailer.send(_message(server.settings()))
    assert "cannot be reached" in stopped.value.render()
    assert server.received == []


def test_server_down_login_refused_and_tls_failures_say_what_to_check(login_server: LocalSmtp):
    down = login_server.settings(port=free_port())
    message = test_connection(down)
    assert message is not None and message.text == smtp_settings_message("SERVER_DOWN")
    assert f"{HOST}:{down.port}" in message.render()

    refused = test_connection(login_server.settings(password="wrong"))
    assert refused is not None and refused.text == smtp_settings_message("LOGIN_REFUSED")
    assert refused.render() == "The mail server refused the login of shop. Check the user name and the password."
    assert test_connection(login_server.settings()) is None
    assert set(login_server.handler.logins) == {"shop"}  # smtplib tries each mechanism it shares

    # The local server speaks plain SMTP: SSL/TLS and STARTTLS both fail with the TLS advice.
    for security in ("ssl", "starttls"):
        failed = test_connection(login_server.settings(security=security))
        assert failed is not None and failed.text == smtp_settings_message("TLS_FAILED"), security
        assert "port 587" in failed.render()


def smtp_settings_message(name: str) -> str:
    from crm_desktop.core import mailer

    return str(getattr(mailer, name))


def test_security_chooses_ssl_from_the_start_or_starttls_after_hello():
    calls: list[tuple[str, Any]] = []

    class FakeSMTP:
        def __init__(self, host: str, port: int, timeout: float, **kwargs: Any) -> None:
            calls.append((type(self).__name__, (host, port, timeout, sorted(kwargs))))
            self.context = kwargs.get("context")

        def ehlo(self) -> None:
            calls.append(("ehlo", None))

        def starttls(self, context: ssl.SSLContext) -> None:
            calls.append(("starttls", context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname))

        def login(self, user: str, password: str) -> None:
            calls.append(("login", (user, password)))

    class FakeSSL(FakeSMTP):
        pass

    base = SmtpSettings(host="smtp.example.com", port=465, security="ssl", sender_address="a@example.com",
                        username="u", password="p", timeout_s=7.0)
    connection = connect_smtp(base, FakeSMTP, FakeSSL)  # type: ignore[arg-type]
    assert isinstance(connection, FakeSSL)
    assert connection.context.verify_mode == ssl.CERT_REQUIRED  # type: ignore[attr-defined]
    assert calls == [("FakeSSL", ("smtp.example.com", 465, 7.0, ["context"])), ("login", ("u", "p"))]

    calls.clear()
    connect_smtp(SmtpSettings(**{**base.__dict__, "security": "starttls", "port": 587}), FakeSMTP, FakeSSL)  # type: ignore[arg-type]
    assert calls == [("FakeSMTP", ("smtp.example.com", 587, 7.0, [])), ("ehlo", None), ("starttls", True),
                     ("ehlo", None), ("login", ("u", "p"))]

    calls.clear()
    connect_smtp(SmtpSettings(**{**base.__dict__, "security": "none", "port": 25, "username": ""}),
                 FakeSMTP, FakeSSL)  # type: ignore[arg-type]
    assert calls == [("FakeSMTP", ("smtp.example.com", 25, 7.0, []))]  # no TLS, no login without a user name


def test_throttle_spaces_messages_evenly_with_the_injected_clock_and_sleep(server: LocalSmtp):
    clock = FixedClock(START)
    waits: list[float] = []

    def fake_sleep(seconds: float) -> None:
        waits.append(round(seconds, 6))
        clock.advance(seconds=seconds)

    settings = server.settings(per_minute=60)
    with Mailer(settings, clock, fake_sleep) as mailer:
        mailer.send(_message(settings))
        mailer.send(_message(settings))  # no time passed: a whole second to wait
        clock.advance(seconds=0.25)
        mailer.send(_message(settings))  # a quarter of it already passed
        clock.advance(seconds=5)
        mailer.send(_message(settings))  # long past: no wait
    assert waits == [1.0, 0.75]
    assert len(server.received) == 4

    waits.clear()
    with Mailer(server.settings(per_minute=0), clock, fake_sleep) as unthrottled:
        for _ in range(3):
            unthrottled.send(_message(settings))
    assert waits == []


# -- settings -----------------------------------------------------------------------------------


def test_settings_are_checked_field_by_field():
    with pytest.raises(ValidationError) as bad:
        validate_smtp(SmtpSettings(host="smtp example", port=0, security="tls", sender_address="nobody",
                                   reply_to="also bad", per_minute=-1,
                                   unsubscribe={"en": " ", "fr": "Répondez STOP."}))
    assert set(bad.value.errors) == {"host", "port", "security", "sender_address", "reply_to", "per_minute",
                                     "unsubscribe.en"}
    clean = validate_smtp(SmtpSettings(host=" smtp.example.com ", port=587, sender_address="News@Shop.Example",
                                       unsubscribe={"en": "Reply  STOP\nto {sender}.", "fr": "Répondez STOP."}))
    assert (clean.host, clean.sender_address) == ("smtp.example.com", "news@shop.example")
    assert clean.unsubscribe["en"] == "Reply STOP to {sender}."


def test_saving_shares_everything_but_the_password_which_stays_on_this_machine(ctx):
    values = SmtpSettings(host="smtp.example.com", port=465, security="ssl", username="shop", password="s3cret",
                          sender_address="news@shop.example", sender_name="Boulangerie", per_minute=30)
    save_smtp(ctx, values)
    stored = dict(ctx.db.execute("SELECT key, value FROM settings WHERE key LIKE 'smtp.%'").fetchall())
    assert "smtp.password" not in stored
    assert not any("s3cret" in value for value in stored.values())
    assert load_local().smtp_password == "s3cret"
    loaded = load_smtp(ctx.db)
    assert (loaded.host, loaded.port, loaded.security, loaded.password, loaded.per_minute) == (
        "smtp.example.com", 465, "ssl", "s3cret", 30)
    # Another machine (its own local file) gets the shared settings without the password.
    elsewhere = load_smtp(ctx.db, local=load_local(ctx_path_elsewhere()))
    assert (elsewhere.host, elsewhere.password) == ("smtp.example.com", "")
    assert smtp_settings.DEFAULT_UNSUBSCRIBE["fr"] == loaded.unsubscribe["fr"]


def ctx_path_elsewhere() -> Any:
    from pathlib import Path

    return Path("/nonexistent/other-machine/settings.json")


def test_only_administrators_change_the_mail_server(ctx):
    staff = add_user(ctx.db, ctx.clock, "Sam", Role.STAFF)
    with pytest.raises(PermissionDenied):
        save_smtp(ctx.__class__(db=ctx.db, user=staff, clock=ctx.clock),
                  SmtpSettings(host="smtp.example.com", sender_address="a@example.com"))


def test_a_login_on_a_server_that_offers_none_says_so(server: LocalSmtp):
    problem = test_connection(server.settings(username="shop", password="s3cret"))
    assert problem is not None and problem.text == smtp_settings_message("NO_LOGIN")
    assert test_connection(server.settings()) is None
