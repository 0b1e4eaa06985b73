"""The Setup tab of a campaign: who, on which channels, with which texts, for what budget and costs.

``SetupFields`` adds the campaign's fields to the detail page's RecordForm (so saving, field
messages and changes made elsewhere work as on every other page) and keeps the parts that are
not fields of the campaign row: the segment's live count, the merge-field pickers and the costs.
Templates are shown only for the channels chosen, each with a picker that inserts ``{first_name}``
and the other merge fields where the cursor is; the SMS text counts its characters as it is typed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import campaigns, mail_merge, segments
from crm_desktop.core.campaign_choices import OBJECTIVES
from crm_desktop.core.campaign_sends import CHANNELS
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.core.settings import load_business
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.record_form import (
    MUTED_COLOR,
    ChoiceField,
    DateField,
    LineField,
    MoneyField,
    RecordForm,
    TextField,
    choice_items,
    dialog_buttons,
    dialog_form,
    message_line,
    shown,
    write_or_explain,
)
from crm_desktop.ui.support_format import date_text, money_text
from crm_desktop.ui.widgets import open_kept, read_only_rows

#: The template fields each channel uses, in the order the form shows them.
CHANNEL_TEMPLATES: dict[str, tuple[str, ...]] = {
    "email": ("email_subject", "email_body"),
    "letter": ("letter_body",),
    "sms": ("sms_text",),
    "phone": ("call_script",),
}
#: Characters in one SMS (GSM alphabet); longer texts are sent as several.
SMS_PART = 160


def channel_list(value: Any) -> list[str]:
    """A campaign's channels as stored (a JSON list, or already a list)."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value else []
        except ValueError:
            return []
    return [str(item) for item in (value or [])]


def channel_label(key: Any) -> str:
    label = CHANNELS.get(str(key or ""))
    return core_tr(label) if label else str(key or "")


