"""Scenes for the pregnancy and after-birth exercises added after the first library: each drawn
for a pregnant figure where it suits pregnancy (PREGNANCY) and always without the belly."""

from __future__ import annotations

from . import catalogue, props
from .arrows import arc_arrow, arrow
from .equipment import dumbbell
from .kinematics import flat_foot, reach_foot
from .poses import (
    ANKLE_Y,
    RELAXED_ARMS,
    STAND_Y,
    feet_at,
    hands_at,
    hook_lying,
    on_all_fours,
    side_lying,
    sitting,
    standing,
    walking,
    with_,
)
from .registry import Figures
from .scene import Panel, Scene
from .skeleton import Arm, Leg, Pose
from .staging import SIDE_LYING, chair_scene, grounded, mat_under, put

# drawn a second time with a pregnant figure: the ones a pregnant woman does
PREGNANCY = {
    "baekkenvip-sideliggende",
    "pude-klem-knae",
    "vugge-firfod",
    "rotation-sideliggende",
    "goblet-squat",
    "split-squat",
    "baere-vaegte",
    "knib-staaende",
    "knib-hurtige",
    "knib-sideliggende",
}


FIGURES = Figures(PREGNANCY)
SCENES, BUILDERS, scene, render = FIGURES.scenes, FIGURES.builders, FIGURES.scene, FIGURES.render


@scene("baekkenvip-sideliggende")
def _(preg: bool) -> Scene:
    cam = SIDE_LYING
    p = with_(
        side_lying(preg, hip=50.0, knee=80.0), near_arm=Arm(shoulder=170, elbow=10), far_arm=Arm(shoulder=70, elbow=70)
    )
    tilted = with_(p, spine=12.0)
    g = grounded(p, 0.0, 2.5, ghost=True, cam=cam)
    fig = grounded(tilted, 0.0, 2.5, cam=cam)
    px, py = fig.joint("pelvis")
    return Scene([Panel().add(mat_under(fig), g, fig, arc_arrow((px, py), 26.0, 200.0, 290.0, both_ends=True))])


@scene("pude-klem-knae")
def _(preg: bool) -> Scene:
    p = hands_at(sitting(preg), (28.0, 4.0), (30.0, 4.0))
    panel = chair_scene(p)
    fig = put(p, 0.0, 0.0)
    k = fig.joint("near_knee")
    from .poses import SIT_Y

    knee = (k[0] - 6.0, k[1] + SIT_Y)
    pillow = props.pillow(knee, 20.0, 11.0)
    return Scene([panel.add(pillow, arrow([(knee[0], knee[1] + 26.0), (knee[0], knee[1] + 10.0)]))])


@scene("vugge-firfod")
def _(preg: bool) -> Scene:
    base = on_all_fours(preg, 0.0, 0.0)
    fig = grounded(base, 0.0, 2.5)
    back = grounded(base, -16.0, 2.5, ghost=True)
    w = fig.joint("waist")
    return Scene(
        [
            Panel().add(
                props.mat(-80, 80), back, fig, arrow([(w[0] - 24, w[1] + 26), (w[0] + 8, w[1] + 26)], both_ends=True)
            )
        ]
    )


@scene("rotation-sideliggende")
def _(preg: bool) -> Scene:
    cam = SIDE_LYING
    p = with_(side_lying(preg, hip=80.0, knee=90.0), near_arm=Arm(shoulder=170, elbow=10))
    # the top arm points at the ceiling on its way back; forward along the floor it would hide behind the body
    fig = grounded(with_(p, far_arm=Arm(shoulder=90, elbow=0, abduct=90), neck=-10.0), 0.0, 2.5, cam=cam)
    hand = fig.joint("far_wrist")
    return Scene([Panel().add(mat_under(fig), fig, arc_arrow((hand[0], hand[1] - 30.0), 34.0, 20.0, 160.0))])


def _squat(preg: bool, low_y: float) -> Pose:
    sq = Pose(
        pregnant=preg, trunk=70.0, neck=-15.0, near_arm=Arm(shoulder=40, elbow=120), far_arm=Arm(shoulder=40, elbow=120)
    )
    return feet_at(sq, (14.0, ANKLE_Y), (12.0, ANKLE_Y), pelvis=(0.0, low_y))


@scene("goblet-squat")
def _(preg: bool) -> Scene:
    up = standing(preg, near_arm=Arm(shoulder=30, elbow=130), far_arm=Arm(shoulder=30, elbow=130))
    g = put(up, 0.0, STAND_Y, ghost=True)
    low = 60.0
    fig = put(_squat(preg, low), 0.0, low)
    hand = fig.joint("near_palm")
    return Scene(
        [
            Panel().add(
                props.floor(-50, 60),
                g,
                fig,
                props.kettlebell((hand[0], hand[1] + 1.0)),
                arrow([(-40.0, 96.0), (-40.0, 66.0)]),
            )
        ]
    )


