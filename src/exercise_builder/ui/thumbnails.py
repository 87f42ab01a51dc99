"""Thumbnails of the exercise figures: rendered on demand in a worker, cached in memory and on disk.

Keyed by the picture's file (its sha256 names it), so exercises sharing a picture share one.
Requests made while a view paints are collected and rendered as one batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

from .worker import TaskRunner


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
        from PySide6.QtSvg import QSvgRenderer  # imported in the worker, not at start

        renderer = QSvgRenderer(str(source))
        if renderer.isValid():
            view = renderer.viewBoxF()
            scale = min(size / max(view.width(), 1), size / max(view.height(), 1))
            w, h = view.width() * scale, view.height() * scale
            renderer.render(painter, QRectF((size - w) / 2, (size - h) / 2, w, h))
    else:
        picture = QImage(str(source))
        if not picture.isNull():
            picture = picture.scaled(
                size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawImage((size - picture.width()) // 2, (size - picture.height()) // 2, picture)
    painter.end()
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(cache_file), "PNG")
    return image


def render_batch(jobs: list[tuple[Path, Path]], size: int) -> list[tuple[Path, QImage]]:
    """Worker task: thumbnails for many pictures at once."""
    return [(source, render_thumbnail(source, cache_file, size)) for source, cache_file in jobs]


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

    ready = Signal(str)  # the picture's path, as given to icon()

    def __init__(self, cache_dir: Path, runner: TaskRunner, size: int = 96, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_dir, self._runner, self.size = cache_dir, runner, size
        self._icons: dict[str, QIcon] = {}
        self._pending: set[str] = set()
        self._queue: list[Path] = []
        self._batch = QTimer(self, singleShot=True, interval=0)
        self._batch.timeout.connect(self._start_batch)

    def cache_file(self, source: Path) -> Path:
        return self._cache_dir / f"{source.stem}-{self.size}.png"

    def icon(self, source: Path | None) -> QIcon | None:
        """The thumbnail if it is ready; otherwise None, and `ready` is emitted later."""
        if source is None:
            return None
        key = str(source)
        found = self._icons.get(key)
        if found is not None or key in self._pending:
            return found
        self._pending.add(key)
        self._queue.append(source)
        self._batch.start()
        return None

    def _start_batch(self) -> None:
        jobs = [(source, self.cache_file(source)) for source in self._queue]
        self._queue = []
        self._runner.run(
            render_batch,
            jobs,
            self.size,
            on_result=self._done,
            on_error=lambda _message, keys=[str(s) for s, _ in jobs]: self._pending.difference_update(keys),
            owner=self,
        )

    def _done(self, results: list[tuple[Path, QImage]]) -> None:
        for source, image in results:
            key = str(source)
            self._pending.discard(key)
            self._icons[key] = QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
            self.ready.emit(key)

    def forget(self) -> None:
        self._icons.clear()

    def rebuild_jobs(self, sources: list[Path]) -> list[tuple[Path, Path]]:
        return [(source, self.cache_file(source)) for source in dict.fromkeys(sources) if source.is_file()]

    def icon_size(self) -> QSize:
        return QSize(self.size, self.size)
