"""Every scene the shipped library draws: the pregnancy catalogue, the practice catalogue and the
later pregnancy and after-birth scenes."""

from __future__ import annotations

from collections.abc import Callable

from . import catalogue, catalogue_birth, catalogue_more_a, catalogue_practice
from .scene import Scene

SCENES: dict[str, Callable[[], Scene]] = {**catalogue.SCENES, **catalogue_practice.SCENES, **catalogue_birth.SCENES}
SCENES.update(catalogue_more_a.SCENES)  # libA
PREGNANCY = catalogue.PREGNANCY | catalogue_birth.PREGNANCY  # the practice scenes have no pregnant variant


def render(slug: str, pregnant: bool = False) -> str:
    """The SVG of one item: the general figure, or the pregnant one (only for slugs in PREGNANCY)."""
    if slug in catalogue_practice.SCENES:
        if pregnant:
            raise KeyError(f"{slug} has no pregnant figure")
        return catalogue_practice.render(slug)
    if slug in catalogue_more_a.SCENES:  # libA: no pregnant variants
        if pregnant:
            raise KeyError(f"{slug} has no pregnant figure")
        return catalogue_more_a.render(slug)
    if slug in catalogue_birth.SCENES:
        return catalogue_birth.render(slug, pregnant=pregnant)
    return catalogue.render(slug, pregnant=pregnant)
