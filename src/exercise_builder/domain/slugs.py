"""Slugs: lowercase ASCII, æ→ae, ø→oe, å→aa, words joined by '-'."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .kinds import ItemKind

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
KINDS = tuple(ItemKind)


def slugify(text: str) -> str:
    """'Bækkenvip på ryggen' → 'baekkenvip-paa-ryggen' ('' when nothing is left)."""
    folded = unicodedata.normalize("NFKD", text.translate(_DANISH))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))


def unique_slug(text: str, resolve: Callable[[str, str], str | None]) -> str:
    """A slug no kind of item uses yet (`resolve(kind, slug)` finds existing ones)."""
    base = (slugify(text) or "item")[:60].strip("-")
    slug, number = base, 2
    while any(resolve(kind, slug) for kind in KINDS):
        slug, number = f"{base}-{number}", number + 1
    return slug
