"""The window's first size: fitted to the screen's available area, not a fixed 1366×768.

A small screen (a clinic laptop, 1366×768 or 1024×600) gets the window maximised, so the status
bar is on screen; a large one a window of most of the screen, centred."""

from __future__ import annotations

from dataclasses import dataclass

SMALL_SCREEN = (1440, 900)  # at most this: maximised
SHARE_OF_LARGE = 0.85  # of a larger screen's width and height
MINIMUM = (1024, 560)  # the layout stays usable down to this


@dataclass(frozen=True, slots=True)
class Placement:
    x: int
    y: int
    width: int
    height: int
    maximised: bool


def first_placement(x: int, y: int, width: int, height: int) -> Placement:
    """Where the window goes on a screen whose available area is (x, y, width, height)."""
    if width <= SMALL_SCREEN[0] or height <= SMALL_SCREEN[1]:
        return Placement(x, y, width, height, True)
    w, h = int(width * SHARE_OF_LARGE), int(height * SHARE_OF_LARGE)
    return Placement(x + (width - w) // 2, y + (height - h) // 2, w, h, False)


def fits(x: int, y: int, width: int, height: int, area: tuple[int, int, int, int]) -> bool:
    """Whether a window frame lies inside the available area (a saved place on a larger screen may not)."""
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + width <= ax + aw and y + height <= ay + ah
