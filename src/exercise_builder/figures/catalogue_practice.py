"""Scenes of the practice library: aids and exercises for the whole body, drawn with the
figure without a pregnant belly (the pregnancy scenes live in catalogue.py)."""

from __future__ import annotations

import dataclasses
import math

from . import practice_props as kit
from . import props
from .arrows import arc_arrow, arrow
from .body import PosedFigure
from .kinematics import flat_feet, flat_foot, reach_foot, reach_hand
from .poses import (
    ANKLE_Y,
    LYING_ARM,
    RELAXED_ARMS,
    SEAT,
    SIT_Y,
    STAND_Y,
    build_joint,
    feet_at,
    hands_at,
    legs,
    side_lying,
    sitting,
    standing,
    walking,
    with_,
)
from .registry import Figures
from .scene import Panel, Scene
from .skeleton import Arm, Camera, Leg, Pose
from .staging import chair_scene, front_chair, front_sitter, grounded, outline_points, put, underside
from .svg import GHOST_STROKE

FIGURES = Figures()  # general figures only: these exercises are for everyone
SCENES, scene, render = FIGURES.scenes, FIGURES.general, FIGURES.render
PREG = False  # the general figure: these exercises are for everyone


# Aids -----------------------------------------------------------------------------------------


@scene("varmepude")
def _() -> Scene:
    p = sitting(PREG)
    p = hands_at(p, (28.0, 4.0), (30.0, 4.0))
    fig = put(p, 0.0, SIT_Y)
    w = fig.joint("waist")
    pad = kit.heat_pad(w[0] - 16.0, w[1] - 14.0, w[0] - 9.0, w[1] + 12.0, waves=False)
    waves = [
        props.curve(
            [
                (w[0] - 22 - 6 * k, w[1] - 4 + 2 * k),
                (w[0] - 26 - 6 * k, w[1] + 2 + 2 * k),
                (w[0] - 22 - 6 * k, w[1] + 8 + 2 * k),
            ],
            props.THIN_LINE,
        )
        for k in range(2)
    ]
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
    panel = Panel().add(
        props.chair(24.0, 1.0, SEAT), kit.wedge(-18.0, 24.0, SEAT, high=13.0, low=3.0), put(p, 0.0, SIT_Y + lift)
    )
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


# Knee -----------------------------------------------------------------------------------------


@scene("knaestraek-siddende")
def _() -> Scene:
    p = hands_at(sitting(PREG), (26.0, 4.0), (28.0, 4.0))
    straight = with_(p, near_leg=Leg(hip=88, knee=4, ankle=8))
    fig = put(straight, 0.0, SIT_Y)
    k = fig.joint("near_knee")
    return Scene([chair_scene(straight, p).add(arc_arrow(k, 30.0, -80.0, -12.0))])


@scene("laarspaend-langsiddende")
def _() -> Scene:
    p = Pose(pregnant=PREG, trunk=104.0, neck=6.0)
    # the far leg lies on the mat; the near knee rests on a small roll, the heel just off the mat
    p = legs(p, Leg(hip=86, knee=16, ankle=6), Leg(hip=72, knee=0, ankle=6))
    fig = put(p, 0.0, 0.0)
    seat = underside(fig, 4.0)  # the bottom, relative to the pelvis
    p = hands_at(p, (-24.0, seat + 14.0), (-22.0, seat + 14.0))  # fingertips on the mat behind her
    fig = put(p, 0.0, 2.5 - seat)
    k = fig.joint("near_knee")
    r = max(2.5, (k[1] - 5.1 - 2.5) / 2)  # 5.1: the knee's radius
    roll = kit.towel_roll((k[0], 2.5 + r), radius=r)
    # the roll is under the near knee, in front of the far leg
    return Scene(
        [
            Panel().add(
                props.mat(-50, 110),
                fig.layers["back"],
                roll,
                fig.layers["core"],
                fig.layers["front"],
                arrow([(k[0], k[1] + 24.0), (k[0], k[1] + 8.0)]),
            )
        ]
    )


@scene("strakt-benloeft")
def _() -> Scene:
    base = Pose(trunk=180.0, pregnant=PREG, near_arm=LYING_ARM, far_arm=LYING_ARM)
    base = feet_at(base, (62.0, -4.0), (64.0, -4.0))
    down = with_(base, near_leg=Leg(hip=0, knee=0, ankle=10))
    up = with_(base, near_leg=Leg(hip=35, knee=0, ankle=10))
    g = grounded(down, 0.0, 2.5, ghost=True)
    fig = put(up, *g.joint("pelvis"))
    a = fig.joint("near_ankle")
    return Scene([Panel().add(props.mat(-110, 110), g, fig, arrow([(a[0] + 16, 12.0), (a[0] + 16, a[1] - 6.0)]))])


@scene("knaeboejning-stol")
def _() -> Scene:
    chair = props.chair(-12.0, 1.0, SEAT)
    up = hands_at(standing(PREG), (30.0, 36.0), (32.0, 36.0))
    up = with_(up, near_arm=Arm(shoulder=80, elbow=5), far_arm=Arm(shoulder=80, elbow=5))
    g = put(up, 8.0, STAND_Y, ghost=True)
    pel = (-4.0, SEAT + 16.0)
    sq = Pose(
        pregnant=PREG, trunk=58.0, neck=-20.0, near_arm=Arm(shoulder=110, elbow=5), far_arm=Arm(shoulder=110, elbow=5)
    )
    sq = feet_at(sq, (18.0, ANKLE_Y), (16.0, ANKLE_Y), pelvis=pel)
    fig = put(sq, *pel)
    return Scene([Panel().add(chair, g, fig, arrow([(-40.0, 110.0), (-40.0, 80.0)]))])


@scene("trin-ned")
def _() -> Scene:
    step_h = 20.0
    stance = (-6.0, step_h + ANKLE_Y)

    def pose(pel: tuple, reach: float) -> Pose:
        p = Pose(pregnant=PREG, trunk=96.0, near_arm=Arm(shoulder=30, elbow=20), far_arm=Arm(shoulder=30, elbow=20))
        p = reach_foot(p, "near", (stance[0] - pel[0], stance[1] - pel[1]))
        p = flat_foot(p, "near")
        p = reach_foot(p, "far", (reach - pel[0], ANKLE_Y + 2.0 + (step_h if reach < 20 else 0.0) - pel[1]))
        return flat_foot(p, "far", toes_up=18)

    high, low = (-8.0, step_h + STAND_Y - 4.0), (-6.0, step_h + STAND_Y - 26.0)
    g = put(pose(high, 4.0), *high, ghost=True)
    fig = put(pose(low, 26.0), *low)
    h = fig.joint("far_heel")
    return Scene(
        [
            Panel().add(
                props.floor(-50, 70),
                props.step(-36.0, 12.0, step_h),
                g,
                fig,
                arrow([(h[0] + 14, h[1] + 30), (h[0] + 14, h[1] + 6)]),
            )
        ]
    )


@scene("knaestraek-elastik")
def _() -> Scene:
    door_x = 50.0
    bent = with_(standing(PREG), near_leg=Leg(hip=22, knee=38, ankle=8))
    bent = flat_foot(bent, "near")
    straight = standing(PREG)
    fig = put(straight, 0.0, STAND_Y)
    g = put(bent, 0.0, STAND_Y - 1.0, ghost=True)
    k = fig.joint("near_knee")
    band = props.band([(k[0] - 4.0, k[1]), (k[0] + 4.0, k[1] - 3.0), (door_x, k[1] + 4.0)])
    return Scene(
        [
            Panel().add(
                props.floor(-50, door_x),
                kit.door(door_x, k[1] + 4.0),
                g,
                fig,
                band,
                arrow([(k[0] + 22.0, k[1] + 16.0), (k[0] + 8.0, k[1] + 16.0)]),
            )
        ]
    )


def _hand_on_chair(p: Pose, pel: tuple, back_x: float = 44.0) -> tuple[Pose, list]:
    """The near hand resting on the back of a chair in front of the figure."""
    top = (back_x + 2.0, SEAT + 44.0 + 1.0)
    return hands_at(p, top, (top[0] + 2.0, top[1]), pelvis=pel), props.chair(back_x + 42.0, 1.0, SEAT)


def _chair_beside(p: Pose, pel: tuple, back_x: float = 26.0) -> tuple[Pose, list]:
    """A chair beside the figure (drawn behind her), its back a little in front of her and the
    far hand resting on it."""
    top = (back_x - 3.0, SEAT + 44.0 + 2.0)
    return reach_hand(p, "far", (top[0] - pel[0], top[1] - pel[1])), props.chair(back_x - 42.0, -1.0, SEAT)


