"""The one error type for the user's mistakes (a bad file, a missing exercise, a full disk):
it carries a message key and its values, and is worded per language by `messages.py`, so the
Danish window shows Danish, the English window English and the command line either."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A mistake or condition the user can act on; never a bug. `key` names the message in
    `messages.MESSAGES`; `values` fill its `{placeholders}`."""

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values
        super().__init__(self.text("en"))

    def text(self, language: str = "da") -> str:
        from .messages import word

        return word(self.key, language, **self.values)
