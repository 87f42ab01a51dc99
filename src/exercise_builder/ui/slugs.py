"""Slugs for the clinic's own items: lowercase ASCII, æ→ae, ø→oe, å→aa, words joined by '-'."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
KINDS = ("exercise", "aid", "advice", "template")


def slugify(text: str) -> str:
    text = text.translate(_DANISH).lower()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "item"


def unique_slug(text: str, resolve: Callable[[str, str], str | None]) -> str:
    """A slug not used by any kind of item (`resolve(kind, slug)` finds existing ones)."""
    base = slugify(text)[:60].strip("-")
    slug, number = base, 2
    while any(resolve(kind, slug) for kind in KINDS):
        slug, number = f"{base}-{number}", number + 1
    return slug
