"""The knowledge base view: list paged from SQL, search, language, reading, writing, deleting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.core import knowledge, people, tickets
from crm_desktop.core.clock import FixedClock
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.users import add_user
from crm_desktop.ui import knowledge_view
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.knowledge_view import ArticleListModel, KnowledgeView, solution_steps

ARTICLES = {
    "f22": {"title": "Chaudière F22 : pression trop basse", "language": "fr", "product": "Vaillant ecoTEC plus",
            "category": "breakdown", "tags": "pression, f22",
            "problem": "La chaudière se met en sécurité, pression sous 0,8 bar.",
            "solution": "1. Remettre en pression à 1,4 bar.\n2. Purger les radiateurs.\n3. Relancer la chaudière."},
    "f28": {"title": "Chaudière F28 : pas d'allumage", "language": "fr", "product": "Vaillant ecoTEC plus",
            "category": "breakdown", "solution": "Ouvrir le robinet gaz.\nRéarmer la chaudière."},
    "inverter": {"title": "Inverter offline in the portal", "language": "en", "product": "SMA Sunny Boy",
                 "category": "configuration", "solution": "- Restart the Wi-Fi stick.\n- Reconnect it."},
    "jam": {"title": "Printer paper jam", "language": "en", "product": "HP LaserJet", "category": "maintenance",
            "problem": "Paper jams in tray 2 (pression of the roller).", "solution": "Clean the pick-up roller."},
    "filter": {"title": "Remplacer le filtre de la VMC", "language": "fr", "category": "Ventilation",
               "solution": "Changer les filtres F7 et G4."},
}


@pytest.fixture
def articles(ctx: Context) -> dict[str, str]:
    return {key: knowledge.create(ctx, values) for key, values in ARTICLES.items()}


@pytest.fixture
def view(qtbot: QtBot, ctx: Context, bridge: ChangeBridge, articles: dict[str, str]) -> KnowledgeView:
    widget = KnowledgeView(ctx, bridge=bridge)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(view: KnowledgeView) -> list[str]:
    return [view.model.index(row, 0).data() for row in range(view.model.rowCount())]


def search_for(qtbot: QtBot, view: KnowledgeView, text: str) -> None:
    view.search.clear()
    view.apply_filter()
    qtbot.keyClicks(view.search, text)
    qtbot.waitUntil(lambda: not view.filter_pending())


def test_model_passes_qt_model_tester_and_pages(qtmodeltester: ModelTester, ctx: Context,
                                                articles: dict[str, str]) -> None:
    model = ArticleListModel(ctx, page_size=2)
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == len(articles)
    assert model.queries == 3  # 2 + 2 + 1: a short page ends the list
    model.set_filter("", None)  # unchanged: no query
    assert model.queries == 3
    model = ArticleListModel(ctx, page_size=2)
    qtmodeltester.check(model)  # the tester fetches more too
    model.set_filter("chaudiere", "fr")
    assert {model.id_at(row) for row in range(model.rowCount())} == {articles["f22"], articles["f28"]}
    knowledge.create(ctx, {"title": "Chaudière qui siffle", "solution": "Purger.", "language": "fr"})
    model.refresh()  # as many rows as were loaded; the rest on demand
    assert model.rowCount() == 2
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3
    model.set_filter("", "en")
    assert [model.index(row, 3).data() for row in range(model.rowCount())] == ["English", "English"]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Solved"
    assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "How many tickets this article solved")


def test_list_shows_every_article_by_title_with_labels(view: KnowledgeView, articles: dict[str, str]) -> None:
    assert titles(view) == sorted((a["title"] for a in ARTICLES.values()), key=str.lower)
    row = view.model.row_of(articles["f22"])
    assert [view.model.index(row, column).data() for column in range(5)] == [
        "Chaudière F22 : pression trop basse", "Vaillant ecoTEC plus", "Breakdown", "French", "0"]
    filter_row = view.model.row_of(articles["filter"])
    assert view.model.index(filter_row, 2).data() == "Ventilation"  # a category of its own, as typed
    assert view.shown_id() is None and view.panel.currentWidget() is view.nothing_chosen


def test_search_is_best_first_and_the_language_filters(qtbot: QtBot, view: KnowledgeView,
                                                       articles: dict[str, str]) -> None:
    search_for(qtbot, view, "pression")
    # In the title, the problem and the tags of F22; only in the problem of the printer article.
    assert [view.model.id_at(row) for row in range(view.model.rowCount())] == [articles["f22"], articles["jam"]]
    view.language.setCurrentIndex(view.language.findData("en"))
    assert [view.model.id_at(row) for row in range(view.model.rowCount())] == [articles["jam"]]
    search_for(qtbot, view, "nothing like this")
    assert view.list_pages.currentWidget() is view.empty
    assert "nothing like this" in view.empty.text()
    view.search.clear()
    view.apply_filter()
    assert view.model.rowCount() == 2  # the English ones
    view.language.setCurrentIndex(0)
    assert view.model.rowCount() == len(articles)
    assert view.list_pages.currentWidget() is view.table


def test_selecting_shows_the_article_with_numbered_steps(qtbot: QtBot, view: KnowledgeView,
                                                         articles: dict[str, str]) -> None:
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(view.model.row_of(articles["f22"]), 0))
    assert view.shown_id() == articles["f22"]
    assert view.panel_title.text() == "Chaudière F22 : pression trop basse"
    text = view.article_text()
    for expected in ("Vaillant ecoTEC plus", "Breakdown", "French", "Problem", "pression sous 0,8 bar",
                     "Solution", "Remettre en pression à 1,4 bar.", "Tags: pression, f22"):
        assert expected in text
    html = view.article_html(knowledge.get(view.ctx.db, articles["f22"]), 0)
    assert "<ol>" in html and html.index("Remettre") < html.index("Purger") < html.index("Relancer")
    assert "1. Remettre" not in html  # typed numbers become the list's own
    assert solution_steps("1. a\n\n2) b\n- c\n• d\nplain") == ["a", "b", "c", "d", "plain"]
    assert solution_steps("  ") == []


def test_show_article_selects_it_even_when_filtered_out(qtbot: QtBot, view: KnowledgeView,
                                                        articles: dict[str, str]) -> None:
    search_for(qtbot, view, "inverter")
    with qtbot.waitSignal(view.article_shown) as shown:
        assert view.show_article(articles["f28"])
    assert shown.args == [articles["f28"]]
    assert view.search.text() == "" and view.language.currentIndex() == 0
    assert view.selected_id() == articles["f28"] and view.shown_id() == articles["f28"]
    assert not view.show_article("no-such-article")
    assert view.message.isVisible() and view.message.text()


def test_show_article_reads_further_pages(qtbot: QtBot, ctx: Context, bridge: ChangeBridge,
                                          articles: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(knowledge_view, "PAGE_SIZE", 2)
    view = KnowledgeView(ctx, bridge=bridge)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 2
    last = sorted(ARTICLES, key=lambda k: ARTICLES[k]["title"].lower())[-1]  # on the third page
    assert view.show_article(articles[last])
    assert view.selected_id() == articles[last]
    assert view.model.rowCount() == len(articles)


def test_new_article_without_a_solution_shows_the_error_under_it_and_writes_nothing(
        qtbot: QtBot, view: KnowledgeView, ctx: Context) -> None:
    before = ctx.db.execute("SELECT count(*) FROM kb_articles").fetchone()[0]
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.title, "Adoucisseur : eau dure")
    assert not editor.save()
    assert editor.isVisible()
    assert editor.error_text("solution") == "This field is required."
    assert editor.error_text("title") == ""
    assert editor.form._rows["solution"].error.isVisible()  # noqa: SLF001 - shown right under the field
    assert ctx.db.execute("SELECT count(*) FROM kb_articles").fetchone()[0] == before
    editor.solution.setPlainText("Régénérer la résine.\nContrôler la dureté.")
    editor.tags.setText("eau, calcaire")
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    new_id = saved.args[0]
    assert not editor.isVisible()
    article = knowledge.get(ctx.db, new_id)
    assert article["tags"] == ["eau", "calcaire"]
    assert view.shown_id() == new_id and view.selected_id() == new_id
    assert "Adoucisseur : eau dure" in titles(view)


def test_edit_changes_the_list_and_the_panel(qtbot: QtBot, view: KnowledgeView, ctx: Context,
                                             articles: dict[str, str]) -> None:
    view.show_article(articles["jam"])
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert editor is not None and editor.title.text() == "Printer paper jam"
    assert editor.category.value() == "maintenance" and editor.language.value() == "en"
    editor.title.setText("Printer paper jam in tray 2")
    editor.category.set_value("breakdown")
    editor.solution.setPlainText("")
    assert not editor.save()
    assert editor.error_text("solution")
    assert knowledge.get(ctx.db, articles["jam"])["title"] == "Printer paper jam"
    editor.solution.setPlainText("Clean the roller.\nReplace it if jams go on.")
    assert editor.save()
    saved = knowledge.get(ctx.db, articles["jam"])
    assert (saved["title"], saved["category"]) == ("Printer paper jam in tray 2", "breakdown")
    assert view.panel_title.text() == "Printer paper jam in tray 2"
    assert "Printer paper jam in tray 2" in titles(view)
    assert "Replace it if jams go on." in view.article_text()


def test_delete_moves_it_to_the_trash(qtbot: QtBot, view: KnowledgeView, ctx: Context,
                                      articles: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    view.show_article(articles["filter"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.model.row_of(articles["filter"]) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.model.row_of(articles["filter"]) is None
    assert view.shown_id() is None and view.panel.currentWidget() is view.nothing_chosen
    assert ctx.db.execute("SELECT deleted_at FROM kb_articles WHERE id = ?", [articles["filter"]]).fetchone()[0]


def test_refreshes_on_changes_made_elsewhere(qtbot: QtBot, view: KnowledgeView, ctx: Context,
                                             articles: dict[str, str]) -> None:
    view.show_article(articles["f22"])
    added = knowledge.create(ctx, {"title": "Anode à remplacer", "solution": "Remplacer l'anode.", "language": "fr"})
    qtbot.waitUntil(lambda: view.model.row_of(added) is not None)
    knowledge.update(ctx, articles["f22"], {**ARTICLES["f22"], "title": "F22 : remettre en pression"})
    qtbot.waitUntil(lambda: view.panel_title.text() == "F22 : remettre en pression")
    assert view.selected_id() == articles["f22"]


def test_solved_count_and_the_ticket_it_was_made_from(qtbot: QtBot, view: KnowledgeView, ctx: Context,
                                                      articles: dict[str, str]) -> None:
    person = people.create(ctx, {"first_name": "Anne", "last_name": "Lambert"})
    for _ in range(2):
        ticket = tickets.open_ticket(ctx, {"person_id": person, "subject": "Pression basse"})
        knowledge.apply(ctx, ticket, article_id=articles["f22"])
        tickets.set_status(ctx, ticket, "resolved", "Remise en pression.")
    qtbot.waitUntil(lambda: view.model.index(view.model.row_of(articles["f22"]), 4).data() == "2")
    made = knowledge.from_ticket(ctx, ticket)
    view.show_article(made)
    number = tickets.get(ctx.db, ticket)["number"]
    text = view.article_text()
    assert "Made from ticket" in text and number in text
    assert "Tickets solved" in text
    with qtbot.waitSignal(view.open_record) as opened:
        view.body.anchorClicked.emit(QUrl(f"ticket:{ticket}"))
    assert opened.args == ["ticket", ticket]


def test_made_with_the_main_window_signature(qtbot: QtBot, ctx: Context, articles: dict[str, str],
                                             clock: FixedClock) -> None:
    view = KnowledgeView(ctx)  # its own bridge over ctx.changes
    qtbot.addWidget(view)
    view.show()
    added = knowledge.create(ctx, {"title": "Nouvel article", "solution": "x", "language": "fr"})
    qtbot.waitUntil(lambda: view.model.row_of(added) is not None)
    technician = Context(ctx.db, add_user(ctx.db, clock, "Tom", Role.TECHNICIAN), clock, ctx.changes)
    other = KnowledgeView(technician)
    qtbot.addWidget(other)
    assert other.new_button.isEnabled()  # technicians write articles too
