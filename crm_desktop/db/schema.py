"""Table definitions of the first schema version.

Rules (DESIGN.md section 3): every synced table has a local ``rid INTEGER PRIMARY
KEY`` that never leaves the machine (it keeps FTS5 external-content rowids stable
across VACUUM) and a TEXT ``id`` made where the row was created (the identity that
syncs). No UNIQUE or FOREIGN KEY constraints beyond that identity: two offline
machines may both create the same customer, and duplicates are found afterwards.
Times are UTC ISO-8601 text, money integer cents, lists and maps JSON text.
"""

from __future__ import annotations

#: Tables whose rows sync between machines (the sync issue declares them further).
SYNCED_TABLES = ("users", "companies", "people", "history", "attachments", "settings")

#: Columns every synced record table carries.
RECORD_COLUMNS = """
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT,
    updated_by TEXT,
    deleted_at TEXT,
    deleted_by TEXT
"""

INITIAL = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE users (
    {RECORD_COLUMNS},
    name TEXT NOT NULL,
    email TEXT,
    role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    cost_per_hour_cents INTEGER
);
CREATE UNIQUE INDEX users_id ON users(id);

CREATE TABLE companies (
    {RECORD_COLUMNS},
    name TEXT NOT NULL,
    vat TEXT,
    street TEXT,
    postcode TEXT,
    city TEXT,
    country TEXT,
    phone TEXT,
    email TEXT,
    website TEXT,
    industry TEXT,
    owner_id TEXT,
    stage TEXT NOT NULL DEFAULT 'prospect',
    tags TEXT NOT NULL DEFAULT '[]',
    notes TEXT,
    custom TEXT NOT NULL DEFAULT '{{}}'
);
CREATE UNIQUE INDEX companies_id ON companies(id);

CREATE TABLE people (
    {RECORD_COLUMNS},
    first_name TEXT,
    last_name TEXT NOT NULL,
    title TEXT,
    company_id TEXT,
    email TEXT,
    email2 TEXT,
    phone TEXT,
    mobile TEXT,
    street TEXT,
    postcode TEXT,
    city TEXT,
    country TEXT,
    language TEXT,
    stage TEXT NOT NULL DEFAULT 'lead',
    owner_id TEXT,
    source TEXT,
    interests TEXT NOT NULL DEFAULT '[]',
    consent TEXT NOT NULL DEFAULT '{{}}',
    credit_limit_cents INTEGER,
    payment_terms_days INTEGER,
    birthday TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    notes TEXT,
    custom TEXT NOT NULL DEFAULT '{{}}'
);
CREATE UNIQUE INDEX people_id ON people(id);

CREATE TABLE history (
    {RECORD_COLUMNS},
    kind TEXT NOT NULL,
    direction TEXT,
    occurred_at TEXT NOT NULL,
    duration_s INTEGER,
    user_id TEXT,
    subject TEXT,
    body TEXT,
    person_id TEXT,
    company_id TEXT
);
CREATE UNIQUE INDEX history_id ON history(id);

CREATE TABLE attachments (
    {RECORD_COLUMNS},
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mime TEXT,
    note TEXT
);
CREATE UNIQUE INDEX attachments_id ON attachments(id);
CREATE INDEX attachments_owner ON attachments(owner_id);
"""

#: Secondary indexes: sorting every list column in SQL, timelines, duplicate checks.
#: Dropped and rebuilt around bulk loads.
INDEXES = """
CREATE INDEX IF NOT EXISTS people_by_name ON people(last_name COLLATE NOCASE, first_name COLLATE NOCASE, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS people_by_first ON people(first_name COLLATE NOCASE, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS people_by_email ON people(email);
CREATE INDEX IF NOT EXISTS people_by_email2 ON people(email2) WHERE email2 IS NOT NULL;
CREATE INDEX IF NOT EXISTS people_by_phone ON people(phone);
CREATE INDEX IF NOT EXISTS people_by_mobile ON people(mobile);
CREATE INDEX IF NOT EXISTS people_by_city ON people(city COLLATE NOCASE, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS people_by_stage ON people(stage, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS people_by_company ON people(company_id);
CREATE INDEX IF NOT EXISTS people_by_owner ON people(owner_id, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS people_by_updated ON people(updated_at, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS people_by_sortcompany ON people(company_id, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS people_deleted ON people(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS companies_by_name ON companies(name COLLATE NOCASE, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS companies_by_city ON companies(city COLLATE NOCASE, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS companies_by_stage ON companies(stage, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS companies_by_industry ON companies(industry COLLATE NOCASE, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS companies_by_owner ON companies(owner_id, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS companies_by_updated ON companies(updated_at, rid) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS companies_by_vat ON companies(vat) WHERE vat IS NOT NULL;
CREATE INDEX IF NOT EXISTS companies_by_email ON companies(email);
CREATE INDEX IF NOT EXISTS companies_by_phone ON companies(phone);
CREATE INDEX IF NOT EXISTS companies_deleted ON companies(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS history_by_person ON history(person_id, occurred_at) WHERE person_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS history_by_company ON history(company_id, occurred_at) WHERE company_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS history_deleted ON history(deleted_at) WHERE deleted_at IS NOT NULL;
"""

INDEX_NAMES = tuple(
    line.split(" ON ")[0].split()[-1]
    for line in INDEXES.strip().splitlines()
    if line.startswith("CREATE INDEX")
)
