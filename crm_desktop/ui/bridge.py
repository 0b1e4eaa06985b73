"""Core's ChangeBus as a Qt signal, so views refresh without calling each other.

Core announces every write on the session's ChangeBus (plain Python callbacks, no
Qt). The bridge re-emits each change as a Qt signal; a change announced from a
worker thread is queued to the GUI thread by Qt's automatic connection, so views
never repaint from the wrong thread.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.core.changes import Change, ChangeBus


class _Probe(QObject):
    ping = Signal()


#: References added to True and False when the PySide6 bug below is present.
BOOL_REFERENCE_RESERVE = 1 << 40


def repair_signal_emit() -> bool:
    """Work around PySide6 6.12.0: every Python-side ``emit()`` drops a reference to a bool.

    ``SignalInstance.emit`` (and PySide's own signal-to-signal forwarding) returns
    ``True`` without owning it, so each emit takes one reference from ``True``;
    after a few thousand emits CPython 3.11 aborts ("bool_dealloc: deallocating
    True or False"). True and False live as long as the interpreter, so when the
    bug is detected they are given a reserve of 2**40 references: harmless, and
    out of reach of any session. Python 3.12+ makes them immortal (no action
    needed). Idempotent; returns True when the reserve is in place.
    """
    global _repaired
    if _repaired:
        return True
    if sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    if before - sys.getrefcount(True) < 8:
        return False
    for flag in (True, False):
        count = ctypes.c_ssize_t.from_address(id(flag))  # ob_refcnt, the first field of every object
        count.value += BOOL_REFERENCE_RESERVE
    _repaired = True
    return True


_repaired = False
repair_signal_emit()


class ChangeBridge(QObject):
    """Re-emits the changes of one ChangeBus as ``changed(table, id, op)``."""

    changed = Signal(str, str, str)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._on_change)
        self.destroyed.connect(self._detach_from_bus)

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change.table, change.id or "", change.op)

    def _detach_from_bus(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def close(self) -> None:
        """Stop listening (the session is ending)."""
        self._detach_from_bus()


class ChangeCoalescer(QObject):
    """Calls ``callback`` once after a burst of changes to the given tables.

    A bulk import announces thousands of changes; a view wants to re-query once,
    after the burst, not once per row. ``tables`` empty means every table.
    When ``widget`` is given and hidden (another area of the stack, a closed
    window), the refresh waits until the widget is shown again: hidden views cost
    no queries, and a closed view never touches a database that may be closed.
    """

    def __init__(
        self,
        bridge: ChangeBridge,
        callback: Callable[[], None],
        tables: Iterable[str] = (),
        delay_ms: int = 50,
        parent: QObject | None = None,
        widget: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tables = frozenset(tables)
        self._callback = callback
        self._widget = widget
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)
        bridge.changed.connect(self._on_changed)
        if widget is not None:
            widget.installEventFilter(self)

    def _on_changed(self, table: str, record_id: str, op: str) -> None:
        if not self._tables or table in self._tables:
            self._timer.start()

    def _fire(self) -> None:
        if self._widget is not None and not self._widget.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._callback()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While a view is torn down its filter may see events after its Python side is gone.
        widget = getattr(self, "_widget", None)
        if widget is not None and watched is widget and event.type() == QEvent.Type.Show and self._dirty:
            self._dirty = False
            self._timer.start(0)
        return super().eventFilter(watched, event)

    def pending(self) -> bool:
        """True while a refresh is scheduled or waits for the view to be shown."""
        return self._timer.isActive() or self._dirty
