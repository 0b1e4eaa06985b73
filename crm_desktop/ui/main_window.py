"""The main window: it only assembles views (DESIGN.md §2).

Navigation on the left (one entry per area; later areas add a NavEntry), the
areas in a QStackedWidget, a status bar and the menus. Views never call each other:
they emit ``open_record(kind, id)`` / ``new_requested()`` and the window shows the
detail view in the stack, one at a time, with Back (Esc, Alt+Left) to return.
Areas other than the first are built the first time they are shown, so start-up
costs one count and one page of the people list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTextEdit,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.core import history
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError
from crm_desktop.core.listing import COMPANIES, PEOPLE, ListFilter
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import error_text

#: (kind, ctx, record id or None for a new record, parent, initial values of a new record)
DetailFactory = Callable[[str, Context, "str | None", QWidget, "Mapping[str, Any] | None"], QWidget]
DETAIL_KINDS = ("person", "company")
SEARCH_GUARD = "crmSearchShortcutGuard"


@dataclass(frozen=True)
class NavEntry:
    """One area of the navigation bar."""

    key: str
    label: str
    icon: QIcon
    factory: Callable[[], QWidget]


def default_detail(
    kind: str, ctx: Context, record_id: str | None, parent: QWidget, initial: Mapping[str, Any] | None = None
) -> QWidget:
    """Build the detail view of a person or a company (imported only when first needed)."""
    if kind == "person":
        from crm_desktop.ui.person_detail import PersonDetailView

        return PersonDetailView(ctx, record_id, parent, initial=initial)
    if kind == "company":
        from crm_desktop.ui.company_detail import CompanyDetailView

        return CompanyDetailView(ctx, record_id, parent)
    raise ValueError(kind)


class MainWindow(QMainWindow):
    """Navigation, the area stack, the detail page, menus and status bar."""

    #: A detail view was shown: (kind, id or "" for a new record).
    record_opened = Signal(str, str)
    #: The visible area changed (its key, or "detail").
    area_changed = Signal(str)

    def __init__(
        self,
        ctx: Context,
        database_path: Path | None = None,
        detail_factory: DetailFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.database_path = database_path
        self._detail_factory = detail_factory or default_detail
        self.bridge = ChangeBridge(ctx.changes, self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())
        self.resize(1280, 800)

        self.entries = self.nav_entries()
        self.views: dict[str, QWidget] = {}
        self.detail: QWidget | None = None
        self._detail_key: tuple[str, str] | None = None
        self._area = self.entries[0].key
        self._search_palette: QWidget | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        for entry in self.entries:
            item = QListWidgetItem(entry.icon, entry.label)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(240)
        self.nav.itemClicked.connect(lambda item: self.show_area(item.data(Qt.ItemDataRole.UserRole)))
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.stack = QStackedWidget()
        self.stack.setObjectName("areas")
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.status_changes = ChangeCoalescer(self.bridge, self.update_status, ("people", "companies", "users"),
                                              parent=self, widget=self)
        self.show_area(self._area)
        self._focus_app = QApplication.instance()
        if isinstance(self._focus_app, QApplication):
            self._focus_app.focusChanged.connect(self._guard_search_shortcut)

    # --- areas -------------------------------------------------------------------------

    def nav_entries(self) -> list[NavEntry]:
        """The areas in navigation order; later capabilities add theirs here."""
        style = self.style()
        return [
            NavEntry("people", self.tr("Contacts"),
                     style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView), self._make_people),
            NavEntry("companies", self.tr("Companies"),
                     style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), self._make_companies),
            NavEntry("trash", self.tr("Trash"),
                     style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self._make_trash),
        ]

    def _make_people(self) -> QWidget:
        from crm_desktop.ui.people_view import PeopleView

        view = PeopleView(self.ctx, self.bridge)
        view.open_record.connect(self.open_record)
        view.new_requested.connect(self.new_person)
        return view

    def _make_companies(self) -> QWidget:
        from crm_desktop.ui.companies_view import CompaniesView

        view = CompaniesView(self.ctx, self.bridge)
        view.open_record.connect(self.open_record)
        view.new_requested.connect(self.new_company)
        return view

    def _make_trash(self) -> QWidget:
        from crm_desktop.ui.trash_view import TrashView

        return TrashView(self.ctx, self.bridge)

    def view(self, key: str) -> QWidget:
        """The view of an area, built on first use."""
        widget = self.views.get(key)
        if widget is None:
            entry = next(e for e in self.entries if e.key == key)
            widget = entry.factory()
            widget.setObjectName(f"area_{key}")
            self.views[key] = widget
            self.stack.addWidget(widget)
        return widget

    def show_area(self, key: str) -> bool:
        """Show an area; leaving a detail view first asks it whether it may close."""
        if self.detail is not None and not self._close_detail():
            return False
        self._area = key
        widget = self.view(key)
        self.stack.setCurrentWidget(widget)
        self._select_nav(key)
        self.back_action.setEnabled(False)
        self.area_changed.emit(key)
        return True

    def current_area(self) -> str:
        return "detail" if self.detail is not None and self.stack.currentWidget() is self.detail else self._area

    def _nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            key = current.data(Qt.ItemDataRole.UserRole)
            if (key != self._area or self.detail is not None) and not self.show_area(key):
                self._select_nav(self._area)

    def _select_nav(self, key: str) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                if self.nav.currentRow() != row:
                    self.nav.blockSignals(True)
                    self.nav.setCurrentRow(row)
                    self.nav.blockSignals(False)
                return

    # --- detail views ------------------------------------------------------------------

    def open_record(self, kind: str, record_id: str | None, initial: Mapping[str, Any] | None = None) -> bool:
        """Show the detail view of a record (a new one when ``record_id`` is None).

        Other kinds (a history entry activated in a timeline) open the person, or
        else the company, they concern when that is not the record already shown.
        """
        if kind not in DETAIL_KINDS:
            target = self._owner_of(kind, record_id)
            if target is None:
                self.statusBar().showMessage(self.tr("This kind of record cannot be opened here yet."), 5000)
                return False
            if self._detail_key == target:
                return True
            kind, record_id = target
        if self.detail is not None:
            if record_id and self._detail_key == (kind, record_id):
                self.stack.setCurrentWidget(self.detail)
                return True
            if not self._close_detail():
                return False
        try:
            detail = self._detail_factory(kind, self.ctx, record_id, self.stack, initial)
        except CrmError as exc:
            self.statusBar().showMessage(error_text(exc), 8000)
            return False
        detail.setObjectName(f"detail_{kind}")
        connections: tuple[tuple[str, Callable[..., object]], ...] = (
            ("open_record", self.open_record),
            ("close_requested", self.go_back),
            ("saved", self._detail_saved),
            ("new_person_requested", self._new_person_in_company),
        )
        for name, slot in connections:
            signal = getattr(detail, name, None)
            if signal is not None:
                signal.connect(slot)
        self.detail = detail
        self._detail_key = (kind, record_id or "")
        self.stack.addWidget(detail)
        self.stack.setCurrentWidget(detail)
        self.back_action.setEnabled(True)
        detail.setFocus(Qt.FocusReason.OtherFocusReason)
        self.record_opened.emit(kind, record_id or "")
        self.area_changed.emit("detail")
        return True

    def _owner_of(self, kind: str, record_id: str | None) -> tuple[str, str] | None:
        if kind != "history" or not record_id:
            return None
        try:
            entry = history.get(self.ctx, record_id)
        except CrmError:
            return None
        if entry.get("person_id"):
            return "person", entry["person_id"]
        if entry.get("company_id"):
            return "company", entry["company_id"]
        return None

    def _detail_saved(self, record_id: str) -> None:
        """A new record got its id: opening it again must find this view."""
        if self._detail_key is not None and record_id:
            self._detail_key = (self._detail_key[0], record_id)

    def _new_person_in_company(self, company_id: str) -> None:
        self.open_record("person", None, {"company_id": company_id})

    def new_person(self) -> None:
        self.open_record("person", None)

    def new_company(self) -> None:
        self.open_record("company", None)

    def go_back(self) -> None:
        """Leave the detail view for the area it was opened from."""
        if self.detail is not None:
            self.show_area(self._area)

    def _close_detail(self) -> bool:
        detail = self.detail
        if detail is None:
            return True
        may_close = getattr(detail, "can_close", None)
        if callable(may_close) and not may_close():
            return False
        self.detail = None
        self._detail_key = None
        self.stack.removeWidget(detail)
        detail.hide()
        detail.deleteLater()
        return True

    # --- actions and menus -------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(name)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _build_actions(self) -> None:
        self.new_person_action = self._action(self.tr("New &person"), self.new_person,
                                              QKeySequence("Ctrl+N"), "newPerson")
        self.new_company_action = self._action(self.tr("New &company"), self.new_company,
                                               QKeySequence("Ctrl+Shift+N"), "newCompany")
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings,
                                            QKeySequence(QKeySequence.StandardKey.Preferences), "settings")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"), "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.area_actions: dict[str, QAction] = {}
        for number, entry in enumerate(self.entries, start=1):
            shortcut = QKeySequence(f"Ctrl+{number}") if number <= 9 else None
            self.area_actions[entry.key] = self._action(
                entry.label, lambda key=entry.key: self.show_area(key), shortcut, f"show_{entry.key}")
        self.search_action = self._action(self.tr("&Search…"), self.open_search, QKeySequence("Ctrl+K"), "search")
        self.back_action = self._action(self.tr("&Back"), self.go_back, None, "back")
        self.back_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+Left")])
        self.back_action.setEnabled(False)
        self.about_action = self._action(self.tr("&About CRM Desktop"), self.show_about, None, "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_person_action)
        file_menu.addAction(self.new_company_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for entry in self.entries:
            view_menu.addAction(self.area_actions[entry.key])
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addAction(self.search_action)
        go_menu.addAction(self.back_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.menus = {"file": file_menu, "view": view_menu, "go": go_menu, "help": help_menu}

    # --- search, settings, about -------------------------------------------------------

    def _guard_search_shortcut(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Ctrl+K must open the search even from a text field.

        With the X11 key bindings (Linux desktops) Ctrl+K means "delete to end of
        line" and a focused QLineEdit claims it before any shortcut. Text widgets of
        this window get a small filter, installed when they first take the focus.
        """
        if (new is None or new.property(SEARCH_GUARD)
                or not isinstance(new, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)
                or new.window() is not self):
            return
        new.setProperty(SEARCH_GUARD, True)
        new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                   for key in self.search_action.shortcuts()):
                event.ignore()  # not the editor's: let the shortcut fire
                return True
        return super().eventFilter(watched, event)


    def search_palette(self) -> QWidget:
        if self._search_palette is None:
            from crm_desktop.ui.search_palette import SearchPalette

            palette = SearchPalette(self.ctx, self)
            palette.open_record.connect(self.open_record)
            self._search_palette = palette
        return self._search_palette

    def open_search(self) -> None:
        """Ctrl+K: the global search over everything."""
        from crm_desktop.ui.search_palette import SearchPalette

        palette = self.search_palette()
        assert isinstance(palette, SearchPalette)
        palette.popup(self)

    def open_settings(self) -> QWidget:
        from crm_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.update_status)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("About CRM Desktop"))
        box.setText(self.tr("<b>CRM Desktop</b> {version}").format(version=__version__))
        box.setInformativeText(self.tr(
            "Contacts, unified history, support, field service and campaigns for small businesses. "
            "Works offline; every computer keeps a full copy of the data."
        ))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- status bar --------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(self.database_path.name if self.database_path else self.tr("(in memory)"))
        if self.database_path is not None:
            self.database_label.setToolTip(str(self.database_path))
        self.counts_label = QLabel()
        self.user_label = QLabel()
        for label in (self.database_label, self.counts_label, self.user_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self.update_status()

    def update_status(self) -> None:
        """Counts of people and companies and the acting user."""
        people = PEOPLE.count(self.ctx.db, ListFilter())
        companies = COMPANIES.count(self.ctx.db, ListFilter())
        locale = QLocale()
        self.counts_label.setText(self.tr("People: {people} · Companies: {companies}").format(
            people=locale.toString(people), companies=locale.toString(companies)))
        self.user_label.setText(self.tr("Signed in as {name}").format(name=self.ctx.user.name))

    def _title(self) -> str:
        if self.database_path is None:
            return self.tr("CRM Desktop")
        return self.tr("CRM Desktop — {name}").format(name=self.database_path.name)

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.detail is not None:
            may_close = getattr(self.detail, "can_close", None)
            if callable(may_close) and not may_close():
                event.ignore()
                return
        self.bridge.close()
        if isinstance(self._focus_app, QApplication):
            self._focus_app.focusChanged.disconnect(self._guard_search_shortcut)
            self._focus_app = None
        if self._search_palette is not None:
            self._search_palette.close()
        event.accept()

