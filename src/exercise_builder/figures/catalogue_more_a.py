"""Scenes of the wider library, part A (issue 17, libA): neck, upper back, shoulder, hand,
foot and whole-body exercises, drawn with the general figure (no pregnant variant)."""

from __future__ import annotations

import dataclasses
import functools
import math

from . import equipment, props
from .arrows import arc_arrow, arrow
from .body import GHOST_STYLE, capsule, circle_path, pose_figure
from .geometry import apply
from .kinematics import flat_foot, reach_foot, reach_hand
from .poses import (
    ANKLE_Y,
    SEAT,
    SIT_Y,
    STAND_Y,
    build_joint,
    feet_at,
    hands_at,
    hands_knees,
    hook_lying,
    legs,
    side_lying,
    sitting,
    standing,
    with_,
)
from .registry import Figures
from .scene import Panel, Scene
from .skeleton import Arm, Camera, Leg, Pose, build
from .staging import FRONT_SITTING, SIDE, chair_scene, front_chair, front_sitter, grounded, on_side, put
from .svg import Union, bounds, counter_clockwise

FIGURES = Figures()  # general figures only: these exercises are for everyone
SCENES, scene, render = FIGURES.scenes, FIGURES.general, FIGURES.render
PREG = False  # the general figure: these exercises are for everyone
NECK_SIDE = 34.0
ROLL_ARM = (165, 140, 20)
ROLL_NECK = 6.0
ROLL_SPINE = -20.0
ROLL_START_SPINE = 10.0  # brystryg-rulle starts a little curled up, the head carried by the hands
ANGEL_ROT = -80.0
FRONT = Camera(elevation=20.0)
NOD_SPINE = -6.0  # hagenik-liggende: the chest tips back so the nodding head stays on the towel


def _sitter(**kw) -> Pose:
    return hands_at(sitting(PREG, **kw), (26.0, 4.0), (28.0, 4.0))


# Neck -----------------------------------------------------------------------------------------


@functools.cache
def _hand_on_forehead() -> Pose:
    p = _sitter()
    head = build_joint(p, "head")
    return _reach3(p, "near", (head[0] + 11.5, head[1] + 1.0, head[2] + 3.0), wrist=-50.0)


@scene("nakke-pres-haand")
def _() -> Scene:
    p = _hand_on_forehead()
    fig = put(p, 0.0, SIT_Y)
    h = fig.joint("head")
    y = h[1] + 18.0
    return Scene(
        [
            chair_scene(p).add(
                arrow([(h[0] - 6.0, y), (h[0] + 8.0, y)]),
                arrow([(h[0] + 30.0, y), (h[0] + 14.0, y)]),
            )
        ]
    )


@scene("nakke-kig-op")
def _() -> Scene:
    start = _sitter(neck=8.0)
    up = _sitter(neck=-34.0)
    fig = put(up, 0.0, SIT_Y)
    n = fig.joint("neck_top")
    h = put(start, 0.0, SIT_Y).joint("head")
    # first the chin goes a little back (a small double chin): a short arrow back at the chin
    tuck = arrow([(h[0] + 22.0, h[1] - 8.0), (h[0] + 12.0, h[1] - 8.0)])
    return Scene([chair_scene(up, start).add(tuck, arc_arrow((n[0] - 2.0, n[1]), 32.0, 40.0, 95.0))])


@scene("nakke-sideboej")
def _() -> Scene:
    up = front_sitter()
    bent = front_sitter(neck_side=NECK_SIDE)
    fig = put(bent, 0.0, SIT_Y, cam=FRONT_SITTING)
    n = fig.joint("neck_base")
    return front_chair(bent, up, extra=[arc_arrow(n, 34.0, 95.0, 135.0)])


def chin_nod_poses() -> tuple[Pose, Pose]:
    """(start, nod) of hagenik-liggende. The nod is a small turn of the head about where it rests on
    the towel: bending the neck alone would lift the back of the head (about 1.5 cm for 10 degrees),
    so the chest tips 3 degrees back towards the mat, the pelvis and feet staying where they are."""
    base = hook_lying(PREG)
    nod = with_(base, neck=10.0, spine=NOD_SPINE, trunk=base.trunk + NOD_SPINE / 2)
    return base, feet_at(nod, (62.0, -4.0), (64.0, -4.0))


@scene("hagenik-liggende")
def _() -> Scene:
    base, nod = chin_nod_poses()
    towel_h = 4.0
    g = grounded(base, 0.0, 2.5 + towel_h, ghost=True)
    fig = put(nod, *g.joint("pelvis"))
    h = g.joint("head")
    rest = min(head_bottom(base, g), head_bottom(nod, fig))  # the towel reaches up to the head in both
    half = (rest - 2.5) / 2 + 0.2
    towel = equipment.towel([(h[0] - 12.0, 2.5 + half), (h[0] + 12.0, 2.5 + half)], half)
    return Scene([Panel().add(props.mat(-110, 100), towel, g, fig, arc_arrow(h, 20.0, 110.0, 50.0))])


