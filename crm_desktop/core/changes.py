"""Change notification: core announces what it wrote; views refresh themselves.

One bus per working session (owned by the Context), never a global.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    table: str
    id: str | None
    op: str  # insert, update, delete, restore, bulk


Listener = Callable[[Change], None]


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
