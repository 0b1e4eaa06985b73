"""The French and English catalogues: complete, current with the code, and compiled.

No display needed: these read the .ts files, run pyside6-lupdate/lrelease into a
temporary folder (never over the committed files) and read the sources with ``ast``.
When one fails after a change of UI text, run ``python -m crm_desktop.tools.translations``
and translate what it added to resources/translations/crm_fr.ts.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from crm_desktop.tools import translations as tool

FIX = "run `python -m crm_desktop.tools.translations` and translate the new messages in crm_fr.ts"
#: {name}, {n:02d}... (a doubled brace is a literal brace, not a placeholder)
PLACEHOLDER = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")
#: The one place that translates a non-literal text: core's marked messages (ui/i18n.core_tr).
DYNAMIC_OK = {("ui/i18n.py", "core_tr")}

Key = tuple[str, str]


def catalogue(language: str) -> Path:
    return tool.TRANSLATIONS / f"crm_{language}.ts"


def translations(element: ET.Element) -> list[str]:
    """The translated text(s) of a <message> (one per plural form for numerus messages)."""
    translation = element.find("translation")
    if translation is None:
        return []
    if element.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def unfinished(element: ET.Element) -> bool:
    translation = element.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def show(keys: object) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in sorted(keys))  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def committed() -> dict[str, dict[Key, ET.Element]]:
    return {language: tool.messages(catalogue(language)) for language in tool.LANGUAGES}


# --------------------------------------------------------------------------- (a) up to date


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_catalogue_is_current_with_the_code(tmp_path: Path, committed: dict, language: str) -> None:
    """lupdate over today's sources adds nothing untranslated and drops nothing."""
    copy = tmp_path / f"crm_{language}.ts"
    shutil.copyfile(catalogue(language), copy)
    tool.lupdate(copy, language)
    fresh = tool.messages(copy)
    added = set(fresh) - set(committed[language])
    dropped = set(committed[language]) - set(fresh)
    assert not added, f"messages in the code but not in crm_{language}.ts ({FIX}):\n{show(added)}"
    assert not dropped, f"messages in crm_{language}.ts no longer in the code ({FIX}):\n{show(dropped)}"
    still_open = {key for key, element in fresh.items() if unfinished(element)}
    assert not still_open, f"untranslated after lupdate ({FIX}):\n{show(still_open)}"


# --------------------------------------------------------------------------- (b)(c) French


