"""A backup restored without the settings noticing (the program was killed between
sending and recording its number), then written to: the changes it makes reuse numbers
the folder already holds. They move to a new site id and nothing is lost on either side."""

from __future__ import annotations

import shutil
from pathlib import Path

from crm_desktop.core import people
from crm_desktop.core.backup import backup
from crm_desktop.sync import site
from tests.unit.sync_support import assert_converged, exchange, join, origin, reopen


def _names(node) -> set[str]:
    return {r[0] for r in node.db.execute("SELECT last_name FROM people WHERE deleted_at IS NULL")}


def test_changes_written_after_a_silent_restore_are_renumbered(template_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "hub"
    folder.mkdir()
    office = origin(template_db, tmp_path, "office")
    people.create(office.ctx, {"last_name": "Before"})
    office.sync(folder)
    laptop = join(folder, tmp_path, "laptop")
    saved = tmp_path / "saved.db"
    backup(office.db, saved)
    old_site = office.site
    people.create(office.ctx, {"last_name": "Sent before the crash"})
    people.create(office.ctx, {"last_name": "Also sent"})
    office.sync(folder)
    office.close()
    for suffix in ("-wal", "-shm"):
        Path(str(office.path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(saved, office.path)  # restored, and the settings were not told
    office = reopen(office.path, "office")
    try:
        assert office.site == old_site
        people.create(office.ctx, {"last_name": "Typed after the restore"})  # reuses a number
        report = office.sync(folder)
        assert office.site != old_site and site.current(office.db)[2] == 1
        assert report.received == 2
        exchange([office, laptop], folder)
        expected = {"Before", "Sent before the crash", "Also sent", "Typed after the restore"}
        assert _names(office) == _names(laptop) == expected
        assert_converged([office, laptop])
    finally:
        office.close()
        laptop.close()
