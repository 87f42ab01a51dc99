"""Furniture and equipment, drawn in the same outline style (paper units, floor at y = 0)."""

from __future__ import annotations

import math

from .body import capsule, circle_path
from .geometry import Point, add, catmull_rom_closed, catmull_rom_open, perp, polar, sub, unit
from .svg import BLACK, Circle, Path, PathData, Style, Union

OUTLINE = Style()
THIN = Style(weight=0.8)
GREY_FILL = "#e2e2e2"
MAT_STYLE = Style(fill="#d9d9d9", weight=0.8)
WALL_STYLE = Style(stroke="none", fill="#dcdcdc")
LINE = Style(fill="none")
THIN_LINE = Style(fill="none", weight=0.7)


def rect(x0: float, y0: float, x1: float, y1: float, r: float = 0.0) -> PathData:
    """A rectangle, corners rounded with radius r."""
    if r <= 0:
        return [("M", (x0, y0)), ("L", (x1, y0)), ("L", (x1, y1)), ("L", (x0, y1)), ("Z",)]
    k = 0.5523 * r
    return [
        ("M", (x0 + r, y0)),
        ("L", (x1 - r, y0)),
        ("C", (x1 - r + k, y0), (x1, y0 + r - k), (x1, y0 + r)),
        ("L", (x1, y1 - r)),
        ("C", (x1, y1 - r + k), (x1 - r + k, y1), (x1 - r, y1)),
        ("L", (x0 + r, y1)),
        ("C", (x0 + r - k, y1), (x0, y1 - r + k), (x0, y1 - r)),
        ("L", (x0, y0 + r)),
        ("C", (x0, y0 + r - k), (x0 + r - k, y0), (x0 + r, y0)),
        ("Z",),
    ]


def line(a: Point, b: Point, style: Style = LINE) -> Path:
    return Path([("M", a), ("L", b)], style)


def curve(points: list[Point], style: Style = LINE) -> Path:
    return Path([("M", points[0])] + [("C",) + s for s in catmull_rom_open(points)], style)


def floor(x0: float, x1: float, y: float = 0.0) -> list:
    return [line((x0, y), (x1, y), Style(fill="none", weight=1.0))]


def mat(x0: float, x1: float, thickness: float = 2.5) -> list:
    return [Path(rect(x0, 0.0, x1, thickness, 1.2), MAT_STYLE)] + floor(x0 - 12, x1 + 12)


def chair(front_x: float, facing: float = 1.0, seat: float = 46.0, back: bool = True) -> list:
    """Side view. `front_x` is the front edge of the seat; the sitter faces `facing` (+1 right)."""
    f = facing
    depth = 42.0
    bx = front_x - f * depth
    xs = sorted((front_x, bx))
    shapes = [
        Path(rect(front_x - f * 4.5, 0.0, front_x - f * 1.0, seat - 2.0), OUTLINE),
        Path(rect(bx + f * 1.0, 0.0, bx + f * 4.5, seat - 2.0), OUTLINE),
        Path(rect(xs[0] + 3, seat - 10.0, xs[1] - 3, seat - 7.5), THIN),
        Path(rect(xs[0], seat - 4.0, xs[1], seat, 1.5), OUTLINE),
    ]
    if back:
        shapes.append(Path(rect(bx + f * 0.5, seat - 1.0, bx + f * 4.5, seat + 44.0, 1.5), OUTLINE))
        shapes.append(Path(rect(bx + f * 1.5, seat + 24.0, bx + f * 7.5, seat + 42.0, 2.0), OUTLINE))
    return shapes + floor(xs[0] - 25, xs[1] + 30)


def chair_front(cx: float, seat: float = 46.0, floor_y: float = 0.0) -> tuple[list, list]:
    """Front view: (back parts, front parts) to draw behind and in front of the sitter."""
    half = 22.0
    back = [
        Path(rect(cx - half + 2, seat, cx + half - 2, seat + 44, 2.0), OUTLINE),
        Path(rect(cx - half + 1, 0.0, cx - half + 4.5, seat - 4), OUTLINE),
        Path(rect(cx + half - 4.5, 0.0, cx + half - 1, seat - 4), OUTLINE),
        Path(rect(cx - half, seat - 4.0, cx + half, seat, 1.5), OUTLINE),
    ]
    return back, floor(cx - half - 30, cx + half + 30, floor_y)


