"""The Results tab of a campaign: reach, replies, sales brought, margin, cost and return, per channel too.

The figures are core's (``campaign_results.results``), read again shortly after any change that can
move them (a send, a reply, a sale, a cost, a won deal) while the tab is shown. "Print report…"
builds the campaign's PDF in a worker thread and opens the preview (save, print); the same helper
prints the comparison of every campaign of a period for the Campaigns area.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import campaign_results, support_report
from crm_desktop.core.campaign_results import CampaignResults
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, NotFound
from crm_desktop.core.settings import load_business
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.campaign_setup import channel_label
from crm_desktop.ui.i18n import error_text
from crm_desktop.ui.record_form import MUTED_COLOR
from crm_desktop.ui.report_dialog import report_language, temporary_pdf
from crm_desktop.ui.report_job import build_then_preview
from crm_desktop.ui.support_format import LATE_COLOR, OK_COLOR, money_text
from crm_desktop.ui.widgets import error_label, heading, read_only_rows
from crm_desktop.ui.workers import Progress

#: Tables whose changes can move a campaign's figures.
RESULT_TABLES = ("campaigns", "campaign_sends", "campaign_members", "sales", "sale_lines", "campaign_costs",
                 "opportunities")


def percent_text(ratio: float | None) -> str:
    """0.153 -> "15.3 %"; None -> "—" (nothing to divide by)."""
    if ratio is None:
        return "—"
    return f"{QLocale().toString(ratio * 100, 'f', 1)}\u00a0%"


def show_campaign_report(ctx: Context, parent: QWidget | None = None, campaign_id: str | None = None,
                         start: date | None = None, end: date | None = None, lang: str | None = None) -> Path | None:
    """Build the campaign report (one campaign, or every campaign between ``start`` and ``end`` compared) in a
    worker thread and open its preview; None if cancelled. Core's refusals are raised to the caller."""
    from crm_desktop.reports.campaign_report import write_campaign_report

    language = report_language(lang)
    out = temporary_pdf("campaign")

    def job(_progress: Progress) -> Path:
        with support_report.reader(ctx.db) as db:
            write_campaign_report(db, out, language, campaign_id=campaign_id, start=start, end=end)
        return out

    if campaign_id is not None:
        title = QCoreApplication.translate("CampaignResultsPanel", "Campaign results")
        stem = QCoreApplication.translate("CampaignResultsPanel", "campaign-results")
    else:
        title = QCoreApplication.translate("CampaignResultsPanel", "Campaigns compared")
        stem = QCoreApplication.translate("CampaignResultsPanel", "campaigns-compared")
    return build_then_preview(job, out, parent, title,
                              QCoreApplication.translate("CampaignResultsPanel", "Creating the report…"), f"{stem}.pdf")


