"""Registering the embedded TrueType fonts and keeping text to the glyphs they have."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "EBSans"
BOLD = "EBSans-Bold"
REPLACEMENT = "\u25a1"  # □: a character the font lacks is shown, not dropped


@lru_cache(maxsize=1)
def register(fonts_dir: Path) -> frozenset[int]:
    """Register the fonts once; returns the code points the regular font can draw."""
    regular = TTFont(REGULAR, str(fonts_dir / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts_dir / "DejaVuSans-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    # svglib drawings start from reportlab's graphics defaults: make those our embedded font too
    from reportlab.graphics import renderbase

    renderbase.STATE_DEFAULTS["fontName"] = REGULAR
    # images as binary streams: ASCII85 makes them a quarter larger and costs time
    from reportlab import rl_config

    rl_config.useA85 = 0
    return frozenset(regular.face.charToGlyph)


def drawable(text: str, glyphs: frozenset[int]) -> str:
    """The text with every character the font cannot draw replaced by □."""
    out = []
    for char in text:
        code = ord(char)
        if char in "\n\t" or (code in glyphs and code <= 0xFFFF):  # reportlab subsets the BMP only
            out.append(char)
        elif 0xFE00 <= code <= 0xFE0F or code == 0x200D:  # emoji variation selectors, joiners
            continue
        elif code < 32:
            out.append(" ")
        else:
            out.append(REPLACEMENT)
    return "".join(out)
