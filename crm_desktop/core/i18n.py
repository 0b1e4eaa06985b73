"""Marking user-facing text in Qt-free layers.

``core`` cannot import Qt, yet its messages (validation errors, labels of choices)
must reach the user translated. They are written in English and marked with
``QT_TRANSLATE_NOOP("core", ...)`` so that ``pyside6-lupdate`` collects them; the UI
translates them at display time with ``QCoreApplication.translate("core", text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; only marks it for the translation tools."""
    return text
