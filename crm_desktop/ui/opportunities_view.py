"""The "Pipeline" area: deals as a board of stages (dragged along) or as a list, mine or everyone's.

Dropping a card asks what core needs: a reason on Lost, a confirmation on Won (which
records the sale, then offers to open it). Escape or Cancel leaves the card where it
was. Both modes read the same core query, so they always show the same deals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QWidget,
)

from crm_desktop.core import opportunities, sales
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.opportunity_choices import STAGES
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.core.settings import load_business
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.opportunity_dialog import LostReasonDialog, OpportunityDialog, win_question
from crm_desktop.ui.pipeline_board import PipelineBoard
from crm_desktop.ui.record_cells_model import RecordCellsModel
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.sale_dialog import SaleDialog
from crm_desktop.ui.support_format import LATE_COLOR, date_text, money_text
from crm_desktop.ui.widgets import area_layout, error_label, follow_changes, open_instead, open_kept, read_only_rows

ModelIndex = QModelIndex | QPersistentModelIndex
#: Tables whose changes may alter what the area shows.
PIPELINE_TABLES = ("opportunities", "sales", "people", "companies", "users")


class OpportunityListModel(RecordCellsModel):
    """Deals as rows: number, title, customer, stage, amount, chance, weighted, expected close, owner."""

    COLUMNS = ("number", "title", "customer", "stage", "amount", "probability", "weighted", "expected_close",
               "owner")
    RIGHT = ("amount", "probability", "weighted")

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Title"), self.tr("Customer"), self.tr("Stage"), self.tr("Amount"),
                self.tr("Chance"), self.tr("Weighted"), self.tr("Expected close"), self.tr("Owner")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        cells = []
        for row in rows:
            chance = "" if row.get("probability") is None else f"{row['probability']} %"
            cells.append((str(row["number"]), str(row["title"]), str(row.get("customer_name") or ""),
                          core_tr(STAGES.get(row["stage"], row["stage"])),
                          money_text(int(row["amount_cents"] or 0), self.currency), chance,
                          money_text(int(row["weighted_cents"]), self.currency), date_text(row.get("expected_close")),
                          str(row.get("owner_name") or "")))
        self._reset(list(rows), cells)

    def decorate(self, number: int, key: str, role: int) -> Any:
        if key == "expected_close" and self._rows[number].get("overdue"):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(LATE_COLOR))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Expected close has passed")
        return None


class OpportunitiesView(QWidget):
    """The pipeline: board (default) or list; New opportunity; the owner filter."""

    #: The board and list were read again (how many deals are shown).
    refreshed = Signal(int)

    BOARD, LIST = 0, 1

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QWidget | None = None
        self.prompt: QWidget | None = None
        self.currency = load_business(ctx.db).currency or "EUR"
        self.can_write = allowed(ctx.user.role, Perm.OPPORTUNITY_WRITE)
        layout, top = area_layout(self, self.tr("Pipeline"))
        self.modes = QButtonGroup(self)
        self.board_button = self._mode_button(self.tr("Board"), self.BOARD, top)
        self.list_button = self._mode_button(self.tr("List"), self.LIST, top)
        self.board_button.setChecked(True)
        self.modes.idClicked.connect(self.set_mode)
        top.addSpacing(16)
        self.owner_filter = QComboBox(self)
        self.owner_filter.addItem(self.tr("My deals"), "mine")
        self.owner_filter.addItem(self.tr("Everyone's deals"), "everyone")
        self.owner_filter.currentIndexChanged.connect(lambda _i: self.reload())
        top.addWidget(self.owner_filter)
        top.addSpacing(16)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(f"color: {MUTED_COLOR};")
        top.addWidget(self.summary)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New opportunity…"), self)
        self.new_button.setEnabled(self.can_write)
        self.new_button.clicked.connect(lambda: self.new_opportunity())
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.message = error_label(self)
        layout.addWidget(self.message)

        self.board = PipelineBoard(self)
        self.board.set_editable(self.can_write)
        self.board.move_requested.connect(self.request_move)
        self.board.card_activated.connect(self.open_opportunity)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.board)
        self.model = OpportunityListModel(self.currency, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._row_activated)
        self.table.doubleClicked.connect(self._row_activated)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.scroll)
        self.pages.addWidget(self.table)
        layout.addWidget(self.pages, 1)

        self.bridge, self.changes = follow_changes(self, ctx, bridge, self.reload, PIPELINE_TABLES)
        self.reload()

    def _mode_button(self, text: str, mode: int, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setAutoDefault(False)
        self.modes.addButton(button, mode)
        row.addWidget(button)
        return button

    # ---- data

    def owner_id(self) -> str | None:
        """Whose deals are shown: the acting user's, or everyone's (None)."""
        return self.ctx.user.id if self.owner_filter.currentData() == "mine" else None

    def set_owner_filter(self, mine: bool) -> None:
        self.owner_filter.setCurrentIndex(self.owner_filter.findData("mine" if mine else "everyone"))

    def mode(self) -> int:
        return self.pages.currentIndex()

    def set_mode(self, mode: int) -> None:
        self.pages.setCurrentIndex(mode)
        (self.board_button if mode == self.BOARD else self.list_button).setChecked(True)

    def reload(self) -> None:
        today = opportunities.today_of(self.ctx)
        cards = opportunities.board(self.ctx.db, self.owner_id(), today=today)
        totals = opportunities.totals_of(cards)
        self.board.set_board(cards, totals, self.currency)
        rows = [card for stage in STAGES for card in cards[stage]]
        self.model.set_rows(rows)
        open_total = sum(totals[s].amount_cents for s in STAGES if s not in ("won", "lost"))
        open_weighted = sum(totals[s].weighted_cents for s in STAGES if s not in ("won", "lost"))
        self.summary.setText(self.tr("Open: {amount} · weighted {weighted}").format(
            amount=money_text(open_total, self.currency), weighted=money_text(open_weighted, self.currency)))
        self.refreshed.emit(len(rows))

    # ---- moving

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def request_move(self, opp_id: str, stage: str) -> QWidget | None:
        """A card dropped on ``stage``: Lost asks why, Won asks to confirm; the others move at once."""
        self._say("")
        if stage == "lost":
            return open_kept(self, LostReasonDialog(self.ctx, opp_id, self), "prompt")
        if stage == "won":
            box = win_question(self, opportunities.get(self.ctx.db, opp_id), self.currency)
            box.finished.connect(lambda answer: self._win_answered(opp_id, answer))
            return open_kept(self, box, "prompt")
        try:
            opportunities.move(self.ctx, opp_id, stage)
        except ValidationError as exc:
            self._say("\n".join(render(m) for m in exc.errors.values()))
        except CrmError as exc:
            self._say(error_text(exc))
        self.reload()
        return None

    def _win_answered(self, opp_id: str, answer: int) -> None:
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            sale_id = opportunities.win(self.ctx, opp_id)
        except ValidationError as exc:
            self._say(self.tr("The sale could not be recorded: {why}").format(
                why=" ".join(render(m) for m in exc.errors.values())))
            return
        except CrmError as exc:
            self._say(error_text(exc))
            return
        self.reload()
        self.offer_sale(sale_id)

    def offer_sale(self, sale_id: str) -> QMessageBox:
        """The deal is won: offer to open the sale just recorded."""
        number = sales.get(self.ctx.db, sale_id)["number"]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Deal won"),
                          self.tr("Sale {number} is recorded. Open it now?").format(number=number),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self)
        box.finished.connect(lambda answer: self._sale_offer_answered(sale_id, answer))
        return open_kept(self, box, "prompt")

    def _sale_offer_answered(self, sale_id: str, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Open:
            self.open_sale(sale_id)

    def open_sale(self, sale_id: str) -> SaleDialog:
        return self._open(SaleDialog(self.ctx, sale_id=sale_id, parent=self))

    # ---- dialogs

    def _row_activated(self, index: QModelIndex) -> None:
        opp_id = self.model.id_at(index.row()) if index.isValid() else None
        if opp_id:
            self.open_opportunity(opp_id)

    def new_opportunity(self, initial: dict[str, Any] | None = None) -> OpportunityDialog:
        return self._open(OpportunityDialog(self.ctx, None, self, initial))

    def open_opportunity(self, opp_id: str) -> OpportunityDialog | None:
        """The deal's dialog (what main_window's open_record("opportunity", id) should call)."""
        try:
            dialog = OpportunityDialog(self.ctx, opp_id, self)
        except CrmError as exc:
            self._say(error_text(exc))
            return None
        dialog.won.connect(lambda _opp, sale_id: self.offer_sale(sale_id))
        return self._open(dialog)

    def _open(self, dialog: Any) -> Any:
        return open_instead(self, dialog)
