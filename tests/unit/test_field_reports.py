"""Field documents: the work order and the day sheet read back from their PDFs, the iCalendar export, the CLI."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PIL import Image, ImageDraw

from crm_desktop.core import attachments, interventions, stock, tickets
from crm_desktop.core.context import Context
from crm_desktop.core.errors import ValidationError
from crm_desktop.core.field_choices import CHECKLISTS, FOLLOW_UPS, KINDS, STATUSES
from crm_desktop.interchange.icalendar_export import export_interventions
from crm_desktop.reports.day_sheet import build_day_sheet
from crm_desktop.reports.pdf_read import image_count, page_count, page_texts
from crm_desktop.reports.texts import LABELS, WORDS, Texts
from crm_desktop.reports.work_order import build_work_order
from tests.field_setup import TUESDAY_9, FieldWorld, build
from tests.unit.test_sync_cli import one_error_line, run

# The fixed clock is Monday 2 March 2026 09:30 UTC (10:30 in Brussels).
TUESDAY = TUESDAY_9.date()


@dataclass
class DoneJob:
    world: FieldWorld
    job: str
    number: str
    photos: list[str]  # attachment ids, in the order they were added


def picture(path: Path, size: tuple[int, int], color: tuple[int, int, int], fmt: str = "JPEG",
            alpha: bool = False, grain: bool = False) -> Path:
    """A photo made with PIL: a coloured field with a yellow disc (PNG with transparency when ``alpha``).

    ``grain`` adds sensor-like noise, so that a JPEG weighs what a phone's photo does (~4 MB at 3000 x 2000).
    """
    image = Image.new("RGBA" if alpha else "RGB", size, (*color, 200) if alpha else color)
    ImageDraw.Draw(image).ellipse([size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4],
                                  fill=(250, 220, 0, 255) if alpha else (250, 220, 0))
    if grain and not alpha:
        noise = Image.merge("RGB", [Image.effect_noise(size, 60) for _ in range(3)])
        image = Image.blend(image, noise, 0.4)
    image.save(path, fmt, **({"quality": 92} if fmt == "JPEG" else {}))
    return path


def signature_png() -> bytes:
    image = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(20, 150), (120, 40), (200, 160), (300, 50), (560, 60)], fill=(0, 0, 80, 255),
                               width=6)
    data = io.BytesIO()
    image.save(data, "PNG")
    return data.getvalue()


def make_done_job(ctx: Context, folder: Path, photo_size: tuple[int, int] = (900, 600),
                  grain: bool = False, all_jpeg: bool = False) -> DoneJob:
    """A repair for Boulangerie Dupont, done by Anna with parts and travel, 4 photos, a document, signed.

    Three photos are JPEG (one portrait), the third a PNG with transparency unless ``all_jpeg``;
    ``grain`` makes them weigh what real photos do.
    """
    world = build(ctx)
    ticket = tickets.open_ticket(ctx, {"company_id": world.company, "subject": "Oven"})
    job = interventions.create(ctx, {
        "company_id": world.company, "person_id": world.person, "ticket_id": ticket, "subject": "Oven does not heat",
        "instructions": "Ring at the back door.\nThe oven is in the cellar.", "skills": ["electrical"],
        "parts": [(world.fuse, 2), (world.pump, 1)], "site_contact": "Marie Dupont", "site_phone": "+32 81 22 33 44"})
    interventions.plan(ctx, job, TUESDAY_9, 90, [world.anna])
    ctx.clock.advance(days=1, hours=2)
    interventions.save_report(ctx, job, {
        "work_done": "Replaced two fuses and the circulation pump.", "arrived_at": "2026-03-03T08:05:00Z",
        "departed_at": "2026-03-03T09:05:00Z", "km": "12,5", "parts_used": [(world.fuse, 2), (world.pump, 1)],
        "checklist": {"Fault reproduced": True, "Cause found": True}, "follow_up": "quote",
        "follow_up_note": "A new thermostat"}, complete=True)
    wide, high = photo_size
    sources = [picture(folder / "photo-1.jpg", (wide, high), (40, 110, 200), grain=grain),
               picture(folder / "photo-2.jpg", (high, wide), (90, 120, 160), grain=grain),
               picture(folder / "photo-3.jpg", (wide, high), (140, 120, 120), grain=grain) if all_jpeg
               else picture(folder / "photo-3.png", (wide, high), (140, 120, 120), "PNG", alpha=True),
               picture(folder / "photo-4.jpg", (wide, high), (190, 120, 80), grain=grain)]
    photos = []
    for source in sources:
        photos.append(interventions.add_photo(ctx, job, source))
        ctx.clock.advance(seconds=1)
    notes = folder / "measurements.txt"
    notes.write_text("230 V", encoding="utf-8")
    interventions.add_photo(ctx, job, notes)
    interventions.sign(ctx, job, signature_png(), "Marie Dupont")
    return DoneJob(world, job, interventions.get(ctx.db, job)["number"], photos)


def text_of(path: Path) -> str:
    """The PDF's text with runs of white space (line breaks in cells, no-break spaces) as one space."""
    return " ".join("\n".join(page_texts(path)).replace("\u00a0", " ").split())


