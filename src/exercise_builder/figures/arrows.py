"""Motion arrows: a smooth shaft through given points with a solid head (or two)."""

from __future__ import annotations

from .geometry import Point, add, catmull_rom_open, perp, polar, sub, unit
from .svg import BLACK, Path, PathData, Style

SHAFT = Style(stroke=BLACK, fill="none", weight=1.25)
HEAD = Style(stroke=BLACK, fill=BLACK, weight=0.5)
HEAD_LENGTH = 8.0
HEAD_HALF_WIDTH = 4.5


def _head(tip: Point, direction: Point) -> Path:
    d = unit(direction)
    base = add(tip, d, -HEAD_LENGTH)
    n = perp(d)
    return Path(
        [
            ("M", tip),
            ("L", add(base, n, HEAD_HALF_WIDTH)),
            ("L", add(base, d, 1.8)),
            ("L", add(base, n, -HEAD_HALF_WIDTH)),
            ("Z",),
        ],
        HEAD,
    )


def arrow(points: list[Point], both_ends: bool = False) -> list[Path]:
    """An arrow along a smooth curve through `points`, head at the last point."""
    pts = list(points)
    end_dir = sub(pts[-1], pts[-2])
    start_dir = sub(pts[0], pts[1])
    pts[-1] = add(pts[-1], unit(end_dir), -HEAD_LENGTH * 0.7)
    if both_ends:
        pts[0] = add(pts[0], unit(start_dir), -HEAD_LENGTH * 0.7)
    d: PathData = [("M", pts[0])]
    if len(pts) == 2:
        d.append(("L", pts[1]))
    else:
        d += [("C",) + seg for seg in catmull_rom_open(pts)]
    shapes = [Path(d, SHAFT), _head(points[-1], end_dir)]
    if both_ends:
        shapes.append(_head(points[0], start_dir))
    return shapes


def arc_arrow(
    center: Point, radius: float, a0: float, a1: float, both_ends: bool = False, squash: float = 1.0
) -> list[Path]:
    """An arrow along a circular (or, with squash < 1, elliptical) arc from angle a0 to a1."""
    n = max(3, int(abs(a1 - a0) / 15) + 1)
    pts = []
    for i in range(n + 1):
        p = polar(a0 + (a1 - a0) * i / n, radius)
        pts.append((center[0] + p[0], center[1] + p[1] * squash))
    return arrow(pts, both_ends)


def next_step(center: Point, size: float = 14.0, back: bool = False) -> list[Path]:
    """The small arrow between a start and an end panel (pointing back to the start when `back`)."""
    a = (center[0] - size / 2, center[1])
    b = (center[0] + size / 2 + HEAD_LENGTH * 0.3, center[1])
    return arrow([b, a] if back else [a, b])
