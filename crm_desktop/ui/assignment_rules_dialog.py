"""The rules that give new leads to sellers, in order, and the speed-to-lead target.

The list on the left is tried top to bottom; the first rule that matches a lead
names the sellers, and the least busy of them gets it. A rule is edited on the
right. Core checks the whole list on Save; each problem is shown under its field
for the selected rule, and rules with a problem are marked in the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import lead_assignment, leads, stock
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, Message, ValidationError
from crm_desktop.core.lead_choices import RULE_KINDS
from crm_desktop.core.lead_settings import (
    MAX_TARGET_MINUTES,
    LeadSettings,
    load_lead_settings,
    save_lead_settings,
    validate_lead_settings,
)
from crm_desktop.core.permissions import Perm, allowed
from crm_desktop.ui.i18n import core_tr, error_text, render
from crm_desktop.ui.record_form import ERROR_COLOR, MUTED_COLOR, dialog_buttons, error_label
from crm_desktop.ui.widgets import bar_button


class MatchField(QComboBox):
    """What a rule matches: a product or a category (interest), the start of postcodes (postcode)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumWidth(260)
        self.kind = ""

    def set_kind(self, kind: str) -> None:
        """Offer the catalogue's categories and products for an interest rule, nothing to pick for postcodes."""
        if kind == self.kind:
            return
        self.kind = kind
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        if kind == "interest":
            for category in stock.categories(self.ctx.db):
                self.addItem(self.tr("Category: {name}").format(name=category), category)
            for product in leads.interest_products(self.ctx.db):
                self.addItem(product["name"] + (f" ({product['sku']})" if product.get("sku") else ""), product["id"])
        self.setCurrentText(text)
        self.blockSignals(False)

    def value(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index)) if index >= 0 else text

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(str(value or ""))


