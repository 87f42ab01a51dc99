import tomllib

import pytest

from exercise_builder.store import Filters
from library_factory import exercise


@pytest.fixture
def search_store(store, tmp_path):
    """The mini library plus exercises with ø and å in their words."""
    from exercise_builder.domain import records

    extra = [
        exercise("oevelse-for-ryggen", "Øvelse for ryggen", "Back exercise", "low-back", "standing"),
        exercise("gaa-baglaens", "Gå baglæns", "Walk backwards", "whole-body", "walking"),
    ]
    for data in extra:
        store.catalogue.save("exercise", records.exercise_from_dict(data))
    store.catalogue.merge_synonyms(shipped_synonyms(), "shipped")
    return store


def shipped_synonyms() -> dict[str, list[str]]:
    from exercise_builder.library.synonyms import synonyms_from_dict
    from exercise_builder.paths import shipped_library_dir

    return synonyms_from_dict(tomllib.loads((shipped_library_dir() / "synonyms.toml").read_text("utf-8")))


def slugs(store, query, **filters):
    return [hit.slug for hit in store.search(query, Filters(**filters))]


@pytest.mark.parametrize(
    "query",
    [
        "bæk",
        "Bæk",
        "baek",
        "baekken",
        "bækkenvip",
        "bækkenløsning",
        "baekkenloesning",
        "bakkenlosning",
        "pelvic",
        "PGP",
    ],
)
def test_pelvic_exercises_found_however_typed(search_store, query):
    found = slugs(search_store, query)
    assert {"baekkenvip-rygliggende", "baekkenvip-siddende"} <= set(found), query


@pytest.mark.parametrize("query", ["øvelse", "ovelse", "oevelse", "øv"])
def test_oe_typed_any_way(search_store, query):
    assert "oevelse-for-ryggen" in slugs(search_store, query)


@pytest.mark.parametrize("query", ["gå", "ga", "gaa", "gå bag", "ga baglaens"])
def test_aa_typed_any_way(search_store, query):
    assert "gaa-baglaens" in slugs(search_store, query)


def test_words_are_anded(search_store):
    assert slugs(search_store, "bækkenvip siddende") == ["baekkenvip-siddende"]


def test_title_match_ranks_first(search_store):
    # "muslingen" is only in one title; "ryggen" is in the title of one and the slug words of none
    assert slugs(search_store, "ryggen")[0] == "oevelse-for-ryggen"


def test_filters(search_store):
    assert slugs(search_store, "", region="pelvis") == ["baekkenvip-rygliggende", "baekkenvip-siddende"]
    assert slugs(search_store, "bæk", position="sitting") == ["baekkenvip-siddende"]
    assert "muslingen" in slugs(search_store, "", tag="mobility")
    assert slugs(search_store, "", tag="no-such-tag") == []


def test_empty_query_lists_everything_by_title(search_store):
    hits = search_store.search("")
    assert len(hits) == 8
    titles = [hit.title for hit in hits]
    assert titles == sorted(titles, key=str.casefold)


@pytest.mark.parametrize(
    "query", ['"', "AND", "OR NOT", "*", "bæk*", "(", "NEAR(", "a:b", "'; DROP TABLE x;--", "\x00"]
)
def test_odd_queries_do_not_crash(search_store, query):
    search_store.search(query)


def test_danish_position_words_search(search_store):
    assert "baekkenvip-rygliggende" in slugs(search_store, "rygliggende")


def test_the_empty_query_lists_by_title_through_an_index(store):
    """At start nothing is typed: the first page and the count must not read every exercise."""
    page_plan = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT e.rowid FROM exercises e ORDER BY e.title COLLATE NOCASE LIMIT 200"
    ).fetchall()
    count_plan = store.db.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM exercises e").fetchall()
    assert any("INDEX exercises_title_nocase" in row[-1] for row in page_plan), page_plan
    assert not any("TEMP B-TREE" in row[-1] for row in page_plan), page_plan
    assert any("INDEX" in row[-1] for row in count_plan), count_plan
    first = store.search_page("", limit=3)
    titles = [hit.title for hit in store.search_page("", limit=100).hits]
    assert titles == sorted(titles, key=str.casefold) and [h.title for h in first.hits] == titles[:3]


def test_favourites_filter_and_toggle(store):
    from exercise_builder.store import Filters

    kat, musling = (store.catalogue.resolve("exercise", slug) for slug in ("kat-ko", "muslingen"))
    assert store.search("", Filters(favourites=True)) == []
    assert store.favourites.toggle([kat, musling]) is True
    assert {hit.slug for hit in store.search("", Filters(favourites=True))} == {"kat-ko", "muslingen"}
    assert [hit.slug for hit in store.search("kat", Filters(favourites=True))] == ["kat-ko"]
    assert store.count_matches("", Filters(favourites=True)) == 2
    assert store.favourites.toggle([kat]) is False
    assert store.favourites.ids() == {musling}
