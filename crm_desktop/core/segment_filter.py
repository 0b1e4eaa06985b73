"""A segment's filter: a small JSON dict of criteria, checked, and turned into SQL over ``people p``.

Criteria are ANDed; the values inside one criterion's list are ORed ("stage lead or prospect,
and consent by e-mail"). A filter is stored as JSON in ``segments.filter`` and travels between
machines, so it names things by key (stage keys, user ids, level ids) and never holds SQL.

Every list reaches SQLite as ONE JSON parameter read with ``json_each``: the statement text
depends only on which criteria are used, and a list of any length costs one bound value.
"""

from __future__ import annotations

import json
import re
import weakref
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

import sqlite_utils

from crm_desktop.core.choices import CONSENT_CHANNELS, STAGES
from crm_desktop.core.clock import to_iso
from crm_desktop.core.errors import Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.support_settings import local_day

#: Revenue tiers of customers over the last 12 months; "none" is a customer without revenue.
VALUE_TIERS: dict[str, str] = {
    "high": QT_TRANSLATE_NOOP("core", "High value (top 20 %)"),
    "medium": QT_TRANSLATE_NOOP("core", "Medium value (next 30 %)"),
    "low": QT_TRANSLATE_NOOP("core", "Low value (the other half)"),
    "none": QT_TRANSLATE_NOOP("core", "No purchase in 12 months"),
}
#: Share of the customers with revenue in the high tier, then in the high and medium tiers.
HIGH_SHARE = 0.2
MEDIUM_SHARE = 0.5

#: What a person may be required to have.
HAS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("core", "E-mail address"),
    "address": QT_TRANSLATE_NOOP("core", "Postal address"),
    "phone": QT_TRANSLATE_NOOP("core", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("core", "Mobile"),
}

#: The criteria, in the order they are shown and described, with their labels.
CRITERIA: dict[str, str] = {
    "stages": QT_TRANSLATE_NOOP("core", "Stage"),
    "tags": QT_TRANSLATE_NOOP("core", "Tags"),
    "interests": QT_TRANSLATE_NOOP("core", "Interests"),
    "languages": QT_TRANSLATE_NOOP("core", "Language"),
    "postcodes": QT_TRANSLATE_NOOP("core", "Postcode starts with"),
    "cities": QT_TRANSLATE_NOOP("core", "City"),
    "owners": QT_TRANSLATE_NOOP("core", "Owner"),
    "industries": QT_TRANSLATE_NOOP("core", "Company industry"),
    "last_purchase": QT_TRANSLATE_NOOP("core", "Last purchase"),
    "value_tiers": QT_TRANSLATE_NOOP("core", "Customer value"),
    "support_levels": QT_TRANSLATE_NOOP("core", "Support level"),
    "consent": QT_TRANSLATE_NOOP("core", "Consent given"),
    "has": QT_TRANSLATE_NOOP("core", "Has"),
}
LIST_CRITERIA = tuple(key for key in CRITERIA if key != "last_purchase")
LAST_PURCHASE_MODES = ("within_days", "not_within_days")
MAX_DAYS = 3650
MAX_ITEMS = 200
_POSTCODE = re.compile(r"[0-9]{1,10}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")

Moment = datetime | str


def _fixed(choices: Mapping[str, str]) -> Any:
    def parse(item: str) -> str:
        key = item.strip().lower()
        if key not in choices:
            raise _Bad(QT_TRANSLATE_NOOP("core", "Unknown choice: {value}."), value=item)
        return key

    return parse


def _free(max_length: int) -> Any:
    def parse(item: str) -> str:
        text = " ".join(item.split())
        if len(text) > max_length:
            raise _Bad(QT_TRANSLATE_NOOP("core", "At most {n} characters: {value}."), n=max_length, value=item[:40])
        return text

    return parse


def _postcode(item: str) -> str:
    text = item.strip()
    if not _POSTCODE.fullmatch(text):
        raise _Bad(QT_TRANSLATE_NOOP("core", "A postcode prefix is 1 to 10 digits: {value}."), value=item[:40])
    return text


