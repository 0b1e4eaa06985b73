"""The global search palette (Ctrl+K): people, companies, history, tickets, interventions and articles."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from crm_desktop.core import interventions, knowledge, tickets
from crm_desktop.core.context import Context
from crm_desktop.core.search import SearchHit
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.search_palette import HIT_ROLE, SUBTITLE_ROLE, SearchPalette, target_of
from tests.field_setup import build

from .conftest import Sample


def open_palette(qtbot: QtBot, window: MainWindow) -> SearchPalette:
    window.activateWindow()
    window.view("people").setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.search_palette()
    assert isinstance(palette, SearchPalette)
    qtbot.waitUntil(palette.isVisible)
    return palette


def type_and_wait(qtbot: QtBot, palette: SearchPalette, text: str) -> list[object]:
    with qtbot.waitSignal(palette.searched) as searched:
        qtbot.keyClicks(palette.edit, text)
    # the debounce fires once, after the last key
    qtbot.waitUntil(lambda: not palette.search_pending())
    return searched.args


def rows(palette: SearchPalette) -> list[tuple[str, object]]:
    out = []
    for row in range(palette.results.count()):
        item = palette.results.item(row)
        out.append((item.text(), item.data(HIT_ROLE)))
    return out


def test_ctrl_k_opens_palette_and_enter_opens_person(qtbot: QtBot, main_window: MainWindow, sample: Sample) -> None:
    palette = open_palette(qtbot, main_window)
    assert palette.edit.hasFocus() or QApplication.focusWidget() is palette.edit
    assert palette.windowFlags() & Qt.WindowType.FramelessWindowHint
    args = type_and_wait(qtbot, palette, "Dupont")
    assert args[1] >= 1
    shown = rows(palette)
    assert shown[0] == ("PEOPLE", None)  # a header, not selectable
    assert not (palette.results.item(0).flags() & Qt.ItemFlag.ItemIsSelectable)
    hit = palette.current_hit()
    assert hit is not None and hit.id == sample.people["Dupont"]
    with qtbot.waitSignal(main_window.record_opened) as opened:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert opened.args == ["person", sample.people["Dupont"]]
    assert not palette.isVisible()
    assert main_window.current_area() == "detail"
    assert main_window.stack.currentWidget() is main_window.detail


def test_groups_and_arrow_keys(qtbot: QtBot, main_window: MainWindow, sample: Sample) -> None:
    palette = open_palette(qtbot, main_window)
    type_and_wait(qtbot, palette, "Lambert")
    headers = [text for text, hit in rows(palette) if hit is None]
    assert headers == ["PEOPLE", "COMPANIES"]
    kinds = [hit.kind for _text, hit in rows(palette) if isinstance(hit, SearchHit)]
    assert kinds == ["person", "company"]
    assert palette.current_hit().kind == "person"
    qtbot.keyClick(palette.edit, Qt.Key.Key_Down)  # skips the "Companies" header
    assert palette.current_hit().kind == "company"
    qtbot.keyClick(palette.edit, Qt.Key.Key_Down)  # stays on the last hit
    assert palette.current_hit().kind == "company"
    qtbot.keyClick(palette.edit, Qt.Key.Key_Up)
    assert palette.current_hit().kind == "person"
    with qtbot.waitSignal(main_window.record_opened):
        qtbot.keyClick(palette.edit, Qt.Key.Key_Down)
        qtbot.keyClick(palette.edit, Qt.Key.Key_Enter)
    assert main_window.current_area() == "detail"


def test_history_hit_opens_its_person_or_company(qtbot: QtBot, main_window: MainWindow, sample: Sample) -> None:
    palette = open_palette(qtbot, main_window)
    type_and_wait(qtbot, palette, "oven")
    hit = palette.current_hit()
    assert hit is not None and hit.kind == "history"
    with qtbot.waitSignal(main_window.record_opened) as opened:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert opened.args == ["person", sample.people["Dupont"]]
    company_entry = SearchHit("history", "x", "Visit", "", None, sample.companies["Atelier Verhoeven"])
    assert target_of(company_entry) == ("company", sample.companies["Atelier Verhoeven"])


def test_escape_closes_and_nothing_found(qtbot: QtBot, main_window: MainWindow, sample: Sample) -> None:
    palette = open_palette(qtbot, main_window)
    args = type_and_wait(qtbot, palette, "qwertyuiop")
    assert args[1] == 0
    assert "qwertyuiop" in palette.hint.text()
    assert palette.results.count() == 0
    qtbot.keyClick(palette.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not palette.isVisible())
    assert main_window.current_area() == "people"


def test_search_palette_standalone(qtbot: QtBot, ctx: Context, sample: Sample) -> None:
    palette = SearchPalette(ctx)
    qtbot.addWidget(palette)
    palette.popup()
    palette.edit.setText("Namur")
    palette.run_search()
    assert [hit.kind for _t, hit in rows(palette) if hit] == ["person", "company"]
    with qtbot.waitSignal(palette.open_record) as opened:
        palette.open_current()
    assert opened.args == ["person", sample.people["Dupont"]]


class X11LineEdit(QLineEdit):
    """A line edit that claims Ctrl+K as Linux desktops do ("delete to end of line")."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_K and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            return True
        return super().event(event)


