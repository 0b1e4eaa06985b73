"""The window in French: menus, navigation, lists, core's labels and messages.

The French translators are installed for these tests only and removed afterwards
(with the default locale put back), so the other tests keep seeing English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QMenu
from pytestqt.qtbot import QtBot

from crm_desktop.core import companies, people
from crm_desktop.core.choices import STAGES
from crm_desktop.core.context import Context
from crm_desktop.core.errors import ValidationError
from crm_desktop.ui.i18n import core_tr, install_translators, render
from crm_desktop.ui.main_window import MainWindow

from .conftest import Sample

NBSP = "\u00a0"  # French puts a no-break space before ":" and "?"


@pytest.fixture
def french(qapp: QCoreApplication) -> Iterator[None]:
    previous = QLocale()
    translators = install_translators(qapp, "fr")
    assert translators, "crm_fr.qm could not be loaded"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def window(french: None, qtbot: QtBot, ctx: Context, db_path: Path) -> MainWindow:
    window = MainWindow(ctx, db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def accelerator(text: str) -> str:
    found = re.findall(r"&([^&])", text.replace("&&", ""))
    assert len(found) == 1, f"{text!r} should have one accelerator"
    return found[0].lower()


def test_menus_in_french(window: MainWindow) -> None:
    titles = [window.menus[key].title() for key in ("file", "view", "go", "help")]
    assert titles == ["&Fichier", "&Affichage", "A&ller", "Ai&de"]
    assert len({accelerator(title) for title in titles}) == len(titles)
    file_texts = [a.text() for a in window.menus["file"].actions() if not a.isSeparator()]
    assert set(file_texts) == {"Nouvelle &personne", "Nouvelle &société", "Nouveau &ticket",
                               "Nouvelle &intervention", "&Exporter les interventions vers un agenda…",
                               "S&ynchroniser maintenant", "Pa&ramètres…", "Restaurer une sau&vegarde…",
                               "&Quitter"}
    for menu in window.menuBar().findChildren(QMenu):
        keys = [accelerator(a.text()) for a in menu.actions() if "&" in a.text()]
        assert len(keys) == len(set(keys)), f"clashing accelerators in {menu.title()}"
    assert [a.text() for a in window.menus["go"].actions()] == ["&Rechercher…", "Re&tour"]
    # shortcuts themselves are not translated
    assert window.search_action.shortcut().toString() == "Ctrl+K"


def test_navigation_and_status_bar_in_french(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert [a.text() for a in window.menus["view"].actions()] == labels
    assert labels == ["Contacts", "Sociétés", "Support", "Aujourd’hui", "Interventions", "Planning", "Ma journée",
                      "Stock", "Techniciens", "Pistes", "Pipeline", "Campagnes", "Segments", "Tableau de bord",
                      "Produits", "Base de connaissances", "Corbeille", "Conflits", "Doublons",
                      "Conservation des données", "Journal d’audit"]
    qtbot.waitUntil(lambda: window.counts_label.text() == f"Personnes{NBSP}: 5 · Sociétés{NBSP}: 3")
    assert window.user_label.text().startswith(f"Utilisateur{NBSP}:")


def test_list_columns_filters_and_stages_in_french(sample: Sample, window: MainWindow) -> None:
    view = window.view("people")
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Nom", "Société", "E-mail", "Téléphone", "Mobile", "Ville", "Statut", "Responsable",
                       "Modifié le"]
    # the filters come from the shared base class: translated in its own context
    assert view.stage.itemText(0) == "Tous les statuts"
    assert [view.stage.itemText(i) for i in range(1, view.stage.count())] == \
        ["Piste", "Prospect", "Client", "Ancien client"]
    assert view.tag.itemText(0) == "Toutes les étiquettes"
    assert view.search.placeholderText().startswith("Rechercher")
    assert view.count_label.text() == f"Personnes{NBSP}: 5"
    stage_column = [c.key for c in model.record_list().columns].index("stage")
    shown = {model.index(row, stage_column).data() for row in range(model.rowCount())}
    assert shown == {"Piste", "Prospect", "Client", "Ancien client"}
    assert core_tr(STAGES["former"]) == "Ancien client"

    companies = window.view("companies")
    assert companies.title.text() == "Sociétés"
    assert companies.new_button.text() == "Nouvelle société"


def test_detail_view_and_validation_in_french(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    with pytest.raises(ValidationError) as raised:
        people.create(ctx, {"last_name": "Dupont", "email": "pas-une-adresse"})
    assert render(raised.value.errors["email"]) == "Adresse e-mail invalide."

    assert window.open_record("person", None)
    detail = window.detail
    sections = [box.title() for box in detail.findChildren(QGroupBox)]
    assert sections[:5] == ["Identité", "Contact", "Adresse", "Commercial", "Consentement"]
    assert detail.save_button.text() == "Enregistrer"
    assert detail.title_label.text() == "Nouvelle personne"
    assert [detail.tabs.tabText(i) for i in range(detail.tabs.count())] == [
        "Chronologie", "Fichiers", "Tickets", "Interventions", "Ventes", "Opportunités", "Suggestions", "Tâches",
        "Contrat"]
    assert detail.timeline.quick_buttons["call"].text() == "Appel"
    assert detail.form.editor("stage").currentText() == "Piste"

    detail.form.editor("last_name").set_value("Dupont")
    detail.form.editor("email").set_value("pas-une-adresse")
    assert not detail.save()
    assert detail.form.error_text("email") == "Adresse e-mail invalide."
    detail.form.set_modified(False)


def test_suggested_industry_shown_in_french_stored_in_english(window: MainWindow, ctx: Context) -> None:
    company_id = companies.create(ctx, {"name": "Boulangerie Dupuis", "industry": "Retail"})
    assert window.open_record("company", company_id)
    field = window.detail.form.editor("industry")
    assert field.currentText() == "Commerce de détail"
    assert field.value() == "Retail"  # stored as core's text: the same record in any language
    field.set_value("Boulangerie artisanale")
    assert field.value() == "Boulangerie artisanale"
    assert "Industrie" in [field.itemText(i) for i in range(field.count())]
    assert window.detail.subtitle_label.text().startswith("Commerce de détail")
    companies_view = window.view("companies")
    column = [c.key for c in companies_view.model.record_list().columns].index("industry")
    assert companies_view.model.index(0, column).data() == "Commerce de détail"
    window.detail.form.set_modified(False)