@scene("haelen-mod-balden")
def _() -> Scene:
    pel = (0.0, STAND_Y)
    base, chair = _hand_on_chair(standing(PREG), pel)
    curl = with_(base, near_leg=Leg(hip=-6, knee=115, ankle=-20))
    g = put(base, *pel, ghost=True)
    fig = put(curl, *pel)
    k = fig.joint("near_knee")
    # the floor reaches under the standing foot too
    return Scene([Panel().add(props.floor(-40, 60), chair, g, fig, arc_arrow(k, 30.0, -100.0, -165.0))])


@scene("knaeboejning-maveliggende")
def _() -> Scene:
    flat = Pose(trunk=0.0, pregnant=PREG, neck=-10.0, near_arm=LYING_ARM, far_arm=LYING_ARM)
    flat = legs(flat, Leg(hip=0, knee=0, ankle=-60))
    bent = with_(flat, near_leg=Leg(hip=0, knee=95, ankle=-20))
    g = grounded(flat, 0.0, 2.5, ghost=True)
    fig = put(bent, *g.joint("pelvis"))
    k = fig.joint("near_knee")
    return Scene([Panel().add(props.mat(-110, 110), g, fig, arc_arrow(k, 34.0, 180.0, 100.0))])


@scene("baglaar-straek-siddende")
def _() -> Scene:
    p = Pose(pregnant=PREG, trunk=62.0, neck=-14.0)
    p = feet_at(p, (47.0, -(SEAT + 8.5) + ANKLE_Y), (45.0, -(SEAT + 8.5) + ANKLE_Y))
    p = reach_foot(p, "near", (72.0, ANKLE_Y - 1.0 - SIT_Y))
    p = with_(p, near_leg=dataclasses.replace(p.near_leg, ankle=22.0))
    k = build_joint(p, "near_knee")
    p = hands_at(p, (k[0] - 10.0, k[1] + 5.0), (k[0] - 8.0, k[1] + 5.0))
    fig = put(p, 0.0, SIT_Y)
    return Scene([Panel().add(props.chair(24.0, 1.0, SEAT), fig)])


@scene("forlaar-straek-staaende")
def _() -> Scene:
    wall_x = 34.0
    p = standing(PREG)
    p = with_(p, near_leg=Leg(hip=-8, knee=135, ankle=-30))
    a = build_joint(p, "near_ankle")
    p = hands_at(p, (a[0] - 2.0, a[1] + 2.0), (wall_x - 3.0, 42.0))
    return Scene([Panel().add(props.wall(wall_x, -1.0), props.floor(-50, wall_x), put(p, 0.0, STAND_Y))])


@scene("et-bens-knaeboejning")
def _() -> Scene:
    def pose(pel: tuple) -> tuple[Pose, list]:
        p = Pose(pregnant=PREG, trunk=86.0, far_arm=Arm(shoulder=10, elbow=20))
        p = reach_foot(p, "near", (4.0 - pel[0], ANKLE_Y - pel[1]))
        p = flat_foot(p, "near")
        p = with_(p, far_leg=Leg(hip=-10, knee=80, ankle=-20))
        return _hand_on_chair(p, pel)

    high, low = (0.0, STAND_Y - 1.0), (-5.0, STAND_Y - 13.0)
    (up, _chair), (down, chair) = pose(high), pose(low)
    g = put(up, *high, ghost=True)
    fig = put(down, *low)
    return Scene([Panel().add(chair, g, fig, arrow([(-40.0, 120.0), (-40.0, 96.0)]))])


@scene("vaegsid")
def _() -> Scene:
    pel = (4.0, 54.0)
    p = Pose(pregnant=PREG, trunk=92.0, **RELAXED_ARMS)
    p = feet_at(p, (46.0, ANKLE_Y), (44.0, ANKLE_Y), pelvis=pel)
    return Scene([Panel().add(props.wall(-13.0, 1.0), props.floor(-13, 80), put(p, *pel))])


@scene("knaeboejning-siddende")
def _() -> Scene:
    p = hands_at(sitting(PREG), (26.0, 4.0), (28.0, 4.0))
    back = reach_foot(p, "near", (18.0, -(SEAT + 8.5) + ANKLE_Y + 5.0))
    back = flat_foot(back, "near", toes_up=-30)
    fig = put(back, 0.0, SIT_Y)
    a = fig.joint("near_ankle")
    return Scene([chair_scene(back, p).add(arrow([(a[0] + 34.0, 3.0), (a[0] + 12.0, 3.0)]))])


@scene("udfald-bagud")
def _() -> Scene:
    front_ankle, back_ankle = (26.0, ANKLE_Y), (-58.0, 17.0)
    pel = (-6.0, 58.0)
    p = Pose(pregnant=PREG, trunk=90.0, near_arm=Arm(shoulder=20, elbow=70), far_arm=Arm(shoulder=20, elbow=70))
    p = reach_foot(p, "near", (front_ankle[0] - pel[0], front_ankle[1] - pel[1]))
    p = flat_foot(p, "near")
    p = reach_foot(p, "far", (back_ankle[0] - pel[0], back_ankle[1] - pel[1]))
    p = flat_foot(p, "far", toes_up=-55)
    up = hands_at(standing(PREG), (16.0, 30.0), (18.0, 30.0))
    g = put(with_(up, near_arm=p.near_arm, far_arm=p.far_arm), 22.0, STAND_Y, ghost=True)
    return Scene([Panel().add(props.floor(-80, 60), g, put(p, *pel), arrow([(-20.0, 20.0), (-50.0, 30.0)]))])


@scene("motionscykel")
def _() -> Scene:
    saddle = (0.0, 84.0)
    crank = (30.0, 30.0)
    pel = (saddle[0] + 2.0, saddle[1] + 8.5)
    p = Pose(pregnant=PREG, trunk=72.0, neck=-16.0)
    p = reach_foot(p, "near", (crank[0] + 14.0 - pel[0], crank[1] + 8.0 - pel[1]))
    p = reach_foot(p, "far", (crank[0] - 14.0 - pel[0], crank[1] - 10.0 - pel[1]))
    p = flat_feet(p)
    bars = (64.0, 112.0)
    p = hands_at(p, bars, (bars[0] + 2.0, bars[1]), pelvis=pel)
    frame = props.Style(fill="none", weight=2.2)
    bike = [
        props.line((-30.0, 2.0), (80.0, 2.0), frame),
        props.line((crank[0], crank[1]), (saddle[0] + 4.0, saddle[1] - 4.0), frame),
        props.line((crank[0], crank[1]), (bars[0] - 2.0, bars[1] - 4.0), frame),
        props.line((-14.0, 2.0), (crank[0], crank[1]), frame),
        props.line((70.0, 2.0), (crank[0] + 8.0, crank[1]), frame),
        props.Path(
            props.rect(saddle[0] - 12.0, saddle[1] - 3.0, saddle[0] + 12.0, saddle[1] + 2.0, 2.0),
            props.Style(fill="#9a9a9a"),
        ),
        props.line((bars[0] - 2.0, bars[1] - 4.0), (bars[0] + 6.0, bars[1]), props.Style(fill="none", weight=3.0)),
    ]
    wheel = [
        props.Path(kit.circle_path(crank, 16.0), props.Style(fill="#e6e6e6")),
        props.Path(kit.circle_path(crank, 3.0), props.OUTLINE),
    ]
    fig = put(p, *pel)
    near_pedal, far_pedal = fig.joint("near_ball"), fig.joint("far_ball")
    crank_style = props.Style(fill="none", weight=2.6)
    cranks = [props.line(crank, near_pedal, crank_style), props.line(crank, far_pedal, crank_style)]
    pedals = [
        props.Path(props.rect(x - 5.0, y - 2.5, x + 5.0, y - 0.5, 0.8), props.Style(fill="#5a5a5a"))
        for x, y in (near_pedal, far_pedal)
    ]
    panel = Panel().add(
        props.floor(-40, 90), fig.layers["back"], wheel, bike, cranks, pedals, fig.layers["core"], fig.layers["front"]
    )
    return Scene([panel.add(arc_arrow(crank, 24.0, 90.0, -200.0))])


