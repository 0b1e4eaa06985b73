"""One campaign, as a detail page of the main window (``open_record("campaign", id)``).

Four tabs: Setup (the campaign's fields, its texts per channel and its costs — saved like any other
record), Members (the list built from the segment, who is reached and who is left out and why,
replies), Send (each chosen channel's way out: e-mails sent by a worker thread with progress and
Cancel, letters and labels as PDF to preview, save and print, the SMS file for a gateway, the call
lists shared among the staff) and Results (reach, replies, sales, return). The status moves with
the buttons under the header (start, finish, cancel, reopen). Letters, labels and the SMS file are
offered only to the roles ``permissions.REPORT_PERMS`` lets make them, and checked again
(``require_report``) before one is written: they run on a worker's connection, out of core's checks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import call_lists, campaign_email, campaign_sends, campaigns, records, support_report, users
from crm_desktop.core.campaign_choices import MOVES, OBJECTIVES, STATUSES
from crm_desktop.core.changes import Change
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, NotFound, ValidationError
from crm_desktop.core.permissions import REPORT_PERMS, Perm, Role, allowed, require_report
from crm_desktop.core.smtp_settings import load_smtp
from crm_desktop.interchange import sms_csv
from crm_desktop.reports.labels import LAYOUTS, write_labels
from crm_desktop.reports.letters import LettersReport, mark_sent, write_letters
from crm_desktop.ui.audit_view import RecordHistoryButton
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.call_list_dialog import CallListDialog
from crm_desktop.ui.campaign_email_job import EmailJob
from crm_desktop.ui.campaign_email_job import summary as email_summary
from crm_desktop.ui.campaign_members_panel import CampaignMembersPanel
from crm_desktop.ui.campaign_results_panel import CampaignResultsPanel
from crm_desktop.ui.campaign_setup import SetupFields, channel_label, channel_list
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.record_form import MUTED_COLOR, RecordDetailView, RecordForm
from crm_desktop.ui.report_dialog import forget_file, report_language, show_preview, temporary_pdf
from crm_desktop.ui.report_job import build_pdf
from crm_desktop.ui.support_format import LATE_COLOR, OK_COLOR, date_text, label_of
from crm_desktop.ui.widgets import error_label, open_kept
from crm_desktop.ui.workers import Progress, wait_for

TABS = ("setup", "members", "send", "results")
#: Status badge colours (background, text).
STATUS_COLORS: dict[str, tuple[str, str]] = {
    "draft": ("#e5e7eb", "#374151"),
    "running": ("#dbeafe", "#1e40af"),
    "done": ("#dcfce7", "#166534"),
    "cancelled": ("#fee2e2", "#991b1b"),
}
#: Tables whose changes alter what the Send tab counts.
SEND_TABLES = frozenset({"campaign_sends", "campaign_members", "campaigns", "settings"})


class CampaignCore:
    """campaigns.py as RecordDetailView sees it (create/update/get/delete and the table it announces)."""

    TABLE = campaigns.TABLE

    @staticmethod
    def get(ctx: Context, record_id: str, include_deleted: bool = False) -> dict[str, Any]:
        return records.fetch(ctx.db, campaigns.TABLE, record_id, include_deleted)

    @staticmethod
    def create(ctx: Context, values: Mapping[str, Any], allow_duplicate: bool = False) -> str:
        return campaigns.create(ctx, values)

    @staticmethod
    def update(ctx: Context, record_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        return campaigns.update(ctx, record_id, values)

    @staticmethod
    def delete(ctx: Context, record_id: str) -> None:
        campaigns.delete(ctx, record_id)


def status_label(key: Any) -> str:
    return label_of(STATUSES, key)


def objective_label(key: Any) -> str:
    return label_of(OBJECTIVES, key)


def counts_text(per: Mapping[str, int]) -> str:
    """"12 to send · 30 sent · 2 failed" for one channel's send counts (statuses with none are left out)."""
    locale = QLocale()
    order = ("pending", "sent", "failed", "bounced", "excluded")
    parts = [f"{core_tr(campaign_sends.STATUSES[s])}: {locale.toString(per[s])}" for s in order if per.get(s)]
    return " · ".join(parts) if parts else QCoreApplication.translate("SendPanel", "Nothing to send: build the list "
                                                                      "on the Members tab first.")


