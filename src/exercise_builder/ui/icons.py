"""Our own icons from resources/icons (SVG), looked up by name and cached."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..paths import icons_dir

APP_ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


@cache
def icon(name: str) -> QIcon:
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


@cache
def app_icon() -> QIcon:
    result = QIcon()
    for size in APP_ICON_SIZES:
        png = icons_dir() / "hicolor" / f"{size}x{size}" / "apps" / "exercise-builder.png"
        if png.is_file():
            result.addFile(str(png))
    svg = icons_dir() / "app.svg"
    if svg.is_file():
        result.addFile(str(svg))
    return result
