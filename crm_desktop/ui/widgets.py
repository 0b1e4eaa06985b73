"""Small pieces the views share, so that every list and heading looks the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

ERROR_COLOR = "#b00020"


def heading(text: str, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    """A view's bold title."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden red message line, shown above a list when an action is refused."""
    label = QLabel(parent)
    label.setObjectName("errorMessage")
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setWordWrap(True)
    label.hide()
    return label


def read_only_rows(table: QTableView, multiple: bool = False) -> None:
    """A table of whole-row selection, no editing, no grid, left-aligned headers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multiple
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
