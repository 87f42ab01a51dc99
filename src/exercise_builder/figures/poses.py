"""Stock poses (standing, sitting, lying, on all fours, on the side, walking) and shortcuts for
posing them: put feet and hands on points, cross a leg, copy angles to both sides.

Coordinates are paper units relative to the pelvis; the floor is y = -STAND_Y for a standing
figure, and the scene places the pelvis.
"""

from __future__ import annotations

import dataclasses

from .kinematics import flat_feet, flat_foot, reach_foot, reach_hand
from .skeleton import ANKLE_HEIGHT, Arm, Leg, Pose, build

STAND_Y = 90.0  # pelvis height of an upright standing figure
ANKLE_Y = ANKLE_HEIGHT  # ankle joint above the floor when the foot is flat
SEAT = 46.0  # chair seat height
SIT_Y = SEAT + 8.5  # pelvis height of a sitter
LYING_ARM = Arm(shoulder=-10, elbow=5)  # resting on the floor beside a figure on its back
RELAXED_ARMS = dict(near_arm=Arm(shoulder=4, elbow=12), far_arm=Arm(shoulder=-4, elbow=12))


def with_(pose: Pose, **kw) -> Pose:
    return dataclasses.replace(pose, **kw)


def legs(pose: Pose, near: Leg, far: Leg | None = None) -> Pose:
    return with_(pose, near_leg=near, far_leg=far if far is not None else near)


def feet_at(pose: Pose, near: tuple, far: tuple | None = None, pelvis=(0.0, 0.0)) -> Pose:
    """Reach both ankles to floor points (paper coordinates) for a pelvis at `pelvis`."""
    far = far or near
    p = reach_foot(pose, "near", (near[0] - pelvis[0], near[1] - pelvis[1]))
    p = reach_foot(p, "far", (far[0] - pelvis[0], far[1] - pelvis[1]))
    return flat_feet(p)


def hands_at(pose: Pose, near: tuple, far: tuple | None = None, pelvis=(0.0, 0.0)) -> Pose:
    far = far or near
    p = reach_hand(pose, "near", (near[0] - pelvis[0], near[1] - pelvis[1]))
    return reach_hand(p, "far", (far[0] - pelvis[0], far[1] - pelvis[1]))


def standing(pregnant: bool = True, **kw) -> Pose:
    return Pose(pregnant=pregnant, **{**RELAXED_ARMS, **kw})


def hook_lying(pregnant: bool, **kw) -> Pose:
    """On the back, head to the left, knees bent and feet flat."""
    kw.setdefault("trunk", 180.0)
    p = Pose(pregnant=pregnant, near_arm=LYING_ARM, far_arm=LYING_ARM, **kw)
    p = feet_at(p, (62.0, -4.0), (64.0, -4.0))
    return p


def sitting(pregnant: bool, lean: float = 0.0, **kw) -> Pose:
    """On a chair, thighs level, feet on the floor (pelvis at y = 0 here; place at seat + 8.5)."""
    p = Pose(trunk=90.0 - lean, pregnant=pregnant, **kw)
    p = feet_at(p, (47.0, -(46.0 + 8.5) + ANKLE_Y), (45.0, -(46.0 + 8.5) + ANKLE_Y))
    return p


def hands_knees(pregnant: bool, spine: float = 0.0, neck: float = 0.0, **kw) -> Pose:
    """On hands and knees, head to the right: thighs and arms vertical, shoulders a hand's
    thickness higher than the hips."""
    best = None
    for tenth in range(-300, 301):
        trunk = tenth / 10.0
        p = Pose(trunk=trunk, pregnant=pregnant, spine=spine, neck=neck - 12.0, **kw)
        sk = build(p)
        rise = sk.joints["near_shoulder"][1] - sk.joints["near_hip"][1]
        err = abs(rise - 10.5)
        if best is None or err < best[0]:
            best = (err, p)
    p = best[1]
    thorax = p.trunk - p.spine
    arm = Arm(shoulder=90.0 - thorax, elbow=0.0, wrist=88.0)
    leg = Leg(hip=90.0 - p.trunk, knee=90.0, ankle=-62.0)
    return with_(p, near_arm=arm, far_arm=arm, near_leg=leg, far_leg=leg)


def on_all_fours(preg: bool, spine: float, neck: float) -> Pose:
    """On hands and knees with the back rounded (spine > 0) or hollow (spine < 0)."""
    return hands_knees(preg, spine=spine, neck=neck)


def side_lying(preg: bool, hip: float = 45.0, knee: float = 70.0, **kw) -> Pose:
    """Lying on the side facing the viewer, head to the left."""
    p = Pose(
        trunk=180.0,
        roll=-90.0,
        pregnant=preg,
        neck=0.0,
        near_arm=Arm(shoulder=85, elbow=75),
        far_arm=Arm(shoulder=25, elbow=40),
        **kw,
    )
    return legs(p, Leg(hip=hip, knee=knee, ankle=-10))


def ankle_on_knee(p: Pose) -> Pose:
    """Cross the near leg so that its ankle rests on the far knee (a figure four)."""
    target = build(p).joints["far_knee"]
    target = (target[0], target[1] + 9.0, target[2])
    best = None
    for knee in range(80, 141, 4):
        for rot in range(20, 91, 4):
            for abd in (25, 35, 45):
                q = with_(p, near_leg=Leg(hip=100, knee=knee, abduct=abd, rotate=rot, ankle=-10))
                a = build(q).joints["near_ankle"]
                err = sum((a[i] - target[i]) ** 2 for i in range(3))
                if best is None or err < best[0]:
                    best = (err, q)
    return best[1]


def build_joint(p: Pose, name: str):
    return build(p).joints[name]


def hands_at3(p: Pose, near, far) -> Pose:
    """Reach both hands towards 3D points with a simple search over the arm angles."""
    for side, target in (("near", near), ("far", far)):
        arm = getattr(p, f"{side}_arm")
        best = None
        for sh in range(0, 91, 5):
            for ab in range(0, 61, 5):
                for el in range(0, 121, 10):
                    q = with_(p, **{f"{side}_arm": Arm(shoulder=sh, abduct=ab, elbow=el, rotate=arm.rotate)})
                    w = build(q).joints[f"{side}_wrist"]
                    e = sum((w[i] - target[i]) ** 2 for i in range(3))
                    if best is None or e < best[0]:
                        best = (e, q)
        p = best[1]
    return p


def resting_side_lying(preg: bool) -> Pose:
    """Lying on the side, hips and knees bent and slightly apart (room for a pillow), lower arm in front."""
    p = side_lying(preg, hip=65.0, knee=90.0)
    # the lower arm lies in front of the chest, not under the head (the head rests on a pillow)
    return with_(
        p,
        leg_in_front=True,
        near_arm=Arm(shoulder=60, elbow=70, abduct=10),
        far_arm=Arm(shoulder=45, elbow=60),
        far_leg=Leg(hip=63, knee=90, ankle=-10, abduct=16, rotate=8),
    )


def walking(preg: bool, stride: float = 30.0) -> Pose:
    p = Pose(pregnant=preg, trunk=92.0, near_arm=Arm(shoulder=-25, elbow=20), far_arm=Arm(shoulder=25, elbow=25))
    pel = (0.0, STAND_Y - 2)
    p = feet_at(p, (stride, ANKLE_Y + 2), (-stride, ANKLE_Y + 4), pelvis=pel)
    p = flat_foot(p, "near", toes_up=15)
    p = flat_foot(p, "far", toes_up=-25)
    return p
