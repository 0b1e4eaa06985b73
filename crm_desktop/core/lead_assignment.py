"""Who gets a new lead: rules a manager orders, then the least busy seller of the first match.

Rules are checked by position. ``interest`` matches a lead interested in a product
(its id) or in any product of a category; ``postcode`` matches the start of the
person's (else the company's) postcode; ``round_robin`` matches every lead. Among
the matching rule's active sellers, the one with the fewest open leads wins, ties
going to who was assigned a lead least recently, then by name. Everything is read
from the leads themselves, so two machines assigning offline need no shared counter
and never disagree about how they chose.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from crm_desktop.core import records
from crm_desktop.core.context import Context
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.lead_choices import OPEN_STATUSES, RULE_KINDS
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.validation import FieldProblem, clean_text
from crm_desktop.db.connection import write_transaction

TABLE = "assignment_rules"
MAX_RULES = 200
_OPEN = ", ".join(f"'{status}'" for status in OPEN_STATUSES)


# -- reading --------------------------------------------------------------------------------------


def rules(db: sqlite_utils.Database, active_only: bool = False) -> list[dict[str, Any]]:
    """The rules in the order they are tried (``seller_ids`` as a list)."""
    where = "deleted_at IS NULL" + (" AND active = 1" if active_only else "")
    rows = db.execute_returning_dicts(f"SELECT * FROM {TABLE} WHERE {where} ORDER BY position, created_at, id")
    return [records.from_db(row) for row in rows]


def sellers(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Active users a rule may name or a lead may be given to, by name."""
    return db.execute_returning_dicts(
        "SELECT id, name, role FROM users WHERE deleted_at IS NULL AND active = 1 ORDER BY name COLLATE NOCASE, id")


def _postcode_key(text: Any) -> str:
    return re.sub(r"[\s-]", "", str(text or "")).upper()


def _lead_facts(db: sqlite_utils.Database, lead: Mapping[str, Any]) -> dict[str, Any]:
    """What rules look at: the product's id and category, and the customer's postcode."""
    product_id = lead.get("interest_product_id")
    category = None
    if product_id:
        row = db.execute("SELECT category FROM products WHERE id = ?", [product_id]).fetchone()
        category = row[0] if row else None
    postcode = None
    if lead.get("person_id"):
        row = db.execute("SELECT postcode FROM people WHERE id = ?", [lead["person_id"]]).fetchone()
        postcode = row[0] if row else None
    if not postcode and lead.get("company_id"):
        row = db.execute("SELECT postcode FROM companies WHERE id = ?", [lead["company_id"]]).fetchone()
        postcode = row[0] if row else None
    return {"product_id": product_id, "category": (category or "").strip().casefold(),
            "postcode": _postcode_key(postcode)}


def matches(rule: Mapping[str, Any], facts: Mapping[str, Any]) -> bool:
    kind, match = rule.get("kind"), (rule.get("match") or "").strip()
    if kind == "round_robin":
        return True
    if kind == "interest":
        return bool(match) and (match == facts.get("product_id")
                                or (bool(facts.get("category")) and match.casefold() == facts["category"]))
    if kind == "postcode":
        key = _postcode_key(match)
        return bool(key) and str(facts.get("postcode") or "").startswith(key)
    return False


