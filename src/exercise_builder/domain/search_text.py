"""How Danish text is made searchable: words, æøå folding, Snowball stems, title ranking tiers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# "bækken" is typed "baekken" or "bakken"; "øvelse" as "oevelse" or "ovelse"; "gå" as "gaa" or "ga".
_DIGRAPHS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
_PLAIN = str.maketrans({"æ": "a", "ø": "o", "å": "a", "Æ": "a", "Ø": "o", "Å": "a"})
_WORD = re.compile(r"\w+", re.UNICODE)

# Endings a Danish noun or verb takes, longest first: "broen" → "bro", "bækkenets" → "bækken".
# Used only against words the index holds, where Snowball leaves a short word whole.
INFLECTION_ENDINGS = ("erne", "ene", "ens", "ets", "en", "et", "er", "es", "e", "s", "r", "n")


# Small words nearly every exercise has: a finished one narrows nothing and costs ranking time
# ("bækkenvip på" is bækkenvip, with "På ryggen" first by its title).
FILLER_WORDS = frozenset(
    {
        "og",
        "i",
        "på",
        "af",
        "med",
        "til",
        "for",
        "en",
        "et",
        "at",
        "den",
        "det",
        "de",
        "som",
        "ved",
        "fra",
        "om",
        "mod",
        "sig",
        "dig",
        "du",
        "din",
        "dine",
        "man",
        "er",
        "så",
        "the",
        "a",
        "an",
        "of",
        "on",
        "in",
        "and",
        "with",
        "to",
        "your",
    }
)


# Words that say what kind of thing is wanted, not which: "skulderøvelse" asks for shoulder
# exercises, and every item in the library is an exercise.
GENERIC_WORDS = frozenset(
    {
        "øvelse",
        "øvelser",
        "øvelsen",
        "øvelserne",
        "træning",
        "træningen",
        "træn",
        "exercise",
        "exercises",
        "program",
        "programmet",
    }
)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def fold(word: str) -> str:
    return word.lower().translate(_DIGRAPHS)


def plain(word: str) -> str:
    """The word with æøå as a/o/a and any other accent dropped ("café" → "cafe")."""
    flat = word.lower().translate(_PLAIN)
    if flat.isascii():
        return flat
    return "".join(c for c in unicodedata.normalize("NFD", flat) if not unicodedata.combining(c))


@lru_cache(maxsize=100_000)
def loose(word: str) -> str:
    """One spelling for æøå however typed: "bækken", "baekken" and "bakken" all give "bakken"."""
    return plain(word).replace("ae", "a").replace("oe", "o").replace("aa", "a")


def spellings(word: str) -> tuple[str, ...]:
    """The word and how it is typed without æøå (or accents), without repeats."""
    return tuple(dict.fromkeys((word, fold(word), plain(word))))


@lru_cache(maxsize=1)
def _danish():
    import snowballstemmer  # type: ignore[import-untyped]  # loaded on the first search, not at start

    return snowballstemmer.stemmer("danish")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball's Danish stem ("balderne" → "bald"); memoized: a library's vocabulary is small and
    the pure-Python stemmer takes ~0.1 ms a word."""
    return _danish().stemWord(word.lower()) if len(word) > 2 and not word.isdigit() else word.lower()


@lru_cache(maxsize=200_000)
def _index_forms(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    variants = spellings(word)[1:] if not word.isascii() else ()
    stemmed = stem(word)
    # a word that is its own stem is in the index already, as are its spellings
    return variants, (spellings(stemmed) if stemmed != word else ())


def index_text(text: str) -> tuple[str, str]:
    """(the words spelled without æøå, the stems that differ from their words, in every
    spelling), each once: the index keeps no positions, so order and repeats do not matter."""
    folded: set[str] = set()
    stems: set[str] = set()
    for word in set(words(text)):
        variants, stemmed = _index_forms(word)
        if variants:  # most words are plain ASCII and their own stem: nothing to add
            folded.update(variants)
        if stemmed:
            stems.update(stemmed)
    return " ".join(sorted(folded)), " ".join(sorted(stems))


def roots(word: str) -> list[str]:
    """The word without each inflection ending that leaves at least three letters."""
    return [word[: -len(end)] for end in INFLECTION_ENDINGS if word.endswith(end) and len(word) - len(end) >= 3]


@lru_cache(maxsize=50_000)
def _key(text: str) -> tuple[str, ...]:
    """A title's words in one spelling; memoized: each keystroke ranks the same titles again."""
    return tuple(loose(word) for word in words(text))


@lru_cache(maxsize=50_000)
def _stems(text: str) -> tuple[str, ...]:
    return tuple(loose(stem(word)) for word in words(text))


class TitleTier:
    """Ranks titles against a query: 0 the query is the title, 1 the title starts with it, 2
    its words start title words (or share their stems), 3 otherwise. Compared without case,
    æøå or accents; the query is prepared once for the many titles of a page."""

    def __init__(self, query: str) -> None:
        self.asked = _key(query)
        self.stems = _stems(query)

    def __call__(self, *titles: str) -> int:
        asked = self.asked
        if not asked:
            return 3
        best = 3
        for title in titles:
            have = _key(title)
            if have == asked:
                return 0
            if (
                len(have) >= len(asked)
                and have[: len(asked) - 1] == asked[:-1]
                and have[len(asked) - 1].startswith(asked[-1])
            ):
                best = 1
            elif best > 2 and (
                all(any(w.startswith(a) for w in have) for a in asked) or all(s in _stems(title) for s in self.stems)
            ):
                best = 2
        return best
