"""Fixed vocabularies with translatable labels (stored as the key, shown as the label)."""

from __future__ import annotations

from crm_desktop.core.i18n import QT_TRANSLATE_NOOP as _T

STAGES: dict[str, str] = {
    "lead": _T("core", "Lead"),
    "prospect": _T("core", "Prospect"),
    "customer": _T("core", "Customer"),
    "former": _T("core", "Former customer"),
}

SOURCES: dict[str, str] = {
    "walk_in": _T("core", "Walk-in"),
    "phone": _T("core", "Phone"),
    "email": _T("core", "E-mail"),
    "web_form": _T("core", "Web form"),
    "trade_show": _T("core", "Trade show"),
    "referral": _T("core", "Referral"),
    "campaign": _T("core", "Campaign"),
    "partner": _T("core", "Partner"),
    "other": _T("core", "Other"),
}

CONSENT_CHANNELS: dict[str, str] = {
    "email": _T("core", "E-mail"),
    "post": _T("core", "Post"),
    "phone": _T("core", "Phone"),
    "sms": _T("core", "SMS"),
}

CONSENT_STATES: dict[str, str] = {
    "given": _T("core", "Given"),
    "withdrawn": _T("core", "Withdrawn"),
}

PERSON_LANGUAGES: dict[str, str] = {
    "fr": _T("core", "French"),
    "nl": _T("core", "Dutch"),
    "en": _T("core", "English"),
    "de": _T("core", "German"),
}

HISTORY_KINDS: dict[str, str] = {
    "call": _T("core", "Call"),
    "email": _T("core", "E-mail"),
    "letter": _T("core", "Letter"),
    "fax": _T("core", "Fax"),
    "visit": _T("core", "Visit"),
    "meeting": _T("core", "Meeting"),
    "trade_show": _T("core", "Trade show"),
    "web_form": _T("core", "Web form"),
    "sms": _T("core", "SMS"),
    "note": _T("core", "Note"),
}

DIRECTIONS: dict[str, str] = {
    "in": _T("core", "Incoming"),
    "out": _T("core", "Outgoing"),
}

INDUSTRIES: tuple[str, ...] = (
    "Retail", "Construction", "Hospitality", "Healthcare", "Manufacturing", "Agriculture",
    "Transport", "Services", "Education", "Public sector", "IT", "Finance",
)
