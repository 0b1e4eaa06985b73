"""Duplicates and broken references found after syncing: merge or open to fix.

Two offline machines may both type in the same customer; once both records have
synced they show up here in groups, with the reason. Merging keeps the first
record of the group (the oldest) unless another is chosen, and moves history,
files and people to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import merging
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.widgets import error_label, heading

KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
GROUP_ROLE = int(Qt.ItemDataRole.UserRole) + 3


class DuplicatesView(QWidget):
    """Groups of probable duplicates, and references to missing or deleted records."""

    open_record = Signal(str, str)

    def __init__(self, ctx: Context, bridge: ChangeBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.groups: list[merging.DuplicateGroup] = []
        title = heading(self.tr("Duplicates"))
        hint = QLabel(self.tr(
            "Records that look like the same person or company, for instance typed on two computers "
            "before they synced. Select the record to keep, then merge: the others' history, files "
            "and people move to it and they go to the trash."
        ))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.merge_button = QPushButton(self.tr("Merge into selected"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        self.message = error_label()

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Why")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(self._activated)
        self.empty = QLabel(self.tr("No duplicates and no broken references."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.changes = ChangeCoalescer(bridge, self.refresh, ("people", "companies", "history"),
                                       parent=self, widget=self)
        self.refresh()

    def kind_label(self, kind: str) -> str:
        return {"person": self.tr("Person"), "company": self.tr("Company")}.get(kind, kind)

    def refresh(self) -> None:
        """Re-read duplicates and dangling references from core."""
        self.tree.clear()
        self.groups = merging.find_groups(self.ctx.db)
        for number, group in enumerate(self.groups):
            parent = QTreeWidgetItem([
                self.tr("{kind}: {count} records").format(kind=self.kind_label(group.kind), count=len(group.ids)),
                core_tr(group.reason),
            ])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row_id, label in zip(group.ids, group.labels, strict=True):
                child = QTreeWidgetItem([label or row_id, ""])
                child.setData(0, KIND_ROLE, group.kind)
                child.setData(0, ID_ROLE, row_id)
                child.setData(0, GROUP_ROLE, number)
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
            parent.setExpanded(True)
        broken = merging.dangling(self.ctx.db)
        if broken:
            parent = QTreeWidgetItem([self.tr("Broken references"), ""])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for ref in broken:
                state = self.tr("in the trash") if ref.target_state == "deleted" else self.tr("missing")
                kind = "person" if ref.table == "people" else "history"
                what = self.tr("Person") if ref.table == "people" else self.tr("History entry")
                child = QTreeWidgetItem([
                    self.tr("{what}: {label}").format(what=what, label=ref.label or ref.row_id[:8]),
                    self.tr("refers to a record that is {state}").format(state=state),
                ])
                child.setData(0, KIND_ROLE, kind)
                child.setData(0, ID_ROLE, ref.row_id)
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
            parent.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        found = bool(self.groups or broken)
        self.tree.setVisible(found)
        self.empty.setVisible(not found)
        self._selection_changed()

    def _selected(self) -> QTreeWidgetItem | None:
        items = self.tree.selectedItems()
        return items[0] if items else None

    def _selection_changed(self) -> None:
        item = self._selected()
        self.merge_button.setEnabled(item is not None and item.data(0, GROUP_ROLE) is not None)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, record_id = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        if kind and record_id:
            self.open_record.emit(kind, record_id)

    def merge_selected(self, confirm: bool = True) -> bool:
        """Merge the other records of the selected record's group into it."""
        item = self._selected()
        if item is None or item.data(0, GROUP_ROLE) is None:
            return False
        group = self.groups[int(item.data(0, GROUP_ROLE))]
        keep = str(item.data(0, ID_ROLE))
        others = [row_id for row_id in group.ids if row_id != keep]
        if confirm and QMessageBox.question(
            self, self.tr("Merge records"),
            self.tr("Merge {count} other record(s) into “{name}”? They go to the trash.").format(
                count=len(others), name=item.text(0)),
        ) != QMessageBox.StandardButton.Yes:
            return False
        merge = merging.merge_people if group.kind == "person" else merging.merge_companies
        try:
            for other in others:
                merge(self.ctx, keep, other)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.message.hide()
        self.refresh()
        return True
