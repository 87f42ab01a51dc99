"""Patients' programmes in the database, with a version check so no save is lost silently."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from ..domain.dosage import Dosage, Range
from ..domain.kinds import PatientGroup
from ..domain.models import Program, ProgramAid, ProgramItem, ProgramOptions, new_id, now_iso
from ..domain.patient_names import stored_name
from ..domain.program_file import program_to_text
from .catalogue import ConcurrentEditError  # one error for both kinds of lost update
from .database import transaction


@dataclass(frozen=True, slots=True)
class ProgramSummary:
    id: str
    patient_name: str
    date: str
    therapist: str
    items: int
    version: int
    updated: str
    handed_out: bool = False
    parent_id: str = ""  # the programme this one follows up
    parent_date: str = ""


def _range_text(value: Range | None) -> str | None:
    return str(value) if value is not None else None


class Programs:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def save(self, program: Program) -> Program:
        """Save and return the programme with its new version (and the name in its stored form).

        Raises ConcurrentEditError if the stored version is newer than the one edited here."""
        program = program.with_(patient_name=stored_name(program.patient_name))
        with transaction(self.db):
            row = self.db.execute("SELECT version, handed_out FROM programs WHERE id = ?", [program.id]).fetchone()
            now = now_iso()
            if row is None:
                version = 1
                self.db.execute(
                    "INSERT INTO programs (id, patient_name, patient_group, date, therapist, frequency, "
                    "message, options, version, handed_out, parent_id, created, updated) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                    [
                        program.id,
                        program.patient_name,
                        program.patient_group.value,
                        program.date,
                        program.therapist,
                        program.frequency,
                        program.message,
                        self._options(program),
                        version,
                        program.parent_id,
                        now,
                        now,
                    ],
                )
            else:
                stored_version, handed_out = row
                if stored_version != program.version:
                    raise ConcurrentEditError("store.program-saved-elsewhere")
                if handed_out:
                    previous = self.load(program.id)
                    assert previous is not None  # its row was read above, in this transaction
                    self.db.execute(
                        "INSERT OR REPLACE INTO program_versions (program_id, version, saved, data) "
                        "VALUES (?, ?, ?, ?)",
                        [program.id, stored_version, now, program_to_text(previous)],
                    )
                version = stored_version + 1
                self.db.execute(
                    "UPDATE programs SET patient_name = ?, patient_group = ?, date = ?, therapist = ?, "
                    "frequency = ?, message = ?, options = ?, version = ?, handed_out = 0, updated = ? WHERE id = ?",
                    [
                        program.patient_name,
                        program.patient_group.value,
                        program.date,
                        program.therapist,
                        program.frequency,
                        program.message,
                        self._options(program),
                        version,
                        now,
                        program.id,
                    ],
                )
                for table in ("program_items", "program_aids", "program_advice"):
                    self.db.execute(f"DELETE FROM {table} WHERE program_id = ?", [program.id])
            for position, item in enumerate(program.items):
                d = item.dosage
                self.db.execute(
                    "INSERT INTO program_items (program_id, position, exercise_id, sets, reps, "
                    "hold_seconds, duration_minutes, per_side, frequency, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        program.id,
                        position,
                        item.exercise_id,
                        d.sets,
                        _range_text(d.reps),
                        _range_text(d.hold_seconds),
                        _range_text(d.duration_minutes),
                        int(d.per_side),
                        d.frequency,
                        item.note,
                    ],
                )
            for position, aid in enumerate(program.aids):
                self.db.execute(
                    "INSERT INTO program_aids (program_id, position, aid_id, note) VALUES (?, ?, ?, ?)",
                    [program.id, position, aid.aid_id, aid.note],
                )
            for position, advice_id in enumerate(program.advice):
                self.db.execute(
                    "INSERT INTO program_advice (program_id, position, advice_id) VALUES (?, ?, ?)",
                    [program.id, position, advice_id],
                )
        return program.with_(version=version, handed_out=False)

    @staticmethod
    def _options(program: Program) -> str:
        o = program.options
        return json.dumps({"layout": o.layout, "large_print": o.large_print, "diary": o.diary, "language": o.language})

    def load(self, program_id: str) -> Program | None:
        row = self.db.execute(
            "SELECT id, patient_name, date, therapist, frequency, message, options, version, "
            "handed_out, parent_id, patient_group FROM programs WHERE id = ?",
            [program_id],
        ).fetchone()
        if row is None:
            return None
        items = tuple(
            ProgramItem(
                exercise_id=r[0],
                dosage=Dosage(
                    sets=r[1] or 1,
                    reps=Range.of(r[2]),
                    hold_seconds=Range.of(r[3]),
                    duration_minutes=Range.of(r[4]),
                    per_side=bool(r[5]),
                    frequency=r[6] or "",
                ),
                note=r[7] or "",
            )
            for r in self.db.execute(
                "SELECT exercise_id, sets, reps, hold_seconds, duration_minutes, per_side, frequency, "
                "note FROM program_items WHERE program_id = ? ORDER BY position",
                [program_id],
            )
        )
        aids = tuple(
            ProgramAid(r[0], r[1] or "")
            for r in self.db.execute(
                "SELECT aid_id, note FROM program_aids WHERE program_id = ? ORDER BY position", [program_id]
            )
        )
        advice = tuple(
            r[0]
            for r in self.db.execute(
                "SELECT advice_id FROM program_advice WHERE program_id = ? ORDER BY position", [program_id]
            )
        )
        options = ProgramOptions(**json.loads(row[6] or "{}"))
        return Program(
            id=row[0],
            patient_name=row[1] or "",
            date=row[2] or "",
            therapist=row[3] or "",
            frequency=row[4] or "",
            message=row[5] or "",
            items=items,
            aids=aids,
            advice=advice,
            options=options,
            version=row[7],
            handed_out=bool(row[8]),
            parent_id=row[9] or "",
            patient_group=_group(row[10]),
        )

    def mark_handed_out(self, program_id: str) -> None:
        """Called after printing or exporting: the next change keeps this version in history."""
        with transaction(self.db):
            self.db.execute("UPDATE programs SET handed_out = 1 WHERE id = ?", [program_id])

    def history(self, program_id: str) -> list[tuple[int, str, str]]:
        """(version, saved, program file text) of earlier handed-out versions, oldest first."""
        return [
            tuple(r)
            for r in self.db.execute(
                "SELECT version, saved, data FROM program_versions WHERE program_id = ? ORDER BY version",
                [program_id],
            )
        ]

    def find(self, patient: str = "", date: str = "", limit: int = 200) -> list[ProgramSummary]:
        """Programmes whose patient name contains `patient` and whose date starts with `date`."""
        rows = self.db.execute(
            f"{_SUMMARY} WHERE p.patient_name LIKE ? ESCAPE '\\' AND p.date LIKE ? "
            "ORDER BY p.date DESC, p.updated DESC LIMIT ?",
            [f"%{_like(stored_name(patient))}%", f"{_like(date)}%", limit],
        ).fetchall()
        return [_summary(row) for row in rows]

    def recent(self, limit: int = 10) -> list[ProgramSummary]:
        """The programmes saved last, newest first (Filer → Seneste programmer)."""
        rows = self.db.execute(f"{_SUMMARY} ORDER BY p.updated DESC, p.rowid DESC LIMIT ?", [limit]).fetchall()
        return [_summary(row) for row in rows]

    def duplicate(self, program_id: str) -> Program | None:
        """A new programme from an old one, for the follow-up visit (today's date, not saved)."""
        import datetime as dt

        program = self.load(program_id)
        if program is None:
            return None
        return program.with_(
            id=new_id(), version=0, handed_out=False, parent_id=program.id, date=dt.date.today().isoformat()
        )

    def delete(self, program_id: str) -> None:
        with transaction(self.db):
            for table in ("program_items", "program_aids", "program_advice", "program_versions"):
                self.db.execute(f"DELETE FROM {table} WHERE program_id = ?", [program_id])
            self.db.execute("DELETE FROM programs WHERE id = ?", [program_id])

    def delete_patient(self, patient_name: str) -> int:
        """Remove every programme of this patient; returns how many."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM programs WHERE patient_name = ?", [patient_name])]
        with transaction(self.db):
            for program_id in ids:
                self.delete(program_id)
        return len(ids)


def _group(value: str | None) -> PatientGroup:
    """A stored group; a value this version does not know reads as "other" (the safe default box)."""
    try:
        return PatientGroup(value or PatientGroup.OTHER.value)
    except ValueError:
        return PatientGroup.OTHER


_SUMMARY = (
    "SELECT p.id, p.patient_name, p.date, p.therapist, "
    "(SELECT count(*) FROM program_items i WHERE i.program_id = p.id), p.version, p.updated, "
    "p.handed_out, p.parent_id, (SELECT o.date FROM programs o WHERE o.id = p.parent_id) "
    "FROM programs p"
)


def _summary(row) -> ProgramSummary:
    return ProgramSummary(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6] or "", bool(row[7]), row[8] or "", row[9] or ""
    )


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
