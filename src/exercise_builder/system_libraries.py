"""Before Qt starts on Linux: the system libraries Qt's X11 plugin needs but does not bring.

Without one of them (libxcb-cursor on most fresh desktops; on a minimal Debian also libxcb-icccm
and libxcb-keysyms) Qt aborts in its own words ("could not load the Qt platform plugin xcb"); the
check names every package to install instead, in one sentence. No Qt imported here."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# library file -> the Debian/Ubuntu package that holds it (Fedora: xcb-util-cursor, xcb-util-wm,
# xcb-util-keysyms …): what Qt's xcb plugin (libqxcb.so → libQt6XcbQpa.so.6) links beyond libxcb
# itself, which PySide6 does not bring (`ldd` on the plugin lists them)
NEEDED = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def _loadable(name: str) -> bool:
    """Found where Qt's plugin will look: the system, or the app's own bundle."""
    from .paths import bundled_libraries_dir

    bundle = bundled_libraries_dir()
    for candidate in ([str(bundle / name)] if bundle else []) + [name]:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def uses_x11(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will start its X11 (xcb) plugin: on Linux, unless another platform is chosen
    or the session is Wayland."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def missing_packages(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform, loadable: Callable[[str], bool] | None = None
) -> list[str]:
    """The packages to install before the window can open (none if nothing is missing)."""
    if not uses_x11(environ, platform):
        return []
    loadable = loadable or _loadable
    return [package for library, package in NEEDED.items() if not loadable(library)]
