"""Authenticated encryption of the files that leave the database: sync bundles and backups.

Why this shape:

* The key is derived from the business passphrase with scrypt (memory-hard, in the
  ``cryptography`` library since long before version 42). The salt and the scrypt costs
  travel in every file's header, so a backup can be opened on a new computer from the
  passphrase alone, even when the database that held the settings is lost.
* A file is encrypted in chunks with AES-256-GCM (the STREAM construction): each chunk's
  nonce is a random prefix, the chunk number and a "last chunk" flag, and the whole header
  is authenticated with every chunk. Changing, removing, reordering or cutting anything
  makes decryption fail, and large backups never need to fit in memory.
* ``key_id`` is a short hash of the key itself: a machine recognises at once whether it
  knows the key of a file, and a wrong passphrase is told apart before any decryption.

Layout: ``MAGIC | version | kind | log2(n) | r | p | salt(16) | key id(8) | made at (ms) |
nonce prefix(7) | chunk size(4)`` then, per chunk, ciphertext + 16-byte tag.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from crm_desktop.core.errors import CrmError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP

MAGIC = b"CRMCRYPT"
VERSION = 1
KIND_BUNDLE = b"B"
KIND_BACKUP = b"D"
KIND_SNAPSHOT = b"S"
KEY_BYTES = 32
SALT_BYTES = 16
KEY_ID_BYTES = 8
NONCE_PREFIX_BYTES = 7
TAG_BYTES = 16
CHUNK = 1 << 20
#: scrypt costs: 2**15 x 8 x 128 bytes = 32 MiB and about 0.1 s per derivation.
DEFAULT_LOG_N = 15
DEFAULT_R = 8
DEFAULT_P = 1
_HEADER = struct.Struct(f">{len(MAGIC)}sBcBBB{SALT_BYTES}s{KEY_ID_BYTES}sQ{NONCE_PREFIX_BYTES}sI")
HEADER_SIZE = _HEADER.size


class CryptoError(CrmError):
    """A file that cannot be decrypted: the message says whether it is the key or the file."""


@dataclass(frozen=True)
class KdfSpec:
    """How the key is derived from the passphrase (all public: stored in settings and headers)."""

    salt: bytes
    key_id: bytes
    log_n: int = DEFAULT_LOG_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P


@dataclass(frozen=True)
class Header:
    kind: bytes
    spec: KdfSpec
    made_at_ms: int
    nonce_prefix: bytes
    chunk_size: int
    raw: bytes


def derive(passphrase: str, salt: bytes, log_n: int = DEFAULT_LOG_N, r: int = DEFAULT_R, p: int = DEFAULT_P) -> bytes:
    """The 256-bit key of ``passphrase`` (scrypt)."""
    # Bounds: a forged header must not make this computer spend more than 1 GiB on scrypt.
    if not 10 <= log_n <= 22 or not 1 <= r <= 32 or not 1 <= p <= 16 or (128 * r << log_n) > 1 << 30:
        raise CryptoError(QT_TRANSLATE_NOOP("core", "The key settings are not valid."))
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=1 << log_n, r=r, p=p)
    return kdf.derive(passphrase.encode("utf-8"))


def key_id(key: bytes) -> bytes:
    """A short fingerprint of a key: which key a file needs, without revealing it."""
    return hashlib.sha256(b"crm-desktop key id\x00" + key).digest()[:KEY_ID_BYTES]


def new_spec(passphrase: str, log_n: int = DEFAULT_LOG_N) -> tuple[KdfSpec, bytes]:
    """A fresh salt for a new business passphrase: (spec, key)."""
    salt = os.urandom(SALT_BYTES)
    key = derive(passphrase, salt, log_n)
    return KdfSpec(salt=salt, key_id=key_id(key), log_n=log_n), key


def key_for(spec: KdfSpec, passphrase: str) -> bytes:
    """The key of ``passphrase`` under ``spec``; CryptoError when it is not the right passphrase."""
    key = derive(passphrase, spec.salt, spec.log_n, spec.r, spec.p)
    if key_id(key) != spec.key_id:
        raise CryptoError(QT_TRANSLATE_NOOP("core", "This is not the passphrase these files were encrypted with."))
    return key


def is_encrypted(data: bytes) -> bool:
    """True for the first bytes of an encrypted file (of any kind)."""
    return data[: len(MAGIC)] == MAGIC


def file_is_encrypted(path: Path) -> bool:
    with Path(path).open("rb") as handle:
        return is_encrypted(handle.read(len(MAGIC)))


def parse_header(data: bytes) -> Header:
    if len(data) < HEADER_SIZE or not is_encrypted(data):
        raise CryptoError(QT_TRANSLATE_NOOP("core", "The file is not encrypted by CRM Desktop or is incomplete."))
    magic, version, kind, log_n, r, p, salt, kid, made_at, prefix, chunk = _HEADER.unpack(data[:HEADER_SIZE])
    del magic
    if version > VERSION:
        raise CryptoError(QT_TRANSLATE_NOOP("core", "The file was encrypted by a newer CRM Desktop; update this "
                                                    "computer to read it."))
    if not 0 < chunk <= 64 * CHUNK:
        raise CryptoError(QT_TRANSLATE_NOOP("core", "The file is damaged or was altered: it was refused."))
    return Header(kind, KdfSpec(salt, kid, log_n, r, p), made_at, prefix, chunk, data[:HEADER_SIZE])


def read_header(path: Path) -> Header:
    with Path(path).open("rb") as handle:
        return parse_header(handle.read(HEADER_SIZE))


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", number) + (b"\x01" if last else b"\x00")


def _header(kind: bytes, key: bytes, spec: KdfSpec, made_at_ms: int, chunk: int) -> bytes:
    if key_id(key) != spec.key_id:
        raise CryptoError(QT_TRANSLATE_NOOP("core", "This is not the passphrase these files were encrypted with."))
    return _HEADER.pack(MAGIC, VERSION, kind, spec.log_n, spec.r, spec.p, spec.salt, spec.key_id, made_at_ms,
                        os.urandom(NONCE_PREFIX_BYTES), chunk)


def _chunks(source: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """(chunk, is it the last) for every chunk of ``source``; an empty source is one empty chunk."""
    current = source.read(size)
    while True:
        following = source.read(size)
        yield current, not following
        if not following:
            return
        current = following


def encrypt_stream(source: BinaryIO, target: BinaryIO, kind: bytes, key: bytes, spec: KdfSpec,
                   made_at_ms: int, chunk: int = CHUNK) -> None:
    header = _header(kind, key, spec, made_at_ms, chunk)
    prefix = header[HEADER_SIZE - 4 - NONCE_PREFIX_BYTES:HEADER_SIZE - 4]
    aead = AESGCM(key)
    target.write(header)
    for number, (plain, last) in enumerate(_chunks(source, chunk)):
        target.write(aead.encrypt(_nonce(prefix, number, last), plain, header))


def decrypt_stream(source: BinaryIO, target: BinaryIO, kind: bytes, keys: dict[bytes, bytes]) -> Header:
    """Decrypt ``source`` into ``target``; CryptoError at the first chunk that fails.

    The caller writes ``target`` somewhere temporary and uses it only when this returns:
    a file that fails anywhere is refused whole.
    """
    header = parse_header(source.read(HEADER_SIZE))
    if header.kind != kind:
        raise CryptoError(QT_TRANSLATE_NOOP("core", "The file is damaged or was altered: it was refused."))
    key = keys.get(header.spec.key_id)
    if key is None:
        raise CryptoError(QT_TRANSLATE_NOOP("core", "The file is encrypted with a passphrase this computer does not "
                                                    "know: enter the business passphrase first."))
    aead = AESGCM(key)
    sealed_size = header.chunk_size + TAG_BYTES
    current = source.read(sealed_size)
    number = 0
    while True:
        following = source.read(sealed_size)
        last = not following
        try:
            plain = aead.decrypt(_nonce(header.nonce_prefix, number, last), current, header.raw)
        except InvalidTag as exc:
            raise CryptoError(QT_TRANSLATE_NOOP(
                "core", "The file could not be decrypted: it is damaged or was altered, or it was encrypted with "
                        "another passphrase. Nothing was used from it.")) from exc
        target.write(plain)
        if last:
            return header
        current = following
        number += 1


def encrypt_bytes(data: bytes, kind: bytes, key: bytes, spec: KdfSpec, made_at_ms: int) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, kind, key, spec, made_at_ms)
    return out.getvalue()


def decrypt_bytes(data: bytes, kind: bytes, keys: dict[bytes, bytes]) -> bytes:
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(data), out, kind, keys)
    return out.getvalue()
