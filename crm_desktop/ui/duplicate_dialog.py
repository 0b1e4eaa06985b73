"""Warning that a new record probably exists already, with why core thinks so.

Offering "Open existing" first keeps the database clean: most of the time the
person typed in is the one already there, only spelled differently.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.duplicates import Duplicate
from crm_desktop.ui.i18n import core_tr


class DuplicateDialog(QDialog):
    """Lists the matches; the caller reads ``choice`` (and ``chosen``) when it finishes."""

    OPEN = "open"
    CREATE = "create"

    def __init__(self, matches: list[Duplicate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches = list(matches)
        self.choice: str | None = None
        self.chosen: Duplicate | None = None
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(440, 200)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This looks like a record that already exists:"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        for match in self.matches:
            item = QListWidgetItem(f"{match.label}  —  {core_tr(match.reason)}")
            item.setData(Qt.ItemDataRole.UserRole, match.id)
            item.setToolTip(core_tr(match.reason))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        self.list.setMaximumHeight(max(60, min(220, 24 * len(self.matches) + 12)))
        layout.addWidget(self.list)
        hint = QLabel(self.tr("Open the existing record to add to it, or create a new one anyway."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)

        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Open existing"), self)
        self.open_button.setDefault(True)
        self.create_button = QPushButton(self.tr("Create anyway"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self._open)
        self.create_button.clicked.connect(self._create)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _open(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.matches):
            self.choice = self.OPEN
            self.chosen = self.matches[row]
            self.accept()

    def _create(self) -> None:
        self.choice = self.CREATE
        self.accept()
