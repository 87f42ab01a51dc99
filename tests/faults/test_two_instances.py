"""Two app instances on one data dir at once: no update lost silently, no "database is locked"."""

from __future__ import annotations

import shutil
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import fault_workers as fw
import pytest

from exercise_builder.domain.models import Program
from exercise_builder.store import ConcurrentEditError, Store
from exercise_builder.store.database import DB_NAME

SECONDS = 5.0
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_two_instances_edit_programmes_and_library_without_losing_updates(seeded_dir: Path, tmp_path: Path):
    store = Store.open(seeded_dir)
    ids = [store.programs.save(Program(patient_name=f"Patient {n}", message="start")).id for n in range(3)]
    store.close()
    processes, reports = [], []
    for who, own in (("A", "muslingen"), ("B", "ankelpumpe")):
        report = tmp_path / f"{who}.tsv"
        reports.append(report)
        processes.append(
            fw.context().Process(
                target=fw.instance_loop,
                daemon=True,
                args=(str(seeded_dir), str(report), who, ord(who), SECONDS, ids, own, "kat-ko"),
            )
        )
    for process in processes:
        process.start()
    for process in processes:
        process.join(SECONDS + 30)
        assert process.exitcode == 0, "an instance crashed"

    lines = [line for report in reports for line in fw.read_report(report)]
    failures = [line for line in lines if line[0] in ("locked", "error")]
    assert not failures, f"reached the user: {failures[:5]}"
    assert sum(line[0] == "finished" for line in lines) == 2

    saved = defaultdict(list)  # programme → (version, token) of every save that returned
    for line in lines:
        if line[0] == "saved":
            saved[line[1]].append((int(line[2]), line[3]))
    refusals = [line for line in lines if line[0] == "refused"]
    store = Store.open(seeded_dir)
    try:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for ident in ids:
            program = store.programs.load(ident)
            tokens = program.message.split()[1:]
            versions = sorted(v for v, _ in saved[ident])
            assert versions == list(range(2, program.version + 1)), "each save got its own version"
            assert sorted(tokens) == sorted(t for _, t in saved[ident]), "every returned save is in the text"
            assert len(set(tokens)) == len(tokens)
        for slug in ("muslingen", "ankelpumpe", "kat-ko"):
            # Each library edit adds its token to the tags: an overwritten edit would lose one.
            returned = [line[2].lower() for line in lines if line[0].startswith("library") and line[1] == slug]
            tags = [tag for tag in store.catalogue.get("exercise", slug).tags if tag[:1] in "ab" and tag[1:].isdigit()]
            assert sorted(tags) == sorted(returned), f"{slug}: every returned library edit is kept"
    finally:
        store.close()
    assert refusals, "the two instances never raced; the run proves nothing"
    assert all("gemt et andet sted" in line[3] for line in refusals), "the refusal says why, in Danish"
    total = sum(len(v) for v in saved.values())
    print(
        f"\ntwo instances: {total} programme saves, {len(refusals)} refused and redone, "
        f"{sum(line[0].startswith('library') for line in lines)} library edits, 0 locked"
    )


def test_refused_save_keeps_the_users_text(seeded_dir: Path):
    first, second = Store.open(seeded_dir), Store.open(seeded_dir)
    try:
        program = first.programs.save(Program(patient_name="P", message="v1"))
        mine = second.programs.load(program.id).with_(message="my careful note")
        first.programs.save(program.with_(message="saved elsewhere"))
        with pytest.raises(ConcurrentEditError) as refused:
            second.programs.save(mine)
        assert "gemt et andet sted" in refused.value.text("da")  # in the Danish window; English on the CLI
        assert mine.message == "my careful note"  # still in hand, to save again
        assert second.programs.load(program.id).message == "saved elsewhere"
    finally:
        first.close()
        second.close()


def test_two_instances_editing_the_same_exercise_do_not_lose_an_edit(seeded_dir: Path):
    first, second = Store.open(seeded_dir), Store.open(seeded_dir)
    try:
        a = first.catalogue.get("exercise", "kat-ko")
        b = second.catalogue.get("exercise", "kat-ko")
        first.catalogue.save("exercise", replace(a, title={**a.title, "da": "Titel fra A"}))
        mine = replace(b, tags=(*b.tags, "fra-b"))
        with pytest.raises(ConcurrentEditError) as refused:
            second.catalogue.save("exercise", mine)
        assert "gemt et andet sted" in refused.value.text("da")
        assert second.catalogue.get("exercise", "kat-ko").title["da"] == "Titel fra A"
        again = second.catalogue.get("exercise", "kat-ko")  # open again, redo the change
        second.catalogue.save("exercise", replace(again, tags=mine.tags))
        final = first.catalogue.get("exercise", "kat-ko")
        assert final.title["da"] == "Titel fra A" and "fra-b" in final.tags
    finally:
        first.close()
        second.close()


def test_two_instances_starting_on_an_old_database_both_open(tmp_path: Path):
    context = fw.context()
    outcomes = []
    for round_ in range(5):
        data = tmp_path / f"r{round_}"
        data.mkdir()
        shutil.copyfile(FIXTURES / "schema-v1.db", data / DB_NAME)
        barrier, results = context.Barrier(2), context.Queue()
        children = [context.Process(target=fw.open_at_once, args=(str(data), barrier, results)) for _ in range(2)]
        for child in children:
            child.start()
        for child in children:
            child.join(30)
        outcomes += [results.get(timeout=30) for _ in children]
    assert outcomes == ["ok"] * 10, outcomes
