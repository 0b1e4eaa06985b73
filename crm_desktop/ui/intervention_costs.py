"""The "Costs" tab of an intervention: time of each technician, parts fitted, travel, and the totals.

The lines are core's (interventions.costs, rewritten each time the report is saved);
they are the same lines the linked ticket and the customer's support costs count.
Issue 8: the amounts are shown only where ``access.can_see_costs`` allows (the office roles,
and a technician on their own intervention); otherwise the lines keep what and how much
(time, parts, distance) and every money column and total is left out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import access, interventions
from crm_desktop.core.context import Context
from crm_desktop.core.settings import load_business
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.support_format import billing_label, minutes_text, money_text
from crm_desktop.ui.widgets import read_only_rows

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: The table's money columns (cost, billed).
MONEY_COLUMNS = (2, 3)
#: The totals in money (time is shown as a duration on its own when money is not).
MONEY_TOTALS = ("parts", "travel", "cost", "price", "billable")


class JobCostsPanel(QWidget):
    """One table of cost lines and the totals under it."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.intervention_id: str | None = None
        self.shows_money = False
        self.currency = load_business(ctx.db).currency or "EUR"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Quantity"), self.tr("Cost"),
                                              self.tr("Billed"), self.tr("Billing")])
        read_only_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        box = QGroupBox(self.tr("Totals"), self)
        form = QFormLayout(box)
        self.totals_form = form
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.totals: dict[str, QLabel] = {}
        for key, label in (("time", self.tr("Time on site")), ("parts", self.tr("Parts")),
                           ("travel", self.tr("Travel")), ("cost", self.tr("Total cost")),
                           ("price", self.tr("Total billed")), ("billable", self.tr("To invoice"))):
            value = QLabel(box)
            value.setAlignment(RIGHT)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.totals[key] = value
        font = self.totals["cost"].font()
        font.setBold(True)
        for key in ("cost", "price", "billable"):
            self.totals[key].setFont(font)
        layout.addWidget(box)
        self.set_intervention(None)

    def set_intervention(self, intervention_id: str | None) -> None:
        self.intervention_id = intervention_id
        self.reload()

    def _show_money(self, shown: bool) -> None:
        """Show or leave out every money column and total."""
        self.shows_money = shown
        for column in MONEY_COLUMNS:
            self.table.setColumnHidden(column, not shown)
        for key in MONEY_TOTALS:
            self.totals_form.setRowVisible(self.totals[key], shown)

    def reload(self) -> None:
        lines: list[dict[str, Any]] = (interventions.costs(self.ctx.db, self.intervention_id)
                                       if self.intervention_id else [])
        money = access.can_see_costs(self.ctx.db, self.ctx.user, self.intervention_id)
        self._show_money(money)
        order = {"time": 0, "part": 1, "travel": 2}
        lines.sort(key=lambda line: (order.get(line["kind"], 3), line.get("description") or ""))
        self.table.setRowCount(len(lines))
        sums = {"time": 0, "part": 0, "travel": 0}
        minutes = cost = price = billable = 0
        locale = QLocale()
        for row, line in enumerate(lines):
            kind = line["kind"]
            if kind == "time":
                what = self.tr("Time of {name}").format(name=line.get("description") or "")
                quantity = minutes_text(line.get("minutes") or 0)
                minutes += int(line.get("minutes") or 0)
            elif kind == "travel":
                what = self.tr("Travel")
                quantity = self.tr("{km} km").format(km=locale.toString(float(line.get("km") or 0), "f", 1))
            else:
                what = line.get("description") or ""
                quantity = locale.toString(int(line.get("quantity") or 0))
            cells = [what, quantity, *((money_text(line["cost_cents"], self.currency),
                                        money_text(line["price_cents"], self.currency)) if money else ("", "")),
                     billing_label(line.get("billing"))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
            sums[kind if kind in sums else "part"] += int(line["cost_cents"])
            cost += int(line["cost_cents"])
            price += int(line["price_cents"])
            if line.get("billing") == "billable":
                billable += int(line["price_cents"])
        if not money:
            self.totals["time"].setText(minutes_text(minutes))
            for key in MONEY_TOTALS:
                self.totals[key].setText("")
        else:
            self.totals["time"].setText(self.tr("{time} — {amount}").format(
                time=minutes_text(minutes), amount=money_text(sums["time"], self.currency)))
            self.totals["parts"].setText(money_text(sums["part"], self.currency))
            self.totals["travel"].setText(money_text(sums["travel"], self.currency))
            self.totals["cost"].setText(money_text(cost, self.currency))
            self.totals["price"].setText(money_text(price, self.currency))
            self.totals["billable"].setText(money_text(billable, self.currency))
        if self.intervention_id is None:
            self.hint.setText(self.tr("Save the intervention first."))
        elif not money:
            self.hint.setText(self.tr("What was spent on this intervention: its amounts are shown to the technicians "
                                      "on it and to the office."))
        elif not lines:
            self.hint.setText(self.tr("The costs appear once the report gives the times on site, the parts used "
                                      "or the distance travelled."))
        else:
            self.hint.setText(self.tr("Costs at each technician's rate and the parts' cost price; billed at the "
                                      "customer's rate. The linked ticket and the customer's support costs count "
                                      "the same lines."))

    def line_count(self) -> int:
        return self.table.rowCount()
