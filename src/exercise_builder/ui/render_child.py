"""What the render helper process runs (ui/render_process.py starts it); imports no Qt."""

from __future__ import annotations

import os


def warm() -> None:
    """Import reportlab, the fonts and the figures before the first request."""
    import exercise_builder.handout  # noqa: F401


def helper_pid() -> int:
    return os.getpid()


def render(request) -> bytes:
    """The PDF of a HandoutData (in the helper, or in a worker thread as a fallback)."""
    from ..services.handout_jobs import render_data

    return render_data(request)
