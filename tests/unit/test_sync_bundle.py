"""Bundle files: values keep their exact type; damaged, truncated or renamed files are
refused whole; the hub ignores temporary files and file-sync copies; a bundle from a
newer version waits with a clear message."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.core import people
from crm_desktop.sync import bundle as bundles
from crm_desktop.sync import hub
from tests.unit.sync_support import bundle_files, join, origin, table_dump

VALUES = [
    None, 0, 1, -1, 2**63 - 1, -(2**63), 0.0, -0.0, 1e-300, -1e300, 5e-324, 1.5, math.inf, -math.inf,
    "", "plain", "é à ç", "日本語", "emoji 😀👍🏽", "nul\x00inside", "line\nbreak\r\n", "sep\u2028\u2029\x85",
    "\x0b\x0c\x1c\x1d\x1e", '"quoted" \\ {"$b": "x"}', b"", b"\x00\xff\x01", bytes(range(256)),
]

SQLITE_VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(alphabet=st.characters(exclude_categories=("Cs",))),
    st.binary(max_size=64),
    st.dictionaries(st.sampled_from(["$b", "$f", "x"]), st.text(max_size=3), max_size=2).map(str),
)


def same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a.hex() == b.hex()  # -0.0 and 0.0 differ here
    return type(a) is type(b) and a == b


def make(values: list[object], origin_site: str = "s" * 32) -> bundles.Bundle:
    changes = [
        bundles.Change(origin_site, i + 1, (1 << 40) + i, "people", f"row-{i}", [("notes", v), ("extra", v)])
        for i, v in enumerate(values)
    ]
    return bundles.Bundle(
        origin=origin_site, code="ABC", from_seq=1, to_seq=len(values), changes=changes,
        epochs=[(1, {"other": 3})], schema=["0001_initial", "0002_sync"],
    )


def test_round_trip_of_every_value_type(tmp_path: Path) -> None:
    path = bundles.write(tmp_path, make(VALUES))
    back = bundles.read(path)
    assert back.origin == "s" * 32 and back.code == "ABC"
    assert (back.from_seq, back.to_seq) == (1, len(VALUES))
    assert back.epochs == [(1, {"other": 3})]
    assert back.schema == ["0001_initial", "0002_sync"]
    for value, change in zip(VALUES, back.changes, strict=True):
        assert len(change.cells) == 2
        for _col, got in change.cells:
            assert same(got, value), (value, got)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(SQLITE_VALUES, min_size=1, max_size=8))
def test_round_trip_any_values(tmp_path_factory: pytest.TempPathFactory, values: list[object]) -> None:
    folder = tmp_path_factory.mktemp("b")
    back = bundles.read(bundles.write(folder, make(values)))
    assert all(
        same(got, value) for value, change in zip(values, back.changes, strict=True) for _c, got in change.cells
    )


def test_name_carries_range_and_checksum(tmp_path: Path) -> None:
    path = bundles.write(tmp_path, make([1, 2, 3]))
    assert bundles.parse_name(path.name)[:2] == (1, 3)
    # written again: same bytes, same name, no second file
    assert bundles.write(tmp_path, make([1, 2, 3])) == path
    assert len(list(tmp_path.iterdir())) == 1


@pytest.mark.parametrize("where", [0, 10, -5, "middle"])
def test_one_byte_flipped_is_refused(tmp_path: Path, where: int | str) -> None:
    path = bundles.write(tmp_path, make(VALUES))
    data = bytearray(path.read_bytes())
    index = len(data) // 2 if where == "middle" else where
    data[index] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(bundles.BundleError, match="damaged or incomplete"):
        bundles.read(path)


@pytest.mark.parametrize("keep", [0, 1, 10, 0.5, -1])
def test_truncated_is_refused(tmp_path: Path, keep: float) -> None:
    path = bundles.write(tmp_path, make(VALUES))
    data = path.read_bytes()
    n = int(len(data) * keep) if isinstance(keep, float) else (len(data) + keep if keep < 0 else keep)
    path.write_bytes(data[:n])
    with pytest.raises(bundles.BundleError):
        bundles.read(path)


def test_renamed_file_is_refused(tmp_path: Path) -> None:
    first = bundles.write(tmp_path / "a", make([1, 2, 3]))
    second = bundles.write(tmp_path / "b", make([4, 5, 6]))
    # right checksum, wrong range
    moved = tmp_path / "a" / first.name.replace("0000000003", "0000000004")
    first.rename(moved)
    with pytest.raises(bundles.BundleError):
        bundles.read(moved)
    # a valid bundle under another valid bundle's name
    swapped = tmp_path / "b" / bundles.file_name(1, 3, "0" * 16)
    shutil.copyfile(second, swapped)
    with pytest.raises(bundles.BundleError):
        bundles.read(swapped)
    with pytest.raises(bundles.BundleError, match="not a bundle"):
        bundles.read(tmp_path / "a" / "notes.txt")


def test_manifest_not_matching_contents_is_refused(tmp_path: Path) -> None:
    """A well-formed file whose manifest disagrees with its lines (a buggy writer)."""
    b = make([1, 2, 3])
    b.changes.pop()
    path = bundles.write(tmp_path, b)
    with pytest.raises(bundles.BundleError):
        bundles.read(path)


def test_newer_format_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    b = make([1])
    b.format = bundles.FORMAT + 1
    path = bundles.write(tmp_path, b)
    with pytest.raises(bundles.BundleError, match="newer CRM Desktop"):
        bundles.read(path)


@pytest.mark.parametrize("needed, refused", [("99.0", True), ("0.1.1", True), ("0.1", False), ("0.0.9", False)])
def test_bundle_needing_a_newer_app_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, needed: str, refused: bool
) -> None:
    """Same format number, but the writer says older applications cannot read it."""
    monkeypatch.setattr(bundles, "MIN_APP_VERSION", needed)
    monkeypatch.setattr(bundles, "__version__", "0.1.0")
    path = bundles.write(tmp_path, make([1]))
    if refused:
        with pytest.raises(bundles.BundleError, match="newer CRM Desktop"):
            bundles.read(path)
    else:
        assert bundles.read(path).changes[0].cells == [("notes", 1), ("extra", 1)]


def test_unknown_file_names_are_not_bundles() -> None:
    for name in (
        ".tmp-123-0000000001-0000000003-0123456789abcdef.crmb",
        "0000000001-0000000003-0123456789abcdef.sync-conflict-20240101-120000-ABCDEFG.crmb",
        "0000000001-0000000003-0123456789abcdef.crmb.part",
        "0000000001-0000000003-0123456789ABCDEF.crmb",
        "1-3-0123456789abcdef.crmb",
        "desktop.ini",
    ):
        assert bundles.parse_name(name) is None, name
    assert bundles.parse_name("0000000001-0000000003-0123456789abcdef.crmb") == (1, 3, "0123456789abcdef")


# ---------------------------------------------------------------- in a hub folder


@pytest.fixture
def pair(template_db: Path, tmp_path: Path):
    folder = tmp_path / "hub"
    folder.mkdir()
    a = origin(template_db, tmp_path)
    people.create(a.ctx, {"last_name": "Martin"})
    a.sync(folder)
    b = join(folder, tmp_path, "B")
    yield a, b, folder
    a.close()
    b.close()


def test_hub_ignores_temporary_and_file_sync_copies(pair) -> None:
    a, b, folder = pair
    pid = people.create(a.ctx, {"last_name": "Dubois"})
    a.sync(folder)
    (path,) = [p for p in bundle_files(folder) if p.parent.name == a.site and bundles.parse_name(p.name)[1] == a.seq]
    # a half-written temporary file and a Syncthing conflict copy holding garbage
    (path.parent / f".tmp-999-{path.name}").write_bytes(b"garbage")
    (path.parent / path.name.replace(".crmb", ".sync-conflict-20240101-120000-ABCDEFG.crmb")).write_bytes(
        path.read_bytes()[:10]
    )
    (path.parent / "0000000099-0000000100-0123456789abcdef.crmb.tmp").write_bytes(b"")
    report = b.sync(folder)
    assert report.damaged == []
    assert people.get(b.ctx, pid)["last_name"] == "Dubois"


def test_hub_refuses_damaged_bundle_whole_and_reports_it(pair) -> None:
    a, b, folder = pair
    ids = [people.create(a.ctx, {"last_name": f"P{i}"}) for i in range(3)]
    a.sync(folder)
    newest = max((p for p in bundle_files(folder) if p.parent.name == a.site), key=lambda p: p.name)
    data = newest.read_bytes()
    newest.write_bytes(data[: len(data) // 2])
    before = table_dump(b.db)
    report = b.sync(folder)
    assert len(report.damaged) == 1 and "damaged or incomplete" in report.damaged[0]
    assert a.site in report.waiting_sites
    assert table_dump(b.db) == before  # nothing of it applied
    # the author notices at its next sync and writes the bundle again
    a.sync(folder)
    report = b.sync(folder)
    assert report.damaged == []
    assert [people.get(b.ctx, i)["last_name"] for i in ids] == ["P0", "P1", "P2"]


def test_newer_bundle_waits_with_message(pair) -> None:
    a, b, folder = pair
    people.create(a.ctx, {"last_name": "Later"})
    a.sync(folder)
    newest = max((p for p in bundle_files(folder) if p.parent.name == a.site), key=lambda p: p.name)
    b_read = bundles.read(newest)
    b_read.format = bundles.FORMAT + 1
    newest.unlink()
    bundles.write(newest.parent, b_read)
    report = b.sync(folder)
    assert any("newer CRM Desktop" in line for line in report.damaged)
    assert a.site in report.waiting_sites
    # the newer file is left alone: it is not ours to replace
    assert any(p.parent.name == a.site and bundles.parse_name(p.name)[1] == a.seq for p in bundle_files(folder))
    report = hub.sync(a.db, folder)
    assert report.damaged == []
