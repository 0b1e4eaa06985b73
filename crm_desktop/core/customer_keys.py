"""Who "the customer" is: a company, or a person without a company, named by a short key.

The key is ``"c:<company_id>"`` or ``"p:<person_id>"`` (as ``recommendations.buyer_key``). A row that
names a company (a sale, a ticket, an intervention, a campaign member...) counts for that company; a row
that names only a person counts for the person's company when they have one, else for the person. So a
person who joined a company after buying brings their purchases with them, and every figure of customer
value, RFM and risk groups rows the same way (``key_sql``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from crm_desktop.core.errors import Message, NotFound, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.db.schema import CUSTOMER_KEY

COMPANY = "c:"
PERSON = "p:"

#: A person's display name as the support report writes it ("first last", trimmed).
PERSON_NAME_SQL = "trim(coalesce({p}.first_name, '') || ' ' || coalesce({p}.last_name, ''))"


def key_sql(alias: str) -> str:
    """SQL for the key of row ``alias`` (with ``company_id`` and ``person_id`` columns); NULL without either.

    The person's company is read by its primary key (one index probe per row): no join to write. The
    same expression keys ``customer_days`` in its triggers (db.schema.CUSTOMER_KEY).
    """
    return CUSTOMER_KEY.format(s=alias)


def key_of(company_id: str | None, person_id: str | None) -> str | None:
    """The key of a company or a person as given (the caller resolved the person's company)."""
    if company_id:
        return COMPANY + company_id
    return PERSON + person_id if person_id else None


def key_for(db: sqlite_utils.Database, company_id: str | None, person_id: str | None) -> str | None:
    """The key a row naming ``company_id``/``person_id`` counts for (the person's company first)."""
    if company_id:
        return COMPANY + company_id
    if not person_id:
        return None
    row = db.execute("SELECT company_id FROM people WHERE id = ?", [person_id]).fetchone()
    return COMPANY + row[0] if row and row[0] else PERSON + person_id


def split_key(key: str) -> tuple[str | None, str | None]:
    """(company_id, person_id) of a key; a malformed key is a validation error on ``customer``."""
    if isinstance(key, str) and len(key) > 2:
        if key.startswith(COMPANY):
            return key[2:], None
        if key.startswith(PERSON):
            return None, key[2:]
    raise ValidationError({"customer": Message(QT_TRANSLATE_NOOP("core", "Choose the person or company concerned."))})


def names(db: sqlite_utils.Database, keys: Iterable[str]) -> dict[str, str]:
    """Display names of many keys at once (an unknown one is left out)."""
    companies, people = [], []
    for key in keys:
        company_id, person_id = split_key(key)
        (companies if company_id else people).append(company_id or person_id)
    found: dict[str, str] = {}
    for table, ids, prefix, expr in (("companies", companies, COMPANY, "x.name"),
                                     ("people", people, PERSON, PERSON_NAME_SQL.format(p="x"))):
        if ids:
            for row_id, name in db.execute(f"SELECT x.id, {expr} FROM json_each(?) j CROSS JOIN {table} x "
                                           f"ON x.id = j.value", [json.dumps(ids)]):
                found[prefix + row_id] = name or ""
    return found


def name(db: sqlite_utils.Database, key: str) -> str:
    """The customer's name; NotFound when the key names no company or person."""
    found = names(db, [key])
    if key not in found:
        raise NotFound(QT_TRANSLATE_NOOP("core", "This customer no longer exists."))
    return found[key]


def rows_where(key: str, alias: str) -> tuple[str, list[str]]:
    """SQL condition (and its parameters) selecting the rows ``alias`` that count for ``key``.

    A company: rows naming it, and rows naming only one of its people. A person: rows naming only them,
    when they have no company (else their rows count for the company and the person has none).
    """
    company_id, person_id = split_key(key)
    if company_id:
        return (f"({alias}.company_id = ? OR (coalesce({alias}.company_id, '') = '' AND {alias}.person_id IN "
                f"(SELECT id FROM people WHERE company_id = ?)))", [company_id, company_id])
    return (f"({alias}.person_id = ? AND coalesce({alias}.company_id, '') = '' AND coalesce("
            f"(SELECT k.company_id FROM people k WHERE k.id = ?), '') = '')", [person_id, person_id])
