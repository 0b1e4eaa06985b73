"""The dashboard's charts (QtCharts) and tiles: each draws one piece of core's Dashboard and says what was clicked.

Every chart is rebuilt whole when its figures change (a QChart is cheap; reusing series and axes across periods
is where QtCharts leaks and misplaces labels). Clicks are re-emitted as plain signals carrying what the manager
pointed at (a month, a tier key, a lifecycle group, a customer key): the view decides which customers lie behind.
Money reaches the charts as currency units for drawing only; every figure a person reads is formatted from cents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QPieSlice,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from crm_desktop.core.rfm import TIERS
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.support_format import LATE_COLOR, MUTED_COLOR, OK_COLOR, money_text

REVENUE_COLOR = "#2563eb"
MARGIN_COLOR = "#16a34a"
PREVIOUS_COLOR = "#f59e0b"
COST_COLOR = "#dc2626"
AVAILABLE_COLOR = "#cbd5e1"
PLANNED_COLOR = "#60a5fa"
WORKED_COLOR = "#1d4ed8"

#: One colour per RFM tier: good tiers green/blue, warning amber, lost red, occasional grey.
TIER_COLORS: dict[str, str] = {
    "champions": "#15803d",
    "loyal": "#4ade80",
    "promising": "#0ea5e9",
    "new": "#6366f1",
    "at_risk": "#f59e0b",
    "lost": "#dc2626",
    "occasional": "#9ca3af",
}

#: The lifecycle groups in the order drawn, with their colours.
LIFECYCLE_GROUPS: tuple[str, ...] = ("acquired", "grew", "retained", "lost")
LIFECYCLE_COLORS: dict[str, str] = {"acquired": "#6366f1", "grew": "#16a34a", "retained": "#2563eb",
                                    "lost": "#dc2626"}

CHART_HEIGHT = 320
NAME_CHARS = 26


def percent_text(value: float | None, digits: int = 1) -> str:
    """A percentage already on the 0-100 scale in the user's locale; "—" when there is nothing to divide by."""
    if value is None:
        return "—"
    return f"{QLocale().toString(float(value), 'f', digits)}\u00a0%"


def change_percent(current: int, previous: int) -> float | None:
    """Change from the previous period in percent of its size; None when it was zero (no base to compare)."""
    if not previous:
        return None
    return (current - previous) * 100.0 / abs(previous)


def short_name(name: str, limit: int = NAME_CHARS) -> str:
    """A customer's name fitted to a chart's category axis."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def month_label(month: str) -> str:
    """"2026-03" as the locale's short month name."""
    number = int(month[5:7])
    return QLocale().standaloneMonthName(number, QLocale.FormatType.ShortFormat)


def money_scale(largest_cents: int) -> tuple[float, str, int]:
    """Divisor, unit word and decimals of a money axis: whole currency units, or thousands for large figures."""
    if abs(largest_cents) >= 10_000_00:
        return 100_000.0, "thousands", 0
    return 100.0, "units", 0


