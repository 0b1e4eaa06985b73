"""The Stock page: warehouses and vans, what each holds, every movement, and the daily chores.

Core keeps the levels (triggers) and refuses what cannot be: a transfer of more than is
there comes back as a message under the quantity and nothing moves. This page only
asks core and shows: the chosen location's levels (negative in red, below the minimum
highlighted) and movements, then what to restock, what to count and correct, and what
each technician should load for the next day, transferred in one go by
``stock.load_van`` (all or nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import permissions, stock, technicians
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.field_choices import LOCATION_KINDS, MOVEMENT_KINDS
from crm_desktop.core.permissions import Perm
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.intervention_format import shop_time_text, shop_today, shop_zone
from crm_desktop.ui.parts_view import Column, PartsPanel, RowsModel, count_text, rows_table
from crm_desktop.ui.record_form import (
    ChoiceField,
    LineField,
    SuffixField,
    dialog_buttons,
    dialog_form,
    save_and_accept,
    shown,
    write_or_explain,
)
from crm_desktop.ui.support_format import LATE_COLOR, MUTED_COLOR, OK_COLOR
from crm_desktop.ui.widgets import empty_state_pages, error_label, heading, open_kept

#: Tables whose changes can alter what this page shows.
STOCK_TABLES = ("stock_movements", "stock_locations", "stock_minimums", "products", "technicians", "users",
                "interventions", "intervention_parts", "intervention_technicians", "settings")
BELOW_MINIMUM = "#fff1cc"
ACTIONS = ("receive", "transfer", "correct", "give_back")


def location_text(row: dict[str, Any]) -> str:
    """ "Van Anna (Anna Tech)" for a van with its technician, else the name."""
    if row.get("kind") == "van" and row.get("technician_name"):
        return f"{row['name']} ({row['technician_name']})"
    return str(row["name"])


def part_choices(ctx: Context, keep: str | None = None) -> list[tuple[str, str]]:
    """Active parts as (id, "Name · reference"); ``keep`` is added when it is not among them."""
    rows = stock.parts(ctx.db, limit=10_000)
    if keep and all(r["id"] != keep for r in rows):
        rows.append(stock.find_product(ctx.db, keep))
    return [(r["id"], f"{r['name']} · {r['sku']}" if r.get("sku") else r["name"]) for r in rows]


def follow_part(part: ChoiceField, product_id: str | None, show: Callable[[], None]) -> None:
    """A dialog's part menu: on ``product_id`` when given; ``show`` what concerns the part now and at each choice."""
    if product_id:
        part.set_value(product_id)
    part.currentIndexChanged.connect(lambda _i: show())
    show()


# --------------------------------------------------------------------------- dialogs


