"""One scene per library slug: the exercises and aids of the shipped library."""

from __future__ import annotations

import dataclasses
import math

from . import props
from .arrows import arc_arrow, arrow
from .body import PosedFigure
from .equipment import dumbbell
from .kinematics import fit_leg, flat_foot, reach_foot, reach_hand
from .poses import (
    ANKLE_Y,
    LYING_ARM,
    RELAXED_ARMS,
    SEAT,
    SIT_Y,
    STAND_Y,
    ankle_on_knee,
    build_joint,
    feet_at,
    hands_at,
    hands_at3,
    hook_lying,
    legs,
    on_all_fours,
    resting_side_lying,
    side_lying,
    sitting,
    standing,
    walking,
    with_,
)
from .registry import Figures
from .scene import Panel, Scene
from .skeleton import Arm, Camera, Leg, Pose, build
from .staging import (
    BED_DEPTH,
    BED_TOP,
    FRONT_SITTING,
    RESTING,
    SIDE_LYING,
    ball_sitter,
    chair_scene,
    feet_level,
    grounded,
    mat_under,
    on_bed,
    on_side,
    put,
    side_lying_panel,
)
from .svg import bounds

# the items drawn a second time with a pregnant figure (`figure-pregnant.svg`): the exercises
# tagged "pregnancy" and the aids that show a person
PREGNANCY = {
    "ankelpumpe",
    "armstraek-mod-vaeg",
    "baekkencirkler-paa-bold",
    "baekkenvip-rygliggende",
    "baekkenvip-siddende",
    "baekkenvip-staaende-vaeg",
    "balde-straek-siddende",
    "barnets-stilling",
    "benloeft-sideliggende",
    "brystaabner-vaeg",
    "dyb-mavemuskel",
    "firfodsstaaende-arm-ben",
    "fremadboejning-staaende",
    "gang-normale-skridt",
    "hoftboejer-straek",
    "hvil-sideliggende",
    "ind-og-ud-af-bil",
    "inderlaar-straek",
    "kat-ko",
    "knaesving-rygliggende",
    "knib-baekkenbund",
    "kort-bro",
    "laeg-straek",
    "loeft-taet-paa-kroppen",
    "mavevejrtraekning",
    "muslingen",
    "op-fra-liggende",
    "rejse-saette-sig",
    "rotation-siddende",
    "skulderblade-elastik",
    "skulderrul",
    "squat-ved-vaeg",
    "taahaev",
    "trapper",
    "trin-op",
    "vaegtskift-staaende",
    "vende-sig-i-sengen",
    "baekkenbaelte",
    "graviditetspude",
    "krykker",
    "pude-mellem-knaeene",
    "satinlagen",
    "traeningsbold",
}


FIGURES = Figures(PREGNANCY)
SCENES, BUILDERS, scene, render = FIGURES.scenes, FIGURES.builders, FIGURES.scene, FIGURES.render


# Exercises ------------------------------------------------------------------------------------


@scene("baekkenvip-rygliggende")
def _(preg: bool) -> Scene:
    p = hook_lying(preg)
    fig = grounded(p, 0.0, 2.5)
    tilt = grounded(hook_lying(preg, trunk=172.0, spine=-8.0), 0.0, 2.5, ghost=True)
    px, py = fig.joint("pelvis")
    # the rocking arc sits over the pelvis and low back, not over the thigh
    return Scene([Panel().add(props.mat(-110, 90), tilt, fig, arc_arrow((px, py), 30.0, 105.0, 165.0, both_ends=True))])


@scene("baekkenvip-siddende")
def _(preg: bool) -> Scene:
    p = sitting(preg, lean=0.0)
    p = hands_at(p, (30.0, 5.0), (32.0, 5.0))
    # ghost: slumped (pelvis rolled back, back rounded); solid: sitting tall with a small hollow
    p = with_(p, spine=-6.0)
    g = feet_at(
        with_(p, trunk=108.0, spine=30.0, neck=-10.0), (47.0, -(SEAT + 8.5) + ANKLE_Y), (45.0, -(SEAT + 8.5) + ANKLE_Y)
    )
    g = hands_at(g, (30.0, 5.0), (32.0, 5.0))
    panel = chair_scene(p, g)
    return Scene([panel.add(arc_arrow((6.0, SIT_Y + 10.0), 18.0, 125.0, 235.0, both_ends=True))])


@scene("baekkencirkler-paa-bold")
def _(preg: bool) -> Scene:
    fig, ball, y = ball_sitter(preg)
    panel = Panel().add_figure(fig, mid=ball).add(props.floor(-60, 80))
    return Scene([panel.add(arc_arrow((0.0, y - 2), 30.0, -30.0, 300.0, squash=0.3))])


@scene("knaesving-rygliggende")
def _(preg: bool) -> Scene:
    # seen from high above: both knees tip over to one side (down the page), feet stay together
    cam = Camera(elevation=70.0)
    out = Arm(shoulder=-10, abduct=45, elbow=5)  # arms out on the floor, shoulders stay down
    base = with_(hook_lying(preg), near_arm=out, far_arm=out)
    fall = 45.0
    fallen = legs(
        base,
        dataclasses.replace(base.near_leg, abduct=fall, rotate=fall),
        dataclasses.replace(base.far_leg, abduct=-fall, rotate=-fall),
    )
    g = grounded(base, 0.0, 2.5, ghost=True, cam=cam)
    px, py = g.joint("pelvis")
    fig = put(fallen, px, py, cam=cam)
    k0, k1 = g.joint("near_knee"), fig.joint("near_knee")
    x0, y0, x1, y1 = bounds(g.shapes() + fig.shapes())
    mat = props.Path(props.rect(x0 - 8, y0 - 8, x1 + 8, y1 + 6, 3.0), props.Style(fill="#ececec", weight=0.8))
    return Scene(
        [
            Panel().add(
                mat,
                g,
                fig,
                arc_arrow(
                    (px + 8, py),
                    math.dist(k0, (px + 8, py)) + 10,
                    math.degrees(math.atan2(k0[1] - py, k0[0] - px - 8)) + 10,
                    math.degrees(math.atan2(k1[1] - py, k1[0] - px - 8)) - 4,
                    both_ends=True,
                ),
            )
        ]
    )