def ball(cx: float, r: float = 32.5, y: float = 0.0) -> list:
    c = (cx, y + r)
    style = Style(fill="#f2f2f2")
    seams = [
        curve([add(c, polar(120, r)), add(c, (-r * 0.15, 0.0)), add(c, polar(240, r))], THIN_LINE),
        curve([add(c, polar(60, r)), add(c, (r * 0.15, 0.0)), add(c, polar(-60, r))], THIN_LINE),
    ]
    return [Path(circle_path(c, r), style)] + seams


def wall(x: float, facing: float = 1.0, height: float = 195.0) -> list:
    """A wall whose surface is at x; the room is on the `facing` side."""
    x_back = x - facing * 9.0
    xs = sorted((x, x_back))
    return [
        Path(rect(xs[0], 0.0, xs[1], height), WALL_STYLE),
        line((x, 0.0), (x, height), Style(fill="none", weight=1.1)),
    ]


def step(x0: float, x1: float, height: float = 18.0) -> list:
    return [Path(rect(x0, 0.0, x1, height, 1.0), Style(fill=GREY_FILL))]


def stairs(x0: float, steps: int = 3, rise: float = 17.0, run: float = 28.0, facing: float = 1.0) -> list:
    """Steps going up in the `facing` direction, starting at x0."""
    shapes = []
    for i in range(steps):
        a = x0 + facing * run * i
        b = x0 + facing * run * (steps + 0.6)
        xs = sorted((a, b))
        shapes.append(Path(rect(xs[0], rise * i, xs[1], rise * (i + 1), 0.6), Style(fill=GREY_FILL, weight=0.9)))
    return shapes


def rail(a: Point, b: Point) -> list:
    """A hand rail from a to b."""
    return [line(a, b, Style(fill="none", weight=1.6))]


def pillow(center: Point, width: float, height: float, angle: float = 0.0) -> Path:
    """A soft rounded pillow."""
    pts = []
    for k in range(16):
        a = math.radians(k * 360 / 16)
        # superellipse: flatter sides than an ellipse
        cx, sy = math.cos(a), math.sin(a)
        x = math.copysign(abs(cx) ** 0.6, cx) * width / 2
        y = math.copysign(abs(sy) ** 0.7, sy) * height / 2
        ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        pts.append((center[0] + x * ca - y * sa, center[1] + x * sa + y * ca))
    return Path(
        [("M", pts[0])] + [("C",) + s for s in catmull_rom_closed(pts)] + [("Z",)], Style(fill="#f0f0f0", weight=0.9)
    )


def band(points: list[Point], closed: bool = False) -> list:
    """An elastic band along the points (a loop when closed)."""
    pts = list(points) + ([points[0]] if closed else [])
    return [
        curve(pts, Style(stroke="#3c3c3c", fill="none", weight=2.4)),
        curve(pts, Style(stroke="#bdbdbd", fill="none", weight=0.9)),
    ]


def kettlebell(handle: Point) -> list:
    """A small kettlebell hanging from a hand at `handle`."""
    body_c = (handle[0], handle[1] - 14.0)
    return [
        Path(capsule((handle[0] - 5, handle[1] - 3), 2.0, (handle[0] + 5, handle[1] - 3), 2.0), Style(fill="none")),
        Path(circle_path(body_c, 9.0), Style(fill="#9a9a9a")),
    ]


def box(x0: float, y0: float, w: float, h: float) -> list:
    return [
        Path(rect(x0, y0, x0 + w, y0 + h, 1.5), Style(fill="#e8e8e8")),
        line((x0 + 2, y0 + h * 0.62), (x0 + w - 2, y0 + h * 0.62), THIN_LINE),
    ]


def crutch(cuff: Point, grip: Point, floor_y: float = 0.0, far: bool = False) -> list:
    """A forearm crutch: shaft from the cuff through the hand grip down to the floor."""
    v = unit(sub(grip, cuff))
    if v[1] >= -0.2:
        v = (v[0], -1.0)
        v = unit(v)
    k = (grip[1] - floor_y - 1.9) / -v[1]
    tip = add(grip, v, k)
    top = add(cuff, v, -4.0)
    n = perp(v)
    fwd = n if n[0] > 0 else (-n[0], -n[1])
    line_style = Style(stroke="#9a9a9a" if far else BLACK, fill="#d8d8d8" if far else "#8a8a8a", weight=0.8)
    return [
        Union((capsule(top, 1.4, tip, 1.4),), line_style),
        Union((capsule(add(grip, fwd, -1.5), 1.6, add(grip, fwd, 9.0), 1.6),), line_style.replace(fill="#ffffff")),
        Path(capsule(add(cuff, fwd, -3.5), 2.4, add(cuff, fwd, 3.5), 2.4), line_style.replace(fill="none")),
        Circle(tip, 2.0, line_style.replace(fill=line_style.stroke)),
    ]


