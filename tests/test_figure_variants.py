"""A general figure for everyone, a pregnant one only in pregnancy: drawn, listed, stored, chosen."""

import tomllib
from pathlib import Path

import pytest

from exercise_builder.domain import records
from exercise_builder.domain.kinds import ImageVariant, PatientGroup
from exercise_builder.domain.models import FieldError, ImageRef, Program, ProgramAid, ProgramItem, images_for
from exercise_builder.figures.catalogue import BUILDERS, PREGNANCY, SCENES, render
from test_figures_catalogue import _same_drawing

LIBRARY = Path(__file__).resolve().parents[1] / "resources" / "exercises"


def _toml(slug: str) -> dict:
    for name in ("exercise.toml", "aid.toml"):
        if (LIBRARY / slug / name).exists():
            return tomllib.loads((LIBRARY / slug / name).read_text(encoding="utf-8"))
    raise AssertionError(slug)


# --- drawing -----------------------------------------------------------------------------------


def test_general_figure_has_no_belly_and_the_pregnant_one_has():
    for slug in sorted(SCENES):
        assert render(slug) == BUILDERS[slug](False).to_svg(), slug
    for slug in sorted(PREGNANCY):
        assert render(slug, pregnant=True) == BUILDERS[slug](True).to_svg(), slug
        assert render(slug, pregnant=True) != render(slug), f"{slug}: the belly makes no difference"


def test_pregnant_variant_exactly_for_the_exercises_that_suit_pregnancy():
    tagged = {slug for slug in SCENES if "pregnancy" in _toml(slug).get("tags", [])}
    aids_with_a_person = {slug for slug in SCENES if (LIBRARY / slug / "aid.toml").exists()} - {"elastikbaand"}
    assert tagged | aids_with_a_person == PREGNANCY


def test_render_library_writes_both_variants_and_nothing_else(tmp_path):
    from exercise_builder.figures.render_library import main

    assert main([str(tmp_path), "kat-ko", "udfald"]) == 0
    assert sorted(p.name for p in (tmp_path / "kat-ko").iterdir()) == ["figure-pregnant.svg", "figure.svg"]
    assert (tmp_path / "kat-ko" / "figure-pregnant.svg").read_text(encoding="utf-8") == render("kat-ko", pregnant=True)
    assert sorted(p.name for p in (tmp_path / "udfald").iterdir()) == ["figure.svg"]


def test_shipped_items_list_the_general_figure_first_and_the_pregnant_one_as_a_variant():
    for slug in sorted(SCENES):
        images = _toml(slug)["images"]
        assert images[0]["file"] == "figure.svg" and "variant" not in images[0], slug
        pregnant = [i for i in images if i.get("variant") == "pregnant"]
        if slug in PREGNANCY:
            assert [i["file"] for i in pregnant] == ["figure-pregnant.svg"], slug
            shipped = (LIBRARY / slug / "figure-pregnant.svg").read_text(encoding="utf-8")
            assert _same_drawing(shipped, render(slug, pregnant=True)), f"{slug}: run render_library"
        else:
            assert not pregnant and not (LIBRARY / slug / "figure-pregnant.svg").exists(), slug


# --- records -----------------------------------------------------------------------------------


def _exercise(images: list[dict]) -> dict:
    return {
        "id": "61b07e4e-cc67-4957-a414-9364f0f159b5",
        "slug": "kat-ko",
        "title": {"da": "Kat", "en": "Cat"},
        "steps": {"da": ["Stå."], "en": ["Stand."]},
        "images": images,
    }


def test_variant_is_read_and_written_back():
    data = _exercise([{"file": "figure.svg"}, {"file": "figure-pregnant.svg", "variant": "pregnant"}])
    exercise = records.exercise_from_dict(data)
    assert [i.variant for i in exercise.images] == [ImageVariant.GENERAL, ImageVariant.PREGNANT]
    written = records.exercise_to_dict(exercise)["images"]
    assert "variant" not in written[0] and written[1]["variant"] == "pregnant"
    assert records.exercise_from_dict({**data, "images": written}).images == exercise.images


def test_unknown_variant_names_the_field():
    with pytest.raises(FieldError) as caught:
        records.exercise_from_dict(_exercise([{"file": "figure.svg", "variant": "male"}]))
    assert "images[0].variant" in str(caught.value)


# --- choosing ----------------------------------------------------------------------------------

GENERAL = ImageRef("figure.svg", sha256="a")
PREGNANT = ImageRef("figure-pregnant.svg", sha256="b", variant=ImageVariant.PREGNANT)
OWN = ImageRef("photo.jpg", sha256="c")


