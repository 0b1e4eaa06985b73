"""What every opener (window, command line) does before using a database."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from crm_desktop.core import maintenance, ticket_sla
from crm_desktop.core.clock import Clock, SystemClock
from crm_desktop.core.errors import CrmError
from crm_desktop.sync.merge import replay_pending
from crm_desktop.sync.site import ensure_identity

LOGGER = logging.getLogger(__name__)


def prepare(db: sqlite_utils.Database, path: Path | str, clock: Clock | None = None, *,
            maintenance_days: int | None = None) -> bool:
    """Check the site identity (True: the file was copied or restored and got a new
    id) and apply changes kept from before an upgrade.

    The window then makes the maintenance visits falling due within ``maintenance_days``
    (so that a plan's visits show up on the planning when the application starts, even on
    a laptop that was off for weeks); the command line passes None: reading a database
    (``info``, ``search``) must not write to it.
    """
    copied = ensure_identity(db, path)
    replay_pending(db)
    if "ticket_sla" in db.table_names():
        # A restored file or replayed changes: service-level state follows the tickets.
        ticket_sla.refresh_stale(db, datetime.now(UTC))
    if maintenance_days is not None:
        try:
            maintenance.generate_on_open(db, clock or SystemClock(), maintenance_days)
        except CrmError:
            LOGGER.exception("maintenance visits could not be made at start")
    return copied