class ChannelBox(QGroupBox):
    """One channel's box on the Send tab: what is left to send, its actions and their outcome."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.box = QVBoxLayout(self)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet(f"color: {MUTED_COLOR};")
        self.box.addWidget(self.counts)
        self.actions = QHBoxLayout()
        self.box.addLayout(self.actions)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.box.addWidget(self.outcome)

    def button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        self.actions.addWidget(button)
        return button

    def say(self, text: str, error: bool = False, good: bool = False) -> None:
        color = LATE_COLOR if error else OK_COLOR if good else ""
        self.outcome.setStyleSheet(f"color: {color};" if color else "")
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))


class SendPanel(QWidget):
    """The Send tab: one box per chosen channel."""

    #: The e-mail run ended (the EmailRunReport, or None when it failed before sending).
    email_finished = Signal(object)
    #: The user wants the mail server settings.
    smtp_settings_requested = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: str | None = None
        self.channels: list[str] = []
        self.job: EmailJob | None = None
        self.email_report: campaign_email.EmailRunReport | None = None
        self.letters: LettersReport | None = None
        self.dialog: CallListDialog | None = None
        self.can_send = allowed(ctx.user.role, Perm.CAMPAIGN_SEND)
        self.can_write = allowed(ctx.user.role, Perm.CAMPAIGN_WRITE)
        #: The documents and files this role may make (letters, labels, sms_csv), as REPORT_PERMS says.
        self.may_make = {name: allowed(ctx.user.role, REPORT_PERMS[name]) for name in ("letters", "labels", "sms_csv")}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(12)
        self.intro = QLabel(inner)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.intro)
        self.boxes: dict[str, ChannelBox] = {}
        self._build_email(inner, layout)
        self._build_letters(inner, layout)
        self._build_sms(inner, layout)
        self._build_phone(inner, layout)
        layout.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll)

    # ---- e-mail

    def _build_email(self, parent: QWidget, layout: QVBoxLayout) -> None:
        box = ChannelBox(self.tr("E-mail"), parent)
        self.send_button = box.button(self.tr("Send now"), self.send_emails,
                                      self.tr("Send the e-mails still to send, one by one, through the mail server"))
        self.cancel_button = box.button(self.tr("Cancel"), self.cancel_emails,
                                        self.tr("Stop after the e-mail being sent; the rest stays to send"))
        self.retry_button = box.button(self.tr("Retry the failed"), self.retry_failed,
                                       self.tr("Put the e-mails that failed (not the bounced ones) back to send"))
        self.smtp_button = box.button(self.tr("Mail server settings…"), self.smtp_settings_requested.emit)
        box.actions.addStretch(1)
        self.progress = QProgressBar(box)
        self.progress.setObjectName("emailProgress")
        self.progress.hide()
        box.box.insertWidget(2, self.progress)
        self.cancel_button.hide()
        self.boxes["email"] = box
        layout.addWidget(box)

    def send_emails(self) -> EmailJob | None:
        """Send the pending e-mails in a worker thread (its own connection to the database file)."""
        if self.campaign_id is None or self.job is not None or not self.can_send:
            return None
        box = self.boxes["email"]
        box.say("")
        smtp = load_smtp(self.ctx.db)
        try:
            campaign_email.check_ready(campaigns.get(self.ctx.db, self.campaign_id), smtp)
        except CrmError as exc:
            box.say(error_text(exc), error=True)
            self.smtp_button.setVisible(True)
            return None
        job = EmailJob(self.ctx, self.campaign_id, parent=self, show_dialog=False, show_result=False, smtp=smtp)
        job.progressed.connect(self._email_progress)
        job.done.connect(self._email_done)
        job.failed.connect(self._email_failed)
        job.finished.connect(self._email_finished)
        self.job = job
        self._set_sending(True)
        if not job.start():
            return None
        return job

    def _set_sending(self, sending: bool) -> None:
        self.progress.setVisible(sending)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(sending)
        self.cancel_button.setEnabled(sending)
        self.send_button.setEnabled(not sending and self.can_send)
        self.retry_button.setEnabled(not sending and self.can_send)
        if sending:
            self.boxes["email"].say(self.tr("Sending…"))

    def _email_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.boxes["email"].say(self.tr("Sending… {done} of {total}").format(done=done, total=total))

    def cancel_emails(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.boxes["email"].say(self.tr("Stopping after the e-mail being sent…"))

    def _email_done(self, report: object) -> None:
        assert isinstance(report, campaign_email.EmailRunReport)
        self.email_report = report
        text = email_summary(report)
        stopped = report.stopped_reason is not None
        self.boxes["email"].say(text, error=stopped or bool(report.failed or report.bounced),
                                good=not stopped and not report.cancelled and report.sent > 0)
        if stopped:
            self.smtp_button.show()

    def _email_failed(self, text: str) -> None:
        self.email_report = None
        self.boxes["email"].say(text, error=True)

    def _email_finished(self) -> None:
        job, self.job = self.job, None
        self._set_sending(False)
        self.reload()
        self.email_finished.emit(self.email_report)
        if job is not None:
            job.deleteLater()

    def retry_failed(self) -> int:
        if self.campaign_id is None:
            return 0
        try:
            count = campaign_sends.retry_failed(self.ctx, self.campaign_id, "email")
        except CrmError as exc:
            self.boxes["email"].say(error_text(exc), error=True)
            return 0
        self.boxes["email"].say(self.tr("{n} e-mails are to send again.").format(n=count))
        self.reload()
        return count

    def running(self) -> bool:
        return self.job is not None

    def wait(self) -> None:
        """Cancel a run and wait for its worker (the page is closing)."""
        job = self.job
        if job is not None and job.task is not None:
            job.cancel()
            wait_for(job.task)

    # ---- letters and labels

    def _build_letters(self, parent: QWidget, layout: QVBoxLayout) -> None:
        box = ChannelBox(self.tr("Letters and address labels"), parent)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox(box)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(report_language(None))))
        self.layout_choice = QComboBox(box)
        self.layout_choice.setObjectName("labelLayout")
        for key, sheet in LAYOUTS.items():
            self.layout_choice.addItem(sheet.name, key)
        self.layout_choice.currentIndexChanged.connect(self._layout_changed)
        self.start_at = QSpinBox(box)
        self.start_at.setObjectName("labelStart")
        self.start_at.setToolTip(self.tr("On a sheet already used: the first label still there "
                                         "(1 = top left, counted row by row)"))
        form.addRow(self.tr("Letter language"), self.language)
        form.addRow(self.tr("Label sheet"), self.layout_choice)
        form.addRow(self.tr("Start at label"), self.start_at)
        letters, labels = self.may_make["letters"], self.may_make["labels"]
        form.setRowVisible(self.language, letters or labels)
        form.setRowVisible(self.layout_choice, labels)
        form.setRowVisible(self.start_at, labels)
        box.box.insertLayout(1, form)
        self.letters_button = box.button(self.tr("Letters…"), self.show_letters,
                                         self.tr("One personalised letter per person, to preview, save or print"))
        self.labels_button = box.button(self.tr("Labels…"), self.show_labels,
                                        self.tr("The address labels of the same people, in the same order"))
        self.mark_letters_button = box.button(self.tr("Mark the letters as posted"), self.mark_letters_sent)
        self.mark_letters_button.hide()
        self.letters_button.setVisible(letters)
        self.labels_button.setVisible(labels)
        box.actions.addStretch(1)
        self._layout_changed()
        self.boxes["letter"] = box
        layout.addWidget(box)

    def _layout_changed(self, _index: int = 0) -> None:
        sheet = LAYOUTS[str(self.layout_choice.currentData())]
        self.start_at.setRange(1, sheet.per_page)

    def _build_pdf(self, stem: str, title: str, write: Callable[[Path, Progress], object]) -> tuple[Path, object]:
        """Write a PDF in a worker thread with progress and Cancel; raises what stopped it (cancel: None path)."""
        out = temporary_pdf(stem)
        made: list[object] = []

        def job(progress: Progress) -> Path:
            made.append(write(out, progress))
            return out

        if not build_pdf(job, out, self, title, self.tr("Creating the document…")) or not made:
            forget_file(out)
            raise _Cancelled()
        return out, made[0]

    def _pdf_preview(self, box: ChannelBox, kind: str, title: str, write: Callable[[Path, Progress], object],
                     preview_title: str, stem: str) -> object | None:
        """Build a PDF of the campaign, then open its preview named after the campaign; None when cancelled or
        refused (the reason said in ``box``), else what ``write`` returned."""
        assert self.campaign_id is not None
        try:
            out, made = self._build_pdf(kind, title, write)
        except _Cancelled:
            return None
        except CrmError as exc:
            box.say(self._refusal(exc), error=True)
            return None
        name = campaigns.get(self.ctx.db, self.campaign_id)["name"]
        show_preview(out, self, preview_title.format(name=name), f"{stem}-{name}.pdf")
        return made

    def _may(self, box: ChannelBox, name: str) -> bool:
        """Check again in core that this role may make ``name``; if not, say why in ``box``."""
        try:
            require_report(self.ctx.user, name)
        except CrmError as exc:
            box.say(error_text(exc), error=True)
            return False
        return True

    def show_letters(self) -> LettersReport | None:
        if self.campaign_id is None:
            return None
        box = self.boxes["letter"]
        box.say("")
        if not self._may(box, "letters"):
            return None
        campaign_id, lang, ctx = self.campaign_id, str(self.language.currentData()), self.ctx

        def write(out: Path, progress: Progress) -> LettersReport:
            with support_report.reader(ctx.db) as db:
                return write_letters(db, campaign_id, out, lang, progress, clock=ctx.clock, sender=ctx.user.name)

        made = self._pdf_preview(box, "letters", self.tr("Letters"), write, self.tr("Letters: {name}"),
                                 self.tr("letters"))
        if made is None:
            return None
        assert isinstance(made, LettersReport)
        self.letters = made
        text = self.tr("{n} letters written.").format(n=QLocale().toString(made.written))
        if made.skipped:
            text += " " + self.tr("Left out, without a postal address: {names}").format(
                names=", ".join(name for name, _reason in made.skipped[:10]) + ("…" if len(made.skipped) > 10 else ""))
        text += " " + self.tr("Once they are printed and posted, mark them so: the next batch holds only the rest.")
        box.say(text)
        self.mark_letters_button.setVisible(self.can_send and bool(made.sends))
        return made

    def mark_letters_sent(self) -> int:
        if self.letters is None:
            return 0
        try:
            count = mark_sent(self.ctx, self.letters)
        except CrmError as exc:
            self.boxes["letter"].say(error_text(exc), error=True)
            return 0
        self.letters = None
        self.mark_letters_button.hide()
        self.boxes["letter"].say(self.tr("{n} letters marked as posted.").format(n=QLocale().toString(count)),
                                 good=True)
        self.reload()
        return count

    def show_labels(self) -> int | None:
        if self.campaign_id is None:
            return None
        box = self.boxes["letter"]
        box.say("")
        if not self._may(box, "labels"):
            return None
        campaign_id, ctx = self.campaign_id, self.ctx
        layout, start = str(self.layout_choice.currentData()), self.start_at.value()
        lang = str(self.language.currentData())

        def write(out: Path, _progress: Progress) -> int:
            with support_report.reader(ctx.db) as db:
                return write_labels(db, campaign_id, out, layout, "letter", start, lang=lang)

        count = self._pdf_preview(box, "labels", self.tr("Address labels"), write, self.tr("Labels: {name}"),
                                  self.tr("labels"))
        if count is None:
            return None
        box.say(self.tr("{n} labels on {layout} sheets.").format(n=count, layout=self.layout_choice.currentText()))
        return int(count)  # type: ignore[call-overload]

    @staticmethod
    def _refusal(exc: CrmError) -> str:
        if isinstance(exc, ValidationError):
            return "\n".join(render(message) for message in exc.errors.values())
        return error_text(exc)

    # ---- SMS

    def _build_sms(self, parent: QWidget, layout: QVBoxLayout) -> None:
        box = ChannelBox(self.tr("SMS"), parent)
        self.sms_button = box.button(self.tr("Export for the SMS gateway…"), self.export_sms,
                                     self.tr("A CSV file of numbers and personalised texts; "
                                             "the exported messages count as sent"))
        self.sms_button.setVisible(self.may_make["sms_csv"])
        box.actions.addStretch(1)
        self.boxes["sms"] = box
        layout.addWidget(box)

    def choose_sms_file(self) -> str:
        """Ask where to write the SMS file (tests replace this)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the SMS"), str(Path(folder) / "sms.csv"),
                                                      self.tr("CSV files (*.csv)"))
        return chosen

    def export_sms(self) -> int | None:
        if self.campaign_id is None:
            return None
        box = self.boxes["sms"]
        if not self._may(box, "sms_csv"):
            return None
        path = self.choose_sms_file()
        if not path:
            return None
        try:
            count = sms_csv.export(self.ctx, self.campaign_id, path)
        except CrmError as exc:
            box.say(self._refusal(exc), error=True)
            return None
        except OSError as exc:
            box.say(self.tr("The file could not be written: {reason}").format(reason=exc.strerror or str(exc)),
                    error=True)
            return None
        text = (self.tr("1 message written to {path}.") if count == 1
                else self.tr("{n} messages written to {path}.")).format(n=count, path=path)
        box.say(text, good=True)
        self.reload()
        return count

    # ---- phone

    def _build_phone(self, parent: QWidget, layout: QVBoxLayout) -> None:
        box = ChannelBox(self.tr("Phone calls"), parent)
        self.callers = QListWidget(box)
        self.callers.setObjectName("callers")
        self.callers.setMaximumHeight(110)
        box.box.insertWidget(1, QLabel(self.tr("Who calls:"), box))
        box.box.insertWidget(2, self.callers)
        self.split_button = box.button(self.tr("Share the calls"), self.split_calls,
                                       self.tr("Deal the people still to call evenly among the ticked staff"))
        self.my_calls_button = box.button(self.tr("My call list…"), self.open_my_calls)
        box.actions.addStretch(1)
        self.boxes["phone"] = box
        layout.addWidget(box)

    def _fill_callers(self) -> None:
        ticked = set(self.chosen_callers())
        self.callers.clear()
        for user in users.list_users(self.ctx.db):
            if str(user.role) == Role.TECHNICIAN:
                continue
            item = QListWidgetItem(user.name, self.callers)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if user.id in ticked else Qt.CheckState.Unchecked)

    def chosen_callers(self) -> list[str]:
        return [str(self.callers.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.callers.count())
                if self.callers.item(i).checkState() == Qt.CheckState.Checked]

    def split_calls(self) -> dict[str, int] | None:
        if self.campaign_id is None:
            return None
        box = self.boxes["phone"]
        try:
            shares = call_lists.split(self.ctx, self.campaign_id, self.chosen_callers())
        except CrmError as exc:
            box.say(self._refusal(exc), error=True)
            return None
        names = {str(self.callers.item(i).data(Qt.ItemDataRole.UserRole)): self.callers.item(i).text()
                 for i in range(self.callers.count())}
        if not any(shares.values()):
            box.say(self.tr("Nobody is left to call."))
        else:
            box.say(self.tr("Calls shared: {shares}").format(
                shares=", ".join(f"{names.get(user, user)} {n}" for user, n in shares.items())), good=True)
        return shares

    def open_my_calls(self) -> CallListDialog | None:
        if self.campaign_id is None:
            return None
        return open_kept(self, CallListDialog(self.ctx, self.campaign_id, self.ctx.user.id, self))

    # ---- showing

    def set_campaign(self, campaign_id: str | None) -> None:
        self.campaign_id = campaign_id
        self._fill_callers()
        self.reload()

    def reload(self) -> None:
        if self.campaign_id is None:
            self.channels = []
            self.intro.setText(self.tr("Save the campaign and build its list first."))
        else:
            try:
                campaign = campaigns.get(self.ctx.db, self.campaign_id)
            except NotFound:
                return
            self.channels = channel_list(campaign.get("channels"))
            self.intro.setText(self.tr("Only the people with consent and an address for a channel are sent to; "
                                       "each send is recorded with the consent it relied on."))
        counts = campaign_sends.counts(self.ctx.db, self.campaign_id) if self.campaign_id else {}
        for channel, box in self.boxes.items():
            shown = channel in self.channels
            box.setVisible(shown)
            box.counts.setText(counts_text(counts.get(channel, {})))
        has_email = counts.get("email", {}).get("pending", 0) > 0
        self.send_button.setEnabled(self.can_send and self.job is None and has_email)
        self.retry_button.setVisible(counts.get("email", {}).get("failed", 0) > 0)
        self.smtp_button.setVisible(self.smtp_button.isVisible() or not load_smtp(self.ctx.db).configured())
        letters = counts.get("letter", {}).get("pending", 0) > 0
        for button in (self.letters_button, self.labels_button):
            button.setEnabled(letters)
        self.sms_button.setEnabled(self.can_send and counts.get("sms", {}).get("pending", 0) > 0)
        self.split_button.setEnabled(self.can_write and counts.get("phone", {}).get("pending", 0) > 0)
        self.my_calls_button.setEnabled(bool(counts.get("phone")))


