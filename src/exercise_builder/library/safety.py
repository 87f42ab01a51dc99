"""Checks that keep hostile bundles and folders out: paths, sizes, images, SVG content.

Every check raises LibraryError with a message key (worded in domain/messages.py) and the entry
it names; nothing here writes.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import warnings

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET
from PIL import Image

from .folder import LibraryError

MAX_ENTRIES = 20_000
MAX_TOTAL_BYTES = 2 * 1024**3  # uncompressed, whole bundle
MAX_TOML_BYTES = 1024**2  # one item file or library.toml
MAX_IMAGE_BYTES = 25 * 1024**2  # one image file
MAX_RATIO = 100  # uncompressed / compressed, checked for entries over 1 MiB
RATIO_FLOOR = 1024**2
MAX_PIXELS = 50_000_000  # width × height of a JPEG (a 48-megapixel photo passes: drawn from a draft)
MAX_PNG_PIXELS = 2048 * 2048  # a PNG is decoded whole for every handout: 7000 × 7000 cost 4–5 s each
MAX_DIRECTORY_BYTES = 64 * 1024**2  # a zip's central directory (names included)
MAX_ITEM_FILES = 1_000  # files in one item folder of a shared folder (more: junk, skipped)
MAX_SVG_ELEMENTS = 20_000  # our figures have under 100; 600,000 cost 80 s and 2 GB per handout

_DRIVE = re.compile(r"^[A-Za-z]:")
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)", re.IGNORECASE)
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|jpg|gif|webp)[;,]", re.IGNORECASE)
_FOREIGN = {  # element → its message key
    "script": "svg.contains-script",
    "foreignobject": "svg.contains-foreign-content",
    "iframe": "svg.contains-frame",
    "embed": "svg.contains-embedded-content",
    "object": "svg.contains-embedded-content",
    "handler": "svg.contains-event-handler",
    "listener": "svg.contains-event-listener",
}
_PIL_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
_ALSO_JPEG = {"MPO"}  # camera JPEGs with a second frame (depth, preview): drawn from the first


def check_member_name(name: str) -> None:
    """Refuse a path that could land outside the library when used on disk."""
    shown = name if len(name) < 120 else name[:117] + "…"
    if not name or "\x00" in name:
        raise LibraryError("bundle.entry-bad-name", entry=repr(shown))
    if "\\" in name:
        raise LibraryError("bundle.entry-backslash", entry=shown)
    if name.startswith("/") or _DRIVE.match(name):
        raise LibraryError("bundle.entry-absolute-path", entry=shown)
    parts = name.rstrip("/").split("/")
    if any(part in ("..", ".") for part in parts):
        raise LibraryError("bundle.entry-outside", entry=shown)
    if any(part == "" for part in parts):
        raise LibraryError("bundle.entry-empty-folder-name", entry=shown)


def check_totals(count: int, total_bytes: int) -> None:
    if count > MAX_ENTRIES:
        raise LibraryError("bundle.too-many-entries", count=count, limit=MAX_ENTRIES)
    if total_bytes > MAX_TOTAL_BYTES:
        raise LibraryError("bundle.too-large", size=total_bytes / 1024**3, limit=MAX_TOTAL_BYTES / 1024**3)


def check_directory_size(size: int) -> None:
    """A zip's list of entries: 20,000 entries with long names fit in far less."""
    if size > MAX_DIRECTORY_BYTES:
        raise LibraryError("bundle.directory-too-large", size=size / 1024**2, limit=MAX_DIRECTORY_BYTES / 1024**2)


def size_limit(name: str) -> int:
    return MAX_TOML_BYTES if name.endswith(".toml") else MAX_IMAGE_BYTES