class DashboardChart(QChartView):
    """A QChartView with the dashboard's look; subclasses fill ``self.chart()`` through ``_fresh_chart``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._fresh_chart()

    def sizeHint(self) -> QSize:
        return QSize(480, self.minimumHeight())

    def _fresh_chart(self) -> QChart:
        """A new empty chart replacing the shown one (the old one is freed with it)."""
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        chart.setTitleFont(title_font)
        chart.setTitle(self.title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(self.font())
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def _axis_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def _value_axis(self, title: str, low: float, high: float, decimals: int = 0) -> QValueAxis:
        axis = QValueAxis()
        low, high = min(0.0, low), max(0.0, high)
        axis.setRange(low, high if high > low else low + 1.0)
        axis.applyNiceNumbers()
        axis.setLabelFormat(f"%.{decimals}f")
        axis.setLabelsFont(self._axis_font())
        axis.setTitleText(title)
        axis.setTitleFont(self._axis_font())
        return axis

    def _category_axis(self, names: Sequence[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(list(names))
        axis.setLabelsFont(self._axis_font())
        return axis

    def _money_title(self, unit: str, currency: str) -> str:
        if unit == "thousands":
            # Translated in this base class's context: self.tr would look in each subclass's.
            return QCoreApplication.translate("DashboardChart", "thousand {currency}").format(currency=currency)
        return currency

    def show_empty(self, text: str) -> None:
        """No figures for the period: say so rather than drawing empty axes."""
        chart = self._fresh_chart()
        chart.setTitle(f"{self.title}<br><span style='font-weight:normal; color:{MUTED_COLOR}'>{text}</span>")
        chart.legend().hide()


def _hover_tip(texts: Callable[[int], str]) -> Callable[[bool, int], None]:
    """A QBarSet.hovered handler showing the exact figure of the bar under the mouse."""

    def hovered(inside: bool, index: int) -> None:
        if inside:
            QToolTip.showText(QCursor.pos(), texts(index))
        else:
            QToolTip.hideText()

    return hovered


def _bar_set(label: str, color: str, values: Sequence[float]) -> QBarSet:
    bar_set = QBarSet(label)
    bar_set.setColor(QColor(color))
    bar_set.setBorderColor(QColor(color))
    bar_set.append([float(value) for value in values])
    return bar_set


class MonthChart(DashboardChart):
    """Revenue and margin per month as bars, the previous period's revenue as a line over them."""

    #: A month was clicked ("YYYY-MM").
    month_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Revenue and margin by month"), parent)
        self.setMinimumHeight(CHART_HEIGHT + 40)
        self.months: list[str] = []
        self.bar_sets: list[QBarSet] = []
        self.previous_line: QLineSeries | None = None
        self.divisor = 100.0  # cents per unit of the money axis

    def set_months(self, months: Sequence[Any], previous: Sequence[Any] | None, currency: str) -> None:
        """``months``/``previous``: core's MonthFigures; ``previous`` None hides the comparison line."""
        self.months = [figures.month for figures in months]
        if not any(figures.revenue_cents or figures.margin_cents for figures in months) and not (
                previous and any(figures.revenue_cents for figures in previous)):
            self.bar_sets = []
            self.previous_line = None
            self.show_empty(self.tr("No sales in this period"))
            return
        chart = self._fresh_chart()
        cents = [f.revenue_cents for f in months] + [f.margin_cents for f in months]
        if previous:
            cents += [f.revenue_cents for f in previous]
        divisor, unit, decimals = money_scale(max((abs(c) for c in cents), default=0))
        self.divisor = divisor
        revenue = _bar_set(self.tr("Revenue"), REVENUE_COLOR, [f.revenue_cents / divisor for f in months])
        margin = _bar_set(self.tr("Margin"), MARGIN_COLOR, [f.margin_cents / divisor for f in months])
        series = QBarSeries()
        series.append(revenue)
        series.append(margin)
        chart.addSeries(series)
        for bar_set in (revenue, margin):
            bar_set.clicked.connect(self._bar_clicked)
        revenue.hovered.connect(_hover_tip(lambda i: self._tip(self.tr("Revenue"), months[i].revenue_cents, currency)))
        margin.hovered.connect(_hover_tip(lambda i: self._tip(self.tr("Margin"), months[i].margin_cents, currency)))
        self.bar_sets = [revenue, margin]
        labels = self._labels(self.months)
        axis_x = self._category_axis(labels)
        values = [c / divisor for c in cents]
        axis_y = self._value_axis(self._money_title(unit, currency), min(values, default=0.0),
                                  max(values, default=0.0), decimals)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.previous_line = None
        if previous:
            line = QLineSeries()
            line.setName(self.tr("Revenue, previous period"))
            pen = QPen(QColor(PREVIOUS_COLOR))
            pen.setWidthF(2.5)
            line.setPen(pen)
            line.setPointsVisible(True)
            for index, figures in enumerate(previous[: len(months)]):
                line.append(QPointF(index, figures.revenue_cents / divisor))
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
            line.clicked.connect(lambda point: self._bar_clicked(round(point.x())))
            self.previous_line = line

    def _labels(self, months: Sequence[str]) -> list[str]:
        """Short month names, with the year on January and the first bar when several years are shown; "MM/YY"
        when there are too many bars for names. Category names must be unique (the axis drops repeats)."""
        if len(months) > 13:
            return [f"{month[5:7]}/{month[2:4]}" for month in months]
        several_years = len({month[:4] for month in months}) > 1
        return [f"{month_label(month)} {month[:4]}" if several_years and (month.endswith("-01") or month == months[0])
                else month_label(month) for month in months]

    def _tip(self, label: str, cents: int, currency: str) -> str:
        return self.tr("{what}: {amount}").format(what=label, amount=money_text(cents, currency))

    def _bar_clicked(self, index: int) -> None:
        if 0 <= index < len(self.months):
            self.month_clicked.emit(self.months[index])