def head_bottom(p: Pose, fig) -> float:
    """The lowest point of the head's circle (profile view, as body.py draws it) on paper."""
    sk = build(p)
    centre = tuple(a + b for a, b in zip(sk.joints["head"], apply(sk.frames["head"], (-0.5, 0.8, 0.0)), strict=True))
    offset = fig.joint("head")[1] - SIDE.project(sk.joints["head"])[1]
    return SIDE.project(centre)[1] + offset - 10.0


# Upper back -----------------------------------------------------------------------------------


ROLL_R = 7.5  # the foam roll's radius


@functools.cache
def _roll_poses() -> tuple[Pose, Pose, float]:
    """(over the roll, start, the back's x from the pelvis), the back resting on the roll in both."""
    arm = Arm(shoulder=ROLL_ARM[0], elbow=ROLL_ARM[1], abduct=ROLL_ARM[2])
    top = 2.5 + 2 * ROLL_R  # the top of the roll: where the upper back rests

    def lying(trunk: float, spine: float, hands: bool = False) -> Pose:
        p = Pose(pregnant=PREG, trunk=trunk, spine=spine, neck=ROLL_NECK, near_arm=arm, far_arm=arm)
        p = feet_at(p, (58.0, -4.0), (60.0, -4.0))
        return _hands_behind_head(p) if hands else p

    def back_point(p: Pose) -> tuple:
        """The back just below the shoulder blades, relative to the pelvis and to the mat."""
        sk = build(p)
        b = SIDE.project(sk.spine_frame(36.0).at((-8.5, 0.0, 0.0)))
        low = bounds(pose_figure(p, SIDE).layers["core"])[1]
        return b[0], b[1] - low + 2.5

    def on_roll(spine: float) -> float:
        """The trunk angle at which the back rests on the roll, the pelvis on the mat."""
        lo, hi = 140.0, 180.0  # the back rises as the trunk leans up from flat (180): halve the interval
        for _ in range(14):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if back_point(lying(mid, spine))[1] > top else (lo, mid)
        return round((lo + hi) / 2, 1)

    over = lying(on_roll(ROLL_SPINE), ROLL_SPINE, True)
    return over, lying(on_roll(ROLL_START_SPINE), ROLL_START_SPINE, True), back_point(over)[0]


@scene("brystryg-rulle")
def _() -> Scene:
    """Two panels, start and end: lying with the roll across the upper back, the head carried by the
    hands; then leaning back over the roll, the bottom on the mat (a ghost start was too faint)."""
    over, start, back_x = _roll_poses()
    top = 2.5 + 2 * ROLL_R
    fig = grounded(over, 0.0, 2.5)
    bx = back_x + fig.joint("pelvis")[0]
    first = put(start, *fig.joint("pelvis"))
    h = fig.joint("head")

    def room() -> Panel:
        return Panel().add(props.mat(-110, 100), equipment.foam_roll(bx, ROLL_R, 2.5))

    return Scene(
        [
            room().add(first),
            room().add(
                put(start, *first.joint("pelvis"), ghost=True),
                fig,
                arc_arrow((bx, top), (h[1] - top) + 40.0, 98.0, 140.0),
            ),
        ],
        stacked=True,
    )


@scene("roning-vaegt-bord")
def _() -> Scene:
    top = 74.0
    pel = (-10.0, STAND_Y - 6.0)
    p = Pose(pregnant=PREG, trunk=34.0, neck=-22.0)
    p = feet_at(p, (8.0, ANKLE_Y), (-22.0, ANKLE_Y), pelvis=pel)
    p = reach_hand(p, "far", (58.0 - pel[0], top + 3.0 - pel[1]))
    sk = build(p)
    sh, w = sk.joints["near_shoulder"], sk.joints["waist"]
    hang = reach_hand(p, "near", (sh[0] + 2.0, sh[1] - 52.0))
    # the end: the elbow pulled up to about the line of the back, the forearm hanging straight down
    # under it, the weight beside the belly (not over-pulled with the elbow high above the back)
    pulled = reach_hand(p, "near", (w[0] - 10.0, w[1] - 22.0))
    g = put(hang, *pel, ghost=True)
    fig = put(pulled, *pel)
    a, b = g.joint("near_palm"), fig.joint("near_palm")
    return Scene(
        [
            Panel().add(
                props.floor(-60, 100),
                equipment.table(44.0, 100.0, top),
                g,
                kit_weight(a),
                fig,
                kit_weight(b),
                arrow([(a[0] + 14.0, a[1] + 2.0), (b[0] + 14.0, b[1] - 4.0)]),
            )
        ]
    )


