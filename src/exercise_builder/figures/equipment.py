"""Equipment for the wider library (issue 17), side view, floor at y = 0, in the props' style:
a closed door with a band anchored in it, a table, a stick, a small dumbbell, a foam roll and a
towel. Step, wall, chair and kettlebell live in props.py."""

from __future__ import annotations

import math

from .body import capsule, circle_path
from .geometry import Point, add, catmull_rom_closed, perp, sub, unit
from .props import GREY_FILL, OUTLINE, THIN_LINE, band, line, rect
from .svg import Path, Style

DOOR_HEIGHT = 200.0
DOOR_THICKNESS = 4.0
HANDLE_HEIGHT = 105.0


def closed_door(x: float, anchor_y: float = HANDLE_HEIGHT) -> tuple[list, Point]:
    """A closed door seen edge-on in its frame at x (the room on the +x side) and the point where
    a band is anchored, shut in the door at `anchor_y` (never tied to the handle of a door that
    can open towards the user). Returns (shapes, anchor)."""
    frame = Style(fill="#cfcfcf", weight=0.9)
    leaf = Style(fill="#f2f2f2", weight=1.0)
    shapes = [
        Path(rect(x - DOOR_THICKNESS - 6.0, 0.0, x - DOOR_THICKNESS, DOOR_HEIGHT + 6.0), frame),
        Path(rect(x - DOOR_THICKNESS, 0.0, x, DOOR_HEIGHT), leaf),
        Path(rect(x - DOOR_THICKNESS - 6.0, DOOR_HEIGHT, x + 4.0, DOOR_HEIGHT + 6.0), frame),
    ]
    anchor = (x + 1.5, anchor_y)
    # the anchor: a knot shut in the door gap, a short loop out on the room side
    shapes.append(Path(circle_path((x - DOOR_THICKNESS / 2, anchor_y), 2.6), Style(fill="#3c3c3c", weight=0.8)))
    return shapes, anchor


def anchored_band(anchor: Point, hand: Point) -> list:
    """A resistance band from an anchor point to a hand, pulled straight."""
    return band([anchor, ((anchor[0] + hand[0]) / 2, (anchor[1] + hand[1]) / 2), hand])


def table(x0: float, x1: float, height: float = 74.0) -> list:
    """A table seen from the side: top and two legs."""
    top = Path(rect(x0, height - 4.0, x1, height, 1.0), Style(fill=GREY_FILL))
    legs = [Path(rect(x, 0.0, x + 4.0, height - 4.0), OUTLINE) for x in (x0 + 3.0, x1 - 7.0)]
    return legs + [top]


def stick(a: Point, b: Point, radius: float = 1.4) -> list:
    """A broom handle or exercise stick from a to b."""
    return [Path(capsule(a, radius, b, radius), Style(fill="#b8b8b8", weight=0.9))]


def dumbbell(centre: Point, angle: float = 0.0, length_: float = 16.0) -> list:
    """A small hand weight: a grip with a round weight at each end, along `angle` (degrees)."""
    u = (math.cos(math.radians(angle)), math.sin(math.radians(angle)))
    a, b = add(centre, u, -length_ / 2), add(centre, u, length_ / 2)
    weight = Style(fill="#8c8c8c", weight=0.9)
    return [
        Path(capsule(a, 1.3, b, 1.3), Style(fill="#bdbdbd", weight=0.8)),
        Path(circle_path(a, 3.6), weight),
        Path(circle_path(b, 3.6), weight),
    ]


def foam_roll(centre_x: float, radius: float = 7.5, floor_y: float = 0.0) -> list:
    """A foam roll lying across the view, seen end-on: a circle on the floor with its hole."""
    c = (centre_x, floor_y + radius)
    return [
        Path(circle_path(c, radius), Style(fill="#d9d9d9", weight=0.9)),
        Path(circle_path(c, radius * 0.3), Style(fill="#ffffff", weight=0.6)),
    ]


def towel(points: list[Point], thickness: float = 2.2) -> list:
    """A folded towel lying along the points (under a head, a knee or a foot)."""
    pts = list(points)
    top, bottom = [], []
    for i, p in enumerate(pts):
        tangent = unit(sub(pts[min(i + 1, len(pts) - 1)], pts[max(i - 1, 0)]))
        n = perp(tangent)
        top.append(add(p, n, thickness))
        bottom.append(add(p, n, -thickness))
    ring = top + bottom[::-1]
    d = [("M", ring[0])] + [("C",) + s for s in catmull_rom_closed(ring)] + [("Z",)]
    fold = line(add(pts[0], perp(unit(sub(pts[-1], pts[0]))), 0.0), pts[-1], THIN_LINE)
    return [Path(d, Style(fill="#efefef", weight=0.9)), fold]
