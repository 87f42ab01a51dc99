"""Pictures for the clinic's own exercises: read from a file or the clipboard, downscaled, stored."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from ..domain.errors import UserError
from ..domain.models import ImageRef
from ..store import Store

MAX_SIDE = 1600
MAX_SOURCE_PIXELS = 60_000_000  # refuse decompression bombs before decoding
MAX_FILE_BYTES = 64 * 1024**2  # a picture file; more is not a photo


class PictureError(UserError, ValueError):
    """A picture that cannot be used, in one sentence."""


def _regular_file_bytes(path: Path) -> bytes:
    """The file's bytes if it is a regular file: a FIFO or a device would block the window forever.
    Opened without blocking, then checked on the open file (not by name), like bundle.open_regular."""

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        raise PictureError("picture.cannot-open", name=path.name) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise PictureError("picture.not-a-file", name=path.name)
        if info.st_size > MAX_FILE_BYTES:
            raise PictureError("picture.too-large", name=path.name)
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle.fileno(), True)
        return handle.read(MAX_FILE_BYTES + 1)


def read_picture_file(path: Path) -> QImage:
    data = QByteArray(_regular_file_bytes(path))
    source = QBuffer(data)
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_SOURCE_PIXELS:
        raise PictureError("picture.too-large", name=path.name)
    image = reader.read()
    if image.isNull():
        raise PictureError("picture.unreadable", name=path.name, reason=reader.errorString())
    return image


def downscaled(image: QImage, max_side: int = MAX_SIDE) -> QImage:
    if max(image.width(), image.height()) <= max_side:
        return image
    return image.scaled(
        max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def encode(image: QImage) -> tuple[bytes, str]:
    """PNG when the picture has transparency (drawings), JPEG otherwise (photos)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.hasAlphaChannel():
        image.save(buffer, "PNG")
        ext = ".png"
    else:
        image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 88)
        ext = ".jpg"
    return bytes(buffer.data()), ext


def store_picture(store: Store, image: QImage, author: str = "", licence: str = "") -> ImageRef:
    """Downscale to at most 1600 px, save into media/, and return the reference."""
    if image.isNull():
        raise PictureError("picture.none")
    image = downscaled(image)
    data, ext = encode(image)
    sha = store.media.add(data, ext, image.width(), image.height())
    return ImageRef(file=f"{sha[:12]}{ext}", author=author, licence=licence, sha256=sha)


def image_from_bytes(data: bytes) -> QImage:
    image = QImage()
    image.loadFromData(QByteArray(data))
    return image
