"""A view's own read connection for its worker threads (the dashboard, the audit trail).

Opened by the first run and kept, so that core's caches keyed on the connection stay warm from one run to
the next; the runs are one at a time, so it never serves two threads at once. Closing while a run is under
way never blocks the window: the run closes the connection when it ends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

import sqlite_utils

from crm_desktop.core.support_report import reader


class ReadConnection:
    """``run(work)`` calls ``work(connection)`` in the calling worker thread, on a connection of its own."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.main = db
        self.stack = ExitStack()
        self.own: sqlite_utils.Database | None = None
        #: The window's connection ``own`` was opened beside: once the window has another (the database file
        #: was encrypted or decrypted: core/database_encryption.put_in_place), ``own`` reads a file set aside.
        self.opened_from: object | None = None
        self.lock = threading.Lock()
        self.closed = False

    def run(self, work: Callable[[sqlite_utils.Database], Any]) -> Any:
        with self.lock:
            if self.closed:
                raise RuntimeError("the view's read connection is closed")
            try:
                if self.own is not None and self.opened_from is not self.main.conn:
                    self._close_now()  # SQLite leaves the new file's WAL alone: the old file was moved away
                if self.own is None:
                    self.opened_from = self.main.conn
                    self.own = self.stack.enter_context(reader(self.main))
                return work(self.own)
            finally:
                if self.closed:
                    self._close_now()

    def interrupt(self) -> None:
        """Stop the statement under way (it raises in its worker), if the run is on a connection of its own."""
        own = self.own
        if own is not None and own is not self.main:
            own.conn.interrupt()

    def close(self) -> None:
        self.closed = True
        if self.lock.acquire(blocking=False):
            try:
                self._close_now()
            finally:
                self.lock.release()

    def _close_now(self) -> None:
        self.own = None
        self.opened_from = None
        self.stack.close()
