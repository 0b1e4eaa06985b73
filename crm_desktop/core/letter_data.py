"""Who a campaign's letters and labels go to, and at which postal address.

The letters, the address labels and the command line share these rules so that a
label is printed for exactly the people who get a letter: a person's own address
when it is complete (a street and a postcode or a town), otherwise their company's
address (the company's name then goes on the envelope), otherwise nobody can be
written to and the person is left out with the reason. Reasons are codes; the
reports say them in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from crm_desktop.core import campaign_sends, mail_merge
from crm_desktop.core.errors import NotFound
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

#: Why a person gets no letter or label.
NO_ADDRESS = "no_postal_address"


@dataclass(frozen=True)
class Recipient:
    """One person to write to: the address block as lines and the merge values of the letter."""

    send_id: str
    person_id: str
    name: str
    lines: tuple[str, ...]
    country: str
    values: dict[str, str] = field(default_factory=dict)

    @property
    def address(self) -> str:
        """The address on one line, as kept on the send (``campaign_sends.address``)."""
        return ", ".join(self.lines[1:] + ((self.country,) if self.country else ()))


@dataclass
class Recipients:
    """The people a channel's paper goes to, and those left out with a reason code."""

    people: list[Recipient]
    skipped: list[tuple[str, str]]


def _text(row: Mapping[str, Any], name: str) -> str:
    return " ".join(str(row.get(name) or "").split())


def _complete(street: str, postcode: str, city: str) -> bool:
    return bool(street and (postcode or city))


def recipient(row: Mapping[str, Any]) -> Recipient | None:
    """The address block of one send row (``campaign_sends.rows``), or None when there is no address."""
    name = " ".join(p for p in (_text(row, "first_name"), _text(row, "last_name")) if p)
    company = _text(row, "company")
    own = (_text(row, "street"), _text(row, "postcode"), _text(row, "city"), _text(row, "country"))
    firm = (_text(row, "company_street"), _text(row, "company_postcode"), _text(row, "company_city"),
            _text(row, "company_country"))
    if _complete(*own[:3]):
        street, postcode, city, country = own
        lines = [name]
    elif _complete(*firm[:3]):
        street, postcode, city, country = firm
        lines = [name, company] if name else [company]
    else:
        return None
    lines.append(street)
    lines.append(" ".join(p for p in (postcode, city.upper() if city else "") if p))
    return Recipient(send_id=str(row["id"]), person_id=str(row["person_id"]), name=name or company,
                     lines=tuple(line for line in lines if line), country=country.upper(),
                     values=mail_merge.fields_for(row))


def recipients(db: sqlite_utils.Database, campaign_id: str, channel: str = "letter",
               reprint: bool = False) -> Recipients:
    """The pending sends of ``channel`` (with ``reprint``, the sent ones too), by name.

    Excluded, failed and bounced sends are never printed: they were left out on purpose.
    """
    statuses = ("pending", "sent") if reprint else ("pending",)
    people: list[Recipient] = []
    skipped: list[tuple[str, str]] = []
    for row in campaign_sends.rows(db, campaign_id, channel, status=None):
        if row["status"] not in statuses:
            continue
        found = recipient(row)
        if found is None:
            name = " ".join(p for p in (_text(row, "first_name"), _text(row, "last_name")) if p)
            skipped.append((name or _text(row, "company") or str(row["person_id"]), NO_ADDRESS))
        else:
            people.append(found)
    return Recipients(people, skipped)


def find_campaign(db: sqlite_utils.Database, text: str) -> str:
    """A campaign's id from its id or its exact name (the command line accepts both)."""
    wanted = text.strip()
    by_id = db.execute("SELECT id FROM campaigns WHERE id = ? AND deleted_at IS NULL", [wanted]).fetchall()
    if by_id:
        return str(by_id[0][0])
    by_name = db.execute("SELECT id FROM campaigns WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL",
                         [wanted]).fetchall()
    if len(by_name) == 1:
        return str(by_name[0][0])
    if len(by_name) > 1:
        raise NotFound(QT_TRANSLATE_NOOP("core", "{count} campaigns are named {name}: give the campaign's id."),
                       count=len(by_name), name=wanted)
    raise NotFound(QT_TRANSLATE_NOOP("core", "No campaign has the id or name {name}."), name=wanted)
