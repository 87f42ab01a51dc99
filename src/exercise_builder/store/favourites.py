"""The therapist's favourite exercises, kept per data dir (a settings row: a JSON list of ids)."""

from __future__ import annotations

import json

import sqlite_utils

from .database import transaction

KEY = "favourite_exercises"
# the ids as rows, for a search condition (`e.id IN …`)
IDS_SQL = f"SELECT value FROM json_each(coalesce((SELECT value FROM settings WHERE key = '{KEY}'), '[]'))"


class Favourites:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def ids(self) -> set[str]:
        return {row[0] for row in self.db.execute(IDS_SQL)}

    def contains(self, exercise_id: str) -> bool:
        return exercise_id in self.ids()

    def set(self, exercise_ids: list[str], favourite: bool) -> None:
        """Mark or unmark exercises; read and written in one transaction, so a second window
        on the same data dir loses nothing."""
        with transaction(self.db):
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", [KEY]).fetchone()
            current = [ident for ident in json.loads(row[0]) if isinstance(ident, str)] if row else []
            if favourite:
                current += [ident for ident in exercise_ids if ident not in current]
            else:
                current = [ident for ident in current if ident not in set(exercise_ids)]
            self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [KEY, json.dumps(current)])

    def toggle(self, exercise_ids: list[str]) -> bool:
        """Favourites unless all are already: then none. Returns the new state."""
        favourite = not all(ident in self.ids() for ident in exercise_ids)
        self.set(exercise_ids, favourite)
        return favourite
