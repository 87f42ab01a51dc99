"""A query of 1,000 words costs what a query of 30 does: the store searches the first 30 words."""

from __future__ import annotations

import time

from exercise_builder.store import MAX_QUERY_WORDS, bounded_query


def test_a_long_query_is_cut_to_its_first_words():
    assert bounded_query("knæ ryg") == "knæ ryg"
    assert bounded_query("knæ ry") == "knæ ry"  # the last word may still be half typed
    cut = bounded_query(" ".join(f"ord{n}" for n in range(1_000)))
    assert cut.split() == [f"ord{n}" for n in range(MAX_QUERY_WORDS)] and cut.endswith(" ")


def test_the_store_searches_at_most_30_words(shipped_store, monkeypatch):
    """1,000 different words (each tried as a typo and a compound) reach the search as 30."""
    import random

    from exercise_builder.store import search

    seen = []
    for name in ("search_exercises", "search_page", "count_matches", "search_help"):
        real = getattr(search, name)
        monkeypatch.setattr(
            search,
            name,
            lambda db, query, *rest, _real=real, **named: (
                seen.append(len(query.split())),
                _real(db, query, *rest, **named),
            )[1],
        )
    pick = random.Random(1)
    words = " ".join("".join(pick.choice("abdefgiklmnoprstuvæøå") for _ in range(8)) for _ in range(1_000)) + " "
    started = time.perf_counter()
    shipped_store.search(words)
    shipped_store.search_page(words)
    shipped_store.count_matches(words)
    shipped_store.search_help(words, nothing_found=True)
    assert seen and max(seen) <= MAX_QUERY_WORDS, seen
    assert time.perf_counter() - started < 10
