"""The companies list."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from crm_desktop.core import access
from crm_desktop.core.context import Context
from crm_desktop.core.listing import COMPANIES
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.list_view import RecordListView


class CompaniesView(RecordListView):
    """Every company (a technician: the companies their interventions concern)."""

    def __init__(self, ctx: Context, bridge: ChangeBridge, parent: QWidget | None = None) -> None:
        super().__init__(ctx, bridge, COMPANIES, kind="company", tag_table="companies",
                         refresh_on=access.SCOPE_TABLES if access.limited(ctx.user) else (), parent=parent)

    def title_text(self) -> str:
        return self.tr("Companies")

    def new_text(self) -> str:
        return self.tr("New company")

    def search_hint(self) -> str:
        return self.tr("Search companies by name, VAT number, city…")

    def count_text(self, count: int) -> str:
        return self.tr("Companies: {count}").format(count=QLocale().toString(count))

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No company matches these filters.")
        if access.limited(self.ctx.user):  # a technician lists their customers only, and has none yet
            return self.tr("The companies your interventions concern show here.")
        return self.tr("No companies yet. Click “New company” to add the first one.")
