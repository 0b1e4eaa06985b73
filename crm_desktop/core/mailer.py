"""Sending e-mails through the business's mail server, one connection per run.

A campaign sends thousands of messages: opening a connection (and a TLS handshake,
and a login) for each would be slow and would look like abuse to the server, so the
``Mailer`` keeps one open and paces itself (``per_minute``). What can go wrong is
sorted by what it means for the run:

* the server cannot be reached, the secure connection or the login fails, or the
  server refuses the sender: nothing more can be sent, the run stops
  (``SendStopped`` with a message for the user) and the rest stays to send;
* the server refuses one recipient for good (5xx): that e-mail bounced, the run goes on;
* the server refuses for now (4xx): that e-mail failed and can be retried later;
* the connection drops: reconnect once and try that e-mail again.
"""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from crm_desktop.core.clock import Clock, SystemClock
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.smtp_settings import SmtpSettings

SERVER_DOWN = QT_TRANSLATE_NOOP(
    "core", "The mail server {server} cannot be reached ({reason}). Check its name and port, and the network.")
TLS_FAILED = QT_TRANSLATE_NOOP(
    "core", "The secure connection with the mail server {server} failed ({reason}). Check the security setting "
    "and the port: STARTTLS usually uses port 587, SSL/TLS port 465.")
LOGIN_REFUSED = QT_TRANSLATE_NOOP(
    "core", "The mail server refused the login of {user}. Check the user name and the password.")
NO_LOGIN = QT_TRANSLATE_NOOP(
    "core", "The mail server does not accept a login on this connection. Check the security setting, or leave "
    "the user name empty if the server needs none.")
CONNECTION_REFUSED = QT_TRANSLATE_NOOP("core", "The mail server {server} refused the connection: {reply}")
SENDER_REFUSED = QT_TRANSLATE_NOOP("core", "The mail server refused the sender address {sender}: {reply}")

Connect = Callable[[SmtpSettings], smtplib.SMTP]
Sleep = Callable[[float], None]
#: A server reply that means "closing the connection": reconnect as for a dropped line.
CLOSING = 421


class SendStopped(CrmError):
    """Nothing more can be sent in this run; the message says why and what to check."""


@dataclass(frozen=True)
class Outcome:
    """What became of one e-mail: "sent", "bounced" (refused for good) or "failed" (retry later)."""

    status: str
    reason: str = ""


def _server(settings: SmtpSettings) -> str:
    return f"{settings.host}:{settings.port}"


