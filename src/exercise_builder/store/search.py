"""Searching exercises: FTS5 with prefixes, æøå typed any way, synonyms, filters, ranking."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils

from ..domain.search_text import synonyms_for, words

# bm25 weights per column: title, body, keywords, folded variants
_RANK = "bm25(exercise_fts, 10.0, 1.0, 4.0, 3.0)"


@dataclass(frozen=True, slots=True)
class Filters:
    region: str = ""
    position: str = ""
    tag: str = ""
    origin: str = ""
    source_library: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    slug: str
    title: str
    title_en: str
    region: str
    position: str
    tags: tuple[str, ...] = field(default_factory=tuple)
    origin: str = ""

    def to_json(self) -> dict:
        return {"id": self.id, "slug": self.slug, "title": self.title, "title_en": self.title_en,
                "region": self.region, "position": self.position, "tags": list(self.tags),
                "origin": self.origin}


def _term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def match_expression(query: str) -> str:
    """FTS5 MATCH text: every word as a prefix, OR-ed with its synonyms; words AND-ed."""
    groups = []
    for word in words(query):
        alternatives = [_term(word)] + [
            _term(part) for synonym in synonyms_for(word) for part in words(synonym)
        ]
        groups.append("(" + " OR ".join(dict.fromkeys(alternatives)) + ")")
    return " AND ".join(groups)


def search_exercises(db: sqlite_utils.Database, query: str = "", filters: Filters = Filters(),
                     limit: int | None = None) -> list[Hit]:
    """Ranked hits for `query`; an empty query lists everything by title."""
    where, params = [], []
    for column, value in (("e.region", filters.region), ("e.position", filters.position),
                          ("e.origin", filters.origin), ("e.source_library", filters.source_library)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if filters.tag:
        where.append("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE json_each.value = ?)")
        params.append(filters.tag)
    expression = match_expression(query)
    columns = ("e.id, e.slug, e.title, json_extract(e.data, '$.title.en'), e.region, e.position, "
               "e.tags, e.origin")
    if expression:
        sql = (f"SELECT {columns} FROM exercise_fts JOIN exercises e ON e.rowid = exercise_fts.rowid "
               f"WHERE exercise_fts MATCH ? {''.join(' AND ' + w for w in where)} "
               f"ORDER BY {_RANK}, e.title COLLATE NOCASE")
        params.insert(0, expression)
    else:
        sql = (f"SELECT {columns} FROM exercises e {'WHERE ' + ' AND '.join(where) if where else ''} "
               "ORDER BY e.title COLLATE NOCASE")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, limit))
    rows = db.execute(sql, params).fetchall()
    return [Hit(row[0], row[1], row[2] or "", row[3] or "", row[4] or "", row[5] or "",
                tuple(json.loads(row[6] or "[]")), row[7] or "") for row in rows]
