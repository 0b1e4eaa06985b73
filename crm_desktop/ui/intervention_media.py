"""What the technician brings back besides words: photos and documents, and the customer's signature.

Both are stored by core as attachments (content-addressed, synced like any file); this
module shows them as a grid of thumbnails and as the signed image with who signed and when.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import attachments, interventions
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.ui.attachments_panel import attach_each, open_folder
from crm_desktop.ui.i18n import error_text, render
from crm_desktop.ui.intervention_format import TOUCH_HEIGHT, shop_zone, span_text
from crm_desktop.ui.record_form import MUTED_COLOR, LineField, error_label, message_line
from crm_desktop.ui.signature_pad import SignaturePad

THUMB = 112
ID_ROLE = Qt.ItemDataRole.UserRole
#: Suffixes shown as pictures (anything else is a document with its name).
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"})


def thumbnail(path: Path, size: int = THUMB) -> QPixmap | None:
    """A small picture of an image file, read at the small size (a 12 MP photo is not decoded whole)."""
    reader = QImageReader(str(path))
    if not reader.canRead():
        return None
    full = reader.size()
    if full.isValid() and (full.width() > size or full.height() > size):
        reader.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else None


class PhotosPanel(QWidget):
    """Photos as thumbnails and other documents by name; Add files…, double-click to open a copy."""

    changed = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.intervention_id: str | None = None
        self.read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.grid = QListWidget(self)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(THUMB, THUMB))
        self.grid.setGridSize(QSize(THUMB + 28, THUMB + 40))
        self.grid.setMovement(QListView.Movement.Static)
        # One strip that scrolls sideways: the report stays short however many photos are taken.
        self.grid.setFlow(QListView.Flow.LeftToRight)
        self.grid.setWrapping(False)
        self.grid.setWordWrap(True)
        self.grid.setUniformItemSizes(True)
        self.grid.setFixedHeight(THUMB + 40 + self.grid.horizontalScrollBar().sizeHint().height() + 8)
        self.grid.itemActivated.connect(self.open_item)
        layout.addWidget(self.grid)
        self.empty = QLabel(self.tr("No photos or documents yet."), self)
        self.empty.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.empty)
        self.message = message_line(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add photos or files…"), self)
        self.add_button.setMinimumHeight(TOUCH_HEIGHT)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.reload()

    def set_intervention(self, intervention_id: str | None, read_only: bool = False) -> None:
        self.intervention_id = intervention_id
        self.read_only = read_only
        self.reload()

    def reload(self) -> None:
        self.grid.clear()
        rows: list[dict[str, Any]] = (interventions.photos(self.ctx, self.intervention_id)
                                      if self.intervention_id else [])
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for row in sorted(rows, key=lambda r: (r["created_at"], r["file_name"])):  # in the order they were added
            item = QListWidgetItem(row["file_name"])
            item.setData(ID_ROLE, row["id"])
            item.setToolTip(row["file_name"])
            icon = file_icon
            try:
                path = attachments.file_path(self.ctx, row["id"])
            except CrmError as exc:
                item.setToolTip(error_text(exc))
            else:
                if Path(row["file_name"]).suffix.lower() in IMAGE_SUFFIXES or str(row.get("mime") or "").startswith(
                        "image/"):
                    pixmap = thumbnail(path)
                    if pixmap is not None:
                        icon = QIcon(pixmap)
            item.setIcon(icon)
            self.grid.addItem(item)
        self.grid.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.add_button.setVisible(not self.read_only)
        self.add_button.setEnabled(self.intervention_id is not None)
        self.changed.emit(len(rows))

    def count(self) -> int:
        return self.grid.count()

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos or files"), "",
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.pdf *.txt *.doc *.docx "
                    "*.xls *.xlsx);;All files (*)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> int:
        """Attach each file to the job through core; the files that could not be added are said why."""
        if self.intervention_id is None or self.read_only:
            return 0
        intervention_id = self.intervention_id
        added, problems = attach_each(paths, lambda path: interventions.add_photo(self.ctx, intervention_id, path))
        self.reload()
        self.message.setText("\n".join(problems))
        self.message.setVisible(bool(problems))
        return added

    def open_item(self, item: QListWidgetItem) -> None:
        """Open a copy with the system's viewer (never the stored file: an editor could change it)."""
        try:
            copy = attachments.export_copy(self.ctx, item.data(ID_ROLE), open_folder())
        except (CrmError, OSError) as exc:
            self.message.setText(error_text(exc) if isinstance(exc, CrmError) else str(exc))
            self.message.show()
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))


