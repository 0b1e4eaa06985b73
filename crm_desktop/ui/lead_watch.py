"""Leads waiting too long for a first contact, flagged to their seller and to the managers.

A red button in the status bar counts them (a seller sees theirs, a manager everyone's) and
leads to the Leads area; a lead that becomes overdue also shows once in the system tray.
Speed to lead is measured by core from the history, so this only reads: nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QToolButton, QWidget

from crm_desktop.core import leads
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.permissions import Role
from crm_desktop.ui.support_format import LATE_COLOR

#: Roles that see every seller's overdue leads.
MANAGING = frozenset({Role.ADMIN, Role.MANAGER})


class LeadWatch(QObject):
    """Checks every ``interval_ms``; ``open_requested(mode)`` asks the window to show the leads."""

    open_requested = Signal(str)
    counted = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget, interval_ms: int = 60_000) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.manager = ctx.user.role in MANAGING
        self.notified: set[str] = set()
        self.button = QToolButton(parent)
        self.button.setObjectName("leadWatchButton")
        self.button.setAutoRaise(True)
        self.button.setStyleSheet(f"QToolButton {{ color: {LATE_COLOR}; font-weight: bold; }}")
        self.button.setIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.button.setToolButtonStyle(self.button.toolButtonStyle().ToolButtonTextBesideIcon)
        self.button.clicked.connect(lambda: self.open_requested.emit("overdue" if self.manager else "mine"))
        self.button.hide()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                                        self)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()
        QTimer.singleShot(0, self, self.check_now)

    def check_now(self) -> list[str]:
        """Count the overdue leads this user should see; returns their ids."""
        now = self.ctx.clock.now()
        try:
            if self.manager:
                rows = leads.overdue_leads(self.ctx.db, now)
            else:
                rows = [row for row in leads.my_leads(self.ctx.db, self.ctx.user.id, now) if row["flagged"]]
        except CrmError:
            return []
        ids = [str(row["id"]) for row in rows]
        self.button.setVisible(bool(ids))
        if ids:
            self.button.setText(self.tr("Leads waiting for a first contact: {n}").format(n=len(ids)))
            self.button.setToolTip(self.tr("Longer than the speed-to-lead target: click to see them."))
        fresh = [row for row in rows if str(row["id"]) not in self.notified]
        self.notified.update(ids)
        if fresh and self.tray is not None:
            self.tray.show()
            self.tray.showMessage(self.tr("Leads waiting"), "\n".join(_who(row) for row in fresh[:6]),
                                  QSystemTrayIcon.MessageIcon.Warning)
        self.counted.emit(len(ids))
        return ids

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()


def _who(row: dict[str, object]) -> str:
    return str(row.get("person_name") or row.get("company_name") or row.get("interest") or "")
