"""Every scene the shipped library draws: the pregnancy catalogue, the practice catalogue and the
later pregnancy and after-birth scenes."""

from __future__ import annotations

from collections.abc import Callable

from . import catalogue, catalogue_birth, catalogue_more_a, catalogue_more_b, catalogue_practice
from .scene import Scene

SCENES: dict[str, Callable[[], Scene]] = {
    **catalogue.SCENES,
    **catalogue_practice.SCENES,
    **catalogue_birth.SCENES,
    **catalogue_more_a.SCENES,
    **catalogue_more_b.SCENES,
}
# the practice scenes and catalogue_more_a have no pregnant variant
PREGNANCY = catalogue.PREGNANCY | catalogue_birth.PREGNANCY | catalogue_more_b.PREGNANCY


def render(slug: str, pregnant: bool = False) -> str:
    """The SVG of one item: the general figure, or the pregnant one (only for slugs in PREGNANCY)."""
    if slug in catalogue_practice.SCENES:
        if pregnant:
            raise KeyError(f"{slug} has no pregnant figure")
        return catalogue_practice.render(slug)
    if slug in catalogue_more_a.SCENES:  # no pregnant variants
        if pregnant:
            raise KeyError(f"{slug} has no pregnant figure")
        return catalogue_more_a.render(slug)
    if slug in catalogue_more_b.SCENES:
        return catalogue_more_b.render(slug, pregnant=pregnant)
    if slug in catalogue_birth.SCENES:
        return catalogue_birth.render(slug, pregnant=pregnant)
    return catalogue.render(slug, pregnant=pregnant)
