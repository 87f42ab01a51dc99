"""Placing posed figures in a scene: cameras, putting a figure on the floor, a chair or a bed,
and the small panels that recur (a sitter on a chair, a side-lier with pillows, a ball sitter)."""

from __future__ import annotations

import dataclasses

from . import props
from .body import PosedFigure, pose_figure
from .kinematics import flat_feet
from .poses import ANKLE_Y, SEAT, SIT_Y, feet_at, hands_at, legs
from .scene import Panel, Scene
from .skeleton import Arm, Camera, Leg, Pose
from .svg import Path, bounds, points_of

SIDE = Camera()
FRONT_SITTING = Camera(elevation=25.0)  # a little from above, so the thighs show
RESTING = Camera(elevation=30.0)  # side-lying seen from in front and above, so bent hips and knees show
SIDE_LYING = RESTING
BED_TOP = 52.0  # top of the mattress
BED_DEPTH = 20.0  # how far the mattress's upper face reaches up the page


def put(pose: Pose, x: float, y: float, ghost: bool = False, cam: Camera = SIDE, marks=()) -> PosedFigure:
    """The figure with its pelvis at (x, y)."""
    return pose_figure(pose, cam, ghost=ghost, marks=marks).moved(x, y)


def grounded(
    pose: Pose, x: float, floor: float = 0.0, ghost: bool = False, cam: Camera = SIDE, marks=()
) -> PosedFigure:
    """The figure with its pelvis at x and its lowest point resting on `floor`."""
    fig = pose_figure(pose, cam, ghost=ghost, marks=marks)
    low = bounds(fig.shapes())[1]
    return fig.moved(x, floor - low)


def on_side(pose: Pose, x: float, floor: float = 2.5, cam: Camera = RESTING) -> PosedFigure:
    """A side-lier whose trunk, head and legs (not the arms in front of her) rest on `floor`."""
    fig = pose_figure(pose, cam)
    low = bounds(fig.layers["core"])[1]
    return fig.moved(x, floor - low)


def feet_level(fig: PosedFigure) -> float:
    """Where the floor meets the feet of a figure seen a little from above."""
    return min(0.0, bounds(fig.shapes())[1] + 0.5)


def chair_scene(p: Pose, ghost: Pose | None = None, extra=(), marks=(), front_x: float = 24.0) -> Panel:
    """A sitter (and optionally her start position as a ghost) on a chair seen from the side."""
    panel = Panel().add(props.chair(front_x, 1.0, SEAT))
    if ghost is not None:
        panel.add(put(ghost, 0.0, SIT_Y, ghost=True))
    panel.add(put(p, 0.0, SIT_Y, marks=marks))
    panel.add(*extra)
    return panel


def ball_sitter(preg: bool) -> tuple[PosedFigure, list, float]:
    """A figure sitting upright on an exercise ball, feet apart on the floor."""
    p = Pose(pregnant=preg, trunk=90.0)
    y = 65.0 + 9.0
    p = feet_at(p, (48.0, ANKLE_Y - y), (44.0, ANKLE_Y - y))
    p = hands_at(p, (26.0, 2.0), (28.0, 2.0))
    p = legs(p, dataclasses.replace(p.near_leg, abduct=12), dataclasses.replace(p.far_leg, abduct=12))
    p = flat_feet(p)
    return put(p, 0.0, y), props.ball(-2.0, 32.5), y


def mat_under(fig: PosedFigure, pad: float = 14.0) -> list:
    """A mat seen from above (for the elevated camera), behind a lying figure."""
    x0, y0, x1, y1 = bounds(fig.shapes())
    return [
        props.Path(props.rect(x0 - pad, y0 - 6.0, x1 + pad, y0 + 40.0, 3.0), props.Style(fill="#ececec", weight=0.8))
    ]


def side_lying_panel(fig: PosedFigure, head: bool = False, knees: bool = False, belly: bool = False) -> Panel:
    """A side-lying figure on a mat, with pillows under the head, between the knees, under the belly."""
    k, kn = fig.joint("far_knee"), fig.joint("near_knee")
    h, w = fig.joint("head"), fig.joint("waist")
    floor_y = 2.5  # where the trunk's lower side touches the mat (see `on_side`)
    x0, y0, x1, y1 = bounds(fig.shapes())
    # the mat seen from above: the arm resting in front of the chest lies lower on the page
    panel = Panel().add(
        props.Path(
            props.rect(min(x0, h[0] - 30) - 10, min(y0, floor_y) - 8, max(k[0], kn[0]) + 50, floor_y + 34, 3.0),
            props.Style(fill="#ececec", weight=0.8),
        )
    )
    if head:  # thick enough that the head rests on it with the neck in line with the spine
        top = h[1] - 6.0
        panel.add(props.pillow((h[0] - 2, (floor_y + top) / 2), 46.0, max(13.0, top - floor_y)))
    if belly:  # under the bump: between the waist and the hip, in front of the trunk
        p = fig.joint("pelvis")
        bx = (w[0] + p[0]) / 2
        low = min((y for x, y in outline_points(fig.layers["core"]) if abs(x - bx) < 8.0), default=floor_y + 9.0)
        panel.add(props.pillow((bx + 2.0, low - 5.0), 34.0, 16.0))  # peeks out below the bump
    panel.add(fig.layers["back"], fig.layers["core"])
    if knees:
        panel.add(props.pillow(((k[0] + kn[0]) / 2 + 4, (k[1] + kn[1]) / 2 + 1), 28.0, 15.0))
    panel.add(fig.layers["front"][-1:] if knees else [], fig.layers["front"][:-1] if knees else fig.layers["front"])
    return panel


def underside(fig: PosedFigure, x: float, half: float = 3.0, layer: str = "core") -> float:
    """The lowest point of a figure's outline (one layer) within `half` of x: where a support must reach."""
    return min(y for px, y in outline_points(fig.layers[layer]) if abs(px - x) <= half)


def outline_points(shapes) -> list:
    out = []
    for s in shapes:
        for d in [s.d] if isinstance(s, Path) else list(getattr(s, "outlines", ())):
            out.extend(points_of(d))
    return out


def on_bed(pose: Pose, x: float, cam: Camera | None = None) -> PosedFigure:
    """A lying figure on a bed seen from in front and a little above (trunk on the mattress, arms may lie in front)."""
    return on_side(pose, x, BED_TOP + 3.0, cam=cam or RESTING)


def front_sitter(pregnant: bool = False, **kw) -> Pose:
    """Sitting on a chair, facing the viewer, hands resting on the thighs."""
    p = Pose(
        pregnant=pregnant,
        yaw=-90.0,
        legs_behind=True,
        near_arm=Arm(shoulder=35, elbow=50, abduct=10),
        far_arm=Arm(shoulder=35, elbow=50, abduct=10),
        **kw,
    )
    return legs(p, Leg(hip=90, knee=90, abduct=6))


def front_chair(p: Pose, ghost: Pose | None = None, extra=()) -> Scene:
    """A front sitter on a chair seen from in front (the chair's back behind, its seat and legs in
    front), with an optional ghost pose and extra shapes."""
    fig = put(p, 0.0, SIT_Y, cam=FRONT_SITTING)
    back, front = props.chair_front(0.0, SEAT, feet_level(fig))
    panel = Panel().add(back)
    if ghost is not None:
        panel.add(put(ghost, 0.0, SIT_Y, ghost=True, cam=FRONT_SITTING))
    return Scene([panel.add(fig, front, *extra)])
