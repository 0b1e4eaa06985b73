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
    Perm.EXPORT: QT_TRANSLATE_NOOP("core", "export contacts"),
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
}

#: What each role may NOT do; everything else is allowed (issue 8 refines this).
_DENIED: dict[Role, frozenset[Perm]] = {
    Role.ADMIN: frozenset(),
    Role.MANAGER: frozenset({Perm.USERS, Perm.SETTINGS}),
    Role.STAFF: frozenset({Perm.USERS, Perm.SETTINGS, Perm.CONTRACT_WRITE, Perm.TICKET_DELETE,
                           Perm.INTERVENTION_DELETE, Perm.TECHNICIAN_WRITE, Perm.SALE_DELETE,
                           Perm.LEAD_RULES, Perm.PERSONAL_DATA, Perm.AUDIT_VIEW}),
    Role.TECHNICIAN: frozenset(
        {Perm.PERSON_DELETE, Perm.COMPANY_DELETE, Perm.USERS, Perm.SETTINGS, Perm.EXPORT,
         Perm.IMPORT, Perm.DEMO, Perm.CONTRACT_WRITE, Perm.TICKET_DELETE, Perm.REPORTS,
         Perm.INTERVENTION_DELETE, Perm.TECHNICIAN_WRITE, Perm.PRODUCT_WRITE, Perm.SALE_DELETE,
         Perm.LEAD_RULES, Perm.CAMPAIGN_WRITE, Perm.CAMPAIGN_SEND, Perm.PERSONAL_DATA, Perm.AUDIT_VIEW}
    ),
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
