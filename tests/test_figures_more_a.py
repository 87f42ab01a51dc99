"""The scenes of the wider library, part A (libA), pass the same checks as the practice catalogue's:
plain SVG inside the viewBox, drawn by Qt and svglib, small enough, current on disk, above the floor."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

import test_figures_catalogue as pregnancy_checks  # noqa: E402
import test_figures_practice as practice_checks  # noqa: E402
from exercise_builder.figures import catalogue_more_a  # noqa: E402
from exercise_builder.figures.library_figures import PREGNANCY, SCENES, render  # noqa: E402

LIBRARY = Path(__file__).resolve().parents[1] / "resources" / "exercises"
MORE_A = sorted(catalogue_more_a.SCENES)


@pytest.fixture(scope="module")
def svgs() -> dict[str, str]:
    return {slug: render(slug) for slug in MORE_A}


def test_every_scene_is_a_shipped_exercise_and_drawn_through_the_library():
    shipped = {p.name for p in LIBRARY.iterdir() if (p / "exercise.toml").exists()}
    assert set(MORE_A) <= shipped
    assert set(MORE_A) <= set(SCENES)
    assert not set(MORE_A) & PREGNANCY, "no pregnant variant in this module"
    for slug in MORE_A:
        with pytest.raises(KeyError):
            render(slug, pregnant=True)


@pytest.mark.parametrize("slug", MORE_A)
def test_scene_is_plain_svg_inside_its_viewbox(svgs, slug):
    pregnancy_checks.test_scene_is_plain_svg_inside_its_viewbox(svgs, slug)


@pytest.mark.parametrize("slug", MORE_A)
def test_scene_renders_in_qt_and_svglib_and_stays_small(svgs, slug):
    practice_checks.test_practice_scene_renders_in_qt_and_svglib_and_stays_small(svgs, slug)


def test_shipped_figures_are_current(svgs):
    stale = [
        s
        for s in MORE_A
        if not (LIBRARY / s / "figure.svg").exists()
        or not pregnancy_checks._same_drawing((LIBRARY / s / "figure.svg").read_text(encoding="utf-8"), svgs[s])
    ]
    assert not stale, f"run python -m exercise_builder.figures.render_library resources/exercises: {stale}"


def test_scenes_are_deterministic(svgs):
    assert all(render(slug) == svgs[slug] for slug in MORE_A)


@pytest.mark.parametrize("slug", MORE_A)
def test_figure_stays_above_its_floor(slug):
    from exercise_builder.figures.svg import bounds
    from test_figures_floor import _floor_lines

    for i, panel in enumerate(catalogue_more_a.SCENES[slug]().panels):
        floors = _floor_lines(panel.shapes)
        if floors:
            lowest = bounds(panel.shapes)[1]
            assert lowest >= min(floors) - 2.0, f"{slug} panel {i}: reaches {min(floors) - lowest:.1f} below the floor"


def test_figures_have_no_pregnant_belly():
    assert catalogue_more_a.PREG is False


def test_neck_side_bend_tilts_only_the_head_towards_the_near_shoulder():
    from exercise_builder.figures.skeleton import Pose, build

    upright, bent = build(Pose(pregnant=False)), build(Pose(pregnant=False, neck_side=30.0))
    assert bent.joints["head"][2] > upright.joints["head"][2] + 5.0  # towards the near (+z) side
    assert bent.joints["head"][1] < upright.joints["head"][1]  # and a little lower
    for name in ("pelvis", "neck_base", "near_shoulder", "far_shoulder", "near_wrist"):
        assert bent.joints[name] == upright.joints[name], name
    assert build(Pose(pregnant=False, neck_side=0.0)).joints == upright.joints


def _step_heads(shapes: list) -> list[str]:
    """'right' or 'left' for every arrow head lying flat (the step arrows between panels)."""
    from exercise_builder.figures.arrows import HEAD

    out = []
    for s in shapes:
        if getattr(s, "style", None) == HEAD:
            tip, base = s.d[0][1], s.d[2][1]
            if abs(tip[1] - base[1]) < 0.5:
                out.append("right" if tip[0] > base[0] else "left")
    return out


def test_both_ways_puts_an_arrow_back_under_each_step_arrow():
    from exercise_builder.figures import props
    from exercise_builder.figures.scene import Panel, Scene

    panels = [Panel().add(props.floor(0, 40)), Panel().add(props.floor(0, 40)), Panel().add(props.floor(0, 40))]
    assert _step_heads(Scene(panels).layout()) == ["right", "right"]
    assert _step_heads(Scene(panels, both_ways=True).layout()) == ["right", "left", "right", "left"]


def test_getting_down_and_up_shows_both_ways_with_the_chair_against_its_wall_in_every_panel():
    """Steps 1-5: down holding the chair, all fours, sitting; up from all fours holding the chair,
    one knee, push up on the chair. It showed only the way down and no chair when sitting."""
    from exercise_builder.figures import props
    from exercise_builder.figures.arrows import HEAD
    from exercise_builder.figures.poses import SEAT
    from exercise_builder.figures.svg import bounds

    scene = catalogue_more_a.SCENES["ned-og-op-fra-gulvet"]()
    assert len(scene.panels) == 3 and scene.both_ways
    for i, panel in enumerate(scene.panels):
        seats = [s for s in panel.shapes if getattr(s, "style", None) == props.OUTLINE and bounds([s])[3] == SEAT]
        walls = [s for s in panel.shapes if getattr(s, "style", None) == props.WALL_STYLE]
        assert seats and walls, f"panel {i}: no chair against a wall"
        assert bounds(seats)[2] <= bounds(walls)[0] + 0.5, f"panel {i}: the chair is not in front of the wall"
    # kneeling: an upright double arrow, down from standing and up again
    heads = [s for s in scene.panels[0].shapes if getattr(s, "style", None) == HEAD]
    assert len(heads) == 2 and all(abs(h.d[0][1][0] - h.d[2][1][0]) < 0.5 for h in heads)
    assert _step_heads(scene.layout()) == ["right", "left", "right", "left"]


def test_foam_roll_extension_shows_start_and_end_on_the_roll():
    """Steps 1-3: lying with the roll across the upper back, then leaning back over it. One panel with a
    faint ghost start, floating above the roll, was hard to read; now two panels, the roll in each."""
    from exercise_builder.figures.staging import grounded, put

    scene = catalogue_more_a.SCENES["brystryg-rulle"]()
    assert len(scene.panels) == 2
    for i, panel in enumerate(scene.panels):
        rolls = [s for s in panel.shapes if getattr(getattr(s, "style", None), "fill", None) == "#d9d9d9"]
        assert rolls, f"panel {i}: no foam roll"
    over, start, _ = catalogue_more_a._roll_poses()
    assert start.spine > 0 > over.spine  # a little curled up, then bent back over the roll
    end = grounded(over, 0.0, 2.5)
    first = put(start, *end.joint("pelvis"))
    assert end.joint("head")[1] < first.joint("head")[1] - 5.0, "the head goes down and back"
