"""The Campaigns area: every campaign of a period with its reach, replies, sales and return.

A row per campaign of the period (core's ``campaigns.all_campaigns`` with the figures of
``campaign_results.results``); double-click opens the campaign's page, "New campaign…" a new one,
"Compare…" prints the comparison of the period's campaigns. The list re-reads itself after any
change that moves the figures, while it is shown.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import campaign_results, campaigns
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.core.settings import load_business
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.campaign_results_panel import RESULT_TABLES, percent_text, show_campaign_report
from crm_desktop.ui.campaign_setup import channel_label, channel_list
from crm_desktop.ui.campaign_window import objective_label, status_label
from crm_desktop.ui.i18n import error_text
from crm_desktop.ui.intervention_format import shop_today
from crm_desktop.ui.list_view import RecordTable
from crm_desktop.ui.record_cells_model import RecordCellsModel
from crm_desktop.ui.support_format import LATE_COLOR, MUTED_COLOR, OK_COLOR, date_text, money_text
from crm_desktop.ui.widgets import empty_state_pages, error_label, heading, title_bar

ModelIndex = QModelIndex | QPersistentModelIndex
#: The period choices of the filter, in menu order.
PERIODS = ("year", "last12", "quarter", "all", "custom")


class CampaignListModel(RecordCellsModel):
    """Campaigns with their figures; the row keeps core's row and results."""

    COLUMNS = ("name", "objective", "channels", "status", "dates", "targeted", "responded", "converted",
               "revenue", "cost", "roi")
    RIGHT = frozenset({"targeted", "responded", "converted", "revenue", "cost", "roi"})

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def headers(self) -> list[str]:
        return [self.tr("Campaign"), self.tr("Objective"), self.tr("Channels"), self.tr("Status"), self.tr("Dates"),
                self.tr("Targeted"), self.tr("Replied"), self.tr("Converted"), self.tr("Revenue"), self.tr("Cost"),
                self.tr("ROI")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        locale = QLocale()
        cells = []
        for row in rows:
            r = row["results"]
            start, end = date_text(row.get("starts_on")), date_text(row.get("ends_on"))
            cells.append((
                str(row.get("name") or ""), objective_label(row.get("objective")),
                ", ".join(channel_label(c) for c in channel_list(row.get("channels"))),
                status_label(row.get("status")), f"{start} – {end}" if end else start,
                locale.toString(r.targeted), locale.toString(r.responded), locale.toString(r.converted),
                money_text(r.revenue_cents, self.currency), money_text(r.cost_cents, self.currency),
                percent_text(r.roi)))
        self._reset(rows, cells)

    def decorate(self, number: int, key: str, role: int) -> Any:
        row = self._rows[number]
        if role == Qt.ItemDataRole.ForegroundRole:
            roi = row["results"].roi
            if key == "roi" and roi is not None:
                return QBrush(QColor(OK_COLOR if roi >= 0 else LATE_COLOR))
            if key == "status" and row.get("status") in ("done", "cancelled"):
                return QBrush(QColor(MUTED_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and row.get("segment_name"):
            return self.tr("Segment: {name}").format(name=row["segment_name"])
        return None


def period_range(key: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day of a period choice (None: open)."""
    if key == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if key == "last12":
        return today - timedelta(days=365), today
    if key == "quarter":
        first_month = (today.month - 1) // 3 * 3 + 1
        start = date(today.year, first_month, 1)
        following = date(today.year + (first_month + 3 > 12), (first_month + 2) % 12 + 1, 1)
        return start, following - timedelta(days=1)
    return None, None


class CampaignsView(QWidget):
    """Every campaign of a period, its figures, and the way to a campaign's page."""

    #: Open a record: ("campaign", id), or ("campaign", "") for a new campaign.
    openRecord = Signal(str, str)  # noqa: N815 - the name main_window's brief gives

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = ChangeBridge(ctx.changes, self)
        self.currency = load_business(ctx.db).currency or "EUR"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.new_button = QPushButton(self.tr("New campaign…"), self)
        self.new_button.clicked.connect(lambda: self.openRecord.emit("campaign", ""))
        self.new_button.setVisible(allowed(ctx.user.role, Perm.CAMPAIGN_WRITE))
        layout.addLayout(title_bar(heading(self.tr("Campaigns"), parent=self), self.new_button))

        bar = QHBoxLayout()
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        labels = {"year": self.tr("This year"), "last12": self.tr("The last 12 months"),
                  "quarter": self.tr("This quarter"), "all": self.tr("All campaigns"), "custom": self.tr("From… to…")}
        for key in PERIODS:
            self.period.addItem(labels[key], key)
        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        self.to_label = QLabel(self.tr("to"), self)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setToolTip(self.tr("A report comparing the campaigns of the period, to print"))
        self.compare_button.clicked.connect(self.compare)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(f"color: {MUTED_COLOR};")
        bar.addWidget(QLabel(self.tr("Period"), self))
        bar.addWidget(self.period)
        bar.addWidget(self.start_edit)
        bar.addWidget(self.to_label)
        bar.addWidget(self.end_edit)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.compare_button)
        layout.addLayout(bar)
        self.error = error_label(self)
        layout.addWidget(self.error)

        self.model = CampaignListModel(self.currency, self)
        self.table = RecordTable(self)
        self.table.setObjectName("campaignsTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.empty, pages = empty_state_pages(self.table)
        self.pages = pages
        layout.addWidget(pages, 1)

        today = shop_today(ctx)
        self.start_edit.setDate(QDate(today.year, 1, 1))
        self.end_edit.setDate(QDate(today.year, 12, 31))
        self.period.currentIndexChanged.connect(lambda _index: self._period_changed())
        self.start_edit.dateChanged.connect(lambda _day: self.reload())
        self.end_edit.dateChanged.connect(lambda _day: self.reload())
        self.refresher = ChangeCoalescer(self.bridge, self.reload, RESULT_TABLES, parent=self, widget=self)
        self._period_changed()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        return edit

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(custom)
        self.reload()

    def chosen_range(self) -> tuple[date | None, date | None]:
        key = str(self.period.currentData())
        if key == "custom":
            return self.start_edit.date().toPython(), self.end_edit.date().toPython()
        return period_range(key, shop_today(self.ctx))

    def reload(self) -> None:
        start, end = self.chosen_range()
        rows = campaigns.all_campaigns(self.ctx.db, start.isoformat() if start else None,
                                       end.isoformat() if end else None)
        for row in rows:
            row["results"] = campaign_results.results(self.ctx.db, row["id"])
        self.model.set_rows(rows)
        count = len(rows)
        self.count_label.setText(self.tr("1 campaign") if count == 1 else self.tr("{n} campaigns").format(
            n=QLocale().toString(count)))
        self.empty.setText(self.tr("No campaign in this period.") if self.period.currentData() != "all"
                           else self.tr("No campaign yet: “New campaign…” prepares one."))
        self.pages.setCurrentIndex(0 if count else 1)
        self.compare_button.setEnabled(count > 0)
        self.table.resizeColumnsToContents()

    def open_row(self, number: int) -> None:
        campaign_id = self.model.id_at(number)
        if campaign_id:
            self.openRecord.emit("campaign", campaign_id)

    def compare(self) -> None:
        """Print the comparison of the period's campaigns (preview, save, print)."""
        self.error.hide()
        start, end = self.chosen_range()
        try:
            show_campaign_report(self.ctx, self, start=start, end=end)
        except CrmError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
