"""Searching exercises: FTS5 with prefixes, stems, compounds, typos, synonyms, filters, ranking."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache

import sqlite_utils

from ..domain.kinds import ItemKind
from ..domain.search_text import FILLER_WORDS, GENERIC_WORDS, TitleTier, loose, stem, words
from .search_index import SearchState, search_state

# bm25 weights per column: title, body (steps), keywords (region, position, tags), spellings
# without æøå, stems. The title tier (exact title, title prefix, title words) is sorted on top
# in Python, over the hits fetched: a Python function in SQL would run for every match.
_BM25 = "bm25(exercise_fts, 10.0, 1.0, 4.0, 3.0, 2.0)"


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
        return {
            "id": self.id,
            "slug": self.slug,
            "title": self.title,
            "title_en": self.title_en,
            "region": self.region,
            "position": self.position,
            "tags": list(self.tags),
            "origin": self.origin,
            "aids": list(self.aids),
        }


def _by_title_tier(hits: list[Hit], query: str) -> list[Hit]:
    tier = TitleTier(query)
    return sorted(hits, key=lambda hit: tier(hit.title, hit.title_en))  # stable: bm25 order within a tier


def _term(word: str, prefix: bool = True) -> str:
    return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")


def _any(alternatives: list[str]) -> str:
    unique = list(dict.fromkeys(alternatives))
    # a prefix covers the longer ones it starts ("skuld"* holds "skulder"*): FTS5 merges each
    prefixes = [term[1:-2] for term in unique if term.endswith('"*') and term.count('"') == 2]
    unique = [
        term
        for term in unique
        if not (
            term.endswith('"*')
            and term.count('"') == 2
            and any(term[1:-2].startswith(p) and term[1:-2] != p for p in prefixes)
        )
    ]
    return unique[0] if len(unique) == 1 else "(" + " OR ".join(unique) + ")"


def _all(parts: list[str]) -> str:
    unique = list(dict.fromkeys(parts))
    return unique[0] if len(unique) == 1 else "(" + " AND ".join(unique) + ")"


def exact_group(word: str) -> str:
    """A word as typed (a prefix, in any column) or by its Danish stem ("balderne" → bald)."""
    alternatives = [_term(word)]
    stemmed = stem(word)
    if stemmed != word:
        # a long stem may be a prefix ("gravid" → graviditet), a short one must be whole; the
        # index holds each stem in every spelling, so the query's own spelling is enough
        alternatives.append(_term(stemmed, len(stemmed) >= 5))
    return _any(alternatives)


@dataclass(frozen=True)
class QueryPlan:
    expression: str  # FTS5 MATCH text; "" for an empty query
    unmatched: tuple[str, ...] = ()  # words nothing in the index answers, not even as typos
    read_as: tuple[tuple[str, str], ...] = ()  # (word, what it was read as) for compounds and typos


def _matches(db: sqlite_utils.Database, state: SearchState, expression: str) -> bool:
    """Whether anything matches; remembered until the index changes, since each keystroke asks
    again about the words before the one being typed (a prefix costs ~1 ms to merge)."""
    found = state.matched.get(expression)
    if found is None:
        found = (
            db.execute("SELECT 1 FROM exercise_fts WHERE exercise_fts MATCH ? LIMIT 1", [expression]).fetchone()
            is not None
        )
        state.remember_match(expression, found)
    return found


def _rescue(db: sqlite_utils.Database, state: SearchState, word: str, last: bool) -> tuple[str, str] | None:
    """(group, how it was read) for a word that matches nothing as typed: an inflection of a
    known word, the last part of known compounds, a compound of known words, or a known word
    with one typo. A compound whose parts are only guessed at gives way to a typo ("bækenvip"
    is bækkenvip, not bæken + vip)."""
    vocab = state.vocabulary
    root = vocab.root(word)
    if root and _matches(db, state, group := exact_group(root)):
        return group, root
    ends = vocab.compounds_of(word)  # its own form is in no exercise, but compounds end in it
    if ends:
        return _any([_term(compound, False) for compound in ends]), " / ".join(ends)
    split = vocab.split(word, typing=last)
    meant = vocab.typo(word)[:3]
    # a compound's parts are OR-ed: bm25 and the title tier put exercises with all of them first
    compound, sure = None, 0.0
    if split is not None:
        parts = [part for part in split[0] if part not in GENERIC_WORDS] or split[0]
        compound, sure = (_any([_part_group(state, part) for part in parts]), " + ".join(parts)), split[1]
    typo = (_any([exact_group(m) for m in meant]), " / ".join(meant)) if meant else None
    readings = [compound, typo] if compound and sure >= 2 else [typo, compound]
    head = vocab.head(word)
    readings.append((exact_group(head), head) if head else None)
    for reading in readings:
        if reading and _matches(db, state, reading[0]):
            return reading
    return None


def _synonym_group(state: SearchState, asked: list[str], at: int, typing: bool) -> tuple[int, str] | None:
    """(words spanned, group) when words from asked[at] are a synonym's key."""
    synonym = state.synonyms.match(asked, at, typing=typing)
    if synonym is None:
        return None
    span, expansions = synonym
    own = _all([exact_group(word) for word in asked[at : at + span]])
    return span, _any([own] + [_all([exact_group(w) for w in words(e)]) for e in expansions])


