"""Readability of Danish patient texts: the LIX index.

LIX = words / sentences + 100 × long words / words, where a long word has more than six
letters. Below about 35 a Danish text is easy to read; above 55 it is hard.

Counting rules used here (kept simple and predictable, so a writer can check a text by hand):

- A *word* is an unbroken run of letters (a–z, æ, ø, å and other Unicode letters). Digits and
  signs are not words and do not break a count: "2–3 gange" has one word, "kat-ko" has two.
- A *sentence* ends at ".", ":", "!" or "?", and also where a new line starts with a capital
  letter (a list item or a heading without a full stop). Pieces without words do not count.
- An empty text (no words) has LIX 0.0.
"""

from __future__ import annotations

import re

__all__ = ["lix", "count_words", "count_sentences", "count_long_words", "LONG_WORD_LETTERS"]

LONG_WORD_LETTERS = 6
"""A word with more letters than this is a long word."""

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_BREAK = re.compile(r"[.:!?]+|\n(?=[^\S\n]*(?:[-–•*][^\S\n]*)?[A-ZÆØÅÄÖÜÉ])")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def count_words(text: str) -> int:
    """Number of words (runs of letters) in ``text``."""
    return len(_words(text))


def count_long_words(text: str) -> int:
    """Number of words with more than six letters."""
    return sum(1 for word in _words(text) if len(word) > LONG_WORD_LETTERS)


def count_sentences(text: str) -> int:
    """Number of sentences: pieces between sentence breaks that hold at least one word."""
    pieces = _SENTENCE_BREAK.split(text)
    return sum(1 for piece in pieces if _WORD.search(piece))


def lix(text: str) -> float:
    """The LIX readability index of ``text`` (0.0 for a text without words)."""
    words = _words(text)
    if not words:
        return 0.0
    sentences = max(1, count_sentences(text))
    long_words = sum(1 for word in words if len(word) > LONG_WORD_LETTERS)
    return len(words) / sentences + 100.0 * long_words / len(words)
