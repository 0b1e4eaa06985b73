"""Numbers people read and say on the phone: T-K7Q-0042 for a ticket, I-K7Q-0007 for an
intervention. The middle part is the code of the machine that made the number, so
two laptops working offline for days never hand out the same one."""

from __future__ import annotations

import re

from crm_desktop.core.context import Context
from crm_desktop.db.connection import write_transaction

_PREFIX = re.compile(r"^[A-Z]{1,4}$")


def site_code(ctx: Context) -> str:
    row = ctx.db.execute("SELECT value FROM meta WHERE key = 'site_code'").fetchone()
    return row[0] if row else "X"


def next_number(ctx: Context, prefix: str) -> str:
    """The next number for ``prefix`` on this machine (its own counter per site code)."""
    if not _PREFIX.match(prefix):
        raise ValueError(f"a number prefix is 1 to 4 capital letters, not {prefix!r}")
    code = site_code(ctx)
    with write_transaction(ctx.db):
        ctx.db.execute(
            "INSERT INTO number_counters(prefix, code, last) VALUES (?, ?, 1) "
            "ON CONFLICT(prefix, code) DO UPDATE SET last = last + 1",
            [prefix, code],
        )
        last = ctx.db.execute(
            "SELECT last FROM number_counters WHERE prefix = ? AND code = ?", [prefix, code]
        ).fetchone()[0]
    return f"{prefix}-{code}-{last:04d}"