@scene("haelglid-haandklaede")
def _() -> Scene:
    p = Pose(trunk=160.0, pregnant=PREG, neck=20.0, near_arm=LYING_ARM, far_arm=LYING_ARM)
    straight = legs(p, Leg(hip=20, knee=0, ankle=10))
    bent = with_(straight, near_leg=Leg(hip=20, knee=0, ankle=10))
    bent = reach_foot(bent, "near", (52.0, -4.0))
    bent = flat_foot(bent, "near")
    k = build_joint(bent, "near_knee")
    bent = hands_at(bent, (k[0] - 6.0, k[1] + 4.0), (k[0] - 4.0, k[1] + 4.0))
    straight = with_(straight, near_arm=bent.near_arm, far_arm=bent.far_arm)
    # the bottom rests on the mat
    fig = put(bent, 0.0, 0.0)
    fig = fig.moved(0.0, 2.5 - underside(fig, fig.joint("pelvis")[0]))
    g = put(straight, *fig.joint("pelvis"), ghost=True)
    # she sits propped up on pillows: they fill the space between the mat and her back and head
    pillows = []
    for x, width in ((fig.joint("waist")[0], 30.0), ((fig.joint("neck_base")[0] + fig.joint("head")[0]) / 2, 40.0)):
        top = underside(fig, x) + 1.5
        pillows.append(props.pillow((x, (2.5 + top) / 2), width, top - 2.5))
    wr, ball, toe = fig.joint("near_wrist"), fig.joint("near_ball"), fig.joint("near_toe")
    # the towel runs from the hands round the front of the toes and under the sole
    towel = props.band(
        [
            wr,
            ((wr[0] + toe[0]) / 2 + 6.0, (wr[1] + toe[1]) / 2 + 1.0),
            (toe[0] + 2.5, toe[1] + 2.0),
            (toe[0] + 1.0, toe[1] - 2.5),
            (ball[0] - 4.0, ball[1] - 3.5),
        ]
    )
    ak = fig.joint("near_ankle")
    return Scene(
        [
            Panel().add(
                props.mat(-110, 110), pillows, g, fig, towel, arrow([(toe[0] + 34.0, ak[1]), (toe[0] + 8.0, ak[1])])
            )
        ]
    )


# Low back -------------------------------------------------------------------------------------


@scene("knae-til-bryst")
def _() -> Scene:
    base = Pose(trunk=180.0, pregnant=PREG, near_arm=LYING_ARM, far_arm=LYING_ARM)
    base = feet_at(base, (62.0, -4.0), (64.0, -4.0))
    # both hands clasped round the front of the shin just below the knee, elbows bent out to the sides
    # (angles found by a search for the wrist on top of the shin, 6 cm below the knee)
    hold = Arm(shoulder=48, elbow=50, abduct=10, rotate=60, wrist=80)
    hug = with_(base, near_leg=Leg(hip=125, knee=110, ankle=-10), near_arm=hold, far_arm=hold)
    g = grounded(base, 0.0, 2.5, ghost=True)
    fig = put(hug, *g.joint("pelvis"))
    return Scene([Panel().add(props.mat(-110, 100), g, fig, arc_arrow(fig.joint("near_hip"), 56.0, 40.0, 80.0))])


def _prone(trunk: float, arms: dict, neck: float = -10.0) -> Pose:
    p = Pose(trunk=trunk, pregnant=PREG, neck=neck, **arms)
    return legs(p, Leg(hip=trunk, knee=0, ankle=-60))


def _dist2(p: tuple, q: tuple) -> float:
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2


def _propped_prone(
    trunk: float, spine: float, hip: float, elbow: float, ahead: float, wrist: float, neck: float = -20.0
) -> Pose:
    """Lying on the front with the chest propped on the arms: the pelvis tilted `trunk` degrees,
    the legs lying back along the floor (`hip`), the hands (or elbows) `ahead` of the shoulders."""
    p = Pose(trunk=trunk, spine=spine, neck=neck, pregnant=PREG)
    p = legs(p, Leg(hip=hip, knee=0, ankle=-85))
    sh = build_joint(p, "near_shoulder")
    end = "near_elbow" if elbow >= 80.0 else "near_wrist"
    best = None
    for shoulder in range(-60, 181, 2):
        arm = Arm(shoulder=shoulder, elbow=elbow, wrist=wrist)
        q = with_(p, near_arm=arm, far_arm=arm)
        e = build_joint(q, end)
        if e[1] < sh[1] and (best is None or abs(e[0] - sh[0] - ahead) < best[0]):
            best = (abs(e[0] - sh[0] - ahead), q)
    return best[1]


@scene("armstraek-maveliggende")
def _() -> Scene:
    flat = legs(Pose(trunk=0.0, pregnant=PREG), Leg(hip=0, knee=0, ankle=-85))
    sh = build_joint(flat, "near_shoulder")
    # hands on the floor by the shoulders, elbows bent up beside the trunk
    arms = [Arm(shoulder=a, elbow=e, wrist=70) for a in range(-90, 1, 3) for e in range(60, 161, 3)]
    arm = min(
        arms,
        key=lambda a: _dist2(build_joint(with_(flat, near_arm=a), "near_wrist"), (sh[0] + 5.0, -6.0)),
    )
    flat = with_(flat, near_arm=arm, far_arm=arm)
    # arms nearly straight, hands a little in front of the shoulders; pelvis and legs stay down
    up = _propped_prone(25.0, -45.0, -19.0, 30.0, 30.0, 80.0, neck=0.0)
    fig = grounded(up, 0.0, 2.5)
    g = put(flat, fig.joint("pelvis")[0], 2.5 + 8.8, ghost=True)  # the front of the pelvis on the mat
    h = fig.joint("neck_base")
    return Scene(
        [Panel().add(props.mat(-110, 100), g, fig, arrow([(h[0] - 22.0, h[1] - 26.0), (h[0] - 22.0, h[1] - 4.0)]))]
    )


@scene("sfinks")
def _() -> Scene:
    # forearms on the floor with the elbows under the shoulders; pelvis, thighs and feet on the mat
    fig = grounded(_propped_prone(8.0, -36.0, -2.0, 90.0, 2.0, 0.0), 0.0, 2.5)
    return Scene([Panel().add(props.mat(-110, 100), fig)])


@scene("rygloeft-maveliggende")
def _() -> Scene:
    arms = dict(near_arm=LYING_ARM, far_arm=LYING_ARM)
    flat = legs(_prone(0.0, arms), Leg(hip=6, knee=0, ankle=-85))
    g = grounded(flat, 0.0, 2.5, ghost=True)
    up = Pose(trunk=0.0, spine=-16.0, neck=-6.0, pregnant=PREG, **arms)
    up = legs(up, Leg(hip=6, knee=0, ankle=-85))  # the legs lie on the mat down to the feet
    fig = put(up, *g.joint("pelvis"))
    h = fig.joint("head")
    return Scene([Panel().add(props.mat(-110, 100), g, fig, arrow([(h[0] + 14.0, 10.0), (h[0] + 14.0, 30.0)]))])


@scene("doed-bille")
def _() -> Scene:
    table = Pose(trunk=180.0, pregnant=PREG, near_arm=Arm(shoulder=90, elbow=0), far_arm=Arm(shoulder=90, elbow=0))
    table = legs(table, Leg(hip=90, knee=90, ankle=0))
    reach = with_(table, far_arm=Arm(shoulder=170, elbow=0), near_leg=Leg(hip=20, knee=10, ankle=10))
    g = grounded(table, 0.0, 2.5, ghost=True)
    fig = put(reach, *g.joint("pelvis"))
    a, hand = fig.joint("near_ankle"), fig.joint("far_fingertip")
    return Scene(
        [
            Panel().add(
                props.mat(-120, 110),
                g,
                fig,
                arrow([(a[0] - 30.0, a[1] + 26.0), (a[0] + 6.0, a[1] + 14.0)]),
                arrow([(hand[0] + 34.0, hand[1] + 22.0), (hand[0] + 4.0, hand[1] + 12.0)]),
            )
        ]
    )


@scene("hoftehaengsel-stok")
def _() -> Scene:
    import math

    pel = (-8.0, STAND_Y - 4.0)
    p = Pose(pregnant=PREG, trunk=42.0, neck=-8.0)
    p = feet_at(p, (4.0, ANKLE_Y), (2.0, ANKLE_Y), pelvis=pel)
    fig0 = put(p, *pel)
    hp, hd = fig0.joint("pelvis"), fig0.joint("head")
    length = math.hypot(hd[0] - hp[0], hd[1] - hp[1])
    u = ((hd[0] - hp[0]) / length, (hd[1] - hp[1]) / length)
    n = (-u[1], u[0])  # the back side, up and to the left
    low = (hp[0] + n[0] * 13.0 - u[0] * 12.0, hp[1] + n[1] * 13.0 - u[1] * 12.0)
    high = (hd[0] + n[0] * 10.0 + u[0] * 14.0, hd[1] + n[1] * 10.0 + u[1] * 14.0)
    grip_low = (low[0] + u[0] * 14.0, low[1] + u[1] * 14.0)
    grip_high = (high[0] - u[0] * 22.0, high[1] - u[1] * 22.0)
    p = reach_hand(p, "near", (grip_low[0] - pel[0], grip_low[1] - pel[1]))
    p = reach_hand(p, "far", (grip_high[0] - pel[0], grip_high[1] - pel[1]))
    fig = put(p, *pel)
    stick = [
        props.line(low, high, props.Style(fill="none", weight=3.4)),
        props.line(low, high, props.Style(stroke="#bdbdbd", fill="none", weight=1.4)),
    ]
    g = put(standing(PREG), 0.0, STAND_Y, ghost=True)
    panel = Panel().add(props.floor(-70, 60), g, fig.layers["back"], fig.layers["core"], stick, fig.layers["front"])
    return Scene([panel.add(arc_arrow((pel[0], pel[1]), 70.0, 88.0, 55.0))])


