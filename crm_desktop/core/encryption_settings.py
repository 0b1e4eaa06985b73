"""The business passphrase: which key encrypts sync bundles and backups, and where it is kept.

The salt and scrypt costs are business settings (they sync, so every computer derives the
same key from the same passphrase); the passphrase itself is never stored, and the derived
key stays on each computer in a key file beside its local settings (``keys.json``, readable
by its user only), entered once per computer. The key file maps key ids to keys, so a
backup made under the business key can be restored from any computer that knows it, even
when the database holding the settings is the one lost.

Encrypting the database file itself needs SQLCipher; ``database_encryption_ready`` says
whether this computer has it. The database key is not the business key itself but one derived
from it (HKDF, its own label): one key is never used by two ciphers (AES-GCM for files,
SQLCipher for the database), and a computer that knows the business key knows the database
key with nothing more to store. Whether the file is encrypted is this computer's choice: the
state is the file's own (nothing syncs), and each computer turns it on or off for its copy.
"""


from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlite_utils

from crm_desktop.core import crypto
from crm_desktop.core.context import Context
from crm_desktop.core.crypto import CryptoError, KdfSpec
from crm_desktop.core.errors import CrmError, Message, ValidationError
from crm_desktop.core.i18n import QT_TRANSLATE_NOOP
from crm_desktop.core.permissions import Perm, require
from crm_desktop.core.settings import config_dir, write_settings

PREFIX = "encryption."
MIN_PASSPHRASE = 12
#: The Python driver that opens SQLCipher databases.
SQLCIPHER_MODULE = "sqlcipher3"
SQLCIPHER_MISSING = QT_TRANSLATE_NOOP(
    "core", "Encrypting the database file needs SQLCipher, which is not installed on this computer. Sync bundles "
            "and backups can still be encrypted.")


@dataclass
class EncryptionSettings:
    """Whether bundles and backups are encrypted, and how the key is derived (public values)."""

    enabled: bool = False
    salt: str = ""  # base64
    key_id: str = ""  # hex
    log_n: int = crypto.DEFAULT_LOG_N
    r: int = crypto.DEFAULT_R
    p: int = crypto.DEFAULT_P

    def spec(self) -> KdfSpec | None:
        if not self.salt or not self.key_id:
            return None
        return KdfSpec(base64.b64decode(self.salt), bytes.fromhex(self.key_id), self.log_n, self.r, self.p)


def load_encryption(db: sqlite_utils.Database) -> EncryptionSettings:
    rows = dict(db.execute("SELECT key, value FROM settings WHERE key LIKE 'encryption.%'").fetchall())
    values = {}
    for name in asdict(EncryptionSettings()):
        raw = rows.get(PREFIX + name)
        if raw is not None:
            values[name] = json.loads(raw)
    return EncryptionSettings(**values)


def keys_path() -> Path:
    return config_dir() / "keys.json"


#: Keys entered for this session only ("remember on this computer" unticked): forgotten at exit.
_SESSION_KEYS: dict[bytes, bytes] = {}


def _stored_keys(path: Path | None = None) -> dict[bytes, bytes]:
    try:
        raw = json.loads((path or keys_path()).read_text(encoding="utf-8"))
        return {bytes.fromhex(k): base64.b64decode(v) for k, v in raw.items()}
    except (OSError, ValueError, AttributeError):
        return {}


def load_keys(path: Path | None = None) -> dict[bytes, bytes]:
    """Every key this computer knows, by key id (an unreadable file: none), with this session's."""
    return {**_stored_keys(path), **_SESSION_KEYS}


def forget_session_keys() -> None:
    """Drop the keys entered for this session only, and those met opening databases (tests)."""
    from crm_desktop.db.connection import forget_opened_keys

    _SESSION_KEYS.clear()
    forget_opened_keys()


def remember_key(key: bytes, path: Path | None = None, persist: bool = True) -> None:
    """Keep ``key`` on this computer (atomically; only its user may read the file), or for this session only."""
    if not persist:
        _SESSION_KEYS[crypto.key_id(key)] = key
        return
    target = path or keys_path()
    known = _stored_keys(target)
    known[crypto.key_id(key)] = key
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)  # a file left there keeps its own permissions: O_CREAT's 0600 only makes a new one
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({k.hex(): base64.b64encode(v).decode("ascii") for k, v in known.items()}, handle)
    os.replace(tmp, target)


def knows_key(settings: EncryptionSettings, path: Path | None = None) -> bool:
    spec = settings.spec()
    return spec is not None and spec.key_id in load_keys(path)


def set_passphrase(ctx: Context, passphrase: str, repeat: str, path: Path | None = None) -> EncryptionSettings:
    """Set the business passphrase (once) and turn encryption on; this computer keeps the key."""
    require(ctx.user, Perm.SETTINGS)
    if load_encryption(ctx.db).spec() is not None:
        raise CrmError(QT_TRANSLATE_NOOP("core", "The business passphrase is already set; it cannot be changed "
                                                 "(older backups need it)."))
    errors: dict[str, Message] = {}
    if len(passphrase) < MIN_PASSPHRASE:
        errors["passphrase"] = Message(QT_TRANSLATE_NOOP("core", "Use at least {n} characters."), {"n": MIN_PASSPHRASE})
    elif passphrase != repeat:
        errors["repeat"] = Message(QT_TRANSLATE_NOOP("core", "The two passphrases differ."))
    if errors:
        raise ValidationError(errors)
    spec, key = crypto.new_spec(passphrase)
    settings = EncryptionSettings(enabled=True, salt=base64.b64encode(spec.salt).decode("ascii"),
                                  key_id=spec.key_id.hex(), log_n=spec.log_n, r=spec.r, p=spec.p)
    remember_key(key, path)
    write_settings(ctx, PREFIX, asdict(settings))
    return settings


