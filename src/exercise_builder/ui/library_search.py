"""Search for the library pane, tuned for typing over 10,000 exercises.

A small, separate stand-in for `Store.search` until the store offers the same: it counts the
matches first (cheap in FTS5) and ranks with bm25 only when few enough match for ranking to be
cheap and useful; broad prefixes ("b", "st") return the first page unranked. Title and tags are
read only for the page that is shown. Filters go into the SQL so a page is a page of matches.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from ..store import Filters, Hit, Store
from ..store.search import match_expression

RANK_AT_MOST = 800  # bm25 over more matches than this costs more than a keystroke may
_COLUMNS = ("e.id, e.slug, e.title, json_extract(e.data, '$.title.en'), e.region, e.position, "
            "e.tags, e.origin, json_extract(e.data, '$.images[0].sha256'), "
            "json_extract(e.data, '$.images[0].file')")


@dataclass(frozen=True)
class SearchPage:
    hits: list[Hit]
    total: int
    ranked: bool
    pictures: dict[str, tuple[str, str]]  # exercise id → (sha256, extension) of its first picture


def _where(filters: Filters) -> tuple[list[str], list]:
    where, params = [], []
    for column, value in (("e.region", filters.region), ("e.position", filters.position),
                          ("e.origin", filters.origin), ("e.source_library", filters.source_library)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if filters.tag:
        where.append("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE json_each.value = ?)")
        params.append(filters.tag)
    return where, params


def _page(rows, total: int, ranked: bool) -> SearchPage:
    hits, pictures = [], {}
    for row in rows:
        hits.append(Hit(row[0], row[1], row[2] or "", row[3] or "", row[4] or "", row[5] or "",
                        tuple(json.loads(row[6] or "[]")), row[7] or ""))
        if row[8]:
            pictures[row[0]] = (row[8], os.path.splitext(row[9] or "")[1].lower())
    return SearchPage(hits, total, ranked, pictures)


def count_matches(store: Store, query: str, filters: Filters = Filters()) -> int:
    where, params = _where(filters)
    expression = match_expression(query)
    if not expression:
        sql = f"SELECT count(*) FROM exercises e {'WHERE ' + ' AND '.join(where) if where else ''}"
        return store.db.execute(sql, params).fetchone()[0]
    if not where:
        return store.db.execute("SELECT count(*) FROM exercise_fts WHERE exercise_fts MATCH ?",
                                [expression]).fetchone()[0]
    sql = ("SELECT count(*) FROM exercise_fts CROSS JOIN exercises e ON e.rowid = exercise_fts.rowid "
           f"WHERE exercise_fts MATCH ? AND {' AND '.join(where)}")
    return store.db.execute(sql, [expression, *params]).fetchone()[0]


def search_page(store: Store, query: str, filters: Filters = Filters(), limit: int = 200,
                total: int | None = None, language: str = "da") -> SearchPage:
    """The first `limit` hits and how many there are in all, alphabetical in `language`
    when not ranked."""
    where, params = _where(filters)
    title = ("e.title COLLATE NOCASE" if language != "en"
             else "coalesce(json_extract(e.data, '$.title.en'), e.title) COLLATE NOCASE")
    expression = match_expression(query)
    total = count_matches(store, query, filters) if total is None else total
    if not expression:
        # sort the bare titles first; the JSON columns are read only for the page
        sql = (f"SELECT {_COLUMNS} FROM (SELECT e.rowid AS rowid FROM exercises e "
               f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {title} LIMIT ?) m "
               f"CROSS JOIN exercises e ON e.rowid = m.rowid ORDER BY {title}")
        return _page(store.db.execute(sql, [*params, limit]), total, True)
    extra = "".join(" AND " + w for w in where)
    if total <= RANK_AT_MOST:
        sql = (f"SELECT {_COLUMNS} FROM (SELECT exercise_fts.rowid AS rowid, "
               "bm25(exercise_fts, 10.0, 1.0, 4.0, 3.0) AS score FROM exercise_fts "
               f"CROSS JOIN exercises e ON e.rowid = exercise_fts.rowid WHERE exercise_fts MATCH ?{extra} "
               "ORDER BY score LIMIT ?) m CROSS JOIN exercises e ON e.rowid = m.rowid "
               "ORDER BY m.score, e.title COLLATE NOCASE")
        return _page(store.db.execute(sql, [expression, *params, limit]), total, True)
    sql = (f"SELECT {_COLUMNS} FROM exercise_fts CROSS JOIN exercises e ON e.rowid = exercise_fts.rowid "
           f"WHERE exercise_fts MATCH ?{extra} LIMIT ?")
    page = _page(store.db.execute(sql, [expression, *params, limit]), total, False)
    page.hits.sort(key=lambda hit: ((hit.title_en or hit.title) if language == "en" else hit.title).casefold())
    return page
