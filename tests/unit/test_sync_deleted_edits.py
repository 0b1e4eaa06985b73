"""A record deleted on one machine while another edited it: in the trash, with the edit shown."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.core import people, trash
from crm_desktop.sync.deleted_edits import edits_after_delete
from tests.unit.sync_support import exchange, join, origin


def test_edit_made_elsewhere_to_a_deleted_record_is_shown(template_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "hub"
    folder.mkdir()
    office = origin(template_db, tmp_path, "office")
    person = people.create(office.ctx, {"first_name": "Luc", "last_name": "Janssens"})
    office.sync(folder)
    laptop = join(folder, tmp_path, "laptop")
    try:
        people.delete(office.ctx, person)  # offline, both
        people.update(laptop.ctx, person, {"city": "Leuven", "title": "Zaakvoerder"})
        exchange([office, laptop], folder)
        for node in (office, laptop):
            assert [i.id for i in trash.items(node.ctx)] == [person]
            edits = {(e.column, e.value) for e in edits_after_delete(node.db, "people", person)}
            assert edits == {("city", "Leuven"), ("title", "Zaakvoerder")}
        trash.restore(laptop.ctx, "person", person)
        exchange([office, laptop], folder)
        assert people.get(office.ctx, person)["city"] == "Leuven"
    finally:
        office.close()
        laptop.close()
