"""The layering rules of DESIGN.md section 2, checked on the source (no import needed)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "crm_desktop"
QT_FREE = ("core", "db", "sync", "interchange", "reports")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def sources(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (PACKAGE / folder).rglob("*.py"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, top_level_only: bool = False, package: str | None = None) -> Iterator[tuple[int, str]]:
    """Absolute names of every module ``path`` imports, with the line (relative ones resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    if package is None:
        own = module_name(path)
        package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base)
                module = f"{prefix}.{node.module}" if node.module else prefix
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:  # `from crm_desktop import db` imports crm_desktop.db
                yield node.lineno, f"{module}.{alias.name}"


def offenders(paths: list[Path], forbidden: tuple[str, ...], top_level_only: bool = False) -> list[str]:
    found = []
    for path in paths:
        for line, name in imports(path, top_level_only):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    return found


def test_the_rules_see_the_sources() -> None:
    assert sources("core") and sources("db")
    assert ("crm_desktop.db.connection" in {n for _, n in imports(PACKAGE / "core" / "backup.py")})


def test_the_checker_catches_every_spelling(tmp_path: Path) -> None:
    sample = tmp_path / "view.py"
    sample.write_text(
        "import PySide6.QtCore\n"
        "from crm_desktop import db\n"
        "from ..db import fts\n"
        "def later():\n"
        "    from crm_desktop.db.connection import open_database\n"
    )
    names = [name for _, name in imports(sample, package="crm_desktop.ui")]
    assert "PySide6.QtCore" in names
    assert "crm_desktop.db" in names
    assert "crm_desktop.db.fts" in names
    assert "crm_desktop.db.connection" in names
    assert [n for _, n in imports(sample, top_level_only=True, package="crm_desktop.ui")].count(
        "crm_desktop.db.connection") == 0


@pytest.mark.parametrize("layer", QT_FREE)
def test_nothing_below_ui_imports_qt(layer: str) -> None:
    assert offenders(sources(layer), QT_MODULES) == []


def test_ui_never_imports_the_database_layer() -> None:
    assert offenders(sources("ui"), ("crm_desktop.db",)) == []


def test_command_line_loads_qt_only_for_screenshots() -> None:
    path = PACKAGE / "cli.py"
    assert offenders([path], (*QT_MODULES, "crm_desktop.ui", "crm_desktop.app"), top_level_only=True) == []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    qt_users = {
        function.name
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
        and any((getattr(node, "module", None) or alias.name).split(".")[0] in QT_MODULES
                or alias.name.split(".")[0] in QT_MODULES for alias in node.names)
    }
    assert qt_users == {"cmd_screenshots"}
