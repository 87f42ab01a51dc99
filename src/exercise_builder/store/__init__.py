"""The SQLite store: one Store object per data dir, built by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from .catalogue import Catalogue
from .database import StoreError, open_database, transaction
from .media import MediaStore
from .programs import ConcurrentEditError, Programs
from .search import Filters, Hit, SearchPage, count_matches, search_exercises, search_page
from .settings import SettingsStore

__all__ = ["Store", "StoreError", "ConcurrentEditError", "Filters", "Hit", "SearchPage", "transaction"]


@dataclass
class Store:
    data_dir: Path
    db: sqlite_utils.Database
    catalogue: Catalogue
    programs: Programs
    media: MediaStore
    settings: SettingsStore

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        db = open_database(data_dir)
        store = cls(data_dir, db, Catalogue(db), Programs(db), MediaStore(db, data_dir / "media"),
                    SettingsStore(db))
        store.catalogue.ensure_search_index()
        return store

    def search(self, query: str = "", filters: Filters = Filters(), limit: int | None = None) -> list[Hit]:
        return search_exercises(self.db, query, filters, limit)

    def search_page(self, query: str = "", filters: Filters = Filters(), limit: int = 200,
                    total: int | None = None, language: str = "da") -> SearchPage:
        return search_page(self.db, query, filters, limit, total, language)

    def count_matches(self, query: str = "", filters: Filters = Filters()) -> int:
        return count_matches(self.db, query, filters)

    def close(self) -> None:
        self.db.close()
