"""Shared machinery of the record views: fields with their message underneath, the
change relay, and the detail view that people and companies both build on.

Core validates; the form only collects what was typed and puts each message of a
ValidationError under the field it concerns, so rules live in one place (core).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping
from types import ModuleType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QKeySequence, QPalette, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from crm_desktop.core import permissions
from crm_desktop.core.changes import Change, ChangeBus
from crm_desktop.core.choices import STAGES
from crm_desktop.core.context import Context
from crm_desktop.core.duplicates import DuplicateFound
from crm_desktop.core.errors import CrmError, Message, NotFound, ValidationError
from crm_desktop.core.permissions import Perm
from crm_desktop.core.validation import display_phone
from crm_desktop.ui.i18n import core_tr, error_text, render

ERROR_COLOR = "#c62828"
MUTED_COLOR = "#6b7280"

#: Background and text colours of the stage badge; unknown stages get the last one.
STAGE_COLORS: dict[str, tuple[str, str]] = {
    "lead": ("#dbeafe", "#1e40af"),
    "prospect": ("#fef3c7", "#92400e"),
    "customer": ("#dcfce7", "#166534"),
    "former": ("#e5e7eb", "#374151"),
}


# --------------------------------------------------------------------------- change relay


class ChangeRelay(QObject):
    """Brings core's change notices onto the GUI thread as a queued Qt signal.

    Core may publish from a worker thread (sync, import); widgets must only be
    touched from the GUI thread, so every notice goes through a queued connection.
    The subscription ends when this object (usually a child of the view) is destroyed.
    """

    changed = Signal(object)
    _posted = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        posted = self._posted

        def listen(change: Change) -> None:
            with contextlib.suppress(RuntimeError):  # the Qt object is already gone
                posted.emit(change)

        self._unsubscribe = bus.subscribe(listen)
        self.destroyed.connect(self._unsubscribe)

    def close(self) -> None:
        """Stop listening now (also done automatically on destruction)."""
        self._unsubscribe()


# --------------------------------------------------------------------------- field editors


class LineField(QLineEdit):
    """One line of text; core cleans and checks it."""

    edited = Signal()

    def __init__(self, max_length: int = 0, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if max_length:
            self.setMaxLength(max_length)
        if hint:
            self.setPlaceholderText(hint)
        self.textEdited.connect(lambda _text: self.edited.emit())

    def value(self) -> Any:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self


class PhoneField(LineField):
    """Shows a stored E.164 number the way people read it in the business's country."""

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(40, parent=parent)
        self.region = region or "BE"

    def set_value(self, value: Any) -> None:
        super().set_value(display_phone(value, self.region) if value else "")


class ListField(LineField):
    """Tags and interests typed as "a, b, c"."""

    def set_value(self, value: Any) -> None:
        if isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        super().set_value(value)


