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
SYNCED_TABLES = ("users", "companies", "people", "history", "attachments", "settings", "support_levels",
                 "contracts", "tickets", "ticket_events", "kb_articles", "ticket_solutions", "time_entries",
                 "ticket_costs", "technicians", "absences", "products", "stock_locations", "stock_movements",
                 "stock_minimums", "interventions", "intervention_technicians", "intervention_parts",
                 "intervention_costs", "maintenance_plans", "sales", "sale_lines", "tasks", "leads",
                 "assignment_rules", "opportunities", "segments", "campaigns", "campaign_costs",
                 "campaign_members", "campaign_sends", "consent_events", "erasures", "audit_events")

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

#: Support desk (issue 4): service levels, contracts, tickets and their events, the
#: knowledge base, time and costs. ``ticket_sla`` and ``running_timers`` are local:
#: SLA state is derived from synced rows on each machine, and a timer runs on one PC.
SUPPORT = f"""
CREATE TABLE support_levels (
    {RECORD_COLUMNS},
    name TEXT NOT NULL,
    rank INTEGER NOT NULL DEFAULT 0,
    first_response_minutes INTEGER,
    resolution_minutes INTEGER,
    hourly_rate_cents INTEGER NOT NULL DEFAULT 0,
    included_minutes INTEGER NOT NULL DEFAULT 0,
    onsite_included INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX support_levels_id ON support_levels(id);

CREATE TABLE contracts (
    {RECORD_COLUMNS},
    company_id TEXT,
    person_id TEXT,
    level_id TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    reference TEXT,
    notes TEXT
);
CREATE UNIQUE INDEX contracts_id ON contracts(id);
CREATE INDEX contracts_by_company ON contracts(company_id) WHERE company_id IS NOT NULL;
CREATE INDEX contracts_by_person ON contracts(person_id) WHERE person_id IS NOT NULL;

CREATE TABLE tickets (
    {RECORD_COLUMNS},
    number TEXT NOT NULL,
    company_id TEXT,
    person_id TEXT,
    channel TEXT NOT NULL DEFAULT 'phone',
    category TEXT,
    product TEXT,
    priority TEXT NOT NULL DEFAULT 'normal',
    status TEXT NOT NULL DEFAULT 'new',
    assignee_id TEXT,
    subject TEXT NOT NULL,
    description TEXT,
    resolution TEXT,
    level_id TEXT,
    opened_at TEXT NOT NULL,
    resolved_at TEXT,
    closed_at TEXT
);
CREATE UNIQUE INDEX tickets_id ON tickets(id);
CREATE INDEX tickets_by_number ON tickets(number);
CREATE INDEX tickets_by_company ON tickets(company_id, opened_at) WHERE company_id IS NOT NULL;
CREATE INDEX tickets_by_person ON tickets(person_id, opened_at) WHERE person_id IS NOT NULL;
CREATE INDEX tickets_by_status ON tickets(status, opened_at) WHERE deleted_at IS NULL;
CREATE INDEX tickets_by_assignee ON tickets(assignee_id, status) WHERE deleted_at IS NULL;
CREATE INDEX tickets_by_opened ON tickets(opened_at, rid) WHERE deleted_at IS NULL;
CREATE INDEX tickets_by_resolved ON tickets(resolved_at) WHERE resolved_at IS NOT NULL;
-- The active queues: a few hundred of tens of thousands of tickets (the statistics of
-- tickets_by_status cannot tell the planner that, so it scanned every ticket to count them).
CREATE INDEX tickets_active ON tickets(status, opened_at) WHERE deleted_at IS NULL AND status IN ('new', 'open', 'waiting', 'reopened');
-- Counting the resolved tickets a solution solved reads the status without the ticket row.
CREATE INDEX tickets_by_id_status ON tickets(id, status);
CREATE INDEX tickets_deleted ON tickets(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE ticket_events (
    {RECORD_COLUMNS},
    ticket_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    user_id TEXT,
    direction TEXT,
    body TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE UNIQUE INDEX ticket_events_id ON ticket_events(id);
CREATE INDEX ticket_events_by_ticket ON ticket_events(ticket_id, at);

CREATE TABLE kb_articles (
    {RECORD_COLUMNS},
    title TEXT NOT NULL,
    problem TEXT,
    solution TEXT NOT NULL,
    product TEXT,
    category TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    language TEXT NOT NULL DEFAULT 'fr',
    source_ticket_id TEXT
);
CREATE UNIQUE INDEX kb_articles_id ON kb_articles(id);

CREATE TABLE ticket_solutions (
    {RECORD_COLUMNS},
    ticket_id TEXT NOT NULL,
    article_id TEXT,
    source_ticket_id TEXT,
    applied_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ticket_solutions_id ON ticket_solutions(id);
CREATE INDEX ticket_solutions_by_ticket ON ticket_solutions(ticket_id);
-- Covering: an article may have solved thousands of tickets, counted while a problem is typed.
CREATE INDEX ticket_solutions_by_article ON ticket_solutions(article_id, deleted_at, ticket_id) WHERE article_id IS NOT NULL;
CREATE INDEX ticket_solutions_by_source ON ticket_solutions(source_ticket_id, deleted_at, ticket_id) WHERE source_ticket_id IS NOT NULL;

CREATE TABLE time_entries (
    {RECORD_COLUMNS},
    ticket_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    billing TEXT NOT NULL DEFAULT 'billable',
    cost_rate_cents INTEGER NOT NULL DEFAULT 0,
    price_rate_cents INTEGER NOT NULL DEFAULT 0,
    note TEXT
);
CREATE UNIQUE INDEX time_entries_id ON time_entries(id);
CREATE INDEX time_entries_by_ticket ON time_entries(ticket_id);
CREATE INDEX time_entries_by_start ON time_entries(started_at);

CREATE TABLE ticket_costs (
    {RECORD_COLUMNS},
    ticket_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    user_id TEXT,
    description TEXT,
    quantity REAL NOT NULL DEFAULT 1,
    unit_cost_cents INTEGER NOT NULL DEFAULT 0,
    unit_price_cents INTEGER NOT NULL DEFAULT 0,
    km REAL,
    travel_minutes INTEGER,
    billing TEXT NOT NULL DEFAULT 'billable',
    cost_cents INTEGER NOT NULL DEFAULT 0,
    price_cents INTEGER NOT NULL DEFAULT 0,
    note TEXT
);
CREATE UNIQUE INDEX ticket_costs_id ON ticket_costs(id);
CREATE INDEX ticket_costs_by_ticket ON ticket_costs(ticket_id);
CREATE INDEX ticket_costs_by_time ON ticket_costs(occurred_at);

CREATE TABLE ticket_sla (
    ticket_id TEXT PRIMARY KEY,
    response_due TEXT,
    responded_at TEXT,
    response_met INTEGER,
    resolution_due TEXT,
    resolution_met INTEGER,
    next_due TEXT,
    paused INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ticket_sla_by_next_due ON ticket_sla(next_due) WHERE next_due IS NOT NULL;

CREATE TABLE running_timers (
    user_id TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL,
    started_at TEXT NOT NULL
)
"""

