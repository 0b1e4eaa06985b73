"""A campaign's paper: letters for window envelopes, address labels, the results report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from crm_desktop.core import campaign_members, campaign_sends, campaigns, companies, people, sales, segments
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.settings import BusinessSettings, save_business
from crm_desktop.reports import campaign_report, labels, letters
from crm_desktop.reports.pdf_read import page_count, page_texts

POST = {"post": {"status": "given", "date": "2026-01-10", "source": "Shop form"}}
LETTER = ("Dear {first_name},\n\nOur spring offer for {company} is here.\nA second line of the same paragraph.\n\n"
          "Kind regards,")


def _person(ctx: Context, first: str, last: str, **values: object) -> str:
    return people.create(ctx, {"first_name": first, "last_name": last, "consent": POST, **values})


@pytest.fixture
def campaign(ctx: Context) -> str:
    return build_campaign(ctx)


def build_campaign(ctx: Context) -> str:
    """A letter campaign to four people: own address, company address, abroad, and one who moves out."""
    save_business(ctx, BusinessSettings(name="Chauffage Lambert SRL", street="Rue de Fer 12", postcode="5000",
                                        city="Namur", vat="BE0123456749"))
    dupont = companies.create(ctx, {"name": "Boulangerie Dupont", "street": "Rue de l'Ange 3", "postcode": "5000",
                                    "city": "Namur"})
    _person(ctx, "Claire", "Martin", street="Avenue Reine Astrid 5", postcode="5000", city="Namur")
    _person(ctx, "Jean", "Dupont", company_id=dupont)
    _person(ctx, "Sophie", "Leroy", street="12 rue de la Paix", postcode="75002", city="Paris", country="FR")
    gone = _person(ctx, "Marc", "Vide", street="Rue Haute 1", postcode="1000", city="Bruxelles")
    segment = segments.create(ctx, {"name": "Everybody", "filter": {}})
    campaign_id = campaigns.create(ctx, {"name": "Spring offer", "channels": ["letter"], "letter_body": LETTER,
                                         "segment_id": segment, "starts_on": "2026-03-01", "ends_on": "2026-03-31"})
    report = campaign_members.build(ctx, campaign_id)
    assert report.pending_by_channel == {"letter": 4}
    # Marc's address was removed after the campaign was built: his letter cannot go.
    people.update(ctx, gone, {"street": None, "postcode": None, "city": None})
    return campaign_id


def test_one_letter_per_person_with_an_address(ctx: Context, campaign: str, tmp_path: Path) -> None:
    out = tmp_path / "letters.pdf"
    report = letters.write_letters(ctx.db, campaign, out, "en", clock=ctx.clock, sender="Paul Lambert")
    assert report.written == 3 == page_count(out)
    assert report.skipped == [("Marc Vide", "no postal address (neither theirs nor their company's)")]
    texts = page_texts(out)
    # By last name: Dupont, Leroy, Martin.
    assert "Jean Dupont\nBoulangerie Dupont\nRue de l'Ange 3\n5000 NAMUR" in texts[0]
    assert "Dear Jean," in texts[0] and "Our spring offer for Boulangerie Dupont is here." in texts[0]
    assert "Sophie Leroy\n12 rue de la Paix\n75002 PARIS\nFRANCE" in texts[1]
    assert "Our spring offer for is here." in texts[1]  # no company: the field is empty, never "{company}"
    assert "Claire Martin\nAvenue Reine Astrid 5\n5000 NAMUR" in texts[2] and "BELGIUM" not in texts[2]
    for text in texts:
        assert "Chauffage Lambert SRL" in text and "VAT BE0123456749" in text
        assert "Namur, 2 March 2026" in text and "Paul Lambert" in text and "{" not in text
    # Paragraphs and line breaks are kept: each source line is its own line in the PDF.
    assert "is here.\nA second line of the same paragraph.\nKind regards," in texts[0]
    # Nothing is marked sent by writing; mark_sent does it with the address used.
    assert campaign_sends.counts(ctx.db, campaign)["letter"] == {"pending": 4}
    assert letters.mark_sent(ctx, report) == 3
    sent = {r["last_name"]: r for r in campaign_sends.rows(ctx.db, campaign, "letter", status="sent")}
    assert set(sent) == {"Dupont", "Leroy", "Martin"}
    assert sent["Leroy"]["address"] == "12 rue de la Paix, 75002 PARIS, FR"
    # The next run writes only what is left: Marc, who has no address, so there is nothing to write.
    with pytest.raises(CrmError, match="No letter to write"):
        letters.write_letters(ctx.db, campaign, tmp_path / "again.pdf", "en", clock=ctx.clock)
    assert not (tmp_path / "again.pdf").exists()
    # A reprint takes the sent ones again.
    assert letters.write_letters(ctx.db, campaign, out, "en", clock=ctx.clock, reprint=True).written == 3


def test_address_sits_in_the_envelope_window(ctx: Context, campaign: str, tmp_path: Path) -> None:
    out = tmp_path / "letters.pdf"
    letters.write_letters(ctx.db, campaign, out, "fr", clock=ctx.clock)
    text = page_texts(out)[0]
    assert "Namur, le 2 mars 2026" in text and "TVA BE0123456749" in text
    window = (100, 50, 190, 95)  # mm from the top-left corner: left, top, right, bottom
    for left, top, right, bottom in _boxes(out, 0, "Jean Dupont", "Rue de l'Ange 3", "5000 NAMUR"):
        assert window[0] <= left and right <= window[2] and window[1] <= top and bottom <= window[3]
    # A company name too long for the window goes on two lines, still inside it.
    long_name = "Établissements Horticoles Réunis du Brabant Wallon et du Hainaut Occidental SPRL"
    ctx.db.execute("UPDATE companies SET name = ?", [long_name])
    letters.write_letters(ctx.db, campaign, out, "fr", clock=ctx.clock)
    assert "Établissements Horticoles Réunis du Brabant Wallon et du" in page_texts(out)[0]
    for left, top, right, bottom in _boxes(out, 0, "Jean Dupont", "Établissements", "Hainaut Occidental SPRL",
                                           "5000 NAMUR"):
        assert window[0] <= left and right <= window[2] and window[1] <= top and bottom <= window[3]


def test_long_letters_continue_and_french_abroad(ctx: Context, campaign: str, tmp_path: Path) -> None:
    long_text = "\n\n".join(f"Paragraph {n}: " + "words " * 60 for n in range(10))
    campaigns.update(ctx, campaign, {"letter_body": long_text})
    out = tmp_path / "long.pdf"
    report = letters.write_letters(ctx.db, campaign, out, "fr", clock=ctx.clock)
    assert report.written == 3 and page_count(out) == 6
    texts = page_texts(out)
    assert "Sophie Leroy – page 2" in texts[3] and "Paragraph 9" in texts[3] and "FRANCE" in texts[2]


def test_cancel_leaves_no_file_and_no_text_is_refused(ctx: Context, campaign: str, tmp_path: Path) -> None:
    out = tmp_path / "letters.pdf"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    from crm_desktop.core.support_report import ReportCancelled

    with pytest.raises(ReportCancelled):
        letters.write_letters(ctx.db, campaign, out, "en", progress, clock=ctx.clock)
    with pytest.raises(ReportCancelled):
        letters.write_letters(ctx.db, campaign, out, "en", cancelled=lambda: True, clock=ctx.clock)
    assert seen == [(0, 3)] and not out.exists() and not list(tmp_path.glob(".*.part"))
    ctx.db.execute("UPDATE campaigns SET letter_body = NULL WHERE id = ?", [campaign])
    with pytest.raises(ValidationError) as caught:
        letters.write_letters(ctx.db, campaign, out, "en", clock=ctx.clock)
    assert set(caught.value.errors) == {"letter_body"}


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(("layout", "count", "width"), [("3x7", 21, 70.0), ("2x7", 14, 105.0)])
def test_label_cells_tile_the_sheet(layout: str, count: int, width: float) -> None:
    cells = labels.label_cells(layout)
    assert len(cells) == count
    mm = 72 / 25.4
    for x, y, w, h in cells:
        assert w == pytest.approx(width * mm) and h == pytest.approx(42.3 * mm)
        assert x >= 0 and y >= 0 and x + w <= 595.28 and y + h <= 841.9
    # Row-major from the top-left; neighbours touch, nothing overlaps.
    assert cells[0][0] == 0 and cells[0][1] + cells[0][3] == pytest.approx(841.89 - 0.45 * mm)
    assert cells[1][0] == pytest.approx(width * mm) and cells[1][1] == cells[0][1]
    columns = int(210 // width)
    assert cells[columns][1] == pytest.approx(cells[0][1] - 42.3 * mm)
    assert cells[-1][1] == pytest.approx(0.45 * mm)
    with pytest.raises(ValidationError):
        labels.label_cells("4x10")


def test_long_lines_shrink_and_never_overflow() -> None:
    cell = labels.label_cells("3x7")[4]
    lines = ["Jean-Philippe de la Tour d'Auvergne-Lauraguais", "Établissements Horticoles Réunis du Brabant",
             "Chaussée de Louvain 1234 boîte 56", "1300 WAVRE", "BELGIQUE", "One line too many", "And another"]
    size, placed = labels.label_text(lines, cell)
    assert 6 <= size < 10
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x, y, w, h = cell
    for left, baseline, text in placed:
        assert left >= x and left + stringWidth(text, "Helvetica", size) <= x + w
        assert y <= baseline - size * 0.25 and baseline + size <= y + h
    short_size, short = labels.label_text(["Ann Lee", "1 Main St", "5000 NAMUR"], cell)
    assert short_size == 10 and [t for _x, _y, t in short] == ["Ann Lee", "1 Main St", "5000 NAMUR"]


@pytest.mark.parametrize("layout", ["3x7", "2x7"])
def test_labels_land_in_their_cells(ctx: Context, campaign: str, tmp_path: Path, layout: str) -> None:
    out = tmp_path / "labels.pdf"
    assert labels.write_labels(ctx.db, campaign, out, layout, start_at=2) == 3
    assert page_count(out) == 1
    cells = labels.label_cells(layout)
    names = ["Jean Dupont", "Sophie Leroy", "Claire Martin"]
    for position, name in enumerate(names, start=1):  # label 1 was already used: they start at the 2nd
        x, y, w, h = cells[position]
        for left, top, right, bottom in _boxes(out, 0, name):
            mm = 25.4 / 72
            assert x * mm <= left and right <= (x + w) * mm
            assert (841.89 - y - h) * mm <= top and bottom <= (841.89 - y) * mm
    assert "Marc Vide" not in page_texts(out)[0]


def test_labels_fill_several_sheets(ctx: Context, campaign: str, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    assert labels.write_labels(ctx.db, campaign, out, "2x7", start_at=13) == 3
    assert page_count(out) == 2
    assert "Claire Martin" in page_texts(out)[1]
    for wrong in (0, 15):
        with pytest.raises(ValidationError) as caught:
            labels.write_labels(ctx.db, campaign, tmp_path / "no.pdf", "2x7", start_at=wrong)
        assert set(caught.value.errors) == {"start_at"}
    assert not (tmp_path / "no.pdf").exists()


# --------------------------------------------------------------------------- the campaign report


def _results(ctx: Context, campaign: str, folder: Path) -> None:
    """Costs 150.00, two replies (one by letter, one by phone), a sale of 500.00 with 300.00 margin."""
    campaigns.add_cost(ctx, campaign, {"description": "Printing and stamps", "amount_cents": 15000,
                                       "spent_on": "2026-03-02", "channel": "letter"})
    letters.mark_sent(ctx, letters.write_letters(ctx.db, campaign, folder / "sent.pdf", "en", clock=ctx.clock))
    by_name = dict(ctx.db.execute("SELECT last_name, id FROM people").fetchall())
    campaign_members.record_response(ctx, campaign, by_name["Dupont"], "letter", "Please call me")
    campaign_members.record_response(ctx, campaign, by_name["Martin"], "phone", "Interested in a boiler")
    sale = sales.create(ctx, {"person_id": by_name["Dupont"]}, [
        {"description": "Boiler service", "quantity": 2, "unit_price_cents": 25000, "unit_cost_cents": 10000}])
    # Linking a sale to its campaign is the sales screens' job; here it is set directly.
    ctx.db.execute("UPDATE sales SET campaign_id = ? WHERE id = ?", [campaign, sale])


def test_one_campaigns_report_shows_its_figures(ctx: Context, campaign: str, tmp_path: Path) -> None:
    _results(ctx, campaign, tmp_path)
    out = tmp_path / "campaign.pdf"
    campaign_report.write_campaign_report(ctx.db, out, "en", campaign, clock=ctx.clock)
    text = "\n".join(page_texts(out))
    for expected in ("Campaign results", "Spring offer", "Win new customers", "Running",
                     "From 01 Mar 2026 to 31 Mar 2026", "Targeted 4", "Sent 3", "Left out 0",
                     "Converted (sale) 1", "€500.00", "€300.00", "€150.00", "Cost per response €75.00",
                     "Return on investment 100%", "From target to sale", "By channel", "Letter"):
        assert expected in text, expected
    assert "Responded 2 (50.0% of those reached)" in text
    # The channel table: letter 4 targeted, 0 left out, 1 to send (Marc), 3 sent, 0 failed, 1 reply.
    assert "Letter 4 0 1 3 0 1" in text
    french = tmp_path / "campagne.pdf"
    campaign_report.write_campaign_report(ctx.db, french, "fr", campaign, clock=ctx.clock)
    texte = "\n".join(page_texts(french)).replace("\u00a0", " ")  # PDFium reads no-break spaces as spaces
    for expected in ("Résultats de la campagne", "Gagner de nouveaux clients", "Du 01/03/2026 au 31/03/2026",
                     "500,00 €", "Retour sur investissement 100 %", "Courrier"):
        assert expected in texte, expected
    with pytest.raises(CrmError):
        campaign_report.write_campaign_report(ctx.db, tmp_path / "none.pdf", "en", "no-such-id", clock=ctx.clock)
    assert not (tmp_path / "none.pdf").exists()


def test_campaigns_of_a_period_ranked_by_return(ctx: Context, campaign: str, tmp_path: Path) -> None:
    _results(ctx, campaign, tmp_path)
    flop = campaigns.create(ctx, {"name": "Winter flyers", "channels": ["letter"], "letter_body": "Hello",
                                  "starts_on": "2026-02-01", "ends_on": "2026-02-28"})
    campaigns.add_cost(ctx, flop, {"description": "Flyers", "amount_cents": 20000, "spent_on": "2026-02-01"})
    campaigns.create(ctx, {"name": "Free newsletter", "channels": ["letter"], "letter_body": "Hi",
                           "starts_on": "2026-03-10"})
    campaigns.create(ctx, {"name": "Last year", "channels": ["letter"], "letter_body": "Hi",
                           "starts_on": "2025-03-10", "ends_on": "2025-03-20"})
    out = tmp_path / "compare.pdf"
    campaign_report.write_campaign_report(ctx.db, out, "en", start="2026-01-01", end="2026-12-31", clock=ctx.clock)
    text = "\n".join(page_texts(out))
    assert "Campaigns compared" in text and "From 01 Jan 2026 to 31 Dec 2026" in text
    assert "Last year" not in text
    # Best return first; no cost, no return: listed last and named under the chart.
    spring, winter, free = (text.index(f"{n} {name}") for n, name in
                            ((1, "Spring offer"), (2, "Winter flyers"), (3, "Free newsletter")))
    assert spring < winter < free
    assert "100%" in text and "-100%" in text
    assert "All campaigns" in text and "€350" in text  # cost of the period: 150 + 200
    assert "Without a recorded cost, a campaign has no return on investment: Free newsletter." in text
    assert "Return on investment per campaign (%)" in text
    empty = tmp_path / "empty.pdf"
    campaign_report.write_campaign_report(ctx.db, empty, "fr", start=date(2030, 1, 1), end=date(2030, 12, 31),
                                          clock=ctx.clock)
    assert "Aucune campagne sur cette période." in page_texts(empty)[0]


def test_a_draft_campaigns_report(ctx: Context, tmp_path: Path) -> None:
    draft = campaigns.create(ctx, {"name": "Draft idea", "channels": ["email", "sms"], "email_subject": "Hi",
                                   "email_body": "Hello", "sms_text": "Hi", "budget_cents": 50000})
    out = tmp_path / "draft.pdf"
    campaign_report.write_campaign_report(ctx.db, out, "en", draft, clock=ctx.clock)
    text = page_texts(out)[0]
    for expected in ("Draft idea", "Draft", "€500.00", "E-mail, SMS", "Nothing was sent for this campaign yet.",
                     "Cost per response –", "Return on investment –", "E-mail 0 0 0 0 0 0"):
        assert expected in text, expected


# --------------------------------------------------------------------------- helpers


def _boxes(path: Path, page_index: int, *needles: str) -> list[tuple[float, float, float, float]]:
    """Where each text is on a page: (left, top, right, bottom) in mm from the top-left corner."""
    points = 25.4 / 72
    found = []
    document = pdfium.PdfDocument(str(path))
    try:
        page = document.get_page(page_index)
        height = page.get_height()
        text_page = page.get_textpage()
        try:
            for needle in needles:
                searcher = text_page.search(needle, match_case=True)
                hit = searcher.get_next()
                searcher.close()
                assert hit is not None, needle
                start, count = hit
                boxes = [text_page.get_charbox(i) for i in range(start, start + count)]
                left = min(b[0] for b in boxes)
                right = max(b[2] for b in boxes)
                bottom = min(b[1] for b in boxes)
                top = max(b[3] for b in boxes)
                found.append((left * points, (height - top) * points, right * points, (height - bottom) * points))
        finally:
            text_page.close()
            page.close()
    finally:
        document.close()
    return found


def test_a_period_with_thirty_campaigns_keeps_its_chart_on_one_page(ctx: Context, tmp_path: Path) -> None:
    """The ranking chart's bars thin out: 30 campaigns with a cost still fit the page (a regression)."""
    for n in range(32):
        made = campaigns.create(ctx, {"name": f"Mailing {n:02d}", "channels": ["letter"], "letter_body": "Hi",
                                      "starts_on": "2026-04-01"})
        campaigns.add_cost(ctx, made, {"description": "Print", "amount_cents": 1000 + n, "spent_on": "2026-04-01"})
    out = tmp_path / "many.pdf"
    campaign_report.write_campaign_report(ctx.db, out, "en", start="2026-01-01", end="2026-12-31", clock=ctx.clock)
    text = "\n".join(page_texts(out))
    assert "Return on investment per campaign (%)" in text and "Mailing 31" in text
