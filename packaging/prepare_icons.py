"""Prepare the icons the build needs in build/icons/ (never writes into resources/).

    python packaging/prepare_icons.py [--out build/icons]

For every hicolor size the app ships (16 … 512) it takes, in this order:
1. resources/icons/hicolor/<n>x<n>/apps/exercise-builder.png (made by the GUI work),
2. a rendering of resources/icons/app.svg (QSvgRenderer, offscreen),
3. a plain placeholder drawn here, so a build never fails for want of an icon
   (it says so loudly; the placeholder exists only in build output).
It also writes exercise-builder.ico (Windows exe and installer), exercise-builder.icns (macOS
.app), scalable/apps/exercise-builder.svg when app.svg exists, and version_info.txt (the Windows
file-properties version, from pyproject.toml).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
NAME = "exercise-builder"


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def _qt_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def render_svg(svg: Path, size: int, out: Path) -> bool:
    _qt_app()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        return False
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.save(str(out), "PNG")


def draw_placeholder(size: int, out: Path) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    margin = max(1, size // 16)
    draw.rounded_rectangle((margin, margin, size - margin, size - margin), radius=size // 5, fill=(32, 110, 140, 255))
    # a simple figure-ish mark: head and body, readable at 16 px
    cx, r = size / 2, size / 9
    draw.ellipse((cx - r, size * 0.22, cx + r, size * 0.22 + 2 * r), fill=(255, 255, 255, 255))
    w = max(1, size // 12)
    draw.line((cx, size * 0.45, cx, size * 0.68), fill=(255, 255, 255, 255), width=w)
    draw.line((size * 0.3, size * 0.52, size * 0.7, size * 0.52), fill=(255, 255, 255, 255), width=w)
    draw.line((cx, size * 0.68, size * 0.35, size * 0.85), fill=(255, 255, 255, 255), width=w)
    draw.line((cx, size * 0.68, size * 0.65, size * 0.85), fill=(255, 255, 255, 255), width=w)
    image.save(out)


def prepare(out: Path) -> dict[str, str]:
    out.mkdir(parents=True, exist_ok=True)
    svg = ICONS / "app.svg"
    sources: dict[str, str] = {}
    pngs: list[Path] = []
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shipped = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        if shipped.is_file():
            shutil.copyfile(shipped, target)
            sources[str(size)] = "resources"
        elif svg.is_file() and render_svg(svg, size, target):
            sources[str(size)] = "rendered from app.svg"
        else:
            draw_placeholder(size, target)
            sources[str(size)] = "PLACEHOLDER"
        pngs.append(target)
    if svg.is_file():
        scalable = out / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, scalable)

    from PIL import Image

    largest = Image.open(pngs[-1]).convert("RGBA")
    largest.save(out / f"{NAME}.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    try:
        largest.save(out / f"{NAME}.icns")
    except Exception as error:  # noqa: BLE001 - the .icns is only for a macOS build
        print(f"prepare_icons: no .icns ({error})", file=sys.stderr)

    numbers = (version().split("+")[0].split(".") + ["0", "0", "0"])[:4]
    numbers = tuple(int("".join(ch for ch in n if ch.isdigit()) or 0) for n in numbers)
    (out / "version_info.txt").write_text(VERSION_INFO.format(tuple=numbers, version=version()), encoding="utf-8")
    return sources


VERSION_INFO = """# UTF-8 — Windows file properties for the .exe files (PyInstaller `version=`)
VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple}, prodvers={tuple}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040604B0', [
      StringStruct('CompanyName', 'Exercise Builder'),
      StringStruct('FileDescription', 'Exercise Builder (Øvelsesprogram)'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductName', 'Exercise Builder'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0406, 1200])])
  ]
)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    args = parser.parse_args()
    sources = prepare(args.out)
    kinds = sorted(set(sources.values()))
    print(f"prepare_icons: {args.out} ({', '.join(kinds)})")
    if "PLACEHOLDER" in kinds:
        print(
            "prepare_icons: WARNING resources/icons/app.svg is missing; a placeholder icon is used in this build only",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
