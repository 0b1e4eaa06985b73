"""The manager's dashboard: a period, figure tiles compared with the previous period, and charts that open the
customers behind them.

Every figure comes from one call, core.dashboard_data.dashboard(db, start, end, today), the same the management
report prints, so screen and paper never disagree. It runs in a worker thread on a connection of its own (a year
of a large database takes longer than a frame); the old figures stay on screen, greyed, until the new ones arrive,
and period changes made meanwhile are coalesced into one more run with the latest period.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import customer_risk, dashboard_data, rfm
from crm_desktop.core.context import Context
from crm_desktop.core.customer_value import values as customer_values
from crm_desktop.core.errors import Message
from crm_desktop.core.lifecycle import months_back
from crm_desktop.core.maintenance import shop_today
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_report import reader
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.customer_list_dialog import CustomerListDialog
from crm_desktop.ui.dashboard_charts import (
    COST_COLOR,
    MARGIN_COLOR,
    LifecycleChart,
    MonthChart,
    RankingChart,
    TierChart,
    Tile,
    UtilisationChart,
    change_line,
    dates_text,
    percent_text,
)
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.period_picker import PeriodPicker
from crm_desktop.ui.read_connection import ReadConnection
from crm_desktop.ui.support_format import MUTED_COLOR, minutes_text, money_text
from crm_desktop.ui.widgets import error_label, heading
from crm_desktop.ui.workers import Progress, Task, run_detached, wait_for

LOGGER = logging.getLogger(__name__)

#: Tables whose changes move a dashboard figure (a refresh waits until the view is shown).
DASHBOARD_TABLES = (
    "sales", "sale_lines", "companies", "people", "history", "tickets", "ticket_sla", "time_entries",
    "ticket_costs", "interventions", "intervention_costs", "campaigns", "campaign_costs", "campaign_members",
    "leads", "technicians", "technician_absences", "contracts",
)

#: Tiles in display order: key -> object name.
MONEY_TILES = ("revenue", "margin", "cost_to_serve", "contribution")
OTHER_TILES = ("at_risk", "retention", "speed_to_lead", "sla_response", "support_time")

#: Finds the customers behind an element: their keys, or their keys and why each is listed.
KeysJob = Callable[[sqlite_utils.Database], list[str] | tuple[list[str], dict[str, list[Message]]]]


def month_bounds(month: str, start: date, end: date) -> tuple[date, date]:
    """The days of ``month`` ("YYYY-MM") inside the period."""
    first = date(int(month[:4]), int(month[5:7]), 1)
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return max(first, start), min(following - timedelta(days=1), end)


def customers_billed(db: sqlite_utils.Database, start: date, end: date) -> list[str]:
    """Keys of the customers who brought revenue in the period, biggest first (the people behind a month's bar)."""
    return [value.key for value in sorted(customer_values(db, start, end), key=lambda v: -v.revenue_cents)
            if value.revenue_cents]


class DashboardView(QWidget):
    """The "Dashboard" area."""

    #: Open a customer's page: "company" or "person", and the id.
    open_record = Signal(str, str)
    #: New figures are on screen (after each computation).
    loaded = Signal()
    #: A list of customers behind a chart element was opened (the CustomerListDialog).
    list_shown = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.currency = load_business(ctx.db).currency or "EUR"
        self.dashboard: dashboard_data.Dashboard | None = None
        self.task: Task | None = None
        self.keys_task: Task | None = None
        self.list_dialog: CustomerListDialog | None = None
        self._again = False
        self.today: date = shop_today(ctx.db, ctx.clock)
        self._list_of: tuple[str, date, date] = ("", self.today, self.today)
        self.connection = ReadConnection(ctx.db)
        self.destroyed.connect(self.connection.close)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)

        self.picker = PeriodPicker(self.today, self)
        self.picker.period_changed.connect(lambda _start, _end: self.reload())
        self.picker.compare_changed.connect(lambda _on: self._render())
        self.busy = QProgressBar(self)  # parented now: shown before the layout exists, never as a window
        self.busy.setObjectName("dashboard_busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Updating the figures…"), self)
        self.busy_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.period_label = QLabel()
        self.period_label.setObjectName("dashboard_period")
        self.period_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.error = error_label()
        self.content = QWidget()
        self.content.setObjectName("dashboard_content")
        self.reload()  # the figures are computed while the rest of the view is built

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Dashboard")))
        top.addSpacing(16)
        top.addWidget(self.picker, 1)
        top.addWidget(self.busy_label)
        top.addWidget(self.busy)

        self.tiles: dict[str, Tile] = {}
        captions = {
            "revenue": self.tr("Revenue"),
            "margin": self.tr("Margin"),
            "cost_to_serve": self.tr("Cost to serve"),
            "contribution": self.tr("Contribution"),
            "at_risk": self.tr("Customers at risk"),
            "retention": self.tr("Retention rate"),
            "speed_to_lead": self.tr("Speed to lead (median)"),
            "sla_response": self.tr("SLA response on time"),
            "support_time": self.tr("Support time vs contracts"),
        }
        tile_grid = QGridLayout()
        tile_grid.setSpacing(8)
        rows = ((*MONEY_TILES, "campaign"), OTHER_TILES)
        captions["campaign"] = self.tr("Campaign return")
        for row, keys in enumerate(rows):
            for column, key in enumerate(keys):
                self.tiles[key] = Tile(captions[key], f"tile_{key}")
                tile_grid.addWidget(self.tiles[key], row, column)
        self.campaign_tile = self.tiles["campaign"]
        self.tiles["at_risk"].make_clickable(self.tr("List the customers at risk and why"))
        self.tiles["at_risk"].clicked.connect(self.show_at_risk)

        self.month_chart = MonthChart()
        self.tier_chart = TierChart()
        self.lifecycle_chart = LifecycleChart()
        self.top_chart = RankingChart(self.tr("Top customers by contribution"), MARGIN_COLOR)
        self.bottom_chart = RankingChart(self.tr("Bottom customers by contribution"), COST_COLOR)
        self.utilisation_chart = UtilisationChart()
        self.month_chart.month_clicked.connect(self.show_month)
        self.tier_chart.tier_clicked.connect(self.show_tier)
        self.lifecycle_chart.group_clicked.connect(self.show_group)
        self.top_chart.customer_clicked.connect(self.show_customer)
        self.bottom_chart.customer_clicked.connect(self.show_customer)

        charts = QGridLayout()
        charts.setSpacing(8)
        charts.addWidget(self.month_chart, 0, 0, 1, 2)
        charts.addWidget(self.tier_chart, 1, 0)
        charts.addWidget(self.lifecycle_chart, 1, 1)
        charts.addWidget(self.top_chart, 2, 0)
        charts.addWidget(self.bottom_chart, 2, 1)
        charts.addWidget(self.utilisation_chart, 3, 0, 1, 2)
        hint = QLabel(self.tr("Click a month, a tier, a group or a customer to list the customers behind it."))
        hint.setStyleSheet(f"color: {MUTED_COLOR};")

        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.period_label)
        body.addLayout(tile_grid)
        body.addWidget(hint)
        body.addLayout(charts)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)

        if bridge is not None:
            self.changes = ChangeCoalescer(bridge, self.reload, DASHBOARD_TABLES, delay_ms=300, parent=self,
                                           widget=self)

    # -- computing

    def period(self) -> tuple[date, date]:
        return self.picker.period()

    def shown_period(self) -> tuple[date, date]:
        """The period of the figures on screen (the picker may already show the next one being computed)."""
        if self.dashboard is None:
            return self.period()
        return self.dashboard.period_start, self.dashboard.period_end

    def loading(self) -> bool:
        return self.task is not None

    def reload(self) -> None:
        """Compute the figures of the chosen period in a worker thread (again after it, if one is running)."""
        if self.task is not None:
            self._again = True
            return
        today = shop_today(self.ctx.db, self.ctx.clock)
        if today != self.today:  # a new day moves "this month", "last 12 months"...
            self.today = today
            with QSignalBlocker(self.picker):
                self.picker.set_today(today)
        start, end = self.period()
        connection = self.connection

        def job(_progress: Progress) -> Any:
            return connection.run(lambda db: dashboard_data.dashboard(db, start, end, today))

        task = Task(job, self.tr("Dashboard"), self.tr("Updating the figures…"), None, show_dialog=False)
        task.succeeded.connect(self._computed)
        task.failed.connect(self._failed)
        task.finished.connect(self._task_ended)
        self.task = task
        self._set_busy(True)
        run_detached(task)

    def stop(self) -> None:
        """Let a running computation end (it only reads), then close the view's connection: before the database
        closes or the application quits."""
        for task in (self.task, self.keys_task):
            if task is not None:
                task.cancel()
                wait_for(task)
        self.connection.close()

    def _computed(self, result: object) -> None:
        self.error.hide()
        self.dashboard = result
        if not self._again:
            self._render()

    def _failed(self, error: object) -> None:
        if isinstance(error, BaseException):
            LOGGER.error("dashboard failed", exc_info=(type(error), error, error.__traceback__))
        self.error.setText(self.tr("The figures could not be computed. The details were written to the log file."))
        self.error.show()

    def _task_ended(self) -> None:
        self.task = None
        if self._again:
            self._again = False
            self.reload()
            return
        self._set_busy(False)
        self.loaded.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.content.setEnabled(not busy)

    # -- showing

    def _render(self) -> None:
        data = self.dashboard
        if data is None:
            return
        comparing = self.picker.comparing()
        self.period_label.setText(
            self.tr("From {period}, compared with {previous}").format(
                period=dates_text(data.period_start, data.period_end),
                previous=dates_text(data.previous_start, data.previous_end))
            if comparing else self.tr("From {period}").format(period=dates_text(data.period_start, data.period_end)))
        self._money_tiles(data, comparing)
        self._other_tiles(data)
        self.month_chart.set_months(data.months, data.previous_months if comparing else None, self.currency)
        self.tier_chart.set_counts(dict(data.tier_counts))
        self.lifecycle_chart.set_lifecycle(data.lifecycle)
        self.top_chart.set_values(data.top, self.currency)
        self.bottom_chart.set_values(data.bottom, self.currency)
        self.utilisation_chart.set_rows(data.operations.utilisation)

    def _money_tiles(self, data: Any, comparing: bool) -> None:
        for key in MONEY_TILES:
            current = int(getattr(data.totals, f"{key}_cents"))
            previous = int(getattr(data.previous_totals, f"{key}_cents"))
            detail, color = "", MUTED_COLOR
            if comparing:
                change, color = change_line(current, previous, higher_is_better=key != "cost_to_serve")
                before = money_text(previous, self.currency)
                detail = (self.tr("{change} vs previous period ({before})").format(change=change, before=before)
                          if change else self.tr("Previous period: {before}").format(before=before))
            self.tiles[key].set_figure(money_text(current, self.currency), detail, color)

    def _other_tiles(self, data: Any) -> None:
        life, ops = data.lifecycle, data.operations
        self.tiles["at_risk"].set_figure(str(data.at_risk_count), self.tr("with a risk flag today"))
        rate = None if life.retention_rate is None else life.retention_rate * 100
        self.tiles["retention"].set_figure(
            percent_text(rate), self.tr("{kept} of {active} kept, {lost} lost").format(
                kept=life.retained, active=life.active_at_start, lost=life.lost))
        median = ops.speed_to_lead_median_minutes
        self.tiles["speed_to_lead"].set_figure(
            minutes_text(median) if median is not None else "—",
            self.tr("No lead answered in this period") if median is None else
            self.tr("{share} answered within target").format(
                share=percent_text(ops.speed_to_lead_within_target_percent)))
        self.tiles["sla_response"].set_figure(
            percent_text(ops.sla_response_percent),
            self.tr("No ticket judged in this period") if ops.sla_resolution_percent is None
            and ops.sla_response_percent is None else
            self.tr("Resolution on time: {share}").format(share=percent_text(ops.sla_resolution_percent)))
        self.tiles["support_time"].set_figure(
            minutes_text(ops.support_minutes) if ops.support_minutes else "—",
            self.tr("Included in contracts: {time}").format(
                time=minutes_text(ops.included_minutes) if ops.included_minutes else "—"))
        roi = None if ops.campaign_roi is None else ops.campaign_roi * 100
        self.campaign_tile.set_figure(
            percent_text(roi), self.tr("No campaign cost in this period") if not ops.campaign_cost_cents else
            self.tr("Margin {margin} for a cost of {cost}").format(
                margin=money_text(ops.campaign_margin_cents, self.currency),
                cost=money_text(ops.campaign_cost_cents, self.currency)))

    # -- the customers behind a chart element

    def show_tier(self, tier: str) -> None:
        today = self.today  # tiers are as of today, whatever the period
        label = core_tr(rfm.TIERS.get(tier, tier))
        self._list(self.tr("Tier: {tier}").format(tier=label), lambda db: rfm.customers_in_tier(db, tier, today))

    def show_at_risk(self) -> None:
        today = self.today

        def keys_and_reasons(db: sqlite_utils.Database) -> tuple[list[str], dict[str, list[Message]]]:
            found = customer_risk.at_risk(db, today)
            reasons = {key: [flag.message for flag in flags] for key, _name, flags in found}
            return [key for key, _name, _flags in found], reasons

        self._list(self.tr("Customers at risk"), keys_and_reasons)

    def show_group(self, group: str) -> None:
        if self.dashboard is None:
            return
        life = self.dashboard.lifecycle
        keys = list(getattr(life, f"{group}_keys"))
        titles = {"acquired": self.tr("Customers acquired in the period"),
                  "grew": self.tr("Customers who grew in the period"),
                  "retained": self.tr("Customers retained in the period"),
                  "lost": self.tr("Customers lost in the period (their figures of the 12 months before)")}
        # A lost customer brought nothing in the period: show what they brought before, what was lost.
        period = (months_back(life.start, 12), life.start - timedelta(days=1)) if group == "lost" else None
        self._list(titles[group], lambda _db: keys, period=period)

    def show_customer(self, key: str) -> None:
        name = next((value.name for value in (*self.dashboard.top, *self.dashboard.bottom) if value.key == key), key)
        self._list(name, lambda _db: [key])

    def show_month(self, month: str) -> None:
        start, end = month_bounds(month, *self.shown_period())
        label = dates_text(start, end)
        self._list(self.tr("Customers billed from {period}").format(period=label),
                   lambda db: customers_billed(db, start, end), period=(start, end))

    def _list(self, title: str, keys_of: KeysJob, period: tuple[date, date] | None = None) -> None:
        """Find the keys in a worker thread, then open the list of those customers."""
        if self.keys_task is not None:
            return
        start, end = period or self.shown_period()
        db = self.ctx.db

        def job(_progress: Progress) -> object:
            with reader(db) as own:
                return keys_of(own)

        task = Task(job, title, self.tr("Finding the customers…"), None, show_dialog=False)
        task.succeeded.connect(self._open_list)
        task.failed.connect(self._failed)
        task.finished.connect(self._keys_found)
        self.keys_task = task
        self._list_of = (title, start, end)
        run_detached(task)

    def _keys_found(self) -> None:
        self.keys_task = None

    def _open_list(self, found: object) -> None:
        title, start, end = self._list_of
        keys, reasons = found if isinstance(found, tuple) else (found, None)
        if self.list_dialog is not None:
            self.list_dialog.close()
        dialog = CustomerListDialog(self.ctx, title, list(keys), self, start=start, end=end, today=self.today,
                                    reasons=reasons)
        dialog.open_record.connect(self.open_record)
        self.list_dialog = dialog
        dialog.show()
        self.list_shown.emit(dialog)
