"""Demo data: realistic, reproducible, valid for core, cancellable, searchable (small size only)."""

from __future__ import annotations

import json
import random
import string
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import phonenumbers
import pytest
import sqlite_utils
from hypothesis import given
from hypothesis import strategies as st
from stdnum.be import vat as be_vat
from stdnum.fr import tva as fr_tva

from crm_desktop.core import companies, demo, people, records
from crm_desktop.core.choices import (
    DIRECTIONS,
    HISTORY_KINDS,
    INDUSTRIES,
    PERSON_LANGUAGES,
    SOURCES,
    STAGES,
)
from crm_desktop.core.clock import FixedClock, from_iso, to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.demo import Cancelled, DemoCounts, generate
from crm_desktop.core.validation import (
    normalize_email,
    normalize_phone,
    normalize_vat,
    normalize_website,
)
from crm_desktop.db import fts, schema
from crm_desktop.db.connection import open_database

SMALL = demo.SIZES["small"]
TABLES = ("users", "companies", "people", "history")
START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def fresh_db() -> sqlite_utils.Database:
    return open_database(":memory:")


def dump(db: sqlite_utils.Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the demo tables, plus the schema (triggers and indexes included)."""
    out = {table: db.execute(f"SELECT * FROM {table} ORDER BY rid").fetchall() for table in TABLES}
    out["schema"] = db.execute(
        "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    for spec in fts.SPECS:
        out[spec.fts] = db.execute(f"SELECT rowid FROM {spec.fts} ORDER BY rowid").fetchall()
    return out


def rows(db: sqlite_utils.Database, table: str) -> list[dict[str, Any]]:
    return db.execute_returning_dicts(f"SELECT * FROM {table} ORDER BY rid")


@pytest.fixture
def small(db: sqlite_utils.Database, clock: FixedClock) -> Iterator[tuple[sqlite_utils.Database, DemoCounts]]:
    yield db, generate(db, clock, "small", seed=1)


# --------------------------------------------------------------------------- amounts


def test_small_counts(small: tuple[sqlite_utils.Database, DemoCounts]) -> None:
    db, counts = small
    assert counts == DemoCounts(
        people=SMALL.people, companies=SMALL.companies, history=SMALL.history, users=7,
        busiest_person_id=counts.busiest_person_id,
    )
    # The leads and campaigns demo logs its replies, calls and first contacts after the planned history.
    assert counts.campaign_history > 0
    for table, expected in (("people", 200), ("companies", 40), ("history", 2000 + counts.campaign_history),
                            ("users", 7)):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == expected
    roles = Counter(r[0] for r in db.execute("SELECT role FROM users").fetchall())
    assert roles == {"manager": 1, "staff": 3, "technician": 3}


def test_proportions_look_real(small: tuple[sqlite_utils.Database, DemoCounts]) -> None:
    db, counts = small
    in_company = db.execute("SELECT count(*) FROM people WHERE company_id IS NOT NULL").fetchone()[0]
    assert 0.55 * SMALL.people <= in_company <= 0.85 * SMALL.people
    stages = Counter(r[0] for r in db.execute("SELECT stage FROM people").fetchall())
    assert set(stages) == set(STAGES)
    kinds = Counter(r[0] for r in db.execute("SELECT kind FROM history").fetchall())
    assert kinds.most_common(1)[0][0] in ("call", "email")
    assert len(kinds) >= 8
    per_person = db.execute(
        "SELECT person_id, count(*) FROM history WHERE person_id IS NOT NULL"
        " GROUP BY person_id ORDER BY 2 DESC"
    ).fetchall()
    assert per_person[0] == (counts.busiest_person_id, SMALL.busiest)
    assert per_person[1][1] > 3 * per_person[len(per_person) // 2][1]  # skewed, not uniform
    first = db.execute("SELECT id FROM people ORDER BY rid LIMIT 1").fetchone()[0]
    assert first == counts.busiest_person_id
    company_only = db.execute("SELECT count(*) FROM history WHERE person_id IS NULL").fetchone()[0]
    assert 0 < company_only < SMALL.history // 5


def test_unknown_size_is_refused(db: sqlite_utils.Database, clock: FixedClock) -> None:
    with pytest.raises(ValueError, match="huge"):
        generate(db, clock, "huge")


# --------------------------------------------------------------------------- reproducible


def test_same_seed_same_data() -> None:
    first, second = fresh_db(), fresh_db()
    a = generate(first, FixedClock(START), "small", seed=7)
    b = generate(second, FixedClock(START), "small", seed=7)
    assert a == b
    assert dump(first) == dump(second)


def test_bulk_or_not_gives_the_same_data() -> None:
    first, second = fresh_db(), fresh_db()
    generate(first, FixedClock(START), "small", seed=3, bulk=True)
    generate(second, FixedClock(START), "small", seed=3, bulk=False)
    assert dump(first) == dump(second)


def test_different_seed_different_data() -> None:
    first, second = fresh_db(), fresh_db()
    generate(first, FixedClock(START), "small", seed=1)
    generate(second, FixedClock(START), "small", seed=2)
    names = "SELECT first_name, last_name FROM people ORDER BY rid"
    assert first.execute(names).fetchall() != second.execute(names).fetchall()
    ids = {r[0] for t in TABLES for r in first.execute(f"SELECT id FROM {t}").fetchall()}
    assert not ids & {r[0] for t in TABLES for r in second.execute(f"SELECT id FROM {t}").fetchall()}


def test_adding_twice_doubles_without_collisions(
    small: tuple[sqlite_utils.Database, DemoCounts], clock: FixedClock
) -> None:
    db, first = small
    second = generate(db, clock, "small", seed=1)
    assert second.users == 0  # there are users already
    assert (second.people, second.companies, second.history) == (200, 40, 2000)
    extra = first.campaign_history + second.campaign_history
    for table, expected in (("people", 400), ("companies", 80), ("history", 4000 + extra), ("users", 7)):
        count, distinct = db.execute(f"SELECT count(*), count(DISTINCT id) FROM {table}").fetchone()
        assert count == distinct == expected
    assert second.busiest_person_id != first.busiest_person_id
    names = db.execute("SELECT first_name || ' ' || last_name FROM people ORDER BY rid").fetchall()
    assert names[:200] != names[200:]
    for table, column in (("people", "email"), ("people", "mobile"), ("companies", "vat"),
                          ("companies", "name")):
        values = [r[0] for r in db.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")]
        assert len(values) == len(set(values)), (table, column)  # no look-alike duplicates


def test_existing_admin_is_kept_and_used(ctx: Context) -> None:
    counts = generate(ctx.db, ctx.clock, "small", seed=1)
    assert counts.users == 7
    users = rows(ctx.db, "users")
    assert users[0]["id"] == ctx.user.id and users[0]["role"] == "admin"
    assert {u["created_by"] for u in users[1:]} == {ctx.user.id}
    owners = {r[0] for r in ctx.db.execute("SELECT owner_id FROM people").fetchall()}
    assert ctx.user.id in owners  # the admin works with customers too


def test_enough_users_means_none_added(ctx: Context) -> None:
    from crm_desktop.core.users import add_user

    add_user(ctx.db, ctx.clock, "Second User", "staff", actor_id=ctx.user.id)
    counts = generate(ctx.db, ctx.clock, "small", seed=1)
    assert counts.users == 0
    authors = {r[0] for r in ctx.db.execute("SELECT DISTINCT user_id FROM history").fetchall()}
    assert authors <= {u["id"] for u in rows(ctx.db, "users")}


# --------------------------------------------------------------------------- cancel and progress


def test_progress_is_reported_up_to_the_total(db: sqlite_utils.Database, clock: FixedClock) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    generate(db, clock, "small", progress=progress)
    assert len(calls) >= 5
    totals = {total for _, total in calls}
    assert len(totals) == 1
    dones = [done for done, _ in calls]
    assert dones == sorted(dones)
    assert dones[-1] == totals.pop()


@pytest.mark.parametrize("stop_at", [1, 3, -2, -1])
def test_cancel_leaves_the_database_unchanged(
    small: tuple[sqlite_utils.Database, DemoCounts], clock: FixedClock, stop_at: int
) -> None:
    db, _ = small
    calls: list[int] = []

    def count(done: int, total: int) -> bool:
        calls.append(done)
        return True

    generate(fresh_db(), clock, "small", progress=count)  # how many calls a whole run makes
    stop = stop_at if stop_at > 0 else len(calls) + stop_at + 1
    before = dump(db)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return len(seen) < stop

    with pytest.raises(Cancelled):
        generate(db, clock, "small", seed=5, progress=progress)
    assert len(seen) == stop
    assert not db.conn.in_transaction
    assert dump(db) == before


def test_cancel_interrupts_long_sql(
    small: tuple[sqlite_utils.Database, DemoCounts], clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While the search index is rebuilt, SQLite's progress handler lets Cancel through."""
    db, _ = small
    monkeypatch.setattr(demo, "_TICK_OPS", 50)
    before = dump(db)
    rows_total = SMALL.rows
    first_statement = demo._finishing_plan(True, {"people": 400, "companies": 80, "history": 4000})[0]
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done <= rows_total + 10  # stop during the first finishing statement

    with pytest.raises(Cancelled):
        generate(db, clock, "small", seed=5, progress=progress, bulk=True)
    assert rows_total < seen[-1] < rows_total + first_statement[1]  # stopped inside it
    assert dump(db) == before


def test_cancel_inside_the_callers_transaction_keeps_its_work(
    db: sqlite_utils.Database, clock: FixedClock
) -> None:
    db.conn.execute("BEGIN")
    db.execute("INSERT INTO meta(key, value) VALUES ('mine', '1')")
    before = dump(db)
    with pytest.raises(Cancelled):
        generate(db, clock, "small", progress=lambda done, total: done < SMALL.rows)
    assert db.conn.in_transaction
    assert dump(db) == before
    assert db.execute("SELECT value FROM meta WHERE key = 'mine'").fetchone() == ("1",)
    db.conn.execute("ROLLBACK")


def test_error_in_progress_callback_rolls_back(db: sqlite_utils.Database, clock: FixedClock,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "_TICK_OPS", 50)
    before = dump(db)

    def progress(done: int, total: int) -> bool:
        if done > SMALL.rows:
            raise RuntimeError("boom")
        return True

    with pytest.raises(RuntimeError, match="boom"):
        generate(db, clock, "small", progress=progress)
    assert dump(db) == before


# --------------------------------------------------------------------------- valid values


def test_people_and_companies_pass_core_validation(
    small: tuple[sqlite_utils.Database, DemoCounts], clock: FixedClock
) -> None:
    """Every generated row is exactly what core would store for the same input."""
    db, _ = small
    ctx = Context(db=db, user=demo_user(db), clock=clock)
    for row in map(records.from_db, rows(db, "people")):
        values = {key: row.get(key) for key in people.FIELDS if key in row}
        values["credit_limit"] = row["credit_limit_cents"]
        clean = people.validate(ctx, values)
        for column, value in clean.items():
            assert value == row[column], (column, value, row[column])
    for row in map(records.from_db, rows(db, "companies")):
        clean = companies.validate(ctx, {key: row.get(key) for key in companies.FIELDS})
        for column, value in clean.items():
            assert value == row[column], (column, value, row[column])


def demo_user(db: sqlite_utils.Database) -> Any:
    from crm_desktop.core.users import list_users

    return next(u for u in list_users(db) if u.role == "manager")


def test_phones_vats_emails_websites_normalize_to_themselves(
    small: tuple[sqlite_utils.Database, DemoCounts],
) -> None:
    db, _ = small
    for phone, mobile, email, email2 in db.execute(
        "SELECT phone, mobile, email, email2 FROM people"
    ).fetchall():
        for number in (phone, mobile):
            if number:
                assert normalize_phone(number) == number
        for address in (email, email2):
            if address:
                assert normalize_email(address) == address
                assert address == address.lower() and address.isascii()
    for vat, phone, email, website, country in db.execute(
        "SELECT vat, phone, email, website, country FROM companies"
    ).fetchall():
        assert normalize_phone(phone) == phone
        if vat:
            assert normalize_vat(vat) == vat and vat[:2] == country
        if email:
            assert normalize_email(email) == email
        if website:
            assert normalize_website(website) == website
    mobiles = [r[0] for r in db.execute("SELECT mobile FROM people WHERE mobile LIKE '+32%'")]
    assert all(m.startswith("+324") and len(m) == 12 for m in mobiles)


def test_every_city_prefix_makes_valid_numbers() -> None:
    """The seed file's promise: any digits after a listed prefix make a valid number."""
    seeds = demo._seeds()
    rng = random.Random(0)
    for city in seeds.cities.items:
        assert city.postcode.isdigit() and len(city.postcode) == (4 if city.country == "BE" else 5)
        for prefix in city.landline:
            digits = city.landline_digits - (len(prefix) - 3)
            for _ in range(20):
                number = prefix + "".join(rng.choice("0123456789") for _ in range(digits))
                parsed = phonenumbers.parse(number, None)
                assert phonenumbers.is_valid_number(parsed), (city.name, number)
                assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.FIXED_LINE
    for prefixes, total in seeds.mobile.values():
        for prefix in prefixes:
            number = prefix + "".join(rng.choice("0123456789") for _ in range(total - len(prefix) + 3))
            parsed = phonenumbers.parse(number, None)
            assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE, number


def test_well_known_postcodes() -> None:
    pairs = {(c.name, c.postcode) for c in demo._seeds().cities.items}
    for pair in [("Namur", "5000"), ("Liège", "4000"), ("Bruxelles", "1000"), ("Gent", "9000"),
                 ("Lille", "59000"), ("Paris", "75001"), ("Antwerpen", "2000"), ("Mons", "7000")]:
        assert pair in pairs


@given(st.integers(min_value=4_000_000, max_value=19_999_999))
def test_belgian_vat_check_digits(base: int) -> None:
    number = demo.belgian_vat(base)
    assert len(number) == 12
    assert int(number[-2:]) == 97 - base % 97
    assert be_vat.is_valid(number)


@given(st.integers(min_value=10_000_000, max_value=99_999_999))
def test_french_vat_check_digits(siren8: int) -> None:
    assert fr_tva.is_valid(demo.french_vat(str(siren8)))


def test_history_templates_use_known_fields_only() -> None:
    data = demo._seeds().history
    formatter = string.Formatter()
    texts: list[str] = []
    for lang in ("fr", "en"):
        texts += data[lang]["closings"]
        for kind in HISTORY_KINDS:
            assert kind in data[lang], (lang, kind)
            for topics in data[lang][kind].values():
                for subjects, sentences in topics:
                    assert subjects and sentences
                    texts += subjects + sentences
    for text in texts:
        fields = {name for _, name, _, _ in formatter.parse(text) if name is not None}
        assert fields <= demo.PLACEHOLDERS, text


def test_ascii_slug_folds_accents_and_spaces() -> None:
    assert demo.ascii_slug("Hélène") == "helene"
    assert demo.ascii_slug("Van den Bossche") == "vandenbossche"
    assert demo.ascii_slug("D'Hondt") == "dhondt"
    assert demo.ascii_slug("Jean-François", "-") == "jean-francois"
    assert demo.ascii_slug("Weiß") == "weiss"


def test_choices_and_references(small: tuple[sqlite_utils.Database, DemoCounts]) -> None:
    db, _ = small
    user_ids = {r[0] for r in db.execute("SELECT id FROM users")}
    company_ids = {r[0] for r in db.execute("SELECT id FROM companies")}
    person_company = dict(db.execute("SELECT id, company_id FROM people").fetchall())
    for row in rows(db, "people"):
        assert row["stage"] in STAGES and row["source"] in SOURCES
        assert row["language"] in PERSON_LANGUAGES
        assert {row["owner_id"], row["created_by"], row["updated_by"]} <= user_ids
        assert row["company_id"] is None or row["company_id"] in company_ids
        if row["stage"] == "customer":
            assert row["credit_limit_cents"] > 0 and row["payment_terms_days"] is not None
        if row["stage"] in ("lead", "prospect"):
            assert row["credit_limit_cents"] is None
    for row in rows(db, "companies"):
        assert row["industry"] in INDUSTRIES and row["stage"] in STAGES
        assert row["owner_id"] in user_ids
    for row in rows(db, "history"):
        assert row["kind"] in HISTORY_KINDS
        assert row["direction"] is None or row["direction"] in DIRECTIONS
        assert row["user_id"] in user_ids and row["created_by"] == row["user_id"]
        if row["person_id"]:
            assert row["company_id"] == person_company[row["person_id"]]
        else:
            assert row["company_id"] in company_ids
        if row["kind"] in ("call", "visit", "meeting"):
            assert row["duration_s"] > 0
        assert row["subject"] and row["body"] and "{" not in row["subject"] + row["body"]


def test_json_columns_are_canonical(small: tuple[sqlite_utils.Database, DemoCounts]) -> None:
    db, _ = small
    consents = 0
    for row in rows(db, "people"):
        for column in ("tags", "interests", "consent", "custom"):
            text = row[column]
            assert text == json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True)
        consent = json.loads(row["consent"])
        consents += bool(consent)
        for entry in consent.values():
            assert entry["status"] in ("given", "withdrawn") and entry["source"]
            assert row["created_at"][:10] <= entry["date"] <= START.date().isoformat()
    assert 0 < consents < SMALL.people


