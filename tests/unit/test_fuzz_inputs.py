"""Fuzzing what a user (or a file) can give: every refusal is a CrmError, and a refused write writes nothing.

Inputs: the contacts CSV import (huge cells, control characters, invalid UTF-8, wrong
delimiters, dates out of range), the global search and the segment filter (any text,
any JSON), and the create functions of the main forms (people, companies, tickets,
interventions, sales, leads, opportunities, campaigns) given any dict of field ->
text / number / None / list.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crm_desktop.core import (
    campaigns,
    companies,
    interventions,
    leads,
    opportunities,
    people,
    sales,
    search,
    segment_filter,
    segments,
    tickets,
)
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.interchange import contacts_csv
from tests.field_setup import FieldWorld

#: Examples per fuzz test: each test stays well under 20 s.
EXAMPLES = 150
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

#: Text as it comes from a paste or a broken file: control characters, RTL marks, NUL, emoji.
WEIRD = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80) | st.sampled_from([
    "", " ", "\x00", "\t\n\r", "\u202e", "\ufeff", "💶", "'; DROP TABLE people; --", '"', "*", "NEAR(", "a OR",
    "0", "-1", "1e309", "NaN", "12,50", "€ 1.234,56", "99999999999999999999", "2026-02-30", "0000-00-00",
    "31/12/9999", "9999-12-31T23:59:59Z", "2026-03-02T25:61:00", "+32 81 22 33 44", "x" * 5000,
])
NUMBER = st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=True, allow_infinity=True)
SCALAR = st.none() | NUMBER | WEIRD


def snapshot(db: sqlite_utils.Database) -> dict[str, int]:
    """Rows in every table: a refused write must leave each one as it was."""
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts%'")]
    return {name: db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def refused_or_written(db: sqlite_utils.Database, write: Callable[[], Any]) -> bool:
    """Run one write: True when written; on a CrmError nothing changed; anything else fails the test."""
    before = snapshot(db)
    try:
        write()
    except CrmError:
        assert snapshot(db) == before, "a refused write left rows behind"
        return False
    return True


# ---- the main forms


#: Fields a form fills with a list (tags, channels, skills, team, parts); every other field gets one value.
LIST_FIELDS = frozenset({"tags", "interests", "channels", "skills", "technician_ids", "parts", "lines"})


def values_for(fields: tuple[str, ...], world_ids: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Any subset of the form's fields (and a stray one) with any text, number or nothing, or an id that exists."""
    scalar = SCALAR | st.sampled_from(world_ids)
    an_id = st.none() | WEIRD | st.sampled_from(world_ids)  # pickers give ids as text (see KNOWN_BUGS)

    def value(key: str) -> st.SearchStrategy[Any]:
        if key == "lines":  # an opportunity's lines: what the lines table gives
            return st.none() | st.lists(values_for(SALE_LINES, world_ids), max_size=3)
        if key in LIST_FIELDS:  # a list, or the text typed into it (not a number: see KNOWN_BUGS)
            return st.none() | WEIRD | st.lists(WEIRD | st.sampled_from(world_ids), max_size=3)
        return an_id if key.endswith("_id") else scalar

    keys = st.lists(st.sampled_from([*fields, "zz_not_a_field"]), unique=True, max_size=len(fields) + 1)
    return keys.flatmap(lambda chosen: st.fixed_dictionaries({key: value(key) for key in chosen}))


PEOPLE = people.FIELDS
COMPANIES = companies.FIELDS
TICKETS = ("company_id", "person_id", "channel", "category", "product", "priority", "status", "assignee_id",
           "subject", "description", "resolution", "opened_at")
INTERVENTIONS = ("company_id", "person_id", "ticket_id", "kind", "skills", "subject", "instructions", "street",
                 "postcode", "city", "country", "site_contact", "site_phone", "due_on", "duration_minutes",
                 "technician_ids", "parts", "start")
SALES = ("company_id", "person_id", "sold_on", "channel", "seller_id", "campaign_id", "opportunity_id", "note")
SALE_LINES = ("product_id", "description", "quantity", "unit_price_cents", "unit_cost_cents", "discount_percent")
LEADS = leads.EDITABLE
OPPORTUNITIES = ("title", "person_id", "company_id", "lead_id", "campaign_id", "owner_id", "amount_cents",
                 "probability", "expected_close", "notes", "stage", "lines")
CAMPAIGNS = ("name", "objective", "channels", "status", "starts_on", "ends_on", "budget_cents", "segment_id",
             "email_subject", "email_body", "letter_body", "sms_text", "call_script", "notes")


