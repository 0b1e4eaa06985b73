"""A person's data rights from their card: consent history, export everything, erase.

Erasing cannot be undone, so the dialog says what goes and what stays and asks to type the
person's name before its button works. Exporting writes the files off the GUI thread (on a
reading connection of its own) and records the export once they exist.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import consent_ledger, gdpr, people, support_report
from crm_desktop.core.choices import CONSENT_CHANNELS, CONSENT_STATES
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.core.settings import data_dir
from crm_desktop.core.support_settings import load_support
from crm_desktop.interchange.gdpr_export import write_files
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.record_form import message_line, save_buttons
from crm_desktop.ui.rows_model import Index, RowsModel
from crm_desktop.ui.support_format import stored_moment
from crm_desktop.ui.widgets import read_only_rows
from crm_desktop.ui.workers import Progress, Task, run_and_wait


def _person_name(ctx: Context, person_id: str) -> str:
    return people.display_name(people.get(ctx, person_id, include_deleted=True))


# ---- consent history ---------------------------------------------------------------------------


class ConsentHistoryModel(RowsModel):
    """The ledger of one person, oldest first: when, channel, given or withdrawn, how, proof, by whom."""

    WHEN, CHANNEL, STATUS, METHOD, PROOF, USER = range(6)

    def __init__(self, zone: QTimeZone, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.headers = [self.tr("When"), self.tr("Channel"), self.tr("Status"), self.tr("How"), self.tr("Proof"),
                        self.tr("Recorded by")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def when(self, iso: str) -> str:
        """In the shop's time: a consent of an earlier day was logged at its midnight, shown as the day alone."""
        moment = stored_moment(iso)
        if moment is None:
            return iso or ""
        moment = moment.toTimeZone(self.zone)
        locale = QLocale()
        day = locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
        if moment.time() == QTime(0, 0):
            return day
        return f"{day} {locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.WHEN:
            return self.when(row["at"])
        if column == self.CHANNEL:
            return core_tr(CONSENT_CHANNELS.get(row["channel"], row["channel"]))
        if column == self.STATUS:
            return core_tr(CONSENT_STATES.get(row["status"], row["status"]))
        if column == self.METHOD:
            return core_tr(consent_ledger.METHODS.get(row["method"] or "", row["method"] or ""))
        if column == self.PROOF:
            return row["proof"] or ""
        return row["user_name"] or ""


