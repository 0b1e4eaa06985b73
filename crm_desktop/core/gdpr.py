"""A person's rights over their data: see everything held (export), be forgotten (erase), retention review.

Erasing keeps the business's figures: the person's row, sales, costs and counts stay (a
sale's amount is not personal data), only what identifies or describes the person is
anonymised, everywhere it was written. An ``erasures`` row syncs with the rest, and every
merge re-applies the anonymisation to the rows of erased people (``guard_merge``): an old
laptop that edited the person offline cannot bring the data back. The change log
(``sync_log``) keeps old cell values for the merge; they are overwritten too, so that the
erased text is nowhere in the database file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from crm_desktop.core import consent_ledger, records
from crm_desktop.core.attachments import BlobStore, store_dir
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.settings import write_settings
from crm_desktop.db.connection import write_transaction

#: The name an erased person shows everywhere (lists, reports, old campaigns).
ERASED_NAME = "Erased person"
#: What replaces a text that was about the person (a history note, a ticket message).
ERASED_TEXT = "(erased)"
RETENTION_KEY = "gdpr.retention_years"
DEFAULT_RETENTION_YEARS = 3
KEEP_KIND = "retention.keep"


@dataclass(frozen=True)
class Rule:
    """What erasing does to one table: which rows (``where`` takes the person id) and which cells.

    ``cells`` maps a column to its SQL value; ``REPLACE`` keeps a missing text missing and
    replaces any other one, so that an empty field does not suddenly say "(erased)".
    """

    table: str
    where: str
    cells: Mapping[str, str]


REPLACE = "replace"
_NULL = "NULL"

_PERSON_CELLS = {
    "first_name": _NULL, "last_name": f"'{ERASED_NAME}'", "title": _NULL, "email": _NULL, "email2": _NULL,
    "phone": _NULL, "mobile": _NULL, "street": _NULL, "postcode": _NULL, "city": _NULL, "birthday": _NULL,
    "notes": _NULL, "custom": "'{}'", "consent": "'{}'", "tags": "'[]'", "interests": "'[]'",
}
_OF_PERSON = "person_id = ?"
_ATTACHMENTS_OF_PERSON = (
    "((owner_kind = 'person' AND owner_id = ?1)"
    " OR (owner_kind = 'history' AND owner_id IN (SELECT id FROM history WHERE person_id = ?1))"
    " OR (owner_kind = 'signature' AND owner_id IN (SELECT id FROM interventions WHERE person_id = ?1)))")

RULES: tuple[Rule, ...] = (
    Rule("people", "id = ?", _PERSON_CELLS),
    Rule("history", _OF_PERSON, {"subject": REPLACE, "body": REPLACE}),
    Rule("tickets", _OF_PERSON, {"description": REPLACE, "resolution": REPLACE}),
    Rule("ticket_events", "ticket_id IN (SELECT id FROM tickets WHERE person_id = ?)", {"body": REPLACE}),
    Rule("interventions", _OF_PERSON, {"site_contact": _NULL, "site_phone": _NULL, "signed_by": _NULL,
                                       "street": _NULL}),
    Rule("campaign_sends", _OF_PERSON, {"address": _NULL, "consent": "'{}'"}),
    Rule("campaign_members", _OF_PERSON, {"response": REPLACE}),
    Rule("consent_events", _OF_PERSON, {"proof": _NULL}),
    Rule("tasks", _OF_PERSON, {"title": REPLACE, "notes": _NULL}),
    Rule("leads", _OF_PERSON, {"notes": _NULL, "next_action": _NULL, "interest": REPLACE}),
    Rule("opportunities", _OF_PERSON, {"notes": _NULL}),
    Rule("sales", _OF_PERSON, {"note": _NULL}),
    Rule("contracts", _OF_PERSON, {"notes": _NULL}),
    Rule("attachments", _ATTACHMENTS_OF_PERSON, {"file_name": f"'{ERASED_TEXT}'", "note": _NULL}),
)
#: Full-text indexes that may still hold the erased words until merged.
_FTS = ("people_fts", "history_fts", "tickets_fts", "interventions_fts", "opportunities_fts")


@dataclass(frozen=True)
class ErasureReport:
    """What erasing changed: rows anonymised per table, files removed."""

    rows: dict[str, int]
    files_removed: int


def _value_sql(column: str, value: str) -> str:
    if value == REPLACE:
        return f"CASE WHEN \"{column}\" IS NULL OR \"{column}\" = '' THEN \"{column}\" ELSE '{ERASED_TEXT}' END"
    return value


def _table_exists(db: sqlite_utils.Database, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone() is not None


def anonymise(db: sqlite_utils.Database, person_id: str, now: str, user_id: str | None) -> dict[str, int]:
    """Apply every rule to one person's rows (inside the caller's transaction); idempotent.

    Only rows still holding something are written, so running it again (after every merge)
    writes nothing and logs no change. The attachments of the person are also sent to the
    trash. Returns the rows written per table.
    """
    written: dict[str, int] = {}
    has_log = _table_exists(db, "sync_log")
    for rule in RULES:
        if not _table_exists(db, rule.table):
            continue
        values = {column: _value_sql(column, value) for column, value in rule.cells.items()}
        sets = [f'"{c}" = {v}' for c, v in values.items()]
        differs = " OR ".join(f'"{c}" IS NOT {v}' for c, v in values.items())
        extra = ""
        if rule.table == "attachments":
            sets.append("deleted_at = coalesce(deleted_at, ?2)")
            differs += " OR deleted_at IS NULL"
            extra = ", deleted_by = coalesce(deleted_by, ?3)"
        where = rule.where if "?1" in rule.where else rule.where.replace("?", "?1")
        cursor = db.execute(
            f"UPDATE {rule.table} SET {', '.join(sets)}{extra}, updated_at = ?2, updated_by = coalesce(?3, updated_by)"
            f" WHERE ({where}) AND ({differs})", [person_id, now, user_id])
        if cursor.rowcount:
            written[rule.table] = cursor.rowcount
        if has_log:
            _scrub_log(db, rule, where, person_id)
    return written


def _scrub_log(db: sqlite_utils.Database, rule: Rule, where: str, person_id: str) -> None:
    """Overwrite the logged old values of the anonymised cells with the value they have now.

    The merge reads these values to choose a winner; all of them being the anonymised value
    keeps every machine's choice anonymised too. Conflicts on those cells are settled.
    """
    rows = f"SELECT id FROM {rule.table} WHERE {where}"
    for column in rule.cells:
        db.execute(
            f"UPDATE sync_log SET val = (SELECT \"{column}\" FROM {rule.table} t WHERE t.id = sync_log.row_id)"
            f" WHERE tbl = '{rule.table}' AND col = '{column}' AND row_id IN ({rows})"
            f" AND val IS NOT (SELECT \"{column}\" FROM {rule.table} t WHERE t.id = sync_log.row_id)", [person_id])
        db.execute(f"DELETE FROM sync_conflicts WHERE tbl = '{rule.table}' AND col = '{column}'"
                   f" AND row_id IN ({rows})", [person_id])


def _optimise_search(db: sqlite_utils.Database) -> None:
    """Merge the full-text segments so the erased words leave the index, not only the table."""
    for fts in _FTS:
        if _table_exists(db, fts):
            db.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")


def _remove_files(db: sqlite_utils.Database, person_id: str) -> int:
    """Delete from the store the files of the person's attachments that no live attachment uses."""
    rows = db.execute(
        f"SELECT DISTINCT sha256 FROM attachments a WHERE {_ATTACHMENTS_OF_PERSON}"
        " AND NOT EXISTS (SELECT 1 FROM attachments o WHERE o.sha256 = a.sha256 AND o.deleted_at IS NULL)",
        [person_id]).fetchall()
    store = BlobStore(store_dir(db))
    removed = 0
    for (sha,) in rows:
        path = store.path(sha)
        if path.is_file():
            path.unlink()
            removed += 1
    return removed


