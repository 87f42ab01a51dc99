"""Handout export: 8 exercises, 2 aids, diary, one 3 MB phone photo as a custom picture."""

from __future__ import annotations

import io
import random
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

RUNS = 9


def phone_photo(target_bytes: int = 3_000_000) -> bytes:
    """A 4032×3024 JPEG of noise-like content, about 3 MB like a phone photo."""
    from PIL import Image, ImageFilter

    rng = random.Random(7)
    small = Image.frombytes("RGB", (504, 378), bytes(rng.randrange(256) for _ in range(504 * 378 * 3)))
    photo = small.resize((4032, 3024), Image.BILINEAR).filter(ImageFilter.GaussianBlur(1))
    for quality in (92, 88, 80, 70, 60):
        out = io.BytesIO()
        photo.save(out, "JPEG", quality=quality)
        if out.tell() <= target_bytes * 1.1:
            break
    return out.getvalue()


def run() -> list[dict]:
    from exercise_builder.domain.dosage import Dosage, Range
    from exercise_builder.domain.models import ImageRef, Program, ProgramAid, ProgramItem, ProgramOptions
    from exercise_builder.services.handout_jobs import render_program
    from exercise_builder.services.opening import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp))
        photo = phone_photo()
        sha = store.media.add(photo, ".jpg")
        hits = store.search("")[:8]
        first = store.catalogue.get("exercise", hits[0].id)
        custom = replace(
            first,
            id="00000000-0000-4000-8000-00000000b0b0",
            slug="egen-med-foto",
            title={"da": "Egen øvelse med foto"},
            images=(ImageRef("foto.jpg", "Klinikken", "Alle rettigheder", sha),),
        )
        store.catalogue.save("exercise", custom)
        items = [ProgramItem(custom.id, Dosage(sets=3, reps=Range(10, 10)), "Fra telefonen")]
        items += [ProgramItem(hit.id, Dosage(reps=Range(10, 10), per_side=True)) for hit in hits[1:8]]
        program = Program(
            patient_name="Bench Patient",
            therapist="Anne",
            frequency="2–3 gange dagligt",
            items=tuple(items),
            aids=(
                ProgramAid(store.catalogue.resolve("aid", "baekkenbaelte")),
                ProgramAid(store.catalogue.resolve("aid", "satinlagen")),
            ),
            options=ProgramOptions(diary=True),
        )
        from exercise_builder.handout import images

        render_program(store, program)  # warm: font registration, imports
        times, cold, size = [], [], 0
        for _ in range(RUNS):
            images._parsed_svg.cache_clear()
            if hasattr(images, "_scaled"):  # the scaled photos (not in older versions)
                images._scaled.clear()
            start = time.perf_counter()
            pdf = render_program(store, program)
            cold.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            pdf = render_program(store, program)
            times.append((time.perf_counter() - start) * 1000)
            size = len(pdf)
        store.close()
    median = statistics.median(times)
    # program: 8 exercises (one with the phone photo), 2 aids, diary
    return [
        {
            "figure": "handout export, first time (no cached figures)",
            "goal": "≤ 300",
            "median": statistics.median(cold),
            "min": min(cold),
            "max": max(cold),
            "unit": "ms",
            "met": statistics.median(cold) <= 300,
        },
        {
            "figure": "handout export, again (preview re-render)",
            "goal": "≤ 300",
            "median": median,
            "min": min(times),
            "max": max(times),
            "unit": "ms",
            "met": median <= 300,
        },
        {
            "figure": f"handout file size (photo was {len(photo) / 1e6:.1f} MB)",
            "goal": "≤ 400",
            "median": size / 1024,
            "min": size / 1024,
            "max": size / 1024,
            "unit": "KB",
            "met": size / 1024 <= 400,
        },
    ]
