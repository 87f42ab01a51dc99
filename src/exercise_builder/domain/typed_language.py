"""Which language the therapist typed in, so the window can say so when the handout's differs.

The handout prints library texts in its own language but never translates what the therapist
typed (message, notes, free-text frequencies); a rough word count tells Danish from English."""

from __future__ import annotations

import re

from .frequency import parse_frequency
from .models import Program

_WORD = re.compile(r"[^\W\d_]+")
_DANISH = frozenset(
    [
        "og",
        "at",
        "du",
        "det",
        "en",
        "er",
        "ikke",
        "med",
        "på",
        "til",
        "hvis",
        "gerne",
        "din",
        "dit",
        "dine",
        "af",
        "som",
        "når",
        "så",
        "kan",
        "skal",
        "har",
        "der",
        "for",
        "om",
        "eller",
        "men",
        "lidt",
        "hver",
        "gang",
        "ved",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "you",
        "to",
        "with",
        "your",
        "if",
        "it",
        "is",
        "of",
        "on",
        "for",
        "in",
        "when",
        "do",
        "not",
        "can",
        "a",
        "an",
        "be",
        "this",
        "that",
        "at",
        "or",
        "but",
        "each",
        "time",
    ]
)


def guess_language(text: str) -> str:
    """ "da", "en", or "" when the text gives no clue."""
    if re.search(r"[æøåÆØÅ]", text):
        return "da"
    words = [word.casefold() for word in _WORD.findall(text)]
    danish = sum(word in _DANISH for word in words)
    english = sum(word in _ENGLISH for word in words)
    if danish == english:
        return ""
    return "da" if danish > english else "en"


def typed_texts(program: Program, library_phrases: dict[str, dict[str, str]]) -> list[str]:
    """Texts on the handout that the therapist typed: not from the library, not a counted frequency."""
    candidates = [
        program.message,
        *(item.note for item in program.items),
        *(item.dosage.frequency for item in program.items),
        *(aid.note for aid in program.aids),
    ]
    if parse_frequency(program.frequency) is None:
        candidates.append(program.frequency)
    return [
        text
        for text in candidates
        if text.strip() and text.strip() not in library_phrases and parse_frequency(text) is None
    ]


def typed_in_another_language(program: Program, library_phrases: dict[str, dict[str, str]]) -> bool:
    language = program.options.language
    return any(guess_language(text) not in ("", language) for text in typed_texts(program, library_phrases))
