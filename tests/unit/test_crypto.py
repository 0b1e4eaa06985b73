"""The encryption of files: round trips, and every kind of damage or wrong key refused."""

from __future__ import annotations

import io
import os
import stat

import pytest

from crm_desktop.core import crypto
from crm_desktop.core import encryption_settings as enc
from crm_desktop.core.context import Context
from crm_desktop.core.errors import CrmError, PermissionDenied, ValidationError
from crm_desktop.core.users import add_user

PASSPHRASE = "blue harbour at noon"


@pytest.fixture(scope="module")
def business() -> tuple[crypto.KdfSpec, bytes]:
    return crypto.new_spec(PASSPHRASE)


def _seal(data: bytes, business: tuple[crypto.KdfSpec, bytes], chunk: int = crypto.CHUNK) -> bytes:
    spec, key = business
    out = io.BytesIO()
    crypto.encrypt_stream(io.BytesIO(data), out, crypto.KIND_BUNDLE, key, spec, 1_772_443_800_000, chunk)
    return out.getvalue()


def _open(data: bytes, business: tuple[crypto.KdfSpec, bytes], kind: bytes = crypto.KIND_BUNDLE) -> bytes:
    spec, key = business
    return crypto.decrypt_bytes(data, kind, {spec.key_id: key})


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 1000])
def test_round_trip_over_chunk_boundaries(business, size: int) -> None:
    data = os.urandom(size)
    sealed = _seal(data, business, chunk=64)
    assert crypto.is_encrypted(sealed)
    if size >= 16:
        assert data[:16] not in sealed
    assert _open(sealed, business) == data
    assert crypto.parse_header(sealed).made_at_ms == 1_772_443_800_000


def test_same_data_never_gives_the_same_file(business) -> None:
    assert _seal(b"same", business) != _seal(b"same", business)


def test_every_single_byte_changed_is_refused(business) -> None:
    sealed = _seal(os.urandom(200), business, chunk=64)
    refused = 0
    for position in range(len(sealed)):
        damaged = bytearray(sealed)
        damaged[position] ^= 0x01
        with pytest.raises(crypto.CryptoError):
            _open(bytes(damaged), business)
        refused += 1
    assert refused == len(sealed) == crypto.HEADER_SIZE + 4 * crypto.TAG_BYTES + 200


def test_cut_reordered_or_extended_files_are_refused(business) -> None:
    sealed = _seal(os.urandom(200), business, chunk=64)
    sealed_chunk = 64 + crypto.TAG_BYTES
    head, body = sealed[: crypto.HEADER_SIZE], sealed[crypto.HEADER_SIZE:]
    chunks = [body[i:i + sealed_chunk] for i in range(0, len(body), sealed_chunk)]
    cases = {
        "cut at a chunk boundary": head + b"".join(chunks[:2]),
        "cut inside a chunk": sealed[:-5],
        "header only": head,
        "chunks swapped": head + chunks[1] + chunks[0] + b"".join(chunks[2:]),
        "a chunk added": sealed + chunks[0],
    }
    for name, data in cases.items():
        with pytest.raises(crypto.CryptoError):
            _open(data, business)
            pytest.fail(name)


def test_wrong_passphrase_and_other_key_are_refused(business) -> None:
    spec, _key = business
    with pytest.raises(crypto.CryptoError, match="not the passphrase"):
        crypto.key_for(spec, "blue harbour at midnight")
    assert crypto.key_for(spec, PASSPHRASE) == business[1]
    other = crypto.new_spec("another business entirely")
    with pytest.raises(crypto.CryptoError, match="does not know"):
        _open(_seal(b"secret", business), other)
    # The right key id with a wrong key (a forged header) fails authentication.
    forged = {spec.key_id: other[1]}
    with pytest.raises(crypto.CryptoError, match="could not be decrypted"):
        crypto.decrypt_bytes(_seal(b"secret", business), crypto.KIND_BUNDLE, forged)


def test_a_bundle_is_not_accepted_as_a_backup(business) -> None:
    with pytest.raises(crypto.CryptoError):
        _open(_seal(b"data", business), business, kind=crypto.KIND_BACKUP)
    with pytest.raises(crypto.CryptoError, match="not encrypted"):
        _open(b"plain bytes that are long enough to hold a header, and more than that" * 2, business)


def test_the_key_file_keeps_keys_for_its_user_only(tmp_path, business) -> None:
    path = tmp_path / "config" / "keys.json"
    enc.remember_key(business[1], path)
    enc.remember_key(b"k" * 32, path)
    assert enc.load_keys(path) == {business[0].key_id: business[1], crypto.key_id(b"k" * 32): b"k" * 32}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert PASSPHRASE not in path.read_text()
    path.write_text("{not json")
    assert enc.load_keys(path) == {}


def test_the_passphrase_is_set_once_and_only_the_salt_is_shared(ctx: Context) -> None:
    with pytest.raises(ValidationError) as short:
        enc.set_passphrase(ctx, "short", "short")
    assert set(short.value.errors) == {"passphrase"}
    with pytest.raises(ValidationError) as differ:
        enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE + "!")
    assert set(differ.value.errors) == {"repeat"}
    settings = enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    assert enc.load_encryption(ctx.db) == settings and settings.enabled
    stored = " ".join(v for (v,) in ctx.db.execute("SELECT value FROM settings WHERE key LIKE 'encryption.%'"))
    assert PASSPHRASE not in stored
    assert enc.knows_key(settings) and enc.active_cipher(ctx.db).key is not None
    with pytest.raises(CrmError, match="already set"):
        enc.set_passphrase(ctx, "a different passphrase", "a different passphrase")
    assert not enc.set_enabled(ctx, False).enabled
    assert not enc.active_cipher(ctx.db).enabled


def test_unlocking_checks_the_passphrase(ctx: Context, tmp_path) -> None:
    enc.set_passphrase(ctx, PASSPHRASE, PASSPHRASE)
    elsewhere = tmp_path / "laptop" / "keys.json"
    with pytest.raises(ValidationError) as wrong:
        enc.unlock_business(ctx.db, "blue harbour at dusk", elsewhere)
    assert "passphrase" in wrong.value.errors and enc.load_keys(elsewhere) == {}
    enc.unlock_business(ctx.db, PASSPHRASE, elsewhere)
    assert enc.knows_key(enc.load_encryption(ctx.db), elsewhere)


def test_only_who_may_change_settings_sets_the_passphrase(ctx: Context) -> None:
    staff = add_user(ctx.db, ctx.clock, "Sam Staff", "staff")
    as_staff = Context(db=ctx.db, user=staff, clock=ctx.clock)
    with pytest.raises(PermissionDenied):
        enc.set_passphrase(as_staff, PASSPHRASE, PASSPHRASE)
    assert enc.load_encryption(ctx.db).spec() is None


def test_sqlcipher_availability_is_told_plainly() -> None:
    import importlib.util

    assert enc.database_encryption_ready() == (importlib.util.find_spec("sqlcipher3") is not None)
    assert "SQLCipher" in enc.SQLCIPHER_MISSING and "not installed" in enc.SQLCIPHER_MISSING


def test_a_forged_header_cannot_demand_huge_scrypt_costs() -> None:
    with pytest.raises(crypto.CryptoError, match="not valid"):
        crypto.derive(PASSPHRASE, b"s" * crypto.SALT_BYTES, log_n=22, r=32)
    with pytest.raises(crypto.CryptoError, match="not valid"):
        crypto.derive(PASSPHRASE, b"s" * crypto.SALT_BYTES, log_n=30)
