"""Patient names in one form: how they are stored, and how they are matched when a patient's data
is looked up or deleted (a name typed with a trailing space or in another Unicode normal form
is the same patient)."""

from __future__ import annotations

import unicodedata


def _visible(text: str) -> str:
    """Without invisible format characters (zero-width space, BOM, soft hyphen, joiners, direction
    marks: Unicode category Cf), which would make one name look like another to delete."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def stored_name(name: str) -> str:
    """The name as stored: Unicode NFC, without invisible characters or surrounding space."""
    return _visible(unicodedata.normalize("NFC", name)).strip()


def name_key(name: str) -> str:
    """What two spellings of one name share: NFC, no invisible characters, runs of space as one,
    casefolded."""
    return " ".join(_visible(unicodedata.normalize("NFC", name)).split()).casefold()


def mentions(text: str, key: str) -> bool:
    """True if `text` (a path, a setting, a file's text) holds the name with this key."""
    return bool(key) and key in name_key(text)
