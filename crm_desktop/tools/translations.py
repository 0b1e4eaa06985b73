"""Keep the French and English catalogues complete and the compiled .qm current.

``python -m crm_desktop.tools.translations`` collects every tr()/translate()/
QT_TRANSLATE_NOOP string with pyside6-lupdate into resources/translations/*.ts
(keeping existing translations), fills English with the source text, and compiles
.qm files with pyside6-lrelease. The tests check that nothing is left untranslated.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from crm_desktop import RESOURCES

PACKAGE = Path(__file__).resolve().parent.parent
TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("fr", "en")


def _tool(name: str) -> str:
    path = Path(PySide6.__file__).parent / (name + (".exe" if os.name == "nt" else ""))
    return str(path)


def sources() -> list[Path]:
    """Every Python file that may hold user-visible text."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "tools" not in p.relative_to(PACKAGE).parts)


def lupdate(ts_file: Path, language: str) -> None:
    files = [str(p) for p in sources()]
    subprocess.run(
        [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
         "-target-language", language, *files, "-ts", str(ts_file)],
        check=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> element."""
    tree = ET.parse(ts_file)
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def fill_english(ts_file: Path) -> None:
    """English is the source language: each translation is the source itself."""
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        if message.get("numerus") == "yes":
            source = message.findtext("source") or ""
            forms = translation.findall("numerusform") or []
            if not forms:
                forms = [ET.SubElement(translation, "numerusform"), ET.SubElement(translation, "numerusform")]
            for form in forms:
                form.text = source
        else:
            translation.text = message.findtext("source")
        translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def update(release: bool = True) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"crm_{language}.ts"
        lupdate(ts_file, language)
        if language == "en":
            fill_english(ts_file)
        if release:
            lrelease(ts_file, TRANSLATIONS / f"crm_{language}.qm")


if __name__ == "__main__":
    update(release="--no-release" not in sys.argv)