def check_entry_size(name: str, size: int, compressed: int | None = None) -> None:
    limit = size_limit(name)
    if size > limit:
        raise LibraryError("bundle.entry-too-large", entry=name, size=size / 1024**2, limit=limit / 1024**2)
    if compressed is not None and size > RATIO_FLOOR and size > MAX_RATIO * max(compressed, 1):
        raise LibraryError("bundle.entry-bomb", entry=name, ratio=size // max(compressed, 1))


def check_image(name: str, data: bytes) -> tuple[int, int]:
    """(width, height) of a PNG, JPEG or safe SVG; refuses anything else. PNG and JPEG are
    measured from their headers only, without decoding the pixels."""
    ext = "." + name.rsplit(".", 1)[-1].lower()
    if ext == ".svg":
        check_svg(name, data)
        return 0, 0
    expected = _PIL_FORMATS.get(ext)
    if expected is None:
        raise LibraryError("image.not-svg-png-jpeg", name=name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                found = image.format
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise LibraryError("image.pixel-bomb", name=name) from None
    except Exception:  # Pillow raises many kinds for a broken header
        raise LibraryError("image.unreadable", name=name, format=expected) from None
    if found != expected and not (expected == "JPEG" and found in _ALSO_JPEG):
        if not found:
            raise LibraryError("image.wrong-type-unknown", name=name, ext=ext)
        raise LibraryError("image.wrong-type", name=name, ext=ext, found=found)
    if width * height > MAX_PIXELS:
        raise LibraryError("image.too-many-pixels", name=name, width=width, height=height, limit=MAX_PIXELS)
    if expected == "PNG" and width * height > MAX_PNG_PIXELS:
        raise LibraryError("image.png-too-many-pixels", name=name, width=width, height=height, limit=MAX_PNG_PIXELS)
    return width, height


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def _check_css(name: str, text: str) -> None:
    if "@import" in text.lower():
        raise LibraryError("svg.imports-style-sheet", name=name)
    for target in _CSS_URL.findall(text):
        if not target.startswith("#") and not _DATA_IMAGE.match(target):
            raise LibraryError("svg.external-resource", name=name, target=target[:60])


def _check_embedded(name: str, url: str) -> None:
    """A raster picture inside an SVG is measured like any other (a bomb hides there too)."""
    header, _, payload = url.partition(",")
    if not header.lower().endswith(";base64"):
        return
    try:
        raw = base64.b64decode(payload, validate=False)
    except (ValueError, binascii.Error):
        raise LibraryError("svg.embedded-picture-unreadable", name=name) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(raw)) as image:
                width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        width = height = MAX_PIXELS
    except Exception:
        raise LibraryError("svg.embedded-picture-unreadable", name=name) from None
    if width * height > MAX_PIXELS:
        raise LibraryError("svg.embedded-picture-too-large", name=name)


def svg_looks_too_large(data: bytes) -> bool:
    """A cheap bound before parsing: every element starts with '<'."""
    return data.count(b"<") > 2 * MAX_SVG_ELEMENTS + 2


def check_svg(name: str, data: bytes) -> None:
    """Refuse DOCTYPE/entities, scripts, event handlers, references outside the file, embedded
    raster pictures (the handout's drawing library cannot draw them) and too many elements."""
    if svg_looks_too_large(data):
        raise LibraryError("svg.too-many-elements", name=name, limit=MAX_SVG_ELEMENTS)
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        raise LibraryError("svg.doctype", name=name)
    if b"<?xml-stylesheet" in data:
        raise LibraryError("svg.links-style-sheet", name=name)
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise LibraryError("svg.doctype", name=name) from None
    except Exception:
        raise LibraryError("svg.not-xml", name=name) from None
    if _local(root.tag) != "svg":
        raise LibraryError("svg.not-svg", name=name, root=_local(root.tag))
    for count, element in enumerate(root.iter(), start=1):
        if count > MAX_SVG_ELEMENTS:
            raise LibraryError("svg.too-many-elements", name=name, limit=MAX_SVG_ELEMENTS)
        tag = _local(element.tag) if isinstance(element.tag, str) else ""
        if tag in _FOREIGN:
            raise LibraryError(_FOREIGN[tag], name=name, tag=tag)
        if tag == "style" and element.text:
            _check_css(name, element.text)
        for attribute, value in element.attrib.items():
            local = _local(attribute)
            if local.startswith("on"):
                raise LibraryError("svg.event-handler-attribute", name=name, attribute=local)
            if local in ("href", "src"):
                target = value.strip()
                if not target.startswith("#") and not _DATA_IMAGE.match(target):
                    raise LibraryError("svg.external-resource", name=name, target=target[:60])
                if _DATA_IMAGE.match(target):
                    _check_embedded(name, target)
                    raise LibraryError("svg.raster-picture", name=name)
            elif local == "style" or "url(" in value:
                _check_css(name, value)
