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
