"""Charts and boxes the management reports share (reportlab.graphics, no Qt).

The management, profitability, retention reports and the customer sheet show money by
month, signed amounts per customer and counts per tier; drawing each kind of chart once
here keeps the four reports alike (same colours, fonts, axis formats, the reader's
number conventions) and the layout code of each report short.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from crm_desktop.reports.support_costs import BOLD, FONT, FRAME_WIDTH, RULE, _rotated_label, cell_widths, fit
from crm_desktop.reports.template import styles
from crm_desktop.reports.texts import Texts

REVENUE = colors.HexColor("#2f6ea5")
MARGIN = colors.HexColor("#5aa55a")
PREVIOUS = colors.HexColor("#b9c7d6")
GAIN = colors.HexColor("#3f8f4f")
LOSS = colors.HexColor("#b00020")
GRID = colors.HexColor("#e3e6ea")
BOX_BG = colors.HexColor("#fafbfc")
#: One colour per RFM tier, in core.rfm.TIERS order (champions … occasional).
TIER_COLORS = (colors.HexColor("#1d4a73"), colors.HexColor("#2f6ea5"), colors.HexColor("#5aa55a"),
               colors.HexColor("#9fb8d3"), colors.HexColor("#e08a2c"), colors.HexColor("#b00020"),
               colors.HexColor("#9a9a9a"))


def _money_axis(t: Texts, axis: object, top_cents: int) -> None:
    """Whole currency units on the value axis; a tiny range still gets readable steps."""
    axis.labels.fontName = FONT  # type: ignore[attr-defined]
    axis.labels.fontSize = 7  # type: ignore[attr-defined]
    axis.labelTextFormat = lambda value: t.integer(round(value))  # type: ignore[attr-defined]
    axis.visibleGrid = True  # type: ignore[attr-defined]
    axis.gridStrokeColor = GRID  # type: ignore[attr-defined]
    axis.gridStrokeWidth = 0.4  # type: ignore[attr-defined]
    if abs(top_cents) < 500:
        axis.valueMax = 5 if top_cents > 0 else 100  # type: ignore[attr-defined]


def month_chart(t: Texts, months: Sequence[tuple[str, int, int]], series_names: tuple[str, str],
                height: float = 62 * mm) -> Drawing:
    """Two bars a month (revenue and margin, in currency units); ``months`` holds ("YYYY-MM", a, b) in cents."""
    width = FRAME_WIDTH
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 20 * mm, 14 * mm
    chart.width, chart.height = width - chart.x - 4 * mm, height - chart.y - 10 * mm
    chart.data = [[a / 100 for _m, a, _b in months] or [0], [b / 100 for _m, _a, b in months] or [0]]
    firsts = [date.fromisoformat(f"{m}-01") for m, _a, _b in months]
    several_years = len({d.year for d in firsts}) > 1
    chart.categoryAxis.categoryNames = [t.month(d, several_years) for d in firsts] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    if len(months) > 14:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    low = min([0, *(v for _m, a, b in months for v in (a, b))])
    if low < 0:
        chart.valueAxis.valueMin = low / 100 * 1.1
    else:
        chart.valueAxis.valueMin = 0
    _money_axis(t, chart.valueAxis, max([0, *(a for _m, a, _b in months)]))
    chart.barSpacing = 0.5
    chart.groupSpacing = 5 if len(months) <= 14 else 2
    for index, color in enumerate((REVENUE, MARGIN)):
        chart.bars[index].fillColor = color
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x, height - 2 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 40 * mm
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.boxAnchor = "nw"
    legend.colorNamePairs = list(zip((REVENUE, MARGIN), series_names, strict=True))
    drawing.add(legend)
    drawing.add(_rotated_label(t("mg_axis_amount", currency=t.symbol), 4 * mm, chart.y + chart.height / 2))
    return drawing


def signed_bars(t: Texts, items: Sequence[tuple[str, int]], label_width: float = 52 * mm) -> Drawing:
    """One horizontal bar per (name, cents), first at the top; gains green, losses red, each with its amount."""
    bar = 4.2 * mm
    width = FRAME_WIDTH
    height = max(len(items), 1) * bar * 1.45 + 10 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 2 * mm, 7 * mm
    chart.width, chart.height = width - chart.x - 4 * mm, height - chart.y - 2 * mm
    values = [cents / 100 for _name, cents in reversed(items)] or [0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [fit(name, label_width, size=7) for name, _c in reversed(items)] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.visibleTicks = False
    chart.categoryAxis.labelAxisMode = "low"
    low, high = min(0.0, *values), max(0.0, *values)
    if high - low < 5:
        high = low + 5
    span = high - low
    # Room beyond the bars for their amounts.
    chart.valueAxis.valueMin = low - span * 0.22 if low < 0 else low
    chart.valueAxis.valueMax = high + span * 0.22
    _money_axis(t, chart.valueAxis, 1000)
    chart.barWidth = bar
    chart.bars.strokeColor = None
    for index, value in enumerate(values):
        chart.bars[(0, index)].fillColor = GAIN if value >= 0 else LOSS
    drawing.add(chart)
    lo, hi = chart.valueAxis.valueMin, chart.valueAxis.valueMax
    step = chart.height / len(values)
    for index, value in enumerate(values):
        if not items:
            break
        x = chart.x + (value - lo) / (hi - lo) * chart.width
        y = chart.y + (index + 0.5) * step - 2.3
        drawing.add(String(x + 2 if value >= 0 else x - 2, y, t.money(round(value * 100), False), fontName=FONT,
                           fontSize=6.5, textAnchor="start" if value >= 0 else "end"))
    return drawing


def count_bars(t: Texts, items: Sequence[tuple[str, int]], bar_colors: Sequence[colors.Color] = TIER_COLORS,
               label_width: float = 48 * mm) -> Drawing:
    """Counts as horizontal bars (customers per tier), first at the top, each with its number."""
    bar = 5 * mm
    width = FRAME_WIDTH
    height = max(len(items), 1) * bar * 1.4 + 4 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 2 * mm, 2 * mm
    chart.width, chart.height = width - chart.x - 16 * mm, height - 4 * mm
    values = [count for _name, count in reversed(items)] or [0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [fit(name, label_width, size=8) for name, _c in reversed(items)] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.visibleTicks = False
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, *values)
    chart.barWidth = bar
    chart.bars.strokeColor = None
    count = len(values)
    for index in range(count):
        chart.bars[(0, index)].fillColor = bar_colors[(count - 1 - index) % len(bar_colors)]
    chart.barLabelFormat = lambda value: t.integer(int(value))
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def figure_box(rows: Sequence[Sequence[str]], shares: Sequence[float], bold_columns: Sequence[int] = (1, 3),
               right_columns: Sequence[int] = (1, 3), size: float = 9) -> Table:
    """Label/figure pairs in a light box (the summaries at the top of the reports)."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), BOX_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    for column in bold_columns:
        commands.append(("FONT", (column, 0), (column, -1), BOLD, size))
    for column in right_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if len(shares) >= 4:
        commands.append(("LINEAFTER", (1, 0), (1, -1), 0.6, RULE))
    return Table([list(r) for r in rows], colWidths=cell_widths(FRAME_WIDTH, shares), style=TableStyle(commands))


def change(t: Texts, now: int | float, before: int | float) -> str:
    """The change from ``before`` to ``now`` in %, signed ("+12%", "-3%"); "–" when before is zero."""
    if not before:
        return "–"
    fraction = (now - before) / abs(before)
    text = t.percent(fraction)
    return text if fraction < 0 else "+" + text


class StoryBuilder:
    """What the management reports' builders share: their texts, the progress tick, the styles, a paragraph."""

    def __init__(self, t: Texts, tick: Callable[[], Flowable]) -> None:
        self.t = t
        self.tick = tick
        self.style = styles()

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.style[style])
