"""The people list (navigation entry "Contacts")."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from crm_desktop.core import access
from crm_desktop.core.context import Context
from crm_desktop.core.listing import PEOPLE
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.list_view import RecordListView


class PeopleView(RecordListView):
    """Every person (a technician: the people of their customers); a company's rename refreshes it too."""

    def __init__(self, ctx: Context, bridge: ChangeBridge, parent: QWidget | None = None) -> None:
        super().__init__(ctx, bridge, PEOPLE, kind="person", tag_table="people",
                         refresh_on=("companies", *access.SCOPE_TABLES) if access.limited(ctx.user) else ("companies",),
                         parent=parent)

    def title_text(self) -> str:
        return self.tr("Contacts")

    def new_text(self) -> str:
        return self.tr("New person")

    def search_hint(self) -> str:
        return self.tr("Search people by name, e-mail, phone, city…")

    def count_text(self, count: int) -> str:
        return self.tr("People: {count}").format(count=QLocale().toString(count))

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No person matches these filters.")
        if access.limited(self.ctx.user):  # a technician lists their customers only, and has none yet
            return self.tr("The people of the customers your interventions concern show here.")
        return self.tr("No people yet. Click “New person” to add the first one.")