class SignatureBox(QWidget):
    """The pad, the signer's name and Sign; once signed, the stored image with who signed and when."""

    signed = Signal()

    PAD, SIGNED = range(2)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: dict[str, Any] = {}
        self.read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)

        pad_page = QWidget(self.pages)
        pad_layout = QVBoxLayout(pad_page)
        pad_layout.setContentsMargins(0, 0, 0, 0)
        pad_layout.setSpacing(4)
        self.pad = SignaturePad(pad_page)
        self.pad.changed.connect(lambda: self.pad_error.hide())
        pad_layout.addWidget(self.pad, 1)
        self.pad_error = error_label(pad_page)
        pad_layout.addWidget(self.pad_error)
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("Signed by"), pad_page)
        self.name = LineField(120, self.tr("Name of the person who signs"), pad_page)
        self.name.setMinimumHeight(TOUCH_HEIGHT - 4)
        self.name.textEdited.connect(lambda _t: self.name_error.hide())
        name_label.setBuddy(self.name)
        self.sign_button = QPushButton(self.tr("Sign"), pad_page)
        self.sign_button.setMinimumSize(120, TOUCH_HEIGHT)
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.sign)
        self.cancel_button = QPushButton(self.tr("Keep the signature"), pad_page)
        self.cancel_button.setMinimumHeight(TOUCH_HEIGHT)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(lambda: self.pages.setCurrentIndex(self.SIGNED))
        name_row.addWidget(name_label)
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.sign_button)
        name_row.addWidget(self.cancel_button)
        pad_layout.addLayout(name_row)
        self.name_error = error_label(pad_page)
        pad_layout.addWidget(self.name_error)
        self.pages.addWidget(pad_page)

        signed_page = QWidget(self.pages)
        signed_layout = QVBoxLayout(signed_page)
        signed_layout.setContentsMargins(0, 0, 0, 0)
        self.image = QLabel(signed_page)
        self.image.setObjectName("signatureImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumHeight(150)
        self.image.setStyleSheet("QLabel#signatureImage { background: white; border: 1px solid #d1d5db; }")
        signed_layout.addWidget(self.image, 1)
        info_row = QHBoxLayout()
        self.signed_label = QLabel(signed_page)
        self.signed_label.setWordWrap(True)
        self.again_button = QPushButton(self.tr("Sign again"), signed_page)
        self.again_button.setMinimumHeight(TOUCH_HEIGHT)
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(self.sign_again)
        info_row.addWidget(self.signed_label, 1)
        info_row.addWidget(self.again_button)
        signed_layout.addLayout(info_row)
        self.pages.addWidget(signed_page)

        self.message = message_line(self)
        layout.addWidget(self.message)

    def show_intervention(self, row: dict[str, Any], read_only: bool = False) -> None:
        """Show the signature as core has it (the pad when unsigned)."""
        changed = row.get("id") != self.row.get("id") or row.get("signature_id") != self.row.get("signature_id")
        self.row = dict(row)
        self.read_only = read_only
        self.sign_button.setEnabled(not read_only)
        self.pad.set_read_only(read_only)
        self.name.setReadOnly(read_only)
        self.again_button.setVisible(not read_only)
        if not row.get("signature_id"):
            if changed:
                self.name.set_value(row.get("site_contact") or "")
            self.pages.setCurrentIndex(self.PAD)
            self.cancel_button.hide()
            return
        png = interventions.signature_png(self.ctx, row)
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.image.setPixmap(pixmap.scaled(QSize(460, 150), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("The image of the signature has not reached this computer yet."))
        when = span_text(row.get("signed_at"), None, shop_zone(self.ctx))
        self.signed_label.setText(self.tr("Signed by {name} on {when}").format(name=row.get("signed_by") or "",
                                                                            when=when))
        if changed:
            self.pages.setCurrentIndex(self.SIGNED)

    def is_signed(self) -> bool:
        return bool(self.row.get("signature_id"))

    def sign_again(self) -> None:
        self.pad.clear()
        self.name.set_value(self.row.get("signed_by") or "")
        self.cancel_button.show()
        self.pages.setCurrentIndex(self.PAD)

    def sign(self) -> bool:
        """Store what was drawn with the name typed; an empty pad or no name gets core's message beside it."""
        self.pad_error.hide()
        self.name_error.hide()
        self.message.hide()
        if not self.row.get("id") or self.read_only:
            return False
        try:
            interventions.sign(self.ctx, self.row["id"], self.pad.png_bytes(), self.name.text())
        except ValidationError as exc:
            errors = dict(exc.errors)
            for key, label in (("signature", self.pad_error), ("signed_by", self.name_error)):
                message = errors.pop(key, None)
                if message is not None:
                    label.setText(render(message))
                    label.show()
            if errors:
                self.message.setText("\n".join(render(m) for m in errors.values()))
                self.message.show()
            return False
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.pad.clear()
        self.row = interventions.get(self.ctx.db, self.row["id"])
        self.show_intervention(self.row, self.read_only)
        self.pages.setCurrentIndex(self.SIGNED)
        self.signed.emit()
        return True
