"""The management reports from the command line: report management|profitability|retention|customer."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.core.context import Context
from crm_desktop.reports.pdf_read import page_texts
from tests.unit.test_cli import assert_one_error_line, run
from tests.unit.test_management_reports import Shop, build_shop, flat


@pytest.fixture(autouse=True)
def _own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, logs and the default database stay in the test's folder."""
    monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CRM_DESKTOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def shop(ctx: Context) -> Shop:
    return build_shop(ctx)


@pytest.mark.parametrize(("name", "en", "fr"), [
    ("management", "Management report", "Rapport de direction"),
    ("profitability", "Customer profitability", "Rentabilité des clients"),
    ("retention", "Customer retention", "Fidélisation des clients"),
])
def test_the_reports_of_a_period(shop: Shop, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 name: str, en: str, fr: str) -> None:
    for lang, title in (("en", en), ("fr", fr)):
        out = tmp_path / f"{name}-{lang}.pdf"
        status, printed, err = run(capsys, "report", name, "--db", str(db_path), "--from", "2026-01-01", "--to",
                                   "2026-03-02", "--out", str(out), "--lang", lang)
        assert (status, printed, err) == (0, f"Wrote {out}\n", "")
        first = page_texts(out)[0]
        assert title in first
        assert ("Period: 01 Jan 2026 to 02 Mar 2026" if lang == "en" else "du 01/01/2026 au 02/03/2026") in first


def test_the_customer_sheet_by_name_or_id(shop: Shop, db_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    by_name = tmp_path / "by-name.pdf"
    status, printed, err = run(capsys, "report", "customer", "--db", str(db_path), "--id", "garage MARTIN", "--out",
                               str(by_name), "--lang", "en")
    assert (status, printed, err) == (0, f"Wrote {by_name}\n", "")
    assert "Garage Martin" in flat(by_name) and "Luc Martin" in flat(by_name)
    by_id = tmp_path / "by-id.pdf"
    status, _printed, err = run(capsys, "report", "customer", "--db", str(db_path), "--id", shop.loner[2:], "--out",
                                str(by_id), "--lang", "fr")
    assert (status, err) == (0, "") and "Fiche client" in flat(by_id) and "Paul Seul" in flat(by_id)


@pytest.mark.parametrize("argv", [
    ("report", "customer"),  # no --id
    ("report", "customer", "--id", "Nobody here"),
    ("report", "customer", "--id", "Garage Martin", "--from", "2026-01-01"),
    ("report", "management", "--id", "Garage Martin"),
    ("report", "management", "--from", "2026-03-01", "--to", "2026-01-01"),
    ("report", "profitability", "--from", "1 March"),
    ("report", "retention", "--lang", "de"),
])
def test_bad_input_is_one_line_exit_2_and_no_file(shop: Shop, db_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    out = tmp_path / "never.pdf"
    status, printed, err = run(capsys, *argv, "--db", str(db_path), "--out", str(out))
    assert status == 2 and printed == ""
    assert_one_error_line(err)
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.part")) == []


def test_a_missing_database_or_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _printed, err = run(capsys, "report", "management", "--db", str(tmp_path / "none.db"), "--out",
                                str(tmp_path / "m.pdf"))
    assert status == 2
    assert_one_error_line(err)
    status, _printed, err = run(capsys, "report", "retention", "--db", str(tmp_path / "none.db"), "--out",
                                str(tmp_path / "no-folder" / "m.pdf"))
    assert status == 2
    assert_one_error_line(err)
