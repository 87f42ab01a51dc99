"""Store figures: saving a programme, and the rolling backup taken at the first start of a day.

Neither is in design.md's speed table; they are printed so a slow save or a slow start-of-day
copy shows up beside the figures that have goals.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

SAVES = 200
BACKUP_RUNS = 5


def _row(figure: str, values: list[float], unit: str, goal: str = "", met: bool | None = None) -> dict:
    return {
        "figure": figure,
        "goal": goal,
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "unit": unit,
        "met": met,
    }


def run() -> list[dict]:
    from exercise_builder.domain.dosage import Dosage, Range
    from exercise_builder.domain.models import Program, ProgramAid, ProgramItem
    from exercise_builder.services.opening import open_store
    from exercise_builder.store.backups import rolling_backup
    from exercise_builder.store.privacy import delete_patient

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        store = open_store(data_dir)
        hits = store.search("")[:8]
        program = Program(
            patient_name="Bench Patient",
            therapist="Anne",
            frequency="2–3 gange dagligt",
            items=tuple(ProgramItem(h.id, Dosage(sets=2, reps=Range(10, 10))) for h in hits),
            aids=(ProgramAid(store.catalogue.resolve("aid", "baekkenbaelte")),),
        )
        saves = []
        for number in range(SAVES):
            program = program.with_(message=f"Gemt {number}")
            start = time.perf_counter()
            program = store.programs.save(program)
            saves.append((time.perf_counter() - start) * 1000)
        rows.append(_row("programme save, 8 exercises (store)", saves, "ms"))
        store.close()

        # The copy at start on the 10,000-exercise library the GUI bench uses.
        from bench.big_library import make_library

        big = Path(tmp) / "big"
        big.mkdir()
        make_library(big)
        store = open_store(big)
        size_mb = (big / "library.db").stat().st_size / 2**20
        copies = []
        for _ in range(BACKUP_RUNS):
            start = time.perf_counter()
            rolling_backup(store.db, big, once_a_day=False)
            copies.append((time.perf_counter() - start) * 1000)
        rows.append(_row(f"backup at first start of a day, 10,000-exercise db ({size_mb:.0f} MB)", copies, "ms"))
        deletions = []
        for number in range(3):
            store.programs.save(program.with_(id=f"00000000-0000-4000-8000-{number:012d}", version=0))
            start = time.perf_counter()
            delete_patient(store, "Bench Patient")
            deletions.append((time.perf_counter() - start) * 1000)
        rows.append(_row("delete a patient (database, drafts, backups)", deletions, "ms"))
        store.close()
    return rows
