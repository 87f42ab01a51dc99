"""Exercises, aids, advice modules and templates in the database, with their origin and edits.

An item comes from upstream (the shipped library or an imported one) or is the clinic's own.
Upstream items keep their upstream record, so a local edit can be undone and a newer upstream
version never silently replaces a local edit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from ..domain import records
from ..domain.errors import UserError
from ..domain.kinds import AdviceKind, ItemKind, Origin
from ..domain.models import Exercise
from .database import transaction
from .search_index import index_exercise, index_is_current, merge_synonyms, rebuild_index, unindex

TABLES = {
    ItemKind.EXERCISE: "exercises",
    ItemKind.AID: "aids",
    ItemKind.ADVICE: "advice",
    ItemKind.TEMPLATE: "templates",
}
SHIPPED = Origin.SHIPPED
CUSTOM = Origin.CUSTOM
IMPORTED = Origin.IMPORTED


class ConcurrentEditError(UserError):
    """The item was saved elsewhere since it was read here."""


def _precise_now() -> str:
    """Microsecond timestamps, so two saves in one second still differ for the version check."""
    return dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z")


def content_hash(data: dict) -> str:
    """Hash of a record's content, ignoring its timestamp."""
    body = {key: value for key, value in data.items() if key != "updated"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class ItemInfo:
    id: str
    slug: str
    origin: Origin
    edited: bool
    source_library: str
    source_version: str


@dataclass(frozen=True, slots=True)
class ItemState:
    id: str
    slug: str
    origin: Origin
    hash: str  # of the current data
    base_hash: str | None  # of the upstream version last taken


@dataclass(slots=True)
class SyncReport:
    added: int = 0
    updated: int = 0
    kept_local_edit: int = 0
    unchanged: int = 0


class Catalogue:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # --- reading ---------------------------------------------------------------------------

    def get(self, kind: ItemKind, ref: str) -> Any | None:
        """The record with this UUID or slug, or None."""
        row = self.db.execute(
            f"SELECT data FROM {TABLES[kind]} WHERE id = ? OR slug = ?", [ref.lower(), ref]
        ).fetchone()
        return self._load(kind, row[0]) if row else None

    def resolve(self, kind: ItemKind, ref: str) -> str | None:
        row = self.db.execute(f"SELECT id FROM {TABLES[kind]} WHERE id = ? OR slug = ?", [ref.lower(), ref]).fetchone()
        return row[0] if row else None

    def all(self, kind: ItemKind) -> list[Any]:
        rows = self.db.execute(f"SELECT data FROM {TABLES[kind]} ORDER BY title COLLATE NOCASE").fetchall()
        return [self._load(kind, row[0]) for row in rows]

    def many(self, kind: ItemKind, ids: list[str]) -> dict[str, Any]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT id, data FROM {TABLES[kind]} WHERE id IN ({marks})", ids)
        return {row[0]: self._load(kind, row[1]) for row in rows}

    def info(self, kind: ItemKind, ref: str) -> ItemInfo | None:
        row = self.db.execute(
            f"SELECT id, slug, origin, edited, source_library, source_version FROM {TABLES[kind]} "
            "WHERE id = ? OR slug = ?",
            [ref.lower(), ref],
        ).fetchone()
        if row is None:
            return None
        return ItemInfo(row[0], row[1], Origin(row[2] or CUSTOM), bool(row[3]), row[4] or "", row[5] or "")

    def count(self, kind: ItemKind) -> int:
        return self.db.execute(f"SELECT count(*) FROM {TABLES[kind]}").fetchone()[0]

    def original(self, kind: ItemKind, ref: str) -> Any | None:
        """The upstream record of an item (what 'restore original' brings back)."""
        row = self.db.execute(
            f"SELECT upstream_data FROM {TABLES[kind]} WHERE id = ? OR slug = ?", [ref.lower(), ref]
        ).fetchone()
        return self._load(kind, row[0]) if row and row[0] else None

    def default_stop_advice(self) -> Any | None:
        """The stop box of a handout whose programme picks none: the app's own (as edited here), else
        the clinic's own; never one that came in a bundle, which the therapist has not chosen."""
        rows = self.db.execute(
            "SELECT data, COALESCE(origin, ?) AS kept FROM advice WHERE kept IN (?, ?) "
            "ORDER BY kept = ? DESC, title COLLATE NOCASE",
            [CUSTOM, SHIPPED, CUSTOM, SHIPPED],
        )
        for data, _origin in rows:
            module = self._load(ItemKind.ADVICE, data)
            if module.kind == AdviceKind.STOP:
                return module
        return None

    @staticmethod
    def _load(kind: ItemKind, text: str) -> Any:
        return records.KINDS[kind][0](json.loads(text))

    # --- writing ---------------------------------------------------------------------------

    def save(self, kind: ItemKind, record: Any) -> Any:
        """Save the user's version of an item and return it as stored (with its new `updated`).

        New items are the clinic's own; an edit of an upstream item is kept as a local edit beside
        the upstream original. `record.updated` must be the stored one: if the item was saved
        elsewhere meanwhile (another instance), ConcurrentEditError, and nothing is written."""
        data = records.KINDS[kind][1](record)
        data["updated"] = _precise_now()
        saved = records.KINDS[kind][0](data)  # checked before writing: a bad record is never stored
        table = TABLES[kind]
        with transaction(self.db):
            existing = self.db.execute(
                f"SELECT origin, upstream_data, updated FROM {table} WHERE id = ?", [record.id]
            ).fetchone()
            if existing is None:
                self._insert(kind, data, origin=CUSTOM, upstream=None, source=("", ""))
            else:
                origin, upstream, stored_updated = existing
                if (stored_updated or "") != (record.updated or ""):
                    raise ConcurrentEditError("store.item-saved-elsewhere")
                edited = origin != CUSTOM and (
                    upstream is None or content_hash(json.loads(upstream)) != content_hash(data)
                )
                self._update(kind, data, edited=edited)
        return saved

    def restore_original(self, kind: ItemKind, ref: str) -> bool:
        """Drop the local edit of an upstream item. False if it has no upstream original."""
        table = TABLES[kind]
        with transaction(self.db):
            row = self.db.execute(
                f"SELECT upstream_data FROM {table} WHERE id = ? OR slug = ?", [ref.lower(), ref]
            ).fetchone()
            if not row or not row[0]:
                return False
            self._update(kind, json.loads(row[0]), edited=False)
            return True

    def delete(self, kind: ItemKind, ref: str) -> None:
        table = TABLES[kind]
        with transaction(self.db):
            row = self.db.execute(f"SELECT rowid FROM {table} WHERE id = ? OR slug = ?", [ref.lower(), ref]).fetchone()
            if row is None:
                return
            if kind == ItemKind.EXERCISE:
                unindex(self.db, row[0])
            self.db.execute(f"DELETE FROM {table} WHERE rowid = ?", [row[0]])

    def sync_upstream(self, kind: ItemKind, items: list[Any], origin: Origin, source: tuple[str, str]) -> SyncReport:
        """Take upstream versions: add new items, update the ones not edited here, and keep
        local edits (their 'original' becomes the new upstream version). Caller's transaction."""
        report = SyncReport()
        table = TABLES[kind]
        for record in items:
            data = records.KINDS[kind][1](record)
            new_hash = content_hash(data)
            row = self.db.execute(f"SELECT base_hash, edited, origin FROM {table} WHERE id = ?", [record.id]).fetchone()
            if row is None:
                self._insert(kind, data, origin=origin, upstream=data, source=source)
                report.added += 1
            elif row[0] == new_hash:
                report.unchanged += 1
            elif row[1]:
                self.db.execute(
                    f"UPDATE {table} SET upstream_data = ?, base_hash = ?, source_library = ?, "
                    "source_version = ? WHERE id = ?",
                    [json.dumps(data, ensure_ascii=False), new_hash, *source, record.id],
                )
                report.kept_local_edit += 1
            else:
                self._update(kind, data, edited=False, upstream=data, source=source)
                report.updated += 1
        return report

    def _free_slug(self, table: str, slug: str, ident: str) -> str:
        """The slug, or slug-2, slug-3 … if another item already has it (a clinic's own item may
        have the slug a newer shipped or imported item brings)."""
        candidate, number = slug, 1
        while True:
            row = self.db.execute(f"SELECT id FROM {table} WHERE slug = ?", [candidate]).fetchone()
            if row is None or row[0] == ident:
                return candidate
            number += 1
            candidate = f"{slug}-{number}"

    def _insert(
        self, kind: ItemKind, data: dict, *, origin: Origin, upstream: dict | None, source: tuple[str, str]
    ) -> None:
        table = TABLES[kind]
        data = {**data, "slug": self._free_slug(table, data["slug"], data["id"])}
        row = self._row(kind, data)
        row |= {
            "origin": origin,
            "edited": 0,
            "base_hash": content_hash(upstream) if upstream else None,
            "upstream_data": json.dumps(upstream, ensure_ascii=False) if upstream else None,
            "source_library": source[0],
            "source_version": source[1],
        }
        with transaction(self.db):
            names = ", ".join(row)
            marks = ", ".join("?" * len(row))
            cursor = self.db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
            if kind == ItemKind.EXERCISE:
                rowid = cursor.lastrowid
                assert rowid is not None  # set by the INSERT just made
                index_exercise(self.db, rowid, records.exercise_from_dict(data))

    def _update(
        self,
        kind: ItemKind,
        data: dict,
        *,
        edited: bool,
        upstream: dict | None = None,
        source: tuple[str, str] | None = None,
    ) -> None:
        table = TABLES[kind]
        row = self._row(kind, data) | {"edited": int(edited)}
        if upstream is not None:
            row["upstream_data"] = json.dumps(upstream, ensure_ascii=False)
            row["base_hash"] = content_hash(upstream)
        if source is not None:
            row["source_library"], row["source_version"] = source
        ident = row.pop("id")
        assignments = ", ".join(f"{name} = ?" for name in row)
        with transaction(self.db):
            self.db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*row.values(), ident])
            if kind == ItemKind.EXERCISE:
                rowid = self.db.execute("SELECT rowid FROM exercises WHERE id = ?", [ident]).fetchone()[0]
                index_exercise(self.db, rowid, records.exercise_from_dict(data))

    @staticmethod
    def _row(kind: ItemKind, data: dict) -> dict:
        row = {
            "id": data["id"],
            "slug": data["slug"],
            "title": data["title"].get("da") or next(iter(data["title"].values()), ""),
            "data": json.dumps(data, ensure_ascii=False),
            "updated": data.get("updated", ""),
        }
        if kind == ItemKind.EXERCISE:
            row |= {
                "region": data.get("region", ""),
                "position": data.get("position", ""),
                "tags": json.dumps(data.get("tags", []), ensure_ascii=False),
            }
        return row

    def merge_synonyms(self, synonyms: dict[str, list[str]], source: str) -> int:
        """Add a library's synonyms (synonyms.toml) to the search; returns how many were new."""
        if not synonyms:
            return 0
        with transaction(self.db):
            return merge_synonyms(self.db, synonyms, source)

    def synonyms_of(self, ids: dict[ItemKind, list[str]], own_library: str) -> dict[str, list[str]]:
        """The synonyms that came with the libraries these items (kind → ids) came from, and the
        clinic's own (`own_library`): what an export hands on, not every library's."""
        sources = {own_library}
        for kind, chosen in ids.items():
            for at in range(0, len(chosen), 500):
                batch = chosen[at : at + 500]
                rows = self.db.execute(
                    f"SELECT DISTINCT source_library FROM {TABLES[kind]} WHERE id IN ({', '.join('?' * len(batch))})",
                    batch,
                )
                sources.update(row[0] for row in rows if row[0])
        found: dict[str, list[str]] = {}
        marks = ", ".join("?" * len(sources))
        for term, expansion in self.db.execute(
            f"SELECT term, expansion FROM search_synonyms WHERE source IN ({marks}) ORDER BY rowid", sorted(sources)
        ):
            found.setdefault(term, [])
            if expansion not in found[term]:
                found[term].append(expansion)
        return found

    # --- sharing: what imports, exports and the shared folder need ---------------------------

    def by_slug(self, kind: ItemKind, origin: Origin | None = None) -> list[Any]:
        """Every record of a kind (only those of `origin`, if given), by slug."""
        where, params = ("WHERE COALESCE(origin, ?) = ?", [CUSTOM, origin]) if origin else ("", [])
        rows = self.db.execute(f"SELECT data FROM {TABLES[kind]} {where} ORDER BY slug", params)
        return [self._load(kind, row[0]) for row in rows]

    def merge_states(self, kind: ItemKind) -> list[ItemState]:
        """What an import compares against: each item's origin, content hash and base hash."""
        rows = self.db.execute(f"SELECT id, slug, origin, data, base_hash FROM {TABLES[kind]}")
        return [
            ItemState(ident, slug, Origin(origin or CUSTOM), content_hash(json.loads(data)), base)
            for ident, slug, origin, data, base in rows
        ]

    def all_slugs(self, kinds: tuple[ItemKind, ...] = (ItemKind.EXERCISE, ItemKind.AID, ItemKind.ADVICE)) -> list[str]:
        """The slugs of the given kinds, for "did you mean" suggestions."""
        return [row[0] for kind in kinds for row in self.db.execute(f"SELECT slug FROM {TABLES[kind]}")]

    def slugs(self) -> dict[str, str]:
        """Every slug in use (all kinds) → its item's id."""
        taken = {}
        for table in TABLES.values():
            for slug, ident in self.db.execute(f"SELECT slug, id FROM {table}"):
                taken[slug] = ident
        return taken

    def add_upstream(self, kind: ItemKind, data: dict, origin: Origin, source: tuple[str, str]) -> None:
        """An item that came from a library (caller's transaction)."""
        self._insert(kind, data, origin=origin, upstream=data, source=source)

    def take_upstream(self, kind: ItemKind, data: dict, source: tuple[str, str]) -> None:
        """Their version replaces the local one and becomes its original (caller's transaction)."""
        self._update(kind, data, edited=False, upstream=data, source=source)

    def replace_local_edit(self, kind: ItemKind, data: dict, source: tuple[str, str], when: str) -> None:
        """Take their version over a local edit; the local one is kept in replaced_items."""
        row = self.db.execute(f"SELECT data FROM {TABLES[kind]} WHERE id = ?", [data["id"]]).fetchone()
        self.db.execute(
            "INSERT INTO replaced_items (kind, item_id, data, replaced, by_library, by_version) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [kind, data["id"], row[0], when, *source],
        )
        self.take_upstream(kind, data, source)

    def keep_local_edit(self, kind: ItemKind, data: dict, source: tuple[str, str]) -> None:
        """A conflict kept as mine: their version becomes the original a local edit can be reset to."""
        table = TABLES[kind]
        origin = self.db.execute(f"SELECT origin FROM {table} WHERE id = ?", [data["id"]]).fetchone()[0]
        if origin != CUSTOM:
            self.db.execute(
                f"UPDATE {table} SET upstream_data = ?, base_hash = ?, source_library = ?, "
                "source_version = ?, edited = 1 WHERE id = ?",
                [json.dumps(data, ensure_ascii=False), content_hash(data), *source, data["id"]],
            )

    def record_library_source(
        self, ident: str, name: str, publisher: str, version: str, location: str, when: str
    ) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO library_sources (id, name, publisher, version, location, imported) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [ident, name, publisher, version, location, when],
        )

    def library_sources(self) -> dict[str, dict]:
        """Known source libraries by id (name, publisher, version, location, imported)."""
        rows = self.db.execute("SELECT id, name, publisher, version, location, imported FROM library_sources")
        return {
            row[0]: {"name": row[1], "publisher": row[2], "version": row[3], "location": row[4], "imported": row[5]}
            for row in rows
        }

    def replaced_versions(self, item_id: str) -> list[tuple[str, Any]]:
        """(when, record) of local versions an import replaced, newest first."""
        rows = self.db.execute(
            "SELECT kind, data, replaced FROM replaced_items WHERE item_id = ? ORDER BY id DESC", [item_id]
        )
        return [(replaced, self._load(ItemKind(kind), data)) for kind, data, replaced in rows]

    def publishable(self, kind: ItemKind, shared_library: str) -> list[tuple[Any, str | None]]:
        """(record, base hash) of the clinic's own items and of local edits of the shared library's."""
        rows = self.db.execute(
            f"SELECT data, base_hash, origin FROM {TABLES[kind]} WHERE origin = ? OR source_library = ? ORDER BY slug",
            [CUSTOM, shared_library],
        )
        out = []
        for data, base, origin in rows:
            parsed = json.loads(data)
            if origin != CUSTOM and content_hash(parsed) == base:
                continue  # a shared item not changed here
            out.append((records.KINDS[kind][0](parsed), base))
        return out

    def mark_published(self, kind: ItemKind, data: dict, own_hash: str) -> None:
        """The published version is now the item's original (unless it was edited meanwhile)."""
        table = TABLES[kind]
        row = self.db.execute(f"SELECT data, origin FROM {table} WHERE id = ?", [data["id"]]).fetchone()
        if row is None:
            return
        unchanged = content_hash(json.loads(row[0])) == own_hash
        edited = 0 if row[1] == CUSTOM or unchanged else 1
        self.db.execute(
            f"UPDATE {table} SET upstream_data = ?, base_hash = ?, edited = ? WHERE id = ?",
            [json.dumps(data, ensure_ascii=False), own_hash, edited, data["id"]],
        )

    def ensure_search_index(self) -> None:
        """Rebuild the search index after a migration, a restore, or a change in what it holds."""
        if not index_is_current(self.db):
            with transaction(self.db):
                rebuild_index(self.db, self._all_exercises_with_rowid())
                self.db.execute("DELETE FROM settings WHERE key = 'search_index_stale'")

    def _all_exercises_with_rowid(self) -> list[tuple[int, Exercise]]:
        rows = self.db.execute("SELECT rowid, data FROM exercises").fetchall()
        return [(rowid, records.exercise_from_dict(json.loads(data))) for rowid, data in rows]