@pytest.mark.parametrize(
    ("group", "images", "chosen"),
    [
        (PatientGroup.PREGNANT, (GENERAL, PREGNANT), (PREGNANT,)),
        (PatientGroup.PREGNANT, (GENERAL, OWN), (GENERAL, OWN)),
        (PatientGroup.AFTER_BIRTH, (GENERAL, PREGNANT), (GENERAL,)),
        (PatientGroup.OTHER, (GENERAL, PREGNANT, OWN), (GENERAL, OWN)),
        (PatientGroup.OTHER, (PREGNANT,), ()),
    ],
)
def test_images_for_a_patient_group(group, images, chosen):
    assert images_for(images, group) == chosen


def _printed_pictures(shipped_store, monkeypatch, group: PatientGroup) -> list[bytes]:
    """The picture bytes the handout draws for kat-ko and the pregnancy pillow."""
    from exercise_builder.handout import blocks
    from exercise_builder.services.handout_jobs import render_program

    drawn: list[bytes] = []
    original = blocks.picture
    monkeypatch.setattr(blocks, "picture", lambda data, *rest: (drawn.append(data), original(data, *rest))[1])
    catalogue = shipped_store.catalogue
    exercise = catalogue.resolve("exercise", "kat-ko")
    aid = catalogue.resolve("aid", "graviditetspude")
    program = Program(patient_name="Test", patient_group=group, items=(ProgramItem(exercise),), aids=(ProgramAid(aid),))
    assert render_program(shipped_store, program).startswith(b"%PDF")
    return drawn


def test_handout_for_a_pregnant_patient_prints_the_pregnant_figures(shipped_store, monkeypatch):
    drawn = _printed_pictures(shipped_store, monkeypatch, PatientGroup.PREGNANT)
    assert (LIBRARY / "kat-ko" / "figure-pregnant.svg").read_bytes() in drawn
    assert (LIBRARY / "graviditetspude" / "figure-pregnant.svg").read_bytes() in drawn
    assert (LIBRARY / "kat-ko" / "figure.svg").read_bytes() not in drawn


@pytest.mark.parametrize("group", [PatientGroup.AFTER_BIRTH, PatientGroup.OTHER])
def test_handout_for_anyone_else_prints_the_general_figures(shipped_store, monkeypatch, group):
    drawn = _printed_pictures(shipped_store, monkeypatch, group)
    assert (LIBRARY / "kat-ko" / "figure.svg").read_bytes() in drawn
    assert (LIBRARY / "graviditetspude" / "figure.svg").read_bytes() in drawn
    assert not any(
        data == (LIBRARY / s / "figure-pregnant.svg").read_bytes()
        for s in ("kat-ko", "graviditetspude")
        for data in drawn
    )


def test_a_lying_figure_is_drawn_tall_enough_to_read(shipped_store, monkeypatch):
    """At the picture column's width a lying figure came out as a strip about 20 mm tall."""
    from reportlab.lib.units import mm

    from exercise_builder.handout import blocks
    from exercise_builder.services.handout_jobs import render_program

    lying = (LIBRARY / "knaesving-rygliggende" / "figure.svg").read_bytes()
    sizes: list[tuple[float, float]] = []
    original = blocks.picture

    def spy(data, *rest):
        flowable = original(data, *rest)
        if data == lying:
            sizes.append(flowable.wrap(500 * mm, 500 * mm))
        return flowable

    monkeypatch.setattr(blocks, "picture", spy)
    exercise = shipped_store.catalogue.resolve("exercise", "knaesving-rygliggende")
    render_program(shipped_store, Program(patient_name="Test", items=(ProgramItem(exercise),)))
    width, height = sizes[-1]
    assert height >= 29 * mm and width <= 80 * mm, (width / mm, height / mm)


def test_a_bundle_keeps_which_figure_is_for_pregnancy(shipped_store, tmp_path):
    """Exported from one clinic and imported into another, the variant and its picture travel."""
    from exercise_builder.services.sharing_export import export_bundle
    from exercise_builder.services.sharing_import import import_bundle
    from exercise_builder.store import Store

    bundle = tmp_path / "kat-ko.eblib"
    export_bundle(shipped_store, bundle, ["kat-ko"])
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = Store.open(other_dir)
    try:
        import_bundle(other, bundle)
        images = other.catalogue.get("exercise", "kat-ko").images
        assert [(i.file, i.variant) for i in images] == [
            ("figure.svg", ImageVariant.GENERAL),
            ("figure-pregnant.svg", ImageVariant.PREGNANT),
        ]
        pregnant = other.media.path(images[1].sha256).read_bytes()
        assert pregnant == (LIBRARY / "kat-ko" / "figure-pregnant.svg").read_bytes()
    finally:
        other.close()


def test_the_window_thumbnail_is_the_general_figure(shipped_store):
    import hashlib

    page = shipped_store.search_page("")
    ident = shipped_store.catalogue.resolve("exercise", "kat-ko")
    general = hashlib.sha256((LIBRARY / "kat-ko" / "figure.svg").read_bytes()).hexdigest()
    assert page.pictures[ident] == (general, ".svg")
