"""People to and from CSV files, the way spreadsheets and other CRMs write them.

Export writes every field of every live person, with the company's name, as
UTF-8 with a byte-order mark (so that Excel shows accents right) and commas.
Lists are written "a; b"; consent per channel as "given; 2024-05-01; web form";
custom fields as one ``custom.<name>`` column each.

Import reads a generic CSV whose header names the fields, in English or French
("Prénom", "Courriel", "Société"...), separated by commas or semicolons, in UTF-8
or Windows-1252. Every row is validated with the same rules as the contact form
(``people.validate``) BEFORE anything is written; if any row is bad, nothing of the
file is written and each problem is reported with its line number. The whole file
is then written in one transaction.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.core import companies, consent_ledger, people, records
from crm_desktop.core.choices import CONSENT_CHANNELS
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.db.connection import write_transaction

#: Export columns before the consent and custom columns. ``company`` and ``owner``
#: are names (the ids mean nothing in another database); ``id`` is for reference
#: only and ignored on import.
BASE_COLUMNS = (
    "id", "first_name", "last_name", "title", "company", "email", "email2", "phone", "mobile",
    "street", "postcode", "city", "country", "language", "stage", "owner", "source",
    "interests", "credit_limit", "payment_terms_days", "birthday", "tags", "notes",
)
CONSENT_PREFIX = "consent."
CUSTOM_PREFIX = "custom."
LIST_SEPARATOR = "; "
MAX_ERRORS = 10_000  # a wrong file must not fill memory with messages


class ImportFileError(CrmError):
    """The file as a whole cannot be read as contacts (not a row problem)."""


def _fold(text: str) -> str:
    """Header text reduced to compare: no accents, case, spaces or punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c for c in text.casefold() if c.isalnum())


#: Header aliases (English, French, a little Dutch) -> field. Field keys are aliases too.
_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("First name", "Firstname", "Given name", "Forename", "Prénom", "Voornaam"),
    "last_name": ("Last name", "Surname", "Family name", "Nom", "Nom de famille", "Achternaam"),
    "title": ("Title", "Job title", "Position", "Fonction", "Titre", "Poste"),
    "company": ("Company", "Company name", "Organisation", "Organization", "Société",
                "Entreprise", "Firma", "Bedrijf", "Raison sociale"),
    "email": ("E-mail", "Email", "Mail", "E-mail address", "Email address", "Courriel",
              "Adresse e-mail", "Adresse email", "E-mail 1"),
    "email2": ("E-mail 2", "Email 2", "Second e-mail", "Courriel 2"),
    "phone": ("Phone", "Telephone", "Tel", "Phone number", "Business phone", "Téléphone",
              "Tél", "Téléphone fixe", "Telefoon"),
    "mobile": ("Mobile", "GSM", "Cell", "Cell phone", "Mobile phone", "Portable",
               "Téléphone portable", "Mobile number"),
    "street": ("Street", "Address", "Street address", "Adresse", "Rue", "Straat"),
    "postcode": ("Postcode", "Post code", "Postal code", "ZIP", "ZIP code", "Code postal", "CP",
                 "Postcode"),
    "city": ("City", "Town", "Ville", "Localité", "Commune", "Gemeente", "Stad"),
    "country": ("Country", "Pays", "Land"),
    "language": ("Language", "Langue", "Taal"),
    "stage": ("Stage", "Lifecycle stage", "Étape", "Statut"),
    "owner_id": ("Owner", "Account owner", "Responsable", "Propriétaire", "Commercial"),
    "source": ("Source", "Lead source", "Origine", "Canal"),
    "interests": ("Interests", "Intérêts", "Centres d'intérêt"),
    "credit_limit": ("Credit limit", "Limite de crédit", "Plafond de crédit"),
    "payment_terms_days": ("Payment terms", "Payment terms days", "Délai de paiement"),
    "birthday": ("Birthday", "Birth date", "Date of birth", "Anniversaire", "Date de naissance"),
    "tags": ("Tags", "Labels", "Étiquettes", "Mots-clés"),
    "notes": ("Notes", "Note", "Remarks", "Comments", "Remarques", "Commentaires", "Commentaire"),
    "id": ("ID",),
}


