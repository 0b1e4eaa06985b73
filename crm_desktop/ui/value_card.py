"""The customer's value at a glance, on top of a person's or a company's page.

One line of figures over the last 12 months (revenue, margin, cost to serve, contribution, the
trend against the 12 months before) with the RFM tier as a coloured chip, and a second line that
says why the customer looks at risk. Everything comes from ``core.customer_value.card`` (the same
rules as the dashboard and the reports), read again when what it counts changes. A person who
works for a company is shown their company's card: the company is the customer.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import customer_value, permissions
from crm_desktop.core.changes import Change, ChangeBus
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.permissions import Perm
from crm_desktop.core.recommendations import buyer_key
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_settings import load_support
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.support_format import LATE_COLOR, MUTED_COLOR, OK_COLOR, money_text

#: Tables whose changes may alter a card: what is sold, what serving the customer costs, and the
#: contacts that the "silent" risk looks at.
VALUE_TABLES = frozenset({"sales", "sale_lines", "tickets", "time_entries", "ticket_costs", "interventions",
                          "intervention_costs", "campaign_costs", "campaign_members", "history", "people",
                          "companies"})

#: Chip colours per RFM tier (background, text): good tiers green/blue, the worrying ones amber/grey.
TIER_COLORS: dict[str, tuple[str, str]] = {
    "champions": ("#dcfce7", "#166534"),
    "loyal": ("#dbeafe", "#1e40af"),
    "promising": ("#ccfbf1", "#115e59"),
    "new": ("#ede9fe", "#5b21b6"),
    "at_risk": ("#fef3c7", "#92400e"),
    "lost": ("#e5e7eb", "#374151"),
    "occasional": ("#f1f5f9", "#334155"),
}
RISK_COLOR = "#b45309"


def chip_style(tier: str) -> str:
    background, color = TIER_COLORS.get(tier, TIER_COLORS["occasional"])
    return (f"QLabel {{ background: {background}; color: {color}; border-radius: 9px;"
            f" padding: 1px 9px; font-weight: 600; }}")


class FlowLine(QLayout):
    """Widgets side by side that wrap onto the next line when the page is narrow.

    The card's figures are wider than the smallest page (760 px): in one row they would widen the page.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 14) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the visible items row by row; the height they take."""
        x, y, row_height = rect.x(), rect.y(), 0
        visible = [item for item in self._items if item.widget() is None or not item.widget().isHidden()]
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        for item in visible:
            hint = item.sizeHint()
            if rows[-1] and x + hint.width() > rect.right() + 1:
                x, y, row_height = rect.x(), y + row_height + 2, 0
                rows.append([])
            rows[-1].append((item, hint))
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        if move:  # centre each item on its row's middle line
            for row in rows:
                tallest = max((hint.height() for _, hint in row), default=0)
                for item, hint in row:
                    geometry = item.geometry()
                    geometry.moveTop(geometry.top() + (tallest - hint.height()) // 2)
                    item.setGeometry(geometry)
        return y + row_height - rect.y()


class _Figure(QWidget):
    """A caption and its amount side by side ("Revenue 12 345,00 €")."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.caption = QLabel(self)
        self.caption.setStyleSheet(f"color: {MUTED_COLOR};")
        self.value = QLabel(self)
        font = self.value.font()
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def set(self, caption: str, value: str, color: str | None = None) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {color};" if color else "")


class ValueCard(QFrame):
    """The value card of one customer (``set_customer``); hidden for a record not saved yet, and for the roles
    that do not see margins and costs (issue 8: a technician sees the customer, not what they earn us).

    Reads again after changes to what it counts (``VALUE_TABLES``), once per burst and only while shown:
    from core's change bus, or from the page's own (``listen=False`` and ``notice``).
    """

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, listen: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id: str | None = None
        self.person_id: str | None = None
        self.key: str | None = None
        self.shown: customer_value.ValueCard | None = None
        self.allowed = permissions.allowed(ctx.user.role, Perm.VIEW_MARGINS)
        self._currency = load_business(ctx.db).currency or "EUR"
        self._zone = ZoneInfo(load_support(ctx.db).timezone)
        self.setObjectName("valueCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#valueCard { background: #f9fafb; border: 1px solid #e5e7eb; border-radius: 6px; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 5, 10, 5)
        outer.setSpacing(2)
        line = FlowLine()
        self.tier_chip = QLabel(self)
        self.period_label = QLabel(self)
        self.period_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.revenue = _Figure(self)
        self.margin = _Figure(self)
        self.cost_to_serve = _Figure(self)
        self.contribution = _Figure(self)
        self.trend_label = QLabel(self)
        line.addWidget(self.tier_chip)
        line.addWidget(self.period_label)
        for figure in (self.revenue, self.margin, self.cost_to_serve, self.contribution):
            line.addWidget(figure)
        line.addWidget(self.trend_label)
        outer.addLayout(line)
        self.risk_label = QLabel(self)
        self.risk_label.setWordWrap(True)
        self.risk_label.setStyleSheet(f"color: {RISK_COLOR};")
        outer.addWidget(self.risk_label)
        self.risk_label.hide()
        self.hide()

        # A page that already follows core's changes hands them over (``notice``): one subscription per page.
        self._listening = listen
        self._feed = ctx.changes if listen else ChangeBus()
        self.bridge = ChangeBridge(self._feed, self)
        self.changes = ChangeCoalescer(self.bridge, self.refresh, VALUE_TABLES, parent=self, widget=self)

    # ---- public

    def set_customer(self, company_id: str | None, person_id: str | None) -> None:
        """Show the card of the customer this page is about (a company, or a person on their own)."""
        self.company_id, self.person_id = company_id or None, person_id or None
        self.key = buyer_key(self.company_id, self.person_id)
        self.refresh()

    def notice(self, changes: Iterable[Change]) -> None:
        """Changes the page received (a card built with ``listen=False``); the card reads again once after them."""
        if not self._listening:
            for change in changes:
                self._feed.publish(change)

    def today(self) -> date:
        """Today in the shop's time zone: the 12 months end here."""
        return self.ctx.clock.now().astimezone(self._zone).date()

    def refresh(self) -> None:
        """Read the card again from core and show it."""
        if self.key is None or not self.allowed:
            self.shown = None
            self.hide()
            return
        try:
            found = customer_value.card(self.ctx.db, self.key, self.today())
        except CrmError as exc:
            self.shown = None
            self._show_error(error_text(exc))
            return
        self.shown = found
        self._show(found)

    # ---- drawing

    def _show_error(self, text: str) -> None:
        for widget in (self.tier_chip, self.period_label, self.revenue, self.margin, self.cost_to_serve,
                       self.contribution, self.trend_label):
            widget.hide()
        self.risk_label.setText(text)
        self.risk_label.show()
        self.show()

    def _show(self, found: customer_value.ValueCard) -> None:
        money = self._money
        if found.tier:
            self.tier_chip.setText(core_tr(found.tier_label))
            self.tier_chip.setStyleSheet(chip_style(found.tier))
            self.tier_chip.setToolTip(self.tr("RFM tier: how recently, how often and how much this customer "
                                              "bought over the last 3 years."))
            self.tier_chip.show()
        else:
            self.tier_chip.hide()
        if self.person_id and self.company_id:  # the company is the customer: say whose figures these are
            self.period_label.setText(self.tr("{company}, last 12 months:").format(company=found.name))
        else:
            self.period_label.setText(self.tr("Last 12 months:"))
        self.revenue.set(self.tr("Revenue"), money(found.revenue_cents))
        self.margin.set(self.tr("Margin"), money(found.margin_cents),
                        LATE_COLOR if found.margin_cents < 0 else None)
        self.cost_to_serve.set(self.tr("Cost to serve"), money(found.cost_to_serve_cents))
        self.cost_to_serve.setToolTip(self.tr("Support time, parts, travel, interventions and campaigns."))
        negative = found.contribution_cents < 0
        self.contribution.set(self.tr("Contribution"), money(found.contribution_cents),
                              LATE_COLOR if negative else OK_COLOR)
        self.contribution.setToolTip(
            self.tr("Costs more than it brings: the margin does not cover the cost to serve.") if negative
            else self.tr("Margin minus the cost to serve."))
        for widget in (self.period_label, self.revenue, self.margin, self.cost_to_serve, self.contribution):
            widget.show()
        self._show_trend(found.trend_percent, found.revenue_cents)
        reasons = [render(flag.message) for flag in found.flags]
        self.risk_label.setText("⚠ " + "  ·  ".join(reasons) if reasons else "")
        self.risk_label.setToolTip("\n".join(reasons))
        self.risk_label.setVisible(bool(reasons))
        if self.person_id and self.company_id:
            self.setToolTip(self.tr("Figures of {company}, the company this person works for.").format(
                company=found.name))
        else:
            self.setToolTip("")
        self.show()

    def _show_trend(self, percent: float | None, revenue_cents: int) -> None:
        self.trend_label.setVisible(percent is not None or revenue_cents > 0)  # nothing bought: nothing to compare
        if percent is None:
            self.trend_label.setText(self.tr("no sales in the 12 months before"))
            self.trend_label.setStyleSheet(f"color: {MUTED_COLOR};")
            return
        arrow = "▲" if percent > 0 else "▼" if percent < 0 else "▶"
        color = OK_COLOR if percent > 0 else LATE_COLOR if percent < 0 else MUTED_COLOR
        self.trend_label.setText(self.tr("{arrow} {percent} % vs the 12 months before").format(
            arrow=arrow, percent=f"{percent:+.0f}".replace("-", "−")))
        self.trend_label.setStyleSheet(f"color: {color}; font-weight: 600;")

    def _money(self, cents: int) -> str:
        return money_text(cents, self._currency)


def place_under_header(page: QWidget, card: ValueCard) -> None:
    """Put ``card`` right under a record page's header (``RecordDetailView`` stacks header, banner, splitter)."""
    layout = page.layout()
    assert isinstance(layout, QBoxLayout), "a record page stacks its parts in a box layout"
    layout.insertWidget(1, card)
