"""Field service on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.core import companies, contracts, maintenance
from crm_desktop.core.context import Context
from tests.unit.test_cli import assert_one_error_line, run


@pytest.fixture(autouse=True)
def _own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, logs and the default database stay in the test's folder."""
    monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CRM_DESKTOP_DATA_DIR", str(tmp_path / "data"))


def test_maintenance_makes_the_visits_due_once(ctx: Context, db_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    # The command runs on the real clock: a monthly plan started years ago is due whatever today is,
    # and with --days 0 exactly one visit is made (today's, or the latest overdue one).
    level = contracts.create_level(ctx, {"name": "Gold"})
    company = companies.create(ctx, {"name": "Boulangerie Dupont", "city": "Namur"})
    contract = contracts.create_contract(ctx, {"company_id": company, "level_id": level, "starts_on": "2020-01-01"})
    plan_id = maintenance.save_plan(ctx, {"contract_id": contract, "subject": "Oven service", "every_months": 1,
                                          "starts_on": "2020-01-01"})
    status, out, err = run(capsys, "maintenance", "--db", str(db_path), "--days", "0")
    assert (status, err) == (0, "")
    assert out == "Created 1 maintenance visit due within 0 days.\n"
    status, out, _err = run(capsys, "--db", str(db_path), "maintenance", "--days", "0")
    assert (status, out) == (0, "Created 0 maintenance visits due within 0 days.\n")
    assert ctx.db.execute("SELECT count(*) FROM interventions WHERE plan_id = ?", [plan_id]).fetchone()[0] == 1
    # Mistakes: one line on stderr, status 2.
    for argv in (("--days", "-1"), ("--days", "soon"), ("--days", "99999")):
        status, out, err = run(capsys, "maintenance", "--db", str(db_path), *argv)
        assert (status, out) == (2, "")
        assert_one_error_line(err)
    status, _out, err = run(capsys, "maintenance", "--db", str(tmp_path / "missing.db"))
    assert status == 2 and "there is no database" in err
    assert_one_error_line(err)
    status, out, _err = run(capsys, "maintenance", "--help")
    assert status == 0 and "--days N" in out
