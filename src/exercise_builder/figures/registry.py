"""What a figure module draws: its scenes by slug, and which of them also have a pregnant figure.

Each catalogue module makes one `Figures` and fills it with the `scene` decorator (a builder that
takes `pregnant`) or the `general` one (a figure for everyone, no pregnant variant);
`library_figures` joins them."""

from __future__ import annotations

from collections.abc import Callable

from .scene import Scene


class Figures:
    def __init__(self, pregnancy: set[str] | None = None) -> None:
        self.builders: dict[str, Callable[[bool], Scene]] = {}  # slug -> scene, pregnant or not
        self.scenes: dict[str, Callable[[], Scene]] = {}  # slug -> the general (not pregnant) scene
        self.pregnancy: set[str] = pregnancy if pregnancy is not None else set()  # also drawn pregnant

    def scene(self, slug: str) -> Callable[[Callable[[bool], Scene]], Callable[[bool], Scene]]:
        """A builder drawing the figure pregnant (True) or not (False)."""

        def deco(fn: Callable[[bool], Scene]) -> Callable[[bool], Scene]:
            self.builders[slug] = fn
            self.scenes[slug] = lambda: fn(False)
            return fn

        return deco

    def general(self, slug: str) -> Callable[[Callable[[], Scene]], Callable[[], Scene]]:
        """A figure for everyone: no pregnant variant."""

        def deco(fn: Callable[[], Scene]) -> Callable[[], Scene]:
            self.builders[slug] = lambda pregnant: fn()
            self.scenes[slug] = fn
            return fn

        return deco

    def render(self, slug: str, pregnant: bool = False) -> str:
        """The SVG of one item: the general figure, or the pregnant one (only for slugs in pregnancy)."""
        if pregnant and slug not in self.pregnancy:
            raise KeyError(f"{slug} has no pregnant figure")
        return self.builders[slug](pregnant).to_svg()
