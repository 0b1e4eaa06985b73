"""The Technicians page: who goes out, what they can do, when they work, and when they are away.

Core owns the rules (technicians.save_profile, add_absence): a day's hours that cannot be
read, or an absence that ends before it starts, come back as messages shown under the
field concerned. Working hours and absences are the shop's local time (its time zone
from the support settings), as the planning board reads them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import permissions, stock, technicians
from crm_desktop.core.clock import from_iso
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.field_choices import COMMON_SKILLS
from crm_desktop.core.permissions import Perm
from crm_desktop.core.support_settings import load_support
from crm_desktop.core.technicians import Technician
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.intervention_format import shop_time_text, shop_today, shop_zone
from crm_desktop.ui.parts_view import Column, RowsModel, rows_table
from crm_desktop.ui.record_form import (
    CheckField,
    ChoiceField,
    LineField,
    ListField,
    RecordForm,
    dialog_buttons,
    dialog_form,
    message_line,
    save_and_accept,
    shown,
    write_or_explain,
)
from crm_desktop.ui.stock_view import location_text
from crm_desktop.ui.support_format import MUTED_COLOR, OK_COLOR
from crm_desktop.ui.widgets import empty_state_pages, error_label, heading, open_kept, title_bar

TECHNICIAN_TABLES = ("users", "technicians", "absences", "stock_locations", "settings")
DAYS = 7


class DateTimeField(QDateTimeEdit):
    """A date and time in the shop's zone; core gets it as ISO text with its UTC offset."""

    edited = Signal()

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.dateTimeChanged.connect(lambda _moment: self.edited.emit())

    def value(self) -> str:
        moment = self.dateTime()
        day, clock = moment.date(), moment.time()
        local = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self.zone)
        return local.isoformat()

    def set_value(self, value: Any) -> None:
        moment = value if isinstance(value, datetime) else from_iso(str(value))
        local = moment.astimezone(self.zone)
        self.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self


