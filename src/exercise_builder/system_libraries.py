"""Before Qt starts on Linux: the system libraries Qt's X11 plugin needs but does not bring.

Without libxcb-cursor Qt aborts in its own words ("could not load the Qt platform plugin
xcb"); the check names the package to install instead, in one sentence. No Qt imported here."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# library file -> the Debian/Ubuntu package that holds it (Fedora: xcb-util-cursor)
NEEDED = {"libxcb-cursor.so.0": "libxcb-cursor0"}


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


def missing_package(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform, loadable: Callable[[str], bool] | None = None
) -> str:
    """The package to install before the window can open ('' if nothing is missing)."""
    if not uses_x11(environ, platform):
        return ""
    loadable = loadable or _loadable
    return next((package for library, package in NEEDED.items() if not loadable(library)), "")
