"""A read-only table model of core's records (each row a dict with an ``id``): texts worked out once, numbers
right-aligned, the id under ``IdRole``; each list only adds its colours and tooltips (``decorate``)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.ui.cells_model import CellsModel

ModelIndex = QModelIndex | QPersistentModelIndex


class RecordCellsModel(CellsModel[dict[str, Any]]):
    """Subclasses name ``COLUMNS`` (and the ``RIGHT``-aligned ones), give ``headers()`` and ``set_rows``."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    RIGHT: Collection[str] = ()

    def id_at(self, row: int) -> str | None:
        return str(self._rows[row]["id"]) if 0 <= row < len(self._rows) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        number, key = index.row(), self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[number][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.IdRole:
            return self._rows[number]["id"]
        return self.decorate(number, key, role)

    def decorate(self, number: int, key: str, role: int) -> Any:
        """Any other role of the cell in column ``key`` of row ``number`` (colours, tooltips); None by default."""
        del number, key, role
        return None