@scene("sideboejning-staaende")
def _() -> Scene:
    base = Pose(pregnant=PREG, yaw=-90.0, near_arm=Arm(abduct=6), far_arm=Arm(abduct=6))
    bend = with_(base, side_bend=22.0, near_arm=Arm(abduct=4, elbow=4), far_arm=Arm(abduct=150, elbow=20))
    g = put(base, 0.0, STAND_Y, ghost=True)
    fig = put(bend, 0.0, STAND_Y)
    return Scene([Panel().add(props.floor(-50, 50), g, fig, arc_arrow((0.0, STAND_Y), 96.0, 80.0, 110.0))])


@scene("bagoverboejning-staaende")
def _() -> Scene:
    base = Pose(pregnant=PREG)
    arch = Pose(pregnant=PREG, trunk=96.0, spine=-20.0, neck=-14.0)
    arch = feet_at(arch, (2.0, ANKLE_Y), (0.0, ANKLE_Y), pelvis=(2.0, STAND_Y - 1.0))
    w = build_joint(arch, "waist")
    arch = hands_at(arch, (w[0] - 14.0, w[1] - 8.0), (w[0] - 12.0, w[1] - 8.0))
    g = put(base, 0.0, STAND_Y, ghost=True)
    fig = put(arch, 2.0, STAND_Y - 1.0)
    h = fig.joint("head")
    return Scene([Panel().add(props.floor(-50, 50), g, fig, arc_arrow((0.0, STAND_Y), 80.0, 100.0, 125.0))])


@scene("fremadboejning-siddende")
def _() -> Scene:
    p = Pose(pregnant=PREG, trunk=25.0, spine=40.0, neck=20.0)
    p = feet_at(p, (47.0, -(SEAT + 8.5) + ANKLE_Y), (45.0, -(SEAT + 8.5) + ANKLE_Y))
    p = legs(p, dataclasses.replace(p.near_leg, abduct=14), dataclasses.replace(p.far_leg, abduct=14))
    p = hands_at(p, (40.0, -(SEAT + 8.5) + 16.0), (42.0, -(SEAT + 8.5) + 16.0))
    up = hands_at(sitting(PREG), (28.0, 4.0), (30.0, 4.0))
    fig = put(p, 0.0, SIT_Y)
    h = fig.joint("head")
    return Scene([chair_scene(p, up).add(arc_arrow((0.0, SIT_Y), 70.0, 80.0, 30.0))])


@scene("slump-siddende")
def _() -> Scene:
    # the glide: knee straight while looking up (solid), knee bent with the chin down (ghost)
    p = Pose(pregnant=PREG, trunk=84.0, spine=26.0, neck=34.0)
    p = feet_at(p, (47.0, -(SEAT + 8.5) + ANKLE_Y), (45.0, -(SEAT + 8.5) + ANKLE_Y))
    p = hands_at(p, (6.0, -7.0), (8.0, -7.0))
    up = with_(p, neck=-30.0, near_leg=Leg(hip=88, knee=10, ankle=20))
    fig = put(up, 0.0, SIT_Y)
    k = fig.joint("near_knee")
    return Scene([chair_scene(up, p).add(arc_arrow(k, 30.0, -80.0, -20.0, both_ends=True))])


# Shoulder -------------------------------------------------------------------------------------

FRONT = Camera(elevation=20.0)


def _front(near: Arm, far: Arm = Arm(abduct=6)) -> Pose:
    return Pose(pregnant=PREG, yaw=-90.0, near_arm=near, far_arm=far)


@scene("pendul")
def _() -> Scene:
    pel = (-4.0, STAND_Y - 4.0)
    p = Pose(pregnant=PREG, trunk=30.0, neck=-30.0)
    p = feet_at(p, (-22.0, ANKLE_Y), (18.0, ANKLE_Y), pelvis=pel)
    p = reach_hand(p, "far", (56.0 - pel[0], 72.0 - pel[1]))
    p = with_(p, near_arm=Arm(shoulder=60, elbow=5))
    fig = put(p, *pel)
    hand = fig.joint("near_fingertip")
    return Scene(
        [
            Panel().add(
                props.floor(-60, 100),
                fig.layers["back"],
                kit.table(40.0, 100.0, 72.0),
                fig.layers["core"],
                fig.layers["front"],
                arc_arrow((hand[0], hand[1] + 4.0), 14.0, 0.0, 330.0, squash=0.4),
            )
        ]
    )


def _rotation(rotate: float, ghost_rotate: float, door_side: float) -> Scene:
    door_x = door_side * 62.0
    p = _front(Arm(elbow=90, rotate=rotate))
    g = _front(Arm(elbow=90, rotate=ghost_rotate))
    fig = put(p, 0.0, STAND_Y, cam=FRONT)
    ghost = put(g, 0.0, STAND_Y, ghost=True, cam=FRONT)
    hand = fig.joint("near_palm")
    band = props.band([hand, (door_x, hand[1] + 2.0)])
    h0, h1 = ghost.joint("near_palm"), hand
    door = [
        props.Path(
            props.rect(min(door_x, door_x + door_side * 6.0), 0.0, max(door_x, door_x + door_side * 6.0), 200.0),
            props.Style(fill="#e0e0e0", weight=0.9),
        )
    ]
    return Scene(
        [
            Panel().add(
                props.floor(-70, 70),
                door,
                ghost,
                fig,
                band,
                arrow([(h0[0], h0[1] + 14.0), ((h0[0] + h1[0]) / 2, max(h0[1], h1[1]) + 18.0), (h1[0], h1[1] + 14.0)]),
            )
        ]
    )


@scene("udadrotation-elastik")
def _() -> Scene:
    return _rotation(-65.0, 40.0, 1.0)


@scene("indadrotation-elastik")
def _() -> Scene:
    return _rotation(60.0, -40.0, -1.0)


@scene("armloeft-fremad")
def _() -> Scene:
    down = standing(PREG)
    up = with_(down, near_arm=Arm(shoulder=120, elbow=5))
    g = put(down, 0.0, STAND_Y, ghost=True)
    fig = put(up, 0.0, STAND_Y)
    s = fig.joint("near_shoulder")
    return Scene(
        [Panel().add(props.floor(-50, 70), g, fig, kit.weight(fig.joint("near_palm")), arc_arrow(s, 64.0, -60.0, 20.0))]
    )


@scene("sideloeft")
def _() -> Scene:
    down = _front(Arm(abduct=6), Arm(abduct=6))
    up = _front(Arm(abduct=85, elbow=5), Arm(abduct=85, elbow=5))
    g = put(down, 0.0, STAND_Y, ghost=True, cam=FRONT)
    fig = put(up, 0.0, STAND_Y, cam=FRONT)
    s = fig.joint("near_shoulder")
    return Scene(
        [
            Panel().add(
                props.floor(-70, 70),
                g,
                fig,
                arc_arrow(s, 62.0, 200.0, 175.0),
                arc_arrow(fig.joint("far_shoulder"), 62.0, -20.0, 5.0),
            )
        ]
    )


@scene("stokloeft-rygliggende")
def _() -> Scene:
    base = Pose(trunk=180.0, pregnant=PREG)
    base = feet_at(base, (62.0, -4.0), (64.0, -4.0))
    down = with_(base, near_arm=Arm(shoulder=60, elbow=5), far_arm=Arm(shoulder=60, elbow=5))
    up = with_(base, near_arm=Arm(shoulder=150, elbow=5), far_arm=Arm(shoulder=150, elbow=5))
    g = grounded(down, 0.0, 2.5, ghost=True)
    fig = put(up, *g.joint("pelvis"))
    h = fig.joint("near_palm")
    s = fig.joint("near_shoulder")
    return Scene(
        [
            Panel().add(
                props.mat(-150, 100),
                g,
                fig,
                kit.stick((h[0], h[1] - 6.0), (h[0], h[1] + 6.0)),
                arc_arrow(s, 62.0, 60.0, 140.0),
            )
        ]
    )