def ids(world: FieldWorld) -> list[str]:
    return [world.company, world.person, world.anna, world.fuse, world.pump, world.warehouse]


FORMS: dict[str, tuple[tuple[str, ...], Callable[[Context, dict[str, Any]], Any]]] = {
    "people": (PEOPLE, lambda ctx, v: people.create(ctx, v, allow_duplicate=True)),
    "companies": (COMPANIES, lambda ctx, v: companies.create(ctx, v, allow_duplicate=True)),
    "tickets": (TICKETS, tickets.open_ticket),
    "interventions": (INTERVENTIONS, lambda ctx, v: interventions.create(ctx, v, allow_past=True)),
    "leads": (LEADS, leads.create),
    "opportunities": (OPPORTUNITIES, opportunities.create),
    "campaigns": (CAMPAIGNS, campaigns.create),
}


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_form_validators_refuse_cleanly(ctx: Context, world: FieldWorld, kind: str) -> None:
    fields, create = FORMS[kind]
    outcomes = {True: 0, False: 0}

    @FUZZ
    @given(values=values_for(fields, ids(world)))
    @example(values={})  # no required field: a refusal on every run, whatever the draws
    def run(values: dict[str, Any]) -> None:
        outcomes[refused_or_written(ctx.db, lambda: create(ctx, values))] += 1

    run()
    assert outcomes[False] > 0  # the fuzzing reached the refusals


@FUZZ
@given(data=st.data())
def test_sales_with_any_lines_refuse_cleanly(ctx: Context, world: FieldWorld, data: st.DataObject) -> None:
    values = data.draw(values_for(SALES, ids(world)))
    lines = data.draw(st.lists(values_for(SALE_LINES, ids(world)), max_size=3))
    refused_or_written(ctx.db, lambda: sales.create(ctx, values, lines))


def test_strange_text_is_saved_as_validated_and_reads_back(ctx: Context) -> None:
    """Text that passes validation is stored and read back exactly as validated (NUL, RTL marks, emoji...)."""
    saved = {"count": 0}

    @FUZZ
    @given(values=st.fixed_dictionaries({"last_name": WEIRD}, optional={
        "first_name": WEIRD, "city": WEIRD, "street": WEIRD, "notes": WEIRD, "title": WEIRD}))
    @example(values={"last_name": "Dupont \u202e💶", "notes": "\ttab\nnew line"})  # saved on every run
    def run(values: dict[str, Any]) -> None:
        try:
            clean = people.validate(ctx, values)
            person_id = people.create(ctx, values, allow_duplicate=True)
        except CrmError:
            return
        row = people.get(ctx, person_id)
        assert {key: row[key] for key in values} == {key: clean[key] for key in values}
        saved["count"] += 1

    run()
    assert saved["count"] > 0


#: Crashes the fuzzing found in core modules this part may not edit (issue 8 report): each one still
#: raises something other than a CrmError. Strict: once fixed, the test says so and the fuzzing above
#: can widen its inputs to them.
#: Inputs fuzzing once found to escape as raw Python errors (fixed; kept as regression cases).
FOUND_BY_FUZZING: list[tuple[str, Callable[[Context], Any]]] = [
    ("an id that is a huge number", lambda ctx: companies.create(ctx, {"name": "A", "owner_id": 2**63})),
    ("campaign channels given as a number", lambda ctx: campaigns.create(ctx, {"name": "A", "channels": 0})),
    ("opportunities lines given as a number", lambda ctx: opportunities.create(ctx, {"title": "A", "lines": 1})),
    ("opportunities: a line given as text", lambda ctx: opportunities.create(ctx, {"title": "A", "lines": ["x"]})),
]


@pytest.mark.parametrize(("name", "write"), FOUND_BY_FUZZING, ids=[case[0] for case in FOUND_BY_FUZZING])
def test_inputs_found_by_fuzzing_are_refused_clearly(ctx: Context, name: str, write: Callable[[Context], Any]) -> None:
    before = snapshot(ctx.db)
    with pytest.raises(CrmError):  # a message next to the field, never "Something went wrong"
        write(ctx)
    assert snapshot(ctx.db) == before, name


# ---- the global search and the segment filter


#: Reading is cheap: the search and the segment filter get more examples.
FUZZ_MORE = settings(FUZZ, max_examples=EXAMPLES * 4)


@FUZZ_MORE
@given(text=WEIRD)
def test_global_search_takes_any_text(ctx: Context, world: FieldWorld, text: str) -> None:
    hits = search.search(ctx.db, text)
    assert isinstance(hits, list)


