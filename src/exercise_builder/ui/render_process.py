"""Rendering the handout in a helper process, so the PDF's pure-Python work never holds the GUI
thread's GIL (a worker thread alone stalled the GUI by up to ~170 ms while svglib parsed a figure).

One long-lived child (`render_child`, started after the window is shown) renders a
`HandoutData` sent by pickle; pictures are read there from paths looked up on the GUI thread. In a frozen
bundle, or if the child cannot start or dies, rendering happens in the calling worker thread.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from . import render_child

_lock = threading.Lock()
_child: subprocess.Popen | None = None


def _start() -> subprocess.Popen | None:
    global _child
    if getattr(sys, "frozen", False):
        return None
    if _child is not None and _child.poll() is None:
        return _child
    package_root = str(Path(__file__).resolve().parent.parent.parent)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (package_root, os.environ.get("PYTHONPATH")))))
    try:
        _child = subprocess.Popen([sys.executable, "-m", "exercise_builder.ui.render_child"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                                  creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except OSError:
        _child = None
    return _child


def warm_up() -> None:
    """Start the helper process (it imports the renderer at once). Safe to call again."""
    with _lock:
        _start()


def render(request) -> bytes:
    """The PDF of a HandoutData. Blocks: call it from a worker thread."""
    global _child
    with _lock:
        child = _start()
        if child is not None:
            try:
                render_child.write_message(child.stdin, request)
                answer = render_child.read_message(child.stdout)
            except (OSError, EOFError, ValueError):
                answer = None
            if answer is None:
                child.kill()
                _child = None
            elif answer[0] == "ok":
                return answer[1]
            else:
                raise RuntimeError(answer[1])
    return render_child.render(request)


def shutdown() -> None:
    global _child
    with _lock:
        if _child is not None:
            try:
                _child.stdin.close()
                _child.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                _child.kill()
            _child = None
