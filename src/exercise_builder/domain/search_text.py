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


def loose(word: str) -> str:
    """One spelling for æøå however typed: "bækken", "baekken" and "bakken" all give "bakken"."""
    return plain(word).replace("ae", "a").replace("oe", "o").replace("aa", "a")


def spellings(word: str) -> tuple[str, ...]:
    """The word and how it is typed without æøå (or accents), without repeats."""
    return tuple(dict.fromkeys((word, fold(word), plain(word))))


def folded_variants(text: str) -> str:
    """Extra index text: the words with æøå written as ae/oe/aa and as a/o/a."""
    extra = []
    for word in words(text):
        if not word.isascii():
            extra.extend(spellings(word)[1:])
    return " ".join(dict.fromkeys(extra))


@lru_cache(maxsize=1)
def _danish():
    import snowballstemmer  # loaded on the first search, not when the window frame starts

    return snowballstemmer.stemmer("danish")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball's Danish stem ("balderne" → "bald"); memoized: a library's vocabulary is small and
    the pure-Python stemmer takes ~0.1 ms a word."""
    return _danish().stemWord(word.lower()) if len(word) > 2 and not word.isdigit() else word.lower()


def stems_text(text: str) -> str:
    """Index text for the stems column: each word's stem, also spelled without æøå."""
    found: dict[str, None] = {}
    for word in words(text):
        for spelling in spellings(stem(word)):
            found[spelling] = None
    return " ".join(found)


def roots(word: str) -> list[str]:
    """The word without each inflection ending that leaves at least three letters."""
    return [word[: -len(end)] for end in INFLECTION_ENDINGS if word.endswith(end) and len(word) - len(end) >= 3]


def _key(text: str) -> list[str]:
    return [loose(word) for word in words(text)]


def title_tier(titles: str, query: str) -> int:
    """0 the query is a title, 1 a title starts with it, 2 its words start title words, 3 else.
    `titles` holds one title a line (every language); compared without case, æøå or accents."""
    asked = _key(query)
    if not asked:
        return 3
    best = 3
    for title in titles.split("\n"):
        have = _key(title)
        if have == asked:
            return 0
        if have[: len(asked) - 1] == asked[:-1] and len(have) >= len(asked) and have[len(asked) - 1].startswith(asked[-1]):
            best = min(best, 1)
        elif all(any(word.startswith(a) or stem(word) == stem(a) for word in have) for a in asked):
            best = min(best, 2)
    return best