class TierChart(DashboardChart):
    """Customers per RFM tier as a pie; the legend names each tier with its count."""

    #: A tier's slice was clicked (its key).
    tier_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customers by tier"), parent)
        self.slices: dict[str, QPieSlice] = {}

    def set_counts(self, counts: dict[str, int]) -> None:
        self.slices = {}
        total = sum(counts.values())
        if not total:
            self.show_empty(self.tr("No customer bought in the last three years"))
            return
        chart = self._fresh_chart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        series = QPieSeries()
        series.setPieSize(0.78)
        series.setHoleSize(0.35)
        for key in TIERS:
            count = int(counts.get(key, 0))
            if not count:
                continue
            label = self.tr("{tier} ({n})").format(tier=core_tr(TIERS[key]), n=QLocale().toString(count))
            pie_slice = series.append(label, count)
            pie_slice.setColor(QColor(TIER_COLORS.get(key, MUTED_COLOR)))
            pie_slice.setBorderColor(QColor("white"))
            pie_slice.clicked.connect(lambda k=key: self.tier_clicked.emit(k))
            pie_slice.hovered.connect(lambda inside, s=pie_slice: s.setExploded(inside))
            self.slices[key] = pie_slice
        chart.addSeries(series)


class LifecycleChart(DashboardChart):
    """Customers acquired, grown, retained and lost in the period (and in the previous one when compared)."""

    #: A group's bar was clicked ("acquired", "grew", "retained" or "lost").
    group_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Acquisition, growth and retention"), parent)
        self.bar_sets: dict[str, QBarSet] = {}

    def group_names(self) -> dict[str, str]:
        return {"acquired": self.tr("Acquired"), "grew": self.tr("Grew"), "retained": self.tr("Retained"),
                "lost": self.tr("Lost")}

    def set_lifecycle(self, lifecycle: Any) -> None:
        counts = [int(getattr(lifecycle, group)) for group in LIFECYCLE_GROUPS]
        if not any(counts) and not lifecycle.active_at_start:
            self.bar_sets = {}
            self.show_empty(self.tr("No customer bought in this period or the year before"))
            return
        chart = self._fresh_chart()
        chart.legend().hide()
        names = self.group_names()
        # One set per group, each with its own colour and a value only in its own column: read at a glance.
        series = QStackedBarSeries()
        series.setBarWidth(0.6)
        self.bar_sets = {}
        for index, group in enumerate(LIFECYCLE_GROUPS):
            values = [float(counts[index]) if column == index else 0.0 for column in range(len(LIFECYCLE_GROUPS))]
            bar_set = _bar_set(names[group], LIFECYCLE_COLORS[group], values)
            bar_set.clicked.connect(lambda _column, g=group: self.group_clicked.emit(g))
            bar_set.hovered.connect(_hover_tip(
                lambda _column, g=group, n=counts[index]: self.tr("{group}: {n}").format(group=names[g], n=n)))
            series.append(bar_set)
            self.bar_sets[group] = bar_set
        chart.addSeries(series)
        locale = QLocale()
        axis_x = self._category_axis([self.tr("{group}: {n}").format(group=names[group], n=locale.toString(count))
                                      for group, count in zip(LIFECYCLE_GROUPS, counts, strict=True)])
        axis_y = self._value_axis(self.tr("customers"), 0.0, max(counts) + 1)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)


class RankingChart(DashboardChart):
    """Customers ranked by contribution as horizontal bars, best at the top."""

    #: A customer's bar was clicked (their key, "c:…" or "p:…").
    customer_clicked = Signal(str)

    def __init__(self, title: str, color: str, parent: QWidget | None = None) -> None:
        self.color = color
        super().__init__(title, parent)
        self.keys: list[str] = []
        self.bar_set: QBarSet | None = None

    def set_values(self, values: Sequence[Any], currency: str) -> None:
        """``values``: core's CustomerValue in the order to show, first at the top."""
        if not values:
            self.keys = []
            self.bar_set = None
            self.show_empty(self.tr("No customer with figures in this period"))
            return
        chart = self._fresh_chart()
        chart.legend().hide()
        shown = list(reversed(values))  # a horizontal bar chart draws its first category at the bottom
        self.keys = [value.key for value in shown]
        divisor, unit, decimals = money_scale(max(abs(value.contribution_cents) for value in shown))
        figures = [value.contribution_cents / divisor for value in shown]
        bar_set = _bar_set(self.tr("Contribution"), self.color, figures)
        bar_set.clicked.connect(self._clicked)
        bar_set.hovered.connect(_hover_tip(
            lambda i: self.tr("{name}: {amount}").format(name=shown[i].name,
                                                         amount=money_text(shown[i].contribution_cents, currency))))
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        axis_y = self._category_axis(self._names(shown))
        axis_x = self._value_axis(self._money_title(unit, currency), min(figures), max(figures), decimals)
        axis_x.setTickCount(5)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        self.bar_set = bar_set

    def _names(self, shown: Sequence[Any]) -> list[str]:
        """Category names must be unique: two customers of the same name get a counter."""
        names: list[str] = []
        for value in shown:
            name = short_name(value.name or value.key)
            while name in names:
                name = f"{name} "
            names.append(name)
        return names

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.keys):
            self.customer_clicked.emit(self.keys[index])