def car_side(cx: float, floor_y: float = 0.0) -> tuple[list, list]:
    """The side of a car with its front door open, centred at cx: (behind the sitter, in front).
    The seat cushion top is at y = 50; the door sill at y = 36; the ground line at `floor_y`
    (lower when the feet stand in front of the car, seen from above)."""
    body = [
        ("M", (cx - 80, 30.0)),
        ("L", (cx - 80, 138.0)),
        ("C", (cx - 40, 142.0), (cx - 10, 142.0), (cx + 30, 140.0)),
        ("C", (cx + 60, 138.0), (cx + 76, 118.0), (cx + 92, 100.0)),
        ("L", (cx + 112, 94.0)),
        ("C", (cx + 120, 92.0), (cx + 122, 86.0), (cx + 122, 76.0)),
        ("L", (cx + 122, 30.0)),
        ("Z",),
    ]
    opening = rect(cx - 40, 36.0, cx + 42, 128.0, 10.0)
    behind = [
        Path(body, Style(fill="#f2f2f2", weight=1.0)),
        Path(opening, Style(fill="#ffffff", weight=1.0)),
        # seat: cushion and backrest seen from the side, facing +x
        Path(rect(cx - 30, 42.0, cx + 22, 50.0, 3.0), Style(fill="#d9d9d9", weight=0.9)),
        Path(
            [("M", (cx - 34, 44.0)), ("L", (cx - 26, 44.0)), ("L", (cx - 16, 104.0)), ("L", (cx - 24, 106.0)), ("Z",)],
            Style(fill="#d9d9d9", weight=0.9),
        ),
    ]
    front = [
        Path(rect(cx - 80, 14.0, cx + 122, 36.0, 4.0), Style(fill="#f2f2f2", weight=1.0)),
        Path(circle_path((cx + 88, 18.0), 17.0), Style(fill="#9a9a9a", weight=1.0)),
    ] + floor(cx - 90, cx + 130, floor_y)
    return behind, front


def bed_above(
    x0: float, x1: float, top: float = 55.0, depth: float = 40.0, sheen: bool = False, floor_y: float = 0.0
) -> list:
    """A bed seen a little from above: the mattress's front face ends at `top`, its upper face
    runs `depth` up the page behind it. The headboard is at x0; the floor line at `floor_y`
    (lower when feet stand in front of the bed)."""
    fill = "#f4f4f4" if sheen else "#ffffff"
    shapes = [
        Path(rect(x0 - 6, 0.0, x0, top + depth + 28, 2.0), OUTLINE),
        Path(rect(x0 + 4, 0.0, x0 + 9, top - 16), OUTLINE),
        Path(rect(x1 - 9, 0.0, x1 - 4, top - 16), OUTLINE),
        Path(rect(x0, top - 22, x1, top - 16), OUTLINE),
        Path(rect(x0, top, x1, top + depth, 3.0), Style(fill=fill, weight=0.9)),
        Path(rect(x0, top - 16, x1, top, 3.0), Style(fill=fill)),
    ]
    if sheen:
        shapes[-2] = Path(rect(x0, top, x1, top + depth, 3.0), Style(fill="#dedede", weight=0.9))
        shapes[-1] = Path(rect(x0, top - 16, x1, top, 3.0), Style(fill="#dedede"))
        for i, fx in enumerate((0.08, 0.3, 0.52, 0.74)):
            x = x0 + (x1 - x0) * fx
            y = top + depth * (0.2 + 0.25 * (i % 3))
            pts = [(x, y), (x + 14.0, y + 6.0), (x + 32.0, y + 7.0)]
            shapes.append(curve(pts, Style(stroke="#ffffff", fill="none", weight=2.2)))
            shapes.append(
                curve([(x + 3, top - 4.0), (x + 12.0, top - 10.0)], Style(stroke="#ffffff", fill="none", weight=1.8))
            )
    return shapes + floor(min(x0, x1) - 20, max(x0, x1) + 20, floor_y)


