"""The first start: a new empty database was made; offer sample data or a clean start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

SAMPLE = "sample"
EMPTY = "empty"


class FirstRunDialog(QDialog):
    """Welcome; "Load sample data" or "Start empty". Closing it means start empty."""

    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = EMPTY
        self.setWindowTitle(self.tr("Welcome to CRM Desktop"))
        title = QLabel(self.tr("Welcome to CRM Desktop"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "A new database was created: {name}.\n\n"
            "You can explore CRM Desktop with sample companies, people and history, "
            "or start with an empty database and add your own contacts."
        ).format(name=database_name))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sample_button = QPushButton(self.tr("Load sample data"))
        self.empty_button = QPushButton(self.tr("Start empty"))
        self.empty_button.setDefault(True)
        self.sample_button.clicked.connect(lambda: self._choose(SAMPLE))
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.empty_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
