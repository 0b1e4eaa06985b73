"""The readable copy of everything held about a person (GDPR right of access), as a PDF.

The JSON export is the complete, machine-readable answer; this is what the person reads:
the same data from ``core.gdpr.gather`` laid out by section, texts in full, with the
consent ledger that says when and how each consent was given. Printed in the person's
language when the report knows it (French or English).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import sqlite_utils
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from crm_desktop.core import campaign_sends, lead_choices, opportunity_choices
from crm_desktop.core.choices import HISTORY_KINDS, SOURCES, STAGES
from crm_desktop.core.clock import Clock, from_iso
from crm_desktop.core.field_choices import STATUSES as JOB_STATUSES
from crm_desktop.core.settings import load_business
from crm_desktop.core.support_choices import STATUSES as TICKET_STATUSES
from crm_desktop.core.support_settings import load_support
from crm_desktop.reports.support_costs import letterhead
from crm_desktop.reports.template import build_pdf, styles
from crm_desktop.reports.texts import Texts

WORDS: dict[str, dict[str, str]] = {
    "title": {"en": "Personal data", "fr": "Données personnelles"},
    "intro": {"en": "Everything held about {name} on {date}.",
              "fr": "Tout ce qui est enregistré sur {name} au {date}."},
    "erased": {"en": "This person was erased on {date}.", "fr": "Cette personne a été effacée le {date}."},
    "identity": {"en": "Identity and contact", "fr": "Identité et coordonnées"},
    "company": {"en": "Company", "fr": "Entreprise"},
    "consent": {"en": "Consent", "fr": "Consentements"},
    "consent_now": {"en": "Current consent", "fr": "Consentements actuels"},
    "ledger": {"en": "Consent history", "fr": "Historique des consentements"},
    "history": {"en": "Contacts and notes", "fr": "Contacts et notes"},
    "tickets": {"en": "Support tickets", "fr": "Tickets de support"},
    "interventions": {"en": "Interventions", "fr": "Interventions"},
    "sales": {"en": "Purchases", "fr": "Achats"},
    "tasks": {"en": "Follow-up tasks", "fr": "Tâches de suivi"},
    "leads": {"en": "Leads", "fr": "Pistes"},
    "opportunities": {"en": "Opportunities", "fr": "Opportunités"},
    "contracts": {"en": "Contracts", "fr": "Contrats"},
    "campaigns": {"en": "Campaigns", "fr": "Campagnes"},
    "attachments": {"en": "Files", "fr": "Fichiers"},
    "none": {"en": "None.", "fr": "Aucun."},
    "col_when": {"en": "When", "fr": "Quand"},
    "col_channel": {"en": "Channel", "fr": "Canal"},
    "col_status": {"en": "Status", "fr": "Statut"},
    "col_how": {"en": "How", "fr": "Comment"},
    "col_proof": {"en": "Proof", "fr": "Preuve"},
    "col_by": {"en": "Recorded by", "fr": "Enregistré par"},
    "col_what": {"en": "What", "fr": "Quoi"},
    "col_text": {"en": "Text", "fr": "Texte"},
    "col_number": {"en": "Number", "fr": "Numéro"},
    "col_amount": {"en": "Amount", "fr": "Montant"},
    "col_campaign": {"en": "Campaign", "fr": "Campagne"},
    "col_address": {"en": "Address used", "fr": "Adresse utilisée"},
    "col_relied": {"en": "Consent relied on", "fr": "Consentement invoqué"},
    "col_file": {"en": "File", "fr": "Fichier"},
    "col_size": {"en": "Size", "fr": "Taille"},
    "messages": {"en": "Messages", "fr": "Messages"},
}
#: The consent vocabulary in both languages (the report's own: reports/texts.py does not hold it).
CONSENT_WORDS: dict[str, dict[str, str]] = {
    "email": {"en": "E-mail", "fr": "E-mail"}, "post": {"en": "Post", "fr": "Courrier"},
    "phone": {"en": "Phone", "fr": "Téléphone"}, "sms": {"en": "SMS", "fr": "SMS"},
    "given": {"en": "Given", "fr": "Donné"}, "withdrawn": {"en": "Withdrawn", "fr": "Retiré"},
    "form": {"en": "Person form", "fr": "Fiche de la personne"},
    "unsubscribe": {"en": "Unsubscribe", "fr": "Désinscription"},
    "import": {"en": "Import", "fr": "Import"}, "erasure": {"en": "Erasure", "fr": "Effacement"},
}
#: Field labels of the identity section, in the order printed.
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("first_name", "First name", "Prénom"), ("last_name", "Last name", "Nom"), ("title", "Job title", "Fonction"),
    ("email", "E-mail", "E-mail"), ("email2", "Other e-mail", "Autre e-mail"), ("phone", "Phone", "Téléphone"),
    ("mobile", "Mobile", "Mobile"), ("street", "Street", "Rue"), ("postcode", "Postcode", "Code postal"),
    ("city", "City", "Localité"), ("country", "Country", "Pays"), ("language", "Language", "Langue"),
    ("birthday", "Birthday", "Anniversaire"), ("source", "Source", "Source"), ("stage", "Stage", "Étape"),
    ("tags", "Tags", "Étiquettes"), ("interests", "Interests", "Intérêts"), ("notes", "Notes", "Notes"),
    ("created_at", "Recorded on", "Enregistré le"), ("updated_at", "Last changed", "Dernière modification"),
)
WIDTH = 174 * mm
_GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
])


class _Writer:
    """Turns the gathered data into flowables in one language."""

    def __init__(self, language: str, texts: Texts) -> None:
        self.lang = language if language in ("en", "fr") else "en"
        self.t = texts
        self.styles = styles()

    def w(self, key: str, **params: object) -> str:
        return WORDS[key][self.lang].format(**params)

    def p(self, text: Any, style: str = "body") -> Paragraph:
        shown = escape(str(text if text is not None else "")).replace("\n", "<br/>")
        return Paragraph(shown, self.styles[style])

    def when(self, value: str | None) -> str:
        """A stored time in the shop's time (the day alone at midnight: a consent dated by its day)."""
        if not value:
            return ""
        if "T" not in value:
            return self.t.day(date.fromisoformat(value)) if len(value) == 10 else value
        local = from_iso(value).astimezone(self.t.zone)
        return self.t.day(local.date()) if (local.hour, local.minute) == (0, 0) else self.t.moment(value)

    def consent_word(self, key: str | None) -> str:
        return CONSENT_WORDS.get(key or "", {}).get(self.lang, key or "")

    def table(self, header: Sequence[str] | None, rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> Flowable:
        cells = ([[self.p(h, "small") for h in header]] if header else []) + [[self.p(v) for v in row]
                                                                             for row in rows]
        table = Table(cells, colWidths=[WIDTH * f for f in widths], repeatRows=1 if header else 0)
        table.setStyle(_GRID)
        if not header:
            table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F4F4F4")),
                                       ("BACKGROUND", (1, 0), (-1, -1), colors.white)]))
        return table

    def section(self, key: str, header: Sequence[str] | None, rows: Sequence[Sequence[Any]],
                widths: Sequence[float]) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(30 * mm), self.p(self.w(key), "h2")]
        out.append(self.table(header, rows, widths) if rows else self.p(self.w("none")))
        return out


