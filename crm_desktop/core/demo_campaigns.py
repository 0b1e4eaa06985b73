"""Demo leads, opportunities, follow-up tasks, segments and campaigns (issue 6).

Runs inside the demo load's transaction after the sales demo, so conversions can reuse
real sale lines (products, prices, costs) and the campaign figures add up: a campaign's
revenue is the sales that name it, its cost the cost lines, its replies the history.
Speed to lead is planted too: most leads got a first call within minutes, some waited
hours, and a handful arrived just now without any contact (flagged on opening).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from crm_desktop.core.campaign_choices import CALL_DONE, CALL_OUTCOMES, NO_CONSENT, NO_EMAIL, NO_PHONE, NO_POSTAL
from crm_desktop.core.campaign_sends import CHANNEL_CONSENT
from crm_desktop.core.sales import line_amounts
from crm_desktop.db.ids import new_id

if TYPE_CHECKING:
    from crm_desktop.core.demo import _Company, _Loader, _Person

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
MINUTE_MS = 60_000


@dataclass(frozen=True)
class CampaignScale:
    campaigns: int
    members: tuple[int, int]
    leads: int
    opportunities: int
    tasks: int


def scale(people: int) -> CampaignScale:
    """How much to make for a demo of ``people`` people (small, medium, large)."""
    if people >= 50_000:
        return CampaignScale(200, (150, 1_500), 3_000, 2_500, 4_000)
    if people >= 2_000:
        return CampaignScale(60, (60, 400), 500, 400, 800)
    return CampaignScale(10, (15, 60), 40, 30, 80)


@dataclass(frozen=True)
class CampaignCounts:
    campaigns: int = 0
    members: int = 0
    leads: int = 0
    opportunities: int = 0
    tasks: int = 0
    conversions: int = 0
    history: int = 0


# Index of each column in the demo's person rows (demo._PERSON_COLUMNS).
_ID, _CREATED, _COMPANY, _EMAIL, _PHONE, _MOBILE, _STREET = 0, 1, 8, 9, 11, 12, 13
_LANGUAGE, _STAGE, _OWNER, _SOURCE, _CONSENT = 17, 18, 19, 20, 22

_CAMPAIGN_THEMES = (
    ("acquisition", "Portes ouvertes {year}", "Open days {year}"),
    ("acquisition", "Prime énergie {season}", "Energy grant {season}"),
    ("acquisition", "Salon Batibouw {year}", "Batibouw fair {year}"),
    ("growth", "Entretien chaudière {season}", "Boiler service {season}"),
    ("growth", "Pack solaire + batterie {season}", "Solar + battery bundle {season}"),
    ("growth", "Mise à niveau réseau {season}", "Network upgrade {season}"),
    ("retention", "Contrat de maintenance {year}", "Maintenance contract {year}"),
    ("retention", "Clients fidèles {season}", "Loyal customers {season}"),
    ("retention", "Rappel d'entretien {season}", "Service reminder {season}"),
)
_SEASONS = ("printemps", "été", "automne", "hiver")
_CHANNEL_SETS = (("email",), ("email",), ("email", "letter"), ("letter",), ("phone",), ("email", "sms"),
                 ("sms",), ("email", "phone"))
_REPLIES = {
    "email": ("Intéressé, pouvez-vous me rappeler ?", "Merci, envoyez-moi une offre.",
              "Interested, please call me back.", "Quel est le prix pour une maison de 150 m² ?"),
    "letter": ("Réponse par coupon : demande de visite.", "Coupon returned: asks for a visit."),
    "phone": ("Intéressé, rendez-vous à fixer.", "Wants a quote.", "Rappeler la semaine prochaine."),
    "sms": ("OUI", "Oui, rappelez-moi", "YES please call"),
}
_EMAIL_BODY = ("Bonjour {first_name},\n\nProfitez de notre offre de saison jusqu'à la fin du mois.\n"
               "Répondez à cet e-mail ou appelez-nous pour une visite gratuite.\n\nL'équipe Lambert")
_LETTER_BODY = ("Madame, Monsieur {last_name},\n\nNous avons le plaisir de vous présenter notre offre.\n"
                "Renvoyez le coupon ci-joint pour recevoir la visite d'un conseiller.\n\n"
                "Veuillez agréer nos salutations distinguées.")
_SMS_TEXT = "Lambert: offre de saison -10% jusqu'au 30. Repondez OUI pour etre rappele. STOP au 8899"
_CALL_SCRIPT = "Présentez-vous, rappelez le dernier achat de {first_name}, proposez la visite gratuite."
_OUTCOMES = (("reached-interested", 0.18), ("reached-not-interested", 0.32), ("call-back", 0.12),
             ("no-answer", 0.33), ("wrong-number", 0.05))
_CALL_NOTES = {"reached-interested": "Intéressé, souhaite une visite.", "reached-not-interested": "Pas intéressé.",
               "call-back": "Rappeler plus tard.", "no-answer": "Pas de réponse, message laissé.",
               "wrong-number": "Mauvais numéro."}
_FIRST_CONTACTS = ("Premier appel : besoin confirmé, visite proposée.", "Appel de découverte, budget à préciser.",
                   "First call: wants a quote next week.", "Rappel rapide : documentation envoyée.")
_LOST_REASONS = ("price", "competitor", "no_budget", "no_decision", "timing")
_TASK_TITLES = ("Rappeler pour le devis", "Envoyer la documentation", "Relancer après la visite",
                "Préparer l'offre", "Call back about the quote", "Confirm the installation date",
                "Vérifier le financement", "Send the maintenance contract")
_LEAD_INTERESTS = ("Remplacement de chaudière", "Panneaux solaires", "Pompe à chaleur", "Borne de recharge",
                   "Réseau bureau", "Alarme", "New boiler", "Solar panels")

SEGMENTS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("Prospects avec consentement e-mail", {"stages": ["lead", "prospect"], "consent": ["email"]}),
    ("Clients sans achat depuis 1 an", {"stages": ["customer"], "last_purchase": {"not_within_days": 365}}),
    ("Clients à forte valeur", {"value_tiers": ["high"], "consent": ["email"]}),
    ("Namur et environs (50xx)", {"postcodes": ["50"], "has": ["address"]}),
    ("Bruxelles (1000-1299)", {"postcodes": ["10", "11", "12"], "consent": ["post"]}),
    ("Néerlandophones", {"languages": ["nl"], "consent": ["email"]}),
    ("Newsletter", {"tags": ["newsletter"], "consent": ["email"]}),
    ("Mobiles avec consentement SMS", {"has": ["mobile"], "consent": ["sms"]}),
)


class CampaignLoader:
    """Adds issue 6's demo records to the load ``loader`` is making."""

    def __init__(self, loader: _Loader, people: list[_Person], companies: list[_Company]) -> None:
        self.loader = loader
        self.conn = loader.conn
        self.rng = loader.rng
        self.rnd = loader.rnd
        # The first person has a planned history length (benchmarks rely on it): leave them out.
        self.people = people[1:]
        self.companies = companies
        self.scale = scale(len(people))
        self.office = [u for u in loader.office if u]
        code = self.conn.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()
        self.code = code[0] if code else "X"
        self.counters: dict[str, int] = {}
        self.products = self.conn.execute(
            "SELECT id, name, category, price_cents, cost_cents FROM products "
            "WHERE deleted_at IS NULL AND active = 1 ORDER BY is_part, name").fetchall()
        self.sale_templates = self._sale_templates()
        self.counts: dict[str, int] = {}
        self.leads: list[dict[str, Any]] = []
        self.arrivals: dict[str, int] = {}

    # ------------------------------------------------------------------ plumbing

    def pick(self, items: Sequence[Any]) -> Any:
        return items[int(self.rnd() * len(items))]

    def user(self) -> str | None:
        return self.pick(self.office) if self.office else None

    def next_number(self, prefix: str) -> str:
        if prefix not in self.counters:
            row = self.conn.execute("SELECT last FROM number_counters WHERE prefix = ? AND code = ?",
                                    [prefix, self.code]).fetchone()
            self.counters[prefix] = row[0] if row else 0
        self.counters[prefix] += 1
        return f"{prefix}-{self.code}-{self.counters[prefix]:04d}"

    def save_counters(self) -> None:
        self.conn.executemany(
            "INSERT INTO number_counters(prefix, code, last) VALUES (?, ?, ?) "
            "ON CONFLICT(prefix, code) DO UPDATE SET last = max(last, excluded.last)",
            [(prefix, self.code, last) for prefix, last in self.counters.items()])

    def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        self.conn.executemany(sql, [[row[c] for c in columns] for row in rows])
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    def stamped(self, at: int, **values: Any) -> dict[str, Any]:
        author = values.pop("_author", None) or self.user()
        stamp = self.loader.iso(at)
        return {"id": values.pop("id", None) or new_id(self.rng, at), "created_at": stamp, "updated_at": stamp,
                "created_by": author, "updated_by": author, **values}

    def day(self, ms: int) -> str:
        return self.loader.iso(ms)[:10]

    def _sale_templates(self) -> list[list[tuple[Any, ...]]]:
        """Lines of some real demo sales, reused for conversions and won opportunities."""
        sale_ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM sales WHERE deleted_at IS NULL ORDER BY rid LIMIT 400").fetchall()]
        out: list[list[tuple[Any, ...]]] = []
        for sale_id in sale_ids:
            lines = self.conn.execute(
                "SELECT product_id, description, quantity, unit_price_cents, unit_cost_cents, discount_percent "
                "FROM sale_lines WHERE sale_id = ? AND deleted_at IS NULL ORDER BY position", [sale_id]).fetchall()
            if lines:
                out.append(lines)
        if not out and self.products:
            out = [[(p[0], p[1], 1, p[3], p[4], 0)] for p in self.products[:20]]
        return out

    def sale(self, at: int, person: _Person | None, company_id: str | None, lines: Sequence[tuple[Any, ...]],
             seller: str | None, channel: str, campaign_id: str | None = None,
             opportunity_id: str | None = None) -> str:
        """One sale with its lines (the same columns core.sales writes)."""
        sale_row = self.stamped(at, _author=seller, number=self.next_number("S"), company_id=company_id,
                                person_id=person.row[_ID] if person else None,
                                sold_on=self.day(at), channel=channel, seller_id=seller, campaign_id=campaign_id,
                                opportunity_id=opportunity_id, note=None)
        self.insert("sales", [sale_row])
        self.insert("sale_lines", [
            self.stamped(at, _author=seller, sale_id=sale_row["id"], product_id=line[0], description=line[1],
                         quantity=line[2], unit_price_cents=line[3], unit_cost_cents=line[4],
                         discount_percent=line[5], position=index)
            for index, line in enumerate(lines)])
        return str(sale_row["id"])

    # ------------------------------------------------------------------ run

    def run(self) -> CampaignCounts:
        if not self.people:
            return CampaignCounts()
        segment_ids = self.load_segments()
        self.load_rules()
        conversions = self.load_campaigns(segment_ids)
        leads = self.load_leads()
        opportunities = self.load_opportunities(leads)
        tasks = self.load_tasks()
        self.save_counters()
        return CampaignCounts(campaigns=self.counts.get("campaigns", 0),
                              members=self.counts.get("campaign_members", 0), leads=leads,
                              opportunities=opportunities, tasks=tasks, conversions=conversions,
                              history=self.counts.get("history", 0))

    def load_segments(self) -> list[str]:
        at = self.loader.start_ms + 20 * DAY_MS
        rows = [self.stamped(at + i * HOUR_MS, name=name, filter=json.dumps(spec, sort_keys=True), notes=None)
                for i, (name, spec) in enumerate(SEGMENTS)]
        self.insert("segments", rows)
        return [row["id"] for row in rows]

    def load_rules(self) -> None:
        if self.conn.execute("SELECT 1 FROM assignment_rules LIMIT 1").fetchone() or not self.office:
            return
        at = self.loader.start_ms + 10 * DAY_MS
        solar = next((p[2] for p in self.products if p[2] and "sol" in str(p[2]).lower()), None)
        rules = [("postcode", "50", self.office[:1]), ("round_robin", None, self.office)]
        if solar:
            rules.insert(0, ("interest", solar, self.office[-1:]))
        self.insert("assignment_rules", [
            self.stamped(at + i * MINUTE_MS, kind=kind, match=match, seller_ids=json.dumps(sellers),
                         position=i, active=1)
            for i, (kind, match, sellers) in enumerate(rules)])

    # ------------------------------------------------------------------ campaigns

    def load_campaigns(self, segment_ids: list[str]) -> int:
        loader = self.loader
        span = loader.end_ms - loader.start_ms
        count = self.scale.campaigns
        conversions = 0
        by_created = sorted(self.people, key=lambda p: p.created)
        created = [p.created for p in by_created]
        for index in range(count):
            # Spread over the last two years; the last few are running or still drafts.
            start = loader.end_ms - int(span * 2 / 3 * (1 - (index + 0.5) / count)) - 20 * DAY_MS
            start = loader.office_hours(start, loader.start_ms)
            objective, name_fr, name_en = self.pick(_CAMPAIGN_THEMES)
            year = self.day(start)[:4]
            season = _SEASONS[(int(self.day(start)[5:7]) % 12) // 3]
            name = (name_fr if self.rnd() < 0.8 else name_en).format(year=year, season=season)
            name = f"{name} #{index + 1}"
            channels = list(self.pick(_CHANNEL_SETS))
            ends = start + int((14 + self.rnd() * 45) * DAY_MS)
            draft = index >= count - max(1, count // 40)
            running = not draft and ends > loader.end_ms
            status = "draft" if draft else "running" if running else "done"
            budget = int(300 + self.rnd() * 4_000) * 100
            row = self.stamped(
                start - 5 * DAY_MS, name=name, objective=objective, channels=json.dumps(channels), status=status,
                starts_on=self.day(start), ends_on=self.day(ends), budget_cents=budget,
                segment_id=self.pick(segment_ids) if segment_ids else None,
                email_subject="{first_name}, notre offre de saison" if "email" in channels else None,
                email_body=_EMAIL_BODY if "email" in channels else None,
                letter_body=_LETTER_BODY if "letter" in channels else None,
                sms_text=_SMS_TEXT if "sms" in channels else None,
                call_script=_CALL_SCRIPT if "phone" in channels else None,
                launched_at=None if draft else loader.iso(start), notes=None)
            self.insert("campaigns", [row])
            if draft:
                continue
            eligible = by_created[:self._count_before(created, start)]
            if not eligible:
                continue
            low, high = self.scale.members
            size = min(len(eligible), low + int(self.rnd() ** 2 * (high - low)))
            members = self.rng.sample(eligible, size)
            conversions += self.members(row["id"], name, channels, members, start, ends)
            self.costs(row["id"], channels, start, budget, size)
        return conversions

    @staticmethod
    def _count_before(created: list[int], moment: int) -> int:
        return bisect.bisect_left(created, moment)

    def members(self, campaign_id: str, name: str, channels: list[str], people: list[_Person], start: int,
                ends: int) -> int:
        loader = self.loader
        member_rows: list[dict[str, Any]] = []
        send_rows: list[dict[str, Any]] = []
        history_rows: list[dict[str, Any]] = []
        conversions = 0
        callers = self.office[: max(1, min(3, len(self.office)))]
        for person in people:
            row = person.row
            pid, company_id = row[_ID], row[_COMPANY]
            consent = json.loads(row[_CONSENT] or "{}")
            sent_any: list[tuple[str, int]] = []
            member = self.stamped(start, id=f"{campaign_id}:{pid}", campaign_id=campaign_id, person_id=pid,
                                  company_id=company_id, caller_id=None, call_outcome=None, called_at=None,
                                  responded_at=None, response_channel=None, response=None)
            for channel in channels:
                entry = consent.get(CHANNEL_CONSENT[channel])
                given = isinstance(entry, dict) and entry.get("status") == "given"
                address = {"email": row[_EMAIL], "sms": row[_MOBILE] or row[_PHONE],
                           "phone": row[_PHONE] or row[_MOBILE],
                           "letter": row[_STREET] or (company_id and "company")}[channel]
                at = min(start + int(self.rnd() * 3 * DAY_MS), loader.end_ms)
                send = {"campaign_id": campaign_id, "person_id": pid, "channel": channel,
                        "consent": json.dumps(entry, sort_keys=True) if given else None,
                        "address": address if isinstance(address, str) and address != "company" else None,
                        "reason": None, "sent_at": None, "status": "pending"}
                if not given:
                    send.update(status="excluded", reason=NO_CONSENT)
                elif not address:
                    send.update(status="excluded", reason={"email": NO_EMAIL, "sms": NO_PHONE, "phone": NO_PHONE,
                                                           "letter": NO_POSTAL}[channel])
                elif at >= loader.end_ms - HOUR_MS and self.rnd() < 0.5:
                    pass  # a running campaign still has some to send
                elif channel == "email" and self.rnd() < 0.03:
                    send.update(status="bounced", reason="550 5.1.1 Mailbox unknown", sent_at=loader.iso(at))
                elif channel == "phone":
                    outcome = self._outcome()
                    caller = self.pick(callers)
                    member.update(caller_id=caller, call_outcome=outcome, called_at=loader.iso(at))
                    if outcome in CALL_DONE:  # no answer / call back: still on the caller's list
                        send.update(status="failed" if outcome == "wrong-number" else "sent", sent_at=loader.iso(at),
                                    reason=CALL_OUTCOMES[outcome] if outcome == "wrong-number" else None)
                    if outcome != "wrong-number":
                        history_rows.append(self.stamped(
                            at, _author=caller, kind="call", direction="out", occurred_at=loader.iso(at),
                            duration_s=20 if outcome == "no-answer" else 60 + int(self.rnd() * 400), user_id=caller,
                            subject=f"{name}: {CALL_OUTCOMES[outcome]}", body=_CALL_NOTES[outcome], person_id=pid,
                            company_id=company_id))
                    if outcome == "reached-interested":
                        sent_any.append((channel, at))
                else:
                    send.update(status="sent", sent_at=loader.iso(at))
                    sent_any.append((channel, at))
                send_rows.append(self.stamped(start, id=f"{campaign_id}:{pid}:{channel}", **send))
            responded = self._respond(sent_any)
            if responded is not None:
                channel, at = responded
                text = self.pick(_REPLIES[channel])
                member.update(responded_at=loader.iso(at), response_channel=channel, response=text)
                kind = {"email": "email", "letter": "letter", "phone": "call", "sms": "sms"}[channel]
                logger = member["caller_id"] or row[_OWNER] or self.user()
                history_rows.append(self.stamped(
                    at, _author=logger, kind=kind, direction="in", occurred_at=loader.iso(at),
                    duration_s=60 + int(self.rnd() * 300) if kind == "call" else None, user_id=logger,
                    subject=f"Réponse à la campagne {name}", body=text, person_id=pid, company_id=company_id))
            converted_at = None
            if responded is not None and self.rnd() < 0.35:
                converted_at = responded[1] + int(self.rnd() * 25 * DAY_MS)
            elif sent_any and self.rnd() < 0.004:
                converted_at = sent_any[0][1] + int(self.rnd() * 40 * DAY_MS)
            if converted_at is not None and converted_at < loader.end_ms and self.sale_templates:
                seller = member["caller_id"] or row[_OWNER] or self.user()
                self.sale(loader.office_hours(converted_at, start), person, company_id,
                          self.pick(self.sale_templates), seller, "campaign", campaign_id=campaign_id)
                conversions += 1
            member_rows.append(member)
        self.insert("campaign_members", member_rows)
        self.insert("campaign_sends", send_rows)
        self.insert("history", history_rows)
        return conversions

    def _outcome(self) -> str:
        roll = self.rnd()
        for outcome, share in _OUTCOMES:
            roll -= share
            if roll < 0:
                return outcome
        return _OUTCOMES[-1][0]

    def _respond(self, sent: list[tuple[str, int]]) -> tuple[str, int] | None:
        rates = {"email": 0.05, "letter": 0.025, "phone": 1.0, "sms": 0.03}
        for channel, at in sent:
            if self.rnd() < rates[channel]:
                moment = at if channel == "phone" else at + int((0.2 + self.rnd() * 9) * DAY_MS)
                if moment < self.loader.end_ms:
                    return channel, moment
        return None

    def costs(self, campaign_id: str, channels: list[str], start: int, budget: int, size: int) -> None:
        unit = {"email": 5, "letter": 180, "sms": 9, "phone": 450}
        names = {"email": "Plateforme e-mail", "letter": "Impression et affranchissement", "sms": "Passerelle SMS",
                 "phone": "Temps d'appel"}
        rows = [self.stamped(start + i * HOUR_MS, campaign_id=campaign_id, channel=channel,
                             description=names[channel], amount_cents=unit[channel] * size + 2_000,
                             spent_on=self.day(start))
                for i, channel in enumerate(channels)]
        if self.rnd() < 0.8:
            rows.append(self.stamped(start - DAY_MS, campaign_id=campaign_id, channel=None,
                                     description="Conception et préparation", amount_cents=int(budget * 0.5),
                                     spent_on=self.day(start - DAY_MS)))
        self.insert("campaign_costs", rows)

    # ------------------------------------------------------------------ leads

    def load_leads(self) -> int:
        loader = self.loader
        pool = [p for p in self.people if p.stage in ("lead", "prospect")]
        if not pool:
            return 0
        chosen = self.rng.sample(pool, min(len(pool), self.scale.leads))
        rows: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        sellable = [p for p in self.products if p[2]] or self.products
        fresh = max(3, len(chosen) // 200)
        self.arrivals: dict[str, int] = {}
        for index, person in enumerate(chosen):
            row = person.row
            arrived = person.created
            if index < fresh:  # arrived in the last hours, some not called yet: flagged in "My leads"
                arrived = loader.end_ms - int((5 + index * 37) * MINUTE_MS)
            age_days = (loader.end_ms - arrived) / DAY_MS
            lead_id = new_id(self.rng, arrived)
            self.arrivals[lead_id] = arrived
            owner = row[_OWNER] or self.user()
            if age_days < 3:
                status = "new" if self.rnd() < 0.6 else "working"
            elif age_days < 60:
                status = self.pick(("converted", "disqualified", "qualified", "qualified", "working", "working"))
            else:  # old leads were settled one way or the other
                status = self.pick(("converted", "converted", "disqualified", "disqualified", "disqualified"))
            product = self.pick(sellable) if sellable and self.rnd() < 0.7 else None
            rows.append(self.stamped(
                arrived, id=lead_id, _author=owner, person_id=row[_ID], company_id=row[_COMPANY],
                source=row[_SOURCE] or "phone",
                interest_product_id=product[0] if product else None, interest=self.pick(_LEAD_INTERESTS),
                budget_cents=self.pick((None, 150_000, 450_000, 900_000, 1_800_000)),
                need=self.pick((None, "clear", "some", "none")), timing=self.pick((None, "now", "quarter", "year",
                                                                                      "later")),
                decision_maker=self.pick((None, 1, 1, 0)), owner_id=owner, assigned_at=loader.iso(arrived),
                assigned_rule_id=None, arrived_at=loader.iso(arrived), status=status,
                next_action=self.pick(("Appeler", "Envoyer l'offre", "Visite technique")) if status in
                ("new", "working", "qualified") else None,
                next_action_at=loader.iso(min(arrived + 2 * DAY_MS, loader.end_ms + 2 * DAY_MS))
                if status in ("new", "working", "qualified") else None,
                disqualified_reason="Pas de budget" if status == "disqualified" else None,
                opportunity_id=None, campaign_id=None, notes=None))
            if index < fresh and index % 2 == 0:
                continue  # waiting for a first contact
            delay = self.rnd()
            minutes = 3 + delay * 10 if delay < 0.6 else 15 + delay * 90 if delay < 0.9 else 600 + delay * 2_000
            contact = arrived + int(minutes * MINUTE_MS)
            if contact < loader.end_ms:
                history.append(self.stamped(
                    contact, _author=owner, kind="call", direction="out", occurred_at=loader.iso(contact),
                    duration_s=120 + int(self.rnd() * 500), user_id=owner, subject="Premier contact",
                    body=self.pick(_FIRST_CONTACTS), person_id=row[_ID], company_id=row[_COMPANY]))
        self.insert("leads", rows)
        self.insert("history", history)
        self.leads = rows
        return len(rows)

    # ------------------------------------------------------------------ opportunities

    def load_opportunities(self, lead_count: int) -> int:
        loader = self.loader
        converted = [lead for lead in self.leads if lead["status"] == "converted"]
        customers = [p for p in self.people if p.stage in ("customer", "prospect")] or self.people
        by_id = {p.row[_ID]: p for p in self.people}
        rows: list[dict[str, Any]] = []
        lead_updates: list[tuple[str, str]] = []
        names = {p[0]: p[1] for p in self.products}
        for index in range(self.scale.opportunities):
            lead = converted[index] if index < len(converted) else None
            person = by_id.get(lead["person_id"]) if lead else self.pick(customers)
            if person is None:
                continue
            if lead is None:
                opened = max(loader.start_ms + 400 * DAY_MS, person.created)
            else:
                opened = self.arrivals[lead["id"]] + DAY_MS
            opened = min(loader.between(opened, loader.end_ms), loader.end_ms - HOUR_MS)
            age = (loader.end_ms - opened) / DAY_MS
            if age > 60:
                stage = self.pick(("won", "won", "lost", "lost", "negotiation", "proposal"))
            else:
                stage = self.pick(("new", "qualified", "qualified", "proposal", "negotiation", "won", "lost"))
            template = self.pick(self.sale_templates) if self.sale_templates else []
            lines = [{"product_id": line[0], "description": line[1], "quantity": line[2],
                      "unit_price_cents": line[3], "unit_cost_cents": line[4], "discount_percent": line[5]}
                     for line in template]
            amount = sum(line_amounts(line[2], line[3], line[4], line[5])[0] for line in template)
            owner = person.row[_OWNER] or self.user()
            closed = opened + int((5 + self.rnd() * 50) * DAY_MS) if stage in ("won", "lost") else None
            if closed is not None and closed >= loader.end_ms:
                closed = loader.end_ms - HOUR_MS
            expected = closed if closed is not None else loader.end_ms + int((-10 + self.rnd() * 90) * DAY_MS)
            opp_id = new_id(self.rng, opened)
            first = (template[0][1] or names.get(template[0][0])) if template else None
            title = first or self.pick(_LEAD_INTERESTS)
            if len(template) > 1:
                title = f"{title} + {len(template) - 1}"
            sale_id = None
            if stage == "won" and closed is not None and template:
                company_id = person.row[_COMPANY]
                sale_id = self.sale(closed, person, company_id, template, owner, "opportunity",
                                    opportunity_id=opp_id)
            rows.append(self.stamped(
                opened, id=opp_id, _author=owner, number=self.next_number("O"), title=title[:120],
                person_id=person.row[_ID], company_id=person.row[_COMPANY], lead_id=lead["id"] if lead else None,
                campaign_id=None, owner_id=owner, stage=stage, amount_cents=amount,
                probability={"new": 10, "qualified": 25, "proposal": 50, "negotiation": 75, "won": 100,
                             "lost": 0}[stage],
                expected_close=self.day(expected), lines=json.dumps(lines, sort_keys=True),
                lost_reason=self.pick(_LOST_REASONS) if stage == "lost" else None,
                stage_changed_at=loader.iso(closed or opened), closed_at=loader.iso(closed) if closed else None,
                sale_id=sale_id, notes=None))
            if lead:
                lead_updates.append((opp_id, lead["id"]))
        self.insert("opportunities", rows)
        self.conn.executemany("UPDATE leads SET opportunity_id = ? WHERE id = ?", lead_updates)
        return len(rows)

    # ------------------------------------------------------------------ tasks

    def load_tasks(self) -> int:
        loader = self.loader
        rows: list[dict[str, Any]] = []
        for _ in range(self.scale.tasks):
            person = self.pick(self.people)
            created = loader.between(max(person.created, loader.end_ms - 400 * DAY_MS), loader.end_ms)
            due = created + int((0.1 + self.rnd() * 10) * DAY_MS)
            due = loader.office_hours(due, created) if due < loader.end_ms else due
            done = due < loader.end_ms - DAY_MS and self.rnd() < 0.85
            assignee = person.row[_OWNER] or self.user()
            rows.append(self.stamped(
                created, _author=assignee, title=self.pick(_TASK_TITLES), notes=None, due_at=loader.iso(due),
                assignee_id=assignee, person_id=person.row[_ID], company_id=person.row[_COMPANY],
                record_kind=None, record_id=None,
                done_at=loader.iso(min(due + int(self.rnd() * DAY_MS), loader.end_ms)) if done else None,
                reminded_at=loader.iso(due) if due < loader.end_ms else None))
        self.insert("tasks", rows)
        return len(rows)


def load(loader: _Loader, people: list[_Person], companies: list[_Company]) -> CampaignCounts:
    """Add leads, opportunities, tasks, segments and campaigns inside the demo's transaction."""
    return CampaignLoader(loader, people, companies).run()
