"""Human numbers carry the machine's code: offline laptops never collide."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crm_desktop.core.numbers import next_number
from crm_desktop.sync import site
from crm_desktop.sync.startup import prepare
from tests.unit.sync_support import exchange, join, origin, reopen


def test_numbers_made_offline_on_two_laptops_never_collide(template_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "hub"
    folder.mkdir()
    office = origin(template_db, tmp_path, "office")
    office.sync(folder)
    laptop = join(folder, tmp_path, "laptop")
    try:
        made = [next_number(node.ctx, "T") for node in (office, laptop) for _ in range(5)]
        assert len(set(made)) == 10
        assert made[0].endswith("-0001") and made[5].endswith("-0001")
        assert made[0].split("-")[1] != made[5].split("-")[1]
        exchange([office, laptop], folder)
        assert next_number(office.ctx, "T").endswith("-0006")
        assert next_number(office.ctx, "I").endswith("-0001")  # one counter per prefix
    finally:
        office.close()
        laptop.close()


def test_a_copied_file_numbers_under_its_new_code(template_db: Path, tmp_path: Path) -> None:
    office = origin(template_db, tmp_path, "office")
    first = next_number(office.ctx, "T")
    office.close()
    copy = tmp_path / "copy.db"
    shutil.copyfile(office.path, copy)
    other = reopen(copy, "copy")
    try:
        assert prepare(other.db, copy)  # what the window and the command line do at open
        assert site.current(other.db)[1] != first.split("-")[1]
        assert next_number(other.ctx, "T").endswith("-0001")
    finally:
        other.close()


def test_prefix_is_checked(ctx) -> None:
    with pytest.raises(ValueError):
        next_number(ctx, "t1")
