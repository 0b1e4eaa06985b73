"""Bundle files: one site's changes for a range of its sequence numbers.

A bundle is gzip-compressed JSON lines: a manifest, then one line per change
(``[seq, hlc, table, row id, [[column, value], ...]]``). Its file name carries the
range and the first 16 hex digits of the SHA-256 of the file's bytes, so a
truncated or damaged file is recognised and refused whole. Files are written to
a temporary name, fsynced and renamed: a reader never sees half a bundle.
Values keep their SQLite type: blobs travel as {"$b": base64}, floats exactly.
When the business encrypts its files (core/encryption_settings), the gzip bytes are
sealed with core/crypto before writing and opened before anything is parsed: a file
that fails authentication, or a plain one while encryption is on, is refused whole.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_desktop import __version__
from crm_desktop.core import crypto
from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from crm_desktop.core.encryption_settings import FileCipher

FORMAT = 1
#: Lowest application version able to read bundles written by this one.
MIN_APP_VERSION = "0.1.0"
SUFFIX = ".crmb"
NAME = re.compile(r"^(\d{10})-(\d{10})-([0-9a-f]{16})\.crmb$")


class BundleError(CrmError):
    """A bundle file that cannot be used (damaged, truncated, or from a newer app)."""


@dataclass
class Change:
    """One row write by one site: the cells it changed."""

    site: str
    seq: int
    hlc: int
    table: str
    row_id: str
    cells: list[tuple[str, Any]]


@dataclass
class Bundle:
    origin: str
    code: str | None
    from_seq: int
    to_seq: int
    changes: list[Change]
    epochs: list[tuple[int, dict[str, int]]] = field(default_factory=list)
    schema: list[str] = field(default_factory=list)
    format: int = FORMAT


def encode_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    if isinstance(value, float):
        return {"$f": value.hex()}  # exact, and NaN/inf safe
    return value


def decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "$b" in value:
            return base64.b64decode(value["$b"])
        if "$f" in value:
            return float.fromhex(value["$f"])
        raise ValueError("unknown value encoding")
    return value


def file_name(from_seq: int, to_seq: int, digest: str) -> str:
    return f"{from_seq:010d}-{to_seq:010d}-{digest[:16]}{SUFFIX}"


def parse_name(name: str) -> tuple[int, int, str] | None:
    """(from, to, digest prefix) of a bundle file name; None for anything else
    (temporary files, copies that file-sync tools leave, foreign files)."""
    match = NAME.match(name)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)), match.group(3)


def to_bytes(bundle: Bundle) -> bytes:
    manifest = {
        "format": bundle.format,
        "origin": bundle.origin,
        "code": bundle.code,
        "from": bundle.from_seq,
        "to": bundle.to_seq,
        "count": len(bundle.changes),
        "epochs": [[seq, vv] for seq, vv in bundle.epochs],
        "schema": bundle.schema,
        "app_version": __version__,
        "min_app_version": MIN_APP_VERSION,
    }
    lines = [json.dumps(manifest, sort_keys=True, separators=(",", ":"))]
    for change in bundle.changes:
        lines.append(json.dumps(
            [change.seq, change.hlc, change.table, change.row_id,
             [[col, encode_value(val)] for col, val in change.cells]],
            ensure_ascii=False, separators=(",", ":"),
        ))
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=6, mtime=0)


def write(folder: Path, bundle: Bundle, cipher: FileCipher | None = None, made_at_ms: int = 0) -> Path:
    """Write atomically (temporary name, fsync, rename), encrypted when ``cipher`` says so; returns the final path."""
    data = to_bytes(bundle)
    if cipher is not None:
        data = cipher.seal(data, crypto.KIND_BUNDLE, made_at_ms)
    digest = hashlib.sha256(data).hexdigest()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file_name(bundle.from_seq, bundle.to_seq, digest)
    if target.exists():
        return target
    tmp = folder / f".tmp-{os.getpid()}-{target.name}"
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    _fsync_dir(folder)
    return target


def intact(path: Path) -> bool:
    """False when the file's bytes do not match the checksum in its name (damaged or
    truncated); True when they do or when the file cannot be read now (not proof)."""
    parsed = parse_name(path.name)
    if parsed is None:
        return False
    try:
        data = path.read_bytes()
    except OSError:
        return True
    return hashlib.sha256(data).hexdigest()[:16] == parsed[2]


def _opened(name: str, data: bytes, cipher: FileCipher | None) -> bytes:
    """The gzip bytes of a bundle file: decrypted, or refused whole."""
    encrypted = crypto.is_encrypted(data)
    if cipher is not None and cipher.enabled and not encrypted:
        raise BundleError(
            QT_TRANSLATE_NOOP("core", "{name} is not encrypted, but this business encrypts its sync files: it was "
                                      "refused. The computer that wrote it must be given the passphrase."),
            name=name,
        )
    if not encrypted:
        return data
    try:
        return crypto.decrypt_bytes(data, crypto.KIND_BUNDLE, cipher.known_keys() if cipher is not None else {})
    except crypto.CryptoError as exc:
        raise BundleError(QT_TRANSLATE_NOOP("core", "{name} was refused: {reason}"), name=name,
                          reason=exc.message) from exc


def is_plain(path: Path) -> bool:
    """True for a bundle file written without encryption (False when it cannot be read now)."""
    try:
        return not crypto.file_is_encrypted(path)
    except OSError:
        return False


def read(path: Path, cipher: FileCipher | None = None) -> Bundle:
    """Read and verify a bundle (decrypting it with ``cipher``'s keys); raise BundleError if
    anything is wrong with it."""
    parsed = parse_name(path.name)
    if parsed is None:
        raise BundleError(QT_TRANSLATE_NOOP("core", "{name} is not a bundle file."), name=path.name)
    from_seq, to_seq, prefix = parsed
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(QT_TRANSLATE_NOOP("core", "Cannot read {name}: {reason}"),
                          name=path.name, reason=exc.strerror or str(exc)) from exc
    if hashlib.sha256(data).hexdigest()[:16] != prefix:
        raise BundleError(QT_TRANSLATE_NOOP("core", "{name} is damaged or incomplete; it was ignored."),
                          name=path.name)
    data = _opened(path.name, data, cipher)
    try:
        # Split on "\n" only: str.splitlines() also splits on U+2028, U+0085... which
        # JSON leaves unescaped inside strings (ensure_ascii=False).
        lines = gzip.decompress(data).decode("utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        manifest = json.loads(lines[0])
        if manifest.get("format", 0) > FORMAT or _too_old_for(manifest.get("min_app_version")):
            raise BundleError(
                QT_TRANSLATE_NOOP("core", "{name} was written by a newer CRM Desktop ({version}); "
                                  "update this computer to read it."),
                name=path.name, version=str(manifest.get("app_version")),
            )
        origin = str(manifest["origin"])
        changes = []
        for line in lines[1:]:
            seq, hlc, table, row_id, cells = json.loads(line)
            changes.append(Change(origin, int(seq), int(hlc), str(table), str(row_id),
                                  [(str(c), decode_value(v)) for c, v in cells]))
        if (manifest["from"], manifest["to"], manifest["count"]) != (from_seq, to_seq, len(changes)):
            raise ValueError("manifest does not match")
        # One change per sequence number, all of the range: a hole would be "covered"
        # by this file's name and never filled.
        if [c.seq for c in changes] != list(range(from_seq, to_seq + 1)):
            raise ValueError("changes do not match the range")
        return Bundle(
            origin=origin, code=manifest.get("code"), from_seq=from_seq, to_seq=to_seq, changes=changes,
            epochs=[(int(seq), {str(k): int(v) for k, v in vv.items()}) for seq, vv in manifest["epochs"]],
            schema=[str(s) for s in manifest.get("schema", [])], format=int(manifest["format"]),
        )
    except BundleError:
        raise
    except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError, IndexError) as exc:
        raise BundleError(QT_TRANSLATE_NOOP("core", "{name} is damaged or incomplete; it was ignored."),
                          name=path.name) from exc


def _too_old_for(required: object) -> bool:
    """True when this application is older than ``required`` ("1.2.10"; unreadable: no)."""
    def parts(text: object) -> list[int]:
        return [int(m.group(0) or 0) for m in (re.match(r"\d*", p) for p in str(text or "0").split(".")) if m]

    need, have = parts(required), parts(__version__)
    width = max(len(need), len(have))
    return need + [0] * (width - len(need)) > have + [0] * (width - len(have))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
