"""The query set's last misses (issue 15): a compound found by its last part ("lårene" →
inderlåret), English and Latin movement names (abduction), and readings of "elastik"."""

from __future__ import annotations

import pytest

from exercise_builder.domain import records
from exercise_builder.domain.search_vocabulary import Vocabulary
from exercise_builder.store.search import plan_query
from library_factory import exercise


def top(store, query: str, n: int = 5) -> list[str]:
    return [hit.slug for hit in store.search(query, limit=n)]


# --- a compound is a kind of its last part -----------------------------------------------------


def test_the_vocabulary_knows_the_compounds_a_word_ends():
    vocab = Vocabulary({"inderlåret": 1, "baglåret": 3, "lår": 5, "lårene": 2, "klår": 1, "lårspænd": 1})
    # inflected or not, after three letters of their own; the word itself and "klår" are not
    assert vocab.compounds_of("lårene") == ["baglåret", "inderlåret"]
    assert vocab.compounds_of("lår") == ["baglåret", "inderlåret"]
    assert vocab.compounds_of("laar") == ["baglåret", "inderlåret"]  # typed without å
    assert vocab.compounds_of("ar") == []  # too short to be a part


def test_only_a_stem_that_ends_in_the_word_is_a_kind_of_it():
    vocab = Vocabulary({"knibene": 3, "underlaget": 2, "firfod": 4, "forfoden": 1, "halebenet": 1})
    assert vocab.compounds_of("benene") == ["halebenet"]  # knibene is knib + ene
    assert vocab.compounds_of("læg") == []  # not "lag" with æ typed as a
    assert vocab.compounds_of("foden") == ["forfoden"]  # firfod is on all fours, not a foot


def test_the_most_used_compounds_of_a_common_part_are_kept():
    vocab = Vocabulary({f"{head}stræk": n for n, head in enumerate(["arm", "ben", "bryst", "hals", "knæ", "læg"], 1)})
    assert vocab.compounds_of("stræk", limit=2) == ["lægstræk", "knæstræk"]


def test_lårene_finds_the_thigh_stretches(shipped_store):
    found = top(shipped_store, "lårene")
    assert "inderlaar-straek" in found
    assert {"baglaar-straek-siddende", "forlaar-straek-staaende"} <= set(found)


def test_a_clinic_s_own_compound_is_found_by_its_last_part(store):
    assert top(store, "benene") == []
    data = exercise("skinneben", "Stræk af skinnebenet", "Shin stretch", "knee", "standing")
    store.catalogue.save("exercise", records.exercise_from_dict(data))
    assert top(store, "benene") == ["skinneben"]
    assert top(store, "benet ") == ["skinneben"]


# --- English and Latin movement names ------------------------------------------------------------

ABDUCTION = {"hofte-udad-elastik", "hofte-udad-staaende", "benloeft-sideliggende", "muslingen"}


@pytest.mark.parametrize("query", ["hip abduction", "abduction", "abduktion", "hofteabduktion"])
def test_abduction_finds_the_leg_out_to_the_side(shipped_store, query):
    assert set(top(shipped_store, query)) & ABDUCTION, top(shipped_store, query)


@pytest.mark.parametrize("query", ["adduction", "adduktion"])
def test_adduction_finds_the_inner_thigh(shipped_store, query):
    assert "inderlaar-straek" in top(shipped_store, query)


# --- elastik: every reading is the word, and every answer an exercise with a band ---------------


@pytest.mark.parametrize("query", ["elastiktræning", "elastk", "elastikøvelser"])
def test_readings_of_elastik_list_only_band_exercises(shipped_store, query):
    assert plan_query(shipped_store.db, query).read_as == ((query, "elastik"),)
    hits = shipped_store.search(query, limit=5)
    assert len(hits) == 5 and all("elastik" in hit.title.lower() for hit in hits), [h.title for h in hits]
