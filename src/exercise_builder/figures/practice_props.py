"""Equipment of the practice catalogue's scenes: aids and household things (paper units, floor at y = 0)."""

from __future__ import annotations

from .body import capsule, circle_path
from .props import GREY_FILL, LINE, OUTLINE, THIN, THIN_LINE, curve, line, rect
from .svg import Path, Style

FRAME = Style(fill="none", weight=1.6)


def heat_pad(x0: float, y0: float, x1: float, y1: float, waves: bool = True) -> list:
    """A flat cushion with a few rising heat lines above it."""
    shapes = [
        Path(rect(x0, y0, x1, y1, 2.5), Style(fill="#d6d6d6")),
        line((x0 + 3, (y0 + y1) / 2), (x1 - 3, (y0 + y1) / 2), THIN_LINE),
    ]
    if waves:
        for k in range(3):
            x = x0 + (x1 - x0) * (k + 1) / 4
            shapes.append(curve([(x, y1 + 3), (x + 2.5, y1 + 7), (x - 2.5, y1 + 11), (x, y1 + 15)], THIN_LINE))
    return shapes


def stool(x0: float, width: float = 34.0, height: float = 20.0) -> list:
    """A low step stool seen from the side."""
    return [
        Path(rect(x0 + 2, 0.0, x0 + 5, height - 3), OUTLINE),
        Path(rect(x0 + width - 5, 0.0, x0 + width - 2, height - 3), OUTLINE),
        Path(rect(x0, height - 4, x0 + width, height, 1.2), Style(fill=GREY_FILL)),
    ]


def wedge(x_back: float, x_front: float, y: float, high: float = 8.0, low: float = 2.0) -> list:
    """A seat wedge, high at the back and low at the front."""
    return [
        Path(
            [("M", (x_back, y)), ("L", (x_front, y)), ("L", (x_front, y + low)), ("L", (x_back, y + high)), ("Z",)],
            Style(fill="#c4c4c4"),
        )
    ]


def stocking(knee: tuple, ankle: tuple, toe: tuple) -> list:
    """A knee-high compression stocking drawn over the lower leg and foot."""
    style = Style(fill="#8c8c8c", weight=0.9)
    top = (knee[0] + (ankle[0] - knee[0]) * 0.12, knee[1] + (ankle[1] - knee[1]) * 0.12)
    return [
        Path(capsule(top, 5.6, ankle, 3.9), style),
        Path(capsule(ankle, 4.0, toe, 2.6), style),
        line((top[0] - 5.0, top[1]), (top[0] + 5.0, top[1]), Style(fill="none", weight=1.2)),
    ]


def rollator(x_back: float, handle_y: float = 88.0, length: float = 52.0) -> list:
    """A four-wheeled walker seen from the side, pushed to the right; handles at the back. One
    connected frame: the front leg joins the rear leg under the handle, the seat bar spans both
    legs, the basket hangs from the seat bar, a brake lever under the grip."""
    r = 8.0
    xb, xf = x_back + 2.0, x_back + length
    top = (x_back - 2.0, handle_y)  # the rear leg ends in the handle
    joint = (x_back + (xb - x_back) * 0.2 - 1.0, handle_y - 10.0)  # where the front leg meets it
    seat_y = 52.0

    def at(a: tuple, b: tuple, y: float) -> float:
        return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1])

    rear_x, front_x = at((xb, r), top, seat_y), at((xf, r), joint, seat_y)
    basket_top = seat_y - 3.0
    frame = [
        line((xb, r), top, FRAME),
        line((xf, r), joint, FRAME),
        line(top, (x_back - 12.0, handle_y + 2.0), Style(fill="none", weight=3.2)),  # the grip
        line((x_back - 9.0, handle_y - 1.0), (x_back - 6.0, handle_y - 7.0), THIN),  # brake lever
        line((rear_x, seat_y), (front_x, seat_y), FRAME),  # seat bar
        Path(rect(rear_x + 1.0, seat_y, front_x - 1.0, seat_y + 4.0, 1.5), Style(fill=GREY_FILL, weight=0.9)),
        # the basket hangs under the seat bar
        line((rear_x + 5.0, seat_y), (rear_x + 5.0, basket_top), THIN),
        line((front_x - 5.0, seat_y), (front_x - 5.0, basket_top), THIN),
        Path(rect(rear_x + 3.0, basket_top - 12.0, front_x - 3.0, basket_top, 1.5), Style(fill=GREY_FILL, weight=0.9)),
    ]
    wheels = [
        Path(circle_path((xb, r), r), Style(fill="#bdbdbd")),
        Path(circle_path((xf, r), r), Style(fill="#bdbdbd")),
        Path(circle_path((xb, r), 2.0), OUTLINE),
        Path(circle_path((xf, r), 2.0), OUTLINE),
    ]
    return frame + wheels


def counter(x0: float, x1: float, height: float = 90.0) -> list:
    """A kitchen counter seen from the side, to hold on to: cupboard doors under a worktop."""
    doors = [line((x, 6.0), (x, height - 8.0), THIN) for x in (x0 + (x1 - x0) * k / 3 for k in (1, 2))]
    return [
        Path(rect(x0 + 2.0, 0.0, x1 - 2.0, height - 4.0), Style(fill="#f2f2f2", weight=0.9)),
        Path(rect(x0, height - 4.0, x1, height, 1.0), Style(fill=GREY_FILL)),
        *doors,
    ]


def towel_roll(center: tuple, length: float = 18.0, radius: float = 4.5) -> list:
    """A rolled towel seen end-on under a knee or a neck."""
    return [Path(circle_path(center, radius), Style(fill="#ececec")), Path(circle_path(center, radius * 0.45), THIN)]


def door(x: float, handle_y: float = 100.0, height: float = 200.0) -> list:
    """A closed door seen from the side: a slab with its handle at handle_y."""
    return [
        Path(rect(x - 4.0, 0.0, x, height), Style(fill="#e0e0e0", weight=0.9)),
        line((x, handle_y), (x + 6.0, handle_y), Style(fill="none", weight=2.0)),
    ]


def table(x0: float, x1: float, height: float = 75.0) -> list:
    """A table seen from the side."""
    return [
        Path(rect(x0 + 3, 0.0, x0 + 7, height - 3), OUTLINE),
        Path(rect(x1 - 7, 0.0, x1 - 3, height - 3), OUTLINE),
        Path(rect(x0, height - 4, x1, height, 1.0), Style(fill=GREY_FILL)),
    ]


def weight(center: tuple, length: float = 12.0) -> list:
    """A small dumbbell seen end-on in a hand."""
    return [Path(circle_path(center, 4.2), Style(fill="#8c8c8c"))]


def stick(a: tuple, b: tuple) -> list:
    return [line(a, b, Style(fill="none", weight=3.4)), line(a, b, Style(stroke="#bdbdbd", fill="none", weight=1.4))]


__all__ = [
    "circle_path",
    "counter",
    "table",
    "weight",
    "stick",
    "heat_pad",
    "stool",
    "wedge",
    "stocking",
    "rollator",
    "towel_roll",
    "door",
    "LINE",
]
