"""Each ticket's service-level state, kept in a local table for fast queues.

The state is derived from synced rows (the ticket, its status events, its first reply,
the level's targets and the opening hours), so it never syncs: each machine derives
it again after its own writes and after a sync brings other machines' changes. The
due times stored are where the clock reaches its target if it keeps running; a
ticket waiting on its customer has no due time (its clock is paused).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from crm_desktop.core.business_time import BusinessHours
from crm_desktop.core.clock import from_iso, to_iso
from crm_desktop.core.sla_clock import ClockState, clock_state
from crm_desktop.core.support_choices import ACTIVE_STATUSES, PRIORITY_FACTOR
from crm_desktop.core.support_settings import load_support

_CHUNK = 500


@dataclass(frozen=True)
class TicketSla:
    """What the ticket view shows of a ticket's clocks."""

    response: ClockState | None
    resolution: ClockState | None
    responded_at: str | None


def _target(minutes: int | None, priority: str) -> int | None:
    if not minutes:
        return None
    return max(1, round(minutes * PRIORITY_FACTOR.get(priority, 1.0)))


def compute(db: sqlite_utils.Database, ticket_id: str, now: datetime,
            hours: BusinessHours | None = None) -> TicketSla:
    """Both clocks of one ticket as of ``now``."""
    hours = hours or load_support(db).business_hours()
    states = _compute_many(db, [ticket_id], now, hours)
    return states.get(ticket_id, TicketSla(None, None, None))


def _compute_many(db: sqlite_utils.Database, ids: list[str], now: datetime,
                  hours: BusinessHours) -> dict[str, TicketSla]:
    out: dict[str, TicketSla] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        tickets = db.execute(
            f"SELECT t.id, t.opened_at, t.priority, l.first_response_minutes, l.resolution_minutes, t.status, "
            f"CASE WHEN t.status IN ('resolved', 'closed') THEN coalesce(t.resolved_at, t.closed_at, t.updated_at) "
            f"ELSE t.updated_at END "
            f"FROM tickets t LEFT JOIN support_levels l ON l.id = t.level_id WHERE t.id IN ({marks})", chunk
        ).fetchall()
        changes: dict[str, list[tuple[datetime, str]]] = {}
        replies: dict[str, str] = {}
        for ticket_id, kind, at, value in db.execute(
            f"SELECT ticket_id, kind, at, new_value FROM ticket_events "
            f"WHERE ticket_id IN ({marks}) AND deleted_at IS NULL AND (kind = 'status' "
            f"OR (kind = 'message' AND direction = 'out')) ORDER BY at, created_at, id", chunk
        ):
            if kind == "status":
                changes.setdefault(ticket_id, []).append((from_iso(at), value))
            else:
                replies.setdefault(ticket_id, at)
        for ticket_id, opened_at, priority, response_minutes, resolution_minutes, status, settled in tickets:
            opened = from_iso(opened_at)
            moves = changes.get(ticket_id, [])
            if (moves[-1][1] if moves else "new") != status:
                # Two machines changed the status at once: the ticket's merged status is
                # the truth, from when it was settled (or from the last change).
                moves.append((max(moves[-1][0] if moves else opened, from_iso(settled)), status))
            replied = replies.get(ticket_id)
            # A ticket solved without any written reply was answered when it was solved.
            if replied is None:
                stops = [m for m, status in moves if status in ("resolved", "closed")]
                replied = to_iso(stops[0]) if stops else None
            response = clock_state(hours, opened, moves, _target(response_minutes, priority), now,
                                   stop_at=from_iso(replied) if replied else None)
            resolution = clock_state(hours, opened, moves, _target(resolution_minutes, priority), now)
            out[ticket_id] = TicketSla(response, resolution, replied)
    return out


def _row(ticket_id: str, sla: TicketSla) -> tuple:
    response, resolution = sla.response, sla.resolution
    response_due = to_iso(response.due) if response and response.due else None
    resolution_due = to_iso(resolution.due) if resolution and resolution.due else None
    paused = bool(resolution and resolution.paused)
    running = resolution is not None and resolution.stopped_at is None and not paused
    candidates = []
    if running and response is not None and response.stopped_at is None and response_due:
        candidates.append(response_due)
    if running and resolution_due:
        candidates.append(resolution_due)
    return (
        ticket_id,
        response_due,
        sla.responded_at,
        None if response is None or response.met is None else int(response.met),
        resolution_due,
        None if resolution is None or resolution.met is None else int(resolution.met),
        min(candidates) if candidates else None,
        int(paused),
    )


def refresh(db: sqlite_utils.Database, ticket_ids: Iterable[str], now: datetime,
            hours: BusinessHours | None = None) -> int:
    """Derive the SLA rows of these tickets again (the caller holds the write transaction)."""
    ids = list(dict.fromkeys(ticket_ids))
    if not ids:
        return 0
    hours = hours or load_support(db).business_hours()
    states = _compute_many(db, ids, now, hours)
    db.conn.executemany(
        "INSERT INTO ticket_sla(ticket_id, response_due, responded_at, response_met, resolution_due, "
        "resolution_met, next_due, paused) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(ticket_id) DO UPDATE SET response_due = excluded.response_due, "
        "responded_at = excluded.responded_at, response_met = excluded.response_met, "
        "resolution_due = excluded.resolution_due, resolution_met = excluded.resolution_met, "
        "next_due = excluded.next_due, paused = excluded.paused",
        [_row(ticket_id, sla) for ticket_id, sla in states.items()],
    )
    return len(states)


def stale_ids(db: sqlite_utils.Database, since_lid: int = 0) -> list[str]:
    """Tickets whose SLA row may be out of date.

    Those changed since change-log entry ``since_lid`` (here or on another machine:
    merged changes enter the log too), the active ones, and any without a row yet.
    """
    marks = ",".join("?" * len(ACTIVE_STATUSES))
    rows = db.execute(
        f"SELECT id FROM tickets WHERE deleted_at IS NULL AND status IN ({marks}) "
        f"UNION SELECT t.id FROM tickets t LEFT JOIN ticket_sla s ON s.ticket_id = t.id WHERE s.ticket_id IS NULL "
        f"UNION SELECT row_id FROM sync_log WHERE lid > ? AND tbl = 'tickets' "
        f"UNION SELECT e.ticket_id FROM sync_log l JOIN ticket_events e ON e.id = l.row_id "
        f"WHERE l.lid > ? AND l.tbl = 'ticket_events'",
        [*ACTIVE_STATUSES, since_lid, since_lid],
    ).fetchall()
    return [r[0] for r in rows]


def refresh_stale(db: sqlite_utils.Database, now: datetime) -> int:
    """After a sync, a restore or new opening hours: bring every SLA row up to date."""
    with db.atomic():
        row = db.execute("SELECT value FROM meta WHERE key = 'sla_lid'").fetchone()
        last = db.execute("SELECT coalesce(max(lid), 0) FROM sync_log").fetchone()[0]
        count = refresh(db, stale_ids(db, int(row[0]) if row else 0), now)
        db.execute("INSERT INTO meta(key, value) VALUES ('sla_lid', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [str(last)])
        return count


def refresh_all(db: sqlite_utils.Database, now: datetime) -> int:
    ids = [r[0] for r in db.execute("SELECT id FROM tickets").fetchall()]
    with db.atomic():
        return refresh(db, ids, now)
