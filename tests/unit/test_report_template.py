"""The shared report page: letterhead, page numbers, print date, in the reader's language."""

from __future__ import annotations

import base64
import re
import zlib
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Paragraph, Table

from crm_desktop.core.settings import BusinessSettings
from crm_desktop.reports.template import Letterhead, build_pdf, styles

BUSINESS = BusinessSettings(name="Chauffage Lambert SRL", street="Rue de Fer 12", postcode="5000", city="Namur",
                            vat="BE0403170701")


def _text(pdf: Path) -> str:
    """The text operators of every page (reportlab writes streams as ASCII85 + Flate)."""
    data = pdf.read_bytes()
    chunks = []
    for match in re.finditer(rb"stream\r?\n(.*?)\s*endstream", data, re.S):
        raw = match.group(1).strip()
        try:
            if raw.endswith(b"~>"):
                raw = base64.a85decode(raw, adobe=True)
            chunks.append(zlib.decompress(raw).decode("latin-1"))
        except (ValueError, zlib.error):
            chunks.append(match.group(1).decode("latin-1", "replace"))
    return "\n".join(chunks)


def test_every_page_has_the_letterhead_and_its_number(tmp_path: Path) -> None:
    style = styles()
    rows = [["Client", "Heures"]] + [[f"Client {i}", str(i)] for i in range(120)]
    story = [Paragraph("Coûts du support", style["title"])] + [
        Table(rows[start:start + 40]) for start in range(0, len(rows), 40)
    ]
    out = build_pdf(tmp_path / "r.pdf", Letterhead(BUSINESS, "Coûts du support", "fr",
                                                   datetime(2026, 11, 28, 14, 5)), story)
    assert out.read_bytes().startswith(b"%PDF")
    text = _text(out)
    pages = len(re.findall(rb"/Type /Page\b", out.read_bytes()))
    assert pages >= 3
    assert text.count("Chauffage Lambert SRL") == pages
    assert f"Page {pages} sur {pages}" in text
    assert "Imprim" in text and "28/11/2026 14:05" in text
    assert "TVA BE0403170701" in text


def test_english_and_no_half_written_file(tmp_path: Path) -> None:
    out = build_pdf(tmp_path / "en.pdf", Letterhead(BUSINESS, "Support costs", "en", datetime(2026, 1, 2, 9, 0)),
                    [Paragraph("Hello", styles()["body"])])
    text = _text(out)
    assert "Page 1 of 1" in text and "Printed on 02 Jan 2026 09:00" in text
    assert [p.name for p in tmp_path.iterdir()] == ["en.pdf"]
