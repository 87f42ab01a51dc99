"""A contact sheet of every figure with its Danish title, as a PNG for review.

    python -m exercise_builder.figures.contact_sheet resources/exercises docs/library.png

Builds a PDF page with reportlab + svglib (the same path the handout uses) and rasterises it
with pypdfium2, so what you see is what prints.
"""

from __future__ import annotations

import argparse
import io
import sys
import tomllib
from pathlib import Path

from .library_figures import PREGNANCY, SCENES, render

CELL_W, CELL_H = 200.0, 170.0  # points
COLUMNS = 6
TITLE_SIZE = 9.0


def title_of(root: Path, slug: str) -> str:
    for name in ("exercise.toml", "aid.toml"):
        f = root / slug / name
        if f.exists():
            try:
                data = tomllib.loads(f.read_text(encoding="utf-8"))
                return str(data.get("title", {}).get("da") or slug)
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                return slug
    return slug


def _font(root: Path) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for cand in (
        root.parent / "fonts" / "DejaVuSans.ttf",
        Path(__file__).resolve().parents[3] / "resources" / "fonts" / "DejaVuSans.ttf",
    ):
        if cand.exists():
            pdfmetrics.registerFont(TTFont("SheetSans", str(cand)))
            return "SheetSans"
    return "Helvetica"


def build_pdf(root: Path, slugs: list[str], pregnant: bool = False) -> bytes:
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen import canvas
    from svglib.svglib import svg2rlg

    cols = min(COLUMNS, len(slugs))
    rows = (len(slugs) + cols - 1) // cols
    page_w, page_h = CELL_W * cols, CELL_H * rows
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(page_w, page_h), invariant=1)
    font = _font(root)
    for i, slug in enumerate(slugs):
        col, row = i % cols, i // cols
        x0, y_top = col * CELL_W, page_h - row * CELL_H
        c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.rect(x0 + 2, y_top - CELL_H + 2, CELL_W - 4, CELL_H - 4)
        drawing = svg2rlg(io.BytesIO(render(slug, pregnant=pregnant).encode("utf-8")))
        box_w, box_h = CELL_W - 16, CELL_H - 34
        k = min(box_w / drawing.width, box_h / drawing.height)
        drawing.scale(k, k)
        dx = x0 + 8 + (box_w - drawing.width * k) / 2
        dy = y_top - 10 - box_h + (box_h - drawing.height * k) / 2
        renderPDF.draw(drawing, c, dx, dy)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font, TITLE_SIZE)
        c.drawCentredString(x0 + CELL_W / 2, y_top - CELL_H + 10, title_of(root, slug)[:40])
    c.showPage()
    c.save()
    return buf.getvalue()


def rasterise(pdf: bytes, out: Path, scale: float = 1.6) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    image = doc[0].render(scale=scale).to_pil()
    image.save(out, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render a contact sheet of the library's figures.")
    parser.add_argument("root", type=Path, help="library folder, e.g. resources/exercises")
    parser.add_argument("out", type=Path, help="PNG to write")
    parser.add_argument("--scale", type=float, default=1.6, help="pixels per point")
    parser.add_argument("--only", nargs="*", help="only these slugs")
    parser.add_argument("--pregnant", action="store_true", help="the pregnant figures (of the items that have one)")
    args = parser.parse_args(argv)
    slugs = args.only or sorted(PREGNANCY if args.pregnant else SCENES)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    rasterise(build_pdf(args.root, slugs, args.pregnant), args.out, args.scale)
    print(f"{len(slugs)} figures -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