def test_times_are_iso_utc_within_three_years(small: tuple[sqlite_utils.Database, DemoCounts]) -> None:
    db, _ = small
    earliest = to_iso(START - timedelta(days=3 * 365))
    now = to_iso(START)
    for occurred, created, updated in db.execute(
        "SELECT occurred_at, created_at, updated_at FROM history"
    ).fetchall():
        for text in (occurred, created, updated):
            assert to_iso(from_iso(text)) == text
        assert earliest <= occurred <= created <= now
    created_times = [r[0] for r in db.execute("SELECT created_at FROM people ORDER BY rid")]
    assert created_times == sorted(created_times)
    for created, updated in db.execute("SELECT created_at, updated_at FROM people").fetchall():
        assert earliest <= created <= updated <= now
    # The planned history is written in time order (the campaigns demo appends its own after it).
    history_times = [r[0] for r in db.execute("SELECT occurred_at FROM history ORDER BY rid LIMIT ?",
                                              [SMALL.history])]
    assert history_times == sorted(history_times)


def test_names_have_accents_and_both_languages(small: tuple[sqlite_utils.Database, DemoCounts]) -> None:
    db, _ = small
    names = " ".join(r[0] for r in db.execute("SELECT first_name || ' ' || last_name FROM people"))
    assert any(ch in names for ch in "éèëïçô")
    languages = Counter(r[0] for r in db.execute("SELECT language FROM people"))
    assert languages["fr"] > languages["nl"] > 0


