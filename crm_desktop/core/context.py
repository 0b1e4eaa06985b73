"""What every core operation needs, passed in rather than found in globals."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from crm_desktop.core.changes import Change, ChangeBus
from crm_desktop.core.clock import Clock, SystemClock, now_iso
from crm_desktop.core.users import User


@dataclass
class Context:
    """The database, the acting user and the clock of one working session."""

    db: sqlite_utils.Database
    user: User
    clock: Clock = field(default_factory=SystemClock)
    changes: ChangeBus = field(default_factory=ChangeBus)

    def now(self) -> str:
        return now_iso(self.clock)

    def announce(self, table: str, record_id: str | None, op: str) -> None:
        self.changes.publish(Change(table, record_id, op))