@scene("kat-ko")
def _(preg: bool) -> Scene:
    panels = []
    for spine, neck, up in ((40.0, 20.0, True), (-28.0, -28.0, False)):
        fig = grounded(on_all_fours(preg, spine, neck), 0.0, 2.5)
        w = fig.joint("waist")
        top = bounds(fig.shapes())[3]
        y0, y1 = (top + 2, top + 16) if up else (top + 12, top - 2)
        panels.append(Panel().add(props.mat(-60, 80), fig, arrow([(w[0] + 4, y0), (w[0] + 4, y1)])))
    return Scene(panels, step_arrows=False, stacked=True)


@scene("barnets-stilling")
def _(preg: bool) -> Scene:
    # side view: buttocks back over the heels, shins and feet flat on the mat, arms slid forward low
    # on the mat so the head (forehead on a pillow) stays above them. (Knees wide cannot show.)
    trunk = -6.0
    thigh = -35.0  # direction on paper: forward and down to the knee on the mat
    hip = thigh - trunk - 180.0 + 360.0
    p = Pose(pregnant=preg, trunk=trunk, neck=-10.0, spine=0.0)
    p = legs(p, Leg(hip=hip, knee=thigh + 180.0, ankle=-85, abduct=18))
    fig0 = grounded(p, 0.0, 2.5)
    pel, sh = fig0.joint("pelvis"), fig0.joint("near_shoulder")
    p = hands_at(p, (sh[0] - pel[0] + 50.0, 6.0 - pel[1]), (sh[0] - pel[0] + 52.0, 7.0 - pel[1]))
    fig = grounded(p, 0.0, 2.5)
    h = fig.joint("head")
    return Scene(
        [
            Panel().add(
                props.mat(-50, 110),
                props.pillow((h[0] + 3.0, (2.5 + h[1] - 8.0) / 2 + 1.0), 20.0, h[1] - 8.0 - 2.5),
                fig,
            )
        ]
    )


@scene("ankelpumpe")
def _(preg: bool) -> Scene:
    # half-sitting against a backrest with the legs straight (never flat on the back late in pregnancy)
    p = Pose(
        trunk=125.0, pregnant=preg, neck=25.0, near_arm=Arm(shoulder=-5, elbow=45), far_arm=Arm(shoulder=-5, elbow=45)
    )
    p = legs(p, Leg(hip=90.0 - (125.0 - 90.0) + 4.0, knee=0, ankle=25))  # legs straight, feet raised a little
    g = legs(p, Leg(hip=p.near_leg.hip, knee=0, ankle=-35))
    fig = grounded(p, 0.0, 2.5)
    ghost = grounded(g, 0.0, 2.5, ghost=True)
    a = fig.joint("near_ankle")
    heel = fig.joint("near_heel")
    wedge = props.backrest(fig.joint("pelvis"), fig.joint("neck_base"), 2.5)
    panel = Panel().add(props.mat(-80, a[0] + 30), wedge, props.pillow((heel[0] + 2.0, 7.0), 30.0, 9.0), ghost, fig)
    return Scene([panel.add(arc_arrow((a[0], a[1]), 24.0, 75.0, 0.0, both_ends=True))])


@scene("fremadboejning-staaende")
def _(preg: bool) -> Scene:
    up = standing(preg)
    up = hands_at(up, (10.0, -22.0), (12.0, -22.0))
    bent = Pose(pregnant=preg, trunk=40.0, neck=10.0)
    bent = feet_at(bent, (2.0, -STAND_Y + ANKLE_Y + 2), (0.0, -STAND_Y + ANKLE_Y + 2))
    knee = build_joint(bent, "near_knee")
    bent = hands_at(bent, (knee[0] + 6.0, knee[1] + 6.0), (knee[0] + 7.0, knee[1] + 6.0))
    g = put(up, 0.0, STAND_Y, ghost=True)
    fig = put(bent, -4.0, STAND_Y - 2)
    h = fig.joint("head")
    panel = Panel().add(props.floor(-60, 80), g, fig)
    return Scene([panel.add(arrow([(h[0] - 12, h[1] + 34), (h[0] + 14, h[1] + 24), (h[0] + 24, h[1] + 2)]))])


@scene("rotation-siddende")
def _(preg: bool) -> Scene:
    cam = FRONT_SITTING
    crossed = dict(near_arm=Arm(shoulder=35, elbow=125, rotate=60), far_arm=Arm(shoulder=35, elbow=125, rotate=60))
    p = Pose(pregnant=preg, yaw=-90.0, twist=30.0, head_turn=20.0, arms_in_front=True, legs_behind=True, **crossed)
    p = legs(p, Leg(hip=90, knee=90, abduct=8))
    fig = put(p, 0.0, SIT_Y, cam=cam)
    back, front = props.chair_front(0.0, SEAT, feet_level(fig))
    panel = Panel().add(back).add(fig).add(front)
    return Scene([panel.add(arc_arrow((0.0, SIT_Y + 60.0), 30.0, 200.0, 340.0, both_ends=True, squash=0.35))])


@scene("knib-baekkenbund")
def _(preg: bool) -> Scene:
    p = sitting(preg)
    p = hands_at(p, (28.0, 4.0), (30.0, 4.0))
    panel = chair_scene(p, marks=("pelvic_floor",))
    return Scene([panel.add(arrow([(2.0, SIT_Y - 6.0), (2.0, SIT_Y + 12.0)]))])


@scene("dyb-mavemuskel")
def _(preg: bool) -> Scene:
    relaxed = on_all_fours(preg, 0.0, 0.0)
    fig = put(with_(relaxed, belly_in=3.0), 0.0, 0.0)
    low = bounds(fig.shapes())[1]
    fig = fig.moved(0.0, 2.5 - low)
    ghost = put(relaxed, 0.0, 2.5 - low, ghost=True)
    w = fig.joint("waist")
    return Scene([Panel().add(props.mat(-60, 80), ghost, fig, arrow([(w[0] - 5, w[1] - 44), (w[0] - 5, w[1] - 24)]))])


@scene("firfodsstaaende-arm-ben")
def _(preg: bool) -> Scene:
    # the near (solid) arm reaches forward above the lowered head (eyes to the floor), the opposite
    # (far) leg reaches back
    p = on_all_fours(preg, 0.0, 22.0)
    p = with_(p, near_arm=Arm(shoulder=176, elbow=0, wrist=0), far_leg=Leg(hip=-5, knee=0, ankle=-10))
    fig = grounded(p, 0.0, 2.5)
    foot = fig.joint("far_ankle")
    hand = fig.joint("near_fingertip")
    return Scene(
        [
            Panel().add(
                props.mat(-80, 90),
                fig,
                arrow([(foot[0] + 30, foot[1] + 22), (foot[0] + 6, foot[1] + 22)]),
                arrow([(hand[0] - 30, hand[1] + 12), (hand[0] - 8, hand[1] + 12)]),
            )
        ]
    )


