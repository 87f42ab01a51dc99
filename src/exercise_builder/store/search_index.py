"""What goes into the search index for one exercise: its words (FTS5) and the aids it uses."""

from __future__ import annotations

import sqlite_utils

from ..domain import vocabulary
from ..domain.models import Exercise
from ..domain.search_text import folded_variants


def _fields(exercise: Exercise) -> tuple[str, str, str, str]:
    title = " ".join(exercise.title.values())
    body = " ".join(" ".join(steps) for steps in exercise.steps.values())
    body += " " + " ".join(exercise.late_pregnancy.values())
    keywords = [exercise.slug.replace("-", " "), exercise.region, exercise.position]
    for table, codes in ((vocabulary.REGIONS, [exercise.region]), (vocabulary.POSITIONS, [exercise.position]),
                         (vocabulary.TAGS, list(exercise.tags))):
        for code in codes:
            keywords.append(code)
            keywords.extend(table.get(code, ()))
    keyword_text = " ".join(word for word in keywords if word)
    folded = folded_variants(f"{title} {keyword_text} {body}")
    return title, body, keyword_text, folded


def index_exercise(db: sqlite_utils.Database, rowid: int, exercise: Exercise) -> None:
    unindex(db, rowid)
    db.execute(
        "INSERT INTO exercise_fts (rowid, title, body, keywords, folded) VALUES (?, ?, ?, ?, ?)",
        [rowid, *_fields(exercise)],
    )
    for aid in dict.fromkeys(exercise.aids):
        db.execute("INSERT INTO exercise_aids (aid_id, exercise_id) VALUES (?, ?)", [aid, exercise.id])


def unindex(db: sqlite_utils.Database, rowid: int) -> None:
    db.execute("DELETE FROM exercise_fts WHERE rowid = ?", [rowid])
    db.execute("DELETE FROM exercise_aids WHERE exercise_id = (SELECT id FROM exercises WHERE rowid = ?)", [rowid])


def rebuild_index(db: sqlite_utils.Database, exercises: list[tuple[int, Exercise]]) -> None:
    db.execute("DELETE FROM exercise_fts")
    db.execute("DELETE FROM exercise_aids")
    for rowid, exercise in exercises:
        index_exercise(db, rowid, exercise)
