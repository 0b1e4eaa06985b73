"""The paged table model and the people/companies lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import companies, people, trash
from crm_desktop.core.context import Context
from crm_desktop.core.listing import COMPANIES, PEOPLE, ListFilter
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.companies_view import CompaniesView
from crm_desktop.ui.paged_model import ID_ROLE, PagedRecordModel
from crm_desktop.ui.people_view import PeopleView
from crm_desktop.ui.trash_view import TrashView

from .conftest import Sample


def column_of(model: PagedRecordModel, key: str) -> int:
    return [c.key for c in model.record_list().columns].index(key)


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, ctx: Context, many_people: list[str]) -> None:
    model = PagedRecordModel(ctx, PEOPLE, block_size=50, max_blocks=2)
    qtmodeltester.check(model)
    assert model.rowCount() == len(many_people)
    model.sort(column_of(model, "city"), Qt.SortOrder.DescendingOrder)
    model.set_filter(ListFilter(stage="customer"))
    people.create(ctx, {"first_name": "Zoé", "last_name": "Added", "stage": "customer"})
    model.refresh()
    model.set_filter(ListFilter())
    assert model.rowCount() == len(many_people) + 1


def test_model_pages_in_blocks_and_bounds_its_cache(ctx: Context, many_people: list[str]) -> None:
    model = PagedRecordModel(ctx, PEOPLE, block_size=50, max_blocks=2)
    for row in range(model.rowCount()):
        assert model.id_at(row)
    assert model.queries == 5  # 230 rows / 50 per block, read once each in order
    assert model.cached_blocks() == 2
    assert model.id_at(model.rowCount()) is None
    assert model.data(model.index(0, 0), ID_ROLE) == model.id_at(0)


@pytest.mark.parametrize("descending", [False, True])
def test_every_column_sorts_like_core(ctx: Context, many_people: list[str], descending: bool) -> None:
    model = PagedRecordModel(ctx, PEOPLE, block_size=40)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    total = model.rowCount()
    for number, column in enumerate(PEOPLE.columns):
        model.sort(number, order)
        expected = [row[0] for row in PEOPLE.page(ctx.db, ListFilter(), column.key, descending, 0, total)]
        # the last row first: one query from the end, no page in between
        before = model.queries
        assert model.id_at(total - 1) == expected[-1], column.key
        assert model.queries == before + 1
        assert [model.id_at(row) for row in range(total)] == expected, column.key


def test_display_values(ctx: Context, sample: Sample) -> None:
    model = PagedRecordModel(ctx, PEOPLE)
    model.set_filter(ListFilter(text="Dupont"))
    assert model.rowCount() == 1
    shown = {column.key: model.data(model.index(0, n)) for n, column in enumerate(PEOPLE.columns)}
    assert shown["stage"] == "Customer"
    assert shown["phone"] == "081 22 33 44"  # national format in the business's region
    assert shown["company"] == "Boulangerie Dupuis"
    assert shown["updated"] and "T" not in shown["updated"]  # localised, not ISO text
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Name"
    other = PagedRecordModel(ctx, PEOPLE)
    other.set_filter(ListFilter(text="Zimmer"))
    assert other.data(other.index(0, column_of(other, "phone"))).startswith("+33")
    assert model.data(QModelIndex()) is None


def test_scroll_to_bottom_shows_core_last_row(qtbot: QtBot, ctx: Context, bridge: ChangeBridge,
                                              many_people: list[str]) -> None:
    view = PeopleView(ctx, bridge)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    city = column_of(view.model, "city")
    view.table.sortByColumn(city, Qt.SortOrder.DescendingOrder)
    view.table.scrollToBottom()
    last = view.model.rowCount() - 1
    qtbot.waitUntil(lambda: view.table.rowAt(view.table.viewport().height() - 2) == last)
    expected = PEOPLE.page(ctx.db, ListFilter(), "city", True, 0, last + 1)[-1]
    index = view.model.index(last, 0)
    assert view.model.data(index, ID_ROLE) == expected[0]
    assert view.model.data(index) == expected[1]
    assert view.model.cached_blocks() <= 2  # the first page and the last, nothing between


def test_filter_as_you_type(qtbot: QtBot, ctx: Context, bridge: ChangeBridge, sample: Sample) -> None:
    view = PeopleView(ctx, bridge)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 5
    qtbot.keyClicks(view.search, "lamb")
    assert view.filter_pending()  # debounced: no query per key
    qtbot.waitUntil(lambda: not view.filter_pending() and view.model.rowCount() == 1)
    assert view.model.id_at(0) == sample.people["Lambert"]
    view.search.clear()
    qtbot.keyClicks(view.search, "Dupont")
    qtbot.waitUntil(lambda: view.model.list_filter().text == "Dupont")
    assert view.model.rowCount() == 1
    assert view.model.id_at(0) == sample.people["Dupont"]
    assert view.count_label.text() == "People: 1"
    qtbot.keyClicks(view.search, " zzzz")
    qtbot.waitUntil(lambda: view.model.list_filter().text == "Dupont zzzz")
    assert view.model.rowCount() == 0
    assert view.pages.currentWidget() is view.empty


def test_stage_tag_and_owner_filters(qtbot: QtBot, ctx: Context, bridge: ChangeBridge, sample: Sample) -> None:
    view = PeopleView(ctx, bridge)
    qtbot.addWidget(view)
    view.show()
    view.stage.setCurrentIndex(view.stage.findData("customer"))
    assert view.model.rowCount() == 2
    view.tag.load()
    assert [view.tag.itemData(i) for i in range(1, view.tag.count())] == ["newsletter", "vip"]
    view.tag.setCurrentIndex(view.tag.findData("newsletter"))
    assert {view.model.id_at(r) for r in range(view.model.rowCount())} == {sample.people["Lambert"]}
    view.stage.setCurrentIndex(0)
    assert view.model.rowCount() == 2
    view.tag.setCurrentIndex(0)
    view.owner.setCurrentIndex(view.owner.findData(ctx.user.id))
    assert view.model.rowCount() == 0  # nobody is assigned an owner in the sample
    people.update(ctx, sample.people["Martin"], {"owner_id": ctx.user.id})
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)


def test_list_refreshes_when_core_changes(qtbot: QtBot, ctx: Context, bridge: ChangeBridge, sample: Sample) -> None:
    view = CompaniesView(ctx, bridge)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 3
    companies.create(ctx, {"name": "Fromagerie Wauters", "city": "Mons"})
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    assert view.count_label.text() == "Companies: 4"
    companies.update(ctx, sample.companies["Garage Lambert"], {"name": "Garage Lambert & Fils"})
    qtbot.waitUntil(lambda: not view.changes.pending())
    names = [view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())]
    assert "Garage Lambert & Fils" in names
    view.hide()  # a hidden view does not query; it catches up when shown again
    companies.create(ctx, {"name": "Verrerie Hanssens"})
    qtbot.waitUntil(lambda: view.changes.pending() and not view.changes._timer.isActive())
    assert view.model.rowCount() == 4
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)


def test_enter_and_double_click_open_the_record(qtbot: QtBot, ctx: Context, bridge: ChangeBridge,
                                                sample: Sample) -> None:
    view = PeopleView(ctx, bridge)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, 0))
    with qtbot.waitSignal(view.open_record) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == ["person", view.model.id_at(1)]
    rect = view.table.visualRect(view.model.index(2, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_record) as opened:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["person", view.model.id_at(2)]
    with qtbot.waitSignal(view.new_requested):
        view.new_button.click()


def test_enter_in_search_box_opens_first_match(qtbot: QtBot, ctx: Context, bridge: ChangeBridge,
                                               sample: Sample) -> None:
    view = PeopleView(ctx, bridge)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.search, "Peeters")
    with qtbot.waitSignal(view.open_record) as opened:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened.args == ["person", sample.people["Peeters"]]


def test_trash_restore(qtbot: QtBot, ctx: Context, bridge: ChangeBridge, sample: Sample) -> None:
    people.delete(ctx, sample.people["Martin"])
    companies.delete(ctx, sample.companies["Atelier Verhoeven"])
    view = TrashView(ctx, bridge)
    qtbot.addWidget(view)
    view.show()
    assert view.table.rowCount() == 2
    assert not view.restore_button.isEnabled()
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 1).text() == "Jean Martin")
    assert view.table.item(row, 0).text() == "Person"
    view.table.selectRow(row)
    assert view.restore_button.isEnabled()
    view.restore_button.click()
    assert PEOPLE.count(ctx.db, ListFilter(text="Martin")) == 1
    assert [item.kind for item in trash.items(ctx)] == ["company"]
    assert view.table.rowCount() == 1
    people.delete(ctx, sample.people["Zimmer"])
    qtbot.waitUntil(lambda: view.table.rowCount() == 2)
    view.table.selectAll()
    view.restore_button.click()
    assert view.table.rowCount() == 0 and view.empty.isVisibleTo(view)
    assert COMPANIES.count(ctx.db, ListFilter()) == 3
