"""The SQLite store: one Store object per data dir, built by the composition root.

Its parts load on first use: the window frame paints before sqlite-utils is imported
(store.early_settings reads what the frame needs with plain sqlite3)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

    from .catalogue import Catalogue
    from .favourites import Favourites
    from .media import MediaStore
    from .programs import Programs
    from .search import Filters, Hit, SearchHelp, SearchPage
    from .settings import SettingsStore

__all__ = ["Store", "StoreError", "ConcurrentEditError", "Filters", "Hit", "SearchPage", "transaction"]

_LAZY = {
    "StoreError": "database",
    "transaction": "database",
    "open_database": "database",
    "ConcurrentEditError": "programs",
    "Filters": "search",
    "Hit": "search",
    "SearchPage": "search",
    "SearchHelp": "search",
    "count_matches": "search",
    "search_exercises": "search",
    "search_page": "search",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)


MAX_QUERY_WORDS = 30  # search time grows with the words (1,000 words took 7.8 s); nobody types 30


def bounded_query(query: str) -> str:
    """The query's first MAX_QUERY_WORDS words; cut short, every kept word counts as finished."""
    parts = query.split(maxsplit=MAX_QUERY_WORDS)
    return query if len(parts) <= MAX_QUERY_WORDS else " ".join(parts[:MAX_QUERY_WORDS]) + " "


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
        from .catalogue import Catalogue
        from .database import open_database
        from .media import MediaStore
        from .programs import Programs
        from .settings import SettingsStore

        db = open_database(data_dir)
        store = cls(data_dir, db, Catalogue(db), Programs(db), MediaStore(db, data_dir / "media"), SettingsStore(db))
        store.catalogue.ensure_search_index()
        return store

    @property
    def favourites(self) -> Favourites:
        from .favourites import Favourites

        return Favourites(self.db)

    def search(self, query: str = "", filters: Filters | None = None, limit: int | None = None) -> list[Hit]:
        from .search import Filters, search_exercises

        return search_exercises(self.db, bounded_query(query), filters or Filters(), limit)

    def search_page(
        self,
        query: str = "",
        filters: Filters | None = None,
        limit: int = 200,
        total: int | None = None,
        language: str = "da",
    ) -> SearchPage:
        from .search import Filters, search_page

        return search_page(self.db, bounded_query(query), filters or Filters(), limit, total, language)

    def count_matches(self, query: str = "", filters: Filters | None = None) -> int:
        from .search import Filters, count_matches

        return count_matches(self.db, bounded_query(query), filters or Filters())

    def transaction(self) -> AbstractContextManager[sqlite_utils.Database]:
        """One write transaction (BEGIN IMMEDIATE; nested use is a savepoint): services use this,
        so no code outside store/ touches the database connection."""
        from .database import transaction

        return transaction(self.db)

    def search_help(self, query: str, nothing_found: bool, language: str = "da") -> SearchHelp:
        """Where an aid or advice module the query names is, and "Mente du …?" suggestions."""
        from .search import search_help

        return search_help(self.db, bounded_query(query), nothing_found, language)

    def close(self) -> None:
        self.db.close()
