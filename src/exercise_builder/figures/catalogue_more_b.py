"""Scenes for the exercises libB added for issue 17 (the whole practice): hip, knee, low back,
pelvis, pelvic floor and whole body. Drawn for a pregnant figure too where the exercise suits
pregnancy (PREGNANCY), always without the belly for everyone else."""

from __future__ import annotations

import dataclasses
import math

from . import practice_props as kit
from . import props
from .arrows import arc_arrow, arrow
from .body import ARM_RADII, GHOST_STYLE, LEG_RADII, NEAR_STYLE, circle_path, tube
from .equipment import stick
from .geometry import apply
from .kinematics import fit_leg, flat_foot, reach_foot, reach_hand
from .poses import (
    ANKLE_Y,
    SEAT,
    SIT_Y,
    STAND_Y,
    build_joint,
    feet_at,
    hands_at,
    hands_at3,
    hook_lying,
    legs,
    standing,
    walking,
    with_,
)
from .registry import Figures
from .scene import Panel, Scene
from .skeleton import FOREARM, UPPER_ARM, Arm, Camera, Leg, Pose, build
from .staging import FRONT_SITTING, feet_level, front_sitter, grounded, put
from .svg import Union, bounds

# drawn a second time with a pregnant figure: the ones tagged "pregnancy"
PREGNANCY = {
    "vug-over-bold",
    "vaegtskift-paa-bold",
    "hoftecirkler-staaende",
    "baekkenbund-afspaending",
    "knib-foer-host",
    "kat-ko-staaende",
    "balde-straek-rygliggende",
    "knae-ud-rygliggende",
    "hofterotation-siddende",
}


FIGURES = Figures(PREGNANCY)
SCENES, BUILDERS, scene, render = FIGURES.scenes, FIGURES.builders, FIGURES.scene, FIGURES.render


# Hip ------------------------------------------------------------------------------------------


def _cross_far_ankle_on_near_thigh(p: Pose) -> Pose:
    """The far leg turned out, its outer ankle resting on the near thigh just above the knee, its knee
    out to the far side (a figure four); the near leg carries it."""
    sk = build(p)
    hip, knee = sk.joints["near_hip"], sk.joints["near_knee"]
    front = apply(sk.frames["near_thigh"], (1.0, 0.0, 0.0))  # the thigh's front face
    on = tuple(hip[i] + 0.8 * (knee[i] - hip[i]) + 8.0 * front[i] for i in range(3))
    fh = sk.joints["far_hip"]
    out = (fh[0] + 22.0, fh[1] + 22.0, fh[2] - 30.0)  # the crossed knee: out to the side and a little up
    p = with_(p, far_leg=Leg(hip=60, knee=100, abduct=40, rotate=60, ankle=-10))
    return fit_leg(p, "far", ankle=on, knee=out, knee_weight=0.3)


def _solid(fig) -> None:
    """The far-side limbs drawn in black like the near ones (a grey far leg read as a chair)."""
    fig.layers["back"] = [Union(s.outlines, NEAR_STYLE) if isinstance(s, Union) else s for s in fig.layers["back"]]


def _held_behind_thigh(
    fig, frac: float = 0.4, ankle_at: float = 0.75, elbow: tuple[float, float] = (0.05, 18.0), wrist_off: float = 6.5
) -> dict[str, tuple[float, float]]:
    """Where the second picture's parts lie on paper. The near thigh carries. The crossed ankle rests on it
    `ankle_at` of the way from hip to knee, and the foot (heel and toes) lies past its back edge. Both
    hands hold the back of it `frac` of the way up, clear of the crossed foot. The near elbow is bent in
    front of the thigh (`elbow`: how much lower than the hands, as a share of the thigh, and how far in
    front), so the forearm shows going behind the thigh to the hand; with a bump it is lower, under it.
    `wrist_off`: how far behind the thigh's middle line the near wrist is."""
    hip, knee = fig.joint("near_hip"), fig.joint("near_knee")
    t = (knee[0] - hip[0], knee[1] - hip[1])
    length = math.hypot(*t)
    u = (t[0] / length, t[1] / length)  # along the thigh, hip to knee
    back = (u[1], -u[0])  # the back of the thigh: towards the feet when the thigh points up
    at = lambda f, off: (hip[0] + f * t[0] + off * back[0], hip[1] + f * t[1] + off * back[1])  # noqa: E731
    knee2 = fig.joint("far_knee")
    ankle = at(ankle_at, 0.0)
    d = (ankle[0] - knee2[0], ankle[1] - knee2[1])
    dl = math.hypot(*d)
    d = (d[0] / dl, d[1] / dl)  # along the crossed shin
    side = lambda p, a, b: (p[0] + a * d[0] + b * u[0], p[1] + a * d[1] + b * u[1])  # noqa: E731
    wrist = at(frac, wrist_off)  # just behind the back edge; the forearm behind the thigh
    grip = (-back[0] + 0.6 * u[0], -back[1] + 0.6 * u[1])  # the fingers curl back over the edge
    g = math.hypot(*grip)
    return {
        "hip": hip,
        "knee": knee,
        "crossed_knee": knee2,
        "ankle": ankle,
        # the foot past the thigh, in line with the shin: heel, sole and toes (a foot, not a knob)
        "heel": side(ankle, 4.0, -2.5),
        "ball": side(ankle, 12.0, 1.0),
        "toe": side(ankle, 15.5, 2.0),
        "near_elbow": at(frac - elbow[0], -elbow[1]),  # low, in front of the thigh: under the bump, not across it
        "near_wrist": wrist,
        "far_wrist": (wrist[0] + 1.5, wrist[1] - 3.0),
        "grip": (grip[0] / g, grip[1] / g),
    }


