"""The business passphrase asked at start, before the log-in, when the database file is encrypted
and this computer does not know its key (a copied file, or a key kept for one session only).

Core checks the passphrase against the file itself (core/encryption_settings.unlock_database); a wrong
one is said under the field and nothing is changed. "Remember on this computer" keeps the key in this
user's key file; unticked, it is forgotten when CRM Desktop closes. Cancel quits the application.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.core.encryption_settings import unlock_database
from crm_desktop.ui.login_dialog import password_field
from crm_desktop.ui.record_form import RecordForm, message_line, save_buttons, shown, write_or_explain
from crm_desktop.ui.widgets import heading


class PassphraseDialog(QDialog):
    """Ask the business passphrase of the encrypted database ``db_path``; accepted once it opens it."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, keys_file: Path | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.keys_file = keys_file
        self.setWindowTitle(self.tr("Encrypted database — CRM Desktop"))
        self.setObjectName("passphraseDialog")
        self.setMinimumWidth(500)

        note = QLabel(self.tr("The database {name} is encrypted on this computer. Enter the business passphrase "
                              "to open it.").format(name=self.db_path.name), self)
        note.setWordWrap(True)
        note.setToolTip(str(self.db_path))
        self.form = RecordForm(self)
        section = self.form.add_section("")
        self.passphrase = self.form.add_field(section, "passphrase", self.tr("Passphrase"), password_field())
        self.passphrase.setObjectName("databasePassphrase")
        self.form.finish()
        self.remember = QCheckBox(self.tr("Remember on this computer"), self)
        self.remember.setObjectName("rememberPassphrase")
        self.remember.setChecked(True)
        self.message = message_line(self)
        self.ok = QPushButton(self.tr("Open"), self)
        self.ok.setObjectName("openDatabase")
        self.ok.clicked.connect(self.try_open)
        buttons, self.cancel = save_buttons(self, self.ok)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Encrypted database"), 1.3, self))
        layout.addWidget(note)
        layout.addWidget(self.form)
        layout.addWidget(self.remember)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_open(self) -> bool:
        """Check the passphrase; accepted when it opens the database, else the reason under the field."""
        self.message.hide()
        self.form.clear_errors()
        done = write_or_explain(self.form, shown(self.message), lambda: unlock_database(
            self.db_path, self.passphrase.text(), self.remember.isChecked(), self.keys_file))
        if done:
            self.accept()
        else:
            self.passphrase.selectAll()
        return done