class ChannelsField(QWidget):
    """One check box per channel; the value is the list of chosen channel keys."""

    edited = Signal()
    #: The chosen channels changed (by the user or by loading a campaign).
    channels_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.boxes: dict[str, QCheckBox] = {}
        for key, label in CHANNELS.items():
            box = QCheckBox(core_tr(label), self)
            box.setObjectName(f"channel_{key}")
            box.toggled.connect(self._toggled)
            self.boxes[key] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self._loading = False

    def _toggled(self, _on: bool) -> None:
        if not self._loading:
            self.edited.emit()
            self.channels_changed.emit(self.value())

    def value(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(channel_list(value))
        self._loading = True
        try:
            for key, box in self.boxes.items():
                box.setChecked(key in chosen)
        finally:
            self._loading = False
        self.channels_changed.emit(self.value())

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.boxes["email"]


class SegmentDialog(QDialog):
    """A segment's name and criteria in the segment editor: a new segment, or changes to one."""

    saved = Signal(str)

    def __init__(self, ctx: Context, segment_id: str | None, criteria: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        from crm_desktop.ui.segment_editor import SegmentEditor

        super().__init__(parent)
        self.ctx = ctx
        self.segment_id = segment_id
        current = segments.get(ctx.db, segment_id) if segment_id else None
        self.setWindowTitle(self.tr("Edit the segment") if segment_id else self.tr("New segment"))
        self.setMinimumSize(720, 520)
        layout = QVBoxLayout(self)
        self.form, section = dialog_form(self)
        self.name = self.form.add_field(section, "name", self.tr("Name"),
                                        LineField(200, self.tr("Who is in it, e.g. Namur customers")))
        self.editor = SegmentEditor(ctx, self)
        self.form.finish()
        layout.addWidget(self.form)
        layout.addWidget(self.editor, 1)
        self.message, self.save_button = dialog_buttons(self, layout, self.tr("Save the segment"), self.save)
        if current is not None:
            self.name.set_value(current.get("name"))
        start = criteria if criteria is not None else (current or {}).get("filter")
        if start:
            self.editor.set_filter(_criteria(start))

    def save(self) -> bool:
        values = {"name": self.name.value(), "filter": self.editor.filter()}
        made: list[str] = []

        def write() -> None:
            if self.segment_id is None:
                made.append(segments.create(self.ctx, values))
            else:
                segments.update(self.ctx, self.segment_id, values)
                made.append(self.segment_id)

        self.message.hide()
        self.form.clear_errors()
        try:
            write()
        except ValidationError as exc:
            rest = self.form.show_errors({k: v for k, v in exc.errors.items() if k == "name"})
            rest.update(self.editor.show_errors({k: v for k, v in exc.errors.items() if k != "name"}))
            if rest:
                shown(self.message)("\n".join(render(message) for message in rest.values()))
            return False
        except CrmError as exc:
            shown(self.message)(error_text(exc))
            return False
        self.saved.emit(made[0])
        self.accept()
        return True


def _criteria(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value) if value else {}
        except ValueError:
            return {}
    return dict(value or {})


class SegmentField(QWidget):
    """The target segment: a choice among the saved segments, how many people it holds now, and buttons
    to change its criteria or to make a new segment (from its criteria, or from none)."""

    edited = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: SegmentDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(240)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._chosen)
        self.edit_button = QPushButton(self.tr("Edit segment…"), self)
        self.edit_button.setToolTip(self.tr("Change who is in this segment (every campaign using it follows)"))
        self.edit_button.clicked.connect(self.edit_segment)
        self.new_button = QPushButton(self.tr("New segment…"), self)
        self.new_button.setToolTip(self.tr("A new segment, starting from the criteria of the chosen one"))
        self.new_button.clicked.connect(self.new_segment)
        for button in (self.edit_button, self.new_button):
            button.setAutoDefault(False)
        row.addWidget(self.combo, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("segmentCount")
        self.count_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self._read_only = False
        self.reload()

    def reload(self) -> None:
        """Read the saved segments again (one may have been made or renamed elsewhere)."""
        current = self.value()
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem(self.tr("— choose a segment —"), None)
            for row in segments.all_segments(self.ctx.db):
                self.combo.addItem(str(row["name"]), row["id"])
            self.combo.setCurrentIndex(max(0, self.combo.findData(current)) if current else 0)
        finally:
            self.combo.blockSignals(False)
        self._update()

    def _chosen(self, _index: int) -> None:
        self._update()
        self.edited.emit()

    def _update(self) -> None:
        chosen = self.value()
        self.edit_button.setEnabled(bool(chosen) and not self._read_only)
        self.new_button.setEnabled(not self._read_only)
        self.count_label.setText(self.count_text(chosen))

    def count_text(self, segment_id: str | None) -> str:
        if not segment_id:
            return self.tr("Choose who the campaign is for.")
        try:
            segment = segments.get(self.ctx.db, segment_id)
            count = segments.count(self.ctx.db, segment.get("filter"), self.ctx.now())
        except CrmError as exc:
            return error_text(exc)
        if count == 1:
            text = self.tr("1 person in this segment now")
        else:
            text = self.tr("{n} people in this segment now").format(n=QLocale().toString(count))
        criteria = "; ".join(render(line) for line in segments.describe_filter(segment.get("filter"), self.ctx.db))
        return f"{text}\n{criteria}" if criteria else text

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        if value and self.combo.findData(value) < 0:
            self.reload()
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)) if value else 0)
        self._update()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.combo.setEnabled(not read_only)
        self._update()

    def focus_widget(self) -> QWidget:
        return self.combo

    def edit_segment(self) -> SegmentDialog | None:
        if not self.value():
            return None
        return self._open_dialog(SegmentDialog(self.ctx, str(self.value()), None, self))

    def new_segment(self) -> SegmentDialog:
        """A new segment; its criteria start as those of the segment chosen now (if any)."""
        criteria = None
        if self.value():
            criteria = _criteria(segments.get(self.ctx.db, str(self.value())).get("filter"))
        return self._open_dialog(SegmentDialog(self.ctx, None, criteria, self))

    def _open_dialog(self, dialog: SegmentDialog) -> SegmentDialog:
        dialog.saved.connect(self._segment_saved)
        return open_kept(self, dialog)

    def _segment_saved(self, segment_id: str) -> None:
        before = self.value()
        self.reload()
        self.set_value(segment_id)
        if segment_id != before:
            self.edited.emit()