#: Field service (issue 5): technicians, interventions, parts and stock, maintenance plans.
#: ``stock_levels`` is local: it is derived from ``stock_movements`` by triggers on each
#: machine (derived state never syncs), so a level is read, never summed.
FIELD = f"""
CREATE TABLE technicians (
    {RECORD_COLUMNS},
    skills TEXT NOT NULL DEFAULT '[]',
    hours TEXT NOT NULL DEFAULT '[]',
    home_base TEXT,
    van_location_id TEXT,
    color TEXT,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX technicians_id ON technicians(id);

CREATE TABLE absences (
    {RECORD_COLUMNS},
    technician_id TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    reason TEXT
);
CREATE UNIQUE INDEX absences_id ON absences(id);
CREATE INDEX absences_by_technician ON absences(technician_id, starts_at);

CREATE TABLE products (
    {RECORD_COLUMNS},
    sku TEXT,
    name TEXT NOT NULL,
    description TEXT,
    unit TEXT,
    is_part INTEGER NOT NULL DEFAULT 0,
    cost_cents INTEGER NOT NULL DEFAULT 0,
    price_cents INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX products_id ON products(id);
CREATE INDEX products_by_name ON products(name COLLATE NOCASE);
CREATE INDEX products_by_sku ON products(sku);

CREATE TABLE stock_locations (
    {RECORD_COLUMNS},
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'warehouse',
    technician_id TEXT,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX stock_locations_id ON stock_locations(id);

CREATE TABLE stock_movements (
    {RECORD_COLUMNS},
    product_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    from_location_id TEXT,
    to_location_id TEXT,
    quantity INTEGER NOT NULL,
    at TEXT NOT NULL,
    user_id TEXT,
    intervention_id TEXT,
    flagged INTEGER NOT NULL DEFAULT 0,
    counted INTEGER,
    note TEXT
);
CREATE UNIQUE INDEX stock_movements_id ON stock_movements(id);
CREATE INDEX stock_movements_by_product ON stock_movements(product_id, at);
CREATE INDEX stock_movements_by_from ON stock_movements(from_location_id, at) WHERE from_location_id IS NOT NULL;
CREATE INDEX stock_movements_by_to ON stock_movements(to_location_id, at) WHERE to_location_id IS NOT NULL;
CREATE INDEX stock_movements_by_intervention ON stock_movements(intervention_id) WHERE intervention_id IS NOT NULL;
CREATE INDEX stock_movements_flagged ON stock_movements(flagged) WHERE flagged = 1;

CREATE TABLE stock_minimums (
    {RECORD_COLUMNS},
    location_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    min_quantity INTEGER NOT NULL DEFAULT 0,
    target_quantity INTEGER
);
CREATE UNIQUE INDEX stock_minimums_id ON stock_minimums(id);
CREATE INDEX stock_minimums_by_location ON stock_minimums(location_id);

CREATE TABLE interventions (
    {RECORD_COLUMNS},
    number TEXT NOT NULL,
    company_id TEXT,
    person_id TEXT,
    ticket_id TEXT,
    plan_id TEXT,
    kind TEXT NOT NULL DEFAULT 'repair',
    skills TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'to_plan',
    subject TEXT NOT NULL,
    instructions TEXT,
    street TEXT,
    postcode TEXT,
    city TEXT,
    country TEXT,
    site_contact TEXT,
    site_phone TEXT,
    planned_start TEXT,
    planned_end TEXT,
    duration_minutes INTEGER NOT NULL DEFAULT 60,
    due_on TEXT,
    arrived_at TEXT,
    departed_at TEXT,
    work_done TEXT,
    km REAL,
    checklist TEXT NOT NULL DEFAULT '{{}}',
    follow_up TEXT,
    follow_up_note TEXT,
    signed_by TEXT,
    signed_at TEXT,
    signature_id TEXT,
    completed_at TEXT
);
CREATE UNIQUE INDEX interventions_id ON interventions(id);
CREATE INDEX interventions_by_number ON interventions(number);
CREATE INDEX interventions_by_company ON interventions(company_id, planned_start) WHERE company_id IS NOT NULL;
CREATE INDEX interventions_by_person ON interventions(person_id, planned_start) WHERE person_id IS NOT NULL;
CREATE INDEX interventions_by_ticket ON interventions(ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX interventions_by_plan ON interventions(plan_id, due_on) WHERE plan_id IS NOT NULL;
CREATE INDEX interventions_by_start ON interventions(planned_start) WHERE deleted_at IS NULL;
CREATE INDEX interventions_to_plan ON interventions(status, due_on) WHERE deleted_at IS NULL AND status = 'to_plan';
CREATE INDEX interventions_deleted ON interventions(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE intervention_technicians (
    {RECORD_COLUMNS},
    intervention_id TEXT NOT NULL,
    technician_id TEXT NOT NULL
);
CREATE UNIQUE INDEX intervention_technicians_id ON intervention_technicians(id);
CREATE INDEX intervention_technicians_by_intervention ON intervention_technicians(intervention_id);
CREATE INDEX intervention_technicians_by_technician ON intervention_technicians(technician_id, intervention_id);

CREATE TABLE intervention_parts (
    {RECORD_COLUMNS},
    intervention_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX intervention_parts_id ON intervention_parts(id);
CREATE INDEX intervention_parts_by_intervention ON intervention_parts(intervention_id);

CREATE TABLE intervention_costs (
    {RECORD_COLUMNS},
    intervention_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    user_id TEXT,
    product_id TEXT,
    description TEXT,
    quantity REAL NOT NULL DEFAULT 1,
    minutes INTEGER NOT NULL DEFAULT 0,
    km REAL,
    unit_cost_cents INTEGER NOT NULL DEFAULT 0,
    unit_price_cents INTEGER NOT NULL DEFAULT 0,
    billing TEXT NOT NULL DEFAULT 'billable',
    cost_cents INTEGER NOT NULL DEFAULT 0,
    price_cents INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX intervention_costs_id ON intervention_costs(id);
CREATE INDEX intervention_costs_by_intervention ON intervention_costs(intervention_id);
CREATE INDEX intervention_costs_by_time ON intervention_costs(occurred_at);

CREATE TABLE maintenance_plans (
    {RECORD_COLUMNS},
    contract_id TEXT,
    company_id TEXT,
    person_id TEXT,
    subject TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'maintenance',
    skills TEXT NOT NULL DEFAULT '[]',
    every_months INTEGER NOT NULL DEFAULT 12,
    duration_minutes INTEGER NOT NULL DEFAULT 60,
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    instructions TEXT,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX maintenance_plans_id ON maintenance_plans(id);
CREATE INDEX maintenance_plans_by_contract ON maintenance_plans(contract_id);

CREATE TABLE stock_levels (
    location_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (location_id, product_id)
) WITHOUT ROWID;
CREATE INDEX stock_levels_by_product ON stock_levels(product_id)
"""