def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for key in people.FIELDS:
        table[_fold(key)] = key
    for key, names in _ALIASES.items():
        table[_fold(key)] = key
        for name in names:
            table.setdefault(_fold(name), key)
    return table


ALIASES = _alias_table()


# --------------------------------------------------------------------------- export


_FORMULA_START = ("=", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """Text for a cell; neutralise what a spreadsheet would run as a formula.

    Phone numbers ("+32...") and negative amounts stay as they are.
    """
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_START) or (
        text.startswith(("+", "-")) and not re.fullmatch(r"[+-][\d\s.,()/]*", text)
    ):
        return "'" + text
    return text


def _money(cents: int | None) -> str:
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def _consent_cell(entry: Mapping[str, str] | None) -> str:
    if not entry:
        return ""
    return LIST_SEPARATOR.join(entry.get(k, "") for k in ("status", "date", "source"))


def export_columns(ctx: Context) -> list[str]:
    """The header of an export: the base columns, consent per channel, custom fields in use."""
    custom = [
        r[0]
        for r in ctx.db.execute(
            "SELECT DISTINCT j.key FROM people p, json_each(p.custom) j "
            "WHERE p.deleted_at IS NULL AND p.custom != '{}' ORDER BY j.key"
        ).fetchall()
    ]
    return [
        *BASE_COLUMNS,
        *(CONSENT_PREFIX + channel for channel in CONSENT_CHANNELS),
        *(CUSTOM_PREFIX + name for name in custom),
    ]


def _export_rows(ctx: Context, columns: list[str]) -> Iterator[list[str]]:
    cursor = ctx.db.execute(
        "SELECT p.*, c.name AS company_name, u.name AS owner_name FROM people p "
        "LEFT JOIN companies c ON c.id = p.company_id LEFT JOIN users u ON u.id = p.owner_id "
        "WHERE p.deleted_at IS NULL "
        "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.rid"
    )
    names = [d[0] for d in cursor.description]
    for raw in cursor:
        row = records.from_db(dict(zip(names, raw, strict=True)))
        out: list[str] = []
        for column in columns:
            if column == "company":
                value: Any = row["company_name"]
            elif column == "owner":
                value = row["owner_name"]
            elif column == "credit_limit":
                value = _money(row["credit_limit_cents"])
            elif column in ("tags", "interests"):
                value = LIST_SEPARATOR.join(row[column])
            elif column.startswith(CONSENT_PREFIX):
                value = _consent_cell(row["consent"].get(column[len(CONSENT_PREFIX):]))
            elif column.startswith(CUSTOM_PREFIX):
                value = row["custom"].get(column[len(CUSTOM_PREFIX):])
            else:
                value = row[column]
            out.append(_cell(value))
        yield out


def export_contacts(ctx: Context, out: Path) -> int:
    """Write every live person to ``out``; return how many. The file appears whole or not at all."""
    require(ctx.user, Perm.EXPORT)
    out = Path(out)
    columns = export_columns(ctx)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in _export_rows(ctx, columns):
                writer.writerow(row)
                count += 1
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ImportFileError(QT_TRANSLATE_NOOP("core", "Cannot write {path}: {reason}"),
                              path=str(out), reason=exc.strerror or str(exc)) from exc
    return count


# --------------------------------------------------------------------------- import


