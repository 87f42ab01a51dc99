"""Deleting a patient: programmes, earlier handed-out versions, drafts and backups that hold them.

Backups: after the deletion a fresh copy is taken, then every older copy that still holds one of
the patient's programmes is deleted (copies without the patient are kept, so the clinic keeps its
history of everything else). The database itself is cleaned with secure_delete and a WAL
checkpoint, so the name is not left in free pages or the write-ahead log.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .backups import START, backup_dir, copy_database, list_backups, open_read_only
from .database import BUSY_TIMEOUT_MS, transaction

DRAFTS_DIR = "drafts"
DRAFT_SUFFIX = ".ebprog"
DRAFT_META_SUFFIX = ".session.json"


@dataclass(slots=True)
class PatientDeletion:
    programs: int = 0
    drafts: int = 0
    backups_removed: list[str] = field(default_factory=list)
    fresh_backup: str = ""
    problems: list[str] = field(default_factory=list)   # what could not be removed, one sentence each

    def summary(self) -> str:
        text = (f"Deleted {self.programs} programmes and {self.drafts} drafts; "
                f"{len(self.backups_removed)} backups holding them were removed.")
        return " ".join([text, *self.problems])


def _draft_patient(path: Path) -> str | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    patient = data.get("patient") if isinstance(data, dict) else None
    name = patient.get("name") if isinstance(patient, dict) else None
    return name if isinstance(name, str) else None


def delete_patient_drafts(data_dir: Path, patient_name: str) -> int:
    """Remove autosaved drafts (and their session notes) of this patient; returns how many."""
    folder = Path(data_dir) / DRAFTS_DIR
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.glob(f"*{DRAFT_SUFFIX}"):
        if path.name.startswith(".") or _draft_patient(path) != patient_name:
            continue
        path.unlink(missing_ok=True)
        path.with_suffix(DRAFT_META_SUFFIX).unlink(missing_ok=True)
        removed += 1
    # Temporary files of interrupted draft writes may hold the name too.
    for path in folder.glob(f".*{DRAFT_SUFFIX}.*"):
        try:
            if patient_name.encode("utf-8") in path.read_bytes():
                path.unlink()
        except OSError:
            pass
    return removed


def backup_holds_patient(path: Path, patient_name: str) -> bool:
    """True if the copy holds a programme of the patient; an unreadable copy counts as holding it."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        return True
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "programs" not in tables:
            return False
        if conn.execute("SELECT 1 FROM programs WHERE patient_name = ? LIMIT 1", [patient_name]).fetchone():
            return True
        if "program_versions" in tables:
            # Handed-out versions are program files (JSON); the name is inside.
            needle = json.dumps(patient_name, ensure_ascii=False)
            row = conn.execute("SELECT 1 FROM program_versions WHERE instr(data, ?) > 0 LIMIT 1",
                               [needle]).fetchone()
            return row is not None
        return False
    except sqlite3.Error:
        return True
    finally:
        conn.close()


def delete_patient(store, patient_name: str) -> PatientDeletion:
    """Remove every programme of the patient from the database, the drafts and the backups."""
    result = PatientDeletion()
    db = store.db
    db.execute("PRAGMA secure_delete = ON")
    try:
        with transaction(db):
            ids = [r[0] for r in db.execute("SELECT id FROM programs WHERE patient_name = ?", [patient_name])]
            for program_id in ids:
                store.programs.delete(program_id)
        result.programs = len(ids)
    finally:
        db.execute("PRAGMA secure_delete = OFF")
    # Another instance reading would make the checkpoint wait the whole busy timeout: wait 1 s.
    db.execute("PRAGMA busy_timeout = 1000")
    try:
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if busy and busy[0]:
        result.problems.append("Another open window of the app still reads older pages; "
                               "close it and delete again to clear them from the log file.")
    result.drafts = delete_patient_drafts(store.data_dir, patient_name)
    try:
        fresh = copy_database(db.conn, backup_dir(store.data_dir), START)
        result.fresh_backup = fresh.name
    except (OSError, sqlite3.Error):
        result.problems.append("No fresh backup could be made, so older backups holding the patient "
                               "were removed without a newer one to replace them.")
        fresh = None
    for info in list_backups(store.data_dir):
        if fresh is not None and info.path == fresh:
            continue
        if backup_holds_patient(info.path, patient_name):
            try:
                info.path.unlink()
                result.backups_removed.append(info.name)
            except OSError:
                result.problems.append(f"The backup {info.name} could not be removed.")
    return result
