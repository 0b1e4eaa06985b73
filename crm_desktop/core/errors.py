"""Errors a user can understand and fix; anything else is a bug and is logged."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


@dataclass
class Message:
    """An English message with named parameters, translated by the UI."""

    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = _identity) -> str:
        """Translate the text, and any parameter that is itself a Message (a label)."""
        params = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.params.items()
        }
        try:
            return translate(self.text).format(**params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**params)


class CrmError(Exception):
    """Base of the errors that are shown to the user as a short message."""

    def __init__(self, text: str, **params: Any) -> None:
        self.message = Message(text, params)
        super().__init__(self.message.render())

    def render(self, translate: Translate = _identity) -> str:
        return self.message.render(translate)


class ValidationError(CrmError):
    """Bad input: one message per field, shown next to that field."""

    def __init__(self, errors: Mapping[str, Message]) -> None:
        self.errors = dict(errors)
        first = next(iter(self.errors.items()))
        self.message = first[1]
        Exception.__init__(
            self, "; ".join(f"{name}: {msg.render()}" for name, msg in self.errors.items())
        )


class PermissionDenied(CrmError):
    """The acting user's role does not allow this operation."""


class NotFound(CrmError):
    """The record does not exist (or no longer exists)."""
