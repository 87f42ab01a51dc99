"""Deleting a patient: programmes, earlier handed-out versions, drafts, settings and backups that
hold them.

Names are matched by `patient_names.name_key` (NFC, spaces, case), so "Åse " typed in another
normal form is the same patient. A programme renamed since it was handed out keeps its current
patient; only the saved versions that name the deleted patient go. Settings that mention the name
(the export folder named after the patient) are reset before the fresh backup is taken, so that
backup holds no trace. Backups: after the deletion a fresh copy is taken, then every older copy
that still holds the patient is deleted (copies without the patient are kept, so the clinic keeps
its history of everything else). The database itself is cleaned with secure_delete and a WAL
checkpoint, so the name is not left in free pages or the write-ahead log.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.messages import Phrase
from ..domain.patient_names import mentions, name_key
from .backups import START, backup_dir, copy_database, list_backups, open_read_only
from .database import BUSY_TIMEOUT_MS, transaction

DRAFTS_DIR = "drafts"
DRAFT_SUFFIX = ".ebprog"
DRAFT_META_SUFFIX = ".session.json"
KEPT_SETTINGS = {"clinic"}  # the clinic's own profile is never the patient's data


@dataclass(slots=True)
class PatientDeletion:
    programs: int = 0
    drafts: int = 0
    versions: int = 0  # earlier saved versions of programmes now named otherwise
    settings: list[str] = field(default_factory=list)  # settings reset because they named the patient
    backups_removed: list[str] = field(default_factory=list)
    fresh_backup: str = ""
    problems: list[Phrase] = field(default_factory=list)  # what could not be removed, worded when shown

    def summary(self) -> str:
        text = (
            f"Deleted {self.programs} programmes and {self.drafts} drafts; "
            f"{len(self.backups_removed)} backups holding them were removed."
        )
        return " ".join([text, *map(str, self.problems)])


def _names_in(value: Any) -> list[str]:
    """Every text inside a decoded JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in (*value.keys(), *value.values()) for text in _names_in(item)]
    if isinstance(value, list):
        return [text for item in value for text in _names_in(item)]
    return []


def _file_patient(text: str) -> str | None:
    """The patient name of a programme file's text (a draft or a saved version), if any."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    patient = data.get("patient") if isinstance(data, dict) else None
    name = patient.get("name") if isinstance(patient, dict) else None
    return name if isinstance(name, str) else None


def _is_patient(name: str | None, key: str) -> bool:
    return name is not None and name_key(name) == key


def delete_patient_drafts(data_dir: Path, patient_name: str) -> int:
    """Remove autosaved drafts (and their session notes) of this patient; returns how many."""
    folder = Path(data_dir) / DRAFTS_DIR
    if not folder.is_dir():
        return 0
    key = name_key(patient_name)
    removed = 0
    for path in folder.glob(f"*{DRAFT_SUFFIX}"):
        try:
            name = _file_patient(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if path.name.startswith(".") or not _is_patient(name, key):
            continue
        path.unlink(missing_ok=True)
        path.with_suffix(DRAFT_META_SUFFIX).unlink(missing_ok=True)
        removed += 1
    # Temporary files of interrupted draft writes may hold the name too.
    for path in folder.glob(f".*{DRAFT_SUFFIX}.*"):
        try:
            if mentions(_loose_text(path.read_bytes()), key):
                path.unlink()
        except OSError:
            pass
    return removed


def _loose_text(raw: bytes) -> str:
    """A file's text for a search, JSON \\u escapes undone where the whole file is JSON."""
    text = raw.decode("utf-8", errors="replace")
    try:
        return " ".join(_names_in(json.loads(text)))
    except ValueError:
        return text


def _matching(conn, key: str) -> tuple[list[str], list[tuple[str, int]], list[str]]:
    """(programmes named so now, saved versions that named the patient, settings that mention them)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    programs, versions, settings = [], [], []
    if "programs" in tables:
        programs = [
            ident
            for ident, name in conn.execute("SELECT id, patient_name FROM programs")
            if _is_patient(name or "", key)
        ]
    if "program_versions" in tables:
        versions = [
            (ident, version)
            for ident, version, data in conn.execute("SELECT program_id, version, data FROM program_versions")
            if isinstance(data, str) and _is_patient(_file_patient(data), key)
        ]
    if "settings" in tables:
        for setting, value in conn.execute("SELECT key, value FROM settings"):
            try:
                texts = _names_in(json.loads(value)) if isinstance(value, str) else []
            except ValueError:
                texts = [value]
            if setting not in KEPT_SETTINGS and any(mentions(text, key) for text in texts):
                settings.append(setting)
    return programs, versions, settings


def backup_holds_patient(path: Path, patient_name: str) -> bool:
    """True if the copy holds the patient (a programme, an earlier version, a setting);
    an unreadable copy counts as holding it."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        return True
    try:
        return any(_matching(conn, name_key(patient_name)))
    except sqlite3.Error:
        return True
    finally:
        conn.close()


def delete_patient(store, patient_name: str) -> PatientDeletion:
    """Remove every trace of the patient from the database, the drafts and the backups."""
    result = PatientDeletion()
    key = name_key(patient_name)
    if not key:
        return result
    db = store.db
    db.execute("PRAGMA secure_delete = ON")
    try:
        with transaction(db):
            ids, versions, settings = _matching(db.conn, key)
            for program_id in ids:
                store.programs.delete(program_id)
            for program_id, version in versions:
                if program_id not in ids:
                    db.execute(
                        "DELETE FROM program_versions WHERE program_id = ? AND version = ?", [program_id, version]
                    )
                    result.versions += 1
            for setting in settings:
                db.execute("DELETE FROM settings WHERE key = ?", [setting])
        result.programs = len(ids)
        result.settings = settings
    finally:
        db.execute("PRAGMA secure_delete = OFF")
    # Another instance reading would make the checkpoint wait the whole busy timeout: wait 1 s.
    db.execute("PRAGMA busy_timeout = 1000")
    try:
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if busy and busy[0]:
        result.problems.append(Phrase("privacy.other-window-reads"))
    result.drafts = delete_patient_drafts(store.data_dir, patient_name)
    try:
        fresh = copy_database(db.conn, backup_dir(store.data_dir), START)
        result.fresh_backup = fresh.name
    except (OSError, sqlite3.Error):
        result.problems.append(Phrase("privacy.no-fresh-backup"))
        fresh = None
    for info in list_backups(store.data_dir):
        # the fresh copy is checked too: it must hold no trace, or it goes as well
        if backup_holds_patient(info.path, patient_name):
            try:
                info.path.unlink()
                result.backups_removed.append(info.name)
            except OSError:
                result.problems.append(Phrase("privacy.backup-not-removed", name=info.name))
            if fresh is not None and info.path == fresh:
                result.fresh_backup = ""
    return result
