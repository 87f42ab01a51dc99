"""Scenes of the practice library: aids and exercises for the whole body, drawn with the
figure without a pregnant belly (the pregnancy scenes live in catalogue.py)."""

from __future__ import annotations

import dataclasses
from typing import Callable

from . import practice_props as kit
from . import props
from .arrows import arc_arrow, arrow
from .kinematics import flat_foot, reach_foot
from .poses import (
    ANKLE_Y, LYING_ARM, RELAXED_ARMS, SEAT, SIT_Y, STAND_Y, build_joint, feet_at, hands_at, legs, side_lying, sitting,
    standing, walking, with_,
)
from .scene import Panel, Scene
from .skeleton import Arm, Camera, Leg, Pose
from .staging import chair_scene, grounded, put

SCENES: dict[str, Callable[[], Scene]] = {}
PREG = False  # the general figure: these exercises are for everyone


def scene(slug: str):
    def deco(fn: Callable[[], Scene]):
        SCENES[slug] = fn
        return fn

    return deco


# Aids -----------------------------------------------------------------------------------------

@scene("varmepude")
def _() -> Scene:
    p = sitting(PREG)
    p = hands_at(p, (28.0, 4.0), (30.0, 4.0))
    fig = put(p, 0.0, SIT_Y)
    w = fig.joint("waist")
    pad = kit.heat_pad(w[0] - 16.0, w[1] - 14.0, w[0] - 9.0, w[1] + 12.0, waves=False)
    waves = [props.curve([(w[0] - 22 - 6 * k, w[1] - 4 + 2 * k), (w[0] - 26 - 6 * k, w[1] + 2 + 2 * k),
                          (w[0] - 22 - 6 * k, w[1] + 8 + 2 * k)], props.THIN_LINE) for k in range(2)]
    return Scene([chair_scene(p).add(pad, waves)])


@scene("skammel")
def _() -> Scene:
    p = Pose(pregnant=PREG, trunk=90.0)
    p = feet_at(p, (44.0, -(SEAT + 8.5) + 20.0 + ANKLE_Y), (42.0, -(SEAT + 8.5) + 20.0 + ANKLE_Y))
    p = hands_at(p, (26.0, 4.0), (28.0, 4.0))
    return Scene([chair_scene(p).add(kit.stool(30.0, 34.0, 20.0))])


@scene("kilepude")
def _() -> Scene:
    lift = 8.0
    p = Pose(pregnant=PREG, trunk=92.0)
    p = feet_at(p, (47.0, -(SEAT + 8.5 + lift) + ANKLE_Y), (45.0, -(SEAT + 8.5 + lift) + ANKLE_Y))
    p = hands_at(p, (28.0, 4.0), (30.0, 4.0))
    panel = Panel().add(props.chair(24.0, 1.0, SEAT), kit.wedge(-18.0, 24.0, SEAT, high=13.0, low=3.0),
                        put(p, 0.0, SIT_Y + lift))
    return Scene([panel])


@scene("kompressionsstroemper")
def _() -> Scene:
    p = standing(PREG)
    fig = put(p, 0.0, STAND_Y)
    shapes = []
    for side in ("far", "near"):
        k, a, t = fig.joint(f"{side}_knee"), fig.joint(f"{side}_ankle"), fig.joint(f"{side}_toe")
        shapes.extend(kit.stocking(k, a, t))
    return Scene([Panel().add(props.floor(-50, 60), fig, shapes)])


@scene("rollator")
def _() -> Scene:
    p = walking(PREG, stride=22.0)
    pel = (0.0, STAND_Y - 2)
    grip = (40.0, 86.0)
    p = hands_at(p, grip, (grip[0] + 2, grip[1] + 1), pelvis=pel)
    fig = put(p, *pel)
    frame = kit.rollator(grip[0] + 6.0, grip[1] - 2.0, 58.0)
    panel = Panel().add(props.floor(-60, 110), fig.layers["back"], fig.layers["core"], frame, fig.layers["front"])
    return Scene([panel.add(arrow([(70.0, 120.0), (100.0, 120.0)]))])


def render(slug: str) -> str:
    return SCENES[slug]().to_svg()
