"""The trash: deleted people, companies, history entries, tickets, interventions and articles, and a Restore
button."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import trash
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.sync.deleted_edits import edits_after_delete
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import error_text
from crm_desktop.ui.widgets import error_label, heading, read_only_rows

KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2


class TrashView(QWidget):
    """What was deleted, newest first; restoring puts a record back where it was."""

    def __init__(self, ctx: Context, bridge: ChangeBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = heading(self.tr("Trash"))
        hint = QLabel(self.tr("Deleted records stay here until you restore them."))
        hint.setEnabled(False)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.message = error_label()

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Name"), self.tr("Deleted on"), self.tr("Deleted by"),
             self.tr("Changed elsewhere meanwhile")]
        )
        read_only_rows(self.table, multiple=True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("The trash is empty."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        tables = ("people", "companies", "history", "tickets", "interventions", "kb_articles")
        self.changes = ChangeCoalescer(bridge, self.refresh, tables, parent=self, widget=self)
        self.refresh()

    def kind_label(self, kind: str) -> str:
        labels = {
            "person": self.tr("Person"),
            "company": self.tr("Company"),
            "history": self.tr("History entry"),
            "ticket": self.tr("Ticket"),
            "intervention": self.tr("Intervention"),
            "sale": self.tr("Sale"),
            "task": self.tr("Task"),
            "campaign": self.tr("Campaign"),
            "segment": self.tr("Segment"),
            "opportunity": self.tr("Opportunity"),
            "lead": self.tr("Lead"),
            "kb_article": self.tr("Knowledge base article"),
        }
        return labels.get(kind, kind)

    def refresh(self) -> None:
        """Re-read the trash from core."""
        entries = trash.items(self.ctx)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(entries))
        locale = QLocale()
        for row, entry in enumerate(entries):
            kind = QTableWidgetItem(self.kind_label(entry.kind))
            kind.setData(KIND_ROLE, entry.kind)
            kind.setData(ID_ROLE, entry.id)
            moment = QDateTime.fromString(entry.deleted_at, Qt.DateFormat.ISODateWithMs)
            when = locale.toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat) if moment.isValid() else ""
            cells = [kind, QTableWidgetItem(entry.label or ""), QTableWidgetItem(when),
                     QTableWidgetItem(entry.deleted_by or ""), self._edits_item(entry.kind, entry.id)]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self._selection_changed()

    def _edits_item(self, kind: str, record_id: str) -> QTableWidgetItem:
        """Fields another computer changed without having seen the deletion."""
        table = {"person": "people", "company": "companies", "intervention": "interventions"}.get(kind)
        edits = edits_after_delete(self.ctx.db, table, record_id) if table else []
        if not edits:
            return QTableWidgetItem("")
        from crm_desktop.ui.conflicts_view import ConflictTexts

        texts = ConflictTexts(self.ctx, self)
        fields = sorted({texts.field(table, record_id, edit.column) for edit in edits})
        machines = sorted({edit.site_code for edit in edits})
        item = QTableWidgetItem(self.tr("{fields} (on {machines})").format(
            fields=", ".join(fields), machines=", ".join(machines)))
        item.setToolTip("\n".join(f"{texts.field(table, record_id, e.column)}: {e.value}" for e in edits))
        texts.deleteLater()
        return item

    def selected(self) -> list[tuple[str, str]]:
        """(kind, id) of the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        out = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None:
                out.append((item.data(KIND_ROLE), item.data(ID_ROLE)))
        return out

    def restore_selected(self) -> None:
        """Restore every selected record; a refusal is shown above the list."""
        problems = []
        for kind, record_id in self.selected():
            try:
                trash.restore(self.ctx, kind, record_id)
            except CrmError as exc:
                problems.append(error_text(exc))
        self.message.setText("\n".join(problems))
        self.message.setVisible(bool(problems))
        self.refresh()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