class AssignmentRulesDialog(QDialog):
    """Edit the assignment rules (managers) and the speed-to-lead target."""

    saved = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = allowed(ctx.user.role, Perm.LEAD_RULES)
        self.rules: list[dict[str, Any]] = [
            {"id": r["id"], "kind": r["kind"], "match": r["match"], "seller_ids": list(r["seller_ids"]),
             "active": bool(r["active"])} for r in lead_assignment.rules(ctx.db)]
        self.errors: dict[str, Message] = {}
        self.sellers = lead_assignment.sellers(ctx.db)
        self._loading = False
        self.setWindowTitle(self.tr("Assignment rules"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("New leads without a seller go through these rules from the top. The first rule that "
                               "matches names the sellers; the one with the fewest open leads gets the lead. When no "
                               "rule matches, the lead stays unassigned for a manager to give."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(intro)

        body = QHBoxLayout()
        layout.addLayout(body, 1)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._row_changed)
        left.addWidget(self.list, 1)
        moves = QHBoxLayout()
        self.add_button = bar_button(self, moves, self.tr("Add"), self.add_rule)
        self.remove_button = bar_button(self, moves, self.tr("Remove"), self.remove_rule)
        self.up_button = bar_button(self, moves, self.tr("Up"), lambda: self.move_rule(-1))
        self.down_button = bar_button(self, moves, self.tr("Down"), lambda: self.move_rule(1))
        left.addLayout(moves)
        body.addLayout(left, 2)

        self.editor = QGroupBox(self.tr("Rule"), self)
        form = QFormLayout(self.editor)
        self.kind = QComboBox(self.editor)
        for key, label in RULE_KINDS.items():
            self.kind.addItem(core_tr(label), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("When"), self.kind)
        self.kind_error = self._error_row(form)
        self.match_label = QLabel(self.tr("Matches"), self.editor)
        self.match = MatchField(ctx, self.editor)
        self.match.currentTextChanged.connect(lambda _text: self._edited())
        form.addRow(self.match_label, self.match)
        self.match_error = self._error_row(form)
        self.seller_list = QListWidget(self.editor)
        for seller in self.sellers:
            item = QListWidgetItem(seller["name"], self.seller_list)
            item.setData(Qt.ItemDataRole.UserRole, seller["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.seller_list.itemChanged.connect(lambda _item: self._edited())
        form.addRow(self.tr("Sellers"), self.seller_list)
        self.sellers_error = self._error_row(form)
        self.active = QCheckBox(self.tr("In use"), self.editor)
        self.active.toggled.connect(lambda _on: self._edited())
        form.addRow("", self.active)
        body.addWidget(self.editor, 3)

        target_box = QGroupBox(self.tr("Speed to lead"), self)
        target_form = QFormLayout(target_box)
        self.target = QSpinBox(target_box)
        self.target.setRange(1, MAX_TARGET_MINUTES)
        self.target.setSuffix(self.tr(" min of business hours"))
        self.target.setValue(load_lead_settings(ctx.db).target_minutes)
        self.target.setMaximumWidth(280)
        target_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        target_form.addRow(self.tr("First contact within"), self.target)
        self.target_error = self._error_row(target_form)
        layout.addWidget(target_box)

        self.message, self.save_button = dialog_buttons(self, layout, self.tr("Save"), self.save)

        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button, self.editor,
                       self.target, self.save_button):
            widget.setEnabled(self.can_edit)
        self._fill_list(0)

    def _error_row(self, form: QFormLayout) -> QLabel:
        label = error_label(self)
        form.addRow("", label)
        return label

    # ---- the list

    def summary(self, rule: dict[str, Any]) -> str:
        names = {s["id"]: s["name"] for s in self.sellers}
        who = ", ".join(names.get(s, "?") for s in rule["seller_ids"]) or self.tr("nobody")
        kind = rule.get("kind")
        if kind == "interest":
            what = self.tr("Interested in {what}").format(what=self._match_name(rule.get("match")))
        elif kind == "postcode":
            what = self.tr("Postcode {prefix}…").format(prefix=rule.get("match") or "")
        else:
            what = self.tr("Everyone else")
        text = f"{what} → {who}"
        return text if rule.get("active", True) else self.tr("{rule} (not in use)").format(rule=text)

    def _match_name(self, match: Any) -> str:
        for product in leads.interest_products(self.ctx.db):
            if product["id"] == match:
                return product["name"]
        return str(match or "")

    def _fill_list(self, current: int) -> None:
        self._loading = True
        self.list.clear()
        for number, rule in enumerate(self.rules):
            item = QListWidgetItem(f"{number + 1}. {self.summary(rule)}", self.list)
            if any(key.startswith(f"rules.{number}.") for key in self.errors):
                item.setForeground(QBrush(QColor(ERROR_COLOR)))
        self._loading = False
        if self.rules:
            self.list.setCurrentRow(max(0, min(current, len(self.rules) - 1)))
        self._row_changed(self.list.currentRow())

    def _row_changed(self, row: int) -> None:
        if self._loading:
            return
        has = 0 <= row < len(self.rules)
        self.editor.setEnabled(has and self.can_edit)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has and self.can_edit)
        self._loading = True
        rule = self.rules[row] if has else {"kind": "round_robin", "match": None, "seller_ids": [], "active": True}
        self.kind.setCurrentIndex(max(0, self.kind.findData(rule["kind"])))
        self.match.set_kind(rule["kind"])
        self.match.set_value(rule.get("match"))
        self._show_match(rule["kind"])
        for index in range(self.seller_list.count()):
            item = self.seller_list.item(index)
            chosen = item.data(Qt.ItemDataRole.UserRole) in rule["seller_ids"]
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.active.setChecked(bool(rule.get("active", True)))
        self._loading = False
        self._show_rule_errors(row)

    def _show_match(self, kind: str) -> None:
        needed = kind in ("interest", "postcode")
        self.match_label.setVisible(needed)
        self.match.setVisible(needed)
        self.match_label.setText(self.tr("Product or category") if kind == "interest" else self.tr("Postcode starts"))

    def _show_rule_errors(self, row: int) -> None:
        for key, label in (("kind", self.kind_error), ("match", self.match_error),
                           ("seller_ids", self.sellers_error)):
            message = self.errors.get(f"rules.{row}.{key}")
            label.setText(render(message) if message else "")
            label.setVisible(message is not None)

    def _kind_changed(self, _index: int) -> None:
        kind = self.kind.currentData()
        self.match.set_kind(kind)
        self._show_match(kind)
        self._edited()

    def _edited(self) -> None:
        """Keep the selected rule in step with its editors, and its line in the list."""
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.rules):
            return
        rule = self.rules[row]
        rule["kind"] = self.kind.currentData()
        rule["match"] = self.match.value() if rule["kind"] != "round_robin" else None
        rule["seller_ids"] = [self.seller_list.item(i).data(Qt.ItemDataRole.UserRole)
                              for i in range(self.seller_list.count())
                              if self.seller_list.item(i).checkState() == Qt.CheckState.Checked]
        rule["active"] = self.active.isChecked()
        self.list.item(row).setText(f"{row + 1}. {self.summary(rule)}")

    def add_rule(self) -> None:
        self.rules.append({"kind": "round_robin", "match": None, "seller_ids": [], "active": True})
        self.errors = {}
        self._fill_list(len(self.rules) - 1)

    def remove_rule(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rules):
            del self.rules[row]
            self.errors = {}
            self._fill_list(row)

    def move_rule(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if 0 <= row < len(self.rules) and 0 <= other < len(self.rules):
            self.rules[row], self.rules[other] = self.rules[other], self.rules[row]
            self.errors = {}
            self._fill_list(other)

    # ---- saving

    def save(self) -> bool:
        """The target is checked first, so that a refused rule list writes nothing at all."""
        self.message.hide()
        self.target_error.hide()
        settings = LeadSettings(target_minutes=self.target.value())
        try:
            validate_lead_settings(settings)
            lead_assignment.save_rules(self.ctx, self.rules)
            save_lead_settings(self.ctx, settings)
        except ValidationError as exc:
            self.errors = {key: message for key, message in exc.errors.items() if key.startswith("rules.")}
            if "target_minutes" in exc.errors:
                self.target_error.setText(render(exc.errors["target_minutes"]))
                self.target_error.show()
            rest = [render(m) for k, m in exc.errors.items() if k not in self.errors and k != "target_minutes"]
            if rest:
                self.message.setText("\n".join(rest))
                self.message.show()
            first = min((int(key.split(".")[1]) for key in self.errors), default=self.list.currentRow())
            self._fill_list(first)
            return False
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.saved.emit("")
        self.accept()
        return True