@pytest.fixture
def done(ctx: Context, tmp_path: Path) -> DoneJob:
    folder = tmp_path / "camera"
    folder.mkdir()
    return make_done_job(ctx, folder)


# --------------------------------------------------------------------------- the work order


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("Work order", "Signed by Marie Dupont on 03 Mar 2026 at", "Repair", "Done", "Fault reproduced",
            "To be invoiced", "A quote", "12.5 km", "measurements.txt")),
    ("fr", ("Bon d'intervention", "Signé par Marie Dupont le 03/03/2026 à", "Réparation", "Terminée",
            "Panne reproduite", "À facturer", "Un devis", "12,5 km", "measurements.txt")),
])
def test_work_order_reads_back_in_both_languages(ctx: Context, done: DoneJob, tmp_path: Path, lang: str,
                                                 words: tuple[str, ...]) -> None:
    out = build_work_order(ctx, tmp_path / f"wo-{lang}.pdf", done.job, lang, ctx.clock)
    text = text_of(out)
    assert done.number in text and "Boulangerie Dupont" in text and "Rue Haute 5" in text
    assert "Fuse 10 A" in text and "F-10" in text and "Circulation pump" in text and "P-1" in text
    assert "Anna Tech" in text and "Replaced two fuses" in text and "Ring at the back door." in text
    for word in words:
        assert word in text, word
    assert 1 <= page_count(out) <= 3
    assert image_count(out) >= 5  # 4 photos and the signature
    assert not list(tmp_path.glob(".*.part"))


def test_work_order_totals_match_the_cost_lines(ctx: Context, done: DoneJob, tmp_path: Path) -> None:
    lines = interventions.costs(ctx.db, done.job)
    billable = sum(c["price_cents"] for c in lines if c["billing"] == "billable")
    assert billable > 0
    text = text_of(build_work_order(ctx, tmp_path / "wo.pdf", done.job, "en", ctx.clock))
    assert f"To be invoiced {Texts('en').money(billable)}" in text


def test_unsigned_work_order_has_an_empty_box_to_sign_on_paper(ctx: Context, tmp_path: Path) -> None:
    world = build(ctx)
    job = interventions.create(ctx, {"company_id": world.company, "subject": "Check the fridge"})
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.bert])
    out = build_work_order(ctx, tmp_path / "unsigned.pdf", job, "en", ctx.clock)
    text = text_of(out)
    assert "Customer's signature" in text and "Name Date Signature" in text
    assert "Signed by" not in text and "Not reported yet." in text
    assert image_count(out) == 0
    text = text_of(build_work_order(ctx, tmp_path / "unsigned-fr.pdf", job, "fr", ctx.clock))
    assert "Nom Date Signature" in text and "Signé par" not in text


def test_a_photo_not_on_this_computer_is_named_and_does_not_fail(ctx: Context, done: DoneJob,
                                                                  tmp_path: Path) -> None:
    attachments.file_path(ctx, done.photos[1]).unlink()  # its content has not arrived by sync yet
    out = build_work_order(ctx, tmp_path / "missing.pdf", done.job, "en", ctx.clock)
    assert "photo-2.jpg (file not on this computer)" in text_of(out)
    assert image_count(out) == 4  # three photos and the signature
    text = text_of(build_work_order(ctx, tmp_path / "missing-fr.pdf", done.job, "fr", ctx.clock))
    assert "photo-2.jpg (fichier absent de cet ordinateur)" in text


