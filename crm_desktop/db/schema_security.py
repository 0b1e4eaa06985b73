"""Tables of issue 8 (people, rights and data safety), migration 0009.

Synced: the users' password hashes (one log-in on every machine), the consent ledger (every
given or withdrawn consent with how and its proof), erasures (a person erased stays erased on
every machine: a merge never brings their data back) and the audit events that are not row
changes (an export, a print, a log-in). Local: failed log-ins and lock-outs, counted per
machine (a laptop's lock-out must not wait for a sync).
"""

from __future__ import annotations

from crm_desktop.db.schema import RECORD_COLUMNS

SECURITY = f"""
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

CREATE TABLE login_attempts (
    user_id TEXT PRIMARY KEY,
    failures INTEGER NOT NULL DEFAULT 0,
    last_failure_at TEXT,
    locked_until TEXT
);

CREATE TABLE consent_events (
    {RECORD_COLUMNS},
    person_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT 'marketing',
    status TEXT NOT NULL,
    at TEXT NOT NULL,
    method TEXT,
    proof TEXT,
    user_id TEXT
);
CREATE UNIQUE INDEX consent_events_id ON consent_events(id);
CREATE INDEX consent_events_by_person ON consent_events(person_id, at);

CREATE TABLE erasures (
    {RECORD_COLUMNS},
    person_id TEXT NOT NULL,
    erased_at TEXT NOT NULL,
    reason TEXT
);
CREATE UNIQUE INDEX erasures_id ON erasures(id);
CREATE INDEX erasures_by_person ON erasures(person_id);

CREATE TABLE audit_events (
    {RECORD_COLUMNS},
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    user_id TEXT,
    site TEXT,
    record_kind TEXT,
    record_id TEXT,
    detail TEXT
);
CREATE UNIQUE INDEX audit_events_id ON audit_events(id);
CREATE INDEX audit_events_by_record ON audit_events(record_id, at) WHERE record_id IS NOT NULL;
CREATE INDEX audit_events_by_user ON audit_events(user_id, at);
CREATE INDEX audit_events_by_time ON audit_events(at)
"""

#: Indexes the audit trail walks the change log by (core/audit.py): the time of each row write, its author,
#: deletions and restorations (partial: one entry per row write, not per cell), and the log's clock for the
#: rare write that did not set updated_at. Local like the log's other indexes; about 1 s and 34 MB to build
#: on a 700,000-line log.
AUDIT_WALK_INDEXES = (
    "CREATE INDEX IF NOT EXISTS sync_log_at ON sync_log(val, site, seq) WHERE col = 'updated_at'",
    "CREATE INDEX IF NOT EXISTS sync_log_by ON sync_log(val, tbl, row_id) WHERE col = 'updated_by'",
    "CREATE INDEX IF NOT EXISTS sync_log_deleted ON sync_log(site, seq) WHERE col = 'deleted_at'",
    "CREATE INDEX IF NOT EXISTS sync_log_hlc ON sync_log(hlc)",
)