@scene("vaegkravl")
def _() -> Scene:
    wall_x = 40.0
    p = standing(PREG)
    low = reach_hand(p, "near", (wall_x - 3.0, 50.0))
    high = reach_hand(p, "near", (wall_x - 3.0, 78.0))
    g = put(low, 0.0, STAND_Y, ghost=True)
    fig = put(high, 0.0, STAND_Y)
    f = fig.joint("near_fingertip")
    return Scene(
        [
            Panel().add(
                props.wall(wall_x, -1.0),
                props.floor(-40, wall_x),
                g,
                fig,
                arrow([(f[0] - 8.0, f[1] - 40.0), (f[0] - 8.0, f[1] - 8.0)]),
            )
        ]
    )


@scene("straek-bag-skulderen")
def _() -> Scene:
    p = _front(Arm(shoulder=90, elbow=5, rotate=0, abduct=-60))
    p = with_(p, far_arm=Arm(shoulder=60, elbow=110, abduct=-20))
    fig = put(p, 0.0, STAND_Y, cam=FRONT)
    return Scene([Panel().add(props.floor(-50, 50), fig)])


@scene("haandklaede-bag-ryggen")
def _() -> Scene:
    # seen from behind: the top elbow bent and pointing up with the hand behind the neck, the
    # lower hand in the small of the back, the towel down the middle of the back between them
    p = Pose(
        pregnant=PREG,
        yaw=90.0,
        near_arm=Arm(shoulder=-20, elbow=100, abduct=30, rotate=90),
        far_arm=Arm(shoulder=160, elbow=140, rotate=45),
    )
    fig = grounded(p, 0.0, cam=FRONT)
    low, high = fig.joint("near_palm"), fig.joint("far_palm")
    towel = props.band([high, ((low[0] + high[0]) / 2, (low[1] + high[1]) / 2), low])
    x = fig.joint("far_shoulder")[0] - 12.0  # beside the body, pointing up along the towel
    return Scene(
        [
            Panel().add(
                props.floor(-50, 50),
                fig,
                towel,
                arrow([(x, low[1] + 6.0), (x, high[1] - 8.0)]),
            )
        ]
    )


def _flat_hands(p: Pose) -> Pose:
    """Set both wrists so that the hands lie flat, fingers forwards (on a table top or the floor)."""
    for side in ("near", "far"):
        arm = getattr(p, f"{side}_arm")

        def tilt(w: float, arm: Arm = arm, side: str = side, p: Pose = p) -> float:
            q = with_(p, **{f"{side}_arm": dataclasses.replace(arm, wrist=w)})
            a, b = build_joint(q, f"{side}_wrist"), build_joint(q, f"{side}_fingertip")
            return abs(b[1] - a[1]) + (0.0 if b[0] > a[0] else 100.0)

        best = min(range(-120, 121, 2), key=lambda w: tilt(float(w)))
        p = with_(p, **{f"{side}_arm": dataclasses.replace(arm, wrist=float(best))})
    return p


@scene("armboejning-bord")
def _() -> Scene:
    import math

    table_x, top = 52.0, 75.0
    foot = (-46.0, ANKLE_Y + 5.0)
    hand = (table_x + 12.0, top + 2.5)  # the wrist just above the table top, both positions

    def plank(trunk: float) -> tuple[Pose, tuple]:
        t = math.radians(trunk)
        pel = (foot[0] + 84.0 * math.cos(t), foot[1] + 84.0 * math.sin(t))
        p = Pose(pregnant=PREG, trunk=trunk, neck=-6.0)
        p = legs(p, Leg(hip=0, knee=0, ankle=0))
        p = flat_foot(flat_foot(p, "near", toes_up=-35), "far", toes_up=-35)  # on the balls of the feet
        # of the two ways to bend the elbows, the one with the elbows up and back (towards the feet)
        wrist = (hand[0] - pel[0], hand[1] - pel[1])
        p = max(
            (
                reach_hand(reach_hand(p, "near", wrist, bend=b), "far", (wrist[0] + 2.0, wrist[1]), bend=b)
                for b in (-1.0, 1.0)
            ),
            key=lambda q: -build_joint(q, "near_elbow")[0],
        )
        return _flat_hands(p), pel

    def shoulder(trunk: float) -> tuple:
        p, pel = plank(trunk)
        sh = build_joint(p, "near_shoulder")
        return sh[0] + pel[0], sh[1] + pel[1]

    def reach(trunk: float) -> float:
        sh = shoulder(trunk)
        return math.hypot(sh[0] - hand[0], sh[1] - hand[1])

    up_t = min(range(20, 70), key=lambda t: abs(reach(float(t)) - 53.0))
    # lowered until the chest is just above the table's edge
    down_t = min(range(15, 70), key=lambda t: abs(shoulder(float(t))[1] - top - 24.0))
    (up, up_pel), (down, down_pel) = plank(float(up_t)), plank(float(down_t))
    g = put(up, *up_pel, ghost=True)
    fig = put(down, *down_pel)
    sh = fig.joint("near_shoulder")
    return Scene(
        [
            Panel().add(
                props.floor(-70, 120),
                kit.table(table_x, 110.0, top),
                g,
                fig,
                arrow([(sh[0] - 24.0, sh[1] + 34.0), (sh[0] - 10.0, sh[1] + 10.0)], both_ends=True),
            )
        ]
    )


@scene("udadrotation-sideliggende")
def _() -> Scene:
    cam = Camera(elevation=30.0)
    p = side_lying(PREG, hip=45.0, knee=70.0)
    p = with_(p, near_arm=Arm(shoulder=150, elbow=20))
    down = with_(p, far_arm=Arm(shoulder=0, elbow=90, rotate=35))
    up = with_(p, far_arm=Arm(shoulder=0, elbow=90, rotate=-90))
    g = grounded(down, 0.0, 2.5, ghost=True, cam=cam)
    fig = grounded(up, 0.0, 2.5, cam=cam)
    fig = fig.moved(*(a - b for a, b in zip(g.joint("pelvis"), fig.joint("pelvis"))))
    hand = fig.joint("far_palm")
    e = fig.joint("far_elbow")
    towel = kit.towel_roll((e[0], e[1] - 4.0), radius=3.5)  # between the elbow and the side
    # the arrow turns from the start (forearm across the belly) up to the ceiling
    start = math.degrees(math.atan2(*reversed([a - b for a, b in zip(g.joint("far_palm"), e)])))
    end = math.degrees(math.atan2(*reversed([a - b for a, b in zip(hand, e)])))
    return Scene(
        [
            Panel().add(
                props.mat(-110, 90),
                fig,
                g.layers["front"][-1:],  # the start position of the top forearm, on the belly
                towel,
                kit.weight(hand),
                arc_arrow(e, 22.0, start + 12.0, end - 12.0),
            )
        ]
    )


@scene("y-loeft-vaeg")
def _() -> Scene:
    p = Pose(
        pregnant=PREG,
        yaw=90.0,
        near_arm=Arm(shoulder=0, abduct=130, elbow=5),
        far_arm=Arm(shoulder=0, abduct=130, elbow=5),
    )
    g = Pose(
        pregnant=PREG,
        yaw=90.0,
        near_arm=Arm(abduct=100, elbow=80, rotate=-80),
        far_arm=Arm(abduct=100, elbow=80, rotate=-80),
    )
    fig = grounded(p, 0.0, cam=FRONT)  # standing on the floor line
    ghost = put(g, *fig.joint("pelvis"), ghost=True, cam=FRONT)
    wall = [props.Path(props.rect(-70.0, 0.0, 70.0, 200.0), props.WALL_STYLE)]
    a, b = fig.joint("near_palm"), fig.joint("far_palm")
    return Scene(
        [
            Panel().add(
                wall,
                props.floor(-70, 70),
                ghost,
                fig,
                arrow([(a[0] + 10.0, a[1] - 30.0), (a[0] + 4.0, a[1] - 6.0)]),
                arrow([(b[0] - 10.0, b[1] - 30.0), (b[0] - 4.0, b[1] - 6.0)]),
            )
        ]
    )


@scene("elastik-fra-hinanden")
def _() -> Scene:
    # turned a little towards the viewer, so both the arms forward (start) and out (end) show
    close = with_(_front(Arm(shoulder=90, abduct=-10, elbow=0), Arm(shoulder=90, abduct=-10, elbow=0)), yaw=-55.0)
    wide = with_(_front(Arm(shoulder=90, abduct=70, elbow=0), Arm(shoulder=90, abduct=70, elbow=0)), yaw=-55.0)
    cam = Camera(elevation=12.0)
    fig = grounded(wide, 0.0, cam=cam)  # standing on the floor line
    g = put(close, *fig.joint("pelvis"), ghost=True, cam=cam)
    a, b = fig.joint("near_palm"), fig.joint("far_palm")
    ga, gb = g.joint("near_palm"), g.joint("far_palm")
    ghost_band = props.curve([ga, gb], props.Style(stroke=GHOST_STROKE, fill="none", weight=1.2, dash=(2.5, 2.0)))
    return Scene(
        [
            Panel().add(
                props.floor(-70, 70),
                fig,
                g.layers["front"],  # the start: arms forward, hands close together in front of the chest
                ghost_band,
                props.band([a, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 1.0), b]),
                arrow([(a[0] + 30.0, a[1] + 18.0), (a[0] + 4.0, a[1] + 18.0)]),
                arrow([(b[0] - 30.0, b[1] + 18.0), (b[0] - 4.0, b[1] + 18.0)]),
            )
        ]
    )


