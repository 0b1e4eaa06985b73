"""Conflicts: fields that two computers changed before they synced.

Sync keeps every concurrent value (nothing typed is lost) and shows one of them;
this view lists those fields, shows every value with who wrote it, when and on which
computer, and lets the user keep one or type a new one. Either is an ordinary write
(``sync.conflicts.resolve`` or core's update) that supersedes all the values, so the
other computers drop the conflict at their next sync.

The list is a small table model (a few conflicts, never thousands to page); the
panel beside it shows the selected conflict. Double-clicking a row opens the record.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import companies, people, records
from crm_desktop.core.choices import CONSENT_CHANNELS, CONSENT_STATES, PERSON_LANGUAGES, SOURCES, STAGES
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, NotFound, ValidationError
from crm_desktop.core.field_choices import FOLLOW_UPS, LOCATION_KINDS, MOVEMENT_KINDS
from crm_desktop.core.field_choices import KINDS as INTERVENTION_KINDS
from crm_desktop.core.field_choices import STATUSES as INTERVENTION_STATUSES
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_choices import BILLING, COST_KINDS
from crm_desktop.core.users import get_user
from crm_desktop.core.validation import display_phone
from crm_desktop.sync import conflicts as sync_conflicts
from crm_desktop.sync.conflicts import Conflict, ConflictValue
from crm_desktop.sync.site import current as current_site
from crm_desktop.ui.bridge import ChangeBridge, ChangeCoalescer
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.intervention_format import shop_time_text, shop_zone
from crm_desktop.ui.record_form import MUTED_COLOR, format_cents, money_for_core
from crm_desktop.ui.support_format import date_text, minutes_text
from crm_desktop.ui.widgets import read_only_rows

KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
MUTED = f"color: {MUTED_COLOR};"
ERROR_STYLE = "color: #b00020;"
# Tables whose records open in a detail view, and the kind the main window knows.
KINDS = {"people": "person", "companies": "company", "interventions": "intervention"}
CORE = {"people": people, "companies": companies}
# Columns whose new value cannot sensibly be typed (a choice, a link, structured data):
# keep one of the values, or open the record to choose another.
NOT_TYPED = frozenset({"company_id", "owner_id", "stage", "language", "source", "consent", "custom"})
# Stored column -> the input key core's update takes for it.
INPUT_KEYS = {"credit_limit_cents": "credit_limit"}
USER_COLUMNS = frozenset({"owner_id", "user_id", "created_by", "updated_by", "deleted_by", "technician_id"})
LIST_COLUMNS = frozenset({"tags", "interests", "skills"})
#: Stored UTC times, shown in the shop's time zone; and plain dates.
TIME_COLUMNS = frozenset({"planned_start", "planned_end", "arrived_at", "departed_at", "signed_at", "completed_at",
                          "starts_at", "ends_at", "at", "occurred_at"})
DATE_COLUMNS = frozenset({"due_on", "starts_on", "ends_on"})
YES_NO_COLUMNS = frozenset({"active", "is_part", "flagged"})
#: Columns holding the id of another record: (its table, the column that names it).
REFERENCES = {
    "product_id": ("products", "name"), "location_id": ("stock_locations", "name"),
    "from_location_id": ("stock_locations", "name"), "to_location_id": ("stock_locations", "name"),
    "van_location_id": ("stock_locations", "name"), "intervention_id": ("interventions", "number"),
    "ticket_id": ("tickets", "number"), "plan_id": ("maintenance_plans", "subject"),
}
#: Rows that belong to an intervention: their conflicts are named after it.
INTERVENTION_PARTS = frozenset({"intervention_technicians", "intervention_parts", "intervention_costs"})
#: Field-service tables whose records ConflictTexts.field_record names.
FIELD_NAMES = frozenset({"interventions", "technicians", "absences", "products", "stock_locations", "stock_minimums",
                         "stock_movements", "maintenance_plans", *INTERVENTION_PARTS})
#: Choices whose keys depend on the table: (table, column) -> core's labels.
TABLE_CHOICES = {
    ("interventions", "status"): INTERVENTION_STATUSES, ("interventions", "kind"): INTERVENTION_KINDS,
    ("maintenance_plans", "kind"): INTERVENTION_KINDS, ("interventions", "follow_up"): FOLLOW_UPS,
    ("stock_locations", "kind"): LOCATION_KINDS, ("stock_movements", "kind"): MOVEMENT_KINDS,
    ("intervention_costs", "kind"): COST_KINDS,
    ("intervention_costs", "billing"): BILLING,
}

Key = tuple[str, str, str]


@dataclass(frozen=True)
class ConflictRow:
    """One conflict as the list shows it."""

    conflict: Conflict
    record: str
    field: str
    kind: str | None  # person, company, or None when it has no detail view
    deleted: bool

    @property
    def key(self) -> Key:
        return (self.conflict.table, self.conflict.row_id, self.conflict.column)

    def shown(self) -> ConflictValue | None:
        return next((v for v in self.conflict.values if v.shown), None)


class ConflictTexts(QObject):
    """Readable names and values for conflicts (labels of fields, records, values)."""

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._users: dict[str, str] = {}
        self._companies: dict[str, str] = {}

    def forget(self) -> None:
        self._users.clear()
        self._companies.clear()

    def field_labels(self) -> dict[str, str]:
        return {
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"), "title": self.tr("Job title"),
            "company_id": self.tr("Company"), "email": self.tr("E-mail"), "email2": self.tr("Other e-mail"),
            "phone": self.tr("Phone"), "mobile": self.tr("Mobile"), "street": self.tr("Street"),
            "postcode": self.tr("Postcode"), "city": self.tr("City"), "country": self.tr("Country"),
            "language": self.tr("Language"), "stage": self.tr("Stage"), "owner_id": self.tr("Owner"),
            "source": self.tr("Source"), "interests": self.tr("Interests"), "consent": self.tr("Consent"),
            "credit_limit_cents": self.tr("Credit limit"), "payment_terms_days": self.tr("Payment terms"),
            "birthday": self.tr("Birthday"), "tags": self.tr("Tags"), "notes": self.tr("Notes"),
            "custom": self.tr("Custom fields"), "name": self.tr("Name"), "vat": self.tr("VAT number"),
            "website": self.tr("Web site"), "industry": self.tr("Industry"), "role": self.tr("Role"),
            "active": self.tr("Active"), "cost_per_hour_cents": self.tr("Cost per hour"),
            # Field service.
            "skills": self.tr("Skills"), "hours": self.tr("Working hours"), "home_base": self.tr("Home base"),
            "van_location_id": self.tr("Van"), "color": self.tr("Colour"), "technician_id": self.tr("Technician"),
            "starts_at": self.tr("From"), "ends_at": self.tr("Until"), "reason": self.tr("Reason"),
            "sku": self.tr("Reference"), "description": self.tr("Description"), "unit": self.tr("Unit"),
            "is_part": self.tr("Spare part"), "cost_cents": self.tr("Cost"), "price_cents": self.tr("Price"),
            "kind": self.tr("Kind"), "product_id": self.tr("Product"), "from_location_id": self.tr("From"),
            "to_location_id": self.tr("To"), "quantity": self.tr("Quantity"), "at": self.tr("Time"),
            "user_id": self.tr("User"), "intervention_id": self.tr("Intervention"), "flagged": self.tr("To check"),
            "note": self.tr("Note"), "location_id": self.tr("Place"), "min_quantity": self.tr("Minimum"),
            "target_quantity": self.tr("Restock to"), "number": self.tr("Number"), "person_id": self.tr("Person"),
            "ticket_id": self.tr("Ticket"), "plan_id": self.tr("Maintenance plan"), "status": self.tr("Status"),
            "subject": self.tr("Subject"), "instructions": self.tr("Instructions"),
            "site_contact": self.tr("Contact on site"), "site_phone": self.tr("Phone on site"),
            "planned_start": self.tr("Planned start"), "planned_end": self.tr("Planned end"),
            "duration_minutes": self.tr("Duration"), "due_on": self.tr("Due on"), "arrived_at": self.tr("Arrived"),
            "departed_at": self.tr("Left"), "work_done": self.tr("Work done"), "km": self.tr("Distance"),
            "checklist": self.tr("Checklist"), "follow_up": self.tr("Follow-up"),
            "follow_up_note": self.tr("Follow-up note"), "signed_by": self.tr("Signed by"),
            "signed_at": self.tr("Signed on"), "signature_id": self.tr("Signature"),
            "completed_at": self.tr("Completed"), "occurred_at": self.tr("Time"), "minutes": self.tr("Minutes"),
            "unit_cost_cents": self.tr("Unit cost"), "unit_price_cents": self.tr("Unit price"),
            "billing": self.tr("Billing"), "contract_id": self.tr("Contract"), "every_months": self.tr("Every"),
            "starts_on": self.tr("Starts on"), "ends_on": self.tr("Ends on"),
        }

    def table_labels(self) -> dict[tuple[str, str], str]:
        """Labels of columns whose meaning depends on the table."""
        return {
            ("interventions", "kind"): self.tr("Type of job"), ("maintenance_plans", "kind"): self.tr("Type of job"),
            ("stock_locations", "kind"): self.tr("Kind of place"), ("stock_movements", "kind"): self.tr("Movement"),
            ("intervention_costs", "kind"): self.tr("Cost line"), ("products", "name"): self.tr("Product name"),
            ("stock_locations", "name"): self.tr("Place name"), ("stock_locations", "technician_id"):
            self.tr("Van of"), ("intervention_costs", "description"): self.tr("Line"),
        }

    def setting_labels(self) -> dict[str, str]:
        return {
            "business.name": self.tr("Business name"), "business.street": self.tr("Street"),
            "business.postcode": self.tr("Postcode"), "business.city": self.tr("City"),
            "business.country": self.tr("Country"), "business.vat": self.tr("VAT number"),
            "business.logo_sha256": self.tr("Logo"), "business.currency": self.tr("Currency"),
            "business.phone_region": self.tr("Default phone region"),
        }

    def field(self, table: str, row_id: str, column: str) -> str:
        if table == "settings":
            return self.setting_labels().get(row_id, row_id)
        label = self.table_labels().get((table, column)) or self.field_labels().get(column)
        if label:
            return label
        readable = column.removesuffix("_id").removesuffix("_cents").replace("_", " ").strip()
        return readable[:1].upper() + readable[1:]

    def record(self, table: str, row_id: str) -> tuple[str, bool]:
        """The record's name, and whether it is in the trash."""
        try:
            if table in CORE:
                row = CORE[table].get(self.ctx, row_id, include_deleted=True)
                name = people.display_name(row) if table == "people" else str(row.get("name") or "")
                return name or self.tr("(no name)"), bool(row.get("deleted_at"))
            if table == "users":
                return get_user(self.ctx.db, row_id).name, False
            if table in FIELD_NAMES:
                return self.field_record(table, row_id)
        except NotFound:
            pass
        if table == "settings":
            return self.tr("Business settings"), False
        return f"{table} {row_id}", False

    def field_record(self, table: str, row_id: str) -> tuple[str, bool]:
        """A field-service record's name: the job's number and subject, a technician's or product's name..."""
        row = records.fetch(self.ctx.db, table, row_id, include_deleted=True)
        deleted = bool(row.get("deleted_at"))
        if table in INTERVENTION_PARTS:
            job = records.fetch(self.ctx.db, "interventions", row["intervention_id"], include_deleted=True)
            detail = (self.user(str(row["technician_id"])) if table == "intervention_technicians"
                      else str(row.get("description") or "") if table == "intervention_costs"
                      else self.reference("product_id", row.get("product_id")))
            name = f"{job['number']} {job.get('subject') or ''}".strip()
            return (f"{name} — {detail}" if detail else name), deleted or bool(job.get("deleted_at"))
        if table == "interventions":
            return f"{row['number']} {row.get('subject') or ''}".strip(), deleted
        if table in ("technicians", "absences"):
            return self.user(str(row["id"] if table == "technicians" else row["technician_id"])), deleted
        if table == "stock_minimums":
            return (f"{self.reference('location_id', row.get('location_id'))} — "
                    f"{self.reference('product_id', row.get('product_id'))}"), deleted
        if table == "stock_movements":
            return self.reference("product_id", row.get("product_id")), deleted
        return str(row.get("name") or row.get("subject") or self.tr("(no name)")), deleted

    def reference(self, column: str, value: Any) -> str:
        """The name of the record a column points to (its id when it cannot be read here)."""
        table, name = REFERENCES[column]
        try:
            return str(records.fetch(self.ctx.db, table, str(value), include_deleted=True).get(name) or value)
        except NotFound:
            return str(value)

    def user(self, user_id: str) -> str:
        if user_id not in self._users:
            try:
                self._users[user_id] = get_user(self.ctx.db, user_id).name
            except NotFound:
                self._users[user_id] = user_id
        return self._users[user_id]

    def company(self, company_id: str) -> str:
        if company_id not in self._companies:
            try:
                self._companies[company_id] = str(companies.get(self.ctx, company_id, include_deleted=True)["name"])
            except NotFound:
                self._companies[company_id] = company_id
        return self._companies[company_id]

    def value(self, table: str, column: str, value: Any) -> str:
        """A stored value as the user would read it ("" for an empty value)."""
        if table == "settings" and isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        if value is None or value == "":
            return ""
        if column in LIST_COLUMNS or column in ("consent", "custom"):
            try:
                value = json.loads(value) if isinstance(value, str) else value
            except ValueError:
                return str(value)
        if column in LIST_COLUMNS and isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if column == "consent" and isinstance(value, dict):
            parts = []
            for channel, entry in value.items():
                entry = entry if isinstance(entry, dict) else {}
                state = core_tr(CONSENT_STATES.get(str(entry.get("status")), str(entry.get("status") or "")))
                details = ", ".join(str(entry[k]) for k in ("date", "source") if entry.get(k))
                text = f"{core_tr(CONSENT_CHANNELS.get(channel, channel))}: {state}"
                parts.append(f"{text} ({details})" if details else text)
            return "; ".join(parts)
        if column == "custom" and isinstance(value, dict):
            return "; ".join(f"{k}: {v}" for k, v in value.items())
        if column == "company_id":
            return self.company(str(value))
        if column in USER_COLUMNS:
            return self.user(str(value))
        field_text = self.field_value(table, column, value)
        if field_text is not None:
            return field_text
        choices = {"stage": STAGES, "source": SOURCES, "language": PERSON_LANGUAGES}.get(column)
        if choices is not None:
            return core_tr(choices.get(str(value), str(value)))
        if column.endswith("_cents") and isinstance(value, int):
            return f"{format_cents(value)} {load_business(self.ctx.db).currency}"
        if column in ("phone", "mobile"):
            return display_phone(str(value))
        if column == "payment_terms_days":
            return self.tr("{n} days").format(n=value)
        if column == "active":
            return self.tr("Yes") if value else self.tr("No")
        return str(value)


    def field_value(self, table: str, column: str, value: Any) -> str | None:
        """Field-service values in words (None: not one of theirs)."""
        choices = TABLE_CHOICES.get((table, column))
        if (table, column) == ("intervention_costs", "kind") and value == "time":
            return self.tr("Time on site")
        if choices is not None:
            return core_tr(choices.get(str(value), str(value)))
        if column in REFERENCES:
            return self.reference(column, value)
        if column in TIME_COLUMNS:
            return shop_time_text(value, shop_zone(self.ctx))
        if column in DATE_COLUMNS:
            return date_text(value, shop_zone(self.ctx))
        if column in YES_NO_COLUMNS:
            return self.tr("Yes") if value else self.tr("No")
        if column in ("duration_minutes", "minutes") and isinstance(value, int):
            return minutes_text(value)
        if column == "km":
            return self.tr("{n} km").format(n=QLocale().toString(float(value), "f", 1))
        if column == "every_months":
            return self.tr("{n} months").format(n=value)
        if column in ("hours", "checklist"):
            try:
                parsed = json.loads(value) if isinstance(value, str) else value
            except ValueError:
                return str(value)
            if column == "hours" and isinstance(parsed, list):
                days = [QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat) for day in range(7)]
                off = self.tr("off")
                return "; ".join(f"{days[n]} {hours or off}" for n, hours in enumerate(parsed[:7]))
            if column == "checklist" and isinstance(parsed, dict):
                return "; ".join(f"{'✓' if done else '✗'} {core_tr(label)}" for label, done in parsed.items())
        return None


