"""The frame of a page's list tab (Sales, Opportunities, Interventions, a ticket's On site): "New…" and a muted
line over the list, and a sentence in the list's place when it is empty.

``ListTab`` is the frame; ``CustomerTabPanel`` adds what the customer pages' tabs share: the person or company
shown, the line of totals, the count for the tab title and the one dialog open at a time, read again on its
signals. Subclasses say what they list and open; every text shown comes from the subclass, so it is translated
in the subclass's context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal, SignalInstance
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.core.context import Context
from crm_desktop.core.settings import load_business
from crm_desktop.ui.list_view import RecordTable
from crm_desktop.ui.record_cells_model import RecordCellsModel
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.widgets import DialogT, open_instead, tab_empty_pages


class ListTab(QWidget):
    """"New…" (named by the subclass, shown to those who may write) and a muted line, over the list."""

    def __init__(self, ctx: Context, parent: QWidget | None, can_write: bool) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_record())
        self.new_button.setVisible(can_write)
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(f"color: {MUTED_COLOR};")
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.model = self.make_model()
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.activated.connect(self._activated)
        self.table.horizontalHeader().setSectionsMovable(False)
        self.empty, self.pages = tab_empty_pages(self, self.table)
        layout.addWidget(self.pages, 1)

    def make_model(self) -> Any:
        """The list's model (with ``set_rows`` and ``id_at``); subclasses give their columns."""
        return _IdsModel(self)

    def open_record(self, record_id: str) -> Any:
        """A row was double-clicked (or Enter pressed on it): subclasses open their dialog."""
        return None

    def new_record(self) -> Any:
        """"New…" was pressed: subclasses open an empty dialog."""
        return None

    def count(self) -> int:
        return self.model.rowCount()

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row()) if index.isValid() else None
        if record_id:
            self.open_record(record_id)


class CustomerTabPanel(ListTab):
    """A person's or a company's records of one kind, with their totals; the page shows it as a tab."""

    #: The list was read again (the page updates its tab title).
    counted = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None, can_write: bool) -> None:
        self.currency = load_business(ctx.db).currency or "EUR"
        self.person_id: str | None = None
        self.company_id: str | None = None
        self.dialog: QDialog | None = None
        super().__init__(ctx, parent, can_write)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def read_rows(self) -> list[dict[str, Any]]:
        """The customer's rows, from core (subclasses read their kind)."""
        return []

    def summary_text(self, rows: list[dict[str, Any]]) -> str:
        """The line of totals over a non-empty list (subclasses sum their kind)."""
        return ""

    def empty_text(self, has_owner: bool) -> str:
        """Said in place of an empty list (``has_owner`` false: the record is not saved yet)."""
        return ""

    def set_owner(self, *, company_id: str | None = None, person_id: str | None = None) -> None:
        """Show the records of this person (or else this company)."""
        self.person_id = person_id
        self.company_id = None if person_id else company_id
        self.refresh()

    def initial(self) -> dict[str, Any] | None:
        """The customer a new record is for; None before the page's record is saved."""
        if not (self.person_id or self.company_id):
            return None
        return {"person_id": self.person_id} if self.person_id else {"company_id": self.company_id}

    def refresh(self) -> None:
        """Read the list and the totals again from core."""
        has_owner = bool(self.person_id or self.company_id)
        self.new_button.setEnabled(has_owner)
        rows = self.read_rows() if has_owner else []
        self.model.set_rows(rows)
        if rows:
            self.summary.setText(self.summary_text(rows))
            self.pages.setCurrentWidget(self.table)
        else:
            self.summary.setText("")
            self.empty.setText(self.empty_text(has_owner))
            self.pages.setCurrentWidget(self.empty)
        self.counted.emit(len(rows))

    def open_dialog(self, dialog: DialogT, *changes: SignalInstance) -> DialogT:
        """Open ``dialog`` (closing the one open before) and read the list again on each of ``changes``."""
        for signal in changes:
            signal.connect(lambda *_a: self.refresh())
        return open_instead(self, dialog)


class _IdsModel(RecordCellsModel):
    """The model of a list that names no columns: its rows' ids only."""

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self._reset(rows, [() for _ in rows])