@scene("udadrotation-pres-vaeg")
def _() -> Scene:
    p = Pose(pregnant=PREG, yaw=-90.0, near_arm=Arm(elbow=90, rotate=-20), far_arm=Arm(abduct=6))
    fig = put(p, 0.0, STAND_Y, cam=FRONT)
    hand = fig.joint("near_palm")
    wall_x = hand[0] - 5.0
    wall = props.wall(wall_x, 1.0)
    return Scene(
        [
            Panel().add(
                wall,
                props.floor(wall_x, 60),
                fig,
                arrow([(hand[0] + 20.0, hand[1] + 14.0), (hand[0] + 2.0, hand[1] + 14.0)]),
            )
        ]
    )


@scene("roning-elastik-staaende")
def _() -> Scene:
    door_x = 80.0
    p = standing(PREG)
    # elbows drawn back past the trunk, bent about 90 degrees, forearms level at lower-rib height
    pulled = hands_at(p, (12.0, 22.0), (14.0, 22.0))
    reach = hands_at(p, (46.0, 26.0), (48.0, 26.0))
    g = put(reach, 0.0, STAND_Y, ghost=True)
    fig = put(pulled, 0.0, STAND_Y)
    w = fig.joint("near_palm")
    return Scene(
        [
            Panel().add(
                props.floor(-50, door_x),
                kit.door(door_x, w[1]),
                g,
                fig,
                props.band([w, (door_x, w[1])]),  # straight from the door to the hand
                arrow([(w[0] + 46.0, w[1] + 22.0), (w[0] + 16.0, w[1] + 22.0)]),
            )
        ]
    )


# Neck and upper back --------------------------------------------------------------------------


def _sitter(**kw) -> Pose:
    return hands_at(sitting(PREG, **kw), (26.0, 4.0), (28.0, 4.0))


@scene("hagetryk")
def _() -> Scene:
    forward = _sitter(neck=-22.0)
    tucked = _sitter(neck=12.0)
    fig = put(tucked, 0.0, SIT_Y)
    h = fig.joint("head")
    return Scene([chair_scene(tucked, forward).add(arrow([(h[0] + 30.0, h[1] + 4.0), (h[0] + 14.0, h[1] + 4.0)]))])


@scene("nakke-rotation")
def _() -> Scene:
    p = front_sitter(head_turn=60.0)
    fig = put(p, 0.0, SIT_Y)
    from .staging import FRONT_SITTING

    h = put(p, 0.0, SIT_Y, cam=FRONT_SITTING).joint("head")
    return front_chair(p, extra=[arc_arrow((h[0], h[1] + 20.0), 22.0, 200.0, 340.0, both_ends=True, squash=0.35)])


@scene("nakke-straek-skraa")
def _() -> Scene:
    # turned half towards the viewer: the near hand holds the seat; the head is turned away from
    # it, towards the far knee, and bent down; the far hand rests on the back of the head, elbow
    # forward and down (angles found by a search for the palm on the back of the head)
    p = sitting(PREG, neck=35.0, head_turn=35.0, yaw=-45.0)
    p = hands_at(p, (6.0, -9.0), (26.0, 4.0))
    p = with_(p, far_arm=Arm(shoulder=120, elbow=110, rotate=45))
    fig = put(p, 0.0, SIT_Y)
    # over the head, forwards and down
    return Scene([chair_scene(p).add(arc_arrow(fig.joint("neck_top"), 26.0, 115.0, 20.0))])


@scene("skuldertraek")
def _() -> Scene:
    p = front_sitter()
    from .staging import FRONT_SITTING

    fig = put(p, 0.0, SIT_Y, cam=FRONT_SITTING)
    a, b = fig.joint("near_shoulder"), fig.joint("far_shoulder")
    return front_chair(
        p,
        extra=[
            arrow([(a[0] - 10.0, a[1] - 8.0), (a[0] - 10.0, a[1] + 22.0)], both_ends=True),
            arrow([(b[0] + 10.0, b[1] - 8.0), (b[0] + 10.0, b[1] + 22.0)], both_ends=True),
        ],
    )


@scene("rotation-firfod")
def _() -> Scene:
    from .poses import on_all_fours

    base = on_all_fours(PREG, 0.0, 0.0)
    floor_y = build_joint(base, "near_wrist")[1]  # the wrists' height with the hands on the mat
    # the chest turns open towards the viewer: the near (top) shoulder rises
    turned = with_(base, twist=-50.0, head_turn=-45.0)

    def arm_to(side: str, key) -> Arm:
        arms = (
            Arm(shoulder=float(sh), abduct=float(ab), elbow=0.0, wrist=88.0 if side == "far" else 0.0)
            for sh in range(-90, 181, 5)
            for ab in range(-30, 181, 5)
        )
        return min(arms, key=lambda a: key(with_(turned, **{f"{side}_arm": a})))

    # the supporting arm straight down, the hand flat on the mat under its shoulder
    far_sh = build_joint(turned, "far_shoulder")
    far = arm_to("far", lambda q: _dist3(build_joint(q, "far_wrist"), (far_sh[0], floor_y, far_sh[2])))
    # the top arm straight up to the ceiling
    near = arm_to("near", lambda q: -build_joint(q, "near_wrist")[1])
    turned = with_(turned, near_arm=near, far_arm=far)
    fig = grounded(turned, 0.0, 2.5)
    hand = fig.joint("near_fingertip")
    s = fig.joint("near_shoulder")
    return Scene([Panel().add(props.mat(-60, 90), fig, arc_arrow(s, (hand[1] - s[1]) + 8.0, 20.0, 80.0))])


def _dist3(p: tuple, q: tuple) -> float:
    return sum((a - b) ** 2 for a, b in zip(p, q))


@scene("brystryg-over-stol")
def _() -> Scene:
    up = sitting(PREG)
    arch = sitting(PREG, spine=-24.0, neck=-14.0)
    arms = dict(near_arm=Arm(shoulder=150, elbow=150, abduct=30), far_arm=Arm(shoulder=150, elbow=150, abduct=30))
    up, arch = with_(up, **arms), with_(arch, **arms)
    fig = put(arch, 0.0, SIT_Y)
    h = fig.joint("head")
    return Scene([chair_scene(arch, up, front_x=20.0).add(arc_arrow((0.0, SIT_Y + 30.0), 50.0, 100.0, 140.0))])


@scene("nakke-fremadboej")
def _() -> Scene:
    up = _sitter()
    bowed = _sitter(neck=45.0)
    fig = put(bowed, 0.0, SIT_Y)
    n = fig.joint("neck_base")
    return Scene([chair_scene(bowed, up).add(arc_arrow((n[0] + 4.0, n[1]), 36.0, 95.0, 45.0))])


@scene("skulderblade-sammen")
def _() -> Scene:
    relaxed = _sitter()
    squeezed = hands_at(sitting(PREG), (-6.0, 20.0), (-4.0, 20.0))
    squeezed = with_(squeezed, near_arm=Arm(shoulder=-30, elbow=90), far_arm=Arm(shoulder=-30, elbow=90))
    fig = put(squeezed, 0.0, SIT_Y)
    e = fig.joint("near_elbow")
    return Scene(
        [chair_scene(squeezed, front_x=24.0).add(arrow([(e[0] + 26.0, e[1] + 6.0), (e[0] + 6.0, e[1] + 6.0)]))]
    )


# Hip ------------------------------------------------------------------------------------------


@scene("bro-et-ben")
def _() -> Scene:
    from .poses import hook_lying

    base = hook_lying(PREG)
    g = grounded(base, 0.0, 2.5, ghost=True)
    pel0 = g.joint("pelvis")
    ankle = g.joint("near_ankle")
    lift = 22.0
    pel = (pel0[0] + lift * 0.25, pel0[1] + lift * 0.9)
    p = Pose(
        trunk=180.0 + lift,
        neck=lift,
        pregnant=PREG,
        near_arm=Arm(shoulder=-10 - lift, elbow=5),
        far_arm=Arm(shoulder=-10 - lift, elbow=5),
    )
    p = feet_at(p, ankle, (ankle[0] + 2, ankle[1]), pelvis=pel)
    thigh = p.near_leg
    p = with_(p, far_leg=Leg(hip=thigh.hip, knee=0, ankle=10))
    fig = put(p, *pel)
    px, py = fig.joint("pelvis")
    return Scene([Panel().add(props.mat(-110, 110), g, fig, arrow([(px - 2, py + 14), (px - 2, py + 32)]))])


