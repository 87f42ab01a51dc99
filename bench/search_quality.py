"""hit@5 and MRR of the search over the query set in tests/search/queries.toml, on the shipped
library; shared by `make bench` (bench_search) and the test that holds the goal."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from exercise_builder.domain.search_text import words

QUERIES = Path(__file__).resolve().parent.parent / "tests" / "search" / "queries.toml"


@dataclass(frozen=True)
class Outcome:
    query: str
    kind: str
    expect: tuple[str, ...]
    found: tuple[str, ...]  # the top five slugs
    rank: int | None  # 1-based rank of the first expected exercise, None if not found

    @property
    def hit(self) -> bool:
        return self.rank is not None and self.rank <= 5


def load_queries(path: Path = QUERIES) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["queries"]


def _answers(entry: dict, hit) -> bool:
    """An expected exercise, or one in an expected region, with an expected tag or with an
    expected word in its title (a query for a region or a kind of exercise, such as those with
    an elastic band: the library grows, and any of them answers it)."""
    return (
        hit.slug in entry.get("expect", ())
        or hit.region in entry.get("region", ())
        or bool(set(hit.tags) & set(entry.get("tag", ())))
        or any(word in words(hit.title) for word in entry.get("title", ()))
    )


def evaluate(store, queries: list[dict] | None = None) -> list[Outcome]:
    outcomes = []
    for entry in queries or load_queries():
        hits = store.search(entry["q"], limit=50)
        slugs = [hit.slug for hit in hits]
        expect = (
            tuple(entry.get("expect", ()))
            + tuple(f"region:{r}" for r in entry.get("region", ()))
            + tuple(f"tag:{t}" for t in entry.get("tag", ()))
            + tuple(f"title:{t}" for t in entry.get("title", ()))
        )
        ranks = [at for at, hit in enumerate(hits, 1) if _answers(entry, hit)]
        rank = min(ranks) if ranks else None
        if entry.get("first") and rank != 1:
            rank = None if rank is None else max(rank, 6)  # must be first: anything else is a miss
        outcomes.append(Outcome(entry["q"], entry["class"], expect, tuple(slugs[:5]), rank))
    return outcomes


def hit_at_5(outcomes: list[Outcome]) -> float:
    return sum(o.hit for o in outcomes) / len(outcomes)


def mrr(outcomes: list[Outcome]) -> float:
    return sum(1 / o.rank for o in outcomes if o.rank) / len(outcomes)
