"""Render app.svg into the hicolor PNG sizes the packaging uses.

QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/render_pngs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841  (QPainter needs the application)
    renderer = QSvgRenderer(str(HERE / "app.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = HERE / "hicolor" / f"{size}x{size}" / "apps" / "exercise-builder.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        print(target.relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
