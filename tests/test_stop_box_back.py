"""The back-pain emergency signs (cauda equina) print for every programme that treats the back or
pelvis: by its exercises' regions, its patient group, its pelvic-floor exercises, the pelvic belt,
or its back and pelvis advice (the physio review found them missing after birth)."""

from __future__ import annotations

import pytest

from exercise_builder.domain.kinds import PatientGroup
from exercise_builder.domain.models import Program, ProgramAid, ProgramItem, ProgramOptions
from exercise_builder.services.handout_jobs import render_program
from pdf_reading import all_text, flat

BACK_SIGN = "endetarmen"  # "Du mister følelsen mellem benene eller omkring endetarmen."


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    from exercise_builder.app import open_store

    store = open_store(tmp_path_factory.mktemp("back"))
    yield store
    store.close()


def handout(store, exercises=("knaestraek-siddende",), group=PatientGroup.OTHER, aids=(), advice=()) -> str:
    catalogue = store.catalogue
    items = tuple(ProgramItem(catalogue.resolve("exercise", slug)) for slug in exercises)
    program = Program(
        patient_group=group,
        items=items,
        aids=tuple(ProgramAid(catalogue.resolve("aid", slug)) for slug in aids),
        advice=tuple(catalogue.resolve("advice", slug) for slug in advice),
        options=ProgramOptions(),
    )
    return flat(all_text(render_program(store, program)))


def test_a_knee_programme_has_no_back_signs(shipped):
    assert BACK_SIGN not in handout(shipped)


def test_a_low_back_exercise_brings_them(shipped):
    assert BACK_SIGN in handout(shipped, exercises=("kat-ko",))


@pytest.mark.parametrize("group", [PatientGroup.PREGNANT, PatientGroup.AFTER_BIRTH])
def test_pregnant_and_after_birth_programmes_get_them(shipped, group):
    assert BACK_SIGN in handout(shipped, group=group)


def test_a_pelvic_floor_exercise_brings_them(shipped):
    assert BACK_SIGN in handout(shipped, exercises=("knaestraek-siddende", "knib-baekkenbund"))


def test_the_pelvic_belt_brings_them(shipped):
    assert BACK_SIGN in handout(shipped, aids=("baekkenbaelte",))


@pytest.mark.parametrize("advice", ["om-baekkensmerter", "ondt-i-ryggen", "langvarige-rygsmerter"])
def test_back_or_pelvis_advice_brings_them(shipped, advice):
    assert BACK_SIGN in handout(shipped, advice=(advice,))


@pytest.mark.parametrize("language,word", [("da", "feber"), ("en", "fever")])
def test_after_birth_names_fever_once(language, word):
    from exercise_builder.domain.stop_signs import stop_advice

    for group in PatientGroup:
        signs = [sign for route in stop_advice(group, language, True).routes for sign in route.signs]
        assert sum(word in sign.lower() for sign in signs) == 1, (group, signs)