@scene("sidetrin-elastik")
def _() -> Scene:
    def stance(width: float) -> Pose:
        import math

        a = math.degrees(math.atan2(width, 80.0))
        p = Pose(
            pregnant=PREG, yaw=-90.0, trunk=86.0, near_arm=Arm(abduct=10, elbow=30), far_arm=Arm(abduct=10, elbow=30)
        )
        return legs(p, Leg(hip=18, knee=30, abduct=a), Leg(hip=18, knee=30, abduct=a))

    fig = grounded(stance(14.0), 0.0, 0.0, cam=FRONT)
    a, b = fig.joint("near_knee"), fig.joint("far_knee")
    band = props.band(
        [(a[0] - 1.0, a[1] + 4.0), ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 5.0), (b[0] + 1.0, b[1] + 4.0)]
    )
    return Scene([Panel().add(props.floor(-70, 70), fig, band, arrow([(30.0, 14.0), (62.0, 14.0)]))])


@scene("knaeloeft-staaende")
def _() -> Scene:
    pel = (0.0, STAND_Y)
    base, chair = _chair_beside(standing(PREG), pel)  # a chair beside her to hold on to
    up = with_(base, near_leg=Leg(hip=90, knee=90, ankle=0))
    g = put(base, *pel, ghost=True)
    fig = put(up, *pel)
    k = fig.joint("near_knee")
    return Scene(
        [
            Panel().add(
                props.floor(-50, 70), chair, g, fig, arrow([(k[0] + 14.0, k[1] - 40.0), (k[0] + 14.0, k[1] - 6.0)])
            )
        ]
    )


@scene("hofte-straek-bagud")
def _() -> Scene:
    pel = (0.0, STAND_Y)
    base, chair = _hand_on_chair(standing(PREG), pel)
    back = with_(base, near_leg=Leg(hip=-30, knee=5, ankle=-10))
    g = put(base, *pel, ghost=True)
    fig = put(back, *pel)
    a = fig.joint("near_ankle")
    return Scene(
        [
            Panel().add(
                props.floor(-60, 60), chair, g, fig, arrow([(a[0] + 24.0, a[1] + 12.0), (a[0] - 2.0, a[1] + 14.0)])
            )
        ]
    )


@scene("hofte-udad-staaende")
def _() -> Scene:
    # the far hand rests on the back of a chair beside her (angles found by a search for the hand
    # on the chair back's top)
    base = Pose(pregnant=PREG, yaw=-90.0, near_arm=Arm(abduct=8), far_arm=Arm(shoulder=10, abduct=30, elbow=80))
    out = with_(base, near_leg=Leg(abduct=30))
    g = put(base, 0.0, STAND_Y, ghost=True, cam=FRONT)
    fig = put(out, 0.0, STAND_Y, cam=FRONT)
    hip = fig.joint("near_hip")
    chair_back, _ = props.chair_front(50.0, SEAT, 0.0)
    return Scene([Panel().add(props.floor(-70, 80), chair_back, g, fig, arc_arrow(hip, 70.0, 262.0, 236.0))])


# Ankle and foot -------------------------------------------------------------------------------


@scene("balance-et-ben")
def _() -> Scene:
    p = Pose(pregnant=PREG, near_arm=Arm(abduct=30, elbow=10), far_arm=Arm(abduct=30, elbow=10))
    p = with_(p, far_leg=Leg(hip=50, knee=80, ankle=-20))
    p, chair = _chair_beside(p, (0.0, STAND_Y))  # a chair to hold on to
    return Scene([Panel().add(props.floor(-50, 50), chair, put(p, 0.0, STAND_Y))])


def _walk_on(toes: bool) -> Scene:
    p = walking(PREG, stride=20.0)
    pel = (0.0, STAND_Y + (4.0 if toes else -1.0))
    p = feet_at(p, (20.0, ANKLE_Y + (8.0 if toes else 3.0)), (-20.0, ANKLE_Y + (8.0 if toes else 3.0)), pelvis=pel)
    angle = -50.0 if toes else 40.0
    p = flat_foot(flat_foot(p, "near", toes_up=angle), "far", toes_up=angle)
    p, counter = _along_counter(p, pel)
    return Scene([Panel().add(props.floor(-60, 90), counter, put(p, *pel), arrow([(50.0, 120.0), (80.0, 120.0)]))])


def _along_counter(p: Pose, pel: tuple) -> tuple[Pose, list]:
    """A kitchen counter beside the walker (drawn behind her), the far hand on its top."""
    top = 90.0
    return reach_hand(p, "far", (10.0 - pel[0], top + 2.0 - pel[1])), kit.counter(-55.0, 85.0, top)


@scene("taagang")
def _() -> Scene:
    return _walk_on(True)


@scene("haelgang")
def _() -> Scene:
    return _walk_on(False)


@scene("ankel-alfabet")
def _() -> Scene:
    p = hands_at(sitting(PREG), (26.0, 4.0), (28.0, 4.0))
    p = with_(p, near_leg=Leg(hip=80, knee=20, ankle=0))
    fig = put(p, 0.0, SIT_Y)
    t = fig.joint("near_toe")
    return Scene([chair_scene(p).add(arc_arrow((t[0] + 4.0, t[1]), 12.0, 0.0, 300.0, squash=0.8))])


def _rest_on_edge(fig: PosedFigure, edge: float, top: float, reach: float = 30.0) -> PosedFigure:
    """The figure moved up or down so that its feet, from the step's front edge forwards, rest on
    the step top: a foot tilted heel-down pivots on the edge, one on its toes stands on the tips."""
    low = min(y for x, y in outline_points(fig.shapes()) if edge <= x <= edge + reach)
    return fig.moved(0.0, top - low)


@scene("haelloeft-trin")
def _() -> Scene:
    """Both feet: the forefeet on the step's edge, heels hanging free, lowered below the edge
    (ghost) and raised onto the toes."""
    step_h = 18.0
    rail_x = 26.0
    p = Pose(pregnant=PREG, far_arm=Arm(shoulder=20, elbow=20))
    p = hands_at(p, (rail_x - 1.0, 96.0 - STAND_Y), (rail_x + 1.0, 96.0 - STAND_Y))  # hands on the rail
    low, up = legs(p, Leg(ankle=36)), legs(p, Leg(ankle=-30))
    fig = put(up, 0.0, STAND_Y + step_h)
    edge = fig.joint("near_ball")[0] - 1.0  # the balls of the feet on the edge, the heels free
    fig = _rest_on_edge(fig, edge, step_h)
    g = _rest_on_edge(put(low, 0.0, STAND_Y + step_h, ghost=True), edge, step_h)
    rail = props.line((rail_x, step_h), (rail_x, 128.0), props.Style(fill="none", weight=1.6))
    heel = g.joint("near_heel")
    return Scene(
        [
            Panel().add(
                props.floor(-60, 70),
                props.step(edge, 70.0, step_h),
                rail,
                g,
                fig,
                arrow([(heel[0] - 12.0, step_h - 8.0), (heel[0] - 12.0, step_h + 20.0)], both_ends=True),
            )
        ]
    )


@scene("taa-ned-elastik")
def _() -> Scene:
    p = Pose(pregnant=PREG, trunk=96.0, neck=6.0)
    p = legs(p, Leg(hip=84, knee=0, ankle=0))
    a = build_joint(p, "near_ball")
    p = hands_at(p, (a[0] - 62.0, a[1] + 26.0), (a[0] - 60.0, a[1] + 26.0))
    toe_p = with_(p, near_leg=Leg(hip=84, knee=0, ankle=-40))
    g = grounded(p, 0.0, 2.5, ghost=True)
    fig = put(toe_p, *g.joint("pelvis"))
    wr, ball = fig.joint("near_wrist"), fig.joint("near_ball")
    band = props.band([wr, ((wr[0] + ball[0]) / 2, max(wr[1], ball[1]) + 4.0), (ball[0] + 2.0, ball[1])])
    return Scene(
        [Panel().add(props.mat(-50, 120), g, fig, band, arc_arrow(fig.joint("near_ankle"), 16.0, 60.0, -20.0))]
    )