def test_a_signature_not_on_this_computer_still_says_who_signed(ctx: Context, done: DoneJob, tmp_path: Path) -> None:
    row = interventions.get(ctx.db, done.job)
    attachments.file_path(ctx, row["signature_id"]).unlink()
    out = build_work_order(ctx, tmp_path / "nosig.pdf", done.job, "en", ctx.clock)
    text = text_of(out)
    assert "Signed by Marie Dupont" in text and "not on this computer yet" in text
    assert image_count(out) == 4


def test_every_field_label_has_both_languages() -> None:
    labels = [*KINDS.values(), *STATUSES.values(), *FOLLOW_UPS.values(),
              *(label for items in CHECKLISTS.values() for label in items)]
    for label in labels:
        assert label in LABELS and LABELS[label]["fr"] and LABELS[label]["en"] == label, label
    for key, texts in WORDS.items():
        if key.startswith(("wo_", "ds_", "cal_")):
            assert set(texts) == {"en", "fr"} and all(texts.values()), key


# --------------------------------------------------------------------------- the day sheet


@pytest.fixture
def day(ctx: Context) -> FieldWorld:
    """Anna: two jobs on Tuesday (the later one made first) with parts to bring; Bert: one job."""
    world = build(ctx)
    later = interventions.create(ctx, {"company_id": world.company, "subject": "Replace the pump",
                                       "parts": [(world.pump, 6)], "instructions": "Bring the long ladder."})
    interventions.plan(ctx, later, TUESDAY_9 + timedelta(hours=4), 60, [world.anna])
    first = interventions.create(ctx, {"person_id": world.person, "subject": "Fuse box", "kind": "installation",
                                       "parts": [(world.fuse, 3)]})
    interventions.plan(ctx, first, TUESDAY_9, 90, [world.anna])
    other = interventions.create(ctx, {"company_id": world.company, "subject": "Boiler service"})
    interventions.plan(ctx, other, TUESDAY_9, 60, [world.bert])
    return world


def test_day_sheet_lists_the_jobs_in_order_and_what_to_load(ctx: Context, day: FieldWorld, tmp_path: Path) -> None:
    out = build_day_sheet(ctx.db, tmp_path / "day.pdf", day.anna, TUESDAY, "en", ctx.clock)
    text = text_of(out)
    assert "Day sheet of Anna Tech" in text and "Tuesday 03 Mar 2026" in text and "Van Anna" in text
    assert text.index("09:00") < text.index("Fuse box") < text.index("13:00") < text.index("Replace the pump")
    assert "Boiler service" not in text
    assert "Installation" in text and "Marie Dupont" in text and "081 22 33 44" in text
    assert "Bring: • 3 × Fuse 10 A (F-10)" in text and "Bring the long ladder." in text
    # Parts to load: ref, part, needed, in the van, to load, for which jobs.
    assert "Parts to load" in text
    assert "P-1 Circulation pump 6 5 1" in text and "F-10 Fuse 10 A 3 5 0" in text
    fr = text_of(build_day_sheet(ctx.db, tmp_path / "jour.pdf", day.anna, TUESDAY, "fr", ctx.clock))
    assert "Feuille de route de Anna Tech" in fr and "mardi 03/03/2026" in fr and "Pièces à charger" in fr


def test_an_empty_day_says_so(ctx: Context, day: FieldWorld, tmp_path: Path) -> None:
    out = build_day_sheet(ctx.db, tmp_path / "empty.pdf", day.anna, TUESDAY + timedelta(days=2), "en", ctx.clock)
    text = text_of(out)
    assert "No job is planned for this day." in text and "Parts to load" not in text
    assert page_count(out) == 1


# --------------------------------------------------------------------------- the calendar