class DateField(LineField):
    """An ISO date (YYYY-MM-DD) with a calendar to pick it; empty means no date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(10, QCoreApplication.translate("RecordForm", "YYYY-MM-DD"), parent)
        self._calendar_button = QToolButton(self)
        self._calendar_button.setText("▾")
        self._calendar_button.setToolTip(QCoreApplication.translate("RecordForm", "Pick a date"))
        self._calendar_button.setCursor(Qt.CursorShape.ArrowCursor)
        self._calendar_button.setAutoRaise(True)
        self._calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._calendar_button.clicked.connect(self._pick)
        self.setTextMargins(0, 0, 22, 0)
        self.setMaximumWidth(160)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        size = self.height() - 4
        self._calendar_button.setGeometry(self.width() - size - 2, 2, size, size)

    def _pick(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        current = QDate.fromString(self.text().strip(), Qt.DateFormat.ISODate)
        if current.isValid():
            calendar.setSelectedDate(current)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            self.setText(day.toString(Qt.DateFormat.ISODate))
            self.edited.emit()
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))
        menu.deleteLater()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._calendar_button.setVisible(not read_only)


class SuffixField(QWidget):
    """A line with a unit after it (days, EUR)."""

    edited = Signal()

    def __init__(self, suffix: str, width: int = 140, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setMaximumWidth(width)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.suffix = QLabel(suffix, self)
        layout.addWidget(self.line)
        layout.addWidget(self.suffix)
        layout.addStretch(1)

    def value(self) -> Any:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self.line


def format_cents(cents: int | None, locale: QLocale | None = None) -> str:
    """1500050 -> "15,000.50" (or "15 000,50"): integer arithmetic, never a float."""
    if cents is None:
        return ""
    loc = locale or QLocale()
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(int(cents)), 100)
    return f"{sign}{loc.toString(whole)}{loc.decimalPoint()}{frac:02d}"


def money_for_core(text: str, locale: QLocale | None = None) -> str:
    """Make locale-formatted money unambiguous for core's parser.

    Core reads a lone "," or "." as the decimal mark; "1,500" typed in English means
    fifteen hundred, so the locale's group separator is dropped when it clearly
    groups thousands, and the locale's decimal mark becomes ".".
    """
    loc = locale or QLocale()
    group, point = loc.groupSeparator(), loc.decimalPoint()
    t = text.strip()
    for space in ("\u00a0", "\u202f", " "):
        t = t.replace(space, "")
    if group and group.strip() and group != point and group in t:
        parts = t.split(point)
        head = parts[0]
        if all(len(chunk) == 3 for chunk in head.split(group)[1:]):
            t = point.join([head.replace(group, ""), *parts[1:]])
    if point != "." and "." not in t:
        t = t.replace(point, ".")
    return t


class MoneyField(SuffixField):
    """Money shown from integer cents in the user's locale, with the business currency."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(currency, 160, parent)

    def value(self) -> Any:
        text = self.line.text().strip()
        return money_for_core(text) if text else None

    def set_value(self, value: Any) -> None:
        self.line.setText(format_cents(value) if isinstance(value, int) else ("" if value is None else str(value)))