def erased_ids(db: sqlite_utils.Database) -> set[str]:
    if not _table_exists(db, "erasures"):
        return set()
    return {r[0] for r in db.execute("SELECT DISTINCT person_id FROM erasures WHERE deleted_at IS NULL")}


def is_erased(db: sqlite_utils.Database, person_id: str) -> bool:
    return db.execute("SELECT 1 FROM erasures WHERE person_id = ? AND deleted_at IS NULL LIMIT 1",
                      [person_id]).fetchone() is not None


def erasure_of(db: sqlite_utils.Database, person_id: str) -> dict[str, Any] | None:
    rows = db.execute_returning_dicts(
        "SELECT id, person_id, erased_at, reason, created_by FROM erasures WHERE person_id = ? AND deleted_at IS NULL"
        " ORDER BY erased_at LIMIT 1", [person_id])
    return rows[0] if rows else None


def _site(db: sqlite_utils.Database) -> str | None:
    if not _table_exists(db, "sync_clock"):
        return None
    row = db.execute("SELECT site FROM sync_clock WHERE id = 1").fetchone()
    return row[0] if row else None


def audit(ctx: Context, kind: str, person_id: str, detail: Mapping[str, Any] | None = None) -> str:
    """An audit event about a person (inside the caller's transaction)."""
    return records.insert(ctx, "audit_events", {
        "kind": kind, "at": ctx.now(), "user_id": ctx.user.id, "site": _site(ctx.db), "record_kind": "person",
        "record_id": person_id, "detail": json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True)})


