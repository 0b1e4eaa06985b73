"""What to offer a customer: the "Suggestions" tab of the person and company pages, and the compact
"Suggestions" tab of a ticket and of an intervention (whoever calls or is visited may need more).

Rows come from core.recommendations.for_customer (cross-sell by lift, next tier of what they own,
a better support level); each says why in words with the numbers behind it, so a seller can judge
how strong the link is. Compact: only the support level, three up-sells and the three best
cross-sells (core.recommendations.short_list). Read only: the panel reads again when sales,
products or contracts change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from crm_desktop.core import recommendations
from crm_desktop.core.context import Context
from crm_desktop.core.recommendations import Suggestion
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_settings import local_day
from crm_desktop.ui.cells_model import CellsModel
from crm_desktop.ui.i18n import core_tr
from crm_desktop.ui.list_view import RecordTable
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.sales_panel import SALES_TABLES
from crm_desktop.ui.support_format import money_text
from crm_desktop.ui.widgets import tab_empty_pages

ModelIndex = QModelIndex | QPersistentModelIndex
#: Tables whose changes may alter the suggestions (what was bought, the catalogue, contracts, support time).
SUGGESTION_TABLES = SALES_TABLES | frozenset({"products", "contracts", "support_levels", "time_entries", "tickets"})
#: How many suggestions the tab shows.
LIMIT = 10


class SuggestionModel(CellsModel[Suggestion]):
    """Suggestions: what to offer, which kind, why (with the numbers), price."""

    COLUMNS = ("name", "kind", "reason", "price")

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def headers(self) -> list[str]:
        return [self.tr("Suggestion"), self.tr("Kind"), self.tr("Why"), self.tr("Price")]

    def kind_text(self, kind: str) -> str:
        return {recommendations.CROSS_SELL: self.tr("Cross-sell"), recommendations.UP_SELL: self.tr("Up-sell"),
                recommendations.SUPPORT_LEVEL: self.tr("Support level")}.get(kind, kind)

    def set_rows(self, rows: list[Suggestion]) -> None:
        cells = []
        for s in rows:
            price = money_text(s.price_cents, self.currency) if s.product_id else ""
            cells.append((s.name, self.kind_text(s.kind), core_tr(s.reason).format(**s.reason_values()), price))
        self._reset(list(rows), cells)

    def suggestion_at(self, row: int) -> Suggestion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        text = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[index.column()] == "reason":
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[index.column()] == "price":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SuggestionsPanel(QWidget):
    """What to offer a person or a company next, best first, each with its reason."""

    #: The list was read again (the page updates its tab title "Suggestions (n)").
    counted = Signal(int)

    def __init__(self, ctx: Context, company_id: str | None = None, person_id: str | None = None,
                 parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.compact = compact
        self.person_id: str | None = None
        self.company_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        if compact:
            text = self.tr("What this customer may need next: the best links with what they bought, the next tier "
                           "of what they own, a better support level.")
        else:
            text = self.tr("Based on what similar customers bought, the next tier of what they own "
                           "and their support use this year.")
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {MUTED_COLOR};")
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        self.model = SuggestionModel(load_business(ctx.db).currency or "EUR", self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        # The reason is the point of a row: it wraps rather than being cut.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SuggestionModel.COLUMNS.index("reason"), QHeaderView.ResizeMode.Stretch)
        self.empty, self.pages = tab_empty_pages(self, self.table)
        layout.addWidget(self.pages, 1)
        self.set_owner(company_id=company_id, person_id=person_id)

    def set_owner(self, *, company_id: str | None = None, person_id: str | None = None) -> None:
        """Suggest for this person (or else this company)."""
        self.person_id = person_id
        self.company_id = None if person_id else company_id
        self.refresh()

    def set_customer(self, company_id: str | None, person_id: str | None) -> None:
        """Suggest for the customer of a ticket or a job: its company (whose sales its people's orders are),
        else its person."""
        if company_id:
            self.set_owner(company_id=company_id)
        else:
            self.set_owner(person_id=person_id)

    def count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        """Read the suggestions again from core (today in the shop's time zone picks the support year)."""
        has_owner = bool(self.person_id or self.company_id)
        rows: list[Suggestion] = []
        if has_owner:
            today = local_day(self.ctx.db, self.ctx.now())
            if self.compact:
                rows = recommendations.short_list(self.ctx.db, self.company_id, self.person_id, today=today)
            else:
                rows = recommendations.for_customer(self.ctx.db, self.company_id, self.person_id, LIMIT, today=today)
        self.model.set_rows(rows)
        self.summary.setVisible(bool(rows))
        if rows:
            self.pages.setCurrentWidget(self.table)
        else:
            if has_owner:
                self.empty.setText(self.tr("Nothing to suggest yet: suggestions come from what customers bought."))
            elif self.compact:
                self.empty.setText(self.tr("Choose the customer to see what they may need next."))
            else:
                self.empty.setText(self.tr("Save the record first to see suggestions for it."))
            self.pages.setCurrentWidget(self.empty)
        self.counted.emit(len(rows))

    def tab_title(self) -> str:
        n = self.count()
        return self.tr("Suggestions ({n})").format(n=n) if n else self.tr("Suggestions")
