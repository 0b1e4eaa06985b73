"""Export everything held about a person (GDPR right of access and portability): JSON and a readable PDF.

The JSON file is the complete, machine-readable copy (another system can take it over);
the PDF is the same data for the person to read. Both are written atomically into the
chosen folder, and the export is recorded in the audit trail: personal data left the
application, who took it and as which files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from crm_desktop.core import gdpr
from crm_desktop.core.context import Context
from crm_desktop.core.support_settings import local_day
from crm_desktop.reports import person_data

FORMAT = "crm-desktop.person-data/1"


def file_stem(data: dict[str, Any], day: str) -> str:
    """A file name a person recognises ("personal-data Jean Dupont 2026-03-02"), safe on every system."""
    person = data["person"]
    name = f"{person.get('first_name') or ''} {person.get('last_name') or ''}".strip() or person["id"]
    safe = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip() or person["id"]
    return f"personal-data {safe} {day}"


def write_json(ctx: Context, data: dict[str, Any], out: Path) -> Path:
    document = {"format": FORMAT, "exported_at": ctx.now(), "exported_by": ctx.user.name, "data": data}
    tmp = out.with_name(f".{out.name}.part")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    tmp.replace(out)
    return out


def write_files(ctx: Context, person_id: str, out_dir: Path, language: str | None = None) -> tuple[Path, Path]:
    """Write ``<stem>.json`` and ``<stem>.pdf`` into ``out_dir`` without recording anything.

    Only reads the database, so the window can run it on a reading connection of its own in a
    worker thread and record the export (``gdpr.record_export``) once the files exist.
    """
    data = gdpr.gather(ctx, person_id)  # checks the permission before anything is written
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = file_stem(data, local_day(ctx.db, ctx.now()).isoformat())
    json_path = write_json(ctx, data, out_dir / f"{stem}.json")
    pdf_path = person_data.write_pdf(ctx.db, data, out_dir / f"{stem}.pdf", ctx.clock, language)
    return json_path, pdf_path


def export_person(ctx: Context, person_id: str, out_dir: Path, language: str | None = None) -> tuple[Path, Path]:
    """Write both files and record the export in the audit trail; returns (json path, pdf path)."""
    json_path, pdf_path = write_files(ctx, person_id, out_dir, language)
    gdpr.record_export(ctx, person_id, [json_path.name, pdf_path.name])
    return json_path, pdf_path
