"""Settings: the business (letterhead of every report), this machine's language and sync,
the support desk's opening hours and rates, and the support levels.

Business and support settings live in the database through core (validated there;
an error is shown under the field that caused it and nothing is saved: both pages
are checked before either is written). The logo is stored once in the database's
content store (attachments.BlobStore) and only its SHA-256 is kept in the settings.
The language, the shared sync folder and the automatic sync interval are
LocalSettings of this machine; the language applies the next time the application
starts. Support levels are records: each Add, Edit or Remove is written at once
through core (only managers and administrators may), not by the dialog's Save.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import contracts
from crm_desktop.core.attachments import BlobStore, store_dir
from crm_desktop.core.auth import can_view as can_view_users
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message, ValidationError
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
from crm_desktop.core.support_settings import SupportSettings, load_support, save_support, validate_support
from crm_desktop.core.validation import FieldProblem, parse_cents
from crm_desktop.sync.site import current as current_site
from crm_desktop.ui.encryption_page import EncryptionPage
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.record_form import (
    Banner,
    CheckField,
    LineField,
    MoneyField,
    RecordForm,
    format_cents,
    write_or_explain,
)
from crm_desktop.ui.smtp_settings_page import SmtpSettingsPage
from crm_desktop.ui.users_page import UsersPage
from crm_desktop.ui.widgets import error_label, read_only_rows

ERROR_STYLE = "color: #b00020;"
LOGO_SIZE = (200, 80)
# The longest automatic sync interval offered: a day.
MAX_AUTO_SYNC_MINUTES = 24 * 60
#: Countries offered for public holidays (core accepts any country the holidays package knows).
HOLIDAY_COUNTRIES = ("BE", "FR", "NL", "LU", "DE", "CH", "GB")
RATE_FIELDS = ("km_cost_cents", "km_price_cents", "cost_per_hour_cents", "hourly_rate_cents")
DEFAULT_OPENS, DEFAULT_CLOSES = QTime(8, 30), QTime(17, 30)
_HOURS_MINUTES = re.compile(r"^\s*(\d{1,5})\s*(?:[:h]\s*(\d{1,2})?)?\s*$", re.IGNORECASE)


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

        general = QWidget()
        general_box = QVBoxLayout(general)
        general_box.addLayout(form)
        general_box.addStretch(1)
        self._support = load_support(ctx.db)
        self.can_manage_levels = allowed(ctx.user.role, Perm.CONTRACT_WRITE)
        self.level_editor: LevelEditor | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self._build_support_page(), self.tr("Support"))
        self.tabs.addTab(self._build_levels_page(), self.tr("Support levels"))
        self.smtp_page = SmtpSettingsPage(ctx)
        self.tabs.addTab(self.smtp_page, self.tr("E-mail"))
        self.encryption_page = EncryptionPage(ctx)  # writes through core at once, not on Save
        self.tabs.addTab(self.encryption_page, self.tr("Encryption"))
        if can_view_users(ctx.user):  # administrators change users, managers look
            self.users_page = UsersPage(ctx)
            self.tabs.addTab(self.users_page, self.tr("Users"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

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

    def _build_support_page(self) -> QWidget:
        """Opening hours, public holidays, closing days, rates: what SLA clocks and costs use."""
        support = self._support
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if not self.can_edit:
            readonly = QLabel(self.tr("Only an administrator can change the opening hours and rates."))
            readonly.setEnabled(False)
            form.addRow(readonly)
        form.addRow(self._section(self.tr("Opening hours")))
        note = QLabel(self.tr("Service level clocks run only while the business is open."))
        note.setEnabled(False)
        note.setWordWrap(True)
        form.addRow(note)
        self.hour_rows: list[tuple[QTimeEdit, QTimeEdit, QCheckBox]] = []
        locale = QLocale()
        for day in range(7):
            opens, closes = QTimeEdit(), QTimeEdit()
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
                edit.setObjectName(f"hours{day}")
            closed = QCheckBox(self.tr("Closed"))
            window = _hours(support.hours[day] if day < len(support.hours) else "")
            closed.setChecked(window is None)
            opens.setTime(window[0] if window else DEFAULT_OPENS)
            closes.setTime(window[1] if window else DEFAULT_CLOSES)
            closed.toggled.connect(lambda checked, a=opens, b=closes: self._day_closed(a, b, checked))
            self._day_closed(opens, closes, closed.isChecked())
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(opens)
            row.addWidget(QLabel(self.tr("to")))
            row.addWidget(closes)
            row.addSpacing(12)
            row.addWidget(closed)
            row.addStretch(1)
            holder = QWidget()
            holder.setLayout(row)
            name = locale.standaloneDayName(day + 1, QLocale.FormatType.LongFormat)
            form.addRow(name[:1].upper() + name[1:], self._with_error(f"hours.{day}", holder))
            self.hour_rows.append((opens, closes, closed))
        form.addRow(self._error_label("hours"))

        form.addRow(self._section(self.tr("Days off")))
        self.holiday_country = self._country_combo(support.holiday_country, HOLIDAY_COUNTRIES)
        self.holiday_country.setObjectName("holidayCountry")
        form.addRow(self.tr("Public holidays of"), self._with_error("holiday_country", self.holiday_country))
        self.closed_days = QListWidget()
        self.closed_days.setObjectName("closedDays")
        self.closed_days.setMaximumHeight(self.closed_days.fontMetrics().height() * 6)
        self.closed_day = QDateEdit()
        self.closed_day.setCalendarPopup(True)
        self.closed_day.setDisplayFormat("yyyy-MM-dd")
        today = self.ctx.clock.now().date()
        self.closed_day.setDate(QDate(today.year, today.month, today.day))
        self.add_closed_day = QPushButton(self.tr("Add"))
        self.add_closed_day.setAutoDefault(False)
        self.add_closed_day.clicked.connect(lambda: self.add_closing_day(self.closed_day.date().toString(
            Qt.DateFormat.ISODate)))
        self.remove_closed_day = QPushButton(self.tr("Remove"))
        self.remove_closed_day.setAutoDefault(False)
        self.remove_closed_day.clicked.connect(self.remove_closing_day)
        for day in support.closed_days:
            self.add_closing_day(day)
        day_buttons = QHBoxLayout()
        day_buttons.setContentsMargins(0, 0, 0, 0)
        day_buttons.addWidget(self.closed_day)
        day_buttons.addWidget(self.add_closed_day)
        day_buttons.addWidget(self.remove_closed_day)
        day_buttons.addStretch(1)
        days_box = QVBoxLayout()
        days_box.setContentsMargins(0, 0, 0, 0)
        days_box.addWidget(self.closed_days)
        days_box.addLayout(day_buttons)
        days = QWidget()
        days.setLayout(days_box)
        form.addRow(self.tr("Closing days of the business"), self._with_error("closed_days", days))

        form.addRow(self._section(self.tr("Rates")))
        currency = self._business.currency
        per_km = self.tr("{currency} per km").format(currency=currency)
        per_hour = self.tr("{currency} per hour").format(currency=currency)
        self.rates: dict[str, MoneyField] = {}
        for key, label, suffix in (
            ("km_cost_cents", self.tr("Cost of a kilometre"), per_km),
            ("km_price_cents", self.tr("Price of a kilometre"), per_km),
            ("cost_per_hour_cents", self.tr("Cost of an hour of work"), per_hour),
            ("hourly_rate_cents", self.tr("Default hourly rate"), per_hour),
        ):
            field = MoneyField(suffix)
            field.setObjectName(key)
            field.set_value(getattr(support, key))
            self.rates[key] = field
            form.addRow(label, self._with_error(key, field))
        self.warn_minutes = QSpinBox()
        self.warn_minutes.setObjectName("warnMinutes")
        self.warn_minutes.setRange(0, 24 * 60)
        self.warn_minutes.setSingleStep(15)
        self.warn_minutes.setSuffix(self.tr(" min"))
        self.warn_minutes.setValue(max(0, min(int(support.warn_minutes), 24 * 60)))
        self.warn_minutes.setMaximumWidth(140)
        form.addRow(self.tr("Warn when due within"), self._with_error("warn_minutes", self.warn_minutes))

        for opens, closes, closed in self.hour_rows:
            closed.setEnabled(self.can_edit)
            if not self.can_edit:
                opens.setEnabled(False)
                closes.setEnabled(False)
        for widget in (self.holiday_country, self.closed_day, self.add_closed_day, self.remove_closed_day,
                       self.warn_minutes, *self.rates.values()):
            widget.setEnabled(self.can_edit)
        self.closed_days.setEnabled(True)

        page = QWidget()
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("supportPage")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _build_levels_page(self) -> QWidget:
        """The support levels: a table, and Add / Edit / Remove written at once through core."""
        page = QWidget()
        page.setObjectName("levelsPage")
        intro = QLabel(self.tr(
            "A level says how fast the desk answers and solves (in business hours), what an hour costs "
            "the customer and how many hours a year a contract includes."))
        intro.setWordWrap(True)
        intro.setEnabled(False)
        self.levels_note = QLabel(self.tr("Only managers and administrators can change support levels."))
        self.levels_note.setObjectName("levelsNote")
        self.levels_note.setWordWrap(True)
        self.levels_note.setVisible(not self.can_manage_levels)
        self.levels_message = error_label()
        self.levels_table = QTableWidget(0, 7)
        self.levels_table.setObjectName("levelsTable")
        read_only_rows(self.levels_table)
        self.levels_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("First response"), self.tr("Resolution"), self.tr("Hourly rate"),
            self.tr("Included per year"), self.tr("On site included"), self.tr("Rank"),
        ])
        header = self.levels_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.levels_table.verticalHeader().setDefaultSectionSize(self.levels_table.fontMetrics().height() + 10)
        self.levels_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.levels_table.doubleClicked.connect(lambda _index: self.edit_level())
        self.levels_table.itemSelectionChanged.connect(self._level_buttons)
        self.add_level_button = QPushButton(self.tr("Add…"))
        self.edit_level_button = QPushButton(self.tr("Edit…"))
        self.remove_level_button = QPushButton(self.tr("Remove"))
        for button in (self.add_level_button, self.edit_level_button, self.remove_level_button):
            button.setAutoDefault(False)
        self.add_level_button.clicked.connect(lambda: self.add_level())
        self.edit_level_button.clicked.connect(lambda: self.edit_level())
        self.remove_level_button.clicked.connect(lambda: self.remove_level())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_level_button)
        buttons.addWidget(self.edit_level_button)
        buttons.addWidget(self.remove_level_button)
        buttons.addStretch(1)
        box = QVBoxLayout(page)
        box.addWidget(intro)
        box.addWidget(self.levels_note)
        box.addWidget(self.levels_message)
        box.addWidget(self.levels_table, 1)
        box.addLayout(buttons)
        self.load_levels()
        return page

    def _error_label(self, key: str) -> QLabel:
        """The hidden message line of ``key`` (a field, or a group of fields)."""
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        return error

    def _with_error(self, key: str, field: QWidget) -> QWidget:
        """The field with its own error line under it (hidden until needed)."""
        error = self._error_label(key)
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
        self.tabs.setCurrentIndex(0)
        self.hub_folder.setFocus(Qt.FocusReason.OtherFocusReason)
        self.hub_folder.selectAll()

    # --- support ---------------------------------------------------------------------

    def _day_closed(self, opens: QTimeEdit, closes: QTimeEdit, closed: bool) -> None:
        opens.setEnabled(not closed and self.can_edit)
        closes.setEnabled(not closed and self.can_edit)

    def set_day(self, day: int, opens: str | None, closes: str | None = None) -> None:
        """Set a weekday's hours ("09:00", "17:00"), or close it (``opens`` None)."""
        start, end, closed = self.hour_rows[day]
        closed.setChecked(opens is None)
        if opens is not None:
            start.setTime(QTime.fromString(opens, "HH:mm"))
            end.setTime(QTime.fromString(closes or "", "HH:mm"))

    def closing_days(self) -> list[str]:
        return [str(self.closed_days.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.closed_days.count())]

    def add_closing_day(self, day: str) -> bool:
        """Add a closing day (ISO date) to the list, in date order; False if not a date or listed."""
        try:
            parsed = date.fromisoformat(day)
        except ValueError:
            self._set_error("closed_days", self.tr("Not a date (YYYY-MM-DD)."))
            return False
        iso = parsed.isoformat()
        days = self.closing_days()
        if iso in days:
            return False
        shown = QLocale().toString(QDate(parsed.year, parsed.month, parsed.day), QLocale.FormatType.LongFormat)
        item = QListWidgetItem(shown)
        item.setData(Qt.ItemDataRole.UserRole, iso)
        self.closed_days.insertItem(sum(1 for d in days if d < iso), item)
        self.closed_days.setCurrentItem(item)
        return True

    def remove_closing_day(self) -> None:
        row = self.closed_days.currentRow()
        if row >= 0 and self.can_edit:
            self.closed_days.takeItem(row)

    def support_values(self) -> SupportSettings:
        """What the Support page holds, checked by core; ValidationError names every bad field."""
        hours = []
        for opens, closes, closed in self.hour_rows:
            hours.append("" if closed.isChecked() else f"{opens.time().toString('HH:mm')}-"
                         f"{closes.time().toString('HH:mm')}")
        rates: dict[str, int] = {}
        problems: dict[str, Message] = {}
        for key, field in self.rates.items():
            try:
                rates[key] = parse_cents(field.value()) or 0
            except FieldProblem as exc:
                problems[key] = exc.message
        values = replace(self._support, hours=hours, holiday_country=self.holiday_country.currentData() or "",
                         closed_days=self.closing_days(), warn_minutes=self.warn_minutes.value(), **rates)
        try:
            clean = validate_support(values)
        except ValidationError as exc:
            raise ValidationError({**exc.errors, **problems}) from None
        if problems:
            raise ValidationError(problems)
        return clean

    # --- support levels -----------------------------------------------------------------

    def load_levels(self) -> None:
        """Fill the levels table from core (after each change)."""
        current = self.selected_level_id()
        levels = contracts.levels(self.ctx.db)
        currency = self._business.currency
        table = self.levels_table
        table.setRowCount(len(levels))
        yes, no = self.tr("Yes"), self.tr("No")
        for row, level in enumerate(levels):
            texts = [
                level.name, format_minutes(level.first_response_minutes), format_minutes(level.resolution_minutes),
                f"{format_cents(level.hourly_rate_cents)} {currency}", format_minutes(level.included_minutes),
                yes if level.onsite_included else no, QLocale().toString(level.rank),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, level.id)
                if column in (1, 2, 3, 4, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
            if level.id == current:
                table.selectRow(row)
        self._level_buttons()

    def selected_level_id(self) -> str | None:
        row = self.levels_table.currentRow()
        item = self.levels_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None

    def _level_buttons(self) -> None:
        chosen = self.selected_level_id() is not None
        self.add_level_button.setEnabled(self.can_manage_levels)
        self.edit_level_button.setEnabled(self.can_manage_levels and chosen)
        self.remove_level_button.setEnabled(self.can_manage_levels and chosen)

    def add_level(self) -> LevelEditor:
        """Open the editor for a new level (written when the editor is saved)."""
        return self._open_level_editor(LevelEditor(self.ctx, None, self._business.currency, self))

    def edit_level(self, level_id: str | None = None) -> LevelEditor | None:
        level_id = level_id or self.selected_level_id()
        if not level_id:
            return None
        return self._open_level_editor(LevelEditor(self.ctx, level_id, self._business.currency, self))

    def _open_level_editor(self, editor: LevelEditor) -> LevelEditor:
        if self.level_editor is not None:
            self.level_editor.close()
            self.level_editor.deleteLater()
        self.levels_message.hide()
        self.level_editor = editor
        editor.saved.connect(lambda _id: self.load_levels())
        editor.open()
        return editor

    def remove_level(self, level_id: str | None = None, confirm: bool = True) -> bool:
        """Move a level to the trash (contracts that use it keep their history)."""
        level_id = level_id or self.selected_level_id()
        if not level_id:
            return False
        if confirm:
            level = contracts.level(self.ctx.db, level_id)
            answer = QMessageBox.question(
                self, self.tr("Remove the support level"),
                self.tr("Remove the level “{name}”? It can be restored from the trash.").format(
                    name=level.name if level else ""))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            contracts.delete_level(self.ctx, level_id)
        except CrmError as exc:
            self.levels_message.setText(error_text(exc))
            self.levels_message.show()
            return False
        self.levels_message.hide()
        self.load_levels()
        return True

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
        if not self.smtp_page.save():  # the E-mail page checks and writes through core itself
            self.tabs.setCurrentWidget(self.smtp_page)
            return False
        values = self.values()
        if self.can_edit:
            # Both pages are checked before either is written: a bad hour saves no business name.
            problems: dict[str, Message] = {}
            support: SupportSettings | None = None
            try:
                validate_business(values)
            except ValidationError as exc:
                problems.update(exc.errors)
            try:
                support = self.support_values()
            except ValidationError as exc:
                problems.update(exc.errors)
            if problems:
                self._show_validation(ValidationError(problems))
                return False
            try:
                if self._pending_logo is not None:
                    values.logo_sha256, _size = self._store.put(self._pending_logo)
                save_business(self.ctx, values)
                if support is not None and support != self._support:
                    # Saving new hours re-derives the due times of active tickets (core does it).
                    self._support = save_support(self.ctx, support)
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
        if first is not None:
            label = self.errors[first]
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).isAncestorOf(label):
                    self.tabs.setCurrentIndex(index)
                    break
        field = getattr(self, first, None) if first else None
        if first in self.rates:
            field = self.rates[first].line
        elif first and first.startswith("hours."):
            field = self.hour_rows[int(first.split(".")[1])][0]
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