class ChoiceField(QComboBox):
    """A fixed choice (stage, language, owner); the stored key is the item's data."""

    edited = Signal()

    def __init__(self, choices: Iterable[tuple[str, str]], allow_empty: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if allow_empty:
            self.addItem("—", None)
        for key, label in choices:
            self.addItem(label, key)
        self.activated.connect(lambda _i: self.edited.emit())
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(170)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and value:
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self


class FreeChoiceField(QComboBox):
    """Text with suggestions (industry): any value is allowed.

    ``translate`` shows each suggestion in the user's language; a suggestion is still
    stored as core's (English) text, so the same record reads the same in any language.
    """

    edited = Signal()

    def __init__(self, suggestions: Iterable[str], parent: QWidget | None = None,
                 translate: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        shown = translate or str
        self._labels = {text: shown(text) for text in suggestions}
        self._stored = {label: text for text, label in self._labels.items()}
        self.addItem("")
        self.addItems(list(self._labels.values()))
        self.lineEdit().textEdited.connect(lambda _t: self.edited.emit())
        self.activated.connect(lambda _i: self.edited.emit())

    def value(self) -> Any:
        text = self.currentText()
        return self._stored.get(text.strip(), text)

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        self.setCurrentText(self._labels.get(text, text))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self


class CheckField(QCheckBox):
    """A yes/no field of a RecordForm."""

    edited = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _on: self.edited.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self


class TextField(QPlainTextEdit):
    """Free notes over several lines."""

    edited = Signal()

    def __init__(self, height: int = 110, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.setTabChangesFocus(True)
        self.setMinimumHeight(height)
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> Any:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.setPlainText("" if value is None else str(value))
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self


class CustomFieldsField(QWidget):
    """Free custom fields: a small name/value table with Add and Remove."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("RecordForm", "Name"),
            QCoreApplication.translate("RecordForm", "Value"),
        ])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 160)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(180)
        self.table.itemChanged.connect(self._changed)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("RecordForm", "Add field"), self)
        self.remove_button = QPushButton(QCoreApplication.translate("RecordForm", "Remove"), self)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()

    def add_row(self, name: str = "", value: str = "") -> None:
        """Append a name/value row."""
        loading = self._loading
        self._loading = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self._loading = loading

    def _add_clicked(self) -> None:
        """Add an empty row and start typing its name."""
        self.add_row()
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))
        self.edited.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def value(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            name = (name_item.text() if name_item else "").strip()
            value = (value_item.text() if value_item else "").strip()
            if name or value:
                out[name] = value  # a nameless value makes core say "needs a name"
        return out

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for name, text in (value or {}).items():
                self.add_row(str(name), "" if text is None else str(text))
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                    else QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setEditTriggers(triggers)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def focus_widget(self) -> QWidget:
        return self.table


# --------------------------------------------------------------------------- the form


class FieldRow:
    """One field of a form: its editor and the label that shows its message."""

    def __init__(self, key: str, editor: Any, error: QLabel, container: QWidget) -> None:
        self.key = key
        self.section: QFormLayout | None = None
        self.editor = editor
        self.error = error
        self.container = container


def error_label(parent: QWidget | None = None) -> QLabel:
    """The red line under a field; hidden while there is nothing to say."""
    label = QLabel(parent)
    palette = label.palette()  # a palette, not a style sheet: forms have dozens of these
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
    label.setPalette(palette)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


class RecordForm(QWidget):
    """Grouped sections of fields; values() for core, show_errors() from core."""

    modified_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[str, FieldRow] = {}
        self._modified = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(10)
        self._stretch_added = False
        self._captions: list[QLabel] = []

    # building

    def add_section(self, title: str) -> QFormLayout:
        """A titled group of fields (Identity, Contact...)."""
        box: QWidget = QGroupBox(title, self) if title else QWidget(self)
        form = QFormLayout(box)
        if not title:
            form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(6)
        self._layout.addWidget(box)
        return form

    def add_field(self, section: QFormLayout, key: str, label: str, editor: Any) -> Any:
        """Add ``editor`` for core input key ``key`` with its label; returns the editor.

        The message goes on a row of its own under the editor, shown only when there
        is one, so the label stays lined up with its editor.
        """
        caption = QLabel(label, self)
        caption.setBuddy(editor.focus_widget())
        self._captions.append(caption)
        section.addRow(caption, editor)
        error = error_label(self)
        section.addRow(QLabel(self), error)
        section.setRowVisible(error, False)
        return self._register(FieldRow(key, editor, error, editor), section)

    def add_wide_field(self, section: QFormLayout, key: str, editor: Any) -> Any:
        """A field spanning the whole section (notes, consent, custom fields)."""
        container = QWidget(self)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        error = error_label(container)
        box.addWidget(error)
        section.addRow(container)
        return self._register(FieldRow(key, editor, error, container), section)

    def _register(self, row: FieldRow, section: QFormLayout) -> Any:
        row.section = section
        self._rows[row.key] = row
        row.editor.edited.connect(self._edited)
        return row.editor

    def _show_error(self, row: FieldRow, text: str) -> None:
        row.error.setText(text)
        if row.container is row.editor and row.section is not None:
            row.section.setRowVisible(row.error, bool(text) and not row.editor.isHidden())
        else:
            row.error.setVisible(bool(text))

    def set_field_visible(self, key: str, visible: bool) -> None:
        """Show or hide a field with its label (fields that only some kinds have)."""
        row = self._rows[key]
        if row.section is not None:
            row.section.setRowVisible(row.container, visible)
            if row.container is row.editor:
                row.section.setRowVisible(row.error, visible and bool(row.error.text()))

    def finish(self) -> None:
        """Align the labels of all sections on one column and push the sections up."""
        width = max((caption.sizeHint().width() for caption in self._captions), default=0)
        for caption in self._captions:
            caption.setMinimumWidth(width)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        if not self._stretch_added:
            self._layout.addStretch(1)
            self._stretch_added = True

    # values

    def keys(self) -> list[str]:
        return list(self._rows)

    def editor(self, key: str) -> Any:
        return self._rows[key].editor

    def values(self) -> dict[str, Any]:
        return {key: row.editor.value() for key, row in self._rows.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show a record (keys not in the form are ignored); clears messages and edits."""
        for key, row in self._rows.items():
            if key in values:
                row.editor.set_value(values[key])
        self.clear_errors()
        self.set_modified(False)

    # modified state

    def _edited(self) -> None:
        self.set_modified(True)

    @property
    def modified(self) -> bool:
        return self._modified

    def set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    # messages

    def clear_errors(self) -> None:
        for row in self._rows.values():
            if row.error.text():
                self._show_error(row, "")

    def show_errors(self, errors: Mapping[str, Message]) -> dict[str, Message]:
        """Put each message under its field and focus the first bad field (in form order).

        Returns the messages that have no field here, for the caller to show elsewhere.
        """
        self.clear_errors()
        first: FieldRow | None = None
        for key, row in self._rows.items():
            message = errors.get(key)
            if message is None:
                continue
            self._show_error(row, render(message))
            first = first or row
        if first is not None:
            target = first.editor.focus_widget()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            scroll = self._scroll_area()
            if scroll is not None:
                QTimer.singleShot(0, scroll, lambda: scroll.ensureWidgetVisible(first.container, 20, 40))
        return {key: message for key, message in errors.items() if key not in self._rows}

    def error_text(self, key: str) -> str:
        """The message currently shown under ``key`` (empty when none)."""
        row = self._rows[key]
        return row.error.text() if not row.error.isHidden() else ""

    def _scroll_area(self) -> QScrollArea | None:
        widget = self.parentWidget()
        while widget is not None:
            if isinstance(widget, QScrollArea):
                return widget
            widget = widget.parentWidget()
        return None

    def set_read_only(self, read_only: bool) -> None:
        for row in self._rows.values():
            row.editor.set_read_only(read_only)


# --------------------------------------------------------------------------- small widgets


class Banner(QFrame):
    """A one-line message above the form (errors with no field, record changed elsewhere)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.hide()
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._action: Callable[[], None] | None = None
        self.button.clicked.connect(self._run)
        self.hide()

    def _run(self) -> None:
        self.hide()
        if self._action is not None:
            self._action()

    def show_message(self, text: str, error: bool = True, action_text: str = "",
                     action: Callable[[], None] | None = None) -> None:
        colors = ("#fdecea", ERROR_COLOR) if error else ("#fff8e1", "#7a5b00")
        self.setStyleSheet(
            f"QFrame#banner {{ background: {colors[0]}; border: 1px solid {colors[1]}; border-radius: 4px; }}"
            f" QFrame#banner QLabel {{ color: {colors[1]}; }}"
        )
        self.label.setText(text)
        self._action = action
        self.button.setText(action_text)
        self.button.setVisible(bool(action_text))
        self.show()


class StageBadge(QLabel):
    """The lifecycle stage as a coloured pill next to the name."""

    def set_stage(self, stage: str | None) -> None:
        if not stage:
            self.hide()
            return
        background, color = STAGE_COLORS.get(stage, STAGE_COLORS["former"])
        self.setText(core_tr(STAGES.get(stage, stage)))
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {color}; border-radius: 9px;"
            f" padding: 2px 10px; font-weight: 600; }}"
        )
        self.show()


def add_address(form: RecordForm, title: str, street: str, postcode: str, city: str, country: str) -> None:
    """The address section people and companies share; labels come translated by the caller's view."""
    section = form.add_section(title)
    form.add_field(section, "street", street, LineField(200))
    form.add_field(section, "postcode", postcode, LineField(20))
    form.add_field(section, "city", city, LineField(100))
    code = LineField(2, "BE")
    code.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), code))
    code.setMaximumWidth(60)
    form.add_field(section, "country", country, code)


