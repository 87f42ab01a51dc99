"""The PDF handout (reportlab platypus)."""

from .document import render_handout
from .model import HandoutData

__all__ = ["HandoutData", "render_handout"]
