"""The dashboard's period: a quick choice (this month ... last 12 months) or custom dates, and the comparison switch.

Periods are whole days in the shop's time zone, ``start`` and ``end`` both inclusive (core's contract), so the
quick choices are computed from the shop's today, which the caller passes in (core's clock, never the wall clock).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

CUSTOM = "custom"


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _twelve_months_back(day: date) -> date:
    """The day after the same date one year earlier: 12 whole months ending today."""
    try:
        return day.replace(year=day.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        return date(day.year - 1, 3, 1)


#: Quick choices in menu order: key -> (start, end) from the shop's today.
QUICK: dict[str, Callable[[date], tuple[date, date]]] = {
    "this_month": lambda today: (today.replace(day=1), today),
    "this_quarter": lambda today: (_quarter_start(today), today),
    "this_year": lambda today: (date(today.year, 1, 1), today),
    "last_year": lambda today: (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
    "last_12_months": lambda today: (_twelve_months_back(today), today),
}


def period_for(key: str, today: date) -> tuple[date, date]:
    """The dates of a quick choice."""
    return QUICK[key](today)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodPicker(QWidget):
    """A period menu, From/To dates (editable for "Custom") and "Compare with the previous period"."""

    #: The period changed: start, end (datetime.date, both inclusive).
    period_changed = Signal(object, object)
    #: The comparison was switched on or off.
    compare_changed = Signal(bool)

    def __init__(self, today: date, parent: QWidget | None = None, *, choice: str = "this_year",
                 compare: bool = True) -> None:
        super().__init__(parent)
        self.today = today
        self.choice = QComboBox()
        self.choice.setObjectName("period_choice")
        labels = {
            "this_month": self.tr("This month"),
            "this_quarter": self.tr("This quarter"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "last_12_months": self.tr("Last 12 months"),
            CUSTOM: self.tr("Custom dates"),
        }
        for key, text in labels.items():
            self.choice.addItem(text, key)
        self.start_edit = self._date_edit("period_start")
        self.end_edit = self._date_edit("period_end")
        self.compare = QCheckBox(self.tr("Compare with the previous period"))
        self.compare.setObjectName("period_compare")
        self.compare.setChecked(compare)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period")))
        layout.addWidget(self.choice)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("From")))
        layout.addWidget(self.start_edit)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.end_edit)
        layout.addSpacing(12)
        layout.addWidget(self.compare)
        layout.addStretch(1)

        self._apply_choice(choice, announce=False)
        self.choice.currentIndexChanged.connect(lambda _index: self._apply_choice(self.current_choice()))
        self.start_edit.dateChanged.connect(self._dates_edited)
        self.end_edit.dateChanged.connect(self._dates_edited)
        self.compare.toggled.connect(self.compare_changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        return edit

    # -- reading

    def current_choice(self) -> str:
        return str(self.choice.currentData())

    def period(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def comparing(self) -> bool:
        return self.compare.isChecked()

    # -- changing

    def choose(self, key: str) -> None:
        """Select a quick choice (or CUSTOM) as a user would."""
        self.choice.setCurrentIndex(self.choice.findData(key))

    def set_custom(self, start: date, end: date) -> None:
        """Custom dates, announced once."""
        with QSignalBlocker(self.choice):
            self.choice.setCurrentIndex(self.choice.findData(CUSTOM))
        self._set_dates(start, end)
        self._enable_dates()
        self.period_changed.emit(*self.period())

    def set_today(self, today: date) -> None:
        """A new day (the clock moved): quick choices follow it, custom dates stay."""
        self.today = today
        if self.current_choice() != CUSTOM:
            self._apply_choice(self.current_choice())

    def _apply_choice(self, key: str, announce: bool = True) -> None:
        if key != CUSTOM:
            if self.current_choice() != key:
                with QSignalBlocker(self.choice):
                    self.choice.setCurrentIndex(self.choice.findData(key))
            self._set_dates(*period_for(key, self.today))
        self._enable_dates()
        if announce and key != CUSTOM:
            self.period_changed.emit(*self.period())

    def _set_dates(self, start: date, end: date) -> None:
        with QSignalBlocker(self.start_edit), QSignalBlocker(self.end_edit):
            self.start_edit.setDate(_qdate(start))
            self.end_edit.setDate(_qdate(end))

    def _enable_dates(self) -> None:
        custom = self.current_choice() == CUSTOM
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)

    def _dates_edited(self, _day: QDate) -> None:
        start, end = self.period()
        if end < start:  # keep the period readable: the other end follows
            sender = self.sender()
            self._set_dates(start, start) if sender is self.start_edit else self._set_dates(end, end)
        self.period_changed.emit(*self.period())