class ConflictsModel(QAbstractTableModel):
    """The open conflicts: record, field, the value shown now, how many values."""

    COLUMNS = ("record", "field", "shown", "values")

    def __init__(self, ctx: Context, texts: ConflictTexts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.texts = texts
        self.rows: list[ConflictRow] = []

    def reload(self) -> None:
        """Re-read the conflicts from the sync layer (clears those resolved since)."""
        self.texts.forget()
        found = sync_conflicts.list_all(self.ctx.db)
        rows = []
        for conflict in found:
            record, deleted = self.texts.record(conflict.table, conflict.row_id)
            rows.append(ConflictRow(
                conflict=conflict, record=record,
                field=self.texts.field(conflict.table, conflict.row_id, conflict.column),
                kind=KINDS.get(conflict.table), deleted=deleted,
            ))
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Record"), self.tr("Field"), self.tr("Shown now"), self.tr("Values")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "record":
                return self.tr("{name} (in the trash)").format(name=row.record) if row.deleted else row.record
            if column == "field":
                return row.field
            if column == "shown":
                shown = row.shown()
                text = self.texts.value(row.conflict.table, row.conflict.column, shown.value) if shown else ""
                return " ".join(text.split())[:80] or self.tr("(empty)")
            if column == "values":
                return QLocale().toString(len(row.conflict.values))
        if role == Qt.ItemDataRole.ToolTipRole and column == "record" and row.kind:
            return self.tr("Double-click to open the record")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "values":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return "\x1f".join(row.key)
        return None

    def row_at(self, row: int) -> ConflictRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, key: Key) -> int:
        return next((n for n, row in enumerate(self.rows) if row.key == key), -1)