def _arm_to(shoulder: tuple, wrist: tuple, grip: tuple, elbow: tuple | None = None) -> tuple[list, list]:
    """An arm on paper from the shoulder (through `elbow`, or straight) to a wrist behind the thigh, and
    its hand, whose fingers point along `grip`."""
    r = ARM_RADII
    if elbow is None:
        elbow = tuple(shoulder[i] + (wrist[i] - shoulder[i]) * UPPER_ARM / (UPPER_ARM + FOREARM) for i in range(2))
    palm = (wrist[0] + 4.0 * grip[0], wrist[1] + 4.0 * grip[1])
    tip = (wrist[0] + 9.0 * grip[0], wrist[1] + 9.0 * grip[1])
    arm = tube([shoulder, elbow, wrist], [r["shoulder"], r["elbow"], r["wrist"]])
    return arm, tube([wrist, palm, tip], [2.5, 3.0, 1.8])


def _shin_and_foot(J, side: str) -> list:
    """One leg's shin, knee to ankle, and its foot, as tubes on paper (`J`: the placed figure's joints)."""
    r = LEG_RADII
    return tube([J(f"{side}_knee"), J(f"{side}_ankle")], [r["knee"], r["ankle"]]) + tube(
        [J(f"{side}_{n}") for n in ("ankle", "heel", "ball", "toe")], [3.3, 3.5, 2.7, 1.9]
    )


def _hold(fig, preg: bool) -> dict[str, tuple[float, float]]:
    """`_held_behind_thigh` as picture 2 draws it (with a bump the elbow lower, under it, and the wrists
    a little further in: the thigh is less upright, so the far wrist sits further back)."""
    if preg:
        return _held_behind_thigh(fig, ankle_at=0.7, elbow=(0.25, 12.0), wrist_off=5.5)
    return _held_behind_thigh(fig)


def _held_picture(fig, preg: bool) -> Panel:
    """Picture 2, drawn part by part so nothing crosses in the wrong order: the far arm and the crossed
    thigh behind the trunk (with a bump: over the trunk, beside the bump), the near arm bent along the
    body and behind the supporting thigh, the crossed shin and foot over that thigh, and the hands
    over its back edge."""
    J = fig.joint
    at = _hold(fig, preg)
    r = LEG_RADII
    solid = lambda outs: Union(tuple(outs), NEAR_STYLE)  # noqa: E731
    near_arm, near_hand = _arm_to(J("near_shoulder"), at["near_wrist"], at["grip"], at["near_elbow"])
    far_arm, far_hand = _arm_to(J("far_shoulder"), at["far_wrist"], at["grip"])
    near_leg = tube([J("near_hip"), J("near_knee")], [r["hip"], r["knee"]]) + _shin_and_foot(J, "near")
    crossed = tube([at["crossed_knee"], at["ankle"]], [r["knee"], r["ankle"]])
    crossed += tube([at["ankle"], at["heel"], at["ball"], at["toe"]], [3.3, 3.4, 2.8, 2.0])
    crossed_thigh = solid(tube([J("far_hip"), J("far_knee")], [r["hip"], r["knee"]]))
    # with a bump the crossed thigh is drawn over the trunk: behind it, its outline stopped at the bump
    # and it seemed to grow out of the belly (rounds 7, 9); the thigh stands beside the bump's dome
    return Panel().add(
        props.mat(-95, 75),
        solid(far_arm),
        *([fig.layers["core"], crossed_thigh] if preg else [crossed_thigh, fig.layers["core"]]),
        solid(near_arm),
        solid(near_leg),
        solid(crossed),
        solid(far_hand),
        solid(near_hand),
    )


