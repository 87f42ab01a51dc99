"""Numbers typed as words in a dosage field: "ti" is 10, "otte til tolv" is 8–12 (Danish and English)."""

from __future__ import annotations

import re

from .dosage import EN_DASH

WORDS = {
    "en": 1,
    "et": 1,
    "én": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
    "tyve": 20,
    "femogtyve": 25,
    "tredive": 30,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
_RANGE = re.compile(r"^\s*(\S+)\s*(?:[-\u2013\u2014]|\btil\b|\bto\b)\s*(\S+)\s*$", re.IGNORECASE)


def _number(word: str) -> str | None:
    word = word.strip().lower()
    if word.isdigit():
        return word
    value = WORDS.get(word)
    return str(value) if value is not None else None


def digits_for_words(text: str) -> str | None:
    """'ti' → '10', 'otte til tolv' → '8–12', '8-12' → '8–12', '' → ''; None if not a number or range."""
    if not text.strip():
        return ""
    single = _number(text)
    if single is not None:
        return single
    match = _RANGE.match(text)
    if match:
        low, high = _number(match[1]), _number(match[2])
        if low is not None and high is not None:
            return f"{low}{EN_DASH}{high}"
    return None