@scene("split-squat")
def _(preg: bool) -> Scene:
    front_ankle, back_ankle = (34.0, ANKLE_Y), (-42.0, 16.5)

    def split(pel: tuple) -> Pose:
        p = Pose(pregnant=preg, trunk=90.0, **RELAXED_ARMS)
        p = reach_foot(p, "near", (front_ankle[0] - pel[0], front_ankle[1] - pel[1]))
        p = flat_foot(p, "near")
        p = reach_foot(p, "far", (back_ankle[0] - pel[0], back_ankle[1] - pel[1]))
        return flat_foot(p, "far", toes_up=-55)

    low, high = (0.0, 58.0), (0.0, 80.0)
    fig = put(split(low), *low)
    weights = [dumbbell(fig.joint(f"{side}_palm"), 90.0, 14.0) for side in ("far", "near")]
    return Scene(
        [
            Panel().add(
                props.floor(-70, 80),
                put(split(high), *high, ghost=True),
                weights[0],
                fig,
                weights[1],
                arrow([(-30.0, 104.0), (-30.0, 74.0)], both_ends=True),
            )
        ]
    )


@scene("baere-vaegte")
def _(preg: bool) -> Scene:
    p = walking(preg, stride=20.0)
    p = with_(p, near_arm=Arm(shoulder=0, elbow=5, abduct=8), far_arm=Arm(shoulder=0, elbow=5, abduct=8))
    fig = put(p, 0.0, STAND_Y - 2)
    weights = [dumbbell(fig.joint(f"{side}_palm"), 0.0, 14.0) for side in ("far", "near")]
    panel = Panel().add(props.floor(-50, 90), weights[0], fig, weights[1])
    return Scene([panel.add(arrow([(40.0, 120.0), (70.0, 120.0)]))])


@scene("knib-staaende")
def _(preg: bool) -> Scene:
    fig = put(standing(preg), 0.0, STAND_Y, marks=("pelvic_floor",))
    px, py = fig.joint("pelvis")
    return Scene([Panel().add(props.floor(-40, 50), fig, arrow([(px + 30.0, py - 14.0), (px + 30.0, py + 4.0)]))])


@scene("knib-hurtige")
def _(preg: bool) -> Scene:
    from .poses import SIT_Y

    p = hands_at(sitting(preg), (28.0, 4.0), (30.0, 4.0))
    panel = chair_scene(p, marks=("pelvic_floor",))
    arrows = [arrow([(x, SIT_Y - 4.0), (x, SIT_Y + 10.0)]) for x in (-6.0, 2.0, 10.0)]
    return Scene([panel.add(*arrows)])


@scene("knib-sideliggende")
def _(preg: bool) -> Scene:
    cam = SIDE_LYING
    p = with_(
        side_lying(preg, hip=50.0, knee=80.0), near_arm=Arm(shoulder=170, elbow=10), far_arm=Arm(shoulder=70, elbow=70)
    )
    fig = grounded(p, 0.0, 2.5, cam=cam, marks=("pelvic_floor",))
    px, py = fig.joint("pelvis")
    return Scene(
        [
            Panel().add(
                mat_under(fig),
                fig,
                props.pillow((fig.joint("near_knee")[0], py - 2.0), 16.0, 8.0),
                arrow([(px - 4.0, py + 18.0), (px - 4.0, py + 34.0)]),
            )
        ]
    )


@scene("op-efter-kejsersnit")
def _(preg: bool) -> Scene:
    return catalogue.BUILDERS["op-fra-liggende"](False)  # the same way up from bed, with the belly as it is after birth


@scene("hop-paa-stedet")
def _(preg: bool) -> Scene:
    up = standing(preg)
    g = put(up, 0.0, STAND_Y, ghost=True)
    hop = with_(
        up,
        near_leg=Leg(hip=8, knee=10, ankle=-30),
        far_leg=Leg(hip=8, knee=10, ankle=-30),
        near_arm=Arm(shoulder=-20, elbow=60),
        far_arm=Arm(shoulder=-20, elbow=60),
    )
    fig = put(hop, 0.0, STAND_Y + 10.0)
    return Scene([Panel().add(props.floor(-40, 50), g, fig, arrow([(34.0, 96.0), (34.0, 120.0)], both_ends=True))])


@scene("hovedloeft-mave")
def _(preg: bool) -> Scene:
    base = hook_lying(preg)
    g = grounded(base, 0.0, 2.5, ghost=True)
    curl = with_(base, neck=30.0, trunk=168.0)
    fig = grounded(curl, 0.0, 2.5)
    h = fig.joint("head")
    return Scene([Panel().add(props.mat(-110, 90), g, fig, arc_arrow((h[0] + 20.0, h[1] - 14.0), 22.0, 160.0, 100.0))])
