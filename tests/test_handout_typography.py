"""Issue 12 §3, the typographer's findings on the printed handout: one x for the steps beside
standing and lying figures, large print never draws a picture smaller than normal print, compact
pictures big enough to read, and body text at a readable line length."""

from __future__ import annotations

import pytest

from exercise_builder.domain.kinds import PatientGroup
from exercise_builder.domain.models import ProgramItem, ProgramOptions
from exercise_builder.services.handout_jobs import render_program
from pdf_reading import MM, flat, page_texts, picture_boxes, text_lines, text_x
from test_handout_case import case

# standing and kneeling figures (5:4) with lying ones (about 2.3:1) between them
MIXED = ("kat-ko", "ankelpumpe", "baekkencirkler-paa-bold", "sidebro-knae", "vaegtskift-staaende", "mavevejrtraekning")
MESSAGE = "Husk: det må gerne mærkes, men det skal ikke gøre mere ondt bagefter. Ring, hvis du er i tvivl om noget."


@pytest.fixture(scope="module")
def case_store(tmp_path_factory):
    from exercise_builder.domain.models import ClinicProfile
    from exercise_builder.services.opening import open_store

    store = open_store(tmp_path_factory.mktemp("typography"))
    store.settings.set_clinic(ClinicProfile(name="Fysioterapi Havnegade", phone="86 12 34 56"))
    yield store
    store.close()


def mixed(store, options: ProgramOptions):
    catalogue = store.catalogue
    items = tuple(
        ProgramItem(catalogue.resolve("exercise", slug), catalogue.get("exercise", slug).dosage) for slug in MIXED
    )
    return case(store, options, PatientGroup.OTHER).with_(items=items)


def render(store, build=case, **options) -> bytes:
    return render_program(store, build(store, ProgramOptions(diary=True, **options)))


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_steps_start_at_one_x_beside_standing_and_lying_figures(case_store, language):
    pdf = render(case_store, mixed, language=language)
    catalogue = case_store.catalogue
    starts = {}
    for slug in MIXED:
        found = text_x(pdf, catalogue.get("exercise", slug).steps_in(language)[0][:30])
        assert found, slug
        starts[slug] = found[0]  # an exercise's steps come before any advice that may repeat a phrase
    assert max(starts.values()) - min(starts.values()) <= 1, {slug: round(x / MM, 1) for slug, x in starts.items()}


@pytest.mark.parametrize("language", ["da", "en"])
def test_compact_pictures_are_at_least_25_mm(case_store, language):
    for build in (case, mixed):
        boxes = picture_boxes(render(case_store, build, layout="compact", language=language))
        assert len(boxes) >= 6, boxes  # every exercise and both aids
        small = [box for box in boxes if max(box[3], box[4]) < 25]
        assert not small, small


@pytest.mark.parametrize("layout", ["detailed", "compact"])
def test_large_print_draws_every_picture_at_least_as_large_as_normal_print(case_store, layout):
    for build in (case, mixed):
        normal = picture_boxes(render(case_store, build, layout=layout))
        large = picture_boxes(render(case_store, build, layout=layout, large_print=True))
        assert len(normal) == len(large), (normal, large)
        for small, big in zip(normal, large, strict=True):
            assert big[3] >= small[3] - 0.1 and big[4] >= small[4] - 0.1, (small, big)


@pytest.mark.parametrize("layout", ["detailed", "compact"])
@pytest.mark.parametrize("language", ["da", "en"])
def test_normal_print_body_text_runs_at_most_85_characters_a_line(case_store, layout, language):
    """The advice, the aids, the therapist's message, the stop box and the diary's how-to ran
    101-116 characters a line at full width."""
    pdf = render_program(
        case_store,
        case(case_store, ProgramOptions(layout=layout, language=language, diary=True)).with_(message=MESSAGE),
    )
    lines = [line for line in text_lines(pdf) if line[3] < 12]  # body sizes; the page title is one short line
    longest = max(lines, key=lambda line: len(line[4]))
    assert len(longest[4]) <= 85, (len(longest[4]), longest)
    assert flat(MESSAGE) in flat(" ".join(page_texts(pdf)))  # the message box still prints it whole


def test_a_compact_page_holds_at_least_six_exercises(case_store):
    catalogue = case_store.catalogue
    slugs = (*MIXED, "op-fra-liggende", "knaesving-rygliggende", "muslingen", "kort-bro", "taahaev", "trin-op")
    items = tuple(ProgramItem(catalogue.resolve("exercise", s), catalogue.get("exercise", s).dosage) for s in slugs)
    program = case(case_store, ProgramOptions(layout="compact")).with_(items=items)
    pages = [flat(page) for page in page_texts(render_program(case_store, program))]
    titles = [flat(catalogue.get("exercise", slug).title_in("da")) for slug in slugs]
    per_page = [sum(title in page for title in titles) for page in pages]
    assert max(per_page) >= 6, per_page
