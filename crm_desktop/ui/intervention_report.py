"""The technician's report on site: times, work done, distance, checklist, parts, photos, follow-up, signature.

Laid out for a laptop with a touch screen: two columns, big buttons, "Now" for the
times. Everything goes to core as typed (interventions.save_report checks it); its
messages appear under the field they concern. "Save report" may be pressed as often as
wanted (parts are written as differences); "Finish the job" saves and closes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import interventions, permissions
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message, NotFound, ValidationError
from crm_desktop.core.field_choices import FOLLOW_UPS
from crm_desktop.core.permissions import Perm
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.intervention_format import TOUCH_HEIGHT, in_zone, shop_today, shop_zone, span_text, to_iso_text
from crm_desktop.ui.intervention_media import PhotosPanel, SignatureBox
from crm_desktop.ui.intervention_parts import PartsField
from crm_desktop.ui.record_form import MUTED_COLOR, RecordForm, SuffixField, TextField, message_line

#: Report fields that go to core's save_report (the parts are added apart).
REPORT_KEYS = ("arrived_at", "departed_at", "km", "work_done", "checklist", "follow_up", "follow_up_note")
BIG_BUTTON = f"QPushButton {{ min-height: {TOUCH_HEIGHT}px; padding: 0 18px; font-weight: 600; }}"
FINISH_STYLE = (f"QPushButton {{ min-height: {TOUCH_HEIGHT}px; padding: 0 18px; font-weight: 600; background: #166534;"
                " color: white; border-radius: 4px; } QPushButton:disabled { background: #9ca3af; }")


class MomentField(QWidget):
    """A local date and time with "Now" (core's clock) and a button to empty it; its value is UTC ISO text."""

    edited = Signal()

    def __init__(self, ctx: Context, zone: QTimeZone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = zone
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QDateTimeEdit(self)
        self.edit.setTimeZone(zone)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.empty_value = QDateTime(QDate(2000, 1, 1), QTime(0, 0), zone)
        self.edit.setMinimumDateTime(self.empty_value)
        self.edit.setSpecialValueText("—")
        self.edit.setMinimumHeight(TOUCH_HEIGHT - 4)
        self.edit.setMinimumWidth(210)
        self.edit.dateTimeChanged.connect(self._changed)
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setToolTip(self.tr("Set to the current time"))
        self.now_button.setMinimumSize(72, TOUCH_HEIGHT - 4)
        self.now_button.setAutoDefault(False)
        self.now_button.clicked.connect(self.set_now)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("No time"))
        self.clear_button.setMinimumSize(TOUCH_HEIGHT - 8, TOUCH_HEIGHT - 8)
        self.clear_button.clicked.connect(lambda: self._set_by_user(None))
        layout.addWidget(self.edit)
        layout.addWidget(self.now_button)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

    def _changed(self, _moment: QDateTime) -> None:
        if not self._loading:
            self.edited.emit()

    def _set_by_user(self, moment: QDateTime | None) -> None:
        self.edit.setDateTime(moment if moment is not None else self.empty_value)
        self.edited.emit()

    def set_now(self) -> None:
        """Core's clock, to the minute shown."""
        now = QDateTime.fromSecsSinceEpoch(int(self.ctx.clock.now().timestamp()) // 60 * 60, self.zone)
        self._set_by_user(now)

    def set_moment(self, moment: QDateTime) -> None:
        """Set as if typed (tests, and the report's own helpers)."""
        self._set_by_user(moment.toTimeZone(self.zone))

    def value(self) -> str | None:
        moment = self.edit.dateTime()
        if moment <= self.empty_value:
            return None
        return to_iso_text(moment)

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            moment = in_zone(value, self.zone)
            self.edit.setDateTime(moment if moment is not None else self.empty_value)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.now_button.setVisible(not read_only)
        self.clear_button.setVisible(not read_only)

    def focus_widget(self) -> QWidget:
        return self.edit


class ChecklistField(QWidget):
    """What to tick for this kind of job; stored as core's label -> done."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.read_only = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.setStyleSheet("QCheckBox { min-height: 34px; } QCheckBox::indicator { width: 22px; height: 22px; }")

    def set_items(self, labels: Iterable[str]) -> None:
        labels = list(labels)
        if labels == list(self.boxes):
            return
        for box in self.boxes.values():
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        for label in labels:
            box = QCheckBox(core_tr(label), self)
            box.setEnabled(not self.read_only)
            box.toggled.connect(lambda _on: self.edited.emit())
            self._layout.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)  # a click beside the text would miss
            self.boxes[label] = box

    def value(self) -> dict[str, bool]:
        return {label: box.isChecked() for label, box in self.boxes.items()}

    def set_value(self, value: Any) -> None:
        ticked = dict(value or {})
        for label, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(ticked.get(label)))
            box.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for box in self.boxes.values():
            box.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


class FollowUpField(QWidget):
    """None, or what should follow: another intervention, a quote, a sales opportunity."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(16)
        self.group = QButtonGroup(self)
        self.buttons: dict[str | None, QRadioButton] = {}
        choices: list[tuple[str | None, str]] = [(None, self.tr("None"))]
        choices += [(key, core_tr(label)) for key, label in FOLLOW_UPS.items()]
        for n, (key, label) in enumerate(choices):
            button = QRadioButton(label, self)
            button.setMinimumHeight(34)
            self.group.addButton(button, n)
            self.buttons[key] = button
            layout.addWidget(button, n // 2, n % 2)
        self.setStyleSheet("QRadioButton::indicator { width: 20px; height: 20px; }")
        self.buttons[None].setChecked(True)
        self.group.buttonClicked.connect(lambda _b: self.edited.emit())

    def value(self) -> str | None:
        return next((key for key, button in self.buttons.items() if button.isChecked()), None)

    def set_value(self, value: Any) -> None:
        (self.buttons.get(value) or self.buttons[None]).setChecked(True)

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.buttons[None]


class ReportPanel(QWidget):
    """The "Report" tab of an intervention."""

    #: The report was written (True when the job was finished with it).
    saved = Signal(bool)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = shop_zone(ctx)
        self.row: dict[str, Any] = {}
        self.can_write = permissions.allowed(ctx.user.role, Perm.INTERVENTION_WRITE)
        self.read_only = not self.can_write

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self.scroll)
        columns = QHBoxLayout(inner)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(4)
        self.form = RecordForm(inner)
        self._build_left(self.form)
        self.form.finish()
        right = QWidget(inner)
        self._build_right(right)
        columns.addWidget(self.form, 1)
        columns.addWidget(right, 1)
        self.scroll.setWidget(inner)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self._build_bar())

    # ---- building

    def _build_left(self, form: RecordForm) -> None:
        times = form.add_section(self.tr("Time on site"))
        self.arrived = form.add_field(times, "arrived_at", self.tr("Arrival"), MomentField(self.ctx, self.zone))
        self.departed = form.add_field(times, "departed_at", self.tr("Departure"), MomentField(self.ctx, self.zone))
        km = SuffixField(self.tr("km"), 110)
        km.line.setMinimumHeight(TOUCH_HEIGHT - 4)
        self.km = form.add_field(times, "km", self.tr("Travel"), km)
        work = form.add_section(self.tr("Work done"))
        self.work_done = form.add_wide_field(work, "work_done", TextField(140))
        self.work_done.setMaximumHeight(240)
        self.work_done.setPlaceholderText(self.tr("What was found and done, what the customer was told…"))
        font = self.work_done.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.work_done.setFont(font)
        checks = form.add_section(self.tr("Checklist"))
        self.checklist = form.add_wide_field(checks, "checklist", ChecklistField())
        follow = form.add_section(self.tr("Follow-up needed"))
        self.follow_up = form.add_wide_field(follow, "follow_up", FollowUpField())
        self.follow_up_note = form.add_wide_field(follow, "follow_up_note", TextField(64))
        self.follow_up_note.setMaximumHeight(96)
        self.follow_up_note.setPlaceholderText(self.tr("What should follow, for the colleague who plans or sells it"))
        self.follow_up.edited.connect(self._follow_up_edited)

    def _build_right(self, right: QWidget) -> None:
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.parts_form = RecordForm(right)
        self.parts_form.layout().setContentsMargins(8, 8, 8, 0)
        section = self.parts_form.add_section(self.tr("Parts used"))
        self.parts = self.parts_form.add_wide_field(section, "parts_used", PartsField(self.ctx, show_levels=True))
        self.parts_form.finish()
        layout.addWidget(self.parts_form)
        photos_box = QGroupBox(self.tr("Photos and documents"), right)
        photos_layout = QVBoxLayout(photos_box)
        self.photos = PhotosPanel(self.ctx, photos_box)
        photos_layout.addWidget(self.photos)
        signature_box = QGroupBox(self.tr("Customer's signature"), right)
        signature_layout = QVBoxLayout(signature_box)
        self.signature = SignatureBox(self.ctx, signature_box)
        signature_layout.addWidget(self.signature)
        for box in (photos_box, signature_box):
            wrap = QVBoxLayout()
            wrap.setContentsMargins(8, 0, 8, 0)
            wrap.addWidget(box)
            layout.addLayout(wrap)
        layout.addStretch(1)

    def _build_bar(self) -> QWidget:
        bar = QFrame(self)
        bar.setObjectName("reportBar")
        bar.setStyleSheet("QFrame#reportBar { border-top: 1px solid #d1d5db; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 6, 8, 2)
        texts = QVBoxLayout()
        self.message = message_line(bar)
        self.state = QLabel(bar)
        self.state.setWordWrap(True)
        self.state.setStyleSheet(f"color: {MUTED_COLOR};")
        texts.addWidget(self.message)
        texts.addWidget(self.state)
        row.addLayout(texts, 1)
        self.save_button = QPushButton(self.tr("Save report"), bar)
        self.save_button.setStyleSheet(BIG_BUTTON)
        self.save_button.setToolTip(self.tr("Keep what is written so far; the job stays open"))
        self.save_button.clicked.connect(lambda: self.save(False))
        self.finish_button = QPushButton(self.tr("Finish the job"), bar)
        self.finish_button.setStyleSheet(FINISH_STYLE)
        self.finish_button.setToolTip(self.tr("Save the report and mark the intervention done"))
        self.finish_button.clicked.connect(lambda: self.save(True))
        for button in (self.save_button, self.finish_button):
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        return bar

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1100, 700)

    # ---- showing

    @property
    def modified(self) -> bool:
        return self.form.modified or self.parts_form.modified

    def show_intervention(self, row: dict[str, Any]) -> None:
        """Show the report as core has it; typed values that are not saved yet are kept."""
        other = row.get("id") != self.row.get("id")
        self.row = dict(row)
        status = row.get("status")
        self.read_only = not self.can_write or status == "cancelled"
        self.checklist.set_items(interventions.checklist_items(row.get("kind") or ""))
        used = interventions.parts_used(self.ctx.db, row["id"])
        if other or not self.modified:
            self.form.set_values({key: row.get(key) for key in REPORT_KEYS})
            self.parts_form.set_values({"parts_used": used})
            self.message.hide()
        self.form.set_read_only(self.read_only)
        self.parts_form.set_read_only(self.read_only)
        self._follow_up_edited()
        self.parts.set_location(interventions.van_for(self.ctx, row["id"]),
                                {p["product_id"]: int(p["quantity"]) for p in used},
                                [p["product_id"] for p in used if p["flagged"]])
        self.photos.set_intervention(row["id"], self.read_only)
        self.signature.show_intervention(row, self.read_only)
        self._update_bar()

    def refresh(self) -> None:
        """Read the intervention again (its status, signature, photos, the van's levels) keeping typed values."""
        if not self.row.get("id"):
            return
        try:
            row = interventions.get(self.ctx.db, self.row["id"])
        except NotFound:
            return
        self.show_intervention(row)

    def _follow_up_edited(self) -> None:
        self.follow_up_note.setEnabled(not self.read_only and self.follow_up.value() is not None)

    def _update_bar(self) -> None:
        status = self.row.get("status")
        self.save_button.setVisible(self.can_write)
        self.finish_button.setVisible(self.can_write)
        self.save_button.setEnabled(not self.read_only)
        self.finish_button.setEnabled(not self.read_only and status != "done")
        today = shop_today(self.ctx)
        if status == "done":
            when = span_text(self.row.get("completed_at"), None, self.zone, today)
            self.state.setText(self.tr("Job finished: {when}.").format(when=when))
        elif status == "cancelled":
            self.state.setText(self.tr("This intervention was cancelled: plan it again to report on it."))
        elif status == "to_plan":
            self.state.setText(self.tr("Not planned yet: plan it before finishing it."))
        else:
            self.state.setText("")
        self.state.setVisible(bool(self.state.text()))

    # ---- saving

    def values(self) -> dict[str, Any]:
        return {**self.form.values(), "parts_used": self.parts.value()}

    def save(self, complete: bool = False) -> bool:
        """Write the report through core (and finish the job when ``complete``); True when written."""
        if not self.row.get("id") or self.read_only:
            return False
        self.message.hide()
        self.form.clear_errors()
        self.parts_form.clear_errors()
        try:
            interventions.save_report(self.ctx, self.row["id"], self.values(), complete=complete)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except CrmError as exc:
            self._say(error_text(exc))
            return False
        self.form.set_modified(False)
        self.parts_form.set_modified(False)
        self.refresh()
        self.saved.emit(complete)
        return True

    def show_errors(self, errors: dict[str, Message]) -> None:
        rest = self.parts_form.show_errors(errors)
        rest = self.form.show_errors(rest)
        if rest:
            self._say("\n".join(render(m) for m in rest.values()))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def error_text(self, key: str) -> str:
        """The message shown under a report field (for tests and the window's checks)."""
        form = self.parts_form if key == "parts_used" else self.form
        return form.error_text(key)
