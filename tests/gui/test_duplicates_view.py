"""The duplicates view: groups found after a sync, merged in one click."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crm_desktop.core import history, merging, people, timeline
from crm_desktop.core.context import Context
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.duplicates_view import ID_ROLE, DuplicatesView


def test_merge_a_group_into_the_selected_record(qtbot: QtBot, ctx: Context) -> None:
    keep = people.create(ctx, {"first_name": "Anne", "last_name": "Wauters", "email": "anne@wauters.be"})
    other = people.create(ctx, {"first_name": "Anne", "last_name": "Wauters", "email": "anne@wauters.be",
                                "city": "Gent"}, allow_duplicate=True)
    history.log(ctx, {"kind": "call", "person_id": other, "subject": "Typed offline"})
    bridge = ChangeBridge(ctx.changes)
    view = DuplicatesView(ctx, bridge)
    qtbot.addWidget(view)
    view.show()
    assert view.tree.topLevelItemCount() == 1
    group = view.tree.topLevelItem(0)
    child = next(group.child(i) for i in range(group.childCount()) if group.child(i).data(0, ID_ROLE) == keep)
    view.tree.setCurrentItem(child)
    assert view.merge_button.isEnabled()
    with qtbot.waitSignal(view.open_record) as opened:
        view.tree.itemActivated.emit(child, 0)
    assert opened.args == ["person", keep]
    assert view.merge_selected(confirm=False)
    assert merging.find_groups(ctx.db) == []
    assert people.get(ctx, keep)["city"] == "Gent"
    assert [e.title for e in timeline.query(ctx.db, person_id=keep)] == ["Typed offline"]
    assert view.empty.isVisibleTo(view)
    bridge.deleteLater()
