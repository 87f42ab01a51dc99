"""Outlined body shapes around a posed skeleton: limbs as tapered capsules, a trunk whose outline
follows its cross-sections (with a belly when pregnant), a head with neck, hair, hands and feet.

The result is a list of layers in back-to-front order, in 2D paper units (y up).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .geometry import (
    Point,
    add,
    add3,
    apply,
    arc_cubics,
    catmull_rom_closed,
    catmull_rom_open,
    length,
    perp,
    polar,
    sub,
    unit,
)
from .skeleton import Camera, Pose, Skeleton, build
from .svg import FAR_FILL, FAR_STROKE, GHOST_STROKE, Circle, Path, PathData, Style, Union, translate

NEAR_STYLE = Style()
FAR_STYLE = Style(stroke=FAR_STROKE, fill=FAR_FILL)
GHOST_STYLE = Style(stroke=GHOST_STROKE, fill="#ffffff", weight=0.8, dash=(2.5, 2.0))
HAIR_FILL = "#c4c4c4"

# Trunk cross-sections: distance along the spine from the hip centre, half width,
# depth in front of the spine line, depth behind it.
TRUNK = (
    (-10.0, 13.5, 4.0, 8.0),
    (-4.0, 16.0, 7.5, 11.5),
    (3.0, 16.5, 8.5, 11.0),
    (10.0, 15.0, 8.5, 8.5),
    (17.0, 13.0, 8.0, 7.5),
    (24.0, 13.5, 8.5, 7.5),
    (30.0, 14.5, 10.0, 8.0),
    (35.0, 15.0, 11.5, 8.5),
    (42.0, 16.0, 9.5, 8.5),
    (46.0, 15.5, 7.5, 7.5),
    (49.0, 12.0, 6.0, 6.5),
    (51.0, 6.0, 5.0, 5.5),
)
# The male build: narrower hips, no bust, a broader chest and shoulders.
MALE_TRUNK = (
    (-10.0, 12.5, 4.0, 7.0),
    (-4.0, 14.5, 7.0, 9.5),
    (3.0, 15.0, 8.0, 9.5),
    (10.0, 14.5, 8.5, 8.0),
    (17.0, 14.0, 8.5, 7.5),
    (24.0, 15.0, 9.0, 8.0),
    (30.0, 16.5, 10.0, 8.5),
    (35.0, 17.5, 10.5, 9.0),
    (42.0, 18.5, 9.5, 9.0),
    (46.0, 18.0, 7.5, 8.0),
    (49.0, 13.5, 6.0, 7.0),
    (51.0, 6.5, 5.0, 6.0),
)
# Extra depth in front (and width) for a pregnant belly in the third trimester.
BELLY = {
    -4.0: (1.0, 0.5),
    3.0: (6.0, 1.0),
    10.0: (11.0, 2.0),
    17.0: (12.5, 2.5),
    24.0: (10.0, 1.5),
    30.0: (4.0, 0.5),
    35.0: (1.5, 0.0),
}

LEG_RADII = {"hip": 8.6, "thigh": 7.4, "knee": 5.1, "calf": 5.3, "ankle": 3.2}
ARM_RADII = {"shoulder": 5.0, "elbow": 3.6, "wrist": 2.5}
MALE_LEG_RADII = {"hip": 8.0, "thigh": 7.6, "knee": 5.3, "calf": 5.6, "ankle": 3.4}
MALE_ARM_RADII = {"shoulder": 5.8, "elbow": 4.1, "wrist": 2.8}


def circle_path(c: Point, r: float) -> PathData:
    d: PathData = [("M", add(c, (r, 0.0)))]
    d += [("C",) + seg for seg in arc_cubics(c, r, 0.0, 360.0)]
    d.append(("Z",))
    return d


def capsule(c1: Point, r1: float, c2: Point, r2: float) -> PathData:
    """Outline of the convex hull of two circles (a tapered capsule)."""
    v = sub(c2, c1)
    dist = length(v)
    if dist <= abs(r1 - r2) + 1e-6:
        return circle_path(c1, r1) if r1 >= r2 else circle_path(c2, r2)
    theta = math.degrees(math.atan2(v[1], v[0]))
    alpha = math.degrees(math.acos((r1 - r2) / dist))
    a_plus, a_minus = theta + alpha, theta - alpha
    d: PathData = [("M", add(c1, polar(a_plus, r1))), ("L", add(c2, polar(a_plus, r2)))]
    d += [("C",) + seg for seg in arc_cubics(c2, r2, a_plus, a_minus)]
    d.append(("L", add(c1, polar(a_minus, r1))))
    d += [("C",) + seg for seg in arc_cubics(c1, r1, a_minus, a_plus - 360.0)]
    d.append(("Z",))
    return d


def tube(points: list[Point], radii: list[float]) -> list[PathData]:
    return [capsule(points[i], radii[i], points[i + 1], radii[i + 1]) for i in range(len(points) - 1)]


@dataclass
class PosedFigure:
    """Shapes of one figure in back-to-front layers, and its joints on paper."""

    layers: dict[str, list] = field(default_factory=dict)  # "back", "core", "front"
    joints: dict[str, Point] = field(default_factory=dict)

    def shapes(self) -> list:
        return self.layers.get("back", []) + self.layers.get("core", []) + self.layers.get("front", [])

    def moved(self, dx: float, dy: float) -> PosedFigure:
        return PosedFigure(
            {k: [translate(s, dx, dy) for s in v] for k, v in self.layers.items()},
            {k: (p[0] + dx, p[1] + dy) for k, p in self.joints.items()},
        )

    def joint(self, name: str) -> Point:
        return self.joints[name]


def trunk_outline(sk: Skeleton, cam: Camera, pregnant: bool) -> PathData:
    right: list[Point] = []
    left: list[Point] = []
    for s, half, front, back in MALE_TRUNK if sk.pose.male else TRUNK:
        if pregnant and s in BELLY:
            front += BELLY[s][0]
            half += BELLY[s][1]
        if 0.0 <= s <= 24.0:  # the abdomen: drawn in when the deep muscles work
            front -= sk.pose.belly_in
        fr = sk.spine_frame(s)
        c = cam.project(fr.origin)
        fwd = cam.direction(apply(fr.axes, (1.0, 0.0, 0.0)))
        up = cam.direction(apply(fr.axes, (0.0, 1.0, 0.0)))
        lat = cam.direction(apply(fr.axes, (0.0, 0.0, 1.0)))
        n = perp(unit(up)) if length(up) > 0.2 else (1.0, 0.0)
        best_hi, best_lo = None, None
        for k in range(0, 360, 10):
            a = math.radians(k)
            depth = front if math.sin(a) >= 0 else back
            p = add(add(c, lat, half * math.cos(a)), fwd, depth * math.sin(a))
            proj = p[0] * n[0] + p[1] * n[1]
            if best_hi is None or proj > best_hi[0] + 1e-9:
                best_hi = (proj, p)
            if best_lo is None or proj < best_lo[0] - 1e-9:
                best_lo = (proj, p)
        right.append(best_hi[1])
        left.append(best_lo[1])
    ring = right + left[::-1]
    segs = catmull_rom_closed(ring)
    d: PathData = [("M", ring[0])] + [("C",) + seg for seg in segs] + [("Z",)]
    return d


def _limb_outlines(sk: Skeleton, cam: Camera, side: str, kind: str) -> list[PathData]:
    P = lambda name: cam.project(sk.joints[f"{side}_{name}"])  # noqa: E731
    leg_r, arm_r = _radii(sk.pose)
    if kind == "leg":
        hip, knee, ankle = P("hip"), P("knee"), P("ankle")
        thigh = add(hip, sub(knee, hip), 0.4)
        calf = add(add(knee, sub(ankle, knee), 0.3), _back_of(sk, cam, side), 1.0)
        outs = tube([hip, thigh, knee], [leg_r["hip"], leg_r["thigh"], leg_r["knee"]])
        outs += tube([knee, calf, ankle], [leg_r["knee"], leg_r["calf"], leg_r["ankle"]])
        outs += tube([ankle, P("heel"), P("ball"), P("toe")], [3.3, 3.5, 2.7, 1.9])
        return outs
    sh, el, wr = P("shoulder"), P("elbow"), P("wrist")
    outs = tube([sh, el, wr], [arm_r["shoulder"], arm_r["elbow"], arm_r["wrist"]])
    outs += tube([wr, P("palm"), P("fingertip")], [2.5, 3.0, 1.8])
    return outs


def _radii(pose: Pose) -> tuple[dict, dict]:
    return (MALE_LEG_RADII, MALE_ARM_RADII) if pose.male else (LEG_RADII, ARM_RADII)


def _back_of(sk: Skeleton, cam: Camera, side: str) -> Point:
    """A small offset towards the back of the shin, for the calf bulge."""
    back = cam.direction(apply(sk.frames[f"{side}_shin"], (-1.0, 0.0, 0.0)))
    return (back[0] * 1.4, back[1] * 1.4)


def _head_axes(sk: Skeleton, cam: Camera) -> tuple[Point, Point, Point, bool]:
    """Centre, unit up and unit face direction of the head on paper, and whether it is in profile."""
    head = sk.frames["head"]
    c = cam.project(sk.joints["head"])
    fwd = cam.direction(apply(head, (1.0, 0.0, 0.0)))
    up = unit(cam.direction(apply(head, (0.0, 1.0, 0.0))))
    toward_viewer = apply(cam.matrix(), apply(head, (1.0, 0.0, 0.0)))[2]
    profile = abs(toward_viewer) < 0.75
    side = perp(up)
    if side[0] * fwd[0] + side[1] * fwd[1] < 0:
        side = (-side[0], -side[1])
    return c, up, side, profile


def _head_point(c: Point, up: Point, face: Point, u: float, v: float) -> Point:
    return (c[0] + face[0] * u + up[0] * v, c[1] + face[1] * u + up[1] * v)


def _head_parts(sk: Skeleton, cam: Camera) -> list[PathData]:
    c, up, face, profile = _head_axes(sk, cam)
    H = lambda u, v: _head_point(c, up, face, u, v)  # noqa: E731
    neck_lo = cam.project(add3(sk.joints["neck_base"], apply(sk.frames["thorax"], (0.0, -4.0, 0.0))))
    neck_hi = cam.project(sk.joints["neck_top"])
    outs = tube([neck_lo, neck_hi], [6.4, 5.2])
    if profile:
        outs.append(circle_path(H(-0.5, 0.8), 10.0))
        outs += tube([H(0.0, 0.0), H(3.8, -7.6)], [8.6, 3.8])
        outs += tube([H(6.0, 0.0), H(9.6, -1.6)], [2.6, 1.3])
    else:
        outs.append(circle_path(H(0.0, 0.8), 9.4))
        outs += tube([H(0.0, -1.0), H(0.0, -7.0)], [8.8, 5.6])
    return outs


def _hair(sk: Skeleton, cam: Camera, style: Style) -> list:
    c, up, face, profile = _head_axes(sk, cam)
    H = lambda u, v: _head_point(c, up, face, u, v)  # noqa: E731
    hair_style = style.replace(fill=HAIR_FILL if style.fill == "#ffffff" else style.fill, weight=0.75 * style.weight)
    if profile:
        centre = (-0.5, 0.8)
        outer = [
            H(centre[0] + 10.6 * math.cos(math.radians(a)), centre[1] + 10.6 * math.sin(math.radians(a)))
            for a in range(62, 236, 16)
        ]
        inner = [H(-6.6, -8.0), H(-4.2, -3.8), H(-1.8, 1.2), H(2.2, 5.6)]
        if sk.pose.male:  # short hair: the cap ends above the ear, no bun
            inner = [H(-8.6, -2.0), H(-4.8, 0.6), H(-1.8, 3.4), H(2.2, 6.6)]
        cap = Path(_closed(outer + inner), hair_style)
        if up[1] < 0.35 or sk.pose.male:  # lying down: the bun would be under the head
            return [cap]
        return [Path(circle_path(H(-10.2, 5.0), 4.2), hair_style), cap]
    outer = [H(10.5 * math.cos(math.radians(a)), 0.8 + 10.5 * math.sin(math.radians(a))) for a in range(-12, 193, 17)]
    inner = [H(-9.2, -2.0), H(-7.6, 3.6), H(-3.6, 6.6), H(0.0, 7.2), H(3.6, 6.6), H(7.6, 3.6), H(9.2, -2.0)]
    if sk.pose.male:  # short hair: only the crown
        outer = [
            H(10.0 * math.cos(math.radians(a)), 0.8 + 10.0 * math.sin(math.radians(a))) for a in range(10, 171, 16)
        ]
        inner = [H(-9.0, 3.0), H(-5.0, 6.4), H(0.0, 7.4), H(5.0, 6.4), H(9.0, 3.0)]
    shapes = [Path(_closed(outer + inner), hair_style)]
    toward = apply(cam.matrix(), apply(sk.frames["head"], (1.0, 0.0, 0.0)))[2]
    if toward > 0.5 and style.dash == ():  # facing the viewer: eyes tell front from back
        eye = Style(stroke="none", fill=style.stroke)
        shapes += [Circle(H(-3.4, 0.2), 1.0, eye), Circle(H(3.4, 0.2), 1.0, eye)]
    return shapes


def _closed(ring: list[Point]) -> PathData:
    return [("M", ring[0])] + [("C",) + seg for seg in catmull_rom_closed(ring)] + [("Z",)]


def pose_figure(pose: Pose, camera: Camera = Camera(), ghost: bool = False, marks: tuple[str, ...] = ()) -> PosedFigure:
    """Shapes for a pose, back to front. `ghost` draws it as a grey dashed start position;
    `marks` may hold "pelvic_floor" to highlight the pelvic floor."""
    sk = build(pose)
    cam = camera
    base = GHOST_STYLE if ghost else NEAR_STYLE
    far = GHOST_STYLE if ghost else FAR_STYLE

    def depth_gap(kind: str) -> float:
        # judged without the camera's elevation: a limb is "far" when it is behind the body
        joint = "hip" if kind == "leg" else "shoulder"
        return sk.joints[f"near_{joint}"][2] - sk.joints[f"far_{joint}"][2]

    back: list = []
    front: list = []
    core_legs: list[PathData] = []
    legs_merged_side_by_side = False
    gap = depth_gap("leg")
    if abs(gap) > 4.0:
        near, farside = ("near", "far") if gap > 0 else ("far", "near")
        back.append(Union(tuple(_limb_outlines(sk, cam, farside, "leg")), far))
        if pose.leg_in_front:
            front.append(Union(tuple(_limb_outlines(sk, cam, near, "leg")), base))
        else:
            core_legs += _limb_outlines(sk, cam, near, "leg")
    elif pose.legs_behind:
        sides = sorted(("near", "far"), key=lambda sd: cam.depth(sk.joints[f"{sd}_knee"]))
        back += [Union(tuple(_limb_outlines(sk, cam, sd, "leg")), base) for sd in sides]
    elif pose.leg_in_front:
        sides = sorted(("near", "far"), key=lambda sd: cam.depth(sk.joints[f"{sd}_knee"]))
        front += [Union(tuple(_limb_outlines(sk, cam, sd, "leg")), base) for sd in sides]
    else:
        core_legs += _limb_outlines(sk, cam, "near", "leg") + _limb_outlines(sk, cam, "far", "leg")
        legs_merged_side_by_side = True
    gap = depth_gap("arm")
    if abs(gap) > 4.0:
        near, farside = ("near", "far") if gap > 0 else ("far", "near")
        far_item = Union(tuple(_limb_outlines(sk, cam, farside, "arm")), far)
        (front if pose.arms_in_front else back).insert(0, far_item)
        front.append(Union(tuple(_limb_outlines(sk, cam, near, "arm")), base))
    else:
        # arms side by side (front view, or lying on the side): the lower one first
        sides = sorted(("near", "far"), key=lambda sd: cam.project(sk.joints[f"{sd}_shoulder"])[1])
        front += [Union(tuple(_limb_outlines(sk, cam, sd, "arm")), base) for sd in sides]
    core: list = []

    head_outs = _head_parts(sk, cam)
    trunk = trunk_outline(sk, cam, pose.pregnant)
    core.append(Union(tuple([trunk] + head_outs + core_legs), base))
    core.extend(_hair(sk, cam, base))
    if legs_merged_side_by_side:
        core.extend(_leg_seams(sk, cam, base))
    if pose.pregnant and length(cam.direction(apply(sk.frames["lumbar"], (1.0, 0.0, 0.0)))) < 0.5:
        core.append(_belly_arc(sk, cam, base))
    if "pelvic_floor" in marks:
        core.append(_pelvic_floor_mark(sk, cam))

    joints = {k: cam.project(v) for k, v in sk.joints.items()}
    return PosedFigure({"back": back, "core": core, "front": front}, joints)


def _leg_seams(sk: Skeleton, cam: Camera, style: Style) -> list:
    """Where two merged legs touch (front view), the line between them."""

    leg_r = _radii(sk.pose)[0]

    def at(side: str, t: float) -> tuple[Point, float]:
        P = lambda n: cam.project(sk.joints[f"{side}_{n}"])  # noqa: E731
        if t < 0.5:
            a, b, ra, rb, u = P("hip"), P("knee"), leg_r["thigh"], leg_r["knee"], t / 0.5
        else:
            a, b, ra, rb, u = P("knee"), P("ankle"), leg_r["knee"], leg_r["ankle"], (t - 0.5) / 0.5
        return (a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u), ra + (rb - ra) * u

    runs: list[list[Point]] = []
    current: list[Point] = []
    for i in range(11, 61):
        t = i / 60
        (c1, r1), (c2, r2) = at("near", t), at("far", t)
        gap = length(sub(c2, c1)) - r1 - r2
        if gap < 3.0:  # closer than two outline widths: the legs read as touching
            k = r1 / (r1 + r2)
            current.append((c1[0] + (c2[0] - c1[0]) * k, c1[1] + (c2[1] - c1[1]) * k))
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    line_style = style.replace(fill="none", weight=0.75 * style.weight)
    return [Path([("M", r[0])] + [("L", q) for q in r[1:]], line_style) for r in runs if len(r) > 1]


def _belly_arc(sk: Skeleton, cam: Camera, style: Style) -> Path:
    """Seen from the front, the lower curve of the belly."""
    fr = sk.spine_frame(12.0)
    c = cam.project(fr.origin)
    up = unit(cam.direction(apply(fr.axes, (0.0, 1.0, 0.0))))
    lat = cam.direction(apply(fr.axes, (0.0, 0.0, 1.0)))
    pts = []
    for k in range(0, 7):
        a = math.radians(200 + k * 140 / 6)
        pts.append(add(add(c, lat, 12.5 * math.cos(a)), up, 11.0 * math.sin(a) + 3.0))
    segs = [("M", pts[0])] + [("C",) + s for s in catmull_rom_open(pts)]
    return Path(segs, style.replace(fill="none", weight=0.6 * style.weight))


def _pelvic_floor_mark(sk: Skeleton, cam: Camera) -> Path:
    """A dashed hammock inside the bottom of the pelvis (a muscle sling, not a pad to sit on)."""
    fr = sk.spine_frame(-5.0)
    c = cam.project(add3(fr.origin, apply(fr.axes, (1.0, 0.0, 0.0))))
    lat = cam.direction(apply(fr.axes, (0.0, 0.0, 1.0)))
    fwd = cam.direction(apply(fr.axes, (1.0, 0.0, 0.0)))
    up = cam.direction(apply(fr.axes, (0.0, 1.0, 0.0)))
    axis = fwd if length(fwd) > 0.5 else lat
    a, b = add(add(c, axis, -7.0), up, 2.0), add(add(c, axis, 7.0), up, 2.0)
    low = add(c, up, -2.5)
    d: PathData = [
        ("M", a),
        ("C", add(a, up, -3.5), add(low, axis, -4.0), low),
        ("C", add(low, axis, 4.0), add(b, up, -3.5), b),
    ]
    return Path(d, Style(stroke="#000000", fill="none", weight=1.1, dash=(1.6, 1.2)))
