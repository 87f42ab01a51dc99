"""How Danish text is folded for search, so people find words typed without æ, ø and å."""

from __future__ import annotations

import re

# "bækken" is typed "baekken" or "bakken"; "øvelse" as "oevelse" or "ovelse"; "gå" as "gaa" or "ga".
_DIGRAPHS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
_PLAIN = str.maketrans({"æ": "a", "ø": "o", "å": "a", "Æ": "a", "Ø": "o", "Å": "a"})
_WORD = re.compile(r"\w+", re.UNICODE)

# A search word on the left also finds the words on the right (typed by therapists and patients).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "bækkenløsning": ("bækken", "bækkensmerter", "pelvis", "symfyse"),
    "pgp": ("bækken", "bækkensmerter"),
    "bækkensmerter": ("bækken",),
    "symfyse": ("bækken",),
    "si-led": ("bækken", "lænd"),
    "iskias": ("balde", "lænd"),
    "lænd": ("lænd", "low-back", "ryg"),
    "lændesmerter": ("lænd", "ryg"),
    "rygsmerter": ("ryg", "lænd"),
    "balde": ("balde", "hip"),
    "lyske": ("inderlår", "hofte", "bækken"),
    "bækkenbund": ("bækkenbund", "knib"),
    "udstrækning": ("stræk",),
    "afspænding": ("hvil", "vejrtrækning"),
    "kredsløb": ("ankel", "circulation"),
    "gravid": ("graviditet", "pregnancy"),
    "fødsel": ("fødslen", "after-birth"),
    "dødløft": ("foroverbøjning", "hoften", "vægt"),
    "deadlift": ("foroverbøjning", "hoften", "vægt"),
    "diastase": ("mavespænd", "mavemuskel"),
}


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def folded_variants(text: str) -> str:
    """Extra index text: the words with æøå written as ae/oe/aa and as a/o/a."""
    lowered = text.lower()
    extra = []
    for word in words(lowered):
        if any(letter in word for letter in "æøå"):
            extra.append(word.translate(_DIGRAPHS))
            extra.append(word.translate(_PLAIN))
    return " ".join(extra)


def fold(word: str) -> str:
    return word.lower().translate(_DIGRAPHS)


def synonyms_for(word: str) -> tuple[str, ...]:
    """Words a query word also stands for; matched with or without æøå."""
    key = fold(word)
    for term, expansions in SYNONYMS.items():
        if fold(term) == key or term.translate(_PLAIN) == word.lower():
            return expansions
    return ()
