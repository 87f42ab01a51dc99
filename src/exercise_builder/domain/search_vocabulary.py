"""The words a search index holds, and what a query word that matches none of them may mean:
a compound of them, an inflected form of one, or one of them with a typo."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from .search_text import INFLECTION_ENDINGS, fold, plain, roots, stem

LINKS = ("", "s", "e")  # Danish compounds join with nothing, -s- or -e-: bækkenbund+s+øvelse
SHORTEST_PART = 3  # læg, ryg, arm, ben, knæ
# a compound that starts with a number names something else than its last part: firfod, trehjulet
NUMBERS = frozenset({"fir", "fire", "tre", "fem", "seks", "syv", "otte", "tolv"})
COMPOUNDS_AT_MOST = 8  # of a common last part ("stræk"): the most used, to keep the query small
TYPO_LENGTH = 5  # a word this long may have one letter wrong, missing, extra or swapped


def distance(a: str, b: str, limit: int = 2) -> int:
    """Edits between a and b (a swap of neighbours counts one); limit + 1 if more than limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Vocabulary:
    """Words (lowercase, with æøå) and how often each occurs (in how many exercises)."""

    def __init__(self, counts: dict[str, int], also: Iterable[str] = ()) -> None:
        self.counts = {w: n for w, n in counts.items() if len(w) >= 2 and not any(c.isdigit() for c in w)}
        self.also = set(also)  # words known otherwise (synonym keys) that a compound may hold
        self.sorted = sorted(self.counts)
        self._stems: dict[str, str] | None = None  # plain stem → a word with it
        self._near: dict[str, set[str]] | None = None  # plain word and its deletions → words
        self._backwards: list[tuple[str, str]] | None = None  # (word in one spelling, reversed; word), sorted

    # --- what it holds -------------------------------------------------------------------------

    @property
    def stems(self) -> dict[str, str]:
        if self._stems is None:
            stems: dict[str, str] = {}
            for word in sorted(self.counts, key=lambda w: -self.counts[w]):
                stems.setdefault(plain(stem(word)), word)
            self._stems = stems
        return self._stems

    def knows(self, word: str) -> bool:
        return word in self.counts or plain(stem(word)) in self.stems

    def starts(self, prefix: str) -> bool:
        """Some word begins with `prefix`."""
        at = bisect.bisect_left(self.sorted, prefix)
        return at < len(self.sorted) and self.sorted[at].startswith(prefix)

    def root(self, word: str) -> str | None:
        """A known word the query word is an inflection of ("broen" → "bro")."""
        for candidate in roots(word):
            if candidate in self.counts:
                return candidate
        return None

    # --- compounds -----------------------------------------------------------------------------

    def _sureness(self, part: str, typing: bool) -> float:
        """3 a word the index holds, 2 the stem of one, 1–1.5 a form of one (more when the stem
        covers more of it: "øvelser" over "søvelser"), ½ the start of one."""
        if part in self.counts:
            return 3
        if plain(part) in self.stems or part in self.also:
            return 2
        if self.knows(part):
            return 1 + 0.5 * len(stem(part)) / len(part)
        if self.root(part):
            return 1
        return 0.5 if typing and len(part) >= 2 and self.starts(part) else 0

    def _splits(self, word: str, typing: bool, depth: int = 0) -> list[tuple[list[str], list[float], int]]:
        """Every way to cut the word into known parts: (parts, how sure of each, links used)."""
        found = []
        for end in range(SHORTEST_PART, len(word) - 1):
            head = word[:end]
            sure = self._sureness(head, False)
            if not sure:
                continue
            for link in LINKS:
                tail = word[end + len(link) :]
                if not word.startswith(link, end) or len(tail) < (2 if typing else SHORTEST_PART):
                    continue
                tail_sure = self._sureness(tail, typing)
                if tail_sure:
                    found.append(([head, tail], [sure, tail_sure], int(bool(link))))
                if depth < 2:
                    for parts, sureness, links in self._splits(tail, typing, depth + 1):
                        found.append(([head, *parts], [sure, *sureness], links + int(bool(link))))
        return found

    def split(self, word: str, typing: bool = False) -> tuple[list[str], float] | None:
        """The known words a compound is made of and how sure the weakest part is (see
        _sureness); with `typing` the last part may be the start of a word. The fewest parts,
        the surest, without a linking -s-/-e- when both readings hold ("lægstræk": læg + stræk)."""
        if len(word) < SHORTEST_PART + (2 if typing else SHORTEST_PART):
            return None
        splits = self._splits(word, typing)
        if not splits:
            return None
        parts, sureness, _links = min(splits, key=lambda s: (len(s[0]), -min(s[1]), -sum(s[1]), s[2]))
        return parts, min(sureness)

    def head(self, word: str) -> str | None:
        """The longest word the index holds that the query word starts with, leaving at least
        three letters unknown ("brystkassen" → bryst): a last resort."""
        for end in range(len(word) - SHORTEST_PART, SHORTEST_PART, -1):
            if self._sureness(word[:end], False) >= 2:
                return word[:end]
        return None

    def _reversed(self) -> list[tuple[str, str]]:
        if self._backwards is None:
            self._backwards = sorted((fold(word)[::-1], word) for word in self.counts)
        return self._backwards

    def compounds_of(self, word: str, limit: int = COMPOUNDS_AT_MOST) -> list[str]:
        """Words the index holds whose stem ends in the word's stem after at least three letters
        of their own: the compounds it is the last part of ("lårene" → inderlåret, baglåret). A
        Danish compound is a kind of its last part, so these answer the word; not one that
        starts with a number ("firfod" is on all fours, not a foot). The most used first.
        Compared with æøå as ae/oe/aa, so "læg" is not "lag" ("underlaget")."""
        base = fold(stem(word))
        if len(base) < SHORTEST_PART:
            return []
        backwards, found = self._reversed(), set()
        for ending in ("", *INFLECTION_ENDINGS):
            tail = (base + ending)[::-1]
            at = bisect.bisect_left(backwards, (tail,))
            while at < len(backwards) and backwards[at][0].startswith(tail):
                found.add(backwards[at][1])
                at += 1
        kept = []
        for candidate in found:
            own = fold(stem(candidate))  # "knibene" is knib + ene, not a kind of "ben"
            head = own[: -len(base)]
            if own.endswith(base) and len(head) >= SHORTEST_PART and head not in NUMBERS:
                kept.append(candidate)
        return sorted(kept, key=lambda w: (-self.counts[w], w))[:limit]

    # --- typos ---------------------------------------------------------------------------------

    def _index(self) -> dict[str, set[str]]:
        if self._near is None:
            near: dict[str, set[str]] = {}
            for word in self.counts:
                key = plain(word)
                for variant in {key} | _deletions(key):
                    near.setdefault(variant, set()).add(word)
            self._near = near
        return self._near

    def _candidates(self, key: str, depth: int) -> set[str]:
        index = self._index()
        probes = {key} | _deletions(key)
        if depth > 1:
            probes |= {d for p in _deletions(key) for d in _deletions(p)}
        found: set[str] = set()
        for probe in probes:
            found |= index.get(probe, set())
        return found

    def near(self, word: str, limit: int = 1) -> list[str]:
        """Known words within `limit` edits of the word, closest and most used first."""
        key = plain(word)
        scored = []
        for candidate in self._candidates(key, limit):
            edits = distance(key, plain(candidate), limit)
            if 0 < edits <= limit or (edits == 0 and candidate != word):
                scored.append((edits, -self.counts[candidate], candidate))
        return [candidate for _e, _n, candidate in sorted(scored)]

    def typo(self, word: str) -> list[str]:
        """What a word of five letters or more with one letter wrong may have meant."""
        return self.near(word, 1) if len(word) >= TYPO_LENGTH else []

    def suggestions(self, word: str, limit: int = 3) -> list[str]:
        """Known words nearest to a word that found nothing ("Mente du …?")."""
        return self.near(word, 2 if len(word) >= 4 else 1)[:limit]
