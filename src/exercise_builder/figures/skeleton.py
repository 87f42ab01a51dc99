"""A posed human skeleton: joint angles in, 3D joint positions and 2D projections out.

Units are centimetres of a 170 cm adult (about 7.5 heads tall). The body's rest pose stands
upright facing +x (to the right on paper) with y up; +z points at the viewer, so the limbs on
the +z side are the "near" ones. Angles are in degrees.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .geometry import (
    IDENTITY,
    Matrix,
    Point,
    Vec3,
    add3,
    apply,
    chain,
    rot_x,
    rot_y,
    rot_z,
)

HIP_HALF_WIDTH = 8.5
SHOULDER_HALF_WIDTH = 15.5
MALE_SHOULDER_HALF_WIDTH = 18.0  # the male build: broader shoulders, same height and limbs
LUMBAR = 22.0  # hip centre to waist, along the spine
THORACIC = 28.0  # waist to the base of the neck
NECK = 9.5
THIGH = 42.0
SHIN = 41.0
ANKLE_HEIGHT = 7.0
THIGH_SLOPE = 3.0  # degrees the thigh slopes inwards in a neutral stance
UPPER_ARM = 30.0
FOREARM = 25.0
HAND = 15.0


@dataclass(frozen=True)
class Leg:
    hip: float = 0.0  # flexion, + brings the thigh forward
    knee: float = 0.0  # flexion
    ankle: float = 0.0  # dorsiflexion, + lifts the toes
    abduct: float = 0.0  # + away from the midline
    rotate: float = 0.0  # external rotation, +


@dataclass(frozen=True)
class Arm:
    shoulder: float = 0.0  # flexion, + lifts the arm forward
    elbow: float = 0.0  # flexion
    wrist: float = 0.0  # + turns the hand forward
    abduct: float = 0.0  # + away from the body sideways
    rotate: float = 0.0  # internal rotation, + brings a bent forearm across the body


@dataclass(frozen=True)
class Pose:
    trunk: float = 90.0  # direction of the pelvis's up axis in side view; 90 upright, 180 lying head-left
    yaw: float = 0.0  # turn about the vertical axis after everything else; -90 faces the viewer
    roll: float = 0.0  # turn about the body's own long axis before tilting; trunk=180, roll=-90 lies on the side facing the viewer
    spine: float = 0.0  # flexion, + rounds the back
    twist: float = 0.0  # rotation of the upper trunk
    side_bend: float = 0.0
    neck: float = 0.0  # flexion, + chin towards the chest
    head_turn: float = 0.0
    near_arm: Arm = Arm()
    far_arm: Arm = Arm()
    near_leg: Leg = Leg()
    far_leg: Leg = Leg()
    pregnant: bool = True
    belly_in: float = 0.0  # cm the abdomen is drawn in (deep abdominal activation)
    arms_in_front: bool = False  # draw both arms in front of the trunk (arms crossed on the chest)
    leg_in_front: bool = False  # outline the near leg over the trunk instead of merging it
    legs_behind: bool = False  # front views: both legs outlined, drawn behind the trunk (sitting)
    male: bool = False  # the male build (never with pregnant=True)
    neck_side: float = 0.0  # side bend of the neck, + the ear towards the near shoulder


@dataclass(frozen=True)
class Frame:
    origin: Vec3
    axes: Matrix  # columns: forward (x), up (y), lateral (z)

    def at(self, local: Vec3) -> Vec3:
        return add3(self.origin, apply(self.axes, local))


@dataclass
class Skeleton:
    """3D joints (name -> point) and the frames that the body shapes hang on."""

    joints: dict[str, Vec3] = field(default_factory=dict)
    frames: dict[str, Matrix] = field(default_factory=dict)
    pose: Pose = Pose()

    def spine_frame(self, s: float) -> Frame:
        """Centre and axes of the trunk at distance s along the spine from the hip centre."""
        if s < 0:
            m = self.frames["pelvis"]
            return Frame(add3(self.joints["pelvis"], apply(m, (0.0, s, 0.0))), m)
        if s <= LUMBAR:
            m = self.frames["lumbar"]
            return Frame(add3(self.joints["pelvis"], apply(m, (0.0, s, 0.0))), m)
        m = self.frames["thorax"]
        return Frame(add3(self.joints["waist"], apply(m, (0.0, s - LUMBAR, 0.0))), m)


def build(pose: Pose) -> Skeleton:
    """Forward kinematics from the pelvis (hip centre at the origin)."""
    if pose.male and pose.pregnant:
        raise ValueError("a male figure cannot be pregnant")
    sk = Skeleton(pose=pose)
    shoulder_half = MALE_SHOULDER_HALF_WIDTH if pose.male else SHOULDER_HALF_WIDTH
    j, f = sk.joints, sk.frames
    body = chain(rot_y(pose.yaw), rot_z(pose.trunk - 90.0), rot_y(pose.roll))
    lumbar = chain(body, rot_z(-pose.spine / 2), rot_x(pose.side_bend / 2))
    thorax = chain(lumbar, rot_z(-pose.spine / 2), rot_y(pose.twist), rot_x(pose.side_bend / 2))
    f["pelvis"], f["lumbar"], f["thorax"] = body, lumbar, thorax
    j["pelvis"] = (0.0, 0.0, 0.0)
    j["waist"] = apply(lumbar, (0.0, LUMBAR, 0.0))
    j["neck_base"] = add3(j["waist"], apply(thorax, (0.0, THORACIC, 0.0)))

    neck = chain(thorax, rot_z(-pose.neck / 2))
    head = chain(thorax, rot_z(-pose.neck), rot_y(pose.head_turn))
    if pose.neck_side:
        neck = chain(thorax, rot_z(-pose.neck / 2), rot_x(pose.neck_side / 2))
        head = chain(thorax, rot_z(-pose.neck), rot_x(pose.neck_side), rot_y(pose.head_turn))
    f["neck"], f["head"] = neck, head
    j["neck_top"] = add3(j["neck_base"], apply(neck, (0.0, NECK, 0.0)))
    j["head"] = add3(j["neck_top"], apply(head, (0.5, 8.5, 0.0)))

    for side, sign in (("near", 1.0), ("far", -1.0)):
        leg: Leg = getattr(pose, f"{side}_leg")
        hip = apply(body, (0.0, 0.0, sign * HIP_HALF_WIDTH))
        # the thighs slope a little inwards (knees closer than hips); the shins hang straight again
        m_leg = chain(body, rot_z(leg.hip), rot_x(-sign * (leg.abduct - THIGH_SLOPE)), rot_y(-sign * leg.rotate))
        m_shin = chain(m_leg, rot_x(-sign * THIGH_SLOPE), rot_z(-leg.knee))
        m_foot = chain(m_shin, rot_z(leg.ankle))
        j[f"{side}_hip"] = hip
        j[f"{side}_knee"] = knee = add3(hip, apply(m_leg, (0.0, -THIGH, 0.0)))
        j[f"{side}_ankle"] = ankle = add3(knee, apply(m_shin, (0.0, -SHIN, 0.0)))
        f[f"{side}_thigh"], f[f"{side}_shin"], f[f"{side}_foot"] = m_leg, m_shin, m_foot
        j[f"{side}_heel"] = add3(ankle, apply(m_foot, (-1.5, -3.5, 0.0)))
        j[f"{side}_ball"] = add3(ankle, apply(m_foot, (7.5, -4.6, 0.0)))
        j[f"{side}_toe"] = add3(ankle, apply(m_foot, (15.0, -5.2, 0.0)))

        arm: Arm = getattr(pose, f"{side}_arm")
        shoulder = add3(j["neck_base"], apply(thorax, (0.0, -6.0, sign * shoulder_half)))
        m_arm = chain(thorax, rot_z(arm.shoulder), rot_x(-sign * arm.abduct), rot_y(sign * arm.rotate))
        m_fore = chain(m_arm, rot_z(arm.elbow))
        m_hand = chain(m_fore, rot_z(arm.wrist))
        j[f"{side}_shoulder"] = shoulder
        j[f"{side}_elbow"] = elbow = add3(shoulder, apply(m_arm, (0.0, -UPPER_ARM, 0.0)))
        j[f"{side}_wrist"] = wrist = add3(elbow, apply(m_fore, (0.0, -FOREARM, 0.0)))
        j[f"{side}_palm"] = add3(wrist, apply(m_hand, (0.0, -7.0, 0.0)))
        j[f"{side}_fingertip"] = add3(wrist, apply(m_hand, (0.0, -HAND, 0.0)))
        f[f"{side}_upper_arm"], f[f"{side}_forearm"], f[f"{side}_hand"] = m_arm, m_fore, m_hand
    return sk


@dataclass(frozen=True)
class Camera:
    """Orthographic camera; elevation > 0 looks down on the scene from above."""

    elevation: float = 0.0

    def matrix(self) -> Matrix:
        return rot_x(self.elevation) if self.elevation else IDENTITY

    def project(self, p: Vec3) -> Point:
        q = apply(self.matrix(), p)
        return (q[0], q[1])

    def depth(self, p: Vec3) -> float:
        return apply(self.matrix(), p)[2]

    def direction(self, v: Vec3) -> Point:
        q = apply(self.matrix(), v)
        return (q[0], q[1])