@scene("balde-straek-rygliggende")
def _(preg: bool) -> Scene:
    # turned a little so the feet end comes towards the viewer: the near leg carries, the far leg's
    # knee falls out to the far side and its shin crosses to the near thigh, a clear "4"; a level
    # camera keeps the mat one line
    cam, yaw = Camera(), 35.0
    # with the bump, the supporting knee goes out beside it, not into it
    spread = 18.0 if preg else 4.0
    # the pregnant thigh is drawn in less, a modest pull with room between it and the bump, and the view
    # turned less, so the crossed thigh stands up beside the bump's dome instead of across it
    pull, yaw2 = (70.0, 25.0) if preg else (100.0, yaw)
    lying = hook_lying(preg)
    lying = with_(lying, near_leg=dataclasses.replace(lying.near_leg, abduct=spread))
    lying = reach_foot(lying, "near", (62.0, -4.0))
    lying = flat_foot(lying, "near")
    start = _cross_far_ankle_on_near_thigh(lying)
    fig = grounded(with_(start, yaw=yaw, leg_in_front=True), 0.0, 2.5, cam=cam)
    _solid(fig)
    # the crossed leg in two parts, as in picture 2: its thigh over the trunk, so it starts at the hip and
    # not in the belly (round 7), but behind the carrying thigh; its shin and foot over that thigh. So in
    # both pictures the carrying thigh is in front of the crossed one (round 13: with the crossed leg
    # whole in front here and behind in picture 2, the crossed leg seemed to change sides)
    behind = fig.layers["back"][:-1]
    J, r = fig.joint, LEG_RADII
    thigh = tube([J("far_hip"), J("far_knee")], [r["hip"], r["knee"]])
    shin = _shin_and_foot(J, "far")
    first = Panel().add(
        props.mat(-95, 75),
        behind,
        fig.layers["core"],
        Union(tuple(thigh), NEAR_STYLE),
        fig.layers["front"][::-1],
        Union(tuple(shin), NEAR_STYLE),
    )
    # 2: both hands behind the supporting thigh draw its knee towards the chest; the foot leaves the mat
    pulled = _cross_far_ankle_on_near_thigh(
        with_(start, leg_in_front=True, near_leg=Leg(hip=pull, knee=95, abduct=spread + 6.0, ankle=-10))
    )
    fig = grounded(with_(pulled, yaw=yaw2), 0.0, 2.5, cam=cam)
    second = _held_picture(fig, preg)
    # a short arc over the knee from the back of the thigh towards the chest (not along the shin: that
    # read as pushing the foot)
    at = _hold(fig, preg)
    hip, knee = at["hip"], at["knee"]
    u = ((knee[0] - hip[0]) / math.dist(hip, knee), (knee[1] - hip[1]) / math.dist(hip, knee))
    on = lambda a, b: (knee[0] + a * u[0] + b * u[1], knee[1] + a * u[1] - b * u[0])  # noqa: E731
    second.add(arrow([on(10.0, 8.0), on(14.0, -2.0), on(9.0, -15.0)]))
    return Scene([first, second], stacked=True)


def _front_sitter(preg: bool, rotate: float) -> Pose:
    """Seen from in front on a chair; the near foot lifted and swung by turning the hip."""
    near = Leg(hip=90, knee=84, abduct=6, rotate=rotate, ankle=10)
    return legs(front_sitter(preg), near, Leg(hip=90, knee=90, abduct=6))


def _legs_to_floor(cx: float, seat: float, floor_y: float) -> list:
    """The front chair legs of `props.chair_front` (which stop at y = 0) carried down to the floor at `floor_y`."""
    half = 22.0
    return [
        props.Path(props.rect(x0, floor_y, x0 + 3.5, seat - 4), props.OUTLINE)
        for x0 in (cx - half + 1, cx + half - 4.5)
    ]


@scene("hofterotation-siddende")
def _(preg: bool) -> Scene:
    fig = put(_front_sitter(preg, -35.0), 0.0, SIT_Y, cam=FRONT_SITTING)  # foot out: the hip turns in
    g = put(_front_sitter(preg, 30.0), 0.0, SIT_Y, cam=FRONT_SITTING, ghost=True)  # foot in: the hip turns out
    floor_y = feet_level(fig)
    back, front = props.chair_front(0.0, SEAT, floor_y)
    back = [back[0], *_legs_to_floor(0.0, SEAT, floor_y), *back[3:]]  # seen a little from above: floor below 0
    k, a0, a1 = fig.joint("near_knee"), g.joint("near_ankle"), fig.joint("near_ankle")
    r = math.dist(k, a1) + 9.0
    start = math.degrees(math.atan2(a1[1] - k[1], a1[0] - k[0]))
    end = math.degrees(math.atan2(a0[1] - k[1], a0[0] - k[0]))
    return Scene([Panel().add(back, g, fig, front, arc_arrow(k, r, start, end, both_ends=True))])