def unlock(spec: KdfSpec, passphrase: str, path: Path | None = None, remember: bool = True) -> bytes:
    """Check ``passphrase`` against ``spec`` (from the settings or a file's header) and keep its key here
    (``remember`` False: for this session only)."""
    try:
        key = crypto.key_for(spec, passphrase)
    except CryptoError as exc:
        raise ValidationError({"passphrase": exc.message}) from exc
    remember_key(key, path, persist=remember)
    return key


def unlock_business(db: sqlite_utils.Database, passphrase: str, path: Path | None = None) -> bytes:
    spec = load_encryption(db).spec()
    if spec is None:
        raise CrmError(QT_TRANSLATE_NOOP("core", "No business passphrase has been set yet."))
    return unlock(spec, passphrase, path)


def set_enabled(ctx: Context, enabled: bool) -> EncryptionSettings:
    """Turn encryption of bundles and backups on or off (the passphrase stays set)."""
    require(ctx.user, Perm.SETTINGS)
    settings = load_encryption(ctx.db)
    if settings.spec() is None:
        raise CrmError(QT_TRANSLATE_NOOP("core", "Set the business passphrase first."))
    settings.enabled = enabled
    write_settings(ctx, PREFIX, {"enabled": enabled})
    return settings


@dataclass
class FileCipher:
    """What the sync and the backups do with files: encrypt with the business key or not."""

    enabled: bool = False
    key: bytes | None = None
    spec: KdfSpec | None = None
    keys: dict[bytes, bytes] | None = None

    def seal(self, data: bytes, kind: bytes, made_at_ms: int) -> bytes:
        if not self.enabled:
            return data
        return crypto.encrypt_bytes(data, kind, self.usable_key(), self.spec, made_at_ms)  # type: ignore[arg-type]

    def usable_key(self) -> bytes:
        """The key to encrypt with; a clear refusal when this computer has not been given the passphrase."""
        if self.key is None or self.spec is None:
            raise CryptoError(QT_TRANSLATE_NOOP(
                "core", "Encryption is on, but this computer does not know the business passphrase yet: enter it "
                        "in Settings, Encryption."))
        return self.key

    def known_keys(self) -> dict[bytes, bytes]:
        return self.keys or {}


def active_cipher(db: sqlite_utils.Database, path: Path | None = None) -> FileCipher:
    settings = load_encryption(db)
    keys = load_keys(path)
    spec = settings.spec()
    key = keys.get(spec.key_id) if spec is not None else None
    return FileCipher(enabled=settings.enabled and spec is not None, key=key, spec=spec, keys=keys)




# --------------------------------------------------------------------------- the database file (SQLCipher)

DATABASE_KEY_INFO = b"crm-desktop database key v1"
NOT_THIS_DATABASE = QT_TRANSLATE_NOOP("core", "This is not the passphrase this database was encrypted with.")


def database_key(business_key: bytes) -> bytes:
    """The SQLCipher key of the business key (HKDF-SHA256 with its own label)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=crypto.KEY_BYTES, salt=None, info=DATABASE_KEY_INFO).derive(
        business_key)


def database_keys(path: Path | None = None) -> list[bytes]:
    """The database keys of every business key this computer knows."""
    return [database_key(key) for key in load_keys(path).values()]


def unlock_database(db_path: Path, passphrase: str, remember: bool = True, path: Path | None = None) -> bytes:
    """Check ``passphrase`` against the encrypted database ``db_path`` and keep its business key.

    The file's SQLCipher salt is the business passphrase's scrypt salt (see db/cipher), so the
    passphrase alone opens it on a computer that has nothing else. ``remember`` False keeps the
    key for this session only. ValidationError (field "passphrase") for a wrong passphrase.
    """
    from crm_desktop.db import cipher

    db_path = Path(db_path)
    try:
        salt = cipher.salt_of(db_path)
    except OSError as exc:
        raise CrmError(QT_TRANSLATE_NOOP("core", "Cannot read {path}: {reason}"), path=str(db_path),
                       reason=exc.strerror or str(exc)) from exc
    key = crypto.derive(passphrase, salt)
    try:
        conn, _key = cipher.open_keyed(db_path, [database_key(key)])
    except cipher.WrongKey:
        raise ValidationError({"passphrase": Message(NOT_THIS_DATABASE)}) from None
    conn.close()
    remember_key(key, path, persist=remember)
    return key


def database_key_for(db: sqlite_utils.Database, path: Path | None = None) -> tuple[bytes, bytes]:
    """(database key, salt) to encrypt this business's database with; a clear refusal without them.

    The business key is also kept for this session, so the connections opened next find it whatever
    key file it came from."""
    spec = load_encryption(db).spec()
    if spec is None:
        raise CrmError(QT_TRANSLATE_NOOP("core", "Set the business passphrase first: the database key is derived "
                                                 "from it."))
    key = load_keys(path).get(spec.key_id)
    if key is None:
        raise CrmError(QT_TRANSLATE_NOOP("core", "This computer does not know the business passphrase yet: enter "
                                                 "it above first."))
    if (spec.log_n, spec.r, spec.p) != (crypto.DEFAULT_LOG_N, crypto.DEFAULT_R, crypto.DEFAULT_P):
        # The file can only carry the salt: the passphrase must open it with the usual costs.
        raise CrmError(QT_TRANSLATE_NOOP("core", "The business passphrase uses unusual key settings; the "
                                                 "database cannot be encrypted with it."))
    remember_key(key, persist=False)
    return database_key(key), spec.salt


def database_encryption_ready() -> bool:
    """True when the SQLCipher driver can be loaded on this computer."""
    from crm_desktop.db import cipher

    return cipher.available()
