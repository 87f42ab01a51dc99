"""The PDF handout (reportlab platypus). `render_handout` is imported on first use, so that
gathering HandoutData (the GUI does it) never loads reportlab."""

from .model import HandoutData

__all__ = ["HandoutData", "render_handout"]


def __getattr__(name: str):
    if name == "render_handout":
        from .document import render_handout

        return render_handout
    raise AttributeError(name)
