"""A male build beside the female one: broader shoulders, narrower hips, short hair, never pregnant."""

import pytest

from exercise_builder.figures.body import pose_figure
from exercise_builder.figures.scene import Panel, Scene
from exercise_builder.figures.skeleton import Camera, Pose, build
from exercise_builder.figures.svg import bounds

FRONT = dict(yaw=-90.0)


def _width_at(fig, y_lo: float, y_hi: float) -> float:
    """Width of the trunk's outline between two heights (front view)."""
    xs = []
    for shape in fig.layers["core"][:1]:
        for outline in shape.outlines:
            for command in outline:
                for point in command[1:]:
                    if y_lo <= point[1] <= y_hi:
                        xs.append(point[0])
    return max(xs) - min(xs)


def test_male_shoulders_are_broader_and_hips_narrower():
    female = build(Pose(pregnant=False, **FRONT))
    male = build(Pose(pregnant=False, male=True, **FRONT))
    width = lambda sk, j: abs(sk.joints[f"near_{j}"][0] - sk.joints[f"far_{j}"][0])  # noqa: E731
    assert width(male, "shoulder") > width(female, "shoulder") + 2.0
    f, m = pose_figure(Pose(pregnant=False, **FRONT)), pose_figure(Pose(pregnant=False, male=True, **FRONT))
    assert _width_at(m, -4.0, 4.0) < _width_at(f, -4.0, 4.0)  # at the hips


def test_male_figure_has_short_hair_without_a_bun():
    side = lambda **kw: pose_figure(Pose(pregnant=False, **kw), Camera())  # noqa: E731
    female_hair = [s for s in side().layers["core"][1:] if getattr(s, "style", None) and s.style.fill == "#c4c4c4"]
    male_hair = [
        s for s in side(male=True).layers["core"][1:] if getattr(s, "style", None) and s.style.fill == "#c4c4c4"
    ]
    assert len(female_hair) == 2 and len(male_hair) == 1  # cap and bun / cap only


def test_a_male_figure_is_never_pregnant():
    with pytest.raises(ValueError):
        build(Pose(pregnant=True, male=True))


def test_female_figure_is_unchanged_by_the_male_build():
    """The pinned hash in test_figures_pose covers this too; here the two builds must differ."""
    female = Scene([Panel().add(pose_figure(Pose(pregnant=False)))]).to_svg()
    male = Scene([Panel().add(pose_figure(Pose(pregnant=False, male=True)))]).to_svg()
    assert female != male
    x0, y0, x1, y1 = bounds(pose_figure(Pose(pregnant=False, male=True)).shapes())
    assert y1 - y0 > 150  # the same adult proportions (7.5 heads)
