"""Reading our PDFs back in tests."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces collapsed, for phrases that may wrap."""
    return " ".join(text.split())


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page → whether its program is embedded."""
    found = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources") or {}
        font_dict = resources.get("/Font") or {}
        for ref in font_dict.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found


def is_a4(page) -> bool:
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    return abs(width - 595.28) < 1 and abs(height - 841.89) < 1


# the footer, and the name and date that later pages carry at the top (drawn with the footer)
_FOOTER = re.compile(r"(?:[^\n]* · \d{1,2}\.? \w+ \d{4}\s*\n)?[^\n]*(Side|Page) \d+ (af|of) \d+\s*$")


def body_text(pdf: bytes) -> str:
    """All pages' text without their footers, so text running over a page break reads whole."""
    return "\n".join(_FOOTER.sub("", page) for page in page_texts(pdf))


# --- where things sit on the page (pypdfium2; points from the page's lower left) -------------

MM = 72 / 25.4


def text_lines(pdf: bytes, min_size: float = 0.0) -> list[tuple[int, float, float, float, str]]:
    """Every line of text at `min_size` pt or more as (page, y, x, font size, text), the running
    header and footer left out; a line is cut where a gap wider than two ems parts its characters
    (two columns, or a table's cells, are separate lines)."""
    import pypdfium2
    import pypdfium2.raw as pdfium

    out = []
    document = pypdfium2.PdfDocument(pdf)
    for index in range(len(document)):
        page = document[index]
        height = page.get_height()
        text = page.get_textpage()
        rows: dict[int, list[tuple[float, float, float, int]]] = {}
        for i in range(text.count_chars()):
            if not text.get_text_range(i, 1).strip():
                continue
            left, bottom, right, _ = text.get_charbox(i)
            size = pdfium.FPDFText_GetFontSize(text.raw, i)
            if size < min_size or not 60 < bottom < height - 50:
                continue
            rows.setdefault(round(bottom), []).append((left, right, size, i))
        for y, chars in rows.items():
            chars.sort()
            start = 0
            for k in range(1, len(chars) + 1):
                if k == len(chars) or chars[k][0] - chars[k - 1][1] > 2 * chars[k - 1][2]:
                    first, last = chars[start][3], chars[k - 1][3]
                    line = text.get_text_range(first, last - first + 1) if last >= first else ""
                    out.append((index, y, chars[start][0], chars[start][2], " ".join(line.split())))
                    start = k
    return out


def text_x(pdf: bytes, phrase: str) -> list[float]:
    """The x of each occurrence of `phrase` (within one page's text), in page order."""
    import pypdfium2

    found = []
    document = pypdfium2.PdfDocument(pdf)
    for index in range(len(document)):
        text = document[index].get_textpage()
        whole = text.get_text_range()
        at = whole.find(phrase)
        while at >= 0:
            found.append(text.get_charbox(at)[0])
            at = whole.find(phrase, at + 1)
    return found


def picture_boxes(pdf: bytes) -> list[tuple[int, float, float, float, float]]:
    """The exercise figures on each page as (page, left, bottom, width, height) in mm: every
    figure starts with a white rectangle the size of its canvas, or is a form XObject (drawn once
    in the PDF and placed wherever the figure recurs)."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as pdfium

    out = []
    document = pypdfium2.PdfDocument(pdf)
    for index in range(len(document)):
        for obj in document[index].get_objects(max_depth=1):
            if obj.type == pdfium.FPDF_PAGEOBJ_FORM:  # a figure drawn once and reused (a form XObject)
                left, bottom, right, top = obj.get_bounds()
                if right - left > 5 * MM and top - bottom > 5 * MM:
                    out.append((index, left, bottom, right, top))
                continue
            if obj.type != pdfium.FPDF_PAGEOBJ_PATH:
                continue
            r, g, b, a = (ctypes.c_uint() for _ in range(4))
            if not pdfium.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a) or (r.value, g.value, b.value) != (255,) * 3:
                continue
            left, bottom, right, top = obj.get_bounds()
            if right - left > 5 * MM and top - bottom > 5 * MM:
                out.append((index, left, bottom, right, top))
    # a figure's white body parts lie inside its canvas: only the outermost rectangles count
    return [
        (index, left / MM, bottom / MM, (right - left) / MM, (top - bottom) / MM)
        for index, left, bottom, right, top in out
        if not any(
            o[0] == index
            and (o[1], o[2], o[3], o[4]) != (left, bottom, right, top)
            and o[1] <= left + 0.5
            and o[2] <= bottom + 0.5
            and o[3] >= right - 0.5
            and o[4] >= top - 0.5
            for o in out
        )
    ]