@scene("muslingen")
def _(preg: bool) -> Scene:
    cam = Camera(elevation=18.0)  # lower than other side-liers: the rising knee shows above the feet
    p = with_(
        side_lying(preg, hip=60.0, knee=95.0),
        leg_in_front=True,
        near_arm=Arm(shoulder=170, elbow=10),
        far_arm=Arm(shoulder=70, elbow=70),
    )
    # a clam: feet stacked, the top knee swings up about the hip-ankle line, so the feet stay together
    sk = build(p).joints
    na = sk["near_ankle"]
    p = fit_leg(p, "far", ankle=(na[0], na[1] + 8.0, na[2]), knee=sk["far_knee"])
    sk = build(p).joints
    knee = _turned(sk["far_knee"], sk["far_hip"], sk["far_ankle"], 50.0)
    open_ = fit_leg(p, "far", ankle=sk["far_ankle"], knee=knee, knee_weight=4.0)
    g = grounded(p, 0.0, 2.5, ghost=True, cam=cam)
    fig = grounded(open_, 0.0, 2.5, cam=cam)
    k0 = g.joint("far_knee")
    return Scene([Panel().add(mat_under(fig), g, fig, arc_arrow((k0[0] - 2, k0[1]), 22.0, -20.0, 60.0))])


def _turned(point, a, b, deg: float):
    """`point` turned by `deg` about the axis a -> b (Rodrigues), towards +y for positive `deg`."""
    ax = [b[i] - a[i] for i in range(3)]
    n = math.sqrt(sum(c * c for c in ax))
    k = [c / n for c in ax]
    v = [point[i] - a[i] for i in range(3)]
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    kxv = (k[1] * v[2] - k[2] * v[1], k[2] * v[0] - k[0] * v[2], k[0] * v[1] - k[1] * v[0])
    kv = sum(k[i] * v[i] for i in range(3))
    r = [v[i] * c + kxv[i] * s + k[i] * kv * (1 - c) for i in range(3)]
    if r[1] < v[1]:  # the other way round is up
        r = [v[i] * c - kxv[i] * s + k[i] * kv * (1 - c) for i in range(3)]
    return tuple(a[i] + r[i] for i in range(3))


@scene("benloeft-sideliggende")
def _(preg: bool) -> Scene:
    cam = SIDE_LYING
    p = with_(
        side_lying(preg, hip=50.0, knee=90.0), near_arm=Arm(shoulder=170, elbow=10), far_arm=Arm(shoulder=70, elbow=70)
    )
    p = with_(p, far_leg=Leg(hip=5, knee=0, ankle=0))  # bottom leg bent, top leg straight
    up = with_(p, far_leg=Leg(hip=5, knee=0, ankle=0, abduct=30))
    g = grounded(p, 0.0, 2.5, ghost=True, cam=cam)
    fig = grounded(up, 0.0, 2.5, cam=cam)
    a0, a1 = g.joint("far_ankle"), fig.joint("far_ankle")
    return Scene([Panel().add(mat_under(fig), g, fig, arrow([(a0[0] + 14, a0[1] + 6), (a1[0] + 16, a1[1] - 4)]))])


def _bridge(preg: bool, lift: float) -> tuple[PosedFigure, PosedFigure]:
    base = hook_lying(preg)
    g = grounded(base, 0.0, 2.5, ghost=True)
    pel = g.joint("pelvis")
    ankle = g.joint("near_ankle")
    p = Pose(
        trunk=180.0 + lift,
        neck=lift,
        pregnant=preg,
        near_arm=Arm(shoulder=-10 - lift, elbow=5),
        far_arm=Arm(shoulder=-10 - lift, elbow=5),
    )
    new_pel = (pel[0] + lift * 0.25, pel[1] + lift * 0.9)
    p = feet_at(p, (ankle[0], ankle[1]), (ankle[0] + 2, ankle[1]), pelvis=new_pel)
    return g, put(p, new_pel[0], new_pel[1])


@scene("kort-bro")
def _(preg: bool) -> Scene:
    g, fig = _bridge(preg, 12.0)
    px, py = fig.joint("pelvis")
    top = py + (27.0 if preg else 17.0)
    return Scene([Panel().add(props.mat(-110, 90), g, fig, arrow([(px - 2, top), (px - 2, top + 20)]))])


@scene("bro-efter-foedsel")
def _(preg: bool) -> Scene:
    g, fig = _bridge(preg, 30.0)
    px, py = fig.joint("pelvis")
    top = py + (27.0 if preg else 17.0)
    return Scene([Panel().add(props.mat(-110, 90), g, fig, arrow([(px - 2, top), (px - 2, top + 20)]))])


@scene("vaegtskift-staaende")
def _(preg: bool) -> Scene:
    def shifted(dx: float) -> Pose:
        a = math.degrees(math.atan2(dx, 83.0))
        # feet a little wider than hip-width (abduct 9 per leg)
        return Pose(
            pregnant=preg,
            yaw=-90.0,
            near_leg=Leg(abduct=9 + a),
            far_leg=Leg(abduct=9 - a),
            near_arm=Arm(abduct=8),
            far_arm=Arm(abduct=8),
        )

    g = put(shifted(-9.0), -9.0, STAND_Y, ghost=True)
    fig = put(shifted(9.0), 9.0, STAND_Y)
    return Scene(
        [Panel().add(props.floor(-60, 60), g, fig, arrow([(-28.0, STAND_Y + 6), (28.0, STAND_Y + 6)], both_ends=True))]
    )


@scene("squat-ved-vaeg")
def _(preg: bool) -> Scene:
    up = standing(preg)
    g = put(up, 0.0, STAND_Y, ghost=True)
    low_y = 62.0
    sq = Pose(pregnant=preg, trunk=95.0, **RELAXED_ARMS)
    sq = feet_at(sq, (28.0, ANKLE_Y), (26.0, ANKLE_Y), pelvis=(4.0, low_y))
    fig = put(sq, 4.0, low_y)
    return Scene(
        [Panel().add(props.wall(-14.0, 1.0), props.floor(-14, 70), g, fig, arrow([(44.0, 92.0), (44.0, 66.0)]))]
    )


