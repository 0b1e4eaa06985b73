"""What every opener (window, command line) does before using a database."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from crm_desktop.core import ticket_sla
from crm_desktop.sync.merge import replay_pending
from crm_desktop.sync.site import ensure_identity


def prepare(db: sqlite_utils.Database, path: Path | str) -> bool:
    """Check the site identity (True: the file was copied or restored and got a new
    id) and apply changes kept from before an upgrade."""
    copied = ensure_identity(db, path)
    replay_pending(db)
    if "ticket_sla" in db.table_names():
        # A restored file or replayed changes: service-level state follows the tickets.
        ticket_sla.refresh_stale(db, datetime.now(UTC))
    return copied
