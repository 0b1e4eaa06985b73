"""A campaign's paper from the command line: the report, the labels, the letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.core import campaign_sends, campaigns
from crm_desktop.core.context import Context
from crm_desktop.reports.pdf_read import page_count, page_texts
from tests.unit.test_campaign_pdfs import build_campaign
from tests.unit.test_cli import assert_one_error_line, run


@pytest.fixture(autouse=True)
def _own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, logs and the default database stay in the test's folder."""
    monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CRM_DESKTOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def campaign(ctx: Context) -> str:
    return build_campaign(ctx)


def test_campaign_report_by_id_name_or_period(ctx: Context, campaign: str, db_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "one.pdf"
    status, printed, err = run(capsys, "report", "campaign", "--db", str(db_path), "--id", campaign, "--out",
                               str(out), "--lang", "en")
    assert (status, printed, err) == (0, f"Wrote {out}\n", "")
    assert "Spring offer" in page_texts(out)[0] and "Targeted 4" in page_texts(out)[0]
    by_name = tmp_path / "by-name.pdf"
    status, _printed, err = run(capsys, "report", "campaign", "--db", str(db_path), "--id", "spring OFFER",
                                "--out", str(by_name), "--lang", "fr")
    assert (status, err) == (0, "") and "Résultats de la campagne" in page_texts(by_name)[0]
    period = tmp_path / "period.pdf"
    status, _printed, err = run(capsys, "report", "campaign", "--db", str(db_path), "--from", "2026-01-01",
                                "--to", "2026-12-31", "--out", str(period), "--lang", "en")
    assert (status, err) == (0, "")
    assert "Campaigns compared" in page_texts(period)[0] and "1 Spring offer" in page_texts(period)[0]


def test_labels_and_letters(ctx: Context, campaign: str, db_path: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    labels = tmp_path / "labels.pdf"
    status, printed, err = run(capsys, "report", "labels", "--db", str(db_path), "--id", campaign, "--out",
                               str(labels), "--layout", "2x7", "--start-at", "14")
    assert (status, printed, err) == (0, f"Wrote {labels}: 3 labels\n", "")
    assert page_count(labels) == 2
    letters = tmp_path / "letters.pdf"
    status, printed, err = run(capsys, "report", "letters", "--db", str(db_path), "--id", "Spring offer", "--out",
                               str(letters), "--lang", "en", "--sender", "Paul Lambert")
    assert (status, err) == (0, "")
    assert printed == ("Skipped Marc Vide: no postal address (neither theirs nor their company's)\n"
                       f"Wrote {letters}: 3 letters\n")
    assert page_count(letters) == 3 and "Paul Lambert" in page_texts(letters)[0]
    assert campaign_sends.counts(ctx.db, campaign)["letter"] == {"pending": 4}
    status, printed, _err = run(capsys, "report", "letters", "--db", str(db_path), "--id", campaign, "--out",
                                str(letters), "--mark-sent")
    assert status == 0 and printed.endswith("Marked 3 letters sent\n")
    assert campaign_sends.counts(ctx.db, campaign)["letter"] == {"pending": 1, "sent": 3}


def test_mistakes_are_one_line_and_no_file(ctx: Context, campaign: str, db_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    campaigns.create(ctx, {"name": "Twin", "channels": ["letter"], "letter_body": "Hi"})
    campaigns.create(ctx, {"name": "Twin", "channels": ["letter"], "letter_body": "Hello"})
    out = tmp_path / "out.pdf"
    db = ("--db", str(db_path), "--out", str(out))
    cases = [
        (("report", "campaign", *db, "--id", "nope"), "No campaign has the id or name nope."),
        (("report", "labels", *db, "--id", "nope"), "No campaign has the id or name nope."),
        (("report", "letters", *db, "--id", "nope"), "No campaign has the id or name nope."),
        (("report", "letters", *db, "--id", "Twin"), "2 campaigns are named Twin"),
        (("report", "labels", *db), "the labels need the campaign"),
        (("report", "letters", *db), "the letters need the campaign"),
        (("report", "campaign", *db, "--id", campaign, "--from", "2026-01-01"), "either --id"),
        (("report", "campaign", *db, "--from", "2026-13-01"), "--from '2026-13-01' is not a date"),
        (("report", "campaign", *db, "--from", "2026-05-01", "--to", "2026-04-01"), "comes after"),
        (("report", "labels", *db, "--id", campaign, "--layout", "4x4"), "invalid choice"),
        (("report", "labels", *db, "--id", campaign, "--start-at", "22"), "between 1 and 21"),
        (("report", "labels", *db, "--id", campaign, "--start-at", "two"), "invalid int value"),
        (("report", "letters", *db, "--id", campaign, "--layout", "3x7"), "--layout is not an option of the letters"),
        (("report", "campaign", *db, "--mark-sent"), "--mark-sent is not an option of the campaign"),
        (("report", "letters", "--db", str(tmp_path / "missing.db"), "--out", str(out), "--id", campaign),
         "there is no database"),
    ]
    for argv, expected in cases:
        status, printed, err = run(capsys, *argv)
        assert (status, printed) == (2, ""), argv
        assert_one_error_line(err)
        assert expected in err, (argv, err)
        assert not out.exists(), argv
    # Everything sent already: nothing to write is a clear refusal too.
    ctx.db.execute("UPDATE campaign_sends SET status = 'sent' WHERE campaign_id = ?", [campaign])
    status, _printed, err = run(capsys, "report", "letters", *db, "--id", campaign)
    assert status == 2 and "No letter to write" in err and not out.exists()
    assert_one_error_line(err)
