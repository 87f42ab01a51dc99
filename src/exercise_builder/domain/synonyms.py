"""Synonyms: what clinicians type ("clamshell", "SI-led", "udspænding") → words the exercises use.

The pairs come from a data file shipped with the library (synonyms.toml) and from imported
bundles; this module only looks them up. A key may be several words ("bird dog")."""

from __future__ import annotations

from collections.abc import Iterable

from .search_text import loose, roots, stem, words


def _forms(word: str) -> set[str]:
    """How a query word may meet a key word: as typed, by its stem, or by a known inflection."""
    forms = {loose(word), loose(stem(word))}
    forms.update(loose(stem(root)) for root in roots(word))
    return forms


def _key_forms(word: str) -> set[str]:
    return {loose(word), loose(stem(word))}


class Synonyms:
    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.entries: dict[tuple[str, ...], list[str]] = {}
        for term, expansion in pairs:
            key = tuple(words(term))
            if key and words(expansion):
                self.entries.setdefault(key, []).append(expansion)
        self._by_first: dict[str, list[tuple[tuple[str, ...], list[set[str]]]]] = {}
        for key in self.entries:
            shapes = [_key_forms(word) for word in key]
            for form in shapes[0]:
                self._by_first.setdefault(form, []).append((key, shapes))

    def __len__(self) -> int:
        return len(self.entries)

    def match(self, query: list[str], at: int, typing: bool = False) -> tuple[int, list[str]] | None:
        """The longest key that starts at query[at]: (how many words it spans, its expansions).
        With `typing`, the query's last word may be the start of the key's last word."""
        best: tuple[int, list[str]] | None = None
        seen: set[tuple[str, ...]] = set()
        for form in _forms(query[at]):
            for key, shapes in self._by_first.get(form, ()):
                if key in seen or at + len(key) > len(query):
                    continue
                seen.add(key)
                matches = all(_forms(query[at + i]) & shapes[i] for i in range(len(key)))
                if matches and (best is None or len(key) > best[0]):
                    best = (len(key), self.entries[key])
        half = self._half_typed(query, at) if typing else None
        return half if half and (best is None or half[0] > best[0]) else best

    def _half_typed(self, query: list[str], at: int) -> tuple[int, list[str]] | None:
        """A key the rest of the query begins, its last word half typed: "clams", "bird d",
        "si-le". A key of one word needs four letters typed; in a longer one the words before
        already say which."""
        rest = query[at:]
        if len(rest[-1]) < (4 if len(rest) == 1 else 1):
            return None
        typed = loose(rest[-1])
        for key, expansions in self.entries.items():
            if (
                len(key) == len(rest)
                and loose(key[-1]).startswith(typed)
                and all(_forms(word) & _key_forms(part) for word, part in zip(rest[:-1], key, strict=False))
            ):
                return len(key), expansions
        return None
