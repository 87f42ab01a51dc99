"""Starting must not fail on the user's own data."""

from __future__ import annotations

from pathlib import Path

from exercise_builder.services.shipped_library import seed_shipped
from exercise_builder.store import Store
from library_factory import exercise, make_library, stable_id, write_item


def test_newer_shipped_library_with_a_slug_the_clinic_already_uses(data_dir: Path, tmp_path: Path):
    store = Store.open(data_dir)
    seed_shipped(store, make_library(tmp_path / "v1", version="1"))
    mine = exercise("egen-planke", "Min planke", "My plank", "whole-body", "prone", id=stable_id("mine"))
    from exercise_builder.domain import records

    store.catalogue.save("exercise", records.exercise_from_dict(mine | {"images": []}))
    newer = make_library(tmp_path / "v2", version="2")
    write_item(
        newer,
        "exercise",
        exercise("egen-planke", "Planke", "Plank", "whole-body", "prone", id=stable_id("shipped-plank")),
        {"figure.svg": b"<svg/>"},
    )
    seed_shipped(store, newer)
    assert store.catalogue.get("exercise", stable_id("mine")).title["da"] == "Min planke"
    store.close()


def test_start_sweeps_old_temporary_draft_files(data_dir: Path):
    import os
    import time

    from exercise_builder.services.opening import open_store

    drafts = data_dir / "drafts"
    drafts.mkdir(parents=True)
    stale = drafts / ".0b4f8a4e-0000-4000-8000-0000000000a1.ebprog.k2j3x9"
    stale.write_text('{"patient": {"name": "Efterladt Kladde"}}', encoding="utf-8")
    old = time.time() - 2 * 86400
    os.utime(stale, (old, old))
    open_store(data_dir).close()
    assert not stale.exists()
