"""Interventions where the customer and the ticket are: tabs of the person, company and ticket pages.

A customer's page lists their interventions (the next and latest first) with a button
that asks for a new one for them; a ticket's "On site" tab lists the visits made for
it with "Plan an intervention…". The panels never open anything themselves: they emit
``open_intervention(id)`` and ``new_intervention(initial values)``, which the detail
views pass on for the main window to show the intervention page.

Rows come from core.interventions (for_customer, for_ticket, team); times are shown
in the shop's time zone (support settings), as the planning shows them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from crm_desktop.core import access, interventions, permissions
from crm_desktop.core.context import Context
from crm_desktop.core.field_choices import KINDS, STATUSES
from crm_desktop.core.permissions import Perm
from crm_desktop.ui.intervention_format import planned_text, shop_zone
from crm_desktop.ui.list_tab import ListTab
from crm_desktop.ui.record_cells_model import RecordCellsModel
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.support_format import LATE_COLOR, OK_COLOR, label_of

ModelIndex = QModelIndex | QPersistentModelIndex
#: Text colour of a status in the lists (others in the normal colour).
STATUS_COLORS = {"done": OK_COLOR, "cancelled": MUTED_COLOR, "to_plan": LATE_COLOR}
#: Room added to each column fitted to its content.
COLUMN_PADDING = 18
#: Columns that share the width left by the others.
STRETCHED = ("technicians", "subject")
#: Tables whose changes may alter what these panels show.
FIELD_TABLES = frozenset({"interventions", "intervention_technicians", "technicians", "users"})


class InterventionListModel(RecordCellsModel):
    """A few interventions (a customer's or a ticket's): number, planned, kind, status, team, subject."""

    COLUMNS = ("number", "planned", "kind", "status", "technicians", "subject")

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Planned"), self.tr("Kind"), self.tr("Status"), self.tr("Technicians"),
                self.tr("Subject")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show these rows (from core's lists), their team and times read once here."""
        zone = shop_zone(self.ctx)
        cells = []
        for row in rows:
            planned = planned_text(row, zone)
            team = ", ".join(t.name for t in interventions.team(self.ctx.db, row["id"]))
            cells.append((str(row.get("number") or ""), planned, label_of(KINDS, row.get("kind")),
                          label_of(STATUSES, row.get("status")), team, str(row.get("subject") or "")))
        self._reset(list(rows), cells)

    def row_at(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def decorate(self, number: int, key: str, role: int) -> Any:
        row = self._rows[number]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = " ".join(str(row.get("work_done") or row.get("instructions") or "").split())[:300]
            cells = self._cells[number]
            return "\n".join(t for t in (cells[5], cells[4], text) if t)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            color = STATUS_COLORS.get(str(row.get("status")))
            return QColor(color) if color else None
        return None


class _InterventionsPanel(ListTab):
    """A button bar, the list, and a sentence when it is empty."""

    #: The id of the intervention to open (double-click or Enter).
    open_intervention = Signal(str)
    #: Initial values of a new intervention to open (person_id, company_id, ticket_id, subject, kind).
    new_intervention = Signal(dict)

    def __init__(self, ctx: Context, button_text: str, button_tip: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, permissions.allowed(ctx.user.role, Perm.INTERVENTION_WRITE))
        self.new_button.setText(button_text)
        self.new_button.setToolTip(button_tip)
        self.more = self.summary
        self.more.hide()
        header = self.table.horizontalHeader()
        # The team and the subject share the room left (elided in a narrow tab, whole in the tooltip):
        # no sideways scrolling.
        header.setStretchLastSection(False)
        for column in STRETCHED:
            header.setSectionResizeMode(InterventionListModel.COLUMNS.index(column), QHeaderView.ResizeMode.Stretch)

    def make_model(self) -> InterventionListModel:
        return InterventionListModel(self.ctx, self)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _show(self, rows: list[dict[str, Any]], empty_text: str, more_text: str = "") -> None:
        """Show ``rows``; ``empty_text`` when there are none, ``more_text`` when the list was cut."""
        mine = access.visible_intervention_ids(self.ctx.db, self.ctx.user)
        if mine is not None:  # a technician lists their own jobs, not a colleague's at the same customer
            rows = [row for row in rows if row["id"] in mine]
        self.model.set_rows(rows)
        self.more.setText(more_text)
        self.more.setVisible(bool(more_text))
        if rows:
            # Fitted to what is shown, with room to breathe.
            self.table.resizeColumnsToContents()
            for column, key in enumerate(InterventionListModel.COLUMNS):
                if key not in STRETCHED:
                    self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_PADDING)
            self.pages.setCurrentWidget(self.table)
        else:
            self.empty.setText(empty_text)
            self.pages.setCurrentWidget(self.empty)

    def open_record(self, record_id: str) -> None:
        self.open_intervention.emit(record_id)

    def request_new(self) -> None:
        """Ask for a new intervention with this page's values (the main window opens it)."""
        values = self.initial_values()
        if values:
            self.new_intervention.emit(values)

    new_record = request_new

    def initial_values(self) -> dict[str, Any]:
        """What a new intervention asked from here starts with; nothing asks for nothing."""
        return {}


