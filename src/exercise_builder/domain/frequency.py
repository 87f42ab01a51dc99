"""How often a programme is done: the usual choices and the sessions a day they mean."""

from __future__ import annotations

import re

from .dosage import EN_DASH

CHOICES_DA = (
    "1 gang dagligt",
    "2 gange dagligt",
    f"2{EN_DASH}3 gange dagligt",
    "3 gange dagligt",
)
CHOICES_EN = ("once daily", "twice daily", f"2{EN_DASH}3 times daily", "3 times daily")
DEFAULT = CHOICES_DA[2]

_DAILY = re.compile(
    r"(\d+)\s*(?:[-\u2013\u2014]|til|to)?\s*(\d+)?\s*(?:gang|gange|times?)\s*(?:dagligt|om dagen|a day|daily|per day)",
    re.IGNORECASE,
)
_WORDS = {"once daily": (1, 1), "twice daily": (2, 2), "en gang dagligt": (1, 1)}


def daily_frequency(low: int, high: int | None = None, language: str = "da") -> str:
    """'1 gang dagligt', '2 gange dagligt', '2–3 gange dagligt' (or English)."""
    high = low if high is None else high
    amount = str(low) if low == high else f"{low}{EN_DASH}{high}"
    if language == "en":
        if low == high == 1:
            return "once daily"
        return f"{amount} times daily"
    return f"{amount} {'gang' if low == high == 1 else 'gange'} dagligt"


def sessions_per_day(text: str) -> tuple[int, int] | None:
    """(least, most) sessions a day from a frequency text, or None if it names no daily count."""
    cleaned = text.strip().lower()
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    match = _DAILY.search(cleaned)
    if not match:
        return None
    low = int(match[1])
    high = int(match[2]) if match[2] else low
    if low < 1 or high < low or high > 12:
        return None
    return low, high


def translate(text: str, language: str) -> str:
    """The standard phrase in the other language; free text is kept as written."""
    counts = sessions_per_day(text)
    if counts is None or text.strip().lower() not in {
        daily_frequency(*counts, language=lang).lower() for lang in ("da", "en")
    }:
        return text
    return daily_frequency(*counts, language=language)