def _reply(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(text.split())


def _os_reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def build_message(settings: SmtpSettings, *, to_address: str, to_name: str, subject: str, body: str,
                  language: str | None, clock: Clock) -> EmailMessage:
    """One personalised e-mail with the unsubscribe line and header (raises ValueError on a bad address)."""
    message = EmailMessage()
    message["From"] = Address(display_name=settings.sender_name, addr_spec=settings.sender_address)
    message["To"] = Address(display_name=" ".join(to_name.split()), addr_spec=to_address)
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    message["Subject"] = " ".join(subject.split())
    message["Date"] = format_datetime(clock.now())
    message["Message-ID"] = make_msgid(domain=settings.sender_address.rpartition("@")[2] or None)
    message["List-Unsubscribe"] = f"<mailto:{settings.unsubscribe_address()}?subject=STOP>"
    message.set_content(f"{body.rstrip()}\n\n-- \n{settings.unsubscribe_line(language)}\n")
    return message


def connect_smtp(settings: SmtpSettings, smtp_class: type[smtplib.SMTP] = smtplib.SMTP,
                 ssl_class: type[smtplib.SMTP_SSL] = smtplib.SMTP_SSL) -> smtplib.SMTP:
    """An open, secured and logged-in connection, or SendStopped saying which step failed."""
    context = ssl.create_default_context()
    server = _server(settings)
    try:
        if settings.security == "ssl":
            connection: smtplib.SMTP = ssl_class(settings.host, settings.port, timeout=settings.timeout_s,
                                                 context=context)
        else:
            connection = smtp_class(settings.host, settings.port, timeout=settings.timeout_s)
    except ssl.SSLError as exc:
        raise SendStopped(TLS_FAILED, server=server, reason=_os_reason(exc)) from None
    except smtplib.SMTPConnectError as exc:
        raise SendStopped(CONNECTION_REFUSED, server=server, reply=f"{exc.smtp_code} {_reply(exc.smtp_error)}") \
            from None
    except (OSError, UnicodeError) as exc:  # refused, timed out, unknown name, dropped at once
        raise SendStopped(SERVER_DOWN, server=server, reason=_os_reason(exc)) from None
    try:
        if settings.security == "starttls":
            try:
                connection.ehlo()
                connection.starttls(context=context)
                connection.ehlo()
            except (ssl.SSLError, smtplib.SMTPNotSupportedError, smtplib.SMTPResponseException) as exc:
                raise SendStopped(TLS_FAILED, server=server, reason=_os_reason(exc)) from None
        if settings.username:
            try:
                connection.login(settings.username, settings.password)
            except smtplib.SMTPAuthenticationError:
                raise SendStopped(LOGIN_REFUSED, user=settings.username) from None
            except smtplib.SMTPNotSupportedError:
                raise SendStopped(NO_LOGIN) from None
            except smtplib.SMTPException as exc:
                if isinstance(exc, smtplib.SMTPServerDisconnected):
                    raise
                raise SendStopped(LOGIN_REFUSED, user=settings.username) from None
    except SendStopped:
        _close(connection)
        raise
    except OSError as exc:
        _close(connection)
        raise SendStopped(SERVER_DOWN, server=server, reason=_os_reason(exc)) from None
    return connection


def _close(connection: smtplib.SMTP) -> None:
    """Say goodbye if the server still listens; a closing error changes nothing."""
    try:
        connection.quit()
    except (OSError, smtplib.SMTPException):
        try:
            connection.close()
        except OSError:
            return


def _by_code(code: int, reply: bytes | str) -> Outcome:
    reason = f"{code} {_reply(reply)}".strip()
    return Outcome("bounced" if 500 <= code < 600 else "failed", reason)


class Mailer:
    """One connection for a whole run, paced to ``per_minute``; use as a context manager."""

    def __init__(self, settings: SmtpSettings, clock: Clock | None = None, sleep: Sleep = time.sleep,
                 connect: Connect = connect_smtp) -> None:
        self.settings = settings
        self._clock = clock or SystemClock()
        self._sleep = sleep
        self._connect = connect
        self._connection: smtplib.SMTP | None = None
        self._last_send: datetime | None = None
        #: How many times a dropped connection was opened again (for the report and tests).
        self.reconnects = 0

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def open(self) -> None:
        """Connect now (a run checks the server before it sends anything)."""
        if self._connection is None:
            self._connection = self._connect(self.settings)

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            _close(connection)

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except OSError:
                return

    def throttle(self) -> None:
        """Wait so that e-mails leave at most ``per_minute`` a minute, evenly spaced."""
        if self.settings.per_minute <= 0:
            return
        interval = 60.0 / self.settings.per_minute
        now = self._clock.now()
        if self._last_send is not None:
            wait = interval - (now - self._last_send).total_seconds()
            if wait > 0:
                self._sleep(wait)
                now = max(self._clock.now(), self._last_send + timedelta(seconds=interval))
        self._last_send = now

    def send(self, message: EmailMessage, pace: bool = True) -> Outcome:
        """Send one e-mail (after the pace's wait unless the caller waited already); SendStopped when
        the run cannot go on."""
        if pace:
            self.throttle()
        self.open()
        for attempt in (1, 2):
            connection = self._connection
            assert connection is not None
            try:
                refused = connection.send_message(message)
            except smtplib.SMTPRecipientsRefused as exc:
                code, reply = next(iter(exc.recipients.values()), (550, b""))
                return _by_code(code, reply)
            except smtplib.SMTPSenderRefused as exc:
                raise SendStopped(SENDER_REFUSED, sender=self.settings.sender_address,
                                  reply=f"{exc.smtp_code} {_reply(exc.smtp_error)}") from None
            except smtplib.SMTPNotSupportedError as exc:  # e.g. an address that needs SMTPUTF8
                return Outcome("bounced", _reply(str(exc)))
            except (smtplib.SMTPResponseException, smtplib.SMTPServerDisconnected, OSError) as exc:
                closing = isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code == CLOSING
                if isinstance(exc, smtplib.SMTPResponseException) and not closing:
                    return _by_code(exc.smtp_code, exc.smtp_error)
                self._drop()
                if attempt == 2:
                    raise SendStopped(SERVER_DOWN, server=_server(self.settings), reason=_os_reason(exc)) from None
                self.reconnects += 1
                self.open()
            except UnicodeError as exc:
                return Outcome("bounced", str(exc))
            else:
                if refused:
                    code, reply = next(iter(refused.values()))
                    return _by_code(code, reply)
                return Outcome("sent")
        raise AssertionError("unreachable")  # the loop returns or raises