@scene("rejse-saette-sig")
def _(preg: bool) -> Scene:
    # on the front half of the seat, feet drawn back behind the knees, leaning until the nose is over the toes
    a = sitting(preg, lean=42.0)
    a = feet_at(a, (30.0, -SIT_Y + ANKLE_Y), (28.0, -SIT_Y + ANKLE_Y))
    a = hands_at(a, (34.0, 4.0), (36.0, 4.0))
    pa = chair_scene(a, front_x=12.0)
    b = standing(preg)
    pb = Panel().add(
        props.chair(-2.0, 1.0, SEAT), put(b, 12.0, STAND_Y), arrow([(-14.0, 132.0), (-24.0, 110.0), (-20.0, 86.0)])
    )  # and sit down again
    return Scene([pa, pb])


@scene("trin-op")
def _(preg: bool) -> Scene:
    step_h = 18.0
    p = Pose(pregnant=preg, trunk=95.0, near_arm=Arm(shoulder=-15, elbow=15), far_arm=Arm(shoulder=20, elbow=20))
    pel = (0.0, STAND_Y + 4.0)
    p = feet_at(p, (24.0, step_h + ANKLE_Y), (-14.0, ANKLE_Y), pelvis=pel)
    p = flat_foot(p, "far", toes_up=-12)
    rail_y = 100.0  # a wall rail beside the step: the steps say hold on to it
    p = reach_hand(p, "near", (14.0 - pel[0], rail_y + 6.0 - pel[1]))  # the palm comes to the rail
    fig = put(p, *pel)
    # a rail beside the step, in front of her (posts beyond the step), gripped by the near hand:
    # the short piece drawn over the hand makes the fingers close round it
    posts = [props.line((x, 0.0), (x, rail_y), props.Style(fill="none", weight=0.9)) for x in (62.0, 76.0)]
    grip = fig.joint("near_palm")
    return Scene(
        [
            Panel().add(
                props.floor(-50, 90),
                posts,
                props.rail((8.0, rail_y), (82.0, rail_y)),
                props.step(6.0, 56.0, step_h),
                fig,
                props.rail((grip[0] - 5.0, rail_y), (grip[0] + 5.0, rail_y)),
                arrow([(-44.0, 96.0), (-44.0, 130.0)]),
            )
        ]
    )


@scene("hofte-udad-elastik")
def _(preg: bool) -> Scene:
    base = Pose(pregnant=preg, yaw=-90.0, near_arm=Arm(abduct=38, elbow=20), far_arm=Arm(abduct=8))
    out = with_(base, far_leg=Leg(abduct=28))
    g = put(base, 0.0, STAND_Y, ghost=True)
    fig = put(out, 0.0, STAND_Y)
    na = fig.joint("near_ankle")
    fa = fig.joint("far_ankle")
    hand = fig.joint("near_wrist")
    x1 = hand[0] + 6.0
    top = hand[1] - 4.0
    chair_back = [
        props.Path(props.rect(x1 - 36, 0.0, x1 - 32, top), props.OUTLINE),
        props.Path(props.rect(x1 - 4, 0.0, x1, top), props.OUTLINE),
        props.Path(props.rect(x1 - 38, 46.0, x1 + 2, 50.0, 1.0), props.OUTLINE),
        props.Path(props.rect(x1 - 38, top - 4, x1 + 2, top + 3, 2.0), props.OUTLINE),
    ]
    band = props.band([(na[0], na[1] + 8), ((na[0] + fa[0]) / 2, (na[1] + fa[1]) / 2 + 10), (fa[0], fa[1] + 8)])
    hip = fig.joint("far_hip")
    return Scene([Panel().add(props.floor(x1 - 50, 70), chair_back, g, fig, band, arc_arrow(hip, 66.0, -84.0, -58.0))])


@scene("armstraek-mod-vaeg")
def _(preg: bool) -> Scene:
    wall_x = 60.0
    hand_y = 122.0  # shoulder height
    foot = (-22.0, ANKLE_Y)

    def lean(trunk: float, pelvis: tuple) -> Pose:
        p = Pose(pregnant=preg, trunk=trunk, neck=-8.0)
        p = feet_at(p, foot, (foot[0] + 2, foot[1]), pelvis=pelvis)
        return hands_at(p, (wall_x - 3, hand_y), (wall_x - 3, hand_y + 1), pelvis=pelvis)

    straight_pel, bent_pel = (2.0, STAND_Y - 2), (8.0, STAND_Y - 4)  # bent: elbows about 90, head clear of the wall
    straight, bent = lean(75.0, straight_pel), lean(68.0, bent_pel)
    fig = put(bent, *bent_pel)
    head = fig.joint("head")
    return Scene(
        [
            Panel().add(
                props.wall(wall_x, -1.0),
                props.floor(-50, wall_x),
                put(straight, *straight_pel, ghost=True),
                fig,
                arrow([(head[0] - 26, head[1] + 22), (head[0] + 4, head[1] + 22)], both_ends=True),
            )
        ]
    )


@scene("hoftboejer-straek")
def _(preg: bool) -> Scene:
    p = Pose(pregnant=preg, trunk=92.0)
    hip_ext = 20.0
    thigh_world = p.trunk + 180.0 - hip_ext
    pel = (0.0, 12.5 + 42.0 * math.sin(math.radians(180.0 - (thigh_world - 180.0))))
    p = with_(p, near_leg=Leg(hip=-hip_ext, knee=thigh_world - 180.0, ankle=-88))
    p = reach_foot(p, "far", (44.0, ANKLE_Y + 2.5 - pel[1]))
    p = flat_foot(p, "far")
    k = build_joint(p, "far_knee")
    p = hands_at(p, (k[0] - 4.0, k[1] + 8.0), (k[0] - 2.0, k[1] + 8.0))
    fig = put(p, *pel)
    kn = fig.joint("near_knee")
    return Scene(
        [
            Panel().add(
                props.mat(-70, 75),
                props.pillow((kn[0], 6.0), 22.0, 7.0),
                fig,
                arrow([(-40.0, pel[1] + 8.0), (-18.0, pel[1] + 8.0)]),
            )
        ]
    )