def _load(db: sqlite_utils.Database, seller_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The active sellers among ``seller_ids`` with their open leads and last assignment."""
    if not seller_ids:
        return []
    marks = ",".join("?" * len(seller_ids))
    return db.execute_returning_dicts(
        f"SELECT u.id, u.name,"
        f" (SELECT count(*) FROM leads l WHERE l.owner_id = u.id AND l.deleted_at IS NULL"
        f"  AND l.status IN ({_OPEN})) AS open_leads,"
        f" (SELECT max(l.assigned_at) FROM leads l WHERE l.owner_id = u.id AND l.deleted_at IS NULL) AS last_assigned"
        f" FROM users u WHERE u.id IN ({marks}) AND u.deleted_at IS NULL AND u.active = 1", list(seller_ids))


def pick(candidates: Sequence[Mapping[str, Any]]) -> str | None:
    """Fewest open leads, then assigned least recently (never first), then by name and id."""
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (c["open_leads"], c["last_assigned"] or "", (c["name"] or "").casefold(),
                                          c["id"]))
    return str(best["id"])


def choose(db: sqlite_utils.Database, lead: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(owner id, rule id) for a lead by the active rules; (None, None) when no rule gives a seller."""
    facts = _lead_facts(db, lead)
    for rule in rules(db, active_only=True):
        if not matches(rule, facts):
            continue
        owner = pick(_load(db, [str(s) for s in rule.get("seller_ids") or []]))
        if owner is not None:  # a rule whose sellers all left passes the lead on to the next rule
            return owner, str(rule["id"])
    return None, None


# -- writing --------------------------------------------------------------------------------------


def _validate_rule(db: sqlite_utils.Database, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Message]]:
    errors: dict[str, Message] = {}
    kind = values.get("kind")
    if kind not in RULE_KINDS:
        errors["kind"] = Message(QT_TRANSLATE_NOOP("core", "Choose the kind of rule."))
    try:
        match = clean_text(values.get("match"), 100)
    except FieldProblem as exc:
        match, errors["match"] = None, exc.message
    if kind == "round_robin":
        match = None
    elif kind == "interest" and "match" not in errors:
        known = match and (db.execute("SELECT 1 FROM products WHERE id = ? AND deleted_at IS NULL", [match]).fetchone()
                           or db.execute("SELECT 1 FROM products WHERE category = ? COLLATE NOCASE"
                                         " AND deleted_at IS NULL", [match]).fetchone())
        if not known:
            errors["match"] = Message(QT_TRANSLATE_NOOP("core", "Choose a product or a category of the catalogue."))
    elif kind == "postcode" and "match" not in errors:
        match = _postcode_key(match)
        if not match:
            errors["match"] = Message(QT_TRANSLATE_NOOP("core", "Give the start of the postcodes (e.g. 50)."))
    raw_sellers = values.get("seller_ids") or []
    seller_ids = list(dict.fromkeys(str(s) for s in raw_sellers if s))
    known_users = {row["id"] for row in sellers(db)}
    if not seller_ids:
        errors["seller_ids"] = Message(QT_TRANSLATE_NOOP("core", "Choose at least one seller."))
    elif any(s not in known_users for s in seller_ids):
        errors["seller_ids"] = Message(QT_TRANSLATE_NOOP("core", "A chosen seller no longer works here."))
    active = values.get("active", True)
    clean = {"kind": kind, "match": match, "seller_ids": seller_ids, "active": 1 if active in (True, 1, "1") else 0}
    return clean, errors


def save_rules(ctx: Context, wanted: Sequence[Mapping[str, Any]]) -> list[str]:
    """Replace the rule list by ``wanted`` in that order: rows with an ``id`` are updated, others
    created, rules left out go to the trash. Problems are keyed ``rules.<row>.<field>``."""
    require(ctx.user, Perm.LEAD_RULES)
    if len(wanted) > MAX_RULES:
        raise ValidationError({"rules": Message(QT_TRANSLATE_NOOP("core", "At most {n} items."), {"n": MAX_RULES})})
    current = {row["id"]: row for row in rules(ctx.db)}
    cleaned: list[tuple[str | None, dict[str, Any]]] = []
    errors: dict[str, Message] = {}
    for row, values in enumerate(wanted):
        clean, problems = _validate_rule(ctx.db, values)
        for name, message in problems.items():
            errors[f"rules.{row}.{name}"] = message
        rule_id = values.get("id")
        cleaned.append((str(rule_id) if rule_id in current else None, {**clean, "position": row}))
    if errors:
        raise ValidationError(errors)
    ids: list[str] = []
    with write_transaction(ctx.db):
        for rule_id, clean in cleaned:
            if rule_id is None:
                ids.append(records.insert(ctx, TABLE, clean))
            else:
                records.update(ctx, TABLE, rule_id, clean)
                ids.append(rule_id)
        for rule_id in current.keys() - set(ids):
            records.soft_delete(ctx, TABLE, rule_id)
    ctx.announce(TABLE, None, "update")
    return ids