class ValueCard(QFrame):
    """One of the values: the text, who wrote it where and when, and "Keep this value"."""

    keep = Signal(object)  # the ConflictValue

    def __init__(self, value: ConflictValue, text: str, origin: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setObjectName("valueCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#valueCard { border: 1px solid palette(mid); border-radius: 6px; }"
            + (" QFrame#valueCard { border: 2px solid #2e7d32; }" if value.shown else "")
        )
        self.text_label = QLabel(text or self.tr("(empty)"))
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.text_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        if text:
            font.setBold(True)
        else:
            font.setItalic(True)
        self.text_label.setFont(font)
        self.origin_label = QLabel(origin)
        self.origin_label.setWordWrap(True)
        self.origin_label.setStyleSheet(MUTED)
        self.shown_label = QLabel(self.tr("Shown now"))
        self.shown_label.setObjectName("shownBadge")
        self.shown_label.setStyleSheet(
            "QLabel#shownBadge { background: #e8f5e9; color: #1b5e20; border-radius: 8px; padding: 1px 8px; }")
        self.shown_label.setVisible(value.shown)
        self.shown_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.keep_button = QPushButton(self.tr("Keep this value"))
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(lambda: self.keep.emit(self.value))

        texts = QVBoxLayout()
        texts.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.text_label, 1)
        top.addWidget(self.shown_label, 0, Qt.AlignmentFlag.AlignTop)
        texts.addLayout(top)
        texts.addWidget(self.origin_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(texts, 1)
        layout.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignVCenter)