@scene("taekrum-haandklaede")
def _() -> Scene:
    p = hands_at(sitting(PREG), (26.0, 4.0), (28.0, 4.0))
    fig = put(p, 0.0, SIT_Y)
    t = fig.joint("near_toe")
    towel = [
        props.Path(props.rect(t[0] - 30.0, 0.0, t[0] + 30.0, 1.6, 0.6), props.Style(fill="#d4d4d4", weight=0.8)),
        props.curve([(t[0] + 12.0, 1.6), (t[0] + 8.0, 5.0), (t[0] + 4.0, 1.6)], props.THIN_LINE),
    ]
    return Scene([chair_scene(p, extra=[towel]).add(arrow([(t[0] + 34.0, 8.0), (t[0] + 12.0, 8.0)]))])


@scene("laeg-straek-trin")
def _() -> Scene:
    step_h = 18.0
    rail_x = 34.0
    p = Pose(pregnant=PREG, far_arm=Arm(shoulder=20, elbow=20))
    p = legs(p, Leg(hip=-5, ankle=26))  # the far leg follows the near one until it is placed
    p = hands_at(p, (rail_x - 2.0, 124.0 - STAND_Y - step_h + 5.0), None)
    probe = put(p, 0.0, STAND_Y + step_h)
    edge = probe.joint("near_ball")[0] + 1.0  # the near foot pivots on the edge, heel below it
    pel = _rest_on_edge(probe, edge, step_h, reach=12.0).joint("pelvis")
    # the far foot stands flat on the step (its knee gives the little that the pelvis came down)
    p = reach_foot(p, "far", (edge + 2.5 - pel[0], step_h + ANKLE_Y - pel[1]))
    fig = put(flat_foot(p, "far"), *pel)
    rail = props.line((rail_x, 0.0), (rail_x, 130.0), props.Style(fill="none", weight=1.6))
    h = fig.joint("near_heel")
    return Scene(
        [
            Panel().add(
                props.floor(-60, 60),
                props.step(edge, 60.0, step_h),
                rail,
                fig,
                arrow([(h[0] - 12.0, h[1] + 16.0), (h[0] - 12.0, h[1] - 2.0)]),
            )
        ]
    )


@scene("linegang")
def _() -> Scene:
    pel = (0.0, STAND_Y - 1.0)
    p = Pose(pregnant=PREG, near_arm=Arm(abduct=35, elbow=10), far_arm=Arm(abduct=35, elbow=10))
    p = feet_at(p, (14.0, ANKLE_Y), (-12.0, ANKLE_Y), pelvis=pel)
    p, counter = _along_counter(p, pel)
    fig = put(p, *pel)
    marks = [props.line((x, 0.0), (x + 8.0, 0.0), props.Style(fill="none", weight=2.2)) for x in (40.0, 60.0, 80.0)]
    return Scene([Panel().add(props.floor(-50, 90), counter, fig, marks, arrow([(40.0, 110.0), (74.0, 110.0)]))])


@scene("soleus-straek")
def _() -> Scene:
    wall_x = 50.0
    pel = (4.0, STAND_Y - 10.0)
    p = Pose(pregnant=PREG, trunk=86.0)
    p = feet_at(p, (-16.0, ANKLE_Y), (24.0, ANKLE_Y), pelvis=pel)
    p = hands_at(p, (wall_x - 3, 120.0), (wall_x - 3, 121.0), pelvis=pel)
    return Scene([Panel().add(props.wall(wall_x, -1.0), props.floor(-60, wall_x), put(p, *pel))])


# Elbow, wrist and hand ------------------------------------------------------------------------


TABLE_H = 70.0  # a table low enough that the forearm rests on it with the upper arm hanging
FOREARM_WRIST = (33.0, TABLE_H + 3.6)  # wrist on the table's far edge, forearm lying level


def _forearm_on_table_pose(wrist: float = 0.0) -> Pose:
    """Sitting at a table, elbow bent, the near forearm lying on the table top up to the wrist."""
    p = Pose(pregnant=PREG, trunk=90.0)
    p = feet_at(p, (47.0, -(SEAT + 8.5) + ANKLE_Y), (45.0, -(SEAT + 8.5) + ANKLE_Y))
    p = hands_at(p, (FOREARM_WRIST[0], FOREARM_WRIST[1] - SIT_Y), (26.0, 4.0))
    return with_(p, near_arm=dataclasses.replace(p.near_arm, wrist=wrist))


def _table(x0: float = 6.0) -> list:
    # the far edge is at the wrist, so only the hand reaches beyond it
    return kit.table(x0, FOREARM_WRIST[0] + 1.0, TABLE_H)


def _table_panel() -> Panel:
    return Panel().add(props.chair(24.0, 1.0, SEAT), _table())


def _forearm_on_table(hand_angle: float, ghost_angle: float, weight: bool = False) -> Scene:
    fig = put(_forearm_on_table_pose(hand_angle), 0.0, SIT_Y)
    panel = _table_panel().add(put(_forearm_on_table_pose(ghost_angle), 0.0, SIT_Y, ghost=True), fig)
    panel.add(_table()[-1:])  # the table top in front of the thighs, under the forearm
    w = fig.joint("near_wrist")
    if not weight:
        return Scene([panel.add(arc_arrow(w, 18.0, -60.0, 60.0, both_ends=True))])
    # the weight comes down slowly: one arrow from the lifted (ghost) hand down
    return Scene([panel.add(kit.weight(fig.joint("near_palm")), arc_arrow(w, 20.0, 40.0, -55.0))])


@scene("haandled-boej-straek")
def _() -> Scene:
    return _forearm_on_table(50.0, -50.0)


@scene("haandled-vaegt-ned")
def _() -> Scene:
    return _forearm_on_table(-40.0, 30.0, weight=True)


@scene("underarm-drej")
def _() -> Scene:
    fig = put(_forearm_on_table_pose(), 0.0, SIT_Y)
    palm = fig.joint("near_palm")
    # a hammer held close under its head: the head just above the fist, the handle below it
    handle = props.Path(
        props.rect(palm[0] - 1.6, palm[1] - 22.0, palm[0] + 1.6, palm[1] + 5.0, 1.0), props.Style(fill="#d0d0d0")
    )
    head = props.Path(
        props.rect(palm[0] - 6.0, palm[1] + 5.0, palm[0] + 8.0, palm[1] + 10.5, 1.0), props.Style(fill="#8c8c8c")
    )
    return Scene(
        [
            _table_panel()
            .add(fig, _table()[-1:], handle, head)
            .add(arc_arrow((palm[0] + 1.0, palm[1] + 22.0), 12.0, 200.0, 340.0, both_ends=True, squash=0.4))
        ]
    )


@scene("albue-boej-vaegt")
def _() -> Scene:
    down = standing(PREG)
    up = with_(down, near_arm=Arm(shoulder=0, elbow=130))
    g = put(down, 0.0, STAND_Y, ghost=True)
    fig = put(up, 0.0, STAND_Y)
    e = fig.joint("near_elbow")
    return Scene(
        [Panel().add(props.floor(-50, 60), g, fig, kit.weight(fig.joint("near_palm")), arc_arrow(e, 30.0, -70.0, 30.0))]
    )


@scene("haand-klem-bold")
def _() -> Scene:
    p = hands_at(sitting(PREG), (34.0, 16.0), (28.0, 4.0))
    fig = put(p, 0.0, SIT_Y)
    palm = fig.joint("near_palm")
    ball = [props.Path(kit.circle_path((palm[0] + 2.0, palm[1] + 1.0), 5.0), props.Style(fill="#c8c8c8"))]
    return Scene(
        [chair_scene(p, extra=[ball]).add(arrow([(palm[0] + 22.0, palm[1] + 14.0), (palm[0] + 8.0, palm[1] + 5.0)]))]
    )


@scene("haandled-straek")
def _() -> Scene:
    # turned a little away from the viewer so the arms separate: the near arm straight forward,
    # palm down, hand bent down; the other hand's palm lies on the
    # back of it and draws it towards the body (angles found by a search for that palm)
    p = standing(PREG)
    p = with_(p, near_arm=Arm(shoulder=85, elbow=0, wrist=-70, abduct=-20), yaw=30.0)
    p = with_(p, far_arm=Arm(shoulder=65, elbow=30, abduct=-20, rotate=-30, wrist=-60))
    fig = put(p, 0.0, STAND_Y)
    palm = fig.joint("near_palm")
    return Scene(
        [
            Panel().add(
                props.floor(-50, 90),
                fig.layers["back"][1:],  # the far leg
                fig.layers["core"],
                fig.layers["front"],
                fig.layers["back"][:1],  # the other arm reaches across in front of the body
                arrow([(palm[0] + 26.0, palm[1] - 12.0), (palm[0] + 10.0, palm[1] - 12.0)]),
            )
        ]
    )