@pytest.fixture
def booked(ctx: Context) -> dict[str, str]:
    """Jobs in every state: Anna on Tuesday, Bert on Wednesday (both exported), and three that are not."""
    world = build(ctx)

    def job(subject: str, start: datetime | None, tech: str | None, **values: object) -> str:
        made = interventions.create(ctx, {"company_id": world.company, "subject": subject,
                                          "parts": [(world.fuse, 1)], **values})
        if start is not None and tech is not None:
            interventions.plan(ctx, made, start, 90, [tech])
        return made

    jobs = {
        "anna": job("Oven does not heat", TUESDAY_9, world.anna, instructions="Back door."),
        "bert": job("Boiler service", TUESDAY_9 + timedelta(days=1), world.bert, kind="maintenance"),
        "to_plan": job("Later", None, None),
        "cancelled": job("Cancelled one", TUESDAY_9 + timedelta(hours=3), world.anna),
        "far": job("In two years", TUESDAY_9 + timedelta(days=730), world.anna),
    }
    interventions.set_status(ctx, jobs["cancelled"], "cancelled")
    return {**jobs, "anna_id": world.anna, "bert_id": world.bert}


def events(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_calendar_has_one_event_per_booked_job(ctx: Context, booked: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "jobs.ics"
    assert export_interventions(ctx.db, out, clock=ctx.clock) == 3
    found = events(out)
    assert [str(e["UID"]) for e in found] == [f"{booked[k]}@crm-desktop" for k in ("anna", "cancelled", "bert")]
    assert [str(e["STATUS"]) for e in found] == ["CONFIRMED", "CANCELLED", "CONFIRMED"]
    anna = found[0]
    number = interventions.get(ctx.db, booked["anna"])["number"]
    assert str(anna["SUMMARY"]) == f"{number} Boulangerie Dupont — Oven does not heat"
    assert anna["DTSTART"].dt == TUESDAY_9 and anna["DTSTART"].dt.utcoffset() == timedelta(0)
    assert anna["DTEND"].dt == TUESDAY_9 + timedelta(minutes=90)
    assert b"DTSTART:20260303T080000Z" in out.read_bytes()
    assert str(anna["LOCATION"]) == "Rue Haute 5, 5000 Namur"
    description = str(anna["DESCRIPTION"])
    assert "Type: Repair" in description and "Back door." in description and "1 × Fuse 10 A" in description
    assert "Anna Tech" in description and str(anna["X-CRM-TECHNICIANS"]) == "Anna Tech"
    assert str(anna["STATUS"]) == "CONFIRMED" and anna.categories == ["Repair"]
    assert not list(tmp_path.glob(".*.part"))


def test_calendar_filters_by_technician_and_dates(ctx: Context, booked: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "bert.ics"
    assert export_interventions(ctx.db, out, booked["bert_id"], clock=ctx.clock) == 1
    assert [str(e["UID"]) for e in events(out)] == [f"{booked['bert']}@crm-desktop"]
    assert export_interventions(ctx.db, out, booked["anna_id"], all_dates=True, clock=ctx.clock) == 3
    assert export_interventions(ctx.db, out, None, TUESDAY + timedelta(days=1), TUESDAY + timedelta(days=1)) == 1
    with pytest.raises(ValidationError):
        export_interventions(ctx.db, out, None, TUESDAY, TUESDAY - timedelta(days=1))


def test_calendar_sequence_grows_with_each_change(ctx: Context, booked: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "jobs.ics"
    export_interventions(ctx.db, out, clock=ctx.clock)
    before = {str(e["UID"]): int(e["SEQUENCE"]) for e in events(out)}
    ctx.clock.advance(minutes=5)
    interventions.update(ctx, booked["anna"], {"subject": "Oven and fridge"})
    export_interventions(ctx.db, out, clock=ctx.clock)
    after = {str(e["UID"]): int(e["SEQUENCE"]) for e in events(out)}
    anna, bert = f"{booked['anna']}@crm-desktop", f"{booked['bert']}@crm-desktop"
    assert after[anna] > before[anna] and after[bert] == before[bert]


# --------------------------------------------------------------------------- the command line


def test_cli_writes_the_work_order_day_sheet_and_calendar(ctx: Context, done: DoneJob, db_path: Path,
                                                          tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "wo.pdf"
    status, out, err = run(capsys, "report", "work-order", "--db", str(db_path), "--out", str(pdf),
                           "--id", done.number.lower(), "--lang", "fr")
    assert status == 0 and err == "" and str(pdf) in out
    assert done.number in text_of(pdf) and "Signé par Marie Dupont" in text_of(pdf) and image_count(pdf) >= 5
    sheet = tmp_path / "day.pdf"
    status, out, err = run(capsys, "report", "day-sheet", "--db", str(db_path), "--out", str(sheet),
                           "--technician", "anna tech", "--date", "2026-03-03", "--lang", "en")
    assert status == 0 and err == ""
    assert "Day sheet of Anna Tech" in text_of(sheet) and done.number in text_of(sheet)
    ics = tmp_path / "anna.ics"
    status, out, err = run(capsys, "export", "interventions", "--db", str(db_path), "--out", str(ics),
                           "--technician", "Anna Tech", "--from", "2026-03-01", "--to", "2026-03-31")
    assert status == 0 and err == "" and "Exported 1 intervention to" in out
    assert [str(e["UID"]) for e in events(ics)] == [f"{done.job}@crm-desktop"]
    status, out, err = run(capsys, "export", "interventions", "--db", str(db_path), "--out", str(ics),
                           "--technician", "Bert Tech", "--all")
    assert status == 0 and "Exported 0 interventions" in out and events(ics) == []


@pytest.mark.parametrize(("argv", "says"), [
    (["report", "work-order", "--id", "I-XXX-9999"], "No intervention has the number I-XXX-9999"),
    (["report", "work-order"], "needs the intervention's number"),
    (["report", "day-sheet", "--technician", "Zoe", "--date", "2026-03-03"], "No technician is called Zoe"),
    (["report", "day-sheet", "--technician", "Anna Tech", "--date", "2026-02-30"], "--date '2026-02-30' is not a date"),
    (["report", "day-sheet", "--technician", "Anna Tech"], "needs a technician and a day"),
    (["report", "work-order", "--id", "I-XXX-0001", "--date", "2026-03-03"], "--date is not an option"),
    (["export", "interventions", "--technician", "Zoe"], "No technician is called Zoe"),
    (["export", "interventions", "--from", "tomorrow"], "--from 'tomorrow' is not a date"),
    (["export", "interventions", "--from", "2026-03-05", "--to", "2026-03-01"], "comes after --to"),
    (["export", "interventions", "--all", "--from", "2026-03-05"], "--all takes every"),
    (["export", "contacts", "--technician", "Anna Tech"], "--technician is for `export interventions`"),
])
def test_cli_refuses_bad_input_in_one_line_and_writes_nothing(ctx: Context, db_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str], argv: list[str],
                                                              says: str) -> None:
    build(ctx)
    folder = tmp_path / "out"
    folder.mkdir()
    status, _out, err = run(capsys, *argv[:2], "--db", str(db_path), "--out", str(folder / "file"), *argv[2:])
    assert status == 2
    assert says in one_error_line(err)
    assert list(folder.iterdir()) == []


def test_help_names_the_new_reports_and_export(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "report", "--help")
    assert status == 0 and "work-order" in out and "day-sheet" in out and "--technician" in out
    status, out, _ = run(capsys, "export", "--help")
    assert status == 0 and "interventions" in out and "--all" in out


def test_a_day_without_technician_jobs_still_makes_a_sheet(ctx: Context, tmp_path: Path) -> None:
    world = build(ctx)
    out = build_day_sheet(ctx.db, tmp_path / "d.pdf", world.bert, date(2026, 3, 9), "fr", ctx.clock)
    assert "Aucune intervention n'est prévue ce jour-là." in text_of(out)


def test_a_job_with_many_parts_lists_ten_and_sends_to_the_load_list(ctx: Context, tmp_path: Path) -> None:
    world = build(ctx)
    parts = [stock.save_product(ctx, {"sku": f"S-{i:02d}", "name": f"Screw {i:02d}", "is_part": True})
             for i in range(12)]
    job = interventions.create(ctx, {"company_id": world.company, "subject": "Shelves",
                                     "parts": [(part, 4) for part in parts]})
    interventions.plan(ctx, job, TUESDAY_9, 60, [world.anna])
    text = text_of(build_day_sheet(ctx.db, tmp_path / "many.pdf", world.anna, TUESDAY, "en", ctx.clock))
    assert "4 × Screw 09 (S-09)" in text and "… and 2 more (see the parts to load)" in text
    assert "S-11 Screw 11 4 0 4" in text
