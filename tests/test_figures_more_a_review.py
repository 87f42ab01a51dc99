"""The libA figures a fresh-eyes review found wrong (issue 17 §3), checked on their joints: the
elbows straight in the wall push, the palm flat with the arm near vertical in the wrist stretch, the
head on the towel in the chin nod, the elbow on the mattress in the sleeper stretch."""

import math

from exercise_builder.figures import catalogue_more_a as more_a
from exercise_builder.figures.skeleton import build
from exercise_builder.figures.staging import put


def test_wall_push_keeps_both_elbows_straight_and_moves_only_the_upper_back():
    start, end = more_a.wall_push_poses()
    for pose in (start, end):
        for arm in (pose.near_arm, pose.far_arm):
            assert arm.elbow < 8.0, "the arms stay straight the whole time"
        palm = build(pose).joints["near_wrist"]
        assert math.isclose(palm[0] + more_a.WALL_PELVIS[0], more_a.WALL_HAND[0], abs_tol=0.5)
    assert end.spine > start.spine + 10.0, "the upper back rounds"
    assert end.trunk > start.trunk, "and the trunk moves back from the wall, not in towards it"


def _arm_from_vertical(pose) -> float:
    j = build(pose).joints
    s, w = j["near_shoulder"], j["near_wrist"]
    return math.degrees(math.atan2(w[0] - s[0], s[1] - w[1]))  # + the shoulder behind the hand


def test_wrist_stretch_has_the_palm_flat_on_the_table_and_the_arm_near_vertical():
    (start, sx), (end, ex) = more_a.wrist_stretch_poses()
    for pose, x in ((start, sx), (end, ex)):
        j = build(pose).joints
        for side in ("near", "far"):
            wrist, tip = j[f"{side}_wrist"], j[f"{side}_fingertip"]
            elbow = getattr(pose, f"{side}_arm").elbow
            assert math.isclose(wrist[0] + x, more_a.WRIST_AT[0], abs_tol=0.5)
            assert math.isclose(wrist[1] + more_a.WRIST_PELVIS_Y, more_a.WRIST_AT[1], abs_tol=0.5), "on the table"
            assert abs(tip[1] - wrist[1]) < 2.0, "the palm flat"
            assert tip[0] < wrist[0] - 5.0, "the fingers point back to the body"
            assert tip[0] + x > more_a.WRIST_AT[0] - 20.0, "the fingers still on the table top"
            assert elbow < 8.0, "the elbow straight"
    a0, a1 = _arm_from_vertical(start), _arm_from_vertical(end)
    assert 0.0 <= a0 < 10.0, "the shoulder over the hand at the start (the wrist bent back about 90 degrees)"
    assert a0 < a1 < 20.0, "a little behind it when the body moves back, never the impossible ~140 degrees"


def test_chin_nod_keeps_the_back_of_the_head_on_the_towel():
    start, nod = more_a.chin_nod_poses()
    assert nod.neck >= start.neck + 8.0, "the nod is a visible turn of the head"
    g = put(start, 0.0, 0.0)
    fig = put(nod, 0.0, 0.0)
    assert abs(more_a.head_bottom(nod, fig) - more_a.head_bottom(start, g)) < 0.3
    for name in ("pelvis", "near_ankle", "far_ankle"):
        assert all(abs(a - b) < 0.3 for a, b in zip(build(nod).joints[name], build(start).joints[name], strict=True))


def test_sleeper_stretch_rests_the_elbow_on_the_mattress_in_front_of_the_chest():
    up, down = more_a._sleeper_poses()
    cam = more_a.SLEEPER
    for pose in (up, down):
        j = build(pose).joints
        shoulder, elbow = cam.project(j["near_shoulder"]), cam.project(j["near_elbow"])
        assert abs(elbow[1] - shoulder[1]) < 2.0, "the elbow at the lower shoulder's height, not through the mattress"
        assert abs(elbow[0] - shoulder[0]) < 3.0, "the upper arm points at the viewer, out of the chest"
        assert pose.near_leg.hip >= 55.0 and pose.near_leg.knee >= 80.0, "hips and knees clearly bent"
    e, w = cam.project(build(up).joints["near_elbow"]), cam.project(build(up).joints["near_wrist"])
    assert w[1] > e[1] + 20.0 and abs(w[0] - e[0]) < 3.0, "the start forearm points to the ceiling"
    e, w = cam.project(build(down).joints["near_elbow"]), cam.project(build(down).joints["near_wrist"])
    assert w[0] > e[0] + 15.0, "the end forearm turns towards the feet"