def belt(front_left: Point, front_right: Point, height: float = 7.0) -> list:
    """A pelvic belt across the front of the pelvis (front view)."""
    a, b = front_left, front_right
    up = (0.0, height / 2)
    mid_lo = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 3.0)
    pts_top = [add(a, up), add(mid_lo, up), add(b, up)]
    pts_bot = [add(b, up, -1), add(mid_lo, up, -1), add(a, up, -1)]
    d = (
        [("M", pts_top[0])]
        + [("C",) + s for s in catmull_rom_open(pts_top)]
        + [("L", pts_bot[0])]
        + [("C",) + s for s in catmull_rom_open(pts_bot)]
        + [("Z",)]
    )
    return [
        Path(d, Style(fill="#5a5a5a", weight=0.9)),
        Path(
            rect(mid_lo[0] - 5, mid_lo[1] - height / 2 + 1, mid_lo[0] + 5, mid_lo[1] + height / 2 - 1, 1.0),
            Style(fill="#bdbdbd", weight=0.7),
        ),
    ]


def long_pillow(points: list[Point], radius: float = 7.5) -> Union:
    outs = [capsule(points[i], radius, points[i + 1], radius) for i in range(len(points) - 1)]
    return Union(tuple(outs), Style(fill="#f0f0f0", weight=0.9))


def backrest(pelvis: Point, neck: Point, floor_y: float = 0.0, depth: float = 8.0) -> list:
    """A foam wedge / stacked pillows under a half-lying back, from the pelvis to the head."""
    u = unit(sub(neck, pelvis))
    back = perp(u)
    if back[1] > 0:  # the side away from the belly is the lower one
        back = (-back[0], -back[1])
    a = add(add(pelvis, back, depth), u, 8.0)
    b = add(add(neck, back, depth), u, 24.0)
    return [
        Path(
            [("M", (a[0] + 6.0, floor_y)), ("L", a), ("L", b), ("L", (b[0], floor_y)), ("Z",)],
            Style(fill="#f0f0f0", weight=0.9),
        )
    ]


def ribbon(points: list[Point], width: float = 7.0, closed: bool = False) -> list:
    """A flat exercise band along a smooth curve through the points."""
    pts = list(points)
    if closed:
        segs = catmull_rom_closed(pts)
        dense = []
        for i, (c1, c2, end) in enumerate(segs):
            start = pts[i]
            for k in range(6):
                t = k / 6
                mt = 1 - t
                dense.append(
                    (
                        mt**3 * start[0] + 3 * mt * mt * t * c1[0] + 3 * mt * t * t * c2[0] + t**3 * end[0],
                        mt**3 * start[1] + 3 * mt * mt * t * c1[1] + 3 * mt * t * t * c2[1] + t**3 * end[1],
                    )
                )
        outer, inner = [], []
        n = len(dense)
        for i in range(n):
            tangent = unit(sub(dense[(i + 1) % n], dense[i - 1]))
            nrm = perp(tangent)
            outer.append(add(dense[i], nrm, width / 2))
            inner.append(add(dense[i], nrm, -width / 2))
        style = Style(fill="#d4d4d4", weight=0.9)
        d_out = [("M", outer[0])] + [("C",) + sg for sg in catmull_rom_closed(outer)] + [("Z",)]
        d_in = [("M", inner[0])] + [("C",) + sg for sg in catmull_rom_closed(inner)] + [("Z",)]
        return [Path(d_out, style), Path(d_in, Style(fill="#ffffff", weight=0.9))]
    left, right = [], []
    n = len(pts)
    for i in range(n):
        tangent = unit(sub(pts[min(i + 1, n - 1)], pts[max(i - 1, 0)]))
        nrm = perp(tangent)
        left.append(add(pts[i], nrm, width / 2))
        right.append(add(pts[i], nrm, -width / 2))
    d = [("M", left[0])] + [("C",) + sg for sg in catmull_rom_open(left)]
    d.append(("L", right[-1]))
    d += [("C",) + sg for sg in catmull_rom_open(right[::-1])]
    d.append(("Z",))
    return [Path(d, Style(fill="#d4d4d4", weight=0.9))]
