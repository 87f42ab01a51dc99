"""A read-only data dir (or one that turns read-only while the app runs): a clear sentence, the
database untouched, nothing half-written."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest
from mounts import read_only

from exercise_builder.cli import main
from exercise_builder.domain.models import Program, ProgramItem
from exercise_builder.services.opening import open_store
from exercise_builder.services.program_io import read_program_file, write_program_file
from exercise_builder.store import Store, StoreError
from exercise_builder.store.backups import list_backups
from exercise_builder.store.database import DB_NAME


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _one_sentence(err: str) -> None:
    print(f"\n  read-only, the user reads: {err.strip()}", file=sys.__stdout__)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("exercise-builder: ") and lines[0].endswith("."), err
    assert "Traceback" not in err


@pytest.fixture
def closed_data_dir(tmp_path: Path) -> tuple[Path, Program, Path]:
    data = tmp_path / "data"
    store = open_store(data)
    program = store.programs.save(Program(patient_name="Kun Læse", items=(ProgramItem(store.search("bækken")[0].id),)))
    program_file = tmp_path / "program.ebprog"
    write_program_file(program, program_file)
    store.close()  # the last connection: the WAL is folded into library.db
    return data, program, program_file


def test_read_only_data_dir_is_refused_with_a_sentence(closed_data_dir, capsys):
    data, program, program_file = closed_data_dir
    before = _digest(data)
    with read_only(data) as how:
        with pytest.raises(StoreError):
            Store.open(data)
        for argv in (
            ["search", "bækken"],
            ["handout", str(program_file), "-o", str(data.parent / "o.pdf")],
            ["backup", "restore", list_backups(data)[0].name],
        ):
            code = main([*argv, "--data-dir", str(data)])
            assert code == 2, argv
            _one_sentence(capsys.readouterr().err)
        code = main(["backup", "list", "--data-dir", str(data)])
        assert code == 0 and "start-" in capsys.readouterr().out
    assert _digest(data) == before, f"nothing changed ({how})"
    store = Store.open(data)
    assert store.programs.load(program.id) == program
    store.close()


def test_pdf_into_a_read_only_folder(closed_data_dir, tmp_path, capsys):
    data, _program, program_file = closed_data_dir
    out = tmp_path / "out"
    out.mkdir()
    with read_only(out):
        code = main(["handout", str(program_file), "-o", str(out / "p.pdf"), "--data-dir", str(data)])
        _one_sentence(capsys.readouterr().err)
    assert code == 2 and list(out.iterdir()) == []


def test_data_dir_turning_read_only_while_open(closed_data_dir):
    """Files SQLite already holds open may stay writable (a read-only remount checks at open), so
    a save either goes through or is refused; either way nothing is lost or half-written."""
    data, program, _ = closed_data_dir
    store = Store.open(data)
    draft = data / "drafts" / f"{program.id}.ebprog"
    write_program_file(program, draft)
    edited = program.with_(message="skrevet mens mappen var skrivebeskyttet")
    try:
        with read_only(data):
            try:
                outcome = store.programs.save(edited)
            except (sqlite3.OperationalError, StoreError) as error:
                outcome = error
            print(f"\n  read-only while open, a save gives: {outcome!r:.120}", file=sys.__stdout__)
            with pytest.raises(OSError):
                write_program_file(edited, draft)
            assert store.programs.load(program.id) in (program, outcome)
        assert read_program_file(store, draft).message == program.message
        assert not [p for p in (data / "drafts").iterdir() if p.name.startswith(".")]
        if not isinstance(outcome, Program):
            assert store.programs.save(edited).version == program.version + 1  # the kept text saves
    finally:
        store.close()
    assert sqlite3.connect(data / DB_NAME).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
