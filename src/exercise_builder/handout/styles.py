"""Paragraph styles for normal and large print."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table as _Table

from .fonts import BOLD, REGULAR

if TYPE_CHECKING:
    from reportlab.platypus import TableStyle

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#d4d4d4")  # ~17 % grey: 7.5 % vanished on a laser printer
ACCENT = colors.HexColor("#1f4e79")  # dark blue: still dark grey when printed in black and white


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    exercise_title: ParagraphStyle
    dosage: ParagraphStyle
    note: ParagraphStyle
    step: ParagraphStyle
    box_title: ParagraphStyle
    table_head: ParagraphStyle
    compact_title: ParagraphStyle
    compact_step: ParagraphStyle
    compact_dosage: ParagraphStyle
    picture_width: float  # the picture column beside an exercise: one width for every figure
    picture_height: float  # a tall (standing) figure is scaled to this height
    compact_picture: float  # the picture column of a compact exercise
    compact_picture_height: float
    aid_picture: float
    measure: float  # the longest line of running text: about 80 characters of the body font
    footer_size: float
    large: bool

    @property
    def columns(self) -> int:
        """Columns for running text (advice, the stop box): two in normal print, where one line
        across the page would hold 100-115 characters; large print keeps one."""
        return 1 if self.large else 2


def make_styles(large_print: bool, compact: bool = False) -> Styles:
    # large print stays at 16 pt even when compact (low-vision guidance); compact saves on spacing
    size = 16.0 if large_print else (8.5 if compact else 9.5)
    leading = size * (1.25 if compact or large_print else 1.3)
    small_size = 16.0 if large_print else 8.5  # compact steps: smaller, still readable
    aside = size if large_print else max(9.0, size - 2)  # labels, clinic, footer: never below 16 pt in large print
    aside_leading = 1.25 if large_print else 1.3  # large print: as the body's, page 1 keeps two exercises whole

    def style(name: str, **kw) -> ParagraphStyle:
        base = {
            "fontName": REGULAR,
            "fontSize": size,
            "leading": leading,
            "textColor": INK,
            "splitLongWords": 1,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", spaceAfter=size * 0.3),
        small=style("small", fontSize=aside, leading=aside * aside_leading, textColor=MUTED),
        small_right=style(
            "small_right", fontSize=aside, leading=aside * aside_leading, textColor=MUTED, alignment=TA_RIGHT
        ),
        title=style(
            "title",
            fontName=BOLD,
            fontSize=size * (1.6 if large_print else 2),
            leading=size * (1.95 if large_print else 2.4),
            textColor=ACCENT,
            spaceAfter=size * (0.3 if large_print else 0.6),
        ),
        heading=style(
            "heading",
            fontName=BOLD,
            fontSize=size * 1.3,
            leading=size * 1.6,
            textColor=ACCENT,
            spaceBefore=size * 0.7,
            spaceAfter=size * 0.35,
            keepWithNext=1,
        ),
        exercise_title=style(
            "exercise_title",
            fontName=BOLD,
            fontSize=size * 1.15,
            leading=size * 1.4,
            spaceAfter=size * 0.25,
            keepWithNext=1,
        ),
        dosage=style("dosage", fontName=BOLD),
        note=style("note", textColor=INK, spaceBefore=size * 0.3),
        step=style("step", spaceAfter=size * 0.2),
        box_title=style("box_title", fontName=BOLD, spaceAfter=size * 0.3, keepWithNext=1),
        table_head=style("table_head", fontName=BOLD, fontSize=aside, leading=aside * 1.25),
        compact_title=style(
            "compact_title",
            fontName=BOLD,
            fontSize=small_size * 1.15,
            leading=small_size * 1.4,
            spaceAfter=small_size * 0.2,
            keepWithNext=1,
        ),
        compact_step=style("compact_step", fontSize=small_size, leading=small_size * 1.22, spaceAfter=small_size * 0.1),
        compact_dosage=style("compact_dosage", fontName=BOLD, fontSize=small_size, leading=small_size * 1.25),
        # large print never draws a picture smaller than normal print does (lying figures included):
        # its column is wider than normal print's, and its height limit higher
        picture_width=(60 if large_print else 56) * mm,
        picture_height=(40 if large_print else 38) * mm,
        compact_picture=(38 if large_print else 30) * mm,  # 5:4 figures 30 × 24 mm: readable, 6 still fit a page
        compact_picture_height=(40 if large_print else 27) * mm,
        aid_picture=(36 if large_print else 32) * mm,
        measure=measure(size),
        footer_size=aside,
        large=large_print,
    )


MEASURE_CHARACTERS = 72  # the sample sets narrower than most lines: the longest print at about 80
_SAMPLE = "Lad smerten styre, hvor meget du gør, ikke frygten. Det må gerne mærkes bagefter."


def measure(size: float, characters: int = MEASURE_CHARACTERS) -> float:
    """The width of `characters` of ordinary Danish text at `size` pt of the body font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(_SAMPLE, REGULAR, size) / len(_SAMPLE) * characters


def table_style(commands: list) -> TableStyle:
    """A TableStyle whose cells use our embedded font (reportlab's default is Helvetica)."""
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


class Table(_Table):
    """reportlab's Table whose rows may split over pages: a long text in a cell never overflows a page."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("splitInRow", 1)
        super().__init__(*args, **kwargs)
