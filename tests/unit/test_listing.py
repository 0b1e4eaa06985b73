"""Lists page, sort and filter in SQL; every page agrees with one full ordered read."""

from __future__ import annotations

import random

import pytest

from crm_desktop.core import companies, people
from crm_desktop.core.context import Context
from crm_desktop.core.listing import COMPANIES, PEOPLE, ListFilter, tags_in_use


@pytest.fixture
def filled(ctx: Context) -> Context:
    rng = random.Random(7)
    company_ids = [
        companies.create(ctx, {"name": f"{name} SRL", "city": rng.choice(["Namur", "Liège", "Gent"])},
                         allow_duplicate=True)
        for name in ("Zèbre", "alpha", "Beta", "gamma", "Delta")
    ]
    for i in range(60):
        people.create(
            ctx,
            {
                "first_name": rng.choice(["Anne", "Éric", "Jan", "Zoé"]),
                "last_name": f"Name{rng.randint(0, 30):02d}",
                "company_id": rng.choice(company_ids + [None, None]),
                "city": rng.choice(["Namur", "arlon", "Élouges", None]),
                "stage": rng.choice(["lead", "customer"]),
                "tags": ["vip"] if i % 5 == 0 else [],
                "email": f"p{i}@example.be",
            },
            allow_duplicate=True,
        )
    companies.delete(ctx, company_ids[0])  # its people fall into the "no company" segment
    return ctx


def _all(ctx: Context, lst, flt: ListFilter, key: str, desc: bool, step: int) -> list[tuple]:
    total = lst.count(ctx.db, flt)
    rows: list[tuple] = []
    for offset in range(0, total, step):
        rows.extend(lst.page(ctx.db, flt, key, desc, offset, step, total=total))
    return rows


@pytest.mark.parametrize("lst", [PEOPLE, COMPANIES], ids=["people", "companies"])
def test_every_column_pages_consistently(filled: Context, lst) -> None:
    flt = ListFilter()
    for column in lst.columns:
        for desc in (False, True):
            whole = lst.page(filled.db, flt, column.key, desc, 0, 10_000)
            for step in (7, 13):
                paged = _all(filled, lst, flt, column.key, desc, step)
                assert [r[0] for r in paged] == [r[0] for r in whole], (column.key, desc, step)
            assert len({r[0] for r in whole}) == len(whole) == lst.count(filled.db, flt)


def test_people_sorted_by_company_name(filled: Context) -> None:
    index = [c.key for c in PEOPLE.columns].index("company") + 1
    rows = PEOPLE.page(filled.db, ListFilter(), "company", False, 0, 10_000)
    names = [(r[index] or "").casefold() for r in rows]
    assert names == sorted(names)
    assert names[0] == ""  # people without a live company come first
    assert "zèbre srl" not in names  # the deleted company is not shown


def test_filters(filled: Context) -> None:
    db = filled.db
    total = PEOPLE.count(db, ListFilter())
    customers = PEOPLE.count(db, ListFilter(stage="customer"))
    vip = PEOPLE.count(db, ListFilter(tag="vip"))
    assert 0 < customers < total
    assert vip == 12
    assert tags_in_use(db, "people") == ["vip"]
    assert PEOPLE.count(db, ListFilter(text="elouges")) == PEOPLE.count(db, ListFilter(text="Élouges")) > 0
    assert PEOPLE.count(db, ListFilter(text="\"*)")) == 0
    assert COMPANIES.count(db, ListFilter()) == 4
