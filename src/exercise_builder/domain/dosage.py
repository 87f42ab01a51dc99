"""Dosage of one exercise and its wording in Danish and English."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import UserError

EN_DASH = "\u2013"
TIMES = "\u00d7"


class DosageError(UserError, ValueError):
    """A dosage that cannot be read (a range the wrong way round, a key that is no dosage's);
    a ValueError, as the callers that read typed numbers expect."""


_RANGE_TEXT = re.compile(r"^\s*(\d+)\s*(?:[-\u2013\u2014]|til|to)\s*(\d+)\s*$")


@dataclass(frozen=True, slots=True)
class Range:
    """A whole number or a range of them: 10, or 8–12."""

    low: int
    high: int

    def __post_init__(self) -> None:
        if self.low < 0 or self.high < self.low:
            raise DosageError("dosage.bad-range", low=self.low, high=self.high)

    @classmethod
    def of(cls, value: int | str | list | tuple | Range | None) -> Range | None:
        """Read 10, "10", "8–12", "8-12" or [8, 12]; None and 0 mean not set."""
        if value is None or isinstance(value, Range):
            return value
        if isinstance(value, bool):
            raise DosageError("dosage.range-not-boolean")
        if isinstance(value, int):
            if value < 0:
                raise DosageError("dosage.negative", value=value)
            return cls(value, value) if value > 0 else None
        if (
            isinstance(value, (list, tuple))
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            return cls(value[0], value[1])
        if isinstance(value, str):
            text = value.strip()
            if not text:
                return None
            if text.isdigit():
                return cls.of(int(text))
            match = _RANGE_TEXT.match(text)
            if match:
                return cls(int(match[1]), int(match[2]))
        raise DosageError("dosage.not-a-range", value=value)

    @property
    def is_single(self) -> bool:
        return self.low == self.high

    def plural(self) -> bool:
        return not (self.is_single and self.low == 1)

    def __str__(self) -> str:
        return str(self.low) if self.is_single else f"{self.low}{EN_DASH}{self.high}"

    def to_json(self) -> int | str:
        return self.low if self.is_single else str(self)


# (singular, plural) per unit and language
_UNITS = {
    "da": {
        "rep": ("gentagelse", "gentagelser"),
        "second": ("sekund", "sekunder"),
        "minute": ("minut", "minutter"),
        "set": ("sæt", "sæt"),
        "hold": "hold i",
        "per_side": "på hver side",
    },
    "en": {
        "rep": ("repetition", "repetitions"),
        "second": ("second", "seconds"),
        "minute": ("minute", "minutes"),
        "set": ("set", "sets"),
        "hold": "hold for",
        "per_side": "on each side",
    },
}


def counted(amount: Range, unit: str, language: str = "da") -> str:
    """'1 gentagelse', '10 gentagelser', '8–12 gentagelser'."""
    singular, plural = _UNITS[_lang(language)][unit]
    return f"{amount} {plural if amount.plural() else singular}"


def _lang(language: str) -> str:
    return language if language in _UNITS else "da"


@dataclass(frozen=True, slots=True)
class Dosage:
    sets: int = 1
    reps: Range | None = None
    hold_seconds: Range | None = None
    duration_minutes: Range | None = None
    per_side: bool = False
    frequency: str = ""

    def __post_init__(self) -> None:
        if self.sets < 1:
            raise DosageError("dosage.sets-at-least-one")

    def wording(self, language: str = "da", programme_frequency: str = "") -> str:
        """The one dosage line the patient reads, e.g. '3 × 10 gentagelser, på hver side'."""
        words = _UNITS[_lang(language)]
        parts: list[str] = []
        if self.reps is not None:
            reps = counted(self.reps, "rep", language)
            parts.append(f"{self.sets} {TIMES} {reps}" if self.sets > 1 else reps)
        elif self.sets > 1:
            parts.append(counted(Range(self.sets, self.sets), "set", language))
        if self.hold_seconds is not None:
            parts.append(f"{words['hold']} {counted(self.hold_seconds, 'second', language)}")
        if self.duration_minutes is not None:
            parts.append(counted(self.duration_minutes, "minute", language))
        if self.per_side:  # "10 gentagelser på hver side": no comma, it belongs to the count
            if parts:
                parts[0] = f"{parts[0]} {words['per_side']!s}"
            else:
                parts.append(str(words["per_side"]))
        frequency = (self.frequency or programme_frequency).strip()
        if frequency:
            parts.append(frequency)
        line = ", ".join(parts)
        return line[:1].upper() + line[1:]

    def to_json(self) -> dict:
        return {
            "sets": self.sets,
            "reps": self.reps.to_json() if self.reps else None,
            "hold_seconds": self.hold_seconds.to_json() if self.hold_seconds else None,
            "duration_minutes": self.duration_minutes.to_json() if self.duration_minutes else None,
            "per_side": self.per_side,
            "frequency": self.frequency,
        }

    @classmethod
    def from_json(cls, data: dict) -> Dosage:
        """Build from a dict of the file formats; raises ValueError naming the key."""
        known = {"sets", "reps", "hold_seconds", "duration_minutes", "per_side", "frequency"}
        for key in data:
            if key not in known:
                raise DosageError("dosage.unknown-key", key=key)
        sets = data.get("sets", 1)
        if sets is None:
            sets = 1
        if isinstance(sets, bool) or not isinstance(sets, int) or sets < 1:
            raise DosageError("dosage.bad-sets")
        ranges = {}
        for key in ("reps", "hold_seconds", "duration_minutes"):
            try:
                ranges[key] = Range.of(data.get(key))
            except ValueError as error:
                raise DosageError("dosage.field", key=key, reason=error) from None
        per_side = data.get("per_side", False)
        if not isinstance(per_side, bool):
            raise DosageError("dosage.per-side-not-boolean")
        frequency = data.get("frequency", "") or ""
        if not isinstance(frequency, str):
            raise DosageError("dosage.frequency-not-text")
        return cls(sets=sets, per_side=per_side, frequency=frequency, **ranges)