@scene("balde-straek-siddende")
def _(preg: bool) -> Scene:
    # side view on a chair: the far foot flat on the floor, the near ankle across the far knee
    # (figure four), the trunk leaning forward from the hips with a straight back; ghost upright
    def seated(trunk: float) -> Pose:
        p = sitting(preg, lean=90.0 - trunk)
        p = with_(p, leg_in_front=True)
        p = ankle_on_knee(p)
        nk, fa = build_joint(p, "near_knee"), build_joint(p, "near_ankle")
        return hands_at3(p, (nk[0], nk[1] + 7.0, nk[2]), (fa[0], fa[1] + 7.0, fa[2]))

    lean, up = seated(58.0), seated(88.0)
    panel = chair_scene(lean, up)
    h0, h1 = put(up, 0.0, SIT_Y).joint("head"), put(lean, 0.0, SIT_Y).joint("head")
    return Scene(
        [panel.add(arrow([(h0[0] + 4, h0[1] + 18), ((h0[0] + h1[0]) / 2 + 8, h0[1] + 22), (h1[0] + 14, h1[1] + 16)]))]
    )


@scene("inderlaar-straek")
def _(preg: bool) -> Scene:
    cam = Camera(elevation=28.0)
    p = Pose(pregnant=preg, yaw=-90.0, trunk=100.0, legs_behind=True)
    p = legs(p, Leg(hip=60, knee=120, abduct=50, rotate=45))  # start the fit near the answer, not in a V
    # soles together in front of the pelvis, knees out to the sides (body coordinates: x to the
    # viewer after the turn; targets keep the thigh 42 and the shin 41 long so the fit is exact)
    for side, s in (("near", -1.0), ("far", 1.0)):
        p = fit_leg(p, side, ankle=(s * 7.0, -6.0, 50.0), knee=(s * 38.0, -8.0, 28.0))
    # soles together: the feet turned so the toes point forward, not across each other
    p = with_(
        p, near_leg=dataclasses.replace(p.near_leg, ankle=-30.0), far_leg=dataclasses.replace(p.far_leg, ankle=-30.0)
    )

    def mid(s: str) -> tuple:
        return tuple(
            (build_joint(p, f"{s}_ankle")[i] + build_joint(p, f"{s}_knee")[i]) / 2 + (0, 4, 0)[i] for i in range(3)
        )

    p = hands_at3(p, mid("near"), mid("far"))
    fig = grounded(p, 0.0, 0.0, cam=cam)
    x0, y0, x1, y1 = bounds(fig.shapes())
    n = fig.joint("neck_base")
    wall = [props.Path(props.rect(x0 - 24, n[1] - 70, x1 + 24, n[1] + 60), props.Style(fill="#e4e4e4", weight=0.8))]
    return Scene([Panel().add(wall, mat_under(fig, pad=20.0), fig)])


@scene("laeg-straek")
def _(preg: bool) -> Scene:
    wall_x = 62.0
    pel = (10.0, STAND_Y - 9)  # low enough that the front knee bends
    p = Pose(pregnant=preg, trunk=80.0)
    p = feet_at(p, (-40.0, ANKLE_Y), (34.0, ANKLE_Y), pelvis=pel)
    p = hands_at(p, (wall_x - 3, 130.0), (wall_x - 3, 131.0), pelvis=pel)
    return Scene([Panel().add(props.wall(wall_x, -1.0), props.floor(-70, wall_x), put(p, *pel))])


@scene("hvil-sideliggende")
def _(preg: bool) -> Scene:
    fig = on_side(resting_side_lying(preg), 0.0)
    return Scene([side_lying_panel(fig, head=True, knees=True, belly=True)])


@scene("mavevejrtraekning")
def _(preg: bool) -> Scene:
    p = Pose(trunk=135.0, pregnant=preg, neck=32.0)
    pel = (0.0, 14.0)
    p = feet_at(p, (62.0, 2.5 + ANKLE_Y), (64.0, 2.5 + ANKLE_Y), pelvis=pel)
    fig0 = put(p, *pel)
    belly = fig0.joint("waist")
    p = hands_at(p, (belly[0] + 16, belly[1] - 4), (belly[0] + 18, belly[1] - 2), pelvis=pel)
    fig = put(p, *pel)
    wedge = props.backrest(fig0.joint("pelvis"), fig0.joint("neck_base"), 2.5)
    return Scene(
        [
            Panel().add(
                props.mat(-80, 90),
                wedge,
                fig,
                arrow([(belly[0] + 20, belly[1] + 20), (belly[0] + 40, belly[1] + 40)], both_ends=True),
            )
        ]
    )


@scene("vende-sig-i-sengen")
def _(preg: bool) -> Scene:
    a = with_(hook_lying(preg), leg_in_front=True)
    a = feet_at(a, (56.0, -4.0), (58.0, -4.0))
    b = with_(resting_side_lying(preg), near_arm=Arm(shoulder=110, elbow=130))  # lower hand up by the face
    fa, fb = on_bed(a, 0.0), on_bed(b, 0.0)
    k = fa.joint("near_knee")
    pa = Panel().add(
        props.bed_above(-105, 90, BED_TOP, BED_DEPTH),
        fa,
        arrow([(k[0] - 14, k[1] + 22), (k[0] + 4, k[1] + 26), (k[0] + 18, k[1] + 12)]),
    )
    pb = Panel().add(props.bed_above(-105, 90, BED_TOP, BED_DEPTH), fb)
    return Scene([pa, pb], stacked=True)


@scene("op-fra-liggende")
def _(preg: bool) -> Scene:
    # three panels on the same long side of the bed, seen from in front and a little above
    a = with_(resting_side_lying(preg), near_arm=Arm(shoulder=110, elbow=130), far_arm=Arm(shoulder=75, elbow=45))
    fa = on_bed(a, 0.0)
    k = fa.joint("near_knee")
    pa = Panel().add(
        props.bed_above(-105, 75, BED_TOP, BED_DEPTH),
        fa,
        arrow([(k[0] + 6, k[1] + 14), (k[0] + 26, k[1] + 6), (k[0] + 30, k[1] - 14)]),
    )
    # 2: the lower legs go over the edge while the arms (lower elbow, upper hand) push the trunk up
    lift = 35.0
    b = Pose(
        trunk=180.0 - lift,
        roll=-90.0,
        pregnant=preg,
        neck=-lift * 0.6,
        near_arm=Arm(abduct=90 - lift, elbow=90, rotate=-90),
        far_arm=Arm(shoulder=60, elbow=20),
    )
    b = legs(b, Leg(hip=80, knee=90))
    for side, s in (("near", -1.0), ("far", 1.0)):
        b = fit_leg(b, side, ankle=(24.0, -52.0 + s * 3.0, 34.0), knee=(24.0, -12.0 + s * 4.0, 36.0))
    el, sh = build_joint(b, "near_elbow"), build_joint(b, "far_shoulder")
    b = hands_at3(
        b, build_joint(b, "near_wrist"), (sh[0] - 4.0, el[1] + 10.0, 24.0)
    )  # upper hand pushes on the mattress
    b = with_(b, near_arm=Arm(abduct=90 - lift, elbow=90, rotate=-90))
    pel_y = fa.joint("pelvis")[1] + 4.0
    fb = put(b, 0.0, pel_y, cam=RESTING)
    px, py = fb.joint("pelvis")
    pb = Panel().add(
        props.bed_above(-105, 75, BED_TOP, BED_DEPTH, floor_y=min(0.0, bounds(fb.shapes())[1] + 0.5)),
        fb,
        arc_arrow((px, py), 78.0, 172.0, 138.0),
    )
    # 3: sitting on the edge facing the viewer, feet on the floor
    cam = RESTING  # from above enough that the thighs on the mattress show
    c = Pose(
        pregnant=preg, yaw=-68.0, legs_behind=True, near_arm=Arm(abduct=24, elbow=8), far_arm=Arm(abduct=24, elbow=8)
    )
    c = legs(c, Leg(hip=88, knee=88, abduct=6))
    fc = put(c, -10.0, BED_TOP + 8.5 + 3.0, cam=cam)
    pc = Panel().add(props.bed_above(-105, 75, BED_TOP, BED_DEPTH, floor_y=feet_level(fc)), fc)
    return Scene([pa, pb, pc], stacked=True)


