"""A real SMTP server on 127.0.0.1 for the e-mail tests (aiosmtpd in its own thread).

The handler keeps every message it accepted (parsed), refuses chosen recipients with
550, can require a login, and can drop the connection in the middle of a message.
"SMTP down" is ``free_port()``: a port where nothing listens.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from crm_desktop.core.smtp_settings import SmtpSettings

HOST = "127.0.0.1"
USER, PASSWORD = "shop", "s3cret"


def free_port() -> int:
    """A port nothing listens on (the OS just handed it out and it was closed again)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass
class Received:
    """One message the server accepted: the envelope and the parsed e-mail."""

    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class StoringHandler:
    """Stores accepted messages; refuses ``refused`` recipients for good (550)."""

    refused: set[str] = field(default_factory=set)
    #: Drop the connection (no reply) while receiving this many next messages.
    drop_next: int = 0
    #: Refuse MAIL FROM until the client logged in.
    require_login: bool = False
    #: Keep each message (tests read them); a benchmark only counts.
    keep: bool = True
    count: int = 0
    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802
                          mail_options: list[str]) -> str:
        if self.require_login and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802
                          rcpt_options: list[str]) -> str:
        if address.lower() in self.refused:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self.lock:
            if self.drop_next > 0:
                self.drop_next -= 1
                server.transport.close()
                return "421 4.3.0 Closing"
            self.count += 1
            if not self.keep:
                return "250 Message accepted for delivery"
            message = message_from_bytes(envelope.content, policy=policy.default)
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def messages(self) -> list[EmailMessage]:
        with self.lock:
            return [r.message for r in self.received]


def _authenticator(handler: StoringHandler) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode()
            handler.logins.append(login)
            if login == USER and auth_data.password.decode() == PASSWORD:
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    return check


class LocalSmtp:
    """The running server: its handler, port and settings that reach it."""

    def __init__(self, require_login: bool = False, keep: bool = True) -> None:
        self.handler = StoringHandler(keep=keep)
        self.port = free_port()
        kwargs: dict[str, Any] = {}
        if require_login:
            # Login is checked by the handler (auth_required would warn about plain-text AUTH).
            kwargs = {"authenticator": _authenticator(self.handler), "auth_require_tls": False}
            self.handler.require_login = True
        self.controller = Controller(self.handler, hostname=HOST, port=self.port, ready_timeout=10, **kwargs)
        self.require_login = require_login

    def start(self) -> LocalSmtp:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def settings(self, **changes: Any) -> SmtpSettings:
        return settings_for(changes.pop("port", self.port), self.require_login, **changes)

    @property
    def received(self) -> list[Received]:
        return list(self.handler.received)


def settings_for(port: int, login: bool = False, **changes: Any) -> SmtpSettings:
    """Settings that reach a local server on ``port`` (plain SMTP, no pace unless asked)."""
    values: dict[str, Any] = {"host": HOST, "port": port, "security": "none",
                              "sender_address": "news@boulangerie.example", "sender_name": "Boulangerie Dupont",
                              "reply_to": "contact@boulangerie.example", "per_minute": 0, "timeout_s": 5.0}
    if login:
        values.update(username=USER, password=PASSWORD)
    values.update(changes)
    return SmtpSettings(**values)


def running(require_login: bool = False) -> Iterator[LocalSmtp]:
    """For a fixture: ``yield from running()`` starts the server and always stops its thread."""
    server = LocalSmtp(require_login=require_login).start()
    try:
        yield server
    finally:
        server.stop()