# --------------------------------------------------------------------------- search and triggers


def test_search_finds_generated_people_and_history(small: tuple[sqlite_utils.Database, DemoCounts]) -> None:
    db, _ = small
    rid, first, last = db.execute(
        "SELECT rid, first_name, last_name FROM people WHERE first_name LIKE '%é%' LIMIT 1"
    ).fetchone()
    query = fts.match_query(f"{demo.ascii_slug(first)} {last}")  # accents folded by the index
    found = [r[0] for r in db.execute(
        "SELECT rowid FROM people_fts WHERE people_fts MATCH ?", [query]
    )]
    assert rid in found
    hits = db.execute(
        "SELECT count(*) FROM history_fts WHERE history_fts MATCH ?", [fts.match_query("devis")]
    ).fetchone()[0]
    assert hits > 50
    companies_hits = db.execute(
        "SELECT count(*) FROM companies_fts WHERE companies_fts MATCH ?", [fts.match_query("BE0")]
    ).fetchone()[0]
    assert companies_hits > 0


def test_triggers_and_indexes_are_back(small: tuple[sqlite_utils.Database, DemoCounts],
                                       clock: FixedClock) -> None:
    db, _ = small
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert set(fts.trigger_names()) <= names
    assert set(schema.INDEX_NAMES) <= names
    assert db.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0  # ANALYZE ran
    ctx = Context(db=db, user=demo_user(db), clock=clock)
    person_id = people.create(ctx, {"first_name": "Zéphyrine", "last_name": "Quibbleworth"})
    rid = db.execute("SELECT rid FROM people WHERE id = ?", [person_id]).fetchone()[0]
    found = [r[0] for r in db.execute(
        "SELECT rowid FROM people_fts WHERE people_fts MATCH ?", [fts.match_query("zephyrine")]
    )]
    assert found == [rid]