class _Cancelled(Exception):
    """The user cancelled a document while it was being made."""


class CampaignWindow(RecordDetailView):
    """A campaign: setup, members, send, results."""

    KIND = "campaign"
    CORE = CampaignCore  # type: ignore[assignment]
    WRITE_PERM = Perm.CAMPAIGN_WRITE
    DELETE_PERM = Perm.CAMPAIGN_WRITE

    def __init__(self, ctx: Context, campaign_id: str | None, parent: QWidget | None = None,
                 initial: Mapping[str, Any] | None = None) -> None:
        self._initial = dict(initial or {})
        self.settings_dialog: QWidget | None = None
        self.bridge = ChangeBridge(ctx.changes)
        super().__init__(ctx, campaign_id, parent)
        self.bridge.setParent(self)
        self.tabs.insertTab(0, self.scroll, self.tr("Setup"))
        self.tabs.setCurrentIndex(0)
        self.tabs.setDocumentMode(False)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(2, self._build_action_bar())
        self._update_actions()
        self._enable_tabs()
        if campaign_id is None:
            self.form.editor("name").setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- building

    def build_form(self, form: RecordForm) -> None:
        self.setup = SetupFields(self.ctx, form, self)

    def build_tabs(self, tabs: Any) -> None:
        self.members = CampaignMembersPanel(self.ctx, self.bridge, self)
        self.members.open_record.connect(self.open_record)
        self.members.built.connect(lambda _report: self._after_action())
        self.send_panel = SendPanel(self.ctx, self)
        self.send_panel.smtp_settings_requested.connect(self.open_smtp_settings)
        self.results = CampaignResultsPanel(self.ctx, self.bridge, self)
        tabs.addTab(self.members, self.tr("Members"))
        tabs.addTab(self.send_panel, self.tr("Send"))
        tabs.addTab(self.results, self.tr("Results"))

    def _build_action_bar(self) -> QWidget:
        bar = QWidget(self)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_buttons: dict[str, QPushButton] = {}
        texts = {"running": self.tr("Start"), "done": self.tr("Mark as done"),
                 "cancelled": self.tr("Cancel the campaign"), "draft": self.tr("Back to draft")}
        for status, text in texts.items():
            button = QPushButton(text, bar)
            button.setObjectName(f"status_{status}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_buttons[status] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.action_message = error_label(bar)
        layout.addWidget(self.action_message, 2)
        self.history_button = RecordHistoryButton(self.ctx, "campaigns", lambda: self.record_id, bar)
        layout.addWidget(self.history_button)
        return bar

    def default_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"objective": "acquisition", "channels": []}
        values.update(self._initial)
        return values

    def empty_title(self) -> str:
        return self.tr("New campaign")

    def update_header(self) -> None:
        row = self.row
        self.title_label.setText(str(row.get("name") or "") if row else "")
        status = str(row.get("status") or "") if row else ""
        if status:
            background, color = STATUS_COLORS.get(status, STATUS_COLORS["draft"])
            self.badge.setText(status_label(status))
            self.badge.setStyleSheet(f"QLabel {{ background: {background}; color: {color}; border-radius: 9px;"
                                     f" padding: 2px 10px; font-weight: 600; }}")
            self.badge.show()
        else:
            self.badge.hide()
        parts: list[str] = []
        if row:
            parts.append(escape(objective_label(row.get("objective"))))
            channels = channel_list(row.get("channels"))
            if channels:
                parts.append(escape(", ".join(channel_label(c) for c in channels)))
            start, end = date_text(row.get("starts_on")), date_text(row.get("ends_on"))
            if start or end:
                parts.append(escape(f"{start} – {end}" if end else start))
        self.subtitle_label.setText(" · ".join(parts))
        if hasattr(self, "status_buttons"):
            self._update_actions()

    def record_id_set(self) -> None:
        self.setup.set_campaign(self.row)
        self.members.set_campaign(self.record_id)
        self.send_panel.set_campaign(self.record_id)
        self.results.set_campaign(self.record_id)
        self._enable_tabs()

    def load(self) -> None:
        super().load()
        if self.record_id is None:
            self.setup.set_campaign({})
            self.members.set_campaign(None)
            self.send_panel.set_campaign(None)
            self.results.set_campaign(None)

    def _enable_tabs(self) -> None:
        saved = self.record_id is not None
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, saved)

    def _update_actions(self) -> None:
        status = str(self.row.get("status") or "") if self.row else ""
        moves = MOVES.get(status, frozenset()) if self.record_id else frozenset()
        for key, button in self.status_buttons.items():
            button.setVisible(key in moves and self.can_write)
        self.status_buttons["running"].setText(self.tr("Reopen") if status == "done" else self.tr("Start"))
        self.history_button.refresh()

    # ---- status and actions

    def set_status(self, status: str) -> bool:
        """Move the campaign to ``status`` (saving pending edits first)."""
        if self.record_id is None:
            return False
        if self.form.modified and not self.save():
            return False
        self.action_message.hide()
        try:
            campaigns.set_status(self.ctx, self.record_id, status)
        except ValidationError as exc:
            self.action_message.setText("\n".join(render(message) for message in exc.errors.values()))
            self.action_message.show()
            return False
        except CrmError as exc:
            self.action_message.setText(error_text(exc))
            self.action_message.show()
            return False
        self._after_action()
        return True

    def _after_action(self) -> None:
        if not self.form.modified:
            self.load()
        else:
            try:
                self.row = campaigns.get(self.ctx.db, str(self.record_id))
            except NotFound:
                return
            self.update_header()

    def handle_changes(self, changes: list[Change]) -> None:
        if any(change.table in SEND_TABLES for change in changes) and self.record_id:
            self.send_panel.reload()
        if any(change.table == "segments" for change in changes):
            self.setup.segment.reload()
        if any(change.table == "campaign_costs" for change in changes):
            self.setup.costs.reload()

    def open_smtp_settings(self) -> QWidget:
        """The settings on their E-mail page (window-modal); the Send tab reads them again once saved."""
        from crm_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.tabs.setCurrentWidget(dialog.smtp_page)
        dialog.saved.connect(self.send_panel.reload)
        return open_kept(self, dialog, "settings_dialog")

    def show_tab(self, key: str) -> None:
        if key in TABS:
            self.tabs.setCurrentIndex(TABS.index(key))

    def can_close(self) -> bool:
        if not super().can_close():
            return False
        self.send_panel.wait()
        return True
