"""Pictures for the PDF: SVG kept as vectors (svglib), photos downscaled to 200 dpi."""

from __future__ import annotations

import hashlib
import io
import logging
import threading
from collections import OrderedDict
from functools import lru_cache

from PIL import Image as PILImage
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Image

log = logging.getLogger(__name__)
MAX_DPI = 200
MAX_SVG_ELEMENTS = 20_000  # as the library's import check: a huge SVG is skipped, not drawn for minutes


@lru_cache(maxsize=256)
def _parsed_svg(data: bytes) -> Drawing | None:
    """Parsing is most of an SVG's cost; the preview re-renders the same figures again and again."""
    from svglib.svglib import svg2rlg

    if data.count(b"<") > 2 * MAX_SVG_ELEMENTS + 2:  # every element starts with '<': cheap, before parsing
        log.warning("SVG skipped: more than %d elements", MAX_SVG_ELEMENTS)
        return None
    try:
        drawing = svg2rlg(io.BytesIO(data), resolve_entities=False)
    except Exception as error:  # svglib raises many kinds on bad SVG; a picture is never worth a crash
        log.warning("SVG could not be drawn: %s", type(error).__name__)
        return None
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        return None
    _use_embedded_font(drawing)
    _drop_raster_images(drawing)
    return drawing


def _drop_raster_images(node) -> None:
    """A picture embedded in an SVG (a data: URI) crashes reportlab when the page is written: left out."""
    from reportlab.graphics.shapes import Image as ShapeImage

    contents = getattr(node, "contents", None)
    if not contents:
        return
    kept = [child for child in contents if not isinstance(child, ShapeImage)]
    if len(kept) != len(contents):
        log.warning("SVG: %d embedded picture(s) left out", len(contents) - len(kept))
        node.contents[:] = kept
    for child in kept:
        _drop_raster_images(child)


class Figure(Flowable):
    """A parsed SVG at a scale. Its shapes go into the PDF once, as a form that every use of the
    same figure in the document draws (a programme of 200 items drew one figure's ~500 curves
    200 times, and the page had to hold each copy)."""

    def __init__(self, parsed: Drawing, name: str, scale: float) -> None:
        super().__init__()
        self.parsed, self.name, self.scale = parsed, name, scale
        self.width, self.height = parsed.width * scale, parsed.height * scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.graphics import renderPDF

        canvas = self.canv
        if not canvas.hasForm(self.name):
            # a form clips to its box; shapes may pass the SVG's size a little, which was never
            # clipped (the shapes' exact bounds cost as much to find as drawing them)
            w, h = self.parsed.width, self.parsed.height
            canvas.beginForm(self.name, -w, -h, 2 * w, 2 * h)
            renderPDF.draw(self.parsed, canvas, 0, 0, showBoundary=False)
            canvas.endForm()
        canvas.saveState()
        canvas.scale(self.scale, self.scale)
        canvas.doForm(self.name)
        canvas.restoreState()


def svg_flowable(data: bytes, width: float, max_height: float) -> Figure | None:
    parsed = _parsed_svg(data)
    if parsed is None:
        return None
    # the cached shapes are shared and never changed; the form is named by the SVG's content
    scale = min(width / parsed.width, max_height / parsed.height)
    return Figure(parsed, "figure" + hashlib.blake2b(data, digest_size=12).hexdigest(), scale)


def _use_embedded_font(node) -> None:
    """svglib sets Helvetica on groups; PDF/A-minded readers want every font embedded."""
    from .fonts import REGULAR

    if getattr(node, "fontName", None):
        node.fontName = REGULAR
    for child in getattr(node, "contents", ()):
        _use_embedded_font(child)


_SCALED_AT_MOST = 64  # scaled photos kept (each some tens of KB): a programme's and the next one's
_scaled: OrderedDict[tuple[bytes, int], bytes] = OrderedDict()  # (content's name, width in pixels)
_scaled_lock = threading.Lock()


def _scaled_photo(data: bytes, sha256: str, picture: PILImage.Image, max_pixels: int, aspect: float) -> bytes:
    """The photo at most `max_pixels` wide, as JPEG (PNG with transparency); remembered by its
    content (the media file's sha256, when the caller has it), since decoding a phone photo is
    most of its cost and the same one is drawn for every item that shows it, in every render
    of the preview."""
    name = sha256.encode() if sha256 else hashlib.blake2b(data, digest_size=16).digest()
    key = (name, max_pixels)
    with _scaled_lock:
        if key in _scaled:
            _scaled.move_to_end(key)
            return _scaled[key]
    # a JPEG can be decoded straight at a fraction of its size: far faster for phone photos
    picture.draft("RGB", (max_pixels, max(1, int(max_pixels * aspect))))
    picture.load()
    image: PILImage.Image = picture
    if image.width > max_pixels:
        image = image.resize((max_pixels, max(1, int(max_pixels * aspect))), PILImage.Resampling.LANCZOS)
    out = io.BytesIO()
    if image.mode in ("RGBA", "LA", "P"):
        image.convert("RGBA").save(out, "PNG", optimize=True)
    else:
        image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    with _scaled_lock:
        _scaled[key] = out.getvalue()
        while len(_scaled) > _SCALED_AT_MOST:
            _scaled.popitem(last=False)
    return out.getvalue()


def raster_flowable(data: bytes, width: float, max_height: float, sha256: str = "") -> Image | None:
    try:
        with PILImage.open(io.BytesIO(data)) as picture:  # reads the header: the size, not the pixels
            aspect = picture.height / picture.width
            draw_width = min(width, max_height / aspect)
            draw_height = draw_width * aspect
            max_pixels = max(1, int(draw_width / inch * MAX_DPI))
            scaled = _scaled_photo(data, sha256, picture, max_pixels, aspect)
    except (OSError, ValueError, PILImage.DecompressionBombError) as error:
        log.warning("Image could not be drawn: %s", type(error).__name__)
        return None
    return Image(io.BytesIO(scaled), width=draw_width, height=draw_height)


def picture(data: bytes, ext: str, width: float, max_height: float, sha256: str = "") -> Flowable | None:
    """`sha256`: the media file's name, which is the hash of `data` (content-addressed)."""
    if ext.lower() == ".svg":
        return svg_flowable(data, width, max_height)
    return raster_flowable(data, width, max_height, sha256)