@scene("ind-og-ud-af-bil")
def _(preg: bool) -> Scene:
    seat = 50.0 + 8.5
    cam = Camera(elevation=15.0)
    # 1: standing outside the open door with the back to the seat
    a = Pose(pregnant=preg, yaw=-90.0, near_arm=Arm(abduct=10, elbow=10), far_arm=Arm(abduct=10, elbow=10))
    fa = put(a, -4.0, STAND_Y - 14.0, cam=cam)
    behind, front = props.car_side(0.0, floor_y=feet_level(fa))
    pa = Panel().add(behind, front, fa)
    # 2: sitting on the edge of the seat, facing out, feet on the ground outside
    b = Pose(
        pregnant=preg, yaw=-70.0, legs_behind=True, near_arm=Arm(abduct=18, elbow=20), far_arm=Arm(abduct=18, elbow=20)
    )
    b = legs(b, Leg(hip=80, knee=72, abduct=6))
    fb = put(b, -4.0, seat, cam=cam)
    behind2, front2 = props.car_side(0.0, floor_y=feet_level(fb))
    pb = Panel().add(behind2, front2, fb)
    # 3: turning in: the legs lifted over the sill together with the trunk (arrow), nothing through the car
    c = Pose(pregnant=preg, trunk=96.0, near_arm=Arm(shoulder=40, elbow=50), far_arm=Arm(shoulder=40, elbow=50))
    c = feet_at(c, (44.0, 44.0 - seat + ANKLE_Y), (42.0, 44.0 - seat + ANKLE_Y))
    behind3, front3 = props.car_side(0.0)
    fc = put(c, -4.0, seat)
    pc = Panel().add(behind3, front3, fc, arc_arrow((0.0, seat + 12.0), 34.0, 200.0, 340.0, squash=0.35))
    return Scene([pa, pb, pc], stacked=True)


@scene("gang-normale-skridt")
def _(preg: bool) -> Scene:
    p = walking(preg)
    return Scene([Panel().add(props.floor(-70, 90), put(p, 0.0, STAND_Y - 2), arrow([(50.0, 120.0), (82.0, 120.0)]))])


