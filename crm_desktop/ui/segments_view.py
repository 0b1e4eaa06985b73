"""The Segments area: saved filters on the left with how many people each takes, the one being edited
in the middle (name, notes, criteria, live count), and its first members on the right.

Counts of the saved segments are filled in one per turn of the event loop, so that a long list
never freezes the window; they are read again when people, sales or contracts change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import segments
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.record_cells_model import RecordCellsModel
from crm_desktop.ui.record_form import MUTED_COLOR, Banner, LineField, TextField, message_line
from crm_desktop.ui.segment_editor import SegmentEditor
from crm_desktop.ui.widgets import heading, read_only_rows

ModelIndex = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 50
#: Tables whose changes can move people in or out of a segment.
MEMBER_TABLES = ("people", "companies", "sales", "sale_lines", "contracts", "support_levels", "users")


class PreviewModel(RecordCellsModel):
    """The first members: name, company, city, e-mail (the person's id under IdRole)."""

    COLUMNS = ("name", "company", "city", "email")

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Company"), self.tr("City"), self.tr("E-mail")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self._reset(rows, [tuple(str(row.get(column) or "") for column in self.COLUMNS) for row in rows])


class SegmentsView(QWidget):
    """Saved segments, the editor of one, and a preview of its members.

    ``openRecord(kind, id)`` asks the window to open a person double-clicked in the preview.
    """

    openRecord = Signal(str, str)  # noqa: N815 - the name the main window connects to
    saved = Signal(str)

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, ctx: Context, parent: QWidget | None = None, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_id: str | None = None
        self._saved_state: tuple[str, str, dict[str, Any]] = ("", "", {})
        self.can_write = allowed(ctx.user.role, Perm.CAMPAIGN_WRITE)
        self._to_count: list[str] = []
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._count_next)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([240, 620, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.editor.filterChanged.connect(self._filter_changed)
        self.editor.countChanged.connect(lambda _n: self._describe())
        self.editor.invalid.connect(self._refresh_preview)
        if bridge is not None:
            self._list_changes = ChangeCoalescer(bridge, self.reload, ("segments",), parent=self, widget=self)
            self._member_changes = ChangeCoalescer(bridge, self._members_changed, MEMBER_TABLES, delay_ms=300,
                                                   parent=self, widget=self)
        self.reload()
        self.new_segment()

    # building ------------------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Segments")))
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New"), box)
        self.new_button.setToolTip(self.tr("Start a new segment from no criteria"))
        self.new_button.clicked.connect(lambda: self.may_leave() and self.new_segment())
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.list = QTreeWidget(box)
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("People")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self._selected)
        layout.addWidget(self.list, 1)
        self.list_empty = QLabel(self.tr("No saved segment yet. Tick criteria, give a name and save."), box)
        self.list_empty.setWordWrap(True)
        self.list_empty.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.list_empty)
        return box

    def _build_editor(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 0, 6, 0)
        self.banner = Banner(box)
        layout.addWidget(self.banner)
        names = QHBoxLayout()
        self.name_label = QLabel(self.tr("Name"), box)
        self.name = LineField(120, self.tr("What these people have in common"), box)
        self.name_label.setBuddy(self.name)
        names.addWidget(self.name_label)
        names.addWidget(self.name, 1)
        layout.addLayout(names)
        self.name_error = message_line(box)
        layout.addWidget(self.name_error)
        self.notes = TextField(48, box)
        self.notes.setMaximumHeight(64)
        hint = self.tr("Notes: what the segment is for")
        self.notes.setPlaceholderText(hint)
        layout.addWidget(self.notes)
        self.notes_error = message_line(box)
        layout.addWidget(self.notes_error)
        self.editor = SegmentEditor(self.ctx, box)
        layout.addWidget(self.editor, 1)
        self.message = message_line(box)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete"), box)
        self.delete_button.clicked.connect(self.delete_segment)
        self.save_button = QPushButton(self.tr("Save"), box)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        if not self.can_write:
            for button in (self.save_button, self.delete_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("Your role cannot change segments."))
        return box

    def _build_preview(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Members"), 1.2))
        self.description = QLabel(box)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.description)
        self.preview_note = QLabel(box)
        self.preview_note.setStyleSheet(f"color: {MUTED_COLOR};")
        self.preview_note.setWordWrap(True)
        layout.addWidget(self.preview_note)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView(box)
        self.preview.setModel(self.preview_model)
        read_only_rows(self.preview)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.doubleClicked.connect(self._open_person)
        layout.addWidget(self.preview, 1)
        return box

    # the list of saved segments -----------------------------------------------------------------

    def reload(self) -> None:
        """Read the saved segments again, keeping the selection; counts follow one by one."""
        rows = segments.all_segments(self.ctx.db)
        self.list.blockSignals(True)
        self.list.clear()
        current: QTreeWidgetItem | None = None
        for row in rows:
            item = QTreeWidgetItem([row["name"], "…"])
            item.setData(0, self.ID_ROLE, row["id"])
            item.setData(1, self.ID_ROLE, row["filter"])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.get("notes"):
                item.setToolTip(0, row["notes"])
            self.list.addTopLevelItem(item)
            if row["id"] == self.current_id:
                current = item
        self.list.setCurrentItem(current)
        self.list.blockSignals(False)
        self.list_empty.setVisible(not rows)
        self._to_count = [row["id"] for row in rows]
        self._count_timer.start()

    def _item(self, segment_id: str) -> QTreeWidgetItem | None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, self.ID_ROLE) == segment_id:
                return item
        return None

    def _count_next(self) -> None:
        """Count one saved segment, then let the window breathe before the next."""
        while self._to_count:
            item = self._item(self._to_count.pop(0))
            if item is None:
                continue
            try:
                count = segments.count(self.ctx.db, item.data(1, self.ID_ROLE), self.ctx.clock.now())
                item.setText(1, self.editor.people_text(count))
            except CrmError as exc:
                item.setText(1, "—")
                item.setToolTip(1, error_text(exc))
            break
        if self._to_count:
            self._count_timer.start()

    def counting(self) -> bool:
        """True while saved segments wait for their count."""
        return bool(self._to_count) or self._count_timer.isActive()

    def segment_names(self) -> list[str]:
        return [self.list.topLevelItem(i).text(0) for i in range(self.list.topLevelItemCount())]

    def segment_counts(self) -> list[str]:
        return [self.list.topLevelItem(i).text(1) for i in range(self.list.topLevelItemCount())]

    def _selected(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if current is None or current.data(0, self.ID_ROLE) == self.current_id:
            return
        target = current.data(0, self.ID_ROLE)
        if not self.modified() or not self.can_write:
            self.open_segment(target)
            return
        # Asking (and saving, which reads the list again) waits until the list has finished this change.
        self.list.blockSignals(True)
        self.list.setCurrentItem(previous)
        self.list.blockSignals(False)
        QTimer.singleShot(0, self, lambda: self._switch_to(target))

    def _switch_to(self, segment_id: str) -> None:
        if self.may_leave():
            self.open_segment(segment_id)

    def _select_current(self) -> None:
        """Highlight the segment shown (none for a new one) without reacting to it."""
        self.list.blockSignals(True)
        item = self._item(self.current_id) if self.current_id else None
        self.list.setCurrentItem(item)
        if item is None:
            self.list.clearSelection()
        self.list.blockSignals(False)

    def _state(self) -> tuple[str, str, dict[str, Any]]:
        return (self.name.value().strip(), self.notes.value().strip(), self.editor.filter())

    def modified(self) -> bool:
        """True when the name, the notes or the criteria differ from what was last loaded or saved."""
        return self._state() != self._saved_state

    def may_leave(self) -> bool:
        """Before showing another segment: save, drop or keep the changes made to this one (the user says)."""
        if not self.modified() or not self.can_write:
            return True
        answer = QMessageBox.question(
            self, self.tr("Segments"), self.tr("Save the changes made to this segment?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _members_changed(self) -> None:
        self.editor.refresh_choices()
        self.editor.schedule()
        self._to_count = [self.list.topLevelItem(i).data(0, self.ID_ROLE) for i in range(self.list.topLevelItemCount())]
        self._count_timer.start()
        self._refresh_preview()

    # one segment ---------------------------------------------------------------------------------

    def _clear_messages(self) -> None:
        for label in (self.name_error, self.notes_error, self.message):
            label.hide()
        self.editor.form.clear_errors()

    def new_segment(self) -> None:
        """An empty segment: no name, no criteria (everyone)."""
        self.current_id = None
        self._select_current()
        self.name.set_value("")
        self.notes.set_value("")
        self._clear_messages()
        self.editor.set_filter({})
        self._saved_state = self._state()
        self.delete_button.setEnabled(False)
        self._refresh_preview()

    def open_segment(self, segment_id: str) -> None:
        """Show a saved segment in the editor."""
        try:
            row = segments.get(self.ctx.db, segment_id)
        except CrmError as exc:
            self.banner.show_message(error_text(exc))
            self.reload()
            return
        self.current_id = segment_id
        self._select_current()
        self.banner.hide()
        self._clear_messages()
        self.name.set_value(row["name"])
        self.notes.set_value(row.get("notes") or "")
        self.editor.set_filter(row["filter"])
        self._saved_state = self._state()
        self.delete_button.setEnabled(self.can_write)
        self._refresh_preview()

    def values(self) -> dict[str, Any]:
        return {"name": self.name.value(), "notes": self.notes.value(), "filter": self.editor.filter()}

    def save(self) -> bool:
        """Create or update the segment shown; problems go under the name, the notes or the criteria."""
        self._clear_messages()
        self.banner.hide()
        values = self.values()
        try:
            if self.current_id is None:
                self.current_id = segments.create(self.ctx, values)
            else:
                segments.update(self.ctx, self.current_id, values)
        except ValidationError as exc:
            errors = dict(exc.errors)
            for key, label in (("name", self.name_error), ("notes", self.notes_error)):
                if key in errors:
                    label.setText(render(errors.pop(key)))
                    label.show()
            rest = self.editor.show_errors(errors)
            if rest:
                self.message.setText("\n".join(render(m) for m in rest.values()))
                self.message.show()
            if "name" in exc.errors:
                self.name.setFocus()
            return False
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self._saved_state = self._state()
        self.reload()
        self.delete_button.setEnabled(self.can_write)
        self.saved.emit(self.current_id)
        return True

    def delete_segment(self) -> None:
        """To the trash, with Undo in the banner."""
        if self.current_id is None:
            return
        segment_id, name = self.current_id, self.name.value()
        try:
            segments.delete(self.ctx, segment_id)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.new_segment()
        self.reload()
        self.banner.show_message(self.tr("Segment “{name}” was moved to the trash.").format(name=name), error=False,
                                 action_text=self.tr("Undo"), action=lambda: self._undo_delete(segment_id))

    def _undo_delete(self, segment_id: str) -> None:
        try:
            segments.restore(self.ctx, segment_id)
        except CrmError as exc:
            self.banner.show_message(error_text(exc))
            return
        self.current_id = segment_id
        self.reload()
        self.open_segment(segment_id)

    # description and preview ---------------------------------------------------------------------

    def _filter_changed(self, _flt: dict[str, Any]) -> None:
        self._refresh_preview()

    def _describe(self) -> None:
        try:
            lines = segments.describe_filter(self.editor.filter(), self.ctx.db)
        except ValidationError:
            self.description.setText("")
            return
        self.description.setText("\n".join(render(line) for line in lines))

    def _refresh_preview(self) -> None:
        """The first members by name of the filter as it stands (nothing while it is not valid)."""
        self._describe()
        try:
            rows = segments.preview(self.ctx.db, self.editor.filter(), self.ctx.clock.now(), PREVIEW_ROWS)
        except CrmError:
            rows = []
        self.preview_model.set_rows(rows)
        count = self.editor.last_count
        if count is None:
            self.preview_note.setText(self.tr("Correct the criteria to see who is in."))
        elif count > len(rows):
            self.preview_note.setText(self.tr("The first {shown} of {count} by name; double-click to open.").format(
                shown=len(rows), count=self.editor.people_text(count)))
        elif rows:
            self.preview_note.setText(self.tr("Double-click a person to open them."))
        else:
            self.preview_note.setText(self.tr("Nobody matches these criteria."))

    def _open_person(self, index: QModelIndex) -> None:
        person_id = self.preview_model.id_at(index.row())
        if person_id:
            self.openRecord.emit("person", person_id)
