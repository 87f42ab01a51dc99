"""Nothing in a figure goes through the floor it stands, sits or lies on."""

import pytest

from exercise_builder.figures.catalogue import BUILDERS, PREGNANCY, SCENES
from exercise_builder.figures.svg import Path, bounds

FLOOR_WEIGHT = 1.0  # props.floor draws a plain horizontal line of this weight


def _floor_lines(shapes) -> list[float]:
    out = []
    for s in shapes:
        if (
            isinstance(s, Path)
            and len(s.d) == 2
            and s.d[0][0] == "M"
            and s.d[1][0] == "L"
            and s.style.fill == "none"
            and s.style.weight == FLOOR_WEIGHT
            and s.d[0][1][1] == s.d[1][1][1]
            and abs(s.d[1][1][0] - s.d[0][1][0]) > 40.0
        ):
            out.append(s.d[0][1][1])
    return out


@pytest.mark.parametrize("slug,pregnant", [(s, False) for s in sorted(SCENES)] + [(s, True) for s in sorted(PREGNANCY)])
def test_nothing_goes_through_the_floor(slug, pregnant):
    for i, panel in enumerate(BUILDERS[slug](pregnant).panels):
        floors = _floor_lines(panel.shapes)
        if not floors:
            continue  # a mat seen from above, or no floor at all
        lowest = bounds(panel.shapes)[1]
        # control points of rounded outlines may reach a little past the curve itself
        assert lowest >= min(floors) - 2.0, f"{slug} panel {i}: reaches {min(floors) - lowest:.1f} below the floor"