# --------------------------------------------------------------------------- support levels


def _hours(text: str) -> tuple[QTime, QTime] | None:
    """A stored "HH:MM-HH:MM" window as times (None when closed or unreadable)."""
    match = re.match(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$", text or "")
    if not match:
        return None
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    return QTime(h1, m1), QTime(h2, m2)


def format_minutes(minutes: int | None) -> str:
    """Business minutes as hours:minutes (90 -> "1:30"); "—" when there is no target."""
    if minutes is None:
        return "—"
    return f"{minutes // 60}:{minutes % 60:02d}"


def parse_minutes(text: str) -> int | None:
    """ "4:30", "4h30", "4" (hours) -> minutes; "" -> None; ValueError otherwise."""
    if not text.strip():
        return None
    match = _HOURS_MINUTES.match(text)
    if not match:
        raise ValueError(text)
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if minutes >= 60:
        raise ValueError(text)
    return hours * 60 + minutes


class HoursField(LineField):
    """A duration typed as hours:minutes, stored by core as minutes."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(12, hint, parent)
        self.setMaximumWidth(120)

    def set_value(self, value: Any) -> None:
        super().set_value("" if value is None else format_minutes(int(value)))


class LevelEditor(QDialog):
    """A new support level or changes to one; core's messages appear under the fields."""

    saved = Signal(str)
    HOURS_KEYS = ("first_response_minutes", "resolution_minutes", "included_minutes")

    def __init__(self, ctx: Context, level_id: str | None, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.level_id = level_id
        self.setObjectName("levelEditor")
        self.setWindowTitle(self.tr("Edit the support level") if level_id else self.tr("New support level"))
        self.banner = Banner(self)
        self.form = RecordForm(self)
        section = self.form.add_section("")
        hint = self.tr("h:mm, e.g. 4:00")
        self.name = self.form.add_field(section, "name", self.tr("Name"), LineField(80, self.tr("e.g. Gold")))
        self.first_response = self.form.add_field(section, "first_response_minutes", self.tr("First response within"),
                                                  HoursField(hint))
        self.resolution = self.form.add_field(section, "resolution_minutes", self.tr("Resolution within"),
                                              HoursField(hint))
        self.hourly_rate = self.form.add_field(section, "hourly_rate_cents", self.tr("Hourly rate"),
                                               MoneyField(self.tr("{currency} per hour").format(currency=currency)))
        self.included = self.form.add_field(section, "included_minutes", self.tr("Hours included per year"),
                                            HoursField(hint))
        self.onsite = self.form.add_field(section, "onsite_included", self.tr("On site"),
                                          CheckField(self.tr("On-site visits included")))
        self.rank = self.form.add_field(section, "rank", self.tr("Rank"), LineField(4, self.tr("higher is better")))
        self.rank.setMaximumWidth(120)
        self.form.finish()
        note = QLabel(self.tr("Targets count business hours: the clock runs only while the business is open."))
        note.setWordWrap(True)
        note.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        level = contracts.level(ctx.db, level_id) if level_id else None
        if level is not None:
            self.form.set_values({
                "name": level.name, "rank": level.rank, "first_response_minutes": level.first_response_minutes,
                "resolution_minutes": level.resolution_minutes, "hourly_rate_cents": level.hourly_rate_cents,
                "included_minutes": level.included_minutes, "onsite_included": level.onsite_included,
            })
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        """The form's values for core: durations in minutes.

        Raises ValidationError when a duration cannot be read, with core's messages for
        the other fields too, so that every problem shows at once.
        """
        values = self.form.values()
        problems: dict[str, Message] = {}
        for key in self.HOURS_KEYS:
            try:
                values[key] = parse_minutes(str(values[key] or ""))
            except ValueError:
                problems[key] = Message(self.tr("Write hours and minutes, e.g. 4:00 or 16:30."))
                values[key] = None
        if problems:
            try:
                contracts.validate_level(values)
            except ValidationError as exc:
                problems = {**exc.errors, **problems}
            raise ValidationError(problems)
        return values

    def save(self) -> bool:
        """Write through core, or show why not (under the fields) and write nothing."""
        self.banner.hide()
        level_id = ""

        def write() -> None:
            nonlocal level_id
            values = self.values()
            if self.level_id:
                contracts.update_level(self.ctx, self.level_id, values)
                level_id = self.level_id
            else:
                level_id = contracts.create_level(self.ctx, values)

        if not write_or_explain(self.form, self.banner.show_message, write):
            return False
        self.level_id = level_id
        self.saved.emit(level_id)
        self.accept()
        return True

    def error_text(self, key: str) -> str:
        return self.form.error_text(key)
