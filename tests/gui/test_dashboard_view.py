"""The manager's dashboard: tiles equal core's figures for the period, a new period recomputes them, and a click on
a chart lists exactly the customers behind it, from which a double-click opens the customer's page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QStyle, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.core import companies, customer_risk, dashboard_data, people, rfm, sales
from crm_desktop.core.context import Context
from crm_desktop.core.customer_value import values as customer_values
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.customer_list_dialog import CustomerListDialog, record_of
from crm_desktop.ui.dashboard_charts import MonthChart, percent_text
from crm_desktop.ui.dashboard_view import DashboardView
from crm_desktop.ui.i18n import render
from crm_desktop.ui.main_window import DetailFactory, MainWindow, NavEntry
from crm_desktop.ui.period_picker import CUSTOM, PeriodPicker, period_for
from crm_desktop.ui.support_format import money_text

TODAY = date(2026, 3, 2)  # the fixed clock's day
THIS_YEAR = (date(2026, 1, 1), TODAY)
LAST_YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def _buy(ctx: Context, day: str, cents: int, cost: int, *, company: str | None = None,
         person: str | None = None) -> None:
    values = {"sold_on": day, "company_id": company, "person_id": person}
    line = {"description": "Goods", "quantity": 1, "unit_price_cents": cents, "unit_cost_cents": cost}
    sales.create(ctx, {k: v for k, v in values.items() if v}, [line])


@pytest.fixture
def shop(ctx: Context) -> dict[str, str]:
    """Twelve customers with different habits over 2024-2026, so that several tiers, lifecycle groups and months
    have customers behind them."""
    keys: dict[str, str] = {}
    for n in range(10):
        company = companies.create(ctx, {"name": f"Company {n:02d}", "stage": "customer"})
        keys[f"c{n}"] = f"c:{company}"
        # n 0-3 buy every other month of 2025 and in 2026; 4-6 bought in 2024-2025 only; 7-9 are new in 2026.
        if n <= 3:
            for month in range(1, 13, 2):
                _buy(ctx, f"2025-{month:02d}-1{n}", 50000 + 10000 * n, 30000, company=company)
            _buy(ctx, f"2026-0{1 + n % 2}-15", 70000 * (n + 1), 40000, company=company)
        elif n <= 6:
            _buy(ctx, f"2024-0{n}-05", 20000, 5000, company=company)
            _buy(ctx, f"2025-0{n - 3}-20", 15000 * n, 5000, company=company)
        else:
            _buy(ctx, f"2026-02-0{n - 5}", 9000 * n, 8000, company=company)
    alone = people.create(ctx, {"first_name": "Solo", "last_name": "Buyer"})
    keys["solo"] = f"p:{alone}"
    _buy(ctx, "2025-06-30", 123456, 100000, person=alone)
    _buy(ctx, "2026-02-27", 4321, 5000, person=alone)
    return keys


def _view(qtbot: QtBot, ctx: Context, bridge: ChangeBridge | None = None) -> DashboardView:
    view = DashboardView(ctx, bridge=bridge)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: not view.loading() and view.dashboard is not None)
    return view


def _tile(view: DashboardView, key: str) -> str:
    return view.tiles[key].value.text()


def _check_tiles(view: DashboardView, ctx: Context, start: date, end: date) -> dashboard_data.Dashboard:
    expected = dashboard_data.dashboard(ctx.db, start, end, TODAY)
    for key in ("revenue", "margin", "cost_to_serve", "contribution"):
        assert _tile(view, key) == money_text(getattr(expected.totals, f"{key}_cents"), "EUR"), key
    assert _tile(view, "at_risk") == str(expected.at_risk_count)
    rate = expected.lifecycle.retention_rate
    assert _tile(view, "retention") == ("—" if rate is None else percent_text(rate * 100))
    assert _tile(view, "sla_response") == percent_text(expected.operations.sla_response_percent)
    assert view.dashboard.totals == expected.totals
    assert view.dashboard.previous_totals == expected.previous_totals
    assert view.dashboard.months == expected.months
    assert view.dashboard.tier_counts == expected.tier_counts
    return expected


def _open_list(qtbot: QtBot, view: DashboardView, click: object) -> CustomerListDialog:
    with qtbot.waitSignal(view.list_shown) as shown:
        click()  # type: ignore[operator]
    dialog = shown.args[0]
    assert isinstance(dialog, CustomerListDialog)
    qtbot.waitUntil(lambda: dialog.task is None)
    return dialog


def test_period_change_tiles_and_tier_slice(qtbot: QtBot, ctx: Context, shop: dict[str, str]) -> None:
    view = _view(qtbot, ctx)
    assert view.period() == THIS_YEAR
    this_year = _check_tiles(view, ctx, *THIS_YEAR)
    assert this_year.totals.revenue_cents > 0

    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.picker.choose("last_year")
    assert view.period() == LAST_YEAR
    last_year = _check_tiles(view, ctx, *LAST_YEAR)
    assert last_year.totals.revenue_cents != this_year.totals.revenue_cents
    assert len(view.month_chart.months) == 12 and view.month_chart.previous_line is not None
    assert "vs previous period" in view.tiles["revenue"].detail.text() or view.tiles["revenue"].detail.text()

    # Click the slice of the biggest tier: the list holds exactly the customers of that tier.
    counts = rfm.tier_counts(ctx.db, TODAY)
    tier = max(view.tier_chart.slices, key=lambda key: counts[key])
    dialog = _open_list(qtbot, view, view.tier_chart.slices[tier].clicked.emit)
    expected = rfm.customers_in_tier(ctx.db, tier, TODAY)
    assert expected and sorted(dialog.shown_keys()) == sorted(expected)
    assert dialog.model.rowCount() == counts[tier]

    # Double-click the first customer: the view asks the window to open their page.
    first = dialog.proxy.index(0, 0)
    kind, record_id = record_of(dialog.shown_keys()[0])
    with qtbot.waitSignal(view.open_record) as opened:
        dialog.table.doubleClicked.emit(first)
    assert opened.args == [kind, record_id]


def test_lifecycle_ranking_and_month_clicks(qtbot: QtBot, ctx: Context, shop: dict[str, str]) -> None:
    view = _view(qtbot, ctx)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.picker.set_custom(*LAST_YEAR)
    life = view.dashboard.lifecycle
    assert life.lost_keys or life.retained_keys

    group = "retained" if life.retained_keys else "lost"
    dialog = _open_list(qtbot, view, lambda: view.lifecycle_chart.bar_sets[group].clicked.emit(0))
    assert sorted(dialog.shown_keys()) == sorted(getattr(life, f"{group}_keys"))

    top = view.dashboard.top[0]
    dialog = _open_list(qtbot, view, lambda: view.top_chart.bar_set.clicked.emit(len(view.top_chart.keys) - 1))
    assert dialog.shown_keys() == [top.key]
    row = dialog.model.rows[0]
    assert (row.revenue_cents, row.contribution_cents) == (top.revenue_cents, top.contribution_cents)

    # March 2025: the customers who bought that month, with that month's revenue.
    march = view.month_chart.months.index("2025-03")
    dialog = _open_list(qtbot, view, lambda: view.month_chart.bar_sets[0].clicked.emit(march))
    billed = {value.key: value for value in customer_values(ctx.db, date(2025, 3, 1), date(2025, 3, 31))
              if value.revenue_cents}
    assert billed and sorted(dialog.shown_keys()) == sorted(billed)
    assert sum(row.revenue_cents for row in dialog.model.rows) == sum(v.revenue_cents for v in billed.values())
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_a_real_click_on_a_month_bar(qtbot: QtBot, ctx: Context, shop: dict[str, str]) -> None:
    view = _view(qtbot, ctx)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.picker.choose("last_year")
    chart_view = view.month_chart
    chart_view.ensurePolished()
    view.content.parentWidget().parentWidget().ensureWidgetVisible(chart_view)  # the scroll area
    qtbot.waitExposed(chart_view)
    chart = chart_view.chart()
    index = chart_view.months.index("2025-07")
    series = chart.series()[0]
    figure = view.dashboard.months[index].revenue_cents / chart_view.divisor
    assert figure > 0
    scene_point = chart.mapToPosition(QPointF(index - 0.12, figure / 2), series)
    pos: QPoint = chart_view.mapFromScene(chart.mapToScene(scene_point))
    with qtbot.waitSignal(chart_view.month_clicked) as clicked:
        dialog = _open_list(qtbot, view, lambda: qtbot.mouseClick(chart_view.viewport(), Qt.MouseButton.LeftButton,
                                                                  pos=pos))
    assert clicked.args == ["2025-07"]
    assert dialog.windowTitle().startswith("Customers billed from 1 Jul 2025")
    assert sorted(dialog.shown_keys()) == sorted(
        value.key for value in customer_values(ctx.db, date(2025, 7, 1), date(2025, 7, 31)) if value.revenue_cents)


def test_comparison_off_and_refresh_on_change(qtbot: QtBot, ctx: Context, shop: dict[str, str],
                                              bridge: ChangeBridge) -> None:
    view = _view(qtbot, ctx, bridge)
    view.picker.compare.setChecked(False)
    assert view.month_chart.previous_line is None
    assert view.tiles["revenue"].detail.text() == ""
    before = view.dashboard.totals.revenue_cents
    with qtbot.waitSignal(view.loaded, timeout=10000):
        _buy(ctx, "2026-03-01", 99900, 10000, company=shop["c0"][2:])
    assert view.dashboard.totals.revenue_cents == before + 99900
    assert _tile(view, "revenue") == money_text(before + 99900, "EUR")


def test_an_empty_database_shows_words_not_empty_charts(qtbot: QtBot, ctx: Context) -> None:
    view = _view(qtbot, ctx)
    assert _tile(view, "revenue") == money_text(0, "EUR")
    assert view.tier_chart.slices == {} and "No customer" in view.tier_chart.chart().title()
    assert "No sales" in view.month_chart.chart().title()


def test_the_at_risk_tile_lists_the_customers_at_risk(qtbot: QtBot, ctx: Context, shop: dict[str, str]) -> None:
    view = _view(qtbot, ctx)
    expected = [key for key, _name, _flags in customer_risk.at_risk(ctx.db, TODAY)]
    assert _tile(view, "at_risk") == str(len(expected))
    tile = view.tiles["at_risk"]
    dialog = _open_list(qtbot, view, lambda: qtbot.mouseClick(tile, Qt.MouseButton.LeftButton))
    assert sorted(dialog.shown_keys()) == sorted(expected)
    assert expected  # the "Why" column says each customer's reasons
    assert dialog.model.columnCount() == 5
    reasons = {key: "; ".join(render(flag.message) for flag in flags)
               for key, _name, flags in customer_risk.at_risk(ctx.db, TODAY)}
    assert dialog.model.index(0, 4).data() == reasons[dialog.model.rows[0].key] != ""
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_quick_periods_and_custom_dates(qtbot: QtBot) -> None:
    assert period_for("this_month", TODAY) == (date(2026, 3, 1), TODAY)
    assert period_for("this_quarter", date(2026, 5, 20)) == (date(2026, 4, 1), date(2026, 5, 20))
    assert period_for("last_12_months", TODAY) == (date(2025, 3, 3), TODAY)
    assert period_for("last_12_months", date(2028, 2, 29)) == (date(2027, 3, 1), date(2028, 2, 29))
    picker = PeriodPicker(TODAY)
    qtbot.addWidget(picker)
    assert picker.period() == THIS_YEAR and not picker.start_edit.isEnabled()
    with qtbot.waitSignal(picker.period_changed) as changed:
        picker.choose("this_month")
    assert changed.args == [date(2026, 3, 1), TODAY]
    with qtbot.waitSignal(picker.period_changed):
        picker.choose(CUSTOM)
        picker.start_edit.setDate(picker.start_edit.date().addMonths(-2))
    assert picker.start_edit.isEnabled() and picker.period() == (date(2026, 1, 1), TODAY)
    picker.end_edit.setDate(picker.end_edit.date().addYears(-1))  # before the start: the start follows
    assert picker.period() == (date(2025, 3, 2), date(2025, 3, 2))


def test_deleting_the_view_while_it_computes(qtbot: QtBot, ctx: Context, shop: dict[str, str]) -> None:
    view = DashboardView(ctx)
    task = view.task
    assert task is not None and view.loading()
    view.deleteLater()
    qtbot.waitUntil(task.is_done)


class WindowWithDashboard(MainWindow):
    """The main window with the dashboard mounted as the report asks main_window to do (unless it already is)."""

    def nav_entries(self) -> list[NavEntry]:
        entries = super().nav_entries()
        if all(entry.key != "dashboard" for entry in entries):
            entries.insert(0, NavEntry("dashboard", self.tr("Dashboard"),
                                       self.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon),
                                       self._make_dashboard))
        return entries

    def _make_dashboard(self) -> QWidget:
        view = DashboardView(self.ctx, bridge=self.bridge)
        view.open_record.connect(self.open_record)
        return view


def test_mounted_in_the_main_window_a_customer_opens_their_page(
        qtbot: QtBot, ctx: Context, db_path: Path, shop: dict[str, str],
        detail_factory: DetailFactory | None) -> None:
    window = WindowWithDashboard(ctx, db_path, detail_factory=detail_factory)
    qtbot.addWidget(window)
    window.show()
    assert window.show_area("dashboard")
    view = window.view("dashboard")
    assert isinstance(view, DashboardView)
    qtbot.waitUntil(lambda: view.dashboard is not None and not view.loading())
    best = view.dashboard.top[0]
    dialog = _open_list(qtbot, view, lambda: view.top_chart.bar_set.clicked.emit(len(view.top_chart.keys) - 1))
    assert dialog.shown_keys() == [best.key]
    dialog.table.doubleClicked.emit(dialog.proxy.index(0, 0))
    kind, record_id = record_of(best.key)
    assert window.current_area() == "detail" and window._detail_key == (kind, record_id)
    view.stop()


def test_month_names_stay_unique_over_several_years(qtbot: QtBot) -> None:
    chart = MonthChart()
    qtbot.addWidget(chart)
    long = [f"{year}-{month:02d}" for year in (2024, 2025, 2026) for month in range(1, 13)]
    assert len(set(chart._labels(long))) == 36 and chart._labels(long)[0] == "01/24"
    year_and_a_month = [*long[11:24]]  # Dec 2024 .. Dec 2025
    labels = chart._labels(year_and_a_month)
    assert len(set(labels)) == 13 and labels[0].endswith("2024") and labels[1].endswith("2025")


def test_busy_while_computing_and_no_stray_window(qtbot: QtBot, ctx: Context, shop: dict[str, str]) -> None:
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    assert view.loading() and not view.content.isEnabled()
    assert all(widget.parent() is view for widget in (view.busy, view.busy_label))
    assert not any(widget.isWindow() and widget.isVisible() for widget in (view.busy, view.busy_label))
    view.show()
    assert view.busy.isVisible()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        pass
    assert not view.busy.isVisible() and view.content.isEnabled()
