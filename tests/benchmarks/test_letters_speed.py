"""5,000 campaign letters are written in under 60 s (and their labels in a few seconds).

5,000 generated people (two in three at their own address, the others at their company's,
one in ten abroad), each with consent by post, a segment of everybody, a letter campaign built
with campaign_members.build; the business has a logo. The letters are one A4 page each with
the letterhead, the window address, the date, four merged paragraphs and the signature.

Run: pytest tests/benchmarks/test_letters_speed.py -s
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PIL import Image

from crm_desktop.core import campaign_members, campaigns, records, segments
from crm_desktop.core.attachments import BlobStore, store_dir
from crm_desktop.core.context import Context
from crm_desktop.core.settings import BusinessSettings, save_business
from crm_desktop.db.connection import write_transaction
from crm_desktop.reports import labels, letters
from crm_desktop.reports.pdf_read import image_count, page_count

pytestmark = pytest.mark.benchmark

PEOPLE = 5000
LIMIT_S = 60.0
LETTER = ("Dear {first_name},\n\nThis spring, {company} can have its heating checked before the summer at a "
          "reduced price: book a visit before the end of April and the service costs 20 % less.\n\n"
          "Our technicians work in {city} and around it every week; a visit takes about an hour and we bring "
          "the usual parts with us, so that most boilers are running again the same day.\n\n"
          "Call us or answer this letter with the form enclosed.\n\nKind regards,")
CONSENT = {"post": {"status": "given", "date": "2026-01-10", "source": "Shop form"}}


def _world(ctx: Context, tmp_path: Path) -> str:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 400), (47, 110, 165)).save(logo)
    sha, _size = BlobStore(store_dir(ctx.db)).put(logo)
    save_business(ctx, BusinessSettings(name="Chauffage Lambert SRL", street="Rue de Fer 12", postcode="5000",
                                        city="Namur", vat="BE0123456749", logo_sha256=sha))
    with write_transaction(ctx.db):
        company_ids = [records.insert(ctx, "companies", {
            "name": f"Company {n:04d} SPRL", "street": f"Rue de l'Industrie {n}", "postcode": "1000",
            "city": "Bruxelles", "country": "BE"}) for n in range(500)]
        for n in range(PEOPLE):
            own = n % 3 != 0
            records.insert(ctx, "people", {
                "first_name": f"Person{n}", "last_name": f"Family {n:05d}", "stage": "customer",
                "company_id": company_ids[n % len(company_ids)], "consent": CONSENT,
                "street": f"Avenue des Tilleuls {n}" if own else None, "postcode": "5000" if own else None,
                "city": ("Lille" if n % 10 == 1 else "Namur") if own else None,
                "country": ("FR" if n % 10 == 1 else "BE") if own else None})
    segment = segments.create(ctx, {"name": "Everybody", "filter": {}})
    campaign = campaigns.create(ctx, {"name": "Spring service", "channels": ["letter"], "letter_body": LETTER,
                                      "segment_id": segment})
    report = campaign_members.build(ctx, campaign)
    assert report.pending_by_channel == {"letter": PEOPLE}
    return campaign


def test_five_thousand_letters(ctx: Context, tmp_path: Path) -> None:
    campaign = _world(ctx, tmp_path)
    out = tmp_path / "letters.pdf"
    steps: list[int] = []
    began = time.perf_counter()
    report = letters.write_letters(ctx.db, campaign, out, "fr", lambda done, total: steps.append(done) is None,
                                   clock=ctx.clock, sender="Paul Lambert")
    took = time.perf_counter() - began
    assert report.written == PEOPLE and not report.skipped
    pages = page_count(out)
    assert pages == PEOPLE and image_count(out) == PEOPLE and steps[-1] == PEOPLE
    began = time.perf_counter()
    count = labels.write_labels(ctx.db, campaign, tmp_path / "labels.pdf", "3x7")
    labels_took = time.perf_counter() - began
    assert count == PEOPLE and page_count(tmp_path / "labels.pdf") == -(-PEOPLE // 21)
    print(f"\n{PEOPLE} letters: {took:.1f} s ({took / PEOPLE * 1000:.1f} ms a letter), PDF "
          f"{out.stat().st_size / 1024 / 1024:.1f} MB; {count} labels (3x7): {labels_took:.1f} s")
    assert took < LIMIT_S
