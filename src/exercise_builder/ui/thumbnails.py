"""Thumbnails of the exercise figures: rendered on demand in a worker, cached in memory and on disk."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from .worker import TaskRunner

# exercise id → the picture's file, or None when it has none
ImagePathLookup = Callable[[str], "Path | None"]


def render_thumbnail(source: Path, cache_file: Path, size: int) -> QImage:
    """A square thumbnail of an SVG, PNG or JPEG, written to `cache_file`. Safe in a worker."""
    if cache_file.is_file():
        image = QImage(str(cache_file))
        if not image.isNull():
            return image
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if source.suffix.lower() == ".svg":
        renderer = QSvgRenderer(str(source))
        if renderer.isValid():
            view = renderer.viewBoxF()
            scale = min(size / max(view.width(), 1), size / max(view.height(), 1))
            w, h = view.width() * scale, view.height() * scale
            renderer.render(painter, QRectF((size - w) / 2, (size - h) / 2, w, h))
    else:
        picture = QImage(str(source))
        if not picture.isNull():
            picture = picture.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
            painter.drawImage((size - picture.width()) // 2, (size - picture.height()) // 2, picture)
    painter.end()
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(cache_file), "PNG")
    return image


def rebuild_thumbnails(jobs: list[tuple[Path, Path]], size: int) -> Iterator[tuple[int, int, str]]:
    """Worker task: render every (source, cache file) afresh, yielding progress."""
    total = len(jobs)
    for done, (source, cache_file) in enumerate(jobs):
        yield done, total, source.name
        cache_file.unlink(missing_ok=True)
        render_thumbnail(source, cache_file, size)
    yield total, total, ""
    return total


class ThumbnailCache(QObject):
    """Hands out cached icons (they scale to each view's icon size); asks the worker for missing
    ones and says when they are ready."""

    ready = Signal(str)  # exercise id

    def __init__(self, lookup: ImagePathLookup, cache_dir: Path, runner: TaskRunner, size: int = 96,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lookup, self._cache_dir, self._runner, self.size = lookup, cache_dir, runner, size
        self._icons: dict[str, QIcon] = {}
        self._pending: set[str] = set()

    def cache_file(self, source: Path) -> Path:
        return self._cache_dir / f"{source.stem}-{self.size}.png"

    def icon(self, exercise_id: str) -> QIcon | None:
        """The thumbnail if it is ready; otherwise None, and `ready` is emitted later."""
        found = self._icons.get(exercise_id)
        if found is not None or exercise_id in self._pending:
            return found
        source = self._lookup(exercise_id)
        if source is None or not source.is_file():
            self._icons[exercise_id] = QIcon()
            return self._icons[exercise_id]
        self._pending.add(exercise_id)
        self._runner.run(render_thumbnail, source, self.cache_file(source), self.size,
                         on_result=lambda image, ident=exercise_id: self._done(ident, image),
                         on_error=lambda _message, ident=exercise_id: self._pending.discard(ident),
                         owner=self)
        return None

    def _done(self, exercise_id: str, image: QImage) -> None:
        self._pending.discard(exercise_id)
        self._icons[exercise_id] = QIcon(QPixmap.fromImage(image))
        self.ready.emit(exercise_id)

    def forget(self, exercise_id: str | None = None) -> None:
        if exercise_id is None:
            self._icons.clear()
        else:
            self._icons.pop(exercise_id, None)

    def rebuild_jobs(self, exercise_ids: list[str]) -> list[tuple[Path, Path]]:
        jobs = []
        for ident in exercise_ids:
            source = self._lookup(ident)
            if source is not None and source.is_file():
                jobs.append((source, self.cache_file(source)))
        return list(dict.fromkeys(jobs))

    def icon_size(self) -> QSize:
        return QSize(self.size, self.size)