class UtilisationChart(DashboardChart):
    """Hours available, planned and worked per technician in the period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Technician utilisation"), parent)
        self.bar_sets: list[QBarSet] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """``rows``: core's TechnicianUtilisation."""
        if not rows:
            self.bar_sets = []
            self.show_empty(self.tr("No technician"))
            return
        chart = self._fresh_chart()
        sets = [
            _bar_set(self.tr("Available"), AVAILABLE_COLOR, [row.available_minutes / 60 for row in rows]),
            _bar_set(self.tr("Planned"), PLANNED_COLOR, [row.planned_minutes / 60 for row in rows]),
            _bar_set(self.tr("Worked"), WORKED_COLOR, [row.worked_minutes / 60 for row in rows]),
        ]
        series = QBarSeries()
        for bar_set in sets:
            series.append(bar_set)
        chart.addSeries(series)
        for bar_set, field in zip(sets, ("available_minutes", "planned_minutes", "worked_minutes"), strict=True):
            bar_set.hovered.connect(_hover_tip(lambda i, f=field, s=bar_set: self._tip(rows[i], s.label(), f)))
        highest = max(max(row.available_minutes, row.planned_minutes, row.worked_minutes) for row in rows) / 60
        axis_x = self._category_axis([short_name(row.name, 16) for row in rows])
        axis_y = self._value_axis(self.tr("hours"), 0.0, highest)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.bar_sets = sets

    def _tip(self, row: Any, label: str, field: str) -> str:
        minutes = int(getattr(row, field))
        share = change_percent(minutes, row.available_minutes)
        ratio = percent_text(None if share is None else share + 100.0, 0)
        return self.tr("{name} — {what}: {hours} h ({ratio} of available)").format(
            name=row.name, what=label, hours=QLocale().toString(minutes / 60, "f", 1), ratio=ratio)


class Tile(QFrame):
    """One figure: a caption, the value in large type and a line under it (change, detail)."""

    #: The tile was clicked (only tiles made ``clickable`` emit it).
    clicked = Signal()

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clickable = False
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#{name} {{ background: white; border: 1px solid #d1d5db; border-radius: 6px; }}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet(f"color: {MUTED_COLOR};")
        self.value = QLabel("—")
        self.value.setObjectName(f"{name}_value")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName(f"{name}_detail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def make_clickable(self, tip: str) -> None:
        """The tile opens what lies behind its figure."""
        self.clickable = True
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position()
                                                                                                   .toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def set_figure(self, value: str, detail: str = "", color: str = MUTED_COLOR) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setStyleSheet(f"color: {color};")


def change_line(current: int, previous: int | None, higher_is_better: bool = True) -> tuple[str, str]:
    """The change part of a tile's comparison line ("▲ 12.5 %") and its colour: green when the change is good."""
    if previous is None:
        return "", MUTED_COLOR
    change = change_percent(current, previous)
    if change is None:
        return "", MUTED_COLOR
    arrow = "▲" if change > 0 else "▼" if change < 0 else "="
    good = (change >= 0) == higher_is_better or change == 0
    return f"{arrow} {percent_text(abs(change))}", OK_COLOR if good else LATE_COLOR


def dates_text(start: date, end: date) -> str:
    """A period as "1 Jan 2026 – 31 Dec 2026", month names in the user's language."""
    locale = QLocale()
    return f"{locale.toString(start, 'd MMM yyyy')} – {locale.toString(end, 'd MMM yyyy')}"