class ConsentHistoryDialog(QDialog):
    """Every consent the person gave or withdrew, with how and the proof (the summary on the card is the latest)."""

    def __init__(self, ctx: Context, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent history of {name}").format(name=_person_name(ctx, person_id)))
        layout = QVBoxLayout(self)
        self.model = ConsentHistoryModel(QTimeZone(load_support(ctx.db).timezone.encode()), self)
        self.model.set_rows(consent_ledger.history(ctx.db, person_id))
        self.table = QTableView(self)
        read_only_rows(self.table)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((ConsentHistoryModel.WHEN, 130), (ConsentHistoryModel.CHANNEL, 80),
                              (ConsentHistoryModel.STATUS, 90), (ConsentHistoryModel.METHOD, 110),
                              (ConsentHistoryModel.PROOF, 220)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(self.tr("No consent was ever recorded for this person."), self)
        self.empty.setVisible(self.model.rowCount() == 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 360)


# ---- export ------------------------------------------------------------------------------------


class ExportDialog(QDialog):
    """Choose a folder; write the person's data there as JSON and PDF; say where the files are."""

    #: Both files are written: (json path, pdf path).
    exported = Signal(str, str)

    def __init__(self, ctx: Context, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        name = _person_name(ctx, person_id)
        self.setWindowTitle(self.tr("Export the data of {name}").format(name=name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Everything held about {name} is written to the folder as a JSON file (complete, for "
                               "another system) and a PDF to read. The export is recorded in the audit trail.")
                       .format(name=name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(data_dir() / "exports"), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row.addWidget(QLabel(self.tr("Folder"), self))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        layout.addWidget(self.result)
        self.message = message_line(self)
        layout.addWidget(self.message)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.clicked.connect(self.export)
        buttons, self.cancel_button = save_buttons(self, self.export_button)
        layout.addWidget(buttons)
        self.resize(560, 200)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def export(self) -> bool:
        """Write the files in a worker, then record the export; True when done."""
        folder = self.folder.text().strip()
        if not folder:
            self._show(self.tr("Choose the folder to write the files to."))
            return False
        ctx = self.ctx

        def job(_progress: Progress) -> tuple[Path, Path]:
            with support_report.reader(ctx.db) as db:
                return write_files(Context(db=db, user=ctx.user, clock=ctx.clock), self.person_id, Path(folder))

        task = Task(job, self.tr("Exporting personal data"), self.tr("Writing the files…"), self)
        try:
            run_and_wait(task)
            error = task.error
            files = task.result
        finally:
            task.deleteLater()
        try:
            if isinstance(error, CrmError):
                raise error
            if isinstance(error, OSError):
                self._show(self.tr("The files could not be written: {reason}").format(reason=error.strerror or error))
                return False
            if error is not None:
                raise error
            if files is None:
                return False
            json_path, pdf_path = files
            gdpr.record_export(ctx, self.person_id, [json_path.name, pdf_path.name])
        except CrmError as exc:
            self._show(error_text(exc))
            return False
        self.message.hide()
        self.result.setText(self.tr("Written:\n{json}\n{pdf}").format(json=str(json_path), pdf=str(pdf_path)))
        self.result.show()
        self.export_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self.exported.emit(str(json_path), str(pdf_path))
        return True

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


# ---- erase -------------------------------------------------------------------------------------


class EraseDialog(QDialog):
    """Erase a person for good: what goes, what stays, a reason, and the name typed to confirm."""

    #: The person was erased (their id).
    erased = Signal(str)

    def __init__(self, ctx: Context, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.name = _person_name(ctx, person_id)
        self.setWindowTitle(self.tr("Erase {name}").format(name=self.name))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "<b>This cannot be undone.</b> The name of {name} becomes \"Erased person\" everywhere; their e-mail "
            "addresses, phones, address, birthday, notes and custom fields are cleared, the texts of their history, "
            "ticket messages and campaign replies are replaced and their files are deleted, on every machine after "
            "the next sync.<br><br>Sales, costs and counts stay, so the figures do not change.").format(name=self.name),
            self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        form = QFormLayout()
        self.reason = QLineEdit(self)
        hint = self.tr("e.g. asked by e-mail on 2 March")
        self.reason.setPlaceholderText(hint)
        self.reason_error = message_line(self)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.reason_error)
        self.confirm = QLineEdit(self)
        self.confirm.textChanged.connect(self._typed)
        form.addRow(self.tr("Type \"{name}\" to confirm").format(name=self.name), self.confirm)
        layout.addLayout(form)
        self.message = message_line(self)
        layout.addWidget(self.message)
        self.erase_button = QPushButton(self.tr("Erase for good"), self)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        buttons, _cancel = save_buttons(self, self.erase_button)
        self.erase_button.setDefault(False)  # Enter never erases
        layout.addWidget(buttons)
        self.resize(560, 250)

    def _typed(self, text: str) -> None:
        self.erase_button.setEnabled(self.confirmed(text))

    def confirmed(self, text: str) -> bool:
        """The typed name matches (spaces and case do not matter)."""
        return " ".join(text.split()).casefold() == " ".join(self.name.split()).casefold() and bool(self.name)

    def erase(self) -> bool:
        if not self.confirmed(self.confirm.text()):
            return False
        self.reason_error.hide()
        self.message.hide()
        try:
            gdpr.erase_person(self.ctx, self.person_id, self.reason.text())
        except ValidationError as exc:
            if "reason" in exc.errors:
                self.reason_error.setText(render(exc.errors["reason"]))
                self.reason_error.show()
            rest = [render(m) for key, m in exc.errors.items() if key != "reason"]
            if rest:
                self.message.setText("\n".join(rest))
                self.message.show()
            return False
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.erased.emit(self.person_id)
        self.accept()
        return True


# ---- the card's button -------------------------------------------------------------------------


class PersonalDataButton(QPushButton):
    """"Personal data…" on a person's card: consent history for everyone, export and erase for managers."""

    #: The person was erased from this button's dialog.
    erased = Signal(str)

    def __init__(self, ctx: Context, person_id: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._person_id = person_id
        self.dialog: QDialog | None = None
        self.setText(self.tr("Personal data"))
        self.setAutoDefault(False)
        self.setToolTip(self.tr("Consent history, export everything held about the person, erase them"))
        menu = QMenu(self)
        self.history_action = menu.addAction(self.tr("Consent history…"), self.show_history)
        self.export_action = menu.addAction(self.tr("Export everything…"), self.show_export)
        menu.addSeparator()
        self.erase_action = menu.addAction(self.tr("Erase this person…"), self.show_erase)
        menu.aboutToShow.connect(self.refresh)
        self.setMenu(menu)
        self.refresh()

    def refresh(self) -> None:
        """Enable what the user may do for the person shown (none for a new, unsaved one)."""
        pid = self._person_id()
        may = allowed(self.ctx.user.role, Perm.PERSONAL_DATA)
        erased = bool(pid) and gdpr.is_erased(self.ctx.db, pid)
        self.history_action.setEnabled(bool(pid))
        self.export_action.setEnabled(bool(pid) and may)
        self.erase_action.setEnabled(bool(pid) and may and not erased)

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.open()
        return dialog

    def show_history(self) -> QDialog | None:
        pid = self._person_id()
        return self._open(ConsentHistoryDialog(self.ctx, pid, self.window())) if pid else None

    def show_export(self) -> QDialog | None:
        pid = self._person_id()
        return self._open(ExportDialog(self.ctx, pid, self.window())) if pid else None

    def show_erase(self) -> QDialog | None:
        pid = self._person_id()
        if not pid:
            return None
        dialog = EraseDialog(self.ctx, pid, self.window())
        dialog.erased.connect(self.erased.emit)
        dialog.erased.connect(lambda _pid: self.refresh())
        return self._open(dialog)

