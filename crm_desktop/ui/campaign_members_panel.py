"""The Members tab of a campaign: build the list from the segment, see who is reached and who is left out.

"Build the list" asks core to turn the segment into members and one send per channel (pending with
the consent relied on, or left out with the reason); the summary then says, per channel, how many
will be reached and why the others are not. The table pages through the members 200 at a time
(``canFetchMore``/``fetchMore`` over ``campaign_members.members``), filtered in SQL by name and by
what happened to them; a right click or the buttons record a reply or an unsubscribe.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import campaign_members, campaign_sends, campaigns
from crm_desktop.core.campaign_choices import CALL_OUTCOMES
from crm_desktop.core.campaign_sends import CHANNELS, STATUSES
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, NotFound
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.campaign_setup import channel_label, channel_list
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.list_view import RecordTable
from crm_desktop.ui.record_form import MUTED_COLOR, ChoiceField, choice_items, dialog_form, message_line
from crm_desktop.ui.response_dialog import ResponseDialog
from crm_desktop.ui.support_format import LATE_COLOR, OK_COLOR, label_of, moment_text
from crm_desktop.ui.widgets import empty_state_pages, error_label, open_kept, search_debounce

PAGE = 200
#: Start widths of the members table's columns, in average characters.
COLUMN_CHARS = {"name": 24, "company": 22, "send": 36, "reply": 32, "caller": 14, "call": 24}
ModelIndex = QModelIndex | QPersistentModelIndex
#: Text colour of a send per status in the table.
STATUS_COLORS = {"sent": OK_COLOR, "failed": LATE_COLOR, "bounced": LATE_COLOR, "excluded": MUTED_COLOR}
#: Tables whose changes alter the members, their sends or what the table shows of them.
MEMBER_TABLES = ("campaigns", "campaign_members", "campaign_sends", "people", "companies", "users")


def send_text(send: dict[str, Any] | None) -> str:
    """"Sent", or "Left out: No consent for this channel" (the reason of a send not made)."""
    if not send:
        return ""
    status = label_of(STATUSES, send.get("status"))
    reason = send.get("reason")
    if reason and send.get("status") in ("excluded", "failed", "bounced"):
        return f"{status}: {core_tr(reason)}"
    return status


class MembersModel(QAbstractTableModel):
    """A campaign's members, read from core a page at a time as the view scrolls."""

    ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: str | None = None
        self.channels: list[str] = []
        self.search = ""
        self.status: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.total = 0

    # ---- columns

    def columns(self) -> list[str]:
        return ["name", "company", *[f"send:{c}" for c in self.channels], "reply", "caller", "call"]

    def headers(self) -> list[str]:
        titles = {"name": self.tr("Name"), "company": self.tr("Company"), "reply": self.tr("Reply"),
                  "caller": self.tr("Caller"), "call": self.tr("Last call")}
        return [channel_label(key[5:]) if key.startswith("send:") else titles[key] for key in self.columns()]

    # ---- loading

    def set_campaign(self, campaign_id: str | None, channels: list[str]) -> None:
        """Show ``campaign_id`` (again: as many rows as were shown stay loaded)."""
        size = max(PAGE, len(self.rows)) if campaign_id == self.campaign_id else PAGE
        self.beginResetModel()
        self.campaign_id = campaign_id
        self.channels = [c for c in CHANNELS if c in channels]
        self._load(size)
        self.endResetModel()

    def set_filter(self, search: str, status: str | None) -> None:
        self.search, self.status = search, status
        self.refresh()

    def refresh(self) -> None:
        """Read again from the start, as many rows as were shown (the scroll position stays meaningful)."""
        self.beginResetModel()
        self._load(max(PAGE, len(self.rows)))
        self.endResetModel()

    def _load(self, size: int = PAGE) -> None:
        if self.campaign_id is None:
            self.rows, self.total = [], 0
            return
        self.total = campaign_members.member_count(self.ctx.db, self.campaign_id, self.search, self.status)
        self.rows = campaign_members.members(self.ctx.db, self.campaign_id, self.search, self.status,
                                             limit=size, offset=0)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        if parent.isValid() or self.campaign_id is None:
            return
        more = campaign_members.members(self.ctx.db, self.campaign_id, self.search, self.status,
                                        limit=PAGE, offset=len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    # ---- Qt model

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        columns = self.columns()
        if not 0 <= index.column() < len(columns):
            return None
        row = self.rows[index.row()]
        key = columns[index.column()]
        if role == self.ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, key, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and key.startswith("send:"):
            send = (row.get("sends") or {}).get(key[5:]) or {}
            color = STATUS_COLORS.get(str(send.get("status") or ""))
            return QBrush(QColor(color)) if color else None
        return None

    def _text(self, row: dict[str, Any], key: str, tip: bool) -> str:
        if key == "name":
            return str(row.get("person_name") or "")
        if key == "company":
            return str(row.get("company_name") or "")
        if key.startswith("send:"):
            send = (row.get("sends") or {}).get(key[5:])
            text = send_text(send)
            if tip and send and send.get("address"):
                text += f"\n{send['address']}"
            return text
        if key == "reply":
            reply = str(row.get("response") or "")
            if tip or not reply:
                return reply
            return reply.splitlines()[0][:80]
        if key == "caller":
            return str(row.get("caller_name") or "")
        if key == "call":
            outcome = label_of(CALL_OUTCOMES, row.get("call_outcome"))
            when = moment_text(row.get("called_at")) if row.get("called_at") else ""
            return f"{outcome} ({when})" if outcome and when else outcome
        return ""

    def row_at(self, number: int) -> dict[str, Any] | None:
        return self.rows[number] if 0 <= number < len(self.rows) else None


class UnsubscribeDialog(QDialog):
    """Which channel the person wants no more of; core withdraws the consent and logs it."""

    def __init__(self, ctx: Context, campaign_id: str, person_id: str, name: str, channels: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.person_id = person_id
        self.left_out = 0
        self.setWindowTitle(self.tr("Unsubscribe"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{name} no longer wants to be contacted this way. Their consent is withdrawn "
                               "today and noted in their history; nothing more is sent to them on this channel, "
                               "by this campaign or any other.").format(name=name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form, section = dialog_form(self)
        self.channel = self.form.add_field(section, "channel", self.tr("Channel"),
                                           ChoiceField(choice_items(CHANNELS), allow_empty=False))
        if channels:
            self.channel.set_value(channels[0])
        self.form.finish()
        layout.addWidget(self.form)
        self.message = message_line(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Unsubscribe"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.unsubscribe)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout.addWidget(buttons)

    def unsubscribe(self) -> bool:
        try:
            self.left_out = campaign_members.unsubscribe(self.ctx, self.person_id, str(self.channel.value()),
                                                         self.campaign_id)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.accept()
        return True


class CampaignMembersPanel(QWidget):
    """Build the list, then who is reached on which channel, who replied, who calls them."""

    #: Open a record made from a reply ("lead", "task", "opportunity") or the person.
    open_record = Signal(str, str)
    #: The list was built (the page moves the campaign to running and refreshes).
    built = Signal(object)

    def __init__(self, ctx: Context, bridge: ChangeBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: str | None = None
        self.channels: list[str] = []
        self.dialog: QDialog | None = None
        self.last_report: campaign_members.BuildReport | None = None
        self._sized_for: list[str] = []
        self.can_write = allowed(ctx.user.role, Perm.CAMPAIGN_WRITE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        top = QHBoxLayout()
        self.build_button = QPushButton(self.tr("Build the list"), self)
        self.build_button.setToolTip(self.tr("Take the people of the segment now, and check each one's consent "
                                             "and address on every channel (again: only newcomers are added)"))
        self.build_button.clicked.connect(self.build)
        self.summary = QLabel(self)
        self.summary.setObjectName("buildSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.summary, 1)
        top.addWidget(self.build_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.error = error_label(self)
        layout.addWidget(self.error)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        hint = self.tr("Find a member by name, company or e-mail")
        self.search.setPlaceholderText(hint)
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Everyone"), None)
        for key, label in campaign_members.MEMBER_FILTERS.items():
            self.status.addItem(core_tr(label), key)
        self.status.currentIndexChanged.connect(lambda _index: self._filter())
        search_debounce(self, self.search, self._filter, 150)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.respond_button = QPushButton(self.tr("Record a reply…"), self)
        self.respond_button.clicked.connect(lambda: self.record_response())
        self.unsubscribe_button = QPushButton(self.tr("Unsubscribe…"), self)
        self.unsubscribe_button.clicked.connect(lambda: self.unsubscribe())
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status)
        filters.addWidget(self.count_label, 1)
        filters.addWidget(self.respond_button)
        filters.addWidget(self.unsubscribe_button)
        layout.addLayout(filters)

        self.model = MembersModel(ctx, self)
        self.table = RecordTable(self)
        self.table.setObjectName("membersTable")
        self.table.setModel(self.model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(lambda index: self._open_person(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.empty, pages = empty_state_pages(self.table)
        self.pages = pages
        layout.addWidget(pages, 1)
        self.refresher = ChangeCoalescer(bridge, self.reload, MEMBER_TABLES, parent=self, widget=self)
        self._update_buttons()

    # ---- loading

    def set_campaign(self, campaign_id: str | None) -> None:
        self.campaign_id = campaign_id
        self.reload()

    def reload(self) -> None:
        channels: list[str] = []
        if self.campaign_id is not None:
            try:
                channels = channel_list(campaigns.get(self.ctx.db, self.campaign_id).get("channels"))
            except NotFound:
                return
        self.channels = channels
        self.model.search, self.model.status = self.search.text(), self.status.currentData()
        self.model.set_campaign(self.campaign_id, channels)
        self._show_summary()
        self._show_count()
        self._size_columns()
        self._update_buttons()

    def _size_columns(self) -> None:
        """Start widths in average characters, set once per set of channels (the user's resizing stays)."""
        columns = self.model.columns()
        if columns == self._sized_for:
            return
        self._sized_for = columns
        width = self.table.fontMetrics().averageCharWidth()
        for number, key in enumerate(columns):
            chars = COLUMN_CHARS.get(key, COLUMN_CHARS["send"] if key.startswith("send:") else 14)
            self.table.setColumnWidth(number, chars * width + 12)

    def _filter(self) -> None:
        self.model.set_filter(self.search.text(), self.status.currentData())
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("{n} members").format(n=QLocale().toString(total)) if total != 1
                                 else self.tr("1 member"))
        if self.campaign_id is None:
            self.empty.setText(self.tr("Save the campaign first, then build its list from the segment."))
        elif self.search.text() or self.status.currentData():
            self.empty.setText(self.tr("No member matches."))
        else:
            self.empty.setText(self.tr("No member yet: choose a segment on the Setup tab, then build the list."))
        self.pages.setCurrentIndex(0 if total else 1)

    def _show_summary(self) -> None:
        """Per channel: how many will be reached, how many were left out and why."""
        self.error.hide()
        if self.campaign_id is None:
            self.summary.setText("")
            return
        counts = campaign_sends.counts(self.ctx.db, self.campaign_id)
        reasons = campaign_sends.excluded_reasons(self.ctx.db, self.campaign_id)
        total = campaign_members.member_count(self.ctx.db, self.campaign_id)
        locale = QLocale()
        if not total:
            self.summary.setText(self.tr("Nobody is on the list yet."))
            return
        lines = [self.tr("<b>{n} people targeted</b>").format(n=locale.toString(total))]
        for channel in self.channels:
            per = counts.get(channel, {})
            reached = sum(n for status, n in per.items() if status != "excluded")
            text = self.tr("{channel}: {reached} reached, {left} left out").format(
                channel=channel_label(channel), reached=locale.toString(reached),
                left=locale.toString(per.get("excluded", 0)))
            why = reasons.get(channel, {})
            if why:
                text += " (" + ", ".join(f"{core_tr(reason)}: {locale.toString(n)}" for reason, n in why.items()) + ")"
            lines.append(text)
        self.summary.setText("<br>".join(lines))

    # ---- actions

    def build(self) -> campaign_members.BuildReport | None:
        if self.campaign_id is None:
            return None
        self.error.hide()
        try:
            report = campaign_members.build(self.ctx, self.campaign_id)
        except CrmError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return None
        self.last_report = report
        self.reload()
        self.built.emit(report)
        return report

    def selected_row(self) -> dict[str, Any] | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.build_button.setEnabled(self.can_write and self.campaign_id is not None)
        self.respond_button.setEnabled(self.can_write and chosen)
        self.unsubscribe_button.setEnabled(self.can_write and chosen)

    def _menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        respond = QAction(self.tr("Record a reply…"), menu)
        respond.triggered.connect(lambda: self.record_response())
        unsubscribe = QAction(self.tr("Unsubscribe…"), menu)
        unsubscribe.triggered.connect(lambda: self.unsubscribe())
        person = QAction(self.tr("Open the person"), menu)
        person.triggered.connect(lambda: self._open_person(index.row()))
        for action in (respond, unsubscribe):
            action.setEnabled(self.can_write)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(person)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _open_person(self, number: int) -> None:
        row = self.model.row_at(number)
        if row is not None:
            self.open_record.emit("person", str(row["person_id"]))

    def record_response(self, person_id: str | None = None) -> ResponseDialog | None:
        """Open the reply dialog for ``person_id`` (default: the selected member)."""
        if self.campaign_id is None:
            return None
        if person_id is None:
            row = self.selected_row()
            if row is None:
                return None
            person_id = str(row["person_id"])
        dialog = ResponseDialog(self.ctx, self.campaign_id, person_id, self)
        dialog.open_record.connect(self.open_record)
        return self._open(dialog)

    def unsubscribe(self) -> UnsubscribeDialog | None:
        row = self.selected_row()
        if row is None or self.campaign_id is None:
            return None
        dialog = UnsubscribeDialog(self.ctx, self.campaign_id, str(row["person_id"]),
                                   str(row.get("person_name") or ""), self.channels, self)
        return self._open(dialog)

    def _open(self, dialog: Any) -> Any:
        return open_kept(self, dialog)