def erase_person(ctx: Context, person_id: str, reason: str) -> ErasureReport:
    """Anonymise a person everywhere in one transaction, keeping figures; record the erasure (synced)."""
    require(ctx.user, Perm.PERSONAL_DATA)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP("core", "Say why the person is erased."))})
    if len(reason) > 500:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP("core", "At most {n} characters."), {"n": 500})})
    records.fetch(ctx.db, "people", person_id, include_deleted=True)
    if is_erased(ctx.db, person_id):
        raise ValidationError({"person_id": Message(QT_TRANSLATE_NOOP("core", "This person was erased already."))})
    with write_transaction(ctx.db):
        records.insert(ctx, "erasures", {"person_id": person_id, "erased_at": ctx.now(), "reason": reason})
        rows = anonymise(ctx.db, person_id, ctx.now(), ctx.user.id)
        audit(ctx, "erasure", person_id, {"rows": sum(rows.values())})
        _optimise_search(ctx.db)
    files = _remove_files(ctx.db, person_id)
    for table in rows:
        ctx.announce(table, None, "update")
    ctx.announce("people", person_id, "update")
    return ErasureReport(rows=rows, files_removed=files)


#: How a changed row leads to its person (``?`` is the first change-log entry of the merge).
_CHANGED = "SELECT row_id FROM sync_log WHERE lid >= ? AND tbl = '{table}'"
_TOUCHED: tuple[str, ...] = (
    "SELECT row_id FROM sync_log WHERE lid >= ? AND tbl = 'people'",
    f"SELECT person_id FROM erasures WHERE id IN ({_CHANGED.format(table='erasures')})",
    *(f"SELECT person_id FROM {t} WHERE id IN ({_CHANGED.format(table=t)})"
      for t in ("history", "tickets", "interventions", "campaign_sends", "campaign_members", "consent_events",
                "tasks", "leads", "opportunities", "sales", "contracts")),
    "SELECT t.person_id FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id"
    f" WHERE e.id IN ({_CHANGED.format(table='ticket_events')})",
    "SELECT CASE a.owner_kind WHEN 'person' THEN a.owner_id"
    " WHEN 'history' THEN (SELECT person_id FROM history WHERE id = a.owner_id)"
    " WHEN 'signature' THEN (SELECT person_id FROM interventions WHERE id = a.owner_id) END"
    f" FROM attachments a WHERE a.id IN ({_CHANGED.format(table='attachments')})",
)


def _touched(db: sqlite_utils.Database, since_lid: int) -> set[str]:
    """The people whose rows the change-log entries from ``since_lid`` on wrote to."""
    found: set[str] = set()
    for sql in _TOUCHED:
        found.update(r[0] for r in db.execute(sql, [since_lid]) if r[0])
    return found


def guard_merge(db: sqlite_utils.Database, now: str, since_lid: int | None = None) -> int:
    """After a merge: anonymise again whatever a merged change brought back for an erased person.

    Called by the sync merge inside its transaction, with change capture installed, so the
    re-anonymisation is a change of this machine like any other. ``since_lid`` (the first
    change-log entry the merge wrote) limits the work to the people the merge touched;
    without it every erased person is checked. Returns the rows rewritten.
    """
    erased = erased_ids(db)
    if erased and since_lid is not None:
        erased &= _touched(db, since_lid)
    total = 0
    for person_id in sorted(erased):
        if not db.execute("SELECT 1 FROM people WHERE id = ?", [person_id]).fetchone():
            continue  # the person's row has not arrived yet: anonymised when it does
        rows = anonymise(db, person_id, now, None)
        if rows:
            total += sum(rows.values())
            _remove_files(db, person_id)
    if total:
        _optimise_search(db)
    return total


