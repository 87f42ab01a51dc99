"""A tiny deterministic SVG writer: shapes in world units (y up) to SVG 1.1 text (y down).

Only plain elements and presentation attributes are written (no CSS, text or references), so
QSvgRenderer and svglib both draw the result as vectors. Numbers are rounded to one decimal.
What most strokes share (round joins and caps, black, the base width, unless said) is written once, on a group
round all the shapes, which keeps a figure with three people and three chairs under the
handout's size budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .geometry import Point

BLACK = "#000000"
WHITE = "#ffffff"
FAR_STROKE = "#9a9a9a"
FAR_FILL = "#ececec"
GHOST_STROKE = "#8c8c8c"


@dataclass(frozen=True)
class Style:
    stroke: str = BLACK
    fill: str = WHITE
    weight: float = 1.0  # multiple of the scene's base line width
    dash: tuple[float, ...] = ()  # in multiples of the base line width

    def replace(self, **kw) -> Style:
        d = {"stroke": self.stroke, "fill": self.fill, "weight": self.weight, "dash": self.dash}
        d.update(kw)
        return Style(**d)


# A path is a list of commands: ("M", p), ("L", p), ("C", c1, c2, p), ("Z",)
PathData = list


@dataclass(frozen=True)
class Path:
    d: PathData
    style: Style = Style()


@dataclass(frozen=True)
class Circle:
    center: Point
    r: float
    style: Style = Style()


@dataclass(frozen=True)
class Union:
    """Outlines drawn as one silhouette: every outline stroked at double width, then every
    outline filled on top, so only the outer edge of the union keeps its stroke."""

    outlines: tuple  # tuple of PathData
    style: Style = Style()


def translate(shape: object, dx: float, dy: float) -> object:
    """The same shape moved by (dx, dy)."""

    def move_d(d: PathData) -> PathData:
        return [(c[0],) + tuple((p[0] + dx, p[1] + dy) for p in c[1:]) for c in d]

    if isinstance(shape, Circle):
        return Circle((shape.center[0] + dx, shape.center[1] + dy), shape.r, shape.style)
    if isinstance(shape, Path):
        return Path(move_d(shape.d), shape.style)
    if isinstance(shape, Union):
        return Union(tuple(move_d(o) for o in shape.outlines), shape.style)
    raise TypeError(f"not a shape: {shape!r}")


def fmt(v: float) -> str:
    s = f"{round(v, 1):.1f}"
    if s == "-0.0":
        s = "0.0"
    if s.endswith(".0"):
        s = s[:-2]
    return s


def points_of(d: PathData) -> list[Point]:
    pts: list[Point] = []
    for cmd in d:
        pts.extend(cmd[1:])
    return pts


def bounds(shapes: Sequence[object]) -> tuple[float, float, float, float]:
    """(min_x, min_y, max_x, max_y) in world units, including control points."""
    xs: list[float] = []
    ys: list[float] = []
    for s in shapes:
        if isinstance(s, Circle):
            xs += [s.center[0] - s.r, s.center[0] + s.r]
            ys += [s.center[1] - s.r, s.center[1] + s.r]
            continue
        ds = [s.d] if isinstance(s, Path) else list(s.outlines)
        for d in ds:
            for p in points_of(d):
                xs.append(p[0])
                ys.append(p[1])
    if not xs:
        return (0.0, 0.0, 1.0, 1.0)
    return (min(xs), min(ys), max(xs), max(ys))


def _signed_area(d: PathData) -> float:
    pts = points_of(d)
    return sum(pts[i - 1][0] * pts[i][1] - pts[i][0] * pts[i - 1][1] for i in range(len(pts))) / 2


def counter_clockwise(d: PathData) -> PathData:
    """The same closed outline, wound counter-clockwise (y up), so that overlapping outlines in one
    path all fill under the nonzero rule instead of cancelling out."""
    if _signed_area(d) >= 0:
        return d
    start = d[0][1]
    segs = [c for c in d[1:] if c[0] != "Z"]
    ends = [start] + [c[-1] for c in segs]
    out: PathData = [("M", ends[-1])]
    for i in range(len(segs) - 1, -1, -1):
        c = segs[i]
        if c[0] == "C":
            out.append(("C", c[2], c[1], ends[i]))
        else:
            out.append(("L", ends[i]))
    out.append(("Z",))
    return out


def _d(d: PathData) -> str:
    out = []
    for cmd in d:
        op = cmd[0]
        if op == "Z":
            out.append("Z")
        else:
            out.append(op + " ".join(f"{fmt(p[0])},{fmt(-p[1])}" for p in cmd[1:]))
    return "".join(out)


@dataclass
class Document:
    """Collects shapes; writes them with a viewBox that fits (plus a margin)."""

    line_width: float = 2.0
    shapes: list = field(default_factory=list)

    def add(self, *shapes: object) -> None:
        self.shapes.extend(shapes)

    def _stroke_attrs(self, style: Style, width_mult: float = 1.0) -> str:
        """The stroke attributes that differ from the root group's, each after a space."""
        if style.stroke == "none":
            return ' stroke="none"'
        w = self.line_width * style.weight * width_mult
        a = "" if style.stroke == BLACK else f' stroke="{style.stroke}"'
        if fmt(w) != fmt(self.line_width):
            a += f' stroke-width="{fmt(w)}"'
        if style.dash:
            a += ' stroke-dasharray="' + ",".join(fmt(x * self.line_width) for x in style.dash) + '"'
        return a

    def to_svg(self, box: tuple[float, float, float, float]) -> str:
        """box = (min_x, min_y, max_x, max_y) in world units (y up)."""
        x0, y0, x1, y1 = box
        vb_x, vb_y, vb_w, vb_h = x0, -y1, x1 - x0, y1 - y0
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
            f'width="{fmt(vb_w)}" height="{fmt(vb_h)}" '
            f'viewBox="{fmt(vb_x)} {fmt(vb_y)} {fmt(vb_w)} {fmt(vb_h)}">',
            f'<path d="M{fmt(vb_x)},{fmt(vb_y)}L{fmt(vb_x + vb_w)},{fmt(vb_y)}L{fmt(vb_x + vb_w)},{fmt(vb_y + vb_h)}'
            f'L{fmt(vb_x)},{fmt(vb_y + vb_h)}Z" fill="{WHITE}" stroke="none"/>',
            f'<g stroke="{BLACK}" stroke-width="{fmt(self.line_width)}" stroke-linejoin="round" stroke-linecap="round">',
        ]
        for s in self.shapes:
            lines.extend(self._shape(s))
        lines += ["</g>", "</svg>"]
        return "\n".join(lines) + "\n"

    def _shape(self, s: object) -> list[str]:
        if isinstance(s, Circle):
            return [
                f'<circle cx="{fmt(s.center[0])}" cy="{fmt(-s.center[1])}" r="{fmt(s.r)}" '
                f'fill="{s.style.fill}"{self._stroke_attrs(s.style)}/>'
            ]
        if isinstance(s, Path):
            return [f'<path d="{_d(s.d)}" fill="{s.style.fill}"{self._stroke_attrs(s.style)}/>']
        if isinstance(s, Union):
            d = "".join(_d(counter_clockwise(o)) for o in s.outlines)
            out = []
            if s.style.stroke != "none":
                out.append(f'<path d="{d}" fill="{s.style.fill}"{self._stroke_attrs(s.style, 2.0)}/>')
            out.append(f'<path d="{d}" fill="{s.style.fill}" stroke="none"/>')
            return ["<g>"] + out + ["</g>"]
        raise TypeError(f"not a shape: {s!r}")
