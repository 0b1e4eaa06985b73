"""Tickets worked on two offline machines meet at the next sync: distinct numbers, every
event kept, time and costs added up, the service-level state derived again on each side."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.core import contracts, knowledge, people, support_costs, tickets, timeline
from tests.unit.sync_support import assert_converged, exchange, join, origin


def test_two_offline_machines_work_the_same_ticket(template_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "hub"
    folder.mkdir()
    office = origin(template_db, folder, "office")
    level = contracts.create_level(office.ctx, {"name": "Gold", "first_response_minutes": 60,
                                                "resolution_minutes": 480, "included_minutes": 600})
    person = people.create(office.ctx, {"first_name": "Anne", "last_name": "Lambert"})
    contracts.create_contract(office.ctx, {"person_id": person, "level_id": level, "starts_on": "2026-01-01"})
    ticket_id = tickets.open_ticket(office.ctx, {"person_id": person, "subject": "Chaudière en panne"})
    office.sync(folder)
    laptop = join(folder, tmp_path, "laptop")
    try:
        assert laptop.db.execute("SELECT count(*) FROM ticket_sla").fetchone()[0] == 1
        # Offline on both sides: the office replies, the technician logs time, parts and a second ticket.
        tickets.add_message(office.ctx, ticket_id, "Nous passons demain matin.", "out")
        support_costs.log_time(laptop.ctx, ticket_id, {"minutes": 50})
        support_costs.add_cost(laptop.ctx, ticket_id, {"kind": "part", "description": "Sonde", "unit_cost_cents": 1200})
        other = tickets.open_ticket(laptop.ctx, {"person_id": person, "subject": "Thermostat"})
        article = knowledge.create(laptop.ctx, {"title": "Sonde extérieure", "solution": "Remplacer la sonde."})
        knowledge.apply(laptop.ctx, ticket_id, article_id=article)
        tickets.set_status(laptop.ctx, ticket_id, "resolved", "Sonde remplacée.")
        exchange([office, laptop], folder)
        assert_converged([office, laptop])
        numbers = {tickets.get(office.db, t)["number"] for t in (ticket_id, other)}
        assert len(numbers) == 2
        kinds = [e["kind"] for e in tickets.events(office.db, ticket_id)]
        assert {"message", "time", "cost", "solution", "status"} <= set(kinds)
        for node in (office, laptop):
            totals = support_costs.ticket_totals(node.db, ticket_id)
            assert totals.minutes == 50 and totals.parts_cost_cents == 1200
            sla = node.db.execute("SELECT response_met, resolution_met, next_due FROM ticket_sla "
                                  "WHERE ticket_id = ?", [ticket_id]).fetchone()
            assert sla == (1, 1, None), node.name
            assert node.db.execute("SELECT count(*) FROM ticket_sla").fetchone()[0] == 2
        entries = timeline.query(office.db, person_id=person)
        assert {"ticket", "ticket_message", "ticket_time", "ticket_status"} <= {e.kind for e in entries}
    finally:
        laptop.close()
        office.close()
