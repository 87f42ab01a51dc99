"""A scene: one or more panels (props, figures, arrows) laid out side by side into one SVG."""

from __future__ import annotations

from dataclasses import dataclass, field

from .arrows import arrow, next_step
from .body import PosedFigure
from .svg import Document, bounds, translate

PANEL_GAP = 34.0
MAX_ASPECT = 2.4  # width / height
MIN_ASPECT = 1.25
BOTH_WAYS_GAP = 7.0  # the on and back arrows this far above and below the middle


@dataclass
class Panel:
    """Shapes in back-to-front order, in paper units with the floor at y = 0."""

    shapes: list = field(default_factory=list)

    def add(self, *items) -> Panel:
        for item in items:
            if isinstance(item, PosedFigure):
                self.shapes.extend(item.shapes())
            elif isinstance(item, (list, tuple)):
                self.shapes.extend(item)
            else:
                self.shapes.append(item)
        return self

    def add_figure(self, fig: PosedFigure, mid: list | tuple = ()) -> Panel:
        """The figure, with `mid` shapes between its far-side limbs and its trunk."""
        self.shapes.extend(fig.layers.get("back", []))
        self.shapes.extend(mid)
        self.shapes.extend(fig.layers.get("core", []))
        self.shapes.extend(fig.layers.get("front", []))
        return self


@dataclass
class Scene:
    panels: list[Panel]
    step_arrows: bool = True  # a small arrow between panels
    both_ways: bool = False  # two step arrows: on (above) and back again (below), e.g. down and up
    stacked: bool = False  # panels top to bottom instead of left to right

    def layout(self) -> list:
        if self.stacked:
            return self._layout_stacked()
        shapes: list = []
        cursor = 0.0
        boxes = [bounds(p.shapes) for p in self.panels]
        top = max(b[3] for b in boxes)
        bottom = min(b[1] for b in boxes)
        for i, (panel, box) in enumerate(zip(self.panels, boxes, strict=True)):
            if i > 0:
                mid = (cursor + PANEL_GAP / 2, (top + bottom) / 2)
                if self.step_arrows and self.both_ways:
                    shapes.extend(next_step((mid[0], mid[1] + BOTH_WAYS_GAP)))
                    shapes.extend(next_step((mid[0], mid[1] - BOTH_WAYS_GAP), back=True))
                elif self.step_arrows:
                    shapes.extend(next_step(mid))
                cursor += PANEL_GAP
            dx = cursor - box[0]
            shapes.extend(translate(s, dx, 0.0) for s in panel.shapes)
            cursor += box[2] - box[0]
        return shapes

    def _layout_stacked(self) -> list:
        shapes: list = []
        boxes = [bounds(p.shapes) for p in self.panels]
        left = min(b[0] for b in boxes)
        cursor = 0.0
        for i, (panel, box) in enumerate(zip(self.panels, boxes, strict=True)):
            if i > 0:
                gap_top = cursor
                cursor -= PANEL_GAP
                if self.step_arrows:
                    x = left + 10.0
                    shapes.extend(arrow([(x, gap_top - PANEL_GAP * 0.2), (x, cursor + PANEL_GAP * 0.2)]))
            dy = cursor - box[3]
            shapes.extend(translate(s, 0.0, dy) for s in panel.shapes)
            cursor += box[1] - box[3]
        return shapes

    def to_svg(self) -> str:
        shapes = self.layout()
        x0, y0, x1, y1 = bounds(shapes)
        w, h = x1 - x0, y1 - y0
        line = min(2.4, max(1.5, 0.0078 * max(w, h * 1.33)))
        margin = 2.0 * line + 3.0
        x0, y0, x1, y1 = x0 - margin, y0 - margin, x1 + margin, y1 + margin
        w, h = x1 - x0, y1 - y0
        if w / h > MAX_ASPECT:
            extra = w / MAX_ASPECT - h
            y0, y1 = y0 - extra / 2, y1 + extra / 2
        elif w / h < MIN_ASPECT:
            extra = h * MIN_ASPECT - w
            x0, x1 = x0 - extra / 2, x1 + extra / 2
        doc = Document(line_width=line)
        doc.add(*shapes)
        return doc.to_svg((round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)))
