"""Small pieces the views share, so that every list and heading looks the same."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.context import Context
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.record_form import MUTED_COLOR

ERROR_COLOR = "#b00020"
#: The blue of a cell that opens a record when clicked.
LINK_COLOR = "#1d4ed8"
DialogT = TypeVar("DialogT", bound=QDialog)


def heading(text: str, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    """A view's bold title."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def area_layout(owner: QWidget, title: str) -> tuple[QVBoxLayout, QHBoxLayout]:
    """A main area's page with the margins all areas share, and its top bar already holding the bold title;
    the caller fills the bar and adds it to the page."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.setSpacing(8)
    top = QHBoxLayout()
    top.addWidget(heading(title, parent=owner))
    top.addSpacing(16)
    return layout, top


def follow_changes(owner: QWidget, ctx: Context, bridge: ChangeBridge | None, reload: Callable[[], None],
                   tables: tuple[str, ...]) -> tuple[ChangeBridge, ChangeCoalescer]:
    """Read an area again once after a burst of changes to ``tables`` (waiting while it is hidden); the main
    window passes its one ``bridge``, a view standing alone makes its own."""
    bridge = bridge if bridge is not None else ChangeBridge(ctx.changes, owner)
    return bridge, ChangeCoalescer(bridge, reload, tables, parent=owner, widget=owner)


def bar_button(owner: QWidget, layout: QHBoxLayout, text: str, slot: Callable[..., object]) -> QPushButton:
    """A button of a bar over a list: Enter in the list never presses it (no auto-default)."""
    button = QPushButton(text, owner)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    layout.addWidget(button)
    return button


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


def title_bar(title: QLabel, button: QWidget) -> QHBoxLayout:
    """A view's top row: its title on the left, its "New" button on the right."""
    top = QHBoxLayout()
    top.addWidget(title)
    top.addStretch(1)
    top.addWidget(button)
    return top


def empty_state_pages(table: QTableView) -> tuple[QLabel, QStackedWidget]:
    """The table and, in its place when there are no rows, a centred message; returns (message, pages)."""
    empty = QLabel()
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    empty.setObjectName("emptyState")
    pages = QStackedWidget()
    pages.addWidget(table)
    pages.addWidget(empty)
    return empty, pages


def tab_empty_pages(owner: QWidget, table: QWidget) -> tuple[QLabel, QStackedWidget]:
    """A detail page tab's table and, in its place when there are no rows, a centred muted message."""
    empty = QLabel(owner)
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    empty.setStyleSheet(f"color: {MUTED_COLOR};")
    pages = QStackedWidget(owner)
    pages.addWidget(table)
    pages.addWidget(empty)
    return empty, pages


def open_kept(owner: QObject, dialog: DialogT, attribute: str = "dialog") -> DialogT:
    """Open ``dialog`` window-modal, deleted once closed; ``owner.<attribute>`` holds it while it is open (and is
    left alone if an answer to this one already opened the next)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: getattr(owner, attribute) is dialog and setattr(owner, attribute, None))
    setattr(owner, attribute, dialog)
    dialog.open()
    return dialog


def open_instead(owner: QObject, dialog: DialogT, attribute: str = "dialog") -> DialogT:
    """``open_kept``, closing first the dialog ``owner.<attribute>`` holds (one record open at a time)."""
    previous = getattr(owner, attribute)
    if previous is not None:
        previous.close()
    return open_kept(owner, dialog, attribute)


def search_debounce(parent: QObject, search: QLineEdit, apply: Callable[[], None], interval_ms: int) -> QTimer:
    """Typing restarts a short timer and only its end filters: a fast typist causes one query, not one per key."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(apply)
    search.textChanged.connect(timer.start)
    return timer


class ChosenRecords:
    """A box listing a customer's records one per table row (contracts, maintenance plans), with a dialog to edit.

    The class using it has ``rows``, ``table`` (a QTableWidget), ``message`` (its error line), ``reload()``
    and a ``changed`` signal.
    """

    def selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows) or not self.table.selectedItems():
            return None
        return self.rows[row]

    def count(self) -> int:
        return len(self.rows)

    def _saved(self, _record_id: str) -> None:
        """The dialog wrote the record: read the list again and say so."""
        self.message.hide()
        self.reload()
        self.changed.emit()