def json_values() -> st.SearchStrategy[Any]:
    leaf = st.none() | st.booleans() | NUMBER | WEIRD
    return st.recursive(leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from([*segment_filter.CRITERIA, "months", "since", "x"]) | st.text(max_size=8), inner,
        max_size=4), max_leaves=12)


@FUZZ_MORE
@given(value=json_values() | WEIRD | st.binary(max_size=40))
def test_segment_filter_takes_any_json(ctx: Context, world: FieldWorld, value: Any) -> None:
    for given_as in (value, json.dumps(value) if not isinstance(value, bytes) else value):
        try:
            clean = segment_filter.validate_filter(given_as)
        except CrmError:
            continue
        assert segments.count(ctx.db, clean, ctx.clock.now()) >= 0
        assert isinstance(segments.describe_filter(clean, ctx.db), list)


# ---- the contacts import


HEADERS = ["first_name", "last_name", "Nom", "E-mail", "email", "phone", "birthday", "company", "tags", "notes",
           "credit_limit", "consent.email", "custom.colour", "stage", "??", ""]
PLAIN = st.from_regex(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' -]{0,20}", fullmatch=True)
CELL = PLAIN | PLAIN | PLAIN | WEIRD | st.sampled_from([
    "1899-12-31", "31/02/2026", "2026-13-01", "10000-01-01", "-5", "=cmd|' /C calc'!A0", "@SUM(1)", "a@b.c", "not@",
    "x" * 100_000])


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", ",", ";", "|", " ", ":"]))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6))
    if draw(st.integers(0, 3)):  # most files have a last name column; the others are refused as a whole
        header.insert(draw(st.integers(0, len(header))), "last_name")
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=len(header) + 2), max_size=6))
    quote = draw(st.booleans())

    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if quote else text

    text = "\n".join(delimiter.join(cell(c) for c in line) for line in [header, *rows])
    data = text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])), errors="replace")
    if draw(st.booleans()):  # invalid UTF-8 bytes somewhere
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\x00", b"\x80\x80"])) \
            + data[at:]
    return data


def test_contacts_import_takes_any_file(ctx: Context, world: FieldWorld, tmp_path: Path) -> None:
    outcomes = {"written": 0, "refused": 0, "errors": 0}

    @FUZZ
    @given(data=csv_files(), dry_run=st.booleans())
    # One file per path, run every time: the random draws alone may miss one of them.
    @example(data=b"last_name;first_name\nDupont;Anna\n", dry_run=False)  # written
    @example(data=b"first_name\nAnna\n", dry_run=False)  # refused whole: no last name column
    @example(data=b"last_name,birthday\nDupont,2026-13-01\n", dry_run=False)  # a bad row
    def run(data: bytes, dry_run: bool) -> None:
        source = tmp_path / "contacts.csv"
        source.write_bytes(data)
        before = snapshot(ctx.db)
        try:
            result = contacts_csv.import_contacts(ctx, source, dry_run=dry_run)
        except CrmError:
            assert snapshot(ctx.db) == before
            outcomes["refused"] += 1
            return
        after = snapshot(ctx.db)
        if result.errors or dry_run or not result.written:
            assert after == before  # all or nothing: a bad row means no row
            outcomes["errors"] += bool(result.errors)
        else:
            assert after["people"] == before["people"] + result.people_created
            assert after["companies"] == before["companies"] + result.companies_created
            outcomes["written"] += 1

    run()
    assert all(outcomes.values()), outcomes  # every path was reached


def test_contacts_import_with_one_huge_cell(ctx: Context, tmp_path: Path) -> None:
    source = tmp_path / "huge.csv"
    source.write_bytes(b"last_name,notes\nMartin,ok\nDupont," + b"x" * 5_000_000 + b"\nPeeters,ok\n")
    with pytest.raises(contacts_csv.ImportFileError, match="Line 3"):  # said clearly, with its line
        contacts_csv.import_contacts(ctx, source)
    assert ctx.db.execute("SELECT count(*) FROM people").fetchone()[0] == 0  # and nothing is imported
    source.write_bytes(b"last_name,notes\nMartin,ok\nDupont," + b"x" * 100_000 + b"\n")
    result = contacts_csv.import_contacts(ctx, source)  # 100 KB: read, then refused by the notes' limit
    assert result.errors and result.errors[0].line == 3 and not result.written
    assert ctx.db.execute("SELECT count(*) FROM people").fetchone()[0] == 0
