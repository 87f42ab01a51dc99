"""A full disk: a clear sentence, no half-written file, nothing lost.

Two ways: a real 8 MB tmpfs filled to the last byte (root with mount rights), and, everywhere,
a child process whose file size limit (RLIMIT_FSIZE) makes SQLite's writes fail with EFBIG.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
from pathlib import Path

import fault_workers as fw
import pytest
from mounts import fill, small_disk

from exercise_builder.cli import main
from exercise_builder.domain.models import Program, ProgramItem
from exercise_builder.services.opening import open_store
from exercise_builder.services.program_io import read_program_file, write_program_file
from exercise_builder.store import StoreError
from exercise_builder.store.backups import list_backups, rolling_backup
from exercise_builder.store.database import DB_NAME
from library_factory import make_library


def _one_sentence(err: str) -> None:
    print(f"\n  full disk, the user reads: {err.strip()}", file=sys.__stdout__)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("exercise-builder: ") and lines[0].endswith("."), err
    assert "Traceback" not in err


def _program(store, message: str = "Husk vejrtrækningen.") -> Program:
    exercise = store.search("bækken")[0].id
    return Program(patient_name="Disk Fuld", therapist="Fys. T", message=message, items=(ProgramItem(exercise),))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*") if p.is_file())


def test_full_disk_gives_a_sentence_and_loses_nothing(tmp_path: Path, capsys):
    # 24 MB: the seeded data dir (160 exercises' figures, the WAL) alone takes about 8 MB; the test
    # fills the rest itself
    with small_disk(tmp_path / "disk", size="24m") as disk:
        data = disk / "data"
        store = open_store(data)
        saved = store.programs.save(_program(store))
        draft = data / "drafts" / f"{saved.id}.ebprog"
        write_program_file(saved, draft)
        program_file = tmp_path / "program.ebprog"  # on the normal disk
        write_program_file(saved, program_file)
        bundle = fw.zip_folder(make_library(tmp_path / "lib"), tmp_path / "lib.eblib")
        backups_before = [b.name for b in list_backups(data)]
        filler = fill(disk)

        # Saving: SQLite refuses, the transaction rolls back; the edited programme is still in hand.
        edited = saved.with_(message="Ny tekst " + "æøå " * 50_000)
        with pytest.raises((sqlite3.OperationalError, StoreError), match="full|plads|space"):
            store.programs.save(edited)
        # The autosaved draft: the old one stays whole, no temporary file is left.
        with pytest.raises(OSError):
            write_program_file(edited, draft)
        assert read_program_file(store, draft).message == saved.message
        # The backup at start: skipped quietly, older copies kept, nothing half-written.
        assert rolling_backup(store.db, data, once_a_day=False) is None
        assert [b.name for b in list_backups(data)] == backups_before
        assert _leftovers(data) == []

        # The command line: one sentence, exit 2, no partial output.
        code = main(["--data-dir", str(data), "handout", str(program_file), "-o", str(disk / "out.pdf")])
        _one_sentence(capsys.readouterr().err)
        assert code == 2 and not (disk / "out.pdf").exists()
        code = main(["--data-dir", str(data), "library", "export", str(disk / "out.eblib")])
        _one_sentence(capsys.readouterr().err)
        assert code == 2 and not (disk / "out.eblib").exists()
        count = store.db.execute("SELECT count(*) FROM exercises").fetchone()[0]
        media = sorted(p.name for p in (data / "media").rglob("*") if p.is_file())
        code = main(["--data-dir", str(data), "library", "import", str(bundle)])
        _one_sentence(capsys.readouterr().err)
        assert code == 2
        assert store.db.execute("SELECT count(*) FROM exercises").fetchone()[0] == count
        assert sorted(p.name for p in (data / "media").rglob("*") if p.is_file()) == media
        assert _leftovers(disk) == []

        # Space again: everything as it was, and the kept text saves.
        filler.unlink()
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.programs.load(saved.id).message == saved.message
        assert store.programs.save(edited).version == saved.version + 1
        store.close()
        code = main(["--data-dir", str(data), "handout", str(program_file), "-o", str(disk / "out.pdf")])
        assert code == 0 and (disk / "out.pdf").read_bytes().startswith(b"%PDF")


def test_file_size_limit_refuses_a_save_cleanly(seeded_dir: Path, tmp_path: Path):
    size = (seeded_dir / DB_NAME).stat().st_size
    report = tmp_path / "report.tsv"
    fw.run_child(fw.limited_saver, (str(seeded_dir), str(report), size + 400_000), None, timeout=60)
    lines = fw.read_report(report)
    saves = [line for line in lines if line[0] == "saved"]
    refused = [line for line in lines if line[0] == "refused"]
    assert saves and len(refused) == 1, lines[-3:]
    assert refused[0][1] in ("OperationalError", "StoreError"), refused  # SQLite says "disk I/O error"
    assert fw.integrity(seeded_dir / DB_NAME) == "ok"
    from exercise_builder.store import Store

    store = Store.open(seeded_dir)
    try:
        for _, ident, digest in saves:
            program = store.programs.load(ident)
            assert hashlib.sha256(program.message.encode()).hexdigest() == digest
        assert store.db.execute("SELECT count(*) FROM programs").fetchone()[0] == len(saves)
    finally:
        store.close()
    assert ["draft", "refused", "27"] in lines or ["draft", "written"] in lines
    assert not list((seeded_dir / "drafts").glob(".*")), "no half-written draft left"
    print(f"\nRLIMIT_FSIZE: {len(saves)} saves returned and intact, then: {refused[0][1]}: {refused[0][2]}")


def test_a_migration_without_space_leaves_no_half_copy(tmp_path: Path):
    from exercise_builder.store.backups import BackupError, check_backup

    data = tmp_path / "data"
    data.mkdir()
    frozen = Path(__file__).resolve().parents[1] / "fixtures" / "schema-v1.db"
    shutil.copyfile(frozen, data / DB_NAME)
    report = tmp_path / "report.tsv"
    fw.run_child(fw.migrate_limited, (str(data), str(report), frozen.stat().st_size // 2), None)
    outcome = fw.read_report(report)[0]
    assert outcome[0] == "refused" and outcome[1] in ("OperationalError", "StoreError"), outcome
    assert fw.integrity(data / DB_NAME) == "ok" and fw.user_version(data / DB_NAME) == 1
    for copy in list_backups(data):
        try:
            check_backup(copy.path)
        except BackupError:
            pytest.fail(f"{copy.name} is listed as a backup but is cut short")