@dataclass(frozen=True)
class RowProblem:
    """One problem of one row: the line in the file (the header is line 1) and the column."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.column}: " if self.column else ""
        return f"line {self.line}: {where}{self.message}"


@dataclass
class ImportResult:
    """What an import did, or would do (dry run), and why not if it did not."""

    rows: int = 0
    people_created: int = 0
    companies_created: int = 0
    new_companies: list[str] = field(default_factory=list)
    errors: list[RowProblem] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ","
    dry_run: bool = False
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _Column:
    index: int
    header: str
    key: str  # a people field, "company", "id", "consent.<ch>" or "custom.<name>"


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(text: str) -> str:
    """Comma or semicolon (or tab), by csv.Sniffer, checked against the header line.

    The sample stays small: the Sniffer's regular expressions take quadratic time
    on some inputs (64 KB of quoted multi-line cells took seconds).
    """
    sample = text[:8192]
    first = sample.split("\n", 1)[0]
    try:
        found = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        found = ""
    counts = {d: first.count(d) for d in ",;\t"}
    if not found or counts.get(found, 0) == 0:
        best = max(counts, key=lambda d: counts[d])
        found = best if counts[best] else ","
    return found


def _columns(header: list[str], result: ImportResult) -> list[_Column]:
    columns: list[_Column] = []
    taken: set[str] = set()
    for index, raw in enumerate(header):
        name = raw.strip()
        lowered = name.casefold()
        key: str | None
        if lowered.startswith(("custom.", "custom:")) and name[7:].strip():
            key = CUSTOM_PREFIX + name[7:].strip()
        elif lowered.startswith(("consent.", "consent:")) and name[8:].strip().lower() in CONSENT_CHANNELS:
            key = CONSENT_PREFIX + name[8:].strip().lower()
        else:
            key = ALIASES.get(_fold(name))
        if key is None or key in taken:
            if name:
                result.ignored_columns.append(name)
            continue
        taken.add(key)
        columns.append(_Column(index, name, key))
    return columns


_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")


def _iso_date(text: str) -> str:
    """European day-first dates (31/12/1980, 31.12.1980) as ISO; anything else unchanged."""
    match = _DAY_FIRST.match(text)
    if not match:
        return text
    day, month, year = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _unformula(text: str) -> str:
    """Undo the quote export puts before formula-like text."""
    if text.startswith("'") and text[1:2] in ("=", "@", "+", "-", "\t", "\r"):
        return text[1:]
    return text


class _RowReader:
    """Turns one CSV row into people.validate input, gathering problems by column."""

    def __init__(self, ctx: Context, columns: list[_Column]) -> None:
        self.ctx = ctx
        self.columns = columns
        self.header_of = {c.key: c.header for c in columns}
        self._users: dict[str, bool] = {}
        #: Owners named in the file but unknown here: name -> (first line, rows).
        self.unknown_owners: dict[str, list[int]] = {}

    def values(self, cells: list[str], line: int) -> tuple[dict[str, Any], str]:
        """people.validate input and the company name of one row."""
        values: dict[str, Any] = {}
        consent: dict[str, dict[str, str]] = {}
        custom: dict[str, str] = {}
        company = ""
        for column in self.columns:
            text = _unformula(cells[column.index].strip()) if column.index < len(cells) else ""
            key = column.key
            if key == "id":
                continue
            if key == "company":
                company = text
            elif key.startswith(CONSENT_PREFIX):
                if text:
                    parts = [p.strip() for p in text.split(";", 2)]
                    parts += [""] * (3 - len(parts))
                    consent[key[len(CONSENT_PREFIX):]] = {
                        "status": parts[0].lower(), "date": _iso_date(parts[1]), "source": parts[2],
                    }
            elif key.startswith(CUSTOM_PREFIX):
                if text:
                    custom[key[len(CUSTOM_PREFIX):]] = text
            elif key == "owner_id":
                if text and not self._user_exists(text):
                    seen = self.unknown_owners.setdefault(text, [line, 0])
                    seen[1] += 1
                else:
                    values[key] = text
            elif key == "birthday":
                values[key] = _iso_date(text)
            else:
                values[key] = text
        if consent:
            values["consent"] = consent
        if custom:
            values["custom"] = custom
        return values, company

    def owner_warnings(self) -> list[RowProblem]:
        """One warning per unknown owner name, at its first line, with how many rows name it."""
        header = self.header_of.get("owner_id", "owner")
        out = []
        for name, (line, rows) in self.unknown_owners.items():
            where = f" (and {rows - 1} more rows)" if rows > 1 else ""
            out.append(RowProblem(line, header, f"No user named {name!r} here{where}; the owner is left empty."))
        return out

    def _user_exists(self, name: str) -> bool:
        if name not in self._users:
            self._users[name] = bool(self.ctx.db.execute(
                "SELECT 1 FROM users WHERE (id = ? OR name = ?) AND deleted_at IS NULL LIMIT 1",
                [name, name],
            ).fetchone())
        return self._users[name]

    def header(self, field_name: str) -> str:
        """The file's own name for a field, to point the user at the right column."""
        if field_name in ("consent", "custom"):
            prefix = CONSENT_PREFIX if field_name == "consent" else CUSTOM_PREFIX
            return next((c.header for c in self.columns if c.key.startswith(prefix)), field_name)
        return self.header_of.get(field_name, field_name)


