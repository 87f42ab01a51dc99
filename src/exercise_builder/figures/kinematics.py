"""Posing helpers: reach a point with a hand or a foot (two-link inverse kinematics in the
limb's plane) and set an ankle so that the foot lies flat."""

from __future__ import annotations

import dataclasses
import math

from .geometry import Point, Vec3, apply
from .skeleton import FOREARM, SHIN, THIGH, THIGH_SLOPE, UPPER_ARM, Pose, build


def _transpose(m):
    return tuple(tuple(m[j][i] for j in range(3)) for i in range(3))


def _local(pose: Pose, frame: str, joint: str, target: Point) -> tuple[float, float]:
    """Target (paper x, y relative to the pelvis) in the sagittal plane of the limb's root frame."""
    sk = build(pose)
    root = sk.joints[joint]
    m = sk.frames[frame]
    v: Vec3 = (target[0] - root[0], target[1] - root[1], 0.0)
    # keep the target in the plane of the limb: take the depth of the root
    loc = apply(_transpose(m), v)
    return loc[0], loc[1]


def _two_link(x: float, y: float, l1: float, l2: float, bend_sign: float) -> tuple[float, float]:
    """Angles (first segment, second segment) in degrees, measured from +x, reaching (x, y)."""
    d = max(1e-6, min(math.hypot(x, y), l1 + l2 - 0.01))
    base = math.atan2(y, x)
    cos_a = max(-1.0, min(1.0, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))
    a1 = base + bend_sign * math.acos(cos_a)
    ex, ey = l1 * math.cos(a1), l1 * math.sin(a1)
    tx, ty = base_point(x, y, d)
    a2 = math.atan2(ty - ey, tx - ex)
    return math.degrees(a1), math.degrees(a2)


def base_point(x: float, y: float, d: float) -> tuple[float, float]:
    n = math.hypot(x, y) or 1.0
    return x / n * d, y / n * d


def _wrap(a: float) -> float:
    while a > 180.0:
        a -= 360.0
    while a <= -180.0:
        a += 360.0
    return a


def reach_foot(pose: Pose, side: str, ankle: Point) -> Pose:
    """Hip and knee flexion that put the ankle at `ankle` (relative to the pelvis, paper units)."""
    leg = getattr(pose, f"{side}_leg")
    x, y = _local(
        dataclasses.replace(pose, **{f"{side}_leg": dataclasses.replace(leg, hip=0, knee=0)}),
        "pelvis",
        f"{side}_hip",
        ankle,
    )
    # the thigh slopes inwards a little, so its length in the leg's plane is a bit shorter
    a_thigh, a_shin = _two_link(x, y, THIGH * math.cos(math.radians(THIGH_SLOPE)), SHIN, +1.0)
    hip = _wrap(a_thigh + 90.0)
    knee = _wrap(a_thigh - a_shin)
    return dataclasses.replace(pose, **{f"{side}_leg": dataclasses.replace(leg, hip=hip, knee=knee)})


def reach_hand(pose: Pose, side: str, wrist: Point, bend: float = -1.0) -> Pose:
    """Shoulder and elbow flexion that put the wrist at `wrist` (relative to the pelvis).
    `bend` picks which of the two solutions: -1 the usual one, +1 the elbow on the other side."""
    arm = getattr(pose, f"{side}_arm")
    x, y = _local(pose, "thorax", f"{side}_shoulder", wrist)
    a_upper, a_fore = _two_link(x, y, UPPER_ARM, FOREARM, bend)
    shoulder = _wrap(a_upper + 90.0)
    elbow = _wrap(a_fore - a_upper)
    return dataclasses.replace(pose, **{f"{side}_arm": dataclasses.replace(arm, shoulder=shoulder, elbow=elbow)})


def flat_foot(pose: Pose, side: str, toes_up: float = 0.0) -> Pose:
    """Set the ankle so that the sole is level (or tilted `toes_up` degrees)."""
    leg = getattr(pose, f"{side}_leg")
    best = None
    for a in range(-120, 61):
        p = dataclasses.replace(pose, **{f"{side}_leg": dataclasses.replace(leg, ankle=float(a))})
        sk = build(p)
        heel, toe = sk.joints[f"{side}_heel"], sk.joints[f"{side}_toe"]
        dx, dy = toe[0] - heel[0], toe[1] - heel[1]
        tilt = math.degrees(math.atan2(dy, abs(dx)))
        err = abs(tilt - toes_up)
        if best is None or err < best[0]:
            best = (err, a)
    return dataclasses.replace(pose, **{f"{side}_leg": dataclasses.replace(leg, ankle=float(best[1]))})


def flat_feet(pose: Pose) -> Pose:
    return flat_foot(flat_foot(pose, "near"), "far")


def fit_leg(pose: Pose, side: str, ankle: Vec3, knee: Vec3 | None = None, knee_weight: float = 1.0) -> Pose:
    """Hip flexion, abduction, rotation and knee flexion that bring the ankle (and optionally the
    knee) of one leg closest to 3D targets relative to the pelvis. A deterministic coordinate search."""
    names = ("hip", "abduct", "rotate", "knee")
    limits = {"hip": (-30.0, 140.0), "abduct": (-20.0, 80.0), "rotate": (-60.0, 90.0), "knee": (0.0, 160.0)}
    leg = getattr(pose, f"{side}_leg")
    values = {n: getattr(leg, n) for n in names}

    def error(vals: dict) -> float:
        p = dataclasses.replace(pose, **{f"{side}_leg": dataclasses.replace(leg, **vals)})
        sk = build(p)
        a = sk.joints[f"{side}_ankle"]
        e = sum((a[i] - ankle[i]) ** 2 for i in range(3))
        if knee is not None:
            k = sk.joints[f"{side}_knee"]
            e += knee_weight * sum((k[i] - knee[i]) ** 2 for i in range(3))
        return e

    best = error(values)
    step = 16.0
    while step >= 0.25:
        improved = True
        while improved:
            improved = False
            for n in names:
                for d in (step, -step):
                    trial = dict(values)
                    lo, hi = limits[n]
                    trial[n] = min(hi, max(lo, trial[n] + d))
                    e = error(trial)
                    if e < best - 1e-9:
                        best, values, improved = e, trial, True
        step /= 2
    return dataclasses.replace(pose, **{f"{side}_leg": dataclasses.replace(leg, **values)})
