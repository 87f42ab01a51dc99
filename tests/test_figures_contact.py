"""Practice figures rest on what they lie, sit or stand on (fresh-eyes review, issues 12 §5 and
17 §3): a body that floats above the mat, a foot that cuts into a step or a forearm that touches
the table only at the wrist teaches the patient the wrong set-up."""

import pytest

from exercise_builder.figures import catalogue_practice
from exercise_builder.figures.props import GREY_FILL
from exercise_builder.figures.svg import Path, Union, points_of

MAT_TOP = 2.5  # props.mat's thickness: a lying body rests at this height


def _shapes(slug: str) -> list:
    (panel,) = catalogue_practice.SCENES[slug]().panels
    return panel.shapes


def _sampled(d) -> list[tuple[float, float]]:
    """Points along an outline: its nodes and, on lines and curves, points in between."""
    out: list[tuple[float, float]] = []
    here = start = (0.0, 0.0)
    for cmd in d:
        if cmd[0] == "M":
            here = start = cmd[1]
            out.append(here)
            continue
        if cmd[0] == "Z":
            ctrl = [here, start]
        elif cmd[0] == "L":
            ctrl = [here, cmd[1]]
        else:  # "C": a cubic Bezier
            ctrl = [here, *cmd[1:]]
        for k in range(1, 9):
            t = k / 8
            pts = list(ctrl)
            while len(pts) > 1:
                pts = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in zip(pts, pts[1:], strict=False)]
            out.append(pts[0])
        here = ctrl[-1]
    return out


def _body(slug: str) -> list[tuple[float, float]]:
    """Points along the outline of the solid figure (not the dashed start position)."""
    solid = [s for s in _shapes(slug) if isinstance(s, Union) and not s.style.dash]
    return [p for s in solid for d in s.outlines for p in _sampled(d)]


def _lowest(points, x0: float, x1: float) -> float:
    return min(y for x, y in points if x0 <= x <= x1)


def _boxes(slug: str, fill: str) -> list[tuple[float, float, float, float]]:
    """Bounds of the plain filled rectangles/slabs of one colour (step, table top)."""
    out = []
    for s in _shapes(slug):
        if isinstance(s, Path) and s.style.fill == fill:
            pts = points_of(s.d)
            out.append((min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)))
    return out


@pytest.mark.parametrize("slug", ["sfinks", "armstraek-maveliggende", "rygloeft-maveliggende"])
def test_prone_figures_lie_with_pelvis_thighs_and_feet_on_the_mat(slug):
    body = _body(slug)
    x0 = min(x for x, _ in body)
    x1 = max(x for x, _ in body)
    span = x1 - x0
    # feet, knees/thighs and pelvis: the back half of the body, from the feet
    for f in (0.05, 0.25, 0.45):
        lo = _lowest(body, x0 + (f - 0.05) * span, x0 + (f + 0.05) * span)
        assert lo <= MAT_TOP + 3.0, f"{slug}: {lo - MAT_TOP:.1f} above the mat at {f:.0%} of the body"


@pytest.mark.parametrize("slug", ["elastik-fra-hinanden", "haandklaede-bag-ryggen", "y-loeft-vaeg"])
def test_front_and_back_views_stand_on_the_floor_line(slug):
    low = min(y for _, y in _body(slug))
    assert -1.5 <= low <= 0.5, f"{slug}: the feet are {low:.1f} from the floor line"


def test_long_sitting_bottom_and_other_leg_rest_on_the_mat():
    body = _body("laarspaend-langsiddende")
    x0 = min(x for x, _ in body)
    # the bottom sits on the mat; the far leg lies on it all the way to the heel
    assert _lowest(body, x0, x0 + 40.0) <= MAT_TOP + 1.5
    assert _lowest(body, 60.0, 100.0) <= MAT_TOP + 1.5


@pytest.mark.parametrize("slug", ["haelloeft-trin", "laeg-straek-trin"])
def test_feet_rest_on_the_step_and_do_not_cut_into_it(slug):
    ((sx0, _, sx1, top),) = [b for b in _boxes(slug, GREY_FILL) if b[1] == 0.0]
    body = _body(slug)
    on_step = [(x, y) for x, y in body if sx0 + 1.0 <= x <= sx1 and y < top + 20.0]
    assert on_step, "a foot on the step"
    low = min(y for _, y in on_step)
    # control points of rounded outlines may dip a little below the curve itself
    assert top - 1.5 <= low <= top + 1.0, f"{slug}: the foot is {low - top:.1f} from the step top"


def test_calf_stretch_heel_hangs_below_the_step_edge():
    ((sx0, _, _, top),) = [b for b in _boxes("laeg-straek-trin", GREY_FILL) if b[1] == 0.0]
    body = _body("laeg-straek-trin")
    assert _lowest(body, sx0 - 20.0, sx0 - 1.0) < top - 2.0


@pytest.mark.parametrize("slug", ["haandled-boej-straek", "haandled-vaegt-ned", "underarm-drej"])
def test_forearm_lies_along_the_table_top(slug):
    tops = [b for b in _boxes(slug, GREY_FILL) if b[3] - b[1] <= 4.5]
    (x0, _, x1, top), *_ = tops
    body = _body(slug)
    # the forearm's underside lies on the table for a good part of the forearm's length (the
    # belly may touch the table's near edge: that does not count)
    resting = [x for x, y in body if x0 + 6.0 <= x <= x1 + 1.0 and top - 1.0 <= y <= top + 4.0]
    assert resting and max(resting) - min(resting) >= 15.0, f"{slug}: the forearm touches the table only at a point"


def test_rollator_frame_is_one_connected_object():
    frame = [s for s in _shapes("rollator") if isinstance(s, Path) and s.style.weight == 1.6 and len(s.d) == 2]
    rear, front = frame[0], frame[1]
    (ax, ay), (bx, by) = rear.d[0][1], rear.d[1][1]
    tx, ty = front.d[1][1]  # the front leg's upper end
    # it lies on the rear leg (distance from the line through the rear leg's ends)
    dist = abs((bx - ax) * (ay - ty) - (ax - tx) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
    assert dist < 1.0 and min(ay, by) <= ty <= max(ay, by)
