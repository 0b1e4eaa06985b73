"""Logging a touch in two clicks (Call, then Save), and showing a logged one.

The dialog opens ready to save: kind, now, outgoing direction and a subject that
is the kind's name, selected so that typing replaces it. Core validates; its
messages appear under the fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import history, users
from crm_desktop.core.choices import DIRECTIONS, HISTORY_KINDS
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound
from crm_desktop.ui.attachments_panel import AttachmentsPanel, local_datetime_text
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.record_form import (
    ChoiceField,
    LineField,
    TextField,
    choice_items,
    dialog_buttons,
    dialog_form,
    save_and_accept,
)

#: Kinds whose duration is worth noting (time spent with the customer).
TIMED = frozenset({"call", "visit", "meeting"})


def format_duration(seconds: int | None) -> str:
    """45 s, 12 min, 1 h 05 — short enough for a timeline line."""
    if not seconds:
        return ""
    if seconds < 60:
        return QCoreApplication.translate("Duration", "{n} s").format(n=seconds)
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("Duration", "{n} min").format(n=minutes)
    return QCoreApplication.translate("Duration", "{h} h {m:02d}").format(h=minutes // 60, m=minutes % 60)


def direction_text(direction: str | None) -> str:
    """An arrow and the translated direction (← Incoming, → Outgoing)."""
    if direction == "in":
        return "← " + core_tr(DIRECTIONS["in"])
    if direction == "out":
        return "→ " + core_tr(DIRECTIONS["out"])
    return ""


class DateTimeField(QDateTimeEdit):
    """When it happened, in local time; left untouched it means "now" (core's clock)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(self.tr("yyyy-MM-dd HH:mm"))
        self._touched = False
        self.dateTimeChanged.connect(self._changed)
        self._loading = False

    def _changed(self, _value: QDateTime) -> None:
        if not self._loading:
            self._touched = True
            self.edited.emit()

    def value(self) -> Any:
        if not self._touched:
            return None
        return self.dateTime().toUTC().toString(Qt.DateFormat.ISODateWithMs)

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODateWithMs) if value else QDateTime()
            if moment.isValid():
                self.setDateTime(moment.toLocalTime())
        finally:
            self._loading = False
        self._touched = False

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self


class DirectionField(QWidget):
    """Incoming or outgoing."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key in ("out", "in"):
            button = QRadioButton(direction_text(key), self)
            self.buttons[key] = button
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonClicked.connect(lambda _b: self.edited.emit())

    def value(self) -> Any:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def set_value(self, value: Any) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.buttons["out"]


class DurationField(QSpinBox):
    """Minutes typed, seconds stored."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 24 * 60)
        self.setSuffix(self.tr(" min"))
        self.setSpecialValueText("—")
        self.setMaximumWidth(120)
        self.valueChanged.connect(lambda _v: self.edited.emit())

    def value(self) -> Any:  # type: ignore[override]
        minutes = super().value()
        return minutes * 60 if minutes else None

    def set_value(self, value: Any) -> None:
        self.setValue(round((value or 0) / 60))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self


