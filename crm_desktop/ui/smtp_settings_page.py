"""The E-mail page of the settings: the mail server campaigns send through.

Core checks the values (a message under each bad field) and stores them: the
password on this computer only, the rest shared with the other computers.
"Test connection" connects and logs in off the GUI thread (an unreachable server
can take the whole timeout to answer) and says plainly what went wrong.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.core.choices import PERSON_LANGUAGES
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.core.smtp_settings import (
    DEFAULT_PORTS,
    DEFAULT_UNSUBSCRIBE,
    SECURITY,
    SmtpSettings,
    load_smtp,
    save_smtp,
    test_connection,
    validate_smtp,
)
from crm_desktop.ui.errors import report_exception
from crm_desktop.ui.i18n import core_tr, render
from crm_desktop.ui.record_form import (
    ERROR_COLOR,
    MUTED_COLOR,
    Banner,
    ChoiceField,
    LineField,
    RecordForm,
    SuffixField,
    write_or_explain,
)
from crm_desktop.ui.workers import Task, run_detached

OK_COLOR = "#166534"
class SmtpSettingsPage(QScrollArea):
    """Mail server, sender, pace and unsubscribe line; ``save()`` is called by the settings dialog."""

    saved = Signal()
    #: After "Test connection": True when the server answered and accepted the login.
    tested = Signal(bool)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("smtpSettingsPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.can_edit = allowed(ctx.user.role, Perm.SETTINGS)
        self._settings = load_smtp(ctx.db)
        self._task: Task | None = None
        self._tested_settings = self._settings

        self.banner = Banner(self)
        self.form = RecordForm(self)
        server = self.form.add_section(self.tr("Mail server"))
        self.host = self.form.add_field(server, "host", self.tr("Server"), LineField(253, self.tr("smtp.example.com")))
        self.security = self.form.add_field(server, "security", self.tr("Security"), ChoiceField(
            [(key, core_tr(label)) for key, label in SECURITY.items()], allow_empty=False))
        self.security.setMinimumWidth(260)
        self.port = self.form.add_field(server, "port", self.tr("Port"), SuffixField("", 80))
        self.username = self.form.add_field(server, "username", self.tr("User name"),
                                            LineField(254, self.tr("empty if the server needs no login")))
        self.password = self.form.add_field(server, "password", self.tr("Password"), LineField(1000))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        password_note = QLabel(self.tr("The password is kept on this computer only; it is not shared by sync."))
        password_note.setWordWrap(True)
        password_note.setStyleSheet(f"color: {MUTED_COLOR};")
        server.addRow("", password_note)

        sender = self.form.add_section(self.tr("Sender"))
        self.sender_address = self.form.add_field(sender, "sender_address", self.tr("Sender address"),
                                                  LineField(254, self.tr("news@your-business.example")))
        self.sender_name = self.form.add_field(sender, "sender_name", self.tr("Sender name"),
                                               LineField(120, self.tr("your business's name")))
        self.reply_to = self.form.add_field(sender, "reply_to", self.tr("Replies go to"),
                                            LineField(254, self.tr("empty: the sender address")))
        self.per_minute = self.form.add_field(sender, "per_minute", self.tr("At most"),
                                              SuffixField(self.tr("e-mails a minute (0: no limit)"), 80))

        lines = self.form.add_section(self.tr("Unsubscribe line"))
        note = QLabel(self.tr(
            "Added under every campaign e-mail, in the language of the person. {sender} becomes the address "
            "replies go to."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_COLOR};")
        lines.addRow(note)
        self.unsubscribe: dict[str, LineField] = {}
        for language in DEFAULT_UNSUBSCRIBE:
            label = core_tr(PERSON_LANGUAGES.get(language, language))
            self.unsubscribe[language] = self.form.add_field(lines, f"unsubscribe.{language}", label, LineField(300))
        self.form.finish()

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.hide()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)

        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.banner)
        if not self.can_edit:
            readonly = QLabel(self.tr("Only an administrator can change the mail server."))
            readonly.setEnabled(False)
            box.addWidget(readonly)
        box.addWidget(self.form)
        box.addLayout(test_row)
        box.addStretch(1)
        self.setWidget(page)

        self._security = self._settings.security
        self.security.currentIndexChanged.connect(self._security_changed)
        self.show_settings(self._settings)
        self.form.set_read_only(not self.can_edit)

    # --- values ----------------------------------------------------------------------

    def show_settings(self, settings: SmtpSettings) -> None:
        self._security = settings.security
        self.form.set_values({
            "host": settings.host, "security": settings.security, "port": settings.port,
            "username": settings.username, "password": settings.password,
            "sender_address": settings.sender_address, "sender_name": settings.sender_name,
            "reply_to": settings.reply_to, "per_minute": settings.per_minute,
            **{f"unsubscribe.{lang}": (settings.unsubscribe or {}).get(lang, "") for lang in self.unsubscribe},
        })

    def _security_changed(self) -> None:
        """Follow the usual port of the new security unless the user typed another one."""
        new = self.security.value()
        if self.port.value().strip() in ("", str(DEFAULT_PORTS.get(self._security, ""))) and new in DEFAULT_PORTS:
            self.port.set_value(DEFAULT_PORTS[new])
        self._security = new

    def values(self) -> SmtpSettings:
        """What the page holds (not yet checked); digits typed as text are checked by core."""
        values = self.form.values()
        return replace(
            self._settings,
            host=values["host"], port=values["port"].strip(), security=values["security"] or "",
            username=values["username"], password=values["password"], sender_address=values["sender_address"],
            sender_name=values["sender_name"], reply_to=values["reply_to"], per_minute=values["per_minute"].strip(),
            unsubscribe={lang: values[f"unsubscribe.{lang}"] for lang in self.unsubscribe},
        )

    def check(self) -> SmtpSettings | None:
        """The clean settings, or None with each problem shown under its field."""
        self.banner.hide()
        try:
            return validate_smtp(self.values())
        except ValidationError as exc:
            rest = self.form.show_errors(exc.errors)
            if rest:
                self.banner.show_message("\n".join(render(message) for message in rest.values()))
            return None

    def save(self) -> bool:
        """Write through core if anything changed; False (and the reasons shown) when refused."""
        if not self.can_edit or not self.form.modified:
            return True
        self.banner.hide()
        written: list[SmtpSettings] = []
        if not write_or_explain(self.form, self.banner.show_message,
                                lambda: written.append(save_smtp(self.ctx, self.values()))):
            return False
        self._settings = written[0]
        self.show_settings(self._settings)
        self.saved.emit()
        return True

    def error_text(self, key: str) -> str:
        return self.form.error_text(key)

    # --- test ------------------------------------------------------------------------

    def testing(self) -> bool:
        return self._task is not None

    def test(self) -> bool:
        """Connect and log in with what the page holds now (saved or not), in a worker."""
        if self._task is not None:
            return False
        settings = self.check()
        if settings is None:
            return False
        self.form.clear_errors()
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Connecting to {server}…").format(server=settings.host), MUTED_COLOR)
        self._tested_settings = settings
        task = Task(lambda _progress: test_connection(settings), "", "", None, show_dialog=False)
        # Not a child of the page: closing the settings while a slow server is tried must not
        # destroy a running thread. The page's slots are dropped by Qt if the page goes first.
        task.succeeded.connect(self._test_answered)
        task.failed.connect(self._test_crashed)
        task.finished.connect(self._test_finished)
        task.finished.connect(task.deleteLater)
        self._task = task
        run_detached(task)
        return True

    def _test_answered(self, problem: Message | None) -> None:
        settings = self._tested_settings
        if problem is None:
            text = (self.tr("Connected and logged in to {server}.") if settings.username
                    else self.tr("Connected to {server}.")).format(server=f"{settings.host}:{settings.port}")
            self._show_result(text, OK_COLOR)
        else:
            self._show_result(render(problem), ERROR_COLOR)
        self.tested.emit(problem is None)

    def _test_crashed(self, error: BaseException) -> None:
        report_exception(error)
        self._show_result(self.tr("The connection test stopped unexpectedly."), ERROR_COLOR)
        self.tested.emit(False)

    def _test_finished(self) -> None:
        self._task = None
        self.test_button.setEnabled(True)

    def _show_result(self, text: str, color: str) -> None:
        self.test_result.setText(text)
        self.test_result.setStyleSheet(f"color: {color};")
        self.test_result.show()

    def result_text(self) -> str:
        return self.test_result.text() if not self.test_result.isHidden() else ""
