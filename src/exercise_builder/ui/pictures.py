"""Pictures for the clinic's own exercises: read from a file or the clipboard, downscaled, stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from ..domain.errors import UserError
from ..domain.models import ImageRef
from ..store import Store
from .translation import fill

MAX_SIDE = 1600
MAX_SOURCE_PIXELS = 60_000_000  # refuse decompression bombs before decoding


class PictureError(UserError, ValueError):
    """A picture that cannot be used, in one sentence."""


def read_picture_file(path: Path) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_SOURCE_PIXELS:
        raise PictureError(fill(QCoreApplication.translate("pictures", "%1 er for stort et billede."), path.name))
    image = reader.read()
    if image.isNull():
        raise PictureError(fill(QCoreApplication.translate("pictures", "%1 kunne ikke læses som et billede (%2)."),
                                path.name, reader.errorString()))
    return image


def downscaled(image: QImage, max_side: int = MAX_SIDE) -> QImage:
    if max(image.width(), image.height()) <= max_side:
        return image
    return image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


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
        raise PictureError(QCoreApplication.translate("pictures", "Der er intet billede."))
    image = downscaled(image)
    data, ext = encode(image)
    sha = store.media.add(data, ext, image.width(), image.height())
    return ImageRef(file=f"{sha[:12]}{ext}", author=author, licence=licence, sha256=sha)


def image_from_bytes(data: bytes) -> QImage:
    image = QImage()
    image.loadFromData(QByteArray(data))
    return image
