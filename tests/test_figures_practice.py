"""The practice catalogue's scenes pass the same checks as the pregnancy catalogue's, and
together the two draw a figure for every exercise and aid the library ships."""

import io
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

import test_figures_catalogue as pregnancy_checks  # noqa: E402
from exercise_builder.figures import catalogue, catalogue_practice  # noqa: E402
from exercise_builder.figures.library_figures import SCENES, render  # noqa: E402

LIBRARY = Path(__file__).resolve().parents[1] / "resources" / "exercises"
PRACTICE = sorted(catalogue_practice.SCENES)


@pytest.fixture(scope="module")
def svgs() -> dict[str, str]:
    return {slug: render(slug) for slug in PRACTICE}


def test_every_shipped_exercise_and_aid_has_a_scene():
    shipped = {p.name for p in LIBRARY.iterdir() if (p / "exercise.toml").exists() or (p / "aid.toml").exists()}
    assert shipped == set(SCENES)
    assert not set(catalogue.SCENES) & set(catalogue_practice.SCENES), "one slug, one scene"


@pytest.mark.parametrize("slug", PRACTICE)
def test_practice_scene_is_plain_svg_inside_its_viewbox(svgs, slug):
    pregnancy_checks.test_scene_is_plain_svg_inside_its_viewbox(svgs, slug)


@pytest.mark.parametrize("slug", PRACTICE)
def test_practice_scene_renders_in_qt_and_svglib_and_stays_small(svgs, slug):
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer
    from svglib.svglib import svg2rlg

    assert QSvgRenderer(QByteArray(svgs[slug].encode("utf-8"))).isValid()
    drawing = svg2rlg(io.BytesIO(svgs[slug].encode("utf-8")))
    assert drawing is not None and drawing.contents
    assert len(svgs[slug].encode("utf-8")) < 45_000


def test_shipped_practice_figures_are_current(svgs):
    stale = [
        s
        for s in PRACTICE
        if not (LIBRARY / s / "figure.svg").exists()
        or not pregnancy_checks._same_drawing((LIBRARY / s / "figure.svg").read_text(encoding="utf-8"), svgs[s])
    ]
    assert not stale, f"run python -m exercise_builder.figures.render_library resources/exercises: {stale}"


def test_practice_figures_have_no_pregnant_belly():
    assert catalogue_practice.PREG is False


@pytest.mark.parametrize("slug", PRACTICE)
def test_practice_figure_stays_above_its_floor(slug):
    from exercise_builder.figures.svg import bounds
    from test_figures_floor import _floor_lines

    for i, panel in enumerate(catalogue_practice.SCENES[slug]().panels):
        floors = _floor_lines(panel.shapes)
        if floors:
            lowest = bounds(panel.shapes)[1]
            assert lowest >= min(floors) - 2.0, f"{slug} panel {i}: reaches {min(floors) - lowest:.1f} below the floor"