def choice_items(choices: Mapping[str, str]) -> list[tuple[str, str]]:
    """(key, translated label) pairs of one of core's vocabularies."""
    return [(key, core_tr(label)) for key, label in choices.items()]


def write_or_explain(form: RecordForm, show: Callable[[str], None], write: Callable[[], object]) -> bool:
    """Run one core write for a dialog; on refusal put the reasons under the fields, the rest through ``show``.

    Dialogs saving a form all answer core's refusals the same way; True when written.
    """
    try:
        write()
    except ValidationError as exc:
        rest = form.show_errors(exc.errors)
        if rest:
            show("\n".join(render(message) for message in rest.values()))
        return False
    except CrmError as exc:
        show(error_text(exc))
        return False
    return True


def save_and_accept(dialog: QDialog, form: RecordForm, message: QLabel, write: Callable[[], str],
                    saved: SignalInstance) -> bool:
    """A dialog's one core write: refused, the reasons go under the fields (the rest in ``message``);
    written, ``saved`` gets what ``write`` returned (the record's id) and the dialog closes accepted."""
    message.hide()
    written: list[str] = []
    if not write_or_explain(form, shown(message), lambda: written.append(write())):
        return False
    saved.emit(written[0])
    dialog.accept()
    return True


def message_line(parent: QWidget | None = None) -> QLabel:
    """The hidden red line above a dialog's buttons, for what cannot be said under a field."""
    label = QLabel(parent)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setWordWrap(True)
    label.hide()
    return label