def kit_weight(centre: tuple) -> list:
    return equipment.dumbbell(centre, 0.0, 14.0)


@scene("vaegengel")
def _() -> Scene:
    w = Pose(
        pregnant=PREG,
        yaw=-90.0,
        near_arm=Arm(abduct=90, elbow=90, rotate=ANGEL_ROT),
        far_arm=Arm(abduct=90, elbow=90, rotate=ANGEL_ROT),
    )
    up = with_(
        w, near_arm=Arm(abduct=150, elbow=30, rotate=ANGEL_ROT), far_arm=Arm(abduct=150, elbow=30, rotate=ANGEL_ROT)
    )
    fig = put(up, 0.0, STAND_Y, cam=FRONT)
    ghost = put(w, 0.0, STAND_Y, ghost=True, cam=FRONT)
    wall = [props.Path(props.rect(-75.0, 0.0, 75.0, 200.0), props.WALL_STYLE)]
    a, b = fig.joint("near_elbow"), fig.joint("far_elbow")
    return Scene(
        [
            Panel().add(
                wall,
                props.floor(-75, 75),
                ghost,
                fig,
                arrow([(a[0] - 14.0, a[1] - 40.0), (a[0] - 14.0, a[1] - 4.0)], both_ends=True),
                arrow([(b[0] + 14.0, b[1] - 40.0), (b[0] + 14.0, b[1] - 4.0)], both_ends=True),
            )
        ]
    )


# Shoulder -------------------------------------------------------------------------------------


WALL_HAND = (64.2, 129.4)  # armstraek-plus-vaeg: the hands at shoulder height, an arm's length out
WALL_PELVIS = (2.0, STAND_Y - 2)


def wall_push_poses() -> tuple[Pose, Pose]:
    """(start, end) of armstraek-plus-vaeg: both with the elbows straight (about 3 degrees), only
    the upper back moves: shoulder blades together, then the back rounds and the chest moves back."""
    foot = (-22.0, ANKLE_Y)

    def lean(trunk: float, spine: float) -> Pose:
        p = Pose(pregnant=PREG, trunk=trunk, spine=spine, neck=-8.0 - spine)
        p = feet_at(p, foot, (foot[0] + 2, foot[1]), pelvis=WALL_PELVIS)
        return hands_at(p, WALL_HAND, (WALL_HAND[0], WALL_HAND[1] + 1), pelvis=WALL_PELVIS)

    return lean(76.0, -6.0), lean(88.0, 10.0)


@scene("armstraek-plus-vaeg")
def _() -> Scene:
    wall_x = WALL_HAND[0] + 4.0
    start, end = wall_push_poses()
    g = put(start, *WALL_PELVIS, ghost=True)
    fig = put(end, *WALL_PELVIS)
    w, nb = fig.joint("waist"), fig.joint("neck_base")
    n = ((w[0] + 2 * nb[0]) / 3 - 10.0, (w[1] + 2 * nb[1]) / 3)
    return Scene(
        [
            Panel().add(
                props.wall(wall_x, -1.0),
                props.floor(-60, wall_x),
                g,
                fig,
                arrow([(n[0] - 2.0, n[1]), (n[0] - 22.0, n[1] + 8.0)]),
            )
        ]
    )


@scene("diagonal-elastik")
def _() -> Scene:
    low = Pose(pregnant=PREG, yaw=-90.0, near_arm=Arm(shoulder=25, abduct=-35, elbow=15), far_arm=Arm(abduct=8))
    low = legs(low, Leg(abduct=7), Leg(abduct=7))
    high = with_(low, near_arm=Arm(shoulder=35, abduct=135, elbow=5))
    g = put(low, 0.0, STAND_Y, ghost=True, cam=FRONT)
    fig = put(high, 0.0, STAND_Y, cam=FRONT)
    foot = fig.joint("far_ankle")
    anchor = (foot[0] + 2.0, foot[1] - 3.0)  # under the other foot
    hand, start = fig.joint("near_palm"), g.joint("near_palm")
    return Scene(
        [
            Panel().add(
                props.floor(-70, 80),
                g,
                props.band([anchor, ((anchor[0] + start[0]) / 2, (anchor[1] + start[1]) / 2), start]),
                fig,
                g.layers["front"],
                props.band([anchor, ((anchor[0] + hand[0]) / 2, (anchor[1] + hand[1]) / 2), hand]),
                _sword_arrow(start, hand),
            )
        ]
    )


