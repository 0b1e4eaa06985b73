"""Consent per channel with its proof (state, date, source), as core stores it.

GDPR asks to show when and how consent was given or withdrawn, so a state without
a date and a source is refused by core; the editor fills today's date when a state
is chosen to make the common case one click.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from crm_desktop.core.choices import CONSENT_CHANNELS, CONSENT_STATES
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.record_form import MUTED_COLOR, DateField


class _ChannelRow:
    """The widgets of one channel."""

    def __init__(self, status: QComboBox, date: DateField, source: QLineEdit) -> None:
        self.status = status
        self.date = date
        self.source = source


class ConsentEditor(QWidget):
    """One row per channel (e-mail, post, phone, SMS): state, date, source."""

    edited = Signal()

    def __init__(self, today: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: dict[str, _ChannelRow] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for column, text in enumerate((self.tr("Channel"), self.tr("Consent"), self.tr("Date"), self.tr("Source"))):
            heading = QLabel(text, self)
            heading.setStyleSheet(f"color: {MUTED_COLOR};")
            grid.addWidget(heading, 0, column)
        for line, (channel, label) in enumerate(CONSENT_CHANNELS.items(), start=1):
            status = QComboBox(self)
            status.addItem(self.tr("Not asked"), None)
            for key, state_label in CONSENT_STATES.items():
                status.addItem(core_tr(state_label), key)
            date = DateField(self)
            date.setMaximumWidth(120)
            source = QLineEdit(self)
            source.setPlaceholderText(self.tr("How: signed form, web form, phone call…"))
            row = _ChannelRow(status, date, source)
            self._rows[channel] = row
            status.activated.connect(lambda _i, ch=channel: self._status_chosen(ch))
            date.edited.connect(self.edited.emit)
            source.textEdited.connect(lambda _t: self.edited.emit())
            grid.addWidget(QLabel(core_tr(label), self), line, 0)
            grid.addWidget(status, line, 1)
            grid.addWidget(date, line, 2)
            grid.addWidget(source, line, 3)
            self._enable(channel)
        grid.setColumnStretch(3, 1)

    def _status_chosen(self, channel: str) -> None:
        row = self._rows[channel]
        if row.status.currentData() and not row.date.text().strip():
            row.date.setText(self._today())
        self._enable(channel)
        self.edited.emit()
        if row.status.currentData() and not row.source.text().strip():
            row.source.setFocus()

    def _enable(self, channel: str) -> None:
        row = self._rows[channel]
        active = row.status.currentData() is not None and row.status.isEnabled()
        row.date.setEnabled(active)
        row.source.setEnabled(active)

    def value(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for channel, row in self._rows.items():
            status = row.status.currentData()
            if status:
                out[channel] = {"status": status, "date": row.date.text().strip(),
                                "source": row.source.text().strip()}
        return out

    def set_value(self, value: Any) -> None:
        value = value or {}
        for channel, row in self._rows.items():
            entry = value.get(channel) or {}
            index = row.status.findData(entry.get("status"))
            row.status.setCurrentIndex(max(index, 0))
            row.date.set_value(entry.get("date"))
            row.source.setText(entry.get("source") or "")
            row.source.setCursorPosition(0)
            self._enable(channel)

    def set_read_only(self, read_only: bool) -> None:
        for channel, row in self._rows.items():
            row.status.setEnabled(not read_only)
            row.date.set_read_only(read_only)
            row.source.setReadOnly(read_only)
            self._enable(channel)

    def focus_widget(self) -> QWidget:
        for row in self._rows.values():
            if row.status.currentData() and (not row.date.text().strip() or not row.source.text().strip()):
                return row.date if not row.date.text().strip() else row.source
        return next(iter(self._rows.values())).status

    def channel_widgets(self, channel: str) -> tuple[QComboBox, QLineEdit, QLineEdit]:
        """The state, date and source widgets of a channel (tests, shortcuts)."""
        row = self._rows[channel]
        return row.status, row.date, row.source
