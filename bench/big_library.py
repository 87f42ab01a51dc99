"""The 10,000-exercise library the GUI, search and store figures run on: the shipped library plus
generated variants of its exercises, the same every run (seeded)."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from pathlib import Path

LIBRARY_SIZE = 10_000
WORDS = (
    "bækken",
    "knæ",
    "stræk",
    "hofte",
    "ryg",
    "bold",
    "gang",
    "vip",
    "skulder",
    "balance",
    "bro",
    "lænd",
    "elastik",
    "vejrtrækning",
    "side",
)


def make_library(data_dir: Path, size: int = LIBRARY_SIZE) -> float:
    """Fill a data dir with the shipped library plus `size` generated exercises; returns seconds."""
    from exercise_builder.domain.kinds import ItemKind
    from exercise_builder.domain.models import new_id
    from exercise_builder.services.opening import open_store
    from exercise_builder.store import transaction

    started = time.perf_counter()
    store = open_store(data_dir)
    shipped = store.catalogue.all(ItemKind.EXERCISE)
    rng = random.Random(7)
    adjectives = ("let", "rolig", "dyb", "kort", "lang", "blød", "stille", "hurtig", "enkel", "stor")
    with transaction(store.db):
        for number in range(size):
            base = rng.choice(shipped)
            word = rng.choice(WORDS)
            title = f"{base.title['da']} – {rng.choice(adjectives)} {word} {number}"
            store.catalogue.save(
                ItemKind.EXERCISE,
                replace(
                    base,
                    id=new_id(),
                    slug=f"{base.slug}-{number}",
                    title={"da": title, "en": f"{base.title.get('en', '')} {number}"},
                ),
            )
    store.close()
    return time.perf_counter() - started
