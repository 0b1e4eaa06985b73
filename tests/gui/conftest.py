"""GUI fixtures: sample records made through core, a bridge, and the main window.

Also: the offscreen platform's "This plugin does not support ..." notices are not
counted as the Qt warnings that fail a test (see OFFSCREEN_NOISE).

The person and company detail views are written by another engineer; until their
modules exist the main window is given a stand-in detail view (tests only).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.core import companies, history, people
from crm_desktop.core.context import Context
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.main_window import DetailFactory, MainWindow

#: The offscreen platform plugin (headless tests) warns that it cannot do what only
#: a real window system does; these say nothing about the application.
OFFSCREEN_NOISE = (
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard|grabbing the mouse"
    r"|setParent\(\)|requestActivate\(\))"
)
GUI_DIR = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def _collect_qt_garbage(qapp: QApplication) -> Iterator[None]:
    """Free each test's windows at a safe point, not in the middle of a later test's paint.

    Python's cycle collector may otherwise run inside a model's data() call of the next
    test and delete a former test's top-level widget while Qt is painting.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.parent() is None:
            widget.close()
    gc.collect()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Qt warnings fail GUI tests, except the offscreen plugin's own notices."""
    for item in items:
        if GUI_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class StandInDetail(QWidget):
    """Test-only stand-in with the detail views' signals."""

    open_record = Signal(str, str)
    saved = Signal(str)
    close_requested = Signal()

    def __init__(self, kind: str, ctx: Context, record_id: str | None, parent: QWidget | None = None,
                 initial: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.record_id = record_id
        self.initial = dict(initial or {})
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{kind} {record_id or 'new'}"))


def stand_in_factory(kind: str, ctx: Context, record_id: str | None, parent: QWidget,
                     initial: Mapping[str, Any] | None = None) -> QWidget:
    return StandInDetail(kind, ctx, record_id, parent, initial)


def real_details_available() -> bool:
    try:
        import crm_desktop.ui.company_detail  # noqa: F401
        import crm_desktop.ui.person_detail  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class Sample:
    """Ids of the records made by the ``sample`` fixture."""

    companies: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    history: dict[str, str] = field(default_factory=dict)


@pytest.fixture
def sample(ctx: Context) -> Sample:
    """A few companies, people at every stage with tags and phones, and history."""
    out = Sample()
    for name, city, stage in (("Boulangerie Dupuis", "Namur", "customer"), ("Garage Lambert", "Liège", "prospect"),
                              ("Atelier Verhoeven", "Gent", "lead")):
        out.companies[name] = companies.create(ctx, {"name": name, "city": city, "stage": stage})
    rows = [
        ("Marie", "Dupont", "Boulangerie Dupuis", "Namur", "customer", ["vip"], "+32 81 22 33 44"),
        ("Jean", "Martin", "Garage Lambert", "Liège", "prospect", ["newsletter"], "+32 4 222 33 44"),
        ("Sofie", "Peeters", "Atelier Verhoeven", "Gent", "lead", [], "+32 9 233 44 55"),
        ("Luc", "Lambert", "Garage Lambert", "Liège", "customer", ["vip", "newsletter"], ""),
        ("Anne", "Zimmer", None, "Arlon", "former", [], "+33 1 42 68 53 00"),
    ]
    for first, last, company, city, stage, tags, phone in rows:
        values = {"first_name": first, "last_name": last, "city": city, "stage": stage, "tags": tags,
                  "phone": phone or None, "email": f"{first.lower()}.{last.lower()}@example.be"}
        if company:
            values["company_id"] = out.companies[company]
        out.people[last] = people.create(ctx, values)
    out.history["quote"] = history.log(ctx, {
        "kind": "call", "direction": "in", "subject": "Quote for the oven maintenance",
        "person_id": out.people["Dupont"],
    })
    out.history["visit"] = history.log(ctx, {
        "kind": "visit", "subject": "Workshop visit about the conveyor",
        "company_id": out.companies["Atelier Verhoeven"],
    })
    return out


@pytest.fixture
def many_people(ctx: Context) -> list[str]:
    """Enough people for several blocks of the paged model (names sort predictably)."""
    ids = []
    cities = ("Namur", "Liège", "Gent", "Arlon", "Mons", "Brugge", "Leuven")
    stages = ("lead", "prospect", "customer", "former")
    with ctx.db.atomic():  # one commit: creating them one by one through core is what is slow
        for n in range(230):
            ids.append(people.create(ctx, {
                "first_name": f"Person{n:03d}", "last_name": f"Family{(n * 37) % 230:03d}",
                "city": cities[n % len(cities)], "stage": stages[n % len(stages)],
                "email": f"p{n}@example.org", "tags": ["even"] if n % 2 == 0 else [],
            }, allow_duplicate=True))
    return ids


@pytest.fixture
def bridge(ctx: Context) -> Iterator[ChangeBridge]:
    bridge = ChangeBridge(ctx.changes)
    yield bridge
    bridge.close()
    bridge.deleteLater()


@pytest.fixture
def detail_factory() -> DetailFactory | None:
    """None means the main window uses the real detail views."""
    return None if real_details_available() else stand_in_factory


@pytest.fixture
def main_window(qtbot: QtBot, ctx: Context, db_path: Path, detail_factory: DetailFactory | None) -> MainWindow:
    window = MainWindow(ctx, db_path, detail_factory=detail_factory)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