def _name(person: Mapping[str, Any]) -> str:
    return f"{person.get('first_name') or ''} {person.get('last_name') or ''}".strip()


def story(data: Mapping[str, Any], language: str, texts: Texts, today: str) -> list[Flowable]:
    """The flowables of the report (separate from writing, so a test can count sections)."""
    x = _Writer(language, texts)
    person = data["person"]
    out: list[Flowable] = [x.p(x.w("title") + " - " + _name(person), "title"),
                           x.p(x.w("intro", name=_name(person), date=today))]
    if data.get("erasure"):
        out.append(x.p(x.w("erased", date=x.when(data["erasure"]["erased_at"]))))
    col = 1 if x.lang == "en" else 2
    identity = []
    for key, *labels in FIELDS:
        value = person.get(key)
        if isinstance(value, list):
            value = ", ".join(value)
        if key.endswith("_at") or key == "birthday":
            value = x.when(value)
        elif key in ("stage", "source"):
            value = x.t.choice(STAGES if key == "stage" else SOURCES, value)
        if value not in (None, "", []):
            identity.append((labels[col - 1], value))
    identity += [(name, value) for name, value in (person.get("custom") or {}).items()]
    out += x.section("identity", None, identity, (0.28, 0.72))
    company = data.get("company")
    if company:
        out.append(x.p(x.w("company"), "h2"))
        address = ", ".join(v for v in (company.get("street"), company.get("postcode"), company.get("city")) if v)
        out.append(x.p(" - ".join(v for v in (company.get("name"), address) if v)))
    consent = data["consent"]
    out.append(x.p(x.w("consent"), "h2"))
    now = [(x.consent_word(ch), x.consent_word(e.get("status")), x.when(e.get("date")), e.get("source"))
           for ch, e in consent["summary"].items()]
    out += x.section("consent_now", [x.w("col_channel"), x.w("col_status"), x.w("col_when"), x.w("col_proof")],
                     now, (0.2, 0.2, 0.2, 0.4))
    ledger = [(x.when(e["at"]), x.consent_word(e["channel"]), x.consent_word(e["status"]),
               x.consent_word(e.get("method")), e.get("proof"), e.get("user_name"))
              for e in consent["ledger"]]
    out += x.section("ledger", [x.w("col_when"), x.w("col_channel"), x.w("col_status"), x.w("col_how"),
                                x.w("col_proof"), x.w("col_by")], ledger, (0.2, 0.12, 0.13, 0.15, 0.25, 0.15))
    history = [(x.when(h["occurred_at"]), x.t.choice(HISTORY_KINDS, h["kind"]),
                "\n".join(v for v in (h.get("subject"), h.get("body")) if v))
               for h in data["history"]]
    out += x.section("history", [x.w("col_when"), x.w("col_what"), x.w("col_text")], history, (0.2, 0.12, 0.68))
    tickets = []
    for ticket in data["tickets"]:
        messages = "\n".join(f"{x.when(m['at'])} ({m.get('direction') or '-'}): {m['body']}"
                             for m in ticket["messages"])
        text = "\n".join(v for v in (ticket.get("subject"), ticket.get("description"), messages) if v)
        tickets.append((ticket.get("number"), x.when(ticket.get("opened_at")),
                        x.t.choice(TICKET_STATUSES, ticket.get("status")), text))
    out += x.section("tickets", [x.w("col_number"), x.w("col_when"), x.w("col_status"), x.w("col_text")],
                     tickets, (0.13, 0.17, 0.12, 0.58))
    jobs = [(j.get("number"), x.when(j.get("completed_at") or j.get("planned_start")),
             x.t.choice(JOB_STATUSES, j.get("status")),
             "\n".join(v for v in (j.get("subject"), j.get("work_done"), j.get("site_contact"), j.get("site_phone"),
                                   j.get("street"), j.get("city")) if v)) for j in data["interventions"]]
    out += x.section("interventions", [x.w("col_number"), x.w("col_when"), x.w("col_status"), x.w("col_text")],
                     jobs, (0.13, 0.17, 0.12, 0.58))
    sales = [(s.get("number"), x.when(s.get("sold_on")), x.t.money(s.get("total_cents") or 0),
              "\n".join(line.get("description") or "" for line in s["lines"]) + (f"\n{s['note']}" if s.get("note")
                                                                                 else ""))
             for s in data["sales"]]
    out += x.section("sales", [x.w("col_number"), x.w("col_when"), x.w("col_amount"), x.w("col_what")], sales,
                     (0.15, 0.15, 0.15, 0.55))
    tasks = [(x.when(t.get("due_at")), "\n".join(v for v in (t.get("title"), t.get("notes")) if v))
             for t in data["tasks"]]
    out += x.section("tasks", [x.w("col_when"), x.w("col_text")], tasks, (0.2, 0.8))
    leads = [(x.when(le.get("arrived_at")), x.t.choice(lead_choices.STATUSES, le.get("status")),
              "\n".join(v for v in (le.get("interest"), le.get("need"), le.get("notes")) if v)) for le in data["leads"]]
    out += x.section("leads", [x.w("col_when"), x.w("col_status"), x.w("col_text")], leads, (0.2, 0.15, 0.65))
    deals = [(o.get("number"), x.t.choice(opportunity_choices.STAGES, o.get("stage")),
              x.t.money(o.get("amount_cents") or 0),
              "\n".join(v for v in (o.get("title"), o.get("notes")) if v)) for o in data["opportunities"]]
    out += x.section("opportunities", [x.w("col_number"), x.w("col_status"), x.w("col_amount"), x.w("col_text")],
                     deals, (0.15, 0.15, 0.15, 0.55))
    contracts = [(c.get("reference"), f"{c.get('starts_on') or ''} - {c.get('ends_on') or ''}", c.get("notes"))
                 for c in data["contracts"]]
    out += x.section("contracts", [x.w("col_number"), x.w("col_when"), x.w("col_text")], contracts, (0.2, 0.3, 0.5))
    sends = []
    for member in data["campaigns"]:
        for send in member["sends"]:
            relied = send.get("consent") or {}
            relied_text = " ".join(v for v in (x.consent_word(relied.get("status")), x.when(relied.get("date")),
                                               relied.get("source")) if v)
            sends.append((member.get("campaign"), x.t.choice(campaign_sends.CHANNELS, send["channel"]),
                          x.t.choice(campaign_sends.STATUSES, send["status"]), send.get("address"), relied_text))
        if member.get("response"):
            sends.append((member.get("campaign"), x.t.choice(campaign_sends.CHANNELS, member.get("response_channel")),
                          "", member["response"], ""))
    out += x.section("campaigns", [x.w("col_campaign"), x.w("col_channel"), x.w("col_status"), x.w("col_address"),
                                   x.w("col_relied")], sends, (0.22, 0.1, 0.12, 0.28, 0.28))
    files = [(f["file_name"], x.t.integer(int(f.get("size") or 0)), x.when(f.get("created_at")))
             for f in data["attachments"]]
    out += x.section("attachments", [x.w("col_file"), x.w("col_size"), x.w("col_when")], files, (0.55, 0.15, 0.3))
    out.append(Spacer(1, 4 * mm))
    return out


def write_pdf(db: sqlite_utils.Database, data: Mapping[str, Any], out: Path, clock: Clock,
              language: str | None = None) -> Path:
    """Write the report of ``data`` (``core.gdpr.gather``) to ``out``; the person's language by default."""
    lang = language or data["person"].get("language") or "en"
    lang = lang if lang in ("en", "fr") else "en"
    business = load_business(db)
    texts = Texts(lang, business.currency, load_support(db).timezone)
    head = letterhead(db, WORDS["title"][lang], lang, clock)
    today = texts.day(clock.now().astimezone(texts.zone).date())
    return build_pdf(out, head, story(data, lang, texts, today))