# -- what is held about a person (the export gathers it, the report prints it) --------------------

_HIDDEN = ("rid", "deleted_by")


def _rows(db: sqlite_utils.Database, sql: str, params: Iterable[Any]) -> list[dict[str, Any]]:
    out = []
    for row in db.execute_returning_dicts(sql, list(params)):
        clean = records.from_db(row)
        for column in _HIDDEN:
            clean.pop(column, None)
        out.append(clean)
    return out


def gather(ctx: Context, person_id: str) -> dict[str, Any]:
    """Everything held about a person, trashed records included (they are still held), as plain data."""
    require(ctx.user, Perm.PERSONAL_DATA)
    db = ctx.db
    person = records.fetch(db, "people", person_id, include_deleted=True)
    person.pop("rid", None)
    company = None
    if person.get("company_id"):
        found = _rows(db, "SELECT id, name, street, postcode, city, country, phone, email, website FROM companies"
                          " WHERE id = ?", [person["company_id"]])
        company = found[0] if found else None
    tickets = _rows(db, "SELECT * FROM tickets WHERE person_id = ? ORDER BY opened_at", [person_id])
    for ticket in tickets:
        ticket["messages"] = _rows(db, "SELECT kind, at, direction, body FROM ticket_events WHERE ticket_id = ?"
                                       " AND body IS NOT NULL ORDER BY at, rid", [ticket["id"]])
    sales = _rows(db, "SELECT * FROM sales WHERE person_id = ? ORDER BY sold_on", [person_id])
    for sale in sales:
        sale["lines"] = _rows(db, "SELECT coalesce(l.description, p.name) AS description, l.quantity,"
                                  " l.unit_price_cents, l.discount_percent FROM sale_lines l"
                                  " LEFT JOIN products p ON p.id = l.product_id"
                                  " WHERE l.sale_id = ? AND l.deleted_at IS NULL ORDER BY l.position", [sale["id"]])
        sale["total_cents"] = sum(round(line["quantity"] * line["unit_price_cents"]
                                        * (1 - (line["discount_percent"] or 0) / 100)) for line in sale["lines"])
    campaigns = _rows(db, "SELECT m.campaign_id, k.name AS campaign, k.starts_on, m.responded_at, m.response_channel,"
                          " m.response, m.called_at, m.call_outcome FROM campaign_members m"
                          " LEFT JOIN campaigns k ON k.id = m.campaign_id WHERE m.person_id = ? ORDER BY k.starts_on",
                      [person_id])
    for member in campaigns:
        member["sends"] = _rows(db, "SELECT channel, status, address, reason, sent_at, consent FROM campaign_sends"
                                    " WHERE campaign_id = ? AND person_id = ? ORDER BY channel",
                                [member["campaign_id"], person_id])
    return {
        "person": person,
        "company": company,
        "history": _rows(db, "SELECT h.id, h.kind, h.direction, h.occurred_at, h.subject, h.body, h.deleted_at,"
                             " u.name AS user_name FROM history h LEFT JOIN users u ON u.id = h.user_id"
                             " WHERE h.person_id = ? ORDER BY h.occurred_at", [person_id]),
        "tickets": tickets,
        "interventions": _rows(db, "SELECT id, number, kind, status, subject, instructions, street, postcode, city,"
                                   " site_contact, site_phone, planned_start, completed_at, work_done, signed_by,"
                                   " signed_at, deleted_at FROM interventions WHERE person_id = ?"
                                   " ORDER BY planned_start", [person_id]),
        "sales": sales,
        "tasks": _rows(db, "SELECT id, title, notes, due_at, done_at, deleted_at FROM tasks WHERE person_id = ?"
                           " ORDER BY due_at", [person_id]),
        "leads": _rows(db, "SELECT * FROM leads WHERE person_id = ? ORDER BY arrived_at", [person_id]),
        "opportunities": _rows(db, "SELECT id, number, title, stage, amount_cents, expected_close, closed_at, notes,"
                                   " deleted_at FROM opportunities WHERE person_id = ? ORDER BY created_at",
                               [person_id]),
        "contracts": _rows(db, "SELECT id, reference, starts_on, ends_on, notes, deleted_at FROM contracts"
                               " WHERE person_id = ?", [person_id]),
        "campaigns": campaigns,
        "consent": {"summary": person.get("consent") or {}, "ledger": consent_ledger.history(db, person_id)},
        "attachments": _rows(db, f"SELECT id, owner_kind, owner_id, file_name, size, mime, note, created_at, deleted_at"
                                 f" FROM attachments WHERE {_ATTACHMENTS_OF_PERSON} ORDER BY created_at",
                             [person_id]),
        "erasure": erasure_of(db, person_id),
    }


