"""The rolling backup at start, listing and restoring (store and command line)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import time
from pathlib import Path

import fault_workers as fw
import pytest
import schema_data

from exercise_builder.cli import main
from exercise_builder.domain.models import Program
from exercise_builder.services.opening import open_store
from exercise_builder.store import Store
from exercise_builder.store.backups import (
    KEEP_START,
    BackupError,
    check_backup,
    list_backups,
    restore_backup,
    rolling_backup,
)
from exercise_builder.store.database import DB_NAME
from exercise_builder.store.migrations import LATEST

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_start_takes_one_backup_a_day_and_keeps_seven(data_dir: Path):
    seeded_dir = data_dir
    store = open_store(seeded_dir)
    store.close()
    store = open_store(seeded_dir)
    starts = [b for b in list_backups(seeded_dir) if b.kind == "start"]
    assert len(starts) == 1, "the second start of the day takes no new copy"
    for _ in range(KEEP_START + 3):
        assert rolling_backup(store.db, seeded_dir, once_a_day=False) is not None
    starts = [b for b in list_backups(seeded_dir) if b.kind == "start"]
    assert len(starts) == KEEP_START
    assert starts == sorted(starts, key=lambda b: b.created, reverse=True)
    for info in starts:
        assert check_backup(info.path) == LATEST
        assert sqlite3.connect(info.path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in (seeded_dir / "backups").iterdir()) == sorted(b.name for b in starts)
    store.close()


def test_a_backup_holds_what_was_saved_before_it(seeded_dir: Path):
    store = Store.open(seeded_dir)
    kept = store.programs.save(Program(patient_name="Før kopien", message="gemt"))
    path = rolling_backup(store.db, seeded_dir, once_a_day=False)
    store.programs.save(Program(patient_name="Efter kopien"))
    store.close()
    copy = sqlite3.connect(path)
    assert copy.execute("SELECT patient_name, message FROM programs").fetchall() == [("Før kopien", "gemt")]
    assert copy.execute("SELECT id FROM programs").fetchone()[0] == kept.id
    copy.close()


def test_restore_brings_back_the_copy_and_keeps_the_current_database(seeded_dir: Path, capsys):
    store = Store.open(seeded_dir)
    old = store.programs.save(Program(patient_name="Gammel", message="før"))
    name = rolling_backup(store.db, seeded_dir, once_a_day=False).name
    store.programs.save(old.with_(message="efter"))
    newer = store.programs.save(Program(patient_name="Ny"))
    store.catalogue.delete("exercise", "kat-ko")
    # another instance has the database open during the restore
    assert main(["backup", "list", "--data-dir", str(seeded_dir)]) == 0
    assert name in capsys.readouterr().out
    assert main(["backup", "restore", name, "--data-dir", str(seeded_dir)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Restored {name}; the database as it was is kept as before-restore-")
    assert store.programs.load(old.id).message == "før", "the open instance sees the restored content"
    assert store.programs.load(newer.id) is None
    store.close()
    store = Store.open(seeded_dir)
    assert [hit.slug for hit in store.search("kat og ko")] == ["kat-ko"]
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    kept = [b for b in list_backups(seeded_dir) if b.kind == "before-restore"]
    assert len(kept) == 1
    copy = sqlite3.connect(kept[0].path)
    assert copy.execute("SELECT message FROM programs WHERE id = ?", [old.id]).fetchone()[0] == "efter"
    copy.close()


def test_restore_of_an_old_schema_copy_migrates_it(data_dir: Path):
    Store.open(data_dir).close()
    (data_dir / "backups").mkdir(exist_ok=True)
    name = "before-migration-v1-20250101-090000.db"
    shutil.copyfile(FIXTURES / "schema-v1.db", data_dir / "backups" / name)
    restore_backup(data_dir, name)
    store = Store.open(data_dir)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    schema_data.check(store, 1)
    store.close()


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 997):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    sqlite3.connect(path).close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()


@pytest.mark.parametrize("damage", [_corrupt, _empty, _newer])
def test_restore_refuses_a_bad_copy_and_changes_nothing(seeded_dir: Path, damage, capsys):
    store = Store.open(seeded_dir)
    path = rolling_backup(store.db, seeded_dir, once_a_day=False)
    store.programs.save(Program(patient_name="Bliver"))
    store.close()
    path.unlink()
    if damage is _empty:
        _empty(path)
    else:
        shutil.copyfile(FIXTURES / f"schema-v{LATEST}.db", path)
        damage(path)
    before = _digest(seeded_dir / DB_NAME)
    code = main(["backup", "restore", path.name, "--data-dir", str(seeded_dir)])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert _digest(seeded_dir / DB_NAME) == before
    assert not [b for b in list_backups(seeded_dir) if b.kind == "before-restore"]


@pytest.mark.parametrize("name", ["nope.db", "../library.db", "/etc/passwd", "library.db", ""])
def test_restore_knows_only_listed_backups(seeded_dir: Path, name: str):
    with pytest.raises(BackupError, match="no backup called"):
        restore_backup(seeded_dir, name)


def test_listing_ignores_temporary_and_journal_files(seeded_dir: Path):
    folder = seeded_dir / "backups"
    folder.mkdir(exist_ok=True)
    for name in (
        ".start-20260101-000000.db.tmp-12",
        "start-20260101-000000.db-journal",
        "start-20260101-000000.db-wal",
        "notes.txt",
        "start-2026.db",
    ):
        (folder / name).write_bytes(b"x")
    assert list_backups(seeded_dir) == []
    stale = folder / ".start-20250101-000000.db.tmp-99"
    stale.write_bytes(b"x")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    store = Store.open(seeded_dir)
    rolling_backup(store.db, seeded_dir, once_a_day=False)
    store.close()
    assert not stale.exists(), "a temporary file left by a crash is cleaned up later"
    assert (folder / ".start-20260101-000000.db.tmp-12").exists(), "a fresh one may be another instance's"


def test_a_backup_killed_midway_leaves_no_finished_looking_file(seeded_dir: Path, tmp_path: Path):
    import random

    rng = random.Random(3)
    for round_ in range(30):
        report = tmp_path / f"{round_}.tsv"
        fw.run_child(fw.copy_backup_loop, (str(seeded_dir), str(report)), rng.uniform(0.01, 0.2), ready=report)
    backups = list_backups(seeded_dir)
    assert backups
    for info in backups:
        assert check_backup(info.path) == LATEST, info.name
    assert all(b.created <= dt.datetime.now() for b in backups)


def test_restore_into_a_locked_database_gives_up_after_the_busy_timeout(seeded_dir: Path, monkeypatch):
    """Python's backup() would retry a locked destination forever; the restore stops with a sentence."""
    from exercise_builder.store import database

    store = Store.open(seeded_dir)
    name = rolling_backup(store.db, seeded_dir, once_a_day=False).name
    store.programs.save(Program(patient_name="Bliver"))
    store.close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(seeded_dir / DB_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another instance in the middle of a long write
    try:
        started = time.monotonic()
        with pytest.raises(
            BackupError, match="database is busy in another window.*the database is as it was"
        ) as refused:
            restore_backup(seeded_dir, name)
        assert "(databasen er optaget af et andet vindue); databasen er som før" in refused.value.text("da")
        assert time.monotonic() - started < 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store = Store.open(seeded_dir)
    assert "Bliver" in [p.patient_name for p in store.programs.find()]
    store.close()


def test_pictures_a_restore_dropped_survive_the_orphan_sweep(seeded_dir: Path):
    """Restoring an older copy forgets newer media rows; the before-restore copy still names them."""
    from exercise_builder.services.sharing_import import remove_orphan_media

    store = Store.open(seeded_dir)
    older = rolling_backup(store.db, seeded_dir, once_a_day=False).name
    sha = store.media.add(b"\x89PNG\r\n\x1a\n picture added after the copy", ".png")
    picture = store.media.path(sha)
    kept = restore_backup(seeded_dir, older)
    assert store.db.execute("SELECT count(*) FROM media WHERE sha256 = ?", [sha]).fetchone()[0] == 0
    assert remove_orphan_media(store, older_than_seconds=0) == 0
    assert picture.is_file()
    restore_backup(seeded_dir, kept.name)  # changing one's mind brings the picture back whole
    assert store.media.path(sha) == picture and store.media.read(sha).endswith(b"after the copy")
    store.close()
