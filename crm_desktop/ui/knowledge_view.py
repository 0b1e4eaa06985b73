"""The knowledge base: find, read, write and remove the articles that solve problems.

On the left the articles, paged from SQL through core's ``knowledge.search`` (best
match first when searching, by title otherwise; the next page is read when the list
is scrolled to its end, so a base of thousands of articles costs one page to show).
On the right the selected article, read-only, its solution as numbered steps.
Writing happens in a dialog that puts core's messages under the fields. The view
re-reads after change notices for articles and for their links to tickets (the
"tickets solved" counts), once per burst and only while it is shown.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import knowledge, tickets
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, NotFound
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.core.support_choices import CATEGORIES, KB_LANGUAGES
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import core_tr, error_text
from crm_desktop.ui.record_form import (
    Banner,
    ChoiceField,
    FreeChoiceField,
    LineField,
    ListField,
    RecordForm,
    TextField,
    choice_items,
    write_or_explain,
)
from crm_desktop.ui.widgets import empty_state_pages, error_label, heading, read_only_rows, search_debounce, title_bar

PAGE_SIZE = 100
SEARCH_DEBOUNCE_MS = 150
#: How far show_article() pages through the list to select an article (a few thousand at most).
MAX_ROWS_TO_FIND = 5000
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
MUTED_COLOR = "#6b7280"
_STEP_MARK = re.compile(r"^\s*(?:\d{1,3}\s*[.)\-:]|[-*•–])\s*")

AnyIndex = QModelIndex | QPersistentModelIndex


def category_label(category: str | None) -> str:
    """One of core's categories in the user's language; anything else as typed."""
    if not category:
        return ""
    return core_tr(CATEGORIES[category]) if category in CATEGORIES else category


def language_label(language: str | None) -> str:
    return core_tr(KB_LANGUAGES[language]) if language in KB_LANGUAGES else (language or "")


def solution_steps(text: str | None) -> list[str]:
    """The solution as steps: one per line, with any typed numbering or bullet taken off."""
    steps = []
    for line in (text or "").splitlines():
        step = _STEP_MARK.sub("", line.strip(), count=1).strip() if line.strip() else ""
        if step:
            steps.append(step)
    return steps


# --------------------------------------------------------------------------- the list model


class ArticleListModel(QAbstractTableModel):
    """Articles matching a search text and language, read from SQL a page at a time."""

    COLUMNS = ("title", "product", "category", "language", "used")
    #: Emitted after the filter changed or the list was read again.
    reloaded = Signal()

    def __init__(self, ctx: Context, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._page = page_size
        self._text = ""
        self._language: str | None = None
        self._rows: list[dict[str, Any]] = []
        self._more = False
        self.queries = 0  # pages read (tests)
        self._load(self._page)

    # --- what the view asks ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_texts()[section]
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section] == "used":
            return self.tr("How many tickets this article solved")
        return None

    def header_texts(self) -> list[str]:
        return [self.tr("Title"), self.tr("Product"), self.tr("Category"), self.tr("Language"), self.tr("Solved")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row["id"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "category":
                return category_label(row["category"])
            if column == "language":
                return language_label(row["language"])
            if column == "used":
                return QLocale().toString(int(row["used"] or 0))
            return row[column] or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "used":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or not self._more:
            return
        got = self._query(self._page, len(self._rows))
        known = {row["id"] for row in self._rows}
        rows = [row for row in got if row["id"] not in known]
        more = bool(rows) and (len(got) >= self._page or self._short_pages())
        self._more = False  # a view asking again while rows go in must not read the same page
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._more = more

    # --- what the knowledge view asks ------------------------------------------------

    def set_filter(self, text: str, language: str | None) -> None:
        """Show the articles matching ``text`` in ``language`` (None: every language)."""
        text = text.strip()
        if (text, language) == (self._text, self._language):
            return
        self._text, self._language = text, language
        self._reset(self._page)

    def filter(self) -> tuple[str, str | None]:
        return self._text, self._language

    def refresh(self) -> None:
        """Read again as many rows as are loaded now (after a change elsewhere)."""
        self._reset(max(self._page, len(self._rows)))

    def id_at(self, row: int) -> str | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_data(self, row: int) -> dict[str, Any] | None:
        return dict(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row["id"] == article_id), None)

    def find(self, article_id: str, max_rows: int = MAX_ROWS_TO_FIND) -> int | None:
        """The row of an article, reading further pages if needed (up to ``max_rows``)."""
        row = self.row_of(article_id)
        while row is None and self._more and len(self._rows) < max_rows:
            before = len(self._rows)
            self.fetchMore(QModelIndex())
            row = next((n for n in range(before, len(self._rows)) if self._rows[n]["id"] == article_id), None)
        return row

    # --- internals -------------------------------------------------------------------

    def _query(self, limit: int, offset: int) -> list[dict[str, Any]]:
        self.queries += 1
        return knowledge.search(self._ctx.db, self._text, language=self._language, limit=limit, offset=offset)

    def _short_pages(self) -> bool:
        """Core filters the language after FTS ranked its candidates: a page may come back
        short while more remain, so with both a text and a language only an empty page ends."""
        return bool(self._text and self._language)

    def _load(self, count: int) -> None:
        self._rows = self._query(count, 0)
        self._more = bool(self._rows) and (len(self._rows) >= count or self._short_pages())

    def _reset(self, count: int) -> None:
        """Replace the rows: removed then inserted, not a model reset.

        A view (and Qt's model tester) may ask for more rows while handling a reset,
        which would insert rows in the middle of it.
        """
        rows = self._query(count, 0)
        self._more = False
        if self._rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows = []
            self.endRemoveRows()
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = rows
            self.endInsertRows()
        self._more = bool(rows) and (len(rows) >= count or self._short_pages())
        self.reloaded.emit()


# --------------------------------------------------------------------------- the editor


class ArticleEditor(QDialog):
    """A new article or changes to one; core's messages appear under the fields."""

    saved = Signal(str)

    def __init__(self, ctx: Context, article_id: str | None = None, parent: QWidget | None = None,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.article_id = article_id
        self.setObjectName("articleEditor")
        self.setWindowTitle(self.tr("Edit the article") if article_id else self.tr("New article"))
        self.banner = Banner(self)
        self.form = RecordForm(self)
        section = self.form.add_section("")
        self.title = self.form.add_field(section, "title", self.tr("Title"), LineField(200))
        self.product = self.form.add_field(section, "product", self.tr("Product"),
                                           LineField(120, self.tr("e.g. Vaillant ecoTEC plus")))
        self.category = self.form.add_field(section, "category", self.tr("Category"),
                                            FreeChoiceField(CATEGORIES, translate=category_label))
        self.language = self.form.add_field(section, "language", self.tr("Language"),
                                            ChoiceField(choice_items(KB_LANGUAGES), allow_empty=False))
        self.tags = self.form.add_field(section, "tags", self.tr("Tags"),
                                        ListField(0, self.tr("Separated by commas")))
        self.problem = self.form.add_field(section, "problem", self.tr("Problem"), TextField(90))
        self.problem.setPlaceholderText(self.tr("What the customer sees or reports"))
        self.solution = self.form.add_field(section, "solution", self.tr("Solution"), TextField(150))
        self.solution.setPlaceholderText(self.tr("One step per line"))
        self.form.finish()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        if article_id:
            article = knowledge.get(ctx.db, article_id)
            self.form.set_values(article)
        else:
            self.language.set_value(language if language in KB_LANGUAGES else "fr")
        self.resize(640, self.sizeHint().height())

    def save(self) -> bool:
        """Write through core, or show why not (under the fields) and write nothing."""
        self.banner.hide()
        values = self.form.values()
        article_id = ""

        def write() -> None:
            nonlocal article_id
            if self.article_id:
                knowledge.update(self.ctx, self.article_id, values)
                article_id = self.article_id
            else:
                article_id = knowledge.create(self.ctx, values)

        if not write_or_explain(self.form, self.banner.show_message, write):
            return False
        self.article_id = article_id
        self.saved.emit(article_id)
        self.accept()
        return True

    def error_text(self, key: str) -> str:
        """The message under field ``key`` ("" when none)."""
        return self.form.error_text(key)


# --------------------------------------------------------------------------- the view


class KnowledgeView(QWidget):
    """Search the knowledge base, read an article, write or remove one."""

    #: A record the article refers to (the ticket it was made from).
    open_record = Signal(str, str)
    #: The article shown on the right changed ("" when none).
    article_shown = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        if isinstance(parent, ChangeBridge) and bridge is None:  # tolerate KnowledgeView(ctx, bridge)
            parent, bridge = None, parent
        super().__init__(parent)
        self.ctx = ctx
        self.editor: ArticleEditor | None = None
        self._selecting = False
        self._article: dict[str, Any] | None = None
        self._used = 0
        if bridge is None:
            bridge = ChangeBridge(ctx.changes, self)
        self._bridge = bridge
        self.can_write = allowed(ctx.user.role, Perm.KB_WRITE)

        self.title = heading(self.tr("Knowledge base"))
        self.new_button = QPushButton(self.tr("New article"))
        self.new_button.setObjectName("newArticle")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_article)
        self.new_button.setEnabled(self.can_write)

        self.search = QLineEdit()
        self.search.setObjectName("kbSearch")
        self.search.setPlaceholderText(self.tr("Search titles, problems, solutions, products, tags…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.installEventFilter(self)
        self.language = QComboBox()
        self.language.setObjectName("kbLanguage")
        self.language.addItem(self.tr("All languages"), None)
        for key, label in KB_LANGUAGES.items():
            self.language.addItem(core_tr(label), key)

        self.model = ArticleListModel(ctx, self, page_size=PAGE_SIZE)
        self.table = QTableView()
        self.table.setObjectName("kbArticles")
        read_only_rows(self.table)
        self.table.setModel(self.model)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        width = self.table.fontMetrics().averageCharWidth()
        for column, chars in ((1, 14), (2, 12), (3, 8)):
            self.table.setColumnWidth(column, chars * width + 16)
        self.table.setColumnWidth(4, max(self.table.fontMetrics().horizontalAdvance(
            self.model.header_texts()[4]) + 24, 8 * width))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.empty, self.list_pages = empty_state_pages(self.table)

        self.panel_title = heading("", 1.3)
        self.panel_title.setObjectName("articleTitle")
        self.panel_title.setWordWrap(True)
        self.panel_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(lambda: self.edit_article())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(lambda: self.delete_article())
        self.body = QTextBrowser()
        self.body.setObjectName("articleBody")
        self.body.setOpenLinks(False)
        self.body.anchorClicked.connect(self._link_clicked)
        self.nothing_chosen = QLabel(self.tr("Choose an article on the left to read it, or write a new one."))
        self.nothing_chosen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_chosen.setWordWrap(True)
        self.nothing_chosen.setEnabled(False)

        article_top = QHBoxLayout()
        article_top.setContentsMargins(0, 0, 0, 0)
        article_top.addWidget(self.panel_title, 1)
        article_top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        article_top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        article = QWidget()
        article_box = QVBoxLayout(article)
        article_box.setContentsMargins(8, 0, 0, 0)
        article_box.addLayout(article_top)
        article_box.addWidget(self.body, 1)
        self.panel = QStackedWidget()
        self.panel.addWidget(self.nothing_chosen)
        self.panel.addWidget(article)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_pages)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.message = error_label()
        top = title_bar(self.title, self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self._debounce = search_debounce(self, self.search, self.apply_filter, SEARCH_DEBOUNCE_MS)
        self.language.currentIndexChanged.connect(self.apply_filter)
        self.model.reloaded.connect(self._show_list_state)
        self.model.rowsInserted.connect(self._show_list_state)
        self.changes = ChangeCoalescer(bridge, self.refresh, (knowledge.TABLE, knowledge.LINKS),
                                       parent=self, widget=self)
        self._show_list_state()
        self._show(None)

    # --- the list --------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show what matches the search box and the language (best match first)."""
        self._debounce.stop()
        self.model.set_filter(self.search.text(), self.language.currentData())
        self.table.scrollToTop()
        self._reselect()

    def filter_pending(self) -> bool:
        """True while typed text waits for the debounce (tests wait on this)."""
        return self._debounce.isActive()

    def refresh(self) -> None:
        """Read the list and the shown article again (a change was announced)."""
        self.model.refresh()
        self._reselect()
        if self._article is not None:
            self._load_article(self._article["id"])

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def shown_id(self) -> str | None:
        """The article shown on the right, if any."""
        return self._article["id"] if self._article else None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search box go to the first article."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self.apply_filter()
                if self.model.rowCount():
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _reselect(self) -> None:
        """Keep the shown article selected when it is still listed."""
        shown = self.shown_id()
        row = self.model.row_of(shown) if shown else None
        selection = self.table.selectionModel()
        self._selecting = True
        try:
            if row is None:
                selection.clear()
            else:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.selectRow(row)
        finally:
            self._selecting = False
        self._show_list_state()

    def _show_list_state(self, *_args: object) -> None:
        text, language = self.model.filter()
        if self.model.rowCount():
            self.list_pages.setCurrentWidget(self.table)
            return
        if text:
            self.empty.setText(self.tr("No article matches “{text}”.").format(text=text))
        elif language:
            self.empty.setText(self.tr("No article in this language yet."))
        else:
            self.empty.setText(self.tr("The knowledge base is empty. Click “New article” to write the first one."))
        self.list_pages.setCurrentWidget(self.empty)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        article_id = self.model.id_at(current.row()) if current.isValid() else None
        if article_id and article_id != self.shown_id():
            self._load_article(article_id)

    # --- one article -----------------------------------------------------------------

    def show_article(self, article_id: str) -> bool:
        """Show an article and select it in the list (the search palette opens articles so)."""
        self._debounce.stop()
        try:
            knowledge.get(self.ctx.db, article_id)
        except NotFound as exc:
            self._say(error_text(exc))
            return False
        row = self.model.row_of(article_id)
        if row is None and self.model.filter() != ("", None):
            # Hidden by the search or the language: show the whole base again.
            for widget in (self.search, self.language):
                widget.blockSignals(True)
            self.search.clear()
            self.language.setCurrentIndex(0)
            for widget in (self.search, self.language):
                widget.blockSignals(False)
            self.model.set_filter("", None)
        row = self.model.find(article_id)
        self._say("")
        self._load_article(article_id)
        self._reselect()
        if row is not None:
            self.table.scrollTo(self.model.index(row, 0))
        return True

    def _load_article(self, article_id: str) -> None:
        try:
            article = knowledge.get(self.ctx.db, article_id)
        except NotFound:
            self._show(None)
            return
        row = self.model.row_of(article_id)
        listed = self.model.row_data(row) if row is not None else None
        used = listed["used"] if listed else self._used_elsewhere(article)
        self._show(article, int(used or 0))

    def _used_elsewhere(self, article: dict[str, Any]) -> int:
        """The "solved" count of an article that the list does not show (found by its title)."""
        rows = knowledge.search(self.ctx.db, article["title"], language=article["language"], limit=50)
        return next((int(r["used"] or 0) for r in rows if r["id"] == article["id"]), 0)

    def _show(self, article: dict[str, Any] | None, used: int = 0) -> None:
        self._article = article
        self._used = used
        if article is None:
            self.panel.setCurrentWidget(self.nothing_chosen)
            self.panel_title.clear()
            self.body.clear()
            self.article_shown.emit("")
            return
        self.panel_title.setText(article["title"])
        self.body.setHtml(self.article_html(article, used))
        self.edit_button.setEnabled(self.can_write)
        self.delete_button.setEnabled(self.can_write and allowed(self.ctx.user.role, Perm.KB_DELETE))
        self.panel.setCurrentWidget(self.panel.widget(1))
        self.article_shown.emit(article["id"])

    def article_html(self, article: dict[str, Any], used: int) -> str:
        """The read-only article: facts, problem, numbered solution steps, tags."""
        esc = html.escape
        facts = [
            (self.tr("Product"), esc(article.get("product") or "")),
            (self.tr("Category"), esc(category_label(article.get("category")))),
            (self.tr("Language"), esc(language_label(article.get("language")))),
            (self.tr("Tickets solved"), esc(QLocale().toString(used))),
        ]
        source = self._source_ticket(article.get("source_ticket_id"))
        if source:
            link = f'<a href="ticket:{esc(source[0])}">{esc(source[1])}</a>'
            facts.append((self.tr("Made from ticket"), link))
        updated = QDateTime.fromString(str(article.get("updated_at") or ""), Qt.DateFormat.ISODateWithMs)
        if updated.isValid():
            facts.append((self.tr("Updated"), esc(QLocale().toString(updated.toLocalTime().date(),
                                                                      QLocale.FormatType.ShortFormat))))
        rows = "".join(
            f'<tr><td style="color:{MUTED_COLOR}; padding-right:12px;">{esc(name)}</td><td>{value}</td></tr>'
            for name, value in facts if value
        )
        # Texts are translated outside the f-strings: lupdate does not look inside them.
        problem_title, solution_title, tags_title = self.tr("Problem"), self.tr("Solution"), self.tr("Tags")
        parts = [f'<table cellspacing="0" cellpadding="2">{rows}</table>']
        if article.get("problem"):
            problem = "<br>".join(esc(line) for line in str(article["problem"]).splitlines())
            parts.append(f"<h3>{esc(problem_title)}</h3><p>{problem}</p>")
        steps = solution_steps(article.get("solution"))
        if steps:
            items = "".join(f'<li style="margin-bottom:4px;">{esc(step)}</li>' for step in steps)
            parts.append(f"<h3>{esc(solution_title)}</h3><ol>{items}</ol>")
        tags = article.get("tags") or []
        if tags:
            parts.append(f'<p style="color:{MUTED_COLOR};">{esc(tags_title)}: {esc(", ".join(tags))}</p>')
        return "".join(parts)

    def article_text(self) -> str:
        """What the panel shows, as plain text (tests, copy)."""
        return f"{self.panel_title.text()}\n{self.body.toPlainText()}" if self._article else ""

    def _source_ticket(self, ticket_id: str | None) -> tuple[str, str] | None:
        if not ticket_id:
            return None
        try:
            return ticket_id, tickets.get(self.ctx.db, ticket_id)["number"]
        except NotFound:
            return None

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("ticket:"):
            self.open_record.emit("ticket", text.removeprefix("ticket:"))

    # --- writing ---------------------------------------------------------------------

    def new_article(self) -> ArticleEditor:
        """Open the editor for a new article (in the language chosen in the filter, if any)."""
        language = self.language.currentData() or (QLocale().name()[:2] if QLocale().name()[:2] in KB_LANGUAGES
                                                    else None)
        return self._open_editor(ArticleEditor(self.ctx, None, self, language=language))

    def edit_article(self, article_id: str | None = None) -> ArticleEditor | None:
        """Open the editor on an article (the shown one by default)."""
        article_id = article_id or self.shown_id()
        if not article_id:
            return None
        try:
            editor = ArticleEditor(self.ctx, article_id, self)
        except CrmError as exc:
            self._say(error_text(exc))
            return None
        return self._open_editor(editor)

    def _open_editor(self, editor: ArticleEditor) -> ArticleEditor:
        if self.editor is not None:
            self.editor.close()
            self.editor.deleteLater()
        self.editor = editor
        editor.saved.connect(self._saved)
        editor.open()
        return editor

    def _saved(self, article_id: str) -> None:
        self._say("")
        self.model.refresh()
        self.show_article(article_id)

    def delete_article(self, article_id: str | None = None, confirm: bool = True) -> bool:
        """Move an article to the trash (after asking); the list and panel follow."""
        article_id = article_id or self.shown_id()
        if not article_id:
            return False
        if confirm:
            title = self._article["title"] if self._article and self._article["id"] == article_id else ""
            answer = QMessageBox.question(
                self, self.tr("Delete the article"),
                self.tr("Move “{title}” to the trash? It can be restored from the trash.").format(title=title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            knowledge.delete(self.ctx, article_id)
        except CrmError as exc:
            self._say(error_text(exc))
            return False
        self._say("")
        if self.shown_id() == article_id:
            self._show(None)
        self.model.refresh()
        self._reselect()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