def _language(item: str) -> str:
    text = item.strip().lower()
    if not _LANGUAGE.fullmatch(text):
        raise _Bad(QT_TRANSLATE_NOOP("core", "A language is a 2 or 3 letter code: {value}."), value=item[:40])
    return text


class _Bad(Exception):
    def __init__(self, text: str, **params: Any) -> None:
        super().__init__(text)
        self.message = Message(text, params)


_ITEM_PARSERS: dict[str, Any] = {
    "stages": _fixed(STAGES),
    "tags": _free(60),
    "interests": _free(60),
    "languages": _language,
    "postcodes": _postcode,
    "cities": _free(100),
    "owners": _free(64),
    "industries": _free(100),
    "value_tiers": _fixed(VALUE_TIERS),
    "support_levels": _free(64),
    "consent": _fixed(CONSENT_CHANNELS),
    "has": _fixed(HAS),
}


def _items(key: str, value: Any) -> list[str]:
    """One criterion's list: text items (or one text separated by commas), cleaned, each once, in order."""
    if isinstance(value, str):
        value = re.split(r"[,;]", value)
    if not isinstance(value, list | tuple):
        raise _Bad(QT_TRANSLATE_NOOP("core", "Expected a list of values."))
    out: dict[str, None] = {}
    for item in value:
        if isinstance(item, bool) or not isinstance(item, str | int):
            raise _Bad(QT_TRANSLATE_NOOP("core", "Each value must be text."))
        if isinstance(item, str) and not item.strip():
            continue
        out.setdefault(_ITEM_PARSERS[key](str(item)), None)
    if len(out) > MAX_ITEMS:
        raise _Bad(QT_TRANSLATE_NOOP("core", "At most {n} items."), n=MAX_ITEMS)
    return [item for item in out if item]


def _last_purchase(value: Any) -> dict[str, int] | None:
    if value is None or value == {}:
        return None
    if not isinstance(value, Mapping):
        raise _Bad(QT_TRANSLATE_NOOP("core", "Choose bought within, or not within, a number of days."))
    modes = [mode for mode in LAST_PURCHASE_MODES if value.get(mode) not in (None, "")]
    if len(modes) != 1 or set(value) - set(LAST_PURCHASE_MODES):
        raise _Bad(QT_TRANSLATE_NOOP("core", "Choose bought within, or not within, a number of days."))
    days = value[modes[0]]
    if isinstance(days, str) and days.strip().isdigit():
        days = int(days.strip())
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise _Bad(QT_TRANSLATE_NOOP("core", "A number of days between {low} and {high}."), low=1, high=MAX_DAYS)
    return {modes[0]: days}


def validate_filter(value: Any) -> dict[str, Any]:
    """The filter cleaned (empty criteria dropped, lists without repeats), or ValidationError by criterion.

    Accepts a dict or its JSON text. Never raises anything else, whatever it is given.
    """
    if value is None or value == "":
        return {}
    if isinstance(value, str | bytes):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            value = None
    if not isinstance(value, Mapping):
        raise ValidationError({"filter": Message(QT_TRANSLATE_NOOP("core", "A filter is a set of criteria."))})
    clean: dict[str, Any] = {}
    errors: dict[str, Message] = {}
    for key, raw in value.items():
        if key not in CRITERIA:
            errors[str(key)[:60]] = Message(QT_TRANSLATE_NOOP("core", "Unknown criterion: {name}."),
                                            {"name": str(key)[:60]})
            continue
        try:
            parsed = _last_purchase(raw) if key == "last_purchase" else _items(key, raw)
        except _Bad as exc:
            errors[key] = exc.message
            continue
        if parsed:
            clean[key] = parsed
    if errors:
        raise ValidationError(errors)
    return {key: clean[key] for key in CRITERIA if key in clean}


# -- SQL ------------------------------------------------------------------------------------------


def shop_day(db: sqlite_utils.Database, now: Moment) -> date:
    """The shop's calendar day at ``now`` (a datetime or stored UTC text): sales are dated by it."""
    return local_day(db, now if isinstance(now, str) else to_iso(now))