def _part_group(state: SearchState, part: str) -> str:
    found = _synonym_group(state, [part], 0, False)
    return found[1] if found else exact_group(part)


def _with_compounds(state: SearchState, word: str, group: str) -> str:
    """The word's group, or also the compounds it ends ("lårene" finds "Stræk af inderlåret"):
    the index holds a compound whole, so its last part is found only this way."""
    compounds = state.vocabulary.compounds_of(word)
    return _any([group, *(_term(compound, False) for compound in compounds)]) if compounds else group


def plan_query(db: sqlite_utils.Database, query: str) -> QueryPlan:
    """What a query means: its words AND-ed, each OR-ed with its stem and synonyms; a word that
    matches nothing is tried as an inflection, a compound and a typo before it is given up."""
    state = search_state(db)
    cached = state.plans.get(query)
    if cached is not None:
        return cached
    asked = words(query)
    finished = len(asked) if query[-1:].isspace() else len(asked) - 1  # the last may be half typed
    dropped = FILLER_WORDS | GENERIC_WORDS
    if any(word not in dropped for word in asked):
        asked = [word for at, word in enumerate(asked) if at >= finished or word not in dropped]
    groups, unmatched, read_as = [], [], []
    at = 0
    while at < len(asked):
        synonym = _synonym_group(state, asked, at, True)
        if synonym:
            groups.append(synonym[1])
            at += synonym[0]
            continue
        word, group = asked[at], exact_group(asked[at])
        if _matches(db, state, group):
            group = _with_compounds(state, word, group)
        else:
            rescued = _rescue(db, state, word, at == len(asked) - 1)
            if rescued:
                group = rescued[0]
                read_as.append((word, rescued[1]))
            else:
                unmatched.append(word)
        groups.append(group)
        at += 1
    plan = QueryPlan(" AND ".join(groups), tuple(unmatched), tuple(read_as))
    state.remember(query, plan)
    return plan


_AID_ROWIDS = "(SELECT x.rowid FROM exercise_aids a JOIN exercises x ON x.id = a.exercise_id WHERE a.aid_id = ?)"


def _where(filters: Filters, fts: bool = False) -> tuple[list[str], list, bool]:
    """(conditions, parameters, whether they read the exercises row). In a full-text query
    (`fts`) the aid condition is on the index's rowid, so it prunes matches before any row is
    read; the '+' keeps FTS5 from taking it as one lookup per rowid, which is far slower."""
    where, params = [], []
    for column, value in (
        ("e.region", filters.region),
        ("e.position", filters.position),
        ("e.origin", filters.origin),
        ("e.source_library", filters.source_library),
    ):
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


@lru_cache(maxsize=4096)
def _strings(text: str | None) -> tuple[str, ...]:
    """A JSON list of strings as a tuple; memoized: a library has few distinct tag and aid lists."""
    return tuple(json.loads(text or "[]"))


