"""Planning one intervention by hand: when, how long, who, with the free technicians and the warnings live.

The board plans by drag and drop; this dialog is for the precise cases: a time typed, a
team of two, a slot double-clicked. While the planner chooses, it asks core which
technicians are free then with the skills (planning.suggest) and what the current choice
breaks (planning.check), so a conflict is seen before OK rather than after. Warnings never
refuse a plan (core's rule); core's refusals (a time in the past, nobody chosen) appear
under the field concerned.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import interventions, planning, technicians
from crm_desktop.core.clock import from_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.field_choices import KINDS
from crm_desktop.core.support_settings import load_support
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.planning_board import SNAP_MINUTES, snap, warning_lines
from crm_desktop.ui.record_form import error_label, message_line, save_buttons
from crm_desktop.ui.support_format import MUTED_COLOR, OK_COLOR, date_text, minutes_text
from crm_desktop.ui.widgets import ERROR_COLOR

ID_ROLE = int(Qt.ItemDataRole.UserRole)
#: Longest job the duration field offers (core refuses more than 14 days).
MAX_MINUTES = 14 * 24 * 60


class QuarterTimeEdit(QTimeEdit):
    """A time field whose arrows move the minutes by quarters, as the board snaps."""

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.currentSection() == QDateTimeEdit.Section.MinuteSection:
            self.setTime(self.time().addSecs(steps * SNAP_MINUTES * 60))
            return
        super().stepBy(steps)


class PlanDialog(QDialog):
    """Date and time, duration and team of one intervention; OK plans it through core.

    After OK, ``warnings`` holds what the plan breaks (core's Warning list) for the
    caller to show; ``start()``, ``duration_minutes()`` and ``chosen()`` what was planned.
    """

    def __init__(self, ctx: Context, intervention_id: str, parent: QWidget | None = None,
                 start: datetime | None = None, technician_ids: list[str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.intervention_id = intervention_id
        self.row = planning.job(ctx.db, intervention_id)
        self.zone = ZoneInfo(load_support(ctx.db).timezone)
        self.skills: list[str] = list(self.row.get("skills") or [])
        self.warnings: list[planning.Warning] = []
        self._loading = True
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("Plan {number}").format(number=self.row["number"]))

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setText(self._summary_html())

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("ddd d MMM yyyy"))
        self.time_edit = QuarterTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(5, MAX_MINUTES)
        self.duration.setSingleStep(SNAP_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setMinimumWidth(110)
        self.end_label = QLabel()
        self.end_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.technicians = QListWidget()
        self.technicians.setObjectName("planTechnicians")
        self.technicians.setMinimumHeight(120)
        self.errors = {"planned_start": error_label(), "duration_minutes": error_label(),
                       "technician_ids": error_label()}

        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.date_edit, 2)
        when.addWidget(self.time_edit, 1)
        when_box = QWidget()
        when_box.setLayout(when)
        length = QHBoxLayout()
        length.setContentsMargins(0, 0, 0, 0)
        length.addWidget(self.duration)
        length.addWidget(self.end_label, 1)
        length_box = QWidget()
        length_box.setLayout(length)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field, key, buddy in ((self.tr("&When"), when_box, "planned_start", self.date_edit),
                                           (self.tr("&Duration"), length_box, "duration_minutes", self.duration),
                                           (self.tr("&Technicians"), self.technicians, "technician_ids",
                                            self.technicians)):
            label = QLabel(caption)
            label.setBuddy(buddy)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(caption.replace("&", "")) + 10)
            form.addRow(label, field)
            form.addRow("", self.errors[key])

        self.suggestions = QListWidget()
        self.suggestions.setObjectName("planSuggestions")
        self.suggestions.setToolTip(self.tr("Click to choose; Ctrl+click to add to the team"))
        self.suggestions.setMinimumWidth(250)
        self.no_suggestion = QLabel()
        self.no_suggestion.setWordWrap(True)
        self.no_suggestion.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_suggestion.setStyleSheet(f"color: {MUTED_COLOR};")
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("planWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        free_box = QGroupBox(self.tr("Free technicians with the skills"))
        free_layout = QVBoxLayout(free_box)
        free_layout.addWidget(self.suggestions, 1)
        free_layout.addWidget(self.no_suggestion)
        check_box = QGroupBox(self.tr("Warnings for this choice"))
        check_layout = QVBoxLayout(check_box)
        check_layout.addWidget(self.warnings_label)
        check_layout.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(free_box, 3)
        side.addWidget(check_box, 2)

        fields = QWidget()
        fields.setLayout(form)
        columns = QHBoxLayout()
        columns.addWidget(fields, 3)
        columns.addLayout(side, 2)

        self.message = message_line()
        self.ok_button = QPushButton(self.tr("Plan"))
        self.ok_button.setObjectName("planButton")
        self.ok_button.clicked.connect(self.accept)
        buttons, _cancel = save_buttons(self, self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._fill(start, technician_ids)
        self.date_edit.dateChanged.connect(self.refresh_hints)
        self.time_edit.timeChanged.connect(self.refresh_hints)
        self.duration.valueChanged.connect(self.refresh_hints)
        self.technicians.itemChanged.connect(self._team_changed)
        self.suggestions.itemClicked.connect(self._suggestion_clicked)
        self._loading = False
        self.refresh_hints()
        self.resize(760, 460)

    # --- filling ---------------------------------------------------------------------------

    def _summary_html(self) -> str:
        row = self.row
        kind = core_tr(KINDS.get(row.get("kind") or "", ""))
        parts = [p for p in (interventions.customer_name(row), row.get("city"), kind) if p]
        lines = [f"<b>{escape(row['number'])}</b> — {escape(row.get('subject') or '')}",
                 escape(" · ".join(parts))]
        facts = []
        if self.skills:
            facts.append(self.tr("Skills needed: {skills}").format(skills=", ".join(self.skills)))
        if row.get("due_on"):
            facts.append(self.tr("Due {date}").format(date=date_text(row["due_on"])))
        if facts:
            lines.append(f"<span style='color:{MUTED_COLOR}'>{escape(' · '.join(facts))}</span>")
        return "<br>".join(lines)

    def _fill(self, start: datetime | None, technician_ids: list[str] | None) -> None:
        now = self.ctx.clock.now()
        if start is None and self.row.get("planned_start"):
            planned = from_iso(self.row["planned_start"])
            start = planned if planned >= now else None
        if start is None:
            start = snap(now + timedelta(minutes=SNAP_MINUTES - 0.01), self.zone)  # the next quarter hour
        self.set_start(start)
        self.duration.setValue(int(self.row.get("duration_minutes") or 60))
        team = [t.id for t in interventions.team(self.ctx.db, self.intervention_id)]
        chosen = set(technician_ids if technician_ids is not None else team)
        techs = technicians.list_technicians(self.ctx.db)
        known = {t.id for t in techs}
        techs += [t for t in technicians.list_technicians(self.ctx.db, include_inactive=True)
                  if t.id in chosen and t.id not in known]
        for tech in techs:
            text = tech.name + (f" — {', '.join(tech.skills)}" if tech.skills else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, tech.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tech.id in chosen else Qt.CheckState.Unchecked)
            self.technicians.addItem(item)

    def set_start(self, start: datetime) -> None:
        """Show a moment in the shop's time."""
        local = start.astimezone(self.zone)
        self.date_edit.setDate(QDate(local.year, local.month, local.day))
        self.time_edit.setTime(QTime(local.hour, local.minute))

    # --- what is chosen ------------------------------------------------------------------

    def start(self) -> datetime:
        """The chosen local date and time as a moment."""
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        clock: time = self.time_edit.time().toPython()  # type: ignore[assignment]
        return datetime.combine(day, clock.replace(second=0, microsecond=0), self.zone)

    def duration_minutes(self) -> int:
        return int(self.duration.value())

    def end(self) -> datetime:
        return (self.start().astimezone(UTC) + timedelta(minutes=self.duration_minutes())).astimezone(self.zone)

    def chosen(self) -> list[str]:
        """The checked technicians, in list order."""
        out = []
        for index in range(self.technicians.count()):
            item = self.technicians.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(ID_ROLE)))
        return out

    def choose(self, technician_id: str, add: bool = False) -> None:
        """Make a technician the team (or add them to it)."""
        self._loading = True
        try:
            for index in range(self.technicians.count()):
                item = self.technicians.item(index)
                if item.data(ID_ROLE) == technician_id:
                    item.setCheckState(Qt.CheckState.Checked)
                elif not add:
                    item.setCheckState(Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self.refresh_hints()

    def suggested(self) -> list[str]:
        """Ids of the technicians the suggestion list shows."""
        return [str(self.suggestions.item(i).data(ID_ROLE)) for i in range(self.suggestions.count())]

    def _team_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.errors["technician_ids"].hide()
            self.refresh_hints()

    def _suggestion_clicked(self, item: QListWidgetItem) -> None:
        add = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
        self.choose(str(item.data(ID_ROLE)), add=add)

    # --- live hints ----------------------------------------------------------------------------

    def refresh_hints(self) -> None:
        """Free technicians and warnings for what is chosen now (a few small queries)."""
        if self._loading:
            return
        start, end = self.start(), self.end()
        self.end_label.setText(self.tr("until {time}").format(time=self._end_text(start, end)))
        chosen = set(self.chosen())
        self.suggestions.clear()
        for suggestion in planning.suggest(self.ctx.db, start, end, self.skills, exclude_id=self.intervention_id):
            tech = suggestion.technician
            load = (self.tr("{time} booked that day").format(time=minutes_text(suggestion.booked_minutes))
                    if suggestion.booked_minutes else self.tr("nothing booked that day"))
            item = QListWidgetItem(f"{'✓ ' if tech.id in chosen else ''}{tech.name} — {load}")
            item.setData(ID_ROLE, tech.id)
            item.setToolTip(", ".join(tech.skills))
            self.suggestions.addItem(item)
        self.no_suggestion.setText(self.tr("Nobody with these skills is free then.")
                                   if not self.suggestions.count() else "")
        self.no_suggestion.setVisible(not self.suggestions.count())
        self.suggestions.setVisible(bool(self.suggestions.count()))
        self.warnings_label.setText(self._warnings_html(start, end, self.chosen()))

    def _end_text(self, start: datetime, end: datetime) -> str:
        locale = QLocale()
        clock = locale.toString(QTime(end.hour, end.minute), QLocale.FormatType.ShortFormat)
        if end.date() == start.date():
            return clock
        return f"{locale.toString(QDate(end.year, end.month, end.day), 'ddd d MMM')} {clock}"

    def _warnings_html(self, start: datetime, end: datetime, chosen: list[str]) -> str:
        if not chosen:
            hint = escape(self.tr("Choose at least one technician."))
            return f"<span style='color:{MUTED_COLOR}'>{hint}</span>"
        found = planning.check(self.ctx.db, chosen, start, end, self.skills, exclude_id=self.intervention_id)
        if start < self.ctx.clock.now():
            found_past = escape(self.tr("This time is already past."))
            lines = [f"<span style='color:{ERROR_COLOR}'>⚠ {found_past}</span>"]
        else:
            lines = []
        several = len(chosen) > 1
        for text in warning_lines(found, several):
            lines.append(f"<span style='color:{ERROR_COLOR}'>⚠ {escape(text)}</span>")
        if not lines:
            ok = escape(self.tr("No conflict: free, within working hours, with the skills."))
            return f"<span style='color:{OK_COLOR}'>✓ {ok}</span>"
        return "<br>".join(lines)

    def warnings_text(self) -> str:
        """The warnings shown, as plain text (tests)."""
        doc = self.warnings_label.text().replace("<br>", "\n")
        while "<" in doc and ">" in doc:
            start = doc.index("<")
            doc = doc[:start] + doc[doc.index(">", start) + 1:]
        return doc

    # --- OK ---------------------------------------------------------------------------------

    def error_text(self, key: str) -> str:
        """The message shown under a field (empty when none)."""
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.hide()
        try:
            self.warnings = interventions.plan(self.ctx, self.intervention_id, self.start(),
                                               self.duration_minutes(), self.chosen())
        except ValidationError as exc:
            rest = []
            for key, message in exc.errors.items():
                label = self.errors.get(key)
                if label is None:
                    rest.append(render(message))
                    continue
                label.setText(render(message))
                label.show()
            focus = {"planned_start": self.date_edit, "duration_minutes": self.duration,
                     "technician_ids": self.technicians}
            first = next((focus[k] for k in exc.errors if k in focus), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            if rest:
                self.message.setText("\n".join(rest))
                self.message.show()
            return
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        super().accept()
