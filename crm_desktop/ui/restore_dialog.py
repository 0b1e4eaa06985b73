"""File › Restore a backup…: choose a backup, see what it holds, then put it in place.

The preview (date and counts) is read from the file itself by core/backup, off the GUI
thread (an encrypted backup is decrypted and checked first). An encrypted backup whose
key this computer does not know asks for the business passphrase; a file that fails
authentication or is no CRM database is refused with the reason, and Restore stays off.
Restoring keeps the database in use aside first (core/backup.restore); the application's
connection is closed only once the backup has been checked, just before the swap, so a
refused backup leaves everything as it was. Afterwards CRM Desktop must be started again:
``restored`` tells the main window, which closes.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import backup
from crm_desktop.core.context import Context
from crm_desktop.core.crypto import KdfSpec
from crm_desktop.core.encryption_settings import load_keys, unlock
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.record_form import LineField, RecordForm, message_line, save_buttons
from crm_desktop.ui.support_format import moment_text
from crm_desktop.ui.widgets import heading
from crm_desktop.ui.workers import Task


class RestoreDialog(QDialog):
    """Choose a backup, preview it, restore it; ``restored(kept aside as)`` once it is in place."""

    #: After a preview was asked: True when the backup can be restored.
    previewed = Signal(bool)
    #: The backup is in place; the path is where the previous database was kept.
    restored = Signal(str)
    #: The restore was refused (the database in use is unchanged).
    refused = Signal(str)

    def __init__(self, ctx: Context, db_path: Path, parent: QWidget | None = None,
                 keys_file: Path | None = None, start_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db_path = Path(db_path)
        self.keys_file = keys_file
        self.start_folder = start_folder or backup.default_backups_dir()
        self.source: Path | None = None
        self.preview: backup.BackupPreview | None = None
        self._needed: KdfSpec | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setObjectName("restoreDialog")
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Restore a backup"), 1.3, self))
        intro = QLabel(self.tr(
            "The backup replaces the database in use. That database is first kept aside, next to it, so "
            "nothing is lost. CRM Desktop then closes: start it again to work with the restored data."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        hint = self.tr("a backup file (.db, or encrypted)")
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("backupPath")
        self.path_edit.setPlaceholderText(hint)
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        self.key_form = RecordForm(self)
        key_section = self.key_form.add_section(self.tr("Encrypted backup"))
        self.key_note = QLabel(self.tr("This backup is encrypted with a passphrase this computer does not know "
                                       "yet. Enter the business passphrase to open it."), self)
        self.key_note.setWordWrap(True)
        self.key_note.hide()
        self.passphrase = self.key_form.add_field(key_section, "passphrase", self.tr("Passphrase"), LineField(1000))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.open_button = QPushButton(self.tr("Open the backup"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.enter_passphrase(self.passphrase.text()))
        key_section.addRow("", self.open_button)
        self.key_form.finish()
        self.key_form.hide()
        layout.addWidget(self.key_note)
        layout.addWidget(self.key_form)

        self.preview_box = QGroupBox(self.tr("What the backup holds"), self)
        self.preview_rows = QFormLayout(self.preview_box)
        self.preview_box.hide()
        layout.addWidget(self.preview_box)

        self.done_label = QLabel(self)
        self.done_label.setObjectName("restoreDone")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        layout.addWidget(self.done_label)
        self.message = message_line(self)
        self.message.setObjectName("restoreMessage")
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.buttons, self.cancel_button = save_buttons(self, self.restore_button)
        layout.addWidget(self.buttons)

    # choosing and previewing

    def choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(self.start_folder),
            self.tr("Backups (*.db *.crm *.crmbackup);;All files (*)"))
        if name:
            self.load(Path(name))

    def _keys(self) -> dict[bytes, bytes]:
        return load_keys(self.keys_file)

    def load(self, path: Path) -> None:
        """Show ``path`` and read its preview (asking for the passphrase first when needed)."""
        self.source = Path(path)
        self.path_edit.setText(str(self.source))
        self.preview = None
        self.restore_button.setEnabled(False)
        self.preview_box.hide()
        self._say("")
        try:
            self._needed = backup.needs_key(self.source, self._keys())
        except CrmError as exc:
            self._refuse_preview(error_text(exc))
            return
        self.key_form.setVisible(self._needed is not None)
        self.key_note.setVisible(self._needed is not None)
        self._fit()
        if self._needed is not None:
            self.passphrase.setFocus()
            self.previewed.emit(False)
            return
        self._read_preview()

    def enter_passphrase(self, passphrase: str) -> bool:
        """Check the passphrase against the backup's key, keep the key here, then preview."""
        if self._needed is None or self.source is None:
            return False
        self.key_form.clear_errors()
        try:
            unlock(self._needed, passphrase, self.keys_file)
        except ValidationError as exc:
            self.key_form.show_errors(exc.errors)
            return False
        self._needed = None
        self.passphrase.clear()
        self.key_form.hide()
        self.key_note.hide()
        self._read_preview()
        return True

    def _read_preview(self) -> None:
        source, keys, work_dir = self.source, self._keys(), self.db_path.parent
        assert source is not None
        task = Task(lambda _progress: backup.preview(source, keys, work_dir), self.tr("Restore a backup"),
                    self.tr("Reading the backup…"), self)
        task.succeeded.connect(self._show_preview)
        task.failed.connect(self._preview_failed)
        task.cancelled.connect(lambda: self.previewed.emit(False))
        self._run(task)

    def _run(self, task: Task) -> None:
        self._task = task
        self.choose_button.setEnabled(False)
        task.finished.connect(lambda: self.choose_button.setEnabled(not self.done_label.isVisible()))
        task.start()

    def _preview_failed(self, exc: object) -> None:
        if not isinstance(exc, CrmError):
            raise exc  # a bug: the error reporter logs it
        self._refuse_preview(error_text(exc))

    def _refuse_preview(self, text: str) -> None:
        self._say(text)
        self.previewed.emit(False)

    def _show_preview(self, preview: backup.BackupPreview) -> None:
        self.preview = preview
        while self.preview_rows.rowCount():
            self.preview_rows.removeRow(0)
        locale = QLocale()
        self._row(self.tr("Made"), made_text(preview.made_at), "previewMade")
        if preview.last_change:
            self._row(self.tr("Last change in it"), moment_text(preview.last_change), "previewLastChange")
        self._row(self.tr("Encrypted"), self.tr("Yes") if preview.encrypted else self.tr("No"), "previewEncrypted")
        for label, count in preview.counts:
            self._row(core_tr(label), locale.toString(count), f"previewCount.{label}")
        self.preview_box.show()
        self._fit()
        self.restore_button.setEnabled(True)
        self.previewed.emit(True)

    def _row(self, label: str, value: str, name: str) -> None:
        shown = QLabel(value, self.preview_box)
        shown.setObjectName(name)
        self.preview_rows.addRow(label, shown)

    def preview_text(self) -> dict[str, str]:
        """What the preview shows, by row name (tests, screenshots)."""
        out = {}
        for row in range(self.preview_rows.rowCount()):
            item = self.preview_rows.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                out[widget.objectName()] = widget.text()
        return out

    # restoring

    def restore(self) -> None:
        """Put the previewed backup in place (the database in use is closed just before the swap)."""
        if self.preview is None or self.source is None:
            return
        source, db_path, clock, keys = self.source, self.db_path, self.ctx.clock, self._keys()
        db = self.ctx.db
        self.restore_button.setEnabled(False)
        self._say("")

        def job(_progress: object) -> tuple[str]:
            aside = backup.restore(source, db_path, clock, keys, before_swap=db.close)
            return (str(aside) if aside else "",)

        task = Task(job, self.tr("Restore a backup"), self.tr("Restoring the backup…"), self)
        # Cancel cannot undo a restore that has finished: the outcome is read from the task itself.
        task.finished.connect(lambda: self._restore_finished(task))
        self._run(task)

    def _restore_finished(self, task: Task) -> None:
        if task.error is not None:
            if not isinstance(task.error, CrmError):
                raise task.error
            text = error_text(task.error)
            self._say(text)
            self.restore_button.setEnabled(True)
            self.refused.emit(text)
            return
        if not task.result:
            self.restore_button.setEnabled(True)
            return
        (aside,) = task.result
        kept = self.tr("The database in use before was kept as {path}.").format(path=aside) if aside else ""
        self.done_label.setText(" ".join(filter(None, [
            self.tr("The backup was restored."), kept,
            self.tr("CRM Desktop closes now: start it again to work with the restored data.")])))
        self.done_label.show()
        self.restore_button.hide()
        self.choose_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close CRM Desktop"))
        self.cancel_button.setMinimumWidth(self.cancel_button.sizeHint().width())
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(self.accept)
        self._fit()
        self.restored.emit(aside)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        """Grow or shrink to what is shown now (sections appear and disappear)."""
        layout = self.layout()
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        self.resize(self.width(), max(height, layout.totalMinimumSize().height(), self.minimumSizeHint().height()))


def made_text(moment: datetime) -> str:
    """A backup's time as the user reads it (local, long format)."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.LongFormat)
