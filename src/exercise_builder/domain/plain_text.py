"""Characters a text from a file may not hold: lone surrogates (they cannot be saved as UTF-8),
control characters (C0 other than tab and line breaks, DEL, C1) and bidi overrides and isolates
(they reorder what is printed around them)."""

from __future__ import annotations

import re

_ALWAYS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_MULTI_LINE = re.compile(f"[{_ALWAYS}]")
_ONE_LINE = re.compile(f"[{_ALWAYS}\t\n\r]")


def bad_character(text: str, *, multi_line: bool = True) -> str | None:
    """'U+XXXX' of the first character that may not be used, or None."""
    found = (_MULTI_LINE if multi_line else _ONE_LINE).search(text)
    return f"U+{ord(found.group()):04X}" if found else None
