"""Small vector maths for the figures: 3D rotations, 2D points, curve helpers."""

from __future__ import annotations

import math
from collections.abc import Sequence

Vec3 = tuple[float, float, float]
Point = tuple[float, float]
Matrix = tuple[Vec3, Vec3, Vec3]

IDENTITY: Matrix = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def rot_x(deg: float) -> Matrix:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def rot_y(deg: float) -> Matrix:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def rot_z(deg: float) -> Matrix:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def mat_mul(a: Matrix, b: Matrix) -> Matrix:
    (a0, a1, a2), (a3, a4, a5), (a6, a7, a8) = a
    (b0, b1, b2), (b3, b4, b5), (b6, b7, b8) = b
    return (
        (a0 * b0 + a1 * b3 + a2 * b6, a0 * b1 + a1 * b4 + a2 * b7, a0 * b2 + a1 * b5 + a2 * b8),
        (a3 * b0 + a4 * b3 + a5 * b6, a3 * b1 + a4 * b4 + a5 * b7, a3 * b2 + a4 * b5 + a5 * b8),
        (a6 * b0 + a7 * b3 + a8 * b6, a6 * b1 + a7 * b4 + a8 * b7, a6 * b2 + a7 * b5 + a8 * b8),
    )


def chain(*ms: Matrix) -> Matrix:
    out = IDENTITY
    for m in ms:
        out = mat_mul(out, m)
    return out


def apply(m: Matrix, v: Vec3) -> Vec3:
    return (
        m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
        m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
        m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
    )


def add3(a: Vec3, b: Vec3, k: float = 1.0) -> Vec3:
    return (a[0] + k * b[0], a[1] + k * b[1], a[2] + k * b[2])


def add(a: Point, b: Point, k: float = 1.0) -> Point:
    return (a[0] + k * b[0], a[1] + k * b[1])


def sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def length(v: Point) -> float:
    return math.hypot(v[0], v[1])


def unit(v: Point) -> Point:
    n = length(v)
    return (v[0] / n, v[1] / n) if n > 1e-9 else (1.0, 0.0)


def perp(v: Point) -> Point:
    """Rotate 90 degrees counter-clockwise (y up)."""
    return (-v[1], v[0])


def polar(deg: float, r: float = 1.0) -> Point:
    return (r * math.cos(math.radians(deg)), r * math.sin(math.radians(deg)))


def catmull_rom_closed(points: Sequence[Point]) -> list[tuple[Point, Point, Point]]:
    """Cubic segments (c1, c2, end) of a smooth closed curve through the points."""
    n = len(points)
    segs = []
    for i in range(n):
        p0, p1, p2, p3 = points[i - 1], points[i], points[(i + 1) % n], points[(i + 2) % n]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segs.append((c1, c2, p2))
    return segs


def catmull_rom_open(points: Sequence[Point]) -> list[tuple[Point, Point, Point]]:
    """Cubic segments of a smooth open curve through the points (ends clamped)."""
    n = len(points)
    segs = []
    for i in range(n - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < n else points[i + 1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segs.append((c1, c2, p2))
    return segs


def arc_cubics(center: Point, r: float, a0: float, a1: float) -> list[tuple[Point, Point, Point]]:
    """Cubic segments (c1, c2, end) approximating a circular arc, at most 90 degrees each."""
    n = max(1, int(math.ceil(abs(a1 - a0) / 90.0 - 1e-9)))
    da = (a1 - a0) / n
    k = 4.0 / 3.0 * math.tan(math.radians(da) / 4.0)
    segs = []
    for i in range(n):
        s0, s1 = a0 + da * i, a0 + da * (i + 1)
        p0, p1 = add(center, polar(s0, r)), add(center, polar(s1, r))
        t0, t1 = polar(s0 + 90, r * k), polar(s1 + 90, r * k)
        segs.append((add(p0, t0), add(p1, t1, -1.0), p1))
    return segs
