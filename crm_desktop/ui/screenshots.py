"""Render each main view to PNG (docs, review, the CLI ``screenshots`` command).

Runs offscreen at 1280x800: the main window on the people list, the companies
list, the detail of the person with the most history and of a company, the search palette with a query, the
settings dialog, the trash and the sync conflicts (with the sync status bar), the support desk on its
open queue, a ticket with its proposed solutions, the knowledge base, and field service: the
interventions list, the planning board, a technician's day, a signed report, stock and
technicians; today's follow-up tasks and the product catalogue. Each picture is
``widget.grab()`` of a real widget.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from crm_desktop.core import campaigns, interventions, knowledge, people, timeline
from crm_desktop.core.context import Context
from crm_desktop.core.listing import COMPANIES, PEOPLE, ListFilter
from crm_desktop.core.ticket_queues import TICKETS, TicketFilter

LOGGER = logging.getLogger("crm_desktop.screenshots")
WINDOW_SIZE = (1280, 800)


def busiest_person(ctx: Context) -> str | None:
    """The person with the most history: the fullest timeline to show."""
    return timeline.most_active_person(ctx.db)


def showcase_ticket(ctx: Context) -> str | None:
    """An open ticket for which the knowledge base has something to propose (else any open one)."""
    flt = TicketFilter(queue="open", user_id=ctx.user.id, now=ctx.clock.now())
    rows = TICKETS.page(ctx.db, flt, "opened", True, 0, 50)
    for row in rows:
        if knowledge.propose(ctx.db, row[2], None, exclude_ticket=row[0]):
            return str(row[0])
    return str(rows[0][0]) if rows else None


def _settle(rounds: int = 3) -> None:
    for _ in range(rounds):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def render_all(db_path: Path, out: Path, language: str = "en") -> list[Path]:
    """Write one PNG per main view into ``out``; returns the files written."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["crm-screenshots"])
    from crm_desktop.app import open_session
    from crm_desktop.ui.i18n import install_translators
    from crm_desktop.ui.main_window import MainWindow

    translators = install_translators(app, language)
    out.mkdir(parents=True, exist_ok=True)
    ctx = open_session(Path(db_path))
    window = MainWindow(ctx, Path(db_path))
    window.resize(*WINDOW_SIZE)
    window.show()
    _settle()
    written: list[Path] = []

    def save(name: str, pixmap: QPixmap) -> None:
        target = out / f"{len(written) + 1:02d}-{name}.png"
        if pixmap.save(str(target)):
            written.append(target)

    def step(name: str, action: Callable[[], QPixmap | None]) -> None:
        try:
            pixmap = action()
        except Exception:  # one failing view must not cost the other pictures
            LOGGER.exception("screenshot %s failed", name)
            return
        if pixmap is not None:
            save(name, pixmap)

    def area(key: str) -> QPixmap:
        window.show_area(key)
        _settle()
        return window.grab()

    chosen: dict[str, str | None] = {}

    def person() -> QPixmap | None:
        window.show_area("people")
        person_id = busiest_person(ctx)
        chosen["person"] = person_id
        if person_id is None or not window.open_record("person", person_id):
            return None
        _settle()
        return window.grab()

    def company() -> QPixmap | None:
        window.show_area("companies")
        company_id = people.get(ctx, chosen["person"]).get("company_id") if chosen.get("person") else None
        if not company_id:
            rows = COMPANIES.page(ctx.db, ListFilter(stage="customer"), "updated", True, 0, 1) or \
                COMPANIES.page(ctx.db, ListFilter(), "name", False, 0, 1)
            company_id = rows[0][0] if rows else None
        if not company_id or not window.open_record("company", company_id):
            return None
        _settle()
        return window.grab()

    def palette() -> QPixmap:
        window.show_area("people")
        rows = PEOPLE.page(ctx.db, ListFilter(), "name", False, 0, 1)
        query = str(rows[0][1]).split()[0] if rows and rows[0][1] else "a"
        window.open_search()
        from crm_desktop.ui.search_palette import SearchPalette

        popup = window.search_palette()
        assert isinstance(popup, SearchPalette)
        popup.edit.setText(query)
        popup.run_search()
        _settle()
        picture = window.grab()
        painter = QPainter(picture)
        offset = popup.geometry().topLeft() - window.geometry().topLeft()
        painter.drawPixmap(QPoint(offset.x(), offset.y()), popup.grab())
        painter.end()
        popup.close()
        return picture

    def settings() -> QPixmap:
        from crm_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(ctx, window)
        dialog.show()
        _settle()
        picture = dialog.grab()
        dialog.close()
        dialog.deleteLater()
        return picture

    def tickets() -> QPixmap:
        window.show_area("tickets")
        from crm_desktop.ui.tickets_view import TicketsView

        view = window.view("tickets")
        assert isinstance(view, TicketsView)
        view.set_queue("open")
        view.update_counts()
        _settle()
        return window.grab()

    def ticket() -> QPixmap | None:
        window.show_area("tickets")
        ticket_id = showcase_ticket(ctx)
        if ticket_id is None or not window.open_record("ticket", ticket_id):
            return None
        from crm_desktop.ui.ticket_window import TicketDetailView

        detail = window.detail
        assert isinstance(detail, TicketDetailView)
        detail.tabs.setCurrentWidget(detail.proposals)
        _settle()
        return window.grab()

    def knowledge_base() -> QPixmap:
        window.show_area("knowledge")
        _settle()
        return window.grab()

    def intervention() -> QPixmap | None:
        window.show_area("interventions")
        intervention_id = interventions.showcase(ctx.db)
        if intervention_id is None or not window.open_intervention(intervention_id, "report"):
            return None
        _settle()
        return window.grab()

    def my_day() -> QPixmap:
        from crm_desktop.ui.my_day_view import MyDayView

        window.show_area("my_day")
        view = window.view("my_day")
        assert isinstance(view, MyDayView)
        # Today, or the next day with jobs (a screenshot taken on a Sunday shows Monday).
        for ahead in range(14):
            day = view.day() + timedelta(days=ahead)
            technician_id = interventions.busiest_technician(ctx.db, day)
            if technician_id:
                view.set_day(day)
                view.set_technician(technician_id)
                break
        _settle()
        return window.grab()

    def campaign() -> QPixmap | None:
        window.show_area("campaigns")
        campaign_id = campaigns.showcase(ctx.db)
        if campaign_id is None or not window.open_record("campaign", campaign_id):
            return None
        results = getattr(window.detail, "show_tab", None)
        if callable(results):
            results("results")
        _settle()
        return window.grab()

    def dashboard() -> QPixmap:
        window.show_area("dashboard")
        view = window.view("dashboard")
        loaded = getattr(view, "loaded", None)
        if loaded is not None:
            loop = QEventLoop()
            loaded.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)  # a very large database: show what is there by then
            loop.exec()
        _settle()
        return window.grab()

    try:
        step("people", lambda: area("people"))
        step("companies", lambda: area("companies"))
        step("person-detail", person)
        step("company-detail", company)
        step("search", palette)
        step("settings", settings)
        step("trash", lambda: area("trash"))
        step("conflicts", lambda: area("conflicts"))
        step("tickets", tickets)
        step("ticket", ticket)
        step("knowledge", knowledge_base)
        step("interventions", lambda: area("interventions"))
        step("planning", lambda: area("planning"))
        step("my-day", my_day)
        step("intervention", intervention)
        step("stock", lambda: area("stock"))
        step("technicians", lambda: area("technicians"))
        step("today", lambda: area("today"))
        step("products", lambda: area("products"))
        step("leads", lambda: area("leads"))
        step("pipeline", lambda: area("pipeline"))
        step("segments", lambda: area("segments"))
        step("campaigns", lambda: area("campaigns"))
        step("campaign", campaign)
        step("dashboard", dashboard)
    finally:
        window.go_back()
        window.close()
        window.deleteLater()
        _settle()
        ctx.db.close()
        for translator in translators:
            app.removeTranslator(translator)
    return written

