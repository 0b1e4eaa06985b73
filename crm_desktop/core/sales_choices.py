"""Vocabulary of sales: how a sale came in, stored as keys and shown as translated labels."""

from __future__ import annotations

from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

CHANNELS: dict[str, str] = {
    "shop": QT_TRANSLATE_NOOP("core", "Shop"),
    "phone": QT_TRANSLATE_NOOP("core", "Phone"),
    "email": QT_TRANSLATE_NOOP("core", "E-mail"),
    "web": QT_TRANSLATE_NOOP("core", "Web"),
    "field": QT_TRANSLATE_NOOP("core", "In the field"),
    "trade_show": QT_TRANSLATE_NOOP("core", "Trade show"),
}
DEFAULT_CHANNEL = "shop"
