"""Saved reports: round trip through the synced settings, checks, rights, deletion and relative periods."""

from __future__ import annotations

import json
from datetime import date

import pytest

from crm_desktop.core import saved_reports
from crm_desktop.core.context import Context
from crm_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user


def test_round_trip_in_the_settings(ctx: Context) -> None:
    first = saved_reports.save(ctx, "  Monthly review ", "management", {"period": "last_month", "lang": "FR",
                                                                      "from": "2020-01-01", "extra": "x"})
    second = saved_reports.save(ctx, "Bakery sheet", "customer", {"id": "c:123", "from": "2025-01-01",
                                                                 "to": "2025-12-31", "lang": "en"})
    found = saved_reports.all_saved(ctx.db)
    assert [r.name for r in found] == ["Bakery sheet", "Monthly review"]
    assert found[1] == saved_reports.SavedReport(first, "Monthly review", "management",
                                                 {"period": "last_month", "lang": "fr"})
    assert found[0].params == {"id": "c:123", "from": "2025-01-01", "to": "2025-12-31", "lang": "en"}
    assert found[0].label == "Customer sheet"
    value = ctx.db.execute("SELECT value FROM settings WHERE key = ?", ["reports.saved." + second]).fetchone()[0]
    assert json.loads(value) == {"name": "Bakery sheet", "report": "customer", "params": found[0].params}
    # Saving again under the same id replaces the definition.
    saved_reports.save(ctx, "Monthly review", "retention", {"period": "this_year"}, report_id=first)
    assert saved_reports.get(ctx.db, first).report == "retention"


def test_mistakes_are_shown_per_field(ctx: Context) -> None:
    with pytest.raises(ValidationError) as err:
        saved_reports.save(ctx, " ", "weather", {"from": "2025-13-01", "lang": "de", "period": "soon"})
    assert set(err.value.errors) == {"name", "report", "from", "lang", "period"}
    with pytest.raises(ValidationError) as err:
        saved_reports.save(ctx, "Sheet", "customer", {"from": "2025-02-01", "to": "2025-01-01"})
    assert set(err.value.errors) == {"id", "to"}
    with pytest.raises(NotFound):
        saved_reports.save(ctx, "Ghost", "management", {}, report_id="nothing")
    assert saved_reports.all_saved(ctx.db) == []


def test_delete_and_rights(ctx: Context) -> None:
    kept = saved_reports.save(ctx, "Kept", "profitability", {"period": "this_quarter"})
    gone = saved_reports.save(ctx, "Gone", "support_costs", {})
    saved_reports.delete(ctx, gone)
    assert [r.id for r in saved_reports.all_saved(ctx.db)] == [kept]
    with pytest.raises(NotFound):
        saved_reports.delete(ctx, gone)
    # A damaged or foreign row under the prefix is skipped, not fatal.
    ctx.db.execute("INSERT INTO settings(key, value, updated_at) VALUES ('reports.saved.bad', '{oops', 'x')")
    assert [r.id for r in saved_reports.all_saved(ctx.db)] == [kept]
    tech = Context(db=ctx.db, user=add_user(ctx.db, ctx.clock, "Tom Tech", Role.TECHNICIAN), clock=ctx.clock)
    with pytest.raises(PermissionDenied):
        saved_reports.save(tech, "Mine", "management", {})
    with pytest.raises(PermissionDenied):
        saved_reports.delete(tech, kept)


@pytest.mark.parametrize(("period", "today", "expected"), [
    ("this_month", date(2026, 2, 10), (date(2026, 2, 1), date(2026, 2, 28))),
    ("last_month", date(2026, 1, 15), (date(2025, 12, 1), date(2025, 12, 31))),
    ("last_month", date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28))),
    ("this_quarter", date(2026, 5, 20), (date(2026, 4, 1), date(2026, 6, 30))),
    ("last_quarter", date(2026, 2, 1), (date(2025, 10, 1), date(2025, 12, 31))),
    ("this_year", date(2026, 3, 2), (date(2026, 1, 1), date(2026, 12, 31))),
    ("last_year", date(2026, 3, 2), (date(2025, 1, 1), date(2025, 12, 31))),
    ("last_12_months", date(2026, 3, 2), (date(2025, 3, 3), date(2026, 3, 2))),
    ("last_12_months", date(2024, 2, 29), (date(2023, 3, 1), date(2024, 2, 29))),
])
def test_relative_periods_move_with_the_day(period: str, today: date, expected: tuple[date, date]) -> None:
    assert saved_reports.resolve_period({"period": period, "from": "2000-01-01"}, today) == expected


def test_run_again_next_month_gives_next_months_figures(ctx: Context) -> None:
    report_id = saved_reports.save(ctx, "Monthly", "management", {"period": "last_month", "lang": "en"})
    saved = saved_reports.get(ctx.db, report_id)
    assert saved_reports.run_params(saved, date(2026, 3, 2)) == {"lang": "en", "from": "2026-02-01",
                                                                 "to": "2026-02-28"}
    assert saved_reports.run_params(saved, date(2026, 4, 1)) == {"lang": "en", "from": "2026-03-01",
                                                                 "to": "2026-03-31"}
    fixed = saved_reports.get(ctx.db, saved_reports.save(ctx, "Q1", "retention", {"from": "2026-01-01",
                                                                                   "to": "2026-03-31"}))
    assert saved_reports.resolve_period(fixed.params, date(2030, 1, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert saved_reports.resolve_period({}, date(2030, 1, 1)) == (None, None)
