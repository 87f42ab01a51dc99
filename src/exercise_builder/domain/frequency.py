"""How often a programme is done: the usual choices, their wording, and what they mean."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dosage import EN_DASH

CHOICES_DA = (
    "1 gang dagligt",
    "2 gange dagligt",
    f"2{EN_DASH}3 gange dagligt",
    "3 gange dagligt",
)
CHOICES_EN = ("once daily", "twice daily", f"2{EN_DASH}3 times daily", "3 times daily")
DEFAULT = CHOICES_DA[2]
WEEKLY = ((1, 1), (2, 2), (2, 3), (3, 3))  # a strength programme is often done on some days of the week


def choices(language: str = "da") -> list[str]:
    """The overall frequencies offered: the daily ones, then weekly ones (free text is allowed too)."""
    daily = CHOICES_EN if language == "en" else CHOICES_DA
    return [*daily, *(Frequency(low, high, "week").wording(language) for low, high in WEEKLY)]


_DAY = r"dagligt|om dagen|hver dag|a day|daily|per day|every day"
_WEEK = r"om ugen|ugentligt|hver uge|a week|weekly|per week|every week"
_COUNTED = re.compile(
    rf"(\d+)\s*(?:(?:[-\u2013\u2014]|til|to)\s*(\d+))?\s*(?:gang|gange|times?)\s*({_DAY}|{_WEEK})",
    re.IGNORECASE,
)
_WORDS = {
    "once daily": (1, 1, "day"),
    "twice daily": (2, 2, "day"),
    "once a week": (1, 1, "week"),
    "twice a week": (2, 2, "week"),
}


@dataclass(frozen=True, slots=True)
class Frequency:
    low: int
    high: int
    per: str  # "day" or "week"

    def wording(self, language: str = "da") -> str:
        amount = str(self.low) if self.low == self.high else f"{self.low}{EN_DASH}{self.high}"
        once = self.low == self.high == 1
        if language == "en":
            if once:
                return "once daily" if self.per == "day" else "once a week"
            return f"{amount} times daily" if self.per == "day" else f"{amount} times a week"
        return f"{amount} {'gang' if once else 'gange'} {'dagligt' if self.per == 'day' else 'om ugen'}"


def parse_frequency(text: str) -> Frequency | None:
    """The counted frequency a text states ('2–3 gange dagligt'), or None for free text."""
    cleaned = " ".join(text.strip().lower().split())
    if cleaned in _WORDS:
        return Frequency(*_WORDS[cleaned])
    match = _COUNTED.fullmatch(cleaned)
    if not match:
        return None
    low = int(match[1])
    high = int(match[2]) if match[2] else low
    if low < 1 or high < low or high > 20:
        return None
    per = "week" if re.fullmatch(_WEEK, match[3]) else "day"
    return Frequency(low, high, per)


def daily_frequency(low: int, high: int | None = None, language: str = "da") -> str:
    """'1 gang dagligt', '2 gange dagligt', '2–3 gange dagligt' (or English)."""
    return Frequency(low, low if high is None else high, "day").wording(language)


def sessions_per_day(text: str) -> tuple[int, int] | None:
    """(least, most) sessions a day, or None if the text names no daily count."""
    frequency = parse_frequency(text)
    if frequency is None or frequency.per != "day":
        return None
    return frequency.low, frequency.high


def translate(text: str, language: str) -> str:
    """A counted frequency worded in `language`; free text is kept as written."""
    frequency = parse_frequency(text)
    return text if frequency is None else frequency.wording(language)