def test_ctrl_k_works_from_a_text_field_that_claims_it(qtbot: QtBot, main_window: MainWindow) -> None:
    field = X11LineEdit(main_window.view("people"))
    field.show()
    main_window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = main_window.search_palette()
    qtbot.waitUntil(palette.isVisible)
    assert field.text() == "abc"


def test_tickets_and_articles_open_as_themselves(qtbot: QtBot, ctx: Context, sample: Sample) -> None:
    ticket = tickets.open_ticket(ctx, {"person_id": sample.people["Dupont"], "subject": "Four en panne",
                                       "description": "Le four ne chauffe plus"})
    other = tickets.open_ticket(ctx, {"person_id": sample.people["Martin"], "subject": "Four à contrôler"})
    article = knowledge.create(ctx, {"title": "Four : résistance grillée", "solution": "Changer la résistance.",
                                     "product": "Bongard Orion", "category": "breakdown", "language": "fr"})
    palette = SearchPalette(ctx)
    qtbot.addWidget(palette)
    palette.popup()
    number = tickets.get(ctx.db, ticket)["number"]
    palette.edit.setText(number.lower())
    palette.run_search()
    assert rows(palette)[0] == ("TICKETS", None)
    hit = palette.current_hit()
    assert hit is not None and hit.id == ticket  # the exact number first
    item = palette.results.currentItem()
    assert item.text() == f"{number} Four en panne"
    assert item.data(SUBTITLE_ROLE) == "Marie Dupont (Boulangerie Dupuis) · New"
    with qtbot.waitSignal(palette.open_record) as opened:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert opened.args == ["ticket", ticket]

    palette.popup()
    palette.edit.setText("four")
    palette.run_search()
    headers = [text for text, hit in rows(palette) if hit is None]
    assert headers == ["TICKETS", "KNOWLEDGE BASE"]
    assert {hit.id for _t, hit in rows(palette) if hit and hit.kind == "ticket"} == {ticket, other}
    qtbot.keyClick(palette.edit, Qt.Key.Key_Down)
    qtbot.keyClick(palette.edit, Qt.Key.Key_Down)  # skips the header
    assert palette.current_hit().kind == "kb_article"
    assert palette.results.currentItem().data(SUBTITLE_ROLE) == "Bongard Orion · Breakdown · French"
    with qtbot.waitSignal(palette.open_record) as opened:
        palette.open_current()
    assert opened.args == ["kb_article", article]
    assert target_of(SearchHit("ticket", "t1", "T-1", "")) == ("ticket", "t1")


def test_an_article_found_with_ctrl_k_opens_in_the_knowledge_base(qtbot: QtBot, main_window: MainWindow,
                                                                   ctx: Context) -> None:
    article = knowledge.create(ctx, {"title": "Adoucisseur : régénération", "solution": "Lancer une régénération.",
                                     "language": "fr"})
    palette = open_palette(qtbot, main_window)
    type_and_wait(qtbot, palette, "adoucisseur")
    assert palette.current_hit().kind == "kb_article"
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.current_area() == "knowledge")
    view = main_window.view("knowledge")
    assert view.shown_id() == article and view.selected_id() == article


def test_interventions_are_found_by_number_and_words_and_open_as_themselves(qtbot: QtBot, ctx: Context) -> None:
    world = build(ctx)
    job = interventions.create(ctx, {"person_id": world.person, "subject": "Four ne chauffe plus",
                                     "instructions": "Sonner à l'arrière", "planned_start": "2026-03-03T08:00:00Z",
                                     "technician_ids": [world.anna]})
    other = interventions.create(ctx, {"company_id": world.company, "subject": "Vitrine du four"})
    tickets.open_ticket(ctx, {"person_id": world.person, "subject": "Four en panne"})
    palette = SearchPalette(ctx)
    qtbot.addWidget(palette)
    palette.popup()
    number = interventions.get(ctx.db, job)["number"]
    palette.edit.setText(number.lower())
    palette.run_search()
    assert rows(palette)[0] == ("INTERVENTIONS", None)
    item = palette.results.currentItem()
    assert item.text() == f"{number} Four ne chauffe plus"
    assert item.data(SUBTITLE_ROLE) == "Marie Dupont (Boulangerie Dupont) · Namur · Planned · Repair"
    assert not item.icon().isNull()
    with qtbot.waitSignal(palette.open_record) as opened:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert opened.args == ["intervention", job]

    palette.popup()
    palette.edit.setText("four")
    palette.run_search()
    headers = [text for text, hit in rows(palette) if hit is None]
    assert headers[:2] == ["TICKETS", "INTERVENTIONS"]
    assert [hit.id for _t, hit in rows(palette) if hit and hit.kind == "intervention"] == [other, job]  # newest first
    palette.edit.setText("arriere")  # a word of the instructions
    palette.run_search()
    assert palette.current_hit().id == job
    assert target_of(SearchHit("intervention", "i1", "I-1", "")) == ("intervention", "i1")
    assert palette.kind_header("intervention") == "Interventions"