#: Triggers that keep ``stock_levels`` equal to the sum of live movements, whoever writes
#: them (the app, a merge of remote changes, a bulk load). Plain SQL, one statement each.
STOCK_LEVEL_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS stock_levels_ai AFTER INSERT ON stock_movements
WHEN NEW.deleted_at IS NULL BEGIN
  INSERT INTO stock_levels(location_id, product_id, quantity)
    SELECT NEW.to_location_id, NEW.product_id, NEW.quantity WHERE NEW.to_location_id IS NOT NULL
    ON CONFLICT(location_id, product_id) DO UPDATE SET quantity = quantity + excluded.quantity;
  INSERT INTO stock_levels(location_id, product_id, quantity)
    SELECT NEW.from_location_id, NEW.product_id, -NEW.quantity WHERE NEW.from_location_id IS NOT NULL
    ON CONFLICT(location_id, product_id) DO UPDATE SET quantity = quantity + excluded.quantity;
END""",
    """CREATE TRIGGER IF NOT EXISTS stock_levels_ad AFTER DELETE ON stock_movements
WHEN OLD.deleted_at IS NULL BEGIN
  UPDATE stock_levels SET quantity = quantity - OLD.quantity
    WHERE location_id = OLD.to_location_id AND product_id = OLD.product_id;
  UPDATE stock_levels SET quantity = quantity + OLD.quantity
    WHERE location_id = OLD.from_location_id AND product_id = OLD.product_id;
END""",
    """CREATE TRIGGER IF NOT EXISTS stock_levels_au
AFTER UPDATE OF product_id, from_location_id, to_location_id, quantity, deleted_at ON stock_movements BEGIN
  UPDATE stock_levels SET quantity = quantity - OLD.quantity
    WHERE OLD.deleted_at IS NULL AND location_id = OLD.to_location_id AND product_id = OLD.product_id;
  UPDATE stock_levels SET quantity = quantity + OLD.quantity
    WHERE OLD.deleted_at IS NULL AND location_id = OLD.from_location_id AND product_id = OLD.product_id;
  INSERT INTO stock_levels(location_id, product_id, quantity)
    SELECT NEW.to_location_id, NEW.product_id, NEW.quantity
    WHERE NEW.deleted_at IS NULL AND NEW.to_location_id IS NOT NULL
    ON CONFLICT(location_id, product_id) DO UPDATE SET quantity = quantity + excluded.quantity;
  INSERT INTO stock_levels(location_id, product_id, quantity)
    SELECT NEW.from_location_id, NEW.product_id, -NEW.quantity
    WHERE NEW.deleted_at IS NULL AND NEW.from_location_id IS NOT NULL
    ON CONFLICT(location_id, product_id) DO UPDATE SET quantity = quantity + excluded.quantity;
END""",
)

#: Sales and follow-up tasks (issue 6, first part): the product catalogue gains a category and
#: a tier (up-sell), sales are orders with lines, tasks are follow-ups due at a time.
SALES = f"""
ALTER TABLE products ADD COLUMN category TEXT;
ALTER TABLE products ADD COLUMN tier INTEGER;

CREATE TABLE sales (
    {RECORD_COLUMNS},
    number TEXT NOT NULL,
    company_id TEXT,
    person_id TEXT,
    sold_on TEXT NOT NULL,
    channel TEXT,
    seller_id TEXT,
    campaign_id TEXT,
    opportunity_id TEXT,
    note TEXT
);
CREATE UNIQUE INDEX sales_id ON sales(id);
CREATE INDEX sales_by_number ON sales(number);
CREATE INDEX sales_by_company ON sales(company_id, sold_on) WHERE company_id IS NOT NULL;
CREATE INDEX sales_by_person ON sales(person_id, sold_on) WHERE person_id IS NOT NULL;
CREATE INDEX sales_by_day ON sales(sold_on) WHERE deleted_at IS NULL;