def record_export(ctx: Context, person_id: str, files: Iterable[str]) -> str:
    """Note in the audit trail that a person's data left the application (and as which files)."""
    require(ctx.user, Perm.PERSONAL_DATA)
    with write_transaction(ctx.db):
        event = audit(ctx, "export", person_id, {"files": list(files)})
    ctx.announce("audit_events", event, "insert")
    return event


# -- retention ------------------------------------------------------------------------------------


def retention_years(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [RETENTION_KEY]).fetchone()
    try:
        years = int(json.loads(row[0])) if row and row[0] else DEFAULT_RETENTION_YEARS
    except (ValueError, TypeError):
        return DEFAULT_RETENTION_YEARS
    return years if 1 <= years <= 50 else DEFAULT_RETENTION_YEARS


def save_retention_years(ctx: Context, years: int) -> int:
    require(ctx.user, Perm.SETTINGS)
    if not isinstance(years, int) or not 1 <= years <= 50:
        raise ValidationError({"years": Message(QT_TRANSLATE_NOOP("core", "Between {lo} and {hi}."),
                                                {"lo": 1, "hi": 50})})
    write_settings(ctx, "gdpr.", {"retention_years": years})
    return years


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def retention_candidates(db: sqlite_utils.Database, years: int, today: date, limit: int = 2000) -> list[dict[str, Any]]:
    """People with no activity and no consent given for ``years``: to review (erase or keep).

    Activity is history, a sale, a ticket or an intervention; a consent counts when given
    (summary or ledger) within the period. People created within it, already erased, or
    kept at a review within it are left out. Oldest activity first.
    """
    cutoff = _years_before(today, years)
    since = f"{cutoff.isoformat()}T00:00:00.000Z"
    day = cutoff.isoformat()
    given = " OR ".join(
        f"(json_extract(p.consent, '$.{c}.status') = 'given' AND json_extract(p.consent, '$.{c}.date') >= :day)"
        for c in ("email", "post", "phone", "sms"))
    sql = f"""
    SELECT * FROM (
      SELECT p.id, p.first_name, p.last_name, p.email, p.created_at, c.name AS company_name,
        max(coalesce((SELECT max(occurred_at) FROM history WHERE person_id = p.id AND deleted_at IS NULL), ''),
            coalesce((SELECT max(sold_on) FROM sales WHERE person_id = p.id AND deleted_at IS NULL), ''),
            coalesce((SELECT max(opened_at) FROM tickets WHERE person_id = p.id AND deleted_at IS NULL), ''),
            coalesce((SELECT max(coalesce(completed_at, planned_start, created_at)) FROM interventions
                      WHERE person_id = p.id AND deleted_at IS NULL), '')) AS last_activity
      FROM people p LEFT JOIN companies c ON c.id = p.company_id
      WHERE p.deleted_at IS NULL AND p.created_at < :since
        AND NOT EXISTS (SELECT 1 FROM erasures e WHERE e.person_id = p.id AND e.deleted_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.record_id = p.id AND a.kind = '{KEEP_KIND}'
                        AND a.at >= :since)
        AND NOT EXISTS (SELECT 1 FROM consent_events k WHERE k.person_id = p.id AND k.status = 'given'
                        AND k.at >= :since AND k.deleted_at IS NULL)
        AND NOT coalesce(({given}), 0)
    ) WHERE last_activity < :since ORDER BY last_activity, last_name COLLATE NOCASE, id LIMIT :limit
    """
    rows = db.execute_returning_dicts(sql, {"since": since, "day": day, "limit": int(limit)})
    for row in rows:
        row["last_activity"] = row["last_activity"] or None
    return rows


def keep_person(ctx: Context, person_id: str, reason: str | None = None) -> str:
    """A reviewer decided to keep the person: not listed again for another retention period."""
    require(ctx.user, Perm.PERSONAL_DATA)
    records.fetch(ctx.db, "people", person_id)
    with write_transaction(ctx.db):
        event = audit(ctx, KEEP_KIND, person_id, {"reason": (reason or "").strip()[:500]})
    ctx.announce("audit_events", event, "insert")
    return event

