"""What goes into the search index for one exercise (its words, stems and spellings without
æøå; the aids it uses), the index's vocabulary, and the synonyms merged from libraries."""

from __future__ import annotations

import weakref
from collections.abc import Iterable

import sqlite_utils

from ..domain import vocabulary
from ..domain.models import Exercise
from ..domain.search_text import index_text
from ..domain.search_vocabulary import Vocabulary
from ..domain.synonyms import Synonyms

# Raise when what _fields writes changes: every database then rebuilds its index once at start.
INDEX_VERSION = "7.2"
_GENERATION = "search_generation"  # changes with every index write, so caches know they are old


def _fields(exercise: Exercise) -> tuple[str, str, str, str, str]:
    title = "\n".join(exercise.title.values())
    body = " ".join(" ".join(steps) for steps in exercise.steps.values())
    body += " " + " ".join(exercise.late_pregnancy.values())
    keywords = [exercise.slug.replace("-", " "), exercise.region, exercise.position]
    for table, codes in (
        (vocabulary.REGIONS, [exercise.region]),
        (vocabulary.POSITIONS, [exercise.position]),
        (vocabulary.TAGS, list(exercise.tags)),
    ):
        for code in codes:
            keywords.append(code)
            keywords.extend(table.get(code, ()))
    keyword_text = " ".join(word for word in keywords if word)
    return title, body, keyword_text, *index_text(f"{title} {keyword_text} {body}")


def _touch(db: sqlite_utils.Database) -> None:
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, lower(hex(randomblob(8))))", [_GENERATION])


def index_exercise(db: sqlite_utils.Database, rowid: int, exercise: Exercise, *, touch: bool = True) -> None:
    unindex(db, rowid, touch=False)
    db.execute(
        "INSERT INTO exercise_fts (rowid, title, body, keywords, folded, stems) VALUES (?, ?, ?, ?, ?, ?)",
        [rowid, *_fields(exercise)],
    )
    for aid in dict.fromkeys(exercise.aids):
        db.execute("INSERT INTO exercise_aids (aid_id, exercise_id) VALUES (?, ?)", [aid, exercise.id])
    if touch:
        _touch(db)


def unindex(db: sqlite_utils.Database, rowid: int, *, touch: bool = True) -> None:
    db.execute("DELETE FROM exercise_fts WHERE rowid = ?", [rowid])
    db.execute("DELETE FROM exercise_aids WHERE exercise_id = (SELECT id FROM exercises WHERE rowid = ?)", [rowid])
    if touch:
        _touch(db)


def rebuild_index(db: sqlite_utils.Database, exercises: Iterable[tuple[int, Exercise]]) -> None:
    # dropped and made again as it was: FTS5 deletes row by row, ~2 s of a 10,000-exercise build
    (schema,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'exercise_fts'").fetchone()
    db.execute("DROP TABLE exercise_fts")
    db.execute(schema)
    db.execute("DELETE FROM exercise_aids")
    exercises = list(exercises)
    # in two batches, not three statements an exercise: a third of the time at 10,000
    db.conn.executemany(
        "INSERT INTO exercise_fts (rowid, title, body, keywords, folded, stems) VALUES (?, ?, ?, ?, ?, ?)",
        ((rowid, *_fields(e)) for rowid, e in exercises),
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO exercise_aids (aid_id, exercise_id) VALUES (?, ?)",
        ((aid, e.id) for _rowid, e in exercises for aid in e.aids),
    )
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('search_index_version', ?)", [INDEX_VERSION])
    _touch(db)


def index_is_current(db: sqlite_utils.Database) -> bool:
    row = db.execute("SELECT value FROM settings WHERE key = 'search_index_version'").fetchone()
    stale = db.execute("SELECT value FROM settings WHERE key = 'search_index_stale'").fetchone()
    return bool(row and row[0] == INDEX_VERSION and not (stale and stale[0] == "1"))


# --- synonyms --------------------------------------------------------------------------------


def merge_synonyms(db: sqlite_utils.Database, synonyms: dict[str, list[str]], source: str) -> int:
    """Add a library's synonyms to those known (the caller's transaction); returns how many were new."""
    added = 0
    for term, expansions in synonyms.items():
        for expansion in expansions:
            cursor = db.execute(
                "INSERT OR IGNORE INTO search_synonyms (term, expansion, source) VALUES (?, ?, ?)",
                [term.strip().lower(), expansion.strip().lower(), source],
            )
            added += cursor.rowcount
    if added:
        _touch(db)
    return added


# --- what searches read, cached per connection until the index changes -----------------------


class SearchState:
    def __init__(self, generation: str, db: sqlite_utils.Database) -> None:
        self.generation = generation
        self._db = db
        self._vocabulary: Vocabulary | None = None
        self.plans: dict = {}  # query → QueryPlan: a keystroke's count and page plan it once
        self.matched: dict[str, bool] = {}  # FTS5 expression → whether anything matches it
        self.counts: dict[tuple, int] = {}  # (expression, filters) → how many match
        self.synonyms = Synonyms(db.execute("SELECT term, expansion FROM search_synonyms ORDER BY rowid"))

    def remember(self, query: str, plan) -> None:
        if len(self.plans) > 256:
            self.plans.clear()
        self.plans[query] = plan

    def counted(self, key: tuple, count) -> int:
        """How many match `key` (expression, filters), counted once: a space or a filler word
        typed leaves the expression as it was."""
        if key not in self.counts:
            if len(self.counts) > 1024:
                self.counts.clear()
            self.counts[key] = count()
        return self.counts[key]

    def remember_match(self, expression: str, found: bool) -> None:
        if len(self.matched) > 4096:
            self.matched.clear()
        self.matched[expression] = found

    @property
    def vocabulary(self) -> Vocabulary:
        """Read only when a query word needs it (compounds, typos, suggestions)."""
        if self._vocabulary is None:
            rows = self._db.execute(
                "SELECT term, sum(doc) FROM exercise_terms WHERE col IN ('title', 'body', 'keywords') GROUP BY term"
            )
            keys = [key[0] for key in self.synonyms.entries if len(key) == 1]
            self._vocabulary = Vocabulary(dict(rows.fetchall()), also=keys)
        return self._vocabulary


_STATES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def search_state(db: sqlite_utils.Database) -> SearchState:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [_GENERATION]).fetchone()
    generation = row[0] if row else ""
    state = _STATES.get(db)
    if state is None or state.generation != generation:
        state = SearchState(generation, db)
        _STATES[db] = state
    return state
