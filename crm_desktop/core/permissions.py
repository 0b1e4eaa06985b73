"""Roles and what each may do. Checked in core for every write, whoever calls."""

from __future__ import annotations

from enum import StrEnum

from crm_desktop.core.errors import Message, PermissionDenied
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    STAFF = "staff"
    TECHNICIAN = "technician"


ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("core", "Administrator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("core", "Manager"),
    Role.STAFF: QT_TRANSLATE_NOOP("core", "Staff"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("core", "Technician"),
}


class Perm(StrEnum):
    """Operations that need a permission. Later issues add their own."""

    PERSON_WRITE = "person.write"
    PERSON_DELETE = "person.delete"
    COMPANY_WRITE = "company.write"
    COMPANY_DELETE = "company.delete"
    HISTORY_WRITE = "history.write"
    HISTORY_DELETE = "history.delete"
    ATTACHMENT_WRITE = "attachment.write"
    TRASH_RESTORE = "trash.restore"
    IMPORT = "contacts.import"
    EXPORT = "contacts.export"
    SETTINGS = "settings.write"
    USERS = "users.write"
    DEMO = "demo.load"
    TICKET_WRITE = "ticket.write"
    TICKET_DELETE = "ticket.delete"
    CONTRACT_WRITE = "contract.write"
    KB_WRITE = "kb.write"
    COST_WRITE = "cost.write"
    REPORTS = "reports.view"
    INTERVENTION_WRITE = "intervention.write"
    INTERVENTION_DELETE = "intervention.delete"
    PLANNING = "planning.write"
    TECHNICIAN_WRITE = "technician.write"
    STOCK_WRITE = "stock.write"
    PRODUCT_WRITE = "product.write"
    SALE_WRITE = "sale.write"
    SALE_DELETE = "sale.delete"
    TASK_WRITE = "task.write"
    LEAD_WRITE = "lead.write"
    LEAD_RULES = "lead.rules"
    OPPORTUNITY_WRITE = "opportunity.write"
    CAMPAIGN_WRITE = "campaign.write"
    CAMPAIGN_SEND = "campaign.send"
    PERSONAL_DATA = "personal_data.manage"
    AUDIT_VIEW = "audit.view"
    PROFITABILITY = "reports.profitability"
    VIEW_MARGINS = "sales.margins"
    TASK_DELETE = "task.delete"
    LEAD_DELETE = "lead.delete"
    OPPORTUNITY_DELETE = "opportunity.delete"
    ATTACHMENT_DELETE = "attachment.delete"
    KB_DELETE = "kb.delete"
    COST_DELETE = "cost.delete"


PERM_LABELS = {
    Perm.PERSON_WRITE: QT_TRANSLATE_NOOP("core", "change people"),
    Perm.PERSON_DELETE: QT_TRANSLATE_NOOP("core", "delete people"),
    Perm.COMPANY_WRITE: QT_TRANSLATE_NOOP("core", "change companies"),
    Perm.COMPANY_DELETE: QT_TRANSLATE_NOOP("core", "delete companies"),
    Perm.HISTORY_WRITE: QT_TRANSLATE_NOOP("core", "log history"),
    Perm.HISTORY_DELETE: QT_TRANSLATE_NOOP("core", "delete history entries"),
    Perm.ATTACHMENT_WRITE: QT_TRANSLATE_NOOP("core", "add or remove files"),
    Perm.TRASH_RESTORE: QT_TRANSLATE_NOOP("core", "restore from the trash"),
    Perm.IMPORT: QT_TRANSLATE_NOOP("core", "import contacts"),
    Perm.EXPORT: QT_TRANSLATE_NOOP("core", "export contacts, calendars and labels"),
    Perm.SETTINGS: QT_TRANSLATE_NOOP("core", "change the settings"),
    Perm.USERS: QT_TRANSLATE_NOOP("core", "manage users"),
    Perm.DEMO: QT_TRANSLATE_NOOP("core", "load sample data"),
    Perm.TICKET_WRITE: QT_TRANSLATE_NOOP("core", "work on tickets"),
    Perm.TICKET_DELETE: QT_TRANSLATE_NOOP("core", "delete tickets"),
    Perm.CONTRACT_WRITE: QT_TRANSLATE_NOOP("core", "change support levels and contracts"),
    Perm.KB_WRITE: QT_TRANSLATE_NOOP("core", "write knowledge base articles"),
    Perm.COST_WRITE: QT_TRANSLATE_NOOP("core", "record time and costs"),
    Perm.REPORTS: QT_TRANSLATE_NOOP("core", "print management reports"),
    Perm.INTERVENTION_WRITE: QT_TRANSLATE_NOOP("core", "record interventions"),
    Perm.INTERVENTION_DELETE: QT_TRANSLATE_NOOP("core", "delete interventions"),
    Perm.PLANNING: QT_TRANSLATE_NOOP("core", "plan interventions"),
    Perm.TECHNICIAN_WRITE: QT_TRANSLATE_NOOP("core", "change technicians and their absences"),
    Perm.STOCK_WRITE: QT_TRANSLATE_NOOP("core", "receive, move and correct stock"),
    Perm.PRODUCT_WRITE: QT_TRANSLATE_NOOP("core", "change products and parts"),
    Perm.SALE_WRITE: QT_TRANSLATE_NOOP("core", "record sales"),
    Perm.SALE_DELETE: QT_TRANSLATE_NOOP("core", "delete sales"),
    Perm.TASK_WRITE: QT_TRANSLATE_NOOP("core", "plan follow-up tasks"),
    Perm.LEAD_WRITE: QT_TRANSLATE_NOOP("core", "work on leads"),
    Perm.LEAD_RULES: QT_TRANSLATE_NOOP("core", "change how leads are assigned"),
    Perm.OPPORTUNITY_WRITE: QT_TRANSLATE_NOOP("core", "work on sales opportunities"),
    Perm.CAMPAIGN_WRITE: QT_TRANSLATE_NOOP("core", "prepare campaigns and segments"),
    Perm.CAMPAIGN_SEND: QT_TRANSLATE_NOOP("core", "send campaigns"),
    Perm.PERSONAL_DATA: QT_TRANSLATE_NOOP("core", "export or erase a person's data"),
    Perm.AUDIT_VIEW: QT_TRANSLATE_NOOP("core", "read the audit trail"),
    Perm.PROFITABILITY: QT_TRANSLATE_NOOP("core", "see profitability, management and retention figures"),
    Perm.VIEW_MARGINS: QT_TRANSLATE_NOOP("core", "see margins and costs"),
    Perm.TASK_DELETE: QT_TRANSLATE_NOOP("core", "delete tasks"),
    Perm.LEAD_DELETE: QT_TRANSLATE_NOOP("core", "delete leads"),
    Perm.OPPORTUNITY_DELETE: QT_TRANSLATE_NOOP("core", "delete sales opportunities"),
    Perm.ATTACHMENT_DELETE: QT_TRANSLATE_NOOP("core", "remove files"),
    Perm.KB_DELETE: QT_TRANSLATE_NOOP("core", "delete knowledge base articles"),
    Perm.COST_DELETE: QT_TRANSLATE_NOOP("core", "delete time and cost entries"),
}

#: Deleting anything (and undoing a deletion): never a technician's job (issue 8).
DELETES = frozenset({Perm.PERSON_DELETE, Perm.COMPANY_DELETE, Perm.HISTORY_DELETE, Perm.TICKET_DELETE,
                     Perm.INTERVENTION_DELETE, Perm.SALE_DELETE, Perm.TASK_DELETE, Perm.LEAD_DELETE,
                     Perm.OPPORTUNITY_DELETE, Perm.ATTACHMENT_DELETE, Perm.KB_DELETE, Perm.COST_DELETE,
                     Perm.TRASH_RESTORE})
#: The running of the business itself: who may use the app, how it is set up.
_ADMINISTRATION = frozenset({Perm.USERS, Perm.SETTINGS})
#: Office work a technician in the field neither does nor sees: exports, campaigns, the catalogue,
#: contracts, money figures beyond their own jobs, other people's data rights and the audit trail.
_OFFICE = frozenset({Perm.EXPORT, Perm.IMPORT, Perm.DEMO, Perm.CONTRACT_WRITE, Perm.REPORTS,
                     Perm.PROFITABILITY, Perm.VIEW_MARGINS, Perm.TECHNICIAN_WRITE,
                     Perm.PRODUCT_WRITE, Perm.LEAD_RULES, Perm.CAMPAIGN_WRITE, Perm.CAMPAIGN_SEND,
                     Perm.PERSONAL_DATA, Perm.AUDIT_VIEW})

#: What each role may NOT do; everything else is allowed. Issue 8: technicians work their own
#: interventions (log history, record reports, use stock) and cannot export, delete, run campaigns or
#: see margins; staff work people, companies, history, tickets, sales and campaigns without user
#: management, contracts, field-service deletes or profitability reports; managers do everything
#: but user management and settings; admins do everything.
_DENIED: dict[Role, frozenset[Perm]] = {
    Role.ADMIN: frozenset(),
    Role.MANAGER: _ADMINISTRATION,
    Role.STAFF: _ADMINISTRATION | frozenset(
        {Perm.CONTRACT_WRITE, Perm.TICKET_DELETE, Perm.INTERVENTION_DELETE, Perm.TECHNICIAN_WRITE,
         Perm.SALE_DELETE, Perm.LEAD_RULES, Perm.PERSONAL_DATA, Perm.AUDIT_VIEW, Perm.PROFITABILITY}),
    Role.TECHNICIAN: _ADMINISTRATION | DELETES | _OFFICE,
}

#: The printed reports and exports that are given a database rather than a Context (they run on a
#: worker's own connection): the UI and the command line call ``require_report`` before starting one.
REPORT_PERMS: dict[str, Perm] = {
    "management": Perm.PROFITABILITY,
    "profitability": Perm.PROFITABILITY,
    "retention": Perm.PROFITABILITY,
    "support_costs": Perm.REPORTS,
    "campaign_report": Perm.REPORTS,
    "labels": Perm.EXPORT,
    "letters": Perm.CAMPAIGN_SEND,
    "icalendar": Perm.EXPORT,
    "contacts_csv": Perm.EXPORT,
    "sms_csv": Perm.CAMPAIGN_SEND,
}


def allowed(role: Role | str, perm: Perm) -> bool:
    try:
        return perm not in _DENIED[Role(role)]
    except ValueError:
        return False


def require(user: object, perm: Perm) -> None:
    """Raise PermissionDenied unless ``user`` (anything with ``role`` and ``name``) may."""
    role = getattr(user, "role", None)
    if role is None or not allowed(role, perm):
        try:
            role_label: object = Message(ROLE_LABELS[Role(role)])
        except ValueError:
            role_label = str(role)
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("core", "{user} ({role}) is not allowed to {operation}."),
            user=getattr(user, "name", "?"),
            role=role_label,
            operation=Message(PERM_LABELS.get(perm, str(perm))),
        )


def require_report(user: object, report: str) -> None:
    """Refuse a report or export of ``REPORT_PERMS`` to a role without its permission (KeyError: unknown)."""
    require(user, REPORT_PERMS[report])
