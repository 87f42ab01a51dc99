"""Patient names in one form: how they are stored, and how they are matched when a patient's data
is looked up or deleted (a name typed with a trailing space or in another Unicode normal form
is the same patient)."""

from __future__ import annotations

import unicodedata


def stored_name(name: str) -> str:
    """The name as stored: Unicode NFC, without surrounding space."""
    return unicodedata.normalize("NFC", name).strip()


def name_key(name: str) -> str:
    """What two spellings of one name share: NFC, runs of space as one, casefolded."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def mentions(text: str, key: str) -> bool:
    """True if `text` (a path, a setting, a file's text) holds the name with this key."""
    return bool(key) and key in name_key(text)