class LocationDialog(QDialog):
    """A new warehouse or van, or another name (and technician) for one."""

    saved = Signal(str)

    def __init__(self, ctx: Context, kind: str, location: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.location_id = location["id"] if location else None
        titles = {("warehouse", False): self.tr("New warehouse"), ("van", False): self.tr("New van"),
                  ("warehouse", True): self.tr("Rename the warehouse"), ("van", True): self.tr("Rename the van")}
        self.setWindowTitle(titles[(kind, location is not None)])
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.form, section = dialog_form(self)
        hint = self.tr("Van of Anna") if kind == "van" else self.tr("Main warehouse")
        self.form.add_field(section, "name", self.tr("Name"), LineField(120, hint))
        if kind == "van":
            techs = [(t.id, t.name) for t in technicians.list_technicians(ctx.db, include_inactive=True)]
            self.form.add_field(section, "technician_id", self.tr("Technician"), ChoiceField(techs))
        self.form.finish()
        layout.addWidget(self.form)
        self.message, self.ok_button = dialog_buttons(self, layout, self.tr("Save") if location else self.tr("Create"),
                                                      self.confirm)
        self.form.set_values(location or {})

    def confirm(self) -> bool:
        values = {**self.form.values(), "kind": self.kind}
        return save_and_accept(self, self.form, self.message,
                               lambda: stock.save_location(self.ctx, values, self.location_id), self.saved)


class MovementDialog(QDialog):
    """Receive, transfer, correct after a count, or give back: one small form each."""

    #: The movement was written: (action, product id).
    done = Signal(str, str)

    def __init__(self, ctx: Context, action: str, location: dict[str, Any], product_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert action in ACTIONS
        self.ctx = ctx
        self.action = action
        self.location = location
        name = location["name"]
        titles = {"receive": self.tr("Receive parts"), "transfer": self.tr("Transfer parts"),
                  "correct": self.tr("Correct after a count"), "give_back": self.tr("Give back to the warehouse")}
        intros = {
            "receive": self.tr("Parts delivered by a supplier into {place}.").format(place=name),
            "transfer": self.tr("Parts leaving {place} for another location. Never more than is there.").format(
                place=name),
            "correct": self.tr("Write what you counted in {place}: the level becomes that count and the parts "
                               "used beyond the stock are no longer flagged.").format(place=name),
            "give_back": self.tr("Parts going back from {place} to a warehouse.").format(place=name),
        }
        self.setWindowTitle(titles[action])
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(intros[action], self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form, section = dialog_form(self)
        self.part = self.form.add_field(section, "product_id", self.tr("Part"),
                                        ChoiceField(part_choices(ctx, product_id), allow_empty=False))
        self.held = QLabel(self)
        self.held.setStyleSheet(f"color: {MUTED_COLOR};")
        section.addRow(QLabel(self), self.held)
        self.target: ChoiceField | None = None
        if action in ("transfer", "give_back"):
            kind = "warehouse" if action == "give_back" else None
            places = [(r["id"], location_text(r)) for r in stock.locations(ctx.db, kind) if r["id"] != location["id"]]
            self.target = self.form.add_field(section, "to_location_id", self.tr("To"),
                                              ChoiceField(places, allow_empty=False))
        key = "counted" if action == "correct" else "quantity"
        self.quantity = self.form.add_field(section, key, self.tr("Counted") if action == "correct"
                                            else self.tr("Quantity"), SuffixField("", 90))
        self.form.add_field(section, "note", self.tr("Note"), LineField(500))
        self.form.finish()
        layout.addWidget(self.form)
        oks = {"receive": self.tr("Receive"), "transfer": self.tr("Transfer"), "correct": self.tr("Correct"),
               "give_back": self.tr("Give back")}
        self.message, self.ok_button = dialog_buttons(self, layout, oks[action], self.confirm)
        follow_part(self.part, product_id, self._show_held)
        self.quantity.focus_widget().setFocus()

    def _show_held(self) -> None:
        product = self.part.value()
        if not product:
            self.held.setText(self.tr("No part yet: add parts on the Parts tab."))
            return
        held = stock.level(self.ctx.db, self.location["id"], product)
        self.held.setText(self.tr("{place} holds {n}.").format(place=self.location["name"], n=held))

    def confirm(self) -> bool:
        self.message.hide()
        values = self.form.values()
        product, note, here = values["product_id"], values["note"], self.location["id"]

        def write() -> object:
            if self.action == "receive":
                return stock.receive(self.ctx, product, here, values["quantity"], note)
            if self.action == "transfer":
                return stock.transfer(self.ctx, product, here, values["to_location_id"], values["quantity"], note)
            if self.action == "correct":
                return stock.correct(self.ctx, product, here, values["counted"], note)
            return stock.give_back(self.ctx, product, values["to_location_id"], values["quantity"],
                                   from_location_id=here, note=note)

        if not write_or_explain(self.form, shown(self.message), write):
            return False
        self.done.emit(self.action, product)
        self.accept()
        return True


class MinimumDialog(QDialog):
    """A location's minimum of a part and the level to fill up to when restocking."""

    saved = Signal(str)

    def __init__(self, ctx: Context, location: dict[str, Any], product_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.location = location
        self.setWindowTitle(self.tr("Minimum in {place}").format(place=location["name"]))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Below the minimum, the part is listed under To restock, with how many bring it "
                               "back to the level to fill to (or to the minimum)."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form, section = dialog_form(self)
        self.part = self.form.add_field(section, "product_id", self.tr("Part"),
                                        ChoiceField(part_choices(ctx, product_id), allow_empty=False))
        self.minimum = self.form.add_field(section, "min_quantity", self.tr("Minimum"), SuffixField("", 90))
        self.target = self.form.add_field(section, "target_quantity", self.tr("Fill to"), SuffixField("", 90))
        self.form.finish()
        layout.addWidget(self.form)
        self.message, self.ok_button = dialog_buttons(self, layout, self.tr("Save"), self.confirm)
        follow_part(self.part, product_id, self._load)
        self.minimum.focus_widget().setFocus()

    def _load(self) -> None:
        product = self.part.value()
        row = next((r for r in stock.levels(self.ctx.db, self.location["id"]) if r["product_id"] == product), None)
        self.minimum.set_value(row.get("min_quantity") if row else None)
        self.target.set_value(row.get("target_quantity") if row else None)

    def confirm(self) -> bool:
        self.message.hide()
        values = self.form.values()
        product = values["product_id"]
        if not write_or_explain(self.form, shown(self.message), lambda: stock.set_minimum(
                self.ctx, self.location["id"], product, values["min_quantity"], values["target_quantity"])):
            return False
        self.saved.emit(product)
        self.accept()
        return True


# --------------------------------------------------------------------------- the page


class StockView(QWidget):
    """Locations with their levels and movements; restocking, corrections, loading vans; parts."""

    #: A record to open: ("intervention", id) when a movement of an intervention is double-clicked.
    open_record = Signal(str, str)

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, bridge: ChangeBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = shop_zone(ctx)
        self.dialog: QDialog | None = None
        self.location_id: str | None = None
        self.can_stock = permissions.allowed(ctx.user.role, Perm.STOCK_WRITE)
        self.can_return = permissions.allowed(ctx.user.role, Perm.INTERVENTION_WRITE)
        if bridge is None:
            bridge = ChangeBridge(ctx.changes, self)
        self._bridge = bridge

        self.pages = QTabWidget(self)
        self.pages.setObjectName("stockPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._build_locations(), self.tr("Locations"))
        self.pages.addTab(self._build_restock(), self.tr("To restock"))
        self.pages.addTab(self._build_corrections(), self.tr("To correct"))
        self.pages.addTab(self._build_loading(), self.tr("Load for tomorrow"))
        self.parts = PartsPanel(ctx, self)
        self.parts.changed.connect(lambda _id: self.refresh())
        self.pages.addTab(self.parts, self.tr("Parts"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Stock")))
        layout.addWidget(self.pages, 1)
        self.changes = ChangeCoalescer(bridge, self.refresh, STOCK_TABLES, parent=self, widget=self)
        self.refresh()

    # --- building ----------------------------------------------------------------------

    def _build_locations(self) -> QWidget:
        page = QWidget(self)
        self.locations_model = RowsModel([
            Column(self.tr("Location"), lambda r: r["name"]),
            Column(self.tr("Kind"), lambda r: core_tr(LOCATION_KINDS.get(r["kind"], r["kind"]))),
            Column(self.tr("Technician"), lambda r: r.get("technician_name") or ""),
        ], self)
        self.locations_table = rows_table(self.locations_model, page, stretch=0)
        self.locations_table.setObjectName("stockLocations")
        self.locations_table.selectionModel().currentRowChanged.connect(self._location_chosen)
        self.new_warehouse_button = QPushButton(self.tr("New warehouse…"), page)
        self.new_warehouse_button.clicked.connect(lambda: self.new_location("warehouse"))
        self.new_van_button = QPushButton(self.tr("New van…"), page)
        self.new_van_button.clicked.connect(lambda: self.new_location("van"))
        self.rename_button = QPushButton(self.tr("Rename…"), page)
        self.rename_button.clicked.connect(lambda: self.rename_location())
        left = QWidget(page)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.locations_table, 1)
        location_buttons = QHBoxLayout()
        for button in (self.new_warehouse_button, self.new_van_button, self.rename_button):
            button.setAutoDefault(False)
            location_buttons.addWidget(button)
        location_buttons.addStretch(1)
        left_box.addLayout(location_buttons)

        self.location_title = heading("", 1.25, page)
        self.location_title.setObjectName("locationTitle")
        self.location_subtitle = QLabel(page)
        self.location_subtitle.setStyleSheet(f"color: {MUTED_COLOR};")
        self.action_buttons: dict[str, QPushButton] = {}
        texts = {"receive": self.tr("Receive parts…"), "transfer": self.tr("Transfer…"),
                 "correct": self.tr("Correct after a count…"), "give_back": self.tr("Give back to the warehouse…")}
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for action in ACTIONS:
            button = QPushButton(texts[action], page)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=action: self.open_action(a))
            self.action_buttons[action] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.minimum_button = QPushButton(self.tr("Minimum…"), page)
        self.minimum_button.setAutoDefault(False)
        self.minimum_button.setToolTip(self.tr("The minimum of the chosen part here, and the level to fill to"))
        self.minimum_button.clicked.connect(lambda: self.edit_minimum())  # the chosen part, else the first
        actions.addWidget(self.minimum_button)
        self.message = error_label(page)

        def quantity_color(row: dict[str, Any]) -> str | None:
            return LATE_COLOR if row["quantity"] < 0 else None

        def below(row: dict[str, Any]) -> str | None:
            low = row.get("min_quantity") is not None and row["quantity"] < row["min_quantity"]
            return BELOW_MINIMUM if low else None

        self.levels_model = RowsModel([
            Column(self.tr("Part"), lambda r: r["name"]),
            Column(self.tr("Reference"), lambda r: r.get("sku") or ""),
            Column(self.tr("Quantity"), lambda r: str(r["quantity"]), True, quantity_color),
            Column(self.tr("Minimum"), lambda r: count_text(r.get("min_quantity")), True),
            Column(self.tr("Fill to"), lambda r: count_text(r.get("target_quantity")), True),
        ], self, background=below)
        self.levels_table = rows_table(self.levels_model, page)
        self.levels_table.setObjectName("stockLevels")
        self.levels_table.doubleClicked.connect(self._level_activated)
        self.levels_empty, self.levels_pages = empty_state_pages(self.levels_table)

        self.movements_model = RowsModel([
            Column(self.tr("Date"), lambda r: shop_time_text(r["at"], self.zone)),
            Column(self.tr("Kind"), lambda r: core_tr(MOVEMENT_KINDS.get(r["kind"], r["kind"]))),
            Column(self.tr("Part"), lambda r: r["product_name"]),
            Column(self.tr("From → To"), self._route),
            Column(self.tr("Quantity"), self._signed, True, self._signed_color),
            Column(self.tr("Who"), lambda r: r.get("user_name") or ""),
            Column(self.tr("Intervention"), lambda r: r.get("intervention_number") or ""),
            Column("⚑", lambda r: "⚑" if r.get("flagged") else "", color=lambda _r: LATE_COLOR,
                   tip=lambda r: self.tr("Used beyond what the van held: count and correct") if r.get("flagged")
                   else ""),
        ], self)
        self.movements_table = rows_table(self.movements_model, page, stretch=3)
        self.movements_table.setObjectName("stockMovements")
        self.movements_table.doubleClicked.connect(self._movement_activated)

        self.detail_tabs = QTabWidget(page)
        self.detail_tabs.addTab(self.levels_pages, self.tr("Levels"))
        self.detail_tabs.addTab(self.movements_table, self.tr("Movements"))
        right = QWidget(page)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(8, 0, 0, 0)
        right_box.addWidget(self.location_title)
        right_box.addWidget(self.location_subtitle)
        right_box.addLayout(actions)
        right_box.addWidget(self.message)
        right_box.addWidget(self.detail_tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([330, 800])
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(splitter)
        return page

    def _build_restock(self) -> QWidget:
        page = QWidget(self)
        self.restock_model = RowsModel([
            Column(self.tr("Location"), lambda r: r.location_name),
            Column(self.tr("Part"), lambda r: r.product_name),
            Column(self.tr("Reference"), lambda r: r.sku or ""),
            Column(self.tr("Level"), lambda r: str(r.quantity), True,
                   lambda r: LATE_COLOR if r.quantity < 0 else None),
            Column(self.tr("Minimum"), lambda r: str(r.minimum), True),
            Column(self.tr("To add"), lambda r: str(r.to_add), True),
        ], self)
        self.restock_table = rows_table(self.restock_model, page, stretch=1)
        self.restock_table.setObjectName("restockTable")
        self.restock_empty, self.restock_pages = empty_state_pages(self.restock_table)
        self.restock_empty.setText(self.tr("Every part is at or above its minimum."))
        return self._page(page, self.tr("Parts below their minimum, and how many bring them back to the level to "
                                         "fill to. Set minimums on the Locations tab (Minimum…)."), self.restock_pages)

    def _build_corrections(self) -> QWidget:
        page = QWidget(self)
        self.corrections_model = RowsModel([
            Column(self.tr("Location"), lambda r: r["location_name"]),
            Column(self.tr("Part"), lambda r: r["product_name"]),
            Column(self.tr("Level"), lambda r: str(r["quantity"]), True,
                   lambda r: LATE_COLOR if r["quantity"] < 0 else None),
            Column(self.tr("Used beyond stock"), lambda r: str(r["flagged"] or ""), True),
            Column(self.tr("Count overtaken"), lambda r: "" if r.get("counted") is None else str(r["counted"]), True),
            Column("", lambda _r: ""),
        ], self)
        self.corrections_table = rows_table(self.corrections_model, page, stretch=1)
        self.corrections_table.setObjectName("correctionsTable")
        self.corrections_table.verticalHeader().setDefaultSectionSize(
            self.corrections_table.fontMetrics().height() + 16)
        self.corrections_empty, self.corrections_pages = empty_state_pages(self.corrections_table)
        self.corrections_empty.setText(self.tr("No level below zero and no part used beyond the stock."))
        self.correct_buttons: list[QPushButton] = []
        return self._page(page, self.tr("Levels below zero and parts fitted beyond what the van held: count them "
                                        "and write what is really there."), self.corrections_pages)

    def _build_loading(self) -> QWidget:
        page = QWidget(self)
        self.load_technician = QComboBox(page)
        self.load_technician.setObjectName("loadTechnician")
        self.load_technician.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.load_day = QDateEdit(page)
        self.load_day.setObjectName("loadDay")
        self.load_day.setCalendarPopup(True)
        self._load_default = shop_today(self.ctx) + timedelta(days=1)
        self.load_day.setDate(QDate(self._load_default.year, self._load_default.month, self._load_default.day))
        self.load_van_label = QLabel(page)
        self.load_van_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.load_model = RowsModel([
            Column(self.tr("Part"), lambda r: r.product_name),
            Column(self.tr("Reference"), lambda r: r.sku or ""),
            Column(self.tr("Needed"), lambda r: str(r.needed), True),
            Column(self.tr("In the van"), lambda r: str(r.in_van), True),
            Column(self.tr("To load"), lambda r: str(r.to_load), True,
                   lambda r: LATE_COLOR if r.to_load else OK_COLOR),
            Column(self.tr("For"), lambda r: ", ".join(r.interventions)),
        ], self)
        self.load_table = rows_table(self.load_model, page, stretch=5)
        self.load_table.setObjectName("loadTable")
        self.load_empty, self.load_pages = empty_state_pages(self.load_table)
        self.load_warehouse = QComboBox(page)
        self.load_warehouse.setObjectName("loadWarehouse")
        self.load_warehouse.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.load_button = QPushButton(self.tr("Transfer from warehouse"), page)
        self.load_button.setAutoDefault(False)
        self.load_button.clicked.connect(lambda: self.load_van())
        self.load_message = QLabel(page)
        self.load_message.setWordWrap(True)
        self.load_message.hide()

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Technician"), page))
        choose.addWidget(self.load_technician)
        choose.addSpacing(12)
        choose.addWidget(QLabel(self.tr("Day"), page))
        choose.addWidget(self.load_day)
        choose.addSpacing(12)
        choose.addWidget(self.load_van_label, 1)
        transfer = QFormLayout()
        transfer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.load_warehouse)
        row.addWidget(self.load_button)
        row.addStretch(1)
        transfer.addRow(self.tr("From"), row)
        transfer.addRow("", self.load_message)
        body = QWidget(page)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(choose)
        inner.addWidget(self.load_pages, 1)
        inner.addLayout(transfer)
        self.load_technician.currentIndexChanged.connect(lambda _i: self._refresh_loading())
        self.load_day.dateChanged.connect(lambda _d: self._refresh_loading())
        return self._page(page, self.tr("What each technician should load for a day's planned interventions: the "
                                        "parts to bring, less what the van already holds."), body)

    def _page(self, page: QWidget, hint: str, body: QWidget) -> QWidget:
        label = QLabel(hint, page)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {MUTED_COLOR};")
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(label)
        box.addWidget(body, 1)
        return page

    # --- texts -------------------------------------------------------------------------

    def _route(self, row: dict[str, Any]) -> str:
        """Where the parts came from and went: a receipt from the supplier, a use to the customer."""
        outside = {"receipt": self.tr("supplier"), "use": self.tr("customer"), "return": self.tr("customer"),
                   "correction": self.tr("count")}
        source = row.get("from_name") or outside.get(row["kind"], "—")
        target = row.get("to_name") or outside.get(row["kind"], "—")
        return f"{source} → {target}"

    def _signed(self, row: dict[str, Any]) -> str:
        quantity = int(row["quantity"])
        if row.get("to_location_id") == self.location_id and row.get("from_location_id") != self.location_id:
            return f"+{quantity}"
        if row.get("from_location_id") == self.location_id:
            return f"−{quantity}"
        return str(quantity)

    def _signed_color(self, row: dict[str, Any]) -> str | None:
        return LATE_COLOR if self._signed(row).startswith("−") else None

    # --- reading -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """A view left open overnight: "tomorrow" moves on, unless someone chose another day."""
        tomorrow = shop_today(self.ctx) + timedelta(days=1)
        if tomorrow != self._load_default and self.load_date() == self._load_default:
            self._load_default = tomorrow
            self.load_day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        super().showEvent(event)

    def refresh(self) -> None:
        """Read everything again (after a write here, or a change announced elsewhere)."""
        rows = stock.locations(self.ctx.db)
        self.locations_model.set_rows(rows)
        ids = [r["id"] for r in rows]
        if self.location_id not in ids:
            self.location_id = ids[0] if ids else None
        if self.location_id:
            self.locations_table.selectRow(ids.index(self.location_id))
        self._show_location()
        self._refresh_restock()
        self._refresh_corrections()
        self._refresh_load_choices()
        self._refresh_loading()
        self.parts.refresh()

    def location(self) -> dict[str, Any] | None:
        return next((r for r in self.locations_model.rows if r["id"] == self.location_id), None)

    def _location_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.locations_model.row_at(current.row()) if current.isValid() else None
        if row is not None and row["id"] != self.location_id:
            self.location_id = row["id"]
            self.message.hide()
            self._show_location()

    def select_location(self, location_id: str) -> None:
        for number, row in enumerate(self.locations_model.rows):
            if row["id"] == location_id:
                self.locations_table.selectRow(number)
                return

    def _show_location(self) -> None:
        row = self.location()
        if row is None:
            self.location_title.setText(self.tr("No stock location yet"))
            self.location_subtitle.setText(self.tr("Create a warehouse, then a van for each technician."))
            self.levels_model.set_rows([])
            self.movements_model.set_rows([])
        else:
            self.location_title.setText(row["name"])
            kind = core_tr(LOCATION_KINDS.get(row["kind"], row["kind"]))
            self.location_subtitle.setText(
                self.tr("{kind} of {technician}").format(kind=kind, technician=row["technician_name"])
                if row.get("technician_name") else kind)
            part = self.selected_part()
            self.levels_model.set_rows(stock.levels(self.ctx.db, row["id"]))
            self.movements_model.set_rows(stock.movements(self.ctx.db, location_id=row["id"]))
            parts = [r["product_id"] for r in self.levels_model.rows]
            if part in parts:  # the same part stays chosen after a write
                self.levels_table.selectRow(parts.index(part))
        self.levels_empty.setText(
            self.tr("Nothing here yet: receive parts, or transfer some from another location.") if row is not None
            else self.tr("Levels and movements appear here once a location is chosen."))
        self.levels_pages.setCurrentIndex(0 if self.levels_model.rowCount() else 1)
        here = row is not None
        for action, button in self.action_buttons.items():
            allowed = self.can_return if action == "give_back" else self.can_stock
            button.setEnabled(here and allowed and (action != "give_back" or row["kind"] == "van"))
        self.action_buttons["give_back"].setVisible(row is None or row["kind"] == "van")
        self.minimum_button.setEnabled(here and self.can_stock)
        self.rename_button.setEnabled(here and self.can_stock)
        self.new_warehouse_button.setEnabled(self.can_stock)
        self.new_van_button.setEnabled(self.can_stock)

    def _refresh_restock(self) -> None:
        self.restock_model.set_rows(stock.restock(self.ctx.db))
        self.restock_pages.setCurrentIndex(0 if self.restock_model.rowCount() else 1)

    def _refresh_corrections(self) -> None:
        self.corrections_model.set_rows(stock.needs_correction(self.ctx.db))
        self.correct_buttons = []
        for number, row in enumerate(self.corrections_model.rows):
            button = QPushButton(self.tr("Correct…"), self.corrections_table)
            button.setAutoDefault(False)
            button.setEnabled(self.can_stock)
            button.clicked.connect(lambda _checked=False, r=row: self.correct_line(r))
            self.corrections_table.setIndexWidget(self.corrections_model.index(number, 5), button)
            self.correct_buttons.append(button)
        self.corrections_pages.setCurrentIndex(0 if self.corrections_model.rowCount() else 1)

    def _refresh_load_choices(self) -> None:
        for combo, items in (
            (self.load_technician, [(t.name, t.id) for t in technicians.list_technicians(self.ctx.db)]),
            (self.load_warehouse, [(r["name"], r["id"]) for r in stock.locations(self.ctx.db, "warehouse")]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(found if found >= 0 else (0 if items else -1))
            combo.blockSignals(False)

    def load_date(self) -> date:
        day = self.load_day.date()
        return date(day.year(), day.month(), day.day())

    def _refresh_loading(self) -> None:
        tech = self.load_technician.currentData()
        lines = stock.load_list(self.ctx.db, tech, self.load_date()) if tech else []
        self.load_model.set_rows(lines)
        van = stock.van_of(self.ctx.db, tech) if tech else None
        if not tech:
            self.load_van_label.setText(self.tr("No technician yet."))
        elif van is None:
            self.load_van_label.setText(self.tr("This technician has no van: give them one on the Technicians page."))
        else:
            name = stock.get_location(self.ctx.db, van)["name"]
            self.load_van_label.setText(self.tr("Van: {name}").format(name=name))
        self.load_empty.setText(self.tr("No part to bring for the interventions planned that day."))
        self.load_pages.setCurrentIndex(0 if lines else 1)
        missing = any(line.to_load for line in lines)
        self.load_button.setEnabled(self.can_stock and missing and van is not None
                                    and self.load_warehouse.currentData() is not None)

    # --- actions -------------------------------------------------------------------------

    def selected_part(self) -> str | None:
        index = self.levels_table.currentIndex()
        row = self.levels_model.row_at(index.row()) if index.isValid() else None
        return row["product_id"] if row else None

    def open_action(self, action: str, product_id: str | None = None) -> MovementDialog | None:
        location = self.location()
        if location is None:
            return None
        dialog = MovementDialog(self.ctx, action, location, product_id or self.selected_part(), self)
        dialog.done.connect(lambda *_args: self._written())
        open_kept(self, dialog)
        return dialog

    def correct_line(self, row: dict[str, Any]) -> MovementDialog | None:
        """The Correct… button of a line of To correct: the count of that part in that place."""
        self.location_id = row["location_id"]
        self.select_location(row["location_id"])
        self._show_location()
        return self.open_action("correct", row["product_id"])

    def _level_activated(self, index: QModelIndex) -> None:
        row = self.levels_model.row_at(index.row())
        if row is not None:
            self.edit_minimum(row["product_id"])

    def _movement_activated(self, index: QModelIndex) -> None:
        """A movement of an intervention (parts used on site, returned) opens that intervention."""
        row = self.movements_model.row_at(index.row())
        if row is not None and row.get("intervention_id"):
            self.open_record.emit("intervention", row["intervention_id"])

    def edit_minimum(self, product_id: str | None = None) -> MinimumDialog | None:
        location = self.location()
        if location is None or not self.can_stock:
            return None
        dialog = MinimumDialog(self.ctx, location, product_id or self.selected_part(), self)
        dialog.saved.connect(lambda _product: self._written())
        open_kept(self, dialog)
        return dialog

    def new_location(self, kind: str) -> LocationDialog:
        dialog = LocationDialog(self.ctx, kind, None, self)
        dialog.saved.connect(self._location_saved)
        open_kept(self, dialog)
        return dialog

    def rename_location(self) -> LocationDialog | None:
        location = self.location()
        if location is None:
            return None
        dialog = LocationDialog(self.ctx, location["kind"], location, self)
        dialog.saved.connect(self._location_saved)
        open_kept(self, dialog)
        return dialog

    def _location_saved(self, location_id: str) -> None:
        self.location_id = location_id
        self._written()

    def _written(self) -> None:
        self.message.hide()
        self.refresh()

    def load_van(self) -> list[str]:
        """Transfer what is missing for the chosen day from the chosen warehouse, in one go."""
        tech, warehouse = self.load_technician.currentData(), self.load_warehouse.currentData()
        self.load_message.hide()
        try:
            written = stock.load_van(self.ctx, tech, self.load_date(), warehouse)
        except ValidationError as exc:
            self._say(" ".join(render(message) for message in exc.errors.values()), LATE_COLOR)
            return []
        except CrmError as exc:
            self._say(error_text(exc), LATE_COLOR)
            return []
        self.refresh()
        self._say(self.tr("Transfers written: {n}. The van now holds what the day needs.").format(n=len(written)),
                  OK_COLOR)
        return written

    def _say(self, text: str, color: str) -> None:
        self.load_message.setStyleSheet(f"color: {color};")
        self.load_message.setText(text)
        self.load_message.show()
