"""Identifiers for rows that sync: made on the machine that creates the row."""

from __future__ import annotations

import os
import random
import time


def new_id(rng: random.Random | None = None, millis: int | None = None) -> str:
    """Return a 32-hex-digit time-ordered id (UUIDv7 layout).

    Time-ordered ids keep inserts near the end of the id index, which makes bulk
    loads and random-key inserts much cheaper than a fully random UUID4, while the
    74 random bits keep two offline machines from ever making the same id.
    ``rng`` and ``millis`` make ids reproducible (demo data, tests).
    """
    ms = int(time.time() * 1000) if millis is None else millis
    rand = rng.getrandbits(74) if rng is not None else int.from_bytes(os.urandom(10), "big") >> 6
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)
    return f"{value:032x}"
