"""Slugs: lowercase ASCII words joined by '-', with æ→ae, ø→oe, å→aa."""

from __future__ import annotations

import re
import unicodedata

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def slugify(text: str) -> str:
    """'Bækkenvip på ryggen' → 'baekkenvip-paa-ryggen'."""
    folded = unicodedata.normalize("NFKD", text.translate(_DANISH))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))
