"""Exercises, aids and advice looked up by id on the GUI thread, cached until the library changes."""

from __future__ import annotations

from typing import Any

from ..domain.kinds import ItemKind
from ..store import Store


class RecordCache:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._records: dict[tuple[str, str], Any] = {}

    def get(self, kind: ItemKind, ident: str) -> Any | None:
        key = (kind, ident)
        if key not in self._records:
            self._records[key] = self._store.catalogue.get(kind, ident)
        return self._records[key]

    def exercise(self, ident: str):
        return self.get(ItemKind.EXERCISE, ident)

    def variant(self, ident: str, direction: str):
        """The exercise's easier or harder variant ("easier" | "harder"), or None if it names none."""
        exercise = self.exercise(ident)
        reference = getattr(exercise, direction, "") if exercise is not None else ""
        return self.exercise(reference) if reference else None

    def title(self, kind: ItemKind, ident: str, language: str = "da") -> str:
        record = self.get(kind, ident)
        return record.title_in(language) if record is not None else "?"

    def invalidate(self, ident: str | None = None) -> None:
        if ident is None:
            self._records.clear()
        else:
            for key in [key for key in self._records if key[1] == ident]:
                del self._records[key]
