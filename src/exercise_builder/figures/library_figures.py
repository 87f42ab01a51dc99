"""Every scene the shipped library draws: one `Figures` registry per catalogue module, joined."""

from __future__ import annotations

from collections.abc import Callable

from . import catalogue, catalogue_birth, catalogue_more_a, catalogue_more_b, catalogue_practice
from .registry import Figures
from .scene import Scene

# a new figure module: add it here (its slugs must be new: tests/test_figures_catalogue.py checks)
MODULES = (catalogue, catalogue_practice, catalogue_birth, catalogue_more_a, catalogue_more_b)
REGISTRIES: tuple[Figures, ...] = tuple(module.FIGURES for module in MODULES)

SCENES: dict[str, Callable[[], Scene]] = {slug: fn for figures in REGISTRIES for slug, fn in figures.scenes.items()}
PREGNANCY: set[str] = set().union(*(figures.pregnancy for figures in REGISTRIES))


def render(slug: str, pregnant: bool = False) -> str:
    """The SVG of one item: the general figure, or the pregnant one (only for slugs in PREGNANCY)."""
    for figures in REGISTRIES:
        if slug in figures.builders:
            return figures.render(slug, pregnant)
    raise KeyError(slug)
