"""Searching exercises: FTS5 with prefixes, æøå typed any way, synonyms, filters, ranking."""

from __future__ import annotations

import json
import os
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
    aid: str = ""  # the aid's UUID
    favourites: bool = False  # only the therapist's favourites


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
    aids: tuple[str, ...] = field(default_factory=tuple)  # UUIDs

    def to_json(self) -> dict:
        return {"id": self.id, "slug": self.slug, "title": self.title, "title_en": self.title_en,
                "region": self.region, "position": self.position, "tags": list(self.tags),
                "origin": self.origin, "aids": list(self.aids)}


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


_AID_ROWIDS = ("(SELECT x.rowid FROM exercise_aids a JOIN exercises x ON x.id = a.exercise_id "
               "WHERE a.aid_id = ?)")


def _where(filters: Filters, fts: bool = False) -> tuple[list[str], list, bool]:
    """(conditions, parameters, whether they read the exercises row). In a full-text query
    (`fts`) the aid condition is on the index's rowid, so it prunes matches before any row is
    read; the '+' keeps FTS5 from taking it as one lookup per rowid, which is far slower."""
    where, params = [], []
    for column, value in (("e.region", filters.region), ("e.position", filters.position),
                          ("e.origin", filters.origin), ("e.source_library", filters.source_library)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if filters.tag:
        where.append("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE json_each.value = ?)")
        params.append(filters.tag)
    if filters.favourites:
        from .favourites import IDS_SQL

        where.append(f"e.id IN ({IDS_SQL})")
    reads_row = bool(where)
    if filters.aid:
        if fts:
            where.append(f"+exercise_fts.rowid IN {_AID_ROWIDS}")
        else:
            where.append("e.id IN (SELECT exercise_id FROM exercise_aids WHERE aid_id = ?)")
            reads_row = True
        params.append(filters.aid.lower())
    return where, params, reads_row


def _hit(row) -> Hit:
    return Hit(row[0], row[1], row[2] or "", row[3] or "", row[4] or "", row[5] or "",
               tuple(json.loads(row[6] or "[]")), row[7] or "", tuple(json.loads(row[8] or "[]")))


def search_exercises(db: sqlite_utils.Database, query: str = "", filters: Filters = Filters(),
                     limit: int | None = None) -> list[Hit]:
    """Ranked hits for `query`; an empty query lists everything by title."""
    expression = match_expression(query)
    where, params, _reads_row = _where(filters, fts=bool(expression))
    columns = ("e.id, e.slug, e.title, json_extract(e.data, '$.title.en'), e.region, e.position, "
               "e.tags, e.origin, json_extract(e.data, '$.aids')")
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
    return [_hit(row) for row in db.execute(sql, params).fetchall()]


# --- search as you type over a large library ---------------------------------------------------

RANK_AT_MOST = 800  # bm25 over more matches than this costs more than a keystroke may
_PAGE_COLUMNS = ("e.id, e.slug, e.title, json_extract(e.data, '$.title.en'), e.region, e.position, "
                 "e.tags, e.origin, json_extract(e.data, '$.aids'), "
                 "json_extract(e.data, '$.images[0].sha256'), json_extract(e.data, '$.images[0].file')")


@dataclass(frozen=True)
class SearchPage:
    hits: list[Hit]
    total: int
    ranked: bool
    pictures: dict[str, tuple[str, str]]  # exercise id → (sha256, extension) of its first picture


def _page(rows, total: int, ranked: bool) -> SearchPage:
    hits, pictures = [], {}
    for row in rows:
        hits.append(_hit(row))
        if row[9]:
            pictures[row[0]] = (row[9], os.path.splitext(row[10] or "")[1].lower())
    return SearchPage(hits, total, ranked, pictures)


def _joined(reads_row: bool) -> str:
    """The join to the exercises row, when the filters need it."""
    return " CROSS JOIN exercises e ON e.rowid = exercise_fts.rowid" if reads_row else ""


def count_matches(db: sqlite_utils.Database, query: str, filters: Filters = Filters()) -> int:
    expression = match_expression(query)
    where, params, reads_row = _where(filters, fts=bool(expression))
    if not expression:
        sql = f"SELECT count(*) FROM exercises e {'WHERE ' + ' AND '.join(where) if where else ''}"
        return db.execute(sql, params).fetchone()[0]
    sql = (f"SELECT count(*) FROM exercise_fts{_joined(reads_row)} WHERE exercise_fts MATCH ?"
           + "".join(" AND " + w for w in where))
    return db.execute(sql, [expression, *params]).fetchone()[0]


def search_page(db: sqlite_utils.Database, query: str, filters: Filters = Filters(), limit: int = 200,
                total: int | None = None, language: str = "da") -> SearchPage:
    """The first `limit` hits and how many match in all, for typing over 10,000 exercises.

    Counting is cheap in FTS5; ranking with bm25 is done only when few enough match for it to
    be cheap and useful, so a broad prefix ("b") returns its first page alphabetically. Titles
    and tags are read only for the page shown."""
    title = ("e.title COLLATE NOCASE" if language != "en"
             else "coalesce(json_extract(e.data, '$.title.en'), e.title) COLLATE NOCASE")
    expression = match_expression(query)
    where, params, reads_row = _where(filters, fts=bool(expression))
    total = count_matches(db, query, filters) if total is None else total
    if not expression:
        sql = (f"SELECT {_PAGE_COLUMNS} FROM (SELECT e.rowid AS rowid FROM exercises e "
               f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {title} LIMIT ?) m "
               f"CROSS JOIN exercises e ON e.rowid = m.rowid ORDER BY {title}")
        return _page(db.execute(sql, [*params, limit]), total, True)
    extra = "".join(" AND " + w for w in where)
    if total <= RANK_AT_MOST:
        sql = (f"SELECT {_PAGE_COLUMNS} FROM (SELECT exercise_fts.rowid AS rowid, {_RANK} AS score "
               f"FROM exercise_fts{_joined(reads_row)} "
               f"WHERE exercise_fts MATCH ?{extra} ORDER BY score LIMIT ?) m "
               "CROSS JOIN exercises e ON e.rowid = m.rowid ORDER BY m.score, e.title COLLATE NOCASE")
        return _page(db.execute(sql, [expression, *params, limit]), total, True)
    sql = (f"SELECT {_PAGE_COLUMNS} FROM exercise_fts CROSS JOIN exercises e ON e.rowid = exercise_fts.rowid "
           f"WHERE exercise_fts MATCH ?{extra} LIMIT ?")
    page = _page(db.execute(sql, [expression, *params, limit]), total, False)
    page.hits.sort(key=lambda hit: ((hit.title_en or hit.title) if language == "en" else hit.title).casefold())
    return page