def _lying_on(preg: bool, lift: float, pelvis: tuple, near_ankle: tuple, far_ankle: tuple) -> Pose:
    """On the back with the pelvis lifted `lift` degrees about the shoulders, ankles at paper points;
    the arms out to the sides on the mat (towards and away from the viewer)."""
    arm = Arm(shoulder=-lift, abduct=85, elbow=10)
    p = Pose(trunk=180.0 + lift, neck=lift, pregnant=preg, near_arm=arm, far_arm=arm)
    p = reach_foot(p, "near", (near_ankle[0] - pelvis[0], near_ankle[1] - pelvis[1]))
    return reach_foot(p, "far", (far_ankle[0] - pelvis[0], far_ankle[1] - pelvis[1]))


@scene("bro-paa-bold")
def _(preg: bool) -> Scene:
    ball_x, r = 58.0, 32.5
    heel = (ball_x + 8.0, 2 * r + 6.0)  # the calves rest on the top of the ball, not sunk into it
    low, high = (0.0, 10.5), (-10.0, 33.0)
    cam = Camera(elevation=15.0)  # a little from above, so the arms out to the sides show on the mat
    g = put(_lying_on(preg, 0.0, low, heel, (heel[0] + 2, heel[1])), *low, ghost=True, cam=cam)
    fig = put(_lying_on(preg, 26.0, high, heel, (heel[0] + 2, heel[1])), *high, cam=cam)
    px, py = fig.joint("pelvis")
    x0, y0, _, _ = bounds(g.shapes() + fig.shapes())
    far = max(f.joint("far_fingertip")[1] for f in (g, fig)) + 6.0  # the far arm lies on the mat too
    mat = props.Path(props.rect(x0 - 8, min(y0, 0.0) - 4, 120, far, 3.0), props.Style(fill="#ececec", weight=0.8))
    return Scene(
        [
            Panel().add(
                mat,
                props.ball(ball_x, r),
                g,
                fig,
                arrow([(px - 4.0, py + 12.0), (px - 4.0, py + 32.0)]),
            )
        ]
    )


# Knee -----------------------------------------------------------------------------------------


WALL_X = -96.0  # the wall's surface in sidelaens-trin-op


def _hand_on_wall(p: Pose, pel: tuple, drop: float) -> Pose:
    """The near (left) arm out to the side so the fingertips just touch the wall, `drop` below the shoulder."""
    sk = build(p)
    sh = sk.joints["near_shoulder"]
    target = (WALL_X + 3.0 - pel[0], sh[1] - drop)  # the hand's outline reaches the wall line

    def error(arm: Arm) -> float:
        tip = build(with_(p, near_arm=arm)).joints["near_fingertip"]
        return (tip[0] - target[0]) ** 2 + (tip[1] - target[1]) ** 2

    arms = [Arm(abduct=float(a), elbow=float(e)) for a in range(10, 91, 2) for e in range(5, 61, 5)]
    return with_(p, near_arm=min(arms, key=error))


def _side_step(preg: bool, pel: tuple, step_h: float, up: bool) -> Pose:
    """Seen from in front, side-on to a step on the left of the page: the near (left) foot on the step,
    the near hand on the wall."""
    p = Pose(pregnant=preg, yaw=-90.0, far_arm=Arm(abduct=12, elbow=10))
    foot = (-44.0 - pel[0], step_h + ANKLE_Y - pel[1], 0.0)
    # the knee straight over the foot (step 4), bending forward towards the viewer
    p = flat_foot(fit_leg(p, "near", ankle=foot, knee=(foot[0], foot[1] + 36.0, 18.0), knee_weight=0.5), "near")
    p = _hand_on_wall(p, pel, drop=30.0)
    if up:  # the other foot hangs free beside the step
        return with_(p, far_leg=Leg(hip=25, knee=45, ankle=-20, abduct=8))
    return fit_leg(p, "far", ankle=(6.0 - pel[0], ANKLE_Y + 2.5 - pel[1], 0.0))


@scene("sidelaens-trin-op")
def _(preg: bool) -> Scene:
    step_h = 22.0
    low, high = (-16.0, STAND_Y - 5.0), (-36.0, STAND_Y + step_h - 1.0)
    g = put(_side_step(preg, low, step_h, up=False), *low, ghost=True)
    fig = put(_side_step(preg, high, step_h, up=True), *high)
    px, py = fig.joint("pelvis")
    return Scene(
        [
            Panel().add(
                props.wall(WALL_X, 1.0, 170.0),
                props.floor(-96, 40),
                props.step(WALL_X, -30.0, step_h),
                g,
                fig,
                arrow([(px + 56.0, py - 24.0), (px + 56.0, py + 4.0)]),
            )
        ]
    )


def _on_back(preg: bool, near: Leg, far: Leg) -> Pose:
    arm = Arm(shoulder=-10, elbow=5)
    return Pose(trunk=180.0, pregnant=preg, near_arm=arm, far_arm=arm, near_leg=near, far_leg=far)


