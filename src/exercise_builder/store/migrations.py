"""Numbered, forward-only schema steps. Each runs in its own transaction with its version.

Never edit a released step: add a new one. The version lives in PRAGMA user_version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from ..domain.errors import UserError

CATALOGUE_TABLES = ("exercises", "aids", "advice", "templates")


class SchemaTooNewError(UserError):
    """A database made by a newer version of the app: it is not opened."""


def _v1_initial(db: sqlite_utils.Database) -> None:
    for table in CATALOGUE_TABLES:
        columns = {
            "id": str,
            "slug": str,
            "title": str,
            "data": str,
            "origin": str,
            "edited": int,
            "base_hash": str,
            "upstream_data": str,
            "source_library": str,
            "source_version": str,
            "updated": str,
        }
        if table == "exercises":
            columns |= {"region": str, "position": str, "tags": str}
        db.table(table).create(columns, pk="id", not_null={"slug", "data"}, defaults={"origin": "custom", "edited": 0})
        db.table(table).create_index(["slug"], unique=True)
    db.table("media").create({"sha256": str, "ext": str, "size": int, "width": int, "height": int}, pk="sha256")
    db.table("programs").create(
        {
            "id": str,
            "patient_name": str,
            "date": str,
            "therapist": str,
            "frequency": str,
            "message": str,
            "options": str,
            "version": int,
            "handed_out": int,
            "parent_id": str,
            "created": str,
            "updated": str,
        },
        pk="id",
        defaults={"version": 1, "handed_out": 0},
    )
    db.table("programs").create_index(["patient_name"])
    db.table("programs").create_index(["date"])
    db.table("program_items").create(
        {
            "program_id": str,
            "position": int,
            "exercise_id": str,
            "sets": int,
            "reps": str,
            "hold_seconds": str,
            "duration_minutes": str,
            "per_side": int,
            "frequency": str,
            "note": str,
        },
        pk=("program_id", "position"),
        foreign_keys=[("program_id", "programs", "id")],
    )
    db.table("program_aids").create(
        {"program_id": str, "position": int, "aid_id": str, "note": str},
        pk=("program_id", "position"),
        foreign_keys=[("program_id", "programs", "id")],
    )
    db.table("program_advice").create(
        {"program_id": str, "position": int, "advice_id": str},
        pk=("program_id", "position"),
        foreign_keys=[("program_id", "programs", "id")],
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")


def _v2_search(db: sqlite_utils.Database) -> None:
    # Filled from Python, not by triggers: the folded æøå variants are computed there.
    db.execute(
        "CREATE VIRTUAL TABLE exercise_fts USING fts5("
        "title, body, keywords, folded, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    db.table("exercises").create_index(["region"])
    db.table("exercises").create_index(["position"])
    db.table("settings").insert({"key": "search_index_stale", "value": "1"}, replace=True)


def _v3_program_history(db: sqlite_utils.Database) -> None:
    db.table("program_versions").create(
        {"program_id": str, "version": int, "saved": str, "data": str},
        pk=("program_id", "version"),
    )


def _v4_library_sharing(db: sqlite_utils.Database) -> None:
    # Libraries items were imported from (names for provenance), and local versions that an
    # import replaced under "take theirs", so nothing is lost.
    db.table("library_sources").create(
        {"id": str, "name": str, "publisher": str, "version": str, "location": str, "imported": str},
        pk="id",
    )
    db.table("replaced_items").create(
        {"id": int, "kind": str, "item_id": str, "data": str, "replaced": str, "by_library": str, "by_version": str},
        pk="id",
    )
    db.table("replaced_items").create_index(["item_id"])


def _v5_exercise_aids(db: sqlite_utils.Database) -> None:
    # Which exercises use which aid: filtering by aid through this index takes well under a
    # millisecond, where reading every exercise's JSON takes tens of milliseconds at 10,000.
    db.execute(
        "CREATE TABLE exercise_aids (aid_id TEXT NOT NULL, exercise_id TEXT NOT NULL, "
        "PRIMARY KEY (aid_id, exercise_id)) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX exercise_aids_exercise ON exercise_aids (exercise_id)")
    db.execute(
        "INSERT OR IGNORE INTO exercise_aids (aid_id, exercise_id) "
        "SELECT j.value, e.id FROM exercises e, json_each(e.data, '$.aids') j"
    )


def _v6_title_order(db: sqlite_utils.Database) -> None:
    # The library lists by title when nothing is typed: with this index the first page and the
    # count read a few index pages instead of every exercise's row. On a 10,000-exercise
    # database with a cold disk cache that took 87 ms at start; now 3 ms.
    db.execute("CREATE INDEX exercises_title_nocase ON exercises (title COLLATE NOCASE)")


# Frozen with step 7: the shipped exercises that carried the retired region "legs".
_V7_LEGS = {
    "ankelpumpe": "ankle-foot",
    "laeg-straek": "ankle-foot",
    "taahaev": "ankle-foot",
    "rejse-saette-sig": "knee",
    "squat-ved-vaeg": "knee",
    "trapper": "knee",
    "trin-op": "knee",
    "udfald": "knee",
}


def _v7_body_regions(db: sqlite_utils.Database) -> None:
    # "legs" gives way to knee and ankle-foot; local edits and upstream copies change together,
    # so an edited item stays edited and an unedited one stays unedited.
    def recoded(text: str | None, slug: str) -> str | None:
        if not text:
            return text
        data = json.loads(text)
        if data.get("region") == "legs":
            data["region"] = _V7_LEGS.get(slug, "knee")
        return json.dumps(data, ensure_ascii=False)

    rows = db.execute(
        "SELECT id, slug, data, upstream_data FROM exercises WHERE region = 'legs' "
        "OR json_extract(data, '$.region') = 'legs' "
        "OR json_extract(upstream_data, '$.region') = 'legs'"
    ).fetchall()
    for ident, slug, data, upstream in rows:
        new_data, new_upstream = recoded(data, slug), recoded(upstream, slug)
        base_hash = None
        if new_upstream:
            body = {k: v for k, v in json.loads(new_upstream).items() if k != "updated"}
            base_hash = hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        db.execute(
            "UPDATE exercises SET data = ?, upstream_data = ?, base_hash = COALESCE(?, base_hash), "
            "region = json_extract(?, '$.region') WHERE id = ?",
            [new_data, new_upstream, base_hash, new_data, ident],
        )
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('search_index_stale', '1')")


def _v8_search_stems(db: sqlite_utils.Database) -> None:
    # Danish stems beside the words, and æøå kept in the tokens so the vocabulary (fts5vocab)
    # holds real words for compound splitting, typo correction and "Mente du …?" (detail=column
    # would halve the index but makes bm25 7× slower). Filled from the rows at the next start;
    # synonyms come from the libraries' synonyms.toml.
    db.execute("DROP TABLE IF EXISTS exercise_fts")
    db.execute(
        "CREATE VIRTUAL TABLE exercise_fts USING fts5("
        "title, body, keywords, folded, stems, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"
    )
    db.execute("CREATE VIRTUAL TABLE exercise_terms USING fts5vocab(exercise_fts, 'col')")
    db.table("search_synonyms").create(
        {"term": str, "expansion": str, "source": str}, pk=("term", "expansion"), not_null={"term", "expansion"}
    )
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('search_index_stale', '1')")
    # the shipped library is read again at the next start, which brings its synonyms
    db.execute("DELETE FROM settings WHERE key = 'shipped_library_version'")


def _v9_patient_group(db: sqlite_utils.Database) -> None:
    # who the programme is for (pregnant / after-birth / other): it chooses the stop advice
    db.execute("ALTER TABLE programs ADD COLUMN patient_group TEXT NOT NULL DEFAULT 'other'")


MIGRATIONS: list[tuple[int, Callable[[sqlite_utils.Database], None]]] = [
    (1, _v1_initial),
    (2, _v2_search),
    (3, _v3_program_history),
    (4, _v4_library_sharing),
    (5, _v5_exercise_aids),
    (6, _v6_title_order),
    (7, _v7_body_regions),
    (8, _v8_search_stems),
    (9, _v9_patient_group),
]
LATEST = MIGRATIONS[-1][0]


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def _backup(db: sqlite_utils.Database, backup_dir: Path, version: int) -> None:
    """A copy before migrating, under a temporary name until complete: a copy cut short by a
    full disk or a kill is never listed as a backup."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    final = backup_dir / f"before-migration-v{version}-{stamp}-{os.getpid()}.db"
    partial = final.with_name(f".{final.name}.partial")  # per process: two may start at once
    try:
        target = sqlite3.connect(str(partial))
        try:
            with target:
                db.conn.backup(target)
        finally:
            target.close()
        os.replace(partial, final)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def migrate(db: sqlite_utils.Database, backup_dir: Path | None = None, upto: int = LATEST) -> int:
    """Bring the schema to `upto`; refuse a database made by a newer app. Returns the version."""
    current = schema_version(db)
    if current > LATEST:
        raise SchemaTooNewError("store.schema-too-new", schema=current)
    pending = [(number, step) for number, step in MIGRATIONS if current < number <= upto]
    if pending and current > 0 and backup_dir is not None:
        _backup(db, backup_dir, current)
    for number, step in pending:
        db.execute("BEGIN IMMEDIATE")
        try:
            # read again under the write lock: another instance may have run this step meanwhile
            if schema_version(db) >= number:
                db.execute("COMMIT")
                continue
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    return schema_version(db)
