"""Key–value settings kept in the database (the clinic profile among them)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

import sqlite_utils

from ..domain.models import ClinicProfile
from .database import transaction


class SettingsStore:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        with transaction(self.db):
            self.db.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                [key, json.dumps(value, ensure_ascii=False)],
            )

    def clinic(self) -> ClinicProfile:
        data = self.get("clinic", {}) or {}
        known = {f.name for f in fields(ClinicProfile)}
        return ClinicProfile(**{k: v for k, v in data.items() if k in known and isinstance(v, str)})

    def set_clinic(self, profile: ClinicProfile) -> None:
        self.set("clinic", asdict(profile))
