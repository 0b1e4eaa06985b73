"""A small field-service world for tests (technicians with vans, a warehouse, parts, a customer), the fixed
clock's Tuesday 09:00, and a widget shown for a test."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

from crm_desktop.core import companies, people, stock, technicians, users
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

Shown = TypeVar("Shown", bound="QWidget")

# The fixed clock of the tests is Monday 2 March 2026 09:30 UTC (10:30 in Brussels, the shop's zone).
TUESDAY_9 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)  # 09:00 Brussels


@dataclass
class FieldWorld:
    anna: str  # technician: electrical, network
    bert: str  # technician: heating
    warehouse: str
    van_anna: str
    van_bert: str
    fuse: str  # part 2.50 cost / 6.00 price
    pump: str  # part 80.00 cost / 150.00 price
    company: str
    person: str


def build(ctx: Context, stock_in_vans: int = 5) -> FieldWorld:
    anna = users.add_user(ctx.db, ctx.clock, "Anna Tech", Role.TECHNICIAN).id
    bert = users.add_user(ctx.db, ctx.clock, "Bert Tech", Role.TECHNICIAN).id
    ctx.db.execute("UPDATE users SET cost_per_hour_cents = 3000 WHERE id IN (?, ?)", [anna, bert])
    warehouse = stock.save_location(ctx, {"name": "Main warehouse", "kind": "warehouse"})
    van_anna = stock.save_location(ctx, {"name": "Van Anna", "kind": "van", "technician_id": anna})
    van_bert = stock.save_location(ctx, {"name": "Van Bert", "kind": "van", "technician_id": bert})
    technicians.save_profile(ctx, anna, {"skills": ["electrical", "network"], "van_location_id": van_anna,
                                         "home_base": "Namur"})
    technicians.save_profile(ctx, bert, {"skills": ["heating"], "van_location_id": van_bert, "home_base": "Liège"})
    fuse = stock.save_product(ctx, {"sku": "F-10", "name": "Fuse 10 A", "is_part": True, "cost_cents": 250,
                                    "price_cents": 600})
    pump = stock.save_product(ctx, {"sku": "P-1", "name": "Circulation pump", "is_part": True, "cost_cents": 8000,
                                    "price_cents": 15000})
    for part in (fuse, pump):
        stock.receive(ctx, part, warehouse, 100)
        if stock_in_vans:
            stock.transfer(ctx, part, warehouse, van_anna, stock_in_vans)
            stock.transfer(ctx, part, warehouse, van_bert, stock_in_vans)
    company = companies.create(ctx, {"name": "Boulangerie Dupont", "street": "Rue Haute 5", "postcode": "5000",
                                     "city": "Namur", "country": "BE"})
    person = people.create(ctx, {"first_name": "Marie", "last_name": "Dupont", "company_id": company,
                                 "phone": "+32 81 22 33 44"})
    return FieldWorld(anna, bert, warehouse, van_anna, van_bert, fuse, pump, company, person)


def shown(qtbot: QtBot, widget: Shown, size: tuple[int, int] = (1280, 800)) -> Shown:
    """``widget`` at ``size``, shown on screen (the test's qtbot closes it)."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