def _hit(row) -> Hit:
    return Hit(
        row[0],
        row[1],
        row[2] or "",
        row[3] or "",
        row[4] or "",
        row[5] or "",
        _strings(row[6]),
        row[7] or "",
        _strings(row[8]),
    )


def search_exercises(
    db: sqlite_utils.Database, query: str = "", filters: Filters = Filters(), limit: int | None = None
) -> list[Hit]:
    """Ranked hits for `query`; an empty query lists everything by title."""
    expression = plan_query(db, query).expression
    where, params, _reads_row = _where(filters, fts=bool(expression))
    columns = (
        "e.id, e.slug, e.title, json_extract(e.data, '$.title.en'), e.region, e.position, "
        "e.tags, e.origin, json_extract(e.data, '$.aids')"
    )
    if expression:
        sql = (
            f"SELECT {columns} FROM exercise_fts JOIN exercises e ON e.rowid = exercise_fts.rowid "
            f"WHERE exercise_fts MATCH ? {''.join(' AND ' + w for w in where)} "
            f"ORDER BY {_BM25}, e.title COLLATE NOCASE"
        )
        params = [expression, *params]
    else:
        sql = (
            f"SELECT {columns} FROM exercises e {'WHERE ' + ' AND '.join(where) if where else ''} "
            "ORDER BY e.title COLLATE NOCASE"
        )
    hits = [_hit(row) for row in db.execute(sql, params).fetchall()]
    if expression:
        hits = _by_title_tier(hits, query)
    return hits if limit is None else hits[: max(0, limit)]


# --- search as you type over a large library ---------------------------------------------------

RANK_AT_MOST = 800  # bm25 over more matches than this costs more than a keystroke may
RANK_BUDGET = 1600  # matches × phrases in the query: bm25's cost grows with both
_PAGE_COLUMNS = (
    "e.id, e.slug, e.title, json_extract(e.data, '$.title.en'), e.region, e.position, "
    "e.tags, e.origin, json_extract(e.data, '$.aids'), "
    "json_extract(e.data, '$.images[0].sha256'), json_extract(e.data, '$.images[0].file')"
)


@dataclass(frozen=True)
class SearchPage:
    hits: list[Hit]
    total: int
    ranked: bool
    pictures: dict[str, tuple[str, str]]  # exercise id → (sha256, extension) of its first picture


@lru_cache(maxsize=4096)
def _extension(name: str | None) -> str:
    return os.path.splitext(name or "")[1].lower()


def _page(rows, total: int, ranked: bool) -> SearchPage:
    hits, pictures = [], {}
    for row in rows:
        hits.append(_hit(row))
        if row[9]:
            pictures[row[0]] = (row[9], _extension(row[10]))
    return SearchPage(hits, total, ranked, pictures)


def _joined(reads_row: bool) -> str:
    """The join to the exercises row, when the filters need it."""
    return " CROSS JOIN exercises e ON e.rowid = exercise_fts.rowid" if reads_row else ""


def count_matches(db: sqlite_utils.Database, query: str, filters: Filters = Filters()) -> int:
    expression = plan_query(db, query).expression
    where, params, reads_row = _where(filters, fts=bool(expression))
    if not expression:
        sql = f"SELECT count(*) FROM exercises e {'WHERE ' + ' AND '.join(where) if where else ''}"
        return db.execute(sql, params).fetchone()[0]
    sql = f"SELECT count(*) FROM exercise_fts{_joined(reads_row)} WHERE exercise_fts MATCH ?" + "".join(
        " AND " + w for w in where
    )
    if filters.favourites:  # favourites change without the index changing
        return db.execute(sql, [expression, *params]).fetchone()[0]
    return search_state(db).counted((expression, filters), lambda: db.execute(sql, [expression, *params]).fetchone()[0])


