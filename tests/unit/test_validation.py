"""What people type is cleaned or refused with a message; never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.core.validation import (
    FieldProblem,
    display_phone,
    normalize_email,
    normalize_phone,
    normalize_vat,
    normalize_website,
    parse_cents,
    parse_date,
    parse_list,
)


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("0475 12 34 56", "BE", "+32475123456"),
        ("+32 81 22 33 44", "FR", "+3281223344"),
        ("01 42 68 53 00", "FR", "+33142685300"),
        ("0032 2 477 12 34", "BE", "+3224771234"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("", "BE", None),
    ],
)
def test_phone_normalised_to_international(typed: str, region: str, expected: str | None) -> None:
    assert normalize_phone(typed, region) == expected


@pytest.mark.parametrize("typed", ["12", "abc", "0475 12 34 56 78 90 12", "+99 123"])
def test_bad_phone_refused(typed: str) -> None:
    with pytest.raises(FieldProblem):
        normalize_phone(typed, "BE")


def test_phone_shown_nationally_when_local() -> None:
    assert display_phone("+32475123456", "BE") == "0475 12 34 56"
    assert display_phone("+33142685300", "BE").startswith("+33")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("BE 0403.170.701", "BE0403170701"),
        ("0403170701", "BE0403170701"),
        ("FR40303265045", "FR40303265045"),
        ("NL004495445B01", "NL004495445B01"),
        ("LU26375245", "LU26375245"),
        ("DE136695976", "DE136695976"),
    ],
)
def test_vat_numbers_checked(typed: str, expected: str) -> None:
    assert normalize_vat(typed) == expected


@pytest.mark.parametrize("typed", ["BE0403170702", "FR12345678901", "XX123", "DE13669597"])
def test_bad_vat_refused(typed: str) -> None:
    with pytest.raises(FieldProblem):
        normalize_vat(typed)


def test_email_and_website() -> None:
    assert normalize_email(" Jean.Dupont@Example.BE ") == "jean.dupont@example.be"
    with pytest.raises(FieldProblem):
        normalize_email("jean@")
    assert normalize_website("www.example.be") == "https://www.example.be"
    with pytest.raises(FieldProblem):
        normalize_website("not a site")


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("1500", 150000), ("1 500,50", 150050), ("1.500,5", 150050), ("1,500.50", 150050),
     ("€ 12", 1200), ("-3,2", -320), ("", None), (250, 250)],
)
def test_money_is_integer_cents(typed: object, cents: int | None) -> None:
    assert parse_cents(typed) == cents


def test_dates_and_lists() -> None:
    assert parse_date("2024-02-29") == "2024-02-29"
    with pytest.raises(FieldProblem):
        parse_date("29/02/2024")
    assert parse_list("vip; b2b, vip ,") == ["vip", "b2b"]


@given(st.text(max_size=60))
def test_any_text_is_cleaned_or_refused(text: str) -> None:
    for parse in (normalize_phone, normalize_email, normalize_vat, normalize_website, parse_cents, parse_date):
        try:
            parse(text)
        except FieldProblem as problem:
            assert problem.message.render()
