"""What the render helper process runs (ui/render_process.py starts it); imports no Qt."""

from __future__ import annotations

import multiprocessing
import os
import threading


def warm() -> None:
    """Import reportlab, the fonts and the figures before the first request, and end this helper
    when the app ends, however it ends."""
    _end_with_the_app()
    import exercise_builder.handout  # noqa: F401


def _end_with_the_app() -> None:
    """A pool worker holds both ends of its own call queue, so a crashed or killed app never
    closes it and the helper would wait for ever. Its parent's sentinel does end: wait on it."""
    parent = multiprocessing.parent_process()
    if parent is None:  # rendering in the app's own worker thread (the fallback)
        return

    def watch() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=watch, name="end-with-the-app", daemon=True).start()


def helper_pid() -> int:
    return os.getpid()


def render(request) -> bytes:
    """The PDF of a HandoutData (in the helper, or in a worker thread as a fallback)."""
    from ..services.handout_jobs import render_data

    return render_data(request)
