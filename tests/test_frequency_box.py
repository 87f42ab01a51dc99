"""The overall frequency box and the exercises' own frequencies (physio review: "1 gang dagligt" in
the box next to "3 gange dagligt" at an exercise read as a contradiction)."""

from __future__ import annotations

import pytest

from exercise_builder.domain.dosage import Dosage, Range
from exercise_builder.domain.frequency import parse_frequency
from exercise_builder.domain.models import Program, ProgramItem, ProgramOptions
from exercise_builder.services.handout_jobs import render_program
from pdf_reading import all_text, flat

CAVEAT = {
    "da": "Lav øvelserne 1 gang dagligt, hvis der ikke står andet ved øvelsen.",
    "en": "Do the exercises once daily, unless the exercise says otherwise.",
}
# templates of strength work for a joint or tendon: done on some days of the week, not daily
STRENGTH_TEMPLATES = (
    "skabelon-knaeartrose",
    "skabelon-hofteartrose",
    "skabelon-skuldersmerter",
    "skabelon-akillessene",
    "skabelon-forreste-knaesmerter",
)


def handout(store, language: str, own_frequency: str) -> str:
    catalogue = store.catalogue
    items = (
        ProgramItem(
            catalogue.resolve("exercise", "knaestraek-siddende"), Dosage(reps=Range.of(10), frequency=own_frequency)
        ),
        ProgramItem(catalogue.resolve("exercise", "kat-ko"), Dosage(reps=Range.of(5))),
    )
    program = Program(frequency="1 gang dagligt", items=items, options=ProgramOptions(language=language))
    return flat(all_text(render_program(store, program)))


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_box_gives_way_to_an_exercise_s_own_frequency(shipped_store, language):
    assert CAVEAT[language] in handout(shipped_store, language, "3 gange dagligt")


@pytest.mark.parametrize("language", ["da", "en"])
def test_without_own_frequencies_the_box_is_plain(shipped_store, language):
    text = handout(shipped_store, language, "")
    plain = CAVEAT[language].split(",")[0] + "."
    assert plain in text and CAVEAT[language] not in text


@pytest.mark.parametrize("slug", STRENGTH_TEMPLATES)
def test_strength_templates_are_weekly_and_their_items_agree(shipped_store, slug):
    template = shipped_store.catalogue.get("template", slug)
    overall = parse_frequency(template.frequency)
    assert overall is not None and overall.per == "week", template.frequency
    for item in template.items:
        own = item.dosage.frequency
        assert not own or parse_frequency(own) == overall, (item.exercise, own)
