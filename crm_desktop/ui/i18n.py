"""Translation helpers for the UI: core's marked messages and the Qt translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crm_desktop import RESOURCES
from crm_desktop.core.errors import CrmError, Message

TRANSLATIONS = RESOURCES / "translations"


def core_tr(text: str | None) -> str:
    """Translate a string that core marked with QT_TRANSLATE_NOOP("core", ...)."""
    if not text:
        return ""
    return QCoreApplication.translate("core", text)


def render(message: Message) -> str:
    return message.render(core_tr)


def error_text(error: CrmError) -> str:
    return error.render(core_tr)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own for ``language``; keep the returned objects alive."""
    loaded: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"crm_{language}.qm")):
        app.installTranslator(ours)
        loaded.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    QLocale.setDefault(QLocale(language))
    return loaded
