"""The one error type for the user's mistakes (a bad file, a missing exercise, a full disk):
it carries a message key and its values, and is worded per language by `messages.py`, so the
Danish window shows Danish and the English window English. The command line speaks English
(str() of the error), as its help, its output and the scripts reading it do."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A mistake or condition the user can act on; never a bug. `key` names the message in
    `messages.MESSAGES`; `values` fill its `{placeholders}`.

    A key that is not in MESSAGES is a sentence written out at the raise (in English, not yet
    moved into messages.py): it reads the same in every language. tests/test_message_keys.py
    fails on a key-shaped string missing from MESSAGES and on any new raw sentence."""

    def __init__(self, key: str, /, **values: Any) -> None:
        self.key = key
        self.values = values
        super().__init__(self.text("en"))

    def text(self, language: str = "da") -> str:
        from .messages import MESSAGES, word

        if self.key not in MESSAGES:
            return self.key
        return word(self.key, language, **self.values)