def test_every_french_message_is_translated(committed: dict) -> None:
    french = committed["fr"]
    assert len(french) > 300
    missing = {key for key, element in french.items()
               if unfinished(element) or not all(text.strip() for text in translations(element) or [""])}
    assert not missing, f"French messages without a translation:\n{show(missing)}"


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_placeholders_match(committed: dict, language: str) -> None:
    """Every {placeholder} of the source is in the translation and nothing else is."""
    wrong = []
    for (context, source), element in committed[language].items():
        for text in translations(element):
            if placeholders(text) != placeholders(source):
                wrong.append(f"  [{context}] {source!r} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_french_menu_accelerators_are_single(committed: dict) -> None:
    """One & per menu text, and never before a space or at the end."""
    wrong = []
    for (context, source), element in committed["fr"].items():
        if "&" not in source.replace("&&", "") or "<" in source:  # "&&" is a plain "&"; rich text uses &entities;
            continue
        for text in translations(element):
            marks = re.findall(r"&(?!&)(.?)", text.replace("&&", ""))
            if len(marks) != 1 or not marks[0].strip():
                wrong.append(f"  [{context}] {source!r} -> {text!r}")
    assert not wrong, "bad accelerators:\n" + "\n".join(wrong)


# --------------------------------------------------------------------------- (d) English


def test_english_catalogue_is_complete(committed: dict) -> None:
    english = committed["en"]
    assert set(english) == set(committed["fr"]), "crm_en.ts and crm_fr.ts hold different messages: " + FIX
    wrong = {key for key, element in english.items()
             if unfinished(element) or any(text != key[1] for text in translations(element) or [None])}
    assert not wrong, f"English messages that are not their source text:\n{show(wrong)}"


# --------------------------------------------------------------------------- (e) compiled


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_compiled_catalogue_matches_its_source(tmp_path: Path, language: str) -> None:
    """The committed .qm is exactly what lrelease makes of the committed .ts (lrelease is byte-stable)."""
    compiled = tmp_path / f"crm_{language}.qm"
    tool.lrelease(catalogue(language), compiled)
    shipped = tool.TRANSLATIONS / f"crm_{language}.qm"
    assert shipped.is_file(), f"{shipped.name} is missing: {FIX}"
    assert compiled.read_bytes() == shipped.read_bytes(), f"{shipped.name} is older than crm_{language}.ts: {FIX}"


# --------------------------------------------------------------------------- the code side


class _Marks(ast.NodeVisitor):
    """Texts the code marks for translation, with the context they have AT RUN TIME.

    ``self.tr`` translates in the context of the class that defines the method; a
    method of a class that has subclasses must name its context explicitly
    (QCoreApplication.translate("Base", ...)), and an alias (``tr = self.tr``) or a
    non-literal text is invisible to lupdate.
    """

    def __init__(self, path: str, subclassed: set[str]) -> None:
        self.path = path
        self.subclassed = subclassed
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.found: list[tuple[str, str, int]] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast API
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802 - ast API
        for alias in node.names:
            if alias.name == "QT_TRANSLATE_NOOP" and alias.asname:
                self._problem(node, f"QT_TRANSLATE_NOOP imported as {alias.asname}: lupdate only knows the full name")

    def _problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(f"  {self.path}:{getattr(node, 'lineno', '?')}: {text}")

    def _text(self, node: ast.Call, arg: ast.expr | None) -> str | None:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return arg.value
        where = (self.path, self.functions[-1] if self.functions else "")
        if where not in DYNAMIC_OK:
            self._problem(node, f"not a literal, lupdate cannot read it: {ast.unparse(node)[:80]}")
        return None

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        func, args = node.func, node.args
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name == "tr" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id == "self" and self.classes:
            cls = self.classes[-1]
            text = self._text(node, args[0] if args else None)
            if cls in self.subclassed:
                self._problem(node, f"self.tr in {cls}, which has subclasses: at run time the context is the "
                                    f"subclass; use QCoreApplication.translate({cls!r}, ...)")
            elif text is not None:
                self.found.append((cls, text, node.lineno))
        elif name == "tr":
            self._problem(node, f"tr() that is not self.tr: {ast.unparse(node)[:80]}")
        elif (name == "QT_TRANSLATE_NOOP" and isinstance(func, ast.Name)) or (
                name == "translate" and isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name) and func.value.id in ("QCoreApplication", "QApplication")):
            context = args[0] if args else None
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                self._problem(node, f"context is not a literal: {ast.unparse(node)[:80]}")
            else:
                text = self._text(node, args[1] if len(args) > 1 else None)
                if text is not None:
                    self.found.append((context.value, text, node.lineno))
        self.generic_visit(node)


def _code_marks() -> tuple[list[tuple[str, str, str]], list[str]]:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in tool.sources()}
    subclassed = {base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                  for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                  for base in node.bases}
    found, problems = [], []
    for path, tree in trees.items():
        visitor = _Marks(path.relative_to(tool.PACKAGE).as_posix(), subclassed)
        visitor.visit(tree)
        found += [(f"{visitor.path}:{line}", context, text) for context, text, line in visitor.found]
        problems += visitor.problems
    return found, problems


def test_marked_texts_reach_the_catalogue_in_their_runtime_context(committed: dict) -> None:
    """What the code asks Qt to translate is in crm_fr.ts under the context Qt will look in."""
    found, problems = _code_marks()
    assert len(found) > 300
    assert not problems, "texts lupdate cannot collect, or collects under another context:\n" + "\n".join(problems)
    french = committed["fr"]
    missing = [f"  {where}: [{context}] {text!r}" for where, context, text in found if (context, text) not in french]
    assert not missing, f"marked in the code but not in crm_fr.ts ({FIX}):\n" + "\n".join(missing)


def test_core_marks_use_the_core_context() -> None:
    """core_tr looks in "core": a mark with another context in Qt-free code would never be translated."""
    found, _problems = _code_marks()
    qt_free = [(where, context, text) for where, context, text in found
               if not where.startswith(("ui/", "app.py"))]
    assert qt_free
    wrong = [f"  {where}: [{context}] {text!r}" for where, context, text in qt_free if context != "core"]
    assert not wrong, "\n".join(wrong)