def year_before(day: date) -> date:
    """The first day of the 12 months that end on ``day`` (29 February falls back to the 28th)."""
    try:
        start = day.replace(year=day.year - 1)
    except ValueError:
        start = day.replace(year=day.year - 1, day=28)
    return start + timedelta(days=1)


def customer_revenues(db: sqlite_utils.Database, today: date) -> list[tuple[str, float]]:
    """Revenue per customer over the 12 months up to ``today``, highest first, only customers with some.

    A customer is ``c:<company id>`` (its people's purchases carry the company) or ``p:<person id>``.
    Amounts are summed as SQLite reals: they only rank customers, they are never shown.
    """
    rows = db.execute(
        "SELECT CASE WHEN s.company_id IS NOT NULL THEN 'c:' || s.company_id ELSE 'p:' || s.person_id END AS customer, "
        "sum(l.quantity * l.unit_price_cents * (100 - l.discount_percent)) / 100.0 AS revenue "
        "FROM sales s JOIN sale_lines l ON l.sale_id = s.id AND l.deleted_at IS NULL "
        "WHERE s.deleted_at IS NULL AND s.sold_on >= ? AND s.sold_on <= ? "
        "AND (s.company_id IS NOT NULL OR s.person_id IS NOT NULL) "
        "GROUP BY customer HAVING revenue >= 0.5 ORDER BY revenue DESC, customer",
        [year_before(today).isoformat(), today.isoformat()]).fetchall()
    return [(row[0], row[1]) for row in rows]


def value_tiers(db: sqlite_utils.Database, today: date) -> dict[str, list[str]]:
    """The customers of each tier with revenue: the top 20 % (ties with the last one included), the next 30 %.

    Remembered per database until it is written to (by this connection or another) or the day changes:
    the editor counts again at every click, and the revenue of a year of sales is the slow part.
    """
    key = (today, db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes)
    kept = _TIERS_KEPT.get(db)
    if kept is not None and kept[0] == key:
        return kept[1]
    ranked = customer_revenues(db, today)
    tiers: dict[str, list[str]] = {"high": [], "medium": [], "low": []}
    if ranked:
        high_cut = ranked[max(round(len(ranked) * HIGH_SHARE), 1) - 1][1]
        medium_cut = ranked[max(round(len(ranked) * MEDIUM_SHARE), 1) - 1][1]
        for customer, revenue in ranked:
            tier = "high" if revenue >= high_cut else "medium" if revenue >= medium_cut else "low"
            tiers[tier].append(customer)
    _TIERS_KEPT[db] = (key, tiers)
    return tiers


_TIERS_KEPT: weakref.WeakKeyDictionary[sqlite_utils.Database, tuple[tuple[Any, ...], dict[str, list[str]]]] = (
    weakref.WeakKeyDictionary())


def _customers_in(customers: list[str]) -> tuple[str, list[Any]]:
    """The person's customer (their company, else themselves) is one of ``customers`` (never NULL)."""
    companies = [c[2:] for c in customers if c.startswith("c:")]
    persons = [c[2:] for c in customers if c.startswith("p:")]
    return (f"((p.company_id IS NOT NULL AND p.company_id IN {_LIST}) "
            f"OR (p.company_id IS NULL AND p.id IN {_LIST}))", [_json(companies), _json(persons)])


_LIST = "(SELECT value FROM json_each(?))"
_PRESENT = "coalesce({column}, '') <> ''"
_HAS_SQL: dict[str, str] = {
    "email": f"({_PRESENT.format(column='p.email')} OR {_PRESENT.format(column='p.email2')})",
    "address": f"({_PRESENT.format(column='p.street')} AND ({_PRESENT.format(column='p.postcode')} "
               f"OR {_PRESENT.format(column='p.city')}))",
    "phone": _PRESENT.format(column="p.phone"),
    "mobile": _PRESENT.format(column="p.mobile"),
}


def _json(items: list[str]) -> str:
    return json.dumps(items, ensure_ascii=False)


