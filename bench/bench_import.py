"""Import of a 1,000-exercise bundle with 2,000 images: time and peak memory, in a subprocess."""

from __future__ import annotations

import io
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

RUNS = 3
EXERCISES = 1000
TIME_GOAL_S = 15.0
RSS_GOAL_MB = 300.0

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from exercise_builder.services.opening import open_store
from exercise_builder.services.sharing_import import apply_import, preview_import

store = open_store(Path(sys.argv[2]))
started = time.perf_counter()
preview = preview_import(store, Path(sys.argv[1]))
result = apply_import(store, preview, "keep-mine")
seconds = time.perf_counter() - started
added = result.by_op["insert"]
store.close()
print(json.dumps({"seconds": seconds, "added": added,
                  "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _png(rng: random.Random, size: tuple[int, int] = (48, 36)) -> bytes:
    from PIL import Image

    image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def make_bundle(path: Path, exercises: int = EXERCISES) -> Path:
    """A bundle of `exercises` exercises, each with two small distinct PNGs. Like a third
    party's bundle it records no sha256 for its images; the reader computes them."""
    from exercise_builder.domain.dosage import Dosage
    from exercise_builder.domain.models import Exercise, ImageRef
    from exercise_builder.library import LibraryMeta
    from exercise_builder.library.bundle import write_bundle
    from exercise_builder.library.writer import item_toml, library_toml

    rng = random.Random(1)

    def entries():
        yield "library.toml", library_toml(LibraryMeta(str(uuid.UUID(int=7, version=4)), "Bench library", "Bench", "1"))
        for number in range(exercises):
            slug = f"bench-oevelse-{number:04d}"
            record = Exercise(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                slug=slug,
                title={"da": f"Bænkøvelse nummer {number}", "en": f"Bench exercise {number}"},
                steps={
                    "da": ["Sæt dig godt til rette.", "Løft armen langsomt.", "Sænk den igen."],
                    "en": ["Sit comfortably.", "Lift your arm slowly.", "Lower it again."],
                },
                region="upper-back",
                position="sitting",
                tags=("mobility", "strength"),
                dosage=Dosage.from_json({"sets": 2, "reps": "8–12"}),
                images=(ImageRef("front.png", "Bench", "CC0-1.0"), ImageRef("side.png", "Bench", "CC0-1.0")),
                updated="2026-11-22T00:00:00Z",
            )
            yield f"{slug}/exercise.toml", item_toml("exercise", record)
            yield f"{slug}/front.png", _png(rng)
            yield f"{slug}/side.png", _png(rng)

    write_bundle(path, entries())
    return path


def run() -> list[dict]:
    seconds, rss = [], []
    with tempfile.TemporaryDirectory() as temp:
        bundle = make_bundle(Path(temp) / "bench.eblib")
        for run_number in range(RUNS):
            data_dir = Path(temp) / f"data{run_number}"
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(bundle), str(data_dir)], capture_output=True, text=True, check=True
            )
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            assert figures["added"] == EXERCISES, figures
            seconds.append(figures["seconds"])
            rss.append(figures["rss_kb"] / 1024)
        children_peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rss_median = statistics.median(rss)
    return [
        {
            "figure": "import 1,000-exercise bundle, 2,000 images (preview + apply)",
            "goal": f"≤ {TIME_GOAL_S:g} s",
            "median": statistics.median(seconds),
            "min": min(seconds),
            "max": max(seconds),
            "unit": "s",
            "met": statistics.median(seconds) <= TIME_GOAL_S,
        },
        {
            "figure": "peak RSS of that import's process",
            "goal": f"≤ {RSS_GOAL_MB:g} MB",
            "median": rss_median,
            "min": min(rss),
            "max": max(children_peak_mb, max(rss)),
            "unit": "MB",
            "met": max(children_peak_mb, max(rss)) <= RSS_GOAL_MB,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
