"""A customer's deals: the "Opportunities" tab of the person and company pages.

Open deals first (soonest expected close first), then won and lost ones; a line of
totals (open amount, weighted) and "New opportunity…". A double-click opens the deal.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.core import opportunities, permissions
from crm_desktop.core.context import Context
from crm_desktop.core.opportunity_choices import CLOSED_STAGES
from crm_desktop.core.permissions import Perm
from crm_desktop.core.settings import load_business
from crm_desktop.ui.list_view import RecordTable
from crm_desktop.ui.opportunities_view import OpportunityListModel
from crm_desktop.ui.opportunity_dialog import OpportunityDialog
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.support_format import money_text
from crm_desktop.ui.widgets import tab_empty_pages

#: Tables whose changes may alter what the panel shows.
OPPORTUNITY_TABLES = frozenset({"opportunities", "sales", "people", "companies", "users"})


class OpportunitiesPanel(QWidget):
    """Every deal with a person or a company, with the open pipeline's totals."""

    #: The list was read again (the page updates its tab title "Opportunities (n)").
    counted = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, company_id: str | None = None,
                 person_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        self.company_id: str | None = None
        self.dialog: QWidget | None = None
        self.currency = load_business(ctx.db).currency or "EUR"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New opportunity…"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_opportunity())
        self.new_button.setVisible(permissions.allowed(ctx.user.role, Perm.OPPORTUNITY_WRITE))
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(f"color: {MUTED_COLOR};")
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.model = OpportunityListModel(self.currency, self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.activated.connect(self._activated)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(OpportunityListModel.COLUMNS.index("customer"), True)
        self.empty, self.pages = tab_empty_pages(self, self.table)
        layout.addWidget(self.pages, 1)
        self.set_customer(company_id, person_id)

    def set_customer(self, company_id: str | None, person_id: str | None) -> None:
        """Show the deals of this person (or else this company)."""
        self.person_id = person_id
        self.company_id = None if person_id else company_id
        self.refresh()

    def set_owner(self, *, company_id: str | None = None, person_id: str | None = None) -> None:
        """The customer tabs' protocol (same as set_customer)."""
        self.set_customer(company_id, person_id)

    def count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        has_owner = bool(self.person_id or self.company_id)
        self.new_button.setEnabled(has_owner)
        rows = opportunities.for_customer(self.ctx.db, self.company_id, self.person_id,
                                          today=opportunities.today_of(self.ctx)) if has_owner else []
        self.model.set_rows(rows)
        if rows:
            open_rows = [r for r in rows if r["stage"] not in CLOSED_STAGES]
            self.summary.setText(self.tr("Open {amount} · weighted {weighted} · {n} open").format(
                amount=money_text(sum(int(r["amount_cents"] or 0) for r in open_rows), self.currency),
                weighted=money_text(sum(r["weighted_cents"] for r in open_rows), self.currency), n=len(open_rows)))
            self.pages.setCurrentWidget(self.table)
        else:
            self.summary.setText("")
            self.empty.setText(self.tr("No opportunities yet.") if has_owner
                               else self.tr("Save the record first to add opportunities to it."))
            self.pages.setCurrentWidget(self.empty)
        self.counted.emit(len(rows))

    def tab_title(self) -> str:
        n = self.count()
        return self.tr("Opportunities ({n})").format(n=n) if n else self.tr("Opportunities")

    def _activated(self, index: QModelIndex) -> None:
        opp_id = self.model.id_at(index.row()) if index.isValid() else None
        if opp_id:
            self.open_opportunity(opp_id)

    def new_opportunity(self) -> OpportunityDialog | None:
        if not (self.person_id or self.company_id):
            return None
        initial = {"person_id": self.person_id} if self.person_id else {"company_id": self.company_id}
        return self._open(OpportunityDialog(self.ctx, None, self, initial))

    def open_opportunity(self, opp_id: str) -> OpportunityDialog:
        return self._open(OpportunityDialog(self.ctx, opp_id, self))

    def _open(self, dialog: OpportunityDialog) -> OpportunityDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for signal in (dialog.saved, dialog.deleted, dialog.won, dialog.lost):
            signal.connect(lambda *_a: self.refresh())
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
