"""Every scene the shipped library draws: the pregnancy catalogue and the practice catalogue."""

from __future__ import annotations

from typing import Callable

from . import catalogue, catalogue_practice
from .scene import Scene

SCENES: dict[str, Callable[[], Scene]] = {**catalogue.SCENES, **catalogue_practice.SCENES}


def render(slug: str) -> str:
    return SCENES[slug]().to_svg()
