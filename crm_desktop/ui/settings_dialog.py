"""Settings: the business (letterhead of every report), this machine's language and sync.

Business settings live in the database through core.settings (validated there;
an error is shown under the field that caused it and nothing is saved). The logo
is stored once in the database's content store (attachments.BlobStore) and only
its SHA-256 is kept in the settings. The language, the shared sync folder and the
automatic sync interval are LocalSettings of this machine; the language applies the
next time the application starts.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.attachments import BlobStore, store_dir
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.core.settings import (
    CURRENCIES,
    PHONE_REGIONS,
    BusinessSettings,
    load_business,
    load_local,
    save_business,
    save_local,
    validate_business,
)
from crm_desktop.sync.site import current as current_site
from crm_desktop.ui.i18n import error_text, render

ERROR_STYLE = "color: #b00020;"
LOGO_SIZE = (200, 80)
# The longest automatic sync interval offered: a day.
MAX_AUTO_SYNC_MINUTES = 24 * 60


class SettingsDialog(QDialog):
    """Edit the business settings and the interface language."""

    saved = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self._business = load_business(ctx.db)
        self._local = load_local()
        self._logo_sha = self._business.logo_sha256
        self._pending_logo: Path | None = None
        self._store = BlobStore(store_dir(ctx.db))
        self.errors: dict[str, QLabel] = {}

        self.name = QLineEdit(self._business.name)
        self.street = QLineEdit(self._business.street)
        self.postcode = QLineEdit(self._business.postcode)
        self.postcode.setMaximumWidth(120)
        self.city = QLineEdit(self._business.city)
        self.country = self._country_combo(self._business.country)
        self.vat = QLineEdit(self._business.vat)
        self.vat.setPlaceholderText(self.tr("e.g. BE0123456749"))
        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(self.currency.findData(self._business.currency), 0))
        self.phone_region = self._country_combo(self._business.phone_region, PHONE_REGIONS)
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem(self.tr("Français"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(self.language.findData(self._local.language or ""), 0))

        self.hub_folder = QLineEdit(self._local.hub_folder)
        self.hub_folder.setObjectName("hubFolder")
        self.hub_folder.setPlaceholderText(self.tr("USB stick or network folder"))
        self.hub_folder.setClearButtonEnabled(True)
        self.choose_folder = QPushButton(self.tr("Choose…"))
        self.choose_folder.setAutoDefault(False)
        self.choose_folder.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.hub_folder, 1)
        folder_row.addWidget(self.choose_folder)
        self.folder_state = QLabel()
        self.folder_state.setObjectName("folderState")
        self.folder_state.setWordWrap(True)
        folder_box = QVBoxLayout()
        folder_box.setContentsMargins(0, 0, 0, 0)
        folder_box.setSpacing(2)
        folder_box.addLayout(folder_row)
        folder_box.addWidget(self.folder_state)
        folder_widget = QWidget()
        folder_widget.setLayout(folder_box)
        self.hub_folder.textChanged.connect(self._show_folder_state)
        self.auto_sync = QSpinBox()
        self.auto_sync.setObjectName("autoSync")
        self.auto_sync.setRange(0, MAX_AUTO_SYNC_MINUTES)
        self.auto_sync.setSingleStep(5)
        self.auto_sync.setSuffix(self.tr(" min"))
        self.auto_sync.setSpecialValueText(self.tr("Off"))
        self.auto_sync.setValue(max(0, min(int(self._local.auto_sync_minutes or 0), MAX_AUTO_SYNC_MINUTES)))
        self.auto_sync.setMaximumWidth(140)
        self._show_folder_state()

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(*LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setStyleSheet("QLabel#logoPreview { border: 1px dashed palette(mid); }")
        self.choose_logo = QPushButton(self.tr("Choose…"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.clicked.connect(self.clear_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_widget = QWidget()
        logo_widget.setLayout(logo_row)
        self._show_logo()

        self.can_edit = allowed(ctx.user.role, Perm.SETTINGS)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._section(self.tr("Your business")))
        if not self.can_edit:
            readonly = QLabel(self.tr("Only an administrator can change the business settings."))
            readonly.setEnabled(False)
            form.addRow(readonly)
        form.addRow(self.tr("Business name"), self._with_error("name", self.name))
        form.addRow(self.tr("Street"), self._with_error("street", self.street))
        form.addRow(self.tr("Postcode"), self._with_error("postcode", self.postcode))
        form.addRow(self.tr("City"), self._with_error("city", self.city))
        form.addRow(self.tr("Country"), self._with_error("country", self.country))
        form.addRow(self.tr("VAT number"), self._with_error("vat", self.vat))
        form.addRow(self.tr("Logo"), self._with_error("logo", logo_widget))
        form.addRow(self.tr("Currency"), self._with_error("currency", self.currency))
        form.addRow(self.tr("Default phone region"), self._with_error("phone_region", self.phone_region))
        form.addRow(self._section(self.tr("This computer")))
        note = QLabel(self.tr("The language changes the next time CRM Desktop starts."))
        note.setEnabled(False)
        form.addRow(self.tr("Language"), self._with_error("language", self.language))
        form.addRow("", note)
        form.addRow(self._section(self.tr("Sync")))
        sync_note = QLabel(self.tr(
            "Every computer that works with this data chooses the same shared folder: a USB stick "
            "you carry from one to the other, a network folder, a NAS or a Syncthing folder. Only "
            "changes travel through it; the database stays on this computer."))
        sync_note.setWordWrap(True)
        sync_note.setEnabled(False)
        form.addRow(sync_note)
        form.addRow(self.tr("Shared folder"), self._with_error("hub_folder", folder_widget))
        form.addRow(self.tr("Sync automatically every"), self._with_error("auto_sync", self.auto_sync))
        code = current_site(ctx.db)[1]
        if code:
            code_label = QLabel(self.tr("The other computers know this one as {code}.").format(code=code))
            code_label.setEnabled(False)
            form.addRow("", code_label)

        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        for widget in (self.name, self.street, self.postcode, self.city, self.country, self.vat,
                       self.currency, self.phone_region, self.choose_logo, self.remove_logo):
            widget.setEnabled(self.can_edit)
        self._show_logo()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save_and_close)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    # --- building ----------------------------------------------------------------------

    def country_names(self) -> dict[str, str]:
        return {
            "BE": self.tr("Belgium"),
            "FR": self.tr("France"),
            "NL": self.tr("Netherlands"),
            "LU": self.tr("Luxembourg"),
            "DE": self.tr("Germany"),
            "CH": self.tr("Switzerland"),
            "GB": self.tr("United Kingdom"),
        }

    def _country_combo(self, current: str, codes: tuple[str, ...] | None = None) -> QComboBox:
        names = self.country_names()
        combo = QComboBox()
        for code in codes or tuple(names):
            combo.addItem(f"{names.get(code, code)} ({code})", code)
        index = combo.findData((current or "").upper())
        if index < 0 and current:
            combo.addItem(current.upper(), current.upper())
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))
        return combo

    def _with_error(self, key: str, field: QWidget) -> QWidget:
        """The field with its own error line under it (hidden until needed)."""
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(error)
        holder = QWidget()
        holder.setLayout(box)
        return holder

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # --- logo --------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)")
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        """Take ``path`` as the new logo (stored when the dialog is saved)."""
        self._set_error("logo", "")
        reader = QImageReader(str(path))
        if not reader.canRead():
            self._set_error("logo", self.tr("This file is not an image CRM Desktop can read."))
            return False
        self._pending_logo = path
        self._show_logo()
        return True

    def clear_logo(self) -> None:
        self._pending_logo = None
        self._logo_sha = ""
        self._show_logo()

    def _show_logo(self) -> None:
        source: Path | None = self._pending_logo
        if source is None and self._logo_sha and self._store.has(self._logo_sha):
            source = self._store.path(self._logo_sha)
        pixmap = QPixmap(str(source)) if source is not None else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            width, height = LOGO_SIZE
            self.logo_preview.setPixmap(pixmap.scaled(
                width - 8, height - 8, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            ))
        self.remove_logo.setEnabled(self.can_edit_logo())

    def can_edit_logo(self) -> bool:
        return bool(self._pending_logo or self._logo_sha) and allowed(self.ctx.user.role, Perm.SETTINGS)

    # --- sync ------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"), self.hub_folder.text())
        if path:
            self.hub_folder.setText(path)

    def _show_folder_state(self) -> None:
        text = self.hub_folder.text().strip()
        if not text:
            self.folder_state.setText(self.tr("No folder: this computer does not sync."))
            self.folder_state.setStyleSheet("")
            self.folder_state.setEnabled(False)
        elif Path(text).expanduser().is_dir():
            self.folder_state.setText(self.tr("The folder can be reached."))
            self.folder_state.setStyleSheet("")
            self.folder_state.setEnabled(False)
        else:
            self.folder_state.setText(self.tr(
                "This folder cannot be reached now. It is kept: sync works again when the "
                "USB stick is plugged in or the network folder is available."))
            self.folder_state.setStyleSheet("color: #7a5b00;")
            self.folder_state.setEnabled(True)

    def show_sync_section(self) -> None:
        """Put the focus on the shared folder (the Sync action with no folder set)."""
        self.hub_folder.setFocus(Qt.FocusReason.OtherFocusReason)
        self.hub_folder.selectAll()

    # --- saving ------------------------------------------------------------------------

    def values(self) -> BusinessSettings:
        """What the form holds now (not yet validated)."""
        return replace(
            self._business,
            name=self.name.text(), street=self.street.text(), postcode=self.postcode.text(),
            city=self.city.text(), country=self.country.currentData() or "", vat=self.vat.text(),
            logo_sha256=self._logo_sha, currency=self.currency.currentData() or "",
            phone_region=self.phone_region.currentData() or "",
        )

    def save(self) -> bool:
        """Validate and save everything, or show why not and save nothing."""
        self._clear_errors()
        values = self.values()
        if self.can_edit:
            try:
                validate_business(values)
            except ValidationError as exc:
                self._show_validation(exc)
                return False
            try:
                if self._pending_logo is not None:
                    values.logo_sha256, _size = self._store.put(self._pending_logo)
                save_business(self.ctx, values)
            except ValidationError as exc:
                self._show_validation(exc)
                return False
            except CrmError as exc:
                self._show_general(error_text(exc))
                return False
            except OSError as exc:
                self._set_error("logo", self.tr("The logo could not be stored: {reason}").format(
                    reason=exc.strerror or str(exc)))
                return False
            self._business = values
            self._logo_sha = values.logo_sha256
            self._pending_logo = None
            self.ctx.announce("settings", None, "update")
        folder = self.hub_folder.text().strip()
        if folder and Path(folder).expanduser().is_file():
            self._set_error("hub_folder", self.tr("This is a file: choose a folder."))
            self.hub_folder.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        # Re-read: a sync may have updated this machine's settings since the dialog opened.
        local = load_local()
        wanted = (self.language.currentData() or "", folder, self.auto_sync.value())
        if wanted != (local.language, local.hub_folder, local.auto_sync_minutes):
            local.language, local.hub_folder, local.auto_sync_minutes = wanted
            try:
                save_local(local)
            except OSError as exc:
                self._set_error("language", self.tr("The settings of this computer could not be saved: {reason}")
                                .format(reason=exc.strerror or str(exc)))
                return False
            self._local = local
        self.saved.emit()
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def error_text_for(self, key: str) -> str:
        """The message shown under field ``key`` ("" when none)."""
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def _show_validation(self, exc: ValidationError) -> None:
        unplaced = []
        for key, message in exc.errors.items():
            if key in self.errors:
                self._set_error(key, render(message))
            else:
                unplaced.append(render(message))
        if unplaced:
            self._show_general("\n".join(unplaced))
        first = next((k for k in exc.errors if k in self.errors), None)
        field = getattr(self, first, None) if first else None
        if isinstance(field, QWidget):
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def _set_error(self, key: str, text: str) -> None:
        label = self.errors[key]
        label.setText(text)
        label.setVisible(bool(text))

    def _clear_errors(self) -> None:
        for key in self.errors:
            self._set_error(key, "")
        self._show_general("")