class ColorField(QWidget):
    """A colour for the planning board: typed (#1e88e5) or picked, with a swatch."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setMaxLength(20)
        self.line.setMaximumWidth(110)
        hint = "#1e88e5"
        self.line.setPlaceholderText(hint)
        self.swatch = QToolButton(self)
        self.swatch.setToolTip(self.tr("Pick a colour"))
        self.swatch.setFixedWidth(34)
        self.swatch.clicked.connect(self.pick)
        self.line.textEdited.connect(self._typed)
        layout.addWidget(self.line)
        layout.addWidget(self.swatch)
        layout.addStretch(1)
        self._paint()

    def _typed(self, _text: str) -> None:
        self._paint()
        self.edited.emit()

    def _paint(self) -> None:
        text = self.line.text().strip()
        color = text if text and QColor.isValidColorName(text) else "transparent"
        self.swatch.setStyleSheet(f"QToolButton {{ background: {color}; border: 1px solid #9ca3af; }}")

    def pick(self) -> None:
        current = QColor(self.line.text().strip()) if QColor.isValidColorName(self.line.text().strip()) else QColor()
        chosen = QColorDialog.getColor(current, self, self.tr("Colour on the planning board"))
        if chosen.isValid():
            self.line.setText(chosen.name())
            self._paint()
            self.edited.emit()

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText(value or "")
        self._paint()

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.swatch.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.line


class NewTechnicianDialog(QDialog):
    """A new user with the technician role (managing users is the administrator's)."""

    saved = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New technician"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A new user with the technician role; set their skills, hours and van on the "
                               "Technicians page afterwards."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form, section = dialog_form(self)
        self.name = self.form.add_field(section, "name", self.tr("Name"), LineField(200))
        self.email = self.form.add_field(section, "email", self.tr("Email"), LineField(200))
        self.form.finish()
        layout.addWidget(self.form)
        self.message, self.ok_button = dialog_buttons(self, layout, self.tr("Create"), self.confirm)

    def confirm(self) -> bool:
        return save_and_accept(self, self.form, self.message, lambda: technicians.add_technician(
            self.ctx, self.name.value(), self.email.value()), self.saved)


class TechniciansView(QWidget):
    """Technicians on the left (inactive ones greyed); profile, hours and absences on the right."""

    #: A technician's profile was saved (their id).
    saved = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = ZoneInfo(load_support(ctx.db).timezone)  # for the absences typed in
        self.qt_zone = shop_zone(ctx)  # for the times shown
        self.technician_id: str | None = None
        self.dialog: NewTechnicianDialog | None = None
        self.can_write = permissions.allowed(ctx.user.role, Perm.TECHNICIAN_WRITE)
        if bridge is None:
            bridge = ChangeBridge(ctx.changes, self)
        self._bridge = bridge
        day_names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                     self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))

        self.new_button = QPushButton(self.tr("New technician…"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_technician())
        self.message = error_label(self)

        # the list
        def muted(tech: Technician) -> str | None:
            return None if tech.active else MUTED_COLOR

        self.model = RowsModel([
            Column(self.tr("Name"), lambda t: t.name if t.active else self.tr("{name} (inactive)").format(name=t.name),
                   color=muted, swatch=lambda t: t.color),
            Column(self.tr("Skills"), lambda t: ", ".join(t.skills), color=muted),
        ], self)
        self.table = rows_table(self.model, self, stretch=1)
        self.table.setObjectName("technicians")
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.list_empty, self.list_pages = empty_state_pages(self.table)
        self.list_empty.setText(self.tr("No technician yet. Create one with New technician."))

        # the profile
        self.name_label = heading("", 1.25, self)
        self.name_label.setObjectName("technicianName")
        self.email_label = QLabel(self)
        self.email_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.form = RecordForm(self)
        self.form.layout().setContentsMargins(0, 0, 0, 0)
        profile = self.form.add_section(self.tr("Profile"))
        skills = ListField(600, ", ".join(COMMON_SKILLS[:3]))
        skills.setToolTip(self.tr("Skills as tags, separated by commas; for instance: {skills}").format(
            skills=", ".join(COMMON_SKILLS)))
        self.form.add_field(profile, "skills", self.tr("Skills"), skills)
        self.form.add_field(profile, "home_base", self.tr("Home base"), LineField(300, self.tr("Namur")))
        self.van = self.form.add_field(profile, "van_location_id", self.tr("Van"), ChoiceField([]))
        self.form.add_field(profile, "color", self.tr("Colour"), ColorField())
        self.form.add_field(profile, "active", "", CheckField(self.tr("Active (planned and suggested)")))
        hours = self.form.add_section(self.tr("Working hours"))
        day_off = self.tr("Day off")
        for day, name in enumerate(day_names):
            field = LineField(20, day_off)
            field.setMaximumWidth(140)
            self.form.add_field(hours, f"hours_{day}", name, field)
        hours_hint = QLabel(self.tr("As 08:00-17:00, in the shop's time zone; leave a day empty when it is a "
                                    "day off."), self)
        hours_hint.setWordWrap(True)
        hours_hint.setStyleSheet(f"color: {MUTED_COLOR};")
        hours.addRow(hours_hint)
        self.form.finish()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        self.saved_label = QLabel(self)
        self.saved_label.setStyleSheet(f"color: {OK_COLOR};")
        self.profile_message = message_line(self)
        self.form.modified_changed.connect(lambda modified: modified and self.saved_label.clear())
        save_row = QHBoxLayout()
        save_row.addWidget(self.saved_label, 1)
        save_row.addWidget(self.save_button)

        # the absences
        absences = QGroupBox(self.tr("Absences"), self)
        self.absences_model = RowsModel([
            Column(self.tr("From"), lambda r: shop_time_text(r["starts_at"], self.qt_zone)),
            Column(self.tr("To"), lambda r: shop_time_text(r["ends_at"], self.qt_zone)),
            Column(self.tr("Reason"), lambda r: r.get("reason") or ""),
        ], self)
        self.absences_table = rows_table(self.absences_model, absences, stretch=2)
        self.absences_table.setObjectName("absences")
        self.absences_table.setMinimumHeight(120)
        self.absences_table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.delete_button = QPushButton(self.tr("Delete"), absences)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(lambda: self.delete_absence())
        self.absence_form = RecordForm(absences)
        self.absence_form.layout().setContentsMargins(0, 0, 0, 0)
        section = self.absence_form.add_section("")
        self.absence_start = self.absence_form.add_field(section, "starts_at", self.tr("From"),
                                                         DateTimeField(self.zone))
        self.absence_end = self.absence_form.add_field(section, "ends_at", self.tr("To"), DateTimeField(self.zone))
        self.absence_reason = self.absence_form.add_field(section, "reason", self.tr("Reason"),
                                                          LineField(200, self.tr("Training")))
        self.absence_form.finish()
        self.add_button = QPushButton(self.tr("Add absence"), absences)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_absence())
        self.absence_message = message_line(absences)
        absence_box = QVBoxLayout(absences)
        absence_box.addWidget(self.absences_table, 1)
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_button)
        absence_box.addLayout(delete_row)
        absence_box.addWidget(self.absence_form)
        absence_box.addWidget(self.absence_message)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        absence_box.addLayout(add_row)

        left_column = QVBoxLayout()
        left_column.addWidget(self.form)
        left_column.addWidget(self.profile_message)
        left_column.addLayout(save_row)
        left_column.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left_column, 5)
        columns.addWidget(absences, 6, Qt.AlignmentFlag.AlignTop)
        detail = QWidget(self)
        detail_box = QVBoxLayout(detail)
        detail_box.setContentsMargins(8, 0, 0, 0)
        detail_box.addWidget(self.name_label)
        detail_box.addWidget(self.email_label)
        detail_box.addLayout(columns, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(detail)
        self.nothing = QLabel(self.tr("Choose a technician on the left."), self)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setEnabled(False)
        self.panel = QStackedWidget(self)
        self.panel.addWidget(self.nothing)
        self.panel.addWidget(scroll)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_pages)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(title_bar(heading(self.tr("Technicians")), self.new_button))
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.changes = ChangeCoalescer(bridge, self.refresh, TECHNICIAN_TABLES, parent=self, widget=self)
        self._reset_absence_form()
        self.refresh()

    # --- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the technicians again; the profile being edited is kept as typed."""
        techs = technicians.list_technicians(self.ctx.db, include_inactive=True)
        self.model.set_rows(techs)
        ids = [t.id for t in techs]
        self.list_pages.setCurrentIndex(0 if techs else 1)
        self.nothing.setText(self.tr("Choose a technician on the left.") if techs
                             else self.tr("Their profile, working hours and absences will show here."))
        if self.technician_id not in ids:
            self.technician_id = ids[0] if ids else None
        if self.technician_id:
            self.table.selectRow(ids.index(self.technician_id))
        vans = [(r["id"], location_text(r)) for r in stock.locations(self.ctx.db, "van")]
        current_van = self.van.value()
        self.van.clear()
        self.van.addItem("—", None)
        for key, label in vans:
            self.van.addItem(label, key)
        self.van.set_value(current_van)
        if not self.form.modified:
            self._show()
        else:
            self._show_absences()

    def technician(self) -> Technician | None:
        return next((t for t in self.model.rows if t.id == self.technician_id), None)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tech = self.model.row_at(current.row()) if current.isValid() else None
        if tech is not None and tech.id != self.technician_id:
            if not self._may_leave():
                # Stay on the technician being edited (the selection goes back there).
                QTimer.singleShot(0, lambda kept=self.technician_id: kept and self.select(kept))
                return
            self.technician_id = tech.id
            self._show()

    def _may_leave(self) -> bool:
        """Unsaved profile changes: save them, drop them, or stay."""
        if not self.form.modified or not self.can_write:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to this technician's profile?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def select(self, technician_id: str) -> None:
        for number, tech in enumerate(self.model.rows):
            if tech.id == technician_id:
                self.table.selectRow(number)
                return

    def _show(self) -> None:
        tech = self.technician()
        self.panel.setCurrentIndex(1 if tech else 0)
        self.profile_message.hide()
        self.saved_label.clear()
        if tech is None:
            return
        self.name_label.setText(tech.name)
        self.email_label.setText(tech.email or "")
        self.email_label.setVisible(bool(tech.email))
        values: dict[str, Any] = {"skills": list(tech.skills), "home_base": tech.home_base,
                                  "van_location_id": tech.van_location_id, "color": tech.color, "active": tech.active}
        values.update({f"hours_{day}": tech.hours[day] for day in range(DAYS)})
        self.form.set_values(values)
        self.form.set_read_only(not self.can_write)
        self._show_absences()

    def _show_absences(self) -> None:
        rows = technicians.absences_of(self.ctx.db, self.technician_id) if self.technician_id else []
        self.absences_model.set_rows(rows)
        self._enable()

    def _enable(self) -> None:
        here = self.technician() is not None
        self.save_button.setEnabled(here and self.can_write)
        self.add_button.setEnabled(here and self.can_write)
        self.absence_form.set_read_only(not self.can_write)
        self.delete_button.setEnabled(self.can_write and self.selected_absence() is not None)

    def selected_absence(self) -> str | None:
        index = self.absences_table.currentIndex()
        selected = self.absences_table.selectionModel().hasSelection()
        row = self.absences_model.row_at(index.row()) if index.isValid() and selected else None
        return row["id"] if row else None

    def _reset_absence_form(self) -> None:
        tomorrow = shop_today(self.ctx) + timedelta(days=1)
        start = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 8, 0, tzinfo=self.zone)
        self.absence_form.set_values({"starts_at": start, "ends_at": start + timedelta(hours=9), "reason": ""})

    # --- writing -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the profile; a day's hours that cannot be read get the message under that day."""
        tech = self.technician()
        if tech is None:
            return False
        values = self.form.values()
        hours = [values.pop(f"hours_{day}") for day in range(DAYS)]
        values["hours"] = hours
        self.profile_message.hide()
        try:
            technicians.save_profile(self.ctx, tech.id, values)
        except ValidationError as exc:
            errors = dict(exc.errors)
            problem = errors.pop("hours", None)
            if problem is not None:
                days = technicians.bad_days(hours) or [0]
                errors.update({f"hours_{day}": problem for day in days})
            rest = self.form.show_errors(errors)
            if rest:
                shown(self.profile_message)("\n".join(render(message) for message in rest.values()))
            return False
        except CrmError as exc:  # a refusal (permission, technician gone): said in one line
            shown(self.profile_message)(error_text(exc))
            return False
        self.form.set_modified(False)
        self.refresh()
        self.saved_label.setText(self.tr("Saved."))
        self.saved.emit(tech.id)
        return True

    def add_absence(self) -> str | None:
        tech = self.technician()
        if tech is None:
            return None
        values = self.absence_form.values()
        self.absence_message.hide()
        written: list[str] = []
        if not write_or_explain(self.absence_form, shown(self.absence_message), lambda: written.append(
                technicians.add_absence(self.ctx, tech.id, values["starts_at"], values["ends_at"],
                                        values["reason"]))):
            return None
        self.absence_form.set_values({"reason": ""})
        self._show_absences()
        return written[0]

    def delete_absence(self) -> bool:
        absence = self.selected_absence()
        if absence is None:
            return False
        self.absence_message.hide()
        return write_or_explain(self.absence_form, shown(self.absence_message), lambda: (
            technicians.delete_absence(self.ctx, absence), self._show_absences()))

    def new_technician(self) -> NewTechnicianDialog:
        dialog = NewTechnicianDialog(self.ctx, self)
        dialog.saved.connect(self._created)
        open_kept(self, dialog)
        return dialog

    def _created(self, technician_id: str) -> None:
        self.technician_id = technician_id
        self.form.set_modified(False)
        self.refresh()

