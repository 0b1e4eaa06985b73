"""The customer tabs a person's and a company's pages share: sales, opportunities, suggestions and tasks.

Each tab titles itself with its count ("Sales (3)"), follows the page's record, and reads
again when the tables it shows change.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget

from crm_desktop.core.context import Context
from crm_desktop.ui.customer_tasks import TASK_TABLES, CustomerTasksPanel
from crm_desktop.ui.opportunities_panel import OPPORTUNITY_TABLES, OpportunitiesPanel
from crm_desktop.ui.sales_panel import SALES_TABLES, CustomerSalesPanel
from crm_desktop.ui.suggestions_panel import SUGGESTION_TABLES, SuggestionsPanel

CountedPanel = CustomerSalesPanel | OpportunitiesPanel | SuggestionsPanel | CustomerTasksPanel


@dataclass
class CustomerTabs:
    sales: CustomerSalesPanel
    opportunities: OpportunitiesPanel
    suggestions: SuggestionsPanel
    tasks: CustomerTasksPanel

    def panels(self) -> tuple[tuple[CountedPanel, frozenset[str]], ...]:
        return ((self.sales, SALES_TABLES), (self.opportunities, OPPORTUNITY_TABLES),
                (self.suggestions, SUGGESTION_TABLES), (self.tasks, TASK_TABLES))

    def set_owner(self, *, company_id: str | None = None, person_id: str | None = None) -> None:
        """Follow the page's record (a new one gets its id when first saved)."""
        for panel, _tables in self.panels():
            if (panel.person_id, panel.company_id) != (person_id, None if person_id else company_id):
                panel.set_owner(company_id=company_id, person_id=person_id)

    def changed(self, tables: set[str]) -> None:
        for panel, watched in self.panels():
            if tables & watched:
                panel.refresh()


def add_customer_tabs(ctx: Context, tabs: QTabWidget, *, company_id: str | None = None,
                      person_id: str | None = None) -> CustomerTabs:
    """Build the four tabs at the end of ``tabs``, each titled with its live count."""
    made = CustomerTabs(CustomerSalesPanel(ctx, company_id=company_id, person_id=person_id, parent=tabs),
                        OpportunitiesPanel(ctx, tabs, company_id=company_id, person_id=person_id),
                        SuggestionsPanel(ctx, company_id=company_id, person_id=person_id, parent=tabs),
                        CustomerTasksPanel(ctx, company_id=company_id, person_id=person_id, parent=tabs))
    for panel, _tables in made.panels():
        _add_counted(tabs, panel)
    return made


def _add_counted(tabs: QTabWidget, panel: CountedPanel) -> None:
    tabs.addTab(panel, panel.tab_title())

    def retitle(_n: int, panel: CountedPanel = panel) -> None:
        tabs.setTabText(tabs.indexOf(panel), panel.tab_title())

    panel.counted.connect(retitle)