@scene("knaestraek-over-rulle")
def _(preg: bool) -> Scene:
    straight = _on_back(preg, Leg(hip=22, knee=0, ankle=10), Leg(hip=60, knee=110, ankle=-20))
    px, py = grounded(straight, 0.0, 2.5).joint("pelvis")
    # the bent (far) leg's foot stands flat on the mat
    straight = flat_foot(reach_foot(straight, "far", (62.0, 2.5 + ANKLE_Y - py)), "far")
    fig = put(straight, px, py)
    heel_down = reach_foot(straight, "near", (fig.joint("near_knee")[0] + 36.0 - px, 2.5 + ANKLE_Y - py))
    g = put(heel_down, px, py, ghost=True)
    k = fig.joint("near_knee")
    r = (k[1] - 5.0 - 2.5) / 2
    roll = kit.towel_roll((k[0] - 2.0, 2.5 + r), length=22.0, radius=r)
    a0, a1 = g.joint("near_ankle"), fig.joint("near_ankle")
    return Scene(
        [
            Panel()
            # the roll sits in front of the other leg, under the near knee
            .add(props.mat(-110, 110), g, fig.layers["back"], roll, fig.layers["core"], fig.layers["front"])
            .add(arc_arrow(k, math.dist(k, a1) + 12.0, math.degrees(math.atan2(a0[1] - k[1], a0[0] - k[0])), 18.0))
        ]
    )


@scene("knae-ret-hael-paa-rulle")
def _(preg: bool) -> Scene:
    def long_sit(knee: float, hip: float, hand_y: float = -10.0) -> Pose:
        p = Pose(pregnant=preg, trunk=112.0, neck=8.0)
        p = legs(p, Leg(hip=hip, knee=knee, ankle=6), Leg(hip=67, knee=0, ankle=6))
        return hands_at(p, (-6.0, hand_y), (-4.0, hand_y))

    # the bottom sits on the mat (not held up by the arms): place by the trunk's lowest point,
    # then let the hands rest loosely on the thighs beside the hips
    py = 2.5 - bounds(put(long_sit(0.0, 73.0), 0.0, 0.0).layers["core"])[1]
    fig = put(long_sit(0.0, 73.0, 2.5 + 16.0 - py), 0.0, py)
    px = 0.0
    g = put(long_sit(18.0, 80.0, 2.5 + 16.0 - py), px, py, ghost=True)
    a, k = fig.joint("near_ankle"), fig.joint("near_knee")
    r = (a[1] - 2.5 - 2.0) / 2
    roll = kit.towel_roll((a[0], 2.5 + r), radius=r)
    rest = props.backrest(fig.joint("pelvis"), fig.joint("neck_base"), 2.5)
    kg = g.joint("near_knee")
    return Scene(
        [
            Panel().add(
                props.mat(-70, 110),
                rest,
                g,
                fig.layers["back"],
                roll,
                fig.layers["core"],
                fig.layers["front"],
                arrow([(kg[0], kg[1] + 16.0), (k[0], k[1] + 7.0)]),
            )
        ]
    )


# Low back -------------------------------------------------------------------------------------


def _side_plank(preg: bool, lift: float, forearm: float = -30.0) -> Pose:
    """On the side facing the viewer, head to the left, on the near forearm; legs straight, the top foot in front.
    The forearm lies on the mat pointing forwards (towards the viewer), turned `forearm` degrees towards the head."""
    p = Pose(
        trunk=180.0 - lift,
        roll=-90.0,
        pregnant=preg,
        neck=-lift,
        leg_in_front=True,
        near_arm=Arm(abduct=90 - lift, elbow=90, rotate=forearm),
        far_arm=Arm(shoulder=0, abduct=12, elbow=25),
    )
    return legs(p, Leg(hip=0, knee=0, ankle=-10), Leg(hip=8, knee=0, ankle=-10))


@scene("sidebro-fuld")
def _(preg: bool) -> Scene:
    cam = Camera(elevation=18.0)  # as sidebro-knae: the upper arm stands under the shoulder

    def foot_off(lift: float) -> float:
        j = build_joint(_side_plank(preg, lift), "near_ankle"), build_joint(_side_plank(preg, lift), "near_elbow")
        return abs(j[0][1] - j[1][1])

    lift = float(min(range(4, 40), key=lambda a: (foot_off(float(a)), a)))
    # the elbow and the feet rest on the mat's far edge line; the forearm in front of the elbow lies on
    # the mat nearer the viewer, so lower on the page: the mat is seen from a little above
    py = grounded(_side_plank(preg, lift, forearm=-90.0), 0.0, 2.5, cam=cam).joint("pelvis")[1]
    fig = put(_side_plank(preg, lift), 0.0, py, cam=cam)
    x0, y0, x1, _ = bounds(fig.shapes())
    mat = props.Path(
        props.rect(x0 - 10, min(y0, 2.5) - 6, x1 + 10, 2.5 + 16, 3.0), props.Style(fill="#ececec", weight=0.8)
    )
    return Scene([Panel().add(mat, fig, arrow([(2.0, py - 22), (2.0, py + 8)]))])


