"""Building a segment's filter by ticking criteria, with the number of people it takes counted live.

Each criterion is one field of a RecordForm (so core's messages land under the field that caused
them): short fixed lists are rows of check boxes, values in use (tags, cities...) are checkable
lists, postcode prefixes are typed. Edits restart a short timer; when it ends the filter is checked
by core and counted (the count query stays under 200 ms on 100,000 people: see
tests/benchmarks/test_segment_speed.py), so a burst of clicks costs one query.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import segments
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message, ValidationError
from crm_desktop.core.segment_filter import CRITERIA, MAX_DAYS, validate_filter
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.record_form import MUTED_COLOR, LineField, RecordForm

#: Quiet time after the last edit before counting.
DEBOUNCE_MS = 150
#: Criteria offered as check boxes (short, fixed lists) and as checkable lists (values in use).
CHECK_BOXES = ("stages", "languages", "value_tiers", "support_levels", "consent", "has")
CHECK_LISTS = ("tags", "interests", "owners", "cities", "industries")
#: Where each criterion is shown.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("who", ("stages", "tags", "interests", "languages", "owners")),
    ("where", ("postcodes", "cities", "industries")),
    ("buying", ("last_purchase", "value_tiers", "support_levels")),
    ("reach", ("consent", "has")),
)


class ChecksField(QWidget):
    """A few check boxes in rows of ``columns``; its value is the keys ticked, in the offered order."""

    edited = Signal()

    def __init__(self, items: Sequence[tuple[str, str]], columns: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(16)
        self._columns = columns
        self.boxes: dict[str, QCheckBox] = {}
        for key, label in items:
            self._add(key, label)

    def _add(self, key: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        index = len(self.boxes)
        self._layout.addWidget(box, index // self._columns, index % self._columns)
        box.toggled.connect(lambda _on: self.edited.emit())
        self.boxes[key] = box
        return box

    def value(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        wanted = list(value or [])
        for key in wanted:
            if key not in self.boxes:  # no longer offered (a deleted level): kept, not lost
                self._add(key, key)
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in wanted)
            box.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


class CheckListField(QWidget):
    """Values in use as a short checkable list, with a search line once they are many; its value is the keys
    ticked, in the offered order."""

    edited = Signal()
    KEY = Qt.ItemDataRole.UserRole
    #: From this many values on, a search line narrows the list (cities, tags of a large database).
    SEARCH_FROM = 12

    def __init__(self, items: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        hint = self.tr("Search")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(hint)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._narrow)
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(104)
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list)
        for key, label in items:
            self._add(key, label)
        self.search.setVisible(self.list.count() >= self.SEARCH_FROM)
        self.list.itemChanged.connect(lambda _item: self.edited.emit())

    def _add(self, key: str, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label, self.list)
        item.setData(self.KEY, key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.search.setVisible(self.list.count() >= self.SEARCH_FROM)
        return item

    def add_missing(self, offered: Sequence[tuple[str, str]]) -> None:
        """Offer values that came into use, without a signal."""
        known = {item.data(self.KEY) for item in self.items()}
        self.list.blockSignals(True)
        for key, label in offered:
            if key not in known:
                self._add(key, label)
        self.list.blockSignals(False)
        self._narrow(self.search.text())

    def _narrow(self, text: str) -> None:
        """Show the values containing the text typed (ticked ones stay visible: nothing ticked is hidden)."""
        needle = text.strip().casefold()
        for item in self.items():
            item.setHidden(bool(needle) and needle not in item.text().casefold()
                           and item.checkState() != Qt.CheckState.Checked)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def item_for(self, key: str) -> QListWidgetItem | None:
        return next((item for item in self.items() if item.data(self.KEY) == key), None)

    def value(self) -> list[str]:
        return [item.data(self.KEY) for item in self.items() if item.checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        wanted = list(value or [])
        self.list.blockSignals(True)
        for key in wanted:
            if self.item_for(key) is None:  # not in use any more: still shown, still ticked
                self._add(key, key)
        for item in self.items():
            item.setCheckState(Qt.CheckState.Checked if item.data(self.KEY) in wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._narrow(self.search.text())

    def set_read_only(self, read_only: bool) -> None:
        self.list.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.list


class LastPurchaseField(QWidget):
    """Any time / bought in the last N days / no purchase in the last N days."""

    edited = Signal()
    MODES = ("", "within_days", "not_within_days")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for mode, text in zip(self.MODES, (self.tr("Any time"), self.tr("Bought in the last"),
                                           self.tr("No purchase in the last")), strict=True):
            radio = QRadioButton(text, self)
            self.group.addButton(radio)
            self.radios[mode] = radio
            layout.addWidget(radio)
        self.radios[""].setChecked(True)
        self.days = QSpinBox(self)
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(90)
        self.days.setSuffix(self.tr(" days"))
        layout.addWidget(self.days)
        layout.addStretch(1)
        self.days.setEnabled(False)
        self.group.buttonToggled.connect(self._toggled)
        self.days.valueChanged.connect(lambda _days: self.edited.emit() if self.mode() else None)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.days.setEnabled(bool(self.mode()))
            self.edited.emit()

    def mode(self) -> str:
        return next((mode for mode, radio in self.radios.items() if radio.isChecked()), "")

    def value(self) -> dict[str, int]:
        mode = self.mode()
        return {mode: self.days.value()} if mode else {}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, Mapping) else {}
        mode = next((m for m in self.MODES[1:] if m in value), "")
        self.blockSignals(True)
        self.group.blockSignals(True)
        self.radios[mode].setChecked(True)
        if mode and isinstance(value[mode], int) and 1 <= value[mode] <= MAX_DAYS:
            self.days.blockSignals(True)
            self.days.setValue(value[mode])
            self.days.blockSignals(False)
        self.days.setEnabled(bool(mode))
        self.group.blockSignals(False)
        self.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.radios[""]


class SegmentEditor(QWidget):
    """The criteria of one segment and the live count of the people they take.

    ``filterChanged(dict)`` carries the checked filter each time the edits settle on a valid one that
    differs from the last; ``countChanged(int)`` follows each count, ``invalid()`` each refusal.
    """

    filterChanged = Signal(dict)  # noqa: N815 - the name views connect to
    countChanged = Signal(int)  # noqa: N815
    #: The edits settled on criteria that core refuses (marked under them); nothing was counted.
    invalid = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_count: int | None = None
        self._last_filter: dict[str, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recount)

        self.count_label = QLabel(self)
        font = QFont(self.count_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.count_label.setFont(font)
        self.count_label.setObjectName("segmentCount")
        self.count_note = QLabel(self)
        self.count_note.setStyleSheet(f"color: {MUTED_COLOR};")
        self.count_note.setWordWrap(True)

        self.form = RecordForm(self)
        self.fields: dict[str, Any] = {}
        self._build_form(segments.choices(ctx.db))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)

        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addWidget(self.count_note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.recount()

    # building ------------------------------------------------------------------------------------

    def _section_title(self, key: str) -> str:
        return {"who": self.tr("Who"), "where": self.tr("Where"), "buying": self.tr("Purchases and contracts"),
                "reach": self.tr("How to reach them")}[key]

    def _build_form(self, offered: Mapping[str, list[tuple[str, str]]]) -> None:
        for section_key, keys in SECTIONS:
            section = self.form.add_section(self._section_title(section_key))
            for key in keys:
                editor = self._make_editor(key, offered)
                self.fields[key] = self.form.add_field(section, key, core_tr(CRITERIA[key]), editor)
                editor.edited.connect(self.schedule)
        self.form.finish()

    def _make_editor(self, key: str, offered: Mapping[str, list[tuple[str, str]]]) -> Any:
        if key == "postcodes":
            hint = self.tr("Beginnings, separated by commas: 50, 1000")
            return LineField(400, hint)
        if key == "last_purchase":
            return LastPurchaseField()
        items = offered.get(key, [])
        if key in CHECK_BOXES:
            translated = key not in ("support_levels",)  # level names are the shop's own words
            return ChecksField([(k, core_tr(label) if translated else label) for k, label in items],
                               columns=2 if key == "value_tiers" else 4)
        return CheckListField(items)  # values in use are the shop's own words

    def refresh_choices(self) -> None:
        """Offer the values in use now (after records changed elsewhere), keeping what is ticked."""
        current = self.filter()
        offered = segments.choices(self.ctx.db)
        for key in CHECK_LISTS:
            field: CheckListField = self.fields[key]
            field.add_missing(offered.get(key, []))
            field.set_value(current.get(key, []))

    # the filter ----------------------------------------------------------------------------------

    def filter(self) -> dict[str, Any]:
        """The criteria as entered (not yet checked by core); criteria left empty are left out."""
        out: dict[str, Any] = {}
        for key, field in self.fields.items():
            value = field.value()
            if key == "postcodes":
                value = [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
            if value:
                out[key] = value
        return out

    def set_filter(self, value: Mapping[str, Any]) -> None:
        """Show a saved filter (values no longer offered are added so that nothing is lost) and count it."""
        flt = dict(value or {})
        for key, field in self.fields.items():
            raw = flt.get(key)
            if key == "postcodes":
                field.set_value(", ".join(raw) if isinstance(raw, list) else (raw or ""))
            else:
                field.set_value(raw)
        self.form.clear_errors()
        self._timer.stop()
        self.recount()

    def schedule(self) -> None:
        """An edit: count again once the edits pause."""
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def show_errors(self, errors: Mapping[str, Message]) -> dict[str, Message]:
        """Core's messages under their criteria; returns those that belong to no criterion."""
        return self.form.show_errors(errors)

    def count_text(self) -> str:
        return self.count_label.text()

    def people_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 person")
        return self.tr("{count} people").format(count=QLocale().toString(count))

    def recount(self) -> None:
        """Check the filter with core and count it; bad criteria are marked and nothing is counted."""
        self._timer.stop()
        raw = self.filter()
        try:
            clean = validate_filter(raw)
        except ValidationError as exc:
            rest = self.form.show_errors(exc.errors)
            self.count_label.setText(self.tr("No count"))
            self.count_note.setText(self.tr("Correct the criteria marked in red.")
                                    + "".join(f"\n{render(m)}" for m in rest.values()))
            self.last_count = None
            self._last_filter = None
            self.invalid.emit()
            return
        self.form.clear_errors()
        try:
            count = segments.count(self.ctx.db, clean, self.ctx.clock.now())
        except CrmError as exc:
            self.count_label.setText(self.tr("No count"))
            self.count_note.setText(error_text(exc))
            self.last_count = None
            return
        self.last_count = count
        self.count_label.setText(self.people_text(count))
        self.count_note.setText(self.tr("match all the criteria (any of the values ticked in each)") if clean
                                else self.tr("everyone: tick criteria to narrow down"))
        self.countChanged.emit(count)
        if clean != self._last_filter:
            self._last_filter = clean
            self.filterChanged.emit(clean)