@scene("trapper")
def _(preg: bool) -> Scene:
    rise, run = 17.0, 28.0
    p = Pose(pregnant=preg, trunk=95.0, far_arm=Arm(shoulder=-10, elbow=20))
    pel = (0.0, STAND_Y + rise + 4)
    p = feet_at(p, (run * 0.9, 2 * rise + ANKLE_Y), (-run * 0.5, rise + ANKLE_Y), pelvis=pel)
    rail_a, rail_b = (-60.0, 95.0 + rise * 0.5), (90.0, 95.0 + rise * 0.5 + 150 * rise / run)
    t = (35.0 - rail_a[0]) / (rail_b[0] - rail_a[0])
    hand = (35.0, rail_a[1] + t * (rail_b[1] - rail_a[1]) - 2.0)
    p = reach_hand(p, "near", (hand[0] - pel[0], hand[1] - pel[1]))
    fig = put(p, *pel)
    stairs = props.stairs(-60.0, 4, rise, run, 1.0)
    posts = [
        props.line(
            (x, rail_a[1] + (x - rail_a[0]) * (rail_b[1] - rail_a[1]) / (rail_b[0] - rail_a[0])),
            (x, 17.0 * max(0, min(4, int((x + 60.0) // 28.0 + 1)))),
            props.Style(fill="none", weight=0.9),
        )
        for x in (-40.0, 40.0)
    ]
    return Scene(
        [
            Panel().add(
                props.floor(-90, -60),
                posts,
                props.rail(rail_a, rail_b),
                stairs,
                fig,
                arrow([(-62.0, 150.0), (-30.0, 170.0)]),
            )
        ]
    )


@scene("loeft-taet-paa-kroppen")
def _(preg: bool) -> Scene:
    bw, bh = 30.0, 30.0
    # 1: squat right behind the box, hands gripping its sides
    pel = (-10.0, 46.0)
    p = Pose(pregnant=preg, trunk=52.0, neck=-20.0)
    p = feet_at(p, (8.0, ANKLE_Y), (6.0, ANKLE_Y), pelvis=pel)
    toe = put(p, *pel).joint("near_toe")
    x0 = toe[0] + 2.0
    p = hands_at(p, (x0 + 6.0, bh * 0.6), (x0 + 8.0, bh * 0.6), pelvis=pel)
    fa = put(p, *pel)
    pa = Panel().add(
        props.floor(-50, x0 + bw + 10),
        fa.layers["back"],
        fa.layers["core"],
        props.box(x0, 0.5, bw, bh),
        fa.layers["front"],
    )
    # 2: standing up with the box held against the body, arrow up
    q = standing(preg)
    bx0, by0 = (10.0, STAND_Y + 22.0) if preg else (9.0, STAND_Y + 8.0)  # against the body (above the bump)
    q = hands_at(q, (bx0 + 8.0, by0 + bh * 0.45 - STAND_Y), (bx0 + 10.0, by0 + bh * 0.45 - STAND_Y))
    fb = put(q, 0.0, STAND_Y)
    pb = Panel().add(
        props.floor(-40, 60),
        fb.layers["back"],
        fb.layers["core"],
        props.box(bx0, by0, bw, bh),
        fb.layers["front"],
        arrow([(bx0 + bw + 12, 60.0), (bx0 + bw + 12, 100.0)]),
    )
    return Scene([pa, pb])


@scene("udfald")
def _(preg: bool) -> Scene:
    front_ankle, back_ankle = (38.0, ANKLE_Y), (-46.0, 16.5)  # the back foot on its toes, not through the floor

    def split(pel: tuple) -> Pose:
        p = Pose(pregnant=preg, trunk=90.0, **RELAXED_ARMS)
        p = reach_foot(p, "near", (front_ankle[0] - pel[0], front_ankle[1] - pel[1]))
        p = flat_foot(p, "near")
        p = reach_foot(p, "far", (back_ankle[0] - pel[0], back_ankle[1] - pel[1]))
        return flat_foot(p, "far", toes_up=-55)

    low, high = (0.0, 56.0), (0.0, 80.0)
    return Scene(
        [
            Panel().add(
                props.floor(-70, 80),
                put(split(high), *high, ghost=True),
                put(split(low), *low),
                arrow([(-24.0, 100.0), (-24.0, 70.0)]),
            )
        ]
    )


@scene("hofteboejning-vaegt")
def _(preg: bool) -> Scene:
    up = standing(preg)
    g = put(up, 0.0, STAND_Y, ghost=True)
    pel = (-10.0, STAND_Y - 4)
    p = Pose(pregnant=preg, trunk=40.0, neck=-25.0)
    p = feet_at(p, (2.0, ANKLE_Y), (0.0, ANKLE_Y), pelvis=pel)
    k = build_joint(p, "near_knee")
    p = hands_at(p, (k[0] + 9.0, k[1] + 12.0), (k[0] + 10.0, k[1] + 12.0))  # against the thighs, just above the knees
    fig = put(p, *pel)
    w = fig.joint("near_palm")
    return Scene(
        [
            Panel().add(
                props.floor(-60, 70),
                g,
                fig,
                dumbbell((w[0], w[1]), 90.0, 14.0),
                arc_arrow((pel[0] - 5, pel[1] + 5), 60.0, 80.0, 45.0),
            )
        ]
    )


@scene("haelglid-rygliggende")
def _(preg: bool) -> Scene:
    p = Pose(trunk=180.0, pregnant=preg, near_arm=LYING_ARM, far_arm=LYING_ARM)
    p = feet_at(p, (62.0, -4.0), (64.0, -4.0))
    straight = with_(p, near_leg=Leg(ankle=10))
    fig = grounded(p, 0.0, 2.5)
    g = grounded(straight, 0.0, 2.5, ghost=True)
    a = fig.joint("near_ankle")
    return Scene(
        [Panel().add(props.mat(-110, 110), g, fig, arrow([(a[0] + 40, 16.0), (a[0] + 12, 16.0)], both_ends=True))]
    )


@scene("sidebro-knae")
def _(preg: bool) -> Scene:
    cam = Camera(
        elevation=18.0
    )  # low: the upper arm stands under the shoulder, the forearm lies on the mat, the bent knees show

    def plank(lift: float) -> Pose:
        # the forearm lies on the mat pointing towards the head, so it shows side-on
        p = Pose(
            trunk=180.0 - lift,
            roll=-90.0,
            pregnant=preg,
            neck=-lift,
            leg_in_front=True,
            near_arm=Arm(abduct=90 - lift, elbow=90, rotate=-90),
            far_arm=Arm(shoulder=0, abduct=12, elbow=25),
        )
        return legs(p, Leg(hip=25, knee=90, ankle=-20))

    def knee_off(lift: float) -> float:
        sk = build(plank(lift))
        return abs(sk.joints["near_knee"][1] - sk.joints["near_elbow"][1])

    lift = min(range(8, 40), key=lambda a: (knee_off(float(a)), a))
    fig = grounded(plank(float(lift)), 0.0, 2.5, cam=cam)
    px, py = fig.joint("pelvis")
    return Scene([Panel().add(props.mat(-90, 80), fig, arrow([(px + 2, py - 26), (px + 2, py + 6)]))])


@scene("skulderblade-elastik")
def _(preg: bool) -> Scene:
    p = sitting(preg)
    back = hands_at(p, (26.0, 22.0), (28.0, 22.0))
    fwd = hands_at(p, (52.0, 30.0), (54.0, 30.0))
    wall_x = 110.0
    panel = chair_scene(back, fwd)
    w = put(back, 0.0, SIT_Y).joint("near_wrist")
    panel.add(props.wall(wall_x, -1.0, 150.0), props.floor(40, wall_x))
    panel.add(props.band([(w[0] + 2, w[1] + 1), (wall_x - 1, SIT_Y + 28)]))
    return Scene([panel.add(arrow([(60.0, SIT_Y + 50), (30.0, SIT_Y + 50)]))])


@scene("baekkenvip-staaende-vaeg")
def _(preg: bool) -> Scene:
    p = Pose(pregnant=preg, trunk=92.0, **RELAXED_ARMS)
    pel = (0.0, STAND_Y - 7)  # knees visibly a little bent
    p = feet_at(p, (18.0, ANKLE_Y), (16.0, ANKLE_Y), pelvis=pel)
    # ghost: the low back hollow, away from the wall; solid: pressed flat against it
    g = feet_at(with_(p, trunk=80.0, spine=-12.0), (18.0, ANKLE_Y), (16.0, ANKLE_Y), pelvis=pel)
    return Scene(
        [
            Panel().add(
                props.wall(-13.0, 1.0),
                props.floor(-13, 60),
                put(g, *pel, ghost=True),
                put(p, *pel),
                arc_arrow((pel[0] + 10.0, pel[1] + 12.0), 20.0, 150.0, 215.0, both_ends=True),
            )
        ]
    )


@scene("skulderrul")
def _(preg: bool) -> Scene:
    p = sitting(preg)
    p = hands_at(p, (28.0, 4.0), (30.0, 4.0))
    fig = put(p, 0.0, SIT_Y)
    s = fig.joint("near_shoulder")
    return Scene([chair_scene(p).add(arc_arrow((s[0] - 2.0, s[1] + 3.0), 10.0, 150.0, 470.0))])


@scene("taahaev")
def _(preg: bool) -> Scene:
    base = standing(preg)
    up = legs(base, Leg(ankle=-50))
    rise = 13.0
    chair = props.chair(34.0 + 42.0, 1.0, SEAT)
    top = (37.0, SEAT + 44.0 + 2.0)
    base = hands_at(base, top, (top[0] + 2, top[1]), pelvis=(0.0, STAND_Y))
    up = hands_at(up, top, (top[0] + 2, top[1]), pelvis=(0.0, STAND_Y + rise))
    g = put(base, 0.0, STAND_Y, ghost=True)
    fig = put(up, 0.0, STAND_Y + rise)
    return Scene([Panel().add(chair, g, fig, arrow([(-26.0, 8.0), (-26.0, 32.0)]))])


@scene("brystaabner-vaeg")
def _(preg: bool) -> Scene:
    p = Pose(pregnant=preg, yaw=-70.0, near_arm=Arm(abduct=90, elbow=90, rotate=-90), far_arm=Arm(abduct=8))
    fig = put(p, 0.0, STAND_Y)
    e = fig.joint("near_elbow")
    post = [
        props.Path(props.rect(e[0] - 10, 0.0, e[0] + 12, 200.0), props.Style(fill="#e4e4e4")),
        props.Path(props.rect(e[0] - 10, 0.0, e[0] - 4, 200.0), props.Style(fill="#c8c8c8", weight=0.8)),
    ]
    return Scene(
        [Panel().add(props.floor(-60, 80), post, fig, arc_arrow((4.0, 126.0), 30.0, 200.0, 335.0, squash=0.35))]
    )


@scene("planke-knae")
def _(preg: bool) -> Scene:
    p = Pose(
        trunk=18.0,
        pregnant=preg,
        neck=-8.0,
        near_arm=Arm(shoulder=72, elbow=90, wrist=-10),
        far_arm=Arm(shoulder=72, elbow=90, wrist=-10),
    )
    p = legs(p, Leg(hip=0, knee=60, ankle=-30))
    return Scene([Panel().add(props.mat(-90, 80), grounded(p, 0.0, 2.5))])


# Aids -----------------------------------------------------------------------------------------


@scene("baekkenbaelte")
def _(preg: bool) -> Scene:
    p = Pose(pregnant=preg, yaw=-90.0, near_arm=Arm(abduct=8, elbow=5), far_arm=Arm(abduct=8, elbow=5))
    fig = put(p, 0.0, STAND_Y)
    near, far = fig.joint("near_hip"), fig.joint("far_hip")
    belt = props.belt((min(near[0], far[0]) - 9.0, STAND_Y + 2), (max(near[0], far[0]) + 9.0, STAND_Y + 2))
    return Scene([Panel().add(props.floor(-50, 50), fig, belt)])


@scene("satinlagen")
def _(preg: bool) -> Scene:
    b = with_(hook_lying(preg), roll=-55.0, leg_in_front=True)
    b = feet_at(b, (56.0, -4.0), (58.0, -4.0))
    fig = on_bed(b, 0.0)
    w = fig.joint("waist")
    return Scene(
        [
            Panel().add(
                props.bed_above(-105, 90, BED_TOP, BED_DEPTH, sheen=True),
                fig,
                arrow([(w[0] - 6, w[1] + 36), (w[0] + 16, w[1] + 32), (w[0] + 30, w[1] + 16)]),
            )
        ]
    )


@scene("pude-mellem-knaeene")
def _(preg: bool) -> Scene:
    fig = on_side(resting_side_lying(preg), 0.0)
    return Scene([side_lying_panel(fig, head=True, knees=True)])


@scene("graviditetspude")
def _(preg: bool) -> Scene:
    fig = on_side(resting_side_lying(preg), 0.0)
    h, w, pel = fig.joint("head"), fig.joint("waist"), fig.joint("pelvis")
    k, kn = fig.joint("far_knee"), fig.joint("near_knee")
    mid = ((k[0] + kn[0]) / 2 + 4, (k[1] + kn[1]) / 2 + 1)
    low = bounds(fig.layers["core"])[1]
    # one long pillow: under the head (behind her), then along the bump and between the knees (in front)
    head_part = props.long_pillow([(h[0] - 22, h[1] - 12.0), (h[0] + 14, h[1] - 12.0), (w[0], low + 2.0)], 7.5)
    front_part = props.long_pillow(
        [(w[0], low + 2.0), ((w[0] + pel[0]) / 2 + 4, low - 2.0), (mid[0] - 16, mid[1] - 3.0), mid], 7.5
    )
    panel = side_lying_panel(fig)
    mat, body = panel.shapes[:1], panel.shapes[1:]
    front = fig.layers["front"]
    n = len(fig.layers["back"]) + len(fig.layers["core"])
    return Scene([Panel().add(mat, head_part, body[:n], front[:1], front_part, front[1:])])


@scene("traeningsbold")
def _(preg: bool) -> Scene:
    fig, ball, y = ball_sitter(preg)
    return Scene([Panel().add_figure(fig, mid=ball).add(props.floor(-60, 80))])


@scene("elastikbaand")
def _(preg: bool) -> Scene:
    loop = props.ribbon(
        [(-40.0, 40.0), (0.0, 58.0), (42.0, 44.0), (30.0, 22.0), (-10.0, 18.0), (-44.0, 26.0)], 7.0, closed=True
    )
    strip = props.ribbon([(-80.0, 4.0), (-45.0, 12.0), (-5.0, 4.0), (35.0, 10.0), (80.0, 4.0)], 9.0)
    return Scene([Panel().add(strip, loop)])


@scene("krykker")
def _(preg: bool) -> Scene:
    p = walking(preg, stride=24.0)
    pel = (0.0, STAND_Y - 2)
    p = hands_at(p, (28.0, 6.0), (40.0, 8.0), pelvis=pel)
    p = with_(
        p, near_arm=dataclasses.replace(p.near_arm, wrist=60.0), far_arm=dataclasses.replace(p.far_arm, wrist=60.0)
    )
    fig = put(p, *pel)

    def along(side: str) -> list:
        el, wr = fig.joint(f"{side}_elbow"), fig.joint(f"{side}_wrist")
        cuff = (el[0] + (wr[0] - el[0]) * 0.2, el[1] + (wr[1] - el[1]) * 0.2)
        grip = (wr[0] + 2.0, wr[1] - 1.0)
        return props.crutch(cuff, (grip[0] + 6.0, grip[1] - 6.0), 0.0, far=(side == "far"))

    panel = Panel().add(props.floor(-60, 90))
    panel.add(along("far"), fig.layers["back"], fig.layers["core"], fig.layers["front"], along("near"))
    return Scene([panel])
