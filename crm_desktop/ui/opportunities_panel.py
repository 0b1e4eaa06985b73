"""A customer's deals: the "Opportunities" tab of the person and company pages.

Open deals first (soonest expected close first), then won and lost ones; a line of
totals (open amount, weighted) and "New opportunity…". A double-click opens the deal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from crm_desktop.core import opportunities, permissions
from crm_desktop.core.context import Context
from crm_desktop.core.opportunity_choices import CLOSED_STAGES
from crm_desktop.core.permissions import Perm
from crm_desktop.ui.list_tab import CustomerTabPanel
from crm_desktop.ui.opportunities_view import OpportunityListModel
from crm_desktop.ui.opportunity_dialog import OpportunityDialog
from crm_desktop.ui.support_format import money_text

#: Tables whose changes may alter what the panel shows.
OPPORTUNITY_TABLES = frozenset({"opportunities", "sales", "people", "companies", "users"})


class OpportunitiesPanel(CustomerTabPanel):
    """Every deal with a person or a company, with the open pipeline's totals."""

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, company_id: str | None = None,
                 person_id: str | None = None) -> None:
        super().__init__(ctx, parent, permissions.allowed(ctx.user.role, Perm.OPPORTUNITY_WRITE))
        self.new_button.setText(self.tr("New opportunity…"))
        self.table.setColumnHidden(OpportunityListModel.COLUMNS.index("customer"), True)
        self.set_customer(company_id, person_id)

    def make_model(self) -> OpportunityListModel:
        return OpportunityListModel(self.currency, self)

    def set_customer(self, company_id: str | None, person_id: str | None) -> None:
        """Show the deals of this person (or else this company)."""
        self.set_owner(company_id=company_id, person_id=person_id)

    def read_rows(self) -> list[dict[str, Any]]:
        return opportunities.for_customer(self.ctx.db, self.company_id, self.person_id,
                                          today=opportunities.today_of(self.ctx))

    def summary_text(self, rows: list[dict[str, Any]]) -> str:
        open_rows = [r for r in rows if r["stage"] not in CLOSED_STAGES]
        return self.tr("Open {amount} · weighted {weighted} · {n} open").format(
            amount=money_text(sum(int(r["amount_cents"] or 0) for r in open_rows), self.currency),
            weighted=money_text(sum(r["weighted_cents"] for r in open_rows), self.currency), n=len(open_rows))

    def empty_text(self, has_owner: bool) -> str:
        return (self.tr("No opportunities yet.") if has_owner
                else self.tr("Save the record first to add opportunities to it."))

    def tab_title(self) -> str:
        n = self.count()
        return self.tr("Opportunities ({n})").format(n=n) if n else self.tr("Opportunities")

    def new_opportunity(self) -> OpportunityDialog | None:
        initial = self.initial()
        return None if initial is None else self._open(OpportunityDialog(self.ctx, None, self, initial))

    def open_opportunity(self, opp_id: str) -> OpportunityDialog:
        return self._open(OpportunityDialog(self.ctx, opp_id, self))

    new_record = new_opportunity
    open_record = open_opportunity

    def _open(self, dialog: OpportunityDialog) -> OpportunityDialog:
        return self.open_dialog(dialog, dialog.saved, dialog.deleted, dialog.won, dialog.lost)