@scene("bro-med-march")
def _(preg: bool) -> Scene:
    lift = 24.0
    base = grounded(hook_lying(preg), 0.0, 2.5)
    pel, ankle = base.joint("pelvis"), base.joint("near_ankle")
    arm = Arm(shoulder=-10 - lift, elbow=5)
    bridge = Pose(trunk=180.0 + lift, neck=lift, pregnant=preg, near_arm=arm, far_arm=arm)
    high = (pel[0] + lift * 0.25, pel[1] + lift * 0.9)
    bridge = feet_at(bridge, ankle, (ankle[0] + 2, ankle[1]), pelvis=high)
    g = put(bridge, *high, ghost=True)
    # the near foot lifts a hand's breadth: the knee comes a little towards the chest, the pelvis stays
    k = g.joint("near_knee")
    marched = reach_foot(bridge, "near", (k[0] + 8.0 - high[0], ankle[1] + 22.0 - high[1]))
    marched = flat_foot(marched, "near")
    fig = put(marched, *high)
    a = fig.joint("near_ankle")
    return Scene(
        [Panel().add(props.mat(-110, 90), g, fig, arrow([(a[0] + 22.0, a[1] - 14.0), (a[0] + 22.0, a[1] + 6.0)]))]
    )


@scene("kat-ko-staaende")
def _(preg: bool) -> Scene:
    pel = (0.0, STAND_Y - 8.0)  # knees a little bent, leaning forward from the hips
    gap = 144.0  # the cow drawn this far to the right of the cat, in the same panel

    def lean(p: Pose) -> float:
        """The direction from the hips to the base of the neck, in degrees."""
        sk = build(p)
        n, h = sk.joints["neck_base"], sk.joints["pelvis"]
        return math.degrees(math.atan2(n[1] - h[1], n[0] - h[0]))

    cat = Pose(pregnant=preg, trunk=66.0, spine=36.0, neck=30.0)
    # the cow: only the low back sinks into a small arch and the eyes look forward; the trunk keeps
    # the cat's lean (it was drawn much more upright, which read as "stand up and look up")
    cows = [Pose(pregnant=preg, trunk=t / 2, spine=-12.0, neck=6.0) for t in range(0, 180)]
    cow = min(cows, key=lambda c: abs(lean(c) - lean(cat)))
    panel = Panel()
    for dx, p, up in ((0.0, cat, True), (gap, cow, False)):
        p = feet_at(p, (6.0, ANKLE_Y), (4.0, ANKLE_Y), pelvis=pel)
        # the hands on the outside of the thighs, halfway down, the elbows a little bent and out to the
        # sides: the arms hang behind the bump (hands just above the knees hid it completely)
        targets = []
        for side, sign in (("near", 1.0), ("far", -1.0)):
            k, h = build_joint(p, f"{side}_knee"), build_joint(p, f"{side}_hip")
            targets.append((h[0] + 0.45 * (k[0] - h[0]), h[1] + 0.45 * (k[1] - h[1]) + 4.0, h[2] + sign * 6.0))
        elbows_out = Arm(rotate=60.0)  # turned in, so the bent elbows point out to the sides
        p = hands_at3(with_(p, near_arm=elbows_out, far_arm=elbows_out), *targets)
        fig = put(p, pel[0] + dx, pel[1])
        w = fig.joint("waist")
        if up:  # the cat: the mid-back rises
            x, y0, y1 = w[0] - 2, w[1] + 14.0, w[1] + 30.0
        else:  # the cow: the low back sinks into a small arch, over the waist
            x, y0, y1 = w[0] - 6, w[1] + 24.0, w[1] + 9.0
        panel.add(props.floor(dx - 50, dx + 60), fig, arrow([(x, y0), (x, y1)]))
    # back and forth between the two with the breath (step 4): a two-headed arrow between them
    mid = (60.0 + gap - 50.0) / 2
    panel.add(arrow([(mid - 13.0, pel[1] - 10.0), (mid + 13.0, pel[1] - 10.0)], both_ends=True))
    return Scene([panel])


# Pelvis (pregnancy) ---------------------------------------------------------------------------


