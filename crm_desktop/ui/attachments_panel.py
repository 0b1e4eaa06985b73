"""The files attached to a record (photos, plans, scans): list, add, open, remove.

Files are opened from a copy in the temporary folder, never from the content
store itself, so that an external editor can never change what the CRM holds.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import attachments, permissions
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.permissions import Perm
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.record_form import ERROR_COLOR, MUTED_COLOR

ID_ROLE = Qt.ItemDataRole.UserRole


def local_datetime_text(iso: str | None) -> str:
    """A stored UTC time in the user's time zone and locale."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def attach_each(paths: Iterable[str], attach: Callable[[str], object]) -> tuple[int, list[str]]:
    """Attach each file with ``attach`` (a core function); returns how many were added and why the others were not."""
    problems: list[str] = []
    added = 0
    for path in paths:
        try:
            attach(path)
            added += 1
        except ValidationError as exc:
            problems.extend(render(m) for m in exc.errors.values())
        except CrmError as exc:
            problems.append(error_text(exc))
    return added, problems


def open_folder() -> Path:
    """Where copies for viewing go (the system's temporary folder)."""
    return Path(tempfile.gettempdir()) / "crm-desktop-open"


class AttachmentsPanel(QWidget):
    """Files of one record; drop files on it or use Add."""

    changed = Signal(int)  # how many files are attached now

    def __init__(self, ctx: Context, owner_kind: str, owner_id: str | None, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owner_kind = owner_kind
        self.owner_id = owner_id
        self.read_only = read_only or not permissions.allowed(ctx.user.role, Perm.ATTACHMENT_WRITE)
        self.setAcceptDrops(not self.read_only)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Added")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.open_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.tree, 1)

        self.hint = QLabel(self)
        self.hint.setStyleSheet(f"color: {MUTED_COLOR};")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.message = QLabel(self)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.setVisible(not self.read_only)
        self.remove_button.setVisible(not self.read_only and permissions.allowed(ctx.user.role, Perm.ATTACHMENT_DELETE))
        self.reload()

    # ---- state

    def set_owner(self, owner_id: str | None) -> None:
        """The record was just saved: files can be attached from now on."""
        self.owner_id = owner_id
        self.reload()

    def reload(self) -> None:
        """Show the files core has for the owner now."""
        selected = set(self.selected_ids())
        self.tree.clear()
        rows: list[dict[str, Any]] = attachments.list_for(self.ctx, self.owner_id) if self.owner_id else []
        locale = QLocale()
        for row in rows:
            item = QTreeWidgetItem([
                row["file_name"],
                locale.formattedDataSize(int(row["size"] or 0)),
                local_datetime_text(row.get("created_at")),
            ])
            item.setData(0, ID_ROLE, row["id"])
            item.setToolTip(0, row.get("note") or row["file_name"])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            item.setSelected(row["id"] in selected)
        if self.owner_id is None:
            self.hint.setText(self.tr("Save the record first to attach files."))
        elif self.read_only:
            self.hint.setText("" if rows else self.tr("No files."))
        else:
            self.hint.setText(self.tr("Drop files here to attach them."))
        self.hint.setVisible(bool(self.hint.text()))
        self.setEnabled(self.owner_id is not None)
        self._update_buttons()
        self.changed.emit(len(rows))

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def selected_ids(self) -> list[str]:
        return [item.data(0, ID_ROLE) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        has = bool(self.tree.selectedItems())
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has and not self.read_only)
        self.add_button.setEnabled(self.owner_id is not None and not self.read_only)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ---- adding

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> int:
        """Attach each file; report the ones that failed. Returns how many were added."""
        if self.owner_id is None or self.read_only:
            return 0
        owner_id = self.owner_id
        added, problems = attach_each(paths, lambda path: attachments.add(self.ctx, self.owner_kind, owner_id, path))
        self.reload()
        self.show_error("\n".join(problems))
        return added

    def _local_files(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[str]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.owner_id and not self.read_only and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self.owner_id and not self.read_only and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        files = self._local_files(event)
        if files and self.owner_id and not self.read_only:
            event.acceptProposedAction()
            self.add_files(files)
        else:
            event.ignore()

    # ---- opening and removing

    def open_selected(self) -> None:
        self.show_error("")
        for attachment_id in self.selected_ids()[:10]:
            try:
                path = attachments.export_copy(self.ctx, attachment_id, open_folder() / attachment_id)
            except CrmError as exc:
                self.show_error(error_text(exc))
                return
            except OSError as exc:
                self.show_error(self.tr("Cannot copy the file: {reason}").format(reason=exc.strerror or exc))
                return
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.show_error(self.tr("No program on this computer opens {name}.").format(name=path.name))

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.read_only:
            return
        names = ", ".join(item.text(0) for item in self.tree.selectedItems())
        answer = QMessageBox.question(
            self, self.tr("Remove files"),
            self.tr("Remove {names}? The files go to the trash.").format(names=names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.show_error("")
        for attachment_id in ids:
            try:
                attachments.remove(self.ctx, attachment_id)
            except CrmError as exc:
                self.show_error(error_text(exc))
                break
        self.reload()