class CustomerInterventionsPanel(_InterventionsPanel):
    """Every intervention of a person or a company, the next and latest first; New starts one for them."""

    LIMIT = 200

    def __init__(self, ctx: Context, company_id: str | None = None, person_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New intervention"), self.tr("Plan a visit on site for this customer"), parent)
        self.person_id: str | None = None
        self.company_id: str | None = None
        self.set_owner(company_id=company_id, person_id=person_id)

    def set_owner(self, *, company_id: str | None = None, person_id: str | None = None) -> None:
        """Show the interventions of this person (or else this company)."""
        self.person_id = person_id
        self.company_id = None if person_id else company_id
        self.refresh()

    def refresh(self) -> None:
        """Read the list again from core."""
        has_owner = bool(self.person_id or self.company_id)
        self.new_button.setEnabled(has_owner)
        if not has_owner:
            self._show([], self.tr("Save the record first to plan interventions for it."))
            return
        rows = interventions.for_customer(self.ctx.db, self.company_id, self.person_id, limit=self.LIMIT)
        more = self.tr("The latest {n} are shown.").format(n=len(rows)) if len(rows) >= self.LIMIT else ""
        self._show(rows, self.tr("No interventions yet."), more)

    def initial_values(self) -> dict[str, Any]:
        if self.person_id:
            return {"person_id": self.person_id}
        return {"company_id": self.company_id} if self.company_id else {}


class TicketInterventionsPanel(_InterventionsPanel):
    """The ticket's "On site" tab: its interventions, and "Plan an intervention…" for it."""

    def __init__(self, ctx: Context, ticket: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Plan an intervention…"),
                         self.tr("Send a technician on site for this ticket"), parent)
        self.ticket: dict[str, Any] | None = None
        self.set_ticket(ticket)

    @property
    def ticket_id(self) -> str | None:
        return str(self.ticket["id"]) if self.ticket else None

    def set_ticket(self, ticket: Mapping[str, Any] | None) -> None:
        """Show this saved ticket's interventions (None: a ticket not saved yet)."""
        self.ticket = dict(ticket) if ticket and ticket.get("id") else None
        self.refresh()

    def refresh(self) -> None:
        self.new_button.setEnabled(self.ticket is not None)
        if self.ticket is None:
            self._show([], self.tr("Save the ticket first to plan an intervention for it."))
            return
        self._show(interventions.for_ticket(self.ctx.db, str(self.ticket["id"])),
                   self.tr("No intervention for this ticket yet. Plan one when someone must go on site."))

    def initial_values(self) -> dict[str, Any]:
        if self.ticket is None:
            return {}
        values = {"ticket_id": self.ticket["id"], "company_id": self.ticket.get("company_id"),
                  "person_id": self.ticket.get("person_id"), "subject": self.ticket.get("subject"),
                  "kind": "repair"}
        return {key: value for key, value in values.items() if value}