@scene("hoftecirkler-staaende")
def _(preg: bool) -> Scene:
    pel = (0.0, STAND_Y - 3.0)  # knees a little bent
    p = Pose(pregnant=preg, trunk=92.0)
    p = feet_at(p, (4.0, ANKLE_Y), (2.0, ANKLE_Y), pelvis=pel)
    back_x = 36.0
    top = (back_x + 1.0, SEAT + 45.0)
    # the far hand holds the chair; the near arm hangs loosely, so it does not hide the belly (or the bump)
    p = with_(reach_hand(p, "far", (top[0] + 2.0 - pel[0], top[1] - pel[1])), near_arm=Arm(shoulder=6, elbow=14))
    fig = put(p, *pel)
    ring = arc_arrow((pel[0] - 2.0, pel[1] + 2.0), 26.0, -40.0, 290.0, squash=0.3)
    return Scene([Panel().add(props.chair(back_x + 42.0, 1.0, SEAT), fig, ring)])


@scene("vug-over-bold")
def _(preg: bool) -> Scene:
    r, ball_x = 32.5, 52.0
    knee = (0.0, 6.0)

    def kneel(thigh: float, trunk: float) -> tuple[Pose, tuple]:
        """Kneeling with the thighs at `thigh` degrees (90 upright), the shins flat on the mat behind."""
        pel = (knee[0] + 42.0 * math.cos(math.radians(thigh)), knee[1] + 42.0 * math.sin(math.radians(thigh)))
        leg = Leg(hip=thigh - trunk, knee=thigh, ankle=-62.0)
        p = Pose(pregnant=preg, trunk=trunk, neck=28.0, near_leg=leg, far_leg=leg)
        hand = (ball_x + 6.0, 2 * r - 6.0)  # the arms rest round the top of the ball
        return hands_at(p, hand, (hand[0] + 3.0, hand[1] + 2.0), pelvis=pel), pel

    back, pb = kneel(118.0, 20.0)  # the pelvis rocked back towards the heels
    fwd, pf = kneel(92.0, 30.0)
    g = put(back, *pb, ghost=True)
    fig = put(fwd, *pf)
    return Scene(
        [
            Panel()
            .add(
                props.mat(-70, 100),
                g,
                fig.layers["back"],
                props.ball(ball_x, r),
                fig.layers["core"],
                fig.layers["front"],
            )
            .add(arrow([(pb[0] - 22.0, pf[1] + 26.0), (pf[0] + 4.0, pf[1] + 26.0)], both_ends=True))
        ]
    )


@scene("vaegtskift-paa-bold")
def _(preg: bool) -> Scene:
    r = 32.5
    seat_y = 2 * r + 9.0

    def shifted(dx: float) -> Pose:
        """Seen from in front on the ball, the pelvis `dx` to the side, feet wide and still, upper body upright."""
        p = Pose(
            pregnant=preg,
            yaw=-90.0,
            legs_behind=True,
            near_arm=Arm(abduct=14, elbow=10),
            far_arm=Arm(abduct=14, elbow=10),
        )
        p = legs(p, Leg(hip=80, knee=85, abduct=22), Leg(hip=80, knee=85, abduct=22))
        for side, x in (("near", -30.0), ("far", 30.0)):
            p = fit_leg(p, side, ankle=(x - dx, ANKLE_Y - seat_y, 30.0))
        return p

    shift = 8.0
    # the other side as a ghost: the ball rolled the same way under the upright upper body; the feet
    # stay where they are, so the ghost is drawn without its legs (they would only repeat the feet)
    g = put(shifted(-shift), -shift, seat_y, ghost=True)
    ghost_ball = props.Path(circle_path((-shift, r), r), GHOST_STYLE)
    fig = put(shifted(shift), shift, seat_y)
    return Scene(
        [
            Panel()
            .add(props.floor(-80, 80), ghost_ball, g.layers["core"], g.layers["front"], props.ball(shift, r), fig)
            .add(arrow([(-24.0, seat_y + 84.0), (28.0, seat_y + 84.0)], both_ends=True))
        ]
    )


# Pelvic floor ---------------------------------------------------------------------------------


@scene("baekkenbund-afspaending")
def _(preg: bool) -> Scene:
    # half lying on a backrest (as the belly breathing figure), knees bent, hands on the belly
    p = Pose(trunk=140.0, pregnant=preg, neck=30.0)
    pel = (0.0, 14.0)
    p = feet_at(p, (62.0, 2.5 + ANKLE_Y), (64.0, 2.5 + ANKLE_Y), pelvis=pel)
    belly = put(p, *pel).joint("waist")
    p = hands_at(p, (belly[0] + 16, belly[1] - 4), (belly[0] + 18, belly[1] - 2), pelvis=pel)
    fig = put(p, *pel, marks=("pelvic_floor",))
    rest = props.backrest(fig.joint("pelvis"), fig.joint("neck_base"), 2.5)
    px, py = fig.joint("pelvis")
    return Scene(
        [
            Panel().add(
                props.mat(-80, 90),
                rest,
                fig,
                # breathe in: the belly rises; the pelvic floor softens and sinks (down, away from the head)
                arrow([(belly[0] + 21, belly[1] + 6), (belly[0] + 31, belly[1] + 20)]),  # from just above the hand
                arrow([(px + 16.0, py - 2.0), (px + 30.0, py - 12.0)]),
            )
        ]
    )