def _bought_since(day: date) -> tuple[str, list[Any]]:
    """The person, or their company, has a sale dated ``day`` or later (never NULL: safe under NOT)."""
    since = day.isoformat()
    return ("(p.id IN (SELECT person_id FROM sales WHERE deleted_at IS NULL AND sold_on >= ? "
            "AND person_id IS NOT NULL) OR (p.company_id IS NOT NULL AND p.company_id IN "
            "(SELECT company_id FROM sales WHERE deleted_at IS NULL AND sold_on >= ? AND company_id IS NOT NULL)))",
            [since, since])


def _json_any(column: str) -> str:
    """Any element of the JSON list in ``column`` is one of the values (one JSON parameter)."""
    return f"({column} <> '[]' AND EXISTS (SELECT 1 FROM json_each({column}) j WHERE j.value IN {_LIST}))"


def to_sql(db: sqlite_utils.Database, filter: Any, now: Moment) -> tuple[str, list[Any]]:  # noqa: A002
    """The WHERE clause (over ``people p``, live people only) and its parameters for a filter."""
    flt = validate_filter(filter)
    today = shop_day(db, now) if {"last_purchase", "value_tiers", "support_levels"} & flt.keys() else None
    clauses = ["p.deleted_at IS NULL"]
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        clauses.append(sql)
        params.extend(values)

    for key, column in (("stages", "p.stage"), ("languages", "p.language"), ("owners", "p.owner_id")):
        if key in flt:
            add(f"{column} IN {_LIST}", _json(flt[key]))
    for key, column in (("tags", "p.tags"), ("interests", "p.interests")):
        if key in flt:
            add(_json_any(column), _json(flt[key]))
    if "postcodes" in flt:
        add("(" + " OR ".join("p.postcode LIKE ?" for _ in flt["postcodes"]) + ")",
            *(f"{prefix}%" for prefix in flt["postcodes"]))
    if "cities" in flt:
        add(f"p.city COLLATE NOCASE IN {_LIST}", _json(flt["cities"]))
    if "industries" in flt:
        add(f"(p.company_id IS NOT NULL AND p.company_id IN (SELECT id FROM companies WHERE deleted_at IS NULL "
            f"AND industry COLLATE NOCASE IN {_LIST}))", _json(flt["industries"]))
    if "last_purchase" in flt and today is not None:
        (mode, days), = flt["last_purchase"].items()
        sql, values = _bought_since(today - timedelta(days=days))
        add(sql if mode == "within_days" else f"NOT {sql}", *values)
    if "value_tiers" in flt and today is not None:
        tiers = value_tiers(db, today)
        wanted = set(flt["value_tiers"])
        # "none" is whoever is in no tier: leave out the tiers not asked for rather than list the rest.
        outside = "none" in wanted
        sql, values = _customers_in([c for tier, customers in tiers.items() if (tier in wanted) != outside
                                     for c in customers])
        add(f"NOT {sql}" if outside else sql, *values)
    if "support_levels" in flt and today is not None:
        day = today.isoformat()
        active = (f"deleted_at IS NULL AND level_id IN {_LIST} AND starts_on <= ? "
                  f"AND (ends_on IS NULL OR ends_on >= ?)")
        levels = _json(flt["support_levels"])
        add(f"((p.company_id IS NOT NULL AND p.company_id IN (SELECT company_id FROM contracts WHERE {active} "
            f"AND company_id IS NOT NULL)) OR p.id IN (SELECT person_id FROM contracts WHERE {active} "
            f"AND person_id IS NOT NULL))", levels, day, day, levels, day, day)
    if "consent" in flt:
        add("(p.consent <> '{}' AND (" + " OR ".join(
            "json_extract(p.consent, ?) = 'given'" for _ in flt["consent"]) + "))",
            *(f'$."{channel}".status' for channel in flt["consent"]))
    if "has" in flt:
        add("(" + " OR ".join(_HAS_SQL[item] for item in flt["has"]) + ")")
    return " AND ".join(clauses), params

