"""Contacts to and from CSV: round trip, header aliases, all-or-nothing, never a crash."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from crm_desktop.core import companies, people
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, PermissionDenied
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user, ensure_admin
from crm_desktop.db.connection import open_database
from crm_desktop.interchange.contacts_csv import (
    ImportCancelled,
    ImportFileError,
    ImportResult,
    export_contacts,
    import_contacts,
)

#: Columns that identify a row in one database only.
LOCAL = {"rid", "id", "created_at", "updated_at", "created_by", "updated_by", "company_id", "owner_id"}


@pytest.fixture
def fresh(tmp_path: Path, clock: FixedClock) -> Iterator[Context]:
    """A second, empty database to import into."""
    db = open_database(tmp_path / "fresh.db")
    yield Context(db=db, user=ensure_admin(db, clock), clock=clock)
    db.close()


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def comparable(ctx: Context) -> list[dict[str, Any]]:
    """Every person as a portable dict: ids replaced by the names they point to."""
    out = []
    for (person_id,) in ctx.db.execute("SELECT id FROM people WHERE deleted_at IS NULL").fetchall():
        row = people.get(ctx, person_id)
        company = ctx.db.execute("SELECT name FROM companies WHERE id = ?", [row["company_id"]]).fetchone()
        owner = ctx.db.execute("SELECT name FROM users WHERE id = ?", [row["owner_id"]]).fetchone()
        portable = {k: v for k, v in row.items() if k not in LOCAL}
        portable["company"] = company[0] if company else None
        portable["owner"] = owner[0] if owner else None
        out.append(portable)
    return sorted(out, key=lambda r: (r["last_name"], r["first_name"] or ""))


def test_round_trip_gives_the_same_people(ctx: Context, fresh: Context, tmp_path: Path) -> None:
    acme = companies.create(ctx, {"name": "Société Générale"})
    people.create(ctx, {
        "first_name": "Hélène", "last_name": "Dupont", "title": "Gérante", "company_id": acme,
        "email": "helene@example.com", "email2": "h.dupont@example.org", "phone": "02 477 12 34",
        "mobile": "+32 477 12 34 56", "street": "Rue Haute 1", "postcode": "1000",
        "city": "Bruxelles", "country": "be", "language": "fr", "stage": "customer",
        "owner_id": ctx.user.id, "source": "trade_show", "interests": "chauffage; solaire",
        "consent": {"email": {"status": "given", "date": "2025-01-31", "source": "form; signed"},
                    "sms": {"status": "withdrawn", "date": "2025-02-01", "source": "phone call"}},
        "credit_limit": "1 500,50", "payment_terms_days": 30, "birthday": "1980-12-31",
        "tags": ["vip", "salon 2025"], "notes": "First line,\n\"quoted\"; second line\n=1+2",
        "custom": {"Shoe size": "42", "Pointure": "=SUM(A1)"},
    })
    people.create(ctx, {"last_name": "Martin", "credit_limit": -250, "notes": "-minus, @at, +plus"})
    people.create(ctx, {"first_name": "Zoë", "last_name": "Ørsted", "company_id": acme})
    out = tmp_path / "people.csv"

    assert export_contacts(ctx, out) == 3
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel shows accents right
    result = import_contacts(fresh, out)

    assert result.ok and result.written
    assert (result.people_created, result.companies_created) == (3, 1)
    assert comparable(fresh) == comparable(ctx)


def test_export_neutralises_formulas_but_keeps_phone_numbers(ctx: Context, tmp_path: Path) -> None:
    people.create(ctx, {"last_name": "=HYPERLINK(\"x\")", "phone": "+32 2 477 12 34", "notes": "@SUM(1)"})
    out = tmp_path / "people.csv"
    export_contacts(ctx, out)
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert row["last_name"] == "'=HYPERLINK(\"x\")"
    assert row["notes"] == "'@SUM(1)"
    assert row["phone"] == "+3224771234"


def test_french_excel_file_with_semicolons_and_cp1252(ctx: Context, tmp_path: Path) -> None:
    source = write(tmp_path / "excel.csv",
                   "Prénom;Nom;Courriel;Société;Téléphone;GSM;Ville;Code postal;Date de naissance;Colonne X\r\n"
                   "Hélène;Dupont;helene@example.com;ACME sa;02 477 12 34;0477 12 34 56;Liège;4000;31/12/1980;?\r\n"
                   "Jean;Martin;;acme SA;;;Namur;5000;;\r\n",
                   encoding="cp1252")
    result = import_contacts(ctx, source)
    assert result.ok, result.errors
    assert (result.encoding, result.delimiter) == ("cp1252", ";")
    assert result.ignored_columns == ["Colonne X"]
    assert result.new_companies == ["ACME sa"]  # one company for both spellings
    rows = ctx.db.execute_returning_dicts(
        "SELECT first_name, city, postcode, phone, mobile, birthday, company_id FROM people ORDER BY last_name")
    assert rows[0]["first_name"] == "Hélène" and rows[0]["city"] == "Liège"
    assert rows[0]["phone"] == "+3224771234" and rows[0]["mobile"] == "+32477123456"
    assert rows[0]["birthday"] == "1980-12-31"
    assert rows[0]["company_id"] == rows[1]["company_id"]


@pytest.mark.parametrize("header", [
    "First name,Last name,E-mail,Company,Phone,Mobile,City,Postcode,Tags",
    "Prénom,Nom,Email,Entreprise,Téléphone,GSM,Ville,Code postal,Étiquettes",
    "first_name,last_name,Courriel,Société,phone,mobile,city,postcode,tags",
])
def test_header_aliases(header: str, ctx: Context, tmp_path: Path) -> None:
    source = write(tmp_path / "a.csv", header + "\nAnne,Lenoir,anne@example.com,Acme,02 477 12 34,"
                   "0477 12 34 56,Gent,9000,\"a, b\"\n")
    result = import_contacts(ctx, source)
    assert result.ok and result.ignored_columns == []
    person = people.get(ctx, ctx.db.execute("SELECT id FROM people").fetchone()[0])
    assert (person["first_name"], person["email"], person["city"], person["tags"]) == (
        "Anne", "anne@example.com", "Gent", ["a", "b"])
    assert companies.get(ctx, person["company_id"])["name"] == "Acme"


def test_existing_company_found_by_name_ignoring_case(ctx: Context, tmp_path: Path) -> None:
    acme = companies.create(ctx, {"name": "Société Générale"})
    source = write(tmp_path / "a.csv", "last_name,company\nDupont,SOCIÉTÉ GÉNÉRALE\n")
    result = import_contacts(ctx, source)
    assert result.companies_created == 0
    assert ctx.db.execute("SELECT company_id FROM people").fetchone()[0] == acme


def test_bad_rows_write_nothing_and_give_their_line(ctx: Context, tmp_path: Path) -> None:
    source = write(tmp_path / "bad.csv",
                   "sep=,\n"                                      # line 1: Excel's separator hint
                   "first_name,last_name,email,company,birthday\n"  # line 2
                   "Anne,Lenoir,anne@example.com,New Co,\n"        # line 3
                   "\n"                                            # line 4: blank
                   "Bob,\"Multi\nline\",,,\n"                       # lines 5-6
                   "Carl,Roux,not-an-email,,\n"                    # line 7
                   ",,dan@example.com,,\n"                         # line 8: no last name
                   "Eve,Blanc,,,1980-02-30\n")                     # line 9: no such day
    result = import_contacts(ctx, source)
    assert not result.ok and not result.written
    assert [str(e) for e in result.errors] == [
        "line 7: email: Not a valid e-mail address.",
        "line 8: last_name: This field is required.",
        "line 9: birthday: Not a date (YYYY-MM-DD).",
    ]
    assert (result.people_created, result.companies_created) == (0, 0)
    assert ctx.db.execute("SELECT count(*) FROM people").fetchone()[0] == 0
    assert ctx.db.execute("SELECT count(*) FROM companies").fetchone()[0] == 0


def test_dry_run_tells_and_writes_nothing(ctx: Context, tmp_path: Path) -> None:
    people.create(ctx, {"last_name": "Old", "email": "old@example.com"})
    source = write(tmp_path / "a.csv", "last_name,email,company\nNew,new@example.com,Acme\n"
                   "Again,OLD@example.com,Acme\nTwice,new@example.com,Other\n")
    result = import_contacts(ctx, source, dry_run=True)
    assert result.ok and not result.written
    assert (result.people_created, result.companies_created, result.new_companies) == (1, 1, ["Acme"])
    assert [s.line for s in result.skipped] == [3, 4]
    assert "already has the e-mail address old@example.com" in result.skipped[0].message
    assert "Same e-mail address as line 2" in result.skipped[1].message
    assert ctx.db.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    assert ctx.db.execute("SELECT count(*) FROM companies").fetchone()[0] == 0


def test_unknown_owner_is_one_warning_per_name(ctx: Context, tmp_path: Path) -> None:
    source = write(tmp_path / "a.csv", "last_name,Owner\nDupont,Somebody Else\nMartin,Admin\n"
                   "Durand,Somebody Else\nRoux,Somebody Else\n")
    result = import_contacts(ctx, source)
    assert result.written
    assert [str(w) for w in result.warnings] == [
        "line 2: Owner: No user named 'Somebody Else' here (and 2 more rows); the owner is left empty."]
    owners = dict(ctx.db.execute("SELECT last_name, owner_id FROM people").fetchall())
    assert owners == {"Dupont": None, "Martin": ctx.user.id, "Durand": None, "Roux": None}


def test_progress_and_cancel(ctx: Context, tmp_path: Path) -> None:
    lines = ["last_name,email"] + [f"Name{i},p{i}@example.com" for i in range(1200)]
    source = write(tmp_path / "a.csv", "\n".join(lines) + "\n")
    calls: list[tuple[int, int]] = []
    import_contacts(ctx, source, dry_run=True, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (501, 1202) and calls[-1] == (1202, 1202)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    with pytest.raises(ImportCancelled):
        import_contacts(ctx, source, progress=lambda done, total: done < total)
    assert ctx.db.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_file_level_problems(ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no last name column"):
        import_contacts(ctx, write(tmp_path / "a.csv", "first_name,email\nAnne,a@example.com\n"))
    with pytest.raises(ImportFileError, match="empty"):
        import_contacts(ctx, write(tmp_path / "b.csv", "\n\n"))
    with pytest.raises(ImportFileError, match="Cannot read"):
        import_contacts(ctx, tmp_path / "missing.csv")


def test_technician_may_neither_import_nor_export(ctx: Context, tmp_path: Path) -> None:
    tech = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, "Tom", Role.TECHNICIAN), clock=ctx.clock)
    with pytest.raises(PermissionDenied):
        import_contacts(tech, write(tmp_path / "a.csv", "last_name\nDupont\n"))
    with pytest.raises(PermissionDenied):
        export_contacts(tech, tmp_path / "out.csv")


def test_ten_thousand_rows_in_one_transaction(ctx: Context, tmp_path: Path) -> None:
    lines = ["first_name;last_name;email;company;city"]
    lines += [f"P{i};Name{i};p{i}@example.com;Company {i % 50};City {i % 7}" for i in range(10_000)]
    result = import_contacts(ctx, write(tmp_path / "big.csv", "\n".join(lines)))
    assert result.written and result.people_created == 10_000 and result.companies_created == 50
    hits = ctx.db.execute("SELECT count(*) FROM people_fts WHERE people_fts MATCH 'name9999'").fetchone()
    assert hits[0] == 1


# ------------------------------------------------------------------ never crash

HEADERS = ["first_name", "last_name", "Nom", "email", "Courriel", "phone", "GSM", "company",
           "Société", "birthday", "credit_limit", "payment_terms_days", "stage", "language",
           "source", "country", "tags", "interests", "owner", "consent.email", "custom.X",
           "custom.", "consent.fax", "unknown", "", "company_id", "owner_id", "custom"]
cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["Dupont", "Hélène", "Liège", "Ørsted", "d'Ursel", "vip; salon"]),
    st.sampled_from(["", "=1+2", "'+32", "31/12/1980", "2024-02-30", "given; 2024-01-01; web",
                     "withdrawn;;", "1 500,50", "-1", "999999999999999", "lead", "x" * 300,
                     "+32 477 12 34 56", "a@b", "a@example.com", "\"", ";", ",", "\r\n", "\x00"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.tuples(st.lists(st.sampled_from(HEADERS), max_size=7), st.integers(0, 7),
                     st.sampled_from(["last_name", "Nom", "Last name"]))
    .map(lambda t: [*t[0][: t[1]], t[2], *t[0][t[1]:]]),
    rows=st.lists(st.lists(cells, max_size=10), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    dry_run=st.booleans(),
)
def test_random_cells_never_crash_the_importer(
    ctx: Context, tmp_path: Path, header: list[str], rows: list[list[str]], delimiter: str,
    encoding: str, dry_run: bool,
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path / "random.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    before = ctx.db.execute("SELECT count(*) FROM people").fetchone()[0]
    try:
        result = import_contacts(ctx, path, dry_run=dry_run)
    except CrmError as exc:
        event(f"file refused: {type(exc).__name__}")
        return  # a file-level problem, told in a sentence
    assert isinstance(result, ImportResult)
    event("rows refused" if result.errors else "written" if result.written else "nothing to write")
    after = ctx.db.execute("SELECT count(*) FROM people").fetchone()[0]
    if result.errors or dry_run:
        assert after == before
    else:
        assert after == before + result.people_created
    for problem in [*result.errors, *result.skipped, *result.warnings]:
        assert problem.line >= 2 and str(problem).startswith(f"line {problem.line}: ")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_random_bytes_never_crash_the_importer(ctx: Context, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.bin"
    path.write_bytes(b"last_name,email\n" + data)
    try:
        result = import_contacts(ctx, path, dry_run=True)
    except CrmError:
        return
    assert isinstance(result, ImportResult)