CREATE TABLE sale_lines (
    {RECORD_COLUMNS},
    sale_id TEXT NOT NULL,
    product_id TEXT,
    description TEXT,
    quantity REAL NOT NULL DEFAULT 1,
    unit_price_cents INTEGER NOT NULL DEFAULT 0,
    unit_cost_cents INTEGER NOT NULL DEFAULT 0,
    discount_percent REAL NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sale_lines_id ON sale_lines(id);
CREATE INDEX sale_lines_by_sale ON sale_lines(sale_id);
CREATE INDEX sale_lines_by_product ON sale_lines(product_id, sale_id);

CREATE TABLE tasks (
    {RECORD_COLUMNS},
    title TEXT NOT NULL,
    notes TEXT,
    due_at TEXT,
    assignee_id TEXT,
    person_id TEXT,
    company_id TEXT,
    record_kind TEXT,
    record_id TEXT,
    done_at TEXT,
    reminded_at TEXT
);
CREATE UNIQUE INDEX tasks_id ON tasks(id);
CREATE INDEX tasks_open_by_assignee ON tasks(assignee_id, due_at) WHERE done_at IS NULL AND deleted_at IS NULL;
CREATE INDEX tasks_by_person ON tasks(person_id, due_at) WHERE person_id IS NOT NULL;
CREATE INDEX tasks_by_company ON tasks(company_id, due_at) WHERE company_id IS NOT NULL;
CREATE INDEX tasks_by_record ON tasks(record_id) WHERE record_id IS NOT NULL;
-- Done tasks on a customer's timeline, newest first.
CREATE INDEX tasks_done_by_person ON tasks(person_id, done_at) WHERE done_at IS NOT NULL;
CREATE INDEX tasks_done_by_company ON tasks(company_id, done_at) WHERE done_at IS NOT NULL
"""

#: Leads, opportunities and campaigns (issue 6, second part). A lead is one arrival of a person
#: or company at stage lead/prospect: its speed to lead is measured from ``arrived_at`` to the
#: first outgoing history entry (derived, so two machines logging contacts never conflict).
#: ``product_buyers`` is local: who bought what, kept by triggers on sales and their lines, so
#: recommendations read counts instead of summing every line.
CAMPAIGNS = f"""
CREATE TABLE leads (
    {RECORD_COLUMNS},
    person_id TEXT,
    company_id TEXT,
    source TEXT,
    interest_product_id TEXT,
    interest TEXT,
    budget_cents INTEGER,
    need TEXT,
    timing TEXT,
    decision_maker INTEGER,
    owner_id TEXT,
    assigned_at TEXT,
    assigned_rule_id TEXT,
    arrived_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',
    next_action TEXT,
    next_action_at TEXT,
    disqualified_reason TEXT,
    opportunity_id TEXT,
    campaign_id TEXT,
    notes TEXT
);
CREATE UNIQUE INDEX leads_id ON leads(id);
CREATE INDEX leads_open_by_owner ON leads(owner_id, arrived_at) WHERE deleted_at IS NULL AND status IN ('new', 'working', 'qualified');
CREATE INDEX leads_by_arrival ON leads(arrived_at) WHERE deleted_at IS NULL;
CREATE INDEX leads_by_person ON leads(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX leads_by_company ON leads(company_id) WHERE company_id IS NOT NULL;
CREATE INDEX leads_by_campaign ON leads(campaign_id) WHERE campaign_id IS NOT NULL;

CREATE TABLE assignment_rules (
    {RECORD_COLUMNS},
    kind TEXT NOT NULL,
    match TEXT,
    seller_ids TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX assignment_rules_id ON assignment_rules(id);

CREATE TABLE opportunities (
    {RECORD_COLUMNS},
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    person_id TEXT,
    company_id TEXT,
    lead_id TEXT,
    campaign_id TEXT,
    owner_id TEXT,
    stage TEXT NOT NULL DEFAULT 'new',
    amount_cents INTEGER NOT NULL DEFAULT 0,
    probability INTEGER,
    expected_close TEXT,
    lines TEXT NOT NULL DEFAULT '[]',
    lost_reason TEXT,
    stage_changed_at TEXT,
    closed_at TEXT,
    sale_id TEXT,
    notes TEXT
);
CREATE UNIQUE INDEX opportunities_id ON opportunities(id);
CREATE INDEX opportunities_by_number ON opportunities(number);
CREATE INDEX opportunities_by_stage ON opportunities(stage, expected_close) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_owner ON opportunities(owner_id, stage) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_person ON opportunities(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX opportunities_by_company ON opportunities(company_id) WHERE company_id IS NOT NULL;
CREATE INDEX opportunities_by_campaign ON opportunities(campaign_id) WHERE campaign_id IS NOT NULL;

CREATE TABLE segments (
    {RECORD_COLUMNS},
    name TEXT NOT NULL,
    filter TEXT NOT NULL DEFAULT '{{}}',
    notes TEXT
);
CREATE UNIQUE INDEX segments_id ON segments(id);

CREATE TABLE campaigns (
    {RECORD_COLUMNS},
    name TEXT NOT NULL,
    objective TEXT NOT NULL DEFAULT 'acquisition',
    channels TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'draft',
    starts_on TEXT,
    ends_on TEXT,
    budget_cents INTEGER NOT NULL DEFAULT 0,
    segment_id TEXT,
    email_subject TEXT,
    email_body TEXT,
    letter_body TEXT,
    sms_text TEXT,
    call_script TEXT,
    launched_at TEXT,
    notes TEXT
);
CREATE UNIQUE INDEX campaigns_id ON campaigns(id);
CREATE INDEX campaigns_by_start ON campaigns(starts_on) WHERE deleted_at IS NULL;

CREATE TABLE campaign_costs (
    {RECORD_COLUMNS},
    campaign_id TEXT NOT NULL,
    channel TEXT,
    description TEXT NOT NULL,
    amount_cents INTEGER NOT NULL DEFAULT 0,
    spent_on TEXT NOT NULL
);
CREATE UNIQUE INDEX campaign_costs_id ON campaign_costs(id);
CREATE INDEX campaign_costs_by_campaign ON campaign_costs(campaign_id);

CREATE TABLE campaign_members (
    {RECORD_COLUMNS},
    campaign_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    company_id TEXT,
    caller_id TEXT,
    call_outcome TEXT,
    called_at TEXT,
    responded_at TEXT,
    response_channel TEXT,
    response TEXT
);
CREATE UNIQUE INDEX campaign_members_id ON campaign_members(id);
CREATE INDEX campaign_members_by_campaign ON campaign_members(campaign_id, person_id);
CREATE INDEX campaign_members_by_person ON campaign_members(person_id);
CREATE INDEX campaign_members_by_caller ON campaign_members(caller_id, campaign_id) WHERE caller_id IS NOT NULL;

CREATE TABLE campaign_sends (
    {RECORD_COLUMNS},
    campaign_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    consent TEXT,
    address TEXT,
    reason TEXT,
    sent_at TEXT
);
CREATE UNIQUE INDEX campaign_sends_id ON campaign_sends(id);
CREATE INDEX campaign_sends_by_campaign ON campaign_sends(campaign_id, channel, status);
CREATE INDEX campaign_sends_by_person ON campaign_sends(person_id);
-- Covering: a campaign's members whose every send was left out, counted without reading the rows.
CREATE INDEX campaign_sends_by_member ON campaign_sends(campaign_id, person_id, status, deleted_at);
CREATE INDEX sales_by_campaign ON sales(campaign_id) WHERE campaign_id IS NOT NULL;

CREATE TABLE product_buyers (
    product_id TEXT NOT NULL,
    customer TEXT NOT NULL,
    lines INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, customer)
) WITHOUT ROWID;
CREATE INDEX product_buyers_by_customer ON product_buyers(customer, product_id)
"""

#: Who bought a product, as recommendations count it: ``'c:' || company_id``, else ``'p:' || person_id``.
_BUYER = ("CASE WHEN {s}.company_id IS NOT NULL THEN 'c:' || {s}.company_id "
          "WHEN {s}.person_id IS NOT NULL THEN 'p:' || {s}.person_id END")

#: Triggers that keep ``product_buyers`` equal to the live sale lines (of live sales) naming a
#: product, counted per customer, whoever writes them (the app, a merge of remote changes in any
#: order, a bulk load). A count that falls to 0 is deleted, so a row means "bought it". Each also
#: counts up ``meta['product_buyers.version']``: what is computed from the table stays valid until
#: it moves (core.recommendations caches on it), whatever else is written meanwhile.
PRODUCT_BUYER_TRIGGERS = (
    f"""CREATE TRIGGER IF NOT EXISTS product_buyers_line_ai AFTER INSERT ON sale_lines
WHEN NEW.deleted_at IS NULL AND NEW.product_id IS NOT NULL BEGIN
  INSERT INTO product_buyers(product_id, customer, lines)
    SELECT NEW.product_id, {_BUYER.format(s='s')}, 1 FROM sales s
    WHERE s.id = NEW.sale_id AND s.deleted_at IS NULL AND {_BUYER.format(s='s')} IS NOT NULL
    ON CONFLICT(product_id, customer) DO UPDATE SET lines = lines + 1;
  UPDATE meta SET value = value + 1 WHERE key = 'product_buyers.version';
END""",
    f"""CREATE TRIGGER IF NOT EXISTS product_buyers_line_ad AFTER DELETE ON sale_lines
WHEN OLD.deleted_at IS NULL AND OLD.product_id IS NOT NULL BEGIN
  UPDATE product_buyers SET lines = lines - 1 WHERE product_id = OLD.product_id AND customer =
    (SELECT {_BUYER.format(s='s')} FROM sales s WHERE s.id = OLD.sale_id AND s.deleted_at IS NULL);
  DELETE FROM product_buyers WHERE product_id = OLD.product_id AND lines <= 0;
  UPDATE meta SET value = value + 1 WHERE key = 'product_buyers.version';
END""",
    f"""CREATE TRIGGER IF NOT EXISTS product_buyers_line_au AFTER UPDATE OF sale_id, product_id, deleted_at ON sale_lines
WHEN OLD.sale_id IS NOT NEW.sale_id OR OLD.product_id IS NOT NEW.product_id OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  UPDATE product_buyers SET lines = lines - 1
    WHERE OLD.deleted_at IS NULL AND product_id = OLD.product_id AND customer =
    (SELECT {_BUYER.format(s='s')} FROM sales s WHERE s.id = OLD.sale_id AND s.deleted_at IS NULL);
  DELETE FROM product_buyers WHERE product_id = OLD.product_id AND lines <= 0;
  INSERT INTO product_buyers(product_id, customer, lines)
    SELECT NEW.product_id, {_BUYER.format(s='s')}, 1 FROM sales s
    WHERE NEW.deleted_at IS NULL AND NEW.product_id IS NOT NULL AND s.id = NEW.sale_id AND s.deleted_at IS NULL
    AND {_BUYER.format(s='s')} IS NOT NULL
    ON CONFLICT(product_id, customer) DO UPDATE SET lines = lines + 1;
  UPDATE meta SET value = value + 1 WHERE key = 'product_buyers.version';
END""",
    f"""CREATE TRIGGER IF NOT EXISTS product_buyers_sale_ai AFTER INSERT ON sales
WHEN NEW.deleted_at IS NULL AND {_BUYER.format(s='NEW')} IS NOT NULL BEGIN
  INSERT INTO product_buyers(product_id, customer, lines)
    SELECT l.product_id, {_BUYER.format(s='NEW')}, count(*) FROM sale_lines l
    WHERE l.sale_id = NEW.id AND l.deleted_at IS NULL AND l.product_id IS NOT NULL GROUP BY l.product_id
    ON CONFLICT(product_id, customer) DO UPDATE SET lines = lines + excluded.lines;
  UPDATE meta SET value = value + 1 WHERE key = 'product_buyers.version';
END""",
    f"""CREATE TRIGGER IF NOT EXISTS product_buyers_sale_ad AFTER DELETE ON sales
WHEN OLD.deleted_at IS NULL AND {_BUYER.format(s='OLD')} IS NOT NULL BEGIN
  UPDATE product_buyers SET lines = lines - (SELECT count(*) FROM sale_lines l WHERE l.sale_id = OLD.id
    AND l.deleted_at IS NULL AND l.product_id = product_buyers.product_id)
    WHERE customer = {_BUYER.format(s='OLD')};
  DELETE FROM product_buyers WHERE customer = {_BUYER.format(s='OLD')} AND lines <= 0;
  UPDATE meta SET value = value + 1 WHERE key = 'product_buyers.version';
END""",
    f"""CREATE TRIGGER IF NOT EXISTS product_buyers_sale_au AFTER UPDATE OF company_id, person_id, deleted_at ON sales
WHEN OLD.company_id IS NOT NEW.company_id OR OLD.person_id IS NOT NEW.person_id
  OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN
  UPDATE product_buyers SET lines = lines - (SELECT count(*) FROM sale_lines l WHERE l.sale_id = OLD.id
    AND l.deleted_at IS NULL AND l.product_id = product_buyers.product_id)
    WHERE OLD.deleted_at IS NULL AND customer = {_BUYER.format(s='OLD')};
  DELETE FROM product_buyers WHERE customer = {_BUYER.format(s='OLD')} AND lines <= 0;
  INSERT INTO product_buyers(product_id, customer, lines)
    SELECT l.product_id, {_BUYER.format(s='NEW')}, count(*) FROM sale_lines l
    WHERE NEW.deleted_at IS NULL AND {_BUYER.format(s='NEW')} IS NOT NULL AND l.sale_id = NEW.id
    AND l.deleted_at IS NULL AND l.product_id IS NOT NULL GROUP BY l.product_id
    ON CONFLICT(product_id, customer) DO UPDATE SET lines = lines + excluded.lines;
  UPDATE meta SET value = value + 1 WHERE key = 'product_buyers.version';
END""",
)

#: Fills ``product_buyers`` from the sales there (the migration; a bulk load that dropped the triggers).
PRODUCT_BUYERS_FILL = f"""INSERT INTO product_buyers(product_id, customer, lines)
SELECT l.product_id, {_BUYER.format(s='s')} AS buyer, count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id
WHERE l.deleted_at IS NULL AND s.deleted_at IS NULL AND l.product_id IS NOT NULL AND buyer IS NOT NULL
GROUP BY l.product_id, buyer"""


#: Customer value (issue 7). A customer is a company, else the person's company, else the person:
#: ``'c:' || company_id`` or ``'p:' || person_id`` of a row ``{s}`` (core.customer_keys reads this).
CUSTOMER_KEY = ("CASE WHEN coalesce({s}.company_id, '') <> '' THEN 'c:' || {s}.company_id "
                "ELSE coalesce('c:' || nullif((SELECT k.company_id FROM people k WHERE k.id = {s}.person_id), ''), "
                "'p:' || nullif({s}.person_id, '')) END")

#: ``customer_days`` is local: the days (UTC dates; a sale's own day) on which each customer bought, was
#: in contact (any history entry but a note) or opened a ticket, with how many such rows. The risk of a
#: customer going silent reads their last days by the primary key instead of scanning a million history rows.
VALUE = """
CREATE TABLE customer_days (
    customer TEXT NOT NULL,
    day TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (customer, day)
) WITHOUT ROWID;
-- A company's share of campaign costs, found from its members without reading every member.
CREATE INDEX campaign_members_by_company ON campaign_members(company_id) WHERE company_id IS NOT NULL;
-- Each customer's value per calendar month of the shop's days (core.customer_value computes the rows);
-- sales: live sales, first_sale/last_sale their days; line_sales/last_line_sale: those with a live line.
CREATE TABLE value_months (
    month TEXT NOT NULL,
    customer TEXT NOT NULL,
    revenue INTEGER NOT NULL DEFAULT 0,
    cost_of_sales INTEGER NOT NULL DEFAULT 0,
    support INTEGER NOT NULL DEFAULT 0,
    parts INTEGER NOT NULL DEFAULT 0,
    travel INTEGER NOT NULL DEFAULT 0,
    intervention INTEGER NOT NULL DEFAULT 0,
    campaign INTEGER NOT NULL DEFAULT 0,
    sales INTEGER NOT NULL DEFAULT 0,
    first_sale TEXT,
    last_sale TEXT,
    line_sales INTEGER NOT NULL DEFAULT 0,
    last_line_sale TEXT,
    PRIMARY KEY (month, customer)
) WITHOUT ROWID;
-- The buyers' months by customer (RFM, lifecycle, "bought ever"), covering what they read.
CREATE INDEX value_months_buyers ON value_months(customer, month, revenue, sales, first_sale, last_sale,
    line_sales, last_line_sale) WHERE sales > 0;
-- Months whose rows are out of date ('*': every month), written by cheap triggers, emptied by the readers.
CREATE TABLE value_dirty (month TEXT PRIMARY KEY) WITHOUT ROWID
"""

#: Each customer's value per local day (migration 0010), written with ``value_months`` by the same refresh: a
#: period cutting a month (this month to date, the same days a year before, the last 12 months) reads its days
#: here instead of summing the source rows again; only the days with a figure have a row. ``value_versions``:
#: a random number drawn for each month the refresh recomputes, so what a reader kept in memory for some months
#: stays good until one of them changes (a sale today leaves last year's figures kept).
VALUE_DAYS = """
CREATE TABLE value_days (
    day TEXT NOT NULL,
    customer TEXT NOT NULL,
    revenue INTEGER NOT NULL DEFAULT 0,
    cost_of_sales INTEGER NOT NULL DEFAULT 0,
    support INTEGER NOT NULL DEFAULT 0,
    parts INTEGER NOT NULL DEFAULT 0,
    travel INTEGER NOT NULL DEFAULT 0,
    intervention INTEGER NOT NULL DEFAULT 0,
    campaign INTEGER NOT NULL DEFAULT 0,
    sales INTEGER NOT NULL DEFAULT 0,
    line_sales INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, customer)
) WITHOUT ROWID;
-- The buyers' days by customer (RFM, lifecycle, "bought ever"): a row per customer and day with a sale.
CREATE INDEX value_days_buyers ON value_days(customer, day, revenue, sales, line_sales) WHERE sales > 0;
CREATE TABLE value_versions (month TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
-- A random number drawn again by any write to the rows a family of figures reads (FIGURE_SOURCES): what a reader
-- kept of them stays good while it is the same, across connections, and a rolled back write never comes back.
CREATE TABLE figure_versions (family TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO figure_versions(family, version) VALUES ('operations', random())
"""

#: family -> the tables its figures read. operations: speed to lead, SLA verdicts, technicians' time, support
#: time and what contracts include (core.operations; the campaigns' return, read from sales, is not kept).
FIGURE_SOURCES = {
    "operations": ("leads", "history", "settings", "tickets", "ticket_sla", "time_entries", "users", "technicians",
                   "absences", "interventions", "intervention_technicians", "intervention_costs", "contracts",
                   "support_levels"),
}


def _figure_triggers() -> list[str]:
    out = []
    for family, tables in FIGURE_SOURCES.items():
        bump = f"UPDATE figure_versions SET version = random() WHERE family = '{family}';"
        for table in tables:
            for event in ("INSERT", "UPDATE", "DELETE"):
                out.append(f"CREATE TRIGGER IF NOT EXISTS figures_{family}_{table}_{event.lower()} AFTER {event} "
                           f"ON {table} BEGIN {bump} END")
    return out


#: Triggers drawing a family's new version at every write to one of its tables (whoever writes).
FIGURE_TRIGGERS = tuple(_figure_triggers())

#: The rows that make a customer day: table -> (its day, when it counts, the columns that move it).
_DAY_SOURCES = {
    "history": ("substr({s}.occurred_at, 1, 10)", "{s}.deleted_at IS NULL AND {s}.kind <> 'note'",
                "company_id, person_id, deleted_at, occurred_at, kind"),
    "sales": ("{s}.sold_on", "{s}.deleted_at IS NULL", "company_id, person_id, deleted_at, sold_on"),
    "tickets": ("substr({s}.opened_at, 1, 10)", "{s}.deleted_at IS NULL",
                "company_id, person_id, deleted_at, opened_at"),
}


def _day_triggers() -> list[str]:
    out = []
    for table, (day, counts, columns) in _DAY_SOURCES.items():
        new = {"key": CUSTOMER_KEY.format(s="NEW"), "day": day.format(s="NEW"), "counts": counts.format(s="NEW")}
        old = {"key": CUSTOMER_KEY.format(s="OLD"), "day": day.format(s="OLD"), "counts": counts.format(s="OLD")}
        add = (f"INSERT INTO customer_days(customer, day, n) SELECT {new['key']}, {new['day']}, 1 "
               f"WHERE {new['counts']} AND {new['key']} IS NOT NULL "
               f"ON CONFLICT(customer, day) DO UPDATE SET n = n + 1;")
        take = (f"UPDATE customer_days SET n = n - 1 WHERE {old['counts']} AND customer = {old['key']} "
                f"AND day = {old['day']}; "
                f"DELETE FROM customer_days WHERE customer = {old['key']} AND day = {old['day']} AND n <= 0;")
        out.append(f"CREATE TRIGGER IF NOT EXISTS customer_days_{table}_ai AFTER INSERT ON {table} BEGIN {add} END")
        out.append(f"CREATE TRIGGER IF NOT EXISTS customer_days_{table}_ad AFTER DELETE ON {table} BEGIN {take} END")
        out.append(f"CREATE TRIGGER IF NOT EXISTS customer_days_{table}_au AFTER UPDATE OF {columns} ON {table} "
                   f"BEGIN {take} {add} END")
    # A person who joins, leaves or changes company takes the days of their own rows (those naming no
    # company) along: they count for whom the person counts now.
    person_rows = " UNION ALL ".join(
        f"SELECT {day.format(s='x')} AS day FROM {table} x WHERE x.person_id = NEW.id "
        f"AND coalesce(x.company_id, '') = '' AND {counts.format(s='x')}"
        for table, (day, counts, _) in _DAY_SOURCES.items())
    old_key = "CASE WHEN coalesce(OLD.company_id, '') <> '' THEN 'c:' || OLD.company_id ELSE 'p:' || OLD.id END"
    new_key = "CASE WHEN coalesce(NEW.company_id, '') <> '' THEN 'c:' || NEW.company_id ELSE 'p:' || NEW.id END"
    out.append(
        f"CREATE TRIGGER IF NOT EXISTS customer_days_people_au AFTER UPDATE OF company_id ON people "
        f"WHEN coalesce(OLD.company_id, '') <> coalesce(NEW.company_id, '') BEGIN "
        f"INSERT INTO customer_days(customer, day, n) SELECT {old_key}, day, -count(*) FROM ({person_rows}) "
        f"WHERE true GROUP BY day ON CONFLICT(customer, day) DO UPDATE SET n = n + excluded.n; "
        f"DELETE FROM customer_days WHERE customer = {old_key} AND n <= 0; "
        f"INSERT INTO customer_days(customer, day, n) SELECT {new_key}, day, count(*) FROM ({person_rows}) "
        f"WHERE true GROUP BY day ON CONFLICT(customer, day) DO UPDATE SET n = n + excluded.n; END")
    return out


#: Triggers that keep ``customer_days`` equal to the live history (notes aside), sales and tickets,
#: whoever writes them (the app, a merge of remote changes, a bulk load).
CUSTOMER_DAY_TRIGGERS = tuple(_day_triggers())

#: Fills ``customer_days`` from the rows there (the migration; a bulk load that dropped the triggers).
CUSTOMER_DAYS_FILL = "INSERT INTO customer_days(customer, day, n) SELECT customer, day, count(*) FROM (" + (
    " UNION ALL ".join(f"SELECT {CUSTOMER_KEY.format(s='x')} AS customer, {day.format(s='x')} AS day "
                       f"FROM {table} x WHERE {counts.format(s='x')}"
                       for table, (day, counts, _) in _DAY_SOURCES.items())
) + ") WHERE customer IS NOT NULL GROUP BY customer, day"


# --------------------------------------------------------------------------- value months

_BEGIN = "substr(coalesce({c}.starts_on, substr({c}.created_at, 1, 10)), 1, 7)"


def _mark(select: str) -> str:
    return f"INSERT OR IGNORE INTO value_dirty(month) SELECT m FROM ({select}) WHERE m IS NOT NULL;"


def _near(t: str) -> str:
    """The months (local) a UTC time may fall in, whatever the shop's time zone: its day before and after."""
    return f"SELECT strftime('%Y-%m', {t}, '-1 day') AS m UNION SELECT strftime('%Y-%m', {t}, '+1 day')"


def _person_months(p: str) -> str:
    """Every month holding a row that names only person ``p`` (its key follows the person's company)."""
    only = "coalesce({a}.company_id, '') = ''"
    return (f"SELECT substr(s.sold_on, 1, 7) AS m FROM sales s WHERE s.person_id = {p} AND {only.format(a='s')} "
            f"UNION SELECT strftime('%Y-%m', e.started_at, d.shift) FROM tickets t JOIN time_entries e "
            f"ON e.ticket_id = t.id, (SELECT '-1 day' AS shift UNION ALL SELECT '+1 day') d "
            f"WHERE t.person_id = {p} AND {only.format(a='t')} "
            f"UNION SELECT strftime('%Y-%m', c.occurred_at, d.shift) FROM tickets t JOIN ticket_costs c "
            f"ON c.ticket_id = t.id, (SELECT '-1 day' AS shift UNION ALL SELECT '+1 day') d "
            f"WHERE t.person_id = {p} AND {only.format(a='t')} "
            f"UNION SELECT strftime('%Y-%m', c.occurred_at, d.shift) FROM interventions i JOIN intervention_costs c "
            f"ON c.intervention_id = i.id, (SELECT '-1 day' AS shift UNION ALL SELECT '+1 day') d "
            f"WHERE i.person_id = {p} AND {only.format(a='i')} "
            f"UNION SELECT {_BEGIN.format(c='c')} FROM campaign_members x JOIN campaigns c ON c.id = x.campaign_id "
            f"WHERE x.person_id = {p} AND {only.format(a='x')}")


def _value_triggers() -> list[str]:
    """(name, event, body) of the triggers marking the months a write may change."""
    specs: list[tuple[str, str, str]] = [
        # table, the columns whose update counts, the months of row {r}
        ("sales", "company_id, person_id, deleted_at, sold_on", "SELECT substr({r}.sold_on, 1, 7) AS m"),
        ("sale_lines", "sale_id, quantity, unit_price_cents, unit_cost_cents, discount_percent, deleted_at",
         "SELECT substr(s.sold_on, 1, 7) AS m FROM sales s WHERE s.id = {r}.sale_id"),
        ("time_entries", "ticket_id, started_at, minutes, cost_rate_cents, deleted_at", _near("{r}.started_at")),
        ("ticket_costs", "ticket_id, occurred_at, kind, cost_cents, deleted_at", _near("{r}.occurred_at")),
        ("intervention_costs", "intervention_id, occurred_at, kind, cost_cents, deleted_at",
         _near("{r}.occurred_at")),
        ("campaign_costs", "campaign_id, amount_cents, deleted_at",
         f"SELECT {_BEGIN.format(c='c')} AS m FROM campaigns c WHERE c.id = {{r}}.campaign_id"),
        ("campaign_members", "campaign_id, company_id, person_id, deleted_at",
         f"SELECT {_BEGIN.format(c='c')} AS m FROM campaigns c WHERE c.id = {{r}}.campaign_id"),
    ]
    out = []
    for table, columns, select in specs:
        new, old = _mark(select.format(r="NEW")), _mark(select.format(r="OLD"))
        out.append(f"CREATE TRIGGER IF NOT EXISTS value_{table}_ai AFTER INSERT ON {table} BEGIN {new} END")
        out.append(f"CREATE TRIGGER IF NOT EXISTS value_{table}_ad AFTER DELETE ON {table} BEGIN {old} END")
        out.append(f"CREATE TRIGGER IF NOT EXISTS value_{table}_au AFTER UPDATE OF {columns} ON {table} "
                   f"BEGIN {old} {new} END")
    # A ticket or an intervention changing customer (or going to the trash) moves its time and costs.
    for table, costs, link, moment in (("tickets", "time_entries", "ticket_id", "started_at"),
                                       ("tickets", "ticket_costs", "ticket_id", "occurred_at"),
                                       ("interventions", "intervention_costs", "intervention_id", "occurred_at")):
        months = (f"SELECT strftime('%Y-%m', x.{moment}, d.shift) AS m FROM {costs} x, "
                  f"(SELECT '-1 day' AS shift UNION ALL SELECT '+1 day') d WHERE x.{link} = NEW.id")
        out.append(f"CREATE TRIGGER IF NOT EXISTS value_{table}_{costs}_au AFTER UPDATE OF company_id, person_id, "
                   f"deleted_at ON {table} BEGIN {_mark(months)} END")
    begin_old, begin_new = _BEGIN.format(c="OLD"), _BEGIN.format(c="NEW")
    out.append(f"CREATE TRIGGER IF NOT EXISTS value_campaigns_au AFTER UPDATE OF starts_on, created_at, deleted_at "
               f"ON campaigns BEGIN {_mark(f'SELECT {begin_old} AS m UNION SELECT {begin_new}')} END")
    # A person joining, leaving or changing company takes the rows naming only them along.
    out.append(f"CREATE TRIGGER IF NOT EXISTS value_people_au AFTER UPDATE OF company_id ON people "
               f"WHEN coalesce(OLD.company_id, '') <> coalesce(NEW.company_id, '') "
               f"BEGIN {_mark(_person_months('NEW.id'))} END")
    # Another time zone moves every local day.
    for event in ("INSERT", "UPDATE"):
        out.append(f"CREATE TRIGGER IF NOT EXISTS value_timezone_{event.lower()} AFTER {event} ON settings "
                   f"WHEN NEW.key = 'support.timezone' BEGIN INSERT OR IGNORE INTO value_dirty(month) VALUES ('*'); END")
    return out


#: Triggers marking in ``value_dirty`` the months a write changes (whoever writes: app, merge, bulk load).
VALUE_TRIGGERS = tuple(_value_triggers())
