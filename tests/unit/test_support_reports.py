"""The support reports: the figures of a period exactly, both PDFs in both languages, the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from crm_desktop import cli
from crm_desktop.core import companies, contracts, people, support_costs, support_report, tickets
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.settings import BusinessSettings, save_business
from crm_desktop.core.support_choices import (
    BILLING,
    CATEGORIES,
    CHANNELS,
    COST_KINDS,
    EVENT_KINDS,
    PRIORITIES,
    STATUSES,
)
from crm_desktop.core.support_costs import Totals
from crm_desktop.core.support_report import ReportCancelled
from crm_desktop.core.users import add_user
from crm_desktop.reports.pdf_read import page_count, page_texts
from crm_desktop.reports.support_costs import build_support_costs
from crm_desktop.reports.texts import LABELS, WORDS, Texts
from crm_desktop.reports.ticket_report import build_ticket_report

NBSP = "\u00a0"


@dataclass
class Desk:
    """The ids of the small support desk the tests work on."""

    ctx: Context
    clock: FixedClock
    tech_id: str
    lambert: str  # company, gold contract
    dupuis: str  # company, bronze contract
    zoe: str  # a person without company or contract
    t1: str  # Lambert, breakdown, January: within targets, covered time, a part, travel, a note
    t2: str  # Dupuis, maintenance, February: both targets missed, billable time, free parking
    t3: str  # Zoé, no category, still open
    t4: str  # Lambert, opened in December: only part of its time is in the period
    t5: str  # deleted: never counted


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def desk(db) -> Desk:
    """A small desk built with the core functions, on a clock that walks from December to March."""
    clock = FixedClock(_at("2025-12-15T08:00:00"))
    from crm_desktop.core.users import ensure_admin

    admin = ensure_admin(db, clock)
    ctx = Context(db=db, user=admin, clock=clock)
    db.execute("UPDATE users SET cost_per_hour_cents = 3000 WHERE id = ?", [admin.id])
    tech = add_user(db, clock, "Marc Tech", Role.TECHNICIAN)  # costs the default 40.00 an hour
    as_tech = Context(db=db, user=tech, clock=clock)
    save_business(ctx, BusinessSettings(name="Chauffage Lambert SRL", street="Rue de Fer 12", postcode="5000",
                                        city="Namur", currency="EUR"))
    gold = contracts.create_level(ctx, {"name": "Gold", "rank": 3, "first_response_minutes": 60,
                                        "resolution_minutes": 480, "hourly_rate_cents": "85,00",
                                        "included_minutes": 600, "onsite_included": True})
    bronze = contracts.create_level(ctx, {"name": "Bronze", "rank": 1, "first_response_minutes": 240,
                                          "resolution_minutes": 1440, "hourly_rate_cents": "60,00"})
    lambert = companies.create(ctx, {"name": "Boulangerie Lambert", "street": "Rue Haute 3", "postcode": "5000",
                                     "city": "Namur"})
    anne = people.create(ctx, {"first_name": "Anne", "last_name": "Lambert", "company_id": lambert,
                               "email": "anne@lambert.be", "phone": "+32 81 22 33 44"})
    dupuis = companies.create(ctx, {"name": "Garage Dupuis", "city": "Liège"})
    zoe = people.create(ctx, {"first_name": "Zoé", "last_name": "Martin", "city": "Arlon"})
    contracts.create_contract(ctx, {"company_id": lambert, "level_id": gold, "starts_on": "2025-01-01",
                                    "ends_on": "2026-12-31", "reference": "G-12"})
    contracts.create_contract(ctx, {"company_id": dupuis, "level_id": bronze, "starts_on": "2025-06-01"})

    # T4: opened on 20 December; 60 min in December (outside), 15 min at 00:30 on 1 January
    # Brussels time (still 31 December in UTC: inside), 45 min on 5 January (inside).
    clock.advance(days=5)  # 2025-12-20 08:00
    t4 = tickets.open_ticket(ctx, {"person_id": anne, "subject": "Thermostat muet", "category": "configuration"})
    support_costs.log_time(ctx, t4, {"minutes": 60, "started_at": "2025-12-22T09:00:00Z"})
    support_costs.log_time(ctx, t4, {"minutes": 15, "started_at": "2025-12-31T23:30:00Z"})
    support_costs.log_time(ctx, t4, {"minutes": 45, "started_at": "2026-01-05T09:00:00Z"})

    # T1: Monday 12 January 2026, 09:00 Brussels.
    clock.advance(days=23)  # 2026-01-12 08:00 UTC
    t1 = tickets.open_ticket(ctx, {"person_id": anne, "subject": "Chaudière en panne", "category": "breakdown",
                                   "description": "La chaudière affiche F28 & ne redémarre pas.",
                                   "product": "Vaillant ecoTEC"})
    clock.advance(minutes=20)
    tickets.add_message(ctx, t1, "Nous passons cet après-midi.", "out")
    tickets.add_message(ctx, t1, "Cliente pénible, ne pas facturer le parking", None)  # internal
    support_costs.log_time(ctx, t1, {"minutes": 90, "started_at": "2026-01-12T12:00:00Z", "note": "Diagnostic"})
    support_costs.add_cost(ctx, t1, {"kind": "part", "description": "Vanne 3 voies", "quantity": "2",
                                     "unit_cost_cents": "40,00", "unit_price_cents": "65,00",
                                     "occurred_at": "2026-01-12T13:00:00Z"})
    support_costs.add_cost(ctx, t1, {"kind": "travel", "km": "30", "travel_minutes": 40,
                                     "occurred_at": "2026-01-12T11:30:00Z"})
    clock.advance(hours=5)
    tickets.set_status(ctx, t1, "resolved", "Remplacement de la vanne 3 voies.")

    # T2: Monday 2 February 09:00 Brussels; first reply the next day (response missed),
    # resolved four days later (resolution missed).
    clock.advance(days=21, hours=-5, minutes=-20)  # 2026-02-02 08:00 UTC
    t2 = tickets.open_ticket(as_tech, {"company_id": dupuis, "subject": "Entretien annuel en retard",
                                       "category": "maintenance", "assignee_id": tech.id})
    clock.advance(days=1)
    tickets.add_message(as_tech, t2, "Rendez-vous jeudi.", "out")
    support_costs.log_time(as_tech, t2, {"minutes": 120, "started_at": "2026-02-05T09:00:00Z"})
    support_costs.add_cost(as_tech, t2, {"kind": "expense", "description": "Parking", "unit_cost_cents": "4,50",
                                         "billing": "free", "occurred_at": "2026-02-05T09:00:00Z"})
    clock.advance(days=3)
    tickets.set_status(as_tech, t2, "resolved", "Entretien fait, brûleur nettoyé.")

    # T3: Zoé, no contract, no category, still open on 20 February.
    clock.advance(days=14)  # 2026-02-20 08:00
    t3 = tickets.open_ticket(ctx, {"person_id": zoe, "subject": "Question sur la facture"})
    support_costs.log_time(ctx, t3, {"minutes": 30, "started_at": "2026-02-20T09:00:00Z"})

    # T5: deleted with its time.
    t5 = tickets.open_ticket(ctx, {"company_id": dupuis, "subject": "Doublon"})
    support_costs.log_time(ctx, t5, {"minutes": 600, "started_at": "2026-02-20T10:00:00Z"})
    tickets.delete(ctx, t5)
    clock.advance(days=10)  # 2026-03-02 08:00
    return Desk(ctx, clock, tech.id, lambert, dupuis, zoe, t1, t2, t3, t4, t5)


PERIOD = (date(2026, 1, 1), date(2026, 3, 31))


def _norm(text: str) -> str:
    """PDF text with no-break spaces as plain spaces (tests compare with ordinary strings)."""
    return text.replace(NBSP, " ").replace("\u202f", " ")


def _pdf_text(path: Path) -> str:
    return _norm("\n".join(page_texts(path)))


def _money(lang: str, cents: int) -> str:
    return _norm(Texts(lang).money(cents))


# --------------------------------------------------------------------------- the figures


def test_the_figures_of_a_period_to_the_cent(desk: Desk) -> None:
    db = desk.ctx.db
    report = support_report.support_report(db, *PERIOD, desk.clock.now())
    assert (report.opened, report.resolved) == (3, 2)  # T4 was opened in December; T5 is deleted
    # Time: T4 15 + 45 min, T1 90 min (Gold, admin at 30.00/h), T2 120 min (tech at 40.00/h), T3 30 min.
    # T4's 15 minutes began at 00:30 on 1 January in Brussels (23:30 UTC the day before): they count.
    gold_covered = (15 * 8500 + 30) // 60 + (45 * 8500 + 30) // 60 + 90 * 8500 // 60 + 1650 + 5667
    assert report.totals == Totals(minutes=300, time_cost_cents=750 + 2250 + 4500 + 8000 + 1500,
                                   parts_cost_cents=8000, travel_cost_cents=1050 + 2000, expense_cost_cents=450,
                                   billable_cents=13000 + 12000 + 3750, covered_cents=gold_covered)
    assert gold_covered == 28567
    lo, hi = support_report.period_bounds(db, *PERIOD)
    assert (lo, hi) == ("2025-12-31T23:00:00.000Z", "2026-03-31T22:00:00.000Z")
    assert report.totals == support_costs.totals_where(db, "@at >= ? AND @at < ?", [lo, hi])

    by_customer = {c.name: c for c in report.customers}
    assert list(by_customer) == ["Boulangerie Lambert", "Garage Dupuis", "Zoé Martin"]
    lambert = by_customer["Boulangerie Lambert"]
    assert (lambert.company_id, lambert.opened, lambert.resolved) == (desk.lambert, 1, 1)
    assert lambert.totals.minutes == 150 and lambert.totals.cost_cents == 7500 + 8000 + 3050
    assert lambert.totals.covered_cents == 28567 and lambert.totals.billable_cents == 13000
    zoe = by_customer["Zoé Martin"]
    assert (zoe.company_id, zoe.person_id) == (None, desk.zoe)
    assert zoe.totals == Totals(minutes=30, time_cost_cents=1500, billable_cents=3750)
    assert by_customer["Garage Dupuis"].totals == Totals(minutes=120, time_cost_cents=8000, expense_cost_cents=450,
                                                         billable_cents=12000)

    categories = {c.key: c for c in report.categories}
    assert set(categories) == {"breakdown", "maintenance", "configuration", None}
    assert categories["configuration"].opened == 0 and categories["configuration"].totals.minutes == 60
    assert categories["breakdown"].totals.cost_cents == 4500 + 8000 + 3050
    assert [(b.label, b.opened, b.totals.minutes) for b in report.levels] == [
        ("Gold", 1, 150), ("Bronze", 1, 120), (None, 1, 30)]
    technicians = {t.name: t for t in report.technicians}
    assert technicians["Admin"].minutes == 180 and technicians["Admin"].tickets == 3
    assert technicians["Admin"].time_cost_cents == 750 + 2250 + 4500 + 1500
    assert technicians["Admin"].other_cost_cents == 8000 + 3050
    assert technicians["Marc Tech"].minutes == 120 and technicians["Marc Tech"].cost_cents == 8000 + 450

    sla = report.sla
    assert (sla.resolved, sla.response_targets, sla.response_met, sla.resolution_targets, sla.resolution_met,
            sla.without_target, sla.breach_count) == (2, 2, 1, 2, 1, 0, 2)
    assert sla.response_share == 0.5
    # Bronze: 240 business minutes to answer, from Monday 09:00 (Brussels): due 13:00; answered
    # Tuesday 09:00 after 540 business minutes; 1440 to resolve, resolved Friday 09:00 after 2160.
    assert [(b.target, b.due, b.actual, b.late_minutes) for b in sla.breaches] == [
        ("response", "2026-02-02T12:00:00.000Z", "2026-02-03T08:00:00.000Z", 300.0),
        ("resolution", "2026-02-04T14:00:00.000Z", "2026-02-06T08:00:00.000Z", 720.0)]
    assert {b.customer for b in sla.breaches} == {"Garage Dupuis"} and sla.breaches[0].level == "Bronze"

    assert [(item.line.name, item.level_name, item.included_minutes) for item in report.top] == [
        ("Boulangerie Lambert", "Gold", 600), ("Garage Dupuis", "Bronze", 0), ("Zoé Martin", None, 0)]
    assert [(m.month, m.time_cents, m.parts_cents, m.travel_cents, m.expense_cents) for m in report.months] == [
        (date(2026, 1, 1), 7500, 8000, 3050, 0), (date(2026, 2, 1), 9500, 0, 0, 450), (date(2026, 3, 1), 0, 0, 0, 0)]
    assert sum(m.total_cents for m in report.months) == report.totals.cost_cents
    assert db.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0  # temp tables gone


def test_an_empty_period_and_a_period_that_ends_before_it_starts(desk: Desk) -> None:
    report = support_report.support_report(desk.ctx.db, date(2024, 1, 1), date(2024, 12, 31), desk.clock.now())
    assert report.customers == [] and report.totals == Totals() and report.sla.resolved == 0
    assert len(report.months) == 12
    with pytest.raises(support_report.ValidationError):
        support_report.support_report(desk.ctx.db, date(2026, 2, 1), date(2026, 1, 1), desk.clock.now())


def test_progress_is_reported_and_cancel_stops_with_nothing_left(desk: Desk, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    support_report.support_report(desk.ctx.db, *PERIOD, desk.clock.now(), lambda d, t: seen.append((d, t)))
    assert seen[-1] == (support_report.STEPS, support_report.STEPS) and len(seen) == support_report.STEPS
    with pytest.raises(ReportCancelled):
        support_report.support_report(desk.ctx.db, *PERIOD, desk.clock.now(), lambda d, t: d < 3)
    assert desk.ctx.db.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0
    assert not desk.ctx.db.conn.in_transaction
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    calls: list[int] = []

    def stop_while_laying_out(done: int, total: int) -> bool:
        calls.append(done)
        return done < 60

    with pytest.raises(ReportCancelled):
        build_support_costs(desk.ctx.db, out, *PERIOD, "en", desk.clock, stop_while_laying_out)
    assert max(calls) >= 60 and list(folder.iterdir()) == []


def test_ticket_data_has_the_story_the_clocks_and_the_money(desk: Desk) -> None:
    data = support_report.ticket_report_data(desk.ctx.db, desk.t1, desk.clock.now())
    assert data.customer == "Boulangerie Lambert" and data.contact["name"] == "Anne Lambert"
    assert data.company["city"] == "Namur" and data.level.name == "Gold"
    assert [e["kind"] for e in data.events][:2] == ["message", "status"]
    assert "note" in [e["kind"] for e in data.events]  # the data has it; the report leaves it out
    assert [e["user_name"] for e in data.events][0] == "Admin"
    assert [e["price_cents"] for e in data.time_entries] == [12750]
    assert data.totals.covered_cents == 12750 + 7317 and data.totals.billable_cents == 13000
    assert data.sla.response.met is True and data.sla.resolution.met is True


# --------------------------------------------------------------------------- the PDFs


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_support_costs_pdf(desk: Desk, tmp_path: Path, lang: str) -> None:
    out = build_support_costs(desk.ctx.db, tmp_path / f"costs-{lang}.pdf", *PERIOD, lang, desk.clock)
    assert page_count(out) >= 1
    pages = [_norm(p) for p in page_texts(out)]
    text = "\n".join(pages)
    t = Texts(lang)
    assert t("support_title") in pages[0] and "Chauffage Lambert SRL" in pages[0]
    assert _norm(t("period", start=t.day(PERIOD[0]), end=t.day(PERIOD[1]))) in pages[0]
    for name in ("Boulangerie Lambert", "Garage Dupuis", "Zoé Martin", "Marc Tech", "Gold", "Bronze"):
        assert name in text
    for cents in (28500, 28750, 28567):  # cost, billable, covered
        assert _money(lang, cents) in text
    assert "5:00" in text  # 300 minutes
    numbers = desk.ctx.db.execute("SELECT number FROM tickets WHERE id = ?", [desk.t2]).fetchone()[0]
    assert numbers in text and _norm(t("target_response")) in text and "5:00" in text
    assert _norm(t("breaches", count=2)) in text
    assert (f"Page 1 sur {len(pages)}" if lang == "fr" else f"Page 1 of {len(pages)}") in pages[0]
    if lang == "fr":
        assert "285,00 €" in text and "Panne" in text and "Sans contrat" in text and "janv." in text
    else:
        assert "€285.00" in text and "Breakdown" in text and "No contract" in text and "Jan" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ticket_pdf_leaves_internal_notes_and_costs_out(desk: Desk, tmp_path: Path, lang: str) -> None:
    out = build_ticket_report(desk.ctx.db, tmp_path / f"ticket-{lang}.pdf", desk.t1, lang, desk.clock)
    text = _pdf_text(out)
    number = desk.ctx.db.execute("SELECT number FROM tickets WHERE id = ?", [desk.t1]).fetchone()[0]
    t = Texts(lang)
    assert t("ticket_title", number=number) in text
    for expected in ("Boulangerie Lambert", "Anne Lambert", "anne@lambert.be", "Chaudière en panne",
                     "F28 & ne redémarre pas", "Nous passons cet après-midi.", "Remplacement de la vanne 3 voies.",
                     "Vanne 3 voies", "Gold", "Diagnostic", "1:30"):
        assert expected in text, expected
    assert "pénible" not in text  # the internal note
    assert _money(lang, 4000) not in text and _money(lang, 8000) not in text  # the purchase prices
    for cents in (13000, 7317, 12750, 12750 + 7317):  # part, travel, time, covered total
        assert _money(lang, cents) in text
    assert ("Page 1 sur" if lang == "fr" else "Page 1 of") in text
    if lang == "fr":
        assert "Dans les délais" in text and "Couvert par le contrat" in text and "Statut passé de" in text
    else:
        assert "Within target" in text and "Covered by the contract" in text and "Status changed from" in text


def test_a_ticket_that_missed_its_targets_says_so(desk: Desk, tmp_path: Path) -> None:
    text = _pdf_text(build_ticket_report(desk.ctx.db, tmp_path / "t2.pdf", desk.t2, "en", desk.clock))
    assert text.count("Target missed") == 2 and "Free of charge" in text and "Marc Tech" in text


def test_every_report_string_and_label_has_both_languages() -> None:
    for key, texts in WORDS.items():
        assert set(texts) == {"en", "fr"} and all(texts.values()), key
        assert set(_fields(texts["en"])) == set(_fields(texts["fr"])), key
    for english, texts in LABELS.items():
        assert set(texts) == {"en", "fr"} and texts["en"] == english and texts["fr"], english
    for vocabulary in (CHANNELS, PRIORITIES, STATUSES, CATEGORIES, BILLING, COST_KINDS, EVENT_KINDS):
        for label in vocabulary.values():
            assert label in LABELS, label


def _fields(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def test_amounts_durations_and_dates_follow_the_reader() -> None:
    fr, en = Texts("fr"), Texts("en")
    assert fr.money(123450) == f"1{NBSP}234,50{NBSP}€" and en.money(123450) == "€1,234.50"
    assert fr.money(-5) == f"-0,05{NBSP}€" and en.money(100_000_000) == "€1,000,000.00"
    assert Texts("en", "CHF").money(1000) == f"CHF{NBSP}10.00" and Texts("fr", "GBP").money(1000) == f"10,00{NBSP}£"
    assert en.duration(65) == "1:05" and en.duration(0) == "0:00" and fr.duration(6001) == "100:01"
    assert fr.day(date(2026, 3, 2)) == "02/03/2026" and en.day(date(2026, 3, 2)) == "02 Mar 2026"
    assert fr.moment("2026-07-01T08:05:00.000Z") == "01/07/2026 10:05"  # summer time in Brussels
    assert fr.share(0.5) == f"50,0{NBSP}%" and en.share(None) == "–"
    assert fr.choice(CATEGORIES, "breakdown") == "Panne" and fr.choice(CATEGORIES, "chauffage") == "chauffage"


# --------------------------------------------------------------------------- the command line


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in err, err
    return lines[0]


def test_cli_writes_both_reports(desk: Desk, db_path: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "costs.pdf"
    status, printed, err = _run(capsys, "report", "support-costs", "--db", str(db_path), "--out", str(out),
                                "--from", "2026-01-01", "--to", "2026-03-31", "--lang", "fr")
    assert status == 0 and err == "" and str(out) in printed
    assert "Coûts du support" in _pdf_text(out) and "Garage Dupuis" in _pdf_text(out)
    number = desk.ctx.db.execute("SELECT number FROM tickets WHERE id = ?", [desk.t1]).fetchone()[0]
    ticket_pdf = tmp_path / "ticket.pdf"
    status, _, err = _run(capsys, "report", "ticket", "--db", str(db_path), "--out", str(ticket_pdf),
                          "--id", number.lower(), "--lang", "en")
    assert status == 0 and err == ""
    assert f"Ticket {number}" in _pdf_text(ticket_pdf)


def test_cli_defaults_to_this_year_in_the_application_language(desk: Desk, db_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.core.settings import LocalSettings, save_local

    save_local(LocalSettings(language="fr"))
    out = tmp_path / "defaults.pdf"
    status, _, err = _run(capsys, "--db", str(db_path), "report", "support-costs", "--out", str(out))
    assert status == 0 and err == ""
    year = datetime.now().year
    assert f"du 01/01/{year} au" in _pdf_text(out)


@pytest.mark.parametrize(("extra", "says"), [
    (["support-costs", "--from", "2026-13-01"], "--from '2026-13-01' is not a date"),
    (["support-costs", "--from", "2026-03-01", "--to", "2026-02-01"], "comes after --to"),
    (["ticket", "--id", "T-XXX-9999"], "No ticket has the number T-XXX-9999"),
    (["ticket"], "needs the ticket's number"),
    (["invoices"], "invalid choice"),
    (["support-costs", "--lang", "de"], "invalid choice"),
])
def test_cli_refuses_bad_input_in_one_line_and_writes_nothing(desk: Desk, db_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str],
                                                              extra: list[str], says: str) -> None:
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    status, _, err = _run(capsys, "report", *extra[:1], "--db", str(db_path), "--out", str(out), *extra[1:])
    assert status == 2
    assert says in _one_error_line(err)
    assert list(out.parent.iterdir()) == []


def test_cli_refuses_a_missing_database_or_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, "report", "support-costs", "--db", str(tmp_path / "none.db"), "--out",
                          str(tmp_path / "r.pdf"))
    assert status == 2 and "no database" in _one_error_line(err)
    status, _, err = _run(capsys, "report", "support-costs", "--db", str(tmp_path / "none.db"), "--out",
                          str(tmp_path / "missing" / "r.pdf"))
    assert status == 2 and "does not exist" in _one_error_line(err)
    assert not (tmp_path / "none.db").exists()
