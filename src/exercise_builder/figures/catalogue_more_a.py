"""Scenes of the wider library, part A (issue 17, libA): neck, upper back, shoulder, hand,
foot and whole-body exercises, drawn with the general figure (no pregnant variant)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from . import equipment, props
from .arrows import arc_arrow, arrow
from .kinematics import flat_foot, reach_hand
from .poses import (
    ANKLE_Y,
    SIT_Y,
    STAND_Y,
    build_joint,
    feet_at,
    hands_at,
    sitting,
    standing,
    with_,
)
from .scene import Panel, Scene
from .skeleton import Arm, Pose
from .staging import chair_scene, put

SCENES: dict[str, Callable[[], Scene]] = {}
PREG = False  # the general figure: these exercises are for everyone
YAW = -35.0  # turned a little towards the viewer, so both arms show


def scene(slug: str):
    def deco(fn: Callable[[], Scene]):
        SCENES[slug] = fn
        return fn

    return deco


def _sitter(**kw) -> Pose:
    return hands_at(sitting(PREG, **kw), (26.0, 4.0), (28.0, 4.0))


# Neck -----------------------------------------------------------------------------------------


@scene("nakke-pres-haand")
def _() -> Scene:
    p = _sitter()
    head = build_joint(p, "head")
    p = _reach3(p, "near", (head[0] + 11.5, head[1] + 1.0, head[2] + 3.0), wrist=-50.0)
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
    return Scene([chair_scene(up, start).add(arc_arrow((n[0] - 2.0, n[1]), 32.0, 40.0, 95.0))])


# Elbow, wrist and hand ------------------------------------------------------------------------


@scene("haandled-straek-boejesiden")
def _() -> Scene:
    top = 90.0  # a kitchen counter
    pel = (-6.0, STAND_Y)

    def pose(trunk: float) -> Pose:
        p = with_(standing(PREG), trunk=trunk)
        p = reach_hand(p, "near", (40.0 - pel[0], top + 3.0 - pel[1]))
        w = build_joint(p, "near_wrist")

        def flatness(wrist: float) -> float:  # the palm flat on the counter, fingers towards the body
            t = build_joint(with_(p, near_arm=dataclasses.replace(p.near_arm, wrist=wrist)), "near_fingertip")
            return abs(t[1] - w[1]) + (0.0 if t[0] < w[0] else 100.0)

        return with_(p, near_arm=dataclasses.replace(p.near_arm, wrist=min(range(-180, 181, 2), key=flatness)))

    g = put(pose(90.0), *pel, ghost=True)
    fig = put(pose(97.0), *pel)
    s = fig.joint("near_shoulder")
    return Scene(
        [
            Panel().add(
                props.floor(-50, 90),
                equipment.table(14.0, 80.0, top),
                g,
                fig,
                arrow([(s[0] - 14.0, s[1] + 8.0), (s[0] - 32.0, s[1] + 8.0)]),
            )
        ]
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


def _footprint(heel: tuple) -> list:
    """A right foot seen from above, heel at `heel`, toes pointing up the page."""
    from .geometry import catmull_rom_closed

    x, y = heel
    k = 1.6  # drawn a little larger than life, so the heel against the toes shows
    ring = [(0.0, 0.0), (4.2, 2.5), (4.6, 12.0), (5.2, 20.0), (3.2, 25.5),
            (-1.0, 26.5), (-4.6, 23.0), (-4.2, 14.0), (-3.8, 4.0), (-2.5, 0.8)]
    ring = [(x + k * u, y + k * v) for u, v in ring]
    d = [("M", ring[0])] + [("C",) + s for s in catmull_rom_closed(ring)] + [("Z",)]
    return [props.Path(d, props.Style(fill="#d6d6d6", weight=1.0))]


def _reach3(p: Pose, side: str, target, wrist: float = 0.0) -> Pose:
    """Reach one palm to a 3D point, the arm free to cross the body (a search over its angles)."""
    best = None
    for sh in range(0, 121, 5):
        for ab in range(-60, 61, 5):
            for el in range(0, 141, 10):
                for rot in (-30, 0, 30, 60):
                    q = with_(p, **{f"{side}_arm": Arm(shoulder=sh, abduct=ab, elbow=el, rotate=rot, wrist=wrist)})
                    w = build_joint(q, f"{side}_palm")
                    e = sum((w[i] - target[i]) ** 2 for i in range(3))
                    if best is None or e < best[0]:
                        best = (e, q)
    return best[1]


def render(slug: str) -> str:
    return SCENES[slug]().to_svg()
