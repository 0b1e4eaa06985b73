"""The Encryption page of the settings: the business passphrase, and encrypting the database file.

Each action here is written at once through core/encryption_settings (like the support
levels), not by the dialog's Save: setting the passphrase (administrators and managers
allowed to change settings, once for the business), entering it on this computer (anyone:
this computer's sync and backups need the key), and turning encryption of sync files and
backups on or off. When the business's settings have not reached this computer yet (they
travel in encrypted sync files), the passphrase is checked against the sync folder's files.
The database file option needs SQLCipher; where it is not installed the option is off and
the page says why. Turning it on or off converts this computer's database file in a worker
(core/database_encryption), then swaps the converted copy in on the GUI thread: the window's
connection is replaced in place, and every view goes on working.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.core import database_encryption
from crm_desktop.core.backup import database_file
from crm_desktop.core.context import Context
from crm_desktop.core.crypto import KdfSpec
from crm_desktop.core.encryption_settings import (
    SQLCIPHER_MISSING,
    database_encryption_ready,
    knows_key,
    load_encryption,
    load_keys,
    set_enabled,
    set_passphrase,
    unlock,
)
from crm_desktop.core.errors import CrmError
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.core.settings import load_local
from crm_desktop.sync.hub import folder_key_spec
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.record_form import (
    ERROR_COLOR,
    MUTED_COLOR,
    LineField,
    RecordForm,
    message_line,
    shown,
    write_or_explain,
)
from crm_desktop.ui.workers import Task

OK_COLOR = "#166534"


class EncryptionPage(QScrollArea):
    """Passphrase, encryption of sync files and backups, and the database file option."""

    #: Something was written (passphrase set or entered, encryption turned on or off).
    changed = Signal()
    #: The database file was converted: True encrypted now, False plain.
    database_converted = Signal(bool)

    def __init__(self, ctx: Context, parent: QWidget | None = None, keys_file: Path | None = None,
                 hub_folder: Path | None = None, db_path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keys_file = keys_file
        self.db_path = db_path if db_path is not None else database_file(ctx.db)
        self.task: Task | None = None
        folder = hub_folder if hub_folder is not None else load_local().hub_folder
        self.hub_folder = Path(folder) if folder else None
        self.can_edit = allowed(ctx.user.role, Perm.SETTINGS)
        self.setObjectName("encryptionPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

        page = QWidget()
        box = QVBoxLayout(page)
        files = QGroupBox(self.tr("Sync files and backups"), page)
        files_box = QVBoxLayout(files)
        about = QLabel(self.tr(
            "With a passphrase set once for the business, the files that leave this computer (sync files in the "
            "shared folder, backups) are encrypted: a lost USB stick or a copied folder shows nothing. Each "
            "computer asks for the passphrase once and keeps the key; the passphrase itself is stored nowhere."))
        about.setWordWrap(True)
        files_box.addWidget(about)
        self.status = QLabel(files)
        self.status.setObjectName("encryptionStatus")
        self.status.setWordWrap(True)
        files_box.addWidget(self.status)

        self.setup_form = RecordForm(files)
        setup = self.setup_form.add_section(self.tr("Set the business passphrase"))
        warning = QLabel(self.tr(
            "Write it down and keep it safe: without it, encrypted backups cannot be restored. It cannot be "
            "changed later."), files)
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {MUTED_COLOR};")
        setup.addRow(warning)
        self.new_passphrase = self.setup_form.add_field(setup, "passphrase", self.tr("Passphrase"), LineField(1000))
        self.repeat = self.setup_form.add_field(setup, "repeat", self.tr("Again"), LineField(1000))
        self.set_button = QPushButton(self.tr("Set the passphrase and encrypt"), files)
        self.set_button.setObjectName("setPassphrase")
        self.set_button.setAutoDefault(False)
        self.set_button.clicked.connect(self.set_passphrase)
        setup.addRow("", self.set_button)
        self.setup_form.finish()
        files_box.addWidget(self.setup_form)

        self.unlock_form = RecordForm(files)
        unlocking = self.unlock_form.add_section(self.tr("Enter the passphrase on this computer"))
        self.passphrase = self.unlock_form.add_field(unlocking, "passphrase", self.tr("Passphrase"), LineField(1000))
        self.unlock_button = QPushButton(self.tr("Use on this computer"), files)
        self.unlock_button.setObjectName("unlockPassphrase")
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.enter_passphrase)
        unlocking.addRow("", self.unlock_button)
        self.unlock_form.finish()
        files_box.addWidget(self.unlock_form)
        for field in (self.new_passphrase, self.repeat, self.passphrase):
            field.setEchoMode(QLineEdit.EchoMode.Password)

        self.enabled = QCheckBox(self.tr("Encrypt sync files and backups"), files)
        self.enabled.setObjectName("encryptFiles")
        self.enabled.toggled.connect(self._toggled)
        files_box.addWidget(self.enabled)
        self.message = message_line(files)
        files_box.addWidget(self.message)
        box.addWidget(files)

        database = QGroupBox(self.tr("Database file"), page)
        database_box = QVBoxLayout(database)
        self.database_option = QCheckBox(self.tr("Encrypt the database file on this computer (SQLCipher)"), database)
        self.database_option.setObjectName("encryptDatabase")
        self.database_option.setEnabled(False)
        self.database_option.toggled.connect(self._database_toggled)
        self.database_reason = QLabel(core_tr(SQLCIPHER_MISSING), database)
        self.database_reason.setObjectName("databaseEncryptionReason")
        self.database_reason.setWordWrap(True)
        self.database_reason.setStyleSheet(f"color: {MUTED_COLOR};")
        self.database_message = message_line(database)
        self.database_message.setObjectName("databaseEncryptionMessage")
        database_box.addWidget(self.database_option)
        database_box.addWidget(self.database_reason)
        database_box.addWidget(self.database_message)
        box.addWidget(database)
        box.addStretch(1)
        self.setWidget(page)
        self.refresh()

    def _spec(self) -> KdfSpec | None:
        """The key to enter: the business's settings, or (not received yet) the sync folder's files."""
        spec = load_encryption(self.ctx.db).spec()
        if spec is None and self.hub_folder is not None:
            spec = folder_key_spec(self.hub_folder)
        return spec

    def refresh(self) -> None:
        settings = load_encryption(self.ctx.db)
        spec = self._spec()
        known = spec is not None and spec.key_id in load_keys(self.keys_file)
        if settings.spec() is None and spec is None:
            text = self.tr("No business passphrase is set: sync files and backups are not encrypted.")
        elif settings.spec() is None:
            text = self.tr("The sync folder's files are encrypted: enter the business passphrase to read them.")
        elif settings.enabled:
            text = self.tr("Sync files and backups are encrypted.")
        else:
            text = self.tr("A business passphrase is set, but sync files and backups are not encrypted now.")
        if spec is not None:
            text += " " + (self.tr("This computer knows the passphrase.") if known
                           else self.tr("This computer does not know the passphrase yet."))
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {OK_COLOR};" if known else "")
        self.setup_form.setVisible(spec is None and self.can_edit)
        self.unlock_form.setVisible(spec is not None and not known)
        self.enabled.setVisible(settings.spec() is not None)
        self.enabled.setEnabled(self.can_edit and knows_key(settings, self.keys_file))
        self.enabled.blockSignals(True)
        self.enabled.setChecked(settings.enabled)
        self.enabled.blockSignals(False)
        self._refresh_database(settings.spec() is not None and knows_key(settings, self.keys_file))

    def _refresh_database(self, key_known: bool) -> None:
        """The database file option: its state is the file's own; why it is off when it cannot be used."""
        encrypted = database_encryption.encrypted(self.ctx.db)
        self.database_option.blockSignals(True)
        self.database_option.setChecked(encrypted)
        self.database_option.blockSignals(False)
        busy = self.task is not None and not self.task.is_done()
        if not database_encryption_ready():
            reason = core_tr(SQLCIPHER_MISSING)
        elif self.db_path is None:
            reason = self.tr("This database is kept in memory only: there is no file to encrypt.")
        elif not encrypted and not key_known:
            reason = self.tr("Set the business passphrase (or enter it on this computer) first: the database key is "
                             "derived from it.")
        else:
            reason = self.tr("Only this computer's copy is concerned: each computer chooses for its own file. The "
                             "backups of an encrypted database are always encrypted too.")
        usable = (database_encryption_ready() and self.db_path is not None and self.can_edit and not busy
                  and (encrypted or key_known))
        self.database_option.setEnabled(usable)
        self.database_reason.setText(reason)
    def set_passphrase(self) -> bool:
        self.message.hide()
        done = write_or_explain(self.setup_form, shown(self.message), lambda: set_passphrase(
            self.ctx, self.new_passphrase.text(), self.repeat.text(), self.keys_file))
        if done:
            self.new_passphrase.clear()
            self.repeat.clear()
            self._written()
        return done

    def enter_passphrase(self) -> bool:
        self.message.hide()
        spec = self._spec()
        if spec is None:
            return False
        done = write_or_explain(self.unlock_form, shown(self.message),
                                lambda: unlock(spec, self.passphrase.text(), self.keys_file))
        if done:
            self.passphrase.clear()
            self._written()
        return done

    def _toggled(self, on: bool) -> None:
        self.message.hide()
        try:
            set_enabled(self.ctx, on)
        except CrmError as exc:
            shown(self.message)(error_text(exc))
            self.refresh()
            return
        self._written()

    def _database_toggled(self, on: bool) -> None:
        """Encrypt (on) or decrypt (off) this computer's database file in a worker, then swap it in."""
        self.database_message.hide()
        if self.db_path is None:
            return
        db_path = self.db_path
        try:
            job = (database_encryption.encrypt_job(self.ctx, db_path, self.keys_file) if on
                   else database_encryption.decrypt_job(self.ctx, db_path))
        except CrmError as exc:
            self._database_say(error_text(exc))
            self.refresh()
            return
        label = self.tr("Encrypting the database file…") if on else self.tr("Decrypting the database file…")
        task = Task(job, self.tr("Database file"), label, self)
        task.succeeded.connect(lambda staged: self._put_in_place(db_path, staged, on))
        task.failed.connect(self._conversion_failed)
        task.cancelled.connect(lambda: database_encryption.discard(db_path))
        task.finished.connect(self.refresh)
        self.task = task
        self.database_option.setEnabled(False)
        task.start()

    def _put_in_place(self, db_path: Path, staged: object, on: bool) -> None:
        try:
            database_encryption.put_in_place(self.ctx.db, db_path, Path(str(staged)))
        except CrmError as exc:
            self._database_say(error_text(exc))
            return
        self._database_say(self.tr("The database file is now encrypted.") if on
                           else self.tr("The database file is no longer encrypted."), ok=True)
        self.database_converted.emit(on)

    def _database_say(self, text: str, ok: bool = False) -> None:
        self.database_message.setStyleSheet(f"color: {OK_COLOR if ok else ERROR_COLOR};")
        shown(self.database_message)(text)

    def _conversion_failed(self, exc: object) -> None:
        if self.db_path is not None:
            database_encryption.discard(self.db_path)
        if not isinstance(exc, CrmError):
            raise exc  # a bug: the error reporter logs it
        self._database_say(error_text(exc))

    def _written(self) -> None:
        self.setup_form.clear_errors()
        self.unlock_form.clear_errors()
        self.refresh()
        self.changed.emit()
