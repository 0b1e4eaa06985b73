"""Normalising what people type: phone numbers, e-mail addresses, VAT numbers, web sites.

Each helper returns the clean value or raises ValueError with a translatable
message; callers gather these into a ValidationError keyed by field.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError

from crm_desktop.core.errors import Message
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

#: Countries whose VAT numbers the issue asks us to validate; stdnum checks others too.
VAT_COUNTRIES = ("BE", "FR", "NL", "LU", "DE")


class FieldProblem(ValueError):
    """A single field's problem, carrying a translatable message."""

    def __init__(self, text: str, **params: object) -> None:
        self.message = Message(text, params)
        super().__init__(self.message.render())


def clean_text(value: object, max_length: int = 500) -> str | None:
    """Strip, collapse empty to None, cap the length."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if len(text) > max_length:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "At most {n} characters."), n=max_length)
    return text


def normalize_phone(value: object, default_region: str = "BE") -> str | None:
    """Return the number in international E.164 form (+3224771234)."""
    text = clean_text(value, 40)
    if text is None:
        return None
    try:
        number = phonenumbers.parse(text, default_region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Not a phone number.")) from exc
    if not phonenumbers.is_possible_number(number):
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "This phone number has the wrong length."))
    if not phonenumbers.is_valid_number(number):
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "This phone number does not exist."))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str | None, default_region: str = "BE") -> str:
    """Show a stored number nationally when it is local, internationally otherwise."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    region = phonenumbers.region_code_for_number(number)
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if region == default_region.upper()
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def normalize_email(value: object) -> str | None:
    """Check syntax only (no DNS: the laptop may be offline); lower-case the domain."""
    text = clean_text(value, 254)
    if text is None:
        return None
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Not a valid e-mail address.")) from exc
    return result.normalized.lower()


def normalize_vat(value: object, default_country: str = "BE") -> str | None:
    """Return the compact VAT number with its country prefix (BE0123456749).

    The check digits are verified with python-stdnum for every EU country, which
    covers Belgium, France, the Netherlands, Luxembourg and Germany.
    """
    text = clean_text(value, 30)
    if text is None:
        return None
    compact = re.sub(r"[\s.\-/]", "", text).upper()
    if compact[:2].isdigit() and default_country:
        compact = default_country.upper() + compact
    if not compact[:2].isalpha() or compact[:2].lower() not in {c.lower() for c in eu_vat.MEMBER_STATES} | {"el"}:
        raise FieldProblem(
            QT_TRANSLATE_NOOP("core", "A VAT number starts with its country code (BE, FR, NL, LU, DE...).")
        )
    try:
        return eu_vat.validate(compact)
    except StdnumError as exc:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "This VAT number is not valid.")) from exc


_WEBSITE = re.compile(r"^(https?://)?([\w-]+\.)+[\w-]{2,}(/\S*)?$", re.UNICODE)


def normalize_website(value: object) -> str | None:
    text = clean_text(value, 300)
    if text is None:
        return None
    if not _WEBSITE.match(text):
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Not a web address."))
    return text if text.lower().startswith(("http://", "https://")) else f"https://{text}"


def parse_cents(value: object) -> int | None:
    """Money typed as 1500, 1 500,50 or 1500.50 -> integer cents; never a float."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Not an amount of money."))
    if isinstance(value, int):
        if abs(value) >= 10**14:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "This amount is too large."))
        return value
    text = re.sub(r"[\s\u00a0\u202f€$£]", "", str(value))
    if not text:
        return None
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    else:
        text = text.replace(",", ".")
    match = re.fullmatch(r"(-?)(\d+)(?:\.(\d{1,2}))?", text)
    if not match:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Not an amount of money."))
    sign, whole, frac = match.groups()
    cents = int(whole) * 100 + int((frac or "0").ljust(2, "0"))
    if len(whole) > 12:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "This amount is too large."))
    return -cents if sign else cents


def parse_int(value: object, low: int = 0, high: int = 10**9) -> int | None:
    between = QT_TRANSLATE_NOOP("core", "Must be between {low} and {high}.")
    return parse_whole(value, low, high, not_whole=QT_TRANSLATE_NOOP("core", "Not a whole number."),
                       too_low=between, too_high=between, low=low, high=high)


def parse_whole(value: object, low: int, high: int, /, *, not_whole: str, too_low: str, too_high: str,
                **params: object) -> int | None:
    """A whole number typed in a field (None when empty), kept between ``low`` and ``high``.

    Each problem has its caller's translatable message; ``params`` fill the two messages of the bounds.
    """
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError as exc:
        raise FieldProblem(not_whole) from exc
    if number < low:
        raise FieldProblem(too_low, **params)
    if number > high:
        raise FieldProblem(too_high, **params)
    return number


def parse_decimal(value: object, *, zero_allowed: bool, high: int, low_message: str,
                  high_message: str) -> Decimal | None:
    """A quantity or a distance as typed (1,5 or 1.5); never a float on the way."""
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation as exc:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Not a number.")) from exc
    if not number.is_finite() or number < 0 or (number == 0 and not zero_allowed):
        raise FieldProblem(low_message)
    if number > high:
        raise FieldProblem(high_message)
    return number


def parse_distance(value: object) -> Decimal | None:
    """Kilometres travelled: zero to ten thousand, as typed (1,5 or 1.5)."""
    return parse_decimal(value, zero_allowed=True, high=10_000,
                         low_message=QT_TRANSLATE_NOOP("core", "A distance cannot be negative."),
                         high_message=QT_TRANSLATE_NOOP("core", "This distance is too large."))


def parse_amount(value: object) -> int | None:
    """A price or a cost in integer cents: never negative."""
    cents = parse_cents(value)
    if cents is not None and cents < 0:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "An amount cannot be negative."))
    return cents


def parse_date(value: object) -> str | None:
    """Dates of business meaning are plain ISO dates (YYYY-MM-DD)."""
    text = clean_text(value, 20)
    if text is None:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "Not a date (YYYY-MM-DD).")) from exc


def parse_choice(value: object, choices: tuple[str, ...] | list[str], default: str | None = None) -> str | None:
    text = clean_text(value, 50)
    if text is None:
        return default
    key = text.lower().replace(" ", "_").replace("-", "_")
    if key not in choices:
        raise FieldProblem(
            QT_TRANSLATE_NOOP("core", "Must be one of: {choices}."), choices=", ".join(choices)
        )
    return key


def parse_list(value: object, max_items: int = 50) -> list[str]:
    """Tags and interests: a list, or text separated by commas or semicolons."""
    if value is None or value == "":
        return []
    items = value if isinstance(value, (list, tuple)) else re.split(r"[,;]", str(value))
    seen: dict[str, None] = {}
    for item in items:
        text = str(item).strip()
        if text:
            if len(text) > 60:
                raise FieldProblem(QT_TRANSLATE_NOOP("core", "A tag has at most 60 characters."))
            seen.setdefault(text, None)
    if len(seen) > max_items:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "At most {n} items."), n=max_items)
    return list(seen)


def parse_skills(value: object) -> list[str]:
    """Skills of a technician or wanted by a job: lower case, each once, in order."""
    return sorted({s.strip().lower() for s in parse_list(value, 30) if s.strip()})