class ConflictPanel(QWidget):
    """The selected conflict: every value, and a new value to type."""

    open_record = Signal(str, str)
    # A choice was written: (table, row id, column).
    resolved = Signal(str, str, str)

    def __init__(self, ctx: Context, texts: ConflictTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.texts = texts
        self.row: ConflictRow | None = None
        self.cards: list[ValueCard] = []

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet(MUTED)
        self.open_button = QPushButton(self.tr("Open record"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)

        self.values_box = QVBoxLayout()
        self.values_box.setSpacing(8)

        self.new_label = QLabel(self.tr("Or type a new value:"))
        self.new_value = QLineEdit()
        self.new_value.setObjectName("newValue")
        self.new_value.setClearButtonEnabled(True)
        self.new_value.returnPressed.connect(self.use_new_value)
        self.use_button = QPushButton(self.tr("Use this value"))
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(self.use_new_value)
        self.new_value.textChanged.connect(lambda text: self.use_button.setEnabled(bool(text.strip())))
        self.use_button.setEnabled(False)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_value, 1)
        new_row.addWidget(self.use_button)
        self.not_typed = QLabel(self.tr("To choose another value, open the record."))
        self.not_typed.setStyleSheet(MUTED)
        self.not_typed.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("errorMessage")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.new_box = QWidget()
        new_layout = QVBoxLayout(self.new_box)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.addWidget(self.new_label)
        new_layout.addLayout(new_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addLayout(header)
        layout.addSpacing(6)
        layout.addLayout(self.values_box)
        layout.addSpacing(6)
        layout.addWidget(self.new_box)
        layout.addWidget(self.not_typed)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def origin_text(self, value: ConflictValue, own_code: str) -> str:
        moment = QDateTime.fromMSecsSinceEpoch(value.when_ms).toLocalTime()
        when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        code = value.site_code or value.site[:6]
        machine = (self.tr("this computer ({code})").format(code=code) if value.site_code == own_code and own_code
                   else self.tr("computer {code}").format(code=code))
        if value.author:
            return self.tr("Written by {author} on {machine}, {when}").format(
                author=value.author, machine=machine, when=when)
        return self.tr("Written on {machine}, {when}").format(machine=machine, when=when)

    def typed_key(self) -> str | None:
        """The input key core's update takes for a typed value, or None when not typed here."""
        if self.row is None:
            return None
        table, column = self.row.conflict.table, self.row.conflict.column
        if table not in CORE or column in NOT_TYPED:
            return None
        key = INPUT_KEYS.get(column, column)
        return key if key in CORE[table].FIELDS else None

    def show_conflict(self, row: ConflictRow | None) -> None:
        same = row is not None and self.row is not None and row.key == self.row.key
        typed_text = self.new_value.text() if same else ""
        self.row = row
        for card in self.cards:
            self.values_box.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        if not same:
            self.error.hide()
        self.new_value.setText(typed_text)
        if row is None:
            self.title.clear()
            self.subtitle.clear()
            self.open_button.hide()
            self.new_box.hide()
            self.not_typed.hide()
            return
        conflict = row.conflict
        self.title.setText(f"{row.record} — {row.field}")
        self.subtitle.setText(
            self.tr("This record is in the trash.") if row.deleted else
            self.tr("{n} computers changed this field before they synced. Choose the value to keep.").format(
                n=QLocale().toString(len({v.site for v in conflict.values}))))
        self.open_button.setVisible(row.kind is not None and not row.deleted)
        own_code = current_site(self.ctx.db)[1]
        values = sorted(conflict.values, key=lambda v: (not v.shown, -v.when_ms))
        for value in values:
            card = ValueCard(value, self.texts.value(conflict.table, conflict.column, value.value),
                             self.origin_text(value, own_code), self)
            card.keep.connect(self.keep)
            self.values_box.addWidget(card)
            self.cards.append(card)
        typed = self.typed_key() is not None and not row.deleted
        self.new_box.setVisible(typed)
        self.not_typed.setVisible(not typed and row.kind is not None and not row.deleted)

    def _open(self) -> None:
        if self.row is not None and self.row.kind:
            self.open_record.emit(self.row.kind, self.row.conflict.row_id)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def keep(self, value: ConflictValue) -> bool:
        """Keep one of the values: a write that supersedes them all."""
        row = self.row
        if row is None:
            return False
        conflict = row.conflict
        try:
            sync_conflicts.resolve(self.ctx, conflict.table, conflict.row_id, conflict.column, value.value)
        except CrmError as exc:
            self._show_error(error_text(exc))
            return False
        self.resolved.emit(*row.key)
        return True

    def use_new_value(self) -> bool:
        """Write the typed value through core (validated like the record's form)."""
        row, key = self.row, self.typed_key()
        text = self.new_value.text().strip()
        if row is None or key is None or not text:
            return False
        conflict = row.conflict
        core = CORE[conflict.table]
        typed: Any = money_for_core(text) if conflict.column.endswith("_cents") else text
        try:
            changed = core.update(self.ctx, conflict.row_id, {key: typed})
            if conflict.column not in changed:
                # The value typed is the one shown now: nothing changed in the record,
                # but the choice must still be recorded for the other computers.
                current = next((v.value for v in conflict.values if v.shown), None)
                sync_conflicts.resolve(self.ctx, conflict.table, conflict.row_id, conflict.column, current)
        except ValidationError as exc:
            message = exc.errors.get(key) or next(iter(exc.errors.values()))
            self._show_error(render(message))
            return False
        except CrmError as exc:
            self._show_error(error_text(exc))
            return False
        self.resolved.emit(*row.key)
        return True


class ConflictsView(QWidget):
    """The list of conflicts and the selected one's values."""

    open_record = Signal(str, str)
    # The number of open conflicts after a refresh.
    count_changed = Signal(int)

    def __init__(self, ctx: Context, bridge: ChangeBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.texts = ConflictTexts(ctx, self)
        self.model = ConflictsModel(ctx, self.texts, self)

        self.title = QLabel(self.tr("Conflicts"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr(
            "These fields were changed on two computers before they synced. Nothing was lost: "
            "every value is kept until you choose one, and your choice reaches the other computers "
            "at their next sync."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED)

        self.table = QTableView()
        self.table.setObjectName("conflictsTable")
        self.table.setModel(self.model)
        read_only_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.panel = ConflictPanel(ctx, self.texts)
        self.panel.open_record.connect(self.open_record)
        self.panel.resolved.connect(self._resolved)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        scroll.setMinimumWidth(380)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([480, 560])

        self.empty = QLabel(self.tr(
            "No conflicts.\n\nWhen two computers change the same field before they sync, "
            "both values are kept and shown here for you to choose."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.pages, 1)

        tables = ("sync", "people", "companies", "users", "settings", *FIELD_NAMES)
        self.changes = ChangeCoalescer(bridge, self.refresh, tables, parent=self, widget=self)
        self.refresh()

    def current_key(self) -> Key | None:
        row = self.model.row_at(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None
        return row.key if row is not None else None

    def refresh(self, select: Key | None = None) -> None:
        """Re-read the conflicts, keeping the selection (or the same place in the list)."""
        keep = select or self.current_key()
        previous_row = self.table.currentIndex().row()
        self.model.reload()
        count = self.model.rowCount()
        self.pages.setCurrentWidget(self.splitter if count else self.empty)
        self.hint.setVisible(bool(count))
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and count:
            row = min(max(previous_row, 0), count - 1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.panel.show_conflict(self.model.row_at(row))
        self.count_changed.emit(count)

    def select(self, table: str, row_id: str, column: str) -> bool:
        row = self.model.row_of((table, row_id, column))
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.show_conflict(self.model.row_at(current.row()) if current.isValid() else None)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None and row.kind and not row.deleted:
            self.open_record.emit(row.kind, row.conflict.row_id)

    def _resolved(self, _table: str, _row_id: str, _column: str) -> None:
        self.refresh()


def conflict_count(ctx: Context, cheap: int | None = None) -> int:
    """Open conflicts; ``cheap`` (the raw count) skips the exact check when it is 0."""
    if cheap == 0:
        return 0
    return len(sync_conflicts.list_all(ctx.db))

