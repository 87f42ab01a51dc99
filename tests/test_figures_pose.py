"""The skeleton puts joints where geometry says, and the body differs with pregnancy."""

import hashlib
import math

import pytest

from exercise_builder.figures.body import pose_figure, trunk_outline
from exercise_builder.figures.kinematics import flat_foot, reach_foot, reach_hand
from exercise_builder.figures.scene import Panel, Scene
from exercise_builder.figures.skeleton import (
    FOREARM,
    HIP_HALF_WIDTH,
    SHIN,
    THIGH,
    THIGH_SLOPE,
    UPPER_ARM,
    Arm,
    Camera,
    Leg,
    Pose,
    build,
)
from exercise_builder.figures.svg import bounds, fmt

# the thigh slopes inwards by THIGH_SLOPE degrees; the shin hangs straight below the knee
THIGH_DOWN = THIGH * math.cos(math.radians(THIGH_SLOPE))
KNEE_Z = HIP_HALF_WIDTH - THIGH * math.sin(math.radians(THIGH_SLOPE))


def close(a, b, tol=1e-6):
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def test_standing_leg_hangs_straight_down():
    sk = build(Pose())
    assert close(sk.joints["near_knee"], (0.0, -THIGH_DOWN, KNEE_Z))
    assert close(sk.joints["near_ankle"], (0.0, -THIGH_DOWN - SHIN, KNEE_Z))
    assert KNEE_Z < HIP_HALF_WIDTH - 1.5  # knees closer together than the hips


def test_sitting_knee_at_ninety_degrees_puts_the_ankle_below_the_knee():
    sk = build(Pose(near_leg=Leg(hip=90, knee=90)))
    assert close(sk.joints["near_knee"], (THIGH_DOWN, 0.0, KNEE_Z))
    assert close(sk.joints["near_ankle"], (THIGH_DOWN, -SHIN, KNEE_Z))


def test_elbow_flexion_brings_the_forearm_forward():
    sk = build(Pose(near_arm=Arm(shoulder=0, elbow=90)))
    s, e, w = sk.joints["near_shoulder"], sk.joints["near_elbow"], sk.joints["near_wrist"]
    assert close(e, (s[0], s[1] - UPPER_ARM, s[2]))
    assert close(w, (e[0] + FOREARM, e[1], e[2]))


def test_lying_on_the_back_puts_the_head_to_the_left():
    sk = build(Pose(trunk=180.0))
    assert sk.joints["head"][0] < -50 and abs(sk.joints["head"][1]) < 5


def test_front_view_shows_both_hips_side_by_side():
    sk = build(Pose(yaw=-90.0))
    cam = Camera()
    near, far = cam.project(sk.joints["near_hip"]), cam.project(sk.joints["far_hip"])
    assert abs(abs(near[0] - far[0]) - 2 * HIP_HALF_WIDTH) < 1e-6


@pytest.mark.parametrize("target", [(20.0, -70.0), (45.0, -50.0), (-15.0, -75.0)])
def test_reach_foot_places_the_ankle(target):
    sk = build(reach_foot(Pose(), "near", target))
    assert math.dist(sk.joints["near_ankle"][:2], target) < 1e-6


def test_reach_hand_places_the_wrist():
    sk = build(reach_hand(Pose(trunk=70.0), "far", (40.0, 30.0)))
    assert math.dist(sk.joints["far_wrist"][:2], (40.0, 30.0)) < 1e-6


def test_flat_foot_levels_the_sole():
    sk = build(flat_foot(Pose(near_leg=Leg(hip=40, knee=80)), "near"))
    heel, toe = sk.joints["near_heel"], sk.joints["near_toe"]
    assert abs(math.degrees(math.atan2(toe[1] - heel[1], toe[0] - heel[0]))) <= 1.0


def test_pregnant_belly_reaches_further_forward():
    cam = Camera()
    preg = trunk_outline(build(Pose(pregnant=True)), cam, True)
    flat = trunk_outline(build(Pose(pregnant=False)), cam, False)
    front = lambda d: max(p[0] for cmd in d for p in cmd[1:])  # noqa: E731
    assert front(preg) - front(flat) > 8.0
    a = Scene([Panel().add(pose_figure(Pose(pregnant=True)))]).to_svg()
    b = Scene([Panel().add(pose_figure(Pose(pregnant=False)))]).to_svg()
    assert a != b


def test_far_limbs_are_grey_and_behind_in_side_view():
    fig = pose_figure(Pose(near_leg=Leg(hip=20), far_leg=Leg(hip=-20)))
    assert any(getattr(s, "style", None) and s.style.stroke == "#9a9a9a" for s in fig.layers["back"])
    front_view = pose_figure(Pose(yaw=-90.0))
    assert not any(s.style.stroke == "#9a9a9a" for s in front_view.shapes())


def test_svg_numbers_have_one_decimal():
    assert fmt(1.26) == "1.3" and fmt(-0.04) == "0" and fmt(2.0) == "2" and fmt(-3.45) in ("-3.5", "-3.4")


def test_same_pose_gives_the_same_svg_and_a_pinned_hash():
    def svg():
        return Scene([Panel().add(pose_figure(Pose(near_leg=Leg(hip=90, knee=90))))]).to_svg()

    first, second = svg(), svg()
    assert first == second
    assert hashlib.sha256(first.encode("utf-8")).hexdigest() == PINNED


def test_bounds_cover_every_shape():
    fig = pose_figure(Pose())
    x0, y0, x1, y1 = bounds(fig.shapes())
    assert x1 - x0 > 30 and 150 < y1 - y0 < 180  # a 170 cm figure without its feet below the hip


PINNED = "16afe40f7c2e1a3c7244dfae9d7c05a9eeb1d6a7b2f4b3b3d5ecf72ce92e599d"  # shared stroke attributes on one group


def test_standing_figure_is_an_adult_seven_and_a_half_heads_tall():
    fig = pose_figure(Pose(pregnant=False))
    x0, y0, x1, y1 = bounds(fig.shapes())
    height = y1 - y0
    assert 165.0 < height < 173.0
    sk = build(Pose())
    head_top = sk.joints["head"][1] + 10.8
    chin = sk.joints["head"][1] - 7.6 - 3.8
    assert 7.2 < height / (head_top - chin) < 7.9