def _sword_arrow(start: tuple, end: tuple) -> list:
    """From the hand at the opposite hip diagonally across the body to the raised hand, bowed a
    little below the arm's line so it does not hide the arm."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    nx, ny = (-dy / length, dx / length) if dy / length > 0 else (dy / length, -dx / length)
    if ny > 0:  # the normal pointing down the page, away from the head
        nx, ny = -nx, -ny
    points = [(0.06, 3.0), (0.4, 12.0), (0.7, 7.0)]
    return arrow([(start[0] + t * dx + k * nx, start[1] + t * dy + k * ny) for t, k in points])


SLEEPER_HIP, SLEEPER_KNEE = 60.0, 90.0  # hips and knees clearly bent
SLEEPER = (
    Camera()
)  # side-lying seen straight from in front: the upper arm points at the viewer, the forearm turns in the page


@functools.cache
def _sleeper_poses() -> tuple[Pose, Pose]:
    """(start, end): lying on the lower shoulder, the upper arm straight out in front, the elbow bent;
    the forearm turns from pointing up to pointing towards the feet, the other hand presses it on."""
    # the pelvis rolled 20 degrees back (the shoulders twisted back to a true side-lie) so that the
    # bent hips and knees show in a view straight from in front
    base = side_lying(PREG, hip=SLEEPER_HIP, knee=SLEEPER_KNEE, twist=-20.0)
    base = with_(base, roll=-70.0, far_arm=Arm(shoulder=0, elbow=10))
    up = with_(base, near_arm=Arm(shoulder=90, elbow=90, rotate=90))
    down = with_(base, near_arm=Arm(shoulder=90, elbow=90, rotate=150))
    sk = build(down)
    w, e = sk.joints["near_wrist"], sk.joints["near_elbow"]
    target = tuple(w[i] + 0.2 * (e[i] - w[i]) + (0.0, 3.5, 0.0)[i] for i in range(3))

    def error(a: tuple) -> float:
        q = with_(down, far_arm=Arm(shoulder=a[0], abduct=a[1], elbow=a[2]))
        palm = build(q).joints["far_palm"]
        return sum((palm[i] - target[i]) ** 2 for i in range(3))

    coarse = [(sh, ab, el) for sh in range(-30, 181, 15) for ab in range(-90, 91, 15) for el in range(0, 151, 15)]
    c = min(coarse, key=error)
    fine = [
        (c[0] + i, c[1] + j, c[2] + k) for i in range(-9, 10, 3) for j in range(-9, 10, 3) for k in range(-9, 10, 3)
    ]
    a = min(fine, key=error)
    return up, with_(down, far_arm=Arm(shoulder=a[0], abduct=a[1], elbow=a[2]))


@scene("sovestraek-skulder")
def _() -> Scene:
    up, down = _sleeper_poses()
    fig = on_side(down, 0.0, 2.5, cam=SLEEPER)
    g = pose_figure(up, SLEEPER, ghost=True).moved(*fig.joint("pelvis"))
    gw = g.joint("near_wrist")
    # of the start position only the forearm pointing up is drawn (the rest lies under the figure)
    start = [s for s in g.layers["front"] if (lambda b: b[0] <= gw[0] <= b[2] and b[1] <= gw[1] <= b[3])(bounds([s]))]
    h = fig.joint("head")
    pillow = props.pillow((h[0] - 1.0, 2.5 + (h[1] - 11.5) / 2 + 1.0), 34.0, max(8.0, h[1] - 9.5))
    e = fig.joint("near_elbow")
    x0, _, x1, _ = bounds(fig.shapes())
    # a mattress seen from in front: the elbow rests on it at the lower shoulder's height
    return Scene([Panel().add(props.mat(x0 - 14.0, x1 + 14.0), pillow, fig, start, arc_arrow(e, 30.0, 88.0, 35.0))])


# Elbow, wrist and hand ------------------------------------------------------------------------


WRIST_TABLE = 68.0  # haandled-straek-boejesiden: the table top
WRIST_AT = (30.0, WRIST_TABLE + 2.0)  # where the wrists rest, the palms flat on the table
WRIST_PELVIS_Y = STAND_Y - 1.0


def wrist_stretch_poses() -> tuple[tuple[Pose, float], tuple[Pose, float]]:
    """(pose, pelvis x) at the start and the end of haandled-straek-boejesiden: the palms flat on a
    table, the fingers pointing back to the body and the straight arms close to vertical; the wrist
    bent back about 90 degrees at the start (shoulder over the hand), a little more when the body
    moves back. The hips bend so the fingers lie on the table in front of the thighs."""

    def pose(trunk: float, x: float) -> Pose:
        p = with_(standing(PREG), trunk=trunk)
        p = feet_at(p, (x + 1.0, ANKLE_Y), (x + 3.0, ANKLE_Y), pelvis=(x, WRIST_PELVIS_Y))  # the legs stand
        for side in ("near", "far"):  # both hands on the table
            p = _palm_flat(reach_hand(p, side, (WRIST_AT[0] - x, WRIST_AT[1] - WRIST_PELVIS_Y)), side)
        return p

    # (trunk, pelvis x): the arm straight in both, the shoulder over the hand, then behind it
    return (pose(54.0, -2.5), -2.5), (pose(50.0, -14.0), -14.0)


def _palm_flat(p: Pose, side: str) -> Pose:
    """The wrist angle that lays the palm flat on a table, the fingers pointing back to the body."""
    w = build_joint(p, f"{side}_wrist")
    arm = getattr(p, f"{side}_arm")

    def flatness(angle: float) -> float:
        t = build_joint(with_(p, **{f"{side}_arm": dataclasses.replace(arm, wrist=angle)}), f"{side}_fingertip")
        return abs(t[1] - w[1]) + (0.0 if t[0] < w[0] else 100.0)

    best = min(range(-180, 181, 2), key=flatness)
    return with_(p, **{f"{side}_arm": dataclasses.replace(arm, wrist=best)})


@scene("haandled-straek-boejesiden")
def _() -> Scene:
    (start, sx), (end, ex) = wrist_stretch_poses()
    wrist, top = WRIST_AT, WRIST_TABLE
    g = put(start, sx, WRIST_PELVIS_Y, ghost=True)
    fig = put(end, ex, WRIST_PELVIS_Y)
    s = fig.joint("near_shoulder")
    return Scene(
        [
            Panel().add(
                props.floor(-60, 80),
                equipment.table(wrist[0] - 20.0, 75.0, top),
                g,
                fig,
                arrow([(s[0] + 4.0, s[1] + 14.0), (s[0] - 16.0, s[1] + 14.0)]),
            )
        ]
    )


# The hand drawn large (about five times life size), so that the fingers read on a handout.
HAND_STYLE = props.Style()
FINGERS = (  # index, middle, ring, little: base x on the knuckle line, length, radius at the base
    (-17.0, 40.0, 5.6),
    (-5.5, 44.0, 5.6),
    (5.5, 41.0, 5.3),
    (16.0, 32.0, 4.8),
)


def _back_of_hand(spread: float, dx: float = 0.0, ghost: bool = False) -> list:
    """A right hand seen from its back, fingers up, thumb to the left; `spread` 0 (together) to 1."""
    fans = [(-3.0, 20.0), (-1.0, 6.0), (1.5, -8.0), (4.0, -22.0)]  # angle from vertical, together and spread
    palm = [
        (dx - 23.0, 40.0),
        (dx - 24.0, 10.0),
        (dx - 16.0, -10.0),
        (dx + 14.0, -10.0),
        (dx + 22.0, 8.0),
        (dx + 22.0, 38.0),
    ]
    outlines = [capsule((dx, -44.0), 16.0, (dx, -10.0), 17.0), _smooth_ring(palm)]
    tips = []
    for (x, length_, r), (a0, a1) in zip(FINGERS, fans, strict=True):
        a = math.radians(90.0 + a0 + (a1 - a0) * spread)
        base = (dx + x, 38.0)
        tip = (base[0] + length_ * math.cos(a), base[1] + length_ * math.sin(a))
        outlines.append(capsule(base, r, tip, r * 0.82))
        tips.append(tip)
    t = math.radians(128.0 + 14.0 * spread)
    thumb0 = (dx - 20.0, 6.0)
    outlines.append(capsule(thumb0, 7.5, (thumb0[0] + 30.0 * math.cos(t), thumb0[1] + 30.0 * math.sin(t)), 5.6))
    style = GHOST_STYLE if ghost else HAND_STYLE
    return [Union(tuple(counter_clockwise(o) for o in outlines), style)], tips


@scene("fingre-spred-elastik")
def _() -> Scene:
    panels = []
    for spread in (0.0, 1.0):
        hand, tips = _back_of_hand(spread)
        y = 38.0 + 24.0  # the band lies round the middle of the fingers
        band_pts = _band_round(tips, y, spread)
        panel = Panel().add(hand, props.band(band_pts, closed=True))
        if spread:
            index, little = tips[0], tips[-1]
            panel.add(arrow([(index[0] - 4.0, y + 22.0), (index[0] - 20.0, y + 26.0)]))
            panel.add(arrow([(little[0] + 4.0, y + 14.0), (little[0] + 20.0, y + 16.0)]))
        panels.append(panel)
    return Scene(panels)


def _smooth_ring(points: list) -> list:
    from .geometry import catmull_rom_closed

    return [("M", points[0])] + [("C",) + seg for seg in catmull_rom_closed(points)] + [("Z",)]


def _band_round(tips: list, y: float, spread: float) -> list:
    """A rubber band round the four fingers at height y (a flat loop seen from the back)."""
    left = -17.0 + (tips[0][0] + 17.0) * 0.55 - 6.0
    right = 16.0 + (tips[-1][0] - 16.0) * 0.55 + 6.0
    return [
        (left, y + 2.0),
        ((left + right) / 2, y + 4.0),
        (right, y + 1.0),
        (right - 1.0, y - 3.0),
        ((left + right) / 2, y - 2.0),
        (left + 1.0, y - 1.5),
    ]


def _side_of_hand(mcp: float, pip: float, dip: float) -> list:
    """A hand seen from the little-finger side, palm to the right, fingers up, bent at the three finger
    joints (the thumb is hidden behind: it stays relaxed)."""
    wrist, knuckle = (0.0, 0.0), (2.0, 46.0)
    outlines = [
        capsule((-3.0, -30.0), 11.0, wrist, 10.0),
        capsule(wrist, 10.0, knuckle, 7.8),
        capsule((4.0, 8.0), 9.5, (3.5, 30.0), 8.0),  # the fleshy edge of the palm
    ]
    direction = 90.0 - mcp
    point, radius = knuckle, 6.4
    joints = [knuckle]
    for seg, bend in ((23.0, 0.0), (14.0, pip), (10.0, dip)):
        direction -= bend
        a = math.radians(direction)
        nxt = (point[0] + seg * math.cos(a), point[1] + seg * math.sin(a))
        outlines.append(capsule(point, radius, nxt, radius - 0.6))
        point, radius = nxt, radius - 0.6
        joints.append(nxt)
    if mcp > 45:  # a fist: no gap between the bent fingers and the palm
        outlines.append([("M", joints[0])] + [("L", j) for j in joints[1:]] + [("L", (8.0, joints[-1][1])), ("Z",)])
    # the thumb lies along the palm side; in a fist it rests in front of the bent fingers
    # a nail on the back of the fingertip
    a = math.radians(direction)
    back = (-math.sin(a), math.cos(a))  # the side away from the palm
    n0 = (point[0] - 7.0 * math.cos(a) + back[0] * 3.0, point[1] - 7.0 * math.sin(a) + back[1] * 3.0)
    n1 = (point[0] - 0.5 * math.cos(a) + back[0] * 2.6, point[1] - 0.5 * math.sin(a) + back[1] * 2.6)
    nail = props.line(n0, n1, props.Style(fill="none", weight=0.8))
    creases = []  # short folds on the palm side of the finger joints
    for j, r in zip(joints[:-1], (6.4, 5.8, 5.2), strict=False):
        u = (joints[joints.index(j) + 1][0] - j[0], joints[joints.index(j) + 1][1] - j[1])
        n = math.hypot(*u)
        palm_side = (u[1] / n, -u[0] / n)
        creases.append(
            props.line(
                (j[0] + palm_side[0] * (r - 0.2), j[1] + palm_side[1] * (r - 0.2)),
                (j[0] + palm_side[0] * (r - 3.2), j[1] + palm_side[1] * (r - 3.2)),
                props.Style(fill="none", weight=0.7),
            )
        )
    return [Union(tuple(counter_clockwise(o) for o in outlines), HAND_STYLE), nail, *creases]


@scene("senegly-fingre")
def _() -> Scene:
    # straight, hook fist, straight fist, full fist: the fingers glide through every position
    return Scene(
        [Panel().add(_side_of_hand(*angles)) for angles in ((0, 0, 0), (0, 105, 85), (90, 95, 0), (90, 100, 70))]
    )


# Ankle and foot -------------------------------------------------------------------------------


@scene("fodsaal-bold")
def _() -> Scene:
    r = 4.0

    def pose(dx: float) -> Pose:
        p = _sitter()
        p = feet_at(p, (44.0 + dx, -SIT_Y + ANKLE_Y + 2 * r - 1.0), (45.0, -SIT_Y + ANKLE_Y), pelvis=(0.0, 0.0))
        return flat_foot(flat_foot(p, "near"), "far")

    p = pose(0.0)
    fig = put(p, 0.0, SIT_Y)
    ball_x = fig.joint("near_ball")[0] - 2.0
    ball = [props.Path(equipment.circle_path((ball_x, r), r), props.Style(fill="#bcbcbc", weight=0.9))]
    a = fig.joint("near_toe")
    return Scene(
        [
            chair_scene(p, extra=[ball]).add(
                props.floor(-30, 90), arrow([(a[0] - 22.0, 16.0), (a[0] + 8.0, 16.0)], both_ends=True)
            )
        ]
    )


# Whole body -----------------------------------------------------------------------------------


@scene("balance-hael-mod-taa")
def _() -> Scene:
    pel = (0.0, STAND_Y - 0.5)
    p = Pose(pregnant=PREG, near_arm=Arm(abduct=25, elbow=10), far_arm=Arm(abduct=25, elbow=10))
    p = feet_at(p, (8.5, ANKLE_Y), (-8.0, ANKLE_Y), pelvis=pel)
    p = flat_foot(flat_foot(p, "near"), "far")
    p = hands_at(p, (34.0, 93.0), (6.0, 46.0), pelvis=pel)
    table = equipment.table(30.0, 84.0, 90.0)
    side = Panel().add(props.floor(-50, 90), table, put(p, *pel))
    # the feet seen from above: one straight in front of the other, heel against toes
    prints = Panel().add(_footprint((0.0, 50.0)), _footprint((0.0, 7.0)))
    return Scene([side, prints], step_arrows=False)


@scene("ned-og-op-fra-gulvet")
def _() -> Scene:
    """Down and up again (steps 1-5): kneeling on one knee holding the chair, on all fours, sitting;
    the step arrows run both ways (down: left to right, up: back again) and the chair stands in
    front of the figure in every panel, as it stays in the room."""
    chair_x = 50.0  # the front edge of a sturdy chair's seat, facing the figure
    wall_h = 120.0  # a piece of the wall the chair stands against

    def chair(x: float = chair_x) -> list:  # against a wall, without its own floor line: each panel draws one
        return props.wall(x + 43.0, -1.0, wall_h) + props.chair(x, -1.0, SEAT)[:-1]

    # (standing in front of the chair needs no picture: the up and down arrows stand for it)
    # 1. one knee on the floor, the other foot in front, hands on the seat: kneeling down, and
    #    the last step up (push on the chair)
    kneel = Pose(pregnant=PREG, trunk=80.0, neck=-6.0)
    thigh_world = kneel.trunk + 180.0 - 5.0
    pel = (0.0, ANKLE_Y + 5.5 + 42.0 * math.sin(math.radians(360.0 - thigh_world)))
    kneel = with_(kneel, near_leg=Leg(hip=-5.0, knee=thigh_world - 180.0, ankle=-88))
    kneel = flat_foot(reach_foot(kneel, "far", (36.0, ANKLE_Y - pel[1])), "far")
    kneel = hands_at(kneel, (chair_x + 8.0, SEAT + 3.0), (chair_x + 10.0, SEAT + 3.0), pelvis=pel)
    kneeling = put(kneel, *pel)
    back = kneeling.joint("pelvis")[0] - 24.0  # behind the back: down from standing and up again
    p2 = Panel().add(
        props.floor(-40, chair_x + 47.0),
        chair(chair_x + 4.0),
        kneeling,
        arrow([(back, pel[1] + 12.0), (back, pel[1] + 62.0)], both_ends=True),
    )

    # 2. on hands and knees, the chair in front (the way up starts by taking hold of it)
    fours = grounded(hands_knees(PREG), 0.0, 0.0)
    reach = max(fours.joint("near_palm")[0], fours.joint("far_palm")[0], bounds(fours.shapes())[2])
    p3 = Panel().add(props.floor(-50, reach + 49.0), chair(reach + 6.0), fours)

    # 3. sitting on the floor, leaning on the hands, the chair where the feet point
    sit = Pose(pregnant=PREG, trunk=100.0, neck=6.0)
    sit = legs(sit, Leg(hip=78, knee=18, ankle=0), Leg(hip=74, knee=8, ankle=0))
    sit = hands_at(sit, (-24.0, -9.0), (-22.0, -9.0))
    seated = grounded(sit, 0.0, 0.0)
    toes = bounds(seated.shapes())[2]
    p4 = Panel().add(props.floor(-50, toes + 51.0), chair(toes + 8.0), seated)
    return Scene([p2, p3, p4], both_ways=True)


FOOT_RING = [  # a right foot's outline from above, heel at (0, 0), toes up the page
    (0.0, 0.0),
    (4.2, 2.5),
    (4.6, 12.0),
    (5.2, 20.0),
    (3.2, 25.5),
    (-1.0, 26.5),
    (-4.6, 23.0),
    (-4.2, 14.0),
    (-3.8, 4.0),
    (-2.5, 0.8),
]


SOLE_RING = [
    (0.0, 0.0),
    (4.2, 2.5),
    (4.8, 12.0),
    (5.4, 19.0),
    (4.4, 22.0),
    (1.0, 23.4),
    (-3.2, 23.2),
    (-4.6, 20.0),
    (-4.2, 14.0),
    (-3.8, 4.0),
    (-2.5, 0.8),
]
TOES = ((-2.2, 24.6, 2.0), (0.9, 24.9, 1.25), (2.7, 24.2, 1.15), (4.1, 22.9, 1.05), (5.1, 21.1, 0.95))


def _foot_from_above(heel: tuple, angle: float, mirror: bool, k: float, style=None) -> list:
    """A right foot (left when `mirror`) seen from above, heel at `heel`, toes up the page, turned
    `angle` degrees (+ outwards for the right foot)."""
    c, s_ = math.cos(math.radians(-angle)), math.sin(math.radians(-angle))

    def at(u: float, v: float) -> tuple:
        u = -u if mirror else u
        return (heel[0] + k * (u * c - v * s_), heel[1] + k * (u * s_ + v * c))

    style = style or props.Style(fill="#ffffff", weight=1.0)
    outlines = [_smooth_ring([at(u, v) for u, v in SOLE_RING])]
    outlines += [circle_path(at(u, v), r * k) for u, v, r in TOES]
    return [Union(tuple(counter_clockwise(o) for o in outlines), style)]


@scene("ankel-udad-elastik")
def _() -> Scene:
    k = 4.0
    left, right = (-26.0, 0.0), (26.0, 0.0)
    turned = 28.0
    ghost = _foot_from_above(right, 0.0, False, k, GHOST_STYLE)
    still = _foot_from_above(left, 0.0, True, k)
    moved = _foot_from_above(right, turned, False, k)
    # the band: a loop round both forefeet, pulled tight
    a = math.radians(-turned)
    fore = (
        right[0] + k * (0.0 * math.cos(a) - 18.0 * math.sin(a)),
        right[1] + k * (0.0 * math.sin(a) + 18.0 * math.cos(a)),
    )
    y = left[1] + 18.0 * k
    loop = [
        (left[0] - 5.0 * k, y + 4.0),
        ((left[0] + fore[0]) / 2, y + 9.0),
        (fore[0] + 6.0 * k * math.cos(a), fore[1] + 6.0 * k * math.sin(a) + 3.0),
        ((left[0] + fore[0]) / 2, y - 6.0),
        (left[0] - 5.0 * k, y - 4.0),
    ]
    return Scene(
        [
            Panel().add(
                ghost,
                still,
                moved,
                props.band(loop, closed=True),
                arc_arrow(right, 26.0 * k + 10.0, 92.0, 92.0 - turned),
            )
        ]
    )


def _footprint(heel: tuple) -> list:
    """A right foot seen from above, heel at `heel`, toes pointing up the page."""
    x, y = heel
    k = 1.6  # drawn a little larger than life, so the heel against the toes shows
    d = _smooth_ring([(x + k * u, y + k * v) for u, v in FOOT_RING])
    return [props.Path(d, props.Style(fill="#d6d6d6", weight=1.0))]


def _reach3(p: Pose, side: str, target, wrist: float = 0.0) -> Pose:
    """Reach one palm to a 3D point, the arm free to cross the body (a coarse, then a fine search)."""

    def error(sh: float, ab: float, el: float) -> float:
        q = with_(p, **{f"{side}_arm": Arm(shoulder=sh, abduct=ab, elbow=el, wrist=wrist)})
        w = build_joint(q, f"{side}_palm")
        return sum((w[i] - target[i]) ** 2 for i in range(3))

    grid = [(sh, ab, el) for sh in range(0, 121, 10) for ab in range(-60, 61, 10) for el in range(0, 141, 10)]
    c = min(grid, key=lambda a: error(*a))
    fine = [(c[0] + i, c[1] + j, c[2] + k) for i in range(-8, 9, 2) for j in range(-8, 9, 2) for k in range(-8, 9, 2)]
    sh, ab, el = min(fine, key=lambda a: error(*a))
    return with_(p, **{f"{side}_arm": Arm(shoulder=sh, abduct=ab, elbow=el, wrist=wrist)})


def _hands_behind_head(p: Pose) -> Pose:
    """Both palms at the back of the head, the elbows out to the sides."""
    sk = build(p)
    head, face = sk.joints["head"], apply(sk.frames["head"], (1.0, 0.0, 0.0))
    for side, sign in (("near", 1.0), ("far", -1.0)):
        target = (head[0] - 7.0 * face[0], head[1] - 7.0 * face[1], head[2] - 7.0 * face[2] + sign * 5.0)
        best = None
        for sh in range(90, 181, 10):
            for ab in range(30, 121, 10):
                for el in range(90, 161, 10):
                    q = with_(p, **{f"{side}_arm": Arm(shoulder=sh, abduct=ab, elbow=el)})
                    w = build(q).joints[f"{side}_palm"]
                    e = sum((w[i] - target[i]) ** 2 for i in range(3))
                    if best is None or e < best[0]:
                        best = (e, q)
        p = best[1]
    return p