def shown(label: QLabel) -> Callable[[str], None]:
    """A ``show`` for write_or_explain that writes into a message line and shows it."""

    def show(text: str) -> None:
        label.setText(text)
        label.show()

    return show


class FixedField(QWidget):
    """A read-only value shown in a form (a sale's customer, a deal's stage), speaking the editor protocol.

    ``muted`` greys and bolds it, for a value that changes elsewhere rather than here."""

    edited = Signal()

    def __init__(self, label: QLabel, muted: bool = False) -> None:
        super().__init__(label.parentWidget())
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label)
        if muted:
            label.setStyleSheet(f"color: {MUTED_COLOR}; font-weight: 600;")
        self.label = label

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        del value

    def set_read_only(self, read_only: bool) -> None:
        del read_only

    def focus_widget(self) -> QWidget:
        return self


def trash_and_close(dialog: QDialog, message: QLabel, delete: Callable[[], object], deleted: SignalInstance,
                    record_id: str) -> bool:
    """Once the user has said Yes: trash the record through core, tell the listeners and close; refused, say why
    on the message line and stay open."""
    try:
        delete()
    except CrmError as exc:
        shown(message)(error_text(exc))
        return False
    deleted.emit(record_id)
    dialog.accept()
    return True


def dialog_form(dialog: QWidget) -> tuple[RecordForm, QFormLayout]:
    """A dialog's form, flush with the dialog's own margins, and its one untitled section."""
    form = RecordForm(dialog)
    form.layout().setContentsMargins(0, 0, 0, 0)
    return form, form.add_section("")


def dialog_buttons(dialog: QDialog, layout: QVBoxLayout, ok_text: str,
                   confirm: Callable[[], object]) -> tuple[QLabel, QPushButton]:
    """Under a dialog's form: its hidden message line, then the default button ``ok_text`` (which calls
    ``confirm``) and Cancel; returns the message line and the button."""
    message = message_line(dialog)
    layout.addWidget(message)
    ok = QPushButton(ok_text, dialog)
    buttons, _cancel = save_buttons(dialog, ok)
    ok.clicked.connect(confirm)
    layout.addWidget(buttons)
    return message, ok