@scene("knib-foer-host")
def _(preg: bool) -> Scene:
    # 1: squeeze first; 2: keep the squeeze through the cough (hand at the mouth, the puffs of the cough)
    first = put(standing(preg), 0.0, STAND_Y, marks=("pelvic_floor",))
    px, py = first.joint("pelvis")
    # the lift arrow rises from the dashed pelvic floor sling itself
    lift = arrow([(px + 1.0, py - 9.0), (px + 1.0, py + 9.0)])
    cough = with_(standing(preg), trunk=96.0, neck=16.0)
    mouth = build_joint(cough, "head")
    # the forearm upright in front of the chest so the loose fist ends in front of the mouth (not on the
    # side of the head)
    cough = reach_hand(cough, "near", (mouth[0] + 13.0, mouth[1] - 19.0))
    second = put(cough, 0.0, STAND_Y, marks=("pelvic_floor",))
    h = second.joint("head")
    puffs = [
        props.curve(
            [(h[0] + 14 + 5 * i, h[1] - 10 + 5 * (i - 1)), (h[0] + 20 + 5 * i, h[1] - 8 + 6 * (i - 1))], props.THIN_LINE
        )
        for i in range(3)
    ]
    return Scene(
        [
            Panel().add(props.floor(-40, 50), first, lift),
            Panel().add(props.floor(-40, 50), second, puffs, arrow([(px + 1.0, py - 9.0), (px + 1.0, py + 9.0)])),
        ]
    )


@scene("knae-ud-rygliggende")
def _(preg: bool) -> Scene:
    # seen from high above (as knaesving-rygliggende): one knee slowly out to the side, the other and the pelvis still
    cam = Camera(elevation=70.0)
    base = with_(hook_lying(preg), belly_in=2.0)
    # from above, both arms a little out from the sides, so neither hides behind the trunk
    arms = Arm(shoulder=-10, elbow=5, abduct=16)
    above = with_(base, near_arm=arms, far_arm=arms)
    out = with_(above, near_leg=dataclasses.replace(base.near_leg, abduct=42.0, rotate=42.0))
    g = grounded(above, 0.0, 2.5, ghost=True, cam=cam)
    px, py = g.joint("pelvis")
    fig = put(out, px, py, cam=cam)
    _solid(fig)  # the still leg and the far arm in black, like the rest of the body (grey read as a shadow)
    hip, k0, k1 = fig.joint("near_hip"), g.joint("near_knee"), fig.joint("near_knee")
    r = math.dist(hip, k1) + 8.0
    a0 = math.degrees(math.atan2(k0[1] - hip[1], k0[0] - hip[0])) - 6.0
    a1 = math.degrees(math.atan2(k1[1] - hip[1], k1[0] - hip[0])) + 2.0
    x0, y0, x1, y1 = bounds(g.shapes() + fig.shapes())
    mat = props.Path(props.rect(x0 - 8, y0 - 8, x1 + 8, y1 + 6, 3.0), props.Style(fill="#ececec", weight=0.8))
    # first the start position from the side (step 1: knees bent, feet on the mat), which the view from
    # above cannot show; then from above, the knee falling out
    start = Panel().add(props.mat(-110, 90), grounded(base, 0.0, 2.5))
    return Scene([start, Panel().add(mat, g, fig, arc_arrow(hip, r, a0, a1, both_ends=True))], stacked=True)


# Whole body -----------------------------------------------------------------------------------


@scene("stavgang")
def _(preg: bool) -> Scene:
    p = walking(preg, stride=30.0)
    # the arm opposite the front foot swings forward and plants its pole; the other pushes off behind
    p = with_(p, far_arm=Arm(shoulder=40, elbow=25), near_arm=Arm(shoulder=-50, elbow=5))
    fig = put(p, 0.0, STAND_Y - 2)
    front, back = fig.joint("far_palm"), fig.joint("near_palm")
    poles = [
        stick((front[0], front[1] + 4.0), (fig.joint("far_ankle")[0] + 8.0, 0.0)),  # planted beside the back foot
        stick((back[0], back[1] + 4.0), (back[0] - 62.0, 0.0)),
    ]
    panel = Panel().add(
        props.floor(-100, 90), poles[0], fig.layers["back"], fig.layers["core"], poles[1], fig.layers["front"]
    )
    return Scene([panel.add(arrow([(40.0, 150.0), (70.0, 150.0)]))])