class Figure(QFrame):
    """One figure of the results: a big number over its caption."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"figure_{key}")
        self.setStyleSheet(f"QFrame#figure_{key} {{ border: 1px solid #d1d5db; border-radius: 6px;"
                           " background: #fafafa; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.value = heading("—", 1.45, self)
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_text(self, text: str, color: str | None = None) -> None:
        self.value.setText(text)
        self.value.setStyleSheet(f"color: {color};" if color else "")


class CampaignResultsPanel(QWidget):
    """A campaign's results, following every change that can move them."""

    KEYS = ("targeted", "excluded", "sent", "responded", "converted", "revenue", "margin", "cost",
            "cost_per_response", "roi")

    def __init__(self, ctx: Context, bridge: ChangeBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: str | None = None
        self.results: CampaignResults | None = None
        self.currency = load_business(ctx.db).currency or "EUR"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print report…"), self)
        self.print_button.setToolTip(self.tr("The campaign's results with charts, to preview, save or print"))
        self.print_button.clicked.connect(self.print_report)
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.error = error_label(self)
        layout.addWidget(self.error)

        captions = {
            "targeted": self.tr("Targeted"), "excluded": self.tr("Left out (no consent or address)"),
            "sent": self.tr("Sent"), "responded": self.tr("Replied"), "converted": self.tr("Customers who bought"),
            "revenue": self.tr("Revenue"), "margin": self.tr("Margin"), "cost": self.tr("Cost"),
            "cost_per_response": self.tr("Cost per reply"), "roi": self.tr("Return on investment"),
        }
        grid = QGridLayout()
        grid.setSpacing(8)
        self.figures: dict[str, Figure] = {}
        for index, key in enumerate(self.KEYS):
            figure = Figure(key, captions[key], self)
            self.figures[key] = figure
            grid.addWidget(figure, index // 5, index % 5)
        layout.addLayout(grid)

        layout.addWidget(heading(self.tr("By channel"), 1.1, self))
        self.channels = QTableWidget(0, 7, self)
        self.channels.setObjectName("channelResults")
        self.channels.setHorizontalHeaderLabels([
            self.tr("Channel"), self.tr("Targeted"), self.tr("Left out"), self.tr("To send"), self.tr("Sent"),
            self.tr("Failed"), self.tr("Replied")])
        read_only_rows(self.channels)
        # The channel's name takes the room left; the figures keep a readable width beside it.
        header = self.channels.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, header.ResizeMode.Fixed)
            self.channels.setColumnWidth(column, 110)
        self.channels.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.channels.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.channels)
        self.note = QLabel(self.tr("Return on investment = (margin of the sales the campaign brought − its cost) ÷ "
                                   "its cost. A sale counts when it is linked to the campaign."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.refresher = ChangeCoalescer(bridge, self.reload, RESULT_TABLES, parent=self, widget=self)

    def set_campaign(self, campaign_id: str | None) -> None:
        self.campaign_id = campaign_id
        self.reload()

    def reload(self) -> None:
        self.error.hide()
        self.print_button.setEnabled(self.campaign_id is not None)
        if self.campaign_id is None:
            self.results = None
            self.summary.setText(self.tr("Save the campaign and build its list: its results appear here."))
            for figure in self.figures.values():
                figure.set_text("—")
            self.channels.setRowCount(0)
            return
        try:
            self.results = campaign_results.results(self.ctx.db, self.campaign_id)
        except NotFound:
            return  # the campaign went to the trash: the page says so
        self._show(self.results)

    def _show(self, r: CampaignResults) -> None:
        locale = QLocale()
        money = self.currency
        figures = {
            "targeted": locale.toString(r.targeted), "excluded": locale.toString(r.excluded),
            "sent": locale.toString(r.sent), "responded": locale.toString(r.responded),
            "converted": locale.toString(r.converted), "revenue": money_text(r.revenue_cents, money),
            "margin": money_text(r.margin_cents, money), "cost": money_text(r.cost_cents, money),
            "cost_per_response": money_text(r.cost_per_response_cents, money), "roi": percent_text(r.roi),
        }
        for key, text in figures.items():
            self.figures[key].set_text(text)
        if r.roi is not None:
            self.figures["roi"].set_text(figures["roi"], OK_COLOR if r.roi >= 0 else LATE_COLOR)
        rate = r.response_rate
        parts = [self.tr("1 sale brought by the campaign") if r.sales == 1
                 else self.tr("{n} sales brought by the campaign").format(n=locale.toString(r.sales))]
        if rate is not None:
            parts.append(self.tr("{rate} of the people reached replied").format(rate=percent_text(rate)))
        if r.roi is None:
            parts.append(self.tr("add the campaign's costs on the Setup tab to see its return"))
        self.summary.setText(" · ".join(parts))
        self.channels.setRowCount(len(r.by_channel))
        for number, row in enumerate(r.by_channel):
            cells = (channel_label(row.channel), row.targeted, row.excluded, row.pending, row.sent, row.failed,
                     row.responded)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value if isinstance(value, str) else locale.toString(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.channels.setItem(number, column, item)
        self.channels.resizeColumnsToContents()

    def figure_text(self, key: str) -> str:
        return self.figures[key].value.text()

    def print_report(self) -> Path | None:
        if self.campaign_id is None:
            return None
        self.error.hide()
        try:
            return show_campaign_report(self.ctx, self, campaign_id=self.campaign_id)
        except CrmError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return None