class MergeFieldButton(QToolButton):
    """"Insert a field ▾": puts ``{first_name}`` (or another merge field) where the cursor is, in the last
    of its editors that had the focus."""

    def __init__(self, editors: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors = editors
        self.target: QWidget = editors[-1]
        self.setText(self.tr("Insert a field"))
        self.setToolTip(self.tr("Personalise the text: each person gets their own name, company, address…"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self)
        for key, label in mail_merge.FIELDS.items():
            action = QAction(f"{core_tr(label)}  {{{key}}}", menu)
            action.triggered.connect(lambda _checked=False, k=key: self.insert(k))
            menu.addAction(action)
        self.setMenu(menu)
        # A click lands on a text box's viewport, the focus on the box itself: both tell which editor is meant.
        self._owners: dict[QObject, QWidget] = {}
        for editor in editors:
            parts = [editor, editor.viewport()] if isinstance(editor, QPlainTextEdit) else [editor]
            for part in parts:
                self._owners[part] = editor
                part.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) and watched in self._owners:
            self.target = self._owners[watched]
        return super().eventFilter(watched, event)

    def insert(self, key: str) -> None:
        text = "{" + key + "}"
        target = self.target
        if isinstance(target, QPlainTextEdit):
            target.insertPlainText(text)
        elif isinstance(target, LineField):
            target.insert(text)
            target.edited.emit()
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class SmsField(TextField):
    """The SMS text with its length: characters used and how many messages a gateway will send."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(80, parent)
        self.counter = QLabel()
        self.counter.setObjectName("smsCounter")
        self.textChanged.connect(self._count)
        self._count()

    def _count(self) -> None:
        length = len(self.toPlainText())
        parts = max(1, -(-length // SMS_PART))
        text = self.tr("{n} / {max} characters · {parts} SMS").format(n=length, max=campaigns.SMS_MAX, parts=parts)
        if "{" in self.toPlainText():
            text += " " + self.tr("(before the fields are filled in)")
        self.counter.setText(text)
        color = "#c62828" if length > campaigns.SMS_MAX else MUTED_COLOR
        self.counter.setStyleSheet(f"color: {color};")


class CostDialog(QDialog):
    """One cost of the campaign (printing, stamps, SMS credits…), optionally of one channel."""

    saved = Signal(str)

    def __init__(self, ctx: Context, campaign_id: str, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.setWindowTitle(self.tr("Add a cost"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.form, section = dialog_form(self)
        self.form.add_field(section, "description", self.tr("For"), LineField(300, self.tr("e.g. Printing")))
        self.form.add_field(section, "amount_cents", self.tr("Amount"), MoneyField(currency))
        self.form.add_field(section, "channel", self.tr("Channel"), ChoiceField(choice_items(CHANNELS)))
        self.form.add_field(section, "spent_on", self.tr("Paid on"), DateField())
        self.form.finish()
        layout.addWidget(self.form)
        self.message, self.save_button = dialog_buttons(self, layout, self.tr("Add"), self.save)

    def save(self) -> bool:
        made: list[str] = []
        self.message.hide()
        if not write_or_explain(self.form, shown(self.message),
                                lambda: made.append(campaigns.add_cost(self.ctx, self.campaign_id,
                                                                       self.form.values()))):
            return False
        self.saved.emit(made[0])
        self.accept()
        return True


class CostsBox(QWidget):
    """The campaign's costs, with their total against the budget: add and remove (saved at once)."""

    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.dialog: CostDialog | None = None
        self.currency = load_business(ctx.db).currency or "EUR"
        self.can_write = allowed(ctx.user.role, Perm.CAMPAIGN_WRITE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("costsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Paid on"), self.tr("Channel"), self.tr("For"),
                                              self.tr("Amount")])
        read_only_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, self.table.horizontalHeader().ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(180)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        bar = QHBoxLayout()
        self.total_label = QLabel(self)
        self.total_label.setObjectName("costsTotal")
        self.add_button = QPushButton(self.tr("Add a cost…"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_cost)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        bar.addWidget(self.total_label, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        layout.addLayout(bar)
        self.message = message_line(self)
        layout.addWidget(self.message)
        self.budget_cents = 0
        self.reload()

    def set_campaign(self, campaign_id: str | None, budget_cents: int = 0) -> None:
        self.campaign_id = campaign_id
        self.budget_cents = int(budget_cents or 0)
        self.reload()

    def reload(self) -> None:
        self.rows = campaigns.costs(self.ctx.db, self.campaign_id) if self.campaign_id else []
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = (date_text(row.get("spent_on")), channel_label(row.get("channel")),
                     str(row.get("description") or ""), money_text(int(row.get("amount_cents") or 0), self.currency))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        total = sum(int(row.get("amount_cents") or 0) for row in self.rows)
        if self.campaign_id is None:
            self.total_label.setText(self.tr("Save the campaign first, then add what it costs."))
        elif self.budget_cents:
            self.total_label.setText(self.tr("Spent {total} of a budget of {budget}").format(
                total=money_text(total, self.currency), budget=money_text(self.budget_cents, self.currency)))
        else:
            self.total_label.setText(self.tr("Spent {total}").format(total=money_text(total, self.currency)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.can_write and self.campaign_id is not None)
        self.remove_button.setEnabled(self.can_write and self.selected() is not None)

    def selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows) or not self.table.selectedItems():
            return None
        return self.rows[row]

    def add_cost(self) -> CostDialog | None:
        if self.campaign_id is None:
            return None
        dialog = CostDialog(self.ctx, self.campaign_id, self.currency, self)
        dialog.saved.connect(lambda _cost_id: self._changed())
        return open_kept(self, dialog)

    def remove_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        self.message.hide()
        try:
            campaigns.remove_cost(self.ctx, str(row["id"]))
        except CrmError as exc:
            shown(self.message)(error_text(exc))
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()


def _template_editor(key: str) -> QWidget:
    if key == "email_subject":
        return LineField(300)
    if key == "sms_text":
        return SmsField()
    return TextField(150 if key in ("email_body", "letter_body") else 90)


class SetupFields(QObject):
    """The campaign's fields in the page's form, the template sections that follow the channels, and
    the costs box. The page saves the form as usual; ``values_changed`` tells it the costs changed."""

    def __init__(self, ctx: Context, form: RecordForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        currency = load_business(ctx.db).currency or "EUR"

        main = form.add_section(self.tr("Campaign"))
        form.add_field(main, "name", self.tr("Name"), LineField(200, self.tr("e.g. Spring boiler check")))
        form.add_field(main, "objective", self.tr("Objective"),
                       ChoiceField(choice_items(OBJECTIVES), allow_empty=False))
        self.channels = form.add_field(main, "channels", self.tr("Channels"), ChannelsField())
        form.add_field(main, "starts_on", self.tr("Starts on"), DateField())
        form.add_field(main, "ends_on", self.tr("Ends on"), DateField())
        form.add_field(main, "budget_cents", self.tr("Budget"), MoneyField(currency))
        self.segment = form.add_field(main, "segment_id", self.tr("Segment"), SegmentField(ctx))

        self.sections: dict[str, QFormLayout] = {}
        self.pickers: dict[str, MergeFieldButton] = {}
        titles = {"email": self.tr("E-mail"), "letter": self.tr("Letter"), "sms": self.tr("SMS"),
                  "phone": self.tr("Phone calls")}
        captions = {"email_subject": self.tr("Subject"), "email_body": self.tr("Message"),
                    "letter_body": self.tr("Letter"), "sms_text": self.tr("Text"), "call_script": self.tr("Script")}
        for channel, keys in CHANNEL_TEMPLATES.items():
            section = form.add_section(titles[channel])
            editors = [form.add_field(section, key, captions[key], _template_editor(key)) for key in keys]
            if channel != "phone":
                picker = MergeFieldButton(editors)
                picker.setObjectName(f"mergeFields_{channel}")
                self.pickers[channel] = picker
                section.addRow("", picker)
            for editor in editors:
                if isinstance(editor, SmsField):
                    section.addRow("", editor.counter)
            self.sections[channel] = section

        notes = form.add_section(self.tr("Notes"))
        form.add_wide_field(notes, "notes", TextField(60))
        costs = form.add_section(self.tr("Costs"))
        self.costs = CostsBox(ctx)
        costs.addRow(self.costs)
        self.channels.channels_changed.connect(self.show_channels)
        self.show_channels([])

    def show_channels(self, chosen: list[str]) -> None:
        """Only the texts of the chosen channels are shown (the others keep what they hold)."""
        for channel, section in self.sections.items():
            box = section.parentWidget()
            if box is not None:
                box.setVisible(channel in chosen)

    def set_campaign(self, row: Mapping[str, Any]) -> None:
        self.costs.set_campaign(row.get("id"), int(row.get("budget_cents") or 0))