def _problems(error: ValidationError, line: int, header: Callable[[str], str]) -> list[RowProblem]:
    return [RowProblem(line, header(name), message.render()) for name, message in error.errors.items()]


_EXCEL_SEP = re.compile(r"sep=([,;\t|])[ \t]*(\r\n|\n|\r|$)")


def _records(text: str, delimiter: str, offset: int) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on (a quoted cell may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for row in reader:
            yield start + offset, row
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("core", "Line {line} cannot be read as CSV: {reason}"),
                              line=start + offset, reason=str(exc)) from exc


class ImportCancelled(CrmError):
    """The user cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("core", "The import was cancelled; nothing was imported."))


#: ``progress(done, total)`` in lines of the file; returning False cancels.
Progress = Callable[[int, int], bool | None]
PROGRESS_EVERY = 500


def import_contacts(
    ctx: Context, path: Path, dry_run: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Validate every row of ``path``, then create them all in one transaction, or nothing.

    People whose e-mail address is already in the database (or earlier in the
    file) are skipped and reported. Companies are found by exact name (ignoring
    case) or created. With ``dry_run`` nothing is written; the result says what
    would be. ``progress`` is called every few hundred rows (off the GUI thread);
    when it returns False, :class:`ImportCancelled` is raised and nothing is written.
    """
    require(ctx.user, Perm.IMPORT)
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("core", "Cannot read {path}: {reason}"),
                              path=str(path), reason=exc.strerror or str(exc)) from exc
    text, encoding = decode(data)
    text = text.replace("\x00", "")
    result = ImportResult(encoding=encoding, dry_run=dry_run)
    offset = 0
    excel_sep = _EXCEL_SEP.match(text)  # Excel's optional first line "sep=;"
    if excel_sep:
        text, offset, result.delimiter = text[excel_sep.end():], 1, excel_sep.group(1)
    else:
        result.delimiter = _delimiter(text)
    rows = _records(text, result.delimiter, offset)
    header: list[str] | None = None
    for _line, cells in rows:
        if any(c.strip() for c in cells):
            header = cells
            break
    if header is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("core", "{path} is empty."), path=str(path))
    columns = _columns(header, result)
    keys = {c.key for c in columns}
    if "last_name" not in keys:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} has no last name column (a header such as \"last_name\", "
                "\"Last name\" or \"Nom\").",
            ),
            path=str(path),
        )

    reader = _RowReader(ctx, columns)
    company_ids = _company_index(ctx) if "company" in keys else {}
    new_companies: dict[str, tuple[str, dict[str, Any]]] = {}  # folded -> (name, clean)
    seen_emails: dict[str, int] = {}
    # Valid rows wait as tuples in one column order (a third of the memory of dicts);
    # once a row is bad, nothing will be written and valid rows are only counted.
    person_keys: tuple[str, ...] = ()
    to_create: list[tuple[tuple[Any, ...], str | None]] = []  # (clean person, company key)
    valid = 0
    used: set[str] = set()
    total_lines = text.count("\n") + 1 + offset

    def report(line: int) -> None:
        if progress is not None and progress(min(line, total_lines), total_lines) is False:
            raise ImportCancelled()

    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        result.rows += 1
        if result.rows % PROGRESS_EVERY == 0:
            report(line)
        values, company = reader.values(cells, line)
        problems: list[RowProblem] = []
        company_key: str | None = None
        if company and not values.get("company_id"):
            company_key = company.casefold()
            if company_key not in company_ids and company_key not in new_companies:
                try:
                    clean_company = companies.validate(ctx, {"name": company})
                except ValidationError as exc:
                    problems += _problems(exc, line, lambda _f: reader.header("company"))
                    company_key = None
                else:
                    new_companies[company_key] = (clean_company["name"], clean_company)
        try:
            clean = people.validate(ctx, values)
        except ValidationError as exc:
            problems += _problems(exc, line, reader.header)
            clean = None
        if problems:
            if len(result.errors) < MAX_ERRORS:
                result.errors.extend(problems)
            continue
        assert clean is not None
        duplicate = _duplicate(ctx, clean, seen_emails, line)
        if duplicate:
            result.skipped.append(RowProblem(line, reader.header("email"), duplicate))
            continue
        for email in (clean.get("email"), clean.get("email2")):
            if email:
                seen_emails.setdefault(email, line)
        valid += 1
        if company_key in new_companies:
            used.add(company_key)
        if result.errors:
            continue
        if not person_keys:
            person_keys = tuple(clean)
        assert set(clean) == set(person_keys), "people.validate gives every field"
        to_create.append((tuple(clean[k] for k in person_keys), company_key))

    result.warnings.extend(reader.owner_warnings())
    report(total_lines)
    if result.errors:
        return result
    result.new_companies = [new_companies[k][0] for k in new_companies if k in used]
    result.companies_created = len(result.new_companies)
    result.people_created = valid
    if dry_run or not to_create:
        return result

    require(ctx.user, Perm.PERSON_WRITE)
    if used:
        require(ctx.user, Perm.COMPANY_WRITE)
    with write_transaction(ctx.db):
        for key in new_companies:
            if key in used:
                company_ids[key] = records.insert(ctx, companies.TABLE, new_companies[key][1])
        imported: list[str] = []
        for done, (row, key) in enumerate(to_create, 1):
            clean = dict(zip(person_keys, row, strict=True))
            if key is not None:
                clean["company_id"] = company_ids[key]
            person_id = records.insert(ctx, people.TABLE, clean)
            if clean.get("consent"):
                imported.append(person_id)
            if done % (PROGRESS_EVERY * 4) == 0:
                report(total_lines)  # cancelling while writing still rolls everything back
        # The consents the file carried go to the ledger too (how: an import), in the same transaction.
        consent_ledger.reconcile(ctx, imported, consent_ledger.IMPORT)
    result.written = True
    if used:
        ctx.announce(companies.TABLE, None, "bulk")
    ctx.announce(people.TABLE, None, "bulk")
    return result


def _company_index(ctx: Context) -> dict[str, str]:
    """Live companies by case-folded name (the oldest wins when names repeat)."""
    index: dict[str, str] = {}
    for company_id, name in ctx.db.execute(
        "SELECT id, name FROM companies WHERE deleted_at IS NULL ORDER BY rid"
    ).fetchall():
        index.setdefault((name or "").casefold(), company_id)
    return index


def _duplicate(ctx: Context, clean: Mapping[str, Any], seen: Mapping[str, int], line: int) -> str | None:
    """Why this person is skipped as a duplicate (same e-mail address), or None."""
    for email in (clean.get("email"), clean.get("email2")):
        if not email:
            continue
        if email in seen:
            return f"Same e-mail address as line {seen[email]} ({email}); skipped."
        row = ctx.db.execute(
            "SELECT first_name, last_name FROM people WHERE deleted_at IS NULL "
            "AND (email = ? OR email2 = ?) LIMIT 1",
            [email, email],
        ).fetchone()
        if row:
            who = f"{row[0] or ''} {row[1] or ''}".strip()
            return f"{who} already has the e-mail address {email}; skipped."
    return None