class LogDialog(QDialog):
    """Quick log of a call, e-mail, visit, note (or any history kind)."""

    logged = Signal(str)  # the new history entry's id

    def __init__(self, ctx: Context, kind: str, *, person_id: str | None = None,
                 company_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.company_id = company_id
        self.entry_id: str | None = None
        self._subject_is_default = True
        self.setWindowTitle(self.tr("Log"))
        # Explicit: messages appearing under fields must not resize the window's hints.
        self.setMinimumSize(500, 440)

        layout = QVBoxLayout(self)
        self.form, section = dialog_form(self)
        self.kind = self.form.add_field(section, "kind", self.tr("Kind"),
                                        ChoiceField(choice_items(HISTORY_KINDS), allow_empty=False))
        self.when = self.form.add_field(section, "occurred_at", self.tr("When"), DateTimeField())
        self.direction = self.form.add_field(section, "direction", self.tr("Direction"), DirectionField())
        self.duration = self.form.add_field(section, "duration_s", self.tr("Duration"), DurationField())
        self.subject = self.form.add_field(section, "subject", self.tr("Subject"), LineField(300))
        self.body = self.form.add_field(section, "body", self.tr("Text"), TextField(140))
        layout.addWidget(self.form, 1)
        self.message, self.save_button = dialog_buttons(self, layout, self.tr("Save"), self.save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save)

        self.kind.edited.connect(self._kind_changed)
        self.subject.edited.connect(self._subject_edited)
        now = QDateTime.fromSecsSinceEpoch(int(ctx.clock.now().timestamp()))
        self.when.set_value(now.toUTC().toString(Qt.DateFormat.ISODateWithMs))
        self.set_kind(kind)
        self.subject.setFocus()

    def set_kind(self, kind: str) -> None:
        """Prefill for ``kind``: outgoing, subject = the kind's name (selected)."""
        self.kind.set_value(kind)
        self.direction.set_value("out")
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.value()
        self.form.set_field_visible("direction", kind in history.DIRECTED)
        self.form.set_field_visible("duration_s", kind in TIMED)
        label = core_tr(HISTORY_KINDS.get(kind, kind))
        self.setWindowTitle(self.tr("Log: {kind}").format(kind=label))
        if self._subject_is_default:
            self.subject.setText(label)
            self.subject.selectAll()

    def _subject_edited(self) -> None:
        self._subject_is_default = False

    def values(self) -> dict[str, Any]:
        values = self.form.values()
        kind = values.get("kind")
        if kind not in history.DIRECTED:
            values["direction"] = None
        if kind not in TIMED:
            values["duration_s"] = None
        values["person_id"] = self.person_id
        values["company_id"] = None if self.person_id else self.company_id
        return values

    def save(self) -> bool:
        """Log through core; on success the dialog closes and ``logged`` is emitted."""
        if self.entry_id is not None:
            return True

        def log() -> str:
            self.entry_id = history.log(self.ctx, self.values())
            return self.entry_id

        return save_and_accept(self, self.form, self.message, log, self.logged)


class HistoryEntryDialog(QDialog):
    """One logged touch, read-only, with the files attached to it."""

    def __init__(self, ctx: Context, entry_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry_id = entry_id
        self.setMinimumSize(520, 420)
        layout = QVBoxLayout(self)
        try:
            entry = history.get(ctx, entry_id)
        except NotFound as exc:
            layout.addWidget(QLabel(error_text(exc), self))
            entry = None
        if entry is not None:
            kind_label = core_tr(HISTORY_KINDS.get(entry["kind"], entry["kind"]))
            self.setWindowTitle(entry.get("subject") or kind_label)
            tabs = QTabWidget(self)
            details = QWidget(tabs)
            form = QFormLayout(details)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            author = ""
            if entry.get("user_id"):
                try:
                    author = users.get_user(ctx.db, entry["user_id"]).name
                except NotFound:
                    author = ""
            for label, text in (
                (self.tr("Kind"), kind_label),
                (self.tr("When"), local_datetime_text(entry.get("occurred_at"))),
                (self.tr("Direction"), direction_text(entry.get("direction"))),
                (self.tr("Duration"), format_duration(entry.get("duration_s"))),
                (self.tr("By"), author),
                (self.tr("Subject"), entry.get("subject") or ""),
            ):
                if text:
                    value = QLabel(text, details)
                    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    value.setWordWrap(True)
                    form.addRow(label, value)
            body = QPlainTextEdit(details)
            body.setReadOnly(True)
            body.setPlainText(entry.get("body") or "")
            form.addRow(body)
            tabs.addTab(details, self.tr("Entry"))
            self.attachments = AttachmentsPanel(ctx, "history", entry_id, read_only=True, parent=tabs)
            tabs.addTab(self.attachments, self.tr("Files ({n})").format(n=self.attachments.count()))
            layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