def search_page(
    db: sqlite_utils.Database,
    query: str,
    filters: Filters = Filters(),
    limit: int = 200,
    total: int | None = None,
    language: str = "da",
) -> SearchPage:
    """The first `limit` hits and how many match in all, for typing over 10,000 exercises.

    Counting is cheap in FTS5; ranking with bm25 is done only when few enough match for it to
    be cheap and useful, so a broad prefix ("b") returns its first page alphabetically. Titles
    and tags are read only for the page shown."""
    title = (
        "e.title COLLATE NOCASE"
        if language != "en"
        else "coalesce(json_extract(e.data, '$.title.en'), e.title) COLLATE NOCASE"
    )
    expression = plan_query(db, query).expression
    where, params, reads_row = _where(filters, fts=bool(expression))
    total = count_matches(db, query, filters) if total is None else total
    if not expression:
        sql = (
            f"SELECT {_PAGE_COLUMNS} FROM (SELECT e.rowid AS rowid FROM exercises e "
            f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {title} LIMIT ?) m "
            f"CROSS JOIN exercises e ON e.rowid = m.rowid ORDER BY {title}"
        )
        return _page(db.execute(sql, [*params, limit]), total, True)
    extra = "".join(" AND " + w for w in where)
    if total <= RANK_AT_MOST and total * expression.count('"') // 2 <= RANK_BUDGET:
        sql = (
            f"SELECT {_PAGE_COLUMNS} FROM (SELECT exercise_fts.rowid AS rowid, "
            f"{_BM25} AS score FROM exercise_fts{_joined(reads_row)} "
            f"WHERE exercise_fts MATCH ?{extra} ORDER BY score LIMIT ?) m "
            "CROSS JOIN exercises e ON e.rowid = m.rowid ORDER BY m.score, e.title COLLATE NOCASE"
        )
        page = _page(db.execute(sql, [expression, *params, limit]), total, True)
        page.hits[:] = _by_title_tier(page.hits, query)
        return page
    sql = (
        f"SELECT {_PAGE_COLUMNS} FROM exercise_fts CROSS JOIN exercises e ON e.rowid = exercise_fts.rowid "
        f"WHERE exercise_fts MATCH ?{extra} LIMIT ?"
    )
    page = _page(db.execute(sql, [expression, *params, limit]), total, False)
    page.hits.sort(key=lambda hit: ((hit.title_en or hit.title) if language == "en" else hit.title).casefold())
    return page


# --- when nothing is found ---------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHelp:
    suggestions: tuple[str, ...] = ()  # whole queries that find something ("Mente du …?")
    places: tuple[tuple[ItemKind, str], ...] = ()  # (ItemKind.AID or ItemKind.ADVICE, title) the query names


def _names(title: str, asked: list[str], whole: bool) -> bool:
    """Every asked word is a word of the title (by stem), or with `whole` False starts one."""
    have = [(loose(word), loose(stem(word))) for word in words(title)]
    return all(
        any(loose(stem(a)) == s or (not whole and len(a) >= 4 and w.startswith(loose(a))) for w, s in have)
        for a in asked
    )


def search_help(
    db: sqlite_utils.Database, query: str, nothing_found: bool, language: str = "da", limit: int = 3
) -> SearchHelp:
    """Aids and advice modules the query names (so the list can say where they are), and, when
    nothing was found, the nearest queries that find something."""
    asked = words(query)
    if not asked:
        return SearchHelp()
    places = []
    for kind, table in ((ItemKind.AID, "aids"), (ItemKind.ADVICE, "advice")):
        rows = db.execute(
            f"SELECT title, coalesce(json_extract(data, '$.title.en'), title) FROM {table} "
            "ORDER BY title COLLATE NOCASE"
        )
        for danish, english in rows:
            title = english if language == "en" else danish
            if _names(danish, asked, whole=not nothing_found) or _names(english, asked, whole=not nothing_found):
                places.append((kind, title))
    suggestions: list[str] = []
    if nothing_found:
        plan = plan_query(db, query)
        vocab = search_state(db).vocabulary
        tries = []
        for word in plan.unmatched:
            tries += [query.lower().replace(word, near) for near in vocab.suggestions(word, limit)]
        if not plan.unmatched and len(asked) > 1:
            tries += asked  # every word finds something, only not together
        for candidate in dict.fromkeys(tries):
            if len(suggestions) < limit and candidate != query.lower() and count_matches(db, candidate):
                suggestions.append(candidate)
    return SearchHelp(tuple(suggestions), tuple(places))