def save_buttons(dialog: QWidget, ok: QPushButton) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's (already named) default button and Cancel, which rejects; returns the box and Cancel."""
    buttons = QDialogButtonBox(dialog)
    ok.setDefault(True)
    buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.clicked.connect(dialog.reject)
    return buttons, cancel


# --------------------------------------------------------------------------- the detail view


class RecordDetailView(QWidget):
    """What the person and company views share: header, form, save, delete, refresh.

    Subclasses set ``KIND``, ``CORE`` (people or companies: create/update/get/delete),
    the permissions, and build their form and side tabs.
    """

    open_record = Signal(str, str)
    saved = Signal(str)
    close_requested = Signal()

    KIND = ""
    CORE: ModuleType
    WRITE_PERM = Perm.PERSON_WRITE
    DELETE_PERM = Perm.PERSON_DELETE

    def __init__(self, ctx: Context, record_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.row: dict[str, Any] = {}
        self.duplicate_dialog: QWidget | None = None
        self._pending: list[Change] = []
        self._gone = False
        self.can_write = False

        # An explicit minimum keeps the window's size hints stable while messages and
        # banners come and go (and fits the smallest supported screen).
        self.setMinimumSize(760, 460)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)
        outer.addWidget(self._build_header())
        self.banner = Banner(self)
        outer.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.form = RecordForm()
        self.scroll = QScrollArea(self.splitter)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.build_form(self.form)
        self.form.finish()
        self.scroll.setWidget(self.form)
        self.scroll.setMinimumWidth(420)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setDocumentMode(True)
        self.build_tabs(self.tabs)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setSizes([520, 720])
        outer.addWidget(self.splitter, 1)

        self.form.modified_changed.connect(self._update_title)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

        self._apply_permissions()
        self._relay = ChangeRelay(ctx.changes, self)
        self._relay.changed.connect(self._queue_change)
        self.load()

    # ---- hooks for subclasses

    def build_form(self, form: RecordForm) -> None:
        """Add the record's fields to ``form`` (each page adds its own; the base page has none)."""

    def build_tabs(self, tabs: QTabWidget) -> None:
        """Add the side tabs (timeline, files...); the base page has none."""

    def default_values(self) -> dict[str, Any]:
        return {}

    def row_to_form(self, row: Mapping[str, Any]) -> dict[str, Any]:
        return dict(row)

    def update_header(self) -> None:
        """Title and subtitle from the record; pages say more (stage, company, links)."""
        self.title_label.setText(str(self.row.get("name") or "") if self.row else "")
        self.subtitle_label.clear()

    def record_id_set(self) -> None:
        """The record exists now (loaded or first saved): enable timeline, files..."""

    def handle_changes(self, changes: list[Change]) -> None:
        """Refresh the side panels for what changed elsewhere."""

    def empty_title(self) -> str:
        """The window title of a record not saved yet."""
        return QCoreApplication.translate("RecordDetailView", "New record")

    # ---- header

    def _build_header(self) -> QWidget:
        header = QWidget(self)
        layout = QHBoxLayout(header)
        layout.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(10)
        self.title_label = QLabel(header)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = StageBadge(header)
        top.addWidget(self.title_label)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        self.subtitle_label = QLabel(header)
        self.subtitle_label.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.subtitle_label.linkActivated.connect(self._link_activated)
        texts.addLayout(top)
        texts.addWidget(self.subtitle_label)
        layout.addLayout(texts, 1)

        self.save_button = QPushButton(QCoreApplication.translate("RecordDetailView", "Save"), header)
        self.save_button.setToolTip(QCoreApplication.translate("RecordDetailView", "Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(QCoreApplication.translate("RecordDetailView", "Delete"), header)
        self.delete_button.setToolTip(QCoreApplication.translate("RecordDetailView", "Move to the trash"))
        self.delete_button.clicked.connect(self.delete)
        self.close_button = QPushButton(QCoreApplication.translate("RecordDetailView", "Close"), header)
        self.close_button.clicked.connect(self.close_requested.emit)
        for button in (self.save_button, self.delete_button, self.close_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _link_activated(self, link: str) -> None:
        kind, _, record_id = link.partition(":")
        if kind and record_id:
            self.open_record.emit(kind, record_id)

    def _apply_permissions(self) -> None:
        role = self.ctx.user.role
        self.can_write = permissions.allowed(role, self.WRITE_PERM)
        self.save_button.setVisible(self.can_write)
        self.form.set_read_only(not self.can_write)
        self._update_delete()

    def _update_delete(self) -> None:
        allowed = permissions.allowed(self.ctx.user.role, self.DELETE_PERM)
        self.delete_button.setVisible(allowed)
        self.delete_button.setEnabled(allowed and self.record_id is not None and not self._gone)

    def _update_title(self) -> None:
        name = self.title_label.text() or self.empty_title()
        self.setWindowTitle(f"{name} *" if self.form.modified else name)

    # ---- loading

    def load(self) -> None:
        """Show the record as core has it now (or an empty form for a new one)."""
        if self.record_id is None:
            self.row = {}
            self.form.set_values(self.default_values())
        else:
            try:
                self.row = self.CORE.get(self.ctx, self.record_id)
            except NotFound as exc:
                self._record_gone(error_text(exc))
                return
            self.form.set_values(self.row_to_form(self.row))
            self.record_id_set()
        self.update_header()
        self._update_title()
        self._update_delete()

    def _record_gone(self, text: str) -> None:
        self._gone = True
        self.banner.show_message(text)
        self.form.set_read_only(True)
        self.save_button.setEnabled(False)
        self._update_delete()

    # ---- saving

    def save(self) -> bool:
        """Validate and write through core; messages go under their fields. True if saved."""
        if self._gone or not self.can_write:
            return False
        values = self.form.values()
        self.banner.hide()
        self.form.clear_errors()
        try:
            new_id = self.write(values)
        except ValidationError as exc:
            self._show_validation(exc)
            return False
        except DuplicateFound as exc:
            self._ask_duplicate(exc, values)
            return False
        except CrmError as exc:
            self.banner.show_message(error_text(exc))
            return False
        self._saved(new_id)
        return True

    def write(self, values: dict[str, Any]) -> str:
        """Create or update through core; a kind that writes differently (tickets) overrides only this."""
        if self.record_id is None:
            return self.CORE.create(self.ctx, values)
        self.CORE.update(self.ctx, self.record_id, values)
        return self.record_id

    def _show_validation(self, exc: ValidationError) -> None:
        rest = self.form.show_errors(exc.errors)
        if rest:
            self.banner.show_message("\n".join(render(m) for m in rest.values()))

    def _saved(self, record_id: str) -> None:
        self.record_id = record_id
        self.load()
        self.saved.emit(record_id)

    def _ask_duplicate(self, exc: DuplicateFound, values: dict[str, Any]) -> None:
        from crm_desktop.ui.duplicate_dialog import DuplicateDialog

        dialog = DuplicateDialog(exc.matches, self)
        self.duplicate_dialog = dialog

        def finished(_result: int) -> None:
            self.duplicate_dialog = None
            dialog.deleteLater()
            if dialog.choice == DuplicateDialog.OPEN and dialog.chosen is not None:
                self.open_record.emit(dialog.chosen.kind, dialog.chosen.id)
            elif dialog.choice == DuplicateDialog.CREATE:
                self._create_anyway(values)

        dialog.finished.connect(finished)
        dialog.open()

    def _create_anyway(self, values: dict[str, Any]) -> None:
        try:
            new_id = self.CORE.create(self.ctx, values, allow_duplicate=True)
        except ValidationError as exc:
            self._show_validation(exc)
            return
        except CrmError as exc:
            self.banner.show_message(error_text(exc))
            return
        self._saved(new_id)

    # ---- deleting

    def confirm_delete(self) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("RecordDetailView", "Move to the trash"),
            QCoreApplication.translate(
                "RecordDetailView", "Move {name} to the trash? It can be restored from the trash."
            ).format(name=self.title_label.text()),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        if self.record_id is None or not permissions.allowed(self.ctx.user.role, self.DELETE_PERM):
            return
        if not self.confirm_delete():
            return
        try:
            self.CORE.delete(self.ctx, self.record_id)
        except CrmError as exc:
            self.banner.show_message(error_text(exc))
            return
        self._gone = True
        self.close_requested.emit()

    def can_close(self) -> bool:
        """Asked by the main window before leaving: offer to save unsaved edits."""
        if not self.form.modified or self._gone or not self.can_write:
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("RecordDetailView", "Unsaved changes"),
            QCoreApplication.translate("RecordDetailView", "Save the changes to {name}?").format(
                name=self.title_label.text()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ---- changes made elsewhere

    def _queue_change(self, change: Change) -> None:
        if not self._pending:
            # With ``self`` as context the call is dropped if the view is deleted first
            # (closed while a change notification was on its way).
            QTimer.singleShot(0, self, self._apply_changes)
        self._pending.append(change)

    def _apply_changes(self) -> None:
        changes, self._pending = self._pending, []
        if not changes:
            return
        table = getattr(self.CORE, "TABLE", "")
        mine = [c for c in changes if c.table == table and c.id == self.record_id and self.record_id]
        bulk = bool(self.record_id) and any(c.table == table and not c.id and c.op == "bulk" for c in changes)
        if bulk and not mine:
            # Many records changed at once (a sync, an import): this one may be among them.
            self._reload_if_changed()
        elif mine and self._gone and mine[-1].op == "restore":
            self._gone = False
            self.banner.hide()
            self.save_button.setEnabled(True)
            self._apply_permissions()
            self.load()
        elif mine and not self._gone:
            if mine[-1].op == "delete":
                self._record_gone(QCoreApplication.translate(
                    "RecordDetailView", "This record was moved to the trash."))
            elif self.form.modified:
                self.banner.show_message(
                    QCoreApplication.translate(
                        "RecordDetailView", "Someone else changed this record while you were editing it."),
                    error=False,
                    action_text=QCoreApplication.translate("RecordDetailView", "Show their version"),
                    action=self.load,
                )
            else:
                self.load()
        self.handle_changes(changes)

    def _reload_if_changed(self) -> None:
        """After a bulk change: show the record again if it differs from what is shown."""
        assert self.record_id is not None
        try:
            row = self.CORE.get(self.ctx, self.record_id, include_deleted=True)
        except NotFound as exc:
            if not self._gone:
                self._record_gone(error_text(exc))
            return
        if row.get("deleted_at"):
            if not self._gone:
                self._record_gone(QCoreApplication.translate(
                    "RecordDetailView", "This record was moved to the trash."))
            return
        if self._gone:  # restored elsewhere
            self._gone = False
            self.banner.hide()
            self.save_button.setEnabled(True)
            self._apply_permissions()
            self.load()
            return
        if row == self.row:
            return
        if self.form.modified:
            self.banner.show_message(
                QCoreApplication.translate(
                    "RecordDetailView", "Someone else changed this record while you were editing it."),
                error=False,
                action_text=QCoreApplication.translate("RecordDetailView", "Show their version"),
                action=self.load,
            )
        else:
            self.load()

    # ---- helpers for subclasses

    @staticmethod
    def link(kind: str, record_id: str, text: str) -> str:
        """A rich-text link the header turns into open_record(kind, id)."""
        from html import escape

        return f'<a href="{kind}:{escape(record_id)}">{escape(text)}</a>'
