"""Fixed vocabularies with translatable labels (stored as the key, shown as the label)."""

from __future__ import annotations

from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

STAGES: dict[str, str] = {
    "lead": QT_TRANSLATE_NOOP("core", "Lead"),
    "prospect": QT_TRANSLATE_NOOP("core", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("core", "Customer"),
    "former": QT_TRANSLATE_NOOP("core", "Former customer"),
}

SOURCES: dict[str, str] = {
    "walk_in": QT_TRANSLATE_NOOP("core", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("core", "Phone"),
    "email": QT_TRANSLATE_NOOP("core", "E-mail"),
    "web_form": QT_TRANSLATE_NOOP("core", "Web form"),
    "trade_show": QT_TRANSLATE_NOOP("core", "Trade show"),
    "referral": QT_TRANSLATE_NOOP("core", "Referral"),
    "campaign": QT_TRANSLATE_NOOP("core", "Campaign"),
    "partner": QT_TRANSLATE_NOOP("core", "Partner"),
    "other": QT_TRANSLATE_NOOP("core", "Other"),
}

CONSENT_CHANNELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("core", "E-mail"),
    "post": QT_TRANSLATE_NOOP("core", "Post"),
    "phone": QT_TRANSLATE_NOOP("core", "Phone"),
    "sms": QT_TRANSLATE_NOOP("core", "SMS"),
}

CONSENT_STATES: dict[str, str] = {
    "given": QT_TRANSLATE_NOOP("core", "Given"),
    "withdrawn": QT_TRANSLATE_NOOP("core", "Withdrawn"),
}

PERSON_LANGUAGES: dict[str, str] = {
    "fr": QT_TRANSLATE_NOOP("core", "French"),
    "nl": QT_TRANSLATE_NOOP("core", "Dutch"),
    "en": QT_TRANSLATE_NOOP("core", "English"),
    "de": QT_TRANSLATE_NOOP("core", "German"),
}

HISTORY_KINDS: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP("core", "Call"),
    "email": QT_TRANSLATE_NOOP("core", "E-mail"),
    "letter": QT_TRANSLATE_NOOP("core", "Letter"),
    "fax": QT_TRANSLATE_NOOP("core", "Fax"),
    "visit": QT_TRANSLATE_NOOP("core", "Visit"),
    "meeting": QT_TRANSLATE_NOOP("core", "Meeting"),
    "trade_show": QT_TRANSLATE_NOOP("core", "Trade show"),
    "web_form": QT_TRANSLATE_NOOP("core", "Web form"),
    "sms": QT_TRANSLATE_NOOP("core", "SMS"),
    "note": QT_TRANSLATE_NOOP("core", "Note"),
}

DIRECTIONS: dict[str, str] = {
    "in": QT_TRANSLATE_NOOP("core", "Incoming"),
    "out": QT_TRANSLATE_NOOP("core", "Outgoing"),
}

#: Suggestions for a company's industry (free text); the UI offers them translated.
INDUSTRIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Retail"),
    QT_TRANSLATE_NOOP("core", "Construction"),
    QT_TRANSLATE_NOOP("core", "Hospitality"),
    QT_TRANSLATE_NOOP("core", "Healthcare"),
    QT_TRANSLATE_NOOP("core", "Manufacturing"),
    QT_TRANSLATE_NOOP("core", "Agriculture"),
    QT_TRANSLATE_NOOP("core", "Transport"),
    QT_TRANSLATE_NOOP("core", "Services"),
    QT_TRANSLATE_NOOP("core", "Education"),
    QT_TRANSLATE_NOOP("core", "Public sector"),
    QT_TRANSLATE_NOOP("core", "IT"),
    QT_TRANSLATE_NOOP("core", "Finance"),
)
