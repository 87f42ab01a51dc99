"""Search figures: hit@5 and MRR on the query set (tests/search/queries.toml) with the misses
listed, search per keystroke in the store over the 10,000-exercise library, the time to build
the index for it, and what the index adds to library.db."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.search_quality import evaluate, hit_at_5, load_queries, mrr

BUILDS = 3
PAGE = 200  # the library model's first page


def _row(figure: str, goal: str, values: list[float], unit: str, met: bool | None = None) -> dict:
    return {
        "figure": figure,
        "goal": goal,
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "unit": unit,
        "met": met,
    }


def _quality(data_dir: Path) -> list[dict]:
    from exercise_builder.services.opening import open_store

    store = open_store(data_dir)
    outcomes = evaluate(store)
    store.close()
    score, reciprocal = hit_at_5(outcomes), mrr(outcomes)
    print(f"\nSearch quality: {len(outcomes)} queries, hit@5 {score:.1%}, MRR {reciprocal:.3f}")
    for kind in dict.fromkeys(o.kind for o in outcomes):
        mine = [o for o in outcomes if o.kind == kind]
        print(f"  {kind:11} {len(mine):3} queries  hit@5 {hit_at_5(mine):6.1%}  MRR {mrr(mine):.3f}")
    misses = [o for o in outcomes if not o.hit]
    print("  misses:" if misses else "  misses: none")
    for o in misses:
        print(f"    {o.query!r} ({o.kind}): expected one of {list(o.expect)}, rank {o.rank}, top five {list(o.found)}")
    return [
        {
            "figure": f"search hit@5 on {len(outcomes)} queries (misses listed above)",
            "goal": "≥ 95 %",
            "median": score * 100,
            "min": "",
            "max": "",
            "unit": "%",
            "met": score >= 0.95,
        },
        {
            "figure": "search MRR on the same queries",
            "goal": "",
            "median": reciprocal,
            "min": "",
            "max": "",
            "unit": "",
            "met": None,
        },
    ]


def _keystrokes(store) -> list[float]:
    """Every prefix of every query typed, as the pane runs it: count, then the first page."""
    times = []
    for entry in load_queries():
        text = entry["q"]
        for end in range(1, len(text) + 1):
            started = time.perf_counter()
            page = store.search_page(text[:end], limit=PAGE)
            if page.total == 0:
                store.search_help(text[:end], True)
            times.append((time.perf_counter() - started) * 1000)
    return times


def _index_bytes(path: Path) -> tuple[int, int]:
    """(library.db size, size without the search index) after VACUUM, in bytes. The index is
    merged first ('optimize'): the bench's repeated rebuilds leave deleted entries behind until
    FTS5 merges them, which would count against the index."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "copy.db"
        source = sqlite3.connect(path)
        source.execute(f"VACUUM INTO '{copy}'")
        source.close()
        conn = sqlite3.connect(copy, isolation_level=None)
        conn.execute("INSERT INTO exercise_fts(exercise_fts) VALUES('optimize')")
        conn.execute("VACUUM")
        whole = copy.stat().st_size
        conn.execute("DROP TABLE exercise_terms")
        conn.execute("DROP TABLE exercise_fts")
        conn.execute("VACUUM")
        conn.close()
        return whole, copy.stat().st_size


def run() -> list[dict]:
    from bench.big_library import make_library
    from exercise_builder.services.opening import open_store
    from exercise_builder.store import transaction
    from exercise_builder.store.search_index import rebuild_index

    with tempfile.TemporaryDirectory() as tmp:
        rows = _quality(Path(tmp) / "shipped")
        big = Path(tmp) / "big"
        big.mkdir()
        make_library(big)
        store = open_store(big)
        exercises = store.catalogue._all_exercises_with_rowid()
        builds = []
        for _ in range(BUILDS):
            started = time.perf_counter()
            with transaction(store.db):
                rebuild_index(store.db, exercises)
            builds.append(time.perf_counter() - started)
        store.search("x")  # the first search after the build reads the vocabulary
        _keystrokes(store)  # warm: the page cache, the stemmer's memo
        keys = _keystrokes(store)
        p95 = statistics.quantiles(keys, n=20)[-1]
        count = store.catalogue.count("exercise")
        store.close()
        whole, bare = _index_bytes(big / "library.db")
    return rows + [
        _row(
            f"search index build, {count:,} exercises (stems, spellings, vocabulary)",
            "≤ 5",
            builds,
            "s",
            statistics.median(builds) <= 5,
        ),
        {
            "figure": f"search per keystroke in the store, p95 ({len(keys)} keys, query set typed, 10k)",
            "goal": "≤ 10",
            "median": p95,
            "min": min(keys),
            "max": max(keys),
            "unit": "ms",
            "met": p95 <= 10,
        },
        _row("  the same, median", "", [statistics.median(keys)], "ms"),
        _row(f"library.db, 10k exercises ({bare / 2**20:.1f} MB without the search index)", "", [whole / 2**20], "MB"),
        _row(
            "  of which the search index (FTS5: words, spellings without æøå, stems)",
            "",
            [(whole - bare) / 2**20],
            "MB",
        ),
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.__main__ import format_table

    print(format_table(run()))
